"""Security class: assessment answers stay secret while they matter.

The right answers of an assessment (and the explanations that give them away) are shown with a
passed attempt only (lms.learning.grading.right_answers_shown). A learner who fails every attempt
allowed — or a throwaway account failing on purpose — sees their own answers, which questions
were not right and the lessons to revisit, never the right options they did not choose."""

import pytest
from django.urls import reverse

from lms.models import AssessmentAttempt
from tests import factories

pytestmark = pytest.mark.django_db

EXPLANATION = "Explained: the capital has been San José since 1823."


def question(text, kind, options, explanation=""):
    return {
        "type": "question",
        "value": {
            "question": text,
            "kind": kind,
            "points": 1,
            "explanation": explanation,
            "options": [{"text": option, "is_correct": correct} for option, correct in options],
        },
    }


@pytest.fixture
def course():
    """A course: a module with two lessons, then an assessment (3 attempts, pass mark 50%) with a
    single-choice and a multiple-choice question whose options have distinct texts."""
    course = factories.CoursePageFactory(enrolment_mode="open", pass_mark=50)
    module = factories.ModulePageFactory(parent=course)
    lessons = [factories.LessonPageFactory(parent=module, title=f"Revisit me {n}") for n in (1, 2)]
    assessment = factories.AssessmentPageFactory(
        parent=module,
        max_attempts=3,
        questions=[
            question(
                "Capital of Costa Rica?",
                "single",
                [("San José", True), ("Puerto Limón", False)],
                explanation=EXPLANATION,
            ),
            question(
                "Which are border agencies?",
                "multiple",
                [("Alpha Directorate", True), ("Beta Service", True), ("Gamma Club", False)],
            ),
        ],
    )
    return course, lessons, assessment


def submit(client, assessment, chosen, token):
    """Post the assessment form with `chosen` ({question number: [option positions]})."""
    data = {"submission_token": token}
    for number, block in enumerate(assessment.questions):
        data[f"q-{block.id}"] = [str(position) for position in chosen[number]]
    response = client.post(reverse("lms:submit_assessment", args=[assessment.pk]), data)
    assert response.status_code == 302
    return client.get(response["Location"]).content.decode()


def test_three_failed_attempts_show_no_right_answer(client, course):
    """Failing all three attempts (Puerto Limón; Alpha and Gamma) shows the learner's own answers
    and links to the module's lessons, and none of the right options not chosen (San José, Beta
    Service), nor the explanation, on any attempt page or on the assessment page."""
    course_page, lessons, assessment = course
    learner = factories.UserFactory()
    client.force_login(learner)
    client.post(reverse("lms:enrol", args=[course_page.pk]))
    results = [submit(client, assessment, {0: [1], 1: [0, 2]}, token=f"t{n}") for n in range(3)]
    assert AssessmentAttempt.objects.filter(enrolment__user=learner, passed=False).count() == 3
    last = results[-1]
    assert "You have used all the attempts allowed" in last
    for result in results:
        for secret in ("San José", "Beta Service", EXPLANATION, "correct answer"):
            assert secret not in result
        for own in ("Puerto Limón", "Alpha Directorate", "Gamma Club"):
            assert own in result
        for lesson in lessons:
            assert f'href="{lesson.url}"' in result and lesson.title in result
    for attempt in AssessmentAttempt.objects.filter(enrolment__user=learner):
        page = client.get(reverse("lms:attempt", args=[attempt.pk])).content.decode()
        assert "San José" not in page and "Beta Service" not in page
    page = client.get(assessment.url).content.decode()  # the form is gone: no option at all
    for secret in ("San José", "Beta Service", EXPLANATION, "correct answer", "is_correct"):
        assert secret not in page


def test_a_passed_attempt_shows_the_right_answers(client, course):
    """Once passed (no attempt left to use them on), the right answers and explanations show."""
    course_page, _lessons, assessment = course
    client.force_login(factories.UserFactory())
    client.post(reverse("lms:enrol", args=[course_page.pk]))
    result = submit(client, assessment, {0: [0], 1: [2]}, token="pass")
    assert "You passed" in result
    assert "Beta Service" in result and "correct answer" in result and EXPLANATION in result
    assert "Lessons to revisit" not in result
