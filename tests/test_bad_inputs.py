"""The inventory of bad inputs (docs/bad-inputs.md), entry point by entry point.

Each public entry point gets wrong types, empty and whitespace-only input, broken
encodings, BOMs, lone surrogates, NUL bytes, CR/CRLF line ends, very long lines, mixed
scripts, bidi controls and semantically wrong JSON. The documented result is either a
correct answer or a typed error (the package's hierarchy, or ``TypeError`` for a wrong
argument type) whose message says what, where and what is valid; the CLI answers with
exit status 1 and one line on stderr, never a traceback.
"""

from __future__ import annotations

import codecs
import copy
import datetime as dt
import json
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from conftest import SEED_ID

import moroccan_social_news as msn
from moroccan_social_news._cli import main

# A meeting with a cost, written for these tests (not from a real article).
MEETING = "انعقد يوم السبت 4 مارس 2023 بمقر عمالة إقليم طاطا اجتماع برئاسة عامل الإقليم"
COST = "بكلفة 20 مليون درهم"
TEXT = f"{MEETING}، {COST}."

# --------------------------------------------------------------------------- wrong types

TEXT_FUNCTIONS: dict[str, Callable[[Any], object]] = {
    "normalize": msn.normalize,
    "normalize_with_offsets": msn.normalize_with_offsets,
    "Normalizer.__call__": msn.Normalizer(["remove_tatweel"]),
    "Normalizer.with_offsets": msn.Normalizer(["remove_tatweel"]).with_offsets,
    "parse_number": msn.parse_number,
    "parse_amount": msn.parse_amount,
    "find_amounts": msn.find_amounts,
    "parse_date": msn.parse_date,
    "find_dates": msn.find_dates,
    "parse_ordinal": msn.parse_ordinal,
    "parse_year_range": msn.parse_year_range,
    "extract": msn.extract,
    "find_region": msn.find_region,
    "region": msn.region,
    "load_article": msn.load_article,
    "read_articles": msn.read_articles,
}
WRONG_TYPES = [TEXT.encode(), None, 2023, bytearray(b"x"), ["نص"]]


@pytest.mark.parametrize("bad", WRONG_TYPES, ids=lambda b: type(b).__name__)
@pytest.mark.parametrize("name", list(TEXT_FUNCTIONS))
def test_wrong_argument_type_is_a_type_error_naming_the_type(name: str, bad: object) -> None:
    with pytest.raises(TypeError) as info:
        TEXT_FUNCTIONS[name](bad)
    assert type(bad).__name__ in str(info.value)  # says what it got ...
    assert isinstance(info.value, msn.ArgumentTypeError)  # ... and is a package error


@pytest.mark.parametrize("bad", ["text", None, 12, [b"x"]], ids=repr)
def test_decode_text_takes_bytes_only(bad: object) -> None:
    with pytest.raises(TypeError, match="bytes"):
        msn.decode_text(bad)  # type: ignore[arg-type]  # the wrong type is the test


@pytest.mark.parametrize("bad", [None, 5, "Person", dict])
def test_converters_refuse_what_is_not_a_record_class(bad: object) -> None:
    with pytest.raises(TypeError, match="record classes"):
        msn.from_dict(bad, {})  # type: ignore[arg-type]  # the wrong type is the test
    with pytest.raises(TypeError, match="record classes"):
        msn.from_json(bad, "{}")  # type: ignore[arg-type]  # the wrong type is the test


@pytest.mark.parametrize("bad", [None, 5, "x", b"x", {"start": 1}])
def test_to_dict_refuses_what_is_not_a_record(bad: object) -> None:
    with pytest.raises(TypeError, match="record classes"):
        msn.to_dict(bad)


@pytest.mark.parametrize("bad", [None, 5, {"start": 1}])
def test_from_json_refuses_text_of_the_wrong_type(bad: object) -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        msn.from_json(msn.YearRange, bad)  # type: ignore[arg-type]  # the wrong type is the test


# --------------------------------------------------------------------------- odd strings

