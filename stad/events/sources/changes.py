"""The lines a reviewer reads about an import: what the feed changed, and where an editor's own
change was kept although the feed now says something else."""

from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from stad.events.models import Venue

LABELS = {
    "title": gettext_lazy("Title"),
    "introduction": gettext_lazy("Introduction"),
    "ticket_url": gettext_lazy("Link"),
    "online_url": gettext_lazy("Online link"),
    "venue_id": gettext_lazy("Venue"),
    "is_free": gettext_lazy("Free entry"),
    "price": gettext_lazy("Price"),
}


def shown(field, value):
    """A field's value as the reviewer reads it."""
    if value in (None, ""):
        return _("(empty)")
    if field == "venue_id":
        venue = Venue.objects.filter(pk=value).first()
        return str(venue) if venue else _("venue %(id)s") % {"id": value}
    if field == "is_free":
        return _("yes") if value else _("no")
    return str(value)


def price_text(value):
    return None if value is None else str(Decimal(value).quantize(Decimal("0.01")))


def moment(value):
    """A date and time as editors type it: 10-02-2027 20:00 (Dutch time)."""
    return timezone.localtime(value).strftime("%d-%m-%Y %H:%M")


class ChangeNote:
    def __init__(self):
        self.lines = []

    def __bool__(self):
        return bool(self.lines)

    def changed(self, field, before, after):
        self.lines.append(
            _("%(field)s: %(before)s → %(after)s")
            % {"field": LABELS[field], "before": shown(field, before), "after": shown(field, after)}
        )

    def kept(self, field, editors, feeds):
        self.lines.append(
            _(
                "%(field)s: changed by hand to %(editors)s; the feed now says %(feeds)s "
                "(not taken over)"
            )
            % {
                "field": LABELS[field],
                "editors": shown(field, editors),
                "feeds": shown(field, feeds),
            }
        )

    def add(self, line):
        self.lines.append(line)

    def text(self):
        return "\n".join(self.lines)
