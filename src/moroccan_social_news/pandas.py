"""pandas integration: meetings, agreements and articles as typed DataFrames.

Install with ``pip install "moroccan-social-news[pandas]"``. This module imports
pandas when it is imported (never from ``import moroccan_social_news``); without
pandas, importing it raises :class:`~moroccan_social_news.MissingDependencyError`
with the command to run.

Column dtypes (one row per record, dotted column names as in
:func:`~moroccan_social_news.to_records`):

| logical type | pandas dtype |
|---|---|
| text, JSON text | ``string`` |
| integer | ``Int64`` (nullable) |
| amount | ``decimal128(38, 2)[pyarrow]``; ``object`` (``Decimal``) without pyarrow |
| date | ``datetime64[s]`` |
| enum | ``category`` with every value of the enum |
| list of codes or strings | ``object`` holding lists |
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._errors import MissingDependencyError
from ._tables import Column, Kind, check_scale, columns, flat_rows, typed_value

try:
    import pandas as pd
except ImportError as _exc:  # pragma: no cover - CI installs the extra
    raise MissingDependencyError("moroccan_social_news.pandas", "pandas", "pandas") from _exc

try:
    import pyarrow as pa
except ImportError:  # pragma: no cover - exercised by the no-pyarrow test in a subprocess
    pa = None

if TYPE_CHECKING:
    from ._article import Article
    from ._model import Agreement, Meeting

__all__ = ["to_pandas"]


def _dtype(column: Column, scale: int) -> Any:
    if column.type == "enum":
        return pd.CategoricalDtype(categories=list(column.categories), ordered=False)
    if column.type == "decimal" and pa is not None:
        return pd.ArrowDtype(pa.decimal128(38, scale))
    # Lists stay Python lists (an ArrowDtype list column would not survive a pandas
    # Parquet round trip), as do decimals without pyarrow: object columns, exact.
    simple = {"str": pd.StringDtype(), "json": pd.StringDtype(), "int": "Int64"}
    return simple.get(column.type, object)


def _series(column: Column, values: list[Any], scale: int) -> Any:
    typed = [typed_value(column, v, scale) for v in values]
    if column.type == "date":
        stamps = ["NaT" if d is None else d.isoformat() for d in typed]
        return pd.Series(pd.array(stamps, dtype="datetime64[s]"), name=column.name)
    dtype = _dtype(column, scale)
    if column.type == "decimal" and pa is not None:
        array = pa.array(typed, type=dtype.pyarrow_dtype)
        return pd.Series(pd.arrays.ArrowExtensionArray(array), dtype=dtype, name=column.name)
    return pd.Series(typed, dtype=dtype, name=column.name)


def to_pandas(
    records: Iterable[Meeting | Agreement | Article],
    *,
    kind: Kind | None = None,
    decimal_scale: int = 2,
) -> Any:
    """A typed ``pandas.DataFrame`` of records, one row each, for analysis in notebooks.

    ``records`` are meetings, agreements or articles (one class per table; pass
    ``kind="meetings"``, ``"agreements"`` or ``"articles"`` when there may be none).
    Amounts stay exact: an amount that ``decimal128(38, decimal_scale)`` would round
    is refused with a ``ValueError`` naming the scale that holds it.

    Examples:
        >>> import moroccan_social_news as msn
        >>> from moroccan_social_news.pandas import to_pandas
        >>> df = to_pandas(msn.load_agreements())
        >>> df.loc[0, "total_cost.amount"]
        Decimal('20000000.00')
        >>> str(df["kind"].dtype), df.loc[0, "region.name_ar"]
        ('category', 'جهة كلميم واد نون')
        >>> to_pandas([], kind="meetings").shape[0]
        0
    """
    scale = check_scale(decimal_scale)
    found, rows = flat_rows(records, kind)
    data = {
        column.name: _series(column, [row[column.name] for row in rows], scale)
        for column in columns(found)
    }
    return pd.DataFrame(data, index=pd.RangeIndex(len(rows)))
