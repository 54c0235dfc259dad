"""Issue 14, end to end: learner code can change no grade but its own, and nothing it starts outlives its task.

One batch of ``rnn_step_by_step`` submissions is graded with ``grade(..., jobs=2)`` under the operating
system's containment (:mod:`autograder.sandbox`): two honest controls (the reference answers; the
``partial`` sample, honestly wrong) and one submission per attack of :mod:`tests.isolation_attacks`, each
built on the partial sample (so its honest score is the partial control's) except the fork bomb (on the
reference answers). Around the batch the test records what a survivor could have changed: the project's
``utils/`` and ``autograder/`` (content hashes), the virtual environment and the interpreter's standard
library (size, times and change time of every file: a write always moves the change time), every file
written during the batch under the project, the venv, the grader's home and the temporary folders (read
for the batch's marker), the processes alive, and the task cgroups. A second ``grade`` in a new process
then grades an honest wrong submission again. The same batch also grades an nbformat 3 notebook and a
notebook whose locked cells had their type changed or their points raised (issue 14's small ones).

The solution thief (attack 6) is checked last, so that ``-x`` still runs everything before it: it reads
the reference solutions where the kernel's view of the project shows them (the project's own course
folder when another course is graded, the project's git history always) and, while that is possible,
earns full marks.

``ISOLATION_DUMP=path.json`` writes everything the tests read (observations, evidence, records).

The course lives in a hidden folder of the project (``.isolation-*``), as the real course does
(``assignments/``): the kernel's read-only view shows the project, so the course must be hidden from it.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import sysconfig
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import psutil
import pytest

from autograder import notebooks as nbs
from autograder import sandbox
from autograder.course import COURSE_ID, PROJECT_ROOT, Course, quiet_env
from autograder.demo import sample_notebook
from autograder.grade import grade, load_records
from autograder.release import release
from autograder.reports import export
from autograder.task import Limits
from tests import isolation_attacks as attacks

pytestmark = pytest.mark.slow

ASSIGNMENT = "rnn_step_by_step"
PREFIX = "isolation"  # every student of the batch; the attacks rewrite only gradebook rows of these
LIMITS = Limits(cell_timeout=30, notebook_timeout=120)
# student -> (base sample, attack, where it goes: the answer cell it is appended to, or "end")
SUBMISSIONS = {
    f"{PREFIX}_complete": ("complete", None, None),
    f"{PREFIX}_partial": ("partial", None, None),
    f"{PREFIX}_gradebook_daemon": ("partial", "gradebook_daemon", "append:rnn_cell_forward"),
    f"{PREFIX}_own_gradebook_daemon": ("partial", "own_gradebook_daemon", "append:rnn_cell_forward"),
    f"{PREFIX}_writes": ("partial", "writes", "after:rnn_cell_forward"),
    f"{PREFIX}_escapes": ("partial", "escapes", "after:rnn_cell_forward"),
    f"{PREFIX}_spray": ("partial", "spray", "after:rnn_cell_forward"),
    f"{PREFIX}_fork_bomb": ("complete", "fork_bomb", "end"),
    f"{PREFIX}_solution_thief": ("partial", "solution_thief", "thief"),
    # issue 14's small ones, graded in the same batch: an nbformat 3 notebook; locked cells tampered with
    f"{PREFIX}_nbformat3": ("complete", None, "nbformat3"),
    f"{PREFIX}_locked_tampered": ("partial", None, "locked_tampered"),
}
THIEF = f"{PREFIX}_solution_thief"
PROCESS_DEADLINE_S = 30  # generous: killed processes of the last task may still be exiting
LATE_WRITER_WINDOW_S = 3  # the gradebook and exports are read again after this long


# --- evidence ------------------------------------------------------------------------------------------


def _content_hashes(folders: list[Path]) -> dict[str, str]:
    hashes = {}
    for folder in folders:
        for root, dirs, names in os.walk(folder):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            for name in names:
                path = os.path.join(root, name)
                if os.path.isfile(path) and not os.path.islink(path):
                    with open(path, "rb") as handle:
                        hashes[path] = hashlib.sha256(handle.read()).hexdigest()
    return hashes


def _stat_fingerprint(folders: list[Path]) -> dict[str, tuple]:
    """Every file and folder with its size, modification and change time (the change time moves on any
    write, chmod or utime and cannot be set back), mode and owner; ``__pycache__`` left out (the grader
    itself may write bytecode there; a file the batch wrote anywhere is caught by the marker scan)."""
    found = {}
    for folder in folders:
        for root, dirs, names in os.walk(folder):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            for name in [*names, *dirs]:
                path = os.path.join(root, name)
                try:
                    st = os.lstat(path)
                except OSError:
                    continue
                found[path] = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_mode, st.st_uid)
    return found


def _diff(before: dict, after: dict) -> list[str]:
    changed = [f"changed {p}" for p in before if p in after and before[p] != after[p]]
    changed += [f"removed {p}" for p in before if p not in after]
    changed += [f"added {p}" for p in after if p not in before]
    return sorted(changed)


SCAN_SKIP = {"/proc", "/sys", "/dev/pts"}


def _marked_files(roots: list[Path], mark: str, since: float) -> list[str]:
    """Files under ``roots`` named with the marker, or changed since ``since`` and containing it."""
    needle = mark.encode()
    hits = []
    for top in roots:
        if not top.exists():
            continue
        for root, dirs, names in os.walk(top):
            dirs[:] = [d for d in dirs if os.path.join(root, d) not in SCAN_SKIP]
            for name in [*names, *dirs]:
                path = os.path.join(root, name)
                if mark in name:
                    hits.append(path)
                    continue
                try:
                    st = os.lstat(path)
                except OSError:
                    continue
                if not os.path.isfile(path) or os.path.islink(path) or st.st_ctime < since:
                    continue
                if st.st_size > 256 * 1024**2:
                    continue
                try:
                    with open(path, "rb") as handle:
                        if needle in handle.read():
                            hits.append(path)
                except OSError:
                    continue
    return sorted(set(hits))


def _nobody_files(roots: list[Path]) -> list[str]:
    """Files owned by the unprivileged user learner code runs as."""
    owned = []
    for top in roots:
        for root, dirs, names in os.walk(top):
            for name in [*names, *dirs]:
                path = os.path.join(root, name)
                try:
                    if os.lstat(path).st_uid == sandbox.NOBODY:
                        owned.append(path)
                except OSError:
                    pass
    return owned


def _read(path: str, binary: bool = False):
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        return data if binary else data.decode(errors="replace")
    except OSError:
        return b"" if binary else ""


def _marked_processes(mark: str) -> list[dict]:
    """Processes alive (zombies included) whose name, command line or environment carries the marker."""
    found = []
    needle = mark.encode()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        comm = _read(f"/proc/{entry}/comm").strip()
        cmdline = _read(f"/proc/{entry}/cmdline", binary=True)
        environ = _read(f"/proc/{entry}/environ", binary=True)
        if comm == mark[:15] or needle in cmdline or needle in environ:
            status = _read(f"/proc/{entry}/status")
            state = next(
                (line.split(":", 1)[1].strip() for line in status.splitlines() if line.startswith("State:")),
                "?",
            )
            found.append({"pid": int(entry), "comm": comm, "state": state, "cmdline": cmdline[:200]})
    return found


def _in_task_cgroups(owner: int) -> list[dict]:
    """Processes in a cgroup of a task of the coordinator ``owner`` (seqlab/<owner>-...)."""
    found = []
    needle = f"/seqlab/{owner}-"
    for entry in os.listdir("/proc"):
        if entry.isdigit() and needle in _read(f"/proc/{entry}/cgroup"):
            found.append({"pid": int(entry), "comm": _read(f"/proc/{entry}/comm").strip()})
    return found


def _task_cgroup_folders(owner: int) -> list[str]:
    left = []
    for controller in ("memory", "pids"):
        own = sandbox._own_cgroup(controller)
        folder = own / "seqlab" if own else None
        if folder and folder.is_dir():
            left += [str(p) for p in folder.iterdir() if p.name.startswith(f"{owner}-")]
    return left


def _new_descendants(before: set[int]) -> list[dict]:
    """Processes below this one that did not exist before the batch, except the grading fork server."""
    from autograder import launch

    server = launch._server.process.pid if launch._server is not None else None
    found = []
    for child in psutil.Process().children(recursive=True):
        try:
            if child.pid in before or child.pid == server:
                continue
            found.append({"pid": child.pid, "name": child.name(), "status": child.status()})
        except psutil.NoSuchProcess:
            pass
    return found


def _wait_for(condition, deadline_s: float, poll_s: float = 0.2):
    """Poll ``condition`` until it returns something falsy or the deadline passes; return its last value."""
    end = time.monotonic() + deadline_s
    while True:
        value = condition()
        if not value or time.monotonic() > end:
            return value
        time.sleep(poll_s)


def _gradebook_view(course: Course) -> dict[str, dict]:
    """What the real gradebook says: total and per-cell scores of each student."""
    from nbgrader.api import Gradebook, MissingEntry

    view = {}
    with Gradebook(course.db_url, COURSE_ID) as gradebook:
        for student in gradebook.students:
            try:
                submission = gradebook.find_submission(ASSIGNMENT, student.id)
            except MissingEntry:
                continue
            cells = {g.name: float(g.score) for nb in submission.notebooks for g in nb.grades}
            view[student.id] = {"score": round(float(submission.score), 4), "cells": cells}
    return view


def _exports_view(course: Course, folder: Path) -> dict[str, dict]:
    """The scores of every export: grades.csv, grades.json, canvas.csv."""
    csv_path, json_path = export(course, folder, log=lambda *_: None)
    view: dict[str, dict] = {}
    with open(csv_path, newline="") as handle:
        for row in csv.DictReader(handle):
            view.setdefault(row["student"], {})["csv"] = (float(row["score"]), row["status"])
    for row in json.loads(json_path.read_text()):
        view.setdefault(row["student"], {})["json"] = (float(row["score"]), row["status"])
    with open(folder / "canvas.csv", newline="") as handle:
        rows = list(csv.reader(handle))
    column = rows[0].index(ASSIGNMENT)
    for row in rows[2:]:
        view.setdefault(row[0], {})["canvas"] = float(row[column])
    return view


def _records_view(course: Course) -> dict[str, dict]:
    return {
        r.student: {
            "score": r.score,
            "status": r.status,
            "cells": {k: v["score"] for k, v in r.cells.items()},
        }
        for r in load_records(course)
        if r.assignment == ASSIGNMENT
    }


def _cleanup(mark: str, roots: list[Path], since: float) -> None:
    """Safety net after a failed containment: end the attack's processes, undo its writes."""
    for process in _marked_processes(mark):
        try:
            os.kill(process["pid"], signal.SIGKILL)
        except OSError:
            pass
    comment = f"# {mark}"
    for path in _marked_files(roots, mark, since):
        try:
            if mark in os.path.basename(path):
                if os.path.isdir(path):
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    os.unlink(path)
                continue
            text = Path(path).read_text()
            kept = [line for line in text.split("\n") if comment not in line and mark not in line]
            Path(path).write_text(
                "\n".join(kept).rstrip("\n") + "\n" if text.endswith("\n") else "\n".join(kept)
            )
        except (OSError, UnicodeDecodeError):
            pass


