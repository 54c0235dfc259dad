"""Small matplotlib figures the notebooks share: an unrolled recurrent network and labelled curves.

Every function draws on a given ``ax`` (or a new figure) and returns the figure, so a notebook cell can
show it and a test can inspect it without a display.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> figure = draw_unrolled_rnn(steps=3)
>>> len(figure.axes)
1
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

__all__ = ["draw_unrolled_rnn", "plot_curves"]


def _figure_of(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    if ax is None:
        figure, ax = plt.subplots(figsize=size)
        return figure, ax
    return ax.figure, ax


def _arrow(ax: Axes, start: tuple[float, float], end: tuple[float, float], label: str = "") -> None:
    ax.add_patch(FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=12, color="0.25", lw=1.2))
    if label:
        middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
        ax.text(middle[0], middle[1] + 0.12, label, ha="center", va="bottom", fontsize=11)


def draw_unrolled_rnn(steps: int = 4, cell_label: str = "RNN", ax: Axes | None = None) -> Figure:
    """Draw a recurrent network unrolled over ``steps`` time steps and return the figure.

    Each step is a box labelled ``cell_label`` that reads x<t> from below and a<t-1> from the left, and
    passes a<t> right and up to the prediction y<t>. The same box (the same parameters) is reused at
    every step, which is the point the picture makes.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> figure = draw_unrolled_rnn(steps=2, cell_label="LSTM")
    >>> sorted(t.get_text() for t in figure.axes[0].texts if t.get_text().startswith("LSTM"))
    ['LSTM', 'LSTM']
    """
    if steps < 1:
        raise ValueError("steps must be at least 1")
    figure, ax = _figure_of(ax, (2.2 * steps + 1.5, 3.2))
    width, height = 1.0, 0.8
    for t in range(1, steps + 1):
        x0 = 2.2 * t - 1.2  # left edge of the box for step t
        centre = x0 + width / 2
        box = FancyBboxPatch(
            (x0, 1.0), width, height, boxstyle="round,pad=0.05", facecolor="#dbe9f6", edgecolor="#2b5d8a"
        )
        ax.add_patch(box)
        ax.text(centre, 1.0 + height / 2, cell_label, ha="center", va="center", fontsize=10)
        ax.text(centre, 0.0, f"$x^{{\\langle {t} \\rangle}}$", ha="center", va="center", fontsize=11)
        ax.text(centre, 2.85, f"$\\hat y^{{\\langle {t} \\rangle}}$", ha="center", va="center", fontsize=11)
        _arrow(ax, (centre, 0.2), (centre, 0.95))
        _arrow(ax, (centre, 1.0 + height + 0.05), (centre, 2.65))
        previous = f"$a^{{\\langle {t - 1} \\rangle}}$"
        _arrow(ax, (x0 - 1.15, 1.4), (x0 - 0.05, 1.4), previous)
    last_right = 2.2 * steps - 1.2 + width + 0.05
    _arrow(ax, (last_right, 1.4), (last_right + 1.0, 1.4), f"$a^{{\\langle {steps} \\rangle}}$")
    ax.set_xlim(-0.4, last_right + 1.2)
    ax.set_ylim(-0.4, 3.2)
    ax.set_aspect("equal")
    ax.axis("off")
    return figure


def plot_curves(
    curves: Mapping[str, Sequence[float] | np.ndarray],
    *,
    xlabel: str,
    ylabel: str,
    title: str = "",
    log: bool = False,
    x: Sequence[float] | np.ndarray | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Plot one labelled line per entry of ``curves`` (label -> values) and return the figure.

    ``x`` gives the horizontal positions (default 0, 1, 2, ...); ``log=True`` uses a logarithmic vertical
    axis, which turns geometric decay (vanishing gradients) into a straight line.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> figure = plot_curves({"decay": [1.0, 0.5, 0.25]}, xlabel="step", ylabel="norm", log=True)
    >>> figure.axes[0].get_yscale(), [line.get_label() for line in figure.axes[0].get_lines()]
    ('log', ['decay'])
    """
    figure, ax = _figure_of(ax, (6.0, 3.5))
    for label, values in curves.items():
        values = np.asarray(values, dtype=float)
        positions = np.arange(len(values)) if x is None else np.asarray(x, dtype=float)
        ax.plot(positions, values, label=label, lw=1.8)
    if log:
        ax.set_yscale("log")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if title:
        ax.set_title(title)
    ax.grid(True, alpha=0.3)
    ax.legend(frameon=False)
    return figure


def plot_attention_map(
    weights: Sequence[Sequence[float]] | np.ndarray,
    source: str,
    target: str,
    *,
    title: str = "",
    ax: Axes | None = None,
) -> Figure:
    """Show attention weights as a grid: one row per output character, one column per input character.

    ``weights[t, t']`` is how much output step ``t`` attended to input position ``t'``. Only the first
    ``len(source)`` columns are drawn (the rest is padding) and the first ``len(target)`` rows; each row
    of a softmax sums to 1, so the colour scale runs from 0 to 1.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> figure = plot_attention_map(np.eye(3, 5), "abc", "xyz", title="copy")
    >>> [t.get_text() for t in figure.axes[0].get_xticklabels()], figure.axes[0].get_title()
    (['a', 'b', 'c'], 'copy')
    """
    weights = np.asarray(weights, dtype=float)[: len(target), : len(source)]
    figure, ax = _figure_of(ax, (0.28 * len(source) + 1.8, 0.3 * len(target) + 1.4))
    image = ax.imshow(weights, cmap="Blues", vmin=0.0, vmax=1.0, aspect="auto")
    ax.set_xticks(range(len(source)), [c if c != " " else "␣" for c in source])
    ax.set_yticks(range(len(target)), list(target))
    ax.set_xlabel("input character")
    ax.set_ylabel("output character")
    if title:
        ax.set_title(title)
    figure.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
    return figure


__all__ += ["plot_attention_map"]
