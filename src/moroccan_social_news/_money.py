"""Money in Moroccan Arabic news: a number, a currency, and how exact it is said to be.

The core, :func:`_find_amounts_normalized`, reads ``search``-normalised text and
returns :class:`AmountMatch` objects with spans in that text; :func:`find_amounts` and
:func:`parse_amount` take published text and report spans (and ``surface``) in it.

Recognised, on top of :mod:`moroccan_social_news._numbers`:

- currencies: درهم/دراهم/درهما، د.م.، DH/Dhs/MAD (``MAD``); أورو/يورو/€/EUR (``EUR``);
  دولار/دولارا/دولارات/$/USD (``USD``); the centime سنتيم (1/100 dirham in Moroccan
  usage, so "6 ملايير سنتيم" is 60,000,000 MAD);
- qualifiers before the amount: تصل إلى/في حدود/لا تتجاوز (upper bound), أزيد من/أكثر
  من/يفوق/ما يزيد عن/لا يقل عن (lower bound), حوالي/نحو/يناهز/قرابة/ما يقارب/زهاء and a
  following تقريبا (approximate);
- a range ("بين 20 و30 مليون درهم") as a lower and an upper bound;
- a restatement in parentheses ("20 مليون (عشرون مليون) درهم", "20 مليون درهم
  (20.000.000 درهم)") is read once; an amount in another currency in parentheses or
  after "أي ما يعادل" becomes :attr:`MonetaryAmount.equivalent`;
- the role of each amount in its sentence: a total (كلفة، تكلفة، غلاف مالي، ميزانية،
  إجمالي …, or an amount followed by its breakdown) or a part of one (منها، تساهم فيها
  الوزارة بـ، بمساهمة، حصة …, and the coordinated "والجهة بـ …" that follows a part),
  with the contributing party's words when the text names them.
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal

import attrs

from ._numbers import _SCALES, NumberMatch, _check_text, _find_numbers_normalized, _raw_span
from ._scan import LETTER_RANGE
from ._values import AmountQualifier, MonetaryAmount, Span

__all__ = ["AmountMatch", "AmountRole", "find_amounts", "parse_amount"]

_L = LETTER_RANGE
_NOT_L = rf"(?![{_L}])"
_WINDOW = 160  # characters looked at before an amount for its qualifier and role
_CENTIMES_PER_DIRHAM = Decimal(100)

_CURRENCY = re.compile(
    r" ?(?:"
    rf"(?P<MAD>(?:دراهم|درهما|درهم)(?: مغربي(?:ه|ا)?)?{_NOT_L}"
    r"|د\. ?م\.?|د\.م(?![.\w])|(?:DHS|Dhs|dhs|DH|Dh|dh|MAD)(?![A-Za-z]))"
    rf"|(?P<centimes>(?:سنتيمات|سنتيما|سنتيم){_NOT_L})"
    rf"|(?P<EUR>(?:اورو|يورو){_NOT_L}|€|(?:EUR|euros|euro|Euros|Euro)(?![A-Za-z]))"
    rf"|(?P<USD>(?:دولارات|دولارا|دولار)(?: امريكي(?:ه|ا)?)?{_NOT_L}"
    r"|US\$|\$|USD(?![A-Za-z]))"
    r")"
)
_RANGE_LINK = re.compile(r" ?(?:و|الي|حتي|-) ?")
_RANGE_OPEN = re.compile(rf"(?<![{_L}])(?:ما )?(?:بين|من) ?\Z")
_OPEN_PAREN = re.compile(r" ?[(\[] ?")
_CLOSE_PAREN = re.compile(r" ?[)\]]")
_EQUIV_OPEN = re.compile(
    r" ?[(\[] ?(?:اي )?(?:ما )?(?:[يت](?:عادل|ساوي) )?"
    r"(?:(?:حوالي|نحو|قرابه|زهاء|(?:ما )?[يت]ناهز|(?:ما )?[يت]قارب|ازيد من|اكثر من) ?)?"
    r"| ?[,-]? ?(?:اي )?ما [يت](?:عادل|ساوي) ?"
)
_APPROX_AFTER = re.compile(r" ?,? ?تقريبا" + _NOT_L)

_UPPER = (
    rf"(?:[تي]صل|وصلت|وصل)(?: [{_L}]{{2,15}}){{0,2}} (?:الي|حتي)"
    r"|في حدود|لا [تي](?:تجاوز|تعدي)|(?:ب|في |ك)حد اقصي"
)
_LOWER = (
    r"(?:ما )?(?:ازيد|اكثر) من|(?:ما )?[يت]فوق|(?:ما )?[يت]زيد (?:عن|علي)"
    r"|(?:ما )?لا [يت]قل (?:عن|علي)|(?:ب|ك)حد ادني"
)
_APPROX = r"حوالي|نحو|(?:ما )?[يت]ناهز|قرابه|(?:ما )?[يت]قارب|زهاء|تقريبا"
_QUALIFIER = re.compile(
    rf"(?<![{_L}])(?:و?ب|و)?(?:(?P<upper>{_UPPER})|(?P<lower>{_LOWER})|(?P<approx>{_APPROX}))"
    r" ?(?:ب|بمبلغ|مبلغ)? ?\Z"
)

_PART = (
    r"و?منها|من بينها|[تي]?ساهم(?:ت|وا|ان|تا)?|ب?مساهمه|(?:ال)?مساهمه|ب?حصه"
    r"|[تي]?تحمل(?:ت)?|[تي]?تكفل(?:ت)?"
)
_TOTAL = (
    r"(?:ال)?(?:كلف|تكلف)(?:ه|ته|تها|تهما)|(?:ال)?كلفه|غلاف|(?:ال)?ميزاني(?:ه|ته|تها)"
    r"|(?:ال)?اجمالي(?:ه)?|(?:ب|ال)?مجموع(?:ه|ها)?|(?:ال)?استثمار(?:ات)?"
)
_ROLE_MARKER = re.compile(rf"(?<![{_L}])[وبلف]?(?:(?P<part>{_PART})|(?P<total>{_TOTAL})){_NOT_L}")
_BREAKDOWN_AFTER = re.compile(
    r" ?,? ?(?:و?منها|من بينها|(?:[تي]|و)?ساهم(?:ت)? (?:فيها|فيه)|موزعه|مقسمه|[تي]توزع"
    r"|[تي]تقاسم)" + _NOT_L
)
_COORDINATED = re.compile(
    r" ?[,;]? ?و(?P<party>[^,;.()\n0-9]{2,60}?) ?(?:ب|بمبلغ|بقيمه|بحوالي|بنحو)? ?\Z"
)
_PAREN_SHARE = re.compile(r"(?:بين |و|, ?)(?P<party>[^,;.()\n0-9]{2,60}?) ?[(\[] ?\Z")
_PARTY = re.compile(
    r" ?(?:(?:فيها|فيه|بها|به|من|في تمويلها|في تمويله|كل من) )*"
    r"(?P<party>[^,;.()\n0-9]{2,80}?)"
    r" ?(?:ب|بمبلغ|بقيمه|بما قدره|قدرها|قدره|تبلغ|يبلغ|بحصه)? ?\Z"
)
_SENTENCE_END = re.compile(r"(?<![0-9د])\.(?![0-9م])|[!?;\n]")


class AmountRole(enum.Enum):
    """What an amount is in its sentence: a total, a part of one, or neither stated.

    Examples:
        >>> AmountRole("part") is AmountRole.PART
        True
    """

    TOTAL = "total"
    """Stated as a cost or total ("بكلفة إجمالية …"), or followed by its breakdown."""
    PART = "part"
    """A share of a total: "منها …", "تساهم فيها الوزارة بـ …", "بمساهمة …"."""
    UNSPECIFIED = "unspecified"
    """No cue either way."""


@attrs.frozen
class AmountMatch:
    """An amount of money found in text, with its span and its role in the sentence.

    Attributes:
        amount: The amount; its ``surface`` is the text of ``span``.
        span: Where the amount (number and currency) is in the searched text.
        role: Total, part of a total, or unspecified.
        party: For a part, the words naming who contributes it ("الوزارة"), if any.
        party_span: Where ``party`` is.

    Examples:
        >>> hits = find_amounts("بكلفة 20 مليون درهم، تساهم فيها الجهة بـ5 ملايين درهم")
        >>> [(str(h.amount.amount), h.role.value, h.party) for h in hits]
        [('20000000', 'total', None), ('5000000', 'part', 'الجهة')]
    """

    amount: MonetaryAmount
    span: Span
    role: AmountRole = AmountRole.UNSPECIFIED
    party: str | None = None
    party_span: Span | None = None

    @property
    def is_part(self) -> bool:
        """Whether the amount is a share of a total rather than a total."""
        return self.role is AmountRole.PART


@attrs.define
class _Raw:
    value: Decimal
    currency: str
    start: int
    end: int  # end of the currency word
    qualifier: AmountQualifier
    equivalent: MonetaryAmount | None = None


def _currency_at(ntext: str, pos: int) -> tuple[str, int] | None:
    m = _CURRENCY.match(ntext, pos)
    if m is None:
        return None
    kind = m.lastgroup
    assert kind is not None  # noqa: S101  # every alternative is a named group
    return kind, m.end()


def _qualifier_before(ntext: str, start: int) -> AmountQualifier:
    m = _QUALIFIER.search(ntext, max(0, start - 60), start)
    if m is None:
        return AmountQualifier.EXACT
    if m.group("upper") is not None:
        return AmountQualifier.UPPER_BOUND
    if m.group("lower") is not None:
        return AmountQualifier.LOWER_BOUND
    return AmountQualifier.APPROXIMATE


def _range_start(ntext: str, numbers: list[NumberMatch], i: int) -> _Raw | None:
    """The lower end of "بين 20 و30 مليون درهم" / "من 5 إلى 7 ملايين درهم", if ``i`` is one.

    The lower end borrows the currency (and, when it has none, the scale word) of the
    upper end, and is a lower bound; the upper end becomes an upper bound.
    """
    if i + 1 >= len(numbers):
        return None
    num, nxt = numbers[i], numbers[i + 1]
    link = _RANGE_LINK.match(ntext, num.span.end)
    if link is None or link.end() != nxt.span.start:
        return None
    if _RANGE_OPEN.search(ntext, max(0, num.span.start - 25), num.span.start) is None:
        return None
    cur = _currency_at(ntext, nxt.span.end)
    if cur is None:
        return None
    value = num.value
    if not num.scaled and nxt.scaled:
        last = nxt.surface.rsplit(" ", 1)[-1]
        value = value * _SCALES[last][0] if last in _SCALES else value
    kind = cur[0]
    if kind == "centimes":
        value, kind = value / _CENTIMES_PER_DIRHAM, "MAD"
        upper = nxt.value / _CENTIMES_PER_DIRHAM
    else:
        upper = nxt.value
    if value >= upper:
        return None
    return _Raw(_clean(value), kind, num.span.start, num.span.end, AmountQualifier.LOWER_BOUND)


def _raw_amounts(ntext: str, numbers: list[NumberMatch]) -> list[_Raw]:
    found: list[_Raw] = []
    upper_end = False  # the previous number opened a range: this one closes it
    i = 0
    while i < len(numbers):
        num = numbers[i]
        pos = num.span.end
        skip = 0
        # "20 مليون (عشرون مليون) درهم": the same number again in parentheses.
        if i + 1 < len(numbers):
            nxt = numbers[i + 1]
            opened = _OPEN_PAREN.match(ntext, pos)
            if opened is not None and opened.end() == nxt.span.start and nxt.value == num.value:
                closed = _CLOSE_PAREN.match(ntext, nxt.span.end)
                if closed is not None:
                    pos, skip = closed.end(), 1
        cur = _currency_at(ntext, pos)
        if cur is None:
            lower = _range_start(ntext, numbers, i)
            if lower is not None:
                found.append(lower)
            upper_end = lower is not None
            i += 1
            continue
        kind, end = cur
        value, currency = num.value, kind
        if kind == "centimes":
            value, currency = value / _CENTIMES_PER_DIRHAM, "MAD"
        qualifier = _qualifier_before(ntext, num.span.start)
        if qualifier is AmountQualifier.EXACT and _APPROX_AFTER.match(ntext, end):
            qualifier = AmountQualifier.APPROXIMATE
        if upper_end and qualifier is AmountQualifier.EXACT:
            qualifier = AmountQualifier.UPPER_BOUND
        found.append(_Raw(_clean(value), currency, num.span.start, end, qualifier))
        upper_end = False
        i += 1 + skip
    return found


def _clean(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _merge_equivalents(ntext: str, raws: list[_Raw]) -> list[_Raw]:
    """Fold "(… ما يعادل 2 مليون أورو)" and same-value restatements into the amount before."""
    out: list[_Raw] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        if i + 1 < len(raws):
            b = raws[i + 1]
            opened = _EQUIV_OPEN.match(ntext, a.end)
            if opened is not None and opened.end() == b.start:
                in_paren = opened.group().strip(" ,-").startswith(("(", "["))
                closed = _CLOSE_PAREN.match(ntext, b.end)
                if not in_paren or closed is not None:
                    same = b.currency == a.currency
                    if same and b.value == a.value:
                        out.append(a)
                        i += 2
                        continue
                    if not same:
                        a.equivalent = MonetaryAmount(
                            b.value, b.currency, b.qualifier, surface=ntext[b.start : b.end]
                        )
                        out.append(a)
                        i += 2
                        continue
        out.append(a)
        i += 1
    return out


def _sentence_start(ntext: str, pos: int, floor: int) -> int:
    start = floor
    for m in _SENTENCE_END.finditer(ntext, floor, pos):
        start = m.end()
    return start


def _party(ntext: str, start: int, end: int) -> tuple[str, Span] | None:
    m = _PARTY.match(ntext, start, end)
    if m is None:
        return None
    s, e = m.span("party")
    words = ntext[s:e].split()
    if not words or len(words) > 8:
        return None
    return ntext[s:e], Span(s, e)


_BACK_REFERENCE = re.compile(r" ?(?:فيها|فيه|منها|منه)" + _NOT_L)


@attrs.frozen
class _Role:
    role: AmountRole
    party: tuple[str, Span] | None
    refers_back: bool  # "منها", "تساهم فيها": a part of an amount stated before it
    sentence: int


def _role_of(ntext: str, raw: _Raw, prev_end: int, prev_role: AmountRole) -> _Role:
    sentence = _sentence_start(ntext, raw.start, max(0, raw.start - _WINDOW))
    lo = max(sentence, prev_end)
    marker = None
    for marker in _ROLE_MARKER.finditer(ntext, lo, raw.start):  # noqa: B007  # keep the last
        pass
    qual = _QUALIFIER.search(ntext, max(lo, raw.start - 60), raw.start)
    cut = qual.start() if qual is not None else raw.start
    if marker is not None and marker.group("part") is not None:
        party = _party(ntext, marker.end(), cut) if marker.end() < cut else None
        refers_back = marker.group("part").endswith(("منها", "بينها")) or bool(
            _BACK_REFERENCE.match(ntext, marker.end())
        )
        return _Role(AmountRole.PART, party, refers_back, sentence)
    if marker is not None:
        return _Role(AmountRole.TOTAL, None, False, sentence)
    if prev_end > sentence and prev_role is AmountRole.PART:
        coordinated = _COORDINATED.match(ntext, lo, cut)
        if coordinated is not None:
            s, e = coordinated.span("party")
            return _Role(AmountRole.PART, (ntext[s:e], Span(s, e)), False, sentence)
    if prev_end > sentence and prev_role is not AmountRole.UNSPECIFIED:
        # "تتوزع بين الوزارة (40 مليون درهم) والجهة (20 مليون درهم)"
        shares = _PAREN_SHARE.search(ntext, lo, cut)
        if shares is not None:
            s, e = shares.span("party")
            return _Role(AmountRole.PART, (ntext[s:e], Span(s, e)), True, sentence)
    if _BREAKDOWN_AFTER.match(ntext, raw.end):
        return _Role(AmountRole.TOTAL, None, False, sentence)
    return _Role(AmountRole.UNSPECIFIED, None, False, sentence)


def _roles(ntext: str, raws: list[_Raw]) -> list[AmountMatch]:
    roles: list[_Role] = []
    prev_end, prev_role = 0, AmountRole.UNSPECIFIED
    for raw in raws:
        roles.append(_role_of(ntext, raw, prev_end, prev_role))
        prev_end, prev_role = raw.end, roles[-1].role
    # "رصد 200 مليون درهم برسم ميزانية 2023، منها 50 مليون": an amount whose breakdown
    # follows later in the same sentence is a total.
    for i in range(len(roles) - 1):
        nxt = roles[i + 1]
        if (
            roles[i].role is AmountRole.UNSPECIFIED
            and nxt.refers_back
            and nxt.sentence <= raws[i].start
        ):
            roles[i] = attrs.evolve(roles[i], role=AmountRole.TOTAL)
    out = []
    for raw, r in zip(raws, roles, strict=True):
        amount = MonetaryAmount(
            raw.value,
            raw.currency,
            raw.qualifier,
            surface=ntext[raw.start : raw.end],
            equivalent=raw.equivalent,
        )
        party, party_span = r.party if r.party is not None else (None, None)
        out.append(AmountMatch(amount, Span(raw.start, raw.end), r.role, party, party_span))
    return out


def _find_amounts_normalized(ntext: str) -> list[AmountMatch]:
    """Every amount of money in ``search``-normalised text, spans in that text, in order."""
    numbers = _find_numbers_normalized(ntext)
    if not numbers:
        return []
    raws = _merge_equivalents(ntext, _raw_amounts(ntext, numbers))
    return _roles(ntext, raws)


def find_amounts(text: str) -> list[AmountMatch]:
    """Every amount of money in published text, in order, with spans in that text.

    Each match says whether the sentence presents it as a total or as a part of one,
    so that an extractor can tell a total cost from the contributions to it.

    Examples:
        >>> text = "بغلاف مالي يناهز 6 ملايير سنتيم (حوالي 5,5 مليون أورو)"
        >>> hit = find_amounts(text)[0]
        >>> print(hit.amount, hit.amount.qualifier.value, hit.role.value)
        60,000,000 MAD approximate total
        >>> print(hit.amount.surface, "=", hit.amount.equivalent)
        6 ملايير سنتيم = 5,500,000 EUR
    """
    from ._normalize import normalize_with_offsets

    norm = normalize_with_offsets(_check_text(text), preset="search")
    out = []
    for hit in _find_amounts_normalized(norm.text):
        span = _raw_span(norm, text, hit.span.start, hit.span.end)
        equivalent = hit.amount.equivalent
        if equivalent is not None and equivalent.surface is not None:
            found = norm.text.find(equivalent.surface, hit.span.end)
            if found >= 0:
                esp = _raw_span(norm, text, found, found + len(equivalent.surface))
                equivalent = attrs.evolve(equivalent, surface=esp.text(text))
        amount = attrs.evolve(hit.amount, surface=span.text(text), equivalent=equivalent)
        party, party_span = hit.party, hit.party_span
        if party_span is not None:
            party_span = _raw_span(norm, text, party_span.start, party_span.end)
            party = party_span.text(text)
        out.append(attrs.evolve(hit, amount=amount, span=span, party=party, party_span=party_span))
    return out


def parse_amount(text: str) -> MonetaryAmount | None:
    """The first amount of money in ``text``, or ``None`` if it states none.

    Examples:
        >>> parse_amount("6 ملايير سنتيم")
        MonetaryAmount(amount=Decimal('60000000'), currency='MAD')
        >>> parse_amount("بكلفة إجمالية تصل إلى 20 مليون درهم").qualifier
        <AmountQualifier.UPPER_BOUND: 'upper_bound'>
        >>> parse_amount("30 في المائة من المستفيدين") is None
        True
    """
    found = find_amounts(text)
    return found[0].amount if found else None
