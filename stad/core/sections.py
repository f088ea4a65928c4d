"""Sections of the home page that other apps contribute.

``home`` sits at the bottom of the app dependencies, so it cannot import the agenda or the
programmes. Instead each app registers a ``home_page_sections`` hook (in its ``wagtail_hooks.py``)
that returns a ``HomePageSection`` for a given home page, or None.
"""

from dataclasses import dataclass

from wagtail import hooks

from stad.core.listing import card_page, prefetch_renditions
from stad.core.navigation import first_child_of_type

HOOK_NAME = "home_page_sections"


@dataclass
class HomePageSection:
    order: int  # lower comes first
    heading: str
    items: list  # pages, shown as cards
    more_link: object = None  # a page with the full list, or None
    more_text: str = ""


def overview_section(home_page, overview_model, items, **section):
    """The section of an overview page under ``home_page``, linking to it; None without one.

    ``items(overview)`` gives the cards to show; ``section``: the other ``HomePageSection``
    fields (order, heading, more_text).
    """
    overview = first_child_of_type(home_page, overview_model)
    if overview is None:
        return None
    return HomePageSection(items=list(items(overview)), more_link=overview, **section)


def home_page_sections(home_page):
    """The sections' cards come without their pictures' renditions (hooks pass
    ``renditions=False``): they are fetched here for all sections in one query."""
    sections = [hook(home_page) for hook in hooks.get_hooks(HOOK_NAME)]
    sections = [section for section in sections if section and section.items]
    prefetch_renditions([card_page(item) for section in sections for item in section.items])
    return {"sections": sorted(sections, key=lambda section: section.order)}
