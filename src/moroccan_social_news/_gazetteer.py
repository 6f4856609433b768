"""Morocco's regions, prefectures, provinces, main cities, public bodies and titles of office.

The gazetteer is package data (``moroccan_social_news/gazetteer/*.json``), read once,
validated, and turned into lookup tables keyed by *normalised token sequences*: every
name goes through the ``search`` normaliser and is split into words, and so is the text
being searched. A match is therefore insensitive to hamza and tatweel spellings,
ة/ه, ى/ي, diacritics, and to hyphens, dashes or spaces between the words of a name
("كلميم – واد نون", "كلميم-واد نون", "كلميم واد نون" all match the same region).

Matching works word by word, left to right, and keeps the longest name starting at each
word, so "جهة كلميم واد نون" is the region, not the city of Guelmim, and "كلميم" inside a
longer word never matches. A glued conjunction or preposition (و ف ب ل, and ل + ال
written لل) is stripped from the first word of a name and left out of the span. Names
that are also ordinary words carry a *match rule*: ``clitic`` names ("العيون", "الجديدة")
match bare only with a glued ب or ل ("بالعيون"), ``designator`` names ("الشرق",
"المضيق") only after a designator word (جهة، إقليم، عمالة، مدينة، جماعة). Designated forms
("إقليم بنسليمان") always match and give the place its kind (the province, not the city).

Spans are character offsets into the text passed in: the public ``find_*`` functions
normalise the text themselves and map spans back; the private ``_find_*_normalized``
functions take text that is already normalised with ``search`` (as the extractor has)
and return spans into it.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from itertools import compress, count
from types import MappingProxyType
from typing import Any, Generic, TypeVar

import attrs

from ._errors import ArgumentTypeError, DataIntegrityError, UnknownNameError, UnknownRegionError
from ._model import Gender, Organization, OrganizationKind, Place, PlaceKind, PostRole, Region
from ._normalize import normalize, normalize_with_offsets
from ._values import Span

if sys.version_info >= (3, 12):
    from importlib.resources import files
else:  # the backport has the same API
    from importlib_resources import files

__all__ = [
    "Alias",
    "GazetteerEntry",
    "MatchRule",
    "OrganizationMatch",
    "PlaceMatch",
    "PostMatch",
    "find_organization",
    "find_organizations",
    "find_place",
    "find_places",
    "find_posts",
    "find_region",
    "gazetteer_entries",
    "gazetteer_entry",
    "organization",
    "organizations",
    "region",
    "regions",
]

_PACKAGE = "moroccan_social_news"
_FOLDER = "gazetteer"
_REGION_CODE = re.compile(r"MA-(0[1-9]|1[0-2])")
# Words, and commas as tokens of their own: a comma inside a name ("Ministère de la
# Solidarité, de ...") must be matched, and a comma in the text breaks any other name.
_TOKEN = re.compile(r"\w+|,")
_ARABIC = re.compile("[\u0600-\u06ff]")
# What may stand between two tokens of one name: spaces, hyphens (dashes are "-" after
# the search normaliser) and apostrophes ("L'Oriental", "M'diq"); never a line break.
_JOINER = re.compile(r"[ \-']*")
# Glued proclitics: a conjunction, then a preposition. Only ب and ل count as the
# "clitic" context that licenses ambiguous names.
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل")
_MIN_STEM = 2

_DESIGNATORS: Mapping[PlaceKind, tuple[str, ...]] = MappingProxyType(
    {
        PlaceKind.REGION: ("جهة",),
        PlaceKind.PROVINCE: ("إقليم", "عمالة", "عمالة إقليم"),
        PlaceKind.PREFECTURE: ("عمالة", "إقليم", "عمالة إقليم"),
        PlaceKind.CITY: ("مدينة", "جماعة", "بلدية"),
        PlaceKind.ARRONDISSEMENT_PREFECTURE: ("عمالة مقاطعات", "عمالة"),
    }
)
# When one bare name is both a city and its province ("كلميم"), the city wins; the
# province needs its designator ("إقليم كلميم").
_PRIORITY: Mapping[PlaceKind, int] = MappingProxyType(
    {
        PlaceKind.CITY: 0,
        PlaceKind.ARRONDISSEMENT_PREFECTURE: 1,
        PlaceKind.PREFECTURE: 1,
        PlaceKind.PROVINCE: 1,
        PlaceKind.REGION: 2,
    }
)


class MatchRule(enum.Enum):
    """When a bare name (without a designator word before it) may match.

    Examples:
        >>> MatchRule("clitic")
        <MatchRule.CLITIC: 'clitic'>
    """

    ALWAYS = "always"
    CLITIC = "clitic"
    DESIGNATOR = "designator"


def _str(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ArgumentTypeError(
            f"{type(instance).__name__}.{attribute.name} must be a non-empty str (got {value!r})"
        )


def _opt_str(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _str(instance, attribute, value)


@attrs.frozen
class Alias:
    """Another name of a gazetteer entry, with its own match rule.

    Attributes:
        name: The name as news writes it ("البيضاء" for Casablanca).
        match: When the bare name may match (see :class:`MatchRule`).

    Examples:
        >>> Alias("البيضاء", MatchRule.CLITIC).match.value
        'clitic'
    """

    name: str = attrs.field(validator=_str)
    match: MatchRule = attrs.field(
        default=MatchRule.ALWAYS, validator=attrs.validators.instance_of(MatchRule)
    )


@attrs.frozen
class GazetteerEntry:
    """A region, prefecture, province or city, with what the small model classes leave out.

    :class:`Region` and :class:`Place` stay small; capitals, seats, ISO and HCP codes,
    provinces and aliases live here.

    Attributes:
        id: ISO 3166-2 code for regions ("MA-10") and for prefectures and provinces
            ("MA-GUE"); a lowercase slug for cities ("guelmim").
        kind: ``REGION``, ``PREFECTURE``, ``PROVINCE`` or ``CITY``.
        name_ar: Arabic name, without the designator word (جهة، إقليم، مدينة); the
            :class:`Region` of a region entry is named with it ("جهة كلميم واد نون").
        name_fr: French name.
        region_code: ISO 3166-2 code of the region the entry lies in (its own for a region).
        name_en: English name (regions only).
        province_id: Id of the prefecture or province a city lies in.
        seat: Id of the city that is the region's capital or the province's seat, when known.
        hcp_code: Code of the Haut-Commissariat au Plan (regions: decree 2-15-40 number).
        match: When the bare Arabic name may match (see :class:`MatchRule`).
        aliases: Other names, with their own match rules.

    Examples:
        >>> entry = gazetteer_entry("MA-10")
        >>> entry.name_fr, entry.seat, entry.hcp_code
        ('Guelmim-Oued Noun', 'guelmim', '10')
        >>> gazetteer_entry("MA-BES").region.name_fr
        'Casablanca-Settat'
    """

    id: str = attrs.field(validator=_str)
    kind: PlaceKind = attrs.field(validator=attrs.validators.instance_of(PlaceKind))
    name_ar: str = attrs.field(validator=_str)
    name_fr: str = attrs.field(validator=_str)
    region_code: str = attrs.field(validator=_str)
    name_en: str | None = attrs.field(default=None, validator=_opt_str)
    province_id: str | None = attrs.field(default=None, validator=_opt_str)
    seat: str | None = attrs.field(default=None, validator=_opt_str)
    hcp_code: str | None = attrs.field(default=None, validator=_opt_str)
    match: MatchRule = attrs.field(
        default=MatchRule.ALWAYS, validator=attrs.validators.instance_of(MatchRule)
    )
    aliases: tuple[Alias, ...] = ()

    @property
    def region(self) -> Region:
        """The :class:`Region` this entry lies in."""
        return region(self.region_code)

    @property
    def provinces(self) -> tuple[GazetteerEntry, ...]:
        """For a region, its prefectures and provinces (in decree order); else empty."""
        if self.kind is not PlaceKind.REGION:
            return ()
        return tuple(
            e
            for e in _places().entries
            if e.kind in (PlaceKind.PROVINCE, PlaceKind.PREFECTURE) and e.region_code == self.id
        )

    def place(self, name: str | None = None) -> Place:
        """This entry as a :class:`Place`, named ``name`` (as a text wrote it) or ``name_ar``."""
        return Place(
            name=self.name_ar if name is None else name, kind=self.kind, region=self.region
        )


_T = TypeVar("_T")


@attrs.frozen
class _Hit(Generic[_T]):
    """One key of a lookup table: what it stands for and when it may match."""

    value: _T
    rule: MatchRule
    priority: int


class _Node(Generic[_T]):
    """A node of an index's token trie: the key ending here (if any) and what may follow.

    Built once per index and never changed after (see ``_IndexBuilder.build``)."""

    __slots__ = ("hit", "next")

    def __init__(self) -> None:
        self.hit: _Hit[_T] | None = None
        self.next: dict[str, _Node[_T]] = {}


@attrs.frozen
class _Index(Generic[_T]):
    """Token-sequence lookup: ``heads`` maps a key's first word to the trie of the
    words that may follow it, so a text is matched one token at a time."""

    heads: Mapping[str, _Node[_T]]
    # Every way a head can be written as one token: the head itself and with glued
    # proclitics (see :func:`_head_forms`). One set lookup per token rules out
    # nearly every word of a text before any proclitic is stripped.
    written_heads: frozenset[str]


@attrs.frozen
class _RawMatch(Generic[_T]):
    start: int
    end: int
    value: _T


@attrs.frozen
class PlaceMatch:
    """A place found in a text: where, as what, and its gazetteer entry.

    Attributes:
        start: Offset of the name's first character (after any glued و/ف/ب/ل).
        end: Offset just past the name.
        place: The place, named as the text writes it (with its designator word, if any).
        entry: The gazetteer entry, for codes, capital, seat and province.

    Examples:
        >>> m = find_place("انعقد اللقاء بإقليم بنسليمان")
        >>> m.kind.value, m.place.name, m.entry.id, m.place.region.code
        ('province', 'إقليم بنسليمان', 'MA-BES', 'MA-06')
    """

    start: int
    end: int
    place: Place
    entry: GazetteerEntry

    @property
    def span(self) -> Span:
        """The match as a :class:`Span`."""
        return Span(self.start, self.end)

    @property
    def kind(self) -> PlaceKind:
        """The kind of place (region, prefecture, province, city)."""
        return self.entry.kind

    @property
    def region(self) -> Region:
        """The region the place lies in."""
        return self.entry.region


@attrs.frozen
class OrganizationMatch:
    """A public body found in a text.

    Attributes:
        start: Offset of the name's first character.
        end: Offset just past the name.
        organization: The body, under its current Arabic name.
        surface: The name as the text writes it (maybe a former name or an acronym).

    Examples:
        >>> m = next(find_organizations("شراكة مع وكالة التنمية الاجتماعية"))
        >>> m.organization.id, m.organization.acronym, m.surface
        ('ads', 'ADS', 'وكالة التنمية الاجتماعية')
    """

    start: int
    end: int
    organization: Organization
    surface: str

    @property
    def span(self) -> Span:
        """The match as a :class:`Span`."""
        return Span(self.start, self.end)


@attrs.frozen
class _PostTitle:
    id: str
    role: PostRole
    gender: Gender | None


@attrs.frozen
class PostMatch:
    """A title of office found in a text ("الوزيرة", "عامل إقليم", "رئيسة مجلس الجهة").

    Only the title is matched; the body or area it is held in follows it in the text.

    Attributes:
        start: Offset of the title's first character.
        end: Offset just past the title.
        role: What the office is.
        gender: The grammatical gender of the title's form, when it shows one.
        post_id: Gazetteer id of the post ("minister", "governor"...).
        title: The title as the text writes it.

    Examples:
        >>> [(m.role.value, m.gender.value) for m in find_posts("بحضور وزيرة التضامن")]
        [('minister', 'female')]
    """

    start: int
    end: int
    role: PostRole
    gender: Gender | None
    post_id: str
    title: str

    @property
    def span(self) -> Span:
        """The match as a :class:`Span`."""
        return Span(self.start, self.end)


# --- loading ---------------------------------------------------------------------------


def _read(name: str) -> dict[str, Any]:
    resource = files(_PACKAGE).joinpath(_FOLDER).joinpath(name)
    try:
        data = json.loads(resource.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise DataIntegrityError(
            f"gazetteer file {_FOLDER}/{name} is missing or not valid JSON: {error}; "
            "reinstall the package"
        ) from error
    if not isinstance(data, dict):
        raise DataIntegrityError(f"gazetteer file {_FOLDER}/{name} must hold a JSON object")
    return data


def _records(name: str, key: str) -> list[dict[str, Any]]:
    records = _read(name).get(key)
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise DataIntegrityError(f"gazetteer file {_FOLDER}/{name}: {key!r} must be a list")
    return records


def _aliases(name: str, raw: object) -> tuple[Alias, ...]:
    if not isinstance(raw, list):
        raise DataIntegrityError(f"gazetteer file {_FOLDER}/{name}: aliases must be a list")
    out = []
    for item in raw:
        if isinstance(item, str):
            out.append(Alias(item))
        elif isinstance(item, dict):
            out.append(Alias(item["name"], MatchRule(item.get("match", "always"))))
        else:
            raise DataIntegrityError(f"gazetteer file {_FOLDER}/{name}: bad alias {item!r}")
    return tuple(out)


@contextlib.contextmanager
def _reading(name: str) -> Iterator[None]:
    """Report a missing field or an invalid value in a data file as DataIntegrityError."""
    try:
        yield
    except DataIntegrityError:
        raise
    except (KeyError, TypeError, ValueError) as error:
        what = f"missing field {error}" if isinstance(error, KeyError) else str(error)
        raise DataIntegrityError(f"gazetteer file {_FOLDER}/{name}: {what}") from error


@attrs.frozen
class _Places:
    entries: tuple[GazetteerEntry, ...]
    by_id: Mapping[str, GazetteerEntry]
    regions: tuple[Region, ...]
    region_by_code: Mapping[str, Region]


def _check_unique(name: str, ids: Iterable[str]) -> None:
    seen: set[str] = set()
    for key in ids:
        if key in seen:
            raise DataIntegrityError(f"gazetteer file {_FOLDER}/{name}: duplicate id {key!r}")
        seen.add(key)


def _load_regions() -> tuple[list[Region], list[GazetteerEntry]]:
    name = "regions.json"
    regions: list[Region] = []
    entries: list[GazetteerEntry] = []
    with _reading(name):
        for r in _records(name, "regions"):
            if not isinstance(r["code"], str) or not _REGION_CODE.fullmatch(r["code"]):
                raise DataIntegrityError(
                    f"gazetteer file {_FOLDER}/{name}: bad code {r['code']!r}"
                )
            regions.append(Region(r["code"], f"جهة {r['name_ar']}", r["name_fr"], r["name_en"]))
            entries.append(
                GazetteerEntry(
                    id=r["code"],
                    kind=PlaceKind.REGION,
                    name_ar=r["name_ar"],
                    name_fr=r["name_fr"],
                    name_en=r["name_en"],
                    region_code=r["code"],
                    seat=r["capital"],
                    hcp_code=r["hcp_code"],
                    match=MatchRule(r["match"]),
                    aliases=_aliases(name, r["aliases"]),
                )
            )
    _check_unique(name, (r.code for r in regions))
    return regions, entries


def _load_provinces(region_codes: frozenset[str]) -> dict[str, GazetteerEntry]:
    name = "provinces.json"
    provinces: dict[str, GazetteerEntry] = {}
    with _reading(name):
        for p in _records(name, "provinces"):
            kind = PlaceKind(p["kind"])
            if kind not in (PlaceKind.PROVINCE, PlaceKind.PREFECTURE):
                raise DataIntegrityError(f"gazetteer file {_FOLDER}/{name}: bad kind in {p!r}")
            if p["region"] not in region_codes:
                raise DataIntegrityError(
                    f"gazetteer file {_FOLDER}/{name}: {p['id']!r} is in unknown region "
                    f"{p['region']!r}; valid: {', '.join(sorted(region_codes))}"
                )
            if p["id"] in provinces:
                raise DataIntegrityError(
                    f"gazetteer file {_FOLDER}/{name}: duplicate id {p['id']!r}"
                )
            provinces[p["id"]] = GazetteerEntry(
                id=p["id"],
                kind=kind,
                name_ar=p["name_ar"],
                name_fr=p["name_fr"],
                region_code=p["region"],
                seat=p["seat"],
                match=MatchRule(p["match"]),
                aliases=_aliases(name, p["aliases"]),
            )
    return provinces


def _load_within_provinces(
    name: str, key: str, kind: PlaceKind, provinces: Mapping[str, GazetteerEntry]
) -> dict[str, GazetteerEntry]:
    """The places of one file (``cities.json``, ``arrondissement_prefectures.json``),
    each inside a province or prefecture of ``provinces``, whose region it takes."""
    found: dict[str, GazetteerEntry] = {}
    with _reading(name):
        for c in _records(name, key):
            province = provinces.get(c["province"])
            if province is None:
                raise DataIntegrityError(
                    f"gazetteer file {_FOLDER}/{name}: {c['id']!r} is in unknown "
                    f"province {c['province']!r}"
                )
            if c["id"] in found:
                raise DataIntegrityError(
                    f"gazetteer file {_FOLDER}/{name}: duplicate id {c['id']!r}"
                )
            found[c["id"]] = GazetteerEntry(
                id=c["id"],
                kind=kind,
                name_ar=c["name_ar"],
                name_fr=c["name_fr"],
                region_code=province.region_code,
                province_id=province.id,
                match=MatchRule(c["match"]),
                aliases=_aliases(name, c["aliases"]),
            )
    return found


@functools.cache
def _places() -> _Places:
    """Read and cross-check the gazetteer's place files (regions, provinces and
    prefectures, Casablanca's prefectures of arrondissements, cities), once."""
    regions, entries = _load_regions()
    provinces = _load_provinces(frozenset(r.code for r in regions))
    cities = _load_within_provinces("cities.json", "cities", PlaceKind.CITY, provinces)
    entries.extend(provinces.values())
    entries.extend(
        _load_within_provinces(
            "arrondissement_prefectures.json",
            "arrondissement_prefectures",
            PlaceKind.ARRONDISSEMENT_PREFECTURE,
            provinces,
        ).values()
    )
    entries.extend(cities.values())
    _check_unique("*.json", (e.id for e in entries))
    for e in entries:
        if e.seat is None:
            continue
        seat = cities.get(e.seat)
        inside = seat is not None and (
            seat.region_code == e.id if e.kind is PlaceKind.REGION else seat.province_id == e.id
        )
        if not inside:
            raise DataIntegrityError(
                f"gazetteer: the seat {e.seat!r} of {e.id!r} is not a city in cities.json "
                "lying in it"
            )
    return _Places(
        entries=tuple(entries),
        by_id=MappingProxyType({e.id: e for e in entries}),
        regions=tuple(regions),
        region_by_code=MappingProxyType({r.code: r for r in regions}),
    )