# --- the batch -----------------------------------------------------------------------------------------


@dataclass
class Batch:
    course: Course
    base: Path
    mark: str
    records: dict  # student -> GradeRecord, as grade returned them
    observed: dict  # student -> {kind: observation}
    wall_s: float
    evidence: dict = field(default_factory=dict)


def _build(course: Course, inbox: Path, rev: str, known: list[str]) -> None:
    source = nbs.read_notebook(course.source_notebook(ASSIGNMENT))
    released = nbs.read_notebook(course.release_notebook(ASSIGNMENT))
    for student, (kind, attack, where) in SUBMISSIONS.items():
        notebook = nbformat.from_dict(json.loads(json.dumps(sample_notebook(source, released, kind))))
        path = inbox / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
        if where == "nbformat3":
            path.parent.mkdir(parents=True)
            path.write_text(nbformat.writes(nbformat.convert(notebook, 3), version=3), encoding="utf-8")
            continue
        if where == "locked_tampered":  # a failing test cell made raw, another test's points raised
            for cell in notebook.cells:
                if nbs.grade_id(cell) == "test_rnn_forward":
                    cell.cell_type = "raw"
                    cell.pop("outputs", None)
                    cell.pop("execution_count", None)
                if nbs.grade_id(cell) == "test_lstm_forward":
                    cell.metadata["nbgrader"]["points"] = 100
        if attack is not None:
            code = attacks.attack_source(attack, rev, PREFIX, known)
            if where == "end":
                notebook.cells.append(nbformat.v4.new_code_cell(code))
            elif where == "thief":  # steals in the first answer cell, uses the loot in every answer cell
                answers = [c for c in notebook.cells if nbs.is_solution(c)]
                answers[0].source = answers[0].source.rstrip("\n") + "\n\n" + code
                for cell in answers:
                    cell.source = cell.source.rstrip("\n") + "\n" + attacks.steal_each(nbs.grade_id(cell))
            else:
                how, grade_id = where.split(":")
                cell = next(c for c in notebook.cells if nbs.grade_id(c) == grade_id)
                if how == "append":
                    cell.source = cell.source.rstrip("\n") + "\n\n" + code
                else:
                    notebook.cells.insert(notebook.cells.index(cell) + 1, nbformat.v4.new_code_cell(code))
        nbs.write_notebook(notebook, path)


