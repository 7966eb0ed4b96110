"""
Article segmentation benchmark: headline and credit on PolNeAR, boilerplate on GVA pages.

Usage: ``python benchmarks/article.py [DATA_DIR] [--skip-gold]`` (default ``../shared/data`` from
the repo root; ``--skip-gold`` leaves out the boilerplate gold, for development runs).

Speed is CPU time (``time.process_time``), fairer than wall time on a shared machine; the first
300 GVA pages are also timed on their own, best of three runs.

- Headline accuracy: `newsevents.article.parse_article` on every PolNeAR train+dev text; the
  headline must equal the ``title`` column of ``polnear/metadata.tsv`` after normalisation
  (NFKC, lower case, punctuation and spacing dropped; a title cut at 100 characters is compared
  as a prefix).
- Credit: a document is positive when its ``wire`` column names an agency (or ``credit``
  holds an h/t line); a prediction is a source that is a wire agency or an h/t (bylines are
  not in the metadata, so they are not counted); it is correct when, normalised, it equals
  the metadata's. Precision and recall over positives.
- Headline false alarms on GVA: share of pages whose content does not start with the title
  where a headline is predicted anyway.
- Boilerplate: paragraph-level precision, recall and F1 against the hand-made gold
  ``benchmarks/data/gva_boilerplate_gold.jsonl``. Units are the gold's paragraphs (blocks
  between blank lines); a unit is predicted boilerplate when predicted paragraphs with the role
  headline, credit or boilerplate (the gold counts the page's own headline, bylines and
  contributor lines as boilerplate) cover more than half of its characters. A dateline
  standing alone is story text in the gold, so it counts as story. Figures with and without
  the press-release feed at line 400, as the gold's README asks.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

from newsevents.article import parse_article
from newsevents.model import Article, ParagraphRole
from newsevents.rules.article import AGENCIES

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "benchmarks" / "data" / "gva_boilerplate_gold.jsonl"
NOT_STORY = {ParagraphRole.HEADLINE, ParagraphRole.CREDIT, ParagraphRole.BOILERPLATE}
FEED_LINE = 400
WIRE_SOURCES = {names[0] for names in AGENCIES}
TITLE_CUT = 100
SPEED_SAMPLE = 300  # the first GVA pages, timed again on their own (the speed sample)
AGENCY_NAMES = {
    "ap": "ap",
    "associated press": "ap",
    "reuters": "reuters",
    "afp": "afp",
    "upi": "upi",
}


def _cpu_time(texts: list[str]) -> float:
    """
    CPU seconds `parse_article` takes over *texts* (CPU time: fair on a loaded machine).
    """
    started = time.process_time()
    for text in texts:
        parse_article(text)
    return time.process_time() - started


def normalise(value: str) -> str:
    """
    Lower case, NFKC, letters and digits only, single spaces.
    """
    value = unicodedata.normalize("NFKC", value).lower().replace("’", "'")
    return " ".join(re.sub(r"[^\w]+", " ", value).split())


def headline_matches(predicted: str | None, title: str) -> bool:
    """
    Whether the predicted headline is the title (a title cut at 100 characters as a prefix).
    """
    if predicted is None:
        return False
    want, got = normalise(title), normalise(predicted)
    if len(title.rstrip()) >= TITLE_CUT - 1:
        return got.startswith(want) or (want.startswith(got) and len(got) > 0.8 * len(want))
    return want == got


def gold_credit(row: dict[str, str]) -> str | None:
    """
    The credit the metadata gives: the wire agency, else an h/t source.
    """
    wire = row["wire"].strip()
    if wire not in {"None", "NA", ""}:
        return AGENCY_NAMES.get(wire.lower(), wire.lower())
    credit = row["credit"].strip()
    if credit not in {"None", "NA", ""}:
        return normalise(re.sub(r"^h/t/?:?\s*", "", credit, flags=re.IGNORECASE))
    return None


def credited(article: Article) -> str | None:
    """
    The article's source when it is what the metadata records: a wire agency or an h/t.

    Bylines and contributor names are credits too, but the metadata does not list them, so
    they are left out rather than counted as false positives.
    """
    if article.source is None or article.source_span is None:
        return None
    if article.source.lower() in AGENCY_NAMES or article.source in WIRE_SOURCES:
        return AGENCY_NAMES.get(article.source.lower(), article.source.lower())
    before = article.text[
        max(0, article.source_span.start - 12) : article.source_span.start
    ].lower()
    if "h/t" in before or "hat tip" in before:
        return normalise(article.source)
    return None


def bench_polnear(data_dir: Path) -> None:
    """
    Print headline accuracy and credit precision/recall on PolNeAR train+dev.
    """
    rows = list(
        csv.DictReader(
            (data_dir / "polnear" / "metadata.tsv").open(encoding="utf-8"), delimiter="\t"
        )
    )
    correct = total = 0
    tp = fp = fn = 0
    wire_tp = wire_pos = 0
    misses: list[tuple[str, str | None, str]] = []
    chars = 0
    elapsed = 0.0
    for row in rows:
        path = data_dir / "polnear" / row["compartment"] / "text" / f"{row['filename']}.txt"
        if row["compartment"] not in {"train", "dev"} or not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        chars += len(text)
        started = time.process_time()
        article = parse_article(text)
        elapsed += time.process_time() - started
        total += 1
        if headline_matches(article.headline, row["title"]):
            correct += 1
        else:
            misses.append((row["filename"], article.headline, row["title"]))
        want = gold_credit(row)
        got = credited(article)
        if got is not None and want is not None and got == want:
            tp += 1
        else:
            if got is not None:
                fp += 1
            if want is not None:
                fn += 1
        if row["wire"] not in {"None", "NA"}:
            wire_pos += 1
            wire_tp += got == AGENCY_NAMES.get(row["wire"].lower(), row["wire"].lower())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(
        f"PolNeAR train+dev: {total} docs, {total / elapsed:.0f} docs/s CPU time"
        f" ({chars / elapsed / 1e6:.2f} MB/s, {elapsed / total * 1000:.2f} ms/doc)"
    )
    print(f"  headline accuracy: {correct / total:.3f} ({correct}/{total})")
    print(
        f"  credit (wire or h/t): precision {precision:.3f} recall {recall:.3f} (tp {tp}, fp {fp}, fn {fn})"
    )
    print(f"  wire agencies only: recall {wire_tp / wire_pos:.3f} ({wire_tp}/{wire_pos})")
    for name, got, want in misses[:15]:
        print(f"    miss {name}: got {got!r:.70} want {want!r:.70}")


def gold_paragraphs(content: str) -> list[tuple[int, int]]:
    """
    The gold's unit: stripped blocks between blank lines (see benchmarks/data/README.md).
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in [*re.finditer(r"\n[ \t\r\f\v]*\n", content), None]:
        end = match.start() if match else len(content)
        block = content[pos:end]
        if block.strip():
            start = pos + len(block) - len(block.lstrip())
            spans.append((start, pos + len(block.rstrip())))
        pos = match.end() if match else end
    return spans


