"""Training and evaluation data for the trigger-word model, shared by ``train.py`` and the benchmark.

The notebook teaches the same steps with pydub (``create_training_example``); this module does them in
numpy, faster and with the variation that makes a model robust:

- every clip is played faster or slower (0.7x to 1.4x in steps of 0.1, which also shifts its pitch) and at a random level;
- backgrounds are coloured noise, hum, babble, music or a quiet room (``utils.audio.make_background``),
  sometimes two of them mixed;
- triggers ("computer") come from synthetic voices (``clips/``) and, with ``real_share``, from recordings
  of people (``real/``, the split's clips only); negatives are synthetic words, half of them sound-alikes
  ("commuter", "compete", ...), and, with ``real_share``, people saying the five other keywords;
- with probability ``neighbour_prob`` a negative word is put right before or right after each trigger
  (0 to 150 ms away), so the model cannot fire on "speech, then a pause";
- ``example(..., n_prompts=k)`` also places ``k`` sentences of recorded human speech: the telephone
  prompts of Debian's Asterisk sound packages (8 kHz, resampled), split by voice (``PROMPT_VOICES``), so
  that false accepts are measured on real speech by voices no model trained on, and, in training and
  validation only, Tux Paint's spoken stamp descriptions in a dozen languages (``stamp_files``) and the
  English phrases of two games' voice actors (``game_voices``; training only, as it falls);
- with ``word_share``, negatives are also people saying letters, syllables, words and exclamations in
  about 25 languages and 10 voice packs (``load_words``; training and validation only);
- every mix is brought to -20 dBFS, like the notebook's examples;
- with ``augment`` (training only; the benchmark's audio never uses it), each word also gets a random
  colouring, as if heard through another microphone or room: a spectral tilt, sometimes a band limit
  (3-7 kHz, like a telephone or an 8 kHz voice) and sometimes a short reverberation tail;
  ``equalise_bands`` and ``mask_bands`` do the same to spectrograms (a smooth random gain across the
  mel bands, and a few bands hidden), so that no voice's exact spectral envelope is what the model keys on.

Labels follow the notebook's rule: the ``LABEL_STEPS`` output steps right after the step where a trigger
word ends are 1. ``build_model`` is the notebook's ``modelf`` (same layers, same order) with the widths as
arguments; the shipped model (``MODEL``) is the same with ``SHIPPED_FILTERS`` and ``SHIPPED_UNITS``.
The task's constants (``T_x``, ``n_freq``, ``T_y``, ``LABEL_STEPS``...) come from ``utils.trigger``,
which the notebook imports too; ``tests/test_trigger_word_dataset.py`` runs the notebook's own
``insert_ones``, ``detect_triggers`` and ``modelf`` and checks that ``labels``, ``detect`` and
``build_model`` agree with them.
"""

from __future__ import annotations

import functools
import hashlib
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np
from scipy import signal

from utils import audio
from utils.trigger import BACKGROUND_MS, LABEL_STEPS, TARGET_DBFS, T_x, T_y, n_freq

