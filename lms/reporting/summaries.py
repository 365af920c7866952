"""Reach summaries: every reach figure, for any filter and "as of" any date, is a sum over a small
table (ReachSummary) instead of a count over every enrolment.

The source rows decide; the summaries follow them. What a person adds is a pure function of their
enrolments (when each started counting, when it was withdrawn, its Action, course, cohort and
generation) and of their gender and country; what a session adds, of its confirmation and head
counts. Each is kept as ReachContribution rows, and a change is applied as the difference between
what they added and what they add now, in the transaction that made the change: a figure is never
behind its source (a task catching up later would show a coordinator a confirmation that has not
"arrived" yet, and make the reach tests depend on timing). `rebuild()` recomputes everything from
the source rows; a property test holds the two equal.

Days are the site's local days: a row of day D counts in every figure asked "as of" D or later.
People are counted once per Action (under the earliest generation that reached them there), once
among all Actions, and once in the programme; learners of a course are counted by enrolment, which
is one per person and course.
"""

from collections import Counter, defaultdict

from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.db.models.signals import post_migrate, post_save
from django.utils import timezone

from lms.accounts.models import User
from lms.cascade.models import MultiplierSession
from lms.core.signals import reach_changed
from lms.learning.models import Enrolment

from .models import ReachContribution, ReachDimensions, ReachMeasure, ReachSummary

KEY = ReachDimensions.KEY
GENDERS = ("female", "male", "other")
BATCH = 2000


def gender_bucket(value):
    return value if value in ("female", "male") else "other"


def _day(moment):
    return timezone.localdate(moment)


def _key(day, measure, *, action=None, course="", cohort=None, generation, gender, country=""):
    return (day, measure, action or 0, str(course or ""), cohort or 0, generation, gender, country or "")


def _spans(enrolments):
    """(first day counted, first day no longer counted or None, enrolment) of each counted one."""
    spans = []
    for enrolment in enrolments:
        if enrolment.counted_at is None:
            continue
        start = _day(enrolment.counted_at)
        end = None
        if enrolment.status == Enrolment.Status.WITHDRAWN and enrolment.withdrawn_at is not None:
            end = max(_day(enrolment.withdrawn_at), start)
        spans.append((start, end, enrolment))
    return spans


def _person_over_time(rows, measure, spans, *, action, gender, country):
    """Add +1/-1 rows for one person in one group of enrolments (an Action, or all): they count
    while any of the group's enrolments counts, under the smallest generation among those."""
    days = sorted({day for start, end, _e in spans for day in (start, end) if day is not None})
    counted_as = None
    for day in days:
        active = [e.generation for start, end, e in spans if start <= day and (end is None or day < end)]
        now = min(active) if active else None
        if now == counted_as:
            continue
        if counted_as is not None:
            rows[
                _key(day, measure, action=action, generation=counted_as, gender=gender, country=country)
            ] -= 1
        if now is not None:
            rows[_key(day, measure, action=action, generation=now, gender=gender, country=country)] += 1
        counted_as = now


def person_contributions(user, enrolments):
    """{key: change} that one person adds to the summaries."""
    rows = Counter()
    gender, country = gender_bucket(user.gender), str(user.country or "")
    spans = _spans(enrolments)
    for start, end, e in spans:
        key = {
            "action": e.action_id,
            "course": e.course_key,
            "cohort": e.cohort_id,
            "generation": e.generation,
        }
        rows[_key(start, ReachMeasure.ENROLMENTS, gender=gender, country=country, **key)] += 1
        if end is not None:
            rows[_key(end, ReachMeasure.ENROLMENTS, gender=gender, country=country, **key)] -= 1
    by_action = defaultdict(list)
    for span in spans:
        if span[2].action_id is not None:
            by_action[span[2].action_id].append(span)
    for action_id, action_spans in by_action.items():
        _person_over_time(
            rows, ReachMeasure.PEOPLE, action_spans, action=action_id, gender=gender, country=country
        )
    in_actions = [span for span in spans if span[2].action_id is not None]
    _person_over_time(rows, ReachMeasure.ACTIONS, in_actions, action=None, gender=gender, country=country)
    _person_over_time(rows, ReachMeasure.PROGRAMME, spans, action=None, gender=gender, country=country)
    return {key: change for key, change in rows.items() if change}


