"""Properties of the HTML rendering: any evidence gives well-formed, exactly-marked HTML."""

from __future__ import annotations

from html_checks import Page
from hypothesis import given
from hypothesis import strategies as st

import moroccan_social_news as msn
from moroccan_social_news import Evidence, ExtractionResult, Meeting, MeetingKind, Span

# Arabic letters, markup characters, entities and line breaks.
texts = st.text(alphabet="ابتجدهوزح <>&\"'/;\n\r\u200f", min_size=1, max_size=60)
FIELDS = ("kind", "topic", "place", "region", "weekday", "chair", "chair.person")


@st.composite
def texts_and_evidence(draw: st.DrawFn) -> tuple[str, dict[str, tuple[Span, ...]]]:
    text = draw(texts)
    n = len(text)
    spans = st.tuples(st.integers(0, n), st.integers(0, n)).map(lambda p: Span(*sorted(p)))
    fields = draw(st.lists(st.sampled_from(FIELDS), unique=True, max_size=len(FIELDS)))
    evidence = {
        f: tuple(draw(st.lists(spans, min_size=1, max_size=3, unique=True))) for f in fields
    }
    return text, evidence


@given(texts_and_evidence())
def test_marks_nest_and_cover_exactly_the_evidence(
    case: tuple[str, dict[str, tuple[Span, ...]]],
) -> None:
    text, evidence = case
    result = ExtractionResult(
        None, meetings=(Meeting(MeetingKind.OTHER, evidence=Evidence(evidence)),)
    )
    page = Page(msn.to_html(result, text))
    assert page.errors == []
    assert text.replace("\r", "\n") in page.text.replace("\r", "\n")
    expected = {
        (f"meetings[0].{field}", f"{s.start}:{s.end}"): text[s.start : s.end]
        for field, spans in Evidence(evidence).items()
        for s in spans
    }
    found = page.mark_texts()
    assert found == expected
