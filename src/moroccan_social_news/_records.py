"""The curated records: hand-verified meetings and agreements of the shipped articles.

Each shipped article has an annotation file next to it (``<id>.records.json``,
kind ``"annotation"`` in the manifest): the JSON form of an
:class:`ExtractionResult`. They are the gold standard the extractor is measured
against, and a small dataset in their own right.
"""

from __future__ import annotations

import functools

from ._data import _load_shipped, manifest, read_verified
from ._errors import DataIntegrityError, RecordValidationError
from ._model import Agreement, Evidence, ExtractionResult, Meeting
from ._serialize import from_json

__all__ = ["load_agreements", "load_annotations", "load_meetings"]


def _check_spans(result: ExtractionResult, text: str, path: str) -> None:
    records: tuple[Meeting | Agreement, ...] = (*result.meetings, *result.agreements)
    for record in records:
        evidence: Evidence = record.evidence
        for field, spans in evidence.items():
            for span in spans:
                if span.end > len(text):
                    raise DataIntegrityError(
                        f"{path}: evidence for {type(record).__name__}.{field} "
                        f"{span} lies outside the article ({len(text)} chars)"
                    )


@functools.cache
def load_annotations() -> tuple[ExtractionResult, ...]:
    """The hand-verified :class:`ExtractionResult` of every shipped article, in id order.

    Each file is checksum-verified against the manifest, parsed strictly and its
    evidence spans checked against the article text; the result is cached.

    Examples:
        >>> [(r.article_id, len(r.meetings), len(r.agreements)) for r in load_annotations()]
        [('000_f74c56cb0e906b4f', 1, 1)]
    """
    results = []
    for entry in manifest():
        if entry.kind != "annotation":
            continue
        raw = read_verified(entry)
        try:
            result = from_json(ExtractionResult, raw)
        except RecordValidationError as exc:
            raise DataIntegrityError(f"shipped annotation {entry.path} is invalid: {exc}") from exc
        if result.article_id != entry.id:
            raise DataIntegrityError(
                f"shipped annotation {entry.path} is for article {result.article_id!r}, "
                f"but the manifest lists it for {entry.id!r}"
            )
        _check_spans(result, _load_shipped(entry.id).text, entry.path)
        results.append(result)
    return tuple(results)


def load_meetings() -> tuple[Meeting, ...]:
    """Every hand-verified meeting of the shipped articles, in article order.

    Fields: ``kind``, ``weekday``/``date``, ``region`` (ISO 3166-2), ``place``,
    ``attendance_mode``, ``ordinal``, ``chair``, ``participants``, ``strategy``,
    ``programmes``, ``quotes``, ``agreements``, ``topic`` and ``evidence`` (spans
    into the article's published text); ``article_id`` links back to the article.
    Provenance: read by hand from each article, offsets computed by
    ``tools/annotate_seed.py``.

    Examples:
        >>> m = load_meetings()[0]
        >>> m.region.code, m.chair.person.name, m.ordinal, m.attendance_mode.value
        ('MA-10', 'عواطف حيار', 7, 'hybrid')
    """
    return tuple(m for result in load_annotations() for m in result.meetings)


def load_agreements() -> tuple[Agreement, ...]:
    """Every hand-verified agreement of the shipped articles, in article order.

    Fields: ``kind``, ``total_cost`` (exact ``Decimal`` with its qualifier and the
    words it was read from), ``contributions``, ``purpose``, ``beneficiaries``,
    ``region``, ``parties`` and ``evidence``; ``article_id`` links back.

    Examples:
        >>> a = load_agreements()[0]
        >>> a.total_cost
        MonetaryAmount(amount=Decimal('20000000'), currency='MAD', qualifier=AmountQualifier.UPPER_BOUND)
        >>> [b.value for b in a.beneficiaries]
        ['women', 'persons_with_disabilities']
    """  # noqa: E501  # doctest output is one line
    return tuple(a for result in load_annotations() for a in result.agreements)
