# One entry point for developers and CI. `make run` and `make test` do all the set-up.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: install messages chromium run scheduler worker test test-browser screenshots docs-screenshots test-stack services-start services-stop serve-production serve-proxy bench bench-stack soak lint check backup restore lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the lock file changes. The lock carries a hash for every file, so pip
# checks each download against it (README, "Dependencies").
$(VENV)/.installed: requirements/development.lock | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements/development.lock
	touch $@

install: $(VENV)/.installed

# Compiled interface translations (.mo) are built here, never committed.
MO_FILES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/*.po))
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

# The suite under coverage.py, then coverage per app (stad/core, stad/events, ..., config).
# The exit status is pytest's: a failing suite fails `make test` even though the report prints.
test: install messages
	$(BIN)/coverage erase
	$(BIN)/coverage run -m pytest $(PYTEST_ARGS); status=$$?; \
		$(BIN)/coverage json -q -o coverage.json && $(BIN)/python scripts/coverage_by_app.py coverage.json; \
		exit $$status

# Chromium for the browser tests and screenshots: CHROMIUM_PATH, one on the PATH, or Debian's,
# installed here. No browser is an error, never a reason to skip.
chromium:
	@[ -n "$${CHROMIUM_PATH:-}" ] || command -v chromium >/dev/null || \
		(apt-get update -qq && apt-get install -y -qq chromium)

# Real-browser tests (tests/browser/): axe-core on every page type in both languages, keyboard
# journeys (menu, language switcher, agenda filters, search) with visible focus, layout at 320 px
# and 1280 px, the site without JavaScript, reduced motion, and the editors' journeys in the admin
# as Redacteur, Eindredacteur and Vertaler (issue 17), and the screens of the editors' guide
# (checked, not written: see docs-screenshots). About five minutes.
test-browser: install messages chromium
	$(BIN)/pytest -m browser tests/browser

# PNGs of the home page, agenda, an event, a festival and a programme, in both languages at
# 375 px and 1280 px, into screenshots/: the demo site in a throw-away database and media folder,
# served on a free port by the command itself. Cluster and cache variables are dropped so
# nothing outside the temporary folder is touched.
screenshots: install messages chromium
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	unset SEARCH_URL REDIS_URL && \
	export DJANGO_SETTINGS_MODULE=config.settings.dev DATABASE_URL="sqlite:///$$tmp/db.sqlite3" \
		DJANGO_MEDIA_ROOT="$$tmp/media" && \
	$(MANAGE) migrate --noinput -v0 && \
	$(MANAGE) load_demo_content >/dev/null && \
	$(MANAGE) screenshots --output screenshots

# The screenshots of the editors' guide (docs/editors.md) into docs/images/, one per journey:
# tests/browser/test_editors_guide.py walks the demo site in Chromium as Redacteur, Eindredacteur
# or Vertaler, the admin in Dutch at 1280 px, checks each screen against the guide's words and
# writes the PNG. `make test-browser` runs the same checks and writes nothing. About four minutes.
docs-screenshots: install messages chromium
	DOCS_SCREENSHOTS=docs/images $(BIN)/pytest -m browser tests/browser/test_editors_guide.py

# Go-live and expiry times for development: publish_scheduled every minute until Ctrl-C, and
# search-index changes a cluster missed during an outage (catch_up_search_index); the agenda
# sources are imported at the start and then every EVENT_IMPORT_MINUTES (60; 0: never).
# A host runs the same from cron (README, "Scheduling").
EVENT_IMPORT_MINUTES ?= 60
scheduler: install
	@case "$(EVENT_IMPORT_MINUTES)" in ''|*[!0-9]*) \
		echo "EVENT_IMPORT_MINUTES must be a whole number of minutes (0: no imports)" >&2; exit 2;; esac
	n=0; while true; do $(MANAGE) publish_scheduled; $(MANAGE) catch_up_search_index; \
		[ $(EVENT_IMPORT_MINUTES) -gt 0 ] && [ $$((n % $(EVENT_IMPORT_MINUTES))) -eq 0 ] \
			&& $(MANAGE) import_events; \
		n=$$((n + 1)); sleep 60; done

# The background-task worker for `make serve-production` (its tasks wait in the database:
# picture renditions, the search index). Development runs tasks at once and needs none.
worker: install
	DJANGO_SETTINGS_MODULE=config.settings.production $(MANAGE) db_worker --no-reload

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

# The production server on this machine (needs DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS,
# DATABASE_URL, DJANGO_EMAIL_HOST and DJANGO_DEFAULT_FROM_EMAIL: README, "Configuration").
serve-production: install messages
	DJANGO_SETTINGS_MODULE=config.settings.production $(MANAGE) collectstatic --noinput -v0
	DJANGO_SETTINGS_MODULE=config.settings.production $(MANAGE) migrate --noinput
	# Roles and review for models an upgrade added (idempotent; leaves hand-made changes alone).
	DJANGO_SETTINGS_MODULE=config.settings.production $(MANAGE) setup_roles -v0
	DJANGO_SETTINGS_MODULE=config.settings.production $(BIN)/gunicorn config.wsgi:application \
		--bind $(HOST):$(PORT) --workers $${WEB_CONCURRENCY:-3} --access-logfile -

# The reverse proxy of deploy/nginx/ in front of `make serve-production` (in another shell), as
# production runs it: static files and renditions from disk, originals and documents never
# (README, "Media in production"). Installs nginx when missing. PROXY_PORT (8080) is its port.
# Start serve-production with DJANGO_TRUSTED_PROXY_COUNT=1, so lockouts count visitors' addresses.
PROXY_PORT ?= 8080
serve-proxy:
	PROXY_LISTEN=$(HOST):$(PROXY_PORT) PROXY_UPSTREAM=$(HOST):$(PORT) scripts/proxy.sh run

# Requests/s, p50/p99, server CPU and SQL per request for every page type, against a static file,
# on production settings with gunicorn (2 workers) and a throw-away database (README,
# "Benchmarks"). About 10 minutes at the default size; BENCH_EVENTS=300 BENCH_NEWS=100 for a
# quick run. Not part of `make test`.
bench: install messages
	scripts/bench.sh

bench-stack: install messages
	scripts/bench.sh --stack

# Mixed traffic at concurrency 32 (20,000 requests) against gunicorn on PostgreSQL, Redis and
# OpenSearch while an editor publishes, with Redis and the search node stopped and hanging on the
# way; prints errors by status and outage, and checks every published change shows (README,
# "Load and faults"). About 10 minutes; loopback only. Not part of `make test`.
soak: install messages
	scripts/soak.sh

# stylelint for static/css (package.json pins it; Node.js >= 20.19). npm ci only when
# node_modules is missing or package-lock.json changed.
node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

lint: install node_modules/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	npx stylelint "static/css/**/*.css"

