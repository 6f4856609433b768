"""Tests of the normalisation steps, presets and offsets (``_normalize``, ``_charmaps``)."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from pyarabic import araby, trans

import moroccan_social_news as msn
from moroccan_social_news import _charmaps as cm
from moroccan_social_news._normalize import _EditAlignment, _preset, _TablePlan

_untyped: Any = msn  # to call the API with wrong types on purpose

# (input, expected) for the `search` preset, as fixed by MODEL_SPEC section A.
SEARCH_CASES = [
    ("وضعيىة", "وضعييه"),
    ("الإلتقائية", "الالتقائيه"),
    ("20 مليون درهم", "20 مليون درهم"),
    ("حيار", "حيار"),
    ("كلميم – واد نون", "كلميم - واد نون"),
    ("ﻻ يمكن", "لا يمكن"),  # presentation-form ligature -> two letters
    ("ﻷول مرة", "لاول مره"),  # ﻷ keeps its hamza through NFKC, then alef is unified
    ("العـــربية", "العربيه"),  # tatweel
    ("الْعَرَبِيَّةُ", "العربيه"),  # harakat and shadda
    ("رَحْمٰن", "رحمن"),  # superscript alef U+0670 is a diacritic, not an alef
    ("ٱلقرآن", "القران"),  # alef wasla and madda
    ("مسؤول قائد", "مسؤول قائد"),  # hamza carriers are KEPT by search
    ("٢٠٢١-۲۰۲۶", "2021-2026"),  # Arabic-Indic and Persian digits
    ("٣٫٥ و١٬٠٠٠", "3.5 و1,000"),  # Arabic decimal and thousands separators
    ("نعم، لا؛ لماذا؟", "نعم, لا; لماذا?"),
    ("«قال» “نعم” ‘لا’", '"قال" "نعم" \'لا\''),
    ("أ—ب‒ج−د‐ه", "ا-ب-ج-د-ه"),
    ("كلمة\u200fأخرى\u200b", "كلمهاخري"),  # invisible controls removed (no space added)
    ("\u202bنص\u202c \u2067x\u2069", "نص x"),  # bidi embeddings and isolates
    ("a\u00a0\u00a0b\tc\u2009d", "a b c d"),  # NBSP, tab, thin space; runs collapse
    ("سطر   أول\r\nسطر\n\nثان", "سطر اول\r\nسطر\n\nثان"),  # line breaks kept
    ("Rabat SALE", "Rabat SALE"),  # Latin case kept
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), SEARCH_CASES)
def test_search_preset(text: str, expected: str) -> None:
    assert msn.normalize(text) == expected
    assert msn.normalize(text, preset="search") == expected
    assert msn.normalize_with_offsets(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مسؤول قائد", "مسءول قاءد"),  # the only difference from search
        ("أَسْئِلَة", "اسءله"),
    ],
)
def test_strict_preset(text: str, expected: str) -> None:
    assert msn.normalize(text, preset="strict") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الْعَرَبِيَّةُ", "الْعَرَبِيَّةُ"),  # display never changes letters or marks
        ("أحمد إلى المدرسة ٢٠٢٤، نعم؟", "أحمد إلى المدرسة ٢٠٢٤، نعم؟"),
        ("ﻻ   بد «هنا»", 'لا بد "هنا"'),
        ("نص\u200fنص\u00a0– نص", "نصنص - نص"),
    ],
)
def test_display_preset(text: str, expected: str) -> None:
    assert msn.normalize(text, preset="display") == expected


# (decomposed input, its precomposed equivalent, display, search, strict): canonically
# equivalent inputs give the same output under every preset.
NFC_CASES = [
    ("x\u064a\u0654", "x\u0626", "xئ", "xئ", "xء"),  # yeh + hamza above = ئ
    ("x\u0648\u0654", "x\u0624", "xؤ", "xؤ", "xء"),  # waw + hamza above = ؤ
    ("x\u0627\u0653", "x\u0622", "xآ", "xا", "xا"),  # alef + madda above = آ
    ("x\u0627\u0654", "x\u0623", "xأ", "xا", "xا"),  # alef + hamza above = أ
    ("x\u0627\u0655", "x\u0625", "xإ", "xا", "xا"),  # alef + hamza below = إ
    ("e\u0301lu", "\u00e9lu", "élu", "élu", "élu"),  # Latin: e + acute = é
    # Hamza above after a fatha still composes (the fatha does not block it); search
    # then strips the fatha.
    ("\u0627\u064e\u0654", "\u0623\u064e", "\u0623\u064e", "ا", "ا"),
    # Shadda typed before the fatha: NFC puts the marks in canonical order.
    ("ب\u0651\u064e", "ب\u064e\u0651", "ب\u064e\u0651", "ب", "ب"),
]


@pytest.mark.parametrize(("decomposed", "composed", "display", "search", "strict"), NFC_CASES)
def test_canonically_equivalent_inputs_normalise_the_same(
    decomposed: str, composed: str, display: str, search: str, strict: str
) -> None:
    for text in (decomposed, composed):
        assert msn.normalize(text, preset="display") == display
        assert msn.normalize(text, preset="search") == search
        assert msn.normalize(text, preset="strict") == strict
        assert msn.normalize_with_offsets(text, preset="strict").text == strict


@pytest.mark.parametrize(
    ("text", "preset", "expected"),
    [
        # A presentation form becomes its letter first, then composes (NFKC order).
        ("\ufef3\u0654", "search", "ئ"),  # yeh initial form + hamza above
        ("\ufefb\u0654", "display", "لأ"),  # lam-alef ligature + hamza above
        ("\ufe7d\u064e", "display", "\u0640\u064e\u0651"),  # shadda form + fatha: reordered
        # A deletion that brings a letter and its mark together: `recompose` composes
        # them, so normalising twice changes nothing.
        ("e\u200b\u0301", "display", "é"),
        ("e\u0640\u0301", "search", "é"),
        ("e\u0653\u0301", "search", "é"),  # U+0653 blocks the acute until it is stripped
        ("\u212b", "display", "\u00c5"),  # ANGSTROM SIGN is canonically Å
        ("ﻻ يمكن", "display", "لا يمكن"),  # compatibility only for presentation forms
        ("x\u2026 \ufb01", "search", "x\u2026 \ufb01"),  # … and ﬁ are not Arabic forms
    ],
)
def test_composition_details(text: str, preset: str, expected: str) -> None:
    assert msn.normalize(text, preset=preset) == expected
    assert msn.normalize(expected, preset=preset) == expected


def test_composed_letter_maps_back_to_its_base_and_mark() -> None:
    text = "قال \u064a\u0654\u064e\u0633 وَ\u0654"
    res = msn.normalize_with_offsets(text, preset="display")
    assert res.text == "قال ئَس ؤَ"
    hamza = res.text.index("ئ")
    assert res.original_span(hamza, hamza + 1) == (4, 6)  # yeh and hamza above
    assert res.original_span(hamza + 1, hamza + 2) == (6, 7)  # the fatha kept its place
    assert res.original_span(hamza + 2, hamza + 3) == (7, 8)  # seen: untouched
    assert res.original_span(0, 3) == (0, 3)
    assert res.normalized_span(4, 5) == (4, 5)  # the yeh alone: the letter it is part of
    assert res.normalized_span(9, 12) == (8, 10)  # waw, fatha, hamza -> ؤَ
    strict = msn.normalize_with_offsets(text, preset="strict")
    assert strict.text == "قال ءس ء"
    s, e = strict.original_span(4, 6)
    assert text[s:e] == "\u064a\u0654\u064e\u0633"


def test_composition_classes() -> None:
    marks, unstable = cm.composition_classes()
    assert "\u064e" in marks  # fatha: reordered, never composed
    assert "\u064e" not in unstable
    assert {"\u0653", "\u0654", "\u0655", "\u0301"} <= set(unstable) & set(marks)
    assert {"\u1161", "\u11a8", "\u0b3e"} <= set(unstable)  # class 0, still compose
    assert {"\u212b", "\u0958", "\uf900"} <= set(unstable)  # NFC replaces them
    assert not {"ا", "ي", "ئ", "\u0640", "e", "é"} & set(marks + unstable)


def test_nfc_costs_one_check_on_text_in_nfc() -> None:
    from moroccan_social_news._normalize import _ComposePlan

    plan = _ComposePlan(cm.presentation_forms_table())
    text = "كِتابٌ ﻻ جديدٌ " * 10_000
    assert plan.apply(text) is text  # nothing rebuilt
    assert plan.apply_with_edits(text)[1] == ([], [], [], [])
    res = msn.normalize_with_offsets(text, preset="display")
    assert type(res._alignment).__name__ == "_MaskAlignment"  # no chained alignment


def test_long_text_composes_across_chunks() -> None:
    # Segments found in several 65,536-character chunks, cut only before safe characters.
    part = "ا\u064e" * 40_000 + "\u064a\u0654" + "e\u0301" * 30_000
    text = part + "\u0651\u064e" * 3 + part
    expected = msn.normalize(unicodedata.normalize("NFC", text), preset="display")
    res = msn.normalize_with_offsets(text, preset="display")
    assert res.text == expected == msn.normalize(text, preset="display")
    hamza = res.text.index("ئ")
    assert res.original_span(hamza, hamza + 1) == (80_000, 80_002)
    # search composes only the chunks its fast path does not cover (here: the ones
    # with U+0654 or U+0301), and gives what the passes one by one give.
    for preset in ("search", "strict"):
        out = text + "😀"
        for plan in _preset(preset)._plans:
            out = plan.apply(out)
        assert msn.normalize(text + "😀", preset=preset) == out
        assert msn.normalize_with_offsets(text, preset=preset).text == msn.normalize(
            text, preset=preset
        )


def test_spec_patterns_match_in_search_spelling() -> None:
    text = "توقيع اتفاقية شراكة لفائدة الأشخاص في وضعية إعاقة"
    normalized = msn.normalize(text)
    assert "اتفاقيه شراكه" in normalized
    assert "الاشخاص في وضعيه اعاقه" in normalized


def test_seed_article_search_touches_only_what_the_spec_says() -> None:
    text = msn.load_article("000_f74c56cb0e906b4f").text
    out = msn.normalize(text)
    assert not {"،", "–", "ة"} & set(out)
    assert out.count("\n") == text.count("\n")
    assert len(out) == len(text)  # the seed has nothing to delete or collapse


def test_steps_listing_is_read_only_and_documented() -> None:
    steps = msn.normalization_steps()
    assert list(steps)[:2] == ["unicode", "remove_invisible"]
    assert all(step.doc for step in steps.values())
    with pytest.raises(TypeError):
        steps["mine"] = steps["unicode"]  # type: ignore[index]  # read-only mapping: the test
    with pytest.raises(TypeError):
        steps["unify_alef"].table["x"] = "y"  # type: ignore[index]  # read-only table: the test
    for preset in msn.normalization_presets().values():
        assert set(preset) <= set(steps)


def test_normalizer_mixes_names_steps_and_functions() -> None:
    def drop_latin(text: str) -> str:
        """Delete ASCII letters."""
        return "".join(c for c in text if not (c.isascii() and c.isalpha()))

    n = msn.Normalizer(
        ["strip_diacritics", msn.Step("kaf", table={"ک": "ك"}, doc="Persian kaf"), drop_latin]
    )
    assert n.names == ("strip_diacritics", "kaf", "drop_latin")
    assert n("کَتب abc") == "كتب "
    assert msn.normalize("کَتب", preset=n) == "كتب"


def test_registry_is_immutable_and_extended_by_copy() -> None:
    builtin = msn.normalization_steps()
    assert isinstance(builtin, msn.StepRegistry)
    assert builtin.names() == tuple(builtin)
    assert len(builtin.names()) == len(builtin)
    assert builtin.names()[-1] == "recompose"
    kaf = msn.Step("persian_kaf", table={"ک": "ك", "ی": "ي"}, doc="Persian kaf and yeh")
    mine = builtin.with_step(kaf)
    assert mine.names() == (*builtin.names(), "persian_kaf")
    assert "persian_kaf" not in builtin
    assert mine["persian_kaf"] is kaf
    assert msn.normalization_steps() is builtin  # the built-in registry did not change
    n = msn.Normalizer(["unicode", "strip_diacritics", "persian_kaf"], registry=mine)
    assert n("کِتابی") == "كتابي"
    # replace=True swaps a step in place, keeping its position.
    loud = msn.Step("unify_alef", func=str.upper, doc="Upper-case Latin")
    swapped = mine.with_step(loud, replace=True)
    assert swapped.names() == mine.names()
    assert swapped["unify_alef"] is loud
    assert msn.Normalizer(["unify_alef"], registry=swapped)("aأ") == "Aأ"
    assert msn.StepRegistry().names() == ()
    assert repr(msn.StepRegistry([kaf])) == "StepRegistry(['persian_kaf'])"


def test_registry_refuses_clashes_and_unknown_names() -> None:
    builtin = msn.normalization_steps()
    with pytest.raises(msn.DuplicateStepError, match=r"'unicode' is already .* replace=True"):
        builtin.with_step(msn.Step("unicode", func=str.strip))
    with pytest.raises(ValueError, match="already in the registry"):  # a ValueError too
        msn.StepRegistry([msn.Step("a", func=str.strip), msn.Step("a", func=str.lower)])
    mine = msn.StepRegistry([msn.Step("strip", func=str.strip)])
    with pytest.raises(msn.UnknownStepError, match="valid: strip"):
        msn.Normalizer(["unify_alef"], registry=mine)  # names resolve in the given registry
    with pytest.raises(KeyError):
        mine["nope"]
    assert "nope" not in mine
    assert mine.get("nope") is None


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: msn.Step("x", func=str.upper, compose=True), TypeError),  # needs a table
        (lambda: _untyped.Step("x", table={}, compose=1), TypeError),  # a bool, not an int
        (lambda: _untyped.StepRegistry([str.strip]), TypeError),  # Step objects only
        (lambda: _untyped.StepRegistry({"a": msn.Step("a", func=str.strip)}), TypeError),
        (lambda: _untyped.normalization_steps().with_step("unicode"), TypeError),
        (
            lambda: _untyped.normalization_steps().with_step(msn.Step("y", table={}), replace=1),
            TypeError,
        ),
        (lambda: _untyped.Normalizer(["unicode"], registry={}), TypeError),
        (lambda: _untyped.normalize(b"bytes"), TypeError),  # bytes, not str
        (lambda: _untyped.normalize(None), TypeError),
        (lambda: _untyped.normalize_with_offsets(123), TypeError),
        (lambda: _untyped.normalize("x", preset=3), TypeError),
        (lambda: msn.normalize("x", preset="fast"), msn.UnknownPresetError),
        (lambda: msn.Normalizer(["unify_alif"]), msn.UnknownStepError),
        (lambda: msn.Normalizer("search"), TypeError),  # a name, not a list of steps
        (lambda: _untyped.Normalizer([42]), TypeError),
        (lambda: msn.Step("x"), TypeError),  # neither func nor table
        (lambda: msn.Step("x", table={"ab": ""}), TypeError),  # keys are single characters
        (lambda: msn.Step("x", table={"a": ""}, squeeze="ab"), TypeError),
        (lambda: msn.Step("", func=str.upper), TypeError),
        (lambda: _untyped.Normalizer([lambda t: 1])("x"), TypeError),  # steps return str
    ],
)
def test_errors(call: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        call()  # type: ignore[operator]  # parametrized as object; each case is a lambda


def test_unknown_names_list_the_valid_ones() -> None:
    with pytest.raises(KeyError, match="valid: display, search, strict"):
        msn.normalize("x", preset="fast")
    with pytest.raises(msn.UnknownNameError, match="unify_alef"):
        msn.Normalizer(["unify_alif"])
    with pytest.raises(TypeError, match="expected text as str, got bytes"):
        msn.normalize(b"x")  # type: ignore[arg-type]  # deliberately wrong type: the test


# --- offsets -------------------------------------------------------------------------


def test_original_span_of_a_word_with_diacritics_and_tatweel() -> None:
    text = "قالَ الوزيـــرُ: «التَّضامُن» ﻻ   يتجزأ"
    res = msn.normalize_with_offsets(text)
    for word in ("الوزير", "التضامن", "لا", "يتجزا"):
        start = res.text.index(word)
        s, e = res.original_span(start, start + len(word))
        assert msn.normalize(text[s:e]) == word
    start = res.text.index("التضامن")
    assert text.__getitem__(slice(*res.original_span(start, start + 7))) == "التَّضامُن"
    start = res.text.index("لا")
    assert res.original_span(start, start + 2) == (text.index("ﻻ"), text.index("ﻻ") + 1)
    assert res.original_span(start, start + 1) == (text.index("ﻻ"), text.index("ﻻ") + 1)


def test_offsets_on_collapsed_spaces_and_boundaries() -> None:
    res = msn.normalize_with_offsets("ا  \u200b  ب")
    assert res.text == "ا ب"
    assert res.original_span(0, 3) == (0, 7)
    assert res.original_span(2, 3) == (6, 7)
    assert res.original_span(1, 2) == (1, 2)  # the space kept is the first one
    assert res.original_span(3, 3) == (7, 7)
    assert res.normalized_span(2, 5) == (2, 2)  # only deleted characters
    assert res.normalized_span(0, 6) == (0, 2)
    assert res.normalized_span(0, 7) == (0, 3)
    with pytest.raises(ValueError, match="original_span"):
        res.original_span(2, 1)
    with pytest.raises(ValueError, match="normalized_span"):
        res.normalized_span(0, 8)


def test_unchanged_text_has_identity_offsets() -> None:
    res = msn.normalize_with_offsets("hello world")
    assert not res.changed
    assert res.original_span(3, 8) == (3, 8)
    assert res.normalized_span(0, 11) == (0, 11)


def _table_plan(preset: str) -> _TablePlan:
    """The one fused table plan of a preset (between its two composition passes)."""
    plans = [p for p in _preset(preset)._plans if isinstance(p, _TablePlan)]
    assert len(plans) == 1
    return plans[0]


def _both_alignments(text: str) -> list[msn.NormalizedText]:
    """The fast byte-mask alignment and the general edit-list one, for the same text."""
    plan = _table_plan("search")
    assert isinstance(plan, _TablePlan)
    out, edits = plan.apply_with_edits(text)
    general = msn.NormalizedText(text, out, _EditAlignment(edits, len(text)))
    return [msn.normalize_with_offsets(text), general]


@pytest.mark.parametrize(
    "text",
    [
        "ﻻ   تَـــأخير،  «قال» \u200f  ٢٠٢٤\n\nﻷن",
        "  بداية ونهاية  ",
        "ً\u200bـ",  # only deleted characters
    ],
)
def test_mask_and_edit_alignments_agree(text: str) -> None:
    fast, general = _both_alignments(text)
    assert type(fast._alignment).__name__ == "_MaskAlignment"
    assert fast.text == general.text
    n, o = len(fast.text), len(text)
    for s in range(n + 1):
        for e in range(s, n + 1):
            assert fast.original_span(s, e) == general.original_span(s, e), (s, e)
    for s in range(o + 1):
        for e in range(s, o + 1):
            assert fast.normalized_span(s, e) == general.normalized_span(s, e), (s, e)


def test_mask_alignment_across_blocks() -> None:
    # Longer than several 4096-character blocks, with deletions and expansions throughout.
    text = ("كِتابٌ ﻻ   جديدٌ ـــ " * 900)[:20_000]
    fast, general = _both_alignments(text)
    for s in range(0, len(fast.text), 997):
        e = min(len(fast.text), s + 1500)
        assert fast.original_span(s, e) == general.original_span(s, e)
    for s in range(0, len(text), 1009):
        assert fast.normalized_span(s, len(text)) == general.normalized_span(s, len(text))


def test_long_text_with_a_rare_character_in_one_chunk() -> None:
    # Over two 65,536-character chunks; the emoji and the accent send only the middle
    # chunk down the general path, and the alignment is still exact.
    part = "كِتابٌ ﻻ   جديدٌ ـــ «نعم» ٢٠٢٤\n" * 2500
    text = part + "😀 élu  \u200f " + part
    fast, general = _both_alignments(text)
    assert type(fast._alignment).__name__ == "_MaskAlignment"
    assert fast.text == general.text == msn.normalize(part) + "😀 élu " + msn.normalize(part)
    for s in range(0, len(fast.text), 4999):
        e = min(len(fast.text), s + 7000)
        assert fast.original_span(s, e) == general.original_span(s, e)
    for s in range(0, len(text), 5003):
        assert fast.normalized_span(s, len(text)) == general.normalized_span(s, len(text))


# --- the tables, against pyarabic and Unicode ------------------------------------------


def test_per_character_nfkc_equals_nfkc_of_runs() -> None:
    table = cm.presentation_forms_table()
    assert len(table) > 700
    for char, value in table.items():
        assert unicodedata.combining(value[0]) == 0, hex(ord(char))
    run = "".join(table)
    assert "".join(table[c] for c in run) == unicodedata.normalize("NFKC", run)


def test_tables_agree_with_pyarabic_where_both_define_the_step() -> None:
    vocalized = "الْعَرَبِيَّةُ وَالْكِتَابُ مُفِيدٌ جِدًّا"
    assert msn.normalization_steps()["strip_diacritics"](vocalized) == araby.strip_tashkeel(
        vocalized
    )
    assert msn.normalization_steps()["remove_tatweel"]("العـــربية") == araby.strip_tatweel(
        "العـــربية"
    )
    alefs = "أحمد إبراهيم آمنة ٱسم"
    assert msn.normalization_steps()["unify_alef"](alefs) == araby.normalize_alef(alefs)
    digits = "۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩ 123"
    assert msn.normalization_steps()["digits_ascii"](digits) == trans.normalize_digits(digits)
    lam_alef = "ﻻ ﻻ"
    assert msn.normalization_steps()["unicode"](lam_alef) == araby.normalize_ligature(lam_alef)


@pytest.mark.parametrize(
    ("text", "ours", "pyarabic"),
    [
        # pyarabic's normalize_alef also turns alef maqsura and superscript alef into alef.
        ("على", "على", "علا"),
        # pyarabic's normalize_ligature drops the hamza of ﻷ and the madda of ﻵ.
        ("ﻷ", "لأ", "لا"),
        ("ﻵ", "لآ", "لا"),
        ("ﻼ", "لا", "ﻼ"),  # and ignores final forms
    ],
)
def test_documented_differences_from_pyarabic(text: str, ours: str, pyarabic: str) -> None:
    step = "unify_alef" if "ى" in text else "unicode"
    assert msn.normalization_steps()[step](text) == ours
    reference = araby.normalize_alef if step == "unify_alef" else araby.normalize_ligature
    assert reference(text) == pyarabic


@pytest.mark.parametrize("preset", ["display", "search", "strict"])
def test_preset_outputs_are_fixed_points_of_their_table(preset: str) -> None:
    # What a preset writes is never rewritten by it: the root of idempotence.
    plan = _table_plan(preset)
    assert isinstance(plan, _TablePlan)
    keys = set(plan.table)
    assert not any(c in keys for value in plan.table.values() for c in value)


@pytest.mark.parametrize("preset", ["display", "search", "strict"])
def test_general_path_equals_fast_path(preset: str) -> None:
    text = "ﻻ تَـــأخير،  «قال» ٢٠٢٤ \u200fمسؤول ى ة\t‒"
    plan = _table_plan(preset)
    assert plan.codec is not None
    fast = plan.codec.apply(text)
    assert fast is not None
    assert plan.codec.apply(text + "😀") is None  # an emoji forces the general path
    assert plan._map(text + "😀") == fast + "😀"


def test_general_path_on_rare_characters() -> None:
    # Quranic mark, a long ligature with spaces inside, French accents, an emoji.
    assert msn.normalize("قال۝ \ufdfa élu 😀") == "قال صلي الله عليه وسلم élu 😀"


def test_owner_table_agrees_with_the_block_search(monkeypatch: pytest.MonkeyPatch) -> None:
    """Article-sized texts use a lookup table; large ones a per-block search. Same answers."""
    from moroccan_social_news import _normalize

    # counts per original character: deleted (0), kept (1), expanded (2, a lam-alef)
    mask = bytes([1, 0, 0, 2, 1, 1, 0, 1, 2, 0] * 900)
    size = sum(mask)
    with_table = _normalize._MaskAlignment(mask, (0, 2))
    looked_up = [with_table.owner(n) for n in range(size)]
    assert with_table.owners is not None
    monkeypatch.setattr(_normalize, "_OWNER_TABLE_LIMIT", 0)
    searched = _normalize._MaskAlignment(mask, (0, 2))
    assert [searched.owner(n) for n in range(size)] == looked_up
    assert searched.owners is None
    assert looked_up[:5] == [0, 3, 3, 4, 5]
