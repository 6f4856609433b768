"""Properties of normalisation on arbitrary text: idempotence, never raising, exact offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import moroccan_social_news as msn
from moroccan_social_news._normalize import _EditAlignment, _preset, _TablePlan

PRESETS = ("display", "search", "strict")

# Characters the steps care about, mixed with Arabic letters, Latin, emoji, combining
# marks of other scripts, RTL/LTR controls and line breaks.
_INTERESTING = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    "أإآٱىةؤئء"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0670\u06d6\u06ed\u0640"
    "٠١٢٩۰۴۹٫٬،؛؟“”«»„‟″‘’–—‒−‐"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2066\u2069\ufeff\u061c\u00ad"
    " \t\u00a0\u2009\u3000\r\n"
    "ﻻﻷﻹﻵﻼﷲﷺ\ufdfa\ufe72\ufc5e\ufcf2"
    "abcXYZ019.,-é\u0301😀🇲🇦"
)
texts = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
    st.text(alphabet=st.sampled_from(_INTERESTING), max_size=60),
)
presets = st.sampled_from(PRESETS)


@given(texts, presets)
def test_idempotent_and_offsets_text_equal(text: str, preset: str) -> None:
    once = msn.normalize(text, preset=preset)
    assert msn.normalize(once, preset=preset) == once
    assert msn.normalize_with_offsets(text, preset=preset).text == once


@given(texts, presets)
def test_original_spans_in_bounds_monotone_and_untouched_identical(text: str, preset: str) -> None:
    res = msn.normalize_with_offsets(text, preset=preset)
    keys = set(_preset(preset)._plans[0].table)  # type: ignore[union-attr]
    n, o = len(res.text), len(text)
    previous = (0, 0)
    for i in range(n + 1):
        s, e = res.original_span(i, i)
        assert 0 <= s == e <= o
        assert s >= previous[0]
        previous = (s, e)
    for i in range(n):
        s, e = res.original_span(i, i + 1)
        assert 0 <= s < e <= o
        if e - s == 1 and text[s] not in keys:
            assert res.text[i] == text[s]  # characters no step touched come back identical
        assert res.normalized_span(s, e)[0] <= i < res.normalized_span(s, e)[1]
    for i in range(n):
        for j in range(i, min(n, i + 6) + 1):
            s, e = res.original_span(i, j)
            assert (s, e) >= res.original_span(i, i)
            assert e <= res.original_span(j, j)[0] or i == j or e <= o


@given(texts, presets)
def test_span_maps_to_text_that_normalises_back(text: str, preset: str) -> None:
    res = msn.normalize_with_offsets(text, preset=preset)
    words = res.text.split(" ")
    start = 0
    for word in words:
        end = start + len(word)
        s, e = res.original_span(start, end)
        # The original slice normalises to the word (or, when a ligature expanded to
        # several words, to text containing it).
        if "\n" not in word and "\r" not in word and word.strip():
            assert word.strip(" ") in msn.normalize(text[s:e], preset=preset)
        start = end + 1


@given(texts)
def test_fast_and_general_alignments_agree(text: str) -> None:
    plan = _preset("search")._plans[0]
    assert isinstance(plan, _TablePlan)
    out, edits = plan.apply_with_edits(text)
    general = msn.NormalizedText(text, out, _EditAlignment(edits, len(text)))
    fast = msn.normalize_with_offsets(text)
    assert fast.text == general.text
    for i in range(len(out) + 1):
        for j in range(i, min(len(out), i + 4) + 1):
            assert fast.original_span(i, j) == general.original_span(i, j)
    for i in range(len(text) + 1):
        assert fast.normalized_span(i, len(text)) == general.normalized_span(i, len(text))


@given(texts, st.lists(st.sampled_from(sorted(msn.normalization_steps())), max_size=5))
def test_any_step_list_never_raises_and_aligns_in_bounds(text: str, names: list[str]) -> None:
    normalizer = msn.Normalizer([*names, str.strip])
    res = normalizer.with_offsets(text)
    assert res.text == normalizer(text)
    n, o = len(res.text), len(text)
    last = 0
    for i in range(n + 1):
        s, e = res.original_span(i, n)
        assert 0 <= s <= e <= o
        assert s >= last
        last = s
