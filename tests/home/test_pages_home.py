"""Home and content pages, and the rule that every page model has a factory."""

import inspect

from django.apps import apps
from wagtail.models import Page, get_page_models

from home.models import ContentPage, HomePage
from tests import factories
from tests.pages import RelaisPageTestCase
from toolkit.models import ToolkitIndexPage


class HomeTreeTests(RelaisPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = factories.english_home()
        cls.about = factories.ContentPageFactory(parent=cls.home)
        cls.sub = factories.ContentPageFactory(parent=cls.about)

    def setUp(self):
        self.login()

    def test_parent_and_child_rules(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(HomePage, ContentPage)
        self.assertCanCreateAt(ContentPage, ContentPage)
        self.assertCanNotCreateAt(ToolkitIndexPage, ContentPage)

    def test_pages_route_render_and_preview(self):
        for page in (self.home, self.about, self.sub):
            with self.subTest(page=page.title):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
                self.assertPageIsPreviewable(page)

    def test_home_shows_featured_learning_in_the_visitor_language(self):
        """Featured pages are picked in English; the French home shows their French versions."""
        response = self.client.get("/fr/")
        self.assertContains(response, "Travailler efficacement à travers les cultures")
        response = self.client.get("/en/")
        self.assertContains(response, "Working effectively across cultures")


def test_every_page_model_has_a_factory():
    """A new page type must come with a factory, so tests and benchmarks can build it."""
    ours = {
        model
        for model in get_page_models()
        if model._meta.app_label in {"home", "courses", "toolkit"} and not model._meta.abstract
    }
    covered = {
        factory._meta.model
        for _name, factory in inspect.getmembers(factories, inspect.isclass)
        if hasattr(factory, "_meta") and getattr(factory._meta, "model", None) is not None
    }
    assert ours, "no page models found"
    assert ours <= covered, f"page models without a factory: {ours - covered}"
    assert apps.get_model("lms", "User") in covered
