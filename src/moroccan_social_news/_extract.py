"""Reading meetings and agreements out of an article, every field with its evidence.

The extractor is rule- and gazetteer-based and deterministic. It reads the text
through the ``search`` normaliser (so spelling variants, diacritics and tatweel do
not matter) and reports every span in the *published* text through the
normaliser's alignment. A field it cannot support from the text stays empty.

Frames:

* **Meeting**: a sentence with an event noun (لقاء تشاوري، اجتماع تنسيقي، زيارة ميدانية،
  دورة عادية …) and an event verb or marker (انعقد، نظم، ترأس، برئاسة، بحضور …). Its
  chair follows a chair marker, its participants an attendance marker; venue, region,
  weekday/date, attendance mode, ordinal, topic, strategy, programmes and quotes are
  read from the whole article.
* **Agreement**: a sentence with an agreement noun (اتفاقية شراكة، مذكرة تفاهم …) and a
  signing word (توقيع، وقع …): kind, total cost and contributions, purpose,
  beneficiaries, region and named parties. An agreement signed "بهذه المناسبة" or
  "خلال هذا اللقاء" is also attached to the meeting.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar, cast

import attrs

from . import _lexicon as lx
from . import _people as pp
from ._article import Article
from ._bodies import body_at, find_bodies_normalized
from ._dates import _find_dates_normalized
from ._errors import ArgumentTypeError
from ._gazetteer import (
    _match,
    _organization_index,
    _place_index,
    _tokenize,
    organization,
)
from ._model import (
    Agreement,
    AgreementKind,
    AttendanceMode,
    Beneficiary,
    Contribution,
    Evidence,
    ExtractionResult,
    Gender,
    Meeting,
    MeetingKind,
    Organization,
    OrganizationKind,
    ParticipantGroup,
    Participation,
    Person,
    Place,
    PlaceKind,
    Post,
    PostRole,
    Programme,
    Quote,
    Role,
    Strategy,
)
from ._money import AmountRole, _find_amounts_normalized
from ._names import GIVEN_NAMES
from ._normalize import normalize, normalize_with_offsets
from ._ordinals import _find_ordinals_normalized, unit_words
from ._scan import ARABIC_LETTERS, LETTER_RANGE, HintedPattern, find_all, skip
from ._values import Span, Weekday
from ._years import _find_year_ranges_normalized

if TYPE_CHECKING:
    from ._dates import DateMention
    from ._gazetteer import _Tokens
    from ._model import Region
    from ._normalize import NormalizedText
    from ._values import MonetaryAmount, YearRange

__all__ = ["extract"]


_L = LETTER_RANGE


def _alternation(patterns: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _word_re(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![{_L}])(?:{_alternation(patterns)})(?![{_L}])")


def _hinted(patterns: Iterable[str], hint: str) -> HintedPattern:
    return HintedPattern(_word_re(patterns), hint)


def _labelled_re(table: Sequence[tuple[str, str]]) -> re.Pattern[str]:
    body = "|".join(f"(?P<g{i}>{pattern})" for i, (pattern, _) in enumerate(table))
    return re.compile(rf"(?<![{_L}])(?:و?لل|[وف]?[بل]|[وف])?(?:{body})(?![{_L}])")


def _label(match: re.Match[str], table: Sequence[tuple[str, str]]) -> tuple[str, int, int]:
    for i, (_, label) in enumerate(table):
        if match.group(f"g{i}") is not None:
            return label, match.start(f"g{i}"), match.end(f"g{i}")
    raise AssertionError("a labelled alternation matched no group")  # pragma: no cover


_MEETING = HintedPattern(_labelled_re(lx.MEETING_NOUNS), lx.MEETING_HINT, lx.MEETING_EXCLUDED)
_EVENT = _hinted(lx.EVENT_MARKERS, lx.EVENT_HINT)
_CHAIR = _hinted(lx.CHAIR_MARKERS, lx.CHAIR_HINT)
_LAUNCH_VERB = _word_re(lx.LAUNCH_VERBS)
_SIGNING_EVENT = _word_re(lx.SIGNING_EVENT_VERBS)
_ATTEND = _hinted(lx.ATTENDANCE_MARKERS, lx.ATTENDANCE_HINT)
_MODE = HintedPattern(_labelled_re(lx.ATTENDANCE_MODES), lx.ATTENDANCE_MODE_HINT)
_SERIES = _word_re(lx.SERIES_MARKERS)
_SPEAKER = _hinted(lx.SPEAKER_VERBS, lx.SPEAKER_HINT)
_GROUP = HintedPattern(_labelled_re(lx.PARTICIPANT_GROUPS), lx.PARTICIPANT_GROUPS_HINT)
_AGREEMENT = HintedPattern(_labelled_re(lx.AGREEMENT_NOUNS), lx.AGREEMENT_HINT)
_SIGNING = _hinted(lx.SIGNING_MARKERS, lx.SIGNING_HINT)
_PURPOSE = _hinted(lx.PURPOSE_MARKERS, lx.PURPOSE_HINT)
_BENEFICIARY = HintedPattern(_labelled_re(lx.BENEFICIARIES), lx.BENEFICIARY_HINT)
_SPORTS = _word_re(lx.SPORTS_WORDS)
_STRATEGY = HintedPattern.compile(
    rf"(?<![{_L}])[وفبل]?(?P<w>{_alternation(lx.STRATEGY_HEADS)})(?![{_L}])", lx.STRATEGY_HINT
)
_PILLARS = _hinted(lx.PILLAR_MARKERS, lx.PILLAR_HINT)
_PROGRAMME = _hinted(lx.PROGRAMME_HEADS, lx.PROGRAMME_HINT)
_TOPIC = _word_re(lx.TOPIC_MARKERS)
_ABOUT = _word_re((*lx.TOPIC_MARKERS, *lx.FOLLOW_UP_TOPICS))
# "بمقر ولاية …", "برحاب …", or the object of "احتضنت قاعة …".
# The venue runs to the next comma, or to a word that opens another part of the
# sentence ("بمقر الجماعة برئاسة العمدة …", "بقاعة الاجتماعات يوم الاثنين").
_VENUE_NOUNS = ("مقر", "قاعه", "قصر", "دار", "رحاب", "مركز", "فضاء", "مدرج")
_VENUE_NOUN = f"(?:{'|'.join(_VENUE_NOUNS)})"
_HOSTED = r"[وف]?احتضن(?:ت|ه|ها)?"
_VENUE = HintedPattern(
    re.compile(
        rf"(?:(?<![{_L}])ب|(?<![{_L}]){_HOSTED} )"
        rf"(?P<venue>{_VENUE_NOUN}(?![{_L}])"
        rf"(?:(?! (?:{_alternation(lx.VENUE_ENDS)})(?![{_L}]))[^,.\n])*)"
    ),
    # The first word is ب + the venue noun, or the verb: a stem of each.
    "|".join((*_VENUE_NOUNS, "احتضن")),
)
# A sentence ends at "!", "?", ";", a line break, or a full stop that is not a decimal
# point (no digit on either side). The candidates are found with one ``str.find`` pass
# per character, several times faster than a regex class tried at every position (an
# article has a few dozen of them).
_SENTENCE_END_CHARS = ".!?;\n"
_DIGITS = frozenset("0123456789")
_QUOTE = re.compile(r'"([^"\n]{1,2000})"')
_LINK_TO_MEETING = _word_re(
    (
        r"[وف]?بهذه المناسبه",
        r"[وف]?بالمناسبه",
        r"خلال (?:هذا|ذات|نفس) (?:ال)?(?:لقاء|اجتماع)",
        r"علي هامش",
        r"خلال(?:ه|ها)",
        r"في ختام",
    )
)
_PILLAR_SPLIT = re.compile(r"\s*,\s*|\s*(?:بالاضافه الي|فضلا عن|اضافه الي)\s*")
_PILLAR_LEAD = re.compile(r"(?:[^,]*,\s*)?(?:منها|ومنها|من بينها)(?: علي (?:ال)?خصوص)?\s*,?\s*")
_MIN_QUOTE_WORDS = 4
# Harakat, tanwin, shadda, sukun, superscript alef and tatweel: they belong to the
# letter before them, so a span ending on that letter extends over them.
_TRAILING_MARKS = frozenset("\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670")


@attrs.frozen
class _Doc:
    """The article as published plus its ``search``-normalised form and alignment."""

    article_id: str | None
    raw: str
    text: str
    _aligned: NormalizedText

    def span(self, start: int, end: int) -> Span:
        """The published-text span of ``text[start:end]``, with the marks that follow
        its last letter (diacritics, tatweel) included: "السابعَ", not "السابع"."""
        return Span(*self._raw_bounds(start, end))

    def _raw_bounds(self, start: int, end: int) -> tuple[int, int]:
        s, e = self._aligned._original_span_unchecked(start, end)
        raw = self.raw
        while s < e < len(raw) and raw[e] in _TRAILING_MARKS:
            e += 1
        return s, e

    def normalized_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``text`` that the published ``raw[start:end]`` became."""
        return self._aligned.normalized_span(start, end)

    def raw_text(self, start: int, end: int) -> str:
        s, e = self._raw_bounds(start, end)
        return self.raw[s:e]


def _sentence_ends(text: str) -> Iterator[int]:
    """Where each sentence-ending character is (see ``_SENTENCE_END_CHARS``)."""
    last = len(text) - 1
    for pos in sorted(pos for char in _SENTENCE_END_CHARS for pos in find_all(text, char)):
        if text[pos] == "." and (
            (pos > 0 and text[pos - 1] in _DIGITS) or (pos < last and text[pos + 1] in _DIGITS)
        ):
            continue  # a decimal point ("3.5")
        yield pos


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for end in _sentence_ends(text):
        if end > start:
            spans.append((start, end))
        start = end + 1
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,-":
        start += 1
    while end > start and text[end - 1] in " ,-":
        end -= 1
    return start, end


# --- the context every frame reads ------------------------------------------------------


_V = TypeVar("_V")
_I = TypeVar("_I")


@attrs.frozen
class _Found(Generic[_V]):
    """A gazetteer or parser hit in normalised text: span plus the value it stands for."""

    start: int
    end: int
    value: _V


@attrs.frozen
class _Context:
    doc: _Doc
    sentences: tuple[tuple[int, int], ...]
    regions: tuple[_Found[Region], ...]
    places: tuple[_Found[Place], ...]
    organizations: tuple[_Found[Organization], ...]
    place_spans: tuple[tuple[int, int], ...]  # regions and places, sorted
    people: tuple[_Person, ...]
    person_at: Mapping[int, _Person]  # where each mention of a person's name starts
    title_spans: tuple[tuple[int, int], ...]
    titles: tuple[pp.TitleMatch, ...]  # sorted by start
    # Marker and noun matches over the whole text, found once (sorted by start).
    meeting_nouns: _Matches
    agreement_nouns: _Matches
    chair_markers: _Matches
    attendance_markers: _Matches
    reference: dt.date | None
    # Titles parsed at each position against ``place_spans`` (this article only).
    title_memo: pp.TitleMemo
    # Whole-article views built on first use by the rules that look back (every body
    # named, ...): each extract() call has its own, so nothing outlives the call.
    lazy: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence containing ``pos`` (``(pos, pos)`` between sentences)."""
        i = bisect.bisect_right(self.sentences, (pos, len(self.doc.text) + 1)) - 1
        if i >= 0 and self.sentences[i][0] <= pos < self.sentences[i][1]:
            return self.sentences[i]
        return pos, pos


@attrs.frozen
class _Person:
    """A person found in the article: the first full mention and every later one."""

    mention: pp.PersonMention
    name: str  # as published
    surname: str  # normalised last word, for later mentions
    roles: frozenset[str]
    mentions: tuple[tuple[int, int], ...]


def _build_context(
    doc: _Doc,
    reference: dt.date | None,
    meeting_nouns: _Matches,
    agreement_nouns: _Matches,
) -> _Context:
    text = doc.text
    tokenized = _tokenize(text)
    regions, places = _find_regions_and_places(doc, tokenized)
    spans = tuple(sorted([(f.start, f.end) for f in regions] + [(f.start, f.end) for f in places]))
    memo = pp.TitleMemo(text, spans, _spelled_names(doc))
    titles = pp.find_titles(text, spans, memo)
    chair_markers = _Matches(_CHAIR.finditer(text))
    attendance_markers = _Matches(_ATTEND.finditer(text))
    people = _find_people(doc, spans, titles, (*chair_markers, *attendance_markers), memo)
    return _Context(
        doc=doc,
        sentences=tuple(_sentences(doc.text)),
        regions=regions,
        places=places,
        organizations=tuple(_find_organizations(doc.text, tokenized)),
        place_spans=spans,
        people=people,
        person_at={start: person for person in people for start, _ in person.mentions},
        title_spans=tuple((t.start, t.end) for t in titles),
        titles=tuple(sorted(titles, key=lambda t: t.start)),
        meeting_nouns=meeting_nouns,
        agreement_nouns=agreement_nouns,
        chair_markers=chair_markers,
        attendance_markers=attendance_markers,
        reference=reference,
        title_memo=memo,
    )


# The name Ali as published: "علي" with yeh (diacritics or tatweel allowed between its
# letters), not the preposition "على" with alef maqsura, which search text spells alike.
_MARKS = "".join(sorted(_TRAILING_MARKS))
# The literal "ع" comes first so that ``re`` can jump to it; the look-behind after it
# checks the letter before (a leading look-behind makes ``re`` try every position).
_ALI_PUBLISHED = re.compile(rf"ع(?<![{_L}]ع)[{_MARKS}]*ل[{_MARKS}]*ي(?![{_L}])")


def _spelled_names(doc: _Doc) -> frozenset[int]:
    """Where the search text's "علي" is the name Ali: the published text writes the
    preposition "على" with alef maqsura (ى) and the name with yeh (ي). The name is rare,
    so it is found in the published text and mapped once per occurrence."""
    if "ي" not in doc.raw:
        return frozenset()
    return frozenset(
        doc.normalized_span(m.start(), m.end())[0] for m in _ALI_PUBLISHED.finditer(doc.raw)
    )


def _find_people(
    doc: _Doc,
    places: Sequence[tuple[int, int]],
    titles: Sequence[pp.TitleMatch],
    markers: Sequence[re.Match[str]],
    memo: pp.TitleMemo | None = None,
) -> tuple[_Person, ...]:
    """Every named person, deduplicated, with all the places the text mentions them.

    Full names come from mentions anchored on a title ("وزيرة التضامن، عواطف حيار")
    or, name first, after a chair or attendance marker. A later "السيدة حيار" or a
    bare "حيار" links to a person already introduced; a surname alone never
    introduces a new person.
    """
    text = doc.text
    mentions: list[pp.PersonMention] = []
    for title in titles:
        if mentions and title.start < mentions[-1].end:
            continue
        mention = pp.mention_at(text, title.start, places, memo=memo)
        if mention is not None:
            mentions.append(mention)
    for mention in (
        *_names_after_markers(text, markers, places, memo),
        *_names_opening_sentences(text, titles, places, memo),
    ):
        if not _covered(mentions, mention.start):
            mentions.append(mention)
            mentions.sort(key=lambda m: m.start)
    people: dict[str, _Person] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        _add_mention(doc, people, mention)
    for start, end in pp.honorifics(text):
        if _covered(mentions, start):
            continue
        linked = _link_known(text, people, end)
        if linked is None:
            mention = pp.mention_at(text, start, places, memo=memo)
            if mention is not None:
                _add_mention(doc, people, mention)
    return tuple(_with_surname_mentions(text, p) for p in people.values())


def _names_after_markers(
    text: str,
    markers: Sequence[re.Match[str]],
    places: Sequence[tuple[int, int]],
    memo: pp.TitleMemo | None,
) -> Iterator[pp.PersonMention]:
    """Mentions after chair and attendance markers, name first ones included."""
    for marker in markers:
        after = _after_chair_marker(text, marker.end())
        mention = pp.mention_at(text, after, places, memo=memo)
        if mention is None and _PRESIDING.fullmatch(marker.group()):
            # "برئاسة سمير كودار، …"
            mention = pp.bare_name_at(
                text, after, places, names=memo.names if memo else frozenset()
            )
        if mention is not None:
            yield mention


def _names_opening_sentences(
    text: str,
    titles: Sequence[pp.TitleMatch],
    places: Sequence[tuple[int, int]],
    memo: pp.TitleMemo | None,
) -> Iterator[pp.PersonMention]:
    """Name-first mentions that open a sentence, their title after a comma:
    "خديجة بوصفيحة، مديرة المركز الجهوي للاستثمار …، عقدت …". Only a name that
    begins with a known given name: other words before a comma open a clause."""
    for title in titles:
        comma = text.rfind(",", max(0, title.start - 3), title.start)
        if comma < 0 or text[comma + 1 : title.start].strip():
            continue
        opening = max(text.rfind(".", 0, comma), text.rfind("\n", 0, comma)) + 1
        opening = skip(text, opening, " ")
        first = pp.WORD.match(text, opening)
        if first is None or (first.group() not in GIVEN_NAMES and first.group() != "عبد"):
            continue
        mention = pp.mention_at(text, opening, places, memo=memo)
        if mention is not None and mention.name_start == opening and mention.end >= title.end:
            yield mention


def _with_surname_mentions(text: str, person: _Person) -> _Person:
    """Add bare surname mentions ("وأكدت حيار") to a person already introduced."""
    found = list(person.mentions)
    surname = person.surname
    pos = text.find(surname)
    while pos >= 0:
        end = pos + len(surname)
        # A whole word, or a word of one proclitic (و ف ب ل) and the surname.
        before = pos - 1 if pos > 0 and text[pos - 1] in "وفبل" else pos
        whole = (before == 0 or text[before - 1] not in ARABIC_LETTERS) and (
            end == len(text) or text[end] not in ARABIC_LETTERS
        )
        if whole and not any(s <= pos < e for s, e in found):
            found.append((pos, end))
        pos = text.find(surname, end)
    return _Person(person.mention, person.name, person.surname, person.roles, tuple(found))


def _covered(mentions: Sequence[pp.PersonMention], pos: int) -> bool:
    """Whether ``pos`` falls inside one of the (start-sorted) mentions."""
    i = bisect.bisect_right(mentions, pos, key=lambda m: m.start) - 1
    return i >= 0 and mentions[i].start <= pos < mentions[i].end


def _add_mention(doc: _Doc, people: dict[str, _Person], mention: pp.PersonMention) -> None:
    name = doc.text[mention.name_start : mention.name_end]
    words = name.split()
    key = next((k for k in people if k == name or k.split()[-1] == words[-1]), None)
    roles = frozenset(t.role for t in mention.titles)
    span = (mention.name_start, mention.name_end)
    if key is None:
        if len(words) >= 2:  # a surname alone is not enough to name someone
            raw = doc.raw_text(*span)
            people[name] = _Person(mention, raw, words[-1], roles, (span,))
        return
    old = people[key]
    people[key] = _Person(
        old.mention, old.name, old.surname, old.roles | roles, (*old.mentions, span)
    )


def _link_known(text: str, people: dict[str, _Person], pos: int) -> _Person | None:
    """After "السيدة": a known person's full name or surname links to that person."""
    pos = skip(text, pos, " ")
    for key, person in people.items():
        for candidate in (key, person.surname):
            end = pos + len(candidate)
            if text.startswith(candidate, pos) and not text[end : end + 1].isalpha():
                people[key] = _Person(
                    person.mention,
                    person.name,
                    person.surname,
                    person.roles,
                    (*person.mentions, (pos, end)),
                )
                return person
    return None


