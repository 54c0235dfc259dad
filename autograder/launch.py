"""Start one nbgrader run per task without paying nbgrader's start-up each time.

``nbgrader autograde`` spends about 2.4 s of CPU importing nbgrader, nbconvert, jupyter_client and
SQLAlchemy before it grades anything; with one run per submission that is a quarter of the CPU a short
notebook needs. Here a small *fork server* (``python -m autograder.launch``) imports those modules once,
and every task is a fresh process forked from it: still one process (and one kernel) per submission, in
a session of its own, killed as a tree on a limit, but started in milliseconds.

The server is started once per grading process (the coordinator, or each dask worker) on first use and
restarted if it dies. It never runs learner code, and no task sees another's state: each child is forked
from the pristine server, never from an earlier task. Requests and replies are JSON lines on its stdin
and stdout: ``{"id", "argv", "cwd", "env", "log", "isolate", "cgroups", "jail"}`` in, ``{"id", "pid"}`` when a run has
started and ``{"id", "exit"}`` when it has ended (the exit code, negative for a signal).
"""

from __future__ import annotations

import ctypes
import functools
import itertools
import json
import os
import selectors
import subprocess
import sys
import threading
from typing import Any

from . import sandbox, warmkernel
from .procs import exit_code, flush_and_exit, kill_tree

PRELOAD = (
    "autograder.nbgrader_main",  # first: it blocks jsonschema's slow optional import
    "nbgrader.apps.nbgraderapp",
    "nbgrader.apps.autogradeapp",
    "nbgrader.converters.autograde",
    "nbgrader.api",
    "autograder.preprocessors",
    "jupyter_client.manager",
    "nbclient",
)
CLONE_NEWNET = 0x40000000
NO_NETWORK_EXIT = 70


class ServerGone(RuntimeError):
    """The fork server died; runs it had started are reported with exit code -1."""


class Run:
    """One started nbgrader process: the part of :class:`subprocess.Popen` that ``task.watch`` uses."""

    def __init__(self, server: ForkServer, request_id: int, pid: int):
        self.server, self.id, self.pid = server, request_id, pid

    def poll(self) -> int | None:
        return self.server.exit_code(self.id)

    def wait(self, timeout: float | None = None) -> int | None:
        self.server.wait_exit(self.id, timeout)
        return self.poll()

    @property
    def returncode(self) -> int | None:
        return self.poll()


class ForkServer:
    """The client side: one server process, a thread reading its replies."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "autograder.launch"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
            start_new_session=True,
        )
        self.ids = itertools.count(1)
        self.lock = threading.Lock()
        self.changed = threading.Condition()
        self.pids: dict[int, int] = {}
        self.exits: dict[int, int] = {}
        self.reader = threading.Thread(target=self._read, name="forkserver-replies", daemon=True)
        self.reader.start()

    def alive(self) -> bool:
        return self.process.poll() is None

    def start(
        self,
        argv: list[str],
        cwd: str,
        env: dict[str, str],
        log: str,
        isolate: bool,
        cgroups: tuple[str, ...] = (),
        jail: sandbox.Jail | None = None,
    ) -> Run:
        request_id = next(self.ids)
        request = {
            "id": request_id,
            "argv": argv,
            "cwd": cwd,
            "env": env,
            "log": log,
            "isolate": isolate,
            "cgroups": list(cgroups),
            "jail": jail.to_json() if jail else None,
        }
        with self.lock:
            try:
                self.process.stdin.write(json.dumps(request) + "\n")
                self.process.stdin.flush()
            except (BrokenPipeError, ValueError) as error:
                raise ServerGone("the grading fork server is not running") from error
        with self.changed:
            self.changed.wait_for(lambda: request_id in self.pids or not self.alive(), timeout=120)
            if request_id not in self.pids:
                raise ServerGone("the grading fork server did not start the run")
        return Run(self, request_id, self.pids[request_id])

    def exit_code(self, request_id: int) -> int | None:
        with self.changed:
            if request_id in self.exits:
                return self.exits[request_id]
            return None if self.reader.is_alive() else -1

    def wait_exit(self, request_id: int, timeout: float | None) -> None:
        with self.changed:
            self.changed.wait_for(lambda: self.exit_code(request_id) is not None, timeout=timeout)

    def _read(self) -> None:
        for line in self.process.stdout:
            reply = json.loads(line)
            with self.changed:
                if "pid" in reply:
                    self.pids[reply["id"]] = reply["pid"]
                else:
                    self.exits[reply["id"]] = reply["exit"]
                self.changed.notify_all()
        with self.changed:  # the server is gone: wake everyone waiting
            self.changed.notify_all()


_server: ForkServer | None = None
_server_lock = threading.Lock()


def start_nbgrader(
    argv: list[str],
    cwd: str,
    env: dict[str, str],
    log_path: str,
    isolate_network: bool,
    cgroups: tuple[str, ...] = (),
    jail: sandbox.Jail | None = None,
) -> Run:
    """Run ``nbgrader ARGV`` in ``cwd`` with ``env``, its output in ``log_path``; returns once started.

    With ``isolate_network`` the run first enters a new network namespace with only loopback up (the
    caller has checked that this machine allows it); if that fails, the run stops with exit code 70
    before any notebook code runs, rather than go on with the network. The run joins the ``cgroups``
    folders first of all; with a ``jail`` its kernel is contained (:mod:`autograder.sandbox`).
    """
    global _server
    with _server_lock:
        if _server is None or not _server.alive():
            _server = ForkServer()
        server = _server
    return server.start(argv, cwd, env, log_path, isolate_network, cgroups, jail)


def stop_server() -> None:
    """Stop this process's fork server (the next run starts a new one, which reads its settings afresh)."""
    global _server
    with _server_lock:
        server, _server = _server, None
    if server is not None and server.alive():
        server.process.stdin.close()
        server.process.wait(timeout=60)


