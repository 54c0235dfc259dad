"""The dinosaur names data set: clean, split as documented, and its README's statistics true of the files."""

from __future__ import annotations

import hashlib
import re
import statistics
from pathlib import Path

import pytest

from tests.datasets import build_module, readme_statistics

FOLDER = Path(__file__).resolve().parent.parent / "datasets" / "dinosaurs"


def _names(split: str) -> list[str]:
    return (FOLDER / f"{split}.txt").read_text(encoding="ascii").splitlines()


@pytest.fixture(scope="module")
def splits() -> dict[str, list[str]]:
    train, heldout = _names("train"), _names("heldout")
    return {"all": train + heldout, "train": train, "held-out": heldout}


def _recomputed(group: list[str]) -> dict[str, str]:
    lengths = [len(name) for name in group]
    return {
        "names": str(len(group)),
        "letters": str(sum(lengths)),
        "shortest name (letters)": str(min(lengths)),
        "longest name (letters)": str(max(lengths)),
        "mean length (letters)": f"{statistics.mean(lengths):.2f}",
        "median length (letters)": f"{statistics.median(lengths):g}",
        "distinct letters": str(len(set("".join(group)))),
        "names ending in 'saurus'": str(sum(name.endswith("saurus") for name in group)),
    }


def test_readme_statistics_match_the_files(splits):
    table = readme_statistics("dinosaurs", 3)
    assert table, "no statistics table found in datasets/dinosaurs/README.md"
    for column, label in enumerate(("all", "train", "held-out")):
        recomputed = _recomputed(splits[label])
        assert set(table) == set(recomputed), f"README rows {sorted(table)} differ from {sorted(recomputed)}"
        for statistic, value in recomputed.items():
            assert table[statistic][column] == value, (
                f"README says {statistic} ({label}) is {table[statistic][column]}, files give {value}"
            )


def test_readme_prose_counts_match_the_files(splits):
    text = (FOLDER / "README.md").read_text()
    for label in ("all", "train", "held-out"):
        assert f"{len(splits[label]):,}" in text, (
            f"the README never states the {label} count {len(splits[label]):,}"
        )
    share = f"{100 * len(splits['held-out']) / len(splits['all']):.1f}%"
    assert share in text, f"the README does not state the held-out share {share}"


def test_names_are_lower_case_a_to_z_sorted_and_unique(splits):
    for label in ("train", "held-out"):
        names = splits[label]
        bad = [name for name in names if not re.fullmatch(r"[a-z]+", name)]
        assert not bad, f"{label}: entries that are not lower-case a-z: {bad[:5]}"
        assert names == sorted(names), f"{label}.txt is not sorted"
    assert len(set(splits["all"])) == len(splits["all"]), "a name occurs twice"


def test_split_is_disjoint_large_enough_and_follows_the_hash_rule(splits):
    train, heldout = set(splits["train"]), set(splits["held-out"])
    assert train.isdisjoint(heldout), f"names in both splits: {sorted(train & heldout)[:5]}"
    assert len(splits["all"]) >= 1500
    assert len(heldout) >= 0.10 * len(splits["all"]), "fewer than 10% of the names are held out"

    def held_out(name: str) -> bool:
        return int(hashlib.sha256(name.encode()).hexdigest()[:8], 16) % 100 < 12

    assert all(held_out(name) for name in heldout)
    assert not any(held_out(name) for name in train)


def test_excluded_names_are_absent_and_the_supplement_present(splits):
    build = build_module("dinosaurs")
    everything = set(splits["all"])
    assert not everything & set(build.EXCLUDED), "an excluded (non-dinosaur) name is in the data"
    supplement = build.supplement_names()
    assert len(supplement) == len(set(supplement))
    assert set(supplement) <= everything
    for famous in ("tyrannosaurus", "triceratops", "velociraptor", "stegosaurus", "patagotitan"):
        assert famous in everything


def test_cleaning_drops_duplicates_non_letters_and_exclusions():
    build = build_module("dinosaurs")
    raw = ["allosaurus", "allosaurus", "Iguanodon", "tro\u00f6don", "", "zuolong"]
    raw += list(build.EXCLUDED)  # the cleaner insists that every exclusion was seen
    names, report = build.clean(raw)
    assert report["duplicate"] == ["allosaurus"]
    assert report["not a-z"] == ["Iguanodon", "tro\u00f6don"]
    assert "smilodon" in report["excluded"] and "smilodon" not in names
    assert {"allosaurus", "zuolong"} <= set(names)
