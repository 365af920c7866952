"""The learner's pages: accounts, enrolment, lessons, assessments, My learning, certificates,
feedback — and nobody sees anybody else's."""

import re

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from lms.learning import services as learning
from lms.models import AssessmentAttempt, Certificate, Enrolment, FeedbackResponse, User
from tests import factories

from .conftest import answers

pytestmark = pytest.mark.django_db


def completed_enrolment(user, make_course):
    course, lessons, assessment = make_course()
    enrolment, _created = learning.enrol(user, course)
    for lesson in lessons:
        learning.complete_step(enrolment, lesson)
    attempt = learning.submit_assessment(
        enrolment, assessment, answers(assessment), submission_token=f"v{user.pk}"
    )
    enrolment.refresh_from_db()
    certificate = learning.issue_certificate(enrolment)
    return enrolment, attempt, certificate


# Accounts


def test_signup_creates_the_account_signs_in_and_follows_the_language(client):
    """Signing up creates the account (email lower-cased, profile kept), signs the learner in and sends them
    to My learning in the language they chose."""
    response = client.post(
        "/en/accounts/signup/",
        {
            "email": "New.Learner@Example.org",
            "full_name": "Nouvelle Apprenante",
            "institution": "Ministère de l'Intérieur",
            "country": "BJ",
            "preferred_language": "fr",
            "gender": "",
            "role": "trainee",
            "password1": "a sound pass phrase 42",
            "password2": "a sound pass phrase 42",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/fr/learn/"
    user = User.objects.get(email="new.learner@example.org")
    assert user.country.code == "BJ" and user.gender == ""
    assert client.get("/fr/learn/").context["user"] == user


def test_signup_cannot_take_over_an_existing_account(client):
    """An address already in use, in any case, is refused; the existing account keeps its name and
    password."""
    existing = factories.UserFactory(email="taken@example.org")
    response = client.post(
        "/en/accounts/signup/",
        {
            "email": "TAKEN@example.org",
            "full_name": "Intruder",
            "preferred_language": "en",
            "role": "other",
            "password1": "a sound pass phrase 42",
            "password2": "a sound pass phrase 42",
        },
    )
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    existing.refresh_from_db()
    assert existing.full_name != "Intruder" and existing.check_password("correct horse battery staple")


def test_signup_reports_bad_input(client):
    """A malformed address, an empty name once sanitised and mismatched passwords are each reported on the
    form."""
    response = client.post(
        "/en/accounts/signup/",
        {"email": "not-an-email", "full_name": "<b></b>", "password1": "1", "password2": "2"},
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert {"email", "full_name", "password2"} <= set(form.errors)


def test_login_sends_the_learner_to_their_language(client):
    """Signing in leads to My learning in the learner's preferred language and remembers it in the language
    cookie."""
    factories.UserFactory(email="es@example.org", preferred_language="es")
    response = client.post(
        "/en/accounts/login/", {"username": "es@example.org", "password": "correct horse battery staple"}
    )
    assert response.status_code == 302 and response["Location"] == "/es/learn/"
    assert response.cookies["django_language"].value == "es"


def test_password_reset_mails_a_working_link(client):
    """The reset mail carries a link that leads to a form which sets the new password."""
    user = factories.UserFactory(email="forgot@example.org")
    client.post("/en/accounts/password-reset/", {"email": "forgot@example.org"})
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/\S+)", mail.outbox[0].body).group(1)
    response = client.get(link, follow=True)
    assert response.status_code == 200
    response = client.post(
        response.redirect_chain[-1][0],
        {"new_password1": "another sound phrase 7", "new_password2": "another sound phrase 7"},
    )
    user.refresh_from_db()
    assert user.check_password("another sound phrase 7")


def test_profile_edits_every_field(client, learner):
    """The profile form changes every field and answers in the newly chosen language."""
    client.force_login(learner)
    response = client.post(
        "/en/learn/profile/",
        {
            "full_name": "Renamed",
            "institution": "DGME",
            "country": "CR",
            "preferred_language": "es",
            "gender": "undisclosed",
            "role": "expert",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/es/learn/profile/"
    learner.refresh_from_db()
    assert (learner.full_name, learner.country.code, learner.gender, learner.role) == (
        "Renamed",
        "CR",
        "undisclosed",
        "expert",
    )


# Enrolment and lessons


def test_visitors_see_the_outline_but_not_the_lessons(client, make_course):
    """A visitor who is not enrolled sees a lesson's place in the outline and an invitation to enrol, not its
    text."""
    course, lessons, _assessment = make_course()
    lesson_text = "Adults learn best from their own experience."
    response = client.get(lessons[0].url)
    html = response.content.decode()
    assert response.status_code == 200
    assert lesson_text not in html and lessons[1].title in html and "Enrol to open this lesson" in html


def test_enrolled_learner_reads_marks_complete_and_continues(client, learner, make_course):
    """Enrolling opens the first lesson; marking it complete leads to the next, and the course page offers to
    continue there."""
    course, lessons, assessment = make_course()
    client.force_login(learner)
    response = client.post(reverse("lms:enrol", args=[course.pk]))
    assert response.status_code == 302 and response["Location"] == lessons[0].url
    assert "Adults learn best" in client.get(lessons[0].url).content.decode()
    response = client.post(reverse("lms:complete", args=[lessons[0].pk]))
    assert response["Location"] == lessons[1].url
    html = client.get(course.url).content.decode()
    assert "Continue where you left off" in html and lessons[1].url in html


def test_wrong_key_gives_a_clear_message(client, learner, make_course, make_cohort):
    """A key that is no cohort's of this course is refused with a message, and enrols nobody."""
    course, _lessons, _assessment = make_course("key")
    make_cohort(course, enrolment_key="HOLI-2026")
    client.force_login(learner)
    response = client.post(reverse("lms:enrol", args=[course.pk]), {"key": "NOPE"}, follow=True)
    assert "This enrolment key is not valid for this course" in response.content.decode()
    assert not Enrolment.objects.filter(user=learner).exists()


def test_invitation_link_enrols_after_confirmation(client, learner, make_course, make_cohort):
    """An invitation link shows the course and enrols only once confirmed (source: invitation); an unknown
    token is a 404."""
    course, lessons, _assessment = make_course("invitation")
    cohort = make_cohort(course)
    client.force_login(learner)
    url = reverse("lms:join", args=[cohort.invitation_token])
    assert course.title in client.get(url).content.decode()
    assert not Enrolment.objects.filter(user=learner).exists()
    assert client.post(url)["Location"] == lessons[0].url
    assert Enrolment.objects.get(user=learner).source == "invitation"
    assert client.get(reverse("lms:join", args=["bad-token"])).status_code == 404


def test_assessment_form_result_and_retry(client, learner, make_course):
    """The assessment form hides the answers; sending the same form twice records one attempt; a failed
    attempt with attempts left does not reveal the right answers."""
    course, _lessons, assessment = make_course(max_attempts=2)
    client.force_login(learner)
    client.post(reverse("lms:enrol", args=[course.pk]))
    html = client.get(assessment.url).content.decode()
    token = re.search(r'name="submission_token" value="([0-9a-f]+)"', html).group(1)
    assert "is_correct" not in html
    wrong = {f"q-{qid}": value for qid, value in answers(assessment, right=False).items()}
    response = client.post(
        reverse("lms:submit_assessment", args=[assessment.pk]), {**wrong, "submission_token": token}
    )
    again = client.post(
        reverse("lms:submit_assessment", args=[assessment.pk]), {**wrong, "submission_token": token}
    )
    assert response["Location"] == again["Location"]
    assert AssessmentAttempt.objects.filter(enrolment__user=learner).count() == 1
    result = client.get(response["Location"]).content.decode()
    assert "You did not pass this time" in result and "correct answer" not in result  # attempts remain
    assert "1 attempt left" in result


# My learning, certificates, feedback


def test_my_learning_queries_do_not_grow_with_enrolments(client, make_course):
    """My learning costs as many queries for 30 courses and toolkit modules as for one."""
    one, many = factories.UserFactory(), factories.UserFactory()
    courses = [make_course()[0] for _ in range(25)]
    learning.enrol(one, courses[0])
    for course in courses:
        learning.enrol(many, course)
    for _ in range(5):
        module = factories.ToolkitModulePageFactory()
        factories.ToolkitUnitPageFactory(parent=module)
        learning.enrol(many, module)

    def count(user):
        client.force_login(user)
        client.get("/en/learn/")
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/en/learn/")
        return len(captured), len(response.context["rows"])

    (few_queries, few_rows), (many_queries, many_rows) = count(one), count(many)
    assert (few_rows, many_rows) == (1, 30)
    assert few_queries == many_queries


def test_certificate_pdf_and_public_verification(client, learner, make_course):
    """The learner downloads their certificate as a PDF; anyone can verify its code, and a revoked certificate
    says so with its date, not the internal reason."""
    enrolment, _attempt, certificate = completed_enrolment(learner, make_course)
    client.force_login(learner)
    response = client.get(reverse("lms:certificate_pdf", args=[certificate.code]))
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    client.logout()
    html = client.get(reverse("certificate_verify", args=[certificate.code])).content.decode()
    assert "This certificate is valid" in html and learner.full_name in html
    learning.revoke_certificate(certificate, by=learner, note="Issued by mistake")
    html = client.get(reverse("certificate_verify", args=[certificate.code])).content.decode()
    assert "has been revoked" in html and "Revoked on" in html and "Issued by mistake" not in html


def test_unknown_codes_say_not_found_and_guessing_is_rate_limited(client):
    """An unknown certificate code is a 404 that says so; guessing codes one after another is rate limited."""
    response = client.get("/en/certificates/verify/", {"code": "guess-0"})
    assert response.status_code == 404 and "No certificate has this code" in response.content.decode()
    statuses = [client.get(f"/en/certificates/verify/guess-{n}/").status_code for n in range(1, 30)]
    assert 429 in statuses and statuses.index(429) <= 20


def test_feedback_survey_once_after_completion(client, learner, make_course):
    """The end-of-course survey refuses ratings off the scale, sanitises the comment and is answered once."""
    enrolment, _attempt, _certificate = completed_enrolment(learner, make_course)
    client.force_login(learner)
    url = reverse("lms:feedback", args=[enrolment.pk])
    assert "real difference" in client.get(url).content.decode()
    data = {
        "objectives_clear": 5,
        "relevant": 4,
        "real_difference": 5,
        "would_recommend": 5,
        "comment": "<img src=x onerror=alert(1)>Useful",
    }
    assert client.post(url, {**data, "real_difference": 9}).status_code == 200  # out of scale
    assert client.post(url, data).status_code == 302
    assert FeedbackResponse.objects.get(enrolment=enrolment).comment == "Useful"
    assert client.get(url).status_code == 302


# Privacy: a permission matrix over every learner URL that names an object


@pytest.fixture
def owned(learner, make_course):
    enrolment, attempt, certificate = completed_enrolment(learner, make_course)
    return {
        "attempt": reverse("lms:attempt", args=[attempt.pk]),
        "certificate": reverse("lms:certificate_pdf", args=[certificate.code]),
        "feedback": reverse("lms:feedback", args=[enrolment.pk]),
        "withdraw": reverse("lms:withdraw", args=[enrolment.pk]),
    }


@pytest.mark.parametrize("name", ["attempt", "certificate", "feedback", "withdraw"])
@pytest.mark.parametrize("who", ["anonymous", "other learner", "staff"])
def test_nobody_else_reaches_a_learners_objects(client, owned, name, who):
    """A learner's attempt, certificate, survey and withdrawal are theirs only: a visitor is asked to sign in,
    another learner and even a superuser get a 404."""
    method = client.post if name == "withdraw" else client.get
    if who == "anonymous":
        response = method(owned[name])
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        return
    client.force_login(factories.UserFactory(is_staff=(who == "staff"), is_superuser=(who == "staff")))
    assert method(owned[name]).status_code == 404


@pytest.mark.parametrize(
    "url",
    ["/en/learn/", "/en/learn/profile/"],
)
def test_learner_pages_need_an_account(client, url):
    """The learner's pages send a visitor to sign in, in the language of the address."""
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/en/accounts/login/")


def test_state_changing_urls_refuse_get(client, learner, make_course):
    """Enrolling, completing a step and submitting an assessment answer POST only."""
    course, lessons, assessment = make_course()
    client.force_login(learner)
    for url in (
        reverse("lms:enrol", args=[course.pk]),
        reverse("lms:complete", args=[lessons[0].pk]),
        reverse("lms:submit_assessment", args=[assessment.pk]),
    ):
        assert client.get(url).status_code == 405


def test_ids_that_are_not_learning_pages_answer_404(client, learner):
    """Enrolling in or completing a page that is not a course or a step, or that does not exist, is a 404."""
    client.force_login(learner)
    home_id = factories.english_home().pk
    assert client.post(reverse("lms:enrol", args=[home_id])).status_code == 404
    assert client.post(reverse("lms:complete", args=[home_id])).status_code == 404
    assert client.post(reverse("lms:enrol", args=[999999])).status_code == 404


def test_certificate_codes_are_unguessable():
    """Certificate codes are long random strings (at least 22 characters)."""
    assert Certificate._meta.get_field("code").default().__len__() >= 22


def test_my_learning_shows_a_course_in_the_language_being_read(client, make_course):
    """Enrolled through the English course, reading the site in French: the French translation,
    with the progress made in English, and "Continue" leading to the French lesson."""
    english, _lessons, _assessment = make_course()
    french = factories.translate_tree(english, "fr")
    learner = factories.UserFactory()
    enrolment = learning.enrol(learner, english)[0]
    learning.complete_step(enrolment, english.steps[0])
    client.force_login(learner)

    (row,) = client.get("/fr/learn/").context["rows"]
    assert row.container.pk == french.pk
    assert row.progress.done == 1
    assert row.progress.next_step.locale_id == french.locale_id
    assert row.progress.next_step.translation_key == english.steps[1].translation_key
    html = client.get("/fr/learn/").content.decode()
    assert row.progress.next_step.url in html and escape(french.title) in html
    (row,) = client.get("/en/learn/").context["rows"]
    assert row.container.pk == english.pk
    # Russian has no translation of the course: the English one, as enrolled.
    (row,) = client.get("/ru/learn/").context["rows"]
    assert row.container.pk == english.pk
