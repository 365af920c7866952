"""Email verification: a person counts once they have shown they read the address they signed up
with. Sign-up sends one link on the configured site address; the link confirms once, expires, and
an expired one offers a new link; new links are limited per account; a new address must be
verified again (forgetting a person is not a new address); choosing a password through an emailed
link verifies; unverified learners see a quiet banner and are not held back from learning."""

import re
import time

import pytest
from django.core import mail, signing
from django.test import override_settings
from wagtail.models import ModelLogEntry

from lms.accounts import verification
from lms.models import Enrolment, User
from lms.privacy.services import forget_learner
from lms.programme import bulk
from tests import factories

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "Nadia.Kone@example.org",
    "full_name": "Nadia Koné",
    "institution": "",
    "country": "ML",
    "preferred_language": "fr",
    "gender": "",
    "role": "trainee",
    "password1": "a sound pass phrase 42",
    "password2": "a sound pass phrase 42",
}
LINK = re.compile(r"https?://\S+/verify-email/\S+/")


def link_in(message):
    return LINK.search(message.body).group(0)


def path_of(link):
    return "/" + link.split("://", 1)[1].split("/", 1)[1]


def token_made_days_ago(user, days, monkeypatch):
    """A genuine token signed `days` ago (the signer's clock set back while it signs)."""
    then = int(time.time()) - days * 24 * 3600
    with monkeypatch.context() as patched:
        patched.setattr(signing.TimestampSigner, "timestamp", lambda self: signing.b62_encode(then))
        return verification.verification_token(user)


def verified_entries(user):
    return ModelLogEntry.objects.filter(object_id=str(user.pk), action=verification.VERIFY_ACTION)


@override_settings(WAGTAILADMIN_BASE_URL="https://relais.example.org")
def test_signup_sends_one_link_on_the_configured_site_not_the_request_host(
    client, django_capture_on_commit_callbacks
):
    """The new account is not verified; exactly one email goes to it, in the learner's language,
    with a link on the configured site address even when the request came in under another Host."""
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/accounts/signup/", SIGNUP, HTTP_HOST="attacker.example.net")
    assert response.status_code == 302
    user = User.objects.get(email="nadia.kone@example.org")
    assert user.email_verified_at is None
    assert not User.objects.verified().filter(pk=user.pk).exists()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nadia.kone@example.org"]
    link = link_in(message)
    assert link.startswith("https://relais.example.org/fr/accounts/verify-email/")
    assert "attacker" not in message.body


def test_link_asks_for_a_click_then_verifies_once(client):
    """Opening the link confirms nothing (mail scanners open links); the button does, once, with
    an audit entry; the same link afterwards only says the address is already confirmed."""
    user = factories.UserFactory(unverified=True)
    path = path_of(verification.verification_link(user))
    page = client.get(path)
    assert page.status_code == 200
    assert "Confirm my address" in page.content.decode()
    user.refresh_from_db()
    assert user.email_verified_at is None

    done = client.post(path)
    assert "your email address is confirmed" in done.content.decode()
    user.refresh_from_db()
    verified_at = user.email_verified_at
    assert verified_at is not None
    assert User.objects.verified().filter(pk=user.pk).exists()
    assert verified_entries(user).count() == 1

    again = client.post(path)
    assert "already confirmed" in again.content.decode()
    user.refresh_from_db()
    assert user.email_verified_at == verified_at
    assert verified_entries(user).count() == 1


@pytest.mark.parametrize(
    "token",
    ["nonsense", "eyJ1c2VyIjoxfQ:1tNbad:forgedsignature", signing.dumps({"user": 1}, salt="other")],
)
def test_a_damaged_or_forged_link_is_refused_clearly(client, token):
    """A token that is not ours (or not for this purpose) gets a page saying so, and verifies nobody."""
    factories.UserFactory(unverified=True)
    response = client.get(f"/en/accounts/verify-email/{token}/")
    assert response.status_code == 404
    assert "is not valid" in response.content.decode()
    assert not User.objects.verified().exists()


@override_settings(RELAIS_EMAIL_VERIFICATION_DAYS=7)
def test_an_expired_link_is_refused_and_offers_a_new_one(
    client, monkeypatch, django_capture_on_commit_callbacks
):
    """A link older than RELAIS_EMAIL_VERIFICATION_DAYS verifies nothing, even posted; its page offers
    a new link, which arrives at the account's address and works. Six days old still works."""
    user = factories.UserFactory(unverified=True)
    expired = token_made_days_ago(user, 8, monkeypatch)
    page = client.get(f"/en/accounts/verify-email/{expired}/")
    assert page.status_code == 410
    assert "has expired" in page.content.decode()
    assert 'name="token"' in page.content.decode()
    assert client.post(f"/en/accounts/verify-email/{expired}/").status_code == 410
    user.refresh_from_db()
    assert user.email_verified_at is None

    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post("/en/accounts/verify-email/resend/", {"token": expired})
    assert "A new link is on its way" in sent.content.decode()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [user.email]
    client.post(path_of(link_in(mail.outbox[0])))
    user.refresh_from_db()
    assert user.email_verified_at is not None

    recent = factories.UserFactory(unverified=True)
    client.post(f"/en/accounts/verify-email/{token_made_days_ago(recent, 6, monkeypatch)}/")
    recent.refresh_from_db()
    assert recent.email_verified_at is not None


