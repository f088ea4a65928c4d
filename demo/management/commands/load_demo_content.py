from django.core.management.base import BaseCommand

from demo.builder import DemoBuilder


class Command(BaseCommand):
    help = (
        "Build the demo site in Dutch and English from the facts of the 2023 annual report. "
        "Safe to run again: what exists already is left as it is."
    )

    def handle(self, *args, **options):
        created = DemoBuilder().build()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {created} items created."))
        else:
            self.stdout.write("Demo content was already complete; nothing changed.")
