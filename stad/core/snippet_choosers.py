"""Snippet choosers whose language filter has a label.

Wagtail's chooser adds the language filter of a translatable snippet as a form field without a
label (``LocaleFilterMixin``), so Django names it after the field, "Locale": English in the
Dutch chooser. The field gets Wagtail's own word, which the project's catalogue makes "Taal"
as on every other screen (docs/editors.md).
"""

from django.utils.translation import gettext_lazy
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)


class LabelledLanguageFilter:
    def get_filter_form_class(self):
        form_class = super().get_filter_form_class()

        class FilterForm(form_class):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                if "locale" in self.fields:
                    self.fields["locale"].label = gettext_lazy("Locale")

        return FilterForm


class LabelledChooseView(LabelledLanguageFilter, ChooseView):
    pass


class LabelledChooseResultsView(LabelledLanguageFilter, ChooseResultsView):
    pass


class TranslatableSnippetChooserViewSet(SnippetChooserViewSet):
    """For ``chooser_viewset_class`` of a translatable snippet's ``SnippetViewSet``."""

    choose_view_class = LabelledChooseView
    choose_results_view_class = LabelledChooseResultsView
