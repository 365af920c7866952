"""The course tree: each page type can be created where it belongs and only there, and it routes,
renders and previews."""

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import AssessmentPage, CourseIndexPage, CoursePage, LessonPage, ModulePage
from home.models import ContentPage, HomePage
from tests import factories
from tests.pages import RelaisPageTestCase
from toolkit.models import ToolkitModulePage


class CourseTreeTests(RelaisPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = factories.english_home()
        cls.index = CourseIndexPage.objects.child_of(cls.home).get()
        cls.course = factories.CoursePageFactory(parent=cls.index)
        cls.module = factories.ModulePageFactory(parent=cls.course)
        cls.lesson = factories.LessonPageFactory(parent=cls.module)
        cls.loose_lesson = factories.LessonPageFactory(parent=cls.course)
        cls.assessment = factories.AssessmentPageFactory(parent=cls.module)

    def setUp(self):
        self.login()

    def test_parent_and_child_rules(self):
        """Courses sit in the course index; lessons and assessments in a course or a module."""
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage, LessonPage, AssessmentPage})
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage, AssessmentPage})
        self.assertAllowedParentPageTypes(LessonPage, {CoursePage, ModulePage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertAllowedParentPageTypes(AssessmentPage, {CoursePage, ModulePage})
        self.assertAllowedSubpageTypes(AssessmentPage, set())
        self.assertCanNotCreateAt(HomePage, CoursePage)
        self.assertCanNotCreateAt(ToolkitModulePage, LessonPage)
        self.assertCanNotCreateAt(ContentPage, ModulePage)
        self.assertCanNotCreateAt(Page, LessonPage)

    def test_one_course_index_per_home(self):
        """A home page has one course index (the demo already made it)."""
        self.assertFalse(CourseIndexPage.can_create_at(self.home))

    def test_pages_route_render_and_preview(self):
        for page in (self.index, self.course, self.module, self.lesson, self.loose_lesson, self.assessment):
            with self.subTest(page=page.specific_class.__name__):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
                self.assertPageIsPreviewable(page)

    def test_editor_creates_a_course_in_the_admin(self):
        """The admin create form accepts a complete course."""
        self.assertCanCreate(
            self.index,
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

    def test_editor_creates_a_lesson_with_a_knowledge_check(self):
        self.assertCanCreate(
            self.module,
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

    def test_assessment_pass_mark_falls_back_to_the_course(self):
        self.course.pass_mark = 65
        self.course.save()
        assessment = AssessmentPage.objects.get(pk=self.assessment.pk)
        self.assertEqual(assessment.effective_pass_mark, 65)
        assessment.pass_mark = 90
        self.assertEqual(assessment.effective_pass_mark, 90)
        self.assertEqual(assessment.total_points, 2)
