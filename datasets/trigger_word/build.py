"""Build the trigger-word clips: "activate" and 60 other words, spoken by synthetic voices, split by speaker.

    apt-get install espeak-ng flite      # Debian main; needed only to REBUILD the clips
    .venv/bin/python datasets/trigger_word/build.py

Learners and graders never run this: the clips it writes are committed, and reading them needs only
numpy and pydub. This script needs the ``espeak-ng`` and ``flite`` programs from Debian (bookworm:
espeak-ng 1.51, flite 2.2) and stops with a message if either is missing.

A *speaker* is one voice of one engine: an espeak-ng accent with a voice variant (``en-gb-x-rp+m3``), or
one flite voice. The split is by speaker: the variants and the flite voice listed in ``TEST_VARIANTS`` and
``TEST_FLITE`` are only ever used for test clips, so no test voice is heard in training. ``train`` and
``val`` clips share the training speakers (``val`` is for choosing a threshold, never for training).

Each clip is synthesised with a random speaking rate, pitch and level, resampled to 16 kHz mono 16-bit,
and trimmed of leading and trailing silence (frames more than 40 dB below the loudest), so a clip ends
where its word ends. Everything is drawn from ``random.Random(SEED)`` in a fixed order, so the same
programs give the same files. ``manifest.csv`` lists every clip: path, split, speaker, engine, text, kind,
duration_ms, sha256.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from utils import audio  # noqa: E402

SEED = 2026
TRIGGER = "activate"
# Sound-alikes first: they share syllables or rhythm with "activate" and teach the model what is NOT it.
CONFUSABLES = [
    "activity", "captivate", "active", "motivate", "cultivate", "activist", "action", "actor", "actually",
    "aggravate", "navigate", "advocate", "elevate", "renovate", "captive", "relative", "detective",
    "attract", "tractor", "vacate", "collective", "activation", "inactive", "acrobat", "accurate",
]  # fmt: skip
OTHER_WORDS = [
    "computer", "window", "music", "yellow", "seven", "hello", "okay", "garden", "table", "banana",
    "listen", "travel", "weather", "ocean", "coffee", "purple", "station", "evening", "simple", "number",
    "forest", "camera", "doctor", "morning", "water", "kitchen", "pocket", "rocket", "ticket", "basket",
    "dinner", "paper", "silver", "tomorrow", "remember", "telephone", "blanket", "lemon", "pencil",
]  # fmt: skip
NEGATIVE_WORDS = CONFUSABLES + OTHER_WORDS

ACCENTS = ["en-us", "en-gb", "en-gb-scotland", "en-gb-x-gbclan", "en-gb-x-rp", "en-gb-x-gbcwmd", "en-029",
           "en-us-nyc"]  # fmt: skip
TRAIN_VARIANTS = ["m1", "m2", "m3", "m4", "m5", "f1", "f2", "f3", "klatt", "klatt2", "klatt4", "Andy",
                  "Annie", "edward", "linda", "max", "paul", "aunty", "david", "john"]  # fmt: skip
TEST_VARIANTS = ["m6", "m7", "f4", "f5", "klatt3", "belinda", "benjamin", "michel", "robert"]
TRAIN_FLITE = ["awb", "slt", "kal16"]
TEST_FLITE = ["rms"]

# Clips per split. Positives: "activate". Negatives: per word (sound-alikes get more).
POSITIVES = {"train": 80, "val": 15, "test": 40}
NEGATIVES_PER_WORD = {"train": 1, "val": 1, "test": 1}
EXTRA_CONFUSABLE = {"train": 1, "val": 0, "test": 1}


def speakers(split: str) -> list[tuple[str, str]]:
    """(engine, voice) pairs for a split; train and val share speakers, test has its own."""
    variants, flite = (TEST_VARIANTS, TEST_FLITE) if split == "test" else (TRAIN_VARIANTS, TRAIN_FLITE)
    voices = [("espeak-ng", f"{accent}+{variant}") for accent in ACCENTS for variant in variants]
    # flite has few voices: weight them so that they make up about a fifth of the clips
    return voices + [("flite", name) for name in flite] * max(1, len(voices) // (4 * len(flite)))


def synthesise(engine: str, voice: str, text: str, rng: random.Random, workdir: Path):
    """One utterance as 16 kHz float samples, with a random rate and pitch; None if nothing was produced."""
    path = workdir / "out.wav"
    if engine == "espeak-ng":
        speed = rng.randint(130, 270)  # words per minute (espeak-ng's default is 175)
        pitch = rng.randint(15, 85)  # 0-99, default 50
        command = ["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch), "-w", str(path), text]
    else:
        stretch = rng.uniform(0.75, 1.3)  # duration multiplier: slower above 1
        command = ["flite", "-voice", voice, "--setf", f"duration_stretch={stretch:.3f}", "-t", text]
        command += ["-o", str(path)]
    subprocess.run(command, check=True, capture_output=True)
    samples, rate = audio.read_wav(path)
    samples = audio.trim_silence(audio.resample(samples, rate, audio.SAMPLE_RATE_HZ))
    if len(samples) < audio.SAMPLE_RATE_HZ // 10:
        return None
    return audio.set_dbfs(samples, rng.uniform(-28.0, -14.0))


def plan(split: str) -> list[tuple[str, str]]:
    """(kind, text) of every clip of a split, in a fixed order."""
    items = [("activate", TRIGGER)] * POSITIVES[split]
    for word in NEGATIVE_WORDS:
        extra = EXTRA_CONFUSABLE[split] if word in CONFUSABLES else 0
        items += [("negative", word)] * (NEGATIVES_PER_WORD[split] + extra)
    return items


def build(out: Path, limit: int | None = None) -> list[dict[str, str]]:
    """Write the clips and manifest.csv under ``out``; ``limit`` keeps only the first clips of each split."""
    missing = [program for program in ("espeak-ng", "flite") if shutil.which(program) is None]
    if missing:
        raise SystemExit(f"{', '.join(missing)} not found: apt-get install espeak-ng flite (Debian main)")
    rng = random.Random(SEED)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for split in ("train", "val", "test"):
            folder = out / "clips" / split
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir(parents=True)
            pool = speakers(split)
            for index, (kind, text) in enumerate(plan(split)[:limit]):
                samples = None
                while samples is None:
                    engine, voice = rng.choice(pool)
                    samples = synthesise(engine, voice, text, rng, Path(tmp))
                relative = f"clips/{split}/{index:03d}_{text}.wav"
                audio.write_wav(out / relative, samples)
                rows.append(
                    {
                        "path": relative,
                        "split": split,
                        "speaker": voice,
                        "engine": engine,
                        "text": text,
                        "kind": kind,
                        "duration_ms": str(round(1000 * len(samples) / audio.SAMPLE_RATE_HZ)),
                        "sha256": hashlib.sha256((out / relative).read_bytes()).hexdigest(),
                    }
                )
    with open(out / "manifest.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return rows


def synthesise_pool(split: str, n_positive: int, n_per_word: int, seed: int):
    """Extra clips from one split's speakers, in memory only: (positives, negatives, negative words).

    ``train.py`` uses this for training clips beyond the committed ones (not committed: about a minute
    to make, deterministic from ``seed``, and it needs espeak-ng and flite like the build itself).
    """
    rng = random.Random(seed)
    pool = speakers(split)
    items = [("activate", TRIGGER)] * n_positive
    for word in NEGATIVE_WORDS:
        items += [("negative", word)] * (n_per_word * (2 if word in CONFUSABLES else 1))
    positives, negatives, words = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for kind, text in items:
            samples = None
            while samples is None:
                engine, voice = rng.choice(pool)
                samples = synthesise(engine, voice, text, rng, Path(tmp))
            if kind == "activate":
                positives.append(samples)
            else:
                negatives.append(samples)
                words.append(text)
    return positives, negatives, words


def statistics(rows: list[dict[str, str]]) -> dict[str, object]:
    """The figures the README records (a test recomputes them from the committed files)."""
    counts = Counter((row["split"], row["kind"]) for row in rows)
    return {
        "clips": len(rows),
        "per split and kind": {f"{s}/{k}": n for (s, k), n in sorted(counts.items())},
        "speakers per split": {
            s: len({row["speaker"] for row in rows if row["split"] == s}) for s in ("train", "val", "test")
        },
        "negative words": len({row["text"] for row in rows if row["kind"] == "negative"}),
        "total seconds": round(sum(int(row["duration_ms"]) for row in rows) / 1000, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--limit", type=int, default=None, help="only the first N clips of each split")
    args = parser.parse_args()
    rows = build(args.out, args.limit)
    for key, value in statistics(rows).items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
