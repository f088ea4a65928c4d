"""The main button of the page and snippet editors says what happens, for the role that sees it.

After an editor sends a page (or a partner, venue or the site's chrome) for review, Wagtail
locks it for them until the review ends and sorts "Workflow annuleren" first: the big button
would throw the review away. Instead the main button says where it is ("Ter beoordeling bij
Eindredactie", not clickable), and withdrawing it from review waits in the menu beside it.
"""

from django.utils.translation import gettext as _
from wagtail.admin.action_menu import CancelWorkflowMenuItem, PageLockedMenuItem
from wagtail.locks import WorkflowLock
from wagtail.snippets import action_menu as snippet_menu


class InReview:
    name = "action-in-review"
    template_name = "editorial/action_menu/in_review.html"
    icon_name = "time"
    order = 0

    def __init__(self, task):
        super().__init__()
        self.label = _("Awaiting review by %(task)s") % {"task": task.name}


class InReviewMenuItem(InReview, PageLockedMenuItem):
    pass


class SnippetInReviewMenuItem(InReview, snippet_menu.LockedMenuItem):
    pass


# Wagtail's "locked" item of each editor, and what takes its place while a review runs.
IN_REVIEW = {
    PageLockedMenuItem: InReviewMenuItem,
    snippet_menu.LockedMenuItem: SnippetInReviewMenuItem,
}
WITHDRAWALS = (CancelWorkflowMenuItem, snippet_menu.CancelWorkflowMenuItem)


def workflow_lock(context):
    """The review's lock on what is edited, if the user is locked out by a review. The page
    editor passes its lock; the snippet editor only says whether the user is locked out."""
    if not context.get("locked_for_user"):
        return None
    lock = context.get("lock")
    instance = context.get("instance")
    if lock is None and instance is not None and hasattr(instance, "get_lock"):
        lock = instance.get_lock()
    return lock if isinstance(lock, WorkflowLock) else None


def say_where_it_is_in_review(menu_items, request, context):
    """``construct_page_action_menu`` and ``construct_snippet_action_menu``: no withdrawal as
    the main button."""
    if lock := workflow_lock(context):
        menu_items[:] = [
            IN_REVIEW[type(item)](lock.task) if type(item) in IN_REVIEW else item
            for item in menu_items
        ]
    # The first item becomes the main button; a withdrawal is never it while others remain.
    menu_items.sort(key=lambda item: (isinstance(item, WITHDRAWALS), item.order))
