"""Smoke test for an *installed* wheel, run by CI from outside the source tree.

Usage: python smoke_installed.py SHA256_OF_SEED [...]

It fails if the package is imported from a checkout instead of site-packages, if
the data is not read from inside the package, or if any shipped article's checksum
differs from the expected one.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import moroccan_social_news as msn
from moroccan_social_news import _data


def main(expected: list[str]) -> int:
    package_dir = Path(msn.__file__).resolve().parent
    assert "site-packages" in package_dir.parts, f"imported from {package_dir}, not an install"
    root = _data._seed_root()
    assert root.joinpath("manifest.json").is_file()
    assert "_seeds" in str(root), f"data read from {root}, not from the installed package"
    ids = msn.article_ids()
    assert ids, "no shipped articles"
    digests = []
    for article in msn.load_articles():
        digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
        assert digest == article.sha256, f"{article.id}: checksum mismatch"
        digests.append(digest)
        assert article.paragraphs, f"{article.id}: no paragraphs"
    assert sorted(digests) == sorted(expected), f"{digests} != {expected}"
    print(f"ok: {len(ids)} article(s) from {root}, msn {msn.__version__}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
