"""Real recordings of people: copy them into the project, trimmed to the word, split by clip.

    .venv/bin/python datasets/trigger_word/real.py --source ../shared/real_speech    # about 20 s

The source folder holds one subfolder per keyword (``computer``, ``alexa``, ``jarvis``, ``smart_mirror``,
``snowboy``, ``view_glass``), each with 16 kHz mono FLAC clips of one person saying the keyword once in a
quiet room, named by a UUID (see ``real/README.md`` for where they come from and their licence). This
script writes ``real/<keyword>/<uuid>.opus`` trimmed to the spoken word (Opus in Ogg, a lossy
format that keeps speech: see the README for its size and what it changes) and ``real/manifest.csv``.

**End points.** The label of a trigger starts right after its word ends, so the end point matters. Each
clip is cut into 10 ms frames and their energies in dB. The room's noise floor is the 10th percentile of
the frames above -80 dBFS (some recorders write exact zeros until the speaker starts) and the peak is the
loudest frame; the *threshold* is ``max(floor + 12 dB, peak - 45 dB)``. The word's core is the frames
above both the threshold and ``peak - 30 dB``; runs of them less than 250 ms apart are joined (the
closures of "p" and "t" are nearly silent) and the run holding the most energy is the word. Its ends then
move outwards over frames still above the threshold, at most 150 ms before (a soft "c") and 200 ms after
(a fading "-ter"). The kept clip runs from 30 ms before the first frame to the end of the last one, so a
clip ends where its word ends, as the synthetic clips do.
``tests/test_trigger_word_dataset.py`` checks every committed clip against these rules.

**Splits, by clip, fixed by hash.** The first 8 hex digits of SHA-256 of the clip's name, modulo 100:
below 50 ``train``, 50-69 ``val`` (choosing thresholds and checkpoints), 70-99 ``test`` (never used to
train or choose anything). The clips carry no speaker labels, so one person may be in more than one split.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import shutil
from pathlib import Path

import numpy as np

from utils import audio

HERE = Path(__file__).resolve().parent
OUT = HERE / "real"
KEYWORDS = ("computer", "alexa", "jarvis", "smart_mirror", "snowboy", "view_glass")
FRAME_MS = 10
FLOOR_PERCENTILE = 10
DIGITAL_SILENCE_DB = -80.0
ABOVE_FLOOR_DB, BELOW_PEAK_DB, CORE_BELOW_PEAK_DB = 12.0, 45.0, 30.0
JOIN_MS = 250
EXTEND_BEFORE_MS, EXTEND_AFTER_MS = 150, 200
LEAD_MS = 30
FIELDS = ["path", "word", "kind", "split", "start_ms", "end_ms", "duration_ms", "sha256"]


def samples_sha256(path: Path) -> str:
    """SHA-256 of a file's decoded samples as 16-bit integers. Not of its bytes: each Ogg stream gets a
    random serial number, so two encodings of the same samples differ in a few bytes."""
    samples, _ = audio.read_audio(path)
    pcm = np.clip(np.round(samples.astype(np.float64) * 32768), -32768, 32767).astype("<i2")
    return hashlib.sha256(pcm.tobytes()).hexdigest()


def split_of(name: str) -> str:
    """``train``, ``val`` or ``test`` from the clip's name alone (so adding clips moves none)."""
    bucket = int(hashlib.sha256(name.encode()).hexdigest()[:8], 16) % 100
    return "train" if bucket < 50 else "val" if bucket < 70 else "test"


def frame_db(samples: np.ndarray, frame_ms: int = FRAME_MS) -> np.ndarray:
    """Energy of each whole frame of ``frame_ms``, in dB relative to full scale."""
    n = audio.SAMPLE_RATE_HZ * frame_ms // 1000
    frames = samples[: len(samples) // n * n].reshape(-1, n).astype(np.float64)
    return 10 * np.log10((frames**2).mean(axis=1) + 1e-12)


def end_points(samples: np.ndarray) -> tuple[int, int]:
    """(first, last + 1) frame of the spoken word, by the rules in the module's docstring."""
    db = frame_db(samples)
    heard = db[db > DIGITAL_SILENCE_DB]  # some recorders write exact zeros until the speaker starts
    floor = np.percentile(heard if len(heard) >= 10 else db, FLOOR_PERCENTILE)
    peak = db.max()
    threshold = max(floor + ABOVE_FLOOR_DB, peak - BELOW_PEAK_DB)
    core = np.flatnonzero(db > max(threshold, peak - CORE_BELOW_PEAK_DB))
    runs, join = [[core[0], core[0]]], JOIN_MS // FRAME_MS
    for frame in core[1:]:
        if frame - runs[-1][1] <= join:
            runs[-1][1] = frame
        else:
            runs.append([frame, frame])
    energy = 10 ** (db / 10)
    first, last = max(runs, key=lambda run: energy[run[0] : run[1] + 1].sum())
    for _ in range(EXTEND_BEFORE_MS // FRAME_MS):  # a soft onset ("c") below the core's level
        if first == 0 or db[first - 1] <= threshold:
            break
        first -= 1
    for _ in range(EXTEND_AFTER_MS // FRAME_MS):  # a fading end ("-ter")
        if last == len(db) - 1 or db[last + 1] <= threshold:
            break
        last += 1
    return int(first), int(last) + 1


def trim(samples: np.ndarray) -> tuple[np.ndarray, int, int]:
    """The word with ``LEAD_MS`` before it, and its (start, end) in ms of the original clip."""
    first, stop = end_points(samples)
    start_ms, end_ms = max(0, first * FRAME_MS - LEAD_MS), stop * FRAME_MS
    per_ms = audio.SAMPLE_RATE_HZ // 1000
    return samples[start_ms * per_ms : end_ms * per_ms], start_ms, end_ms


def build(source: Path, out: Path = OUT) -> list[dict[str, str]]:
    rows = []
    for word in KEYWORDS:
        folder = out / word
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for path in sorted((source / word).glob("*.flac")):
            samples, rate = audio.read_audio(path)
            if rate != audio.SAMPLE_RATE_HZ:
                samples = audio.resample(samples, rate, audio.SAMPLE_RATE_HZ)
            word_samples, start_ms, end_ms = trim(samples)
            relative = f"{word}/{path.stem}.opus"
            audio.write_audio(out / relative, word_samples)
            rows.append(
                {
                    "path": relative,
                    "word": word,
                    "kind": "trigger" if word == "computer" else "negative",
                    "split": split_of(path.stem),
                    "start_ms": str(start_ms),
                    "end_ms": str(end_ms),
                    "duration_ms": str(round(1000 * len(word_samples) / audio.SAMPLE_RATE_HZ)),
                    "sha256": samples_sha256(out / relative),
                }
            )
    with open(out / "manifest.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--source", type=Path, required=True, help="the folder with one subfolder per keyword"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = build(args.source, args.out)
    for word in KEYWORDS:
        mine = [r for r in rows if r["word"] == word]
        durations = [int(r["duration_ms"]) for r in mine]
        splits = {s: sum(r["split"] == s for r in mine) for s in ("train", "val", "test")}
        print(
            f"{word:13} {len(mine):4} clips {splits}  word {min(durations)}-{max(durations)} ms, "
            f"median {int(np.median(durations))}"
        )


if __name__ == "__main__":
    main()
