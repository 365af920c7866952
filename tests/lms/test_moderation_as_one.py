"""A course or module is moderated as one piece: submitting it submits its changed pages with it,
one approval publishes them all together, and sending it back takes them out of review with it."""

import pytest
from wagtail.models import Page, WorkflowState

from tests import factories

pytestmark = pytest.mark.django_db


def state_of(page):
    return WorkflowState.objects.filter(object_id=str(page.pk)).order_by("-created_at").first()


@pytest.fixture
def course_with_drafts():
    """A live course with a module of three lessons; the module and two lessons have drafts."""
    course = factories.CoursePageFactory(title="Holistic integration")
    module = factories.ModulePageFactory(parent=course)
    lessons = [factories.LessonPageFactory(parent=module) for _ in range(3)]
    for page, title in (
        (module, "Module, revised"),
        (lessons[0], "Lesson 1, revised"),
        (lessons[1], "Lesson 2, revised"),
    ):
        page.title = title
        page.save_revision()
    editor, moderator = factories.EditorFactory(), factories.ModeratorFactory()
    course.save_revision(user=editor)
    course.get_workflow().start(course, editor)
    return {"course": course, "module": module, "lessons": lessons, "moderator": moderator, "editor": editor}


def test_submitting_a_course_submits_its_changed_pages(course_with_drafts):
    """The module and the two edited lessons are in review with the course; the untouched lesson
    is not."""
    world = course_with_drafts
    for page in (world["module"], *world["lessons"][:2]):
        assert state_of(page).status == WorkflowState.STATUS_IN_PROGRESS, page.title
    assert state_of(world["lessons"][2]) is None


def test_one_approval_publishes_the_whole_course(course_with_drafts):
    """The moderator approves the course once: the course, the module and both lessons go live in
    the same transaction, nothing stays half-published."""
    world = course_with_drafts
    state_of(world["course"]).current_task_state.specific.approve(user=world["moderator"])
    for page in (world["course"], world["module"], *world["lessons"]):
        page = Page.objects.get(pk=page.pk)
        assert not page.has_unpublished_changes, page.title
    assert Page.objects.get(pk=world["lessons"][1].pk).title == "Lesson 2, revised"
    assert all(
        state_of(p).status == WorkflowState.STATUS_APPROVED for p in (world["module"], *world["lessons"][:2])
    )


def test_sending_the_course_back_takes_its_pages_out_of_review(course_with_drafts):
    """Rejected: nothing is published, and its pages leave review with it, to be submitted again
    with it."""
    world = course_with_drafts
    state_of(world["course"]).current_task_state.specific.reject(user=world["moderator"])
    for page in (world["module"], *world["lessons"][:2]):
        assert state_of(page).status == WorkflowState.STATUS_CANCELLED
        assert Page.objects.get(pk=page.pk).has_unpublished_changes
    world["course"].save_revision(user=world["editor"])
    state_of(world["course"]).resume(user=world["editor"])  # "Resubmit" after changes
    assert state_of(world["module"]).status == WorkflowState.STATUS_IN_PROGRESS


def test_a_lesson_alone_is_still_reviewed_alone(course_with_drafts):
    """Submitting one lesson does not pull its siblings in."""
    lesson = factories.LessonPageFactory(parent=factories.ModulePageFactory())
    lesson.save_revision()
    lesson.get_workflow().start(lesson, factories.EditorFactory())
    assert state_of(lesson).status == WorkflowState.STATUS_IN_PROGRESS
