from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from stad.events.sources.importer import import_source
from stad.events.sources.models import EventSource


class Command(BaseCommand):
    help = (
        "Import the events of every active agenda source (or of one, --source ID) as drafts "
        "submitted for review. Safe to run again: what was imported before is not repeated."
    )

    def add_arguments(self, parser):
        parser.add_argument("--source", type=int, help="The id of one source (also inactive).")

    def handle(self, *args, source=None, **options):
        sources = EventSource.objects.filter(is_active=True).select_related("partner")
        if source is not None:
            sources = EventSource.objects.filter(pk=source)
            if not sources:
                raise CommandError(f"There is no event source with id {source}.")
        failed = 0
        for item in sources:
            result = import_source(item)
            # In the words the admin listing shows for the same import.
            with translation.override(settings.LANGUAGE_CODE):
                line = f"{item.name}: {result.summary()}"
            if result.error:
                failed += 1
                self.stderr.write(self.style.ERROR(line))
            else:
                self.stdout.write(line)
        if failed:
            # A non-zero status lets cron or the scheduler's log show that a feed needs looking at.
            raise CommandError(
                f"{failed} source(s) could not be imported; nothing of theirs changed."
            )
