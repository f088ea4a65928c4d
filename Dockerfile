# Production image: gunicorn serving config.wsgi with production settings.
# Build: docker build -t stad-van-ontdekkingen .   Run: see compose.yaml and the README.
# The same image runs the background-task worker (`python manage.py db_worker`) and the scheduler.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    PORT=8000

RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext libjpeg62-turbo zlib1g \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 1000 stad
WORKDIR /app

COPY requirements.lock ./
RUN pip install --no-cache-dir -r requirements.lock "django-storages[s3]>=1.14,<2"

COPY --chown=stad:stad . .
# Translations and static files are built into the image; collectstatic needs the production
# variables set, not real ones (it touches neither the database nor the mail server).
RUN msgfmt --check -o locale/nl/LC_MESSAGES/django.mo locale/nl/LC_MESSAGES/django.po \
    && DJANGO_SECRET_KEY=build-only DJANGO_ALLOWED_HOSTS=build DATABASE_URL=sqlite:////tmp/build \
       DJANGO_EMAIL_HOST=build DJANGO_DEFAULT_FROM_EMAIL=build@localhost \
       python manage.py collectstatic --noinput -v0

USER stad
EXPOSE 8000
CMD ["sh", "-c", "python manage.py migrate --noinput && python manage.py setup_roles -v0 && gunicorn config.wsgi:application --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-3} --access-logfile -"]
