"""Verb functions of learning: every change a learner makes goes through one of these, in one
transaction. Views call them and turn lms.core.exceptions into messages; they never write the
models themselves."""

import logging
from dataclasses import dataclass
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Min, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Least
from django.utils import timezone
from wagtail.models import Page
from wagtail.permissions import policy_registry

from lms.accounts.models import User
from lms.core import exceptions
from lms.core.audit import log_change
from lms.core.db import create_or_get
from lms.core.periods import require_open_from
from lms.core.sanitize import clean_text
from lms.core.signals import reach_changed

from .grading import grade_choice, parse_selection
from .models import (
    AssessmentAttempt,
    Certificate,
    Cohort,
    CohortInvitation,
    Enrolment,
    EnrolmentMode,
    FeedbackResponse,
    StepCompletion,
)
from .pages import steps_by_container
from .progress import Progress, progress_of
from .signals import certificate_issued, course_completed, enrolled

logger = logging.getLogger(__name__)


def enrolment_for(user, container):
    """The learner's enrolment in this course or module (in any of its languages), or None."""
    if user is None or not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course_key=container.translation_key).first()


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
    if not owner.may_train:
        raise exceptions.InvitationNotActive()
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
    # Another request may have enrolled the same learner a moment ago: theirs stands.
    enrolment, created = create_or_get(
        Enrolment,
        {"user": user, "course_key": container.translation_key},
        **_new_enrolment(user, container, cohort, source=source, now=now),
    )
    if created:
        enrolled.send(sender=Enrolment, enrolment=enrolment)
    return enrolment, created


def _new_enrolment(user, container, cohort, *, source, now):
    """The fields of a first enrolment, whichever way the learner came in."""
    lineage = _lineage(user, cohort)
    if lineage["trained_by"] is not None:
        source = Enrolment.Source.MULTIPLIER
    return {"container": container, "cohort": cohort, "source": source, "enrolled_at": now, **lineage}


def _come_back(enrolment, *, cohort):
    """A learner who withdrew was admitted once: they come back without a new key."""
    enrolment.status = Enrolment.Status.COMPLETED if enrolment.completed_at else Enrolment.Status.ACTIVE
    enrolment.withdrawn_at = None
    # The cascade position stays as first recorded: reach must not move when a learner returns.
    # Only an enrolment that had no cohort joins this one (and its Action, if it had none).
    if enrolment.cohort_id is None and cohort is not None:
        enrolment.cohort = cohort
        if enrolment.action_id is None and enrolment.trained_by_id is None:
            enrolment.action_id = cohort.action_id
    enrolment.save(update_fields=["status", "withdrawn_at", "cohort", "action"])
    return enrolment


def _admit_listed(users, cohort, *, now):
    """Enrol listed people in `cohort` by the rules of `enrol`: those already enrolled stay as they
    are, those who withdrew come back with their progress and their cascade position, the others
    are enrolled in the cohort, for its Action. Returns (enrolments created or brought back,
    number created)."""
    if cohort.owner_id is not None:
        raise exceptions.InvitationNotImportable()
    container = cohort.container
    existing = {
        enrolment.user_id: enrolment
        for enrolment in Enrolment.objects.filter(user__in=users, course_key=container.translation_key)
    }
    admitted, to_create = [], []
    for user in users:
        enrolment = existing.get(user.pk)
        if enrolment is None:
            to_create.append(
                Enrolment(
                    user=user,
                    course_key=container.translation_key,
                    **_new_enrolment(user, container, cohort, source=Enrolment.Source.BULK, now=now),
                )
            )
        elif enrolment.status == Enrolment.Status.WITHDRAWN:
            admitted.append(_come_back(enrolment, cohort=cohort))
    try:
        with transaction.atomic():
            admitted += Enrolment.objects.bulk_create(to_create, batch_size=500)
    except IntegrityError:
        raise exceptions.EnrolledMeanwhile() from None
    return admitted, len(to_create)


