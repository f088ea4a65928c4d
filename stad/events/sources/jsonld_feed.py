"""schema.org ``Event`` data: in JSON-LD ``<script>`` elements of a partner's web page, or a JSON
feed of such objects. Only the standard library: ``html.parser`` finds the scripts, ``json``
reads them (extruct would bring lxml and rdflib for the same result)."""

import datetime
import json
from decimal import Decimal, InvalidOperation
from html.parser import HTMLParser

from django.utils.translation import gettext as _

from .feed_events import SINGLE_DATE, FeedDate, FeedError, FeedEvent, FeedPlace, split_postcode
from .feed_times import date_span

CANCELLED = (
    "EventCancelled",
    "https://schema.org/EventCancelled",
    "http://schema.org/EventCancelled",
)


class JsonLdScripts(HTMLParser):
    """Collects the text of every ``<script type="application/ld+json">``."""

    def __init__(self):
        super().__init__()
        self.scripts, self._inside = [], False

    def handle_starttag(self, tag, attrs):
        kind = (dict(attrs).get("type") or "").split(";")[0].strip().lower()
        self._inside = tag == "script" and kind == "application/ld+json"
        if self._inside:
            self.scripts.append("")

    def handle_endtag(self, tag):
        self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.scripts[-1] += data


def read_jsonld(content, window):
    """The schema.org events of a web page or JSON feed that have a date within ``window``."""
    text = content.decode("utf-8", errors="replace").strip()
    if text.startswith(("{", "[")):
        documents = [text]
    else:
        parser = JsonLdScripts()
        parser.feed(text)
        documents = parser.scripts
    if not documents:
        raise FeedError(_("No schema.org data (JSON-LD) found."))
    try:
        found = [item for document in documents for item in schema_objects(json.loads(document))]
    except ValueError as error:
        raise FeedError(_("Invalid JSON-LD: %(error)s") % {"error": error}) from error
    events = [feed_event(item) for item in found if is_event(item)]
    first, last = window
    return [
        event
        for event in events
        if event is not None and first <= event.dates[0].start.date() <= last
    ]


def schema_objects(data):
    """Every object in a JSON-LD document: lists, ``@graph`` and ``itemListElement`` opened."""
    if isinstance(data, list):
        for item in data:
            yield from schema_objects(item)
    elif isinstance(data, dict):
        yield data
        for name in ("@graph", "itemListElement"):
            yield from schema_objects(data.get(name, []))
        if isinstance(data.get("item"), dict):  # a ListItem
            yield data["item"]


def is_event(item):
    kinds = item.get("@type", [])
    kinds = kinds if isinstance(kinds, list) else [kinds]
    # Event and its subtypes (EducationEvent, ExhibitionEvent, ...).
    return any(isinstance(kind, str) and kind.endswith("Event") for kind in kinds)


def feed_event(item):
    """The event, or None when it has no identity or no readable start."""
    key = item.get("@id") or item.get("url")
    start = parse_moment(item.get("startDate"))
    if not isinstance(key, str) or not key or start is None:
        return None
    start, end, all_day = date_span(start, parse_moment(item.get("endDate")))
    place, online_url = location_of(item.get("location"))
    is_free, price = offers_of(item)
    return FeedEvent(
        key=key,
        title=plain(item.get("name")) or key,
        description=plain(item.get("description")),
        url=plain(item.get("url")),
        online_url=online_url,
        place=place,
        is_free=is_free,
        price=price,
        dates=[
            FeedDate(
                key=SINGLE_DATE,
                start=start,
                end=end,
                all_day=all_day,
                cancelled=plain(item.get("eventStatus")) in CANCELLED,
            )
        ],
    )


def parse_moment(value):
    """A date ("2027-11-20") or a date and time (with or without its offset), else None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    try:
        if len(value) == 10:
            return datetime.date.fromisoformat(value)
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return None


def location_of(location):
    """(place, online link) from a Place, a VirtualLocation or a list of both (hybrid)."""
    place, online_url = None, ""
    for item in location if isinstance(location, list) else [location]:
        if not isinstance(item, dict):
            continue
        if item.get("@type") == "VirtualLocation":
            online_url = plain(item.get("url"))
        elif item.get("name") or item.get("address"):
            place = place_of(item)
    return place, online_url


def place_of(item):
    address = item.get("address")
    if isinstance(address, dict):
        street = plain(address.get("streetAddress"))
        postcode = plain(address.get("postalCode"))
        city = plain(address.get("addressLocality"))
    else:
        # An address as one line: "Rapenburg 73, 2311 GJ Leiden".
        street, _comma, rest = plain(address).partition(",")
        postcode, city = split_postcode(rest.strip())
    name = plain(item.get("name")) or street
    return FeedPlace(name=name[:120], street=street[:120], postcode=postcode[:12], city=city[:80])


def offers_of(item):
    """(is free, price in euros): from isAccessibleForFree and the first offer with a price."""
    offers = item.get("offers") or []
    prices = []
    for offer in offers if isinstance(offers, list) else [offers]:
        if isinstance(offer, dict) and offer.get("price") not in (None, ""):
            try:
                prices.append(Decimal(str(offer["price"]).replace(",", ".")))
            except InvalidOperation:
                continue
    free = item.get("isAccessibleForFree")
    if isinstance(free, str):
        free = free.strip().lower() in ("true", "yes", "1")
    if free is True or (prices and max(prices) == 0):
        return True, None
    if prices:
        return False, min(prices)
    return (False, None) if free is False else (None, None)


def plain(value):
    return value.strip() if isinstance(value, str) else ""
