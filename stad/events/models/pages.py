"""The agenda, festivals and events."""

import datetime
from typing import NamedTuple
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from stad.core.card_cache import ReadWhenDrawn
from stad.core.choosers import ChooserPanel, RowsPanel
from stad.core.listing import card_page, prefetch_renditions, with_listing_images
from stad.core.localization import current_home
from stad.core.models import BasePage, BodyFieldMixin
from stad.core.models.base import one_per_language
from stad.core.navigation import first_child_of_type
from stad.core.page_cache.kept import keeping
from stad.core.pagination import first_rows, paginate, rows_in_order
from stad.core.plain_rows import plain_fields
from stad.core.site_wide import remembered
from stad.core.visibility import public
from stad.events import api, festival_programme, filter_counts, ical, my_programme
from stad.events.filters import AgendaFilters
from stad.programmes.models.links import theme_and_partner_panels

from . import accessibility
from .choices import (
    ACCESS_FEATURES,
    AUDIENCES,
    ENGLISH_FRIENDLY,
    VENUE_FEATURES,
    AccessibilitySource,
    AudienceFields,
    flag_field,
    spoken_language_field,
)
from .editing import EventPageForm, VenueAccessibilityPanel
from .occurrence import EventOccurrence, raise_sequences


def attach_festivals(items):
    """Give each event its festival (``EventPage.festival``) with one query for all of them.

    ``items``: event pages, or dates (their ``.event`` gets it). An event's festival is the
    festival page it sits under, when that is live and public: an event under a draft or
    private festival is shown as an event on its own, never with a link a visitor cannot follow.
    """
    items = list(items)
    events = [item.event if isinstance(item, EventOccurrence) else item for item in items]
    parent_paths = {event.path[: -Page.steplen] for event in events if event.path}
    festivals = public(FestivalPage.objects.live().filter(path__in=parent_paths))
    by_path = {festival.path: festival for festival in festivals}
    for event in events:
        event.festival = by_path.get(event.path[: -Page.steplen]) if event.path else None
    return items


def remembered_festival(request, event):
    """``event``'s festival as ``attach_festivals`` finds it, made from the plain fields of the
    live, public festivals remembered per generation (``site_wide``): an event page built
    afresh reads no festival. Each call makes an object of its own, so nothing a page sets on
    it reaches another visitor's page."""
    names, rows = remembered(request, "festival-rows", read_festival_rows)
    found = rows.get(event.path[: -Page.steplen]) if event.path else None
    return FestivalPage.from_db(None, names, found) if found else None


def read_festival_rows():
    """The names of a festival's columns but its stream and JSON ones, and {path: their
    values} of every live, public festival or series."""
    names = plain_fields(FestivalPage)
    at = names.index("path")
    rows = public(FestivalPage.objects.live()).values_list(*names)
    return names, {row[at]: row for row in rows}


def agenda_addresses(locale_id, request=None):
    """The address of the agenda in the locale ``locale_id`` and of its calendar feed, or None
    when that language has no live agenda."""
    home = current_home(request) if request is not None else None
    if home is not None and home.locale_id == locale_id:
        # Among the pages under the home page, which the menu reads when it is not kept.
        agenda = first_child_of_type(home, EventIndexPage)
    else:
        agenda = EventIndexPage.objects.live().filter(locale_id=locale_id).first()
    if agenda is None:
        return None
    return agenda.listing_url(None), agenda.listing_url(None, "calendar")


class FestivalFacts(NamedTuple):
    """A festival or series as the festival filter and the agenda's festival list need it."""

    pk: int
    slug: str
    title: str
    path: str
    end_date: datetime.date


def date_cards(keys):
    """The dates with ``keys``, ready for their cards: their events, festivals and pictures."""
    dates = attach_festivals(
        rows_in_order(keys, EventOccurrence.objects.for_cards(renditions=False))
    )
    prefetch_renditions([card_page(item) for item in dates])
    return dates


