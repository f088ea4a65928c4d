"""Where a page chooser of ``stad.core.choosers`` opens: Wagtail's own chooser view, started at
the page that holds the pages asked for, in the language of the page being edited."""

from django.shortcuts import get_object_or_404
from django.urls import path
from wagtail.admin.views.chooser import BrowseView, page_models_from_string
from wagtail.models import Locale, Page

from stad.core.choosers import starting_page


class BrowseInLanguageView(BrowseView):
    """Wagtail's page chooser, opened at the page ``starting_page`` gives for the page types
    asked for in the language of the URL; or at the parent page in the URL, as Wagtail's own
    URL for a parent page does."""

    def get(self, request, language_code, parent_page_id=None):
        if parent_page_id is None:
            locale = get_object_or_404(Locale, language_code=language_code)
            try:
                models = page_models_from_string(request.GET.get("page_type") or "")
            except (ValueError, LookupError):
                models = (Page,)
            if models != (Page,) and (start := starting_page(models, locale)) is not None:
                parent_page_id = start.pk
        return super().get(request, parent_page_id)


def chooser_urls():
    """The URLs of ``BrowseInLanguageView``, for Wagtail's ``register_admin_urls`` hook."""
    view = BrowseInLanguageView.as_view()
    return [
        path("choose-page/in/<str:language_code>/", view, name="choose_page_in_language"),
        path("choose-page/in/<str:language_code>/<int:parent_page_id>/", view),
    ]