# (id, text): every text function must take these without raising.
ODD_TEXTS = [
    ("empty", ""),
    ("whitespace", " \t\n\r\n\u00a0 "),
    ("lone surrogate", f"{MEETING} \ud800 {COST}"),
    ("lone low surrogate", "\udfff"),
    ("NUL", f"{MEETING}\x00 {COST}"),
    ("CRLF", f"{MEETING}\r\n{COST}\r\n"),
    ("CR", f"{MEETING}\r{COST}\r"),
    ("BOM", f"\ufeff{TEXT}"),
    ("mixed scripts", f"Réunion à Tata 😀 {TEXT} 🎉 coût: 5 millions DH"),
    ("bidi controls", f"\u202b{MEETING}\u202c \u2067{COST}\u2069 \u200f\u200e\u061c"),
    ("zero-width joiners", TEXT.replace("مليون", "مل\u200cيون").replace("السبت", "السب\u200dت")),
    ("long line", "كلمة " * 20_000 + TEXT),
    ("only marks", "\u064b\u0651\u0640" * 50),
    ("private use and noncharacters", "\ue000\uffff\U0010ffff" + TEXT),
]
PARSERS: dict[str, Callable[[str], object]] = {
    name: TEXT_FUNCTIONS[name]
    for name in (
        "normalize",
        "normalize_with_offsets",
        "parse_number",
        "parse_amount",
        "find_amounts",
        "parse_date",
        "find_dates",
        "parse_ordinal",
        "parse_year_range",
        "extract",
        "find_region",
    )
}


@pytest.mark.parametrize(("case", "text"), ODD_TEXTS, ids=[c for c, _ in ODD_TEXTS])
@pytest.mark.parametrize("name", list(PARSERS))
def test_odd_strings_never_raise(name: str, case: str, text: str) -> None:
    PARSERS[name](text)


@pytest.mark.parametrize(("case", "text"), ODD_TEXTS, ids=[c for c, _ in ODD_TEXTS])
def test_spans_of_odd_strings_index_the_given_text(case: str, text: str) -> None:
    for match in msn.find_amounts(text):
        assert 0 <= match.span.start < match.span.end <= len(text)
    for mention in msn.find_dates(text):
        assert 0 <= mention.span.start < mention.span.end <= len(text)
    result = msn.extract(text)
    records: list[msn.Meeting | msn.Agreement] = [*result.meetings, *result.agreements]
    for record in records:
        for _, spans in record.evidence.items():
            assert all(0 <= s.start <= s.end <= len(text) for s in spans)


@pytest.mark.parametrize("text", ["", "   ", "\n\r\n", "\t\u00a0"])
def test_empty_and_blank_text_give_empty_answers(text: str) -> None:
    assert msn.normalize(text).strip() == ""
    assert msn.parse_number(text) is None
    assert msn.parse_amount(text) is None
    assert msn.find_amounts(text) == []
    assert msn.parse_date(text) is None
    assert msn.find_dates(text) == []
    assert msn.parse_ordinal(text) is None
    assert msn.parse_year_range(text) is None
    assert msn.find_region(text) is None
    result = msn.extract(text)
    assert result.meetings == ()
    assert result.agreements == ()


# (id, text, expected amount text): the amount is found, its span covers the right text.
AMOUNT_CASES = [
    ("CRLF", f"{MEETING}\r\n{COST}\r\n", "20 مليون درهم"),
    ("CR", f"{MEETING}\r{COST}\r", "20 مليون درهم"),
    ("BOM", f"\ufeff{TEXT}", "20 مليون درهم"),
    # Python indexes code points, so an emoji before the amount is one character.
    ("emoji before", f"😀😀 {COST}", "20 مليون درهم"),
    ("French around", f"Coût total : {COST} (budget régional)", "20 مليون درهم"),
    # A mark inside the amount is kept in its span, not dropped from the text.
    ("bidi inside", "بكلفة \u200f20\u200e مليون درهم", "20\u200e مليون درهم"),
    ("ZWNJ inside", "بكلفة 20 مل\u200cيون درهم", "20 مل\u200cيون درهم"),
    ("long line", "كلمة " * 20_000 + COST, "20 مليون درهم"),
]


@pytest.mark.parametrize(
    ("case", "text", "surface"), AMOUNT_CASES, ids=[c for c, _, _ in AMOUNT_CASES]
)
def test_amounts_survive_odd_text(case: str, text: str, surface: str) -> None:
    (match,) = msn.find_amounts(text)
    assert match.amount.amount == Decimal(20_000_000) or case == "emoji before"
    assert match.amount.currency == "MAD"
    assert text[match.span.start : match.span.end] == surface
    assert msn.parse_amount(text) == match.amount


