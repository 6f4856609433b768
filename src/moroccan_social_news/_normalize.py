"""Arabic text normalisation: named steps, presets, and exact offsets back to the original.

A :class:`Step` is a named, documented, pure ``str -> str`` function. Most steps are
character tables (data, see :mod:`._charmaps`); consecutive table steps are composed
into one table and run in a single fused pass, which is what makes the presets fast.
A :class:`Normalizer` is an ordered list of steps; the presets ``display``, ``search``
and ``strict`` are Normalizers. :func:`normalize_with_offsets` also returns an
alignment (:class:`NormalizedText`) mapping spans of the normalised text back to the
original, so anything found in normalised text can be reported in the published text.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import accumulate, repeat
from types import MappingProxyType

import attrs

from . import _charmaps as cm
from ._errors import (
    ArgumentTypeError,
    InvalidValueError,
    UnknownPresetError,
    UnknownStepError,
)

__all__ = [
    "NormalizedText",
    "Normalizer",
    "Step",
    "normalization_presets",
    "normalization_steps",
    "normalize",
    "normalize_with_offsets",
]

# Edits: four parallel lists (orig_start, orig_end, norm_start, norm_end), sorted and
# non-overlapping; between edits the mapping is the identity shifted by a constant.
_Edits = tuple[list[int], list[int], list[int], list[int]]


def _no_edits() -> _Edits:
    return [], [], [], []


def _char_class(chars: Iterable[str]) -> str:
    """A regex character class matching exactly ``chars`` (ranges collapsed)."""
    points = sorted({ord(c) for c in chars})
    parts: list[str] = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        first, last = (f"\\U{points[k]:08x}" for k in (i, j))
        parts.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "[" + "".join(parts) + "]"


def _compose_tables(first: Mapping[str, str], second: Mapping[str, str]) -> dict[str, str]:
    """The table equal to applying ``first`` then ``second`` (both per character)."""
    out: dict[str, str] = {}
    for key in {**first, **second}:
        value = first.get(key, key)
        mapped = "".join(second.get(c, c) for c in value)
        if mapped != key:
            out[key] = mapped
    return out


class _Codec:
    """Fast path for a table: encode to one byte per character, translate, decode.

    ``bytes.translate`` runs at memory speed. Characters of the text that have no byte
    here make :meth:`apply` return ``None`` and the caller uses the general path.
    """

    __slots__ = (
        "decode_map",
        "delete",
        "encode_map",
        "expansions",
        "mask_ok",
        "question_re",
        "size_table",
        "squeeze_table",
        "translate",
    )

    def __init__(  # noqa: PLR0912  # one pass over the slots fills every table
        self, table: Mapping[str, str], priority: str, squeeze: str | None
    ) -> None:
        slots: dict[str, int] = {}

        def assign(chars: Iterable[str]) -> bool:
            new = [c for c in dict.fromkeys(chars) if c not in slots]
            if len(slots) + len(new) > 256:
                return False
            for c in new:
                slots[c] = len(slots)
            return True

        assign("\x00")  # the codec's fast encoding map needs byte 0 <-> U+0000
        for c in priority:
            if c in table:
                assign([c, *table[c]])
            else:
                assign(c)
        for key in sorted(table):
            assign([key, *table[key]])
        decoding = ["\ufffe"] * 256
        for c, b in slots.items():
            decoding[b] = c
        self.decode_map = "".join(decoding)
        self.encode_map = codecs.charmap_build(self.decode_map)
        translate = list(range(256))
        delete = []
        expansions = []
        for c, b in slots.items():
            value = table.get(c)
            if value is None:
                continue
            if value == "":
                delete.append(b)
            elif len(value) == 1:
                translate[b] = slots[value]
            else:
                expansions.append((bytes([b]), bytes(slots[v] for v in value)))
        self.translate = bytes(translate)
        self.delete = bytes(delete)
        self.expansions = tuple(expansions)
        # For alignments: how many output characters each byte becomes, and which
        # bytes become the squeezed character (b"s") or nothing (b"d").
        sizes = [1] * 256
        kinds = bytearray(b"x" * 256)
        for c, b in slots.items():
            value = table.get(c, c)
            sizes[b] = len(value)
            if value == "":
                kinds[b] = ord("d")
            elif squeeze is not None and value == squeeze:
                kinds[b] = ord("s")
        self.size_table = bytes(sizes)
        # charmap_encode(errors="replace") writes "?" for each character it lacks.
        self.question_re = re.compile(re.escape(bytes([slots["?"]]))) if "?" in slots else None
        self.squeeze_table = bytes(kinds)
        # The mask alignment needs squeezed characters to come from 1-character values.
        self.mask_ok = squeeze is None or not any(
            squeeze in table.get(c, c) for c in slots if len(table.get(c, c)) > 1
        )

    def encode(self, text: str) -> bytes | None:
        try:
            return codecs.charmap_encode(text, "strict", self.encode_map)[0]
        except UnicodeEncodeError:
            return None

    def apply(self, text: str) -> str | None:
        try:
            encoded = codecs.charmap_encode(text, "strict", self.encode_map)[0]
        except UnicodeEncodeError:
            return None
        mapped = encoded.translate(self.translate, self.delete)
        for key, value in self.expansions:
            if key in mapped:
                mapped = mapped.replace(key, value)
        if mapped == encoded:
            return text
        try:
            return codecs.charmap_decode(mapped, "strict", self.decode_map)[0]
        except UnicodeDecodeError:  # U+FFFE in the input; let the general path handle it
            return None


class _TablePlan:
    """One composed character table, optionally followed by squeezing a character."""

    __slots__ = (
        "big_guard",
        "big_re",
        "big_table",
        "chain",
        "codec",
        "edit_re",
        "general_mask_ok",
        "nfkc_guard",
        "output_sizes",
        "sizes",
        "sizes_max",
        "squeezer",
        "table",
        "translate_table",
    )

    def __init__(self, table: Mapping[str, str], squeeze: str | None) -> None:
        self.table = dict(table)
        self.squeezer = (
            (squeeze, squeeze * 2, re.compile(re.escape(squeeze) + "{2,}")) if squeeze else None
        )
        keys = set(self.table)
        # Sequential str.replace equals a simultaneous map only if no output is a key.
        safe = not any(c in keys for v in self.table.values() for c in v)
        self.translate_table = None if safe else {ord(k): v for k, v in self.table.items()}
        self.codec = _Codec(self.table, cm.COMMON_CHARS, squeeze) if safe and self.table else None
        sizes = {len(v) for v in self.table.values()}
        self.output_sizes = tuple(sorted(sizes - {1}))
        self.sizes_max = max(sizes, default=1)
        # Characters outside the codec are aligned one by one; that needs squeezed
        # characters never to sit at the edge of a longer value (or twice inside it).
        self.general_mask_ok = squeeze is None or not any(
            len(v) > 1 and (v[0] == squeeze or v[-1] == squeeze or squeeze * 2 in v)
            for v in self.table.values()
        )
        blocks: dict[int, list[str]] = {}
        for key in keys:
            blocks.setdefault(ord(key) >> 8, []).append(key)
        big = {
            k
            for block in blocks.values()
            if len(block) > 100
            for k in block
            if unicodedata.normalize("NFKC", k) != k
        }
        self.big_re = re.compile(_char_class(big) + "+") if big else None
        self.big_table = {ord(k): self.table[k] for k in big}
        # Every big key changes under NFKC, so NFKC-normalised text contains none.
        self.big_guard = bool(big)
        self.chain = tuple(sorted((k, v) for k, v in self.table.items() if k not in big))
        deletions = [k for k, v in self.table.items() if v == ""]
        expansions = [k for k, v in self.table.items() if len(v) > 1]
        self.sizes = {k: len(self.table[k]) for k in expansions}
        # If every expansion key changes under NFKC, NFKC-normalised text has none.
        self.nfkc_guard = all(unicodedata.normalize("NFKC", k) != k for k in expansions)
        alternatives = [_char_class(deletions) + "+"] if deletions else []
        if expansions:
            alternatives.append(_char_class(expansions))
        self.edit_re = re.compile("|".join(alternatives)) if alternatives else None

    def _map(self, text: str) -> str:
        if not self.table:
            return text
        codec = self.codec
        if codec is None:
            return self._general(text)
        if len(text) <= _CHUNK:
            done = codec.apply(text)
            return self._general(text) if done is None else done
        # Long texts go in chunks, so that a rare character (an emoji, a French accent)
        # sends only its chunk down the general path. The map is per character, so
        # chunk borders do not matter.
        parts = []
        for start in range(0, len(text), _CHUNK):
            chunk = text[start : start + _CHUNK]
            done = codec.apply(chunk)
            parts.append(self._general(chunk) if done is None else done)
        return "".join(parts)

    def _general(self, text: str) -> str:
        """The table applied by ``str.replace`` chains and a regex for big key blocks."""
        if self.translate_table is not None:
            return text.translate(self.translate_table)
        if self.big_re is not None and not unicodedata.is_normalized("NFKC", text):
            big = self.big_table
            text = self.big_re.sub(lambda m: m.group().translate(big), text)
        for key, value in self.chain:
            if key in text:
                text = text.replace(key, value)
        return text

    def _squeeze(self, text: str) -> str:
        if self.squeezer is None or self.squeezer[1] not in text:
            return text
        return self.squeezer[2].sub(self.squeezer[0], text)

    def apply(self, text: str) -> str:
        return self._squeeze(self._map(text))

    def _map_edits(self, text: str, mapped: str) -> _Edits:
        """Where the table changed lengths: deletion runs and expansions."""
        if self.edit_re is None or (
            len(mapped) == len(text)
            and (not self.sizes or (self.nfkc_guard and unicodedata.is_normalized("NFKC", text)))
        ):
            return _no_edits()
        spans = [m.span() for m in self.edit_re.finditer(text)]
        o1 = [s for s, _ in spans]
        o2 = [e for _, e in spans]
        if not self.sizes:  # deletions only (the common case)
            shrink = accumulate((e - s for s, e in spans), initial=0)
            n1 = [s - d for s, d in zip(o1, shrink, strict=False)]
            return o1, o2, n1, n1
        get = self.sizes.get
        sizes = [get(text[s], 0) for s in o1]
        shrink = accumulate((e - s - k for (s, e), k in zip(spans, sizes, strict=True)), initial=0)
        n1 = [s - d for s, d in zip(o1, shrink, strict=False)]
        n2 = [n + k for n, k in zip(n1, sizes, strict=True)]
        return o1, o2, n1, n2

    def _squeeze_edits(self, text: str) -> _Edits:
        o1, o2, n1, n2 = _no_edits()
        if self.squeezer is None or self.squeezer[1] not in text:
            return o1, o2, n1, n2
        shift = 0
        for m in self.squeezer[2].finditer(text):
            s, e = m.span()
            n = s + 1 - shift
            o1.append(s + 1)
            o2.append(e)
            n1.append(n)
            n2.append(n)
            shift += e - s - 1
        return o1, o2, n1, n2

    def apply_with_mask(self, text: str) -> tuple[str, _MaskAlignment] | None:
        """Normalise and align by a byte mask, if the codec covers ``text``."""
        codec = self.codec
        if codec is None or not codec.mask_ok or self.sizes_max > 255:
            return None
        masks, kinds_parts = [], []
        for start in range(0, len(text), _CHUNK):
            chunk = text[start : start + _CHUNK]
            encoded = codec.encode(chunk)
            if encoded is not None:
                masks.append(encoded.translate(codec.size_table))
                kinds_parts.append(encoded.translate(codec.squeeze_table))
            elif self.general_mask_ok:
                mask_part, kinds_part = self._general_mask(chunk, codec)
                masks.append(mask_part)
                kinds_parts.append(kinds_part)
            else:
                return None
        out = self.apply(text)
        mask = b"".join(masks)
        kinds = b"".join(kinds_parts) if self.squeezer is not None else b""
        if b"ss" in kinds or b"sd" in kinds:  # a run to squeeze may start here
            editable = bytearray(mask)
            for m in _SQUEEZE_RUN.finditer(kinds):
                editable[m.start() + 1 : m.end()] = bytes(m.end() - m.start() - 1)
            mask = bytes(editable)
        return out, _MaskAlignment(mask, self.output_sizes)

    def _general_mask(self, chunk: str, codec: _Codec) -> tuple[bytes, bytes]:
        """Mask and squeeze classes of a chunk with characters outside the codec."""
        question = codec.question_re
        encoded = codecs.charmap_encode(chunk, "replace", codec.encode_map)[0]
        if question is None or len(encoded) != len(chunk):  # pragma: no cover
            values = [self.table.get(c, c) for c in chunk]
            return bytes(map(len, values)), bytes(self.kind_of(v) for v in values)
        mask = bytearray(encoded.translate(codec.size_table))
        kinds = bytearray(encoded.translate(codec.squeeze_table))
        for hit in question.finditer(encoded):  # "?" stands for the others
            i = hit.start()
            value = self.table.get(chunk[i], chunk[i])
            mask[i] = len(value)
            kinds[i] = self.kind_of(value)
        return bytes(mask), bytes(kinds)

    def kind_of(self, value: str) -> int:
        """Squeeze class of a character's output: deleted, the squeezed char, other."""
        if value == "":
            return ord("d")
        return ord("s") if self.squeezer is not None and value == self.squeezer[0] else ord("x")

    def apply_with_edits(self, text: str) -> tuple[str, _Edits]:
        mapped = self._map(text)
        edits = self._map_edits(text, mapped) if mapped is not text else _no_edits()
        out = self._squeeze(mapped)
        if out is mapped:
            return out, edits
        return out, _compose(edits, self._squeeze_edits(mapped))


