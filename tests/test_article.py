from __future__ import annotations

import datetime as dt
import hashlib
from html.parser import HTMLParser

import attrs
import pytest

from moroccan_social_news import Article


def test_paragraphs_and_footer_are_derived_from_text() -> None:
    art = Article(id="x", text="أ\r\n\r\n  ب  \rج\nتعليقات الزوار ( ١٢ )\n")
    assert art.paragraphs == ("أ", "ب", "ج")
    assert art.comment_count == 12  # Arabic-Indic digits read
    for i, paragraph in enumerate(art.paragraphs):
        start, end = art.char_span(i)
        assert art.text[start:end] == paragraph


def test_no_footer_means_unknown_comment_count() -> None:
    art = Article(id="x", text="فقرة وحيدة\nتعليقات القراء 3")
    assert art.comment_count is None
    assert art.paragraphs == ("فقرة وحيدة", "تعليقات القراء 3")


def test_footer_only_counts_at_the_end() -> None:
    art = Article(id="x", text="تعليقات الزوار ( 5 )\nفقرة")
    assert art.comment_count is None
    assert len(art.paragraphs) == 2


def test_sha256_defaults_to_utf8_of_text() -> None:
    art = Article(id="x", text="نص")
    assert art.sha256 == hashlib.sha256("نص".encode()).hexdigest()


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"id": "", "text": "نص"}, ValueError, "Article.id must not be empty"),
        ({"id": "x", "text": "   \n"}, ValueError, "Article.text must not be empty"),
        ({"id": "x", "text": b"bytes"}, TypeError, "Article.text must be a str"),
        ({"id": None, "text": "نص"}, TypeError, "Article.id must be a str"),
        ({"id": "x", "text": "نص", "sha256": "abc"}, ValueError, "64 lowercase hex"),
        ({"id": "x", "text": "نص", "published": "2023-01-01"}, TypeError, "published"),
    ],
)
def test_invalid_fields_are_refused(kwargs: dict[str, object], error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        Article(**kwargs)  # type: ignore[arg-type]  # wrong types are the point


def test_value_semantics_and_immutability() -> None:
    a = Article(id="x", text="نص", published=dt.date(2023, 3, 4))
    b = Article(id="x", text="نص", published=dt.date(2023, 3, 4))
    assert a == b
    assert hash(a) == hash(b)
    assert a != attrs.evolve(a, id="y")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.text = "other"  # type: ignore[misc]  # frozen is the point
    assert not hasattr(a, "__dict__")  # slotted


def test_char_span_out_of_range_says_how_many() -> None:
    with pytest.raises(IndexError, match="has 1 paragraphs; index 3"):
        Article(id="x", text="نص").char_span(3)


def test_repr_is_short_and_informative() -> None:
    art = Article(id="x", text="س" * 100)
    text = repr(art)
    assert "id='x'" in text
    assert "paragraphs=1" in text
    assert len(text) < 250


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data: list[str] = []

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs_)))

    def handle_data(self, data: str) -> None:
        self.data.append(data)


def test_repr_html_is_rtl_and_escaped() -> None:
    art = Article(id="x<y>", text="فقرة <b>أولى</b>\nفقرة ثانية")
    parser = _Collect()
    parser.feed(art._repr_html_())
    root_tag, root_attrs = parser.tags[0]
    assert root_tag == "article"
    assert root_attrs["dir"] == "rtl"
    assert root_attrs["lang"] == "ar"
    assert [t for t, _ in parser.tags].count("p") == 2
    assert "b" not in [t for t, _ in parser.tags]  # text is escaped, not rendered
    assert "فقرة <b>أولى</b>" in parser.data
