"""nbgrader configuration of the Sequence Models Lab course (read by nbgrader and by `python -m autograder`)."""

import os

c = get_config()  # noqa: F821 - provided by nbgrader when it loads this file

c.CourseDirectory.course_id = "sequence-models-lab"
c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
c.CourseDirectory.db_url = "sqlite:///" + os.path.join(c.CourseDirectory.root, "gradebook.db")
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", ".*"]

# What learners see in place of the solutions.
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"

# Per-cell time limit while grading (seconds). The per-notebook limit is the autograder's (see
# autograder/config.py); a cell that runs out is interrupted and scores zero, later cells still run.
c.Execute.timeout = 120
c.Execute.interrupt_on_timeout = True

# TensorFlow and other libraries write harmless warnings to stderr. nbgrader scores any stderr output in a
# test cell as a failure; a failed test is an exception, so stderr is dropped from graded cells.
c.IgnorePattern.enabled = True
c.IgnorePattern.pattern = r"(?s).*"

# Feedback shows scores and failure messages but not the hidden tests' code (nbgrader shows it by default).
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "autograder.preprocessors.HideHiddenTests",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