@attrs.frozen
class _OrgRecord:
    organization: Organization
    names: tuple[str, ...]  # every name that resolves to it, current first
    acronyms: tuple[str, ...]


def _generated_organizations() -> Iterator[_OrgRecord]:
    """Bodies that exist once per region, province or city, named after it.

    Per region: its council, its wilaya, its regional investment centre (CRI, law
    47-18) and its regional academy of education and training (AREF, law 07-00); per
    prefecture or province: its council; per city of cities.json: its commune.
    """
    places = _places()
    for e in places.entries:
        names = [e.name_ar, *(a.name for a in e.aliases)]
        region = places.region_by_code[e.region_code]
        if e.kind is PlaceKind.REGION:
            yield from _regional_bodies(e, names, region)
        elif e.kind in (PlaceKind.PROVINCE, PlaceKind.PREFECTURE):
            unit = "عمالة" if e.kind is PlaceKind.PREFECTURE else "إقليم"
            unit_fr = "préfectoral" if e.kind is PlaceKind.PREFECTURE else "provincial"
            yield _OrgRecord(
                Organization(
                    name=f"مجلس {unit} {e.name_ar}",
                    kind=OrganizationKind.PROVINCIAL_COUNCIL,
                    name_fr=f"Conseil {unit_fr} de {e.name_fr}",
                    id=f"provincial-council-{e.id}",
                    region=region,
                ),
                tuple(
                    form
                    for n in names
                    for form in (
                        f"مجلس عمالة {n}",
                        f"مجلس إقليم {n}",
                        f"المجلس الإقليمي لإقليم {n}",
                        f"المجلس الإقليمي لعمالة {n}",
                        # "المجلس الإقليمي لأزيلال", "المجلس الإقليمي للحسيمة"
                        f"المجلس الإقليمي {_with_lam(n)}",
                    )
                ),
                (),
            )
        elif e.kind is PlaceKind.CITY:
            yield _OrgRecord(
                Organization(
                    name=f"جماعة {e.name_ar}",
                    kind=OrganizationKind.COMMUNE,
                    name_fr=f"Commune de {e.name_fr}",
                    id=f"commune-{e.id}",
                    region=region,
                ),
                tuple(
                    form
                    for n in names
                    for form in (
                        f"جماعة {n}",
                        f"مجلس جماعة {n}",
                        f"الجماعة الترابية {_with_lam(n)}",
                        f"المجلس الجماعي {_with_lam(n)}",
                        f"المجلس الجماعي لمدينة {n}",
                        f"المجلس الجماعي لجماعة {n}",
                    )
                ),
                (),
            )


