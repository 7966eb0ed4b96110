"""
TempEval-3 benchmark of `newsevents.find_times` on TimeBank and AQUAINT.

Usage: ``python benchmarks/tempeval.py [DATA_DIR] [--errors N]``

DATA_DIR defaults to ``../shared/data`` relative to the repository root; the files read are
``tempeval3/timebank.jsonl`` and ``tempeval3/aquaint.jsonl`` (one JSON document a line, with
the document creation time ``dct`` used as the reference date).

Scoring follows TempEval-3 (UzZaman et al. 2013): strict match = same start and end; relaxed
match = any overlap (one-to-one, first overlap wins); P/R/F1 over timexes; value accuracy =
share of relaxed matches whose ``value`` string equals gold; value F1 = relaxed F1 x value
accuracy; type accuracy likewise over relaxed matches. Speed is ``find_times`` alone, in
documents per second on one core (the best of at least seven passes over all documents, with
the median), and the time ratio for a text ten times longer.
"""

from __future__ import annotations

import argparse
import collections
import gc
import json
import sys
import time
from pathlib import Path
from typing import Any

from newsevents.model import TimeExpression
from newsevents.timex import find_times

FILES = ("timebank.jsonl", "aquaint.jsonl")


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _align(
    gold: list[dict[str, Any]], found: list[TimeExpression]
) -> tuple[list[tuple[dict[str, Any], TimeExpression]], list[dict[str, Any]], list[TimeExpression]]:
    """
    Pair gold and system timexes one-to-one by overlap; return pairs, missed, spurious.
    """
    used: set[int] = set()
    pairs: list[tuple[dict[str, Any], TimeExpression]] = []
    missed: list[dict[str, Any]] = []
    for timex in gold:
        best = None
        for index, expression in enumerate(found):
            if index in used:
                continue
            overlaps = expression.span.start < timex["end"] and timex["start"] < expression.span.end
            exact = (expression.span.start, expression.span.end) == (timex["start"], timex["end"])
            if overlaps and (best is None or exact):
                best = index
        if best is None:
            missed.append(timex)
        else:
            used.add(best)
            pairs.append((timex, found[best]))
    spurious = [expression for index, expression in enumerate(found) if index not in used]
    return pairs, missed, spurious


def score(docs: list[dict[str, Any]], *, errors: int = 0) -> dict[str, Any]:
    """
    Run `find_times` on every document and score it against the gold timexes.
    """
    n_gold = n_system = n_strict = n_relaxed = n_value = n_type = 0
    per_type: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    error_log: dict[str, list[str]] = collections.defaultdict(list)
    for doc in docs:
        gold = doc["timexes"]
        found = find_times(doc["text"], doc["dct"])
        n_gold += len(gold)
        n_system += len(found)
        pairs, missed, spurious = _align(gold, found)
        for timex, expression in pairs:
            strict = (expression.span.start, expression.span.end) == (timex["start"], timex["end"])
            n_strict += strict
            n_relaxed += 1
            value_ok = expression.value == timex["value"]
            n_value += value_ok
            n_type += expression.type.value == timex["type"]
            counter = per_type[timex["type"]]
            counter["relaxed"] += 1
            counter["value"] += value_ok
            counter["strict"] += strict
            if not strict:
                error_log["span"].append(
                    f"{doc['dct']} gold={timex['text']!r} sys={expression.text!r}"
                )
            if not value_ok:
                error_log["value"].append(
                    f"{doc['dct']} {timex['text']!r} gold={timex['value']} sys={expression.value} ({expression.rule_id})"
                )
        for timex in gold:
            per_type[timex["type"]]["gold"] += 1
        for timex in missed:
            left = doc["text"][max(0, timex["start"] - 40) : timex["start"]].replace("\n", " ")
            right = doc["text"][timex["end"] : timex["end"] + 25].replace("\n", " ")
            error_log["missed"].append(
                f"{left}[[{timex['text']}]]{right}  ({timex['type']} {timex['value']})"
            )
        for expression in spurious:
            left = doc["text"][max(0, expression.span.start - 40) : expression.span.start].replace(
                "\n", " "
            )
            right = doc["text"][expression.span.end : expression.span.end + 25].replace("\n", " ")
            error_log["spurious"].append(
                f"{left}[[{expression.text}]]{right}  ({expression.rule_id})"
            )
    strict_p = n_strict / n_system if n_system else 0.0
    strict_r = n_strict / n_gold if n_gold else 0.0
    relaxed_p = n_relaxed / n_system if n_system else 0.0
    relaxed_r = n_relaxed / n_gold if n_gold else 0.0
    relaxed_f = _f1(relaxed_p, relaxed_r)
    value_accuracy = n_value / n_relaxed if n_relaxed else 0.0
    if errors:
        for kind, lines in error_log.items():
            print(f"--- {kind} ({len(lines)})")
            for line in lines[:errors]:
                print("   ", line)
    return {
        "gold": n_gold,
        "system": n_system,
        "strict": (strict_p, strict_r, _f1(strict_p, strict_r)),
        "relaxed": (relaxed_p, relaxed_r, relaxed_f),
        "value_accuracy": value_accuracy,
        "value_f1": relaxed_f * value_accuracy,
        "type_accuracy": n_type / n_relaxed if n_relaxed else 0.0,
        "per_type": per_type,
    }


