"""One live kernel per notebook for the tests: run the reference once, then swap single cells (mutants)."""

from __future__ import annotations

import os
import queue
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from jupyter_client.manager import KernelManager

from autograder import notebooks as nbs
from autograder.course import quiet_env
from autograder.validate import KERNEL_ARGUMENTS


@dataclass
class Outcome:
    ok: bool
    error: str = ""  # "Ename: evalue" when the cell raised
    stdout: str = ""


@dataclass
class NotebookSession:
    """A kernel started in ``cwd`` that executes code cells one at a time."""

    cwd: Path
    env: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        environment = quiet_env({"NBGRADER_EXECUTION": "autograde", **self.env})
        self.manager = KernelManager(kernel_name="python3")
        # the kernel logs only errors (its start-up warning about TCP would reach the benchmarks' output)
        self.manager.start_kernel(cwd=str(self.cwd), env=environment, extra_arguments=KERNEL_ARGUMENTS)
        self.client = self.manager.client()
        self.client.start_channels()
        self.client.wait_for_ready(timeout=60)

    def run(self, source: str, timeout: float = 300) -> Outcome:
        chunks: list[str] = []
        errors: list[str] = []

        def hook(message):
            kind, content = message["header"]["msg_type"], message["content"]
            if kind == "stream" and content.get("name") == "stdout":
                chunks.append(content["text"])
            elif kind == "error":
                errors.append(f"{content['ename']}: {content['evalue']}")

        try:
            reply = self.client.execute_interactive(
                source, timeout=timeout, output_hook=hook, store_history=False
            )
        except (TimeoutError, queue.Empty):
            self.manager.interrupt_kernel()
            return Outcome(False, f"TimeoutError: cell ran longer than {timeout} s")
        ok = reply["content"]["status"] == "ok"
        return Outcome(
            ok,
            "" if ok else (errors[0] if errors else reply["content"].get("ename", "error")),
            "".join(chunks),
        )

    def close(self) -> None:
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)


@dataclass
class SourceRun:
    """The source notebook executed once: every cell's outcome, and the session kept alive for mutants."""

    session: NotebookSession
    notebook: object
    outcomes: list[Outcome]

    def failures(self) -> list[str]:
        return [
            f"cell {i} ({nbs.grade_id(c) or c.get('id')}): {o.error}"
            for i, (c, o) in enumerate(zip(self.notebook.cells, self.outcomes, strict=False))
            if not o.ok
        ]


def run_source(path: Path) -> SourceRun:
    """Run a source notebook in a scratch copy of its folder, so files it writes never reach a release."""
    notebook = nbs.read_notebook(path)
    workdir = Path(tempfile.mkdtemp(prefix=f"seqlab-{path.stem}-"))
    shutil.copytree(path.parent, workdir, dirs_exist_ok=True)
    session = NotebookSession(
        workdir, env={"PYTHONHASHSEED": "0", "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "2")}
    )
    outcomes = [session.run(c.source) if c.cell_type == "code" else Outcome(True) for c in notebook.cells]
    return SourceRun(session, notebook, outcomes)
