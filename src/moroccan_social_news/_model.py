"""The domain model: who met where, chaired by whom, and what they signed.

Frozen, slotted, validated ``attrs`` classes that know nothing about any file
format (JSON, JSON Schema and JSON-LD live in :mod:`._serialize`). Closed
vocabularies are enums whose values are the lowercase strings of the JSON form.
The design follows schema.org (``Event``, ``Role``, ``MonetaryAmount``), Popolo
(``Person``, ``Organization``, ``Post``, ``Membership``) and the ACE/CAMEO event
types; ``docs/model.md`` maps every field.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, cast

import attrs

from ._errors import ArgumentTypeError, InvalidValueError
from ._values import MonetaryAmount, Span, Weekday, YearRange

__all__ = [
    "Agreement",
    "AgreementKind",
    "AttendanceMode",
    "Beneficiary",
    "Contribution",
    "DatePrecision",
    "Evidence",
    "ExtractionResult",
    "Gender",
    "Meeting",
    "MeetingKind",
    "Organization",
    "OrganizationKind",
    "ParticipantGroup",
    "Participation",
    "Person",
    "Place",
    "PlaceKind",
    "Post",
    "PostRole",
    "Programme",
    "Quote",
    "Region",
    "Role",
    "Strategy",
]

_REGION_CODE = re.compile(r"MA-(0[1-9]|1[0-2])")
_FIELD_PATH = re.compile(r"[a-z_]+(\[\d+\])?(\.[a-z_]+(\[\d+\])?)*")


# --------------------------------------------------------------------------- validators
# Small factories in the style of attrs.validators: every message names the class,
# the field, the bad value and what would have been valid.


def _where(instance: object, attribute: attrs.Attribute[Any]) -> str:
    return f"{type(instance).__name__}.{attribute.name}"


def _text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise ArgumentTypeError(
            f"{_where(instance, attribute)} must be a str (got {type(value).__name__}: {value!r})"
        )
    if not value or value.isspace():  # no non-space character (as re writes it, no \S)
        raise InvalidValueError(
            f"{_where(instance, attribute)} must be a non-blank str (got {value!r})"
        )


def _optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _text(instance, attribute, value)


def _instance(cls: type, *, optional: bool = False) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if isinstance(value, cls) and not (cls is int and isinstance(value, bool)):
            return
        expected = f"a {cls.__name__} or None" if optional else f"a {cls.__name__}"
        if issubclass(cls, enum.Enum):
            values = ", ".join(repr(m.value) for m in cls)
            expected += f" (one of {values}, as {cls.__name__} members)"
        raise ArgumentTypeError(
            f"{_where(instance, attribute)} must be {expected} "
            f"(got {type(value).__name__}: {value!r})"
        )

    return check


def _tuple_of(cls: type) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise ArgumentTypeError(
                f"{_where(instance, attribute)} must be a tuple of {cls.__name__} "
                f"(got {type(value).__name__}: {value!r})"
            )
        for i, item in enumerate(value):
            if not isinstance(item, cls):
                raise ArgumentTypeError(
                    f"{_where(instance, attribute)}[{i}] must be a {cls.__name__} "
                    f"(got {type(item).__name__}: {item!r})"
                )

    return check


def _tuple_of_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _tuple_of(str)(instance, attribute, value)
    for i, item in enumerate(cast("tuple[str, ...]", value)):  # checked just above
        if not item or item.isspace():
            raise InvalidValueError(
                f"{_where(instance, attribute)}[{i}] must be a non-blank str (got {item!r})"
            )


def _unique(instance: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    seen = set()
    for item in value:
        if item in seen:
            raise InvalidValueError(f"{_where(instance, attribute)} lists {item!r} twice")
        seen.add(item)


_PATH_HEAD = re.compile(r"[^.\[]*")


def _check_evidence_paths(record: Meeting | Agreement, evidence: Evidence) -> None:
    names = attrs.fields_dict(type(record))
    for path in evidence:
        head = _PATH_HEAD.match(path).group()  # type: ignore[union-attr]  # always matches
        if head not in names:
            raise InvalidValueError(
                f"{type(record).__name__}.evidence names field {path!r}, but "
                f"{type(record).__name__} has no field {head!r}; valid: {', '.join(sorted(names))}"
            )


# --------------------------------------------------------------------------- vocabularies


class MeetingKind(enum.Enum):
    """What sort of gathering a meeting was (after ACE/CAMEO "consult"/"meet" event types).

    Examples:
        >>> MeetingKind("council_session")
        <MeetingKind.COUNCIL_SESSION: 'council_session'>
    """

    REGIONAL_CONSULTATION = "regional_consultation"
    """"لقاء تشاوري جهوي": a ministry consulting a region's actors."""
    COORDINATION_MEETING = "coordination_meeting"
    """"اجتماع تنسيقي"."""
    WORKING_MEETING = "working_meeting"
    """"اجتماع عمل" / "جلسة عمل"."""
    OFFICIAL_VISIT = "official_visit"
    """"زيارة رسمية"."""
    FIELD_VISIT = "field_visit"
    """"زيارة ميدانية"."""
    LAUNCH = "launch"
    """"إعطاء انطلاقة" of a programme or project."""
    SIGNING_CEREMONY = "signing_ceremony"
    """"حفل توقيع"."""
    COUNCIL_SESSION = "council_session"
    """"دورة" of an elected council."""
    INSTALLATION = "installation"
    """"تنصيب" of an official."""
    STUDY_DAY = "study_day"
    """"يوم دراسي"."""
    CONFERENCE = "conference"
    """"ندوة" / "مؤتمر"."""
    AUDIENCE = "audience"
    """"استقبل": an official receiving a visitor or a delegation."""
    OTHER = "other"
    """Anything else."""