def _regional_bodies(e: GazetteerEntry, names: list[str], region: Region) -> Iterator[_OrgRecord]:
    """The council, wilaya, CRI and AREF of one region, under every name of the region."""
    yield _OrgRecord(
        Organization(
            name=f"مجلس جهة {e.name_ar}",
            kind=OrganizationKind.REGIONAL_COUNCIL,
            name_fr=f"Conseil de la région {e.name_fr}",
            id=f"regional-council-{e.id}",
            region=region,
        ),
        tuple(form for n in names for form in (f"مجلس جهة {n}", f"المجلس الجهوي لجهة {n}")),
        (),
    )
    yield _OrgRecord(
        Organization(
            name=f"ولاية جهة {e.name_ar}",
            kind=OrganizationKind.WILAYA,
            name_fr=f"Wilaya de la région {e.name_fr}",
            id=f"wilaya-{e.id}",
            region=region,
        ),
        tuple(f"ولاية جهة {n}" for n in names),
        (),
    )
    # The acronyms are shared by the twelve bodies of a kind: kept on the record,
    # never indexed (a bare "CRI" does not say which region).
    for body_id, head, name_fr, acronym in (
        ("cri", "المركز الجهوي للاستثمار", "Centre Régional d'Investissement", "CRI"),
        (
            "aref",
            "الأكاديمية الجهوية للتربية والتكوين",
            "Académie Régionale d'Éducation et de Formation",
            "AREF",
        ),
    ):
        yield _OrgRecord(
            Organization(
                name=f"{head} لجهة {e.name_ar}",
                kind=OrganizationKind.PUBLIC_INSTITUTION,
                name_fr=f"{name_fr} de la région {e.name_fr}",
                acronym=acronym,
                id=f"{body_id}-{e.id}",
                region=region,
            ),
            tuple(
                form
                for n in names
                for form in (f"{head} لجهة {n}", f"{head} بجهة {n}", f"{head} {_with_lam(n)}")
            ),
            (),
        )


