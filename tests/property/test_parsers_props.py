"""Properties of the number, money, date, ordinal and year-range parsers.

Every parser takes any ``str`` without raising, reports spans that fit the text, reads
back what a generator writes (digits with any separator, Arabic number words, dates,
ordinals, year ranges), and runs in linear time on adversarial input.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from timing import best_time

import moroccan_social_news as msn

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
PIECES = st.sampled_from(
    [
        " ",
        "و",
        "ب",
        "ال",
        "،",
        ".",
        ",",
        "-",
        "/",
        "(",
        ")",
        '"',
        "«",
        "»",
        "\u0640",
        "\u064b",
        "\u00a0",
        "\n",
        "%",
        "$",
        "€",
        "DH",
        "مليون",
        "مليار",
        "ألف",
        "آلاف",
        "ملايين",
        "درهم",
        "سنتيم",
        "أورو",
        "دولار",
        "تصل إلى",
        "حوالي",
        "أزيد من",
        "منها",
        "تساهم فيها",
        "عشر",
        "عشرة",
        "أحد",
        "ثلاثة",
        "عشرون",
        "مائة",
        "نصف",
        "السبت",
        "يوم",
        "اليوم",
        "أمس",
        "شتنبر",
        "ماي",
        "الجاري",
        "فاتح",
        "سنة",
        "من",
        "إلى",
        "بين",
        "الدورة",
        "السابع",
        "الحادي",
        "الثانية",
        "ال",
        "1",
        "12",
        "2021",
        "2026",
        "1.500",
        "1,5",
        "٢٠",
        "000",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=200),
    st.text(ARABIC, max_size=200),
    st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=60).map("".join),
)

PARSERS: list[Callable[[str], object]] = [
    msn.parse_number,
    msn.parse_amount,
    msn.parse_date,
    msn.parse_ordinal,
    msn.parse_year_range,
]


@given(TEXTS)
def test_parsers_never_raise_and_spans_fit(text: str) -> None:
    for parse in PARSERS:
        parse(text)
    for m in msn.find_numbers(text):
        assert m.span.text(text) == m.surface
    for a in msn.find_amounts(text):
        assert a.span.text(text) == a.amount.surface
        assert a.amount.amount >= 0
    for d in msn.find_dates(text, dt.date(2023, 5, 10)):
        d.span.text(text)
        assert (d.date is None) == (d.precision is None)
    for o in msn.find_ordinals(text):
        o.span.text(text)
        assert o.value >= 1
    for r in msn.find_year_ranges(text):
        r.span.text(text)
        assert r.range.start <= r.range.end


@pytest.mark.parametrize("parse", PARSERS)
@pytest.mark.parametrize("bad", [None, 1, 1.5, b"text", ["text"]])
def test_non_str_is_a_type_error(parse: Callable[[object], object], bad: object) -> None:
    with pytest.raises(TypeError):
        parse(bad)


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([".", ",", " ", "\u00a0"]))
def test_digits_with_any_thousands_separator(value: int, sep: str) -> None:
    written = f"{value:,}".replace(",", sep)
    assert msn.parse_number(written) == value
    if value > 0:
        amount = msn.parse_amount(f"بكلفة تصل إلى {written} درهم")
        assert amount is not None
        assert amount.amount == value
        assert amount.qualifier is msn.AmountQualifier.UPPER_BOUND


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["مليون", "مليار"]))
def test_centimes_are_a_hundredth_of_a_dirham(count: int, scale: str) -> None:
    factor = 10**6 if scale == "مليون" else 10**9
    amount = msn.parse_amount(f"{count} {scale} سنتيم")
    assert amount is not None
    assert amount.currency == "MAD"
    assert amount.amount == Decimal(count * factor) / 100


_UNITS = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
_TEENS = ["عشرة", "أحد عشر", "اثنا عشر"] + [f"{u} عشر" for u in _UNITS[3:]]
_TENS = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
_HUNDREDS = ["", "مائة", "مائتان"] + [f"{u[:-1]}مائة" for u in _UNITS[3:]]


def _below_thousand(n: int) -> str:
    """Arabic words for 1..999 (hundreds, then units before tens, joined by و)."""
    parts = []
    if n >= 100:
        parts.append(_HUNDREDS[n // 100])
    rest = n % 100
    if 10 <= rest < 20:
        parts.append(_TEENS[rest - 10])
    elif rest:
        unit, ten = rest % 10, rest // 10
        if unit:
            parts.append(_UNITS[unit])
        if ten:
            parts.append(_TENS[ten])
    return " و".join(parts)


def _words(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    parts = []
    if thousands == 1:
        parts.append("ألف")
    elif thousands == 2:
        parts.append("ألفان")
    elif 3 <= thousands <= 10:
        parts.append(f"{_below_thousand(thousands)} آلاف")
    elif thousands:
        parts.append(f"{_below_thousand(thousands)} ألف")
    if rest:
        parts.append(_below_thousand(rest))
    return " و".join(parts)


@given(st.integers(min_value=1, max_value=999_999))
def test_number_words_read_back(n: int) -> None:
    assert msn.parse_number(_words(n)) == n


_MONTHS = [
    ("يناير", "جانفي", "كانون الثاني"),
    ("فبراير", "فيفري", "شباط"),
    ("مارس", "مارس", "آذار"),
    ("أبريل", "أفريل", "نيسان"),
    ("ماي", "مايو", "أيار"),
    ("يونيو", "جوان", "حزيران"),
    ("يوليوز", "جويلية", "تموز"),
    ("غشت", "أوت", "آب"),
    ("شتنبر", "سبتمبر", "أيلول"),
    ("أكتوبر", "أكتوبر", "تشرين الأول"),
    ("نونبر", "نوفمبر", "تشرين الثاني"),
    ("دجنبر", "ديسمبر", "كانون الأول"),
]


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.integers(min_value=0, max_value=2),
    st.booleans(),
)
def test_written_dates_read_back(day: dt.date, style: int, weekday: bool) -> None:
    month = _MONTHS[day.month - 1][style]
    text = f"{day.day} {month} {day.year}"
    if weekday:
        text = f"يوم {msn.Weekday.from_date(day).arabic} {text}"
    found = msn.parse_date(text)
    assert found is not None
    assert found.date == day
    assert found.precision is msn.DatePrecision.DAY
    assert found.weekday_matches is (True if weekday else None)
    assert msn.parse_date(f"{day.day:02d}/{day.month:02d}/{day.year}").date == day  # type: ignore[union-attr]  # parsed


_ORD_M = ["", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
          "التاسع", "العاشر"]  # fmt: skip
_ORD_TENS = ["", "", "العشرون", "الثلاثون", "الأربعون", "الخمسون", "الستون", "السبعون",
             "الثمانون", "التسعون"]  # fmt: skip


def _ordinal(n: int, feminine: bool) -> str:
    def unit(u: int, compound: bool) -> str:
        word = "الحادي" if compound and u == 1 else _ORD_M[u]
        if feminine:
            word = "الأولى" if word == "الأول" else word + "ة"
        return word

    if n <= 10:
        return unit(n, compound=False)
    if n < 20:
        return f"{unit(n - 10, compound=True)} {'عشرة' if feminine else 'عشر'}"
    u, t = n % 10, n // 10
    return _ORD_TENS[t] if u == 0 else f"{unit(u, compound=True)} و{_ORD_TENS[t]}"


@given(st.integers(min_value=1, max_value=99), st.booleans())
def test_ordinals_read_back(n: int, feminine: bool) -> None:
    (found,) = msn.find_ordinals(f"الدورة {_ordinal(n, feminine)} للمجلس")
    assert found.value == n
    assert found.feminine in (feminine, None)
    assert msn.parse_ordinal(f"الدورة {n}") == n


@given(st.integers(1900, 2099), st.integers(1900, 2099), st.sampled_from(["-", "/", " – "]))
def test_year_ranges_in_either_order(a: int, b: int, sep: str) -> None:
    expected = msn.YearRange(min(a, b), max(a, b))
    assert msn.parse_year_range(f"{a}{sep}{b}") == expected
    assert msn.parse_year_range(f"من {a} إلى {b}") == expected


# --- linear time on adversarial input ---------------------------------------------------

ADVERSARIAL = {
    "letters": "ا",
    "digits": "1",
    "grouped digits": "1.000",
    "spaced digits": "1 000 ",
    "quotes": '"«',
    "parentheses": "(",
    "millions": "مليون ",
    "compounds": "مليار و",
    "word numbers": "ثلاثة و",
    "amounts": "20 مليون درهم (",
    "weekdays": "يوم السبت ",
    "dates": "12/",
    "month names": "12 شتنبر ",
    "year ranges": "2021-",
    "ordinals": "الدورة ال",
    "qualifiers": "تصل ",
}


@pytest.mark.parametrize("unit", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_adversarial_input_takes_linear_time(unit: str) -> None:
    n = max(1, 2_500 // len(unit))
    small, large = unit * n, unit * (4 * n)

    def everything(text: str) -> None:
        msn.find_amounts(text)
        msn.find_dates(text, dt.date(2023, 5, 10))
        msn.find_ordinals(text)
        msn.find_year_ranges(text)

    t_small = best_time(everything, small)
    t_large = best_time(everything, large)
    # Linear means about 4x for four times the input; quadratic would be about 16x.
    # The margin absorbs noise from other processes on a shared machine.
    assert t_large < 8 * t_small + 0.02, (unit, t_small, t_large)
