"""HTML for Jupyter: right-to-left cards for records and the article with its evidence marked.

The domain model stays format-free: its ``_repr_html_`` methods import this module
lazily and delegate to it. Everything from the text or a record is escaped; spans of
evidence become ``<mark title="field path">`` elements, split where spans overlap so
that the HTML is always well formed (each fragment carries ``data-span="start:end"``
of the whole span it belongs to).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from ._article import Article
from ._errors import ArgumentTypeError, InvalidValueError
from ._model import (
    Agreement,
    ExtractionResult,
    Meeting,
    Organization,
    Participation,
    Person,
    Place,
    Programme,
    Quote,
    Region,
    Strategy,
)
from ._values import AmountQualifier, MonetaryAmount

if TYPE_CHECKING:
    from ._model import Evidence

__all__ = ["to_html"]

_MEETING_MARK = "background:rgba(250,204,21,.35)"
_AGREEMENT_MARK = "background:rgba(34,211,238,.3)"
_CARD = (
    "border:1px solid #d0d7de;border-radius:6px;padding:6px 10px;margin:6px 0;"
    "text-align:right;unicode-bidi:plaintext"
)
_LABEL = "padding:1px 0 1px 12px;color:#57606a;font-weight:normal;vertical-align:top"
_QUALIFIER_SIGN = {
    AmountQualifier.EXACT: "",
    AmountQualifier.APPROXIMATE: "≈ ",
    AmountQualifier.UPPER_BOUND: "≤ ",
    AmountQualifier.LOWER_BOUND: "≥ ",
}


class _Mark(NamedTuple):
    start: int
    end: int
    title: str
    style: str


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _ltr(value: object) -> str:
    """Latin text (codes, numbers) isolated inside right-to-left content."""
    return f'<bdi dir="ltr"><code>{_esc(value)}</code></bdi>'


# --------------------------------------------------------------------------- values


def _money(amount: MonetaryAmount) -> str:
    out = f'<bdi dir="ltr">{_QUALIFIER_SIGN[amount.qualifier]}{_esc(amount)}</bdi>'
    if amount.qualifier is not AmountQualifier.EXACT:
        out += f" ({_ltr(amount.qualifier.value)})"
    if amount.equivalent is not None:
        out += f" = {_money(amount.equivalent)}"
    if amount.surface:
        out += f" «{_esc(amount.surface)}»"
    return out


def _region(region: Region) -> str:
    return f"{_esc(region.name_ar)} {_ltr(region.code)}"


def _place(place: Place) -> str:
    out = f"{_esc(place.name)} ({_ltr(place.kind.value)})"
    if place.region is not None:
        out += f"، {_region(place.region)}"
    return out


def _organization(org: Organization) -> str:
    out = _esc(org.name)
    if org.acronym:
        out += f" ({_ltr(org.acronym)})"
    return out


def _person(person: Person) -> str:
    return f"<strong>{_esc(person.name)}</strong>"


def _participation(p: Participation) -> str:
    who = _person(p.person) if p.person is not None else _esc(p.group)
    if p.group_kind is not None:
        who += f" ({_ltr(p.group_kind.value)})"
    if p.posts:
        who += "، " + "، ".join(_esc(post.title) for post in p.posts)
    if p.on_behalf_of is not None:
        who += f"، نيابة عن {_person(p.on_behalf_of)}"
    return who


def _items(values: Iterable[str]) -> str:
    """A bulleted list, or ``""`` for no values (so the row is left out)."""
    values = list(values)
    if not values:
        return ""
    return (
        '<ul style="margin:0;padding-right:1.2em">'
        + "".join(f"<li>{v}</li>" for v in values)
        + "</ul>"
    )


def _rows(rows: Sequence[tuple[str, str]]) -> str:
    body = "".join(
        f'<tr><th scope="row" dir="ltr" lang="en" style="{_LABEL}">{_esc(label)}</th>'
        f"<td>{value}</td></tr>"
        for label, value in rows
    )
    return f'<table style="border-collapse:collapse;margin:0">{body}</table>'


def _card(kind: str, title: str, rows: Sequence[tuple[str, str]], extra: str = "") -> str:
    head = (
        f'<div dir="ltr" lang="en" style="font-size:smaller;color:#57606a">{_esc(kind)}</div>'
        f"<div><strong>{title}</strong></div>"
    )
    return (
        f'<div class="msn-card msn-{_esc(kind.lower())}" dir="rtl" lang="ar" style="{_CARD}">'
        f"{head}{_rows(rows)}{extra}</div>"
    )


# --------------------------------------------------------------------------- cards


def _agreement_summary(a: Agreement) -> str:
    out = _ltr(a.kind.value)
    if a.total_cost is not None:
        out += f": {_money(a.total_cost)}"
    return out


def _when(m: Meeting) -> str:
    when = []
    if m.weekday is not None:
        when.append(f"{_esc(m.weekday.arabic)} ({_ltr(m.weekday.value)})")
    if m.date is not None:
        precision = f" ({_ltr(m.date_precision.value)})" if m.date_precision else ""
        when.append(_ltr(m.date.isoformat()) + precision)
    return "، ".join(when)


def _strategy(strategy: Strategy) -> str:
    out = _esc(strategy.name)
    if strategy.period is not None:
        out += f" {_ltr(f'{strategy.period.start}-{strategy.period.end}')}"
    if strategy.pillars:
        out += _items(_esc(p) for p in strategy.pillars)
    return out


def _programme(programme: Programme) -> str:
    out = _esc(programme.name)
    if programme.members:
        out += ": " + "، ".join(_organization(o) for o in programme.members)
    return out


def _quote(quote: Quote) -> str:
    speaker = f" — {_person(quote.speaker)}" if quote.speaker is not None else ""
    return f"«{_esc(quote.text)}»{speaker}"


def _present(rows: Sequence[tuple[str, str | None]]) -> list[tuple[str, str]]:
    """The rows that have a value: a card shows what the record states, nothing else."""
    return [(label, value) for label, value in rows if value]


def _meeting_rows(m: Meeting) -> list[tuple[str, str]]:
    return _present(
        [
            ("kind", _ltr(m.kind.value)),
            ("when", _when(m)),
            ("place", _place(m.place) if m.place else None),
            ("region", _region(m.region) if m.region else None),
            ("chair", _participation(m.chair) if m.chair else None),
            ("participants", _items(map(_participation, m.participants))),
            ("attendance", _ltr(m.attendance_mode.value) if m.attendance_mode else None),
            ("ordinal", _ltr(m.ordinal) if m.ordinal is not None else None),
            ("topic", _esc(m.topic) if m.topic else None),
            ("strategy", _strategy(m.strategy) if m.strategy else None),
            ("programmes", _items(map(_programme, m.programmes))),
            ("quotes", _items(map(_quote, m.quotes))),
            ("agreements", _items(map(_agreement_summary, m.agreements))),
            ("article", _ltr(m.article_id) if m.article_id else None),
        ]
    )


def _agreement_rows(a: Agreement) -> list[tuple[str, str]]:
    return _present(
        [
            ("kind", _ltr(a.kind.value)),
            ("total cost", _money(a.total_cost) if a.total_cost else None),
            (
                "contributions",
                _items(f"{_esc(c.party_name)}: {_money(c.amount)}" for c in a.contributions),
            ),
            ("purpose", _esc(a.purpose) if a.purpose else None),
            ("beneficiaries", "، ".join(_ltr(b.value) for b in a.beneficiaries)),
            ("region", _region(a.region) if a.region else None),
            ("parties", _items(map(_organization, a.parties))),
            ("article", _ltr(a.article_id) if a.article_id else None),
        ]
    )


def _meeting_card(m: Meeting, extra: str = "") -> str:
    return _card("Meeting", _esc(m.kind.value.replace("_", " ")), _meeting_rows(m), extra)


def _agreement_card(a: Agreement, extra: str = "") -> str:
    return _card("Agreement", _esc(a.kind.value.replace("_", " ")), _agreement_rows(a), extra)


# --------------------------------------------------------------------------- evidence


def _marks(evidence: Evidence, prefix: str, style: str) -> list[_Mark]:
    return [
        _Mark(span.start, span.end, prefix + field, style)
        for field, spans in evidence.items()
        for span in spans
    ]


def _record_marks(record: Meeting | Agreement, prefix: str = "") -> list[_Mark]:
    if isinstance(record, Agreement):
        return _marks(record.evidence, prefix, _AGREEMENT_MARK)
    marks = _marks(record.evidence, prefix, _MEETING_MARK)
    for k, agreement in enumerate(record.agreements):
        marks += _marks(agreement.evidence, f"{prefix}agreements[{k}].", _AGREEMENT_MARK)
    return marks


def _result_marks(result: ExtractionResult) -> list[_Mark]:
    # A meeting's agreements are also in result.agreements: mark them once, from there.
    marks = [
        mark
        for i, m in enumerate(result.meetings)
        for mark in _marks(m.evidence, f"meetings[{i}].", _MEETING_MARK)
    ]
    for j, a in enumerate(result.agreements):
        marks += _marks(a.evidence, f"agreements[{j}].", _AGREEMENT_MARK)
    return marks


def _open(mark: _Mark) -> str:
    return (
        f'<mark class="msn-evidence" title="{_esc(mark.title)}" '
        f'data-span="{mark.start}:{mark.end}" style="{mark.style}">'
    )


def _highlight(text: str, marks: Sequence[_Mark]) -> str:
    """``text`` escaped, with every mark's span wrapped in ``<mark>`` (split where needed).

    Spans are opened outermost first; when a span ends while spans opened after it
    are still open, those are closed and reopened around the end tag, so the tags
    always nest.
    """
    for mark in marks:
        if mark.end > len(text):
            raise InvalidValueError(
                f"evidence span {mark.start}:{mark.end} of {mark.title!r} does not fit in a "
                f"text of {len(text)} chars; pass the text the record was extracted from"
            )
    starts: dict[int, list[int]] = {}
    for i in sorted(range(len(marks)), key=lambda i: (marks[i].start, -marks[i].end, i)):
        starts.setdefault(marks[i].start, []).append(i)
    bounds = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    out: list[str] = []
    stack: list[int] = []
    for k, pos in enumerate(bounds):
        if any(marks[i].end == pos for i in stack):
            reopen = []
            while any(marks[i].end == pos for i in stack):
                i = stack.pop()
                out.append("</mark>")
                if marks[i].end != pos:
                    reopen.append(i)
            for i in sorted(reopen, key=lambda i: -marks[i].end):
                out.append(_open(marks[i]))
                stack.append(i)
        for i in starts.get(pos, ()):
            out.append(_open(marks[i]))
            if marks[i].end == pos:  # an empty span: an empty mark, kept in place
                out.append("</mark>")
            else:
                stack.append(i)
        if k + 1 < len(bounds):
            out.append(html.escape(text[pos : bounds[k + 1]], quote=False))
    return "".join(out)


def _text_block(text: str, marks: Sequence[_Mark], *, open_: bool, article_id: str | None) -> str:
    label = "article text with evidence" + (f" ({article_id})" if article_id else "")
    body = _highlight(text, marks)
    return (
        f'<details class="msn-text"{" open" if open_ else ""}>'
        f'<summary dir="ltr" lang="en">{_esc(label)}</summary>'
        f'<div dir="rtl" lang="ar" style="white-space:pre-wrap;text-align:right;'
        f'unicode-bidi:plaintext;line-height:1.8">{body}</div></details>'
    )


# --------------------------------------------------------------------------- public


def _text_of(obj: Meeting | Agreement | ExtractionResult, text: str | Article) -> str:
    if isinstance(text, Article):
        if obj.article_id is not None and obj.article_id != text.id:
            raise InvalidValueError(
                f"the {type(obj).__name__} is from article {obj.article_id!r}, "
                f"but the text given is article {text.id!r}"
            )
        return text.text
    if isinstance(text, str):
        return text
    raise ArgumentTypeError(
        f"text must be the article's published text (a str), an Article or None "
        f"(got {type(text).__name__})"
    )


def to_html(obj: Meeting | Agreement | ExtractionResult, text: str | Article | None = None) -> str:
    """Render a record as right-to-left HTML, with its evidence marked in the article text.

    Why: notebooks and web pages show what was read *and where*. A meeting or an
    agreement becomes a compact card (what, when, where, who, how much); an
    :class:`ExtractionResult` becomes the article text, with every evidence span in a
    ``<mark title="meetings[0].chair.person">``, followed by the cards. Without
    ``text`` only the cards are drawn. Jupyter calls the same code through the
    records' ``_repr_html_``, which finds the text itself for shipped articles.

    Args:
        obj: A :class:`Meeting`, :class:`Agreement` or :class:`ExtractionResult`.
        text: The published text the record was read from (or its :class:`Article`).

    Raises:
        TypeError: ``obj`` or ``text`` is of another type.
        ValueError: an evidence span does not fit in ``text``, or ``text`` is an
            Article whose id differs from the record's ``article_id``.

    Examples:
        >>> import moroccan_social_news as msn
        >>> text = "انعقد، الخميس، بمقر عمالة إنزكان آيت ملول اجتماع تنسيقي برئاسة عامل الإقليم."
        >>> res = msn.extract(text)
        >>> page = msn.to_html(res, text)
        >>> '<mark class="msn-evidence" title="meetings[0].weekday" data-span="7:13"' in page
        True
        >>> 'dir="rtl"' in msn.to_html(res.meetings[0])
        True
    """
    if not isinstance(obj, (Meeting, Agreement, ExtractionResult)):
        raise ArgumentTypeError(
            f"to_html() takes a Meeting, an Agreement or an ExtractionResult "
            f"(got {type(obj).__name__})"
        )
    source = None if text is None else _text_of(obj, text)
    if isinstance(obj, ExtractionResult):
        return _result_html(obj, source)
    block = ""
    if source is not None:
        block = _text_block(source, _record_marks(obj), open_=False, article_id=obj.article_id)
    if isinstance(obj, Meeting):
        return _meeting_card(obj, block)
    return _agreement_card(obj, block)


def _result_html(result: ExtractionResult, text: str | None, note: str = "") -> str:
    counts = f"{len(result.meetings)} meeting(s), {len(result.agreements)} agreement(s)"
    head = (result.article_id + " · " if result.article_id else "") + counts
    parts = [f'<div dir="ltr" lang="en" style="font-size:smaller;color:#57606a">{_esc(head)}']
    if note:
        parts.append(f" · {_esc(note)}")
    parts.append("</div>")
    if text is not None:
        parts.append(
            _text_block(text, _result_marks(result), open_=True, article_id=result.article_id)
        )
    parts.extend(_meeting_card(m) for m in result.meetings)
    parts.extend(_agreement_card(a) for a in result.agreements)
    return f'<div class="msn-result" dir="rtl" lang="ar">{"".join(parts)}</div>'


def _shipped_text(article_id: str | None) -> str | None:
    from ._data import article_ids, load_article

    if article_id is None or article_id not in article_ids():
        return None
    return load_article(article_id).text


def repr_html(obj: Meeting | Agreement | ExtractionResult) -> str:
    """What Jupyter shows: :func:`to_html`, with the text of a shipped article if known.

    A record from a shipped article is drawn with its evidence marked; if its spans
    do not fit that text (the record came from another text under the same id),
    the cards are drawn alone with a note rather than failing in the notebook.
    """
    text = _shipped_text(obj.article_id)
    if text is None:
        return to_html(obj)
    try:
        return to_html(obj, text)
    except ValueError:
        note = "evidence spans do not fit the shipped article; cards only"
        if isinstance(obj, ExtractionResult):
            return _result_html(obj, None, note)
        return to_html(obj)
