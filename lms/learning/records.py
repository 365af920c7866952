"""A learner's record for staff: the steps done with their dates, every assessment attempt with
its score and answers, the certificate, the survey answer and, for a multiplier, the colleagues
they trained and the sessions they claimed; and the gradebook, one row per learner of a course
with a cell per step. Steps done are those of lms.learning.progress (the one definition)."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Max
from wagtail.models import Page

from .grading import grade_choice
from .models import FEEDBACK_ITEMS, AssessmentAttempt, Enrolment
from .pages import steps_by_container
from .progress import Progress, done_steps


@dataclass
class StepRow:
    step: object
    done_at: object = None
    attempts: list = field(default_factory=list)

    @property
    def is_assessment(self):
        return self.step.completed_by_passing

    @property
    def best_score(self):
        return max((attempt.score for attempt in self.attempts), default=None)


@dataclass
class AnswerRow:
    question: str
    chosen: list
    correct: bool


@dataclass
class LearnerRecord:
    enrolment: Enrolment
    container: object
    progress: Progress
    steps: list
    attempts: list
    other_attempts: list
    certificate: object
    feedback: list
    comment: str
    multiplier: object
    trainees: list
    sessions: list


def answers_of(attempt, assessment):
    """The learner's answers to `assessment` (specific) in words: each question, the options
    chosen, whether it was right. Questions no longer on the page are left out."""
    rows = []
    for block in getattr(assessment, "questions", ()):
        if block.id not in attempt.answers:
            continue
        question = block.value
        verdict = grade_choice(question, set(attempt.answers[block.id]))
        rows.append(AnswerRow(question["question"], [v.text for v in verdict.chosen], verdict.is_correct))
    return rows


def learner_record(enrolment):
    """Everything staff see of one enrolment, in a fixed number of queries."""
    container = enrolment.container.specific
    steps = container.steps
    done = {key: when for _enrolment, key, when in done_steps([enrolment.pk])}
    attempts = list(enrolment.attempts.order_by("submitted_at", "pk"))
    assessments = {
        page.pk: page for page in Page.objects.filter(pk__in={a.assessment_id for a in attempts}).specific()
    }
    by_key = defaultdict(list)
    for attempt in attempts:
        attempt.answer_rows = answers_of(attempt, assessments.get(attempt.assessment_id))
        by_key[attempt.assessment_key].append(attempt)
    step_keys = {step.translation_key for step in steps}
    rows = [
        StepRow(step, done.get(step.translation_key), by_key.get(step.translation_key, [])) for step in steps
    ]
    # Reverse one-to-ones raise when there is none: getattr's default answers None.
    certificate = getattr(enrolment, "certificate", None)
    feedback = getattr(enrolment, "feedback", None)
    multiplier = getattr(enrolment, "multiplier", None)
    return LearnerRecord(
        enrolment=enrolment,
        container=container,
        progress=Progress.of(steps, done),
        steps=rows,
        attempts=attempts,
        other_attempts=[a for a in attempts if a.assessment_key not in step_keys],
        certificate=certificate,
        feedback=[(label, getattr(feedback, name)) for name, label in FEEDBACK_ITEMS] if feedback else [],
        comment=feedback.comment if feedback else "",
        multiplier=multiplier,
        trainees=list(enrolment.trainees.select_related("user").order_by("enrolled_at"))
        if multiplier
        else [],
        sessions=list(multiplier.sessions.order_by("-date")) if multiplier else [],
    )


@dataclass
class GradebookRow:
    enrolment: Enrolment
    cells: list  # per step: (done at or None, best score or None, attempts)
    steps_done: int


def gradebook(container, enrolments):
    """One row per enrolment of `enrolments` (in `container`'s course) with a cell per step of
    the course: when it was done and, for an assessment, the best score and the attempts; and the
    steps done (the one definition). Returns (steps, rows), in a fixed number of queries."""
    steps = steps_by_container([container])[container.pk]
    enrolments = list(enrolments.select_related("user", "cohort").order_by("user__full_name", "pk"))
    ids = [enrolment.pk for enrolment in enrolments]
    done = defaultdict(dict)
    for enrolment_id, key, when in done_steps(ids):
        done[enrolment_id][key] = when
    scores = defaultdict(dict)
    for row in (
        AssessmentAttempt.objects.filter(enrolment__in=ids)
        .order_by()
        .values("enrolment_id", "assessment_key")
        .annotate(tries=Count("pk"), best=Max("score"))
    ):
        scores[row["enrolment_id"]][row["assessment_key"]] = (row["best"], row["tries"])
    rows = []
    for enrolment in enrolments:
        cells = []
        for step in steps:
            best, tries = scores[enrolment.pk].get(step.translation_key, (None, 0))
            cells.append((done[enrolment.pk].get(step.translation_key), best, tries))
        rows.append(GradebookRow(enrolment, cells, Progress.of(steps, done[enrolment.pk]).done))
    return steps, rows