@transaction.atomic
def enrol_listed(users, cohort, *, by=None, now=None):
    """Enrol people in `cohort` at once, by the same rules as `enrol` (_admit_listed). Bulk import
    does not use it: a coordinator's list invites (invite_listed), and people join by accepting.
    A multiplier's invitation is joined by the colleagues themselves, never imported
    (InvitationNotImportable). Returns the enrolments created or brought back."""
    admitted, created = _admit_listed(users, cohort, now=now or timezone.now())
    log_change(
        cohort,
        "lms.cohort.import",
        action=cohort.action_id,
        user=by,
        enrolled=created,
        returned=len(admitted) - created,
    )
    return admitted


def check_cohort_move(cohort, *, by):
    """The enrolments a move of `cohort` to another Action would move (its learners who count
    for its Action and the cascade below them), or the error refusing it: the move would rewrite
    the figures of a closed reporting period and `by` holds no exception. The admin form asks it
    first."""
    moving = list(cohort.enrolments.filter(action_id=cohort.action_id).values_list("pk", flat=True))
    frontier = moving
    while frontier:
        frontier = list(Enrolment.objects.filter(trained_by__in=frontier).values_list("pk", flat=True))
        moving += frontier
    first_counted = Enrolment.objects.filter(pk__in=moving).aggregate(first=Min("counted_at"))["first"]
    if first_counted is not None:  # the Actions' figures change from that day on
        require_open_from(timezone.localdate(first_counted), by=by)
    return moving


@transaction.atomic
def move_cohort(cohort, action, *, by):
    """Make `cohort` count for another Action (or none): its learners who counted for the old
    Action, and the cascade below them (the colleagues they trained, at any depth, who inherit
    their trainer's Action, and the multipliers' invitations), count for `action` from now on.
    A multiplier's invitation follows its multiplier, never moved alone. Who may move a cohort
    to which Action is lms.programme.scoping's question, asked by the caller. Returns the number
    of enrolments moved."""
    cohort = Cohort.objects.select_for_update().get(pk=cohort.pk)
    if cohort.owner_id is not None:
        raise exceptions.InvitationFollowsMultiplier()
    new_id = action.pk if action is not None else None
    old_id = cohort.action_id
    if new_id == old_id:
        return 0
    moving = check_cohort_move(cohort, by=by)
    moved = Enrolment.objects.filter(pk__in=moving)
    people = list(moved.values_list("user_id", flat=True))
    moved.update(action_id=new_id)
    Cohort.objects.filter(owner__enrolment__in=moving).update(action_id=new_id)
    # Their offline sessions follow the multipliers among them.
    reach_changed.send(sender=Cohort, people=people, sessions=[], sessions_of_people=True)
    cohort.action_id = new_id
    cohort.save(update_fields=["action"])
    log_change(cohort, "lms.cohort.move", action=new_id, user=by, from_action=old_id, enrolments=len(moving))
    return len(moving)


@transaction.atomic
def invite_listed(emails, cohort, *, by=None, now=None):
    """A coordinator's list (bulk import): one invitation per address to join `cohort`, valid for
    RELAIS_COHORT_INVITATION_DAYS. Nobody is enrolled, and no account is looked at: whether an
    address has an account is nothing the coordinator learns. Emailing the links is the caller's
    (the token is made when the email is sent). Returns the invitations."""
    if cohort.owner_id is not None:
        raise exceptions.InvitationNotImportable()
    now = now or timezone.now()
    expires_at = now + timedelta(days=settings.RELAIS_COHORT_INVITATION_DAYS)
    invitations = CohortInvitation.objects.bulk_create(
        [
            CohortInvitation(
                cohort=cohort, email=email.lower(), invited_by=by, created_at=now, expires_at=expires_at
            )
            for email in emails
        ],
        batch_size=500,
    )
    if invitations and invitations[0].pk is None:  # backends that do not return primary keys
        invitations = list(CohortInvitation.objects.filter(cohort=cohort, created_at=now, invited_by=by))
    log_change(cohort, "lms.cohort.import", action=cohort.action_id, user=by, invited=len(invitations))
    return invitations


