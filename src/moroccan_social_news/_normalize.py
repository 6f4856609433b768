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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import accumulate, compress, repeat
from types import MappingProxyType

import attrs

from . import _charmaps as cm
from ._errors import (
    ArgumentTypeError,
    DuplicateStepError,
    InvalidValueError,
    UnknownPresetError,
    UnknownStepError,
)

__all__ = [
    "NormalizedText",
    "Normalizer",
    "Step",
    "StepRegistry",
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
        self,
        table: Mapping[str, str],
        priority: str,
        squeeze: str | None,
        avoid: frozenset[str] = frozenset(),
    ) -> None:
        slots: dict[str, int] = {}

        def assign(chars: Iterable[str]) -> bool:
            if avoid.intersection(chars):  # left to the general path
                return True
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

    def __init__(
        self, table: Mapping[str, str], squeeze: str | None, avoid: frozenset[str] = frozenset()
    ) -> None:
        self.table = dict(table)
        self.squeezer = (
            (squeeze, squeeze * 2, re.compile(re.escape(squeeze) + "{2,}")) if squeeze else None
        )
        keys = set(self.table)
        # Sequential str.replace equals a simultaneous map only if no output is a key.
        safe = not any(c in keys for v in self.table.values() for c in v)
        self.translate_table = None if safe else {ord(k): v for k, v in self.table.items()}
        # ``avoid``: characters a composition pass before this table may change; the
        # codec leaves them out so that its text needs no composing (composes_away).
        self.codec = (
            _Codec(self.table, cm.COMMON_CHARS, squeeze, avoid) if safe and self.table else None
        )
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

    def composes_away(self, composer: _ComposePlan) -> bool:
        """Whether ``composer`` then this table equals this table on the codec's text.

        True when no character the codec covers (nor its ``pre`` value) can compose
        and the table deletes every mark among them, so that reordering them changes
        nothing: the ``search`` and ``strict`` tables.
        """
        if self.codec is None:
            return False
        covered = [c for c in self.codec.decode_map if c != "\ufffe"]
        marks, unstable = map(set, cm.composition_classes())
        table = self.table
        for c in covered:
            if c not in composer.unsafe or (
                c in marks and c not in unstable and table.get(c) == ""
            ):
                pass  # never changed by NFC, or only reordered and then deleted
            else:
                # A singleton (U+2000 -> U+2002) the table maps as it maps its NFC.
                nfc = unicodedata.normalize("NFC", c)
                if c in marks or len(nfc) != 1 or nfc == c or nfc in composer.unsafe:
                    return False
                if table.get(c, c) != table.get(nfc, nfc):
                    return False
            if any(ch in composer.unsafe for ch in composer.pre.get(ord(c), "")):
                return False
        return True

    def apply_composed(self, text: str, composer: _ComposePlan) -> str:
        """``self.apply(composer.apply(text))`` when :meth:`composes_away` holds.

        Chunks the codec covers go straight through the table; only the others are
        composed first. This spares the composition check on most news text.
        """
        codec = self.codec
        assert codec is not None  # noqa: S101  # callers check composes_away() first
        parts = []
        for start, end in composer.chunks(text):
            chunk = text[start:end]
            done = codec.apply(chunk)
            parts.append(self._general(composer.apply(chunk)) if done is None else done)
        return self._squeeze("".join(parts))

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
_EXPANDS = re.compile(rb"[^\x00\x01]")
_LIST_TABLE_LIMIT = 1 << 16  # characters


def _owner_table(mask: bytes) -> Sequence[int]:
    """``table[n]`` = the original character output character ``n`` came from.

    Runs of characters that map to exactly one output character are copied as
    ranges; only deleted or expanded characters are visited one by one.
    """
    if len(mask) <= _LIST_TABLE_LIMIT and _EXPANDS.search(mask) is None:
        # Every character made 0 or 1 output characters: the table is the indices of
        # the kept ones, selected in C (a list builds 3x faster than an array; for an
        # article the memory does not matter).
        return list(compress(range(len(mask)), mask))
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
        self.owners: Sequence[int] | None = None
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