def _with_lam(name: str) -> str:
    """``name`` after the preposition ل, spelled as Arabic writes it (ل + ال = لل)."""
    return "لل" + name[2:] if name.startswith("ال") else "ل" + name


@functools.cache
def _organizations() -> tuple[_OrgRecord, ...]:
    name = "organizations.json"
    out: list[_OrgRecord] = []
    with _reading(name):
        for o in _records(name, "organizations"):
            code = o.get("region")
            org = Organization(
                name=o["name_ar"],
                kind=OrganizationKind(o["kind"]),
                name_fr=o["name_fr"],
                acronym=o["acronym"],
                id=o["id"],
                region=None if code is None else region(code),
            )
            names = (o["name_ar"], o["name_fr"], *o["aliases"], *o["former_names"])
            out.append(_OrgRecord(org, names, (o["acronym"],) if o["acronym"] else ()))
    out.extend(_generated_organizations())
    _check_unique(name, (r.organization.id or "" for r in out))
    return tuple(out)


@functools.cache
def _posts() -> tuple[tuple[str, _PostTitle], ...]:
    """(title, post) pairs from posts.json."""
    name = "posts.json"
    out: list[tuple[str, _PostTitle]] = []
    with _reading(name):
        records = _records(name, "posts")
        _check_unique(name, (p["id"] for p in records))
        for p in records:
            role = PostRole(p["role"])
            for t in p["titles"]:
                gender = None if t["gender"] is None else Gender(t["gender"])
                out.append((t["ar"], _PostTitle(p["id"], role, gender)))
    return tuple(out)


