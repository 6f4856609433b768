"""Wrap Arabic in the docs' prose and tables in ``<span lang="ar" dir="rtl">``.

Run: ``python tools/mark_rtl.py docs/page.md ...`` (rewrites the files in place).
Code blocks and Arabic already inside such a span are left alone; so is a paragraph
that is an HTML block marked ``lang="ar"``. ``tests/test_docs.py`` checks the result.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OPEN = '<span lang="ar" dir="rtl">'
CLOSE = "</span>"
# A run of Arabic words, with the spaces and punctuation between them, and the quotes
# or ellipsis that belong to it.
_RUN = re.compile(
    r'"?[\u0600-\u06ff](?:[\u0600-\u06ff\u0640\u064b-\u0652 ،؛؟/()\-–…]*[\u0600-\u06ff])?'
    r'(?: ?(?:\.\.\.|…))?"?'
)
# What is never rewritten: code blocks, inline code, spans already marked, HTML blocks
# marked lang="ar".
_PROTECTED = re.compile(
    r"```.*?```|`[^`\n]*`|"
    + re.escape(OPEN)
    + r".*?"
    + re.escape(CLOSE)
    + r'|^<[^\n]*lang="ar".*?(?:\n\s*\n|\Z)',
    re.DOTALL | re.MULTILINE,
)


def mark(text: str) -> str:
    """``text`` (a Markdown page) with its unmarked Arabic wrapped, line by line."""
    out = []
    pos = 0
    for protected in _PROTECTED.finditer(text):
        out.append(_wrap(text[pos : protected.start()]))
        out.append(protected.group())
        pos = protected.end()
    out.append(_wrap(text[pos:]))
    return "".join(out)


def _wrap(part: str) -> str:
    return "\n".join(
        _RUN.sub(lambda m: OPEN + m.group() + CLOSE, line) for line in part.split("\n")
    )


def main(paths: list[str]) -> None:
    for name in paths:
        path = Path(name)
        text = path.read_text(encoding="utf-8")
        marked = mark(text)
        if marked != text:
            path.write_text(marked, encoding="utf-8")
            print(f"marked {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