class AttendanceMode(enum.Enum):
    """How people attended (schema.org ``eventAttendanceMode``).

    Examples:
        >>> AttendanceMode("hybrid").name
        'HYBRID'
    """

    IN_PERSON = "in_person"
    """"حضوريا": schema.org ``OfflineEventAttendanceMode``."""
    ONLINE = "online"
    """"عن بعد": schema.org ``OnlineEventAttendanceMode``."""
    HYBRID = "hybrid"
    """"حضوريا وعن بعد": schema.org ``MixedEventAttendanceMode``."""


class DatePrecision(enum.Enum):
    """How much of a meeting's ``date`` the text actually states.

    Examples:
        >>> DatePrecision.MONTH.value
        'month'
    """

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class Role(enum.Enum):
    """The part someone played in a meeting or agreement (schema.org ``Role.roleName``).

    Examples:
        >>> Role("chair") is Role.CHAIR
        True
    """

    CHAIR = "chair"
    ATTENDEE = "attendee"
    SPEAKER = "speaker"
    SIGNATORY = "signatory"
    ORGANIZER = "organizer"


class Gender(enum.Enum):
    """Grammatical gender the text gives a person (e.g. "وزيرة", "رئيسة" are female).

    Examples:
        >>> Gender.FEMALE.value
        'female'
    """

    FEMALE = "female"
    MALE = "male"


class PostRole(enum.Enum):
    """The kind of office a :class:`Post` is (Popolo ``Post.role``).

    Examples:
        >>> PostRole("wali")
        <PostRole.WALI: 'wali'>
    """

    HEAD_OF_STATE = "head_of_state"
    """"الملك"، "جلالة الملك": the King, head of state."""
    HEAD_OF_GOVERNMENT = "head_of_government"
    """"رئيس الحكومة": the head of government."""
    MINISTER = "minister"
    SECRETARY_OF_STATE = "secretary_of_state"
    WALI = "wali"
    GOVERNOR = "governor"
    """"عامل": governor of a province or prefecture."""
    REGIONAL_COUNCIL_PRESIDENT = "regional_council_president"
    PROVINCIAL_COUNCIL_PRESIDENT = "provincial_council_president"
    MAYOR = "mayor"
    """"عمدة": the president of the council of a commune with arrondissements
    (Casablanca, Fès, Marrakech, Rabat, Salé, Tangier), however the title is written
    ("رئيس مجلس جماعة سلا", "رئيس مجلس مدينة فاس")."""
    COMMUNE_PRESIDENT = "commune_president"
    """"رئيس جماعة", "رئيس المجلس الجماعي": the president of any other commune."""
    DIRECTOR = "director"
    GENERAL_SECRETARY = "general_secretary"
    PRESIDENT = "president"
    MEMBER_OF_PARLIAMENT = "member_of_parliament"
    OTHER = "other"


class OrganizationKind(enum.Enum):
    """What sort of body an :class:`Organization` is (Popolo ``Organization.classification``).

    Examples:
        >>> OrganizationKind("ministry").name
        'MINISTRY'
    """

    MINISTRY = "ministry"
    AGENCY = "agency"
    PUBLIC_INSTITUTION = "public_institution"
    REGIONAL_COUNCIL = "regional_council"
    PROVINCIAL_COUNCIL = "provincial_council"
    COMMUNE = "commune"
    WILAYA = "wilaya"
    PROVINCE = "province"
    ASSOCIATION = "association"
    COMPANY = "company"
    INTERNATIONAL = "international"
    # A cooperative (law 112-12): neither an association nor a company.
    COOPERATIVE = "cooperative"
    OTHER = "other"


