"""Side effects on accounts, wired in LmsConfig.ready()."""

from axes.utils import reset
from django.contrib.auth import get_user_model
from django.db.models.signals import pre_save


def end_lockout_on_new_password(sender, instance, update_fields=None, **kwargs):
    """A new password ends a sign-in lockout (django-axes): whoever chose it, through the site's
    or the admin's password reset or an administrator, proved they hold the account."""
    if instance.pk is None or (update_fields is not None and "password" not in update_fields):
        return
    stored = sender.objects.filter(pk=instance.pk).values_list("password", "email").first()
    if stored and stored[0] != instance.password:
        reset(username=stored[1])


def connect():
    pre_save.connect(end_lockout_on_new_password, sender=get_user_model(), dispatch_uid="lms-lockout-ends")
