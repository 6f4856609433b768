"""Column schemas and flat rows shared by the pandas, Arrow, Dask and CLI exports.

A table holds one kind of record: ``meetings``, ``agreements`` or ``articles``. Its
columns are derived from the record classes (through the same walk as
:func:`~moroccan_social_news.to_records`), each with a logical type that every
backend maps to its own: ``str``, ``int``, ``decimal`` (exact amounts), ``date``,
``enum`` (a closed vocabulary, with its values), ``list`` (of strings or enum
values) and ``json`` (a nested record or a tuple of records, as JSON text). The
schema depends on the kind only, never on the data, so partitions of a Dask
DataFrame and row groups of a Parquet file always agree.

This module imports neither pandas nor pyarrow.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import typing
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Literal, get_args

import attrs

from ._article import Article
from ._errors import ArgumentTypeError, InvalidValueError
from ._model import Agreement, Meeting

__all__ = [
    "DECIMAL_PRECISION",
    "KINDS",
    "Column",
    "ColumnType",
    "Kind",
    "check_decimal",
    "check_kind",
    "check_scale",
    "columns",
    "flat_rows",
    "typed_value",
]

Kind = Literal["meetings", "agreements", "articles"]
KINDS: tuple[Kind, ...] = get_args(Kind)
ColumnType = Literal["str", "int", "decimal", "date", "enum", "list", "json"]
DECIMAL_PRECISION = 38
"""Digits of every decimal column (``decimal128``'s maximum)."""

_CLASS_OF: dict[str, type] = {"meetings": Meeting, "agreements": Agreement, "articles": Article}


@attrs.frozen
class Column:
    """One column of a flat table.

    Attributes:
        name: Dotted column name (``total_cost.amount``).
        type: Logical type, mapped by each backend to its own.
        categories: The valid values of an ``enum`` column (or of the items of a
            ``list`` column of enum values), in declaration order.
    """

    name: str
    type: ColumnType
    categories: tuple[str, ...] = ()


def check_kind(kind: object) -> Kind:
    """``kind`` itself when it names a table kind; else a ``ValueError`` listing them."""
    if not isinstance(kind, str) or kind not in KINDS:
        raise InvalidValueError(f"kind must be one of {', '.join(KINDS)} (got {kind!r})")
    return kind


def check_scale(scale: object) -> int:
    """``scale`` itself when it is a valid decimal scale (0 to 38); else an error."""
    if not isinstance(scale, int) or isinstance(scale, bool):
        raise ArgumentTypeError(f"decimal_scale must be an int (got {type(scale).__name__})")
    if not 0 <= scale <= DECIMAL_PRECISION:
        raise InvalidValueError(
            f"decimal_scale must be between 0 and {DECIMAL_PRECISION} (got {scale})"
        )
    return scale


def _leaf_type(cls: type, path: tuple[str, ...]) -> Any:
    tp: Any = cls
    for key in path:
        tp = typing.get_type_hints(tp)[key]
        args = typing.get_args(tp)
        if type(None) in args:
            tp = next(a for a in args if a is not type(None))
    return tp


def _column(name: str, tp: Any, how: str) -> Column:
    if how == "json":
        return Column(name, "json")
    if how == "list":
        item = typing.get_args(tp)[0]
        values = tuple(m.value for m in item) if issubclass(item, enum.Enum) else ()
        return Column(name, "list", values)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return Column(name, "enum", tuple(m.value for m in tp))
    simple: dict[Any, ColumnType] = {str: "str", int: "int", Decimal: "decimal", dt.date: "date"}
    if tp in simple:
        return Column(name, simple[tp])
    raise ArgumentTypeError(
        f"no column type for {name!r} ({tp!r})"
    )  # pragma: no cover - a new field


_ARTICLE_COLUMNS = (
    Column("id", "str"),
    Column("source", "str"),
    Column("language", "str"),
    Column("published", "date"),
    Column("title", "str"),
    Column("url", "str"),
    Column("sha256", "str"),
    Column("paragraph_count", "int"),
    Column("comment_count", "int"),
    Column("text", "str"),
)


@functools.cache
def columns(kind: Kind) -> tuple[Column, ...]:
    """The columns of a ``kind`` table, in order.

    Examples:
        >>> [c.name for c in columns("agreements")][:4]
        ['kind', 'article_id', 'total_cost.amount', 'total_cost.currency']
        >>> columns("agreements")[2].type
        'decimal'
    """
    from ._serialize import _columns

    check_kind(kind)
    if kind == "articles":
        return _ARTICLE_COLUMNS
    cls = _CLASS_OF[kind]
    return tuple(
        _column(name, _leaf_type(cls, path), how) for name, path, how in _columns(cls, "", (cls,))
    )


def _article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "source": article.source,
        "language": article.language,
        "published": None if article.published is None else article.published.isoformat(),
        "title": article.title,
        "url": article.url,
        "sha256": article.sha256,
        "paragraph_count": len(article.paragraphs),
        "comment_count": article.comment_count,
        "text": article.text,
    }


