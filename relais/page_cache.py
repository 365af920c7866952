"""Anonymous visitors' copies of Wagtail pages, kept in the shared cache (Redis in production) by
PageCacheMiddleware, and dropped as a whole when content changes.

- Only pages served by Wagtail (`wagtail_serve`) are stored, and only for visitors without a
  session cookie: a response for a signed-in visitor, or one that shows messages or sets a cookie
  (a form's CSRF token), is marked `Cache-Control: private` and never stored; a request that carries a
  session cookie never reads the cache.
- Publishing, unpublishing, moving or deleting a page, and changing a site, a locale or a page's
  view restrictions, starts a new generation: stored copies and the keys of shared fragments carry
  it, so every stored page, fragment and kept route (relais/routing.py) is left behind at once, in
  every server process.

Settings: CACHE_MIDDLEWARE_SECONDS (how long a copy lives, and the max-age sent with it),
CACHE_MIDDLEWARE_ALIAS, CACHE_MIDDLEWARE_KEY_PREFIX (Django's).
"""

import hashlib
import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, get_max_age, patch_cache_control, patch_response_headers
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "relais:page-cache-generation"
# Saving one of these changes what an address serves (publishing, not saving, does it for pages).
ROUTING_MODELS = (Site, Locale, PageViewRestriction)
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
    if sender is None or instance is None or isinstance(instance, (Page, *ROUTING_MODELS)):
        value = time.time_ns()
        page_cache().set(GENERATION_KEY, value, None)
        if _generation.get() is not None:
            _generation.set(value)  # the rest of this request sees the change it made


def connect():
    for signal in (page_published, page_unpublished, post_page_move, post_delete):
        signal.connect(new_generation, dispatch_uid=f"relais-page-cache-{id(signal)}")
    for model in ROUTING_MODELS:
        post_save.connect(new_generation, sender=model, dispatch_uid=f"relais-page-cache-{model.__name__}")


def has_session_cookie(request):
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def has_messages_cookie(request):
    """A visitor with a message waiting (say, the notice that a page is shown in another language)
    must get a page rendered for them, which shows it, not a stored copy."""
    return getattr(settings, "MESSAGE_COOKIE_NAME", "messages") in request.COOKIES


class PageCacheMiddleware:
    """Serves and stores anonymous visitors' copies of Wagtail pages.

    Django's cache middleware needs three sequential cache reads per request here (the
    generation, the Vary header list learned for the address, the page); this one needs a single
    read of two keys. A stored copy carries the generation it was rendered for instead of being
    filed under it, and is only stored when its address alone determines it (Vary: Cookie at most,
    and only visitors without a session cookie read it), so no header list is needed.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = settings.CACHE_MIDDLEWARE_KEY_PREFIX
        self.seconds = settings.CACHE_MIDDLEWARE_SECONDS

    def __call__(self, request):
        readable = (
            request.method in ("GET", "HEAD")
            and not has_session_cookie(request)
            and not has_messages_cookie(request)
        )
        if readable:
            key = self.key(request)
            found = page_cache().get_many([GENERATION_KEY, key])
            current = found.get(GENERATION_KEY)
            if current is None:
                current = generation()
            stored = found.get(key)
            if stored is not None and stored[0] == current:
                return replay(stored)
        else:
            current = generation()
        _generation.set(current)
        try:
            response = self.get_response(request)
        finally:
            _generation.set(None)
        if personal(request, response):
            patch_cache_control(response, private=True)
        elif readable and storable(request, response):
            seconds = get_max_age(response)
            seconds = self.seconds if seconds is None else seconds
            if seconds > 0:
                patch_response_headers(response, seconds)
                copy = (current, response.status_code, list(response.items()), response.content)
                page_cache().set(key, copy, seconds)
        return response

    def key(self, request):
        address = hashlib.md5(request.build_absolute_uri().encode(), usedforsecurity=False).hexdigest()
        return f"{self.prefix}relais:page:v2:{address}"


def storable(request, response):
    """A page served by Wagtail, complete, public, and the same for every visitor without a session."""
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name != "wagtail_serve":
        return False
    if response.status_code != 200 or response.streaming:
        return False
    if {"private", "no-store", "no-cache"} & {
        part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }:
        return False
    varies = {header.lower() for header in cc_delim_re.split(response.get("Vary", "")) if header}
    return varies <= {"cookie"}


def replay(stored):
    _rendered_for, status, headers, content = stored
    return HttpResponse(content, status=status, headers=headers)


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
