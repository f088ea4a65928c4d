"""One import of one agenda source: new events become draft pages submitted for review, changes
become new revisions for review with a note of what changed, dates that were cancelled or have
gone from the feed are marked cancelled. Nothing is published and nothing is deleted.

The whole import of a source is one transaction: a feed that cannot be read or used leaves
every page as it was, and the error is kept on the source for the admin's listing.
"""

import datetime
import logging
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale
from wagtail.rich_text import RichText

from stad.events.models import (
    AccessibilitySource,
    EventIndexPage,
    EventOccurrence,
    EventPage,
    EventPartnerLink,
    EventThemeLink,
    Status,
)

from .changes import ChangeNote, moment, price_text
from .feed_events import FeedError
from .fetching import fetch_feed
from .ical_feed import read_ical
from .jsonld_feed import read_jsonld
from .models import FeedFormat, ImportedEvent
from .venues import venue_for

logger = logging.getLogger(__name__)
PARSERS = {FeedFormat.ICAL: read_ical, FeedFormat.JSONLD: read_jsonld}
IMPORTED_ACTION = "event_sources.imported"
KEY_LENGTH = ImportedEvent._meta.get_field("key").max_length
CHANGED_ACTION = "event_sources.changed"


@dataclass
class ImportResult:
    new: int = 0
    changed: int = 0
    cancelled: int = 0
    not_modified: bool = False
    error: str = ""
    skipped: list = field(default_factory=list)  # events the import could not use, with why

    def summary(self):
        if self.error:
            return _("Failed: %(error)s") % {"error": self.error}
        if self.not_modified:
            return _("Not changed since the last time.")
        text = _("%(new)s new, %(changed)s changed, %(cancelled)s cancelled.") % {
            "new": self.new,
            "changed": self.changed,
            "cancelled": self.cancelled,
        }
        return " ".join([text, *self.skipped])


def import_source(source, content=None, now=None):
    """Import ``source``: fetch its feed (or read ``content``, the feed's bytes, as the demo
    does), and apply it. The source keeps the result in its status fields."""
    # Notes and errors are kept for the editors, in the site's own language.
    with translation.override(settings.LANGUAGE_CODE):
        return run_import(source, content, now)


def run_import(source, content, now):
    now = now or timezone.now()
    result = ImportResult()
    fetched = None
    try:
        if content is None:
            fetched = fetch_feed(source.feed_url, source.etag, source.last_modified)
            content = fetched.content
        if content is None:
            result.not_modified = True
        else:
            events = PARSERS[source.feed_format](content, window(now))
            if not events:
                raise FeedError(_("The feed holds no events to come; nothing was changed."))
            with transaction.atomic():
                Import(source, now, result).apply(events)
    except FeedError as error:
        result = ImportResult(error=str(error))
    except Exception as error:
        # One source's surprise must not stop the others: operators get the traceback, editors
        # the message, and the transaction has undone whatever the import had begun.
        logger.exception("Import of event source %s failed", source.pk)
        result = ImportResult(
            error=_("Unexpected error while importing: %(error)s") % {"error": error}
        )
    source.last_run_at = now
    source.last_error = result.error
    if not result.error and not result.not_modified:
        source.new_count, source.changed_count = result.new, result.changed
        source.cancelled_count = result.cancelled
        source.last_error = " ".join(result.skipped)
        if fetched is not None:
            source.etag, source.last_modified = fetched.etag, fetched.last_modified
    source.save()
    return result


def window(now):
    """The days whose dates are imported: from today to ``EVENT_IMPORT_DAYS_AHEAD`` ahead."""
    today = timezone.localtime(now).date()
    return today, today + datetime.timedelta(days=settings.EVENT_IMPORT_DAYS_AHEAD)