class _ComposePlan:
    """Unicode NFC (canonical composition) of ``pre``-mapped text, only where it changes.

    Computes ``NFC(pre(text))`` but returns it *before* ``pre`` is applied elsewhere:
    the table plan that follows applies ``pre`` (the presentation forms) to the rest,
    in its fast pass. Text is cut before "safe" characters (canonical combining class
    0 and never composed with what precedes), so NFC of the whole equals NFC of each
    piece. A chunk is skipped after one C-speed ``unicodedata.is_normalized`` check
    (plus, if it holds compatibility characters, a regex for ``pre`` keys next to
    marks); otherwise only the segments "safe character + run of marks" that hold an
    unstable character or several marks are normalised, one by one. Each changed
    segment is one edit, trimmed of the characters it kept at both ends, so a
    composed character maps back to its base and marks.
    """

    __slots__ = ("hit_re", "hits", "pre", "pre_re", "safe_re", "unsafe")

    def __init__(self, pre: Mapping[str, str]) -> None:
        marks, unstable = cm.composition_classes()
        marks_set = set(marks)
        # ``pre`` keys whose value holds a mark (the isolated harakat forms, shadda
        # ligatures): next to any mark they need NFC even if the text is in NFC.
        marked = {k for k, v in pre.items() if marks_set.intersection(v)}
        runs = marks + unstable + "".join(marked)  # characters that are not safe
        hits = unstable + "".join(marked)  # alone, they may still change
        self.unsafe = frozenset(runs)
        self.hits = frozenset(hits)
        run, hit = _char_class(runs), _char_class(hits)
        # A maximal run of unsafe characters that is longer than one or holds a hit.
        self.hit_re = re.compile(f"{run}(?:{run}+|(?<={hit}))")
        self.safe_re = re.compile("[^" + _char_class(runs)[1:])
        self.pre = {ord(k): v for k, v in pre.items()}
        if pre:
            k, m = _char_class(pre), _char_class(marked) if marked else None
            tail = f"{run}*{hit}"
            self.pre_re: re.Pattern[str] | None = re.compile(
                f"{k}(?:(?<={m})|{tail})" if m else f"{k}{tail}"
            )
        else:
            self.pre_re = None

    def _stable(self, chunk: str) -> bool:
        if not unicodedata.is_normalized("NFC", chunk):
            return False
        return (
            self.pre_re is None
            or unicodedata.is_normalized("NFKC", chunk)
            or self.pre_re.search(chunk) is None
        )

    def chunks(self, text: str) -> Iterator[tuple[int, int]]:
        """About ``_CHUNK``-long pieces of ``text``, each cut before a safe character."""
        start, size = 0, len(text)
        while start < size:
            end = start + _CHUNK
            if end < size:
                safe = self.safe_re.search(text, end)
                end = size if safe is None else safe.start()
            else:
                end = size
            yield start, end
            start = end

    def _run(self, text: str, want_edits: bool) -> tuple[str, _Edits]:
        edits = _no_edits()
        o1, o2, n1, n2 = edits
        pieces: list[str] = []
        done = shift = 0
        for start, end in self.chunks(text):
            if not self._stable(text[start:end]):
                for match in self.hit_re.finditer(text, start, end):
                    s, e = match.span()
                    s -= s > 0  # with the safe character before the run
                    segment = text[s:e]
                    mapped = segment.translate(self.pre) if self.pre else segment
                    new = unicodedata.normalize("NFC", mapped)
                    if new == mapped:
                        continue
                    pieces.append(text[done:s])
                    pieces.append(new)
                    done = e
                    if want_edits:
                        p = _common_prefix(segment, new)
                        q = _common_suffix(segment, new, min(len(segment), len(new)) - p)
                        o1.append(s + p)
                        o2.append(e - q)
                        n1.append(s + p + shift)
                        n2.append(s + len(new) - q + shift)
                    shift += len(new) - len(segment)
        if not pieces:
            return text, edits
        pieces.append(text[done:])
        return "".join(pieces), edits

    def apply(self, text: str) -> str:
        return self._run(text, want_edits=False)[0]

    def apply_with_edits(self, text: str) -> tuple[str, _Edits]:
        return self._run(text, want_edits=True)


