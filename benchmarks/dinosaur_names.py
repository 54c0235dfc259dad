"""The `dinosaur_names` targets, measured in one run: held-out losses, novelty of samples, notebook run times.

    .venv/bin/python -m benchmarks.dinosaur_names

Runs the source notebook (the reference solutions) twice in a fresh kernel, once in learner mode (full
training) and once in grading mode (``NBGRADER_EXECUTION=autograde``, brief training), reads the figures from
the learner-mode kernel, and compares them with the targets of the assignment's issue. Times are wall-clock
seconds and multiples of a baseline measured in the same run: the median time of ``import keras`` in a fresh
Python process (3 tries).
"""

from __future__ import annotations

import json
import os
import statistics
from pathlib import Path

from benchmarks.notebook_timing import (
    import_keras_seconds,
    print_mode_times,
    run_notebook,
    verdict,
)

ROOT = Path(__file__).resolve().parent.parent

NOTEBOOK = ROOT / "assignments" / "source" / "dinosaur_names" / "dinosaur_names.ipynb"
FIGURES = """
import json
print(json.dumps({
    "unigram": float(baseline),
    "numpy": float(numpy_heldout_loss),
    "keras": {name: float(value) for name, value in final.items()},
    "best_keras": best_name,
    "novel_fraction": len(novel) / len(generated),
    "rediscovered": len(rediscovered),
    "keras_novel_fraction": len(keras_novel) / len(keras_generated),
    "keras_rediscovered": len(keras_rediscovered),
}))
"""


def main() -> None:
    baseline = statistics.median(import_keras_seconds() for _ in range(3))
    learner_seconds, session = run_notebook(NOTEBOOK, grading=False)
    outcome = session.run(FIGURES)
    session.close()
    figures = json.loads(outcome.stdout.strip().splitlines()[-1])
    grading_seconds, session = run_notebook(NOTEBOOK, grading=True)
    session.close()

    best = figures["keras"][figures["best_keras"]]
    print(f"baseline: import keras in a fresh process (median of 3): {baseline:.1f} s")
    print()
    print("held-out loss, nats per character (lower is better)")
    print(f"  unigram baseline          {figures['unigram']:.3f}")
    print(
        f"  numpy RNN (50 units)      {figures['numpy']:.3f}   target <= 2.2   {verdict(figures['numpy'] <= 2.2)}"
    )
    for name, value in figures["keras"].items():
        print(f"  Keras {name:19s} {value:.3f}")
    label = f"best Keras ({figures['best_keras']})"
    print(f"  {label:25s} {best:.3f}   target <= 2.0   {verdict(best <= 2.0)}")
    print()
    novel = figures["novel_fraction"]
    print(
        f"200 names sampled at T = 1 from the numpy RNN: {novel:.0%} not in the training set "
        f"(target >= 80%: {verdict(novel >= 0.8)}), {figures['rediscovered']} real held-out genera"
    )
    print(
        f"200 names sampled at T = 1 from the best Keras model: {figures['keras_novel_fraction']:.0%} new, "
        f"{figures['keras_rediscovered']} real held-out genera"
    )
    print()
    print_mode_times(learner_seconds, grading_seconds, baseline, grading_limit=60)
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
