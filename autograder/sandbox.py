"""Contain one grading kernel with the operating system, so learner code can change no grade but its own.

The grader runs learner code in a Jupyter kernel. The in-kernel layers (:mod:`autograder.integrity`,
:mod:`autograder.guard`) see tricks played *inside* that kernel; this module stops what leaves it: a
process that outlives its task, a write to the project, the virtual environment or a gradebook, a look
at other tasks, hidden tests or the real gradebook. Each step is done by the operating system, in this
order, by the kernel's *template* (:mod:`autograder.warmkernel`) once nbgrader asks for the kernel:

1. **cgroups** (:class:`TaskCgroups`): the coordinator made one memory and one pids cgroup per task
   (the nbgrader process joins them as it starts) and a pids cgroup for the kernel alone with a
   process limit; the template joins that one. Memory is capped by the kernel's cgroup, not by polling,
   and every process of the task can be found and killed through it, however it detached.
2. **Copy the scratch folder** the kernel will work in (the assignment's files) into memory, leaving
   notebooks behind: nbgrader has already written the notebook with its hidden tests there. Read the
   kernel's connection file while it can still be seen.
3. **New namespaces** (mount, PID, IPC, UTS; the network namespace is the run's, loopback only).
4. **A read-only view of the disk**: every mount becomes read-only in this mount namespace; empty
   private ``tmpfs`` folders cover ``/tmp``, ``/var/tmp``, ``/dev/shm``, the grader's home, the whole
   project (its git history holds the solutions), the cgroup tree, the course folder and the submissions
   being graded; what Python needs from under those (the interpreter, the virtual environment, the
   project's ``utils``, ``autograder`` and ``datasets``) is bound back read-only; the scratch folder
   becomes a small ``tmpfs`` owned by the unprivileged user, holding the copy from step 2.
5. **An init process** (PID 1 of the new PID namespace): it mounts a ``/proc`` that shows only the
   namespace's processes, starts the kernel and reaps orphans. When the kernel ends, init exits, and the
   operating system kills every process left in the namespace. The template stays outside as the
   kernel's *supervisor*: nbgrader waits for it and signals it, and its death kills init.
6. **Drop privileges** in the kernel: no supplementary groups, the ``nobody`` user and group,
   ``PR_SET_NO_NEW_PRIVS``. Then the kernel starts, in the scratch folder, with a private home.

The scores are computed by the nbgrader process, outside all of this: learner code can neither see it
(another PID namespace), signal it (another user), nor reach its files (hidden). :func:`probe` tells
whether this machine can do all of it; where it cannot, ``grade`` refuses unless told the submissions are
trusted.
"""

from __future__ import annotations

import ctypes
import fcntl
import functools
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWPID = 0x20000000
MS_RDONLY = 0x1
MS_NOSUID = 0x2
MS_NODEV = 0x4
MS_NOEXEC = 0x8
MS_REMOUNT = 0x20
MS_BIND = 0x1000
MS_REC = 0x4000
MS_PRIVATE = 0x40000
PR_SET_PDEATHSIG = 1
PR_SET_NO_NEW_PRIVS = 38
CGROUP_ROOT = Path("/sys/fs/cgroup")
NOBODY = 65534
SCRATCH_LIMIT_BYTES = 256 * 1024**2  # the assignment's files copied into the scratch folder
LOG_LIMIT_BYTES = 1024**2  # what the kernel may write to its stdout/stderr at the file-descriptor level
CONTAIN_FAILED_EXIT = 71
SHARED_TEMPORARY = ("/tmp", "/var/tmp", "/dev/shm")  # hidden by private, writable temporary folders
KERNEL_PROJECT_FOLDERS = ("utils", "autograder", "datasets")  # what kernels import or read of the project


class ContainError(RuntimeError):
    """A step of the containment failed: the kernel does not start rather than run uncontained."""


@dataclass(frozen=True)
class Jail:
    """What one task's kernel may see and use; built by the task, carried to the template as JSON."""

    hide: tuple[str, ...] = ()  # folders covered by an empty tmpfs (course folder, submissions...)
    expose: tuple[str, ...] = ()  # folders bound back read-only when a hidden folder covers them
    kernel_cgroups: tuple[str, ...] = ()  # cgroup folders the kernel joins (cgroup.procs inside)
    processes: int = 512  # processes and threads of the kernel and everything it starts
    uid: int = NOBODY
    gid: int = NOBODY

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Jail:
        data = json.loads(text)
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})