def check_may_answer(invitation, user, now=None):
    """Only the account of the invited address answers, before the invitation expires, once."""
    if not user.is_authenticated or user.email.lower() != invitation.email:
        raise exceptions.InvitationForAnotherAccount()
    if invitation.declined_at is not None:
        raise exceptions.InvitationDeclined()
    if invitation.accepted_at is None and invitation.is_expired(now or timezone.now()):
        raise exceptions.InvitationExpired()


def _locked_invitation(invitation):
    return (
        CohortInvitation.objects.select_for_update(of=("self",))
        .select_related("cohort__container")
        .get(pk=invitation.pk)
    )


@transaction.atomic
def accept_invitation(invitation, user, *, now=None):
    """`user` (the account of the invited address) accepts: enrolled in the cohort by the rules of
    a listed enrolment (_admit_listed: already enrolled stays as is; a returning learner keeps
    cohort, Action and generation). Accepting twice changes nothing. Returns the enrolment."""
    now = now or timezone.now()
    invitation = _locked_invitation(invitation)
    check_may_answer(invitation, user, now)
    container = invitation.cohort.container
    if invitation.accepted_at is not None:
        return enrolment_for(user, container)
    cohort = Cohort.objects.select_for_update().select_related("container").get(pk=invitation.cohort_id)
    existing = enrolment_for(user, container)
    if existing is None or existing.status == Enrolment.Status.WITHDRAWN:
        _check_cohort_has_room(cohort, now)  # open (from its first day to its last) and not full
    admitted, created = _admit_listed([user], cohort, now=now)
    invitation.accepted_at = now
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    enrolment = enrolment_for(user, container)
    # The learner is the actor; named by the record, not as the entry's user (lms.core.audit).
    log_change(
        cohort,
        "lms.cohort.invitation_accept",
        action=cohort.action_id,
        invitation=invitation.pk,
        enrolment=enrolment.pk,
        enrolled=created,
        returned=len(admitted) - created,
    )
    return enrolment


@transaction.atomic
def decline_invitation(invitation, user, *, now=None):
    """`user` (the account of the invited address) declines; it can then not be accepted. An
    invitation already accepted stays accepted (leaving is withdrawing from the course)."""
    now = now or timezone.now()
    invitation = _locked_invitation(invitation)
    check_may_answer(invitation, user, now)
    if invitation.accepted_at is None:
        invitation.declined_at = now
        invitation.save(update_fields=["declined_at"])
        log_change(
            invitation.cohort,
            "lms.cohort.invitation_decline",
            action=invitation.cohort.action_id,
            invitation=invitation.pk,
        )
    return invitation


@transaction.atomic
def withdraw(enrolment, *, by=None):
    """Leave a course (the learner), or take a learner out of it (`by`: staff, in scope);
    progress, attempts and certificate are kept for a return."""
    if by is not None:
        require_in_scope(by, enrolment)
    _lock(enrolment)
    if enrolment.status == Enrolment.Status.WITHDRAWN:
        if by is not None:
            raise exceptions.AlreadyWithdrawn()
        return enrolment
    enrolment.status = Enrolment.Status.WITHDRAWN
    enrolment.withdrawn_at = timezone.now()
    enrolment.save(update_fields=["status", "withdrawn_at"])
    # A learner who leaves is named by the record, not as the entry's user (lms.core.audit).
    log_change(
        enrolment,
        "lms.enrolment.withdraw",
        action=enrolment.action_id,
        user=by,
        generation=enrolment.generation,
        by_staff=by is not None,
    )
    return enrolment


