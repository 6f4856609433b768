"""Dates and weekdays as Arabic news writes them, resolved only as far as the text allows.

The core, :func:`_find_dates_normalized`, reads ``search``-normalised text and returns
:class:`DateMention` objects with spans in that text; :func:`find_dates` and
:func:`parse_date` take published text and report spans in it.

Recognised:

- weekdays, with or without يوم/يومه (الاثنين، يوم السبت، يوم أحد);
- numeric dates DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY and YYYY-MM-DD;
- day, month and year with Moroccan month names (يناير … ماي … يوليوز غشت شتنبر …
  نونبر دجنبر), Egyptian (مايو، يوليو، أغسطس، سبتمبر …), Maghrebi French-style
  (جانفي، فيفري، أفريل، جوان، جويلية، أوت) and Syriac (كانون الثاني، شباط، آذار …
  تشرين الأول …) ones, "فاتح" for the first, and a second name after a slash or in
  parentheses ("12 سبتمبر/أيلول 2022");
- month and year ("شتنبر 2022"), year after سنة/عام ("سنة 2023");
- الجاري/الحالي، المقبل/القادم، الماضي/المنصرم after a month; a year named relative to
  now after a month ("12 مارس من السنة الجارية"، "من العام الماضي"); a day of the month
  named relative to now ("يوم 12 من الشهر الجاري"، "3 من الشهر الماضي"، "12 من هذا
  الشهر"); and the relative words اليوم، أمس/البارحة، غدا، أول أمس، بعد غد: these need
  a ``reference`` date (usually the publication date) and are left unresolved without
  one, never guessed. A day and month without any year ("يوم 12 مارس") stay without a
  year, unless a weekday written with them fixes it (see below).

A weekday written next to a date ("الاثنين 12 شتنبر 2022") is one mention. A weekday
alone is not turned into a date here (:func:`moroccan_social_news.resolve_weekday` does
that, with an explicit direction), except "السبت المقبل" / "السبت الماضي" (next / last
Saturday), which a reference date resolves.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from ._errors import ArgumentTypeError
from ._model import DatePrecision
from ._numbers import _DIGIT_RUN, _check_text, _raw_span, _word_start, _WordScanner
from ._scan import LETTER_RANGE, trie_pattern
from ._values import Span, Weekday, resolve_weekday

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

__all__ = ["DateMention", "find_dates", "parse_date"]

_L = LETTER_RANGE
_MIN_YEAR, _MAX_YEAR = 1900, 2100

_MONTHS: Mapping[str, int] = MappingProxyType(
    {
        # Moroccan (from the French names)
        "يناير": 1,
        "فبراير": 2,
        "مارس": 3,
        "ابريل": 4,
        "ماي": 5,
        "يونيو": 6,
        "يوليوز": 7,
        "غشت": 8,
        "شتنبر": 9,
        "شتمبر": 9,
        "اكتوبر": 10,
        "نونبر": 11,
        "دجنبر": 12,
        # Egyptian and Gulf forms of the same names
        "مايو": 5,
        "يونيه": 6,
        "يوليو": 7,
        "يوليه": 7,
        "اغسطس": 8,
        "سبتمبر": 9,
        "نوفمبر": 11,
        "ديسمبر": 12,
        # Algerian and Tunisian (French-style)
        "جانفي": 1,
        "فيفري": 2,
        "افريل": 4,
        "جوان": 6,
        "جويليه": 7,
        "اوت": 8,
        # Syriac (Levant, Iraq)
        "كانون الثاني": 1,
        "شباط": 2,
        "اذار": 3,
        "نيسان": 4,
        "ايار": 5,
        "حزيران": 6,
        "تموز": 7,
        "اب": 8,
        "ايلول": 9,
        "تشرين الاول": 10,
        "تشرين الثاني": 11,
        "كانون الاول": 12,
    }
)

_WEEKDAYS: Mapping[str, Weekday] = MappingProxyType(
    {
        "اثنين": Weekday.MONDAY,
        "ثلاثاء": Weekday.TUESDAY,
        "اربعاء": Weekday.WEDNESDAY,
        "خميس": Weekday.THURSDAY,
        "جمعه": Weekday.FRIDAY,
        "سبت": Weekday.SATURDAY,
        "احد": Weekday.SUNDAY,
    }
)
_WEEKDAY_ALT = "|".join(_WEEKDAYS)

# Relative words -> offset in days from the reference date.
_RELATIVE: Mapping[str, int] = MappingProxyType(
    {
        "اليوم": 0,
        "امس": -1,
        "الامس": -1,
        "البارحه": -1,
        "غدا": 1,
        "يوم غد": 1,
        "الغد": 1,
        "اول امس": -2,
        "امس الاول": -2,
        "بعد غد": 2,
    }
)
_REL_MONTH: Mapping[str, str] = MappingProxyType(
    {
        "الجاري": "current",
        "الحالي": "current",
        "المقبل": "next",
        "القادم": "next",
        "الماضي": "last",
        "المنصرم": "last",
    }
)

# Every pattern scanned over a whole article starts with a letter or a digit (not a
# look-behind or an optional prefix), so ``re`` can skip quickly to candidate positions;
# the left context (glued prefixes, the article, يوم, the day before a month) is checked
# at each candidate with bounded windows.
_WEEKDAY_AL = re.compile(rf"ال(?P<w>{trie_pattern(_WEEKDAYS)})(?![{_L}])(?! عشر)")
_WEEKDAY_YAWM = re.compile(rf"يوم[هي]? (?P<w>{trie_pattern(_WEEKDAYS)})(?![{_L}])(?! عشر)")
_MONTH_WORDS = _WordScanner.of(_MONTHS)
_MONTH_LEFT = re.compile(
    # "يومي 10 و11 أبريل", "من 3 إلى 5 ماي": a run of days dates from its first day.
    r"(?:(?<![0-9])(?P<day>[0-9]{1,2})(?: ?(?:و|-|الي) ?[0-9]{1,2})?|(?P<first>(?:ال)?فاتح))"
    r" (?:من )?(?:(?:ال)?شهر )?\Z"
    r"|(?P<shahr>(?:ال)?شهر )\Z"
)
# A year named relative to the reference: "من السنة الجارية", "من العام الماضي".
_REL_YEAR: Mapping[str, int] = MappingProxyType(
    {
        "هذه السنه": 0,
        "هذا العام": 0,
        "السنه الجاريه": 0,
        "السنه الحاليه": 0,
        "العام الجاري": 0,
        "العام الحالي": 0,
        "السنه الماضيه": -1,
        "السنه المنصرمه": -1,
        "العام الماضي": -1,
        "العام المنصرم": -1,
        "السنه المقبله": 1,
        "السنه القادمه": 1,
        "العام المقبل": 1,
        "العام القادم": 1,
    }
)
_MONTH_RIGHT = re.compile(
    rf"(?: ?(?:/|\() ?(?:{trie_pattern(_MONTHS)})(?![{_L}])(?: ?\))?)?"
    rf"(?:(?: ?,)? (?:(?:سنه|عام) )?(?P<year>[0-9]{{4}})(?![0-9])"
    rf"| (?:من )?(?P<ryear>{trie_pattern(_REL_YEAR)})(?![{_L}])"
    rf"| (?P<rel>{trie_pattern(_REL_MONTH)})(?![{_L}]))?"
)
# A day of a month named relative to the reference: "يوم 12 من الشهر الجاري", "في 3 من
# الشهر الماضي", "الخامس من هذا الشهر" is left to the ordinal reading.
# The first digit comes first and the look-behind after it, so that ``re`` jumps from
# digit to digit instead of trying the pattern at every position.
_DAY_OF_REL_MONTH = re.compile(
    rf"(?P<day>[0-9](?<![0-9.,/-][0-9])[0-9]?) (?:من )?(?:(?P<this>هذا الشهر)"
    rf"|(?:ال)?شهر (?P<rel>{trie_pattern(_REL_MONTH)}))(?![{_L}])"
)
_YEAR_ONLY = re.compile(r"(?:سنه|عام) (?P<year>[0-9]{4})(?![0-9])(?! ?[-/] ?[0-9])")
_NUMERIC = re.compile(
    r"(?<![0-9./-])(?P<d>[0-9]{1,2}) ?(?P<sep>[/.-]) ?(?P<m>[0-9]{1,2}) ?(?P=sep) ?"
    r"(?P<y>[0-9]{4})(?![0-9]| ?[/.-] ?[0-9])"
    r"|(?<![0-9./-])(?P<y2>[0-9]{4}) ?(?P<sep2>[/.-]) ?(?P<m2>[0-9]{1,2}) ?(?P=sep2) ?"
    r"(?P<d2>[0-9]{1,2})(?![0-9]| ?[/.-] ?[0-9])"
)
_RELATIVE_WORDS = _WordScanner.of(
    _RELATIVE, tail=rf"(?! (?!ال(?:{_WEEKDAY_ALT})(?![{_L}]))ال[{_L}])"
)
_NOT_RELATIVE_AFTER = ("هذا ", "ذلك ", "نفس ")
_WEEKDAY_REL = re.compile(rf" (?P<rel>المقبل|القادم|الماضي|المنصرم)(?![{_L}])")
_JOIN = re.compile(r" ?(?:,|-)? ?(?:\(|(?:ال)?موافق ل?)? ?")


@attrs.frozen
class DateMention:
    """A date, a weekday or both, as far as the text (and a reference date) fix them.

    Attributes:
        span: Where the mention is in the searched text.
        weekday: The weekday the text states, if any.
        date: The calendar date, when the text (with the reference) fixes it; for a
            month or a year it is the first day of that month or year.
        precision: How much of ``date`` is stated (day, month or year); ``None``
            when ``date`` is ``None``.
        day: Day of the month as written, if any.
        month: Month as written, if any.
        year: Year as written or resolved, if any.
        relative_days: For اليوم/أمس/غدا …, the offset in days from the reference.

    Examples:
        >>> m = parse_date("انعقد يوم الاثنين 12 شتنبر 2022 بالرباط")
        >>> m.weekday, m.date, m.precision
        (<Weekday.MONDAY: 'monday'>, datetime.date(2022, 9, 12), <DatePrecision.DAY: 'day'>)
    """

    span: Span
    weekday: Weekday | None = None
    date: dt.date | None = None
    precision: DatePrecision | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    relative_days: int | None = None

    @property
    def weekday_matches(self) -> bool | None:
        """Whether the stated weekday agrees with the date (``None`` if either is missing)."""
        if self.weekday is None or self.date is None or self.precision is not DatePrecision.DAY:
            return None
        return Weekday.from_date(self.date) is self.weekday


def _safe_date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None or not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_for(
    month: int, day: int | None, rel: str | None, reference: dt.date | None
) -> int | None:
    """The year a month (and day) qualified by الجاري/المقبل/الماضي falls in."""
    if rel is None or reference is None:
        return None
    kind = _REL_MONTH[rel]
    if kind == "current":
        return reference.year
    here = (month, day or 0)
    now = (reference.month, reference.day if day is not None else 0)
    if kind == "next":
        return reference.year if here > now else reference.year + 1
    return reference.year if here < now else reference.year - 1


def _stated_year(
    right: re.Match[str] | None, month: int, day: int | None, reference: dt.date | None
) -> int | None:
    """The year after a month (``right``: ``_MONTH_RIGHT``'s match): written ("2025"),
    named relative to the reference ("من السنة الجارية"), or implied by
    الجاري/المقبل/الماضي after the month."""
    if right is None:
        return None
    if right.group("year"):
        return int(right.group("year"))
    if right.group("ryear") is not None:
        shift = _REL_YEAR[right.group("ryear")]
        return reference.year + shift if reference is not None else None
    return _year_for(month, day, right.group("rel"), reference)


def _mention(
    start: int,
    end: int,
    *,
    day: int | None,
    month: int | None,
    year: int | None,
) -> DateMention | None:
    if year is not None and not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    if day is not None and month is not None:
        if not 1 <= day <= 31:
            return None
        date = _safe_date(year, month, day)
        if year is not None and date is None:
            return None  # 31 فبراير 2022 is not a date, whatever the text says
        precision = DatePrecision.DAY if date is not None else None
    elif month is not None:
        date = _safe_date(year, month, 1)
        precision = DatePrecision.MONTH if date is not None else None
    else:
        date = _safe_date(year, 1, 1)
        precision = DatePrecision.YEAR if date is not None else None
    return DateMention(Span(start, end), None, date, precision, day, month, year)


def _numeric_dates(ntext: str) -> Iterator[DateMention]:
    end = -1
    for run in _DIGIT_RUN.finditer(ntext):
        if run.start() < end:
            continue
        m = _NUMERIC.match(ntext, run.start())
        if m is None:
            continue
        end = m.end()
        if m.group("d") is not None:
            d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
        else:
            d, mo, y = int(m.group("d2")), int(m.group("m2")), int(m.group("y2"))
        if 1 <= mo <= 12 and _safe_date(y, mo, d) is not None:
            hit = _mention(m.start(), m.end(), day=d, month=mo, year=y)
            if hit is not None:
                yield hit


_ORDINAL_DAY_LEFT = re.compile(
    rf"(?<![{_L}])(?P<o>ال[{_L}]+(?: (?:و?ال[{_L}]+|عشر|عشره))?) من (?:(?:ال)?شهر )?\Z"
)


# (a weekday before the ordinal is no noun it qualifies: "الأربعاء الثالث من دجنبر")
_QUALIFIED = re.compile(rf"(?<![{_L}])[وبلف]?(?P<w>(?:ال|لل)[{_L}]+) \Z")


def _ordinal_day(ntext: str, month_start: int) -> tuple[int, int] | None:
    """A day written as an ordinal before its month ("الثالث من نونبر", "الحادي والعشرين
    من شهر ماي"): (day, start of the ordinal), or ``None``."""
    from ._ordinals import _find_ordinals_normalized

    left = _ORDINAL_DAY_LEFT.search(ntext, max(0, month_start - 40), month_start)
    if left is None:
        return None
    words = left.group("o")
    for cut in (0, words.find(" ") + 1):  # two words ("الحادي عشر"), else the last one
        if cut and not words[cut:].startswith("ال"):
            continue
        found = _find_ordinals_normalized(words[cut:])
        if len(found) == 1 and found[0].span == Span(0, len(words) - cut):
            start = left.start("o") + cut
            qualified = _QUALIFIED.search(ntext, max(0, start - 20), start)
            if qualified is not None and qualified.group("w")[2:] not in _WEEKDAYS:
                return None  # "الأسبوع الأول من مارس": the ordinal qualifies another noun
            value = found[0].value
            return (value, start) if 1 <= value <= 31 else None
    return None


def _named_dates(ntext: str, reference: dt.date | None) -> Iterator[DateMention]:
    for m in _MONTH_WORDS.scan(ntext):
        month = _MONTHS[m.group("w")]
        right = _MONTH_RIGHT.match(ntext, m.end())
        end = right.end() if right is not None else m.end()
        year_text = right.group("year") if right is not None else None
        rel = right.group("rel") if right is not None else None
        rel_year = right.group("ryear") if right is not None else None
        left = _MONTH_LEFT.search(ntext, max(0, m.start("w") - 25), m.start("w"))
        if left is not None and left.group("shahr") is None:
            lead = "first" if left.group("first") is not None else "day"
            if lead == "first" and _word_start(ntext, left.start("first")) is None:
                left = None
        day: int | None = None
        start = m.start("w")
        ordinal = (
            None
            if left is not None and left.group("shahr") is None
            else (_ordinal_day(ntext, m.start("w")))
        )
        if ordinal is not None:
            day, start = ordinal  # "الثالث من نونبر 2025", "الحادي عشر من شهر ماي"
        elif left is not None and left.group("shahr") is None:
            day = 1 if left.group("first") is not None else int(left.group("day"))
            start = left.start()
        elif left is not None and _word_start(ntext, left.start("shahr")) is not None:
            start = left.start()
        elif year_text is None and rel is None and rel_year is None:
            continue  # a bare "مارس" may be the verb, a bare "اب" the noun "father"
        year = _stated_year(right, month, day, reference)
        hit = _mention(start, end, day=day, month=month, year=year)
        if hit is None and day is not None:
            # "31 فبراير 2022": no such day; what is certain is the month
            hit = _mention(m.start("w"), end, day=None, month=month, year=year)
        if hit is not None:
            yield hit
    for m in _YEAR_ONLY.finditer(ntext):
        start = m.start() - 2 if ntext.endswith("ال", 0, m.start()) else m.start()
        if _word_start(ntext, start) is None:
            continue
        hit = _mention(start, m.end(), day=None, month=None, year=int(m.group("year")))
        if hit is not None:
            yield hit


def _days_of_relative_months(ntext: str, reference: dt.date | None) -> Iterator[DateMention]:
    """ "يوم 12 من الشهر الجاري": the day of the reference's month, or the month before
    or after it."""
    for m in _DAY_OF_REL_MONTH.finditer(ntext):
        day = int(m.group("day"))
        if not 1 <= day <= 31:
            continue
        if reference is None:
            yield DateMention(Span(m.start(), m.end()), day=day)  # the day, month unknown
            continue
        kind = "current" if m.group("this") is not None else _REL_MONTH[m.group("rel")]
        month_index = reference.year * 12 + reference.month - 1
        month_index += {"current": 0, "next": 1, "last": -1}[kind]
        year, month = divmod(month_index, 12)
        hit = _mention(m.start(), m.end(), day=day, month=month + 1, year=year)
        # "30 من الشهر الماضي" in March names no date: the day is what the text says
        yield hit if hit is not None else DateMention(Span(m.start(), m.end()), day=day)


def _relative_dates(ntext: str, reference: dt.date | None) -> Iterator[DateMention]:
    for m in _RELATIVE_WORDS.scan(ntext):
        if ntext.endswith(_NOT_RELATIVE_AFTER, 0, m.start("pre")):
            continue
        offset = _RELATIVE[m.group("w")]
        date = reference + dt.timedelta(days=offset) if reference is not None else None
        yield DateMention(
            Span(m.start("w"), m.end("w")),
            date=date,
            precision=DatePrecision.DAY if date is not None else None,
            day=date.day if date is not None else None,
            month=date.month if date is not None else None,
            year=date.year if date is not None else None,
            relative_days=offset,
        )


def _weekday_words(ntext: str) -> Iterator[tuple[Weekday, int, int]]:
    """Weekday names with their article (السبت) or after يوم (يوم سبت)."""
    seen = set()
    for m in _WEEKDAY_AL.finditer(ntext):
        if _word_start(ntext, m.start(), "وبفل") is not None:
            seen.add(m.start("w"))
            yield _WEEKDAYS[m.group("w")], m.start(), m.end()
    for m in _WEEKDAY_YAWM.finditer(ntext):
        if m.start("w") not in seen and _word_start(ntext, m.start(), "وبفل") is not None:
            yield _WEEKDAYS[m.group("w")], m.start("w"), m.end()


def _candidates(ntext: str, reference: dt.date | None) -> list[DateMention]:
    return _without_overlaps(
        [
            *_numeric_dates(ntext),
            *_named_dates(ntext, reference),
            *_days_of_relative_months(ntext, reference),
            *_relative_dates(ntext, reference),
        ]
    )


def _without_overlaps(found: list[DateMention]) -> list[DateMention]:
    """Keep the longest of overlapping mentions (earliest first on a tie)."""
    found.sort(key=lambda f: (f.span.start, -(f.span.end - f.span.start)))
    kept: list[DateMention] = []
    for f in found:
        if kept and f.span.start < kept[-1].span.end:
            if len(f.span) > len(kept[-1].span):
                kept[-1] = f
            continue
        kept.append(f)
    return kept


def _with_weekdays(
    ntext: str, dates: list[DateMention], reference: dt.date | None
) -> list[DateMention]:
    """Attach each weekday to the date written right after (or before) it."""
    out: list[DateMention] = []
    by_start = {d.span.start: d for d in dates}
    by_end = {d.span.end: d for d in dates}
    used: set[int] = set()
    starts = [d.span.start for d in dates]
    for weekday, start, end in _weekday_words(ntext):
        inside = bisect.bisect_right(starts, start) - 1
        if inside >= 0 and dates[inside].span.end > start:
            continue  # part of a date already read
        joined = _JOIN.match(ntext, end)
        date = by_start.get(joined.end()) if joined is not None else None
        if date is None:
            # "اليوم الاثنين", "أمس، الأحد": a relative word right before the weekday.
            for gap in (" ", ", ", ",", " , "):
                before = by_end.get(start - len(gap))
                if (
                    before is not None
                    and before.relative_days is not None
                    and ntext.startswith(gap, start - len(gap))
                ):
                    date = before
                    break
        if date is None:
            # "يوم 5 نونبر 2024 (الثلاثاء)": the weekday in parentheses after its date.
            for gap in (" (", "(", " ( "):
                before = by_end.get(start - len(gap))
                if before is not None and ntext.startswith(gap, start - len(gap)):
                    date = before
                    break
        if date is not None and date.span.start not in used:
            used.add(date.span.start)
            said, said_at = weekday, start
            first = _first_of_pair(ntext, out, start, date)
            if first is not None and first.weekday is not None:
                # "يومي الاثنين والثلاثاء 22 و23 شتنبر": the run dates from its first day
                said, said_at = first.weekday, first.span.start
                out.pop()
            date = _complete(date, said, reference)
            out.append(
                attrs.evolve(
                    date,
                    span=Span(min(said_at, date.span.start), max(end, date.span.end)),
                    weekday=said,
                )
            )
        else:
            out.append(_weekday_alone(ntext, weekday, start, end, reference))
    out.extend(d for d in dates if d.span.start not in used)
    out.sort(key=lambda d: d.span.start)
    return out


def _first_of_pair(
    ntext: str, out: list[DateMention], start: int, date: DateMention
) -> DateMention | None:
    """The weekday read alone just before "و" + the weekday at ``start`` ("الاثنين
    والثلاثاء 22 و23 شتنبر"), when it is the weekday of ``date`` (the run's first day)."""
    if not out or out[-1].weekday is None or out[-1].date is not None:
        return None
    previous = out[-1]
    if ntext[previous.span.end : start].strip() != "و":
        return None
    if date.date is not None and Weekday.from_date(date.date) is not previous.weekday:
        return None
    return previous


def _weekday_alone(
    ntext: str, weekday: Weekday, start: int, end: int, reference: dt.date | None
) -> DateMention:
    """A weekday with no date; "السبت المقبل"/"السبت الماضي" resolve against a reference."""
    rel = _WEEKDAY_REL.match(ntext, end)
    if rel is None:
        return DateMention(Span(start, end), weekday)
    span = Span(start, rel.end())
    if reference is None:
        return DateMention(span, weekday)
    if _REL_MONTH[rel.group("rel")] == "next":
        date = resolve_weekday(weekday, reference + dt.timedelta(days=1), direction="future")
    elif _REL_MONTH[rel.group("rel")] == "last":
        date = resolve_weekday(weekday, reference - dt.timedelta(days=1), direction="past")
    else:
        return DateMention(span, weekday)
    return DateMention(span, weekday, date, DatePrecision.DAY, date.day, date.month, date.year)


def _complete(date: DateMention, weekday: Weekday, reference: dt.date | None) -> DateMention:
    """Fix the year of "السبت 5 مارس" from the weekday when a reference is given.

    Of the reference year and the years either side, at most one has 5 March on a
    Saturday; if exactly one does, that is the year the text means.
    """
    if date.date is not None or reference is None or date.day is None or date.month is None:
        return date
    years = [
        y
        for y in (reference.year - 1, reference.year, reference.year + 1)
        if (d := _safe_date(y, date.month, date.day)) is not None
        and Weekday.from_date(d) is weekday
    ]
    if len(years) != 1:
        return date
    return attrs.evolve(
        date,
        date=dt.date(years[0], date.month, date.day),
        precision=DatePrecision.DAY,
        year=years[0],
    )


def _check_reference(reference: object) -> dt.date | None:
    if reference is None:
        return None
    if isinstance(reference, dt.datetime):
        return reference.date()
    if not isinstance(reference, dt.date):
        raise ArgumentTypeError(
            f"reference must be a datetime.date or None (got {type(reference).__name__})"
        )
    return reference


def _find_dates_normalized(ntext: str, reference: dt.date | None = None) -> list[DateMention]:
    """Every date or weekday mention in ``search``-normalised text, spans in that text."""
    reference = _check_reference(reference)
    return _with_weekdays(ntext, _candidates(ntext, reference), reference)


def find_dates(text: str, reference: dt.date | None = None) -> list[DateMention]:
    """Every date or weekday mention in published text, in order, spans in that text.

    ``reference`` (usually the publication date) resolves اليوم/أمس/غدا, months
    followed by الجاري/المقبل/الماضي, "من السنة الجارية" and "من الشهر الجاري"; without
    it they stay unresolved (``date`` is ``None``), never guessed.

    Examples:
        >>> ref = dt.date(2023, 5, 10)
        >>> [(m.date, m.precision.value) for m in find_dates("يوم 3 ماي الجاري وأمس", ref)]
        [(datetime.date(2023, 5, 3), 'day'), (datetime.date(2023, 5, 9), 'day')]
        >>> find_dates("يوم 28 من الشهر الماضي", ref)[0].date
        datetime.date(2023, 4, 28)
        >>> find_dates("أمس")[0].date is None
        True
    """
    from ._normalize import normalize_with_offsets

    norm = normalize_with_offsets(_check_text(text), preset="search")
    out = []
    for m in _find_dates_normalized(norm.text, reference):
        out.append(attrs.evolve(m, span=_raw_span(norm, text, m.span.start, m.span.end)))
    return out


def parse_date(text: str, reference: dt.date | None = None) -> DateMention | None:
    """The first date or weekday mention in ``text``, or ``None``.

    Examples:
        >>> parse_date("12/09/2022").date
        datetime.date(2022, 9, 12)
        >>> m = parse_date("خلال شهر شتنبر 2022")
        >>> m.date, m.precision
        (datetime.date(2022, 9, 1), <DatePrecision.MONTH: 'month'>)
        >>> parse_date("لا تاريخ هنا") is None
        True
    """
    found = find_dates(text, reference)
    return found[0] if found else None
