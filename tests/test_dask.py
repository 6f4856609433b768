"""moroccan_social_news.dask: bags of articles and results, on Dask's local schedulers."""

from __future__ import annotations

import json
import pickle
import time
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import SEED_ID

import moroccan_social_news as msn

dask = pytest.importorskip("dask")  # a guard only: CI installs the dask extra
msn_dask = pytest.importorskip("moroccan_social_news.dask")

_REGIONS = (
    "كلميم – واد نون",
    "سوس ماسة",
    "فاس - مكناس",
    "الشرق",
    "طنجة تطوان الحسيمة",
    "مراكش آسفي",
    "درعة تافيلالت",
    "الداخلة وادي الذهب",
)
_WEEKDAYS = ("السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")
_AMOUNTS = (
    "20 مليون درهم",
    "6 ملايير سنتيم",
    "مليوني درهم",
    "3,5 مليون أورو",
    "1.250.000 درهم",
    "450 ألف درهم",
)
# Texts with no meeting and no agreement: the extractor must return nothing for them.
_NO_MEETING = (
    "ارتفعت أسعار الخضر والفواكه في أسواق مدينة {city} خلال الأسبوع الجاري بسبب قلة التساقطات.",
    "سجلت مصالح الأرصاد الجوية يوم {day} درجات حرارة مرتفعة بعدد من مناطق جهة {region}.",
    "فاز فريق المدينة بثلاثة أهداف مقابل هدف واحد في مباراة جرت مساء {day} بملعب {city}.",
)
_CITIES = ("كلميم", "أكادير", "وجدة", "فاس", "طنجة", "الرشيدية")


def _seed_paragraphs() -> tuple[str, ...]:
    return msn.load_article(SEED_ID).paragraphs


def _vary(text: str, i: int) -> str:
    return (
        text.replace("كلميم – واد نون", _REGIONS[i % len(_REGIONS)])
        .replace("السبت", _WEEKDAYS[i % len(_WEEKDAYS)])
        .replace("20 مليون درهم", _AMOUNTS[i % len(_AMOUNTS)])
    )


def _article_text(i: int, paragraphs: tuple[str, ...]) -> str:
    if i % 5 == 4:  # one in five: no meeting at all
        template = _NO_MEETING[i % len(_NO_MEETING)]
        return template.format(
            city=_CITIES[i % len(_CITIES)],
            day=_WEEKDAYS[i % len(_WEEKDAYS)],
            region=_REGIONS[i % len(_REGIONS)],
        )
    if i % 400 == 0:  # a few full-length variants of the seed
        return _vary("\n".join(paragraphs), i)
    # A meeting (opening paragraph) and an agreement with a varied amount.
    chosen = [paragraphs[0], paragraphs[10]] if i % 2 else [paragraphs[0]]
    return _vary("\n".join(chosen), i)