# --- keys and matching -------------------------------------------------------------------


def _strip_accents(name: str) -> str:
    """Data-side variant of a Latin name without accents ("Fès" -> "Fes")."""
    decomposed = unicodedata.normalize("NFD", name)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _key(name: str) -> tuple[str, ...]:
    """The lookup key of a name: its search-normalised words, Latin ones casefolded."""
    return tuple(w.casefold() for w in _TOKEN.findall(normalize(name, preset="search")))


def _name_keys(name: str) -> set[tuple[str, ...]]:
    keys = {_key(name)}
    if not _ARABIC.search(name):  # Latin names also match without their accents
        keys.add(_key(_strip_accents(name)))
    return {k for k in keys if k}


class _IndexBuilder(Generic[_T]):
    """Collects keys, keeping the highest-priority value when two names collide."""

    def __init__(self) -> None:
        self._keys: dict[tuple[str, ...], _Hit[_T]] = {}

    def add(self, name: str, value: _T, rule: MatchRule, priority: int = 0) -> None:
        for key in _name_keys(name):
            self.add_key(key, value, rule, priority)

    def add_key(self, key: tuple[str, ...], value: _T, rule: MatchRule, priority: int) -> None:
        old = self._keys.get(key)
        if old is None or priority < old.priority:
            self._keys[key] = _Hit(value, rule, priority)

    def build(self) -> _Index[_T]:
        heads: dict[str, _Node[_T]] = {}
        for key, hit in self._keys.items():
            node = heads.setdefault(key[0], _Node())
            for word in key[1:]:
                node = node.next.setdefault(word, _Node())
            node.hit = hit
        return _Index(MappingProxyType(heads), _written_forms(heads))


