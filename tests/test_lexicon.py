"""The lexicon's word lists are data the extractor compiles: check them as data.

Every entry must be a regex fragment without capturing groups (the extractor numbers
its own groups around them) written in ``search``-normalised spelling, or it could
never match normalised text.
"""

from __future__ import annotations

import re
from types import MappingProxyType

import pytest

from moroccan_social_news import _lexicon as lx
from moroccan_social_news import normalize

# Letters and marks the ``search`` preset never prints.
_NOT_IN_SEARCH_TEXT = re.compile("[\u0622\u0623\u0625\u0629\u0649\u060c\u0640\u064b-\u0652\u0670]")


def _tables() -> list[tuple[str, list[str]]]:
    tables = []
    for name in dir(lx):
        value = getattr(lx, name)
        if name.startswith("_") or not isinstance(value, (tuple, frozenset, MappingProxyType)):
            continue
        entries: list[str] = []
        for item in value:
            entries.append(item[0] if isinstance(item, tuple) else item)
        tables.append((name, entries))
    return tables


TABLES = _tables()


def test_the_tables_are_found() -> None:
    names = {name for name, _ in TABLES}
    assert {"MEETING_NOUNS", "STATE_NAMES", "ANTECEDENT_HEADS", "DEMONSTRATIVES"} <= names


@pytest.mark.parametrize(("name", "entries"), TABLES, ids=[name for name, _ in TABLES])
def test_entries_are_fragments_without_capturing_groups(name: str, entries: list[str]) -> None:
    if name == "KIND_LABELS":
        pytest.skip("English labels, not patterns")
    assert entries, f"{name} is empty"
    for entry in entries:
        assert isinstance(entry, str)
        assert entry
        assert entry.strip() == entry
        assert re.compile(entry).groups == 0, f"{name}: {entry!r} has a capturing group"


@pytest.mark.parametrize(("name", "entries"), TABLES, ids=[name for name, _ in TABLES])
def test_entries_are_in_search_spelling(name: str, entries: list[str]) -> None:
    for entry in entries:
        assert _NOT_IN_SEARCH_TEXT.search(entry) is None, f"{name}: {entry!r}"


@pytest.mark.parametrize(
    "table", [lx.DEMONSTRATIVES, lx.HORIZON_WORDS, lx.SEAT_WORDS, tuple(lx.ANTECEDENT_HEADS)]
)
def test_literal_word_lists_are_their_own_search_form(table: tuple[str, ...]) -> None:
    # Lists the extractor matches with str methods, not regexes: each word must be
    # exactly what the normaliser prints.
    for word in table:
        assert normalize(word, preset="search") == word


def test_antecedent_kinds_are_organization_kinds() -> None:
    from moroccan_social_news import OrganizationKind

    for kind, head in lx.ANTECEDENT_HEADS.values():
        assert kind is None or OrganizationKind(kind).value == kind
        assert normalize(head, preset="search") == head


def test_title_heads_have_no_capturing_groups() -> None:
    # _people reads which head matched from the match's last group: t<i> must be the
    # only groups of the title pattern.
    from moroccan_social_news import _people

    assert _people._TITLE.groups == len(_people.TITLE_HEADS)
    for pattern, role in _people.TITLE_HEADS:
        assert re.compile(pattern).groups == 0, role


def test_subject_first_verbs_are_chair_markers_and_never_names() -> None:
    # The subject-first rule reads a subset of the chair markers; the name reader stops at
    # each of them.
    from moroccan_social_news import _extract, _people

    for verb in lx.SUBJECT_FIRST_CHAIR_VERBS:
        assert _extract._CHAIR.pattern.fullmatch(verb), verb
        assert verb in _people.STOPWORDS, verb
