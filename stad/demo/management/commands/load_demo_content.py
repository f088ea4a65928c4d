from django.core.management.base import BaseCommand, CommandError

from stad.demo.builder import DemoBuilder, OutdatedDemo
from stad.demo.event_source import load_demo_source
from stad.editorial.demo_users import create_demo_users
from stad.editorial.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Build the demo site in Dutch and English from the facts of the 2023 annual report, "
        "the editorial roles and a demo user for each, and a partner's agenda source whose "
        "events wait for review. Safe to run again: what exists "
        "already is left as it is."
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
        # After the pages: translators get their permissions on the English home page.
        for line in create_demo_users(setup_roles()):
            self.stdout.write(line)
        # After the review workflow exists: the imported drafts are submitted to it.
        self.stdout.write(load_demo_source())
