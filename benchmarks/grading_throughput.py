"""Throughput of `grade --jobs 2` against serial plain `nbgrader autograde`, in one run.

N copies of the `complete` submission of ASSIGNMENT (default rnn_step_by_step, N default 20) are graded:
1. by plain nbgrader, one `nbgrader autograde ASSIGNMENT` call for the whole class (serial);
2. by our `grade --jobs 1` with kernels started the normal way (AUTOGRADER_KERNEL_PRELOAD=""): the same
   parallelism and kernels as 1, so the difference is what our isolation costs;
3. by our `grade --jobs 1` as shipped, with warm kernels (autograder/warmkernel.py), each kernel contained
   by the operating system (autograder/sandbox.py), and the same with containment off (`--trusted`): the
   difference is what containment costs;
4. by our `grade --jobs 2` (the in-process cluster);
5. by our `grade` on a LocalCluster started as a separate scheduler and 2 worker processes.
Figures are ratios against (1), measured in the same run.

    .venv/bin/python -m benchmarks.grading_throughput [ASSIGNMENT] [--n 20] [--skip-serial-ours]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from autograder import launch
from autograder import notebooks as nbs
from autograder.course import Course, quiet_env
from autograder.demo import sample_notebook
from autograder.grade import grade
from autograder.task import Limits
from benchmarks.grading_speed import scratch_course


def make_inbox(course: Course, assignment: str, folder: Path, n: int) -> Path:
    source = nbs.read_notebook(course.source_notebook(assignment))
    released = nbs.read_notebook(course.release_notebook(assignment))
    complete = sample_notebook(source, released, "complete")
    for i in range(n):
        nbs.write_notebook(complete, folder / f"student{i:03d}" / assignment / f"{assignment}.ipynb")
    return folder


def plain_serial(course: Course, inbox: Path, assignment: str) -> float:
    shutil.copytree(inbox, course.submitted, dirs_exist_ok=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "autograder.nbgrader_main", "autograde", assignment, "--force"],
        cwd=course.root,
        env=quiet_env(),
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def ours(course: Course, inbox: Path, n: int, **kwargs) -> float:
    started = time.perf_counter()
    records = grade(course, inbox, force=True, log=lambda *_: None, **kwargs)
    elapsed = time.perf_counter() - started
    bad = [r for r in records if r.status != "graded" or r.score != r.max_score]
    assert len(records) == n and not bad, bad[:2]
    return elapsed


def warm_up(course: Course, inbox: Path, assignment: str, folder: Path) -> None:
    """Grade one submission untimed, so the fork server's start and the containment probe (once per
    grading process) are not charged to the runs compared after it."""
    first = sorted(inbox.iterdir())[0]
    shutil.copytree(first, folder / first.name)
    grade(course, folder, force=True, log=lambda *_: None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("assignment", nargs="?", default="rnn_step_by_step")
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--skip-serial-ours", action="store_true", help="skip runs 2 and 3 (saves time)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="seqlab-throughput-") as scratch:
        base = Path(scratch)
        plain_course = scratch_course(base / "plain", args.assignment)
        our_course = scratch_course(base / "ours", args.assignment)
        inbox = make_inbox(our_course, args.assignment, base / "inbox", args.n)
        figures = {"plain nbgrader, serial": plain_serial(plain_course, inbox, args.assignment)}
        if not args.skip_serial_ours:
            os.environ["AUTOGRADER_KERNEL_PRELOAD"] = ""
            launch.stop_server()
            figures["ours --jobs 1, cold kernels"] = ours(our_course, inbox, args.n, jobs=1)
            del os.environ["AUTOGRADER_KERNEL_PRELOAD"]
            launch.stop_server()
            warm_up(our_course, inbox, args.assignment, base / "warm-up")  # server start and probe: once
            figures["ours --jobs 1"] = ours(our_course, inbox, args.n, jobs=1)
            figures["ours --jobs 1, not contained (--trusted)"] = ours(
                our_course, inbox, args.n, jobs=1, limits=Limits(contain=False)
            )
        figures["ours --jobs 2"] = ours(our_course, inbox, args.n, jobs=2)
        from distributed import LocalCluster

        with LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster:
            figures["ours, separate LocalCluster (2 workers)"] = ours(
                our_course, inbox, args.n, scheduler=cluster.scheduler_address
            )
    baseline = figures["plain nbgrader, serial"]
    print(f"{args.n} submissions of {args.assignment}:")
    for name, seconds in figures.items():
        print(
            f"  {name:42s} {seconds:7.1f} s  {args.n / seconds * 60:6.1f} per minute  speed-up {baseline / seconds:5.2f}x"
        )
    if "ours --jobs 1" in figures:
        overhead = (figures["ours --jobs 1, cold kernels"] - baseline) / args.n
        warm = (figures["ours --jobs 1"] - figures["ours --jobs 1, cold kernels"]) / args.n
        parallel = figures["ours --jobs 1"] / figures["ours --jobs 2"]
        print(f"  isolation overhead per submission (jobs 1 cold kernels vs plain): {overhead:+.2f} s")
        print(f"  warm kernels per submission (jobs 1 warm vs cold): {warm:+.2f} s")
        contained = (figures["ours --jobs 1"] - figures["ours --jobs 1, not contained (--trusted)"]) / args.n
        print(f"  OS containment per submission (jobs 1 contained vs --trusted): {contained:+.2f} s")
        print(f"  parallel speed-up of our grader alone (jobs 1 / jobs 2): {parallel:.2f}x")


if __name__ == "__main__":
    main()
