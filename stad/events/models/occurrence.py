"""Occurrences: the dates of an event. A lecture series is one event with many occurrences."""

import datetime
import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from stad.core.listing import card_renditions
from stad.core.localization import original_language
from stad.core.visibility import public


class Status(models.TextChoices):
    SCHEDULED = "scheduled", _("Goes ahead")
    SOLD_OUT = "sold_out", _("Sold out")
    POSTPONED = "postponed", _("Moved to a new date")
    CANCELLED = "cancelled", _("Cancelled")


# What a calendar subscriber must hear about: a change to any of these raises the SEQUENCE.
SCHEDULE_FIELDS = ("start", "end", "all_day", "status", "previous_start")


class OccurrenceQuerySet(models.QuerySet):
    def of_live_events(self, pages):
        """Occurrences of the live, public event pages among ``pages`` (a page queryset)."""
        return self.filter(event__in=public(pages.live()))

    def upcoming(self, now=None):
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")

    def for_cards(self, renditions=True):
        """Everything a card shows, fetched up front: event, venue, image and its renditions
        (unless ``renditions=False``: a page with several lists fetches them all at once)."""
        dates = self.select_related("event", "event__venue", "event__listing_image").annotate(
            original_language_code=original_language("event__")
        )
        return dates.prefetch_related(card_renditions("event__")) if renditions else dates


class EventOccurrence(models.Model):
    """One date of an event, with its own status (a single date can be cancelled or moved)."""

    event = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="occurrences")
    start = models.DateTimeField(
        _("starts"),
        help_text=_("Date and time it starts (Dutch time), typed as 10-02-2027 20:00."),
    )
    end = models.DateTimeField(
        _("ends"),
        help_text=_(
            "Date and time it ends, typed as 10-02-2027 22:00. For a whole-day event, the last "
            "day is enough: 10-02-2027."
        ),
    )
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_("Tick for an open day or exhibition without set times; times are ignored."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.SCHEDULED,
        help_text=_("Cancelled and moved dates stay visible, so visitors learn what changed."),
    )
    previous_start = models.DateTimeField(
        _("originally planned for"),
        null=True,
        blank=True,
        help_text=_(
            "Only for a moved date: when it was planned first, typed as 10-02-2027 20:00. Put "
            "the new date above."
        ),
    )
    # Calendar identity: the UID stays the same through every change and translation, and
    # the sequence goes up when the schedule changes, so subscribed calendars update in place.
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    sequence = models.PositiveIntegerField(default=0, editable=False)

    objects = OccurrenceQuerySet.as_manager()

    # Lists of pages and lists of dates share one card grid; a date's card is
    # templates/events/cards/event_occurrence.html (see core listing_tags).

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end"), FieldPanel("all_day")]),
        FieldRowPanel([FieldPanel("status"), FieldPanel("previous_start")]),
    ]

    class Meta:
        verbose_name = _("date")
        verbose_name_plural = _("dates")
        ordering = ["start", "pk"]
        indexes = [models.Index(fields=["end", "start"])]

    def __str__(self):
        return f"{self.event.title}, {timezone.localtime(self.start):%Y-%m-%d %H:%M}"

    def clean(self):
        super().clean()
        if self.all_day and self.start and self.end:
            self.start, self.end = whole_days(self.start, self.end)
        errors = {}
        # (A whole day runs from 00:00 to 23:59, so it passes when its last day is not earlier.)
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The end must be after the start.")
        if self.status == Status.POSTPONED and not self.previous_start:
            errors["previous_start"] = _("Say when this date was planned first.")
        if self.status != Status.POSTPONED and self.previous_start:
            errors["previous_start"] = _("Only a moved date has an original date.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_cancelled(self):
        return self.status == Status.CANCELLED

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def local_start(self):
        return timezone.localtime(self.start)

    @property
    def local_end(self):
        return timezone.localtime(self.end)

    @property
    def ends_the_same_day_or_night(self):
        """True when the end needs no date of its own: same day, or before 06:00 the next."""
        start, end = self.local_start, self.local_end
        next_morning = datetime.datetime.combine(
            start.date() + datetime.timedelta(days=1), datetime.time(6), tzinfo=start.tzinfo
        )
        return end.date() == start.date() or end <= next_morning

    def schedule(self):
        return tuple(getattr(self, name) for name in SCHEDULE_FIELDS)


def days_condition(first_day, last_day):
    """Dates that take place on any of the days from ``first_day`` to ``last_day`` (Dutch time)."""
    tz = timezone.get_current_timezone()
    begin = datetime.datetime.combine(first_day, datetime.time.min, tzinfo=tz)
    after = datetime.datetime.combine(
        last_day + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz
    )
    return models.Q(start__lt=after, end__gte=begin)


def whole_days(start, end):
    """An all-day date runs from 00:00 on its first day to 23:59 on its last (Dutch time)."""
    first, last = timezone.localtime(start).date(), timezone.localtime(end).date()
    tz = timezone.get_current_timezone()
    return (
        datetime.datetime.combine(first, datetime.time.min, tzinfo=tz),
        datetime.datetime.combine(last, datetime.time(23, 59), tzinfo=tz),
    )


def raise_sequences(page, occurrences):
    """Give each changed date a higher SEQUENCE than the one stored for it.

    Called before a page is saved, with its dates as they are about to be written; ``page`` is
    compared with its stored row because a new venue or link changes every date's calendar entry.
    """
    if page.pk is None:
        return
    stored = {item.uid: item for item in EventOccurrence.objects.filter(event_id=page.pk)}
    # The place is compared by the venue's translation key: a translation that swaps the Dutch
    # venue for its English twin has not moved the event.
    stored_page = (
        type(page).objects.filter(pk=page.pk).values("venue__translation_key", "online_url").first()
    )
    place = {
        "venue__translation_key": page.venue.translation_key if page.venue_id else None,
        "online_url": page.online_url,
    }
    place_changed = stored_page is not None and stored_page != place
    for occurrence in occurrences:
        before = stored.get(occurrence.uid)
        if before is None:
            continue
        if place_changed or before.schedule() != occurrence.schedule():
            occurrence.sequence = max(occurrence.sequence, before.sequence + 1)
        else:
            occurrence.sequence = max(occurrence.sequence, before.sequence)
