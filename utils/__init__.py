"""Helpers shared by the Sequence Models Lab notebooks: testing, gradient checks, grading mode, seeding.

Notebooks import from here instead of pasting code, so one fix reaches every assignment.
"""
