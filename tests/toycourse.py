"""A tiny course ("toy": two graded functions) that exercises the autograder in seconds, not minutes."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
from nbformat import v4

from autograder.course import PROJECT_ROOT

ASSIGNMENT = "toy"


def _meta(grade_id: str, *, solution=False, grade=False, locked=False, points=None) -> dict:
    meta = {
        "schema_version": 3,
        "grade_id": grade_id,
        "solution": solution,
        "grade": grade,
        "locked": locked,
        "task": False,
    }
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


ADD = '''def add(a, b):
    """Return a + b for two numpy arrays of the same shape."""
    ### BEGIN SOLUTION
    return a + b
    ### END SOLUTION
'''

SCALE = '''def scale(x, k):
    """Return x multiplied by the number k."""
    ### BEGIN SOLUTION
    return add(x * (k - 1), x)
    ### END SOLUTION
'''

TEST_ADD = '''"""add returns the elementwise sum."""
import sys

import numpy as np
from utils.testing import check_array

print("a harmless warning on stderr", file=sys.stderr)
check_array("add(ones, ones)", add(np.ones(3), np.ones(3)), 2 * np.ones(3))
### BEGIN HIDDEN TESTS
check_array("add(ones, -ones)", add(np.ones((2, 2)), -np.ones((2, 2))), np.zeros((2, 2)))
### END HIDDEN TESTS
'''

TEST_SCALE = '''"""scale multiplies by k."""
import numpy as np
from utils.testing import check_array

check_array("scale(ones, 3)", scale(np.ones(2), 3), 3 * np.ones(2))
### BEGIN HIDDEN TESTS
check_array("scale(arange, -2)", scale(np.arange(3.0), -2), -2 * np.arange(3.0))
### END HIDDEN TESTS
'''


def source_notebook() -> nbformat.NotebookNode:
    cells = [
        v4.new_markdown_cell(
            "# Toy assignment\nTwo tiny functions.", metadata=_meta("md_intro", locked=True)
        ),
        v4.new_code_cell("import numpy as np", metadata=_meta("setup", locked=True)),
        v4.new_code_cell(ADD, metadata=_meta("add", solution=True)),
        v4.new_code_cell(TEST_ADD, metadata=_meta("test_add", grade=True, locked=True, points=2)),
        v4.new_markdown_cell("Now reuse `add`."),
        v4.new_code_cell(SCALE, metadata=_meta("scale", solution=True)),
        v4.new_code_cell(TEST_SCALE, metadata=_meta("test_scale", grade=True, locked=True, points=3)),
    ]
    notebook = v4.new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for index, cell in enumerate(notebook.cells):
        cell["id"] = f"toy-{index}"
    return notebook


def make_course(root: Path) -> Path:
    """A course directory with the project's nbgrader config and the toy assignment's source."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(PROJECT_ROOT / "assignments" / "nbgrader_config.py", root / "nbgrader_config.py")
    folder = root / "source" / ASSIGNMENT
    folder.mkdir(parents=True)
    nbformat.write(source_notebook(), str(folder / f"{ASSIGNMENT}.ipynb"))
    (folder / "data.txt").write_text("a file the notebook may read\n")
    return root