def _new_course(folder: Path) -> Course:
    course = Course(folder)
    (course.source / ASSIGNMENT).mkdir(parents=True)
    shutil.copytree(Course().source / ASSIGNMENT, course.source / ASSIGNMENT, dirs_exist_ok=True)
    shutil.copy(Course().root / "nbgrader_config.py", course.root)
    return course


@pytest.fixture(scope="module")
def batch():
    reason = sandbox.probe()
    if reason:
        pytest.skip(f"this machine cannot contain learner code: {reason}")
    mark = "sqx" + secrets.token_hex(6)  # 15 characters: the whole of it fits in a process name
    base = PROJECT_ROOT / f".isolation-{os.getpid()}-{mark[3:9]}"
    home = Path(os.path.expanduser("~"))
    scan_roots = [
        Path(p)
        for p in {PROJECT_ROOT, Path(sys.prefix), home, Path("/tmp"), Path("/var/tmp"), Path("/dev/shm")}
    ]
    scan_roots = [p for p in scan_roots if not any(p != q and q in p.parents for q in scan_roots)]
    started_wall = time.time()
    try:
        course = _new_course(base / "course")
        inbox = base / "inbox"
        release(course, [ASSIGNMENT], log=lambda *_: None)
        known = [str(course.root.resolve()), str(inbox.resolve())]
        _build(course, inbox, mark[::-1], known)

        venv_and_stdlib = [Path(sys.prefix), Path(sysconfig.get_paths()["stdlib"])]
        project_code = [PROJECT_ROOT / "utils", PROJECT_ROOT / "autograder"]
        pids_before = set(psutil.pids())
        hashes_before = _content_hashes(project_code)
        stats_before = _stat_fingerprint(venv_and_stdlib)
        started_wall = time.time()
        started = time.monotonic()
        messages: list[str] = []
        returned = grade(course, inbox, jobs=2, limits=LIMITS, force=True, log=messages.append)
        wall_s = time.monotonic() - started
        hashes_after = _content_hashes(project_code)
        stats_after = _stat_fingerprint(venv_and_stdlib)

        evidence: dict = {"log": messages}
        evidence["project_code_diff"] = _diff(hashes_before, hashes_after)
        evidence["venv_diff"] = _diff(stats_before, stats_after)
        evidence["processes_marked"] = _wait_for(lambda: _marked_processes(mark), PROCESS_DEADLINE_S)
        evidence["processes_in_task_cgroups"] = _wait_for(
            lambda: _in_task_cgroups(os.getpid()), PROCESS_DEADLINE_S
        )
        evidence["new_descendants"] = _wait_for(lambda: _new_descendants(pids_before), PROCESS_DEADLINE_S)
        evidence["task_cgroup_folders"] = _task_cgroup_folders(os.getpid())
        evidence["new_nobody_processes"] = [
            p.info
            for p in psutil.process_iter(["pid", "name", "uids"])
            if p.info["pid"] not in pids_before and p.info["uids"] and p.info["uids"].real == sandbox.NOBODY
        ]
        evidence["records_now"] = _records_view(course)
        evidence["gradebook_now"] = _gradebook_view(course)
        evidence["exports_now"] = _exports_view(course, base / "exports-now")
        time.sleep(LATE_WRITER_WINDOW_S)  # not a synchronisation: a window for a late writer to show itself
        evidence["records_later"] = _records_view(course)
        evidence["gradebook_later"] = _gradebook_view(course)
        evidence["exports_later"] = _exports_view(course, base / "exports-later")
        evidence["marked_files"] = _marked_files(scan_roots, mark, since=started_wall - 2)
        evidence["nobody_files"] = _nobody_files(
            [PROJECT_ROOT / d for d in ("utils", "autograder", "datasets", "tests")] + [Path(sys.prefix)]
        )

        observed = {}
        for student in SUBMISSIONS:
            path = course.autograded / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
            observed[student] = attacks.observations(json.loads(path.read_text())) if path.is_file() else {}
        result = Batch(course, base, mark, {r.student: r for r in returned}, observed, wall_s, evidence)
        if os.environ.get("ISOLATION_DUMP"):  # everything the tests read, for a person to look at
            dump = {"observed": observed, "evidence": evidence, "records": [r.to_dict() for r in returned]}
            Path(os.environ["ISOLATION_DUMP"]).write_text(json.dumps(dump, indent=1, default=str))
        print(f"isolation batch: {len(returned)} submissions graded in {wall_s:.0f} s")
        for record in returned:
            print(
                f"  {record.student}: {record.status} {record.score:g}/{record.max_score:g} {record.message}"
            )
        yield result
    finally:
        _cleanup(mark, scan_roots, since=started_wall - 2)
        shutil.rmtree(base, ignore_errors=True)


