# The two Quick start commands live here: `make demo` and `make test`.
VENV ?= .venv
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup demo test lint bench package

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
