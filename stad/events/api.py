"""How events appear in the read-only JSON API (``/api/v2/``), so partners can embed the agenda.

``EventPage.api_fields`` names these serializers. Codes, not labels: ``status``, ``audiences``,
``accessibility`` and ``spoken_language`` use the same values as the agenda's filters (README,
"API and feeds"), so they mean the same in every language.
"""

from rest_framework import serializers
from rest_framework.fields import Field


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
    # The venue's own place features; the event's ``accessibility`` says what applies to it.
    accessibility_features = serializers.SerializerMethodField()

    def get_accessibility_features(self, venue):
        return [flag.slug for flag in venue.access_features]

    def to_representation(self, venue):
        # A venue that is still a draft (or unpublished) is not public yet.
        return super().to_representation(venue) if venue.live else None


class FlagsField(Field):
    """The event's audiences or accessibility features, as the slugs the agenda filters use.

    ``attribute`` names the event's list of them: ``audiences``, or ``access_features`` (what
    visitors are told: the venue's place features unless the event differs).
    """

    def __init__(self, attribute, **kwargs):
        self.attribute = attribute
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return [flag.slug for flag in getattr(page, self.attribute)]


def audiences_field():
    return FlagsField("audiences")


def accessibility_field():
    return FlagsField("access_features")


class LinkedPageField(Field):
    """A linked page (themes, festival): id, title, slug, address.

    The pages are attached to the events before they are serialised (``stad.api.events``), for
    a whole listing at once.
    """

    def __init__(self, attribute, many=False, **kwargs):
        self.attribute = attribute
        self.many = many
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
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
