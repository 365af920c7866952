"""Verb functions: every change a learner makes goes through one of these, in one transaction.

Views call them and turn lms.exceptions into messages; they never write the models themselves.
"""

import datetime
import logging
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from . import exceptions, uploads
from .grading import grade_choice, parse_selection
from .models import (
    AssessmentAttempt,
    Certificate,
    Cohort,
    Enrolment,
    FeedbackResponse,
    Multiplier,
    MultiplierSession,
    ReportExport,
    StepCompletion,
)
from .pages import EnrolmentMode
from .sanitize import clean_text
from .signals import course_completed

logger = logging.getLogger(__name__)


def enrolment_for(user, container):
    """The learner's enrolment in this course or module (in any of its languages), or None."""
    if user is None or not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course_key=container.translation_key).first()


def enrolment_and_progress(user, container, steps=None):
    """(enrolment_for(user, container), progress_of(it) if it is not withdrawn, else None) in one
    query: the enrolment's row once per step done (completions and passed assessments, beside the
    step's translation key), or once with no key."""
    if user is None or not user.is_authenticated:
        return None, None
    mine = Enrolment.objects.filter(user=user, course_key=container.translation_key).order_by()
    rows = list(
        mine.annotate(done_key=F("completions__step_key")).union(
            mine.filter(attempts__passed=True).annotate(done_key=F("attempts__assessment_key"))
        )
    )
    if not rows:
        return None, None
    enrolment = rows[0]
    if enrolment.status == Enrolment.Status.WITHDRAWN:
        return enrolment, None
    done_keys = {row.done_key for row in rows if row.done_key is not None}
    return enrolment, Progress.of(container.steps if steps is None else steps, done_keys)


def _find_cohort(container, *, key=None, invitation=None):
    cohorts = (
        Cohort.objects.select_for_update(of=("self",))
        .select_related("owner__enrolment", "action")
        .filter(container__translation_key=container.translation_key)
    )
    if invitation is not None:
        cohort = cohorts.filter(invitation_token=invitation).first()
        if cohort is None:
            raise exceptions.InvalidInvitation()
        return cohort
    cohort = (
        cohorts.filter(enrolment_key__iexact=(key or "").strip()).first() if (key or "").strip() else None
    )
    if cohort is None:
        raise exceptions.WrongEnrolmentKey()
    return cohort


def _lineage(user, cohort):
    """Where a new enrolment sits in the cascade. Through a multiplier's invitation: trained by the
    multiplier, one generation further, for the same Action; otherwise generation 1, for the
    cohort's Action (if any). Generations only grow along `trained_by`: no cycle can form."""
    owner = cohort.owner if cohort is not None else None
    if owner is None:
        return {"action": cohort.action if cohort else None, "trained_by": None, "generation": 1}
    trainer = owner.enrolment
    if trainer.user_id == user.pk:
        raise exceptions.OwnInvitation()
    return {"action": trainer.action, "trained_by": trainer, "generation": trainer.generation + 1}


def _check_cohort_has_room(cohort, now):
    if not cohort.is_open(now):
        raise exceptions.CohortClosed()
    if cohort.capacity is not None and cohort.enrolments.active().count() >= cohort.capacity:
        raise exceptions.CohortFull()


@transaction.atomic
def enrol(user, container, *, key=None, invitation=None):
    """Enrol `user` in `container` (a course or toolkit module, any language version).

    Open courses and toolkit modules need nothing; key courses need a cohort's key; invitation
    courses an invitation token (a key or invitation also works on an open course, to join a
    cohort). Enrolling again after withdrawing brings the same enrolment, and its progress, back.
    Returns (enrolment, created).
    """
    container = container.specific
    now = timezone.now()
    existing = enrolment_for(user, container)
    if existing is not None and existing.status != Enrolment.Status.WITHDRAWN:
        return existing, False
    if existing is not None and key is None and invitation is None:
        return _come_back(existing, cohort=None), False

    cohort, source = None, Enrolment.Source.SELF
    if invitation is not None:
        cohort, source = _find_cohort(container, invitation=invitation), Enrolment.Source.INVITATION
    elif key is not None and container.enrolment_mode != EnrolmentMode.INVITATION:
        cohort, source = _find_cohort(container, key=key), Enrolment.Source.KEY
    elif container.enrolment_mode != EnrolmentMode.OPEN:
        raise exceptions.NotOpenForSelfEnrolment()
    if cohort is not None:
        _check_cohort_has_room(cohort, now)

    if existing is not None:
        return _come_back(existing, cohort=cohort), False
    lineage = _lineage(user, cohort)
    if lineage["trained_by"] is not None:
        source = Enrolment.Source.MULTIPLIER
    try:
        with transaction.atomic():
            enrolment = Enrolment.objects.create(
                user=user,
                container=container,
                course_key=container.translation_key,
                cohort=cohort,
                source=source,
                enrolled_at=now,
                **lineage,
            )
    except IntegrityError:
        # Another request enrolled the same learner a moment ago: theirs stands.
        return Enrolment.objects.get(user=user, course_key=container.translation_key), False
    return enrolment, True


