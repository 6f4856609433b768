"""Properties of gazetteer lookups: spans are sound, and a name is found wherever it is put."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import moroccan_social_news as msn
from moroccan_social_news._model import PlaceKind

# Ordinary words that name no place, body or title; joined with assorted separators.
FILLER = ["اللقاء", "حول", "برنامج", "الدعم", "في", "مع", "وقد", "أكد", "النساء", "الأطفال"]
SEPARATORS = [" ", "  ", "، ", ". ", "\n", " – ", "\u0640 "]
DESIGNATOR = {
    PlaceKind.REGION: "جهة",
    PlaceKind.PROVINCE: "إقليم",
    PlaceKind.PREFECTURE: "عمالة",
    PlaceKind.CITY: "مدينة",
    PlaceKind.ARRONDISSEMENT_PREFECTURE: "عمالة مقاطعات",
}
ENTRIES = msn.gazetteer_entries()

texts = st.lists(
    st.one_of(
        st.sampled_from(FILLER),
        st.sampled_from([e.name_ar for e in ENTRIES]),
        st.sampled_from(["ب", "ل", "و", "وب"]).map(lambda p: p + "الحسيمة"),
        st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآءؤئ ـًٌٍَُِّْ-–", max_size=8),
    ),
    max_size=12,
).flatmap(
    lambda words: st.lists(
        st.sampled_from(SEPARATORS), min_size=len(words), max_size=len(words)
    ).map(lambda seps: "".join(w + s for w, s in zip(words, seps, strict=True)))
)


@given(texts)
def test_spans_are_ordered_disjoint_and_inside_the_text(text: str) -> None:
    end = 0
    for found in msn.find_places(text):
        assert end <= found.start < found.end <= len(text)
        assert found.place.name == text[found.start : found.end]
        end = found.end
    end = 0
    for org in msn.find_organizations(text):
        assert end <= org.start < org.end <= len(text)
        end = org.end


@given(
    st.sampled_from(ENTRIES),
    st.lists(st.sampled_from(FILLER), max_size=4),
    st.lists(st.sampled_from(FILLER), max_size=4),
    st.sampled_from(SEPARATORS[:2]),
)
def test_a_designated_name_is_found_where_it_is_put(
    entry: msn.GazetteerEntry, before: list[str], after: list[str], sep: str
) -> None:
    name = f"{DESIGNATOR[entry.kind]} {entry.name_ar}"
    prefix = sep.join([*before, ""])
    text = prefix + name + sep.join(["", *after])
    found = list(msn.find_places(text))
    assert [(m.entry.id, m.start, m.end) for m in found] == [
        (entry.id, len(prefix), len(prefix) + len(name))
    ]
