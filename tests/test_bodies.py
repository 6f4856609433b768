"""The generic recogniser of bodies the gazetteer cannot list (``_bodies.py``)."""

from __future__ import annotations

import pytest

from moroccan_social_news._bodies import body_at, find_bodies, find_bodies_normalized
from moroccan_social_news._model import OrganizationKind
from moroccan_social_news._normalize import normalize

_PI = OrganizationKind.PUBLIC_INSTITUTION
_COMMUNE = OrganizationKind.COMMUNE
_ASSOC = OrganizationKind.ASSOCIATION
_COOP = OrganizationKind.COOPERATIVE

# (text, [(name as published, kind, region code or None)])
_AGENCY = OrganizationKind.AGENCY

CASES = [
    # national and foreign agencies and offices, a ministry's regional services
    (
        "بين مجلس جهة الداخلة وادي الذهب والمكتب الوطني للصيد، تهم",
        [("المكتب الوطني للصيد", _AGENCY, None)],
    ),
    (
        "وقعت الوكالة الوطنية للمياه والغابات والمديرية الجهوية للفلاحة بجهة سوس ماسة اتفاقية",
        [
            ("الوكالة الوطنية للمياه والغابات", _AGENCY, None),
            ("المديرية الجهوية للفلاحة بجهة سوس ماسة", _PI, "MA-09"),
        ],
    ),
    ("مع الوكالة الفرنسية للتنمية، تهم", [("الوكالة الفرنسية للتنمية", _AGENCY, None)]),
    ("بين مجلس الجهة والوكالة اليابانية، بقيمة", [("الوكالة اليابانية", _AGENCY, None)]),
    (
        "والمؤسسة المغربية للنهوض بالتعليم الأولي اتفاقية",
        [("المؤسسة المغربية للنهوض بالتعليم الأولي", _PI, None)],
    ),
    # a prefecture or province signs through its governor
    (
        "بين عمالة إقليم خنيفرة وجماعة أجلموس",
        [
            ("عمالة إقليم خنيفرة", OrganizationKind.PROVINCE, "MA-05"),
            ("جماعة أجلموس", _COMMUNE, None),
        ],
    ),
    ("وعمالة الرباط", [("عمالة الرباط", OrganizationKind.PROVINCE, "MA-04")]),
    # development banks and companies by name
    (
        "والبنك الأوروبي لإعادة الإعمار والتنمية، أمس",
        [("البنك الأوروبي لإعادة الإعمار والتنمية", OrganizationKind.INTERNATIONAL, None)],
    ),
    ("مع البنك الدولي، بقيمة", [("البنك الدولي", OrganizationKind.INTERNATIONAL, None)]),
    ("ومجموعة رونو المغرب، يوم", [("مجموعة رونو المغرب", OrganizationKind.COMPANY, None)]),
    # governments, federations, schools, hospitals, agencies by their field
    (
        "وحكومة جهة الأندلس الإسبانية اتفاقية",
        [("حكومة جهة الأندلس الإسبانية", OrganizationKind.INTERNATIONAL, None)],
    ),
    (
        "مع الفيدرالية المغربية لمراكز النداء وترحيل الخدمات.",
        [("الفيدرالية المغربية لمراكز النداء وترحيل الخدمات", _ASSOC, None)],
    ),
    (
        "والمدرسة الوطنية للتجارة والتسيير بأكادير.",
        [("المدرسة الوطنية للتجارة والتسيير بأكادير", _PI, "MA-09")],
    ),
    (
        "والمركز الاستشفائي الجامعي الحسن الثاني بفاس.",
        [("المركز الاستشفائي الجامعي الحسن الثاني بفاس", _PI, "MA-03")],
    ),
    # funds, leagues, inter-professional federations, agencies named by a verbal noun
    ("وصندوق التجهيز الجماعي بقيمة", [("صندوق التجهيز الجماعي", _AGENCY, None)]),
    ("والعصبة الجهوية لكرة القدم، بغلاف", [("العصبة الجهوية لكرة القدم", _ASSOC, None)]),
    ("والفيدرالية البيمهنية للأركان، بكلفة", [("الفيدرالية البيمهنية للأركان", _ASSOC, None)]),
    (
        "ووكالة تهيئة موقع بحيرة مارتشيكا والمجلس",
        [("وكالة تهيئة موقع بحيرة مارتشيكا", _AGENCY, None)],
    ),
    # a place word after the name says where the body works, and ends the name
    ("وجمعية تنمية التعليم بالإقليم، تهم", [("جمعية تنمية التعليم", _ASSOC, None)]),
    # "و" + another head ends a name that may otherwise go on with "و"
    (
        "بين وكالة الحوض المائي لسبو والبنك الإفريقي للتنمية، بقيمة",
        [
            ("وكالة الحوض المائي لسبو", _AGENCY, None),
            ("البنك الإفريقي للتنمية", OrganizationKind.INTERNATIONAL, None),
        ],
    ),
    ("والمندوبية الإقليمية للصحة بتازة", [("المندوبية الإقليمية للصحة بتازة", _PI, "MA-03")]),
    ("ترأس رئيس جامعة ابن زهر، أمس، لقاء", [("جامعة ابن زهر", _PI, None)]),
    # a place glued to the name ends it and gives its region
    ("أبرمت جامعة محمد الأول بوجدة شراكة", [("جامعة محمد الأول بوجدة", _PI, "MA-02")]),
    ("بين جامعة القاضي عياض ومجلس جهة مراكش آسفي", [("جامعة القاضي عياض", _PI, None)]),
    # و + another body head ends the first body
    (
        "وقعت جامعة عبد المالك السعدي وجمعية النور للتنمية، اليوم، اتفاقية",
        [("جامعة عبد المالك السعدي", _PI, None), ("جمعية النور للتنمية", _ASSOC, None)],
    ),
    # an academy resolves to the gazetteer's academy of its region, under its name
    (
        "مدير الأكاديمية الجهوية للتربية والتكوين بجهة درعة تافيلالت",
        [("الأكاديمية الجهوية للتربية والتكوين لجهة درعة تافيلالت", _PI, "MA-08")],
    ),
    (
        "مع الأكاديمية الجهوية للتربية والتكوين بمراكش",  # a city gives the region
        [("الأكاديمية الجهوية للتربية والتكوين لجهة مراكش آسفي", _PI, "MA-07")],
    ),
    # a commune the gazetteer lacks keeps its name as written
    ("والمجلس الجماعي لسيدي بيبي، بعد", [("المجلس الجماعي لسيدي بيبي", _COMMUNE, None)]),
    ("ووقعت الجماعة الترابية لتيديلي اتفاقية", [("الجماعة الترابية لتيديلي", _COMMUNE, None)]),
    # "للمجلس": ل + the article; the name gets its article back
    (
        "بالنسبة للمجلس الجماعي لأولاد عياد، فإن",
        [("المجلس الجماعي لأولاد عياد", _COMMUNE, None)],
    ),
    # a commune whose city the gazetteer knows is that gazetteer body
    ("المجلس الجماعي لتيزنيت وشركاؤه", [("جماعة تيزنيت", _COMMUNE, "MA-09")]),
    (
        "ومجلس جماعة أيت عميرة بإقليم اشتوكة آيت باها،",
        [("مجلس جماعة أيت عميرة بإقليم اشتوكة آيت باها", _COMMUNE, "MA-09")],
    ),
    # chambers: a field, then a place
    (
        "الغرفة الجهوية للفلاحة لجهة فاس مكناس ووزارة الفلاحة",
        [("الغرفة الجهوية للفلاحة لجهة فاس مكناس", _PI, "MA-03")],
    ),
    (
        "مع غرفة التجارة والصناعة والخدمات لجهة الشرق، كما",
        [("غرفة التجارة والصناعة والخدمات لجهة الشرق", _PI, "MA-02")],
    ),
    ("رئيس غرفة الصناعة التقليدية، محمد", [("غرفة الصناعة التقليدية", _PI, None)]),
    # associations: a national one, a quoted name, a coordinated name
    (
        "الجمعية المغربية لمحاربة السيدا، وجمعيات أخرى",
        [("الجمعية المغربية لمحاربة السيدا", _ASSOC, None)],
    ),
    ('وقعت جمعية "أمل المستقبل" بآسفي على', [('جمعية "أمل المستقبل" بآسفي', _ASSOC, "MA-07")]),
    (
        "جمعية آباء وأمهات وأولياء التلاميذ، والمديرية",
        [("جمعية آباء وأمهات وأولياء التلاميذ", _ASSOC, None)],
    ),
    # cooperatives (a kind of their own)
    (
        "تعاونية نسوية لإنتاج زيت الأركان بإقليم الصويرة،",
        [("تعاونية نسوية لإنتاج زيت الأركان بإقليم الصويرة", _COOP, "MA-07")],
    ),
    ("دعم تعاونية «تيفاوين» للكسكس", [("تعاونية «تيفاوين»", _COOP, None)]),
    # diacritics and tatweel in the published text are kept in the name
    ("وقّعت جامعـة ابن طُفيل، اليوم", [("جامعـة ابن طُفيل", _PI, None)]),
    # foundations, organisations and companies by name; national companies; committees
    (
        "وقعت مؤسسة الأطلس للثقافة والتنمية، أمس، اتفاقية",
        [("مؤسسة الأطلس للثقافة والتنمية", _ASSOC, None)],
    ),
    ("مع منظمة أطباء العالم، لتقديم", [("منظمة أطباء العالم", _ASSOC, None)]),
    (
        "وشركة سوس للمنتجات البحرية، بهدف",
        [("شركة سوس للمنتجات البحرية", OrganizationKind.COMPANY, None)],
    ),
    (
        "بين الجهة والشركة الوطنية للطرق السيارة، تهم",
        [("الشركة الوطنية للطرق السيارة", OrganizationKind.COMPANY, None)],
    ),
    (
        "واللجنة الجهوية للتنمية البشرية بجهة الشرق، بكلفة",
        [("اللجنة الجهوية للتنمية البشرية بجهة الشرق", _PI, "MA-02")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_recognises_bodies(
    text: str, expected: list[tuple[str, OrganizationKind, str | None]]
) -> None:
    found = list(find_bodies(text))
    got = [(o.name, o.kind, o.region.code if o.region else None) for _, o in found]
    # names as published: the gazetteer's canonical name for a body it generates
    assert got == expected
    for span, org in found:
        if org.id is None:
            published = text[span.start : span.end]
            assert org.name in (published, "ال" + published)


NEGATIVES = [
    "جماعة من المواطنين احتجوا أمام العمالة",  # "جماعة" as "a group"
    "الجامعة الصيفية للشباب",  # the article: a common noun
    "صادقت الجمعية العامة على التقرير",  # general assembly
    "ندوة حول دور الجمعيات",  # plural
    "المجلس الجماعي صادق على الميزانية",  # which commune?
    "غرفة العمليات المركزية",  # a room, not a chamber
    "الأكاديمية الجهوية للتربية والتكوين",  # no region named
    # no clear boundary within the cap: a clause is never swallowed
    "جامعة تعمل منذ سنوات طويلة على تكوين أجيال متعاقبة من الطلبة الباحثين",
    "جمعية 20 فبراير",  # digits: no clear end of the name
    "أسست جمعية تعمل في المجال",  # a lone word that reads as a verb
    "جامعة فصل الصيف",  # not a person's or a place's name
    "للجامعة المغربية دور",
    "أعلنت الوكالة الوطنية أمس",  # an agency with no field: which one?
    "المديرية الجهوية تعلن",
    "انعقد الاجتماع بعمالة إقليم تازة",  # glued ب: where, not who
    "شركة متخصصة في البناء",  # an adjective is no name
    "مجموعة من الشركات",
    "مجموعة كبيرة من المشاريع",
    "وقعت منظمة غير حكومية اتفاقية",  # "غير حكومية" qualifies, names nothing
    "مع مؤسسة تعليمية خاصة",
    "شركة جديدة للنقل",
    "وتعمل اللجنة على تتبع",  # a committee with no field: which one?
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_body(text: str) -> None:
    assert list(find_bodies(text)) == []


def test_generated_bodies_keep_their_gazetteer_id() -> None:
    (_, org), *_ = find_bodies("المركز الجهوي للاستثمار لجهة سوس ماسة")
    assert org.id == "cri-MA-09"
    (_, org), *_ = find_bodies("المجلس الجماعي لأكادير")
    assert org.id == "commune-agadir"
    (_, org), *_ = find_bodies("جامعة ابن زهر،")
    assert org.id is None


def test_range_and_single_position() -> None:
    text = normalize("وقعت جامعة ابن زهر، وجمعية الأمل، اتفاقية", preset="search")
    first = text.index("جامعه")
    # only heads inside the range are read
    assert [m.start for m in find_bodies_normalized(text, first + 5)] == [text.index("جمعيه")]
    mention = body_at(text, first)
    assert mention is not None
    assert text[mention.start : mention.end] == "جامعه ابن زهر"
    assert body_at(text, 0) is None


def test_name_length_is_capped() -> None:
    words = " ".join(["كلمة"] * 40)
    assert list(find_bodies(f"جمعية {words}، ثم")) == []


def test_a_preposition_begins_no_name() -> None:
    # "مؤسسة لإيواء التلاميذ": an institution for housing pupils, not one named "لإيواء"
    assert list(find_bodies("وقعت الجمعية اتفاقية لتسيير مؤسسة لإيواء التلاميذ.")) == []
