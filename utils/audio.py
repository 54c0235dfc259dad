"""Audio for the trigger-word notebook: clips, mixing, loudness, log-mel spectrograms, chimes, backgrounds, plots.

Everything is mono. Times are in milliseconds (``*_ms``) and rates in hertz (``*_hz``), as in pydub.
Clips are pydub ``AudioSegment`` objects (immutable, with ``overlay`` and ``+ gain``) when a learner
mixes audio by hand, and float32 numpy arrays in [-1, 1] when numbers are needed (spectrograms, models).
Clips are read with libsndfile (``soundfile``: WAV, FLAC, OGG, MP3), so no ffmpeg is needed. Nothing here downloads anything; backgrounds are generated from a seed.

>>> tone = sine(440.0, 1000)                        # one second of A4 at 16 kHz
>>> tone.shape, round(dbfs(tone), 2)
((16000,), -3.01)
>>> features = log_mel_spectrogram(np.zeros(10 * SAMPLE_RATE_HZ, dtype=np.float32))
>>> features.shape                                  # (frames, mel bands): one frame every 10 ms
(1000, 40)
>>> segment = to_segment(tone)
>>> len(segment), segment.frame_rate                # pydub lengths are milliseconds
(1000, 16000)
>>> bool(np.allclose(to_array(segment), tone, atol=1 / 32768))
True
"""

from __future__ import annotations

import csv
import functools
import hashlib
import math
import warnings
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path

import numpy as np
import scipy.fft
from scipy import signal

from utils import core

with warnings.catch_warnings():  # pydub warns that ffmpeg is missing; WAV does not need it
    warnings.simplefilter("ignore", RuntimeWarning)
    from pydub import AudioSegment

__all__ = [
    "SAMPLE_RATE_HZ",
    "DATA_DIR",
    "REAL_DIR",
    "AudioSegment",
    "read_audio",
    "write_audio",
    "load_recording",
    "to_segment",
    "to_array",
    "load_clip",
    "load_manifest",
    "load_clips",
    "resample",
    "change_speed",
    "trim_silence",
    "dbfs",
    "set_dbfs",
    "match_loudness",
    "overlay",
    "sine",
    "mel_band_edges",
    "mel_filterbank",
    "log_mel_spectrogram",
    "chime",
    "insert_chimes",
    "BACKGROUND_KINDS",
    "make_background",
    "make_backgrounds",
    "plot_waveform",
    "plot_spectrogram",
    "plot_predictions",
]

SAMPLE_RATE_HZ = 16_000
DATA_DIR = core.dataset_dir("trigger_word")  # synthetic clips: clips/<split>/, manifest.csv
REAL_DIR = DATA_DIR / "real"  # recordings of people: real/<word>/, real/manifest.csv
N_MELS = 40
WINDOW_MS = 25
HOP_MS = 10
_FLOOR = 1e-6  # added to mel energies before the log, so silence is finite (log10 -> -6)


# ---------------------------------------------------------------------------------------------------------
# Files and conversions


def read_audio(path) -> tuple[np.ndarray, int]:
    """An audio file (WAV, FLAC, OGG or MP3, read by libsndfile through ``soundfile``) as
    (float32 samples in [-1, 1], sample_rate_hz); stereo is averaged to mono. ``path`` is a path or an
    open binary file (e.g. ``io.BytesIO`` of a file inside an archive)."""
    import soundfile

    try:
        source = str(path) if isinstance(path, (str, Path)) else path
        samples, rate = soundfile.read(source, dtype="float32", always_2d=True)
    except soundfile.LibsndfileError as error:
        raise ValueError(f"{path}: cannot read it as audio ({error})") from None
    return samples.mean(axis=1).astype(np.float32), int(rate)


def _int16(samples: np.ndarray) -> np.ndarray:
    return np.clip(np.round(np.asarray(samples, dtype=np.float64) * 32768.0), -32768, 32767).astype("<i2")


