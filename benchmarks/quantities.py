"""
Benchmark quantities on the Microsoft Recognizers-Text English number specs (issue 5, c).

`newsevents.parse_quantity` and `newsevents.quantities.find_quantities` are scored.

Usage: ``python benchmarks/quantities.py [DATA_DIR] [--show-errors]``
(DATA_DIR defaults to ``../shared/data`` relative to the repository root).

The specs are ``DATA_DIR/numbers/recognizers_number_en/NumberModel.json`` (numbers in
sentences, each with its value) and ``NumberRangeModel.json`` (comparisons and ranges, each
with an interval such as ``(20,35]``).
We keep the cases *in scope*: cardinal counts of things as news writes them, non-negative
whole numbers in digits or words, with their qualifiers and ranges.
Every other case is counted, with the reason it is out of scope:

* ``fraction`` -- "two thirds", "3/4", "one over three", "and a half" (not a count);
* ``decimal`` -- a value that is not a whole number ("4.800", "9.2321312");
* ``negative`` -- "-1", "minus one", "negative ten" (a count is never negative);
* ``power`` -- scientific notation ("1e10", "1.1^23");
* ``ordinal`` -- "between the tenth and the fifteenth" (a rank, not a count);
* ``space groups`` -- thousands split by plain spaces ("1 234 567"): ambiguous in running
  English ("on March 5 100 people"), so we read them as separate numbers;
* ``dotted`` -- IP addresses and version numbers ("192.168.1.2");
* ``identifier`` -- "SCP-173" (we read "F-16" and "COVID-19" as names, not counts);
* ``date or phone`` -- "5/17/2018", "+1-222-2222/2222";
* ``giga`` -- the SI prefix G ("10G"), not written for counts in news.

Figures:

* **quantity accuracy** (the issue's target, >= 0.97): for every expected number or range in
  an in-scope case, `parse_quantity` of its text gives the expected bounds over the whole
  text; for every in-scope case that expects nothing, `parse_quantity` of the input is
  ``None``.
* **case accuracy in context**: `find_quantities` on the whole input finds exactly the
  expected figures (bounds equal, spans overlapping) -- for the range specs, every expected
  range and no other range.

Intervals are compared as inclusive whole-number bounds: ``(20,`` is ``21..``, ``,100)`` is
``..99``.
Recognizers-Text writes every two-sided range without a comparison ("between 20 and 30",
"1000-5000", "20 through 100") as half-open ``[20,30)``; news means both ends, so we score
those upper ends as inclusive (``20..30``), our documented convention.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import regex

from newsevents.quantities import find_quantities, parse_quantity

ROOT = Path(__file__).resolve().parent.parent
SPECS = Path("numbers") / "recognizers_number_en"

Bounds = tuple[int | None, int | None]

#: Words that make a number a fraction rather than a count.
FRACTION_WORDS = regex.compile(
    r"\b(?:halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|"
    r"tenths?|\w+ieths?|\w+(?:teen|dred|sand|lion)ths?|over|out\s+of|in|and\s+an?\s+half|"
    r"and\s+one\s+half)\b|/|[½⅓⅔¼¾⅙]|\bhalf\b",
    regex.IGNORECASE,
)
ORDINAL_WORDS = regex.compile(r"\b(?:\w+th|first|second|third|tenth|fifteenth)\b", regex.IGNORECASE)
NEGATIVE = regex.compile(r"(?:^|[\s<=(])-\s*\d|\bminus\b|\bnegative\b", regex.IGNORECASE)
STRICT_UPPER = regex.compile(
    r"\b(?:less|fewer|smaller|lower)\s+than\b|\bbelow\b|\bunder\b|<(?!\s*=)", regex.IGNORECASE
)
#: Fractions that make whole counts in news ("half a million", "half million").
WHOLE_HALF = regex.compile(
    r"^\s*(?:half|quarter)\s+(?:an?\s+)?(?:million|billion|dozen)\b", regex.I
)


def _number_scope(case: dict[str, Any]) -> str | None:
    """
    Why a NumberModel case is out of scope, or ``None`` when it is in scope.
    """
    text = case["Input"]
    for result in case["Results"]:
        value = float(result["Resolution"]["value"])
        subtype = result["Resolution"].get("subtype")
        written = result["Text"]
        if value < 0:
            return "negative"
        if subtype == "power":
            return "power"
        if subtype == "fraction" and not WHOLE_HALF.search(written):
            return "fraction"
        if value != int(value):
            return "decimal"
        if regex.search(r"\d [\d]{3}\b", written):
            return "space groups"
        if regex.search(r"\d\s*g$", written, regex.IGNORECASE):
            return "giga"
        if regex.search(r"\d,\d{1,2}$", written):
            return "decimal"
    if regex.search(r"\d\.\d+\.\d", text):
        return "dotted"
    if regex.search(r"\d/\d+/\d|\+\d-\d", text):
        return "date or phone"
    if regex.search(r"[A-Z]{2,}-\d", text):
        return "identifier"
    if regex.search(r"\d [\d]{3}\b", text) and not case["Results"]:
        return "space groups"
    return None


def _interval(value: str, written: str) -> Bounds:
    """
    Recognizers-Text interval notation as inclusive whole-number bounds (our convention).
    """
    opening, closing = value[0], value[-1]
    low_text, high_text = value[1:-1].split(",")
    low = int(float(low_text)) if low_text else None
    high = int(float(high_text)) if high_text else None
    if low is not None and opening == "(":
        low += 1
    if high is not None and closing == ")":
        two_sided_plain = low is not None and not STRICT_UPPER.search(written)
        if not two_sided_plain:
            high -= 1
    return low, high


def _range_scope(case: dict[str, Any]) -> str | None:
    """
    Why a NumberRangeModel case is out of scope, or ``None`` when it is in scope.
    """
    for result in case["Results"]:
        written = result["Text"]
        value = result["Resolution"]["value"]
        if NEGATIVE.search(written) or "-" in value.replace("[-", "[x").replace("(-", "(x")[:1]:
            return "negative"
        if regex.search(r"-\d", value):
            return "negative"
        if ORDINAL_WORDS.search(written) and not regex.search(r"\d", written):
            return "ordinal"
        if FRACTION_WORDS.search(written) or regex.search(r"\.\d*[1-9]", value):
            return "fraction"
    return None


def _overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    return start < other_end and other_start < end


def _score_numbers(cases: list[dict[str, Any]], errors: list[str]) -> dict[str, Any]:
    out_of_scope: dict[str, int] = {}
    parsed = parse_total = found = found_total = 0
    for case in cases:
        reason = _number_scope(case)
        if reason is not None:
            out_of_scope[reason] = out_of_scope.get(reason, 0) + 1
            continue
        text = case["Input"]
        expected = [
            (r["Start"], r["End"] + 1, int(float(r["Resolution"]["value"])))
            for r in case["Results"]
        ]
        if not expected:
            parse_total += 1
            ok = parse_quantity(text) is None
            parsed += ok
            if not ok:
                errors.append(f"number parse: {text!r} expected None, got {parse_quantity(text)}")
        for start, end, value in expected:
            parse_total += 1
            written = text[start:end]
            quantity = parse_quantity(written)
            ok = (
                quantity is not None
                and (quantity.low, quantity.high) == (value, value)
                and quantity.text == written.strip()
            )
            parsed += ok
            if not ok:
                errors.append(f"number parse: {written!r} expected {value}, got {quantity}")
        found_total += 1
        actual = [(q.span.start, q.span.end, q.low, q.high) for q in find_quantities(text)]
        ok = len(actual) == len(expected) and all(
            _overlaps(s, e, a_s, a_e) and (low, high) == (value, value)
            for (s, e, value), (a_s, a_e, low, high) in zip(expected, actual, strict=False)
        )
        found += ok
        if not ok:
            errors.append(f"number find: {text!r} expected {expected}, got {actual}")
    return {
        "cases": len(cases),
        "in_scope": found_total,
        "out_of_scope": out_of_scope,
        "parse": (parsed, parse_total),
        "find": (found, found_total),
    }


def _score_ranges(cases: list[dict[str, Any]], errors: list[str]) -> dict[str, Any]:
    out_of_scope: dict[str, int] = {}
    parsed = parse_total = found = found_total = 0
    for case in cases:
        reason = _range_scope(case)
        if reason is not None:
            out_of_scope[reason] = out_of_scope.get(reason, 0) + 1
            continue
        text = case["Input"]
        expected = [
            (r["Start"], r["End"] + 1, _interval(r["Resolution"]["value"], r["Text"]))
            for r in case["Results"]
        ]
        if not expected:
            parse_total += 1
            quantity = parse_quantity(text)
            ok = quantity is None or quantity.low == quantity.high
            parsed += ok
            if not ok:
                errors.append(f"range parse: {text!r} expected no range, got {quantity}")
        for start, end, bounds in expected:
            parse_total += 1
            written = text[start:end]
            quantity = parse_quantity(written)
            ok = (
                quantity is not None
                and (quantity.low, quantity.high) == bounds
                and quantity.text == written.strip()
            )
            parsed += ok
            if not ok:
                errors.append(f"range parse: {written!r} expected {bounds}, got {quantity}")
        found_total += 1
        actual = [(q.span.start, q.span.end, (q.low, q.high)) for q in find_quantities(text)]
        matched = [
            any(_overlaps(s, e, a_s, a_e) and bounds == got for a_s, a_e, got in actual)
            for s, e, bounds in expected
        ]
        extra = [
            (a_s, a_e, got)
            for a_s, a_e, got in actual
            if got[0] != got[1]
            and not any(_overlaps(s, e, a_s, a_e) and bounds == got for s, e, bounds in expected)
        ]
        ok = all(matched) and not extra
        found += ok
        if not ok:
            errors.append(f"range find: {text!r} expected {expected}, got {actual}")
    return {
        "cases": len(cases),
        "in_scope": found_total,
        "out_of_scope": out_of_scope,
        "parse": (parsed, parse_total),
        "find": (found, found_total),
    }


def _ratio(pair: tuple[int, int]) -> str:
    right, total = pair
    return f"{right}/{total} = {right / total:.3f}" if total else "n/a"


def main(argv: list[str]) -> int:
    """
    Score the specs and print the figures; return a process exit code.
    """
    args = [arg for arg in argv if not arg.startswith("--")]
    data_dir = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    folder = data_dir / SPECS
    if not folder.is_dir():
        print(f"no Recognizers-Text specs at {folder}", file=sys.stderr)
        return 2
    errors: list[str] = []
    started = time.perf_counter()
    numbers = _score_numbers(json.loads((folder / "NumberModel.json").read_text("utf-8")), errors)
    ranges = _score_ranges(
        json.loads((folder / "NumberRangeModel.json").read_text("utf-8")), errors
    )
    elapsed = time.perf_counter() - started
    for name, scores in (("NumberModel", numbers), ("NumberRangeModel", ranges)):
        print(f"{name}: {scores['cases']} cases, {scores['in_scope']} in scope")
        print(f"  out of scope: {dict(sorted(scores['out_of_scope'].items()))}")
        print(f"  quantity accuracy (parse_quantity): {_ratio(scores['parse'])}")
        print(f"  case accuracy in context (find_quantities): {_ratio(scores['find'])}")
    parse = (numbers["parse"][0] + ranges["parse"][0], numbers["parse"][1] + ranges["parse"][1])
    find = (numbers["find"][0] + ranges["find"][0], numbers["find"][1] + ranges["find"][1])
    print(f"ALL quantity accuracy: {_ratio(parse)}   (target >= 0.97)")
    print(f"ALL case accuracy in context: {_ratio(find)}")
    print(f"time: {elapsed:.2f} s")
    if "--show-errors" in argv:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
