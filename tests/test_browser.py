"""The course in a real browser: JupyterLab for learners, the formgrader and feedback for instructors.

Headless Chromium (Debian's ``chromium`` and ``chromium-driver``) driven by selenium, against JupyterLab
started the way the README's guides say (from the course folder, on 127.0.0.1, with a token). One fresh
course in a temporary folder holds ``rnn_step_by_step``, released (to the release folder and nbgrader's
exchange), one graded submission and its feedback. Screenshots go to the folder the test prints. Skipped,
with the reason, where Chromium is absent.

Run with ``make test-browser`` (or ``pytest -m browser``); every wait is on a condition, with a generous
deadline, so a loaded machine makes it slower, not flaky.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import nbformat
import pytest

from autograder import notebooks as nbs
from autograder.config import PROJECT_ROOT
from autograder.preprocessors import title_of_test
from autograder.release import kernel_metadata

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ASSIGNMENT = "rnn_step_by_step"
TOKEN = "seqlab-browser-test"
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--window-size=1400,1000",
    "--autoplay-policy=no-user-gesture-required",  # play() from a script, as no one clicks
    "--mute-audio",  # played all the same (its time advances), but silently
]
# The first exercise of rnn_step_by_step, answered on one line, and a wrong answer (a_next from a_prev only).
ANSWER = (
    "def rnn_cell_forward(xt, a_prev, parameters):\n"
    "    p = parameters\n"
    '    a_next = np.tanh(p["Waa"] @ a_prev + p["Wax"] @ xt + p["ba"])\n'
    '    yt_pred = softmax(p["Wya"] @ a_next + p["by"])\n'
    "    return a_next, yt_pred, (a_next, a_prev, xt, parameters)\n"
)
BROKEN = ANSWER.replace('p["Wax"] @ xt + ', "")
# A scratch notebook in the learner's folder that plays audio the way jazz_lstm does (a tune of the corpus,
# rendered by utils.midi, shown with IPython.display.Audio), without training anything first.
AUDIO_NOTEBOOK = "audio_check.ipynb"
AUDIO_CELL = (
    "from IPython.display import Audio\n\n"
    "from utils import midi\n\n"
    "tune = midi.load_corpus()[0]\n"
    "Audio(midi.render_audio(tune.events[:16], tune.chords), rate=22050)\n"
)


def _chromium() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


def _wait(condition: Callable[[], Any], what: str, deadline_s: float = 240.0, every_s: float = 0.25) -> Any:
    """Poll ``condition`` until it returns something truthy; fail naming ``what`` after the deadline."""
    end = time.monotonic() + deadline_s
    last_error: Exception | None = None
    while time.monotonic() < end:
        try:
            value = condition()
        except Exception as error:  # the page is still loading: try again
            last_error = error
            value = None
        if value:
            return value
        time.sleep(every_s)
    raise AssertionError(f"timed out after {deadline_s:.0f} s waiting for {what} (last error: {last_error})")


def _run(*args: str, cwd: Path, timeout: int = 900) -> str:
    process = subprocess.run(
        [sys.executable, "-m", "autograder", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert process.returncode == 0, f"autograder {' '.join(args)} failed:\n{process.stdout}\n{process.stderr}"
    return process.stdout


@pytest.fixture(scope="module")
def course() -> Iterator[Path]:
    root = make_course()
    yield root
    shutil.rmtree(root.parent, ignore_errors=True)


def make_course() -> Path:
    """A fresh course with rnn_step_by_step released, one complete submission graded, and its feedback."""
    from autograder.course import Course
    from autograder.demo import sample_notebook

    root = Path(tempfile.mkdtemp(prefix="seqlab-browser-")) / "assignments"
    (root / "source").mkdir(parents=True)
    shutil.copytree(PROJECT_ROOT / "assignments" / "source" / ASSIGNMENT, root / "source" / ASSIGNMENT)
    for name in ("course.toml", "nbgrader_config.py"):
        shutil.copy(PROJECT_ROOT / "assignments" / name, root / name)
    # The Validate button runs the notebook under the course's time per cell; a machine busy with other
    # work must make this test slower, not fail it, so this course allows a cell 15 minutes.
    spec = (root / "course.toml").read_text()
    relaxed = re.sub(r"(?m)^cell_timeout_s = \d+", "cell_timeout_s = 900", spec)
    assert relaxed != spec, "course.toml has no cell_timeout_s line to relax"
    (root / "course.toml").write_text(relaxed)
    _run("--course", str(root), "release", ASSIGNMENT, cwd=root)
    local = Course(root)
    source = nbformat.read(local.source_notebook(ASSIGNMENT), as_version=4)
    released = nbformat.read(local.release_notebook(ASSIGNMENT), as_version=4)
    submitted = root / "submitted" / "complete" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    submitted.parent.mkdir(parents=True)
    nbformat.write(sample_notebook(source, released, "complete"), submitted)
    _run("--course", str(root), "grade", str(root / "submitted"), "--trusted", "--jobs", "1", cwd=root)
    _run("--course", str(root), "feedback", cwd=root)
    return root


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def lab(course: Path) -> Iterator[str]:
    yield from start_lab(course)


def start_lab(course: Path) -> Iterator[str]:
    """JupyterLab started from the course folder, as the README says; yields its base URL."""
    port = _free_port()
    state = course.parent / "jupyter"
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(state / "config"),
        "JUPYTER_RUNTIME_DIR": str(state / "runtime"),
        "JUPYTERLAB_WORKSPACES_DIR": str(state / "workspaces"),
        "JUPYTERLAB_SETTINGS_DIR": str(state / "settings"),
    }
    # No "get notified about Jupyter news?" toast over the screenshots (and no request to the network).
    notification = (
        state / "settings" / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    )
    notification.parent.mkdir(parents=True, exist_ok=True)
    notification.write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    log = open(course.parent / "jupyterlab.log", "w")  # noqa: SIM115 - closed below
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "jupyter"),
            "lab",
            "--no-browser",
            "--ip=127.0.0.1",
            f"--port={port}",
            f"--IdentityProvider.token={TOKEN}",
            "--allow-root",
            "--expose-app-in-browser",
            "--ServerApp.port_retries=0",
        ],
        cwd=course,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"

    def ready() -> bool:
        if server.poll() is not None:
            raise RuntimeError(f"JupyterLab exited with {server.returncode}")
        with urllib.request.urlopen(f"{base}/api/status?token={TOKEN}", timeout=5) as response:
            return response.status == 200

    try:
        _wait(ready, "JupyterLab to answer", deadline_s=180)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
        text = (course.parent / "jupyterlab.log").read_text(errors="replace")
        assert "ExchangeError" not in text, "the server log has an ExchangeError:\n" + text[-3000:]


@pytest.fixture(scope="module")
def shots() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="seqlab-browser-shots-"))
    print(f"\nbrowser screenshots: {folder}")
    return folder


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    found = _chromium()
    if found is None:
        pytest.skip("Chromium is absent: apt-get install chromium chromium-driver (see .ci/run)")
    pytest.importorskip("selenium", reason="selenium is not installed (see requirements.txt)")
    yield from start_browser(found)


def start_browser(found: tuple[str, str]) -> Iterator[Any]:
    """Headless Chromium with a fresh profile, driven by selenium."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = found[0]
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='seqlab-chromium-')}")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=found[1]))
    driver.set_page_load_timeout(180)
    driver.set_script_timeout(180)
    try:
        yield driver
    finally:
        driver.quit()


