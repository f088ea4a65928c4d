"""Template helpers of the agenda and event pages."""

from django import template
from django.utils.formats import number_format
from django.utils.translation import pgettext

from stad.core.seo import json_ld_script
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
