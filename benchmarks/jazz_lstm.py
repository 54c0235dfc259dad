"""The `jazz_lstm` targets, measured in one run: statistics of generated solos, notebook run times.

    .venv/bin/python -m benchmarks.jazz_lstm

Runs the source notebook (the reference solutions) in a fresh kernel in learner mode (full training),
then samples 20 twelve-bar blues choruses at temperature 1 from the trained model and compares their
statistics (utils.midi.melody_statistics) with the corpus and with 20 choruses of uniform-random tokens
over the same progression, then the figures of the corpus's own tokens decoded over that progression
(the corpus mixes blues with other forms, so this is the closest a model that plays the blues's chords can
come), and the range of the LSTM's figures over five more sets of 20 solos (other seeds). Then runs the notebook in grading mode (``NBGRADER_EXECUTION=autograde``).
Times are wall-clock seconds and multiples of a baseline measured in the same run: the median time of
``import keras`` in a fresh Python process (3 tries).
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

NOTEBOOK = ROOT / "assignments" / "source" / "jazz_lstm" / "jazz_lstm.ipynb"
FIGURES = """
import json
blues = midi.progression(["F7", "Bb7", "F7", "F7", "Bb7", "Bdim7", "F7", "D7", "Gm7", "C7", "F7", "C7"], 4)
set_seed(2024)
lstm_rows = summary([(solo_events(indices, blues), blues) for indices in improvise(20, 1.0)])
random_rows = summary([(solo_events(np.random.randint(0, n_values, T_y), blues), blues) for _ in range(20)])
def figures(row):
    return {
        "degrees": midi.histogram_distance(row["degrees"], corpus["degrees"]),
        "durations": midi.histogram_distance(row["durations"], corpus["durations"]),
        "chord_tones": float(row["chord tones on 1 and 3"]),
        "in_scale": float(row["in scale"]),
        "repetition": float(row["repeated notes"]),
    }
# the corpus's own tokens decoded over the same blues: as if a model had learnt the corpus perfectly
revoiced = summary([(solo_events(midi.encode(t.events, t.chords), blues), blues) for t in tunes])
spread = []
for seed in range(1, 6):
    set_seed(seed)
    spread.append(figures(summary([(solo_events(indices, blues), blues) for indices in improvise(20, 1.0)])))
print(json.dumps({"corpus": figures(corpus), "lstm": figures(lstm_rows), "random": figures(random_rows),
                  "spread": spread, "revoiced": figures(revoiced),
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
    revoiced = figures["revoiced"]
    print(
        f"  the corpus's own tokens decoded over this blues: degree distance {revoiced['degrees']:.3f}, "
        f"chord tones on strong beats {revoiced['chord_tones']:.1%}, in scale {revoiced['in_scale']:.1%}"
    )
    print("  the same for 5 more sets of 20 solos (seeds 1-5), lowest to highest:")
    for key, label, percent in (
        ("degrees", "degree histogram distance (TV)", False),
        ("durations", "duration histogram distance (TV)", False),
        ("chord_tones", "strong-beat notes on chord tones", True),
        ("in_scale", "notes in the chord's scale", True),
    ):
        low, high = min(row[key] for row in figures["spread"]), max(row[key] for row in figures["spread"])
        print(f"  {label:36}" + (f"{low:8.1%} - {high:.1%}" if percent else f"{low:8.3f} - {high:.3f}"))
    print()
    print_mode_times(learner_seconds, grading_seconds, baseline, grading_limit=90)
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
