"""SQLite (FTS5) search where every word is also a prefix.

FTS5 has no Dutch or English stemmer, so "ontdekking" would not find "ontdekkingen". Matching
each word as a prefix finds plurals and compounds that start with the word, which is most of
what stemming would give a Dutch reader; it is the embedded default for development.
"""

from functools import reduce

from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import PlainText

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


class SearchBackend(LanguageAwareBackend, SQLiteSearchBackend):
    stems = False
    query_compiler_class = PrefixQueryCompiler
