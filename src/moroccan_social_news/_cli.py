"""The ``moroccan-social-news`` command line.

Exit status: 0 on success, 1 for bad input or data (a one-line message on stderr,
no traceback, nothing on stdout), 2 for usage errors (argparse's convention).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from ._version import __version__

if TYPE_CHECKING:
    from ._article import Article

__all__ = ["main"]

_Handler = Callable[[argparse.Namespace, TextIO], int]


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


def _inputs(sources: Sequence[str], encoding: str) -> Iterator[Article]:
    """Articles named on the command line: shipped ids, files, folders, JSONL, or '-'."""
    from ._article import Article
    from ._data import article_ids, load_article, load_articles
    from ._readers import decode_text, read_articles

    if not sources:
        yield from load_articles()
        return
    shipped = set(article_ids())
    for source in sources:
        if source == "-":
            data = sys.stdin.buffer.read()
            text = decode_text(data, path="<stdin>", encoding=encoding)
            if not text.strip():
                from ._errors import EmptyInputError

                raise EmptyInputError(
                    "the article text is empty or whitespace-only", path="<stdin>"
                )
            yield Article(id="stdin", text=text, source="<stdin>")
        elif source in shipped:
            yield load_article(source)
        else:
            yield from read_articles(source, encoding=encoding)


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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="moroccan-social-news",
        description="Meetings and agreements from Moroccan Arabic news: the shipped corpus "
        "and tools to read your own.",
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    Examples:
        >>> main(["list"])  # doctest: +ELLIPSIS
        000_f74c56cb0e906b4f	article	5387	e792...
        0
    """
    from ._errors import MoroccanSocialNewsError

    args = _parser().parse_args(argv)
    handler: _Handler = args.handler
    try:
        return handler(args, sys.stdout)
    except BrokenPipeError:  # pragma: no cover - e.g. piped into `head`
        return 0
    except (MoroccanSocialNewsError, OSError, UnicodeError) as exc:
        sys.stderr.write(f"moroccan-social-news: error: {exc}\n")
        return 1
