"""Static checks of the public API's types: ``mypy typing_tests`` reads it, nothing runs it.

Every public function's return type is pinned with ``assert_type``, so a change that
widens a return type (``X`` becoming ``X | None`` or ``Any``) breaks the type check
before it breaks a user. The ``# type: ignore[...]`` lines check that wrong argument
types are refused statically too (mypy's ``warn_unused_ignores`` under strict fails
if they stop being errors).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

import moroccan_social_news as msn

if sys.version_info >= (3, 11):
    from typing import assert_type
else:
    from typing_extensions import assert_type


def check_loaders() -> None:
    assert_type(msn.article_ids(), tuple[str, ...])
    assert_type(msn.load_article("id"), msn.Article)
    assert_type(msn.load_articles(), tuple[msn.Article, ...])
    assert_type(msn.manifest(), tuple[msn.ManifestEntry, ...])
    assert_type(msn.read_articles("corpus/"), Iterator[msn.Article])
    assert_type(msn.decode_text(b"x"), str)
    assert_type(msn.load_meetings(), tuple[msn.Meeting, ...])
    assert_type(msn.load_agreements(), tuple[msn.Agreement, ...])
    msn.load_article(3)  # type: ignore[arg-type]
    msn.decode_text("already text")  # type: ignore[arg-type]


def check_normalisation() -> None:
    assert_type(msn.normalize("نص"), str)
    assert_type(msn.normalize("نص", preset="strict"), str)
    res = msn.normalize_with_offsets("نص")
    assert_type(res, msn.NormalizedText)
    assert_type(res.original_span(0, 1), tuple[int, int])
    assert_type(res.normalized_span(0, 1), tuple[int, int])
    normalizer = msn.Normalizer(["remove_tatweel"])
    assert_type(normalizer("نص"), str)
    assert_type(normalizer.with_offsets("نص"), msn.NormalizedText)
    steps = msn.normalization_steps()
    assert_type(steps, msn.StepRegistry)
    assert_type(steps["remove_tatweel"], msn.Step)
    assert_type(steps.with_step(steps["remove_tatweel"], replace=True), msn.StepRegistry)
    assert_type(msn.Normalizer(["remove_tatweel"], registry=steps), msn.Normalizer)
    assert_type(msn.normalization_presets(), Mapping[str, tuple[str, ...]])
    msn.normalize(b"bytes")  # type: ignore[arg-type]


def check_parsers() -> None:
    assert_type(msn.parse_number("ثلاثة"), Decimal | None)
    assert_type(msn.find_numbers("ثلاثة"), list[msn.NumberMatch])
    assert_type(msn.parse_amount("20 مليون درهم"), msn.MonetaryAmount | None)
    assert_type(msn.find_amounts("20 مليون درهم"), list[msn.AmountMatch])
    assert_type(msn.parse_date("السبت"), msn.DateMention | None)
    assert_type(msn.parse_date("أمس", dt.date(2023, 3, 4)), msn.DateMention | None)
    assert_type(msn.find_dates("السبت"), list[msn.DateMention])
    assert_type(msn.parse_ordinal("الثالثة"), int | None)
    assert_type(msn.find_ordinals("الثالثة"), list[msn.OrdinalMatch])
    assert_type(msn.parse_year_range("2021-2026"), msn.YearRange | None)
    assert_type(msn.find_year_ranges("2021-2026"), list[msn.YearRangeMatch])
    assert_type(msn.resolve_weekday(msn.Weekday.SATURDAY, dt.date(2023, 3, 4)), dt.date)
    msn.parse_amount(None)  # type: ignore[arg-type]


def check_extraction_and_gazetteer() -> None:
    result = msn.extract("انعقد اجتماع")
    assert_type(result, msn.ExtractionResult)
    assert_type(result.meetings, tuple[msn.Meeting, ...])
    assert_type(result.agreements, tuple[msn.Agreement, ...])
    assert_type(msn.extract(msn.load_article("id")), msn.ExtractionResult)
    assert_type(msn.region("MA-10"), msn.Region)
    assert_type(msn.regions(), tuple[msn.Region, ...])
    assert_type(msn.find_region("جهة كلميم واد نون"), msn.Region | None)
    assert_type(msn.find_places("كلميم"), Iterator[msn.PlaceMatch])
    assert_type(msn.find_place("كلميم"), msn.PlaceMatch | None)
    assert_type(msn.gazetteer_entry("MA-10"), msn.GazetteerEntry)
    assert_type(msn.gazetteer_entries(), tuple[msn.GazetteerEntry, ...])
    assert_type(msn.find_organizations("وزارة"), Iterator[msn.OrganizationMatch])
    assert_type(msn.find_organization("وزارة"), msn.Organization | None)
    assert_type(msn.organization("ministry-solidarity"), msn.Organization)
    assert_type(msn.organizations(), tuple[msn.Organization, ...])
    assert_type(msn.find_posts("والي الجهة"), Iterator[msn.PostMatch])
    msn.extract(42)  # type: ignore[arg-type]


def check_converters(meeting: msn.Meeting, agreement: msn.Agreement) -> None:
    assert_type(msn.to_dict(meeting), dict[str, Any])
    assert_type(msn.to_json(meeting), str)
    assert_type(msn.from_dict(msn.Meeting, {}), msn.Meeting)
    assert_type(msn.from_json(msn.YearRange, "{}"), msn.YearRange)
    assert_type(msn.from_json(msn.Agreement, b"{}"), msn.Agreement)
    assert_type(msn.json_schema(msn.Meeting), dict[str, Any])
    assert_type(msn.to_jsonld(agreement), dict[str, Any])
    assert_type(msn.to_records([meeting, agreement]), list[dict[str, Any]])


def check_errors() -> None:
    error: msn.MoroccanSocialNewsError = msn.RecordValidationError("x")
    value_error: ValueError = msn.CorpusFormatError("x")
    key_error: KeyError = msn.UnknownRegionError("MA-16", ["MA-01"])
    not_found: FileNotFoundError = msn.InputNotFoundError("a.txt")
    assert_type(msn.InputDecodeError("x", encoding="cp1256").suggestion, str | None)
    del error, value_error, key_error, not_found
