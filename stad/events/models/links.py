"""Theme and partner links of events (see ``programmes.models.links`` for why they are objects)."""

from modelcluster.fields import ParentalKey

from stad.programmes.models import PartnerLink, ThemeLink


class EventThemeLink(ThemeLink):
    page = ParentalKey("events.EventPage", related_name="theme_links")


class EventPartnerLink(PartnerLink):
    page = ParentalKey("events.EventPage", related_name="partner_links")


class FestivalPartnerLink(PartnerLink):
    page = ParentalKey("events.FestivalPage", related_name="partner_links")
