"""Bodies the gazetteer cannot list, recognised by their head noun.

Universities, communes, chambers, associations and cooperatives are too many to list,
but news names them in a few fixed shapes: a head noun, then a name, a field or a
place. This module reads those shapes on ``search``-normalised text, from a table of
heads (:data:`_HEADS`):

=========================================  ================  ===========================
head                                       kind              what follows
=========================================  ================  ===========================
جامعة                                      public_institution  a name ("جامعة ابن زهر")
الأكاديمية الجهوية للتربية والتكوين        public_institution  a place (its region)
المركز الجهوي للاستثمار                    public_institution  a place (its region)
المجلس الجماعي، الجماعة الترابية           commune             ل + a place or a name
جماعة، مجلس جماعة                          commune             a name
الغرفة الجهوية، غرفة                       public_institution  a field, then a place
الجمعية المغربية/الوطنية/الجهوية …         association         a field, then a place
جمعية                                      association         a quoted name or a name
تعاونية                                    cooperative         a quoted name or a name
المكتب/الوكالة الوطني(ة)/الجهوي(ة)         agency              a field, then a place
المديرية/المندوبية الجهوية/الإقليمية       public_institution  a field, then a place
الوكالة الفرنسية/اليابانية/الألمانية …     agency              a field, or nothing
المؤسسة المغربية/الوطنية                   public_institution  a field, then a place
البنك الدولي/الإفريقي/الأوروبي …           international       a field, or nothing
مجموعة، شركة                               company             a name (no adjective)
حكومة                                      international       a name ("حكومة جزر الكناري")
عمالة (إقليم)                              province            a place
=========================================  ================  ===========================

Precision comes first: a name ends at a *clear boundary* (punctuation, the end of the
range, a function word or verb, و before another body or a title, a signing word) and
is capped in words; a run of words that reaches the cap without a boundary is not a
name, so a whole clause is never swallowed. A place from the gazetteer (glued ب/ل
allowed: "بأكادير", "لجهة سوس ماسة") ends a name and gives its region. When the place
identifies a body the gazetteer generates (a region's academy or investment centre, a
city's commune), that gazetteer body is returned, with its id; otherwise the body has
``id=None``, its name as written and the region when one is known.

The recogniser is meant for short ranges (an agreement's sentence, a title's
complement): a literal hint finds the few words where a head may start.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Sequence

import attrs

from ._gazetteer import GazetteerEntry, _match, _place_index, organization
from ._model import Organization, OrganizationKind, PlaceKind, Region
from ._normalize import normalize_with_offsets
from ._people import _BODY_NOUNS, _LALLA, STOPWORDS, WORD, _title_head_at
from ._scan import LETTER_RANGE, HintedPattern, skip
from ._values import Span

__all__: list[str] = []  # private: used by _extract


class _Mode(enum.Enum):
    """What must follow a head for it to name a body."""

    NAME = "name"  # proper-name words: "جامعة ابن زهر", "جمعية الأمل للتنمية"
    PLACE = "place"  # a gazetteer place: "المركز الجهوي للاستثمار لجهة سوس ماسة"
    PLACE_OR_NAME = "place_or_name"  # "المجلس الجماعي لأكادير" / "… لسيدي بيبي"
    FIELD = "field"  # field words, then maybe a place: "الغرفة الجهوية للفلاحة بجهة …"


@attrs.frozen
class _Head:
    pattern: str  # in search-normalised spelling; words joined by one space
    kind: OrganizationKind
    mode: _Mode
    generated: str | None = None  # gazetteer id prefix of the per-region body
    max_words: int = 5  # words after the head
    conj: bool = False  # whether و + a word continues the name
    first_words: frozenset[str] | None = None  # the words a name may start with
    min_words: int = 1  # 0: the head alone names the body ("الوكالة اليابانية")
    proper_first: bool = False  # the name's first word is no adjective or plural noun
    not_after_b: bool = False  # glued ب makes it a venue ("بعمالة الإقليم"), not a body


_PI = OrganizationKind.PUBLIC_INSTITUTION
# Specific heads first: the alternation takes the first that matches at a position.
_HEADS: tuple[_Head, ...] = (
    _Head(r"(?:ال)?اكاديميه (?:ال)?جهويه للتربيه و ?التكوين", _PI, _Mode.PLACE, "aref"),
    _Head(r"(?:ال)?مركز (?:ال)?جهوي للاستثمار", _PI, _Mode.PLACE, "cri"),
    _Head(r"(?:ال)?مجلس (?:ال)?جماعي", OrganizationKind.COMMUNE, _Mode.PLACE_OR_NAME, None, 3),
    _Head(r"(?:ال)?جماعه (?:ال)?ترابيه", OrganizationKind.COMMUNE, _Mode.PLACE_OR_NAME, None, 3),
    _Head(r"(?:مجلس )?جماعه", OrganizationKind.COMMUNE, _Mode.NAME, None, 3),
    # Moroccan universities are named after a person or a place: "جامعة ابن زهر",
    # "جامعة محمد الخامس", "جامعة القاضي عياض", "جامعة الأخوين"; a place starts a
    # name too ("جامعة فاس"). Any other first word ("جامعة تعمل …") is not a name.
    _Head(
        r"جامعه",
        _PI,
        _Mode.NAME,
        None,
        5,
        first_words=frozenset(
            {
                "ابن",
                "ابو",
                "محمد",
                "الحسن",
                "القاضي",
                "عبد",
                "مولاي",
                "سيدي",
                "السلطان",
                "شعيب",
                "الاخوين",
                "الملك",
                "الامير",
                "المولي",
            }
        ),
    ),
    _Head(r"(?:ال)?غرفه (?:ال)?جهويه", _PI, _Mode.FIELD, None, 6, conj=True),
    # "غرفة التجارة والصناعة والخدمات …", "غرفة الصيد البحري …"; not "غرفة العمليات"
    _Head(
        r"غرفه (?:ال)?(?:تجاره|فلاحه|صناعه|صيد)",
        _PI,
        _Mode.FIELD,
        None,
        6,
        conj=True,
        min_words=0,  # "غرفة تجارة شاندونغ": the field is in the head
    ),
    _Head(
        r"(?:ال)?جمعيه (?:ال)?(?:مغربيه|وطنيه|جهويه|اقليميه|محليه)",
        OrganizationKind.ASSOCIATION,
        _Mode.FIELD,
        None,
        6,
        conj=True,
    ),
    _Head(r"جمعيه", OrganizationKind.ASSOCIATION, _Mode.NAME, None, 6, conj=True),
    _Head(r"تعاونيه", OrganizationKind.COOPERATIVE, _Mode.NAME, None, 5, conj=True),
    # The development agencies of partner countries: "الوكالة الفرنسية للتنمية" (AFD),
    # "الوكالة اليابانية للتعاون الدولي" (JICA), "الوكالة الألمانية للتعاون الدولي"
    # (GIZ); the nationality alone names one ("الوكالة اليابانية").
    _Head(
        r"(?:ال)?وكاله (?:ال)?(?:فرنسي|الماني|اسباني|ياباني|امريكي|بلجيكي|كوري|ايطالي"
        r"|كندي|سويسري|صيني|تركي)(?:ه)?",
        OrganizationKind.AGENCY,
        _Mode.FIELD,
        None,
        7,
        conj=True,
        min_words=0,
    ),
    # National and regional offices and agencies: "المكتب الوطني للصيد", "الوكالة
    # الوطنية للمياه والغابات", "الوكالة الجهوية لتنفيذ المشاريع بجهة …".
    _Head(
        r"(?:ال)?(?:مكتب|وكاله) (?:ال)?(?:وطني|جهوي|مغربي)(?:ه)?",
        OrganizationKind.AGENCY,
        _Mode.FIELD,
        None,
        7,
        conj=True,
    ),
    # Development banks: "البنك الدولي", "البنك الإفريقي للتنمية", "البنك الأوروبي
    # لإعادة الإعمار والتنمية", "البنك الإسلامي للتنمية".
    _Head(
        r"(?:ال)?بنك (?:ال)?(?:دولي|افريقي|اوروبي|اسلامي|عالمي|عربي)",
        OrganizationKind.INTERNATIONAL,
        _Mode.FIELD,
        None,
        6,
        conj=True,
        min_words=0,
    ),
    # Companies and groups by name: "مجموعة رونو المغرب", "شركة صوناداك"; not "شركة
    # متخصصة" or "مجموعة كبيرة" (an adjective is no name).
    _Head(
        r"(?:مجموعه|شركه)",
        OrganizationKind.COMPANY,
        _Mode.NAME,
        None,
        4,
        proper_first=True,
    ),
    # International organisations: "المنظمة الدولية للهجرة", "منظمة الأمم المتحدة
    # للطفولة", "المنظمة العالمية للصحة".
    _Head(
        r"(?:ال)?منظمه (?:ال)?(?:دوليه|عالميه|عربيه|افريقيه|اسلاميه)"
        r"|منظمه (?:ال)?امم (?:ال)?متحده",
        OrganizationKind.INTERNATIONAL,
        _Mode.FIELD,
        None,
        5,
        conj=True,
        min_words=0,
    ),
    # A foreign region's government: "حكومة جهة الأندلس الإسبانية".
    _Head(
        r"حكومه (?:جهه|اقليم|ولايه|مقاطعه|مدينه)",
        OrganizationKind.INTERNATIONAL,
        _Mode.NAME,
        None,
        4,
    ),
    # Federations and unions: "الفيدرالية المغربية لمراكز النداء", "الجامعة الوطنية لغرف
    # الصيد البحري", "الاتحاد العام لمقاولات المغرب".
    _Head(
        r"(?:ال)?(?:فيدراليه|جامعه|اتحاد|كونفدراليه) (?:ال)?(?:مغربي|وطني|عام|جهوي|بيمهني)(?:ه)?",
        OrganizationKind.ASSOCIATION,
        _Mode.FIELD,
        None,
        7,
        conj=True,
    ),
    # Universities named by an adjective: "الجامعة الدولية للرباط", "الجامعة الخاصة لمراكش".
    _Head(
        r"(?:ال)?جامعه (?:ال)?(?:دوليه|خاصه|اورومتوسطيه|افريقيه)",
        _PI,
        _Mode.FIELD,
        None,
        4,
        min_words=0,
    ),
    # Schools, institutes and hospitals: "المدرسة الوطنية للتجارة والتسيير بأكادير",
    # "المعهد العالي للإعلام", "المركز الاستشفائي الجامعي الحسن الثاني بفاس".
    _Head(
        r"(?:ال)?(?:مدرسه|معهد) (?:ال)?(?:وطنيه|عليا|عالي|وطني|ملكي|ملكيه|متخصص)",
        _PI,
        _Mode.FIELD,
        None,
        6,
        conj=True,
    ),
    _Head(
        r"(?:ال)?مركز (?:ال)?استشفائي (?:ال)?(?:جامعي|جهوي|اقليمي)",
        _PI,
        _Mode.FIELD,
        None,
        4,
        min_words=0,
    ),
    # An agency named by its field: "وكالة التنمية الرقمية", "وكالة الحوض المائي لسبو",
    # "وكالة تنمية الأقاليم الشمالية".
    _Head(
        r"وكاله (?:تنميه|تهيئه|انعاش)",
        OrganizationKind.AGENCY,
        _Mode.NAME,  # "وكالة تهيئة موقع بحيرة مارتشيكا": the rest may have no article
        None,
        6,
        conj=True,
    ),
    _Head(r"وكاله", OrganizationKind.AGENCY, _Mode.FIELD, None, 6, conj=True),
    # Funds: "صندوق التجهيز الجماعي", "صندوق الحسن الثاني للتنمية الاقتصادية".
    _Head(r"(?:ال)?صندوق", OrganizationKind.AGENCY, _Mode.FIELD, None, 6, conj=True),
    # Sports leagues: "العصبة الجهوية لكرة القدم".
    _Head(
        r"(?:ال)?عصبه (?:ال)?(?:جهويه|وطنيه|احترافيه)",
        OrganizationKind.ASSOCIATION,
        _Mode.FIELD,
        None,
        5,
        conj=True,
    ),
    # A foreign or regional government by its name: "حكومة جزر الكناري".
    _Head(
        r"حكومه",
        OrganizationKind.INTERNATIONAL,
        _Mode.NAME,
        None,
        4,
        proper_first=True,
    ),
    # "المؤسسة المغربية للنهوض بالتعليم الأولي", "المؤسسة الوطنية للمتاحف".
    _Head(r"(?:ال)?مؤسسه (?:ال)?(?:مغربيه|وطنيه)", _PI, _Mode.FIELD, None, 7, conj=True),
    # Foundations and organisations by name: "مؤسسة محمد الخامس للتضامن", "منظمة جسور
    # المتوسط للهجرة"; not "مؤسسة تعليمية" or "منظمة غير حكومية" (no name). After the
    # national foundations and the international organisations above.
    _Head(
        r"(?:مؤسسه|منظمه)",
        OrganizationKind.ASSOCIATION,
        _Mode.NAME,
        None,
        6,
        conj=True,
        proper_first=True,
    ),
    # National and public companies: "الشركة المغربية للهندسة السياحية", "الشركة
    # الوطنية للطرق السيارة".
    _Head(
        r"(?:ال)?شركه (?:ال)?(?:مغربيه|وطنيه|جهويه|عامه)",
        OrganizationKind.COMPANY,
        _Mode.FIELD,
        None,
        6,
        conj=True,
        min_words=0,
    ),
    # Committees that sign for a programme: "اللجنة الإقليمية للتنمية البشرية".
    _Head(
        r"(?:ال)?لجنه (?:ال)?(?:جهويه|اقليميه|محليه|وطنيه)",
        _PI,
        _Mode.FIELD,
        None,
        5,
        conj=True,
    ),
    # A prefecture or province signs through its governor: "عمالة إقليم بوجدور",
    # "عمالة الرباط".
    _Head(
        r"(?:ال)?عماله",
        OrganizationKind.PROVINCE,
        _Mode.PLACE,
        None,
        not_after_b=True,
    ),
    # A ministry's regional or provincial services: "المديرية الجهوية للفلاحة",
    # "المندوبية الإقليمية للصحة بتازة".
    _Head(
        r"(?:ال)?(?:مديريه|مندوبيه) (?:ال)?(?:جهويه|اقليميه)",
        _PI,
        _Mode.FIELD,
        None,
        6,
        conj=True,
    ),
)
# Literal stems, one of which occurs in the first word of every head.
_HINT = (
    "اكاديمي|مركز|مجلس|جماع|جامع|غرف|جمعي|تعاوني|مكتب|وكال|مديري|مندوبي|مؤسس|عمال|بنك|مجموع|شرك"
    "|حكوم|فيدرالي|اتحاد|كونفدرالي|مدرس|معهد|منظم|صندوق|عصبه|لجن"
)

_L = LETTER_RANGE
# An optional glued proclitic (و/ف, ب/ل, ل + ال written لل), then one head.
_BODY = HintedPattern.compile(
    rf"(?<![{_L}])(?P<pre>و?لل|[وف]?[بل]|[وف])?(?:"
    + "|".join(f"(?P<h{i}>{h.pattern})" for i, h in enumerate(_HEADS))
    + rf")(?![{_L}])",
    _HINT,
)
_QUOTED = re.compile(r' ?"([^"\n,]{2,60})"')
# Characters that end a name: punctuation, quotes, brackets, line breaks.
_PUNCTUATION = frozenset(',.;:!?()[]"\n-')
_MAX_CHARS = 120

# Words after which no name continues: signing and agreement words, prepositions
# that open a new phrase, and verbs that follow a party in an agreement sentence.
_STOP = STOPWORDS | frozenset(
    {
        "اتفاقيه",
        "اتفاقيات",
        "مذكره",
        "بروتوكول",
        "ميثاق",
        "عقد",
        "شراكه",
        "تفاهم",
        "توقيع",
        "التوقيع",
        "وقع",
        "وقعت",
        "وقعا",
        "وقعتا",
        "يوقع",
        "ابرم",
        "ابرمت",
        "جدد",
        "جددت",
        "يهدف",
        "تهدف",
        "يروم",
        "تروم",
        "ترمي",
        "تتوخي",
        "بهدف",
        "قصد",
        "لفائده",
        "لصالح",
        "بشان",
        "بخصوص",
        "اجل",
        "بغلاف",
        "بكلفه",
        "بتكلفه",
        "بقيمه",
        "بمبلغ",
        "المتعلقه",
        "المتعلق",
        "تتعلق",
        "يتعلق",
        "تهم",
        "يهم",
        "تخص",
        "يخص",
        "تشمل",
        "يشمل",
        "بمقر",
        "بين",
        "وبين",
        "كل",
        "ممثله",
        "ممثلا",
        "ممثلين",
    }
)
# Body nouns that start another body after و ("ومجلس جهة …", "والجماعة").
_OTHER_HEADS = frozenset(
    {
        "جمعيه",
        "تعاونيه",
        "جامعه",
        "مكتب",
        "منظمه",
        "وزاره",
        "ادار",
        "بنك",
        "فيدراليه",
        "اتحاد",
        "كونفدراليه",
        "مدرسه",
        "مجموعه",
        "حكومه",
    }
)
_HEAD_WORDS = frozenset({*_BODY_NOUNS, *_OTHER_HEADS}) | frozenset(
    "ال" + w for w in (*_BODY_NOUNS, *_OTHER_HEADS)
)


@attrs.frozen
class BodyMention:
    """A body recognised in normalised text.

    Attributes:
        start: Offset of the head (after a glued proclitic).
        end: Offset just past the name.
        kind: What sort of body it is.
        region: The region its place lies in, when one was read.
        known: The gazetteer body the place identifies (an academy, a commune), if any.
        article_elided: The head's article was written into a glued ل ("للمجلس").
    """

    start: int
    end: int
    kind: OrganizationKind
    region: Region | None = None
    known: Organization | None = None
    article_elided: bool = False

    def organization(self, name: str) -> Organization:
        """The body, named ``name`` (its words as published) unless the gazetteer knows it."""
        if self.known is not None:
            return self.known
        if self.article_elided:
            name = "ال" + name
        return Organization(name=name, kind=self.kind, region=self.region)


@attrs.frozen
class _Place:
    start: int  # where the place's words start, glued ب/ل included
    end: int
    entry: GazetteerEntry


def _places(ntext: str, start: int, end: int) -> list[_Place]:
    """Gazetteer places in ``ntext[start:end]``, each starting at its glued preposition."""
    window = ntext[start:end]
    out = []
    for m in _match(window, _place_index()):
        s = m.start
        while s > 0 and window[s - 1] not in " ,":
            s -= 1  # back over a glued ب/ل/و (the place match leaves them out)
        out.append(_Place(start + s, start + m.end, m.value))
    return out


def _place_at(places: Sequence[_Place], pos: int) -> _Place | None:
    for place in places:
        if place.start == pos:
            return place
    return None


_NOT_A_NAME_ENDINGS = ("ه", "ات", "ين", "ون", "يه")
# First words that never begin a name after a head ("منظمة غير حكومية", "مؤسسة ذات …").
_NOT_A_NAME_WORDS = frozenset(
    {
        "غير",
        "ذات",
        "ذو",
        "تابعه",
        "كبري",
        "كبيره",
        "صغيره",
        "جديده",
        "عموميه",
        "خاصه",
        "محليه",
        "متوسطه",
        "ناشئه",
    }
)


def _field_follows(text: str, pos: int) -> bool:
    """Whether a field in the genitive comes next ("شركة دكالة للصناعات"): a word ending
    like an adjective is then the name's first word, not an adjective."""
    return text.startswith(" لل", pos)