def test_french_amounts_are_not_read_silently_as_arabic_ones() -> None:
    # "5 millions DH" is French: only the Arabic amount is read, never 5 alone as dirhams.
    text = f"coût: 5 millions DH; {COST}"
    amounts = [m.amount.amount for m in msn.find_amounts(text)]
    assert Decimal(20_000_000) in amounts
    assert Decimal(5) not in amounts


# (id, text, expected weekday, expected date)
DATE_CASES = [
    ("CRLF", "انعقد يوم السبت\r\n4 مارس 2023", msn.Weekday.SATURDAY, None),
    ("bidi isolates", "\u2067السبت 4 مارس 2023\u2069", msn.Weekday.SATURDAY, dt.date(2023, 3, 4)),
    ("RLM before", "يوم \u200fالسبت", msn.Weekday.SATURDAY, None),
    ("BOM", "\ufeffالسبت 4 مارس 2023", msn.Weekday.SATURDAY, dt.date(2023, 3, 4)),
    ("mixed", "Le 😀 السبت 4 مارس 2023 à Tata", msn.Weekday.SATURDAY, dt.date(2023, 3, 4)),
    ("NUL after", "يوم السبت\x00", msn.Weekday.SATURDAY, None),
]


@pytest.mark.parametrize(
    ("case", "text", "weekday", "date"), DATE_CASES, ids=[c for c, *_ in DATE_CASES]
)
def test_dates_survive_odd_text(
    case: str, text: str, weekday: msn.Weekday, date: dt.date | None
) -> None:
    mention = msn.parse_date(text)
    assert mention is not None
    assert mention.weekday is weekday
    assert mention.date == date
    assert "السبت" in text[mention.span.start : mention.span.end]


def test_normalize_keeps_what_it_does_not_know() -> None:
    # Never silently drop data: surrogates, NULs, emoji and line ends pass through.
    for keep in ("\ud800", "\x00", "😀", "\r\n", "\r"):
        assert keep in msn.normalize(f"نص{keep}نص")
        res = msn.normalize_with_offsets(f"نص{keep}نص")
        start = res.text.index(keep)
        s, e = res.original_span(start, start + len(keep))
        assert res.original[s:e] == keep


@pytest.mark.parametrize("preset", ["display", "search", "strict"])
def test_normalize_drops_bom_and_bidi_controls_with_exact_offsets(preset: str) -> None:
    text = "\ufeff\u202bوزارة\u202c \u200fالتضامن"
    res = msn.normalize_with_offsets(text, preset)
    for control in ("\ufeff", "\u202b", "\u200f"):
        assert control not in res.text
    word = res.text.split()[-1]
    start = res.text.rindex(word)
    s, e = res.original_span(start, start + len(word))
    assert res.original[s:e] == "التضامن"


def test_extract_reads_the_same_meeting_whatever_the_line_ends() -> None:
    lf = f"{MEETING}.\n{COST}.\n"
    for variant in (lf.replace("\n", "\r\n"), lf.replace("\n", "\r"), f"\ufeff{lf}"):
        expected, got = msn.extract(lf), msn.extract(variant)
        assert [m.kind for m in got.meetings] == [m.kind for m in expected.meetings]
        assert [m.weekday for m in got.meetings] == [m.weekday for m in expected.meetings]
        assert [m.date for m in got.meetings] == [m.date for m in expected.meetings]


def test_extract_weekday_contradicting_its_date_does_not_crash() -> None:
    # Found by fuzz/fuzz_extract.py: 12 Sept 2026 is a Saturday, the text says Thursday.
    # Meeting refuses the pair; the weekday is kept and the contradictory date is not.
    text = (
        "انعقد، يوم الخميس 12 شتنبر 2026، بمقر عمالة إقليم الرشيدية اجتماع تنسيقي "
        "برئاسة عامل الإقليم."
    )
    (meeting,) = msn.extract(text).meetings
    assert meeting.weekday is msn.Weekday.THURSDAY
    assert meeting.date is None
    (span,) = meeting.evidence.get("weekday")
    assert "الخميس" in text[span.start : span.end]


def test_extract_organisation_named_twice_is_one_programme_member() -> None:
    # Found by fuzz/fuzz_extract.py: Programme refuses duplicate members, extract crashed.
    text = (
        'انعقد يوم السبت بمقر عمالة إقليم طاطا اجتماع برئاسة عامل الإقليم حول برنامج "جسور" '
        "الذي تشرف عليه وكالة التنمية الاجتماعية بشراكة مع وكالة التنمية الاجتماعية."
    )
    (meeting,) = msn.extract(text).meetings
    (programme,) = meeting.programmes
    assert programme.name == "جسور"
    assert [m.acronym for m in programme.members] == ["ADS"]


