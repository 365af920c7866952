"""Staff manage accounts in the Wagtail admin with our profile fields (no first/last name)."""

import pytest

from lms.models import User
from tests import factories

pytestmark = pytest.mark.django_db


def test_admin_creates_a_user_with_profile_fields(admin_client):
    """The admin's user form has our full name field (no first or last name) and saves the profile."""
    response = admin_client.get("/admin/users/new/")
    assert response.status_code == 200
    assert 'name="full_name"' in response.content.decode()
    assert 'name="first_name"' not in response.content.decode()
    response = admin_client.post(
        "/admin/users/new/",
        {
            "email": "new.coordinator@example.org",
            "full_name": "Nadia Coordinator",
            "institution": "DGME",
            "country": "CR",
            "preferred_language": "es",
            "gender": "female",
            "role": "other",
            "password1": "a sound pass phrase 42",
            "password2": "a sound pass phrase 42",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    user = User.objects.get(email="new.coordinator@example.org")
    assert (user.full_name, user.country.code, user.preferred_language) == ("Nadia Coordinator", "CR", "es")


def test_admin_edits_a_user(admin_client):
    """The admin's edit form opens with the user's name."""
    user = User.objects.create_user(email="edit.me@example.org", password="x", full_name="Old Name")
    response = admin_client.get(f"/admin/users/edit/{user.pk}/")
    assert response.status_code == 200
    assert "Old Name" in response.content.decode()


def test_admin_page_search_finds_learning_pages(admin_client):
    """The admin's page search finds toolkit modules and lessons by a word of their title."""
    module = factories.ToolkitModulePageFactory(title="Working effectively across cultures")
    lesson = factories.LessonPageFactory(title="Cultures of administration")
    factories.LessonPageFactory(title="Reading a passport")
    response = admin_client.get("/admin/pages/search/", {"q": "cultures"})
    assert response.status_code == 200
    html = response.content.decode()
    assert module.title in html and lesson.title in html
    assert "Reading a passport" not in html
