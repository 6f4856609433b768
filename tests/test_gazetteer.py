"""The gazetteer: its data (against ISO 3166-2:MA) and its lookups in Arabic news text."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import moroccan_social_news as msn
from moroccan_social_news import _gazetteer as gz
from moroccan_social_news._model import Gender, OrganizationKind, PlaceKind, PostRole
from moroccan_social_news._normalize import normalize

FIXTURE = Path(__file__).parent / "fixtures" / "iso3166_2_ma.json"
ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-2.json")
# Where the published ISO parent region of a province disagrees with decree 2-15-40
# (which the gazetteer follows): Nouaceur is in Casablanca-Settat, Chtouka-Aït Baha in
# Souss-Massa.
ISO_PARENT_ERRATA = {"MA-NOU": "MA-06", "MA-CHT": "MA-09"}


def _iso() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """(region code -> name, province code -> {name, type, parent}) from iso-codes or fixture."""
    if ISO_CODES.is_file():
        entries = json.loads(ISO_CODES.read_text(encoding="utf-8"))["3166-2"]
        ma = [e for e in entries if e["code"].startswith("MA-")]
        regions = {e["code"]: e["name"] for e in ma if e["type"] == "Region"}
        subs = {
            e["code"]: {
                "name": e["name"],
                "type": e["type"].lower(),
                "parent": "MA-" + e["parent"],
            }
            for e in ma
            if e["type"] != "Region"
        }
        return regions, subs
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return (
        {r["code"]: r["name"] for r in data["regions"]},
        {s["code"]: s for s in data["subdivisions"]},
    )


def _iso_name(name: str) -> str:
    return re.sub(r" \(EH(-partial)?\)$", "", name)


def _loose(name: str) -> str:
    """A French name without accents, case, spaces, hyphens or apostrophes."""
    decomposed = unicodedata.normalize("NFD", name)
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c)).lower()


# The gazetteer keeps the French spelling of decree 2-15-40 where ISO spells otherwise
# (ISO: "Agadir-Ida-Ou-Tanane", "Mohammadia").
ISO_SPELLS_OTHERWISE = {"MA-AGD", "MA-MOH"}


# --- the data ----------------------------------------------------------------------------


def test_fixture_agrees_with_iso_codes_where_installed() -> None:
    if not ISO_CODES.is_file():
        pytest.skip("Debian iso-codes is not installed")
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    regions, subs = _iso()
    assert {r["code"]: r["name"] for r in data["regions"]} == regions
    assert {s["code"]: s for s in data["subdivisions"]} == {
        code: {"code": code, **value} for code, value in subs.items()
    }


def test_twelve_regions_with_iso_codes_and_names() -> None:
    iso_regions, _ = _iso()
    ours = msn.regions()
    assert [r.code for r in ours] == [f"MA-{n:02d}" for n in range(1, 13)]
    assert {r.code: r.name_fr for r in ours} == {
        code: _iso_name(name) for code, name in iso_regions.items()
    }
    assert all(r.name_ar and r.name_en for r in ours)
    assert msn.region("MA-10").name_en == "Guelmim-Oued Noun"
    # the Region record is named with جهة, the gazetteer entry without it
    assert msn.region("MA-10").name_ar == "جهة كلميم واد نون"
    assert msn.gazetteer_entry("MA-10").name_ar == "كلميم واد نون"
    assert msn.region("MA-02").name_ar == "جهة الشرق"


def test_provinces_are_the_iso_list_in_the_decree_regions() -> None:
    _, iso_subs = _iso()
    provinces = [
        e for e in msn.gazetteer_entries() if e.kind in (PlaceKind.PROVINCE, PlaceKind.PREFECTURE)
    ]
    assert len(provinces) == 75
    assert {p.id for p in provinces} == set(iso_subs)
    for p in provinces:
        iso = iso_subs[p.id]
        assert p.kind.value == iso["type"], p.id
        assert p.region_code == ISO_PARENT_ERRATA.get(p.id, iso["parent"]), p.id
        if p.id not in ISO_SPELLS_OTHERWISE:
            assert _loose(p.name_fr) == _loose(_iso_name(iso["name"])), p.id


def test_province_counts_per_region_follow_the_decree() -> None:
    counts = Counter(
        e.region_code
        for e in msn.gazetteer_entries()
        if e.kind in (PlaceKind.PROVINCE, PlaceKind.PREFECTURE)
    )
    assert [counts[f"MA-{n:02d}"] for n in range(1, 13)] == [8, 8, 9, 7, 5, 9, 8, 5, 6, 4, 4, 2]
    assert [p.name_fr for p in msn.gazetteer_entry("MA-12").provinces] == [
        "Oued Ed-Dahab",
        "Aousserd",
    ]


def test_every_capital_is_a_city_of_its_region() -> None:
    capitals = {r.code: msn.gazetteer_entry(r.code).seat for r in msn.regions()}
    assert capitals == {
        "MA-01": "tanger",
        "MA-02": "oujda",
        "MA-03": "fes",
        "MA-04": "rabat",
        "MA-05": "beni-mellal",
        "MA-06": "casablanca",
        "MA-07": "marrakech",
        "MA-08": "errachidia",
        "MA-09": "agadir",
        "MA-10": "guelmim",
        "MA-11": "laayoune",
        "MA-12": "dakhla",
    }
    for code, city in capitals.items():
        assert city is not None
        entry = msn.gazetteer_entry(city)
        assert entry.kind is PlaceKind.CITY
        assert entry.region_code == code


def test_every_seat_is_a_city_of_its_province() -> None:
    for e in msn.gazetteer_entries():
        if e.kind in (PlaceKind.PROVINCE, PlaceKind.PREFECTURE) and e.seat is not None:
            assert msn.gazetteer_entry(e.seat).province_id == e.id
    for city in msn.gazetteer_entries(PlaceKind.CITY):
        assert city.province_id is not None
        assert msn.gazetteer_entry(city.province_id).region_code == city.region_code


def test_hcp_codes_are_the_decree_numbers() -> None:
    assert [msn.gazetteer_entry(r.code).hcp_code for r in msn.regions()] == [
        f"{n:02d}" for n in range(1, 13)
    ]


def _is_or_in(found: gz.PlaceMatch | None, entry: gz.GazetteerEntry) -> bool:
    """Found ``entry``, or (bare province names are also city names) a city inside it."""
    return found is not None and entry.id in (found.entry.id, found.entry.province_id)


def test_every_name_and_alias_resolves_to_its_own_entry() -> None:
    for e in msn.gazetteer_entries():
        names = [e.name_ar, *(a.name for a in e.aliases)]
        rules = [e.match, *(a.match for a in e.aliases)]
        for name, rule in zip(names, rules, strict=True):
            # the designated form always works; a bare name per its rule
            designator = {
                "region": "جهة",
                "city": "مدينة",
                "arrondissement_prefecture": "عمالة مقاطعات",
            }.get(e.kind.value, "إقليم")
            found = msn.find_place(f"زيارة {designator} {name} أمس")
            assert found is not None, (e.id, name)
            assert found.entry.id == e.id, (e.id, name)
            if rule is gz.MatchRule.ALWAYS:
                assert _is_or_in(msn.find_place(f"زيارة {name} أمس"), e), (e.id, name)
            elif rule is gz.MatchRule.CLITIC:
                assert msn.find_place(f"زيارة {name} أمس") is None, name
                assert _is_or_in(msn.find_place(f"زيارة ب{name} أمس"), e), (e.id, name)
            else:
                assert msn.find_place(f"زيارة {name} أمس") is None, name
        assert _is_or_in(msn.find_place(f"visite à {e.name_fr} hier"), e), e.name_fr


def test_region_errors() -> None:
    with pytest.raises(msn.UnknownRegionError, match=r"'MA-16'; valid: MA-01, MA-02"):
        msn.region("MA-16")  # a pre-2015 code, no longer valid
    with pytest.raises(KeyError):
        msn.region("ma-10")  # codes are upper case
    assert issubclass(msn.UnknownRegionError, msn.UnknownNameError)
    with pytest.raises(TypeError, match="str"):
        msn.region(10)  # type: ignore[arg-type]  # the wrong type is the test
    with pytest.raises(msn.UnknownNameError, match="gazetteer id 'nowhere'"):
        msn.gazetteer_entry("nowhere")
    with pytest.raises(msn.UnknownNameError, match="organization id"):
        msn.organization("ministry-of-magic")


# --- finding regions and places ----------------------------------------------------------

REGION_TEXTS = [
    ("انعقد اللقاء بمقر ولاية جهة كلميم – واد نون", "MA-10"),  # en dash with spaces
    ("كلميم-واد نون", "MA-10"),
    ("كلميم واد نون", "MA-10"),
    ("جهة كلميم وادنون", "MA-10"),  # the press often glues "وادنون"
    ("بجهة كلميم-وادنون", "MA-10"),
    ("جهة كلميم وادي نون", "MA-10"),
    ("لجهة طنجة - تطوان - الحسيمة", "MA-01"),
    ("بالجهة الشرقية", "MA-02"),
    ("مجلس جهة الشرق", "MA-02"),
    ("وجهة فاس مكناس", "MA-03"),  # glued conjunction
    ("جهة الرباط سلا القنيطرة", "MA-04"),
    ("بجهة بني ملال خنيفرة", "MA-05"),
    ("جهة الدار البيضاء سطات", "MA-06"),
    ("جهة مراكش أسفي", "MA-07"),
    ("بجهة درعة تافيلالت", "MA-08"),
    ("جهة سوس ماسة", "MA-09"),
    ("جهة العيون الساقية الحمراء", "MA-11"),
    ("جهة الداخلة وادي الذهب", "MA-12"),
    ("la région Guelmim-Oued Noun", "MA-10"),
    ("région de Fes-Meknes", "MA-03"),  # without accents
    ("جهـة كلمـيم واد نون", "MA-10"),  # tatweel
]


@pytest.mark.parametrize(("text", "code"), REGION_TEXTS)
def test_find_region(text: str, code: str) -> None:
    found = msn.find_region(text)
    assert found is not None
    assert found.code == code


@pytest.mark.parametrize(
    "text",
    [
        "توجه الوفد نحو الشرق",  # الشرق alone is a direction
        "مدينة كلميم",  # a city, not a region
        "كلميمي الأصل",  # a longer word
        "",
    ],
)
def test_find_region_none(text: str) -> None:
    assert msn.find_region(text) is None


# (text, surface, kind, gazetteer id, region): one province and one city per region
PLACE_TEXTS = [
    ("في عمالة طنجة أصيلة", "عمالة طنجة أصيلة", "prefecture", "MA-TNG", "MA-01"),
    ("بالحسيمة", "الحسيمة", "city", "al-hoceima", "MA-01"),
    ("بإقليم الناظور", "إقليم الناظور", "province", "MA-NAD", "MA-02"),
    ("وصل إلى وجدة", "وجدة", "city", "oujda", "MA-02"),
    ("بإقليم تاونات", "إقليم تاونات", "province", "MA-TAO", "MA-03"),
    ("في فاس", "فاس", "city", "fes", "MA-03"),
    ("عمالة الصخيرات تمارة", "عمالة الصخيرات تمارة", "prefecture", "MA-SKH", "MA-04"),
    ("بالقنيطرة", "القنيطرة", "city", "kenitra", "MA-04"),
    ("إقليم أزيلال", "إقليم أزيلال", "province", "MA-AZI", "MA-05"),
    ("مدينة خريبكة", "مدينة خريبكة", "city", "khouribga", "MA-05"),
    ("بإقليم بنسليمان", "إقليم بنسليمان", "province", "MA-BES", "MA-06"),
    ("بالدار البيضاء", "الدار البيضاء", "city", "casablanca", "MA-06"),
    ("بإقليم الحوز", "إقليم الحوز", "province", "MA-HAO", "MA-07"),
    ("في آسفي", "آسفي", "city", "safi", "MA-07"),
    ("إقليم زاكورة", "إقليم زاكورة", "province", "MA-ZAG", "MA-08"),
    ("بالرشيدية", "الرشيدية", "city", "errachidia", "MA-08"),
    ("بإقليم اشتوكة آيت باها", "إقليم اشتوكة آيت باها", "province", "MA-CHT", "MA-09"),
    ("بأكادير", "أكادير", "city", "agadir", "MA-09"),
    ("إقليم آسا الزاك", "إقليم آسا الزاك", "province", "MA-ASZ", "MA-10"),
    ("بسيدي إفني", "سيدي إفني", "city", "sidi-ifni", "MA-10"),
    ("إقليم السمارة", "إقليم السمارة", "province", "MA-ESM", "MA-11"),
    ("بالعيون", "العيون", "city", "laayoune", "MA-11"),  # clitic ب licenses العيون
    ("إقليم أوسرد", "إقليم أوسرد", "province", "MA-AOU", "MA-12"),
    ("وبالداخلة", "الداخلة", "city", "dakhla", "MA-12"),
    ("في الناظور", "الناظور", "city", "nador", "MA-02"),  # bare: the city wins
    ("للحسيمة", "لحسيمة", "city", "al-hoceima", "MA-01"),  # ل + ال written لل
    ("à Tanger", "Tanger", "city", "tanger", "MA-01"),
]


@pytest.mark.parametrize(("text", "surface", "kind", "entry_id", "code"), PLACE_TEXTS)
def test_find_place(text: str, surface: str, kind: str, entry_id: str, code: str) -> None:
    found = msn.find_place(text)
    assert found is not None
    assert (found.place.name, found.kind.value, found.entry.id) == (surface, kind, entry_id)
    assert found.place.kind.value == kind
    assert found.place.region is not None
    assert found.place.region.code == code
    assert text[found.start : found.end] == surface
    assert found.span.text(text) == surface


def test_find_places_prefers_the_longest_name_and_reports_offsets() -> None:
    text = "والي جهة كلميم واد نون عامل إقليم كلميم، وزار مدينة كلميم ثم طانطان"
    found = list(msn.find_places(text))
    assert [(m.entry.id, text[m.start : m.end]) for m in found] == [
        ("MA-10", "جهة كلميم واد نون"),
        ("MA-GUE", "إقليم كلميم"),
        ("guelmim", "مدينة كلميم"),
        ("tan-tan", "طانطان"),
    ]


def test_spans_skip_tatweel_and_diacritics_in_the_original_text() -> None:
    text = "زيارة ميدانية إلى إقليـم بنسلِيمان"
    found = msn.find_place(text)
    assert found is not None
    assert text[found.start : found.end] == "إقليـم بنسلِيمان"


@pytest.mark.parametrize(
    "text",
    [
        "العيون مفتوحة على المستقبل",  # العيون: eyes
        "الاستراتيجية الجديدة للوزارة",  # الجديدة: new
        "الورقة البيضاء حول الحماية الاجتماعية",  # البيضاء: white
        "نشاط بركان في المنطقة",  # بركان: volcano
        "تقرير الفحص الطبي",  # الفحص: examination
        "عبور المضيق",  # المضيق: the strait
        "الأسر المديونة",  # indebted
        "قال محمد بن سليمان إن الجمعية نظمت الدورة",
        "وأكدت الوزيرة أن البرنامج يهم النساء والأطفال في وضعية صعبة",
        "تم توقيع اتفاقية شراكة بقيمة 20 مليون درهم",
    ],
)
def test_no_false_positive_places(text: str) -> None:
    assert list(msn.find_places(text)) == []


# --- organizations -----------------------------------------------------------------------

ORGANIZATION_TEXTS = [
    ("وزارة التضامن والإدماج الاجتماعي والأسرة", "ministry-solidarity"),
    ("وزارة التضامن والادماج الاجتماعي والاسرة", "ministry-solidarity"),  # no hamza
    ("وزارة التضامن والتنمية الاجتماعية والمساواة والأسرة", "ministry-solidarity"),  # former
    ("ووزارة التنمية الاجتماعية والأسرة والتضامن", "ministry-solidarity"),  # 2007-2012
    ("Ministère de la Solidarité, de l'Insertion Sociale et de la Famille", "ministry-solidarity"),
    ("بشراكة مع وكالة التنمية الاجتماعية", "ads"),
    ("l'ADS et l'INDH", "ads"),
    ("مندوبية التعاون الوطني", "entraide-nationale"),
    ("المعهد الوطني للعمل الاجتماعي بطنجة", "inas"),
    ("في إطار المبادرة الوطنية للتنمية البشرية", "indh"),
    ("منظمة اليونيسف", "unicef"),
    ("رئيسة مجلس جهة كلميم واد نون", "regional-council-MA-10"),
    ("المجلس الجهوي لجهة سوس ماسة", "regional-council-MA-09"),
    ("بمقر ولاية جهة مراكش آسفي", "wilaya-MA-07"),
    ("المجلس الإقليمي لإقليم تيزنيت", "provincial-council-MA-TIZ"),
    ("مجلس عمالة الرباط", "provincial-council-MA-RAB"),
    # ministries under their official names and the short forms the press writes
    (
        "وزارة الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج",
        "ministry-foreign-affairs",
    ),
    ("مصادر من وزارة الخارجية", "ministry-foreign-affairs"),
    ("وزارة الانتقال الطاقي والتنمية المستدامة", "ministry-energy-transition"),
    ("وزارة الصناعة والتجارة", "ministry-industry-trade"),
    ("ووزارة النقل واللوجستيك", "ministry-transport-logistics"),
    (
        "الوزارة المنتدبة لدى رئيس الحكومة المكلفة بالعلاقات مع البرلمان",
        "ministry-relations-parliament",
    ),
    ("كتابة الدولة المكلفة بالصيد البحري", "state-secretariat-sea-fisheries"),
    ("الأمانة العامة للحكومة", "sgg"),
    ("وزارة المالية", "ministry-economy-finance"),
    ("وزارة التربية الوطنية والتكوين المهني والتعليم العالي والبحث العلمي", "ministry-education"),
    ("بتنسيق مع وزارة الثقافة", "ministry-youth-culture"),
    # public institutions and companies, by name, short form and acronym
    ("المكتب الوطني للماء والكهرباء", "onee"),  # the short form everyone writes
    ("المكتب الوطني للكهرباء والماء", "onee"),
    ("مجموعة المكتب الشريف للفوسفاط", "ocp"),
    ("le Groupe OCP", "ocp"),
    ("المكتب الوطني للسكك الحديدية", "oncf"),
    ("l'ONCF", "oncf"),
    ("المكتب الوطني للمطارات", "onda"),
    ("المكتب الوطني المغربي للسياحة", "onmt"),
    ("المكتب الوطني للسلامة الصحية", "onssa"),
    ("مكتب التكوين المهني وإنعاش الشغل", "ofppt"),
    ("مكتب التكوين المهني وانعاش الشغل", "ofppt"),  # no hamza
    ("صندوق الإيداع والتدبير", "cdg"),
    ("الشركة الوطنية للطرق السيارة بالمغرب", "adm"),
    ("شركة الطرق السيارة بالمغرب", "adm"),
    ("مجموعة العمران", "al-omrane"),
    ("والي بنك المغرب", "bank-al-maghrib"),
    ("الوكالة الوطنية لتقنين المواصلات", "anrt"),
    ("الوكالة المغربية لتنمية الاستثمارات والصادرات", "amdie"),
    ("الوكالة الوطنية للموانئ", "anp"),
    ("الوكالة المغربية للطاقة المستدامة", "masen"),
    ("المكتب الوطني للهيدروكاربورات والمعادن", "onhym"),
    ("وكالة تنمية جهة الشرق", "agence-oriental"),
    ("وكالة تنمية أقاليم الشمال", "agence-nord"),
    ("وكالة التنمية الفلاحية", "ada"),
    ("الوكالة الوطنية للمياه والغابات", "anef"),
    ("الصندوق الوطني لمنظمات الاحتياط الاجتماعي", "cnops"),
    ("المندوبية العامة لإدارة السجون وإعادة الإدماج", "dgapr"),
    # bodies generated per region and per city
    ("الأكاديمية الجهوية للتربية والتكوين لجهة سوس ماسة", "aref-MA-09"),
    ("الاكاديمية الجهوية للتربية والتكوين لسوس-ماسة", "aref-MA-09"),  # ل glued, hyphen
    ("المركز الجهوي للاستثمار لجهة الدار البيضاء سطات", "cri-MA-06"),
    ("المركز الجهوي للاستثمار بجهة طنجة تطوان الحسيمة", "cri-MA-01"),
    ("المجلس الجماعي لأكادير", "commune-agadir"),
    ("المجلس الجماعي للعيون", "commune-laayoune"),
    ("وجماعة تيزنيت", "commune-tiznit"),
]


@pytest.mark.parametrize(("text", "org_id"), ORGANIZATION_TEXTS)
def test_find_organization(text: str, org_id: str) -> None:
    found = msn.find_organization(text)
    assert found is not None
    assert found.id == org_id


def test_organization_records() -> None:
    ministry = msn.organization("ministry-solidarity")
    assert ministry.kind is OrganizationKind.MINISTRY
    assert ministry.name == "وزارة التضامن والإدماج الاجتماعي والأسرة"
    assert msn.organization("ads").acronym == "ADS"
    assert msn.organization("entraide-nationale").name_fr == "Entraide Nationale"
    assert msn.organization("regional-council-MA-10").kind is OrganizationKind.REGIONAL_COUNCIL
    ids = [o.id for o in msn.organizations()]
    assert len(ids) == len(set(ids))
    listed = len(gz._records("organizations.json", "organizations"))
    cities = len(msn.gazetteer_entries(PlaceKind.CITY))
    # per region: council, wilaya, CRI, AREF; per prefecture/province: council; per city: commune
    assert len(ids) == listed + 12 * 4 + 75 + cities
    assert listed == 82
    # a provincial council named with ل glued to its province ("لأزيلال", "للحسيمة")
    found = msn.find_organizations("والمجلس الإقليمي لأزيلال والمجلس الإقليمي للحسيمة")
    assert [m.organization.id for m in found] == [
        "provincial-council-MA-AZI",
        "provincial-council-MA-HOC",
    ]


def test_generated_and_regional_bodies_carry_their_region() -> None:
    aref = msn.organization("aref-MA-09")
    assert aref.kind is OrganizationKind.PUBLIC_INSTITUTION
    assert aref.name == "الأكاديمية الجهوية للتربية والتكوين لجهة سوس ماسة"
    assert aref.acronym == "AREF"
    assert aref.region is not None
    assert aref.region.code == "MA-09"
    cri = msn.organization("cri-MA-07")
    assert (cri.acronym, cri.region.code if cri.region else None) == ("CRI", "MA-07")
    commune = msn.organization("commune-tiznit")
    assert commune.kind is OrganizationKind.COMMUNE
    assert commune.region is not None
    assert commune.region.code == "MA-09"
    council = msn.organization("provincial-council-MA-AZI")
    assert council.region is not None
    assert council.region.code == "MA-05"
    north = msn.organization("agence-nord")
    assert (north.acronym, north.region.code if north.region else None) == ("APDN", "MA-01")
    # national bodies have no region
    assert msn.organization("ocp").region is None
    assert msn.organization("ocp").kind is OrganizationKind.COMPANY


def test_shared_acronyms_of_generated_bodies_are_not_indexed() -> None:
    # "CRI" or "AREF" alone does not say which region's body is meant
    assert list(msn.find_organizations("le CRI et l'AREF")) == []


def test_every_ministry_of_the_government_is_listed() -> None:
    ministries = {o.id for o in msn.organizations() if o.kind is OrganizationKind.MINISTRY}
    assert {
        "ministry-interior",
        "ministry-foreign-affairs",
        "ministry-economy-finance",
        "ministry-equipment-water",
        "ministry-agriculture",
        "ministry-health",
        "ministry-education",
        "ministry-higher-education",
        "ministry-energy-transition",
        "ministry-industry-trade",
        "ministry-tourism",
        "ministry-transport-logistics",
        "ministry-justice",
        "ministry-habous",
        "ministry-youth-culture",
        "ministry-digital",
        "ministry-solidarity",
        "ministry-employment",
        "ministry-housing",
        "ministry-relations-parliament",
        "state-secretariat-sea-fisheries",
        "sgg",
    } <= ministries


def test_organization_names_are_written_with_hamza() -> None:
    # names are stored as published; only matching goes through the normaliser
    assert "إ" in msn.organization("ministry-foreign-affairs").name
    assert "إ" in msn.organization("ofppt").name
    assert msn.organization("onee").name == "المكتب الوطني للكهرباء والماء الصالح للشرب"


def test_organization_match_offsets_and_acronym_case() -> None:
    text = "وقعت وزارة التضامن اتفاقية مع ads و INAS"
    found = list(msn.find_organizations(text))
    # "ads" in lower case is not the acronym ADS
    assert [(m.organization.id, m.surface) for m in found] == [
        ("ministry-solidarity", "وزارة التضامن"),
        ("inas", "INAS"),
    ]
    assert all(text[m.start : m.end] == m.surface for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "وزارة جديدة للتخطيط",
        "التعاون بين الجمعيات الوطنية",
        "ads and ads",
        "تطوير العمران في المدن",  # "العمران" alone is a common noun, not Al Omrane
        "المجلس الجماعي",  # which commune?
        "وكالة الشرق الأوسط للأنباء",
    ],
)
def test_no_false_positive_organizations(text: str) -> None:
    assert list(msn.find_organizations(text)) == []


# --- posts -------------------------------------------------------------------------------

POST_TEXTS = [
    ("وزيرة التضامن", PostRole.MINISTER, Gender.FEMALE, "وزيرة"),
    ("أكد الوزير", PostRole.MINISTER, Gender.MALE, "الوزير"),
    ("وقالت للوزيرة", PostRole.MINISTER, Gender.FEMALE, "لوزيرة"),  # ل + ال written لل
    ("كاتبة الدولة المكلفة", PostRole.SECRETARY_OF_STATE, Gender.FEMALE, "كاتبة الدولة"),
    ("والي جهة كلميم واد نون", PostRole.WALI, Gender.MALE, "والي جهة"),
    ("عامل إقليم كلميم", PostRole.GOVERNOR, Gender.MALE, "عامل إقليم"),
    ("عاملة عمالة الصخيرات تمارة", PostRole.GOVERNOR, Gender.FEMALE, "عاملة عمالة"),
    (
        "رئيسة المجلس الجهوي",
        PostRole.REGIONAL_COUNCIL_PRESIDENT,
        Gender.FEMALE,
        "رئيسة المجلس الجهوي",
    ),
    ("رئيس مجلس الجهة", PostRole.REGIONAL_COUNCIL_PRESIDENT, Gender.MALE, "رئيس مجلس الجهة"),
    (
        "رئيس المجلس الإقليمي لطاطا",
        PostRole.PROVINCIAL_COUNCIL_PRESIDENT,
        Gender.MALE,
        "رئيس المجلس الإقليمي",
    ),
    ("رئيس جماعة تيزنيت", PostRole.COMMUNE_PRESIDENT, Gender.MALE, "رئيس جماعة"),
    ("عمدة مدينة طنجة", PostRole.MAYOR, None, "عمدة مدينة"),
    ("المديرة الجهوية للتعاون الوطني", PostRole.DIRECTOR, Gender.FEMALE, "المديرة الجهوية"),
    ("الكاتب العام للوزارة", PostRole.GENERAL_SECRETARY, Gender.MALE, "الكاتب العام"),
    ("النائبة البرلمانية", PostRole.MEMBER_OF_PARLIAMENT, Gender.FEMALE, "النائبة البرلمانية"),
    ("رئيس جمعية", PostRole.PRESIDENT, Gender.MALE, "رئيس"),
    ("نائب رئيس مجلس الجهة", PostRole.OTHER, Gender.MALE, "نائب رئيس"),  # not the president
]


@pytest.mark.parametrize(("text", "role", "gender", "surface"), POST_TEXTS)
def test_find_posts(text: str, role: PostRole, gender: Gender | None, surface: str) -> None:
    found = next(msn.find_posts(text))
    assert (found.role, found.gender, found.title) == (role, gender, surface)
    assert text[found.start : found.end] == surface


@pytest.mark.parametrize(
    "text",
    [
        "ويعد التكوين عاملا مهما وعامل أساسي في التنمية",  # عامل: factor
        "وإلى الدار البيضاء",  # وإلى normalises to والي ("and to"), bare والي is no title
        "برئاسة اللجنة",  # a verbal noun, not the title رئيس
        "المدارس والمراكز",
    ],
)
def test_no_false_positive_posts(text: str) -> None:
    assert list(msn.find_posts(text)) == []


# --- normalised-text entry points and the seed article ----------------------------------


def _norm_funcs() -> Iterator[
    tuple[Callable[[str], Iterator[Any]], Callable[[str], Iterator[Any]]]
]:
    yield msn.find_places, gz._find_places_normalized
    yield msn.find_organizations, gz._find_organizations_normalized
    yield msn.find_posts, gz._find_posts_normalized


def test_normalized_entry_points_agree_with_the_public_ones() -> None:
    text = msn.load_article(msn.article_ids()[0]).text
    ntext = normalize(text, preset="search")
    for public, private in _norm_funcs():
        raw = list(public(text))
        normed = list(private(ntext))
        assert len(raw) == len(normed) > 0
        for a, b in zip(raw, normed, strict=True):
            assert normalize(text[a.start : a.end], preset="search") == ntext[b.start : b.end]


def test_seed_article() -> None:
    text = msn.load_article(msn.article_ids()[0]).text
    region = msn.find_region(text)
    assert region is not None
    assert region.code == "MA-10"
    orgs = {m.organization.id for m in msn.find_organizations(text)}
    assert {"ministry-solidarity", "ads", "entraide-nationale", "inas", "wilaya-MA-10"} <= orgs
    roles = [m.role for m in msn.find_posts(text)]
    for role in (
        PostRole.MINISTER,
        PostRole.WALI,
        PostRole.GOVERNOR,
        PostRole.REGIONAL_COUNCIL_PRESIDENT,
    ):
        assert role in roles
    assert {m.entry.id for m in msn.find_places(text)} >= {"MA-10", "MA-GUE"}


def test_type_errors() -> None:
    with pytest.raises(TypeError, match="str"):
        msn.find_place(b"bytes")  # type: ignore[arg-type]  # the wrong type is the test
    with pytest.raises(TypeError, match="PlaceKind"):
        msn.gazetteer_entries("city")  # type: ignore[arg-type]  # the wrong type is the test


# --- validation on load ------------------------------------------------------------------


@pytest.fixture
def tampered(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[[str, Callable[[Any], None]], None]]:
    """Make the loader read a modified copy of one gazetteer file."""
    real = gz._read
    caches = (
        gz._places,
        gz._organizations,
        gz._posts,
        gz._place_index,
        gz._organization_index,
        gz._post_index,
    )

    def tamper(name: str, edit: Callable[[Any], None]) -> None:
        def fake(asked: str) -> dict[str, Any]:
            data = real(asked)
            if asked == name:
                edit(data)
            return data

        monkeypatch.setattr(gz, "_read", fake)
        for cache in caches:
            cache.cache_clear()

    yield tamper
    monkeypatch.undo()
    for cache in caches:
        cache.cache_clear()


def test_load_rejects_a_province_in_an_unknown_region(tampered: Any) -> None:
    tampered("provinces.json", lambda d: d["provinces"][0].update(region="MA-13"))
    with pytest.raises(msn.DataIntegrityError, match="unknown region 'MA-13'"):
        msn.regions()


def test_load_rejects_a_duplicate_id(tampered: Any) -> None:
    tampered("cities.json", lambda d: d["cities"].append(dict(d["cities"][0])))
    with pytest.raises(msn.DataIntegrityError, match="duplicate id 'tanger'"):
        msn.regions()


def test_load_rejects_a_capital_outside_its_region(tampered: Any) -> None:
    tampered("regions.json", lambda d: d["regions"][9].update(capital="tanger"))
    with pytest.raises(msn.DataIntegrityError, match="seat 'tanger' of 'MA-10'"):
        msn.regions()


def test_load_rejects_a_bad_region_code(tampered: Any) -> None:
    tampered("regions.json", lambda d: d["regions"][0].update(code="MA-1"))
    with pytest.raises(msn.DataIntegrityError, match="bad code 'MA-1'"):
        msn.regions()


def test_load_rejects_an_unknown_post_role(tampered: Any) -> None:
    tampered("posts.json", lambda d: d["posts"][0].update(role="king"))
    with pytest.raises(msn.DataIntegrityError, match=r"posts\.json"):
        list(msn.find_posts("وزير"))
