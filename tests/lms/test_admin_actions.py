"""Staff actions in the admin that go through lms.learning.services: revoking a certificate (with a reason)
and confirming a multiplier; certificates cannot be made by hand."""

import pytest
from django.urls import reverse

from lms.cascade import services as cascade
from lms.learning import services as learning
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator_and_multiplier(make_course, make_cohort, make_action, finish):
    """The coordinator of an Action, and a learner of its cohort who finished a course that trains
    multipliers and opted in (not confirmed yet)."""
    action = make_action("Admin Actions Test")
    course, _lessons, _assessment = make_course("key")
    course.trains_multipliers = True
    course.save_revision().publish()
    make_cohort(course, enrolment_key="ADM-1", action=action)
    enrolment = finish(learning.enrol(factories.UserFactory(), course, key="ADM-1")[0])
    coordinator = factories.CoordinatorFactory(actions=[action])
    return coordinator, cascade.become_multiplier(enrolment)


def test_staff_revoke_a_certificate_with_a_reason(admin_client, coordinator_and_multiplier):
    """Revoking needs a reason; with one, the certificate is revoked. Nobody adds a certificate by
    hand."""
    _coordinator, multiplier = coordinator_and_multiplier
    certificate = factories.CertificateFactory(enrolment=multiplier.enrolment)
    url = reverse("certificates:edit", args=[certificate.pk])
    form = admin_client.get(url).content.decode()
    assert "Revoke certificate" in form and ">Save<" not in form  # the form says what it does
    assert admin_client.post(url, {"revoked_note": ""}).status_code == 200  # reason required
    certificate.refresh_from_db()
    assert not certificate.is_revoked
    response = admin_client.post(url, {"revoked_note": "Issued to the wrong person"}, follow=True)
    assert "Revoked the certificate" in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.is_revoked and certificate.revoked_note == "Issued to the wrong person"
    assert admin_client.get(reverse("certificates:add")).status_code in (302, 403)


def test_coordinator_confirms_a_multiplier(client, coordinator_and_multiplier):
    """The Action's coordinator confirms a multiplier in the admin, and is recorded as confirming."""
    coordinator, multiplier = coordinator_and_multiplier
    client.force_login(coordinator)
    url = reverse("multipliers:edit", args=[multiplier.pk])
    assert client.get(url).status_code == 200
    assert client.post(url, {"confirm": "on"}).status_code == 302
    multiplier.refresh_from_db()
    assert multiplier.is_confirmed and multiplier.confirmed_by == coordinator


def test_enrolments_are_read_only_in_the_admin(admin_client, coordinator_and_multiplier):
    """Enrolments change through the verbs of lms.learning.services only: "edit" opens the
    learner's record, and nobody edits or deletes one field by field, not even a superuser."""
    _coordinator, multiplier = coordinator_and_multiplier
    pk = multiplier.enrolment.pk
    assert admin_client.get(reverse("enrolments:inspect", args=[pk])).status_code == 200
    for name in ("enrolments:edit", "enrolments:delete"):
        assert admin_client.post(reverse(name, args=[pk]), {"status": "completed"}).status_code in (302, 403)
    multiplier.enrolment.refresh_from_db()
    assert multiplier.enrolment.status == "completed" and multiplier.enrolment.completed_at is not None
