"""``validate NOTEBOOK`` for learners: run it, list each graded test as passed or failed, exit 1 on failure.

nbgrader's own ``validate`` exits 0 even when tests fail, and counts harmless stderr output (TensorFlow's
warnings) as a failure; this one judges a test by whether it raised.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError

from . import notebooks as nbs
from .config import load_spec
from .course import quiet_env

# The kernel writes its own log to the terminal validate runs in, and ipykernel logs a warning at every
# start ("Kernel is running over TCP without encryption...", about its loopback sockets): a learner sees no
# library log lines, so the kernel logs only errors (a kernel that cannot start still says why).
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=ERROR"]


@dataclass
class TestOutcome:
    grade_id: str
    points: float
    passed: bool
    message: str


def run_tests(path: Path, cell_timeout: int | None = None) -> list[TestOutcome]:
    """Run ``path`` as the grader would (same time per cell, from the course file) and judge its tests."""
    notebook = nbs.read_notebook(path)
    cell_timeout = cell_timeout or load_spec().cell_timeout_s
    env = quiet_env({"NBGRADER_EXECUTION": "validate", "NBGRADER_VALIDATING": "1"})
    client = NotebookClient(
        notebook,
        timeout=cell_timeout,
        allow_errors=True,
        interrupt_on_timeout=True,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent.resolve())}},
        extra_arguments=KERNEL_ARGUMENTS,
    )
    try:
        client.execute(env=env)
    except (CellTimeoutError, DeadKernelError) as error:
        reason = str(error).splitlines()[0]
        return [
            TestOutcome(nbs.grade_id(c) or "?", nbs.points(c), False, reason)
            for c in notebook.cells
            if nbs.is_test(c)
        ]
    outcomes = []
    for cell in notebook.cells:
        if not nbs.is_test(cell):
            continue
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        message = f"{errors[0].get('ename')}: {errors[0].get('evalue')}" if errors else ""
        outcomes.append(TestOutcome(nbs.grade_id(cell) or "?", nbs.points(cell), not errors, message))
    return outcomes


def validate(path: Path, log=print) -> int:
    """Print pass/fail per graded test; return the exit code (0 only when every test passes)."""
    path = Path(path)
    try:
        outcomes = run_tests(path)
    except nbs.NotebookError as error:
        log(f"cannot validate: {error}")
        return 2
    if not outcomes:
        log(f"{path.name}: no graded tests found (is this a course notebook?)")
        return 2
    for outcome in outcomes:
        mark = "PASS" if outcome.passed else "FAIL"
        line = f"{mark}  {outcome.grade_id} ({outcome.points:g} points)"
        log(line + (f"\n      {outcome.message}" if outcome.message else ""))
    failed = [o for o in outcomes if not o.passed]
    earned = sum(o.points for o in outcomes if o.passed)
    total = sum(o.points for o in outcomes)
    log(
        f"{len(outcomes) - len(failed)} passed, {len(failed)} failed: {earned:g}/{total:g} points from visible tests"
    )
    return 1 if failed else 0
