"""Speed and memory of ``normalize`` / ``normalize_with_offsets`` against references.

Run: ``python benchmarks/bench_normalize.py [--mb 20] [--repeat 3]``. Corpora of ~20 MB
(UTF-8) are built from the seed article: as published, and with injected diacritics,
tatweel, hamza-alefs, lam-alef ligatures and Arabic-Indic/Persian digits (seeded, so
every run uses the same text). For each corpus it prints MB/s (of UTF-8 input, best of
``--repeat`` runs) of:

- ``search``: ``normalize(text, preset="search")``;
- ``offsets``: ``normalize_with_offsets(text, preset="search")``;
- ``pyarabic``: the pyarabic chain ``strip_tashkeel``, ``strip_tatweel``,
  ``normalize_alef``, ``normalize_ligature``, ``pyarabic.trans.normalize_digits``;
- ``dense``: one ``str.translate`` with a dense 65,536-entry list doing the character
  mapping part of ``search`` (no squeezing of spaces);
- ``camel``: camel-tools' ``normalize_unicode``, ``dediac_ar``, ``normalize_alef_ar``,
  ``normalize_alef_maksura_ar``, ``normalize_teh_marbuta_ar`` (if installed);

and the ratios the project promises (search/pyarabic >= 5, search/dense >= 1,
offsets/pyarabic >= 1). It also checks that our steps give pyarabic's output where
both define the same step, and measures peak memory (tracemalloc) of ``normalize``
as a multiple of the input's size.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from collections.abc import Callable

import moroccan_social_news as msn

SEED = "000_f74c56cb0e906b4f"
HARAKAT = "\u064e\u064f\u0650\u0652\u0651\u064b\u064c\u064d"
LAM_ALEF = {"لا": "\ufefb", "لأ": "\ufef7", "لإ": "\ufef9", "لآ": "\ufef5"}
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"


def inject(text: str, *, diacritics: float, seed: int = 7) -> str:
    """The text with diacritics, tatweel, hamza-alefs, ligatures and Eastern digits."""
    rnd = random.Random(seed)  # reproducible test data, not security
    out: list[str] = []
    i = 0
    while i < len(text):
        char, pair = text[i], text[i : i + 2]
        if pair in LAM_ALEF and rnd.random() < 0.5:
            out.append(LAM_ALEF[pair])
            i += 2
            continue
        if char == "ا" and rnd.random() < 0.15:
            char = rnd.choice("أإآ")
        if char.isascii() and char.isdigit():
            r = rnd.random()
            char = ARABIC_INDIC[int(char)] if r < 0.4 else PERSIAN[int(char)] if r < 0.8 else char
        out.append(char)
        if "\u0621" <= char <= "\u064a":
            if rnd.random() < diacritics:
                out.append(rnd.choice(HARAKAT))
            if rnd.random() < 0.03:
                out.append("\u0640" * rnd.randint(1, 3))
        i += 1
    return "".join(out)


def scale(text: str, mb: float) -> str:
    return text * max(1, round(mb * 1e6 / len(text.encode())))


def pyarabic_chain() -> Callable[[str], str]:
    from pyarabic import araby, trans

    def chain(text: str) -> str:
        text = araby.strip_tashkeel(text)
        text = araby.strip_tatweel(text)
        text = araby.normalize_alef(text)
        text = araby.normalize_ligature(text)
        return str(trans.normalize_digits(text))

    return chain


def dense_translate() -> Callable[[str], str]:
    from moroccan_social_news._normalize import _preset, _TablePlan

    (plan,) = (p for p in _preset("search")._plans if isinstance(p, _TablePlan))
    table = plan.table
    dense: list[int | str | None] = list(range(65536))
    for key, value in table.items():
        if ord(key) < 65536:
            dense[ord(key)] = value if value else None
    return lambda text: text.translate(dense)


def camel_chain() -> Callable[[str], str] | None:
    try:
        from camel_tools.utils.dediac import (  # type: ignore[import-untyped,import-not-found,unused-ignore]  # optional, untyped
            dediac_ar,
        )
        from camel_tools.utils.normalize import (  # type: ignore[import-untyped,import-not-found,unused-ignore]  # optional, untyped
            normalize_alef_ar,
            normalize_alef_maksura_ar,
            normalize_teh_marbuta_ar,
            normalize_unicode,
        )
    except ImportError:
        return None

    def chain(text: str) -> str:
        text = normalize_unicode(text)
        text = dediac_ar(text)
        text = normalize_alef_ar(text)
        text = normalize_alef_maksura_ar(text)
        return str(normalize_teh_marbuta_ar(text))

    return chain


def best_seconds(func: Callable[[str], object], text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - start)
    return best


def check_against_pyarabic(text: str, chain: Callable[[str], str]) -> str:
    """Our equivalent steps give pyarabic's output (pyarabic also maps ى -> ا)."""
    ours = msn.Normalizer(
        ["strip_diacritics", "remove_tatweel", "unicode", "unify_alef", "digits_ascii"]
    )
    equal = ours(text).replace("ى", "ا") == chain(text)
    return "equal" if equal else "DIFFERENT"