def _partial(batch: Batch):
    return batch.records[f"{PREFIX}_partial"]


def _observation(batch: Batch, student: str, kind: str) -> dict:
    seen = batch.observed[student]
    assert kind in seen, f"{student} printed no {kind!r} observation: {seen}"
    return seen[kind]


# --- honest controls -----------------------------------------------------------------------------------


def test_the_batch_grades_every_submission(batch):
    assert set(batch.records) == set(SUBMISSIONS), batch.evidence["log"]


def test_the_complete_control_gets_full_marks_and_is_clean(batch):
    record = batch.records[f"{PREFIX}_complete"]
    assert (record.status, record.score, record.max_score) == ("graded", 100, 100), record
    assert record.integrity == "clean", record.integrity_reasons


def test_the_honest_wrong_control_gets_its_honest_score(batch):
    record = _partial(batch)
    assert record.status == "graded" and record.integrity == "clean", record
    assert 0 < record.score < record.max_score
    failed = [name for name, cell in record.cells.items() if cell["score"] < cell["max_score"]]
    assert failed, "the partial sample should fail some tests"


@pytest.mark.parametrize(
    "student",
    [s for s, (kind, attack, _) in SUBMISSIONS.items() if kind == "partial" and attack and s != THIEF],
)
def test_an_attack_earns_exactly_its_honest_score(batch, student):
    """Built on the partial sample: same status, same score cell by cell, whatever the attack did."""
    record, honest = batch.records[student], _partial(batch)
    assert record.status == "graded", (record.status, record.message)
    assert {k: v["score"] for k, v in record.cells.items()} == {
        k: v["score"] for k, v in honest.cells.items()
    }, record.cells
    assert record.score == honest.score


