"""Wagtail's "Awaiting your review" first on the dashboard, with each change's go-live.

A reviewer opens the admin to review: the queue comes before every other panel (Wagtail's own
order puts it at 220, below the agenda of the week). It shows only to those who have something
to review, so editors and translators keep their dashboard as it was.
"""

from django.utils.dateparse import parse_datetime
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel


class ReviewQueuePanel(WorkflowObjectsToModeratePanel):
    template_name = "editorial/review_queue.html"
    order = 10

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        for state in context["states"]:
            state["go_live_at"] = go_live_of(state["revision"])
        return context


def go_live_of(revision):
    """The go-live the editor set in the revision under review, or None: it takes effect
    only when the revision is approved, so it is read from the revision, not the live page."""
    go_live_at = revision.content.get("go_live_at")
    return parse_datetime(go_live_at) if go_live_at else None


def put_review_queue_first(request, panels):
    """``construct_homepage_panels``: our queue in place of Wagtail's."""
    panels[:] = [
        ReviewQueuePanel() if isinstance(panel, WorkflowObjectsToModeratePanel) else panel
        for panel in panels
    ]
