"""Small value types shared by the domain model and the parsers.

``Span`` locates evidence in an article's published text; ``MonetaryAmount``,
``YearRange`` and ``Weekday`` are the values that parsers read out of it. They are
frozen, slotted and validated, and know nothing about any serialisation format.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from decimal import Decimal
from typing import Literal

import attrs

from ._errors import ArgumentTypeError, InvalidValueError

__all__ = [
    "AmountQualifier",
    "MonetaryAmount",
    "Span",
    "Weekday",
    "YearRange",
    "resolve_weekday",
]

_CURRENCY = re.compile(r"[A-Z]{3}")
_MIN_YEAR, _MAX_YEAR = 1000, 9999


def _check_offset(cls: str, name: str, value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ArgumentTypeError(f"{cls}.{name} must be an int (got {type(value).__name__})")
    if value < 0:
        raise InvalidValueError(f"{cls}.{name} must be >= 0 (got {value})")


@attrs.frozen(order=True)
class Span:
    """Half-open ``[start, end)`` character offsets into an article's published text.

    Attributes:
        start: Offset of the first character.
        end: Offset just past the last character; ``start <= end``.

    Examples:
        >>> text = "انعقد، السبت، بمقر ولاية"
        >>> Span(7, 12).text(text)
        'السبت'
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # One check instead of a validator per field: extraction makes dozens of spans
        # per article, and exact ints in order pass at the first test.
        start, end = self.start, self.end
        if type(start) is int and type(end) is int and 0 <= start <= end:
            return
        _check_offset("Span", "start", start)
        _check_offset("Span", "end", end)
        if end < start:
            raise InvalidValueError(f"Span end ({end}) must be >= start ({start})")

    def __len__(self) -> int:
        return self.end - self.start

    def text(self, source: str) -> str:
        """The characters of ``source`` this span covers; raises if it does not fit."""
        if self.end > len(source):
            raise InvalidValueError(
                f"Span({self.start}, {self.end}) does not fit in a text of {len(source)} chars"
            )
        return source[self.start : self.end]


class AmountQualifier(enum.Enum):
    """How the reported amount relates to the true one ("تصل إلى" is an upper bound).

    Examples:
        >>> import moroccan_social_news as msn
        >>> msn.parse_amount("تصل إلى 20 مليون درهم").qualifier
        <AmountQualifier.UPPER_BOUND: 'upper_bound'>
    """

    EXACT = "exact"
    """Stated as is: "بكلفة 20 مليون درهم"."""
    APPROXIMATE = "approximate"
    """"حوالي", "نحو", "يناهز", "قرابة"."""
    UPPER_BOUND = "upper_bound"
    """"تصل إلى", "في حدود", "لا تتجاوز": at most this much."""
    LOWER_BOUND = "lower_bound"
    """"أزيد من", "أكثر من", "يفوق", "ما يزيد عن": at least (or more than) this much."""


def _decimal_amount(instance: object, attribute: attrs.Attribute[Decimal], value: object) -> None:
    if not isinstance(value, Decimal):
        raise ArgumentTypeError(
            f"MonetaryAmount.amount must be a Decimal (got {type(value).__name__})"
        )
    if not value.is_finite() or value < 0:
        raise InvalidValueError(
            f"MonetaryAmount.amount must be a finite amount >= 0 (got {value})"
        )