# --- the gradebook, the records and the exports --------------------------------------------------------


def test_records_are_what_grade_returned(batch):
    for moment in ("records_now", "records_later"):
        view = batch.evidence[moment]
        assert set(view) == set(SUBMISSIONS)
        for student, record in batch.records.items():
            assert view[student]["score"] == record.score, (moment, student, view[student])
            assert view[student]["status"] == record.status, (moment, student)
            assert view[student]["cells"] == {k: v["score"] for k, v in record.cells.items()}, (
                moment,
                student,
            )


@pytest.mark.parametrize("moment", ["now", "later"])
def test_the_gradebook_equals_the_records(batch, moment):
    gradebook, records = batch.evidence[f"gradebook_{moment}"], batch.evidence[f"records_{moment}"]
    assert set(gradebook) == set(records)
    for student, record in records.items():
        assert gradebook[student]["score"] == record["score"], (student, gradebook[student], record)
        assert gradebook[student]["cells"] == record["cells"], student


@pytest.mark.parametrize("moment", ["now", "later"])
def test_every_export_equals_the_records(batch, moment):
    exports, records = batch.evidence[f"exports_{moment}"], batch.evidence[f"records_{moment}"]
    assert set(exports) == set(records)
    for student, record in records.items():
        row = exports[student]
        assert row["csv"] == (record["score"], record["status"]), (student, row, record)
        assert row["json"] == (record["score"], record["status"]), (student, row, record)
        assert row["canvas"] == record["score"], (student, row, record)


