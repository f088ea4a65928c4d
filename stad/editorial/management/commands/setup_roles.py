from django.core.management.base import BaseCommand

from stad.editorial.roles import ROLES, setup_roles


class Command(BaseCommand):
    help = (
        "Create or complete the editorial roles (Redacteur, Eindredacteur, Vertaler) and the "
        "review workflow. Safe to run again, e.g. after adding a language."
    )

    def handle(self, *args, **options):
        groups = setup_roles()
        if options["verbosity"] == 0:
            return
        for role in ROLES:
            self.stdout.write(f"{role.name}: {groups[role.name].permissions.count()} permissions")
        self.stdout.write(
            "Review workflow Eindredactie on the whole tree, partners, venues and the header "
            "and footer"
        )
