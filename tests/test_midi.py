"""utils.midi: the token encoding round-trips, MIDI files are written and read back, audio is rendered."""

from __future__ import annotations

import numpy as np
import pytest

from utils import midi

BLUES = midi.progression(["F7", "Bb7", "F7", "C7"], 4)
# a fixture melody over the progression: chord tones, an approach tone, rests, every duration
FIXTURE = [
    midi.Event(0.0, 1.0, 69),  # A: the 3rd of F7
    midi.Event(1.0, 0.5, 72),
    midi.Event(1.5, 0.5, 71),  # B natural: approach from below
    midi.Event(2.0, 1.5, 70),
    midi.Event(3.5, 0.5, None),
    midi.Event(4.0, 2.0, 68),  # A flat over Bb7: its 7th
    midi.Event(6.0, 0.5, 65),
    midi.Event(6.5, 0.5, 63),
    midi.Event(7.0, 1.0, None),
    midi.Event(8.0, 0.5, 60),
    midi.Event(8.5, 0.5, 63),
    midi.Event(9.0, 1.0, 65),
    midi.Event(10.0, 2.0, None),
    midi.Event(12.0, 1.5, 64),  # E: the 3rd of C7
    midi.Event(13.5, 0.5, 67),
    midi.Event(14.0, 2.0, 70),
]


def test_encode_decode_round_trip():
    tokens = midi.encode(FIXTURE, BLUES)
    assert len(tokens) == len(FIXTURE)
    assert all(0 <= t < midi.N_VALUES for t in tokens)
    assert [midi.token_name(t) for t in tokens[:3]] == ["3 S", "5 W", "x3 W+"]  # B over F7: x3
    assert midi.token_name(tokens[5]) == "7 S"  # A flat, the 7th of Bb7, on beat 1
    assert midi.decode(tokens, BLUES, start_pitch=69) == FIXTURE


def test_tokens_and_their_parts():
    indices = [midi.token(degree, position) for position in range(4) for degree in range(15)]
    assert indices == list(range(midi.N_VALUES)) and midi.N_VALUES == 60
    assert all(midi.token(*midi.token_parts(i)) == i for i in indices)
    assert len({midi.token_name(i) for i in indices}) == midi.N_VALUES


def test_same_function_is_the_same_token_in_every_key_and_quality():
    in_c = midi.encode([midi.Event(0.0, 2.0, 64)], midi.progression(["C7"]))
    in_a = midi.encode([midi.Event(0.0, 2.0, 61)], midi.progression(["A7"]))
    minor = midi.encode([midi.Event(0.0, 2.0, 63)], midi.progression(["Cm7"]))
    half_diminished = midi.encode([midi.Event(0.0, 2.0, 63)], midi.progression(["Cm7b5"]))
    assert in_c == in_a == minor == half_diminished == [midi.token(midi.DEGREES.index("3"), 0)]
    sixth = midi.encode([midi.Event(2.5, 1.5, 69)], midi.progression(["C6"]))  # A, the 6th, on the "and"
    assert [midi.token_name(t) for t in sixth] == ["7 S+"]


def _kind(degree: int) -> str:
    return "chord" if midi.DEGREES[degree] in midi.CHORD_TONES else midi.DEGREES[degree][0]


@pytest.mark.parametrize(
    "figure", ["C7", "Dm7", "Ebmaj7", "F#m7b5", "Bdim7", "A6", "Gm6", "E", "Bbm", "Cdim"]
)
def test_functions_over_every_quality(figure):
    """Each quality gives the 12 pitch classes 12 different functions; decoding a chord tone gives a chord
    tone, a scale tone a scale note, a chromatic tone a note outside the scale, whatever the quality."""
    chords = midi.progression([figure])
    functions = [midi.function(60 + pc, figure) for pc in range(12)]
    assert len(set(functions)) == 12 and midi.REST not in functions
    for degree in range(midi.REST):
        pitch = midi.decode([midi.token(degree, 0)], chords)[0].pitch
        name = midi.DEGREES[degree]
        if name in midi.CHORD_TONES:
            assert pitch % 12 in midi.chord_tones(figure), (figure, name)
        elif name in midi.SCALE_TONES:
            assert pitch % 12 in midi.chord_scale(figure) - midi.chord_tones(figure), (figure, name)
        else:
            assert pitch % 12 not in midi.chord_scale(figure) | midi.chord_tones(figure), (figure, name)
        if degree in functions:  # a function the chord has decodes to its own pitch class
            assert functions[pitch % 12] == degree, (figure, name)
        else:  # one it lacks: the highest of its kind the chord has ("7" over a triad is the fifth)
            same_kind = [d for d in functions if _kind(d) == _kind(degree) and d < degree]
            assert functions[pitch % 12] == max(same_kind), (figure, name)


