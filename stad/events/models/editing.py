"""The event form's accessibility: what the venue offers, shown next to what the event claims.

New events start from their venue (``AccessibilitySource.VENUE``); an editor who says an event
differs sees, in the form and in a message after saving, each place feature it claims that the
venue's details lack (``accessibility.claims_beyond_venue``). A warning, not a refusal: a
temporary ramp or another room can make it right.
"""

from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import Panel

from . import accessibility
from .choices import VENUE_FEATURES, AccessibilitySource
from .venue import Venue


class EventPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None and "accessibility_source" in self.fields:
            self.initial["accessibility_source"] = AccessibilitySource.VENUE


def value_of(form, name, default=None):
    """What the form shows for field ``name``: as posted, or as stored."""
    if form is None or name not in form.fields:
        return default
    return form[name].value()


class VenueAccessibilityPanel(Panel):
    """The chosen venue's accessibility facts and notes, above the event's own fields, with a
    warning for each place feature the event claims beyond them."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "events/admin/venue_accessibility.html"

        def venue(self):
            key = value_of(self.form, "venue", self.instance.venue_id)
            try:
                return Venue.objects.filter(pk=key).first() if key else None
            except (TypeError, ValueError, ValidationError):  # a malformed post
                return None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            venue = self.venue()
            source = value_of(self.form, "accessibility_source", self.instance.accessibility_source)
            claimed = {
                flag.field
                for flag in VENUE_FEATURES
                if value_of(self.form, flag.field, getattr(self.instance, flag.field))
            }
            flags = accessibility.claims_beyond_venue(source, venue, claimed)
            context.update(
                venue=venue,
                facts=venue.access_facts() if venue else [],
                warnings=accessibility.beyond_venue_messages(venue, flags) if flags else [],
            )
            return context
