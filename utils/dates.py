"""Dates as people write them, paired with ISO 8601, in English, French, German and Spanish.

The ``date_translation`` notebook trains a translator from strings such as ``"Tue, 3 Mar 2020"``,
``"le 1er mai 1987"``, ``"Mittwoch, den 9. Juli 2031"`` or ``"el 5 de enero de 1999"`` to
``"YYYY-MM-DD"``. Everything is generated here from a seed, so the data set needs no files: Faker draws
the dates, Babel (CLDR) supplies the month and weekday names of each language, and a few dozen written
templates per language (weekdays, ordinals, abbreviations, numeric forms) plus case changes and stray
commas give the variety.

A purely numeric date carries no language, so each numeric layout has one meaning in this data set:
slashes are American month/day/year (``3/14/2021``), dots and dashes with the year last are day first
(``14.03.2021``, ``14-03-2021``), and a leading four-digit year is year/month/day.

>>> import datetime
>>> written(datetime.date(2021, 3, 3), "{EEEE}, the {do} of {MMMM} {y}", "en")
'Wednesday, the 3rd of March 2021'
>>> written(datetime.date(2021, 3, 3), "{EEEE}, den {d}. {MMMM} {y}", "de")
'Mittwoch, den 3. März 2021'
>>> pairs = generate_pairs(3, seed=7)
>>> [pair.iso for pair in pairs] == [pair.iso for pair in generate_pairs(3, seed=7)]
True
>>> human_vocab, machine_vocab, inv_machine_vocab = build_vocabularies()
>>> human_vocab["<pad>"], human_vocab["<unk>"], "".join(sorted(machine_vocab))
(0, 1, '-0123456789')
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from functools import cache
from typing import NamedTuple

import numpy as np
from babel.dates import get_day_names, get_month_names
from faker import Faker

from utils.core import one_hot

__all__ = [
    "LANGUAGES",
    "FORMATS",
    "FIRST_DATE",
    "LAST_DATE",
    "T_x",
    "T_y",
    "PAD",
    "UNK",
    "DatePair",
    "written",
    "generate_pairs",
    "load_splits",
    "build_vocabularies",
    "encode_texts",
    "one_hot",
    "decode",
    "attention_probe",
]

LANGUAGES = ("en", "fr", "de", "es")
FIRST_DATE = datetime.date(1900, 1, 1)
LAST_DATE = datetime.date(2099, 12, 31)
T_x = 40  # longest written date the model reads (longer inputs are cut); every generated one fits
T_y = 10  # "YYYY-MM-DD"
PAD = "<pad>"
UNK = "<unk>"

# Template fields: {d} day, {dd} zero-padded day, {do} ordinal day, {M} / {MM} month number,
# {MMM} / {MMMM} abbreviated / full month name, {EEE} / {EEEE} abbreviated / full weekday, {y} year;
# {MMM_} and {EEE_} are the abbreviations without their final dot ("janv" for "janv.").
FORMATS: dict[str, tuple[str, ...]] = {
    "en": (
        "{MMMM} {d}, {y}",
        "{MMM} {d}, {y}",
        "{MMM}. {d}, {y}",
        "{MMMM} {d} {y}",
        "{MMMM} {dd}, {y}",
        "{d} {MMMM} {y}",
        "{d} {MMM} {y}",
        "{dd} {MMM} {y}",
        "{d}-{MMM}-{y}",
        "{EEEE}, {MMMM} {d}, {y}",
        "{EEE}, {MMM} {d}, {y}",
        "{EEEE} {d} {MMMM} {y}",
        "{EEE} {d} {MMM} {y}",
        "{EEE} {MMM} {dd} {y}",
        "{MMMM} {do}, {y}",
        "{do} {MMMM} {y}",
        "{do} of {MMMM} {y}",
        "the {do} of {MMMM}, {y}",
        "{EEEE}, the {do} of {MMMM} {y}",
        "{EEEE} {MMMM} {do} {y}",
        "{M}/{d}/{y}",
        "{MM}/{dd}/{y}",
        "{y}-{MM}-{dd}",
    ),
    "fr": (
        "{d} {MMMM} {y}",
        "{dd} {MMMM} {y}",
        "{d} {MMM} {y}",
        "{d} {MMM_} {y}",
        "{EEEE} {d} {MMMM} {y}",
        "{EEEE}, {d} {MMMM} {y}",
        "{EEEE} {dd} {MMMM} {y}",
        "{EEE} {d} {MMM} {y}",
        "{EEE_} {d} {MMM_} {y}",
        "le {d} {MMMM} {y}",
        "le {do} {MMMM} {y}",
        "le {EEEE} {d} {MMMM} {y}",
        "{EEEE} le {d} {MMMM} {y}",
        "{EEEE} {do} {MMMM} {y}",
        "{do} {MMMM} {y}",
        "{d} {MMMM}, {y}",
        "{dd}.{MM}.{y}",
        "{dd}-{MM}-{y}",
        "{d}.{M}.{y}",
        "{EEEE} {dd}.{MM}.{y}",
        "{y}-{MM}-{dd}",
    ),
    "de": (
        "{d}. {MMMM} {y}",
        "{dd}. {MMMM} {y}",
        "{d}. {MMM} {y}",
        "{d}. {MMM_} {y}",
        "{d} {MMMM} {y}",
        "{d}.{MMMM} {y}",
        "{EEEE}, {d}. {MMMM} {y}",
        "{EEEE}, den {d}. {MMMM} {y}",
        "{EEEE}, der {d}. {MMMM} {y}",
        "{EEEE} {d}. {MMMM} {y}",
        "{EEE}, {d}. {MMM} {y}",
        "{EEE_} {d}. {MMM_} {y}",
        "am {d}. {MMMM} {y}",
        "am {EEEE}, {d}. {MMMM} {y}",
        "den {d}. {MMMM} {y}",
        "{dd}.{MM}.{y}",
        "{d}.{M}.{y}",
        "{EEEE}, {dd}.{MM}.{y}",
        "{EEE}, {dd}.{MM}.{y}",
        "{dd}-{MM}-{y}",
        "{y}-{MM}-{dd}",
    ),
    "es": (
        "{d} de {MMMM} de {y}",
        "{dd} de {MMMM} de {y}",
        "{d} de {MMMM}, {y}",
        "{EEEE}, {d} de {MMMM} de {y}",
        "{EEEE} {d} de {MMMM} de {y}",
        "{EEEE} {d} de {MMMM} del {y}",
        "el {d} de {MMMM} de {y}",
        "el {EEEE} {d} de {MMMM} de {y}",
        "{do} de {MMMM} de {y}",
        "{EEEE}, {do} de {MMMM} de {y}",
        "{d} {MMMM} {y}",
        "{d} {MMM} {y}",
        "{d}-{MMM}-{y}",
        "{EEE}, {d} {MMM} {y}",
        "{EEE} {d} de {MMM} de {y}",
        "{MMMM} {d} de {y}",
        "{dd}-{MM}-{y}",
        "{d}-{M}-{y}",
        "{dd}.{MM}.{y}",
        "{EEEE} {dd}-{MM}-{y}",
        "{y}-{MM}-{dd}",
    ),
}

# How the case of a whole string is changed, with its probability: people type in every case, and the
# model sees the lower-cased string anyway, so these teach the encoding step rather than the network.
_CASES = (("as written", 0.55), ("lower", 0.2), ("upper", 0.1), ("title", 0.1), ("mixed", 0.05))
_STRAY_COMMA = 0.08  # probability of a comma after a random word ("March, 3 2021")
_DOUBLE_SPACE = 0.04  # probability of two spaces where one was meant


class DatePair(NamedTuple):
    """One example: the date as written, its ISO 8601 form and the language it is written in."""

    human: str
    iso: str
    language: str


@cache
def _names(language: str) -> dict[str, dict[int, str]]:
    """Month (1-12) and weekday (0 = Monday) names from CLDR, in the 'format' context."""
    return {
        "MMMM": dict(get_month_names("wide", locale=language)),
        "MMM": dict(get_month_names("abbreviated", locale=language)),
        "EEEE": dict(get_day_names("wide", locale=language)),
        "EEE": dict(get_day_names("abbreviated", locale=language)),
    }


def _ordinal(day: int, language: str) -> str:
    """The day of the month as an ordinal: 1st/2nd/23rd, 1er, 1º (German writes the dot itself)."""
    if language == "en":
        suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{day}{suffix}"
    if language == "fr":
        return "1er" if day == 1 else str(day)
    if language == "es":
        return "1º" if day == 1 else str(day)
    return f"{day}."


def written(date: datetime.date, template: str, language: str) -> str:
    """Fill a template from :data:`FORMATS` with ``date`` in ``language`` (names from Babel).

    >>> written(datetime.date(1987, 5, 1), "le {do} {MMMM} {y}", "fr")
    'le 1er mai 1987'
    >>> written(datetime.date(1999, 1, 5), "{EEE_} {d} {MMM_} {y}", "fr")
    'mar 5 janv 1999'
    >>> written(datetime.date(2031, 7, 9), "{M}/{d}/{y}", "en")
    '7/9/2031'
    """
    names = _names(language)
    fields = {
        "d": str(date.day),
        "dd": f"{date.day:02d}",
        "do": _ordinal(date.day, language),
        "M": str(date.month),
        "MM": f"{date.month:02d}",
        "MMM": names["MMM"][date.month],
        "MMMM": names["MMMM"][date.month],
        "EEE": names["EEE"][date.weekday()],
        "EEEE": names["EEEE"][date.weekday()],
        "y": f"{date.year:04d}",
    }
    fields["MMM_"] = fields["MMM"].rstrip(".")
    fields["EEE_"] = fields["EEE"].rstrip(".")
    return template.format(**fields)


def _change_case(text: str, how: str, rng) -> str:
    if how == "lower":
        return text.lower()
    if how == "upper":
        return text.upper()
    if how == "title":
        return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))
    if how == "mixed":
        return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in text)
    return text


def _add_noise(text: str, rng) -> str:
    words = text.split(" ")
    if len(words) > 1 and rng.random() < _STRAY_COMMA:
        where = rng.randrange(len(words) - 1)
        if not words[where].endswith(","):
            words[where] += ","
    text = " ".join(words)
    if " " in text and rng.random() < _DOUBLE_SPACE:
        spaces = [i for i, c in enumerate(text) if c == " "]
        where = rng.choice(spaces)
        text = text[:where] + " " + text[where:]
    return text


def generate_pairs(n: int, seed: int, languages: Sequence[str] = LANGUAGES) -> list[DatePair]:
    """``n`` (written date, ISO date, language) examples drawn deterministically from ``seed``.

    Languages take turns (``n // len(languages)`` each, the first ones one more when ``n`` does not
    divide); within a language every template is equally likely. Dates are uniform between
    :data:`FIRST_DATE` and :data:`LAST_DATE`. Every string has at most :data:`T_x` characters.

    >>> generate_pairs(4, seed=0)[0].language, len(generate_pairs(4, seed=0))
    ('en', 4)
    >>> all(len(pair.human) <= T_x for pair in generate_pairs(400, seed=1))
    True
    """
    unknown = set(languages) - set(FORMATS)
    if unknown:
        raise ValueError(f"no formats for language(s) {sorted(unknown)}; known: {list(FORMATS)}")
    fake = Faker()
    fake.seed_instance(seed)
    rng = fake.random  # one random.Random drives every choice, so the seed fixes the whole list
    cases, weights = zip(*_CASES, strict=True)
    pairs = []
    for index in range(n):
        language = languages[index % len(languages)]
        date = fake.date_between(start_date=FIRST_DATE, end_date=LAST_DATE)
        template = rng.choice(FORMATS[language])
        text = written(date, template, language)
        text = _change_case(text, rng.choices(cases, weights)[0], rng)
        noisy = _add_noise(text, rng)
        pairs.append(DatePair(noisy if len(noisy) <= T_x else text, date.isoformat(), language))
    return pairs


def load_splits(
    n_train: int, n_val: int, n_test: int, seed: int = 0
) -> tuple[list[DatePair], list[DatePair], list[DatePair]]:
    """Training, validation and test pairs from three disjoint seeds (``seed``, ``seed + 1``, ``seed + 2``).

    Validation and test examples whose written form also occurs in the training set are replaced by fresh
    ones, so the held-out sets measure generalisation, not memory.

    >>> train, val, test = load_splits(40, 8, 8)
    >>> len(train), len(val), len(test), not {p.human for p in test} & {p.human for p in train}
    (40, 8, 8, True)
    """
    train = generate_pairs(n_train, seed)
    seen = {pair.human for pair in train}
    held_out = []
    for offset, size in ((1, n_val), (2, n_test)):
        quota = {language: size // len(LANGUAGES) for language in LANGUAGES}
        for language in LANGUAGES[: size % len(LANGUAGES)]:
            quota[language] += 1
        kept: list[DatePair] = []
        draw = 0
        while len(kept) < size:
            # each extra draw uses its own seed far from the others; a collision only costs one example
            for pair in generate_pairs(size, seed + offset + 1000 * draw):
                if pair.human not in seen and quota[pair.language] > 0:
                    quota[pair.language] -= 1
                    kept.append(pair)
            draw += 1
        held_out.append(kept)
    return train, held_out[0], held_out[1]


def _all_characters() -> set[str]:
    """Every lower-case character a generated string can contain, found by writing sample dates.

    The sample covers every month, every weekday and the days with special ordinals, in every template
    of every language, so the vocabulary does not depend on how many examples were drawn.
    """
    days = (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 28)
    samples = [datetime.date(2001, month, day) for month in range(1, 13) for day in days]
    characters = set("0123456789 ,")  # digits of any year, and the space and comma the noise inserts
    for language, templates in FORMATS.items():
        for template in templates:
            for date in samples:
                characters.update(written(date, template, language).lower())
    return characters


def build_vocabularies() -> tuple[dict[str, int], dict[str, int], dict[int, str]]:
    """Character vocabularies: ``human_vocab``, ``machine_vocab`` and ``inv_machine_vocab``.

    ``human_vocab`` maps ``<pad>`` to 0, ``<unk>`` to 1, then every lower-case character that the
    templates of :data:`FORMATS` can produce, in sorted order. ``machine_vocab`` maps the characters of
    ISO dates (``-`` and the digits), which need neither padding nor an unknown symbol since every ISO
    date has exactly :data:`T_y` known characters.

    >>> human, machine, inverse = build_vocabularies()
    >>> list(human)[:6], len(human)
    (['<pad>', '<unk>', ' ', ',', '-', '.'], 46)
    >>> inverse[machine["7"]]
    '7'
    """
    human_vocab = {PAD: 0, UNK: 1}
    for character in sorted(_all_characters()):
        human_vocab[character] = len(human_vocab)
    machine_vocab = {c: i for i, c in enumerate("-0123456789")}
    inv_machine_vocab = {i: c for c, i in machine_vocab.items()}
    return human_vocab, machine_vocab, inv_machine_vocab


def encode_texts(texts: Iterable[str], length: int, vocab: dict[str, int]) -> np.ndarray:
    """A whole batch of strings as an int32 array ``(m, length)`` of indices into ``vocab``.

    Strings are lower-cased, cut after ``length`` characters and filled up on the right with ``<pad>``;
    characters missing from ``vocab`` become ``<unk>`` (or stay as they are when ``vocab`` is the machine
    vocabulary, which has neither: then every character must be known).

    >>> vocab = {"<pad>": 0, "<unk>": 1, "a": 2, "b": 3}
    >>> encode_texts(["Ab", "bxaab"], 4, vocab).tolist()
    [[2, 3, 0, 0], [3, 1, 2, 2]]
    """
    texts = list(texts)
    pad, unk = vocab.get(PAD), vocab.get(UNK)
    out = np.full((len(texts), length), pad if pad is not None else 0, dtype=np.int32)
    for row, text in enumerate(texts):
        for column, character in enumerate(text.lower()[:length]):
            index = vocab.get(character, unk)
            if index is None:
                raise KeyError(f"{character!r} is not in the vocabulary, which has no {UNK}")
            out[row, column] = index
    return out


def decode(indices: Iterable[int], inv_vocab: dict[int, str]) -> str:
    """Indices back to a string, leaving out ``<pad>``.

    >>> decode([4, 2, 0], {0: "<pad>", 2: "a", 4: "m"})
    'ma'
    """
    return "".join(inv_vocab[int(i)] for i in indices if inv_vocab[int(i)] != PAD)


def attention_probe(model, softmax_layer):
    """A Keras model from ``model``'s input to the output of every call of ``softmax_layer`` inside it.

    The attention weights of a translator are intermediate results: the softmax layer shared by all
    decoder steps is called once per output character, and none of those calls is an output of the
    model. The probe exposes them, in call order (one ``(m, T_x, 1)`` output per decoder step), without
    re-implementing the model. Calls of the same layer made while building *other* models are ignored.

    Public Keras API only: a functional model's configuration lists, for each layer, the calls made in
    that model (``inbound_nodes``, numbered from 0 in call order) and names its outputs as
    ``[layer name, call, output]``. The probe is the same configuration with the softmax calls as its
    outputs, rebuilt with ``Model.from_config`` and given the trained weights, layer by layer: a snapshot
    of ``model`` as it is now (build a new probe after more training).

    >>> import keras
    >>> softmax = keras.layers.Softmax(axis=1)
    >>> x = keras.Input((4, 3))
    >>> first, second = softmax(keras.layers.Dense(1)(x)), softmax(keras.layers.Dense(1)(x))
    >>> model = keras.Model(x, keras.layers.Concatenate()([first, second]))
    >>> probe = attention_probe(model, softmax)
    >>> [tuple(output.shape) for output in probe.outputs]
    [(None, 4, 1), (None, 4, 1)]
    """
    import keras

    config = model.get_config()
    layer = next((entry for entry in config["layers"] if entry["name"] == softmax_layer.name), None)
    if layer is None or not layer["inbound_nodes"]:
        raise ValueError("the model never calls this softmax layer")
    config["output_layers"] = [[softmax_layer.name, call, 0] for call in range(len(layer["inbound_nodes"]))]
    probe = keras.Model.from_config(config)
    for probe_layer in probe.layers:
        probe_layer.set_weights(model.get_layer(probe_layer.name).get_weights())
    return probe
