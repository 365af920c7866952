"""Side effects of learning events, wired in LmsConfig.ready()."""

from django.db import transaction

from .signals import course_completed
from .tasks import issue_certificate_task


def enqueue_certificate(sender, enrolment, **kwargs):
    """Certificates are made in the background, once the completion is committed."""
    if enrolment.container.specific.issues_certificate:
        transaction.on_commit(lambda: issue_certificate_task.enqueue(enrolment.pk))


def connect():
    course_completed.connect(enqueue_certificate, dispatch_uid="lms-certificate-on-completion")
