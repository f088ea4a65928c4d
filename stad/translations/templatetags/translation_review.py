import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder

from stad.translations.review import review_state

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_review_state(context, page):
    """``review_state`` for the signed-in user, in wagtail-localize's editor."""
    return review_state(page, context["request"].user)


@register.simple_tag(takes_context=True)
def editor_props_for_user(context, props, page):
    """wagtail-localize's editor props, without "Convert to alias page" for those who may not
    publish ``page``.

    Its footer makes the last action it lists the big button: for a translator, who may neither
    publish, unpublish, lock nor delete, that was "Convert to alias page", which replaces the
    translation with a copy of the original. Converting what visitors see is the final editors'
    decision; for a translator the big button is then "Stop synced translation", which keeps
    every word (and the translation can be restarted), while sending the work for review has a
    button of its own above it (``translations/submit_for_review.html``).
    """
    if page.permissions_for_user(context["request"].user).can_publish():
        return props
    data = json.loads(props)
    if "convertToAliasUrl" in data.get("links", {}):
        data["links"]["convertToAliasUrl"] = None
    return json.dumps(data, cls=DjangoJSONEncoder)
