"""The docs site covers the public API, and every public callable shows an example."""

from __future__ import annotations

import importlib
import inspect
import re

import pytest
from conftest import ROOT

import moroccan_social_news as msn

DOCS = ROOT / "docs"
API = (DOCS / "api.md").read_text(encoding="utf-8")
# "::: moroccan_social_news._module.Name" or a whole module "::: moroccan_social_news._module".
DIRECTIVE = re.compile(r"^::: (moroccan_social_news(?:\.\w+)+)\s*$", re.MULTILINE)
DOCUMENTED = frozenset(DIRECTIVE.findall(API))
PUBLIC = sorted(set(msn.__all__) - {"__version__"})


def documented_by(name: str) -> str | None:
    """The api.md directive that renders ``name``, if any."""
    module = "moroccan_social_news" + msn._EXPORTS[name]
    if f"{module}.{name}" in DOCUMENTED:
        return f"{module}.{name}"
    if module in DOCUMENTED and name in importlib.import_module(module).__all__:
        return module
    return None


@pytest.mark.parametrize("name", PUBLIC)
def test_every_public_name_is_in_the_api_reference(name: str) -> None:
    assert documented_by(name) is not None, (
        f"docs/api.md has no '::: moroccan_social_news{msn._EXPORTS[name]}.{name}' entry"
    )


def test_the_api_reference_names_only_real_objects() -> None:
    for target in DOCUMENTED:
        module, _, attribute = target.rpartition(".")
        try:
            importlib.import_module(target)
        except ModuleNotFoundError:
            assert hasattr(importlib.import_module(module), attribute), target
    assert "__version__" in API


@pytest.mark.parametrize("name", [n for n in PUBLIC if callable(getattr(msn, n))])
def test_every_public_callable_has_an_examples_section(name: str) -> None:
    doc = inspect.getdoc(getattr(msn, name)) or ""
    assert doc.strip(), f"{name} has no docstring"
    # Google style, as mkdocstrings reads it: an "Examples:" line with doctests under it.
    assert re.search(r"^Examples:\n(?:\s*\n)*[ ]{4}>>> ", doc, re.MULTILINE), (
        f"{name}'s docstring has no 'Examples:' section with a doctest"
    )


def nav_pages() -> list[str]:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = config.split("\nnav:\n", 1)[1]
    nav = re.split(r"\n(?=\S)", nav, maxsplit=1)[0]  # up to the next top-level key
    return re.findall(r":\s+(\S+\.(?:md|ipynb))\s*$", nav, re.MULTILINE)


def test_every_page_is_in_the_nav_and_every_nav_entry_exists() -> None:
    pages = nav_pages()
    for page in pages:
        assert (DOCS / page).is_file(), f"mkdocs.yml nav names missing docs/{page}"
    on_disk = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))
    assert sorted(set(on_disk) - set(pages)) == []
    for guide in ("loading.md", "normalization.md", "model.md", "parsing.md", "extraction.md"):
        assert guide in pages


def test_changelog_page_includes_the_changelog() -> None:
    page = (DOCS / "changelog.md").read_text(encoding="utf-8")
    assert '--8<-- "CHANGELOG.md"' in page


def test_arabic_examples_in_the_guides_are_marked_right_to_left() -> None:
    # A paragraph of Arabic prose (outside code and tables) must carry lang="ar" or
    # .rtl; English prose quoting Arabic words stays left to right, and code blocks
    # are left to right by design (they are Python).
    checked = 0
    for page in ("index.md", "extraction.md", "notebooks.md"):
        text = (DOCS / page).read_text(encoding="utf-8")
        prose = re.sub(r"```.*?```", "", text, flags=re.DOTALL)
        for paragraph in re.split(r"\n\s*\n", prose):
            if paragraph.lstrip().startswith("|"):
                continue
            letters = re.findall(r"[\u0621-\u064a]", paragraph)
            latin = re.findall(r"[A-Za-z]", re.sub(r"<[^>]+>|\{:[^}]*\}", "", paragraph))
            marked = 'lang="ar"' in paragraph or ".rtl" in paragraph
            if len(letters) > 20 and len(letters) > 3 * len(latin):
                assert marked, (page, paragraph[:80])
            checked += marked and len(letters) > 20
    assert checked >= 3  # the guides do show right-to-left Arabic examples


def test_every_arabic_example_outside_code_is_marked_right_to_left() -> None:
    # In prose and tables, Arabic sits in <span lang="ar" dir="rtl"> (or in an HTML block
    # marked lang="ar"), so digits and punctuation next to it keep their places. Code blocks
    # are left to right; docs/css/rtl.css isolates their Arabic string literals instead.
    # normalization.md is maintained separately.
    unmarked = []
    for page in sorted(DOCS.glob("*.md")):
        if page.name == "normalization.md":
            continue
        text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.DOTALL)
        text = re.sub(r'<span lang="ar" dir="rtl">.*?</span>', "", text, flags=re.DOTALL)
        for block in re.split(r"\n\s*\n", text):
            if block.lstrip().startswith("<") and 'lang="ar"' in block:
                continue
            unmarked += [
                f"{page.name}: {line.strip()[:80]}"
                for line in block.splitlines()
                if re.search(r"[\u0621-\u064a]", line)
            ]
    assert unmarked == []
