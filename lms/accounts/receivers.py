"""Side effects on accounts, wired in LmsConfig.ready()."""

from axes.utils import reset
from django.contrib.auth import get_user_model
from django.db.models.signals import post_save, pre_save

from .models import forgotten_address
from .verification import log_address_change


def end_lockout_on_new_password(sender, instance, update_fields=None, **kwargs):
    """A new password ends a sign-in lockout (django-axes): whoever chose it, through the site's
    or the admin's password reset or an administrator, proved they hold the account."""
    if instance.pk is None or (update_fields is not None and "password" not in update_fields):
        return
    stored = sender.objects.filter(pk=instance.pk).values_list("password", "email").first()
    if stored and stored[0] != instance.password:
        reset(username=stored[1])


def unverify_new_address(sender, instance, update_fields=None, **kwargs):
    """A verified state belongs to an address: whatever changes it (an administrator, the admin's
    account page), the new one must be verified again before the person counts. Forgetting a
    person (lms.privacy) is not such a change: who counted before still counts."""
    instance._address_changed = False
    if instance.pk is None or (update_fields is not None and "email" not in update_fields):
        return
    if instance.email == forgotten_address(instance.pk):
        return
    stored = sender.objects.filter(pk=instance.pk).values_list("email", "email_verified_at").first()
    if stored and stored[0].lower() != instance.email.lower():
        instance.email_verified_at = None
        instance._address_changed = stored[1] is not None


def log_new_address(sender, instance, update_fields=None, **kwargs):
    if getattr(instance, "_address_changed", False):
        instance._address_changed = False
        if update_fields is not None and "email_verified_at" not in update_fields:
            sender.objects.filter(pk=instance.pk).update(email_verified_at=None)
        log_address_change(instance)


def connect():
    User = get_user_model()
    pre_save.connect(end_lockout_on_new_password, sender=User, dispatch_uid="lms-lockout-ends")
    pre_save.connect(unverify_new_address, sender=User, dispatch_uid="lms-new-address-unverified")
    post_save.connect(log_new_address, sender=User, dispatch_uid="lms-new-address-logged")
