# Two commands: `make run` (set up and serve the demo site) and `make test` (set up and run everything).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000

AXE := tests/e2e/axe/node_modules/axe-core/axe.min.js

.PHONY: run test install messages setup-db lint checks prod axe

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

# Reinstalls only when the dependency pins change.
$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/activate
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $@

install: $(VENV)/.installed

# Message catalogues are compiled on every setup (with Babel, so GNU gettext is not needed).
messages: install
	$(BIN)/pybabel compile --domain=django --directory=locale

setup-db: install messages
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo

run: setup-db
	$(PY) manage.py runserver $(HOST):$(PORT)

# axe-core for the accessibility browser test, exactly as pinned in its package-lock.json.
$(AXE): tests/e2e/axe/package.json tests/e2e/axe/package-lock.json
	npm ci --prefix tests/e2e/axe --no-audit --no-fund
	touch $@

axe: $(AXE)

# The production profile on this machine: PostgreSQL, Redis, two gunicorn servers, a task worker
# (bin/prod --help for the options; README, Production).
prod: install messages
	$(PY) bin/prod

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports

checks: install messages
	DJANGO_SETTINGS_MODULE=relais.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=relais.settings.test $(PY) manage.py makemigrations --check --dry-run
	# The production profile passes Django's deployment checklist with no finding.
	SECRET_KEY=deploy-check-only-$$($(PY) -c "import secrets; print(secrets.token_urlsafe(48))") \
	ALLOWED_HOSTS=relais.example.org DJANGO_SETTINGS_MODULE=relais.settings.production \
	$(PY) manage.py check --deploy --fail-level WARNING

test: lint checks axe
	$(BIN)/pytest
