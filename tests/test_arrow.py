"""moroccan_social_news.arrow: typed Arrow tables and Parquet files."""

from __future__ import annotations

import datetime as dt
import decimal
import json
from decimal import Decimal
from pathlib import Path

import pytest
import table_samples as samples
from conftest import SEED_ID

import moroccan_social_news as msn

pa = pytest.importorskip("pyarrow")  # a guard only: CI installs the arrow extra
pq = pytest.importorskip("pyarrow.parquet")
from moroccan_social_news.arrow import arrow_schema, to_arrow  # noqa: E402  # after the guard


def test_schema_types() -> None:
    table = to_arrow(samples.agreements())
    schema = table.schema
    assert schema.field("total_cost.amount").type == pa.decimal128(38, 2)
    assert schema.field("kind").type == pa.string()
    assert schema.field("beneficiaries").type == pa.list_(pa.string())
    assert schema.field("contributions").metadata == {b"format": b"json"}
    assert schema.metadata[b"moroccan_social_news.kind"] == b"agreements"
    meetings = to_arrow(samples.meetings()).schema
    assert meetings.field("date").type == pa.date32()
    assert meetings.field("ordinal").type == pa.int64()
    assert meetings.field("strategy.period.start").type == pa.int64()


def test_amounts_are_exact() -> None:
    table = to_arrow(samples.agreements())
    assert table.column("total_cost.amount").to_pylist() == [
        Decimal("20000000"),
        Decimal("1234567.89"),
        Decimal("123456789012345678901234567890.12"),
        None,
    ]
    # Arrow arithmetic stays exact too.
    with decimal.localcontext() as context:
        context.prec = 50  # Python's default 28 digits would round this sum
        expected = sum(a.total_cost.amount for a in samples.agreements() if a.total_cost)
    assert pa.compute.sum(table.column("total_cost.amount")).as_py() == expected


def test_rows_equal_to_records_with_typed_values() -> None:
    records = samples.meetings()
    table = to_arrow(records)
    expected = msn.to_records(records)
    assert table.column_names == list(expected[0])
    got = table.to_pylist()
    for row, flat in zip(got, expected, strict=True):
        typed = dict(flat)
        if typed["date"] is not None:
            typed["date"] = dt.date.fromisoformat(typed["date"])
        assert row == typed


def test_nested_json_columns_round_trip() -> None:
    table = to_arrow(msn.load_meetings())
    participants = json.loads(table.column("participants")[0].as_py())
    assert participants[0]["person"]["name"] == "محمد الناجم أبهاي"
    evidence = json.loads(table.column("evidence")[0].as_py())
    assert evidence["weekday"] == [{"start": 7, "end": 12}]


def test_articles_table() -> None:
    table = to_arrow([msn.load_article(SEED_ID), samples.dated_article()])
    assert table.schema.field("published").type == pa.date32()
    assert table.column("published").to_pylist() == [None, dt.date(2024, 2, 29)]
    assert table.column("paragraph_count").to_pylist() == [12, 2]
    assert table.column("comment_count").to_pylist() == [0, None]


def test_parquet_round_trip(tmp_path: Path) -> None:
    table = to_arrow(samples.agreements())
    path = tmp_path / "agreements.parquet"
    pq.write_table(table, path)
    back = pq.read_table(path)
    assert back.equals(table)
    assert back.schema.field("total_cost.amount").type == pa.decimal128(38, 2)


@pytest.mark.parametrize("kind", ["meetings", "agreements", "articles"])
def test_empty_table_and_schema_do_not_depend_on_data(kind: str) -> None:
    empty = to_arrow([], kind=kind)  # type: ignore[arg-type]  # str from parametrize
    assert empty.num_rows == 0
    assert empty.schema.equals(arrow_schema(kind), check_metadata=True)  # type: ignore[arg-type]  # str from parametrize


def test_decimal_scale() -> None:
    with pytest.raises(ValueError, match="needs 3 decimal places"):
        to_arrow([samples.tiny_fraction()])
    table = to_arrow([samples.tiny_fraction()], decimal_scale=3)
    assert table.schema.field("total_cost.amount").type == pa.decimal128(38, 3)
    assert table.column("total_cost.amount").to_pylist() == [Decimal("0.125")]
    # More integer digits than decimal128(38, 10) holds: refused, not truncated.
    with pytest.raises(ValueError, match="30 integer digits"):
        to_arrow(samples.agreements(), decimal_scale=10)
