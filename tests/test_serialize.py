"""JSON form, JSON Schema, JSON-LD and flat records."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from importlib.resources import files
from typing import Any

import jsonschema
import pytest

import moroccan_social_news as msn
from moroccan_social_news import (
    Agreement,
    AgreementKind,
    AmountQualifier,
    AttendanceMode,
    Beneficiary,
    DatePrecision,
    Evidence,
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
)
from moroccan_social_news._serialize import RECORD_CLASSES, schema_files

ORIENTAL = Region("MA-02", "جهة الشرق", "Oriental", "Oriental")
MINISTRY = Organization("وزارة الصحة", OrganizationKind.MINISTRY, id="ministry-health")
COST = MonetaryAmount(
    Decimal("3500000.50"), "MAD", AmountQualifier.UPPER_BOUND, surface="350 مليون سنتيم"
)
AGREEMENT = Agreement(
    AgreementKind.PARTNERSHIP_AGREEMENT,
    article_id="a1",
    total_cost=COST,
    purpose="دعم الأطفال في وضعية صعبة",
    beneficiaries=(Beneficiary.CHILDREN, Beneficiary.ELDERLY),
    region=ORIENTAL,
    parties=(MINISTRY,),
    evidence=Evidence({"total_cost": (Span(10, 24),)}),
)
CHAIR = Participation(
    Role.CHAIR,
    person=Person("سعاد العلوي", Gender.FEMALE),
    posts=(Post(PostRole.GOVERNOR, "عاملة إقليم جرادة", region=ORIENTAL),),
)
MEETING = Meeting(
    MeetingKind.WORKING_MEETING,
    article_id="a1",
    weekday=Weekday.TUESDAY,
    date=dt.date(2023, 5, 9),
    date_precision=DatePrecision.DAY,
    region=ORIENTAL,
    place=Place("مقر عمالة إقليم جرادة", PlaceKind.VENUE, ORIENTAL),
    attendance_mode=AttendanceMode.HYBRID,
    ordinal=3,
    chair=CHAIR,
    participants=(
        Participation(
            Role.ATTENDEE,
            group="فعاليات المجتمع المدني",
            group_kind=ParticipantGroup.CIVIL_SOCIETY,
        ),
    ),
    strategy=Strategy("برنامج العمل الجهوي", YearRange(2022, 2027), ("الصحة", "التعليم")),
    programmes=(Programme("رعاية", members=(MINISTRY,)),),
    quotes=(Quote("سنعمل معا", CHAIR.person),),
    agreements=(AGREEMENT,),
    topic="تأهيل المراكز الصحية",
    evidence=Evidence({"weekday": (Span(6, 14),), "participants[0]": (Span(30, 52),)}),
)


def test_json_form_has_the_documented_keys_and_values() -> None:
    d = msn.to_dict(MEETING)
    assert list(d) == [
        "kind", "article_id", "weekday", "date", "date_precision", "region", "place",
        "attendance_mode", "ordinal", "chair", "participants", "strategy", "programmes",
        "quotes", "agreements", "topic", "evidence",
    ]  # fmt: skip
    assert d["kind"] == "working_meeting"
    assert d["weekday"] == "tuesday"
    assert d["date"] == "2023-05-09"
    assert d["region"] == {
        "code": "MA-02", "name_ar": "جهة الشرق", "name_fr": "Oriental", "name_en": "Oriental"
    }  # fmt: skip
    assert d["attendance_mode"] == "hybrid"
    assert d["ordinal"] == 3
    assert d["chair"]["person"] == {"name": "سعاد العلوي", "gender": "female"}
    assert d["chair"]["posts"][0]["role"] == "governor"
    assert d["participants"][0]["group_kind"] == "civil_society"
    assert d["strategy"]["period"] == {"start": 2022, "end": 2027}
    assert d["strategy"]["pillars"] == ["الصحة", "التعليم"]
    assert d["programmes"][0]["members"][0]["id"] == "ministry-health"
    assert d["evidence"] == {
        "participants[0]": [{"start": 30, "end": 52}],
        "weekday": [{"start": 6, "end": 14}],
    }
    a = d["agreements"][0]
    assert a["kind"] == "partnership_agreement"
    assert a["total_cost"] == {
        "amount": "3500000.50",
        "currency": "MAD",
        "qualifier": "upper_bound",
        "surface": "350 مليون سنتيم",
        "equivalent": None,
    }
    assert a["beneficiaries"] == ["children", "elderly"]
    assert a["purpose"] == "دعم الأطفال في وضعية صعبة"
    assert a["region"]["code"] == "MA-02"
    assert a["parties"][0]["kind"] == "ministry"


def test_round_trip_keeps_surface_and_exact_decimals() -> None:
    back = msn.from_json(Meeting, msn.to_json(MEETING, indent=2))
    assert back == MEETING
    assert back.agreements[0].total_cost is not None
    assert back.agreements[0].total_cost.surface == "350 مليون سنتيم"
    assert str(back.agreements[0].total_cost.amount) == "3500000.50"


def test_decimal_strings_are_plain_not_exponent() -> None:
    assert msn.to_dict(MonetaryAmount(Decimal("2E+7"), "MAD"))["amount"] == "20000000"


def test_arabic_is_written_as_is_in_json() -> None:
    assert "سعاد العلوي" in msn.to_json(MEETING)


def test_missing_defaulted_keys_take_their_defaults() -> None:
    assert msn.from_dict(Meeting, {"kind": "launch"}) == Meeting(MeetingKind.LAUNCH)


def _meeting_dict(**changes: Any) -> dict[str, Any]:
    d = msn.to_dict(MEETING)
    for path, value in changes.items():
        target: Any = d
        keys = path.split("__")
        for key in keys[:-1]:
            target = target[int(key)] if isinstance(target, list) else target[key]
        last = keys[-1]
        if value is _DELETE:
            del target[last]
        elif isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value
    return d


_DELETE = object()


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        # unknown enum value: path, value and the valid codes
        (
            {"kind": "meeting"},
            r'\$\.kind: "meeting" is not a valid MeetingKind; valid: "regional_',
        ),
        ({"weekday": "Saturday"}, r'\$\.weekday: "Saturday" is not a valid Weekday; valid: "mon'),
        (
            {"agreements__0__beneficiaries__1": "disabled"},
            r'\$\.agreements\[0\]\.beneficiaries\[1\]: "disabled" is not a valid Beneficiary',
        ),
        # negative amount: refused by MonetaryAmount's validator, path of the amount object
        (
            {"agreements__0__total_cost__amount": "-5"},
            r"\$\.agreements\[0\]\.total_cost: MonetaryAmount.amount must be .* >= 0 \(got -5\)",
        ),
        # a number instead of a decimal string
        (
            {"agreements__0__total_cost__amount": 20000000},
            r"\$\.agreements\[0\]\.total_cost\.amount: expected a decimal string .*got number",
        ),
        # end < start
        (
            {"strategy__period": {"start": 2027, "end": 2022}},
            r"\$\.strategy\.period: YearRange end \(2022\) must be >= start \(2027\)",
        ),
        # unknown region code
        (
            {"region__code": "MA-16"},
            r"\$\.region: Region\.code must be an ISO 3166-2 code MA-01 \.\.\. MA-12 "
            r"\(got 'MA-16'\)",
        ),
        # missing required key
        ({"chair__role": _DELETE}, r"\$\.chair\.role: missing required key 'role'"),
        ({"kind": _DELETE}, r"\$\.kind: missing required key 'kind'"),
        # wrong types
        ({"ordinal": "7"}, r'\$\.ordinal: expected an integer \(got string "7"\)'),
        ({"ordinal": True}, r"\$\.ordinal: expected an integer \(got boolean true\)"),
        ({"ordinal": 0}, r"\$: Meeting\.ordinal must be an int >= 1 \(got 0\)"),
        ({"topic": 5}, r"\$\.topic: expected a string \(got number 5\)"),
        ({"participants": {}}, r"\$\.participants: expected an array \(got object"),
        ({"quotes": "نص"}, r"\$\.quotes: expected an array \(got string"),
        ({"region": "MA-02"}, r'\$\.region: expected an object for Region \(got string "MA-02"\)'),
        ({"date": "09/05/2023"}, r'\$\.date: expected an ISO 8601 date .*"09/05/2023"'),
        ({"date": "2023-02-30"}, r'\$\.date: expected an ISO 8601 date .*"2023-02-30"'),
        # unknown key (a typo would otherwise silently drop data)
        ({"chair__persons": None}, r"\$\.chair: unknown key\(s\) 'persons' for Participation"),
        # evidence
        (
            {"evidence": {"weekday": [{"start": 9, "end": 2}]}},
            r'\$\.evidence\["weekday"\]\[0\]: Span end \(2\) must be >= start \(9\)',
        ),
        ({"evidence": {"weekday": [[6, 14]]}}, r'\$\.evidence\["weekday"\]\[0\]: expected a span'),
        ({"evidence": {"weekday": []}}, r"\$\.evidence: Evidence for 'weekday' is empty"),
        # cross-field rule
        ({"participants__0__person": {"name": "س"}}, r"\$\.participants\[0\]: .*got both"),
    ],
)
def test_invalid_json_data_gives_a_readable_record_validation_error(
    changes: dict[str, Any], expected: str
) -> None:
    with pytest.raises(msn.RecordValidationError, match=expected) as info:
        msn.from_dict(Meeting, _meeting_dict(**changes))
    assert isinstance(info.value, ValueError)
    assert "ClassValidationError" not in str(info.value)
    assert "Traceback" not in str(info.value)


def test_several_problems_are_all_reported() -> None:
    d = _meeting_dict(kind="x", ordinal="y")
    with pytest.raises(msn.RecordValidationError, match=r"2 problems.*\$\.kind.*\$\.ordinal"):
        msn.from_dict(Meeting, d)


def test_top_level_not_an_object() -> None:
    with pytest.raises(msn.RecordValidationError, match=r"\$: expected an object for Meeting"):
        msn.from_dict(Meeting, [])


def test_invalid_json_text() -> None:
    with pytest.raises(msn.RecordValidationError, match="line 1"):
        msn.from_json(Meeting, '{"kind": ')
    with pytest.raises(msn.RecordValidationError, match="NaN is not valid JSON"):
        msn.from_json(Span, '{"start": NaN, "end": 1}')


def test_wrong_class_or_argument_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="record classes"):
        msn.from_dict(dict, {})
    with pytest.raises(TypeError, match="record classes"):
        msn.to_dict({"kind": "launch"})
    with pytest.raises(TypeError, match="str or bytes"):
        msn.from_json(Meeting, {"kind": "launch"})  # type: ignore[arg-type]  # on purpose


class TestJsonSchema:
    def test_shipped_schema_files_equal_what_the_generator_produces_now(self) -> None:
        shipped = files("moroccan_social_news").joinpath("schemas")
        on_disk = {p.name for p in shipped.iterdir() if p.name.endswith(".schema.json")}
        wanted = schema_files()
        assert on_disk == set(wanted), "run python tools/generate_schemas.py"
        for name, text in wanted.items():
            assert shipped.joinpath(name).read_text(encoding="utf-8") == text, (
                f"{name} is stale: run python tools/generate_schemas.py"
            )

    @pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda c: c.__name__)
    def test_every_schema_is_a_valid_draft_2020_12_schema(self, cls: type) -> None:
        jsonschema.Draft202012Validator.check_schema(msn.json_schema(cls))

    def test_generated_from_the_class(self) -> None:
        schema = msn.json_schema(Meeting)
        meeting = schema["$defs"]["Meeting"]
        assert meeting["required"] == ["kind"]
        assert meeting["additionalProperties"] is False
        assert schema["$defs"]["MeetingKind"]["enum"] == [m.value for m in MeetingKind]
        assert meeting["properties"]["ordinal"]["anyOf"][0] == {"type": "integer", "minimum": 1}
        assert "rank in a series" in meeting["properties"]["ordinal"]["description"]
        region = schema["$defs"]["Region"]["properties"]["code"]
        assert region["pattern"] == "^MA-(0[1-9]|1[0-2])$"

    def test_a_fresh_copy_each_call(self) -> None:
        msn.json_schema(Span)["title"] = "changed"
        assert msn.json_schema(Span)["title"] == "Span"

    @pytest.mark.parametrize(
        ("changes", "bad_path"),
        [
            ({"kind": "meeting"}, ["kind"]),
            ({"region__code": "MA-13"}, ["region"]),
            ({"ordinal": 0}, ["ordinal"]),
            ({"agreements__0__total_cost__amount": "-5"}, ["agreements", 0, "total_cost"]),
            ({"agreements__0__total_cost__amount": 5}, ["agreements", 0, "total_cost"]),
            ({"chair__person": None}, ["chair"]),  # neither person nor group
            ({"topic": "  "}, ["topic"]),  # blank text
            ({"date_precision": "day", "date": None}, []),
            ({"chair__persons": None}, ["chair"]),
        ],
    )
    def test_schema_rejects_what_from_dict_rejects(
        self, changes: dict[str, Any], bad_path: list[Any]
    ) -> None:
        d = _meeting_dict(**changes)
        validator = jsonschema.Draft202012Validator(msn.json_schema(Meeting))
        errors = list(validator.iter_errors(d))
        assert errors
        assert any(list(e.absolute_path)[: len(bad_path)] == bad_path for e in errors)
        with pytest.raises(msn.RecordValidationError):
            msn.from_dict(Meeting, d)

    def test_schema_needs_no_jsonschema_to_generate(self) -> None:
        import subprocess
        import sys

        code = (
            "import sys; sys.modules['jsonschema'] = None; import moroccan_social_news as m; "
            "print(m.json_schema(m.Meeting)['title'])"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert done.stdout.strip() == "Meeting"


class TestJsonLd:
    def test_meeting_is_a_schema_org_event(self) -> None:
        ld = msn.to_jsonld(MEETING)
        assert ld["@context"] == "https://schema.org"
        assert ld["@type"] == "Event"
        assert ld["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
        assert ld["startDate"] == "2023-05-09"
        assert ld["superEvent"]["@type"] == "EventSeries"
        assert ld["position"] == 3
        assert ld["location"]["name"] == "مقر عمالة إقليم جرادة"
        assert ld["location"]["containedInPlace"]["identifier"] == "MA-02"
        chair = ld["organizer"]
        assert chair["@type"] == "Role"
        assert chair["roleName"] == "chair"
        assert chair["attendee"]["name"] == "سعاد العلوي"
        assert chair["attendee"]["gender"] == "https://schema.org/Female"
        assert chair["attendee"]["jobTitle"] == ["عاملة إقليم جرادة"]
        assert ld["attendee"][0]["attendee"]["name"] == "فعاليات المجتمع المدني"
        assert ld["subjectOf"] == {"@type": "NewsArticle", "identifier": "a1"}
        assert ld["recordedIn"][0]["@type"] == "Quotation"
        strategy, programme = ld["about"]
        assert strategy["temporalCoverage"] == "2022/2027"
        assert programme["member"][0]["@type"] == "GovernmentOrganization"
        json.dumps(ld)  # plain JSON data

    @pytest.mark.parametrize(
        ("mode", "iri"),
        [
            (AttendanceMode.IN_PERSON, "OfflineEventAttendanceMode"),
            (AttendanceMode.ONLINE, "OnlineEventAttendanceMode"),
            (AttendanceMode.HYBRID, "MixedEventAttendanceMode"),
        ],
    )
    def test_attendance_modes(self, mode: AttendanceMode, iri: str) -> None:
        ld = msn.to_jsonld(Meeting(MeetingKind.OTHER, attendance_mode=mode))
        assert ld["eventAttendanceMode"] == "https://schema.org/" + iri

    @pytest.mark.parametrize(
        ("qualifier", "key"),
        [
            (AmountQualifier.UPPER_BOUND, "maxValue"),
            (AmountQualifier.LOWER_BOUND, "minValue"),
            (AmountQualifier.EXACT, "value"),
            (AmountQualifier.APPROXIMATE, "value"),
        ],
    )
    def test_agreement_cost_is_a_monetary_amount(
        self, qualifier: AmountQualifier, key: str
    ) -> None:
        cost = MonetaryAmount(Decimal("20000000"), "MAD", qualifier, surface="20 مليون درهم")
        ld = msn.to_jsonld(Agreement(AgreementKind.CONVENTION, total_cost=cost))
        money = ld["offers"]["priceSpecification"]
        assert money == {
            "@type": "MonetaryAmount",
            "currency": "MAD",
            key: 20000000,
            "description": "20 مليون درهم",
        }

    def test_agreement_fields(self) -> None:
        ld = msn.to_jsonld(AGREEMENT)
        assert ld["additionalType"] == "partnership_agreement"
        assert ld["abstract"] == "دعم الأطفال في وضعية صعبة"
        assert [a["audienceType"] for a in ld["audience"]] == ["children", "elderly"]
        assert ld["spatialCoverage"]["identifier"] == "MA-02"
        assert ld["offers"]["priceSpecification"]["maxValue"] == 3500000.5

    def test_refuses_other_objects(self) -> None:
        with pytest.raises(TypeError, match="Meeting or an Agreement"):
            msn.to_jsonld(Person("س"))  # type: ignore[arg-type]  # on purpose


class TestRecords:
    def test_one_flat_row_per_record_with_dotted_columns(self) -> None:
        rows = msn.to_records([MEETING, Meeting(MeetingKind.LAUNCH)])
        assert len(rows) == 2
        assert list(rows[0]) == list(rows[1])  # same columns in every row
        first, second = rows
        assert first["kind"] == "working_meeting"
        assert first["region.code"] == "MA-02"
        assert first["place.region.name_fr"] == "Oriental"
        assert first["chair.person.name"] == "سعاد العلوي"
        assert first["chair.role"] == "chair"
        assert first["strategy.period.start"] == 2022
        assert first["strategy.pillars"] == ["الصحة", "التعليم"]
        assert json.loads(first["participants"])[0]["group"] == "فعاليات المجتمع المدني"
        assert json.loads(first["evidence"])["weekday"] == [{"start": 6, "end": 14}]
        assert second["region.code"] is None
        assert second["chair.person.name"] is None
        assert second["participants"] == "[]"
        assert all(not isinstance(v, dict) for row in rows for v in row.values())

    def test_agreement_rows(self) -> None:
        (row,) = msn.to_records([AGREEMENT])
        assert row["total_cost.amount"] == "3500000.50"
        assert row["total_cost.currency"] == "MAD"
        assert row["total_cost.qualifier"] == "upper_bound"
        # a recursive field is not expanded forever: it becomes JSON text
        assert row["total_cost.equivalent"] is None
        assert row["beneficiaries"] == ["children", "elderly"]

    def test_mixed_classes_are_refused(self) -> None:
        with pytest.raises(TypeError, match="one class per table"):
            msn.to_records([MEETING, AGREEMENT])
        with pytest.raises(TypeError, match="Meetings or Agreements"):
            msn.to_records([Person("س")])  # type: ignore[list-item]  # on purpose

    def test_pandas_takes_them(self) -> None:
        pd = pytest.importorskip("pandas")
        frame = pd.DataFrame(msn.to_records([MEETING, Meeting(MeetingKind.LAUNCH)]))
        assert frame.shape[0] == 2
        assert frame["region.code"].tolist()[0] == "MA-02"

    def test_pyarrow_takes_them(self) -> None:
        pa = pytest.importorskip("pyarrow")
        table = pa.Table.from_pylist(msn.to_records([AGREEMENT, Agreement(AgreementKind.OTHER)]))
        assert table.num_rows == 2
        assert table.column("total_cost.currency").to_pylist() == ["MAD", None]
