"""The emoji data set: rebuilt exactly by its script, clean, split without near-copies, README statistics true."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.datasets import build_module, readme_statistics

FOLDER = Path(__file__).resolve().parent.parent / "datasets" / "emoji"
NEGATIONS = {"not", "never", "nobody", "nothing", "no", "cannot"}


def _rows(split: str) -> list[tuple[str, int]]:
    with open(FOLDER / f"{split}.csv", newline="", encoding="utf-8") as handle:
        return [(row["sentence"], int(row["label"])) for row in csv.DictReader(handle)]


@pytest.fixture(scope="module")
def splits() -> dict[str, list[tuple[str, int]]]:
    return {"train": _rows("train"), "test": _rows("test")}


def test_files_are_what_build_py_writes():
    build = build_module("emoji")
    train, test = build.split()
    assert (FOLDER / "train.csv").read_text() == build.to_csv(train)
    assert (FOLDER / "test.csv").read_text() == build.to_csv(test)


def test_sizes_labels_and_balance(splits):
    assert len(splits["train"]) >= 250 and len(splits["test"]) >= 100
    for rows in splits.values():
        counts = [sum(label == k for _, label in rows) for k in range(5)]
        assert min(counts) > 0 and max(counts) <= 1.1 * min(counts), counts
        assert {label for _, label in rows} == set(range(5))


def test_no_duplicate_and_no_near_copy_across_splits(splits):
    build = build_module("emoji")
    everything = [s.lower() for rows in splits.values() for s, _ in rows]
    assert len(everything) == len(set(everything)), "a sentence appears twice"
    near = [
        (a, b)
        for a, _ in splits["test"]
        for b, _ in splits["train"]
        if build.jaccard(a, b) > build.NEAR_COPY_JACCARD
    ]
    assert not near, f"near-copies across the splits: {near[:5]}"


def test_jaccard_flags_a_near_copy():
    build = build_module("emoji")
    assert build.jaccard("I love my dog", "i love my dog") == 1.0
    assert build.jaccard("the pasta was delicious", "the pasta was really delicious") == 0.8
    assert build.jaccard("the pasta was delicious", "we lost the game") < 0.2


def test_check_rejects_bad_data():
    build = build_module("emoji")
    with pytest.raises(ValueError, match="near-copy"):
        build.check([("we lost the game by one point", 1)], [("We lost the game by one point today", 1)])
    with pytest.raises(ValueError, match="only letters"):
        build.check([("hello, world", 2)], [("fine", 2)])


def test_readme_statistics_match_the_files(splits):
    table = readme_statistics("emoji", 2)
    train_words = {w for s, _ in splits["train"] for w in s.lower().split()}
    columns = []
    for name in ("train", "test"):
        rows = splits[name]
        lengths = [len(s.split()) for s, _ in rows]
        stats = {
            "sentences": str(len(rows)),
            "shortest (words)": str(min(lengths)),
            "longest (words)": str(max(lengths)),
            "mean length (words)": f"{sum(lengths) / len(lengths):.2f}",
            "with a negation word": str(sum(any(w in NEGATIONS for w in s.lower().split()) for s, _ in rows)),
            "with a word absent from train": str(
                sum(any(w not in train_words for w in s.lower().split()) for s, _ in rows)
            ),
        }
        for k, label in enumerate(("heart", "baseball", "smile", "disappointed", "fork_and_knife")):
            stats[label] = str(sum(y == k for _, y in rows))
        columns.append(stats)
    for statistic, (train_value, test_value) in table.items():
        assert [train_value, test_value] == [columns[0][statistic], columns[1][statistic]], statistic
    assert set(table) == set(columns[0])
