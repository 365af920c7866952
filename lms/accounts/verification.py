"""Email verification: a person counts in the programme's figures once they have shown that they
read the address they signed up with (DESIGN.md, "Reach"), not before.

The link carries a signed, timestamped token (django.core.signing) naming the account and the
address it was sent to: it expires after RELAIS_EMAIL_VERIFICATION_DAYS, is worthless once the
address changes, and once the address is verified it only says so. Choosing a password through a
link sent to the address (the bulk-import invitation, a password reset) proves it as well.
"""

import datetime

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from lms.core import ratelimit
from lms.core.audit import log_change
from lms.core.exceptions import ExpiredVerificationLink, InvalidVerificationLink, TooManyVerificationEmails
from lms.core.links import site_url
from lms.core.signals import email_verified

from .models import User

TOKEN_SALT = "lms.accounts.email-verification"  # noqa: S105 (a namespace, not a secret)
RESENDS_PER_HOUR = 3

VERIFY_ACTION = "lms.user.verify_email"
ADDRESS_CHANGE_ACTION = "lms.user.change_email"


def _signer():
    return signing.TimestampSigner(salt=TOKEN_SALT)


def link_lifetime():
    return datetime.timedelta(days=settings.RELAIS_EMAIL_VERIFICATION_DAYS)


def verification_token(user):
    return _signer().sign_object({"user": user.pk, "email": user.email})


def user_for_token(token):
    """The account a verification token names, or InvalidVerificationLink (forged, damaged, or for
    an address the account no longer has) / ExpiredVerificationLink (genuine but too old)."""
    signer = _signer()
    try:
        payload = signer.unsign_object(token)
    except signing.BadSignature:
        raise InvalidVerificationLink() from None
    if not isinstance(payload, dict):
        raise InvalidVerificationLink()
    user = User.objects.filter(pk=payload.get("user"), is_active=True).first()
    if user is None or str(payload.get("email", "")).lower() != user.email.lower():
        raise InvalidVerificationLink()
    try:
        signer.unsign_object(token, max_age=link_lifetime())
    except signing.SignatureExpired:
        raise ExpiredVerificationLink(user) from None
    return user


def verification_link(user):
    """The absolute link to confirm `user`'s address, in their language, on the configured site
    address (never the Host of the request that triggered it)."""
    with translation.override(user.preferred_language):
        path = reverse("verify_email", kwargs={"token": verification_token(user)})
    return site_url(path)


def send_verification_email(user):
    with translation.override(user.preferred_language):
        context = {
            "user": user,
            "link": verification_link(user),
            "days": settings.RELAIS_EMAIL_VERIFICATION_DAYS,
        }
        subject = render_to_string("lms/email/verify_email_subject.txt", context)
        body = render_to_string("lms/email/verify_email.txt", context)
    send_mail(" ".join(subject.split()), body, None, [user.email])


@task()
def send_verification_task(user_id):
    """Background: the link to confirm an address, built when sent (so for the current address)."""
    user = User.objects.filter(pk=user_id, email_verified_at__isnull=True, is_active=True).first()
    if user is not None:
        send_verification_email(user)
    return user is not None


def request_verification_email(user):
    """Send `user` a link to confirm their address, once the current transaction is committed."""
    transaction.on_commit(lambda: send_verification_task.enqueue(user.pk))


def resend_verification_email(user):
    """Another link, at most RESENDS_PER_HOUR an hour for one account (a mailbox is not a target);
    TooManyVerificationEmails beyond that. False when the address is already verified."""
    if user.is_email_verified:
        return False
    if not ratelimit.allow_account(user, "verify-email", limit=RESENDS_PER_HOUR, window_seconds=3600):
        raise TooManyVerificationEmails()
    request_verification_email(user)
    return True


def verify_email(user, *, by=None, how="link"):
    """Mark `user`'s address as verified (from now on they can count in the figures), in the
    audit log. `how` says what proved it ("link", "password link"). False when it already was."""
    with transaction.atomic():
        now = timezone.now()
        updated = User.objects.filter(pk=user.pk, email_verified_at__isnull=True).update(
            email_verified_at=now
        )
        user.refresh_from_db(fields=["email_verified_at"])
        if updated:
            log_change(user, VERIFY_ACTION, action=None, user=by or user, how=how)
            email_verified.send(sender=User, user=user, when=now)
    return bool(updated)


def log_address_change(user):
    """The audit entry for an address that changed and so must be verified again (written by
    lms.accounts.receivers; the acting user comes from the request's log context)."""
    log_change(user, ADDRESS_CHANGE_ACTION, action=None)
