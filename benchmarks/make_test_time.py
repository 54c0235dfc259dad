"""Wall time of the test suite, as a multiple of one kernel start with TensorFlow imported (same run).

    .venv/bin/python benchmarks/make_test_time.py [--quick]

The baseline (start a Python kernel, `import keras`, shut it down) is measured three times before the
suite; the suite's seconds divided by the baseline's median is the figure to compare across machines.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.kernel import NotebookSession  # noqa: E402


def kernel_with_keras() -> float:
    started = time.perf_counter()
    session = NotebookSession(ROOT)
    outcome = session.run("import keras")
    session.close()
    assert outcome.ok, outcome.error
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="time `make test-quick` (not slow tests) instead"
    )
    args = parser.parse_args()
    baseline = statistics.median(kernel_with_keras() for _ in range(3))
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"] + (
        ["-m", "not slow"] if args.quick else []
    )
    started = time.perf_counter()
    process = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    summary = (process.stdout.strip().splitlines() or ["(no output)"])[-1]
    label = "quick subset" if args.quick else "whole suite"
    print(f"baseline, kernel start + import keras (median of 3): {baseline:.1f} s")
    print(f"{label}: {elapsed:.0f} s = {elapsed / baseline:.0f} baselines   [{summary}]")


if __name__ == "__main__":
    main()
