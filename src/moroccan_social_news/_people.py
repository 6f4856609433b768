"""People in news text: a title ("وزيرة التضامن …", "والي جهة …") and the name next to it.

Arabic news names officials in a few fixed shapes, which this module reads on
``search``-normalised text:

* title first: "وزيرة التضامن والإدماج الاجتماعي والأسرة، عواطف حيار" — a title head,
  its complement (words with the article ال, and place names from the gazetteer),
  an optional comma, then the name;
* chained titles for one person: "والي جهة كلميم – واد نون عامل إقليم كلميم محمد …";
* name first: "عواطف حيار، وزيرة التضامن …", or after an honorific "السيدة حيار".

A name is one to four words; its first word has no article (given names do not), and
it stops at punctuation, a function word or a verb. Later mentions by surname
("وأكدت حيار") or by bare title ("تضيف الوزيرة") are resolved against the people
already found, never guessed.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Sequence

import attrs

from ._lexicon import SUBJECT_FIRST_CHAIR_VERBS
from ._names import ARTICLED_GIVEN_NAMES, GIVEN_NAMES
from ._ordinals import unit_words
from ._scan import LETTER_RANGE, HintedPattern, find_all, skip

__all__: list[str] = []  # private: used by _extract

_LETTERS = LETTER_RANGE
WORD = re.compile(rf"[{_LETTERS}]+")

_FIRST_NAMES = "|".join(sorted(GIVEN_NAMES | ARTICLED_GIVEN_NAMES))
# Title heads -> PostRole value, feminine forms included. Ordered: specific first.
TITLE_HEADS: tuple[tuple[str, str], ...] = (
    # "ترأس جلالة الملك محمد السادس …", "صاحب الجلالة الملك محمد السادس"
    (r"(?:صاحب (?:ال)?جلاله |جلاله )?(?:ال)?ملك", "head_of_state"),
    (r"(?:ال)?رئيس(?:ه)? (?:ال)?حكومه", "head_of_government"),
    (r"(?:ال)?كاتب(?:ه)? (?:ال)?دوله", "secretary_of_state"),
    (r"(?:ال)?وزير(?:ه)?(?: (?:ال)?منتدب(?:ه)?)?", "minister"),
    (r"(?:ال)?والي(?:ه)?", "wali"),  # والية: a woman wali
    (r"(?:ال)?عامل(?:ه)?(?= (?:ال)?(?:اقليم|عماله|صاحب))", "governor"),
    # "ترأسه العامل مصطفى النوحي": alone, "العامل" is a governor only before a given name
    (rf"(?:ال)?عامل(?:ه)?(?= (?:{_FIRST_NAMES}) )", "governor"),
    (
        r"(?:ال)?رئيس(?:ه)? (?:مجلس (?:ال)?جهه|(?:ال)?مجلس (?:ال)?جهوي)",
        "regional_council_president",
    ),
    (
        r"(?:ال)?رئيس(?:ه)? (?:(?:ال)?مجلس (?:ال)?اقليمي|مجلس (?:عماله|اقليم))",
        "provincial_council_president",
    ),
    # "رئيس مجلس مدينة فاس": only the six communes with arrondissements have a city
    # council, and its president is the mayor
    (r"(?:ال)?رئيس(?:ه)? مجلس (?:ال)?مدينه", "mayor"),
    (
        r"(?:ال)?رئيس(?:ه)? (?:(?:ال)?مجلس (?:ال)?جماعي|(?:مجلس )?(?:ال)?جماعه)",
        "commune_president",
    ),
    (r"(?:ال)?عمده", "mayor"),
    (r"(?:ال)?كاتب(?:ه)? (?:ال)?عام(?:ه)?", "general_secretary"),
    (r"(?:ال)?مدير(?:ه)?(?: (?:ال)?(?:عام|جهوي|اقليمي|تنفيذي)(?:ه)?)?", "director"),
    (r"(?:ال)?(?:نائب(?:ه)? )?(?:ال)?برلماني(?:ه)?", "member_of_parliament"),
    # "المستشار البرلماني": a member of the House of Councillors
    (r"(?:ال)?مستشار(?:ه)? (?:ال)?برلماني(?:ه)?", "member_of_parliament"),
    # "منسق المبادرة الوطنية للتنمية البشرية بإقليم …", "المنسقة الجهوية لـ …"
    (r"(?:ال)?منسق(?:ه)?(?: (?:ال)?(?:جهوي|اقليمي|وطني)(?:ه)?)?", "other"),
    # Other posts that lead meetings or sign, each with its complement: "المفتش العام
    # للإدارة الترابية", "المندوب الجهوي للسياحة", "سفير فرنسا", "باشا مدينة …",
    # "عميد كلية …".
    (r"(?:ال)?مفتش(?:ه)? (?:ال)?عام(?:ه)?", "other"),
    (r"(?:ال)?مندوب(?:ه)?(?: (?:ال)?(?:سامي|جهوي|اقليمي|عام)(?:ه)?)?", "other"),
    (r"(?:ال)?(?:سفير|قنصل|عميد)(?:ه)?(?: (?:ال)?عام(?:ه)?)?", "other"),
    (r"(?:ال)?باشا", "other"),
    # A caid heads a caidat or an administrative annex: "قائد قيادة تيمحضيت", "قائد
    # الملحقة الإدارية الثالثة" (not "قائد الفريق", a team's captain).
    (r"(?:ال)?قائد(?:ه)?(?= (?:قياده|(?:ال)?ملحقه|(?:ال)?مقاطعه))", "other"),
    (r"(?:ال)?رئيس(?:ه)?", "president"),
)
# A title starts a word, or follows a preposition glued to it ("لوالي الجهة"; the
# caller decides whether to read it there).
_TITLE = re.compile(
    rf"(?:(?<![{_LETTERS}])|(?<=(?<![{_LETTERS}])[لب]))[وف]?(?:"
    + "|".join(f"(?P<t{i}>{pattern})" for i, (pattern, _) in enumerate(TITLE_HEADS))
    + rf")(?![{_LETTERS}])"
)
# The literal stem in the first (only) word of every honorific.
HONORIFIC_HINT = "سيد"
# Literal stems of every title head: a cheap scan finds the few places worth parsing.
_TITLE_STEMS = (
    r"وزير|والي|عامل|رئيس|مدير|كاتب|عمده|برلماني|نائب|منسق|مفتش|مندوب|سفير|قنصل|عميد|باشا"
    r"|ملك|جلاله|صاحب|مستشار|قائد"
)
_TITLE_STEM_LIST = tuple(_TITLE_STEMS.split("|"))
# What every title's first word starts with: a cheap test before the full pattern.
_TITLE_START = re.compile(rf"[وف]?(?:ال)?(?:{_TITLE_STEMS})")
# What every ``_TITLE`` match starts with (up to two articles: "الالبرلماني" is what
# "(?:ال)?(?:نائب )?(?:ال)?برلماني" reads with the noun left out). Testing it first
# skips the big pattern at the many words where no title begins; tests/test_scan.py
# checks it against every string the title heads match.
_TITLE_HEAD_START = re.compile(rf"[وف]?(?:ال){{0,2}}(?:{_TITLE_STEMS})")
# Heads that are titles only with a complement ("رئيس" alone is a common noun).
_NEED_COMPLEMENT = frozenset({"president", "other"})
_HONORIFIC = HintedPattern.compile(
    rf"(?<![{_LETTERS}])[وف]?(?:لل|(?:ل|ب)?(?:ال)?)(?:سيد|سيده)(?![{_LETTERS}])", HONORIFIC_HINT
)

# Place-type words that introduce a place name inside a title's complement.
_PLACE_WORDS = frozenset({"جهه", "اقليم", "عماله", "مدينه", "جماعه", "ولايه", "بلديه"})
# Small words allowed inside a title's complement ("الوزير المنتدب لدى …").
_COMPLEMENT_GLUE = frozenset({"لدي", "المكلف", "المكلفه", "صاحب", "الجلاله", "عن"})
# Bodies a title belongs to, written without the article after ل or in a genitive:
# "الكاتب العام لوزارة الصحة", "مدير وكالة التنمية الاجتماعية", "مديرة أكاديمية …".
# They continue the complement (so they are never read as the holder's name).
_BODY_NOUNS = frozenset(
    {
        "وزاره",
        "وكاله",
        "مؤسسه",
        "مجلس",
        "مكتب",
        "اكاديميه",
        "مديريه",
        "صندوق",
        "مندوبيه",
        "مركز",
        "معهد",
        "جامعه",
        "كليه",
        "غرفه",
        "هيئه",
        "لجنه",
        "جمعيه",
        "شركه",
        "مصلحه",
        "قطاع",
        "ولايه",
        "عماله",
        "جهه",
        "اقليم",
        "جماعه",
        "بلديه",
        "مقاطعه",
        "محكمه",  # "الرئيس الأول لمحكمة الاستئناف بمراكش"
        "حكومه",
        "دائره",
        "باشويه",
        "قياده",
    }
)

# Words that can never be part of a person's name: particles, prepositions,
# pronouns, time words and the verbs that introduce or follow names in news.
STOPWORDS = frozenset(
    [
        "في",
        "علي",
        "من",
        "الي",
        "عن",
        "مع",
        "خلال",
        "بعد",
        "قبل",
        "حول",
        "عند",
        "لدي",
        "امام",
        "ضمن",
        "عبر",
        "منذ",
        "حيث",
        "كما",
        "فيما",  # conjunctions that open a clause: "…، فيما وقع الاتفاقية الثانية …"
        "بينما",
        "عندما",
        "بعدما",
        "كلما",
        "قد",
        "لقد",
        "ان",
        "انه",
        "انها",
        "بان",
        "ب",
        "ل",
        "و",
        "ف",
        "او",
        "ثم",
        "بل",
        "لكن",
        "غير",
        "دون",
        "بين",
        "تحت",
        "فوق",
        "اثر",
        "وفق",
        "طبقا",
        "حسب",
        "عبر",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "هؤلاء",
        "الذي",
        "التي",
        "الذين",
        "اللتان",
        "اللذان",
        "ما",
        "لا",
        "لم",
        "لن",
        "هو",
        "هي",
        "هم",
        "يوم",
        "اليوم",
        "امس",
        "غدا",
        "صباح",
        "مساء",
        "السبت",
        "الاحد",
        "الاثنين",
        "الثلاثاء",
        "الاربعاء",
        "الخميس",
        "الجمعه",
        "كلمه",
        "بالمناسبه",
        "المناسبه",
        "بمناسبه",
        "وذلك",
        "ايضا",
        "كذلك",
        "جهه",
        "اقليم",
        "عماله",
        "مدينه",
        "جماعه",
        "ولايه",
        "اكد",
        "اكدت",
        "قال",
        "قالت",
        "اضاف",
        "اضافت",
        "اوضح",
        "اوضحت",
        "اشار",
        "اشارت",
        "اعتبر",
        "اعتبرت",
        "شدد",
        "شددت",
        "ابرز",
        "ابرزت",
        "اعلن",
        "اعلنت",
        "دعا",
        "دعت",
        "ترأس",
        "ترأست",
        "ترئس",
        "تراس",
        "تراست",
        "يتراس",
        "تتراس",
        "اشرف",
        "اشرفت",
        "حضر",
        "حضرت",
        "السيد",
        "السيده",
        "الوزير",
        "الوزيره",
        "الوالي",
        "العامل",
        "الرئيس",
        "الرئيسه",
        "رئيس",
        "رئيسه",
        "وزير",
        "وزيره",
        "والي",
        "عامل",
        "مدير",
        "مديره",
        "عمده",
        "رؤساء",
        "عمال",  # governors ("وعمال عمالات وأقاليم الجهة"), never a name
        "ولاه",
        "ممثلي",
        "ممثل",
        "ممثله",
        "منتخبين",
        "فضلا",
        "جانب",
        "اضافه",
        "الملك",
        "جلاله",
        "صاحب",
        "خلاله",
        "خلالها",
        "صادق",
        "صادقت",
        "تم",
        "جري",
        "جرت",
        "قدم",
        "قدمت",
        "استعرض",
        "استعرضت",
        "تميز",
        "تخلل",
        "عرف",
        "عرفت",
        "يذكر",
        "يشار",
        "بعد",
        "سلط",
        "سلطت",
        "اجتماع",
        "اجتماعا",
        "لقاء",
        "لقاءا",
        "جلسه",
        "زياره",
        "دوره",
        "حفل",
        "ندوه",
        "يوما",
        "اشغال",
        "فعاليات",
        "بمقر",
        "بقاعه",
        "برحاب",
        "عدد",
        "مختلف",
        # the object of "أعطى" ("أعطى عامل العمالة تعليماته لـ…"): never a name
        "تعليماته",
        "تعليماتها",
        "توجيهاته",
        "توجيهاتها",
        # prepositions with a pronoun ("والوفد المرافق له بزيارة"): never a name
        *(
            stem + pronoun
            for stem in ("ل", "ب", "علي", "من", "مع", "في", "عن", "الي", "لدي")
            for pronoun in ("ه", "ها", "هم", "هما", "هن")
        ),
        # markers that follow a title whose holder is not named ("تحت إشراف والي
        # الجهة، بمشاركة …") and quantity words: never the first word of a name
        "بحضور",
        "بمشاركه",
        "برئاسه",
        "باشراف",
        "بتنسيق",
        "رفقه",
        "مرفوقا",
        "مرفوقه",
        "ازيد",
        "اكثر",
        "اقل",
        "حوالي",
        "نحو",
        "زهاء",
        "قرابه",
        # verbs that follow a title and a comma where a name would ("برئاسة عامل
        # الإقليم، خصص للمصادقة …")
        "خصص",
        "خصصت",
        "حضره",
        "حضرها",
        "شهد",
        "شهدت",
        "تميزت",
        "تناول",
        "تناولت",
        "انعقد",
        "انعقدت",
        # the chair verbs that may follow their subject: "المفتش العام حل بالحسيمة"
        # names no one called "حل"
        *SUBJECT_FIRST_CHAIR_VERBS,
    ]
)


@attrs.frozen
class TitleMatch:
    """One post title found in normalised text.

    Attributes:
        role: PostRole value of the title head.
        start: Offset of the head (after a conjunction prefix) in normalised text.
        end: Offset just past the title's complement.
        head_end: Offset just past the head words.
        feminine: Whether the head is in the feminine form.
        places: ``(start, end)`` of the place names consumed inside the complement.
    """

    role: str
    start: int
    end: int
    head_end: int
    feminine: bool
    places: tuple[tuple[int, int], ...] = ()


@attrs.frozen
class PersonMention:
    """A named person with the titles written next to the name.

    Attributes:
        name_start: Offset of the name in normalised text.
        name_end: Offset just past the name.
        start: Offset of the whole mention (titles and name).
        end: Offset just past the whole mention.
        titles: The titles attached to this person, in text order.
        honorific_feminine: ``True``/``False`` when "السيدة"/"السيد" precedes the name.
    """

    name_start: int
    name_end: int
    start: int
    end: int
    titles: tuple[TitleMatch, ...] = ()
    honorific_feminine: bool | None = None


def _title_head_at(text: str, pos: int) -> re.Match[str] | None:
    """``_TITLE.match(text, pos)``, with the cheap necessary test first."""
    if _TITLE_HEAD_START.match(text, pos) is None:
        return None
    return _TITLE.match(text, pos)


def title_at(text: str, pos: int, places: Sequence[tuple[int, int]]) -> TitleMatch | None:
    """The title starting at ``pos`` (a conjunction و/ف may precede it), with its complement."""
    if _TITLE_START.match(text, pos) is None:
        return None  # the common case: no title head begins here
    match = _TITLE.match(text, pos)
    if match is None and pos > 0 and text[pos - 1] in "وف":
        match = _TITLE.match(text, pos - 1)  # pos is a head right after its conjunction
    if match is None:
        return None
    index = match.lastindex - 1  # type: ignore[operator]  # the t<i> group of the head read
    role = TITLE_HEADS[index][1]
    head_start = match.start(f"t{index}")
    head = match.group(f"t{index}")
    feminine = head.split(" ")[0].endswith("ه")
    # "وزيرة إعداد التراب الوطني": a head without the article is in construct, so the
    # word after it is its genitive even without the article (never a name)
    in_construct = " " not in head and not head.startswith(("ال", "وال", "فال"))
    genitive = _bare_genitive_end(text, match.end(), places) if in_construct else match.end()
    end = _complement_end(text, genitive, places)
    lo = bisect.bisect_left(places, (match.end(), -1))
    hi = bisect.bisect_left(places, (end, -1), lo)
    consumed = tuple((s, e) for s, e in places[lo:hi] if e <= end)
    if role in _NEED_COMPLEMENT and end == match.end():
        return None  # a bare "رئيس"/"منسق" with nothing after it is not a title
    return TitleMatch(role, head_start, end, match.end(), feminine, consumed)


class TitleMemo:
    """The titles of one text read against one list of places, each position parsed once.

    An article's titles are parsed by :func:`find_titles`, then again for every
    mention, chair and list item that begins at them; a memo made per article (never
    shared between texts) returns the first parse. Results equal :func:`title_at`'s.
    """

    __slots__ = ("_found", "names", "places", "text")

    def __init__(
        self, text: str, places: Sequence[tuple[int, int]], names: frozenset[int] = frozenset()
    ) -> None:
        self.text = text
        self.places = places
        self.names = names  # see name_at
        self._found: dict[int, TitleMatch | None] = {}

    def at(self, pos: int) -> TitleMatch | None:
        """``title_at(self.text, pos, self.places)``, parsed at most once per position."""
        try:
            return self._found[pos]
        except KeyError:
            found = self._found[pos] = title_at(self.text, pos, self.places)
            return found


def _title(
    text: str, pos: int, places: Sequence[tuple[int, int]], memo: TitleMemo | None
) -> TitleMatch | None:
    """``title_at``, through ``memo`` when it was made for this text and these places."""
    if memo is not None and memo.text is text and memo.places is places:
        return memo.at(pos)
    return title_at(text, pos, places)


def _place_at(pos: int, places: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The place (from ``places``, sorted, non-overlapping) that covers ``pos``.

    A place may begin inside a title's head ("رئيس مجلس جهة سوس ماسة").
    """
    i = bisect.bisect_right(places, (pos, sys.maxsize)) - 1
    if i >= 0 and places[i][0] <= pos < places[i][1]:
        return places[i]
    return None


