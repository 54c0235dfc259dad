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
    assert midi.token_name(tokens[0]) == "3 q"
    assert midi.token_name(tokens[5]) == "b7 h"
    assert midi.decode(tokens, BLUES, start_pitch=69) == FIXTURE


def test_same_degree_is_the_same_token_in_every_key():
    in_c = midi.encode([midi.Event(0.0, 1.0, 64)], midi.progression(["C7"]))
    in_a = midi.encode([midi.Event(0.0, 1.0, 61)], midi.progression(["A7"]))
    assert in_c == in_a == [midi.token(4, 1.0)]


def test_long_events_are_split_and_decoding_stays_in_range():
    tokens = midi.encode([midi.Event(0.0, 3.0, 60), midi.Event(3.0, 5.0, None)], BLUES)
    assert [midi.token_name(t) for t in tokens] == ["5 h", "R q", "R h", "R h", "R q"]
    events = midi.decode(list(range(midi.N_VALUES)) * 3, BLUES, low=55, high=79)
    assert all(55 <= e.pitch <= 79 for e in events if e.pitch is not None)
    ends = [e.offset + e.duration for e in events]
    assert ends == sorted(ends) and events[1].offset == events[0].duration


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
