"""Fuzz target: ``normalize_with_offsets`` with every preset.

Invariants: never raises on a ``str``; ``.text`` equals ``normalize()``; the
result is idempotent; every normalised position maps back inside the original,
monotonically, and single characters map to non-empty original spans.

Run: ``python fuzz/fuzz_normalize.py -runs=100000`` (see ``fuzz/_harness.py``).
"""

from __future__ import annotations

import sys

import _harness

from moroccan_social_news import _normalize

__all__ = ["check"]

PRESETS = tuple(sorted(_normalize.normalization_presets()))


def check(text: str) -> None:
    for preset in PRESETS:
        res = _normalize.normalize_with_offsets(text, preset)
        assert res.original == text
        assert res.text == _normalize.normalize(text, preset), preset
        assert _normalize.normalize(res.text, preset) == res.text, ("not idempotent", preset)
        n, o = len(res.text), len(text)
        last = 0
        for i in range(0, n + 1, max(1, n // 64)):
            s, e = res.original_span(i, i)
            assert 0 <= s == e <= o, (preset, i, s, e)
            assert s >= last, (preset, i)
            last = s
        for i in range(0, n, max(1, n // 64)):
            s, e = res.original_span(i, i + 1)
            assert 0 <= s < e <= o, (preset, i, s, e)
        s, e = res.original_span(0, n)
        assert 0 <= s <= e <= o
        ns, ne = res.normalized_span(0, o)
        assert 0 <= ns <= ne <= n


if __name__ == "__main__":
    _harness.run(check, sys.argv)