def _bare_genitive_end(text: str, pos: int, places: Sequence[tuple[int, int]]) -> int:
    """After a head without the article (in construct), a first word without one is its
    genitive when an article word follows ("وزيرة إعداد التراب الوطني"): past it, or
    ``pos`` when there is none."""
    if not text.startswith(" ", pos):
        return pos
    word = WORD.match(text, pos + 1)
    if (
        word is None
        or word.group() in GIVEN_NAMES
        or word.group() in STOPWORDS
        or word.group().startswith("ال")
        or not _article_word_after(text, word.end())
        or _place_at(word.start(), places) is not None
    ):
        return pos
    return word.end()


def _complement_end(text: str, pos: int, places: Sequence[tuple[int, int]]) -> int:
    """Extend a title over its complement: article words, glue words and place names."""
    end = pos
    cursor = pos
    # A body noun without the article ("جامعة", "جماعة") needs a genitive after it.
    construct = text[max(0, pos - 8) : pos].rsplit(" ", 1)[-1] in _BODY_NOUNS
    while True:
        gap = cursor
        while gap < len(text) and text[gap] == " ":
            gap += 1
        place = _place_at(gap, places) or _place_at(_strip_prefix(text, gap), places)
        if place is not None:
            end = cursor = place[1]
            construct = False
            continue
        word = WORD.match(text, gap)
        if word is None:
            return end
        token = word.group()
        bare = token[1:] if token[:1] in "وفلب" and token[1:3] == "ال" else token
        if bare in _COMPANY:
            return end  # "عامل الإقليم والوفد المرافق له": who came along, not the post's
        if token in _PLACE_WORDS or bare in _PLACE_WORDS:
            end = cursor = _past_place_word(text, word.end(), places)
            construct = False
            continue
        if _continues_genitive(text, token, word.end()):
            # "للوكالة الوطنية لإنعاش التشغيل", "المكلفة بالانتقال الرقمي وإصلاح الإدارة"
            end = cursor = word.end()
            construct = False
            continue
        if token in _BODY_NOUNS or (token[:1] in "لب" and token[1:] in _BODY_NOUNS):
            end = cursor = word.end()
            construct = True
            continue
        if token in ARTICLED_GIVEN_NAMES and not _REGNAL.match(text, word.end()):
            return end  # "رئيس المجلس المهدي بنشقرون": the holder's name begins
        if token.startswith(("ال", "لل")) or bare.startswith("ال") or token in _COMPLEMENT_GLUE:
            if _title_head_at(text, gap) and not token.startswith("لل"):
                return end  # another title begins: a chained post, not a complement
            end = cursor = _past_glue(text, token, word.end(), places)
            construct = False
            continue
        if construct:
            return _proper_genitive_end(text, gap, end)
        return end


