"""Process-tree helpers shared by the whole process layer: walking, measuring, killing, leaving.

The process layer imports one way, bottom to top::

    procs        walk, measure and kill process trees; end a forked child cleanly (this module)
      ^
    sandbox      contain one kernel: cgroups, namespaces, a read-only view of the disk, an unprivileged user
      ^
    warmkernel   the kernel template forked before nbgrader starts; becomes the (contained) kernel
      ^
    launch       the fork server: one nbgrader process per task, forked from a pre-imported server
      ^
    task         one submission: private folder, limits, the scores read back from nbgrader's gradebook

Nothing here imports from the modules above it.
"""

from __future__ import annotations

import os
import sys

import psutil


def family(pid: int) -> list[psutil.Process]:
    """A process and all its descendants (none if it is gone)."""
    try:
        parent = psutil.Process(pid)
        return [parent, *parent.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants."""
    total = 0
    for member in family(pid):
        try:
            total += member.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def tree_pss(pid: int) -> int:
    """Proportional resident bytes of a process and all its descendants: pages they share are counted once.

    Kernels are forked with the course's imports already in memory (:mod:`autograder.warmkernel`), so
    their resident size counts pages the nbgrader process holds too; the proportional size (slower to
    read, so only read when the resident sizes add up to more than the limit) does not.
    """
    total = 0
    for member in family(pid):
        try:
            with open(f"/proc/{member.pid}/smaps_rollup", encoding="ascii") as rollup:
                for line in rollup:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
        except (OSError, ValueError):
            try:
                total += member.memory_info().rss
            except psutil.NoSuchProcess:
                pass
    return total


def kill_tree(pid: int) -> None:
    """Kill a process, every descendant, and every process in their sessions.

    This is the fallback for machines without cgroups: a contained task is killed as a whole through its
    cgroup and PID namespace (:mod:`autograder.sandbox`). Kernels run in their own session, and a child a
    kernel forked is re-parented when the kernel dies, so following parent links alone can miss it; its
    session id still gives it away.
    """
    members = family(pid)
    if not members:
        return
    members = [*members[1:], members[0]]
    own_session = os.getsid(0)
    sessions = set()
    for member in members:
        try:
            sessions.add(os.getsid(member.pid))
        except OSError:
            pass
    sessions.discard(own_session)
    if sessions:
        for process in psutil.process_iter():
            try:
                if os.getsid(process.pid) in sessions and process not in members:
                    members.append(process)
            except (OSError, psutil.Error):
                pass
    for process in members:
        try:
            process.kill()
        except psutil.Error:
            pass
    psutil.wait_procs(members, timeout=10)


def exit_code(leaving: SystemExit) -> int:
    """The process exit code that ``sys.exit(...)`` asked for."""
    return leaving.code if isinstance(leaving.code, int) else (0 if leaving.code is None else 1)


def flush_and_exit(code: int) -> None:
    """End a forked child at once (no atexit handlers or inherited buffers of its parent), output kept."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    os._exit(code)
