from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from stad.core.listing import with_listing_images
from stad.core.sections import HOOK_NAME, HomePageSection
from stad.programmes.models import Partner, ProgrammeIndexPage, ProgrammePage, ThemeIndexPage


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = gettext_lazy("Partners")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "website", "locale"]


register_snippet(PartnerViewSet)


@hooks.register(HOOK_NAME)
def flagship_programmes(home_page):
    index = ProgrammeIndexPage.objects.live().child_of(home_page).first()
    if not index:
        return None
    flagships = ProgrammePage.objects.live().public().child_of(index)
    return HomePageSection(
        order=20,
        heading=_("Flagship programmes"),
        items=list(with_listing_images(flagships)[:4]),
        more_link=index,
        more_text=_("All programmes and networks"),
    )


@hooks.register(HOOK_NAME)
def themes(home_page):
    index = ThemeIndexPage.objects.live().child_of(home_page).first()
    if not index:
        return None
    return HomePageSection(
        order=40,
        heading=_("Themes"),
        items=list(index.get_themes()),
        more_link=index,
        more_text=_("About the themes"),
    )
