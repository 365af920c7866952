"""Learning content goes through the "Learning content review" workflow (Moderators group)."""

import pytest
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from lms.learning.editorial import REVIEW_WORKFLOW_NAME
from tests import factories

pytestmark = pytest.mark.django_db


def test_lessons_and_units_inherit_the_review_workflow():
    """Units and lessons, however deep, are reviewed by the Moderators group through their tree's
    root (the toolkit or course index), which gets the workflow when it is created."""
    unit = factories.ToolkitUnitPageFactory()
    lesson = factories.LessonPageFactory(parent=factories.ModulePageFactory())
    for page in (unit, lesson):
        workflow = page.get_workflow()
        assert workflow.name == REVIEW_WORKFLOW_NAME
        task = workflow.tasks.get().specific
        assert list(task.groups.all()) == [Group.objects.get(name="Moderators")]


def test_a_new_tree_root_is_put_under_review():
    """A toolkit index created later (for instance in a new site) gets the workflow at once."""
    home = factories.HomePageFactory(parent=factories.english_home().get_parent())
    index = factories.ToolkitIndexPageFactory(parent=home)
    assert index.get_workflow().name == REVIEW_WORKFLOW_NAME


def test_the_review_workflow_covers_learning_trees_only():
    """Home and plain content pages keep Wagtail's default workflow, not the learning review."""
    workflow = factories.english_home().get_workflow()
    assert workflow is None or workflow.name != REVIEW_WORKFLOW_NAME


def test_editor_submits_a_unit_for_moderation(client):
    """An editor's "Submit for moderation" starts the review of a toolkit unit."""
    from wagtail.models import WorkflowState

    client.force_login(factories.EditorFactory())
    unit = factories.ToolkitUnitPageFactory()
    response = client.post(
        f"/admin/pages/{unit.pk}/edit/",
        nested_form_data(
            {
                "title": unit.title,
                "slug": unit.slug,
                "body": streamfield([("paragraph", rich_text("<p>Ready for review.</p>"))]),
                "comments": inline_formset([]),
                "action-submit": "Submit for moderation",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    state = WorkflowState.objects.get(object_id=str(unit.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
