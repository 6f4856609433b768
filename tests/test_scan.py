"""Hinted patterns find exactly what their full patterns find.

A :class:`HintedPattern` only tries its pattern at words containing a hint stem, so
every match's first word must contain one. The extractor's tables are finite
languages (literals, alternations, optional parts), so each is expanded to every
string it matches and each string is checked against its hint.
"""

from __future__ import annotations

import itertools
import re
import sys
from typing import Any

import pytest

import moroccan_social_news as msn
from moroccan_social_news import _extract, _lexicon, _people
from moroccan_social_news._scan import HintedPattern

if sys.version_info >= (3, 11):
    import re._constants as sre_constants
    import re._parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_constants
    import sre_parse

MAX_STRINGS = 200_000


def _expand(pattern: str) -> set[str]:
    """Every string ``pattern`` matches (it must be a finite language)."""
    return _expand_parsed(sre_parse.parse(pattern))


def _expand_parsed(parsed: Any) -> set[str]:
    results = {""}
    for op, av in parsed:
        options = _expand_op(op, av)
        results = {a + b for a in results for b in options}
        assert len(results) <= MAX_STRINGS, "language too large to enumerate"
    return results


def _expand_op(op: object, av: Any) -> set[str]:
    c = sre_constants
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN:
        chars: set[str] = set()
        for item_op, item in av:
            assert item_op is c.LITERAL, f"only literal character sets are finite: {item_op}"
            chars.add(chr(item))
        return chars
    if op is c.SUBPATTERN:
        return _expand_parsed(av[-1])
    if op is c.BRANCH:
        return set().union(*(_expand_parsed(p) for p in av[1]))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, high, sub = av
        assert high <= 4, "unbounded repetition is not a finite language"
        body = _expand_parsed(sub)
        return {
            "".join(parts)
            for k in range(low, high + 1)
            for parts in itertools.product(body, repeat=k)
        }
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return {""}  # look-arounds match no characters
    raise AssertionError(f"unexpected regex operator {op} in a table")


TABLES: list[tuple[str, tuple[str, ...], str]] = [
    ("MEETING_NOUNS", tuple(p for p, _ in _lexicon.MEETING_NOUNS), _lexicon.MEETING_HINT),
    ("AGREEMENT_NOUNS", tuple(p for p, _ in _lexicon.AGREEMENT_NOUNS), _lexicon.AGREEMENT_HINT),
    ("CHAIR_MARKERS", _lexicon.CHAIR_MARKERS, _lexicon.CHAIR_HINT),
    ("ATTENDANCE_MARKERS", _lexicon.ATTENDANCE_MARKERS, _lexicon.ATTENDANCE_HINT),
    ("STRATEGY_HEADS", _lexicon.STRATEGY_HEADS, _lexicon.STRATEGY_HINT),
    ("PROGRAMME_HEADS", _lexicon.PROGRAMME_HEADS, _lexicon.PROGRAMME_HINT),
    ("honorifics", (r"[وف]?(?:لل|(?:ل|ب)?(?:ال)?)(?:سيد|سيده)",), _people.HONORIFIC_HINT),
    # "قامت اللجنة … بعقد": the words between are open; expand the first word.
    (
        "EVENT_MARKERS",
        tuple(p.split("(?: [^ ,.]+)")[0] for p in _lexicon.EVENT_MARKERS),
        _lexicon.EVENT_HINT,
    ),
    (
        "PARTICIPANT_GROUPS",
        tuple(p for p, _ in _lexicon.PARTICIPANT_GROUPS),
        _lexicon.PARTICIPANT_GROUPS_HINT,
    ),
    (
        "strong event markers",
        tuple(p.split("(?: [^ ,.]+)")[0] for p in _lexicon.STRONG_EVENT_MARKERS),
        _lexicon.EVENT_HINT,
    ),
    ("SIGNING_MARKERS", _lexicon.SIGNING_MARKERS, _lexicon.SIGNING_HINT),
    ("BENEFICIARIES", tuple(p for p, _ in _lexicon.BENEFICIARIES), _lexicon.BENEFICIARY_HINT),
    ("CANCELLATION_WORDS", _lexicon.CANCELLATION_WORDS, _lexicon.CANCELLATION_HINT),
    ("SPEAKER_VERBS", _lexicon.SPEAKER_VERBS, _lexicon.SPEAKER_HINT),
    # Purpose markers run on to open words ("[^ ,]+"): expand the words before them.
    (
        "PURPOSE_MARKERS",
        tuple(p.split("(?: (?:هذه |هذا )?ال[^ ,]+")[0] for p in _lexicon.PURPOSE_MARKERS),
        _lexicon.PURPOSE_HINT,
    ),
    # A venue's first word: ب glued to the venue noun, or the verb that hosts it.
    ("venues", (rf"ب{_extract._VENUE_NOUN}", _extract._HOSTED), _extract._VENUE.hint),
    (
        "ATTENDANCE_MODES",
        tuple(p for p, _ in _lexicon.ATTENDANCE_MODES),
        _lexicon.ATTENDANCE_MODE_HINT,
    ),
    ("PILLAR_MARKERS", _lexicon.PILLAR_MARKERS, _lexicon.PILLAR_HINT),
    ("anaphors", (_extract._ANAPHORS.pattern.pattern,), _extract._ANAPHORS.hint),
    ("state parties", (_extract._STATE.pattern.pattern,), _lexicon.STATE_HINT),
    # The pluperfect's words after the first are open ("[^ ,.]+"): expand its first word.
    (
        "PLUPERFECT",
        tuple(p.split("(?: [^ ,.]+)")[0] for p in _lexicon.PLUPERFECT),
        _lexicon.PLUPERFECT_HINT,
    ),
]


