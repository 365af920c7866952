"""The toolkit tree: index → module → unit, and nowhere else; each page routes, renders and
previews, and the admin creates them."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import CoursePage
from home.models import HomePage
from tests import factories
from toolkit.models import ToolkitIndexPage, ToolkitModulePage, ToolkitUnitPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def toolkit_tree():
    """The toolkit index, a module and a unit."""
    unit = factories.ToolkitUnitPageFactory()
    module = unit.get_parent().specific
    return {"index": module.get_parent().specific, "module": module, "unit": unit}


def test_parent_and_child_rules(wagtail_asserts):
    """Modules sit in the toolkit index, units in a module, and nowhere else."""
    check = wagtail_asserts
    check.assertAllowedParentPageTypes(ToolkitIndexPage, {HomePage})
    check.assertAllowedSubpageTypes(ToolkitIndexPage, {ToolkitModulePage})
    check.assertAllowedParentPageTypes(ToolkitModulePage, {ToolkitIndexPage})
    check.assertAllowedSubpageTypes(ToolkitModulePage, {ToolkitUnitPage})
    check.assertAllowedParentPageTypes(ToolkitUnitPage, {ToolkitModulePage})
    check.assertAllowedSubpageTypes(ToolkitUnitPage, set())
    check.assertCanNotCreateAt(CoursePage, ToolkitUnitPage)


def test_one_toolkit_index_per_home():
    """A home page takes a toolkit index, and only one."""
    home = factories.english_home()
    assert ToolkitIndexPage.can_create_at(home)
    factories.ToolkitIndexPageFactory(parent=home)
    assert not ToolkitIndexPage.can_create_at(home)


@pytest.mark.parametrize("name", ["index", "module", "unit"])
def test_pages_route_render_and_preview(wagtail_asserts, toolkit_tree, name):
    """Each page of the tree is reached by its address, renders, and previews in the editor."""
    page = toolkit_tree[name]
    wagtail_asserts.assertPageIsRoutable(page)
    wagtail_asserts.assertPageIsRenderable(page)
    wagtail_asserts.assertPageIsPreviewable(page)


def test_editor_creates_a_module_and_a_unit(wagtail_asserts, toolkit_tree):
    """The admin create forms accept a module and a unit with a key takeaway and a reflection."""
    wagtail_asserts.assertCanCreate(
        toolkit_tree["index"],
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
    wagtail_asserts.assertCanCreate(
        toolkit_tree["module"],
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
