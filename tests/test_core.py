"""utils.core and utils.quiet: one contract per primitive, every notebook-facing alias keeps to it."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from utils import charlm, core, dates, midi, quiet, text


def test_one_hot_puts_the_vectors_on_the_asked_axis():
    indices = np.array([[0, 3], [2, 1]])
    last = core.one_hot(indices, 4)
    assert last.shape == (2, 2, 4) and last.dtype == np.float32
    assert np.array_equal(last.argmax(axis=-1), indices) and np.all(last.sum(axis=-1) == 1)
    first = core.one_hot(indices, 4, axis=0)
    assert first.shape == (4, 2, 2) and np.array_equal(first, np.moveaxis(last, -1, 0))
    with pytest.raises(IndexError):
        core.one_hot([4], 4)


def test_softmax_sums_to_one_along_the_axis_and_never_overflows():
    z = np.array([[1000.0, -5.0, 0.0], [999.0, 5.0, 0.0]])
    for axis in (0, 1, -1):
        probabilities = core.softmax(z, axis=axis)
        assert np.all(np.isfinite(probabilities)) and np.allclose(probabilities.sum(axis=axis), 1.0)
    assert np.allclose(core.softmax(z, axis=0)[:, 0], [1 / (1 + np.exp(-1)), 1 / (1 + np.exp(1))])


def test_the_notebook_names_are_aliases_of_the_primitives():
    column = charlm.one_hot(2, 5)
    assert column.shape == (5, 1) and column.dtype == np.float64
    assert np.array_equal(column, core.one_hot([2], 5, axis=0))
    assert np.array_equal(midi.one_hot(np.array([1, 59])), core.one_hot([1, 59], midi.N_VALUES))
    assert dates.one_hot is core.one_hot and text.softmax is core.softmax
    z = np.random.default_rng(0).standard_normal((6, 3))
    assert np.allclose(charlm.softmax(z), core.softmax(z, axis=0))


def test_every_helper_finds_its_data_under_the_one_dataset_root():
    from utils import audio

    root = core.dataset_dir()
    assert charlm.DATASET_DIR == root / "dinosaurs" and audio.DATA_DIR == root / "trigger_word"
    assert midi.CORPUS_FOLDER.parent == root / "jazz"
    assert all(
        (root / name / "README.md").is_file() for name in ("dinosaurs", "emoji", "jazz", "trigger_word")
    )


@pytest.mark.slow
def test_a_kernel_that_imports_utils_first_prints_no_tensorflow_log_line():
    """The E0000/I0000 lines (Abseil's oneDNN notices) and TensorFlow's own notices stay out of stderr."""
    code = (
        "import utils.quiet\n"
        "import keras, numpy as np\n"
        "model = keras.Sequential([keras.Input((4, 3)), keras.layers.LSTM(2), keras.layers.Dense(1)])\n"
        "model.compile('adam', 'mse', metrics=['accuracy'])\n"
        "model.fit(np.zeros((2, 4, 3)), np.zeros((2, 1)), verbose=0)\n"
        "print(int(keras.ops.argmax(model.predict(np.zeros((2, 4, 3)), verbose=0)[:, 0])))\n"
    )
    environ = {k: v for k, v in os.environ.items() if k not in quiet.ENV}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environ, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", result.stderr
