"""Try the search cluster; when it fails, log it and answer from the database index.

With SEARCH_URL set, the site keeps Wagtail's database index up to date next to the cluster
(``config.services.search_backends`` names it ``FALLBACK``). Whatever goes wrong with the
cluster (down, slow, refusing the query), a visitor still gets an answer and the operator a log
line. Without a cluster there is nothing to fall back to, and an error is an error.

Kept free of models, so the settings can import the alias.
"""

import logging

import pybreaker
from django.conf import settings
from wagtail.search.backends import get_search_backend

from stad.core import outages

logger = logging.getLogger(__name__)

# The name of the database backend in WAGTAILSEARCH_BACKENDS when a cluster is the default.
FALLBACK = "database"


def search_with_fallback(search, what="a search"):
    """``search(backend)`` on the default backend, or on the database index if that fails.

    Returns ``(result, fell_back)``. ``search`` must finish its work on the backend (fetch the
    results, not return a lazy queryset), so that a failure surfaces here. ``what`` names the
    search in the log line.
    """
    if FALLBACK not in settings.WAGTAILSEARCH_BACKENDS:
        return search(get_search_backend()), False  # no cluster: nothing to fall back to
    try:
        # After a failure the breaker skips the cluster for a while (stad/core/outages.py), so a
        # hanging cluster costs one visitor a timeout, not every visitor; it logs the outage.
        return outages.search.call(search, get_search_backend()), False
    except pybreaker.CircuitBreakerError:
        pass  # skipped while the cluster is out
    except Exception as error:  # noqa: BLE001 - any failure of the cluster: answer anyway
        logger.info("Search cluster failed for %s; answered from the database: %s", what, error)
    return search(get_search_backend(FALLBACK)), True