# --- 1 and 2: daemons after the gradebooks ------------------------------------------------------------


def test_the_gradebook_daemon_saw_no_gradebook_it_could_write(batch):
    seen = _observation(batch, f"{PREFIX}_gradebook_daemon", "gradebook_daemon")
    course_root, inbox = (str(batch.course.root.resolve()), str((batch.base / "inbox").resolve()))
    writable = [db for db in seen["dbs"] if db.get("writable")]
    assert not writable, writable
    hidden = [db["path"] for db in seen["dbs"] if db["path"].startswith((course_root, inbox, "/tmp"))]
    assert not hidden, f"saw the coordinator's or a task's gradebook: {hidden}"
    # hidden: an empty folder, or absent under the hidden project
    assert all(v in ([], "absent") for v in seen["known"].values()), seen["known"]
    assert set(seen["known"]) == {course_root, inbox}
    assert not [p for p, outcome in seen["records"].items() if outcome == "rewritten"], seen["records"]
    for link, outcome in seen["ancestors"].items():  # /proc/<init>/cwd: another user's, not followed
        assert isinstance(outcome, str) and "Permission" in outcome, (link, outcome)
    assert 1 in seen["pids_seen"] and len(seen["pids_seen"]) < 20, seen["pids_seen"]  # its own namespace


def test_the_own_gradebook_daemon_found_no_gradebook_and_no_hidden_tests(batch):
    seen = _observation(batch, f"{PREFIX}_own_gradebook_daemon", "own_gradebook_daemon")
    assert seen["dbs"] == [], seen["dbs"]
    assert seen["notebooks_and_gradebooks_seen"] == [], seen["notebooks_and_gradebooks_seen"]
    for folder, listing in seen["around"].items():
        assert not isinstance(listing, list) or not {"gradebook.db", "nbgrader_config.py", "submitted"} & set(
            listing
        ), (folder, listing)


# --- 3: writes a later process would read -------------------------------------------------------------

