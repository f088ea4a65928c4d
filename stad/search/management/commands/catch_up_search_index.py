"""Apply the changes the search cluster missed while it did not answer (stad/search/pending.py).

Run every minute by the scheduler, like publish_scheduled: with nothing waiting it asks the
database one question and the cluster nothing.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail.search.backends import get_search_backend

from stad.core.page_cache import generation
from stad.search import pending
from stad.search.fallback import FALLBACK
from stad.search.models import PendingIndexUpdate


class Command(BaseCommand):
    help = "Bring the search cluster up to date with changes made while it did not answer."

    def handle(self, *args, **options):
        if not PendingIndexUpdate.objects.exists():
            return
        if FALLBACK not in settings.WAGTAILSEARCH_BACKENDS:
            # No cluster configured (any more): the database backend misses nothing.
            PendingIndexUpdate.objects.all().delete()
            return
        backend = get_search_backend()
        applied, waiting = pending.catch_up(backend)
        if applied:
            backend.refresh_indexes()
            # Search results changed: pages stored before show the old ones.
            generation.renew("search cluster caught up")
        self.stdout.write(
            f"Search cluster: {applied} missed changes applied, {waiting} still waiting."
        )
        if waiting and not applied:
            self.stderr.write("The search cluster does not answer yet; trying again next run.")
