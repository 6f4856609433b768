"""JSON, JSON Schema, schema.org JSON-LD and flat records for the domain model.

One ``cattrs`` converter turns the ``attrs`` classes of :mod:`._model` and
:mod:`._values` into plain JSON data and back; the classes themselves know nothing
of any format. Structuring is strict: a wrong type, an unknown enum value or key,
or a value a class refuses raises :class:`RecordValidationError` naming the JSON
path (``$.chair.person.name``), the bad value and what is valid.

The JSON Schema of each class is generated from the same classes (their fields,
type hints, docstrings and a small table of range constraints), so it cannot
drift from the code; ``tools/generate_schemas.py`` writes the shipped copies.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import inspect
import json
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ForbiddenExtraKeysError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from ._errors import ArgumentTypeError, InvalidValueError, RecordValidationError
from ._model import (
    Agreement,
    AgreementKind,
    AttendanceMode,
    Beneficiary,
    Contribution,
    DatePrecision,
    Evidence,
    ExtractionResult,
    Gender,
    Meeting,
    MeetingKind,
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
    Strategy,
)
from ._readers import unique_keys
from ._values import AmountQualifier, MonetaryAmount, Span, Weekday, YearRange

__all__ = [
    "RECORD_CLASSES",
    "from_dict",
    "from_json",
    "json_schema",
    "schema_files",
    "to_dict",
    "to_json",
    "to_jsonld",
    "to_records",
]

T = TypeVar("T")

RECORD_CLASSES: tuple[type, ...] = (
    Span,
    YearRange,
    MonetaryAmount,
    Region,
    Place,
    Organization,
    Person,
    Post,
    Participation,
    Quote,
    Strategy,
    Programme,
    Contribution,
    Evidence,
    Agreement,
    Meeting,
    ExtractionResult,
)
"""Every class :func:`to_dict`, :func:`from_dict` and :func:`json_schema` accept."""

_ENUMS: tuple[type[enum.Enum], ...] = (
    AgreementKind,
    AmountQualifier,
    AttendanceMode,
    Beneficiary,
    DatePrecision,
    Gender,
    MeetingKind,
    OrganizationKind,
    ParticipantGroup,
    PlaceKind,
    PostRole,
    Role,
    Weekday,
)

_DECIMAL = re.compile(r"[0-9]+(\.[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_SCHEMA_BASE = "https://github.com/moroccan-social-news/moroccan-social-news/schemas/"


# --------------------------------------------------------------------------- structuring errors


class _InvalidValueError(Exception):
    """A leaf structuring error; ``where`` extends the JSON path of the hook's value."""

    def __init__(self, message: str, where: str = "") -> None:
        super().__init__(message)
        self.where = where


class _NestedError(Exception):
    """Several errors from one container hook, each with its path suffix."""

    def __init__(self, errors: Sequence[tuple[str, BaseException]]) -> None:
        super().__init__(f"{len(errors)} errors")
        self.errors = errors


def _show(value: object) -> str:
    shown = json.dumps(value, ensure_ascii=False) if _jsonable(value) else repr(value)
    return shown if len(shown) <= 80 else shown[:77] + "..."


def _jsonable(value: object) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True


