"""Warm kernels: start each submission's kernel with the course's heavy imports already done.

A fresh kernel for one of our notebooks spends most of its CPU before any learner code runs: about 0.8 s
to import ipykernel, numpy and matplotlib and 3.6 s to import Keras and TensorFlow, out of roughly 6.5 s
for a whole ``rnn_step_by_step`` submission. The grading fork server (:mod:`autograder.launch`) imports
those modules once (:func:`preload`). Every nbgrader run it forks then forks one more child before
nbgrader starts, the *template* (:func:`fork_template`), which waits on a pipe. When nbgrader asks for
the notebook's kernel, :class:`WarmKernelManager` hands the template the kernel command line, working
folder and environment, and the template becomes that kernel.

What stays the same as a kernel nbgrader starts itself:

- One kernel per submission, never reused: each template is forked from the pristine server before the
  run's nbgrader code, so it holds no other task's state and none of the grader's secrets (the seal key
  of :mod:`autograder.guard` is drawn later, in the nbgrader process).
- The kernel is a child of that run's nbgrader process, in a session and process group of its own, in
  the run's network namespace and working folder, with nbgrader's environment and log; limits, kills,
  interrupts and the memory count (``task.watch``) treat it as any other kernel.
- Anything but a plain ``python -m ipykernel_launcher`` kernel of this interpreter, or a second kernel in
  one run, is started the normal way.

What is preloaded is the course file's ``[kernel] preload`` list and each assignment's ``preload``
(:mod:`autograder.config`). ``AUTOGRADER_KERNEL_PRELOAD`` (comma-separated module names) replaces it;
set it to an empty string to start kernels without preloading (a contained kernel still starts from its
template, only colder).
"""

from __future__ import annotations

import ctypes
import importlib
import json
import os
import shutil
import signal
import sys
from typing import Any

from jupyter_client.manager import AsyncKernelManager

from utils import quiet

from . import sandbox
from .config import load_spec
from .procs import exit_code, flush_and_exit

INLINE_BACKEND = "module://matplotlib_inline.backend_inline"
PR_SET_PDEATHSIG = 1

_preloaded = False
_template: tuple[int, int] | None = None  # (pid, write end of its pipe) in an nbgrader run, until taken
_server_path0: str | None = None  # sys.path[0] of the server (its start folder): kernels must not see it
_jail: sandbox.Jail | None = None  # set in an nbgrader run whose kernel must be contained


def set_jail(jail: sandbox.Jail | None) -> None:
    """In an nbgrader run, before :func:`fork_template`: contain this run's kernel with ``jail``."""
    global _jail
    _jail = jail


def preload() -> list[str]:
    """Import the kernel modules in the fork server; returns the names that could not be imported."""
    global _preloaded, _server_path0
    names = os.environ.get("AUTOGRADER_KERNEL_PRELOAD")
    modules = (
        load_spec().preload_modules()
        if names is None
        else tuple(n.strip() for n in names.split(",") if n.strip())
    )
    if not modules:
        return []
    # Settings a kernel would have before these imports read them: the inline plotting backend (ipykernel
    # sets MPLBACKEND only when unset) and TensorFlow's log level.
    os.environ.setdefault("MPLBACKEND", INLINE_BACKEND)
    quiet.apply()  # TensorFlow reads its log settings once, when it loads: here (utils/quiet.py)
    missing = []
    saved_stderr = os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)  # TensorFlow's start-up notices would land on the coordinator's terminal
    try:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:  # a course without Keras, say: its kernels import it themselves
                missing.append(name)
    finally:
        os.dup2(saved_stderr, 2)
        os.close(saved_stderr)
        os.close(devnull)
    _preloaded = "ipykernel.kernelapp" not in missing
    _server_path0 = sys.path[0] if sys.path else None
    return missing


def fork_template() -> None:
    """In an nbgrader run, before nbgrader starts: fork the template that will become its kernel."""
    global _template
    if not _preloaded and _jail is None:
        return
    read_end, write_end = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:
        os.close(write_end)
        _become_kernel(read_end, parent)  # never returns
    os.close(read_end)
    _template = (pid, write_end)


def take_template() -> tuple[int, int] | None:
    """The template of this run, once: a second kernel in the same run starts the normal way."""
    global _template
    template, _template = _template, None
    return template


