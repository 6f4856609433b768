"""The given-name tables the person reader relies on (``_names.py``)."""

from __future__ import annotations

from moroccan_social_news import normalize
from moroccan_social_news._names import ARTICLED_GIVEN_NAMES, GIVEN_NAMES


def test_articled_names_have_the_article_and_are_given_names() -> None:
    assert all(name.startswith("ال") for name in ARTICLED_GIVEN_NAMES)
    assert ARTICLED_GIVEN_NAMES <= GIVEN_NAMES


def test_names_are_written_as_the_search_preset_prints_them() -> None:
    # one word each, already normalised (ي for ى, ه for a final ة, one alef)
    for name in GIVEN_NAMES:
        assert " " not in name
        assert normalize(name, preset="search") == name, name


def test_names_beginning_with_waw_or_fa_are_listed() -> None:
    # read as names, never as و/ف + a word ("وهيب الحمدي", "فدوى المنصوري")
    assert {"وهيب", "وليد", "وفاء", "فدوي", "فريد"} <= GIVEN_NAMES