_LOCAL_REFERENCES = frozenset({"بالاقليم", "بالجهه", "بالمدينه", "بالعماله", "بالجماعه"})


def _is_boundary_word(text: str, pos: int, word: str, conj: bool) -> bool:
    """Whether ``word`` (at ``pos``) ends a name rather than continuing it."""
    if word in _STOP or word in _HEAD_WORDS:
        return True
    if _title_head_at(text, pos) is not None:
        return True  # "ومدير الأكاديمية", "رئيس …": a post begins
    if word[0] in "وف" and len(word) > 2:
        rest = word[1:]
        if rest in _STOP or rest in _HEAD_WORDS or (rest[:1] in "بل" and rest[1:] in _HEAD_WORDS):
            return True
        # "وجامعة …", "والمجلس": another party; "والتضامن", "وأولياء" continue only
        # where the head allows coordination ("جمعية آباء وأولياء التلاميذ").
        return not conj
    return False


def _name_end(  # noqa: PLR0911, PLR0912 - one branch per way a name ends, read in order
    text: str, pos: int, end: int, head: _Head, places: Sequence[_Place]
) -> tuple[int, _Place | None] | None:
    """Where the name after a head ends (and the place that ended it), or ``None``.

    ``None`` when no clear boundary comes within the head's word cap.
    """
    cursor = pos
    words = 0
    previous = ""
    while True:
        gap = skip(text, cursor, " ", end)
        found = _place_at(places, gap)
        if found is not None and text.startswith("و", gap) and words:
            break  # "… والماء الصالح للشرب وجماعة تيزنيت": another party, coordinated
        if found is not None and found.end <= end:
            # "جماعة تيزنيت", "جامعة محمد الأول بوجدة", "غرفة … لجهة سوس ماسة"
            return found.end, found
        if gap >= end or text[gap] in _PUNCTUATION:
            break
        word = WORD.match(text, gap)
        if word is None:
            return None  # digits or Latin letters: no clear boundary
        token = word.group()
        if _is_boundary_word(text, gap, token, head.conj):
            break
        if head.mode is _Mode.FIELD and not (
            token.startswith(("ال", "ل", "وال"))
            or (words and token.startswith("و"))
            or (token.startswith("بال") and previous.startswith("ل"))
        ):
            break  # a field is "للفلاحة", "التجارة والصناعة", "للنهوض بالتعليم"
        if token in _LOCAL_REFERENCES:
            break  # "جمعية تنمية التعليم بالإقليم": where it works, not its name
        if head.mode is not _Mode.FIELD and token.startswith("بال"):
            return None  # "بالمدينة", or a place the gazetteer lacks: unclear
        if words == 0 and head.first_words is not None and token not in head.first_words:
            return None
        if (
            words == 0
            and head.proper_first
            and not token.startswith("ال")
            and (
                token in _NOT_A_NAME_WORDS
                or (token.startswith("ل") and token not in _LALLA)  # "مؤسسة لإيواء …"
                or (token.endswith(_NOT_A_NAME_ENDINGS) and not _field_follows(text, word.end()))
            )
        ):
            return None  # "شركة متخصصة", "مجموعة كبيرة", "شركات", "منظمة غير حكومية"
        words += 1
        if words > head.max_words:
            return None
        cursor = word.end()
        previous = token
    if words < head.min_words:
        return None
    if words == 1 and head.mode is _Mode.NAME and text[pos:cursor].strip()[:1] in "تين":
        # "جمعية تعمل في …": a lone word that reads as a verb (after "المجلس الجماعي ل"
        # a name follows the preposition: "لتمصلوحت")
        return None
    return cursor, None


