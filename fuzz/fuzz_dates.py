"""Fuzz target: ``find_dates``/``parse_date`` (with and without a reference date).

Invariants: never raise on a ``str``; spans lie inside the text and are ordered;
a resolved date is a real ``datetime.date``; the reference date never turns a
mention into an error.

Run: ``python fuzz/fuzz_dates.py -runs=100000`` (see ``fuzz/_harness.py``).
"""

from __future__ import annotations

import datetime as dt
import sys

import _harness

from moroccan_social_news import _dates, _ordinals, _years

__all__ = ["check"]

REFERENCE = dt.date(2023, 3, 4)


def check(text: str) -> None:
    for reference in (None, REFERENCE):
        mentions = _dates.find_dates(text, reference)
        last = -1
        for mention in mentions:
            assert 0 <= mention.span.start < mention.span.end <= len(text), mention.span
            assert mention.span.start >= last, "mentions out of order"
            last = mention.span.start
            assert mention.date is None or isinstance(mention.date, dt.date)
            mention.weekday_matches  # noqa: B018  # the property must not raise
        first = _dates.parse_date(text, reference)
        assert (first is None) == (not mentions)
    for ordinal in _ordinals.find_ordinals(text):
        assert 0 <= ordinal.span.start < ordinal.span.end <= len(text)
    for years in _years.find_year_ranges(text):
        assert 0 <= years.span.start < years.span.end <= len(text)
        assert years.range.start <= years.range.end


if __name__ == "__main__":
    _harness.run(check, sys.argv)
