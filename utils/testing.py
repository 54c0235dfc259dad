"""Checks that notebook test cells call: type first, then shape, then value.

Every check raises ``AssertionError`` with a message that tells the learner what is wrong and what was
expected, for example ``a_next has shape (5, 7), expected (5, 10)``. The functions return nothing, so a
test cell reads as a list of requirements.

>>> import numpy as np
>>> check_array("a_next", np.zeros((5, 10)), np.zeros((5, 10)))
>>> check_shape("a_next", np.zeros((5, 7)), (5, 10))
Traceback (most recent call last):
...
AssertionError: a_next has shape (5, 7), expected (5, 10)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

__all__ = [
    "check_type",
    "check_shape",
    "check_close",
    "check_array",
    "check_equal",
    "check_keys",
    "check_finite",
    "model_signature",
    "check_model",
]


def _type_name(value: Any) -> str:
    return type(value).__name__


def check_type(name: str, value: Any, expected: type | tuple[type, ...]) -> None:
    """Fail unless ``value`` is an instance of ``expected``.

    >>> check_type("n", 3, int)
    >>> check_type("n", "3", int)
    Traceback (most recent call last):
    ...
    AssertionError: n is a str, expected int
    """
    if not isinstance(value, expected):
        names = (
            " or ".join(t.__name__ for t in expected) if isinstance(expected, tuple) else expected.__name__
        )
        raise AssertionError(f"{name} is a {_type_name(value)}, expected {names}")


def check_shape(name: str, value: Any, expected: Sequence[int]) -> None:
    """Fail unless ``value`` is a numpy array of exactly shape ``expected``.

    >>> check_shape("y", np.ones(3), (3,))
    >>> check_shape("y", [1, 2, 3], (3,))
    Traceback (most recent call last):
    ...
    AssertionError: y is a list, expected a numpy array of shape (3,)
    """
    expected = tuple(expected)
    if not isinstance(value, np.ndarray):
        raise AssertionError(f"{name} is a {_type_name(value)}, expected a numpy array of shape {expected}")
    if value.shape != expected:
        raise AssertionError(f"{name} has shape {value.shape}, expected {expected}")


def check_finite(name: str, value: Any) -> None:
    """Fail when an array holds NaN or infinity.

    >>> check_finite("loss", np.array([1.0, np.nan]))
    Traceback (most recent call last):
    ...
    AssertionError: loss holds 1 NaN or infinite value(s), e.g. at index (1,)
    """
    array = np.asarray(value, dtype=float)
    bad = ~np.isfinite(array)
    if bad.any():
        first = tuple(int(i) for i in np.argwhere(bad)[0])
        raise AssertionError(f"{name} holds {int(bad.sum())} NaN or infinite value(s), e.g. at index {first}")


def check_close(name: str, actual: Any, expected: Any, *, rtol: float = 1e-6, atol: float = 1e-8) -> None:
    """Fail unless two numbers or arrays of equal shape agree within ``atol + rtol * |expected|``.

    The message names the first entry that differs, its value and the expected one.

    >>> check_close("loss", 0.5, 0.5 + 1e-12)
    >>> check_close("c", np.array([1.0, 2.0]), np.array([1.0, 2.5]))
    Traceback (most recent call last):
    ...
    AssertionError: c[1] is 2, expected 2.5 (1 of 2 entries differ; largest difference 0.5)
    """
    actual_array = np.asarray(actual, dtype=float)
    expected_array = np.asarray(expected, dtype=float)
    if actual_array.shape != expected_array.shape:
        raise AssertionError(f"{name} has shape {actual_array.shape}, expected {expected_array.shape}")
    check_finite(name, actual_array)
    wrong = ~np.isclose(actual_array, expected_array, rtol=rtol, atol=atol)
    if not wrong.any():
        return
    first = tuple(int(i) for i in np.argwhere(wrong)[0])
    where = name + ("[" + ", ".join(map(str, first)) + "]" if first else "")
    largest = float(np.max(np.abs(actual_array - expected_array)))
    raise AssertionError(
        f"{where} is {actual_array[first]:.6g}, expected {expected_array[first]:.6g} "
        f"({int(wrong.sum())} of {wrong.size} entries differ; largest difference {largest:.3g})"
    )


def check_array(name: str, actual: Any, expected: Any, *, rtol: float = 1e-6, atol: float = 1e-8) -> None:
    """Type, shape and value in one call: ``actual`` must be a numpy array shaped and valued like ``expected``.

    >>> check_array("a", np.ones((2, 3)), np.ones((3, 2)))
    Traceback (most recent call last):
    ...
    AssertionError: a has shape (2, 3), expected (3, 2)
    """
    expected_array = np.asarray(expected)
    check_shape(name, actual, expected_array.shape)
    check_close(name, actual, expected_array, rtol=rtol, atol=atol)


def check_equal(name: str, actual: Any, expected: Any) -> None:
    """Fail unless ``actual == expected`` (for exact things: integers, strings, lists of indices).

    >>> check_equal("indices", [1, 2], [1, 3])
    Traceback (most recent call last):
    ...
    AssertionError: indices is [1, 2], expected [1, 3]
    """
    if isinstance(actual, np.ndarray) or isinstance(expected, np.ndarray):
        same = np.shape(actual) == np.shape(expected) and bool(
            np.all(np.asarray(actual) == np.asarray(expected))
        )
    else:
        same = actual == expected
    if not same:
        raise AssertionError(f"{name} is {actual!r}, expected {expected!r}")


def check_keys(name: str, mapping: Any, expected: Sequence[str]) -> None:
    """Fail unless ``mapping`` is a dict holding at least the keys ``expected``.

    >>> check_keys("gradients", {"dx": 1}, ["dx", "da_prev"])
    Traceback (most recent call last):
    ...
    AssertionError: gradients is missing the key(s) ['da_prev']; it has ['dx']
    """
    if not isinstance(mapping, Mapping):
        raise AssertionError(f"{name} is a {_type_name(mapping)}, expected a dict")
    missing = [key for key in expected if key not in mapping]
    if missing:
        raise AssertionError(f"{name} is missing the key(s) {missing}; it has {sorted(mapping)}")


# --- Keras models -------------------------------------------------------------------------------------

_IGNORED_CONFIG_KEYS = {"name", "dtype", "seed", "build_config", "compile_config"}


def _strip_names(config: Any) -> Any:
    """Remove auto-generated names (and dtype policies, seeds) from a nested layer config."""
    if isinstance(config, Mapping):
        return {k: _strip_names(v) for k, v in config.items() if k not in _IGNORED_CONFIG_KEYS}
    if isinstance(config, list | tuple):
        return [_strip_names(v) for v in config]
    return config


def _output_shape(layer: Any) -> Any:
    try:
        output = layer.output
    except (AttributeError, ValueError):  # a shared layer called at several places has no single output
        return "multiple"
    if isinstance(output, list | tuple):
        return [tuple(o.shape) for o in output]
    return tuple(output.shape)


def model_signature(model: Any) -> list[dict[str, Any]]:
    """Describe a Keras model layer by layer without auto-generated names.

    Each entry has ``class`` (e.g. ``"LSTM"``), ``output_shape`` (``"multiple"`` for a layer shared between
    several calls), ``params`` (count of weights, trainable or not) and ``config`` (the layer's
    ``get_config()`` with names, dtype policies and seeds removed).
    """
    signature = []
    for layer in model.layers:
        signature.append(
            {
                "class": type(layer).__name__,
                "output_shape": _output_shape(layer),
                "params": int(layer.count_params()) if layer.built else 0,
                "config": _strip_names(layer.get_config()),
            }
        )
    return signature


def check_model(
    model: Any, expected: Sequence[Mapping[str, Any]], *, total_params: int | None = None
) -> None:
    """Compare a Keras model with an expected list of layer descriptions, in order.

    ``expected`` holds one mapping per layer with ``class`` and, optionally, ``output_shape``, ``params``
    and ``config`` (a subset of the layer's config that must match, e.g. ``{"units": 64,
    "return_sequences": True}``). Layer names are never compared: Keras generates them and they change
    between versions.
    """
    try:
        import keras
    except ImportError as error:  # pragma: no cover - keras is pinned
        raise AssertionError("keras is not installed") from error
    check_type("model", model, keras.Model)
    actual = model_signature(model)
    classes = [layer["class"] for layer in actual]
    wanted = [layer["class"] for layer in expected]
    if classes != wanted:
        raise AssertionError(f"the model's layers are {classes}, expected {wanted}")
    for index, (got, want) in enumerate(zip(actual, expected, strict=True)):
        label = f"layer {index} ({got['class']})"
        if "output_shape" in want:
            shape = want["output_shape"]
            several = bool(shape) and isinstance(shape[0], list | tuple)  # a layer with several outputs
            expected_shape = [tuple(s) for s in shape] if several else tuple(shape)
            if got["output_shape"] != expected_shape:
                raise AssertionError(
                    f"{label} has output shape {got['output_shape']}, expected {expected_shape}"
                )
        if "params" in want and got["params"] != want["params"]:
            raise AssertionError(f"{label} has {got['params']} parameters, expected {want['params']}")
        for key, value in want.get("config", {}).items():
            if key not in got["config"]:
                raise AssertionError(f"{label} has no setting {key!r}")
            have = got["config"][key]
            if isinstance(value, tuple):
                have = tuple(have) if isinstance(have, list) else have
            if have != value:
                raise AssertionError(f"{label} has {key}={have!r}, expected {value!r}")
    if total_params is not None:
        count = int(model.count_params())
        if count != total_params:
            raise AssertionError(f"the model has {count} parameters, expected {total_params}")