def _past_place_word(text: str, end: int, places: Sequence[tuple[int, int]]) -> int:
    """Past a place word ("مدينة", "جهة", "إقليم") and the name after it: "عمدة مدينة
    مالقة الإسبانية", a place the gazetteer lacks, still names the post's territory."""
    following = WORD.match(text, skip(text, end))
    if (
        following is not None
        and _place_at(following.start(), places) is None
        and not following.group().startswith("ال")
        and following.group() not in STOPWORDS
        and not _title_head_at(text, following.start())
    ):
        return following.end()
    return end


def _past_glue(text: str, glue: str, end: int, places: Sequence[tuple[int, int]]) -> int:
    """Past a glue word; after "لدى" also past the superior's whole title ("كاتب الدولة
    لدى وزيرة إعداد التراب الوطني …": whose secretary of state this is)."""
    if glue in _TO_A_SUPERIOR:
        superior = title_at(text, skip(text, end, " "), places)
        if superior is not None:
            return superior.end
    return end


_TO_A_SUPERIOR = frozenset({"لدي"})
# Who accompanies an official, coordinated after the post: never its complement.
_COMPANY = frozenset({"الوفد", "الوفود"})
_MAX_GENITIVE_WORDS = 6  # "جامعة سيدي محمد بن عبد الله بفاس"


