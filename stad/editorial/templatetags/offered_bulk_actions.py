"""Bulk actions offered only to those who can complete them.

Wagtail lists every registered bulk action under a listing, to everyone, and only on the
confirmation screen says "you do not have permission" for each item: a Redacteur is offered
"Publiceren" and then refused. Wagtail has no hook to choose the offered actions per user, so
``templates/wagtailadmin/bulk_actions/footer.html`` calls this tag instead of Wagtail's
``bulk_action_choices``: it keeps Wagtail's buttons and drops each action whose own
``check_perm`` (the rule its confirmation screen applies) refuses every item on the screen.
"""

from django import template
from django.apps import apps
from django.urls import reverse
from wagtail.admin.templatetags.wagtailadmin_tags import bulk_action_choices
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.widgets.button import ButtonWithDropdown

register = template.Library()


@register.inclusion_tag("wagtailadmin/shared/buttons.html", takes_context=True)
def offered_bulk_action_choices(context, app_label, model_name, objects=None):
    buttons = bulk_action_choices(context, app_label, model_name)["buttons"]
    if not objects:
        return {"buttons": buttons}  # nothing listed to judge by: Wagtail's choice
    refused = {
        reverse("wagtail_bulk_action", args=[app_label, model_name, action.action_type])
        for action in refused_actions(context["request"], app_label, model_name, objects)
    }
    offered = []
    for button in buttons:
        if isinstance(button, ButtonWithDropdown):
            button.dropdown_buttons = [b for b in button.dropdown_buttons if b.url not in refused]
            if button.dropdown_buttons:
                offered.append(button)
        elif button.url not in refused:
            offered.append(button)
    return {"buttons": offered}


def refused_actions(request, app_label, model_name, objects):
    model = apps.get_model(app_label, model_name)
    for action_class in bulk_action_registry.get_bulk_actions_for_model(app_label, model_name):
        action = action_class(request, model)
        if not any(action.check_perm(item) for item in objects):
            yield action_class
