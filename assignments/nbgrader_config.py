"""nbgrader configuration of the course: every option is set by autograder.config.configure."""

import os

from autograder.config import configure

configure(get_config(), os.path.dirname(os.path.abspath(__file__)))  # noqa: F821 - given by nbgrader
