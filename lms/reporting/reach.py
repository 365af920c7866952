"""Reach of an Action: people trained directly, through the online cascade and in multipliers'
offline sessions once confirmed (plus the participants of the Action's own activities), by
generation and gender, now or as of a past day. Aggregates only: nothing here names a person.

What counts is defined once, in "How we count" (lms.learning.models.EnrolmentQuerySet.counted and
lms.reporting.summaries); the figures are sums over the summaries, in a few queries whatever the
number of enrolments."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field, fields, replace

from django.db.models import Q, Sum
from django.utils import timezone

from lms.cascade.models import MultiplierSession
from lms.core.masking import HIDDEN, hidden_entries
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

    def narrow(self, rows, *, offline=False):
        rows = rows.filter(day__lte=self.day)
        if self.course_key:
            rows = rows.filter(course_key=str(self.course_key))
        if self.generation:
            rows = rows.filter(generation=self.generation)
        if not offline:
            if self.cohort:
                rows = rows.filter(cohort_id=self.cohort)
            if self.country:
                rows = rows.filter(country=self.country.upper())
        return rows


def reach_of(actions, query=None):
    """The reach of one Action or of a queryset of Actions (counted together: a person in two of
    them counts once)."""
    if hasattr(actions, "model"):
        return reach_by_action(actions, together=True, query=query).get(None, Reach())
    return reach_by_action(Action.objects.filter(pk=actions.pk), query=query).get(actions.pk, Reach())


def reach_by_action(actions, *, together=False, query=None):
    """{action id: Reach} for a queryset of Actions, in a few grouped queries over the summaries
    whatever the number of Actions or learners; with together=True, one Reach under the key None,
    counting each person once. With `query.since`, what changed in that period."""
    query = query or ReachQuery()
    if query.since is not None:
        now = reach_by_action(actions, together=together, query=replace(query, since=None))
        before = replace(query, as_of=query.since - datetime.timedelta(days=1), since=None)
        earlier = reach_by_action(actions, together=together, query=before)
        return {key: reach.minus(earlier.get(key, Reach())) for key, reach in now.items()}
    action_ids = list(actions.order_by().values_list("pk", flat=True))
    result = {}

    def reach_for(action_id):
        return result.setdefault(None if together else action_id, Reach())

    def add(action_id, generation, gender, people, *, offline=False):
        entry = reach_for(action_id).generation(generation)
        if offline:
            entry.offline += people
        else:
            entry.online += people
        setattr(entry, gender, getattr(entry, gender) + people)

    for action_id, generation, gender, people in _online(action_ids, together, query):
        add(action_id, generation, gender, people)
    offline = (
        query.narrow(
            ReachSummary.objects.filter(measure=ReachMeasure.OFFLINE, action_id__in=action_ids), offline=True
        )
        .values("action_id", "generation", "gender")
        .annotate(people=Sum("change"))
    )
    for row in offline:
        if row["people"]:
            add(row["action_id"], row["generation"], row["gender"], row["people"], offline=True)

    awaiting = (
        MultiplierSession.objects.filter(
            multiplier__enrolment__action__in=action_ids, created_at__lte=query.end
        )
        .exclude(status=MultiplierSession.Status.WITHDRAWN)
        .filter(Q(status__in=MultiplierSession.PENDING) | Q(reviewed_at__gt=query.end))
        .order_by()
        .values("multiplier__enrolment__action")
        .annotate(**MultiplierSession.sums())
    )
    for row in awaiting:
        reach_for(row["multiplier__enrolment__action"]).offline_awaiting_review += (
            row["female"] + row["male"] + row["other"]
        )

    sums = ActionActivity.sums()
    activities = ActionActivity.objects.filter(action__in=action_ids, date__lte=query.day).order_by()
    rows = [activities.aggregate(**sums)] if together else activities.values("action").annotate(**sums)
    for row in rows:
        reach = reach_for(row.get("action"))
        reach.activity_female, reach.activity_male = row["female"], row["male"]
        reach.activity_other = row["other"]
        reach.activity_participants = row["female"] + row["male"] + row["other"]
    return result


def _online(action_ids, together, query):
    """(action id, generation, gender, people) of the people trained online."""
    measure = query.online_measure()
    if together and measure == ReachMeasure.PEOPLE:
        if len(action_ids) == Action.objects.count():
            measure, action_ids = ReachMeasure.ACTIONS, [0]  # every Action: counted once already
        else:
            return _people_once(action_ids, query)
    rows = (
        query.narrow(ReachSummary.objects.filter(measure=measure, action_id__in=action_ids))
        .values("action_id", "generation", "gender")
        .annotate(people=Sum("change"))
    )
    return [
        (row["action_id"], row["generation"], row["gender"], row["people"]) for row in rows if row["people"]
    ]


def _people_once(action_ids, query):
    """People of some Actions, each counted once, under the earliest generation that reached them
    in any of them (read per person from the contributions: as many rows as those people)."""
    rows = (
        query.narrow(ReachContribution.objects.filter(measure=ReachMeasure.PEOPLE, action_id__in=action_ids))
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
        counts[generation, gender] += 1
    return [(None, generation, gender, n) for (generation, gender), n in counts.items()]


def published_generations(reach):
    """The reach by generation as it may be published: the gender split of each generation with
    small cells hidden by one pattern (lms.core.masking), and a generation's online and offline
    figures hidden with its total when the pattern hides that total. Returns (rows, headline):
    rows of {"generation", "online", "offline", "female", "male", "other"}, and the headline
    figures {"direct", "online_cascade", "offline", "learners"}, hidden where they would give a
    hidden total away."""
    generations = reach.generations
    cells = [[g.female, g.male, g.other] for g in generations]
    pattern = hidden_entries(cells)
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


def published_activities(activities):
    """An Action's activities with their head counts by gender as they may be published: one
    pattern over the table (rows: activities; their participants are the row totals)."""
    activities = list(activities)
    cells = [[a.participants_female, a.participants_male, a.participants_other] for a in activities]
    pattern = hidden_entries(cells)
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
