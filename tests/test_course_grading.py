"""The real course end to end, as `make demo` runs it: release, grade complete / blank / partial samples.

Runs in a scratch copy of the course, so the working course directory is untouched.
"""

from __future__ import annotations

import shutil

import pytest

from autograder.course import Course
from autograder.demo import make_samples
from autograder.grade import format_table, grade
from autograder.release import release
from autograder.reports import export, feedback

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_records(tmp_path_factory):
    real = Course()
    if not real.assignments():
        pytest.skip("no assignment in the course yet")
    copy = Course(tmp_path_factory.mktemp("course") / "assignments")
    shutil.copytree(real.source, copy.source)
    shutil.copy(real.root / "nbgrader_config.py", copy.root)
    shutil.copy(real.root / "course.toml", copy.root)
    assignments = release(copy, log=lambda *_: None)
    make_samples(copy, assignments)
    records = grade(copy, copy.submitted, jobs=2, log=lambda *_: None)
    print(format_table(records))
    return copy, {(r.student, r.assignment): r for r in records}, assignments


def test_complete_gets_full_marks(demo_records):
    _, records, assignments = demo_records
    for assignment in assignments:
        record = records[("complete", assignment)]
        assert record.status == "graded", record.message
        assert record.score == record.max_score > 0, record.cells


def test_blank_fails_every_graded_test_without_crashing(demo_records):
    _, records, assignments = demo_records
    for assignment in assignments:
        record = records[("blank", assignment)]
        assert record.status == "graded", record.message
        passed = [name for name, cell in record.cells.items() if cell["score"] > 0]
        assert not passed, f"{assignment}: tests pass on the untouched release: {passed}"


def test_every_sample_is_clean(demo_records):
    """The reference solutions and the release trip none of the integrity checks (no false alarms)."""
    _, records, _ = demo_records
    flagged = {key: r.integrity_reasons for key, r in records.items() if r.integrity != "clean"}
    assert not flagged


def test_partial_is_in_between(demo_records):
    _, records, assignments = demo_records
    for assignment in assignments:
        record = records[("partial", assignment)]
        assert 0 < record.score < record.max_score, (assignment, record.score)


def test_feedback_and_export_cover_every_sample(demo_records, tmp_path):
    course, records, assignments = demo_records
    written = feedback(course, log=lambda *_: None)
    assert len(written) == 3 * len(assignments)
    csv_path, _ = export(course, tmp_path, log=lambda *_: None)
    assert len(csv_path.read_text().strip().splitlines()) == 1 + len(records)
