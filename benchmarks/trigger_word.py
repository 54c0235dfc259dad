"""The `trigger_word` targets on the speaker-disjoint test set, and the notebook's run times.

    .venv/bin/python -m benchmarks.trigger_word              # about 10 minutes on 2 cores
    .venv/bin/python -m benchmarks.trigger_word --no-timing  # the detection figures only

1. Audio is generated deterministically at run time (nothing is committed), by ``pipeline.Mixer`` with
   fixed seeds:
   - **test**, from the ``test`` split only (voices never used in training, backgrounds from test seeds,
     babble made of test words): 720 ten-second clips with 4 to 8 negative words each and no "activate"
     (2.0 hours of negative-only audio), and 160 clips with 2 "activate"s each (at least 300 trigger
     events; some may not fit and are not counted), half of them with a negative word 0-150 ms before or
     after, plus 0 to 3 other negatives;
   - **validation**, made the same way from the ``val`` split (training voices, clips never trained on):
     360 negative-only clips (1 hour) and 80 clips with triggers.
2. The shipped model (``datasets/trigger_word/model.keras``: the notebook's ``modelf`` layers, twice as
   wide, trained by ``train.py`` on the ``train`` split) is run on every clip.
3. Detection is ``pipeline.detect`` (the notebook's ``detect_triggers``): fire above a threshold, then
   ignore 25 steps (1 s). A trigger is detected if a firing comes at most 3 steps (120 ms) before the step
   where the word ends or at most 15 steps (600 ms) after it; every other firing is a false accept.
4. The threshold is chosen on **validation** only: the lowest threshold on the grid 0.05, 0.06, ..., 0.99
   whose false accepts per hour on the validation negative-only audio are at most 1 (half the target's 2,
   as a margin), or 0.99 if none is.
5. Event-level recall and false accepts per hour of negative-only audio on the **test** audio, for the
   shipped model and the all-zeros baseline (a model that never fires).
6. Times of the whole notebook in learner and grading mode, as multiples of ``import keras``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import numpy as np

from benchmarks.notebook_timing import import_keras_seconds, print_mode_times, run_notebook, verdict
from datasets.trigger_word import pipeline

ROOT = Path(__file__).resolve().parent.parent

NOTEBOOK = ROOT / "assignments" / "source" / "trigger_word" / "trigger_word.ipynb"
TARGET_RECALL, TARGET_FA_PER_HOUR = 0.95, 2.0
THRESHOLDS = np.round(np.arange(0.05, 0.991, 0.01), 2)
CLIP_HOURS = pipeline.BACKGROUND_MS / 3_600_000


def make_audio(split: str, seed: int, n_negative_only: int, n_trigger_clips: int):
    """Spectrograms of negative-only clips, spectrograms of trigger clips, and the trigger ends (ms)."""
    mixer = pipeline.Mixer(split, seed=seed)
    rng = np.random.default_rng(seed + 1)
    negative_only = np.stack(
        [
            pipeline.audio.log_mel_spectrogram(mixer.example(0, int(rng.integers(4, 9)))[0])
            for _ in range(n_negative_only)
        ]
    )
    triggers, ends = [], []
    for _ in range(n_trigger_clips):
        samples, clip_ends = mixer.example(2, int(rng.integers(0, 4)))
        triggers.append(pipeline.audio.log_mel_spectrogram(samples))
        ends.append(list(zip(clip_ends, mixer.trigger_engines, strict=True)))  # (end_ms, engine) pairs
    return negative_only, np.stack(triggers), ends


def rates(negative_probs, trigger_probs, ends, threshold, engine=None):
    """(recall, false accepts per hour of negative-only audio, false accepts on the trigger clips).

    With ``engine``, the recall counts only the triggers spoken by that engine's voices."""
    false_negative_only = sum(len(pipeline.detect(p, threshold)) for p in negative_probs)
    detected = events = false_on_triggers = 0
    for p, clip_ends in zip(trigger_probs, ends, strict=True):
        flags, false = pipeline.match(pipeline.detect(p, threshold), [end for end, _ in clip_ends])
        for flag, (_, spoken_by) in zip(flags, clip_ends, strict=True):
            if engine is None or spoken_by == engine:
                detected += flag
                events += 1
        false_on_triggers += false
    hours = len(negative_probs) * CLIP_HOURS
    return detected / max(events, 1), false_negative_only / hours, false_on_triggers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-timing", action="store_true", help="skip running the notebook")
    parser.add_argument("--model", type=Path, default=pipeline.MODEL, help="the .keras model to evaluate")
    args = parser.parse_args()

    started = time.perf_counter()
    val = make_audio("val", seed=2000, n_negative_only=360, n_trigger_clips=80)
    test = make_audio("test", seed=3000, n_negative_only=720, n_trigger_clips=160)
    print(f"generated the audio in {time.perf_counter() - started:.0f} s")

    import keras

    model = keras.saving.load_model(args.model)

    def predict(x):
        return model.predict(x, batch_size=64, verbose=0)[..., 0]

    val_probs = (predict(val[0]), predict(val[1]), val[2])
    test_probs = (predict(test[0]), predict(test[1]), test[2])
    zeros = (np.zeros_like(test_probs[0]), np.zeros_like(test_probs[1]), test[2])

    chosen = next(
        (t for t in THRESHOLDS if rates(*val_probs, t)[1] <= TARGET_FA_PER_HOUR / 2), float(THRESHOLDS[-1])
    )
    val_recall, val_fa, _ = rates(*val_probs, chosen)
    recall, fa, fa_triggers = rates(*test_probs, chosen)
    zero_recall, zero_fa, zero_fa_triggers = rates(*zeros, chosen)
    events = sum(len(e) for e in test[2])
    hours = len(test[0]) * CLIP_HOURS

    print(f"keras {keras.__version__}; model {args.model.name}, {model.count_params()} parameters")
    print(
        f"test audio (test speakers only): {hours:.2f} h negative-only ({len(test[0])} clips), "
        f"{events} triggers in {len(test[1])} clips"
    )
    print(
        f"threshold {chosen:.2f}, chosen on validation (training voices, {len(val[0]) * CLIP_HOURS:.1f} h): "
        f"recall {val_recall:.1%}, {val_fa:.1f} false accepts/h"
    )
    print(f"{'':22}{'recall':>9}{'FA per hour':>13}{'FA on trigger clips':>21}")
    print(f"{'shipped model':22}{recall:9.1%}{fa:13.2f}{fa_triggers:21d}")
    print(f"{'all-zeros baseline':22}{zero_recall:9.1%}{zero_fa:13.2f}{zero_fa_triggers:21d}")
    for engine in ("espeak-ng", "flite"):
        count = sum(spoken_by == engine for clip_ends in test[2] for _, spoken_by in clip_ends)
        print(
            f"  recall on {engine} test voices ({count} triggers): {rates(*test_probs, chosen, engine)[0]:.1%}"
        )
    ok = recall >= TARGET_RECALL and fa <= TARGET_FA_PER_HOUR
    print(f"target: recall >= {TARGET_RECALL:.0%} at <= {TARGET_FA_PER_HOUR:g} FA/h on test   {verdict(ok)}")
    # For diagnosis only (never used to choose anything): the best recall the test audio allows at <= 2 FA/h.
    best = max(
        ((r, t) for t in THRESHOLDS for r, f, _ in [rates(*test_probs, t)] if f <= TARGET_FA_PER_HOUR),
        default=(0.0, None),
    )
    print(
        f"(diagnosis: the best test recall at <= 2 FA/h over all thresholds is {best[0]:.1%}, at {best[1]})"
    )

    if args.no_timing:
        return
    baseline = statistics.median(import_keras_seconds() for _ in range(3))
    learner_seconds, session = run_notebook(NOTEBOOK, grading=False)
    session.close()
    grading_seconds, session = run_notebook(NOTEBOOK, grading=True)
    session.close()
    print(f"baseline: import keras in a fresh process, median of 3: {baseline:.1f} s")
    print_mode_times(learner_seconds, grading_seconds, baseline, grading_limit=90)


if __name__ == "__main__":
    main()
