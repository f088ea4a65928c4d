# Production images: the site (gunicorn serving config.wsgi with production settings) and the
# reverse proxy in front of it (nginx with deploy/nginx/ and the collected static files).
# Build: docker build -t stad-van-ontdekkingen .   (the site, the last stage)
#        docker build --target proxy -t stad-van-ontdekkingen-proxy .
# Run: see compose.yaml and the README ("Media in production").
# The site's image also runs the background-task worker (`python manage.py db_worker`) and the scheduler.
FROM python:3.11-slim-bookworm AS site

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    PORT=8000

# postgresql-client: pg_dump and pg_restore for `manage.py backup` and `restore`.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext libjpeg62-turbo zlib1g postgresql-client \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 1000 stad
WORKDIR /app

# Only the production lock (no test tools), every file checked against its hash; --no-deps
# because the lock already names every package, so nothing unpinned can slip in.
COPY requirements/production.lock ./requirements/
RUN pip install --no-cache-dir --require-hashes --no-deps -r requirements/production.lock

COPY --chown=stad:stad . .
# Translations and static files are built into the image; collectstatic needs the production
# variables set, not real ones (it touches neither the database nor the mail server).
RUN msgfmt --check -o locale/nl/LC_MESSAGES/django.mo locale/nl/LC_MESSAGES/django.po \
    && msgfmt --check -o locale/nl/LC_MESSAGES/djangojs.mo locale/nl/LC_MESSAGES/djangojs.po \
    && DJANGO_SECRET_KEY=build-only DJANGO_ALLOWED_HOSTS=build DATABASE_URL=sqlite:////tmp/build \
       DJANGO_EMAIL_HOST=build DJANGO_DEFAULT_FROM_EMAIL=build@localhost \
       python manage.py collectstatic --noinput -v0

# Uploads and renditions (media) and the release step's backups are volumes in compose; a new
# volume takes its owner from these folders, so the site's user can write to it.
RUN mkdir -p /app/media /app/backups && chown stad:stad /app/media /app/backups
USER stad
EXPOSE 8000
# Migrations are a release step of their own (compose's `release` service, after a backup:
# README, "Backup and restore"), not something every container start does.
CMD ["sh", "-c", "gunicorn config.wsgi:application --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-3} --access-logfile -"]

# The reverse proxy: static files and picture renditions from disk, the rest to gunicorn;
# originals and documents in the media volume are not served (deploy/nginx/stad.conf.template).
# The official image fills in the template's ${STAD_...} variables when it starts.
FROM nginx:1.27-bookworm AS proxy
COPY --from=site /app/collected_static /srv/static
COPY deploy/nginx/stad.conf.template /etc/nginx/templates/default.conf.template
ENV STAD_LISTEN=80 STAD_UPSTREAM=web:8000 STAD_STATIC_ROOT=/srv/static STAD_MEDIA_ROOT=/srv/media
EXPOSE 80

# The default target is the site.
FROM site