def test_the_expander_enumerates_a_small_language() -> None:
    assert _expand(r"[وف]?(?:ال)?لقاء(?:ات)?") == {
        prefix + article + "لقاء" + suffix
        for prefix in ("", "و", "ف")
        for article in ("", "ال")
        for suffix in ("", "ات")
    }
    assert _expand(r"وضعي{1,2}ه") == {"وضعيه", "وضعييه"}


@pytest.mark.parametrize(("name", "patterns", "hint"), TABLES, ids=[t[0] for t in TABLES])
def test_every_match_has_a_hint_stem_in_its_first_word(
    name: str, patterns: tuple[str, ...], hint: str
) -> None:
    hint_re = re.compile(hint)
    for pattern in patterns:
        strings = _expand(pattern)
        assert strings, pattern
        missing = sorted(s for s in strings if not hint_re.search(s.split(" ")[0]))
        assert not missing, f"{name}: {pattern!r} matches {missing[:5]} with no stem of {hint!r}"


def test_no_meeting_first_word_holds_an_excluded_literal() -> None:
    # The whole labelled pattern, conjunction and preposition prefixes included.
    first_words = {s.split(" ")[0] for s in _expand(_extract._MEETING.pattern.pattern)}
    assert "الاجتماع" in first_words
    assert "للاجتماعات" in first_words
    assert _lexicon.MEETING_EXCLUDED
    for literal in _lexicon.MEETING_EXCLUDED:
        assert not [w for w in first_words if literal in w], literal


def test_excluded_literals_must_begin_with_a_stem() -> None:
    with pytest.raises(ValueError, match="begins with a stem"):
        HintedPattern(re.compile("x"), "لقاء", ("جتماعي",))


def test_an_excluded_word_cut_by_the_end_is_still_tried() -> None:
    # "الاجتماعية" cut after "الاجتماع" is a meeting noun inside that window.
    text = "عقد الاجتماعية"
    end = text.index("ية")
    got = [m.span() for m in _extract._MEETING.finditer(text, 0, end)]
    assert got == [m.span() for m in _extract._MEETING.pattern.finditer(text, 0, end)]
    assert got == [(4, end)]
    assert list(_extract._MEETING.finditer(text)) == []


SCANNERS = {
    "meeting": _extract._MEETING,
    "agreement": _extract._AGREEMENT,
    "chair": _extract._CHAIR,
    "attendance": _extract._ATTEND,
    "strategy": _extract._STRATEGY,
    "programme": _extract._PROGRAMME,
    "honorific": _people._HONORIFIC,
    "event": _extract._EVENT,
    "strong event": _extract._STRONG_EVENT,
    "signing": _extract._SIGNING,
    "beneficiary": _extract._BENEFICIARY,
    "group": _extract._GROUP,
    "cancellation": _extract._CANCELLED,
    "pluperfect": _extract._PLUPERFECT,
    "pillars": _extract._PILLARS,
    "anaphors": _extract._ANAPHORS,
    "state": _extract._STATE,
    "attendance mode": _extract._MODE,
    "speaker": _extract._SPEAKER,
    "purpose": _extract._PURPOSE,
    "venue": _extract._VENUE,
}

# Background, parties and pillars, glued and bare, side by side.
_BACKGROUND = (
    "وكانت الجماعة قد ألغت الاجتماع، ونفت الوزارة تأجيل التوقيع بين الدولة وجمعية، وكان"
    " من المقرر إرجاء الدورة؛ ترتكز الاستراتيجية على محاورها ومرتكزاتها، ووقعت الحكومة"
    " المغربية مع المجلس الجهوي ومجلس الجهة وللمجلس الإقليمي وبالجامعة والمغرب الإلغاء"
    " تنفيذ مجلسمجلس كانكان، وانعقد حضوريا وعن بعد وبتقنية الفيديو عبر منصة زووم وبصيغة"
    " هجينة، عنوان عنعن؛ وأكدت الوزيرة وقال ويضيف وتشير؛ وتهدف هذه الاتفاقية إلى تمويل"
    " وتروم من أجل بهدف يتعلق بالتشغيل؛ بمقر الولاية وبقاعة الاجتماعات واحتضنت قاعة"
    " المؤتمرات ومقرمقر"
)


