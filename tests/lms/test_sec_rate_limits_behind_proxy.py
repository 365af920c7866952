"""Rate limits and the sign-in lockout key on the client's address as client_address() reads it:
REMOTE_ADDR, and X-Forwarded-For only when the direct peer is a configured trusted proxy
(RELAIS_TRUSTED_PROXIES), from the right: the first address that is not a trusted proxy."""

import pytest
from axes.models import AccessAttempt
from django.test import RequestFactory, override_settings
from django.urls import reverse

from lms.core.ratelimit import client_address
from lms.learning import views as learner_views
from tests import factories

pytestmark = pytest.mark.django_db

PROXIES = ["10.0.0.0/8", "2001:db8:ffff::1"]


def request_from(peer, forwarded=None):
    extra = {"REMOTE_ADDR": peer}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_trusted_proxies_a_forwarded_header_is_ignored():
    """The default: REMOTE_ADDR alone, whatever X-Forwarded-For claims."""
    assert client_address(request_from("198.51.100.4", "203.0.113.9")) == "198.51.100.4"
    assert client_address(request_from("10.0.0.2", "203.0.113.9")) == "10.0.0.2"


@override_settings(RELAIS_TRUSTED_PROXIES=PROXIES)
@pytest.mark.parametrize(
    "peer, forwarded, client",
    [
        # An untrusted peer forging the header: its own address.
        ("198.51.100.4", "203.0.113.9", "198.51.100.4"),
        # Through the proxy: the address the proxy saw, not what the client wrote to the left.
        ("10.0.0.2", "1.2.3.4, 203.0.113.9", "203.0.113.9"),
        # Through two trusted proxies: the right-most untrusted address.
        ("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.1.2.3", "203.0.113.9"),
        ("2001:db8:ffff::1", "2001:db8::77", "2001:db8::77"),
        # The proxy wrote nothing, or something that is not an address: the proxy's own.
        ("10.0.0.2", None, "10.0.0.2"),
        ("10.0.0.2", "not-an-address, 10.0.0.9", "10.0.0.9"),
    ],
)
def test_forwarded_header_is_read_only_from_trusted_proxies(peer, forwarded, client):
    assert client_address(request_from(peer, forwarded)) == client


def login_failure(client, **headers):
    return client.post(reverse("login"), {"username": "someone@example.org", "password": "wrong"}, **headers)


@pytest.mark.parametrize(
    "trusted, headers, recorded",
    [
        ([], {"REMOTE_ADDR": "198.51.100.4", "HTTP_X_FORWARDED_FOR": "203.0.113.9"}, "198.51.100.4"),
        (PROXIES, {"REMOTE_ADDR": "198.51.100.4", "HTTP_X_FORWARDED_FOR": "203.0.113.9"}, "198.51.100.4"),
        (PROXIES, {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "1.1.1.1, 203.0.113.9"}, "203.0.113.9"),
    ],
)
def test_the_sign_in_lockout_records_the_client_address(client, trusted, headers, recorded):
    """django-axes takes its address from client_address (AXES_CLIENT_IP_CALLABLE)."""
    with override_settings(RELAIS_TRUSTED_PROXIES=trusted):
        assert login_failure(client, **headers).status_code == 200
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [recorded]


@override_settings(RELAIS_TRUSTED_PROXIES=PROXIES)
def test_enrolment_key_limit_keys_on_the_client_behind_the_proxy(
    client, make_course, make_cohort, monkeypatch
):
    """Wrong keys from one client, sent through the proxy by ever new accounts with ever new forged
    addresses on the left of X-Forwarded-For, use up that client's allowance; another client
    behind the same proxy still enrols with the right key. The refusal is the 429 page."""
    monkeypatch.setattr(learner_views, "KEY_FAILURES", {"per_account": 10, "per_address": 3})
    course, _lessons, _assessment = make_course("key")
    make_cohort(course, enrolment_key="RIGHT-KEY")
    url = reverse("lms:enrol", args=[course.pk])

    def post(key, client_ip, forged):
        client.force_login(factories.UserFactory())
        headers = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": f"{forged}, {client_ip}"}
        return client.post(url, {"key": key}, follow=True, **headers)

    for number in range(3):
        post("WRONG-KEY", "203.0.113.9", forged=f"192.0.2.{number}")
    refused = post("RIGHT-KEY", "203.0.113.9", forged="192.0.2.200")
    assert refused.status_code == 429 and "Too many attempts" in refused.content.decode()
    assert "429.html" in [template.name for template in refused.templates]  # the site's 429 page
    allowed = post("RIGHT-KEY", "203.0.113.10", forged="192.0.2.1")
    assert "Too many attempts" not in allowed.content.decode()
    assert allowed.context["user"].enrolments.count() == 1
