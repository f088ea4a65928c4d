"""/healthz: is the database, the cache and the search backend answering?

Load balancers and monitoring poll this. It answers 200 when everything is up and 503 with the
names of the services that are down, so an operator sees at once what to look at.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.search.backends import get_search_backend

from stad.core import outages
from stad.search.backends.cluster import with_query_timeout

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    # The site's cache swallows outages (see config/cache.py), so ask Redis directly.
    client = getattr(cache, "_cache", None)
    if client is not None and hasattr(client, "get_client"):
        client.get_client(write=True).ping()
        return
    key, value = f"healthz:{uuid.uuid4()}", "ok"
    cache.set(key, value, 10)
    if cache.get(key) != value:
        raise RuntimeError("cache did not return what was stored")
    cache.delete(key)


def check_search():
    backend = get_search_backend()
    client = getattr(backend, "es", None)  # the cluster client of OpenSearch/Elasticsearch
    if client is None:
        check_database()  # the database backend searches the database itself
    # A short timeout of its own: a hanging cluster must not hang the load balancer's poll.
    elif not client.ping(**with_query_timeout(client, {})):
        raise RuntimeError("search cluster did not answer")


CHECKS = {"database": check_database, "cache": check_cache, "search": check_search}


@never_cache
@require_safe
def healthz(request):
    results, down = {}, []
    skipped = outages.open_breakers()
    for name, check in CHECKS.items():
        if name in skipped:
            # The site is skipping it after a failure (and says so in the log); asking again
            # here would cost the timeout the breaker saves.
            results[name] = "down"
            down.append(name)
            continue
        try:
            check()
            results[name] = "ok"
        except Exception as error:  # noqa: BLE001 - any failure means "down", and is logged
            logger.warning("Health check %s failed: %s", name, error)
            results[name] = "down"
            down.append(name)
    body = {"status": "down" if down else "ok", "checks": results, "down": down}
    return JsonResponse(body, status=503 if down else 200)
