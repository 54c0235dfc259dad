"""The `emojifier` targets, measured in one run: test accuracy of both models over 3 seeds, notebook times.

    .venv/bin/python benchmarks/emojifier.py

Runs the source notebook (the reference solutions) in a fresh kernel in learner mode (full training), then,
in the same kernel, retrains both models with 3 seeds and measures their test accuracy next to the
majority-class baseline: for the averaging model (whose initial parameters are fixed by the exercise) a seed
shuffles the order in which SGD visits the training sentences; for the LSTM it seeds Keras (initial weights,
dropout, batch order). Then it runs the notebook again in grading mode (``NBGRADER_EXECUTION=autograde``).
Times are wall-clock seconds, kernel start and GloVe loading included, and multiples of a baseline measured
in the same run: the median time of ``import keras`` in a fresh Python process (3 tries).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from autograder import notebooks as nbs  # noqa: E402
from tests.kernel import NotebookSession  # noqa: E402

NOTEBOOK = ROOT / "assignments" / "source" / "emojifier" / "emojifier.ipynb"
SEEDS = (0, 1, 2)
LSTM_EPOCHS = 30  # the notebook's learner-mode budget
FIGURES = f"""
import json
averaging, lstm = [], []
for seed in {SEEDS!r}:
    order = np.random.default_rng(seed).permutation(len(X_train))
    _, W_seed, b_seed = model(X_train[order], Y_train[order], word_to_vec_map)
    averaging.append(float(np.mean(predict_avg(X_test, W_seed, b_seed) == Y_test)))
    set_seed(seed)
    seeded = emojify_v2((max_len,), word_to_vec_map, word_to_index)
    seeded.compile(loss="sparse_categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
    seeded.fit(X_train_indices, Y_train, epochs={LSTM_EPOCHS}, batch_size=32, shuffle=True, verbose=0)
    lstm.append(float(np.mean(np.argmax(seeded.predict(X_test_indices, verbose=0), axis=1) == Y_test)))
print(json.dumps({{"baseline": baseline, "averaging": averaging, "lstm": lstm, "n_test": len(Y_test)}}))
"""


def import_keras_seconds() -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", "import keras"],
        check=True,
        capture_output=True,
        env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"},
    )
    return time.perf_counter() - started


def run_notebook(grading: bool) -> tuple[float, NotebookSession]:
    """Wall time of a kernel start plus every code cell, and the live session (to read variables from)."""
    env = {"PYTHONHASHSEED": "0", "NBGRADER_EXECUTION": "autograde" if grading else ""}
    started = time.perf_counter()
    session = NotebookSession(NOTEBOOK.parent, env=env)
    for cell in nbs.read_notebook(NOTEBOOK).cells:
        if cell.cell_type != "code":
            continue
        outcome = session.run(cell.source, timeout=600)
        if not outcome.ok:
            session.close()
            raise SystemExit(f"cell {nbs.grade_id(cell) or cell.get('id')} failed: {outcome.error}")
    return time.perf_counter() - started, session


def verdict(ok: bool) -> str:
    return "ok " if ok else "MISSED"


def main() -> None:
    baseline_seconds = statistics.median(import_keras_seconds() for _ in range(3))
    learner_seconds, session = run_notebook(grading=False)
    outcome = session.run(FIGURES, timeout=1800)
    session.close()
    if not outcome.ok:
        raise SystemExit(f"measuring the seeds failed: {outcome.error}")
    figures = json.loads(outcome.stdout.strip().splitlines()[-1])
    grading_seconds, session = run_notebook(grading=True)
    session.close()

    print(f"baseline: import keras in a fresh process (median of 3): {baseline_seconds:.1f} s")
    print()
    print(f"test accuracy, mean over seeds {list(SEEDS)} ({figures['n_test']} test sentences)")
    print(f"  majority-class baseline   {figures['baseline']:.1%}")
    for name, key, target in (
        ("averaging model", "averaging", 0.85),
        (f"LSTM, {LSTM_EPOCHS} epochs", "lstm", 0.90),
    ):
        runs = figures[key]
        mean = statistics.mean(runs)
        each = ", ".join(f"{r:.1%}" for r in runs)
        print(f"  {name:25s} {mean:.1%} ({each})   target >= {target:.0%}   {verdict(mean >= target)}")
    print()
    print(
        f"learner mode, whole notebook: {learner_seconds:5.1f} s = {learner_seconds / baseline_seconds:5.1f} "
        f"baselines   target < 300 s   {verdict(learner_seconds < 300)}"
    )
    print(
        f"grading mode, whole notebook: {grading_seconds:5.1f} s = {grading_seconds / baseline_seconds:5.1f} "
        f"baselines   target < 60 s    {verdict(grading_seconds < 60)}"
    )
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
