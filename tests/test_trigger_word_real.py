"""The committed recordings of people (datasets/trigger_word/real): manifest, splits, end points, licence."""

from __future__ import annotations

import csv
from collections import Counter

import numpy as np
import pytest

from tests.datasets import DATASETS, dataset_module
from utils import audio

FOLDER = DATASETS / "trigger_word" / "real"
real = dataset_module("trigger_word", "real")


@pytest.fixture(scope="module")
def rows():
    with open(FOLDER / "manifest.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_every_file_is_in_the_manifest_with_its_checksum(rows):
    on_disk = {p.relative_to(FOLDER).as_posix() for p in FOLDER.glob("*/*") if p.is_file()}
    assert on_disk == {row["path"] for row in rows}
    for row in rows:
        assert real.samples_sha256(FOLDER / row["path"]) == row["sha256"], row["path"]


def test_counts_per_keyword_and_kind(rows):
    counts = Counter(row["word"] for row in rows)
    assert counts == {"computer": 282, "alexa": 229, "jarvis": 260, "smart_mirror": 241, "snowboy": 273,
                      "view_glass": 278}  # fmt: skip
    assert {row["kind"] for row in rows if row["word"] == "computer"} == {"trigger"}
    assert {row["kind"] for row in rows if row["word"] != "computer"} == {"negative"}


def test_splits_follow_the_hash_of_the_name_alone(rows):
    for row in rows:
        name = row["path"].split("/")[1].rsplit(".", 1)[0]
        assert row["split"] == real.split_of(name), row["path"]
    computer = Counter(row["split"] for row in rows if row["word"] == "computer")
    assert computer == {"train": 134, "val": 61, "test": 87}
    # a different name lands by its own hash, whatever else is in the folder
    assert [real.split_of(n) for n in ("a", "b", "c", "d")] == [
        real.split_of(n) for n in ("a", "b", "c", "d")
    ]


def test_clips_are_16_khz_mono_and_as_long_as_the_manifest_says(rows):
    for row in rows[::25]:
        samples, rate = audio.read_audio(FOLDER / row["path"])
        assert rate == audio.SAMPLE_RATE_HZ and samples.ndim == 1
        assert abs(1000 * len(samples) / rate - int(row["duration_ms"])) <= 1
        assert int(row["end_ms"]) - int(row["start_ms"]) == int(row["duration_ms"])


def test_a_clip_ends_where_its_word_ends(rows):
    """The word's last 10 ms is loud compared with the room: the label after it starts at the right time."""
    for row in [r for r in rows if r["word"] == "computer"][::7]:
        samples, _ = audio.read_audio(FOLDER / row["path"])
        db = real.frame_db(samples)
        assert db[-1] > db.max() - real.BELOW_PEAK_DB - 3, row["path"]  # Opus may blur the edge by ~3 dB


def test_end_points_on_a_made_up_word():
    """A 600 ms 'word' with a 120 ms silent closure inside, after 1 s of room noise: found to 10 ms."""
    rng = np.random.default_rng(0)
    rate = audio.SAMPLE_RATE_HZ
    clip = rng.normal(0, 1e-4, 3 * rate).astype(np.float32)  # -80 dBFS room
    t = np.arange(int(0.24 * rate)) / rate
    syllable = (0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)
    clip[rate : rate + len(syllable)] += syllable
    second = rate + len(syllable) + int(0.12 * rate)
    clip[second : second + len(syllable)] += syllable
    first, stop = real.end_points(clip)
    assert (first, stop) == (100, (second + len(syllable)) // 160)
    word, start_ms, end_ms = real.trim(clip)
    assert start_ms == 1000 - real.LEAD_MS and end_ms == 10 * stop
    assert len(word) == (end_ms - start_ms) * rate // 1000


def test_the_build_reproduces_the_committed_clips(tmp_path, rows):
    """real.py on copies of a few originals (rebuilt from the committed clip's own source when the source
    folder is here) gives the same samples and the same manifest rows."""
    source = DATASETS.parent.parent / "shared" / "real_speech"
    if not source.is_dir():
        pytest.skip(f"the source recordings are not at {source}")
    picked = [r for r in rows if r["word"] == "computer"][:3] + [r for r in rows if r["word"] == "alexa"][:2]
    copy = tmp_path / "source"
    for row in picked:
        word, name = row["path"].split("/")
        (copy / word).mkdir(parents=True, exist_ok=True)
        stem = name.rsplit(".", 1)[0]
        (copy / word / f"{stem}.flac").write_bytes((source / word / f"{stem}.flac").read_bytes())
    for word in real.KEYWORDS:
        (copy / word).mkdir(parents=True, exist_ok=True)
    rebuilt = real.build(copy, tmp_path / "out")
    assert sorted(rebuilt, key=lambda r: r["path"]) == sorted(picked, key=lambda r: r["path"])


def test_licence_and_readme_are_there():
    assert "Apache License" in (FOLDER / "LICENSE").read_text(encoding="utf-8")
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    assert "wake-word-benchmark" in readme and "no speaker labels" in readme
