"""Dates, weekdays and relative days (moroccan_social_news._dates)."""

from __future__ import annotations

import datetime as dt

import pytest

import moroccan_social_news as msn
from moroccan_social_news import DatePrecision, Weekday
from moroccan_social_news._dates import _find_dates_normalized

DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
MON, TUE, WED, THU, FRI, SAT, SUN = list(Weekday)
REF = dt.date(2023, 5, 10)  # a Wednesday

# (text, (weekday, date, precision) of the first mention, or None for no mention);
# all read with reference=REF.
FIRST_DATE = [
    # weekdays alone: a day of the week, no date
    ("انعقد، السبت، بمقر الولاية", (SAT, None, None)),
    ("يوم الأحد", (SUN, None, None)),
    ("يوم أحد", (SUN, None, None)),  # without the article after يوم
    ("يومه الخميس", (THU, None, None)),
    ("الإثنين", (MON, None, None)),
    ("الثلاثاء", (TUE, None, None)),
    ("الأربعاء", (WED, None, None)),
    ("الجمعة", (FRI, None, None)),
    ("والسبت", (SAT, None, None)),
    # numeric dates
    ("12/09/2022", (None, dt.date(2022, 9, 12), DAY)),
    ("12-09-2022", (None, dt.date(2022, 9, 12), DAY)),
    ("3.5.2021", (None, dt.date(2021, 5, 3), DAY)),
    ("2022-09-12", (None, dt.date(2022, 9, 12), DAY)),
    ("2022/9/1", (None, dt.date(2022, 9, 1), DAY)),
    ("١٢/٠٩/٢٠٢٢", (None, dt.date(2022, 9, 12), DAY)),
    # full dates: Moroccan month names
    ("الاثنين 12 شتنبر 2022", (MON, dt.date(2022, 9, 12), DAY)),
    ("يوم الاثنين 12 شتنبر 2022", (MON, dt.date(2022, 9, 12), DAY)),
    ("الجمعة، 14 أبريل 2023", (FRI, dt.date(2023, 4, 14), DAY)),
    ("السبت (4 مارس 2023)", (SAT, dt.date(2023, 3, 4), DAY)),
    ("الخميس الموافق لـ 4 يونيو 2020", (THU, dt.date(2020, 6, 4), DAY)),
    ("1 يناير 2024", (None, dt.date(2024, 1, 1), DAY)),
    ("28 فبراير 2023", (None, dt.date(2023, 2, 28), DAY)),
    ("5 ماي 2021", (None, dt.date(2021, 5, 5), DAY)),
    ("20 يوليوز 2022", (None, dt.date(2022, 7, 20), DAY)),
    ("14 غشت 2019", (None, dt.date(2019, 8, 14), DAY)),
    ("30 نونبر 2022", (None, dt.date(2022, 11, 30), DAY)),
    ("31 دجنبر 2021", (None, dt.date(2021, 12, 31), DAY)),
    ("10 أكتوبر 2022", (None, dt.date(2022, 10, 10), DAY)),
    ("فاتح ماي 2023", (None, dt.date(2023, 5, 1), DAY)),
    ("الفاتح من يناير 2022", (None, dt.date(2022, 1, 1), DAY)),
    ("12 من شهر شتنبر 2022", (None, dt.date(2022, 9, 12), DAY)),
    ("12 شتنبر، 2022", (None, dt.date(2022, 9, 12), DAY)),
    ("12 شتنبر سنة 2022", (None, dt.date(2022, 9, 12), DAY)),
    # Egyptian / Gulf names
    ("15 مايو 2022", (None, dt.date(2022, 5, 15), DAY)),
    ("4 يوليو 2021", (None, dt.date(2021, 7, 4), DAY)),
    ("9 أغسطس 2020", (None, dt.date(2020, 8, 9), DAY)),
    ("الأربعاء 7 سبتمبر 2022", (WED, dt.date(2022, 9, 7), DAY)),
    ("2 نوفمبر 2022", (None, dt.date(2022, 11, 2), DAY)),
    ("25 ديسمبر 2022", (None, dt.date(2022, 12, 25), DAY)),
    # Maghrebi French-style names
    ("14 جانفي 2023", (None, dt.date(2023, 1, 14), DAY)),
    ("3 فيفري 2022", (None, dt.date(2022, 2, 3), DAY)),
    ("8 أفريل 2021", (None, dt.date(2021, 4, 8), DAY)),
    ("21 جوان 2022", (None, dt.date(2022, 6, 21), DAY)),
    ("5 جويلية 2022", (None, dt.date(2022, 7, 5), DAY)),
    ("20 أوت 2022", (None, dt.date(2022, 8, 20), DAY)),
    # Syriac names, two-word and with a second name after a slash
    ("15 كانون الثاني 2022", (None, dt.date(2022, 1, 15), DAY)),
    ("1 شباط 2021", (None, dt.date(2021, 2, 1), DAY)),
    ("21 آذار 2023", (None, dt.date(2023, 3, 21), DAY)),
    ("15 تشرين الأول 2021", (None, dt.date(2021, 10, 15), DAY)),
    ("25 كانون الأول 2020", (None, dt.date(2020, 12, 25), DAY)),
    ("12 سبتمبر/أيلول 2022", (None, dt.date(2022, 9, 12), DAY)),
    ("12 شتنبر (سبتمبر) 2022", (None, dt.date(2022, 9, 12), DAY)),
    # a run of days dates from its first day
    ("يومي 10 و11 أبريل 2025", (None, dt.date(2025, 4, 10), DAY)),
    ("من 3 إلى 5 ماي 2024", (None, dt.date(2024, 5, 3), DAY)),
    ("أيام 3-5 يونيو 2024", (None, dt.date(2024, 6, 3), DAY)),
    # a day written as an ordinal
    ("صباح الثالث من نونبر 2025", (None, dt.date(2025, 11, 3), DAY)),
    ("يوم الحادي والعشرين من شهر ماي 2024", (None, dt.date(2024, 5, 21), DAY)),
    ("في الأول من يناير 2025", (None, dt.date(2025, 1, 1), DAY)),
    ("الأسبوع الأول من مارس 2025", (None, dt.date(2025, 3, 1), MONTH)),  # not a day
    # month precision, year precision
    ("شتنبر 2022", (None, dt.date(2022, 9, 1), MONTH)),
    ("خلال شهر أبريل 2021", (None, dt.date(2021, 4, 1), MONTH)),
    ("أيار 2019", (None, dt.date(2019, 5, 1), MONTH)),
    ("خلال سنة 2023", (None, dt.date(2023, 1, 1), YEAR)),
    ("في عام 2019", (None, dt.date(2019, 1, 1), YEAR)),
    # relative to the reference (2023-05-10)
    ("يوم 3 ماي الجاري", (None, dt.date(2023, 5, 3), DAY)),
    ("20 ماي الحالي", (None, dt.date(2023, 5, 20), DAY)),
    ("15 يونيو المقبل", (None, dt.date(2023, 6, 15), DAY)),
    ("2 ماي المقبل", (None, dt.date(2024, 5, 2), DAY)),  # already past this year
    ("12 دجنبر الماضي", (None, dt.date(2022, 12, 12), DAY)),
    ("4 أبريل المنصرم", (None, dt.date(2023, 4, 4), DAY)),
    ("شهر مارس الماضي", (None, dt.date(2023, 3, 1), MONTH)),
    ("شهر يونيو القادم", (None, dt.date(2023, 6, 1), MONTH)),
    ("شهر فبراير المقبل", (None, dt.date(2024, 2, 1), MONTH)),
    ("اليوم", (None, REF, DAY)),
    ("صباح اليوم الأربعاء", (WED, REF, DAY)),
    ("أمس", (None, dt.date(2023, 5, 9), DAY)),
    ("بالأمس", (None, dt.date(2023, 5, 9), DAY)),
    ("البارحة", (None, dt.date(2023, 5, 9), DAY)),
    ("أول أمس", (None, dt.date(2023, 5, 8), DAY)),
    ("أمس الأول", (None, dt.date(2023, 5, 8), DAY)),
    ("غدا", (None, dt.date(2023, 5, 11), DAY)),
    ("غداً الخميس", (THU, dt.date(2023, 5, 11), DAY)),
    ("يوم غد الخميس", (THU, dt.date(2023, 5, 11), DAY)),  # "يوم غد" = غدا
    ("صباح الغد", (None, dt.date(2023, 5, 11), DAY)),
    ("أمس، الثلاثاء", (TUE, dt.date(2023, 5, 9), DAY)),
    ("بعد غد", (None, dt.date(2023, 5, 12), DAY)),
    ("يوم الثلاثاء المقبل", (TUE, dt.date(2023, 5, 16), DAY)),  # next Tuesday
    ("الأربعاء المقبل", (WED, dt.date(2023, 5, 17), DAY)),  # said on a Wednesday: in a week
    ("السبت الماضي", (SAT, dt.date(2023, 5, 6), DAY)),
    ("الأربعاء المنصرم", (WED, dt.date(2023, 5, 3), DAY)),
    ("الخميس القادم", (THU, dt.date(2023, 5, 11), DAY)),
    # not dates
    ("", None),
    ("لا شيء هنا", None),
    ("اليوم الدراسي حول الإعاقة", None),  # "study day", not "today"
    ("اليوم العالمي للمرأة", None),
    ("في هذا اليوم", None),
    ("مارس مهامه بكفاءة", None),  # the verb مارس, not March
    ("الأحد عشر لاعبا", None),  # "the eleven", not Sunday
    ("31 فبراير 2022 كان موعدا", (None, dt.date(2022, 2, 1), MONTH)),  # no 31 Feb: month only
    ("الاستراتيجية 2021-2026", None),
    ("برسم سنة 2021-2026", None),  # a range, not a year
    ("1.500.000 درهم", None),
    ("اتصل بالرقم 12/34/5678", None),  # no 34th month
]


