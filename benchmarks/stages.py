"""
What each stage of `newsevents.parse` costs per article, on real news.

    python benchmarks/stages.py [DATA_DIR] [--articles N] [--repeat R]

DATA_DIR defaults to ../shared/data (relative to the repository root).
Reads the first N articles of ``casualties/gva_dev.jsonl`` (``content``, ``dct``; default 600)
and prints the CPU time (`time.process_time`) per article of each stage — segmentation
(``parse_article``), times, statements, casualties, agreements — and of the whole `parse`,
best of R passes (default 3): the machine may be shared, and the best pass is the least
disturbed one.
Targets (issues 4, 5, 7): statements and casualties at most 0.5 ms each per ~2 KB article,
`parse` at least 500 articles per second per core.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path

import attrs

import newsevents
from newsevents._dates import coerce_date
from newsevents.article import parse_article
from newsevents.pipeline import DEFAULT_EXTRACTORS
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
    spent = dict.fromkeys((*STAGES, "parse"), 0.0)
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
    start = time.process_time()
    for text, published in docs:
        newsevents.parse(text, published=published)
    spent["parse"] = time.process_time() - start
    return spent


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
    args = parser.parse_args(argv)
    docs = load(args.data, args.articles)
    size = sum(len(text) for text, _ in docs) / len(docs) / 1000
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for name, seconds in one_pass(docs).items():
            best[name] = min(best.get(name, seconds), seconds)
    print(
        f"{len(docs)} GVA articles, mean {size:.2f} KB; CPU ms per article, best of {args.repeat}"
    )
    for name in (*STAGES, "parse"):
        print(f"{name:<11} {best[name] / len(docs) * 1000:7.3f} ms")
    print(f"parse()     {len(docs) / best['parse']:7.0f} articles/s per core")


if __name__ == "__main__":
    main()
