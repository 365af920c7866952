"""Reach of an Action: people trained directly, through the online cascade and in multipliers'
offline sessions once confirmed (plus the participants of the Action's own activities), by
generation and gender, now or as of a past day. Aggregates only: nothing here names a person.

What counts is defined once, in "How we count" (lms.learning.models.EnrolmentQuerySet.counted and
lms.reporting.summaries); the figures are sums over the summaries, in a few queries whatever the
number of enrolments."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field, fields, replace

from django.db.models import Count, F, Q, Sum, Value
from django.utils import timezone

from lms.cascade.models import MultiplierSession, SessionCheckIn
from lms.core.masking import HIDDEN, hidden_entries, kept_hidden_entries
from lms.programme.models import Action, ActionActivity

from .models import ReachContribution, ReachMeasure, ReachSummary

GENDERS = ("female", "male", "other")


@dataclass
class GenerationReach:
    generation: int
    online: int = 0
    offline: int = 0
    female: int = 0
    male: int = 0
    other: int = 0

    @property
    def total(self):
        return self.online + self.offline


@dataclass
class Reach:
    generations: list = field(default_factory=list)
    activity_participants: int = 0
    activity_female: int = 0
    activity_male: int = 0
    activity_other: int = 0
    # Attendees of sessions claimed but not reviewed yet: shown beside the figures, never in them.
    offline_awaiting_review: int = 0
    # Attendees who checked in themselves at confirmed sessions: evidence beside the head counts.
    offline_checked_in: int = 0

    def generation(self, number):
        """The entry of generation `number`, added (in order) when it is not there yet."""
        found = next((g for g in self.generations if g.generation == number), None)
        if found is None:
            found = GenerationReach(generation=number)
            self.generations.append(found)
            self.generations.sort(key=lambda g: g.generation)
        return found

    @classmethod
    def combined(cls, reaches):
        """One Reach adding up several (people are counted once per Action they belong to)."""
        total = cls()
        for reach in reaches:
            for g in reach.generations:
                entry = total.generation(g.generation)
                for name in ("online", "offline", *GENDERS):
                    setattr(entry, name, getattr(entry, name) + getattr(g, name))
            for name in (
                "activity_female",
                "activity_male",
                "activity_other",
                "activity_participants",
                "offline_awaiting_review",
                "offline_checked_in",
            ):
                setattr(total, name, getattr(total, name) + getattr(reach, name))
        return total

    @property
    def direct(self):
        return sum(g.online for g in self.generations if g.generation == 1)

    @property
    def online_cascade(self):
        return sum(g.online for g in self.generations if g.generation > 1)

    @property
    def offline(self):
        return sum(g.offline for g in self.generations)

    @property
    def learners(self):
        """Everyone trained through Relais for this Action: direct, online cascade, offline."""
        return self.direct + self.online_cascade + self.offline

    @property
    def total(self):
        return self.learners + self.activity_participants

    def minus(self, earlier):
        """What changed since `earlier` (the same figures on a previous day)."""
        change = Reach()
        for name in ("activity_participants", "activity_female", "activity_male", "activity_other"):
            setattr(change, name, getattr(self, name) - getattr(earlier, name))
        change.offline_awaiting_review = self.offline_awaiting_review
        change.offline_checked_in = self.offline_checked_in - earlier.offline_checked_in
        numbers = [f.name for f in fields(GenerationReach) if f.name != "generation"]
        for g in self.generations:
            entry = change.generation(g.generation)
            for name in numbers:
                setattr(entry, name, getattr(g, name))
        for g in earlier.generations:
            entry = change.generation(g.generation)
            for name in numbers:
                setattr(entry, name, getattr(entry, name) - getattr(g, name))
        return change


@dataclass(frozen=True)
class ReachQuery:
    """Which reach: as of the end of a day (today when None), of one course or cohort, generation
    or learners' country; `since` asks what changed from the start of that day to `as_of`."""

    as_of: datetime.date | None = None
    since: datetime.date | None = None
    course_key: str | None = None
    cohort: int | None = None
    generation: int | None = None
    country: str | None = None

    @property
    def day(self):
        return self.as_of or timezone.localdate()

    @property
    def end(self):
        """The last moment of the day asked for, in the site's time zone."""
        next_day = datetime.datetime.combine(self.day + datetime.timedelta(days=1), datetime.time())
        return timezone.make_aware(next_day) - datetime.timedelta(microseconds=1)

    def online_measure(self):
        # A person has one enrolment per course: by course or cohort, enrolments are people.
        return ReachMeasure.ENROLMENTS if self.course_key or self.cohort else ReachMeasure.PEOPLE

    def conditions(self, *, offline=False):
        """The summary rows this query sums: up to its day, of its course and generation; and, for
        the people trained online, of its cohort and learners' country."""
        where = Q(day__lte=self.day)
        if self.course_key:
            where &= Q(course_key=str(self.course_key))
        if self.generation:
            where &= Q(generation=self.generation)
        if not offline:
            if self.cohort:
                where &= Q(cohort_id=self.cohort)
            if self.country:
                where &= Q(country=self.country.upper())
        return where