def _libc() -> Any:
    return ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        raise ContainError(f"{what}: {os.strerror(errno)}")


def _mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    libc = _libc()
    encode = lambda text: text.encode() if text is not None else None  # noqa: E731
    _check(libc.mount(encode(source), encode(target), encode(fstype), flags, encode(data)), f"mount {target}")


# --- step 1: cgroups ----------------------------------------------------------------------------------


def _own_cgroup(controller: str) -> Path | None:
    """This process's cgroup folder for a v1 ``controller`` (None if the controller is not mounted)."""
    base = CGROUP_ROOT / controller
    if not (base / "cgroup.procs").is_file():
        return None
    try:
        for line in Path("/proc/self/cgroup").read_text().splitlines():
            _, controllers, path = line.split(":", 2)
            if controller in controllers.split(","):
                return base / path.lstrip("/")
    except OSError:
        return None
    return None


@dataclass
class TaskCgroups:
    """The cgroups of one task: memory (nbgrader and kernel), pids (everything, and the kernel alone)."""

    name: str
    memory_bytes: int
    processes: int
    folders: dict[str, Path] = field(default_factory=dict)

    def create(self) -> bool:
        """Make the folders and set the limits; False (and nothing left behind) where that is not allowed."""
        try:
            for controller in ("memory", "pids"):
                own = _own_cgroup(controller)
                if own is None:
                    raise OSError(f"no {controller} cgroup")
                folder = own / "seqlab" / self.name
                folder.mkdir(parents=True)
                self.folders[controller] = folder
            (self.folders["memory"] / "memory.limit_in_bytes").write_text(str(self.memory_bytes))
            swap = self.folders["memory"] / "memory.memsw.limit_in_bytes"
            if swap.exists():
                try:
                    swap.write_text(str(self.memory_bytes))
                except OSError:
                    pass  # no swap accounting: the memory limit alone holds
            kernel = self.folders["pids"] / "kernel"
            kernel.mkdir()
            (kernel / "pids.max").write_text(str(self.processes))
            self.folders["kernel"] = kernel
            return True
        except OSError:
            self.remove()
            return False

    @property
    def task_folders(self) -> tuple[str, ...]:
        """The folders the task's nbgrader process joins."""
        return tuple(str(self.folders[c]) for c in ("memory", "pids") if c in self.folders)

    @property
    def kernel_folders(self) -> tuple[str, ...]:
        return (str(self.folders["kernel"]),) if "kernel" in self.folders else ()

    def pids(self) -> set[int]:
        found: set[int] = set()
        for folder in (self.folders.get("kernel"), self.folders.get("pids"), self.folders.get("memory")):
            if folder is None:
                continue
            try:
                found.update(int(p) for p in (folder / "cgroup.procs").read_text().split())
            except (OSError, ValueError):
                pass
        return found

    def kill_all(self, rounds: int = 200) -> None:
        """Kill every process of the task until none is left (a process mid-fork may add one more)."""
        for _ in range(rounds):
            alive = self.pids()
            if not alive:
                return
            for pid in alive:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            time.sleep(0.02)

    def oom_killed(self) -> bool:
        """Whether the memory limit made the operating system kill a process of this task."""
        folder = self.folders.get("memory")
        if folder is None:
            return False
        try:
            if _counter(folder / "memory.oom_control", "oom_kill") > 0:
                return True
            peak = int((folder / "memory.max_usage_in_bytes").read_text())
            failed = int((folder / "memory.failcnt").read_text())
            return failed > 0 and peak >= self.memory_bytes - 8 * 1024**2
        except (OSError, ValueError):
            return False

    def process_limit_hit(self) -> bool:
        """Whether the kernel's processes reached the pids limit (a fork failed for it)."""
        folder = self.folders.get("kernel")
        try:
            return folder is not None and _counter(folder / "pids.events", "max") > 0
        except (OSError, ValueError):
            return False

    def remove(self) -> None:
        """Kill what is left and delete the folders (children first)."""
        self.kill_all()
        for key in ("kernel", "pids", "memory"):
            folder = self.folders.pop(key, None)
            if folder is not None:
                for _ in range(50):
                    try:
                        folder.rmdir()
                        break
                    except FileNotFoundError:
                        break
                    except OSError:
                        self.kill_all(rounds=5)
                        time.sleep(0.05)


