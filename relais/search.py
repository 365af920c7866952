"""Full-text search in each language of the site (settings.WAGTAILSEARCH_BACKENDS).

On PostgreSQL every page is indexed with the text search configuration of its own language
(english, french, spanish, russian: stemming and stop words), and a query is parsed with the
configuration of the language being read, so "formations" finds "formation" in French and
"миграции" finds "миграция" in Russian. Elsewhere (SQLite, the embedded default) Wagtail's own
database backend is used: FTS5 with its Unicode tokenizer, or plain matching where FTS5 is
missing; searches are limited to the reader's locale by the caller either way.

Settings: SEARCH_CONFIGS, {language code: PostgreSQL configuration}; SEARCH_CONFIG for any other
language ("simple").
"""

from collections import defaultdict
from copy import copy

from django.db import connection
from django.utils.translation import get_language
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.models import Locale

DEFAULT_CONFIGS = {"en": "english", "fr": "french", "es": "spanish", "ru": "russian"}


def _language_of(obj, languages):
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return None
    if locale_id not in languages:
        languages.update(Locale.objects.values_list("pk", "language_code"))
    return languages.get(locale_id)


class LanguageIndex(PostgresIndex):
    """Each object's text is turned into a tsvector with its own language's configuration."""

    def add_items(self, model, objs):
        languages = {}
        by_config = defaultdict(list)
        for obj in objs:
            by_config[self.backend.config_for(_language_of(obj, languages))].append(obj)
        for config, group in by_config.items():
            backend = copy(self.backend)
            backend.config = config
            PostgresIndex(backend).add_items(model, group)


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for(get_language())


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.configs = {**DEFAULT_CONFIGS, **params.get("SEARCH_CONFIGS", {})}
        self.config = params.get("SEARCH_CONFIG") or "simple"

    def config_for(self, language):
        return self.configs.get((language or "").split("-")[0], self.config)


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    return DatabaseSearchBackend(params)
