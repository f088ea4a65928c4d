"""Turn the service URLs in the environment into Django and Wagtail settings.

Kept apart from the settings modules so the parsing can be tested and explained in one place.
"""

from urllib.parse import urlsplit, urlunsplit

from django.core.exceptions import ImproperlyConfigured

from stad.search.fallback import FALLBACK

# Scheme of SEARCH_URL -> (Wagtail backend, HTTP scheme of the cluster).
SEARCH_SCHEMES = {
    "opensearch": ("stad.search.backends.opensearch", "http"),
    "opensearch+https": ("stad.search.backends.opensearch", "https"),
    "elasticsearch": ("stad.search.backends.elasticsearch", "http"),
    "elasticsearch+https": ("stad.search.backends.elasticsearch", "https"),
}


def search_backends(search_url, index_prefix="stad_", timeout=5):
    """WAGTAILSEARCH_BACKENDS for a SEARCH_URL such as ``opensearch://127.0.0.1:9200``.

    Without a URL the site searches its own database, which needs no service. The timeout is
    short on purpose: a slow cluster must not hold up the editor who publishes a page.
    """
    if not search_url:
        return {"default": {"BACKEND": "stad.search.backends.database"}}
    parts = urlsplit(search_url)
    if parts.scheme not in SEARCH_SCHEMES:
        raise ImproperlyConfigured(
            f"SEARCH_URL scheme {parts.scheme!r} is not supported; use one of "
            f"{', '.join(sorted(SEARCH_SCHEMES))}, e.g. opensearch://127.0.0.1:9200."
        )
    backend, http_scheme = SEARCH_SCHEMES[parts.scheme]
    return {
        "default": {
            "BACKEND": backend,
            "URLS": [urlunsplit((http_scheme, parts.netloc, parts.path, "", ""))],
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": timeout,
            "OPTIONS": {"max_retries": 0},
        },
        # Kept up to date next to the cluster, so search can answer when the cluster cannot.
        FALLBACK: {"BACKEND": "stad.search.backends.database"},
    }


def caches(redis_url, page_cache_dir):
    """CACHES: Redis when REDIS_URL is set; otherwise this process's memory, and files on disk
    for the page cache, which every worker must share (see ``stad.core.page_cache``)."""
    if not redis_url:
        return {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
            "pages": {
                "BACKEND": "config.file_cache.PageFileCache",
                "LOCATION": str(page_cache_dir),
                # Entries expire after PAGE_CACHE_SECONDS; this bounds the folder meanwhile.
                "OPTIONS": {"MAX_ENTRIES": 5000},
            },
        }
    redis = {
        "BACKEND": "config.cache.ResilientRedisCache",
        "LOCATION": redis_url,
        # Fail fast: a visitor should wait half a second at most for a cache that is gone.
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
    return {
        "default": {**redis, "KEY_PREFIX": "stad"},
        "pages": {**redis, "KEY_PREFIX": "stad-pages"},
    }


def frontend_cache(environ):
    """WAGTAILFRONTENDCACHE: where to send purges when a page changes (see
    ``stad.core.page_cache.purge``), for each cache in front of the site that is configured:

    - ``FRONTEND_CACHE_PURGE_URL``: Varnish, Nginx or another proxy that accepts ``PURGE``
      requests at that address (the page's host goes in the Host header);
    - ``CLOUDFLARE_BEARER_TOKEN`` and ``CLOUDFLARE_ZONE_ID``: Cloudflare's API;
    - ``CLOUDFRONT_DISTRIBUTION_ID``: Amazon CloudFront (credentials as for the media bucket).
    """
    backends = {}
    if environ.get("FRONTEND_CACHE_PURGE_URL"):
        backends["proxy"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": environ["FRONTEND_CACHE_PURGE_URL"],
        }
    if environ.get("CLOUDFLARE_BEARER_TOKEN") or environ.get("CLOUDFLARE_ZONE_ID"):
        if not (environ.get("CLOUDFLARE_BEARER_TOKEN") and environ.get("CLOUDFLARE_ZONE_ID")):
            raise ImproperlyConfigured(
                "Set both CLOUDFLARE_BEARER_TOKEN and CLOUDFLARE_ZONE_ID to purge Cloudflare."
            )
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": environ["CLOUDFLARE_BEARER_TOKEN"],
            "ZONEID": environ["CLOUDFLARE_ZONE_ID"],
        }
    if environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": environ["CLOUDFRONT_DISTRIBUTION_ID"],
        }
    return backends