_SQUEEZE_RUN = re.compile(rb"s(?:d*s)+")
_CHUNK = 1 << 16
_BLOCK = 4096
_OWNER_TABLE_LIMIT = 1 << 22  # characters; the table costs 4 bytes per output character


_NOT_ONE = re.compile(rb"[^\x01]")


def _owner_table(mask: bytes) -> array[int]:
    """``table[n]`` = the original character output character ``n`` came from.

    Runs of characters that map to exactly one output character are copied as
    ranges; only deleted or expanded characters are visited one by one.
    """
    table = array("i")
    done = 0
    for match in _NOT_ONE.finditer(mask):
        i = match.start()
        table.extend(range(done, i))
        table.extend(repeat(i, mask[i]))
        done = i + 1
    table.extend(range(done, len(mask)))
    return table


class _MaskAlignment:
    """Alignment as one byte per original character: how many output characters it made.

    Built at memory speed from the codec's bytes; prefix sums are kept per block of
    4096 characters and refined with ``bytes.count`` on demand.
    """

    __slots__ = ("cum", "mask", "owners", "sizes")

    def __init__(self, mask: bytes, sizes: tuple[int, ...]) -> None:
        self.mask = mask
        # For article-sized texts, a table "output character -> original character",
        # built on first lookup, makes every later lookup O(1) (extraction maps dozens
        # of spans per article). Large texts keep the compact per-block search.
        self.owners: array[int] | None = None
        self.sizes = sizes  # output sizes other than 1 that occur in the table
        self.cum = array(
            "q",
            accumulate(
                (self._count(b, b + _BLOCK) for b in range(0, len(mask), _BLOCK)), initial=0
            ),
        )

    def _count(self, start: int, end: int) -> int:
        """Output characters made by ``original[start:end]``."""
        mask = self.mask
        total = end - start if end <= len(mask) else len(mask) - start
        for size in self.sizes:
            total += (size - 1) * mask.count(size, start, end)
        return total

    def prefix(self, i: int) -> int:
        """Output characters made by ``original[:i]``."""
        block = i // _BLOCK
        return self.cum[block] + self._count(block * _BLOCK, i)

    def owner(self, n: int) -> int:
        """The original character that output character ``n`` came from."""
        table = self.owners
        if table is None and len(self.mask) <= _OWNER_TABLE_LIMIT:
            table = self.owners = _owner_table(self.mask)
        if table is not None:
            return table[n]
        block = bisect_right(self.cum, n) - 1
        low, high = block * _BLOCK, min(len(self.mask), (block + 1) * _BLOCK)
        base = self.cum[block]
        while low < high:  # last i with prefix(i) <= n, then skip deleted characters
            mid = (low + high + 1) // 2
            if base + self._count(block * _BLOCK, mid) <= n:
                low = mid
            else:
                high = mid - 1
        return low

    def original_span(
        self, start: int, end: int, size: int, original_size: int
    ) -> tuple[int, int]:
        if start == size:
            return original_size, original_size
        first = self.owner(start)
        return (first, first) if start == end else (first, self.owner(end - 1) + 1)

    def normalized_span(
        self, start: int, end: int, size: int, normalized_size: int
    ) -> tuple[int, int]:
        return self.prefix(start), self.prefix(end)


