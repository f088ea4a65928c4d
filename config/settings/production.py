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

# Background tasks (picture renditions on publish, Wagtail's reference index) wait in the
# database until `manage.py db_worker` runs them, so no editor or visitor waits for them.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Static files: compressed, with content hashes in their names, served by whitenoise with a
# one-year cache lifetime (safe, since a changed file gets a new name).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Media: public renditions, private originals and documents (README, "Media in production")
# On disk, the reverse proxy in deploy/nginx/ serves only MEDIA_ROOT/images/ (the renditions that
# pages show) and hands everything else to Django; originals and documents stay in MEDIA_ROOT but
# have no public URL. Documents are streamed by Wagtail's serve view (WAGTAILDOCS_SERVE_METHOD in
# base.py) after it checked the collection's privacy; the proxy buffers the answer, so a slow
# download does not hold a gunicorn worker. Django's storages never overwrite a file of the same
# name: they pick a new name (FileSystemStorage's default, file_overwrite=False on S3).
#
# On S3-compatible object storage (when a bucket is named; install the `s3` extra) the bucket is
# private: originals and documents get no public ACL, and a URL to them is signed and short-lived
# (querystring_auth), so a guessed or shared address stops working. Documents are still served
# through the serve view, which reads them from the bucket. Renditions go to a storage of their
# own (WAGTAILIMAGES_RENDITION_STORAGE) with plain public URLs, optionally on a CDN domain, so the
# page cache and the CDN can keep pages that link them: give the bucket a policy that allows
# public reading of the `images/` prefix only.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    bucket = {
        "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
        "file_overwrite": False,
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **bucket,
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 300,
        },
    }
    STORAGES["renditions"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **bucket,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,  # public reading comes from the bucket policy on images/
            "querystring_auth": False,
        },
    }
    WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