@pytest.mark.parametrize("scanner", SCANNERS.values(), ids=SCANNERS.keys())
def test_hinted_finditer_equals_the_plain_pattern(scanner: HintedPattern) -> None:
    texts = [
        msn.load_article("000_f74c56cb0e906b4f").text,
        # every kind of marker, glued to conjunctions and prepositions, side by side
        "وترأست السيدة الوزيرة، بحضور والي الجهة والذي حضره المنتخبون، اللقاء التشاوري"
        " للاستراتيجية الجهوية وبرنامج «جسر»؛ فقام السيد العامل بزيارة ميدانية تحت إشراف"
        " الوزارة، وشارك فيه ممثلو الجمعيات مرفوقا بالمدير، ووقعت اتفاقية شراكة ومذكرة تفاهم",
        "لقاءلقاء اجتماعاجتماع سيدسيد وسيد للسيدة بالسيد ترأسترأس",
        # social, not a meeting, next to a meeting noun in the same word
        "الاجتماعية واجتماعي الاجتماعاجتماعي لقاءالاجتماعي اجتماعيات الاجتماع الاجتماعي",
        _BACKGROUND,
    ]
    for text in texts:
        normalized = msn.normalize(text)
        expected = [m.span() for m in scanner.pattern.finditer(normalized)]
        assert [m.span() for m in scanner.finditer(normalized)] == expected, text
        for start, end in ((5, 60), (17, len(normalized) - 3)):
            expected = [m.span() for m in scanner.pattern.finditer(normalized, start, end)]
            got = [m.span() for m in scanner.finditer(normalized, start, end)]
            assert got == expected


def test_title_head_start_is_met_by_every_title() -> None:
    # _people tests this cheap pattern before the full title pattern: every string a
    # title head matches, with its optional conjunction, must begin with it.
    for pattern, role in _people.TITLE_HEADS:
        for string in _expand(rf"[وف]?(?:{pattern})"):
            assert _people._TITLE_HEAD_START.match(string), (role, string)


@pytest.mark.parametrize("scanner", SCANNERS.values(), ids=SCANNERS.keys())
def test_hinted_match_equals_the_plain_pattern(scanner: HintedPattern) -> None:
    text = msn.normalize(
        msn.load_article("000_f74c56cb0e906b4f").text
        + " وترأست السيدة الوزيرة بحضور والي الجهة لقاء تشاوريا ووقعت اتفاقية لفائدة"
        " النساء والأشخاص في وضعية إعاقة، وانعقد اجتماع حضره المنتخبون " + _BACKGROUND
    )
    for pos in range(len(text)):
        expected = scanner.pattern.match(text, pos)
        got = scanner.match(text, pos)
        assert (got and got.span()) == (expected and expected.span()), pos
        expected = scanner.pattern.match(text, pos, pos + 9)
        got = scanner.match(text, pos, pos + 9)
        assert (got and got.span()) == (expected and expected.span()), pos


def test_search_and_match() -> None:
    scanner = HintedPattern.compile(r"(?<![ء-ي])[وف]?لقاء(?![ء-ي])", "لقاء")
    text = "عقد اللقاء ثم ولقاء آخر"
    found = scanner.search(text)
    assert found is not None
    assert found.group() == "ولقاء"
    assert scanner.match(text, found.start()) is not None
    assert scanner.match(text, 0) is None
    assert scanner.search(text, 0, 10) is None


def test_a_hint_is_literal_stems() -> None:
    with pytest.raises(ValueError, match="literal stems"):
        HintedPattern.compile("لقاء", "لقا(ء)?|اجتماع")
    with pytest.raises(ValueError, match="literal stems"):
        HintedPattern.compile("لقاء", "لقاء||اجتماع")
    assert HintedPattern.compile("لقاء", "لقاء|اجتماع").stems == ("لقاء", "اجتماع")


def test_title_hints_are_where_the_stem_alternation_matches() -> None:
    # _people finds title stems with str.find; the places must be re.finditer's:
    # leftmost, first alternative at each place, no overlaps ("رئيسرئيس", "وزيروزير").
    stems = re.compile(_people._TITLE_STEMS)
    texts = [
        msn.load_article("000_f74c56cb0e906b4f").text,
        "وزيروزير رئيسرئيس عاملعامل ملكملك جلالهجلاله صاحبصاحب قائدقائد باشاباشا",
        "والي الجهة وعامل الإقليم ورئيس المجلس ونائبه والمدير والكاتب العام والمستشار",
        "",
    ]
    for text in texts:
        normalized = msn.normalize(text)
        expected = [m.start() for m in stems.finditer(normalized)]
        assert _people._title_hints(normalized) == expected, text


