"""Where things live in the course directory, and running nbgrader's own commands on it."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from utils import quiet

from .config import DEFAULT_COURSE, PROJECT_ROOT, CourseSpec, load_spec

COURSE_ID = load_spec().id
__all__ = ["COURSE_ID", "DEFAULT_COURSE", "PROJECT_ROOT", "Course", "ToolError", "quiet_env"]


class ToolError(Exception):
    """The tool itself cannot go on (as opposed to one bad submission): the CLI exits nonzero."""


@dataclass(frozen=True)
class Course:
    root: Path = DEFAULT_COURSE

    @property
    def source(self) -> Path:
        return self.root / "source"

    @property
    def release(self) -> Path:
        return self.root / "release"

    @property
    def submitted(self) -> Path:
        return self.root / "submitted"

    @property
    def autograded(self) -> Path:
        return self.root / "autograded"

    @property
    def feedback(self) -> Path:
        return self.root / "feedback"

    @property
    def grades(self) -> Path:
        """Our per-submission results (status, notes, per-cell scores) beside nbgrader's gradebook."""
        return self.root / "grades"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def gradebook(self) -> Path:
        return self.root / "gradebook.db"

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.gradebook}"

    @property
    def spec(self) -> CourseSpec:
        """The course file (``course.toml``): assignments in order, limits, kernel modules."""
        return load_spec(self.root)

    def assignments(self) -> list[str]:
        """Assignment ids that have a source notebook, in the course file's order (others after, by name)."""
        order = self.spec.ids
        found = (
            [p.name for p in sorted(self.source.iterdir()) if (p / f"{p.name}.ipynb").is_file()]
            if self.source.is_dir()
            else []
        )
        return sorted(found, key=lambda a: (order.index(a) if a in order else len(order), a))

    def source_notebook(self, assignment: str) -> Path:
        return self.source / assignment / f"{assignment}.ipynb"

    def release_notebook(self, assignment: str) -> Path:
        return self.release / assignment / f"{assignment}.ipynb"

    def nbgrader(
        self, *args: str, timeout: float = 600, cwd: Path | None = None
    ) -> subprocess.CompletedProcess:
        """Run ``nbgrader ARGS`` in the course directory with this interpreter; raise ToolError on failure."""
        command = [sys.executable, "-m", "autograder.nbgrader_main", *args]
        process = subprocess.run(
            command, cwd=cwd or self.root, capture_output=True, text=True, timeout=timeout, env=quiet_env()
        )
        if process.returncode != 0:
            tail = "\n".join((process.stdout + process.stderr).strip().splitlines()[-15:])
            raise ToolError(f"nbgrader {' '.join(args)} failed:\n{tail}")
        return process


def quiet_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for nbgrader and kernels: TensorFlow's start-up chatter off, no GPU probing."""
    env = dict(os.environ)
    # nbgrader runs `alembic` and kernels run `python`: this interpreter's bin folder (the venv) comes first.
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    quiet.apply(env)  # TensorFlow's log lines off, as every notebook has them (utils/quiet.py)
    env.setdefault("CUDA_VISIBLE_DEVICES", "")
    env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    if extra:
        env.update(extra)
    return env
