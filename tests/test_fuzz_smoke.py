"""A short run of every fuzz harness (fuzz/*.py), as CI runs them.

Each target runs a few hundred inputs in a subprocess with the hypothesis engine
(available wherever the test extras are; atheris is optional), so a harness that
rots or an invariant that breaks fails here. Long runs are manual (docs/benchmarks.md).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parents[1] / "fuzz"
TARGETS = ("fuzz_normalize", "fuzz_parse_amount", "fuzz_dates", "fuzz_extract")


@pytest.mark.parametrize("target", TARGETS)
def test_fuzz_harness_short_run(target: str) -> None:
    done = subprocess.run(
        [sys.executable, str(FUZZ / f"{target}.py"), "-runs=300", "-seed=0", "-engine=hypothesis"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "Done 300 runs" in done.stdout, done.stdout
