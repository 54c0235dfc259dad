"""Checks on a source notebook before release, and on the release it produced.

``lint_source`` finds what would make grading wrong or confusing later: invalid nbgrader metadata,
duplicated grade ids, a graded function without tests, tests without points, a solution cell that does not
define the function its grade id names, committed outputs. ``check_release`` proves that no solution code
and no hidden test text reached the learners' copy.
"""

from __future__ import annotations

from pathlib import Path

from nbgrader.nbgraderformat import MetadataValidator, ValidationError

from . import notebooks as nbs


def lint_source(path: str | Path) -> list[str]:
    """Problems in a source notebook (an empty list when it is fit to release)."""
    path = Path(path)
    try:
        notebook = nbs.read_notebook(path)
    except nbs.NotebookError as error:
        return [str(error)]
    problems: list[str] = []
    name = path.name

    try:
        MetadataValidator().validate_nb(notebook)
    except ValidationError as error:
        problems.append(f"{name}: nbgrader metadata is invalid: {error}")
    except Exception as error:  # schema too old/new and similar
        problems.append(f"{name}: nbgrader metadata is invalid: {error}")

    seen: dict[str, int] = {}
    for index, cell in enumerate(notebook.cells):
        meta = nbs.nbgrader_meta(cell)
        label = f"{name} cell {index}"
        if meta and meta.get("schema_version") != 3:
            problems.append(f"{label}: nbgrader schema_version is {meta.get('schema_version')}, expected 3")
        gid = meta.get("grade_id")
        if meta and not gid:
            problems.append(f"{label}: nbgrader cell without a grade_id")
        if gid:
            if gid in seen:
                problems.append(f"{label}: grade_id {gid!r} is also used by cell {seen[gid]}")
            seen[gid] = index
        if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count") is not None):
            problems.append(f"{label}: has outputs or an execution count; clear them before committing")
        if nbs.is_grade(cell) and nbs.points(cell) <= 0:
            problems.append(f"{label} ({gid}): graded cell without points")
        if nbs.is_solution(cell) and cell.cell_type == "code":
            defined = nbs.defined_function(cell.source)
            if defined != gid:
                problems.append(
                    f"{label}: solution cell {gid!r} must define a function or class of that name (defines {defined!r})"
                )
            if not nbs.solution_blocks(cell.source):
                problems.append(
                    f"{label} ({gid}): solution cell without {nbs.SOLUTION_BEGIN} / {nbs.SOLUTION_END}"
                )
        if cell.source.count(nbs.HIDDEN_BEGIN) != cell.source.count(nbs.HIDDEN_END):
            problems.append(f"{label} ({gid}): unbalanced hidden-test markers")
        if (nbs.HIDDEN_BEGIN in cell.source) and not nbs.is_test(cell):
            problems.append(f"{label} ({gid}): hidden tests outside an autograded test cell")

    functions = nbs.graded_functions(notebook)
    names = [f.name for f in functions]
    for function in functions:
        if not function.test_indices:
            problems.append(
                f"{name}: graded function {function.name!r} has no test cell (grade_id test_{function.name}...)"
            )
    for index, cell in enumerate(notebook.cells):
        if nbs.is_test(cell) and nbs.function_of_test(nbs.grade_id(cell) or "", names) is None:
            problems.append(
                f"{name} cell {index}: test cell {nbs.grade_id(cell)!r} does not name a graded function "
                f"(expected test_<function>, functions: {names})"
            )
    if not functions:
        problems.append(f"{name}: no graded functions")
    return problems


def check_release(source_path: str | Path, release_path: str | Path) -> list[str]:
    """Problems with a generated release: solution code or hidden tests that leaked into it."""
    source = nbs.read_notebook(source_path)
    release = nbs.read_notebook(release_path)
    name = Path(release_path).name
    problems: list[str] = []
    release_by_id = {nbs.grade_id(c): c for c in release.cells if nbs.grade_id(c)}
    text_of_release = "\n".join(cell.source for cell in release.cells)
    for marker in (nbs.SOLUTION_BEGIN, nbs.SOLUTION_END, nbs.HIDDEN_BEGIN, nbs.HIDDEN_END):
        if marker in text_of_release:
            problems.append(f"{name}: the release still contains {marker!r}")
    for cell in source.cells:
        gid = nbs.grade_id(cell)
        if not gid:
            continue
        released = release_by_id.get(gid)
        if released is None:
            problems.append(f"{name}: cell {gid!r} is missing from the release")
            continue
        released_lines = {line.strip() for line in released.source.splitlines()}
        for block in nbs.solution_blocks(cell.source):
            leaked = [
                line.strip()
                for line in block.splitlines()
                if _meaningful(line) and line.strip() in released_lines
            ]
            if leaked:
                problems.append(f"{name}: solution code of {gid!r} leaked into the release: {leaked[0]!r}")
        visible = _without_hidden(cell.source)
        visible_lines = {line.strip() for line in visible.splitlines()}
        for block in nbs.hidden_test_blocks(cell.source):
            leaked = [
                line.strip()
                for line in block.splitlines()
                if _meaningful(line) and line.strip() in released_lines and line.strip() not in visible_lines
            ]
            if leaked:
                problems.append(f"{name}: hidden test of {gid!r} leaked into the release: {leaked[0]!r}")
    for cell in release.cells:
        if cell.cell_type == "code" and cell.get("outputs"):
            problems.append(f"{name}: release cell {nbs.grade_id(cell) or cell.get('id')} has outputs")
    return problems


def _meaningful(line: str) -> bool:
    stripped = line.strip()
    return (
        bool(stripped)
        and not stripped.startswith("#")
        and stripped not in {"pass", "return", "else:", "try:"}
    )


def _without_hidden(source: str) -> str:
    out, hidden = [], False
    for line in source.splitlines():
        if line.strip() == nbs.HIDDEN_BEGIN:
            hidden = True
        elif line.strip() == nbs.HIDDEN_END:
            hidden = False
        elif not hidden:
            out.append(line)
    return "\n".join(out)
