import datetime

import pytest
from django.utils import timezone

from courses.models import CoursePage
from tests import factories


@pytest.fixture
def learner(db):
    return factories.UserFactory()


@pytest.fixture
def make_course(db):
    """A course with a module of two lessons and an assessment (two one-point questions)."""

    def make(mode="open", pass_mark=50, max_attempts=2, issues_certificate=True):
        course = factories.CoursePageFactory(
            enrolment_mode=mode,
            pass_mark=pass_mark,
            issues_certificate=issues_certificate,
            estimated_hours=3,
        )
        module = factories.ModulePageFactory(parent=course)
        lessons = [factories.LessonPageFactory(parent=module) for _ in range(2)]
        assessment = factories.AssessmentPageFactory(parent=module, max_attempts=max_attempts)
        course.refresh_from_db()
        return course, lessons, assessment

    return make


@pytest.fixture
def make_cohort(db):
    """A cohort of `course` (named "Group A" unless told)."""

    def make(course, **fields):
        return factories.CohortFactory(container=course, name=fields.pop("name", "Group A"), **fields)

    return make


def answers(assessment, right=True):
    """Form answers for every question: all right, or all wrong."""
    chosen = {}
    for block in assessment.questions:
        positions = [
            i for i, option in enumerate(block.value["options"]) if bool(option["is_correct"]) == right
        ]
        chosen[block.id] = [str(positions[0])]
    return chosen


def days(n):
    return timezone.now() + datetime.timedelta(days=n)


__all__ = ["CoursePage", "answers", "days"]


@pytest.fixture
def make_action(db):
    """An ongoing Action in Costa Rica (see factories.ActionFactory), named as told."""

    def make(name="Costa Rica Test", **fields):
        return factories.ActionFactory(name=name, **fields)

    return make


@pytest.fixture
def finish(db):
    """Complete every step of `enrolment`'s course (all lessons, assessments passed)."""
    from lms.learning import services as learning

    def run(enrolment):
        container = enrolment.container.specific
        for step in container.steps:
            if step.completed_by_passing:
                step = step.specific
                learning.submit_assessment(
                    enrolment, step, answers(step), submission_token=f"f{enrolment.pk}-{step.pk}"
                )
            else:
                learning.complete_step(enrolment, step)
        enrolment.refresh_from_db()
        return enrolment

    return run