@pytest.mark.parametrize(("text", "expected"), FIRST_DATE)
def test_parse_date(
    text: str, expected: tuple[Weekday | None, dt.date | None, DatePrecision | None] | None
) -> None:
    got = msn.parse_date(text, REF)
    if expected is None:
        assert got is None
    else:
        assert got is not None
        assert (got.weekday, got.date, got.precision) == expected


@pytest.mark.parametrize(
    "text",
    ["اليوم", "أمس", "غدا", "أول أمس", "يوم 3 ماي الجاري", "شهر ماي المقبل", "السبت المقبل"],
)
def test_relative_words_need_a_reference(text: str) -> None:
    got = msn.parse_date(text)
    assert got is not None
    assert got.date is None
    assert got.precision is None


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("انعقد يوم 12 من الشهر الجاري", dt.date(2025, 3, 14), dt.date(2025, 3, 12)),
        ("في 3 من الشهر الماضي", dt.date(2025, 1, 20), dt.date(2024, 12, 3)),
        ("يوم 5 من الشهر المقبل", dt.date(2024, 12, 2), dt.date(2025, 1, 5)),
        ("الخميس 12 من هذا الشهر", dt.date(2026, 2, 20), dt.date(2026, 2, 12)),
        ("يوم 12 مارس من السنة الجارية", dt.date(2025, 6, 1), dt.date(2025, 3, 12)),
        ("في 9 نونبر من العام الماضي", dt.date(2025, 6, 1), dt.date(2024, 11, 9)),
        ("خلال ماي من السنة المقبلة", dt.date(2025, 6, 1), dt.date(2026, 5, 1)),
        ("13 أبريل من هذا العام", dt.date(2023, 1, 2), dt.date(2023, 4, 13)),
    ],
)
def test_days_and_years_named_relative_to_the_reference(
    text: str, reference: dt.date, expected: dt.date
) -> None:
    got = msn.parse_date(text, reference)
    assert got is not None
    assert got.date == expected
    unresolved = msn.parse_date(text)  # without a reference: what the text says, no date
    assert unresolved is not None
    assert unresolved.date is None
    assert unresolved.day == (None if "خلال" in text else expected.day)


