from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .importer import CHANGED_ACTION, IMPORTED_ACTION
from .models import EventSource, ImportedEvent


class EventSourceViewSet(SnippetViewSet):
    """Not a reviewed snippet: a source is never shown to visitors, what it imports is reviewed."""

    model = EventSource
    icon = "calendar-alt"
    menu_label = gettext_lazy("Event sources")
    add_to_admin_menu = True
    # After the venues (310) and the site's header and footer (320).
    menu_order = 330
    list_display = [
        "name",
        "partner",
        "is_active",
        DateColumn("last_run_at", label=gettext_lazy("last import")),
        Column("new_count", label=gettext_lazy("new")),
        Column("changed_count", label=gettext_lazy("changed")),
        Column("cancelled_count", label=gettext_lazy("cancelled")),
        Column("last_error", label=gettext_lazy("last error")),
    ]
    list_filter = ["is_active", "feed_format"]


register_snippet(EventSourceViewSet)


@hooks.register("register_log_actions")
def register_import_actions(actions):
    class FromSource(LogFormatter):
        def format_message(self, log_entry):
            return self.message % {"source": log_entry.data.get("source", "")}

        def format_comment(self, log_entry):
            return "; ".join(log_entry.data.get("changes", []))

    @actions.register_action(IMPORTED_ACTION)
    class Imported(FromSource):
        label = gettext_lazy("Imported from an event source")
        message = gettext_lazy("Imported from the event source %(source)s")

    @actions.register_action(CHANGED_ACTION)
    class Changed(FromSource):
        label = gettext_lazy("Changed at an event source")
        message = gettext_lazy("Changed at the event source %(source)s")


@hooks.register("before_edit_page")
def show_what_the_import_changed(request, page):
    """The reviewer sees above the form what the last import changed, and what it kept of an
    editor's own changes."""
    if request.method != "GET" or not page.has_unpublished_changes:
        return  # once approved, the note has been read
    record = ImportedEvent.objects.filter(page_id=page.pk).select_related("source").first()
    if record is not None and record.change_note:
        text = _("From the event source %(source)s: %(changes)s") % {
            "source": record.source.name,
            "changes": "; ".join(record.change_note.splitlines()),
        }
        messages.info(request, text)
