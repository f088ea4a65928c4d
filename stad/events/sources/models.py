"""Agenda sources (snippets editors manage) and what each import remembers of an event."""

from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Locale

from stad.events.models.choices import AUDIENCES, AudienceFields, spoken_language_field


def in_default_language():
    """Imported events are Dutch pages: their festival, themes and partner are the Dutch ones."""
    return {"locale": Locale.get_default()}


class FeedFormat(models.TextChoices):
    ICAL = "ical", _("iCalendar (.ics)")
    JSONLD = "jsonld", _("schema.org Event in JSON-LD (web page or JSON feed)")


class EventSource(AudienceFields, models.Model):
    """A partner's calendar that ``manage.py import_events`` reads: each new event in it becomes
    a draft event for review, with the defaults below for what the feed does not say."""

    # No page shows a source: saving one (each import records its status) leaves the page
    # cache alone (``stad.core.page_cache.invalidation``).
    shown_to_visitors = False

    name = models.CharField(
        _("name"), max_length=120, help_text=_("For example: Science Café Leiden, lectures.")
    )
    partner = models.ForeignKey(
        "programmes.Partner",
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=in_default_language,
        verbose_name=_("partner"),
        help_text=_("The organisation whose calendar this is; its events name it as organiser."),
    )
    feed_url = models.URLField(
        _("feed address"),
        max_length=500,
        # The import fetches nothing else (``fetching``); the form says so at once.
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=_("The web address of the calendar file or page, starting with https://."),
    )
    feed_format = models.CharField(
        _("format"),
        max_length=10,
        choices=FeedFormat.choices,
        default=FeedFormat.ICAL,
        help_text=_(
            "iCalendar for a calendar file (.ics); schema.org for a web page or JSON feed "
            "with event data for search engines."
        ),
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Untick to stop importing; events imported before stay as they are."),
    )
    festival = models.ForeignKey(
        "events.FestivalPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to=in_default_language,
        verbose_name=_("festival or series"),
        help_text=_(
            "Optional. New events are placed under this festival; left empty, in the agenda."
        ),
    )
    themes = models.ManyToManyField(
        "programmes.ThemePage",
        blank=True,
        related_name="+",
        limit_choices_to=in_default_language,
        verbose_name=_("themes"),
        help_text=_("The themes every event of this source gets."),
    )
    spoken_language = spoken_language_field(
        _("The language spoken at its events; feeds do not say.")
    )

    # What the last import did: shown in the listing and, read-only, in the form.
    last_run_at = models.DateTimeField(_("last import"), null=True, blank=True)
    new_count = models.PositiveIntegerField(_("new"), default=0)
    changed_count = models.PositiveIntegerField(_("changed"), default=0)
    cancelled_count = models.PositiveIntegerField(_("cancelled"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    # Sent back with the next request, so an unchanged feed costs the partner nothing.
    etag = models.CharField(max_length=200, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("partner"),
        FieldRowPanel([FieldPanel("feed_url"), FieldPanel("feed_format")]),
        FieldPanel("is_active"),
        MultiFieldPanel(
            [
                FieldPanel("festival"),
                FieldPanel("themes"),
                FieldPanel("spoken_language"),
                *(FieldPanel(flag.field) for flag in AUDIENCES),
            ],
            heading=_("What the feed does not say"),
            help_text=_("Every new event of this source gets these; reviewers can change them."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("last_run_at", read_only=True),
                FieldRowPanel(
                    [
                        FieldPanel("new_count", read_only=True),
                        FieldPanel("changed_count", read_only=True),
                        FieldPanel("cancelled_count", read_only=True),
                    ]
                ),
                FieldPanel("last_error", read_only=True),
            ],
            heading=_("Last import"),
        ),
    ]

    class Meta:
        verbose_name = _("event source")
        verbose_name_plural = _("event sources")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ImportedEvent(models.Model):
    """Which event page an event of a feed became, and what the feed said at the last import:
    the next import compares with it, so it creates nothing twice and sees what an editor
    changed by hand since."""

    source = models.ForeignKey(EventSource, on_delete=models.CASCADE, related_name="events")
    key = models.CharField(max_length=500)  # the feed's UID, or a schema.org event's @id or URL
    # Kept when an editor deletes the page: the event is then not imported again.
    page = models.ForeignKey(
        "events.EventPage", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    imported = models.JSONField(default=dict)  # the page's fields as the feed gave them
    dates = models.JSONField(default=dict)  # the feed's date key → the date's UID on the page
    change_note = models.TextField(blank=True)  # what the last import changed, for the reviewer
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "key"], name="one_page_per_feed_event")
        ]

    def __str__(self):
        return self.key
