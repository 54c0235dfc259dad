"""TensorFlow's log lines off, in one place: importing this module sets :data:`ENV` (unless already set).

TensorFlow writes its log lines to the process's standard error (file descriptor 2), which Jupyter shows
in a notebook's outputs. With TensorFlow 2.21 on a CPU they come from two loggers:

- TensorFlow's own logger (``cpu_feature_guard.cc`` and other notices). ``TF_CPP_MIN_LOG_LEVEL=2`` keeps
  its INFO and WARNING lines out.
- Abseil's logger, compiled into TensorFlow's libraries, which ignores ``TF_CPP_MIN_LOG_LEVEL`` and, never
  initialized, writes everything to stderr: ``I0000 ... port.cc:153] oneDNN custom operations are on ...``
  (with "WARNING: All log messages before absl::InitializeLog() is called are written to STDERR") when
  TensorFlow loads, and ``E0000 ... util.cc:131] oneDNN supports DT_BOOL only on platforms with AVX-512
  ...`` the first time a graph computes a boolean or int32 tensor (an accuracy metric, an argmax). Both
  are about TensorFlow's oneDNN custom operations; ``TF_ENABLE_ONEDNN_OPTS=0`` turns those operations
  off, and the lines with them. TensorFlow then runs its default (Eigen) CPU kernels, as it does on
  every platform where oneDNN is off by default; the course's models are far too small to notice.

TensorFlow reads both variables once, when it loads, so they must be in the environment before the first
``import keras``: notebooks import this module first (``import utils.quiet``, and any ``import utils...``
does it too), and the grader puts :data:`ENV` in the environment of nbgrader and of its kernels.

>>> environ = {"TF_CPP_MIN_LOG_LEVEL": "0"}
>>> apply(environ) is environ, environ == {"TF_CPP_MIN_LOG_LEVEL": "0", "TF_ENABLE_ONEDNN_OPTS": "0"}
(True, True)
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

__all__ = ["ENV", "apply"]

ENV: dict[str, str] = {
    "TF_CPP_MIN_LOG_LEVEL": "2",  # TensorFlow's own logger: errors only
    "TF_ENABLE_ONEDNN_OPTS": "0",  # no oneDNN custom operations, so none of Abseil's oneDNN log lines
}


def apply(environ: MutableMapping[str, str] | None = None) -> MutableMapping[str, str]:
    """Put every variable of :data:`ENV` that is not set yet into ``environ`` (default ``os.environ``)."""
    environ = os.environ if environ is None else environ
    for name, value in ENV.items():
        environ.setdefault(name, value)
    return environ


apply()
