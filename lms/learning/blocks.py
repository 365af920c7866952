"""StreamField blocks shared by every learning page (course lessons and toolkit units).

One base StreamBlock, `LearningStreamBlock`, so that editors meet the same tools everywhere and
templates render them the same way. Knowledge checks and assessment questions keep the correct
answers server-side: templates render options without `is_correct`, and grading reads the page.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "blockquote"]


def country_choices():
    """Evaluated when a form is built, so names follow the editor's language."""
    return list(countries)


class QuestionKind(blocks.ChoiceBlock):
    choices = [
        ("single", _("Single choice: exactly one right answer")),
        ("multiple", _("Multiple choice: one or more right answers")),
    ]


def validate_choice_options(value, kind, options_key="options"):
    """A choice question needs two options or more and right answers that fit its kind."""
    options = value.get(options_key) or []
    correct = sum(1 for option in options if option.get("is_correct"))
    errors = {}
    if len(options) < 2:
        errors[options_key] = ValidationError(_("Give at least two options."))
    elif correct == 0:
        errors[options_key] = ValidationError(_("Mark at least one option as correct."))
    elif kind == "single" and correct != 1:
        errors[options_key] = ValidationError(_("A single-choice question has exactly one correct option."))
    if errors:
        raise StructBlockValidationError(block_errors=errors)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section (h2)")), ("h3", _("Sub-section (h3)"))], default="h2"
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Heading")
        description = _("A section title; it also appears in the page's table of contents.")
        preview_value = {"text": "Why culture shapes training", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it. Leave empty only if decorative."),
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image")
        description = _("A responsive image, served as AVIF/WebP and loaded lazily.")


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    video = EmbedBlock(help_text=_("Address of the video on a video platform."))
    duration = blocks.CharBlock(required=False, max_length=20, help_text=_('For example "6 min".'))
    transcript = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        help_text=_("Required: learners on slow connections and screen-reader users read it instead."),
    )

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        label = _("Video")
        description = _("A video with its full transcript.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, max_length=200, help_text=_("Defaults to the document title."))
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        label = _("Document download")


class KeyTakeawayBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(features=["bold", "italic", "link"])

    class Meta:
        icon = "pick"
        template = "blocks/key_takeaway.html"
        label = _("Key takeaway")
        preview_value = {"text": "<p>Ask before you assume: a short check-in saves a lost session.</p>"}


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    country = blocks.ChoiceBlock(choices=country_choices)
    institution = blocks.CharBlock(max_length=200)
    practice = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, help_text=_("What was done, and how."))
    outcome = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, required=False)

    class Meta:
        icon = "site"
        template = "blocks/case_study.html"
        label = _("Case study")
        description = _("A practice from a country and institution, told as a short case.")


class ReflectionPromptBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(help_text=_("A question the learner answers for themselves."))
    guidance = blocks.RichTextBlock(features=["bold", "italic", "ul"], required=False)

    class Meta:
        icon = "help"
        template = "blocks/reflection_prompt.html"
        label = _("Reflection prompt")


class ScoredOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    is_correct = blocks.BooleanBlock(required=False, label=_("Correct"))

    class Meta:
        icon = "radio-full"
        label = _("Option")


class ChoiceOptionBlock(ScoredOptionBlock):
    """An option of a knowledge check: a scored option with feedback."""

    feedback = blocks.TextBlock(required=False, help_text=_("Shown after the learner picks this option."))


class ChoiceQuestionBlock(blocks.StructBlock):
    """A question answered by choosing among options: each kind declares its `options` (and what
    else it has) after the question and its kind."""

    question = blocks.TextBlock()
    kind = QuestionKind(default="single")

    class Meta:
        icon = "tick-inverse"

    def clean(self, value):
        value = super().clean(value)
        validate_choice_options(value, value.get("kind"))
        return value


class KnowledgeCheckBlock(ChoiceQuestionBlock):
    """Formative: not scored; the learner sees the feedback written for each option."""

    options = blocks.ListBlock(ChoiceOptionBlock(), min_num=2)

    class Meta:
        template = "blocks/knowledge_check.html"
        label = _("Knowledge check")
        description = _("A practice question with feedback for each option; not scored.")


class AssessmentQuestionBlock(ChoiceQuestionBlock):
    """Summative: graded on the server from the page's own stream."""

    options = blocks.ListBlock(ScoredOptionBlock(), min_num=2)
    points = blocks.IntegerBlock(default=1, min_value=1, max_value=100)
    explanation = blocks.TextBlock(
        required=False, help_text=_("Shown with the result once the learner can no longer retry.")
    )

    class Meta:
        template = "blocks/assessment_question.html"
        label = _("Scored question")


class AssessmentStreamBlock(blocks.StreamBlock):
    question = AssessmentQuestionBlock()

    class Meta:
        min_num = 1


class LearningStreamBlock(blocks.StreamBlock):
    """The body of every lesson and toolkit unit."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph.html",
        label=_("Rich text"),
        preview_value="<p>Adults learn best when they can connect new ideas to their daily work.</p>",
        description=_("Paragraphs, lists and links."),
    )
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    key_takeaway = KeyTakeawayBlock()
    case_study = CaseStudyBlock()
    reflection = ReflectionPromptBlock()
    knowledge_check = KnowledgeCheckBlock()


class ContentStreamBlock(blocks.StreamBlock):
    """Body of plain content pages (about, contact): no learning-only blocks."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, icon="pilcrow", template="blocks/paragraph.html", label=_("Rich text")
    )
    image = ImageBlock()
    key_takeaway = KeyTakeawayBlock()
