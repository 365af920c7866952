"""Nothing typed is lost: every learner-facing form sent back with an error shows again what the
learner typed or chose (passwords aside, which browsers and Django never send back), and says what
is wrong. One case per form; the same assertion for all."""

import pytest
from django.urls import reverse
from django.utils import timezone

from lms.learning.models import FEEDBACK_ITEMS
from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def _signup(client):
    data = {
        "email": "typed.address@example.org",
        "full_name": "Typed Name Here",
        "institution": "Typed Institution",
        "country": "ML",
        "preferred_language": "fr",
        "gender": "",
        "role": "trainee",
        "password1": "a sound pass phrase 42",
        "password2": "a different phrase 43",
    }
    response = client.post(reverse("signup"), data)
    return response, [
        'value="typed.address@example.org"',
        'value="Typed Name Here"',
        'value="Typed Institution"',
    ]


def _login(client):
    factories.UserFactory(email="known@example.org")
    response = client.post(reverse("login"), {"username": "known@example.org", "password": "wrong one"})
    return response, ['value="known@example.org"']


def _profile(client):
    client.force_login(factories.UserFactory())
    data = {
        "full_name": "",
        "institution": "Typed Ministry",
        "country": "PE",
        "preferred_language": "es",
        "gender": "",
        "role": "trainee",
    }
    response = client.post(reverse("lms:profile"), data)
    return response, ['value="Typed Ministry"', '<option value="PE" selected>']


def _feedback(client):
    enrolment = factories.EnrolmentFactory(completed=True)
    client.force_login(enrolment.user)
    first = FEEDBACK_ITEMS[0][0]
    data = {first: "4", "comment": "Typed comment about the course"}  # the other items left unanswered
    response = client.post(reverse("lms:feedback", args=[enrolment.pk]), data)
    return response, ["Typed comment about the course", f'name="{first}" value="4"']


def _offline_session(client):
    multiplier = factories.MultiplierFactory(confirmed=True, invitation=True)
    client.force_login(multiplier.enrolment.user)
    prefix = f"m{multiplier.pk}"
    data = {
        f"{prefix}-date": timezone.localdate().isoformat(),
        f"{prefix}-place": "Typed Place",
        f"{prefix}-institution": "Typed Directorate",
        f"{prefix}-modules_covered": "Typed modules",
        f"{prefix}-female": "-3",
        f"{prefix}-male": "2",
        f"{prefix}-other": "0",
        f"{prefix}-notes": "Typed notes",
    }
    response = client.post(reverse("lms:record_session", args=[multiplier.pk]), data)
    return response, [
        'value="Typed Place"',
        'value="Typed Directorate"',
        'value="Typed modules"',
        "Typed notes",
        'value="2"',
    ]


def _checkin(client):
    session = factories.MultiplierSessionFactory(date=timezone.localdate())
    data = {"code": session.checkin_code, "institution": "Typed Office", "gender": "not-a-choice"}
    response = client.post(reverse("checkin_code", args=[session.checkin_code]), data)
    return response, ['value="Typed Office"']


def _assessment(client):
    assessment = factories.AssessmentPageFactory(parent=factories.CoursePageFactory())
    enrolment = factories.EnrolmentFactory(container=assessment.get_parent().specific)
    client.force_login(enrolment.user)
    first, second = list(assessment.specific.questions)[:2]
    data = {f"q-{first.id}": "1", "submission_token": "t" * 32}
    response = client.post(reverse("lms:submit_assessment", args=[assessment.pk]), data)
    return response, [f'name="q-{first.id}" value="1" checked', 'href="#question-2"', "Not answered yet"]


def _enrolment_key(client):
    course = factories.CoursePageFactory(enrolment_mode="key")
    factories.CohortFactory(container=course)
    client.force_login(factories.UserFactory())
    response = client.post(reverse("lms:enrol", args=[course.pk]), {"key": "TYPO-KEY-1234"}, follow=True)
    return response, ['value="TYPO-KEY-1234"', "not valid"]


def _certificate_verify(client):
    response = client.get(reverse("certificate_verify_form"), {"code": "ABCDE-NOT-A-CODE"})
    return response, ['value="ABCDE-NOT-A-CODE"']


def _password_reset(client):
    response = client.post(reverse("password_reset"), {"email": "typed-not-an-address"})
    return response, ['value="typed-not-an-address"']


def _delete_account(client):
    client.force_login(factories.UserFactory())
    response = client.post(reverse("lms:delete_account"), {"password": "not mine", "confirm": "on"})
    return response, ['name="confirm"', "checked", "That is not your password."]


FORMS = [
    _signup,
    _login,
    _profile,
    _feedback,
    _offline_session,
    _checkin,
    _assessment,
    _enrolment_key,
    _certificate_verify,
    _password_reset,
    _delete_account,
]


@pytest.mark.parametrize("send", FORMS, ids=lambda f: f.__name__.lstrip("_"))
def test_a_form_sent_back_with_an_error_keeps_what_was_typed(client, send):
    response, expected = send(client)
    page = response.content.decode()
    assert response.status_code in (200, 400, 404, 409), response.status_code
    missing = [text for text in expected if text not in page]
    assert not missing, missing


def test_an_incomplete_assessment_stores_no_attempt_and_names_every_unanswered_question(client):
    """Three questions, the second answered: questions 1 and 3 are named, nothing is stored."""
    course = factories.CoursePageFactory()
    assessment = factories.AssessmentPageFactory(parent=course, questions=factories.question_stream(3))
    enrolment = factories.EnrolmentFactory(container=course)
    client.force_login(enrolment.user)
    blocks = list(assessment.specific.questions)
    data = {f"q-{blocks[1].id}": "0", "submission_token": "u" * 32}
    response = client.post(reverse("lms:submit_assessment", args=[assessment.pk]), data)
    page = response.content.decode()
    assert response.status_code == 400
    unanswered = [n for n in range(1, len(blocks) + 1) if f'href="#question-{n}"' in page]
    assert len(blocks) == 3 and unanswered == [1, 3]
    assert f'name="q-{blocks[1].id}" value="0" checked' in page
    assert enrolment.attempts.count() == 0