def _counter(path: Path, key: str) -> int:
    """The value of ``key`` in a cgroup file of ``key value`` lines (0 when the key is absent)."""
    for line in path.read_text().splitlines():
        name, _, value = line.partition(" ")
        if name == key:
            return int(value)
    return 0


def join(folders: tuple[str, ...] | list[str], pid: int = 0) -> None:
    """Move process ``pid`` (0: this one) into each cgroup folder."""
    for folder in folders:
        with open(os.path.join(folder, "cgroup.procs"), "w", encoding="ascii") as procs:
            procs.write(str(pid or os.getpid()))


# --- the probe ----------------------------------------------------------------------------------------


_probe_lock = threading.Lock()


def probe() -> str | None:
    """None when this machine can contain kernels as described above, else the reason it cannot.

    Probed once per process (tasks on several threads wait for the first probe).
    """
    with _probe_lock:
        return _probe()


@functools.cache
def _probe() -> str | None:
    if sys.platform != "linux":
        return f"containment needs Linux namespaces and cgroups; this is {sys.platform}"
    if os.geteuid() != 0:
        return "containment needs root (to make cgroups, mount namespaces and switch to an unprivileged user)"
    try:
        import pwd

        pwd.getpwuid(NOBODY)
    except KeyError:
        return f"no user with id {NOBODY} (nobody) to run learner code as"
    groups = TaskCgroups(f"probe-{os.getpid()}", 256 * 1024**2, 16)
    if not groups.create():
        return "cannot create memory and pids cgroups (cgroup v1 controllers under /sys/fs/cgroup)"
    groups.remove()
    check = (
        "import os, sys\n"
        "from autograder import sandbox\n"
        "sandbox._libc().unshare(sandbox.CLONE_NEWNS | sandbox.CLONE_NEWPID) == 0 or sys.exit(3)\n"
        "sandbox._mount(None, '/', None, sandbox.MS_REC | sandbox.MS_PRIVATE)\n"
        "sandbox._mount('tmpfs', tempfile_dir := __import__('tempfile').gettempdir(), 'tmpfs', 0, 'size=1m')\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    os._exit(0 if os.getpid() == 1 else 4)\n"
        "sys.exit(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))\n"
    )
    try:
        result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"cannot test namespaces: {error}"
    if result.returncode != 0:
        return "cannot create mount and PID namespaces: " + (result.stderr.strip().splitlines() or ["?"])[-1]
    return None


def default_exposed() -> tuple[str, ...]:
    """Folders a kernel needs to read: the interpreter, the virtual environment, site-packages, and of the
    project only the packages and data notebooks import (never its git history, tests or course folder)."""
    from .course import PROJECT_ROOT

    project = os.path.realpath(PROJECT_ROOT)
    paths = {
        sys.prefix,
        sys.base_prefix,
        sys.exec_prefix,
        os.path.dirname(os.path.realpath(sys.executable)),
        *(os.path.join(project, name) for name in KERNEL_PROJECT_FOLDERS),
    }
    paths.update(p for p in sys.path if p and os.path.isdir(p) and os.path.realpath(p) != project)
    return tuple(sorted(os.path.realpath(p) for p in paths if os.path.isdir(p)))


def base_hidden() -> tuple[str, ...]:
    """Folders every task hides: shared temporary folders, the grader's home, the project (whose needed
    folders come back through :func:`default_exposed`) and the cgroup tree."""
    from .course import PROJECT_ROOT

    paths = {
        *SHARED_TEMPORARY,
        tempfile.gettempdir(),
        os.path.expanduser("~"),
        str(PROJECT_ROOT),
        str(CGROUP_ROOT),
    }
    return tuple(sorted(os.path.realpath(p) for p in paths if os.path.isdir(p)))


# --- steps 2 to 6, in the template ------------------------------------------------------------------


def _snapshot(folder: str) -> dict[str, bytes]:
    """The files under ``folder`` except notebooks, by relative path (step 2)."""
    files: dict[str, bytes] = {}
    total = 0
    for root, _dirs, names in os.walk(folder):
        for name in names:
            if name.endswith(".ipynb"):
                continue
            path = os.path.join(root, name)
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            total += os.path.getsize(path)
            if total > SCRATCH_LIMIT_BYTES:
                raise ContainError(f"the assignment's files exceed {SCRATCH_LIMIT_BYTES // 1024**2} MiB")
            with open(path, "rb") as handle:
                files[os.path.relpath(path, folder)] = handle.read()
    return files


