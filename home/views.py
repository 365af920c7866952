import re

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page

from courses.models import CoursePage, LessonPage, ModulePage
from toolkit.models import ToolkitModulePage, ToolkitUnitPage

SEARCHABLE_PAGE_TYPES = (CoursePage, ModulePage, LessonPage, ToolkitModulePage, ToolkitUnitPage)
MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def clean_query(raw):
    """Printable text only, bounded: a search box must never turn bad input into a server error."""
    return "".join(ch if ch.isprintable() else " " for ch in raw)[:MAX_QUERY_LENGTH].strip()


def search_terms(query):
    """Words only, lower-cased: quotes, brackets and operator words (AND, NEAR…) would otherwise
    reach the full-text engine as syntax and fail there."""
    return " ".join(word.lower() for word in re.findall(r"\w+", query))


def search(request):
    query = clean_query(request.GET.get("q", ""))
    terms = search_terms(query)
    results = Page.objects.none()
    if terms:
        results = (
            Page.objects.live().type(*SEARCHABLE_PAGE_TYPES).filter(locale=Locale.get_active()).search(terms)
        )
    page_of_results = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "home/search.html", {"query": query, "results": page_of_results})
