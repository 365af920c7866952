from django.middleware.locale import LocaleMiddleware

# Addresses outside i18n_patterns: a 404 there is final, not a reason to try /<language>/….
UNPREFIXED = ("/admin/", "/documents/", "/media/", "/static/")


class PublicSiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware redirects any 404 to its language-prefixed address when that
    address matches a URL pattern, and Wagtail's catch-all matches everything: without this, a
    wrong admin address would answer 302 to /en/admin/… instead of 404."""

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)