def body_at(
    text: str, pos: int, end: int | None = None, places: Sequence[_Place] | None = None
) -> BodyMention | None:
    """The body whose head starts at ``pos`` (a glued proclitic allowed), or ``None``."""
    end = len(text) if end is None else end
    match = _BODY.match(text, pos, end)
    if match is None:
        return None
    return _read(text, match, end, places)


def _read(
    text: str, match: re.Match[str], end: int, places: Sequence[_Place] | None
) -> BodyMention | None:
    """The body whose head ``match`` found, read up to ``end`` at most."""
    index = next(i for i in range(len(_HEADS)) if match.group(f"h{i}") is not None)
    head = _HEADS[index]
    start, head_end = match.start(f"h{index}"), match.end(f"h{index}")
    elided = (match.group("pre") or "").endswith("لل") and not text.startswith("ال", start)
    if elided and not head.pattern.startswith("(?:ال)?"):
        return None  # "للجامعة": the article, so a common noun ("الجامعة"), not a name
    if head.not_after_b and (match.group("pre") or "").endswith("ب"):
        return None  # "بعمالة الإقليم": where something happened
    if places is None:
        places = _places(text, match.start(), min(end, head_end + _MAX_CHARS))
    name_end: int
    place: _Place | None = None
    quoted = _QUOTED.match(text, head_end, end)
    if quoted is not None and head.kind in (
        OrganizationKind.ASSOCIATION,
        OrganizationKind.COOPERATIVE,
    ):
        name_end = quoted.end()
        gap = skip(text, name_end, " ", end)
        after = _place_at(places, gap)
        if after is not None:  # 'جمعية "الأمل" بتيزنيت'
            name_end, place = after.end, after
    else:
        found = _unquoted_end(text, match, head, head_end=head_end, end=end, places=places)
        if found is None:
            return None
        name_end, place = found
    if name_end - start > _MAX_CHARS:
        return None
    region = place.entry.region if place is not None else None
    known = _generated(head, place, region)
    return BodyMention(start, name_end, head.kind, region, known, elided)


