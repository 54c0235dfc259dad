"""Plausible wrong implementations of every graded function, kept to prove the notebook tests reject them.

Each assignment has a module ``tests/mutants/<assignment>.py`` with a list ``MUTANTS`` of :class:`Mutant`.
A mutant is the reference solution cell of one graded function with a few exact text replacements (each
``old`` must occur in the reference exactly ``count`` times, so a mutant can never silently turn into the
reference), or a whole replacement ``source`` for bugs that are not a small edit.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mutant:
    function: str  # the graded function, i.e. the grade_id of its solution cell
    description: str  # the mistake a learner would make, in a few words
    replace: tuple[tuple[str, str], ...] = field(default=())  # (old, new) pairs applied in order
    source: str | None = None  # a whole replacement for the solution cell instead of ``replace``
    count: int = 1  # how many times each ``old`` must occur (all occurrences are replaced)

    def apply(self, reference: str) -> str:
        """The mutated cell source; raises ``ValueError`` if a replacement does not match the reference."""
        if self.source is not None:
            if self.replace:
                raise ValueError(f"{self.function}/{self.description}: give replace or source, not both")
            return self.source
        if not self.replace:
            raise ValueError(f"{self.function}/{self.description}: no replacement given")
        text = reference
        for old, new in self.replace:
            found = text.count(old)
            if found != self.count:
                raise ValueError(
                    f"{self.function}/{self.description}: {old!r} occurs {found} times in the reference, "
                    f"expected {self.count}"
                )
            text = text.replace(old, new)
        if text == reference:
            raise ValueError(f"{self.function}/{self.description}: the mutant equals the reference")
        return text


def load(assignment: str) -> list[Mutant]:
    """The mutants kept for ``assignment`` (an empty list when it has none yet)."""
    try:
        module = importlib.import_module(f"tests.mutants.{assignment}")
    except ModuleNotFoundError:
        return []
    return list(module.MUTANTS)
