"""The grading pipeline end to end on the toy course: one batch of good and bad submissions.

One batch covers every bad-input case of the foundation issue; each test then reads its row. The batch
takes one to three minutes (a kernel per submission), so it is marked slow; ``tests/test_cli.py`` grades a
complete and a blank toy submission in the quick subset.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import nbformat
import pytest

from autograder import notebooks as nbs
from autograder.course import Course
from autograder.demo import sample_notebook
from autograder.grade import format_table, grade
from autograder.launch import private_network_available
from autograder.release import release
from autograder.reports import export, feedback
from autograder.task import Limits
from tests.toycourse import ASSIGNMENT, make_course

pytestmark = pytest.mark.slow

CELL_TIMEOUT = 6
NOTEBOOK_TIMEOUT = 25
MEMORY_GIB = 1.0


def _samples(course: Course) -> tuple[nbformat.NotebookNode, nbformat.NotebookNode]:
    source = nbs.read_notebook(course.source_notebook(ASSIGNMENT))
    released = nbs.read_notebook(course.release_notebook(ASSIGNMENT))
    return sample_notebook(source, released, "complete"), sample_notebook(source, released, "blank")


def _cell(notebook, grade_id):
    return next(c for c in notebook.cells if nbs.grade_id(c) == grade_id)


def _write(
    root: Path, student: str, notebook=None, *, name=f"{ASSIGNMENT}.ipynb", raw: bytes | None = None
) -> None:
    folder = root / student / ASSIGNMENT
    folder.mkdir(parents=True, exist_ok=True)
    if raw is not None:
        (folder / name).write_bytes(raw)
    elif notebook is not None:
        nbformat.write(notebook, str(folder / name))


# What a kernel can see of how it was started; checked in test_kernels_start_warm_and_alike.
KERNEL_FACTS = """\
import json, os, sys
facts = {
    "keras_before_import": "keras" in sys.modules,
    "pid": os.getpid(), "sid": os.getsid(0), "pgid": os.getpgid(0),
    "ppid": os.getppid(), "parent_env": os.environ.get("JPY_PARENT_PID"),
    "cwd": os.getcwd(), "path": sys.path, "net": os.readlink("/proc/self/ns/net"),
    "pidns": os.readlink("/proc/self/ns/pid"), "mntns": os.readlink("/proc/self/ns/mnt"),
    "uid": os.getuid(), "gid": os.getgid(), "groups": os.getgroups(), "home": os.environ.get("HOME"),
}
import matplotlib
facts["backend"] = matplotlib.get_backend()
print("FACTS " + json.dumps(facts))
"""


def build_submissions(course: Course, root: Path) -> None:
    complete, blank = _samples(course)
    _write(root, "complete", complete)
    _write(root, "blank", blank)
    _write(root, "not_a_notebook", raw=b"print('I am a Python script')\n")
    _write(root, "invalid_json", raw=json.dumps(complete)[:-40].encode())
    _write(root, "binary", raw=bytes(range(256)) * 4)
    (root / "missing" / ASSIGNMENT).mkdir(parents=True)
    (root / "missing" / ASSIGNMENT / "notes.txt").write_text("forgot the notebook")
    _write(root, "misnamed", complete, name=f"{ASSIGNMENT} (1).ipynb")

    deleted = nbformat.from_dict(json.loads(json.dumps(complete)))
    deleted.cells = [c for c in deleted.cells if not nbs.is_test(c)]
    _write(root, "deleted_tests", deleted)

    # wrong answer + test cells replaced by `pass`: the tests must come back and fail
    edited = nbformat.from_dict(json.loads(json.dumps(complete)))
    _cell(edited, "add").source = "def add(a, b):\n    return a - b\n"
    for cell in edited.cells:
        if nbs.is_test(cell):
            cell.source = "pass"
    _write(root, "edited_tests", edited)

    # tests moved before the answers: the release order comes back and the right answers earn full marks
    reordered = nbformat.from_dict(json.loads(json.dumps(complete)))
    tests = [c for c in reordered.cells if nbs.is_test(c)]
    reordered.cells = tests + [c for c in reordered.cells if not nbs.is_test(c)]
    _write(root, "reordered", reordered)

    # the answer cell duplicated; the learner's later copy (wrong) is what their kernel would use
    duplicated = nbformat.from_dict(json.loads(json.dumps(complete)))
    copy = nbformat.from_dict(json.loads(json.dumps(_cell(duplicated, "add"))))
    copy.source = "def add(a, b):\n    return a * b\n"
    duplicated.cells.insert(duplicated.cells.index(_cell(duplicated, "add")) + 1, copy)
    _write(root, "duplicated", duplicated)

    looping = nbformat.from_dict(json.loads(json.dumps(complete)))
    _cell(looping, "add").source = "def add(a, b):\n    while True:\n        pass\n"
    _write(root, "infinite_loop", looping)

    import_error = nbformat.from_dict(json.loads(json.dumps(complete)))
    import_error.cells.insert(1, nbformat.v4.new_code_cell("import a_package_that_does_not_exist"))
    _write(root, "import_error", import_error)

    crash = nbformat.from_dict(json.loads(json.dumps(complete)))
    _cell(crash, "scale").source += "\nimport os\nos._exit(3)\n"
    _write(root, "kernel_exit", crash)

    slow = nbformat.from_dict(json.loads(json.dumps(complete)))
    for _ in range(6):  # each cell stays under the cell limit, together they pass the notebook limit
        slow.cells.insert(1, nbformat.v4.new_code_cell("import time\ntime.sleep(5)"))
    _write(root, "too_slow", slow)

    facts = nbformat.from_dict(json.loads(json.dumps(complete)))
    facts.cells.insert(1, nbformat.v4.new_code_cell(KERNEL_FACTS))
    _write(root, "kernel_facts", facts)

    bomb = nbformat.from_dict(json.loads(json.dumps(complete)))
    position = bomb.cells.index(_cell(bomb, "test_add")) + 1
    bomb.cells.insert(
        position,
        nbformat.v4.new_code_cell("hoard = []\nwhile True:\n    hoard.append(bytearray(50 * 2**20))"),
    )
    _write(root, "memory_bomb", bomb)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    base = tmp_path_factory.mktemp("toy")
    course = Course(make_course(base / "course"))
    release(course, log=lambda *_: None)
    build_submissions(course, base / "inbox")
    limits = Limits(cell_timeout=CELL_TIMEOUT, notebook_timeout=NOTEBOOK_TIMEOUT, memory_gib=MEMORY_GIB)
    messages: list[str] = []
    records = grade(course, base / "inbox", jobs=2, limits=limits, log=messages.append)
    print(format_table(records))
    return course, {r.student: r for r in records}, base, limits


def test_the_batch_grades_every_submission(graded):
    _, records, _, _ = graded
    assert len(records) == 17


def test_complete_gets_full_marks_despite_stderr_output(graded):
    _, records, _, _ = graded
    assert (records["complete"].status, records["complete"].score, records["complete"].max_score) == (
        "graded",
        5,
        5,
    )


def test_blank_gets_zero(graded):
    record = graded[1]["blank"]
    assert (record.status, record.score) == ("graded", 0)
    assert all(cell["score"] == 0 for cell in record.cells.values()) and len(record.cells) == 2


@pytest.mark.parametrize(
    "student, status, text",
    [
        ("not_a_notebook", "invalid", "not valid JSON"),
        ("invalid_json", "invalid", "not valid JSON"),
        ("binary", "invalid", "not UTF-8"),
        ("missing", "missing", "expected toy.ipynb"),
    ],
)
def test_unusable_files_get_a_clear_status_and_zero(graded, student, status, text):
    record = graded[1][student]
    assert record.status == status and record.score == 0 and record.max_score == 5
    assert text in record.message


def test_a_misnamed_notebook_is_graded_and_noted(graded):
    record = graded[1]["misnamed"]
    assert (record.status, record.score) == ("graded", 5)
    assert any("named toy (1).ipynb" in note for note in record.notes)


def test_deleted_test_cells_are_restored(graded):
    record = graded[1]["deleted_tests"]
    assert (record.status, record.score) == ("graded", 5)
    assert any("test cell test_add was deleted" in note for note in record.notes)
    assert record.integrity == "clean"  # deleting a cell can be an accident; it is repaired and noted


def test_edited_test_cells_are_restored_and_fail_a_wrong_answer(graded):
    record = graded[1]["edited_tests"]
    assert record.status == "graded"
    assert record.cells["test_add"]["score"] == 0
    assert record.cells["test_scale"]["score"] == 0  # scale reuses the wrong add
    assert any("test cell test_add was edited" in note for note in record.notes)
    assert record.integrity == "suspicious"  # changing a test is tampering, whatever the answer


def test_reordered_cells_are_put_back(graded):
    record = graded[1]["reordered"]
    assert (record.status, record.score) == ("graded", 5)
    assert any("re-ordered" in note for note in record.notes)
    assert record.integrity == "clean"


def test_a_duplicated_answer_cell_is_noted_and_the_later_copy_counts(graded):
    record = graded[1]["duplicated"]
    assert record.status == "graded" and record.cells["test_add"]["score"] == 0
    assert any("appears twice" in note for note in record.notes)


def test_an_infinite_loop_costs_only_the_cells_that_hang(graded):
    record = graded[1]["infinite_loop"]
    assert record.status == "graded", record.message
    assert record.score == 0 and record.seconds < NOTEBOOK_TIMEOUT


def test_an_import_error_in_an_extra_cell_costs_nothing(graded):
    record = graded[1]["import_error"]
    assert (record.status, record.score) == ("graded", 5)


def test_a_kernel_that_exits_keeps_the_points_earned_before(graded):
    record = graded[1]["kernel_exit"]
    assert record.status == "error" and "the kernel died in cell scale" in record.message
    assert record.cells["test_add"]["score"] == 2 and record.score == 2


def test_a_memory_bomb_is_stopped_and_named(graded):
    record = graded[1]["memory_bomb"]
    assert record.status == "memory", record.message
    assert f"memory limit {MEMORY_GIB:g} GiB exceeded in cell #" in record.message
    assert record.cells["test_add"]["score"] == 2 and record.score == 2


def test_the_notebook_time_limit_stops_a_slow_submission(graded):
    record = graded[1]["too_slow"]
    assert record.status == "timeout" and record.score == 0
    assert f"{NOTEBOOK_TIMEOUT} s limit in cell #" in record.message


def test_gradebook_export_and_feedback_agree(graded, tmp_path):
    course, records, _, _ = graded
    csv_path, json_path = export(course, tmp_path, log=lambda *_: None)
    rows = {row["student"]: row for row in json.loads(json_path.read_text())}
    assert rows.keys() == records.keys()
    assert rows["complete"]["score"] == 5 and rows["blank"]["score"] == 0
    assert "complete,toy,5,5,100.0,graded" in csv_path.read_text()
    assert (
        json.loads((tmp_path / "submissions" / ASSIGNMENT / "complete.json").read_text())["integrity"]
        == "clean"
    )
    canvas = (tmp_path / "canvas.csv").read_text().splitlines()
    assert canvas[0] == "Student,ID,SIS User ID,SIS Login ID,Section,toy"
    assert canvas[1].endswith(",5") and "complete,,complete,complete,,5" in canvas
    assert "complete" in (tmp_path / "nbgrader_grades.csv").read_text()
    written = feedback(course, log=lambda *_: None)
    html = (course.feedback / "complete" / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text()
    assert written and "arange, -2" not in html  # hidden test code is not shown to learners
    assert "hidden tests ran here" in html
    assert "Grading report" in html and "Integrity: <strong>clean</strong>" in html


def test_regrading_skips_unchanged_submissions(graded):
    course, records, base, limits = graded
    again = grade(
        course, base / "inbox", jobs=2, limits=limits, assignments=[ASSIGNMENT], log=lambda *_: None
    )
    redone = {r.student: r for r in again}
    assert redone["complete"].graded_at == records["complete"].graded_at
    assert redone["complete"].score == 5


def test_a_zip_of_submissions_is_graded(graded, tmp_path):
    course, _, base, limits = graded
    archive = tmp_path / "class.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for student in ("complete", "blank"):
            path = base / "inbox" / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
            zf.write(path, f"submitted/{student}/{ASSIGNMENT}/{ASSIGNMENT}.ipynb")
    records = {
        r.student: r for r in grade(course, archive, jobs=2, limits=limits, force=True, log=lambda *_: None)
    }
    assert (records["complete"].score, records["blank"].score) == (5, 0)


def test_a_zip_that_escapes_its_folder_is_refused(graded, tmp_path):
    from autograder.course import ToolError

    course, _, _, limits = graded
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../../evil/toy/toy.ipynb", "{}")
    with pytest.raises(ToolError, match="outside the archive"):
        grade(course, archive, limits=limits, log=lambda *_: None)


def _normal_kernel_path() -> list[str]:
    """sys.path in a kernel jupyter_client starts the usual way, from the same interpreter."""
    from jupyter_client.manager import start_new_kernel

    manager, client = start_new_kernel(kernel_name="python3")
    printed: list[str] = []

    def keep(message):
        if message["msg_type"] == "stream":
            printed.append(message["content"]["text"])

    try:
        client.execute_interactive(
            "import json, sys; print(json.dumps(sys.path))", output_hook=keep, timeout=60
        )
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    return json.loads("".join(printed))


def test_kernels_start_warm_and_alike(graded):
    """The kernel was forked with Keras loaded, yet it runs as a kernel nbgrader starts would."""
    course, records, _, _ = graded
    assert records["kernel_facts"].status == "graded"
    assert records["kernel_facts"].score == records["kernel_facts"].max_score
    notebook = nbs.read_notebook(course.autograded / "kernel_facts" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
    text = "".join(o.get("text", "") for c in notebook.cells for o in c.get("outputs", []))
    facts = json.loads(text.split("FACTS ", 1)[1].splitlines()[0])
    assert facts["keras_before_import"], "the kernel was not started from the warm template"
    # Contained (autograder.sandbox): PID 2 of its own PID namespace under an init (PID 1), in the
    # session and process group its supervisor leads outside the namespace (so seen as 0), as nobody.
    assert (facts["pid"], facts["ppid"], facts["sid"], facts["pgid"]) == (2, 1, 0, 0)
    assert facts["pidns"] != os.readlink("/proc/self/ns/pid")
    assert facts["mntns"] != os.readlink("/proc/self/ns/mnt")
    assert (facts["uid"], facts["gid"], facts["groups"]) == (65534, 65534, [])
    assert facts["parent_env"] is None, "ipykernel would take init for a dead parent"
    assert facts["home"] != str(Path.home()), "learner code must not see or write the grader's home"
    assert Path(facts["cwd"]).parts[-3:] == ("autograded", "kernel_facts", ASSIGNMENT)
    assert facts["path"] == _normal_kernel_path(), "sys.path differs from a kernel started normally"
    assert facts["backend"] == "module://matplotlib_inline.backend_inline"
    if private_network_available():
        assert facts["net"] != os.readlink("/proc/self/ns/net"), "the kernel left the private network"


def test_a_kernel_started_cold_is_contained_too(graded, tmp_path, monkeypatch):
    """With nothing preloaded (AUTOGRADER_KERNEL_PRELOAD=""), the kernel still starts from its template,
    inside the sandbox, and grades as a warm one does."""
    from autograder import launch

    course, records, base, limits = graded
    inbox = tmp_path / "inbox"
    source = base / "inbox" / "complete" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    (inbox / "cold" / ASSIGNMENT).mkdir(parents=True)
    (inbox / "cold" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").write_bytes(source.read_bytes())
    monkeypatch.setenv("AUTOGRADER_KERNEL_PRELOAD", "")
    launch.stop_server()  # the next server reads the setting
    try:
        (record,) = grade(course, inbox, jobs=1, limits=limits, log=lambda *_: None)
    finally:
        monkeypatch.delenv("AUTOGRADER_KERNEL_PRELOAD")
        launch.stop_server()
    assert (record.status, record.score, record.integrity) == (
        "graded",
        records["complete"].max_score,
        "clean",
    )