def _come_back(enrolment, *, cohort):
    """A learner who withdrew was admitted once: they come back without a new key."""
    enrolment.status = Enrolment.Status.COMPLETED if enrolment.completed_at else Enrolment.Status.ACTIVE
    enrolment.withdrawn_at = None
    # The cascade position stays as first recorded: reach must not move when a learner returns.
    enrolment.cohort = enrolment.cohort or cohort
    enrolment.save(update_fields=["status", "withdrawn_at", "cohort"])
    return enrolment


@transaction.atomic
def withdraw(enrolment):
    """Leave a course; progress, attempts and certificate are kept for a return."""
    enrolment.status = Enrolment.Status.WITHDRAWN
    enrolment.withdrawn_at = timezone.now()
    enrolment.save(update_fields=["status", "withdrawn_at"])
    return enrolment


def _require_active(enrolment):
    if enrolment is None or enrolment.status == Enrolment.Status.WITHDRAWN:
        raise exceptions.NotEnrolled()


def _step_in(container, step):
    return any(s.translation_key == step.translation_key for s in container.steps)


@transaction.atomic
def complete_step(enrolment, step):
    """Mark a lesson or toolkit unit as done (once, whatever the language or the number of clicks)."""
    _require_active(enrolment)
    container = enrolment.container.specific
    if step.completed_by_passing or not _step_in(container, step):
        raise exceptions.NotEnrolled()
    completion, _created = StepCompletion.objects.get_or_create(
        enrolment=enrolment, step_key=step.translation_key
    )
    evaluate_completion(enrolment)
    return completion


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    done_keys: frozenset
    next_step: object

    @classmethod
    def of(cls, steps, done_keys):
        """Progress through `steps` (in order) given the translation keys of the steps done."""
        done_keys = frozenset(done_keys)
        return cls(
            done=sum(1 for step in steps if step.translation_key in done_keys),
            total=len(steps),
            done_keys=done_keys,
            next_step=next((step for step in steps if step.translation_key not in done_keys), None),
        )

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0


def progress_of(enrolment, container=None, steps=None):
    """How far the learner is: steps done (units marked, assessments passed) and the next one."""
    container = container or enrolment.container.specific
    steps = container.steps if steps is None else steps
    done_keys = (
        enrolment.completions.order_by()
        .values_list("step_key", flat=True)
        .union(enrolment.attempts.filter(passed=True).order_by().values_list("assessment_key", flat=True))
    )
    return Progress.of(steps, done_keys)


@transaction.atomic
def evaluate_completion(enrolment):
    """Complete the enrolment when every unit is marked and every assessment passed: sets
    `completed_at` exactly once and sends `course_completed`. Returns True if complete."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.completed_at is not None:
        return True
    progress = progress_of(enrolment)
    if progress.total == 0 or progress.done < progress.total:
        return False
    enrolment.completed_at = timezone.now()
    enrolment.status = Enrolment.Status.COMPLETED
    enrolment.save(update_fields=["completed_at", "status"])
    course_completed.send(sender=Enrolment, enrolment=enrolment)
    return True


def attempts_left(enrolment, assessment):
    if assessment.max_attempts is None:
        return None
    used = AssessmentAttempt.objects.filter(
        enrolment=enrolment, assessment_key=assessment.translation_key
    ).count()
    return max(assessment.max_attempts - used, 0)


def percentage(points, max_points):
    """An attempt's score: the share of the points, in percent, to two decimals (half up)."""
    if not max_points:
        return Decimal(0)
    return (Decimal(100) * points / max_points).quantize(Decimal("0.01"), ROUND_HALF_UP)


