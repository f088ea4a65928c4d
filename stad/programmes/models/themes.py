"""Themes: the three subjects the city and its partners work on together."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from stad.core.card_cache import ReadWhenDrawn
from stad.core.listing import card_page, prefetch_renditions, with_listing_images
from stad.core.models import BasePage, BodyFieldMixin
from stad.core.models.base import one_per_language
from stad.core.page_cache.kept import keeping, kept
from stad.core.visibility import public

from .links import page_ids_linked_to, theme_link_models


class ThemeIndexPage(BasePage):
    """The overview of all themes in one language."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["programmes.ThemePage"]
    max_count = one_per_language()
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("theme overview")
        verbose_name_plural = _("theme overviews")

    def get_themes(self, renditions=True):
        return with_listing_images(public(ThemePage.objects.live().child_of(self)), renditions)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = self.get_themes()
        return context


class ThemePage(BodyFieldMixin, BasePage):
    """A theme such as 'Health & Wellbeing'. It lists everything that is linked to it."""

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["programmes.ThemeIndexPage"]
    subpage_types = []
    shows_page_image = True

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def linked_pages(self, request=None):
        """What is linked to this theme, in this page's language, grouped by page type.

        Links may point at this theme in any language (``page_ids_linked_to``). One query per
        link model, and one for the renditions of all the cards' pictures. With the page cache
        on, the lists are kept as keys for the pages built after this one (``page_cache.kept``):
        a theme page built again reads only the cards that were not kept.
        """
        listed = {}
        if keeping(request):
            listed = kept(request, f"theme-lists:{self.pk}", self.linked_keys)
        groups = []
        for link_model, page_model in self.linked_models():
            # A kind of page the kept lists lack (added by a deploy since) is read whole.
            label, keys = listed.get(page_model._meta.label, (None, None))
            if keys is not None:
                pages = ReadWhenDrawn(
                    apps.get_model(label) if label else page_model,
                    keys,
                    page_model.theme_listing_cards,
                )
            else:
                pages = list(page_model.theme_listing(self.linked_of(link_model, page_model)))
            groups.append(
                {
                    "heading": page_model.theme_listing_heading
                    or page_model._meta.verbose_name_plural,
                    "pages": pages,
                    "position": page_model.theme_listing_position,
                    "links": page_model.theme_listing_links(self, request),
                }
            )
        groups.sort(key=lambda group: group["position"])
        # The pictures of the lists read whole (those read by key read their own), in one query.
        prefetch_renditions(
            [
                card_page(card)
                for group in groups
                if isinstance(group["pages"], list)
                for card in group["pages"]
            ]
        )
        return [group for group in groups if group["pages"]]

    def linked_models(self):
        """(link model, page model) for every kind of page that can be linked to a theme."""
        return [
            (link_model, link_model._meta.get_field("page").related_model)
            for link_model in theme_link_models()
        ]

    def linked_of(self, link_model, page_model):
        """The live, public pages of ``page_model`` linked to this theme in its language."""
        linked_ids = page_ids_linked_to(self, link_model)
        return public(page_model.objects.live().filter(locale_id=self.locale_id, pk__in=linked_ids))

    def linked_keys(self):
        """For each kind of linked page: the label of the model its list shows (an event's list
        shows its dates) and the keys of that list, in order: plain data to keep."""
        found = {}
        for link_model, page_model in self.linked_models():
            items = list(page_model.theme_listing(self.linked_of(link_model, page_model)))
            label = items[0]._meta.label if items else None
            found[page_model._meta.label] = (label, [item.pk for item in items])
        return found

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["linked_groups"] = self.linked_pages(request)
        return context
