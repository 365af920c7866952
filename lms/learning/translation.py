"""What a translator has not translated yet: the fields of a page that still read as in the page's
source language (the default language's version, which simple_translation copied it from)."""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator, capfirst
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale

# Fields that are the same in every language by design, or not words at all.
NOT_WORDS = {"slug", "url_path", "draft_title", "search_description", "seo_title"}


def source_of(page):
    """The page's version in the default language, or None (the page is that version, or there is
    none)."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return None
    return page.get_translation_or_none(default)


def _text(value):
    if isinstance(value, str):
        return value
    source = getattr(value, "source", None)  # RichText
    if isinstance(source, str):
        return source
    return ""


def untranslated_fields(page, form_fields):
    """[(field label, the source's value, shortened)] for each text field in `form_fields` whose
    value is still the source's (non-empty), in the order of the form."""
    source = source_of(page)
    if source is None:
        return []
    source = source.specific.get_latest_revision_as_object()
    found = []
    for name in form_fields:
        if name in NOT_WORDS:
            continue
        try:
            field = page._meta.get_field(name)
        except FieldDoesNotExist:  # a form-only field (comments, scheduling): nothing to translate
            continue
        if not isinstance(field, models.CharField | models.TextField | RichTextField | StreamField):
            continue
        if getattr(field, "choices", None):
            continue
        mine, theirs = getattr(page, name), getattr(source, name)
        if isinstance(field, StreamField):
            same = bool(len(theirs)) and field.get_prep_value(mine) == field.get_prep_value(theirs)
            shown = Truncator(
                strip_tags(" ".join(str(block.render_as_block()) for block in theirs[:1]))
            ).words(12)
        else:
            same = bool(theirs) and _text(mine) == _text(theirs)
            shown = Truncator(strip_tags(_text(theirs))).chars(80)
        if same:
            found.append((capfirst(field.verbose_name), shown.strip()))
    return found


def language_name(locale_code):
    return dict(settings.LANGUAGES).get(locale_code, locale_code)