def flat_rows(
    records: Iterable[object], kind: Kind | None = None
) -> tuple[Kind, list[dict[str, Any]]]:
    """The kind of ``records`` and their flat rows (values in JSON form).

    ``records`` are :class:`Meeting`, :class:`Agreement` or :class:`Article` objects,
    all of one class; ``kind`` is required when there may be none. Meetings and
    agreements are flattened by :func:`~moroccan_social_news.to_records`.

    Examples:
        >>> import moroccan_social_news as msn
        >>> kind, rows = flat_rows(msn.load_articles())
        >>> kind, rows[0]["paragraph_count"], rows[0]["comment_count"]
        ('articles', 12, 0)
    """
    from ._serialize import to_records

    items = list(records)
    if kind is not None:
        kind = check_kind(kind)
    elif items:
        first = type(items[0])
        found = next((k for k, c in _CLASS_OF.items() if first is c), None)
        if found is None:
            raise ArgumentTypeError(
                "expected Meeting, Agreement or Article records "
                f"(got {type(items[0]).__name__} at index 0)"
            )
        kind = check_kind(found)
    else:
        raise InvalidValueError(
            "cannot tell the columns of an empty table: pass kind='meetings', "
            "'agreements' or 'articles'"
        )
    cls = _CLASS_OF[kind]
    for index, item in enumerate(items):
        if type(item) is not cls:
            raise ArgumentTypeError(
                f"a {kind} table takes {cls.__name__} records only "
                f"(got {type(item).__name__} at index {index})"
            )
    if kind == "articles":
        return kind, [_article_row(a) for a in typing.cast("list[Article]", items)]
    return kind, to_records(typing.cast("list[Meeting | Agreement]", items))


def _digits(value: Decimal) -> tuple[int, int]:
    """(integer digits, fraction digits) needed to hold ``value`` exactly."""
    _sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # noqa: S101  # amounts are finite (validated)
    kept = list(digits)
    while exponent < 0 and len(kept) > 1 and kept[-1] == 0:
        kept.pop()
        exponent += 1
    return max(0, len(kept) + exponent), max(0, -exponent)


def check_decimal(value: Decimal, column: str, scale: int) -> Decimal:
    """``value`` when ``decimal(38, scale)`` holds it exactly; else a ``ValueError``.

    Nothing is ever rounded: an amount with more decimal places than ``scale`` (or
    too many digits) is refused with the scale that would hold it.

    Examples:
        >>> check_decimal(Decimal("20000000"), "total_cost.amount", 2)
        Decimal('20000000')
        >>> check_decimal(Decimal("0.125"), "total_cost.amount", 2)
        Traceback (most recent call last):
        ...
        moroccan_social_news._errors.InvalidValueError: total_cost.amount: 0.125 needs ...=3 ...
    """
    whole, fraction = _digits(value)
    if fraction > scale:
        raise InvalidValueError(
            f"{column}: {value} needs {fraction} decimal places; a decimal"
            f"({DECIMAL_PRECISION}, {scale}) column would round it: pass "
            f"decimal_scale={fraction} (or more)"
        )
    if whole + scale > DECIMAL_PRECISION:
        raise InvalidValueError(
            f"{column}: {value} has {whole} integer digits; a decimal"
            f"({DECIMAL_PRECISION}, {scale}) column holds at most "
            f"{DECIMAL_PRECISION - scale}: pass a smaller decimal_scale"
        )
    return value


def typed_value(column: Column, value: Any, scale: int) -> Any:
    """A JSON-form cell as a Python value of the column's type (``None`` stays ``None``).

    Examples:
        >>> typed_value(Column("date", "date"), "2022-03-05", 2)
        datetime.date(2022, 3, 5)
        >>> typed_value(Column("total_cost.amount", "decimal"), "20000000", 2)
        Decimal('20000000')
    """
    if value is None:
        return None
    if column.type == "decimal":
        return check_decimal(Decimal(value), column.name, scale)
    if column.type == "date":
        return dt.date.fromisoformat(value)
    return value
