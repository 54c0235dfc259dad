"""Word vectors as a matrix: unit rows kept once, the analogy benchmark, word-similarity sets, WEAT.

The notebooks hold word vectors in a dict ``word_to_vec_map`` (word -> ``(n_h,)`` array, in the order of
the GloVe file: most frequent word first). Searching 400,000 words for the nearest one is a single matrix
product once the vectors are stacked into a matrix of unit rows; :func:`unit_vectors` builds that matrix
once per dict and keeps it, as gensim's ``KeyedVectors`` keeps its normalised vectors.

Data:

- the Google analogy test set (Mikolov et al., 2013), 19,544 questions in 14 sections, committed under
  ``datasets/word_vectors/`` (Apache-2.0, see its README) and read by :func:`load_analogies`;
- word-similarity sets with human judgements (WordSim-353, SimLex-999), read by :func:`load_word_similarity`
  from the copies inside the pinned gensim wheel (not redistributed by this project).

>>> table = unit_vectors({"a": np.array([3.0, 4.0]), "b": np.array([0.0, 2.0])})
>>> table.words, table.row["b"]
(('a', 'b'), 1)
>>> table.matrix
array([[0.6, 0.8],
       [0. , 1. ]], dtype=float32)
"""

from __future__ import annotations

import importlib.util
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = [
    "ANALOGY_FILE",
    "SIMILARITY_SETS",
    "UnitVectors",
    "unit_rows",
    "unit_vectors",
    "load_analogies",
    "is_syntactic",
    "load_word_similarity",
    "wilson_interval",
    "bootstrap_interval",
    "weat_effect_size",
    "weat_p_value",
]

ANALOGY_FILE = Path(__file__).resolve().parent.parent / "datasets" / "word_vectors" / "questions-words.txt"
# name -> file name inside gensim/test/test_data of the pinned gensim wheel
SIMILARITY_SETS = {"wordsim353": "wordsim353.tsv", "simlex999": "simlex999.txt"}


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    """Each row divided by its Euclidean length (a row of zeros stays zeros), as float32.

    >>> unit_rows(np.array([[3.0, 4.0], [0.0, 0.0]]))
    array([[0.6, 0.8],
           [0. , 0. ]], dtype=float32)
    """
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return matrix / np.where(norms > 0, norms, 1.0)


@dataclass(frozen=True)
class UnitVectors:
    """The words of a ``word_to_vec_map`` in its order, their rows, and the matrix of their unit vectors."""

    words: tuple[str, ...]  # words[i] is the word of row i
    row: dict[str, int]  # row[w] is the row of word w
    matrix: np.ndarray  # (n_words, n_h) float32, every row of length 1 (read-only)


_CACHE_SIZE = 4  # a notebook alternates between GloVe and a few small test tables
_cache: list[tuple[Mapping[str, np.ndarray], int, UnitVectors]] = []  # most recently used last


def unit_vectors(word_to_vec_map: Mapping[str, np.ndarray]) -> UnitVectors:
    """The unit-vector matrix of ``word_to_vec_map``, built once and kept for the last few dicts seen.

    The result is reused while the same dict object with the same number of words is passed again; a
    different dict (or one that grew or shrank) is stacked anew. Do not change a vector inside a dict in
    place after calling this: build a new dict instead (the notebooks do).

    >>> vectors = {"x": np.array([1.0, 0.0]), "y": np.array([1.0, 1.0])}
    >>> unit_vectors(vectors) is unit_vectors(vectors)
    True
    >>> round(float(unit_vectors(vectors).matrix[1] @ unit_vectors(vectors).matrix[0]), 4)
    0.7071
    """
    for position, (mapping, size, table) in enumerate(_cache):
        if mapping is word_to_vec_map and size == len(word_to_vec_map):
            _cache.append(_cache.pop(position))
            return table
    words = tuple(word_to_vec_map)
    if not words:
        raise ValueError("word_to_vec_map is empty")
    matrix = unit_rows(np.stack([np.asarray(word_to_vec_map[w]) for w in words]))
    matrix.setflags(write=False)
    table = UnitVectors(words, {w: i for i, w in enumerate(words)}, matrix)
    _cache.append((word_to_vec_map, len(words), table))
    del _cache[:-_CACHE_SIZE]
    return table


def load_analogies(path: str | Path = ANALOGY_FILE) -> list[tuple[str, str, str, str, str]]:
    """The analogy questions as lower-case ``(section, a, b, c, d)``: "a is to b as c is to d".

    Lines starting with ``:`` open a section; GloVe's words are lower case, so the words are lower-cased
    (gensim's ``case_insensitive=True`` does the same).

    >>> questions = load_analogies()
    >>> len(questions), questions[0]
    (19544, ('capital-common-countries', 'athens', 'greece', 'baghdad', 'iraq'))
    >>> len({q[0] for q in questions})
    14
    """
    questions = []
    section = None
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line:
                continue
            if line.startswith(":"):
                section = line[1:].strip()
                continue
            parts = line.lower().split()
            if section is None or len(parts) != 4:
                raise ValueError(f"{path}:{number}: expected four words inside a section, got {line!r}")
            questions.append((section, *parts))
    return questions


def is_syntactic(section: str) -> bool:
    """True for the nine grammatical sections of the Google set (their names start with ``gram``).

    >>> is_syntactic("gram3-comparative"), is_syntactic("capital-world")
    (True, False)
    """
    return section.startswith("gram")