HERE = Path(__file__).resolve().parent
FILTERS, UNITS = 64, 64  # the notebook's modelf
SHIPPED_FILTERS, SHIPPED_UNITS = 128, 128  # the shipped model: modelf's layers, twice as wide
REFRACTORY_STEPS = 25  # after a detection, ignore 1 s
CONFUSABLE_SHARE = 0.5  # share of negatives drawn from the sound-alike words
STEP_MS = BACKGROUND_MS / T_y
SPEEDS = (0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4)  # tape speeds
MODEL = HERE / "model.keras"  # the shipped model (architecture and weights, no optimizer state)
SYNTHETIC_MODEL = HERE / "model_synthetic.keras"  # the same, trained on synthetic voices only
# Recorded sentences for negative-only audio: Debian's Asterisk prompt packages, one voice each, split by
# voice (no voice in two splits). Read from the installed packages, never committed.
PROMPTS_DIR = Path("/usr/share/asterisk/sounds")
# A voice is a folder of PROMPTS_DIR: "es" and "fr" are the Colombian Spanish and the French (Armelle
# Desjardins) voices of asterisk-prompt-es-co and asterisk-prompt-fr-armelle, in GSM at 8 kHz.
PROMPT_VOICES = {
    "train": ("fr_CA_f_June", "it_IT_f_Menardi"),
    "val": ("it_IT_m_Carlo", "es", "fr"),
    "test": ("en_US_f_Allison", "es_MX_f_Allison", "ru_RU_f_IvrvoiceRU"),
}
PROMPT_PACKAGES = (
    "asterisk-core-sounds-en-wav asterisk-core-sounds-es-wav asterisk-core-sounds-fr-wav "
    "asterisk-core-sounds-it-wav asterisk-core-sounds-ru-wav asterisk-prompt-it-menardi-wav "
    "asterisk-prompt-es-co asterisk-prompt-fr-armelle"
)
# More people, never in the test split (whose audio stays what the earlier figures were measured on), read
# from installed Debian packages and never committed; a group of recordings that may be one person's is
# never in two splits (``speaker_split``: fixed by hash, three groups in ten validation's, the rest
# training's):
# - words (``load_words``): letters, syllables and single words in about 25 languages, recorded for two
#   KDE programs for children (klettres-data, ktuberling-data; GPL-2+), grouped by language ("en_GB",
#   "sr@latin" count as "en", "sr": one person may have recorded a language for both programs); and the
#   exclamations of hedgewars-data's voice packs (GFDL-1.3), grouped by pack ("Default_uk" counts as
#   "Default");
# - sentences (``load_prompts``, beside the Asterisk voices): the spoken descriptions of Tux Paint's
#   stamps (tuxpaint-stamps-default; GPL-2), one reader per language as far as the package tells, grouped
#   by language; stamps whose text names a computer in any language are left out.
WORD_DIRS = (
    Path("/usr/share/klettres"),
    Path("/usr/share/ktuberling/sounds"),
    Path("/usr/share/games/hedgewars/Data/Sounds/voices"),
)
WORD_PACKAGES = "klettres-data ktuberling-data hedgewars-data"
STAMPS_DIR = Path("/usr/share/tuxpaint/stamps")
STAMPS_PACKAGE = "tuxpaint-stamps-default"
NAMES_A_COMPUTER = re.compile(r"comput|kompju|komput|компь?ю|комп.ю", re.IGNORECASE)
# English said by people, which the training audio had little of (the voice packs' exclamations): the
# voice actors of two games in Debian main, read from where the games install (never committed), as
# sentences in ``load_prompts`` (``game_voices``). A game is one group for ``speaker_split`` (its actors may
# speak in any of its clips); both fall in training. Warzone 2100 (warzone2100-data; GPL-2+): the spoken
# messages, tutorial, countdowns and taunts in its archive base.wz (a zip; ``audio/`` without the sound
# effects of ``audio/sfx/``); its research announcements (``audio/memressp/research/``) are left out, since
# one says "computer research completed". MegaGlest (megaglest-data; CC-BY-SA-3.0): each unit's replies
# when chosen or given an order (``*_select<N>.wav``, ``*_ack<N>.wav``). PocketSphinx's American English
# decoder heard "computer" in none of the other clips (see the dataset README).
GAME_VOICES = {
    "warzone2100": Path("/usr/share/games/warzone2100/base.wz"),
    "megaglest": Path("/usr/share/games/megaglest/techs/megapack/factions"),
}
GAME_PACKAGES = "warzone2100-data megaglest-data"
_WARZONE_SPEECH = re.compile(r"audio/(?!sfx/|memressp/research/)[^.]+\.ogg")
_MEGAGLEST_SPEECH = re.compile(r"[^/]+_(select|ack)\d+\.wav")


def sound_alikes() -> frozenset[str]:
    """The sound-alike words of ``build.py`` (loaded from its file: this folder is not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("trigger_word_build", HERE / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return frozenset(build.CONFUSABLES)


def load_prompts(split: str, min_ms: int = 700, max_ms: int = 6000) -> list[np.ndarray]:
    """The split's recorded sentences as 16 kHz float32 arrays, trimmed of silence: its Asterisk voices'
    prompts, then (train and val only) the Tux Paint stamp descriptions of its languages (``stamp_files``)
    and the game voices of its games (``game_voices``).

    Sentences shorter than ``min_ms`` (single digits, beeps) or longer than ``max_ms`` after trimming are
    left out. Raises ``FileNotFoundError`` naming the Debian packages when a voice is not installed.
    Read once per process (the arrays are shared: do not change them in place)."""
    return list(_load_prompts(split, min_ms, max_ms))


@functools.lru_cache(maxsize=8)
def _load_prompts(split: str, min_ms: int, max_ms: int) -> tuple[np.ndarray, ...]:
    clips = []
    for voice in PROMPT_VOICES[split]:
        files = sorted((PROMPTS_DIR / voice).rglob("*.wav")) or sorted((PROMPTS_DIR / voice).rglob("*.gsm"))
        if not files:
            raise FileNotFoundError(f"no prompts in {PROMPTS_DIR / voice}: apt-get install {PROMPT_PACKAGES}")
        read = _read_gsm(files) if files[0].suffix == ".gsm" else map(audio.read_audio, files)
        clips += [clip for clip in map(_trim, read) if min_ms <= _ms(clip) <= max_ms]
    if split != "test":
        stamps = (audio.read_audio(path) for path, _ in stamp_files(split))
        clips += [clip for clip in map(_trim, stamps) if min_ms <= _ms(clip) <= max_ms]
        games = read_game_voices(game_voices(split))
        clips += [clip for clip in map(_trim, games) if min_ms <= _ms(clip) <= max_ms]
    return tuple(clips)


def _trim(read: tuple[np.ndarray, int]) -> np.ndarray:
    """(samples, rate) at 16 kHz, trimmed of silence."""
    return audio.trim_silence(audio.resample(read[0], read[1], audio.SAMPLE_RATE_HZ))


def _ms(clip: np.ndarray) -> float:
    return 1000 * len(clip) / audio.SAMPLE_RATE_HZ


def speaker_split(group: str) -> str:
    """Whether a group of recordings (a language, a voice pack) is "val" or "train", fixed by the SHA-1 of
    its name up to the first "_" or "@" ("en_GB" and "en", "Default_uk" and "Default" are one group)."""
    return "val" if int(hashlib.sha1(_group_name(group).encode()).hexdigest(), 16) % 10 < 3 else "train"


def _group_name(group: str) -> str:
    """A group's name up to its first "_" or "@": "en_GB" is "en", "sr@latin" "sr"."""
    return group.split("_")[0].split("@")[0]


