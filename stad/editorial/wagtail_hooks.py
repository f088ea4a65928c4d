from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from stad.core.models import SiteChrome
from stad.core.review_decisions import ReviewedSnippetViewSet
from stad.editorial.action_menu import say_where_it_is_in_review
from stad.editorial.dashboard import ThisWeeksEventsPanel
from stad.editorial.review_decisions import reviewed_page_viewset
from stad.editorial.review_queue import put_review_queue_first


class SiteChromeViewSet(ReviewedSnippetViewSet):
    """The header and footer of the website: one per language, reviewed before it goes live."""

    model = SiteChrome
    icon = "doc-full"
    menu_label = gettext_lazy("Header and footer")
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["site_name", "locale"]


register_snippet(SiteChromeViewSet)


@hooks.register("construct_homepage_panels")
def this_weeks_events(request, panels):
    panels.append(ThisWeeksEventsPanel())


hooks.register("construct_homepage_panels", put_review_queue_first)


@hooks.register("register_admin_viewset")
def pages_with_confirmed_review_decisions():
    return reviewed_page_viewset


hooks.register("construct_page_action_menu", say_where_it_is_in_review)
hooks.register("construct_snippet_action_menu", say_where_it_is_in_review)


@hooks.register("insert_global_admin_js")
def keep_the_chosen_upload():
    # Every admin screen may open a chooser (pages, snippets, settings, rich text), so everywhere.
    return format_html('<script src="{}"></script>', static("js/admin/keep-chosen-upload.js"))
