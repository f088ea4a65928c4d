"""An event's accessibility as visitors see it: the venue's place features, unless the event says
it differs, and the features arranged per event.

One definition for every place that shows it: the event page and its cards
(``EventPage.access_features``), the agenda's filter and its counts (``feature_condition``), the
API and the schema.org data. Only a published venue speaks for its events, as only a published
venue is shown. The editors' form and the messages after saving point out what an event claims
that its venue's details do not back (``claims_beyond_venue``).
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .choices import VENUE_FEATURES, AccessibilitySource

# Said after what an event claims beyond its venue (``Flag.venue_lacks``).
BEYOND_VENUE_ADVICE = _(
    "If that is right for this event (another room, a temporary ramp or loop), explain it in the "
    "text. If not, choose 'As at the venue'."
)


def follows_venue(event):
    """Whether ``event`` shows its venue's place features (it has a venue and does not differ)."""
    return event.accessibility_source == AccessibilitySource.VENUE and event.venue_id is not None


def has_feature(event, flag):
    """Whether visitors are told that ``event`` has the feature ``flag``."""
    if flag.at_venue and follows_venue(event):
        venue = event.public_venue
        return venue is not None and getattr(venue, flag.field)
    return getattr(event, flag.field)


def feature_condition(flag, prefix=""):
    """``has_feature`` as a query condition on events (``prefix="event__"`` from their dates)."""
    own = Q(**{f"{prefix}{flag.field}": True})
    if not flag.at_venue:
        return own
    from_venue = Q(
        **{
            f"{prefix}accessibility_source": AccessibilitySource.VENUE,
            f"{prefix}venue__live": True,
            f"{prefix}venue__{flag.field}": True,
        }
    )
    # Everything ``follows_venue`` does not cover, so the filter and the page never disagree.
    by_event = ~Q(**{f"{prefix}accessibility_source": AccessibilitySource.VENUE}) | Q(
        **{f"{prefix}venue__isnull": True}
    )
    return from_venue | (by_event & own)


def claims_beyond_venue(source, venue, claimed):
    """The place features among ``claimed`` (fields ticked on the event) that the event shows
    although ``venue`` lacks them: only when the event differs from its venue."""
    if source != AccessibilitySource.EVENT or venue is None:
        return []
    return [
        flag for flag in VENUE_FEATURES if flag.field in claimed and not getattr(venue, flag.field)
    ]


def beyond_venue_messages(venue, flags):
    """What to tell the editor about ``flags`` (from ``claims_beyond_venue``), one per feature."""
    return [f"{flag.venue_lacks % {'venue': venue.name}} {BEYOND_VENUE_ADVICE}" for flag in flags]
