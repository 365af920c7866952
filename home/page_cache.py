"""Anonymous visitors' copies of Wagtail pages, kept in the shared cache (Redis in production) by
Django's cache middleware, and dropped as a whole when content changes.

- Only pages served by Wagtail (`wagtail_serve`) are stored, and only for visitors without a
  session cookie: a response for a signed-in visitor, or one that shows messages or sets a cookie
  (a form's CSRF token), is marked `Cache-Control: private` and never stored; a request that carries a
  session cookie never reads the cache.
- Publishing, unpublishing, moving or deleting a page starts a new generation: the cache keys
  carry it, so every stored page is left behind at once, in every server process.

Settings: CACHE_MIDDLEWARE_SECONDS (how long a copy lives, and the max-age sent with it),
CACHE_MIDDLEWARE_ALIAS, CACHE_MIDDLEWARE_KEY_PREFIX (Django's).
"""

import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import post_delete
from django.middleware import cache as cache_middleware
from django.utils.cache import patch_cache_control
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "relais:page-cache-generation"
# The generation read when the request came in, so that a page rendered before a change is stored
# under the generation it was rendered for.
_prefix = ContextVar("relais_page_cache_prefix", default=None)
# The generation read once per request, for the fragments that every visitor shares (outlines,
# lesson bodies, language switcher: see current_generation).
_generation = ContextVar("relais_page_cache_generation", default=None)


def page_cache():
    return caches[settings.CACHE_MIDDLEWARE_ALIAS]


def fragment_cache():
    """Where shared fragments are kept: Django's `{% cache %}` alias, else the default cache."""
    return caches["template_fragments" if "template_fragments" in settings.CACHES else "default"]


def generation():
    """The current generation; a new one when none is known (never a value used before)."""
    cache = page_cache()
    current = cache.get(GENERATION_KEY)
    if current is None:
        cache.add(GENERATION_KEY, time.time_ns(), None)
        current = cache.get(GENERATION_KEY)
    return current


def current_generation():
    """The generation of the request being served (read once, when it came in), else the current
    one. Keys of shared fragments carry it, like the stored pages: a fragment rendered before a
    change is stored under the generation it was rendered for, and left behind with it."""
    current = _generation.get()
    return current if current is not None else generation()


def new_generation(sender=None, **kwargs):
    """Leave every stored page and fragment behind (content changed)."""
    instance = kwargs.get("instance")
    if sender is None or instance is None or isinstance(instance, Page):
        value = time.time_ns()
        page_cache().set(GENERATION_KEY, value, None)
        if _generation.get() is not None:
            _generation.set(value)  # the rest of this request sees the change it made


def connect():
    for signal in (page_published, page_unpublished, post_page_move, post_delete):
        signal.connect(new_generation, dispatch_uid=f"relais-page-cache-{id(signal)}")


def has_session_cookie(request):
    return settings.SESSION_COOKIE_NAME in request.COOKIES


class GenerationPrefix:
    """Django's middleware reads `self.key_prefix`: here it carries the request's generation."""

    @property
    def key_prefix(self):
        prefix = _prefix.get()
        return prefix if prefix is not None else f"{self.base_prefix}.{generation()}"

    @key_prefix.setter
    def key_prefix(self, value):
        self.base_prefix = value


class UpdateCacheMiddleware(GenerationPrefix, cache_middleware.UpdateCacheMiddleware):
    def _should_update_cache(self, request, response):
        match = getattr(request, "resolver_match", None)
        return (
            super()._should_update_cache(request, response)
            and match is not None
            and match.url_name == "wagtail_serve"
        )

    def process_response(self, request, response):
        if personal(request, response):
            patch_cache_control(response, private=True)
        try:
            return super().process_response(request, response)
        finally:
            _prefix.set(None)
            _generation.set(None)


class FetchFromCacheMiddleware(GenerationPrefix, cache_middleware.FetchFromCacheMiddleware):
    def process_request(self, request):
        current = generation()
        _generation.set(current)
        if has_session_cookie(request):
            request._cache_update_cache = False
            return None
        _prefix.set(f"{self.base_prefix}.{current}")
        return super().process_request(request)


def personal(request, response):
    """Whether the response is for this visitor only: signed in, showing messages, or setting a
    cookie (a form's CSRF token, a language choice)."""
    if response.cookies:
        return True
    messages = getattr(request, "_messages", None)
    if messages is not None and (messages.used or messages.added_new):
        return True
    if not has_session_cookie(request):
        return False
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated
