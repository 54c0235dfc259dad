"""The trigger-word task's facts, in one place: the notebook and ``datasets/trigger_word`` import them.

The word to detect is ``TRIGGER_WORD``. An example is ``BACKGROUND_MS`` of audio at
``utils.audio.SAMPLE_RATE_HZ``; its log-mel spectrogram has ``T_x`` frames (one every 10 ms) of ``n_freq``
mel bands; the model answers at ``T_y`` output steps (its Conv1D has stride 4: one step every 40 ms). The
``LABEL_STEPS`` steps right after the step in which a trigger word ends are labelled 1. Every mixed example
is brought to ``TARGET_DBFS``.

>>> T_x * 10 == BACKGROUND_MS, T_x // 4 == T_y, LABEL_STEPS * BACKGROUND_MS // T_y
(True, True, 400)
"""

from __future__ import annotations

import json
from pathlib import Path

__all__ = [
    "TRIGGER_WORD",
    "BACKGROUND_MS",
    "T_x",
    "n_freq",
    "T_y",
    "LABEL_STEPS",
    "TARGET_DBFS",
    "shipped_threshold",
]

TRIGGER_WORD = "computer"  # the word the model learns to detect
BACKGROUND_MS = 10_000  # every example lasts ten seconds
T_x, n_freq = 1000, 40  # spectrogram: one frame every 10 ms, 40 mel bands
T_y = 250  # model output: one step every 40 ms
LABEL_STEPS = 10  # output steps labelled 1 after the trigger word ends (400 ms)
TARGET_DBFS = -20.0  # every example is brought to this loudness


def shipped_threshold(model_path: str | Path) -> float:
    """The detection threshold ``datasets/trigger_word/calibrate.py`` chose for a shipped model (a file in
    ``datasets/trigger_word``) on validation audio: the lowest with at most one false accept per hour."""
    from utils import core

    record = json.loads((core.dataset_dir("trigger_word") / "thresholds.json").read_text(encoding="utf-8"))
    return float(record[Path(model_path).name]["threshold"])