def _type_name(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "number"
    return names.get(type(value), type(value).__name__)


def _leaves(exc: BaseException, path: str) -> list[tuple[str, BaseException]]:
    if isinstance(exc, BaseValidationError):
        found: list[tuple[str, BaseException]] = []
        for sub in exc.exceptions:
            sub_path = path
            for note in getattr(sub, "__notes__", ()):
                if isinstance(note, AttributeValidationNote):
                    sub_path = f"{path}.{note.name}"
                    break
                if isinstance(note, IterableValidationNote):
                    sub_path = f"{path}[{note.index}]"
                    break
            found.extend(_leaves(sub, sub_path))
        return found
    if isinstance(exc, _NestedError):
        return [leaf for where, sub in exc.errors for leaf in _leaves(sub, path + where)]
    if isinstance(exc, _InvalidValueError):
        return [(path + exc.where, exc)]
    return [(path, exc)]


def _describe(path: str, exc: BaseException) -> str:
    if isinstance(exc, ForbiddenExtraKeysError):
        valid = ", ".join(a.name for a in attrs.fields(exc.cl))
        extra = ", ".join(repr(k) for k in sorted(exc.extra_fields))
        return f"{path}: unknown key(s) {extra} for {exc.cl.__name__}; valid keys: {valid}"
    if isinstance(exc, KeyError):
        return f"{path}: missing required key {path.rsplit('.', 1)[-1]!r}"
    return f"{path}: {exc}"


def _raise_readable(exc: Exception, cls: type) -> typing.NoReturn:
    leaves = _leaves(exc, "$")
    messages = [_describe(path, leaf) for path, leaf in leaves]
    head = f"invalid {cls.__name__} data"
    if len(messages) == 1:
        raise RecordValidationError(f"{head}: {messages[0]}") from exc
    listed = "; ".join(messages)
    raise RecordValidationError(f"{head} ({len(messages)} problems): {listed}") from exc


# --------------------------------------------------------------------------- the converter


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise _InvalidValueError(f"expected a string (got {_type_name(value)} {_show(value)})")
    return value


def _structure_int(value: object, _: type) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _InvalidValueError(f"expected an integer (got {_type_name(value)} {_show(value)})")
    return value


def _structure_decimal(value: object, _: type) -> Decimal:
    if not isinstance(value, str) or not _DECIMAL.fullmatch(value.lstrip("-")):
        raise _InvalidValueError(
            'expected a decimal string such as "20000000" or "1.5" '
            f"(got {_type_name(value)} {_show(value)})"
        )
    try:
        return Decimal(value)
    except InvalidOperation as exc:  # pragma: no cover - the pattern already excludes this
        raise _InvalidValueError(f"not a decimal number: {_show(value)}") from exc


def _unstructure_decimal(value: Decimal) -> str:
    return format(value, "f")


def _structure_date(value: object, _: type) -> dt.date:
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _InvalidValueError(
        f'expected an ISO 8601 date such as "2022-03-05" (got {_type_name(value)} {_show(value)})'
    )


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    by_value = {member.value: member for member in cls}

    def structure(value: object, _: type) -> enum.Enum:
        member = by_value.get(value) if isinstance(value, str) else None
        if member is None:
            valid = ", ".join(json.dumps(v) for v in by_value)
            raise _InvalidValueError(
                f"{_show(value)} is not a valid {cls.__name__}; valid: {valid}"
            )
        return member

    return structure


def _unstructure_evidence(evidence: Evidence) -> dict[str, list[dict[str, int]]]:
    return {
        field: [{"start": span.start, "end": span.end} for span in spans]
        for field, spans in evidence.items()
    }


def _structure_evidence(value: object, _: type) -> Evidence:
    if not isinstance(value, dict):
        raise _InvalidValueError(
            "expected an object mapping field paths to lists of spans "
            f"(got {_type_name(value)} {_show(value)})"
        )
    errors: list[tuple[str, BaseException]] = []
    pairs: dict[str, tuple[Span, ...]] = {}
    for field, spans in value.items():
        where = f"[{json.dumps(field, ensure_ascii=False)}]"
        if not isinstance(spans, list):
            errors.append(
                (where, _InvalidValueError(f"expected an array of spans (got {_show(spans)})"))
            )
            continue
        found: list[Span] = []
        for i, span in enumerate(spans):
            if not (
                isinstance(span, dict)
                and set(span) == {"start", "end"}
                and all(type(span[k]) is int for k in span)
            ):
                errors.append(
                    (
                        f"{where}[{i}]",
                        _InvalidValueError(
                            'expected a span {"start": int, "end": int} '
                            f"(got {_type_name(span)} {_show(span)})"
                        ),
                    )
                )
                continue
            try:
                found.append(Span(span["start"], span["end"]))
            except (TypeError, ValueError) as exc:
                errors.append((f"{where}[{i}]", exc))
        pairs[field] = tuple(found)
    if errors:
        raise _NestedError(errors)
    try:
        return Evidence(pairs)
    except (TypeError, ValueError) as exc:
        raise _InvalidValueError(str(exc)) from exc


@functools.cache
def _converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_unstructure_hook(Decimal, _unstructure_decimal)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    for cls in _ENUMS:
        conv.register_structure_hook(cls, _enum_hook(cls))

    def tuple_structure(tp: Any) -> Callable[[object, type], tuple[Any, ...]]:
        (item_type, _) = typing.get_args(tp)

        def structure(value: object, _: type) -> tuple[Any, ...]:
            if not isinstance(value, list):
                raise _InvalidValueError(
                    f"expected an array (got {_type_name(value)} {_show(value)})"
                )
            items, errors = [], []
            for i, item in enumerate(value):
                try:
                    items.append(conv.structure(item, item_type))
                except Exception as exc:  # collected and re-raised with its path
                    errors.append((f"[{i}]", exc))
            if errors:
                raise _NestedError(errors)
            return tuple(items)

        return structure

    def tuple_unstructure(tp: Any) -> Callable[[tuple[Any, ...]], list[Any]]:
        (item_type, _) = typing.get_args(tp)
        return lambda value: [conv.unstructure(item, item_type) for item in value]

    conv.register_structure_hook_factory(_is_homogeneous_tuple, tuple_structure)
    conv.register_unstructure_hook_factory(_is_homogeneous_tuple, tuple_unstructure)

    def class_structure(cls: type) -> Callable[[object, type], Any]:
        generated: Any = make_dict_structure_fn(cls, conv)

        def structure(value: object, _: type) -> Any:
            if not isinstance(value, dict):
                raise _InvalidValueError(
                    f"expected an object for {cls.__name__} "
                    f"(got {_type_name(value)} {_show(value)})"
                )
            return generated(value, cls)

        return structure

    def is_record(tp: Any) -> bool:
        return isinstance(tp, type) and attrs.has(tp) and tp is not Evidence

    conv.register_structure_hook_factory(is_record, class_structure)
    conv.register_structure_hook(Evidence, _structure_evidence)
    conv.register_unstructure_hook(Evidence, _unstructure_evidence)
    return conv


def _check_class(cls: object) -> type:
    if not (isinstance(cls, type) and cls in RECORD_CLASSES):
        names = ", ".join(c.__name__ for c in RECORD_CLASSES)
        raise ArgumentTypeError(f"expected one of the record classes {names} (got {cls!r})")
    return cls


def to_dict(obj: Any) -> dict[str, Any]:
    """The JSON form of a record: plain dicts, lists, strings, numbers and ``None``.

    Keys are the attribute names, enums become their values, ``Decimal`` a decimal
    string, dates ISO 8601 strings. :func:`from_dict` reverses it exactly.

    Examples:
        >>> from decimal import Decimal
        >>> cost = MonetaryAmount(Decimal("20000000"), "MAD", AmountQualifier.UPPER_BOUND)
        >>> to_dict(cost)
        {'amount': '20000000', 'currency': 'MAD', 'qualifier': 'upper_bound', 'surface': None, 'equivalent': None}
    """  # noqa: E501  # doctest output is one line
    _check_class(type(obj))
    data: dict[str, Any] = _converter().unstructure(obj, type(obj))
    return data


def from_dict(cls: type[T], data: object) -> T:
    """Build a record of class ``cls`` from its JSON form, validating everything.

    Missing keys that have defaults take them; unknown keys, wrong types, unknown
    enum values and values the class refuses raise :class:`RecordValidationError`
    naming the JSON path, the value and what is valid.

    Examples:
        >>> from_dict(Person, {"name": "عواطف حيار", "gender": "female"})
        Person(name='عواطف حيار', gender=<Gender.FEMALE: 'female'>)
        >>> from_dict(Person, {"name": "حيار", "gender": "f"})
        Traceback (most recent call last):
        ...
        moroccan_social_news._errors.RecordValidationError: invalid Person data: $.gender: "f" is not a valid Gender; valid: "female", "male"
    """  # noqa: E501  # doctest output is one line
    _check_class(cls)
    try:
        return _converter().structure(data, cls)
    except Exception as exc:  # every failure is reported with its JSON path
        _raise_readable(exc, cls)


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """The JSON text of a record (UTF-8 friendly: Arabic is written as is).

    Examples:
        >>> to_json(Person("امباركة بوعيدة", Gender.FEMALE))
        '{"name": "امباركة بوعيدة", "gender": "female"}'
    """
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def _reject_constant(name: str) -> None:
    raise InvalidValueError(f"{name} is not valid JSON")


def from_json(cls: type[T], text: str | bytes) -> T:
    """Parse JSON text into a record of class ``cls`` (see :func:`from_dict`).

    Examples:
        >>> from_json(YearRange, '{"start": 2021, "end": 2026}')
        YearRange(start=2021, end=2026)
        >>> from_json(YearRange, '{"start": 2026, "end": 2021}')
        Traceback (most recent call last):
        ...
        moroccan_social_news._errors.RecordValidationError: invalid YearRange data: $: YearRange end (2021) must be >= start (2026)
    """  # noqa: E501  # doctest output is one line
    _check_class(cls)
    if not isinstance(text, (str, bytes, bytearray)):
        raise ArgumentTypeError(f"text must be str or bytes (got {type(text).__name__})")
    try:
        data = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=unique_keys)
    except RecursionError:  # "[[[[…" nested deeper than the interpreter's stack
        raise RecordValidationError(
            f"invalid JSON for {cls.__name__}: nested too deeply to parse"
        ) from None
    except json.JSONDecodeError as exc:
        raise RecordValidationError(
            f"invalid JSON for {cls.__name__}: {exc.msg} (column {exc.colno})", line=exc.lineno
        ) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise RecordValidationError(f"invalid JSON for {cls.__name__}: {exc}") from exc
    return from_dict(cls, data)


# --------------------------------------------------------------------------- JSON Schema

# Range and format constraints the validators enforce, for the schema. Keys are
# "Class.field"; array keywords apply to the array, the rest to its items.
_FIELD_CONSTRAINTS: Mapping[str, Mapping[str, Any]] = types.MappingProxyType(
    {
        "Span.start": {"minimum": 0},
        "Span.end": {"minimum": 0},
        "YearRange.start": {"minimum": 1000, "maximum": 9999},
        "YearRange.end": {"minimum": 1000, "maximum": 9999},
        "MonetaryAmount.currency": {"pattern": "^[A-Z]{3}$"},
        "Region.code": {"pattern": "^MA-(0[1-9]|1[0-2])$"},
        "Meeting.ordinal": {"minimum": 1},
        "Programme.members": {"uniqueItems": True},
        "Agreement.beneficiaries": {"uniqueItems": True},
        "Agreement.parties": {"uniqueItems": True},
    }
)
_ARRAY_KEYWORDS = frozenset({"uniqueItems", "minItems", "maxItems"})
_NOT_BLANK = {"pattern": "\\S"}  # every str of the model classes must hold a non-space
_FIELD_PATH_PATTERN = "^[a-z_]+(\\[[0-9]+\\])?(\\.[a-z_]+(\\[[0-9]+\\])?)*$"