def _under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def _mount_points() -> list[tuple[str, set[str]]]:
    points = []
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        fields = line.split()
        target = fields[4].encode().decode("unicode_escape")
        points.append((target, set(fields[5].split(","))))
    return points


def _read_only_everywhere() -> None:
    """Step 4a: every mount read-only (the kernel's /proc is replaced later; /dev keeps its devices)."""
    for target, options in _mount_points():
        if _under(target, "/proc") or (target == "/dev") or _under(target, "/dev/pts"):
            continue
        if "ro" in options:
            continue
        flags = MS_REMOUNT | MS_BIND | MS_RDONLY
        flags |= MS_NOSUID if "nosuid" in options else 0
        flags |= MS_NODEV if "nodev" in options else 0
        flags |= MS_NOEXEC if "noexec" in options else 0
        try:
            _mount(None, target, None, flags)
        except ContainError:
            if os.path.exists(target):
                raise


def _make_dirs(path: str) -> None:
    os.makedirs(path, exist_ok=True)


def _build_view(jail: Jail, scratch: str, files: dict[str, bytes]) -> None:
    """Step 4: the kernel's view of the disk."""
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    exposed = sorted({os.path.realpath(p) for p in jail.expose if os.path.isdir(p)}, key=len)
    handles = {path: os.open(path, os.O_PATH | os.O_DIRECTORY) for path in exposed}
    # Decided before anything is read-only: tempfile.gettempdir() needs a writable folder to choose one.
    hidden = sorted({os.path.realpath(p) for p in (*base_hidden(), *jail.hide) if os.path.isdir(p)}, key=len)
    _read_only_everywhere()
    covered: list[str] = []
    for folder in hidden:
        if any(_under(folder, outer) for outer in covered) and not os.path.isdir(folder):
            continue  # already out of sight under an outer tmpfs
        shared = folder in SHARED_TEMPORARY or folder == os.path.realpath(tempfile.gettempdir())
        mode = "1777" if shared else "0755"  # a hidden folder is empty and, but for temporary ones, read-only
        _mount("tmpfs", folder, "tmpfs", MS_NOSUID | MS_NODEV, f"mode={mode},size=64m")
        covered.append(folder)
        for path in exposed:  # what Python needs from under this folder comes back, read-only
            if _under(path, folder) and path != folder:
                _make_dirs(path)
                _mount(f"/proc/self/fd/{handles[path]}", path, None, MS_BIND | MS_REC)
                _mount(None, path, None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV)
    for handle in handles.values():
        os.close(handle)
    _make_dirs(scratch)
    options = f"mode=0700,uid={jail.uid},gid={jail.gid},size={2 * SCRATCH_LIMIT_BYTES}"
    _mount("tmpfs", scratch, "tmpfs", MS_NOSUID | MS_NODEV, options)
    for relative, content in files.items():
        target = os.path.join(scratch, relative)
        _make_dirs(os.path.dirname(target))
        with open(target, "wb") as handle:
            handle.write(content)
    for root, dirs, names in os.walk(scratch):
        for name in [*dirs, *names]:
            os.chown(os.path.join(root, name), jail.uid, jail.gid)