class PlaceKind(enum.Enum):
    """What a :class:`Place` names: a building, a settlement or an administrative area.

    Examples:
        >>> PlaceKind("province").name
        'PROVINCE'
    """

    VENUE = "venue"
    CITY = "city"
    PROVINCE = "province"
    PREFECTURE = "prefecture"
    ARRONDISSEMENT_PREFECTURE = "arrondissement_prefecture"
    """"عمالة مقاطعات عين الشق": one of Casablanca's eight prefectures of
    arrondissements, inside the prefecture of Casablanca."""
    REGION = "region"
    COUNTRY = "country"


class Beneficiary(enum.Enum):
    """Who an agreement is for ("لفائدة النساء" -> ``WOMEN``).

    Examples:
        >>> Beneficiary("persons_with_disabilities").name
        'PERSONS_WITH_DISABILITIES'
    """

    WOMEN = "women"
    PERSONS_WITH_DISABILITIES = "persons_with_disabilities"
    CHILDREN = "children"
    ELDERLY = "elderly"
    YOUTH = "youth"
    FAMILIES = "families"
    VULNERABLE_PEOPLE = "vulnerable_people"
    STUDENTS = "students"
    RURAL_POPULATION = "rural_population"
    MIGRANTS = "migrants"
    FARMERS = "farmers"
    """Farmers and herders ("الفلاحين", "مربي الماشية")."""
    FISHERS = "fishers"
    """Fishers and sailors of the fishing fleet ("البحارة", "مهنيي الصيد البحري")."""
    ARTISANS = "artisans"
    """Craftspeople ("الصناع التقليديين", "الحرفيين")."""
    JOB_SEEKERS = "job_seekers"
    """The unemployed ("الباحثين عن الشغل", "العاطلين")."""
    ENTREPRENEURS = "entrepreneurs"
    """Project holders and small businesses ("حاملي المشاريع", "المقاولين الشباب")."""
    PATIENTS = "patients"
    """The sick ("المرضى")."""
    OTHER = "other"


class ParticipantGroup(enum.Enum):
    """What sort of people a described group of participants is ("منتخبين" -> elected).

    Examples:
        >>> ParticipantGroup("civil_society")
        <ParticipantGroup.CIVIL_SOCIETY: 'civil_society'>
    """

    ELECTED_OFFICIALS = "elected_officials"
    CIVIL_SOCIETY = "civil_society"
    EXTERNAL_SERVICES = "external_services"
    """"المصالح الخارجية": regional offices of the ministries."""
    AUTHORITIES = "authorities"
    EXPERTS = "experts"
    PRIVATE_SECTOR = "private_sector"
    MEDIA = "media"
    OTHER = "other"


class AgreementKind(enum.Enum):
    """The legal form of an agreement as the text names it.

    Examples:
        >>> AgreementKind("memorandum_of_understanding").name
        'MEMORANDUM_OF_UNDERSTANDING'
    """

    PARTNERSHIP_AGREEMENT = "partnership_agreement"
    """"اتفاقية شراكة"."""
    CONVENTION = "convention"
    """"اتفاقية" without more, or "convention"."""
    MEMORANDUM_OF_UNDERSTANDING = "memorandum_of_understanding"
    """"مذكرة تفاهم"."""
    COOPERATION_AGREEMENT = "cooperation_agreement"
    """"اتفاقية تعاون"."""
    FRAMEWORK_AGREEMENT = "framework_agreement"
    """"اتفاقية إطار"."""
    CONTRACT = "contract"
    """"عقد" (e.g. "عقد برنامج")."""
    OTHER = "other"


# --------------------------------------------------------------------------- places, bodies


