"""Shared fixtures: one live kernel per source notebook, reused by every test that needs it."""

from __future__ import annotations

import pytest

from autograder.course import Course
from tests.kernel import SourceRun, run_source
from utils import quiet

quiet.apply()  # TensorFlow log lines off in the tests' own kernels too (utils/quiet.py)


@pytest.fixture(scope="session")
def course() -> Course:
    return Course()


@pytest.fixture(scope="session")
def source_run(course):
    """``source_run(assignment)``: the source notebook executed once in a kernel that stays alive."""
    runs: dict[str, SourceRun] = {}

    def get(assignment: str) -> SourceRun:
        if assignment not in runs:
            runs[assignment] = run_source(course.source_notebook(assignment))
        return runs[assignment]

    yield get
    for run in runs.values():
        run.session.close()
