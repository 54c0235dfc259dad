"""Shared by the notebook benchmarks: the `import keras` baseline and timing a whole notebook in one mode."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from autograder import notebooks as nbs
from tests.kernel import NotebookSession


def import_keras_seconds() -> float:
    """Seconds for a fresh Python process to `import keras`: the unit the notebook timings are given in."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", "import keras"],
        check=True,
        capture_output=True,
        env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"},
    )
    return time.perf_counter() - started


def run_notebook(notebook: Path, grading: bool) -> tuple[float, NotebookSession]:
    """Wall time of a kernel start plus every code cell, and the live session (to read variables from).

    The notebook runs in a scratch copy of its folder, so files it writes stay out of the course.
    """
    workdir = Path(tempfile.mkdtemp(prefix=f"seqlab-bench-{notebook.stem}-"))
    shutil.copytree(notebook.parent, workdir, dirs_exist_ok=True)
    env = {"PYTHONHASHSEED": "0", "NBGRADER_EXECUTION": "autograde" if grading else ""}
    started = time.perf_counter()
    session = NotebookSession(workdir, env=env)
    for cell in nbs.read_notebook(notebook).cells:
        if cell.cell_type != "code":
            continue
        outcome = session.run(cell.source, timeout=600)
        if not outcome.ok:
            session.close()
            raise SystemExit(f"cell {nbs.grade_id(cell) or cell.get('id')} failed: {outcome.error}")
    return time.perf_counter() - started, session


def measure(notebook: Path, figures_code: str) -> tuple[float, float, dict, float]:
    """One notebook's benchmark run: the `import keras` baseline (median of 3), the learner-mode run, the
    figures ``figures_code`` prints as JSON on its last line in that run's kernel, the grading-mode run.

    Returns (baseline seconds, learner seconds, figures, grading seconds).
    """
    import json
    import statistics

    baseline = statistics.median(import_keras_seconds() for _ in range(3))
    learner_seconds, session = run_notebook(notebook, grading=False)
    outcome = session.run(figures_code, timeout=1800)
    session.close()
    if not outcome.ok:
        raise SystemExit(f"measuring the figures failed: {outcome.error}")
    figures = json.loads(outcome.stdout.strip().splitlines()[-1])
    grading_seconds, session = run_notebook(notebook, grading=True)
    session.close()
    return baseline, learner_seconds, figures, grading_seconds


def verdict(ok: bool) -> str:
    return "ok " if ok else "MISSED"


def print_mode_times(
    learner_seconds: float, grading_seconds: float, baseline: float, grading_limit: float
) -> None:
    """The two timing lines every notebook benchmark ends with (learner mode's limit is 300 s for all)."""
    for mode, seconds, limit in (
        ("learner", learner_seconds, 300),
        ("grading", grading_seconds, grading_limit),
    ):
        print(
            f"{mode} mode, whole notebook: {seconds:5.1f} s = {seconds / baseline:5.1f} baselines"
            f"   target < {limit:g} s   {verdict(seconds < limit)}"
        )
