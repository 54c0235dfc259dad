"""nbconvert preprocessors the autograder configures: tracked and guarded execution, feedback without hidden
tests and with named tests (and feedback's exporter)."""

from __future__ import annotations

import json
import re
import secrets
import time

from nbconvert.exporters import HTMLExporter
from nbformat import NotebookNode
from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from traitlets import Bool, List, Unicode

from . import notebooks as nbs
from .guard import SEAL_PREFIX
from .guard import seal_token as guard_token

HIDDEN_NOTE = "# (hidden tests ran here; they are not shown)"
_INLINE_FIGURES = """\
try:
    import matplotlib as _m
    from matplotlib_inline import backend_inline as _b
    if _m.get_backend() == "module://matplotlib_inline.backend_inline" and _b.flush_figures not in (
        get_ipython().events.callbacks["post_execute"]
    ):
        _b.configure_inline_support(get_ipython(), _m.get_backend())
    del _m, _b
except Exception:
    pass
"""
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


_DOCSTRING = re.compile(r'\A\s*[rRuU]?("""|\'\'\'|"|\')(.*?)\1', re.DOTALL)
_SENTENCE_END = re.compile(r"(?<=[.!?]) (?=[A-Z])")


def title_of_test(cell: NotebookNode) -> str:
    """What a test cell checks, in one line, from the docstring every test cell of the course opens with:
    its first line, joined with the lines it wraps onto, up to the end of the first sentence or the first
    semicolon, so that no name stops mid-phrase where the source wrapped; else the cell's grade id.

    >>> from nbformat.v4 import new_code_cell
    >>> title_of_test(new_code_cell("'''f: shape (1, d), sine on even\\n    features; zeros above.'''\\nf()"))
    'f: shape (1, d), sine on even features'
    >>> title_of_test(new_code_cell('"Checks g: u.v / |u|, 0.0 for\\nzeros. Run f first."'))
    'Checks g: u.v / |u|, 0.0 for zeros.'
    >>> title_of_test(new_code_cell("f()", metadata={"nbgrader": {"grade_id": "test_f"}}))
    'test_f'
    """
    found = _DOCSTRING.match(cell.source)
    paragraph = found.group(2).strip().split("\n\n")[0] if found else ""
    summary = _SENTENCE_END.split(" ".join(paragraph.split()))[0].split("; ")[0]
    return summary or nbs.grade_id(cell) or ""


class NameTests(NbGraderPreprocessor):
    """In feedback, name each test in the score list at the top: ``resources["test_names"]`` maps grade ids
    to :func:`title_of_test`, which the project's feedback template (``autograder/templates/seqlab_feedback``)
    shows in place of nbgrader's "Test cell" for every test."""

    def preprocess(self, nb, resources):
        resources["test_names"] = {
            nbs.grade_id(cell): title_of_test(cell) for cell in nb.cells if nbs.is_test(cell)
        }
        return nb, resources


class FeedbackExporter(HTMLExporter):
    """The HTML exporter of feedback (``GenerateFeedback.exporter_class``), so that the project's feedback
    template (``FeedbackExporter.template_name``, set in :func:`autograder.config.configure`) is feedback's
    alone: the formgrader renders submissions with an ``HTMLExporter`` and its own template."""


class HideHiddenTests(NbGraderPreprocessor):
    """In feedback, replace hidden test code by a note and cut tracebacks of test cells to their last line.

    A learner sees that a hidden test failed and its message, not the test's code (nbgrader's own feedback
    shows the hidden tests in full).
    """

    def preprocess_cell(self, cell, resources, cell_index):
        if nbs.is_test(cell):
            pattern = re.escape(nbs.HIDDEN_BEGIN) + r".*?" + re.escape(nbs.HIDDEN_END)
            cell.source = re.sub(pattern, HIDDEN_NOTE, cell.source, flags=re.DOTALL)
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    output["traceback"] = [
                        f"{output.get('ename', 'Error')}: {_ANSI.sub('', str(output.get('evalue', '')))}"
                    ]
        return cell, resources


