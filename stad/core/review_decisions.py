"""A reviewer's decision confirmed in words: what happened to the page or snippet and when it
goes live.

Wagtail 8 says nothing after "Goedkeuren" or "Wijzigingsverzoek" on the dashboard, and on the
edit screen only that the object "is bijgewerkt". Wagtail has no hook for workflow actions, so
the views that perform a decision add the confirmation: for pages in
``stad.editorial.review_decisions``, for the reviewed snippets (partners, venues, the site's
chrome) here, in the viewset they share.
"""

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.templatetags.wagtailadmin_tags import user_display_name
from wagtail.admin.utils import get_latest_str
from wagtail.models import TaskState, WorkflowState
from wagtail.snippets.views import snippets

DECIDED = (TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED)


def confirm_review_decision(request, obj, task_state):
    """Tell the reviewer what their decision on ``task_state`` did, once it is taken."""
    task_state.refresh_from_db()
    if task_state.status not in DECIDED or task_state.finished_by_id != request.user.pk:
        return  # no decision (a form with errors) or not this reviewer's
    obj.refresh_from_db()
    title = get_latest_str(obj)
    workflow_state = task_state.workflow_state
    if task_state.status == TaskState.STATUS_REJECTED:
        message = _("'%(title)s' has been sent back to %(requester)s with a request for changes.")
        requester = user_display_name(workflow_state.requested_by)
        messages.success(request, message % {"title": title, "requester": requester})
    elif workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        message = _("'%(title)s' has been approved; the next step is %(task)s.")
        task = workflow_state.current_task_state.task
        messages.success(request, message % {"title": title, "task": task.name})
    elif obj.scheduled_revision:
        message = _("'%(title)s' has been approved and goes live on %(go_live_at)s.")
        go_live_at = timezone.localtime(obj.scheduled_revision.approved_go_live_at)
        when = formats.date_format(go_live_at, "DATETIME_FORMAT")
        messages.success(request, message % {"title": title, "go_live_at": when})
    else:
        messages.success(
            request, _("'%(title)s' has been approved and is live.") % {"title": title}
        )


class ConfirmsDecision:
    """For a workflow action view (the dashboard's "Goedkeuren" and "Wijzigingsverzoek", also
    in their comment dialog), of pages or snippets: the decision confirmed once taken."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        confirm_review_decision(request, self.object, self.task_state)
        return response


class DecideSnippetFromDashboardView(ConfirmsDecision, snippets.WorkflowActionView):
    pass


class DecideSnippetWhileEditingView(snippets.EditView):
    """The snippet edit screen's "Goedkeuren en publiceren" and "Wijzigingsverzoek"."""

    def workflow_action_action(self):
        task_state = self.object.current_workflow_task_state
        response = super().workflow_action_action()
        confirm_review_decision(self.request, self.object, task_state)
        return response

    def get_success_message(self):
        # "... is bijgewerkt" says nothing of the decision: the confirmation replaces it.
        if self.action == "workflow-action":
            return None
        return super().get_success_message()


class ReviewedSnippetViewSet(snippets.SnippetViewSet):
    """Wagtail's snippet views, with review decisions confirmed (for ``ReviewedSnippet``)."""

    workflow_action_view_class = DecideSnippetFromDashboardView
    edit_view_class = DecideSnippetWhileEditingView
