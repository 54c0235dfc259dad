"""Build the trigger-word clips: "activate" and 64 other words, spoken by synthetic voices, split by speaker.

    apt-get install espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts
    .venv/bin/python datasets/trigger_word/build.py       # Debian main; needed only to REBUILD the clips

Learners and graders never run this: the clips it writes are committed, and reading them needs only
numpy and pydub. This script needs the ``espeak-ng``, ``flite`` and ``festival`` (``text2wave``) programs
and the three festival voices above from Debian (bookworm: espeak-ng 1.51, flite 2.2, festival 2.5) and
stops with a message if any is missing.

A *speaker* is one voice of one engine: an espeak-ng accent with a voice variant (``en-gb-x-rp+m3``), or
one flite voice. The split is by speaker: the variants and the flite voice listed in ``TEST_VARIANTS`` and
``TEST_FLITE`` are only ever used for test clips, so no test voice is heard in training. ``train`` and
``val`` clips share the training speakers (``val`` is for choosing a threshold, never for training).

The clips are made in two passes, each with its own generator, so that adding the second did not change
a byte of the first: pass 1 (``speakers``) draws from 8 espeak-ng accents x 20 variants and 3 flite voices;
pass 2 (``wide_speakers``, training speakers only) adds ``train`` and ``val`` clips from a wider pool:
69 more espeak-ng variants, the flite voice ``kal`` and three festival voices (``kal_diphone``,
``ked_diphone``, ``cmu_us_slt_arctic_hts``), with pitch varied for flite and the festival diphone voices.
``train.py`` synthesises its extra training pool from the same wide pool.

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
import tempfile
from collections import Counter
from pathlib import Path

from utils import audio

HERE = Path(__file__).resolve().parent

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
# The wider pool of training speakers (pass 2 and train.py's extra clips): every other espeak-ng variant
# that espeak-ng 1.51 ships, one more flite voice and festival's three English voices in Debian main.
WIDE_VARIANTS = [
    "Alex", "Alicia", "Andrea", "AnxiousAndy", "Demonic", "Denis", "Diogo", "Gene", "Gene2", "Henrique",
    "Hugo", "Jacky", "Lee", "Marco", "Mario", "Michael", "Mike", "Mr serious", "Nguyen", "RicishayMax",
    "RicishayMax2", "RicishayMax3", "Storm", "Tweaky", "UniRobot", "adam", "anika", "anikaRobot",
    "announcer", "antonio", "boris", "caleb", "croak", "ed", "edward2", "fast", "grandma", "grandpa",
    "gustave", "iven", "iven2", "iven3", "iven4", "kaukovalta", "klatt5", "klatt6", "m8", "marcelo",
    "miguel", "norbert", "pablo", "pedro", "quincy", "rob", "robosoft", "robosoft2", "robosoft3",
    "robosoft4", "robosoft5", "robosoft6", "robosoft7", "robosoft8", "sandro", "shelby", "steph", "steph2",
    "steph3", "travis", "victor", "whisper", "whisperf", "zac",
]  # fmt: skip
WIDE_FLITE = TRAIN_FLITE + ["kal"]
WIDE_FESTIVAL = ["kal_diphone", "ked_diphone", "cmu_us_slt_arctic_hts"]
PROGRAMS = ("espeak-ng", "flite", "text2wave")

# Clips per split. Positives: "activate". Negatives: per word (sound-alikes get more).
POSITIVES = {"train": 80, "val": 15, "test": 40}
NEGATIVES_PER_WORD = {"train": 1, "val": 1, "test": 1}
EXTRA_CONFUSABLE = {"train": 1, "val": 0, "test": 1}
# Pass 2, from the wide pool of training speakers: "activate"s, and clips per sound-alike word.
WIDE_POSITIVES = {"train": 40, "val": 15}
WIDE_PER_CONFUSABLE = {"train": 1, "val": 1}


def speakers(split: str) -> list[tuple[str, str]]:
    """(engine, voice) pairs for a split; train and val share speakers, test has its own."""
    variants, flite = (TEST_VARIANTS, TEST_FLITE) if split == "test" else (TRAIN_VARIANTS, TRAIN_FLITE)
    voices = [("espeak-ng", f"{accent}+{variant}") for accent in ACCENTS for variant in variants]
    # flite has few voices: weight them so that they make up about a fifth of the clips
    return voices + [("flite", name) for name in flite] * max(1, len(voices) // (4 * len(flite)))


def wide_speakers() -> list[tuple[str, str]]:
    """The wide pool of training speakers: about half espeak-ng, a quarter flite, a quarter festival."""
    voices = [("espeak-ng", f"{a}+{v}") for a in ACCENTS for v in TRAIN_VARIANTS + WIDE_VARIANTS]
    flite = [("flite", name) for name in WIDE_FLITE] * (len(voices) // (2 * len(WIDE_FLITE)))
    festival = [("festival", name) for name in WIDE_FESTIVAL] * (len(voices) // (2 * len(WIDE_FESTIVAL)))
    return voices + flite + festival


def synthesise(engine: str, voice: str, text: str, rng: random.Random, workdir: Path, wide: bool = False):
    """One utterance as 16 kHz float samples, with a random rate and pitch; None if nothing was produced.

    ``wide`` (pass 2 and train.py) draws flite's rate from a wider range and varies its pitch too; pass 1
    keeps the draws it was built with, so its clips do not change.
    """
    path = workdir / "out.wav"
    if engine == "espeak-ng":
        speed = rng.randint(130, 270)  # words per minute (espeak-ng's default is 175)
        pitch = rng.randint(15, 85)  # 0-99, default 50
        command = ["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch), "-w", str(path), text]
    elif engine == "flite":
        stretch = rng.uniform(0.7, 1.5) if wide else rng.uniform(0.75, 1.3)  # duration: slower above 1
        command = ["flite", "-voice", voice, "--setf", f"duration_stretch={stretch:.3f}", "-t", text]
        if wide:
            command += ["--setf", f"int_f0_target_mean={rng.randint(70, 220)}"]  # Hz
        command += ["-o", str(path)]
    else:  # festival's text2wave, which reads the text from a file
        stretch = rng.uniform(0.7, 1.5)
        (workdir / "text.txt").write_text(text + "\n", encoding="utf-8")
        command = [
            "text2wave",
            "-eval",
            f"(voice_{voice})",
            "-eval",
            f"(Parameter.set 'Duration_Stretch {stretch:.3f})",
        ]
        if voice.endswith("_diphone"):  # their intonation model takes a target pitch (mean and spread, Hz)
            mean = rng.randint(70, 220)
            command += ["-eval", f"(set! int_lr_params '((target_f0_mean {mean}) (target_f0_std {mean // 8}) "
                        "(model_f0_mean 170) (model_f0_std 34)))"]  # fmt: skip
        command += ["-o", str(path), str(workdir / "text.txt")]
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


def wide_plan(split: str) -> list[tuple[str, str]]:
    """(kind, text) of every pass-2 clip of a split: "activate"s, then each sound-alike, then other words."""
    items = [("activate", TRIGGER)] * WIDE_POSITIVES[split]
    items += [("negative", word) for word in CONFUSABLES] * WIDE_PER_CONFUSABLE[split]
    return items + [("negative", word) for word in OTHER_WORDS]


def missing_programs() -> list[str]:
    """The synthesisers this script needs that are not installed (the festival voices are checked too)."""
    missing = [program for program in PROGRAMS if shutil.which(program) is None]
    voices = Path("/usr/share/festival/voices")
    found = {p.name for p in voices.glob("*/*")} if voices.exists() else set()
    return missing + [f"festival voice {name}" for name in WIDE_FESTIVAL if name not in found]


INSTALL = "apt-get install espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts"


def _write(out: Path, relative: str, samples, split: str, engine: str, voice: str, kind: str, text: str):
    audio.write_wav(out / relative, samples)
    return {
        "path": relative,
        "split": split,
        "speaker": voice,
        "engine": engine,
        "text": text,
        "kind": kind,
        "duration_ms": str(round(1000 * len(samples) / audio.SAMPLE_RATE_HZ)),
        "sha256": hashlib.sha256((out / relative).read_bytes()).hexdigest(),
    }


def build(out: Path, limit: int | None = None) -> list[dict[str, str]]:
    """Write the clips and manifest.csv under ``out``; ``limit`` keeps only the first clips of each split
    in each pass."""
    missing = missing_programs()
    if missing:
        raise SystemExit(f"{', '.join(missing)} not found: {INSTALL} (Debian main)")
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
                rows.append(_write(out, relative, samples, split, engine, voice, kind, text))
        # pass 2: training speakers from the wide pool, numbered after pass 1's clips of the split
        rng = random.Random(SEED + 1)
        pool = wide_speakers()
        for split in ("train", "val"):
            first = len(plan(split))
            for index, (kind, text) in enumerate(wide_plan(split)[:limit], start=first):
                samples = None
                while samples is None:
                    engine, voice = rng.choice(pool)
                    samples = synthesise(engine, voice, text, rng, Path(tmp), wide=True)
                relative = f"clips/{split}/{index:03d}_{text}.wav"
                rows.append(_write(out, relative, samples, split, engine, voice, kind, text))
    with open(out / "manifest.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return rows


def synthesise_pool(n_positive: int, n_per_word: int, seed: int, exclude: tuple[str, ...] = ()):
    """Extra clips from the wide pool of training speakers, in memory: (positives, negatives, negative words).

    ``train.py`` uses this for training clips beyond the committed ones (not committed: a few minutes to
    make, deterministic from ``seed``, and it needs the synthesisers like the build itself). Speakers
    whose name ends with one of ``exclude`` are left out (to measure how well a model carries over to a
    voice it never heard, without touching the test voices).
    """
    rng = random.Random(seed)
    pool = [(e, v) for e, v in wide_speakers() if not any(v.endswith(x) for x in exclude)]
    items = [("activate", TRIGGER)] * n_positive
    for word in NEGATIVE_WORDS:
        items += [("negative", word)] * (n_per_word * (2 if word in CONFUSABLES else 1))
    positives, negatives, words = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for kind, text in items:
            samples = None
            while samples is None:
                engine, voice = rng.choice(pool)
                samples = synthesise(engine, voice, text, rng, Path(tmp), wide=True)
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
