from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from stad.search.models import SynonymGroup
from stad.search.reports import SearchesThatFindLittleView, can_improve_search


class SynonymCreateView(CreateView):
    def get_initial_form_instance(self):
        # The report's "Add synonyms" starts the group with the visitor's word (?terms=).
        instance = super().get_initial_form_instance() or self.model()
        instance.terms = self.request.GET.get("terms", "")[:500]
        return instance


class SynonymViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = _("Synonyms")
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["__str__"]
    add_view_class = SynonymCreateView


register_snippet(SynonymViewSet)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path(
            "reports/searches-that-find-little/",
            SearchesThatFindLittleView.as_view(),
            name="searches_that_find_little",
        ),
        path(
            "reports/searches-that-find-little/results/",
            SearchesThatFindLittleView.as_view(results_only=True),
            name="searches_that_find_little_results",
        ),
    ]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_improve_search(request.user)


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem(
        _("Searches that find little"),
        reverse("searches_that_find_little"),
        name="searches-that-find-little",
        icon_name="search",
        order=1250,
    )


@hooks.register("construct_reports_menu")
def hide_wagtails_search_terms_report(request, menu_items):
    # Wagtail's "Search terms" counts Query hits, which the site no longer records (every
    # visitor's raw text); the report above has what editors need.
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]
