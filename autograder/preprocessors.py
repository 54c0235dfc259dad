"""nbconvert preprocessors used when feedback is generated (configured in ``assignments/nbgrader_config.py``)."""

from __future__ import annotations

import json
import re
import time

from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from traitlets import Unicode

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


class TrackedExecute(Execute):
    """nbgrader's Execute, writing one JSON line per cell to ``progress_file`` as the notebook runs.

    When a task is stopped (notebook time limit, memory limit, a kernel that died), the progress file says
    in which cell it happened and which test cells had already passed, so those keep their points.
    """

    progress_file = Unicode("", help="JSON-lines file for per-cell progress (none when empty)").tag(
        config=True
    )

    def _note(self, **event) -> None:
        if self.progress_file:
            with open(self.progress_file, "a", encoding="utf-8") as handle:
                handle.write(json.dumps(event) + "\n")

    def preprocess_cell(self, cell, resources, index):
        gid = nbs.grade_id(cell)
        self._note(event="start", index=index, grade_id=gid, time=time.time())
        cell, resources = super().preprocess_cell(cell, resources, index)
        failed = any(output.get("output_type") == "error" for output in cell.get("outputs", []))
        self._note(event="done", index=index, grade_id=gid, failed=failed, time=time.time())
        return cell, resources
