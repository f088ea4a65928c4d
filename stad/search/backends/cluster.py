"""Dutch and English analysis for a search cluster (OpenSearch, Elasticsearch).

Wagtail copies the text of every searchable field into catch-all fields (``_all_text`` and one
per boost). Each of those gets sub-fields analysed in Dutch (``.nl``, plus ``.nl_prefix`` where
every word is also indexed by its beginnings, for compounds) and in English (``.en``). A query
searches the catch-all field with the words as written, and the sub-fields of the visitor's
language. All languages share one index, as in Wagtail; a page's own language decides which
sub-field will ever be asked about it.

``opensearch.py`` and ``elasticsearch.py`` apply ``language_aware`` to Wagtail's backend for
each, in modules of their own so that a missing client for one does not break the other.
"""

import os
from copy import deepcopy

from modelsearch.backends.elasticsearchbase import Field
from modelsearch.utils import deep_update

from . import LanguageAwareBackend

ANALYSIS = {
    "filter": {
        "dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
        "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
        "english_stop": {"type": "stop", "stopwords": "_english_"},
        "english_possessive": {"type": "stemmer", "language": "possessive_english"},
        "english_stemmer": {"type": "stemmer", "language": "english"},
        # "biodiversiteit" is the beginning of "biodiversiteitsverhaal"
        "word_beginnings": {
            "type": "edge_ngram",
            "min_gram": 4,
            "max_gram": 30,
            "preserve_original": True,
        },
    },
    "analyzer": {
        "stad_dutch": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding", "dutch_stop", "dutch_stemmer"],
        },
        "stad_dutch_beginnings": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "lowercase",
                "asciifolding",
                "dutch_stop",
                "dutch_stemmer",
                "word_beginnings",
            ],
        },
        "stad_english": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "english_possessive",
                "lowercase",
                "asciifolding",
                "english_stop",
                "english_stemmer",
            ],
        },
    },
}

LANGUAGE_SUBFIELDS = {
    "nl": {"type": "text", "analyzer": "stad_dutch"},
    "nl_prefix": {
        "type": "text",
        "analyzer": "stad_dutch_beginnings",
        "search_analyzer": "stad_dutch",
    },
    "en": {"type": "text", "analyzer": "stad_english"},
}

# Sub-fields a query in each language searches, with their weight next to the words as written.
QUERY_SUBFIELDS = {
    "nl": (("nl", 1.0), ("nl_prefix", 0.5)),
    "en": (("en", 1.0),),
}
# No language given (Wagtail's admin search): a page matches in whichever language it is in.
ANY_LANGUAGE = tuple(subfield for subfields in QUERY_SUBFIELDS.values() for subfield in subfields)


def with_language_analysis(settings):
    return deep_update(deepcopy(settings), {"settings": {"analysis": ANALYSIS}})


class LanguageMappingMixin:
    def get_mapping(self):
        mapping = super().get_mapping()
        for name, field in mapping["properties"].items():
            if name.startswith("_all_text"):
                field["fields"] = deepcopy(LANGUAGE_SUBFIELDS)
        return mapping


class LanguageQueryCompilerMixin:
    def __init__(self, *args, language=None, **kwargs):
        self.language = language  # set first: the parent's __init__ maps the fields
        super().__init__(*args, **kwargs)

    def _remap_fields(self, fields):
        remapped = []
        for field in super()._remap_fields(fields):
            remapped.append(field)
            if field.field_name.startswith("_all_text"):
                remapped += [
                    Field(f"{field.field_name}.{subfield}", field.boost * weight)
                    for subfield, weight in QUERY_SUBFIELDS.get(self.language, ANY_LANGUAGE)
                ]
        return remapped


class RemembersMissedChangesMixin:
    """An object the cluster could not update is remembered in the database and updated later
    (``stad.search.pending``), instead of Wagtail's traceback and a stale entry."""

    def add(self, obj, catching_up=False):
        try:
            super().add(obj)
        except Exception as error:  # the client's errors differ per cluster and version
            if catching_up:
                raise
            from stad.search import pending  # the models need the app registry, the backend not

            pending.remember(obj, error)

    def delete(self, obj, catching_up=False):
        try:
            super().delete(obj)
        except Exception as error:
            if catching_up:
                raise
            from stad.search import pending

            pending.remember(obj, error)


class LanguageBackendMixin(LanguageAwareBackend):
    def __init__(self, params):
        super().__init__(params)
        self.settings = with_language_analysis(self.settings)


# How long a visitor's search waits for the cluster (indexing keeps the backend's TIMEOUT): a
# healthy cluster answers in tens of milliseconds; a hanging one then costs one search this
# long before the breaker (stad/core/outages.py) sends searches to the database for a while.
QUERY_TIMEOUT = float(os.environ.get("SEARCH_QUERY_TIMEOUT", "0.45"))


def with_query_timeout(client, kwargs):
    """The call's keyword arguments with the short timeout, for clients that take it per call
    (opensearch-py; the Elasticsearch 8+ client sets it with ``.options()``, which would need
    a client per call, so it keeps the backend's TIMEOUT)."""
    if hasattr(client, "options"):
        return kwargs
    return {**kwargs, "request_timeout": QUERY_TIMEOUT}


class QuickAnswerResultsMixin:
    def _backend_do_search(self, body, **kwargs):
        return super()._backend_do_search(body, **with_query_timeout(self.backend.es, kwargs))


def language_aware(wagtail_backend):
    """A subclass of one of Wagtail's cluster backends with the mix-ins above."""
    mapping = type("Mapping", (LanguageMappingMixin, wagtail_backend.mapping_class), {})
    compiler = type(
        "QueryCompiler",
        (LanguageQueryCompilerMixin, wagtail_backend.query_compiler_class),
        {"mapping_class": mapping},
    )
    autocomplete = type(
        "AutocompleteQueryCompiler",
        (wagtail_backend.autocomplete_query_compiler_class,),
        {"mapping_class": mapping},
    )
    results = type("SearchResults", (QuickAnswerResultsMixin, wagtail_backend.results_class), {})
    return type(
        "SearchBackend",
        (RemembersMissedChangesMixin, LanguageBackendMixin, wagtail_backend),
        {
            "results_class": results,
            "mapping_class": mapping,
            "query_compiler_class": compiler,
            "autocomplete_query_compiler_class": autocomplete,
        },
    )