def _lock(enrolment):
    """Lock the enrolment's row for this transaction and read it again into `enrolment` (the
    caller's instance is the one it goes on with)."""
    list(Enrolment.objects.select_for_update().filter(pk=enrolment.pk).values_list("pk"))
    enrolment.refresh_from_db()


def require_in_scope(user, instance):
    """Refuse (NotInScope) a change by `user` to an enrolment or certificate outside what
    lms.programme.scoping lets them change: the permission policy it registers for the model
    (the model permission, narrowed to the user's Actions and cohorts) answers."""
    policy = policy_registry.get_by_type(type(instance))
    if user is None or not policy.user_has_permission_for_instance(user, "change", instance):
        raise exceptions.NotInScope()


@transaction.atomic
def readmit(enrolment, *, by):
    """Staff bring a learner who withdrew back into their course, with their progress and their
    place in the cascade, as if they had come back themselves (_come_back). Logged."""
    require_in_scope(by, enrolment)
    _lock(enrolment)
    if enrolment.status != Enrolment.Status.WITHDRAWN:
        raise exceptions.NotWithdrawn()
    _come_back(enrolment, cohort=None)
    log_change(
        enrolment,
        "lms.enrolment.readmit",
        action=enrolment.action_id,
        user=by,
        generation=enrolment.generation,
    )
    return enrolment


def _cascade_below(enrolment_ids):
    """The enrolments trained, at any depth, by these: they inherit their trainer's Action."""
    below, frontier = [], list(enrolment_ids)
    while frontier:
        frontier = list(Enrolment.objects.filter(trained_by__in=frontier).values_list("pk", flat=True))
        below += frontier
    return below


def check_move_to_cohort(enrolment, cohort, *, by):
    """Why `enrolment` cannot move to `cohort` (an error), or None: another cohort of the same
    course, not a multiplier's invitation, with room, and not rewriting a closed period's figures."""
    if cohort.pk == enrolment.cohort_id:
        raise exceptions.SameCohort()
    if cohort.container.translation_key != enrolment.course_key:
        raise exceptions.NotSameCourse()
    if cohort.owner_id is not None:
        raise exceptions.InvitationNotImportable()
    if cohort.capacity is not None and cohort.enrolments.active().count() >= cohort.capacity:
        raise exceptions.CohortFull()
    if enrolment.trained_by_id is None and cohort.action_id != enrolment.action_id and enrolment.counted_at:
        require_open_from(timezone.localdate(enrolment.counted_at), by=by)


@transaction.atomic
def move_to_cohort(enrolment, cohort, *, by):
    """Move a learner to another cohort of the same course (staff who see both). A learner
    trained by the programme (generation 1) then counts for the new cohort's Action, and so do the
    colleagues they trained and their invitation, as when a cohort moves (move_cohort); a learner
    trained by a multiplier keeps their trainer's Action. Logged with both cohorts."""
    require_in_scope(by, enrolment)
    _lock(enrolment)
    cohort = Cohort.objects.select_for_update(of=("self",)).select_related("container").get(pk=cohort.pk)
    check_move_to_cohort(enrolment, cohort, by=by)
    old_cohort, old_action = enrolment.cohort_id, enrolment.action_id
    enrolment.cohort = cohort
    moved = [enrolment.pk]
    if enrolment.trained_by_id is None and cohort.action_id != old_action:
        moved += _cascade_below([enrolment.pk])
        Enrolment.objects.filter(pk__in=moved).update(action_id=cohort.action_id)
        Cohort.objects.filter(owner__enrolment__in=moved).update(action_id=cohort.action_id)
        enrolment.action_id = cohort.action_id
        people = list(Enrolment.objects.filter(pk__in=moved).values_list("user_id", flat=True))
        reach_changed.send(sender=Cohort, people=people, sessions=[], sessions_of_people=True)
    enrolment.save(update_fields=["cohort"])
    log_change(
        enrolment,
        "lms.enrolment.move",
        action=enrolment.action_id,
        user=by,
        from_action=old_action,
        from_cohort=old_cohort,
        cohort=cohort.pk,
        enrolments=len(moved) if enrolment.action_id != old_action else 0,
    )
    return enrolment