def test_long_events_are_split():
    tokens = midi.encode([midi.Event(0.0, 3.0, 60), midi.Event(3.0, 5.0, None)], BLUES)
    assert [midi.token_name(t) for t in tokens] == ["5 S", "R S", "R W", "R W", "R W"]
    assert midi.decode(tokens, BLUES, start_pitch=60) == [
        midi.Event(0.0, 2.0, 60),
        midi.Event(2.0, 1.0, None),
        midi.Event(3.0, 2.0, None),
        midi.Event(5.0, 2.0, None),
        midi.Event(7.0, 1.0, None),
    ]


def test_gaps_overlaps_grace_notes_and_an_early_end():
    melody = [
        midi.Event(0.0, 1.0, 65),
        midi.Event(2.0, 1.0, 69),  # after a silent beat
        midi.Event(2.0, 0.5, 70),  # starts with the note before: left out
        midi.Event(2.5, 0.5, 72),  # cuts the note before short
        midi.Event(3.0, 0.5, 74),  # ends before the next strong beat
    ]
    tokens = midi.encode(melody, BLUES)
    assert [midi.token_name(t) for t in tokens] == ["1 S", "R W", "3 S", "5 S+", "s3 W", "R W+"]
    assert midi.decode(tokens, BLUES, start_pitch=65) == [
        midi.Event(0.0, 1.0, 65),
        midi.Event(1.0, 1.0, None),
        midi.Event(2.0, 0.5, 69),
        midi.Event(2.5, 0.5, 72),
        midi.Event(3.0, 0.5, 74),
        midi.Event(3.5, 0.5, None),
    ]


def test_any_token_sequence_decodes_to_events_at_their_positions():
    rng = np.random.default_rng(0)
    for first_offset in (0.0, 1.5):
        tokens = rng.integers(0, midi.N_VALUES, 200)
        events = midi.decode(tokens, BLUES, low=55, high=79, offset=first_offset)
        assert len(events) == len(tokens)
        assert events[0].offset == first_offset + 0.5 * (
            (midi.token_parts(tokens[0])[1] - first_offset / 0.5) % 4
        )
        for index, event, after in zip(tokens, events, events[1:] + [None], strict=True):
            assert midi.position(event.offset) == midi.token_parts(index)[1]
            assert event.duration in midi.DURATIONS
            assert after is None or after.offset == event.offset + event.duration
            assert (event.pitch is None) == (midi.token_parts(index)[0] == midi.REST)
            assert event.pitch is None or 55 <= event.pitch <= 79
        assert midi.position(events[-1].offset + events[-1].duration) == 0  # the last ends on a strong beat


def test_every_corpus_chorus_round_trips():
    for tune in midi.load_corpus():
        first = next(e.pitch for e in tune.events if e.pitch is not None)
        assert (
            midi.decode(midi.encode(tune.events, tune.chords), tune.chords, start_pitch=first) == tune.events
        )


def test_chord_symbols():
    assert midi.chord_root("Ebmaj7") == 3 and midi.chord_root("E-7") == 3
    assert midi.chord_tones("Gm7b5") == {7, 10, 1, 5}
    assert midi.chord_tones("Bdim7") == {11, 2, 5, 8}
    assert 9 in midi.chord_scale("Cm6") and 8 not in midi.chord_scale("Cm6")
    with pytest.raises(ValueError):
        midi.chord_root("H7")


