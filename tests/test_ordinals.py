"""Ordinal numbers in words and digits (moroccan_social_news._ordinals)."""

from __future__ import annotations

import pytest

import moroccan_social_news as msn
from moroccan_social_news._ordinals import _find_ordinals_normalized

# (text, (value, feminine) of the first ordinal, or None)
FIRST_ORDINAL = [
    ("الأول", (1, False)),
    ("الأولى", (1, True)),
    ("الاولى", (1, True)),
    ("الثاني", (2, False)),
    ("الثانية", (2, True)),
    ("الثالث", (3, False)),
    ("الثالثة", (3, True)),
    ("الرابع", (4, False)),
    ("الرابعة", (4, True)),
    ("الخامس", (5, False)),
    ("النسخة الخامسة", (5, True)),
    ("السادس", (6, False)),
    ("السادسة", (6, True)),
    ("هذا الاجتماع، السابع ضمن سلسلة اللقاءات", (7, False)),
    ("الدورة السابعة", (7, True)),
    ("الثامن", (8, False)),
    ("الثامنة", (8, True)),
    ("التاسع", (9, False)),
    ("التاسعة", (9, True)),
    ("العاشر", (10, False)),
    ("العاشرة", (10, True)),
    ("الحادي عشر", (11, False)),
    ("الحادية عشرة", (11, True)),
    ("الحادية عشر", (11, True)),  # common non-standard feminine
    ("الثاني عشر", (12, False)),
    ("الثانية عشرة", (12, True)),
    ("الثالث عشر", (13, False)),
    ("الرابعة عشرة", (14, True)),
    ("الخامس عشر", (15, False)),
    ("السادسة عشرة", (16, True)),
    ("السابع عشر", (17, False)),
    ("الثامنة عشرة", (18, True)),
    ("التاسع عشر", (19, False)),
    ("العشرون", (20, None)),
    ("الدورة العشرين", (20, None)),
    ("الحادي والعشرون", (21, False)),
    ("الحادية والعشرين", (21, True)),
    ("الثاني والعشرون", (22, False)),
    ("الخامسة والثلاثين", (35, True)),
    ("التاسع والتسعون", (99, False)),
    ("الثَّانِيَةَ عَشْرَةَ", (12, True)),  # diacritics
    ("السابـــع", (7, False)),  # tatweel
    ("للمرة الأولى", (1, True)),
    ("والثالث", (3, False)),
    ("بالرابعة", (4, True)),
    ("أول لقاء من نوعه", (1, False)),  # without the article, before a noun
    ("ثاني اجتماع", (2, False)),
    ("ثالث دورة", (3, False)),
    # digits
    ("الدورة 7", (7, None)),
    ("الدورة رقم 3", (3, None)),
    ("النسخة ١٥", (15, None)),
    ("الطبعة 4 من المعرض", (4, None)),
    ("ال12 من نوعه", (12, None)),
    ("الـ12 من نوعها", (12, None)),
    ("الدورة الـ 25", (25, None)),
    ("المحطة ال8", (8, None)),
    # not ordinals
    ("", None),
    ("لا ترتيب هنا", None),
    ("الحادي", None),  # half of an ordinal
    ("15 تشرين الأول 2021", None),  # a month name
    ("كانون الثاني", None),
    ("ربيع الأول", None),
    ("على الساعة الخامسة مساء", None),  # a clock time
    ("أمس الأول", None),  # the day before yesterday
    ("صاحب الجلالة الملك محمد السادس", None),  # regnal numbers
    ("مستشفى الحسن الثاني", None),
    ("جامعة محمد الخامس بالرباط", None),
    ("أول أمس", None),
    ("الـ20 مليون درهم", None),  # a cardinal with the article
    ("الـ 12 عضوا", None),
    ("الدورة 2022", None),  # a year, not a rank
    ("الدورة 12/09/2022", None),  # a date
    ("الدورة 0", None),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_ORDINAL)
def test_parse_ordinal(text: str, expected: tuple[int, bool | None] | None) -> None:
    found = msn.find_ordinals(text)
    if expected is None:
        assert found == []
        assert msn.parse_ordinal(text) is None
    else:
        assert (found[0].value, found[0].feminine) == expected
        assert msn.parse_ordinal(text) == expected[0]


def test_spans_cover_the_published_text() -> None:
    text = "اللقاءُ الحاديَ عشرَ، بعد الدورة الـ12 والنسخة الثالثة"
    found = msn.find_ordinals(text)
    assert [(m.value, m.span.text(text)) for m in found] == [
        (11, "الحاديَ عشرَ"),
        (12, "12"),
        (3, "الثالثة"),
    ]


def test_core_reads_normalised_text() -> None:
    (m,) = _find_ordinals_normalized("اللقاء السابع ضمن سلسله")
    assert (m.value, m.span.start, m.span.end) == (7, 7, 13)


def test_non_str_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="must be a str"):
        msn.parse_ordinal(7)  # type: ignore[arg-type]  # the wrong type is the test
