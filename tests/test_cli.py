"""The command line, in process (main()) and as a real subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import SEED_ID

import moroccan_social_news as msn
from moroccan_social_news import _cli
from moroccan_social_news._cli import main

CLI = [sys.executable, "-m", "moroccan_social_news"]
SUBCOMMANDS = ("list", "show", "verify", "normalize", "extract", "export", "regions")
# A meeting in Souss-Massa with an agreement, written for these tests.
OWN_TEXT = (
    "انعقد، الخميس، بمقر ولاية جهة سوس ماسة، لقاء تشاوري جهوي برئاسة والي الجهة.\n"
    "وتم، بهذه المناسبة، التوقيع على اتفاقية شراكة بكلفة إجمالية تصل إلى 6 ملايير سنتيم، "
    "تروم النهوض بأوضاع النساء بالجهة."
)


Feed = Callable[[bytes], None]


@pytest.fixture
def stdin_bytes(monkeypatch: pytest.MonkeyPatch) -> Feed:
    """Call with bytes to make them standard input of in-process main()."""

    def feed(data: bytes) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))

    return feed


def _own_corpus(folder: Path, count: int = 3) -> list[Path]:
    paths = []
    for i in range(count):
        path = folder / f"own{i}.txt"
        path.write_text(OWN_TEXT, encoding="utf-8")
        paths.append(path)
    return paths


def _check_bad_input(captured: Any, *needles: str) -> None:
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("moroccan-social-news: error: ")
    assert "Traceback" not in captured.err
    for needle in needles:
        assert needle in captured.err


# --------------------------------------------------------------------------- list, show, verify


def test_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{SEED_ID}\tarticle\t5387\t")


def test_show_numbers_paragraphs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", SEED_ID]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("[1] انعقد، السبت")
    assert out[-1] == "# comments: 0"


def test_verify(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify"]) == 0
    assert "match the manifest" in capsys.readouterr().out


def test_unknown_id_exits_1_with_one_line_and_no_stdout(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["show", "nope"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "unknown article id 'nope'; valid: " in captured.err


# --------------------------------------------------------------------------- usage and help


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as info:
        main(["no-such-command"])
    assert info.value.code == 2


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: moroccan-social-news {command}")


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "out.csv"],  # --format is required
        ["export", "--format", "xml", "out.xml"],
        ["export", "--format", "csv", "out.csv", "--kind", "people"],
        ["extract", "--format", "yaml"],
        ["show"],  # the id is required
        ["normalize", "a.txt", "b.txt"],  # one input at most
        ["extract", SEED_ID, "--bogus"],  # stray options are not inputs
        ["list", "extra"],  # list takes no inputs
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert capsys.readouterr().out == ""


def test_python_dash_m_runs_the_same_cli() -> None:
    done = subprocess.run([*CLI, "show", "nope"], capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    help_run = subprocess.run(
        [*CLI, "verify", "--help"], capture_output=True, text=True, check=True
    )
    assert "usage:" in help_run.stdout


# --------------------------------------------------------------------------- regions


def test_regions_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["regions"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t") == [
        "code", "hcp_code", "name_ar", "name_fr", "name_en", "capital_ar", "capital_fr",
    ]  # fmt: skip
    rows = [line.split("\t") for line in lines[1:]]
    assert [r[0] for r in rows] == [f"MA-{i:02d}" for i in range(1, 13)]
    assert rows[9] == [
        "MA-10", "10", "جهة كلميم واد نون", "Guelmim-Oued Noun", "Guelmim-Oued Noun",
        "كلميم", "Guelmim",
    ]  # fmt: skip
    # Drâa-Tafilalet's capital is not its namesake: Errachidia.
    assert rows[7][5:] == ["الرشيدية", "Errachidia"]
    assert all(len(r) == 7 and "-" not in r for r in rows)


# --------------------------------------------------------------------------- normalize


@pytest.mark.parametrize(
    ("preset", "data", "expected"),
    [
        ("search", "الإلتقائية\n", "الالتقائيه\n"),
        ("strict", "سطرٌ أول\r\nمؤسسة\n", "سطر اول\r\nمءسسه\n"),  # CRLF kept as is
        ("display", "نص   بمسافات\n\nبلا سطر أخير", "نص بمسافات\n\nبلا سطر أخير"),
        ("search", "\ufeffبداية\n", "بدايه\n"),  # a leading UTF-8 BOM is an encoding artefact
    ],
)
def test_normalize_stdin_to_stdout(
    preset: str,
    data: str,
    expected: str,
    stdin_bytes: Feed,
    capsys: pytest.CaptureFixture[str],
) -> None:
    stdin_bytes(data.encode("utf-8"))
    assert main(["normalize", "-", "--preset", preset]) == 0
    assert capsys.readouterr().out == expected


def test_normalize_file_default_preset_is_search(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.txt"
    path.write_text("ـــالمؤسسات الاجتماعيّة\n", encoding="utf-8")
    assert main(["normalize", str(path)]) == 0
    assert capsys.readouterr().out == msn.normalize("ـــالمؤسسات الاجتماعيّة") + "\n"


def test_normalize_unknown_preset_exits_2_with_the_valid_names(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["normalize", "--preset", "fast"])
    assert info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "unknown normalisation preset 'fast'; valid: display, search, strict" in captured.err


def test_normalize_non_ascii_compatible_encoding_exits_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["normalize", "--encoding", "utf-16"])
    assert info.value.code == 2
    assert "ASCII-compatible" in capsys.readouterr().err


def test_normalize_bad_bytes_exit_1_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stdin_bytes: Feed
) -> None:
    path = tmp_path / "mixed.txt"
    # Two good lines, then one in Windows-1256: nothing is written, not even the good lines.
    path.write_bytes("سطر أول\nسطر ثان\n".encode() + "سطر ثالث\n".encode("cp1256"))
    assert main(["normalize", str(path)]) == 1
    _check_bad_input(capsys.readouterr(), str(path), "line 3", "byte 28", "not valid utf-8")
    stdin_bytes(b"ok\n\xff\n")
    assert main(["normalize", "-"]) == 1
    _check_bad_input(capsys.readouterr(), "<stdin>, line 2, byte 3")


def test_normalize_cp1256_with_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "win.txt"
    path.write_bytes("المؤسسة\n".encode("cp1256"))
    assert main(["normalize", str(path)]) == 1
    _check_bad_input(capsys.readouterr(), "cp1256")  # the message suggests the encoding
    assert main(["normalize", str(path), "--encoding", "cp1256"]) == 0
    assert capsys.readouterr().out == "المؤسسه\n"


def test_normalize_missing_file_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", "/nonexistent/in.txt"]) == 1
    _check_bad_input(capsys.readouterr(), "/nonexistent/in.txt")


def test_normalize_streams_with_bounded_memory(tmp_path: Path) -> None:
    """~40 MB through stdin: the CLI's peak memory stays far below the input size."""
    line = ("انعقد، الخميس، بمقر ولاية جهة سوس ماسة، لقاء تشاوري جهوي. " * 4).encode()
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        for _ in range(40 * 1024 * 1024 // (len(line) + 1)):
            handle.write(line + b"\n")
    # Measure in a wrapper whose only child is the CLI (RUSAGE_CHILDREN is a maximum
    # over every child a process has waited for).
    code = (
        "import resource, subprocess, sys\n"
        f"with open({str(big)!r}, 'rb') as src, open(sys.argv[1], 'wb') as dst:\n"
        f"    subprocess.run({CLI!r} + ['normalize', '-'], stdin=src, stdout=dst, check=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = tmp_path / "out.txt"
    done = subprocess.run(
        [sys.executable, "-c", code, str(out)], capture_output=True, text=True, check=True
    )
    peak_mib = int(done.stdout) / 1024  # ru_maxrss is in KiB on Linux
    assert peak_mib < 100, f"peak {peak_mib:.0f} MiB for a 40 MiB input"
    with out.open("rb") as handle:
        first = handle.readline().decode()
    assert first == msn.normalize(line.decode()) + "\n"
    assert out.stat().st_size > 30 * 1024 * 1024


# --------------------------------------------------------------------------- extract


@pytest.fixture(scope="module")
def result_schema() -> object:
    jsonschema = pytest.importorskip("jsonschema")
    schema = msn.json_schema(msn.ExtractionResult)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_extract_json_validates_against_the_schema(
    capsys: pytest.CaptureFixture[str], result_schema: object
) -> None:
    assert main(["extract", SEED_ID, "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    result_schema.validate(payload)  # type: ignore[attr-defined]  # jsonschema is untyped
    assert payload == msn.to_dict(msn.extract(msn.load_article(SEED_ID)))


def test_extract_jsonl_lines_validate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], result_schema: object
) -> None:
    paths = _own_corpus(tmp_path)
    assert main(["extract", str(tmp_path), SEED_ID, "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(paths) + 1
    for line in lines:
        result_schema.validate(json.loads(line))  # type: ignore[attr-defined]  # untyped jsonschema
    first = json.loads(lines[0])
    assert first["article_id"] == "own0"
    assert first["meetings"][0]["region"]["code"] == "MA-09"
    assert first["agreements"][0]["total_cost"]["amount"] == "60000000"


def test_extract_table_is_a_readable_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", SEED_ID, "--format", "table"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"# {SEED_ID}"
    assert lines[1].startswith(
        "meeting\tregional_consultation\tsaturday\tMA-10\tchair: عواطف حيار"
    )
    assert lines[2] == (
        "agreement\tpartnership_agreement\t20000000 MAD\tMA-10\t"
        "for: women, persons_with_disabilities"
    )


def test_extract_stdin_and_text_without_meeting(
    stdin_bytes: Feed, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin_bytes("ارتفعت أسعار الخضر في أسواق المدينة هذا الأسبوع.".encode())
    assert main(["extract", "-", "--format", "table"]) == 0
    assert capsys.readouterr().out == "# stdin\n(no meeting or agreement found)\n"


def test_extract_cp1256_exits_1_with_nothing_on_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _own_corpus(tmp_path, 1)[0]
    bad = tmp_path / "win.txt"
    bad.write_bytes(OWN_TEXT.encode("cp1256"))
    assert main(["extract", str(good), str(bad), "--format", "jsonl"]) == 1
    _check_bad_input(capsys.readouterr(), str(bad), "byte 0", "encoding='cp1256'")


def test_extract_subprocess_bad_input() -> None:
    done = subprocess.run(
        [*CLI, "extract", "-"], input=OWN_TEXT.encode("cp1256"), capture_output=True, check=False
    )
    assert done.returncode == 1
    assert done.stdout == b""
    err = done.stderr.decode()
    assert err.count("\n") == 1
    assert "<stdin>, byte 0: not valid utf-8" in err


# --------------------------------------------------------------------------- export


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_csv_meetings_of_the_shipped_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "meetings.csv"
    assert main(["export", "--format", "csv", str(out)]) == 0
    assert capsys.readouterr().out == f"wrote 1 meetings rows to {out}\n"
    rows = _read_csv(out)
    expected = msn.to_records(msn.load_meetings())[0]
    assert list(rows[0]) == list(expected)
    assert rows[0]["region.code"] == "MA-10"
    assert rows[0]["ordinal"] == "7"
    assert rows[0]["date"] == ""  # None
    assert json.loads(rows[0]["strategy.pillars"]) == expected["strategy.pillars"]
    assert json.loads(rows[0]["participants"]) == json.loads(expected["participants"])


def test_export_jsonl_agreements_keeps_amounts_exact(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _own_corpus(tmp_path, 2)
    out = tmp_path / "out" / "agreements.jsonl"
    out.parent.mkdir()
    argv = ["export", "--format", "jsonl", str(out), "--kind", "agreements"]
    assert main([*argv, str(tmp_path / "own0.txt"), str(tmp_path / "own1.txt"), SEED_ID]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["total_cost.amount"] for r in rows] == ["60000000", "60000000", "20000000"]
    assert rows[0]["beneficiaries"] == ["women"]
    assert capsys.readouterr().out == f"wrote 3 agreements rows to {out}\n"


def test_export_articles_csv(tmp_path: Path) -> None:
    out = tmp_path / "articles.csv"
    assert main(["export", "--format", "csv", str(out), "--kind", "articles"]) == 0
    (row,) = _read_csv(out)
    assert row["id"] == SEED_ID
    assert row["paragraph_count"] == "12"
    assert row["comment_count"] == "0"
    assert row["text"] == msn.load_article(SEED_ID).text


@pytest.mark.parametrize("kind", ["meetings", "agreements", "articles"])
def test_export_parquet(kind: str, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from moroccan_social_news.arrow import to_arrow

    out = tmp_path / f"{kind}.parquet"
    assert main(["export", "--format", "parquet", str(out), "--kind", kind]) == 0
    records: Any = {
        "meetings": msn.load_meetings,
        "agreements": msn.load_agreements,
        "articles": msn.load_articles,
    }[kind]()
    assert pq.read_table(out).equals(to_arrow(records))


def test_export_with_no_rows_writes_the_header(tmp_path: Path) -> None:
    source = tmp_path / "none.txt"
    source.write_text("ارتفعت أسعار الخضر في أسواق المدينة.", encoding="utf-8")
    out = tmp_path / "empty.csv"
    assert main(["export", "--format", "csv", str(out), str(source)]) == 0
    header = out.read_text(encoding="utf-8").splitlines()
    assert len(header) == 1
    assert header[0].startswith("kind,article_id,weekday,date,")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_failure_mid_write_leaves_no_file(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Chunks of one record: the good file's rows are already in the temporary file
    # when the bad file is read.
    monkeypatch.setattr(_cli, "_EXPORT_CHUNK", 1)
    good = _own_corpus(tmp_path, 2)
    bad = tmp_path / "z_win.txt"
    bad.write_bytes(OWN_TEXT.encode("cp1256"))
    out = tmp_path / f"out.{fmt}"
    argv = ["export", "--format", fmt, str(out), *map(str, good), str(bad)]
    assert main(argv) == 1
    _check_bad_input(capsys.readouterr(), str(bad), "byte 0")
    assert not out.exists()
    assert _leftovers(tmp_path) == []
    # An existing output is left exactly as it was.
    out.write_bytes(b"previous complete export\n")
    assert main(argv) == 1
    assert out.read_bytes() == b"previous complete export\n"
    assert _leftovers(tmp_path) == []


def test_export_interrupted_mid_write_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_cli, "_EXPORT_CHUNK", 1)
    seen: list[Path] = []
    real = _cli._write_text_rows

    def interrupted(path: Path, chunks: Iterator[list[object]], kind: str, fmt: str) -> int:
        def chunks_then_interrupt() -> Iterator[list[object]]:
            yield next(iter(chunks))
            seen.append(path)
            assert path.exists()  # the temporary file, partly written
            raise KeyboardInterrupt

        return real(path, chunks_then_interrupt(), kind, fmt)  # type: ignore[arg-type]  # kind: str, not Kind

    monkeypatch.setattr(_cli, "_write_text_rows", interrupted)
    _own_corpus(tmp_path, 2)
    out = tmp_path / "out.csv"
    with pytest.raises(KeyboardInterrupt):
        main(["export", "--format", "csv", str(out), str(tmp_path)])
    assert seen
    assert not seen[0].exists()
    assert not out.exists()
    assert _leftovers(tmp_path) == []


def test_export_file_mode_follows_the_umask(tmp_path: Path) -> None:
    out = tmp_path / "m.jsonl"
    old = os.umask(0o022)
    try:
        assert main(["export", "--format", "jsonl", str(out)]) == 0
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize(
    ("where", "needle"),
    [("missing/out.csv", "the output folder does not exist"), (".", "is a folder")],
)
def test_export_bad_output_exits_1(
    where: str, needle: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--format", "csv", str(tmp_path / where)]) == 1
    _check_bad_input(capsys.readouterr(), needle)


def test_export_parquet_without_pyarrow_says_what_to_install(tmp_path: Path) -> None:
    out = tmp_path / "m.parquet"
    code = (
        "import sys; sys.modules['pyarrow'] = None\n"
        "from moroccan_social_news._cli import main\n"
        f"raise SystemExit(main(['export', '--format', 'parquet', {str(out)!r}]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert 'pip install "moroccan-social-news[arrow]"' in done.stderr
    assert not out.exists()
    assert _leftovers(tmp_path) == []


def test_export_subprocess(tmp_path: Path) -> None:
    out = tmp_path / "a.csv"
    done = subprocess.run(
        [*CLI, "export", "--format", "csv", str(out), "--kind", "agreements"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stderr == ""
    assert _read_csv(out)[0]["total_cost.amount"] == "20000000"


# --------------------------------------------------------------------------- progress


class _FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("stream", "total", "shown"),
    [(_FakeTerminal(), 5, True), (_FakeTerminal(), 3, False), (io.StringIO(), 50, False)],
)
def test_progress_only_on_a_terminal_for_several_files(
    stream: io.StringIO, total: int, shown: bool
) -> None:
    progress = _cli._Progress(total, "files", stream)
    for _ in range(total):
        progress.advance()
    progress.close()
    text = stream.getvalue()
    assert bool(text) is shown
    assert "\x1b" not in text  # never an ANSI escape code
    if shown:
        assert text.endswith(f"\r[{'#' * 30}] {total}/{total} files\n")


def test_progress_bar_on_a_real_terminal_but_not_when_piped(tmp_path: Path) -> None:
    import pty

    _own_corpus(tmp_path, 5)
    argv = [*CLI, "extract", str(tmp_path), "--format", "jsonl"]
    piped = subprocess.run(argv, capture_output=True, check=True)
    assert piped.stderr == b""
    assert len(piped.stdout.splitlines()) == 5
    parent, child = pty.openpty()
    try:
        done = subprocess.run(argv, stdout=subprocess.PIPE, stderr=child, check=True)
        os.close(child)
        child = -1
        seen = b""
        while True:
            try:
                chunk = os.read(parent, 4096)
            except OSError:  # EIO once the terminal is closed and drained
                break
            if not chunk:
                break
            seen += chunk
    finally:
        if child >= 0:
            os.close(child)
        os.close(parent)
    assert len(done.stdout.splitlines()) == 5
    assert b"5/5 files" in seen
    assert b"\x1b" not in seen