def contain(jail: Jail, request: dict[str, Any], start_kernel: Any, log_fd: int) -> None:
    """Steps 1 to 6 for the kernel ``request`` (argv, cwd, env); this process becomes the supervisor.

    ``start_kernel(argv, cwd, env)`` runs the kernel in the contained child and never returns. Never
    returns either: exits with the kernel's exit code, or with :data:`CONTAIN_FAILED_EXIT` when a step
    failed (the message goes to ``log_fd``, nbgrader's log).
    """
    log_fd = fcntl.fcntl(log_fd, fcntl.F_DUPFD_CLOEXEC, 10)  # stderr becomes the kernel's own output pipe
    try:
        join(jail.kernel_cgroups)  # step 1
        argv, scratch = list(request["argv"]), os.path.realpath(request.get("cwd") or os.getcwd())
        connection = None
        if "-f" in argv:
            with open(argv[argv.index("-f") + 1], encoding="utf-8") as handle:
                connection = handle.read()
        files = _snapshot(scratch)  # step 2
        tempfile.gettempdir()  # chosen (and cached) while the disk can still be written
        _check(_libc().unshare(CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWIPC | CLONE_NEWUTS), "unshare")  # 3
        _build_view(jail, scratch, files)  # step 4
        home = os.path.join(tempfile.gettempdir(), "home")
        _make_dirs(home)
        os.chown(home, jail.uid, jail.gid)
        if connection is not None:
            path = os.path.join(tempfile.gettempdir(), "kernel-connection.json")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(connection)
            os.chown(path, jail.uid, jail.gid)
            argv[argv.index("-f") + 1] = path
        env = dict(request["env"])
        env.update(HOME=home, USER="nobody", LOGNAME="nobody", TMPDIR=tempfile.gettempdir())
        # The kernel's parent is init (PID 1 here): ipykernel would take that for its parent's death and
        # quit. It dies with nbgrader all the same: template, then init, then the whole namespace.
        env.pop("JPY_PARENT_PID", None)
        for name in ("IPYTHONDIR", "MPLCONFIGDIR", "JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "KERAS_HOME"):
            env.pop(name, None)
        env["JUPYTER_RUNTIME_DIR"] = os.path.join(home, "runtime")
        output_r, output_w = os.pipe()
        alive_r, alive_w = os.pipe()
    except BaseException as error:
        os.write(log_fd, f"[ERROR] could not contain the kernel: {error}\n".encode())
        os._exit(CONTAIN_FAILED_EXIT)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # interrupts are for the kernel, not its supervisor
    pid = os.fork()
    if pid == 0:
        os.close(output_r)
        os.close(alive_w)
        _init(jail, argv, scratch, env, start_kernel, output_w, alive_r, log_fd)
    os.close(output_w)
    os.close(alive_r)
    _supervise(pid, output_r, log_fd)


def _supervise(init: int, output_r: int, log_fd: int) -> None:
    """The template, outside the namespaces: keep at most LOG_LIMIT_BYTES of the kernel's raw output."""
    written = 0
    while True:
        try:
            chunk = os.read(output_r, 1 << 16)
        except InterruptedError:
            continue
        if not chunk:
            break
        if written < LOG_LIMIT_BYTES:
            keep = chunk[: LOG_LIMIT_BYTES - written]
            os.write(log_fd, keep)
            written += len(keep)
    while True:
        try:
            _, status = os.waitpid(init, 0)
            break
        except InterruptedError:
            continue
        except ChildProcessError:
            os._exit(1)
    os._exit(max(0, os.waitstatus_to_exitcode(status)))


def _init(jail: Jail, argv, scratch, env, start_kernel, output_w: int, alive_r: int, log_fd: int) -> None:
    """Step 5: PID 1 of the task's namespace."""
    try:
        libc = _libc()
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if select.select([alive_r], [], [], 0)[0]:  # the supervisor died before the line above
            os._exit(1)
        _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
        libc.sethostname(b"grading", 7)
    except BaseException as error:
        os.write(log_fd, f"[ERROR] could not contain the kernel: {error}\n".encode())
        os._exit(CONTAIN_FAILED_EXIT)
    kernel = os.fork()
    if kernel == 0:
        _kernel(jail, argv, scratch, env, start_kernel, output_w, log_fd)
    os.close(output_w)
    while True:
        try:
            pid, status = os.wait()
        except InterruptedError:
            continue
        except ChildProcessError:
            os._exit(1)
        if pid == kernel:
            os._exit(max(0, os.waitstatus_to_exitcode(status)))


def _kernel(jail: Jail, argv, scratch, env, start_kernel, output_w: int, log_fd: int) -> None:
    """Step 6: drop privileges, then become the kernel."""
    try:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        os.dup2(output_w, 1)
        os.dup2(output_w, 2)
        os.close(output_w)
        os.setgroups([])
        os.setresgid(jail.gid, jail.gid, jail.gid)
        os.setresuid(jail.uid, jail.uid, jail.uid)
        _check(_libc().prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")
        os.chdir(scratch)
    except BaseException as error:
        os.write(log_fd, f"[ERROR] could not contain the kernel: {error}\n".encode())
        os._exit(CONTAIN_FAILED_EXIT)
    os.close(log_fd)
    start_kernel(argv, scratch, env)
