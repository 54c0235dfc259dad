"""Dates the translators never trained on: written in held-out templates, or in years outside 1900-2099.

Notebook 4 (``date_translation``) and notebook 8 (``transformer``) train on :mod:`utils.dates`, whose
dates lie between :data:`utils.dates.FIRST_DATE` and :data:`utils.dates.LAST_DATE` and are written with
the templates of :data:`utils.dates.FORMATS`. This module draws two test sets outside that distribution,
to measure what a model learned beyond its training data:

* :func:`held_out_template_pairs`: dates in the training range, written with :data:`HELD_OUT_FORMATS`,
  templates that never occur in training (year first, "the 3rd of March" without the comma, ...);
* :func:`out_of_range_pairs`: the training templates, with years 1700-1899 or 2100-2299.

Strings are written as the template says (no case changes or stray commas), so the only novelty is the
one being measured.

>>> pairs = held_out_template_pairs(8, seed=0)
>>> [pair.language for pair in pairs[:4]], all(pair.template not in FORMATS[pair.language] for pair in pairs)
(['en', 'fr', 'de', 'es'], True)
>>> sorted({pair.iso[:2] for pair in out_of_range_pairs(200, seed=0)})
['17', '18', '21', '22']
"""

from __future__ import annotations

import datetime
import random
from typing import NamedTuple

from utils.dates import FIRST_DATE, FORMATS, LANGUAGES, LAST_DATE, written

__all__ = ["HELD_OUT_FORMATS", "ShiftedPair", "held_out_template_pairs", "out_of_range_pairs"]

# Templates (fields as in utils.dates.FORMATS) that no training string is written with. The first two
# of each language put the year first; the others recombine pieces the training templates use apart.
HELD_OUT_FORMATS: dict[str, tuple[str, ...]] = {
    "en": (
        "{y} {MMMM} {d}",
        "{y}/{MM}/{dd}",
        "the {do} of {MMMM} {y}",
        "{MMMM} the {do}, {y}",
        "{do} {MMM} {y}",
    ),
    "fr": ("{y} {MMMM} {d}", "{y}/{MM}/{dd}", "le {d} {MMM} {y}", "{EEE} {do} {MMMM} {y}"),
    "de": ("{y} {MMMM} {d}", "{y}/{MM}/{dd}", "{d}. {MMMM}, {y}", "{EEE} {d}. {MMMM} {y}"),
    "es": ("{y} {MMMM} {d}", "{y}/{MM}/{dd}", "el {d} de {MMM} de {y}", "{EEE}, {do} de {MMMM} de {y}"),
}

# Years outside utils.dates' 1900-2099, as (first, last) dates: two centuries before and two after.
_OUTSIDE = (
    (datetime.date(1700, 1, 1), datetime.date(1899, 12, 31)),
    (datetime.date(2100, 1, 1), datetime.date(2299, 12, 31)),
)


class ShiftedPair(NamedTuple):
    """One example: the written date, its ISO 8601 form, its language and the template it was written with."""

    human: str
    iso: str
    language: str
    template: str


def _between(rng: random.Random, first: datetime.date, last: datetime.date) -> datetime.date:
    return first + datetime.timedelta(days=rng.randrange((last - first).days + 1))


def held_out_template_pairs(n: int, seed: int) -> list[ShiftedPair]:
    """``n`` dates between 1900 and 2099 written with :data:`HELD_OUT_FORMATS`, languages taking turns.

    >>> held_out_template_pairs(2, seed=3) == held_out_template_pairs(2, seed=3)
    True
    """
    rng = random.Random(seed)
    pairs = []
    for index in range(n):
        language = LANGUAGES[index % len(LANGUAGES)]
        date = _between(rng, FIRST_DATE, LAST_DATE)
        template = rng.choice(HELD_OUT_FORMATS[language])
        pairs.append(ShiftedPair(written(date, template, language), date.isoformat(), language, template))
    return pairs


def out_of_range_pairs(n: int, seed: int) -> list[ShiftedPair]:
    """``n`` dates from 1700-1899 or 2100-2299 (half each) written with the training templates.

    >>> pair = out_of_range_pairs(1, seed=0)[0]
    >>> pair.template in FORMATS[pair.language], not 1900 <= int(pair.iso[:4]) <= 2099
    (True, True)
    """
    rng = random.Random(seed)
    pairs = []
    for index in range(n):
        language = LANGUAGES[index % len(LANGUAGES)]
        first, last = _OUTSIDE[(index // len(LANGUAGES)) % len(_OUTSIDE)]
        date = _between(rng, first, last)
        template = rng.choice(FORMATS[language])
        pairs.append(ShiftedPair(written(date, template, language), date.isoformat(), language, template))
    return pairs


def _check_held_out() -> None:
    for language, templates in HELD_OUT_FORMATS.items():
        shared = set(templates) & set(FORMATS[language])
        if shared:
            raise AssertionError(f"held-out templates of {language} also used in training: {sorted(shared)}")


_check_held_out()