PROTECTED_WRITES = (
    "utils.testing (append)",
    "utils/ new module",
    "utils/__pycache__ new file",
    "autograder/ new module",
    "project root new file",
    "datasets new file",
    "site-packages .pth",
    "site-packages sitecustomize.py (append)",
    "numpy/__init__.py (append)",
    "stdlib sitecustomize.py (append)",
    "matplotlib package rc (append)",
    "venv bin new file",
)


def test_writes_to_the_project_and_the_environment_are_refused(batch):
    seen = _observation(batch, f"{PREFIX}_writes", "writes")
    assert (seen["uid"], seen["gid"]) == (sandbox.NOBODY, sandbox.NOBODY)
    written = {
        label: seen["outcomes"][label] for label in PROTECTED_WRITES if seen["outcomes"][label] == "written"
    }
    assert not written, written
    # The kernel's home, the grader's home, /tmp and the known course folders are private tmpfs folders in
    # its view: a write there may succeed and must leave nothing behind (test_nothing_the_batch_wrote...).
    print(json.dumps(seen["outcomes"], indent=1))


def test_nothing_the_batch_wrote_is_left_anywhere(batch):
    """No file under the project, the venv, the grader's home or the temporary folders carries the marker."""
    assert batch.evidence["marked_files"] == [], batch.evidence["marked_files"]
    assert batch.evidence["nobody_files"] == [], batch.evidence["nobody_files"]


def test_the_project_code_and_the_environment_are_unchanged(batch):
    """Content hashes of utils/ and autograder/, change times of the venv and the standard library.

    Another engineer saving a file of utils/ or autograder/ during the batch would show here too: the
    marker test above tells an attack from such an edit."""
    assert batch.evidence["project_code_diff"] == [], batch.evidence["project_code_diff"]
    assert batch.evidence["venv_diff"] == [], batch.evidence["venv_diff"]


def test_ways_around_the_read_only_view_fail(batch):
    seen = _observation(batch, f"{PREFIX}_escapes", "escapes")
    userns = seen["userns"]
    if userns.get("unshare") == "ok":  # a user namespace of its own: its "root" must still change nothing
        granted = {
            k: v
            for k, v in userns.items()
            if k.startswith(("umount", "remount", "release_agent")) and v == "ok"
        }
        assert not granted, granted
        assert userns.get("write utils after") != "written", userns
        assert all(v in ([], "absent") for v in userns["known after"].values()), userns["known after"]
    scratch = seen["cwd"]
    for fd, entry in seen["descriptors"].items():
        if entry.get("create inside") == "written":
            assert entry["target"].startswith(scratch) or entry["target"].startswith("/tmp"), (fd, entry)
    for key in ("/proc/1/cwd", "/proc/1/root", "/proc/1/fd"):
        assert isinstance(seen[key], str), (key, seen[key])
    assert "PermissionError" in seen["kill init"], seen["kill init"]
    assert not [k for k, v in seen["cgroup writes"].items() if v == "written"], seen["cgroup writes"]
    assert seen["hostname"] == "grading"


# --- 4 and 5: processes ---------------------------------------------------------------------------------


def test_a_fork_bomb_meets_the_process_limit_and_gets_a_clear_status(batch):
    record = batch.records[f"{PREFIX}_fork_bomb"]
    assert record.status == "processes", (record.status, record.message)
    assert f"process limit ({LIMITS.processes})" in record.message, record.message
    seen = _observation(batch, f"{PREFIX}_fork_bomb", "fork_bomb")
    assert 0 < seen["forked"] < LIMITS.processes, seen
    assert seen["error"] and "Resource temporarily unavailable" in seen["error"], seen
    assert seen["lift"].get("pids.max") != "written", seen["lift"]
    complete = batch.records[f"{PREFIX}_complete"]
    assert record.cells == complete.cells  # every test ran before the bomb: no point lost, none gained


def test_detached_processes_were_started(batch):
    seen = _observation(batch, f"{PREFIX}_spray", "spray")
    started = seen["started"]
    assert len(started["forked sleepers"]) == 3 and started["double-fork daemon"] == "started"
    assert isinstance(started["setsid child"], int) and isinstance(started["new session"], int), started
    assert len(seen["visible_pids"]) < 30, seen["visible_pids"]  # only its own namespace


