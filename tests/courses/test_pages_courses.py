"""The course tree: each page type can be created where it belongs and only there, and it routes,
renders and previews."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import AssessmentPage, CourseIndexPage, CoursePage, LessonPage, ModulePage
from home.models import ContentPage, HomePage
from tests import factories
from toolkit.models import ToolkitModulePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_tree():
    """A course with a module (a lesson and an assessment) and a lesson outside any module."""
    course = factories.CoursePageFactory()
    module = factories.ModulePageFactory(parent=course)
    return {
        "index": course.get_parent().specific,
        "course": course,
        "module": module,
        "lesson": factories.LessonPageFactory(parent=module),
        "loose lesson": factories.LessonPageFactory(parent=course),
        "assessment": factories.AssessmentPageFactory(parent=module),
    }


def test_parent_and_child_rules(wagtail_asserts):
    """Courses sit in the course index; lessons and assessments in a course or a module."""
    check = wagtail_asserts
    check.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
    check.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
    check.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
    check.assertAllowedSubpageTypes(CoursePage, {ModulePage, LessonPage, AssessmentPage})
    check.assertAllowedParentPageTypes(ModulePage, {CoursePage})
    check.assertAllowedSubpageTypes(ModulePage, {LessonPage, AssessmentPage})
    check.assertAllowedParentPageTypes(LessonPage, {CoursePage, ModulePage})
    check.assertAllowedSubpageTypes(LessonPage, set())
    check.assertAllowedParentPageTypes(AssessmentPage, {CoursePage, ModulePage})
    check.assertAllowedSubpageTypes(AssessmentPage, set())
    check.assertCanNotCreateAt(HomePage, CoursePage)
    check.assertCanNotCreateAt(ToolkitModulePage, LessonPage)
    check.assertCanNotCreateAt(ContentPage, ModulePage)
    check.assertCanNotCreateAt(Page, LessonPage)


def test_one_course_index_per_home():
    """A home page takes a course index, and only one."""
    home = factories.english_home()
    assert CourseIndexPage.can_create_at(home)
    factories.CourseIndexPageFactory(parent=home)
    assert not CourseIndexPage.can_create_at(home)


@pytest.mark.parametrize("name", ["index", "course", "module", "lesson", "loose lesson", "assessment"])
def test_pages_route_render_and_preview(wagtail_asserts, course_tree, name):
    """Each page of the tree is reached by its address, renders, and previews in the editor."""
    page = course_tree[name]
    wagtail_asserts.assertPageIsRoutable(page)
    wagtail_asserts.assertPageIsRenderable(page)
    wagtail_asserts.assertPageIsPreviewable(page)


def test_editor_creates_a_course_in_the_admin(wagtail_asserts, course_tree):
    """The admin create form accepts a complete course."""
    wagtail_asserts.assertCanCreate(
        course_tree["index"],
        CoursePage,
        nested_form_data(
            {
                "title": "Border management basics",
                "slug": "border-management-basics",
                "summary": "A short course for border officials.",
                "learning_outcomes": rich_text("<ul><li>Describe a crossing point</li></ul>"),
                "audience": "Border officials",
                "enrolment_mode": "key",
                "pass_mark": 80,
                "issues_certificate": "on",
                "comments": inline_formset([]),
            }
        ),
    )


def test_editor_creates_a_lesson_with_a_knowledge_check(wagtail_asserts, course_tree):
    """The admin create form accepts a lesson with a heading, a paragraph and a knowledge check."""
    wagtail_asserts.assertCanCreate(
        course_tree["module"],
        LessonPage,
        nested_form_data(
            {
                "title": "Reading a passport",
                "slug": "reading-a-passport",
                "body": streamfield(
                    [
                        ("heading", {"text": "Security features", "level": "h2"}),
                        ("paragraph", rich_text("<p>Start with the data page.</p>")),
                        (
                            "knowledge_check",
                            {
                                "question": "Where do you start?",
                                "kind": "single",
                                "options": streamfield(
                                    [
                                        (
                                            "item",
                                            {"text": "Data page", "is_correct": "on", "feedback": "Yes."},
                                        ),
                                        ("item", {"text": "Cover", "feedback": "Not first."}),
                                    ]
                                ),
                            },
                        ),
                    ]
                ),
                "comments": inline_formset([]),
            }
        ),
    )


def test_assessment_pass_mark_falls_back_to_the_course(course_tree):
    """An assessment without a pass mark uses its course's; its own wins when set. Its points are
    those of its questions."""
    course = course_tree["course"]
    course.pass_mark = 65
    course.save()
    assessment = AssessmentPage.objects.get(pk=course_tree["assessment"].pk)
    assert assessment.effective_pass_mark == 65
    assessment.pass_mark = 90
    assert assessment.effective_pass_mark == 90
    assert assessment.total_points == 2
