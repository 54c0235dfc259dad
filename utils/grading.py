"""Grading mode: long cells train briefly while nbgrader grades or validates a notebook.

nbgrader sets ``NBGRADER_EXECUTION`` (``autograde`` or ``validate``) while it runs a notebook. The tests
check functions and model structure, not the outcome of a long training run, so training cells ask
:func:`choose` for their budget. ``SEQLAB_GRADING_MODE=1`` forces grading mode (used by our tests).

>>> import os
>>> os.environ.pop("NBGRADER_EXECUTION", None) and None
>>> choose(learner=2000, grading=20, environ={})
2000
>>> choose(learner=2000, grading=20, environ={"NBGRADER_EXECUTION": "autograde"})
20
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TypeVar

T = TypeVar("T")

__all__ = ["grading_mode", "choose"]


def grading_mode(environ: Mapping[str, str] | None = None) -> bool:
    """True while nbgrader autogrades or validates, or when ``SEQLAB_GRADING_MODE=1``."""
    env = os.environ if environ is None else environ
    return bool(env.get("NBGRADER_EXECUTION")) or env.get("SEQLAB_GRADING_MODE") == "1"


def choose(learner: T, grading: T, environ: Mapping[str, str] | None = None) -> T:
    """Return ``grading`` in grading mode, else ``learner`` (e.g. a number of epochs)."""
    return grading if grading_mode(environ) else learner
