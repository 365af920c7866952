"""Sign-in throttling (django-axes) on the site and in the admin: ten wrong passwords for one
account are answered as wrong passwords; the eleventh failed attempt is refused, then every attempt
for 15 minutes, even with the right password; other accounts are not affected."""

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "a-Long-enough-passw0rd"


def attempt(client, url, email, password):
    return client.post(url, {"username": email, "password": password})


@pytest.mark.parametrize("url_name", ["login", "wagtailadmin_login"])
def test_the_eleventh_failed_attempt_is_refused(client, url_name):
    """After ten wrong passwords for an account, the eleventh attempt and even the right password
    are refused, on the learner's and the admin's sign-in; another account still signs in from the
    same place."""
    user = factories.UserFactory(email="target@example.org", is_staff=True, is_superuser=True)
    user.set_password(PASSWORD)
    user.save()
    bystander = factories.UserFactory(email="bystander@example.org", is_staff=True, is_superuser=True)
    bystander.set_password(PASSWORD)
    bystander.save()
    url = reverse(url_name)
    for number in range(1, 11):
        response = attempt(client, url, user.email, "wrong")
        assert response.status_code == 200, f"attempt {number} answered {response.status_code}"
    assert attempt(client, url, user.email, "wrong").status_code == 429
    refused = attempt(client, url, user.email, PASSWORD)
    assert refused.status_code == 429
    assert "Too many attempts" in refused.content.decode()
    assert "_auth_user_id" not in client.session
    # Another account signs in from the same place.
    assert attempt(client, url, bystander.email, PASSWORD).status_code == 302


def test_the_lockout_ends_after_fifteen_minutes(client):
    """A locked account signs in again once fifteen minutes have passed."""
    from axes.models import AccessAttempt

    user = factories.UserFactory(email="patient@example.org")
    user.set_password(PASSWORD)
    user.save()
    url = reverse("login")
    for _ in range(11):
        attempt(client, url, user.email, "wrong")
    assert attempt(client, url, user.email, PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    assert attempt(client, url, user.email, PASSWORD).status_code == 302


def test_a_good_password_resets_the_count(client):
    """Signing in with the right password starts the count of failures again."""
    user = factories.UserFactory(email="forgetful@example.org")
    user.set_password(PASSWORD)
    user.save()
    url = reverse("login")
    for _ in range(10):
        attempt(client, url, user.email, "wrong")
    assert attempt(client, url, user.email, PASSWORD).status_code == 302
    client.logout()
    for _ in range(10):
        assert attempt(client, url, user.email, "wrong").status_code == 200
    assert attempt(client, url, user.email, PASSWORD).status_code == 302


def test_a_new_password_ends_the_lockout(client):
    """The lockout page offers a password reset, and the new password signs in at once."""
    user = factories.UserFactory(email="locked@example.org")
    user.set_password(PASSWORD)
    user.save()
    url = reverse("login")
    for _ in range(11):
        attempt(client, url, user.email, "wrong")
    refused = attempt(client, url, user.email, PASSWORD)
    assert refused.status_code == 429 and reverse("password_reset") in refused.content.decode()
    client.post(reverse("password_reset"), {"email": user.email})
    link = re.search(r"https?://[^/\s]+(/\S+/password-reset/\S+/)", mail.outbox[-1].body).group(1)
    form_page = client.get(link, follow=True)
    new_password = "another-Long-passw0rd"
    client.post(
        form_page.redirect_chain[-1][0], {"new_password1": new_password, "new_password2": new_password}
    )
    assert attempt(client, url, user.email, new_password).status_code == 302


def test_the_admin_lockout_looks_like_the_admin(client):
    """The admin's lockout page is drawn like the admin and offers the admin's password reset."""
    user = factories.UserFactory(email="staff-locked@example.org", is_staff=True)
    for _ in range(11):
        response = attempt(client, reverse("wagtailadmin_login"), user.email, "wrong")
    assert response.status_code == 429
    assert "lms/admin/locked_out.html" in [t.name for t in response.templates]
    assert reverse("wagtailadmin_password_reset") in response.content.decode()