# Cross-field rules JSON Schema can state (others, like end >= start, are checked
# by from_dict only).
_CLASS_CONSTRAINTS: Mapping[str, Mapping[str, Any]] = types.MappingProxyType(
    {
        "Participation": {
            "oneOf": [
                {
                    "required": ["person"],
                    "properties": {
                        "person": {"type": "object"},
                        "group": {"type": "null"},
                        "group_kind": {"type": "null"},
                    },
                },
                {
                    "required": ["group"],
                    "properties": {"group": {"type": "string"}, "person": {"type": "null"}},
                },
            ]
        },
        "Meeting": {
            "if": {
                "required": ["date_precision"],
                "properties": {"date_precision": {"type": "string"}},
            },
            "then": {"required": ["date"], "properties": {"date": {"type": "string"}}},
        },
    }
)


def _plain(text: str) -> str:
    """Docstring markup (``code``, :class:`Name`) as plain text for schema descriptions."""
    return re.sub(r":\w+:`~?([^`]+)`", r"\1", text).replace("``", "")


def _first_line(obj: object) -> str:
    doc = inspect.getdoc(obj) or ""
    return _plain(doc.split("\n\n", 1)[0].replace("\n", " ").strip())


def _attribute_docs(cls: type) -> dict[str, str]:
    doc = inspect.getdoc(cls) or ""
    if "Attributes:" not in doc:
        return {}
    block = doc.split("Attributes:", 1)[1]
    docs: dict[str, str] = {}
    current = None
    for line in block.splitlines()[1:]:
        if not line.strip():
            if docs:
                break
            continue
        if not line.startswith("    "):
            break
        match = re.match(r"    (\w+): (.*)", line)
        if match:
            current = match.group(1)
            docs[current] = match.group(2).strip()
        elif current is not None:
            docs[current] += " " + line.strip()
    return {name: _plain(text) for name, text in docs.items()}


