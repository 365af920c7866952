"""Security headers: a Content-Security-Policy with no inline script on every public page and on
the admin's sign-in; nosniff and a referrer policy everywhere."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.parametrize(
    "path", ["/en/", "/fr/toolkit/working-across-cultures/", "/en/accounts/login/", "/admin/login/"]
)
def test_public_pages_allow_no_inline_script(client, path):
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


def test_wagtail_editing_screens_get_their_inline_scripts(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert directives(response)["script-src"] == ["'self'", "'unsafe-inline'"]