class Import:
    """Applies the events of one feed to the pages imported from its source before."""

    def __init__(self, source, now, result):
        self.source, self.now, self.result = source, now, result
        self.parent = source.festival or (
            EventIndexPage.objects.filter(locale=Locale.get_default()).first()
        )
        if self.parent is None:
            raise FeedError(_("There is no agenda to place the events in."))

    def apply(self, events):
        records = {record.key: record for record in self.source.events.select_related("page")}
        seen = set()
        for event in events:
            if event.key in seen:
                continue  # a feed that lists an event twice: the first one counts
            seen.add(event.key)
            if len(event.key) > KEY_LENGTH:
                # Cut short, two keys could become one; better left out, and said.
                reason = _("its identifier is longer than %(count)s characters") % {
                    "count": KEY_LENGTH
                }
                self.leave_out(event.title, reason)
                continue
            record = records.pop(event.key, None)
            if record is None:
                self.safely(event.title, self.create, event)
            elif record.page is not None:  # None: an editor deleted the page, and so it stays
                self.safely(event.title, self.update, record, event)
        # Events gone from the feed: their dates still to come are cancelled (for review).
        for record in records.values():
            if record.page is not None:
                self.safely(record.page.title, self.update, record, None)

    def safely(self, title, step, *args):
        """One event in a savepoint of its own: one the page model refuses is left out, with
        the reason in the source's status, and the others are imported."""
        try:
            with transaction.atomic():
                step(*args)
        except ValidationError as error:
            self.leave_out(title, error.messages[0])

    def leave_out(self, title, reason):
        """Name an event the import left out, with why, in the source's status."""
        self.result.skipped.append(
            _("'%(title)s' left out: %(reason)s") % {"title": title, "reason": reason}
        )

    def values(self, event):
        """The page fields a feed event gives, as stored in ``ImportedEvent.imported``."""
        venue = venue_for(event.place)
        return {
            "title": event.title[:255],
            "introduction": event.description[:500],
            "ticket_url": event.url[:200],
            "online_url": event.online_url[:200],
            "venue_id": venue.pk if venue else None,
            # A feed that names no price: free until the reviewer says otherwise (the note says).
            "is_free": event.price is None or event.is_free is True,
            "price": price_text(event.price) if event.is_free is not True else None,
        }

    def create(self, event):
        if event.place is None and not event.online_url:
            raise ValidationError(_("the feed gives no place and no online link"))
        values = self.values(event)
        page = EventPage(
            title=values["title"],
            slug=free_slug(self.parent, values["title"]),
            live=False,
            has_unpublished_changes=True,
            locale=self.parent.locale,
            introduction=values["introduction"],
            body=[("paragraph", RichText(paragraphs(event.description)))]
            if event.description
            else [],
            venue_id=values["venue_id"],
            online_url=values["online_url"],
            ticket_url=values["ticket_url"],
            is_free=values["is_free"],
            price=Decimal(values["price"]) if values["price"] else None,
            spoken_language=self.source.spoken_language,
            accessibility_source=AccessibilitySource.VENUE
            if values["venue_id"]
            else AccessibilitySource.EVENT,
            **self.source.audience_fields,
        )
        occurrences, dates = [], {}
        for date in event.dates:
            occurrence = EventOccurrence(**occurrence_fields(date))
            occurrences.append(occurrence)
            dates[date.key] = str(occurrence.uid)
        page.occurrences = occurrences
        page.theme_links = [EventThemeLink(theme=theme) for theme in self.source.themes.all()]
        page.partner_links = [EventPartnerLink(partner=self.source.partner)]
        self.parent.add_child(instance=page)
        note = ChangeNote()
        note.add(_("New from the event source %(source)s.") % {"source": self.source.name})
        if event.price is None and event.is_free is not True:
            note.add(_("Price: the feed gives none; check 'free entry'."))
        revision = page.save_revision(log_action=False)
        ImportedEvent.objects.create(
            source=self.source,
            key=event.key,
            page=page,
            imported={**values, "dates": snapshot(event.dates)},
            dates=dates,
            change_note=note.text(),
        )
        log(page, IMPORTED_ACTION, revision=revision, data=self.log_data(note))
        submit_for_review(page)
        self.result.new += 1

    def update(self, record, event):
        """Apply the feed's event (None: gone from the feed) to the page's latest revision."""
        page = record.page.get_latest_revision_as_object()
        note, cancelled = ChangeNote(), 0
        before = record.imported
        if event is not None:
            values = self.values(event)
            for name, feeds in values.items():
                self.apply_field(page, name, before.get(name), feeds, note)
            items, cancelled = self.apply_dates(page, record, event, note)
            record.imported = {**values, "dates": snapshot(event.dates)}
        else:
            items, cancelled = self.cancel_dates(page, record, set(record.dates), note)
            # Should the event come back, each of its dates is compared afresh (and restored).
            record.imported = {**before, "dates": {}}
        if not note:
            record.save()
            return
        page.occurrences = items
        revision = page.save_revision(log_action=False)
        record.change_note = note.text()
        record.save()
        log(page, CHANGED_ACTION, revision=revision, data=self.log_data(note))
        submit_for_review(page)
        self.result.changed += 1
        self.result.cancelled += cancelled

    @staticmethod
    def apply_field(page, name, imported, feeds, note):
        if feeds == imported:
            return  # the feed did not change it: whatever the page says stays
        current = getattr(page, name)
        if name == "price":
            current = price_text(current)
        if current not in (imported, feeds):
            note.kept(name, current, feeds)
            return
        if current != feeds:
            setattr(page, name, Decimal(feeds) if name == "price" and feeds else feeds)
            note.changed(name, current, feeds)

    def apply_dates(self, page, record, event, note):
        items = list(page.occurrences.all())
        by_uid = {str(item.uid): item for item in items}
        before = record.imported.get("dates", {})
        cancelled = 0
        for date in event.dates:
            uid = record.dates.get(date.key)
            if uid is None:
                occurrence = EventOccurrence(**occurrence_fields(date))
                items.append(occurrence)
                record.dates[date.key] = str(occurrence.uid)
                note.add(_("New date: %(date)s") % {"date": moment(occurrence.start)})
                continue
            occurrence = by_uid.get(uid)
            if occurrence is None or before.get(date.key) == snapshot([date])[date.key]:
                continue  # removed by an editor, or unchanged at the source
            cancelled += self.apply_date(page, occurrence, before.get(date.key), date, note)
        gone = set(record.dates) - {date.key for date in event.dates}
        _items, gone_cancelled = self.cancel_dates(page, record, gone, note, items)
        return items, cancelled + gone_cancelled

    def apply_date(self, page, occurrence, imported, date, note):
        """Bring one date in line with the feed, unless an editor changed it since; returns 1
        when it became cancelled."""
        if imported is not None and snapshot_of(occurrence) != imported:
            text = _("Date %(date)s: changed by hand; the feed now says %(feeds)s (not taken over)")
            if date.cancelled:
                text = _(
                    "Date %(date)s: changed by hand; the feed now says %(feeds)s, cancelled "
                    "(not taken over)"
                )
            note.add(text % {"date": moment(occurrence.start), "feeds": moment(date.start)})
            return 0
        if date.cancelled:
            occurrence.status = Status.CANCELLED
            note.add(_("Cancelled: %(date)s") % {"date": moment(occurrence.start)})
            return 1
        if occurrence.start != date.start and page.live:
            # Visitors may have seen the old date: the agenda shows it as moved.
            occurrence.previous_start = occurrence.previous_start or occurrence.start
            occurrence.status = Status.POSTPONED
        elif occurrence.status == Status.CANCELLED:
            occurrence.status = Status.SCHEDULED  # the feed has it again
            note.add(_("Back in the feed: %(date)s") % {"date": moment(date.start)})
        if occurrence.start != date.start or occurrence.end != date.end:
            before, after = moment(occurrence.start), moment(date.start)
            note.add(_("Time changed: %(before)s → %(after)s") % {"before": before, "after": after})
        occurrence.start, occurrence.end, occurrence.all_day = date.start, date.end, date.all_day
        return 0

    def cancel_dates(self, page, record, keys, note, items=None):
        """Cancel the dates still to come among the feed's date ``keys``; (dates, cancelled)."""
        items = list(page.occurrences.all()) if items is None else items
        by_uid = {str(item.uid): item for item in items}
        cancelled = 0
        for key in keys:
            occurrence = by_uid.get(record.dates.get(key))
            if occurrence is None or occurrence.is_cancelled or occurrence.start < self.now:
                continue
            occurrence.status = Status.CANCELLED
            occurrence.previous_start = None
            note.add(
                _("No longer in the feed, so cancelled: %(date)s")
                % {"date": moment(occurrence.start)}
            )
            cancelled += 1
        return items, cancelled

    def log_data(self, note):
        return {"source": self.source.name, "changes": note.lines}


