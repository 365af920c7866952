"""Reach of an Action: people trained directly, through the online cascade and in multipliers'
offline sessions (plus the participants of the Action's own activities), by generation and
gender. Aggregates only: nothing here names a person."""

from dataclasses import dataclass, field

from django.db.models import Count, Sum

from .models import ActionActivity, Enrolment, MultiplierSession

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
    """The reach of one Action or of a queryset of Actions, in three queries."""
    action_filter = {"action__in": actions} if hasattr(actions, "model") else {"action": actions}
    by_generation = {}

    def generation(number):
        return by_generation.setdefault(number, GenerationReach(generation=number))

    enrolments = (
        Enrolment.objects.filter(**action_filter)
        .exclude(status=Enrolment.Status.WITHDRAWN)
        .values("generation", "user__gender")
        .annotate(people=Count("user", distinct=True))
    )
    for row in enrolments:
        entry = generation(row["generation"])
        entry.online += row["people"]
        bucket = _gender_bucket(row["user__gender"])
        setattr(entry, bucket, getattr(entry, bucket) + row["people"])

    session_filter = {f"multiplier__enrolment__{key}": value for key, value in action_filter.items()}
    sessions = (
        MultiplierSession.objects.filter(**session_filter)
        .values("multiplier__enrolment__generation")
        .annotate(
            female=Sum("participants_female"), male=Sum("participants_male"), other=Sum("participants_other")
        )
    )
    for row in sessions:
        entry = generation(row["multiplier__enrolment__generation"] + 1)
        for bucket in GENDERS:
            setattr(entry, bucket, getattr(entry, bucket) + (row[bucket] or 0))
        entry.offline += (row["female"] or 0) + (row["male"] or 0) + (row["other"] or 0)

    activities = ActionActivity.objects.filter(**action_filter).aggregate(
        female=Sum("participants_female", default=0),
        male=Sum("participants_male", default=0),
        other=Sum("participants_other", default=0),
    )
    reach = Reach(
        generations=[by_generation[key] for key in sorted(by_generation)],
        activity_female=activities["female"],
        activity_male=activities["male"],
        activity_other=activities["other"],
    )
    reach.activity_participants = reach.activity_female + reach.activity_male + reach.activity_other
    return reach
