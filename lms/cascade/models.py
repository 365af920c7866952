"""Multipliers: trainees who finished a course that trains multipliers and now train colleagues,
online (through their personal invitation cohort) and offline (sessions with head counts)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.core.head_counts import HeadCounts
from lms.core.storage import private_storage
from lms.learning.models import Enrolment


class Multiplier(models.Model):
    enrolment = models.OneToOneField(Enrolment, on_delete=models.PROTECT, related_name="multiplier")
    opted_in_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Set by lms.cascade.services.revoke_multiplier, cleared when confirmed again (the audit log
    # keeps every step).
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoke_reason = models.TextField(_("reason for revoking"), blank=True)

    class Meta:
        verbose_name = _("multiplier")
        constraints = [
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revoke_reason=""),
                name="multiplier_revocation_has_a_reason",
            ),
        ]

    def __str__(self):
        return str(self.enrolment.user)

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None and self.revoked_at is None

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    @property
    def may_train(self):
        """Confirmed (and not revoked since), and still enrolled in the course that made them a
        multiplier: only then does their invitation link work and can they record sessions."""
        return self.is_confirmed and self.enrolment.status != Enrolment.Status.WITHDRAWN


def attendance_sheet_path(instance, filename):
    # The learner's file name is not kept: it may carry personal data and odd characters.
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"attendance/{timezone.now():%Y/%m}/{instance.multiplier_id}-{timezone.now():%H%M%S%f}.{suffix}"


class SessionQuerySet(models.QuerySet):
    def confirmed(self):
        """The sessions that count as reach."""
        return self.filter(status=MultiplierSession.Status.CONFIRMED)


class MultiplierSession(HeadCounts):
    """A training a multiplier gave offline, claimed by them: counted as reach (without accounts
    for the attendees) once someone accountable confirmed it (lms.cascade.services)."""

    class Status(models.TextChoices):
        REPORTED = "reported", _("Reported, waiting for review")
        ON_HOLD = "on-hold", _("On hold")
        CONFIRMED = "confirmed", _("Confirmed")
        REJECTED = "rejected", _("Rejected")
        WITHDRAWN = "withdrawn", _("Withdrawn by the multiplier")

    # The states in which the multiplier may still correct or withdraw the claim, and staff review it.
    PENDING = (Status.REPORTED, Status.ON_HOLD)

    multiplier = models.ForeignKey(Multiplier, on_delete=models.PROTECT, related_name="sessions")
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200)
    institution = models.CharField(_("institution"), max_length=200)
    modules_covered = models.CharField(_("modules covered"), max_length=500)
    notes = models.TextField(_("notes"), blank=True)
    attendance_sheet = models.FileField(
        _("attendance sheet"), upload_to=attendance_sheet_path, storage=private_storage, blank=True
    )
    status = models.CharField(
        _("review"), max_length=12, choices=Status.choices, default=Status.REPORTED, db_index=True
    )
    status_reason = models.TextField(_("reason"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("multiplier session")
        ordering = ["-date"]
        constraints = [
            models.CheckConstraint(
                condition=Q(participants_female__gt=0)
                | Q(participants_male__gt=0)
                | Q(participants_other__gt=0),
                name="session_has_participants",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=["on-hold", "rejected"]) | ~Q(status_reason=""),
                name="held_or_rejected_session_has_a_reason",
            ),
        ]

    def __str__(self):
        return f"{self.institution}, {self.date}"

    @property
    def is_pending(self):
        return self.status in self.PENDING
