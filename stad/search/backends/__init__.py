"""Search backends that know which language a page is written in, and which one a visitor reads.

Wagtail's backends index every page with one analyzer, so a Dutch query would not find the
plural or the compound of a Dutch word, and English text would be stemmed as if it were Dutch
(or not at all). Here each page is analysed in its own language when it is indexed, and each
query is analysed in the visitor's language:

- PostgreSQL (``postgres.py``): the text-search configuration (``dutch``/``english``) is chosen
  per page at index time and per query at search time.
- OpenSearch / Elasticsearch (``cluster.py``): the catch-all text fields get a Dutch and an
  English sub-field, and a query searches the sub-field of its language.
- SQLite (``sqlite.py``): no stemmer is available in FTS5, so every word is matched as a prefix.

Why not one backend per language (``SEARCH_CONFIG: dutch`` next to ``SEARCH_CONFIG: english``)?
Every database backend writes to the same index table, one row per page: a second database
backend would overwrite the rows of the first. So there is one database backend, and the
language lives in each row's vector instead of in the backend's settings.
"""

from wagtail.models import Locale


class LanguageAwareBackend:
    """Adds ``search_in(language, ...)``; the backend's query compilers take ``language``."""

    stems = True  # whether "studies" finds "studying" (tests/test_search_language.py)

    def search_in(self, language, query, queryset, operator=None):
        return self._search(
            self.query_compiler_class, query, queryset, operator=operator, language=language
        )


def search_in(backend, language, query, queryset, operator=None):
    """Search in ``language`` where the backend supports it, plainly where it does not."""
    if isinstance(backend, LanguageAwareBackend):
        return backend.search_in(language, query, queryset, operator=operator)
    return backend.search(query, queryset, operator=operator)


def languages_by_locale():
    """{locale id: language code}; one small query, asked once per batch of pages indexed."""
    return dict(Locale.objects.values_list("pk", "language_code"))
