# Two commands for a newcomer: `make run` and `make test` (see README.md).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: run test serve release install install-dev messages catalogues admin-catalogues lint format clean bench profile loadtest backup restore screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime-installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime-installed

install: $(VENV)/.runtime-installed

install-dev: $(VENV)/.dev-installed

messages: install
	$(MANAGE) compile_translations

# Links in e-mails, and the default Site that page addresses come from, name the served port.
run: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
run: install messages
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content
	$(MANAGE) configure_site
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# Production, on one app server or each of several: the settings read the environment (see
# docs/deploy.md); `release` once per deployment, before the new code serves.
serve release: export DJANGO_SETTINGS_MODULE = network_site.settings.production

release: install messages
	$(MANAGE) migrate --no-input
	$(MANAGE) configure_site

serve: install messages
	$(MANAGE) collectstatic --no-input --verbosity 0
	$(BIN)/gunicorn -c gunicorn.conf.py network_site.wsgi

test: install-dev messages
	$(BIN)/python -m pytest -n auto --dist loadscope

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) staticfiles media media-test db.sqlite3 .pytest_cache
	find locale admin_locale -name '*.mo' -delete

# Collect new interface strings into locale/ (needs GNU gettext's xgettext and msgmerge).
catalogues: install
	$(MANAGE) makemessages -l sq -l sr_Latn -l en --ignore=.venv --ignore=tests --ignore=bench --ignore='demo/*' --no-obsolete

# Wagtail's and wagtail-localize's admin messages in Albanian and Serbian (admin_locale/), in line
# with the installed versions: run after upgrading them, then translate what it reports.
admin-catalogues: install
	$(MANAGE) refresh_admin_catalogues

# The site at scale under gunicorn and wrk, against the ceiling of the same run, with the page
# cache off and on; a throwaway PostgreSQL database (BENCH_DATABASE_URL), Redis and Debian's wrk
# (see bench/README.md). `make profile`: where an uncached page's time goes.
bench: install-dev messages
	$(BIN)/python -m bench.run

profile: install-dev messages
	$(BIN)/python -m bench.profile_pages

# The demo site under gunicorn with the production settings, loaded by wrk (64 connections, 60 s)
# while an editor saves articles in the admin; fails on any error or lost save. A throwaway
# PostgreSQL database (LOADTEST_DATABASE_URL), Redis (LOADTEST_REDIS_URL, emptied), Debian's wrk;
# LOADTEST_SECONDS, LOADTEST_CONNECTIONS shorten it (bench/loadtest.py).
loadtest: install-dev messages
	$(BIN)/python -m bench.loadtest

# The database and every media file in one archive, in backups/ (or BACKUP_DIR); `restore` puts
# one back into an empty database and storage: make restore ARCHIVE=backups/network-site-….tar.
# Both use the settings of DJANGO_SETTINGS_MODULE, as the site does (README.md, "Backups").
backup: install
	$(MANAGE) backup

restore: install
	$(MANAGE) restore $(ARCHIVE)

# Full-page PNGs of key pages in every language, phone and desktop, into screenshots/ (needs
# Debian's Chromium: apt-get install chromium).
screenshots: install-dev
	$(BIN)/python scripts/screenshots.py
