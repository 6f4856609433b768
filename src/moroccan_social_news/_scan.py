"""Word-initial patterns found through cheap literal stems.

Python's ``re`` tries a pattern that starts with a look-behind and a large
alternation at every position of a text, and nearly every position fails. Literal
stems are found far faster with ``str.find`` (a C search per stem): the full pattern
is then tried only at the start of the words that contain a stem. On a short range
(a sentence, a list item) one ``re`` pass over a trie of the stems is cheaper than a
``str.find`` per stem, and gives the same words. The result equals the pattern's own
``finditer`` as long as every match's first word contains a stem; ``tests/test_scan.py``
checks this for every table by enumerating the (finite) language of each pattern.

Lists of plain words (numbers, months, weekdays) use ``_numbers._WordScanner``
instead: a trie-shaped regex tried after each space. This module serves the
extractor's tables of patterns, whose words are regexes, not literals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

__all__ = ["ARABIC_LETTERS", "LETTER_RANGE", "HintedPattern", "find_all", "skip", "trie_pattern"]

# The letters a word is made of in search-normalised text (hamza to yeh, U+0621-U+064A;
# no diacritics, no tatweel): as a regex class range and as a set.
LETTER_RANGE = "\u0621-\u064a"
ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B))


def skip(text: str, pos: int, chars: str = " ", end: int | None = None) -> int:
    """The first position from ``pos`` (before ``end``) whose character is not in ``chars``."""
    end = len(text) if end is None else end
    while pos < end and text[pos] in chars:
        pos += 1
    return pos


def find_all(text: str, literal: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Every position where ``literal`` starts in ``text[start:end]`` (overlaps included),
    one ``str.find`` after another.

    Examples:
        >>> list(find_all("لقاء ثم لقاء", "لقاء"))
        [0, 8]
    """
    end = len(text) if end is None else end
    pos = text.find(literal, start, end)
    while pos >= 0:
        yield pos
        pos = text.find(literal, pos + 1, end)


_NOT_LITERAL = re.compile(r"[\\.^$*+?{}\[\]()]")


