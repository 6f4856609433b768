"""The domain model: validation, enums, evidence."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
import pytest

import moroccan_social_news as msn
from moroccan_social_news import (
    Agreement,
    AgreementKind,
    Beneficiary,
    Contribution,
    DatePrecision,
    Evidence,
    ExtractionResult,
    Gender,
    Meeting,
    MeetingKind,
    MonetaryAmount,
    Organization,
    OrganizationKind,
    ParticipantGroup,
    Participation,
    Person,
    Place,
    PlaceKind,
    Post,
    PostRole,
    Programme,
    Quote,
    Region,
    Role,
    Span,
    Strategy,
    Weekday,
    YearRange,
    _model,
)


def _wrong(value: object) -> Any:
    """A value of the wrong type, hidden from the type checker (the error is the point)."""
    return value


SOUSS = Region("MA-09", "جهة سوس ماسة", "Souss-Massa", "Souss-Massa")
ADS = Organization("وكالة التنمية الاجتماعية", OrganizationKind.AGENCY, acronym="ADS")

ENUM_VALUES = [
    (msn.MeetingKind, ["regional_consultation", "coordination_meeting", "working_meeting",
                       "official_visit", "field_visit", "launch", "signing_ceremony",
                       "council_session", "installation", "study_day", "conference",
                       "audience", "other"]),
    (msn.AttendanceMode, ["in_person", "online", "hybrid"]),
    (msn.DatePrecision, ["day", "month", "year"]),
    (msn.Role, ["chair", "attendee", "speaker", "signatory", "organizer"]),
    (msn.Gender, ["female", "male"]),
    (msn.PostRole, ["head_of_state", "head_of_government", "minister", "secretary_of_state",
                    "wali", "governor",
                    "regional_council_president", "provincial_council_president", "mayor",
                    "commune_president", "director", "general_secretary", "president",
                    "member_of_parliament", "other"]),
    (msn.OrganizationKind, ["ministry", "agency", "public_institution", "regional_council",
                            "provincial_council", "commune", "wilaya", "province",
                            "association", "company", "international", "cooperative",
                            "other"]),
    (msn.PlaceKind, ["venue", "city", "province", "prefecture", "arrondissement_prefecture",
                     "region", "country"]),
    (msn.Beneficiary, ["women", "persons_with_disabilities", "children", "elderly", "youth",
                       "families", "vulnerable_people", "students", "rural_population",
                       "migrants", "farmers", "fishers", "artisans", "job_seekers",
                       "entrepreneurs", "patients", "other"]),
    (msn.ParticipantGroup, ["elected_officials", "civil_society", "external_services",
                            "authorities", "experts", "private_sector", "media", "other"]),
    (msn.AgreementKind, ["partnership_agreement", "convention", "memorandum_of_understanding",
                         "cooperation_agreement", "framework_agreement", "contract", "other"]),
]  # fmt: skip


@pytest.mark.parametrize(("enum", "values"), ENUM_VALUES, ids=lambda e: getattr(e, "__name__", ""))
def test_enum_values_are_the_json_codes_of_the_spec(enum: Any, values: list[str]) -> None:
    assert [m.value for m in enum] == values
    assert all(m.name.lower() == m.value for m in enum)


def test_classes_are_frozen_slotted_and_hashable() -> None:
    for name in _model.__all__:
        cls = getattr(_model, name)
        if attrs.has(cls):
            assert "__slots__" in cls.__dict__, name
    m = Meeting(MeetingKind.LAUNCH, region=SOUSS)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        m.ordinal = 3  # type: ignore[misc]  # mutation is the point
    assert hash(m) == hash(Meeting(MeetingKind.LAUNCH, region=SOUSS))


@pytest.mark.parametrize(
    ("build", "error", "message"),
    [
        # Region codes are the 12 current ISO 3166-2 codes only (MA-13..MA-16 were the old 16)
        (lambda: Region("MA-13", "x", "x", "x"), ValueError, r"MA-01 \.\.\. MA-12.*'MA-13'"),
        (lambda: Region("MA-1", "x", "x", "x"), ValueError, "'MA-1'"),
        (lambda: Region("MA-10", " ", "x", "x"), ValueError, "Region.name_ar must be a non-blank"),
        (
            lambda: Place("مقر", _wrong("venue")),
            TypeError,
            r"Place.kind must be a PlaceKind.*'venue'",
        ),
        (lambda: Person(""), ValueError, "Person.name must be a non-blank str"),
        (lambda: Person(_wrong(42)), TypeError, r"Person.name must be a str \(got int: 42\)"),
        (lambda: Post(PostRole.WALI, "والي", region=_wrong("MA-10")), TypeError, "Post.region"),
        (lambda: Participation(Role.CHAIR), ValueError, "exactly one of person or group"),
        (
            lambda: Participation(Role.ATTENDEE, person=Person("أ"), group="منتخبين"),
            ValueError,
            r"got both",
        ),
        (
            # a group kind describes a group, not a named person
            lambda: Participation(
                Role.ATTENDEE, person=Person("أ"), group_kind=ParticipantGroup.MEDIA
            ),
            ValueError,
            "group_kind classifies a group",
        ),
        (
            lambda: Participation(Role.ATTENDEE, person=Person("أ"), posts=_wrong([])),
            TypeError,
            "Participation.posts must be a tuple of Post",
        ),
        (lambda: Strategy("س", pillars=("أ", "")), ValueError, r"Strategy.pillars\[1\]"),
        (lambda: Programme("جسر", members=(ADS, ADS)), ValueError, "lists .* twice"),
        (
            lambda: Agreement(AgreementKind.OTHER, beneficiaries=_wrong(("women",))),
            TypeError,
            r"Agreement.beneficiaries\[0\] must be a Beneficiary",
        ),
        (lambda: Meeting(MeetingKind.OTHER, ordinal=0), ValueError, "ordinal must be an int >= 1"),
        (lambda: Meeting(MeetingKind.OTHER, ordinal=True), TypeError, "ordinal must be an int"),
        (
            lambda: Meeting(MeetingKind.OTHER, date=dt.datetime(2022, 3, 5, 10, 0)),
            TypeError,
            "Meeting.date must be a datetime.date",
        ),
        (
            lambda: Meeting(MeetingKind.OTHER, date_precision=DatePrecision.DAY),
            ValueError,
            "a precision needs a date",
        ),
        (
            # 2022-03-05 was a Saturday, not a Friday
            lambda: Meeting(MeetingKind.OTHER, weekday=Weekday.FRIDAY, date=dt.date(2022, 3, 5)),
            ValueError,
            "'friday' but date 2022-03-05 is a saturday",
        ),
        (
            lambda: Meeting(MeetingKind.OTHER, evidence=Evidence({"venue": (Span(0, 1),)})),
            ValueError,
            "Meeting has no field 'venue'",
        ),
        (
            lambda: Meeting(
                MeetingKind.OTHER, "a1", agreements=(Agreement(AgreementKind.OTHER, "a2"),)
            ),
            ValueError,
            "agreement from article 'a2'",
        ),
        (lambda: ExtractionResult("a1", (Meeting(MeetingKind.OTHER, "a2"),)), ValueError, "a2"),
        (
            lambda: ExtractionResult(
                None, (Meeting(MeetingKind.OTHER, agreements=(Agreement(AgreementKind.OTHER),)),)
            ),
            ValueError,
            "missing from ExtractionResult.agreements",
        ),
    ],
)
def test_invalid_values_are_refused_with_a_message_naming_field_and_value(
    build: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        build()


def test_a_month_precision_date_need_not_match_the_weekday() -> None:
    # only the month is known: the day-of-month is a placeholder, the weekday is the fact
    m = Meeting(
        MeetingKind.OTHER,
        weekday=Weekday.FRIDAY,
        date=dt.date(2022, 3, 1),
        date_precision=DatePrecision.MONTH,
    )
    assert m.weekday is Weekday.FRIDAY


def test_meeting_of_the_issue_example() -> None:
    chair = Participation(
        Role.CHAIR,
        person=Person("عواطف حيار", Gender.FEMALE),
        posts=(Post(PostRole.MINISTER, "وزيرة التضامن والإدماج الاجتماعي والأسرة"),),
    )
    signed = Agreement(
        AgreementKind.PARTNERSHIP_AGREEMENT,
        total_cost=MonetaryAmount(Decimal("20000000"), "MAD"),
        beneficiaries=(Beneficiary.WOMEN, Beneficiary.PERSONS_WITH_DISABILITIES),
    )
    m = Meeting(
        MeetingKind.REGIONAL_CONSULTATION,
        weekday=Weekday.SATURDAY,
        ordinal=7,
        chair=chair,
        strategy=Strategy("استراتيجية الوزارة", YearRange(2021, 2026)),
        quotes=(Quote("نص", chair.person),),
        agreements=(signed,),
    )
    result = ExtractionResult(None, meetings=(m,), agreements=(signed,))
    assert result.meetings[0].chair is not None
    assert result.meetings[0].chair.person == Person("عواطف حيار", Gender.FEMALE)
    assert m.date is None
    assert m.date_precision is None


class TestSpan:
    @pytest.mark.parametrize(
        ("start", "end", "error", "message"),
        [
            (-1, 3, ValueError, r"Span.start must be >= 0 \(got -1\)"),
            (0, -2, ValueError, r"Span.end must be >= 0 \(got -2\)"),
            (5, 3, ValueError, r"Span end \(3\) must be >= start \(5\)"),
            ("0", 3, TypeError, r"Span.start must be an int \(got str\)"),
            (0, 2.0, TypeError, r"Span.end must be an int \(got float\)"),
            (True, 3, TypeError, r"Span.start must be an int \(got bool\)"),
        ],
    )
    def test_invalid_offsets_say_what_is_valid(
        self, start: Any, end: Any, error: type[Exception], message: str
    ) -> None:
        with pytest.raises(error, match=message):
            Span(start, end)

    def test_int_subclasses_are_offsets(self) -> None:
        class Offset(int):
            pass

        assert Span(Offset(2), Offset(4)) == Span(2, 4)
        assert Span(3, 3).text("abc") == ""


class TestEvidence:
    def test_is_sorted_and_compares_by_value(self) -> None:
        a = Evidence({"weekday": (Span(7, 12),), "kind": (Span(0, 5), Span(9, 10))})
        b = Evidence({"kind": [Span(0, 5), Span(9, 10)], "weekday": [Span(7, 12)]})
        assert a == b
        assert hash(a) == hash(b)
        assert a.fields() == ("kind", "weekday")
        assert list(a) == ["kind", "weekday"]
        assert len(a) == 2
        assert "kind" in a
        assert "date" not in a

    def test_span_order_within_a_field_is_kept(self) -> None:
        # the first span is the main evidence: never reorder it
        ev = Evidence({"kind": (Span(9, 10), Span(0, 5))})
        assert ev.get("kind") == (Span(9, 10), Span(0, 5))
        assert ev["kind"][0] == Span(9, 10)

    def test_missing_field(self) -> None:
        ev = Evidence()
        assert ev.get("date") == ()
        assert not ev
        with pytest.raises(KeyError):
            ev["date"]

    @pytest.mark.parametrize(
        ("pairs", "message"),
        [
            ({"kind": ()}, "is empty"),
            ({"Kind": (Span(0, 1),)}, "field paths are attribute names"),
            ({"participants[x]": (Span(0, 1),)}, "field paths"),
            ({"kind": Span(0, 1)}, "must be a tuple of Span"),
            ({"kind": ((0, 1),)}, "must hold Span objects"),
            ("kind", "mapping of field path"),
        ],
    )
    def test_invalid(self, pairs: Any, message: str) -> None:
        with pytest.raises((TypeError, ValueError), match=message):
            Evidence(pairs)

    def test_evidence_for_gives_the_first_span(self) -> None:
        m = Meeting(
            MeetingKind.OTHER,
            evidence=Evidence({"participants[0].posts[1]": (Span(3, 4), Span(1, 2))}),
        )
        result = ExtractionResult(None, meetings=(m,))
        assert result.evidence_for(m, "participants[0].posts[1]") == Span(3, 4)
        assert result.evidence_for(m, "ordinal") is None
        with pytest.raises(TypeError, match="Meeting or an Agreement"):
            result.evidence_for(Person("x"), "name")  # type: ignore[arg-type]  # wrong on purpose


def test_model_module_is_format_free() -> None:
    source = _model.__file__
    assert source is not None
    with open(source, encoding="utf-8") as f:
        text = f.read()
    for forbidden in ("cattrs", "jsonschema", "import json"):
        assert forbidden not in text


def test_contribution_and_place() -> None:
    share = Contribution(ADS, "وكالة التنمية الاجتماعية", MonetaryAmount(Decimal("5"), "MAD"))
    assert share.party == ADS
    assert Place("بنسليمان", PlaceKind.CITY, SOUSS).region == SOUSS
