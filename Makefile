# The two commands a newcomer needs: `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3
DEMO_DIR ?= demo-data
STORE ?= Upcycling-Kaufhaus Arnsberg
PIP := $(PY) -m pip install --disable-pip-version-check -q

.PHONY: run test lint typecheck pytest test-other-day bench clean-demo translations messages dist test-dist \
	check-gui check-headless screenshots

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) -e ".[test]"
	touch $@ $(VENV)/.installed

## Before anything is built: the system libraries Qt needs (installed when that needs no
## question, else one German line with the apt-get command).
check-gui:
	@$(PYTHON) tools/check_system.py gui
check-headless:
	@$(PYTHON) tools/check_system.py headless

## Open the app on a demo database with simulated devices.
run: check-gui $(VENV)/.installed
	test -f $(DEMO_DIR)/kreislauf.sqlite3 || { \
	  $(VENV)/bin/kreislauf --data-dir $(DEMO_DIR) init --demo --station 1 --store "$(STORE)" && \
	  $(VENV)/bin/kreislauf --data-dir $(DEMO_DIR) demo-data --items 300; }
	$(PY) -m app --data-dir $(DEMO_DIR) --simulated

$(VENV)/.installed-dist: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) -e ".[test,dist]"
	touch $@ $(VENV)/.installed $(VENV)/.installed-test

## Lint, type-check, build the bundle (about a minute, only when sources changed) and run
## the whole suite headless; tests/test_dist.py runs the built bundle.
test: check-headless $(VENV)/.installed-test lint typecheck dist pytest

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check app tests bench server tools

typecheck: $(VENV)/.installed-test
	$(VENV)/bin/mypy

pytest: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q

## The suite on another day and in other machine time zones: the test clock on 1 March
## 2028, 00:30 Berlin (still 29 February, a leap day, in UTC), once in UTC and once in
## New York (18:30 on 29 Feb there); then the usual day in Tokyo. Every date must come
## from the injected clock, in Berlin days.
OTHER_DAY ?= 2028-02-29T23:30:00+00:00
PYTEST_ONCE := QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -p no:cacheprovider
test-other-day: $(VENV)/.installed-test
	TZ=UTC KREISLAUF_TEST_NOW=$(OTHER_DAY) $(PYTEST_ONCE)
	TZ=America/New_York KREISLAUF_TEST_NOW=$(OTHER_DAY) $(PYTEST_ONCE)
	TZ=Asia/Tokyo $(PYTEST_ONCE)

## The one-folder app dist/kreislauf/ (PyInstaller, build.spec); rebuilt when a source,
## resource or the spec changed.
BUNDLE := dist/kreislauf/kreislauf
BUNDLE_SOURCES := build.spec pyproject.toml \
	$(shell find app resources -type f -not -path '*/__pycache__/*' 2>/dev/null)
dist: $(BUNDLE)
$(BUNDLE): $(VENV)/.installed-dist $(BUNDLE_SOURCES)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
	  --workpath build/pyinstaller build.spec
	touch $@

## Only the bundle's tests (--version, --self-test, the window), after building it.
test-dist: dist
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -p no:cacheprovider tests/test_dist.py

## The README's and the manual's screenshots, from a fresh demo till under Xvfb (1366×768).
screenshots: check-gui $(VENV)/.installed
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) tools/screenshots.py docs/screenshots

## Benchmarks: one JSON object per line (not part of CI).
bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

## Refresh the English translation after changing UI strings (German is the source).
TS := resources/translations/kreislauf_en.ts
translations: $(VENV)/.installed
	$(VENV)/bin/pyside6-lupdate $$(find app/ui app/wiring.py -name '*.py' | sort) -ts $(TS) -no-obsolete
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(TS:.ts=.qm)

## Refresh the services' message catalogue (gettext domain "kreislauf"; German msgids).
## The server's own texts (app/sync_schema) stay German and are not extracted.
POT := build/kreislauf.pot
PO := resources/locale/en/LC_MESSAGES/kreislauf.po
messages: $(VENV)/.installed
	mkdir -p build
	$(VENV)/bin/pybabel extract --no-location --omit-header -k T -o $(POT) \
	    $$(find app -name messages.py -not -path 'app/sync_schema/*' | sort)
	$(VENV)/bin/pybabel update --no-fuzzy-matching --no-wrap -D kreislauf -l en \
	    -i $(POT) -d resources/locale
	$(VENV)/bin/pybabel compile --statistics -D kreislauf -l en -d resources/locale

clean-demo:
	rm -rf $(DEMO_DIR)
