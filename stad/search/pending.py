"""Changes the search cluster missed while it did not answer, applied once it does.

Wagtail (modelsearch) logs a failed index update and goes on: the page is saved, but the cluster
keeps its old text until the page is saved again, so a page published during an outage stays
unfindable, or findable under its old title, after the cluster is back. Here the cluster backend
remembers each object it could not update (``remember``), and ``catch_up`` brings those entries
up to date when the cluster answers again: a page that still exists and is indexed is indexed
again, anything else is removed from the cluster.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from modelsearch.index import get_indexed_instance

from stad.search.models import PendingIndexUpdate

logger = logging.getLogger(__name__)

# How many waiting entries one run applies; the rest wait for the next run (a minute later).
BATCH = 500


def remember(obj, error):
    """Note that the cluster missed ``obj``'s change (one log line, no traceback)."""
    try:
        with transaction.atomic():
            PendingIndexUpdate.objects.update_or_create(
                content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
                object_id=str(obj.pk),
            )
    except IntegrityError:
        pass  # another worker remembered it at the same moment
    logger.warning(
        "The search cluster missed a change to %s %s (%s: %s); "
        "catch_up_search_index applies it when the cluster answers",
        type(obj).__name__,
        obj.pk,
        type(error).__name__,
        error,
    )


def catch_up(backend):
    """Apply the waiting changes to ``backend``, oldest first. Returns (applied, still waiting);
    stops at the first failure, since the cluster then does not answer yet."""
    applied = 0
    for pending in PendingIndexUpdate.objects.select_related("content_type").order_by("failed_at")[
        :BATCH
    ]:
        model = pending.content_type.model_class()
        obj = model._default_manager.filter(pk=pending.object_id).first() if model else None
        indexed = get_indexed_instance(obj) if obj is not None else None
        try:
            if indexed is not None:
                backend.add(indexed, catching_up=True)
            elif model is not None:
                backend.delete(model(pk=pending.object_id), catching_up=True)
        except Exception as error:  # whatever the client raises: the cluster is not back yet
            logger.info("Search cluster not caught up yet: %s: %s", type(error).__name__, error)
            break
        # Unless it failed again meanwhile: then it waits for the next run.
        PendingIndexUpdate.objects.filter(pk=pending.pk, failed_at=pending.failed_at).delete()
        applied += 1
    return applied, PendingIndexUpdate.objects.count()
