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

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

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


def _fail(message: str) -> NoReturn:
    # A check failed: the line below this traceback says what is wrong and what was expected.
    raise AssertionError(message)


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
    __tracebackhide__ = True  # IPython leaves this helper's frame out of tracebacks
    if not isinstance(value, expected):
        names = (
            " or ".join(t.__name__ for t in expected) if isinstance(expected, tuple) else expected.__name__
        )
        _fail(f"{name} is a {_type_name(value)}, expected {names}")


def check_shape(name: str, value: Any, expected: Sequence[int]) -> None:
    """Fail unless ``value`` is a numpy array of exactly shape ``expected``.

    >>> check_shape("y", np.ones(3), (3,))
    >>> check_shape("y", [1, 2, 3], (3,))
    Traceback (most recent call last):
    ...
    AssertionError: y is a list, expected a numpy array of shape (3,)
    """
    __tracebackhide__ = True  # IPython leaves this helper's frame out of tracebacks
    expected = tuple(expected)
    if not isinstance(value, np.ndarray):
        _fail(f"{name} is a {_type_name(value)}, expected a numpy array of shape {expected}")
    if value.shape != expected:
        _fail(f"{name} has shape {value.shape}, expected {expected}")


def check_finite(name: str, value: Any) -> None:
    """Fail when an array holds NaN or infinity.

    >>> check_finite("loss", np.array([1.0, np.nan]))
    Traceback (most recent call last):
    ...
    AssertionError: loss holds 1 NaN or infinite value(s), e.g. at index (1,)
    """
    __tracebackhide__ = True  # IPython leaves this helper's frame out of tracebacks
    array = np.asarray(value, dtype=float)
    bad = ~np.isfinite(array)
    if bad.any():
        first = tuple(int(i) for i in np.argwhere(bad)[0])
        _fail(f"{name} holds {int(bad.sum())} NaN or infinite value(s), e.g. at index {first}")


