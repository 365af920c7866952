import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale

from courses.models import CourseIndexPage, CoursePage
from lms.models import Cohort
from tests import factories


@pytest.fixture
def learner(db):
    return factories.UserFactory()


@pytest.fixture
def make_course(db):
    """A course with a module of two lessons and an assessment (two one-point questions)."""

    def make(mode="open", pass_mark=50, max_attempts=2, issues_certificate=True):
        index = CourseIndexPage.objects.get(locale=Locale.get_default())
        course = factories.CoursePageFactory(
            parent=index,
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
    def make(course, **fields):
        return Cohort.objects.create(container=course, name=fields.pop("name", "Group A"), **fields)

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
    from lms.models import Action

    def make(name="Costa Rica Test", **fields):
        return Action.objects.create(
            name=name,
            slug=fields.pop("slug", name.lower().replace(" ", "-")),
            countries=fields.pop("countries", ["CR"]),
            region=fields.pop("region", "lac"),
            thematic_area=fields.pop("thematic_area", "HO"),
            phase=fields.pop("phase", "mieux-plus"),
            status=fields.pop("status", "ongoing"),
            start_month=fields.pop("start_month", datetime.date(2024, 1, 1)),
            summary=fields.pop("summary", "A test Action."),
            **fields,
        )

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
