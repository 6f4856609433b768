"""The command line, in process (main()) and as a real subprocess."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import SEED_ID

from moroccan_social_news._cli import main


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


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as info:
        main(["no-such-command"])
    assert info.value.code == 2


def test_python_dash_m_runs_the_same_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "moroccan_social_news", "show", "nope"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    help_run = subprocess.run(
        [sys.executable, "-m", "moroccan_social_news", "verify", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "usage:" in help_run.stdout
