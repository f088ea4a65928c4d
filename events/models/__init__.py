from .links import EventPartnerLink, EventThemeLink, FestivalPartnerLink
from .pages import EventIndexPage, EventPage, FestivalPage, attach_festivals
from .venue import Venue

__all__ = [
    "EventIndexPage",
    "EventPage",
    "EventPartnerLink",
    "EventThemeLink",
    "FestivalPage",
    "FestivalPartnerLink",
    "Venue",
    "attach_festivals",
]
