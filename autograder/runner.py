"""Where grading tasks run: dask.distributed, in-process by default or on any cluster by address.

A task carries everything it needs (:class:`autograder.task.Task`), so a worker needs the project's
environment but no shared filesystem. A worker that dies mid-task has its task run again elsewhere by the
scheduler (up to ``distributed.scheduler.allowed-failures`` times); a task that cannot be finished comes
back as an ``error`` result for that submission only.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .task import Task, TaskResult, run_task


class Runner:
    def __init__(self, client: Any):
        self.client = client
        self.pending: dict[Any, Task] = {}

    def submit(self, task: Task) -> None:
        key = f"grade-{task.assignment}-{task.student}-{id(task):x}"
        self.pending[self.client.submit(run_task, task, key=key, pure=False)] = task

    def results(self) -> Iterator[TaskResult]:
        """Each result as soon as it is ready, in completion order."""
        from distributed import as_completed

        for future in as_completed(list(self.pending)):
            task = self.pending.pop(future)
            try:
                yield future.result()
            except Exception as error:  # a worker lost too often, a cancelled future...
                yield TaskResult(task.student, task.assignment, "error", f"grading worker failed: {error!r}")


@contextmanager
def runner(jobs: int = 1, scheduler: str | None = None) -> Iterator[Runner]:
    """A :class:`Runner` on the cluster at ``scheduler`` (``tcp://host:8786``), else on an in-process
    LocalCluster running ``jobs`` tasks at once (each task is a subprocess, so threads suffice)."""
    from distributed import Client, LocalCluster

    for name in ("distributed", "distributed.scheduler", "distributed.worker", "distributed.nanny"):
        logging.getLogger(name).setLevel(logging.ERROR)
    if scheduler:
        client = Client(scheduler, timeout="30s")
        try:
            yield Runner(client)
        finally:
            client.close()
        return
    with warnings.catch_warnings():
        # The scheduler's HTTP server tells the terminal when its usual port is taken; it takes another.
        warnings.filterwarnings("ignore", message="Port .* is already in use", category=UserWarning)
        cluster = LocalCluster(
            n_workers=1, threads_per_worker=max(1, jobs), processes=False, dashboard_address=None
        )
    with cluster, Client(cluster) as client:
        yield Runner(client)