# --- records from mentions --------------------------------------------------------------


def _person_record(ctx: _Context, person: _Person) -> Person:

    mention = person.mention
    feminine = mention.honorific_feminine
    if feminine is None and mention.titles:
        feminine = mention.titles[0].feminine
    gender = None if feminine is None else (Gender.FEMALE if feminine else Gender.MALE)
    return Person(name=person.name, gender=gender)


def _posts(ctx: _Context, mention: pp.PersonMention) -> tuple[tuple[Post, tuple[int, int]], ...]:
    """The posts a mention's titles state, each with the title's span."""

    posts = []
    for title in mention.titles:
        # A place may begin inside the head ("رئيس مجلس عمالة الدار البيضاء").
        region = _first_in(ctx.regions, title.start, title.end)
        place_hit = _first_in(ctx.places, title.start, title.end)
        place = place_hit.value if place_hit is not None else None
        region_value = region.value if region is not None else None
        if region_value is None and isinstance(place, Place):
            region_value = place.region  # a province or city lies in one region
        organization = _organization_for_title(ctx, title)
        role = title.role
        if role == "president" and ctx.doc.text[title.head_end : title.end].strip() == "المجلس":
            role = _council_president(ctx, title.start) or role
        if (
            role == "commune_president"
            and place_hit is not None
            and (" " + ctx.doc.text[place_hit.start : place_hit.end]).endswith(
                _ARRONDISSEMENT_ENDINGS
            )
        ):
            role = "mayor"  # "رئيس مجلس جماعة سلا": a city of arrondissements
        if role == "regional_council_president" and region_value is None:
            # "رئيسة المجلس الجهوي": the council of the region the article is about,
            # resolved only when the article names exactly one region.
            region_value = _article_region(ctx)
            if region_value is not None and organization is None:
                organization = _regional_council(region_value)
        posts.append(
            (
                Post(
                    role=PostRole(role),
                    title=ctx.doc.raw_text(title.start, title.end),
                    organization=organization,
                    region=region_value,
                    place=place,
                ),
                (title.start, title.end),
            )
        )
    return tuple(posts)


_COUNCIL_ANY = _labelled_re(lx.COUNCIL_ANTECEDENTS)
_ARRONDISSEMENT_ENDINGS = tuple(" " + name for name in lx.ARRONDISSEMENT_COMMUNES)


def _council_president(ctx: _Context, title_start: int) -> str | None:
    """The president's role for "رئيس المجلس" from the council named last before it,
    in its sentence or earlier ("عقد المجلس الجماعي لفاس … برئاسة رئيس المجلس" -> a
    commune president; "عقد مجلس جهة الشرق دورته … وترأس أشغال الدورة رئيس المجلس"
    -> a regional council president)."""
    found = None
    for match in _COUNCIL_ANY.finditer(ctx.doc.text, 0, title_start):
        found = match
    return None if found is None else _label(found, lx.COUNCIL_ANTECEDENTS)[0]


def _article_region(ctx: _Context) -> Region | None:
    codes = {getattr(hit.value, "code", None) for hit in ctx.regions}
    if len(codes) != 1:
        return None
    return ctx.regions[0].value


def _regional_council(region: Region) -> Organization | None:

    try:
        return organization(f"regional-council-{region.code}")
    except KeyError:  # pragma: no cover - the gazetteer generates one per region
        return None


def _organization_for_title(ctx: _Context, title: pp.TitleMatch) -> Organization | None:
    """The body a title belongs to, when the gazetteer knows it.

    "وزيرة التضامن …" is read as a title of "وزارة التضامن …".
    """

    for found in _within(ctx.organizations, title.start, title.end):
        return found.value
    if title.role == "minister":
        portfolio = ctx.doc.text[title.head_end : title.end].strip()
        if portfolio:
            return _ministry(portfolio)
        return None
    body = _body_of_title(ctx, title)
    return None if body is None else body.value


def _body_of_title(ctx: _Context, title: pp.TitleMatch) -> _Found[Organization] | None:
    """The body a title's complement begins to name ("رئيس جامعة ابن زهر"), read by the
    generic recogniser up to the end of the sentence; ``None`` when there is none."""

    text = ctx.doc.text
    pos = skip(text, title.head_end, " ")
    if pos >= title.end:
        return None
    _, s_end = ctx.sentence_of(title.start)
    mention = body_at(text, pos, max(s_end, title.end))
    if mention is None:
        return None
    return _Found(
        mention.start,
        mention.end,
        mention.organization(ctx.doc.raw_text(mention.start, mention.end)),
    )


@functools.lru_cache(maxsize=1024)
def _ministry(portfolio: str) -> Organization | None:
    """The ministry whose name is "وزارة" + the portfolio of a minister's title."""
    for found in _find_organizations("وزاره " + portfolio):
        if found.start == 0:
            return found.value
    return None


def _participation(
    ctx: _Context,
    role: str,
    mention: pp.PersonMention,
    evidence: dict[str, list[Span]] | None = None,
    path: str = "",
) -> Participation | None:
    """A named person's participation; with ``evidence``, records ``path.person`` and
    ``path.posts[j]`` spans (from the mention that introduced the person)."""

    person = _person_for(ctx, mention.name_start)
    if person is None:
        return None
    source = person.mention if person.mention.titles else mention
    if _titles_weight(mention) > _titles_weight(source):
        # "الوالي فلان" in a headline, "والي جهة سوس ماسة، عامل عمالة أكادير، فلان" in
        # the body: the fuller naming tells the posts
        source = mention
    posts = _posts(ctx, source)
    if evidence is not None:
        evidence[f"{path}.person"] = [ctx.doc.span(source.name_start, source.name_end)]
        for j, (_, (t_start, t_end)) in enumerate(posts):
            evidence[f"{path}.posts[{j}]"] = [ctx.doc.span(t_start, t_end)]
    return Participation(
        role=Role(role),
        person=_person_record(ctx, person),
        posts=tuple(post for post, _ in posts),
    )


def _titles_weight(mention: pp.PersonMention) -> tuple[int, int]:
    """How much a mention's titles say: how many, then how long."""
    return len(mention.titles), sum(t.end - t.start for t in mention.titles)


def _person_for(ctx: _Context, name_start: int) -> _Person | None:
    return ctx.person_at.get(name_start)


def _person_by_title(ctx: _Context, role: str) -> _Person | None:
    holders = [p for p in ctx.people if role in p.roles]
    return holders[0] if len(holders) == 1 else None


# --- the meeting frame -------------------------------------------------------------------

# A subset of the event markers, so their stems serve as its hint too.
_STRONG_EVENT = _hinted(lx.STRONG_EVENT_MARKERS, lx.EVENT_HINT)


_NON_SPECIFIC = re.compile(rf"(?<![{_L}])(?:{_alternation(lx.NON_SPECIFIC_LEADS)}) $")
_HABITUAL = _word_re(lx.HABITUAL_WORDS)
# Leads that say an event did not take place; signings also count expectations.
_UNREALISED_EVENT = re.compile(rf"(?<![{_L}])(?:{_alternation(lx.UNREALISED_LEADS)}) $")
_UNREALISED = re.compile(
    rf"(?<![{_L}])(?:{_alternation((*lx.UNREALISED_LEADS, *lx.EXPECTATION_LEADS))}) $"
)


_CANCELLED = _hinted(lx.CANCELLATION_WORDS, lx.CANCELLATION_HINT)
_EXPECTED_SIGNING = _word_re(lx.EXPECTED_SIGNING)
_PLUPERFECT = _hinted(lx.PLUPERFECT, lx.PLUPERFECT_HINT)


def _speech(ctx: _Context) -> list[tuple[int, int]]:
    """The quotations of at least four words (the words between the marks), found once
    per article: the meeting's quotes, and what is not news."""
    if "speech" not in ctx.lazy:
        ctx.lazy["speech"] = [
            m.span(1)
            for m in _QUOTE.finditer(ctx.doc.text)
            if len(m.group(1).split()) >= _MIN_QUOTE_WORDS
        ]
    spans: list[tuple[int, int]] = ctx.lazy["speech"]
    return spans