@pytest.mark.parametrize("scanner", SCANNERS.values(), ids=SCANNERS.keys())
def test_one_re_pass_finds_the_words_of_one_find_per_stem(scanner: HintedPattern) -> None:
    # Short ranges are scanned with one re pass over a trie of the stems; its matches
    # skip stems that overlap them, yet the words they give must be the same.
    if scanner._short_range == 0:
        assert any(not literal.isalpha() for literal in (*scanner.stems, *scanner.excluded))
        return
    texts = [
        msn.normalize(msn.load_article("000_f74c56cb0e906b4f").text),
        msn.normalize(_BACKGROUND),
        # excluded literals ("اجتماعي") beside and inside words with other stems
        "الاجتماعية واجتماعي الاجتماعاجتماعي لقاءالاجتماعي اجتماعيات الاجتماع الاجتماعي"
        " اجتماعلقاء لقاءاجتماعي",
        # stems run together and overlap inside one word
        " ".join(stem * 2 + stem[::-1] + stem for stem in scanner.stems),
    ]
    for text in texts:
        for start, stop in ((0, len(text)), (3, 90), (41, len(text) - 5), (7, 8), (5, 5)):
            end = min(stop, len(text))
            by_find = scanner._word_starts_by_find(text, start, end)
            assert scanner._word_starts_by_re(text, start, end) == by_find, (start, end)


def test_short_ranges_take_the_re_pass_and_long_ones_the_finds() -> None:
    few_stems = _extract._STRATEGY  # 2 stems: finds win over most ranges
    many_stems = _extract._BENEFICIARY  # 40+ stems: one re pass always wins
    assert 0 < few_stems._short_range < 100
    assert many_stems._short_range == float("inf")
    assert 0 < _extract._MEETING._short_range < 2000  # exclusions are checked per word
    assert _extract._MEETING.excluded


def test_every_series_marker_holds_a_series_literal() -> None:
    # The extractor looks for ordinals only in sentences holding one of these literals
    # (besides the trigger's and the headline's).
    literals = _lexicon.SERIES_HINT.split("|")
    for pattern in _lexicon.SERIES_MARKERS:
        for string in _expand(pattern):
            assert any(literal in string for literal in literals), string


def test_group_label_is_the_first_group_in_table_order() -> None:
    # _group_label reads the first matching group at each word from one alternation;
    # the answer must be the table's first group that matches at any word.
    patterns = [
        re.compile(rf"(?<![ء-ي])(?:و?لل|[وف]?[بل]|[وف])?(?:{pattern})(?![ء-ي])")
        for pattern, _ in _lexicon.PARTICIPANT_GROUPS
    ]
    phrases = [
        "ممثلي عدد من جمعيات المجتمع المدني العاملة في المجال",
        "رؤساء المصالح الخارجية المعنية والمنتخبين",
        "والمنتخبين وممثلي السلطات المحلية ورجال الأعمال",
        "وللمنتخبين ولرؤساء الجماعات الترابية وبالفاعلين",
        "عدد من الفاعلين الاقتصاديين والشركاء والمستثمرين والطلبة",
        "شخصيات مدنية وعسكرية",
        "ساكنة المنطقة",
    ]
    for phrase in phrases:
        text = msn.normalize(phrase)
        words = _extract._GROUP.word_starts(text, 0, len(text))
        expected = next(
            (
                label
                for pattern, (_, label) in zip(patterns, _lexicon.PARTICIPANT_GROUPS, strict=True)
                if any(pattern.match(text, word) for word in words)
            ),
            None,
        )
        assert _extract._group_label(text, 0, len(text)) == expected, phrase


def test_stems_across_words_keep_one_find_per_stem() -> None:
    # A stem with a space ("عن بعد") is not a single word's letters: every range is
    # scanned with str.find, never with the one-pass word scan.
    pattern = HintedPattern(re.compile(r"عن بعد"), "عن بعد")
    assert pattern._short_range == 0
    text = "انعقد عن بعد"
    assert pattern.word_starts(text, 0, len(text)) == [6]


def test_every_death_phrase_holds_one_of_the_literals_tried_first() -> None:
    # _is_obituary runs the pattern only when one of _DEATH_WORDS is in the lead
    strings = _expand(_extract._DEATH.pattern)
    assert strings
    missing = sorted(s for s in strings if not any(w in s for w in _extract._DEATH_WORDS))
    assert not missing, missing[:5]
