"""The user model: email is the login, case does not matter, and the profile fields exist."""

import pytest
from django.contrib.auth import authenticate
from django.db import IntegrityError
from django.http import HttpRequest

from lms.models import Gender, Role, User

pytestmark = pytest.mark.django_db


def test_email_is_the_login_and_is_normalised():
    """The email address, lower-cased, is the login whatever its case; a new user is a trainee with
    no gender stated."""
    user = User.objects.create_user(
        email="Ana.Perez@Example.ORG", password="a long pass phrase", full_name="Ana Pérez"
    )
    assert user.email == "ana.perez@example.org"
    signing_in = HttpRequest()  # django-axes checks every sign-in against its request
    assert authenticate(signing_in, username="ANA.PEREZ@example.org", password="a long pass phrase") == user
    assert user.get_full_name() == "Ana Pérez"
    assert user.role == Role.TRAINEE
    assert user.gender == ""


def test_email_is_unique_whatever_the_case():
    """Two accounts cannot share an address that differs only in case."""
    User.objects.create_user(email="dup@example.org", password="x", full_name="One")
    with pytest.raises(IntegrityError):
        User.objects.create_user(email="DUP@example.org", password="x", full_name="Two")


def test_profile_fields_hold_report_dimensions():
    """Country, language, gender and role are kept as the reports count them."""
    user = User.objects.create_user(
        email="k@example.org",
        password="x",
        full_name="Aibek",
        institution="Council for Migration",
        country="KG",
        preferred_language="ru",
        gender=Gender.PREFER_NOT_TO_SAY,
        role=Role.EXPERT,
    )
    user.refresh_from_db()
    assert user.country.name == "Kyrgyzstan"
    assert user.get_gender_display() == "Prefer not to say"


def test_superuser_is_staff():
    """A superuser can sign in to the admin."""
    admin = User.objects.create_superuser(email="root@example.org", password="x", full_name="Root")
    assert admin.is_staff and admin.is_superuser
