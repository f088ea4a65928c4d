from .choices import ACCESS_FEATURES, AUDIENCES, VENUE_FEATURES, AccessibilitySource, SpokenLanguage
from .links import EventPartnerLink, EventThemeLink, FestivalPartnerLink
from .occurrence import EventOccurrence, Status
from .pages import EventIndexPage, EventPage, FestivalPage, attach_festivals
from .venue import Venue

__all__ = [
    "ACCESS_FEATURES",
    "AUDIENCES",
    "VENUE_FEATURES",
    "AccessibilitySource",
    "EventIndexPage",
    "EventOccurrence",
    "EventPage",
    "EventPartnerLink",
    "EventThemeLink",
    "FestivalPage",
    "FestivalPartnerLink",
    "SpokenLanguage",
    "Status",
    "Venue",
    "attach_festivals",
]
