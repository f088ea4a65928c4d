"""How events appear in the read-only JSON API (``/api/v2/``), so partners can embed the agenda.

``EventPage.api_fields`` names these serializers. Codes, not labels: ``status``, ``audiences``,
``accessibility`` and ``spoken_language`` use the same values as the agenda's filters (README,
"API and feeds"), so they mean the same in every language.
"""

from rest_framework import serializers
from rest_framework.fields import Field

from stad.events.models.choices import ACCESS_FEATURES, AUDIENCES
from stad.programmes.models import ThemePage


class OccurrenceSerializer(serializers.Serializer):
    """One date: times with their offset (Dutch time), and whether it goes ahead."""

    uid = serializers.UUIDField(help_text="Stays the same through changes and translations.")
    start = serializers.DateTimeField()
    end = serializers.DateTimeField()
    all_day = serializers.BooleanField()
    status = serializers.CharField()
    previous_start = serializers.DateTimeField(allow_null=True)


class VenueSerializer(serializers.Serializer):
    name = serializers.CharField()
    street = serializers.CharField()
    postcode = serializers.CharField()
    city = serializers.CharField()
    latitude = serializers.DecimalField(max_digits=9, decimal_places=6, allow_null=True)
    longitude = serializers.DecimalField(max_digits=9, decimal_places=6, allow_null=True)
    accessibility = serializers.CharField()

    def to_representation(self, venue):
        # A venue that is still a draft (or unpublished) is not public yet.
        return super().to_representation(venue) if venue.live else None


class FlagsField(Field):
    """The ticked audiences or accessibility features, as the slugs the agenda filters use."""

    def __init__(self, flags, **kwargs):
        self.flags = flags
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return [flag.slug for flag in self.flags if getattr(page, flag.field)]


def audiences_field():
    return FlagsField(AUDIENCES)


def accessibility_field():
    return FlagsField(ACCESS_FEATURES)


class LinkedPageField(Field):
    """A page attached by ``prepare_for_api`` (themes, festival): id, title, slug, address."""

    def __init__(self, attribute, many=False, **kwargs):
        self.attribute = attribute
        self.many = many
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        if not hasattr(page, self.attribute):  # a single event, not prepared with its listing
            prepare_for_api([page])
        linked = getattr(page, self.attribute)
        if self.many:
            return [self.page_summary(item) for item in linked]
        return self.page_summary(linked) if linked else None

    def page_summary(self, page):
        request = self.context.get("request")
        return {
            "id": page.pk,
            "title": page.title,
            "slug": page.slug,
            "html_url": page.get_full_url(request),
        }


def with_api_relations(queryset):
    """Everything the event fields show, fetched with the listing instead of once per event."""
    return queryset.select_related("venue", "listing_image").prefetch_related(
        "occurrences", "theme_links__theme"
    )


def prepare_for_api(events):
    """Give each event its themes in its own language and its festival, in two queries.

    A translated event links to the theme pages of the source language (see
    ``programmes.models.links``); the API names the theme in the event's language when it is
    live, else the linked one. Themes and festivals that are not live and public are left out.
    """
    from stad.events.models import FestivalPage  # the page models import this module

    events = list(events)
    linked = {link.theme for event in events for link in event.theme_links.all()}
    themes = (
        ThemePage.objects.live()
        .public()
        .filter(translation_key__in={theme.translation_key for theme in linked})
    )
    by_language = {(theme.translation_key, theme.locale_id): theme for theme in themes}
    visible = {theme.pk for theme in themes}
    parent_paths = {event.path[: -FestivalPage.steplen] for event in events}
    festivals = FestivalPage.objects.live().public().filter(path__in=parent_paths)
    festivals = {festival.path: festival for festival in festivals}
    for event in events:
        event.api_themes = []
        for link in event.theme_links.all():
            theme = by_language.get((link.theme.translation_key, event.locale_id))
            if theme is None and link.theme.pk in visible:
                theme = link.theme
            if theme is not None and theme not in event.api_themes:
                event.api_themes.append(theme)
        event.api_festival = festivals.get(event.path[: -FestivalPage.steplen])
    return events