@attrs.frozen
class Region:
    """One of Morocco's 12 regions (the 2015 division), by its ISO 3166-2 code.

    Look regions up with the gazetteer rather than building them by hand; the
    class only checks that the code is one of ``MA-01`` ... ``MA-12``.

    Attributes:
        code: ISO 3166-2 code, ``"MA-01"`` to ``"MA-12"``.
        name_ar: Arabic name, e.g. ``"جهة كلميم واد نون"``.
        name_fr: French name, e.g. ``"Guelmim-Oued Noun"``.
        name_en: English name, e.g. ``"Guelmim-Oued Noun"``.

    Examples:
        >>> Region("MA-10", "جهة كلميم واد نون", "Guelmim-Oued Noun", "Guelmim-Oued Noun").code
        'MA-10'
        >>> Region("MA-13", "؟", "?", "?")
        Traceback (most recent call last):
        ...
        moroccan_social_news._errors.InvalidValueError: Region.code must be ... (got 'MA-13')
    """

    code: str = attrs.field()
    name_ar: str = attrs.field(validator=_text)
    name_fr: str = attrs.field(validator=_text)
    name_en: str = attrs.field(validator=_text)

    @code.validator
    def _check_code(self, attribute: attrs.Attribute[str], value: object) -> None:
        if not isinstance(value, str) or not _REGION_CODE.fullmatch(value):
            raise InvalidValueError(
                f"Region.code must be an ISO 3166-2 code MA-01 ... MA-12 (got {value!r})"
            )


@attrs.frozen
class Place:
    """Where something happened, as the text names it (schema.org ``Place``).

    Attributes:
        name: The name as written, e.g. ``"مقر ولاية جهة كلميم – واد نون"``.
        kind: A venue, a settlement or an administrative area.
        region: The region it lies in, when known.

    Examples:
        >>> Place("مقر عمالة إقليم بنسليمان", PlaceKind.VENUE).kind.value
        'venue'
    """

    name: str = attrs.field(validator=_text)
    kind: PlaceKind = attrs.field(validator=_instance(PlaceKind))
    region: Region | None = attrs.field(default=None, validator=_instance(Region, optional=True))


@attrs.frozen
class Organization:
    """A ministry, agency, council or association (Popolo/schema.org ``Organization``).

    Attributes:
        name: Arabic name as written, e.g. ``"وكالة التنمية الاجتماعية"``.
        kind: What sort of body it is.
        name_fr: French name, when known.
        acronym: Usual acronym (``"ADS"``, ``"INAS"``), when there is one.
        id: Gazetteer id (e.g. ``"ministry-solidarity"``) when the body was resolved.
        region: The region a regional or local body belongs to (a regional council, an
            academy, a commune), when known; ``None`` for national bodies.

    Examples:
        >>> Organization("التعاون الوطني", OrganizationKind.PUBLIC_INSTITUTION).name
        'التعاون الوطني'
    """

    name: str = attrs.field(validator=_text)
    kind: OrganizationKind = attrs.field(validator=_instance(OrganizationKind))
    name_fr: str | None = attrs.field(default=None, validator=_optional_text)
    acronym: str | None = attrs.field(default=None, validator=_optional_text)
    id: str | None = attrs.field(default=None, validator=_optional_text)
    region: Region | None = attrs.field(default=None, validator=_instance(Region, optional=True))


# --------------------------------------------------------------------------- people


@attrs.frozen
class Person:
    """A named person (Popolo/schema.org ``Person``).

    Attributes:
        name: Full name as written, e.g. ``"عواطف حيار"``.
        gender: Gender when the text marks it ("وزيرة", "رئيسة"), else ``None``.

    Examples:
        >>> Person("امباركة بوعيدة", Gender.FEMALE).gender.value
        'female'
    """

    name: str = attrs.field(validator=_text)
    gender: Gender | None = attrs.field(default=None, validator=_instance(Gender, optional=True))


@attrs.frozen
class Post:
    """An office someone holds: minister, wali, governor... (Popolo ``Post``).

    Attributes:
        role: The kind of office.
        title: The title as written, e.g. ``"والي جهة كلميم – واد نون"``.
        organization: The body the office belongs to (a ministry, a council).
        region: The region the office covers (a wali's region).
        place: The area or place it covers when not a region (a governor's province).

    Examples:
        >>> Post(PostRole.GOVERNOR, "عامل إقليم كلميم").role.value
        'governor'
    """

    role: PostRole = attrs.field(validator=_instance(PostRole))
    title: str = attrs.field(validator=_text)
    organization: Organization | None = attrs.field(
        default=None, validator=_instance(Organization, optional=True)
    )
    region: Region | None = attrs.field(default=None, validator=_instance(Region, optional=True))
    place: Place | None = attrs.field(default=None, validator=_instance(Place, optional=True))


