"""Reading the user's own corpora: a ``.txt`` file, a folder of them, or JSONL.

Readers are lazy (one article at a time; JSONL is streamed line by line) and strict:
bytes that are not valid in the requested encoding, empty articles, and JSONL lines
that are not objects raise errors naming the file, line and byte offset. Nothing is
dropped or repaired silently; the one thing removed is a leading UTF-8 byte-order
mark, which is an encoding artefact rather than text.
"""

from __future__ import annotations

import codecs
import datetime as dt
import itertools
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ._article import Article
from ._errors import (
    ArgumentTypeError,
    CorpusFormatError,
    EmptyInputError,
    InputDecodeError,
    InputNotFoundError,
    InvalidValueError,
    UnsafePathError,
)

__all__ = ["decode_text", "read_articles"]

_BOM = codecs.BOM_UTF8
# Encodings Arabic news text commonly arrives in, tried (in order) to suggest a fix.
_SUGGESTIONS = ("cp1256", "utf-16", "iso-8859-6")
_CORPUS_SUFFIXES = (".txt", ".jsonl")
_SURROGATE = re.compile("[\ud800-\udfff]")
_JSONL_FIELDS = ("id", "text", "title", "url", "published", "language")


def _suggest(data: bytes, encoding: str) -> str | None:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    for candidate in _SUGGESTIONS:
        if codecs.lookup(candidate).name == codecs.lookup(encoding).name:
            continue
        try:
            decoded = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        if _mostly_arabic_letters(decoded[:4000]):
            return candidate
    return None


def _mostly_arabic_letters(text: str) -> bool:
    """True when >= 80% of the non-ASCII characters are core Arabic letters or marks.

    UTF-8 Arabic misread as Windows-1256 alternates letters with symbols such as
    "…" or "µ" (its continuation bytes), so it fails this test; real cp1256 text passes.
    """
    wide = [ch for ch in text if ord(ch) > 0x7F and not ch.isspace()]
    if not wide:
        return False
    core = sum(1 for ch in wide if "\u0621" <= ch <= "\u0652" or ch in "،؛؟")
    # Latin-1 French read as ISO-8859-6 gives lone Arabic letters inside Latin words
    # ("rتunion"); Arabic text has its letters side by side, in words.
    paired = sum(1 for a, b in itertools.pairwise(text) if _is_letter(a) and _is_letter(b))
    return core >= 0.8 * len(wide) and paired >= 0.5 * core


def _is_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u0652"


def decode_text(data: bytes, *, path: object = "<bytes>", encoding: str = "utf-8") -> str:
    """Decode ``data`` strictly, raising :class:`InputDecodeError` with the byte offset.

    A leading UTF-8 byte-order mark is removed; everything else is kept as is.

    Examples:
        >>> decode_text("سلام".encode())
        'سلام'
        >>> decode_text("سلام".encode("cp1256"), path="a.txt")
        Traceback (most recent call last):
        ...
        moroccan_social_news._errors.InputDecodeError: a.txt, byte 0: not valid utf-8 ...
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ArgumentTypeError(f"decode_text() takes bytes (got {type(data).__name__})")
    _check_encoding(encoding)
    return _decode(bytes(data), path=path, encoding=encoding)


def _check_encoding(encoding: str) -> None:
    try:
        codecs.lookup(encoding)
    except (LookupError, TypeError):
        raise InvalidValueError(
            f"unknown encoding {encoding!r}; use a Python codec name such as "
            "'utf-8', 'cp1256' (Windows Arabic) or 'utf-16'"
        ) from None


def _decode(
    data: bytes, *, path: object, encoding: str, line: int | None = None, base: int = 0
) -> str:
    if codecs.lookup(encoding).name == "utf-8" and data.startswith(_BOM):
        data = data[len(_BOM) :]
        bom = len(_BOM)
    else:
        bom = 0
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        suggestion = _suggest(data, encoding)
        hint = f"; it decodes as {suggestion}: pass encoding={suggestion!r}" if suggestion else ""
        raise InputDecodeError(
            f"not valid {encoding} ({exc.reason} at byte {data[exc.start : exc.start + 1]!r})"
            f"{hint}",
            path=path,
            line=line,
            offset=base + exc.start + bom,
            encoding=encoding,
            suggestion=suggestion,
        ) from exc


def _check_text(text: str, *, path: object, line: int | None = None) -> None:
    if not text.strip():
        raise EmptyInputError("the article text is empty or whitespace-only", path=path, line=line)
    nul = text.find("\x00")
    if nul >= 0:
        raise CorpusFormatError(
            f"NUL character at character {nul}: this is binary data or UTF-16 read as "
            "another encoding, not an article; pass the right encoding=",
            path=path,
            line=line,
        )
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:  # only a JSON escape such as "\ud800" can produce one
        raise CorpusFormatError(
            f"lone surrogate {surrogate.group()!r} at character {surrogate.start()}: "
            "not valid Unicode text (a JSON \\uXXXX escape of half a character pair)",
            path=path,
            line=line,
        )


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``json.loads`` hook: refuse an object with a repeated key (json keeps the last)."""
    record: dict[str, Any] = {}
    for key, value in pairs:
        if key in record:  # a record must never change silently
            raise InvalidValueError(
                f"duplicate key {key!r}: it appears more than once in an object"
            )
        record[key] = value
    return record


