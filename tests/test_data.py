"""The shipped corpus: manifest, checksum verification, loaders."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import ROOT, SEED_ID

import moroccan_social_news as msn
from moroccan_social_news import _data


def test_seed_is_byte_identical_to_the_published_article(seed_bytes: bytes) -> None:
    shared = ROOT.parent / "shared" / "seeds" / f"{SEED_ID}.txt"
    if shared.is_file():
        assert shared.read_bytes() == seed_bytes
    # Quirks that prove nobody "fixed" the data.
    assert "وضعيىة".encode() in seed_bytes
    assert not seed_bytes.endswith(b"\n")


def test_manifest_lists_every_shipped_file_with_correct_checksums() -> None:
    seeds = ROOT / "seeds"
    listed = {e.path: e for e in msn.manifest()}
    on_disk = {p.name for p in seeds.iterdir() if p.name != "manifest.json"}
    assert set(listed) == on_disk
    for path, entry in listed.items():
        data = (seeds / path).read_bytes()
        assert entry.sha256 == hashlib.sha256(data).hexdigest()
        assert entry.size == len(data)
        assert entry.language == "ar"
        assert entry.region == "MA"
        assert entry.provenance


def test_load_article_gives_the_published_text(seed_bytes: bytes) -> None:
    art = msn.load_article(SEED_ID)
    assert art.text.encode("utf-8") == seed_bytes
    assert art.sha256 == hashlib.sha256(seed_bytes).hexdigest()
    assert art.source == f"package:{SEED_ID}.txt"
    assert art.language == "ar"
    assert art.comment_count == 0
    assert len(art.paragraphs) == 12
    assert art.paragraphs[0].startswith("انعقد، السبت، بمقر ولاية جهة كلميم – واد نون")
    assert art.paragraphs[-1].startswith("يذكر أن الاجتماعات التشاورية")
    assert all("تعليقات الزوار" not in p for p in art.paragraphs)


def test_shipped_data_is_parsed_once() -> None:
    assert msn.load_article(SEED_ID) is msn.load_article(SEED_ID)
    assert msn.load_articles() == (msn.load_article(SEED_ID),)
    assert msn.article_ids() == (SEED_ID,)


def test_unknown_id_is_a_keyerror_listing_valid_ids() -> None:
    with pytest.raises(KeyError) as info:
        msn.load_article("001_missing")
    assert isinstance(info.value, msn.UnknownArticleError)
    assert isinstance(info.value, msn.MoroccanSocialNewsError)
    assert str(info.value) == f"unknown article id '001_missing'; valid: {SEED_ID}"


def test_load_article_refuses_non_str_ids() -> None:
    with pytest.raises(TypeError, match="article id must be a str"):
        msn.load_article(0)  # type: ignore[arg-type]  # wrong type is the point


def _fake_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    (tmp_path / f"{SEED_ID}.txt").write_bytes(data)
    (tmp_path / "manifest.json").write_bytes((ROOT / "seeds" / "manifest.json").read_bytes())
    monkeypatch.setattr(_data, "_seed_root", lambda: tmp_path)
    _data.manifest.cache_clear()
    _data._load_shipped.cache_clear()


@pytest.fixture
def clean_caches() -> object:
    yield
    _data.manifest.cache_clear()
    _data._load_shipped.cache_clear()


@pytest.mark.usefixtures("clean_caches")
def test_tampered_bytes_raise_an_integrity_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_bytes: bytes
) -> None:
    # Same size, one byte changed: only the checksum can tell.
    tampered = seed_bytes[:-2] + b"1" + seed_bytes[-1:]
    _fake_root(tmp_path, monkeypatch, tampered)
    with pytest.raises(msn.DataIntegrityError, match=r"does not match the manifest.*reinstall"):
        msn.load_article(SEED_ID)


@pytest.mark.usefixtures("clean_caches")
def test_malformed_manifest_is_an_integrity_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "manifest.json").write_text(json.dumps({"files": [{"id": 1}]}))
    monkeypatch.setattr(_data, "_seed_root", lambda: tmp_path)
    _data.manifest.cache_clear()
    with pytest.raises(msn.DataIntegrityError, match="malformed"):
        msn.manifest()


def test_seed_root_of_an_editable_install_is_the_checkout() -> None:
    root = _data._seed_root()
    packaged = root.joinpath("manifest.json").is_file()
    assert packaged
    # In the dev setup (pip install -e .) the package has no _seeds/ and the loader
    # falls back to the checkout; from a wheel it reads moroccan_social_news/_seeds.
    in_checkout = Path(str(root)).resolve() == (ROOT / "seeds").resolve()
    in_package = Path(str(root)).name == "_seeds"
    assert in_checkout or in_package
