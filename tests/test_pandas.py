"""moroccan_social_news.pandas: typed DataFrames of meetings, agreements and articles."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
import table_samples as samples
from conftest import SEED_ID

import moroccan_social_news as msn

pd = pytest.importorskip("pandas")  # a guard only: CI installs the pandas extra
pa = pytest.importorskip("pyarrow")
from moroccan_social_news.pandas import to_pandas  # noqa: E402  # after the guard


def test_agreement_amounts_are_exact_decimals() -> None:
    df = to_pandas(samples.agreements())
    amounts = df["total_cost.amount"]
    assert amounts.dtype == pd.ArrowDtype(pa.decimal128(38, 2))
    assert amounts.tolist()[:3] == [
        Decimal("20000000"),
        Decimal("1234567.89"),
        Decimal("123456789012345678901234567890.12"),  # would be lost as a float
    ]
    assert pd.isna(amounts.iloc[3])
    assert df["total_cost.currency"].tolist()[:3] == ["MAD", "EUR", "MAD"]
    assert df["beneficiaries"].tolist()[:2] == [["women", "persons_with_disabilities"], ["women"]]


def test_dtypes_by_logical_type() -> None:
    df = to_pandas(samples.meetings())
    assert isinstance(df["kind"].dtype, pd.CategoricalDtype)
    # Every value of the enum is a category, found in the data or not.
    assert list(df["kind"].dtype.categories) == [k.value for k in msn.MeetingKind]
    assert str(df["date"].dtype) == "datetime64[s]"
    assert df["ordinal"].dtype == "Int64"
    assert isinstance(df["region.name_ar"].dtype, pd.StringDtype)
    assert isinstance(df["evidence"].dtype, pd.StringDtype)  # JSON text
    assert df["strategy.pillars"].dtype == object  # Python lists
    assert df["strategy.pillars"].iloc[0][:2] == ["الإلتقائية", "الرقمنة"]


def test_parquet_round_trip_through_pandas(tmp_path: Path) -> None:
    df = to_pandas(samples.agreements())
    df.to_parquet(tmp_path / "a.parquet")
    back = pd.read_parquet(tmp_path / "a.parquet")
    assert list(back.columns) == list(df.columns)
    assert back["total_cost.amount"].tolist()[:3] == df["total_cost.amount"].tolist()[:3]
    assert [list(b) for b in back["beneficiaries"]] == df["beneficiaries"].tolist()


def test_values_match_to_records_cell_by_cell() -> None:
    records = samples.meetings()
    df = to_pandas(records)
    rows = msn.to_records(records)
    assert list(df.columns) == list(rows[0])
    assert len(df) == len(rows)
    for i, row in enumerate(rows):
        for column, expected in row.items():
            got = df[column].iloc[i]
            if expected is None:
                assert pd.isna(got) if not isinstance(got, list) else got is None, column
            elif column == "date":
                assert got == pd.Timestamp(expected), column
            elif column == "strategy.pillars":
                assert list(got) == expected
            else:
                assert got == expected, column


def test_dates_and_missing_values() -> None:
    df = to_pandas(samples.meetings())
    assert df["date"].tolist()[1] == pd.Timestamp("2023-03-02")
    assert pd.isna(df["date"].iloc[0])  # the seed gives a weekday, not a date
    assert df["weekday"].tolist()[:2] == ["saturday", "thursday"]
    assert pd.isna(df["weekday"].iloc[2])
    assert df["region.code"].iloc[1] == "MA-09"
    assert df["ordinal"].tolist() == [7, 12, pd.NA]


def test_articles_table() -> None:
    df = to_pandas([msn.load_article(SEED_ID), samples.dated_article()])
    assert df["id"].tolist() == [SEED_ID, "own-1"]
    assert df["paragraph_count"].tolist() == [12, 2]
    assert df["comment_count"].iloc[0] == 0
    assert pd.isna(df["comment_count"].iloc[1])
    assert df["published"].iloc[1] == pd.Timestamp(dt.date(2024, 2, 29))
    assert df["sha256"].iloc[0] == msn.load_article(SEED_ID).sha256
    assert df["text"].iloc[1].startswith("انعقد")


def _articles() -> list[msn.Article]:
    return [samples.dated_article()]


@pytest.mark.parametrize(
    ("kind", "sample"),
    [("meetings", samples.meetings), ("agreements", samples.agreements), ("articles", _articles)],
)
def test_empty_table_has_the_columns_and_dtypes(
    kind: str, sample: Callable[[], list[msn.Meeting] | list[msn.Agreement] | list[msn.Article]]
) -> None:
    empty = to_pandas([], kind=kind)  # type: ignore[arg-type]  # str from parametrize
    assert empty.shape[0] == 0
    full = to_pandas(sample())
    assert list(empty.columns) == list(full.columns)
    assert dict(empty.dtypes) == dict(full.dtypes)


def test_decimal_scale_never_rounds() -> None:
    with pytest.raises(ValueError, match=r"0\.125 needs 3 decimal places.*decimal_scale=3"):
        to_pandas([samples.tiny_fraction()])
    df = to_pandas([samples.tiny_fraction()], decimal_scale=3)
    assert df["total_cost.amount"].tolist() == [Decimal("0.125")]


@pytest.mark.parametrize(
    ("records", "kwargs", "error", "match"),
    [
        ([], {}, ValueError, "pass kind="),  # empty: no way to tell the columns
        (["text"], {}, TypeError, "got str at index 0"),
        ([msn.Meeting(msn.MeetingKind.LAUNCH), msn.Agreement(msn.AgreementKind.CONVENTION)],
         {}, TypeError, "got Agreement at index 1"),  # one class per table
        ([msn.Meeting(msn.MeetingKind.LAUNCH)], {"kind": "agreements"}, TypeError, "index 0"),
        ([], {"kind": "people"}, ValueError, "kind must be one of"),
        ([], {"kind": "meetings", "decimal_scale": 39}, ValueError, "between 0 and 38"),
        ([], {"kind": "meetings", "decimal_scale": 2.0}, TypeError, "must be an int"),
    ],
)  # fmt: skip
def test_bad_input(
    records: list[object], kwargs: dict[str, object], error: type, match: str
) -> None:
    with pytest.raises(error, match=match):
        to_pandas(records, **kwargs)  # type: ignore[arg-type]  # deliberately wrong


def test_without_pyarrow_decimals_are_python_objects() -> None:
    code = (
        "import sys; sys.modules['pyarrow'] = None\n"
        "import moroccan_social_news as msn\n"
        "from moroccan_social_news.pandas import to_pandas\n"
        "df = to_pandas(msn.load_agreements())\n"
        "print(df['total_cost.amount'].dtype, repr(df['total_cost.amount'][0]),"
        " df['beneficiaries'][0])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == [
        "object",
        "Decimal('20000000')",
        "['women',",
        "'persons_with_disabilities']",
    ]


@pytest.mark.parametrize(
    ("module", "blocked", "extra"),
    [("pandas", "pandas", "pandas"), ("arrow", "pyarrow", "arrow"), ("dask", "dask", "dask")],
)
def test_missing_extra_says_what_to_install(module: str, blocked: str, extra: str) -> None:
    code = (
        f"import sys; sys.modules[{blocked!r}] = None\n"
        "import moroccan_social_news as msn\n"
        "try:\n"
        f"    import moroccan_social_news.{module}\n"
        "except ImportError as exc:\n"
        "    print(type(exc).__name__, isinstance(exc, msn.MoroccanSocialNewsError), exc)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.startswith("MissingDependencyError True ")
    assert f'pip install "moroccan-social-news[{extra}]"' in done.stdout