def _require_active(enrolment):
    if enrolment is None or enrolment.status == Enrolment.Status.WITHDRAWN:
        raise exceptions.NotEnrolled()


def _step_in(container, step):
    return any(s.translation_key == step.translation_key for s in container.steps)


def count_in_reach(enrolment, when):
    """From `when` on, the enrolment counts as reach, unless it already does: its learner has done
    something (a step, an attempt). Set once and never moved, so that a figure asked for a past
    date does not change afterwards ("How we count")."""
    if enrolment.counted_at is not None:
        return
    if not User.objects.verified().filter(pk=enrolment.user_id).exists():
        return  # counts from the verification (count_after_verification)
    if Enrolment.objects.filter(pk=enrolment.pk, counted_at__isnull=True).update(counted_at=when):
        enrolment.counted_at = when
        reach_changed.send(sender=Enrolment, people=[enrolment.user_id], sessions=[])


def count_bulk_written():
    """Enrolments written in bulk, without the verbs (seed_scale, data brought from elsewhere),
    count from their first step or attempt, as if each had gone through count_in_reach; the reach
    summaries are then rebuilt by the caller (lms.reporting.summaries.rebuild)."""
    step = Subquery(
        StepCompletion.objects.filter(enrolment=OuterRef("pk"))
        .order_by("completed_at")
        .values("completed_at")[:1]
    )
    attempt = Subquery(
        AssessmentAttempt.objects.filter(enrolment=OuterRef("pk"))
        .order_by("submitted_at")
        .values("submitted_at")[:1]
    )
    waiting = Enrolment.objects.filter(counted_at__isnull=True, user__email_verified_at__isnull=False)
    return waiting.update(counted_at=Coalesce(Least(step, attempt), step, attempt))


def count_after_verification(user, when):
    """A person who had done something before verifying their address counts from the
    verification on, in each course where they did."""
    active = Q(completions__isnull=False) | Q(attempts__isnull=False)
    started = Enrolment.objects.filter(user=user, counted_at__isnull=True).filter(active).values("pk")
    if Enrolment.objects.filter(pk__in=started).update(counted_at=when):
        reach_changed.send(sender=Enrolment, people=[user.pk], sessions=[])


@transaction.atomic
def complete_step(enrolment, step):
    """Mark a lesson or toolkit unit as done (once, whatever the language or the number of clicks)."""
    _require_active(enrolment)
    container = enrolment.container.specific
    if step.completed_by_passing or not _step_in(container, step):
        raise exceptions.NotEnrolled()
    completion, created = StepCompletion.objects.get_or_create(
        enrolment=enrolment, step_key=step.translation_key
    )
    if created:
        count_in_reach(enrolment, completion.completed_at)
    evaluate_completion(enrolment)
    return completion


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
    attempt, created = create_or_get(
        AssessmentAttempt,
        {"submission_token": submission_token},
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
    )
    if not created:
        return attempt
    count_in_reach(enrolment, attempt.submitted_at)
    if attempt.passed:
        evaluate_completion(enrolment)
    return attempt


@transaction.atomic
def issue_certificate(enrolment):
    """The certificate of a completed enrolment in a course that issues them (created once)."""
    if enrolment.completed_at is None or not enrolment.container.specific.issues_certificate:
        return None
    certificate, created = Certificate.objects.get_or_create(
        enrolment=enrolment, defaults=Certificate.as_issued_now(enrolment)
    )
    if created:
        certificate_issued.send(sender=Certificate, certificate=certificate)
    return certificate