class _ChainAlignment:
    """Alignments applied one after the other (original -> ... -> normalised)."""

    __slots__ = ("sizes", "stages")

    def __init__(
        self, stages: Sequence[_MaskAlignment | _EditAlignment], sizes: Sequence[int]
    ) -> None:
        self.stages = tuple(stages)
        self.sizes = tuple(sizes)  # text lengths: original, after each stage

    def original_span(
        self, start: int, end: int, size: int, original_size: int
    ) -> tuple[int, int]:
        for k in range(len(self.stages) - 1, -1, -1):
            start, end = self.stages[k].original_span(start, end, self.sizes[k + 1], self.sizes[k])
        return start, end

    def normalized_span(
        self, start: int, end: int, size: int, normalized_size: int
    ) -> tuple[int, int]:
        for k, stage in enumerate(self.stages):
            start, end = stage.normalized_span(start, end, self.sizes[k], self.sizes[k + 1])
        return start, end


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
    optionally ``squeeze``: runs of that character become one after mapping, and
    ``compose``: the mapped text is put in Unicode NFC, canonical composition). Table
    steps are fused with their neighbours into one fast pass and align exactly,
    character by character; a ``func`` step is aligned by its unchanged prefix and
    suffix, so what it changes maps back as one block.

    Attributes:
        name: Identifier used in :class:`Normalizer` lists and listings.
        func: The function, for steps that are not tables.
        table: Character -> replacement, for table steps.
        squeeze: Character whose runs are reduced to one after the table is applied.
        compose: Whether the table's output is put in NFC (e.g. ``ي`` + combining
            hamza above U+0654 -> ``ئ``); costs one quick check on text already in NFC.
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
    compose: bool = attrs.field(default=False, kw_only=True)
    doc: str = attrs.field(default="", kw_only=True)
    _plan: _TablePlan | _FunctionPlan = attrs.field(init=False, repr=False, eq=False)
    _composer: _ComposePlan | None = attrs.field(init=False, repr=False, eq=False)

    @name.validator
    def _check_name(self, _: object, value: object) -> None:
        if not isinstance(value, str) or not value:
            raise ArgumentTypeError(f"Step.name must be a non-empty str, got {value!r}")

    @doc.validator
    def _check_doc(self, _: object, value: object) -> None:
        if not isinstance(value, str):
            raise ArgumentTypeError(f"Step.doc must be a str, got {type(value).__name__}")

    @compose.validator
    def _check_compose(self, _: object, value: object) -> None:
        if not isinstance(value, bool):
            raise ArgumentTypeError(f"Step.compose must be a bool, got {value!r}")

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_composer", None)
        if (self.func is None) == (self.table is None):
            raise ArgumentTypeError(f"Step {self.name!r}: give exactly one of func= or table=")
        if self.func is not None:
            if not callable(self.func):
                raise ArgumentTypeError(f"Step.func must be callable, got {self.func!r}")
            if self.squeeze is not None or self.compose:
                raise ArgumentTypeError(f"Step {self.name!r}: squeeze= and compose= need table=")
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
        if self.compose:
            object.__setattr__(self, "_composer", _ComposePlan(frozen))

    def __call__(self, text: str) -> str:
        """Apply this step alone to ``text``."""
        _check_text(text, f"Step {self.name!r}")
        if self._composer is not None:
            text = self._composer.apply(text)
        return self._plan.apply(text)


def _check_text(text: object, where: str) -> None:
    if not isinstance(text, str):
        raise ArgumentTypeError(f"{where} expected text as str, got {type(text).__name__}")