def _apply(schema: dict[str, Any], constraint: Mapping[str, Any]) -> dict[str, Any]:
    target = schema
    if "anyOf" in schema:  # Optional: constrain the non-null branch
        target = schema["anyOf"][0]
    if target.get("type") == "array":
        target.update({k: v for k, v in constraint.items() if k in _ARRAY_KEYWORDS})
        items = {k: v for k, v in constraint.items() if k not in _ARRAY_KEYWORDS}
        if items and "$ref" not in target["items"]:
            target["items"] = {**target["items"], **items}
    else:
        target.update(constraint)
    return schema


_SCALARS: Mapping[Any, Mapping[str, Any]] = types.MappingProxyType(
    {
        str: {"type": "string"},
        int: {"type": "integer"},
        Decimal: {
            "type": "string",
            "pattern": "^(-0+(\\.0+)?|[0-9]+(\\.[0-9]+)?)$",
            "description": "A non-negative decimal number written as a string.",
        },
        dt.date: {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
    }
)


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and type(None) in args:
        (inner,) = (a for a in args if a is not type(None))
        return {"anyOf": [_type_schema(inner, defs), {"type": "null"}]}
    if _is_homogeneous_tuple(tp):
        return {"type": "array", "items": _type_schema(args[0], defs)}
    if tp in _SCALARS:
        return dict(_SCALARS[tp])
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {
                "title": tp.__name__,
                "description": _first_line(tp),
                "type": "string",
                "enum": [m.value for m in tp],
            }
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if tp is Evidence:
        if "Evidence" not in defs:
            defs["Evidence"] = {
                "title": "Evidence",
                "description": _first_line(Evidence),
                "type": "object",
                "propertyNames": {"pattern": _FIELD_PATH_PATTERN},
                "additionalProperties": {
                    "type": "array",
                    "minItems": 1,
                    "items": _type_schema(Span, defs),
                },
            }
        return {"$ref": "#/$defs/Evidence"}
    if isinstance(tp, type) and attrs.has(tp):
        _class_def(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise ArgumentTypeError(f"no JSON Schema mapping for type {tp!r}")  # pragma: no cover


def _class_def(cls: type, defs: dict[str, Any]) -> None:
    name = cls.__name__
    if name in defs:
        return
    defs[name] = {}  # placeholder: recursive classes refer to themselves
    hints = typing.get_type_hints(cls)
    docs = _attribute_docs(cls)
    model_class = cls.__module__.endswith("._model")
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        schema = _type_schema(hints[field.name], defs)
        if model_class and _is_text(hints[field.name]):
            _apply(schema, _NOT_BLANK)
        if f"{name}.{field.name}" in _FIELD_CONSTRAINTS:
            _apply(schema, _FIELD_CONSTRAINTS[f"{name}.{field.name}"])
        if field.name in docs:
            schema = {"description": docs[field.name], **schema}
        properties[field.name] = schema
        if field.default is attrs.NOTHING:
            required.append(field.name)
    definition: dict[str, Any] = {
        "title": name,
        "description": _first_line(cls),
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    definition.update(_CLASS_CONSTRAINTS.get(name, {}))
    defs[name] = definition


def _is_text(tp: Any) -> bool:
    args = typing.get_args(tp)
    return (
        tp is str
        or (str in args and type(None) in args)
        or (_is_homogeneous_tuple(tp) and args[0] is str)
    )


def _file_name(cls: type) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower() + ".schema.json"


@functools.cache
def _schema_text(cls: type) -> str:
    defs: dict[str, Any] = {}
    _type_schema(cls, defs)
    schema = {
        "$schema": _SCHEMA_DIALECT,
        "$id": _SCHEMA_BASE + _file_name(cls),
        "title": cls.__name__,
        "description": _first_line(cls),
        "$ref": f"#/$defs/{cls.__name__}",
        "$defs": dict(sorted(defs.items())),
    }
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def json_schema(cls: type) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a record class's JSON form, generated from the class.

    Use it to validate records from other programs before :func:`from_dict`, or
    to document the format. A fresh dict each call: change it freely.

    Examples:
        >>> schema = json_schema(Meeting)
        >>> schema["$defs"]["Meeting"]["properties"]["attendance_mode"]["anyOf"][0]
        {'$ref': '#/$defs/AttendanceMode'}
        >>> schema["$defs"]["AttendanceMode"]["enum"]
        ['in_person', 'online', 'hybrid']
    """
    loaded: dict[str, Any] = json.loads(_schema_text(_check_class(cls)))
    return loaded


def schema_files() -> dict[str, str]:
    """The shipped schema files, name -> text, as the generator writes them now.

    Examples:
        >>> sorted(schema_files())[:2]
        ['agreement.schema.json', 'contribution.schema.json']
    """
    return {_file_name(cls): _schema_text(cls) for cls in RECORD_CLASSES}


# --------------------------------------------------------------------------- JSON-LD

_SCHEMA_ORG = "https://schema.org/"
_ATTENDANCE = types.MappingProxyType(
    {
        AttendanceMode.IN_PERSON: "OfflineEventAttendanceMode",
        AttendanceMode.ONLINE: "OnlineEventAttendanceMode",
        AttendanceMode.HYBRID: "MixedEventAttendanceMode",
    }
)
_GENDER = types.MappingProxyType({Gender.FEMALE: "Female", Gender.MALE: "Male"})


def _compact(node: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if v not in (None, [], {})}


def _number(amount: Decimal) -> int | float:
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def _ld_money(money: MonetaryAmount) -> dict[str, Any]:
    value_key = {
        AmountQualifier.UPPER_BOUND: "maxValue",
        AmountQualifier.LOWER_BOUND: "minValue",
    }.get(money.qualifier, "value")
    return _compact(
        {
            "@type": "MonetaryAmount",
            "currency": money.currency,
            value_key: _number(money.amount),
            "description": money.surface,
        }
    )


def _ld_region(region: Region | None) -> dict[str, Any] | None:
    if region is None:
        return None
    return {
        "@type": "AdministrativeArea",
        "identifier": region.code,
        "name": [
            {"@value": region.name_ar, "@language": "ar"},
            {"@value": region.name_fr, "@language": "fr"},
            {"@value": region.name_en, "@language": "en"},
        ],
        "containedInPlace": {"@type": "Country", "identifier": "MA", "name": "Morocco"},
    }


def _ld_org(org: Organization | None) -> dict[str, Any] | None:
    if org is None:
        return None
    names: list[Any] = [{"@value": org.name, "@language": "ar"}]
    if org.name_fr:
        names.append({"@value": org.name_fr, "@language": "fr"})
    return _compact(
        {
            "@type": "GovernmentOrganization"
            if org.kind
            in (OrganizationKind.MINISTRY, OrganizationKind.AGENCY, OrganizationKind.WILAYA)
            else "Organization",
            "name": names,
            "alternateName": org.acronym,
            "identifier": org.id,
            "additionalType": org.kind.value,
            "areaServed": _ld_region(org.region),
        }
    )


def _ld_person(person: Person, posts: tuple[Post, ...] = ()) -> dict[str, Any]:
    return _compact(
        {
            "@type": "Person",
            "name": person.name,
            "gender": _SCHEMA_ORG + _GENDER[person.gender] if person.gender else None,
            "jobTitle": [post.title for post in posts],
            "affiliation": [_ld_org(p.organization) for p in posts if p.organization],
        }
    )


def _ld_participation(part: Participation) -> dict[str, Any]:
    if part.person is not None:
        who = _ld_person(part.person, part.posts)
    else:
        who = _compact(
            {
                "@type": "Organization",
                "name": part.group,
                "description": part.group_kind.value if part.group_kind else None,
            }
        )
    return _compact(
        {
            "@type": "Role",
            "roleName": part.role.value,
            "attendee": who,
            "description": (
                f"on behalf of {part.on_behalf_of.name}" if part.on_behalf_of else None
            ),
        }
    )


def _ld_place(meeting: Meeting) -> dict[str, Any] | None:
    region = _ld_region(meeting.region)
    if meeting.place is None:
        return region
    return _compact(
        {
            "@type": "Place",
            "name": meeting.place.name,
            "additionalType": meeting.place.kind.value,
            "containedInPlace": _ld_region(meeting.place.region) or region,
        }
    )


def _ld_article(article_id: str | None) -> dict[str, Any] | None:
    if article_id is None:
        return None
    return {"@type": "NewsArticle", "identifier": article_id}


def _ld_agreement(agreement: Agreement) -> dict[str, Any]:
    return _compact(
        {
            "@type": "CreativeWork",
            "additionalType": agreement.kind.value,
            "abstract": agreement.purpose,
            "spatialCoverage": _ld_region(agreement.region),
            "audience": [
                {"@type": "PeopleAudience", "audienceType": b.value}
                for b in agreement.beneficiaries
            ],
            "sourceOrganization": [_ld_org(p) for p in agreement.parties],
            "funding": [
                _compact(
                    {
                        "@type": "MonetaryGrant",
                        "funder": _ld_org(c.party)
                        or {"@type": "Organization", "name": c.party_name},
                        "amount": _ld_money(c.amount),
                    }
                )
                for c in agreement.contributions
            ],
            "offers": (
                {"@type": "Offer", "priceSpecification": _ld_money(agreement.total_cost)}
                if agreement.total_cost
                else None
            ),
            "subjectOf": _ld_article(agreement.article_id),
        }
    )


def _ld_meeting(meeting: Meeting) -> dict[str, Any]:
    attendees = [_ld_participation(p) for p in meeting.participants]
    return _compact(
        {
            "@type": "Event",
            "additionalType": meeting.kind.value,
            "name": meeting.topic,
            "startDate": meeting.date.isoformat() if meeting.date else None,
            "dayOfWeek": (
                _SCHEMA_ORG + meeting.weekday.value.capitalize() if meeting.weekday else None
            ),
            "eventAttendanceMode": (
                _SCHEMA_ORG + _ATTENDANCE[meeting.attendance_mode]
                if meeting.attendance_mode
                else None
            ),
            "location": _ld_place(meeting),
            "organizer": _ld_participation(meeting.chair) if meeting.chair else None,
            "attendee": attendees,
            "superEvent": (
                {"@type": "EventSeries", "additionalType": meeting.kind.value}
                if meeting.ordinal is not None
                else None
            ),
            "position": meeting.ordinal,
            "about": [
                _compact(
                    {
                        "@type": "CreativeWork",
                        "additionalType": "strategy",
                        "name": meeting.strategy.name,
                        "temporalCoverage": (
                            f"{meeting.strategy.period.start}/{meeting.strategy.period.end}"
                            if meeting.strategy.period
                            else None
                        ),
                        "keywords": list(meeting.strategy.pillars),
                        "creator": _ld_org(meeting.strategy.organization),
                    }
                )
                if meeting.strategy
                else None,
                *(
                    _compact(
                        {
                            "@type": "Organization",
                            "additionalType": "programme",
                            "name": p.name,
                            "description": p.description,
                            "member": [_ld_org(m) for m in p.members],
                        }
                    )
                    for p in meeting.programmes
                ),
            ],
            "recordedIn": [
                _compact(
                    {
                        "@type": "Quotation",
                        "text": q.text,
                        "spokenByCharacter": _ld_person(q.speaker) if q.speaker else None,
                    }
                )
                for q in meeting.quotes
            ],
            "workFeatured": [_ld_agreement(a) for a in meeting.agreements],
            "subjectOf": _ld_article(meeting.article_id),
        }
    )


def to_jsonld(record: Meeting | Agreement) -> dict[str, Any]:
    """A schema.org JSON-LD description of a meeting (``Event``) or an agreement.

    Meetings map to ``Event`` (``eventAttendanceMode``, ``location``, the chair as a
    ``Role`` in ``organizer``, the series as ``superEvent`` with ``position``);
    agreements to a ``CreativeWork`` whose cost is a ``MonetaryAmount`` (an upper
    bound as ``maxValue``). ``docs/model.md`` lists every mapping.

    Examples:
        >>> m = Meeting(MeetingKind.REGIONAL_CONSULTATION, attendance_mode=AttendanceMode.HYBRID)
        >>> ld = to_jsonld(m)
        >>> ld["@type"], ld["eventAttendanceMode"]
        ('Event', 'https://schema.org/MixedEventAttendanceMode')
    """
    if isinstance(record, Meeting):
        node = _ld_meeting(record)
    elif isinstance(record, Agreement):
        node = _ld_agreement(record)
    else:
        raise ArgumentTypeError(
            f"to_jsonld takes a Meeting or an Agreement (got {type(record).__name__})"
        )
    node["about"] = [a for a in node.get("about", []) if a] or None
    return {"@context": "https://schema.org", **_compact(node)}


# --------------------------------------------------------------------------- flat records


def _columns(
    cls: type, prefix: str, seen: tuple[type, ...]
) -> list[tuple[str, tuple[str, ...], str]]:
    """(column, attribute path, how) for each flat column of ``cls``."""
    hints = typing.get_type_hints(cls)
    out: list[tuple[str, tuple[str, ...], str]] = []
    for field in attrs.fields(cls):
        tp = hints[field.name]
        args = typing.get_args(tp)
        inner = next((a for a in args if a is not type(None)), tp) if type(None) in args else tp
        name = f"{prefix}{field.name}"
        if (
            isinstance(inner, type)
            and attrs.has(inner)
            and inner is not Evidence
            and inner not in seen
        ):
            for col, path, how in _columns(inner, f"{name}.", (*seen, inner)):
                out.append((col, (field.name, *path), how))
        elif isinstance(inner, type) and (attrs.has(inner) or inner is Evidence):
            out.append((name, (field.name,), "json"))
        elif _is_homogeneous_tuple(inner):
            item = typing.get_args(inner)[0]
            scalar = item is str or (isinstance(item, type) and issubclass(item, enum.Enum))
            out.append((name, (field.name,), "list" if scalar else "json"))
        else:
            out.append((name, (field.name,), "value"))
    return out


def to_records(objs: Iterable[Meeting | Agreement]) -> list[dict[str, Any]]:
    """Flat rows, one per meeting or agreement, for pandas, polars or pyarrow.

    Nested records become dotted columns (``region.code``, ``chair.person.name``),
    the same columns in every row (``None`` where absent); tuples of codes or
    strings stay lists; tuples of records and ``evidence`` are JSON text. Values
    are as in the JSON form (amounts as decimal strings, dates as ISO strings).

    Examples:
        >>> m = Meeting(MeetingKind.LAUNCH, ordinal=2)
        >>> row = to_records([m])[0]
        >>> row["kind"], row["ordinal"], row["region.code"]
        ('launch', 2, None)
    """
    rows: list[dict[str, Any]] = []
    cls: type | None = None
    for obj in objs:
        if not isinstance(obj, (Meeting, Agreement)):
            raise ArgumentTypeError(
                f"to_records takes Meetings or Agreements (got {type(obj).__name__})"
            )
        if cls is None:
            cls = type(obj)
        elif type(obj) is not cls:
            raise ArgumentTypeError(
                f"to_records needs records of one class per table (got {cls.__name__} "
                f"and {type(obj).__name__}); make one table of each"
            )
        data = to_dict(obj)
        row: dict[str, Any] = {}
        for column, path, how in _columns(cls, "", (cls,)):
            value: Any = data
            for key in path:
                value = value.get(key) if isinstance(value, dict) else None
            if how == "json":
                value = None if value is None else json.dumps(value, ensure_ascii=False)
            row[column] = value
        rows.append(row)
    return rows