@attrs.frozen
class Participation:
    """Who took part, and how (schema.org ``Role``, Popolo ``Membership``).

    Either a named ``person`` or a ``group`` described in words ("ممثلي جمعيات
    المجتمع المدني"), never both and never neither.

    Attributes:
        role: Chair, attendee, speaker, signatory or organiser.
        person: The person, when named.
        group: The group as written, when the text describes people rather than names them.
        group_kind: What sort of group ``group`` is (only with ``group``).
        posts: The offices the person held at the time, in the order the text gives them.
        on_behalf_of: The person this one stood in for ("نيابة عن"), if any.

    Examples:
        >>> Participation(Role.ATTENDEE, group="منتخبين",
        ...               group_kind=ParticipantGroup.ELECTED_OFFICIALS).group
        'منتخبين'
        >>> Participation(Role.CHAIR)
        Traceback (most recent call last):
        ...
        moroccan_social_news._errors.InvalidValueError: Participation needs ... (got neither)
    """

    role: Role = attrs.field(validator=_instance(Role))
    person: Person | None = attrs.field(default=None, validator=_instance(Person, optional=True))
    group: str | None = attrs.field(default=None, validator=_optional_text)
    group_kind: ParticipantGroup | None = attrs.field(
        default=None, validator=_instance(ParticipantGroup, optional=True)
    )
    posts: tuple[Post, ...] = attrs.field(default=(), validator=_tuple_of(Post))
    on_behalf_of: Person | None = attrs.field(
        default=None, validator=_instance(Person, optional=True)
    )

    def __attrs_post_init__(self) -> None:
        if (self.person is None) == (self.group is None):
            got = "neither" if self.person is None else "both"
            raise InvalidValueError(
                f"Participation needs exactly one of person or group (got {got})"
            )
        if self.group_kind is not None and self.group is None:
            raise InvalidValueError(
                "Participation.group_kind classifies a group; it must be None when a person "
                f"is given (got {self.group_kind})"
            )


# --------------------------------------------------------------------------- content


@attrs.frozen
class Quote:
    """Words reported between quotation marks, with who said them.

    Attributes:
        text: The quoted words as written, without the quotation marks.
        speaker: Who said them, when the text says.

    Examples:
        >>> Quote("سنواصل العمل", Person("حيار")).speaker.name
        'حيار'
    """

    text: str = attrs.field(validator=_text)
    speaker: Person | None = attrs.field(default=None, validator=_instance(Person, optional=True))


@attrs.frozen
class Strategy:
    """A policy strategy presented at a meeting, with its period and pillars.

    Attributes:
        name: Its name as written, e.g. ``"استراتيجية الوزارة"``.
        period: The years it covers.
        pillars: Its pillars or axes as written, in the text's order.
        organization: The body whose strategy it is.

    Examples:
        >>> Strategy("استراتيجية الوزارة", YearRange(2021, 2026)).period.end
        2026
    """

    name: str = attrs.field(validator=_text)
    period: YearRange | None = attrs.field(
        default=None, validator=_instance(YearRange, optional=True)
    )
    pillars: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of_text)
    organization: Organization | None = attrs.field(
        default=None, validator=_instance(Organization, optional=True)
    )


@attrs.frozen
class Programme:
    """A named programme or scheme, e.g. "جسر" and the institutions it brings together.

    Attributes:
        name: Its name as written.
        description: What the text says it is for, when it says.
        members: The organisations it federates or involves.

    Examples:
        >>> Programme("جسر").members
        ()
    """

    name: str = attrs.field(validator=_text)
    description: str | None = attrs.field(default=None, validator=_optional_text)
    members: tuple[Organization, ...] = attrs.field(
        default=(), validator=[_tuple_of(Organization), _unique]
    )


@attrs.frozen
class Contribution:
    """One party's share of an agreement's funding.

    Attributes:
        party: The contributing organisation, when resolved.
        party_name: The party as written, or ``None`` when the text gives the share
            without saying whose it is ("منها 30 مليون درهم").
        amount: What it contributes.

    Examples:
        >>> from decimal import Decimal
        >>> share = MonetaryAmount(Decimal("5000000"), "MAD")
        >>> Contribution(None, "المجلس الجهوي", share).party_name
        'المجلس الجهوي'
    """

    party: Organization | None = attrs.field(validator=_instance(Organization, optional=True))
    party_name: str | None = attrs.field(validator=_optional_text)
    amount: MonetaryAmount = attrs.field(validator=_instance(MonetaryAmount))


# --------------------------------------------------------------------------- evidence


@functools.lru_cache(maxsize=4096)
def _is_field_path(field: str) -> bool:
    # Records name the same few paths over and over ("participants[0]", "kind").
    return _FIELD_PATH.fullmatch(field) is not None


