"""Settings for ``make run``: debug on, a development-only key, local hosts."""

import os

from .base import *  # noqa: F403
from .base import WAGTAILLOCALIZE_MACHINE_TRANSLATOR, env_list

DEBUG = True
# Only ever used on a developer's machine; production.py refuses to start without its own key.
SECRET_KEY = os.environ.get(
    "DJANGO_SECRET_KEY", "django-insecure-dev-only-key-stad-van-ontdekkingen-do-not-deploy"
)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
# The demo's agenda source is a feed this development server serves itself (stad/demo).
EVENT_FEED_ALLOWED_HOSTS = env_list("EVENT_FEED_ALLOWED_HOSTS", "127.0.0.1,localhost")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Find static files where they are written, without collectstatic (production collects them).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Without a DeepL key, wagtail-localize's dummy translator (it reverses the words) lets editors
# try machine translation, and the tests exercise it, without calling anyone.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = WAGTAILLOCALIZE_MACHINE_TRANSLATOR or {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}
# Off while developing, so a changed template shows at once; PAGE_CACHE_SECONDS=300 tries it.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
