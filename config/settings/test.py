"""Settings for the test suite: fast, isolated and never touching the developer's files."""

import tempfile

from .dev import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="stad-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
ALLOWED_HOSTS = ["*"]
# Off, so each test sees what its own request builds (and query counts measure real work); the
# page-cache tests turn it on, with the store of the set-up (Redis in make test-stack, else files,
# here in a folder of this run).
PAGE_CACHE_SECONDS = 0
if CACHES["pages"]["BACKEND"] == "config.file_cache.PageFileCache":  # noqa: F405
    CACHES["pages"]["LOCATION"] = tempfile.mkdtemp(prefix="stad-test-page-cache-")  # noqa: F405
# Signing in: the admin works without a second factor unless a test turns it on.
STAFF_REQUIRE_2FA = False
# No rate limits: the suite searches and lists hundreds of times from 127.0.0.1 (Hypothesis in
# tests/test_random_queries.py alone). tests/test_rate_limits.py turns them on.
SEARCH_RATE_LIMIT = SEARCH_SUGGESTIONS_RATE_LIMIT = API_RATE_LIMIT = None
