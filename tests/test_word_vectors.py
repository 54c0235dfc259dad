"""utils.vectors beyond its doctests, and the committed analogy set against its README's statistics."""

from __future__ import annotations

import hashlib
from collections import Counter

import numpy as np
import pytest

from utils import vectors
from utils.vectors import (
    ANALOGY_FILE,
    is_syntactic,
    load_analogies,
    load_word_similarity,
    unit_rows,
    unit_vectors,
    weat_effect_size,
    weat_p_value,
    wilson_interval,
)

SECTIONS = {
    "capital-common-countries": 506,
    "capital-world": 4524,
    "currency": 866,
    "city-in-state": 2467,
    "family": 506,
    "gram1-adjective-to-adverb": 992,
    "gram2-opposite": 812,
    "gram3-comparative": 1332,
    "gram4-superlative": 1122,
    "gram5-present-participle": 1056,
    "gram6-nationality-adjective": 1599,
    "gram7-past-tense": 1560,
    "gram8-plural": 1332,
    "gram9-plural-verbs": 870,
}


def test_analogy_file_is_the_gensim_copy_with_the_readme_statistics():
    digest = hashlib.sha256(ANALOGY_FILE.read_bytes()).hexdigest()
    assert digest == "8c29b3332afc46f3fb8be04cb5297bf96f39aa7131272dff57869b4485b22a36"
    questions = load_analogies()
    assert Counter(q[0] for q in questions) == SECTIONS
    assert list(dict.fromkeys(q[0] for q in questions)) == list(SECTIONS)
    assert len({w for q in questions for w in q[1:]}) == 905
    assert sum(not is_syntactic(q[0]) for q in questions) == 8869
    assert all(w == w.lower() for q in questions for w in q[1:])


def test_load_analogies_rejects_a_question_outside_a_section(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("athens greece baghdad iraq\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.txt:1"):
        load_analogies(path)


def test_word_similarity_sets_have_their_published_sizes():
    assert len(load_word_similarity("wordsim353")) == 353
    assert len(load_word_similarity("simlex999")) == 999
    with pytest.raises(ValueError, match="unknown"):
        load_word_similarity("men3000")


def test_unit_vectors_is_rebuilt_for_a_new_or_resized_dict_and_kept_otherwise():
    first = {"a": np.array([3.0, 4.0]), "b": np.array([1.0, 0.0])}
    table = unit_vectors(first)
    assert unit_vectors(first) is table
    assert not table.matrix.flags.writeable
    other = dict(first)
    assert unit_vectors(other) is not table  # a different dict object
    first["c"] = np.array([0.0, 2.0])
    grown = unit_vectors(first)
    assert grown is not table and grown.words == ("a", "b", "c") and grown.row["c"] == 2
    np.testing.assert_allclose(grown.matrix[2], [0.0, 1.0])


def test_unit_vectors_keeps_a_few_dicts_and_forgets_the_oldest():
    maps = [{"w": np.array([float(i + 1), 1.0])} for i in range(vectors._CACHE_SIZE + 1)]
    tables = [unit_vectors(m) for m in maps]
    assert unit_vectors(maps[-1]) is tables[-1]
    assert unit_vectors(maps[0]) is not tables[0]  # pushed out by the later ones


def test_unit_rows_leaves_zero_rows_alone():
    np.testing.assert_array_equal(unit_rows(np.zeros((2, 3))), np.zeros((2, 3)))


def test_wilson_interval_edges():
    low, high = wilson_interval(0, 10)
    assert low == pytest.approx(0.0, abs=1e-12) and 0.2 < high < 0.35
    low, high = wilson_interval(10, 10)
    assert high == pytest.approx(1.0) and 0.65 < low < 0.8
    assert all(np.isnan(wilson_interval(0, 0)))


def test_weat_is_antisymmetric_and_its_p_value_is_a_probability():
    rng = np.random.default_rng(0)
    table = {f"w{i}": rng.standard_normal(8) for i in range(16)}
    X, Y, A, B = ["w0", "w1", "w2"], ["w3", "w4", "w5"], ["w6", "w7"], ["w8", "w9"]
    d = weat_effect_size(X, Y, A, B, table)
    assert -2 <= d <= 2
    assert weat_effect_size(Y, X, A, B, table) == pytest.approx(-d)
    assert weat_effect_size(X, Y, B, A, table) == pytest.approx(-d)
    p = weat_p_value(X, Y, A, B, table, n_permutations=500)
    assert 1 / 501 <= p <= 1
