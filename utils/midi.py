"""Jazz melodies as token sequences and back: parsing, encoding, decoding, MIDI, audio and piano rolls.

Used by the ``jazz_lstm`` notebook and its benchmark.

**The encoding.** A melody is a list of events (notes and rests), each sounding over a chord and lasting
until the next one starts. One token stands for one event and says two things:

- its **function** in the chord sounding when it starts (:data:`DEGREES`): one of the chord tones
  ``"1"``, ``"3"``, ``"5"``, ``"7"`` (root, third, fifth and fourth chord tone: the seventh, or the sixth
  of a 6 chord), one of the other notes of the chord's scale ``"s1"`` to ``"s5"`` (the tensions, lowest
  first: over F7, ``"s1"`` is G, the ninth), one of the notes outside the scale ``"x1"`` to ``"x5"``
  (chromatic, lowest first: over F7, ``"x1"`` is G flat), or ``"R"`` for a rest. The same function means
  the same role whatever the chord's quality: ``"3"`` is A over F7 and A flat over Fm7;
- its **metric position** (:data:`POSITIONS`): where it starts within its half bar of two beats, on the
  strong beat (beat 1 or 3, ``"S"``), the eighth after it (``"S+"``), the weak beat (2 or 4, ``"W"``) or
  the eighth after that (``"W+"``).

So there are ``15 * 4 = 60`` tokens (:data:`N_VALUES`); see :func:`token`. Durations are not in the
tokens: an event starts at the next time with its position after the previous event's onset, so it lasts
until then, an eighth to a half note (:data:`DURATIONS`); longer events are split into a note and rests.
Every pitch class has exactly one function over a given chord (chord tones, then the rest of the scale,
then the rest of the twelve, each list from the root up), so encoding loses nothing. A model that emits
``"3"`` emits the chord's third, major or minor, without being told the chord; and since it chooses each
event's position, it always knows which events fall on strong beats.

**Decoding** needs a chord progression (to turn functions into pitch classes) and a register rule:
each note goes to the octave nearest the previous note (the first note nearest ``start_pitch``), then is
moved by octaves into ``[low, high]``. The first event starts at the first time with its position, the
last one lasts until the next strong beat. A function the chord lacks (``"7"`` over a triad, ``"s4"``
over F7) becomes the highest one of its kind that it has. A melody that ends on a strong beat, whose
leaps are all at most five semitones, inside the range, decodes back to exactly its own notes (the
corpus is written that way; ``datasets/jazz/build.py``).

>>> chords = [Chord(0.0, 2.0, "F7"), Chord(2.0, 2.0, "Fm7")]
>>> melody = [Event(0.0, 1.0, 69), Event(1.0, 0.5, 72), Event(1.5, 0.5, None), Event(2.0, 2.0, 68)]
>>> tokens = encode(melody, chords)
>>> [token_name(t) for t in tokens]
['3 S', '5 W', 'R W+', '3 S']
>>> decode(tokens, chords, start_pitch=67) == melody
True

**Audio.** :func:`render_audio` uses FluidSynth with the General MIDI sound font that pretty_midi ships
when the ``pyfluidsynth`` binding and the ``libfluidsynth`` library are both installed, and otherwise a
small numpy synthesizer, so audio always plays. Eighth notes are swung (long-short, 2:1) when rendered.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from utils import core

__all__ = [
    "DURATIONS",
    "DEGREES",
    "CHORD_TONES",
    "SCALE_TONES",
    "CHROMATIC_TONES",
    "POSITIONS",
    "N_VALUES",
    "REST",
    "Event",
    "Chord",
    "Tune",
    "CORPUS_FOLDER",
    "token",
    "token_parts",
    "token_name",
    "position",
    "function",
    "chord_root",
    "chord_tones",
    "chord_scale",
    "parse_file",
    "load_corpus",
    "encode",
    "decode",
    "progression",
    "one_hot",
    "to_stream",
    "to_pretty_midi",
    "write_midi",
    "read_midi",
    "render_audio",
    "fluidsynth_available",
    "plot_piano_roll",
    "melody_statistics",
    "histogram_distance",
]

DURATIONS = (0.5, 1.0, 1.5, 2.0)  # quarter notes: eighth, quarter, dotted quarter, half
# functions in the chord: chord tones, other scale notes (tensions), chromatic notes, each from the root up
CHORD_TONES = ("1", "3", "5", "7")
SCALE_TONES = ("s1", "s2", "s3", "s4", "s5")
CHROMATIC_TONES = ("x1", "x2", "x3", "x4", "x5")
DEGREES = CHORD_TONES + SCALE_TONES + CHROMATIC_TONES + ("R",)
REST = len(DEGREES) - 1  # the degree index of a rest (14)
POSITIONS = ("S", "S+", "W", "W+")  # onset in the half bar: beat 1 or 3, its "and", beat 2 or 4, its "and"
N_VALUES = len(POSITIONS) * len(DEGREES)  # 60 tokens
CORPUS_FOLDER = core.dataset_dir("jazz") / "choruses"
CORPUS_JSON = CORPUS_FOLDER.parent / "corpus.json"  # the same tunes, already parsed (music21 is slow)
GRID = 0.5  # every onset is snapped to the eighth-note grid


@dataclass(frozen=True)
class Event:
    """A note (``pitch`` a MIDI number) or a rest (``pitch`` None); offset and duration in quarter notes."""

    offset: float
    duration: float
    pitch: int | None


@dataclass(frozen=True)
class Chord:
    """A chord symbol (``"Bbmaj7"``, ``"Gm7"``, ``"F#m7b5"``) sounding from ``offset`` for ``duration``."""

    offset: float
    duration: float
    figure: str


@dataclass
class Tune:
    title: str
    events: list[Event]
    chords: list[Chord]


# --- chords ------------------------------------------------------------------------------------------

_ROOTS = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
# quality suffix -> (chord tones, chord scale) in semitones above the root; longest suffixes first
_QUALITIES = {
    "m7b5": ((0, 3, 6, 10), (0, 1, 3, 5, 6, 8, 10)),
    "maj7": ((0, 4, 7, 11), (0, 2, 4, 5, 7, 9, 11)),
    "dim7": ((0, 3, 6, 9), (0, 2, 3, 5, 6, 8, 9, 11)),
    "dim": ((0, 3, 6), (0, 2, 3, 5, 6, 8, 9, 11)),
    "m6": ((0, 3, 7, 9), (0, 2, 3, 5, 7, 9, 11)),
    "m7": ((0, 3, 7, 10), (0, 2, 3, 5, 7, 9, 10)),
    "m": ((0, 3, 7), (0, 2, 3, 5, 7, 8, 10)),
    "7": ((0, 4, 7, 10), (0, 2, 4, 5, 7, 9, 10)),
    "6": ((0, 4, 7, 9), (0, 2, 4, 5, 7, 9, 11)),
    "": ((0, 4, 7), (0, 2, 4, 5, 7, 9, 11)),
}


@functools.lru_cache(maxsize=512)
def _parse_figure(figure: str) -> tuple[int, str]:
    """(root pitch class, quality suffix) of a chord symbol; unknown qualities read as their triad."""
    text = figure.strip().replace("-", "b", 1) if figure[1:2] == "-" else figure.strip()
    if not text or text[0].upper() not in _ROOTS:
        raise ValueError(f"not a chord symbol: {figure!r}")
    root = _ROOTS[text[0].upper()]
    rest = text[1:]
    while rest[:1] in ("b", "#"):
        root += -1 if rest[0] == "b" else 1
        rest = rest[1:]
    rest = rest.replace("M7", "maj7").replace("ø7", "m7b5").replace("o7", "dim7").replace("min", "m")
    for suffix in _QUALITIES:
        if rest.startswith(suffix) and (suffix or not rest.startswith("m")):
            return root % 12, suffix
    return root % 12, "m" if rest.startswith("m") else ""


def chord_root(figure: str) -> int:
    """Pitch class (0 = C) of a chord symbol's root.

    >>> chord_root("Bbmaj7"), chord_root("F#m7b5"), chord_root("B-7")
    (10, 6, 10)
    """
    return _parse_figure(figure)[0]


def chord_tones(figure: str) -> set[int]:
    """Pitch classes of the chord.

    >>> sorted(chord_tones("F7"))
    [0, 3, 5, 9]
    """
    root, quality = _parse_figure(figure)
    return {(root + t) % 12 for t in _QUALITIES[quality][0]}


def chord_scale(figure: str) -> set[int]:
    """Pitch classes of the scale a player would use over the chord (e.g. mixolydian for a dominant)."""
    root, quality = _parse_figure(figure)
    return {(root + s) % 12 for s in _QUALITIES[quality][1]}


@functools.lru_cache(maxsize=64)
def _functions(quality: str) -> tuple[tuple[int | None, ...], dict[int, int]]:
    """For one chord quality: the semitones above the root of each function in DEGREES (None where the
    chord lacks it; the rest too) and, the other way round, the function of each of the 12 semitones."""
    tones, scale = _QUALITIES[quality]
    groups = (
        (CHORD_TONES, sorted(tones)),
        (SCALE_TONES, sorted(set(scale) - set(tones))),
        (CHROMATIC_TONES, sorted(set(range(12)) - set(scale) - set(tones))),
    )
    semitones: list[int | None] = []
    for names, members in groups:
        if len(members) > len(names):
            raise ValueError(f"chord quality {quality!r} has more {names[0][:1]}-functions than {names}")
        semitones.extend(members + [None] * (len(names) - len(members)))
    semitones.append(None)  # a rest
    return tuple(semitones), {s: i for i, s in enumerate(semitones) if s is not None}


def function(pitch: int, figure: str) -> int:
    """Index in DEGREES of a pitch's function over a chord.

    >>> [DEGREES[function(p, "F7")] for p in (65, 69, 67, 66, 75)], DEGREES[function(68, "Fm7")]
    (['1', '3', 's1', 'x1', '7'], '3')
    """
    root, quality = _parse_figure(figure)
    return _functions(quality)[1][(pitch - root) % 12]


def _pitch_class(degree: int, figure: str) -> int:
    """Pitch class of a function over a chord; a function the chord lacks becomes the highest of its kind
    that the chord has (``"7"`` over a triad is its fifth).

    >>> _pitch_class(DEGREES.index("3"), "Fm7"), _pitch_class(DEGREES.index("7"), "C")
    (8, 7)
    """
    root, quality = _parse_figure(figure)
    semitones = _functions(quality)[0]
    group_start = 0 if degree < 4 else 4 if degree < 9 else 9
    while semitones[degree] is None and degree > group_start:
        degree -= 1
    return (root + semitones[degree]) % 12


def progression(figures: Sequence[str], beats_per_chord: float | Sequence[float] = 4.0) -> list[Chord]:
    """Chords from a list of symbols, each lasting ``beats_per_chord`` quarter notes.

    >>> progression(["Dm7", "G7", "Cmaj7"], [2, 2, 4])
    [Chord(offset=0.0, duration=2.0, figure='Dm7'), Chord(offset=2.0, duration=2.0, figure='G7'), \
Chord(offset=4.0, duration=4.0, figure='Cmaj7')]
    """
    if isinstance(beats_per_chord, int | float):
        beats_per_chord = [float(beats_per_chord)] * len(figures)
    chords, offset = [], 0.0
    for figure, beats in zip(figures, beats_per_chord, strict=True):
        chords.append(Chord(offset, float(beats), figure))
        offset += float(beats)
    return chords


def _chord_at(chords: Sequence[Chord], offset: float) -> Chord:
    """The chord sounding at ``offset``; the progression repeats when the melody outlasts it."""
    total = chords[-1].offset + chords[-1].duration
    position = offset % total if total > 0 else 0.0
    for chord in reversed(chords):
        if chord.offset <= position + 1e-9:
            return chord
    return chords[0]


# --- tokens ------------------------------------------------------------------------------------------


def position(offset: float) -> int:
    """Index in POSITIONS of an onset (quarter notes from the start): where it falls in its half bar.

    >>> [POSITIONS[position(offset)] for offset in (0.0, 0.5, 1.0, 1.5, 2.0, 7.5)]
    ['S', 'S+', 'W', 'W+', 'S', 'W+']
    """
    return int(round(offset / GRID)) % len(POSITIONS)


def token(degree: int, position: int) -> int:
    """Index of the token for a function (index in DEGREES, or ``REST``) and a metric position (index in
    POSITIONS): ``position * len(DEGREES) + degree``.

    >>> token(DEGREES.index("3"), 0), token(DEGREES.index("7"), 2), token(REST, 3)
    (1, 33, 59)
    """
    return position * len(DEGREES) + degree


def token_parts(index: int) -> tuple[int, int]:
    """(function index, position index) of a token; the inverse of :func:`token`.

    >>> token_parts(33)
    (3, 2)
    """
    position_index, degree = divmod(int(index), len(DEGREES))
    return degree, position_index


def token_name(index: int) -> str:
    """Readable name: function (or R for a rest) and position (S, S+, W, W+).

    >>> token_name(1), token_name(33), token_name(59)
    ('3 S', '7 W', 'R W+')
    """
    degree, position_index = token_parts(index)
    return f"{DEGREES[degree]} {POSITIONS[position_index]}"


def _split_duration(duration: float) -> list[float]:
    """A duration as a sum of allowed ones, longest first (snapped to the eighth-note grid)."""
    left = max(GRID, round(duration / GRID) * GRID)
    parts = []
    while left > 1e-9:
        part = max(d for d in DURATIONS if d <= left + 1e-9)
        parts.append(part)
        left -= part
    return parts


def encode(events: Iterable[Event], chords: Sequence[Chord]) -> list[int]:
    """Token indices of a melody over its chords, one per event (onsets snapped to eighths).

    An event lasts until the next one starts, so no event may last longer than a half note: a longer
    note keeps its first half note and the rest of its time becomes rests, a longer rest becomes several
    rests, and a silent gap between two events becomes rests too. An event that starts before the one
    before it has ended cuts it short; one that starts with it (a grace note after snapping) is left out.
    A melody that does not end on a strong beat gets a closing rest up to the next one.
    """
    starts: list[tuple[float, int | None, bool]] = []  # (onset, pitch or None, added rest)
    end = None
    for event in events:
        onset = round(event.offset / GRID) * GRID
        while starts and starts[-1][2] and starts[-1][0] > onset - 1e-9:
            starts.pop()  # the added rests of a long event this one cuts short
        if starts and starts[-1][0] > onset - 1e-9:
            continue
        if end is not None and onset > end + 1e-9:
            starts.extend((offset, None, True) for offset in _part_onsets(end, onset - end))
        parts = _part_onsets(onset, event.duration)
        starts.append((parts[0], event.pitch, False))
        starts.extend((offset, None, True) for offset in parts[1:])
        end = onset + sum(_split_duration(event.duration))
    if end is not None and position(end) != 0:
        starts.append((end, None, True))
    return [
        token(REST if pitch is None else function(pitch, _chord_at(chords, onset).figure), position(onset))
        for onset, pitch, _ in starts
    ]


def _part_onsets(onset: float, duration: float) -> list[float]:
    """Onsets of the parts of a long event (see :func:`_split_duration`)."""
    onsets = []
    for part in _split_duration(duration):
        onsets.append(onset)
        onset += part
    return onsets


def decode(
    tokens: Iterable[int],
    chords: Sequence[Chord],
    start_pitch: int = 67,
    low: int = 52,
    high: int = 81,
    offset: float = 0.0,
) -> list[Event]:
    """Events of a token sequence played over ``chords`` from ``offset`` (see the module docstring).

    Each event starts at the first time with its token's position after the previous event's onset (the
    first event: at or after ``offset``) and lasts until the next event starts; the last one lasts until
    the next strong beat.

    >>> decode([token(1, 0), token(REST, 2), token(2, 3)], progression(["C7"]), start_pitch=60)
    [Event(offset=0.0, duration=1.0, pitch=64), Event(offset=1.0, duration=0.5, pitch=None), \
Event(offset=1.5, duration=0.5, pitch=67)]
    """
    parts = [token_parts(index) for index in tokens]
    onsets = []
    for _, position_index in parts:
        if onsets:  # the next time with this position, an eighth to a half note later
            gap = (position_index - position(onsets[-1]) - 1) % len(POSITIONS) + 1
            onsets.append(onsets[-1] + gap * GRID)
        else:
            gap = (position_index - position(offset)) % len(POSITIONS)
            onsets.append(round(offset / GRID) * GRID + gap * GRID)
    ends = onsets[1:] + [onsets[-1] + (len(POSITIONS) - parts[-1][1]) * GRID] if onsets else []
    events, previous = [], start_pitch
    for (degree, _), onset, end in zip(parts, onsets, ends, strict=True):
        if degree == REST:
            events.append(Event(onset, end - onset, None))
            continue
        pitch_class = _pitch_class(degree, _chord_at(chords, onset).figure)
        step = (pitch_class - previous) % 12
        pitch = previous + (step - 12 if step > 6 or (step == 6 and previous > (low + high) / 2) else step)
        while pitch > high:
            pitch -= 12
        while pitch < low:
            pitch += 12
        events.append(Event(onset, end - onset, int(pitch)))
        previous = pitch
    return events


def one_hot(indices: np.ndarray, n_values: int = N_VALUES) -> np.ndarray:
    """float32 one-hot vectors on a new last axis, ``n_values`` long (:func:`utils.core.one_hot`)."""
    return core.one_hot(indices, n_values)


# --- files -------------------------------------------------------------------------------------------


def _guess_chords(score, length: float) -> list[Chord]:
    """One chord per bar for files without chord symbols: the key's tonic seventh chord (a documented
    simplification; files with chord symbols use their own)."""
    key = score.analyze("key")
    figure = key.tonic.name.replace("-", "b") + ("maj7" if key.mode == "major" else "m7")
    return [Chord(float(offset), 4.0, figure) for offset in np.arange(0.0, max(length, 4.0), 4.0)]


def parse_file(path: str | Path) -> Tune:
    """Read one ABC, MusicXML or MIDI file: the melody (the first part, top note of any chord, snapped to
    the eighth-note grid) and its chord symbols (or guessed chords when it has none)."""
    import music21

    score = music21.converter.parse(str(path))
    parts = list(getattr(score, "parts", [])) or [score]
    melody = parts[0].flatten()
    raw = []
    for element in melody.notesAndRests:
        if isinstance(element, music21.harmony.ChordSymbol):
            continue
        offset = round(float(element.offset) / GRID) * GRID
        if isinstance(element, music21.note.Rest):
            pitch = None
        elif isinstance(element, music21.chord.Chord):
            pitch = max(p.midi for p in element.pitches)
        else:
            pitch = element.pitch.midi
        raw.append((offset, float(element.quarterLength), pitch))
    events = []
    for i, (offset, length, pitch) in enumerate(raw):
        if events and offset < events[-1].offset + events[-1].duration - 1e-9:
            continue  # a grace note or an overlap after snapping
        end = raw[i + 1][0] if i + 1 < len(raw) else offset + max(GRID, round(length / GRID) * GRID)
        if end - offset <= 1e-9:
            continue
        gap = offset - (events[-1].offset + events[-1].duration) if events else offset
        if gap > 1e-9:
            events.append(Event(offset - gap, gap, None))
        events.append(Event(offset, end - offset, pitch))
    symbols = [
        (float(h.offset), h.figure.replace("-", "b", 1) if h.figure[1:2] == "-" else h.figure)
        for h in score.flatten().getElementsByClass(music21.harmony.ChordSymbol)
        if not isinstance(h, music21.harmony.NoChord)
    ]
    total = events[-1].offset + events[-1].duration if events else 0.0
    if symbols:
        chords = [
            Chord(
                start,
                (symbols[i + 1][0] if i + 1 < len(symbols) else (total if total > start else start + 4.0))
                - start,
                fig,
            )
            for i, (start, fig) in enumerate(symbols)
        ]
    else:
        chords = _guess_chords(score, total)
    title = score.metadata.title if score.metadata is not None and score.metadata.title else Path(path).stem
    return Tune(title, events, chords)


def load_corpus(folder: str | Path | None = None, limit: int | None = None) -> list[Tune]:
    """Every tune in ``folder``, sorted by file name; by default the committed corpus.

    Reads ``.abc``, ``.xml``, ``.musicxml``, ``.mxl``, ``.mid`` and ``.midi`` files with music21, so an
    instructor can point it at a folder of melodies the course has the right to use. The default corpus
    is read from ``datasets/jazz/corpus.json``, which holds exactly what parsing its ABC files gives
    (a test checks this) in a fraction of the time.

    >>> tunes = load_corpus(limit=2)
    >>> tunes[0].title, tunes[0].chords[0], tunes[0].events[0]
    ('blues in F, chorus 1', Chord(offset=0.0, duration=4.0, figure='F7'), Event(offset=0.0, duration=1.0, pitch=60))
    """
    if folder is None:
        import json

        tunes = json.loads(CORPUS_JSON.read_text())["tunes"][:limit]
        return [
            Tune(t["title"], [Event(*e) for e in t["events"]], [Chord(*c) for c in t["chords"]])
            for t in tunes
        ]
    folder = Path(folder)
    suffixes = {".abc", ".xml", ".musicxml", ".mxl", ".mid", ".midi"}
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in suffixes)
    if not files:
        raise FileNotFoundError(f"no ABC, MusicXML or MIDI files in {folder}")
    return [parse_file(path) for path in files[:limit]]


def to_stream(events: Sequence[Event], chords: Sequence[Chord] = (), title: str = "solo", bpm: float = 160):
    """A music21 score of the melody with its chord symbols (for notation, MusicXML or analysis)."""
    import music21

    part = music21.stream.Part()
    part.insert(0, music21.tempo.MetronomeMark(number=bpm))
    part.insert(0, music21.meter.TimeSignature("4/4"))
    end = events[-1].offset + events[-1].duration if events else 0.0
    for chord in chords:
        if chord.offset < end:
            part.insert(
                chord.offset,
                music21.harmony.ChordSymbol(
                    chord.figure.replace("b", "-", 1) if chord.figure[1:2] == "b" else chord.figure
                ),
            )
    for event in events:
        if event.pitch is None:
            element = music21.note.Rest(quarterLength=event.duration)
        else:
            element = music21.note.Note(event.pitch, quarterLength=event.duration)
        part.insert(event.offset, element)
    score = music21.stream.Score([part])
    score.insert(0, music21.metadata.Metadata(title=title))
    return score


def _seconds(offset: float, bpm: float, swing: bool) -> float:
    """Clock time of an offset; with swing the second eighth of each beat starts two thirds in."""
    if swing:
        beat, within = divmod(offset, 1.0)
        if abs(within - 0.5) < 1e-9:
            offset = beat + 2.0 / 3.0
    return offset * 60.0 / bpm


def _voicing(figure: str) -> list[int]:
    """A close voicing of the chord between E3 and E4, root first."""
    root, quality = _parse_figure(figure)
    base = 48 + root if root >= 4 else 60 + root - 12  # roots from E3 up to D#4
    return [base + t for t in _QUALITIES[quality][0]]


def to_pretty_midi(
    events: Sequence[Event], chords: Sequence[Chord] = (), bpm: float = 160, swing: bool = True,
    comping: bool = True,
):  # fmt: skip
    """A pretty_midi object: the melody on a vibraphone (program 11), chords on a piano (program 0)
    played short on beats 2 and 4 where ``comping``."""
    import pretty_midi

    midi = pretty_midi.PrettyMIDI(initial_tempo=bpm)
    lead = pretty_midi.Instrument(program=11, name="melody")
    for event in events:
        if event.pitch is not None:
            start = _seconds(event.offset, bpm, swing)
            end = _seconds(event.offset + event.duration, bpm, swing)
            lead.notes.append(pretty_midi.Note(velocity=96, pitch=int(event.pitch), start=start, end=end))
    midi.instruments.append(lead)
    if comping and chords and events:
        piano = pretty_midi.Instrument(program=0, name="chords")
        end = events[-1].offset + events[-1].duration
        beat = 1.0
        while beat < end:
            figure = _chord_at(chords, beat).figure
            start = _seconds(beat, bpm, False)
            for pitch in _voicing(figure):
                piano.notes.append(pretty_midi.Note(velocity=52, pitch=pitch, start=start, end=start + 0.3))
            beat += 2.0
        midi.instruments.append(piano)
    return midi


def write_midi(path: str | Path, events: Sequence[Event], chords: Sequence[Chord] = (), bpm: float = 160,
               swing: bool = True, comping: bool = True) -> Path:  # fmt: skip
    """Write the melody (and comping chords) as a standard MIDI file; returns the path."""
    path = Path(path)
    to_pretty_midi(events, chords, bpm, swing, comping).write(str(path))
    return path


def read_midi(path: str | Path, bpm: float = 160) -> list[Event]:
    """The notes of the first instrument of a MIDI file as events (rests filled in), snapped to eighths;
    swung eighths (at two thirds of a beat) snap back to the half beat."""
    import pretty_midi

    midi = pretty_midi.PrettyMIDI(str(path))
    notes = sorted(midi.instruments[0].notes, key=lambda n: n.start)
    events, cursor = [], 0.0
    for note in notes:
        start = round(note.start * bpm / 60.0 / GRID) * GRID
        end = max(start + GRID, round(note.end * bpm / 60.0 / GRID) * GRID)
        if start < cursor - 1e-9:
            continue
        if start > cursor + 1e-9:
            events.append(Event(cursor, start - cursor, None))
        events.append(Event(start, end - start, int(note.pitch)))
        cursor = end
    return events


# --- audio -------------------------------------------------------------------------------------------


def fluidsynth_available() -> bool:
    """True when pretty_midi can render with FluidSynth (``pyfluidsynth`` and ``libfluidsynth`` present)."""
    try:
        import fluidsynth  # noqa: F401
    except Exception:  # the binding raises ImportError or OSError when the C library is missing
        return False
    return True


def _tone(
    frequency_hz: float, length: int, sample_rate_hz: int, decay_s: float, brightness: float
) -> np.ndarray:
    """A struck, decaying tone: a few harmonics, a 5 ms attack, exponential decay, 20 ms release."""
    t = np.arange(length) / sample_rate_hz
    wave = np.zeros(length)
    for harmonic, weight in ((1, 1.0), (2, 0.5 * brightness), (3, 0.25 * brightness), (4, 0.12 * brightness)):
        if frequency_hz * harmonic < sample_rate_hz / 2:
            wave += weight * np.sin(2 * np.pi * frequency_hz * harmonic * t)
    envelope = np.exp(-t / decay_s) * np.minimum(1.0, t / 0.005)
    release = min(length, int(0.02 * sample_rate_hz))
    if release:
        envelope[-release:] *= np.linspace(1.0, 0.0, release)
    return wave * envelope


def _numpy_synth(midi, sample_rate_hz: int) -> np.ndarray:
    length = int(math.ceil(midi.get_end_time() * sample_rate_hz)) + 1
    audio = np.zeros(length)
    for instrument in midi.instruments:
        lead = instrument.program != 0
        for note in instrument.notes:
            start = int(note.start * sample_rate_hz)
            count = max(1, min(length - start, int((note.end - note.start) * sample_rate_hz)))
            frequency = 440.0 * 2 ** ((note.pitch - 69) / 12)
            tone = _tone(frequency, count, sample_rate_hz, 0.6 if lead else 0.25, 0.6 if lead else 0.3)
            audio[start : start + count] += tone * (note.velocity / 127)
    return audio


def render_audio(
    events: Sequence[Event], chords: Sequence[Chord] = (), bpm: float = 160, swing: bool = True,
    comping: bool = True, sample_rate_hz: int = 22050, use_fluidsynth: bool | None = None,
) -> np.ndarray:  # fmt: skip
    """Mono float32 audio in [-1, 1] of the melody (and comping), as long as the music plus 0.5 s.

    FluidSynth with pretty_midi's General MIDI sound font when available (or ``use_fluidsynth=True``),
    else the numpy synthesizer. Play it with ``IPython.display.Audio(audio, rate=sample_rate_hz)``.

    >>> audio = render_audio([Event(0.0, 2.0, 60)], bpm=120, use_fluidsynth=False)
    >>> audio.shape, bool(np.abs(audio).max() > 0.1)
    ((33075,), True)
    """
    midi = to_pretty_midi(events, chords, bpm, swing, comping)
    end = events[-1].offset + events[-1].duration if events else 0.0
    length = int(round((_seconds(end, bpm, False) + 0.5) * sample_rate_hz))
    if use_fluidsynth is None:
        use_fluidsynth = fluidsynth_available()
    audio = midi.fluidsynth(fs=sample_rate_hz) if use_fluidsynth else _numpy_synth(midi, sample_rate_hz)
    audio = np.asarray(audio, dtype=np.float64)[:length]
    audio = np.pad(audio, (0, length - len(audio)))
    peak = np.abs(audio).max()
    return (audio / peak * 0.9 if peak > 0 else audio).astype(np.float32)


# --- pictures and statistics -------------------------------------------------------------------------


def plot_piano_roll(events: Sequence[Event], chords: Sequence[Chord] = (), ax=None, title: str | None = None):
    """Draw the notes as bars (time in beats across, pitch up), chord tones dark and other notes light,
    with the chord symbols along the top. Returns the axes."""
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(12, 3.2))
    pitches = [e.pitch for e in events if e.pitch is not None] or [60]
    for event in events:
        if event.pitch is None:
            continue
        tone = bool(chords) and event.pitch % 12 in chord_tones(_chord_at(chords, event.offset).figure)
        ax.add_patch(
            plt.Rectangle(
                (event.offset, event.pitch - 0.4),
                event.duration * 0.95,
                0.8,
                color="#1f4e79" if tone or not chords else "#8fb3d9",
            )  # fmt: skip
        )
    end = events[-1].offset + events[-1].duration if events else 4.0
    top = max(pitches) + 2
    for chord in chords:
        if chord.offset < end:
            ax.axvline(chord.offset, color="0.85", lw=0.8, zorder=0)
            ax.text(chord.offset + 0.05, top, chord.figure, fontsize=8, va="bottom")
    ax.set_xlim(0, end)
    ax.set_ylim(min(pitches) - 2, top + 2)
    ax.set_xlabel("beat")
    ax.set_ylabel("MIDI pitch")
    if title:
        ax.set_title(title)
    return ax


def melody_statistics(events: Sequence[Event], chords: Sequence[Chord]) -> dict[str, object]:
    """Objective statistics of a melody over its chords.

    - ``degree_histogram``: share of notes on each of the 12 pitch classes relative to the chord root;
    - ``duration_histogram``: share of events (notes and rests) of each duration in DURATIONS;
    - ``chord_tones_on_strong_beats``: share of notes starting on beat 1 or 3 that are chord tones;
    - ``in_scale``: share of notes in the chord's scale;
    - ``repetition``: share of notes that repeat the previous note's pitch.

    >>> stats = melody_statistics([Event(0.0, 1.0, 65), Event(1.0, 1.0, 66), Event(2.0, 2.0, 66)],
    ...                           progression(["F7"]))
    >>> stats["chord_tones_on_strong_beats"], round(stats["in_scale"], 3), stats["repetition"]
    (0.5, 0.333, 0.5)
    """
    notes = [e for e in events if e.pitch is not None]
    degrees = np.zeros(12)
    durations = np.zeros(len(DURATIONS))
    strong = strong_tones = in_scale = repeats = 0
    for event in events:
        snapped = min(DURATIONS, key=lambda d: abs(d - event.duration))
        durations[DURATIONS.index(snapped)] += 1
    previous = None
    for note in notes:
        figure = _chord_at(chords, note.offset).figure
        degrees[(note.pitch - chord_root(figure)) % 12] += 1
        if note.offset % 2.0 == 0.0:
            strong += 1
            strong_tones += note.pitch % 12 in chord_tones(figure)
        in_scale += note.pitch % 12 in chord_scale(figure)
        if previous is not None:
            repeats += note.pitch == previous
        previous = note.pitch
    return {
        "degree_histogram": degrees / max(1, len(notes)),
        "duration_histogram": durations / max(1, len(events)),
        "chord_tones_on_strong_beats": strong_tones / max(1, strong),
        "in_scale": in_scale / max(1, len(notes)),
        "repetition": repeats / max(1, len(notes) - 1),
    }


def histogram_distance(p: Sequence[float], q: Sequence[float]) -> float:
    """Total variation distance between two histograms (half the L1 distance; 0 same, 1 disjoint).

    >>> histogram_distance([0.5, 0.5, 0.0], [0.0, 0.5, 0.5])
    0.5
    """
    p, q = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    return float(0.5 * np.abs(p / p.sum() - q / q.sum()).sum())