def test_a_day_the_month_does_not_have_is_no_date() -> None:
    got = msn.parse_date("في 30 من الشهر الماضي", dt.date(2025, 3, 14))  # February
    assert got is not None
    assert (got.day, got.date) == (30, None)


def test_relative_days_offset_is_kept_without_reference() -> None:
    assert [m.relative_days for m in msn.find_dates("أمس واليوم وغدا")] == [-1, 0, 1]


def test_partial_date_keeps_its_parts() -> None:
    m = msn.parse_date("يوم 3 ماي")  # no year, no reference: day and month only
    assert m is not None
    assert (m.day, m.month, m.year, m.date) == (3, 5, None, None)


def test_weekday_fixes_the_year_with_a_reference() -> None:
    # 5 March was a Saturday in 2022 (not in 2021 or 2023): the weekday fixes the year.
    m = msn.parse_date("السبت 5 مارس", dt.date(2022, 3, 7))
    assert m is not None
    assert m.date == dt.date(2022, 3, 5)
    assert msn.parse_date("السبت 5 مارس") is not None
    assert msn.parse_date("السبت 5 مارس").date is None  # type: ignore[union-attr]  # checked above


def test_weekday_matches() -> None:
    good = msn.parse_date("الاثنين 12 شتنبر 2022")
    bad = msn.parse_date("الثلاثاء 12 شتنبر 2022")  # 12 Sept 2022 was a Monday
    assert good is not None
    assert bad is not None
    assert good.weekday_matches is True
    assert bad.weekday_matches is False  # kept as written, flagged
    assert bad.weekday is TUE
    assert msn.parse_date("السبت").weekday_matches is None  # type: ignore[union-attr]  # a mention