# --- helpers that talk to JupyterLab through its application object (--expose-app-in-browser) ----------

_CELLS = """
const panel = window.jupyterapp.shell.currentWidget;
return panel.content.widgets.map((cell) => {
  const meta = cell.model.getMetadata('nbgrader') || {};
  const outputs = cell.model.type === 'code' ? cell.model.outputs.toJSON() : [];
  const text = outputs.map((o) => {
    if (o.output_type === 'stream') return [].concat(o.text).join('');
    if (o.output_type === 'error') return [].concat(o.traceback).join('\\n');
    return o.data ? Object.keys(o.data).join(' ') + ' ' + [].concat(o.data['text/plain'] || '').join('') : '';
  });
  return {id: meta.grade_id || null, text: text.join('\\n')};
});
"""


def _cells(driver) -> list[dict]:
    return driver.execute_script(_CELLS)


def _index(driver, grade_id: str) -> int:
    return next(i for i, cell in enumerate(_cells(driver)) if cell["id"] == grade_id)


def _set_source(driver, grade_id: str, code: str) -> None:
    driver.execute_script(
        "const panel = window.jupyterapp.shell.currentWidget;"
        "panel.content.widgets[arguments[0]].model.sharedModel.setSource(arguments[1]);",
        _index(driver, grade_id),
        code,
    )


