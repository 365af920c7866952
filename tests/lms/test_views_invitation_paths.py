"""An invitation explains itself and survives every way into an account: the multiplier's link
names who invites, the course and the Action to anyone who opens it; an account created from it —
by the page's own button, the header's "Create an account", the sign-in page's sign-up link —
joins it trained by the multiplier, one generation further, for their Action; signing in instead
comes back to it; verifying the address afterwards changes none of it."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from lms.models import Enrolment, User
from tests import factories

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "amina.diallo@example.org",
    "full_name": "Amina Diallo",
    "institution": "Direction des migrations",
    "country": "SN",
    "preferred_language": "en",
    "gender": "",
    "role": "trainee",
    "password1": "a sound pass phrase 42",
    "password2": "a sound pass phrase 42",
}
VERIFY_LINK = re.compile(r"https?://[^/\s]+(/\S+/verify-email/\S+/)")


@pytest.fixture
def invitation():
    """A confirmed multiplier (generation 1 of an Action) and their invitation link."""
    action = factories.ActionFactory(name="Gran Chaco")
    cohort = factories.CohortFactory(action=action)
    trainer_enrolment = factories.EnrolmentFactory(
        cohort=cohort, completed=True, user=factories.UserFactory(full_name="Rosa Benítez")
    )
    multiplier = factories.MultiplierFactory(enrolment=trainer_enrolment, confirmed=True, invitation=True)
    multiplier.refresh_from_db()
    token = multiplier.invitation_cohort.invitation_token
    return {
        "multiplier": multiplier,
        "trainer": trainer_enrolment,
        "course": trainer_enrolment.container,
        "url": reverse("lms:join", args=[token]),
    }


def assert_joined(email, invitation):
    enrolment = Enrolment.objects.get(user__email=email)
    trainer = invitation["trainer"]
    assert enrolment.trained_by_id == trainer.pk
    assert enrolment.generation == trainer.generation + 1 == 2
    assert enrolment.action_id == trainer.action_id and enrolment.action.name == "Gran Chaco"
    assert enrolment.cohort_id == invitation["multiplier"].invitation_cohort.pk
    assert enrolment.source == Enrolment.Source.MULTIPLIER
    return enrolment


def test_the_invitation_names_who_invites_the_course_and_the_action_before_sign_in(client, invitation):
    """Anyone with the link sees who invites, to what, for which Action, and the two ways in."""
    response = client.get(invitation["url"])
    page = response.content.decode()
    assert response.status_code == 200
    for text in ("Rosa Benítez", invitation["course"].title, "Gran Chaco", "Create an account and join"):
        assert text in page
    assert f"{reverse('signup')}?next={invitation['url']}" in page.replace("%2F", "/")
    assert f"{reverse('login')}?next={invitation['url']}" in page.replace("%2F", "/")


def _signup_link_from_header(page):
    """The header's "Create an account" link as the page renders it."""
    match = re.search(r'<nav class="account-nav".*?<a href="([^"]+)">Create an account</a>', page, re.S)
    return match.group(1).replace("&amp;", "&")


def _signup_link_on_login_page(page):
    match = re.search(r'New here\?\s*<a href="([^"]+)">Create an account</a>', page)
    return match.group(1).replace("&amp;", "&")


def _path_invitation_button(client, invitation):
    page = client.get(invitation["url"]).content.decode()
    return re.search(r'<a class="button" href="([^"]+)">Create an account and join</a>', page).group(1)


def _path_header_on_invitation(client, invitation):
    return _signup_link_from_header(client.get(invitation["url"]).content.decode())


def _path_header_on_login_page(client, invitation):
    client.get(invitation["url"])
    login = client.get(f"{reverse('login')}?next={invitation['url']}").content.decode()
    return _signup_link_from_header(login)


def _path_login_page_link(client, invitation):
    client.get(invitation["url"])
    login = client.get(f"{reverse('login')}?next={invitation['url']}").content.decode()
    return _signup_link_on_login_page(login)


def _path_plain_signup_after_visit(client, invitation):
    """The invitation opened, then the sign-up page reached by any other link (no `next`)."""
    client.get(invitation["url"])
    return reverse("signup")


@pytest.mark.parametrize(
    "path",
    [
        _path_invitation_button,
        _path_header_on_invitation,
        _path_header_on_login_page,
        _path_login_page_link,
        _path_plain_signup_after_visit,
    ],
    ids=lambda f: f.__name__.removeprefix("_path_"),
)
def test_every_way_to_create_an_account_joins_the_invitation(client, invitation, path):
    """Whichever link leads to the sign-up form, the new account is enrolled through the
    multiplier's invitation: trained by them, generation 2, their Action."""
    signup_url = path(client, invitation)
    page = client.get(signup_url).content.decode()
    assert "Rosa Benítez" in page  # the sign-up page says which invitation it answers
    response = client.post(signup_url, SIGNUP)
    assert response.status_code == 302
    enrolment = assert_joined(SIGNUP["email"], invitation)
    course = invitation["course"].specific
    assert response["Location"] == (course.steps[0] if course.steps else course).url
    assert enrolment.user.full_name == "Amina Diallo"


