# Two commands on a fresh clone: `make demo` and `make test`. Both build .venv first (once).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup demo test test-quick test-slow test-browser lint bench clean

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

# JupyterLab, the formgrader and feedback in headless Chromium (Debian's chromium and chromium-driver;
# skipped without them). Prints the folder of its screenshots.
test-browser: setup
	$(PY) -m pytest -m browser -s

# ruff also reads the notebooks' code cells. There a test cell opens with its docstring and then imports
# (E402 would flag those imports), and lines are held to 110 characters (E501; in .py files the formatter
# does that).
LINTED := autograder utils tests benchmarks datasets assignments/source
lint: setup
	$(PY) -m ruff check --extend-per-file-ignores '*.ipynb:E402' $(LINTED)
	$(PY) -m ruff check --select E501 assignments/source
	$(PY) -m ruff format --check $(LINTED)

# Autograder figures; each notebook's own benchmark (benchmarks/<assignment>.py) trains models, run by hand.
bench: setup
	$(PY) -m benchmarks.grading_speed
	$(PY) -m benchmarks.grading_throughput
	$(PY) -m benchmarks.make_test_time

clean:
	rm -rf assignments/release assignments/submitted assignments/autograded assignments/feedback \
	       assignments/grades assignments/exports assignments/gradebook.db
