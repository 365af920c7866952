"""Recording, sending and switching off messages.

notify() is called inside the transaction of the change it reports (from a signal receiver or the
sweep): the record is written with it, and the sending is queued only once it commits. The
unique constraint on the record makes a second call — the same signal twice, a sweep run twice or
twice at once — a no-op. deliver() claims the record with one UPDATE before sending, so two
workers never send it twice; a failure leaves it *failed* for the sweep to retry."""

import datetime
import logging

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_tasks import task

from lms.accounts.models import FORGOTTEN_DOMAIN
from lms.core.db import create_or_get
from lms.core.links import site_url

from .messages import Content, content_of, subject_key
from .models import NOT_DIGESTIBLE, Kind, Mode, Preference, SentMessage

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "lms.notifications.unsubscribe"


def mode_for(user, kind):
    if kind == Kind.DIGEST:
        return Mode.IMMEDIATELY
    mode = Preference.objects.filter(user=user, kind=kind).values_list("mode", flat=True).first()
    mode = mode or Mode.IMMEDIATELY
    if mode == Mode.DIGEST and kind in NOT_DIGESTIBLE:
        return Mode.IMMEDIATELY
    return mode


def preferences_of(user):
    """{kind: mode} for every switchable kind (immediately when never chosen)."""
    chosen = dict(Preference.objects.filter(user=user).values_list("kind", "mode"))
    return {kind: chosen.get(kind, Mode.IMMEDIATELY) for kind in Kind if kind != Kind.DIGEST}


@transaction.atomic
def set_preference(user, kind, mode):
    Preference.objects.update_or_create(user=user, kind=kind, defaults={"mode": mode})


def _reachable(user):
    return user.is_active and user.email and not user.email.endswith("@" + FORGOTTEN_DOMAIN)


STATE_OF_MODE = {
    Mode.IMMEDIATELY: SentMessage.State.QUEUED,
    Mode.DIGEST: SentMessage.State.HELD,
    Mode.OFF: SentMessage.State.SKIPPED,
}


def notify(recipient, kind, about, *, period=""):
    """Record the message `kind` about `about` (a model instance, or a subject key) for
    `recipient`, once; queue its sending after the commit when they want it now. Returns the new
    record, or None when it existed already or the person cannot be written to."""
    if not _reachable(recipient):
        return None
    key = about if isinstance(about, str) else subject_key(about)
    state = STATE_OF_MODE[mode_for(recipient, kind)]
    message, created = create_or_get(
        SentMessage,
        {"recipient": recipient, "kind": kind, "subject_key": key, "period": period},
        state=state,
    )
    if not created:
        return None
    if state == SentMessage.State.QUEUED:
        transaction.on_commit(lambda: enqueue(message.pk))
    return message


def enqueue(message_id):
    """Queue the sending; if the queue is out of reach, the message stays *queued* and the next
    sweep sends it (the page that caused it is not affected)."""
    try:
        deliver_task.enqueue(message_id)
    except Exception:
        logger.exception("Could not queue message %s; the sweep will retry it", message_id)


# Unsubscribe links ------------------------------------------------------------------------------


def unsubscribe_token(user, kind):
    return signing.dumps([user.pk, str(kind)], salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token):
    """(user id, kind) of a valid token, or None. The tokens do not expire: a link in an old
    message must still work."""
    try:
        user_id, kind = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if kind not in Kind.values:
        return None
    return user_id, kind


def unsubscribe_url(user, kind):
    return site_url(reverse("lms:unsubscribe", kwargs={"token": unsubscribe_token(user, kind)}))


@transaction.atomic
def unsubscribe(user, kind):
    """Switch `kind` off for `user`. The digest's own link switches off everything it gathers."""
    if kind == Kind.DIGEST:
        Preference.objects.filter(user=user, mode=Mode.DIGEST).update(mode=Mode.OFF)
        return
    set_preference(user, kind, Mode.OFF)


# Rendering and sending ----------------------------------------------------------------------------


