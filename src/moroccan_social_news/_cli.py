"""The ``moroccan-social-news`` command line.

Exit status: 0 on success, 1 for bad input or data (a one-line message on stderr,
no traceback, nothing on stdout), 2 for usage errors (argparse's convention).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from ._version import __version__

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
