"""Side effects of learning events, wired in LmsConfig.ready()."""

from django.db import transaction

from .signals import course_completed


def enqueue_certificate(sender, enrolment, **kwargs):
    """Certificates are made in the background, once the completion is committed."""
    if enrolment.container.specific.issues_certificate:
        from .tasks import issue_certificate_task

        transaction.on_commit(lambda: issue_certificate_task.enqueue(enrolment.pk))


def end_lockout_on_new_password(sender, instance, update_fields=None, **kwargs):
    """A new password ends a sign-in lockout (django-axes): whoever chose it, through the site's
    or the admin's password reset or an administrator, proved they hold the account."""
    if instance.pk is None or (update_fields is not None and "password" not in update_fields):
        return
    stored = sender.objects.filter(pk=instance.pk).values_list("password", "email").first()
    if stored and stored[0] != instance.password:
        from axes.utils import reset

        reset(username=stored[1])


def connect():
    from django.contrib.auth import get_user_model
    from django.db.models.signals import pre_save

    course_completed.connect(enqueue_certificate, dispatch_uid="lms-certificate-on-completion")
    pre_save.connect(end_lockout_on_new_password, sender=get_user_model(), dispatch_uid="lms-lockout-ends")
    from . import figures

    figures.connect()