def _written_forms(heads: Iterable[str]) -> frozenset[str]:
    """Each head as a token may write it: bare, or after و/ف, ب/ل or both (ل + ال = لل)."""
    forms: set[str] = set()
    for head in heads:
        for conj in ("", *_CONJUNCTIONS):
            forms.add(conj + head)
            forms.update(conj + prep + head for prep in _PREPOSITIONS)
            if head.startswith("ال"):
                forms.add(conj + "ل" + head[1:])  # ل + الجهة is written للجهة
    return frozenset(forms)


@functools.cache
def _place_index() -> _Index[GazetteerEntry]:
    builder: _IndexBuilder[GazetteerEntry] = _IndexBuilder()
    for e in _places().entries:
        priority = _PRIORITY[e.kind]
        arabic = [(e.name_ar, e.match)] + [(a.name, a.match) for a in e.aliases]
        for name, rule in arabic:
            if rule is not MatchRule.DESIGNATOR:
                builder.add(name, e, rule, priority)
            for designator in _DESIGNATORS[e.kind]:
                # a designated name is unambiguous: it beats any bare reading
                builder.add(f"{designator} {name}", e, MatchRule.ALWAYS, -1)
        for latin in (e.name_fr, e.name_en):
            if latin is not None:
                builder.add(latin, e, MatchRule.ALWAYS, priority)
    return builder.build()


@functools.cache
def _organization_index() -> _Index[_OrgRecord]:
    builder: _IndexBuilder[_OrgRecord] = _IndexBuilder()
    for record in _organizations():
        for name in record.names:
            builder.add(name, record, MatchRule.ALWAYS)
        for acronym in record.acronyms:
            # acronyms match in their own case only ("ADS", never the word "ads")
            builder.add_key((acronym,), record, MatchRule.ALWAYS, 0)
    return builder.build()


@functools.cache
def _post_index() -> _Index[_PostTitle]:
    builder: _IndexBuilder[_PostTitle] = _IndexBuilder()
    for title, post in _posts():
        builder.add(title, post, MatchRule.ALWAYS)
    return builder.build()


def _head_forms(word: str) -> Iterator[tuple[str, int, bool]]:
    """Readings of a first word: (form, length of the stripped proclitic, after ب/ل?)."""
    yield word, 0, False
    if word != word.casefold():
        yield word.casefold(), 0, False
    starts = [(word, 0)]
    for conj in _CONJUNCTIONS:
        if word.startswith(conj) and len(word) - len(conj) >= _MIN_STEM:
            rest = word[len(conj) :]
            starts.append((rest, len(conj)))
            yield rest, len(conj), False
    for stem, cut in starts:
        for prep in _PREPOSITIONS:
            if stem.startswith(prep) and len(stem) - len(prep) >= _MIN_STEM:
                rest = stem[len(prep) :]
                yield rest, cut + len(prep), True
                if prep == "ل" and rest.startswith("ل"):
                    yield "ا" + rest, cut + len(prep), True  # ل + ال is written لل


def _joins(ntext: str, tokens: list[re.Match[str]], k: int) -> bool:
    """Whether token ``k`` continues a name from token ``k - 1`` (spaces/hyphens between)."""
    gap_start, gap_end = tokens[k - 1].end(), tokens[k].start()
    # Nearly every gap is one space: test that before the pattern.
    return (gap_end == gap_start + 1 and ntext[gap_start] == " ") or (
        _JOINER.fullmatch(ntext, gap_start, gap_end) is not None
    )


@attrs.frozen
class _Tokens:
    """Tokens of normalised text, shared by every index that scans it."""

    matches: list[re.Match[str]]
    words: list[str]
    folded: list[str]  # case-folded words; the same list as ``words`` in uncased text


def _tokenize(ntext: str) -> _Tokens:
    """Tokenise normalised text once for every index (places, organisations)."""
    matches = list(_TOKEN.finditer(ntext))
    words = [m.group() for m in matches]
    # casefold maps character by character: an unchanged text has unchanged words.
    folded = words if ntext == ntext.casefold() else [w.casefold() for w in words]
    return _Tokens(matches, words, folded)


def _candidates(found: _Tokens, written: frozenset[str]) -> list[int]:
    """Indices of the tokens that may begin a name: one set lookup per token."""
    # The lookups run in C (``map`` of the set's own ``__contains__``), not in a loop.
    candidates = list(compress(count(), map(written.__contains__, found.folded)))
    if found.folded is not found.words:  # cased text: acronyms match in their own case
        unfolded = (i for i, word in enumerate(found.words) if word in written)
        candidates = sorted({*candidates, *unfolded})
    return candidates