def _evidence_pairs(value: object) -> tuple[tuple[str, tuple[Span, ...]], ...]:
    if isinstance(value, Evidence):
        return value.pairs
    if isinstance(value, Mapping):
        items: Iterable[Any] = value.items()
    elif isinstance(value, (tuple, list)):
        items = value
    else:
        raise ArgumentTypeError(
            "Evidence must be built from a mapping of field path -> spans "
            f"(got {type(value).__name__}: {value!r})"
        )
    pairs: dict[str, tuple[Span, ...]] = {}
    for item in items:
        if not (isinstance(item, (tuple, list)) and len(item) == 2):
            raise ArgumentTypeError(f"Evidence items must be (field, spans) pairs (got {item!r})")
        field, spans = item
        if not isinstance(field, str) or not _is_field_path(field):
            raise InvalidValueError(
                "Evidence field paths are attribute names with optional [index] and "
                f"'.attribute' parts, e.g. 'participants[2].posts[0]' (got {field!r})"
            )
        if field in pairs:
            raise InvalidValueError(f"Evidence lists field {field!r} twice")
        if isinstance(spans, Span) or not isinstance(spans, (tuple, list)):
            raise ArgumentTypeError(
                f"Evidence for {field!r} must be a tuple of Span (got {type(spans).__name__})"
            )
        if not spans:
            raise InvalidValueError(
                f"Evidence for {field!r} is empty; leave the field out instead of giving no spans"
            )
        for span in spans:
            if not isinstance(span, Span):
                raise ArgumentTypeError(
                    f"Evidence for {field!r} must hold Span objects (got {type(span).__name__})"
                )
        pairs[field] = tuple(spans)
    return tuple(sorted(pairs.items()))


@attrs.frozen
class Evidence:
    """Where in the article each field of a record was read: field path -> spans.

    An immutable mapping, built from a dict and kept as a sorted tuple of
    ``(field, spans)`` pairs so it hashes and compares by value. Field paths are
    the record's attribute names, with ``[i]`` for tuple items and ``.name`` for
    nested attributes (``"participants[2]"``, ``"strategy.period"``). Span order is
    kept: the first span is the main evidence.

    Attributes:
        pairs: ``(field, spans)`` pairs, sorted by field.

    Examples:
        >>> ev = Evidence({"weekday": (Span(7, 12),), "ordinal": (Span(400, 406),)})
        >>> ev.fields()
        ('ordinal', 'weekday')
        >>> ev.get("weekday"), ev.get("date")
        ((Span(start=7, end=12),), ())
    """

    pairs: tuple[tuple[str, tuple[Span, ...]], ...] = attrs.field(
        default=(), converter=_evidence_pairs
    )

    def get(self, field: str) -> tuple[Span, ...]:
        """The spans recorded for ``field``; empty when there are none."""
        for name, spans in self.pairs:
            if name == field:
                return spans
        return ()

    def fields(self) -> tuple[str, ...]:
        """The field paths that have evidence, sorted."""
        return tuple(name for name, _ in self.pairs)

    def items(self) -> tuple[tuple[str, tuple[Span, ...]], ...]:
        """``(field, spans)`` pairs, sorted by field, like :meth:`dict.items`."""
        return self.pairs

    def __getitem__(self, field: str) -> tuple[Span, ...]:
        spans = self.get(field)
        if not spans:
            raise KeyError(field)
        return spans

    def __contains__(self, field: object) -> bool:
        return any(name == field for name, _ in self.pairs)

    def __iter__(self) -> Iterator[str]:
        return iter(self.fields())

    def __len__(self) -> int:
        return len(self.pairs)

    def __bool__(self) -> bool:
        return bool(self.pairs)


# --------------------------------------------------------------------------- records


def _article_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _text(instance, attribute, value)


