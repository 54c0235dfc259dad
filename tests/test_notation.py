"""One spelling per symbol: no notebook's code and no helper uses a stray spelling (utils.notation)."""

from __future__ import annotations

import io
import tokenize
from pathlib import Path

import pytest

from autograder import notebooks as nbs
from autograder.course import Course
from utils.notation import STRAYS

ROOT = Path(__file__).resolve().parent.parent
HELPERS = sorted((ROOT / "utils").glob("*.py")) + sorted((ROOT / "datasets").glob("*/*.py"))


def strays(code: str) -> list[str]:
    """Names (not strings or comments) in ``code`` that :data:`utils.notation.STRAYS` lists, with the fix.

    >>> strays("Tx, n_a = 30, 64  # Tx in a comment is fine\\nprint('Ty', T_y)")
    ['Tx (write T_x)']
    """
    lines = [line for line in code.splitlines() if not line.lstrip().startswith(("%", "!"))]  # magics
    found = []
    for token in tokenize.generate_tokens(io.StringIO("\n".join(lines) + "\n").readline):
        if token.type == tokenize.NAME and token.string in STRAYS:
            found.append(f"{token.string} (write {STRAYS[token.string]})")
    return found


@pytest.mark.parametrize("assignment", Course().assignments())
def test_notebook_code_uses_the_canonical_names(assignment):
    notebook = nbs.read_notebook(Course().source_notebook(assignment))
    found = {
        f"cell {index}": names
        for index, cell in enumerate(notebook.cells)
        if cell.cell_type == "code" and (names := strays(cell.source))
    }
    assert not found, f"{assignment}: stray spellings (see utils/notation.py): {found}"


@pytest.mark.parametrize("path", HELPERS, ids=[str(p.relative_to(ROOT)) for p in HELPERS])
def test_helpers_use_the_canonical_names(path):
    assert not strays(path.read_text(encoding="utf-8")), path
