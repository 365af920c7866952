import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_enrolment_key():
    """Short enough to read out in a workshop, long enough not to be guessed (~40 bits)."""
    return "-".join(secrets.token_hex(2).upper() for _ in range(3))


def new_invitation_token():
    return secrets.token_urlsafe(24)


class CohortQuerySet(models.QuerySet):
    def open_at(self, when):
        return self.filter(Q(opens_at__isnull=True) | Q(opens_at__lte=when)).filter(
            Q(closes_at__isnull=True) | Q(closes_at__gt=when)
        )


class Cohort(models.Model):
    """One group taking one course or toolkit module: its key, its window and its capacity."""

    container = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.PROTECT,
        related_name="cohorts",
        verbose_name=_("course or module"),
    )
    name = models.CharField(_("name"), max_length=200)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="en")
    enrolment_key = models.CharField(
        _("enrolment key"), max_length=32, unique=True, null=True, blank=True, default=new_enrolment_key
    )
    invitation_token = models.CharField(
        max_length=64, unique=True, default=new_invitation_token, editable=False
    )
    opens_at = models.DateTimeField(_("opens"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes"), null=True, blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Empty: no limit.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CohortQuerySet.as_manager()

    class Meta:
        verbose_name = _("cohort")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(opens_at__isnull=True)
                | Q(closes_at__isnull=True)
                | Q(closes_at__gt=models.F("opens_at")),
                name="cohort_closes_after_it_opens",
            ),
        ]

    def __str__(self):
        return self.name

    def is_open(self, when=None):
        when = when or timezone.now()
        return (self.opens_at is None or self.opens_at <= when) and (
            self.closes_at is None or when < self.closes_at
        )


class EnrolmentQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=Enrolment.Status.WITHDRAWN)

    def for_learner(self, user):
        return self.filter(user=user)


class Enrolment(models.Model):
    """A learner in a course or toolkit module; one per (learner, course), kept when withdrawn.

    A course exists once per language (translated page trees). `course_key` is the translation key
    shared by all its versions, so the learner has one enrolment and one progress whichever
    language they read it in; `container` is the version they enrolled through.
    """

    class Status(models.TextChoices):
        ACTIVE = "active", _("In progress")
        COMPLETED = "completed", _("Completed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Source(models.TextChoices):
        SELF = "self", _("Self-enrolled")
        KEY = "key", _("Enrolment key")
        INVITATION = "invitation", _("Invitation")
        BULK = "bulk", _("Bulk import")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments")
    container = models.ForeignKey("wagtailcore.Page", on_delete=models.PROTECT, related_name="enrolments")
    course_key = models.UUIDField(editable=False, db_index=True)
    cohort = models.ForeignKey(
        Cohort, null=True, blank=True, on_delete=models.PROTECT, related_name="enrolments"
    )
    source = models.CharField(max_length=16, choices=Source.choices, default=Source.SELF)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.ACTIVE)
    enrolled_at = models.DateTimeField(default=timezone.now)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        ordering = ["-enrolled_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"], name="one_enrolment_per_learner_and_course"
            ),
            models.CheckConstraint(
                condition=Q(status="completed", completed_at__isnull=False) | ~Q(status="completed"),
                name="completed_enrolment_has_completion_time",
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.container}"


class StepCompletion(models.Model):
    """A lesson or toolkit unit that a learner marked as done, in any of its languages."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="completions")
    step_key = models.UUIDField()
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "step_key"], name="one_completion_per_step")
        ]

    def __str__(self):
        return f"{self.enrolment} – {self.step_key}"