def _read_txt(path: Path, encoding: str) -> Article:
    text = _decode(path.read_bytes(), path=path, encoding=encoding)
    _check_text(text, path=path)
    return Article(id=path.stem, text=text, source=str(path))


def _optional_str(record: dict[str, object], key: str, path: Path, line: int) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    raise CorpusFormatError(
        f"field {key!r} must be a string or null (got {type(value).__name__})",
        path=path,
        line=line,
    )


def _read_jsonl(path: Path, encoding: str) -> Iterator[Article]:
    offset = 0
    seen_any = False
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            start = offset
            offset += len(raw)
            line_text = _decode(raw, path=path, encoding=encoding, line=number, base=start)
            if not line_text.strip():
                continue
            try:
                record = json.loads(line_text, object_pairs_hook=unique_keys)
            except json.JSONDecodeError as exc:
                raise CorpusFormatError(
                    f"not valid JSON ({exc.msg} at column {exc.colno}); each line must be "
                    'one JSON object such as {"id": "a1", "text": "..."}',
                    path=path,
                    line=number,
                ) from exc
            except (ValueError, RecursionError) as exc:  # duplicate keys, huge ints, "[[[…"
                reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
                raise CorpusFormatError(
                    f"not a valid record ({reason}); each line must be one JSON object "
                    'such as {"id": "a1", "text": "..."}',
                    path=path,
                    line=number,
                ) from None
            if not isinstance(record, dict):
                raise CorpusFormatError(
                    f"expected a JSON object with a 'text' field, got {type(record).__name__}",
                    path=path,
                    line=number,
                )
            text = record.get("text")
            if not isinstance(text, str):
                raise CorpusFormatError(
                    "missing or non-string 'text' field; known fields: "
                    + ", ".join(_JSONL_FIELDS),
                    path=path,
                    line=number,
                )
            _check_text(text, path=path, line=number)
            raw_id = record.get("id", f"{path.stem}:{number}")
            if not isinstance(raw_id, str | int) or isinstance(raw_id, bool):
                raise CorpusFormatError(
                    f"field 'id' must be a string or integer (got {type(raw_id).__name__})",
                    path=path,
                    line=number,
                )
            published_raw = _optional_str(record, "published", path, line=number)
            published = None
            if published_raw is not None:
                try:
                    published = dt.date.fromisoformat(published_raw[:10])
                except ValueError:
                    raise CorpusFormatError(
                        f"field 'published' must be an ISO 8601 date such as '2023-03-04' "
                        f"(got {published_raw!r})",
                        path=path,
                        line=number,
                    ) from None
            seen_any = True
            yield Article(
                id=str(raw_id),
                text=text,
                source=f"{path}:{number}",
                language=_optional_str(record, "language", path, number) or "ar",
                published=published,
                title=_optional_str(record, "title", path, number),
                url=_optional_str(record, "url", path, number),
            )
    if not seen_any:
        raise EmptyInputError("the JSONL file holds no records", path=path)


def _inside(root: Path, candidate: Path) -> bool:
    try:
        candidate.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


def _read_folder(
    folder: Path, encoding: str, *, follow_symlinks: bool, recursive: bool
) -> Iterator[Article]:
    pattern = "**/*" if recursive else "*"
    found = sorted(
        p for p in folder.glob(pattern) if p.suffix.lower() in _CORPUS_SUFFIXES and p.is_file()
    )
    if not found:
        raise EmptyInputError(
            "the folder holds no .txt or .jsonl files"
            + ("" if recursive else " (recursive=False)"),
            path=folder,
        )
    for path in found:
        if not follow_symlinks and not _inside(folder, path):
            raise UnsafePathError(
                f"resolves to {path.resolve()}, outside the folder {folder.resolve()}; "
                "pass follow_symlinks=True to read it anyway",
                path=path,
            )
        yield from _read_file(path, encoding)


def _read_file(path: Path, encoding: str) -> Iterator[Article]:
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path, encoding)
    else:
        yield _read_txt(path, encoding)


def read_articles(
    path: str | os.PathLike[str],
    *,
    encoding: str = "utf-8",
    follow_symlinks: bool = False,
    recursive: bool = False,
) -> Iterator[Article]:
    """Lazily read the user's own articles from a file or a folder.

    ``path`` may be a ``.txt`` file (one article, id = file stem), a ``.jsonl`` file
    (one JSON object per line with a ``text`` field and optional ``id``, ``title``,
    ``url``, ``published`` (ISO date) and ``language``), or a folder of such files,
    read in sorted order (``recursive=True`` descends into sub-folders). In a folder,
    files that resolve outside it through symlinks are refused unless
    ``follow_symlinks=True``. Errors are raised when the iterator reaches the bad
    file or line, naming it.

    Examples:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "b.txt").write_text("خبر ثان", encoding="utf-8")
        >>> _ = (folder / "a.txt").write_text("خبر أول", encoding="utf-8")
        >>> [(a.id, a.text) for a in read_articles(folder)]
        [('a', 'خبر أول'), ('b', 'خبر ثان')]
    """
    if not isinstance(path, str | os.PathLike):
        raise ArgumentTypeError(f"read_articles() takes a path (got {type(path).__name__})")
    _check_encoding(encoding)
    target = Path(path)
    if not target.exists():
        hint = ""
        if target.is_symlink():
            hint = "it is a broken symlink"
        raise InputNotFoundError(target, hint)
    if target.is_dir():
        return _read_folder(target, encoding, follow_symlinks=follow_symlinks, recursive=recursive)
    return _read_file(target, encoding)
