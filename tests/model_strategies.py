"""Hypothesis strategies for every domain-model and value class.

Importable from any test (``tests/`` is on the path): ``from model_strategies
import meetings``. Every strategy yields only valid instances; sizes are small so
properties stay fast.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs
from hypothesis import strategies as st

from moroccan_social_news import (
    Agreement,
    AgreementKind,
    AmountQualifier,
    AttendanceMode,
    Beneficiary,
    Contribution,
    DatePrecision,
    Evidence,
    ExtractionResult,
    Gender,
    Meeting,
    MeetingKind,
    MonetaryAmount,
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
    Region,
    Role,
    Span,
    Strategy,
    Weekday,
    YearRange,
)

__all__ = [
    "STRATEGIES",
    "agreements",
    "extraction_results",
    "meetings",
]

_ARABIC = st.characters(min_codepoint=0x0621, max_codepoint=0x064A)
_PUNCT = st.sampled_from(" –-،.0123456789\u0640\u200f")

#: Non-blank text: mostly Arabic with spaces and dashes, sometimes any Unicode.
texts = st.one_of(
    st.text(st.one_of(_ARABIC, _PUNCT), min_size=1, max_size=12),
    st.text(min_size=1, max_size=8),
).filter(lambda s: re.search(r"\S", s) is not None)
optional_texts = st.none() | texts

spans = st.tuples(st.integers(0, 100_000), st.integers(0, 100_000)).map(
    lambda ab: Span(min(ab), max(ab))
)
year_ranges = st.tuples(st.integers(1000, 9999), st.integers(1000, 9999)).map(
    lambda ab: YearRange(min(ab), max(ab))
)
_amounts = st.decimals(min_value=0, max_value=10**15, allow_nan=False, allow_infinity=False)
_currencies = st.sampled_from(["MAD", "EUR", "USD"]) | st.from_regex(r"[A-Z]{3}", fullmatch=True)


def _money(equivalent: st.SearchStrategy[MonetaryAmount | None]) -> Any:
    return st.builds(
        MonetaryAmount,
        amount=_amounts,
        currency=_currencies,
        qualifier=st.sampled_from(AmountQualifier),
        surface=st.none() | st.text(max_size=10),
        equivalent=equivalent,
    )


monetary_amounts = _money(st.none() | _money(st.none()))

regions = st.builds(
    Region,
    code=st.sampled_from([f"MA-{i:02d}" for i in range(1, 13)]),
    name_ar=texts,
    name_fr=texts,
    name_en=texts,
)
places = st.builds(Place, texts, st.sampled_from(PlaceKind), st.none() | regions)
organizations = st.builds(
    Organization,
    name=texts,
    kind=st.sampled_from(OrganizationKind),
    name_fr=optional_texts,
    acronym=optional_texts,
    id=optional_texts,
    region=st.none() | regions,
)
persons = st.builds(Person, texts, st.none() | st.sampled_from(Gender))
posts = st.builds(
    Post,
    role=st.sampled_from(PostRole),
    title=texts,
    organization=st.none() | organizations,
    region=st.none() | regions,
    place=st.none() | places,
)
participations = st.one_of(
    st.builds(
        Participation,
        role=st.sampled_from(Role),
        person=persons,
        posts=st.lists(posts, max_size=2).map(tuple),
        on_behalf_of=st.none() | persons,
    ),
    st.builds(
        Participation,
        role=st.sampled_from(Role),
        group=texts,
        group_kind=st.none() | st.sampled_from(ParticipantGroup),
    ),
)
quotes = st.builds(Quote, texts, st.none() | persons)
strategies_ = st.builds(
    Strategy,
    name=texts,
    period=st.none() | year_ranges,
    pillars=st.lists(texts, max_size=4).map(tuple),
    organization=st.none() | organizations,
)
programmes = st.builds(
    Programme,
    name=texts,
    description=optional_texts,
    members=st.lists(organizations, max_size=3, unique=True).map(tuple),
)
contributions = st.builds(
    Contribution, st.none() | organizations, st.none() | texts, monetary_amounts
)


def _evidence_for(cls: type) -> st.SearchStrategy[Evidence]:
    heads = st.sampled_from([a.name for a in attrs.fields(cls)])
    tails = st.from_regex(r"(\[[0-9]{1,2}\])?(\.[a-z_]{1,6}(\[[0-9]\])?)?", fullmatch=True)
    paths = st.builds(lambda h, t: h + t, heads, tails)
    return st.dictionaries(
        paths, st.lists(spans, min_size=1, max_size=3).map(tuple), max_size=4
    ).map(Evidence)


evidences = st.dictionaries(
    st.from_regex(r"[a-z_]{1,8}(\[[0-9]{1,2}\])?(\.[a-z_]{1,6})?", fullmatch=True),
    st.lists(spans, min_size=1, max_size=3).map(tuple),
    max_size=4,
).map(Evidence)


def _agreements(article_id: st.SearchStrategy[str | None]) -> Any:
    return st.builds(
        Agreement,
        kind=st.sampled_from(AgreementKind),
        article_id=article_id,
        total_cost=st.none() | monetary_amounts,
        contributions=st.lists(contributions, max_size=2).map(tuple),
        purpose=optional_texts,
        beneficiaries=st.lists(st.sampled_from(Beneficiary), max_size=3, unique=True).map(tuple),
        region=st.none() | regions,
        parties=st.lists(organizations, max_size=2, unique=True).map(tuple),
        evidence=_evidence_for(Agreement),
    )


agreements = _agreements(optional_texts)


@st.composite
def _meetings(draw: st.DrawFn, article_id: str | None = None, *, any_id: bool = True) -> Meeting:
    own_id = draw(optional_texts) if any_id else draw(st.sampled_from([None, article_id]))
    date = draw(st.none() | st.dates(dt.date(1956, 1, 1), dt.date(2100, 12, 31)))
    precision = None if date is None else draw(st.none() | st.sampled_from(DatePrecision))
    if date is not None and precision in (None, DatePrecision.DAY):
        weekday = draw(st.sampled_from([None, Weekday.from_date(date)]))
    else:
        weekday = draw(st.none() | st.sampled_from(Weekday))
    agreement_ids = st.sampled_from([None, own_id]) if own_id is not None else st.none()
    return Meeting(
        kind=draw(st.sampled_from(MeetingKind)),
        article_id=own_id,
        weekday=weekday,
        date=date,
        date_precision=precision,
        region=draw(st.none() | regions),
        place=draw(st.none() | places),
        attendance_mode=draw(st.none() | st.sampled_from(AttendanceMode)),
        ordinal=draw(st.none() | st.integers(1, 50)),
        chair=draw(st.none() | participations),
        participants=tuple(draw(st.lists(participations, max_size=3))),
        strategy=draw(st.none() | strategies_),
        programmes=tuple(draw(st.lists(programmes, max_size=2))),
        quotes=tuple(draw(st.lists(quotes, max_size=2))),
        agreements=tuple(draw(st.lists(_agreements(agreement_ids), max_size=2))),
        topic=draw(optional_texts),
        evidence=draw(_evidence_for(Meeting)),
    )


meetings = _meetings()


@st.composite
def _extraction_results(draw: st.DrawFn) -> ExtractionResult:
    article_id = draw(optional_texts)
    ids = st.sampled_from([None, article_id])
    found = tuple(draw(st.lists(_meetings(article_id, any_id=False), max_size=2)))
    signed = [a for m in found for a in m.agreements]
    others = draw(st.lists(_agreements(ids), max_size=2))
    return ExtractionResult(article_id, meetings=found, agreements=(*signed, *others))


extraction_results = _extraction_results()

#: One strategy per record class that the serialiser accepts.
STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    Span: spans,
    YearRange: year_ranges,
    MonetaryAmount: monetary_amounts,
    Region: regions,
    Place: places,
    Organization: organizations,
    Person: persons,
    Post: posts,
    Participation: participations,
    Quote: quotes,
    Strategy: strategies_,
    Programme: programmes,
    Contribution: contributions,
    Evidence: evidences,
    Agreement: agreements,
    Meeting: meetings,
    ExtractionResult: extraction_results,
}
