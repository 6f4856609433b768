"""Write the hand-verified record of the seed article and register it in the manifest.

Every fact below was checked by reading the article; this script only turns the
facts into an ``ExtractionResult`` and computes the evidence offsets with
``text.index`` so they cannot be mistyped. Run it from the repository root:

    python tools/annotate_seed.py          # writes seeds/<id>.records.json, updates manifest
    python tools/annotate_seed.py --check  # exits 1 if the shipped file differs

The article text (``seeds/<id>.txt``) is never modified.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from decimal import Decimal
from pathlib import Path

import moroccan_social_news as msn
from moroccan_social_news import (
    Agreement,
    AgreementKind,
    AmountQualifier,
    AttendanceMode,
    Beneficiary,
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
)

SEED_ID = "000_f74c56cb0e906b4f"
ROOT = Path(__file__).resolve().parents[1]
RECORD = ROOT / "seeds" / f"{SEED_ID}.records.json"
MANIFEST = ROOT / "seeds" / "manifest.json"
PROVENANCE = (
    "hand-verified annotation of the seed article: its meeting and agreement as an "
    "ExtractionResult in the package's JSON form, every fact checked by reading the "
    "article, evidence offsets computed with text.index by tools/annotate_seed.py"
)


class _Locator:
    """Finds each phrase after a given anchor, so repeated words get the right occurrence."""

    def __init__(self, text: str) -> None:
        self.text = text

    def span(self, phrase: str, after: str | None = None) -> Span:
        start = self.text.index(after) if after is not None else 0
        at = self.text.index(phrase, start)
        return Span(at, at + len(phrase))


def build() -> ExtractionResult:
    """The seed article's record."""
    text = msn.load_article(SEED_ID).text
    at = _Locator(text).span

    guelmim = Region("MA-10", "جهة كلميم واد نون", "Guelmim-Oued Noun", "Guelmim-Oued Noun")
    ministry = Organization(
        "وزارة التضامن والإدماج الاجتماعي والأسرة",
        OrganizationKind.MINISTRY,
        name_fr="Ministère de la Solidarité, de l'Insertion Sociale et de la Famille",
        id="ministry-solidarity",
    )
    ads = Organization(
        "وكالة التنمية الاجتماعية",
        OrganizationKind.AGENCY,
        name_fr="Agence de Développement Social",
        acronym="ADS",
        id="ads",
    )
    entraide = Organization(
        "التعاون الوطني",
        OrganizationKind.PUBLIC_INSTITUTION,
        name_fr="Entraide Nationale",
        id="entraide-nationale",
    )
    inas = Organization(
        "المعهد الوطني للعمل الاجتماعي",
        OrganizationKind.PUBLIC_INSTITUTION,
        name_fr="Institut National de l'Action Sociale",
        acronym="INAS",
        id="inas",
    )
    hayar = Person("عواطف حيار", Gender.FEMALE)

    agreement_evidence = {
        "kind": (at("اتفاقية شراكة"),),
        "total_cost": (at("20 مليون درهم"),),
        "purpose": (at("النهوض بالعمل الاجتماعي على مستوى جهة كلميم – واد نون"),),
        "beneficiaries[0]": (at("النساء", after="لفائدة"),),
        "beneficiaries[1]": (at("الأشخاص في وضعيىة إعاقة"),),
        "region": (at("جهة كلميم – واد نون", after="النهوض بالعمل الاجتماعي"),),
    }
    agreement = Agreement(
        AgreementKind.PARTNERSHIP_AGREEMENT,
        article_id=SEED_ID,
        total_cost=MonetaryAmount(
            Decimal("20000000"), "MAD", AmountQualifier.UPPER_BOUND, surface="20 مليون درهم"
        ),
        purpose="النهوض بالعمل الاجتماعي على مستوى جهة كلميم – واد نون",
        beneficiaries=(Beneficiary.WOMEN, Beneficiary.PERSONS_WITH_DISABILITIES),
        region=guelmim,
        evidence=Evidence(agreement_evidence),
    )

    pillars = (
        "الإلتقائية",
        "الرقمنة",
        "التنمية المستدامة",
        "تعزيز الشراكات",
        "تحفيز الابتكار",
        "بلورة جيل جديد من الخدمات الاجتماعية وتقريبها من المواطنين",
        "تحقيق المساواة والعدالة المجالية",
    )
    quote = (
        "سنشتغل بهدف أن يصبح القطب الاجتماعي فاعلا ومساهما في الرفع من مؤشرات التنمية "
        "البشرية وتحسين ظروف عيش الساكنة، لاسيما الذين هم في وضعية هشاشة، كي تشكل مدينة "
        "كلميم قطبا اقتصاديا متكاملا وقاطرة للجهة"
    )
    meeting_evidence = {
        "kind": (at("لقاء تشاوري جهوي"),),
        "weekday": (at("السبت"),),
        "place": (at("مقر ولاية جهة كلميم – واد نون"),),
        "region": (at("جهة كلميم – واد نون"),),
        "attendance_mode": (at("حضوريا وعن بعد"),),
        "ordinal": (at("السابع", after="هذا الاجتماع"),),
        "chair": (at("وزيرة التضامن والإدماج الاجتماعي والأسرة، عواطف حيار"),),
        "chair.person": (at("عواطف حيار"),),
        "chair.posts[0]": (at("وزيرة التضامن والإدماج الاجتماعي والأسرة"),),
        "participants[0]": (at("والي جهة كلميم – واد نون عامل إقليم كلميم محمد الناجم أبهاي"),),
        "participants[0].person": (at("محمد الناجم أبهاي"),),
        "participants[0].posts[0]": (at("والي جهة كلميم – واد نون"),),
        "participants[0].posts[1]": (at("عامل إقليم كلميم"),),
        "participants[1]": (at("رئيسة المجلس الجهوي امباركة بوعيدة"),),
        "participants[1].person": (at("امباركة بوعيدة"),),
        "participants[1].posts[0]": (at("رئيسة المجلس الجهوي"),),
        "participants[2]": (at("رؤساء المصالح الخارجية المعنية"),),
        "participants[3]": (at("منتخبين"),),
        "participants[4]": (at("ممثلي عدد من جمعيات المجتمع المدني العاملة في المجال"),),
        "strategy": (at("استراتيجية الوزارة"),),
        "strategy.period": (at("2021-2026"),),
        "strategy.organization": (at("وزارة التضامن والإدماج الاجتماعي والأسرة"),),
        **{
            f"strategy.pillars[{i}]": (at(pillar, after="ترتكز على أبعاد جديدة"),)
            for i, pillar in enumerate(pillars)
        },
        "programmes[0]": (at("جسر"),),
        "programmes[0].description": (at("المفهوم الجديد للخدمات الاجتماعية"),),
        **{
            f"programmes[0].members[{i}]": (at(org.name, after="توحيد وتنسيق عمل"),)
            for i, org in enumerate((ads, entraide, inas))
        },
        "quotes[0]": (at(quote),),
        "quotes[0].speaker": (at("الوزيرة", after="تضيف"),),
        "topic": (
            at(
                "استراتيجية 2021-2026 لوزارة التضامن والإدماج الاجتماعي والأسرة، "
                "والمؤسسات التابعة لها"
            ),
        ),
        "agreements[0]": (at("اتفاقية شراكة"),),
    }
    meeting = Meeting(
        MeetingKind.REGIONAL_CONSULTATION,
        article_id=SEED_ID,
        weekday=Weekday.SATURDAY,
        region=guelmim,
        place=Place("مقر ولاية جهة كلميم – واد نون", PlaceKind.VENUE, guelmim),
        attendance_mode=AttendanceMode.HYBRID,
        ordinal=7,
        chair=Participation(
            Role.CHAIR,
            person=hayar,
            posts=(
                Post(
                    PostRole.MINISTER,
                    "وزيرة التضامن والإدماج الاجتماعي والأسرة",
                    organization=ministry,
                ),
            ),
        ),
        participants=(
            Participation(
                Role.ATTENDEE,
                person=Person("محمد الناجم أبهاي", Gender.MALE),
                posts=(
                    Post(PostRole.WALI, "والي جهة كلميم – واد نون", region=guelmim),
                    Post(
                        PostRole.GOVERNOR,
                        "عامل إقليم كلميم",
                        region=guelmim,  # the province of Guelmim lies in MA-10
                        place=Place("إقليم كلميم", PlaceKind.PROVINCE, guelmim),
                    ),
                ),
            ),
            Participation(
                Role.ATTENDEE,
                person=Person("امباركة بوعيدة", Gender.FEMALE),
                posts=(
                    Post(
                        PostRole.REGIONAL_COUNCIL_PRESIDENT,
                        "رئيسة المجلس الجهوي",
                        # "المجلس الجهوي" of the only region the article is about.
                        organization=msn.organization("regional-council-MA-10"),
                        region=guelmim,
                    ),
                ),
            ),
            Participation(
                Role.ATTENDEE,
                group="رؤساء المصالح الخارجية المعنية",
                group_kind=ParticipantGroup.EXTERNAL_SERVICES,
            ),
            Participation(
                Role.ATTENDEE, group="منتخبين", group_kind=ParticipantGroup.ELECTED_OFFICIALS
            ),
            Participation(
                Role.ATTENDEE,
                group="ممثلي عدد من جمعيات المجتمع المدني العاملة في المجال",
                group_kind=ParticipantGroup.CIVIL_SOCIETY,
            ),
        ),
        strategy=Strategy(
            "استراتيجية الوزارة", YearRange(2021, 2026), pillars, organization=ministry
        ),
        programmes=(
            Programme(
                "جسر",
                description="المفهوم الجديد للخدمات الاجتماعية",
                members=(ads, entraide, inas),
            ),
        ),
        quotes=(Quote(quote, hayar),),
        agreements=(agreement,),
        topic=(
            "استراتيجية 2021-2026 لوزارة التضامن والإدماج الاجتماعي والأسرة، والمؤسسات التابعة لها"
        ),
        evidence=Evidence(meeting_evidence),
    )
    return ExtractionResult(SEED_ID, meetings=(meeting,), agreements=(agreement,))


def render() -> bytes:
    """The record file's bytes."""
    return (msn.to_json(build(), indent=2) + "\n").encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args(argv)
    data = render()
    if args.check:
        same = RECORD.is_file() and RECORD.read_bytes() == data
        print("up to date" if same else f"{RECORD.name} differs from the generator")
        return 0 if same else 1
    RECORD.write_bytes(data)
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    entry = {
        "id": SEED_ID,
        "path": RECORD.name,
        "kind": "annotation",
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": len(data),
        "language": "ar",
        "region": "MA",
        "encoding": "utf-8",
        "provenance": PROVENANCE,
    }
    files = [f for f in manifest["files"] if f["path"] != RECORD.name]
    manifest["files"] = [*files, entry]
    MANIFEST.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(f"wrote {RECORD.relative_to(ROOT)} ({len(data)} bytes) and its manifest entry")
    return 0


if __name__ == "__main__":
    sys.exit(main())