def _registry_entries(steps: Iterable[Step]) -> Mapping[str, Step]:
    if isinstance(steps, Mapping | str) or not isinstance(steps, Iterable):
        raise ArgumentTypeError(
            f"StepRegistry takes an iterable of Step objects, got {type(steps).__name__}"
        )
    by_name: dict[str, Step] = {}
    for step in steps:
        if not isinstance(step, Step):
            raise ArgumentTypeError(
                f"StepRegistry takes Step objects, got {type(step).__name__}: {step!r}"[:200]
            )
        if step.name in by_name:
            raise DuplicateStepError(step.name, by_name)
        by_name[step.name] = step
    return MappingProxyType(by_name)


@attrs.frozen(init=False, eq=False)
class StepRegistry(Mapping[str, Step]):
    """An immutable collection of named steps, to list them and to add your own.

    :func:`normalization_steps` is the built-in registry. :meth:`with_step` returns
    a *new* registry with one more step (the library keeps no global state to
    mutate); give it to :class:`Normalizer` as ``registry=`` so that step lists can
    name your steps. It is a read-only mapping ``name -> Step``, in insertion order.

    Examples:
        >>> kaf = Step("persian_kaf", table={"ک": "ك", "ی": "ي"}, doc="Persian kaf, yeh.")
        >>> mine = normalization_steps().with_step(kaf)
        >>> mine.names()[-1], "persian_kaf" in normalization_steps()
        ('persian_kaf', False)
        >>> mine["persian_kaf"]("کتاب")
        'كتاب'
        >>> Normalizer(["unify_alef", "persian_kaf"], registry=mine)("أکبر")
        'اكبر'
        >>> StepRegistry([kaf]).names()
        ('persian_kaf',)
    """

    _by_name: Mapping[str, Step] = attrs.field(repr=False)

    def __init__(self, steps: Iterable[Step] = ()) -> None:
        self.__attrs_init__(_registry_entries(steps))

    def __getitem__(self, name: str) -> Step:
        """The step called ``name``; :class:`UnknownStepError` lists the valid names."""
        try:
            return self._by_name[name]
        except (KeyError, TypeError):
            raise UnknownStepError(name, self._by_name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_name)

    def __len__(self) -> int:
        return len(self._by_name)

    def __repr__(self) -> str:
        return f"StepRegistry({list(self._by_name)!r})"

    def names(self) -> tuple[str, ...]:
        """The step names, in order.

        Examples:
            >>> normalization_steps().names()[:3]
            ('unicode', 'remove_invisible', 'remove_tatweel')
        """
        return tuple(self._by_name)

    def with_step(self, step: Step, *, replace: bool = False) -> StepRegistry:
        """A new registry with ``step`` added at the end (this one is unchanged).

        A name already taken raises :class:`DuplicateStepError` unless
        ``replace=True``, which puts ``step`` in place of the old one.

        Examples:
            >>> loud = Step("unify_alef", func=str.upper, doc="Not an alef at all.")
            >>> normalization_steps().with_step(loud)
            Traceback (most recent call last):
            ...
            moroccan_social_news._errors.DuplicateStepError: normalisation step 'unify_alef' ...
            >>> normalization_steps().with_step(loud, replace=True)["unify_alef"]("abc")
            'ABC'
        """
        if not isinstance(step, Step):
            raise ArgumentTypeError(
                f"StepRegistry.with_step() takes a Step, got {type(step).__name__}: {step!r}"[:200]
            )
        if not isinstance(replace, bool):
            raise ArgumentTypeError(
                f"StepRegistry.with_step() replace= must be a bool, got {replace!r}"
            )
        if step.name in self._by_name and not replace:
            raise DuplicateStepError(step.name, self._by_name)
        return StepRegistry({**self._by_name, step.name: step}.values())


