"""Production settings: refuse to start without a secret key and the allowed host names."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_list


def required(name, explanation):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"{name} is not set. {explanation} Production settings refuse to start without it."
        )
    return value


SECRET_KEY = required(
    "DJANGO_SECRET_KEY",
    "Set it to a long random string, for example the output of "
    '`python -c "import secrets; print(secrets.token_urlsafe(50))"`.',
)
if SECRET_KEY.startswith("django-insecure"):
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is the development key. Generate a new one for production."
    )
required(
    "DJANGO_ALLOWED_HOSTS",
    "Set it to the comma-separated host names the site answers to, e.g. "
    "'stadvanontdekkingen.nl,www.stadvanontdekkingen.nl'.",
)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "true").lower() == "true"
# Load balancers poll the health check over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "3600"))
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"

# Signing in (issue 16): every admin user sets up a second factor, unless
# DJANGO_STAFF_REQUIRE_2FA=0 says otherwise.
STAFF_REQUIRE_2FA = os.environ.get("DJANGO_STAFF_REQUIRE_2FA", "1") == "1"

# Background tasks (picture renditions on publish, Wagtail's reference index) wait in the
# database until `manage.py db_worker` runs them, so no editor or visitor waits for them.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Static files: compressed, with content hashes in their names, served by whitenoise with a
# one-year cache lifetime (safe, since a changed file gets a new name).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Media on S3-compatible object storage when a bucket is named (install the `s3` extra).
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "querystring_auth": False,
        },
    }