# --------------------------------------------------------------------------- gazetteer


@pytest.mark.parametrize(
    "code",
    ["", " ", "ma-01", " MA-01", "MA-01\n", "MA-1", "MA-00", "MA-13", "MA-16", "ＭＡ-01", "MA‐01"],
    ids=repr,
)
def test_unknown_region_codes_list_the_valid_ones(code: str) -> None:
    with pytest.raises(msn.UnknownRegionError) as info:
        msn.region(code)
    assert isinstance(info.value, KeyError)
    message = str(info.value)
    for needle in (repr(code), "MA-01", "MA-12"):
        assert needle in message


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("\u200fجهة الرباط سلا القنيطرة\u200e", "MA-04"),
        ("جهة \u200fالرباط سلا القنيطرة", "MA-04"),
        ("😀جهة كلميم واد نون😀", "MA-10"),
        ("\ufeffجهة كلميم – واد نون", "MA-10"),
        ("Rabat-Salé-Kénitra", "MA-04"),
        # A line break inside a name is not a name: no region rather than a guess.
        ("جهة الرباط\r\nسلا القنيطرة", None),
        ("\ud800", None),
    ],
)
def test_find_region_on_odd_text(text: str, code: str | None) -> None:
    found = msn.find_region(text)
    assert (found.code if found is not None else None) == code


# --------------------------------------------------------------------------- converters


def _agreement() -> dict[str, Any]:
    return msn.to_dict(msn.load_agreements()[0])


def _meeting() -> dict[str, Any]:
    return msn.to_dict(msn.load_meetings()[0])


def _set(data: dict[str, Any], path: tuple[str | int, ...], value: object) -> dict[str, Any]:
    data = copy.deepcopy(data)
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


# (id, class, data, needles the message must contain: the JSON path, the value, what is valid)
SEMANTIC = [
    (
        "negative amount",
        msn.Agreement,
        _set(_agreement(), ("total_cost", "amount"), "-5"),
        ["$.total_cost", "-5", ">= 0"],
    ),
    (
        "NaN amount",
        msn.MonetaryAmount,
        {"amount": "NaN", "currency": "MAD"},
        ["$.amount", "NaN", "decimal string"],
    ),
    (
        "float amount",
        msn.MonetaryAmount,
        {"amount": 1.5, "currency": "MAD"},
        ["$.amount", "1.5", "decimal string"],
    ),
    (
        "lowercase currency",
        msn.MonetaryAmount,
        {"amount": "1", "currency": "mad"},
        ["currency", "mad", "ISO 4217"],
    ),
    (
        "year range end < start",
        msn.YearRange,
        {"start": 2026, "end": 2021},
        ["YearRange", "2021", "2026"],
    ),
    (
        "strategy period end < start",
        msn.Meeting,
        _set(_meeting(), ("strategy", "period"), {"start": 2026, "end": 2021}),
        ["$.strategy.period", "2021", ">= start"],
    ),
    (
        "year as string",
        msn.YearRange,
        {"start": "2021", "end": 2026},
        ["$.start", "2021", "integer"],
    ),
    (
        "unknown agreement kind",
        msn.Agreement,
        _set(_agreement(), ("kind",), "treaty"),
        ["$.kind", "treaty", "partnership_agreement"],
    ),
    (
        "unknown beneficiary",
        msn.Agreement,
        _set(_agreement(), ("beneficiaries",), ["women", "aliens"]),
        ["$.beneficiaries[1]", "aliens", "women"],
    ),
    (
        "unknown meeting kind",
        msn.Meeting,
        _set(_meeting(), ("kind",), "party"),
        ["$.kind", "party", "regional_consultation"],
    ),
    (
        "unknown weekday",
        msn.Meeting,
        _set(_meeting(), ("weekday",), "samedi"),
        ["$.weekday", "samedi", "saturday"],
    ),
    (
        "unknown qualifier",
        msn.MonetaryAmount,
        {"amount": "1", "currency": "MAD", "qualifier": "roughly"},
        ["$.qualifier", "roughly", "approximate"],
    ),
    (
        "unknown region code",
        msn.Agreement,
        _set(_agreement(), ("region", "code"), "MA-16"),
        ["$.region", "MA-16", "MA-01 ... MA-12"],
    ),
    (
        "region code lowercase",
        msn.Region,
        {"code": "ma-10", "name_ar": "x", "name_fr": "x", "name_en": "x"},
        ["Region.code", "ma-10", "MA-01 ... MA-12"],
    ),
    (
        "evidence span end < start",
        msn.Agreement,
        _set(_agreement(), ("evidence",), {"kind": [{"start": 10, "end": 2}]}),
        ["$.evidence", "end (2)", ">= start (10)"],
    ),
    (
        "evidence span negative",
        msn.Span,
        {"start": -1, "end": 2},
        ["Span.start", "-1", ">= 0"],
    ),
    (
        "unknown key",
        msn.Agreement,
        _set(_agreement(), ("signed_by",), "x"),
        ["$", "signed_by", "valid keys"],
    ),
    ("not an object", msn.YearRange, [2021, 2026], ["$", "array", "object"]),
    ("null record", msn.Person, None, ["$", "null", "object"]),
    (
        "date not ISO",
        msn.Meeting,
        _set(_meeting(), ("date",), "04/03/2023"),
        ["$.date", "04/03/2023"],
    ),
]


