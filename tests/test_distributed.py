"""Grading on a dask cluster started as a separate scheduler and workers; a worker killed mid-task."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from autograder import notebooks as nbs
from autograder.course import Course
from autograder.demo import sample_notebook
from autograder.grade import grade, load_records
from autograder.release import release
from autograder.task import Limits
from tests.toycourse import ASSIGNMENT, make_course

pytestmark = pytest.mark.slow
distributed = pytest.importorskip("distributed")

STUDENTS = [f"s{i:02d}" for i in range(6)]


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster with worker processes (each with a nanny that restarts it), reached by its address."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as c:
        yield c


@pytest.fixture
def course_and_inbox(tmp_path):
    course = Course(make_course(tmp_path / "course"))
    release(course, log=lambda *_: None)
    source = nbs.read_notebook(course.source_notebook(ASSIGNMENT))
    complete = sample_notebook(source, nbs.read_notebook(course.release_notebook(ASSIGNMENT)), "complete")
    for student in STUDENTS:
        nbs.write_notebook(complete, tmp_path / "inbox" / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
    return course, tmp_path / "inbox"


def test_a_batch_on_a_separate_cluster(cluster, course_and_inbox):
    course, inbox = course_and_inbox
    records = grade(course, inbox, scheduler=cluster.scheduler_address, log=lambda *_: None)
    assert [(r.student, r.status, r.score) for r in records] == [(s, "graded", 5) for s in STUDENTS]


def test_a_killed_worker_loses_nothing(cluster, course_and_inbox):
    course, inbox = course_and_inbox
    client = distributed.Client(cluster.scheduler_address)

    def kill_one_worker_when_busy():
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            busy = [address for address, tasks in client.processing().items() if tasks]
            if busy:
                pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
                time.sleep(1.0)  # let its task get going
                os.kill(pid, signal.SIGKILL)
                return
            time.sleep(0.1)

    killer = threading.Thread(target=kill_one_worker_when_busy)
    killer.start()
    records = grade(course, inbox, scheduler=cluster.scheduler_address, force=True, log=lambda *_: None)
    killer.join()
    client.close()
    assert [(r.student, r.status, r.score) for r in records] == [(s, "graded", 5) for s in STUDENTS]
    assert len(load_records(course)) == len(STUDENTS)


def test_an_interrupted_batch_finishes_without_regrading_and_a_resubmission_is_regraded(course_and_inbox):
    course, inbox = course_and_inbox
    limits = Limits()
    first = {r.student: r for r in grade(course, inbox, jobs=2, limits=limits, log=lambda *_: None)}
    # as if the coordinator had been stopped half way: drop half the records
    for student in STUDENTS[::2]:
        (course.grades / ASSIGNMENT / f"{student}.json").unlink()
    resubmitted = inbox / STUDENTS[1] / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    notebook = nbs.read_notebook(resubmitted)
    next(c for c in notebook.cells if nbs.grade_id(c) == "add").source = "def add(a, b):\n    return a - b\n"
    nbs.write_notebook(notebook, resubmitted)
    messages: list[str] = []
    second = {r.student: r for r in grade(course, inbox, jobs=2, limits=limits, log=messages.append)}
    for student in STUDENTS[3::2]:  # untouched and already graded: kept as they were
        assert second[student].graded_at == first[student].graded_at
    for student in STUDENTS[::2]:  # lost records: graded again
        assert second[student].status == "graded" and second[student].score == 5
    assert second[STUDENTS[1]].score == 0  # the resubmission was regraded