def test_verifying_the_address_after_signing_up_from_an_invitation_keeps_the_link(
    client, invitation, django_capture_on_commit_callbacks
):
    """The email verification that follows sign-up changes nothing of the cascade position, even
    opened in another browser (no session)."""
    client.get(invitation["url"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("signup"), SIGNUP)
    # The multiplier is told by email as well: the link is in the learner's own message.
    [link] = [found.group(1) for message in mail.outbox if (found := VERIFY_LINK.search(message.body))]
    Client().post(link)
    user = User.objects.get(email=SIGNUP["email"])
    assert user.is_email_verified
    assert_joined(SIGNUP["email"], invitation)


def test_signing_in_from_the_invitation_comes_back_to_it(client, invitation):
    """An existing account signs in (from any link) and lands on the invitation, then joins."""
    learner = factories.UserFactory(email="kofi@example.org")
    client.get(invitation["url"])
    response = client.post(
        reverse("login"), {"username": learner.email, "password": "correct horse battery staple"}
    )
    assert response["Location"] == invitation["url"]
    client.post(invitation["url"])
    assert_joined(learner.email, invitation)


def test_a_closed_invitation_at_sign_up_leaves_a_working_account_and_says_why(client, invitation):
    """An invitation whose multiplier was revoked meanwhile: the account is created, the learner
    is sent back to the invitation page, which says why it does not work."""
    client.get(invitation["url"])
    multiplier = invitation["multiplier"]
    multiplier.confirmed_at = None
    multiplier.save(update_fields=["confirmed_at"])
    response = client.post(reverse("signup"), SIGNUP, follow=True)
    assert User.objects.filter(email=SIGNUP["email"]).exists()
    assert not Enrolment.objects.filter(user__email=SIGNUP["email"]).exists()
    assert response.redirect_chain[-1][0] == invitation["url"]


def test_a_coordinators_invitation_shows_itself_before_sign_in_and_sign_in_returns_to_it(client):
    """A bulk-import invitation opened before signing in names the course, group and Action and
    asks to sign in; after signing in the learner is back on it to accept."""
    action = factories.ActionFactory(name="Costa Rica IV")
    learner = factories.UserFactory(email="listed@example.org")
    invitation = factories.CohortInvitationFactory(
        email="listed@example.org", cohort=factories.CohortFactory(action=action, name="Group San José")
    )
    url = reverse("lms:cohort_invitation", args=[invitation.pk, invitation.token])
    page = client.get(url).content.decode()
    for text in (invitation.cohort.container.title, "Group San José", "Costa Rica IV", "Sign in to answer"):
        assert text in page
    response = client.post(
        reverse("login"), {"username": learner.email, "password": "correct horse battery staple"}
    )
    assert response["Location"] == url
    client.post(url, {"answer": "accept"})
    assert Enrolment.objects.get(user=learner).cohort_id == invitation.cohort_id


def test_an_anonymous_visitor_learns_nothing_from_a_wrong_token(client, invitation):
    assert client.get(reverse("lms:join", args=["not-a-token"])).status_code == 404
    assert "Rosa" not in client.get(reverse("lms:join", args=["not-a-token"])).content.decode()


def test_the_multiplier_can_copy_and_share_the_link(client, invitation):
    """The multiplier's page offers a copy button (a static script, no inline one) and share links
    by email, WhatsApp and Telegram, each carrying the link."""
    client.force_login(invitation["trainer"].user)
    page = client.get(reverse("lms:multiplier")).content.decode()
    token = invitation["multiplier"].invitation_cohort.invitation_token
    assert "js/share-link" in page and "data-copy-target=" in page
    assert "<script>" not in page
    for prefix in ("mailto:?subject=", "https://wa.me/?text=", "https://t.me/share/url?url="):
        start = page.index(prefix)
        assert token in page[start : page.index('"', start)]


def test_the_multiplier_page_names_the_course_in_the_readers_language(client, invitation):
    """A multiplier trained in the English course reads their page in French: the heading and the
    text their share links send carry the course's French title, not the English one."""
    course = invitation["course"].specific
    course.title = "Holistic integration"
    course.save()
    factories.translate(course, "fr", title="Intégration holistique")
    client.force_login(invitation["trainer"].user)
    page = client.get("/fr/learn/multiplier/").content.decode()
    assert ">Intégration holistique</h2>" in page
    mailto = page[page.index("mailto:?subject=") :]
    assert "Int%C3%A9gration%20holistique" in mailto[: mailto.index('"')]
    assert "Holistic integration" not in page
