"""Time to grade one submission with our ``grade`` versus plain ``nbgrader autograde``, in one run.

Both grade the same `complete` submission of ASSIGNMENT (default rnn_step_by_step) in scratch copies of
the course, alternating, ROUNDS times each; the figure that matters is the ratio of the medians, since
absolute seconds depend on how busy the shared machine is.

    .venv/bin/python -m benchmarks.grading_speed [ASSIGNMENT] [--rounds N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from autograder import notebooks as nbs
from autograder.course import Course, quiet_env
from autograder.demo import sample_notebook
from autograder.grade import grade
from autograder.release import release


def scratch_course(base: Path, assignment: str) -> Course:
    real = Course()
    course = Course(base / "course")
    shutil.copytree(real.source / assignment, course.source / assignment)
    shutil.copy(real.root / "nbgrader_config.py", course.root)
    shutil.copy(real.root / "course.toml", course.root)
    release(course, [assignment], log=lambda *_: None)
    return course


def submission(course: Course, assignment: str, folder: Path) -> Path:
    source = nbs.read_notebook(course.source_notebook(assignment))
    released = nbs.read_notebook(course.release_notebook(assignment))
    path = folder / "student" / assignment / f"{assignment}.ipynb"
    nbs.write_notebook(sample_notebook(source, released, "complete"), path)
    return folder


def time_ours(course: Course, inbox: Path) -> float:
    started = time.perf_counter()
    records = grade(course, inbox, jobs=1, force=True, log=lambda *_: None)
    elapsed = time.perf_counter() - started
    assert records[0].status == "graded" and records[0].score == records[0].max_score, records[0]
    return elapsed


def time_plain(course: Course, inbox: Path, assignment: str) -> float:
    target = course.submitted / "student" / assignment
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(inbox / "student" / assignment, target)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "nbgrader", "autograde", assignment, "--student", "student", "--force"],
        cwd=course.root,
        env=quiet_env(),
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("assignment", nargs="?", default="rnn_step_by_step")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="seqlab-bench-") as scratch:
        base = Path(scratch)
        ours_course = scratch_course(base / "ours", args.assignment)
        plain_course = scratch_course(base / "plain", args.assignment)
        inbox = submission(ours_course, args.assignment, base / "inbox")
        ours, plain = [], []
        for _ in range(args.rounds):
            plain.append(time_plain(plain_course, inbox, args.assignment))
            ours.append(time_ours(ours_course, inbox))
    o, p = statistics.median(ours), statistics.median(plain)
    print(f"grading one {args.assignment} submission, median of {args.rounds} alternating rounds:")
    print(f"  plain nbgrader autograde: {p:6.1f} s   (runs: {', '.join(f'{x:.1f}' for x in plain)})")
    print(f"  our grade:                {o:6.1f} s   (runs: {', '.join(f'{x:.1f}' for x in ours)})")
    print(f"  ratio ours / plain:       {o / p:6.2f}")


if __name__ == "__main__":
    main()