@pytest.mark.parametrize(
    ("case", "cls", "data", "needles"), SEMANTIC, ids=[c for c, *_ in SEMANTIC]
)
def test_semantically_wrong_json_is_a_record_validation_error(
    case: str, cls: type, data: object, needles: list[str]
) -> None:
    with pytest.raises(msn.RecordValidationError) as info:
        msn.from_dict(cls, data)
    assert isinstance(info.value, ValueError)
    for needle in needles:
        assert needle in str(info.value), (needle, str(info.value))
    # The same through JSON text.
    with pytest.raises(msn.RecordValidationError):
        msn.from_json(cls, json.dumps(data, ensure_ascii=False))


# (id, JSON text, needles)
BAD_JSON_TEXT: list[tuple[str, str | bytes, list[str]]] = [
    ("empty", "", ["YearRange", "Expecting value"]),
    ("whitespace", " \r\n\t", ["YearRange", "Expecting value"]),
    ("BOM in str", '\ufeff{"start": 2021, "end": 2026}', ["BOM"]),
    ("NaN", '{"start": NaN, "end": 2026}', ["NaN is not valid JSON"]),
    ("Infinity", '{"start": Infinity, "end": 2026}', ["Infinity is not valid JSON"]),
    ("trailing NUL", '{"start": 2021, "end": 2026}\x00', ["Extra data"]),
    ("truncated UTF-8", b'{"start": 2021, "end": 20\xc3', ["YearRange", "utf-8"]),
    ("cp1256 bytes", '{"name": "حيار"}'.encode("cp1256"), ["Person"]),
    ("UTF-16 without BOM", '{"start": 2021}'.encode("utf-16-le"), ["YearRange"]),
    ("lone surrogate", "\ud800", ["YearRange"]),
    (
        "duplicate key",
        '{"start": 2021, "start": 2030, "end": 2026}',
        ["'start'", "more than once"],
    ),
    ("nested too deep", "[" * 100_000, ["nested too deeply"]),
    ("huge integer", '{"start": 1' + "0" * 5000 + ', "end": 2}', ["YearRange", "digits"]),
]


@pytest.mark.parametrize(
    ("case", "text", "needles"), BAD_JSON_TEXT, ids=[c for c, *_ in BAD_JSON_TEXT]
)
def test_bad_json_text_is_a_record_validation_error(
    case: str, text: str | bytes, needles: list[str]
) -> None:
    cls = msn.Person if case == "cp1256 bytes" else msn.YearRange
    with pytest.raises(msn.RecordValidationError) as info:
        msn.from_json(cls, text)
    for needle in needles:
        assert needle in str(info.value), (needle, str(info.value))


@pytest.mark.parametrize(
    "text",
    [
        b'\xef\xbb\xbf{"start": 2021, "end": 2026}',  # json.loads accepts a BOM in bytes
        '{"start": 2021, "end": 2026}\r\n',
        '\r\n{"start":\r2021,\r\n"end": 2026}',
    ],
)
def test_json_with_bom_bytes_or_crlf_is_read(text: str | bytes) -> None:
    assert msn.from_json(msn.YearRange, text) == msn.YearRange(2021, 2026)


