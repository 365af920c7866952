"""The same sign-up form sent twice at once (a double click, a client retrying after a timeout):
both pass the "address already taken" check before either is saved; the second must be refused
like any taken address, not end in a server error. Found by bench/load.py."""

import pytest

from lms.accounts.forms import SignUpForm
from lms.models import User

SIGNUP = {
    "email": "twice@example.org",
    "full_name": "Twice",
    "institution": "",
    "country": "FR",
    "preferred_language": "en",
    "gender": "",
    "role": "trainee",
    "password1": "a sound pass phrase 42",
    "password2": "a sound pass phrase 42",
}


@pytest.mark.django_db
def test_a_signup_that_loses_the_race_for_its_address_is_refused_cleanly(client, monkeypatch):
    """The second of two simultaneous sign-ups with one address is refused like a taken address,
    signs nobody in, and makes no second account."""
    User.objects.create_user(email="twice@example.org", password="the first request's")
    # The check ran before the first request's account was committed: it saw no account.
    monkeypatch.setattr(SignUpForm, "clean_email", lambda form: form.cleaned_data["email"].lower())
    response = client.post("/en/accounts/signup/", SIGNUP)
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    assert User.objects.filter(email="twice@example.org").count() == 1
    assert "_auth_user_id" not in client.session
