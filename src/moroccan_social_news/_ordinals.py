"""Ordinal numbers ("السابع", "الثانية عشرة", "الدورة 7", "ال12 من نوعه").

The core, :func:`_find_ordinals_normalized`, reads ``search``-normalised text and
returns spans in it; :func:`find_ordinals` and :func:`parse_ordinal` take published
text.

Recognised: masculine and feminine ordinals from الأول/الأولى to التاسع والتسعون/
التاسعة والتسعين, with the article (الحادي عشر، الحادية عشرة، الثاني والعشرون …) and,
for 1 to 10, without it before a noun ("أول لقاء", "ثاني اجتماع"); digits glued to the
article ("ال12", "الـ 12") or after a series noun ("الدورة 7", "النسخة رقم 3").

Not ordinals: the Syriac and Hijri month names (تشرين الأول، ربيع الثاني …), clock
times (الساعة الخامسة), "أمس الأول" (the day before yesterday) and regnal numbers
(الملك محمد السادس، شارع الحسن الثاني).
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from ._numbers import (
    _DIGIT_RUN,
    _TENS,  # cardinal and ordinal tens share their form: العشرون، الثلاثون …
    _check_text,
    _raw_span,
    _word_start,
    _WordScanner,
)
from ._scan import LETTER_RANGE, trie_pattern
from ._values import Span

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

__all__ = ["OrdinalMatch", "find_ordinals", "parse_ordinal"]

_L = LETTER_RANGE

# Ordinal adjectives 1-10 (masculine, feminine) in normalised spelling.
_UNITS: Mapping[str, tuple[int, bool]] = MappingProxyType(
    {
        word: (value, feminine)
        for value, masc, fem in (
            (1, "اول", "اولي"),
            (2, "ثاني", "ثانيه"),
            (3, "ثالث", "ثالثه"),
            (4, "رابع", "رابعه"),
            (5, "خامس", "خامسه"),
            (6, "سادس", "سادسه"),
            (7, "سابع", "سابعه"),
            (8, "ثامن", "ثامنه"),
            (9, "تاسع", "تاسعه"),
            (10, "عاشر", "عاشره"),
        )
        for word, feminine in ((masc, False), (fem, True))
    }
)


def unit_words(*, feminine: bool, upto: int = 10) -> str:
    """The ordinal adjectives 1..``upto`` of one gender as a regex alternation, in
    normalised spelling without the article: the one list other modules build their
    rank patterns from ("الاتفاقية الثانية", "جامعة الحسن الثاني")."""
    words = [w for w, (value, fem) in _UNITS.items() if fem is feminine and value <= upto]
    return "|".join(words)


# In 11-99 the unit is حادي/حادية (or واحد/واحدة) for 1, and 10 is never a unit.
_COMPOUND_UNITS: Mapping[str, tuple[int, bool]] = MappingProxyType(
    {
        **{w: v for w, v in _UNITS.items() if v[0] not in {1, 10}},
        "حادي": (1, False),
        "حاديه": (1, True),
        "واحد": (1, False),
        "واحده": (1, True),
    }
)


# Month names (تشرين الأول، ربيع الثاني), clock times (الساعة الخامسة), "أمس الأول" and
# regnal numbers in names of kings, streets and institutions (محمد السادس، الحسن الثاني).
_NOT_AFTER = (
    "تشرين ",
    "كانون ",
    "ربيع ",
    "جمادي ",
    "الساعه ",
    "امس ",
    "محمد ",
    "الحسن ",
    "يوسف ",
    "فيصل ",
    "عبدالله ",
    "عبد الله ",
)
# Scanned patterns start with a literal ("ال") or a letter, never a look-behind, so that
# ``re`` skips fast to candidates; prefixes and the words before are checked in code.
_DEFINITE = re.compile(
    rf"ال(?:(?P<cu>{trie_pattern(_COMPOUND_UNITS)}) "
    rf"(?:(?P<teen>عشره?)|و ?ال(?P<ctens>{trie_pattern(_TENS)}))"
    rf"|(?P<unit>{trie_pattern(_UNITS)})|(?P<tens>{trie_pattern(_TENS)}))(?![{_L}])"
)
_BARE = _WordScanner.of(_UNITS, tail=rf"(?= [{_L}])(?! امس)")
_HOSTS = r"دوره|نسخه|طبعه|محطه|حلقه|مرحله|جوله|دفعه|فوج"
_DIGITS_LEFT = re.compile(rf"(?:(?P<al>ال) ?|(?:ال)?(?:{_HOSTS}) (?:رقم )?(?:ال ?)?)\Z")
_DIGITS_AT = re.compile(r"[0-9]{1,3}(?![0-9]| ?[.,/-] ?[0-9])")
# "ال12" is an ordinal after a definite noun ("الدورة ال12") or before a series phrase
# ("ال12 من نوعه"); elsewhere it is a cardinal with the article ("ال20 مليون درهم").
_DEFINITE_BEFORE = re.compile(rf"(?<![{_L}])[وبلف]?ال[{_L}]{{2,20}} \Z")
_SERIES_AFTER = re.compile(r" (?:من نوع|ضمن|في سلسله|من سلسله)")
_CARDINAL_AFTER = re.compile(
    rf" (?:[{_L}]{{0,2}})(?:الف|مليون|مليار|ملايين|ملايير|درهم|في المائه|%)"
)


@attrs.frozen
class OrdinalMatch:
    """An ordinal number found in text.

    Attributes:
        value: The rank, ``>= 1``.
        span: Where the ordinal is in the searched text (the word(s), or "ال12", or the
            digits after a series noun).
        feminine: ``True`` for a feminine form (السابعة), ``False`` for a masculine one,
            ``None`` when the form does not say (digits, العشرون).

    Examples:
        >>> [(m.value, m.feminine) for m in find_ordinals("الدورة الحادية عشرة والاجتماع السابع")]
        [(11, True), (7, False)]
    """

    value: int
    span: Span
    feminine: bool | None = None


def _word_ordinals(ntext: str) -> Iterator[OrdinalMatch]:
    for m in _DEFINITE.finditer(ntext):
        begin = _word_start(ntext, m.start())
        if begin is None or ntext.endswith(_NOT_AFTER, 0, begin):
            continue
        feminine: bool | None
        if m.group("cu") is not None:
            unit, feminine = _COMPOUND_UNITS[m.group("cu")]
            tens = 10 if m.group("teen") is not None else _TENS[m.group("ctens")]
            value = tens + unit
        elif m.group("tens") is not None:
            value, feminine = _TENS[m.group("tens")], None
        else:
            value, feminine = _UNITS[m.group("unit")]
        yield OrdinalMatch(value, Span(m.start(), m.end()), feminine)
    for m in _BARE.scan(ntext):
        if ntext.endswith(_NOT_AFTER, 0, m.start("pre")):
            continue
        value, feminine = _UNITS[m.group("w")]
        yield OrdinalMatch(value, Span(m.start("w"), m.end("w")), feminine)


def _digit_ordinals(ntext: str) -> Iterator[OrdinalMatch]:
    for run in _DIGIT_RUN.finditer(ntext):
        m = _DIGITS_AT.match(ntext, run.start())
        if m is None or int(m.group()) < 1:
            continue
        left = _DIGITS_LEFT.search(ntext, max(0, m.start() - 20), m.start())
        if left is None or _word_start(ntext, left.start()) is None:
            continue
        start = m.start()
        if left.group("al") is not None:
            glued_ok = (
                _DEFINITE_BEFORE.search(ntext, max(0, left.start() - 25), left.start()) is not None
                or _SERIES_AFTER.match(ntext, m.end()) is not None
            )
            if not glued_ok or _CARDINAL_AFTER.match(ntext, m.end()) is not None:
                continue
            start = left.start()
        yield OrdinalMatch(int(m.group()), Span(start, m.end()))


def _find_ordinals_normalized(ntext: str) -> list[OrdinalMatch]:
    """Every ordinal in ``search``-normalised text, spans in that text, in order."""
    found = [*_word_ordinals(ntext), *_digit_ordinals(ntext)]
    found.sort(key=lambda o: o.span.start)
    return found


def find_ordinals(text: str) -> list[OrdinalMatch]:
    """Every ordinal in published text, in order, with spans in that text.

    Examples:
        >>> [m.value for m in find_ordinals("النسخة الخامسة، وهي ال12 من نوعها، بعد الدورة 7")]
        [5, 12, 7]
    """
    from ._normalize import normalize_with_offsets

    norm = normalize_with_offsets(_check_text(text), preset="search")
    out = []
    for m in _find_ordinals_normalized(norm.text):
        out.append(attrs.evolve(m, span=_raw_span(norm, text, m.span.start, m.span.end)))
    return out


def parse_ordinal(text: str) -> int | None:
    """The first ordinal in ``text`` as an int, or ``None``.

    Examples:
        >>> parse_ordinal("اللقاء السابع ضمن سلسلة اللقاءات")
        7
        >>> parse_ordinal("الثانيةَ عشرةَ")
        12
        >>> parse_ordinal("على الساعة الخامسة مساء") is None
        True
    """
    found = find_ordinals(text)
    return found[0].value if found else None
