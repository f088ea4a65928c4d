from django.core.management.base import BaseCommand, CommandError

from demo.builder import DemoBuilder, OutdatedDemo


class Command(BaseCommand):
    help = (
        "Build the demo site in Dutch and English from the facts of the 2023 annual report. "
        "Safe to run again: what exists already is left as it is."
    )

    def handle(self, *args, **options):
        try:
            created = DemoBuilder().build()
        except OutdatedDemo as error:
            raise CommandError(str(error)) from error
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {created} items created."))
        else:
            self.stdout.write("Demo content was already complete; nothing changed.")