@transaction.atomic
def submit_assessment(enrolment, assessment, answers, *, submission_token):
    """Grade `answers` ({question block id: [option positions as strings]}) against the page's own
    questions and store the attempt. Submitting the same form twice (same token) stores one attempt.
    """
    _require_active(enrolment)
    already = AssessmentAttempt.objects.filter(submission_token=submission_token).first()
    if already is not None:
        if already.enrolment_id != enrolment.pk:
            raise exceptions.NotEnrolled()
        return already
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if not _step_in(enrolment.container.specific, assessment):
        raise exceptions.NotEnrolled()
    previous = AssessmentAttempt.objects.filter(
        enrolment=enrolment, assessment_key=assessment.translation_key
    )
    if previous.filter(passed=True).exists():
        raise exceptions.AlreadyPassed()
    if assessment.max_attempts is not None and previous.count() >= assessment.max_attempts:
        raise exceptions.NoAttemptsLeft()

    points = max_points = 0
    chosen, wrong = {}, []
    for block in assessment.questions:
        question = block.value
        selected = parse_selection(answers.get(block.id, []), len(question["options"]), question["kind"])
        if selected is None:
            raise exceptions.IncompleteAnswers()
        chosen[block.id] = sorted(selected)
        max_points += question["points"]
        if grade_choice(question, selected).is_correct:
            points += question["points"]
        else:
            wrong.append(block.id)
    score = percentage(points, max_points)
    try:
        with transaction.atomic():
            attempt = AssessmentAttempt.objects.create(
                enrolment=enrolment,
                assessment=assessment,
                assessment_key=assessment.translation_key,
                number=previous.count() + 1,
                answers=chosen,
                points=points,
                max_points=max_points,
                score=score,
                passed=score >= assessment.effective_pass_mark,
                wrong_questions=wrong,
                submission_token=submission_token,
            )
    except IntegrityError:
        return AssessmentAttempt.objects.get(submission_token=submission_token)
    if attempt.passed:
        evaluate_completion(enrolment)
    return attempt


@transaction.atomic
def issue_certificate(enrolment):
    """The certificate of a completed enrolment in a course that issues them (created once)."""
    if enrolment.completed_at is None or not enrolment.container.specific.issues_certificate:
        return None
    certificate, _created = Certificate.objects.get_or_create(enrolment=enrolment)
    return certificate


def enrolments_missing_certificates(*, completed_before=None):
    """Completed enrolments of courses that issue certificates and have none yet: the certificate
    task failed, was lost with its worker, or could not be queued (the database went away between
    the completion's commit and the enqueue). django-tasks does not retry tasks."""
    from wagtail.models import Page

    candidates = Enrolment.objects.filter(completed_at__isnull=False, certificate__isnull=True)
    if completed_before is not None:
        candidates = candidates.filter(completed_at__lt=completed_before)
    container_ids = set(candidates.values_list("container_id", flat=True).distinct())
    issuing = [
        page.pk
        for page in Page.objects.filter(pk__in=container_ids).specific()
        if getattr(page, "issues_certificate", False)
    ]
    return candidates.filter(container_id__in=issuing).order_by("completed_at")


def issue_missing_certificates(*, completed_before=None):
    """Re-run the certificate work for every enrolment left without one (each in its own
    transaction, so one failure leaves the others issued). Returns the number issued."""
    issued = 0
    for enrolment in enrolments_missing_certificates(completed_before=completed_before).iterator():
        if issue_certificate(enrolment) is not None:
            issued += 1
    return issued


@transaction.atomic
def revoke_certificate(certificate, *, by, reason):
    reason = clean_text(reason, max_length=1000)
    if not reason:
        raise exceptions.RevocationNeedsReason()
    certificate.revoked_at = timezone.now()
    certificate.revoked_reason = reason
    certificate.revoked_by = by
    certificate.save(update_fields=["revoked_at", "revoked_reason", "revoked_by"])
    return certificate


@transaction.atomic
def record_feedback(enrolment, *, ratings, comment=""):
    """The end-of-course survey: once per enrolment, after completion; the comment is sanitised."""
    if enrolment.completed_at is None:
        raise exceptions.NotCompleted()
    try:
        with transaction.atomic():
            return FeedbackResponse.objects.create(
                enrolment=enrolment, comment=clean_text(comment, max_length=4000), **ratings
            )
    except IntegrityError:
        raise exceptions.FeedbackAlreadyGiven() from None


@dataclass(frozen=True)
class OverviewRow:
    enrolment: Enrolment
    container: object
    progress: Progress
    certificate: Certificate | None


