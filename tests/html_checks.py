"""Parse the HTML that ``moroccan_social_news`` renders and check it is well formed.

Shared by ``tests/test_html.py`` and ``tests/property/test_html_props.py``.
"""

from __future__ import annotations

from html.parser import HTMLParser

import attrs

# Elements that never take an end tag.
VOID = frozenset({"br", "hr", "img", "meta", "input", "link", "wbr", "col", "area", "source"})


@attrs.define
class MarkText:
    """Everything a ``<mark>`` fragment contains, nested marks included."""

    title: str
    span: str
    text: str = ""


class Page(HTMLParser):
    """A strict reading of one HTML fragment: tags must nest, end tags must match.

    After ``feed``/``close``: ``errors`` lists every nesting problem, ``tags`` every
    start tag with its attributes in document order, ``marks`` every ``<mark>``
    fragment with the text it covers, and ``text`` all character data (entities
    decoded, as a browser shows it).
    """

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[MarkText] = []
        self.text = ""
        self._stack: list[tuple[str, MarkText | None]] = []
        self.feed(source)
        self.close()
        if self._stack:
            self.errors.append(f"unclosed at the end: {[t for t, _ in self._stack]}")

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs_)
        self.tags.append((tag, attributes))
        if tag in VOID:
            return
        mark = None
        if tag == "mark":
            mark = MarkText(str(attributes.get("title")), str(attributes.get("data-span")))
            self.marks.append(mark)
        self._stack.append((tag, mark))

    def handle_startendtag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs_)))
        if tag not in VOID:
            self.errors.append(f"self-closing non-void element <{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self._stack or self._stack[-1][0] != tag:
            open_tag = self._stack[-1][0] if self._stack else None
            self.errors.append(f"</{tag}> closes <{open_tag}>")
            return
        self._stack.pop()

    def handle_data(self, data: str) -> None:
        self.text += data
        for _, mark in self._stack:
            if mark is not None:
                mark.text += data

    def mark_texts(self) -> dict[tuple[str, str], str]:
        """``(title, "start:end") -> text`` with the fragments of one span joined."""
        joined: dict[tuple[str, str], str] = {}
        for mark in self.marks:
            key = (mark.title, mark.span)
            joined[key] = joined.get(key, "") + mark.text
        return joined

    def names(self) -> set[str]:
        """The names of every element in the fragment."""
        return {tag for tag, _ in self.tags}
