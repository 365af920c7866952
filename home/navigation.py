"""What every page's header needs (each language's home page and menu), computed once per content
generation (new when a page is published, unpublished, moved or deleted: relais/page_cache.py) and
kept with the shared fragments."""

from relais.page_cache import current_generation, fragment_cache

from .models import HomePage

CACHE_KEY = "relais:site-structure:v1"
CACHE_SECONDS = 60 * 60


def _entry(page):
    return {"title": page.title, "url": page.get_url(), "path": page.path}


def site_structure():
    """{"homes": {language: entry}, "menus": {language: [entry, …]}}; entries are plain dicts."""
    cache = fragment_cache()
    key = f"{CACHE_KEY}:{current_generation()}"
    structure = cache.get(key)
    if structure is None:
        structure = {"homes": {}, "menus": {}}
        for home in HomePage.objects.live().select_related("locale").order_by("path"):
            language = home.locale.language_code
            structure["homes"].setdefault(language, _entry(home))
            structure["menus"].setdefault(language, [_entry(p) for p in home.get_children().live().in_menu()])
        cache.set(key, structure, CACHE_SECONDS)
    return structure
