"""Import cost of ``moroccan_social_news``, against its required dependencies.

Run: ``python benchmarks/import_time.py``. Each import is timed in a fresh
interpreter with ``-X importtime`` (the cumulative microseconds of the top-level
module), best of N runs, and heavy modules found in ``sys.modules`` are listed.
"""

from __future__ import annotations

import re
import subprocess
import sys

RUNS = 7
HEAVY = ("pyarabic", "pandas", "pyarrow", "dask", "cattrs", "jsonschema", "numpy")


def import_us(module: str) -> int:
    best = None
    for _ in range(RUNS):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            capture_output=True,
            text=True,
            check=True,
        )
        pattern = rf"import time:\s+\d+ \|\s+(\d+) \| {re.escape(module)}$"
        match = re.search(pattern, done.stderr, re.MULTILINE)
        assert match, done.stderr[-500:]
        value = int(match.group(1))
        best = value if best is None else min(best, value)
    assert best is not None
    return best


def main() -> None:
    ours = import_us("moroccan_social_news")
    print(f"{'module':<24}{'import (ms)':>12}{'ratio to ours':>16}")
    print(f"{'moroccan_social_news':<24}{ours / 1000:>12.1f}{1.0:>16.2f}")
    for other in ("attrs", "pyarabic.araby", "cattrs"):
        cost = import_us(other)
        print(f"{other:<24}{cost / 1000:>12.1f}{cost / ours:>16.2f}")
    code = f"import sys, moroccan_social_news; print([m for m in {HEAVY!r} if m in sys.modules])"
    heavy = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    print(f"heavy modules imported by `import moroccan_social_news`: {heavy}")


if __name__ == "__main__":
    main()
