"""utils.charlm: the given RNN is right (numerical gradients, Keras), and the scoring helpers agree."""

from __future__ import annotations

import numpy as np
import pytest

from utils import charlm
from utils.gradcheck import check_gradient, numerical_gradient


def _example(seed: int = 0, n_a: int = 5, vocab_size: int = 6, T_x: int = 7):
    rng = np.random.default_rng(seed)
    parameters = charlm.random_parameters(n_a, vocab_size, seed=seed, scale=0.7)
    X = [0] + [int(i) for i in rng.integers(1, vocab_size, T_x - 1)]
    Y = X[1:] + [0]
    a0 = rng.standard_normal((n_a, 1)) * 0.3
    return parameters, X, Y, a0


@pytest.mark.parametrize("seed", [0, 1])
def test_rnn_backward_matches_numerical_gradients(seed):
    parameters, X, Y, a0 = _example(seed)
    loss, cache = charlm.rnn_forward(X, Y, a0, parameters)
    gradients, states = charlm.rnn_backward(X, Y, parameters, cache)
    for name, value in parameters.items():
        numeric = numerical_gradient(lambda: charlm.rnn_forward(X, Y, a0, parameters)[0], value)
        check_gradient("d" + name, gradients["d" + name], numeric, tol=1e-6)
    assert set(states) == set(range(-1, len(X)))


def test_rnn_forward_loss_is_the_sum_of_step_surprises():
    parameters, X, Y, a0 = _example(2)
    loss, _ = charlm.rnn_forward(X, Y, a0, parameters)
    a, expected = a0, 0.0
    for x_ix, y_ix in zip(X, Y, strict=True):
        a, z = charlm.rnn_step_forward(parameters, a, charlm.one_hot(x_ix, 6))
        expected -= np.log(charlm.softmax(z)[y_ix, 0])
    assert loss == pytest.approx(expected, rel=1e-12)


def test_rnn_forward_rejects_unequal_lengths():
    parameters, X, Y, a0 = _example()
    with pytest.raises(ValueError, match="equally long"):
        charlm.rnn_forward(X, Y[:-1], a0, parameters)


def test_update_parameters_is_in_place_gradient_descent():
    parameters, X, Y, a0 = _example()
    before = {k: v.copy() for k, v in parameters.items()}
    arrays = {k: id(v) for k, v in parameters.items()}
    gradients = {"d" + k: np.ones_like(v) for k, v in parameters.items()}
    charlm.update_parameters(parameters, gradients, 0.25)
    for name in parameters:
        assert id(parameters[name]) == arrays[name]
        np.testing.assert_allclose(parameters[name], before[name] - 0.25)


def test_sequence_loss_of_padded_batches_equals_the_numpy_loss():
    names = ["ab", "dcba", "c"]
    char_to_ix, _ = charlm.build_vocabulary(names)
    parameters = charlm.random_parameters(4, len(char_to_ix), seed=3)
    X, Y, mask = charlm.encode_names(names, char_to_ix)
    probabilities = np.zeros(Y.shape + (len(char_to_ix),))
    total, count = 0.0, 0
    for i, name in enumerate(names):
        inputs = [0] + [char_to_ix[c] for c in name]
        targets = inputs[1:] + [0]
        loss, cache = charlm.rnn_forward(inputs, targets, np.zeros((4, 1)), parameters)
        total, count = total + loss, count + len(targets)
        for t in range(len(targets)):
            probabilities[i, t] = cache["y_hat"][t].ravel()
        np.testing.assert_array_equal(X[i, : len(inputs)].argmax(axis=1), inputs)
        assert not X[i, len(inputs) :].any()
    assert charlm.sequence_loss(probabilities, Y, mask) == pytest.approx(total / count, rel=1e-9)


def test_unigram_loss_is_the_cross_entropy_of_smoothed_frequencies():
    char_to_ix = {"\n": 0, "a": 1, "b": 2}
    # counts on "aab": a 2, b 1, end 1; add-one: a 3/7, b 2/7, end 2/7
    expected = -(np.log(3 / 7) + np.log(2 / 7) + np.log(2 / 7)) / 3
    assert charlm.unigram_loss(["aab"], ["ab"], char_to_ix) == pytest.approx(expected)


def test_load_names_rejects_unknown_splits():
    with pytest.raises(ValueError, match="split"):
        charlm.load_names("test")


@pytest.mark.slow
def test_rnn_forward_matches_a_keras_simple_rnn_with_the_same_weights():
    import keras

    parameters, X, Y, a0 = _example(4)
    vocab_size, n_a = parameters["Wya"].shape
    model = keras.Sequential(
        [
            keras.Input((None, vocab_size)),
            keras.layers.SimpleRNN(n_a, return_sequences=True),
            keras.layers.Dense(vocab_size, activation="softmax"),
        ]
    )
    rnn, dense = model.layers
    # Keras multiplies row vectors: kernel is W_ax transposed, recurrent kernel W_aa transposed
    rnn.set_weights([parameters["Wax"].T, parameters["Waa"].T, parameters["b"].ravel()])
    dense.set_weights([parameters["Wya"].T, parameters["by"].ravel()])
    inputs = np.eye(vocab_size, dtype="float32")[X][None]
    keras_probabilities = np.asarray(model(inputs))[0]
    _, cache = charlm.rnn_forward(X, Y, np.zeros((n_a, 1)), parameters)
    numpy_probabilities = np.stack([cache["y_hat"][t].ravel() for t in range(len(X))])
    np.testing.assert_allclose(keras_probabilities, numpy_probabilities, rtol=1e-4, atol=1e-6)
