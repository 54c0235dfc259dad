"""Character-level language models of names: data, vocabulary, and the numpy RNN the learner trains.

Used by the ``dinosaur_names`` notebook. It provides what the learner is *given*: the dinosaur genus names
and their fixed held-out split, the vocabulary (``"\\n"`` marks the end of a name and also starts it), one
RNN step, the forward pass over a name with its loss, the backward pass, the parameter update, a unigram
baseline, and the padding and scoring helpers of the Keras section. The learner writes clipping, sampling,
one optimisation step, the training loop and the held-out evaluation.

Conventions: ``X`` and ``Y`` are lists of character indices of equal length ``T_x``; ``X[0]`` is the index
of ``"\\n"`` (the start of a name) and ``Y[t] = X[t + 1]``, so ``Y[-1]`` is ``"\\n"`` again (its end).
Hidden states and probabilities are column vectors: ``a`` is ``(n_a, 1)``, ``y_hat`` is ``(vocab_size, 1)``.

>>> char_to_ix, ix_to_char = build_vocabulary(["ab", "ba"])
>>> char_to_ix
{'\\n': 0, 'a': 1, 'b': 2}
>>> parameters = initialize_parameters(n_a=4, vocab_size=3, seed=0)
>>> loss, cache = rnn_forward([0, 1, 2], [1, 2, 0], np.zeros((4, 1)), parameters)
>>> round(loss, 3)  # three predictions by an untrained model: about 3 * log(3)
3.296
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np

from utils import core

__all__ = [
    "END",
    "MAX_NAME_LENGTH",
    "DATASET_DIR",
    "load_names",
    "build_vocabulary",
    "one_hot",
    "softmax",
    "initialize_parameters",
    "random_parameters",
    "rnn_step_forward",
    "rnn_forward",
    "rnn_backward",
    "update_parameters",
    "unigram_loss",
    "encode_names",
    "sequence_loss",
]

END = "\n"  # ends a name; also fed as the first input, so the model predicts a name's first letter
MAX_NAME_LENGTH = 50  # sampling stops here if the model never chooses END (about twice the longest name)
DATASET_DIR = core.dataset_dir("dinosaurs")


def load_names(split: str = "train", folder: Path | None = None) -> list[str]:
    """The dinosaur genus names of one split, ``"train"`` or ``"heldout"``, sorted, lower-case a-z.

    >>> train, heldout = load_names("train"), load_names("heldout")
    >>> len(train) > 1300, len(heldout) > 150, set(train).isdisjoint(heldout)
    (True, True, True)
    """
    if split not in ("train", "heldout"):
        raise ValueError(f"split must be 'train' or 'heldout', not {split!r}")
    path = (folder or DATASET_DIR) / f"{split}.txt"
    return [line for line in path.read_text(encoding="ascii").splitlines() if line]


def build_vocabulary(names: Iterable[str]) -> tuple[dict[str, int], dict[int, str]]:
    """``char_to_ix`` and ``ix_to_char`` for the characters of ``names``: ``"\\n"`` is 0, letters follow sorted.

    >>> char_to_ix, ix_to_char = build_vocabulary(["dino"])
    >>> ix_to_char
    {0: '\\n', 1: 'd', 2: 'i', 3: 'n', 4: 'o'}
    """
    characters = [END] + sorted(set("".join(names)) - {END})
    char_to_ix = {c: i for i, c in enumerate(characters)}
    ix_to_char = {i: c for i, c in enumerate(characters)}
    return char_to_ix, ix_to_char


def one_hot(index: int, vocab_size: int) -> np.ndarray:
    """A ``(vocab_size, 1)`` float64 column of zeros with a 1 at ``index`` (:func:`utils.core.one_hot`)."""
    return core.one_hot([index], vocab_size, axis=0, dtype=np.float64)


def softmax(z: np.ndarray) -> np.ndarray:
    """Softmax over axis 0, the vocabulary (:func:`utils.core.softmax`)."""
    return core.softmax(z, axis=0)


def initialize_parameters(n_a: int, vocab_size: int, seed: int = 0) -> dict[str, np.ndarray]:
    """Small random weights and zero biases for an RNN with ``n_a`` hidden units over ``vocab_size`` symbols.

    Returns ``Wax`` (n_a, vocab_size), ``Waa`` (n_a, n_a), ``Wya`` (vocab_size, n_a), ``b`` (n_a, 1) and
    ``by`` (vocab_size, 1). Weights are drawn from ``np.random.default_rng(seed)`` in that order, scaled by
    0.01 so that the untrained model predicts nearly uniform probabilities.

    >>> p = initialize_parameters(3, 5, seed=1)
    >>> {k: v.shape for k, v in p.items()}
    {'Wax': (3, 5), 'Waa': (3, 3), 'Wya': (5, 3), 'b': (3, 1), 'by': (5, 1)}
    """
    rng = np.random.default_rng(seed)
    return {
        "Wax": rng.standard_normal((n_a, vocab_size)) * 0.01,
        "Waa": rng.standard_normal((n_a, n_a)) * 0.01,
        "Wya": rng.standard_normal((vocab_size, n_a)) * 0.01,
        "b": np.zeros((n_a, 1)),
        "by": np.zeros((vocab_size, 1)),
    }


def random_parameters(n_a: int, vocab_size: int, seed: int, scale: float = 1.0) -> dict[str, np.ndarray]:
    """Parameters with every entry (biases too) drawn from ``scale`` times a standard normal, for tests.

    Unlike :func:`initialize_parameters`, these give sharp, far from uniform predictions, so that small
    mistakes change the results visibly.

    >>> random_parameters(2, 3, seed=0)["by"].shape
    (3, 1)
    """
    rng = np.random.default_rng(seed)
    shapes = {
        "Wax": (n_a, vocab_size),
        "Waa": (n_a, n_a),
        "Wya": (vocab_size, n_a),
        "b": (n_a, 1),
        "by": (vocab_size, 1),
    }
    return {name: rng.standard_normal(shape) * scale for name, shape in shapes.items()}


def rnn_step_forward(
    parameters: Mapping[str, np.ndarray], a_prev: np.ndarray, x: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """One time step: ``a_next = tanh(Wax x + Waa a_prev + b)`` and the scores ``z = Wya a_next + by``.

    ``x`` is a one-hot column ``(vocab_size, 1)``, ``a_prev`` is ``(n_a, 1)``. Returns ``a_next`` (n_a, 1)
    and the unnormalised scores (logits) ``z`` (vocab_size, 1); ``softmax(z)`` gives the probabilities of
    the next character. The scores are returned, not the probabilities, so that sampling can divide them by
    a temperature first.
    """
    a_next = np.tanh(parameters["Wax"] @ x + parameters["Waa"] @ a_prev + parameters["b"])  # (n_a, 1)
    z = parameters["Wya"] @ a_next + parameters["by"]  # (vocab_size, 1)
    return a_next, z


def rnn_forward(
    X: Sequence[int], Y: Sequence[int], a0: np.ndarray, parameters: Mapping[str, np.ndarray]
) -> tuple[float, dict]:
    """Run the RNN over the inputs ``X`` from state ``a0`` and score the targets ``Y``.

    Returns the loss, the *sum* over time of ``-log y_hat[Y[t]]`` (in nats), and a cache for
    :func:`rnn_backward` holding the inputs ``x``, states ``a`` (``a[-1]`` is ``a0``) and probabilities
    ``y_hat`` of every step, each a dict keyed by ``t``.
    """
    if len(X) != len(Y):
        raise ValueError(f"X has {len(X)} indices and Y has {len(Y)}; they must be equally long")
    vocab_size = parameters["Wya"].shape[0]
    x, a, y_hat = {}, {-1: np.copy(a0)}, {}
    loss = 0.0
    for t, (ix, target) in enumerate(zip(X, Y, strict=True)):
        x[t] = one_hot(ix, vocab_size)
        a[t], z = rnn_step_forward(parameters, a[t - 1], x[t])
        y_hat[t] = softmax(z)
        loss -= float(np.log(y_hat[t][target, 0]))
    return loss, {"x": x, "a": a, "y_hat": y_hat}


def rnn_backward(
    X: Sequence[int], Y: Sequence[int], parameters: Mapping[str, np.ndarray], cache: Mapping[str, dict]
) -> tuple[dict[str, np.ndarray], dict[int, np.ndarray]]:
    """Gradients of :func:`rnn_forward`'s loss by backpropagation through time.

    Returns ``gradients`` with ``dWax``, ``dWaa``, ``dWya``, ``db``, ``dby`` (shaped like the parameters
    they belong to) and the hidden states ``a`` from the cache (``a[len(X) - 1]`` is the last one).
    """
    x, a, y_hat = cache["x"], cache["a"], cache["y_hat"]
    gradients = {"d" + name: np.zeros_like(value) for name, value in parameters.items()}
    da_next = np.zeros_like(a[-1])  # gradient flowing back from step t + 1 into a[t]
    for t in reversed(range(len(X))):
        dz = np.copy(y_hat[t])  # softmax followed by cross-entropy: dz = y_hat - one_hot(target)
        dz[Y[t]] -= 1.0
        gradients["dWya"] += dz @ a[t].T
        gradients["dby"] += dz
        da = parameters["Wya"].T @ dz + da_next
        dpre = (1.0 - a[t] ** 2) * da  # through tanh
        gradients["db"] += dpre
        gradients["dWax"] += dpre @ x[t].T
        gradients["dWaa"] += dpre @ a[t - 1].T
        da_next = parameters["Waa"].T @ dpre
    return gradients, a


def update_parameters(
    parameters: dict[str, np.ndarray], gradients: Mapping[str, np.ndarray], learning_rate: float
) -> None:
    """One step of gradient descent, *in place*: ``W -= learning_rate * dW`` for every parameter ``W``.

    >>> p = {"b": np.ones((2, 1))}
    >>> update_parameters(p, {"db": np.ones((2, 1))}, 0.5)
    >>> p["b"].ravel().tolist()
    [0.5, 0.5]
    """
    for name, value in parameters.items():
        value -= learning_rate * gradients["d" + name]


def unigram_loss(train_names: Iterable[str], names: Iterable[str], char_to_ix: Mapping[str, int]) -> float:
    """Cross-entropy per character (nats) of ``names`` under character frequencies counted on ``train_names``.

    The baseline ignores context: every position gets the same distribution, the frequency of each
    character (``"\\n"`` counted once per name) with add-one smoothing. Counted like the models are: each
    name contributes ``len(name) + 1`` predictions, its letters and the end.

    >>> round(unigram_loss(["ab"], ["ab"], {"\\n": 0, "a": 1, "b": 2}), 4)  # uniform: log(3)
    1.0986
    """
    counts = Counter()
    for name in train_names:
        counts.update(name + END)
    total = sum(counts.values()) + len(char_to_ix)
    log_p = {c: np.log((counts[c] + 1) / total) for c in char_to_ix}
    nats, predictions = 0.0, 0
    for name in names:
        nats -= sum(log_p[c] for c in name + END)
        predictions += len(name) + 1
    return float(nats / predictions)


def encode_names(names: Sequence[str], char_to_ix: Mapping[str, int]) -> tuple[np.ndarray, ...]:
    """Pad names into arrays for Keras: one-hot inputs, target indices and a mask of real positions.

    Returns ``X`` (m, T_x, vocab_size) with ``"\\n"`` then the letters of each name, zero vectors after;
    ``Y`` (m, T_x) integer targets (the letters, then ``"\\n"``, 0 after); ``mask`` (m, T_x) with 1.0 where
    a target is real. ``T_x`` is the longest name plus one.

    >>> X, Y, mask = encode_names(["ab", "b"], {"\\n": 0, "a": 1, "b": 2})
    >>> X.shape, Y.tolist(), mask.tolist()
    ((2, 3, 3), [[1, 2, 0], [2, 0, 0]], [[1.0, 1.0, 1.0], [1.0, 1.0, 0.0]])
    """
    vocab_size = len(char_to_ix)
    T_x = max(len(name) for name in names) + 1
    X = np.zeros((len(names), T_x, vocab_size), dtype="float32")
    Y = np.zeros((len(names), T_x), dtype="int32")
    mask = np.zeros((len(names), T_x), dtype="float32")
    for i, name in enumerate(names):
        inputs = [char_to_ix[END]] + [char_to_ix[c] for c in name]
        targets = inputs[1:] + [char_to_ix[END]]
        X[i, np.arange(len(inputs)), inputs] = 1.0
        Y[i, : len(targets)] = targets
        mask[i, : len(targets)] = 1.0
    return X, Y, mask


def sequence_loss(probabilities: np.ndarray, Y: np.ndarray, mask: np.ndarray) -> float:
    """Mean cross-entropy per real character (nats) of predicted ``probabilities`` (m, T_x, vocab_size).

    >>> p = np.full((1, 2, 2), 0.5)
    >>> round(sequence_loss(p, np.array([[1, 0]]), np.array([[1.0, 0.0]])), 4)
    0.6931
    """
    m, T_x = Y.shape
    picked = probabilities[np.arange(m)[:, None], np.arange(T_x)[None, :], Y]  # (m, T_x)
    nats = -np.log(np.clip(picked, 1e-12, 1.0)) * mask
    return float(nats.sum() / mask.sum())
