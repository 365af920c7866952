"""What `manage.py send_reminders` does, in a bounded number of queries whatever the number of
learners: each step lists its candidates in one query, writes their records in one bulk insert
(the unique constraint drops the ones that exist: a sweep run twice, or twice at once, records
each message once) and queues the new ones. Cron or bin/prod runs it, daily or more often."""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import F, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from lms.accounts.models import FORGOTTEN_DOMAIN, User
from lms.learning.models import AssessmentAttempt, Enrolment, StepCompletion
from lms.programme.models import Action

from .models import NOT_DIGESTIBLE, Kind, Mode, Preference, SentMessage
from .services import STATE_OF_MODE, enqueue, retry


def week_of(now):
    year, week, _day = timezone.localtime(now).isocalendar()
    return f"{year}-W{week:02d}"


def _reachable_users():
    return User.objects.filter(is_active=True).exclude(email__endswith="@" + FORGOTTEN_DOMAIN)


def notify_many(kind, wanted):
    """Record `wanted` ([(recipient id, subject key, period)]) of one kind at once, honouring each
    recipient's preference, and queue the new immediate ones after the commit. Returns how many
    were new."""
    if not wanted:
        return 0
    recipients = {recipient for recipient, _key, _period in wanted}
    modes = dict(Preference.objects.filter(kind=kind, user__in=recipients).values_list("user_id", "mode"))

    def state(recipient):
        mode = modes.get(recipient, Mode.IMMEDIATELY)
        if mode == Mode.DIGEST and kind in NOT_DIGESTIBLE:
            mode = Mode.IMMEDIATELY
        return STATE_OF_MODE[mode]

    start = timezone.now()
    existing = set(
        SentMessage.objects.filter(
            kind=kind,
            recipient__in=recipients,
            subject_key__in={key for _r, key, _p in wanted},
        ).values_list("recipient_id", "subject_key", "period")
    )
    rows = [
        SentMessage(recipient_id=recipient, kind=kind, subject_key=key, period=period, state=state(recipient))
        for recipient, key, period in wanted
        if (recipient, key, period) not in existing
    ]
    with transaction.atomic():
        SentMessage.objects.bulk_create(rows, ignore_conflicts=True, batch_size=1000)
        # The rows this sweep wrote (a concurrent sweep's are queued by that sweep).
        new = list(
            SentMessage.objects.filter(
                kind=kind,
                state=SentMessage.State.QUEUED,
                created_at__gte=start,
                attempts=0,
                recipient__in=recipients,
            ).values_list("pk", flat=True)
        )
        for pk in new:
            transaction.on_commit(lambda pk=pk: enqueue(pk))
    return len(rows)


def last_activity():
    """An enrolment's last sign of life: enrolling, a completed step, an assessment attempt."""
    step = StepCompletion.objects.filter(enrolment=OuterRef("pk")).order_by().values("enrolment")
    attempt = AssessmentAttempt.objects.filter(enrolment=OuterRef("pk")).order_by().values("enrolment")
    return Greatest(
        F("enrolled_at"),
        Coalesce(Subquery(step.annotate(last=Max("completed_at")).values("last")), F("enrolled_at")),
        Coalesce(Subquery(attempt.annotate(last=Max("submitted_at")).values("last")), F("enrolled_at")),
    )


def nudges(now):
    """A nudge for each active, unfinished enrolment without activity for
    RELAIS_NUDGE_AFTER_DAYS, in a cohort that is still open. The period is the day of the last
    activity: at most one nudge per stall; the learner who comes back and stalls again hears
    again."""
    cutoff = now - datetime.timedelta(days=settings.RELAIS_NUDGE_AFTER_DAYS)
    candidates = (
        Enrolment.objects.filter(
            status=Enrolment.Status.ACTIVE,
            completed_at__isnull=True,
            user__in=_reachable_users(),
        )
        .filter(Q(cohort__isnull=True) | Q(cohort__closes_at__isnull=True) | Q(cohort__closes_at__gt=now))
        .annotate(last=last_activity())
        .filter(last__lt=cutoff)
        .values_list("pk", "user_id", "last")
    )
    wanted = [
        (user_id, f"enrolment:{pk}", timezone.localtime(last).date().isoformat())
        for pk, user_id, last in candidates.iterator(chunk_size=2000)
    ]
    return notify_many(Kind.NUDGE, wanted)


def cohort_dates(now):
    """Learners of a cohort that opens, or (unfinished) closes, within RELAIS_COHORT_SOON_DAYS
    hear it once per date (a moved date is news again)."""
    soon = now + datetime.timedelta(days=settings.RELAIS_COHORT_SOON_DAYS)
    learners = Enrolment.objects.active().filter(user__in=_reachable_users())
    opening = learners.filter(cohort__opens_at__gt=now, cohort__opens_at__lte=soon).values_list(
        "pk", "user_id", "cohort__opens_at"
    )
    closing = learners.filter(
        completed_at__isnull=True, cohort__closes_at__gt=now, cohort__closes_at__lte=soon
    ).values_list("pk", "user_id", "cohort__closes_at")

    def wanted(rows):
        return [(user, f"enrolment:{pk}", when.isoformat(timespec="minutes")) for pk, user, when in rows]

    return notify_many(Kind.COHORT_OPENING, wanted(opening)) + notify_many(
        Kind.COHORT_CLOSING, wanted(closing)
    )


def coordinator_digests(now):
    """The weekly digest of each Action, to each of its active coordinators."""
    week = week_of(now)
    through = Action.coordinators.through
    pairs = through.objects.filter(user__in=_reachable_users()).values_list("user_id", "action_id")
    return notify_many(Kind.COORDINATOR_DIGEST, [(user, f"action:{action}", week) for user, action in pairs])


def learner_digests(now):
    """One digest a week for each person with messages held for it."""
    week = week_of(now)
    people = (
        SentMessage.objects.filter(state=SentMessage.State.HELD)
        .values_list("recipient_id", flat=True)
        .distinct()
    )
    return notify_many(Kind.DIGEST, [(person, f"user:{person}", week) for person in people])


def sweep(now=None):
    """Every periodic message due now, then the retries. Returns counts by step."""
    now = now or timezone.now()
    return {
        "nudges": nudges(now),
        "cohort dates": cohort_dates(now),
        "coordinator digests": coordinator_digests(now),
        "digests": learner_digests(now),
        "retried": retry(now=now),
    }
