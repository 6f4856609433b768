"""Shared driver of the fuzz targets: atheris when installed, hypothesis otherwise.

Every target is a function ``check(text: str) -> None`` that calls the library and
asserts its invariants; anything it raises (other than the package's own documented
errors) is a finding. Both engines take the same command line::

    python fuzz/fuzz_normalize.py -runs=100000
    python fuzz/fuzz_extract.py -max_total_time=300 -seed=1

With atheris (``pip install atheris``; coverage-guided libFuzzer) the bytes are
decoded as UTF-8 with ``surrogateescape``, so invalid bytes become lone surrogates
and the library sees every kind of ``str``; the seed corpus (the shipped article and
the texts below) and a dictionary of Arabic tokens are passed to libFuzzer unless a
corpus folder is given. Without atheris, hypothesis generates and mutates texts
from the same seeds and tokens (``-runs`` becomes ``max_examples``); it is less
clever but needs nothing beyond the test extras, so CI on any machine can run it.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

__all__ = ["SEEDS", "TOKENS", "run"]

# Short texts of our own covering what the parsers and the extractor look for.
SEEDS: tuple[str, ...] = (
    "انعقد، يوم الخميس 12 شتنبر 2024، بمقر عمالة إقليم الرشيدية اجتماع تنسيقي برئاسة "
    "عامل الإقليم، خصص لتتبع مشاريع الماء الصالح للشرب.",
    "وقعت وزارة الفلاحة والجهة اتفاقية شراكة بكلفة تصل إلى 35,5 مليون درهم، منها "
    "12 مليون درهم تساهم بها الجهة، لفائدة النساء القرويات والشباب.",
    "تبلغ الميزانية حوالي مليار و200 مليون سنتيم (أي ما يعادل 1,1 مليون أورو) برسم 2022-2026.",
    "ترأس السيد الوالي، أمس الأربعاء، الدورة الثالثة عشرة للجنة الجهوية للتنمية البشرية.",
    "Réunion à Agadir le 3 mars 2023: 5 millions DH 😀 «اجتماع» (\u200fالسبت\u200e)",
    "ثلاثة آلاف وخمسمائة درهم، أزيد من 1.250.000 DH، وأقل من عشرين ألف دولار.",
    "في 04/03/2023 وفي فاتح يناير وفي 15 غشت الماضي، من 2019 إلى 2021.",
    'السيد السيد السيدة «« ‹ " ( ، ، و و و مليون مليون',
)

# Tokens that steer mutation towards the grammar the code recognises.
TOKENS: tuple[str, ...] = (
    "مليون",
    "مليار",
    "ألف",
    "آلاف",
    "ملايين",
    "درهم",
    "سنتيم",
    "أورو",
    "دولار",
    "DH",
    "تصل إلى",
    "حوالي",
    "أزيد من",
    "منها",
    "يوم السبت",
    "الخميس",
    "شتنبر",
    "يناير",
    "أمس",
    "الدورة",
    "الثالثة",
    "السيد",
    "برئاسة",
    "اجتماع",
    "اتفاقية",
    "جهة",
    "عمالة",
    "إقليم",
    "وزيرة",
    "والي",
    "«",
    "»",
    "،",
    "و",
    "ال",
    "\u0640",
    "\u064b",
    "\u200f",
    "\u202b",
    "\r\n",
    "\x00",
    "2023",
    "1.000",
    "12/",
)

Check = Callable[[str], None]


def _seed_texts() -> list[str]:
    texts = list(SEEDS)
    try:
        import moroccan_social_news as msn

        texts.extend(a.text for a in msn.load_articles())
    except Exception as exc:  # a broken install must not hide the other seeds
        print(f"warning: shipped articles not loaded as seeds: {exc}", file=sys.stderr)
    return texts


def _option(argv: Sequence[str], name: str) -> int | None:
    for arg in argv:
        if arg.startswith(f"-{name}="):
            return int(arg.split("=", 1)[1])
    return None


def _libfuzzer_dict(folder: Path) -> Path:
    path = folder / "tokens.dict"
    lines = []
    for token in TOKENS:
        escaped = "".join(f"\\x{b:02x}" for b in token.encode("utf-8"))
        lines.append(f'"{escaped}"')
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    return path


def _run_atheris(check: Check, argv: list[str]) -> None:
    atheris = importlib.import_module("atheris")  # optional and untyped

    def one_input(data: bytes) -> None:
        check(data.decode("utf-8", "surrogateescape"))

    args = list(argv)
    with tempfile.TemporaryDirectory(prefix="msn-fuzz-") as tmp:
        folder = Path(tmp)
        if not any(not a.startswith("-") for a in args[1:]):  # no corpus folder given
            corpus = folder / "corpus"
            corpus.mkdir()
            for i, text in enumerate(_seed_texts()):
                (corpus / f"seed{i}").write_bytes(text.encode("utf-8"))
            args.append(str(corpus))
        if not any(a.startswith("-dict=") for a in args):
            args.append(f"-dict={_libfuzzer_dict(folder)}")
        atheris.instrument_all()
        atheris.Setup(args, one_input)
        atheris.Fuzz()


def _run_hypothesis(check: Check, argv: list[str]) -> None:
    from hypothesis import HealthCheck, given, seed, settings
    from hypothesis import strategies as st

    runs = _option(argv, "runs") or 1000
    max_time = _option(argv, "max_total_time")
    seeds = _seed_texts()
    pieces = st.sampled_from(TOKENS) | st.text(max_size=4) | st.sampled_from(" .-/()0123456789")

    @st.composite
    def mutated(draw: st.DrawFn) -> str:
        text = draw(st.sampled_from(seeds))
        for _ in range(draw(st.integers(0, 6))):
            at = draw(st.integers(0, len(text)))
            cut = draw(st.integers(0, 8))
            text = text[:at] + draw(pieces) + text[at + cut :]
        return text

    texts = (
        mutated()
        | st.lists(pieces, max_size=40).map("".join)
        | st.text(max_size=300)
        | st.binary(max_size=300).map(lambda b: b.decode("utf-8", "surrogateescape"))
    )
    deadline = None if max_time is None else time.monotonic() + max_time
    executed = 0

    @settings(
        max_examples=runs,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(texts)
    def fuzz(text: str) -> None:
        nonlocal executed
        if deadline is not None and time.monotonic() > deadline:
            return
        executed += 1
        check(text)

    chosen = _option(argv, "seed")
    if chosen is not None:
        fuzz = seed(chosen)(fuzz)
    started = time.monotonic()
    fuzz()
    elapsed = time.monotonic() - started
    print(f"Done {executed} runs in {elapsed:.1f} second(s) (hypothesis engine)")


def run(check: Check, argv: Sequence[str] | None = None) -> None:
    """Fuzz ``check`` with atheris if it is installed (and not refused), else hypothesis.

    ``-engine=hypothesis`` forces the fallback even where atheris is installed.
    """
    args = list(sys.argv if argv is None else argv)
    engine = next((a.split("=", 1)[1] for a in args if a.startswith("-engine=")), None)
    args = [a for a in args if not a.startswith("-engine=")]
    if engine is None:
        engine = "atheris" if importlib.util.find_spec("atheris") is not None else "hypothesis"
    if engine == "atheris":
        _run_atheris(check, args)
    elif engine == "hypothesis":
        _run_hypothesis(check, args)
    else:
        raise SystemExit(f"unknown -engine={engine!r}; valid: atheris, hypothesis")
