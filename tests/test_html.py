"""HTML for notebooks: parsed back with html.parser, never compared as strings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from conftest import SEED_ID
from html_checks import Page

import moroccan_social_news as msn
from moroccan_social_news import (
    Agreement,
    AgreementKind,
    AmountQualifier,
    AttendanceMode,
    Beneficiary,
    DatePrecision,
    Evidence,
    ExtractionResult,
    Meeting,
    MeetingKind,
    MonetaryAmount,
    Participation,
    Person,
    Role,
    Span,
    Weekday,
)

# Our own text: a meeting and an agreement, with markup-like characters to escape.
TEXT = (
    "عقد، الاثنين، بمدينة الرشيدية اجتماع تنسيقي <script>alert('x')</script> "
    'برئاسة الوالي سعيد & "رفاقه"، وتم توقيع اتفاقية شراكة بكلفة 5 ملايين درهم.'
)


def spans_of(text: str, fragment: str) -> Span:
    start = text.index(fragment)
    return Span(start, start + len(fragment))


def page_of(markup: str) -> Page:
    page = Page(markup)
    assert page.errors == []
    return page


def assert_marks_cover_evidence(page: Page, text: str, expected: dict[str, list[Span]]) -> None:
    """Every span has marks whose joined text is exactly the span's text, and no others."""
    found = page.mark_texts()
    want = {
        (title, f"{s.start}:{s.end}"): text[s.start : s.end]
        for title, spans in expected.items()
        for s in spans
    }
    assert found == want


@pytest.fixture(scope="module")
def seed_result() -> ExtractionResult:
    return msn.extract(msn.load_article(SEED_ID))


def test_seed_result_marks_every_span_with_its_field_path(seed_result: ExtractionResult) -> None:
    article = msn.load_article(SEED_ID)
    page = page_of(seed_result._repr_html_())
    expected: dict[str, list[Span]] = {}
    for i, meeting in enumerate(seed_result.meetings):
        for field, spans in meeting.evidence.items():
            expected[f"meetings[{i}].{field}"] = list(spans)
    for j, agreement in enumerate(seed_result.agreements):
        for field, spans in agreement.evidence.items():
            expected[f"agreements[{j}].{field}"] = list(spans)
    assert len(expected) > 40  # the seed's meeting and agreement are richly evidenced
    assert_marks_cover_evidence(page, article.text, expected)
    # The text is there in full, unaltered, before the cards.
    assert article.text in page.text
    # Nested spans (the region inside the place) are nested marks, not crossed tags.
    assert page.mark_texts()[("meetings[0].region", "25:44")] == "جهة كلميم – واد نون"


def test_seed_result_is_right_to_left_and_carries_the_cards(
    seed_result: ExtractionResult,
) -> None:
    page = page_of(msn.to_html(seed_result, msn.load_article(SEED_ID)))
    root_tag, root = page.tags[0]
    assert (root_tag, root.get("dir"), root.get("lang")) == ("div", "rtl", "ar")
    cards = [a for tag, a in page.tags if "msn-card" in (a.get("class") or "")]
    assert [c["class"] for c in cards] == ["msn-card msn-meeting", "msn-card msn-agreement"]
    assert all((c.get("dir"), c.get("lang")) == ("rtl", "ar") for c in cards)
    for fact in ("عواطف حيار", "MA-10", "hybrid", "≤ 20,000,000 MAD", "upper_bound", "women"):
        assert fact in page.text


def test_markup_in_the_text_and_in_records_is_escaped() -> None:
    weekday, kind = spans_of(TEXT, "الاثنين"), spans_of(TEXT, "اجتماع تنسيقي")
    script = spans_of(TEXT, "<script>alert('x')</script>")
    quoted = spans_of(TEXT, 'سعيد & "رفاقه"')
    meeting = Meeting(
        MeetingKind.COORDINATION_MEETING,
        weekday=Weekday.MONDAY,
        topic="<script>alert('topic')</script>",
        chair=Participation(Role.CHAIR, Person('<b onclick="x">سعيد</b>')),
        evidence=Evidence(
            {"weekday": (weekday,), "kind": (kind,), "topic": (script,), "chair": (quoted,)}
        ),
    )
    markup = msn.to_html(ExtractionResult(None, meetings=(meeting,)), TEXT)
    page = page_of(markup)
    assert page.names().isdisjoint({"script", "b"})
    assert "<script>" not in markup
    assert not any("onclick" in attributes for _, attributes in page.tags)
    assert TEXT in page.text  # shown as text, exactly
    assert "<script>alert('topic')</script>" in page.text
    assert '<b onclick="x">سعيد</b>' in page.text
    assert_marks_cover_evidence(
        page,
        TEXT,
        {
            "meetings[0].weekday": [weekday],
            "meetings[0].kind": [kind],
            "meetings[0].topic": [script],
            "meetings[0].chair": [quoted],
        },
    )


# Overlapping spans that cross rather than nest, identical spans, an empty span and a
# span touching both ends: each case must still give well-formed HTML whose marks
# cover exactly the evidence.
CROSSING = [
    {"kind": [Span(0, 10)], "topic": [Span(5, 15)]},  # cross
    {"kind": [Span(0, 10)], "topic": [Span(0, 10)]},  # identical
    {"kind": [Span(3, 3)], "topic": [Span(0, 6)]},  # empty, inside another
    {"kind": [Span(0, 20)], "topic": [Span(2, 8), Span(6, 18)], "place": [Span(7, 25)]},
    {"kind": [Span(0, len(TEXT))], "topic": [Span(len(TEXT) - 4, len(TEXT))]},  # both ends
]


