"""Ranges of years ("استراتيجية 2021-2026"), written in either order, stored in order.

Arabic layout often shows "2026-2021" for 2021-2026; both read as ``YearRange(2021,
2026)``. Recognised: two four-digit years (1900-2099) joined by a dash (any dash, as
the ``search`` normaliser makes them all "-") or a slash, with or without spaces, or by
إلى/الى/حتى ("من 2021 إلى 2026", "2021 إلى 2026") or و after بين ("بين 2021 و2026").
"""

from __future__ import annotations

import re

import attrs

from ._numbers import _DIGIT_RUN, _check_text, _raw_span, _word_start
from ._values import Span, YearRange

__all__ = ["YearRangeMatch", "find_year_ranges", "parse_year_range"]

_YEAR = r"(?:19|20)[0-9]{2}"
# Matched at the first digit of each run of digits (see _numbers._DIGIT_RUN); the words
# before the first year (من، بين) are checked in a bounded window to its left.
_RANGE_AT = re.compile(
    rf"(?<![0-9./-])(?P<a>{_YEAR})(?![0-9])"
    r"(?:(?P<dash> ?[-/] ?)|(?P<to> (?:الي|حتي) (?:(?:سنه|عام) )?)"
    r"|(?P<and> ?و ?(?:(?:سنه|عام) )?))"
    rf"(?P<b>{_YEAR})(?![0-9]| ?[-/] ?[0-9])"
)
_FROM_BEFORE = re.compile(r"من \Z")
_BETWEEN_BEFORE = re.compile(r"(?:ما )?بين (?:(?:سنتي|عامي|سنه|عام) )?\Z")


@attrs.frozen
class YearRangeMatch:
    """A year range found in text, with its span.

    Attributes:
        range: The years, ``start <= end`` whatever the order in the text.
        span: Where it is in the searched text (from the first year, or from من/بين).

    Examples:
        >>> find_year_ranges("البرنامج الحكومي 2026-2021")[0].range
        YearRange(start=2021, end=2026)
    """

    range: YearRange
    span: Span


def _find_year_ranges_normalized(ntext: str) -> list[YearRangeMatch]:
    """Every year range in ``search``-normalised text, spans in that text, in order."""
    out = []
    end = -1
    for run in _DIGIT_RUN.finditer(ntext):
        if run.start() < end:
            continue
        m = _RANGE_AT.match(ntext, run.start())
        if m is None:
            continue
        start = m.start()
        window = max(0, start - 25)
        if m.group("to") is not None:
            before = _FROM_BEFORE.search(ntext, window, start)
            if before is not None and _word_start(ntext, before.start(), "وبف") is not None:
                start = before.start()
        elif m.group("and") is not None:
            before = _BETWEEN_BEFORE.search(ntext, window, start)
            if before is None or _word_start(ntext, before.start(), "وف") is None:
                continue  # "2019 و2023" without بين is two years, not a range
            start = before.start()
        end = m.end()
        first, second = sorted((int(m.group("a")), int(m.group("b"))))
        out.append(YearRangeMatch(YearRange(first, second), Span(start, end)))
    return out


def find_year_ranges(text: str) -> list[YearRangeMatch]:
    """Every range of years in published text, in order, with spans in that text.

    Examples:
        >>> [str(m.range) for m in find_year_ranges("من 2021 إلى 2026 ثم 2026/2030")]
        ['2021-2026', '2026-2030']
    """
    from ._normalize import normalize_with_offsets

    norm = normalize_with_offsets(_check_text(text), preset="search")
    out = []
    for m in _find_year_ranges_normalized(norm.text):
        out.append(attrs.evolve(m, span=_raw_span(norm, text, m.span.start, m.span.end)))
    return out


def parse_year_range(text: str) -> YearRange | None:
    """The first range of years in ``text``, in order, or ``None``.

    Examples:
        >>> parse_year_range("برسم الفترة 2027-2022")
        YearRange(start=2022, end=2027)
        >>> parse_year_range("2021 – 2026")
        YearRange(start=2021, end=2026)
        >>> parse_year_range("سنة 2023") is None
        True
    """
    found = find_year_ranges(text)
    return found[0].range if found else None
