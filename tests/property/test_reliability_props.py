"""Reliability properties across modules, on any ``str``.

Parsers and the extractor raise nothing but the package's errors (in fact nothing at
all on a ``str``); ``extract`` is deterministic, its JSON is valid against the shipped
JSON Schema, and every evidence span lies inside the text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable
from importlib.resources import files
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import moroccan_social_news as msn

jsonschema = pytest.importorskip("jsonschema")

# Pieces that steer generated text into what the code recognises.
PIECES = (
    "انعقد",
    "اجتماع",
    "لقاء تشاوري",
    "برئاسة",
    "السيد",
    "والي الجهة",
    "عامل إقليم طاطا",
    "وزيرة التضامن",
    "يوم السبت",
    "الخميس 12 شتنبر 2026",
    "4 مارس 2023",
    "أمس",
    "اتفاقية شراكة",
    "بكلفة",
    "تصل إلى",
    "20 مليون درهم",
    "منها",
    "1.000",
    "مليار",
    "جهة كلميم واد نون",
    "الدورة الثالثة",
    "2021-2026",
    "«",
    "»",
    '"',
    "،",
    ".",
    " و",
    "\n",
    "\r\n",
    "\u200f",
    "\ufeff",
    "\x00",
    "😀",
    " ",
)
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=30).map(" ".join),
)
REFERENCE = dt.date(2023, 3, 4)

PARSERS: dict[str, Callable[[str], object]] = {
    "normalize": msn.normalize,
    "normalize_with_offsets": msn.normalize_with_offsets,
    "parse_number": msn.parse_number,
    "find_numbers": msn.find_numbers,
    "parse_amount": msn.parse_amount,
    "find_amounts": msn.find_amounts,
    "parse_date": lambda t: msn.parse_date(t, REFERENCE),
    "find_dates": msn.find_dates,
    "parse_ordinal": msn.parse_ordinal,
    "parse_year_range": msn.parse_year_range,
    "find_region": msn.find_region,
}


@pytest.mark.parametrize("name", list(PARSERS))
@given(text=texts)
def test_parsers_raise_only_package_errors(name: str, text: str) -> None:
    with contextlib.suppress(msn.MoroccanSocialNewsError):  # documented errors only
        PARSERS[name](text)


def _result_validator() -> Any:
    schema = json.loads(
        files("moroccan_social_news")
        .joinpath("schemas/extraction_result.schema.json")
        .read_text(encoding="utf-8")
    )
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


VALIDATOR = _result_validator()


@given(text=texts)
def test_extract_is_deterministic_schema_valid_and_spans_fit(text: str) -> None:
    try:
        result = msn.extract(text, reference_date=REFERENCE)
    except msn.MoroccanSocialNewsError:
        return
    assert msn.extract(text, reference_date=REFERENCE) == result
    data = msn.to_dict(result)
    VALIDATOR.validate(json.loads(json.dumps(data, ensure_ascii=False)))
    records: list[msn.Meeting | msn.Agreement] = [*result.meetings, *result.agreements]
    for record in records:
        for _, spans in record.evidence.items():
            for span in spans:
                assert 0 <= span.start <= span.end <= len(text)
    assert msn.from_dict(msn.ExtractionResult, data) == result


@given(text=texts)
def test_match_spans_fit_the_text(text: str) -> None:
    for amount in msn.find_amounts(text):
        assert 0 <= amount.span.start < amount.span.end <= len(text)
    for mention in msn.find_dates(text, REFERENCE):
        assert 0 <= mention.span.start < mention.span.end <= len(text)
