from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.middleware.locale import LocaleMiddleware

# Addresses outside i18n_patterns: a 404 there is final, not a reason to try /<language>/….
UNPREFIXED = ("/admin/", "/documents/", "/media/", "/static/")
ADMIN_EDITING = "/admin/"
ADMIN_STRICT = ("/admin/login/", "/admin/password_reset/")


class PublicSiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware redirects any 404 to its language-prefixed address when that
    address matches a URL pattern, and Wagtail's catch-all matches everything: without this, a
    wrong admin address would answer 302 to /en/admin/… instead of 404."""

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The policy of settings.CONTENT_SECURITY_POLICY (no inline script) on every page, with one
    exception: Wagtail's editing screens, which still write inline scripts for date pickers, inline
    panels and chooser modals (wagtail/wagtail#1288), allow them. Those are staff-only pages behind
    the sign-in; the admin's sign-in and password pages keep the strict policy."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(ADMIN_EDITING) and not request.path_info.startswith(ADMIN_STRICT):
            parts.update = {**(parts.update or {}), "script-src": [UNSAFE_INLINE]}
        return parts
