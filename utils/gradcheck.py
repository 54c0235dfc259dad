"""Centred numerical gradients and the relative error used to check hand-written backward passes.

>>> import numpy as np
>>> x = np.array([1.0, -2.0, 3.0])
>>> numeric = numerical_gradient(lambda: np.sum(x ** 2), x)
>>> relative_error(numeric, 2 * x) < 1e-9
True
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

__all__ = ["numerical_gradient", "relative_error", "check_gradient"]


def numerical_gradient(f: Callable[[], float], x: np.ndarray, h: float = 1e-5) -> np.ndarray:
    """d f / d x by centred differences ``(f(x + h) - f(x - h)) / 2h``, one entry at a time.

    ``f`` takes no arguments and reads ``x`` (changed in place and restored after each entry), so
    it can close over the other inputs of the function under test. Returns an array shaped like ``x``.
    """
    if not isinstance(x, np.ndarray) or x.dtype.kind != "f":
        raise TypeError("x must be a numpy float array, changed in place while differentiating")
    grad = np.zeros_like(x, dtype=float)
    iterator = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    for _ in iterator:
        index = iterator.multi_index
        original = x[index]
        x[index] = original + h
        plus = float(f())
        x[index] = original - h
        minus = float(f())
        x[index] = original
        grad[index] = (plus - minus) / (2 * h)
    return grad


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    """``max |a - b| / max(|a| + |b|)``, 0 when both are zero.

    >>> relative_error(np.array([1.0, 2.0]), np.array([1.0, 2.0]))
    0.0
    >>> round(relative_error(np.array([1.0]), np.array([3.0])), 3)
    0.5
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    scale = float(np.max(np.abs(a) + np.abs(b))) if a.size else 0.0
    if scale == 0.0:
        return 0.0
    return float(np.max(np.abs(a - b)) / scale)


def check_gradient(name: str, analytic: np.ndarray, numeric: np.ndarray, tol: float = 1e-6) -> None:
    """Fail unless an analytic gradient matches a numerical one within relative error ``tol``.

    >>> check_gradient("dx", np.array([2.0]), np.array([2.0000001]))
    >>> check_gradient("dx", np.array([2.0]), np.array([-2.0]))
    Traceback (most recent call last):
    ...
    AssertionError: dx differs from the numerical gradient: relative error 1, tolerance 1e-06
    """
    analytic_array = np.asarray(analytic, dtype=float)
    numeric_array = np.asarray(numeric, dtype=float)
    if analytic_array.shape != numeric_array.shape:
        raise AssertionError(f"{name} has shape {analytic_array.shape}, expected {numeric_array.shape}")
    error = relative_error(analytic_array, numeric_array)
    if not error <= tol:
        raise AssertionError(
            f"{name} differs from the numerical gradient: relative error {error:.3g}, tolerance {tol:g}"
        )
