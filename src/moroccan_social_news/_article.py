"""The :class:`Article` record: one news text, exactly as published, plus its layout.

The published text is kept byte-for-byte (as a ``str``); paragraphs and the visitor
comment count are *derived* from it and located by character offsets, so anything
found later in a paragraph can be pointed at in the published text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re

import attrs

from ._errors import ArgumentTypeError, InvalidValueError

__all__ = ["Article"]

# The footer many Moroccan outlets print under an article: "تعليقات الزوار ( 0 )".
# Digits may be ASCII or Arabic-Indic; spacing inside the parentheses varies.
_FOOTER = re.compile(r"[ \t]*تعليقات\s+الزوار\s*\(\s*([0-9٠-٩]+)\s*\)\s*\Z")
# Paragraphs are lines; any of the three line-ending conventions ends one.
_LINE = re.compile(r"[^\r\n]+")
_EDGE_SPACE = " \t\u00a0\u200f\u200e\ufeff"
_SHA256 = re.compile(r"[0-9a-f]{64}")


def _nonempty_str(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise ArgumentTypeError(
            f"Article.{attribute.name} must be a str (got {type(value).__name__})"
        )
    if not value.strip():
        raise InvalidValueError(f"Article.{attribute.name} must not be empty or whitespace-only")


def _sha256_hex(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not _SHA256.fullmatch(value):
        raise InvalidValueError(f"Article.sha256 must be 64 lowercase hex digits (got {value!r})")


def _default_sha256(self: Article) -> str:
    # The text validator runs after defaults are computed: tolerate a non-str here
    # and let it report the real problem.
    text: object = self.text
    if not isinstance(text, str):
        text = ""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _layout(text: str) -> tuple[tuple[tuple[int, int], ...], int | None]:
    """Paragraph spans (whitespace-trimmed lines) and the footer's comment count."""
    spans: list[tuple[int, int]] = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        while start < end and text[start] in _EDGE_SPACE:
            start += 1
        while end > start and text[end - 1] in _EDGE_SPACE:
            end -= 1
        if start < end:
            spans.append((start, end))
    comment_count = None
    if spans:
        footer = _FOOTER.fullmatch(text, spans[-1][0], spans[-1][1])
        if footer is not None:
            comment_count = int(footer.group(1))  # int() reads Arabic-Indic digits too
            spans.pop()
    return tuple(spans), comment_count


@attrs.frozen(repr=False)
class Article:
    """One news article, with its published text unchanged.

    Attributes:
        id: Stable identifier (the file stem for files, the ``id`` field for JSONL).
        text: The published text, exactly as read (line endings, typos and all).
        source: Where it came from: ``package:<file>`` for shipped data, else a path.
        language: BCP 47 language tag of the text (``"ar"`` for Arabic).
        sha256: Hex SHA-256 of ``text`` encoded as UTF-8; for a shipped file this
            equals the file's checksum in the manifest.
        published: Publication date when known; used to resolve weekdays and
            relative dates ("السبت", "أمس") to calendar dates.
        title: Headline when known.
        url: Address the article was published at, when known.

    Examples:
        >>> art = Article(id="demo", text="سطر أول.\\nسطر ثان.\\nتعليقات الزوار ( 3 )")
        >>> art.paragraphs
        ('سطر أول.', 'سطر ثان.')
        >>> art.comment_count
        3
        >>> art.char_span(1)
        (9, 17)
    """

    id: str = attrs.field(validator=_nonempty_str)
    text: str = attrs.field(validator=_nonempty_str)
    source: str = attrs.field(default="<memory>", validator=attrs.validators.instance_of(str))
    language: str = attrs.field(default="ar", validator=_nonempty_str)
    sha256: str = attrs.field(
        default=attrs.Factory(_default_sha256, takes_self=True),
        validator=[attrs.validators.instance_of(str), _sha256_hex],
    )
    published: dt.date | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(dt.date))
    )
    title: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    url: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    _spans: tuple[tuple[int, int], ...] = attrs.field(init=False, eq=False, repr=False)
    _comment_count: int | None = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        spans, count = _layout(self.text)
        object.__setattr__(self, "_spans", spans)
        object.__setattr__(self, "_comment_count", count)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The body paragraphs (non-blank lines, footer excluded), as published."""
        return tuple(self.text[s:e] for s, e in self._spans)

    @property
    def paragraph_spans(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` character offsets of every paragraph in :attr:`text`."""
        return self._spans

    @property
    def comment_count(self) -> int | None:
        """Visitor comments, from a trailing "تعليقات الزوار ( N )" line, else ``None``."""
        return self._comment_count

    def char_span(self, index: int) -> tuple[int, int]:
        """Offsets of paragraph ``index`` in :attr:`text`: ``text[s:e] == paragraphs[index]``.

        Raises ``IndexError`` naming the number of paragraphs when out of range.
        """
        try:
            return self._spans[index]
        except IndexError:
            raise IndexError(
                f"article {self.id!r} has {len(self._spans)} paragraphs; "
                f"index {index} is out of range"
            ) from None

    def __repr__(self) -> str:
        first = self.paragraphs[0] if self._spans else ""
        preview = first if len(first) <= 40 else first[:39] + "…"
        return (
            f"Article(id={self.id!r}, source={self.source!r}, "
            f"paragraphs={len(self._spans)}, chars={len(self.text)}, "
            f"sha256={self.sha256[:12]!r}…, text={preview!r})"
        )

    def _repr_html_(self) -> str:
        """Right-to-left rendering for Jupyter: one ``<p>`` per paragraph."""
        meta = f"{html.escape(self.id)} · {len(self._spans)} paragraphs"
        if self._comment_count is not None:
            meta += f" · {self._comment_count} comments"
        body = "".join(f"<p>{html.escape(p)}</p>" for p in self.paragraphs)
        title = f"<h4>{html.escape(self.title)}</h4>" if self.title else ""
        return (
            f'<article class="msn-article" dir="rtl" lang="{html.escape(self.language)}" '
            'style="text-align:right;unicode-bidi:plaintext">'
            f'{title}<div dir="ltr" style="font-size:smaller;color:gray">{meta}</div>'
            f"{body}</article>"
        )
