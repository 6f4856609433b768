"""Numbers in digits and in Arabic words (moroccan_social_news._numbers)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import moroccan_social_news as msn
from moroccan_social_news._numbers import _find_numbers_normalized

D = Decimal

# (published text, first number in it or None)
FIRST_NUMBER = [
    # digits, separators, decimals
    ("15", D(15)),
    ("١٥ مستفيدا", D(15)),  # Arabic-Indic digits
    ("۲۵ جمعية", D(25)),  # Persian digits
    ("1.500.000", D(1500000)),
    ("1,500,000", D(1500000)),
    ("1 500 000", D(1500000)),
    ("1\u00a0500\u00a0000 درهم", D(1500000)),  # no-break spaces as separators
    ("١٬٥٠٠٬٠٠٠", D(1500000)),  # Arabic thousands separator
    ("2,5", D("2.5")),
    ("2.5", D("2.5")),
    ("٢٫٥", D("2.5")),  # Arabic decimal separator
    ("0,375", D("0.375")),  # a leading zero is never a thousands group
    ("1.500", D(1500)),  # one group of three: thousands ...
    ("1.500 مليار", D(1500000000)),  # ... except before a scale word
    ("1.500.000,50", D("1500000.50")),
    ("بـ1.500.000", D(1500000)),  # glued prefix with tatweel
    ("ب20", D(20)),
    ("لـ 30", D(30)),
    ("و40", D(40)),
    ("0612345678", D(612345678)),  # a phone number is a number (not money)
    # words: units, teens, tens, hundreds, genders and cases
    ("واحد", D(1)),
    ("خمسة", D(5)),
    ("خمس", D(5)),
    ("ثماني", D(8)),
    ("عشرة", D(10)),
    ("أحد عشر", D(11)),
    ("إحدى عشرة", D(11)),
    ("اثنا عشر", D(12)),
    ("اثنتي عشرة", D(12)),
    ("ثلاثة عشر", D(13)),
    ("تسع عشرة", D(19)),
    ("عشرون", D(20)),
    ("عشرين", D(20)),
    ("ثلاثة وعشرون", D(23)),
    ("خمس وثلاثين", D(35)),
    ("تسعة و تسعون", D(99)),  # و as its own word
    ("مائة", D(100)),
    ("مئة", D(100)),
    ("مائتان", D(200)),
    ("مئتين", D(200)),
    ("ثلاثمائة", D(300)),
    ("ثلاث مائة", D(300)),
    ("ثمانمئة", D(800)),
    ("مائة وخمسة وعشرون", D(125)),
    ("تسعمائة وتسعة وتسعون", D(999)),
    ("ألف", D(1000)),
    ("ألفان", D(2000)),
    ("ألفين", D(2000)),
    ("ثلاثة آلاف", D(3000)),
    ("عشرة آلاف", D(10000)),
    ("خمسة عشر ألفا", D(15000)),
    ("خمسةَ عشرَ ألفًا", D(15000)),  # with diacritics
    ("مائة ألف", D(100000)),
    ("ثلاثمائة ألف", D(300000)),
    ("ألفين وخمسمائة", D(2500)),
    ("ألف ومائتان", D(1200)),
    ("تسعمائة وتسعة وتسعون ألفا وتسعمائة وتسعة وتسعون", D(999999)),
    # scale words with digits and words
    ("20 مليون", D(20000000)),
    ("8 مليون", D(8000000)),  # non-standard agreement
    ("ثلاثة ملايين", D(3000000)),
    ("مليون", D(1000000)),
    ("مليونا", D(1000000)),
    ("مليونان", D(2000000)),
    ("مليوني", D(2000000)),
    ("ملياري", D(2000000000)),
    ("6 ملايير", D(6000000000)),
    ("4 مليارات", D(4000000000)),
    ("2,5 مليون", D(2500000)),
    ("1.25 مليار", D(1250000000)),
    ("عشرين مليون", D(20000000)),
    ("مليار و200 مليون", D(1200000000)),
    ("مليار و 200 مليون", D(1200000000)),
    ("3 ملايين و500 ألف", D(3500000)),
    ("ثلاثة ملايين وخمسمائة ألف", D(3500000)),
    ("مليون ونصف", D(1500000)),
    ("مليون ونصف المليون", D(1500000)),  # the scale said again after the half
    ("خمسة ملايين ونصف المليون", D(5500000)),
    ("ثلاثة ملايين ونصف مليون", D(3500000)),  # the scale said again without the article
    ("نصف مليار", D(500000000)),  # a fraction of the scale right after it
    ("ربع مليار", D(250000000)),
    ("نصف مليون", D(500000)),
    ("مليونا درهم", D(2000000)),  # dual construct before the counted noun
    ("ألفا مستفيد", D(2000)),
    ("عشرون مليونا", D(20000000)),  # accusative singular after a count
    ("بلغت مليونا.", D(1000000)),
    ("سبعمائة وأحد عشر", D(711)),  # و + أحد عشر, not واحد + عشر
    ("مليـــون", D(1000000)),  # tatweel
    # not numbers
    ("", None),
    ("لا أرقام هنا", None),
    ("آلاف المستفيدين", None),  # a plural scale with no count
    ("نصف المستفيدين", None),  # a fraction of no scale is no quantity
    ("ربع قرن", None),
    ("نصف ملايين", None),  # only a singular scale takes a fraction
    ("ملايين الدراهم", None),
    ("أحد المشاركين", None),  # أحد = "one of", not a count
    ("الأحد", None),
    ("1" * 40, None),  # absurdly long digit runs are not quantities
]


@pytest.mark.parametrize(("text", "expected"), FIRST_NUMBER)
def test_parse_number(text: str, expected: Decimal | None) -> None:
    assert msn.parse_number(text) == expected


# (text, every number in it, in order)
ALL_NUMBERS = [
    ("بين 20 و30 مليون", [D(20), D(30000000)]),  # a range is two numbers
    ("مليون و3 مليون", [D(1000000), D(3000000)]),  # scales must decrease to compound
    ("3 مليونين", [D(3), D(2000000)]),  # a dual takes no count
    ("12/09/2022", [D(12), D(9), D(2022)]),
    ("30 في المائة", [D(30)]),  # المائة with the article is not "one hundred"
    ("استفاد 120 شخصا من أصل 300", [D(120), D(300)]),
    ("سنة 2022 شارك 150 مستفيدا", [D(2022), D(150)]),
    ("منها 5 ملايين و3 ملايين", [D(5000000), D(3000000)]),
    ("20 مليون (عشرون مليون)", [D(20000000), D(20000000)]),
    ("النسخة الرابعة عشرة من 15 دورة", [D(15)]),  # the عشرة of an ordinal is no count
    ("عشرة مشاريع", [D(10)]),
    # the scale said again after the half is part of the number, not one of its own
    ("بمبلغ ثلاثة ملايين ونصف مليون درهم", [D(3500000)]),
]


@pytest.mark.parametrize(("text", "expected"), ALL_NUMBERS)
def test_find_numbers_values(text: str, expected: list[Decimal]) -> None:
    assert [m.value for m in msn.find_numbers(text)] == expected


def test_spans_point_into_the_published_text() -> None:
    text = "رُصد غلافٌ قدره مليـار و200 مليون درهم لفائدة ٣٥٠ جمعيةً"
    found = msn.find_numbers(text)
    assert [m.value for m in found] == [D(1200000000), D(350)]
    for m in found:
        assert m.span.text(text) == m.surface
    assert found[0].surface == "مليـار و200 مليون"
    assert found[0].scaled
    assert not found[1].scaled


def test_glued_prefix_is_not_in_the_span() -> None:
    (m,) = msn.find_numbers("ساهمت بـ1.500 درهم")
    assert m.surface == "1.500"
    (w,) = msn.find_numbers("وبخمسة عشر")
    assert w.surface == "خمسة عشر"


def test_core_reads_normalised_text() -> None:
    (m,) = _find_numbers_normalized("بكلفه تصل الي ثلاثه ملايين درهم")
    assert (m.value, m.span.start, m.span.end) == (D(3000000), 14, 26)


def test_integral_values_have_no_exponent() -> None:
    value = msn.parse_number("1,5 مليار")
    assert value is not None
    assert str(value) == "1500000000"


@pytest.mark.parametrize("bad", [None, 12, b"12", ["12"]])
def test_non_str_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        msn.parse_number(bad)  # type: ignore[arg-type]  # the wrong type is the test
    with pytest.raises(TypeError, match="must be a str"):
        msn.find_numbers(bad)  # type: ignore[arg-type]  # the wrong type is the test