class EventIndexPage(RoutablePageMixin, BasePage):
    """The agenda of one language: upcoming dates with filters, and an archive of past ones."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.FestivalPage", "events.EventPage"]
    max_count = one_per_language()
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")

    def get_dates(self):
        """Dates of the live, public events in this agenda (festival sessions included)."""
        return EventOccurrence.objects.of_live_events(EventPage.objects.descendant_of(self))

    def festival_facts(self, request=None):
        """What the festival filter and the list of current festivals need of the live, public
        festivals and series in this agenda, soonest first: plain facts, the same for every
        visitor, so worked out once per generation of the page cache (``site_wide``) and once
        per page object when it is off. At thousands of pages, finding them is a scan of the
        page tree."""
        if "_festival_facts" not in self.__dict__:
            self._festival_facts = remembered(
                request, f"agenda-festivals:{self.pk}", self.read_festival_facts
            )
        return self._festival_facts

    def read_festival_facts(self):
        festivals = with_listing_images(
            public(FestivalPage.objects.live().child_of(self)), renditions=False
        )
        # The pages themselves stay with this page object: its list of current festivals shows
        # them without reading them again.
        self._festival_pages = list(festivals.order_by("start_date", "title", "pk"))
        return [
            FestivalFacts(item.pk, item.slug, item.title, item.path, item.end_date)
            for item in self._festival_pages
        ]

    def current_festival_keys(self, today, request=None):
        """The keys of the festivals and series in this agenda that have not ended by
        ``today``, soonest first."""
        return [item.pk for item in self.festival_facts(request) if item.end_date >= today]

    def festival_cards(self, keys):
        """The festivals with ``keys``, ready for their cards (pictures apart): from the pages
        read with the facts when this page object read them, otherwise by key (still only
        live, public ones: the facts may be from earlier in the time slot)."""
        if "_festival_pages" in self.__dict__:
            return [item for item in self._festival_pages if item.pk in keys]
        festivals = public(FestivalPage.objects.live())
        return rows_in_order(keys, with_listing_images(festivals, renditions=False))

    def read_festivals(self, keys):
        """The festivals with ``keys`` for cards drawn by key, with their pictures."""
        return prefetch_renditions(self.festival_cards(keys))

    def upcoming_dates(self):
        return self.get_dates().upcoming()

    def listing_url(self, request, route=None, query=""):
        """The address of the agenda, or of one of its routes ("past", "calendar"), with a query."""
        url = self.get_url(request)
        if route:
            url += self.reverse_subpage(route)
        return f"{url}?{query}" if query else url

    def render_listing(self, request, showing_past):
        # Made when first used: with the figures and first keys kept, a page of the list built
        # afresh never asks the dates (building their conditions costs a millisecond or two).
        dates = SimpleLazyObject(
            lambda: self.get_dates().past() if showing_past else self.get_dates().upcoming()
        )
        filters = AgendaFilters(
            request.GET, agenda=self, dates=dates, showing_past=showing_past, request=request
        )
        # The figures first (so the template only shows them): the same query counts the list,
        # which the paginator would otherwise count again over every date.
        filters.count_options()
        # With the page cache on, the cards of a warm site are kept: the list holds the keys
        # of its dates and festivals, and only the cards not kept read their rows.
        by_key = keeping(request)
        listing = paginate(
            request,
            SimpleLazyObject(filters.results),
            per_page=filter_counts.PER_PAGE,
            count=filters.results_count,
            rows=None if by_key else EventOccurrence.objects.for_cards(renditions=False),
            first_keys=filters.first_keys,
        )
        if by_key:
            listing.object_list = ReadWhenDrawn(EventOccurrence, listing.object_list, date_cards)
        else:
            listing.object_list = attach_festivals(listing.object_list)
        carried = filters.archive_query()  # the filters that carry over between the tabs
        context = {
            "dates": listing,
            "showing_past": showing_past,
            "filters": filters,
            "active_filters": filters.active_filters(),
            "upcoming_url": self.listing_url(request, query=carried),
            "past_url": self.listing_url(request, "past", query=carried),
            "clear_url": self.listing_url(request, "past" if showing_past else None),
        }
        festivals = []
        if not showing_past:
            query = filters.query()
            context["calendar_url"] = self.listing_url(request, "calendar", query=query)
            context["calendar_is_filtered"] = bool(query)
            if listing.number == 1 and not filters.active:
                keys = self.current_festival_keys(filters.today, request)
                if by_key:
                    context["festivals"] = ReadWhenDrawn(FestivalPage, keys, self.read_festivals)
                else:
                    festivals = context["festivals"] = self.festival_cards(keys)
        if not by_key:
            # The pictures of the dates and of the festivals above them, in one query.
            prefetch_renditions([card_page(item) for item in listing.object_list] + festivals)
        return self.render(request, context_overrides=context)

    @path("")
    def upcoming(self, request):
        return self.render_listing(request, showing_past=False)

    @path("past/", name="past")
    def past(self, request):
        return self.render_listing(request, showing_past=True)

    @path("ical/", name="calendar")
    def calendar(self, request):
        """A feed to subscribe to: upcoming dates, narrowed by the same filters as the agenda
        (within the bound of every feed, see ``stad.events.ical``)."""
        filters = AgendaFilters(
            request.GET, agenda=self, dates=self.get_dates(), showing_past=False, request=request
        )
        return ical.response(
            request,
            ical.bounded(filters.results()),
            name=filters.feed_name(),
            filename=self.slug,
            under=self,
        )

    # Mijn programma (``stad/events/my_programme.py``): the page and its calendar, at an address
    # in each language's words; the other language's address leads to the right one.
    @path(my_programme.ROUTES["nl"], name=my_programme.ROUTE_NAMES["nl"])
    @path(my_programme.ROUTES["en"], name=my_programme.ROUTE_NAMES["en"])
    def chosen_dates(self, request):
        if wrong_language := my_programme.in_other_words(request, self.get_url(request)):
            return wrong_language
        selection = my_programme.read_selection(request.GET)
        chosen = my_programme.chosen_dates(self.get_dates(), selection)
        address = self.get_url(request)
        programme_url = address + self.reverse_subpage(my_programme.route_name())
        if here := my_programme.in_this_language(self.get_dates(), selection, chosen):
            # Not permanent: which dates are translated changes as editors work.
            return redirect(f"{programme_url}?{here.query()}")
        attach_festivals([item.occurrence for item in chosen])
        context = my_programme.page_context(
            selection,
            chosen,
            programme_url=programme_url,
            calendar_url=address + self.reverse_subpage(my_programme.route_name(calendar=True)),
        )
        context["translated_urls"] = my_programme.in_other_languages(self, request, selection)
        return self.render(request, context_overrides=context, template="events/my_programme.html")

    @path(my_programme.ROUTES["nl"] + "ical/", name=my_programme.CALENDAR_ROUTE_NAMES["nl"])
    @path(my_programme.ROUTES["en"] + "ical/", name=my_programme.CALENDAR_ROUTE_NAMES["en"])
    def chosen_dates_calendar(self, request):
        """The chosen dates as one calendar, to download or subscribe to: the same VEVENTs
        (UIDs, SEQUENCE) as every other feed of the agenda."""
        if wrong_language := my_programme.in_other_words(request, self.get_url(request), "ical/"):
            return wrong_language
        selection = my_programme.read_selection(request.GET)
        rows = ical.rows(self.get_dates().filter(pk__in=selection.ids), my_programme.MAX_DATES)
        name = str(_("My programme"))
        return ical.response(request, rows, name=name, filename=slugify(name), under=self)


class FestivalPage(RoutablePageMixin, BodyFieldMixin, BasePage):
    """A festival or series, such as the Days of Arts & Science; its events are its child pages."""

    start_date = models.DateField(
        _("first day"),
        help_text=_("The first day of this edition of the festival, typed as 10-02-2027."),
    )
    end_date = models.DateField(
        _("last day"),
        help_text=_(
            "The last day of this edition, typed as 12-02-2027. The same as the first day for "
            "one day."
        ),
    )
    website = models.URLField(
        _("website"), blank=True, help_text=_("The festival's own website, if it has one.")
    )

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Dates")),
        FieldPanel("body"),
        FieldPanel("website"),
        RowsPanel(
            "partner_links",
            heading=_("Partners"),
            label=_("Partner"),
            help_text=_("The organisations behind this festival or series."),
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = [
        APIField("introduction"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("website"),
        APIField("body"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = ["events.EventPage"]
    shows_page_image = True

    class Meta:
        verbose_name = _("festival or series")
        verbose_name_plural = _("festivals and series")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day cannot be before the first day.")})

    def get_dates(self):
        events = EventPage.objects.child_of(self)
        return EventOccurrence.objects.of_live_events(events).order_by("start", "pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(festival_programme.day_context(self, request))
        return context

    @path("")
    def programme(self, request):
        return self.render(request)

    @path("ical/", name="calendar")
    def calendar(self, request):
        rows = ical.bounded(self.get_dates())
        return ical.response(request, rows, name=self.title, filename=self.slug, under=self)


def date_order(occurrence):
    return (occurrence.start, occurrence.pk or 0)


class EventPage(RoutablePageMixin, BodyFieldMixin, AudienceFields, BasePage):
    """One event: a lecture, a workshop, a festival session or a series, with one or more dates.

    It sits under its festival, if any. Its dates are ``EventOccurrence`` rows.
    """

    theme_listing_position = 30
    # Editors call the page type "evenement" (docs/editors.md); visitors read "activiteiten"
    # all over the agenda, so the theme page names the list as the agenda does.
    theme_listing_heading = _("Events")

    venue = models.ForeignKey(
        "events.Venue",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("venue"),
        help_text=_(
            "Where the event takes place. Add a new venue under Venues if it is missing. "
            "Leave empty for an event that is only online."
        ),
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("For an online or hybrid event: where visitors watch or join."),
    )
    spoken_language = spoken_language_field(
        _(
            "The language spoken at the event, whatever the language of this page. "
            "International visitors filter on it."
        )
    )
    is_free = models.BooleanField(
        _("free entry"), default=True, help_text=_("Tick if visitors pay nothing to attend.")
    )
    price = models.DecimalField(
        _("price in euros"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Only if it is not free: the full price, e.g. 7.50. Shown as € 7,50."),
    )
    price_note = models.CharField(
        _("price details"),
        max_length=160,
        blank=True,
        help_text=_("Optional, e.g. 'Students and Leiden Pas holders € 5'."),
    )
    ticket_url = models.URLField(
        _("tickets or registration"),
        blank=True,
        help_text=_("Web address where visitors buy a ticket or sign up, if they need to."),
    )
    registration_required = models.BooleanField(
        _("registration required"),
        default=False,
        help_text=_("Tick if visitors must sign up in advance, even when it is free."),
    )
    # Where the place features come from: the venue, or the ticks below (``accessibility``).
    accessibility_source = models.CharField(
        _("wheelchair access and hearing loop"),
        max_length=8,
        choices=AccessibilitySource.choices,
        default=AccessibilitySource.EVENT,
        help_text=_(
            "As at the venue: the event shows what its venue has (above). Choose 'Different for "
            "this event' only when it differs, e.g. in another room, and tick below what applies "
            "then. Without a venue, the ticks below apply."
        ),
    )
    # The event's own place features, shown when it differs from its venue or has none.
    wheelchair_access = flag_field("wheelchair_access")
    hearing_loop = flag_field("hearing_loop")
    # Arranged per event.
    sign_language = flag_field("sign_language")
    low_stimulus = flag_field("low_stimulus")

    content_panels = BasePage.content_panels + [
        # The picture is the first thing a visitor sees of an event, at the top of its page and
        # on its card: edited with the content, not among the listing settings of the
        # "Eigenschappen" tab. The fields stay those of ``ListingFields``.
        FieldPanel(
            "listing_image",
            heading=_("Image"),
            help_text=_(
                "Shown at the top of the event page and on its card in the agenda, on theme "
                "pages and on the home page. Leave empty to show no picture."
            ),
        ),
        FieldPanel("listing_image_alt", heading=_("Description of the image")),
        RowsPanel(
            "occurrences",
            heading=_("Dates"),
            label=_("Date"),
            min_num=1,
            help_text=_(
                "One date for a single event; add a date for every session of a series. "
                "Cancel or move a single date with its status."
            ),
        ),
        MultiFieldPanel(
            [ChooserPanel("venue"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        FieldPanel("spoken_language"),
        MultiFieldPanel(
            [FieldPanel(flag.field) for flag in AUDIENCES],
            heading=_("Who is it for"),
            help_text=_("Tick every group the event is meant for."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_free"),
                FieldRowPanel([FieldPanel("price"), FieldPanel("price_note")]),
                FieldPanel("ticket_url"),
                FieldPanel("registration_required"),
            ],
            heading=_("Price and tickets"),
        ),
        MultiFieldPanel(
            [
                VenueAccessibilityPanel(heading=_("At the venue")),
                FieldPanel("accessibility_source", widget=forms.RadioSelect),
                *(FieldPanel(flag.field) for flag in VENUE_FEATURES),
                *(FieldPanel(flag.field) for flag in ACCESS_FEATURES if not flag.at_venue),
            ],
            heading=_("Accessibility"),
            help_text=_("Only tick what is certain; the venue's own notes are shown as well."),
        ),
        FieldPanel("body"),
        *theme_and_partner_panels(),
    ]
    promote_panels = [
        *BasePage.address_panels,
        MultiFieldPanel(
            BasePage.listing_text_panels,
            heading=_("How this page looks in lists"),
            help_text=_("The picture of an event is on the Content tab, under Image."),
        ),
        *BasePage.seo_panels,
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("spoken_language"),
        index.FilterField("is_free"),
    ]
    # A choice field is a code, not text to translate: keep it the same in every language.
    override_translatable_fields = [
        SynchronizedField("spoken_language"),
        SynchronizedField("accessibility_source"),
    ]
    # New events start from their venue's accessibility (``EventPageForm``).
    base_form_class = EventPageForm
    # What partners get from /api/v2/pages/ (see stad/events/api.py and the README).
    api_fields = [
        APIField("introduction"),
        APIField("occurrences", serializer=api.OccurrenceSerializer(many=True)),
        APIField("venue", serializer=api.VenueSerializer(allow_null=True)),
        APIField("online_url"),
        APIField("spoken_language"),
        APIField("themes", serializer=api.LinkedPageField("api_themes", many=True)),
        APIField("festival", serializer=api.LinkedPageField("festival")),
        APIField("audiences", serializer=api.audiences_field()),
        APIField("accessibility", serializer=api.accessibility_field()),
        APIField("is_free"),
        APIField("price"),
        APIField("price_note"),
        APIField("ticket_url"),
        APIField("registration_required"),
        APIField("listing_image"),
        APIField("body"),
    ]

    parent_page_types = ["events.EventIndexPage", "events.FestivalPage"]
    subpage_types = []
    shows_page_image = True

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def get_context(self, request, *args, **kwargs):
        if "festival" not in self.__dict__ and keeping(request):
            self.festival = remembered_festival(request, self)
        return super().get_context(request, *args, **kwargs)

    def pictures(self):
        yield from super().pictures()
        # The schema.org data names the listing image even when a social image is set.
        if self.listing_image:
            yield self.listing_image, "social"

    def clean(self):
        super().clean()
        errors = {}
        if not self.venue_id and not self.online_url:
            errors["venue"] = _("Choose a venue, give an online link, or both.")
        if self.is_free and self.price:
            errors["price"] = _("A free event has no price: untick 'free entry' or clear it.")
        if not self.is_free and self.price is None:
            errors["price"] = _("Give the price, or tick 'free entry'.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "occurrences" in update_fields:
            raise_sequences(self, self.occurrences.all())
        self.forget_dates()
        return super().save(*args, **kwargs)

    def refresh_from_db(self, *args, **kwargs):
        self.forget_dates()
        return super().refresh_from_db(*args, **kwargs)

    @property
    def public_venue(self):
        """The venue once it is published; a new venue still in review is shown nowhere."""
        venue = self.venue
        return venue if venue is not None and venue.live else None

    @cached_property
    def festival(self):
        """The live, public festival this event belongs to, or None (see ``attach_festivals``).

        Lists attach it to all their events at once; a single event looks it up on first use.
        """
        attach_festivals([self])
        return self.__dict__["festival"]

    @cached_property
    def _dates(self):
        return sorted(self.occurrences.all(), key=date_order)

    @classmethod
    def read_dates_of(cls, pages):
        """Read the dates of the events among ``pages`` (a list of pages of any type) in one
        query: always one when there are pages, so a mixed list (search results) costs the
        same whether or not it happens to show events."""
        if not pages:
            return
        by_event = {page.pk: [] for page in pages if isinstance(page, cls)}
        for occurrence in EventOccurrence.objects.filter(event_id__in=[page.pk for page in pages]):
            if occurrence.event_id in by_event:
                by_event[occurrence.event_id].append(occurrence)
        for page in pages:
            if isinstance(page, cls):
                page.__dict__["_dates"] = sorted(by_event[page.pk], key=date_order)

    def dates(self):
        """All dates, in order (from the prefetch or the in-memory cluster in previews).

        Read once per page object, so once per request: the event page's facts, its list of
        dates, its calendar button and its schema.org data all ask for them.
        """
        return list(self._dates)

    def forget_dates(self):
        """Read the dates afresh next time (after they were saved or reloaded)."""
        self.__dict__.pop("_dates", None)

    def upcoming_dates(self):
        now = timezone.now()
        return [item for item in self.dates() if item.end >= now]

    def past_dates(self):
        now = timezone.now()
        return [item for item in self.dates() if item.end < now]

    @property
    def is_past(self):
        return not self.upcoming_dates()

    @property
    def audiences(self):
        return [flag for flag in AUDIENCES if getattr(self, flag.field)]

    @property
    def access_features(self):
        """The accessibility features visitors are told of: the published venue's place
        features unless this event differs (``accessibility``), and its own others."""
        return [flag for flag in ACCESS_FEATURES if accessibility.has_feature(self, flag)]

    def features_beyond_venue(self):
        """Place features this event claims although its venue's details lack them."""
        claimed = {flag.field for flag in VENUE_FEATURES if getattr(self, flag.field)}
        return accessibility.claims_beyond_venue(self.accessibility_source, self.venue, claimed)

    @property
    def is_english_friendly(self):
        return self.spoken_language in ENGLISH_FRIENDLY

    @classmethod
    def theme_listing(cls, pages):
        dates = EventOccurrence.objects.filter(event__in=pages).upcoming()
        cards = EventOccurrence.objects.for_cards(renditions=False)
        return attach_festivals(first_rows(dates, 12, rows=cards))

    @classmethod
    def theme_listing_cards(cls, keys):
        # A theme page lists the dates of events, not the events.
        return date_cards(keys)

    @classmethod
    def theme_listing_links(cls, theme, request=None):
        """The agenda narrowed to the theme, and the same as a calendar feed."""
        # The agenda's addresses are the same for every theme page built in a generation.
        addresses = remembered(
            request,
            f"agenda-addresses:{theme.locale_id}",
            lambda: agenda_addresses(theme.locale_id, request),
        )
        if addresses is None:
            return []
        agenda_url, calendar_url = addresses
        query = urlencode({"theme": theme.slug})
        return [
            (_("All events on this theme"), f"{agenda_url}?{query}"),
            (_("Subscribe to this theme's events in your calendar app"), f"{calendar_url}?{query}"),
        ]

    @path("ical/", name="calendar")
    def calendar(self, request):
        rows = ical.bounded_dates_of(self)
        return ical.response(request, rows, name=self.title, filename=self.slug, under=self)