def trie_pattern(words: Iterable[str]) -> str:
    """An alternation of ``words`` with shared prefixes factored out.

    ``re`` tries alternatives one by one; a trie-shaped pattern tries each letter once,
    which keeps scanning a whole article for a hundred words fast.

    Examples:
        >>> trie_pattern(["لقاء", "لقاءات", "ندوه"])
        '(?:لقاء(?:ات)?|ندوه)'
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


# Costs that choose how ``HintedPattern.word_starts`` looks for its stems, in units of
# ``str.find``'s cost per character (measured on article text; only the ratios matter):
# ``re`` pays about 40 per character for a trie of stems, ``str.find`` about 300 per call
# and 1 per character. A short range with many stems is one ``re`` pass; a long one with
# few stems is one ``str.find`` pass per stem.
_RE_PER_CHAR = 40
_FIND_PER_CALL = 300


def _stems(hint: str) -> tuple[str, ...]:
    stems = tuple(hint.split("|"))
    bad = [s for s in stems if not s or _NOT_LITERAL.search(s)]
    if bad:
        raise ValueError(f"a hint is literal stems separated by '|' (got {bad!r} in {hint!r})")
    return stems


@attrs.frozen
class HintedPattern:
    """``pattern`` (which only matches at the start of an Arabic word) plus its hint.

    ``hint`` is literal stems separated by ``|``; every match of ``pattern`` must
    contain one of them in its first word. ``excluded`` is literals, each beginning
    with a stem, that no match's first word contains ("اجتماعي" for a meeting noun):
    a word holding one ("الاجتماعية", social) is passed over without trying
    ``pattern``.
    """

    pattern: re.Pattern[str]
    hint: str
    excluded: tuple[str, ...] = ()
    stems: tuple[str, ...] = attrs.field(init=False)
    # Each stem with the excluded literals that begin with it.
    _scans: tuple[tuple[str, tuple[str, ...]], ...] = attrs.field(init=False, repr=False, eq=False)
    # The stems as one pattern, to test a single word for any of them in C.
    _stem_re: re.Pattern[str] = attrs.field(init=False, repr=False, eq=False)
    # Ranges shorter than this are scanned with ``_stem_re`` (see ``_RE_PER_CHAR``).
    _short_range: float = attrs.field(init=False, repr=False, eq=False)

    @stems.default
    def _split(self) -> tuple[str, ...]:
        return _stems(self.hint)

    @_stem_re.default
    def _compile_stems(self) -> re.Pattern[str]:
        return re.compile(trie_pattern(self.stems))

    @_short_range.default
    def _short_range_limit(self) -> float:
        if any(set(literal) - ARABIC_LETTERS for literal in (*self.stems, *self.excluded)):
            return 0  # a literal across words needs every occurrence: str.find
        k = len(self.stems)
        # One re pass beats k finds when n * _RE_PER_CHAR < k * (_FIND_PER_CALL + n).
        return float("inf") if k >= _RE_PER_CHAR else k * _FIND_PER_CALL / (_RE_PER_CHAR - k)

    @_scans.default
    def _pair_exclusions(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        orphans = [x for x in self.excluded if not x.startswith(self.stems)]
        if orphans:
            raise ValueError(f"an excluded literal begins with a stem (got {orphans!r})")
        return tuple(
            (stem, tuple(x for x in self.excluded if x.startswith(stem))) for stem in self.stems
        )

    @classmethod
    def compile(cls, pattern: str, hint: str) -> HintedPattern:
        return cls(re.compile(pattern), hint)

    def word_starts(self, text: str, start: int, end: int) -> list[int]:
        """Sorted starts of the words in ``text[start:end]`` that contain a stem and no
        excluded literal: the only places a match of ``pattern`` can begin (a word cut
        by ``start`` counts from ``start``, one cut by ``end`` up to ``end``)."""
        if end - start < self._short_range:
            return self._word_starts_by_re(text, start, end)
        return self._word_starts_by_find(text, start, end)

    def _word_starts_by_find(self, text: str, start: int, end: int) -> list[int]:
        """``word_starts`` with one ``str.find`` pass per stem."""
        found = set()
        rejected = set()
        for stem, excluded in self._scans:
            pos = text.find(stem, start, end)
            while pos >= 0:
                word = pos
                while word > start and text[word - 1] in ARABIC_LETTERS:
                    word -= 1
                if excluded and text.startswith(excluded, pos, end):
                    rejected.add(word)
                else:
                    found.add(word)
                pos = text.find(stem, pos + 1, end)
        return sorted(found - rejected if rejected else found)

    def _word_starts_by_re(self, text: str, start: int, end: int) -> list[int]:
        """``word_starts`` in one ``re`` pass, for literals that are letters only.

        ``re``'s matches skip overlapping stems, but a stem that overlaps a match lies
        in the match's word, so every word with a stem still has a match. A word is
        then dropped if any stem in it begins an excluded literal."""
        words = []
        last = -1
        for match in self._stem_re.finditer(text, start, end):
            word = match.start()
            if word < last:
                continue  # another stem of the word just kept or dropped
            while word > start and text[word - 1] in ARABIC_LETTERS:
                word -= 1
            if word == last:
                continue
            last = word
            if self.excluded:
                word_end = match.end()
                while word_end < end and text[word_end] in ARABIC_LETTERS:
                    word_end += 1
                last = word_end  # the next match in this word is skipped above
                if self._excluded_in(text, word, word_end):
                    continue
            words.append(word)
        return words

    def _excluded_in(self, text: str, start: int, end: int) -> bool:
        """Whether a stem in ``text[start:end]`` (one word) begins an excluded literal."""
        for stem, excluded in self._scans:
            if not excluded:
                continue
            pos = text.find(stem, start, end)
            while pos >= 0:
                if text.startswith(excluded, pos, end):
                    return True
                pos = text.find(stem, pos + 1, end)
        return False

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        """Non-overlapping matches in ``text[start:end]``, as ``pattern.finditer`` gives."""
        end = len(text) if end is None else end
        done = start
        for word in self.word_starts(text, start, end):
            if word < done:
                continue
            match = self.pattern.match(text, word, end)
            if match is not None:
                yield match
                done = match.end()

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The first match in ``text[start:end]``, or ``None``."""
        return next(self.finditer(text, start, end), None)

    def match(self, text: str, pos: int, end: int | None = None) -> re.Match[str] | None:
        """The match starting exactly at ``pos``, or ``None``.

        A match's first word holds a stem, so a word without one is passed over
        without trying the (much slower) full pattern.
        """
        end = len(text) if end is None else end
        space = text.find(" ", pos, end)
        if self._stem_re.search(text, pos, end if space < 0 else space) is None:
            return None
        return self.pattern.match(text, pos, end)