check: install
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run

# The database and the media in one dated archive in backups/ (README, "Backup and restore");
# `make restore ARCHIVE=backups/stad-backup-....tar.gz` into a new, empty installation.
backup: install
	$(MANAGE) backup --output-dir backups

restore: install
	@test -n "$(ARCHIVE)" || { echo "Name the archive: make restore ARCHIVE=backups/stad-backup-....tar.gz"; exit 2; }
	$(MANAGE) restore "$(ARCHIVE)"

# The two locks of requirements/ from the ranges in pyproject.toml (README, "Dependencies"), with
# pip-tools in a throw-away environment: production.lock (the dependencies and the opensearch and
# s3 extras: what the image installs) and development.lock (the same pins plus the test extra).
# A pin already in a lock stays while it fits the ranges; LOCK_ARGS=--upgrade re-pins everything,
# LOCK_ARGS="--upgrade-package wagtail" one package. Markers are evaluated for the machine that
# runs this, so it must be the image's: Python 3.11 on Linux x86_64.
LOCK_PYTHON ?= python3.11
PIP_TOOLS_VERSION := 7.6.2
PIP_FOR_PIP_TOOLS := 26.3
PIP_COMPILE := CUSTOM_COMPILE_COMMAND="make lock" "$$tmp/bin/pip-compile" --quiet --generate-hashes \
	--strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links $(LOCK_ARGS)
lock:
	@$(LOCK_PYTHON) -c 'import platform, sys; sys.exit(0 if sys.version_info[:2] == (3, 11) \
		and platform.system() == "Linux" and platform.machine() == "x86_64" else \
		"make lock pins for Python 3.11 on Linux x86_64, as in the image: set LOCK_PYTHON to one")'
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(LOCK_PYTHON) -m venv "$$tmp" && \
	"$$tmp/bin/pip" install --quiet "pip==$(PIP_FOR_PIP_TOOLS)" "pip-tools==$(PIP_TOOLS_VERSION)" && \
	$(PIP_COMPILE) --extra opensearch --extra s3 -o requirements/production.lock pyproject.toml && \
	$(PIP_COMPILE) --extra opensearch --extra s3 --extra test -c requirements/production.lock \
		-o requirements/development.lock pyproject.toml

clean:
	rm -rf $(VENV) db.sqlite3 media collected_static screenshots .pytest_cache .ruff_cache \
		.coverage coverage.json node_modules .hypothesis