def _continues_genitive(text: str, token: str, end: int) -> bool:
    """Whether a word without the article continues a title's complement: ل + a verbal
    noun or و + a noun, each followed by a word with the article ("لإنعاش التشغيل",
    "وإصلاح الإدارة"); a given name never does ("وليد العلمي")."""
    if len(token) < _MIN_GLUED or not _article_word_after(text, end):
        return False
    if token[0] == "ل" and not token.startswith("لل"):
        return token[1:] not in GIVEN_NAMES
    return token[0] == "و" and token not in GIVEN_NAMES and token[1:] not in GIVEN_NAMES


_MIN_GLUED = 4  # letters in a glued word long enough to be a noun ("لدعم" and longer)


# A regnal number after a name ("جامعة الحسن الثاني", "مستشفى محمد الخامس"): the name is
# a body's, inside the complement, not the holder's.
_REGNAL = re.compile(rf" ال(?:{unit_words(feminine=False)})(?![{_LETTERS}])")


def _article_word_after(text: str, pos: int) -> bool:
    """Whether the word after ``pos`` has the article ("الحسن الثاني": a regnal name)."""
    return text.startswith(" ال", pos)


def _proper_genitive_end(text: str, start: int, end: int) -> int:
    """After a bare body noun, a proper name up to a comma is its genitive, not the
    holder's name: "رئيس جامعة محمد الأول، عبد العزيز …" (the name follows the comma)."""
    comma = text.find(",", start, start + 60)
    if comma < 0:
        return _genitive_before_name(text, start, end)
    words = text[start:comma].split()
    if not 1 <= len(words) <= _MAX_GENITIVE_WORDS or any(w in STOPWORDS for w in words):
        return end
    if any(not WORD.fullmatch(w) for w in words):
        return end
    return start + len(text[start:comma].rstrip())


