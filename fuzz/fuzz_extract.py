"""Fuzz target: ``extract``.

Invariants: never raises on a ``str``; every evidence span lies inside the text;
the result survives ``to_dict``/``from_dict`` unchanged (so it is valid against the
model's validators and the JSON form); a second run gives the same result.

Run: ``python fuzz/fuzz_extract.py -runs=20000`` (see ``fuzz/_harness.py``).
"""

from __future__ import annotations

import sys

import _harness

from moroccan_social_news import _extract, _model, _serialize

__all__ = ["check"]


def check(text: str) -> None:
    result = _extract.extract(text)
    data = _serialize.to_dict(result)
    records: list[_model.Meeting | _model.Agreement] = [*result.meetings, *result.agreements]
    for record in records:
        for _, spans in record.evidence.items():
            for span in spans:
                assert 0 <= span.start <= span.end <= len(text), (span, len(text))
    assert _serialize.from_dict(_model.ExtractionResult, data) == result
    assert _extract.extract(text) == result, "not deterministic"


if __name__ == "__main__":
    _harness.run(check, sys.argv)
