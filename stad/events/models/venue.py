"""Venues: the places where events happen."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from stad.core.models.reviewed import ReviewedSnippet

from .choices import VENUE_FEATURES, flag_field


class Venue(ReviewedSnippet, index.Indexed):
    """A place where events take place, with its address and its accessibility: the features
    every event there shows unless it says otherwise (``VENUE_FEATURES``), and notes."""

    name = models.CharField(
        _("name"), max_length=120, help_text=_("The name visitors know the place by.")
    )
    street = models.CharField(
        _("street and number"), max_length=120, help_text=_("For example: Darwinweg 2.")
    )
    postcode = models.CharField(_("postcode"), max_length=12, help_text=_("For example: 2333 CR."))
    city = models.CharField(
        _("city"), max_length=80, default="Leiden", help_text=_("Usually Leiden.")
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Optional. North-south position, e.g. 52.164930. Used by route planners."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Optional. East-west position, e.g. 4.473870."),
    )
    wheelchair_access = flag_field("wheelchair_access")
    hearing_loop = flag_field("hearing_loop")
    accessibility = models.TextField(
        _("accessibility"),
        max_length=600,
        blank=True,
        help_text=_(
            "How visitors with a disability get in and around: entrance, lift, toilet, seating."
        ),
    )

    # Changes are drafts until the review workflow publishes them (see editorial.roles).

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("street"), FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")])],
            heading=_("Address"),
        ),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Location")),
        MultiFieldPanel(
            [*(FieldPanel(flag.field) for flag in VENUE_FEATURES), FieldPanel("accessibility")],
            heading=_("Accessibility"),
            help_text=_(
                "Events here show these facts, unless an event says it is different there. "
                "Only tick what is certain."
            ),
        ),
    ]
    # The address and the facts are the same in every language; the name and the notes are
    # translated.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("accessibility"),
        *(SynchronizedField(flag.field) for flag in VENUE_FEATURES),
        SynchronizedField("street"),
        SynchronizedField("postcode"),
        SynchronizedField("city"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("street"),
        index.FilterField("locale_id"),
    ]

    preview_template = "events/venue_preview.html"

    class Meta(ReviewedSnippet.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def address_line(self):
        return f"{self.street}, {self.postcode} {self.city}"

    @property
    def access_features(self):
        """The place features this venue has (``VENUE_FEATURES``)."""
        return [flag for flag in VENUE_FEATURES if getattr(self, flag.field)]

    def access_facts(self):
        """Each place feature with whether this venue has it: (flag, yes or no) pairs."""
        return [(flag, getattr(self, flag.field)) for flag in VENUE_FEATURES]

    @property
    def accessibility_summary(self):
        """The venue's features in a few words, for the editors' venue chooser."""
        features = self.access_features
        if not features:
            return _("No wheelchair access or hearing loop given")
        return ", ".join(str(flag.label) for flag in features)
