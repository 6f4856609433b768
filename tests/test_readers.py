"""Reading user corpora: .txt, folders, JSONL, and every way they can be wrong."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

import moroccan_social_news as msn

ARABIC = "انعقد اجتماع بمدينة أكادير، يوم الاثنين."


def _write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_single_txt_file(tmp_path: Path) -> None:
    (art,) = msn.read_articles(_write(tmp_path / "one.txt", ARABIC))
    assert (art.id, art.text, art.source) == ("one", ARABIC, str(tmp_path / "one.txt"))


def test_folder_is_read_in_sorted_order_lazily(tmp_path: Path) -> None:
    for name in ("c.txt", "a.txt", "b.txt", "notes.md"):
        _write(tmp_path / name, ARABIC + name)
    reader = msn.read_articles(tmp_path)
    assert next(reader).id == "a"
    assert [a.id for a in reader] == ["b", "c"]


def test_recursive_folder(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub" / "z.txt", ARABIC)
    with pytest.raises(msn.EmptyInputError, match=r"no \.txt or \.jsonl files"):
        list(msn.read_articles(tmp_path))
    assert [a.id for a in msn.read_articles(tmp_path, recursive=True)] == ["z"]


def test_jsonl_fields(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "c.jsonl",
        f'{{"id": "k1", "text": "{ARABIC}", "title": "عنوان", "published": "2024-05-18"}}\n'
        "\n"
        f'{{"text": "{ARABIC}", "url": "https://example.ma/x"}}\n',
    )
    first, second = msn.read_articles(path)
    assert first.id == "k1"
    assert first.title == "عنوان"
    assert str(first.published) == "2024-05-18"
    assert second.id == "c:3"  # file stem and line number when no id is given
    assert second.url == "https://example.ma/x"
    assert second.source == f"{path}:3"


def test_utf8_bom_is_removed_and_crlf_kept(tmp_path: Path) -> None:
    path = _write(tmp_path / "bom.txt", codecs.BOM_UTF8 + "سطر\r\nسطر ثان".encode())
    (art,) = msn.read_articles(path)
    assert art.text == "سطر\r\nسطر ثان"
    assert art.paragraphs == ("سطر", "سطر ثان")


@pytest.mark.parametrize(
    ("data", "suggestion"),
    [
        (ARABIC.encode("cp1256"), "cp1256"),  # Windows Arabic: the usual culprit
        (ARABIC.encode("utf-16"), "utf-16"),
        ("نص".encode()[:-1], None),  # truncated UTF-8 sequence
        (b"caf\xe9 " + "نص".encode(), None),  # one Latin-1 byte in UTF-8 text
    ],
)
def test_non_utf8_names_file_offset_and_encoding(
    tmp_path: Path, data: bytes, suggestion: str | None
) -> None:
    path = _write(tmp_path / "bad.txt", data)
    with pytest.raises(msn.InputDecodeError) as info:
        list(msn.read_articles(path))
    error = info.value
    assert isinstance(error, ValueError)
    assert str(path) in str(error)
    assert f"byte {error.offset}" in str(error)
    assert error.suggestion == suggestion
    if suggestion:
        assert f"encoding={suggestion!r}" in str(error)


def test_encoding_parameter_reads_windows_1256(tmp_path: Path) -> None:
    path = _write(tmp_path / "w.txt", ARABIC.encode("cp1256"))
    (art,) = msn.read_articles(path, encoding="cp1256")
    assert art.text == ARABIC


def test_unknown_encoding_is_refused_up_front(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"unknown encoding 'arabic-ish'.*cp1256"):
        msn.read_articles(tmp_path, encoding="arabic-ish")


@pytest.mark.parametrize("content", ["", "  \n\t\r\n"])
def test_empty_file(tmp_path: Path, content: str) -> None:
    path = _write(tmp_path / "empty.txt", content)
    with pytest.raises(msn.EmptyInputError, match=r"empty\.txt: the article text is empty"):
        list(msn.read_articles(path))


def test_nul_bytes_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path / "nul.txt", "نص\x00نص")
    with pytest.raises(msn.CorpusFormatError, match="NUL character at character 2"):
        list(msn.read_articles(path))


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no such file or directory") as info:
        msn.read_articles(tmp_path / "nope")
    assert isinstance(info.value, msn.MoroccanSocialNewsError)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            '["not", "an", "object"]',
            "line 2: expected a JSON object with a 'text' field, got list",
        ),
        ('{"id": "x"}', "line 2: missing or non-string 'text' field"),
        ('{"text": 5}', "line 2: missing or non-string 'text' field"),
        ('{"text": "   "}', "line 2: the article text is empty"),
        ("{not json", "line 2: not valid JSON"),
        ('{"text": "نص", "id": [1]}', "line 2: field 'id' must be a string or integer"),
        ('{"text": "نص", "published": "yesterday"}', "line 2: field 'published' must be an ISO"),
        ('{"text": "نص", "title": 3}', "line 2: field 'title' must be a string or null"),
    ],
)
def test_bad_jsonl_lines_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = _write(tmp_path / "c.jsonl", '{"text": "نص"}\n' + line + "\n")
    reader = msn.read_articles(path)
    assert next(reader).text == "نص"  # the good line before it is still read
    with pytest.raises(msn.MoroccanSocialNewsError) as info:
        next(reader)
    assert str(info.value) == f"{path}, {message}" or str(info.value).startswith(
        f"{path}, {message}"
    )


def test_jsonl_decode_error_offset_is_from_file_start(tmp_path: Path) -> None:
    good = '{"text": "نص"}\n'.encode()
    path = _write(tmp_path / "c.jsonl", good + b'{"text": "\xe9"}\n')
    with pytest.raises(msn.InputDecodeError) as info:
        list(msn.read_articles(path))
    assert info.value.line == 2
    assert info.value.offset == len(good) + 10


def test_empty_jsonl(tmp_path: Path) -> None:
    with pytest.raises(msn.EmptyInputError, match="holds no records"):
        list(msn.read_articles(_write(tmp_path / "e.jsonl", "\n\n")))


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlinks_escaping_the_folder_are_refused(tmp_path: Path) -> None:
    outside = _write(tmp_path / "secret.txt", ARABIC)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "link.txt").symlink_to(outside)
    with pytest.raises(msn.UnsafePathError, match="outside the folder"):
        list(msn.read_articles(corpus))
    assert [a.text for a in msn.read_articles(corpus, follow_symlinks=True)] == [ARABIC]


def test_wrong_argument_types() -> None:
    with pytest.raises(TypeError, match="takes a path"):
        msn.read_articles(42)  # type: ignore[arg-type]  # wrong type is the point
    with pytest.raises(TypeError, match="takes bytes"):
        msn.decode_text("already text")  # type: ignore[arg-type]  # wrong type is the point
