"""Check that a change to the extractor leaves every output unchanged.

Run: ``python benchmarks/check_same_output.py [--baseline SRC]``. It extracts every
text below with the code on ``PYTHONPATH`` and, in a subprocess, with the baseline's
``src`` folder (default: ``/work/wt-base/src``), compares the
``moroccan_social_news.to_dict`` outputs and lists every difference. Exit status 1
when any output differs.

Texts: the seed article; every Arabic string literal of tests/test_extract.py,
tests/test_extract_realistic.py and tests/test_extract_heldout.py (case texts and
fragments alike: more inputs, more chances to see a difference); the held-out
dispatches; the varied corpus of bench_extract.py; and each of those again with
diacritics and tatweel injected. Each text is extracted without a reference date and
with one (relative dates resolve only against a reference).
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import json
import os
import pathlib
import random
import subprocess
import sys
import tempfile
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
TEST_FILES = ("test_extract.py", "test_extract_realistic.py", "test_extract_heldout.py")
REFERENCE = dt.date(2024, 3, 14)
# Fatha, damma, kasra, shadda, sukun, tanwin fath, tatweel: what writers add.
_MARKS = ("\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u0640")


def _test_literals() -> list[str]:
    """Every string literal with an Arabic letter in the extractor's test modules."""
    found: list[str] = []
    for name in TEST_FILES:
        tree = ast.parse((ROOT / "tests" / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and any("\u0621" <= c <= "\u064a" for c in node.value)
            ):
                found.append(node.value)
    return found


def _heldout() -> list[str]:
    """The texts of every held-out set (``tests/data/heldout_dispatches*.jsonl``)."""
    found = []
    for path in sorted((ROOT / "tests" / "data").glob("heldout_dispatches*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        found.extend(json.loads(line)["text"] for line in lines if line.strip())
    return found


def _with_marks(text: str, seed: int) -> str:
    """``text`` with a diacritic or tatweel after about one Arabic letter in four."""
    rng = random.Random(seed)
    out = []
    for char in text:
        out.append(char)
        if "\u0621" <= char <= "\u064a" and rng.random() < 0.25:
            out.append(rng.choice(_MARKS))
    return "".join(out)


def texts() -> list[str]:
    """Every input, plain then with marks injected (deterministic)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_extract

    import moroccan_social_news as msn

    plain = [
        msn.load_article("000_f74c56cb0e906b4f").text,
        *_test_literals(),
        *_heldout(),
        *bench_extract.corpus(2000),
    ]
    return plain + [_with_marks(text, i) for i, text in enumerate(plain)]


def outputs(path: str) -> None:
    """Write the outputs of the code on ``sys.path`` for every text to ``path`` (JSON)."""
    import moroccan_social_news as msn

    results = []
    for text in texts():
        row = []
        for reference in (None, REFERENCE):
            try:
                row.append(msn.to_dict(msn.extract(text, reference_date=reference)))
            except Exception as error:  # a failure is an output to compare
                row.append({"error": f"{type(error).__name__}: {error}"})
        results.append(row)
    payload = {"module": msn.__file__, "outputs": results}
    pathlib.Path(path).write_text(json.dumps(payload, ensure_ascii=False, default=str))


def _run(src: str, path: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": src}
    subprocess.run([sys.executable, __file__, "--write", path], env=env, check=True)
    data: dict[str, Any] = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    return data


def _changed_fields(old: dict[str, Any], new: dict[str, Any]) -> str:
    """The record fields that differ, as "meetings[0].place: old -> new" (no evidence)."""
    changes = []
    for key in ("meetings", "agreements"):
        before, after = old.get(key, []), new.get(key, [])
        if len(before) != len(after):
            changes.append(f"{key}: {len(before)} -> {len(after)} records")
            continue
        for n, (x, y) in enumerate(zip(before, after, strict=True)):
            for field in sorted(set(x) | set(y)):
                if field != "evidence" and x.get(field) != y.get(field):
                    a = json.dumps(x.get(field), ensure_ascii=False)[:80]
                    b = json.dumps(y.get(field), ensure_ascii=False)[:80]
                    changes.append(f"{key}[{n}].{field}: {a} -> {b}")
    return "; ".join(changes) or "evidence only"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", default="/work/wt-base/src")
    parser.add_argument("--current", default=str(ROOT / "src"))
    parser.add_argument("--show", type=int, default=10, help="differences to print in full")
    parser.add_argument(
        "--summary", action="store_true", help="one line per difference: the fields that differ"
    )
    parser.add_argument("--write", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write:
        outputs(args.write)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        base = _run(args.baseline, f"{tmp}/base.json")
        current = _run(args.current, f"{tmp}/current.json")
    print(f"baseline: {base['module']}\ncurrent:  {current['module']}")
    if base["module"] == current["module"]:
        print("both runs imported the same module: check the paths")
        return 1
    all_texts = texts()
    differences = 0
    for i, (old, new) in enumerate(zip(base["outputs"], current["outputs"], strict=True)):
        for reference, a, b in zip((None, REFERENCE), old, new, strict=True):
            if a != b:
                differences += 1
                if args.summary:
                    print(f"text {i} (reference {reference}): {_changed_fields(a, b)}")
                elif differences <= args.show:
                    print(f"text {i} (reference {reference}): {all_texts[i][:80]!r}")
                    print(f"  baseline: {json.dumps(a, ensure_ascii=False)[:400]}")
                    print(f"  current:  {json.dumps(b, ensure_ascii=False)[:400]}")
    meetings = sum(bool(a["meetings"]) for row in base["outputs"] for a in row if "meetings" in a)
    print(
        f"{len(all_texts)} texts x 2 reference dates, {meetings} outputs with a meeting: "
        f"{differences} differences"
    )
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
