from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from django_countries import countries
from wagtail.models import Locale, Page

from home.navigation import site_structure
from lms.core.links import language_name, live_translations
from lms.learning.pages import kind_noun
from relais.page_cache import current_generation

register = template.Library()


@register.simple_tag
def home_url():
    """The home page address in the active language: its home page, or the language's own root
    (/ru/), where the default home page is served in that language until it has its own, never
    another language's home."""
    language = get_language()
    home = site_structure()["homes"].get(language)
    return home["url"] if home else f"/{language}/"


@register.simple_tag
def cache_generation():
    """For `{% cache %}` keys of fragments every visitor shares (a lesson's body, an outline, the
    language switcher): the content generation, new on every publication, unpublication, move or
    deletion (relais/page_cache.py), so that no fragment outlives the content it shows."""
    return current_generation()


@register.filter
def done_signature(progress):
    """The steps a learner has done (their translation keys, sorted), for the cache key of an
    outline that marks them: learners who have done the same steps see the same outline."""
    return ",".join(sorted(str(key) for key in progress.done_keys)) if progress else ""


@register.inclusion_tag("components/navigation.html", takes_context=True)
def site_navigation(context):
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    menu = site_structure()["menus"].get(get_language(), [])
    items = [
        {**item, "current": bool(current_path) and current_path.startswith(item["path"])} for item in menu
    ]
    # "Where we work" (the public list of Actions) is no page of the tree: in every language's menu.
    actions = reverse("actions")
    request = context.get("request")
    here = request.path if request is not None else ""
    items.append({"title": _("Where we work"), "url": actions, "current": here.startswith(actions)})
    return {"items": items}


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One link per language: the same page in that language, its home page when the page is not
    translated yet (said so in the link), or the same URL for views that are not pages."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = live_translations(page)
    homes = site_structure()["homes"]
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        link = {"code": code, "name": info["name_local"], "current": code == current, "translated": True}
        if not isinstance(page, Page) or not page.pk:
            link["url"] = translate_url(request.get_full_path(), code)
        elif code in translations:
            link["url"] = translations[code].get_url(request)
        else:
            link["translated"] = False
            link["url"] = homes[code]["url"] if code in homes else f"/{code}/"
        links.append(link)
    return {"links": links, "untranslated": [link for link in links if not link["translated"]]}


def _language_of(request, page):
    """The language code of `page`'s locale; one query per request for the locales."""
    codes = getattr(request, "_relais_locale_codes", None)
    if codes is None:
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        if request is not None:
            request._relais_locale_codes = codes
    return codes.get(page.locale_id)


@register.simple_tag(takes_context=True)
def lang_if_other(context, page):
    """` lang="xx"` when `page` is written in another language than the one being read (a featured
    page not translated yet, a course enrolled in another language), so that screen readers read
    its title in its own language (WCAG 3.1.2, language of parts); empty otherwise. One query per
    request for the locales."""
    code = _language_of(context.get("request"), page)
    if not code or code == get_language():
        return ""
    return format_html(' lang="{}"', code)


@register.filter
def kind_label(page):
    """What kind of learning a page is, in the reader's language, as a label ("Course",
    "Module", "Lesson"): lms.learning.pages.kind_noun, capitalised."""
    return capfirst(kind_noun(page))


@register.filter(name="kind_noun")
def kind_noun_filter(page):
    """What kind of learning a page is, in a sentence ("course", "module")."""
    return kind_noun(page)


@register.simple_tag(takes_context=True)
def untranslated_note(context, page):
    """ "Not yet in Français — read in English" for a page listed to a reader of another language
    than its own (a catalogue's card for a course not translated yet); empty otherwise."""
    code = _language_of(context.get("request"), page)
    current = get_language()
    if not code or code == current:
        return ""
    return _("Not yet in %(wanted)s — read in %(shown)s") % {
        "wanted": language_name(current, in_sentence=True),
        "shown": language_name(code, in_sentence=True),
    }


@register.filter
def country_name(code):
    return countries.name(code) or code


@register.simple_tag
def breadcrumb_pages(page):
    """The page's ancestors below the root: known from routing (see HomePage.route) or queried."""
    ancestors = getattr(page, "route_ancestors", None)
    if ancestors is None:
        ancestors = list(page.get_ancestors())[1:]
    return ancestors
