from django import template

from stad.translations.review import review_state

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_review_state(context, page):
    """``review_state`` for the signed-in user, in wagtail-localize's editor."""
    return review_state(page, context["request"].user)