def _match(
    ntext: str,
    index: _Index[_T],
    tokenized: _Tokens | None = None,
    *,
    glued: bool = False,
) -> Iterator[_RawMatch[_T]]:
    """Leftmost-longest, non-overlapping matches of the index's keys in normalised text.

    ``glued`` reads every name as if a ب/ل were glued to it, so names that match only
    then ("إفران", also "ovens") match bare: for a position that can only hold a place,
    such as a dateline."""
    found = tokenized if tokenized is not None else _tokenize(ntext)
    tokens, words, folded = found.matches, found.words, found.folded
    heads = index.heads
    i = 0
    for candidate in _candidates(found, index.written_heads):
        if candidate < i:
            continue  # inside the previous match
        i = candidate
        best: tuple[int, int, _T] | None = None  # (words, cut, value)
        for form, cut, clitic in _head_forms(words[i]):
            node = heads.get(form)
            length = 1
            # Walk the trie along the joined tokens; the longest key that may match
            # here wins (a reading of the head only replaces a shorter match).
            while node is not None:
                hit = node.hit
                if (
                    hit is not None
                    and (best is None or length > best[0])
                    and (hit.rule is MatchRule.ALWAYS or clitic or glued)
                ):
                    best = (length, cut, hit.value)
                k = i + length
                if not node.next or k >= len(tokens) or not _joins(ntext, tokens, k):
                    break
                node = node.next.get(folded[k])
                length += 1
        if best is None:
            continue
        length, cut, value = best
        yield _RawMatch(tokens[i].start() + cut, tokens[i + length - 1].end(), value)
        i += length


def _check_text(text: object, function: str) -> str:
    if not isinstance(text, str):
        raise ArgumentTypeError(f"{function}() expects text as a str (got {type(text).__name__})")
    return text


# --- places ------------------------------------------------------------------------------


def _find_places_normalized(ntext: str, tokenized: _Tokens | None = None) -> Iterator[PlaceMatch]:
    """Places in text already normalised with the ``search`` preset; spans into ``ntext``.

    ``tokenized`` (from ``_tokenize``) lets a caller scan one text for places and
    organisations with a single tokenisation.
    """
    for m in _match(ntext, _place_index(), tokenized):
        yield PlaceMatch(m.start, m.end, m.value.place(ntext[m.start : m.end]), m.value)


def _find_regions_normalized(ntext: str) -> Iterator[PlaceMatch]:
    """Region names in text already normalised with ``search``."""
    return (m for m in _find_places_normalized(ntext) if m.entry.kind is PlaceKind.REGION)


def find_places(text: str) -> Iterator[PlaceMatch]:
    """Every region, prefecture, province and city named in ``text``, left to right.

    Spans are offsets into ``text`` itself, so they can serve as evidence.

    Examples:
        >>> text = "لقاء بالحسيمة وآخر بجهة كلميم – واد نون"
        >>> [(m.place.name, m.kind.value, m.region.code) for m in find_places(text)]
        [('الحسيمة', 'city', 'MA-01'), ('جهة كلميم – واد نون', 'region', 'MA-10')]
        >>> m = next(find_places(text)); text[m.start:m.end]
        'الحسيمة'
    """
    text = _check_text(text, "find_places")
    mapped = normalize_with_offsets(text, preset="search")
    for m in _find_places_normalized(mapped.text):
        start, end = mapped.original_span(m.start, m.end)
        yield PlaceMatch(start, end, m.entry.place(text[start:end]), m.entry)


def find_place(text: str) -> PlaceMatch | None:
    """The first place named in ``text``, or ``None``.

    Examples:
        >>> find_place("زيارة ميدانية لمدينة طاطا").entry.id
        'tata'
        >>> find_place("لا مكان هنا") is None
        True
    """
    return next(find_places(text), None)


def find_region(text: str) -> Region | None:
    """The first region named in ``text`` (with or without جهة, any dash), or ``None``.

    Only region names count; use :func:`find_place` and its ``region`` to place a city.

    Examples:
        >>> find_region("بمقر ولاية جهة كلميم – واد نون").code
        'MA-10'
        >>> find_region("Fès-Meknès").name_ar
        'جهة فاس مكناس'
        >>> find_region("مدينة كلميم") is None
        True
    """
    text = _check_text(text, "find_region")
    found = next(_find_regions_normalized(normalize(text, preset="search")), None)
    return None if found is None else found.entry.region


def region(code: str) -> Region:
    """The region with this ISO 3166-2 code (``"MA-01"`` ... ``"MA-12"``).

    Examples:
        >>> region("MA-10").name_en
        'Guelmim-Oued Noun'
        >>> region("MA-13")
        Traceback (most recent call last):
        ...
        moroccan_social_news._errors.UnknownRegionError: unknown region code 'MA-13'; ...
    """
    if not isinstance(code, str):
        raise ArgumentTypeError(
            f"region() expects an ISO 3166-2 code as a str (got {type(code).__name__})"
        )
    places = _places()
    found = places.region_by_code.get(code)
    if found is None:
        raise UnknownRegionError(code, tuple(places.region_by_code))
    return found


