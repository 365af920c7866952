"""Security class: coordinators revoke the certificates of their own Actions, and nobody else's.

The Coordinators group may change certificates (a data migration gives it the permission); which
ones is decided by the one scoping policy (lms.programme.scoping.scope). The reason for revoking
is for staff: the public verification page says only that the certificate was revoked and when,
and the revoke form says so."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import ModelLogEntry

from lms.models import Certificate
from lms.programme.scoping import COORDINATORS
from tests import factories

pytestmark = pytest.mark.django_db

REASON = "Internal: the learner shared an account with a colleague."


@pytest.fixture
def two_actions(make_action, make_cohort, make_course):
    """A certificate in each of two Actions, and a coordinator of the first."""
    certificates = {}
    for name in ("Mine", "Theirs"):
        action = make_action(f"Action {name}")
        course, _lessons, _assessment = make_course("key")
        cohort = make_cohort(course, enrolment_key=f"KEY-{name.upper()}", action=action)
        enrolment = factories.EnrolmentFactory(cohort=cohort, completed=True)
        certificates[name] = factories.CertificateFactory(enrolment=enrolment)
        certificates[f"{name} action"] = action
    coordinator = factories.CoordinatorFactory(actions=[certificates["Mine action"]])
    return certificates, coordinator


def test_the_coordinators_group_may_change_certificates():
    """The migration gave the group the permission the README promises."""
    group = Group.objects.get(name=COORDINATORS)
    assert group.permissions.filter(content_type__app_label="lms", codename="change_certificate").exists()


def test_a_coordinator_revokes_a_certificate_of_their_action(client, two_actions):
    """The revoke form says which text the public verification page shows and which it never
    shows; posting it revokes and logs."""
    certificates, coordinator = two_actions
    client.force_login(coordinator)
    url = reverse("certificates:edit", args=[certificates["Mine"].pk])
    form = client.get(url)
    assert form.status_code == 200
    assert "Reason shown publicly" in form.content.decode()
    assert "Internal note (not shown publicly)" in form.content.decode()
    assert client.post(url, {"revoked_note": REASON}).status_code == 302
    revoked = Certificate.objects.get(pk=certificates["Mine"].pk)
    assert revoked.is_revoked and revoked.revoked_by == coordinator and revoked.revoked_note == REASON
    assert ModelLogEntry.objects.filter(
        action="lms.certificate.revoke", object_id=str(revoked.pk), user=coordinator
    ).exists()


def test_a_coordinator_cannot_revoke_or_see_another_actions_certificate(client, two_actions):
    """Another Action's certificate is not listed and its edit page is a 404, GET or POST."""
    certificates, coordinator = two_actions
    client.force_login(coordinator)
    listing = client.get(reverse("certificates:index")).content.decode()
    assert certificates["Mine"].code in listing and certificates["Theirs"].code not in listing
    url = reverse("certificates:edit", args=[certificates["Theirs"].pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"revoked_note": REASON}).status_code == 404
    assert not Certificate.objects.get(pk=certificates["Theirs"].pk).is_revoked


def test_a_learner_cannot_revoke(client, two_actions):
    """The certificate's own holder has no admin at all."""
    certificates, _coordinator = two_actions
    client.force_login(certificates["Mine"].enrolment.user)
    url = reverse("certificates:edit", args=[certificates["Mine"].pk])
    assert client.post(url, {"revoked_note": REASON}).status_code in (302, 403, 404)
    assert not Certificate.objects.get(pk=certificates["Mine"].pk).is_revoked


def test_the_public_page_shows_the_revocation_date_not_its_reason(client, two_actions):
    """Anyone verifying a revoked certificate reads "revoked on <date>", never the internal reason."""
    certificates, coordinator = two_actions
    client.force_login(coordinator)
    client.post(reverse("certificates:edit", args=[certificates["Mine"].pk]), {"revoked_note": REASON})
    client.logout()
    page = client.get(reverse("certificate_verify", args=[certificates["Mine"].code])).content.decode()
    assert "This certificate has been revoked." in page and "Revoked on" in page
    assert "shared an account" not in page and "Reason" not in page
