"""Home and content pages: where they may be created, and that they route, render and preview;
the home page shows its featured learning in the visitor's language."""

import pytest
from wagtail.models import Page

from home.models import ContentPage, HomePage
from tests import factories
from toolkit.models import ToolkitIndexPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def home_tree():
    """The home page, an About page and a page below it."""
    about = factories.ContentPageFactory()
    return {
        "home": factories.english_home(),
        "about": about,
        "sub": factories.ContentPageFactory(parent=about),
    }


def test_parent_and_child_rules(wagtail_asserts):
    """Home pages sit at the root; content pages under the home page or another content page."""
    wagtail_asserts.assertAllowedParentPageTypes(HomePage, {Page})
    wagtail_asserts.assertCanCreateAt(HomePage, ContentPage)
    wagtail_asserts.assertCanCreateAt(ContentPage, ContentPage)
    wagtail_asserts.assertCanNotCreateAt(ToolkitIndexPage, ContentPage)


@pytest.mark.parametrize("name", ["home", "about", "sub"])
def test_pages_route_render_and_preview(wagtail_asserts, home_tree, name):
    """Each page is reached by its address, renders, and previews in the editor."""
    page = home_tree[name]
    wagtail_asserts.assertPageIsRoutable(page)
    wagtail_asserts.assertPageIsRenderable(page)
    wagtail_asserts.assertPageIsPreviewable(page)


def test_home_shows_featured_learning_in_the_visitor_language(client, site_of_every_page_type):
    """Featured pages are picked in English; the French home shows their French versions."""
    response = client.get("/fr/")
    assert "Travailler efficacement à travers les cultures" in response.content.decode()
    response = client.get("/en/")
    assert "Working effectively across cultures" in response.content.decode()