def _genitive_before_name(text: str, start: int, end: int) -> int:
    """After a bare body noun and with no comma ahead, the words up to a known given name
    (the holder's) or up to the clause's end are the body's proper genitive:
    "المدير العام لوكالة تهيئة موقع بحيرة مارتشيكا أن …" names no one, and
    "رئيس جماعة تمصلوحت سعيد …" names "سعيد …". Undecided (too long a run, or a word
    that cannot be told apart) keeps ``end``: the name reader decides as before."""
    cursor = start
    last = end
    for _ in range(_MAX_GENITIVE_WORDS + 1):
        word = WORD.match(text, cursor)
        if word is None:
            return last  # punctuation or the text's end closes the genitive
        written = word.group()
        last_word = word.end()
        if written in GIVEN_NAMES or written == "عبد":
            regnal = _REGNAL.match(text, word.end())
            if regnal is None:
                return last  # the holder's name begins here
            last_word = regnal.end()  # "جامعة محمد الأول": the body's name
        elif written in STOPWORDS or _title_head_at(text, cursor) is not None:
            return last  # "… مارتشيكا أن": the clause goes on without a name
        last = last_word
        if not text.startswith(" ", last):
            return last
        cursor = last + 1
    return end


def _strip_prefix(text: str, pos: int) -> int:
    """Skip a one-letter proclitic (ب ل و ف) glued to a place name."""
    if pos < len(text) and text[pos] in "بلوف":
        return pos + 1
    return pos


