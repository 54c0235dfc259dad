"""utils.dates: the generated (written date, ISO date) pairs are deterministic, varied, learnable and held out."""

from __future__ import annotations

import datetime
import re
from collections import Counter, defaultdict

import numpy as np
import pytest

from utils import dates


def test_same_seed_same_pairs_other_seed_other_pairs():
    assert dates.generate_pairs(200, seed=5) == dates.generate_pairs(200, seed=5)
    assert dates.generate_pairs(200, seed=5) != dates.generate_pairs(200, seed=6)


def test_every_language_has_at_least_twenty_formats():
    assert set(dates.FORMATS) == set(dates.LANGUAGES) == {"en", "fr", "de", "es"}
    for language, templates in dates.FORMATS.items():
        assert len(set(templates)) == len(templates) >= 20, language


def test_languages_take_turns_and_strings_fit_tx():
    pairs = dates.generate_pairs(4000, seed=1)
    assert Counter(pair.language for pair in pairs) == {language: 1000 for language in dates.LANGUAGES}
    assert max(len(pair.human) for pair in pairs) <= dates.T_x
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", pair.iso) for pair in pairs)
    days = [datetime.date.fromisoformat(pair.iso) for pair in pairs]
    assert min(days) >= dates.FIRST_DATE and max(days) <= dates.LAST_DATE


def test_the_longest_template_fits_tx_even_with_noise():
    longest = datetime.date(2001, 9, 26)  # a Wednesday in September: the longest names in English
    for language, templates in dates.FORMATS.items():
        for template in templates:
            for month in range(1, 13):
                for day in (23, 26, 27, 28):
                    text = dates.written(longest.replace(month=month, day=day), template, language)
                    assert len(text) + 2 <= dates.T_x, (language, template, text)


def test_each_template_family_is_present():
    pairs = dates.generate_pairs(8000, seed=2)
    english = [pair.human.lower() for pair in pairs if pair.language == "en"]
    assert any(re.search(r"\d(st|nd|rd|th)\b", text) for text in english)  # ordinals
    assert any(re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", text) for text in english)  # numeric
    assert any(text.startswith(("monday", "tuesday", "wednesday")) for text in english)  # weekdays
    humans = [pair.human for pair in pairs]
    assert any(text.isupper() for text in humans)  # upper case
    assert any(text.islower() and not text[0].isdigit() for text in humans)  # lower case
    assert any(",," in text or re.search(r"\d, \d", text) or ", " in text for text in humans)  # commas
    assert any("  " in text for text in humans)  # stray double space
    for language, word in (("fr", "1er"), ("de", "den"), ("es", " de ")):
        assert any(word in pair.human.lower() for pair in pairs if pair.language == language)


def test_no_written_form_has_two_meanings():
    """What the model reads (the lower-cased string) determines the date, or 100 % would be impossible."""
    meanings = defaultdict(set)
    for pair in dates.generate_pairs(40_000, seed=3):
        meanings[pair.human.lower()].add(pair.iso)
    ambiguous = {text: isos for text, isos in meanings.items() if len(isos) > 1}
    assert not ambiguous, list(ambiguous.items())[:5]


def test_numeric_conventions():
    day = datetime.date(2021, 3, 14)
    assert dates.written(day, "{M}/{d}/{y}", "en") == "3/14/2021"
    assert dates.written(day, "{dd}.{MM}.{y}", "de") == "14.03.2021"
    assert dates.written(day, "{dd}-{MM}-{y}", "es") == "14-03-2021"
    slashes_day_first = [t for ts in dates.FORMATS.values() for t in ts if re.match(r"\{d+\}/", t)]
    assert not slashes_day_first, "slashes mean month first in this data set"


def test_ordinals():
    assert [
        dates.written(datetime.date(2020, 1, d), "{do}", "en") for d in (1, 2, 3, 4, 11, 12, 13, 21, 22)
    ] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
    ]
    assert dates.written(datetime.date(2020, 5, 1), "{do} {MMMM}", "fr") == "1er mai"
    assert dates.written(datetime.date(2020, 5, 2), "{do} {MMMM}", "fr") == "2 mai"
    assert dates.written(datetime.date(2020, 5, 1), "{do} de {MMMM}", "es") == "1º de mayo"


