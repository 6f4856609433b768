"""Amounts of money, qualifiers, equivalents and roles (moroccan_social_news._money)."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

import moroccan_social_news as msn
from moroccan_social_news import AmountQualifier as Q
from moroccan_social_news import AmountRole, MonetaryAmount
from moroccan_social_news._money import _find_amounts_normalized

D = Decimal
EXACT, APPROX, UPPER, LOWER = Q.EXACT, Q.APPROXIMATE, Q.UPPER_BOUND, Q.LOWER_BOUND

# (published text, (amount, currency, qualifier) of the first amount, or None)
FIRST_AMOUNT = [
    # currencies
    ("6 ملايير سنتيم", (D(60000000), "MAD", EXACT)),  # 1 dirham = 100 centimes
    ("مليار سنتيم", (D(10000000), "MAD", EXACT)),
    ("ملياري سنتيم", (D(20000000), "MAD", EXACT)),
    ("250 مليون سنتيم", (D(2500000), "MAD", EXACT)),
    ("50 سنتيما", (D("0.5"), "MAD", EXACT)),
    ("20 مليون درهم", (D(20000000), "MAD", EXACT)),
    ("300 دراهم", (D(300), "MAD", EXACT)),
    ("خمسون درهما", (D(50), "MAD", EXACT)),
    ("خمسين درهمًا", (D(50), "MAD", EXACT)),
    ("1.500 درهم مغربي", (D(1500), "MAD", EXACT)),
    ("100 DH", (D(100), "MAD", EXACT)),
    ("100DH", (D(100), "MAD", EXACT)),
    ("2 500 Dhs", (D(2500), "MAD", EXACT)),
    ("75 MAD", (D(75), "MAD", EXACT)),
    ("4000 د.م.", (D(4000), "MAD", EXACT)),
    ("4000 د.م", (D(4000), "MAD", EXACT)),
    ("3 ملايين أورو", (D(3000000), "EUR", EXACT)),
    ("3 ملايين يورو", (D(3000000), "EUR", EXACT)),
    ("20€", (D(20), "EUR", EXACT)),
    ("45 EUR", (D(45), "EUR", EXACT)),
    ("مليونا دولار", (D(2000000), "USD", EXACT)),
    ("500 ألف دولار أمريكي", (D(500000), "USD", EXACT)),
    ("12 دولارا", (D(12), "USD", EXACT)),
    ("5$", (D(5), "USD", EXACT)),
    ("9 USD", (D(9), "USD", EXACT)),
    # scales, compounds, words, glued prefixes
    ("بـ1.500.000 درهم", (D(1500000), "MAD", EXACT)),
    ("بـ 2,5 مليون درهم", (D(2500000), "MAD", EXACT)),
    ("مليار و200 مليون درهم", (D(1200000000), "MAD", EXACT)),
    ("ثلاثة ملايين و500 ألف درهم", (D(3500000), "MAD", EXACT)),
    ("8 مليون درهم", (D(8000000), "MAD", EXACT)),  # non-standard agreement
    ("عشرين مليون درهم", (D(20000000), "MAD", EXACT)),
    ("عشرون مليون درهم", (D(20000000), "MAD", EXACT)),
    ("مليون ونصف درهم", (D(1500000), "MAD", EXACT)),
    ("ألف درهم", (D(1000), "MAD", EXACT)),
    ("ألفي درهم", (D(2000), "MAD", EXACT)),
    ("مليون درهم", (D(1000000), "MAD", EXACT)),
    ("1,2 مليار درهم", (D(1200000000), "MAD", EXACT)),
    ("20 مليون (عشرون مليون) درهم", (D(20000000), "MAD", EXACT)),  # restated in words
    # qualifiers
    ("بكلفة إجمالية تصل إلى 20 مليون درهم", (D(20000000), "MAD", UPPER)),
    ("تصل قيمتها الإجمالية إلى 7 ملايين درهم", (D(7000000), "MAD", UPPER)),
    ("في حدود 3 ملايين درهم", (D(3000000), "MAD", UPPER)),
    ("لا تتجاوز 400 ألف درهم", (D(400000), "MAD", UPPER)),
    ("أزيد من 1.5 مليار درهم", (D(1500000000), "MAD", LOWER)),
    ("بأزيد من 40 مليون درهم", (D(40000000), "MAD", LOWER)),
    ("أكثر من مليون دولار", (D(1000000), "USD", LOWER)),
    ("يفوق 10 ملايين درهم", (D(10000000), "MAD", LOWER)),
    ("بما يفوق 10 ملايين درهم", (D(10000000), "MAD", LOWER)),
    ("ما يزيد عن 300 ألف دولار", (D(300000), "USD", LOWER)),
    ("لا يقل عن 50 ألف درهم", (D(50000), "MAD", LOWER)),
    ("حوالي 12 مليون أورو", (D(12000000), "EUR", APPROX)),
    ("بحوالي 12 مليون درهم", (D(12000000), "MAD", APPROX)),
    ("نحو 900 مليون سنتيم", (D(9000000), "MAD", APPROX)),
    ("يناهز 6 ملايين درهم", (D(6000000), "MAD", APPROX)),
    ("بما يناهز 6 ملايين درهم", (D(6000000), "MAD", APPROX)),
    ("قرابة مليوني درهم", (D(2000000), "MAD", APPROX)),
    ("ما يقارب 80 مليون درهم", (D(80000000), "MAD", APPROX)),
    ("زهاء 15 مليون درهم", (D(15000000), "MAD", APPROX)),
    ("5 ملايين درهم تقريبا", (D(5000000), "MAD", APPROX)),
    ("بِكُلْفَةٍ تَصِلُ إِلَى عِشْرِينَ مِلْيُونَ دِرْهَمٍ", (D(20000000), "MAD", UPPER)),
    ("بكلفـــة تصل إلـــى 20 مليـــون درهـــم", (D(20000000), "MAD", UPPER)),
    # not money
    ("", None),
    ("30 في المائة من المستفيدين", None),
    ("بنسبة 45%", None),
    ("استفاد 1200 شخص من البرنامج", None),
    ("سنة 2022", None),
    ("اتصلوا على الرقم 0522123456", None),
    ("الاستراتيجية 2021-2026", None),
    ("آلاف الدراهم", None),  # how many thousands is not said
    ("ملايين الدراهم", None),
    ("الدرهم المغربي عملة", None),
    ("ساهم 12 شريكا في المشروع", None),
    ("يوم 12 شتنبر 2022", None),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_AMOUNT)
def test_parse_amount(text: str, expected: tuple[Decimal, str, Q] | None) -> None:
    got = msn.parse_amount(text)
    if expected is None:
        assert got is None
    else:
        assert got is not None
        assert (got.amount, got.currency, got.qualifier) == expected


def test_issue_example() -> None:
    assert msn.parse_amount("6 ملايير سنتيم") == MonetaryAmount(D("60000000"), "MAD")


def test_surface_is_the_published_text() -> None:
    text = "بكلفة تصل إلى ٢٠ مليـون درهمًا لفائدة النساء"
    (hit,) = msn.find_amounts(text)
    assert hit.amount.surface == "٢٠ مليـون درهمًا"
    assert hit.span.text(text) == hit.amount.surface


@pytest.mark.parametrize(
    ("text", "amount", "equivalent"),
    [
        (
            "بغلاف يناهز 6 ملايير سنتيم (حوالي 5,5 مليون أورو)",
            MonetaryAmount(D(60000000), "MAD", APPROX),
            MonetaryAmount(D(5500000), "EUR", APPROX),
        ),
        (
            "2 مليون أورو، أي ما يعادل 21 مليون درهم",
            MonetaryAmount(D(2000000), "EUR"),
            MonetaryAmount(D(21000000), "MAD"),
        ),
        (
            "100 مليون دولار (ما يعادل مليار درهم)",
            MonetaryAmount(D(100000000), "USD"),
            MonetaryAmount(D(1000000000), "MAD"),
        ),
        (
            "عشرين مليون درهم (20.000.000 درهم)",  # same amount restated: one amount
            MonetaryAmount(D(20000000), "MAD"),
            None,
        ),
    ],
)
def test_equivalents(text: str, amount: MonetaryAmount, equivalent: MonetaryAmount | None) -> None:
    (hit,) = msn.find_amounts(text)
    assert hit.amount == attrs.evolve(amount, equivalent=equivalent)
    if equivalent is not None:
        assert hit.amount.equivalent is not None
        surface = hit.amount.equivalent.surface
        assert surface is not None
        assert surface in text


# (text, [(amount, qualifier, surface)]): a range gives a lower and an upper bound
RANGES = [
    (
        "يتراوح الثمن بين 250 ألف و300 ألف درهم",
        [(D(250000), LOWER, "250 ألف"), (D(300000), UPPER, "300 ألف درهم")],
    ),
    (
        "ما بين 20 و30 مليون درهم",  # the lower end borrows the scale word
        [(D(20000000), LOWER, "20"), (D(30000000), UPPER, "30 مليون درهم")],
    ),
    (
        "من 5 إلى 7 ملايين أورو",
        [(D(5000000), LOWER, "5"), (D(7000000), UPPER, "7 ملايين أورو")],
    ),
    (
        "بين 2 و3 ملايير سنتيم",
        [(D(20000000), LOWER, "2"), (D(30000000), UPPER, "3 ملايير سنتيم")],
    ),
    # not ranges: a reversed pair, a count and an amount
    ("بين 30 و20 مليون درهم", [(D(20000000), EXACT, "20 مليون درهم")]),
    ("من 100 مستفيد إلى 300 درهم", [(D(300), EXACT, "300 درهم")]),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_ranges(text: str, expected: list[tuple[Decimal, Q, str]]) -> None:
    hits = msn.find_amounts(text)
    assert [(h.amount.amount, h.amount.qualifier, h.amount.surface) for h in hits] == expected


def test_different_amounts_in_parentheses_stay_separate() -> None:
    hits = msn.find_amounts("20 مليون درهم (منها 5 ملايين درهم)")
    assert [h.amount.amount for h in hits] == [D(20000000), D(5000000)]
    assert hits[0].amount.equivalent is None


# (text, [(amount, role, party)])
ROLES = [
    (
        "اتفاقية بكلفة إجمالية تبلغ 20 مليون درهم، تساهم فيها الوزارة بـ5 ملايين درهم، "
        "والجهة بـ 3 ملايين درهم",
        [
            (D(20000000), AmountRole.TOTAL, None),
            (D(5000000), AmountRole.PART, "الوزارة"),
            (D(3000000), AmountRole.PART, "الجهة"),
        ],
    ),
    (
        "رصد للمشروع 50 مليون درهم، منها 10 ملايين درهم لتأهيل المراكز",
        [(D(50000000), AmountRole.TOTAL, None), (D(10000000), AmountRole.PART, None)],
    ),
    (
        "بمساهمة من المجلس الجهوي قدرها 4 ملايين درهم",
        [(D(4000000), AmountRole.PART, "المجلس الجهوي")],
    ),
    (
        "وساهمت وكالة التنمية الاجتماعية بمبلغ مليوني درهم",
        [(D(2000000), AmountRole.PART, "وكالة التنمية الاجتماعية")],
    ),
    (
        "ويتحمل المجلس الإقليمي حوالي 3 ملايين درهم",
        [(D(3000000), AmountRole.PART, "المجلس الإقليمي")],
    ),
    (
        "بميزانية تقدر بـ 7 ملايين أورو",
        [(D(7000000), AmountRole.TOTAL, None)],
    ),
    (
        "خصص لهذا البرنامج 900 ألف درهم",
        [(D(900000), AmountRole.UNSPECIFIED, None)],
    ),
    (
        # the breakdown comes later in the sentence: the first amount is its total
        "رصد مجلس الجهة 200 مليون درهم برسم ميزانية 2023، منها 50 مليون درهم للنقل",
        [(D(200000000), AmountRole.TOTAL, None), (D(50000000), AmountRole.PART, None)],
    ),
    (
        "كلف المشروع ما مجموعه 450 مليون درهم، ساهمت فيها المبادرة الوطنية بـ 100 مليون درهم",
        [
            (D(450000000), AmountRole.TOTAL, None),
            (D(100000000), AmountRole.PART, "المبادرة الوطنية"),
        ],
    ),
    (
        "بغلاف مالي إجمالي قدره 150 مليون درهم، يساهم فيه المجلس بـ 90 مليون درهم "
        "والوزارة بـ 60 مليون درهم",
        [
            (D(150000000), AmountRole.TOTAL, None),
            (D(90000000), AmountRole.PART, "المجلس"),
            (D(60000000), AmountRole.PART, "الوزارة"),
        ],
    ),
    (
        "وتتوزع الكلفة الإجمالية البالغة 60 مليون درهم بين الوزارة (40 مليون درهم) "
        "والجهة (20 مليون درهم)",
        [
            (D(60000000), AmountRole.TOTAL, None),
            (D(40000000), AmountRole.PART, "الوزارة"),
            (D(20000000), AmountRole.PART, "الجهة"),
        ],
    ),
    (
        "وتبلغ مساهمة الوزارة 10 ملايين درهم",
        [(D(10000000), AmountRole.PART, "الوزارة")],
    ),
    (
        # a new sentence does not inherit the part role
        "ساهمت الجمعية بـ 100 ألف درهم. والجماعة بـ 200 ألف درهم",
        [
            (D(100000), AmountRole.PART, "الجمعية"),
            (D(200000), AmountRole.UNSPECIFIED, None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_roles(text: str, expected: list[tuple[Decimal, AmountRole, str | None]]) -> None:
    hits = msn.find_amounts(text)
    assert [(h.amount.amount, h.role, h.party) for h in hits] == expected
    for h in hits:
        assert h.is_part == (h.role is AmountRole.PART)
        if h.party_span is not None:
            assert h.party_span.text(text) == h.party


def test_core_reads_normalised_text() -> None:
    (hit,) = _find_amounts_normalized("بكلفه اجماليه تصل الي 20 مليون درهم")
    assert hit.amount.surface == "20 مليون درهم"
    assert (hit.span.start, hit.span.end) == (22, 35)
    assert hit.role is AmountRole.TOTAL


def test_several_amounts_in_order() -> None:
    text = "رصدت 3 ملايين درهم للنقل و2 مليون أورو للتجهيز و500 ألف دولار للتكوين"
    assert [(h.amount.amount, h.amount.currency) for h in msn.find_amounts(text)] == [
        (D(3000000), "MAD"),
        (D(2000000), "EUR"),
        (D(500000), "USD"),
    ]


@pytest.mark.parametrize("bad", [None, 20, b"20 DH"])
def test_non_str_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        msn.parse_amount(bad)  # type: ignore[arg-type]  # the wrong type is the test
