"""
Fuzz `newsevents.parse()` with atheris (coverage-guided): no input may crash it.

    python benchmarks/fuzz.py -runs=1000000          # the long campaign
    python benchmarks/fuzz.py -runs=3000             # the short run CI does

Each input is split by atheris' FuzzedDataProvider into text (any Unicode, lone surrogates
included) and a publication date.
A "crash" is any exception, a span outside the text, a field of a record (a time's text, a
statement's content, an actor's name as written...) that differs from the characters its span
covers, or a JSON round trip that is not exact.
Other flags are libFuzzer's (``-max_len``, ``-max_total_time``...).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import time

import atheris

with atheris.instrument_imports():
    import newsevents
    from newsevents._checks import misread_fields

_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_START = time.monotonic()
_RUNS = 0
_REFERENCES = (
    None,
    dt.date(2020, 3, 18),
    dt.date(2000, 2, 29),
    dt.date(1, 1, 1),
    dt.date(9999, 12, 31),
)


def check(data: bytes) -> None:
    """
    Parse one fuzzed input and check what parse() promises.
    """
    global _RUNS  # noqa: PLW0603 - a counter for the closing report
    _RUNS += 1
    provider = atheris.FuzzedDataProvider(data)
    published = _REFERENCES[provider.ConsumeIntInRange(0, len(_REFERENCES) - 1)]
    text = provider.ConsumeUnicode(len(data))
    article = newsevents.parse(text, published=published)
    for span in article.iter_spans():
        if not 0 <= span.start <= span.end <= len(text):
            msg = f"span {span} outside a text of {len(text)} characters"
            raise AssertionError(msg)
    records = (article.times, article.statements, article.casualties, article.agreements)
    for field, value, spanned in misread_fields(records, text):
        msg = f"{field} {value!r} is not its span's {spanned!r}"
        raise AssertionError(msg)
    try:
        data = newsevents.to_json(article)
    except newsevents.SerializationError:
        if _PAIR.search(text) is None:  # refused only for an unjoined surrogate pair, by design
            raise
        return
    if newsevents.from_json(data) != article:
        msg = "JSON round trip is not exact"
        raise AssertionError(msg)


def _report() -> None:
    elapsed = time.monotonic() - _START
    print(
        f"fuzz: {_RUNS} inputs in {elapsed:.0f} s ({_RUNS / max(elapsed, 1e-9):.0f}/s)",
        file=sys.stderr,
    )


if __name__ == "__main__":
    import atexit

    atexit.register(_report)
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()