def _currency_code(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not _CURRENCY.fullmatch(value):
        raise InvalidValueError(
            f"MonetaryAmount.currency must be an ISO 4217 code of three capital letters "
            f"such as 'MAD', 'EUR' or 'USD' (got {value!r})"
        )


@attrs.frozen(repr=False)
class MonetaryAmount:
    """An amount of money, exact to the unit: a ``Decimal`` and an ISO 4217 currency.

    Centimes ("سنتيم", 1/100 dirham in Moroccan usage) are converted to ``MAD``
    when read; ``surface`` keeps the words the amount was read from and takes no
    part in equality (two readings of the same amount are equal).

    Attributes:
        amount: Non-negative, finite ``Decimal``.
        currency: ISO 4217 code (``"MAD"``, ``"EUR"``, ``"USD"`` …).
        qualifier: Whether the text gave it as exact, approximate, or a bound.
        surface: The text it was read from, e.g. ``"20 مليون درهم"``, if any.
        equivalent: The same amount in another currency when the text gives one
            (e.g. in parentheses), else ``None``.

    Examples:
        >>> MonetaryAmount(Decimal("20000000"), "MAD")
        MonetaryAmount(amount=Decimal('20000000'), currency='MAD')
        >>> one = MonetaryAmount(Decimal("1"), "MAD")
        >>> MonetaryAmount(Decimal("1"), "MAD", surface="درهم") == one
        True
    """

    amount: Decimal = attrs.field(validator=_decimal_amount)
    currency: str = attrs.field(validator=_currency_code)
    qualifier: AmountQualifier = attrs.field(
        default=AmountQualifier.EXACT, validator=attrs.validators.instance_of(AmountQualifier)
    )
    surface: str | None = attrs.field(
        default=None,
        eq=False,
        validator=attrs.validators.optional(attrs.validators.instance_of(str)),
    )
    equivalent: MonetaryAmount | None = attrs.field(default=None)

    @equivalent.validator
    def _check_equivalent(self, attribute: attrs.Attribute[object], value: object) -> None:
        if value is not None and not isinstance(value, MonetaryAmount):
            raise ArgumentTypeError(
                "MonetaryAmount.equivalent must be a MonetaryAmount or None "
                f"(got {type(value).__name__})"
            )

    def __repr__(self) -> str:
        parts = [f"amount={self.amount!r}", f"currency={self.currency!r}"]
        if self.qualifier is not AmountQualifier.EXACT:
            parts.append(f"qualifier={self.qualifier}")
        if self.equivalent is not None:
            parts.append(f"equivalent={self.equivalent!r}")
        return f"MonetaryAmount({', '.join(parts)})"

    def __str__(self) -> str:
        return f"{self.amount:,f} {self.currency}"


def _year(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ArgumentTypeError(
            f"YearRange.{attribute.name} must be an int (got {type(value).__name__})"
        )
    if not _MIN_YEAR <= value <= _MAX_YEAR:
        raise InvalidValueError(
            f"YearRange.{attribute.name} must be a four-digit year (got {value})"
        )


@attrs.frozen(order=True)
class YearRange:
    """An inclusive range of calendar years, always stored with ``start <= end``.

    Texts write ranges in either order ("2026-2021" is common in Arabic layout);
    parsers swap them, the class refuses an inverted range so nothing is silently
    reinterpreted.

    Attributes:
        start: First year.
        end: Last year, ``>= start``.

    Examples:
        >>> YearRange(2021, 2026)
        YearRange(start=2021, end=2026)
        >>> 2024 in YearRange(2021, 2026), len(YearRange(2021, 2026))
        (True, 6)
        >>> YearRange(2026, 2021)
        Traceback (most recent call last):
        ...
        moroccan_social_news._errors.InvalidValueError: YearRange end (2021) must be ... (2026)
    """

    start: int = attrs.field(validator=_year)
    end: int = attrs.field(validator=_year)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidValueError(f"YearRange end ({self.end}) must be >= start ({self.start})")

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.start <= year <= self.end

    def __len__(self) -> int:
        return self.end - self.start + 1

    def __str__(self) -> str:
        return f"{self.start}-{self.end}"


class Weekday(enum.Enum):
    """Days of the week; values are lowercase English names, as in the JSON form.

    Examples:
        >>> Weekday.from_date(dt.date(2022, 3, 5))
        <Weekday.SATURDAY: 'saturday'>
        >>> Weekday.SATURDAY.arabic
        'السبت'
    """

    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"

    @property
    def index(self) -> int:
        """ISO weekday number minus one, as :meth:`datetime.date.weekday` (Monday = 0)."""
        return list(Weekday).index(self)

    @property
    def arabic(self) -> str:
        """The Arabic name with its article, as news text writes it."""
        return ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")[
            self.index
        ]

    @classmethod
    def from_date(cls, day: dt.date) -> Weekday:
        """The weekday of a calendar date."""
        return list(cls)[day.weekday()]


def resolve_weekday(
    weekday: Weekday,
    reference: dt.date,
    *,
    direction: Literal["past", "future", "nearest"] = "past",
) -> dt.date:
    """The calendar date of ``weekday`` relative to a reference date.

    News reports an event "on Saturday" relative to their publication date, almost
    always in the past week: ``direction="past"`` gives the latest such day on or
    before ``reference``; ``"future"`` the first on or after it; ``"nearest"`` the
    closer of the two (the past one on a tie).

    Examples:
        >>> ref = dt.date(2022, 3, 7)  # a Monday
        >>> resolve_weekday(Weekday.SATURDAY, ref)
        datetime.date(2022, 3, 5)
        >>> resolve_weekday(Weekday.SATURDAY, ref, direction="future")
        datetime.date(2022, 3, 12)
    """
    if not isinstance(weekday, Weekday):
        raise ArgumentTypeError(f"weekday must be a Weekday (got {type(weekday).__name__})")
    if not isinstance(reference, dt.date):
        raise ArgumentTypeError(
            f"reference must be a datetime.date (got {type(reference).__name__})"
        )
    back = (reference.weekday() - weekday.index) % 7
    past = reference - dt.timedelta(days=back)
    future = past if back == 0 else past + dt.timedelta(days=7)
    if direction == "past":
        return past
    if direction == "future":
        return future
    if direction == "nearest":
        return past if (reference - past) <= (future - reference) else future
    raise InvalidValueError(f"direction must be 'past', 'future' or 'nearest' (got {direction!r})")