def stamp_files(split: str) -> list[tuple[Path, str]]:
    """(path, language) of the Tux Paint stamp descriptions of ``split``'s languages: "frog_desc_ru.ogg"
    is Russian, "frog_desc.ogg" English; stamps whose text file matches ``NAMES_A_COMPUTER`` are left out."""
    if not STAMPS_DIR.is_dir():
        raise FileNotFoundError(f"no {STAMPS_DIR}: apt-get install {STAMPS_PACKAGE}")
    files = []
    for path in sorted(STAMPS_DIR.rglob("*_desc*")):
        if path.suffix not in (".ogg", ".wav"):
            continue
        stamp, _, rest = path.name.rpartition("_desc")
        language = rest.split(".")[0].lstrip("_") or "en"
        if speaker_split(language) != split:  # before reading the stamp's text: most files are not split's
            continue
        text = path.with_name(stamp + ".txt")
        if text.is_file() and NAMES_A_COMPUTER.search(text.read_text(encoding="utf-8", errors="replace")):
            continue
        files.append((path, language))
    return files


def game_voices(split: str) -> list[tuple[str, str]]:
    """(game, name) of the game voices (``GAME_VOICES``) of ``split``, sorted: a name in Warzone 2100's
    archive, or a path under MegaGlest's factions. Raises ``FileNotFoundError`` naming the Debian packages
    when a game of ``split`` is not installed (the games are training's: other splits need neither)."""
    games = [game for game in GAME_VOICES if speaker_split(game) == split]
    if not all(GAME_VOICES[game].exists() for game in games):
        raise FileNotFoundError(
            f"no {' or '.join(str(GAME_VOICES[g]) for g in games)}: apt-get install {GAME_PACKAGES}"
        )
    names = []
    if "warzone2100" in games:
        with zipfile.ZipFile(GAME_VOICES["warzone2100"]) as archive:
            names += [("warzone2100", n) for n in archive.namelist() if _WARZONE_SPEECH.fullmatch(n)]
    if "megaglest" in games:
        folder = GAME_VOICES["megaglest"]
        names += [
            ("megaglest", str(path.relative_to(folder)))
            for path in folder.glob("*/units/*/sounds/*.wav")
            if _MEGAGLEST_SPEECH.fullmatch(path.name)
        ]
    return sorted(names)


def read_game_voices(voices: Iterable[tuple[str, str]]) -> Iterator[tuple[np.ndarray, int]]:
    """The clips of ``voices`` (items of ``game_voices``) in order, each as (float32 samples, rate) like
    ``audio.read_audio``; Warzone 2100's archive is opened once for all of its clips."""
    archive = None
    try:
        for game, name in voices:
            if game == "warzone2100":
                archive = archive or zipfile.ZipFile(GAME_VOICES[game])
                yield audio.read_audio(io.BytesIO(archive.read(name)))
            else:
                yield audio.read_audio(GAME_VOICES[game] / name)
    finally:
        if archive is not None:
            archive.close()


def load_words(split: str, min_ms: int = 200, max_ms: int = 2000) -> tuple[list[np.ndarray], list[str]]:
    """The split's words of ``WORD_DIRS`` (16 kHz float32, trimmed of silence) and the group of each.

    A file's group is its folder under its ``WORD_DIRS`` entry (a language or a voice pack, up to the
    first "_" or "@"). Files with the same bytes (one recording installed under several language
    variants) count once; clips shorter than ``min_ms`` or longer than ``max_ms`` after trimming are left
    out. The test split has none. Raises ``FileNotFoundError`` naming the Debian packages when they are
    not installed. Read once per process (the arrays are shared: do not change them in place)."""
    clips, groups = _load_words(split, min_ms, max_ms)
    return list(clips), list(groups)


@functools.lru_cache(maxsize=8)
def _load_words(split: str, min_ms: int, max_ms: int) -> tuple[tuple[np.ndarray, ...], tuple[str, ...]]:
    if split == "test":
        return (), ()
    if not all(folder.is_dir() for folder in WORD_DIRS):
        raise FileNotFoundError(f"no {' or '.join(map(str, WORD_DIRS))}: apt-get install {WORD_PACKAGES}")
    clips, groups, seen = [], [], set()
    for folder in WORD_DIRS:
        for path in sorted(folder.rglob("*.ogg")):
            group = path.relative_to(folder).parts[0]
            if speaker_split(group) != split:
                continue
            digest = hashlib.sha1(path.read_bytes()).digest()
            if digest in seen:
                continue
            seen.add(digest)
            clip = _trim(audio.read_audio(path))
            if min_ms <= _ms(clip) <= max_ms:
                clips.append(clip)
                groups.append(_group_name(group))
    return tuple(clips), tuple(groups)


