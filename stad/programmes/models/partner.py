"""Knowledge partners: the organisations the city works with."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from stad.core.models.reviewed import ReviewedSnippet


class Partner(ReviewedSnippet, index.Indexed):
    """A knowledge partner or other organisation that programmes, events and news can name."""

    name = models.CharField(
        _("name"), max_length=120, help_text=_("The organisation's name as it calls itself.")
    )
    description = models.TextField(
        _("description"),
        max_length=600,
        blank=True,
        help_text=_("One or two sentences on what this organisation does in Leiden."),
    )
    website = models.URLField(
        _("website"),
        blank=True,
        help_text=_("The organisation's own website, starting with https://."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
        help_text=_("Optional. Upload the logo with the organisation's name as alt text."),
    )

    # Changes are drafts until the review workflow publishes them (see editorial.roles).

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("logo"),
    ]
    # Listed so wagtail-localize leaves the publishing and locking fields alone.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("website"),
        SynchronizedField("logo"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("locale_id"),
    ]

    preview_template = "programmes/partner_preview.html"

    class Meta(ReviewedSnippet.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def linked_as(self):
        """Label and address where a page names this partner (``stad.core.linked``)."""
        return self.name, self.website