OPUS_COMPRESSION = 0.8  # libsndfile's 0 (largest) to 1 (smallest); see datasets/trigger_word/README.md


def write_audio(path: str | Path, samples: np.ndarray, sample_rate_hz: int = SAMPLE_RATE_HZ) -> Path:
    """Write float samples in [-1, 1] as mono audio, by the file's suffix: 16-bit ``.flac`` or ``.wav``
    (values outside [-1, 1] are clipped), or Opus in Ogg (``.opus``, lossy, at ``OPUS_COMPRESSION``)."""
    import soundfile

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".opus":
        clipped = np.clip(np.asarray(samples, dtype=np.float32), -1.0, 32767 / 32768)
        soundfile.write(str(path), clipped, sample_rate_hz, format="OGG", subtype="OPUS",
                        compression_level=OPUS_COMPRESSION)  # fmt: skip
        return path
    kind = {".flac": "FLAC", ".wav": "WAV"}.get(suffix)
    if kind is None:
        raise ValueError(f"{path}: write .flac, .wav or .opus")
    soundfile.write(str(path), _int16(samples), sample_rate_hz, subtype="PCM_16", format=kind)
    return path


def to_segment(samples: np.ndarray, sample_rate_hz: int = SAMPLE_RATE_HZ) -> AudioSegment:
    """Float samples in [-1, 1] as a mono 16-bit pydub ``AudioSegment``."""
    return AudioSegment(_int16(samples).tobytes(), frame_rate=sample_rate_hz, sample_width=2, channels=1)


def to_array(segment: AudioSegment) -> np.ndarray:
    """A pydub ``AudioSegment`` as float32 samples in [-1, 1] (mono, 16-bit after conversion)."""
    segment = segment.set_channels(1).set_sample_width(2)
    return (np.frombuffer(segment.raw_data, dtype="<i2") / 32768.0).astype(np.float32)


def load_clip(path: str | Path) -> AudioSegment:
    """An audio file as a pydub ``AudioSegment`` (mono, 16-bit, resampled to 16 kHz if needed)."""
    samples, rate = read_audio(path)
    return to_segment(resample(samples, rate, SAMPLE_RATE_HZ))


