"""Finding submissions in a folder or a zip, and rebuilding each notebook against its release.

A learner can delete, duplicate, edit or re-order cells, rename the notebook or hand in something that is
not a notebook at all. :func:`normalize` rebuilds the notebook to grade from the release: the release's
cells in the release's order, with the learner's answer in each answer cell and the learner's own extra
cells kept where they were written. Test cells always come from the release (nbgrader then restores the
hidden tests from the gradebook). Every repair is reported as a note, so the instructor sees what happened.
"""

from __future__ import annotations

import shutil
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbformat import NotebookNode

from . import notebooks as nbs
from .course import ToolError

MAX_ZIP_BYTES = 2 * 1024**3  # refuse zips that expand to more than this
MAX_NOTEBOOK_BYTES = 50 * 1024**2


@dataclass
class Submission:
    student: str
    assignment: str
    folder: Path  # the learner's assignment folder (as handed in)
    notebook: Path | None = None  # the notebook to grade, when one was found
    notes: list[str] = field(default_factory=list)
    problem: str | None = None  # why it cannot be graded (missing notebook...)


def unpack_zip(archive: Path, destination: Path) -> Path:
    """Extract a zip of submissions safely (no paths outside ``destination``, bounded size)."""
    try:
        with zipfile.ZipFile(archive) as zf:
            total = 0
            for info in zf.infolist():
                total += info.file_size
                target = (destination / info.filename).resolve()
                if not str(target).startswith(str(destination.resolve())):
                    raise ToolError(f"{archive.name}: entry {info.filename!r} points outside the archive")
                if stat.S_ISLNK(info.external_attr >> 16):
                    raise ToolError(f"{archive.name}: entry {info.filename!r} is a symbolic link")
            if total > MAX_ZIP_BYTES:
                raise ToolError(
                    f"{archive.name} expands to {total / 1024**3:.1f} GiB, more than the 2 GiB allowed"
                )
            zf.extractall(destination)
    except zipfile.BadZipFile as error:
        raise ToolError(f"{archive.name} is not a readable zip file: {error}") from error
    return destination


def find_root(folder: Path, assignments: list[str]) -> Path:
    """The folder laid out as ``<student>/<assignment>/``: ``folder`` itself or a ``submitted`` inside it."""
    for candidate in [folder, folder / "submitted", *sorted(folder.glob("*/submitted"))]:
        if candidate.is_dir() and any(
            (s / a).is_dir() for s in candidate.iterdir() if s.is_dir() for a in assignments
        ):
            return candidate
    subfolders = [p for p in folder.iterdir() if p.is_dir() and not p.name.startswith((".", "__"))]
    if len(subfolders) == 1:  # a zip that wraps everything in one top folder
        return find_root(subfolders[0], assignments)
    raise ToolError(
        f"no submissions found in {folder}: expected folders <student>/<assignment>/ for one of {assignments}"
    )


def discover(root: Path, assignments: list[str], only: list[str] | None = None) -> list[Submission]:
    """Every (student, assignment) folder under ``root``, each with the notebook to grade or a problem."""
    found = []
    for student_dir in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for assignment_dir in sorted(
            p for p in student_dir.iterdir() if p.is_dir() and not p.name.startswith(".")
        ):
            assignment = assignment_dir.name
            if only and assignment not in only:
                continue
            submission = Submission(student_dir.name, assignment, assignment_dir)
            if assignment not in assignments:
                submission.problem = f"unknown assignment {assignment!r} (known: {', '.join(assignments)})"
            else:
                _locate_notebook(submission)
            found.append(submission)
    return found


def _locate_notebook(submission: Submission) -> None:
    expected = submission.folder / f"{submission.assignment}.ipynb"
    if expected.is_file():
        submission.notebook = expected
        return
    others = sorted(
        p
        for p in submission.folder.glob("*.ipynb")
        if p.is_file() and not p.name.startswith(".") and "checkpoint" not in p.name
    )
    if len(others) == 1:
        submission.notebook = others[0]
        submission.notes.append(f"notebook was named {others[0].name}; graded as {expected.name}")
    elif not others:
        submission.problem = f"missing notebook: expected {expected.name}, found no notebook"
    else:
        names = ", ".join(p.name for p in others)
        submission.problem = f"missing notebook: expected {expected.name}, found several others ({names})"


def load_submitted(path: Path, notes: list[str] | None = None) -> NotebookNode:
    """The learner's notebook as nbformat 4 (an nbformat 3 notebook is converted, and ``notes`` says so)."""
    if path.stat().st_size > MAX_NOTEBOOK_BYTES:
        raise nbs.NotebookError(f"{path.name} is larger than {MAX_NOTEBOOK_BYTES // 1024**2} MiB")
    notebook = nbs.read_notebook(path)
    original = notebook.metadata.get("orig_nbformat")
    if notes is not None and original and original < 4:
        notes.append(f"{path.name} was an nbformat {original} notebook; converted to nbformat 4")
    return notebook


def _key(cell: NotebookNode) -> str | None:
    gid = nbs.grade_id(cell)
    return f"grade:{gid}" if gid else (f"id:{cell.get('id')}" if cell.get("id") else None)


