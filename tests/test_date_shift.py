"""The shifted date sets of utils.date_shift and the intervals of utils.stats."""

from __future__ import annotations

import datetime

import pytest

from utils.date_shift import HELD_OUT_FORMATS, held_out_template_pairs, out_of_range_pairs
from utils.dates import FORMATS, LANGUAGES, T_x, build_vocabularies, load_splits
from utils.stats import wilson_interval


def test_held_out_templates_never_occur_in_training():
    for language in LANGUAGES:
        assert not set(HELD_OUT_FORMATS[language]) & set(FORMATS[language])
    train, _, _ = load_splits(4000, 8, 8)
    shifted = {pair.human.lower() for pair in held_out_template_pairs(400, seed=10)}
    year_first = [pair for pair in held_out_template_pairs(400, seed=10) if pair.template.startswith("{y}")]
    assert year_first and all(pair.human[:4] == pair.iso[:4] for pair in year_first)
    assert len(shifted & {pair.human.lower() for pair in train}) < 5  # only coincidences of short forms


@pytest.mark.parametrize("make", [held_out_template_pairs, out_of_range_pairs])
def test_shifted_pairs_fit_the_models_inputs(make):
    human_vocab, _, _ = build_vocabularies()
    pairs = make(400, seed=1)
    assert pairs == make(400, seed=1)
    assert [pair.language for pair in pairs[:4]] == list(LANGUAGES)
    for pair in pairs:
        assert len(pair.human) <= T_x
        assert set(pair.human.lower()) <= set(human_vocab), pair.human
        assert datetime.date.fromisoformat(pair.iso)


def test_out_of_range_years_are_outside_training():
    years = [int(pair.iso[:4]) for pair in out_of_range_pairs(400, seed=2)]
    assert all(1700 <= year <= 1899 or 2100 <= year <= 2299 for year in years)
    assert sum(year < 1900 for year in years) == 200


def test_wilson_interval():
    low, high = wilson_interval(1998, 2000)
    assert low < 0.999 < high < 1.0
    assert wilson_interval(0, 10)[0] == 0.0
    with pytest.raises(ValueError):
        wilson_interval(3, 2)
