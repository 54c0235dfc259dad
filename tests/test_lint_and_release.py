"""The release linter rejects broken sources, and a release never carries solutions or hidden tests."""

from __future__ import annotations

import shutil

import nbformat
import pytest

from autograder import notebooks as nbs
from autograder.course import Course, ToolError
from autograder.lint import check_release, lint_source
from autograder.release import release
from tests.toycourse import ASSIGNMENT, make_course, source_notebook


def _lint(tmp_path, notebook) -> list[str]:
    path = tmp_path / "nb.ipynb"
    nbformat.write(notebook, str(path))
    return lint_source(path)


def _cell(notebook, grade_id):
    return next(c for c in notebook.cells if nbs.grade_id(c) == grade_id)


def test_the_toy_source_is_clean(tmp_path):
    assert _lint(tmp_path, source_notebook()) == []


def test_every_course_source_notebook_is_clean(course):
    for assignment in course.assignments():
        assert lint_source(course.source_notebook(assignment)) == [], assignment


def _break_duplicate_id(nb):
    _cell(nb, "test_scale").metadata["nbgrader"]["grade_id"] = "test_add"


def _break_points(nb):
    _cell(nb, "test_add").metadata["nbgrader"]["points"] = 0


def _break_name(nb):
    _cell(nb, "add").metadata["nbgrader"]["grade_id"] = "addition"


def _break_test_name(nb):
    _cell(nb, "test_scale").metadata["nbgrader"]["grade_id"] = "check_scale"


def _break_outputs(nb):
    _cell(nb, "setup").outputs = [nbformat.v4.new_output("stream", name="stdout", text="hi")]


def _break_schema(nb):
    _cell(nb, "add").metadata["nbgrader"]["schema_version"] = 1


def _break_markers(nb):
    cell = _cell(nb, "add")
    cell.source = cell.source.replace("### BEGIN SOLUTION\n", "")


def _break_missing_test(nb):
    nb.cells = [c for c in nb.cells if nbs.grade_id(c) != "test_scale"]


def _break_hidden_outside(nb):
    _cell(nb, "setup").source += "\n### BEGIN HIDDEN TESTS\nx = 1\n### END HIDDEN TESTS\n"


@pytest.mark.parametrize(
    "breaker, expected",
    [
        (_break_duplicate_id, "also used by"),
        (_break_points, "without points"),
        (_break_name, "must define a function or class of that name"),
        (_break_test_name, "does not name a graded function"),
        (_break_outputs, "has outputs"),
        (_break_schema, "schema_version"),
        (_break_markers, "SOLUTION"),
        (_break_missing_test, "has no test cell"),
        (_break_hidden_outside, "hidden tests outside"),
    ],
)
def test_the_linter_names_each_problem(tmp_path, breaker, expected):
    notebook = source_notebook()
    breaker(notebook)
    problems = _lint(tmp_path, notebook)
    assert any(expected in p for p in problems), problems


def test_invalid_json_is_reported(tmp_path):
    path = tmp_path / "nb.ipynb"
    path.write_text('{"cells": [')
    assert "not valid JSON" in lint_source(path)[0]


def test_release_holds_no_solution_and_no_hidden_tests(tmp_path):
    course = Course(make_course(tmp_path / "course"))
    release(course, log=lambda *_: None)
    released = course.release_notebook(ASSIGNMENT)
    text = released.read_text()
    assert "return a + b" not in text and "arange, -2" not in text
    assert "raise NotImplementedError()" in text
    assert (course.release / ASSIGNMENT / "data.txt").is_file()
    assert check_release(course.source_notebook(ASSIGNMENT), released) == []


def test_check_release_catches_a_leak(tmp_path):
    course = Course(make_course(tmp_path / "course"))
    release(course, log=lambda *_: None)
    leaky = nbs.read_notebook(course.release_notebook(ASSIGNMENT))
    _cell(leaky, "add").source = "def add(a, b):\n    return a + b\n"
    _cell(
        leaky, "test_scale"
    ).source += '\ncheck_array("scale(arange, -2)", scale(np.arange(3.0), -2), -2 * np.arange(3.0))\n'
    path = tmp_path / "leaky.ipynb"
    nbformat.write(leaky, str(path))
    problems = check_release(course.source_notebook(ASSIGNMENT), path)
    assert any("solution code of 'add' leaked" in p for p in problems)
    assert any("hidden test of 'test_scale' leaked" in p for p in problems)


def _nbgrader(course: Course, **options):
    """nbgrader's configuration of ``course`` (its nbgrader_config.py), a CourseDirectory and an exchange."""
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange import ExchangeFactory
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(course.root)).load_config()
    for key, value in options.items():
        section, name = key.split("__")
        config[section][name] = value
    return (
        config,
        CourseDirectory(config=config),
        Authenticator(config=config),
        ExchangeFactory(config=config),
    )


def test_release_publishes_to_the_exchange_again_and_again(tmp_path):
    """``release`` is also nbgrader's ``release_assignment``: the formgrader's API lists the assignment as
    released (not "draft"), a learner fetches it, and releasing again replaces it without an error."""
    from nbgrader.apps.api import NbGraderAPI

    course = Course(make_course(tmp_path / "course"))
    release(course, log=lambda *_: None)
    release(course, log=lambda *_: None)
    config, coursedir, authenticator, exchange = _nbgrader(course)
    api = NbGraderAPI(coursedir, authenticator, exchange, config=config)
    assert api.get_released_assignments() == {ASSIGNMENT}
    assert api.get_assignment(ASSIGNMENT)["status"] == "released"

    learner = tmp_path / "learner"
    learner.mkdir()
    config, coursedir, authenticator, exchange = _nbgrader(
        course, CourseDirectory__assignment_id=ASSIGNMENT, Exchange__assignment_dir=str(learner)
    )
    exchange.FetchAssignment(coursedir=coursedir, authenticator=authenticator, config=config).start()
    fetched = learner / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    assert fetched.read_bytes() == course.release_notebook(ASSIGNMENT).read_bytes()


def test_release_refuses_a_broken_source(tmp_path):
    course = Course(make_course(tmp_path / "course"))
    notebook = nbs.read_notebook(course.source_notebook(ASSIGNMENT))
    _break_points(notebook)
    nbformat.write(notebook, str(course.source_notebook(ASSIGNMENT)))
    with pytest.raises(ToolError, match="without points"):
        release(course, log=lambda *_: None)
    assert not course.release_notebook(ASSIGNMENT).exists()


def test_release_of_every_course_assignment(course, tmp_path):
    """The real course releases cleanly (in a copy, so the working course is untouched)."""
    copy = tmp_path / "course"
    shutil.copytree(course.source, copy / "source")
    shutil.copy(course.root / "nbgrader_config.py", copy)
    shutil.copy(course.root / "course.toml", copy)
    released = release(Course(copy), log=lambda *_: None)
    assert released == course.assignments()
