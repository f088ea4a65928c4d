"""schema.org Event data for event pages, so search engines can show dates, place and tickets.

One Event per date: schema.org has no "series with many dates", and search engines list each
date on its own. Everything is plain JSON data; the template tag does the escaping.
"""

import decimal
from urllib.parse import urljoin

from django.utils import timezone

from stad.core.linked import linked
from stad.core.renditions import rendition
from stad.core.seo import SOCIAL_IMAGE_SPEC
from stad.events.models.choices import SpokenLanguage
from stad.events.models.occurrence import Status

SCHEMA = "https://schema.org/"

EVENT_STATUS = {
    Status.SCHEDULED: "EventScheduled",
    # schema.org has no "sold out" event status: the event goes ahead, the offer is sold out.
    Status.SOLD_OUT: "EventScheduled",
    # Our "postponed" always has its new date, which is schema.org's "rescheduled".
    Status.POSTPONED: "EventRescheduled",
    Status.CANCELLED: "EventCancelled",
}

# BCP 47 codes of the spoken language; nothing for events without speech.
SPOKEN_LANGUAGE_CODES = {
    SpokenLanguage.DUTCH: "nl",
    SpokenLanguage.ENGLISH: "en",
    SpokenLanguage.BOTH: ["nl", "en"],
}


def event_json_ld(page, request):
    """A list of schema.org Event dicts, one per date of ``page``.

    Upcoming dates when there are any (past ones are of no use in search results); otherwise
    all of them, so an archived event still describes what took place.
    """
    dates = page.upcoming_dates() or page.dates()
    if not dates:
        return []
    url = page.get_full_url(request)
    shared = shared_fields(page, url, request)
    return [{**shared, **date_fields(page, occurrence, url)} for occurrence in dates]


def shared_fields(page, url, request):
    """What every date of the event has in common, computed once."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "url": url,
        "eventAttendanceMode": SCHEMA + attendance_mode(page),
        "location": location(page),
        "isAccessibleForFree": page.is_free,
    }
    if page.introduction:
        data["description"] = page.introduction
    if language := SPOKEN_LANGUAGE_CODES.get(page.spoken_language):
        data["inLanguage"] = language
    if organizers := organizations(page, request):
        data["organizer"] = organizers
    if festival := page.festival:
        data["superEvent"] = {
            "@type": "Event",
            "name": festival.title,
            "url": festival.get_full_url(request),
            "startDate": festival.start_date.isoformat(),
            "endDate": festival.end_date.isoformat(),
        }
    if page.listing_image and (image := rendition(page.listing_image, SOCIAL_IMAGE_SPEC)):
        # Against the page address, not the request: an image on the page's own host, and
        # renditions on a media host (an absolute URL) stay as they are.
        data["image"] = urljoin(url, image.url) if url else image.url
    if page.audiences:
        data["audience"] = [
            {"@type": "Audience", "audienceType": str(flag.label)} for flag in page.audiences
        ]
    return data


def date_fields(page, occurrence, url):
    data = {
        "startDate": schema_moment(occurrence.start, occurrence.all_day),
        "endDate": schema_moment(occurrence.end, occurrence.all_day),
        "eventStatus": SCHEMA + EVENT_STATUS[occurrence.status],
    }
    if occurrence.status == Status.POSTPONED and occurrence.previous_start:
        data["previousStartDate"] = schema_moment(occurrence.previous_start, occurrence.all_day)
    # A cancelled date sells nothing; an offer on it would invite a ticket search.
    if occurrence.status != Status.CANCELLED:
        data["offers"] = offer(page, occurrence, url)
    return data


def schema_moment(moment, all_day):
    """ISO 8601 in Dutch time with its UTC offset; only the date for a whole-day date."""
    local = timezone.localtime(moment)
    return local.date().isoformat() if all_day else local.isoformat()


def attendance_mode(page):
    if page.public_venue and page.online_url:
        return "MixedEventAttendanceMode"
    if page.online_url:
        return "OnlineEventAttendanceMode"
    return "OfflineEventAttendanceMode"


def location(page):
    places = []
    if venue := page.public_venue:
        place = {
            "@type": "Place",
            "name": venue.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": venue.street,
                "postalCode": venue.postcode,
                "addressLocality": venue.city,
                # Venues have no country field: this is a Leiden agenda.
                "addressCountry": "NL",
            },
        }
        if venue.latitude is not None and venue.longitude is not None:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(venue.latitude),
                "longitude": float(venue.longitude),
            }
        # What the event page says under "Accessibility": the venue's features unless the event
        # differs, and those arranged for this event (schema.org has them on the place only).
        if features := page.access_features:
            place["amenityFeature"] = [
                {"@type": "LocationFeatureSpecification", "name": str(flag.label), "value": True}
                for flag in features
            ]
        places.append(place)
    if page.online_url:
        places.append({"@type": "VirtualLocation", "url": page.online_url})
    return places[0] if len(places) == 1 else places


def offer(page, occurrence, url):
    # schema.org wants the price as a plain number; a string keeps "7.50" exact.
    price = "0" if page.is_free or page.price is None else f"{decimal.Decimal(page.price):.2f}"
    sold_out = occurrence.status == Status.SOLD_OUT
    return {
        "@type": "Offer",
        "price": price,
        "priceCurrency": "EUR",
        "url": page.ticket_url or url,
        "availability": SCHEMA + ("SoldOut" if sold_out else "InStock"),
    }


def organizations(page, request):
    """The event's partners as organisers, as the page names them; none when it names none."""
    organizers = []
    # The same partners the page lists under its text, read once for both.
    for partner in linked(request, page, "partner_links", "partner"):
        organization = {"@type": "Organization", "name": partner.label}
        if partner.url:
            organization["url"] = partner.url
        organizers.append(organization)
    return organizers
