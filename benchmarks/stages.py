"""
What each stage of `newsevents.parse` costs per article, on real news.

    python benchmarks/stages.py [DATA_DIR] [--articles N] [--repeat R]

DATA_DIR defaults to ../shared/data (relative to the repository root).
Reads the first N articles of ``casualties/gva_dev.jsonl`` (``content``, ``dct``; default 600)
and prints the CPU time (`time.process_time`) per article of each stage — segmentation
(``parse_article``), times, statements, casualties, agreements — and of the whole `parse`,
best of R passes (default 3): the machine may be shared, and the best pass is the least
disturbed one.

The figures are those of a long run over articles never seen before. First the process
parses W other articles (``--warm``, default 1,200: the next ones in the file), so the caches
of words and phrases that recur across news (country names, titles, number words) are as full
as in a long stream. Then every measured pass runs in a fresh child process forked from that
state, so no pass finds the measured articles' own sentences in a cache: a second pass over the
same articles in one process would, and would read about 0.35 ms per article too fast. The
stages are measured in one child and the whole `parse` in another.
Each is measured twice: one article at a time, as `parse` reads it (all its stages, then the
next article), and in batches, as `parse_many`, the command line and the Dask integration
read a stream (`newsevents.pipeline.parse_batch`: each stage over a group of
`newsevents.text.SHARED_TEXTS` articles, then the next stage). A batch keeps each stage's
patterns and code in the processor's caches from one article to the next.
Each child first freezes the objects it inherits (`gc.freeze`), as `parse_many`'s forked
workers do. Otherwise its first full collection would copy every page of the parent's heap,
a cost of forking that a long-running process never pays: it read `parse` 0.15 ms per
article (8 %) slower in session 16, with 3.7 times the page faults (in session 17, on another
host, the difference was within the machine's drift).
Targets (issues 4, 5, 7): statements and casualties at most 0.5 ms each per ~2 KB article,
`parse` at least 500 articles per second per core.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs

import newsevents
from newsevents._dates import coerce_date
from newsevents._version import build
from newsevents.article import parse_article
from newsevents.pipeline import DEFAULT_EXTRACTORS, parse_batch
from newsevents.text import SHARED_TEXTS, hold_texts
from newsevents.timex import extract_times

#: The stages in the order `parse` runs them: segmentation, times, then each extractor.
STAGES = (
    "article",
    "times",
    *(extractor.__name__.removeprefix("extract_") for extractor in DEFAULT_EXTRACTORS),
)


def load(data: Path, count: int) -> list[tuple[str, str]]:
    """
    The first *count* GVA articles as ``(text, publication date)`` pairs.
    """
    docs: list[tuple[str, str]] = []
    with (data / "casualties" / "gva_dev.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            docs.append((record["content"], record["dct"]))
            if len(docs) >= count:
                break
    return docs


def one_pass(docs: Sequence[tuple[str, str]]) -> dict[str, float]:
    """
    CPU seconds each stage takes over *docs*, run as `parse` runs them.
    """
    spent = dict.fromkeys(STAGES, 0.0)
    extractors = {
        extractor.__name__.removeprefix("extract_"): extractor for extractor in DEFAULT_EXTRACTORS
    }
    for text, published in docs:
        start = time.process_time()
        article = parse_article(text, published=coerce_date(published))
        spent["article"] += time.process_time() - start
        start = time.process_time()
        article = attrs.evolve(article, times=extract_times(article))
        spent["times"] += time.process_time() - start
        for name, extractor in extractors.items():
            start = time.process_time()
            extractor(article)
            spent[name] += time.process_time() - start
    return spent


def batch_pass(docs: Sequence[tuple[str, str]]) -> dict[str, float]:
    """
    CPU seconds each stage takes over *docs* read in batches, as `parse_batch` runs them.

    Each group of `SHARED_TEXTS` articles goes through one stage after another: every
    article's segmentation, then every article's times, then each extractor over all of them.
    """
    spent = dict.fromkeys(STAGES, 0.0)
    extractors = {
        extractor.__name__.removeprefix("extract_"): extractor for extractor in DEFAULT_EXTRACTORS
    }
    for first in range(0, len(docs), SHARED_TEXTS):
        group = docs[first : first + SHARED_TEXTS]
        hold_texts(len(group))
        start = time.process_time()
        articles = [parse_article(text, published=coerce_date(day)) for text, day in group]
        spent["article"] += time.process_time() - start
        start = time.process_time()
        articles = [attrs.evolve(article, times=extract_times(article)) for article in articles]
        spent["times"] += time.process_time() - start
        for name, extractor in extractors.items():
            start = time.process_time()
            for article in articles:
                extractor(article)
            spent[name] += time.process_time() - start
        hold_texts(1)
    return spent


def parse_pass(docs: Sequence[tuple[str, str]]) -> dict[str, float]:
    """
    CPU seconds `newsevents.parse` takes over *docs*.
    """
    start = time.process_time()
    for text, published in docs:
        newsevents.parse(text, published=published)
    return {"parse": time.process_time() - start}


def parse_batch_pass(docs: Sequence[tuple[str, str]]) -> dict[str, float]:
    """
    CPU seconds `newsevents.pipeline.parse_batch` takes over *docs* (dates read included).
    """
    start = time.process_time()
    parse_batch([(text, coerce_date(day)) for text, day in docs])
    return {"parse": time.process_time() - start}


def in_child(measure: Callable[[], dict[str, float]]) -> dict[str, float]:
    """
    Run *measure* in a child process forked from this one and return what it returns.

    The child starts with this process's caches and leaves them as they were, so each call
    measures from the same state. It freezes what it inherits, so its collector does not copy
    the parent's pages.
    """
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: measure, report, leave without running the parent's cleanup
        gc.freeze()
        os.close(read)
        try:
            os.write(write, json.dumps(measure()).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        report = pipe.read()
    os.waitpid(pid, 0)
    result: dict[str, float] = json.loads(report)
    return result


def main(argv: Sequence[str] | None = None) -> None:
    """
    Print the per-stage figures.
    """
    parser = argparse.ArgumentParser(description="CPU time per article of each parse stage.")
    parser.add_argument(
        "data",
        nargs="?",
        type=Path,
        default=Path(__file__).resolve().parent.parent.parent / "shared" / "data",
    )
    parser.add_argument("--articles", type=int, default=600, help="GVA articles (default 600)")
    parser.add_argument("--repeat", type=int, default=3, help="passes; the best counts")
    parser.add_argument(
        "--warm", type=int, default=1200, help="other articles parsed first (default 1200)"
    )
    args = parser.parse_args(argv)
    loaded = load(args.data, args.articles + args.warm)
    docs, warm = loaded[: args.articles], loaded[args.articles :]
    for text, published in warm:
        newsevents.parse(text, published=published)
    size = sum(len(text) for text, _ in docs) / len(docs) / 1000
    best: dict[str, float] = {}
    batched: dict[str, float] = {}
    for _ in range(args.repeat):
        for measure, into in (
            (lambda: one_pass(docs), best),
            (lambda: parse_pass(docs), best),
            (lambda: batch_pass(docs), batched),
            (lambda: parse_batch_pass(docs), batched),
        ):
            for name, seconds in in_child(measure).items():
                into[name] = min(into.get(name, seconds), seconds)
    print(
        f"{len(docs)} GVA articles, mean {size:.2f} KB, after {len(warm)} others;"
        f" CPU ms per article, best of {args.repeat} first passes; newsevents {build()}"
    )
    print(f"{'':<11} {'one by one':>10} {'in batches':>10}")
    for name in (*STAGES, "parse"):
        print(
            f"{name:<11} {best[name] / len(docs) * 1000:7.3f} ms"
            f" {batched[name] / len(docs) * 1000:7.3f} ms"
        )
    print(
        f"articles/s  {len(docs) / best['parse']:7.0f}"
        f"    {len(docs) / batched['parse']:7.0f}     per core"
    )


if __name__ == "__main__":
    main()
