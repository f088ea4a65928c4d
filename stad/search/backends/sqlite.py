"""SQLite (FTS5) search where every word is also a prefix.

FTS5 has no Dutch or English stemmer, so "ontdekking" would not find "ontdekkingen". Matching
each word as a prefix finds plurals and compounds that start with the word, which is most of
what stemming would give a Dutch reader; it is the embedded default for development.
"""

from functools import reduce

from django.db.models import Case, CharField, FloatField, IntegerField, Subquery, Value, When
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import (
    Lexeme,
    MatchExpression,
    SearchQueryExpression,
    normalize,
)
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from . import LanguageAwareBackend


class PrefixQueryCompiler(SQLiteSearchQueryCompiler):
    def __init__(self, *args, language=None, **kwargs):
        self.language = language  # one tokenizer serves every language here
        super().__init__(*args, **kwargs)

    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        # Each term becomes an FTS5 string ("term"*), which a double quote would end early. The
        # tokenizer treats quotes as separators anyway, so dropping them changes no match.
        terms = [term.replace('"', "") for term in query.query_string.split()]
        terms = [term for term in terms if term]
        if not terms:
            return None
        lexemes = [Lexeme(term, prefix=True) for term in terms]
        if query.operator.upper() == "AND":
            combined = reduce(lambda a, b: a & b, lexemes)
        else:
            combined = reduce(lambda a, b: a | b, lexemes)
        return SearchQueryExpression(combined, config=config)

    def search(self, config, start, stop, score_field=None):
        """Results by relevance with the full-text index searched once.

        Wagtail's SQLite compiler scores each candidate page in a correlated subquery that runs
        the whole FTS5 match again for that page: with thousands of pages that all say "Leiden"
        one search took 30 seconds. Here one query ranks every match that the page queryset
        allows (bm25, best first, as Wagtail orders them) and the pages of the requested slice
        are then read by primary key, with their scores.
        """
        chosen = self.ranked_slice(config, start, stop)
        if chosen is None:
            return super().search(config, start, stop, score_field)
        score = Case(
            *(When(pk=pk, then=Value(value)) for pk, value in chosen),
            default=Value(0.0),
            output_field=FloatField(),
        )
        field = score_field or "_score"
        queryset = self.queryset.filter(pk__in=[pk for pk, _value in chosen])
        return queryset.annotate(**{field: score}).order_by(field, "-pk")

    def ranked_slice(self, config, start, stop):
        """The (primary key, score) pairs of the slice, or None where Wagtail's own way is kept
        (no ordering by relevance, match everything, a negated query)."""
        normalized = normalize(self.query)
        if not self.order_by_relevance or isinstance(normalized, (MatchAll, Not)):
            return None
        return self.ranked(normalized, config, start, stop)

    def wants_only_ids(self):
        return self.queryset.query.deferred_loading == ({self.queryset.model._meta.pk.name}, False)

    def ranked(self, normalized, config, start, stop):
        """(primary key, bm25 score) of the matches in the queryset from ``start`` to ``stop``,
        best first: ordered and cut in SQL, so a word on every page costs no more to fetch."""
        # Unordered: SQLite would otherwise sort the allowed pages before looking them up.
        allowed = (
            self.queryset.order_by().annotate(pk_text=Cast("pk", CharField())).values("pk_text")
        )
        matches = (
            SQLiteFTSIndexEntry.objects.filter(
                MatchExpression(
                    self.fields or self.FTS_TABLE_FIELDS,
                    self.build_search_query(normalized, config=config),
                )
            )
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(
                    self.queryset.model
                ),
                index_entry__object_id__in=Subquery(allowed),
            )
            .annotate(
                score=self._build_rank_expression(self.get_search_vectors(), config),
                page_pk=Cast("index_entry__object_id", IntegerField()),
            )
            # A page is indexed once, as its own type, so each primary key comes once.
            .order_by("score", "-page_pk")
            .values_list("page_pk", "score")
        )
        return list(matches[start:stop])


class RankedSearchResults(SQLiteSearchResults):
    def ranked_pairs(self):
        """(primary key, score) of this slice from the ranking query, or None where Wagtail's
        own search runs: autocomplete keeps Wagtail's compiler (it matches titles only, a few
        at a time), and some queries keep Wagtail's way (see ``ranked_slice``)."""
        compiler = self.query_compiler
        if not isinstance(compiler, PrefixQueryCompiler):
            return None
        return compiler.ranked_slice(compiler.get_config(self.backend), self.start, self.stop)

    def _do_search(self):
        """For a search that wants only ids (``pages.only("pk")``, as the search page ranks),
        the ranking query is the whole answer: the pages come back with every other field
        deferred (read if anyone asks), without a second query for their ids."""
        compiler = self.query_compiler
        wants_only_ids = isinstance(compiler, PrefixQueryCompiler) and compiler.wants_only_ids()
        chosen = self.ranked_pairs() if wants_only_ids else None
        if chosen is None:
            return super()._do_search()
        return [self.deferred(compiler.queryset, pk, value) for pk, value in chosen]

    def ids(self):
        """The primary keys of the results, best first, without making an object of each: the
        ranking query names them (and has checked them against the queryset's conditions)."""
        chosen = self.ranked_pairs()
        if chosen is None:
            return [found.pk for found in self]
        return [pk for pk, _score in chosen]

    def deferred(self, queryset, pk, score):
        found = queryset.model.from_db(queryset.db, [queryset.model._meta.pk.attname], [pk])
        if self._score_field:
            setattr(found, self._score_field, score)
        return found


class SearchBackend(LanguageAwareBackend, SQLiteSearchBackend):
    stems = False
    query_compiler_class = PrefixQueryCompiler
    results_class = RankedSearchResults
