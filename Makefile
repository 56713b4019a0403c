# The two Quick start commands live here: `make demo` and `make test`.
VENV ?= .venv
export QT_QPA_PLATFORM ?= offscreen

LINTED = checkin_app tests benchmarks packaging
# pytest-xdist: one worker per core (JOBS=0: no workers, one process); `--dist loadgroup`
# keeps each xdist_group (the bundle build, the SDK's npm install) on one worker.
JOBS ?= auto
XDIST = -n $(JOBS) --dist loadgroup

.PHONY: setup demo test check lint types bench package translations

setup:
	./scripts/setup.sh

demo: setup
	QT_QPA_PLATFORM= $(VENV)/bin/checkin-app --demo

test: setup
	$(VENV)/bin/ruff check $(LINTED)
	$(VENV)/bin/mypy
	$(VENV)/bin/python -m pytest $(XDIST); rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; exit 0; fi; exit $$rc

# The everyday loop (docs/measuring.md): lint, types, and the unit and integration tiers
# without the slow tests, in parallel. `make test` stays the whole suite.
check: setup
	$(VENV)/bin/ruff check $(LINTED)
	$(VENV)/bin/ruff format --check $(LINTED)
	$(VENV)/bin/mypy
	$(VENV)/bin/python -m pytest -q $(XDIST) -m "not slow" tests/unit tests/integration

lint: setup
	$(VENV)/bin/ruff check $(LINTED)
	$(VENV)/bin/ruff format --check $(LINTED)

# mypy with the configuration in pyproject.toml (strict for the layers below the UI).
types: setup
	$(VENV)/bin/mypy

bench: setup
	$(VENV)/bin/python benchmarks/checkin.py

# The installable app (issue 7): dist/checkin-app/ plus a .tar.gz / .zip beside it.
package: setup
	$(VENV)/bin/python packaging/build.py --archive

# After changing a user-visible text in checkin_app/ui: collect the strings into
# resources/translations/*.ts (pyside6-lupdate), then compile them (pyside6-lrelease).
translations: setup
	$(VENV)/bin/python packaging/translations.py update
	$(VENV)/bin/python packaging/translations.py release