def regions() -> tuple[Region, ...]:
    """Morocco's 12 regions, in ISO 3166-2 order.

    Examples:
        >>> [r.code for r in regions()][:3], len(regions())
        (['MA-01', 'MA-02', 'MA-03'], 12)
    """
    return _places().regions


def gazetteer_entry(key: str) -> GazetteerEntry:
    """The gazetteer record of a region ("MA-10"), province ("MA-GUE") or city ("guelmim").

    Examples:
        >>> gazetteer_entry("guelmim").province_id
        'MA-GUE'
        >>> [p.name_fr for p in gazetteer_entry("MA-10").provinces]
        ['Guelmim', 'Assa-Zag', 'Tan-Tan', 'Sidi Ifni']
    """
    if not isinstance(key, str):
        raise ArgumentTypeError(
            f"gazetteer_entry() expects an id as a str (got {type(key).__name__})"
        )
    by_id = _places().by_id
    found = by_id.get(key)
    if found is None:
        raise UnknownNameError("gazetteer id", key, sorted(by_id))
    return found


def gazetteer_entries(kind: PlaceKind | None = None) -> tuple[GazetteerEntry, ...]:
    """Every gazetteer record, or those of one kind (regions first, then provinces, cities).

    Examples:
        >>> len(gazetteer_entries(PlaceKind.REGION))
        12
        >>> [len(gazetteer_entries(k)) for k in (PlaceKind.PROVINCE, PlaceKind.PREFECTURE)]
        [62, 13]
    """
    entries = _places().entries
    if kind is None:
        return entries
    if not isinstance(kind, PlaceKind):
        raise ArgumentTypeError(f"gazetteer_entries() expects a PlaceKind (got {kind!r})")
    return tuple(e for e in entries if e.kind is kind)


# --- organizations -----------------------------------------------------------------------


def _find_organizations_normalized(
    ntext: str, tokenized: _Tokens | None = None
) -> Iterator[OrganizationMatch]:
    """Public bodies in text already normalised with ``search``; spans into ``ntext``."""
    for m in _match(ntext, _organization_index(), tokenized):
        yield OrganizationMatch(m.start, m.end, m.value.organization, ntext[m.start : m.end])


def find_organizations(text: str) -> Iterator[OrganizationMatch]:
    """Every public body named in ``text`` (current or former name, or acronym).

    Examples:
        >>> text = "وقعت وزارة التضامن والتنمية الاجتماعية والمساواة والأسرة مع التعاون الوطني"
        >>> [m.organization.id for m in find_organizations(text)]
        ['ministry-solidarity', 'entraide-nationale']
    """
    text = _check_text(text, "find_organizations")
    mapped = normalize_with_offsets(text, preset="search")
    for m in _find_organizations_normalized(mapped.text):
        start, end = mapped.original_span(m.start, m.end)
        yield OrganizationMatch(start, end, m.organization, text[start:end])


def find_organization(text: str) -> Organization | None:
    """The first public body named in ``text``, or ``None``.

    Examples:
        >>> find_organization("بتنسيق مع مجلس جهة كلميم واد نون").id
        'regional-council-MA-10'
    """
    found = next(find_organizations(text), None)
    return None if found is None else found.organization


@functools.cache
def _organizations_by_id() -> Mapping[str, Organization]:
    orgs = (r.organization for r in _organizations())
    return MappingProxyType({o.id: o for o in orgs if o.id is not None})


def organization(key: str) -> Organization:
    """The public body with this gazetteer id.

    Examples:
        >>> organization("inas").name
        'المعهد الوطني للعمل الاجتماعي'
    """
    if not isinstance(key, str):
        raise ArgumentTypeError(
            f"organization() expects an id as a str (got {type(key).__name__})"
        )
    by_id = _organizations_by_id()
    found = by_id.get(key)
    if found is None:
        raise UnknownNameError("organization id", key, sorted(by_id))
    return found


def organizations() -> tuple[Organization, ...]:
    """Every public body the gazetteer knows (listed ones, then generated councils, wilayas).

    Examples:
        >>> organizations()[0].name_fr
        "Ministère de la Solidarité, de l'Insertion Sociale et de la Famille"
    """
    return tuple(r.organization for r in _organizations())


# --- posts -------------------------------------------------------------------------------


def _find_posts_normalized(ntext: str) -> Iterator[PostMatch]:
    """Titles of office in text already normalised with ``search``; spans into ``ntext``."""
    for m in _match(ntext, _post_index()):
        post = m.value
        yield PostMatch(m.start, m.end, post.role, post.gender, post.id, ntext[m.start : m.end])


def find_posts(text: str) -> Iterator[PostMatch]:
    """Every title of office in ``text``, the longest form at each place.

    Examples:
        >>> text = "والي جهة كلميم واد نون عامل إقليم كلميم ورئيسة مجلس الجهة"
        >>> [m.role.value for m in find_posts(text)]
        ['wali', 'governor', 'regional_council_president']
    """
    text = _check_text(text, "find_posts")
    mapped = normalize_with_offsets(text, preset="search")
    for m in _find_posts_normalized(mapped.text):
        start, end = mapped.original_span(m.start, m.end)
        yield PostMatch(start, end, m.role, m.gender, m.post_id, text[start:end])
