"""Security headers: a Content-Security-Policy with no inline script on every page, the admin's
included; nosniff and a referrer policy everywhere."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.parametrize(
    "path", ["/en/", "/fr/toolkit/working-across-cultures/", "/en/accounts/login/", "/admin/login/"]
)
def test_public_pages_allow_no_inline_script(client, site_of_every_page_type, path):
    """Home, a translated toolkit module, the learner's sign-in and the admin's: a strict policy,
    and nothing in the page it would block."""
    response = client.get(path)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "<script>" not in response.content.decode()  # nothing the policy would block


@pytest.mark.parametrize(
    "name", ["wagtailadmin_home", "wagtailadmin_explore_root", "wagtailusers_users:index"]
)
def test_admin_pages_allow_no_inline_script_either(admin_client, name):
    """Wagtail's own inline initialisers are sent as data (relais/middleware.py); the permission
    matrix checks that no page or chooser of the admin has an inline script left."""
    response = admin_client.get(reverse(name))
    assert response.status_code == 200
    assert directives(response)["script-src"] == ["'self'"]
    assert "js/admin-init.js" in response.content.decode()
