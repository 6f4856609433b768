"""Timing shared by the linear-time tests (ratios in one run, never absolute limits)."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_time(fn: Callable[[str], object], text: str, runs: int = 3) -> float:
    """The fastest of ``runs`` calls of ``fn(text)``, in seconds (noise only adds time)."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - start)
    return best