# --- the server ---------------------------------------------------------------------------------------


def serve() -> None:
    import importlib

    for name in PRELOAD:
        importlib.import_module(name)
    warmkernel.preload()
    out = sys.stdout
    running: dict[int, int] = {}  # pid -> request id
    selector = selectors.DefaultSelector()
    selector.register(0, selectors.EVENT_READ)
    pending = b""  # read from the raw descriptor: a buffered reader would hide lines from select()
    open_input = True
    while open_input or running:
        if open_input and selector.select(timeout=0.05):
            chunk = os.read(0, 1 << 20)
            if not chunk:  # the client is gone (its batch was interrupted): stop what runs, then leave
                open_input = False
                selector.unregister(0)
                for pid in list(running):
                    kill_tree(pid)
            pending += chunk
            *lines, pending = pending.split(b"\n")
            for line in lines:
                request = json.loads(line)
                pid = os.fork()
                if pid == 0:
                    _child(request)  # never returns
                running[pid] = request["id"]
                out.write(json.dumps({"id": request["id"], "pid": pid}) + "\n")
                out.flush()
        elif not open_input:
            threading.Event().wait(0.05)
        while running:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:  # reaped elsewhere (kill_tree waits for what it kills): none left
                for request_id in running.values():
                    if open_input:
                        out.write(json.dumps({"id": request_id, "exit": -1}) + "\n")
                        out.flush()
                running.clear()
                break
            if pid == 0:
                break
            request_id = running.pop(pid, None)
            if request_id is not None and open_input:
                out.write(json.dumps({"id": request_id, "exit": os.waitstatus_to_exitcode(status)}) + "\n")
                out.flush()


def _child(request: dict[str, Any]) -> None:
    code = 1
    try:
        sandbox.join(request.get("cgroups") or ())  # before anything else runs here
        os.setsid()
        log = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        os.close(log)
        os.close(devnull)
        sys.stdin = open(0, closefd=False)  # noqa: SIM115
        sys.stdout = open(1, "w", buffering=1, closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", buffering=1, closefd=False)  # noqa: SIM115
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        if request["isolate"] and not _enter_private_network():
            os._exit(NO_NETWORK_EXIT)
        jail = request.get("jail")
        warmkernel.set_jail(sandbox.Jail.from_json(jail) if jail else None)
        warmkernel.fork_template()  # the kernel-to-be, forked before any nbgrader code runs here
        from nbgrader.apps.nbgraderapp import main

        sys.argv = ["nbgrader", *request["argv"]]
        try:
            result = main()
            code = 0 if result is None else int(result)
        except SystemExit as leaving:
            code = exit_code(leaving)
    except BaseException as error:  # report it in the log; the exit code tells the client
        print(f"[ERROR] nbgrader run failed: {error!r}", file=sys.stderr)
    finally:
        flush_and_exit(code)


@functools.cache
def private_network_available() -> bool:
    """Whether a run can enter a private network namespace here: probed once, the way a run does it.

    Needs root (or user namespaces) and iproute2's ``ip``; where the probe fails, grading runs with the
    machine's network (the README says so).
    """
    probe = "import sys; from autograder.launch import _enter_private_network as enter; sys.exit(not enter())"
    try:
        result = subprocess.run([sys.executable, "-c", probe], capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0


def _enter_private_network() -> bool:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(CLONE_NEWNET) != 0:
        print(f"[ERROR] could not enter a private network namespace: {os.strerror(ctypes.get_errno())}")
        return False
    up = subprocess.run(["ip", "link", "set", "lo", "up"], capture_output=True, text=True)
    if up.returncode != 0:
        print(f"[ERROR] could not bring up loopback in the private network namespace: {up.stderr.strip()}")
        return False
    return True


if __name__ == "__main__":
    serve()
