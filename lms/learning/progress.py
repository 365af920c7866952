"""How far a learner is in a course or module: the steps done (units marked, assessments passed,
kept by translation key so that progress holds across languages) and the next step."""

from dataclasses import dataclass

from django.db.models import F

from .models import Enrolment


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
