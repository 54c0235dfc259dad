"""The `jazz_lstm` targets, measured in one run: statistics of generated solos, notebook run times.

    .venv/bin/python benchmarks/jazz_lstm.py

Runs the source notebook (the reference solutions) in a fresh kernel in learner mode (full training),
then samples 20 twelve-bar blues choruses at temperature 1 from the trained model and compares their
statistics (utils.midi.melody_statistics) with the corpus and with 20 choruses of uniform-random tokens
over the same progression; then the same two shares for five more sets of 20 solos (other seeds), and
how often a sampled token's metric position (utils.midi.POSITIONS) matches where the decoder puts it. Then
runs the notebook in grading mode (``NBGRADER_EXECUTION=autograde``).
Times are wall-clock seconds and multiples of a baseline measured in the same run: the median time of
``import keras`` in a fresh Python process (3 tries).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.notebook_timing import (  # noqa: E402
    import_keras_seconds,
    print_mode_times,
    run_notebook,
    verdict,
)  # noqa: E402

NOTEBOOK = ROOT / "assignments" / "source" / "jazz_lstm" / "jazz_lstm.ipynb"
FIGURES = """
import json
blues = midi.progression(["F7", "Bb7", "F7", "F7", "Bb7", "Bdim7", "F7", "D7", "Gm7", "C7", "F7", "C7"], 4)
def on_position(solos):
    # share of sampled tokens whose metric position is where the decoder puts them
    hits = total = 0
    for indices in solos:
        offset = 0.0
        for index in indices:
            _, duration, position = midi.token_parts(index)
            hits += position == midi.position(offset)
            total += 1
            offset += duration
    return hits / total
set_seed(2024)
solos = improvise(20, 1.0)
lstm_rows = summary([(solo_events(indices, blues), blues) for indices in solos])
random_rows = summary([(solo_events(np.random.randint(0, n_values, Ty), blues), blues) for _ in range(20)])
spread = []
for seed in range(1, 6):
    set_seed(seed)
    row = summary([(solo_events(indices, blues), blues) for indices in improvise(20, 1.0)])
    spread.append((float(row["chord tones on 1 and 3"]), float(row["in scale"])))
def figures(row):
    return {
        "degrees": midi.histogram_distance(row["degrees"], corpus["degrees"]),
        "durations": midi.histogram_distance(row["durations"], corpus["durations"]),
        "chord_tones": float(row["chord tones on 1 and 3"]),
        "in_scale": float(row["in scale"]),
        "repetition": float(row["repeated notes"]),
    }
print(json.dumps({"corpus": figures(corpus), "lstm": figures(lstm_rows), "random": figures(random_rows),
                  "on_position": on_position(solos), "spread": spread,
                  "loss": float(history.history["loss"][-1]), "accuracy": float(history.history["accuracy"][-1])}))
"""


def main() -> None:
    baseline = statistics.median(import_keras_seconds() for _ in range(3))
    learner_seconds, session = run_notebook(NOTEBOOK, grading=False)
    outcome = session.run(FIGURES, timeout=600)
    session.close()
    if not outcome.ok:
        raise SystemExit(outcome.error)
    figures = json.loads(outcome.stdout.strip().splitlines()[-1])
    grading_seconds, session = run_notebook(NOTEBOOK, grading=True)
    session.close()
    for leftover in (NOTEBOOK.parent / "my_solo.mid",):
        leftover.unlink(missing_ok=True)  # written by the notebook's last cells

    corpus, lstm, rand = figures["corpus"], figures["lstm"], figures["random"]
    print(f"baseline: import keras in a fresh process (median of 3): {baseline:.1f} s")
    print(f"training: final loss {figures['loss']:.3f}, next-token accuracy {figures['accuracy']:.1%}")
    print()
    print("20 twelve-bar blues choruses at temperature 1, against the corpus (88 choruses)")
    print(f"  {'statistic':36}{'corpus':>8}{'LSTM':>8}{'random':>8}   target")
    for key, label in (
        ("degrees", "degree histogram distance (TV)"),
        ("durations", "duration histogram distance (TV)"),
    ):
        ok = lstm[key] * 3 <= rand[key]
        print(
            f"  {label:36}{corpus[key]:8.3f}{lstm[key]:8.3f}{rand[key]:8.3f}   LSTM 3x closer than random "
            f"({rand[key] / max(lstm[key], 1e-9):.1f}x)  {verdict(ok)}"
        )
    for key, label in (
        ("chord_tones", "strong-beat notes on chord tones"),
        ("in_scale", "notes in the chord's scale"),
    ):
        ok = abs(lstm[key] - corpus[key]) <= 0.10
        print(
            f"  {label:36}{corpus[key]:8.1%}{lstm[key]:8.1%}{rand[key]:8.1%}   within 10 points of corpus  "
            f"{verdict(ok)}"
        )
    key = "repetition"
    print(f"  {'notes repeating the previous pitch':36}{corpus[key]:8.1%}{lstm[key]:8.1%}{rand[key]:8.1%}")
    strong, in_scale = zip(*figures["spread"], strict=True)
    print(
        f"  5 more sets of 20 (seeds 1-5): strong-beat chord tones {min(strong):.1%}-{max(strong):.1%}, "
        f"in scale {min(in_scale):.1%}-{max(in_scale):.1%}"
    )
    print(f"  sampled tokens whose metric position matches their decoded onset: {figures['on_position']:.1%}")
    print()
    print_mode_times(learner_seconds, grading_seconds, baseline, grading_limit=90)
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