def test_spans_cover_the_published_text() -> None:
    text = "انعقد يوم الإثنين ١٢ شتنبر ٢٠٢٢ بالرباط، وسيعقد لقاء آخر غداً"
    found = msn.find_dates(text)
    assert [m.span.text(text) for m in found] == ["الإثنين ١٢ شتنبر ٢٠٢٢", "غداً"]


def test_several_mentions_in_order() -> None:
    text = "بين 3 ماي 2022 و 12/06/2022، ثم يوم الجمعة"
    found = msn.find_dates(text)
    assert [(m.weekday, m.date) for m in found] == [
        (None, dt.date(2022, 5, 3)),
        (None, dt.date(2022, 6, 12)),
        (FRI, None),
    ]


def test_core_reads_normalised_text() -> None:
    (m,) = _find_dates_normalized("انعقد السبت 4 مارس 2023")
    assert (m.span.start, m.span.end) == (6, 23)
    assert m.date == dt.date(2023, 3, 4)


def test_datetime_reference_is_accepted() -> None:
    m = msn.parse_date("أمس", dt.datetime(2023, 5, 10, 18, 30))
    assert m is not None
    assert m.date == dt.date(2023, 5, 9)


@pytest.mark.parametrize("bad", ["2023-05-10", 20230510])
def test_bad_reference_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match=r"reference must be a datetime\.date"):
        msn.parse_date("أمس", bad)  # type: ignore[arg-type]  # the wrong type is the test


def test_non_str_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="must be a str"):
        msn.find_dates(None)  # type: ignore[arg-type]  # the wrong type is the test


def test_a_run_of_two_weekdays_dates_from_the_first() -> None:
    (got,) = msn.find_dates("انعقدت يومي الأربعاء والخميس 8 و9 أكتوبر 2025 أشغال المنتدى")
    assert (got.weekday, got.date) == (msn.Weekday.WEDNESDAY, dt.date(2025, 10, 8))
    # the second weekday names the date when it is that date's weekday
    second = msn.find_dates("الثلاثاء والأربعاء 8 أكتوبر 2025")
    assert [(m.weekday, m.date) for m in second] == [
        (msn.Weekday.TUESDAY, None),
        (msn.Weekday.WEDNESDAY, dt.date(2025, 10, 8)),
    ]
