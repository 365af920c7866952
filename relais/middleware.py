import json
import re

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils.translation import gettext as _

# Addresses outside i18n_patterns: a 404 there is final, not a reason to try /<language>/….
UNPREFIXED = ("/admin/", "/documents/", "/media/", "/static/")
ADMIN = "/admin/"


def request_body_limit(get_response):
    """Refuses (413) a request whose declared body is over settings.RELAIS_MAX_REQUEST_BODY before
    anything reads it: Django bounds the fields of a form (DATA_UPLOAD_MAX_MEMORY_SIZE) but writes
    uploaded files of any size to disk. A body sent without Content-Length is never read by Django
    (it reads CONTENT_LENGTH bytes), so the declared length is the one to check."""

    def middleware(request):
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0
        if declared > settings.RELAIS_MAX_REQUEST_BODY:
            message = _("This request is too large. Files of up to %(size)s MB can be uploaded.") % {
                "size": settings.RELAIS_MAX_REQUEST_BODY // (1024 * 1024)
            }
            return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
        return get_response(request)

    return middleware


class PublicSiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware redirects any 404 to its language-prefixed address when that
    address matches a URL pattern, and Wagtail's catch-all matches everything: without this, a
    wrong admin address would answer 302 to /en/admin/… instead of 404."""

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The policy of settings.CONTENT_SECURITY_POLICY (no inline script) on every page, the admin's
    included: Wagtail's own inline initialisers in admin pages are turned into data first
    (script_free_admin)."""

    def process_response(self, request, response):
        if request.path_info.startswith(ADMIN) and is_html(response):
            response.content = script_free_admin(response.content.decode(response.charset))
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return super().process_response(request, response)


def is_html(response):
    return not response.streaming and response.get("Content-Type", "").startswith("text/html")


# Wagtail 8 still writes these inline scripts (wagtail/wagtail#1288): date and time pickers
# (`initDateChooser("id", {…});`), choosers (`new ImageChooser("id", {…});`), the workflow task
# chooser (`createTaskChooser("id");`) and inline panels
# (`(function() { var panel = new InlinePanel(JSON.parse("…")); })();`).
INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
CALL = re.compile(
    r"\s*(?P<new>new\s+)?(?P<name>initDateChooser|initTimeChooser|initDateTimeChooser|createTaskChooser"
    r"|Chooser|ImageChooser|DocumentChooser|PageChooser|SnippetChooser)\((?P<args>.*)\);\s*",
    re.DOTALL,
)
PANEL = re.compile(
    r"\s*\(function\(\)\s*\{\s*var panel = new (?P<name>InlinePanel|MultipleChooserPanel)"
    r"\(JSON\.parse\(\"(?P<options>[^\"]*)\"\)\);\s*\}\)\(\);\s*",
    re.DOTALL,
)


def script_free_admin(html):
    """Each of Wagtail's known inline initialisers as a `<script type="application/json">` naming
    the function and carrying its arguments, which relais/static/js/admin-init.js calls (only for
    the names it knows); any other inline script is left as it is, for the policy to refuse."""

    def as_data(match):
        body = match.group(1)
        try:
            if call := CALL.fullmatch(body):
                name, args = call["name"], json.loads(f"[{call['args']}]")
            elif panel := PANEL.fullmatch(body):
                # The options are a JSON document inside a JavaScript string (escapejs: \uXXXX).
                name, args = panel["name"], [json.loads(json.loads(f'"{panel["options"]}"'))]
            else:
                return match.group(0)
        except ValueError:
            return match.group(0)
        # Single-quoted, so the arguments' double quotes stay as they are: Wagtail's inline panel
        # numbers a new form by replacing "__prefix__" up to the next quote.
        data = escape_single_quoted(json.dumps(args))
        return f'<script type="application/json" data-admin-init="{name}" data-args=\'{data}\'></script>'

    return INLINE_SCRIPT.sub(as_data, html)


def escape_single_quoted(value):
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#x27;")
