# One entry point for developers and CI. `make run` and `make test` do all the set-up.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: install messages run scheduler test test-browser test-stack services-start services-stop serve-production lint check lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the lock file changes.
$(VENV)/.installed: requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.lock
	touch $@

install: $(VENV)/.installed

# Compiled interface translations (.mo) are built here, never committed.
MO_FILES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))
messages: $(MO_FILES)
%.mo: %.po
	@command -v msgfmt >/dev/null || (apt-get update -qq && apt-get install -y -qq gettext)
	msgfmt --check -o $@ $<

# Absolute links (hreflang) and admin notifications use the address the site is served on.
run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
run: install messages
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) dev_admin --url http://$(HOST):$(PORT)/admin/
	$(MANAGE) runserver $(HOST):$(PORT)

test: install messages
	$(BIN)/pytest

# Real-browser tests (tests/browser/): axe-core on every page type in both languages, keyboard
# journeys, layout at 320 px. They need Chromium: Debian's (apt-get install chromium), CHROMIUM_PATH,
# or Playwright's own download; without one they fail rather than skip. About two minutes.
test-browser: install messages
	$(BIN)/pytest -m browser tests/browser

# Go-live and expiry times for development: publish_scheduled every minute until Ctrl-C.
# A host runs the same from cron (README, "Scheduling").
scheduler: install
	while true; do $(MANAGE) publish_scheduled; sleep 60; done

# The same suite on the production stack: PostgreSQL, Redis and a real OpenSearch node, started
# here and stopped afterwards. REQUIRE_SERVICES=1 turns any skip for a missing service into a failure.
test-stack: install messages
	scripts/services.sh start
	eval "$$(scripts/services.sh env)" && REQUIRE_SERVICES=1 $(BIN)/pytest; \
		status=$$?; scripts/services.sh stop; exit $$status

services-start:
	scripts/services.sh start
	@echo 'Point the site at them with: eval "$$(scripts/services.sh env)"'

services-stop:
	scripts/services.sh stop

# The production server on this machine (needs DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS).
serve-production: install messages
	DJANGO_SETTINGS_MODULE=config.settings.production $(MANAGE) collectstatic --noinput -v0
	DJANGO_SETTINGS_MODULE=config.settings.production $(MANAGE) migrate --noinput
	DJANGO_SETTINGS_MODULE=config.settings.production $(BIN)/gunicorn config.wsgi:application \
		--bind $(HOST):$(PORT) --workers $${WEB_CONCURRENCY:-3} --access-logfile -

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: install
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run

# Re-pin every package from the ranges in pyproject.toml, in a clean throw-away environment.
# The lock holds what the tests need, including the OpenSearch client; see pyproject extras.
lock:
	rm -rf /tmp/stad-lock && $(PYTHON) -m venv /tmp/stad-lock
	/tmp/stad-lock/bin/pip install --quiet --upgrade pip
	/tmp/stad-lock/bin/pip install --quiet ".[test,opensearch]"
	/tmp/stad-lock/bin/pip freeze --exclude stad-van-ontdekkingen > requirements.lock
	rm -rf /tmp/stad-lock

clean:
	rm -rf $(VENV) db.sqlite3 media collected_static .pytest_cache .ruff_cache