def learning_overview(user, language=None):
    """Every enrolment of `user` with its progress and next step, in a fixed number of queries
    whatever the number of enrolments (My learning). With `language`, a course is shown in that
    language where it has a live translation (progress follows, being kept by translation key),
    else in the language it was enrolled through."""
    from wagtail.models import Page

    from .pages import steps_by_container

    enrolments = list(
        Enrolment.objects.filter(user=user).select_related("certificate", "feedback").order_by("-enrolled_at")
    )
    if not enrolments:
        return []
    wanted = Q(pk__in=[e.container_id for e in enrolments])
    if language:
        keys = [e.course_key for e in enrolments]
        wanted |= Q(live=True, translation_key__in=keys, locale__language_code=language)
    chosen = {}  # course key -> page id: the translation in `language` wins over the enrolled page
    for pk, key, code in Page.objects.filter(wanted).values_list(
        "pk", "translation_key", "locale__language_code"
    ):
        if code == language or key not in chosen:
            chosen[key] = pk
    pages = {page.pk: page for page in Page.objects.filter(pk__in=set(chosen.values())).specific(defer=True)}
    containers = {e.container_id: pages[chosen[e.course_key]] for e in enrolments}
    steps = steps_by_container(pages.values())
    done = {}
    for enrolment_id, key in StepCompletion.objects.filter(enrolment__in=enrolments).values_list(
        "enrolment_id", "step_key"
    ):
        done.setdefault(enrolment_id, set()).add(key)
    for enrolment_id, key in AssessmentAttempt.objects.filter(
        enrolment__in=enrolments, passed=True
    ).values_list("enrolment_id", "assessment_key"):
        done.setdefault(enrolment_id, set()).add(key)
    rows = []
    for enrolment in enrolments:
        container = containers[enrolment.container_id]
        progress = Progress.of(steps[container.pk], done.get(enrolment.pk, ()))
        certificate = getattr(enrolment, "certificate", None)
        rows.append(
            OverviewRow(enrolment=enrolment, container=container, progress=progress, certificate=certificate)
        )
    return rows


# Multipliers --------------------------------------------------------------------------------------


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


# Deleting people -----------------------------------------------------------------------------------


@transaction.atomic
def forget_learner(user):
    """What "delete" means for someone who learned here: their identity goes, their enrolments stay.

    An Action's reach counts enrolments (and multipliers' sessions) by generation and gender; a
    cascade-delete would silently shrink it and break the `trained_by` chain of the people they
    trained. So enrolments, attempts, sessions and certificates are kept, attached to an account
    with no name, no email, no institution and no password; gender and country stay because
    reports count them, and are never shown with a name. Feedback comments are emptied.
    People with no enrolment are deleted outright. Either way the rest goes: their report exports
    and attendance sheets (files included) and the sign-in records kept under their email. Other
    sessions end by themselves: the password they were signed in with is gone.
    """
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    for export in user.exports.all():
        export.file.delete(save=False)
    user.exports.all().delete()
    for session in MultiplierSession.objects.filter(multiplier__enrolment__user=user).exclude(
        attendance_sheet=""
    ):
        session.attendance_sheet.delete(save=False)  # the file; the field is emptied below
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(username__iexact=user.email).delete()
    if not Enrolment.objects.filter(user=user).exists():
        user.delete()
        return None
    user.email = f"forgotten-{user.pk}@invalid.example"
    user.full_name = "—"
    user.institution = ""
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    FeedbackResponse.objects.filter(enrolment__user=user).update(comment="")
    # Sessions exist only under enrolments, so only here (never for someone deleted above).
    MultiplierSession.objects.filter(multiplier__enrolment__user=user).update(notes="", attendance_sheet="")
    return user


EXPORTS_KEPT_FOR = datetime.timedelta(days=7)


def request_report_export(user, report, query, *, filters=""):
    """Queue the spreadsheet of a report with its filters (built in the background, once this
    is committed); exports older than a week are removed, files included."""
    from .tasks import build_report_export_task

    for old in user.exports.filter(created_at__lt=timezone.now() - EXPORTS_KEPT_FOR):
        old.file.delete(save=False)
        old.delete()
    export = ReportExport.objects.create(user=user, report=report, query=query, filters=filters[:500])
    transaction.on_commit(lambda: build_report_export_task.enqueue(export.pk))
    return export


# Twenty times the longest export measured (bench/reports.py: 100,000 enrolments in 49 s).
EXPORT_STALLED_AFTER = datetime.timedelta(minutes=15)


def rebuild_stalled_exports(*, requested_before=None):
    """Build, here and now, every export still "being prepared" long after it was asked for:
    django-tasks does not retry, and a worker killed mid-task leaves its export pending for ever.
    Each is built in turn; one that fails again is marked failed, for its author to ask anew.
    Returns the exports rebuilt."""
    from .reports import build_export

    if requested_before is None:
        requested_before = timezone.now() - EXPORT_STALLED_AFTER
    stalled = ReportExport.objects.filter(status=ReportExport.Status.PENDING, created_at__lt=requested_before)
    rebuilt = []
    for export in stalled.select_related("user"):
        try:
            build_export(export)
        except Exception:
            logger.exception("Export %s failed again when rebuilt", export.pk)
        rebuilt.append(export)
    return rebuilt
