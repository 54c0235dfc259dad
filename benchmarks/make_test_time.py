"""Wall time of the test suite, as a multiple of one kernel start with TensorFlow imported (same run).

    .venv/bin/python -m benchmarks.make_test_time [--quick]

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

from jupyter_client.manager import start_new_kernel

from autograder.course import quiet_env

ROOT = Path(__file__).resolve().parent.parent


def kernel_with_keras() -> float:
    started = time.perf_counter()
    manager, client = start_new_kernel(kernel_name="python3", cwd=str(ROOT), env=quiet_env())
    reply = client.execute_interactive("import keras", timeout=300, store_history=False)
    client.stop_channels()
    manager.shutdown_kernel(now=True)
    assert reply["content"]["status"] == "ok", reply["content"]
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
