"""The demo's content in French, Spanish and Russian, one module per language and product, so that
each can be written (and reviewed) on its own.

Each module `<language>_<product>.py` holds a dict of the same shape as the translations in
courses.py and toolkit.py: the index page under "index", then each course or toolkit module by the
slug of its English page, with the pages below it by slug (under "pages" for courses, "units" for
the toolkit). `site` modules hold "home" and "about". Entries here are added to those written
beside the English content; a container left out is not translated (the catalogue says so and links
to the language it exists in).
"""

from . import es_courses, es_toolkit, fr_courses, fr_toolkit, ru_courses, ru_site, ru_toolkit

LANGUAGES = ("fr", "es", "ru")

COURSES = {"fr": fr_courses.TRANSLATIONS, "es": es_courses.TRANSLATIONS, "ru": ru_courses.TRANSLATIONS}
TOOLKIT = {"fr": fr_toolkit.TRANSLATIONS, "es": es_toolkit.TRANSLATIONS, "ru": ru_toolkit.TRANSLATIONS}
SITE = {"ru": ru_site.TRANSLATIONS}


def merged(written_beside_source, extra, language):
    """Translations of one product in `language`: those beside the source, then this package's."""
    return {**written_beside_source.get(language, {}), **extra.get(language, {})}
