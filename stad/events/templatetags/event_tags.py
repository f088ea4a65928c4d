"""Template helpers of the agenda and event pages."""

from django import template
from django.http import QueryDict
from django.utils.formats import number_format
from django.utils.safestring import mark_safe
from django.utils.translation import pgettext

from stad.core.card_cache import with_rows
from stad.core.seo import json_ld_script
from stad.core.templatetags.listing_tags import drawn_cards
from stad.events import my_programme
from stad.events.models import Status
from stad.events.structured_data import event_json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def event_structured_data(context, page):
    """schema.org JSON-LD for an event page, safe to place in the document head."""
    data = event_json_ld(page, context.get("request"))
    if not data:
        return ""
    return json_ld_script(data[0] if len(data) == 1 else data)


@register.filter
def price(amount):
    """An amount in euros as the visitor's language writes it: € 7,50 or €7.50."""
    if amount is None:
        return ""
    number = number_format(amount, decimal_pos=2, use_l10n=True, force_grouping=True)
    return pgettext("price in euros, with the amount in {amount}", "€ {amount}").format(
        amount=number
    )


@register.inclusion_tag("events/components/status.html")
def occurrence_status(occurrence):
    """The status of one date as its ``Status`` label, when there is news: a date that goes
    ahead as planned says nothing, a moved date also says when it was planned first."""
    status = Status(occurrence.status)
    if status == Status.SCHEDULED:
        return {}
    return {
        "status": status,
        "modifier": status.value.replace("_", "-"),
        "previous_start": occurrence.previous_start if status == Status.POSTPONED else None,
    }


# --- Mijn programma (stad/events/my_programme.py) -------------------------------------------


def programme_of_request(context):
    """The programme page's address and the selection this page's address carries (``?d=``),
    worked out once per template render."""
    if "_programme" not in context.render_context:
        request = context.get("request")
        url = my_programme.programme_url(request) if request is not None else None
        selection = my_programme.read_selection(request.GET if request else QueryDict())
        context.render_context["_programme"] = (url, selection)
    return context.render_context["_programme"]


@register.inclusion_tag("events/components/programme_toggle.html", takes_context=True)
def programme_toggle(context, occurrence):
    """Add one date to the visitor's programme, or remove it: a link to the programme page
    with the new selection (works without JavaScript), which my-programme.js turns into a
    toggle button that keeps the selection in the browser."""
    url, selection = programme_of_request(context)
    if url is None or occurrence.is_past:
        return {}
    chosen = occurrence.pk in selection.ids
    query = selection.without_date(occurrence.pk) if chosen else selection.with_date(occurrence.pk)
    return {
        "occurrence": occurrence,
        "chosen": chosen,
        "href": f"{url}?{query}" if query else url,
        "programme_url": url,
    }


@register.inclusion_tag("events/components/programme_link.html", takes_context=True)
def programme_link(context):
    """A link to the visitor's programme with the selection this page carries; my-programme.js
    puts the selection kept in the browser in it."""
    url, selection = programme_of_request(context)
    if url is None:
        return {}
    query = selection.query()
    return {"href": f"{url}?{query}" if query else url, "programme_url": url}


@register.inclusion_tag("events/components/programme_live_region.html")
def programme_live_region():
    """Where my-programme.js tells screen-reader users what it changed."""
    return {}


@register.simple_tag(takes_context=True)
def session_cards(context, sessions):
    """A festival's sessions as cards (``listing_tags.cards``), each with its programme
    toggle below it: outside the card, which is kept for every visitor, while the toggle
    depends on the selection in the address."""
    # The toggles need the dates themselves: a list of stand-ins (``ReadWhenDrawn``) is read
    # here, and a date that has gone since it was listed is left out, so that each card below
    # is paired with its own date.
    sessions = [item for item in with_rows(list(sessions)) if item is not None]
    drawn = drawn_cards(context, sessions)
    toggle = context.template.engine.get_template("events/components/programme_toggle.html")
    items = []
    for item, html in zip(sessions, drawn, strict=True):
        control = toggle.render(context.new(programme_toggle(context, item)))
        items.append(f'<li class="card-list__with-toggle">{html}{control}</li>')
    return mark_safe("".join(items))  # noqa: S308 - rendered templates, escaped already
