"""Verbs of the multiplier cascade: opting in, confirmation, and offline sessions as claims
(reported, then confirmed, put on hold or rejected by someone accountable). Every verb that
changes a figure writes Wagtail's audit log (actions registered in lms.cascade.admin)."""

import calendar
import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from wagtail.permissions import policy_registry

from lms.core import exceptions, uploads
from lms.core.audit import log_change
from lms.core.periods import require_open
from lms.core.sanitize import clean_text
from lms.learning.models import Cohort, Enrolment

from .models import Multiplier, MultiplierSession
from .signals import multiplier_confirmed, multiplier_revoked, session_reviewed


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
    """A coordinator of the Action (or a programme manager) certifies the multiplier: from now on
    their invitation link works and they can record sessions. Confirming a revoked multiplier
    reinstates them (logged as a confirmation, with `reinstated`)."""
    if by is not None and by.pk == multiplier.enrolment.user_id:
        raise exceptions.OwnClaim()
    if not multiplier.is_confirmed:
        reinstated = multiplier.is_revoked
        multiplier.confirmed_at = timezone.now()
        multiplier.confirmed_by = by
        multiplier.revoked_at, multiplier.revoked_by, multiplier.revoke_reason = None, None, ""
        multiplier.save(
            update_fields=["confirmed_at", "confirmed_by", "revoked_at", "revoked_by", "revoke_reason"]
        )
        log_change(
            multiplier,
            "lms.multiplier.confirm",
            action=multiplier.enrolment.action_id,
            user=by,
            reinstated=reinstated,
        )
        multiplier_confirmed.send(sender=Multiplier, multiplier=multiplier)
    return multiplier


def require_in_scope(user, instance):
    """Refuse (NotInScope) a change by `user` to a multiplier or session outside what
    lms.programme.scoping lets them change: the permission policy it registers for the model
    (the model permission, narrowed to the user's Actions and cohorts) answers."""
    policy = policy_registry.get_by_type(type(instance))
    if user is None or not policy.user_has_permission_for_instance(user, "change", instance):
        raise exceptions.NotInScope()


@transaction.atomic
def revoke_multiplier(multiplier, *, by, reason):
    """A coordinator of the multiplier's Action or a programme manager withdraws the certification,
    with a reason the multiplier sees: their invitation link and session recording stop (may_train).
    What they already did stays: confirmed sessions and the colleagues they trained keep counting.
    Confirming them again reinstates them."""
    multiplier = Multiplier.objects.select_for_update().select_related("enrolment").get(pk=multiplier.pk)
    if by is not None and by.pk == multiplier.enrolment.user_id:
        raise exceptions.OwnClaim()
    require_in_scope(by, multiplier)
    reason = clean_text(reason, max_length=1000)
    if not reason:
        raise exceptions.MultiplierRevocationNeedsReason()
    if not multiplier.is_confirmed:
        raise exceptions.NothingToRevoke()
    multiplier.revoked_at = timezone.now()
    multiplier.revoked_by = by
    multiplier.revoke_reason = reason
    multiplier.save(update_fields=["revoked_at", "revoked_by", "revoke_reason"])
    log_change(
        multiplier, "lms.multiplier.revoke", action=multiplier.enrolment.action_id, user=by, reason=reason
    )
    multiplier_revoked.send(sender=Multiplier, multiplier=multiplier)
    return multiplier


def who_confirms(multiplier):
    """The people who can confirm this multiplier and review their sessions, as the multiplier
    should be told: the coordinators of their Action (names only; prefetch
    `enrolment__action__coordinators` when listing several)."""
    action = multiplier.enrolment.action
    if action is None:
        return []
    return sorted(user.full_name for user in action.coordinators.all() if user.is_active)


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


def _attendance_sheet(sheet):
    if sheet is None:
        return None
    if sheet.size > ATTENDANCE_SHEET_MAX_BYTES:
        raise exceptions.AttendanceSheetRefused()
    kind = attendance_sheet_kind(sheet)
    if kind is None:
        raise exceptions.AttendanceSheetRefused()
    sheet.name = f"sheet.{kind}"
    return sheet


