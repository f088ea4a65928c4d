"""Sending a translation made in wagtail-localize's editor to the review workflow.

wagtail-localize's editor offers publishing only, and only to those who may publish; a
translator has no way to hand the work to the final editors. The button here saves the
translation as a draft of the translated page and starts (or resumes) the page's workflow, as
Wagtail's own "Submit for review" does, so the moderator approves and publishes it from the
dashboard.

wagtail-localize saves a draft by writing it into the page itself as well as into a revision
(``Translation.save_target(publish=False)``). For a live page that would show the unreviewed
translation to visitors at once, so what was live is put back: the draft lives in the revision
only until the workflow publishes it.
"""

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation


def review_state(page, user):
    """What the translator can do with ``page`` (a translated page): "submit", "resubmit",
    "awaiting" (a review is under way) or None (no workflow, or not theirs to submit)."""
    workflow_state = page.current_workflow_state
    if workflow_state is not None:
        if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return "resubmit" if page.permissions_for_user(user).can_edit() else None
        return "awaiting"
    permissions = page.permissions_for_user(user)
    if permissions.can_edit() and permissions.can_submit_for_moderation():
        return "submit"
    return None


@transaction.atomic
def save_translation_draft(translation, user):
    """Save the translation's current text as the latest revision of the translated page,
    leaving what visitors see as it was. Returns the page. Raises ``ValidationError`` when
    the translation does not make a valid page (wagtail-localize marks the segments)."""
    page = translation.get_target_instance()
    live_content = json.loads(page.specific.to_json()) if page.live else None
    translation.save_target(user=user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    if live_content is not None:
        # Back to the live content; the new draft title, latest revision and the fact that it
        # has unpublished changes are the page's own and stay.
        page.with_content_json(live_content).save(clean=False)
        page = Page.objects.get(pk=page.pk).specific
    return page


@require_POST
def submit_translation_for_review(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise PermissionDenied
    state = review_state(page, request.user)
    if state is None:
        raise PermissionDenied
    if state == "awaiting":
        messages.warning(request, _("This translation is already waiting for review."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    try:
        page = save_translation_draft(translation, request.user)
    except ValidationError:
        messages.error(
            request,
            _("The translation has errors, marked below. Correct them and submit it again."),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    if state == "resubmit":
        page.current_workflow_state.resume(request.user)
    else:
        page.get_workflow().start(page, request.user)
    messages.success(
        request,
        _("The %(language)s translation of “%(title)s” has been submitted for review.")
        % {"language": translation.target_locale.get_display_name(), "title": page.draft_title},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
