"""Attacks on the grader earn nothing and are called suspicious; honest code in any style stays clean."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import nbformat
import psutil
import pytest

from autograder import notebooks as nbs
from autograder.course import Course
from autograder.demo import sample_notebook
from autograder.grade import grade
from autograder.integrity import inspect_source
from autograder.launch import private_network_available
from autograder.release import release
from autograder.task import Limits
from tests.attacks import ABUSE, ATTACKS, HONEST, WRONG_ADD, Fixture
from tests.toycourse import ASSIGNMENT, make_course

pytestmark = pytest.mark.slow


def _submission(base_notebook, fixture: Fixture):
    notebook = nbformat.from_dict(json.loads(json.dumps(base_notebook)))
    answer = next(c for c in notebook.cells if nbs.grade_id(c) == "add")
    answer.source = fixture.add
    if fixture.scale is not None:
        next(c for c in notebook.cells if nbs.grade_id(c) == "scale").source = fixture.scale
    if fixture.extra is not None:
        notebook.cells.insert(notebook.cells.index(answer) + 1, nbformat.v4.new_code_cell(fixture.extra))
    return notebook


@pytest.fixture(scope="module")
def listener():
    """A TCP server on this machine's loopback that a submission must not be able to reach."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    yield server
    server.close()


def _network_fixture(port: int) -> Fixture:
    extra = (
        "import socket\n"
        "try:\n"
        f"    socket.create_connection(('127.0.0.1', {port}), timeout=3).sendall(b'answers please')\n"
        "except OSError as error:\n"
        "    print('no network:', error)"
    )
    return Fixture("network_exfiltration", WRONG_ADD, extra=extra)


@pytest.fixture(scope="module")
def graded(tmp_path_factory, listener):
    base = tmp_path_factory.mktemp("attacks")
    network = _network_fixture(listener.getsockname()[1])
    course = Course(make_course(base / "course"))
    release(course, log=lambda *_: None)
    source = nbs.read_notebook(course.source_notebook(ASSIGNMENT))
    complete = sample_notebook(source, nbs.read_notebook(course.release_notebook(ASSIGNMENT)), "complete")
    for fixture in [*ATTACKS, *HONEST, *ABUSE, network]:
        path = base / "inbox" / fixture.name / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
        nbs.write_notebook(_submission(complete, fixture), path)
    limits = Limits(cell_timeout=8, notebook_timeout=60, memory_gib=2)
    records = grade(course, base / "inbox", jobs=2, limits=limits, log=lambda *_: None)
    Path("/tmp/seqlab-attack-was-here.txt").unlink(missing_ok=True)  # left by writes_outside_the_task
    return {r.student: r for r in records}, course


@pytest.mark.parametrize("fixture", ATTACKS, ids=[f.name for f in ATTACKS])
def test_an_attack_earns_nothing_and_is_flagged(graded, fixture):
    record = graded[0][fixture.name]
    assert record.cells.get("test_add", {}).get("score", 0) == 0, record
    assert record.integrity == "suspicious", record
    assert record.integrity_reasons


@pytest.mark.parametrize("fixture", HONEST, ids=[f.name for f in HONEST])
def test_honest_code_in_any_style_is_clean_with_full_marks(graded, fixture):
    record = graded[0][fixture.name]
    assert (record.status, record.score, record.max_score) == ("graded", 5, 5), record
    assert record.integrity == "clean", record.integrity_reasons


def test_the_verified_nbgrader_exploit_is_caught_while_running(graded):
    """The input-transformer trick gives full marks under plain nbgrader 0.9.6; here the seal is missing."""
    reasons = " ".join(graded[0]["input_transformer"].integrity_reasons)
    assert "get_ipython" in reasons  # read before running
    assert "IPython input_transformers_post changed" in reasons or "did not run to completion" in reasons


def test_no_forked_child_outlives_its_task(graded):
    assert graded[0]["forks_children"].status in {"graded", "error", "timeout"}
    sleepers = [
        p
        for p in psutil.process_iter(["cmdline"])
        if p.info["cmdline"] and "ipykernel_launcher" in " ".join(p.info["cmdline"]) and p.ppid() == 1
    ]
    assert not sleepers


@pytest.mark.parametrize("fixture", ABUSE, ids=[f.name for f in ABUSE])
def test_abuse_earns_nothing_and_leaves_a_bounded_notebook(graded, fixture):
    records, course = graded
    record = records[fixture.name]
    assert record.status in {"graded", "memory", "timeout"} and record.score == 0, record
    notebook = course.autograded / fixture.name / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    assert not notebook.exists() or notebook.stat().st_size < 2_000_000


@pytest.mark.skipif(
    not private_network_available(),
    reason="no network namespaces here (needs root or user namespaces, and ip)",
)
def test_a_submission_cannot_reach_the_network(graded, listener):
    record = graded[0]["network_exfiltration"]
    assert record.integrity == "suspicious"  # imports socket
    try:
        connection, _ = listener.accept()
    except TimeoutError:
        connection = None
    assert connection is None, "the submission reached a server outside its network namespace"


@pytest.mark.parametrize(
    "source, clean",
    [
        ("x = np.zeros(3)\nprint(x.sum())", True),
        ("import numpy as np\ny = np.tanh(1.0)", True),
        ("np = None", False),
        ("def sigmoid(z):\n    return z", False),
        ("getattr(np, 'allclose')", True),
        ("getattr(np, 'all' + 'close')", False),
        ("name = 'allclose'\ngetattr(np, name)", False),
        ("import os\nos.environ['X'] = '1'", False),
        ("f = open('data.txt')", True),
        ("f = open('out.txt', 'w')", False),
    ],
)
def test_reading_the_source(source, clean):
    findings = inspect_source(source, "cell", protected={"np", "sigmoid"}, modules={"np": "numpy"})
    assert (not findings) == clean, findings
