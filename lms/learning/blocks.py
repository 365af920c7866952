"""StreamField blocks shared by every learning page (course lessons and toolkit units).

One base StreamBlock, `LearningStreamBlock`, so that editors meet the same tools everywhere and
templates render them the same way. Knowledge checks and assessment questions keep the correct
answers server-side: templates render options without `is_correct`, and grading reads the page.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
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


VIDEO_EXTENSIONS = {"mp4": "video/mp4", "webm": "video/webm"}


def language_choices():
    return list(settings.LANGUAGES)


def _extension(document):
    return document.file.name.rsplit(".", 1)[-1].lower() if document and "." in document.file.name else ""


class CaptionTrackBlock(blocks.StructBlock):
    language = blocks.ChoiceBlock(choices=language_choices, label=_("Language"))
    file = DocumentChooserBlock(label=_("Captions file (WebVTT, .vtt)"))

    class Meta:
        icon = "openquote"
        label = _("Captions")


class VideoBlock(blocks.StructBlock):
    """A video uploaded to the site (a document: MP4 or WebM), with a poster, captions (WebVTT, one
    track per language) and its transcript. The page shows the transcript first; the player, which
    fetches nothing before the learner asks for it, comes after (templates/blocks/video.html).
    `link` is a plain address of the video elsewhere (no oEmbed: it needs the internet), kept for
    videos that live on another platform."""

    title = blocks.CharBlock(max_length=200)
    file = DocumentChooserBlock(
        required=False,
        label=_("Video file"),
        help_text=_("An MP4 (H.264) or WebM file uploaded as a document. Keep it short and light."),
    )
    poster = ImageChooserBlock(
        required=False, label=_("Poster image"), help_text=_("Shown in the player before it plays.")
    )
    captions = blocks.ListBlock(
        CaptionTrackBlock(),
        default=[],
        label=_("Captions"),
        help_text=_("One WebVTT file per language; learners see the one in the page's language first."),
    )
    link = blocks.URLBlock(
        required=False,
        label=_("Or the address of the video on another site"),
        help_text=_("Shown as a link, for a video that is not uploaded here."),
    )
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

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        video = value.get("file")
        if video is None and not value.get("link"):
            errors["file"] = ValidationError(_("Choose a video file, or give the address of the video."))
        elif video is not None and _extension(video) not in VIDEO_EXTENSIONS:
            errors["file"] = ValidationError(_("The video file must be an MP4 or WebM file."))
        languages = [track["language"] for track in value.get("captions") or []]
        if any(_extension(track["file"]) != "vtt" for track in value.get("captions") or []):
            errors["captions"] = ValidationError(_("Captions must be WebVTT files (.vtt)."))
        elif len(set(languages)) != len(languages):
            errors["captions"] = ValidationError(_("Give one captions file per language."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        video = value.get("file")
        language = translation.get_language() or settings.LANGUAGE_CODE
        tracks = sorted(value.get("captions") or [], key=lambda track: track["language"] != language)
        context.update(
            video_type=VIDEO_EXTENSIONS.get(_extension(video)) if video else None,
            caption_tracks=[
                {
                    "language": track["language"],
                    "label": translation.get_language_info(track["language"])["name_local"],
                    "url": track["file"].file.url,
                    "default": track["language"] == language,
                }
                for track in tracks
                if track["file"] is not None
            ],
        )
        return context


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
