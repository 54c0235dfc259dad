"""Grade one submission in a private temporary course directory, under time limits.

A task carries everything it needs (the normalised notebook, the assignment's files, a gradebook that
knows only this assignment) so it can run in another process or on another machine. It never touches the
real gradebook: it returns the scores and the coordinator records them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psutil

from .course import COURSE_ID, quiet_env

TASK_CONFIG = """\
c = get_config()
c.CourseDirectory.course_id = {course_id!r}
c.CourseDirectory.root = {root!r}
c.CourseDirectory.db_url = "sqlite:///" + {db!r}
c.Execute.timeout = {cell_timeout}
c.Execute.interrupt_on_timeout = True
c.IgnorePattern.enabled = True
c.IgnorePattern.pattern = r"(?s).*"
c.LimitOutput.max_lines = 1000
c.LimitOutput.max_traceback = 100
"""


@dataclass
class Limits:
    cell_timeout: int = 120  # seconds for one cell; the cell is interrupted and scores zero
    notebook_timeout: int = 900  # seconds for the whole notebook; the task is killed


@dataclass
class Task:
    student: str
    assignment: str
    notebook: str  # JSON text of the notebook to grade (already normalised)
    gradebook: bytes  # a gradebook holding only this assignment
    files: dict[str, bytes] = field(default_factory=dict)  # files the notebook needs, by relative path
    limits: Limits = field(default_factory=Limits)


@dataclass
class CellScore:
    grade_id: str
    score: float
    max_score: float


@dataclass
class TaskResult:
    student: str
    assignment: str
    status: str  # graded | timeout | error
    message: str = ""
    cells: list[CellScore] = field(default_factory=list)
    autograded: str | None = None  # JSON text of the executed notebook
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


def _run_in(workdir: Path, task: Task) -> TaskResult:
    db = workdir / "gradebook.db"
    db.write_bytes(task.gradebook)
    (workdir / "nbgrader_config.py").write_text(
        TASK_CONFIG.format(
            course_id=COURSE_ID, root=str(workdir), db=str(db), cell_timeout=task.limits.cell_timeout
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

    command = [
        sys.executable,
        "-m",
        "nbgrader",
        "autograde",
        task.assignment,
        "--student",
        task.student,
        "--force",
    ]
    log_path = workdir / "autograde.log"
    with open(log_path, "wb") as log_file:
        process = subprocess.Popen(
            command,
            cwd=workdir,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            env=quiet_env(),
            start_new_session=True,
        )
        try:
            returncode = process.wait(timeout=task.limits.notebook_timeout)
        except subprocess.TimeoutExpired:
            kill_tree(process.pid)
            process.wait()
            return TaskResult(
                task.student,
                task.assignment,
                "timeout",
                f"the notebook ran longer than the {task.limits.notebook_timeout} s limit and was stopped",
                log=_tail(log_path),
            )
    log = _tail(log_path)
    autograded = workdir / "autograded" / task.student / task.assignment / f"{task.assignment}.ipynb"
    if returncode != 0 or not autograded.is_file():
        return TaskResult(
            task.student, task.assignment, "error", "nbgrader autograde failed: " + _last_error(log), log=log
        )
    return TaskResult(
        task.student,
        task.assignment,
        "graded",
        cells=read_scores(db, task.assignment, task.student),
        autograded=autograded.read_text(encoding="utf-8"),
        log=log,
    )


def read_scores(db: Path, assignment: str, student: str) -> list[CellScore]:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{db}", COURSE_ID) as gradebook:
        submission = gradebook.find_submission(assignment, student)
        return [
            CellScore(grade.name, float(grade.auto_score or 0.0), float(grade.max_score))
            for notebook in submission.notebooks
            for grade in notebook.grades
        ]


def kill_tree(pid: int) -> None:
    """Kill a process and every descendant (kernels run in their own session, so a process group is not enough)."""
    try:
        parent = psutil.Process(pid)
        family = [*parent.children(recursive=True), parent]
    except psutil.NoSuchProcess:
        return
    for process in family:
        try:
            process.kill()
        except psutil.NoSuchProcess:
            pass
    psutil.wait_procs(family, timeout=10)


def _tail(path: Path, lines: int = 60) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def _last_error(log: str) -> str:
    errors = [line for line in log.splitlines() if "[ERROR]" in line or "Error" in line]
    return (errors[-1] if errors else (log.splitlines() or ["no output"])[-1]).strip()[:300]
