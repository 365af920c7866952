"""No "Page not found" for a page that exists in another language."""

from django.contrib import messages
from django.http import HttpResponseRedirect

from lms.core.links import best_translation, page_at, split_language, untranslated_notice


class TranslationFallbackMiddleware:
    """A page address under /<language>/ that Wagtail answers with 404, while the same path names
    a live page in another language's tree, is redirected to that page's translation in the
    reader's language (its own slug), else to the page in the language it exists in, with a short
    notice ("This page is not yet available in Français; showing English.")."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        match = getattr(request, "resolver_match", None)
        if match is None or match.url_name != "wagtail_serve":
            return response
        language, _rest = split_language(request.path_info)
        if language is None:
            return response
        page = page_at(request.path_info, request)
        choice = best_translation(page, language) if page is not None else None
        if choice is None:
            return response
        url = choice.page.get_url(request)
        if not url or url == request.path:
            return response
        if not choice.translated:
            messages.info(request, untranslated_notice(choice))
        query = request.META.get("QUERY_STRING")
        return HttpResponseRedirect(url + (f"?{query}" if query else ""))