def _gensim_test_data() -> Path:
    spec = importlib.util.find_spec("gensim")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("the word-similarity sets come with gensim: `pip install gensim==4.4.0`")
    return Path(spec.origin).parent / "test" / "test_data"


def load_word_similarity(name: str) -> list[tuple[str, str, float]]:
    """``(word_1, word_2, human score)`` triples of a word-similarity set, lower-cased.

    ``name`` is ``"wordsim353"`` (353 pairs rated 0-10 for relatedness, Finkelstein et al., 2002) or
    ``"simlex999"`` (999 pairs rated 0-10 for similarity proper, Hill, Reichart and Korhonen, 2015). Both
    are read from the copies in the pinned gensim wheel.

    >>> pairs = load_word_similarity("simlex999")
    >>> len(pairs), pairs[1]
    (999, ('smart', 'intelligent', 9.2))
    """
    if name not in SIMILARITY_SETS:
        raise ValueError(f"unknown word-similarity set {name!r}; choose one of {sorted(SIMILARITY_SETS)}")
    triples = []
    with open(_gensim_test_data() / SIMILARITY_SETS[name], encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            first, second, score = line.rstrip("\n").split("\t")[:3]
            triples.append((first.lower(), second.lower(), float(score)))
    return triples


def wilson_interval(successes: int, trials: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval of a proportion (95% for ``z=1.96``); ``(nan, nan)`` without trials.

    >>> [round(x, 4) for x in wilson_interval(50, 100)]
    [0.4038, 0.5962]
    """
    if trials == 0:
        return (math.nan, math.nan)
    p = successes / trials
    centre = (p + z * z / (2 * trials)) / (1 + z * z / trials)
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / (1 + z * z / trials)
    return (centre - half, centre + half)


def bootstrap_interval(statistic, samples: Sequence, n_boot: int = 1000, seed: int = 0, level: float = 0.95):
    """Percentile bootstrap interval of ``statistic(resampled)`` over the rows of ``samples``.

    ``samples`` is a sequence or array whose rows are resampled with replacement ``n_boot`` times.

    >>> low, high = bootstrap_interval(np.mean, np.arange(100.0), n_boot=200)
    >>> bool(low < 49.5 < high)
    True
    """
    data = np.asarray(samples)
    rng = np.random.default_rng(seed)
    values = np.array([statistic(data[rng.integers(0, len(data), len(data))]) for _ in range(n_boot)])
    tail = (1 - level) / 2
    return float(np.quantile(values, tail)), float(np.quantile(values, 1 - tail))


def _association(W: np.ndarray, A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """s(w, A, B) for every row w of W: mean cosine with A minus mean cosine with B (rows unit length)."""
    return (W @ A.T).mean(axis=1) - (W @ B.T).mean(axis=1)


def _unit_stack(words: Iterable[str], word_to_vec_map: Mapping[str, np.ndarray]) -> np.ndarray:
    return unit_rows(np.stack([np.asarray(word_to_vec_map[w], dtype=np.float64) for w in words]))


def weat_effect_size(X, Y, A, B, word_to_vec_map: Mapping[str, np.ndarray]) -> float:
    """WEAT effect size of Caliskan, Bryson and Narayanan (2017) for target sets X, Y and attributes A, B.

    ``d = (mean_x s(x, A, B) - mean_y s(y, A, B)) / std_{w in X u Y} s(w, A, B)`` with
    ``s(w, A, B) = mean_a cos(w, a) - mean_b cos(w, b)`` and the sample standard deviation. Positive when X
    is closer to A (and Y to B) than the other way round; it lies between -2 and 2.

    >>> toy = {"x": np.array([1.0, 0.1]), "y": np.array([0.1, 1.0]), "a": np.array([1.0, 0.0]),
    ...        "b": np.array([0.0, 1.0]), "x2": np.array([1.0, 0.3]), "y2": np.array([0.2, 1.0])}
    >>> weat_effect_size(["x", "x2"], ["y", "y2"], ["a"], ["b"], toy) > 1.5
    True
    """
    A_, B_ = _unit_stack(A, word_to_vec_map), _unit_stack(B, word_to_vec_map)
    s_x = _association(_unit_stack(X, word_to_vec_map), A_, B_)
    s_y = _association(_unit_stack(Y, word_to_vec_map), A_, B_)
    return float((s_x.mean() - s_y.mean()) / np.concatenate([s_x, s_y]).std(ddof=1))


def weat_p_value(X, Y, A, B, word_to_vec_map, n_permutations: int = 10000, seed: int = 0) -> float:
    """One-sided permutation p-value of the WEAT statistic: how often a random equal split of X u Y does
    at least as well as (X, Y). Sampled permutations (``n_permutations``), so it is itself an estimate,
    never below ``1 / (n_permutations + 1)``.
    """
    A_, B_ = _unit_stack(A, word_to_vec_map), _unit_stack(B, word_to_vec_map)
    s = _association(_unit_stack(list(X) + list(Y), word_to_vec_map), A_, B_)
    n_x = len(X)
    observed = s[:n_x].sum() - s[n_x:].sum()
    rng = np.random.default_rng(seed)
    at_least = 0
    for _ in range(n_permutations):
        order = rng.permutation(len(s))
        at_least += s[order[:n_x]].sum() - s[order[n_x:]].sum() >= observed - 1e-12
    return (at_least + 1) / (n_permutations + 1)