def _run_from(driver, grade_id: str | None) -> None:
    """Run every cell (``None``) or the cells from ``grade_id`` down; the kernel stops at the first error."""
    if grade_id is None:
        driver.execute_script("window.jupyterapp.commands.execute('notebook:run-all-cells');")
        return
    driver.execute_script(
        "const panel = window.jupyterapp.shell.currentWidget; panel.content.activeCellIndex = arguments[0];"
        "window.jupyterapp.commands.execute('notebook:run-all-below');",
        _index(driver, grade_id),
    )


def _output(driver, grade_id: str) -> str:
    return next(cell["text"] for cell in _cells(driver) if cell["id"] == grade_id)


def _show_output(driver, grade_id: str) -> None:
    """Scroll the notebook so that the output of the cell ``grade_id`` is in the screenshot."""
    index = _index(driver, grade_id)
    driver.execute_script(
        "const p = window.jupyterapp.shell.currentWidget;return p.content.scrollToItem(arguments[0], 'end');",
        index,
    )
    _wait(
        lambda: driver.execute_script(
            "const p = window.jupyterapp.shell.currentWidget;"
            "const area = p.content.widgets[arguments[0]].node.querySelector('.jp-OutputArea');"
            "if (area) { area.scrollIntoView({block: 'end'}); } return !!area;",
            index,
        ),
        f"the output of {grade_id} on screen",
        deadline_s=30,
    )


def _kernel_idle(driver) -> bool:
    return driver.execute_script(
        "const panel = window.jupyterapp.shell.currentWidget;"
        "const kernel = panel && panel.sessionContext.session && panel.sessionContext.session.kernel;"
        "return !!kernel && kernel.status === 'idle';"
    )


def play_audio(driver, course: Path, shots: Path) -> None:
    """Open a notebook that shows ``IPython.display.Audio``, run it, and play the ``<audio>`` element it
    renders: its time must advance with no media error (what a learner hears, muted here)."""
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(AUDIO_CELL)])
    notebook.metadata.update(kernel_metadata())
    nbformat.write(notebook, course / AUDIO_NOTEBOOK)
    driver.execute_script(
        "window.jupyterapp.commands.execute('docmanager:open', {path: arguments[0]});", AUDIO_NOTEBOOK
    )
    _wait(
        lambda: driver.execute_script(
            "const w = window.jupyterapp.shell.currentWidget;"
            "return !!(w && w.context && w.context.path === arguments[0] && w.content.widgets.length);",
            AUDIO_NOTEBOOK,
        ),
        "the audio notebook to open",
    )
    _wait(lambda: _kernel_idle(driver), "the audio notebook's kernel to start")
    _run_from(driver, None)
    _wait(
        lambda: driver.execute_script(
            "const a = window.jupyterapp.shell.currentWidget.node.querySelector('audio');"
            "return !!a && a.readyState >= 1 && a.duration > 1;"
        ),
        "the <audio> element with its sound loaded",
    )
    outcome = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "const a = window.jupyterapp.shell.currentWidget.node.querySelector('audio');"
        "a.play().then(() => done('playing'), (e) => done('play() failed: ' + e));"
    )
    assert outcome == "playing", outcome
    state = _wait(
        lambda: driver.execute_script(
            "const a = window.jupyterapp.shell.currentWidget.node.querySelector('audio');"
            "return a.currentTime > 0.5 ? {time: a.currentTime, duration: a.duration,"
            " error: a.error && a.error.message} : null;"
        ),
        "the audio to play half a second",
        deadline_s=60,
    )
    driver.save_screenshot(str(shots / "07-audio.png"))
    assert state["error"] is None, state
    driver.execute_script("window.jupyterapp.shell.currentWidget.node.querySelector('audio').pause();")


