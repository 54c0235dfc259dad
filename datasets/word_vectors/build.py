"""Copy the Google analogy test set from the pinned gensim wheel and print its statistics.

    .venv/bin/python datasets/word_vectors/build.py

The file is byte for byte the ``gensim/test/test_data/questions-words.txt`` of gensim 4.4.0 (checked by
its SHA-256), which is the ``questions-words.txt`` of the word2vec project (Apache-2.0). The statistics it
prints are the ones in README.md; ``tests/test_word_vectors.py`` recomputes them from the committed file.
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHA256 = "8c29b3332afc46f3fb8be04cb5297bf96f39aa7131272dff57869b4485b22a36"
NAME = "questions-words.txt"


def main() -> None:
    spec = importlib.util.find_spec("gensim")
    if spec is None or spec.origin is None:
        sys.exit("install the pinned gensim first: pip install gensim==4.4.0")
    source = Path(spec.origin).parent / "test" / "test_data" / NAME
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    if digest != SHA256:
        sys.exit(f"{source} has SHA-256 {digest}, expected {SHA256} (a different gensim version?)")
    shutil.copyfile(source, HERE / NAME)

    from utils.vectors import is_syntactic, load_analogies  # the project is installed (make setup)

    questions = load_analogies(HERE / NAME)
    sections = Counter(q[0] for q in questions)
    words = {w for q in questions for w in q[1:]}
    print(
        f"{len(questions)} questions in {len(sections)} sections, {len(words)} distinct words (lower-cased)"
    )
    print(
        f"semantic {sum(n for s, n in sections.items() if not is_syntactic(s))}, "
        f"syntactic {sum(n for s, n in sections.items() if is_syntactic(s))}"
    )
    for section, count in sections.items():
        print(f"| {section} | {count} |")


if __name__ == "__main__":
    main()