def _plausible_session(multiplier, *, date, female, male, other, sheet, has_sheet=False, session=None):
    """Refuse, before anything is saved, a session that cannot have happened as reported: no one
    or too many people, before the multiplier finished their own training or in the future,
    outside the Action's months (give or take a grace), too many sessions that day, or many
    attendees without an attendance sheet. The limits are settings (RELAIS_SESSION_*)."""
    if min(female, male, other) < 0 or female + male + other == 0:
        raise exceptions.SessionNeedsParticipants()
    if female + male + other > settings.RELAIS_SESSION_MAX_ATTENDEES:
        raise exceptions.TooManyAttendees(limit=settings.RELAIS_SESSION_MAX_ATTENDEES)
    if date > timezone.localdate():
        raise exceptions.SessionInTheFuture()
    trained_on = timezone.localdate(multiplier.enrolment.completed_at)
    if date < trained_on:
        raise exceptions.SessionBeforeOwnTraining(date=date_format(trained_on))
    action = multiplier.enrolment.action
    if action is not None:
        grace = datetime.timedelta(days=settings.RELAIS_SESSION_GRACE_DAYS)
        first = action.start_month - grace
        last = _end_of_month(action.end_month) + grace if action.end_month else None
        if date < first or (last is not None and date > last):
            raise exceptions.SessionOutsideAction(
                action=action.name,
                start=date_format(first),
                end=date_format(last) if last else gettext("today"),
            )
    same_day = multiplier.sessions.filter(date=date).exclude(status=MultiplierSession.Status.WITHDRAWN)
    if session is not None:
        same_day = same_day.exclude(pk=session.pk)
    if same_day.count() >= settings.RELAIS_SESSIONS_PER_DAY:
        raise exceptions.TooManySessionsThatDay(limit=settings.RELAIS_SESSIONS_PER_DAY)
    if female + male + other > settings.RELAIS_SESSION_SHEET_REQUIRED_ABOVE and not (sheet or has_sheet):
        raise exceptions.AttendanceSheetNeeded(limit=settings.RELAIS_SESSION_SHEET_REQUIRED_ABOVE)


def _end_of_month(day):
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _require_may_train(multiplier):
    if not multiplier.may_train:
        raise exceptions.MultiplierNotConfirmed()


def _checked_fields(
    multiplier,
    *,
    sheet,
    session=None,
    date,
    place,
    institution,
    modules_covered,
    female,
    male,
    other,
    notes="",
):
    """The model fields of a session the multiplier may record as reported (texts sanitised), or
    the error saying why not."""
    _require_may_train(multiplier)
    require_open(date, by=multiplier.enrolment.user)
    has_sheet = session is not None and bool(session.attendance_sheet)
    _plausible_session(
        multiplier,
        date=date,
        female=female,
        male=male,
        other=other,
        sheet=sheet,
        has_sheet=has_sheet,
        session=session,
    )
    return {
        "date": date,
        "place": clean_text(place, max_length=200),
        "institution": clean_text(institution, max_length=200),
        "modules_covered": clean_text(modules_covered, max_length=500),
        "participants_female": female,
        "participants_male": male,
        "participants_other": other,
        "notes": clean_text(notes, max_length=4000),
    }


def _log(session, log_action, by=None, **data):
    """The audit log entry of a change to a claim. A multiplier's own steps are logged with no
    user, the multiplier named in the entry's data: Wagtail's site history shows entries' users
    to all staff who may review sessions, and a multiplier's name is learner data."""
    log_change(
        session,
        log_action,
        action=session.multiplier.enrolment.action_id,
        user=by,
        multiplier=session.multiplier_id,
        **data,
    )


@transaction.atomic
def record_session(multiplier, *, sheet=None, **details):
    """An offline training the multiplier gave (`details`: date, place, institution,
    modules_covered, female, male, other, notes), recorded as a claim (*reported*): it counts as
    reach of their Action, one generation further than the multiplier, once a coordinator of the
    Action or a programme manager confirms it (review_session). Only a multiplier who may train
    records sessions; texts are sanitised; the attendance sheet is checked by content."""
    fields = _checked_fields(multiplier, sheet=sheet, **details)
    session = MultiplierSession.objects.create(
        multiplier=multiplier, attendance_sheet=_attendance_sheet(sheet) or "", **fields
    )
    _log(session, "lms.session.report", participants=session.participants)
    return session