@transaction.atomic
def reissue_certificate(certificate, *, by):
    """Issue the certificate again with the learner's name, the course's title and hours and the
    Action as they are now (a name corrected in the profile): only this changes an issued
    certificate. The code stays, so that printed QR codes keep verifying. Logged with the fields
    that changed (their names, not their values: the site history is not scoped)."""
    certificate = Certificate.objects.select_for_update().select_related("enrolment").get(pk=certificate.pk)
    if certificate.is_revoked:
        raise exceptions.CertificateRevoked()
    now = Certificate.as_issued_now(certificate.enrolment)
    changed = sorted(name for name, value in now.items() if getattr(certificate, name) != value)
    for name, value in now.items():
        setattr(certificate, name, value)
    certificate.reissued_at = timezone.now()
    certificate.save(update_fields=[*now, "reissued_at"])
    log_change(
        certificate,
        "lms.certificate.reissue",
        action=certificate.enrolment.action_id,
        user=by,
        changed=changed,
    )
    return certificate


def enrolments_missing_certificates(*, completed_before=None):
    """Completed enrolments of courses that issue certificates and have none yet: the certificate
    task failed, was lost with its worker, or could not be queued (the database went away between
    the completion's commit and the enqueue). django-tasks does not retry tasks."""
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
def revoke_certificate(certificate, *, by, note, public_reason=""):
    """Revoke a certificate: `note` (required) is for staff, `public_reason` (may be empty) is
    what the public verification page says. Logged. Which certificates `by` may revoke is the
    scoped admin view's question (lms.programme.scoping), as for a re-issue."""
    note = clean_text(note, max_length=1000)
    public_reason = clean_text(public_reason, max_length=1000)
    if not note:
        raise exceptions.RevocationNeedsReason()
    certificate.revoked_at = timezone.now()
    certificate.revoked_note = note
    certificate.revoked_public_reason = public_reason
    certificate.revoked_by = by
    certificate.save(update_fields=["revoked_at", "revoked_note", "revoked_public_reason", "revoked_by"])
    log_change(certificate, "lms.certificate.revoke", action=certificate.enrolment.action_id, user=by)
    return certificate


@transaction.atomic
def restore_certificate(certificate, *, by, note=""):
    """Undo a revocation (a programme manager): the certificate is valid again, with its code.
    The revocation's texts are cleared from it and kept in the log, with the restorer's note."""
    # Who may: the permission policy lms.programme.scoping registers answers "restore".
    policy = policy_registry.get_by_type(Certificate)
    if by is None or not policy.user_has_permission_for_instance(by, "restore", certificate):
        raise exceptions.OnlyProgrammeManagers()
    certificate = Certificate.objects.select_for_update().select_related("enrolment").get(pk=certificate.pk)
    if not certificate.is_revoked:
        raise exceptions.NotRevoked()
    revoked = {
        "revoked_at": certificate.revoked_at.isoformat(timespec="seconds"),
        "revoked_note": certificate.revoked_note,
        "revoked_public_reason": certificate.revoked_public_reason,
    }
    certificate.revoked_at, certificate.revoked_by = None, None
    certificate.revoked_note = certificate.revoked_public_reason = ""
    certificate.save(update_fields=["revoked_at", "revoked_by", "revoked_note", "revoked_public_reason"])
    log_change(
        certificate,
        "lms.certificate.restore",
        action=certificate.enrolment.action_id,
        user=by,
        note=clean_text(note, max_length=1000),
        **revoked,
    )
    return certificate


@transaction.atomic
def record_feedback(enrolment, *, ratings, comment=""):
    """The end-of-course survey: once per enrolment, after completion; the comment is sanitised."""
    if enrolment.completed_at is None:
        raise exceptions.NotCompleted()
    response, created = create_or_get(
        FeedbackResponse, {"enrolment": enrolment}, comment=clean_text(comment, max_length=4000), **ratings
    )
    if not created:
        raise exceptions.FeedbackAlreadyGiven()
    return response


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