def session_contributions(session):
    """{key: change} that one offline session adds: its head counts, from the day it was
    confirmed, in the generation after its multiplier's, for the multiplier's Action and course."""
    if session.status != MultiplierSession.Status.CONFIRMED:
        return {}
    confirmed_on = _day(session.reviewed_at or session.created_at)  # a confirmation keeps its time
    trainer = session.multiplier.enrolment
    rows = {}
    for gender in GENDERS:
        people = getattr(session, f"participants_{gender}")
        if people:
            key = _key(
                confirmed_on,
                ReachMeasure.OFFLINE,
                action=trainer.action_id,
                course=trainer.course_key,
                generation=trainer.generation + 1,
                gender=gender,
            )
            rows[key] = people
    return rows


ENROLMENT_FIELDS = (
    "user_id",
    "counted_at",
    "status",
    "withdrawn_at",
    "action_id",
    "course_key",
    "cohort_id",
    "generation",
)


def _people_wanted(user_ids):
    users = User.objects.filter(pk__in=user_ids).only("pk", "gender", "country")
    enrolments = defaultdict(list)
    for enrolment in Enrolment.objects.filter(user_id__in=user_ids, counted_at__isnull=False).only(
        *ENROLMENT_FIELDS
    ):
        enrolments[enrolment.user_id].append(enrolment)
    return {user.pk: person_contributions(user, enrolments[user.pk]) for user in users}


def _sessions_wanted(session_ids):
    sessions = MultiplierSession.objects.filter(pk__in=session_ids).select_related("multiplier__enrolment")
    return {session.pk: session_contributions(session) for session in sessions}


def _apply(changes):
    """Add {key: change} to the summaries, row by row (a concurrent first insert of a key is
    retried as an update)."""
    for key, change in changes.items():
        if not change:
            continue
        fields = _fields(key)
        if ReachSummary.objects.filter(**fields).update(change=F("change") + change):
            continue
        try:
            with transaction.atomic():
                ReachSummary.objects.create(change=change, **fields)
        except IntegrityError:
            ReachSummary.objects.filter(**fields).update(change=F("change") + change)


def _refresh(source, wanted_by_id):
    """Bring the contributions of these sources to what they should be; apply the difference."""
    ids = list(wanted_by_id)
    had = defaultdict(Counter)
    for row in ReachContribution.objects.filter(source=source, source_id__in=ids).values(
        *KEY, "source_id", "change"
    ):
        had[row["source_id"]][tuple(row[name] for name in KEY)] += row["change"]
    difference, replaced, new_rows = Counter(), [], []
    for source_id, wanted in wanted_by_id.items():
        wanted = Counter({_stored(key): change for key, change in wanted.items()})
        if wanted == had[source_id]:
            continue
        difference.update(wanted)
        difference.subtract(had[source_id])
        replaced.append(source_id)
        new_rows += [
            ReachContribution(source=source, source_id=source_id, change=change, **_fields(key))
            for key, change in wanted.items()
        ]
    if replaced:
        ReachContribution.objects.filter(source=source, source_id__in=replaced).delete()
        ReachContribution.objects.bulk_create(new_rows, batch_size=BATCH)
        _apply(difference)


def _fields(key):
    return dict(zip(KEY, key, strict=True))


def _stored(key):
    """A key as the database gives it back (the course key as text)."""
    return (*key[:3], str(key[3]), *key[4:])


@transaction.atomic
def refresh_people(user_ids):
    """Bring these people's share of reach up to date with their enrolments and profile."""
    user_ids = sorted({pk for pk in user_ids if pk is not None})
    if not user_ids:
        return
    # One refresh of a person at a time (PostgreSQL; SQLite writes one transaction at a time).
    list(User.objects.select_for_update().filter(pk__in=user_ids).order_by("pk").values_list("pk", flat=True))
    _refresh(ReachContribution.Source.PERSON, _people_wanted(user_ids))


@transaction.atomic
def refresh_sessions(session_ids):
    session_ids = sorted({pk for pk in session_ids if pk is not None})
    if not session_ids:
        return
    locked = MultiplierSession.objects.select_for_update().filter(pk__in=session_ids).order_by("pk")
    list(locked.values_list("pk", flat=True))  # in pk order, as refresh_people: no deadlock
    _refresh(ReachContribution.Source.SESSION, _sessions_wanted(session_ids))


