"""The translation status report: what translators should do next, with a link to do it."""

from urllib.parse import urlencode

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, get_page_content_types

from stad.translations.status import (
    IN_PROGRESS,
    MISSING,
    OUTDATED,
    STATUS_CHOICES,
    pages_to_translate,
    source_locale,
    target_locales,
)

PERMISSION = "wagtail_localize.submit_translation"


def can_translate(user):
    """Translating and syncing are wagtail-localize actions behind this permission."""
    return user.has_perm(PERMISSION)


def target_language_choices():
    return [(locale.language_code, locale.get_display_name()) for locale in target_locales()]


class TranslationStatusFilterSet(WagtailFilterSet):
    # The language to translate into. The view reads it to build the report (the listed pages
    # are always in the source language), so it filters nothing itself; and it takes the place
    # of the page-language filter that Wagtail adds to listings of translatable models.
    locale = django_filters.ChoiceFilter(
        label=_("Translate into"),
        choices=target_language_choices,
        empty_label=None,
        method="by_target_language",
        widget=forms.RadioSelect,
    )
    translation_status = django_filters.ChoiceFilter(
        label=_("Status"), choices=STATUS_CHOICES, empty_label=_("Any")
    )
    content_type = ContentTypeFilter(
        label=_("Type"),
        queryset=lambda request: get_page_content_types(include_base_page_type=False),
    )

    class Meta:
        model = Page
        fields = ["locale", "translation_status", "content_type"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if len(target_language_choices()) < 2:
            del self.filters["locale"]

    def by_target_language(self, queryset, name, value):
        return queryset


class TranslationStatusReportView(ReportView):
    page_title = _("Translation status")
    header_icon = "site"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    filterset_class = TranslationStatusFilterSet
    list_export = ["title", "url_path", "translation_status", "last_published_at"]

    @cached_property
    def target_locale(self):
        """The language the report is about: ?locale=, else the first one besides Dutch."""
        locales = target_locales()
        code = self.request.GET.get("locale")
        locale = locales.filter(language_code=code).first() if code else locales.first()
        if locale is None:
            raise Http404("No such language to translate into")
        return locale

    def dispatch(self, request, *args, **kwargs):
        if not can_translate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return _("%(source)s pages to translate into %(target)s") % {
            "source": source_locale().get_display_name(),
            "target": self.target_locale.get_display_name(),
        }

    def get_queryset(self):
        return pages_to_translate(self.target_locale)

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Page"),
                url_name="wagtailadmin_pages:edit",
            ),
            Column("type", label=_("Type"), accessor=page_type),
            Column("translation_status", label=_("Status"), accessor=status_label),
            DateColumn("last_published_at", label=_("Source published")),
            DateColumn("last_synced_at", label=_("Last synced")),
            TitleColumn(
                "action",
                label=_("Next step"),
                accessor=lambda page: self.next_step(page)[0],
                get_url=lambda page: self.next_step(page)[1],
            ),
        ]

    def next_step(self, page):
        """(label, URL) of wagtail-localize's screen for what this page needs."""
        if page.translation_status == MISSING:
            url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
            # The form opens with this report's language ticked, as from the untranslated page.
            language = urlencode({"select_locale": self.target_locale.language_code})
            return _("Translate"), f"{url}?{language}"
        if page.translation_status == OUTDATED:
            url = reverse("wagtail_localize:update_translations", args=[page.translation_source_id])
            # Back to this report with the same filters (not as the fragment the filters fetch).
            filters = self.request.GET.copy()
            filters.pop("_w_filter_fragment", None)
            back = f"{reverse(self.index_url_name)}?{filters.urlencode()}"
            return _("Sync translation"), f"{url}?{urlencode({'next': back})}"
        if page.translation_status == IN_PROGRESS:
            url = reverse("wagtailadmin_pages:edit", args=[page.in_progress_page_id])
            return _("Continue translating"), url
        url = reverse("wagtailadmin_pages:edit", args=[page.translation_page_id])
        return _("Review and publish"), url


def page_type(page):
    return capfirst(page.specific_class._meta.verbose_name) if page.specific_class else ""


def status_label(page):
    return dict(STATUS_CHOICES).get(page.translation_status, "")
