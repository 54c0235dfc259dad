"""The course file (assignments/course.toml) is the one list of assignments, and the grader reads it."""

from __future__ import annotations

import importlib
import tomllib

import pytest

from autograder import config
from autograder.course import Course
from autograder.task import Limits


def test_every_assignment_folder_has_an_entry_and_every_entry_a_folder(course):
    folders = sorted(p.name for p in course.source.iterdir() if (p / f"{p.name}.ipynb").is_file())
    listed = course.spec.ids
    assert sorted(listed) == folders, (
        f"folders without an entry: {sorted(set(folders) - set(listed))}; "
        f"entries without a folder: {sorted(set(listed) - set(folders))}"
    )


def test_the_course_order_is_the_files_order(course):
    assert course.assignments() == course.spec.ids
    assert course.spec.ids[:2] == ["rnn_step_by_step", "dinosaur_names"]
    assert course.spec.ids.index("word_vectors") < course.spec.ids.index("emojifier")


def test_limits_and_kernel_modules_come_from_the_file(course):
    with open(course.root / "course.toml", "rb") as handle:
        data = tomllib.load(handle)
    limits = Limits()
    assert limits.cell_timeout == data["limits"]["cell_timeout_s"]
    assert limits.notebook_timeout == data["limits"]["notebook_timeout_s"]
    assert limits.memory_gib == data["limits"]["memory_gib"]
    assert limits.processes == data["limits"]["processes"]
    preload = course.spec.preload_modules()
    assert preload[: len(data["kernel"]["preload"])] == tuple(data["kernel"]["preload"])
    assert course.spec.protected_modules("rnn_step_by_step")[: len(data["kernel"]["protected"])] == tuple(
        data["kernel"]["protected"]
    )


def test_every_module_the_file_names_can_be_imported(course):
    for name in [*course.spec.preload_modules(), *course.spec.protected_modules()]:
        importlib.import_module(name)


def test_nbgrader_settings_are_written_in_one_place(course, tmp_path):
    """The course's nbgrader_config.py, a task's and a template's all go through config.configure."""
    from traitlets.config import Config

    text = (course.root / "nbgrader_config.py").read_text()
    assert "configure(" in text and "c." not in text.replace("get_config()", "")
    task = Config()
    exec(
        config.config_file(tmp_path, db="x.db", progress_file="p.jsonl", cell_timeout=7),
        {"get_config": lambda: task},
    )
    assert task.Execute.timeout == 7
    assert task.Execute.iopub_timeout == 7  # late output under load is waited for as long as a cell may run
    assert task.TrackedExecute.progress_file == "p.jsonl"
    assert task.CourseDirectory.db_url == "sqlite:///x.db"
    plain = Config()
    exec(config.config_file(tmp_path), {"get_config": lambda: plain})
    assert plain.Execute.timeout == course.spec.cell_timeout_s  # validate and grade share it
    assert "TrackedExecute" not in plain


@pytest.mark.parametrize(
    "text, complaint",
    [
        ("[[assignments]]\ntitle = 'no id'\n", "has no id"),
        ("[[assignments]]\nid = 'a'\n[[assignments]]\nid = 'a'\n", "listed twice"),
        ("[[assignments]]\nid = 'a'\npreload = 'numpy'\n", "list of strings"),
        ("[[assignments]]\nid = 'a'\npoints = 3\n", "unknown keys"),
        ("[kernels]\npreload = []\n", "unknown sections"),
        ("[[assignments]\n", "Expected"),
    ],
)
def test_a_broken_course_file_is_refused_with_the_reason(tmp_path, text, complaint):
    (tmp_path / "course.toml").write_text(text)
    with pytest.raises(ValueError, match=complaint):
        config.load_spec(tmp_path)


def test_a_course_folder_without_a_file_finds_its_assignments_by_folder(tmp_path):
    (tmp_path / "source" / "b").mkdir(parents=True)
    (tmp_path / "source" / "b" / "b.ipynb").write_text("{}")
    (tmp_path / "source" / "a").mkdir()
    (tmp_path / "source" / "a" / "a.ipynb").write_text("{}")
    assert Course(tmp_path).assignments() == ["a", "b"]
