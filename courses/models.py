import uuid

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from lms.learning.blocks import AssessmentStreamBlock
from lms.learning.index_pages import LearningIndexPage
from lms.learning.pages import EnrolmentMode, LearningContainerPage, LearningStepPage, LearningUnitPage
from lms.models import AssessmentAttempt
from relais.routing import RouteRestrictionsMixin

PERCENT = [MinValueValidator(0), MaxValueValidator(100)]


class CourseIndexPage(LearningIndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("course index")
        verbose_name_plural = _("course indexes")


class CoursePage(LearningContainerPage):
    audience = models.TextField(_("audience"), blank=True, help_text=_("Who the course is written for."))
    enrolment_mode = models.CharField(
        _("enrolment mode"), max_length=16, choices=EnrolmentMode.choices, default=EnrolmentMode.OPEN
    )
    trains_multipliers = models.BooleanField(
        _("trains multipliers"),
        default=False,
        help_text=_("Learners who finish may train colleagues in their own institutions."),
    )
    issues_certificate = models.BooleanField(_("issues a certificate"), default=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=PERCENT,
        help_text=_("Score needed to pass each assessment, unless an assessment sets its own."),
    )

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage", "courses.LessonPage", "courses.AssessmentPage"]
    lessons_need_enrolment = True
    kind_noun = _("course")

    search_fields = LearningContainerPage.search_fields + [index.SearchField("audience")]
    content_panels = LearningContainerPage.content_panels + [
        FieldPanel("audience"),
    ]
    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [
                FieldPanel("enrolment_mode"),
                FieldPanel("trains_multipliers"),
                FieldPanel("issues_certificate"),
                FieldPanel("pass_mark"),
            ],
            heading=_("Enrolment and completion"),
        )
    ]

    class Meta:
        verbose_name = _("course")
        constraints = [
            models.CheckConstraint(condition=Q(pass_mark__lte=100), name="course_pass_mark_percent"),
        ]


class ModulePage(RouteRestrictionsMixin, Page):
    # Reviewed as one piece with its lessons and assessments (lms.learning.editorial).
    moderated_as_one = True

    summary = models.TextField(_("summary"), blank=True, max_length=600)

    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "courses.AssessmentPage"]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    content_panels = Page.content_panels + [FieldPanel("summary")]

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        course = self.get_parent().specific
        context["course"] = course
        context["section"] = next((s for s in course.outline if s.page and s.page.pk == self.pk), None)
        return context


class LessonPage(LearningUnitPage):
    parent_page_types = ["courses.CoursePage", "courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")


class AssessmentPage(LearningStepPage):
    """A scored test; graded on the server from `questions` (see lms.learning.services.submit_assessment)."""

    completed_by_passing = True

    intro = RichTextField(blank=True, features=["bold", "italic", "ul", "link"])
    questions = StreamField(AssessmentStreamBlock())
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        null=True,
        blank=True,
        validators=PERCENT,
        help_text=_("Leave empty to use the course's pass mark."),
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        null=True,
        blank=True,
        default=3,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty for unlimited attempts."),
    )

    parent_page_types = ["courses.CoursePage", "courses.ModulePage"]
    subpage_types = []
    search_fields = Page.search_fields + [index.SearchField("intro")]
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
        MultiFieldPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts")], heading=_("Scoring")),
        FieldPanel("questions"),
    ]

    class Meta:
        verbose_name = _("assessment")
        constraints = [
            models.CheckConstraint(
                condition=Q(pass_mark__isnull=True) | Q(pass_mark__lte=100),
                name="assessment_pass_mark_percent",
            ),
            models.CheckConstraint(
                condition=Q(max_attempts__isnull=True) | Q(max_attempts__gte=1),
                name="assessment_attempts_positive",
            ),
        ]

    def get_context(self, request, *args, given=None, unanswered=(), **kwargs):
        """`given` ({question block id: [option positions as strings]}) and `unanswered` (question
        numbers): a submission sent back incomplete, shown again as the learner left it."""
        context = super().get_context(request, *args, **kwargs)
        given = given or {}
        context["question_rows"] = [
            {
                "block": block,
                "number": number,
                "unanswered": number in unanswered,
                "options": [
                    {"index": index, "text": option["text"], "checked": str(index) in given.get(block.id, [])}
                    for index, option in enumerate(block.value["options"])
                ],
            }
            for number, block in enumerate(self.questions, start=1)
        ]
        context["unanswered"] = list(unanswered)
        attempts = []
        if context["enrolled"]:
            attempts = list(
                AssessmentAttempt.objects.filter(
                    enrolment=context["enrolment"], assessment_key=self.translation_key
                )
            )
        left = None if self.max_attempts is None else max(self.max_attempts - len(attempts), 0)
        context.update(
            attempts=attempts,
            attempts_left=left,
            passed=any(attempt.passed for attempt in attempts),
            # One token per form shown: submitting the same form twice records one attempt.
            submission_token=uuid.uuid4().hex,
        )
        return context

    @property
    def effective_pass_mark(self):
        if self.pass_mark is not None:
            return self.pass_mark
        container = self.container
        return container.pass_mark if container else 100

    @property
    def total_points(self):
        return sum(block.value["points"] for block in self.questions)