def test_new_links_are_limited_to_three_an_hour_per_account(client, django_capture_on_commit_callbacks):
    """The banner's button sends a link three times in an hour, then says to wait; another
    account keeps its own allowance."""
    user = factories.UserFactory(unverified=True)
    client.force_login(user)
    for _ in range(verification.RESENDS_PER_HOUR):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/en/accounts/verify-email/resend/")
        assert response.status_code == 302
    assert len(mail.outbox) == 3
    with django_capture_on_commit_callbacks(execute=True):
        refused = client.post("/en/accounts/verify-email/resend/")
    assert refused.status_code == 429
    assert len(mail.outbox) == 3

    client.force_login(factories.UserFactory(unverified=True))
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/en/accounts/verify-email/resend/").status_code == 302
    assert len(mail.outbox) == 4


def test_resend_needs_an_account(client):
    """Nobody signed in and no link: sign in first; a verified account is told there is nothing to do."""
    response = client.post("/en/accounts/verify-email/resend/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(factories.UserFactory())
    assert "already confirmed" in client.post("/en/accounts/verify-email/resend/").content.decode()
    assert client.get("/en/accounts/verify-email/resend/").status_code == 405
    assert len(mail.outbox) == 0


def test_a_new_address_must_be_verified_again(client):
    """Changing the address (here as an administrator's form would, by saving the user) empties
    the verification, in the audit log; links sent to the old address no longer verify."""
    user = factories.UserFactory()
    old_link = path_of(verification.verification_link(user))
    user.email = "new.address@example.org"
    user.save()
    user.refresh_from_db()
    assert user.email_verified_at is None
    assert not User.objects.verified().filter(pk=user.pk).exists()
    assert ModelLogEntry.objects.filter(
        object_id=str(user.pk), action=verification.ADDRESS_CHANGE_ACTION
    ).exists()
    assert client.post(old_link).status_code == 404
    user.refresh_from_db()
    assert user.email_verified_at is None

    # Saving only the address resets it as well.
    other = factories.UserFactory()
    other.email = "moved@example.org"
    other.save(update_fields=["email"])
    other.refresh_from_db()
    assert other.email_verified_at is None

    # Other profile changes, and the same address in other case, keep it.
    kept = factories.UserFactory(email="same@example.org")
    kept.institution = "Ministry of Labour"
    kept.email = "same@example.org"
    kept.save()
    kept.refresh_from_db()
    assert kept.email_verified_at is not None


def test_forgetting_a_person_keeps_whether_they_counted(make_course):
    """Deletion replaces the address, but who counted before still counts and who did not, does not."""
    course, _lessons, _assessment = make_course()
    counted, not_counted = factories.UserFactory(), factories.UserFactory(unverified=True)
    for person in (counted, not_counted):
        factories.EnrolmentFactory(user=person, container=course)
        forget_learner(person)
    assert User.objects.verified().filter(pk=counted.pk).exists()
    assert User.objects.unverified().filter(pk=not_counted.pk).exists()


def test_choosing_a_password_from_the_bulk_invitation_verifies_the_address(client):
    """A person a coordinator imported gets an invitation to choose a password, sent to their
    address: choosing it proves the address."""
    user = factories.UserFactory(unverified=True, password=None)
    link = path_of(bulk.password_link(user))
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "a new sound phrase 7", "new_password2": "a new sound phrase 7"},
    )
    user.refresh_from_db()
    assert user.check_password("a new sound phrase 7")
    assert user.email_verified_at is not None
    assert verified_entries(user).get().data["how"] == "password link"


def test_unverified_learners_see_a_quiet_banner_and_keep_learning(client, make_course):
    """My learning tells an unverified learner they are not counted until they verify, with a
    button for a new link; they can enrol all the same. A verified learner sees no banner."""
    course, _lessons, _assessment = make_course()
    learner = factories.UserFactory(unverified=True)
    client.force_login(learner)
    page = client.get("/en/learn/").content.decode()
    assert "not counted in the programme" in page
    assert "/en/accounts/verify-email/resend/" in page
    assert "/en/how-we-count/" in page
    client.post(f"/en/learn/enrol/{course.pk}/")
    assert Enrolment.objects.filter(user=learner).exists()

    client.force_login(factories.UserFactory())
    assert "not counted in the programme" not in client.get("/en/learn/").content.decode()


def test_verified_can_be_asked_as_of_a_date():
    """Reporting asks who was verified by a date: someone verified later is not among them."""
    early = factories.UserFactory()
    later = factories.UserFactory(unverified=True)
    cut = early.email_verified_at
    verification.verify_email(later)
    assert set(User.objects.verified(as_of=cut)) == {early}
    assert set(User.objects.verified()) == {early, later}