def _pending(session):
    session = (
        MultiplierSession.objects.select_for_update()
        .select_related("multiplier__enrolment")
        .get(pk=session.pk)
    )
    if session.status not in MultiplierSession.PENDING:
        raise exceptions.SessionNotPending()
    return session


@transaction.atomic
def correct_session(session, *, sheet=None, **details):
    """The multiplier corrects a claim still waiting for review; it goes back to *reported*."""
    session = _pending(session)
    require_open(session.date, by=session.multiplier.enrolment.user)
    previous = session.participants
    for name, value in _checked_fields(session.multiplier, sheet=sheet, session=session, **details).items():
        setattr(session, name, value)
    if sheet is not None:
        session.attendance_sheet = _attendance_sheet(sheet)
    session.status = MultiplierSession.Status.REPORTED
    session.save()
    _log(session, "lms.session.correct", participants=session.participants, previous=previous)
    return session


@transaction.atomic
def withdraw_session(session):
    """The multiplier takes back a claim still waiting for review (kept, marked withdrawn)."""
    session = _pending(session)
    require_open(session.date, by=session.multiplier.enrolment.user)
    session.status = MultiplierSession.Status.WITHDRAWN
    session.save(update_fields=["status"])
    _log(session, "lms.session.withdraw", participants=session.participants)
    return session


REVIEW_ACTIONS = {
    MultiplierSession.Status.CONFIRMED: "lms.session.confirm",
    MultiplierSession.Status.ON_HOLD: "lms.session.hold",
    MultiplierSession.Status.REJECTED: "lms.session.reject",
}


def check_review(session, *, by, decision, reason):
    """Raise the error that refuses this review, if any: the reviewer is the multiplier, the claim
    is no longer pending, or a hold or rejection has no reason. The admin form asks it first."""
    if decision not in REVIEW_ACTIONS:
        raise ValueError(decision)
    if by is not None and by.pk == session.multiplier.enrolment.user_id:
        raise exceptions.OwnClaim()
    if session.status not in MultiplierSession.PENDING:
        raise exceptions.SessionNotPending()
    if decision != MultiplierSession.Status.CONFIRMED and not clean_text(reason):
        raise exceptions.ReviewNeedsReason()
    return require_open(session.date, by=by)


@transaction.atomic
def review_session(session, *, by, decision, reason=""):
    """A coordinator of the session's Action or a programme manager confirms the claim (it counts
    from now on), puts it on hold or rejects it, with a reason the multiplier sees. A rejected
    claim is kept. Who may review is lms.programme.scoping's question, asked by the caller."""
    session = _pending(session)
    exception = check_review(session, by=by, decision=decision, reason=reason)
    reason = clean_text(reason, max_length=1000)
    session.status = decision
    session.status_reason = reason
    session.reviewed_by = by
    session.reviewed_at = timezone.now()
    session.save(update_fields=["status", "status_reason", "reviewed_by", "reviewed_at"])
    extra = {"period_exception": exception.pk} if exception is not None else {}
    _log(session, REVIEW_ACTIONS[decision], by, reason=reason, participants=session.participants, **extra)
    session_reviewed.send(sender=MultiplierSession, session=session)
    return session


def review_sessions(sessions, *, by, decision, reason=""):
    """Review several claims at once (the admin's bulk confirm and reject), each one through
    review_session with its checks, and each refused on its own: outside what `by` may review
    (lms.programme.scoping, through the permission policy), their own claim, no longer pending.
    Returns (the sessions reviewed, [(session, why it was refused)])."""
    reviewed, refused = [], []
    for session in sessions:
        try:
            require_in_scope(by, session)
            reviewed.append(review_session(session, by=by, decision=decision, reason=reason))
        except exceptions.LearningError as error:
            refused.append((session, error.message))
    return reviewed, refused


def people_trained_below(enrolments):
    """How many people were trained below the given learners, at any depth (one query per
    generation; the cascade has no cycles, so this ends)."""
    frontier, total = [e.pk for e in enrolments], 0
    while frontier:
        frontier = list(Enrolment.objects.filter(trained_by__in=frontier).values_list("pk", flat=True))
        total += len(frontier)
    return total