def _run_then_exit(body: Any) -> None:
    """Run ``body()`` in a forked child, then end the child with the exit code it asked for (never returns)."""
    code = 0
    try:
        body()
    except SystemExit as leaving:
        code = exit_code(leaving)
    except BaseException as error:
        print(f"[ERROR] warm kernel failed: {error!r}", file=sys.stderr)
        code = 1
    finally:
        flush_and_exit(code)


def _become_kernel(read_end: int, parent: int) -> None:
    def body() -> None:
        os.setsid()  # as jupyter_client starts kernels: interrupts go to the kernel's whole process group
        libc = ctypes.CDLL(None, use_errno=True)
        # Die with the nbgrader run, before or after becoming its kernel (a kernel jupyter_client starts
        # notices that its parent died by polling, a little later).
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # the run died before the line above
            os._exit(0)
        data = b""
        while chunk := os.read(read_end, 1 << 16):
            data += chunk
        os.close(read_end)
        if not data:  # the run ended without asking for this kernel
            os._exit(0)
        request = json.loads(data)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)  # jupyter_client gives kernels a stdin they never read; stdout, stderr: the log
        os.close(devnull)
        if _jail is not None:
            sandbox.contain(_jail, request, _launch_ipykernel, log_fd=2)  # never returns
        _launch_ipykernel(request["argv"], request.get("cwd"), request["env"])

    _run_then_exit(body)


def _launch_ipykernel(argv: list[str], cwd: str | None, env: dict[str, str]) -> None:
    """Become the kernel: ``python -m ipykernel_launcher ARGV`` in ``cwd`` with ``env`` (never returns)."""

    def body() -> None:
        if cwd:
            os.chdir(cwd)
        os.environ.clear()
        os.environ.update(env)
        if sys.path and sys.path[0] == _server_path0:
            del sys.path[0]  # ipykernel_launcher removes its own start folder too; IPython adds "" back
        sys.argv = ["ipykernel_launcher", *argv]
        from ipykernel import kernelapp

        kernelapp.launch_new_instance()

    _run_then_exit(body)


class WarmProcess:
    """The part of :class:`subprocess.Popen` that jupyter_client's LocalProvisioner uses, for a template."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.returncode = -1
            else:
                if pid:
                    self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int | None:
        if self.returncode is None:
            try:
                _, status = os.waitpid(self.pid, 0)
                self.returncode = os.waitstatus_to_exitcode(status)
            except ChildProcessError:
                self.returncode = -1
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


def _is_ipykernel_here(cmd: list[str], env: dict[str, str] | None) -> bool:
    if len(cmd) < 3 or cmd[1:3] != ["-m", "ipykernel_launcher"]:
        return False
    path = (env or os.environ).get("PATH")
    executable = cmd[0] if os.sep in cmd[0] else shutil.which(cmd[0], path=path)
    return bool(executable) and os.path.realpath(executable) == os.path.realpath(sys.executable)


class WarmKernelManager(AsyncKernelManager):
    """Starts the run's kernel from its warm template when there is one, else as jupyter_client does."""

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: Any) -> None:
        template = take_template() if _is_ipykernel_here(kernel_cmd, kw.get("env")) else None
        if template is None:
            if _jail is not None:
                raise RuntimeError(
                    "only one kernel per run, a plain python -m ipykernel_launcher of the grader's "
                    f"interpreter, can be contained; refusing to start {kernel_cmd[:3]}"
                )
            return await super()._async_launch_kernel(kernel_cmd, **kw)
        pid, write_end = template
        env = dict(kw.get("env") or os.environ)
        env["JPY_PARENT_PID"] = str(os.getpid())
        request = {"argv": kernel_cmd[3:], "cwd": kw.get("cwd"), "env": env}
        data = json.dumps(request).encode()
        try:
            while data:
                data = data[os.write(write_end, data) :]
        except OSError:  # the template is gone: start the kernel the normal way (never uncontained)
            if _jail is not None:
                raise RuntimeError("the contained kernel's template is gone") from None
            return await super()._async_launch_kernel(kernel_cmd, **kw)
        finally:
            os.close(write_end)
        provisioner = self.provisioner
        assert provisioner is not None
        provisioner.process = WarmProcess(pid)
        provisioner.pid = pid
        provisioner.pgid = pid  # the template made itself a session (and group) leader before waiting
        provisioner.cwd = kw.get("cwd") or os.getcwd()
        self._reconcile_connection_info(provisioner.connection_info)
        return None