def _write_corpus(folder: Path, count: int) -> None:
    """``count`` varied articles: four JSONL files and some .txt files."""
    paragraphs = _seed_paragraphs()
    txt_count = 24
    for i in range(txt_count):
        (folder / f"t{i:03d}.txt").write_text(_article_text(i, paragraphs), encoding="utf-8")
    per_file = (count - txt_count) // 4 + 1
    ids = iter(range(txt_count, count))
    for part in range(4):
        lines = []
        for _, i in zip(range(per_file), ids, strict=False):
            record = {"id": f"g{i:05d}", "text": _article_text(i, paragraphs)}
            lines.append(json.dumps(record, ensure_ascii=False))
        (folder / f"part{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    _write_corpus(folder, 2400)
    return folder


def test_multiprocessing_results_equal_the_single_process_run(corpus: Path) -> None:
    started = time.perf_counter()
    expected = [
        msn.to_dict(msn.extract(article))
        for path in sorted(corpus.iterdir())
        for article in msn.read_articles(path)
    ]
    single = time.perf_counter() - started
    assert len(expected) == 2400
    # The generated corpus really varies: meetings in several regions, empty results.
    regions = {m["region"]["code"] for r in expected for m in r["meetings"] if m["region"]}
    assert len(regions) >= 6
    assert sum(not r["meetings"] and not r["agreements"] for r in expected) == 2400 // 5
    amounts = {a["total_cost"]["amount"] for r in expected for a in r["agreements"]}
    assert {"20000000", "60000000", "2000000"} <= amounts

    bag = msn_dask.extract_bag(msn_dask.read_bag(str(corpus / "*"), npartitions=8))
    started = time.perf_counter()
    with dask.config.set(scheduler="processes", num_workers=2):
        got = bag.compute()
    parallel = time.perf_counter() - started
    assert got == expected  # same dicts, same order
    print(f"\n{len(got)} articles: single process {single:.1f} s, 2 processes {parallel:.1f} s")


def test_read_bag_matches_read_articles(corpus: Path) -> None:
    paths: list[str | Path] = [corpus / "t001.txt", str(corpus / "part1.jsonl")]
    bag = msn_dask.read_bag(paths)
    expected = [a for p in paths for a in msn.read_articles(p)]
    assert bag.npartitions == 2
    assert bag.compute(scheduler="sync") == expected


def test_read_bag_folder_and_npartitions(corpus: Path) -> None:
    bag = msn_dask.read_bag(corpus, npartitions=3)
    assert bag.npartitions == 3
    assert bag.count().compute(scheduler="sync") == 2400


def test_articles_and_shipped_functions_pickle() -> None:
    article = msn.load_article(SEED_ID)
    copy = pickle.loads(pickle.dumps(article))  # noqa: S301  # our own bytes
    assert copy == article
    assert copy.paragraphs == article.paragraphs
    assert copy.comment_count == 0
    for function in (msn_dask._read_paths, msn_dask._extract_json, msn_dask._partition_frame):
        assert pickle.loads(pickle.dumps(function)) is function  # noqa: S301  # our own bytes


def test_to_dataframe_meetings_and_agreements(corpus: Path) -> None:
    paths = [corpus / "t001.txt", corpus / "t003.txt", corpus / "t004.txt"]
    results = msn_dask.extract_bag(msn_dask.read_bag(paths))
    expected = [msn.extract(a) for p in paths for a in msn.read_articles(p)]
    from moroccan_social_news.pandas import to_pandas

    for kind in ("meetings", "agreements"):
        frame = msn_dask.to_dataframe(results, kind)
        local = frame.compute(scheduler="sync").reset_index(drop=True)
        records = [r for res in expected for r in getattr(res, kind)]
        reference = to_pandas(records, kind=kind)
        assert list(frame.columns) == list(reference.columns)
        assert dict(frame.dtypes) == dict(reference.dtypes)  # known before computing
        assert local.equals(reference)
    # List columns stay lists, through later operations too (Dask's string conversion is off).
    meetings = msn_dask.to_dataframe(results, "meetings")
    chosen = meetings[meetings["region.code"] == "MA-09"][["region.code", "strategy.pillars"]]
    pillars = chosen.compute(scheduler="sync")["strategy.pillars"].tolist()
    assert pillars == [[]]  # a list, not the string "[]"
    agreements_frame = msn_dask.to_dataframe(results, "agreements")
    beneficiaries = agreements_frame["beneficiaries"].compute(scheduler="sync").tolist()
    assert beneficiaries == [["women", "persons_with_disabilities"]] * 2
    agreements = agreements_frame.compute(scheduler="sync")
    # t001: "6 ملايير سنتيم" (centimes -> dirhams), t003: "3,5 مليون أورو" (decimal comma).
    assert agreements["total_cost.amount"].tolist() == [Decimal("60000000"), Decimal("3500000")]
    assert agreements["total_cost.currency"].tolist() == ["MAD", "EUR"]


def test_to_parquet_with_the_arrow_schema(corpus: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from moroccan_social_news.arrow import arrow_schema, to_arrow

    paths = [corpus / "t001.txt", corpus / "t003.txt", corpus / "t005.txt"]
    frame = msn_dask.to_dataframe(msn_dask.extract_bag(msn_dask.read_bag(paths)), "agreements")
    frame.to_parquet(tmp_path / "out", schema=arrow_schema("agreements"))
    back = pq.read_table(tmp_path / "out")
    records = [
        a for p in paths for art in msn.read_articles(p) for a in msn.extract(art).agreements
    ]
    expected = to_arrow(records)
    assert back.select(expected.column_names).to_pylist() == expected.to_pylist()
    assert (
        back.schema.field("total_cost.amount").type
        == expected.schema.field("total_cost.amount").type
    )


def test_to_dataframe_of_articles_and_of_result_objects() -> None:
    import dask.bag as db

    articles = db.from_sequence(msn.load_articles())
    frame = msn_dask.to_dataframe(articles, "articles").compute(scheduler="sync")
    assert frame["id"].tolist() == [SEED_ID]
    assert frame["paragraph_count"].tolist() == [12]
    objects = articles.map(msn.extract)  # ExtractionResult objects work too
    meetings = msn_dask.to_dataframe(objects, "meetings").compute(scheduler="sync")
    assert meetings["region.code"].tolist() == ["MA-10"]


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda: msn_dask.read_bag("/nonexistent/*.txt"), FileNotFoundError, "matches no file"),
        (lambda: msn_dask.read_bag("/nonexistent.txt"), msn.InputNotFoundError, "no such file"),
        (lambda: msn_dask.read_bag(42), TypeError, "glob, a path or a list"),
        (lambda: msn_dask.read_bag([]), ValueError, "at least one path"),
        (lambda: msn_dask.read_bag(".", npartitions=0), ValueError, "positive int"),
        (lambda: msn_dask.read_bag(".", encoding="nope"), ValueError, "unknown encoding"),
        (lambda: msn_dask.extract_bag([1, 2]), TypeError, "dask.bag.Bag"),
        (lambda: msn_dask.to_dataframe([1], "meetings"), TypeError, "dask.bag.Bag"),
    ],
)
def test_bad_arguments(call: object, error: type[Exception], match: str) -> None:
    assert callable(call)
    with pytest.raises(error, match=match):
        call()


def test_to_dataframe_rejects_bad_kind_and_items() -> None:
    import dask.bag as db

    with pytest.raises(ValueError, match="kind must be one of"):
        msn_dask.to_dataframe(db.from_sequence([1]), "people")
    frame = msn_dask.to_dataframe(db.from_sequence(["not a result"]), "meetings")
    with pytest.raises(TypeError, match="extraction results"):
        frame.compute(scheduler="sync")


def test_bad_file_raises_when_computed(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("خبر", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes("خبر".encode("cp1256"))
    bag = msn_dask.read_bag(str(tmp_path / "*.txt"))  # lazy: nothing read yet
    with pytest.raises(msn.InputDecodeError, match=r"bad\.txt, byte 0"):
        bag.compute(scheduler="sync")
