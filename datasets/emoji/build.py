"""Build ``train.csv`` and ``test.csv`` of the emoji data set from ``sentences/<label>.txt``.

Every sentence was written for Sequence Models Lab. Each class keeps its sentences in one plain text file,
one sentence per line (``sentences/heart.txt``, ...). The split is not chosen by hand: within a class, the
sentences are ordered by the SHA-256 of their text and the first ``TEST_PER_CLASS`` go to the test split,
so the test set is an unbiased sample of what was written.
The script then checks the data (allowed characters, no duplicates, no near-copy across the splits,
balance) and writes both files in a fixed shuffled order. Run ``python datasets/emoji/build.py`` to
rebuild; ``--check`` only verifies that the committed files match.
"""

from __future__ import annotations

import csv
import hashlib
import io
import random
import re
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
LABELS = ("heart", "baseball", "smile", "disappointed", "fork_and_knife")
TEST_PER_CLASS = 100
NEAR_COPY_JACCARD = 0.8  # token-set Jaccard similarity above which two sentences count as near-copies
SHUFFLE_SEED = 2024
ALLOWED = re.compile(r"^[A-Za-z]+( [A-Za-z]+)*$")  # words and single spaces; no punctuation, no digits


def tokens(sentence: str) -> set[str]:
    """The set of lower-case words of a sentence (what the near-copy check compares)."""
    return set(sentence.lower().split())


def jaccard(a: str, b: str) -> float:
    """Token-set Jaccard similarity of two sentences, between 0 (no word shared) and 1 (same words)."""
    ta, tb = tokens(a), tokens(b)
    return len(ta & tb) / len(ta | tb)


def split() -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """``(train, test)`` lists of ``(sentence, label)``, checked and in their final order."""
    train, test = [], []
    for label, name in enumerate(LABELS):
        sentences = (FOLDER / "sentences" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
        by_hash = sorted(sentences, key=lambda s: hashlib.sha256(s.encode()).hexdigest())
        test += [(s, label) for s in by_hash[:TEST_PER_CLASS]]
        train += [(s, label) for s in by_hash[TEST_PER_CLASS:]]
    check(train, test)
    random.Random(SHUFFLE_SEED).shuffle(train)
    random.Random(SHUFFLE_SEED + 1).shuffle(test)
    return train, test


def check(train: list[tuple[str, int]], test: list[tuple[str, int]]) -> None:
    """Raise ``ValueError`` on a malformed sentence, a duplicate, a near-copy across splits or imbalance."""
    everything = train + test
    for sentence, _ in everything:
        if not ALLOWED.match(sentence):
            raise ValueError(f"only letters and single spaces are allowed: {sentence!r}")
    lowered = [s.lower() for s, _ in everything]
    duplicates = {s for s in lowered if lowered.count(s) > 1}
    if duplicates:
        raise ValueError(f"duplicate sentences: {sorted(duplicates)}")
    for a, _ in test:
        for b, _ in train:
            if jaccard(a, b) > NEAR_COPY_JACCARD:
                raise ValueError(f"near-copy across splits: {a!r} / {b!r}")
    for part in (train, test):
        counts = [sum(label == k for _, label in part) for k in range(len(LABELS))]
        if max(counts) > 1.1 * min(counts):
            raise ValueError(f"unbalanced classes: {counts}")


def to_csv(rows: list[tuple[str, int]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["sentence", "label"])
    writer.writerows(rows)
    return buffer.getvalue()


def main(argv: list[str]) -> int:
    train, test = split()
    files = {"train.csv": to_csv(train), "test.csv": to_csv(test)}
    if "--check" in argv:
        stale = [name for name, text in files.items() if (FOLDER / name).read_text() != text]
        if stale:
            print(f"out of date: {stale}; run python datasets/emoji/build.py")
            return 1
        print("train.csv and test.csv match build.py")
        return 0
    for name, text in files.items():
        (FOLDER / name).write_text(text)
    for name, rows in (("train", train), ("test", test)):
        counts = {n: sum(label == k for _, label in rows) for k, n in enumerate(LABELS)}
        print(f"{name}: {len(rows)} sentences {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
