# Two commands on a fresh clone: `make demo` and `make test`. Both build .venv first (once).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup demo test test-quick test-slow lint bench clean

$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is required, found " + sys.version.split()[0])'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(PY) -m autograder demo

test: setup
	$(PY) -m pytest

# Inner loop: everything that does not run a notebook end to end (under 3 minutes).
test-quick: setup
	$(PY) -m pytest -m "not slow"

test-slow: setup
	$(PY) -m pytest -m slow

lint: setup
	$(PY) -m ruff check autograder utils tests benchmarks
	$(PY) -m ruff format --check autograder utils tests benchmarks

# Autograder figures; each notebook's own benchmark (benchmarks/<assignment>.py) trains models, run by hand.
bench: setup
	$(PY) benchmarks/grading_speed.py
	$(PY) benchmarks/grading_throughput.py
	$(PY) benchmarks/make_test_time.py

clean:
	rm -rf assignments/release assignments/submitted assignments/autograded assignments/feedback \
	       assignments/grades assignments/exports assignments/gradebook.db