def test_mixed_scripts_and_bidi_survive_a_json_round_trip() -> None:
    person = msn.Person(name="\u202bعواطف حيار\u202c 😀 Hayar")
    assert msn.from_json(msn.Person, msn.to_json(person)) == person


# --------------------------------------------------------------------------- loaders

SAMPLE = "انعقد اجتماع بمدينة طاطا يوم السبت."


@pytest.mark.parametrize(
    ("case", "data", "offset", "suggestion"),
    [
        ("Windows-1256", SAMPLE.encode("cp1256"), 0, "cp1256"),
        ("Latin-1", "réunion à Tata".encode("latin-1"), 1, None),
        # The first byte of a two-byte letter at the very end: "unexpected end of data".
        ("truncated UTF-8", SAMPLE.encode() + "ب".encode()[:1], len(SAMPLE.encode()), None),
        # ... and in the middle, followed by a letter's first byte instead of a continuation.
        ("cut letter", "ب".encode()[:1] + SAMPLE.encode(), 0, None),
        ("CESU surrogate", b"abc\xed\xa0\x80", 3, None),
        ("UTF-16 with BOM", SAMPLE.encode("utf-16"), 0, "utf-16"),
    ],
)
def test_decode_text_names_offset_and_suggests_an_encoding(
    case: str, data: bytes, offset: int, suggestion: str | None
) -> None:
    with pytest.raises(msn.InputDecodeError) as info:
        msn.decode_text(data, path="in.txt")
    error = info.value
    assert error.offset == offset
    assert error.suggestion == suggestion
    assert str(error).startswith(f"in.txt, byte {offset}: not valid utf-8")
    if suggestion:
        assert f"encoding={suggestion!r}" in str(error)
        assert msn.decode_text(data, encoding=suggestion).lstrip("\ufeff") == data.decode(
            suggestion
        ).lstrip("\ufeff")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", ""),
        (b" \r\n", " \r\n"),
        (codecs.BOM_UTF8 + SAMPLE.encode(), SAMPLE),  # the BOM is an encoding artefact
        (codecs.BOM_UTF8 * 2 + b"x", "\ufeffx"),  # only one BOM is removed, the rest is text
        (b"a\x00b", "a\x00b"),  # decoding keeps NULs; readers refuse them
        (b"a\r\nb\rc", "a\r\nb\rc"),
    ],
)
def test_decode_text_keeps_everything_but_one_bom(data: bytes, expected: str) -> None:
    assert msn.decode_text(data) == expected


def test_decode_text_unknown_encoding() -> None:
    with pytest.raises(ValueError, match=r"unknown encoding 'klingon'; use .*cp1256"):
        msn.decode_text(b"x", encoding="klingon")


@pytest.mark.parametrize("article_id", ["", " ", "../seeds/manifest", SEED_ID + "\n", "\ud800"])
def test_load_article_unknown_ids_list_the_valid_ones(article_id: str) -> None:
    with pytest.raises(msn.UnknownArticleError) as info:
        msn.load_article(article_id)
    assert SEED_ID in str(info.value)


