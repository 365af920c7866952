"""The record of what was sent, and each person's preferences."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    ENROLMENT_CONFIRMED = "enrolment-confirmed", _("Enrolment confirmed")
    CERTIFICATE_ISSUED = "certificate-issued", _("Certificate issued")
    NUDGE = "nudge", _("Reminder to continue a course")
    COHORT_OPENING = "cohort-opening", _("Your group opens soon")
    COHORT_CLOSING = "cohort-closing", _("Your group closes soon")
    MULTIPLIER_CONFIRMED = "multiplier-confirmed", _("Multiplier confirmed")
    MULTIPLIER_REVOKED = "multiplier-revoked", _("Multiplier certification withdrawn")
    SESSION_REVIEWED = "session-reviewed", _("Session confirmed or rejected")
    COLLEAGUE_JOINED = "colleague-joined", _("A colleague joined through your link")
    COORDINATOR_DIGEST = "coordinator-digest", _("Weekly digest of your Actions")
    DIGEST = "digest", _("Weekly digest of your messages")


class Mode(models.TextChoices):
    IMMEDIATELY = "immediately", _("Immediately")
    DIGEST = "digest", _("In a weekly digest")
    OFF = "off", _("Off")


# The kinds a person chooses for. The digest itself follows its contents; password resets and
# address verification are not notifications at all (lms.accounts sends them) and cannot be
# switched off.
SWITCHABLE = [kind for kind in Kind if kind != Kind.DIGEST]
# Kinds that cannot wait for a digest: they are digests already.
NOT_DIGESTIBLE = {Kind.COORDINATOR_DIGEST}


class SentMessage(models.Model):
    """One message to one person. `subject_key` names what it is about (an enrolment, a
    certificate, a session, an Action: "<model>:<pk>"), `period` when it is one of a series (a
    nudge's period, a digest's week; empty for a one-off). The unique constraint makes each
    message go out once, however many sweeps or signals ask for it."""

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        HELD = "held", _("Held for the weekly digest")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        SKIPPED = "skipped", _("Not sent (switched off)")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="sent_messages",
        verbose_name=_("recipient"),
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    subject_key = models.CharField(_("about"), max_length=64)
    period = models.CharField(_("period"), max_length=32, blank=True, default="")
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    # When a sender last claimed it: one that is still "sending" an hour later died mid-way.
    claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_error = models.CharField(max_length=255, blank=True, editable=False)

    class Meta:
        verbose_name = _("sent message")
        verbose_name_plural = _("sent messages")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "kind", "subject_key", "period"],
                name="message_sent_once",
                violation_error_message=_("This message has already been sent to this person."),
            ),
        ]
        indexes = [models.Index(fields=["state", "created_at"], name="message_state_idx")]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.recipient_id} ({self.subject_key} {self.period})"


class Preference(models.Model):
    """How a person wants one kind of message. No row: immediately."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(max_length=32, choices=Kind.choices)
    mode = models.CharField(max_length=16, choices=Mode.choices, default=Mode.IMMEDIATELY)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind"],
                name="one_preference_per_kind",
                violation_error_message=_("There is already a choice for this kind of message."),
            )
        ]

    def __str__(self):
        return f"{self.kind}: {self.mode}"


def new_calendar_token():
    return secrets.token_urlsafe(24)


class CalendarFeed(models.Model):
    """The secret address of a person's calendar (their cohorts' dates, their sessions): whoever
    has the link reads it without signing in, so it can be reset from the profile."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=new_calendar_token)

    def __str__(self):
        return str(self.user_id)
