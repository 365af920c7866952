"""Side effects of learning events, wired in LmsConfig.ready()."""

from django.db import transaction

from lms.core.signals import email_verified

from . import services
from .signals import course_completed
from .tasks import issue_certificate_task


def enqueue_certificate(sender, enrolment, **kwargs):
    """Certificates are made in the background, once the completion is committed."""
    if enrolment.container.specific.issues_certificate:
        transaction.on_commit(lambda: issue_certificate_task.enqueue(enrolment.pk))


def count_verified_learner(sender, user, when, **kwargs):
    services.count_after_verification(user, when)


def connect():
    email_verified.connect(count_verified_learner, dispatch_uid="lms-count-after-verification")
    course_completed.connect(enqueue_certificate, dispatch_uid="lms-certificate-on-completion")
