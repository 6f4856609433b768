"""The ``moroccan-social-news`` command line.

Exit status: 0 on success, 1 for bad input or data (a one-line message on stderr
naming the file and line or byte offset, no traceback, nothing on stdout), 2 for
usage errors (argparse's convention). Output files are written atomically: to a
temporary file in the same folder, renamed over the target only when complete.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO

from ._version import __version__

if TYPE_CHECKING:
    from ._article import Article
    from ._model import Agreement, Meeting
    from ._tables import Kind

__all__ = ["main"]

_Handler = Callable[[argparse.Namespace, TextIO], int]

_PROGRESS_MIN_FILES = 4
"""Show a progress bar from this many input files on (and only on a terminal)."""
_EXPORT_CHUNK = 500
"""Records converted and written at a time by ``export`` (bounds its memory)."""
_SPOOL_BYTES = 1 << 20
"""``normalize`` keeps this much of standard input in memory, the rest on disk."""
_CORPUS_SUFFIXES = (".txt", ".jsonl")


# --------------------------------------------------------------------------- progress


class _Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal.

    It redraws with a carriage return (no ANSI escape codes) and is silent when
    stderr is piped or redirected, or for fewer than a few files.
    """

    def __init__(self, total: int, label: str, stream: TextIO | None = None) -> None:
        self.stream = sys.stderr if stream is None else stream
        self.total = total
        self.label = label
        self.done = 0
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = total >= _PROGRESS_MIN_FILES and bool(isatty and isatty())

    def advance(self) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = width * self.done // self.total
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total} {self.label}")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\n")
            self.stream.flush()


# --------------------------------------------------------------------------- inputs


def _units(sources: Sequence[str]) -> list[str]:
    """The command line's inputs, with folders expanded to their corpus files.

    A folder is checked as :func:`~moroccan_social_news.read_articles` checks it
    (files resolving outside it through symlinks are refused); an empty folder is
    kept whole so that reading it reports the problem.
    """
    from ._data import article_ids
    from ._errors import UnsafePathError
    from ._readers import _inside

    shipped = set(article_ids())
    units: list[str] = []
    for source in sources:
        folder = Path(source)
        if source == "-" or source in shipped or not folder.is_dir():
            units.append(source)
            continue
        found = sorted(
            p for p in folder.glob("*") if p.suffix.lower() in _CORPUS_SUFFIXES and p.is_file()
        )
        for path in found:
            if not _inside(folder, path):
                raise UnsafePathError(
                    f"resolves to {path.resolve()}, outside the folder {folder.resolve()}",
                    path=path,
                )
        if found:
            units.extend(str(p) for p in found)
        else:
            units.append(source)
    return units


def _inputs(sources: Sequence[str], encoding: str, label: str = "files") -> Iterator[Article]:
    """Articles named on the command line: shipped ids, files, folders, JSONL, or '-'."""
    from ._article import Article
    from ._data import article_ids, load_article, load_articles
    from ._errors import EmptyInputError
    from ._readers import decode_text, read_articles

    if not sources:
        yield from load_articles()
        return
    shipped = set(article_ids())
    units = _units(sources)
    progress = _Progress(len(units), label)
    try:
        for unit in units:
            if unit == "-":
                text = decode_text(sys.stdin.buffer.read(), path="<stdin>", encoding=encoding)
                if not text.strip():
                    raise EmptyInputError(
                        "the article text is empty or whitespace-only", path="<stdin>"
                    )
                yield Article(id="stdin", text=text, source="<stdin>")
            elif unit in shipped:
                yield load_article(unit)
            else:
                yield from read_articles(unit, encoding=encoding)
            progress.advance()
    finally:
        progress.close()


# --------------------------------------------------------------------------- atomic output


