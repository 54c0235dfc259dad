"""The grading coordinator: submissions in, one task each, results recorded by this process alone.

Tasks run concurrently (``jobs`` at once); each result is recorded as soon as it arrives, so a crash or a
killed task never loses the others. Only this module writes the real gradebook.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nbgrader.api import Gradebook

from . import notebooks as nbs
from .course import COURSE_ID, Course, ToolError
from .integrity import inspect_notebook
from .release import ensure_released, gradebook_template
from .runner import runner
from .submissions import (
    Submission,
    copy_assignment_files,
    discover,
    find_root,
    load_submitted,
    normalize,
    unpack_zip,
)
from .task import Limits, Task, TaskResult

# Repairs that mean someone changed what they were told not to (deleting or moving a cell can be an accident).
TAMPERING_NOTES = ("was edited; restored", "unknown grade id")


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
        return dict(self.__dict__)


def grade(
    course: Course,
    source: Path | None = None,
    *,
    jobs: int = 1,
    limits: Limits | None = None,
    assignments: list[str] | None = None,
    force: bool = False,
    scheduler: str | None = None,
    log=print,
) -> list[GradeRecord]:
    """Grade every submission in ``source`` (a folder or a zip; default: the course's ``submitted/``).

    ``jobs`` submissions run at once on this machine, or all go to the dask cluster at ``scheduler``.
    """
    limits = limits or Limits()
    source = Path(source) if source else course.submitted
    if not source.exists():
        raise ToolError(f"{source} does not exist")
    known = course.assignments()
    with tempfile.TemporaryDirectory(prefix="seqlab-unpack-") as scratch:
        folder = unpack_zip(source, Path(scratch)) if source.is_file() else source
        root = find_root(folder, known)
        submissions = discover(root, known, assignments)
        if not submissions:
            raise ToolError(f"no submissions under {root}")
        for assignment in sorted({s.assignment for s in submissions if s.assignment in known}):
            ensure_released(course, assignment)
        same_folder = root.resolve() == course.submitted.resolve()
        records: list[GradeRecord] = []
        pending: dict[tuple[str, str], tuple[Submission, str, list[str], list[str]]] = {}
        templates: dict[str, bytes] = {}
        started = time.monotonic()
        with runner(jobs, scheduler) as pool:
            for submission in submissions:
                if not same_folder:
                    _keep_copy(course, submission)
                record, task, digest, findings = _prepare(course, submission, limits, templates, force)
                if task is not None:
                    task.hide = (str(course.root.resolve()), str(root.resolve()), str(source.resolve()))
                if record is not None:
                    records.append(_record(course, record))
                    log(f"  {submission.student}/{submission.assignment}: {record.status} (nothing to run)")
                    continue
                pool.submit(task)
                pending[(task.student, task.assignment)] = (submission, digest, submission.notes, findings)
            for result in pool.results():
                submission, digest, notes, findings = pending.pop((result.student, result.assignment))
                record = _from_result(course, result, digest, notes, findings)
                records.append(_record(course, record, result))
                log(
                    f"  {submission.student}/{submission.assignment}: {record.status} {record.score:g}/{record.max_score:g} ({result.seconds:.0f} s)"
                )
        log(f"graded {len(records)} submission(s) in {time.monotonic() - started:.0f} s")
    return sorted(records, key=lambda r: (r.assignment, r.student))


def _keep_copy(course: Course, submission: Submission) -> None:
    """Keep what the learner handed in under the course's submitted/ folder, as nbgrader expects."""
    if submission.assignment not in course.assignments():
        return
    target = course.submitted / submission.student / submission.assignment
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(submission.folder, target, symlinks=True)


def _max_score(course: Course, assignment: str) -> float:
    return nbs.max_score(nbs.read_notebook(course.source_notebook(assignment)))


def _prepare(
    course, submission, limits, templates, force
) -> tuple[GradeRecord | None, Task | None, str, list[str]]:
    """Either a finished record (nothing to run, or already graded) or a task to run, with the findings
    of reading the learner's code (see :mod:`autograder.integrity`)."""
    if submission.problem:
        status = "unknown" if submission.problem.startswith("unknown") else "missing"
        top = _max_score(course, submission.assignment) if status == "missing" else 0.0
        return (
            GradeRecord(submission.student, submission.assignment, 0.0, top, status, submission.problem),
            None,
            "",
            [],
        )
    top = _max_score(course, submission.assignment)
    raw = submission.notebook.read_bytes()
    release_path = course.release_notebook(submission.assignment)
    digest = hashlib.sha256(raw + release_path.read_bytes()).hexdigest()[:16]
    previous = _load_record(course, submission.assignment, submission.student)
    if previous and not force and previous.digest == digest and previous.status == "graded":
        return previous, None, digest, []
    try:
        learner = load_submitted(submission.notebook)
    except nbs.NotebookError as error:
        record = GradeRecord(
            submission.student, submission.assignment, 0.0, top, "invalid", str(error), list(submission.notes)
        )
        record.digest = digest
        return record, None, digest, []
    release_nb = nbs.read_notebook(release_path)
    normalised, notes = normalize(learner, release_nb)
    submission.notes.extend(notes)
    findings = [note for note in notes if any(flag in note for flag in TAMPERING_NOTES)]
    findings += [str(finding) for finding in inspect_notebook(normalised, release_nb)]
    if submission.assignment not in templates:
        templates[submission.assignment] = gradebook_template(course, submission.assignment)
    files: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as scratch:
        copy_assignment_files(course.release / submission.assignment, Path(scratch))
        for path in Path(scratch).rglob("*"):
            if path.is_file():
                files[str(path.relative_to(scratch))] = path.read_bytes()
    task = Task(
        student=submission.student,
        assignment=submission.assignment,
        notebook=json.dumps(normalised),
        gradebook=templates[submission.assignment],
        files=files,
        limits=limits,
    )
    return None, task, digest, findings


def _from_result(
    course: Course, result: TaskResult, digest: str, notes: list[str], findings: list[str]
) -> GradeRecord:
    top = _max_score(course, result.assignment)
    cells = {c.grade_id: {"score": c.score, "max_score": c.max_score} for c in result.cells}
    score = result.score  # a stopped run keeps the points of the test cells that passed before it stopped
    reasons = [*findings, *result.integrity]
    return GradeRecord(
        result.student,
        result.assignment,
        round(score, 4),
        top,
        result.status,
        result.message,
        list(notes),
        cells,
        digest,
        result.seconds,
        integrity="suspicious" if reasons else "clean",
        integrity_reasons=reasons,
    )


def _record(course: Course, record: GradeRecord, result: TaskResult | None = None) -> GradeRecord:
    """Write one result: our JSON record, the autograded notebook and the nbgrader gradebook."""
    record.graded_at = record.graded_at or time.strftime("%Y-%m-%dT%H:%M:%S%z")
    if record.status == "unknown":
        return record
    folder = course.grades / record.assignment
    folder.mkdir(parents=True, exist_ok=True)
    if result is not None:
        (folder / f"{record.student}.log").write_text(result.log)
        target = course.autograded / record.student / record.assignment
        shutil.rmtree(target, ignore_errors=True)
        if result.autograded:
            target.mkdir(parents=True)
            notebook = json.loads(result.autograded)
            notebook["cells"].insert(0, _report_cell(record))
            (target / f"{record.assignment}.ipynb").write_text(
                json.dumps(notebook, indent=1), encoding="utf-8"
            )
    _write_gradebook(course, record)
    path = folder / f"{record.student}.json"
    temporary = path.with_suffix(".json.tmp")
    temporary.write_text(json.dumps(record.to_dict(), indent=1))
    temporary.replace(path)
    return record


def _report_cell(record: GradeRecord) -> dict[str, Any]:
    """A markdown cell on top of the autograded notebook, so feedback and formgrader show the verdict."""
    lines = [
        "## Grading report",
        "",
        f"- Status: **{record.status}**" + (f" ({record.message})" if record.message else ""),
        f"- Integrity: **{record.integrity}**",
        *[f"  - {reason}" for reason in record.integrity_reasons],
        *(
            ["- Repairs made before grading:"] + [f"  - {note}" for note in record.notes]
            if record.notes
            else []
        ),
        "",
        "Scores per test are shown below each test cell.",
    ]
    return {"cell_type": "markdown", "id": "seqlab-report", "metadata": {}, "source": "\n".join(lines)}


def _write_gradebook(course: Course, record: GradeRecord) -> None:
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


def _load_record(course: Course, assignment: str, student: str) -> GradeRecord | None:
    path = course.grades / assignment / f"{student}.json"
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
            record = _load_record(course, path.parent.name, path.stem)
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
