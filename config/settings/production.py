"""Production settings: refuse to start without a secret key and the allowed host names."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_list, env_switch


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

# No silent SQLite: without DATABASE_URL base.py would run on a file inside the container, which
# a redeploy throws away with every edit. A single-server install that wants SQLite says so.
required(
    "DATABASE_URL",
    "Set it to the site's database, e.g. 'postgres://stad:password@db.internal:5432/stad' "
    "(or, for one small server on purpose, 'sqlite:////srv/stad/db.sqlite3').",
)

# Mail: workflow notifications ("a page awaits your review") and password resets. Without a
# server they would vanish without a word, so production refuses to start instead.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = required(
    "DJANGO_EMAIL_HOST",
    "Set it to the SMTP server that sends the site's mail (review notifications, password "
    "resets), with DJANGO_EMAIL_PORT, DJANGO_EMAIL_HOST_USER and DJANGO_EMAIL_HOST_PASSWORD.",
)
DEFAULT_FROM_EMAIL = required(
    "DJANGO_DEFAULT_FROM_EMAIL",
    "Set it to the sender of the site's mail, e.g. 'Stad van ontdekkingen <noreply@leiden.nl>'.",
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_SECURITY = os.environ.get("DJANGO_EMAIL_SECURITY", "starttls").lower()
if EMAIL_SECURITY not in {"starttls", "ssl", "none"}:
    raise ImproperlyConfigured(
        f"DJANGO_EMAIL_SECURITY is {EMAIL_SECURITY!r}; use 'starttls' (port 587), 'ssl' "
        "(port 465) or 'none' (a relay inside the network)."
    )
EMAIL_USE_TLS = EMAIL_SECURITY == "starttls"
EMAIL_USE_SSL = EMAIL_SECURITY == "ssl"
# Mail is sent inside the editor's request: a mail server that stops answering must cost the
# editor seconds, not gunicorn's whole timeout.
EMAIL_TIMEOUT = int(os.environ.get("DJANGO_EMAIL_TIMEOUT", "10"))

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "true").lower() == "true"
# Load balancers poll the health check over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# --- Security headers (issue 16): HSTS, framing, what `check --deploy` may say ------------------
# HSTS for a year by default (browsers then never try plain HTTP for this host); lower
# DJANGO_HSTS_SECONDS first when trying out a new domain, since browsers keep it that long.
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(365 * 24 * 60 * 60)))
if SECURE_HSTS_SECONDS < 0:
    raise ImproperlyConfigured("DJANGO_HSTS_SECONDS must be 0 (off) or more seconds.")
# The site's own subdomains (www.) are served over HTTPS too; switch off only if one of them
# must stay on plain HTTP.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_switch("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
# Preloading puts the whole domain into the browsers' built-in HSTS lists once someone submits
# it (hstspreload.org); it cannot be undone quickly, so the domain's owner turns it on.
SECURE_HSTS_PRELOAD = env_switch("DJANGO_HSTS_PRELOAD", False)
# Older browsers frame no page of the site at all: Wagtail's and wagtail-localize's preview
# views set "SAMEORIGIN" on their own responses (xframe_options_sameorigin_override), which is
# all the admin's preview panel needs. Newer browsers follow the CSP's frame-ancestors 'self'
# instead; either way no other origin can frame the site (clickjacking).
X_FRAME_OPTIONS = "DENY"
SILENCED_SYSTEM_CHECKS = []
if not SECURE_HSTS_PRELOAD:
    # W021 asks for preload; see above: a decision for the domain's owner, not a default.
    SILENCED_SYSTEM_CHECKS.append("security.W021")
if not SECURE_HSTS_INCLUDE_SUBDOMAINS:
    # W005: switched off on purpose (DJANGO_HSTS_INCLUDE_SUBDOMAINS=false) for a subdomain on HTTP.
    SILENCED_SYSTEM_CHECKS.append("security.W005")

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