def predicted_units(article: Article, units: list[tuple[int, int]]) -> list[bool]:
    """
    For every unit, whether the article's non-story paragraphs cover most of it.
    """
    marks = [0] * (len(article.text) + 1)
    for paragraph in article.paragraphs:
        if paragraph.role not in NOT_STORY:
            continue
        if (
            article.dateline_span is not None
            and paragraph.span.contains(article.dateline_span)
            and len(paragraph.span) - len(article.dateline_span) <= 2
        ):
            continue  # a dateline standing alone is story text
        marks[paragraph.span.start] += 1
        marks[paragraph.span.end] -= 1
    covered = [0] * (len(article.text) + 1)
    depth = 0
    for index in range(len(article.text)):
        depth += marks[index]
        covered[index + 1] = covered[index] + (
            1 if depth > 0 and not article.text[index].isspace() else 0
        )
    result = []
    for start, end in units:
        size = sum(1 for char in article.text[start:end] if not char.isspace()) or 1
        result.append((covered[end] - covered[start]) * 2 > size)
    return result


def bench_gva(data_dir: Path, *, use_gold: bool = True) -> None:
    """
    Print boilerplate P/R/F1 against the hand-made gold, and headline false alarms on GVA.
    """
    docs = [
        json.loads(line)
        for line in (data_dir / "casualties" / "gva_dev.jsonl").open(encoding="utf-8")
    ]
    started = time.process_time()
    articles = [parse_article(doc["content"]) for doc in docs]
    elapsed = time.process_time() - started
    chars = sum(len(doc["content"]) for doc in docs)
    print(
        f"GVA dev: {len(docs)} pages, {len(docs) / elapsed:.0f} docs/s CPU time"
        f" ({chars / elapsed / 1e6:.2f} MB/s, {elapsed / len(docs) * 1000:.2f} ms/doc)"
    )
    sample = [doc["content"] for doc in docs[:SPEED_SAMPLE]]
    best = min(_cpu_time(sample) for _ in range(3))
    print(
        f"  first {len(sample)} pages, best of 3: {len(sample) / best:.0f} docs/s CPU time"
        f" ({best / len(sample) * 1000:.3f} ms/doc)"
    )
    false_alarms = sum(
        1
        for doc, article in zip(docs, articles, strict=True)
        if article.headline is not None
        and normalise(article.headline) != normalise(doc["title"])
        and not normalise(doc["title"]).startswith(normalise(article.headline))
    )
    print(
        f"  headline that is not the page title: {false_alarms / len(docs):.3f} ({false_alarms}/{len(docs)})"
    )
    if not use_gold:
        return
    if not GOLD.exists():
        print(f"  boilerplate: gold {GOLD} not found")
        return
    gold = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    for label, skip in (("all", None), (f"without line {FEED_LINE}", FEED_LINE)):
        tp = fp = fn = 0
        for record in gold:
            line = record.get("line")
            if skip is not None and line == skip:
                continue
            doc = (
                docs[line]
                if line is not None
                else next(d for d in docs if d["doc_id"] == record["doc_id"])
            )
            units = gold_paragraphs(doc["content"])
            golden = {(item["start"], item["end"]) for item in record["boilerplate"]}
            article = articles[docs.index(doc)] if line is None else articles[line]
            for unit, predicted in zip(units, predicted_units(article, units), strict=True):
                actual = unit in golden
                tp += predicted and actual
                fp += predicted and not actual
                fn += actual and not predicted
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(
            f"  boilerplate paragraphs ({label}): precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn})"
        )


def main() -> None:
    """
    Run both benchmarks on DATA_DIR.
    """
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    data_dir = Path(args[0]) if args else REPO.parent / "shared" / "data"
    bench_polnear(data_dir)
    bench_gva(data_dir, use_gold="--skip-gold" not in sys.argv)


if __name__ == "__main__":
    main()
