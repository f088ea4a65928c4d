"""``manage.py restore ARCHIVE``: a backup into an empty installation (see stad.core.backup)."""

from django.core.management.base import BaseCommand, CommandError

from stad.core import backup


class Command(BaseCommand):
    help = "Restore a backup archive (manage.py backup) into this empty installation."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the .tar.gz file that manage.py backup wrote")

    def handle(self, *args, archive, **options):
        try:
            manifest, now = backup.restore(archive)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        expected = manifest["inventory"]
        differences = {
            name: (count, now.get(name))
            for name, count in expected.items()
            if now.get(name) != count
        }
        if differences:
            raise CommandError(
                "Restored, but the site does not hold what the backup did: "
                + ", ".join(f"{name} {had} → {has}" for name, (had, has) in differences.items())
            )
        held = ", ".join(f"{count} {name}" for name, count in now.items())
        self.stdout.write(f"Restored the backup of {manifest['created']}: {held}.")
        self.stdout.write("Run `manage.py migrate` if this version of the site is newer.")