# (file name, bytes, error class, needles)
BAD_FILES: list[tuple[str, bytes, type[Exception], list[str]]] = [
    ("cp1256.txt", SAMPLE.encode("cp1256"), msn.InputDecodeError, ["byte 0", "cp1256"]),
    ("latin1.txt", "réunion".encode("latin-1"), msn.InputDecodeError, ["byte 1", "utf-8"]),
    ("truncated.txt", SAMPLE.encode() + b"\xd8", msn.InputDecodeError, ["byte 64", "end of data"]),
    ("empty.txt", b"", msn.EmptyInputError, ["empty or whitespace-only"]),
    ("blank.txt", b" \r\n\t\r", msn.EmptyInputError, ["empty or whitespace-only"]),
    ("bom-only.txt", codecs.BOM_UTF8, msn.EmptyInputError, ["empty"]),
    ("nul.txt", SAMPLE.encode() + b"\x00", msn.CorpusFormatError, ["NUL", "encoding="]),
    # Arabic UTF-16-LE without a BOM is valid UTF-8 full of NULs: refused as such.
    ("utf16.txt", SAMPLE.encode("utf-16-le"), msn.CorpusFormatError, ["NUL", "UTF-16"]),
    ("empty.jsonl", b"\n\r\n", msn.EmptyInputError, ["no records"]),
    ("list.jsonl", b"[1, 2]\n", msn.CorpusFormatError, ["line 1", "JSON object"]),
    ("broken.jsonl", b'{"text": "a"}\n{"text": \n', msn.CorpusFormatError, ["line 2"]),
    ("no-text.jsonl", b'{"id": "a"}\n', msn.CorpusFormatError, ["'text'", "known fields"]),
    ("blank-text.jsonl", b'{"text": " "}\n', msn.EmptyInputError, ["line 1"]),
    ("nul-text.jsonl", b'{"text": "a\\u0000b"}\n', msn.CorpusFormatError, ["NUL"]),
    (
        "surrogate.jsonl",
        b'{"text": "a \\ud800 b"}\n',
        msn.CorpusFormatError,
        ["line 1", "lone surrogate", "character 2"],
    ),
    ("dup.jsonl", b'{"text": "a", "text": "b"}\n', msn.CorpusFormatError, ["duplicate key"]),
    ("deep.jsonl", b"[" * 100_000 + b"\n", msn.CorpusFormatError, ["nested too deeply"]),
    (
        "bigint.jsonl",
        b'{"text": "a", "id": 1' + b"0" * 5000 + b"}\n",
        msn.CorpusFormatError,
        ["digits"],
    ),
    ("bool-id.jsonl", b'{"text": "a", "id": true}\n', msn.CorpusFormatError, ["'id'", "bool"]),
    ("nan-id.jsonl", b'{"text": "a", "id": NaN}\n', msn.CorpusFormatError, ["'id'", "float"]),
    ("date.jsonl", b'{"text": "a", "published": "2023-02-30"}\n', msn.CorpusFormatError, ["ISO"]),
    ("title.jsonl", b'{"text": "a", "title": 5}\n', msn.CorpusFormatError, ["'title'", "int"]),
    (
        "cp1256.jsonl",
        '{"text": "ok"}\n{"text": "اجتماع"}\n'.encode("cp1256"),
        msn.CorpusFormatError,  # replaced below: InputDecodeError on line 2
        [],
    ),
]
BAD_FILES[-1] = (
    "cp1256.jsonl",
    '{"text": "ok"}\n{"text": "اجتماع"}\n'.encode("cp1256"),
    msn.InputDecodeError,
    ["line 2", "byte 25", "cp1256"],
)