class TrackedExecute(Execute):
    """nbgrader's Execute with two additions, both decided outside the kernel.

    Progress: one JSON line per cell in ``progress_file``, so a run that is stopped (time or memory
    limit, a dead kernel) still says in which cell it stopped and which test cells had passed.

    Integrity: before the first cell the kernel gets :mod:`autograder.guard`; before each test cell the
    guard restores hooks that learner code changed, and after it the guard must print a token that only
    it can compute. A test cell without that token did not run to completion (an input transformer that
    blanks cells, a patched ``run_cell``...) and scores zero, whatever its output claims.
    """

    progress_file = Unicode("", help="JSON-lines file for per-cell progress (none when empty)").tag(
        config=True
    )
    guard = Bool(True, help="install autograder.guard in the kernel and seal every test cell").tag(
        config=True
    )
    protected_modules = List(Unicode(), help="modules whose functions the guard restores").tag(config=True)

    def __init__(self, *args, **kwargs):
        from .warmkernel import WarmKernelManager  # nbgrader's Execute would pick AsyncKernelManager

        kwargs.setdefault("kernel_manager_class", WarmKernelManager)
        super().__init__(*args, **kwargs)

    def _note(self, **event) -> None:
        if self.progress_file:
            with open(self.progress_file, "a", encoding="utf-8") as handle:
                handle.write(json.dumps(event) + "\n")

    def _hidden(self, code: str, index: int) -> tuple[str, str]:
        """Run grader code in the kernel; return its stdout and error (if any) without touching the notebook."""
        cell = NotebookNode(cell_type="code", source=code, metadata={}, outputs=[], execution_count=None)
        # nbclient stores the cell it ran at ``index`` of the notebook: put the notebook's own cell back, or
        # a markdown cell there (never run again) would be replaced by the grader's code in the feedback.
        own = self.nb.cells[index] if index < len(self.nb.cells) else None
        try:
            self.execute_cell(cell, index, store_history=False)
        finally:
            if own is not None:
                self.nb.cells[index] = own
        stdout = "".join(
            o.get("text", "")
            for o in cell.outputs
            if o.get("output_type") == "stream" and o.get("name") == "stdout"
        )
        errors = [
            f"{o.get('ename')}: {o.get('evalue')}" for o in cell.outputs if o.get("output_type") == "error"
        ]
        return stdout, errors[0] if errors else ""

    def preprocess_cell(self, cell, resources, index):
        gid = nbs.grade_id(cell)
        if not getattr(self, "_figures_on", False):
            # Figures as images, as the learner saw them: a kernel forked from a template that imported
            # matplotlib before IPython existed has no inline figure formatter (feedback would show
            # "<Figure size ... with 1 Axes>"). Before the guard, so that its snapshot holds the hook.
            self._figures_on = True
            self._hidden(_INLINE_FIGURES, index)
        if self.guard and not getattr(self, "_secret", None):
            self._secret = secrets.token_hex(16)
            _, error = self._hidden(
                "import autograder.guard as _g; "
                f"_g.install({self._secret!r}, {list(self.protected_modules)!r}); del _g",
                index,
            )
            if error:
                self._note(
                    event="integrity", grade_id=None, reason=f"the guard could not be installed: {error}"
                )
        sealed = self.guard and nbs.is_test(cell) and cell.source.strip()
        if sealed:
            stdout, error = self._hidden("import autograder.guard as _g; print(_g.reset()); del _g", index)
            if error or not stdout.strip().startswith("["):
                self._note(
                    event="integrity", grade_id=gid, reason=f"the kernel check before {gid} did not run"
                )
            elif stdout.strip() != "[]":
                self._note(
                    event="integrity", grade_id=gid, reason=f"before {gid}: {stdout.strip()} (restored)"
                )
            nonce = secrets.token_hex(8)
            original = cell.source
            cell.source = (
                original.rstrip("\n")
                + f"\n__import__('autograder.guard', fromlist=['seal']).seal({nonce!r})\n"
            )
        self._note(event="start", index=index, grade_id=gid, time=time.time())
        try:
            cell, resources = super().preprocess_cell(cell, resources, index)
        finally:
            if sealed:
                cell.source = original
        if sealed:
            self._check_seal(cell, gid, guard_token(self._secret, nonce))
        failed = any(output.get("output_type") == "error" for output in cell.get("outputs", []))
        self._note(event="done", index=index, grade_id=gid, failed=failed, time=time.time())
        return cell, resources

    def _check_seal(self, cell, gid: str, expected: str) -> None:
        line = f"{SEAL_PREFIX} {expected}"
        found = False
        for output in cell.outputs:
            if output.get("output_type") == "stream" and line in output.get("text", ""):
                found = True
                output["text"] = output["text"].replace(line + "\n", "").replace(line, "")
        cell.outputs = [
            o for o in cell.outputs if not (o.get("output_type") == "stream" and not o.get("text"))
        ]
        errors = [o for o in cell.outputs if o.get("output_type") == "error"]
        for error in errors:
            if error.get("ename") == "IntegrityError":
                self._note(event="integrity", grade_id=gid, reason=f"during {gid}: {error.get('evalue')}")
        if not found and not errors:
            reason = (
                f"test cell {gid} did not run to completion (its code was skipped or rewritten as it ran)"
            )
            self._note(event="integrity", grade_id=gid, reason=reason)
            cell.outputs.append(
                NotebookNode(
                    output_type="error",
                    ename="IntegrityError",
                    evalue=reason,
                    traceback=[f"IntegrityError: {reason}"],
                )
            )


