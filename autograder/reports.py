"""Feedback for learners and grade exports for instructors."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry

from .course import COURSE_ID, Course
from .records import GradeRecord, load_records


def feedback(course: Course, assignments: list[str] | None = None, log=print) -> list[Path]:
    """HTML feedback per student and assignment (nbgrader generate_feedback, hidden tests not shown)."""
    written: list[Path] = []
    _install_mathjax(course.feedback)
    for assignment in assignments or course.assignments():
        if not any(course.autograded.glob(f"*/{assignment}/{assignment}.ipynb")):
            continue
        course.nbgrader("generate_feedback", assignment, "--force")
        pages = sorted(course.feedback.glob(f"*/{assignment}/*.html"))
        for page in pages:
            _use_local_mathjax(page)
        written.extend(pages)
    log(f"feedback: {len(written)} file(s) under {course.feedback}")
    return written


FEEDBACK_MATHJAX = ".mathjax"  # in the feedback folder; a dot folder, so nbgrader takes it for no student
_CDN_MATHJAX = re.compile(r'src="https://cdnjs\.cloudflare\.com/ajax/libs/mathjax/[^"]*"')


def _use_local_mathjax(page: Path) -> None:
    """Point a feedback page at the project's MathJax (nbgrader's feedback template always names a CDN,
    whatever ``HTMLExporter.mathjax_url`` says). The path is relative: feedback/<student>/<assignment>/."""
    local = f'src="../../{FEEDBACK_MATHJAX}/MathJax.js?config=TeX-AMS-MML_HTMLorMML-full,Safe"'
    text = page.read_text(encoding="utf-8")
    page.write_text(_CDN_MATHJAX.sub(local, text), encoding="utf-8")


def _install_mathjax(feedback: Path) -> None:
    """Copy the MathJax that installs with the project (jupyter-server-mathjax) into the feedback folder,
    where every feedback page loads it from: formulas render offline."""
    import jupyter_server_mathjax

    target = feedback / FEEDBACK_MATHJAX
    if (target / "MathJax.js").is_file():
        return
    source = Path(jupyter_server_mathjax.__file__).parent / "static"
    shutil.copytree(source, target, dirs_exist_ok=True)


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
    """Write every grade export; return the paths of ``grades.csv`` and ``grades.json``.

    - ``grades.csv``: one row per submission (score, status, integrity, notes);
    - ``grades.json``: the same with per-cell scores, timings and integrity reasons;
    - ``submissions/<assignment>/<student>.json``: one JSON document per submission;
    - ``canvas.csv``: Canvas's gradebook import format (see the README);
    - ``nbgrader_grades.csv``: nbgrader's own CSV export of the gradebook.
    """
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
                "integrity",
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
                    r.integrity
                    if not r.integrity_reasons
                    else f"{r.integrity}: " + " | ".join(r.integrity_reasons),
                    r.message,
                    " | ".join(r.notes),
                    r.graded_at,
                ]
            )
    json_path.write_text(json.dumps([r.to_dict() for r in records], indent=1))
    for r in records:
        single = destination / "submissions" / r.assignment / f"{r.student}.json"
        single.parent.mkdir(parents=True, exist_ok=True)
        single.write_text(json.dumps(r.to_dict(), indent=1))
    canvas_path = write_canvas_csv(records, destination / "canvas.csv")
    if course.gradebook.is_file():
        course.nbgrader("export", "--to", str(destination / "nbgrader_grades.csv"))
    log(
        f"export: {csv_path}, {json_path}, {canvas_path} and one JSON per submission ({len(records)} submission(s))"
    )
    return csv_path, json_path


def write_canvas_csv(records: list[GradeRecord], path: Path) -> Path:
    """Canvas's gradebook import layout: Student, ID, SIS User ID, SIS Login ID, Section, one column per
    assignment, and a "Points Possible" row. Our student id goes in SIS User ID, which Canvas matches on."""
    assignments = sorted({r.assignment for r in records})
    students = sorted({r.student for r in records})
    possible = {a: max((r.max_score for r in records if r.assignment == a), default=0.0) for a in assignments}
    scores = {(r.student, r.assignment): r.score for r in records}
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", *assignments])
        writer.writerow(["    Points Possible", "", "", "", "", *(f"{possible[a]:g}" for a in assignments)])
        for student in students:
            row = [f"{scores[(student, a)]:g}" if (student, a) in scores else "" for a in assignments]
            writer.writerow([student, "", student, student, "", *row])
    return path
