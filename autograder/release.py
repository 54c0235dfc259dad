"""Release assignments: lint the source, run nbgrader's generate_assignment, prove nothing leaked, and
publish the release to nbgrader's exchange (``release_assignment``) for the formgrader and learners."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .config import NBGRADER_CONFIG, config_file, make_exchange
from .course import Course, ToolError, quiet_env
from .lint import check_release, lint_source


def release(course: Course, assignments: list[str] | None = None, log=print) -> list[str]:
    """Release ``assignments`` (all with a source notebook when None); return the ids released."""
    available = course.assignments()
    chosen = assignments or available
    unknown = [a for a in chosen if a not in available]
    if unknown:
        raise ToolError(f"no source notebook for {unknown}; available: {available}")
    for assignment in chosen:
        problems = lint_source(course.source_notebook(assignment))
        if problems:
            raise ToolError(f"{assignment}: the source notebook has problems:\n  " + "\n  ".join(problems))
        course.nbgrader("generate_assignment", assignment, "--force")
        problems = check_release(course.source_notebook(assignment), course.release_notebook(assignment))
        if problems:
            shutil.rmtree(course.release / assignment, ignore_errors=True)
            raise ToolError(f"{assignment}: the release was withdrawn:\n  " + "\n  ".join(problems))
        _as_jupyterlab_writes(course.release_notebook(assignment))
        exchange = publish(course, assignment)
        log(f"released {assignment} -> {course.release / assignment} (and to the exchange, {exchange})")
    return chosen


def publish(course: Course, assignment: str) -> Path:
    """Put the release of ``assignment`` in nbgrader's exchange; return where it is there.

    This is ``nbgrader release_assignment --force`` (nbgrader's exchange API, with the course's own
    ``nbgrader_config.py``): the formgrader then lists the assignment as released and a learner's
    Assignment List can fetch it. Publishing again replaces what the exchange held, so releasing twice
    is not an error; a learner who already fetched the assignment keeps their copy, as with nbgrader.
    """
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange import ExchangeError, ExchangeFactory
    from traitlets.config.loader import ConfigFileNotFound, PyFileConfigLoader

    try:
        config = PyFileConfigLoader(NBGRADER_CONFIG, path=str(course.root)).load_config()
    except ConfigFileNotFound as error:
        raise ToolError(f"{course.root} has no {NBGRADER_CONFIG}: it is not an nbgrader course") from error
    config.CourseDirectory.assignment_id = assignment
    config.ExchangeReleaseAssignment.force = True
    exchange = make_exchange(config.Exchange.root)  # else nbgrader makes it, with a warning
    coursedir = CourseDirectory(config=config)
    releaser = ExchangeFactory(config=config).ReleaseAssignment(
        coursedir=coursedir, authenticator=Authenticator(config=config), config=config
    )
    try:
        releaser.start()
    except (ExchangeError, OSError, RuntimeError) as error:
        raise ToolError(
            f"{assignment}: cannot publish the release to nbgrader's exchange {exchange}: {error}"
        ) from error
    return exchange / coursedir.course_id / "outbound" / assignment


def kernel_metadata() -> dict:
    """The notebook metadata JupyterLab writes when it opens a notebook with the project's kernel: a release
    that already has it opens unmodified (no "unsaved changes" before the learner typed anything)."""
    import platform

    from ipykernel.ipkernel import IPythonKernel

    language_info = {**IPythonKernel.language_info, "version": platform.python_version()}
    return {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": language_info,
    }


def _as_jupyterlab_writes(path: Path) -> None:
    import nbformat

    notebook = nbformat.read(path, as_version=nbformat.NO_CONVERT)
    notebook.metadata.update(kernel_metadata())
    nbformat.write(notebook, path)


def ensure_released(course: Course, assignment: str) -> None:
    """Release ``assignment`` if its release is missing or older than its source."""
    source, released = course.source_notebook(assignment), course.release_notebook(assignment)
    if (
        not released.is_file()
        or released.stat().st_mtime < source.stat().st_mtime
        or not course.gradebook.is_file()
    ):
        release(course, [assignment], log=lambda _message: None)


def source_digest(course: Course, assignment: str) -> str:
    digest = hashlib.sha256()
    for path in sorted((course.source / assignment).rglob("*")):
        if path.is_file() and ".ipynb_checkpoints" not in path.parts:
            digest.update(str(path.relative_to(course.source)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def gradebook_template(course: Course, assignment: str) -> bytes:
    """A gradebook that knows this one assignment and no students: what a grading task may see.

    Built once per version of the source by running generate_assignment in a scratch course, and cached.
    """
    cache = course.grades / "templates" / f"{assignment}-{source_digest(course, assignment)}.db"
    if cache.is_file():
        return cache.read_bytes()
    with tempfile.TemporaryDirectory(prefix="seqlab-template-") as scratch:
        root = Path(scratch)
        shutil.copytree(course.source / assignment, root / "source" / assignment)
        (root / NBGRADER_CONFIG).write_text(config_file(root))
        process = subprocess.run(
            [sys.executable, "-m", "autograder.nbgrader_main", "generate_assignment", assignment, "--force"],
            cwd=root,
            capture_output=True,
            text=True,
            env=quiet_env(),
            timeout=300,
        )
        if process.returncode != 0:
            raise ToolError(
                f"cannot build the gradebook template for {assignment}:\n{process.stderr[-2000:]}"
            )
        data = (root / "gradebook.db").read_bytes()
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(data)
    return data