class _ValidationRun:
    """What :func:`summarize_validation` has seen of the notebook being validated (in cell order)."""

    def __init__(self) -> None:
        self.last_index = -1
        self.previous: NotebookNode | None = None  # the cell that ran before the current one
        self.outcomes: list[tuple[str, float, bool, str]] = []  # grade id, points, passed, message
        self.first_failure: dict | None = None  # the error output that carries the summary
        self.first_message = ""


_run = _ValidationRun()


def summarize_validation(cell: NotebookNode, cell_index: int, **_hook_arguments) -> None:
    """nbgrader's ``validate`` (JupyterLab's Validate button): judge by exceptions and make the answer
    readable. Configured as ``Validator.Execute.on_cell_start``, so it runs only on the copy nbgrader
    validates (never saved); it looks at each test cell when the next cell starts (nbgrader keeps the
    hook after a cell ran for itself), so a test cell must not be a notebook's last cell (none is).

    nbgrader lists each failing test cell with its full source and traceback (hundreds of lines) and fails
    a test that wrote to stderr. Here:

    - stderr of test cells is dropped (as in grading: a test fails only when it raises);
    - each error is cut to its last line (``AssertionError: a_next has shape ...``);
    - a failing test cell that was not edited shows as ``test_x (6 points)`` instead of its code (its
      checksum is recomputed, so an edited test cell is still reported as changed);
    - the first failing test carries the summary: every test passed or failed, with points.
    """
    global _run
    if cell_index <= _run.last_index:  # a new notebook
        _run = _ValidationRun()
    _run.last_index = cell_index
    previous, _run.previous = _run.previous, cell
    if previous is not None and nbs.is_test(previous):
        _judge(previous)


def _judge(cell: NotebookNode) -> None:
    from nbgrader.utils import compute_checksum

    cell.outputs = [
        o for o in cell.outputs if not (o.get("output_type") == "stream" and o.get("name") == "stderr")
    ]
    errors = [o for o in cell.outputs if o.get("output_type") == "error"]
    message = ""
    for error in errors:
        message = _ANSI.sub("", f"{error.get('ename', 'Error')}: {error.get('evalue', '')}").strip()
        if message == "NotImplementedError:":
            message += " not answered yet (its answer cell still raises NotImplementedError)"
        error["traceback"] = [message]
    gid, points = nbs.grade_id(cell) or "?", nbs.points(cell)
    _run.outcomes.append((gid, points, not errors, message))
    if errors:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("checksum") == compute_checksum(cell):
            cell.source = f"{gid} ({points:g} points)"
            meta["checksum"] = compute_checksum(cell)
        if _run.first_failure is None:
            _run.first_failure, _run.first_message = errors[0], message
    if _run.first_failure is not None:
        _run.first_failure["traceback"] = _summary(_run) + [_run.first_message]


def _summary(run: _ValidationRun) -> list[str]:
    earned = sum(p for _, p, passed, _ in run.outcomes if passed)
    total = sum(p for _, p, _, _ in run.outcomes)
    passed = sum(1 for outcome in run.outcomes if outcome[2])
    return [
        f"{passed} of {len(run.outcomes)} tests pass: {earned:g}/{total:g} points from the visible tests "
        "(hidden tests run when you are graded)",
        *(
            f"  {'PASS' if ok else 'FAIL'}  {gid} ({points:g} points)" + ("" if ok else f": {message}")
            for gid, points, ok, message in run.outcomes
        ),
        "",
        "This test's error:",
    ]