def test_learner_formgrader_and_feedback_in_chromium(course: Path, lab: str, browser, shots: Path) -> None:
    started = time.monotonic()
    driver = browser
    notebook = f"release/{ASSIGNMENT}/{ASSIGNMENT}.ipynb"

    # 1. The learner opens the release notebook; it opens unmodified.
    driver.get(f"{lab}/lab/tree/{notebook}?token={TOKEN}")
    _wait(lambda: driver.execute_script("return !!window.jupyterapp"), "JupyterLab's application")
    _wait(
        lambda: driver.execute_script(
            "const w = window.jupyterapp.shell.currentWidget;"
            "return !!(w && w.content && w.content.widgets && w.content.widgets.length > 10);"
        ),
        "the notebook to open",
    )
    _wait(lambda: _kernel_idle(driver), "the kernel to start")
    driver.save_screenshot(str(shots / "01-release-notebook.png"))
    dirty = driver.execute_script("return window.jupyterapp.shell.currentWidget.context.model.dirty;")
    assert not dirty, (
        "the release notebook opened with unsaved changes (its metadata differs from JupyterLab's)"
    )
    first_cell = driver.execute_script(
        "return window.jupyterapp.shell.currentWidget.content.widgets.map(c => c.model.type).indexOf('code');"
    )

    # 2. The learner answers rnn_cell_forward, runs everything and sees the pass line under its test cell.
    _set_source(driver, "rnn_cell_forward", ANSWER)
    _run_from(driver, None)
    passed = _wait(
        lambda: (
            "PASS  test_rnn_cell_forward" in _output(driver, "test_rnn_cell_forward")
            and _output(driver, "test_rnn_cell_forward")
        ),
        "the pass line of test_rnn_cell_forward",
    )
    assert "6 points" in passed, passed
    _wait(lambda: _kernel_idle(driver), "the kernel to finish")
    first_output = next(c["text"] for i, c in enumerate(_cells(driver)) if i == first_cell)
    assert "oneDNN" not in first_output and "tensorflow" not in first_output.lower(), first_output
    _show_output(driver, "test_rnn_cell_forward")
    driver.save_screenshot(str(shots / "02-test-passes.png"))

    # 3. A wrong answer: the test cell shows the message, not the helpers' internals.
    _set_source(driver, "rnn_cell_forward", BROKEN)
    _run_from(driver, "rnn_cell_forward")
    failed = _wait(
        lambda: (
            "AssertionError" in _output(driver, "test_rnn_cell_forward")
            and _output(driver, "test_rnn_cell_forward")
        ),
        "the failure message of test_rnn_cell_forward",
    )
    assert "a_next[" in failed and "expected" in failed, failed
    assert "utils/testing.py" not in failed or failed.count("File ") <= 1, failed
    assert "check_shape(" not in failed and "np.isclose" not in failed, failed
    _wait(lambda: _kernel_idle(driver), "the kernel to finish")
    _show_output(driver, "test_rnn_cell_forward")
    driver.save_screenshot(str(shots / "03-test-fails.png"))

    # 4. Validate (the toolbar button): the dialog starts with a summary with points.
    _set_source(driver, "rnn_cell_forward", ANSWER)
    driver.execute_script("return window.jupyterapp.commands.execute('docmanager:save');")
    _wait(
        lambda: (
            not driver.execute_script("return window.jupyterapp.shell.currentWidget.context.model.dirty;")
        ),
        "the notebook to be saved",
    )
    button = _wait(
        lambda: driver.find_element("css selector", ".validate-button"),
        "the Validate button",
    )
    button.click()
    dialog = _wait(
        lambda: driver.find_element("css selector", "#validation-message").text,
        "the Validate dialog",
        deadline_s=600,
    )
    driver.save_screenshot(str(shots / "04-validate.png"))
    assert "tests pass" in dialog and "PASS  test_rnn_cell_forward (6 points)" in dialog, dialog
    assert "FAIL  test_rnn_forward" in dialog, dialog
    assert len(dialog.splitlines()) < 80, f"the Validate dialog has {len(dialog.splitlines())} lines"
    driver.find_element("css selector", ".jp-Dialog .jp-mod-accept").click()

    # 5. The Assignment List (nbgrader's exchange for this course) offers the released assignment, and
    #    Fetch copies it into the learner's folder.
    driver.execute_script("window.jupyterapp.commands.execute('nbgrader:open-assignment-list');")
    released = _wait(
        lambda: driver.execute_script(
            "const list = document.querySelector('#released_assignments_list'); const t = list && list.innerText;"
            "return t && t.includes(arguments[0]) ? t : null;",
            ASSIGNMENT,
        ),
        "the Assignment List to offer the released assignment",
    )
    panel = driver.execute_script("return window.jupyterapp.shell.currentWidget.node.innerText;")
    assert "Error" not in panel and "does not exist" not in panel, panel
    assert "Fetch" in released, released
    driver.save_screenshot(str(shots / "05-assignment-list.png"))
    driver.find_element(
        "xpath", "//*[@id='released_assignments_list']//button[normalize-space()='Fetch']"
    ).click()
    _wait(
        lambda: ASSIGNMENT in driver.find_element("css selector", "#fetched_assignments_list").text,
        "the fetched assignment under Downloaded assignments",
    )
    driver.save_screenshot(str(shots / "06-assignment-fetched.png"))
    assert (course / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").is_file(), (
        "Fetch put no notebook in the learner's folder"
    )

    # 6. Audio: a notebook that renders IPython.display.Audio plays in the browser.
    play_audio(driver, course, shots)

    # 7. The instructor: the formgrader lists the assignment as released and opens the graded submission.
    driver.get(f"{lab}/formgrader?token={TOKEN}")
    row = _wait(
        lambda: next(
            (r.text for r in driver.find_elements("css selector", "tr") if r.text.startswith(ASSIGNMENT)),
            None,
        ),
        "the formgrader's assignments",
    )
    body = driver.find_element("tag name", "body").text
    assert "error" not in body.lower(), body
    driver.save_screenshot(str(shots / "08-formgrader.png"))
    assert "released" in row.split() and "draft" not in row.split(), f"the formgrader shows: {row!r}"
    driver.get(f"{lab}/formgrader/manage_submissions/{ASSIGNMENT}?token={TOKEN}")
    _wait(lambda: "complete" in driver.find_element("tag name", "body").text, "the submission list")
    driver.save_screenshot(str(shots / "09-formgrader-submissions.png"))
    driver.get(f"{lab}/formgrader/gradebook/{ASSIGNMENT}/{ASSIGNMENT}?token={TOKEN}")
    link = _wait(
        lambda: driver.find_element("css selector", "a[href*='/formgrader/submissions/']"),
        "the link to the submission",
    )
    driver.get(link.get_attribute("href"))
    _wait(lambda: "Grading report" in driver.find_element("tag name", "body").text, "the graded submission")
    driver.save_screenshot(str(shots / "10-formgrader-submission.png"))

    # 8. The learner's feedback, opened from disk with no network: a score list that names the tests, a
    #    rendered formula and a figure.
    feedback = course / "feedback" / "complete" / ASSIGNMENT / f"{ASSIGNMENT}.html"
    assert feedback.is_file(), sorted(str(p) for p in (course / "feedback").rglob("*.html"))
    html = feedback.read_text()
    assert "cdnjs" not in html and "cdn.jsdelivr" not in html, "the feedback loads MathJax from the network"
    driver.get(feedback.as_uri())
    text = driver.find_element("tag name", "body").text
    assert "autograder.guard" not in text, "the feedback shows the grader's injected cell"
    assert "Grading report" in text and "Recurrent networks, step by step" in text, text[:3000]
    _wait(
        lambda: driver.execute_script(
            "return document.querySelectorAll('.MathJax, .MathJax_CHTML, mjx-container').length;"
        ),
        "MathJax to render a formula in the feedback",
    )
    figures = driver.execute_script(
        "return Array.from(document.images).filter(i => i.src.startsWith('data:image/png')"
        " && i.naturalWidth > 100).length;"
    )
    driver.save_screenshot(str(shots / "11-feedback.png"))
    assert figures >= 1, "the feedback shows no figure"
    names = [item.text for item in driver.find_elements("css selector", "#toc li")]
    first_test = next(
        c
        for c in nbformat.read(course / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4).cells
        if nbs.is_test(c)
    )
    assert names and names[0].startswith(title_of_test(first_test) + " (Score:"), names
    assert not any(name.startswith("Test cell") for name in names), names
    print(f"browser test: {time.monotonic() - started:.0f} s in the browser; screenshots in {shots}")
    print(json.dumps(sorted(p.name for p in shots.iterdir())))