def load_recording(path: str | Path, duration_ms: int = 10_000) -> np.ndarray:
    """A recording of any length as exactly ``duration_ms`` of 16 kHz mono float32 samples.

    WAV, FLAC, OGG and MP3 are read by libsndfile; anything else pydub can read (with ffmpeg installed:
    M4A, WebM...) is read by pydub. Stereo is averaged to mono, other rates are resampled to 16 kHz, a
    short recording is padded with silence at its end and a long one is cut after ``duration_ms``.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no recording at {path}")
    try:
        samples, rate = read_audio(path)
    except ValueError:
        try:
            segment = AudioSegment.from_file(str(path))
        except Exception as error:  # pydub raises several kinds, ffmpeg's message is the useful part
            raise ValueError(f"{path}: neither libsndfile nor pydub/ffmpeg can read it ({error})") from None
        samples, rate = to_array(segment), segment.frame_rate
    samples = resample(samples, rate, SAMPLE_RATE_HZ)
    n = SAMPLE_RATE_HZ * duration_ms // 1000
    return np.pad(samples[:n], (0, max(0, n - len(samples)))).astype(np.float32)


def load_manifest(folder: str | Path = DATA_DIR) -> list[dict[str, str]]:
    """The rows of a clip folder's ``manifest.csv``: for the synthetic clips (``DATA_DIR``) path, split,
    speaker, engine, text, kind, duration_ms, sha256; for the recordings of people (``REAL_DIR``) path,
    word, kind, split, start_ms, end_ms, duration_ms, sha256. ``kind`` is "trigger" or "negative"."""
    with open(Path(folder) / "manifest.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def load_clips(
    kind: str, split: str, folder: str | Path = DATA_DIR, as_array: bool = False, verify: bool = False
) -> list:
    """Every clip of one kind ("trigger" or "negative") in one split ("train", "val" or "test") of a clip
    folder: ``DATA_DIR`` (synthetic voices, the default) or ``REAL_DIR`` (people).

    Returns ``AudioSegment`` objects, or float32 arrays when ``as_array``. With ``verify`` each file's
    SHA-256 is checked against the manifest.
    """
    folder = Path(folder)
    clips = []
    for row in load_manifest(folder):
        if row["kind"] != kind or row["split"] != split:
            continue
        path = folder / row["path"]
        if verify and hashlib.sha256(path.read_bytes()).hexdigest() != row["sha256"]:
            raise ValueError(f"{path}: checksum differs from the manifest")
        clips.append(read_audio(path)[0] if as_array else load_clip(path))
    return clips


# ---------------------------------------------------------------------------------------------------------
# Signal processing


def resample(samples: np.ndarray, from_hz: int, to_hz: int) -> np.ndarray:
    """Change the sample rate with a polyphase filter (``scipy.signal.resample_poly``).

    >>> resample(np.ones(441), 44100, 16000).shape
    (160,)
    """
    samples = np.asarray(samples, dtype=np.float32)
    if from_hz == to_hz:
        return samples
    ratio = Fraction(int(to_hz), int(from_hz))
    return signal.resample_poly(samples, ratio.numerator, ratio.denominator).astype(np.float32)


def change_speed(samples: np.ndarray, factor: float) -> np.ndarray:
    """Play ``factor`` times faster, like a tape: shorter by ``factor`` and higher by the same ratio.

    >>> change_speed(np.zeros(16000), 1.25).shape
    (12800,)
    """
    ratio = Fraction(factor).limit_denominator(100)
    return signal.resample_poly(np.asarray(samples, np.float32), ratio.denominator, ratio.numerator).astype(
        np.float32
    )


def trim_silence(
    samples: np.ndarray, sample_rate_hz: int = SAMPLE_RATE_HZ, threshold_db: float = -40.0, frame_ms: int = 10
) -> np.ndarray:
    """Cut leading and trailing frames whose RMS is more than ``threshold_db`` below the loudest frame.

    The clip keeps whole frames from the first loud frame to the last, so a word ends where its sound ends.

    >>> quiet, loud = np.zeros(1600), 0.5 * np.ones(800)
    >>> trim_silence(np.concatenate([quiet, loud, quiet])).shape
    (800,)
    """
    samples = np.asarray(samples, dtype=np.float32)
    frame = max(1, sample_rate_hz * frame_ms // 1000)
    n = len(samples) // frame
    if n == 0:
        return samples
    rms = np.sqrt(np.mean(samples[: n * frame].reshape(n, frame).astype(np.float64) ** 2, axis=1))
    loud = np.flatnonzero(rms > rms.max() * 10 ** (threshold_db / 20))
    if len(loud) == 0:
        return samples[:0]
    return samples[loud[0] * frame : (loud[-1] + 1) * frame]


def dbfs(samples: np.ndarray) -> float:
    """Loudness as RMS in dB relative to a full-scale square wave (pydub's ``dBFS``); -inf for silence.

    >>> round(dbfs(0.5 * np.ones(100)), 2)
    -6.02
    """
    rms = math.sqrt(float(np.mean(np.asarray(samples, dtype=np.float64) ** 2))) if len(samples) else 0.0
    return 20 * math.log10(rms) if rms > 0 else -math.inf


def set_dbfs(samples: np.ndarray, target_dbfs: float) -> np.ndarray:
    """Scale samples so their RMS loudness is ``target_dbfs`` (silence stays silent).

    >>> round(dbfs(set_dbfs(sine(300.0, 100), -20.0)), 6)
    -20.0
    """
    level = dbfs(samples)
    if not math.isfinite(level):
        return np.asarray(samples, dtype=np.float32)
    return (np.asarray(samples, dtype=np.float64) * 10 ** ((target_dbfs - level) / 20)).astype(np.float32)


def match_loudness(segment: AudioSegment, target_dbfs: float) -> AudioSegment:
    """A pydub segment with its gain changed so that its ``dBFS`` is ``target_dbfs``.

    >>> round(match_loudness(to_segment(sine(500.0, 200, amplitude=0.1)), -30.0).dBFS, 1)
    -30.0
    """
    if segment.dBFS == -math.inf:
        return segment
    return segment.apply_gain(target_dbfs - segment.dBFS)


def overlay(background: np.ndarray, clip: np.ndarray, position_ms: int, sample_rate_hz: int = SAMPLE_RATE_HZ):
    """Add ``clip`` into a copy of ``background`` starting at ``position_ms``; what passes the end is cut.

    The numpy counterpart of pydub's ``AudioSegment.overlay`` (which also adds sample by sample).

    >>> overlay(np.zeros(5), np.ones(3), 0, sample_rate_hz=1000)[:4].tolist()
    [1.0, 1.0, 1.0, 0.0]
    """
    mixed = np.array(background, dtype=np.float32, copy=True)
    start = int(round(position_ms * sample_rate_hz / 1000))
    if start >= len(mixed):
        return mixed
    stop = min(len(mixed), start + len(clip))
    mixed[start:stop] += np.asarray(clip, dtype=np.float32)[: stop - start]
    return mixed


def sine(
    frequency_hz: float, duration_ms: int, sample_rate_hz: int = SAMPLE_RATE_HZ, amplitude: float = 1.0
) -> np.ndarray:
    """A sine wave of ``duration_ms`` starting at phase 0."""
    t = np.arange(int(duration_ms * sample_rate_hz // 1000)) / sample_rate_hz
    return (amplitude * np.sin(2 * np.pi * frequency_hz * t)).astype(np.float32)


def _hz_to_mel(hz):
    return 2595.0 * np.log10(1.0 + np.asarray(hz, dtype=np.float64) / 700.0)


def _mel_to_hz(mel):
    return 700.0 * (10 ** (np.asarray(mel, dtype=np.float64) / 2595.0) - 1.0)


def mel_band_edges(
    n_mels: int = N_MELS, sample_rate_hz: int = SAMPLE_RATE_HZ, low_hz: float = 20.0
) -> np.ndarray:
    """The ``n_mels + 2`` frequencies (Hz) that bound the mel bands: band ``i`` rises from edge ``i`` to
    its centre, edge ``i + 1``, and falls to edge ``i + 2``. Equally spaced on the mel scale up to Nyquist.

    >>> edges = mel_band_edges()
    >>> len(edges), round(float(edges[0]), 6), round(float(edges[-1]), 6)
    (42, 20.0, 8000.0)
    """
    return _mel_to_hz(np.linspace(_hz_to_mel(low_hz), _hz_to_mel(sample_rate_hz / 2), n_mels + 2))


def mel_filterbank(
    n_mels: int = N_MELS, n_fft: int = 512, sample_rate_hz: int = SAMPLE_RATE_HZ, low_hz: float = 20.0
) -> np.ndarray:
    """Triangular filters (n_mels, n_fft // 2 + 1), equally spaced on the mel scale up to Nyquist.

    >>> bank = mel_filterbank()
    >>> bank.shape, float(bank.max()) <= 1.0
    ((40, 257), True)
    """
    edges_hz = mel_band_edges(n_mels, sample_rate_hz, low_hz)
    bins_hz = np.arange(n_fft // 2 + 1) * sample_rate_hz / n_fft
    bank = np.zeros((n_mels, len(bins_hz)))
    for i in range(n_mels):
        left, centre, right = edges_hz[i : i + 3]
        rising = (bins_hz - left) / (centre - left)
        falling = (right - bins_hz) / (right - centre)
        bank[i] = np.clip(np.minimum(rising, falling), 0.0, None)
    return bank


@functools.lru_cache(maxsize=8)
def _hann(window: int) -> np.ndarray:
    return signal.get_window("hann", window).astype(np.float32)


@functools.lru_cache(maxsize=8)
def _filterbank32(n_mels: int, n_fft: int, sample_rate_hz: int) -> np.ndarray:
    return mel_filterbank(n_mels, n_fft, sample_rate_hz).astype(np.float32)


def log_mel_spectrogram(
    samples: np.ndarray,
    sample_rate_hz: int = SAMPLE_RATE_HZ,
    n_mels: int = N_MELS,
    window_ms: int = WINDOW_MS,
    hop_ms: int = HOP_MS,
) -> np.ndarray:
    """log10 of mel-band energies, time-major: (len(samples) // hop, n_mels), float32.

    Frames of ``window_ms`` (Hann window) start every ``hop_ms``; the end is padded with zeros so frame
    ``k`` covers samples from ``k * hop``. At 16 kHz with the defaults, 10 s give (1000, 40).
    """
    samples = np.asarray(samples, dtype=np.float32)
    window = sample_rate_hz * window_ms // 1000
    hop = sample_rate_hz * hop_ms // 1000
    n_fft = 1 << (window - 1).bit_length()
    n_frames = len(samples) // hop
    padded = np.concatenate([samples, np.zeros(window, dtype=np.float32)])
    frames = np.lib.stride_tricks.sliding_window_view(padded, window)[::hop][:n_frames]
    spectrum = scipy.fft.rfft(frames * _hann(window), n=n_fft, axis=-1)  # complex64
    power = spectrum.real**2 + spectrum.imag**2  # (n_frames, n_fft // 2 + 1)
    energies = power @ _filterbank32(n_mels, n_fft, sample_rate_hz).T
    return np.log10(energies + _FLOOR).astype(np.float32)


# ---------------------------------------------------------------------------------------------------------
# Chimes


def chime(sample_rate_hz: int = SAMPLE_RATE_HZ, duration_ms: int = 300, amplitude: float = 0.3) -> np.ndarray:
    """A short bell (two partials, E6 and B6, with an exponential decay) that marks a detection.

    >>> len(chime()), float(np.abs(chime()).max()) <= 0.3
    (4800, True)
    """
    t = np.arange(sample_rate_hz * duration_ms // 1000) / sample_rate_hz
    tone = np.sin(2 * np.pi * 1318.5 * t) + 0.5 * np.sin(2 * np.pi * 1975.5 * t)
    return (amplitude / 1.5 * tone * np.exp(-t / (duration_ms / 4000))).astype(np.float32)


def insert_chimes(
    samples: np.ndarray, times_ms: Sequence[float], sample_rate_hz: int = SAMPLE_RATE_HZ
) -> np.ndarray:
    """A copy of ``samples`` with a chime added at each time (ms); chimes past the end are cut.

    >>> out = insert_chimes(np.zeros(16000), [500])
    >>> int(np.flatnonzero(out)[0])                     # the first nonzero sample is at 500 ms
    8001
    """
    bell = chime(sample_rate_hz)
    out = np.array(samples, dtype=np.float32, copy=True)
    for time_ms in times_ms:
        out = overlay(out, bell, time_ms, sample_rate_hz)
    return out


# ---------------------------------------------------------------------------------------------------------
# Backgrounds: ten seconds of varied character, generated from a seed (nothing is committed)

BACKGROUND_KINDS = ("white", "pink", "brown", "hum", "babble", "music", "room")


def _coloured_noise(rng: np.random.Generator, n: int, exponent: float) -> np.ndarray:
    """Noise whose power falls as 1 / f**exponent (0 white, 1 pink, 2 brown), normalised to unit RMS."""
    spectrum = rng.normal(size=n // 2 + 1) + 1j * rng.normal(size=n // 2 + 1)
    frequencies = np.fft.rfftfreq(n)
    frequencies[0] = frequencies[1]
    noise = np.fft.irfft(spectrum / frequencies ** (exponent / 2), n=n)
    return noise / (noise.std() + 1e-12)


def _hum(rng: np.random.Generator, n: int, rate: int) -> np.ndarray:
    mains = rng.choice([50.0, 60.0])
    t = np.arange(n) / rate
    tone = sum(
        rng.uniform(0.2, 1.0) / k * np.sin(2 * np.pi * mains * k * t + rng.uniform(0, 2 * np.pi))
        for k in range(1, 8)
    )
    return tone + 0.05 * _coloured_noise(rng, n, 1.0)


def _babble(rng: np.random.Generator, n: int, rate: int, voices: Sequence[np.ndarray]) -> np.ndarray:
    """Many words at random places and levels, overlapping: the sound of a crowd, with no word clear."""
    out = np.zeros(n, dtype=np.float32)
    if not voices:
        return _coloured_noise(rng, n, 1.0)
    for _ in range(int(rng.integers(40, 80))):
        clip = voices[int(rng.integers(len(voices)))]
        clip = change_speed(clip, float(rng.uniform(0.8, 1.25)))
        start = int(rng.integers(-len(clip) // 2, n))
        lo, hi = max(0, start), min(n, start + len(clip))
        if hi > lo:
            out[lo:hi] += set_dbfs(clip, float(rng.uniform(-30, -20)))[lo - start : hi - start]
    return out


def _music(rng: np.random.Generator, n: int, rate: int) -> np.ndarray:
    """A chord progression with a plucked melody, from a tiny additive synthesizer."""
    out = np.zeros(n)
    beat = int(rate * rng.uniform(0.35, 0.6))
    root = int(rng.integers(45, 57))
    qualities = ([0, 4, 7], [0, 3, 7], [0, 4, 7, 10], [0, 3, 7, 10])
    for bar_start in range(0, n, 4 * beat):
        chord_root = root + int(rng.choice([0, 5, 7, 9, -3]))
        chord = qualities[int(rng.integers(len(qualities)))]
        length = min(4 * beat, n - bar_start)
        t = np.arange(length) / rate
        for interval in chord:
            f = 440.0 * 2 ** ((chord_root + interval - 69) / 12)
            out[bar_start : bar_start + length] += 0.3 * np.sin(2 * np.pi * f * t) * np.exp(-t / 2.0)
        for step in range(8):
            note_start = bar_start + step * beat // 2
            if note_start >= n or rng.random() < 0.3:
                continue
            note = chord_root + 12 + chord[int(rng.integers(len(chord)))] + int(rng.choice([0, 0, 2, -1]))
            f = 440.0 * 2 ** ((note - 69) / 12)
            length = min(beat, n - note_start)
            t = np.arange(length) / rate
            pluck = np.sin(2 * np.pi * f * t) + 0.3 * np.sin(4 * np.pi * f * t)
            out[note_start : note_start + length] += 0.5 * pluck * np.exp(-t / 0.15)
    return out


def make_background(
    kind: str,
    seed: int,
    duration_ms: int = 10_000,
    voices: Sequence[np.ndarray] = (),
    sample_rate_hz: int = SAMPLE_RATE_HZ,
    level_dbfs: float | None = None,
) -> np.ndarray:
    """Ten seconds (by default) of background sound of one ``kind`` (see ``BACKGROUND_KINDS``).

    ``white``, ``pink``, ``brown``: coloured noise. ``hum``: mains hum with harmonics. ``babble``: words
    from ``voices`` overlapped at random. ``music``: chords and a melody. ``room``: quiet pink noise with a
    little hum, as in a quiet room. The level is random (from ``seed``) between -50 and -25 dBFS unless
    ``level_dbfs`` is given. The same arguments always give the same samples.

    >>> a = make_background("pink", seed=1)
    >>> a.shape, bool(np.array_equal(a, make_background("pink", seed=1)))
    ((160000,), True)
    >>> round(dbfs(make_background("hum", seed=2, level_dbfs=-30.0)), 6)
    -30.0
    """
    rng = np.random.default_rng(seed)
    n = sample_rate_hz * duration_ms // 1000
    if kind in ("white", "pink", "brown"):
        samples = _coloured_noise(rng, n, {"white": 0.0, "pink": 1.0, "brown": 2.0}[kind])
    elif kind == "hum":
        samples = _hum(rng, n, sample_rate_hz)
    elif kind == "babble":
        samples = _babble(rng, n, sample_rate_hz, voices)
    elif kind == "music":
        samples = _music(rng, n, sample_rate_hz)
    elif kind == "room":
        samples = _coloured_noise(rng, n, 1.0) + 0.3 * _hum(rng, n, sample_rate_hz)
    else:
        raise ValueError(f"unknown background kind {kind!r}; choose from {BACKGROUND_KINDS}")
    level = float(rng.uniform(-50, -25)) if level_dbfs is None else level_dbfs
    return set_dbfs(samples, level)


def make_backgrounds(
    count: int = 14, seed: int = 0, voices: Sequence[np.ndarray] = (), duration_ms: int = 10_000
) -> list[np.ndarray]:
    """``count`` backgrounds cycling through every kind, each from its own seed derived from ``seed``.

    >>> [len(b) for b in make_backgrounds(3, seed=5, duration_ms=100)]
    [1600, 1600, 1600]
    """
    return [
        make_background(BACKGROUND_KINDS[i % len(BACKGROUND_KINDS)], seed * 1000 + i, duration_ms, voices)
        for i in range(count)
    ]


# ---------------------------------------------------------------------------------------------------------
# Plots (each draws on ``ax`` or a new figure and returns the figure)


def _axes(ax, size):
    import matplotlib.pyplot as plt

    if ax is None:
        figure, ax = plt.subplots(figsize=size)
        return figure, ax
    return ax.figure, ax


def plot_waveform(samples, sample_rate_hz: int = SAMPLE_RATE_HZ, ax=None, title: str | None = None):
    """The waveform against time in seconds."""
    figure, ax = _axes(ax, (10, 2))
    ax.plot(np.arange(len(samples)) / sample_rate_hz, samples, linewidth=0.5)
    ax.set(xlabel="time (s)", ylabel="amplitude", xlim=(0, len(samples) / sample_rate_hz), title=title)
    return figure


def plot_spectrogram(features, hop_ms: int = HOP_MS, ax=None, title: str | None = None):
    """A log-mel spectrogram (frames, bands) as an image, time on the x axis in seconds."""
    figure, ax = _axes(ax, (10, 2.5))
    features = np.asarray(features)
    image = ax.imshow(
        features.T,
        origin="lower",
        aspect="auto",
        extent=(0, features.shape[0] * hop_ms / 1000, 0, features.shape[1]),
        cmap="magma",
    )
    ax.set(xlabel="time (s)", ylabel="mel band", title=title)
    figure.colorbar(image, ax=ax, pad=0.01, label="log10 energy")
    return figure


def plot_predictions(
    probabilities,
    threshold: float | None = None,
    triggers: Sequence[int] = (),
    labels=None,
    duration_ms: int = 10_000,
    ax=None,
    title: str | None = None,
):
    """The model's output per step, with the labels, the threshold and the steps where a trigger fired."""
    figure, ax = _axes(ax, (10, 2))
    probabilities = np.ravel(probabilities)
    seconds = np.arange(len(probabilities)) * duration_ms / 1000 / len(probabilities)
    if labels is not None:
        ax.fill_between(seconds, np.ravel(labels), step="post", alpha=0.25, color="tab:green", label="label")
    ax.plot(seconds, probabilities, color="tab:blue", label="model output")
    if threshold is not None:
        ax.axhline(threshold, color="tab:red", linestyle="--", linewidth=1, label="threshold")
    for i, step in enumerate(triggers):
        ax.axvline(seconds[step], color="tab:orange", linewidth=2, label="trigger" if i == 0 else None)
    ax.set(xlabel="time (s)", ylabel="p(trigger)", ylim=(-0.05, 1.05), xlim=(0, duration_ms / 1000))
    ax.set_title(title)
    ax.legend(loc="upper right", fontsize=8)
    return figure
