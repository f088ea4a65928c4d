"""Flagship programmes and partner networks, gathered under one overview page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from stad.core.listing import with_listing_images
from stad.core.models import BasePage, BodyFieldMixin
from stad.core.models.base import one_per_language
from stad.core.visibility import public

from .links import theme_and_partner_panels


class ProgrammeIndexPage(BasePage):
    """The overview of flagship programmes and partner networks in one language."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["programmes.ProgrammePage", "programmes.NetworkPage"]
    max_count = one_per_language()
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("programme overview")
        verbose_name_plural = _("programme overviews")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        for name, model in (("flagships", ProgrammePage), ("networks", NetworkPage)):
            children = public(model.objects.live().child_of(self))
            context[name] = with_listing_images(children)
        return context


class LinkedPage(BodyFieldMixin, BasePage):
    """A page about a piece of work: linked to themes and partners, with an optional website."""

    website = models.URLField(
        _("website"),
        blank=True,
        help_text=_("The programme's or network's own website, if it has one."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("body"),
        FieldPanel("website"),
        *theme_and_partner_panels(),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    shows_page_image = True

    class Meta:
        abstract = True

    @classmethod
    def theme_listing(cls, pages):
        """How a theme page orders these pages when it lists them."""
        return with_listing_images(pages, renditions=False).order_by("title")


class ProgrammePage(LinkedPage):
    """A flagship programme, such as 'Leren met de Stad' or the Leiden Bio Science Park."""

    theme_listing_position = 10

    parent_page_types = ["programmes.ProgrammeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("flagship programme")
        verbose_name_plural = _("flagship programmes")


class NetworkPage(LinkedPage):
    """A partner network, such as the Leiden Healthy Society Center or the Energieloket."""

    theme_listing_position = 20

    parent_page_types = ["programmes.ProgrammeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner network")
        verbose_name_plural = _("partner networks")
