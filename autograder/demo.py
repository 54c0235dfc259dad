"""``make demo``: release every assignment, grade three sample submissions each, write feedback and grades.

The samples: ``complete`` (the reference solutions), ``blank`` (the untouched release) and ``partial``
(every other graded function left unanswered).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from nbformat import NotebookNode

from . import notebooks as nbs
from .course import Course
from .grade import format_table, grade
from .release import release
from .reports import export, feedback
from .task import Limits

SAMPLES = ("complete", "blank", "partial")


def sample_notebook(source: NotebookNode, release_nb: NotebookNode, kind: str) -> NotebookNode:
    """The release notebook with the reference answers filled in for ``kind``'s functions."""
    answers = {nbs.grade_id(c): nbs.strip_markers(c.source) for c in source.cells if nbs.is_solution(c)}
    functions = [f.name for f in nbs.graded_functions(source)]
    chosen = {"complete": set(functions), "blank": set(), "partial": set(functions[::2])}[kind]
    notebook = nbs.clear_outputs(NotebookNode(dict(release_nb)))
    notebook.cells = [NotebookNode(dict(cell)) for cell in release_nb.cells]
    for cell in notebook.cells:
        gid = nbs.grade_id(cell)
        if nbs.is_solution(cell) and gid in chosen:
            cell.source = answers[gid]
    return notebook


def make_samples(course: Course, assignments: list[str]) -> list[Path]:
    written = []
    for assignment in assignments:
        source = nbs.read_notebook(course.source_notebook(assignment))
        release_nb = nbs.read_notebook(course.release_notebook(assignment))
        for kind in SAMPLES:
            folder = course.submitted / kind / assignment
            shutil.rmtree(folder, ignore_errors=True)
            path = folder / f"{assignment}.ipynb"
            nbs.write_notebook(sample_notebook(source, release_nb, kind), path)
            written.append(path)
    return written


def demo(course: Course, jobs: int | None = None, log=print) -> int:
    assignments = release(course, log=log)
    make_samples(course, assignments)
    jobs = jobs or max(1, min(len(SAMPLES) * len(assignments), os.cpu_count() or 1))
    log(f"grading {len(SAMPLES) * len(assignments)} sample submission(s), {jobs} at a time")
    records = grade(course, course.submitted, jobs=jobs, limits=Limits(), force=True, log=log)
    feedback(course, assignments, log=log)
    csv_path, _ = export(course, log=log)
    log("")
    log(format_table(records))
    log("")
    log(f"release notebooks:  {course.release}")
    log(f"autograded:         {course.autograded}")
    log(f"feedback (HTML):    {course.feedback}")
    log(f"grades (CSV, JSON): {csv_path.parent}")
    expected = all(
        (r.score == r.max_score)
        if r.student == "complete"
        else (r.score == 0 if r.student == "blank" else 0 < r.score < r.max_score)
        for r in records
    )
    expected = expected and all(r.integrity == "clean" for r in records)  # no false alarms on honest work
    log(
        "demo: every sample got the grade it should"
        if expected
        else "demo: UNEXPECTED GRADES (see the table)"
    )
    return 0 if expected else 1