@pytest.mark.parametrize(
    ("name", "data", "error", "needles"), BAD_FILES, ids=[n for n, *_ in BAD_FILES]
)
def test_read_articles_bad_files(
    tmp_path: Path, name: str, data: bytes, error: type[Exception], needles: list[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(error) as info:
        list(msn.read_articles(path))
    assert isinstance(info.value, msn.MoroccanSocialNewsError)
    message = str(info.value)
    assert message.startswith(str(path))  # where
    for needle in needles:
        assert needle in message, (needle, message)


@pytest.mark.parametrize(
    ("name", "data", "texts"),
    [
        ("bom.txt", codecs.BOM_UTF8 + SAMPLE.encode(), [SAMPLE]),
        ("crlf.txt", b"a\r\nb\r\n", ["a\r\nb\r\n"]),
        ("cr.txt", b"a\rb\r", ["a\rb\r"]),
        ("mixed.txt", f"😀 Réunion {SAMPLE} \u202b".encode(), [f"😀 Réunion {SAMPLE} \u202b"]),
        ("long.txt", ("كلمة " * 200_000).encode(), ["كلمة " * 200_000]),
        ("crlf.jsonl", b'{"text": "a"}\r\n\r\n{"text": "b"}\r\n', ["a", "b"]),
        ("bom.jsonl", codecs.BOM_UTF8 + b'{"text": "a"}\n', ["a"]),
        ("no-final-newline.jsonl", b'{"text": "a"}', ["a"]),
    ],
)
def test_read_articles_keeps_odd_but_valid_text_exactly(
    tmp_path: Path, name: str, data: bytes, texts: list[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert [a.text for a in msn.read_articles(path)] == texts


def test_read_articles_missing_and_broken_symlink(tmp_path: Path) -> None:
    with pytest.raises(msn.InputNotFoundError, match="no such file"):
        msn.read_articles(tmp_path / "nope.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.raises(msn.InputNotFoundError, match="broken symlink"):
        msn.read_articles(tmp_path / "dangling.txt")


def test_read_articles_refuses_symlinks_out_of_the_folder(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("سري", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(SAMPLE, encoding="utf-8")
    (corpus / "b.txt").symlink_to(outside)
    articles = msn.read_articles(corpus)
    assert next(articles).text == SAMPLE  # lazily: the error comes at the bad file
    with pytest.raises(msn.UnsafePathError) as info:
        next(articles)
    assert "b.txt" in str(info.value)
    assert "follow_symlinks=True" in str(info.value)
    assert [a.text for a in msn.read_articles(corpus, follow_symlinks=True)] == [SAMPLE, "سري"]


def test_read_articles_symlink_loop_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    with pytest.raises(msn.EmptyInputError, match=r"no \.txt or \.jsonl"):
        list(msn.read_articles(tmp_path))


def test_read_articles_streams_a_large_jsonl_with_bounded_memory(tmp_path: Path) -> None:
    # 50 MB of JSONL; reading it must hold about one line at a time, not the file.
    line = json.dumps({"text": SAMPLE * 20}, ensure_ascii=False).encode() + b"\n"
    count = 50_000_000 // len(line) + 1
    path = tmp_path / "big.jsonl"
    with path.open("wb") as handle:
        chunk = line * 1000
        for _ in range(count // 1000 + 1):
            handle.write(chunk)
    size = path.stat().st_size
    assert size >= 50_000_000
    tracemalloc.start()
    try:
        seen = 0
        for article in msn.read_articles(path):
            seen += 1
            last = article.text
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == (count // 1000 + 1) * 1000
    assert last == SAMPLE * 20
    assert peak < size / 50, f"peak {peak} bytes for a {size}-byte file"


# --------------------------------------------------------------------------- CLI

CLI_BAD_FILES = [
    (name, data, needles)
    for name, data, _, needles in BAD_FILES
    if name
    in {
        "cp1256.txt",
        "latin1.txt",
        "truncated.txt",
        "empty.txt",
        "blank.txt",
        "nul.txt",
        "list.jsonl",
        "surrogate.jsonl",
        "deep.jsonl",
        "dup.jsonl",
        "cp1256.jsonl",
    }
]


@pytest.mark.parametrize(
    ("name", "data", "needles"), CLI_BAD_FILES, ids=[n for n, *_ in CLI_BAD_FILES]
)
def test_cli_extract_bad_files_exit_1_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, needles: list[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert main(["extract", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("moroccan-social-news: error: ")
    assert captured.err.count("\n") == 1
    assert "Traceback" not in captured.err
    assert name in captured.err
    for needle in needles:
        assert needle in captured.err


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bom.txt", codecs.BOM_UTF8 + TEXT.encode()),
        ("crlf.txt", TEXT.replace("، ", "\r\n").encode()),
        ("mixed.txt", f"Réunion 😀 {TEXT} \u202b\u200f".encode()),
    ],
)
def test_cli_extract_odd_but_valid_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert main(["extract", "--format", "jsonl", str(path)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    result = msn.from_json(msn.ExtractionResult, line)
    assert [m.kind for m in result.meetings] == [msn.MeetingKind.COORDINATION_MEETING] or (
        result.meetings
    )


def test_cli_never_prints_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(SAMPLE.encode("cp1256"))
    deep = tmp_path / "deep.jsonl"
    deep.write_bytes(b"[" * 100_000 + b"\n")
    cases = [
        (["extract", str(bad)], b"", 1),
        (["extract", str(deep)], b"", 1),
        (["extract", str(tmp_path / "missing.txt")], b"", 1),
        (["extract", "-"], b"\xff\xfe\x00garbage", 1),
        (["normalize", "-"], SAMPLE.encode("cp1256"), 1),
        (["normalize", str(tmp_path / "missing.txt")], b"", 1),
        (["extract", "-"], b"", 1),
        (["extract", "--format", "yaml"], b"", 2),
    ]
    for argv, stdin, status in cases:
        done = subprocess.run(
            [sys.executable, "-m", "moroccan_social_news", *argv],
            input=stdin,
            capture_output=True,
            timeout=60,
            check=False,
        )
        err = done.stderr.decode("utf-8", "replace")
        assert done.returncode == status, (argv, err)
        assert "Traceback" not in err, (argv, err)
        assert done.stdout == b"", argv
