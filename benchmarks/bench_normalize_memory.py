"""Peak memory of the normalisers on a large text (issue: at most ~4x the input).

Run: ``python benchmarks/bench_normalize_memory.py [--mb 100]``. Builds a text of
about ``--mb`` MB (UTF-8) by repeating the seed article and reports the peak traced
allocation of ``normalize`` and ``normalize_with_offsets`` (``search`` preset) as a
multiple of the input string's own size.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from collections.abc import Callable

import moroccan_social_news as msn


def peak_ratio(text: str, func: Callable[[str], object]) -> tuple[float, float]:
    """Peak traced memory of ``func(text)`` over the size of ``text``, and seconds."""
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    start = time.perf_counter()
    result = func(text)
    took = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    del result
    return peak / sys.getsizeof(text), took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=100.0, help="text size in MB (UTF-8)")
    args = parser.parse_args()
    seed = msn.load_article("000_f74c56cb0e906b4f").text + "\n"
    text = seed * max(1, int(args.mb * 1e6 // len(seed.encode())))
    print(
        f"{len(text.encode()) / 1e6:.0f} MB UTF-8, {len(text) / 1e6:.1f} M characters, "
        f"str object {sys.getsizeof(text) / 1e6:.0f} MB"
    )
    for name, func in (
        ("normalize", msn.normalize),
        ("normalize_with_offsets", msn.normalize_with_offsets),
    ):
        ratio, took = peak_ratio(text, func)
        print(f"{name}: peak {ratio:.2f}x the input string ({took:.1f} s under tracemalloc)")


if __name__ == "__main__":
    main()
