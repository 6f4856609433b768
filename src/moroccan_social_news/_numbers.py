"""Numbers as Moroccan Arabic news writes them: digits and words, with scale words.

The core, :func:`_find_numbers_normalized`, reads text already normalised with the
``search`` preset (ASCII digits, one alef, ``ه`` for a final ``ة``) and returns spans in
that text; :func:`parse_number` and :func:`find_numbers` take published text, normalise
it and map spans back.

Recognised:

- digits with thousands separators ("1.500.000", "1,500,000", "1 500 000") and
  decimal points or commas ("2,5", "1.25"); a prefix glued to the digits (بـ، ل، و)
  is not part of the number;
- Arabic number words from واحد to تسعمائة, teens (أحد عشر … تسعة عشر), tens with
  their case endings (عشرون/عشرين), masculine and feminine forms, joined by و;
- scale words ألف/آلاف/ألفان، مليون/ملايين/مليونان، مليار/ملايير/مليارات with their
  duals and construct forms, after digits or words ("2,5 مليون", "ثلاثة ملايين",
  "8 مليون"), and compounds whose scales decrease ("مليار و200 مليون").

A single separator followed by exactly three digits ("1.500") is read as a thousands
separator, except before a scale word, where it is a decimal ("1,500 مليار" = 1.5
billion), as Arabic press writes it. Anything that is not clearly a number (a plural
scale with no count, as in "آلاف المستفيدين") is not read as one.
"""

from __future__ import annotations

import decimal
import re
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from ._errors import ArgumentTypeError
from ._scan import LETTER_RANGE, trie_pattern
from ._values import Span

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from ._normalize import NormalizedText

__all__ = ["NumberMatch", "find_numbers", "parse_number"]

_L = LETTER_RANGE
_MAX_INT_DIGITS = 24  # longer digit runs are identifiers or noise, never quantities
_CTX = decimal.Context(prec=80)

# --- the lexicon (search-normalised spelling) -----------------------------------------

