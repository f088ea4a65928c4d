from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.site_summary import SummaryItem

from stad.translations.review import submit_translation_for_review
from stad.translations.status import count_pages_to_translate
from stad.translations.views import TranslationStatusReportView, can_translate


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusReportView.as_view(),
            name="translation_status",
        ),
        path(
            "reports/translation-status/results/",
            TranslationStatusReportView.as_view(results_only=True),
            name="translation_status_results",
        ),
        path(
            "translations/<int:translation_id>/submit-for-review/",
            submit_translation_for_review,
            name="translation_submit_for_review",
        ),
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return can_translate(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status"),
        name="translation-status",
        icon_name="site",
        order=1300,
    )


class PagesToTranslateSummaryItem(SummaryItem):
    """On the dashboard: how many pages need translating or syncing, linked to the report."""

    order = 150
    template_name = "translations/pages_to_translate_summary.html"

    def is_shown(self):
        return can_translate(self.request.user)

    def get_context_data(self, parent_context):
        return {"count": count_pages_to_translate(), "report_url": reverse("translation_status")}


@hooks.register("construct_homepage_summary_items")
def add_pages_to_translate_summary_item(request, summary_items):
    summary_items.append(PagesToTranslateSummaryItem(request))


@hooks.register("construct_page_action_menu")
def convert_to_copy_only_for_publishers(menu_items, request, context):
    """wagtail-localize's "Convert to alias page" replaces a translation with a copy of the
    original; like the translation editor's footer (``editor_props_for_user``), the page
    editor offers it only to those who may publish the page."""
    page = context.get("page")
    if page is not None and not page.permissions_for_user(request.user).can_publish():
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]
