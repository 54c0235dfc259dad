"""Training and evaluation data for the trigger-word model, shared by ``train.py`` and the benchmark.

The notebook teaches the same steps with pydub (``create_training_example``); this module does them in
numpy, faster and with the variation that makes a model robust:

- every clip is played faster or slower (0.7x to 1.4x in steps of 0.1, which also shifts its pitch) and at a random level;
- backgrounds are coloured noise, hum, babble, music or a quiet room (``utils.audio.make_background``),
  sometimes two of them mixed;
- with probability ``neighbour_prob`` a negative word is put right before or right after each "activate"
  (0 to 150 ms away), so the model cannot fire on "speech, then a pause";
- half of the negatives are sound-alikes ("activity", "captivate", ...);
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

from collections.abc import Sequence
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
    ):
        """Clips of ``split``, plus ``extra`` = (positives, negatives, negative words) if given.

        Speakers whose name ends with one of ``exclude`` are left out.

        ``augment`` colours every word at random (training only: without it the draws, and so the
        benchmark's audio, are what they always were)."""
        self.rng = np.random.default_rng(seed)
        self.augment = augment
        rows = [
            r
            for r in audio.load_manifest()
            if r["split"] == split and not any(r["speaker"].endswith(x) for x in exclude)
        ]
        positive_rows = [r for r in rows if r["kind"] == "activate"]
        negative_rows = [r for r in rows if r["kind"] == "negative"]
        self.positives = [audio.read_wav(audio.DATA_DIR / r["path"])[0] for r in positive_rows]
        self.negatives = [audio.read_wav(audio.DATA_DIR / r["path"])[0] for r in negative_rows]
        words = [r["text"] for r in negative_rows]
        self.positive_engines = [r["engine"] for r in positive_rows]
        self.trigger_engines: list[str] = []  # the engine of each trigger of the last example, by end time
        if extra is not None:
            self.positive_engines += ["extra"] * len(extra[0])
            self.positives += list(extra[0])
            self.negatives += list(extra[1])
            words += list(extra[2])
        from build import CONFUSABLES  # the sound-alike words, drawn more often

        self.confusable = np.array([word in CONFUSABLES for word in words])
        offset = {"train": 0, "val": 1, "test": 2}[split]
        self.backgrounds = audio.make_backgrounds(
            n_backgrounds, seed=seed * 10 + offset, voices=self.negatives
        )
        self.neighbour_prob = neighbour_prob
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
        sound_alike = self.rng.random() < CONFUSABLE_SHARE
        pool = np.flatnonzero(self.confusable) if sound_alike else np.arange(len(self.negatives))
        return self._augment(int(self.rng.choice(pool)), self.negatives)

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

    def example(self, n_positive: int, n_negative: int) -> tuple[np.ndarray, list[int]]:
        """Ten seconds of audio with up to ``n_positive`` triggers, and the end (ms) of each trigger."""
        samples, segments, ends = self.background(), [], []
        for _ in range(n_positive):
            clip_id = int(self.rng.integers(len(self.positives)))
            placed = self._place(samples, self._augment(clip_id, self.positives), segments)
            if placed is None:
                continue
            ends.append((placed[1], self.positive_engines[clip_id]))
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

    def batch(self, m: int, max_positive: int = 3, max_negative: int = 6):
        """(X (m, T_x, n_freq) float32, Y (m, T_y, 1) float32, audio (m, samples), ends per example)."""
        X = np.zeros((m, T_x, n_freq), np.float32)
        Y = np.zeros((m, T_y, 1), np.float32)
        sounds, all_ends = [], []
        for i in range(m):
            samples, ends = self.example(
                int(self.rng.integers(0, max_positive + 1)), int(self.rng.integers(0, max_negative + 1))
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
