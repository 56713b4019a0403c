# The two Quick start commands live here: `make demo` and `make test`.
VENV ?= .venv
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup demo test lint bench package translations

setup:
	./scripts/setup.sh

demo: setup
	QT_QPA_PLATFORM= $(VENV)/bin/checkin-app --demo

test: setup
	$(VENV)/bin/ruff check checkin_app tests benchmarks packaging
	$(VENV)/bin/python -m pytest; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; exit 0; fi; exit $$rc

lint: setup
	$(VENV)/bin/ruff check checkin_app tests benchmarks packaging
	$(VENV)/bin/ruff format --check checkin_app tests benchmarks packaging

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
