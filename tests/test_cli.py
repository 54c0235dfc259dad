"""The command line as learners and instructors use it: exit codes and what it prints."""

from __future__ import annotations

import subprocess
import sys

import nbformat
import pytest

from autograder import notebooks as nbs
from autograder.cli import main
from autograder.course import Course
from autograder.demo import sample_notebook
from autograder.release import release
from tests.toycourse import ASSIGNMENT, make_course


@pytest.fixture(scope="module")
def toy(tmp_path_factory):
    course = Course(make_course(tmp_path_factory.mktemp("cli") / "course"))
    release(course, log=lambda *_: None)
    source = nbs.read_notebook(course.source_notebook(ASSIGNMENT))
    released = nbs.read_notebook(course.release_notebook(ASSIGNMENT))
    paths = {}
    for kind in ("complete", "blank", "partial"):
        path = course.release / ASSIGNMENT / f"{kind}.ipynb"
        nbformat.write(sample_notebook(source, released, kind), str(path))
        paths[kind] = path
    return course, paths


def test_validate_passes_a_complete_notebook(toy, capfd):
    assert main(["validate", str(toy[1]["complete"])]) == 0
    out, err = capfd.readouterr()  # what the terminal shows, the kernel's own output included
    assert "PASS  test_add (2 points)" in out and "2 passed, 0 failed" in out
    assert "IPKernelApp" not in out + err and "without encryption" not in out + err, err


def test_validate_fails_a_blank_notebook_with_reasons(toy, capsys):
    assert main(["validate", str(toy[1]["blank"])]) == 1
    out = capsys.readouterr().out
    assert "FAIL  test_add" in out and "NotImplementedError" in out


def test_validate_partial_reports_which_test_fails(toy, capsys):
    assert main(["validate", str(toy[1]["partial"])]) == 1
    out = capsys.readouterr().out
    assert "PASS  test_add" in out and "FAIL  test_scale" in out


def test_validate_an_invalid_file(tmp_path, capsys):
    path = tmp_path / "broken.ipynb"
    path.write_text("not json")
    assert main(["validate", str(path)]) == 2
    assert "not valid JSON" in capsys.readouterr().out


def test_grade_a_missing_folder_is_a_tool_error(toy, tmp_path, capsys):
    course, _ = toy
    assert main(["--course", str(course.root), "grade", str(tmp_path / "nowhere")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_grade_export_and_feedback_from_the_command_line(toy, tmp_path, capsys):
    course, paths = toy
    for kind in ("complete", "blank"):
        target = tmp_path / "inbox" / kind / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
        target.parent.mkdir(parents=True)
        target.write_bytes(paths[kind].read_bytes())
    root = ["--course", str(course.root)]
    assert main([*root, "grade", str(tmp_path / "inbox"), "--jobs", "2", "--cell-timeout", "30"]) == 0
    table = capsys.readouterr().out
    assert "complete  toy         5      5    graded  clean" in table
    assert "blank     toy         0      5    graded  clean" in table
    assert main([*root, "export", "--to", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "canvas.csv").is_file()
    assert main([*root, "feedback"]) == 0
    page = (course.feedback / "complete" / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text()
    # The score list names each test by its docstring's first sentence, where nbgrader writes "Test cell".
    assert ">add returns the elementwise sum.</a> (Score: 2.0 / 2.0)" in page, page[:5000]
    assert ">Test cell<" not in page


def test_console_entry_point_runs():
    process = subprocess.run([sys.executable, "-m", "autograder", "--help"], capture_output=True, text=True)
    assert process.returncode == 0 and "validate" in process.stdout
