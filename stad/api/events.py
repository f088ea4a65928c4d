"""What the API fetches for a page of events before it serialises them (``stad.events.api``).

Each listing asks the database a fixed number of times, however many events it shows.
"""

from stad.events.models import attach_festivals
from stad.programmes.models import ThemePage


def with_api_relations(queryset):
    """Everything the event fields show, fetched with the listing instead of once per event."""
    return queryset.select_related("venue", "listing_image").prefetch_related(
        "occurrences", "theme_links__theme"
    )


def prepare_for_api(events):
    """Give each event its themes in its own language and its festival, in two queries.

    A translated event links to the theme pages of the source language (see
    ``programmes.models.links``); the API names the theme in the event's language when it is
    live, else the linked one. Themes that are not live and public are left out, and so are
    festivals (``attach_festivals``).
    """
    events = attach_festivals(events)
    linked = {link.theme for event in events for link in event.theme_links.all()}
    themes = (
        ThemePage.objects.live()
        .public()
        .filter(translation_key__in={theme.translation_key for theme in linked})
    )
    by_language = {(theme.translation_key, theme.locale_id): theme for theme in themes}
    visible = {theme.pk for theme in themes}
    for event in events:
        event.api_themes = []
        for link in event.theme_links.all():
            theme = by_language.get((link.theme.translation_key, event.locale_id))
            if theme is None and link.theme.pk in visible:
                theme = link.theme
            if theme is not None and theme not in event.api_themes:
                event.api_themes.append(theme)
    return events
