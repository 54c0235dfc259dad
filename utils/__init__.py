"""Helpers shared by the Sequence Models Lab notebooks: testing, gradient checks, grading mode, seeding.

Notebooks import from here instead of pasting code, so one fix reaches every assignment. Importing any of
these modules first sets TensorFlow's quiet environment (:mod:`utils.quiet`), so a notebook that imports
``utils`` before ``keras`` shows no TensorFlow log lines.
"""

from utils import quiet as _quiet  # noqa: F401  (sets utils.quiet.ENV before anything can load TensorFlow)
