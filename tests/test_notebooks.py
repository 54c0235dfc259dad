"""Every source notebook passes its own tests, and its tests reject every kept wrong implementation.

The source notebook runs once per assignment in one kernel; each mutant then replaces one solution cell,
reruns only that function's test cells, and the reference is put back.
"""

from __future__ import annotations

import pytest

from autograder import notebooks as nbs
from autograder.course import Course
from tests import mutants

ASSIGNMENTS = Course().assignments()
MIN_MUTANTS = 5
CASES = [(assignment, mutant) for assignment in ASSIGNMENTS for mutant in mutants.load(assignment)]


def _function(run, name):
    return next(f for f in nbs.graded_functions(run.notebook) if f.name == name)


@pytest.mark.slow
@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_source_notebook_passes_its_own_tests(source_run, assignment):
    run = source_run(assignment)
    assert not run.failures(), "\n".join(run.failures())


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_graded_function_has_enough_mutants(course, assignment):
    functions = [f.name for f in nbs.graded_functions(nbs.read_notebook(course.source_notebook(assignment)))]
    counts = {name: 0 for name in functions}
    for mutant in mutants.load(assignment):
        assert mutant.function in counts, f"mutant for unknown function {mutant.function}"
        counts[mutant.function] += 1
    short = {name: n for name, n in counts.items() if n < MIN_MUTANTS}
    assert not short, f"fewer than {MIN_MUTANTS} mutants: {short}"


@pytest.mark.parametrize(
    "assignment, mutant", CASES, ids=[f"{a}:{m.function}:{m.description}" for a, m in CASES]
)
def test_mutant_applies_to_the_reference(course, assignment, mutant):
    notebook = nbs.read_notebook(course.source_notebook(assignment))
    function = next(f for f in nbs.graded_functions(notebook) if f.name == mutant.function)
    mutated = mutant.apply(notebook.cells[function.solution_index].source)
    compile(nbs.strip_markers(mutated), f"<mutant {mutant.description}>", "exec")


@pytest.mark.slow
@pytest.mark.parametrize(
    "assignment, mutant", CASES, ids=[f"{a}:{m.function}:{m.description}" for a, m in CASES]
)
def test_mutant_is_rejected(source_run, assignment, mutant):
    run = source_run(assignment)
    assert not run.failures(), "the reference notebook itself fails"
    function = _function(run, mutant.function)
    reference = run.notebook.cells[function.solution_index].source
    try:
        defined = run.session.run(mutant.apply(reference))
        assert defined.ok, f"the mutant does not even define {mutant.function}: {defined.error}"
        outcomes = [run.session.run(run.notebook.cells[i].source, timeout=120) for i in function.test_indices]
        assert any(not o.ok for o in outcomes), (
            f"'{mutant.description}' passes every test of {mutant.function}"
        )
    finally:
        restored = run.session.run(reference)
        assert restored.ok, restored.error
