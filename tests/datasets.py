"""Helpers for the tests of ``datasets/<name>/``: load its build script, read its README's statistics."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

DATASETS = Path(__file__).resolve().parent.parent / "datasets"


def dataset_module(name: str, script: str) -> ModuleType:
    """``datasets/<name>/<script>.py`` imported as a module (the folders are not packages)."""
    spec = importlib.util.spec_from_file_location(f"{name}_{script}", DATASETS / name / f"{script}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_module(name: str) -> ModuleType:
    """``datasets/<name>/build.py`` imported as a module."""
    return dataset_module(name, "build")


def readme_statistics(name: str, columns: int) -> dict[str, list[str]]:
    """``statistic -> [value per column]`` from the table under ``## Statistics`` in the README.

    ``columns`` counts the value columns after the statistic's name; rows of another width are skipped.
    """
    text = (DATASETS / name / "README.md").read_text(encoding="utf-8")
    section = text.split("## Statistics", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == columns + 1 and cells[0] not in ("statistic", "---"):
            rows[cells[0]] = cells[1:]
    return rows
