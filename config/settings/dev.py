"""Settings for ``make run``: debug on, a development-only key, local hosts."""

import os

from .base import *  # noqa: F403
from .base import env_list

DEBUG = True
# Only ever used on a developer's machine; production.py refuses to start without its own key.
SECRET_KEY = os.environ.get(
    "DJANGO_SECRET_KEY", "django-insecure-dev-only-key-stad-van-ontdekkingen-do-not-deploy"
)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Find static files where they are written, without collectstatic (production collects them).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
