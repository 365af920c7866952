from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from home.models import HomePage

register = template.Library()


def _homes_by_language():
    return {home.locale.language_code: home for home in HomePage.objects.live().select_related("locale")}


@register.simple_tag(takes_context=True)
def home_page(context):
    """The home page in the active language (falls back to any home page)."""
    request = context["request"]
    if not hasattr(request, "_relais_homes"):
        request._relais_homes = _homes_by_language()
    homes = request._relais_homes
    return homes.get(get_language()) or next(iter(homes.values()), None)


@register.inclusion_tag("components/navigation.html", takes_context=True)
def site_navigation(context):
    home = home_page(context)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = [
        {"page": item, "current": current_path.startswith(item.path)}
        for item in (home.get_children().live().in_menu() if home else [])
    ]
    return {"request": context["request"], "items": items}


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One link per language: the same page in that language, its home page when the page is not
    translated yet (said so in the link), or the same URL for views that are not pages."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
        home_page(context)
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        link = {"code": code, "name": info["name_local"], "current": code == current, "translated": True}
        if not isinstance(page, Page) or not page.pk:
            link["url"] = translate_url(request.get_full_path(), code)
        elif code in translations:
            link["url"] = translations[code].get_url(request)
        else:
            home = request._relais_homes.get(code)
            link["translated"] = False
            link["url"] = home.get_url(request) if home else f"/{code}/"
        links.append(link)
    return {"links": links, "untranslated": [link for link in links if not link["translated"]]}


@register.filter
def kind_label(page):
    """What kind of learning a page is, in the reader's language ("Course", "Toolkit module")."""
    return page._meta.verbose_name.capitalize()


@register.filter
def country_name(code):
    from django_countries import countries

    return countries.name(code) or code