@attrs.frozen
class Agreement:
    """An agreement reported as signed (schema.org has no type; see ``docs/model.md``).

    Attributes:
        kind: Its legal form ("اتفاقية شراكة" -> ``PARTNERSHIP_AGREEMENT``).
        article_id: Id of the article it was read from.
        total_cost: Its total cost or budget, as stated.
        contributions: Each party's share, when the text breaks the cost down.
        purpose: What it is for, as written ("النهوض بالعمل الاجتماعي ...").
        beneficiaries: Who it is for, in the text's order.
        region: The region it covers.
        parties: The signatory organisations.
        evidence: Where each field was read.

    Examples:
        >>> from decimal import Decimal
        >>> a = Agreement(AgreementKind.PARTNERSHIP_AGREEMENT,
        ...               total_cost=MonetaryAmount(Decimal("20000000"), "MAD"),
        ...               beneficiaries=(Beneficiary.WOMEN,))
        >>> str(a.total_cost), a.beneficiaries[0].value
        ('20,000,000 MAD', 'women')
    """

    kind: AgreementKind = attrs.field(validator=_instance(AgreementKind))
    article_id: str | None = attrs.field(default=None, validator=_article_id)
    total_cost: MonetaryAmount | None = attrs.field(
        default=None, validator=_instance(MonetaryAmount, optional=True)
    )
    contributions: tuple[Contribution, ...] = attrs.field(
        default=(), validator=_tuple_of(Contribution)
    )
    purpose: str | None = attrs.field(default=None, validator=_optional_text)
    beneficiaries: tuple[Beneficiary, ...] = attrs.field(
        default=(), validator=[_tuple_of(Beneficiary), _unique]
    )
    region: Region | None = attrs.field(default=None, validator=_instance(Region, optional=True))
    parties: tuple[Organization, ...] = attrs.field(
        default=(), validator=[_tuple_of(Organization), _unique]
    )
    evidence: Evidence = attrs.field(factory=Evidence, validator=_instance(Evidence))

    def __attrs_post_init__(self) -> None:
        _check_evidence_paths(self, self.evidence)

    def _repr_html_(self) -> str:
        """Jupyter's view: a right-to-left card (see :func:`to_html`)."""
        from ._html import repr_html

        return repr_html(self)


