"""The Sequence Models Lab autograder: release, grade, feedback, export and validate on top of nbgrader."""

__version__ = "0.1.0"
