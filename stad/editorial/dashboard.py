"""The admin's start page for the editorial team: what happens this week."""

import datetime

from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from stad.events.models import EventOccurrence
from stad.events.models.occurrence import days_condition

DAYS_AHEAD = 7
MAX_SHOWN = 15


class ThisWeeksEventsPanel(Component):
    """Dates in the coming seven days, in the default language, live or not: an editor sees
    at a glance what still has to be published or checked."""

    name = "this_weeks_events"
    template_name = "editorial/this_weeks_events.html"
    order = 90  # above Wagtail's "your pages in review" (210); below our review queue (10)

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        last_day = today + datetime.timedelta(days=DAYS_AHEAD - 1)
        occurrences = (
            EventOccurrence.objects.filter(days_condition(today, last_day))
            .filter(event__locale=Locale.get_default())
            .select_related("event")
            .order_by("start", "pk")
        )
        return {
            "occurrences": list(occurrences[:MAX_SHOWN]),
            "first_day": today,
            "last_day": last_day,
        }
