"""``manage.py backup``: the database and the media in one dated archive (see stad.core.backup)."""

from django.core.management.base import BaseCommand, CommandError

from stad.core import backup


class Command(BaseCommand):
    help = "Write the database and the media files into one dated .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir", default="backups", help="folder for the archive (default: backups/)"
        )

    def handle(self, *args, output_dir, **options):
        try:
            archive, manifest = backup.backup(output_dir)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        held = ", ".join(f"{count} {name}" for name, count in manifest["inventory"].items())
        self.stdout.write(f"Backup written to {archive}: {held}.")
        if not manifest["media"]:
            self.stdout.write(
                "Media are on object storage and not in the archive: keep them with the "
                "bucket's versioning or replication."
            )