def _chunks(queryset):
    ids = list(queryset)
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


@transaction.atomic
def rebuild():
    """Recompute every summary from the source rows (manage.py rebuild_reach): what the
    incremental path keeps must equal this."""
    ReachContribution.objects.all().delete()
    ReachSummary.objects.all().delete()
    totals = Counter()
    sources = (
        (
            ReachContribution.Source.PERSON,
            Enrolment.objects.filter(counted_at__isnull=False)
            .order_by("user_id")
            .values_list("user_id", flat=True)
            .distinct(),
            _people_wanted,
        ),
        (
            ReachContribution.Source.SESSION,
            MultiplierSession.objects.confirmed().order_by("pk").values_list("pk", flat=True),
            _sessions_wanted,
        ),
    )
    for source, ids, wanted_of in sources:
        for chunk in _chunks(ids):
            rows = []
            for source_id, wanted in wanted_of(chunk).items():
                for key, change in wanted.items():
                    totals[_stored(key)] += change
                    rows.append(
                        ReachContribution(
                            source=source, source_id=source_id, change=change, **_fields(_stored(key))
                        )
                    )
            ReachContribution.objects.bulk_create(rows, batch_size=BATCH)
    ReachSummary.objects.bulk_create(
        (ReachSummary(change=change, **_fields(key)) for key, change in totals.items() if change),
        batch_size=BATCH,
    )


def rebuild_if_empty(**kwargs):
    """After migrating: build the summaries of a database that has reach but no summaries yet (one
    that predates them, or restored without them)."""
    if ReachSummary.objects.exists():
        return
    if (
        Enrolment.objects.filter(counted_at__isnull=False).exists()
        or MultiplierSession.objects.confirmed().exists()
    ):
        rebuild()


def summary_rows():
    """{key: change} of the summaries as stored, without rows that sum to nothing (for comparing
    kept and rebuilt summaries)."""
    rows = Counter()
    for row in ReachSummary.objects.values(*KEY).annotate(total=Sum("change")):
        rows[tuple(row[name] for name in KEY)] += row["total"]
    return {key: change for key, change in rows.items() if change}


# What sets the summaries moving: saves of enrolments, people and sessions, and the verbs' signal
# for changes made with a queryset update.


# The fields of an enrolment that decide what it adds (person_contributions).
# Status is not among them: withdrawing and returning always set withdrawn_at too.
COUNTED_FIELDS = {"counted_at", "withdrawn_at", "action", "cohort", "generation", "course_key"}


def _enrolment_saved(sender, instance, update_fields=None, **kwargs):
    if instance.counted_at is None:  # an enrolment that never counted changes no figure
        return
    if update_fields is not None and not set(update_fields) & COUNTED_FIELDS:
        return  # a completion time, say: no figure moves (this runs on every finished course)
    refresh_people([instance.user_id])


def _person_saved(sender, instance, update_fields=None, **kwargs):
    if update_fields is not None and set(update_fields) <= {"last_login", "password"}:
        return
    if kwargs.get("created"):
        return  # no enrolment yet
    refresh_people([instance.pk])


def _session_saved(sender, instance, **kwargs):
    if instance.status == MultiplierSession.Status.CONFIRMED:  # only a confirmed one adds (for good)
        refresh_sessions([instance.pk])


def _reach_changed(sender, people=(), sessions=(), sessions_of_people=False, **kwargs):
    refresh_people(people)
    if sessions_of_people:
        sessions = [
            *sessions,
            *MultiplierSession.objects.filter(multiplier__enrolment__user__in=people).values_list(
                "pk", flat=True
            ),
        ]
    refresh_sessions(sessions)


def connect(app_config):
    post_migrate.connect(rebuild_if_empty, sender=app_config, dispatch_uid="relais-reach-after-migrate")
    post_save.connect(_enrolment_saved, sender=Enrolment, dispatch_uid="relais-reach-enrolment")
    post_save.connect(_person_saved, sender=User, dispatch_uid="relais-reach-person")
    post_save.connect(_session_saved, sender=MultiplierSession, dispatch_uid="relais-reach-session")
    reach_changed.connect(_reach_changed, dispatch_uid="relais-reach-changed")
