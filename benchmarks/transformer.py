"""Benchmark for notebook 8 (``transformer``): the Transformer beside notebook 5's attention RNN, in one run.

1. Runs notebook 5 (``date_translation``) and notebook 8 (``transformer``) from top to bottom in learner
   mode, one after the other on the same machine, as a learner would (each trains its model inside the
   notebook). Both draw the same 30,000 training and 8,000 held-out test dates from ``utils.dates``
   (checked: the two test sets are identical). A callback added to each notebook's training cell measures
   the validation exact match after every epoch (its own time is excluded from the training times), which
   gives the training time to reach 99 % and to the end.
2. Measures, in each trained notebook's kernel: held-out exact match per language with Wilson 95 %
   intervals, parameters, greedy inference time per 1,000 dates, and the two shifted test sets of
   ``utils.date_shift`` (held-out templates; years outside 1900-2099), with the same seeds as notebook 8.
3. Runs notebook 8 again in grading mode. Targets: English >= 99.9 %, average of the four languages
   >= 99.5 %, learner mode < 300 s, grading mode < 90 s. Baselines: ``import keras`` in a fresh process
   (times as ratios, comparable across machines) and a model-free guess (the most frequent character at
   each output position).

The machine's load average is printed too: on a shared CPU the wall times grow with it.
Usage: ``nice -n 5 .venv/bin/python -m benchmarks.transformer`` (about 15 minutes on two quiet cores).
It prints a Markdown table that notebook 8's section 13 and ``benchmarks/README.md`` quote.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from autograder import notebooks as nbs
from benchmarks.notebook_timing import import_keras_seconds, run_notebook, verdict
from tests.kernel import NotebookSession
from utils.stats import wilson_interval

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "assignments" / "source"
MARKER = "BENCHMARK-RESULT "

# defined in each kernel before its training cell: validation exact match after every epoch, timed apart
TIMER = """
import time as _time
import keras as _keras
import numpy as _np

class BenchmarkTimer(_keras.callbacks.Callback):
    def __init__(self, exact_match):
        super().__init__()
        self.exact_match, self.epochs, self.spent = exact_match, [], 0.0

    def on_train_begin(self, logs=None):
        self.start = _time.perf_counter()

    def on_epoch_end(self, epoch, logs=None):
        now = _time.perf_counter()
        value = float(self.exact_match(self.model))
        self.epochs.append((now - self.start - self.spent, value))
        self.spent += _time.perf_counter() - now
"""

# how each notebook's model is scored on the validation set, and how it translates an array of strings
RNN = {
    "notebook": "date_translation",
    "timer": "benchmark_timer = BenchmarkTimer(lambda model: (model.predict(X_val, batch_size=1024, verbose=0)"
    ".argmax(-1) == Y_val).all(axis=1).mean())",
    "model": "model",
    "translate": "translate_batch(model, one_hot(encode_texts(TEXTS, T_x, human_vocab), len(human_vocab)))",
}
TRANSFORMER = {
    "notebook": "transformer",
    "timer": """
def _validation_exact(model):
    target_in = _np.full((len(X_val), T_y), START, dtype=_np.int32)
    written = _np.zeros((len(X_val), T_y), dtype=_np.int32)
    for t in range(T_y):
        written[:, t] = _keras.ops.convert_to_numpy(_keras.ops.argmax(model((X_val, target_in))[:, t], axis=-1))
        if t + 1 < T_y:
            target_in[:, t + 1] = written[:, t]
    return (written == Y_val).all(axis=1).mean()

benchmark_timer = BenchmarkTimer(_validation_exact)
""",
    "model": "transformer",
    "translate": "greedy_decode(transformer, encode_texts(TEXTS, T_x, human_vocab))",
}

# run in each trained kernel: every figure of the comparison, as one JSON line
MEASURE = """
import json as _json
from utils.date_shift import held_out_template_pairs as _templates, out_of_range_pairs as _years

