from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from stad.core.pagination import first_rows
from stad.core.review_decisions import ReviewedSnippetViewSet
from stad.core.sections import HOOK_NAME, overview_section
from stad.core.snippet_choosers import TranslatableSnippetChooserViewSet
from stad.events.models import EventIndexPage, EventOccurrence, Venue, attach_festivals


class VenueViewSet(ReviewedSnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = gettext_lazy("Venues")
    add_to_admin_menu = True
    chooser_viewset_class = TranslatableSnippetChooserViewSet
    menu_order = 310
    list_display = ["name", "street", "city", "locale"]
    list_filter = ["city"]


register_snippet(VenueViewSet)


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
