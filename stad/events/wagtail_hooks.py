from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet

from stad.core.pagination import first_rows
from stad.core.review_decisions import ReviewedSnippetViewSet
from stad.core.sections import HOOK_NAME, overview_section
from stad.core.snippet_choosers import (
    LabelledChooseResultsView,
    LabelledChooseView,
    TranslatableSnippetChooserViewSet,
)
from stad.events.models import EventIndexPage, EventOccurrence, EventPage, Venue, attach_festivals
from stad.events.models.accessibility import beyond_venue_messages


class WithAccessibility:
    """The venue chooser lists what each venue offers, so an editor sees it when choosing."""

    @property
    def columns(self):
        return [
            *super().columns,
            Column(
                "accessibility_summary",
                label=gettext_lazy("Accessibility"),
                accessor="accessibility_summary",
            ),
        ]


class VenueChooseView(WithAccessibility, LabelledChooseView):
    pass


class VenueChooseResultsView(WithAccessibility, LabelledChooseResultsView):
    pass


class VenueChooserViewSet(TranslatableSnippetChooserViewSet):
    choose_view_class = VenueChooseView
    choose_results_view_class = VenueChooseResultsView


class VenueViewSet(ReviewedSnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = gettext_lazy("Venues")
    add_to_admin_menu = True
    # The language filter labelled, and each venue's accessibility listed.
    chooser_viewset_class = VenueChooserViewSet
    menu_order = 310
    list_display = ["name", "street", "city", "locale"]
    list_filter = ["city"]


register_snippet(VenueViewSet)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_of_claims_beyond_the_venue(request, page):
    """After saving, submitting or publishing an event: each place feature it claims that its
    venue's details lack, as a warning next to Wagtail's message (the form shows it too)."""
    if not isinstance(page, EventPage):
        return
    if flags := page.features_beyond_venue():
        for text in beyond_venue_messages(page.venue, flags):
            messages.warning(request, text)


@hooks.register(HOOK_NAME)
def upcoming_events(home_page):
    return overview_section(
        home_page,
        EventIndexPage,
        lambda agenda: attach_festivals(
            first_rows(
                agenda.upcoming_dates(), 6, rows=EventOccurrence.objects.for_cards(renditions=False)
            )
        ),
        order=10,
        heading=_("Coming up"),
        more_text=_("All events"),
    )