def test_splits_are_disjoint_balanced_and_large_enough():
    train, val, test = dates.load_splits(20_000, 500, 2_000)
    assert (len(train), len(val), len(test)) == (20_000, 500, 2_000)
    seen = {pair.human for pair in train}
    assert not seen & {pair.human for pair in test}
    assert not seen & {pair.human for pair in val}
    assert Counter(pair.language for pair in test) == {language: 500 for language in dates.LANGUAGES}
    again = dates.load_splits(20_000, 500, 2_000)
    assert again == (train, val, test)


def test_vocabularies_cover_every_generated_character():
    human, machine, inverse = dates.build_vocabularies()
    assert human[dates.PAD] == 0 and human[dates.UNK] == 1
    assert sorted(human.values()) == list(range(len(human)))
    characters = {c for pair in dates.generate_pairs(20_000, seed=4) for c in pair.human.lower()}
    assert characters <= set(human)
    assert set(machine) == set("-0123456789")
    assert all(inverse[index] == character for character, index in machine.items())


def test_encode_texts_pads_cuts_and_marks_unknown():
    human, machine, inverse = dates.build_vocabularies()
    encoded = dates.encode_texts(["MÄRZ?", "x" * 50], 8, human)
    assert encoded.shape == (2, 8) and encoded.dtype == np.int32
    assert encoded[0].tolist() == [human["m"], human["ä"], human["r"], human["z"], 1, 0, 0, 0]
    assert encoded[1].tolist() == [1] * 8  # "x" never occurs in a generated date
    iso = dates.encode_texts(["2020-03-14"], dates.T_y, machine)
    assert dates.decode(iso[0], inverse) == "2020-03-14"
    with pytest.raises(KeyError):
        dates.encode_texts(["2020/03/14"], dates.T_y, machine)
    hot = dates.one_hot(encoded, len(human))
    assert hot.shape == (2, 8, len(human)) and hot.dtype == np.float32
    assert np.array_equal(hot.argmax(-1), encoded) and np.all(hot.sum(-1) == 1)


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="no formats"):
        dates.generate_pairs(3, seed=0, languages=("en", "it"))


def test_attention_probe_returns_every_step_of_this_model_only():
    keras = pytest.importorskip("keras")
    softmax = keras.layers.Softmax(axis=1)
    score = keras.layers.Dense(1)
    x = keras.Input((5, 2))
    steps = [softmax(score(x)) for _ in range(3)]
    model = keras.Model(x, keras.layers.Concatenate()(steps))
    other = keras.Model(x, softmax(score(x)))  # a later call in another model must not be picked up
    probe = dates.attention_probe(model, softmax)
    assert len(probe.outputs) == 3
    weights = [keras.ops.convert_to_numpy(w) for w in probe(np.ones((2, 5, 2), dtype="float32"))]
    assert all(w.shape == (2, 5, 1) and np.allclose(w.sum(axis=1), 1.0) for w in weights)
    assert len(dates.attention_probe(other, softmax).outputs) == 1
    with pytest.raises(ValueError):
        dates.attention_probe(model, keras.layers.Softmax(axis=1))


def test_plot_attention_map_crops_to_the_strings():
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    from utils.plots import plot_attention_map

    figure = plot_attention_map(np.full((10, 40), 0.025), "3 mai", "2020-05-03")
    ax = figure.axes[0]
    assert ax.images[0].get_array().shape == (10, 5)
    assert [t.get_text() for t in ax.get_yticklabels()] == list("2020-05-03")
    assert [t.get_text() for t in ax.get_xticklabels()][1] == "␣"
