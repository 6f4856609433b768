"""Word-initial patterns found through a cheap literal hint.

Python's ``re`` tries a pattern that starts with a look-behind and a large
alternation at every position of a text, and nearly every position fails. A hint,
a plain alternation of literal stems, is scanned far faster: the full pattern is
then tried only at the start of the words that contain a stem. The result equals
the pattern's own ``finditer`` as long as every match's first word contains a
stem; ``tests/test_scan.py`` checks this for every table by enumerating the
(finite) language of each pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

__all__ = ["ARABIC_LETTERS", "HintedPattern"]

# The letters a word is made of in search-normalised text (hamza to yeh, U+0621-U+064A).
ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B))


@attrs.frozen
class HintedPattern:
    """``pattern`` (which only matches at the start of an Arabic word) plus its ``hint``.

    Every match of ``pattern`` must contain a match of ``hint`` in its first word.
    """

    pattern: re.Pattern[str]
    hint: re.Pattern[str]

    @classmethod
    def compile(cls, pattern: str, hint: str) -> HintedPattern:
        return cls(re.compile(pattern), re.compile(hint))

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        """Non-overlapping matches in ``text[start:end]``, as ``pattern.finditer`` gives."""
        end = len(text) if end is None else end
        done = start
        for hint in self.hint.finditer(text, start, end):
            word = hint.start()
            while word > done and text[word - 1] in ARABIC_LETTERS:
                word -= 1
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
        """The match starting exactly at ``pos``, or ``None``."""
        return self.pattern.match(text, pos, len(text) if end is None else end)