@functools.cache
def normalization_steps() -> StepRegistry:
    """The built-in steps (a read-only :class:`StepRegistry`), in the presets' order.

    List them to see what each does; pass names, these :class:`Step` objects or your
    own steps to :class:`Normalizer`; extend it with :meth:`StepRegistry.with_step`.

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
            compose=True,
            doc="NFKC of Arabic presentation forms and ligatures (U+FB50-U+FDFF, "
            "U+FE70-U+FEFF), e.g. ﻻ -> لا, then NFC: letter + combining mark -> the "
            "precomposed letter (ي + U+0654 -> ئ, e + U+0301 -> é), marks in canonical "
            "order. Other compatibility characters are left as they are.",
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
        Step(
            "recompose",
            table={},
            compose=True,
            doc="NFC again, last: composes a letter and a mark that a deleting step "
            "brought together (e + U+200B + U+0301 -> é once U+200B is gone), so the "
            "output is in NFC and normalising it again changes nothing.",
        ),
    )
    return StepRegistry(steps)


_PRESETS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "display": (
            "unicode",
            "remove_invisible",
            "typographic_punctuation",
            "whitespace",
            "recompose",
        ),
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
            "recompose",
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
            "recompose",
        ),
    }
)


def normalization_presets() -> Mapping[str, tuple[str, ...]]:
    """The built-in presets: name -> the names of their steps, in order (read-only).

    Examples:
        >>> normalization_presets()["display"]
        ('unicode', 'remove_invisible', 'typographic_punctuation', 'whitespace', 'recompose')
        >>> sorted(normalization_presets())
        ['display', 'search', 'strict']
    """
    return _PRESETS


def _to_step(item: object, registry: StepRegistry) -> Step:
    if isinstance(item, Step):
        return item
    if isinstance(item, str):
        return registry[item]
    if callable(item):
        name = getattr(item, "__name__", None) or type(item).__name__
        return Step(name, func=item, doc=(getattr(item, "__doc__", None) or "").strip())
    raise ArgumentTypeError(
        f"Normalizer steps must be step names (str), Step objects or str -> str "
        f"functions, got {type(item).__name__}"
    )


def _to_steps(
    items: Iterable[Step | str | Callable[[str], str]], registry: StepRegistry | None
) -> tuple[Step, ...]:
    if isinstance(items, str) or not isinstance(items, Iterable):
        raise ArgumentTypeError(
            f"Normalizer takes a list of steps, got {type(items).__name__}: {items!r}"[:200]
        )
    if registry is None:
        registry = normalization_steps()
    elif not isinstance(registry, StepRegistry):
        raise ArgumentTypeError(
            f"Normalizer registry= must be a StepRegistry, got {type(registry).__name__}"
        )
    return tuple(_to_step(item, registry) for item in items)


def _compile(steps: Sequence[Step]) -> tuple[_TablePlan | _FunctionPlan | _ComposePlan, ...]:
    """Fuse consecutive table steps into one table (up to and incl. a squeezing one).

    A composing step starts a new table: its composition pass must see the text as
    the steps before it left it.
    """
    plans: list[_TablePlan | _FunctionPlan | _ComposePlan] = []
    table: dict[str, str] | None = None
    avoid: frozenset[str] = frozenset()  # what the composition pass before may change
    for step in steps:
        if step.table is None or step._composer is not None:
            if table:  # an empty table changes nothing: no pass for it
                plans.append(_TablePlan(table, None, avoid))
            table = None
            plans.append(step._plan if step._composer is None else step._composer)
            avoid = frozenset() if step._composer is None else step._composer.hits
            if step.table is None:
                continue
        table = dict(step.table) if table is None else _compose_tables(table, step.table)
        if step.squeeze is not None:
            plans.append(_TablePlan(table, step.squeeze, avoid))
            table, avoid = None, frozenset()
    if table:
        plans.append(_TablePlan(table, None, avoid))
    return tuple(plans)


@attrs.frozen(init=False)
class Normalizer:
    """An ordered list of steps, applied one after the other, fused where possible.

    Items may be step names (looked up in ``registry``, by default the built-in
    steps of :func:`normalization_steps`), :class:`Step` objects or plain
    ``str -> str`` functions. Pass a Normalizer wherever a preset name is accepted.

    Attributes:
        steps: The steps, in order.

    Examples:
        >>> n = Normalizer(["strip_diacritics", "unify_alef", "digits_ascii"])
        >>> n("أَحْمَد ٢٠٢٤")
        'احمد 2024'
        >>> n.names
        ('strip_diacritics', 'unify_alef', 'digits_ascii')
        >>> kaf = Step("persian_kaf", table={"ک": "ك"}, doc="Persian kaf -> Arabic kaf.")
        >>> mine = normalization_steps().with_step(kaf)
        >>> Normalizer(["strip_diacritics", "persian_kaf"], registry=mine)("کِتاب")
        'كتاب'
    """

    steps: tuple[Step, ...]
    _plans: tuple[_TablePlan | _FunctionPlan | _ComposePlan, ...] = attrs.field(
        init=False, repr=False, eq=False
    )
    _calls: tuple[Callable[[str], str], ...] = attrs.field(init=False, repr=False, eq=False)

    def __init__(
        self,
        steps: Iterable[Step | str | Callable[[str], str]],
        *,
        registry: StepRegistry | None = None,
    ) -> None:
        self.__attrs_init__(_to_steps(steps, registry))

    def __attrs_post_init__(self) -> None:
        plans = _compile(self.steps)
        object.__setattr__(self, "_plans", plans)
        # For __call__: a composition pass and the table after it run as one where
        # the table makes composing its fast-path text pointless (see composes_away).
        calls: list[Callable[[str], str]] = []
        i = 0
        while i < len(plans):
            plan, after = plans[i], plans[i + 1] if i + 1 < len(plans) else None
            if (
                isinstance(plan, _ComposePlan)
                and isinstance(after, _TablePlan)
                and after.composes_away(plan)
            ):
                calls.append(functools.partial(after.apply_composed, composer=plan))
                i += 2
            else:
                calls.append(plan.apply)
                i += 1
        object.__setattr__(self, "_calls", tuple(calls))

    @property
    def names(self) -> tuple[str, ...]:
        """The step names, in order."""
        return tuple(s.name for s in self.steps)

    def __call__(self, text: str) -> str:
        """Normalise ``text``."""
        _check_text(text, "Normalizer")
        for call in self._calls:
            text = call(text)
        return text

    def with_offsets(self, text: str) -> NormalizedText:
        """Normalise ``text`` and keep the alignment to it (see :class:`NormalizedText`)."""
        _check_text(text, "Normalizer.with_offsets")
        plans = self._plans
        if sum(isinstance(p, _TablePlan) for p in plans) == 1 and not any(
            isinstance(p, _FunctionPlan) for p in plans
        ):
            done = self._with_mask(text)
            if done is not None:
                return done
        edits = _no_edits()
        out = text
        for plan in plans:
            out, step_edits = plan.apply_with_edits(out)
            edits = _compose(edits, step_edits)
        return NormalizedText(text, out, _EditAlignment(edits, max(len(text), len(out))))

    def _with_mask(self, text: str) -> NormalizedText | None:
        """The table plan aligned by its byte mask, composition passes by their edits."""
        stages: list[_MaskAlignment | _EditAlignment] = []
        sizes = [len(text)]
        edits = _no_edits()
        out = text
        for plan in self._plans:
            if isinstance(plan, _TablePlan):
                done = plan.apply_with_mask(out)
                if done is None:
                    return None
                if edits[0]:
                    stages.append(_EditAlignment(edits, max(sizes[-1], len(out))))
                    sizes.append(len(out))
                    edits = _no_edits()
                out = done[0]
                stages.append(done[1])
                sizes.append(len(out))
            else:
                out, step_edits = plan.apply_with_edits(out)
                edits = _compose(edits, step_edits)
        if edits[0]:
            stages.append(_EditAlignment(edits, max(sizes[-1], len(out))))
            sizes.append(len(out))
        if len(stages) == 1:
            return NormalizedText(text, out, stages[0])
        return NormalizedText(text, out, _ChainAlignment(stages, sizes))


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
    _alignment: _MaskAlignment | _EditAlignment | _ChainAlignment = attrs.field(
        repr=False, eq=False
    )

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

    def _original_span_unchecked(self, start: int, end: int) -> tuple[int, int]:
        """:meth:`original_span` for offsets the caller read from :attr:`text` itself
        (the extractor maps dozens of spans per article)."""
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
