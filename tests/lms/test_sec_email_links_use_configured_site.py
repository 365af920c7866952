"""Absolute links sent out of the site (password-reset emails of the site and of the admin,
invitation emails, a multiplier's invitation link, certificates, personal data exports) are built
on the configured site address (WAGTAILADMIN_BASE_URL, lms.core.links), never on the Host header
of the request: a request with Host: evil.example cannot put its domain in someone's email."""

import re

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from lms.core.links import site_url
from lms.programme.bulk import send_invitation
from tests import factories

pytestmark = pytest.mark.django_db

SITE = "https://relais.example.org"
FORGED = {"HTTP_HOST": "evil.example"}


@pytest.fixture(autouse=True)
def configured_site():
    # Every host allowed, as in development: the Host header alone must not matter.
    with override_settings(WAGTAILADMIN_BASE_URL=SITE, ALLOWED_HOSTS=["*"]):
        yield


def links(body):
    return re.findall(r"https?://[^\s/]+", body)


@pytest.mark.parametrize("url_name", ["password_reset", "wagtailadmin_password_reset"])
def test_password_reset_email_links_to_the_configured_site(client, url_name):
    """The site's and the admin's password-reset email link to the configured site only."""
    user = factories.UserFactory(email="owner@example.org", is_staff=True)
    response = client.post(reverse(url_name), {"email": user.email}, **FORGED)
    assert response.status_code == 302
    (message,) = mail.outbox
    assert "evil.example" not in message.body
    assert links(message.body) and set(links(message.body)) == {SITE}
    assert re.search(re.escape(SITE) + r"/\S*password.reset\S*/", message.body)


def test_invitation_email_links_to_the_configured_site():
    """The email of an account created by a bulk import links to the configured site."""
    user = factories.UserFactory(password=None)  # created by the import: asked to choose a password
    send_invitation(factories.CohortInvitationFactory(email=user.email), user)
    (message,) = mail.outbox
    assert set(links(message.body)) == {SITE}


def test_a_multipliers_invitation_link_uses_the_configured_site(client):
    """The invitation link a multiplier copies and sends to colleagues is on the configured site."""
    multiplier = factories.MultiplierFactory(confirmed=True, invitation=True)
    client.force_login(multiplier.enrolment.user)
    page = client.get(reverse("lms:multiplier"), **FORGED).content.decode()
    token = multiplier.invitation_cohort.invitation_token
    assert site_url(reverse("lms:join", args=[token])) in page
    assert "evil.example" not in page


def test_personal_data_export_links_to_the_configured_site(client):
    """The certificate verification link in a learner's data export is on the configured site."""
    certificate = factories.CertificateFactory()
    client.force_login(certificate.enrolment.user)
    export = client.get(reverse("lms:my_data"), **FORGED).json()
    url = export["enrolments"][0]["certificate"]["verification_url"]
    assert url == site_url(reverse("certificate_verify", args=[certificate.code]))
