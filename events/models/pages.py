"""The agenda, festivals and events."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from home.listing import with_listing_images
from home.models import BasePage, BodyFieldMixin
from home.models.base import one_per_language, theme_and_partner_panels
from home.pagination import paginate


def attach_festivals(events):
    """Give each event in a list its festival with one query, so listings don't query per row."""
    events = list(events)
    parent_paths = {event.path[: -Page.steplen] for event in events}
    festivals = {
        festival.path: festival for festival in FestivalPage.objects.filter(path__in=parent_paths)
    }
    for event in events:
        event.listed_festival = festivals.get(event.path[: -Page.steplen])
    return events


class EventIndexPage(RoutablePageMixin, BasePage):
    """The agenda of one language: upcoming events first, and an archive of past events."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.FestivalPage", "events.EventPage"]
    max_count = one_per_language()
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")

    def get_events(self):
        events = EventPage.objects.live().public().descendant_of(self)
        return with_listing_images(events).select_related("venue")

    def current_festivals(self):
        """Festivals and series in this agenda that have not ended yet, soonest first."""
        festivals = FestivalPage.objects.live().public().child_of(self)
        festivals = festivals.filter(end_date__gte=timezone.localdate())
        return with_listing_images(festivals).order_by("start_date", "pk")

    def upcoming_events(self):
        return self.get_events().filter(end__gte=timezone.now()).order_by("start", "pk")

    def past_events(self):
        return self.get_events().filter(end__lt=timezone.now()).order_by("-start", "-pk")

    def render_listing(self, request, events, showing_past):
        listing = paginate(request, events, per_page=20)
        listing.object_list = attach_festivals(listing.object_list)
        context = {"events": listing, "showing_past": showing_past}
        if not showing_past and listing.number == 1:
            context["festivals"] = self.current_festivals()
        return self.render(request, context_overrides=context)

    @path("")
    def upcoming(self, request):
        return self.render_listing(request, self.upcoming_events(), showing_past=False)

    @path("past/", name="past")
    def past(self, request):
        return self.render_listing(request, self.past_events(), showing_past=True)


class FestivalPage(BodyFieldMixin, BasePage):
    """A festival or series, such as the Days of Arts & Science; its events are its child pages."""

    start_date = models.DateField(
        _("first day"), help_text=_("The first day of this edition of the festival.")
    )
    end_date = models.DateField(
        _("last day"),
        help_text=_("The last day of this edition. The same as the first day for one day."),
    )
    website = models.URLField(
        _("website"), blank=True, help_text=_("The festival's own website, if it has one.")
    )

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Dates")),
        FieldPanel("body"),
        FieldPanel("website"),
        InlinePanel(
            "partner_links",
            heading=_("Partners"),
            label=_("Partner"),
            help_text=_("The organisations behind this festival or series."),
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("festival or series")
        verbose_name_plural = _("festivals and series")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day cannot be before the first day.")})

    def get_programme(self):
        """The festival's events grouped by day: a list of (date, [events])."""
        events = EventPage.objects.live().public().child_of(self)
        events = with_listing_images(events).select_related("venue").order_by("start", "pk")
        days = {}
        for event in events:
            days.setdefault(timezone.localtime(event.start).date(), []).append(event)
        return list(days.items())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        programme = self.get_programme()
        context["programme_days"] = programme
        context["venues"] = sorted(
            {event.venue for _day, events in programme for event in events},
            key=lambda venue: venue.name,
        )
        return context


class EventPage(BodyFieldMixin, BasePage):
    """One event: a lecture, a workshop, a festival session. It sits under its festival, if any."""

    theme_listing_position = 30

    start = models.DateTimeField(
        _("starts"), help_text=_("Date and time the event starts (Dutch time).")
    )
    end = models.DateTimeField(_("ends"), help_text=_("Date and time the event ends (Dutch time)."))
    venue = models.ForeignKey(
        "events.Venue",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("venue"),
        help_text=_(
            "Where the event takes place. Add a new venue under Snippets if it is missing."
        ),
    )
    is_free = models.BooleanField(
        _("free entry"), default=True, help_text=_("Tick if visitors pay nothing to attend.")
    )
    price = models.CharField(
        _("price"),
        max_length=120,
        blank=True,
        help_text=_("Only if it is not free: the price as visitors should read it, e.g. € 7,50."),
    )
    ticket_url = models.URLField(
        _("tickets or registration"),
        blank=True,
        help_text=_("Web address where visitors buy a ticket or sign up, if they need to."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("venue")],
            heading=_("When and where"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_free"), FieldPanel("price"), FieldPanel("ticket_url")],
            heading=_("Price and tickets"),
        ),
        FieldPanel("body"),
        *theme_and_partner_panels(),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    parent_page_types = ["events.EventIndexPage", "events.FestivalPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The end must be after the start.")
        if not self.is_free and not self.price.strip():
            errors["price"] = _("Give the price, or tick 'free entry'.")
        if errors:
            raise ValidationError(errors)

    @property
    def festival(self):
        """The festival this event belongs to, or None for an event on its own."""
        if hasattr(self, "listed_festival"):
            return self.listed_festival
        parent = self.get_parent().specific
        return parent if isinstance(parent, FestivalPage) else None

    @property
    def ends_the_same_day_or_night(self):
        """True when the end needs no date of its own: same day, or before 06:00 the next."""
        start, end = timezone.localtime(self.start), timezone.localtime(self.end)
        next_morning = datetime.datetime.combine(
            start.date() + datetime.timedelta(days=1), datetime.time(6), tzinfo=start.tzinfo
        )
        return end.date() == start.date() or end <= next_morning

    @property
    def is_past(self):
        return self.end < timezone.now()

    @classmethod
    def theme_listing(cls, pages):
        upcoming = with_listing_images(pages.filter(end__gte=timezone.now())).select_related(
            "venue"
        )
        return attach_festivals(upcoming.order_by("start", "pk")[:12])