def digest_content(message):
    """The weekly digest of the messages a person chose to receive together."""
    held = list(
        SentMessage.objects.filter(
            recipient=message.recipient_id, state=SentMessage.State.HELD, created_at__lte=message.created_at
        ).order_by("created_at")
    )
    lines = []
    for item in held:
        try:
            content = content_of(item)
        except Exception:  # what it was about is gone (deleted since): nothing to say about it
            logger.info("Digest item %s left out: its subject is gone", item.pk)
            continue
        lines.append(f"{content.subject}: {content.action_url}" if content.action_url else content.subject)
    return Content(
        subject=gettext("Your week on %(site)s") % {"site": settings.WAGTAIL_SITE_NAME},
        paragraphs=lines,
        action_label=gettext("My learning"),
        action_url=site_url(reverse("lms:my_learning")),
    ), [item.pk for item in held]


def render(message, language=None):
    """(subject, text, html, unsubscribe link) of `message` in `language` (the recipient's
    preferred language unless told)."""
    recipient = message.recipient
    with translation.override(language or recipient.preferred_language):
        if message.kind == Kind.DIGEST:
            content, _held = digest_content(message)
        else:
            content = content_of(message)
        unsubscribe = unsubscribe_url(recipient, message.kind)
        context = {
            "content": content,
            "recipient": recipient,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "home_url": site_url(reverse("lms:my_learning")),
            "preferences_url": site_url(reverse("lms:profile")),
            "unsubscribe_url": unsubscribe,
            "kind_label": Kind(message.kind).label,
        }
        text = render_to_string("lms/email/notification.txt", context)
        html = render_to_string("lms/email/notification.html", context)
    return " ".join(content.subject.split()), text, html, unsubscribe


def build_email(message, language=None):
    subject, text, html, unsubscribe = render(message, language)
    email = EmailMultiAlternatives(
        subject,
        text,
        None,
        [message.recipient.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    email.attach_alternative(html, "text/html")
    return email


SENDABLE = (SentMessage.State.QUEUED, SentMessage.State.FAILED)


def deliver(message_id):
    """Send one recorded message, if nobody else is sending or has sent it. Returns True when
    it went out."""
    claimed = SentMessage.objects.filter(pk=message_id, state__in=SENDABLE).update(
        state=SentMessage.State.SENDING, attempts=F("attempts") + 1, claimed_at=timezone.now()
    )
    if not claimed:
        return False
    message = SentMessage.objects.select_related("recipient").get(pk=message_id)
    try:
        held = []
        if message.kind == Kind.DIGEST:
            _content, held = digest_content(message)
        build_email(message).send()
    except Exception as error:
        logger.exception("Sending message %s failed", message_id)
        SentMessage.objects.filter(pk=message_id).update(
            state=SentMessage.State.FAILED, last_error=str(error)[:255]
        )
        return False
    now = timezone.now()
    SentMessage.objects.filter(pk=message_id).update(state=SentMessage.State.SENT, sent_at=now)
    if held:
        SentMessage.objects.filter(pk__in=held, state=SentMessage.State.HELD).update(
            state=SentMessage.State.SENT, sent_at=now
        )
    return True


@task()
def deliver_task(message_id):
    """Background: send one recorded message (safe to run twice: the record is claimed)."""
    return deliver(message_id)


def retryable(*, now=None):
    """Messages to send again: failed ones with attempts left, queued ones whose task never ran
    (older than a few minutes), and ones whose sender died mid-way (sending for over an hour)."""
    now = now or timezone.now()
    return SentMessage.objects.filter(
        Q(state=SentMessage.State.FAILED, attempts__lt=settings.RELAIS_EMAIL_MAX_ATTEMPTS)
        | Q(state=SentMessage.State.QUEUED, created_at__lt=now - datetime.timedelta(minutes=5))
        | Q(state=SentMessage.State.SENDING, claimed_at__lt=now - datetime.timedelta(hours=1))
    )


def retry(*, now=None):
    """Send again what `retryable` lists (bounded: one query to list, one claim per message)."""
    now = now or timezone.now()
    ids = list(retryable(now=now).values_list("pk", flat=True)[:1000])
    SentMessage.objects.filter(
        pk__in=ids, state=SentMessage.State.SENDING, claimed_at__lt=now - datetime.timedelta(hours=1)
    ).update(state=SentMessage.State.FAILED)
    return sum(deliver(pk) for pk in ids)