def peak_memory_ratio(text: str, func: Callable[[str], object]) -> float:
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    func(text)
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    return peak / sys.getsizeof(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (UTF-8)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure (best)")
    args = parser.parse_args()

    seed = msn.load_article(SEED).text
    corpora = {
        "published": scale(seed, args.mb),
        "injected (35% diacritics)": scale(inject(seed, diacritics=0.35), args.mb),
        "injected (90% diacritics)": scale(inject(seed, diacritics=0.9, seed=11), args.mb),
        # One character outside the fast path's 256 sends the whole text down the
        # general path (str.replace chain + regex for presentation forms).
        "injected (35%) + one emoji": scale(inject(seed, diacritics=0.35), args.mb) + "😀",
        # Worst case: an emoji in every copy of the article, so every chunk is general.
        "injected (35%), emoji everywhere": scale(inject(seed, diacritics=0.35) + "😀", args.mb),
    }
    pyarabic = pyarabic_chain()
    dense = dense_translate()
    camel = camel_chain()
    msn.normalize("warm up")  # build the preset's tables once
    print(f"camel-tools: {'installed' if camel else 'not installed, skipped'}")
    for name, text in corpora.items():
        mb = len(text.encode()) / 1e6
        rates = {
            "search": mb / best_seconds(msn.normalize, text, args.repeat),
            "offsets": mb / best_seconds(msn.normalize_with_offsets, text, args.repeat),
            "pyarabic": mb / best_seconds(pyarabic, text, 1),
            "dense": mb / best_seconds(dense, text, args.repeat),
        }
        if camel is not None:
            rates["camel"] = mb / best_seconds(camel, text, 1)
        print(f"\n{name}: {mb:.1f} MB")
        for label, rate in rates.items():
            print(f"  {label:<9}{rate:9.1f} MB/s")
        print(f"  search / pyarabic  = {rates['search'] / rates['pyarabic']:6.1f}x  (>= 5)")
        print(f"  search / dense     = {rates['search'] / rates['dense']:6.2f}x  (>= 1)")
        print(f"  offsets / pyarabic = {rates['offsets'] / rates['pyarabic']:6.1f}x  (>= 1)")
        if camel is not None:
            print(f"  search / camel     = {rates['search'] / rates['camel']:6.1f}x")
        print(
            f"  same output as pyarabic on shared steps: {check_against_pyarabic(text, pyarabic)}"
        )
    small = scale(inject(seed, diacritics=0.35), 5)
    for func in (msn.normalize, msn.normalize_with_offsets):
        ratio = peak_memory_ratio(small, func)
        print(f"peak memory of {func.__name__}(): {ratio:.2f}x the input string (5 MB)")


if __name__ == "__main__":
    main()
