"""Cards in lists: each kind of item is drawn by a template named after its type.

The template of a type lives under its app, the way Wagtail names page templates:
``events/cards/event_occurrence.html`` draws a date of an event. A page type without a card
of its own gets ``components/card.html``, which shows the date line of the type from
``<app>/dates/<type>.html`` when it has one (a festival's days, a news item's day). So a
template never asks what an item is by looking for the fields it happens to have.
"""

from django import template
from django.utils.safestring import mark_safe
from wagtail.coreutils import camelcase_to_underscore

from stad.core import card_cache

register = template.Library()


def type_template_name(item, folder):
    """``<app label>/<folder>/<type in snake_case>.html`` for ``item``'s model."""
    model = type(item)
    return f"{model._meta.app_label}/{folder}/{camelcase_to_underscore(model.__name__)}.html"


def render_for_type(context, item, names):
    chosen = context.template.engine.select_template(names)
    with context.push(item=item):
        return chosen.render(context)


@register.simple_tag(takes_context=True)
def card(context, item):
    """The card of ``item`` in a list: its type's own card, or the card of every page."""
    return render_for_type(
        context, item, [type_template_name(item, "cards"), "components/card.html"]
    )


def drawn_cards(context, items):
    """The HTML of the cards of ``items``, in order: drawn by ``card``, or kept from an
    earlier build of a page in this generation (``card_cache``)."""
    variant = f"h{context.get('heading_level') or 3}"
    return card_cache.cards(
        items, lambda item: card(context, item), context.get("request"), variant
    )


@register.simple_tag(takes_context=True)
def cards(context, items):
    """The cards of ``items``, each in a list item (see ``drawn_cards``)."""
    drawn = drawn_cards(context, items)
    return mark_safe("".join(f"<li>{html}</li>" for html in drawn))  # noqa: S308 - rendered


@register.simple_tag(takes_context=True)
def listing_date(context, item):
    """When ``item`` is, as its type says it in lists; empty for types without a date."""
    try:
        rendered = render_for_type(context, item, [type_template_name(item, "dates")])
        return mark_safe(rendered.strip())  # noqa: S308 - a rendered template, escaped already
    except template.TemplateDoesNotExist:
        return ""


@register.inclusion_tag("components/date_range.html")
def date_range(first_day, last_day, weekday=False):
    """One day, or the first and last day of a period, without repeating a shared year."""
    return {
        "first_day": first_day,
        "last_day": last_day,
        "one_day": first_day == last_day,
        "same_year": first_day.year == last_day.year,
        "weekday": weekday,
    }
