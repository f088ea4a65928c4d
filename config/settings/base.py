"""Settings shared by every environment; everything that differs comes from the environment.

``dev.py``, ``test.py`` and ``production.py`` build on this file. Nothing here is insecure on its
own: the development secret key lives in ``dev.py`` only.
"""

import os
import re
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from config import services

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list, without empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_switch(name, default):
    """An on/off environment variable ("true"/"false", "1"/"0", "yes"/"no", "on"/"off")."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in {"true", "1", "yes", "on"}:
        return True
    if value in {"false", "0", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} is {value!r}; use 'true' or 'false'.")


# django-ratelimit's notation: requests per second, minute, hour or day, or per several ("100/5m").
RATE = re.compile(r"[1-9][0-9]*/([1-9][0-9]*)?[smhd]")


def env_rate(name, default):
    """A request rate such as "30/m", or None for no limit ("", "0" or "off")."""
    value = os.environ.get(name, default).strip().lower()
    if value in {"", "0", "off"}:
        return None
    if not RATE.fullmatch(value):
        # Checked here: django-ratelimit would fail on every request (a 500) instead.
        raise ImproperlyConfigured(
            f"{name} is {value!r}; use requests per s, m, h or d, e.g. '30/m', or '0' for no limit."
        )
    return value


DEBUG = False
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Our apps, in dependency order (each may only use the ones below it).
    "stad.api",
    "stad.demo",
    "stad.editorial",
    "stad.search",
    "stad.events",
    "stad.events.sources",
    "stad.programmes",
    "stad.core",
    # Admin tools for translators (status report); builds on wagtail-localize only.
    "stad.translations",
    # Translation of page content: wagtail_localize.locales replaces wagtail.locales.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    # The read-only JSON API (api/); JSON only, without Django REST framework's HTML browser.
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Background tasks (Wagtail's own and ours, stad.core.tasks); the database queue is used in
    # production only, but its tables exist everywhere so one migration history fits all.
    "django_tasks",
    "django_tasks_db",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Only for its catalogue: Wagtail's admin uses humanize's naturaltime ("6 minuten geleden"),
    # whose Dutch Django loads from installed apps only.
    "django.contrib.humanize",
    # Content-Security-Policy (security-header block below); the app adds django-csp's checks.
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Serves collected static files in production, with long cache headers for hashed names.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Security headers, outside the page cache so pages served from it carry the current policy.
    "config.middleware.ContentSecurityPolicyMiddleware",
    "config.middleware.PermissionsPolicyMiddleware",
    # Answers "If-None-Match" with 304, for pages from the cache too.
    "django.middleware.http.ConditionalGetMiddleware",
    # Anonymous visits are answered here from the page cache, before sessions and the rest.
    "stad.core.page_cache.middleware.PageCacheMiddleware",
    # Inside the page cache, so a page is compressed once when it is built and kept compressed
    # (the cache keeps a copy per encoding): a hit sends a fifth of the bytes without gzipping
    # again. Its random padding guards the few non-cached pages with secrets (BREACH).
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Picks the language from the /nl/ or /en/ prefix and redirects "/" by Accept-Language
    # (Django's, except that a 404 from the API or a document stays a 404).
    "config.middleware.LocaleMiddleware",
    # The request's Wagtail site and home page from what the page cache's generation remembers.
    "stad.core.site_of_request.RoutingStartMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite by default so the site runs with nothing installed; DATABASE_URL switches to PostgreSQL.
# An empty DATABASE_URL counts as unset (dj_database_url would pick a dummy backend).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # Issue 16: twelve characters at least (Django's default is eight).
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Dutch is the primary language; English is synced from it with wagtail-localize.
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", _("Dutch")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Amsterdam"
USE_TZ = True
# How the admin's date fields and their picker show a date, whatever the editor's language: the
# way Dutch editors write it. What they accept is stad/core/dutch_dates.py.
WAGTAIL_DATE_FORMAT = "%d-%m-%Y"
WAGTAIL_DATETIME_FORMAT = "%d-%m-%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
# ... and what Wagtail's own filter forms (history, reports) read in an English admin.
FORMAT_MODULE_PATH = ["config.formats"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "collected_static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

CACHES = services.caches(
    os.environ.get("REDIS_URL"),
    os.environ.get("DJANGO_PAGE_CACHE_DIR") or BASE_DIR / "var" / "page-cache",
)
# How long an anonymous page is served from the page cache (and a CDN's, as s-maxage) at most.
# Publishing replaces it at once; this bounds how long a started or ended event stays in lists
# without anyone publishing. 0 turns the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# A CDN or caching proxy in front of the site is told which addresses changed.
WAGTAILFRONTENDCACHE = services.frontend_cache(os.environ)
# Each language has pages of its own (/nl/agenda/, /en/events/): purge the addresses as they
# are, instead of Wagtail's default of the same path under every language prefix.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Background tasks run at once, in the request or command that queues them; production.py
# queues them in the database for `manage.py db_worker` instead.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Large page forms (StreamFields, inline panels) exceed Django's default of 1000 fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Stad van ontdekkingen"
# robots.txt: "0" on a staging or acceptance copy keeps every search engine out of it.
SEARCH_ENGINES_MAY_INDEX = os.environ.get("SEARCH_ENGINES_MAY_INDEX", "1") != "0"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# SEARCH_INDEX_PREFIX: several sites (or a load test) can share one cluster.
WAGTAILSEARCH_BACKENDS = services.search_backends(
    os.environ.get("SEARCH_URL"), index_prefix=os.environ.get("SEARCH_INDEX_PREFIX", "stad_")
)
# Search statistics (stad/search/statistics.py): days kept (`manage.py prune_search_statistics`,
# daily from the scheduler) and how many new search terms a day are counted at most, so a flood
# of random searches fills a bounded number of rows.
SEARCH_STATISTICS_DAYS = int(os.environ.get("SEARCH_STATISTICS_DAYS", "90"))
SEARCH_STATISTICS_NEW_QUERIES_PER_DAY = 2000
# Partners' event feeds (stad/events/sources, `manage.py import_events`). Feeds on internal
# addresses (loopback, private networks, link-local) are refused unless their host is listed here.
EVENT_FEED_ALLOWED_HOSTS = env_list("EVENT_FEED_ALLOWED_HOSTS")
EVENT_FEED_TIMEOUT_SECONDS = int(os.environ.get("EVENT_FEED_TIMEOUT_SECONDS", "10"))
EVENT_FEED_MAX_BYTES = int(os.environ.get("EVENT_FEED_MAX_BYTES", str(5 * 1024 * 1024)))
# Dates further ahead than this are left for a later import (a weekly series never ends).
EVENT_IMPORT_DAYS_AHEAD = int(os.environ.get("EVENT_IMPORT_DAYS_AHEAD", "365"))
# Uploads: which files the editors' library accepts, and how large. Wagtail refuses the rest with
# a Dutch message; the forms say the limits before a file is picked (stad/editorial/).
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 25 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "stad.editorial.document_form.DocumentFormWithLimits"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
# Phones and most cameras take 12-33 million pixels; a larger image (a 121-megapixel scan needs
# about 0.5 GB of memory per rendition) would be decoded in a worker that also serves visitors.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Every document goes through Wagtail's serve view, which checks the collection's privacy on
# each download: never a link straight to the file in storage (README, "Media in production").
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The most items one API request may ask for (?limit=); partners page on with ?offset=.
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Uploads need a description (alt text) or an explicit "decorative" tick.
WAGTAILIMAGES_IMAGE_FORM_BASE = "stad.editorial.image_form.AccessibleImageForm"
# Starting a translation makes a draft, never a published page: the translation goes live when
# the review workflow publishes it (stad/translations/review.py). Until then the English page is
# the untranslated copy it was (stad/core/localization.py, "translation in progress"). Parents
# missing in English are still copied there, as aliases (wagtail-localize always does that).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False


def machine_translator(deepl_api_key):
    """wagtail-localize's "Machine translate" button: DeepL when a key is given, else none.

    ``dev.py`` (and so the tests) fall back to wagtail-localize's dummy translator; production
    offers no button without a key rather than one that fills in nonsense.
    """
    if not deepl_api_key:
        return None
    return {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        # Keys of DeepL's free plan end in ":fx"; wagtail-localize then uses the free endpoint.
        "OPTIONS": {"AUTH_KEY": deepl_api_key},
    }


WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator(os.environ.get("DEEPL_API_KEY", "").strip())

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
    "filters": {
        # Django logs every 4xx: a script past a rate limit would write a line per request.
        # Refusals are logged where they are decided, with the client's address instead:
        # stad.rate_limits (once per client and window) and stad.accounts (lockouts).
        "no_429": {
            "()": "django.utils.log.CallbackFilter",
            "callback": lambda record: getattr(record, "status_code", None) != 429,
        },
    },
    "loggers": {
        "django.request": {"filters": ["no_429"]},
        # The search clients log every failed request with a traceback; an outage is logged
        # once, as one line, by stad.core.outages instead.
        "opensearch": {"level": "CRITICAL"},
        "elastic_transport": {"level": "CRITICAL"},
    },
}

# --- Security headers (issue 16): Content-Security-Policy and Permissions-Policy -----------------
# Both are set by config.middleware, which sits outside the page cache: a page served from the
# cache gets the policy of the running code, never one stored with it.


def media_origins(environ):
    """Where pictures come from besides the site itself: the object storage's custom domain or
    endpoint when media live there (production.py), plus any origins named explicitly."""
    origins = [
        origin.strip()
        for origin in environ.get("DJANGO_CSP_MEDIA_ORIGINS", "").split(",")
        if origin.strip()
    ]
    if environ.get("AWS_STORAGE_BUCKET_NAME"):
        if environ.get("AWS_S3_CUSTOM_DOMAIN"):
            origins.append(f"https://{environ['AWS_S3_CUSTOM_DOMAIN'].strip().rstrip('/')}")
        elif environ.get("AWS_S3_ENDPOINT_URL"):
            origins.append(environ["AWS_S3_ENDPOINT_URL"].strip().rstrip("/"))
        else:
            # Amazon S3 itself: boto3 links the bucket's own host, with or without the region.
            bucket = environ["AWS_STORAGE_BUCKET_NAME"].strip()
            origins.append(f"https://{bucket}.s3.amazonaws.com")
            if environ.get("AWS_S3_REGION_NAME"):
                region = environ["AWS_S3_REGION_NAME"].strip()
                origins.append(f"https://{bucket}.s3.{region}.amazonaws.com")
    return origins


MEDIA_ORIGINS = media_origins(os.environ)

# Inline <script> elements that public pages may run, as 'sha256-…' sources. Hashes, not
# nonces: the page cache serves one stored page to many visitors, so a per-request nonce in it
# would be reused (and the header of a cache hit would not match the stored body's nonce).
# Public templates have no inline script today: behaviour lives in static/js/. JSON-LD
# (<script type="application/ld+json">) is data, which browsers never run and CSP does not
# govern, so it needs no hash. tests/test_content_security_policy.py renders every public page
# type and fails, printing the value to add here, for an inline script without its hash.
PUBLIC_INLINE_SCRIPT_HASHES = []

# The public site: only its own scripts, styles, fonts and connections; pictures also from the
# media storage and data: URLs; no plugins; nothing may change the base URL, post forms
# elsewhere or frame the site on another origin.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, *PUBLIC_INLINE_SCRIPT_HASHES],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *MEDIA_ORIGINS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# The Wagtail admin (/admin/, incl. previews and wagtail-localize's editor) gets a policy of its
# own, enforced, because Wagtail 8 cannot run under the public one: its widgets and panels write
# inline <script> elements whose text differs per form (date pickers, inline panels, workflow
# and search-promotion forms, wagtail-localize's editor bootstrap), so neither hashes nor a
# nonce can list them without overriding Wagtail's templates; its React editors and Draftail set
# inline styles; axe-core (the accessibility checker in the preview and userbar) compiles its
# message templates with `new Function`; image uploads and the focal-point chooser show blob:
# and data: previews. Everything still comes from this origin only (no third-party script,
# connection or frame), nothing frames the admin elsewhere, and the admin is never cached.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *MEDIA_ORIGINS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
ADMIN_URL_PREFIX = "/admin/"
# The admin would otherwise reach third parties from editors' browsers, which the admin policy
# blocks: avatars from Gravatar (also a hash of each editor's e-mail address sent out) and the
# "new Wagtail release" check on the dashboard (upgrades come through the locks, `make lock`).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Browser features the site never uses, switched off for every page and any frame in it, so an
# injected script could not ask for them either. Features whose default already limits them to
# this origin and that the admin's logins may need (WebAuthn) are left at their default.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    )
}


# --- Signing in to the admin (issue 16, stad/accounts) -------------------------------------------
INSTALLED_APPS += [
    "stad.accounts",
    # Lockout after repeated wrong passwords; its tables record the attempts.
    "axes",
    # A second factor: codes from an authenticator app (TOTP).
    "django_otp",
    "django_otp.plugins.otp_totp",
]
# django-otp marks a session that gave a code; ours then sends admin users to the second step.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "django_otp.middleware.OTPMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django_otp.middleware.OTPMiddleware") + 1,
    "stad.accounts.second_factor.SecondFactorMiddleware",
)
# Last, as axes asks: turns a locked sign-in into our "signing in is paused" page.
MIDDLEWARE.append("axes.middleware.AxesMiddleware")
AUTHENTICATION_BACKENDS = [
    # Refuses a locked user name before the password is even checked.
    "stad.accounts.backends.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five wrong passwords for one user name from one address lock that pair, even for the right
# password, until the cool-off has passed since the lockout began (further tries do not extend
# it, so the page can say how long).
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("DJANGO_LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "stad.accounts.lockout.locked_out_response"
# The client's address behind our reverse proxy / load balancer: the number of proxies in front
# of the site that append to X-Forwarded-For (0: use the connection's address). Too high lets a
# client choose its own address; see the README's security section.
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "stad.accounts.client_address.client_address"
# Wagtail's page passwords: wrong ones per page and address before a pause.
PAGE_PASSWORD_FAILURE_LIMIT = int(os.environ.get("DJANGO_PAGE_PASSWORD_FAILURE_LIMIT", "5"))
PAGE_PASSWORD_COOLOFF_SECONDS = int(AXES_COOLOFF_TIME.total_seconds())
# Every admin user must set up a second factor before using the admin ("1"); production turns
# it on unless told otherwise. Users who set one up are asked for a code either way.
STAFF_REQUIRE_2FA = os.environ.get("DJANGO_STAFF_REQUIRE_2FA", "0") == "1"
# The name authenticator apps show next to the code.
OTP_TOTP_ISSUER = "Stad van ontdekkingen"
# Failed sign-ins and lockouts go to the logger "stad.accounts" at WARNING (user name and
# address, never the password), which the root logger above prints.

# --- Rate limits (issue 16): requests per client for search and the API -------------------------
# Searches and API listings cost a search or a database query each; a script asking thousands
# of them would hold the workers for everyone. The limits are far above what a visitor does
# (typing searches, turning pages) and count per client address, in the `pages` cache, which
# all workers share (Redis, else files): stad.core.rate_limits. Each "0" or empty: no limit.
SEARCH_RATE_LIMIT = env_rate("SEARCH_RATE_LIMIT", "30/m")
# Suggestions come while typing (one per pause of 200 ms): counted apart, with more room.
SEARCH_SUGGESTIONS_RATE_LIMIT = env_rate("SEARCH_SUGGESTIONS_RATE_LIMIT", "120/m")
API_RATE_LIMIT = env_rate("API_RATE_LIMIT", "120/m")
RATELIMIT_USE_CACHE = "pages"
# The same address the sign-in lockout counts (TRUSTED_PROXY_COUNT); an IPv6 client is its /64.
RATELIMIT_IP_META_KEY = AXES_CLIENT_IP_CALLABLE
# A count the cache cannot give (Redis down) lets the request through instead of refusing it.
RATELIMIT_FAIL_OPEN = True
# django-ratelimit's app is not installed: it adds only system checks, which call every cache
# but memcached and django-redis unsupported. Ours count atomically in Redis (Django's own
# backend: INCR); the files without Redis may lose a count when two workers add at the same
# moment, which lets a script through a request or two more, never refuses a visitor early.
