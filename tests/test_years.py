"""Ranges of years (moroccan_social_news._years)."""

from __future__ import annotations

import pytest

import moroccan_social_news as msn
from moroccan_social_news import YearRange
from moroccan_social_news._years import _find_year_ranges_normalized

# (text, first range or None)
FIRST_RANGE = [
    ("2021-2026", YearRange(2021, 2026)),
    ("2026-2021", YearRange(2021, 2026)),  # right-to-left layout order
    ("2026/2021", YearRange(2021, 2026)),
    ("2021/2022", YearRange(2021, 2022)),  # a school year
    ("2021 – 2026", YearRange(2021, 2026)),  # en dash
    ("2021—2026", YearRange(2021, 2026)),  # em dash
    ("2021 - 2026", YearRange(2021, 2026)),
    ("٢٠٢١-٢٠٢٦", YearRange(2021, 2026)),
    ("من 2021 إلى 2026", YearRange(2021, 2026)),
    ("من 2026 إلى 2021", YearRange(2021, 2026)),
    ("2021 إلى 2026", YearRange(2021, 2026)),
    ("2021 الى 2026", YearRange(2021, 2026)),
    ("من 2020 حتى سنة 2025", YearRange(2020, 2025)),
    ("بين 2019 و2023", YearRange(2019, 2023)),
    ("ما بين سنتي 2019 و 2023", YearRange(2019, 2023)),
    ("برسم الفترة 2022-2027", YearRange(2022, 2027)),
    ("استراتيجية الوزارة للفترة 2021-2026،", YearRange(2021, 2026)),
    ("البرنامج الحكومي 2021 – 2026 الذي", YearRange(2021, 2026)),
    ("1999-2004", YearRange(1999, 2004)),
    ("2022-2022", YearRange(2022, 2022)),
    # not ranges
    ("", None),
    ("سنة 2023", None),
    ("12-09-2022", None),  # a date
    ("2022-09-12", None),
    ("2021-2026-2030", None),  # three years: not a range of two
    ("1200-1500", None),  # not plausible calendar years
    ("0522-123456", None),  # a phone number
    ("بين 20 و30 مليون درهم", None),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_RANGE)
def test_parse_year_range(text: str, expected: YearRange | None) -> None:
    assert msn.parse_year_range(text) == expected


def test_spans_cover_the_published_text() -> None:
    text = "للفترة ٢٠٢١ – ٢٠٢٦ ثم من 2027 إلى 2030"
    found = msn.find_year_ranges(text)
    assert [(str(m.range), m.span.text(text)) for m in found] == [
        ("2021-2026", "٢٠٢١ – ٢٠٢٦"),
        ("2027-2030", "من 2027 إلى 2030"),
    ]


def test_core_reads_normalised_text() -> None:
    (m,) = _find_year_ranges_normalized("للفتره 2026-2021")
    assert (m.range, m.span.start, m.span.end) == (YearRange(2021, 2026), 7, 16)


def test_non_str_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="must be a str"):
        msn.parse_year_range(2021)  # type: ignore[arg-type]  # the wrong type is the test
