"""Excerpts with the searched words marked, safe to put in a page.

The text is escaped first and only then are the matches wrapped in <mark>, so nothing a visitor
types or an editor writes can become markup.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

EXCERPT_LENGTH = 240
MIN_TERM_LENGTH = 2


def terms_of(query):
    """The words of a query worth marking: letters and digits, at least two characters."""
    words = re.findall(r"\w+", query.lower())
    return sorted({word for word in words if len(word) >= MIN_TERM_LENGTH}, key=len, reverse=True)


def excerpt(text, terms, length=EXCERPT_LENGTH):
    """About ``length`` characters of ``text`` around the first match, matches marked."""
    text = " ".join((text or "").replace("\0", "").replace("\1", "").split())
    if not terms:
        return escape(shorten(text, 0, length))
    # Words that start with a term: "ontdekking" marks "ontdekkingen" too.
    pattern = re.compile(r"\b(" + "|".join(re.escape(term) for term in terms) + r")\w*", re.I)
    first = pattern.search(text)
    begin = max(0, first.start() - length // 3) if first else 0
    part = shorten(text, begin, length)
    marked = pattern.sub(lambda match: "\0" + match.group(0) + "\1", part)
    html = escape(marked).replace("\0", "<mark>").replace("\1", "</mark>")
    return mark_safe(html)


def shorten(text, begin, length):
    """``length`` characters from ``begin``, cut at word boundaries, with ellipses."""
    if len(text) <= length and begin == 0:
        return text
    if begin:
        space = text.find(" ", begin)
        begin = space + 1 if 0 <= space < begin + 30 else begin
    part = text[begin : begin + length]
    if begin + length < len(text):
        part = part.rsplit(" ", 1)[0] + " …"
    return ("… " if begin else "") + part