def _in_speech(ctx: _Context, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation of at least four words: what a speaker
    recalls ("« وقعنا سنة 2024 اتفاقية … »") is not the news being reported."""
    spans = _speech(ctx)
    i = bisect.bisect_right(spans, (pos, len(ctx.doc.text) + 1)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _background(ctx: _Context, start: int, end: int) -> bool:
    """Whether a sentence tells background in the pluperfect ("وكان النادي قد وقع …")."""
    return _PLUPERFECT.search(ctx.doc.text, start, end) is not None


def _realised(
    marker: re.Pattern[str] | HintedPattern,
    text: str,
    start: int,
    end: int,
    leads: re.Pattern[str] | None = None,
) -> bool:
    """Whether ``marker`` occurs in ``[start, end)`` not led by a demand, a wait or a
    negation ("طالبت بتسريع توقيع …", "لم يتم عقد …") nor cancelled earlier in its
    sentence ("ألغيت مراسيم توقيع …"). ``leads``: the unrealising leads to use (by
    default those of signings, expectations included)."""
    return any(True for _ in _realised_markers(marker, text, start, end, leads))


def _realised_markers(
    marker: re.Pattern[str] | HintedPattern,
    text: str,
    start: int,
    end: int,
    leads: re.Pattern[str] | None = None,
) -> Iterator[re.Match[str]]:
    """The matches of ``marker`` in ``[start, end)`` that report something done."""
    leads = _UNREALISED if leads is None else leads
    cancelled = _CANCELLED.search(text, start, end)
    for found in marker.finditer(text, start, end):
        if cancelled is not None and cancelled.start() < found.start():
            return
        if leads.search(text, max(start, found.start() - 24), found.start()) is None:
            yield found


def _meeting_trigger(ctx: _Context) -> tuple[str, int, int] | None:
    """The first sentence reporting an event: its kind and the trigger's span."""
    for start, end in ctx.sentences:
        best: tuple[str, int, int] | None = None
        # Each marker is searched at most once per sentence, so a sentence of many
        # meeting nouns stays linear.
        has_marker: dict[re.Pattern[str] | HintedPattern, bool] = {}
        nouns = _matches_within(ctx.meeting_nouns, start, end)
        if nouns and _background(ctx, start, end):
            continue
        for match in nouns:
            if _in_speech(ctx, match.start()) or _on_the_sidelines(ctx.doc.text, start, match):
                continue
            kind, s, e = _label(match, lx.MEETING_NOUNS)
            if not _reports_event(ctx, match, (start, end), has_marker):
                continue
            if best is None or (best[0] == "other" and kind != "other"):
                best = (kind, s, e)
        if best is not None:
            if best[0] == "other" and _is_headline(ctx, start, end):
                # "الوالي يترأس اجتماعا" above "… اجتماعا تنسيقيا …": the body's
                # first sentence names the headline's meeting more precisely
                body = _body_kind(ctx, end)
                if body is not None:
                    return body
            return best
    return _headline_trigger(ctx)


def _body_kind(ctx: _Context, headline_end: int) -> tuple[str, int, int] | None:
    """The first specific meeting noun of the body's first sentence, if any."""
    i = bisect.bisect_left(ctx.sentences, (headline_end, -1))
    if i >= len(ctx.sentences):
        return None
    start, end = ctx.sentences[i]
    has_marker: dict[re.Pattern[str] | HintedPattern, bool] = {}
    for match in _matches_within(ctx.meeting_nouns, start, end):
        kind, s, e = _label(match, lx.MEETING_NOUNS)
        if (
            kind != "other"
            and not _in_speech(ctx, match.start())
            and _reports_event(ctx, match, (start, end), has_marker)
        ):
            return kind, s, e
    return None


# "على هامش (فعاليات) الدورة السابعة عشرة للملتقى الدولي للفلاحة": the event a signing
# or a meeting took place beside, not the one reported.
_SIDELINES = re.compile(r"علي هامش (?:(?:فعاليات|اشغال) )?(?:[^ ,.]+ ){0,4}$")


def _on_the_sidelines(text: str, sentence_start: int, match: re.Match[str]) -> bool:
    """Whether a meeting noun names the gathering something else happened beside."""
    return (
        _SIDELINES.search(text, max(sentence_start, match.start() - 60), match.start()) is not None
    )


def _headline_trigger(ctx: _Context) -> tuple[str, int, int] | None:
    """A meeting named only in the headline ("لقاء تنسيقي بين وزير الصحة والمديرين
    الجهويين") while one of the body's first two sentences has an official act ("جمع
    وزير الصحة، فلان، …", after a sentence of context): the headline's noun gives the
    kind."""
    if len(ctx.sentences) < 2 or not _is_headline(ctx, *ctx.sentences[0]):
        return None
    text = ctx.doc.text
    (h_start, _), body = ctx.sentences[0], ctx.sentences[1]
    nouns = _matches_within(ctx.meeting_nouns, *ctx.sentences[0])
    labelled = [_label(n, lx.MEETING_NOUNS) for n in nouns]
    # not "تنفي عقد أي اجتماع": a noun that is non-specific, denied or cancelled
    labelled = [
        item
        for item in labelled
        if item[0] != "audience"
        and _NON_SPECIFIC.search(text, max(h_start, item[1] - 8), item[1]) is None
        and _CANCELLED.search(text, h_start, item[1]) is None
    ]
    if not labelled or _CANCELLED.search(text, *body) is not None:
        return None
    if not any(_official_leads(ctx, *sentence) for sentence in ctx.sentences[1:3]):
        return None
    return next((item for item in labelled if item[0] != "other"), labelled[0])


def _reports_event(
    ctx: _Context,
    match: re.Match[str],
    sentence: tuple[int, int],
    has_marker: dict[re.Pattern[str] | HintedPattern, bool],
) -> bool:
    """Whether a meeting noun reports an event in its sentence: the marker its kind
    needs is there, and nothing makes the noun non-specific ("أي اجتماع")."""
    text = ctx.doc.text
    start, end = sentence
    kind, s, e = _label(match, lx.MEETING_NOUNS)
    if kind == "audience" or text[s:e] in lx.EVENT_VERBS:
        # "استقبل", "دشنت" report the event itself, when an official is the subject.
        return _receiver_follows(ctx, e, end)
    if _ruled_out(ctx, kind, text[s:e], sentence, has_marker):
        return False
    marker: re.Pattern[str] | HintedPattern
    if kind == "launch" and lx.LAUNCH_STEM in text[s:e]:
        marker = _LAUNCH_VERB  # "أعطى انطلاقة"; an inauguration takes any event verb
    elif text.startswith(("توقيع", "التوقيع"), s):
        # A bare "توقيع" is an event only as the subject of جرى/تم ("جرى توقيع مذكرة
        # تفاهم"); "تميز اللقاء بتوقيع …" reports a signing at another event.
        if text[match.start() : s] not in ("", "و", "ف"):
            return False
        marker = _SIGNING_EVENT
    else:
        marker = _STRONG_EVENT if kind == "other" else _EVENT
    if marker not in has_marker:
        # an announced meeting is read as one ("يرتقب أن يترأس الوالي اجتماعا")
        has_marker[marker] = _realised(marker, text, start, end, _UNREALISED_EVENT)
    return has_marker[marker] and _NON_SPECIFIC.search(text, max(start, s - 8), s) is None


def _ruled_out(
    ctx: _Context,
    kind: str,
    noun: str,
    sentence: tuple[int, int],
    has_marker: dict[re.Pattern[str] | HintedPattern, bool],
) -> bool:
    """Whether the sentence rules a meeting noun out whatever its verb: a visit with no
    official, a bare ceremony with no signing, a habit, a match in sports news."""
    text = ctx.doc.text
    start, end = sentence
    if noun in lx.UNQUALIFIED_VISITS and not _official_leads(ctx, start, end):
        return True
    if noun in lx.BARE_CEREMONIES and not (
        _matches_within(ctx.agreement_nouns, start, end) and _realised(_SIGNING, text, start, end)
    ):
        return True  # "حفل" alone: a ceremony of what?
    # Each pattern is searched once per sentence, so a sentence of many nouns stays linear.
    if _HABITUAL not in has_marker:  # "الاجتماعات التي تعقد أسبوعيا": a habit, no event
        has_marker[_HABITUAL] = _HABITUAL.search(text, start, end) is not None
    if has_marker[_HABITUAL]:
        return True
    if kind == "other":
        if _SPORTS not in has_marker:
            has_marker[_SPORTS] = _SPORTS.search(text, start, end) is not None
        return has_marker[_SPORTS]  # a match ("لقاء الوداد والرجاء"), not a meeting
    return False


def _official_leads(ctx: _Context, start: int, end: int) -> bool:
    """Whether a chair marker in ``[start, end)`` is followed by a titled or honoured
    person ("قام وزير الصحة ...", "حل والي الجهة ...")."""
    text = ctx.doc.text
    return any(
        _receiver_follows(ctx, _after_chair_marker(text, marker.end()), end)
        for marker in _matches_within(ctx.chair_markers, start, end)
    )


def _receiver_follows(ctx: _Context, pos: int, end: int) -> bool:
    """Whether a titled or honoured person follows ``pos`` ("استقبل وزير الخارجية، ...")."""
    text = ctx.doc.text
    mention = pp.mention_at(text, pos, ctx.place_spans, limit=end)
    if mention is not None:
        return bool(mention.titles) or mention.honorific_feminine is not None
    # "استقبل والي الجهة، يوم الاثنين، …": an official named by post alone
    return ctx.title_memo.at(skip(text, pos, " ")) is not None


def _meeting_sentences(ctx: _Context, trigger_start: int) -> list[tuple[int, int]]:
    """The trigger's sentence and the sentences after it that refer to the meeting."""
    first = ctx.sentence_of(trigger_start)
    related = [first]
    headline = _is_headline(ctx, *first)
    for start, end in ctx.sentences:
        if start <= first[0]:
            continue
        if headline and len(related) == 1:
            related.append((start, end))  # the body's first sentence tells the headline's event
        elif headline and len(related) == 2 and _matches_within(ctx.chair_markers, start, end):
            # "وأشرف عامل الإقليم، فلان، على تسيير الأشغال" after a sentence of context
            related.append((start, end))
        elif (
            _matches_within(ctx.meeting_nouns, start, end)
            or any(
                _MEETING_OBJECT.match(ctx.doc.text, marker.end())
                for marker in _matches_within(ctx.chair_markers, start, end)
            )  # "وترأس الجلسة الافتتاحية …" names the meeting without a meeting noun
            or (  # "وتنعقد هذه النسخة …" (the literal first: most sentences have none)
                ctx.doc.text.find("هذ", start, end) >= 0
                and _THIS_EDITION.search(ctx.doc.text, start, end) is not None
            )
        ):
            related.append((start, end))
    return related


# The meeting referred to by its edition or session: "وتنعقد هذه النسخة في صيغة هجينة".
_THIS_EDITION = re.compile(rf"(?<![{_L}])(?:هذه|هذا) (?:ال)?(?:نسخه|دوره)(?![{_L}])")


def _extract_meeting(ctx: _Context, agreements: Sequence[Agreement]) -> Meeting | None:

    trigger = _meeting_trigger(ctx)
    if trigger is None:
        return None
    kind, t_start, t_end = trigger
    doc = ctx.doc
    evidence: dict[str, list[Span]] = {"kind": [doc.span(t_start, t_end)]}
    sentences = _meeting_sentences(ctx, t_start)
    first = sentences[0]

    fields: dict[str, object] = {}
    chair = _chair(ctx, sentences[:3], evidence)
    fields["chair"] = chair
    fields["participants"] = _participants(ctx, sentences, chair, evidence)
    when = _when(ctx, first, t_start, evidence)
    for later in sentences[1:]:
        if when:
            break
        # A headline trigger, or "وقد انعقد هذا الاجتماع يوم الخميس …" at the end: the
        # date is in a later sentence about the same meeting.
        nouns = _matches_within(ctx.meeting_nouns, *later)
        when = _when(ctx, later, nouns[0].start() if nouns else later[0], evidence)
    fields.update(when)
    fields.update(_where(ctx, first, t_start, evidence))
    if "region" not in fields and len(sentences) > 1 and _is_headline(ctx, *first):
        # A headline trigger ("رئيس الحكومة يترأس اجتماع …"): the body's first
        # sentence about the meeting says where it was held.
        fields.update(_where(ctx, sentences[1], t_start, evidence))
    _fill_region(ctx, fields, chair, evidence)
    fields["attendance_mode"] = _attendance_mode(ctx, sentences, evidence)
    # the trigger's sentence, and the body's first one after a headline trigger
    told = sentences[:2] if _is_headline(ctx, *first) else sentences[:1]
    fields["ordinal"] = _ordinal(ctx, told, evidence)
    fields["topic"] = _topic(ctx, t_end, first, evidence)
    fields["strategy"] = _strategy(ctx, evidence)
    fields["programmes"] = _programmes(ctx, evidence)
    fields["quotes"] = _quotes(ctx, evidence)
    fields["agreements"] = tuple(agreements)
    for i, agreement in enumerate(agreements):
        evidence[f"agreements[{i}]"] = list(agreement.evidence.get("kind"))
    return Meeting(
        kind=MeetingKind(kind),
        article_id=doc.article_id,
        evidence=Evidence({k: tuple(v) for k, v in evidence.items() if v}),
        **fields,  # type: ignore[arg-type]  # each value is checked by Meeting's validators
    )


def _fill_region(
    ctx: _Context,
    fields: dict[str, object],
    chair: Participation | None,
    evidence: dict[str, list[Span]],
) -> None:
    """The region when the meeting's sentences name none: the chair's territory, then a
    region or place read from a genitive, then the dispatch's dateline."""
    # A region or place read only from a genitive ("للساقية الحمراء"): a last resort.
    weak = cast("tuple[Region, Span] | None", fields.pop("weak_region", None))
    weak_place = cast("tuple[Place, Span] | None", fields.pop("weak_place", None))
    if weak is None and weak_place is not None and weak_place[0].region is not None:
        weak = (weak_place[0].region, weak_place[1])
    if "region" not in fields and chair is not None:
        # No place stated: the territory of the chair's post ("أعطى عامل إقليم الحوز
        # انطلاقة …" is the governor acting in his province).
        for j, post in enumerate(chair.posts):
            if post.region is not None:
                fields["region"] = post.region
                evidence["region"] = list(evidence[f"chair.posts[{j}]"])
                break
    if "region" not in fields and weak is not None:
        fields["region"] = weak[0]
        evidence["region"] = [weak[1]]
        if weak_place is not None and "place" not in fields:
            fields["place"], evidence["place"] = weak_place[0], [weak_place[1]]
    if "region" not in fields:
        # "وزير التجهيز يقف على تقدم أشغال سد بإقليم شيشاوة": the headline says where
        headline = _headline_region(ctx)
        if headline is not None:
            fields["region"], evidence["region"] = headline
    dateline = _dateline_place(ctx)
    if dateline is None:
        return
    where, span = dateline
    region = where.region if isinstance(where, Place) else where
    if "region" not in fields:
        # Nothing in the report says where: the place the dispatch is datelined from.
        fields["region"], evidence["region"] = region, [span]
    if isinstance(where, Place) and "place" not in fields and fields["region"] == region:
        # "أكادير – ترأس والي جهة سوس ماسة …": the dateline's city, in the region read
        fields["place"], evidence["place"] = where, [span]


# The meeting named as the object of a chair verb: "ترأس (أشغال) الاجتماع", "ترأس
# أشغاله", "ترأس الجلسة الافتتاحية".
_OPENING_SESSION = r"(?:(?:ال)?جلسه|جلست(?:ه|ها)) (?:ال)?(?:افتتاحيه|ختاميه)"
# A bare "الدورة" is no meeting noun (a season, an edition), but as the object of a
# chair verb it is the session: "وترأس أشغال الدورة رئيس المجلس، فلان".
_MEETING_OBJECT = re.compile(
    rf" (?:(?:(?:(?:اشغال|فعاليات|{_OPENING_SESSION}) )?(?:(?:هذا|هذه) )?"
    rf"(?:{_alternation(p for p, _ in lx.MEETING_NOUNS)}|الدوره))"
    rf"|(?:اشغال|فعاليات)(?:ه|ها)|{_OPENING_SESSION})(?![{_L}]),?"
)


# Words that end a genitive after a meeting noun: a relative clause or a verb of attending.
_NOT_GENITIVE = frozenset(
    {"الذي", "التي", "الذين", "حضره", "حضرها", "بحضور", "في", "علي", "من", "مع", "حول", "بشان"}
)


# "ترأسه مناصفة كل من وزيرة …": co-chairs, the first named leads.
_CO_CHAIRED = re.compile(r" (?:مناصفه )?(?:كل من|مناصفه)(?= )")


def _after_chair_marker(text: str, pos: int) -> int:
    """Skip the meeting named as the object: "ترأس (أشغال) الاجتماع والي الجهة …"."""
    co_chaired = _CO_CHAIRED.match(text, pos)
    if co_chaired is not None:
        return co_chaired.end()
    match = _MEETING_OBJECT.match(text, pos)
    if match is not None:
        # "ترأس الجلسة الافتتاحية للمنتدى والي الجهة", "ترأس أشغال الدورة لمجلس جهة
        # الشرق رئيس المجلس": the object's genitive (ل + up to four words, no comma, no
        # relative clause) may stand between it and the title of whoever presides
        word = skip(text, match.end(), " ")
        if text.startswith("ل", word):
            for _ in range(5):
                if pp.title_at(text, word, ()) is not None:
                    return word
                space = text.find(" ", word)
                token = text[word:space]
                if space < 0 or token in _NOT_GENITIVE or not token.isalpha():
                    break
                word = space + 1
        return match.end()
    # "تحت الرئاسة الفعلية لوالي الجهة": a preposition ل glued to the title.
    word = skip(text, pos, " ")
    if text.startswith("ل", word) and pp.title_at(text, word + 1, ()) is not None:
        return word + 1
    return pos


def _chair(
    ctx: _Context, sentences: Sequence[tuple[int, int]], evidence: dict[str, list[Span]]
) -> Participation | None:
    # The subject after its verb first, in every sentence; then, failing that, a subject
    # named before its verb ("أن المفتش العام، السيد فلان، قام بزيارة").
    for subject_first in (False, True):
        for start, end in sentences:
            for marker in _matches_within(ctx.chair_markers, start, end):
                chair = _chair_at(ctx, start, end, marker, evidence, subject_first=subject_first)
                if chair is not None:
                    return chair
    # Failing a name, the post of whoever presides ("ترأس عامل الإقليم اجتماعا"): a
    # chair described by its post.
    for start, end in sentences:
        for marker in _matches_within(ctx.chair_markers, start, end):
            chair = _unnamed_chair_at(ctx, end, marker, evidence)
            if chair is not None:
                return chair
    return None


def _unnamed_chair_at(
    ctx: _Context, end: int, marker: re.Match[str], evidence: dict[str, list[Span]]
) -> Participation | None:
    """The chair a marker names by post alone: "برئاسة المدير الجهوي للفلاحة"."""
    text = ctx.doc.text
    title = ctx.title_memo.at(skip(text, _after_chair_marker(text, marker.end()), " "))
    if title is None or title.end > end:
        return None
    if _HOLD.fullmatch(marker.group()) and _with_a_peer(ctx, title.end, end):
        return None  # "عقد الوالي جلسة عمل مع رئيس مجلس الجهة، فلان": two sides
    posts = _posts(ctx, pp.PersonMention(title.end, title.end, title.start, title.end, (title,)))
    span = ctx.doc.span(title.start, title.end)
    evidence["chair"] = [span]
    for j, (_, (t_start, t_end)) in enumerate(posts):
        evidence[f"chair.posts[{j}]"] = [ctx.doc.span(t_start, t_end)]
    return Participation(
        role=Role.CHAIR,
        group=ctx.doc.raw[span.start : span.end],
        group_kind=ParticipantGroup(lx.TITLE_GROUPS.get(title.role, "other")),
        posts=tuple(post for post, _ in posts),
    )


def _chair_at(
    ctx: _Context,
    start: int,
    end: int,
    marker: re.Match[str],
    evidence: dict[str, list[Span]],
    *,
    subject_first: bool,
) -> Participation | None:
    """The chair a marker names in the sentence ``[start, end)``, if any."""
    text = ctx.doc.text
    if subject_first:
        if marker.group() not in _SUBJECT_FIRST:
            return None
        mention = _subject_before(ctx, start, marker.start())
    else:
        after = _after_chair_marker(text, marker.end())
        mention = pp.mention_at(text, after, ctx.place_spans, limit=end, memo=ctx.title_memo)
        if mention is None and _PRESIDING.fullmatch(marker.group()):
            mention = pp.bare_name_at(text, after, ctx.place_spans, end, ctx.title_memo.names)
    if mention is None:
        return None
    if _HOLD.fullmatch(marker.group()) and _with_a_peer(ctx, mention.end, end):
        return None  # "عقدت الوزيرة جلسة عمل مع رئيس مجلس الجهة، فلان": two sides
    chair = _participation(ctx, "chair", mention, evidence, "chair")
    if chair is not None:
        evidence["chair"] = [ctx.doc.span(mention.start, mention.end)]
    return chair


_HOLD = re.compile(r"[وف]?(?:عقد|عقدت)")
_SUBJECT_FIRST = frozenset(lx.SUBJECT_FIRST_CHAIR_VERBS)
# What may open the clause of a subject that comes before its verb: the sentence start,
# "أن"/"إن" ("كشفت مصادر أن المفتش العام … قام"), or a dateline's colon.
_CLAUSE_OPENING = re.compile(rf"(?:(?<![{_L}])ان|:)[ ,]*\Z")


def _subject_before(ctx: _Context, start: int, verb: int) -> pp.PersonMention | None:
    """The person named (title and name) right before a chair verb, as the subject of
    its clause: "أن المفتش العام للإدارة الترابية، السيد فلان، قام بزيارة عمل"."""
    text = ctx.doc.text
    subject_end = verb
    while subject_end > start and text[subject_end - 1] in " ,":
        subject_end -= 1
    if subject_end == verb:
        return None
    for person in ctx.people:
        mention = person.mention
        if (
            mention.end == subject_end
            and mention.titles
            and start <= mention.start
            and (
                not text[start : mention.start].strip(" ,")
                or _CLAUSE_OPENING.search(text, start, mention.start) is not None
            )
        ):
            return mention
    return None


# Markers after which a bare name (no title) may be read as the chair.
_PRESIDING = re.compile(
    r"[وف]?(?:برئاسه|ترا?س(?:ه|ها|ته|تها)|تحت (?:ال)?رئاسه(?: (?:ال)?فعلي(?:ه)?)?)"
)
_WITH = re.compile(rf"(?<![{_L}])مع ")


def _with_a_peer(ctx: _Context, start: int, end: int) -> bool:
    """Whether a named official is met "مع" (with) in ``[start, end)``: who holds a
    meeting with a peer holds talks rather than chairing."""
    text = ctx.doc.text
    for found in _WITH.finditer(text, start, end):
        other = pp.mention_at(text, found.end(), ctx.place_spans, limit=end, memo=ctx.title_memo)
        if other is not None and other.titles:
            return True
    return False


def _participants(
    ctx: _Context,
    sentences: Sequence[tuple[int, int]],
    chair: Participation | None,
    evidence: dict[str, list[Span]],
) -> tuple[Participation, ...]:
    found: list[Participation] = []
    for start, end in sentences:
        for marker in _matches_within(ctx.attendance_markers, start, end):
            for item in _list_items(ctx, marker.end(), end):
                kind, item_start, item_end, mention = item
                if mention is not None:
                    sub: dict[str, list[Span]] = {}
                    path = f"participants[{len(found)}]"
                    participation = _participation(ctx, "attendee", mention, sub, path)
                    if participation is None or (
                        chair is not None and participation.person == chair.person
                    ):
                        continue
                    span = ctx.doc.span(mention.start, mention.end)
                    if participation not in found:
                        evidence.update(sub)
                else:
                    span = ctx.doc.span(item_start, item_end)
                    participation = Participation(
                        role=Role.ATTENDEE,
                        group=ctx.doc.raw[span.start : span.end],
                        group_kind=ParticipantGroup(kind),
                    )
                if participation not in found:
                    evidence[f"participants[{len(found)}]"] = [span]
                    found.append(participation)
    return tuple(found)


_CONNECTOR = re.compile(r"[\s,]*(?:(?:فضلا عن|الي جانب|بالاضافه الي|اضافه الي)[\s,]*)?")
_GROUP_LEAD = re.compile(rf"(?:رؤساء|اعضاء|مسؤولي|ممثلي|ممثلو|عدد من|مختلف|فعاليات)(?![{_L}])")
_MAX_GROUP_WORDS = 12


class _Item(NamedTuple):
    """One participant in a list: a person (with the mention read) or a group."""

    kind: str  # "person" or a ParticipantGroup value
    start: int
    end: int
    mention: pp.PersonMention | None


def _list_items(ctx: _Context, start: int, end: int) -> list[_Item]:
    """Parse a list of people and groups after an attendance marker.

    Items are read one after another: a person mention (titles and name) or a
    group phrase (up to the next comma, "فضلا عن", or "و" that starts another
    person or group). The list ends at the first item that is neither.
    """
    text = ctx.doc.text
    items: list[_Item] = []
    pos = start
    while pos < end:
        pos = _CONNECTOR.match(text, pos, end).end()  # type: ignore[union-attr]  # always matches
        if pos >= end:
            break
        mention = pp.mention_at(text, pos, ctx.place_spans, limit=end, memo=ctx.title_memo)
        if mention is not None and mention.titles:
            items.append(_Item("person", pos, mention.end, mention))
            pos = mention.end
            continue
        title = ctx.title_memo.at(pos)
        if title is not None and title.end <= end:
            # A post named without a person: a described participant.
            items.append(
                _Item(lx.TITLE_GROUPS.get(title.role, "other"), title.start, title.end, None)
            )
            pos = title.end
            continue
        glued = _GROUP.match(text, pos)
        if glued is not None and _label(glued, lx.PARTICIPANT_GROUPS)[1] == pos:
            item_start = pos  # و/ف is the group word's own first letter ("ولاة الجهات")
        elif text[pos] in "وف" and _starts_item(text, pos):
            item_start = pos + 1
        else:
            item_start = pos
        item_end = _group_end(text, item_start, end)
        words = len(text[item_start:item_end].split())
        starts_group = (
            glued  # with its glued conjunction, if any
            or _GROUP.match(text, item_start)
            or _GROUP_LEAD.match(text, item_start)
        )
        label = _group_label(text, pos, item_end)
        if not starts_group or label is None or words > _MAX_GROUP_WORDS:
            break  # the list has ended: this item is neither a person nor a group
        s, e = _trim(text, item_start, item_end)
        items.append(_Item(label, s, e, None))
        pos = item_end
    return items


# Every group pattern with its own glued prefixes, as one alternation: at a word, the
# first alternative that matches is the first group (in table order) that matches there.
_GROUP_FIRST = re.compile(
    rf"(?<![{_L}])(?:"
    + "|".join(
        rf"(?P<g{i}>(?:و?لل|[وف]?[بل]|[وف])?(?:{pattern}))"
        for i, (pattern, _) in enumerate(lx.PARTICIPANT_GROUPS)
    )
    + rf")(?![{_L}])"
)


def _group_label(text: str, start: int, end: int) -> str | None:
    """The most specific group named in an item (table order is priority order).

    Each group pattern matches only at the start of a word holding a stem of
    ``_GROUP``'s hint, so trying them at those few words finds what a search of the
    whole item finds; the first group matching at each word comes from one match.
    """
    first = len(lx.PARTICIPANT_GROUPS)
    for word in _GROUP.word_starts(text, start, end):
        match = _GROUP_FIRST.match(text, word, end)
        if match is not None:
            first = min(first, match.lastindex - 1)  # type: ignore[operator]  # a group matched
    return lx.PARTICIPANT_GROUPS[first][1] if first < len(lx.PARTICIPANT_GROUPS) else None


def _starts_item(text: str, conj: int) -> bool:
    """Whether the word after the conjunction at ``conj`` opens a person or group item."""
    return bool(
        text.startswith("ال", conj + 1)
        or _GROUP.match(text, conj)  # the pattern takes the glued "و" as its prefix
        or _GROUP_LEAD.match(text, conj + 1)
        or pp.title_at(text, conj + 1, ()) is not None
    )


def _group_end(text: str, start: int, end: int) -> int:
    """Where a group phrase ends: a comma, a connector, or "و" opening a new item."""
    comma = text.find(",", start, end)
    limit = end if comma < 0 else comma
    # The words where an event or meeting noun may begin, found once for the phrase
    # (a comma or sentence end bounds it, so no word is cut).
    clause_words = {
        *_EVENT.word_starts(text, start, limit),
        *_MEETING.word_starts(text, start, limit),
    }
    pos = text.find(" ", start, limit)
    while 0 <= pos < end - 1:  # each word boundary before the comma
        nxt = pos + 1
        if text.startswith(("فضلا عن", "الي جانب", "بالاضافه الي"), nxt):
            return pos
        if text[nxt] == "و" and _starts_new_item(text, nxt):
            return pos
        if nxt in clause_words and (_EVENT.match(text, nxt) or _MEETING.match(text, nxt)):
            return pos  # a new clause ("… وعدد من المنتخبين انعقد لقاء …")
        pos = text.find(" ", nxt, limit)
    return limit


def _starts_new_item(text: str, conj: int) -> bool:
    """Whether "و" at ``conj`` starts another person or group (not a noun's conjunct)."""
    return bool(
        _GROUP.match(text, conj)
        or _GROUP_LEAD.match(text, conj + 1)
        or pp.title_at(text, conj + 1, ()) is not None
    )


def _when(
    ctx: _Context, sentence: tuple[int, int], trigger: int, evidence: dict[str, list[Span]]
) -> dict[str, object]:
    """Weekday and date stated in the trigger's sentence (closest to the trigger)."""

    from ._model import DatePrecision

    def rank(found: _Found[DateMention]) -> tuple[int, int]:
        # The most informative mention first (a day's date, a weekday, a month), then
        # the closest.
        mention = found.value
        score = 2 * (mention.precision is DatePrecision.DAY)
        score += mention.weekday is not None
        return -score, abs(found.start - trigger)

    # A year alone ("برسم سنة 2025", "مخطط 2030") dates a budget or a plan, never the
    # meeting itself.
    mentions = sorted(
        (
            found
            for found in _find_dates(ctx.doc.text, *sentence, ctx.reference)
            if found.value.weekday is not None or found.value.precision is not DatePrecision.YEAR
        ),
        key=rank,
    )
    if not mentions:
        return {}
    best = mentions[0]
    date_mention = best.value
    out: dict[str, object] = {}
    weekday = getattr(date_mention, "weekday", None)
    date = getattr(date_mention, "date", None)
    if weekday is not None:
        out["weekday"] = weekday
        evidence["weekday"] = [ctx.doc.span(best.start, best.end)]
    # A date contradicting its own weekday ("الخميس 12 شتنبر 2026") has a typo in one of
    # them; Meeting refuses the pair, so only the weekday is kept (see docs/bad-inputs.md).
    if date is not None and date_mention.weekday_matches is not False:
        out["date"] = date
        out["date_precision"] = getattr(date_mention, "precision", None)
        evidence["date"] = [ctx.doc.span(best.start, best.end)]
        if weekday is None and date_mention.precision is DatePrecision.DAY:
            # "فاس – 22 أبريل 2025 (ومع) – ترأس …، اليوم الثلاثاء": the weekday said
            # apart from the date, when the two agree.
            for other in mentions[1:]:
                if other.value.weekday is Weekday.from_date(date) and other.value.date in (
                    None,
                    date,
                ):
                    out["weekday"] = other.value.weekday
                    evidence["weekday"] = [ctx.doc.span(other.start, other.end)]
                    break
        dateline = _dateline_mention(ctx)
        if (
            "weekday" not in out
            and dateline is not None
            and dateline.value.date == date
            and dateline.value.weekday is Weekday.from_date(date)
        ):
            # "بني ملال – الثلاثاء 9 دجنبر 2025 … صباح اليوم": the dateline's weekday
            out["weekday"] = dateline.value.weekday
            evidence["weekday"] = [ctx.doc.span(dateline.start, dateline.end)]
    return out


def _where(
    ctx: _Context, sentence: tuple[int, int], trigger: int, evidence: dict[str, list[Span]]
) -> dict[str, object]:
    """Venue, city and region from the trigger's sentence (then the first paragraph).

    The venue ends before the event's own noun ("بمقر عمالة سلا لقاء تشاوري …")."""

    text = ctx.doc.text
    out: dict[str, object] = {}
    start, end = sentence
    venue = _VENUE.search(text, start, end)
    if venue is not None:
        v_end = venue.end("venue")
        if venue.start("venue") < trigger < v_end:
            v_end = trigger
        v_start, v_end = _trim(text, venue.start("venue"), v_end)
        region = _first_in(ctx.regions, v_start, v_end)
        place_hit = _first_in(ctx.places, v_start, v_end)
        place_region = place_hit.value.region if place_hit is not None else None
        span = ctx.doc.span(v_start, v_end)
        out["place"] = Place(
            name=ctx.doc.raw[span.start : span.end],
            kind=PlaceKind.VENUE,
            region=region.value if region is not None else place_region,
        )
        evidence["place"] = [span]
        if region is None and place_region is None:
            # "بمقر الجماعة" after "مجلس جماعة الدار البيضاء": a venue named by its
            # body alone is in the place the sentence names, when nothing else says
            other = _place_outside_titles(ctx, start, end)
            if other is not None and other.value.region is not None:
                out["weak_place"] = (other.value, ctx.doc.span(other.start, other.end))
    else:
        place_hit = _place_outside_titles(ctx, start, end)
        if place_hit is not None and text.endswith(("ل", "لل", " و", "لو"), 0, place_hit.start):
            # "نظمته وكالة الحوض المائي للساقية الحمراء ووادي الذهب": a place in a
            # genitive or coordinated after one names a body's territory; it stands for
            # the meeting's place only when nothing else says where it was
            span = ctx.doc.span(place_hit.start, place_hit.end)
            out["weak_place"] = (place_hit.value, span)
        elif place_hit is not None:
            out["place"] = place_hit.value
            evidence["place"] = [ctx.doc.span(place_hit.start, place_hit.end)]
    region_hit = _meeting_region(ctx, start, end, out.get("place"))
    if region_hit is not None and (
        venue is not None or not text.endswith(("ل", "لل"), 0, region_hit.start)
    ):
        out["region"] = region_hit.value
        evidence["region"] = [ctx.doc.span(region_hit.start, region_hit.end)]
    elif region_hit is not None and "place" not in out:
        # "نظمته وكالة الحوض المائي للساقية الحمراء": a region in a genitive names a
        # body's territory; it stands for the meeting's only when nothing else does
        out["weak_region"] = (region_hit.value, ctx.doc.span(region_hit.start, region_hit.end))
    else:
        place = out.get("place")
        region = getattr(place, "region", None)
        if region is not None:
            out["region"] = region
            evidence["region"] = evidence["place"]
    return out


def _meeting_region(ctx: _Context, start: int, end: int, place: object) -> _Found[Region] | None:
    """The first region named in ``[start, end)`` that may say where the meeting was:
    not one inside someone's title ("شارك والي جهة سوس ماسة … بالرباط"), and not the
    meeting's topic when a place with a region was read ("… بالرباط، … خصص لتتبع
    وضعية الماء بجهة سوس ماسة")."""
    text = ctx.doc.text
    has_place = getattr(place, "region", None) is not None
    for hit in _within(ctx.regions, start, end):
        if any(ts <= hit.start < te for ts, te in ctx.title_spans):
            continue
        if has_place and _ABOUT.search(text, start, hit.start) is not None:
            continue
        return hit
    return None


def _place_outside_titles(ctx: _Context, start: int, end: int) -> _Found[Place] | None:
    """The first city or province in ``[start, end)`` that is not part of someone's
    title ("بحضور عامل إقليم صفرو" names a post, not where the meeting was) or name
    (the surname "الدريوش" is also a province)."""
    names = [span for person in ctx.people for span in person.mentions]
    dateline = _dateline_span(ctx)
    for hit in _within(ctx.places, start, end):
        if dateline is not None and hit.start == dateline[0]:
            continue  # where the dispatch comes from ("الرباط – …"), a last resort
        if not any(ts <= hit.start < te for ts, te in (*ctx.title_spans, *names)):
            return hit
    return None


def _phrase(
    ctx: _Context, start: int, end: int, field: str, evidence: dict[str, list[Span]]
) -> str | None:
    """The published words of ``text[start:end]`` (trimmed), recorded as ``field``'s evidence."""
    s, e = _trim(ctx.doc.text, start, end)
    if s >= e:
        return None
    span = ctx.doc.span(s, e)
    evidence[field] = [span]
    return ctx.doc.raw[span.start : span.end]


def _inside(
    items: Sequence[_I],
    start: int,
    end: int,
    first: Callable[[_I], int],
    last: Callable[[_I], int],
) -> list[_I]:
    """The items (sorted by ``first``) that lie inside ``[start, end)``, found by
    bisection: hits, matches and titles are all looked up per sentence this way."""
    lo = bisect.bisect_left(items, start, key=first)
    hi = bisect.bisect_left(items, end, lo, key=first)
    return [item for item in items[lo:hi] if last(item) <= end]


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


class _Matches(tuple[re.Match[str], ...]):
    """An article's matches of one pattern, in text order, with their starts kept for
    the many lookups per sentence (bisection on ints, no key function per probe)."""

    starts: list[int]

    def __new__(cls, matches: Iterable[re.Match[str]]) -> _Matches:
        self = super().__new__(cls, matches)
        self.starts = [m.start() for m in self]
        return self


def _matches_within(matches: _Matches, start: int, end: int) -> list[re.Match[str]]:
    """The regex matches inside ``[start, end)``."""
    lo = bisect.bisect_left(matches.starts, start)
    hi = bisect.bisect_left(matches.starts, end, lo)
    return [m for m in matches[lo:hi] if m.end() <= end]


def _within(found: Sequence[_Found[_V]], start: int, end: int) -> list[_Found[_V]]:
    """The gazetteer or parser hits inside ``[start, end)``."""
    return _inside(found, start, end, _START, _END)


def _first_in(found: Sequence[_Found[_V]], start: int, end: int) -> _Found[_V] | None:
    hits = _within(found, start, end)
    return hits[0] if hits else None


def _attendance_mode(
    ctx: _Context, sentences: Sequence[tuple[int, int]], evidence: dict[str, list[Span]]
) -> object:

    for start, end in sentences:
        match = _MODE.search(ctx.doc.text, start, end)
        if match is not None:
            label, s, e = _label(match, lx.ATTENDANCE_MODES)
            other = _OTHER_HALF.get(label)
            found = None if other is None else other.search(ctx.doc.text, e, min(end, e + 150))
            if found is not None:
                # "حضوريا بمقر الولاية وعن بعد …": both halves, the venue between them
                label = "hybrid"
                evidence["attendance_mode"] = [ctx.doc.span(s, e), ctx.doc.span(*found.span())]
            else:
                evidence["attendance_mode"] = [ctx.doc.span(s, e)]
            return AttendanceMode(label)
    return None


_OTHER_HALF = {
    "in_person": re.compile(rf"(?<![{_L}]){lx.COORDINATED_REMOTE}"),
    "online": re.compile(rf"(?<![{_L}]){lx.COORDINATED_IN_PERSON}(?![{_L}])"),
}


# A meeting noun, up to two adjectives ("الاجتماع التشاوري الجهوي"), then the ordinal.
_HOST_BEFORE = re.compile(
    rf"(?<![{_L}])[وفبل]?(?:{_alternation(lx.ORDINAL_HOSTS)})(?: ال[{_L}]+){{0,2}}[ ,]*$"
)


def _ordinal(
    ctx: _Context, told: Sequence[tuple[int, int]], evidence: dict[str, list[Span]]
) -> int | None:
    """The meeting's rank in a series: an ordinal right after a meeting noun
    ("الدورة السابعة", "هذا الاجتماع، السابع") or before a series word ("السابع ضمن سلسلة").

    A noun's rank counts in the trigger's sentence or the headline, never in a
    quotation: "بعد الاجتماع الثاني للجنة المشتركة" later on ranks another meeting."""
    text = ctx.doc.text
    for hit in _ordinals_in(_ordinal_sentences(ctx, told), text):
        if _in_speech(ctx, hit.start):
            continue
        if _SIDELINES.search(text, max(0, hit.start - 40), hit.start) is not None:
            continue  # "على هامش الدورة السابعة عشرة للملتقى": the fair's rank
        near = any(s <= hit.start < e for s, e in told) or _is_headline(
            ctx, *ctx.sentence_of(hit.start)
        )
        hosted = near and _HOST_BEFORE.search(text, max(0, hit.start - 30), hit.start) is not None
        series = _SERIES.match(text, skip(text, hit.end, " ,")) is not None
        if (hosted or series) and isinstance(hit.value, int):
            evidence["ordinal"] = [ctx.doc.span(hit.start, hit.end)]
            return hit.value
    return None


def _ordinal_sentences(
    ctx: _Context, told: Sequence[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """The sentences where an ordinal may rank the meeting (see :func:`_ordinal`): those
    of ``told``, the headline's, and any with a series word ("ضمن سلسلة"). Reading only
    these spares scanning the whole article for ordinals."""
    text = ctx.doc.text
    series = [pos for literal in lx.SERIES_HINT.split("|") for pos in find_all(text, literal)]
    for start, end in ctx.sentences:
        if (
            any(s < end and start < e for s, e in told)
            or any(start <= pos < end for pos in series)
            or _is_headline(ctx, start, end)
        ):
            yield start, end


def _ordinals_in(sentences: Iterable[tuple[int, int]], text: str) -> Iterator[_Found[int]]:
    """The ordinals of each sentence in turn (a sentence ends at punctuation, so no
    ordinal, and none of the words an ordinal is read with, crosses its ends)."""
    for start, end in sentences:
        for o in _find_ordinals_normalized(text[start:end]):
            yield _Found(start + o.span.start, start + o.span.end, o.value)


_TOPIC_CONTINUES = re.compile(rf",\s?و?ال(?!ذي|تي|ذين)[{_L}]")


def _topic(
    ctx: _Context, trigger_end: int, sentence: tuple[int, int], evidence: dict[str, list[Span]]
) -> str | None:
    """What the meeting is about: the phrase after "حول"/"بشأن" near the trigger, up to a
    comma, continued across a comma that coordinates another noun ("، والمؤسسات …")."""
    text = ctx.doc.text
    window_end = min(sentence[1], trigger_end + 80)
    marker = _TOPIC.search(text, trigger_end, window_end)
    if marker is None:
        return None
    stop = marker.end()
    while True:
        comma = text.find(",", stop, sentence[1])
        if comma < 0:
            stop = sentence[1]
            break
        stop = comma
        if _TOPIC_CONTINUES.match(text, comma) is None:
            break
        stop = comma + 1
    return _phrase(ctx, marker.end(), stop, "topic", evidence)


# --- background entities: strategy, programmes, quotes ------------------------------------

_NAME_AFTER_HEAD = re.compile(rf" (?:ال[{_L}]+)(?: (?:ال[{_L}]+))?")


def _strategy(ctx: _Context, evidence: dict[str, list[Span]]) -> Strategy | None:
    """The strategy the article is about: its name, period and pillars when stated."""

    text = ctx.doc.text
    heads = _Matches(_STRATEGY.finditer(text))
    if not heads:
        return None
    ranges = list(_find_year_ranges(text))
    period: YearRange | None = None
    organization: Organization | None = None
    names: dict[str, list[tuple[int, int]]] = {}
    for head in heads:
        word_start = head.start("w")
        tail = _NAME_AFTER_HEAD.match(text, head.end())
        name_end = tail.end() if tail is not None else head.end()
        names.setdefault(text[word_start:name_end], []).append((word_start, name_end))
        if organization is None:
            org_hit = next(
                (
                    o
                    for o in ctx.organizations
                    if 0 <= o.start - head.end() <= 16 and "," not in text[head.end() : o.start]
                ),
                None,
            )
            if org_hit is not None:
                organization = org_hit.value
                evidence["strategy.organization"] = [ctx.doc.span(org_hit.start, org_hit.end)]
        if period is None:
            for hit in ranges:
                gap = text[head.end() : hit.start]
                if 0 <= hit.start - head.end() <= 40 and len(gap.split()) <= 4 and "." not in gap:
                    period = hit.value
                    evidence["strategy.period"] = [ctx.doc.span(hit.start, hit.end)]
                    break
    # The name most often used (ties: the longest), as published.
    best = max(names.items(), key=lambda kv: (len(kv[1]), len(kv[0])))
    first = best[1][0]
    span = ctx.doc.span(*first)
    evidence["strategy"] = [span]
    pillars = _pillars(ctx, heads, evidence)
    return Strategy(
        name=ctx.doc.raw[span.start : span.end],
        period=period,
        pillars=pillars,
        organization=organization,
    )


def _pillars(ctx: _Context, heads: _Matches, evidence: dict[str, list[Span]]) -> tuple[str, ...]:
    """Items listed after "ترتكز على" in a sentence about the strategy.

    Items are split on commas and "بالإضافة إلى"; inside an item, "و" starts a new
    pillar when the conjunct has the same shape as the item's first word (both
    with the article ال, or both without), unless the conjunct carries an object
    pronoun (ـها/ـهم) that refers back to the item ("بلورة … وتقريبها").
    """
    text = ctx.doc.text
    for start, end in ctx.sentences:
        if not _matches_within(heads, start, end):
            continue
        marker = _PILLARS.search(text, start, end)
        if marker is None:
            continue
        body_start = marker.end()
        lead = _PILLAR_LEAD.match(text, body_start, end)
        if lead is not None:
            body_start = lead.end()
        pillars: list[str] = []
        cursor = body_start
        chunks = []
        for sep in _PILLAR_SPLIT.finditer(text, body_start, end):
            chunks.append((cursor, sep.start()))
            cursor = sep.end()
        chunks.append((cursor, end))
        for c_start, c_end in chunks:
            for p_start, p_end in _split_conjuncts(text, *_trim(text, c_start, c_end)):
                span = ctx.doc.span(p_start, p_end)
                evidence[f"strategy.pillars[{len(pillars)}]"] = [span]
                pillars.append(ctx.doc.raw[span.start : span.end])
        if pillars:
            return tuple(pillars)
    return ()


def _split_conjuncts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    start = _drop_conjunction(text, start, end)
    if start >= end:
        return []
    first_definite = text.startswith("ال", start)
    parts = []
    cursor = start
    for match in re.finditer(rf" و([{_L}]+)", text[start:end]):
        conj_start = start + match.start()
        word = match.group(1)
        same_shape = word.startswith("ال") == first_definite
        anaphoric = word.endswith(("ها", "هم", "هما"))
        if same_shape and not anaphoric:
            parts.append((cursor, conj_start))
            cursor = conj_start + 2  # skip " و"
    parts.append((cursor, end))
    return [(s, e) for s, e in parts if s < e]


# Nouns that begin with و as a root letter, so their و is not a conjunction.
_W_NOUNS = frozenset(
    {"وضع", "وضعيه", "وزاره", "وكاله", "ولايه", "وحده", "وسائل", "وقايه", "وثيقه"}
)


def _drop_conjunction(text: str, start: int, end: int) -> int:
    """Skip a conjunction "و" glued to an item's first word ("وتحقيق" -> "تحقيق")."""
    word = pp.WORD.match(text, start, end)
    if word is None or not word.group().startswith("و") or word.group() in _W_NOUNS:
        return start
    rest = word.group()[1:]
    return start + 1 if len(rest) >= 3 else start


_SHORT_QUOTE = re.compile(r'"([^"\n]{1,40})"')


def _programmes(ctx: _Context, evidence: dict[str, list[Span]]) -> tuple[Programme, ...]:
    """Named programmes: a programme word followed by a short quoted name, with the
    organisations the same sentence lists after it as members."""

    text = ctx.doc.text
    found: list[Programme] = []
    for head in _PROGRAMME.finditer(text):
        name = _SHORT_QUOTE.search(text, head.end(), min(len(text), head.end() + 80))
        if name is None or len(name.group(1).split()) > 4:
            continue
        if text.find(".", head.end(), name.start()) >= 0:
            continue
        _, s_end = ctx.sentence_of(name.start())
        # An organisation named twice is one member (Programme refuses duplicates).
        firsts = {
            hit.value: hit for hit in reversed(_within(ctx.organizations, name.end(), s_end))
        }
        member_hits = sorted(firsts.values(), key=lambda hit: hit.start)
        members = tuple(hit.value for hit in member_hits)
        span = ctx.doc.span(name.start(1), name.end(1))
        index = len(found)
        evidence[f"programmes[{index}]"] = [span]
        for j, hit in enumerate(member_hits):
            evidence[f"programmes[{index}].members[{j}]"] = [ctx.doc.span(hit.start, hit.end)]
        desc = _trim(text, head.start(), name.start())
        desc_span = ctx.doc.span(*desc)
        if desc[0] < desc[1]:
            evidence[f"programmes[{index}].description"] = [desc_span]
        programme = Programme(
            name=ctx.doc.raw[span.start : span.end],
            description=ctx.doc.raw[desc_span.start : desc_span.end] or None,
            members=members,
        )
        if all(p.name != programme.name for p in found):
            found.append(programme)
    return tuple(found)


def _quotes(ctx: _Context, evidence: dict[str, list[Span]]) -> tuple[Quote, ...]:
    """Quotations (at least four words between quotation marks) and their speakers."""

    quotes: list[Quote] = []
    for q_start, q_end in _speech(ctx):
        span = ctx.doc.span(q_start, q_end)
        speaker = _speaker(ctx, q_start - 1)  # from the opening mark
        index = len(quotes)
        evidence[f"quotes[{index}]"] = [span]
        if speaker is not None:
            person, s_start, s_end = speaker
            evidence[f"quotes[{index}].speaker"] = [ctx.doc.span(s_start, s_end)]
            quotes.append(Quote(text=ctx.doc.raw[span.start : span.end], speaker=person))
        else:
            quotes.append(Quote(text=ctx.doc.raw[span.start : span.end]))
    return tuple(quotes)


_TITLE_REFERENCE = re.compile(rf"(?:ال)?(?:وزير|وزيره|والي|عامل|رئيس|رئيسه|مدير|مديره)(?![{_L}])")


def _speaker(ctx: _Context, quote_start: int) -> tuple[Person, int, int] | None:
    """The person a speaker verb before the quote names: by name, surname or title."""
    text = ctx.doc.text
    s_start, _ = ctx.sentence_of(quote_start)
    verbs = list(_SPEAKER.finditer(text, s_start, quote_start))
    if not verbs:
        return None
    verb = verbs[-1]
    subject_start = skip(text, verb.end(), " ,")
    # "وأضاف عبد الحق الزكراوي البوعناني أن «…»": a full name repeated later is known
    # by its surname, so the subject's name may end in a mention well past its start.
    name = pp.name_at(text, subject_start, names=ctx.title_memo.names)
    name_end = name[1] if name is not None and name[0] == subject_start else subject_start
    for person in ctx.people:
        for m_start, m_end in person.mentions:
            if m_end > quote_start or m_start < subject_start:
                continue
            if m_start <= subject_start + 12:
                return _person_record(ctx, person), m_start, m_end
            if m_end == name_end and _names_person(text, subject_start, name_end, person):
                return _person_record(ctx, person), subject_start, name_end
    post = ctx.title_memo.at(subject_start)
    if post is not None and post.role not in _GENERIC_ROLES and post.end <= quote_start:
        # "وقال رئيس مجلس الجهة، في كلمة …": the one person holding that post
        holder = _person_by_title(ctx, post.role)
        if holder is not None:
            return _person_record(ctx, holder), post.start, post.end
    word = pp.WORD.match(text, subject_start)
    if word is not None:
        title = _TITLE_REFERENCE.fullmatch(word.group())
        if title is not None:
            role = _ROLE_OF_REFERENCE.get(word.group().removeprefix("ال"))
            holder = _person_by_title(ctx, role) if role else None
            if holder is not None:
                return _person_record(ctx, holder), word.start(), word.end()
    return None


# Posts many bodies have ("رئيس جمعية …", "مدير …"): a title alone does not say which
# holder the text means.
_GENERIC_ROLES = frozenset({"president", "director", "general_secretary", "other"})


def _names_person(text: str, start: int, end: int, person: _Person) -> bool:
    """Whether every word of ``text[start:end]`` is a word of one of ``person``'s
    mentions: the name written again, in full or in part ("أحد المعلمين الخزافين"
    merely ends like a surname)."""
    known = {word for s, e in person.mentions for word in text[s:e].split()}
    return all(word in known for word in text[start:end].split())


_ROLE_OF_REFERENCE = {
    "وزير": "minister",
    "وزيره": "minister",
    "والي": "wali",
    "عامل": "governor",
    "رئيس": "president",
    "رئيسه": "president",
    "مدير": "director",
    "مديره": "director",
}


# --- the agreement frame -------------------------------------------------------------------


def _extract_agreements(ctx: _Context) -> list[tuple[Agreement, bool]]:
    """Signed agreements, each with whether it was signed at the reported meeting."""

    text = ctx.doc.text
    found: list[tuple[Agreement, bool]] = []
    clauses = _agreement_sentences(ctx)
    for i, clause in enumerate(clauses):
        start, end, kind, n_start, n_end = clause[:5]
        next_start = clauses[i + 1].start if i + 1 < len(clauses) else len(text)
        evidence: dict[str, list[Span]] = {"kind": [ctx.doc.span(n_start, n_end)]}
        total, contributions, purpose, described = _details(ctx, clause, next_start, evidence)
        beneficiaries = _beneficiaries(ctx, described, evidence)
        region: Region | None = None
        region_hit = _first_in(ctx.regions, start, end)
        if region_hit is not None:
            region = region_hit.value
            evidence["region"] = [ctx.doc.span(region_hit.start, region_hit.end)]
        else:
            # A commune, province or prefecture named as a party or a target ("وجماعة
            # تيزنيت") lies in one region; a bare city ("بالرباط") is more often only
            # where the signing took place, so it does not say which region is covered.
            place_hit = _place_outside_titles(ctx, start, end)
            if (
                place_hit is not None
                and place_hit.value.region is not None
                and text.startswith(_UNIT_DESIGNATORS, place_hit.start)
            ):
                region = place_hit.value.region
                evidence["region"] = [ctx.doc.span(place_hit.start, place_hit.end)]
        parties: list[Organization] = []
        party_hits = []
        for hit in _clause_parties(ctx, clause, described):
            if hit.value not in parties:
                evidence[f"parties[{len(parties)}]"] = [ctx.doc.span(hit.start, hit.end)]
                parties.append(hit.value)
                party_hits.append(hit)
        if region is None:
            # A council, commune or regional body signing lies in one region; the
            # agreement covers it when every such party agrees ("المجلس الإقليمي لتازة").
            local = [hit for hit in party_hits if hit.value.region is not None]
            if local and len({hit.value.region for hit in local}) == 1:
                region = local[0].value.region
                evidence["region"] = [ctx.doc.span(local[0].start, local[0].end)]
        agreement = Agreement(
            kind=AgreementKind(kind),
            article_id=ctx.doc.article_id,
            total_cost=total,
            contributions=contributions,
            purpose=purpose,
            beneficiaries=tuple(beneficiaries),
            region=region,
            parties=tuple(parties),
            evidence=Evidence({k: tuple(v) for k, v in evidence.items()}),
        )
        at_meeting = _LINK_TO_MEETING.search(text, start, end) is not None
        found.append((agreement, at_meeting))
    return found


class _Clause(NamedTuple):
    """The part of a sentence that reports one signed agreement."""

    start: int
    end: int
    kind: str
    noun_start: int
    noun_end: int
    # A later clause's signers, when it names none, are those of the sentence's first
    # ("وقع الطرفان اتفاقية … ومذكرة تفاهم …"): the span before the first noun.
    signers: tuple[int, int] | None = None
    last: bool = True  # whether the clause ends its sentence
    # An agreement described by its rank: the span of the summary that announced it
    # ("صادق المجلس على ثلاث اتفاقيات"), whose verb it shares.
    summary: tuple[int, int] | None = None


def _clause_parties(
    ctx: _Context, clause: _Clause, described: Sequence[tuple[int, int]]
) -> list[_Found[Organization]]:
    """The parties of a clause's agreement: named in the clause, else before the first of
    coordinated agreements, in a sentence describing it, or in the summary that announced
    it; then the council that approves it or the body of whoever presides its signing."""
    listed = _between_list(ctx.doc.text, clause)
    hits = _parties(ctx, *listed) if listed is not None else []
    if not hits:
        hits = _parties(ctx, clause.start, clause.end)
    if not hits and clause.signers is not None:
        hits = _parties(ctx, *clause.signers)
    for later in described[1:]:
        if len(hits) >= 2:
            break
        # "وتجمع الاتفاقية بين الوزارة ووكالة …", "ووقع الاتفاقية كل من …": an agreement has
        # two parties at least, so one read in the clause (often its venue's body) is
        # joined by those a describing sentence names
        more = _parties(ctx, *later)
        if not hits or len(more) >= 2:
            hits = [*hits, *(m for m in more if all(m.value != h.value for h in hits))]
    if not hits and clause.summary is not None:
        hits = _parties(ctx, *clause.summary)  # "توقيع ثلاث اتفاقيات بين X وY"
    approver = _approving_council(ctx, clause, hits) or _host_party(ctx, clause, hits)
    return [approver, *hits] if approver is not None else hits


# "اتفاقية تعاون بين X وY، تروم …": the parties' list right after the agreement noun.
_BETWEEN = re.compile(rf" (?:(?:ال)?(?:موقعه|مبرمه) )?بين(?![{_L}])")


def _between_list(text: str, clause: _Clause) -> tuple[int, int] | None:
    """The span of the "بين X وY" list that follows the clause's agreement noun, up to
    the first comma that does not go on with و ("بين الوزارة، والجهة، والمكتب" is one
    list): bodies named after it (in the purpose, "بالمدرسة الوطنية …") sign nothing."""
    between = _BETWEEN.match(text, clause.noun_end)
    if between is None or between.end() >= clause.end:
        return None
    pos = between.end()
    while True:
        comma = text.find(",", pos, clause.end)
        if comma < 0:
            return between.start(), clause.end
        if not text.startswith(" و", comma + 1) and not text.startswith("و", comma + 1):
            return between.start(), comma
        pos = comma + 1


def _details(
    ctx: _Context, clause: _Clause, next_start: int, evidence: dict[str, list[Span]]
) -> tuple[MonetaryAmount | None, tuple[Contribution, ...], str | None, list[tuple[int, int]]]:
    """An agreement's cost, contributions and purpose, and the ranges that describe it:
    its clause, then up to ``_DESCRIBING_SENTENCES`` sentences that go on about it
    ("… وقع الطرفان اتفاقية. وتهدف الاتفاقية إلى …، وتبلغ كلفتها …")."""
    text = ctx.doc.text
    start, end, _, _, n_end = clause[:5]
    total, contributions = _costs(ctx, start, end, evidence)
    purpose = _purpose(ctx, n_end, end, evidence)
    described = [(n_end, end)]
    following = _next_sentence(ctx, end) if clause.last else None
    if following is not None and following[0] >= next_start:
        following = None  # the next sentence reports another agreement
    after = following
    for _ in range(_COST_SENTENCES):
        if after is None or after[0] >= next_start or total is not None or contributions:
            break
        cost_word = _COST_WORD.search(text, *after)
        if cost_word is not None and not _in_speech(ctx, cost_word.start()):
            # "… وقع الطرفان اتفاقية. وتبلغ كلفتها 120 مليون درهم": a sentence after
            # (not a speaker's words: "«خصص المجلس غلافا يفوق 50 مليون درهم …»").
            total, contributions = _costs(ctx, *after, evidence)
        after = _next_sentence(ctx, after[1])
    passed_over = False
    while (
        following is not None
        and following[0] < next_start
        and len(described) <= _DESCRIBING_SENTENCES
    ):
        if _describes_agreement(ctx, *following):
            described.append(following)
            if purpose is None:
                purpose = _purpose(ctx, following[0], following[1], evidence)
        elif passed_over or _matches_within(ctx.agreement_nouns, *following):
            break
        else:
            # "وترأس حفل التوقيع وزير …": one sentence about the ceremony may come
            # between the signing and the sentence that describes the agreement
            passed_over = True
        following = _next_sentence(ctx, following[1])
    return total, contributions, purpose, described


def _beneficiaries(
    ctx: _Context, ranges: Sequence[tuple[int, int]], evidence: dict[str, list[Span]]
) -> list[Beneficiary]:
    """The groups an agreement serves, named in the ranges that describe it."""
    found: list[Beneficiary] = []
    for b_range in ranges:
        for match in _BENEFICIARY.finditer(ctx.doc.text, *b_range):
            if _in_speech(ctx, match.start()):
                continue  # "« … لآلاف الأسر »": the speaker's words, not the agreement's
            if _in_a_body_name(ctx, match.start()):
                continue  # "وزارة الشباب والثقافة", "جمعية النساء القرويات": a party's name
            label, b_start, b_end = _label(match, lx.BENEFICIARIES)
            value = Beneficiary(label)
            if value not in found:
                evidence[f"beneficiaries[{len(found)}]"] = [ctx.doc.span(b_start, b_end)]
                found.append(value)
    return found


def _agreement_sentences(ctx: _Context) -> list[_Clause]:
    """Each clause that reports a new signed agreement: its span, the agreement's kind
    and the noun's span. A sentence gives one clause per coordinated agreement noun
    ("صادق المجلس على اتفاقية … واتفاقية أخرى …")."""
    text = ctx.doc.text
    found: list[_Clause] = []
    together: list[int] = []  # agreements announced together, not yet described alone
    summary: _Clause | None = None  # the last summary read ("توقيع اتفاقيتين")
    ranks: set[str] = set()  # the ranks described since ("الأولى", "الثانية")
    for start, end in ctx.sentences:
        if found and found[-1] is not summary and _is_summary(text, found[-1]):
            summary, ranks = found[-1], set()
        nouns = _reported_nouns(ctx, start, end)
        labelled = [_label(noun, lx.AGREEMENT_NOUNS) for noun in nouns]
        if summary is not None and (not nouns or _enumerated(text, start, labelled)):
            ranked = _ranked_clause(text, (start, end), labelled, summary, ranks)
            if ranked is not None:
                found.append(ranked)
            continue
        if not nouns:
            continue
        signed = _signed(text, start, end, nouns)
        told = _told_later(text, found, together, labelled, start, signed=signed)
        if told is not None:
            # "وينص عقد البرنامج، الذي وقعه …", "أما اتفاقية الشراكة، فتجمع …": one of the
            # agreements announced together is described in a sentence of its own
            kind, n_start, n_end = labelled[0]
            if found[told].kind != _GENERIC_AGREEMENT:
                kind = found[told].kind
            found[told] = _Clause(start, end, kind, n_start, n_end)
            together.remove(told)
            continue
        if not signed:
            continue
        kind, n_start, n_end = labelled[0]
        if found and _refers_back(text, kind, n_start):
            continue  # "وجرى توقيع الاتفاقية من طرف …": the agreement already read
        later = [n for n in labelled[1:] if _coordinated_agreement(text, n[1], n[2])]
        stops = [n[1] for n in later] + [end]
        plural = text[n_start:n_end].split(" ", 1)[0].endswith(_PLURAL_ENDINGS)
        if _headline_announced(ctx, found, [kind, *(n[0] for n in later)], plural=plural):
            # The headline announced the agreements the body reports in full; of one
            # agreement, the more specific noun ("اتفاقية" vs "اتفاقية شراكة") names it.
            headline = found[0]
            found.clear()
            summary = None
            if kind == _GENERIC_AGREEMENT and headline.kind != _GENERIC_AGREEMENT:
                kind, n_start, n_end = headline.kind, headline.noun_start, headline.noun_end
        together = list(range(len(found), len(found) + 1 + len(later))) if later else []
        found.append(_Clause(start, stops[0], kind, n_start, n_end, last=not later))
        for (l_kind, l_start, l_end), stop in zip(later, stops[1:], strict=True):
            signers = (start, labelled[0][1])
            found.append(_Clause(l_start, stop, l_kind, l_start, l_end, signers, stop == end))
    # A summary ("صادق على عدد من الاتفاقيات", "توقيع اتفاقيتين") followed by the
    # agreements it sums up gives those agreements, not one more.
    return _without_summaries(text, found)


def _told_later(
    text: str,
    found: Sequence[_Clause],
    together: Sequence[int],
    labelled: Sequence[tuple[str, int, int]],
    start: int,
    *,
    signed: bool,
) -> int | None:
    """Which of the agreements announced together (``together``, indexes in ``found``)
    a sentence describes on its own: it opens on a definite noun of that kind ("وينص
    عقد البرنامج، …", "أما اتفاقية الشراكة، فـ…", "وتهم مذكرة التفاهم …"), or, signing
    nothing itself, names one of a compatible kind ("وتتعلق النقطة الأولى باتفاقية
    شراكة …" after "يصادق على اتفاقية … وبروتوكول اتفاق")."""
    if not together or not labelled:
        return None
    kind, n_start, n_end = labelled[0]
    noun = text[n_start:n_end]
    opens = (noun.startswith("ال") or " ال" in noun) and len(text[start:n_start].split()) <= 2
    if not opens and signed:
        return None
    if _RANKS.match(text, n_end) is not None:
        return None  # "الاتفاقية الثانية": a rank, read with the summaries
    return next(
        (
            i
            for i in together
            if found[i].kind == kind or (not opens and found[i].kind == _GENERIC_AGREEMENT)
        ),
        None,
    )


def _headline_announced(
    ctx: _Context, found: Sequence[_Clause], kinds: Sequence[str], *, plural: bool
) -> bool:
    """Whether the clauses read so far are the headline's announcement of the agreements
    (of ``kinds``) a body sentence reports: one agreement of a kind compatible with the
    body's first, or the same agreements in the same order ("توقيع عقد برنامج واتفاقية
    شراكة" twice)."""
    if len(found) == 1 and _is_headline(ctx, found[0].start, found[0].end):
        if _is_summary(ctx.doc.text, found[0]) and not plural:
            return False  # "يصادق على اتفاقيتين": the summary gives way to its agreements
        return found[0].kind == kinds[0] or _GENERIC_AGREEMENT in (found[0].kind, kinds[0])
    return (
        len(found) > 1
        and _in_headline(ctx.doc.text, found[-1].end)
        and [c.kind for c in found] == list(kinds)
    )


def _in_headline(text: str, pos: int) -> bool:
    """Whether ``pos`` lies on the first line of a text that has more lines."""
    first_line = text.find("\n")
    return 0 < first_line < len(text) - 1 and pos <= first_line


def _ranked_clause(
    text: str,
    sentence: tuple[int, int],
    labelled: Sequence[tuple[str, int, int]],
    summary: _Clause,
    ranks: set[str],
) -> _Clause | None:
    """The clause of one agreement a summary ("توقيع اتفاقيتين") announced, described by
    its rank: "وتهم الاتفاقية الأولى، وهي اتفاقية شراكة …", or with the noun left out,
    the summary's kind standing for it ("وتخص الثانية، بقيمة 80 مليون يورو، …").
    ``None`` for a rank already described: "ووقع الاتفاقية الأولى كل من …" refers back.
    ``ranks`` collects the ranks read."""
    start, end = sentence
    if labelled:
        kind, n_start, n_end = _most_specific(labelled)
        ranked = _RANKS.match(text, n_end) or _RANK_LEAD.match(text, start, end)
    else:
        ranked = _RANK_LEAD.match(text, start, end)
        if ranked is None:
            return None
        kind, n_start, n_end = summary.kind, ranked.start("rank"), ranked.end("rank")
    rank = ranked.group().split()[-1].lstrip("وف") if ranked is not None else None
    if rank in ranks:
        return None
    if rank is not None:
        ranks.add(rank)
    qualifier = _RANK_KIND.match(text, ranked.end()) if ranked is not None else None
    if kind == _GENERIC_AGREEMENT and qualifier is not None:
        kind = _RANK_KINDS[qualifier.group("k")]  # "الاتفاقية الأولى شراكة مع …"
    elif kind == _GENERIC_AGREEMENT:
        kind = summary.kind  # "توقيع اتفاقيتي شراكة … وتهم الاتفاقية الأولى …"
    return _Clause(start, end, kind, n_start, n_end, summary=(summary.start, summary.end))


def _without_summaries(text: str, found: Sequence[_Clause]) -> list[_Clause]:
    """The clauses, less each summary that the agreements it sums up follow."""
    kept: list[_Clause] = []
    detail_follows = False
    for clause in reversed(found):
        is_summary = _is_summary(text, clause)
        if not (is_summary and detail_follows):
            kept.append(clause)
        detail_follows = detail_follows or not is_summary
    return kept[::-1]


def _reported_nouns(ctx: _Context, start: int, end: int) -> list[re.Match[str]]:
    """The agreement nouns of a sentence that may report news: none in a sentence of
    background (pluperfect, or dated to an earlier year) or of statistics (a tally:
    "تجاوز عدد الاتفاقيات … 2300 اتفاقية"), and none that is non-specific ("أي
    اتفاقية"), only followed up ("تتبع تنفيذ الاتفاقيات") or inside a quotation."""
    text = ctx.doc.text
    nouns = _matches_within(ctx.agreement_nouns, start, end)
    if not nouns:
        return []
    if any(_COUNTED.search(text, max(start, n.start() - 20), n.start()) for n in nouns):
        return []
    if _background(ctx, start, end) or _dated_before(ctx, start, end):
        return []
    return [
        noun
        for noun in nouns
        if _NON_SPECIFIC.search(text, max(start, noun.start() - 8), noun.start()) is None
        and _FOLLOWED_UP.search(text, max(start, noun.start() - 12), noun.start()) is None
        and not _in_speech(ctx, noun.start())
    ]


_SIGNING_NOUN_REACH = 40  # characters from a verbal noun "توقيع" to the agreement it signs
_APPROVAL_NOUN_REACH = 16  # from "المصادقة" (or "على") to the agreement it approves

# "لجنة لتتبع تنفيذ الاتفاقيات", "تفعيل الاتفاقية": agreements already in force, followed
# up or carried out, not signed here.
_FOLLOWED_UP = re.compile(rf"(?<![{_L}])[وبل]?(?:ال)?(?:{_alternation(lx.FOLLOW_UP_NOUNS)}) $")
# "أزيد من 40 اتفاقية", "وقعت 25 اتفاقية": a tally of agreements, not one being reported.
_COUNTED = re.compile(rf"(?:{_alternation(lx.TALLY_LEADS)}) $")
_SIGNED_IN = re.compile(rf"(?<![{_L}])(?:سنه|عام|في) (?P<y>(?:19|20)[0-9]{{2}})(?![0-9])")


def _dated_before(ctx: _Context, start: int, end: int) -> bool:
    """Whether a signing sentence dates it to an earlier year than the article's ("حين
    وقعت الجماعة، سنة 2019، اتفاقية …"): background, not the news. The article's year
    is the reference date's, else its latest full date's; unknown, nothing is ruled
    out."""
    text = ctx.doc.text
    if _SIGNED_IN.search(text, start, end) is None:
        return False  # no year named: the article's year is not even needed
    for marker in _SIGNING.finditer(text, start, end):
        window = (max(start, marker.start() - 40), min(end, marker.end() + 40))
        for m in _SIGNED_IN.finditer(text, *window):
            year = _article_year(ctx)
            if year is None:
                return False
            if int(m.group("y")) < year:
                return True
    return False


_HORIZONS = tuple(f"{word} " for word in lx.HORIZON_WORDS)


def _article_year(ctx: _Context) -> int | None:
    if "year" not in ctx.lazy:
        year = ctx.reference.year if ctx.reference is not None else None
        if year is None:
            days = [
                d.date.year
                for d in _find_dates_normalized(ctx.doc.text)
                if d.date is not None and d.precision is not None and d.precision.value == "day"
            ]
            # else the latest year the article names, horizons of plans left out
            years = days or [
                int(m.group("y"))
                for m in _SIGNED_IN.finditer(ctx.doc.text)
                if not ctx.doc.text.endswith(_HORIZONS, 0, m.start())
            ]
            year = max(years) if years else None
        ctx.lazy["year"] = year
    found: int | None = ctx.lazy["year"]
    return found


# The ranks of agreements described one by one (feminine: "الاتفاقية الثانية").
_AGREEMENT_RANKS = unit_words(feminine=True, upto=5)
_RANKS = re.compile(rf" (?:ال)?(?:{_AGREEMENT_RANKS})(?![{_L}])")
_RANK_KIND = re.compile(rf" ب?(?P<k>شراكه|تعاون|اطار)(?![{_L}])")
_RANK_KINDS = {
    "شراكه": "partnership_agreement",
    "تعاون": "cooperation_agreement",
    "اطار": "framework_agreement",
}
_RANK_LEAD = re.compile(
    rf"[\s,]*(?:[{_L}]+ ){{0,3}}[وف]?(?P<rank>ال(?:{_AGREEMENT_RANKS})"
    rf"|(?:اولا|ثانيا|ثالثا|رابعا|اخيرا))(?![{_L}])"
)


def _signed(text: str, start: int, end: int, nouns: Sequence[re.Match[str]]) -> bool:
    """Whether the sentence reports a signing: a signing verb, or the verbal noun
    ("توقيع", "التوقيع على") with an agreement right after it; "ربط التوقيع بآليات
    تقييم" speaks of signing in general."""
    if nouns and _EXPECTED_SIGNING.search(text, start, nouns[0].start()) is not None:
        return False  # "ومن المرتقب أن يتم … توقيع اتفاقية": not signed yet
    for marker in _realised_markers(_SIGNING, text, start, end):
        if "توقيع" not in marker.group() and "مصادقه" not in marker.group():
            return True
        # "المصادقة على (مشروع) اتفاقية": an approval names its agreement at once
        reach = marker.end() + (
            _SIGNING_NOUN_REACH if "توقيع" in marker.group() else _APPROVAL_NOUN_REACH
        )
        if any(marker.end() <= noun.start() <= reach for noun in nouns):
            return True
    return False


_PLURAL_ENDINGS = ("ات", "تين", "تان", "تي")


def _is_summary(text: str, clause: _Clause) -> bool:
    """Whether the clause names several agreements at once (a plural or a dual noun)."""
    word = text[clause.noun_start : clause.noun_end].split(" ", 1)[0]
    return word.endswith(_PLURAL_ENDINGS)


def _enumerated(text: str, start: int, labelled: Sequence[tuple[str, int, int]]) -> bool:
    """Whether the sentence describes one agreement by its rank: a singular agreement noun
    followed by it ("الاتفاقية الثانية"), or the rank alone near the sentence's start,
    its noun left out ("أما الثانية فهي اتفاقية إطار", "فيما تتعلق الثالثة بمذكرة …")."""
    return _RANK_LEAD.match(text, start) is not None or any(
        text.startswith("ال", s) and _RANKS.match(text, e) is not None for _, s, e in labelled
    )


def _most_specific(labelled: Sequence[tuple[str, int, int]]) -> tuple[str, int, int]:
    """The first noun with a specific kind, else the first ("وهي اتفاقية شراكة")."""
    for item in labelled:
        if item[0] != _GENERIC_AGREEMENT:
            return item
    return labelled[0]


_DESCRIBING_SENTENCES = 3  # how many sentences after a signing may describe its agreement
_COST_SENTENCES = 2  # how many sentences after a signing may state its cost


def _describes_agreement(ctx: _Context, start: int, end: int) -> bool:
    """Whether a sentence goes on about the agreement just read: every agreement noun in
    it is definite ("وتهدف الاتفاقية إلى …", "وبموجب هذه المذكرة …"), and there is one."""
    nouns = _matches_within(ctx.agreement_nouns, start, end)
    text = ctx.doc.text
    if not nouns:
        # "وتخصص المذكرة …", "وتتوخى هذه الشراكة …": a short definite back-reference
        return _BACK_REFERENCE.search(text, start, end) is not None
    return all(
        n.group().lstrip("وفب").startswith(("ال", "لل"))  # "للاتفاقية": ل + ال
        or " ال" in n.group()  # "ويهم عقد البرنامج …"
        or text.endswith(_DEMONSTRATIVES, 0, n.start())
        for n in nouns
    )


_BACK_REFERENCE = re.compile(
    rf"(?<![{_L}])(?:[وفبل]?(?:(?:هذه|هذا) )?ال|و?لل)(?:{_alternation(lx.BACK_REFERENCE_NOUNS)})"
    rf"(?![{_L}])|(?<![{_L}])[وفبل]?(?:{_alternation(lx.BACK_REFERENCE_CONTRACTS)})(?![{_L}])"
)


def _coordinated_agreement(text: str, start: int, end: int) -> bool:
    """Whether the agreement noun at ``start`` is another agreement coordinated with an
    earlier one in its sentence ("… واتفاقية شراكة …", "، ومذكرة تفاهم", "اتفاقية
    أخرى"), not a mention of the same one ("وتهدف الاتفاقية")."""
    if text.startswith("اخري", skip(text, end, " ")):
        return True
    glued = start > 0 and text[start - 1] == "و"
    if not glued and not text.endswith(("و ", ", و", "وعلي ", "و علي "), 0, start):
        return False
    return not text.startswith("ال", start)


_GENERIC_AGREEMENT = "convention"  # the kind of a bare "اتفاقية"


def _is_headline(ctx: _Context, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is (part of) a headline: within the article's first line,
    followed by more text ("4,2 مليار درهم لتنمية الجهة.. توقيع عقد برنامج" is two
    sentences of one headline)."""
    return (
        len(ctx.sentences) > 1
        and _in_headline(ctx.doc.text, end)
        and (start, end) in ctx.sentences
    )


def _refers_back(text: str, kind: str, start: int) -> bool:
    """Whether a noun names agreements already reported rather than a new one: a bare
    definite "الاتفاقية", or any noun after a demonstrative ("هاتين الاتفاقيتين", "هذه
    المذكرة")."""
    if text.endswith(_DEMONSTRATIVES, 0, start):
        return True
    return kind == "convention" and text.startswith(("الاتفاقيه", "الاتفاقيت"), start)


_DEMONSTRATIVES = tuple(f"{word} " for word in lx.DEMONSTRATIVES)


def _parties(ctx: _Context, start: int, end: int) -> list[_Found[Organization]]:
    """Candidate parties of the agreement in ``[start, end)``, in text order.

    The bodies the gazetteer knows, the bodies the generic recogniser reads (a
    university, a commune, an association...), and the ministry of a minister named by
    title ("وقع وزير التربية الوطنية": the minister signs for the ministry). A body
    inside a gazetteer name is not read twice, and bodies after an attendance or chair
    marker ("بحضور وزير الداخلية") attend the signing rather than sign.
    """

    text = ctx.doc.text
    known = list(_within(ctx.organizations, start, end))
    found: list[_Found[Organization]] = list(known)
    for mention in find_bodies_normalized(text, start, end):
        inside = [k for k in known if mention.start < k.start and k.end <= mention.end]
        if inside and mention.known is None:
            # "المديرية الإقليمية لوزارة التربية الوطنية": the directorate signs, not
            # the ministry its name contains
            found = [f for f in found if f not in inside]
        elif any(k.start < mention.end and mention.start < k.end for k in known):
            continue
        name = ctx.doc.raw_text(mention.start, mention.end)
        found.append(_Found(mention.start, mention.end, mention.organization(name)))
    for title in _titles_within(ctx, start, end):
        if title.role != "minister" or _within(ctx.organizations, title.start, title.end):
            continue
        ministry = _organization_for_title(ctx, title)
        if ministry is not None:
            found.append(_Found(title.start, title.end, ministry))
    found.extend(_antecedent_bodies(ctx, start, end, found))
    for state in _STATE.finditer(text, start, end):
        # "بين المملكة المغربية والاتحاد الأوروبي", "وقعت الحكومة و…"
        name = ctx.doc.raw_text(state.start("s"), state.end("s"))
        found.append(
            _Found(state.start("s"), state.end("s"), Organization(name, OrganizationKind.OTHER))
        )
    # "بمقر عمالة إقليم سطات، توقيع اتفاقية بين X وY": the seat of a body is where
    # the signing took place, when the sentence names two signatories besides
    elsewhere = [f for f in found if not text.endswith(_SEAT, 0, f.start)]
    if len({f.value for f in elsewhere}) >= 2:
        found = elsewhere
    found.sort(key=lambda f: f.start)
    cut = _attendance_start(ctx, start, end)
    presiding = _presiding_titles(ctx, start, end)
    return [
        f
        for f in found
        if f.start < cut
        and not any(s <= f.start and f.end <= e for s, e in presiding)
        and not _specifies_the_body_before(text, f, found)
    ]


def _specifies_the_body_before(
    text: str, hit: _Found[Organization], found: Sequence[_Found[Organization]]
) -> bool:
    """Whether ``hit`` stands in parentheses right after another body, naming the part
    of it that signs: "وزارة الداخلية (المديرية العامة للجماعات الترابية)" is one party."""
    opening = text.rfind("(", max(0, hit.start - 2), hit.start)
    if opening < 0:
        return False
    return any(0 <= opening - other.end <= 1 for other in found if other is not hit)


# A body named by its kind alone ("بين الوزارة ومجلس الجهة"), standing for one named
# earlier in the article or, for the regional council, for the council of the one region
# the article is about. Each anaphor -> the kind and the first word of its antecedent.
_ANAPHORS = HintedPattern(
    re.compile(
        rf"(?<![{_L}])[وبل]?(?:(?P<council>{_alternation(lx.REGIONAL_COUNCIL_ANAPHORS)})"
        rf"|(?P<provincial>{_alternation(lx.PROVINCIAL_COUNCIL_ANAPHORS)})"
        rf"|(?P<bare>{'|'.join(lx.ANTECEDENT_HEADS)}))(?![{_L}])"
    ),
    # The stems of the council anaphors and of the bare heads ("الوزاره" holds "وزاره").
    "|".join(("مجلس", *(head for _, head in lx.ANTECEDENT_HEADS.values()))),
)
_ANTECEDENT_HEADS = MappingProxyType(
    {
        noun: (None if kind is None else OrganizationKind(kind), head)
        for noun, (kind, head) in lx.ANTECEDENT_HEADS.items()
    }
)


def _antecedent_bodies(
    ctx: _Context, start: int, end: int, found: Sequence[_Found[Organization]]
) -> list[_Found[Organization]]:
    """Bodies named in ``[start, end)`` by their kind alone, resolved to the body they
    stand for; an anaphor inside a name already read is part of that name."""
    text = ctx.doc.text
    out: list[_Found[Organization]] = []
    for match in _ANAPHORS.finditer(text, start, end):
        group = next(g for g in ("council", "provincial", "bare") if match.group(g))
        s, e = match.span(group)
        if any(f.start < e and s < f.end for f in found):
            continue
        if (_GENITIVE_AFTER if group == "bare" else _COUNCIL_GENITIVE).match(text, e):
            continue  # "الوكالة الحضرية للرباط", "الجامعة الصيفية": a new name, not a reference
        if group == "council":
            council = _council_meant(ctx, start)
            if council is not None:
                out.append(_Found(s, e, council))
            continue
        if group == "provincial":
            # "والمجلس الإقليمي": the provincial council named before, else the council
            # of the one province or prefecture the article names
            provincial = _provincial_council_meant(ctx, s)
            if provincial is not None:
                out.append(_Found(s, e, provincial))
            continue
        kind, head = _ANTECEDENT_HEADS[match.group("bare")]
        # before the anaphor, so that "ترأست وزيرة التضامن حفل توقيع اتفاقية بين
        # الوزارة و…" finds the minister's ministry in the same sentence
        for body in _bodies_back_from(ctx, s):
            name = normalize(body.value.name, preset="search")
            if (kind is None or body.value.kind is kind) and name.split(" ", 1)[0] in (
                head,
                "ال" + head,
            ):
                out.append(_Found(s, e, body.value))
                break
    return out


_SEAT = tuple(f"{word}{tail}" for word in lx.SEAT_WORDS for tail in (" ", " ال"))
# The Moroccan state or government as a signatory: after "بين", a signing verb or "و"
# in a list, and not the first word of a longer name ("الحكومة الإسبانية" is another).
_STATE = HintedPattern(
    re.compile(
        rf"(?:(?<![{_L}])بين |(?<![{_L}])وقع(?:ت|ا|تا)? |(?<![{_L}])و)"
        rf"(?P<s>{_alternation(lx.STATE_NAMES)})"
        rf"(?![{_L}])(?! (?:ال)?(?!مغربيه)[{_L}]+يه(?![{_L}]))"
    ),
    lx.STATE_HINT,
)
_GENITIVE_AFTER = re.compile(rf" (?:ال|لل|ل(?=[{_L}]{{3}}))")
# After a council anaphor, only an article word makes another body ("المجلس الجهوي
# للسياحة"); "ومجلس الجهة لتحويل المياه" goes on with the agreement's purpose.
_COUNCIL_GENITIVE = re.compile(r" (?:ال|لل)")


_APPROVAL = _word_re(lx.APPROVAL_WORDS)
_COUNCILS = frozenset(
    {
        OrganizationKind.REGIONAL_COUNCIL,
        OrganizationKind.PROVINCIAL_COUNCIL,
        OrganizationKind.COMMUNE,
    }
)


def _approving_council(
    ctx: _Context, clause: _Clause, hits: Sequence[_Found[Organization]]
) -> _Found[Organization] | None:
    """The council that approves an agreement "مع" (with) another body ("صادق المجلس
    الجماعي للناظور على اتفاقية شراكة مع …"): a party, named as the verb's subject in
    the sentence or earlier in the article."""
    text = ctx.doc.text
    s_start, _ = ctx.sentence_of(clause.noun_start)
    approved = _APPROVAL.search(text, s_start, clause.noun_start) is not None or (
        clause.summary is not None and _APPROVAL.search(text, *clause.summary) is not None
    )
    if not approved:
        return None
    if _WITH.search(text, clause.noun_end, clause.end) is None:
        return None
    for body in _bodies_back_from(ctx, clause.noun_start):
        if body.value.kind in _COUNCILS:
            return None if any(h.value == body.value for h in hits) else body
    return None


def _host_party(
    ctx: _Context, clause: _Clause, hits: Sequence[_Found[Organization]]
) -> _Found[Organization] | None:
    """The body of whoever presides a signing "مع" (with) another body: "ترأس المدير العام
    للوكالة الوطنية لإنعاش التشغيل حفل توقيع اتفاقية شراكة مع الفيدرالية …" makes the
    agency a party."""
    text = ctx.doc.text
    if _WITH.search(text, clause.noun_end, clause.end) is None:
        return None
    s_start, _ = ctx.sentence_of(clause.noun_start)
    for t_start, t_end in _presiding_titles(ctx, s_start, clause.noun_start):
        title = next(t for t in _titles_within(ctx, t_start, t_end) if t.start == t_start)
        body = _organization_for_title(ctx, title)
        if body is not None and all(h.value != body for h in hits):
            return _Found(t_start, t_end, body)
    return None


def _council_meant(ctx: _Context, before: int) -> Organization | None:
    """The regional council a bare "مجلس الجهة" stands for: one named earlier, else the
    council of the only region the article's places lie in."""
    named = _last_before(ctx, OrganizationKind.REGIONAL_COUNCIL, before)
    if named is not None:
        return named
    if "regions" not in ctx.lazy:
        ctx.lazy["regions"] = {hit.value for hit in ctx.regions} | {
            hit.value.region for hit in ctx.places if hit.value.region is not None
        }
    regions: set[Region] = ctx.lazy["regions"]
    return _regional_council(next(iter(regions))) if len(regions) == 1 else None


def _last_before(ctx: _Context, kind: OrganizationKind, before: int) -> Organization | None:
    """The last gazetteer body of ``kind`` named before ``before`` (a bisection)."""
    key = f"kind:{kind.value}"
    if key not in ctx.lazy:
        ctx.lazy[key] = [hit for hit in ctx.organizations if hit.value.kind is kind]
    hits: list[_Found[Organization]] = ctx.lazy[key]
    i = bisect.bisect_left(hits, before, key=lambda f: f.start)
    return hits[i - 1].value if i else None


def _provincial_council_meant(ctx: _Context, before: int) -> Organization | None:
    """The provincial council a bare "المجلس الإقليمي" stands for."""
    named = _last_before(ctx, OrganizationKind.PROVINCIAL_COUNCIL, before)
    if named is not None:
        return named
    if "provinces" not in ctx.lazy:
        ctx.lazy["provinces"] = {
            hit.value.name
            for hit in ctx.places
            if hit.value.kind in (PlaceKind.PROVINCE, PlaceKind.PREFECTURE)
        }
    provinces: set[str] = set(ctx.lazy["provinces"])
    if len(provinces) != 1:
        return None
    name = normalize(provinces.pop(), preset="search")
    while name.startswith(_UNIT_DESIGNATORS):  # "عمالة إقليم تارودانت" -> "تارودانت"
        name = name.split(" ", 1)[1]
    for unit in ("مجلس اقليم ", "مجلس عماله "):
        found = _find_organizations(unit + name)
        if found and found[0].start == 0:
            return found[0].value
    return None


def _all_bodies(ctx: _Context) -> list[_Found[Organization]]:
    """Every body the article names: gazetteer bodies, generic bodies and the ministries
    of ministers, in text order (built once per article)."""
    if "bodies" not in ctx.lazy:
        text = ctx.doc.text
        bodies: list[_Found[Organization]] = list(ctx.organizations)
        for mention in find_bodies_normalized(text):
            name = ctx.doc.raw_text(mention.start, mention.end)
            bodies.append(_Found(mention.start, mention.end, mention.organization(name)))
        for title in ctx.titles:
            if title.role == "minister":
                ministry = _organization_for_title(ctx, title)
                if ministry is not None:
                    bodies.append(_Found(title.start, title.end, ministry))
        bodies.sort(key=lambda f: f.start)
        ctx.lazy["bodies"] = bodies
    found: list[_Found[Organization]] = ctx.lazy["bodies"]
    return found


# Bodies whose names say what they govern, not whom an agreement serves ("وزارة الشباب");
# an association's or a cooperative's name says who its members are ("تعاونية نساء …").
_OFFICIAL_BODIES = frozenset(
    {
        OrganizationKind.MINISTRY,
        OrganizationKind.AGENCY,
        OrganizationKind.PUBLIC_INSTITUTION,
        OrganizationKind.INTERNATIONAL,
    }
)


def _in_a_body_name(ctx: _Context, pos: int) -> bool:
    """Whether ``pos`` lies inside the name of an official body the gazetteer knows
    (after its head noun: "الشباب" in "وزارة الشباب والثقافة والتواصل"). Bodies read by
    their head noun are left out: their names can run on ("وكالة التنمية الاجتماعية
    لدعم التعاونيات النسوية")."""
    bodies = ctx.organizations
    i = bisect.bisect_right(bodies, pos, key=_START)
    return any(
        body.start < pos < body.end and body.value.kind in _OFFICIAL_BODIES
        for body in bodies[max(0, i - _LOOK_BACK) : i]
    )


def _bodies_back_from(ctx: _Context, before: int) -> Iterator[_Found[Organization]]:
    """The bodies named before ``before``, nearest first (see :func:`_all_bodies`)."""
    bodies = _all_bodies(ctx)
    i = bisect.bisect_left(bodies, before, key=lambda f: f.start)
    return (body for body in reversed(bodies[max(0, i - _LOOK_BACK) : i]) if body.end <= before)


_LOOK_BACK = 40  # bodies an anaphor or an approval may reach back over


def _presiding_titles(ctx: _Context, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the titles right after a chair or attendance marker: "ترأس وزير
    الداخلية حفل توقيع اتفاقية بين …" names who presided, not who signed."""

    text = ctx.doc.text
    heads = set()
    for marker in (
        *_matches_within(ctx.chair_markers, start, end),
        *_matches_within(ctx.attendance_markers, start, end),
    ):
        heads.add(skip(text, _after_chair_marker(text, marker.end()), " "))
    return [(t.start, t.end) for t in _titles_within(ctx, start, end) if t.start in heads]


def _titles_within(ctx: _Context, start: int, end: int) -> list[pp.TitleMatch]:
    return _inside(ctx.titles, start, end, _START, _END)


def _attendance_start(ctx: _Context, start: int, end: int) -> int:
    """Where the sentence's list of attendees or chair begins, unless a signing word
    follows it (then the signatories come after the list); ``end`` without one."""

    text = ctx.doc.text
    for marker in (
        *_matches_within(ctx.attendance_markers, start, end),
        *_matches_within(ctx.chair_markers, start, end),
    ):
        if _SIGNING.search(text, marker.end(), end) is None and not _matches_within(
            ctx.agreement_nouns, marker.end(), end
        ):
            # (an agreement named after the list has its parties after it too: "صادق
            # المجلس، برئاسة فلان، على اتفاقية مع …")
            end = min(end, marker.start())
    return end


_UNIT_DESIGNATORS = ("جماعه ", "اقليم ", "عماله ")
# "كلفة"/"كلفتها": the possessive keeps the ت of ة ("وتبلغ كلفتها …").
_COST_WORD = _word_re(lx.COST_WORDS)


def _next_sentence(ctx: _Context, end: int) -> tuple[int, int] | None:
    i = bisect.bisect_left(ctx.sentences, (end, -1))
    return ctx.sentences[i] if i < len(ctx.sentences) else None


def _costs(
    ctx: _Context, start: int, end: int, evidence: dict[str, list[Span]]
) -> tuple[MonetaryAmount | None, tuple[Contribution, ...]]:
    """The total cost (first amount that is not a contribution) and the contributions."""

    total: MonetaryAmount | None = None
    total_end = start
    contributions: list[Contribution] = []
    for hit in _find_amounts(ctx.doc.text, start, end):
        amount, is_part, party_span = hit.value
        span = ctx.doc.span(hit.start, hit.end)
        amount = attrs.evolve(amount, surface=ctx.doc.raw[span.start : span.end])
        if is_part:
            party = None
            party_name = None
            if party_span is not None:
                party_name = ctx.doc.raw_text(*party_span)
                party = _first_in(ctx.organizations, *party_span)
            evidence[f"contributions[{len(contributions)}]"] = [span]
            contributions.append(
                Contribution(
                    party=party.value if party is not None else None,
                    party_name=party_name,
                    amount=amount,
                )
            )
        elif total is None:
            total, total_end = amount, hit.end
            evidence["total_cost"] = [span]
        elif _RAISED_TO.fullmatch(ctx.doc.text, total_end, hit.start) and _FROM.search(
            ctx.doc.text, max(start, hit.start - 200), total_end
        ):
            # "برفع الكلفة من 240 مليون درهم إلى 312 مليون درهم": the new total
            total, total_end = amount, hit.end
            evidence["total_cost"] = [span]
    return total, tuple(contributions)


# An amount changed "من X إلى Y": X is the old figure, Y the one that holds now.
_RAISED_TO = re.compile(r" ?,? ?(?:ل(?:ي|ت)?(?:صل|بلغ) )?الي ")
_FROM = re.compile(rf"(?<![{_L}])من [^ ]+(?: [^ ]+){{0,4}}\Z")


def _purpose(ctx: _Context, after: int, end: int, evidence: dict[str, list[Span]]) -> str | None:
    text = ctx.doc.text
    marker = _PURPOSE.search(text, after, end) or _PURPOSE_INFINITIVE.match(text, after, end)
    if marker is None:
        return None
    stop = end
    for pattern in (",", " لاسيما", " خاصه", " وذلك"):
        found = text.find(pattern, marker.end(), end)
        if found >= 0:
            stop = min(stop, found)
    # The purpose ends where its cost or its beneficiaries are stated.
    tail = _PURPOSE_END.search(text, marker.end(), stop)
    if tail is not None:
        stop = tail.start()
    return _phrase(ctx, marker.end(), stop, "purpose", evidence)


_PURPOSE_END = re.compile(rf" (?:ب(?:غلاف|كلفه|تكلفه|قيمه|مبلغ|ميزانيه)|لفائده|لصالح)(?![{_L}])")
# "اتفاقية تعاون لتأهيل …": a purpose given as ل + verbal noun right after the noun.
_PURPOSE_INFINITIVE = re.compile(rf" ?ل(?=ت[{_L}]{{3,}})")


# --- entry point -----------------------------------------------------------------------------


def extract(article: Article | str, *, reference_date: dt.date | None = None) -> ExtractionResult:
    """Meetings and agreements reported in an article, every field with evidence.

    ``article`` is an :class:`Article` (its ``id`` and ``published`` date are used)
    or a plain string. Relative dates ("أمس", "اليوم") are resolved only against
    ``reference_date`` or the article's publication date; a weekday alone is kept as
    a weekday. Spans in ``evidence`` index the published text (``article.text``).

    Examples:
        >>> import moroccan_social_news as msn
        >>> res = msn.extract("انعقد، الخميس، بمقر عمالة إنزكان آيت ملول اجتماع تنسيقي برئاسة "
        ...                   "عامل الإقليم حول الموسم الفلاحي.")
        >>> m = res.meetings[0]
        >>> m.kind.value, m.weekday.value
        ('coordination_meeting', 'thursday')
        >>> msn.extract("ارتفعت أسعار الخضر في أسواق المدينة هذا الأسبوع.").meetings
        ()
    """

    if isinstance(article, Article):
        raw, article_id = article.text, article.id
        if reference_date is None:
            reference_date = article.published
    elif isinstance(article, str):
        raw, article_id = article, None
    else:
        raise ArgumentTypeError(
            f"extract() takes an Article or a str (got {type(article).__name__})"
        )
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise ArgumentTypeError(
            f"reference_date must be a datetime.date (got {type(reference_date).__name__})"
        )
    doc = _make_doc(raw, article_id)
    if _OPINION.match(doc.text) or _is_obituary(doc.text):
        # An opinion column ("رأي: …") argues about meetings and agreements in general;
        # an obituary recalls those of a life. Neither reports one.
        return ExtractionResult(article_id=article_id, meetings=(), agreements=())
    meeting_nouns = _Matches(_MEETING.finditer(doc.text))
    agreement_nouns = _Matches(_AGREEMENT.finditer(doc.text))
    if not meeting_nouns and not agreement_nouns:
        # Nothing to report without an event or agreement noun: most news items.
        return ExtractionResult(article_id=article_id, meetings=(), agreements=())
    dateline = _dateline_found(doc.text)
    precision = getattr(dateline.value.precision, "value", None) if dateline else None
    if reference_date is None and dateline is not None and precision == "day":
        # "الرباط – 14 أكتوبر 2025 (ومع) – …": a dispatch dated by its dateline says
        # "اليوم"/"أمس" relative to it.
        reference_date = dateline.value.date
    ctx = _build_context(doc, reference_date, meeting_nouns, agreement_nouns)
    ctx.lazy["dateline_date"] = dateline  # read once, for the weekday rule too
    agreements = _extract_agreements(ctx)
    meeting = _extract_meeting(ctx, [a for a, at_meeting in agreements if at_meeting])
    return ExtractionResult(
        article_id=article_id,
        meetings=(meeting,) if meeting is not None else (),
        agreements=tuple(a for a, _ in agreements),
    )


_OPINION = re.compile(r"\s*(?:راي|مقال راي|وجهه نظر|افتتاحيه|عمود)\s*[:|-]")
# A death or a funeral told in the lead: "وافته المنية", "ووري الثرى جثمان الراحل …",
# "انتقل إلى عفو الله", "تشييع جنازة", "نعي".
_DEATH = re.compile(
    rf"(?<![{_L}])(?:[وف]?(?:وافت(?:ه|ها) المنيه|ووري(?:ت)? الثري|انتقل(?:ت)? الي (?:عفو"
    rf" الله|جوار ربه|رحمه الله|دار البقاء)|تشييع جنازه|جثمان|[يت]?نعي))(?![{_L}])"
)


# A literal of every _DEATH match (tests/test_scan.py checks it against the pattern).
_DEATH_WORDS = ("المنيه", "الثري", "انتقل", "جنازه", "جثمان", "نعي")


def _is_obituary(text: str) -> bool:
    """Whether the headline or the body's first sentence tells a death: an obituary
    recalls the meetings a life held, it reports none (a minute of silence later in a
    session report does not count)."""
    body = text.find("\n") + 1  # past the headline, if there is one
    while body < len(text) and text[body].isspace():
        body += 1
    ends = [found for stop in (".", "\n") if (found := text.find(stop, body)) >= 0]
    lead = text[: min(ends, default=len(text))]
    # the literals first: the pattern tries every position, and most leads have none
    return any(word in lead for word in _DEATH_WORDS) and _DEATH.search(lead) is not None


# The dateline: a place (one to four words), a dash, a colon or a comma, the date, maybe
# "(ومع)", at the very start of the text or of its first line after a headline (blank
# lines, and the \r of Windows line ends, are skipped). The words are written so that a
# line has one way to read them ("(?:[L]+ ?){1,4}" had many, and backtracked through
# them on every first line without a dateline). The two places are separate patterns:
# a headline "بني ملال: والي الجهة يستقبل وفدا" reads like a dateline without a date,
# and the line after it must still be tried.
_DATELINE_BODY = (
    rf"[ \t]*[{_L}]+(?: [{_L}]+){{0,3}} ?(?:-|:|,) ?"
    rf"(?P<date>[^\r\n(]{{6,30}}?) ?(?:\(ومع\)|-|:|\r?\n)"
)
_DATELINES = (
    re.compile(_DATELINE_BODY),
    re.compile(r"[^\n]*\n(?:[ \t\r]*\n)*" + _DATELINE_BODY),
)


# Where a dispatch comes from: one to four words before the colon, dash, comma or "(ومع)"
# that opens the text or its second line ("سطات – …", "الدار البيضاء: …", "سيدي بنور، …").
_DATELINE_PLACE = re.compile(
    rf"(?:\A|\A[^\n]*\n(?:[ \t\r]*\n)*)[ \t]*"
    rf"(?P<place>[{_L}]+(?: [{_L}]+){{0,3}}) ?(?::|-|,|\(ومع\))"
)


def _headline_region(ctx: _Context) -> tuple[Region, list[Span]] | None:
    """The region a headline names, or the region of the place it names outside a
    title, with its evidence."""
    text = ctx.doc.text
    first_line = text.find("\n")
    if first_line <= 0 or first_line >= len(text) - 1:
        return None  # no headline above a body
    region = _first_in(ctx.regions, 0, first_line)
    if region is not None:
        return region.value, [ctx.doc.span(region.start, region.end)]
    place = _place_outside_titles(ctx, 0, first_line)
    if place is not None and place.value.region is not None:
        return place.value.region, [ctx.doc.span(place.start, place.end)]
    return None


def _dateline_span(ctx: _Context) -> tuple[int, int] | None:
    """The span of the dispatch's dateline place ("سطات" in "سطات – …"), if any."""
    if "dateline" not in ctx.lazy:
        m = _DATELINE_PLACE.match(ctx.doc.text)
        ctx.lazy["dateline"] = m.span("place") if m is not None else None
    found: tuple[int, int] | None = ctx.lazy["dateline"]
    return found


def _dateline_place(ctx: _Context) -> tuple[Region | Place, Span] | None:
    """The region or place of the dispatch's dateline, when the gazetteer knows it (a
    region, or a province or city with its region), with its span."""
    dateline = _dateline_span(ctx)
    if dateline is None:
        return None
    start, end = dateline
    region = _first_in(ctx.regions, start, end)
    if region is not None and (region.start, region.end) == dateline:
        return region.value, ctx.doc.span(start, end)
    place = _first_in(ctx.places, start, end)
    if place is not None and (place.start, place.end) == dateline and place.value.region:
        return place.value, ctx.doc.span(start, end)
    # A name the gazetteer reads only with a clitic ("إفران" is also "ovens"): before a
    # dateline's dash or colon it can only be the place.
    name = ctx.doc.text[start:end]
    for m in _match(name, _place_index(), glued=True):
        if (m.start, m.end) == (0, len(name)) and m.value.kind is not PlaceKind.REGION:
            span = ctx.doc.span(start, end)
            entry = m.value.place(ctx.doc.raw[span.start : span.end])
            return (entry, span) if entry.region is not None else None
    return None


def _dateline_found(ntext: str) -> _Found[DateMention] | None:
    """The date of the dispatch's dateline (one mention with a date), with where it is."""
    for pattern in _DATELINES:
        m = pattern.match(ntext)
        if m is None:
            continue
        found = _find_dates_normalized(m.group("date"))
        if len(found) != 1 or found[0].date is None or found[0].precision is None:
            continue
        offset = m.start("date")
        return _Found(offset + found[0].span.start, offset + found[0].span.end, found[0])
    return None


def _dateline_mention(ctx: _Context) -> _Found[DateMention] | None:
    """The article's dateline date (``_dateline_found``), read once by ``extract``."""
    mention: _Found[DateMention] | None = ctx.lazy.get("dateline_date")
    return mention


# --- adapters to the gazetteer and the parsers (all on normalised text) -----------------------


def _make_doc(raw: str, article_id: str | None) -> _Doc:

    aligned = normalize_with_offsets(raw, preset="search")
    return _Doc(article_id, raw, aligned.text, aligned)


def _find_regions_and_places(
    doc: _Doc, tokenized: _Tokens | None = None
) -> tuple[tuple[_Found[Region], ...], tuple[_Found[Place], ...]]:
    """Regions (value: Region) and other places (value: Place named as published)."""

    regions = []
    places = []
    for m in _match(doc.text, _place_index(), tokenized):
        entry = m.value
        if entry.kind is PlaceKind.REGION:
            regions.append(_Found(m.start, m.end, entry.region))
        else:
            places.append(_Found(m.start, m.end, entry.place(doc.raw_text(m.start, m.end))))
    return tuple(regions), tuple(places)


def _find_organizations(
    ntext: str, tokenized: _Tokens | None = None
) -> list[_Found[Organization]]:

    return [
        _Found(m.start, m.end, m.value.organization)
        for m in _match(ntext, _organization_index(), tokenized)
    ]


def _find_dates(
    ntext: str, start: int, end: int, reference: dt.date | None
) -> list[_Found[DateMention]]:
    """Date mentions inside ``[start, end)`` (value: DateMention), offsets into ``ntext``."""

    return [
        _Found(start + d.span.start, start + d.span.end, d)
        for d in _find_dates_normalized(ntext[start:end], reference)
    ]


def _find_year_ranges(ntext: str) -> list[_Found[YearRange]]:

    return [_Found(y.span.start, y.span.end, y.range) for y in _find_year_ranges_normalized(ntext)]


class _Amount(NamedTuple):
    amount: MonetaryAmount
    is_part: bool
    party: tuple[int, int] | None  # span of the contributing party's words


def _find_amounts(ntext: str, start: int, end: int) -> list[_Found[_Amount]]:
    """Amounts inside ``[start, end)``; value: (MonetaryAmount, is a part?, party words)."""

    return [
        _Found(
            start + m.span.start,
            start + m.span.end,
            _Amount(
                m.amount,
                m.role is AmountRole.PART,
                None
                if m.party_span is None
                else (start + m.party_span.start, start + m.party_span.end),
            ),
        )
        for m in _find_amounts_normalized(ntext[start:end])
    ]