def _score(pairs, guesses):
    out = {}
    for language in LANGUAGES:
        chosen = [(p, g) for p, g in zip(pairs, guesses) if p.language == language]
        out[language] = [sum(p.iso == g for p, g in chosen), len(chosen)]
    return out

TEXTS = [pair.human for pair in test_pairs]
_start = _time.perf_counter()
_guesses = TRANSLATE
_seconds = _time.perf_counter() - _start
_result = {
    "test": _score(test_pairs, _guesses),
    "test_set": hash(tuple(p.human for p in test_pairs)),
    "params": int(MODEL.count_params()),
    "seconds_per_1000": 1000 * _seconds / len(test_pairs),
    "epochs": benchmark_timer.epochs,
    "timer_seconds": benchmark_timer.spent,
}
for _name, _pairs in (("templates", _templates(2000, seed=10)), ("years", _years(2000, seed=11))):
    TEXTS = [pair.human for pair in _pairs]
    _guesses = TRANSLATE
    _result[_name] = _score(_pairs, _guesses)
    _result[_name + "_year_first"] = [
        sum(g == p.iso for p, g in zip(_pairs, _guesses) if p.template.startswith("{y}")),
        sum(p.template.startswith("{y}") for p in _pairs),
    ]
    _result[_name + "_month_day"] = sum(g[4:] == p.iso[4:] for p, g in zip(_pairs, _guesses)) / len(_pairs)
