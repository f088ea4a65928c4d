"""What the import reads from any feed, whatever its format: events with their dates and place.

The parsers (``ical_feed``, ``jsonld_feed``) turn a feed into these; the importer compares them
with what it stored last time. Times are aware and in Europe/Amsterdam already.
"""

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal

# The key of the one date of an event that does not repeat: a changed time is then the same
# date moved, not one date gone and another new.
SINGLE_DATE = "event"
DUTCH_POSTCODE = re.compile(r"(?P<postcode>\d{4} ?[A-Za-z]{2})\s+(?P<city>.+)")


class FeedError(Exception):
    """A feed that cannot be read: its message is shown to editors and in the command's output."""


@dataclass(frozen=True)
class FeedPlace:
    name: str
    street: str = ""
    postcode: str = ""
    city: str = ""


@dataclass(frozen=True)
class FeedDate:
    key: str  # stable across imports: the instance's original start, or SINGLE_DATE
    start: datetime.datetime
    end: datetime.datetime
    all_day: bool = False
    cancelled: bool = False


@dataclass
class FeedEvent:
    key: str  # the UID, or for schema.org the event's @id or URL
    title: str
    dates: list[FeedDate]
    description: str = ""
    url: str = ""
    online_url: str = ""
    place: FeedPlace | None = None
    is_free: bool | None = None  # None: the feed does not say
    price: Decimal | None = None


def split_postcode(line):
    """("2333 CR", "Leiden") from "2333 CR Leiden"; ("", line) without a Dutch postcode."""
    match = DUTCH_POSTCODE.match(line)
    if match is None:
        return "", line[:80]
    return match["postcode"], match["city"][:80]