def _unquoted_end(
    text: str,
    match: re.Match[str],
    head: _Head,
    *,
    head_end: int,
    end: int,
    places: Sequence[_Place],
) -> tuple[int, _Place | None] | None:
    """Where a name that is not quoted ends after its head (and the place in it)."""
    gap = skip(text, head_end, " ", end)
    place = _place_at(places, gap)
    if head.mode is _Mode.PLACE:
        if place is None:
            # "عمالة إقليم خنيفرة": the gazetteer reads the head into the place name
            place = _place_at(places, match.start())  # glued و/ف included
            if place is None or place.end <= head_end:
                return None
        return place.end, place
    pos = head_end
    if head.mode is _Mode.PLACE_OR_NAME and place is None:
        if not text.startswith("ل", gap):
            return None  # "المجلس الجماعي" alone: which commune?
        pos = gap + 1
    return _name_end(text, pos, end, head, places)


def _generated(head: _Head, place: _Place | None, region: Region | None) -> Organization | None:
    """The gazetteer body a place identifies: a region's academy or CRI, a city's commune."""
    if place is None:
        return None
    try:
        if head.generated is not None and region is not None:
            return organization(f"{head.generated}-{region.code}")
        if head.kind is OrganizationKind.COMMUNE and place.entry.kind is PlaceKind.CITY:
            return organization(f"commune-{place.entry.id}")
    except KeyError:  # pragma: no cover - the gazetteer generates one per region/city
        return None
    return None


def find_bodies_normalized(text: str, start: int = 0, end: int | None = None) -> list[BodyMention]:
    """Bodies whose head lies in ``text[start:end]`` (search-normalised), left to right."""
    end = len(text) if end is None else end
    found: list[BodyMention] = []
    places: list[_Place] | None = None
    done = start
    for match in _BODY.finditer(text, start, end):
        if match.start() < done:
            continue
        if places is None:  # one place scan for the whole range, only when needed
            places = _places(text, start, end)
        mention = _read(text, match, end, places)
        if mention is not None:
            found.append(mention)
            done = mention.end
    return found


def find_bodies(text: str) -> Iterator[tuple[Span, Organization]]:
    """Bodies named in raw ``text``: each with its span and its name as published.

    Examples:
        >>> [(o.name, o.kind.value) for _, o in find_bodies("وقعت جامعة ابن زهر، أمس، اتفاقية")]
        [('جامعة ابن زهر', 'public_institution')]
    """
    mapped = normalize_with_offsets(text, preset="search")
    for mention in find_bodies_normalized(mapped.text):
        s, e = mapped.original_span(mention.start, mention.end)
        yield Span(s, e), mention.organization(text[s:e])
