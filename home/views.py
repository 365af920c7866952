import re
from html import unescape

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.blocks import StreamValue, StructValue
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from courses.models import CoursePage, LessonPage, ModulePage
from lms.learning.pages import LearningContainerPage
from toolkit.models import ToolkitModulePage, ToolkitUnitPage

SEARCHABLE_PAGE_TYPES = (CoursePage, ModulePage, LessonPage, ToolkitModulePage, ToolkitUnitPage)
MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
EXCERPT_CHARACTERS = 220
# The page's own text an excerpt is taken from, in this order.
EXCERPT_FIELDS = ("summary", "intro", "learning_outcomes", "audience", "body")
# Tags that end a line or a paragraph: their words must not run into the next ones.
BLOCK_TAG = re.compile(r"<(?=/?(?:p|li|h[1-6]|br|div|ul|ol|tr|td|th|blockquote|figcaption)\b)", re.IGNORECASE)


def clean_query(raw):
    """Printable text only, bounded: a search box must never turn bad input into a server error."""
    return "".join(ch if ch.isprintable() else " " for ch in raw)[:MAX_QUERY_LENGTH].strip()


def search_terms(query):
    """Words only, lower-cased: quotes, brackets and operator words (AND, NEAR…) would otherwise
    reach the full-text engine as syntax and fail there."""
    return " ".join(word.lower() for word in re.findall(r"\w+", query))


def html_words(html):
    """The text of an HTML fragment as a reader sees it: paragraphs and list items apart,
    entities as the characters they stand for (escaped again where shown)."""
    return unescape(strip_tags(BLOCK_TAG.sub(" <", html)))


def plain_text(value):
    """The words of a field's value: rich text without its tags, every text of a stream's blocks."""
    if value is None:
        return ""
    if isinstance(value, RichText):
        return html_words(value.source)
    if isinstance(value, StreamValue):
        return " ".join(plain_text(block.value) for block in value)
    if isinstance(value, (StructValue, dict)):
        return " ".join(plain_text(item) for item in value.values())
    if isinstance(value, (list, tuple)):
        return " ".join(plain_text(item) for item in value)
    if isinstance(value, str):
        return html_words(value)
    return ""


def excerpt(page, terms):
    """Some 220 characters of the page's text around the first word searched for (marked), or
    its beginning: escaped HTML."""
    text = " ".join(plain_text(getattr(page, name, None)) for name in EXCERPT_FIELDS)
    text = re.sub(r"\s+", " ", text).strip()
    words = [word for word in terms.split() if word]
    pattern = re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE) if words else None
    found = pattern.search(text) if pattern else None
    start = max(found.start() - EXCERPT_CHARACTERS // 3, 0) if found else 0
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < found.start() else start
    piece = Truncator(text[start:]).chars(EXCERPT_CHARACTERS)
    html = escape(("… " if start else "") + piece)
    if pattern:
        html = re.sub(
            "|".join(re.escape(escape(word)) for word in words),
            lambda match: f"<mark>{match.group(0)}</mark>",
            html,
            flags=re.IGNORECASE,
        )
    return mark_safe(html)  # noqa: S308 - escaped above; only <mark> added


def where_found(pages):
    """{page id: [the course or module it belongs to, and its module in a course]} for search
    results, in one query."""
    wanted = set()
    for page in pages:
        for depth in range(2, page.depth):
            wanted.add(page.path[: depth * Page.steplen])
    ancestors = {
        ancestor.path: ancestor
        for ancestor in Page.objects.filter(path__in=wanted)
        .type(LearningContainerPage, ModulePage)
        .specific()
    }
    return {
        page.pk: [
            ancestors[page.path[: depth * Page.steplen]]
            for depth in range(2, page.depth)
            if page.path[: depth * Page.steplen] in ancestors
        ]
        for page in pages
    }


def search(request):
    query = clean_query(request.GET.get("q", ""))
    terms = search_terms(query)
    results = Page.objects.none()
    if terms:
        results = (
            Page.objects.live().type(*SEARCHABLE_PAGE_TYPES).filter(locale=Locale.get_active()).search(terms)
        )
    page_of_results = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    found = list(page_of_results)
    specific = {page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in found]).specific()}
    parents = where_found(found)
    entries = [
        {"page": specific[page.pk], "excerpt": excerpt(specific[page.pk], terms), "within": parents[page.pk]}
        for page in found
        if page.pk in specific
    ]
    return render(
        request, "home/search.html", {"query": query, "results": page_of_results, "entries": entries}
    )
