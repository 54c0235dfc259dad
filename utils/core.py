"""The primitives every helper shares, each defined once: one-hot vectors, softmax, the data folder.

The notebooks' own names for them (``charlm.one_hot(ix, vocab_size)``, a column; ``midi.one_hot`` with
the jazz vocabulary's size) are one-line aliases of these, so every one-hot vector and every softmax of
the course follows one contract.

>>> one_hot([2, 0], 3)
array([[0., 0., 1.],
       [1., 0., 0.]], dtype=float32)
>>> softmax(np.array([0.0, np.log(3.0)]))
array([0.25, 0.75])
>>> dataset_dir("emoji").relative_to(dataset_dir().parent).as_posix()
'datasets/emoji'
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from numpy.typing import ArrayLike, DTypeLike

__all__ = ["one_hot", "softmax", "dataset_dir"]

_DATASETS = Path(__file__).resolve().parent.parent / "datasets"


def one_hot(indices: ArrayLike, depth: int, axis: int = -1, dtype: DTypeLike = np.float32) -> np.ndarray:
    """One-hot vectors of length ``depth`` on a new axis ``axis``: shape ``indices.shape`` plus ``depth``.

    ``indices`` holds integers in ``0 .. depth - 1`` (any shape; an index out of range raises
    ``IndexError``). ``axis=-1`` (Keras's layout) puts the vectors last; ``axis=0`` makes columns, the
    numpy notebooks' ``(n, m)`` layout.

    >>> one_hot([[1, 2]], 3).shape, one_hot([1, 2], 3, axis=0).tolist()
    ((1, 2, 3), [[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    """
    rows = np.eye(depth, dtype=dtype)[np.asarray(indices, dtype=int)]  # (*indices.shape, depth)
    return rows if axis == -1 else np.moveaxis(rows, -1, axis)


def softmax(z: ArrayLike, axis: int = -1) -> np.ndarray:
    """Probabilities along ``axis``: ``exp(z)`` normalised to sum to 1, shifted by the maximum first.

    The shift (subtracting the largest score along ``axis``) changes nothing mathematically and keeps
    ``exp`` from overflowing. ``axis=-1`` for Keras's layout, ``axis=0`` for columns ``(n, m)``.

    >>> softmax(np.array([[1000.0, 0.0], [1000.0, 0.0]]), axis=0).tolist()
    [[0.5, 0.5], [0.5, 0.5]]
    """
    z = np.asarray(z)
    exponentials = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return exponentials / np.sum(exponentials, axis=axis, keepdims=True)


def dataset_dir(name: str = "") -> Path:
    """The folder of data set ``name`` (``"emoji"``, ``"trigger_word"``...), or of all data sets.

    >>> dataset_dir("dinosaurs").name, (dataset_dir("dinosaurs") / "train.txt").is_file()
    ('dinosaurs', True)
    """
    return _DATASETS / name if name else _DATASETS
