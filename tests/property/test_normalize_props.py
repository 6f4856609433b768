"""Properties of normalisation on arbitrary text: idempotence, never raising, exact offsets."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

import moroccan_social_news as msn
from moroccan_social_news import _charmaps as cm
from moroccan_social_news._normalize import (
    _compose,
    _EditAlignment,
    _no_edits,
    _preset,
    _TablePlan,
)

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
# Letters that compose with a following mark (ا و ي ە ہ ے, Latin vowels, a Hangul
# leading consonant and syllable), their precomposed forms, Arabic marks U+064B-U+065F
# and U+0670 (U+0653-U+0655 compose), Latin combining marks U+0300-U+036F, vowel and
# trailing Hangul jamo, and what steps delete or map between them (tatweel, invisible
# controls, presentation forms, some of which hold marks: U+FE7D, U+FC5E).
_COMPOSING = (
    "اويەہےبل" + "أإآؤئۀۂۓ" + "aeoucnAEOÅ" + "éüñçåǘ" + "\u1100\u1161\u11a8\uac00"
    "\u0640\u200b\u200d\u2069\u00a0  "
    "\ufe8d\ufef3\ufefb\ufe7d\ufc5e\ufe72\u212b"
    + "".join(map(chr, range(0x064B, 0x0660)))
    + "\u0670"
    + "".join(map(chr, range(0x0300, 0x0370)))
)
composing_texts = st.text(alphabet=st.sampled_from(_COMPOSING), max_size=40)
texts = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
    st.text(alphabet=st.sampled_from(_INTERESTING), max_size=60),
    composing_texts,
)
presets = st.sampled_from(PRESETS)
# What composition may change besides the tables: marks (reordered) and characters
# that compose or decompose.
_NFC_TOUCHED = frozenset("".join(cm.composition_classes()))


def _table_plan(preset: str) -> _TablePlan:
    """The one fused table plan of a preset (between its two composition passes)."""
    (plan,) = (p for p in _preset(preset)._plans if isinstance(p, _TablePlan))
    return plan


@given(st.one_of(composing_texts, texts), presets)
def test_canonically_equivalent_texts_normalise_the_same(text: str, preset: str) -> None:
    decomposed = unicodedata.normalize("NFD", text)
    composed = unicodedata.normalize("NFC", text)
    expected = msn.normalize(composed, preset=preset)
    assert msn.normalize(decomposed, preset=preset) == expected
    assert msn.normalize(text, preset=preset) == expected
    assert msn.normalize_with_offsets(decomposed, preset=preset).text == expected
    assert unicodedata.is_normalized("NFC", expected)  # every preset's output is NFC
    # The fused call (composition skipped where the table makes it moot) equals the
    # passes one after the other.
    out = decomposed
    for plan in _preset(preset)._plans:
        out = plan.apply(out)
    assert out == expected


@given(composing_texts, presets)
def test_composed_characters_map_back_to_their_base_and_marks(text: str, preset: str) -> None:
    res = msn.normalize_with_offsets(text, preset=preset)
    for i in range(len(res.text)):
        s, e = res.original_span(i, i + 1)
        assert 0 <= s < e <= len(text)
        # The original characters a normalised one came from normalise to text that
        # holds it (an NFC segment maps back whole: base and all its marks).
        assert res.text[i] in msn.normalize(text[s:e], preset=preset), (i, s, e)


@given(texts, presets)
def test_idempotent_and_offsets_text_equal(text: str, preset: str) -> None:
    once = msn.normalize(text, preset=preset)
    assert msn.normalize(once, preset=preset) == once
    assert msn.normalize_with_offsets(text, preset=preset).text == once


@given(texts, presets)
def test_original_spans_in_bounds_monotone_and_untouched_identical(text: str, preset: str) -> None:
    res = msn.normalize_with_offsets(text, preset=preset)
    keys = set(_table_plan(preset).table) | _NFC_TOUCHED
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
    # The general path: every pass's edits composed into one list.
    out, edits, composed = text, _no_edits(), False
    for plan in _preset("search")._plans:
        out, step_edits = plan.apply_with_edits(out)
        composed |= not isinstance(plan, _TablePlan) and bool(step_edits[0])
        edits = _compose(edits, step_edits)
    general = msn.NormalizedText(text, out, _EditAlignment(edits, max(len(text), len(out))))
    fast = msn.normalize_with_offsets(text)  # byte mask, chained with composition edits
    assert fast.text == general.text
    for i in range(len(out) + 1):
        for j in range(i, min(len(out), i + 4) + 1):
            if not composed:
                assert fast.original_span(i, j) == general.original_span(i, j)
            elif i < j:  # merging the passes' edits into one list may only make spans coarser
                (s, e), (gs, ge) = fast.original_span(i, j), general.original_span(i, j)
                assert gs <= s <= e <= ge
    for i in range(len(text) + 1):
        if not composed:
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
