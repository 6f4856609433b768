"""Records shared by the pandas and Arrow tests: the seed's, plus hand-made edge cases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import moroccan_social_news as msn


def meetings() -> list[msn.Meeting]:
    """The curated seed meeting, a dated meeting in another region, and a bare one."""
    dated = msn.Meeting(
        msn.MeetingKind.COORDINATION_MEETING,
        article_id="own-1",
        weekday=msn.Weekday.THURSDAY,
        date=dt.date(2023, 3, 2),
        date_precision=msn.DatePrecision.DAY,
        region=msn.region("MA-09"),
        ordinal=12,
        topic="الموسم الفلاحي",
    )
    return [*msn.load_meetings(), dated, msn.Meeting(msn.MeetingKind.LAUNCH)]


def agreements() -> list[msn.Agreement]:
    """The seed agreement, amounts with centimes and huge values, and one without cost."""
    cents = msn.Agreement(
        msn.AgreementKind.CONVENTION,
        total_cost=msn.MonetaryAmount(Decimal("1234567.89"), "EUR"),
        beneficiaries=(msn.Beneficiary.WOMEN,),
    )
    # 30 integer digits and 2 decimals: beyond float precision, exact in decimal128(38, 2).
    huge = msn.Agreement(
        msn.AgreementKind.PARTNERSHIP_AGREEMENT,
        total_cost=msn.MonetaryAmount(Decimal("123456789012345678901234567890.12"), "MAD"),
    )
    bare = msn.Agreement(msn.AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
    return [*msn.load_agreements(), cents, huge, bare]


def tiny_fraction() -> msn.Agreement:
    """An amount with three decimal places: a scale-2 column would have to round it."""
    return msn.Agreement(
        msn.AgreementKind.CONVENTION, total_cost=msn.MonetaryAmount(Decimal("0.125"), "MAD")
    )


def dated_article() -> msn.Article:
    return msn.Article(
        id="own-1",
        text="انعقد اجتماع.\nوتم التوقيع على اتفاقية.",
        published=dt.date(2024, 2, 29),
        title="عنوان",
    )
