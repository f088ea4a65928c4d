from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import PageViewRestriction

from stad.core.chooser_views import chooser_urls
from stad.core.models import NewsIndexPage
from stad.core.models.news import news_cards
from stad.core.pagination import first_rows
from stad.core.sections import HOOK_NAME, overview_section
from stad.core.site_wide import remembered


@hooks.register(HOOK_NAME)
def latest_news(home_page):
    return overview_section(
        home_page,
        NewsIndexPage,
        lambda news_index: first_rows(
            news_index.get_news_items(), 3, rows=news_cards(renditions=False)
        ),
        order=30,
        heading=_("Latest news"),
        more_text=_("All news"),
    )


@hooks.register("before_serve_page")
def note_view_restrictions(page, request, serve_args, serve_kwargs):
    """Whether the site holds any page view restriction, for ``BasePage.get_view_restrictions``
    (Wagtail checks them right after this hook). Kept per generation of the page cache: saving
    or deleting a restriction renews it (``page_cache.invalidation``), so a new one holds at
    once."""
    page.no_view_restrictions_anywhere = not remembered(
        request, "any-view-restriction", PageViewRestriction.objects.exists
    )


@hooks.register("insert_global_admin_js")
def keep_typed_dates():
    # On every admin screen, not only editors' forms: the listings' date filters use the picker too.
    return format_html('<script src="{}"></script>', static("js/admin/keep-typed-dates.js"))


@hooks.register("register_admin_urls")
def page_chooser_in_language():
    # Where theme and other one-type page choosers open (stad.core.choosers).
    return chooser_urls()