class _EditAlignment:
    """Alignment as the list of places where lengths changed (see ``_Edits``)."""

    __slots__ = ("n1", "n2", "o1", "o2")

    def __init__(self, edits: _Edits, size: int) -> None:
        code = "i" if size < 2**31 else "q"
        self.o1, self.o2, self.n1, self.n2 = (array(code, values) for values in edits)

    @staticmethod
    def _piece(
        c: int,
        ends_from: array[int],
        starts_from: array[int],
        ends_to: array[int],
        starts_to: array[int],
    ) -> tuple[int, int]:
        """The piece of the other side that character ``c`` belongs to."""
        k = bisect_right(ends_from, c) - 1
        delta = ends_to[k] - ends_from[k] if k >= 0 else 0
        if k + 1 < len(starts_from) and starts_from[k + 1] <= c:
            return starts_to[k + 1], ends_to[k + 1]
        return c + delta, c + delta + 1

    def original_span(
        self, start: int, end: int, size: int, original_size: int
    ) -> tuple[int, int]:
        if not self.o1:
            return start, end
        if start == size:
            return original_size, original_size
        s = self._piece(start, self.n2, self.n1, self.o2, self.o1)[0]
        if start == end:
            return s, s
        return s, self._piece(end - 1, self.n2, self.n1, self.o2, self.o1)[1]

    def normalized_span(
        self, start: int, end: int, size: int, normalized_size: int
    ) -> tuple[int, int]:
        if not self.o1:
            return start, end
        if start == size:
            return normalized_size, normalized_size
        s = self._piece(start, self.o2, self.o1, self.n2, self.n1)[0]
        if start == end:
            return s, s
        return s, max(s, self._piece(end - 1, self.o2, self.o1, self.n2, self.n1)[1])


