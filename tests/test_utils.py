"""utils.testing and utils.gradcheck beyond their doctests: the messages learners read, Keras models."""

from __future__ import annotations

import numpy as np
import pytest

from utils import gradcheck, grading
from utils.testing import (
    check_array,
    check_close,
    check_equal,
    check_keys,
    check_model,
    check_shape,
    check_type,
    model_signature,
)


def test_messages_name_expected_and_actual():
    with pytest.raises(AssertionError, match=r"a_next has shape \(5, 7\), expected \(5, 10\)"):
        check_array("a_next", np.zeros((5, 7)), np.zeros((5, 10)))
    with pytest.raises(AssertionError, match=r"y\[0, 1\] is 1, expected 2"):
        check_close("y", np.array([[0.0, 1.0]]), np.array([[0.0, 2.0]]))
    with pytest.raises(AssertionError, match="cache is a tuple, expected list"):
        check_type("cache", (1,), list)
    with pytest.raises(AssertionError, match="missing the key"):
        check_keys("g", {}, ["dx"])


def test_nan_is_never_close():
    with pytest.raises(AssertionError, match="NaN"):
        check_close("loss", np.nan, np.nan)


def test_shape_check_refuses_lists_and_scalars():
    for value in ([[1.0]], 1.0, None):
        with pytest.raises(AssertionError, match="expected a numpy array"):
            check_shape("x", value, (1, 1))


def test_numerical_gradient_of_a_matrix_product():
    rng = np.random.default_rng(0)
    w, x, upstream = rng.normal(size=(3, 4)), rng.normal(size=(4, 2)), rng.normal(size=(3, 2))
    numeric = gradcheck.numerical_gradient(lambda: float(np.sum((w @ x) * upstream)), w)
    assert gradcheck.relative_error(numeric, upstream @ x.T) < 1e-8
    with pytest.raises(AssertionError, match="relative error"):
        gradcheck.check_gradient("dW", numeric.T.T * 1.01, numeric, tol=1e-6)
    with pytest.raises(TypeError):
        gradcheck.numerical_gradient(lambda: 0.0, np.arange(3))


def test_grading_mode_follows_nbgrader():
    assert grading.grading_mode({"NBGRADER_EXECUTION": "validate"})
    assert grading.grading_mode({"SEQLAB_GRADING_MODE": "1"})
    assert not grading.grading_mode({})


@pytest.fixture(scope="module")
def keras():
    return pytest.importorskip("keras")


def _model(keras, units=8, return_sequences=True):
    inputs = keras.Input(shape=(5, 3))
    hidden = keras.layers.LSTM(units, return_sequences=return_sequences)(inputs)
    outputs = keras.layers.Dense(2, activation="softmax")(hidden)
    return keras.Model(inputs, outputs)


def test_model_comparison_ignores_names_and_checks_structure(keras):
    expected = [
        {"class": "InputLayer", "output_shape": (None, 5, 3), "params": 0},
        {
            "class": "LSTM",
            "output_shape": (None, 5, 8),
            "params": 4 * 8 * (8 + 3 + 1),
            "config": {"units": 8, "return_sequences": True},
        },
        {"class": "Dense", "output_shape": (None, 5, 2), "config": {"activation": "softmax"}},
    ]
    check_model(_model(keras), expected, total_params=4 * 8 * 12 + 8 * 2 + 2)
    check_model(_model(keras), expected)  # new auto-generated names, same verdict
    assert all("name" not in layer["config"] for layer in model_signature(_model(keras)))
    with pytest.raises(AssertionError, match="units=16, expected 8"):
        structure_only = [{k: v for k, v in e.items() if k in ("class", "config")} for e in expected]
        check_model(_model(keras, units=16), structure_only)
    with pytest.raises(AssertionError, match="output shape"):
        check_model(_model(keras, return_sequences=False), expected)
    with pytest.raises(AssertionError, match="layers are"):
        check_model(_model(keras), expected[:2])


def test_check_equal_on_arrays_of_other_shapes_says_so():
    with pytest.raises(AssertionError, match="expected"):
        check_equal("indices", np.arange(3), np.arange(4))
    check_equal("indices", np.arange(3), np.arange(3))


def test_model_comparison_of_a_layer_with_several_outputs(keras):
    inputs = keras.Input(shape=(4, 3))
    sequence, state_h, state_c = keras.layers.LSTM(5, return_sequences=True, return_state=True)(inputs)
    model = keras.Model(inputs, [sequence, state_h, state_c])
    layers = [
        {"class": "InputLayer"},
        {"class": "LSTM", "output_shape": [(None, 4, 5), (None, 5), (None, 5)]},
    ]
    check_model(model, layers)
    layers[1]["output_shape"] = [(None, 4, 5), (None, 5), (None, 6)]
    with pytest.raises(AssertionError, match="output shape"):
        check_model(model, layers)
