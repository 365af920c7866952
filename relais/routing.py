"""Wagtail's routing of a public address, kept per server process for the current content
generation (relais/page_cache.py), so a signed-in visitor's page does not look up the site, the
locale, the page and its ancestors' view restrictions in the database on every request.

Wagtail's serve view finds the site and the route through `Site.find_for_request` and
`Page.route_for_request`, and page URLs need the sites' root paths (`Site.get_site_root_paths`, a
cache read): Wagtail keeps each answer on the request (`request._wagtail_site`,
`request._wagtail_route_for_request`, `request._wagtail_cached_site_root_paths`).
RouteCacheMiddleware fills those from the kept route before the view runs, or lets Wagtail route
and keeps what it found; Wagtail's view, its hooks and the page's own `serve` then run as usual.
The view restrictions Wagtail's `check_view_restrictions` hook asks the page for are kept with the
route (RouteRestrictionsMixin).

A route is content: the generation starts anew when a page is published, unpublished, moved or
deleted, and when a site, a locale or a view restriction changes, so no process serves a route the
content no longer has.
"""

from django.utils.translation import get_language
from wagtail.models import Page, Site

from .page_cache import current_generation, fragment_cache

SERVE_VIEW = "wagtail_serve"


class RouteRestrictionsMixin:
    """For page models: the view restrictions found when the route was kept, if it was."""

    def get_view_restrictions(self):
        restrictions = getattr(self, "route_view_restrictions", None)
        return super().get_view_restrictions() if restrictions is None else restrictions


def route_key(request, path):
    host = request._get_raw_host()  # as Wagtail's Site._find_for_request reads it
    return f"relais:route:v2:{current_generation()}:{get_language()}:{host}:{request.get_port()}:{path}"


class RouteCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.url_name != SERVE_VIEW or not view_args:
            return None
        path = view_args[0]
        cache = fragment_cache()
        key = route_key(request, path)
        kept = cache.get(key)
        if kept is not None:
            (
                request._wagtail_site,
                request._wagtail_route_for_request,
                request._wagtail_cached_site_root_paths,
            ) = kept
            return None
        route = Page.route_for_request(request, path)
        if route is not None:
            page = route[0]
            page.route_view_restrictions = list(page.get_view_restrictions())
            root_paths = request._wagtail_cached_site_root_paths = Site.get_site_root_paths()
            cache.set(key, (Site.find_for_request(request), route, root_paths))
        return None
