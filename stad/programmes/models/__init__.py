from .links import (
    NetworkPartnerLink,
    NetworkThemeLink,
    NewsPartnerLink,
    NewsThemeLink,
    PartnerLink,
    ProgrammePartnerLink,
    ProgrammeThemeLink,
    ThemeLink,
    page_ids_linked_to,
    theme_and_partner_panels,
    theme_link_models,
)
from .partner import Partner
from .programmes import LinkedPage, NetworkPage, ProgrammeIndexPage, ProgrammePage
from .themes import ThemeIndexPage, ThemePage

__all__ = [
    "LinkedPage",
    "NetworkPage",
    "NetworkPartnerLink",
    "NetworkThemeLink",
    "NewsPartnerLink",
    "NewsThemeLink",
    "Partner",
    "PartnerLink",
    "ProgrammeIndexPage",
    "ProgrammePage",
    "ProgrammePartnerLink",
    "ProgrammeThemeLink",
    "ThemeIndexPage",
    "ThemeLink",
    "ThemePage",
    "page_ids_linked_to",
    "theme_and_partner_panels",
    "theme_link_models",
]
