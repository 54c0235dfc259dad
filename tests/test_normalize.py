"""Rebuilding a submission on its release skeleton (no kernel needed)."""

from __future__ import annotations

import json

import nbformat

from autograder import notebooks as nbs
from autograder.submissions import normalize
from tests.toycourse import source_notebook


def _release():
    notebook = source_notebook()
    for cell in notebook.cells:
        if nbs.is_solution(cell):
            cell.source = cell.source.split("### BEGIN SOLUTION")[0] + "    raise NotImplementedError()\n"
        if nbs.is_test(cell):
            cell.source = cell.source.split("### BEGIN HIDDEN TESTS")[0]
    return notebook


def _copy(notebook):
    return nbformat.from_dict(json.loads(json.dumps(notebook)))


def _ids(notebook):
    return [nbs.grade_id(c) for c in notebook.cells]


def test_an_untouched_release_comes_back_unchanged():
    release = _release()
    rebuilt, notes = normalize(_copy(release), release)
    assert notes == []
    assert [c.source for c in rebuilt.cells] == [c.source for c in release.cells]


def test_answers_and_extra_cells_are_kept_in_place():
    release = _release()
    learner = _copy(release)
    answer = next(c for c in learner.cells if nbs.grade_id(c) == "add")
    answer.source = "def add(a, b):\n    return helper(a) + b\n"
    learner.cells.insert(2, nbformat.v4.new_code_cell("def helper(a):\n    return a"))
    rebuilt, notes = normalize(learner, release)
    assert notes == []
    sources = [c.source for c in rebuilt.cells]
    assert sources.index("def helper(a):\n    return a") < sources.index(answer.source)
    assert len({c["id"] for c in rebuilt.cells}) == len(rebuilt.cells)


def test_learner_metadata_cannot_turn_a_cell_into_points():
    release = _release()
    learner = _copy(release)
    answer = next(c for c in learner.cells if nbs.grade_id(c) == "add")
    answer.metadata["nbgrader"]["points"] = 100
    answer.metadata["nbgrader"]["grade"] = True
    forged = nbformat.v4.new_code_cell(
        "x = 1",
        metadata={
            "nbgrader": {
                "grade": True,
                "grade_id": "bonus",
                "points": 50,
                "solution": False,
                "locked": True,
                "schema_version": 3,
            }
        },
    )
    learner.cells.append(forged)
    rebuilt, notes = normalize(learner, release)
    assert nbs.max_score(rebuilt) == nbs.max_score(release) == 5
    assert any("unknown grade id 'bonus'" in n for n in notes)


def test_deleted_and_edited_cells_are_restored_and_noted():
    release = _release()
    learner = _copy(release)
    learner.cells = [c for c in learner.cells if nbs.grade_id(c) not in ("test_add", "add")]
    next(
        c for c in learner.cells if nbs.grade_id(c) == "setup"
    ).source = "import numpy as np\nnp.allclose = lambda *a, **k: True"
    rebuilt, notes = normalize(learner, release)
    assert _ids(rebuilt) == _ids(release)
    assert "import numpy as np" == next(c for c in rebuilt.cells if nbs.grade_id(c) == "setup").source
    assert {
        "answer cell add was deleted; graded as unanswered",
        "test cell test_add was deleted; restored",
        "locked cell setup was edited; restored",
    } <= set(notes)


def test_a_cell_turned_into_markdown_is_unanswered():
    release = _release()
    learner = _copy(release)
    answer = next(c for c in learner.cells if nbs.grade_id(c) == "add")
    answer.cell_type = "markdown"
    del answer["outputs"], answer["execution_count"]
    rebuilt, notes = normalize(learner, release)
    assert next(c for c in rebuilt.cells if nbs.grade_id(c) == "add").cell_type == "code"
    assert any("changed to markdown" in n for n in notes)


def test_a_test_cell_turned_into_a_raw_cell_comes_back_as_code_and_is_noted():
    release = _release()
    learner = _copy(release)
    test = next(c for c in learner.cells if nbs.grade_id(c) == "test_add")
    test.cell_type = "raw"
    test.pop("outputs", None)
    test.pop("execution_count", None)
    rebuilt, notes = normalize(learner, release)
    restored = next(c for c in rebuilt.cells if nbs.grade_id(c) == "test_add")
    assert restored.cell_type == "code" and nbs.is_test(restored)
    assert any("test_add: its cell type was changed to raw; restored" in n for n in notes), notes


def test_raised_points_in_a_locked_cell_are_put_back_and_noted():
    release = _release()
    learner = _copy(release)
    test = next(c for c in learner.cells if nbs.grade_id(c) == "test_scale")
    test.metadata["nbgrader"]["points"] = 100
    rebuilt, notes = normalize(learner, release)
    restored = next(c for c in rebuilt.cells if nbs.grade_id(c) == "test_scale")
    assert nbs.points(restored) == 3
    assert any("grading metadata was changed (points 3 -> 100)" in n for n in notes), notes


def test_an_nbformat_3_notebook_is_converted_and_noted(tmp_path):
    from autograder.submissions import load_submitted

    release = _release()
    v3 = nbformat.convert(_copy(release), 3)
    path = tmp_path / "toy.ipynb"
    path.write_text(nbformat.writes(v3, version=3))
    assert "worksheets" in json.loads(path.read_text())
    notes: list[str] = []
    learner = load_submitted(path, notes)
    assert learner.nbformat == 4
    assert notes == ["toy.ipynb was an nbformat 3 notebook; converted to nbformat 4"]
    rebuilt, notes = normalize(learner, release)
    assert [(c.cell_type, c.source) for c in rebuilt.cells] == [
        (c.cell_type, c.source) for c in release.cells
    ]
    assert notes == [], "ordinary cells without ids are matched to the release, not kept twice"


def test_a_notebook_of_an_unknown_format_version_is_refused_with_its_version():
    import pytest

    with pytest.raises(nbs.NotebookError, match="nbformat 2 notebook"):
        nbs.parse_notebook(json.dumps({"nbformat": 2, "worksheets": []}))
