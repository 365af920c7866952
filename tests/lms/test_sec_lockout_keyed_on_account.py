"""The sign-in lockout counts wrong passwords per account, however its address is typed: letter
case, surrounding spaces and Unicode compatibility forms (NFKC) are one account with one count,
on the site's sign-in and on the admin's (/admin/login/). Signing in finds the account by the same
canonical address, so every spelling that is counted is also a spelling that signs in."""

import pytest
from axes.models import AccessAttempt
from django.test import RequestFactory
from django.urls import reverse

from lms.accounts.lockout import lockout_username
from lms.accounts.models import User, canonical_email
from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "a-Long-enough-passw0rd"
# Ten spellings of target@example.org: cases, spaces, full-width letters and digits (NFKC folds
# them), and a full-width commercial at.
SPELLINGS = [
    "Target@Example.org",
    "  target@example.org",
    "target@example.org  ",
    "TARGET@EXAMPLE.ORG",
    "ｔａｒｇｅｔ@example.org",
    "ＴＡＲＧＥＴ@ＥＸＡＭＰＬＥ.ＯＲＧ",
    "target＠example.org",
    "tArGeT@eXaMpLe.OrG",
    " Target@EXAMPLE.org ",
    "target@example.org",
]


def staff_account(email):
    user = factories.UserFactory(email=email, is_staff=True, is_superuser=True)
    user.set_password(PASSWORD)
    user.save()
    return user


def attempt(client, url, email, password):
    return client.post(url, {"username": email, "password": password})


def test_every_spelling_folds_to_the_stored_address():
    """canonical_email is what accounts are stored, found and counted under."""
    assert {canonical_email(spelling) for spelling in SPELLINGS} == {"target@example.org"}
    assert canonical_email(None) is None


def test_axes_counts_under_the_canonical_address():
    """The name axes keys its count on is the canonical address, whether it comes from the
    authentication credentials or from the posted form."""
    request = RequestFactory().post("/", {"username": " ＴＡＲＧＥＴ@Example.org"})
    assert lockout_username(request) == "target@example.org"
    assert lockout_username(request, {"username": "Target@EXAMPLE.org "}) == "target@example.org"


@pytest.mark.parametrize("url_name", ["login", "wagtailadmin_login"])
def test_ten_wrong_passwords_in_any_spelling_lock_the_account(client, url_name):
    """Ten wrong passwords typed under ten spellings of one address lock that account: the
    eleventh, in yet another spelling, and then the right password in any spelling are refused;
    axes holds a single record for the account; another account still signs in."""
    staff_account("target@example.org")
    bystander = staff_account("bystander@example.org")
    url = reverse(url_name)
    for number, spelling in enumerate(SPELLINGS, start=1):
        response = attempt(client, url, spelling, "wrong")
        assert response.status_code == 200, f"attempt {number} ({spelling!r}) answered {response.status_code}"
    assert list(AccessAttempt.objects.values_list("username", "failures_since_start")) == [
        ("target@example.org", 10)
    ]
    assert attempt(client, url, "TaRgEt@example.ORG", "wrong").status_code == 429
    for spelling in ("target@example.org", " ＴＡＲＧＥＴ@example.org "):
        assert attempt(client, url, spelling, PASSWORD).status_code == 429
    assert "_auth_user_id" not in client.session
    assert attempt(client, url, bystander.email, PASSWORD).status_code == 302


@pytest.mark.parametrize("url_name", ["login", "wagtailadmin_login"])
def test_any_spelling_with_the_right_password_signs_in(client, url_name):
    """Sign-in finds the account by the same canonical address the lockout counts under."""
    user = staff_account("target@example.org")
    response = attempt(client, reverse(url_name), " ＴＡＲＧＥＴ@Example.ORG ", PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_accounts_are_stored_under_the_canonical_address(client):
    """Sign-up and account creation store the canonical address, so a second spelling of a taken
    address is refused at sign-up rather than becoming a second account with its own count."""
    created = User.objects.create_user(" ＡＭＩＮＡ@Example.org ", password=PASSWORD, full_name="Amina")
    assert created.email == "amina@example.org"
    response = client.post(
        reverse("signup"),
        {
            "email": "Amina@EXAMPLE.org",
            "full_name": "Someone Else",
            "preferred_language": "en",
            "role": "trainee",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 200
    assert User.objects.filter(email__iexact="amina@example.org").count() == 1