def _read_gsm(paths: list[Path]) -> list[tuple[np.ndarray, int]]:
    """Headerless GSM 6.10 files (8 kHz mono) as (float32 samples, 8000) pairs, like ``audio.read_audio``,
    decoded by one ffmpeg process: a raw GSM stream is a run of 33-byte frames of 160 samples, so the files
    are decoded joined and cut apart again. The decoder's state carries over into the first 70 ms or less
    of each file (checked against decoding it alone), silence that ``load_prompts`` trims."""
    import subprocess

    blobs = [path.read_bytes() for path in paths]
    decoded = subprocess.run(
        ["ffmpeg", "-v", "error", "-f", "gsm", "-i", "pipe:0", "-f", "s16le", "-ac", "1", "pipe:1"],
        input=b"".join(blobs),
        capture_output=True,
        check=True,
    ).stdout
    samples = np.frombuffer(decoded, dtype="<i2").astype(np.float32) / 32768.0
    bounds = np.cumsum([0] + [len(blob) // 33 * 160 for blob in blobs])
    return [(samples[a:b], 8000) for a, b in zip(bounds[:-1], bounds[1:], strict=True)]


def read_clips(split: str, kind: str, folder: Path = audio.DATA_DIR, exclude: tuple[str, ...] = ()):
    """(arrays, manifest rows) of one kind of one split of a clip folder; speakers ending with
    ``exclude`` are left out (synthetic clips only: recordings of people have no speaker labels)."""
    rows = [
        r
        for r in audio.load_manifest(folder)
        if r["split"] == split
        and r["kind"] == kind
        and not any(r.get("speaker", "").endswith(x) for x in exclude)
    ]
    return [audio.read_audio(folder / r["path"])[0] for r in rows], rows


def build_model(input_shape=(T_x, n_freq), filters=FILTERS, units=UNITS):
    """The notebook's ``modelf``: Conv1D (stride 4), batch norm, ReLU, two GRUs, a sigmoid at every step."""
    import keras
    from keras import layers

    x_input = keras.Input(shape=input_shape)
    x = layers.Conv1D(filters, kernel_size=8, strides=4, padding="same")(x_input)
    x = layers.BatchNormalization()(x)
    x = layers.Activation("relu")(x)
    x = layers.Dropout(0.2)(x)
    x = layers.GRU(units, return_sequences=True)(x)
    x = layers.Dropout(0.2)(x)
    x = layers.BatchNormalization()(x)
    x = layers.GRU(units, return_sequences=True)(x)
    x = layers.Dropout(0.2)(x)
    x = layers.BatchNormalization()(x)
    outputs = layers.TimeDistributed(layers.Dense(1, activation="sigmoid"))(x)
    return keras.Model(inputs=x_input, outputs=outputs)


def end_step(end_ms: float, ty: int = T_y, duration_ms: int = BACKGROUND_MS) -> int:
    """The output step in which a word ending at ``end_ms`` ends."""
    return int(end_ms * ty / duration_ms)


def labels(ends_ms: Sequence[float], ty: int = T_y, label_steps: int = LABEL_STEPS) -> np.ndarray:
    """y of shape (ty, 1): ones on the ``label_steps`` steps after each end step, cut at the end."""
    y = np.zeros((ty, 1), dtype=np.float32)
    for end in ends_ms:
        step = end_step(end, ty)
        y[step + 1 : step + 1 + label_steps] = 1.0
    return y


def detect(probabilities, threshold: float, refractory_steps: int = REFRACTORY_STEPS) -> list[int]:
    """Steps where the probability exceeds ``threshold``, ignoring ``refractory_steps`` after each one."""
    fires, next_allowed = [], 0
    for step, p in enumerate(np.ravel(probabilities)):
        if step >= next_allowed and p > threshold:
            fires.append(step)
            next_allowed = step + refractory_steps + 1
    return fires


class Mixer:
    """Draws examples from clips and backgrounds with one numpy generator."""

    def __init__(
        self,
        split: str,
        seed: int,
        n_backgrounds: int = 28,
        neighbour_prob: float = 0.5,
        extra=None,
        augment: bool = False,
        exclude: tuple[str, ...] = (),
        real_share: float = 0.0,
        synthetic: bool = True,
        prompts: bool = False,
        word_share: float = 0.0,
    ):
        """Clips of ``split``, plus ``extra`` = (positives, negatives, negative words) if given.

        ``real_share`` is the probability that a trigger is a recording of a person, and (separately) that
        a negative that is not a sound-alike is one (0: synthetic voices only). ``synthetic=False`` takes
        every trigger from the people (negatives still follow ``real_share``; only the synthesisers say
        the sound-alikes). ``prompts`` loads the split's recorded sentences for
        ``example(..., n_prompts=k)``. ``word_share`` is the probability that a negative that is not a
        sound-alike is one of the split's many-language words (``load_words``; each language equally
        likely), checked before ``real_share``. Speakers whose name ends with one of ``exclude`` are left
        out. ``augment`` colours every word at random (training only)."""
        self.rng = np.random.default_rng(seed)
        self.augment = augment
        self.real_share = real_share
        positives, positive_rows = read_clips(split, "trigger", exclude=exclude) if synthetic else ([], [])
        negatives, negative_rows = read_clips(split, "negative", exclude=exclude)
        self.positives, self.negatives = positives, negatives
        self.positive_engines = [r["engine"] for r in positive_rows]
        words = [r["text"] for r in negative_rows]
        if extra is not None:
            self.positive_engines += ["extra"] * len(extra[0])
            self.positives += list(extra[0])
            self.negatives += list(extra[1])
            words += list(extra[2])
        confusables = sound_alikes()
        self.confusable = np.array([word in confusables for word in words])  # drawn more often
        if real_share > 0 or not synthetic:
            self.real_positives = read_clips(split, "trigger", audio.REAL_DIR)[0]
            self.real_negatives = read_clips(split, "negative", audio.REAL_DIR)[0]
        else:
            self.real_positives, self.real_negatives = [], []
        self.prompts = load_prompts(split) if prompts else []
        self.word_share = word_share
        self.words, languages = load_words(split) if word_share > 0 else ([], [])
        counts = {language: languages.count(language) for language in set(languages)}
        weights = np.array([1.0 / counts[language] for language in languages])
        self.word_weights = weights / weights.sum() if len(weights) else weights
        self.trigger_engines: list[str] = []  # the source of each trigger of the last example, by end time
        offset = {"train": 0, "val": 1, "test": 2}[split]
        self.backgrounds = audio.make_backgrounds(
            n_backgrounds, seed=seed * 10 + offset, voices=self.negatives + self.real_negatives
        )
        self.neighbour_prob = neighbour_prob
        self.confusable_share = CONFUSABLE_SHARE  # evaluation sets 0 for speech without sound-alikes
        self._cache: dict[tuple[int, int, float], np.ndarray] = {}

    def _augment(self, clip_id: int, clips: list[np.ndarray]) -> np.ndarray:
        """Clip ``clip_id`` at one of ``SPEEDS`` (cached) and a random level."""
        speed = SPEEDS[int(self.rng.integers(len(SPEEDS)))]
        key = (id(clips), clip_id, speed)
        if key not in self._cache:
            self._cache[key] = audio.change_speed(clips[clip_id], speed)
        clip = self._cache[key]
        if self.augment:
            clip = self._colour(clip)
        return audio.set_dbfs(clip, float(self.rng.uniform(-32.0, -12.0)))

    def _colour(self, clip: np.ndarray) -> np.ndarray:
        """A random tilt; a band limit with probability 0.2; a reverberation tail with probability 0.25.

        The result keeps the clip's length, so a word still ends where its label says."""
        rng = self.rng
        tilt = float(rng.uniform(-0.7, 0.9))  # y[n] = x[n] - tilt x[n-1]: brighter above 0, duller below
        clip = signal.lfilter([1.0, -tilt], [1.0], clip)
        if rng.random() < 0.2:
            cutoff_hz = float(rng.uniform(3000, 7000))
            clip = signal.sosfilt(signal.butter(4, cutoff_hz, fs=audio.SAMPLE_RATE_HZ, output="sos"), clip)
        if rng.random() < 0.25:
            decay_s = float(rng.uniform(0.02, 0.08))  # time for the tail to fall by 1/e
            t = np.arange(int(4 * decay_s * audio.SAMPLE_RATE_HZ)) / audio.SAMPLE_RATE_HZ
            response = rng.standard_normal(len(t)) * np.exp(-t / decay_s) * float(rng.uniform(0.1, 0.5))
            response[0] = 1.0  # the direct sound
            clip = signal.fftconvolve(clip, response)[: len(clip)]
        return clip.astype(np.float32)

    def _negative(self) -> np.ndarray:
        if self.rng.random() < self.confusable_share:
            return self._augment(int(self.rng.choice(np.flatnonzero(self.confusable))), self.negatives)
        if self.words and self.rng.random() < self.word_share:
            return self._augment(int(self.rng.choice(len(self.words), p=self.word_weights)), self.words)
        if self.real_negatives and self.rng.random() < self.real_share:
            return self._augment(int(self.rng.integers(len(self.real_negatives))), self.real_negatives)
        if self.confusable_share == 0.0:  # speech without sound-alikes (evaluation's negative-only audio)
            return self._augment(int(self.rng.choice(np.flatnonzero(~self.confusable))), self.negatives)
        return self._augment(int(self.rng.integers(len(self.negatives))), self.negatives)

    def _positive(self) -> tuple[np.ndarray, str]:
        """A trigger clip, played at a random speed and level, and its source ("real" or the engine)."""
        if self.real_positives and (not self.positives or self.rng.random() < self.real_share):
            return self._augment(
                int(self.rng.integers(len(self.real_positives))), self.real_positives
            ), "real"
        clip_id = int(self.rng.integers(len(self.positives)))
        return self._augment(clip_id, self.positives), self.positive_engines[clip_id]

    def background(self) -> np.ndarray:
        rng = self.rng
        samples = self.backgrounds[int(rng.integers(len(self.backgrounds)))]
        samples = np.roll(samples, int(rng.integers(len(samples)))) * 10 ** (rng.uniform(-10, 6) / 20)
        if rng.random() < 0.3:
            other = self.backgrounds[int(rng.integers(len(self.backgrounds)))]
            samples = samples + np.roll(other, int(rng.integers(len(other)))) * 10 ** (
                rng.uniform(-10, 0) / 20
            )
        return samples.astype(np.float32)

    def _place(self, samples, clip, segments, start_ms=None) -> tuple[int, int] | None:
        """Add ``clip`` where it overlaps no segment (at ``start_ms`` if given); its (start, end) in ms."""
        length_ms = int(np.ceil(1000 * len(clip) / audio.SAMPLE_RATE_HZ))
        for _ in range(1 if start_ms is not None else 50):
            start = int(self.rng.integers(0, BACKGROUND_MS - length_ms)) if start_ms is None else start_ms
            end = start + length_ms - 1
            if start < 0 or end >= BACKGROUND_MS:
                return None
            if all(end < s or start > e for s, e in segments):
                segments.append((start, end))
                samples[:] = audio.overlay(samples, clip, start)
                return start, end
        return None

    def example(self, n_positive: int, n_negative: int, n_prompts: int = 0) -> tuple[np.ndarray, list[int]]:
        """Ten seconds of audio with up to ``n_positive`` triggers, and the end (ms) of each trigger.

        ``n_prompts`` recorded sentences are placed first (they are long), then the triggers, then the
        negative words; whatever does not fit in 50 draws is left out."""
        samples, segments, ends = self.background(), [], []
        for _ in range(n_prompts):
            prompt = self.prompts[int(self.rng.integers(len(self.prompts)))]
            prompt = audio.set_dbfs(prompt, float(self.rng.uniform(-32.0, -12.0)))
            self._place(samples, self._colour(prompt) if self.augment else prompt, segments)
        for _ in range(n_positive):
            clip, source = self._positive()
            placed = self._place(samples, clip, segments)
            if placed is None:
                continue
            ends.append((placed[1], source))
            if self.rng.random() < self.neighbour_prob:
                neighbour = self._negative()
                gap = int(self.rng.integers(0, 150))
                length_ms = int(np.ceil(1000 * len(neighbour) / audio.SAMPLE_RATE_HZ))
                before = self.rng.random() < 0.5
                start = placed[0] - gap - length_ms if before else placed[1] + 1 + gap
                self._place(samples, neighbour, segments, start_ms=start)
        for _ in range(n_negative):
            self._place(samples, self._negative(), segments)
        ends.sort()
        self.trigger_engines = [engine for _, engine in ends]
        return audio.set_dbfs(samples, TARGET_DBFS), [end for end, _ in ends]

    def batch(self, m: int, max_positive: int = 3, max_negative: int = 6, max_prompts: int = 0):
        """(X (m, T_x, n_freq) float32, Y (m, T_y, 1) float32, audio (m, samples), ends per example)."""
        X = np.zeros((m, T_x, n_freq), np.float32)
        Y = np.zeros((m, T_y, 1), np.float32)
        sounds, all_ends = [], []
        for i in range(m):
            samples, ends = self.example(
                int(self.rng.integers(0, max_positive + 1)),
                int(self.rng.integers(0, max_negative + 1)),
                int(self.rng.integers(0, max_prompts + 1)) if self.prompts else 0,
            )
            X[i] = audio.log_mel_spectrogram(samples)
            Y[i] = labels(ends)
            sounds.append(samples)
            all_ends.append(ends)
        return X, Y, sounds, all_ends


def equalise_bands(X: np.ndarray, rng: np.random.Generator, max_db: float = 6.0) -> np.ndarray:
    """Add to each spectrogram (m, T_x, n_freq) of log10 energies a smooth random gain across its bands.

    The gain is a random combination of a tilt and two slow cosines over the bands, at most ``max_db``.
    """
    m, _, n = X.shape
    k = np.linspace(0, np.pi, n)
    basis = np.stack([np.linspace(-1, 1, n), np.cos(k), np.cos(2 * k)])  # (3, n)
    gains = rng.uniform(-1, 1, (m, 3)) @ basis / 3 * (max_db / 10)  # (m, n), log10 units
    return (X + gains[:, None, :]).astype(np.float32)


def warp_bands(
    X: np.ndarray, rng: np.random.Generator, max_warp: float = 0.1, prob: float = 0.5
) -> np.ndarray:
    """With probability ``prob`` per example, stretch its frequency axis by a factor in 1 ± ``max_warp``.

    Band ``i`` takes the (interpolated) value of the band that lies at its centre frequency divided by the
    factor, as if the speaker's vocal tract were shorter (factor above 1) or longer (below 1): a way to
    make new voices from the ones there are (vocal tract length perturbation, Jaitly and Hinton, 2013).
    """
    X = X.copy()
    n = X.shape[2]
    centres = audio.mel_band_edges(n)[1:-1]
    for i in np.flatnonzero(rng.random(len(X)) < prob):
        source = np.interp(centres / rng.uniform(1 - max_warp, 1 + max_warp), centres, np.arange(n))
        low = np.floor(source).astype(int)
        high = np.minimum(low + 1, n - 1)
        weight = (source - low).astype(np.float32)
        X[i] = X[i][:, low] * (1 - weight) + X[i][:, high] * weight
    return X


def mask_bands(X: np.ndarray, rng: np.random.Generator, prob: float = 0.5, max_width: int = 5) -> np.ndarray:
    """With probability ``prob`` per example, hide one run of 1 to ``max_width`` bands (set to its mean)."""
    X = X.copy()
    for i in np.flatnonzero(rng.random(len(X)) < prob):
        width = int(rng.integers(1, max_width + 1))
        low = int(rng.integers(0, X.shape[2] - width + 1))
        X[i, :, low : low + width] = X[i, :, low : low + width].mean()
    return X


def match(
    fires: Sequence[int], ends_ms: Sequence[int], early_steps: int = 3, late_steps: int = LABEL_STEPS + 5
):
    """(whether each trigger was detected, number of false accepts) in one clip.

    A fire detects the first undetected trigger whose end step is at most ``early_steps`` after it and at
    most ``late_steps`` before it; every other fire is a false accept.
    """
    steps = [end_step(e) for e in ends_ms]
    detected = [False] * len(steps)
    false = 0
    for fire in fires:
        found = next(
            (i for i, s in enumerate(steps) if not detected[i] and s - early_steps <= fire <= s + late_steps),
            None,
        )
        if found is None:
            false += 1
        else:
            detected[found] = True
    return detected, false


# ---------------------------------------------------------------------------------------------------------
# Evaluation: the same audio and the same rules for train.py's checkpoints, the benchmark and the notebook

CLIP_HOURS = BACKGROUND_MS / 3_600_000
# 0.05 to 0.99 in steps of 0.01, then to 0.999 in steps of 0.001: a sigmoid trained this long is sure of
# itself, and the step from 0.99 to 0.999 is where false accepts become rare
THRESHOLDS = np.round(np.concatenate([np.arange(0.05, 0.995, 0.01), np.arange(0.991, 0.9995, 0.001)]), 3)
MAX_FA_PER_HOUR = 1.0  # the target: at most this many false accepts per hour of negative-only audio


def evaluation_audio(
    split: str,
    seed: int,
    n_negative_only: int,
    n_trigger_clips: int,
    people: bool = True,
    keep_audio: bool = False,
    clips: tuple[list, list] | None = None,
):
    """Spectrograms of negative-only clips and of trigger clips, and each trigger's (end_ms, source).

    With ``people`` the triggers are recordings of people (the split's ``real/`` clips); without, the
    split's synthetic voices. Every negative-only clip holds 1-3 recorded sentences (Asterisk prompts)
    and 3-6 words: the split's people saying other keywords or its synthetic voices saying everyday
    words, half each, and on validation also the many-language words (``load_words``), so a third each
    (the test split has none of those, and its audio is what it was before they came); no sound-alikes, which ``sound_alike_audio`` measures apart (speech is not made of
    "commuter"s and "computing"s, and counting them per hour would make the figure depend on how many we
    chose to put in). Every trigger clip holds two triggers (some may not fit), each with a word 0-150 ms
    before or after it half the time, and 0-3 more words, half of all those words sound-alikes, and 0-1
    sentence, over the split's own backgrounds.

    ``clips`` = (trigger clips, other-word clips) replaces the people's clips of ``split`` (an
    instructor's own recordings, trimmed). With ``keep_audio`` a fourth item holds the audio itself
    (negative-only clips, then trigger clips; float32, ten seconds each)."""
    mixer = Mixer(split, seed=seed, real_share=0.5, synthetic=not people, prompts=True, word_share=1 / 3)
    if not people:  # negatives still come from people half the time; triggers from the synthesisers only
        mixer.real_positives = []
    if clips is not None:
        mixer.real_positives, mixer.real_negatives = list(clips[0]), list(clips[1])
    kept = []
    rng = np.random.default_rng(seed + 1)
    negative_only = []
    mixer.confusable_share = 0.0
    for _ in range(n_negative_only):
        samples = mixer.example(0, int(rng.integers(3, 7)), int(rng.integers(1, 4)))[0]
        negative_only.append(audio.log_mel_spectrogram(samples))
        kept += [samples] if keep_audio else []
    triggers, ends = [], []
    mixer.confusable_share = CONFUSABLE_SHARE
    for _ in range(n_trigger_clips):
        samples, clip_ends = mixer.example(2, int(rng.integers(0, 4)), int(rng.integers(0, 2)))
        triggers.append(audio.log_mel_spectrogram(samples))
        ends.append(list(zip(clip_ends, mixer.trigger_engines, strict=True)))
        kept += [samples] if keep_audio else []
    empty = np.zeros((0, T_x, n_freq), np.float32)
    result = (
        np.stack(negative_only) if negative_only else empty,
        np.stack(triggers) if triggers else empty,
        ends,
    )
    return (*result, kept) if keep_audio else result


def sound_alike_audio(split: str, seed: int, n_clips: int, per_clip: int = 4):
    """Spectrograms of clips that each hold ``per_clip`` sound-alikes ("commuter", "compute", "computing"...,
    the split's synthetic voices) over the split's backgrounds, and the number placed: the stress test of
    how often a detector fires on a word that is almost the trigger."""
    mixer = Mixer(split, seed=seed)
    mixer.confusable_share = 1.0
    clips, placed = [], 0
    for _ in range(n_clips):
        samples, segments = mixer.background(), []
        for _ in range(per_clip):
            placed += mixer._place(samples, mixer._negative(), segments) is not None
        clips.append(audio.log_mel_spectrogram(audio.set_dbfs(samples, TARGET_DBFS)))
    return np.stack(clips), placed


def rates(
    negative_probs, trigger_probs, ends, threshold: float, source: str | None = None, early_steps: int = 3
):
    """(recall, false accepts per hour of negative-only audio, detected, trigger events, false accepts).

    With ``source`` the recall counts only the triggers from that source ("real" or an engine).
    ``early_steps`` is how long before a trigger's end step a firing still detects it (``match``)."""
    false_accepts = sum(len(detect(p, threshold)) for p in negative_probs)
    detected = events = 0
    for p, clip_ends in zip(trigger_probs, ends, strict=True):
        flags, _ = match(detect(p, threshold), [end for end, _ in clip_ends], early_steps=early_steps)
        for flag, (_, spoken_by) in zip(flags, clip_ends, strict=True):
            if source is None or spoken_by == source:
                detected += flag
                events += 1
    hours = len(negative_probs) * CLIP_HOURS
    return detected / max(events, 1), false_accepts / hours, detected, events, false_accepts


def choose_threshold(negative_probs, trigger_probs, ends, max_fa_per_hour: float = MAX_FA_PER_HOUR) -> float:
    """The lowest threshold of ``THRESHOLDS`` with at most ``max_fa_per_hour`` on this (validation) audio,
    or the highest threshold if none is that low."""
    for threshold in THRESHOLDS:
        if rates(negative_probs, trigger_probs, ends, float(threshold))[1] <= max_fa_per_hour:
            return float(threshold)
    return float(THRESHOLDS[-1])


def probabilities(model, data):
    """(negative-only probabilities, trigger-clip probabilities, trigger ends): a model's outputs on audio
    from ``evaluation_audio``, in the form ``rates`` and ``choose_threshold`` take."""
    return [model.predict(x, batch_size=64, verbose=0)[..., 0] for x in data[:2]] + [data[2]]


def hard_examples(model, X: np.ndarray, ends: Sequence[Sequence[int]], threshold: float = 0.5) -> np.ndarray:
    """Indices of the examples of ``X`` on which ``model`` fires (``detect`` at ``threshold``) anywhere
    ``match`` calls a false accept: what the training script replays (``train.py --replay``)."""
    probs = model.predict(X, batch_size=64, verbose=0)[..., 0]
    return np.array(
        [
            i
            for i, (p, e) in enumerate(zip(probs, ends, strict=True))
            if match(detect(p, threshold), e)[1] > 0
        ],
        dtype=int,
    )


def validation_audio(keep_audio: bool = False):
    """The validation audio every threshold and checkpoint is chosen on: 160 clips with two of the people's
    val recordings each, and nine hours of negative-only audio (3,240 clips: 1,080 drawn with the trigger
    clips and 2,160 more from another seed). With one hour, "at most one false accept per hour" was decided
    by a single firing; with three, by three, and the next six hours fired a third more often at the
    threshold the first three had chosen. With ``keep_audio`` the audio is in the same order as the
    spectrograms: negative-only clips, then trigger clips."""
    first = evaluation_audio(
        "val", seed=2000, n_negative_only=1080, n_trigger_clips=160, keep_audio=keep_audio
    )
    more = evaluation_audio("val", seed=2100, n_negative_only=2160, n_trigger_clips=0, keep_audio=keep_audio)
    result = (np.concatenate([first[0], more[0]]), first[1], first[2])
    n_first = len(first[0])
    return (*result, first[3][:n_first] + more[3] + first[3][n_first:]) if keep_audio else result


def test_audio(people: bool = True, keep_audio: bool = False, clips=None):
    """The test audio every figure is measured on: 170 clips with two triggers each, two hours of
    negative-only audio (720 clips), from the test split only (``clips``: an instructor's own)."""
    return evaluation_audio(
        "test", seed=3000, n_negative_only=720, n_trigger_clips=170, people=people, keep_audio=keep_audio,
        clips=clips,
    )  # fmt: skip
