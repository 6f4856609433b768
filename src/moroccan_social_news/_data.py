"""The shipped corpus: where it lives, its manifest, and checksum-verified reads.

Data is reached through :func:`importlib.resources.files`, so it works from a wheel,
a zip, or a wheel built from the sdist (hatch copies ``seeds/`` into the package as
``_seeds`` on the wheel target). An editable install has no ``_seeds`` inside the
package, so we fall back to the checkout's ``seeds/`` folder next to
``pyproject.toml``. Directories are walked as Traversables, never through
``as_file()`` (which cannot take a directory before Python 3.12).
"""

from __future__ import annotations

import functools
import hashlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from ._article import Article
from ._errors import ArgumentTypeError, DataIntegrityError, UnknownArticleError

if sys.version_info >= (3, 12):
    from importlib.resources import files
else:  # the backport has the same API and fixes Traversable bugs of 3.10/3.11
    from importlib_resources import files

if TYPE_CHECKING:
    if sys.version_info >= (3, 12):
        from importlib.resources.abc import Traversable
    else:
        from importlib_resources.abc import Traversable

__all__ = ["ManifestEntry", "article_ids", "load_article", "load_articles", "manifest"]

_PACKAGE = "moroccan_social_news"
_IN_PACKAGE = "_seeds"
_MANIFEST = "manifest.json"


@attrs.frozen
class ManifestEntry:
    """One shipped file as the manifest describes it.

    Attributes:
        id: Article id (the file stem) or, for non-article files, the file stem.
        path: File name inside the seed folder.
        kind: ``"article"`` for a news text, ``"annotation"`` for its curated records.
        sha256: Hex SHA-256 of the file's bytes.
        size: Size in bytes.
        language: BCP 47 tag of the text (``"ar"``).
        region: ISO 3166 code of the country or region of origin (``"MA"``).
        provenance: Where the file comes from, in a sentence.

    Examples:
        >>> import moroccan_social_news as msn
        >>> entry = next(e for e in msn.manifest() if e.kind == "article")
        >>> entry.id, entry.language, len(entry.sha256)
        ('000_f74c56cb0e906b4f', 'ar', 64)
    """

    id: str
    path: str
    kind: str
    sha256: str
    size: int
    language: str
    region: str
    provenance: str


def _seed_root() -> Traversable:
    """The folder holding the manifest: inside the package, or the checkout's ``seeds/``."""
    packaged = files(_PACKAGE).joinpath(_IN_PACKAGE)
    if packaged.joinpath(_MANIFEST).is_file():
        return packaged
    checkout = Path(__file__).resolve().parents[2]
    fallback = checkout / "seeds"
    if (checkout / "pyproject.toml").is_file() and (fallback / _MANIFEST).is_file():
        return fallback
    raise DataIntegrityError(
        f"the shipped seed corpus is missing: neither {_PACKAGE}/{_IN_PACKAGE}/{_MANIFEST} "
        f"(wheel install) nor {fallback / _MANIFEST} (editable install) exists; "
        "reinstall the package"
    )


@functools.cache
def manifest() -> tuple[ManifestEntry, ...]:
    """Every shipped file with its checksum, size, language and provenance, in id order.

    Examples:
        >>> [(e.id, e.kind, e.size) for e in manifest() if e.kind == "article"]
        [('000_f74c56cb0e906b4f', 'article', 5387)]
    """
    raw = _seed_root().joinpath(_MANIFEST).read_bytes()
    try:
        doc = json.loads(raw.decode("utf-8"))
        entries = tuple(
            ManifestEntry(
                id=str(f["id"]),
                path=str(f["path"]),
                kind=str(f["kind"]),
                sha256=str(f["sha256"]),
                size=int(f["size"]),
                language=str(f["language"]),
                region=str(f["region"]),
                provenance=str(f["provenance"]),
            )
            for f in doc["files"]
        )
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise DataIntegrityError(f"{_MANIFEST} of the shipped corpus is malformed: {exc}") from exc
    return tuple(sorted(entries, key=lambda e: (e.kind, e.id, e.path)))


def _entry(article_id: str, kind: str) -> ManifestEntry:
    for entry in manifest():
        if entry.kind == kind and entry.id == article_id:
            return entry
    if kind == "article":
        raise UnknownArticleError(article_id, article_ids())
    raise UnknownArticleError(article_id, (e.id for e in manifest() if e.kind == kind))


def read_verified(entry: ManifestEntry) -> bytes:
    """The bytes of a shipped file, after checking its size and SHA-256 against the manifest."""
    data: bytes = _seed_root().joinpath(entry.path).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if len(data) != entry.size or digest != entry.sha256:
        raise DataIntegrityError(
            f"shipped file {entry.path} does not match the manifest: expected "
            f"{entry.size} bytes with sha256 {entry.sha256}, found {len(data)} bytes with "
            f"sha256 {digest}; the installation is corrupted or was edited, reinstall it"
        )
    return data


def article_ids() -> tuple[str, ...]:
    """Ids of the shipped articles, sorted.

    Examples:
        >>> article_ids()
        ('000_f74c56cb0e906b4f',)
    """
    return tuple(e.id for e in manifest() if e.kind == "article")


@functools.cache
def _load_shipped(article_id: str) -> Article:
    entry = _entry(article_id, "article")
    text = read_verified(entry).decode("utf-8")
    return Article(
        id=entry.id,
        text=text,
        source=f"package:{entry.path}",
        language=entry.language,
        sha256=entry.sha256,
    )


def load_article(article_id: str) -> Article:
    """One shipped article by id, checksum-verified on first read and cached.

    Raises :class:`UnknownArticleError` (a ``KeyError``) listing the valid ids.

    Examples:
        >>> art = load_article("000_f74c56cb0e906b4f")
        >>> art.paragraphs[0][:24]
        'انعقد، السبت، بمقر ولاية'
        >>> art.comment_count
        0
    """
    if not isinstance(article_id, str):
        raise ArgumentTypeError(f"article id must be a str (got {type(article_id).__name__})")
    return _load_shipped(article_id)


def load_articles() -> tuple[Article, ...]:
    """Every shipped article, in id order.

    Examples:
        >>> [a.id for a in load_articles()]
        ['000_f74c56cb0e906b4f']
    """
    return tuple(_load_shipped(i) for i in article_ids())
