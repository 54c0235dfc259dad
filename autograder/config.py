"""One home for the course's facts and for every nbgrader configuration the grader writes.

The course is data: ``course.toml`` in the course folder lists the assignments in order and what the
grader must know about each (limits, modules to preload in warm kernels, modules the guard protects).
:func:`load_spec` reads it. :func:`configure` is the only code that sets nbgrader options: the course's
``nbgrader_config.py`` calls it, and so do the one-submission courses of grading tasks and the scratch
courses that build gradebook templates (:func:`config_file`).
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_COURSE = PROJECT_ROOT / "assignments"
COURSE_FILE = "course.toml"
NBGRADER_CONFIG = "nbgrader_config.py"  # in the course folder; one call to configure
EXCHANGE = "exchange"  # nbgrader's exchange, inside the course folder
TEMPLATES = Path(__file__).resolve().parent / "templates"  # nbconvert templates: the feedback page
FEEDBACK_TEMPLATE = "seqlab_feedback"


@dataclass(frozen=True)
class AssignmentSpec:
    id: str
    title: str = ""
    preload: tuple[str, ...] = ()  # modules warm kernels import beyond the course's
    protected: tuple[str, ...] = ()  # modules the guard restores beyond the course's


@dataclass(frozen=True)
class CourseSpec:
    id: str = "sequence-models-lab"
    assignments: tuple[AssignmentSpec, ...] = ()
    cell_timeout_s: int = 120
    notebook_timeout_s: int = 900
    memory_gib: float = 4.0
    processes: int = 512
    preload: tuple[str, ...] = ()
    protected: tuple[str, ...] = ()
    source: Path | None = field(default=None, compare=False)  # the file it was read from

    @property
    def ids(self) -> list[str]:
        return [a.id for a in self.assignments]

    def assignment(self, assignment_id: str) -> AssignmentSpec:
        for spec in self.assignments:
            if spec.id == assignment_id:
                return spec
        return AssignmentSpec(assignment_id)

    def preload_modules(self) -> tuple[str, ...]:
        """What every warm kernel imports: the course's modules, then each assignment's, once each."""
        names = [*self.preload, *(m for a in self.assignments for m in a.preload)]
        return tuple(dict.fromkeys(names))

    def protected_modules(self, assignment_id: str | None = None) -> tuple[str, ...]:
        extra = self.assignment(assignment_id).protected if assignment_id else ()
        return tuple(dict.fromkeys([*self.protected, *extra]))


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where} must be a list of strings")
    return tuple(value)


def parse_spec(data: dict[str, Any], source: Path | None = None) -> CourseSpec:
    """A :class:`CourseSpec` from the parsed TOML; raises ``ValueError`` naming what is wrong."""
    known_top = {"course", "limits", "kernel", "assignments"}
    unknown = set(data) - known_top
    if unknown:
        raise ValueError(f"unknown sections {sorted(unknown)} (expected {sorted(known_top)})")
    limits = data.get("limits", {})
    kernel = data.get("kernel", {})
    assignments = []
    for index, entry in enumerate(data.get("assignments", [])):
        if not isinstance(entry.get("id"), str) or not entry["id"]:
            raise ValueError(f"assignments[{index}] has no id")
        extra = set(entry) - {"id", "title", "preload", "protected"}
        if extra:
            raise ValueError(f"assignment {entry['id']}: unknown keys {sorted(extra)}")
        assignments.append(
            AssignmentSpec(
                entry["id"],
                entry.get("title", ""),
                _strings(entry.get("preload", []), f"{entry['id']}.preload"),
                _strings(entry.get("protected", []), f"{entry['id']}.protected"),
            )
        )
    ids = [a.id for a in assignments]
    if len(set(ids)) != len(ids):
        raise ValueError(f"an assignment is listed twice: {ids}")
    defaults = CourseSpec()
    return CourseSpec(
        id=data.get("course", {}).get("id", defaults.id),
        assignments=tuple(assignments),
        cell_timeout_s=int(limits.get("cell_timeout_s", defaults.cell_timeout_s)),
        notebook_timeout_s=int(limits.get("notebook_timeout_s", defaults.notebook_timeout_s)),
        memory_gib=float(limits.get("memory_gib", defaults.memory_gib)),
        processes=int(limits.get("processes", defaults.processes)),
        preload=_strings(kernel.get("preload", []), "kernel.preload"),
        protected=_strings(kernel.get("protected", []), "kernel.protected"),
        source=source,
    )


@functools.cache
def _load(path: Path, mtime_ns: int) -> CourseSpec:
    try:
        with open(path, "rb") as handle:
            return parse_spec(tomllib.load(handle), path)
    except (tomllib.TOMLDecodeError, ValueError) as error:
        raise ValueError(f"{path}: {error}") from error


def load_spec(course_root: Path | None = None) -> CourseSpec:
    """The course's ``course.toml``; a course folder without one (a test's toy course) gets the project's
    settings with no assignment list, so its assignments are found by folder."""
    path = Path(course_root or DEFAULT_COURSE) / COURSE_FILE
    if not path.is_file():
        project = DEFAULT_COURSE / COURSE_FILE
        if not project.is_file():
            return CourseSpec()
        return CourseSpec(**{**_load(project, project.stat().st_mtime_ns).__dict__, "assignments": ()})
    return _load(path, path.stat().st_mtime_ns)


def configure(
    c: Any,
    root: str | Path,
    *,
    db: str | Path | None = None,
    assignment: str | None = None,
    cell_timeout: int | None = None,
    progress_file: str | None = None,
    protected: list[str] | tuple[str, ...] | None = None,
) -> None:
    """Set every nbgrader option on the config object ``c`` for the course folder ``root``.

    The course itself (release, formgrader, feedback, export) gives only ``root``; a grading task also
    gives its private gradebook ``db``, its ``assignment``, its ``cell_timeout`` and the file where the
    executor writes per-cell progress, and the modules the guard protects (else the course file's).
    """
    root = Path(root)
    spec = load_spec(root)
    c.CourseDirectory.course_id = spec.id
    c.CourseDirectory.root = str(root)
    c.CourseDirectory.db_url = "sqlite:///" + str(Path(db) if db else root / "gradebook.db")
    c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", ".*"]

    # What learners see in place of the solutions.
    c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
    c.ClearSolutions.text_stub = "YOUR ANSWER HERE"

    # The time per cell is the grader's limit everywhere: nbgrader's own commands, grading and validate.
    c.Execute.timeout = cell_timeout or spec.cell_timeout_s
    c.Execute.interrupt_on_timeout = True
    # nbgrader fails a whole notebook when a cell's last output arrives more than iopub_timeout after the
    # cell finished (nbclient's default is 4 s). On a machine under heavy load that happened to correct
    # notebooks (seen: "Timeout waiting for IOPub output" at load 8 with the grader at nice 19), so the
    # wait is as long as a cell may run: late output is not a learner's fault.
    c.Execute.iopub_timeout = cell_timeout or spec.cell_timeout_s

    # Libraries write harmless warnings to stderr; nbgrader scores any stderr output in a test cell as a
    # failure. A failed test is an exception, so stderr is not judged.
    c.IgnorePattern.enabled = True
    c.IgnorePattern.pattern = r"(?s).*"
    # nbgrader's validate (the Validate button) judges a test by whether it raised, like grading and our
    # validate, and answers with a summary and one line per failing test (autograder.preprocessors).
    from .preprocessors import summarize_validation

    c.Validator.Execute.on_cell_start = summarize_validation
    c.LimitOutput.max_lines = 1000
    c.LimitOutput.max_traceback = 100

    # nbgrader's exchange for this course (release_assignment, fetch, submit, collect, and JupyterLab's
    # Assignment List and formgrader), in the course folder. It is created, open to every local user as
    # nbgrader requires, for the course itself (the folder that has course.toml), not for grading tasks.
    exchange = root / EXCHANGE
    c.Exchange.root = str(exchange)
    if (root / COURSE_FILE).is_file() and db is None and progress_file is None:
        make_exchange(exchange)

    # Feedback shows scores and failure messages but not the hidden tests' code (nbgrader shows it), and its
    # score list names each test by its docstring (nbgrader writes "Test cell" for each): the project's
    # template extends nbgrader's (see its header).
    c.GenerateFeedback.preprocessors = [
        "nbgrader.preprocessors.GetGrades",
        "autograder.preprocessors.NameTests",
        "autograder.preprocessors.HideHiddenTests",
        "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
    ]
    # Feedback's exporter only: the formgrader's HTMLExporter keeps its own template.
    c.GenerateFeedback.exporter_class = "autograder.preprocessors.FeedbackExporter"
    c.FeedbackExporter.template_name = FEEDBACK_TEMPLATE
    c.FeedbackExporter.template_file = f"{FEEDBACK_TEMPLATE}.html.j2"
    c.FeedbackExporter.extra_template_basedirs = [str(TEMPLATES), _nbgrader_templates()]

    if progress_file is not None:  # a grading task
        c.Autograde.autograde_preprocessors = [
            "autograder.preprocessors.TrackedExecute",
            "nbgrader.preprocessors.IgnorePattern",
            "nbconvert.preprocessors.ClearMetadataPreprocessor",
            "nbgrader.preprocessors.LimitOutput",
            "nbgrader.preprocessors.SaveAutoGrades",
            "nbgrader.preprocessors.AssignLatePenalties",
            "nbgrader.preprocessors.CheckCellMetadata",
        ]
        c.TrackedExecute.progress_file = progress_file
        chosen = protected if protected is not None else spec.protected_modules(assignment)
        c.TrackedExecute.protected_modules = list(chosen)


def _nbgrader_templates() -> str:
    """The folder of nbgrader's own templates, where its feedback template (``feedback``) is."""
    import nbgrader

    return str(Path(nbgrader.__file__).parent / "server_extensions" / "formgrader" / "templates")


def make_exchange(path: str | Path) -> Path:
    """The exchange folder ``path``, created if missing: open to every local user (sticky, like /tmp), as
    nbgrader's exchange requires."""
    path = Path(path)
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        path.chmod(0o1777)
    return path


def config_file(root: str | Path, **options: Any) -> str:
    """The text of an ``nbgrader_config.py`` that calls :func:`configure` with these arguments."""
    arguments = "".join(f", {key}={value!r}" for key, value in options.items() if value is not None)
    return (
        "from autograder.config import configure\n\n"
        f"configure(get_config(), {str(root)!r}{arguments})  # noqa: F821\n"
    )
