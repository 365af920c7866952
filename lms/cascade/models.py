"""Multipliers: trainees who finished a course that trains multipliers and now train colleagues,
online (through their personal invitation cohort) and offline (sessions with head counts, and the
attendees' own check-ins)."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.accounts.models import Gender
from lms.core import exceptions
from lms.core.constraints import CheckConstraint
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
            CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revoke_reason=""),
                name="multiplier_revocation_has_a_reason",
                violation_error_message=exceptions.MultiplierRevocationNeedsReason.message,
                field="revoke_reason",
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


# Check-in codes are typed from paper on a phone: capitals and digits that cannot be taken for one
# another (no I, L, O, 0 or 1). 31 ** 8 codes: guessing one is hopeless at the rate limit.
CHECKIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CHECKIN_CODE_LENGTH = 8


def new_checkin_code():
    return "".join(secrets.choice(CHECKIN_CODE_ALPHABET) for _ in range(CHECKIN_CODE_LENGTH))


class SessionQuerySet(models.QuerySet):
    def confirmed(self):
        """The sessions that count as reach."""
        return self.filter(status=MultiplierSession.Status.CONFIRMED)

    def with_checked_in(self):
        """Each session with `checkin_count`, the attendees who checked in themselves (read it
        through MultiplierSession.checked_in). A subquery, not a join, so that it adds up with the
        head counts in one grouped query: `.values(…).annotate(Sum("checkin_count"))`."""
        per_session = (
            SessionCheckIn.objects.filter(session=OuterRef("pk"))
            .order_by()
            .values("session")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return self.annotate(checkin_count=Coalesce(Subquery(per_session), 0))


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
    # Printed on the session's attendance sheet: attendees check in with it (lms.cascade.checkin).
    checkin_code = models.CharField(
        _("check-in code"),
        max_length=CHECKIN_CODE_LENGTH,
        unique=True,
        default=new_checkin_code,
        editable=False,
    )

    objects = SessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("multiplier session")
        ordering = ["-date"]
        constraints = [
            CheckConstraint(
                condition=Q(participants_female__gt=0)
                | Q(participants_male__gt=0)
                | Q(participants_other__gt=0),
                name="session_has_participants",
                violation_error_message=exceptions.SessionNeedsParticipants.message,
                field="participants_female",
            ),
            CheckConstraint(
                condition=~Q(status__in=["on-hold", "rejected"]) | ~Q(status_reason=""),
                name="held_or_rejected_session_has_a_reason",
                violation_error_message=exceptions.ReviewNeedsReason.message,
                field="status_reason",
            ),
        ]

    def __str__(self):
        return f"{self.institution}, {self.date}"

    @property
    def is_pending(self):
        return self.status in self.PENDING

    @property
    def checked_in(self):
        """How many attendees checked in themselves, beside the declared head count (from
        SessionQuerySet.with_checked_in() when the session was read with it)."""
        if "checkin_count" in self.__dict__:
            return self.__dict__["checkin_count"]
        return self.checkins.count()

    checked_in.fget.short_description = _("checked in")

    @property
    def takes_checkins(self):
        """Rejected and withdrawn claims take no check-ins: there is nothing left to vouch for."""
        return self.status not in (self.Status.REJECTED, self.Status.WITHDRAWN)

    @property
    def checkin_code_display(self):
        """The code as printed, in two groups of four, easier to read aloud and to type."""
        half = len(self.checkin_code) // 2
        return f"{self.checkin_code[:half]}-{self.checkin_code[half:]}"


class SessionCheckIn(models.Model):
    """An attendee vouching for their own presence at a session, without an account: nothing that
    names them. `browser_token_hash` is a hash of the session and a random token kept in the
    attendee's browser, so one browser checks in once per session, and check-ins of one browser
    at different sessions cannot be linked."""

    session = models.ForeignKey(MultiplierSession, on_delete=models.CASCADE, related_name="checkins")
    created_at = models.DateTimeField(auto_now_add=True)
    institution = models.CharField(_("institution"), max_length=120, blank=True)
    gender = models.CharField(_("gender"), max_length=16, choices=Gender.choices, blank=True)
    browser_token_hash = models.CharField(max_length=64, editable=False)

    class Meta:
        verbose_name = _("session check-in")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "browser_token_hash"],
                name="one_checkin_per_browser_and_session",
                violation_error_message=_("This browser has already checked in to this session."),
            ),
        ]

    def __str__(self):
        return f"{self.session} #{self.pk}"