def bare_name_at(
    text: str,
    pos: int,
    places: Sequence[tuple[int, int]],
    limit: int | None = None,
    names: frozenset[int] = frozenset(),
) -> PersonMention | None:
    """A name with no title at ``pos``, read only when it starts with a known given
    name, has two to four words, names no place and ends the clause (a comma, a full
    stop or the end of ``limit``). ``names``: as for :func:`name_at`."""
    limit = len(text) if limit is None else limit
    name = name_at(text, skip(text, pos, " ", limit), names=names)
    if name is None or name[1] > limit:
        return None
    words = text[name[0] : name[1]].split()
    if len(words) < 2 or (words[0] not in GIVEN_NAMES and words[0] != "عبد"):
        return None
    if any(s < name[1] and name[0] < e for s, e in places):
        return None
    after = skip(text, name[1], " ", limit)
    if after < limit and text[after] not in ",.:;\n":
        return None
    return PersonMention(name[0], name[1], name[0], name[1])


def name_at(
    text: str, pos: int, *, max_words: int = 4, names: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """A person's name starting at ``pos`` (after optional spaces/comma), or ``None``.

    ``names`` holds the starts of words that are names although they read as a
    stopword: search text spells the name "علي" like the preposition "على"."""
    tokens: list[tuple[int, int]] = []
    cursor = pos
    limit = max_words
    while len(tokens) < limit:
        gap = cursor
        while gap < len(text) and text[gap] == " ":
            gap += 1
        word = WORD.match(text, gap)
        if word is None:
            break
        token = word.group()
        if _ends_name(text, gap, token, tokens, names):
            break
        if token.startswith("لل") and token not in _LALLA:
            break  # "للمصادقة": ل + ال opens a phrase; "للا مريم" is an honorific
        if (
            not tokens
            and (token.startswith("ال") or (token[:1] == "و" and token[1:3] == "ال"))
            and token not in ARTICLED_GIVEN_NAMES
        ):
            return None
        if not tokens and token[:1] in "وف" and token[1:] in STOPWORDS:
            return None  # "رئيس مجلس الجهة، وعمال الأقاليم": the next item, not a name
        if tokens and token[:1] in "وف" and (token[1:3] == "ال" or token[1:] in STOPWORDS):
            break
        if len(token) < 2:
            break
        if token in _FILIATION:
            limit = max_words + 2  # "محمد فاضل ولد سيدي بابا": a lineage runs longer
        end = word.end()
        while text.startswith("-", end) and (part := WORD.match(text, end + 1)) is not None:
            end = part.end()  # a hyphenated family name: "الشرقاوي-بناني"
        tokens.append((word.start(), end))
        cursor = end
    if not tokens:
        return None
    return tokens[0][0], tokens[-1][1]


def _ends_name(
    text: str, gap: int, token: str, tokens: list[tuple[int, int]], names: frozenset[int]
) -> bool:
    """Whether ``token`` (at ``gap``) cannot be the next word of the name in ``tokens``:
    a stopword (unless it is a name per ``names``, or follows a lineage word as in
    "أيت بها", "بن علي") or the head of another title."""
    if token in STOPWORDS and gap not in names:
        return not tokens or text[tokens[-1][0] : tokens[-1][1]] not in _LINEAGE
    return bool(tokens) and _title_head_at(text, gap) is not None


# The honorific "للا"/"لالة" ("للا مريم"): a name word that begins like ل + noun.
_LALLA = frozenset({"للا", "لاله"})


_FILIATION = frozenset({"ولد", "بن", "ابن", "بنت", "اهل"})
_LINEAGE = _FILIATION | {"ايت", "اولاد"}


def _is_coordination(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` is و/ف + a noun that cannot start a name.

    "ومنتخبين", "والمنتخبين", "وممثلي", "ورئيس" coordinate another participant;
    "فريد" or "وليد" are names that merely begin with those letters.
    """
    word = WORD.match(text, pos)
    if word is None or word.group()[0] not in "وف":
        return False
    rest = word.group()[1:]
    return (
        rest.startswith("ال")
        or rest in STOPWORDS
        or rest.endswith(("ين", "ون", "ات"))
        or _title_head_at(text, pos) is not None
    )


def _skip_comma(text: str, pos: int) -> int:
    gap = pos
    while gap < len(text) and text[gap] == " ":
        gap += 1
    if gap < len(text) and text[gap] == ",":
        return gap + 1
    return pos


def mention_at(
    text: str,
    pos: int,
    places: Sequence[tuple[int, int]],
    *,
    limit: int | None = None,
    memo: TitleMemo | None = None,
) -> PersonMention | None:
    """A person mention beginning at ``pos``: titles then name, or name then titles.

    ``memo`` (made for ``text`` and ``places``) spares re-parsing titles already read,
    and says which stopword-like words are names (see :func:`name_at`).
    """
    limit = len(text) if limit is None else limit
    names = memo.names if memo is not None and memo.text is text else frozenset()
    gap = pos
    while gap < limit and text[gap] == " ":
        gap += 1
    honorific = _HONORIFIC.match(text, gap)
    feminine: bool | None = None
    if honorific is not None:
        feminine = honorific.group().endswith("ه")
        gap = honorific.end()
    titles = _titles_from(text, gap, places, limit, memo)
    if titles:
        # "… لإنعاش التشغيل والكفاءات (أنابيك)، السيد …": an acronym in parentheses
        paren = _PARENTHESIS.match(text, titles[-1].end)
        after = _skip_comma(text, paren.end() if paren is not None else titles[-1].end)
        if _is_coordination(text, skip(text, after)):
            # "رئيس المجلس ومنتخبين", "والي الجهة، ورئيسة مجلس الجهة، وبرلمانيو الإقليم":
            # a coordination (after a comma too), not the name
            return None
        after, feminine = _before_the_name(text, after, feminine, honoured=honorific is not None)
        name = name_at(text, after, names=names)
        if name is None:
            # "كاتبة الدولة لدى وزير …، المكلفة بالصناعة التقليدية، فلانة": the remit
            # in apposition between the title and the name
            remit = _REMIT.match(text, skip(text, after))
            if remit is not None and remit.end() <= limit:
                # "…، المكلف بالإسكان، السيد فلان": the honorific may follow the remit
                named, feminine = _before_the_name(
                    text, remit.end(), feminine, honoured=honorific is not None
                )
                name = name_at(text, named, names=names)
        if name is None and after != titles[-1].end:
            # "رئيس الفريق، المستشار البرلماني فلان": a second post in apposition,
            # then the name (only a parliamentary one: after a comma, another post
            # usually names another person)
            second = _titles_from(text, skip(text, after), places, limit, memo)
            if second and second[0].role in _APPOSED_POSTS:
                name = name_at(text, second[-1].end, names=names)
                titles = [*titles, *second]
        if name is None or name[1] > limit:
            return None
        start = honorific.start() if honorific else titles[0].start
        return PersonMention(name[0], name[1], start, name[1], tuple(titles), feminine)
    name = name_at(text, gap, names=names)
    if name is None or name[1] > limit:
        return None
    after = _skip_comma(text, name[1])
    # "عواطف حيار، وزيرة التضامن …": titles after the name and a comma; after an
    # honorific the comma may be left out ("السيد فلان رئيس المجلس").
    apposed = after != name[1] or honorific is not None
    trailing = _titles_from(text, after, places, limit, memo) if apposed else []
    if not trailing and honorific is None:
        return None  # a bare run of words is not known to be a name
    start = honorific.start() if honorific else name[0]
    end = trailing[-1].end if trailing else name[1]
    return PersonMention(name[0], name[1], start, end, tuple(trailing), feminine)


def _before_the_name(
    text: str, pos: int, feminine: bool | None, *, honoured: bool
) -> tuple[int, bool | None]:
    """Skip what may stand between a title and the name: an honorific ("عامل الإقليم،
    السيد فلان", unless one came before the title) and a title of degree ("المديرة
    الجهوية للصحة، الدكتورة فلانة"). Returns where the name may start and the gender
    they tell."""
    inner = None if honoured else _HONORIFIC.match(text, skip(text, pos))
    if inner is not None:
        feminine = inner.group().endswith("ه")
        pos = inner.end()
    degree = _DEGREE.match(text, skip(text, pos))
    if degree is not None:
        feminine = degree.group("d").endswith("ه") if feminine is None else feminine
        pos = degree.end()
    return pos, feminine


_APPOSED_POSTS = frozenset({"member_of_parliament"})
# Titles of degree or profession between a post and the name ("الدكتورة", "المهندس").
_DEGREE = re.compile(
    rf"(?:ال)?(?P<d>دكتور|دكتوره|استاذ|استاذه|مهندس|مهندسه|بروفيسور)(?![{_LETTERS}])"
)
_CHAINED = frozenset({"wali", "governor"})  # posts a governor's post may follow after a comma


_PARENTHESIS = re.compile(r" ?\([^()\n]{1,40}\)")
_REMIT = re.compile(r"(?:ال)?مكلف(?:ه)? ب[^,\n]{3,60},")


def _titles_from(
    text: str,
    pos: int,
    places: Sequence[tuple[int, int]],
    limit: int,
    memo: TitleMemo | None = None,
) -> list[TitleMatch]:
    """Consecutive titles from ``pos`` ("والي جهة … عامل إقليم …"), all before ``limit``.

    A wali's or governor's second post may follow a comma ("والي جهة الشرق، عامل
    عمالة وجدة أنجاد، فلان"): one person holds both, as the press writes it.
    """
    titles: list[TitleMatch] = []
    cursor = pos
    while True:
        nxt = cursor
        while nxt < limit and text[nxt] == " ":
            nxt += 1
        if titles and nxt < limit and text[nxt] == ",":
            title = _title(text, skip(text, nxt + 1, " ", limit), places, memo)
            if title is None or title.role != "governor" or titles[-1].role not in _CHAINED:
                return titles
        else:
            title = _title(text, nxt, places, memo)
        if title is None or title.end > limit:
            return titles
        titles.append(title)
        cursor = title.end


def _title_hints(text: str) -> list[int]:
    """Where the alternation of title stems matches, scanning left to right without
    overlaps (as ``re.finditer`` would), found with one ``str.find`` pass per stem:
    ``re`` would try the 21 stems at every letter that begins one of them."""
    first_stem_at: dict[int, int] = {}
    for stem in _TITLE_STEM_LIST:  # in alternation order: the first stem at a place wins
        for pos in find_all(text, stem):
            first_stem_at.setdefault(pos, len(stem))
    hints = []
    done = 0
    for pos in sorted(first_stem_at):
        if pos >= done:
            hints.append(pos)
            done = pos + first_stem_at[pos]
    return hints


def find_titles(
    text: str, places: Sequence[tuple[int, int]], memo: TitleMemo | None = None
) -> list[TitleMatch]:
    """Every title in ``text`` (used to find people named after a title)."""
    found: list[TitleMatch] = []
    end = 0
    for hint in _title_hints(text):
        # Back up over a glued و/ف/ال to the start of the word, then parse there.
        start = hint
        while start > 0 and text[start - 1] not in " ,.\n" and hint - start < 4:
            start -= 1
        if start < end:
            continue
        title = _title(text, start, places, memo)
        if title is not None:
            found.append(title)
            end = title.start
    return found


def honorifics(text: str) -> list[tuple[int, int]]:
    """Spans of "السيد"/"السيدة" (with glued prefixes) in ``text``."""
    return [m.span() for m in _HONORIFIC.finditer(text)]