@pytest.mark.parametrize("swing", [False, True])
def test_midi_written_and_read_back(tmp_path, swing):
    path = midi.write_midi(tmp_path / "solo.mid", FIXTURE, BLUES, bpm=150, swing=swing)
    assert path.stat().st_size > 100
    assert midi.read_midi(path, bpm=150) == FIXTURE


def test_midi_file_parsed_by_music21(tmp_path):
    path = midi.write_midi(tmp_path / "solo.mid", FIXTURE, BLUES, bpm=120, swing=False, comping=False)
    tune = midi.parse_file(path)
    assert [e.pitch for e in tune.events if e.pitch is not None] == [e.pitch for e in FIXTURE if e.pitch]
    assert tune.chords  # no chord symbols in a MIDI file: one guessed chord per bar
    tokens = midi.encode(tune.events, tune.chords)  # an instructor's file encodes and decodes back
    assert midi.decode(tokens, tune.chords, start_pitch=FIXTURE[0].pitch) == tune.events
    assert midi.load_corpus(tmp_path)[0].events == tune.events


def test_stream_has_notes_and_chord_symbols():
    import music21

    score = midi.to_stream(FIXTURE, BLUES)
    flat = score.flatten()
    assert [n.pitch.midi for n in flat.notes if isinstance(n, music21.note.Note)] == [
        e.pitch for e in FIXTURE if e.pitch is not None
    ]
    assert [h.root().pitchClass for h in flat.getElementsByClass(music21.harmony.ChordSymbol)] == [
        5,
        10,
        5,
        0,
    ]


def _check_audio(audio, bpm, sample_rate_hz):
    seconds = 16 * 60 / bpm + 0.5
    assert audio.dtype == np.float32
    assert audio.shape == (round(seconds * sample_rate_hz),)
    assert np.abs(audio).max() <= 1.0
    assert np.sqrt(np.mean(audio**2)) > 0.01  # not silent
    # sound where the notes are, little in the rest at beat 3.5 (after the note decays)
    quarter = sample_rate_hz * 60 / bpm
    assert np.abs(audio[: int(quarter)]).max() > 0.1


def test_numpy_synthesizer_renders_the_right_length():
    audio = midi.render_audio(FIXTURE, BLUES, bpm=140, sample_rate_hz=16000, use_fluidsynth=False)
    _check_audio(audio, 140, 16000)
    silent = midi.render_audio([midi.Event(0.0, 2.0, None)], use_fluidsynth=False)
    assert silent.shape == (round((2 * 60 / 160 + 0.5) * 22050),) and not silent.any()


@pytest.mark.skipif(not midi.fluidsynth_available(), reason="pyfluidsynth or libfluidsynth is not installed")
def test_fluidsynth_renders_the_right_length():
    audio = midi.render_audio(FIXTURE, BLUES, bpm=140, sample_rate_hz=16000, use_fluidsynth=True)
    _check_audio(audio, 140, 16000)


def test_default_rendering_works_without_fluidsynth(monkeypatch):
    monkeypatch.setattr(midi, "fluidsynth_available", lambda: False)
    _check_audio(midi.render_audio(FIXTURE, BLUES, bpm=140, sample_rate_hz=16000), 140, 16000)


def test_statistics_and_piano_roll():
    import matplotlib

    matplotlib.use("Agg")
    stats = midi.melody_statistics(FIXTURE, BLUES)
    assert stats["degree_histogram"].sum() == pytest.approx(1.0)
    assert stats["duration_histogram"].sum() == pytest.approx(1.0)
    assert 0.0 <= stats["chord_tones_on_strong_beats"] <= 1.0
    assert midi.histogram_distance(stats["degree_histogram"], stats["degree_histogram"]) == 0.0
    ax = midi.plot_piano_roll(FIXTURE, BLUES, title="fixture")
    assert len(ax.patches) == sum(e.pitch is not None for e in FIXTURE)