def reach_of(actions, query=None):
    """The reach of one Action or of a queryset of Actions (counted together: a person in two of
    them counts once)."""
    if hasattr(actions, "model"):
        return reach_with_total(actions, query)[1]
    return reach_by_action(Action.objects.filter(pk=actions.pk), query=query).get(actions.pk, Reach())


def reach_by_action(actions, *, query=None):
    """{action id: Reach} for a queryset of Actions, in two queries whatever the number of
    Actions or learners. With `query.since`, what changed in that period."""
    return reach_with_total(actions, query, total=False)[0]


def reach_with_total(actions, query=None, *, total=True):
    """({action id: Reach}, the Reach of all of them together): people online are counted once
    in the total (a third query), attendees and activities are added up. With `query.since`,
    what changed in that period."""
    query = query or ReachQuery()
    if query.since is not None:
        now = reach_with_total(actions, replace(query, since=None), total=total)
        before = replace(query, as_of=query.since - datetime.timedelta(days=1), since=None)
        earlier = reach_with_total(actions, before, total=total)
        by_action = {key: reach.minus(earlier[0].get(key, Reach())) for key, reach in now[0].items()}
        return by_action, now[1].minus(earlier[1])
    action_ids = actions.order_by().values("pk")  # a subquery: no query of its own
    measure = query.online_measure()
    by_action, together = {}, Reach()
    # By course or cohort, a person has one enrolment: the Actions' figures add up to the total.
    adds_up = measure == ReachMeasure.ENROLMENTS
    # Every Action (an unfiltered queryset): the summaries count each person once already.
    everyone = total and not adds_up and not actions.query.where
    for kind, action_id, generation, gender, people in _summed(action_ids, measure, query, everyone=everyone):
        if kind == "everyone":
            _add(together, generation, gender, people, offline=False)
            continue
        offline = kind == "offline"
        _add(by_action.setdefault(action_id, Reach()), generation, gender, people, offline=offline)
        if total and (offline or adds_up):
            _add(together, generation, gender, people, offline=offline)
    if total and not adds_up and not everyone:
        for generation, gender, people in _people_once(action_ids, query):
            _add(together, generation, gender, people, offline=False)
    for row in _beside(action_ids, query):
        for reach in (by_action.setdefault(row["action"], Reach()), together):
            people = row["female"] + row["male"] + row["other"]
            if row["kind"] == "awaiting":
                reach.offline_awaiting_review += people
            elif row["kind"] == "checked_in":
                reach.offline_checked_in += people
            else:
                reach.activity_female += row["female"]
                reach.activity_male += row["male"]
                reach.activity_other += row["other"]
                reach.activity_participants += people
    return by_action, together


def _add(reach, generation, gender, people, *, offline):
    entry = reach.generation(generation)
    if offline:
        entry.offline += people
    else:
        entry.online += people
    setattr(entry, gender, getattr(entry, gender) + people)


def _summed(action_ids, measure, query, *, everyone=False):
    """(kind, action id, generation, gender, people) of each Action's people online ("online")
    and attendees offline ("offline") — and, with `everyone`, the people of all Actions counted
    once ("everyone") — in one query over the summaries."""
    online = query.conditions() & Q(measure=measure, action_id__in=action_ids)
    offline = query.conditions(offline=True) & Q(measure=ReachMeasure.OFFLINE, action_id__in=action_ids)
    wanted = online | offline
    if everyone:
        wanted |= query.conditions() & Q(measure=ReachMeasure.ACTIONS, action_id=0)
    rows = (
        ReachSummary.objects.filter(wanted)
        .values("measure", "action_id", "generation", "gender")
        .annotate(people=Sum("change"))
    )
    kinds = {ReachMeasure.OFFLINE: "offline", ReachMeasure.ACTIONS: "everyone"}
    return [
        (
            kinds.get(row["measure"], "online"),
            row["action_id"],
            row["generation"],
            row["gender"],
            row["people"],
        )
        for row in rows
        if row["people"]
    ]


