"""Which pages an anonymous visitor may open: Wagtail's ``PageQuerySet.public()`` in SQL.

Wagtail's ``public()`` reads every view restriction in a query of its own each time it is
called, and a page calls it for its menu, breadcrumbs, footer and every list. ``public``
here says the same (no restriction on the page or an ancestor) as a subquery of the list's
own query, so it costs no query of its own.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def restricted_here_or_above():
    """A restriction on the outer page or one of its ancestors (its path starts with theirs)."""
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
    )


def public(pages):
    """``pages`` (a page queryset) without the pages behind a password, login or group."""
    return pages.exclude(restricted_here_or_above())
