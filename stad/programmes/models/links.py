"""Links from pages to themes and partners.

wagtail-localize does not translate many-to-many fields, so every link is an orderable child
object: it is copied into each translation, and editors can reorder it. A theme link points at
the theme page of the source language; pages compare themes by ``translation_key`` so the link
holds in every language. Partner links are translated to the partner of the page's language.

Each linking page type gets its own small concrete pair of models (below and in ``events``);
``ThemeLink.__subclasses__()`` lets a theme page find them all without importing the apps above.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.models import Orderable, Page

from stad.core.choosers import ChooserPanel, RowsPanel


class ThemeLink(Orderable):
    theme = models.ForeignKey(
        "programmes.ThemePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("theme"),
        help_text=_("A theme this is about."),
    )
    # Opens at the theme overview of the page's language (``stad.core.choosers``).
    panels = [ChooserPanel("theme")]

    class Meta(Orderable.Meta):
        abstract = True


class PartnerLink(Orderable):
    partner = models.ForeignKey(
        "programmes.Partner",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("partner"),
        help_text=_("An organisation that takes part."),
    )
    # Lists the partners of the page's language.
    panels = [ChooserPanel("partner")]

    class Meta(Orderable.Meta):
        abstract = True


def theme_and_partner_panels():
    """Editor panels for the ``theme_links`` and ``partner_links`` of a linking page type."""
    return [
        RowsPanel(
            "theme_links",
            heading=_("Themes"),
            label=_("Theme"),
            min_num=1,
            help_text=_("Choose at least one theme, so visitors find this on the theme's page."),
        ),
        RowsPanel(
            "partner_links",
            heading=_("Partners"),
            label=_("Partner"),
            help_text=_("The knowledge partners and organisations involved."),
        ),
    ]


def page_ids_linked_to(theme, link_model):
    """Ids of the pages that ``link_model`` links to ``theme``, as a lazy subquery.

    A translated page keeps its link to the theme page of the source language, and a link may
    be made on either, so links match the theme in any language (its ``translation_key``).
    """
    # The theme's versions as a subquery on the page table, not a join through the link's
    # theme: PostgreSQL then expects the links' real number (thousands at scale) rather than
    # one, and hashes them, where a nested loop compared each date with every link (an agenda
    # filtered by theme took 0.5 s at 5,000 events).
    versions = Page.objects.filter(translation_key=theme.translation_key).values("pk")
    return link_model.objects.filter(theme_id__in=versions).values_list("page_id", flat=True)


def theme_link_models():
    """Every concrete theme-link model, whichever app defines it."""
    pending, found = list(ThemeLink.__subclasses__()), []
    while pending:
        model = pending.pop()
        pending.extend(model.__subclasses__())
        if not model._meta.abstract:
            found.append(model)
    return found


class ProgrammeThemeLink(ThemeLink):
    page = ParentalKey("programmes.ProgrammePage", related_name="theme_links")


class ProgrammePartnerLink(PartnerLink):
    page = ParentalKey("programmes.ProgrammePage", related_name="partner_links")


class NetworkThemeLink(ThemeLink):
    page = ParentalKey("programmes.NetworkPage", related_name="theme_links")


class NetworkPartnerLink(PartnerLink):
    page = ParentalKey("programmes.NetworkPage", related_name="partner_links")


class NewsThemeLink(ThemeLink):
    page = ParentalKey("home.NewsPage", related_name="theme_links")


class NewsPartnerLink(PartnerLink):
    page = ParentalKey("home.NewsPage", related_name="partner_links")
