"""Benchmark for notebook 4 (``date_translation``): what the issue's targets ask, measured in one run.

1. Runs the source notebook from top to bottom in learner mode, as a learner would (it trains the model
   inside the notebook, no shipped weights), and reads the held-out exact-match accuracy per language.
   Targets: at least 99.9 % for English and 99.5 % averaged over the four languages, on >= 2,000 pairs.
2. Runs it again in grading mode (``SEQLAB_GRADING_MODE=1``, as while nbgrader grades).
   Targets: learner mode under 5 minutes, grading mode under 90 seconds, on this CPU.
3. Baselines measured in the same run: the time of ``import keras`` in a fresh process (so that the timings
   can be compared across machines as ratios), and the exact match of a model-free guess (the most frequent
   character at each output position), beside the model's.

The machine's load average is printed too: on a shared CPU the wall times grow with it.
Usage: ``.venv/bin/python benchmarks/date_translation.py`` (about 5-10 minutes).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "assignments" / "source" / "date_translation" / "date_translation.ipynb"
MARKER = "BENCHMARK-RESULT "

# appended to the notebook copy that runs: prints the figures the notebook computed, as one JSON line
REPORT_CELL = f"""
import json
print({MARKER!r} + json.dumps({{
    "accuracy": {{language: float(value) for language, value in zip(LANGUAGES, accuracy_by_language)}},
    "test_pairs": {{language: int((test_languages == language).sum()) for language in LANGUAGES}},
    "train_pairs": len(train_pairs),
    "epochs": EPOCHS,
    "wrong": [(pair.human, pair.iso, guess) for pair, guess in wrong],
}}))
"""


def _environment(grading: bool) -> dict[str, str]:
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2", PYTHONHASHSEED="0")
    env.pop("NBGRADER_EXECUTION", None)
    env.pop("SEQLAB_GRADING_MODE", None)
    if grading:
        env["SEQLAB_GRADING_MODE"] = "1"
    return env


def import_keras_seconds() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import keras"], check=True, env=_environment(False))
    return time.perf_counter() - start


def run_notebook(grading: bool) -> tuple[float, dict]:
    """Wall time of a whole run (kernel start included) and the figures the report cell printed."""
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell(REPORT_CELL))
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(_environment(grading))  # the kernel inherits this process's environment
    try:
        client = NotebookClient(
            notebook,
            timeout=1800,
            kernel_name="python3",
            resources={"metadata": {"path": str(NOTEBOOK.parent)}},
        )
        start = time.perf_counter()
        client.execute()
        seconds = time.perf_counter() - start
    finally:
        os.environ.clear()
        os.environ.update(saved)
    for output in notebook.cells[-1].get("outputs", []):
        for line in output.get("text", "").splitlines():
            if line.startswith(MARKER):
                return seconds, json.loads(line[len(MARKER) :])
    raise RuntimeError("the notebook did not print its figures")


def majority_baseline(n_train: int, n_test: int) -> dict[str, float]:
    """Exact match per language of always writing the most frequent character at each output position."""
    from utils.dates import LANGUAGES, T_y, load_splits

    train, _, test = load_splits(n_train, 1, n_test, seed=0)
    guess = "".join(Counter(pair.iso[t] for pair in train).most_common(1)[0][0] for t in range(T_y))
    return {
        language: sum(pair.iso == guess for pair in test if pair.language == language)
        / max(1, sum(pair.language == language for pair in test))
        for language in LANGUAGES
    }


def main() -> int:
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    keras_seconds = import_keras_seconds()
    print(f"baseline: import keras in a fresh process: {keras_seconds:.1f} s")

    grading_seconds, grading = run_notebook(grading=True)
    learner_seconds, learner = run_notebook(grading=False)
    print(f"load average after: {os.getloadavg()[0]:.2f}")

    accuracy = learner["accuracy"]
    average = sum(accuracy.values()) / len(accuracy)
    baseline = majority_baseline(learner["train_pairs"], sum(learner["test_pairs"].values()))
    print()
    print(f"held-out exact match after {learner['epochs']} epochs on {learner['train_pairs']} pairs:")
    print("language  test pairs  model     majority-guess baseline")
    for language, value in accuracy.items():
        print(
            f"{language:<8}  {learner['test_pairs'][language]:>10}  {value:7.2%}   {baseline[language]:7.2%}"
        )
    print(f"average   {sum(learner['test_pairs'].values()):>10}  {average:7.2%}")
    print(f"wrong: {len(learner['wrong'])}")
    for human, iso, guess in learner["wrong"][:20]:
        print(f"  {human!r} -> {guess} (expected {iso})")
    print()
    english_ok = accuracy["en"] >= 0.999
    average_ok = average >= 0.995
    learner_ok = learner_seconds < 300
    grading_ok = grading_seconds < 90
    print(
        f"English exact match   {accuracy['en']:.2%}  target >= 99.9%   {'met' if english_ok else 'MISSED'}"
    )
    print(f"average of four       {average:.2%}  target >= 99.5%   {'met' if average_ok else 'MISSED'}")
    print(
        f"learner mode          {learner_seconds:6.1f} s = {learner_seconds / keras_seconds:5.1f} x import keras"
        f"  target < 300 s   {'met' if learner_ok else 'MISSED'}"
    )
    print(
        f"grading mode          {grading_seconds:6.1f} s = {grading_seconds / keras_seconds:5.1f} x import keras"
        f"  target < 90 s    {'met' if grading_ok else 'MISSED'}"
    )
    return 0 if english_ok and average_ok and learner_ok and grading_ok else 1


if __name__ == "__main__":
    sys.exit(main())
