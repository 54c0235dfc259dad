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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import notebooks as nbs
from . import sandbox
from .course import Course, ToolError
from .integrity import inspect_notebook
from .records import GradeRecord, format_table, load_record, load_records, save_record, write_gradebook
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

__all__ = ["GradeRecord", "format_table", "grade", "load_records"]

# Repairs that mean someone changed what they were told not to (deleting or moving a cell can be an accident).
TAMPERING_NOTES = (
    "was edited; restored",
    "unknown grade id",
    "cell type was changed",
    "metadata was changed",
)


@dataclass
class Prepared:
    """One submission, ready: either a finished ``record`` (nothing to run, or already graded) or a
    ``task`` to run, with what the coordinator keeps to turn its result into a record."""

    submission: Submission
    record: GradeRecord | None = None
    task: Task | None = None
    digest: str = ""
    findings: list[str] = field(default_factory=list)  # from reading the learner's code


def containment_check(limits: Limits, log=print) -> None:
    """Refuse to grade untrusted code on a machine that cannot contain it (see :mod:`autograder.sandbox`)."""
    if not limits.contain:
        log("warning: learner code is NOT contained by the operating system (--trusted): it runs with")
        log("         the grader's rights and can change files, grades and later runs")
        return
    reason = sandbox.probe()
    if reason:
        raise ToolError(
            f"this machine cannot contain learner code: {reason}.\n"
            "Grade as root on Linux, or in a container (see the README, 'Grading on machines without "
            "containment'), or pass --trusted if every submission comes from someone you trust."
        )


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
    if scheduler is None:
        containment_check(limits, log)  # a cluster's workers check for themselves, per task
    known = course.assignments()
    with tempfile.TemporaryDirectory(prefix="seqlab-unpack-") as scratch:
        folder = unpack_zip(source, Path(scratch)) if source.is_file() else source
        root = find_root(folder, known)
        submissions = discover(root, known, assignments)
        if not submissions:
            raise ToolError(f"no submissions under {root}")
        chosen = sorted({s.assignment for s in submissions if s.assignment in known})
        for assignment in chosen:
            ensure_released(course, assignment)
        batch = Batch(
            course=course,
            limits=limits,
            force=force,
            max_scores={a: nbs.max_score(nbs.read_notebook(course.source_notebook(a))) for a in chosen},
            hide=tuple(dict.fromkeys(str(p.resolve()) for p in (course.root, root, source))),
        )
        same_folder = root.resolve() == course.submitted.resolve()
        records: list[GradeRecord] = []
        pending: dict[tuple[str, str], Prepared] = {}
        started = time.monotonic()
        with runner(jobs, scheduler) as pool:
            for submission in submissions:
                if not same_folder:
                    _keep_copy(course, submission)
                prepared = batch.prepare(submission)
                if prepared.task is None:
                    assert prepared.record is not None
                    records.append(_record(course, prepared.record))
                    log(
                        f"  {submission.student}/{submission.assignment}: {prepared.record.status} (nothing to run)"
                    )
                    continue
                pool.submit(prepared.task)
                pending[(submission.student, submission.assignment)] = prepared
            for result in pool.results():
                prepared = pending.pop((result.student, result.assignment))
                record = batch.record_of(prepared, result)
                records.append(_record(course, record, result))
                log(
                    f"  {result.student}/{result.assignment}: {record.status} "
                    f"{record.score:g}/{record.max_score:g} ({result.seconds:.0f} s)"
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


@dataclass
class Batch:
    """What every submission of one ``grade`` run shares: limits, maximum scores, gradebook templates."""

    course: Course
    limits: Limits
    force: bool
    max_scores: dict[str, float]  # per assignment, computed once per batch from the source notebook
    hide: tuple[str, ...]  # folders no kernel may see: the course, the submissions being graded
    templates: dict[str, bytes] = field(default_factory=dict)
    files: dict[str, dict[str, bytes]] = field(default_factory=dict)

    def prepare(self, submission: Submission) -> Prepared:
        """A finished record or a task for ``submission``, with the findings of reading its code."""
        course, assignment, student = self.course, submission.assignment, submission.student
        if submission.problem:
            status = "unknown" if submission.problem.startswith("unknown") else "missing"
            top = self.max_scores.get(assignment, 0.0) if status == "missing" else 0.0
            record = GradeRecord(
                student=student,
                assignment=assignment,
                score=0.0,
                max_score=top,
                status=status,
                message=submission.problem,
            )
            return Prepared(submission, record=record)
        top = self.max_scores[assignment]
        raw = submission.notebook.read_bytes()
        release_path = course.release_notebook(assignment)
        digest = hashlib.sha256(raw + release_path.read_bytes()).hexdigest()[:16]
        previous = load_record(course, assignment, student)
        if previous and not self.force and previous.digest == digest and previous.status == "graded":
            return Prepared(submission, record=previous, digest=digest)
        try:
            learner = load_submitted(submission.notebook, submission.notes)
        except nbs.NotebookError as error:
            record = GradeRecord(
                student=student,
                assignment=assignment,
                score=0.0,
                max_score=top,
                status="invalid",
                message=str(error),
                notes=list(submission.notes),
                digest=digest,
            )
            return Prepared(submission, record=record, digest=digest)
        release_nb = nbs.read_notebook(release_path)
        normalised, notes = normalize(learner, release_nb)
        submission.notes.extend(notes)
        findings = [note for note in notes if any(flag in note for flag in TAMPERING_NOTES)]
        findings += [str(finding) for finding in inspect_notebook(normalised, release_nb)]
        if assignment not in self.templates:
            self.templates[assignment] = gradebook_template(course, assignment)
            self.files[assignment] = _assignment_files(course, assignment)
        task = Task(
            student=student,
            assignment=assignment,
            notebook=json.dumps(normalised),
            gradebook=self.templates[assignment],
            files=self.files[assignment],
            limits=self.limits,
            hide=self.hide,
            protected=course.spec.protected_modules(assignment),
        )
        return Prepared(submission, task=task, digest=digest, findings=findings)

    def record_of(self, prepared: Prepared, result: TaskResult) -> GradeRecord:
        """The grade record of a finished task."""
        reasons = [*prepared.findings, *result.integrity]
        return GradeRecord(
            student=result.student,
            assignment=result.assignment,
            score=round(result.score, 4),  # a stopped run keeps the points of the tests passed before
            max_score=self.max_scores[result.assignment],
            status=result.status,
            message=result.message,
            notes=list(prepared.submission.notes),
            cells={c.grade_id: {"score": c.score, "max_score": c.max_score} for c in result.cells},
            digest=prepared.digest,
            seconds=result.seconds,
            integrity="suspicious" if reasons else "clean",
            integrity_reasons=reasons,
        )


def _assignment_files(course: Course, assignment: str) -> dict[str, bytes]:
    """The release's files besides the notebook, by relative path: what a task copies next to it."""
    files: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as scratch:
        copy_assignment_files(course.release / assignment, Path(scratch))
        for path in Path(scratch).rglob("*"):
            if path.is_file():
                files[str(path.relative_to(scratch))] = path.read_bytes()
    return files


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
    write_gradebook(course, record)
    save_record(course, record)
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
