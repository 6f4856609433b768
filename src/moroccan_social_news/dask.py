"""Dask integration: extraction over corpora larger than one machine.

Install with ``pip install "moroccan-social-news[dask]"``. This module imports dask
when it is imported (never from ``import moroccan_social_news``); without dask,
importing it raises :class:`~moroccan_social_news.MissingDependencyError`.

Every function shipped to workers is a module-level function of this module
(picklable by reference, no lambdas or closures) that imports the extractor only
when it runs, so workers need the package installed, nothing else. Results are
exactly those of the single-process API: each element of :func:`extract_bag` is
``msn.to_dict(msn.extract(article))``.

Paths are expanded on the client and read by the workers: on a cluster, pass
absolute paths on a file system every worker sees.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Sequence
from typing import Any

from ._errors import (
    ArgumentTypeError,
    InputNotFoundError,
    InvalidValueError,
    MissingDependencyError,
)
from ._tables import Kind, check_kind, check_scale

try:
    import dask
    import dask.bag as db
    import dask.dataframe as dd
    from dask.delayed import delayed
except ImportError as _exc:  # pragma: no cover - CI installs the extra
    raise MissingDependencyError("moroccan_social_news.dask", "dask", "dask") from _exc

__all__ = ["extract_bag", "read_bag", "to_dataframe"]

_SUFFIXES = (".txt", ".jsonl")
_MAX_DEFAULT_PARTITIONS = 100
_MAGIC = frozenset("*?[")


def _expand(item: str | os.PathLike[str]) -> list[str]:
    text = os.fspath(item)
    if not isinstance(text, str):
        raise ArgumentTypeError(f"read_bag() takes str paths or globs (got {type(text).__name__})")
    if _MAGIC & set(text):
        found = sorted(glob.glob(text, recursive=True))
        if not found:
            raise InputNotFoundError(text, "the pattern matches no file")
        return [p for f in found for p in _expand_existing(f)]
    if not os.path.exists(text):
        raise InputNotFoundError(text)
    return _expand_existing(text)


def _expand_existing(path: str) -> list[str]:
    if not os.path.isdir(path):
        return [path]
    # A folder contributes its .txt and .jsonl files, as read_articles() reads it.
    found = sorted(
        os.path.join(path, name)
        for name in os.listdir(path)
        if os.path.splitext(name)[1].lower() in _SUFFIXES
        and os.path.isfile(os.path.join(path, name))
    )
    return found or [path]  # an empty folder: read_articles() reports it when read


def _read_paths(paths: Iterable[str], encoding: str) -> list[Any]:
    """One partition: the articles of some files, in order (runs on a worker)."""
    from ._readers import read_articles

    return [article for path in paths for article in read_articles(path, encoding=encoding)]


def _extract_json(article: Any) -> dict[str, Any]:
    """One element: the JSON form of the extraction result (runs on a worker)."""
    from ._extract import extract
    from ._serialize import to_dict

    return to_dict(extract(article))


def _partition_frame(items: Iterable[Any], kind: Kind, decimal_scale: int) -> Any:
    """One partition of :func:`to_dataframe` as a typed pandas DataFrame (runs on a worker)."""
    from ._model import ExtractionResult
    from ._serialize import from_dict
    from .pandas import to_pandas

    records: list[Any] = []
    for item in items:
        if kind == "articles":
            records.append(item)
            continue
        result = from_dict(ExtractionResult, item) if isinstance(item, dict) else item
        if not isinstance(result, ExtractionResult):
            raise ArgumentTypeError(
                "to_dataframe() takes a bag of extraction results (JSON-form dicts or "
                f"ExtractionResult objects) for kind={kind!r} (got {type(item).__name__})"
            )
        records.extend(result.meetings if kind == "meetings" else result.agreements)
    return to_pandas(records, kind=kind, decimal_scale=decimal_scale)


def _check_positive(value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise InvalidValueError(f"npartitions must be a positive int (got {value!r})")


def read_bag(
    glob_or_paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    encoding: str = "utf-8",
    npartitions: int | None = None,
) -> Any:
    """A ``dask.bag.Bag`` of :class:`~moroccan_social_news.Article`, read by the workers.

    ``glob_or_paths`` is a glob (``"corpus/**/*.jsonl"``), a path, or a list of
    them; folders contribute their ``.txt`` and ``.jsonl`` files. Every file is read
    by :func:`~moroccan_social_news.read_articles` (``.jsonl`` as JSONL, anything
    else as one article), whole files per partition, in sorted order; bad input
    raises the same errors, naming file and line, when the bag is computed.
    ``npartitions`` defaults to one per file, at most 100 (use
    ``bag.repartition(n)`` to split one large JSONL file).

    Examples:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text("خبر أول", encoding="utf-8")
        >>> _ = (folder / "b.txt").write_text("خبر ثان", encoding="utf-8")
        >>> bag = read_bag(str(folder / "*.txt"))
        >>> [a.id for a in bag.compute(scheduler="sync")]
        ['a', 'b']
    """
    if isinstance(glob_or_paths, str | os.PathLike):
        items: Sequence[str | os.PathLike[str]] = [glob_or_paths]
    elif isinstance(glob_or_paths, Sequence):
        items = glob_or_paths
    else:
        raise ArgumentTypeError(
            "read_bag() takes a glob, a path or a list of them "
            f"(got {type(glob_or_paths).__name__})"
        )
    from ._readers import _check_encoding

    _check_encoding(encoding)
    paths = [p for item in items for p in _expand(item)]
    if not paths:
        raise InvalidValueError("read_bag() needs at least one path or glob")
    if npartitions is None:
        npartitions = min(len(paths), _MAX_DEFAULT_PARTITIONS)
    else:
        _check_positive(npartitions)
    names = db.from_sequence(paths, npartitions=min(npartitions, len(paths)))
    return names.map_partitions(_read_paths, encoding=encoding)


def extract_bag(bag: Any) -> Any:
    """Extraction mapped over a bag of articles (or texts): one JSON-form dict each.

    Each element is exactly ``msn.to_dict(msn.extract(article))``: plain dicts,
    cheap to ship between workers, valid against the ``ExtractionResult`` JSON
    Schema, and back to objects with ``msn.from_dict(msn.ExtractionResult, d)``.

    Examples:
        >>> import dask.bag as db
        >>> texts = db.from_sequence(["انعقد، الخميس، بمقر عمالة إنزكان آيت ملول اجتماع "
        ...                           "تنسيقي برئاسة عامل الإقليم حول الموسم الفلاحي."])
        >>> [r["meetings"][0]["kind"] for r in extract_bag(texts).compute(scheduler="sync")]
        ['coordination_meeting']
    """
    if not isinstance(bag, db.Bag):
        raise ArgumentTypeError(f"extract_bag() takes a dask.bag.Bag (got {type(bag).__name__})")
    return bag.map(_extract_json)


def to_dataframe(bag: Any, kind: Kind = "meetings", *, decimal_scale: int = 2) -> Any:
    """A dask DataFrame of flat records: meetings or agreements of results, or articles.

    For ``kind="meetings"`` or ``"agreements"``, ``bag`` holds extraction results
    (the dicts of :func:`extract_bag`, or ``ExtractionResult`` objects); for
    ``kind="articles"`` it holds articles (:func:`read_bag`). Each partition is
    built by :func:`moroccan_social_news.pandas.to_pandas`, so the columns and
    dtypes are those of the pandas integration, known before anything is computed.

    Examples:
        >>> import moroccan_social_news as msn
        >>> import dask.bag as db
        >>> results = extract_bag(db.from_sequence(msn.load_articles()))
        >>> df = to_dataframe(results, "agreements")
        >>> df["total_cost.amount"].compute(scheduler="sync").tolist()
        [Decimal('20000000.00')]
    """
    from .pandas import to_pandas

    if not isinstance(bag, db.Bag):
        raise ArgumentTypeError(f"to_dataframe() takes a dask.bag.Bag (got {type(bag).__name__})")
    kind = check_kind(kind)
    scale = check_scale(decimal_scale)
    meta = to_pandas([], kind=kind, decimal_scale=scale)
    parts = [delayed(_partition_frame)(part, kind, scale) for part in bag.to_delayed()]
    # Dask would otherwise turn object columns into strings, and the lists of
    # ``beneficiaries`` or ``strategy.pillars`` into their repr: keep them lists.
    with dask.config.set({"dataframe.convert-string": False}):
        return dd.from_delayed(parts, meta=meta, verify_meta=False)
