"""Grade records and their persistence: one JSON file per submission, and nbgrader's gradebook.

Only the coordinator (:mod:`autograder.grade`) writes them; reports and exports read them from here.
"""

from __future__ import annotations

import json
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from nbgrader.api import Gradebook

from .course import COURSE_ID, Course


@dataclass
class GradeRecord:
    """One row of the grade table, as stored in ``grades/<assignment>/<student>.json``."""

    student: str
    assignment: str
    score: float
    max_score: float
    status: str  # graded | timeout | memory | error | invalid | missing | unknown
    message: str = ""
    notes: list[str] = field(default_factory=list)
    cells: dict[str, dict[str, float]] = field(default_factory=dict)
    digest: str = ""
    seconds: float = 0.0
    graded_at: str = ""
    integrity: str = "clean"  # clean | suspicious (see integrity_reasons)
    integrity_reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def record_path(course: Course, assignment: str, student: str) -> Path:
    return course.grades / assignment / f"{student}.json"


def save_record(course: Course, record: GradeRecord) -> None:
    """Write the record's JSON file atomically (a reader never sees half of it)."""
    path = record_path(course, record.assignment, record.student)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".json.tmp")
    temporary.write_text(json.dumps(record.to_dict(), indent=1))
    temporary.replace(path)


def write_gradebook(course: Course, record: GradeRecord) -> None:
    with warnings.catch_warnings(), Gradebook(course.db_url, COURSE_ID) as gradebook:
        warnings.simplefilter("ignore")  # nbgrader's own code trips SQLAlchemy's autoflush warnings here
        gradebook.update_or_create_student(record.student)
        submission = gradebook.update_or_create_submission(record.assignment, record.student)
        for notebook in submission.notebooks:
            for grade in notebook.grades:
                cell = record.cells.get(grade.name)
                grade.auto_score = cell["score"] if cell else 0.0
                grade.needs_manual_grade = False
        gradebook.db.commit()


def load_record(course: Course, assignment: str, student: str) -> GradeRecord | None:
    path = record_path(course, assignment, student)
    if not path.is_file():
        return None
    try:
        return GradeRecord(**json.loads(path.read_text()))
    except (ValueError, TypeError):
        return None


def load_records(course: Course) -> list[GradeRecord]:
    records = []
    if course.grades.is_dir():
        for path in sorted(course.grades.glob("*/*.json")):
            record = load_record(course, path.parent.name, path.stem)
            if record:
                records.append(record)
    return sorted(records, key=lambda r: (r.assignment, r.student))


def format_table(records: list[GradeRecord]) -> str:
    """The grade table: one row per submission, the notes column last and cut to a readable width."""
    rows = [("student", "assignment", "score", "max", "status", "integrity", "notes")]
    for r in records:
        detail = "; ".join(x for x in [r.message, *r.integrity_reasons, *r.notes] if x)
        rows.append(
            (r.student, r.assignment, f"{r.score:g}", f"{r.max_score:g}", r.status, r.integrity, detail[:100])
        )
    columns = len(rows[0]) - 1
    widths = [max(len(row[i]) for row in rows) for i in range(columns)]
    lines = []
    for index, row in enumerate(rows):
        padded = [cell.ljust(widths[i]) if i < columns else cell for i, cell in enumerate(row)]
        lines.append("  ".join(padded).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths) + "  -----")
    return "\n".join(lines)