def _beside(action_ids, query):
    """What is shown beside the people reached, by Action, in one query: attendees of sessions
    claimed by the day and not reviewed by then ("awaiting"), and participants of the Actions' own
    activities held by then ("activity"), and check-ins at sessions confirmed by then
    ("checked_in", counted in the female column: check-ins are not split by gender here)."""
    sums = {
        "female": Sum("participants_female"),
        "male": Sum("participants_male"),
        "other": Sum("participants_other"),
    }
    awaiting = (
        MultiplierSession.objects.filter(
            multiplier__enrolment__action__in=action_ids, created_at__lte=query.end
        )
        .exclude(status=MultiplierSession.Status.WITHDRAWN)
        .filter(Q(status__in=MultiplierSession.PENDING) | Q(reviewed_at__gt=query.end))
        .order_by()
        .annotate(kind=Value("awaiting"), of_action=F("multiplier__enrolment__action"))
        .values("kind", "of_action")
        .annotate(**sums)
        .values_list("kind", "of_action", "female", "male", "other")
    )
    activities = (
        ActionActivity.objects.filter(action__in=action_ids, date__lte=query.day)
        .order_by()
        .annotate(kind=Value("activity"), of_action=F("action"))
        .values("kind", "of_action")
        .annotate(**sums)
        .values_list("kind", "of_action", "female", "male", "other")
    )
    checked_in = (
        SessionCheckIn.objects.filter(
            session__multiplier__enrolment__action__in=action_ids,
            session__status=MultiplierSession.Status.CONFIRMED,
            session__reviewed_at__lte=query.end,
            created_at__lte=query.end,
        )
        .order_by()
        .annotate(kind=Value("checked_in"), of_action=F("session__multiplier__enrolment__action"))
        .values("kind", "of_action")
        .annotate(female=Count("pk"), male=Value(0), other=Value(0))
        .values_list("kind", "of_action", "female", "male", "other")
    )
    return [
        {"kind": kind, "action": action, "female": female or 0, "male": male or 0, "other": other or 0}
        for kind, action, female, male, other in awaiting.union(activities, checked_in, all=True)
    ]


def _people_once(action_ids, query):
    """People of some Actions, each counted once, under the earliest generation that reached them
    in any of them (read per person from the contributions: as many rows as those people)."""
    people_of_actions = Q(measure=ReachMeasure.PEOPLE, action_id__in=action_ids)
    # Every generation first: a person is of the generation that reached them first, then filtered.
    rows = (
        ReachContribution.objects.filter(replace(query, generation=None).conditions() & people_of_actions)
        .values("source_id", "generation", "gender")
        .annotate(net=Sum("change"))
        .filter(net__gt=0)
    )
    people = {}
    for row in rows:
        known = people.get(row["source_id"])
        if known is None or row["generation"] < known[0]:
            people[row["source_id"]] = (row["generation"], row["gender"])
    counts = defaultdict(int)
    for generation, gender in people.values():
        if not query.generation or generation == query.generation:
            counts[generation, gender] += 1
    return [(generation, gender, n) for (generation, gender), n in counts.items()]


def published_generations(reach, *, key=None, pattern=None):
    """The reach by generation as it may be published: the gender split of each generation with
    small cells hidden by one pattern (lms.core.masking), and a generation's online and offline
    figures hidden with its total when the pattern hides that total. Returns (rows, headline):
    rows of {"generation", "online", "offline", "female", "male", "other"}, and the headline
    figures {"direct", "online_cascade", "offline", "learners"}, hidden where they would give a
    hidden total away. `key` names the published table whose pattern is kept across days;
    `pattern`, already chosen for this table, is used as it is."""
    generations = reach.generations
    cells = [[g.female, g.male, g.other] for g in generations]
    if pattern is None and key is None:
        pattern = hidden_entries(cells)
    elif pattern is None:  # a published table: what it hid once, it hides for good (lms.core.masking)
        pattern = kept_hidden_entries(key, cells, rows=[g.generation for g in generations], columns=GENDERS)
    shown = pattern.shown(cells) if cells else {"cells": []}
    rows = []
    for i, g in enumerate(generations):
        total_hidden = pattern.row_total(i)
        rows.append(
            {
                "generation": g.generation,
                "online": HIDDEN if total_hidden else g.online,
                "offline": HIDDEN if total_hidden else g.offline,
                **dict(zip(GENDERS, shown["cells"][i], strict=True)),
            }
        )
    first_hidden = any(pattern.row_total(i) for i, g in enumerate(generations) if g.generation == 1)
    later_hidden = any(pattern.row_total(i) for i, g in enumerate(generations) if g.generation > 1)
    headline = {
        "direct": HIDDEN if first_hidden else reach.direct,
        "online_cascade": HIDDEN if later_hidden else reach.online_cascade,
        "offline": HIDDEN if later_hidden else reach.offline,
        "learners": HIDDEN if pattern.grand_total else reach.learners,
    }
    return rows, headline


def published_activities(activities, *, key=None):
    """An Action's activities with their head counts by gender as they may be published: one
    pattern over the table (rows: activities; their participants are the row totals), kept across
    days when `key` names the table."""
    activities = list(activities)
    cells = [[a.participants_female, a.participants_male, a.participants_other] for a in activities]
    if key is None:
        pattern = hidden_entries(cells)
    else:
        pattern = kept_hidden_entries(key, cells, rows=[a.pk for a in activities], columns=GENDERS)
    if not cells:
        return [], 0
    shown = pattern.shown(cells)
    rows = [
        {
            "activity": activity,
            "female": shown["cells"][i][0],
            "male": shown["cells"][i][1],
            "other": shown["cells"][i][2],
            "participants": shown["row_totals"][i],
        }
        for i, activity in enumerate(activities)
    ]
    return rows, shown["grand_total"]
