"""Reach of an Action: people trained directly, through the online cascade and in multipliers'
offline sessions once confirmed (plus the participants of the Action's own activities), by
generation and gender. Aggregates only: nothing here names a person."""

from dataclasses import dataclass, field

from django.db.models import Count, Sum

from lms.cascade.models import MultiplierSession
from lms.learning.models import Enrolment
from lms.programme.models import ActionActivity

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
    # Attendees of confirmed sessions who checked in themselves: evidence beside `offline`, not in it.
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


def _gender_bucket(value):
    return value if value in ("female", "male") else "other"


def reach_of(actions):
    """The reach of one Action or of a queryset of Actions (counted together), in three queries."""
    if hasattr(actions, "model"):
        return reach_by_action(actions, together=True).get(None, Reach())
    return reach_by_action(type(actions).objects.filter(pk=actions.pk)).get(actions.pk, Reach())


def reach_by_action(actions, *, together=False, enrolments=None):
    """{action id: Reach} for a queryset of Actions, in three grouped queries whatever their
    number; with together=True, one Reach under the key None. `enrolments` narrows the online
    part (a course, a period…)."""
    key = () if together else ("action",)
    result = {}

    def generation(action_id, number):
        return result.setdefault(None if together else action_id, Reach()).generation(number)

    rows = (
        (enrolments if enrolments is not None else Enrolment.objects.all())
        .filter(action__in=actions)
        .active()
        .order_by()
        .values(*key, "generation", "user__gender")
        .annotate(people=Count("user", distinct=True))
    )
    for row in rows:
        entry = generation(row.get("action"), row["generation"])
        entry.online += row["people"]
        bucket = _gender_bucket(row["user__gender"])
        setattr(entry, bucket, getattr(entry, bucket) + row["people"])

    session_key = () if together else ("multiplier__enrolment__action",)
    # Confirmed sessions count; pending claims are shown beside them, never added to them.
    counted = (MultiplierSession.Status.CONFIRMED, *MultiplierSession.PENDING)
    sessions = (
        MultiplierSession.objects.filter(multiplier__enrolment__action__in=actions, status__in=counted)
        .with_checked_in()
        .order_by()
        .values(*session_key, "multiplier__enrolment__generation", "status")
        .annotate(**MultiplierSession.sums(), checked_in=Sum("checkin_count", default=0))
    )
    for row in sessions:
        if row["status"] != MultiplierSession.Status.CONFIRMED:
            reach = result.setdefault(None if together else row.get("multiplier__enrolment__action"), Reach())
            reach.offline_awaiting_review += row["female"] + row["male"] + row["other"]
            continue
        entry = generation(
            row.get("multiplier__enrolment__action"), row["multiplier__enrolment__generation"] + 1
        )
        for bucket in GENDERS:
            setattr(entry, bucket, getattr(entry, bucket) + row[bucket])
        entry.offline += row["female"] + row["male"] + row["other"]
        result[None if together else row.get("multiplier__enrolment__action")].offline_checked_in += row[
            "checked_in"
        ]

    sums = ActionActivity.sums()
    activities = ActionActivity.objects.filter(action__in=actions).order_by()
    rows = [activities.aggregate(**sums)] if together else activities.values("action").annotate(**sums)
    for row in rows:
        reach = result.setdefault(None if together else row.get("action"), Reach())
        reach.activity_female, reach.activity_male = row["female"], row["male"]
        reach.activity_other = row["other"]
        reach.activity_participants = row["female"] + row["male"] + row["other"]
    return result
