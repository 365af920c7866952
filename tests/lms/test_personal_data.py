"""A learner downloads everything Relais holds about them (JSON) and deletes their account: the
person is forgotten (name, email, comments, notes, sheets, exports, sign-in records), the Action's
figures stay as they were."""

import json
import os

import pytest
from axes.models import AccessAttempt
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from lms.cascade import services as cascade
from lms.learning import services as learning
from lms.models import Certificate, FeedbackResponse, ReportExport, User
from lms.reporting import exports
from lms.reporting.reach import reach_of
from tests import factories
from tests.lms.cascade_helpers import certified

pytestmark = pytest.mark.django_db

PASSWORD = "a-Long-enough-passw0rd"
PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.fixture
def history(make_course, make_cohort, make_action, finish):
    """Amina finished a multiplier course through an Action, answered the survey with a comment,
    became a multiplier and recorded a session with an attendance sheet."""
    action = make_action("Data Action")
    course, lessons, _assessment = make_course("key")
    course.trains_multipliers = True
    course.save_revision().publish()
    make_cohort(course, enrolment_key="DATA-1", action=action)
    amina = factories.UserFactory(full_name="Amina Data", email="amina.data@example.org", gender="female")
    amina.set_password(PASSWORD)
    amina.save()
    enrolment = finish(learning.enrol(amina, course, key="DATA-1")[0])
    learning.issue_certificate(enrolment)
    learning.record_feedback(
        enrolment,
        ratings={"objectives_clear": 5, "relevant": 5, "real_difference": 4, "would_recommend": 5},
        comment="It changed how we run interviews.",
    )
    multiplier = certified(enrolment)
    session = cascade.record_session(
        multiplier,
        date=timezone.localdate(),
        place="San José",
        institution="Ministry",
        modules_covered="Interviews",
        female=3,
        male=2,
        other=0,
        notes="Ana, José and three colleagues.",
        sheet=SimpleUploadedFile("names.pdf", PDF),
    )
    other = factories.UserFactory(full_name="Someone Else")
    learning.enrol(other, course, key="DATA-1")
    return {"user": amina, "enrolment": enrolment, "session": session, "action": action, "course": course}


def test_a_learner_downloads_all_their_data(client, history):
    """My data is a JSON download, never stored by a cache, with the learner's profile, enrolments,
    completions, attempts with their answers in words, certificate, survey and sessions, and no one
    else's data."""
    client.force_login(history["user"])
    response = client.get(reverse("lms:my_data"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["profile"]["email"] == "amina.data@example.org"
    (enrolment,) = data["enrolments"]
    assert enrolment["course"] == history["course"].title and enrolment["action"] == "Data Action"
    assert len(enrolment["steps_completed"]) == 2
    assert enrolment["assessment_attempts"][0]["passed"] is True
    first_answer = enrolment["assessment_attempts"][0]["answers"][0]
    assert first_answer["question"] and all(isinstance(text, str) for text in first_answer["chosen"])
    code = Certificate.objects.get(enrolment=history["enrolment"]).code
    assert enrolment["certificate"]["code"] == code
    assert enrolment["certificate"]["verification_url"].endswith(f"/{code}/")
    assert enrolment["survey"]["comment"] == "It changed how we run interviews."
    assert enrolment["multiplier_sessions"][0]["notes"] == "Ana, José and three colleagues."
    assert "Someone Else" not in response.content.decode()


def test_my_data_needs_a_sign_in(client):
    """My data sends a visitor to sign in."""
    response = client.get(reverse("lms:my_data"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_deletion_needs_the_password(client, history):
    """Deleting one's account needs one's password."""
    client.force_login(history["user"])
    response = client.post(reverse("lms:delete_account"), {"password": "not it", "confirm": "on"})
    assert response.status_code == 200 and "not your password" in response.content.decode()
    assert User.objects.filter(email="amina.data@example.org").exists()


def test_deletion_forgets_the_person_and_keeps_the_figures(client, admin_client, history):
    """Deleting one's account forgets the person (name, address, password, free texts, attendance
    sheets, exports, sign-in records) and keeps the reach of their Action; they can no longer sign
    in."""
    user, action = history["user"], history["action"]
    before = reach_of(action)
    sheet_path = history["session"].attendance_sheet.path
    export = exports.request_report_export(user, "enrolments", "")
    AccessAttempt.objects.create(
        username=user.email, ip_address="10.0.0.1", user_agent="x", failures_since_start=2
    )
    client.force_login(user)
    page = client.get(reverse("lms:delete_account"))
    assert page.status_code == 200 and reverse("lms:my_data") in page.content.decode()
    response = client.post(reverse("lms:delete_account"), {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session

    user.refresh_from_db()
    assert (user.email, user.full_name, user.is_active, user.has_usable_password()) == (
        f"forgotten-{user.pk}@invalid.example",
        "—",
        False,
        False,
    )
    assert FeedbackResponse.objects.get(enrolment=history["enrolment"]).comment == ""
    history["session"].refresh_from_db()
    assert history["session"].notes == "" and not history["session"].attendance_sheet
    assert not os.path.exists(sheet_path)
    assert not ReportExport.objects.filter(pk=export.pk).exists()
    assert not AccessAttempt.objects.filter(username="amina.data@example.org").exists()
    after = reach_of(action)
    assert (after.direct, after.offline, after.total) == (before.direct, before.offline, before.total)
    code = Certificate.objects.get(enrolment=history["enrolment"]).code
    assert "Amina" not in client.get(reverse("certificate_verify", args=[code])).content.decode()
    assert (
        client.post(
            reverse("login"), {"username": "amina.data@example.org", "password": PASSWORD}
        ).status_code
        == 200
    )


def test_someone_who_never_enrolled_is_deleted_outright(client):
    """An account with no enrolment is deleted, not kept anonymised."""
    user = factories.UserFactory()
    user.set_password(PASSWORD)
    user.save()
    client.force_login(user)
    client.post(reverse("lms:delete_account"), {"password": PASSWORD, "confirm": "on"})
    assert not User.objects.filter(pk=user.pk).exists()
