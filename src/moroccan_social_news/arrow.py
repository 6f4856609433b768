"""Apache Arrow integration: meetings, agreements and articles as ``pyarrow.Table``.

Install with ``pip install "moroccan-social-news[arrow]"``. This module imports
pyarrow when it is imported (never from ``import moroccan_social_news``); without
pyarrow, importing it raises :class:`~moroccan_social_news.MissingDependencyError`
with the command to run. A table written with ``pyarrow.parquet.write_table`` is
what ``moroccan-social-news export --format parquet`` produces.

Column types (one row per record, dotted column names as in
:func:`~moroccan_social_news.to_records`): text and JSON text ``string``, integers
``int64``, amounts ``decimal128(38, 2)`` (exact; see ``decimal_scale``), dates
``date32``, enum values ``string``, lists of codes or strings ``list<string>``.
Columns holding JSON text carry the field metadata ``{"format": "json"}``; the
schema metadata names the table's kind and the package version.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._errors import MissingDependencyError
from ._tables import Column, Kind, check_scale, columns, flat_rows, typed_value
from ._version import __version__

try:
    import pyarrow as pa
except ImportError as _exc:  # pragma: no cover - CI installs the extra
    raise MissingDependencyError("moroccan_social_news.arrow", "pyarrow", "arrow") from _exc

if TYPE_CHECKING:
    from ._article import Article
    from ._model import Agreement, Meeting

__all__ = ["arrow_schema", "to_arrow"]


def _field(column: Column, scale: int) -> Any:
    types = {
        "str": pa.string(),
        "json": pa.string(),
        "enum": pa.string(),
        "int": pa.int64(),
        "date": pa.date32(),
        "decimal": pa.decimal128(38, scale),
        "list": pa.list_(pa.string()),
    }
    metadata = {"format": "json"} if column.type == "json" else None
    return pa.field(column.name, types[column.type], nullable=True, metadata=metadata)


def arrow_schema(kind: Kind, *, decimal_scale: int = 2) -> Any:
    """The ``pyarrow.Schema`` of a ``kind`` table: the same whatever the data.

    Useful to write Parquet in several parts (``pyarrow.parquet.ParquetWriter``) or
    to declare a Dask or Spark schema up front.

    Examples:
        >>> schema = arrow_schema("agreements")
        >>> str(schema.field("total_cost.amount").type), str(schema.field("kind").type)
        ('decimal128(38, 2)', 'string')
    """
    scale = check_scale(decimal_scale)
    fields = [_field(column, scale) for column in columns(kind)]
    metadata = {"moroccan_social_news.kind": kind, "moroccan_social_news.version": __version__}
    return pa.schema(fields, metadata=metadata)


def to_arrow(
    records: Iterable[Meeting | Agreement | Article],
    *,
    kind: Kind | None = None,
    decimal_scale: int = 2,
) -> Any:
    """A typed ``pyarrow.Table`` of records, one row each, for Parquet and columnar tools.

    ``records`` are meetings, agreements or articles (one class per table; pass
    ``kind`` when there may be none). Amounts are ``decimal128(38, decimal_scale)``
    and stay exact: an amount the column would round is refused with a
    ``ValueError`` naming the scale that holds it.

    Examples:
        >>> import moroccan_social_news as msn
        >>> from moroccan_social_news.arrow import to_arrow
        >>> table = to_arrow(msn.load_agreements())
        >>> table.column("total_cost.amount")[0].as_py()
        Decimal('20000000.00')
        >>> table.column("beneficiaries").to_pylist()
        [['women', 'persons_with_disabilities']]
        >>> to_arrow(msn.load_articles()).column("paragraph_count").to_pylist()
        [12]
    """
    scale = check_scale(decimal_scale)
    found, rows = flat_rows(records, kind)
    schema = arrow_schema(found, decimal_scale=scale)
    arrays = [
        pa.array([typed_value(column, row[column.name], scale) for row in rows], type=field.type)
        for column, field in zip(columns(found), schema, strict=True)
    ]
    return pa.Table.from_arrays(arrays, schema=schema)
