"""How far a learner is in a course or module: the steps done (units marked, assessments passed,
kept by translation key so that progress holds across languages) and the next step.

"Steps done" has one definition, here, for every surface that shows it: the learner's pages,
the learner's record in the admin, reports, exports and the dashboard. A step is done when its
unit was marked complete or its assessment passed (once, however many attempts), and counts
while the step is live (a step unpublished or deleted from the course no longer counts)."""

from dataclasses import dataclass

from django.db.models import Count, Exists, F, IntegerField, Min, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from wagtail.models import Page

from .models import AssessmentAttempt, Enrolment, StepCompletion


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


def _live_step(key_field):
    return Exists(Page.objects.filter(live=True, translation_key=OuterRef(key_field)))


def completions_of(enrolments):
    """The units marked complete in `enrolments` (a queryset or list) that count as steps done."""
    return StepCompletion.objects.filter(enrolment__in=enrolments).filter(_live_step("step_key"))


def passes_of(enrolments):
    """The passing attempts in `enrolments` that count as steps done (one step per assessment)."""
    return AssessmentAttempt.objects.filter(enrolment__in=enrolments, passed=True).filter(
        _live_step("assessment_key")
    )


def done_steps(enrolments):
    """(enrolment id, step key, when) of every step done in `enrolments`, the earliest pass of an
    assessment standing for it: the rows every "steps done" figure counts."""
    marked = completions_of(enrolments).order_by().values_list("enrolment_id", "step_key", "completed_at")
    passed = (
        passes_of(enrolments)
        .order_by()
        .values_list("enrolment_id", "assessment_key")
        .annotate(when=Min("submitted_at"))
        .values_list("enrolment_id", "assessment_key", "when")
    )
    return marked.union(passed, all=True)


def steps_done_count(enrolment="pk"):
    """The number of steps done, as an SQL expression on enrolments (`enrolment`: the reference to
    the enrolment's id): for reports, exports and the dashboard, in the query itself."""

    def counted(queryset, key):
        return Coalesce(
            Subquery(
                queryset.filter(enrolment=OuterRef(enrolment))
                .filter(_live_step(key))
                .order_by()
                .values("enrolment")
                .annotate(n=Count(key, distinct=True))
                .values("n")
            ),
            0,
            output_field=IntegerField(),
        )

    marked = counted(StepCompletion.objects.all(), "step_key")
    passed = counted(AssessmentAttempt.objects.filter(passed=True), "assessment_key")
    return marked + passed


def has_done_a_step(enrolment="pk"):
    """A condition on enrolments: at least one step done (steps_done_count() > 0, without counting)."""
    marked = StepCompletion.objects.filter(enrolment=OuterRef(enrolment)).filter(_live_step("step_key"))
    passed = AssessmentAttempt.objects.filter(enrolment=OuterRef(enrolment), passed=True).filter(
        _live_step("assessment_key")
    )
    return Q(Exists(marked)) | Q(Exists(passed))


def progress_of(enrolment, container=None, steps=None):
    """How far the learner is: steps done (units marked, assessments passed) and the next one."""
    container = container or enrolment.container.specific
    steps = container.steps if steps is None else steps
    done_keys = [key for _enrolment, key, _when in done_steps([enrolment.pk])]
    return Progress.of(steps, done_keys)


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
