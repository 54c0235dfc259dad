"""The trigger-word task's facts, in one place: the notebook and ``datasets/trigger_word`` import them.

An example is ``BACKGROUND_MS`` of audio at ``utils.audio.SAMPLE_RATE_HZ``; its log-mel spectrogram has
``T_x`` frames (one every 10 ms) of ``n_freq`` mel bands; the model answers at ``T_y`` output steps (its
Conv1D has stride 4: one step every 40 ms). The ``LABEL_STEPS`` steps right after the step in which a
trigger word ends are labelled 1. Every mixed example is brought to ``TARGET_DBFS``.

>>> T_x * 10 == BACKGROUND_MS, T_x // 4 == T_y, LABEL_STEPS * BACKGROUND_MS // T_y
(True, True, 400)
"""

from __future__ import annotations

__all__ = ["BACKGROUND_MS", "T_x", "n_freq", "T_y", "LABEL_STEPS", "TARGET_DBFS"]

BACKGROUND_MS = 10_000  # every example lasts ten seconds
T_x, n_freq = 1000, 40  # spectrogram: one frame every 10 ms, 40 mel bands
T_y = 250  # model output: one step every 40 ms
LABEL_STEPS = 10  # output steps labelled 1 after the trigger word ends (400 ms)
TARGET_DBFS = -20.0  # every example is brought to this loudness
