"""The learning page contract (lms.learning.pages): every attribute the engine reads of a course,
toolkit module or step is declared by the abstract bases, and a system check refuses a concrete
page type that breaks it."""

import pytest
from django.db import models
from django.test.utils import isolate_apps
from django.urls import reverse

from courses.models import AssessmentPage, CoursePage, LessonPage
from lms.learning import services as learning
from lms.learning.pages import (
    LearningContainerPage,
    LearningStepPage,
    check_learning_page_contract,
    contract_problems,
)
from tests import factories
from toolkit.models import ToolkitModulePage, ToolkitUnitPage


@pytest.mark.parametrize(
    "model", [CoursePage, ToolkitModulePage, LessonPage, AssessmentPage, ToolkitUnitPage]
)
def test_every_product_page_type_satisfies_the_contract(model):
    """Each installed course, toolkit and step page type declares what the engine reads of it."""
    assert contract_problems(model) == []


def test_the_system_check_passes_for_the_installed_page_types():
    """System check lms.E001 is silent for the installed page types."""
    assert check_learning_page_contract() == []


@isolate_apps("lms")
def test_a_container_that_breaks_the_contract_is_reported():
    """A product that overrides an attribute with the wrong kind (a nullable flag, a text mode
    without the engine's choices) is named by the check."""

    class BrokenModule(LearningContainerPage):
        trains_multipliers = models.BooleanField(null=True)
        enrolment_mode = models.CharField(max_length=16, default="open")

        class Meta:
            app_label = "lms"

    problems = contract_problems(BrokenModule)
    assert any(p.startswith("trains_multipliers") for p in problems)
    assert any(p.startswith("enrolment_mode") for p in problems)


@isolate_apps("lms")
def test_an_assessment_step_without_questions_is_reported():
    """A step completed by passing must define questions, or the contract check names it."""

    class QuestionlessTest(LearningStepPage):
        completed_by_passing = True

        class Meta:
            app_label = "lms"

    assert "an assessment step must define questions" in contract_problems(QuestionlessTest)


@pytest.mark.django_db
def test_the_multiplier_page_works_with_completed_toolkit_modules_and_courses(client, make_course, finish):
    """A learner whose completed enrolments include a toolkit module (which trains no multipliers)
    and a course that does sees the page, with only the course offered for opting in."""
    learner = factories.UserFactory()
    module = factories.ToolkitModulePageFactory()
    factories.ToolkitUnitPageFactory(parent=module)
    toolkit_enrolment, _created = learning.enrol(learner, module)
    finish(toolkit_enrolment)
    course, _lessons, _assessment = make_course()
    course.trains_multipliers = True
    course.save_revision().publish()
    course_enrolment, _created = learning.enrol(learner, course)
    finish(course_enrolment)
    client.force_login(learner)
    response = client.get(reverse("lms:multiplier"))
    assert response.status_code == 200
    assert [item["enrolment"].pk for item in response.context["eligible"]] == [course_enrolment.pk]
