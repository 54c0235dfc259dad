"""Feedback for learners and grade exports for instructors."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry

from .course import COURSE_ID, Course
from .grade import GradeRecord, load_records


def feedback(course: Course, assignments: list[str] | None = None, log=print) -> list[Path]:
    """HTML feedback per student and assignment (nbgrader generate_feedback, hidden tests not shown)."""
    written: list[Path] = []
    for assignment in assignments or course.assignments():
        if not any(course.autograded.glob(f"*/{assignment}/{assignment}.ipynb")):
            continue
        course.nbgrader("generate_feedback", assignment, "--force")
        written.extend(sorted(course.feedback.glob(f"*/{assignment}/*.html")))
    log(f"feedback: {len(written)} file(s) under {course.feedback}")
    return written


def _with_gradebook_scores(course: Course, records: list[GradeRecord]) -> list[GradeRecord]:
    """Take each score from the gradebook, so manual grades an instructor entered in formgrader count."""
    if not course.gradebook.is_file():
        return records
    with Gradebook(course.db_url, COURSE_ID) as gradebook:
        for record in records:
            try:
                submission = gradebook.find_submission(record.assignment, record.student)
            except MissingEntry:
                continue
            record.score = round(float(submission.score), 4)
            record.max_score = float(submission.max_score)
    return records


def export(course: Course, destination: Path | None = None, log=print) -> tuple[Path, Path]:
    """Write ``grades.csv`` (one row per submission) and ``grades.json`` (with per-cell scores)."""
    destination = destination or course.exports
    destination.mkdir(parents=True, exist_ok=True)
    records = _with_gradebook_scores(course, load_records(course))
    csv_path, json_path = destination / "grades.csv", destination / "grades.json"
    with open(csv_path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "student",
                "assignment",
                "score",
                "max_score",
                "percent",
                "status",
                "message",
                "notes",
                "graded_at",
            ]
        )
        for r in records:
            percent = 100.0 * r.score / r.max_score if r.max_score else 0.0
            writer.writerow(
                [
                    r.student,
                    r.assignment,
                    f"{r.score:g}",
                    f"{r.max_score:g}",
                    f"{percent:.1f}",
                    r.status,
                    r.message,
                    " | ".join(r.notes),
                    r.graded_at,
                ]
            )
    json_path.write_text(json.dumps([r.to_dict() for r in records], indent=1))
    log(f"export: {csv_path} and {json_path} ({len(records)} submission(s))")
    return csv_path, json_path