class _FunctionPlan:
    """A step given as a plain function: aligned by its unchanged prefix and suffix."""

    __slots__ = ("func", "name")

    def __init__(self, name: str, func: Callable[[str], str]) -> None:
        self.name = name
        self.func = func

    def apply(self, text: str) -> str:
        out = self.func(text)
        if not isinstance(out, str):
            raise ArgumentTypeError(
                f"normalisation step {self.name!r} must return str, got {type(out).__name__}"
            )
        return out

    def apply_with_edits(self, text: str) -> tuple[str, _Edits]:
        out = self.apply(text)
        if out == text:
            return out, _no_edits()
        prefix = _common_prefix(text, out)
        suffix = _common_suffix(text, out, min(len(text), len(out)) - prefix)
        return out, ([prefix], [len(text) - suffix], [prefix], [len(out) - suffix])


def _common_prefix(a: str, b: str) -> int:
    low, high = 0, min(len(a), len(b))
    while low < high:  # largest p with a[:p] == b[:p], by bisection on slices
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    low, high = 0, limit
    while low < high:
        mid = (low + high + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            low = mid
        else:
            high = mid - 1
    return low


def _compose(first: _Edits, second: _Edits) -> _Edits:
    """Edits of ``second`` after ``first`` (original -> middle -> final)."""
    if not second[0]:
        return first
    if not first[0]:
        return second
    ao1, ao2, an1, an2 = first
    bo1, bo2, _, bn2 = second
    o1, o2, n1, n2 = _no_edits()
    i = j = 0
    da = db = 0  # original - middle, final - middle, in unchanged stretches
    na, nb = len(ao1), len(bo1)
    while i < na or j < nb:
        da_before, db_before = da, db
        if j >= nb or (i < na and an1[i] <= bo1[j]):
            c1, c2 = an1[i], an2[i]
            da = ao2[i] - an2[i]
            i += 1
        else:
            c1, c2 = bo1[j], bo2[j]
            db = bn2[j] - bo2[j]
            j += 1
        while True:  # absorb every edit that starts inside the cluster [c1, c2)
            if i < na and an1[i] < c2:
                c2 = max(c2, an2[i])
                da = ao2[i] - an2[i]
                i += 1
            elif j < nb and bo1[j] < c2:
                c2 = max(c2, bo2[j])
                db = bn2[j] - bo2[j]
                j += 1
            else:
                break
        s, e = c1 + da_before, c2 + da
        t, u = c1 + db_before, c2 + db
        if s != e or t != u:
            o1.append(s)
            o2.append(e)
            n1.append(t)
            n2.append(u)
    return o1, o2, n1, n2


@attrs.frozen
class Step:
    """One named normalisation step: a pure ``str -> str`` function with a description.

    Give either ``func`` (any function) or ``table`` (a character map, ``""`` deletes;
    optionally ``squeeze``: runs of that character become one after mapping). Table
    steps are fused with their neighbours into one fast pass and align exactly,
    character by character; a ``func`` step is aligned by its unchanged prefix and
    suffix, so what it changes maps back as one block.

    Attributes:
        name: Identifier used in :class:`Normalizer` lists and listings.
        func: The function, for steps that are not tables.
        table: Character -> replacement, for table steps.
        squeeze: Character whose runs are reduced to one after the table is applied.
        doc: One line saying what the step does and why.

    Examples:
        >>> drop_dots = Step("drop_dots", table={".": ""}, doc="Remove full stops.")
        >>> drop_dots("نعم.")
        'نعم'
        >>> Step("upper", func=str.upper)("abc")
        'ABC'
    """

    name: str = attrs.field()
    func: Callable[[str], str] | None = attrs.field(default=None, kw_only=True)
    table: Mapping[str, str] | None = attrs.field(default=None, kw_only=True, hash=False)
    squeeze: str | None = attrs.field(default=None, kw_only=True)
    doc: str = attrs.field(default="", kw_only=True)
    _plan: _TablePlan | _FunctionPlan = attrs.field(init=False, repr=False, eq=False)

    @name.validator
    def _check_name(self, _: object, value: object) -> None:
        if not isinstance(value, str) or not value:
            raise ArgumentTypeError(f"Step.name must be a non-empty str, got {value!r}")

    @doc.validator
    def _check_doc(self, _: object, value: object) -> None:
        if not isinstance(value, str):
            raise ArgumentTypeError(f"Step.doc must be a str, got {type(value).__name__}")

    def __attrs_post_init__(self) -> None:
        if (self.func is None) == (self.table is None):
            raise ArgumentTypeError(f"Step {self.name!r}: give exactly one of func= or table=")
        if self.func is not None:
            if not callable(self.func):
                raise ArgumentTypeError(f"Step.func must be callable, got {self.func!r}")
            if self.squeeze is not None:
                raise ArgumentTypeError(f"Step {self.name!r}: squeeze= needs table=, not func=")
            object.__setattr__(self, "_plan", _FunctionPlan(self.name, self.func))
            return
        table: object = self.table
        if not isinstance(table, Mapping) or not all(
            isinstance(k, str) and len(k) == 1 and isinstance(v, str) for k, v in table.items()
        ):
            raise ArgumentTypeError(
                f"Step.table must map single characters to str, got {table!r}"[:300]
            )
        squeeze: object = self.squeeze
        if squeeze is not None and (not isinstance(squeeze, str) or len(squeeze) != 1):
            raise ArgumentTypeError(
                f"Step.squeeze must be one character or None, got {self.squeeze!r}"
            )
        frozen = MappingProxyType({k: v for k, v in table.items() if k != v})
        object.__setattr__(self, "table", frozen)
        object.__setattr__(self, "_plan", _TablePlan(frozen, self.squeeze))

    def __call__(self, text: str) -> str:
        """Apply this step alone to ``text``."""
        _check_text(text, f"Step {self.name!r}")
        return self._plan.apply(text)


def _check_text(text: object, where: str) -> None:
    if not isinstance(text, str):
        raise ArgumentTypeError(f"{where} expected text as str, got {type(text).__name__}")


@functools.cache
def normalization_steps() -> Mapping[str, Step]:
    """The built-in steps by name (read-only), in the order the presets apply them.

    List them to see what each does; pass names, these :class:`Step` objects or your
    own steps to :class:`Normalizer`.

    Examples:
        >>> steps = normalization_steps()
        >>> steps["unify_alef"]("أحمد إلى آخر")
        'احمد الى اخر'
        >>> "strip_diacritics" in steps
        True
    """
    steps = (
        Step(
            "unicode",
            table=cm.presentation_forms_table(),
            doc="NFKC of Arabic presentation forms and ligatures only "
            "(U+FB50-U+FDFF, U+FE70-U+FEFF), e.g. ﻻ -> لا; other text is left as is.",
        ),
        Step(
            "remove_invisible",
            table=cm.INVISIBLE_TABLE,
            doc="Delete invisible and bidi controls (U+200B-U+200F, U+202A-U+202E, "
            "U+2066-U+2069, U+FEFF, U+061C) and soft hyphens (U+00AD).",
        ),
        Step("remove_tatweel", table=cm.TATWEEL_TABLE, doc="Delete tatweel ـ (U+0640)."),
        Step(
            "strip_diacritics",
            table=cm.DIACRITICS_TABLE,
            doc="Delete harakat, tanwin, shadda, sukun and other marks (U+064B-U+065F), "
            "superscript alef (U+0670) and Quranic annotation signs (U+06D6-U+06ED).",
        ),
        Step("unify_alef", table=cm.UNIFY_ALEF_TABLE, doc="أ إ آ ٱ -> ا."),
        Step("alef_maqsura", table=cm.ALEF_MAKSURA_TABLE, doc="Alef maqsura ى -> yeh ي."),
        Step("teh_marbuta", table=cm.TEH_MARBUTA_TABLE, doc="Teh marbuta ة -> heh ه."),
        Step(
            "hamza_carriers",
            table=cm.HAMZA_CARRIERS_TABLE,
            doc="Hamza on waw/yeh ؤ ئ -> hamza ء (only in the strict preset).",
        ),
        Step(
            "digits_ascii",
            table=cm.DIGITS_TABLE,
            doc="Arabic-Indic ٠-٩ and Persian ۰-۹ digits -> 0-9; decimal separator ٫ -> "
            "'.', thousands separator ٬ -> ','.",
        ),
        Step(
            "arabic_punctuation",
            table=cm.ARABIC_PUNCTUATION_TABLE,
            doc="Arabic comma، semicolon؛ question mark؟ -> , ; ?",
        ),
        Step(
            "typographic_punctuation",
            table=cm.TYPOGRAPHIC_PUNCTUATION_TABLE,
            doc="Typographic quotes “ ” « » „ ‟ ″ -> \", ‘ ’ -> ', dashes – — ‒ − ‐ -> -.",
        ),
        Step(
            "whitespace",
            table=cm.WHITESPACE_TABLE,
            squeeze=" ",
            doc="Tabs, NBSP and other Unicode spaces -> space, then runs of spaces -> one; "
            "line breaks are kept.",
        ),
    )
    return MappingProxyType({s.name: s for s in steps})


_PRESETS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "display": ("unicode", "remove_invisible", "typographic_punctuation", "whitespace"),
        "search": (
            "unicode",
            "remove_invisible",
            "remove_tatweel",
            "strip_diacritics",
            "unify_alef",
            "alef_maqsura",
            "teh_marbuta",
            "digits_ascii",
            "arabic_punctuation",
            "typographic_punctuation",
            "whitespace",
        ),
        "strict": (
            "unicode",
            "remove_invisible",
            "remove_tatweel",
            "strip_diacritics",
            "unify_alef",
            "alef_maqsura",
            "teh_marbuta",
            "hamza_carriers",
            "digits_ascii",
            "arabic_punctuation",
            "typographic_punctuation",
            "whitespace",
        ),
    }
)


