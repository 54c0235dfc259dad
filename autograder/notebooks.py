"""Reading notebooks and their nbgrader cell metadata (schema 3).

Everything that asks "what kind of cell is this" goes through here, so the linter, the submission
normaliser, the demo and the tests agree on the answer.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
from nbformat import NotebookNode

SOLUTION_BEGIN = "### BEGIN SOLUTION"
SOLUTION_END = "### END SOLUTION"
HIDDEN_BEGIN = "### BEGIN HIDDEN TESTS"
HIDDEN_END = "### END HIDDEN TESTS"
STUB = "# YOUR CODE HERE\nraise NotImplementedError()"


class NotebookError(Exception):
    """A file that cannot be used as a notebook; the message says why, in words a learner understands."""


def read_notebook(path: str | Path) -> NotebookNode:
    """Read and validate a notebook, raising :class:`NotebookError` with a clear reason."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise NotebookError(f"cannot read {path.name}: {error.strerror}") from error
    return parse_notebook(raw, path.name)


def parse_notebook(raw: bytes | str, name: str = "notebook") -> NotebookNode:
    """Parse notebook JSON text; raise :class:`NotebookError` when it is not a valid notebook."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as error:
        raise NotebookError(f"{name} is not a notebook: it is not UTF-8 text") from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise NotebookError(f"{name} is not valid JSON (line {error.lineno}: {error.msg})") from error
    if not isinstance(data, dict) or "nbformat" not in data or not ("cells" in data or "worksheets" in data):
        raise NotebookError(
            f"{name} is JSON but not a notebook (no 'cells' or 'worksheets', or no 'nbformat')"
        )
    if not isinstance(data["nbformat"], int) or not 3 <= data["nbformat"] <= 4:
        raise NotebookError(
            f"{name} is an nbformat {data['nbformat']!r} notebook; only versions 3 and 4 are read"
        )
    try:
        notebook = nbformat.reads(text, as_version=4)  # nbformat 3 is converted here
        nbformat.validate(notebook)
    except Exception as error:  # nbformat raises several types for malformed content
        message = str(error).splitlines()[0][:200]
        raise NotebookError(f"{name} is not a valid notebook: {message}") from error
    return notebook


def write_notebook(notebook: NotebookNode, path: str | Path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, str(path))


def nbgrader_meta(cell: NotebookNode) -> dict[str, Any]:
    meta = cell.get("metadata", {}).get("nbgrader")
    return dict(meta) if isinstance(meta, dict) else {}


def grade_id(cell: NotebookNode) -> str | None:
    return nbgrader_meta(cell).get("grade_id")


def is_solution(cell: NotebookNode) -> bool:
    return bool(nbgrader_meta(cell).get("solution"))


def is_grade(cell: NotebookNode) -> bool:
    return bool(nbgrader_meta(cell).get("grade"))


def is_test(cell: NotebookNode) -> bool:
    """An autograded test: a code cell that is graded and is not an answer."""
    return cell.cell_type == "code" and is_grade(cell) and not is_solution(cell)


def is_locked(cell: NotebookNode) -> bool:
    meta = nbgrader_meta(cell)
    return bool(meta.get("locked")) or (bool(meta.get("grade")) and not meta.get("solution"))


def points(cell: NotebookNode) -> float:
    return float(nbgrader_meta(cell).get("points") or 0.0)


@dataclass(frozen=True)
class GradedFunction:
    """A graded function: its solution cell and the test cells that grade it."""

    name: str
    solution_index: int
    test_indices: tuple[int, ...]
    points: float


def defined_function(source: str) -> str | None:
    """The name of the first top-level ``def`` or ``class`` in a cell (a graded layer is a class).

    >>> defined_function("import numpy as np\\n\\ndef rnn_forward(x, a0, parameters):\\n    pass")
    'rnn_forward'
    >>> defined_function("class EncoderLayer(keras.layers.Layer):\\n    pass")
    'EncoderLayer'
    """
    match = re.search(r"^(?:def|class)\s+([A-Za-z_]\w*)\s*[(:]", source, flags=re.MULTILINE)
    return match.group(1) if match else None


def function_of_test(test_id: str, functions: list[str]) -> str | None:
    """Which graded function a test cell belongs to: the longest ``f`` with ``test_id`` starting ``test_f``.

    >>> function_of_test("test_rnn_cell_forward_hidden", ["rnn_forward", "rnn_cell_forward"])
    'rnn_cell_forward'
    >>> function_of_test("test_other", ["rnn_forward"]) is None
    True
    """
    matches = [f for f in functions if test_id == f"test_{f}" or test_id.startswith(f"test_{f}_")]
    return max(matches, key=len) if matches else None


def graded_functions(notebook: NotebookNode) -> list[GradedFunction]:
    """The graded functions of a source or release notebook, in notebook order."""
    solutions = {
        grade_id(cell): index
        for index, cell in enumerate(notebook.cells)
        if is_solution(cell) and cell.cell_type == "code" and grade_id(cell)
    }
    tests: dict[str, list[int]] = {name: [] for name in solutions}
    for index, cell in enumerate(notebook.cells):
        if is_test(cell):
            owner = function_of_test(grade_id(cell) or "", list(solutions))
            if owner:
                tests[owner].append(index)
    return [
        GradedFunction(
            name=name,
            solution_index=solutions[name],
            test_indices=tuple(tests[name]),
            points=sum(points(notebook.cells[i]) for i in tests[name]),
        )
        for name in sorted(solutions, key=solutions.get)
    ]


def max_score(notebook: NotebookNode) -> float:
    return sum(points(cell) for cell in notebook.cells if is_grade(cell))


def strip_markers(source: str) -> str:
    """The reference solution as a learner would write it: solution markers removed, hidden tests kept out.

    >>> strip_markers("def f():\\n    ### BEGIN SOLUTION\\n    return 1\\n    ### END SOLUTION\\n")
    'def f():\\n    return 1\\n'
    """
    lines = [
        line
        for line in source.splitlines(keepends=True)
        if line.strip() not in (SOLUTION_BEGIN, SOLUTION_END)
    ]
    return "".join(lines)


def clear_outputs(notebook: NotebookNode) -> NotebookNode:
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return notebook


def hidden_test_blocks(source: str) -> list[str]:
    """The text between each pair of hidden-test markers.

    >>> hidden_test_blocks("a\\n### BEGIN HIDDEN TESTS\\nassert x == 1\\n### END HIDDEN TESTS\\n")
    ['assert x == 1']
    """
    pattern = re.escape(HIDDEN_BEGIN) + r"(.*?)" + re.escape(HIDDEN_END)
    return [block.strip() for block in re.findall(pattern, source, flags=re.DOTALL)]


def solution_blocks(source: str) -> list[str]:
    pattern = re.escape(SOLUTION_BEGIN) + r"(.*?)" + re.escape(SOLUTION_END)
    return [block.strip() for block in re.findall(pattern, source, flags=re.DOTALL)]
