"""The venue of an imported event: an existing one with the same name and address, or a new one
that goes to the review workflow like a venue an editor adds."""

from wagtail.models import Locale

from stad.events.models import Venue


def venue_for(place):
    """The venue for a feed's ``FeedPlace`` (None for None)."""
    if place is None or not place.name:
        return None
    venues = Venue.objects.filter(locale=Locale.get_default(), name__iexact=place.name)
    if place.street:
        venues = venues.filter(street__iexact=place.street)
    venue = venues.order_by("-live", "pk").first()
    if venue is not None:
        return venue
    venue = Venue.objects.create(
        locale=Locale.get_default(),
        name=place.name,
        street=place.street,
        postcode=place.postcode,
        city=place.city or "Leiden",
        live=False,
    )
    # Not cleaned: a feed may lack the street or postcode, which the reviewer then adds.
    venue.save_revision(clean=False)
    workflow = venue.get_workflow()
    if workflow is not None:
        workflow.start(venue, None)
    return venue