def normalization_presets() -> Mapping[str, tuple[str, ...]]:
    """The built-in presets: name -> the names of their steps, in order (read-only).

    Examples:
        >>> normalization_presets()["display"]
        ('unicode', 'remove_invisible', 'typographic_punctuation', 'whitespace')
        >>> sorted(normalization_presets())
        ['display', 'search', 'strict']
    """
    return _PRESETS


def _to_step(item: object) -> Step:
    if isinstance(item, Step):
        return item
    if isinstance(item, str):
        steps = normalization_steps()
        if item not in steps:
            raise UnknownStepError(item, steps)
        return steps[item]
    if callable(item):
        name = getattr(item, "__name__", None) or type(item).__name__
        return Step(name, func=item, doc=(getattr(item, "__doc__", None) or "").strip())
    raise ArgumentTypeError(
        f"Normalizer steps must be step names (str), Step objects or str -> str "
        f"functions, got {type(item).__name__}"
    )


def _to_steps(items: Iterable[Step | str | Callable[[str], str]]) -> tuple[Step, ...]:
    if isinstance(items, str) or not isinstance(items, Iterable):
        raise ArgumentTypeError(
            f"Normalizer takes a list of steps, got {type(items).__name__}: {items!r}"[:200]
        )
    return tuple(_to_step(item) for item in items)


