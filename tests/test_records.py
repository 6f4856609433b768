"""The curated records of the shipped articles: every fact of the seed, with evidence."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT, SEED_ID

import moroccan_social_news as msn
from moroccan_social_news import (
    AgreementKind,
    AmountQualifier,
    AttendanceMode,
    Beneficiary,
    Gender,
    MeetingKind,
    OrganizationKind,
    ParticipantGroup,
    PlaceKind,
    PostRole,
    Role,
    Weekday,
    YearRange,
    _data,
    _records,
)

GUELMIM = ("MA-10", "جهة كلميم واد نون", "Guelmim-Oued Noun", "Guelmim-Oued Noun")


@pytest.fixture(scope="module")
def text() -> str:
    return msn.load_article(SEED_ID).text


@pytest.fixture(scope="module")
def meeting() -> msn.Meeting:
    (m,) = msn.load_meetings()
    return m


@pytest.fixture(scope="module")
def agreement() -> msn.Agreement:
    (a,) = msn.load_agreements()
    return a


def _region(r: msn.Region | None) -> tuple[str, str, str, str]:
    assert r is not None
    return (r.code, r.name_ar, r.name_fr, r.name_en)


def test_the_meeting(meeting: msn.Meeting) -> None:
    assert meeting.article_id == SEED_ID
    assert meeting.kind is MeetingKind.REGIONAL_CONSULTATION
    assert meeting.weekday is Weekday.SATURDAY
    assert meeting.date is None  # the article gives only "السبت"
    assert meeting.date_precision is None
    assert _region(meeting.region) == GUELMIM
    assert meeting.place is not None
    assert meeting.place.name == "مقر ولاية جهة كلميم – واد نون"
    assert meeting.place.kind is PlaceKind.VENUE
    assert meeting.attendance_mode is AttendanceMode.HYBRID
    assert meeting.ordinal == 7
    assert meeting.topic == (
        "استراتيجية 2021-2026 لوزارة التضامن والإدماج الاجتماعي والأسرة، والمؤسسات التابعة لها"
    )


def test_the_chair(meeting: msn.Meeting) -> None:
    chair = meeting.chair
    assert chair is not None
    assert chair.role is Role.CHAIR
    assert chair.person == msn.Person("عواطف حيار", Gender.FEMALE)
    (post,) = chair.posts
    assert post.role is PostRole.MINISTER
    assert post.title == "وزيرة التضامن والإدماج الاجتماعي والأسرة"
    assert post.organization == msn.Organization(
        "وزارة التضامن والإدماج الاجتماعي والأسرة",
        OrganizationKind.MINISTRY,
        name_fr="Ministère de la Solidarité, de l'Insertion Sociale et de la Famille",
        id="ministry-solidarity",
    )


def test_the_participants(meeting: msn.Meeting) -> None:
    wali, president, services, elected, associations = meeting.participants
    assert all(p.role is Role.ATTENDEE for p in meeting.participants)
    assert wali.person is not None
    assert wali.person.name == "محمد الناجم أبهاي"
    assert [(p.role, p.title) for p in wali.posts] == [
        (PostRole.WALI, "والي جهة كلميم – واد نون"),
        (PostRole.GOVERNOR, "عامل إقليم كلميم"),
    ]
    assert wali.posts[0].region is not None
    assert wali.posts[0].region.code == "MA-10"
    assert president.person == msn.Person("امباركة بوعيدة", Gender.FEMALE)
    (post,) = president.posts
    assert (post.role, post.title) == (PostRole.REGIONAL_COUNCIL_PRESIDENT, "رئيسة المجلس الجهوي")
    groups = [(p.group, p.group_kind, p.person) for p in (services, elected, associations)]
    assert groups == [
        ("رؤساء المصالح الخارجية المعنية", ParticipantGroup.EXTERNAL_SERVICES, None),
        ("منتخبين", ParticipantGroup.ELECTED_OFFICIALS, None),
        (
            "ممثلي عدد من جمعيات المجتمع المدني العاملة في المجال",
            ParticipantGroup.CIVIL_SOCIETY,
            None,
        ),
    ]


def test_the_strategy_programme_and_quote(meeting: msn.Meeting, text: str) -> None:
    strategy = meeting.strategy
    assert strategy is not None
    assert strategy.name == "استراتيجية الوزارة"
    assert strategy.period == YearRange(2021, 2026)
    # the article's spelling, hamza of "الإلتقائية" included
    assert strategy.pillars == (
        "الإلتقائية",
        "الرقمنة",
        "التنمية المستدامة",
        "تعزيز الشراكات",
        "تحفيز الابتكار",
        "بلورة جيل جديد من الخدمات الاجتماعية وتقريبها من المواطنين",
        "تحقيق المساواة والعدالة المجالية",
    )
    assert strategy.organization is not None
    assert strategy.organization.id == "ministry-solidarity"
    (programme,) = meeting.programmes
    assert programme.name == "جسر"
    assert [(m.name, m.name_fr, m.acronym, m.id) for m in programme.members] == [
        ("وكالة التنمية الاجتماعية", "Agence de Développement Social", "ADS", "ads"),
        ("التعاون الوطني", "Entraide Nationale", None, "entraide-nationale"),
        ("المعهد الوطني للعمل الاجتماعي", "Institut National de l'Action Sociale", "INAS", "inas"),
    ]
    (quote,) = meeting.quotes
    assert f"“{quote.text}”" in text  # exactly the words between the quotation marks
    assert quote.text.startswith("سنشتغل بهدف")
    assert quote.text.endswith("وقاطرة للجهة")
    assert quote.speaker is not None
    assert quote.speaker.name.endswith("حيار")


def test_the_agreement(meeting: msn.Meeting, agreement: msn.Agreement) -> None:
    assert meeting.agreements == (agreement,)
    assert agreement.article_id == SEED_ID
    assert agreement.kind is AgreementKind.PARTNERSHIP_AGREEMENT
    cost = agreement.total_cost
    assert cost is not None
    assert cost == msn.MonetaryAmount(Decimal("20000000"), "MAD", AmountQualifier.UPPER_BOUND)
    assert cost.surface == "20 مليون درهم"
    assert agreement.purpose == "النهوض بالعمل الاجتماعي على مستوى جهة كلميم – واد نون"
    assert agreement.beneficiaries == (Beneficiary.WOMEN, Beneficiary.PERSONS_WITH_DISABILITIES)
    assert _region(agreement.region) == GUELMIM
    # the same Region the gazetteer gives for the code
    assert agreement.region == msn.region("MA-10")


# Every evidence span and the exact text it must cover (written out by hand, not
# recomputed, so a shifted offset fails).
MEETING_EVIDENCE = {
    "kind": ["لقاء تشاوري جهوي"],
    "weekday": ["السبت"],
    "place": ["مقر ولاية جهة كلميم – واد نون"],
    "region": ["جهة كلميم – واد نون"],
    "attendance_mode": ["حضوريا وعن بعد"],
    "ordinal": ["السابع"],
    "chair": ["وزيرة التضامن والإدماج الاجتماعي والأسرة، عواطف حيار"],
    "chair.person": ["عواطف حيار"],
    "chair.posts[0]": ["وزيرة التضامن والإدماج الاجتماعي والأسرة"],
    "participants[0]": ["والي جهة كلميم – واد نون عامل إقليم كلميم محمد الناجم أبهاي"],
    "participants[0].person": ["محمد الناجم أبهاي"],
    "participants[0].posts[0]": ["والي جهة كلميم – واد نون"],
    "participants[0].posts[1]": ["عامل إقليم كلميم"],
    "participants[1]": ["رئيسة المجلس الجهوي امباركة بوعيدة"],
    "participants[1].person": ["امباركة بوعيدة"],
    "participants[1].posts[0]": ["رئيسة المجلس الجهوي"],
    "participants[2]": ["رؤساء المصالح الخارجية المعنية"],
    "participants[3]": ["منتخبين"],
    "participants[4]": ["ممثلي عدد من جمعيات المجتمع المدني العاملة في المجال"],
    "strategy": ["استراتيجية الوزارة"],
    "strategy.period": ["2021-2026"],
    "strategy.organization": ["وزارة التضامن والإدماج الاجتماعي والأسرة"],
    "strategy.pillars[0]": ["الإلتقائية"],
    "strategy.pillars[1]": ["الرقمنة"],
    "strategy.pillars[2]": ["التنمية المستدامة"],
    "strategy.pillars[3]": ["تعزيز الشراكات"],
    "strategy.pillars[4]": ["تحفيز الابتكار"],
    "strategy.pillars[5]": ["بلورة جيل جديد من الخدمات الاجتماعية وتقريبها من المواطنين"],
    "strategy.pillars[6]": ["تحقيق المساواة والعدالة المجالية"],
    "programmes[0]": ["جسر"],
    "programmes[0].description": ["المفهوم الجديد للخدمات الاجتماعية"],
    "programmes[0].members[0]": ["وكالة التنمية الاجتماعية"],
    "programmes[0].members[1]": ["التعاون الوطني"],
    "programmes[0].members[2]": ["المعهد الوطني للعمل الاجتماعي"],
    "quotes[0]": None,  # the quote's own text, checked below
    "quotes[0].speaker": ["الوزيرة"],
    "topic": [
        "استراتيجية 2021-2026 لوزارة التضامن والإدماج الاجتماعي والأسرة، والمؤسسات التابعة لها"
    ],
    "agreements[0]": ["اتفاقية شراكة"],
}
AGREEMENT_EVIDENCE = {
    "kind": ["اتفاقية شراكة"],
    "total_cost": ["20 مليون درهم"],
    "purpose": ["النهوض بالعمل الاجتماعي على مستوى جهة كلميم – واد نون"],
    "beneficiaries[0]": ["النساء"],
    "beneficiaries[1]": ["الأشخاص في وضعيىة إعاقة"],  # the article's typo, kept
    "region": ["جهة كلميم – واد نون"],
}


def test_every_meeting_span_covers_the_right_words(meeting: msn.Meeting, text: str) -> None:
    assert set(meeting.evidence.fields()) == set(MEETING_EVIDENCE)
    for field, expected in MEETING_EVIDENCE.items():
        got = [span.text(text) for span in meeting.evidence[field]]
        assert got == (expected if expected is not None else [meeting.quotes[0].text]), field


def test_every_agreement_span_covers_the_right_words(agreement: msn.Agreement, text: str) -> None:
    assert set(agreement.evidence.fields()) == set(AGREEMENT_EVIDENCE)
    for field, expected in AGREEMENT_EVIDENCE.items():
        assert [span.text(text) for span in agreement.evidence[field]] == expected, field


def test_spans_point_at_the_right_occurrence(
    meeting: msn.Meeting, agreement: msn.Agreement, text: str
) -> None:
    # the pillars are read in the sentence that lists them, not elsewhere
    listing = text.index("ترتكز على أبعاد جديدة")
    assert all(meeting.evidence[f"strategy.pillars[{i}]"][0].start > listing for i in range(7))
    # the agreement's region is the one inside its purpose
    purpose = agreement.evidence["purpose"][0]
    region = agreement.evidence["region"][0]
    assert purpose.start <= region.start < region.end <= purpose.end
    # the weekday is the first word after "انعقد،"
    assert meeting.evidence["weekday"][0].start == len("انعقد، ")


def test_record_strings_are_as_written(
    meeting: msn.Meeting, agreement: msn.Agreement, text: str
) -> None:
    written = [
        meeting.place.name if meeting.place else "",
        meeting.topic or "",
        agreement.purpose or "",
        agreement.total_cost.surface if agreement.total_cost else "",
        *(p.group for p in meeting.participants if p.group is not None),
        *(post.title for p in (meeting.chair, *meeting.participants) if p for post in p.posts),
        *(meeting.strategy.pillars if meeting.strategy else ()),
        *(m.name for prog in meeting.programmes for m in prog.members),
    ]
    for phrase in written:
        assert phrase, written
        assert phrase in text, phrase


def test_shipped_annotation_validates_against_the_shipped_schema() -> None:
    raw = (ROOT / "seeds" / f"{SEED_ID}.records.json").read_text(encoding="utf-8")
    schema = json.loads(
        (
            ROOT / "src" / "moroccan_social_news" / "schemas" / "extraction_result.schema.json"
        ).read_text(encoding="utf-8")
    )
    jsonschema.Draft202012Validator(schema).validate(json.loads(raw))
    for meeting in msn.load_meetings():
        jsonschema.Draft202012Validator(msn.json_schema(msn.Meeting)).validate(
            msn.to_dict(meeting)
        )


def test_annotation_file_is_what_the_generator_writes() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "annotate_seed", ROOT / "tools" / "annotate_seed.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.render() == (ROOT / "seeds" / f"{SEED_ID}.records.json").read_bytes()


def test_loaded_once_and_listed_in_the_manifest() -> None:
    assert msn.load_meetings()[0] is msn.load_meetings()[0]
    (entry,) = [e for e in msn.manifest() if e.kind == "annotation"]
    assert (entry.id, entry.path, entry.language, entry.region) == (
        SEED_ID,
        f"{SEED_ID}.records.json",
        "ar",
        "MA",
    )
    assert entry.provenance.startswith("hand-verified annotation")


@pytest.fixture
def fake_seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for name in ("manifest.json", f"{SEED_ID}.txt", f"{SEED_ID}.records.json"):
        (tmp_path / name).write_bytes((ROOT / "seeds" / name).read_bytes())
    monkeypatch.setattr(_data, "_seed_root", lambda: tmp_path)
    for cached in (_data.manifest, _data._load_shipped, _records.load_annotations):
        cached.cache_clear()
    yield tmp_path
    for cached in (_data.manifest, _data._load_shipped, _records.load_annotations):
        cached.cache_clear()


def test_an_edited_annotation_is_refused(fake_seeds: Path) -> None:
    path = fake_seeds / f"{SEED_ID}.records.json"
    path.write_bytes(path.read_bytes().replace(b'"ordinal": 7', b'"ordinal": 8'))
    with pytest.raises(msn.DataIntegrityError, match="does not match the manifest"):
        msn.load_meetings()


def test_an_invalid_annotation_is_reported_with_its_path(fake_seeds: Path) -> None:
    import hashlib

    path = fake_seeds / f"{SEED_ID}.records.json"
    data = path.read_bytes().replace(b'"ordinal": 7', b'"ordinal": -7')
    path.write_bytes(data)
    manifest = json.loads((fake_seeds / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        if entry["path"] == path.name:
            entry["sha256"] = hashlib.sha256(data).hexdigest()
            entry["size"] = len(data)
    (fake_seeds / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(msn.DataIntegrityError, match=r"\$\.meetings\[0\].*ordinal"):
        msn.load_agreements()
