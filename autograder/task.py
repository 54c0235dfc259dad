"""Grade one submission in a private temporary course directory, under time limits.

A task carries everything it needs (the normalised notebook, the assignment's files, a gradebook that
knows only this assignment) so it can run in another process or on another machine. It never touches the
real gradebook: it returns the scores and the coordinator records them.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from . import sandbox
from .config import config_file, load_spec
from .course import COURSE_ID, quiet_env
from .launch import private_network_available, start_nbgrader
from .procs import kill_tree, tree_pss, tree_rss

_SPEC = load_spec()  # the defaults below are the course file's [limits]


@dataclass
class Limits:
    cell_timeout: int = _SPEC.cell_timeout_s  # seconds for one cell; it is interrupted and scores zero
    notebook_timeout: int = _SPEC.notebook_timeout_s  # seconds for the whole notebook; the task is killed
    memory_gib: float = _SPEC.memory_gib  # memory of nbgrader, the kernel and all they start
    network: bool = False  # False: a private network namespace with loopback only, where the OS allows it
    processes: int = _SPEC.processes  # processes and threads the kernel and all it starts may have at once
    contain: bool = True  # contain the kernel with the operating system (autograder.sandbox); False: trusted


@dataclass
class Task:
    student: str
    assignment: str
    notebook: str  # JSON text of the notebook to grade (already normalised)
    gradebook: bytes  # a gradebook holding only this assignment
    files: dict[str, bytes] = field(default_factory=dict)  # files the notebook needs, by relative path
    limits: Limits = field(default_factory=Limits)
    hide: tuple[str, ...] = ()  # the coordinator's folders the kernel must not see (course, submissions)
    protected: tuple[str, ...] = ()  # modules the guard restores before each test cell


@dataclass
class CellScore:
    grade_id: str
    score: float
    max_score: float


@dataclass
class TaskResult:
    student: str
    assignment: str
    status: str  # graded | timeout | memory | processes | error
    message: str = ""
    cells: list[CellScore] = field(default_factory=list)
    autograded: str | None = None  # JSON text of the executed notebook
    integrity: list[str] = field(default_factory=list)  # what the guard found while the notebook ran
    log: str = ""
    seconds: float = 0.0

    @property
    def score(self) -> float:
        return sum(c.score for c in self.cells)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def run_task(task: Task) -> TaskResult:
    """Autograde ``task`` with nbgrader in a fresh directory; always returns a result, never raises."""
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix=f"seqlab-{task.assignment}-"))
    try:
        result = _run_in(workdir, task)
    except Exception as error:  # a bug or an environment problem: report it for this submission only
        result = TaskResult(task.student, task.assignment, "error", f"grader error: {error!r}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    result.seconds = round(time.monotonic() - started, 2)
    return result


def integrity_events(progress: Path) -> list[str]:
    return list(dict.fromkeys(e["reason"] for e in _progress(progress) if e.get("event") == "integrity"))


def _run_in(workdir: Path, task: Task) -> TaskResult:
    db = workdir / "gradebook.db"
    progress = workdir / "progress.jsonl"
    db.write_bytes(task.gradebook)
    (workdir / "nbgrader_config.py").write_text(
        config_file(
            workdir,
            db=str(db),
            assignment=task.assignment,
            cell_timeout=task.limits.cell_timeout,
            progress_file=str(progress),
            protected=list(task.protected),
        )
    )
    folder = workdir / "submitted" / task.student / task.assignment
    folder.mkdir(parents=True)
    (workdir / "source" / task.assignment).mkdir(parents=True)
    for relative, content in task.files.items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    (folder / f"{task.assignment}.ipynb").write_text(task.notebook, encoding="utf-8")

    log_path = workdir / "autograde.log"
    groups, jail = None, None
    if task.limits.contain:
        reason = sandbox.probe()
        if reason:
            return TaskResult(
                task.student, task.assignment, "error", f"cannot contain learner code: {reason}"
            )
        groups = sandbox.TaskCgroups(
            f"{os.getpid()}-{workdir.name}", int(task.limits.memory_gib * 1024**3), task.limits.processes
        )
        if not groups.create():
            return TaskResult(task.student, task.assignment, "error", "cannot create the task's cgroups")
        jail = sandbox.Jail(
            hide=tuple(task.hide),
            expose=sandbox.default_exposed(),
            kernel_cgroups=groups.kernel_folders,
            processes=task.limits.processes,
        )
    try:
        process = start_nbgrader(
            ["autograde", task.assignment, "--student", task.student, "--force"],
            cwd=str(workdir),
            env=quiet_env(),
            log_path=str(log_path),
            isolate_network=not task.limits.network and private_network_available(),
            cgroups=groups.task_folders if groups else (),
            jail=jail,
        )
        stopped = watch(process, task.limits, groups)
        return _result(task, workdir, process, stopped, groups)
    finally:
        if groups is not None:
            groups.remove()  # whatever the task started, however it detached, ends here


def _result(task: Task, workdir: Path, process: Any, stopped: str | None, groups: Any) -> TaskResult:
    log_path = workdir / "autograde.log"
    progress = workdir / "progress.jsonl"
    db = workdir / "gradebook.db"
    where = _last_started(progress)
    in_cell = f" in cell {where}" if where else ""
    if groups is not None and groups.process_limit_hit():
        message = f"process limit ({task.limits.processes}) reached{in_cell}: the notebook started too many"
        stopped = stopped or message
        status = "processes"
    elif stopped or (groups is not None and groups.oom_killed()):
        stopped = stopped or f"memory limit {task.limits.memory_gib:g} GiB exceeded"
        status = "timeout" if stopped.startswith("timed out") else "memory"
        message = stopped + in_cell
    else:
        status = message = ""
    if status and status != "processes":
        return TaskResult(
            task.student,
            task.assignment,
            status,
            message,
            cells=partial_scores(task.notebook, progress),
            integrity=integrity_events(progress),
            log=_tail(log_path),
        )
    returncode = process.returncode
    log = _tail(log_path)
    autograded = workdir / "autograded" / task.student / task.assignment / f"{task.assignment}.ipynb"
    if returncode != 0 or not autograded.is_file():
        reason = "nbgrader autograde failed: " + _last_error(log)
        if "could not contain the kernel" in log:
            reason = "grader error: " + _last_error(log)
        elif "DeadKernelError" in log or "Kernel died" in log:
            reason = "the kernel died" + in_cell
        return TaskResult(
            task.student,
            task.assignment,
            status or "error",
            message or reason,
            cells=partial_scores(task.notebook, progress),
            integrity=integrity_events(progress),
            log=log,
        )
    return TaskResult(
        task.student,
        task.assignment,
        status or "graded",
        message,
        cells=read_scores(db, task.assignment, task.student),
        integrity=integrity_events(progress),
        autograded=autograded.read_text(encoding="utf-8"),
        log=log,
    )


def watch(process: Any, limits: Limits, groups: Any = None, poll_s: float = 0.25) -> str | None:
    """Wait for ``process``; kill its whole tree on a limit and say which one, else return None.

    With the task's cgroups the operating system enforces the memory limit; polling the tree's memory
    stays as the limit on machines without them, and names the limit before the kernel is killed.
    """
    deadline = time.monotonic() + limits.notebook_timeout
    budget = int(limits.memory_gib * 1024**3)
    while process.poll() is None:
        if time.monotonic() > deadline:
            reason = f"timed out: the notebook ran longer than the {limits.notebook_timeout} s limit"
        elif tree_rss(process.pid) > budget and tree_pss(process.pid) > budget:
            reason = f"memory limit {limits.memory_gib:g} GiB exceeded"
        else:
            time.sleep(poll_s)
            continue
        if groups is not None:
            groups.kill_all()
        kill_tree(process.pid)
        process.wait()
        return reason
    return None


def _progress(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    events = []
    for line in lines:
        try:
            events.append(json.loads(line))
        except ValueError:
            break  # a line cut short by the kill
    return events


def _last_started(path: Path) -> str | None:
    events = _progress(path)
    started = [e for e in events if e.get("event") == "start"]
    if not started:
        return None
    last = started[-1]
    return last.get("grade_id") or f"#{last.get('index')}"


def partial_scores(notebook_json: str, progress: Path) -> list[CellScore]:
    """Scores of a run that was stopped: test cells that finished without an error keep their points."""
    notebook = json.loads(notebook_json)
    passed = {
        e.get("grade_id") for e in _progress(progress) if e.get("event") == "done" and not e.get("failed")
    }
    cells = []
    for cell in notebook.get("cells", []):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("grade") and cell.get("cell_type") == "code":
            top = float(meta.get("points") or 0)
            cells.append(CellScore(meta["grade_id"], top if meta["grade_id"] in passed else 0.0, top))
    return cells


def read_scores(db: Path, assignment: str, student: str) -> list[CellScore]:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{db}", COURSE_ID) as gradebook:
        submission = gradebook.find_submission(assignment, student)
        return [
            CellScore(grade.name, float(grade.auto_score or 0.0), float(grade.max_score))
            for notebook in submission.notebooks
            for grade in notebook.grades
        ]


def _tail(path: Path, lines: int = 60) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def _last_error(log: str) -> str:
    errors = [line for line in log.splitlines() if "[ERROR]" in line or "Error" in line]
    return (errors[-1] if errors else (log.splitlines() or ["no output"])[-1]).strip()[:300]