def normalize(submitted: NotebookNode, release: NotebookNode) -> tuple[NotebookNode, list[str]]:
    """Rebuild ``submitted`` on the release's skeleton; return the notebook to grade and notes on repairs."""
    notes: list[str] = []
    release_keys = [_key(cell) for cell in release.cells]
    known = {k for k in release_keys if k}
    release_by_key = {k: c for k, c in zip(release_keys, release.cells, strict=True) if k}

    submitted = _match_unkeyed_cells(submitted, release, known)
    chosen: dict[str, NotebookNode] = {}  # learner versions of answer / editable cells
    extras: dict[str | None, list[NotebookNode]] = {}  # learner's own cells, by the release cell before them
    anchor: str | None = None
    order_seen: list[str] = []
    for cell in submitted.cells:
        key = _key(cell)
        if key in known:
            order_seen.append(key)
            if key in chosen or (key in order_seen[:-1]):
                if nbs.is_solution(release_by_key[key]):
                    notes.append(
                        f"answer cell {nbs.grade_id(cell)} appears twice; the first copy is graded as the answer, later copies run as ordinary cells"
                    )
                    extras.setdefault(anchor, []).append(_as_plain(cell))
                else:
                    notes.append(f"cell {key.split(':', 1)[1]} appears twice; the copy was dropped")
                continue
            chosen[key] = cell
            anchor = key
        else:
            if nbs.nbgrader_meta(cell):
                notes.append(f"cell with unknown grade id {nbs.grade_id(cell)!r} kept as an ordinary cell")
            extras.setdefault(anchor, []).append(_as_plain(cell))

    in_release_order = [k for k in release_keys if k in set(order_seen)]
    deduped_seen = list(dict.fromkeys(order_seen))
    if deduped_seen != in_release_order:
        notes.append("cells were re-ordered; the release order was restored")

    cells: list[NotebookNode] = list(extras.get(None, []))
    for key, original in zip(release_keys, release.cells, strict=True):
        learner = chosen.get(key) if key else None
        cells.append(_merge(original, learner, notes))
        if key:
            cells.extend(extras.get(key, []))
    result = nbformat.v4.new_notebook(metadata=release.metadata)
    result.cells = cells
    nbs.clear_outputs(result)
    for index, cell in enumerate(result.cells):  # unique ids, as nbformat 4.5 requires
        cell["id"] = f"c{index:04d}"
    return result, notes


def _match_unkeyed_cells(submitted: NotebookNode, release: NotebookNode, known: set[str]) -> NotebookNode:
    """Give an ordinary learner cell whose id the release does not know (an nbformat 3 notebook has no ids)
    the id of the release cell it still equals, type and text, so it is not kept twice."""
    free: dict[tuple[str, str], list[str]] = {}
    for cell in release.cells:
        if not nbs.nbgrader_meta(cell) and cell.get("id"):
            free.setdefault((cell.cell_type, cell.source), []).append(cell["id"])
    taken = {c.get("id") for c in submitted.cells if f"id:{c.get('id')}" in known}
    cells = []
    for cell in submitted.cells:
        key = _key(cell)
        candidates = [i for i in free.get((cell.cell_type, cell.source), []) if i not in taken]
        if key not in known and not nbs.nbgrader_meta(cell) and candidates:
            cell = nbformat.from_dict(dict(cell))
            cell["id"] = candidates[0]
            taken.add(candidates[0])
        cells.append(cell)
    rebuilt = nbformat.from_dict(dict(submitted))
    rebuilt.cells = cells
    return rebuilt


def _as_plain(cell: NotebookNode) -> NotebookNode:
    """A learner cell without nbgrader metadata (it can neither earn nor lose points)."""
    copy = nbformat.from_dict(dict(cell))
    copy.metadata = {k: v for k, v in cell.get("metadata", {}).items() if k != "nbgrader"}
    return copy


def _merge(original: NotebookNode, learner: NotebookNode | None, notes: list[str]) -> NotebookNode:
    cell = nbformat.from_dict(dict(original))
    gid = nbs.grade_id(original)
    label = gid or original.get("id")
    if nbs.is_solution(original):
        if learner is None:
            notes.append(f"answer cell {label} was deleted; graded as unanswered")
        elif learner.cell_type != original.cell_type:
            notes.append(f"answer cell {label} was changed to {learner.cell_type}; graded as unanswered")
        else:
            cell.source = learner.source
    elif nbs.nbgrader_meta(original):
        kind = "test" if nbs.is_grade(original) else "locked"
        if learner is None:
            notes.append(f"{kind} cell {label} was deleted; restored")
        else:
            if learner.cell_type != original.cell_type:
                notes.append(
                    f"{kind} cell {label}: its cell type was changed to {learner.cell_type}; restored"
                )
            elif learner.source != original.source:
                notes.append(f"{kind} cell {label} was edited; restored")
            changed = _changed_grading_metadata(original, learner)
            if changed:
                notes.append(f"{kind} cell {label}: its grading metadata was changed ({changed}); restored")
    elif learner is not None and learner.cell_type == original.cell_type:
        cell.source = learner.source  # ordinary cells are the learner's to change
    return cell


def _changed_grading_metadata(original: NotebookNode, learner: NotebookNode) -> str:
    """Which nbgrader fields (points, grade, locked...) the learner's copy of a locked cell changed."""
    mine, theirs = nbs.nbgrader_meta(original), nbs.nbgrader_meta(learner)
    fields = ("points", "grade", "solution", "locked", "task", "grade_id")
    changed = [
        f"{f} {mine.get(f)!r} -> {theirs.get(f)!r}" for f in fields if theirs and mine.get(f) != theirs.get(f)
    ]
    return ", ".join(changed)


def copy_assignment_files(release_dir: Path, destination: Path) -> None:
    """Copy the files a released notebook needs (data, images), never the learner's versions of them."""
    for path in release_dir.rglob("*"):
        if path.is_file() and path.suffix != ".ipynb" and ".ipynb_checkpoints" not in path.parts:
            target = destination / path.relative_to(release_dir)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
