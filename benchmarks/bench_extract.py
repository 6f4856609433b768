"""Extraction throughput, memory and linearity.

Run: ``python benchmarks/bench_extract.py [--articles N]``. Prints, in one run:

* articles/s on the seed article (best and median of batches, so a busy machine
  shows as a spread) and on a corpus of N articles made by varying the seed (other
  regions, weekdays, ordinals, amounts, word order);
* the cost of one extraction in units of the anchors on the same article: the
  pyarabic normalisation chain and our own ``normalize_with_offsets`` (the first
  step of every extraction);
* peak traced memory while extracting the corpus;
* the time for a ~1 MB text against the time for the same number of characters
  in seed-sized articles (the ratio should stay under ~1.5: linear in length).
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc
from collections.abc import Callable

import moroccan_social_news as msn

REGIONS = (
    "كلميم – واد نون",
    "سوس ماسة",
    "الدار البيضاء سطات",
    "فاس مكناس",
    "طنجة تطوان الحسيمة",
    "مراكش آسفي",
    "درعة تافيلالت",
    "الرباط سلا القنيطرة",
)
DAYS = ("السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")
ORDINALS = ("السابع", "الثالث", "العاشر", "الحادي عشر", "الخامس")
# News that reports no meeting and no agreement (our own sentences), about as long as
# the seed when repeated: most of a real news stream looks like this.
NO_EVENT = (
    "ارتفعت أسعار الخضر والفواكه بأسواق الدار البيضاء خلال الأسبوع الجاري، "
    "حسب معطيات المندوبية السامية للتخطيط، التي سجلت زيادة بنسبة 3,2 في المائة. "
    "وعزا مهنيون هذا الارتفاع إلى تراجع التساقطات المطرية وغلاء كلفة النقل. "
    "وتوقعت مديرية الأرصاد الجوية طقسا حارا بعدد من مناطق المملكة، مع هبوب رياح "
    "قوية بالسواحل الأطلسية. وأصدرت المحكمة الابتدائية بمراكش حكما بالسجن في حق "
    "متهم بالسرقة الموصوفة، فيما تواصل عناصر الأمن أبحاثها لتحديد باقي المتورطين.\n"
)
AMOUNTS = ("20 مليون درهم", "6 ملايير سنتيم", "3,5 مليون درهم", "مليار و200 مليون درهم")


def corpus(n: int, seed: int = 7) -> list[str]:
    """``n`` variants of the seed article (deterministic)."""
    base = msn.load_article("000_f74c56cb0e906b4f").text
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        text = base.replace("كلميم – واد نون", rng.choice(REGIONS))
        text = text.replace("السبت", rng.choice(DAYS), 1)
        text = text.replace("السابع", rng.choice(ORDINALS), 1)
        text = text.replace("20 مليون درهم", rng.choice(AMOUNTS), 1)
        paragraphs = text.split("\n")
        body, footer = paragraphs[:-1], paragraphs[-1:]
        head, rest = body[:3], body[3:]
        rng.shuffle(rest)
        texts.append("\n".join(head + rest + footer))
    return texts


def rate(texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        msn.extract(text)
    return len(texts) / (time.perf_counter() - start)


def batch_times(fn: Callable[[], object], batches: int = 15, size: int = 40) -> list[float]:
    """Seconds per call of ``fn``, one value per batch, sorted (best first)."""
    times = []
    for _ in range(batches):
        start = time.perf_counter()
        for _ in range(size):
            fn()
        times.append((time.perf_counter() - start) / size)
    return sorted(times)


def pyarabic_chain(text: str) -> str:
    """The anchor: pyarabic's own normalisation steps, chained."""
    from pyarabic import araby, trans

    text = araby.strip_tashkeel(text)
    text = araby.strip_tatweel(text)
    text = araby.normalize_alef(text)
    text = araby.normalize_ligature(text)
    return str(trans.normalize_digits(text, source="all", out="west"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    seed = msn.load_article("000_f74c56cb0e906b4f").text
    msn.extract(seed)  # warm caches (gazetteer index, compiled patterns)

    seed_times = batch_times(lambda: msn.extract(seed))
    anchor_pyarabic = batch_times(lambda: pyarabic_chain(seed))[0]
    anchor_offsets = batch_times(lambda: msn.normalize_with_offsets(seed))[0]
    texts = corpus(args.articles)
    corpus_rate = rate(texts)
    no_event = NO_EVENT * max(1, len(seed) // len(NO_EVENT))
    no_event_best = batch_times(lambda: msn.extract(no_event))[0]
    # Memory is traced in a separate pass: tracemalloc slows Python down several times.
    tracemalloc.start()
    rate(texts[:200])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    big = "\n".join(texts[: max(1, 1_000_000 // len(seed))])
    pieces = texts[: max(1, 1_000_000 // len(seed))]
    start = time.perf_counter()
    msn.extract(big)
    big_time = time.perf_counter() - start
    start = time.perf_counter()
    for text in pieces:
        msn.extract(text)
    pieces_time = time.perf_counter() - start

    best, median = seed_times[0], seed_times[len(seed_times) // 2]
    print(
        f"seed article ({len(seed)} chars):      {1 / best:8.0f} articles/s best batch, "
        f"{1 / median:.0f} median ({best * 1e3:.2f} / {median * 1e3:.2f} ms per article)"
    )
    print(
        f"one extraction = {best / anchor_pyarabic:.1f} x the pyarabic chain, "
        f"{best / anchor_offsets:.1f} x normalize_with_offsets (same article, best batches)"
    )
    print(f"varied corpus ({args.articles} articles): {corpus_rate:8.0f} articles/s")
    print(
        f"news with no meeting ({len(no_event)} chars): {1 / no_event_best:8.0f} articles/s "
        "best batch"
    )
    print(f"peak traced memory (200 articles):  {peak / 2**20:8.1f} MiB")
    print(
        f"one {len(big) / 1e6:.2f} MB text: {big_time:.2f} s; same chars as "
        f"{len(pieces)} articles: {pieces_time:.2f} s; ratio {big_time / pieces_time:.2f}"
    )


if __name__ == "__main__":
    main()
