"""The `emojifier` targets, measured in one run: test accuracy of both models over 3 seeds, notebook times.

    .venv/bin/python -m benchmarks.emojifier

Runs the source notebook (the reference solutions) in a fresh kernel in learner mode (full training), then,
in the same kernel, retrains both models with 3 seeds and measures their test accuracy next to the
majority-class baseline: for the averaging model (whose initial parameters are fixed by the exercise) a seed
shuffles the order in which SGD visits the training sentences; for the LSTM it seeds Keras (initial weights,
dropout, batch order). Then it runs the notebook again in grading mode (``NBGRADER_EXECUTION=autograde``).
Times are wall-clock seconds, kernel start and GloVe loading included, and multiples of a baseline measured
in the same run: the median time of ``import keras`` in a fresh Python process (3 tries).
"""

from __future__ import annotations

import os
import statistics
from pathlib import Path

from benchmarks.notebook_timing import (
    measure,
    print_mode_times,
    verdict,
)

ROOT = Path(__file__).resolve().parent.parent

NOTEBOOK = ROOT / "assignments" / "source" / "emojifier" / "emojifier.ipynb"
SEEDS = (0, 1, 2)
# Runs in the notebook's kernel after learner mode, so it reuses the notebook's own training settings:
# `iterations` passes of the averaging model, `epochs` and `batch_size` of the LSTM.
FIGURES = f"""
import json
averaging, lstm = [], []
for seed in {SEEDS!r}:
    order = np.random.default_rng(seed).permutation(len(X_train))
    _, W_seed, b_seed = model(X_train[order], Y_train[order], word_to_vec_map, learning_rate=0.01,
                              num_iterations=iterations)
    averaging.append(float(np.mean(predict_avg(X_test, W_seed, b_seed) == Y_test)))
    set_seed(seed)
    seeded = emojify_v2((max_len,), word_to_vec_map, word_to_index)
    seeded.compile(loss="sparse_categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
    seeded.fit(X_train_indices, Y_train, epochs=epochs, batch_size=batch_size, shuffle=True, verbose=0)
    lstm.append(float(np.mean(np.argmax(seeded.predict(X_test_indices, verbose=0), axis=1) == Y_test)))
print(json.dumps({{"baseline": baseline, "averaging": averaging, "lstm": lstm, "n_train": len(Y_train),
                  "n_test": len(Y_test), "passes": iterations, "epochs": epochs, "batch_size": batch_size}}))
"""


def main() -> None:
    baseline_seconds, learner_seconds, figures, grading_seconds = measure(NOTEBOOK, FIGURES)

    print(f"baseline: import keras in a fresh process (median of 3): {baseline_seconds:.1f} s")
    print()
    print(
        f"test accuracy, mean over seeds {list(SEEDS)} "
        f"({figures['n_train']} training, {figures['n_test']} test sentences)"
    )
    print(f"  majority-class baseline   {figures['baseline']:.1%}")
    for name, key, target in (
        (f"averaging, {figures['passes']} passes", "averaging", 0.85),
        (f"LSTM, {figures['epochs']} epochs, batch {figures['batch_size']}", "lstm", 0.90),
    ):
        runs = figures[key]
        mean = statistics.mean(runs)
        each = ", ".join(f"{r:.1%}" for r in runs)
        print(f"  {name:32s} {mean:.1%} ({each})   target >= {target:.0%}   {verdict(mean >= target)}")
    print()
    print_mode_times(learner_seconds, grading_seconds, baseline_seconds, grading_limit=60)
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