@contextlib.contextmanager
def _atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path next to ``target``, renamed over it only on success.

    On any error (or Ctrl-C) the temporary file is removed and ``target`` is left
    as it was: absent, or its previous complete content.
    """
    from ._errors import InputNotFoundError

    folder = target.parent
    if not folder.is_dir():
        raise InputNotFoundError(folder, "the output folder does not exist")
    if target.is_dir():
        raise IsADirectoryError(f"the output {target} is a folder; give a file name")
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    temporary = Path(name)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes it private; use the usual mode
        yield temporary
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise


# --------------------------------------------------------------------------- commands


def _cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    from ._data import manifest

    for entry in manifest():
        if entry.kind == "article" or args.all:
            out.write(f"{entry.id}\t{entry.kind}\t{entry.size}\t{entry.sha256}\n")
    return 0


def _cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    from ._data import load_article

    article = load_article(args.id)
    out.write(f"# {article.id} ({article.source}, sha256 {article.sha256})\n")
    for number, paragraph in enumerate(article.paragraphs, start=1):
        out.write(f"[{number}] {paragraph}\n")
    if article.comment_count is not None:
        out.write(f"# comments: {article.comment_count}\n")
    return 0


def _cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    from ._data import manifest, read_verified

    entries = manifest()
    for entry in entries:
        read_verified(entry)  # raises DataIntegrityError on the first mismatch
        out.write(f"ok\t{entry.path}\t{entry.sha256}\n")
    out.write(f"{len(entries)} files match the manifest\n")
    return 0


def _cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    import json

    from ._extract import extract
    from ._serialize import to_dict

    results = [to_dict(extract(article)) for article in _inputs(args.inputs, args.encoding)]
    # Everything is computed before anything is written: bad input leaves stdout empty.
    if args.format == "json":
        payload = results[0] if len(results) == 1 else results
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "jsonl":
        out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in results)
    else:
        out.write(_table(results))
    return 0


def _table(results: Sequence[dict[str, Any]]) -> str:
    """A readable summary: one block per article, one line per meeting or agreement."""
    lines = []
    for result in results:
        lines.append(f"# {result['article_id']}")
        for m in result["meetings"]:
            region = (m.get("region") or {}).get("code") or "-"
            chair = ((m.get("chair") or {}).get("person") or {}).get("name") or "-"
            when = m.get("date") or m.get("weekday") or "-"
            lines.append(
                f"meeting\t{m['kind']}\t{when}\t{region}\tchair: {chair}\t"
                f"mode: {m.get('attendance_mode') or '-'}\tordinal: {m.get('ordinal') or '-'}"
            )
        for a in result["agreements"]:
            cost = a.get("total_cost")
            money = f"{cost['amount']} {cost['currency']}" if cost else "-"
            who = ", ".join(a.get("beneficiaries") or []) or "-"
            region = (a.get("region") or {}).get("code") or "-"
            lines.append(f"agreement\t{a['kind']}\t{money}\t{region}\tfor: {who}")
        if not result["meetings"] and not result["agreements"]:
            lines.append("(no meeting or agreement found)")
    return "\n".join(lines) + "\n"


def _check_line_encoding(encoding: str, parser: argparse.ArgumentParser) -> None:
    import codecs

    try:
        codecs.lookup(encoding)
    except LookupError:
        parser.error(f"argument --encoding: unknown encoding {encoding!r}")
    if "\n".encode(encoding) != b"\n" or "a".encode(encoding) != b"a":
        parser.error(
            f"argument --encoding: normalize reads line by line and needs an ASCII-compatible "
            f"encoding such as utf-8 or cp1256 (got {encoding!r}); convert the input first"
        )


def _validated_copy(source: IO[bytes], name: str, encoding: str, copy: IO[bytes] | None) -> None:
    """Decode every line (raising on the first bad one), copying the bytes if asked."""
    offset = 0
    for number, raw in enumerate(source, start=1):
        _decode_line(raw, name, encoding, number, offset)
        offset += len(raw)
        if copy is not None:
            copy.write(raw)


def _decode_line(raw: bytes, name: str, encoding: str, number: int, offset: int) -> str:
    from ._readers import _decode

    bom = b"\xef\xbb\xbf"
    if (
        number == 1
        and raw.startswith(bom)
        and encoding.replace("_", "-").lower() in ("utf-8", "utf8")
    ):
        raw, offset = raw[len(bom) :], offset + len(bom)
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return _decode(raw, path=name, encoding=encoding, line=number, base=offset)


def _cmd_normalize(args: argparse.Namespace, out: TextIO) -> int:
    from ._errors import UnknownPresetError
    from ._normalize import normalize

    parser: argparse.ArgumentParser = args.parser
    try:
        normalize("", preset=args.preset)
    except UnknownPresetError as exc:
        parser.error(f"argument --preset: {exc}")
    _check_line_encoding(args.encoding, parser)
    with contextlib.ExitStack() as stack:
        if args.file == "-":
            name = "<stdin>"
            # Validated while spooled (memory up to _SPOOL_BYTES, then disk), so that bad
            # input is reported before any output is written.
            handle: IO[bytes] = stack.enter_context(
                tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)
            )
            _validated_copy(sys.stdin.buffer, name, args.encoding, handle)
        else:
            name = args.file
            handle = stack.enter_context(Path(args.file).open("rb"))
            _validated_copy(handle, name, args.encoding, None)
        handle.seek(0)
        offset = 0
        for number, raw in enumerate(handle, start=1):
            line = _decode_line(raw, name, args.encoding, number, offset)
            offset += len(raw)
            body = line.rstrip("\r\n")
            out.write(normalize(body, preset=args.preset) + line[len(body) :])
    return 0


def _records(articles: Iterable[Article], kind: Kind) -> Iterator[Article | Meeting | Agreement]:
    from ._extract import extract

    for article in articles:
        if kind == "articles":
            yield article
            continue
        result = extract(article)
        yield from result.meetings if kind == "meetings" else result.agreements


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _csv_cell(value: object) -> object:
    """CSV holds no lists: they are written as JSON arrays; ``None`` as an empty cell."""
    import json

    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value


def _write_text_rows(path: Path, chunks: Iterable[list[Any]], kind: Kind, fmt: str) -> int:
    import csv
    import json

    from ._tables import columns, flat_rows

    names = [c.name for c in columns(kind)]
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n") if fmt == "csv" else None
        if writer is not None:
            writer.writerow(names)
        for chunk in chunks:
            _, rows = flat_rows(chunk, kind)
            for row in rows:
                if writer is None:
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                else:
                    writer.writerow([_csv_cell(row[n]) for n in names])
            count += len(rows)
    return count


def _write_parquet(path: Path, chunks: Iterable[list[Any]], kind: Kind) -> int:
    import pyarrow.parquet as pq

    from .arrow import arrow_schema, to_arrow

    count = 0
    with pq.ParquetWriter(path, arrow_schema(kind)) as writer:
        for chunk in chunks:
            table = to_arrow(chunk, kind=kind)
            writer.write_table(table)
            count += table.num_rows
    return count


def _cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    if args.format == "parquet":
        from . import arrow  # noqa: F401  # fails early with the pip command if pyarrow is missing
    kind: Kind = args.kind
    target = Path(args.out)
    articles = _inputs(args.inputs, args.encoding)
    with _atomic_path(target) as temporary:
        chunks = _chunks(_records(articles, kind), _EXPORT_CHUNK)
        if args.format == "parquet":
            count = _write_parquet(temporary, chunks, kind)
        else:
            count = _write_text_rows(temporary, chunks, kind, args.format)
    out.write(f"wrote {count} {kind} rows to {target}\n")
    return 0


def _cmd_regions(args: argparse.Namespace, out: TextIO) -> int:
    from ._gazetteer import gazetteer_entry, regions

    out.write("code\thcp_code\tname_ar\tname_fr\tname_en\tcapital_ar\tcapital_fr\n")
    for region in regions():
        entry = gazetteer_entry(region.code)
        capital = gazetteer_entry(entry.seat) if entry.seat else None
        out.write(
            "\t".join(
                [
                    region.code,
                    entry.hcp_code or "-",
                    region.name_ar,
                    region.name_fr,
                    region.name_en,
                    capital.name_ar if capital else "-",
                    capital.name_fr if capital else "-",
                ]
            )
            + "\n"
        )
    return 0


# --------------------------------------------------------------------------- parser


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="moroccan-social-news",
        description="Meetings and agreements from Moroccan Arabic news: the shipped corpus "
        "and tools to read your own.",
        epilog="Exit status: 0 ok, 1 bad input (one line on stderr), 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    listing = commands.add_parser("list", help="list shipped articles (id, kind, bytes, sha256)")
    listing.add_argument("--all", action="store_true", help="also list non-article files")
    listing.set_defaults(handler=_cmd_list)

    show = commands.add_parser("show", help="print a shipped article, paragraphs numbered")
    show.add_argument("id", help="article id, as printed by 'list'")
    show.set_defaults(handler=_cmd_show)

    verify = commands.add_parser("verify", help="check every shipped file against the manifest")
    verify.set_defaults(handler=_cmd_verify)

    normalize = commands.add_parser(
        "normalize",
        help="normalise Arabic text line by line (file or stdin to stdout)",
        description="Normalise Arabic text with a preset, line by line, from FILE or "
        "standard input ('-', the default) to standard output. Line endings are kept. "
        "The whole input is checked before anything is written (standard input is "
        "spooled to a temporary file past 1 MiB), so memory stays bounded.",
    )
    normalize.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    normalize.add_argument(
        "--preset", default="search", metavar="NAME", help="display, search (default) or strict"
    )
    normalize.add_argument(
        "--encoding", default="utf-8", help="input encoding, ASCII-compatible (default utf-8)"
    )
    normalize.set_defaults(handler=_cmd_normalize, parser=normalize)

    extract = commands.add_parser(
        "extract",
        help="extract meetings and agreements (default: every shipped article)",
        description="Extract meetings and agreements from shipped articles (by id), .txt "
        "files, folders, .jsonl files, or standard input ('-'). Prints the JSON form.",
    )
    extract.add_argument("inputs", nargs="*", metavar="FILE|DIR|ID|-")
    extract.add_argument(
        "--format", choices=("json", "jsonl", "table"), default="json", help="output format"
    )
    extract.add_argument("--encoding", default="utf-8", help="encoding of input files")
    extract.set_defaults(handler=_cmd_extract)

    export = commands.add_parser(
        "export",
        help="write meetings, agreements or articles as a JSONL, CSV or Parquet table",
        description="Extract from the inputs (default: every shipped article) and write one "
        "flat row per meeting, agreement or article, with dotted column names, to OUT. "
        "OUT is replaced atomically and only when everything succeeded. Parquet needs "
        'the arrow extra: pip install "moroccan-social-news[arrow]".',
    )
    export.add_argument("out", metavar="OUT", help="output file")
    export.add_argument("inputs", nargs="*", metavar="FILE|DIR|ID|-")
    export.add_argument(
        "--format", choices=("jsonl", "csv", "parquet"), required=True, help="table format"
    )
    export.add_argument(
        "--kind",
        choices=("meetings", "agreements", "articles"),
        default="meetings",
        help="one row per meeting (default), agreement or article",
    )
    export.add_argument("--encoding", default="utf-8", help="encoding of input files")
    export.set_defaults(handler=_cmd_export)

    regions = commands.add_parser(
        "regions",
        help="the 12 regions of the gazetteer as a table",
        description="Morocco's 12 regions (tab-separated, with a header): ISO 3166-2 code, "
        "HCP code, Arabic, French and English names, and capital (Arabic and French).",
    )
    regions.set_defaults(handler=_cmd_regions)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    Examples:
        >>> main(["list"])  # doctest: +ELLIPSIS
        000_f74c56cb0e906b4f	article	5387	e792...
        0
    """
    from ._errors import MoroccanSocialNewsError

    parser = _parser()
    # Inputs may follow options ("export --format csv OUT --kind agreements a.txt"):
    # argparse leaves such positionals over; they are inputs, anything else is an error.
    args, extra = parser.parse_known_args(argv)
    stray = [a for a in extra if a.startswith("-") and a != "-"]
    if extra and (stray or not hasattr(args, "inputs")):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if extra:
        args.inputs = [*args.inputs, *extra]
    handler: _Handler = args.handler
    try:
        return handler(args, sys.stdout)
    except BrokenPipeError:  # pragma: no cover - e.g. piped into `head`
        return 0
    except (MoroccanSocialNewsError, OSError, ValueError) as exc:
        # ValueError covers UnicodeError and values a table cannot hold exactly.
        sys.stderr.write(f"moroccan-social-news: error: {exc}\n")
        return 1
