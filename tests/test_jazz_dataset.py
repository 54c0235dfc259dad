"""The jazz corpus: its README's statistics are true of the files, the parsed cache matches the ABC files,
and the build script reproduces the files byte for byte."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.datasets import build_module, readme_statistics
from utils import midi

FOLDER = Path(__file__).resolve().parent.parent / "datasets" / "jazz"


def _number(text: str) -> float:
    return float(re.sub(r"[,%]", "", text.split()[0]))


@pytest.fixture(scope="module")
def tunes() -> list[midi.Tune]:
    return midi.load_corpus()


def test_readme_statistics(tunes):
    rows = {statistic: values[0] for statistic, values in readme_statistics("jazz", 1).items()}
    events = [e for tune in tunes for e in tune.events]
    notes = [e for e in events if e.pitch is not None]
    forms = Counter(tune.title.split(" in ")[0] for tune in tunes)
    stats = [midi.melody_statistics(t.events, t.chords) for t in tunes]
    durations = Counter(e.duration for e in events)
    expected = {
        "choruses": len(tunes),
        "blues choruses": forms["blues"],
        "rhythm-changes choruses": forms["rhythm"],
        "major ii-V-I choruses": forms["ii-V-I"],
        "minor ii-V-i choruses": forms["minor ii-V-i"],
        "bars": sum(t.events[-1].offset + t.events[-1].duration for t in tunes) / 4,
        "chord symbols": sum(len(t.chords) for t in tunes),
        "notes": len(notes),
        "rests": len(events) - len(notes),
        "tokens": sum(len(midi.encode(t.events, t.chords)) for t in tunes),
        "distinct tokens (of 60)": len({i for t in tunes for i in midi.encode(t.events, t.chords)}),
        "lowest note (MIDI)": min(e.pitch for e in notes),
        "highest note (MIDI)": max(e.pitch for e in notes),
        "eighth-note events": 100 * durations[0.5] / len(events),
        "strong-beat notes that are chord tones": 100
        * sum(s["chord_tones_on_strong_beats"] for s in stats)
        / len(stats),
        "notes in the chord's scale": 100 * sum(s["in_scale"] for s in stats) / len(stats),
        "notes repeating the previous pitch": 100 * sum(s["repetition"] for s in stats) / len(stats),
    }
    assert set(rows) == set(expected) and midi.N_VALUES == 60  # the row names the vocabulary's size
    for name, value in expected.items():
        assert _number(rows[name]) == pytest.approx(value, abs=0.05), name
    assert len(tunes) >= 40 and len(notes) >= 5000


def test_no_leap_wider_than_a_fourth(tunes):
    for tune in tunes:
        pitches = [e.pitch for e in tune.events if e.pitch is not None]
        assert max(abs(a - b) for a, b in zip(pitches, pitches[1:], strict=False)) <= 5, tune.title


@pytest.mark.slow
def test_cache_matches_the_abc_files(tunes):
    files = sorted((FOLDER / "choruses").glob("*.abc"))
    assert len(files) == len(tunes)
    for path, tune in zip(files, tunes, strict=True):
        parsed = midi.parse_file(path)
        assert (parsed.title, parsed.events, parsed.chords) == (tune.title, tune.events, tune.chords), (
            path.name
        )


def test_build_reproduces_the_files(tmp_path, monkeypatch):
    build = build_module("jazz")
    monkeypatch.setattr(build, "FOLDER", tmp_path / "choruses")
    build.build()
    fresh = sorted(p.name for p in (tmp_path / "choruses").iterdir())
    assert fresh == sorted(p.name for p in (FOLDER / "choruses").iterdir())
    for name in fresh:
        assert (tmp_path / "choruses" / name).read_bytes() == (FOLDER / "choruses" / name).read_bytes(), name
    assert (tmp_path / "corpus.json").read_bytes() == (FOLDER / "corpus.json").read_bytes()
