"""The main button of the page editor says what happens, for the role that sees it.

After an editor sends a page for review, Wagtail locks it for them until the review ends and
sorts "Workflow annuleren" first: the big button would throw the review away. Instead the main
button says where the page is ("Ter beoordeling bij Eindredactie", not clickable), and
withdrawing the page from review waits in the menu beside it.
"""

from django.utils.translation import gettext as _
from wagtail.admin.action_menu import CancelWorkflowMenuItem, PageLockedMenuItem
from wagtail.locks import WorkflowLock


class InReviewMenuItem(PageLockedMenuItem):
    name = "action-in-review"
    template_name = "editorial/action_menu/in_review.html"
    icon_name = "time"
    order = 0

    def __init__(self, task):
        super().__init__()
        self.label = _("Awaiting review by %(task)s") % {"task": task.name}


def say_where_a_page_in_review_is(menu_items, request, context):
    """``construct_page_action_menu``: no withdrawal as the main button."""
    lock = context.get("lock")
    if isinstance(lock, WorkflowLock) and context.get("locked_for_user"):
        menu_items[:] = [
            InReviewMenuItem(lock.task) if isinstance(item, PageLockedMenuItem) else item
            for item in menu_items
        ]
    # The first item becomes the main button; a withdrawal is never it while others remain.
    menu_items.sort(key=lambda item: (isinstance(item, CancelWorkflowMenuItem), item.order))
