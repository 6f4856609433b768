"""What the built artefacts contain: package data must reach the wheel and the sdist.

CI additionally installs the wheel (and a wheel built from the sdist) in fresh
virtual environments and loads the data from outside the source tree
(``tests/smoke_installed.py``); these tests catch the same mistakes in seconds.
"""

from __future__ import annotations

import hashlib
import tarfile
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SEED_ID

hatchling = pytest.importorskip("hatchling")


def _build(target: str, tmp_path: Path) -> Path:
    from hatchling.builders.sdist import SdistBuilder
    from hatchling.builders.wheel import WheelBuilder

    builder = WheelBuilder(str(ROOT)) if target == "wheel" else SdistBuilder(str(ROOT))
    return Path(next(iter(builder.build(directory=str(tmp_path), versions=["standard"]))))


def test_wheel_ships_seeds_manifest_and_typing_marker(tmp_path: Path, seed_bytes: bytes) -> None:
    wheel = _build("wheel", tmp_path)
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        shipped = archive.read(f"moroccan_social_news/_seeds/{SEED_ID}.txt")
    assert hashlib.sha256(shipped).digest() == hashlib.sha256(seed_bytes).digest()
    assert "moroccan_social_news/_seeds/manifest.json" in names
    assert "moroccan_social_news/py.typed" in names
    assert not any(name.startswith("seeds/") for name in names)
    assert not any(name.startswith("tests/") for name in names)


def test_sdist_ships_seeds_at_the_root(tmp_path: Path, seed_bytes: bytes) -> None:
    sdist = _build("sdist", tmp_path)
    with tarfile.open(sdist) as archive:
        top = archive.getnames()[0].split("/")[0]
        member = archive.extractfile(f"{top}/seeds/{SEED_ID}.txt")
        assert member is not None
        assert member.read() == seed_bytes
        names = set(archive.getnames())
    assert f"{top}/seeds/manifest.json" in names
    assert f"{top}/pyproject.toml" in names
    # The test suite runs from an unpacked sdist: it needs what tests/ reads or runs
    # (fuzz harnesses, the typing tests, the schema generator, SECURITY.md).
    for needed in ("fuzz/_harness.py", "typing_tests/check_public_api.py", "SECURITY.md"):
        assert f"{top}/{needed}" in names, needed
    assert f"{top}/tools/generate_schemas.py" in names
    # The sdist must not carry the wheel-only copy, or wheel-from-sdist would break.
    assert not any("/_seeds/" in name for name in names)
