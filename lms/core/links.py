"""Absolute links that leave the site (emails, certificates, invitation links, data exports) are
built on the configured site address, settings.WAGTAILADMIN_BASE_URL, and never on a request's
Host header: anyone can send a request with Host: evil.example, and a password-reset email must
not carry their domain to the account's owner.

Links to pages for a learner go through `address_in_language` / `best_translation` (below): the
page in the learner's language when it exists, otherwise in the language it exists in."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page, Site


def site_url(path=""):
    """`path` (as reverse() returns it) on the configured site."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def site_domain_and_https():
    """The configured site's host (with its port) and whether it is served over HTTPS: what
    Django's password-reset email writes as {{ domain }} and {{ protocol }}."""
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return parts.netloc, parts.scheme == "https"


# Pages in the reader's language. Every place that turns a page (or an address of a page) into a
# link for a learner asks here: the page in the learner's language when it has a live translation,
# else the page in the language it exists in — never an address that answers "Page not found".


def language_name(code, *, in_sentence=False):
    """A language's name in the reader's language, from settings.LANGUAGES (translated); inside a
    sentence, lower-case in the languages that write it so (français, español, русский)."""
    name = str(dict(settings.LANGUAGES).get(code, code))
    if in_sentence and translation.get_language() not in ("en", None):
        name = name[:1].lower() + name[1:]
    return name


def live_translations(page):
    """{language code: live page} of `page`'s translations, itself included, in one query."""
    pages = Page.objects.live().filter(translation_key=page.translation_key).select_related("locale")
    return {translation.locale.language_code: translation for translation in pages}


@dataclass(frozen=True)
class Choice:
    """What to show a reader who wants `wanted`: `page`, written in `language`."""

    page: Page
    language: str
    wanted: str

    @property
    def translated(self):
        return self.language == self.wanted


def best_translation(page, language):
    """The live translation of `page` in `language`; else `page` itself when live; else its live
    translation in the site's default language, else in any language (settings.LANGUAGES order).
    None when no translation of it is live."""
    translations = live_translations(page)
    if language in translations:
        return Choice(translations[language], language, language)
    own = next((code for code, p in translations.items() if p.pk == page.pk), None)
    order = [own, settings.LANGUAGE_CODE, *(code for code, _name in settings.LANGUAGES)]
    for code in order:
        if code in translations:
            return Choice(translations[code], code, language)
    return None


def _site(request):
    site = Site.find_for_request(request) if request is not None else None
    return site or Site.objects.select_related("root_page").filter(is_default_site=True).first()


def split_language(path):
    """("fr", "toolkit/x/") for "/fr/toolkit/x/"; (None, path) when it carries no site language."""
    parts = path.lstrip("/").split("/", 1)
    codes = {code for code, _name in settings.LANGUAGES}
    if parts and parts[0] in codes:
        return parts[0], parts[1] if len(parts) > 1 else ""
    return None, path


def _is_page_address(path):
    try:
        match = resolve(path)
    except Resolver404:
        return False
    return match.url_name == "wagtail_serve"


def page_at(path, request=None):
    """The live page a language-prefixed address names in its own language's tree (as Wagtail's
    routing finds it, below that language's home page), or in any other language's tree by the
    same path below its home: "/fr/toolkit/x/" is the French page, else the English one at
    "/en/toolkit/x/". None when no tree has it."""
    language, rest = split_language(urlsplit(path).path)
    site = _site(request)
    if language is None or site is None:
        return None
    rest = rest.strip("/")
    homes = {
        home.locale.language_code: home
        for home in Page.objects.filter(translation_key=site.root_page.translation_key).select_related(
            "locale"
        )
    }
    # The reader's tree first, as Wagtail serves a language without a home page from the default one.
    home = homes.get(language) or site.root_page
    others = [home, *(h for code, h in homes.items() if h.pk != home.pk)]
    url_paths = [h.url_path + (rest + "/" if rest else "") for h in others]
    found = {p.url_path: p for p in Page.objects.live().filter(url_path__in=url_paths)}
    return next((found[url_path] for url_path in url_paths if url_path in found), None)


def address_in_language(address, language, request=None):
    """(address, Choice or None): a site address (a path, with its query) as the reader of
    `language` should get it. A page's address leads to its translation in `language`, else to the
    page in the language it exists in (the Choice says which; `translated` is False then); any
    other view's address just changes its language prefix. Addresses outside the site's languages
    are returned as they are."""
    parts = urlsplit(address)
    current, _rest = split_language(parts.path)
    if current is None or language not in dict(settings.LANGUAGES):
        return address, None
    if _is_page_address(parts.path):
        page = page_at(parts.path, request)
        choice = best_translation(page, language) if page is not None else None
        if choice is not None:
            url = choice.page.get_url(request)
            return (url + (f"?{parts.query}" if parts.query else "")), choice
    return translate_url(address, language), None


def untranslated_notice(choice):
    """The short notice a reader gets when the page is shown in another language than theirs."""
    with translation.override(choice.wanted):
        return _("This page is not yet available in %(wanted)s; showing %(shown)s.") % {
            "wanted": language_name(choice.wanted, in_sentence=True),
            "shown": language_name(choice.language, in_sentence=True),
        }
