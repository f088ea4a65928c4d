"""The lines a reviewer reads about an import: what the feed changed, and where an editor's own
change was kept although the feed now says something else."""

from decimal import Decimal

from django.utils import timezone

from stad.events.models import Venue

LABELS = {
    "title": "Titel",
    "introduction": "Inleiding",
    "ticket_url": "Link",
    "online_url": "Online link",
    "venue_id": "Locatie",
    "is_free": "Gratis toegang",
    "price": "Prijs",
}


def shown(field, value):
    """A field's value as the reviewer reads it."""
    if value in (None, ""):
        return "(leeg)"
    if field == "venue_id":
        venue = Venue.objects.filter(pk=value).first()
        return str(venue) if venue else f"locatie {value}"
    if field == "is_free":
        return "ja" if value else "nee"
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
        self.lines.append(f"{LABELS[field]}: {shown(field, before)} → {shown(field, after)}")

    def kept(self, field, editors, feeds):
        self.lines.append(
            f"{LABELS[field]}: met de hand gewijzigd in {shown(field, editors)}; de bron zegt "
            f"nu {shown(field, feeds)} (niet overgenomen)"
        )

    def add(self, line):
        self.lines.append(line)

    def text(self):
        return "\n".join(self.lines)
