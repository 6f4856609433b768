"""Fuzz target: ``parse_amount``, ``find_amounts`` and ``parse_number``.

Invariants: never raise on a ``str``; amounts are finite, >= 0, with a three-letter
currency; spans lie inside the text and their surface is the text they cover;
``parse_amount`` agrees with the first ``find_amounts`` match.

Run: ``python fuzz/fuzz_parse_amount.py -runs=100000`` (see ``fuzz/_harness.py``).
"""

from __future__ import annotations

import sys

import _harness

from moroccan_social_news import _money, _numbers

__all__ = ["check"]


def check(text: str) -> None:
    matches = _money.find_amounts(text)
    for match in matches:
        amount = match.amount
        assert amount.amount.is_finite(), amount
        assert amount.amount >= 0, amount
        assert len(amount.currency) == 3, amount
        assert amount.currency.isupper(), amount
        assert 0 <= match.span.start < match.span.end <= len(text), match.span
    first = _money.parse_amount(text)
    assert (first is None) == (not matches), (first, matches)
    for number in _numbers.find_numbers(text):
        assert 0 <= number.span.start < number.span.end <= len(text), number.span
        assert number.surface == text[number.span.start : number.span.end]
        assert number.value.is_finite()
    _numbers.parse_number(text)


if __name__ == "__main__":
    _harness.run(check, sys.argv)