def _compile(steps: Sequence[Step]) -> tuple[_TablePlan | _FunctionPlan, ...]:
    """Fuse consecutive table steps into one table (up to and incl. a squeezing one)."""
    plans: list[_TablePlan | _FunctionPlan] = []
    table: dict[str, str] | None = None
    for step in steps:
        if step.table is None:
            if table is not None:
                plans.append(_TablePlan(table, None))
                table = None
            plans.append(step._plan)
            continue
        table = dict(step.table) if table is None else _compose_tables(table, step.table)
        if step.squeeze is not None:
            plans.append(_TablePlan(table, step.squeeze))
            table = None
    if table is not None:
        plans.append(_TablePlan(table, None))
    return tuple(plans)


@attrs.frozen
class Normalizer:
    """An ordered list of steps, applied one after the other, fused where possible.

    Items may be built-in step names (see :func:`normalization_steps`), :class:`Step`
    objects or plain ``str -> str`` functions. Pass a Normalizer wherever a preset
    name is accepted.

    Attributes:
        steps: The steps, in order.

    Examples:
        >>> n = Normalizer(["strip_diacritics", "unify_alef", "digits_ascii"])
        >>> n("أَحْمَد ٢٠٢٤")
        'احمد 2024'
        >>> n.names
        ('strip_diacritics', 'unify_alef', 'digits_ascii')
    """

    steps: tuple[Step, ...] = attrs.field(converter=_to_steps)
    _plans: tuple[_TablePlan | _FunctionPlan, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_plans", _compile(self.steps))

    @property
    def names(self) -> tuple[str, ...]:
        """The step names, in order."""
        return tuple(s.name for s in self.steps)

    def __call__(self, text: str) -> str:
        """Normalise ``text``."""
        _check_text(text, "Normalizer")
        for plan in self._plans:
            text = plan.apply(text)
        return text

    def with_offsets(self, text: str) -> NormalizedText:
        """Normalise ``text`` and keep the alignment to it (see :class:`NormalizedText`)."""
        _check_text(text, "Normalizer.with_offsets")
        if len(self._plans) == 1 and isinstance(self._plans[0], _TablePlan):
            done = self._plans[0].apply_with_mask(text)
            if done is not None:
                return NormalizedText(text, done[0], done[1])
        edits = _no_edits()
        out = text
        for plan in self._plans:
            out, step_edits = plan.apply_with_edits(out)
            edits = _compose(edits, step_edits)
        return NormalizedText(text, out, _EditAlignment(edits, max(len(text), len(out))))


@functools.cache
def _preset(name: str) -> Normalizer:
    return Normalizer(_PRESETS[name])


def _resolve(preset: object) -> Normalizer:
    if isinstance(preset, Normalizer):
        return preset
    if isinstance(preset, str):
        if preset not in _PRESETS:
            raise UnknownPresetError(preset, _PRESETS)
        return _preset(preset)
    raise ArgumentTypeError(
        f"preset must be a preset name (str) or a Normalizer, got {type(preset).__name__}"
    )


def normalize(text: str, preset: str | Normalizer = "search") -> str:
    """Normalise Arabic ``text`` for matching (``search``), display or strict matching.

    ``search`` strips diacritics and tatweel, unifies alef forms, ى -> ي, ة -> ه, makes
    digits ASCII and unifies punctuation and spaces, so that spelling variants of
    the same word compare equal. Line breaks and Latin case are kept.

    Examples:
        >>> normalize("الإلتقائية")
        'الالتقائيه'
        >>> normalize("كلميم – واد نون")
        'كلميم - واد نون'
        >>> normalize("عُقِدَ   اللقاء ﻷول مرة ٢٠٢٤", preset="display")
        'عُقِدَ اللقاء لأول مرة ٢٠٢٤'
    """
    _check_text(text, "normalize()")
    return _resolve(preset)(text)


def normalize_with_offsets(text: str, preset: str | Normalizer = "search") -> NormalizedText:
    """Normalise ``text`` and keep an exact alignment back to it.

    Use it when matches found in normalised text must be reported in the original
    (published) text.

    Examples:
        >>> res = normalize_with_offsets("وَزارة التَّضامن")
        >>> res.text
        'وزاره التضامن'
        >>> start = res.text.index("التضامن")
        >>> s, e = res.original_span(start, start + len("التضامن"))
        >>> res.original[s:e]
        'التَّضامن'
    """
    _check_text(text, "normalize_with_offsets()")
    return _resolve(preset).with_offsets(text)


@attrs.frozen
class NormalizedText:
    """Normalised text with its alignment to the original text.

    The alignment is a compact list of the places where lengths changed (deletions,
    expansions, collapsed spaces); one-for-one replacements such as أ -> ا cost
    nothing, and unchanged text has an empty alignment. A span of the normalised text
    maps back to the original characters its first and last characters came from,
    with everything in between; characters deleted just before or after the span
    are not included.

    Attributes:
        original: The text as given.
        text: The normalised text.

    Examples:
        >>> res = normalize_with_offsets("ﻻ تـــأخير")
        >>> res.text
        'لا تاخير'
        >>> res.original_span(0, 2)
        (0, 1)
        >>> res.original[slice(*res.original_span(3, 8))]
        'تـــأخير'
        >>> res.normalized_span(2, 10)
        (3, 8)
    """

    original: str
    text: str
    _alignment: _MaskAlignment | _EditAlignment = attrs.field(repr=False, eq=False)

    @property
    def changed(self) -> bool:
        """Whether normalisation changed anything."""
        return self.text != self.original

    @staticmethod
    def _check(start: object, end: object, size: int, what: str) -> None:
        if not (isinstance(start, int) and isinstance(end, int)):
            raise ArgumentTypeError(f"{what} takes int offsets, got {start!r}, {end!r}")
        if not 0 <= start <= end <= size:
            raise InvalidValueError(
                f"{what}: span ({start}, {end}) is not within (0, {size}) with start <= end"
            )

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of :attr:`original` that ``text[start:end]`` came from.

        Examples:
            >>> res = normalize_with_offsets("أَهْلاً   وسهلاً")
            >>> res.text
            'اهلا وسهلا'
            >>> res.original_span(5, 10)  # the deleted final tanwin is outside the span
            (10, 15)
        """
        self._check(start, end, len(self.text), "original_span")
        return self._alignment.original_span(start, end, len(self.text), len(self.original))

    def normalized_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of :attr:`text` that ``original[start:end]`` became.

        Examples:
            >>> res = normalize_with_offsets("أَهْلاً   وسهلاً")
            >>> res.normalized_span(10, 16)
            (5, 10)
        """
        self._check(start, end, len(self.original), "normalized_span")
        return self._alignment.normalized_span(start, end, len(self.original), len(self.text))