@pytest.mark.parametrize("evidence", CROSSING)
def test_overlapping_spans_give_well_formed_html(evidence: dict[str, list[Span]]) -> None:
    meeting = Meeting(
        MeetingKind.OTHER, evidence=Evidence({k: tuple(v) for k, v in evidence.items()})
    )
    page = page_of(msn.to_html(meeting, TEXT))
    assert_marks_cover_evidence(page, TEXT, evidence)
    assert TEXT in page.text


def test_meeting_card_states_what_when_where_who_and_how_much() -> None:
    region = msn.region("MA-08")
    agreement = Agreement(
        AgreementKind.CONVENTION,
        total_cost=MonetaryAmount(
            Decimal("60000000"), "MAD", AmountQualifier.LOWER_BOUND, surface="6 ملايير سنتيم"
        ),
        beneficiaries=(Beneficiary.CHILDREN, Beneficiary.ELDERLY),
        purpose="دعم التمدرس",
        region=region,
    )
    meeting = Meeting(
        MeetingKind.WORKING_MEETING,
        weekday=Weekday.TUESDAY,
        date=dt.date(2024, 3, 12),
        date_precision=DatePrecision.DAY,
        region=region,
        attendance_mode=AttendanceMode.ONLINE,
        ordinal=3,
        chair=Participation(Role.CHAIR, Person("سعيد الرشيدي")),
        participants=(Participation(Role.ATTENDEE, group="منتخبين"),),
        agreements=(agreement,),
    )
    page = page_of(msn.to_html(meeting))
    assert page.marks == []  # no text given: the card alone
    for fact in (
        "working_meeting",
        "الثلاثاء",
        "2024-03-12",
        region.name_ar,
        "MA-08",
        "online",
        "3",
        "سعيد الرشيدي",
        "منتخبين",
        "≥ 60,000,000 MAD",
        "lower_bound",
        "6 ملايير سنتيم",
    ):
        assert fact in page.text, fact
    agreement_page = page_of(msn.to_html(agreement))
    for fact in ("convention", "دعم التمدرس", "children", "elderly", "MA-08"):
        assert fact in agreement_page.text, fact
    labels = [page.text for page in (page_of(agreement._repr_html_()),)]
    assert "purpose" in labels[0]


def test_rows_without_a_value_are_left_out() -> None:
    page = page_of(msn.to_html(Agreement(AgreementKind.OTHER)))
    labels = [a for tag, a in page.tags if tag == "th"]
    assert len(labels) == 1  # kind only: nothing is invented for empty fields
    assert "total cost" not in page.text


def test_result_without_text_shows_the_cards_only() -> None:
    # Not a shipped id: Jupyter has no text to mark, so it shows the cards.
    meeting = Meeting(MeetingKind.LAUNCH, "mine", evidence=Evidence({"kind": (Span(0, 4),)}))
    result = ExtractionResult("mine", meetings=(meeting,))
    page = page_of(result._repr_html_())
    assert page.marks == []
    assert "launch" in page.text
    assert page_of(msn.to_html(ExtractionResult(None))).marks == []


def test_repr_of_a_meeting_from_a_shipped_article_marks_it_in_a_closed_details(
    seed_result: ExtractionResult,
) -> None:
    page = page_of(seed_result.meetings[0]._repr_html_())
    details = [a for tag, a in page.tags if tag == "details"]
    assert details == [{"class": "msn-text"}]  # collapsed: the card comes first
    assert ("weekday", "7:12") in page.mark_texts()
    # Its agreement's evidence is marked under the meeting's field path.
    assert ("agreements[0].total_cost", "2535:2548") in page.mark_texts()


def test_repr_falls_back_to_cards_when_spans_do_not_fit_the_shipped_text() -> None:
    far = Span(10_000, 10_010)
    meeting = Meeting(MeetingKind.OTHER, SEED_ID, evidence=Evidence({"kind": (far,)}))
    page = page_of(ExtractionResult(SEED_ID, meetings=(meeting,))._repr_html_())
    assert page.marks == []
    assert "cards only" in page.text
    assert page_of(meeting._repr_html_()).marks == []


def test_errors_name_the_problem() -> None:
    meeting = Meeting(MeetingKind.OTHER, evidence=Evidence({"kind": (Span(0, 50),)}))
    with pytest.raises(ValueError, match=r"'kind' does not fit in a text of 5 chars"):
        msn.to_html(meeting, "قصير.")
    with pytest.raises(TypeError, match="takes a Meeting, an Agreement or an ExtractionResult"):
        msn.to_html("نص")  # type: ignore[arg-type]  # deliberately wrong type: the test
    with pytest.raises(TypeError, match=r"text must be .* \(got bytes\)"):
        msn.to_html(meeting, b"x")  # type: ignore[arg-type]  # deliberately wrong type: the test
    other = msn.Article(id="other", text="نص آخر")
    mine = Meeting(MeetingKind.OTHER, "mine")
    with pytest.raises(
        ValueError, match="from article 'mine', but the text given is article 'other'"
    ):
        msn.to_html(mine, other)
