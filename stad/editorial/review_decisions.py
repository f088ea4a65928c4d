"""A reviewer's decision on a page confirmed in words (``stad.core.review_decisions``).

Wagtail's page views come from a ``PageViewSet`` per page type: ours takes the place of
Wagtail's default one for all pages, with the two views that perform a decision adding the
confirmation.
"""

from wagtail.admin.views.pages import edit, workflow
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from stad.core.review_decisions import ConfirmsDecision, confirm_review_decision


class DecideFromDashboardView(ConfirmsDecision, workflow.WorkflowActionView):
    pass


class DecideWhileEditingView(edit.EditView):
    """The edit screen's "Goedkeuren en publiceren" and "Wijzigingsverzoek"."""

    def perform_workflow_action(self):
        task_state = self.page.current_workflow_task_state
        response = super().perform_workflow_action()
        confirm_review_decision(self.request, self.page, task_state)
        return response

    def add_save_confirmation_message(self):
        # "Pagina ... is bijgewerkt" says nothing of the decision: the confirmation replaces it.
        if self.action_name != "perform_workflow_action":
            super().add_save_confirmation_message()


class ReviewedPageViewSet(PageViewSet):
    """Wagtail's default page views, with decisions confirmed."""

    workflow_action_view_class = DecideFromDashboardView
    edit_view_class = DecideWhileEditingView
    # Only the views above change: the explorer keeps Wagtail's default viewset for listings.
    parent_models = []


# Registered after Wagtail's default viewset for Page (its hook has order -1), so it replaces it.
reviewed_page_viewset = ReviewedPageViewSet("reviewed_pages", model=Page)