_UNITS: Mapping[str, int] = MappingProxyType(
    {
        "واحد": 1,
        "واحده": 1,
        "اثنان": 2,
        "اثنين": 2,
        "اثنتان": 2,
        "اثنتين": 2,
        "ثلاث": 3,
        "ثلاثه": 3,
        "اربع": 4,
        "اربعه": 4,
        "خمس": 5,
        "خمسه": 5,
        "ست": 6,
        "سته": 6,
        "سبع": 7,
        "سبعه": 7,
        "ثمان": 8,
        "ثماني": 8,
        "ثمانيه": 8,
        "تسع": 9,
        "تسعه": 9,
    }
)
# First words of 11 and 12, only numbers when عشر/عشرة follows.
_TEEN_LEADS: Mapping[str, int] = MappingProxyType(
    {"احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2}
)
_TEN_WORDS = frozenset({"عشر", "عشره"})
_TENS: Mapping[str, int] = MappingProxyType(
    {
        stem + ending: value
        for stem, value in (
            ("عشر", 20),
            ("ثلاث", 30),
            ("اربع", 40),
            ("خمس", 50),
            ("ست", 60),
            ("سبع", 70),
            ("ثمان", 80),
            ("تسع", 90),
        )
        for ending in ("ون", "ين")
    }
)
_HUNDRED_WORDS = frozenset({"مائه", "مئه"})
_HUNDREDS: Mapping[str, int] = MappingProxyType(
    {
        **dict.fromkeys(_HUNDRED_WORDS, 100),
        **dict.fromkeys(
            ("مائتان", "مائتين", "مائتا", "مائتي", "مئتان", "مئتين", "مئتا", "مئتي"), 200
        ),
        **{
            stem + hundred: value * 100
            for stem, value in (
                ("ثلاث", 3),
                ("اربع", 4),
                ("خمس", 5),
                ("ست", 6),
                ("سبع", 7),
                ("ثمان", 8),
                ("ثماني", 8),
                ("تسع", 9),
            )
            for hundred in ("مائه", "مئه")
        },
    }
)
# Scale words: word -> (scale, form). "one": singular (a count may precede it, also the
# non-standard "8 مليون"); "two": dual, a number by itself ("مليونا درهم"); "many":
# plural, only a number after a count ("ثلاثة ملايين", never "آلاف" alone).
_SCALES: Mapping[str, tuple[int, str]] = MappingProxyType(
    {
        "الف": (1000, "one"),
        "الفا": (1000, "one"),
        "الفان": (1000, "two"),
        "الفين": (1000, "two"),
        "الفي": (1000, "two"),
        "الاف": (1000, "many"),
        "مليون": (10**6, "one"),
        "مليونا": (10**6, "one"),
        "مليونان": (10**6, "two"),
        "مليونين": (10**6, "two"),
        "مليوني": (10**6, "two"),
        "ملايين": (10**6, "many"),
        "مليار": (10**9, "one"),
        "مليارا": (10**9, "one"),
        "ملياران": (10**9, "two"),
        "مليارين": (10**9, "two"),
        "ملياري": (10**9, "two"),
        "ملايير": (10**9, "many"),
        "مليارات": (10**9, "many"),
    }
)
# Fractions of a scale: "مليون ونصف" (1.5 million), "نصف مليار" (half a billion),
# "ربع مليار" (a quarter of a billion).
_FRACTIONS = MappingProxyType({"نصف": Decimal("0.5"), "ربع": Decimal("0.25")})
_HALF = "نصف"
# "مليونا" is both the accusative singular ("عشرون مليونا") and, before the noun it
# counts, the dual construct ("مليونا درهم" = two million dirhams). Without a count
# and with a noun right after it, it is the dual.
_CONSTRUCT_DUALS = frozenset({"الفا", "مليونا", "مليارا"})
_CONSTRUCT = re.compile(rf" (?!و)[{_L}A-Za-z$€]")

_WORDS = sorted(
    {*_UNITS, *_TEEN_LEADS, *_TEN_WORDS, *_TENS, *_HUNDREDS, *_SCALES, *_FRACTIONS},
    key=lambda w: (-len(w), w),
)
_WORD_SET = frozenset(_WORDS)

# Digits: thousands groups with "." / "," / " ", else an integer with an optional
# decimal part. Every repetition starts with a separator, so nothing backtracks far.
_DIGITS = (
    r"(?P<dot>[1-9][0-9]{0,2}(?:\.[0-9]{3})+)(?:,(?P<dotdec>[0-9]{1,6}))?(?![0-9])"
    r"|(?P<comma>[1-9][0-9]{0,2}(?:,[0-9]{3})+)(?:\.(?P<commadec>[0-9]{1,6}))?(?![0-9])"
    r"|(?P<space>[1-9][0-9]{0,2}(?: [0-9]{3})+)(?![0-9]|[.,][0-9])"
    r"|(?P<int>[0-9]+)(?:[.,](?P<dec>[0-9]+))?(?![0-9])"
)
_DIGITS_AT = re.compile(_DIGITS)
_DIGIT_RUN = re.compile(r"[0-9](?<![0-9]{2})")  # the first digit of each run of digits


def _is_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a"


def _word_start(text: str, start: int, prefixes: str = "وفبل") -> int | None:
    """Where a word found at ``start`` begins, with its glued prefix; ``None`` if inside one.

    A word may carry one prefix letter from ``prefixes`` (و، ف، ب، ل) or و/ف then ب/ل
    ("وب", "فل"); any other letter before it means it is the tail of a longer word.
    """
    if start == 0 or not _is_letter(text[start - 1]):
        return start
    first = text[start - 1]
    if first not in prefixes:
        return None
    if start == 1 or not _is_letter(text[start - 2]):
        return start - 1
    second = text[start - 2]
    if second in "وف" and first in "بل" and (start == 2 or not _is_letter(text[start - 3])):
        return start - 2
    return None


@attrs.frozen
class _WordScanner:
    """Finds whole words from a list, each with an optional glued prefix (و ف ب ل وب …).

    A word starts after a space, a line break, a digit or punctuation, or at the start
    of the text. Scanning for " " + word lets ``re`` jump from space to space, several
    times faster than trying the word list at every letter; rarer starts get a second
    scan. Matches have groups ``pre`` (the prefix, maybe empty) and ``w`` (the word).
    """

    after_space: re.Pattern[str]
    after_other: re.Pattern[str]
    at_start: re.Pattern[str]

    @classmethod
    def of(cls, words: Iterable[str], *, prefixes: bool = True, tail: str = "") -> _WordScanner:
        pre = r"(?:[وف][بل]|[وبلف])?" if prefixes else ""
        core = rf"(?P<pre>{pre})(?P<w>{trie_pattern(words)})(?![{_L}]){tail}"
        return cls(
            re.compile(" " + core),
            re.compile(r"[\n(\"'/\[0-9,.:;-]" + core),
            re.compile(core),
        )

    def scan(self, text: str) -> list[re.Match[str]]:
        found = [*self.after_space.finditer(text), *self.after_other.finditer(text)]
        first = self.at_start.match(text)
        if first is not None:
            found.append(first)
        found.sort(key=lambda m: m.start("w"))
        return found


_NUMBER_WORDS = _WordScanner.of(_WORDS)
_DEFINITE_BEFORE = re.compile(rf"(?<![{_L}])[وبلف]?ال[{_L}]{{2,12}} \Z")
_TEN_AFTER = re.compile(rf" عشره?(?![{_L}])")
_GAP = re.compile(r" ?(?:(?P<and>و) ?)?")


@attrs.frozen
class NumberMatch:
    """A number read from text, with where it was read.

    Attributes:
        value: The number, exact (``Decimal``).
        span: Where it is in the text that was searched (without a glued prefix
            such as بـ or و).
        surface: The characters of that span.
        scaled: Whether a scale word (ألف، مليون، مليار …) is part of it.

    Examples:
        >>> find_numbers("بلغ عدد المستفيدين 1.250 شخصا")[0].value
        Decimal('1250')
    """

    value: Decimal
    span: Span
    surface: str
    scaled: bool = False


@attrs.frozen
class _Tok:
    kind: str  # "num" (digits), "unit", "teen", "ten", "tens", "hundred", "scale", "half"
    value: Decimal
    start: int
    end: int
    conj: bool  # preceded by و (glued or as its own word)
    form: str = ""  # scales: "one" / "two" / "many"; digits: "int" / "dec" / "grouped1"
    word: str = ""


def _digits_value(m: re.Match[str]) -> tuple[Decimal, str] | None:
    for name, dec_name, sep in (("dot", "dotdec", "."), ("comma", "commadec", ",")):
        whole = m.group(name)
        if whole is not None:
            frac = m.group(dec_name)
            groups = whole.count(sep)
            digits = whole.replace(sep, "")
            if len(digits) > _MAX_INT_DIGITS:
                return None
            text = digits + ("." + frac if frac else "")
            return Decimal(text), ("grouped1" if groups == 1 and not frac else "grouped")
    whole = m.group("space")
    if whole is not None:
        digits = whole.replace(" ", "")
        return (Decimal(digits), "grouped") if len(digits) <= _MAX_INT_DIGITS else None
    whole = m.group("int")
    frac = m.group("dec")
    if len(whole) > _MAX_INT_DIGITS or (frac is not None and len(frac) > _MAX_INT_DIGITS):
        return None
    if frac is None:
        return Decimal(whole), "int"
    return Decimal(f"{whole}.{frac}"), "dec"


def _digit_matches(text: str) -> Iterator[re.Match[str]]:
    end = -1
    for run in _DIGIT_RUN.finditer(text):
        if run.start() < end:
            continue  # inside "1.500.000", already read
        m = _DIGITS_AT.match(text, run.start())
        if m is not None:
            end = m.end()
            yield m


def _tokens(text: str) -> list[_Tok]:
    raw: list[tuple[int, re.Match[str], int]] = [
        (m.start(), m, m.start()) for m in _digit_matches(text)
    ]
    raw.extend((m.start("w"), m, m.start("pre")) for m in _NUMBER_WORDS.scan(text))
    raw.sort(key=lambda item: item[0])
    toks: list[_Tok] = []
    prev_end = -1
    for found_at, m, begin in raw:
        start, end = found_at, m.end()
        conj = False
        if prev_end >= 0:
            gap = _GAP.fullmatch(text, prev_end, begin)
            conj = gap is not None and gap.group("and") is not None
        word = m.group("w") if "w" in m.re.groupindex else None
        if word is None:
            read = _digits_value(m)
            if read is None:
                prev_end = -1
                continue
            value, form = read
            toks.append(_Tok("num", value, start, end, conj, form))
        else:
            pre = text[begin:start]
            if pre and pre[-1] + word in _WORD_SET and not _TEN_AFTER.match(text, end):
                # "واحد" is a word, not و + "احد" (but "وأحد عشر" is و + 11)
                pre, word, start = pre[:-1], pre[-1] + word, start - 1
            elif word[0] == "و" and word[1:] in _WORD_SET and _TEN_AFTER.match(text, end):
                pre, word, start = pre + "و", word[1:], start + 1
            conj = conj or pre.startswith("و")
            toks.append(_word_token(word, start, end, conj))
        prev_end = end
    return toks


_WORD_KINDS: tuple[tuple[str, Mapping[str, int]], ...] = (
    ("unit", _UNITS),
    ("teen", _TEEN_LEADS),
    ("ten", dict.fromkeys(_TEN_WORDS, 10)),
    ("tens", _TENS),
    ("hundred", _HUNDREDS),
)


def _word_token(word: str, start: int, end: int, conj: bool) -> _Tok:
    for kind, table in _WORD_KINDS:
        if word in table:
            return _Tok(kind, Decimal(table[word]), start, end, conj, word=word)
    if word in _SCALES:
        scale, form = _SCALES[word]
        return _Tok("scale", Decimal(scale), start, end, conj, form=form, word=word)
    return _Tok("half", _FRACTIONS[word], start, end, conj, word=word)


def _adjacent(text: str, a: _Tok, b: _Tok) -> bool:
    """Whether ``b`` follows ``a`` with at most a space and a و between them."""
    return b.start - a.end <= 3 and _GAP.fullmatch(text, a.end, b.start) is not None


# Places of a small (< 1000) word number: 1 units, 2 tens, 4 hundreds.
_UNITS_PLACE, _TENS_PLACE, _HUNDREDS_PLACE = 1, 2, 4


def _read_small(text: str, toks: list[_Tok], i: int) -> tuple[Decimal, int, bool] | None:
    """A number below a thousand (words) or a digit number at ``toks[i]``.

    Returns (value, index after it, is_digits) or ``None``.
    """
    t = toks[i]
    if t.kind == "num":
        return t.value, i + 1, True
    value = Decimal(0)
    places = 0
    k = i
    n = len(toks)
    while k < n:
        t = toks[k]
        if k > i and (not t.conj or not _adjacent(text, toks[k - 1], t)):
            break
        nxt = toks[k + 1] if k + 1 < n else None
        teen = (
            t.kind in {"unit", "teen"}
            and nxt is not None
            and nxt.kind == "ten"
            and not nxt.conj
            and _adjacent(text, t, nxt)
        )
        if teen:
            add, place, step = t.value + 10, _UNITS_PLACE | _TENS_PLACE, 2
        elif (
            t.kind == "unit"
            and nxt is not None
            and nxt.kind == "hundred"
            and nxt.word in _HUNDRED_WORDS
            and not nxt.conj
            and _adjacent(text, t, nxt)
        ):
            add, place, step = t.value * 100, _HUNDREDS_PLACE, 2  # "ثلاث مائة"
        elif t.kind == "unit":
            add, place, step = t.value, _UNITS_PLACE, 1
        elif t.kind == "ten":
            add, place, step = Decimal(10), _UNITS_PLACE | _TENS_PLACE, 1
        elif t.kind == "tens":
            add, place, step = t.value, _TENS_PLACE, 1
        elif t.kind == "hundred":
            add, place, step = t.value, _HUNDREDS_PLACE, 1
        else:
            break
        # Each place is filled once, hundreds first: "مائة وخمسة وعشرون" = 125.
        if places & place or (place == _HUNDREDS_PLACE and places):
            break
        value += add
        places |= place
        k += step
    if k == i:
        return None
    return value, k, False


def _read_group(
    text: str, toks: list[_Tok], k: int, first: bool, last_scale: Decimal | None
) -> tuple[Decimal, Decimal, int] | None:
    """One group of a compound ("200 مليون" in "مليار و200 مليون"): (value, scale, next)."""
    t = toks[k]
    if t.kind == "scale":
        if t.form == "many":
            return None  # "آلاف المستفيدين": thousands, but how many is not said
        two = t.form == "two" or (t.word in _CONSTRUCT_DUALS and _CONSTRUCT.match(text, t.end))
        return t.value * (2 if two else 1), t.value, k + 1
    small = _read_small(text, toks, k)
    if small is None:
        return None
    count, after, is_digits = small
    nxt = toks[after] if after < len(toks) else None
    if (
        nxt is not None
        and nxt.kind == "scale"
        and nxt.form != "two"
        and not nxt.conj
        and _adjacent(text, toks[after - 1], nxt)
    ):
        if is_digits and t.form == "grouped1":
            # "1,500 مليون": before a scale word, one group is a decimal part.
            count = Decimal(text[t.start : t.end].replace(",", "."))
        return _CTX.multiply(count, nxt.value), nxt.value, after + 1
    if not first and (last_scale is None or count >= last_scale):
        return None
    return count, Decimal(1), after


def _read_expression(text: str, toks: list[_Tok], i: int) -> tuple[Decimal, int, bool] | None:
    """The longest well-formed quantity starting at ``toks[i]``.

    Groups join with و while their scales decrease: "مليار و200 مليون" = 1.2e9, but
    "مليون و3 مليون" is two numbers. Returns (value, index after it, scaled).
    """
    total = Decimal(0)
    last_scale: Decimal | None = None
    k = i
    while k < len(toks):
        t = toks[k]
        if k > i:
            if not t.conj or last_scale is None or not _adjacent(text, toks[k - 1], t):
                break
            if t.kind == "half":  # "مليون ونصف", "مليون ونصف المليون"
                if t.word != _HALF:
                    break  # "مليون وربع" is rare enough to leave unread
                total = _CTX.add(total, last_scale / 2)
                k += 1
                break
        if k == i and t.kind == "half":
            # "نصف مليار درهم": a fraction of the scale word right after it.
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if (
                nxt is None
                or nxt.kind != "scale"
                or nxt.form != "one"
                or nxt.conj
                or not _adjacent(text, t, nxt)
            ):
                return None
            total, last_scale, k = _CTX.multiply(t.value, nxt.value), nxt.value, k + 2
            continue
        group = _read_group(text, toks, k, k == i, last_scale)
        if group is None or (last_scale is not None and group[1] >= last_scale):
            break
        value, scale, after = group
        total = _CTX.add(total, value)
        last_scale, k = scale, after
        if scale == 1:
            break
    if k == i or last_scale is None:
        return None
    scaled = any(tok.kind == "scale" for tok in toks[i:k])
    return _clean(total), k, scaled


def _clean(value: Decimal) -> Decimal:
    """``Decimal('1500000.0')`` -> ``Decimal('1500000')``; keeps real fractions."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize(_CTX)


def _find_numbers_normalized(ntext: str) -> list[NumberMatch]:
    """Every number in ``search``-normalised text, spans in that text, in order."""
    toks = _tokens(ntext)
    found: list[NumberMatch] = []
    i = 0
    while i < len(toks):
        read = _read_expression(ntext, toks, i)
        if read is None:
            i += 1
            continue
        value, after, scaled = read
        start, end = toks[i].start, toks[after - 1].end
        if toks[after - 1].kind == "half" and after - 1 > i:
            restated = _RESTATED_SCALE.match(ntext, end)
            if restated is not None:
                end = restated.end()  # "مليون ونصف (ال)مليون": the scale said again
                while after < len(toks) and toks[after].start < end:
                    after += 1  # the restated scale is not a number of its own
        if (
            toks[i].kind == "ten"
            and after == i + 1
            and _DEFINITE_BEFORE.search(ntext, max(0, start - 20), start)
        ):
            i = after  # the عشرة of an ordinal: "الرابعة عشرة"
            continue
        found.append(NumberMatch(value, Span(start, end), ntext[start:end], scaled))
        i = after
    return found


# "مليون ونصف المليون", "ثلاثة ملايين ونصف مليون": the scale said again after the half.
_RESTATED_SCALE = re.compile(rf" (?:ال)?(?:مليون|مليار|الف)(?![{_L}])")
_TRAILING_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]*")


def _raw_span(norm: NormalizedText, text: str, start: int, end: int) -> Span:
    """Map a span of normalised text back to ``text``, with the word's trailing marks.

    The normaliser drops diacritics and tatweel; a span ending on "غدا" in the
    normalised text should cover "غداً" in the published one.
    """
    s, e = norm.original_span(start, end)
    if e > s:
        m = _TRAILING_MARKS.match(text, e)
        if m is not None:
            e = m.end()
    return Span(s, e)


def _check_text(text: object, what: str = "text") -> str:
    if not isinstance(text, str):
        raise ArgumentTypeError(f"{what} must be a str (got {type(text).__name__})")
    return text


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in published text, in order, with spans in that text.

    Use it to read counts and quantities; money (a number with a currency) is
    :func:`find_amounts`' job.

    Examples:
        >>> [str(m.value) for m in find_numbers("شارك ثلاثة وعشرون مستفيدا في دورة بـ 1.500 درهم")]
        ['23', '1500']
        >>> m = find_numbers("بغلاف قدره مليار و200 مليون")[0]
        >>> m.value, m.surface
        (Decimal('1200000000'), 'مليار و200 مليون')
    """
    from ._normalize import normalize_with_offsets

    norm = normalize_with_offsets(_check_text(text), preset="search")
    out = []
    for m in _find_numbers_normalized(norm.text):
        span = _raw_span(norm, text, m.span.start, m.span.end)
        out.append(attrs.evolve(m, span=span, surface=span.text(text)))
    return out


def parse_number(text: str) -> Decimal | None:
    """The first number in ``text`` (digits or words), or ``None`` if there is none.

    Examples:
        >>> parse_number("خمسة عشر ألفا")
        Decimal('15000')
        >>> parse_number("٢٫٥ مليون")
        Decimal('2500000')
        >>> parse_number("بـ1.500.000")
        Decimal('1500000')
        >>> parse_number("آلاف المستفيدين") is None
        True
    """
    found = find_numbers(text)
    return found[0].value if found else None
