"""The fork server that starts one nbgrader process per task."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

import psutil

from autograder import launch
from autograder.course import quiet_env
from autograder.procs import kill_tree


def _start(tmp_path, argv, name="run"):
    log = tmp_path / f"{name}.log"
    return launch.start_nbgrader(argv, str(tmp_path), quiet_env(), str(log), isolate_network=False), log


def test_a_run_gets_its_own_process_session_log_and_exit_code(tmp_path):
    run, log = _start(tmp_path, ["--version"])
    assert run.pid != os.getpid()
    assert run.wait(timeout=120) == 0
    assert run.returncode == 0
    assert "nbgrader version" in log.read_text()
    bad, bad_log = _start(tmp_path, ["autograde", "nope", "--student", "nobody"], name="bad")
    assert bad.wait(timeout=120) == 1
    assert "No notebooks were matched" in bad_log.read_text()


def test_concurrent_starts_from_threads_all_finish(tmp_path):
    runs = []

    def one(i):
        runs.append(_start(tmp_path, ["--version"], name=f"run{i}")[0])

    threads = [threading.Thread(target=one, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(run.wait(timeout=120) for run in runs) == [0, 0, 0, 0]
    assert len({run.pid for run in runs}) == 4


def test_a_dead_server_is_replaced_and_its_runs_report_failure(tmp_path):
    first, _ = _start(tmp_path, ["--version"])
    first.wait(timeout=120)
    server = launch._server
    server.process.kill()
    server.process.wait()
    server.reader.join(timeout=30)
    assert not server.alive()
    assert server.exit_code(10**6) == -1  # an unknown run of a dead server counts as failed
    again, _ = _start(tmp_path, ["--version"], name="again")
    assert launch._server is not server
    assert again.wait(timeout=120) == 0


def test_when_its_client_goes_away_the_server_stops_its_runs_and_exits(tmp_path):
    (tmp_path / "nbgrader_config.py").write_text("import time\ntime.sleep(600)\n")  # a run that hangs
    server = subprocess.Popen(
        [sys.executable, "-m", "autograder.launch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    argv = ["autograde", "a", "--student", "s"]
    log = str(tmp_path / "run.log")
    request = {"id": 1, "argv": argv, "cwd": str(tmp_path), "env": quiet_env(), "log": log, "isolate": False}
    server.stdin.write(json.dumps(request) + "\n")
    server.stdin.flush()
    child = json.loads(server.stdout.readline())["pid"]
    assert psutil.pid_exists(child)
    server.stdin.close()
    assert server.wait(timeout=60) == 0
    assert not psutil.pid_exists(child) or psutil.Process(child).status() == psutil.STATUS_ZOMBIE


def _template_of(run, timeout_s=60.0):
    """The warm-kernel template a run forks before nbgrader starts (its only child until a kernel)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        children = psutil.Process(run.pid).children()
        if children:
            return children[0]
        time.sleep(0.05)
    raise AssertionError("the run forked no warm-kernel template")


def _own_session(pid: int, timeout_s: float = 60.0) -> bool:
    """Whether ``pid`` comes to lead its own session (a fresh fork calls setsid a moment after it starts)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if os.getsid(pid) == pid:
            return True
        time.sleep(0.05)
    return False


def test_a_template_nobody_asks_for_leaves_with_its_run(tmp_path):
    (tmp_path / "nbgrader_config.py").write_text("import time\ntime.sleep(3)\n")  # then nothing to grade
    run, _ = _start(tmp_path, ["autograde", "nothing", "--student", "nobody"])
    template = _template_of(run)
    assert _own_session(template.pid), "a template leads its own session"
    assert os.getsid(run.pid) != template.pid
    assert run.wait(timeout=120) == 1
    gone, alive = psutil.wait_procs([template], timeout=30)
    assert not alive, "the unused template outlived its run"


def test_killing_a_run_kills_its_template(tmp_path):
    (tmp_path / "nbgrader_config.py").write_text("import time\ntime.sleep(600)\n")
    run, _ = _start(tmp_path, ["autograde", "nothing", "--student", "nobody"])
    template = _template_of(run)
    kill_tree(run.pid)
    gone, alive = psutil.wait_procs([template], timeout=30)
    assert not alive


def test_stop_server_ends_it_and_the_next_run_starts_a_new_one(tmp_path):
    _start(tmp_path, ["--version"])[0].wait(timeout=120)
    server = launch._server
    launch.stop_server()
    assert not server.alive() and launch._server is None
    again, _ = _start(tmp_path, ["--version"], name="again")
    assert again.wait(timeout=120) == 0 and launch._server is not server
