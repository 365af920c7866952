"""Verbs of the multiplier cascade: opting in, confirmation, offline sessions."""

from django.db import transaction
from django.utils import timezone

from lms.core import exceptions, uploads
from lms.core.sanitize import clean_text
from lms.learning.models import Cohort, Enrolment

from .models import Multiplier, MultiplierSession


def can_become_multiplier(enrolment):
    return (
        enrolment.completed_at is not None
        and enrolment.status != Enrolment.Status.WITHDRAWN
        and enrolment.container.specific.trains_multipliers
    )


@transaction.atomic
def become_multiplier(enrolment):
    """Opt in as a multiplier after completing a course that trains multipliers: the learner gets
    a personal invitation (a cohort they own) for colleagues. Returns the Multiplier (once)."""
    if not can_become_multiplier(enrolment):
        raise exceptions.NotAMultiplierCourse()
    multiplier, created = Multiplier.objects.get_or_create(enrolment=enrolment)
    if created:
        container = enrolment.container
        Cohort.objects.create(
            container=container,
            name=f"{enrolment.user.full_name} – {container.title}"[:200],
            language=enrolment.user.preferred_language,
            action=enrolment.action,
            enrolment_key=None,
            owner=multiplier,
        )
    return multiplier


@transaction.atomic
def confirm_multiplier(multiplier, *, by):
    if multiplier.confirmed_at is None:
        multiplier.confirmed_at = timezone.now()
        multiplier.confirmed_by = by
        multiplier.save(update_fields=["confirmed_at", "confirmed_by"])
    return multiplier


ATTENDANCE_SHEET_MAX_BYTES = 5 * 1024 * 1024
ATTENDANCE_SHEET_KINDS = ("pdf", "png", "jpg")


def attendance_sheet_kind(upload):
    """The file's type from its content (never from its name); None when not accepted: not a
    PDF or a photo, or a photo too large to decode safely."""
    kind = uploads.signature_kind(upload)
    if kind not in ATTENDANCE_SHEET_KINDS:
        return None
    if kind in ("png", "jpg") and not uploads.image_within_limits(upload):
        return None
    return kind


@transaction.atomic
def record_session(
    multiplier, *, date, place, institution, modules_covered, female, male, other, notes="", sheet=None
):
    """An offline training the multiplier gave: counted as reach of their Action, one generation
    further than the multiplier. Texts are sanitised; the attendance sheet is checked by content."""
    if female < 0 or male < 0 or other < 0 or female + male + other == 0:
        raise exceptions.SessionNeedsParticipants()
    if date > timezone.localdate():
        raise exceptions.SessionInTheFuture()
    if sheet is not None:
        if sheet.size > ATTENDANCE_SHEET_MAX_BYTES:
            raise exceptions.AttendanceSheetRefused()
        kind = attendance_sheet_kind(sheet)
        if kind is None:
            raise exceptions.AttendanceSheetRefused()
        sheet.name = f"sheet.{kind}"
    return MultiplierSession.objects.create(
        multiplier=multiplier,
        date=date,
        place=clean_text(place, max_length=200),
        institution=clean_text(institution, max_length=200),
        modules_covered=clean_text(modules_covered, max_length=500),
        participants_female=female,
        participants_male=male,
        participants_other=other,
        notes=clean_text(notes, max_length=4000),
        attendance_sheet=sheet or "",
    )


def people_trained_below(enrolments):
    """How many people were trained below the given learners, at any depth (one query per
    generation; the cascade has no cycles, so this ends)."""
    frontier, total = [e.pk for e in enrolments], 0
    while frontier:
        frontier = list(Enrolment.objects.filter(trained_by__in=frontier).values_list("pk", flat=True))
        total += len(frontier)
    return total
