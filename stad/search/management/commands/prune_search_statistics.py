"""Forget search statistics older than SEARCH_STATISTICS_DAYS (the scheduler runs it daily)."""

from django.core.management.base import BaseCommand, CommandError

from stad.search import statistics


class Command(BaseCommand):
    help = "Delete search statistics older than SEARCH_STATISTICS_DAYS days."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, help="keep this many days instead of SEARCH_STATISTICS_DAYS"
        )

    def handle(self, *args, days=None, **options):
        if days is not None and days < 1:
            raise CommandError("--days must be 1 or more.")
        deleted = statistics.prune(days)
        if options["verbosity"]:
            self.stdout.write(f"Deleted {deleted} search statistics.")