@attrs.frozen
class Meeting:
    """A meeting reported in the news (schema.org ``Event``; ACE/CAMEO "meet"/"consult").

    The text often gives only a weekday ("السبت"): ``weekday`` keeps it and
    ``date`` stays ``None`` until resolved (see :func:`resolve_weekday`), with
    ``date_precision`` saying how much of the date is known.

    Attributes:
        kind: What sort of meeting it was.
        article_id: Id of the article it was read from.
        weekday: The day of the week the text gives.
        date: The calendar date, when known.
        date_precision: How much of ``date`` is known (only with ``date``).
        region: The region it was held in.
        place: Where it was held, as written.
        attendance_mode: In person, online or both.
        ordinal: Its rank in a series ("السابع" -> 7), ``>= 1``.
        chair: Who chaired it.
        participants: Who else attended, named people and described groups.
        strategy: The strategy presented or discussed.
        programmes: Programmes presented.
        quotes: Quoted words.
        agreements: Agreements signed at it.
        topic: What it was about, as written.
        evidence: Where each field was read.

    Examples:
        >>> m = Meeting(MeetingKind.REGIONAL_CONSULTATION, weekday=Weekday.SATURDAY,
        ...             attendance_mode=AttendanceMode.HYBRID, ordinal=7)
        >>> m.weekday.arabic, m.ordinal
        ('السبت', 7)
        >>> Meeting(MeetingKind.OTHER, ordinal=0)
        Traceback (most recent call last):
        ...
        moroccan_social_news._errors.InvalidValueError: Meeting.ordinal must be an int >= 1 (got 0)
    """

    kind: MeetingKind = attrs.field(validator=_instance(MeetingKind))
    article_id: str | None = attrs.field(default=None, validator=_article_id)
    weekday: Weekday | None = attrs.field(
        default=None, validator=_instance(Weekday, optional=True)
    )
    date: dt.date | None = attrs.field(default=None)
    date_precision: DatePrecision | None = attrs.field(
        default=None, validator=_instance(DatePrecision, optional=True)
    )
    region: Region | None = attrs.field(default=None, validator=_instance(Region, optional=True))
    place: Place | None = attrs.field(default=None, validator=_instance(Place, optional=True))
    attendance_mode: AttendanceMode | None = attrs.field(
        default=None, validator=_instance(AttendanceMode, optional=True)
    )
    ordinal: int | None = attrs.field(default=None)
    chair: Participation | None = attrs.field(
        default=None, validator=_instance(Participation, optional=True)
    )
    participants: tuple[Participation, ...] = attrs.field(
        default=(), validator=_tuple_of(Participation)
    )
    strategy: Strategy | None = attrs.field(
        default=None, validator=_instance(Strategy, optional=True)
    )
    programmes: tuple[Programme, ...] = attrs.field(default=(), validator=_tuple_of(Programme))
    quotes: tuple[Quote, ...] = attrs.field(default=(), validator=_tuple_of(Quote))
    agreements: tuple[Agreement, ...] = attrs.field(default=(), validator=_tuple_of(Agreement))
    topic: str | None = attrs.field(default=None, validator=_optional_text)
    evidence: Evidence = attrs.field(factory=Evidence, validator=_instance(Evidence))

    @date.validator
    def _check_date(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and (
            not isinstance(value, dt.date) or isinstance(value, dt.datetime)
        ):
            raise ArgumentTypeError(
                f"Meeting.date must be a datetime.date or None "
                f"(got {type(value).__name__}: {value!r})"
            )

    @ordinal.validator
    def _check_ordinal(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if not isinstance(value, int) or isinstance(value, bool):
            raise ArgumentTypeError(
                f"Meeting.ordinal must be an int >= 1 or None "
                f"(got {type(value).__name__}: {value!r})"
            )
        if value < 1:
            raise InvalidValueError(f"Meeting.ordinal must be an int >= 1 (got {value})")

    def __attrs_post_init__(self) -> None:
        if self.date_precision is not None and self.date is None:
            raise InvalidValueError(
                f"Meeting.date_precision is {self.date_precision.value!r} but date is None; "
                "a precision needs a date"
            )
        if (
            self.date is not None
            and self.weekday is not None
            and self.date_precision in (None, DatePrecision.DAY)
            and Weekday.from_date(self.date) is not self.weekday
        ):
            raise InvalidValueError(
                f"Meeting.weekday is {self.weekday.value!r} but date {self.date.isoformat()} "
                f"is a {Weekday.from_date(self.date).value}"
            )
        for agreement in self.agreements:
            if self.article_id is not None and agreement.article_id not in (None, self.article_id):
                raise InvalidValueError(
                    f"Meeting.agreements holds an agreement from article "
                    f"{agreement.article_id!r}, but the meeting is from {self.article_id!r}"
                )
        _check_evidence_paths(self, self.evidence)

    def _repr_html_(self) -> str:
        """Jupyter's view: a right-to-left card (see :func:`to_html`)."""
        from ._html import repr_html

        return repr_html(self)


@attrs.frozen
class ExtractionResult:
    """Everything read from one article: its meetings and all its agreements.

    ``agreements`` lists every agreement, including those signed at a meeting
    (which also appear in that meeting's ``agreements``).

    Attributes:
        article_id: Id of the article, when it has one.
        meetings: The meetings it reports, in text order.
        agreements: The agreements it reports, in text order.

    Examples:
        >>> r = ExtractionResult("a1", meetings=(Meeting(MeetingKind.LAUNCH, "a1"),))
        >>> r.meetings[0].kind.value, r.agreements
        ('launch', ())
    """

    article_id: str | None = attrs.field(validator=_article_id)
    meetings: tuple[Meeting, ...] = attrs.field(default=(), validator=_tuple_of(Meeting))
    agreements: tuple[Agreement, ...] = attrs.field(default=(), validator=_tuple_of(Agreement))

    def __attrs_post_init__(self) -> None:
        for name in ("meetings", "agreements"):
            records: tuple[Meeting | Agreement, ...] = getattr(self, name)
            for i, record in enumerate(records):
                if record.article_id is not None and record.article_id != self.article_id:
                    raise InvalidValueError(
                        f"ExtractionResult.{name}[{i}] is from article {record.article_id!r}, "
                        f"but the result is for article {self.article_id!r}"
                    )
        for i, meeting in enumerate(self.meetings):
            for j, agreement in enumerate(meeting.agreements):
                if agreement not in self.agreements:
                    raise InvalidValueError(
                        f"ExtractionResult.meetings[{i}].agreements[{j}] is missing from "
                        "ExtractionResult.agreements, which lists every agreement"
                    )

    def evidence_for(self, record: Meeting | Agreement, field: str) -> Span | None:
        """The main span a record's ``field`` was read from, or ``None``.

        Examples:
            >>> m = Meeting(MeetingKind.OTHER, evidence=Evidence({"kind": (Span(0, 5),)}))
            >>> r = ExtractionResult(None, meetings=(m,))
            >>> r.evidence_for(m, "kind"), r.evidence_for(m, "date")
            (Span(start=0, end=5), None)
        """
        if not isinstance(record, (Meeting, Agreement)):
            raise ArgumentTypeError(
                f"record must be a Meeting or an Agreement (got {type(record).__name__})"
            )
        spans = record.evidence.get(field)
        return spans[0] if spans else None

    def _repr_html_(self) -> str:
        """Jupyter's view: the article, evidence marked, and the cards (see :func:`to_html`)."""
        from ._html import repr_html

        return repr_html(self)
