"""Field-level precision, recall and F1 of ``extract`` on the held-out dispatches.

Run: ``python benchmarks/eval_heldout.py [--file PATH] [--quiet] [--markdown]``.

The set (``tests/data/heldout_dispatches.jsonl``) holds 40 invented texts in the style
of Moroccan outlets, written before the extractor's rules were read: 25 report a
meeting (some with agreements), 15 report neither but use tricky words (a contract,
a league "round", a postponed session ...). Each line has ``id``, ``style``, ``note``,
``text`` and ``expected`` (``meetings``: kind, chair_name, chair_role, region, weekday,
date, ordinal, attendance_mode; ``agreements``: kind, total_cost, beneficiaries,
parties).

Convention for announced events: docs/extraction.md (Limits, "Little tense or
status") says a meeting announced for later is read like one that took place, so the
set expects a meeting record for an announced meeting (h21, h22).

Scoring (slot filling): per text, the first meeting found is compared with the
expected one; agreements are aligned in text order. For each field, a predicted value
equal to a non-empty expected value is a true positive; any other non-empty predicted
value is a false positive; a non-empty expected value not predicted exactly is a false
negative (so a wrong value counts once in each). "detected" counts records.
"""

from __future__ import annotations

import argparse
import json
import pathlib
from collections.abc import Iterable, Mapping
from typing import Any

import moroccan_social_news as msn

DEFAULT = (
    pathlib.Path(__file__).resolve().parents[1] / "tests" / "data" / "heldout_dispatches.jsonl"
)

MEETING_FIELDS = (
    "kind",
    "chair_name",
    "chair_role",
    "region",
    "weekday",
    "date",
    "ordinal",
    "attendance_mode",
)
AGREEMENT_FIELDS = ("kind", "total_cost", "beneficiaries", "parties")


def meeting_view(meeting: msn.Meeting) -> dict[str, Any]:
    """The compared fields of a meeting, as plain JSON values."""
    chair = meeting.chair
    person = chair.person if chair is not None else None
    posts = chair.posts if chair is not None else ()
    return {
        "kind": meeting.kind.value,
        "chair_name": person.name if person is not None else None,
        # an unnamed chair ("ترأس عامل الإقليم …") still has its post
        "chair_role": posts[0].role.value if posts else None,
        "region": meeting.region.code if meeting.region is not None else None,
        "weekday": meeting.weekday.value if meeting.weekday is not None else None,
        "date": meeting.date.isoformat() if meeting.date is not None else None,
        "ordinal": meeting.ordinal,
        "attendance_mode": (
            meeting.attendance_mode.value if meeting.attendance_mode is not None else None
        ),
    }


def agreement_view(agreement: msn.Agreement) -> dict[str, Any]:
    """The compared fields of an agreement, as plain JSON values."""
    cost = agreement.total_cost
    return {
        "kind": agreement.kind.value,
        "total_cost": (
            None if cost is None else {"amount": str(cost.amount), "currency": cost.currency}
        ),
        "beneficiaries": sorted(b.value for b in agreement.beneficiaries),
        "parties": len(agreement.parties),
    }


def _empty(value: object) -> bool:
    return value is None or value in ([], 0)


class Score:
    """True positives, false positives and false negatives of one field."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, expected: object, predicted: object) -> bool:
        """Count one comparison; return whether it was right."""
        if not _empty(expected) and expected == predicted:
            self.tp += 1
            return True
        if not _empty(predicted):
            self.fp += 1
        if not _empty(expected):
            self.fn += 1
        return _empty(expected) and _empty(predicted)

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1 (1.0 when there was nothing to find or to get wrong)."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _norm_cost(cost: Mapping[str, str] | None) -> dict[str, str] | None:
    if cost is None:
        return None
    from decimal import Decimal

    return {
        "amount": format(Decimal(cost["amount"]).normalize(), "f"),
        "currency": cost["currency"],
    }


def evaluate(lines: Iterable[Mapping[str, Any]]) -> tuple[dict[str, Score], list[str]]:
    """Score every field over the set; return the scores and the mismatches."""
    scores: dict[str, Score] = {"meeting": Score()}
    scores.update({f"meeting.{f}": Score() for f in MEETING_FIELDS})
    scores["agreement"] = Score()
    scores.update({f"agreement.{f}": Score() for f in AGREEMENT_FIELDS})
    misses: list[str] = []
    for line in lines:
        res = msn.extract(line["text"])
        gold_m = line["expected"]["meetings"]
        pred_m = [meeting_view(m) for m in res.meetings]
        g = gold_m[0] if gold_m else None
        p = pred_m[0] if pred_m else None
        if not scores["meeting"].add(g is not None or None, p is not None or None):
            misses.append(f"{line['id']} meeting: expected {bool(g)}, got {bool(p)}")
        for f in MEETING_FIELDS:
            ev = g[f] if g else None
            pv = p[f] if p else None
            if not scores[f"meeting.{f}"].add(ev, pv):
                misses.append(f"{line['id']} meeting.{f}: expected {ev!r}, got {pv!r}")
        gold_a = list(line["expected"]["agreements"])
        pred_a = [agreement_view(a) for a in res.agreements]
        for i in range(max(len(gold_a), len(pred_a))):
            ga = gold_a[i] if i < len(gold_a) else None
            pa = pred_a[i] if i < len(pred_a) else None
            if not scores["agreement"].add(ga is not None or None, pa is not None or None):
                misses.append(f"{line['id']} agreement[{i}]: expected {bool(ga)}, got {bool(pa)}")
            for f in AGREEMENT_FIELDS:
                ev = ga[f] if ga else None
                pv = pa[f] if pa else None
                if f == "total_cost":
                    ev, pv = _norm_cost(ev), _norm_cost(pv)
                if f == "beneficiaries" and ev is not None:
                    ev = sorted(ev)  # a set of groups: order does not count
                if not scores[f"agreement.{f}"].add(ev, pv):
                    misses.append(f"{line['id']} agreement[{i}].{f}: expected {ev!r}, got {pv!r}")
    return scores, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=pathlib.Path, default=DEFAULT)
    parser.add_argument("--quiet", action="store_true", help="do not list mismatches")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()
    with args.file.open(encoding="utf-8") as fh:
        lines = [json.loads(raw) for raw in fh if raw.strip()]
    scores, misses = evaluate(lines)
    if args.markdown:
        print("| field | P | R | F1 | tp/fp/fn |")
        print("|---|---|---|---|---|")
    else:
        print(f"{len(lines)} texts")
        print(f"{'field':28} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
    for name, s in scores.items():
        p, r, f = s.prf()
        if args.markdown:
            print(f"| {name} | {p:.2f} | {r:.2f} | {f:.2f} | {s.tp}/{s.fp}/{s.fn} |")
        else:
            print(f"{name:28} {p:6.2f} {r:6.2f} {f:6.2f}   {s.tp}/{s.fp}/{s.fn}")
    if not args.quiet:
        print(f"\n{len(misses)} mismatches")
        for miss in misses:
            print("  " + miss)


if __name__ == "__main__":
    main()
