"""After an assessment: a pass that completes the course links to the certificate; a pass with
steps left leads on; a learner out of attempts is told whom to contact — their cohort's contact."""

import pytest
from django.urls import reverse

from lms.learning import services
from lms.models import Certificate
from tests import factories

pytestmark = pytest.mark.django_db


def _answer_all(client, assessment, option):
    data = {f"q-{block.id}": str(option) for block in assessment.specific.questions}
    data["submission_token"] = f"token-{option}-{assessment.pk}"
    return client.post(reverse("lms:submit_assessment", args=[assessment.pk]), data, follow=True)


def test_a_pass_that_completes_the_course_links_to_the_certificate(
    client, learner, make_course, django_capture_on_commit_callbacks
):
    course, lessons, assessment = make_course()
    enrolment, _ = services.enrol(learner, course)
    for lesson in lessons:
        services.complete_step(enrolment, lesson)
    client.force_login(learner)
    with django_capture_on_commit_callbacks(execute=True):
        _answer_all(client, assessment, 0)
    response = client.get(reverse("lms:attempt", args=[enrolment.attempts.get().pk]))
    certificate = Certificate.objects.get(enrolment=enrolment)
    page = response.content.decode()
    assert reverse("lms:certificate_pdf", args=[certificate.code]) in page
    assert reverse("certificate_verify", args=[certificate.code]) in page


def test_a_pass_with_steps_left_leads_to_the_next_one(client, learner, make_course):
    course, lessons, assessment = make_course()
    services.enrol(learner, course)
    client.force_login(learner)
    page = _answer_all(client, assessment, 0).content.decode()
    assert "You passed." in page
    assert f'href="{lessons[0].url}"' in page
    assert "certificate_pdf" not in page


def test_out_of_attempts_the_learner_sees_their_cohorts_contact(client, learner, make_course):
    course, _lessons, assessment = make_course(mode="key", max_attempts=1)
    cohort = factories.CohortFactory(
        container=course, contact_name="Lucía Méndez", contact_email="lucia.mendez@example.org"
    )
    services.enrol(learner, course, key=cohort.enrolment_key)
    client.force_login(learner)
    page = _answer_all(client, assessment, 1).content.decode()
    assert "Contact your coordinator" in page
    assert "Lucía Méndez" in page and 'href="mailto:lucia.mendez@example.org"' in page
    page = client.get(assessment.url).content.decode()
    assert "Lucía Méndez" in page and 'href="mailto:lucia.mendez@example.org"' in page


def test_without_a_contact_no_empty_line_is_shown(client, learner, make_course):
    course, _lessons, assessment = make_course(max_attempts=1)
    services.enrol(learner, course)
    client.force_login(learner)
    page = _answer_all(client, assessment, 1).content.decode()
    assert "Your coordinator:" not in page
