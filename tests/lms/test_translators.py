"""Translation for the people who translate: the Translators group and Editors may translate
pages (simple_translation's "Translate"), and a translation's edit form says which fields still
read as in the source language, with the source's words."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Locale

from lms.learning.translation import untranslated_fields
from tests import factories

pytestmark = pytest.mark.django_db

# The attribute by which Wagtail's editor form saves itself.
AUTOSAVES = "data-w-autosave-interval-value"


def test_translators_and_editors_may_translate():
    """The permission that the README's "Translate" needs is held by both groups."""
    for name in ("Translators", "Editors"):
        group = Group.objects.get(name=name)
        assert group.permissions.filter(
            content_type__app_label="simple_translation", codename="submit_translation"
        ).exists(), name


def test_a_translator_translates_a_course_and_sees_what_is_left(client):
    """A translator's "Translate" copies the course into French; its edit form then names the
    fields still in English with their English words, and stops naming a field once translated.
    Translators add and change pages but do not publish (the review workflow does)."""
    course = factories.CoursePageFactory(title="Holistic integration", summary="How partners integrate.")
    factories.translate(course.get_parent(), "fr")  # the course index, translated already
    translator = factories.StaffFactory(groups=["Translators"])
    client.force_login(translator)
    french = Locale.objects.get(language_code="fr")
    response = client.post(
        reverse("simple_translation:submit_page_translation", args=[course.pk]), {"locales": [french.pk]}
    )
    assert response.status_code == 302
    translation = course.get_translation(french).specific
    edit = reverse("wagtailadmin_pages:edit", args=[translation.pk])
    response = client.get(edit)
    assert response.status_code == 200
    [message] = [str(m) for m in get_messages(response.wsgi_request) if "Not translated yet" in str(m)]
    assert "Holistic integration" in message and "How partners integrate." in message
    translation.title = "Intégration holistique"
    translation.save_revision()
    left = untranslated_fields(translation.get_latest_revision_as_object(), ["title", "slug", "summary"])
    assert [str(label) for label, _value in left] == ["Summary"]
    assert not translation.permissions_for_user(translator).can_publish()


def test_the_source_language_shows_no_hint(admin_client):
    """An English page is the source: nothing to say."""
    course = factories.CoursePageFactory(title="Holistic integration")
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[course.pk]))
    assert not [m for m in get_messages(response.wsgi_request) if "Not translated yet" in str(m)]


def test_add_forms_do_not_autosave_but_edit_forms_do(admin_client):
    """An abandoned "Add" form leaves no draft: Wagtail's autosave (whose first save creates the
    page or snippet) is off on Add forms, and stays on in edit forms."""
    course = factories.CoursePageFactory()
    add_page = reverse("wagtailadmin_pages:add", args=["courses", "modulepage", course.pk])
    add_action = reverse("wagtailsnippets_lms_action:add")
    for url in (add_page, add_action):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert AUTOSAVES not in body and "w-autosave-indicator" not in body, url
    assert (
        AUTOSAVES in admin_client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).content.decode()
    )
    action = factories.ActionFactory()
    edit_action = reverse("wagtailsnippets_lms_action:edit", args=[action.pk])
    assert AUTOSAVES in admin_client.get(edit_action).content.decode()


@pytest.mark.parametrize("group", ["Translators", "Editors"])
def test_translating_a_page_whose_parent_is_not_translated_says_so(client, group):
    """A language whose parent page is not translated yet, chosen anyway (a form opened before the
    parent's translation was deleted, a second tab), is refused in the form with the parent's name
    and language; nothing is copied, and the server does not fail."""
    course = factories.CoursePageFactory(title="Holistic integration")
    module = factories.ModulePageFactory(parent=course, title="First steps")
    client.raise_request_exception = False
    client.force_login(factories.StaffFactory(groups=[group]))
    french = Locale.objects.get(language_code="fr")
    url = reverse("simple_translation:submit_page_translation", args=[module.pk])
    response = client.post(url, {"locales": [french.pk]})
    assert response.status_code == 200
    assert "“Holistic integration” is not in French yet" in response.content.decode()
    assert module.get_translation_or_none(french) is None
    factories.translate(course, "fr")
    response = client.post(url, {"locales": [french.pk]})
    assert response.status_code == 302
    assert module.get_translation_or_none(french) is not None