def check_close(name: str, actual: Any, expected: Any, *, rtol: float = 1e-6, atol: float = 1e-8) -> None:
    """Fail unless two numbers or arrays of equal shape agree within ``atol + rtol * |expected|``.

    The message names the first entry that differs, its value and the expected one.

    >>> check_close("loss", 0.5, 0.5 + 1e-12)
    >>> check_close("c", np.array([1.0, 2.0]), np.array([1.0, 2.5]))
    Traceback (most recent call last):
    ...
    AssertionError: c[1] is 2, expected 2.5 (1 of 2 entries differ; largest difference 0.5)
    """
    __tracebackhide__ = True  # IPython leaves this helper's frame out of tracebacks
    actual_array = np.asarray(actual, dtype=float)
    expected_array = np.asarray(expected, dtype=float)
    if actual_array.shape != expected_array.shape:
        _fail(f"{name} has shape {actual_array.shape}, expected {expected_array.shape}")
    check_finite(name, actual_array)
    wrong = ~np.isclose(actual_array, expected_array, rtol=rtol, atol=atol)
    if not wrong.any():
        return
    first = tuple(int(i) for i in np.argwhere(wrong)[0])
    where = name + ("[" + ", ".join(map(str, first)) + "]" if first else "")
    largest = float(np.max(np.abs(actual_array - expected_array)))
    _fail(
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
    __tracebackhide__ = True  # IPython leaves this helper's frame out of tracebacks
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
    __tracebackhide__ = True  # IPython leaves this helper's frame out of tracebacks
    if isinstance(actual, np.ndarray) or isinstance(expected, np.ndarray):
        same = np.shape(actual) == np.shape(expected) and bool(
            np.all(np.asarray(actual) == np.asarray(expected))
        )
    else:
        same = actual == expected
    if not same:
        _fail(f"{name} is {actual!r}, expected {expected!r}")


def check_keys(name: str, mapping: Any, expected: Sequence[str]) -> None:
    """Fail unless ``mapping`` is a dict holding at least the keys ``expected``.

    >>> check_keys("gradients", {"dx": 1}, ["dx", "da_prev"])
    Traceback (most recent call last):
    ...
    AssertionError: gradients is missing the key(s) ['da_prev']; it has ['dx']
    """
    __tracebackhide__ = True  # IPython leaves this helper's frame out of tracebacks
    if not isinstance(mapping, Mapping):
        _fail(f"{name} is a {_type_name(mapping)}, expected a dict")
    missing = [key for key in expected if key not in mapping]
    if missing:
        _fail(f"{name} is missing the key(s) {missing}; it has {sorted(mapping)}")


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
    __tracebackhide__ = True  # IPython leaves this helper's frame out of tracebacks
    try:
        import keras
    except ImportError as error:  # pragma: no cover - keras is pinned
        raise AssertionError("keras is not installed") from error
    check_type("model", model, keras.Model)
    actual = model_signature(model)
    classes = [layer["class"] for layer in actual]
    wanted = [layer["class"] for layer in expected]
    if classes != wanted:
        _fail(f"the model's layers are {classes}, expected {wanted}")
    for index, (got, want) in enumerate(zip(actual, expected, strict=True)):
        label = f"layer {index} ({got['class']})"
        if "output_shape" in want:
            shape = want["output_shape"]
            several = bool(shape) and isinstance(shape[0], list | tuple)  # a layer with several outputs
            expected_shape = [tuple(s) for s in shape] if several else tuple(shape)
            if got["output_shape"] != expected_shape:
                _fail(f"{label} has output shape {got['output_shape']}, expected {expected_shape}")
        if "params" in want and got["params"] != want["params"]:
            _fail(f"{label} has {got['params']} parameters, expected {want['params']}")
        for key, value in want.get("config", {}).items():
            if key not in got["config"]:
                _fail(f"{label} has no setting {key!r}")
            have = got["config"][key]
            if isinstance(value, tuple):
                have = tuple(have) if isinstance(have, list) else have
            if have != value:
                _fail(f"{label} has {key}={have!r}, expected {value!r}")
    if total_params is not None:
        count = int(model.count_params())
        if count != total_params:
            _fail(f"the model has {count} parameters, expected {total_params}")


# --- In Jupyter: a test cell that passes says so ------------------------------------------------------


def _open_notebook() -> Path | None:
    """The notebook this kernel runs for: Jupyter Server names it in ``JPY_SESSION_NAME``; else the only
    notebook in the working folder."""
    named = os.environ.get("JPY_SESSION_NAME", "")
    if named.endswith(".ipynb") and os.path.isfile(named):
        return Path(named)
    found = sorted(Path.cwd().glob("*.ipynb"))
    return found[0] if len(found) == 1 else None


_test_cells_cache: dict[tuple[str, int], dict[str, tuple[str, float]]] = {}


def _test_cells(path: Path) -> dict[str, tuple[str, float]]:
    """``{code: (grade id, points)}`` of the notebook's test cells (read again when the file changes)."""
    import json

    key = (str(path), path.stat().st_mtime_ns)
    if key not in _test_cells_cache:
        cells = {}
        for cell in json.loads(path.read_text(encoding="utf-8")).get("cells", []):
            meta = cell.get("metadata", {}).get("nbgrader", {})
            if cell.get("cell_type") == "code" and meta.get("grade") and not meta.get("solution"):
                source = cell.get("source", "")
                source = source if isinstance(source, str) else "".join(source)
                cells[source.strip()] = (str(meta.get("grade_id", "?")), float(meta.get("points", 0)))
        _test_cells_cache.clear()
        _test_cells_cache[key] = cells
    return _test_cells_cache[key]


def pass_line(source: str, notebook: Path) -> str | None:
    """The line a passing test cell prints: its grade id and points; None for a cell that is no test.

    >>> import json, tempfile
    >>> cell = {"cell_type": "code", "source": "check_equal('n', 1, 1)", "metadata": {"nbgrader": {
    ...     "grade": True, "solution": False, "grade_id": "test_n", "points": 2}}}
    >>> path = Path(tempfile.mkdtemp()) / "nb.ipynb"
    >>> _ = path.write_text(json.dumps({"cells": [cell]}))
    >>> pass_line("check_equal('n', 1, 1)\\n", path)
    'PASS  test_n (2 points): every check in this cell passed'
    >>> pass_line("x = 1", path) is None
    True
    """
    found = _test_cells(notebook).get(source.strip())
    if found is None:
        return None
    grade_id, points = found
    return f"PASS  {grade_id} ({points:g} points): every check in this cell passed"


def announce_pass(result: Any) -> None:
    """IPython ``post_run_cell`` hook: after a test cell of the open notebook ran without an error, print
    one line that says so (a failing one shows its message instead)."""
    if not getattr(result, "success", False):
        return
    source = getattr(getattr(result, "info", None), "raw_cell", None) or ""
    notebook = _open_notebook() if source.strip() else None
    if notebook is None:
        return
    try:
        line = pass_line(source, notebook)
    except (OSError, ValueError):  # the file is being saved, or is not JSON
        return
    if line:
        print(line)


def _announce_in_jupyter() -> None:
    """Register :func:`announce_pass` in an interactive IPython kernel; never while nbgrader or the grader
    runs the notebook (``NBGRADER_EXECUTION`` is set), whose kernels' hooks must stay as they were."""
    if os.environ.get("NBGRADER_EXECUTION"):
        return
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is pinned
        return
    shell = get_ipython()
    if shell is not None and announce_pass not in shell.events.callbacks["post_run_cell"]:
        shell.events.register("post_run_cell", announce_pass)


_announce_in_jupyter()
