"""PostgreSQL full-text search with a Dutch or English text-search configuration per page.

Each page's vectors are built with the configuration of its own language; a query is parsed
with the configuration of the visitor's language. Both stem: "ontdekkingen" and "ontdekking"
meet in the lexeme "ontdek". Dutch glues words together ("biodiversiteitsverhaal"), which no
stemmer splits, so Dutch query words also match as prefixes of longer words.
"""

import copy
from collections import defaultdict
from functools import reduce

from django.contrib.postgres.search import SearchQuery
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText

from . import LanguageAwareBackend, languages_by_locale

TEXT_SEARCH_CONFIGS = {"nl": "dutch", "en": "english"}
UNKNOWN_LANGUAGE = "simple"  # images, documents: no stemming, words as written
PREFIX_LANGUAGES = {"nl"}  # languages that write compounds as one word
MIN_PREFIX_LENGTH = 4  # "kin" would match half the dictionary; "kind" finds "kinderen"


def config_for(language):
    return TEXT_SEARCH_CONFIGS.get(language, UNKNOWN_LANGUAGE)


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        languages = languages_by_locale()
        by_config = defaultdict(list)
        for obj in objs:
            by_config[config_for(languages.get(getattr(obj, "locale_id", None)))].append(obj)
        for config, group in by_config.items():
            # Wagtail's indexer reads the configuration off the backend, so each language
            # gets a copy of the backend that carries its configuration.
            backend = copy.copy(self.backend)
            backend.config = config
            PostgresIndex(backend).add_items(model, group)


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def __init__(self, *args, language=None, **kwargs):
        self.language = language
        super().__init__(*args, **kwargs)

    def get_config(self, backend):
        return config_for(self.language)

    def build_tsquery(self, query, config=None):
        if self.language is None:
            # No language given (the admin's page search): a page matches if the query matches
            # in the configuration it was indexed with, whichever that was.
            configs = [*TEXT_SEARCH_CONFIGS.values(), UNKNOWN_LANGUAGE]
            # (Not a generator expression: super() without arguments fails inside one.)
            build = super().build_tsquery
            return reduce(lambda a, b: a | b, [build(query, config=c) for c in configs])
        return super().build_tsquery(query, config=config)

    def build_tsquery_content(self, query, config=None, invert=False):
        if not (isinstance(query, PlainText) and self.language in PREFIX_LANGUAGES):
            return super().build_tsquery_content(query, config=config, invert=invert)
        terms = [term for term in query.query_string.replace("-", " ").split() if term]
        if not terms:
            return None
        lexemes = [
            Lexeme(term, invert=invert, prefix=len(term) >= MIN_PREFIX_LENGTH) for term in terms
        ]
        if query.operator == "and":
            combined = reduce(lambda a, b: a & b, lexemes)
        else:
            combined = reduce(lambda a, b: a | b, lexemes)
        return SearchQuery(combined, search_type="raw", config=config)


class SearchBackend(LanguageAwareBackend, PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler
