"""Confidence intervals for the accuracies the notebooks report.

An accuracy measured on ``n`` held-out examples is an estimate; :func:`wilson_interval` says how far the
true rate may plausibly be from it. The Wilson score interval stays inside [0, 1] and behaves well near
100 %, where the textbook normal approximation (``p +- 1.96 sqrt(p (1 - p) / n)``) collapses to a single
point when every example is right.

>>> low, high = wilson_interval(2000, 2000)
>>> round(low, 4), high
(0.9981, 1.0)
>>> [round(bound, 3) for bound in wilson_interval(90, 100)]
[0.826, 0.945]
"""

from __future__ import annotations

import math

__all__ = ["wilson_interval", "poisson_rate_interval"]


def wilson_interval(successes: int, trials: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval ``(low, high)`` for ``successes`` out of ``trials`` (95 % for z = 1.96).

    >>> wilson_interval(0, 0)
    (0.0, 1.0)
    """
    if trials <= 0:
        return 0.0, 1.0
    if not 0 <= successes <= trials:
        raise ValueError(f"successes must be between 0 and trials ({trials}), got {successes}")
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def poisson_rate_interval(count: int, hours: float) -> tuple[float, float]:
    """The exact (Garwood) 95 % interval ``(low, high)`` of an event rate per hour from ``count`` events
    seen in ``hours``.

    >>> [round(x, 3) for x in poisson_rate_interval(0, 2.0)]
    [0.0, 1.844]
    """
    from scipy.stats import chi2

    low = chi2.ppf(0.025, 2 * count) / 2 if count else 0.0
    high = chi2.ppf(0.975, 2 * count + 2) / 2
    return float(low / hours), float(high / hours)
