"""The venues a visitor can narrow the agenda by: plain facts of the live venues of a language.

The same for every visitor, so worked out once per generation of the page cache
(``stad.core.site_wide``: saving or publishing a venue renews it) rather than read on every
agenda page built.
"""

from typing import NamedTuple

from stad.core.site_wide import remembered
from stad.events.models.venue import Venue


class VenueChoice(NamedTuple):
    pk: int
    name: str
    translation_key: str


def venue_choices(request, locale_id):
    """The live venues of the locale ``locale_id``, by name."""

    def read():
        venues = Venue.objects.filter(locale_id=locale_id, live=True).order_by("name")
        return [VenueChoice(*row) for row in venues.values_list("pk", "name", "translation_key")]

    return remembered(request, f"venues:{locale_id}", read)