def submit_for_review(page):
    """Into the Eindredactie workflow, unless the page is in review already: approving then
    publishes the latest revision, this one."""
    workflow = page.get_workflow()
    if workflow is not None and page.current_workflow_state is None:
        workflow.start(page, None)


def occurrence_fields(date):
    return {
        "start": date.start,
        "end": date.end,
        "all_day": date.all_day,
        "status": Status.CANCELLED if date.cancelled else Status.SCHEDULED,
    }


def snapshot(dates):
    """The feed's dates as JSON, to compare with at the next import."""
    return {
        date.key: {
            "start": date.start.isoformat(),
            "end": date.end.isoformat(),
            "all_day": date.all_day,
            "cancelled": date.cancelled,
        }
        for date in dates
    }


def snapshot_of(occurrence):
    """A page's date in the form of ``snapshot``, to see whether an editor changed it."""
    return {
        "start": timezone.localtime(occurrence.start).isoformat(),
        "end": timezone.localtime(occurrence.end).isoformat(),
        "all_day": occurrence.all_day,
        "cancelled": occurrence.is_cancelled,
    }


def paragraphs(text):
    return "".join(f"<p>{escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip())


def free_slug(parent, title):
    """A slug no sibling has (drafts included)."""
    base = slugify(title)[:70] or "evenement"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug
