"""Character tables of the built-in normalisation steps, as data.

Each table maps one character to its replacement (``""`` deletes it). Letters are
named with pyarabic's constants (:mod:`pyarabic.araby`) wherever it has them; the
other code points are written once here, with their Unicode names in comments.
The tables are read-only mappings; :mod:`._normalize` turns them into steps.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from pyarabic import araby

__all__ = [
    "ALEF_MAKSURA_TABLE",
    "ARABIC_PUNCTUATION_TABLE",
    "COMMON_CHARS",
    "DIACRITICS_TABLE",
    "DIGITS_TABLE",
    "HAMZA_CARRIERS_TABLE",
    "INVISIBLE_TABLE",
    "PRESENTATION_RANGES",
    "TATWEEL_TABLE",
    "TEH_MARBUTA_TABLE",
    "TYPOGRAPHIC_PUNCTUATION_TABLE",
    "UNIFY_ALEF_TABLE",
    "WHITESPACE_TABLE",
    "composition_classes",
    "presentation_forms_table",
]


def _chars(*ranges: tuple[int, int]) -> tuple[str, ...]:
    """Characters of inclusive code point ranges."""
    return tuple(chr(c) for first, last in ranges for c in range(first, last + 1))


def _table(pairs: Iterable[tuple[str, str]]) -> Mapping[str, str]:
    return MappingProxyType(dict(pairs))


def _delete(chars: Iterable[str]) -> Mapping[str, str]:
    return _table((c, "") for c in chars)


# Arabic presentation forms A (U+FB50-U+FDFF) and B (U+FE70-U+FEFF): contextual
# glyph forms and ligatures (e.g. U+FEFB LAM WITH ALEF ISOLATED FORM) that some
# editors and PDF extractors emit instead of letters.
PRESENTATION_RANGES: tuple[tuple[int, int], ...] = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


@functools.cache
def presentation_forms_table() -> Mapping[str, str]:
    """Each presentation form that NFKC changes -> its NFKC form (cached, ~730 entries).

    NFKC of a run of these characters equals the concatenation of NFKC of each one
    (no decomposition starts with a combining mark and Arabic letters never compose
    with each other; the test suite checks it), so a per-character table is exact.
    """
    pairs = ((c, unicodedata.normalize("NFKC", c)) for c in _chars(*PRESENTATION_RANGES))
    return _table((c, n) for c, n in pairs if n != c)


# Hangul vowel (V) and trailing consonant (T) jamo: they compose with a preceding
# syllable or leading consonant by the algorithm of Unicode section 3.12, so
# ``unicodedata.decomposition`` does not list the syllables that contain them.
_HANGUL_V_T: tuple[tuple[int, int], ...] = ((0x1161, 0x1175), (0x11A8, 0x11C2))
# Where combining marks and canonical decompositions are: all of U+0001-U+2FA1F but
# CJK unified ideographs (U+3400-U+4DBF, U+4E00-U+9FFF), Hangul syllables (handled by
# _HANGUL_V_T), surrogates, private use (U+E000-U+F8FF) and plane 2 before the CJK
# compatibility ideographs supplement (U+2F800-U+2FA1F, singleton decompositions).
_NFC_SCAN: tuple[tuple[int, int], ...] = (
    (0x0001, 0x33FF),
    (0x4DC0, 0x4DFF),
    (0xA000, 0xABFF),
    (0xD7B0, 0xD7FF),
    (0xF900, 0x1FFFF),
    (0x2F800, 0x2FA1F),
)


@functools.cache
def composition_classes() -> tuple[str, str]:
    """Characters that matter to NFC: ``(marks, unstable)``, each a sorted string (cached).

    ``marks`` have a canonical combining class > 0 (NFC may reorder them);
    ``unstable`` are the characters NFC may change or compose with what precedes
    them (NFC_Quick_Check No or Maybe, a superset: every character that is not the
    first of a canonical decomposition). Text with neither, and whose marks are in
    canonical order, is already in NFC. Computed from :mod:`unicodedata` (so it
    follows the Python's Unicode version) over U+0001-U+2FA1F without the unified
    ideographs, Hangul syllables, surrogates and private use (none of them is a mark
    or has a canonical decomposition); a few tens of milliseconds, once.
    """
    chars = "".join(chr(c) for first, last in _NFC_SCAN for c in range(first, last + 1))
    marks = "".join(filter(unicodedata.combining, chars))
    unstable = set(_chars(*_HANGUL_V_T))
    for c in filter(unicodedata.decomposition, chars):
        if unicodedata.decomposition(c).startswith("<"):
            continue  # compatibility only: NFC leaves it alone
        if unicodedata.normalize("NFC", c) != c:
            unstable.add(c)
        unstable.update(unicodedata.normalize("NFD", c)[1:])
    return marks, "".join(sorted(unstable))


# Harakat, tanwin, shadda, sukun (pyarabic.araby.TASHKEEL), the other Arabic marks of
# U+064B-U+065F (maddah, hamza above/below, subscript alef, ...), superscript alef
# U+0670 and the Quranic annotation signs U+06D6-U+06ED.
DIACRITICS_TABLE = _delete(
    dict.fromkeys((*araby.TASHKEEL, *_chars((0x064B, 0x065F)), araby.SMALL_ALEF))
    | dict.fromkeys(_chars((0x06D6, 0x06ED)))
)

TATWEEL_TABLE = _delete((araby.TATWEEL,))

UNIFY_ALEF_TABLE = _table(
    (c, araby.ALEF)
    for c in (araby.ALEF_HAMZA_ABOVE, araby.ALEF_HAMZA_BELOW, araby.ALEF_MADDA, araby.ALEF_WASLA)
)

ALEF_MAKSURA_TABLE = _table([(araby.ALEF_MAKSURA, araby.YEH)])

TEH_MARBUTA_TABLE = _table([(araby.TEH_MARBUTA, araby.HEH)])

HAMZA_CARRIERS_TABLE = _table((c, araby.HAMZA) for c in (araby.WAW_HAMZA, araby.YEH_HAMZA))

# Arabic-Indic digits U+0660-U+0669 and extended (Persian) digits U+06F0-U+06F9;
# U+066B ARABIC DECIMAL SEPARATOR and U+066C ARABIC THOUSANDS SEPARATOR.
DIGITS_TABLE = _table(
    [(c, str(i % 10)) for i, c in enumerate(_chars((0x0660, 0x0669), (0x06F0, 0x06F9)))]
    + [("\u066b", "."), ("\u066c", ",")]
)

ARABIC_PUNCTUATION_TABLE = _table(
    [(araby.COMMA, ","), (araby.SEMICOLON, ";"), (araby.QUESTION, "?")]
)

# Quotation marks (U+201C, U+201D, U+00AB, U+00BB, U+201E, U+201F, U+2033 DOUBLE PRIME;
# U+2018, U+2019) and dashes (U+2013 EN, U+2014 EM, U+2012 FIGURE, U+2212 MINUS,
# U+2010 HYPHEN).
TYPOGRAPHIC_PUNCTUATION_TABLE = _table(
    [(c, '"') for c in "\u201c\u201d\u00ab\u00bb\u201e\u201f\u2033"]
    + [(c, "'") for c in "\u2018\u2019"]
    + [(c, "-") for c in "\u2013\u2014\u2012\u2212\u2010"]
)

# Zero-width space/non-joiner/joiner and LRM/RLM (U+200B-U+200F), bidi embeddings and
# overrides (U+202A-U+202E), bidi isolates (U+2066-U+2069), BOM / zero-width no-break
# space (U+FEFF), ARABIC LETTER MARK (U+061C) and SOFT HYPHEN (U+00AD).
INVISIBLE_TABLE = _delete(
    (
        *_chars((0x200B, 0x200F), (0x202A, 0x202E), (0x2066, 0x2069), (0xFEFF, 0xFEFF)),
        "\u061c",
        "\u00ad",
    )
)

# TAB, NO-BREAK SPACE, OGHAM SPACE MARK, EN QUAD..HAIR SPACE (U+2000-U+200A), NARROW
# NO-BREAK SPACE, MEDIUM MATHEMATICAL SPACE, IDEOGRAPHIC SPACE -> SPACE. Line breaks
# (\n, \r, \v, \f, U+0085, U+2028, U+2029) are not spaces here: they are kept.
WHITESPACE_TABLE = _table(
    (c, " ")
    for c in ("\t", "\u00a0", "\u1680", *_chars((0x2000, 0x200A)), "\u202f", "\u205f", "\u3000")
)

# Characters that Moroccan news text is made of, most frequent first: printable ASCII,
# Arabic letters, harakat, tatweel, digits, punctuation, common invisible controls and
# spaces, lam-alef ligatures, letters of Maghrebi and Persian spelling (ڤ ڭ پ چ ژ گ ک ی).
# The normaliser gives these a fast path (see ``_normalize._Codec``); any other
# character is handled by the general path, with the same result.
COMMON_CHARS: str = (
    "\t\n\r\x0b\x0c"
    + "".join(map(chr, range(0x20, 0x7F)))
    + "".join(_chars((0x0621, 0x063A), (0x0641, 0x064A), (0x064B, 0x0652)))
    + "\u0640\u0670\u0671"
    + "".join(_chars((0x0660, 0x066C), (0x06F0, 0x06F9)))
    + "\u060c\u061b\u061f\u061c"
    + "\u201c\u201d\u00ab\u00bb\u201e\u201f\u2033\u2018\u2019\u2013\u2014\u2012\u2212\u2010"
    + "\u00a0\u200b\u200c\u200d\u200e\u200f\u202f\u2009\u00ad\ufeff"
    + "".join(_chars((0xFEF5, 0xFEFC)))
    + "\u06a4\u06ad\u067e\u0686\u0698\u06af\u06a9\u06cc"
)