def test_no_process_started_by_the_batch_is_alive(batch):
    """Walking /proc: no process carries the marker (name or environment), none is left in a task's
    cgroup, no new process hangs below this one but the fork server, and the task cgroups are gone."""
    assert batch.evidence["processes_marked"] == [], batch.evidence["processes_marked"]
    assert batch.evidence["processes_in_task_cgroups"] == [], batch.evidence["processes_in_task_cgroups"]
    assert batch.evidence["new_descendants"] == [], batch.evidence["new_descendants"]
    assert batch.evidence["task_cgroup_folders"] == [], batch.evidence["task_cgroup_folders"]


# --- a later run -----------------------------------------------------------------------------------------


def test_a_second_grade_run_in_a_new_process_gives_the_honest_score(batch):
    """What the batch could have changed for later runs (utils, site-packages, startup files) did not
    happen: a fresh ``python -m autograder grade`` grades the honest wrong submission as before."""
    course = _new_course(batch.base / "second" / "course")
    inbox = batch.base / "second" / "inbox"
    student = f"{PREFIX}_partial"
    shutil.copytree(batch.base / "inbox" / student, inbox / student)
    command = [
        sys.executable,
        "-m",
        "autograder",
        "--course",
        str(course.root),
        "grade",
        str(inbox),
        "--jobs",
        "1",
        "--cell-timeout",
        str(LIMITS.cell_timeout),
        "--notebook-timeout",
        str(LIMITS.notebook_timeout),
    ]
    run = subprocess.run(
        command, cwd=PROJECT_ROOT, env=quiet_env(), capture_output=True, text=True, timeout=900
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    (record,) = load_records(course)
    honest = _partial(batch)
    assert (record.student, record.status, record.integrity) == (student, "graded", "clean"), record
    assert record.score == honest.score and record.cells == honest.cells, (record.cells, honest.cells)


# --- issue 14's small ones ------------------------------------------------------------------------------


def test_an_nbformat_3_notebook_is_converted_and_graded(batch):
    record = batch.records[f"{PREFIX}_nbformat3"]
    assert (record.status, record.score, record.max_score) == ("graded", 100, 100), record
    assert any("nbformat 3" in note and "converted" in note for note in record.notes), record.notes


def test_locked_cells_with_a_changed_type_or_raised_points_are_restored_and_noted(batch):
    record, honest = batch.records[f"{PREFIX}_locked_tampered"], _partial(batch)
    assert record.status == "graded", (record.status, record.message)
    assert record.cells == honest.cells and record.score == honest.score and record.max_score == 100
    notes = " | ".join(record.notes)
    assert "test_rnn_forward" in notes and "cell type was changed to raw; restored" in notes, notes
    assert "test_lstm_forward" in notes and "points 8 -> 100" in notes, notes


# --- 6: the answers and hidden tests on disk (last: see the report of issue 14's suite) --------------


def test_the_kernel_finds_no_solution_and_no_hidden_test_on_disk(batch):
    """The reference solutions and hidden tests live in source notebooks, gradebooks and the project's git
    history; none of them may be readable by learner code, wherever the course being graded lives."""
    seen = _observation(batch, THIEF, "solution_thief")
    assert seen["notebooks"] == [], f"source notebooks with the solutions readable: {seen['notebooks']}"
    assert seen["git"] != "read", "the project's git history (source notebooks with solutions) is readable"
    assert seen["gradebooks_with_hidden_tests"] == {}, seen["gradebooks_with_hidden_tests"]


def test_stolen_solutions_earn_nothing(batch):
    record, honest = batch.records[THIEF], _partial(batch)
    assert record.status == "graded", (record.status, record.message)
    assert record.score == honest.score, (
        f"{record.score:g} instead of the honest {honest.score:g}, with solutions taken from "
        f"{batch.observed[THIEF].get('solution_thief', {}).get('from')}"
    )