def measure_speed(
    docs: list[dict[str, Any]], *, seconds: float = 3.0, passes: int = 7
) -> tuple[float, float, float]:
    """
    Documents per second of `find_times`, best and median pass, and the ratio for 10x text.

    Each pass reads every document once and is timed in CPU time of this process (docs/s per
    core, even on a busy machine); at least *passes* passes run, and more until *seconds*
    have gone. The best pass is the least disturbed by other work on the machine (the
    estimator `timeit` recommends); the median says what a busy minute reads.
    """
    rates: list[float] = []
    began = time.process_time()
    while len(rates) < passes or time.process_time() - began < seconds:
        start = time.process_time()
        for doc in docs:
            find_times(doc["text"], doc["dct"])
        rates.append(len(docs) / max(time.process_time() - start, 1e-9))
    rates.sort()
    text = "\n\n".join(doc["text"] for doc in docs[:40])
    reference = docs[0]["dct"]

    def timed(sample: str) -> float:
        # best of 7 with the cyclic garbage collector paused, so that the ratio measures the
        # algorithm rather than collections of the growing result list
        best = float("inf")
        for _ in range(7):
            gc.collect()
            gc.disable()
            try:
                start = time.process_time()
                find_times(sample, reference)
                best = min(best, time.process_time() - start)
            finally:
                gc.enable()
        return best

    return rates[-1], rates[len(rates) // 2], timed(text * 10) / timed(text)


def _print(name: str, result: dict[str, Any]) -> None:
    strict = result["strict"]
    relaxed = result["relaxed"]
    print(f"== {name}: {result['gold']} gold timexes, {result['system']} found")
    print(f"   strict   P {strict[0]:.3f}  R {strict[1]:.3f}  F1 {strict[2]:.3f}")
    print(f"   relaxed  P {relaxed[0]:.3f}  R {relaxed[1]:.3f}  F1 {relaxed[2]:.3f}")
    print(f"   value accuracy {result['value_accuracy']:.3f}   value F1 {result['value_f1']:.3f}")
    print(f"   type accuracy {result['type_accuracy']:.3f}")
    for kind, counter in sorted(result["per_type"].items()):
        gold = counter["gold"]
        relaxed_n = counter["relaxed"]
        print(
            f"   {kind:<9} gold {gold:4d}  relaxed recall {relaxed_n / gold if gold else 0:.3f}"
            f"  strict recall {counter['strict'] / gold if gold else 0:.3f}"
            f"  value accuracy {counter['value'] / relaxed_n if relaxed_n else 0:.3f}"
        )


def main(argv: list[str] | None = None) -> int:
    """
    Score both corpora and print the figures.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
    parser.add_argument("data_dir", nargs="?", type=Path, default=default)
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors of each kind")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    args = parser.parse_args(argv)
    all_docs: list[dict[str, Any]] = []
    for filename in FILES:
        path = args.data_dir / "tempeval3" / filename
        if not path.exists():
            print(f"missing {path}", file=sys.stderr)
            return 1
        docs = _load(path)
        all_docs.extend(docs)
        _print(filename, score(docs, errors=args.errors))
    if not args.no_speed:
        best, median, ratio = measure_speed(all_docs)
        print(
            f"== speed: {best:,.0f} docs/s on one core, best pass (median {median:,.0f});"
            " target >= 2,000"
        )
        print(f"   10x text takes {ratio:.2f}x the time (target <= 11)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
