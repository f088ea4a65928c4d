"""Expanding a visitor's query with the synonyms editors keep (``SynonymGroup``)."""

import re

from stad.search.models import SynonymGroup

MAX_ALTERNATIVES = 8  # a query naming many abbreviations still makes a small search


def alternatives(query, groups=None):
    """The query rewritten with each synonym of each term it contains, e.g.
    "LBSP bedrijven" -> ["Leiden Bio Science Park bedrijven"]."""
    if groups is None:
        groups = [group.term_list() for group in SynonymGroup.objects.all()]
    found = []
    for terms in groups:
        for term in terms:
            pattern = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)
            if pattern.search(query):
                found += [
                    pattern.sub(lambda _match, other=other: other, query)
                    for other in terms
                    if other.lower() != term.lower()
                ]
                break
    unique = [text for text in dict.fromkeys(found) if text.lower() != query.lower()]
    return unique[:MAX_ALTERNATIVES]
