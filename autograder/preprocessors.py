"""nbconvert preprocessors used when feedback is generated (configured in ``assignments/nbgrader_config.py``)."""

from __future__ import annotations

import re

from nbgrader.preprocessors import NbGraderPreprocessor

from . import notebooks as nbs

HIDDEN_NOTE = "# (hidden tests ran here; they are not shown)"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


class HideHiddenTests(NbGraderPreprocessor):
    """In feedback, replace hidden test code by a note and cut tracebacks of test cells to their last line.

    A learner sees that a hidden test failed and its message, not the test's code (nbgrader's own feedback
    shows the hidden tests in full).
    """

    def preprocess_cell(self, cell, resources, cell_index):
        if nbs.is_test(cell):
            pattern = re.escape(nbs.HIDDEN_BEGIN) + r".*?" + re.escape(nbs.HIDDEN_END)
            cell.source = re.sub(pattern, HIDDEN_NOTE, cell.source, flags=re.DOTALL)
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    output["traceback"] = [
                        f"{output.get('ename', 'Error')}: {_ANSI.sub('', str(output.get('evalue', '')))}"
                    ]
        return cell, resources
