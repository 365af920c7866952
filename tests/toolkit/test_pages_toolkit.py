"""The toolkit tree: index → module → unit, and nowhere else."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import CoursePage
from home.models import HomePage
from tests import factories
from tests.pages import RelaisPageTestCase
from toolkit.models import ToolkitIndexPage, ToolkitModulePage, ToolkitUnitPage


class ToolkitTreeTests(RelaisPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = factories.english_home()
        cls.index = ToolkitIndexPage.objects.child_of(cls.home).get()
        cls.module = factories.ToolkitModulePageFactory(parent=cls.index)
        cls.unit = factories.ToolkitUnitPageFactory(parent=cls.module)

    def setUp(self):
        self.login()

    def test_parent_and_child_rules(self):
        self.assertAllowedParentPageTypes(ToolkitIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ToolkitIndexPage, {ToolkitModulePage})
        self.assertAllowedParentPageTypes(ToolkitModulePage, {ToolkitIndexPage})
        self.assertAllowedSubpageTypes(ToolkitModulePage, {ToolkitUnitPage})
        self.assertAllowedParentPageTypes(ToolkitUnitPage, {ToolkitModulePage})
        self.assertAllowedSubpageTypes(ToolkitUnitPage, set())
        self.assertCanNotCreateAt(CoursePage, ToolkitUnitPage)
        self.assertFalse(ToolkitIndexPage.can_create_at(self.home))

    def test_pages_route_render_and_preview(self):
        for page in (self.index, self.module, self.unit):
            with self.subTest(page=page.specific_class.__name__):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
                self.assertPageIsPreviewable(page)

    def test_editor_creates_a_module_and_a_unit(self):
        self.assertCanCreate(
            self.index,
            ToolkitModulePage,
            nested_form_data(
                {
                    "title": "Coaching peers",
                    "slug": "coaching-peers",
                    "summary": "How to coach a colleague after a training.",
                    "learning_outcomes": rich_text(""),
                    "comments": inline_formset([]),
                }
            ),
        )
        self.assertCanCreate(
            self.module,
            ToolkitUnitPage,
            nested_form_data(
                {
                    "title": "Asking good questions",
                    "slug": "asking-good-questions",
                    "body": streamfield(
                        [
                            ("key_takeaway", {"text": rich_text("<p>Listen more than you speak.</p>")}),
                            (
                                "reflection",
                                {
                                    "prompt": "When did a question change your mind?",
                                    "guidance": rich_text(""),
                                },
                            ),
                        ]
                    ),
                    "comments": inline_formset([]),
                }
            ),
        )
