from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from stad.core.listing import with_listing_images
from stad.core.review_decisions import ReviewedSnippetViewSet
from stad.core.sections import HOOK_NAME, overview_section
from stad.core.snippet_choosers import TranslatableSnippetChooserViewSet
from stad.core.visibility import public
from stad.programmes.models import Partner, ProgrammeIndexPage, ProgrammePage, ThemeIndexPage


class PartnerViewSet(ReviewedSnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = gettext_lazy("Partners")
    add_to_admin_menu = True
    chooser_viewset_class = TranslatableSnippetChooserViewSet
    menu_order = 300
    list_display = ["name", "website", "locale"]


register_snippet(PartnerViewSet)


@hooks.register(HOOK_NAME)
def flagship_programmes(home_page):
    def flagships(index):
        programmes = public(ProgrammePage.objects.live().child_of(index))
        return with_listing_images(programmes, renditions=False)[:4]

    return overview_section(
        home_page,
        ProgrammeIndexPage,
        flagships,
        order=20,
        heading=_("Flagship programmes"),
        more_text=_("All programmes and networks"),
    )


@hooks.register(HOOK_NAME)
def themes(home_page):
    return overview_section(
        home_page,
        ThemeIndexPage,
        lambda index: index.get_themes(renditions=False),
        order=40,
        heading=_("Themes"),
        more_text=_("About the themes"),
    )