print(MARKER + _json.dumps(_result))
"""


def run_with_timer(spec: dict) -> tuple[float, dict]:
    """Run one notebook in learner mode with the timer callback in its training cell; its wall time and figures."""
    path = SOURCE / spec["notebook"] / f"{spec['notebook']}.ipynb"
    env = {"PYTHONHASHSEED": "0", "NBGRADER_EXECUTION": ""}
    started = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix=f"seqlab-bench-{path.stem}-"))
    shutil.copytree(
        path.parent, workdir, dirs_exist_ok=True
    )  # files the notebook writes stay out of the course
    session = NotebookSession(workdir, env=env)
    try:
        for cell in nbs.read_notebook(path).cells:
            if cell.cell_type != "code":
                continue
            source = cell.source
            if nbs.grade_id(cell) == "train":
                for setup in (TIMER, spec["timer"]):
                    outcome = session.run(setup)
                    if not outcome.ok:
                        raise SystemExit(f"{spec['notebook']}: the timer failed: {outcome.error}")
                if source.count("verbose=2") != 1:
                    raise SystemExit(f"{spec['notebook']}: cannot find fit's verbose=2 in the training cell")
                source = source.replace("verbose=2", "verbose=2, callbacks=[benchmark_timer]")
            outcome = session.run(source, timeout=1200)
            if not outcome.ok:
                raise SystemExit(f"{spec['notebook']} cell {nbs.grade_id(cell)}: {outcome.error}")
        wall = time.perf_counter() - started
        code = MEASURE.replace("TRANSLATE", spec["translate"]).replace("MODEL", spec["model"])
        outcome = session.run(code.replace("MARKER", repr(MARKER)), timeout=1200)
        if not outcome.ok:
            raise SystemExit(f"{spec['notebook']}: measuring failed: {outcome.error}")
    finally:
        session.close()
    line = next(line for line in outcome.stdout.splitlines() if line.startswith(MARKER))
    return wall, json.loads(line[len(MARKER) :])


def rate(counts: list[int]) -> str:
    right, n = counts
    low, high = wilson_interval(right, n)
    return f"{right / n:.2%} [{low:.2%}, {high:.2%}]"


def total(scores: dict) -> list[int]:
    return [sum(v[0] for v in scores.values()), sum(v[1] for v in scores.values())]


def time_to(epochs: list, threshold: float) -> str:
    reached = next((seconds for seconds, value in epochs if value >= threshold), None)
    return "not reached" if reached is None else f"{reached:.0f} s"


def main() -> int:
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs", flush=True)
    baseline = import_keras_seconds()
    print(f"baseline: import keras in a fresh process: {baseline:.1f} s", flush=True)
    figures = {}
    for name, spec in (("attention RNN (notebook 5)", RNN), ("Transformer (notebook 8)", TRANSFORMER)):
        wall, result = run_with_timer(spec)
        figures[name] = (wall, result)
        print(
            f"{name}: notebook in {wall:.0f} s, per epoch (training s, validation exact): {result['epochs']}",
            flush=True,
        )
    grading_seconds, session = run_notebook(SOURCE / "transformer" / "transformer.ipynb", grading=True)
    session.close()
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    (_, rnn), (_, transformer) = figures["attention RNN (notebook 5)"], figures["Transformer (notebook 8)"]
    if rnn["test_set"] != transformer["test_set"]:
        raise SystemExit("the two notebooks did not use the same test set")

    print()
    names = list(figures)
    print("| held-out test set, exact match [95% interval] | " + " | ".join(names) + " |")
    print("|---|---|---|")
    for language in ("en", "fr", "de", "es"):
        row = [rate(figures[n][1]["test"][language]) for n in names]
        print(
            f"| {language} ({figures[names[0]][1]['test'][language][1]:,} dates) | " + " | ".join(row) + " |"
        )
    averages = {n: sum(v[0] / v[1] for v in figures[n][1]["test"].values()) / 4 for n in names}
    print("| average of the four | " + " | ".join(f"{averages[n]:.2%}" for n in names) + " |")
    print("| parameters | " + " | ".join(f"{figures[n][1]['params']:,}" for n in names) + " |")
    print(
        "| training time to 99% validation exact match | "
        + " | ".join(time_to(figures[n][1]["epochs"], 0.99) for n in names)
        + " |"
    )
    print("| training time, whole run (epochs) | " + " | ".join(
        f"{figures[n][1]['epochs'][-1][0]:.0f} s ({len(figures[n][1]['epochs'])})" for n in names) + " |")  # fmt: skip
    print(
        "| greedy inference per 1,000 dates | "
        + " | ".join(f"{figures[n][1]['seconds_per_1000']:.2f} s" for n in names)
        + " |"
    )
    print(
        "| held-out templates (2,000 dates) | "
        + " | ".join(rate(total(figures[n][1]["templates"])) for n in names)
        + " |"
    )
    print(
        "| of which year-first | "
        + " | ".join(rate(figures[n][1]["templates_year_first"]) for n in names)
        + " |"
    )
    print(
        "| years 1700-1899 and 2100-2299 (2,000 dates) | "
        + " | ".join(rate(total(figures[n][1]["years"])) for n in names)
        + " |"
    )
    print(
        "| same, month and day right | "
        + " | ".join(f"{figures[n][1]['years_month_day']:.2%}" for n in names)
        + " |"
    )
    learner_seconds = figures["Transformer (notebook 8)"][0] - transformer["timer_seconds"]
    print("| notebook in learner mode (benchmark's own evaluation excluded) | "
          + " | ".join(f"{figures[n][0] - figures[n][1]['timer_seconds']:.0f} s" for n in names) + " |")  # fmt: skip
    print()
    english = transformer["test"]["en"][0] / transformer["test"]["en"][1]
    average = averages["Transformer (notebook 8)"]
    checks = {
        f"Transformer English exact match {english:.2%} (target >= 99.9%)": english >= 0.999,
        f"Transformer average of four {average:.2%} (target >= 99.5%)": average >= 0.995,
        f"learner mode {learner_seconds:.0f} s = {learner_seconds / baseline:.1f} baselines (target < 300 s)": learner_seconds < 300,
        f"grading mode {grading_seconds:.0f} s = {grading_seconds / baseline:.1f} baselines (target < 90 s)": grading_seconds < 90,
    }  # fmt: skip
    for label, ok in checks.items():
        print(f"{verdict(ok)}  {label}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
