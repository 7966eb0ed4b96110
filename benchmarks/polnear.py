"""
Statements benchmark on PolNeAR (political news attribution relations).

Usage: ``python benchmarks/polnear.py [DATA_DIR] [--split dev|train|both] [--errors FILE]``

DATA_DIR defaults to ``../shared/data`` relative to the repository root; the corpus is read
from ``DATA_DIR/polnear/{dev,train}`` (brat standoff: ``attributions/*.ann`` with
``text/*.txt``). Each article runs through the full pipeline, ``newsevents.parse(text)``.

Scoring, per category (speech/writing cues, and the rest: beliefs, polls, "according to"):

* content overlap: a predicted statement matches a gold attribution when the characters they
  share are at least *t* of the longer of the two (gold content is the union of its
  fragments, predicted content the union of its ``content_parts``; quotation marks count); one-to-one, greedy by overlap; P/R/F1 at t = 0.3 and 0.8.
  A gold attribution falls in a category by its cue; a prediction by its own cue.
* cue accuracy: matched pairs (t = 0.3) whose cue spans overlap.
* speaker match: matched pairs with a gold source whose predicted speaker span overlaps the
  gold source, or whose speaker's name (a pronoun resolved to its person) shares its last word
  with the gold source text.
* speed: milliseconds `extract_statements` takes per 2 KB of article text (the article
  already segmented and its times found, as in the pipeline).

Articles annotated by several annotators are scored once, on the first annotation.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import newsevents
from newsevents.extractors.statements import extract_statements
from newsevents.model import Statement
from newsevents.rules.statements import CUES, OTHER_CUES, SPEECH_CUES

ROOT = Path(__file__).resolve().parent.parent
SPEECH_FORMS = {form for lemma, *forms in CUES if lemma in SPEECH_CUES for form in forms}
THRESHOLDS = (0.3, 0.8)


@dataclass
class Gold:
    """
    One gold attribution: content characters, cue and source spans.
    """

    content: set[int]
    cue: list[tuple[int, int]]
    source: list[tuple[int, int]]
    cue_text: str
    source_text: str
    category: str = "speech"


@dataclass
class Tally:
    """
    Counts for one category.
    """

    gold: int = 0
    predicted: int = 0
    matched: dict[float, int] = field(default_factory=lambda: dict.fromkeys(THRESHOLDS, 0))
    matched_predicted: dict[float, int] = field(
        default_factory=lambda: dict.fromkeys(THRESHOLDS, 0)
    )
    cue_ok: int = 0
    speaker_total: int = 0
    speaker_ok: int = 0


def category_of_cue(cue: str) -> str:
    """
    ``speech`` for speech and writing cues (and bare punctuation cues of quotes), else ``other``.
    """
    words = re.findall(r"[a-z]+", cue.lower())
    if "according" in words:
        return "other"
    if not words:
        return "speech"  # ":" or a dash introducing a quote
    if any(word in SPEECH_FORMS for word in words):
        return "speech"
    if any(word in OTHER_CUES for word in words):
        return "other"
    return "other"


def read_ann(path: Path) -> list[Gold]:
    """
    The attributions of one brat ``.ann`` file.
    """
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            pieces = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
            spans[parts[0]] = (
                kind,
                [(a, b) for a, b in pieces],
                parts[2] if len(parts) > 2 else "",
            )
        elif line.startswith("E") and len(parts) >= 2:
            roles = {}
            for item in parts[1].split():
                role, _, ref = item.partition(":")
                roles[re.sub(r"\d+$", "", role)] = ref
            events.append(roles)
    golds = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        cue = spans.get(roles.get("Cue", ""), ("", [], ""))
        source = spans.get(roles.get("Source", ""), ("", [], ""))
        chars = {i for a, b in content[1] for i in range(a, b)}
        gold = Gold(chars, cue[1], source[1], cue[2], source[2])
        gold.category = category_of_cue(cue[2])
        golds.append(gold)
    return golds


def category_of(statement: Statement) -> str:
    """
    The category of a prediction, by its cue.
    """
    if statement.cue is None:
        return "speech"
    return category_of_cue(statement.cue)


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """
    Whether any of *spans* overlaps ``[start, end)``.
    """
    return any(a < end and start < b for a, b in spans)


def speaker_ok(gold: Gold, statement: Statement) -> bool:
    """
    Whether the predicted speaker is the gold source.
    """
    speaker = statement.speaker
    if speaker is None:
        return False
    if overlaps(gold.source, speaker.span.start, speaker.span.end):
        return True
    last = speaker.name.split()[-1].lower() if speaker.name.split() else ""
    return bool(last) and last in gold.source_text.lower().replace("’s", "").split()


def score_article(
    text: str,
    golds: list[Gold],
    statements: tuple[Statement, ...],
    tallies: dict[str, Tally],
    errors: list[str],
) -> None:
    """
    Add one article's counts to *tallies*.
    """
    predictions = [
        (statement, {i for part in statement.content_parts for i in range(part.start, part.end)})
        for statement in statements
    ]
    for statement, _chars in predictions:
        tallies[category_of(statement)].predicted += 1
    for gold in golds:
        tallies[gold.category].gold += 1
    for threshold in THRESHOLDS:
        pairs = []
        for gi, gold in enumerate(golds):
            for pi, (_statement, chars) in enumerate(predictions):
                shared = len(gold.content & chars)
                if shared:
                    ratio = shared / max(len(gold.content), len(chars))
                    if ratio >= threshold:
                        pairs.append((ratio, gi, pi))
        pairs.sort(reverse=True)
        used_gold: set[int] = set()
        used_pred: set[int] = set()
        for _ratio, gi, pi in pairs:
            if gi in used_gold or pi in used_pred:
                continue
            used_gold.add(gi)
            used_pred.add(pi)
            gold = golds[gi]
            statement = predictions[pi][0]
            tallies[gold.category].matched[threshold] += 1
            tallies[category_of(statement)].matched_predicted[threshold] += 1
            if threshold == THRESHOLDS[0]:
                cue = statement.cue_span
                if cue is not None and overlaps(gold.cue, cue.start, cue.end):
                    tallies[gold.category].cue_ok += 1
                if gold.source:
                    tallies[gold.category].speaker_total += 1
                    if speaker_ok(gold, statement):
                        tallies[gold.category].speaker_ok += 1
                    elif gold.category == "speech":
                        who = statement.speaker.name if statement.speaker else None
                        errors.append(
                            f"SPEAKER gold={gold.source_text!r} pred={who!r} ({statement.speaker.text if statement.speaker else ''!r}) content={statement.content[:80]!r}"
                        )
        if threshold == THRESHOLDS[0]:
            for gi, gold in enumerate(golds):
                if gi not in used_gold and gold.category == "speech":
                    start = min(gold.content)
                    errors.append(
                        f"MISS cue={gold.cue_text!r} src={gold.source_text!r} :: {text[max(0, start - 80) : max(gold.content) + 1]!r}"
                    )
            for pi, (statement, _chars) in enumerate(predictions):
                if pi not in used_pred and category_of(statement) == "speech":
                    errors.append(
                        f"FALSE {statement.rule_id} cue={statement.cue!r} spk={statement.speaker.text if statement.speaker else None!r} :: {statement.content[:120]!r}"
                    )


def f1(precision: float, recall: float) -> float:
    """
    The harmonic mean.
    """
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def run(
    split_dir: Path, metadata: dict[str, str], errors: list[str]
) -> tuple[dict[str, Tally], float, int]:
    """
    Score every article of one split; return the tallies, statements ms per 2 KB and the count.
    """
    tallies: dict[str, Tally] = defaultdict(Tally)
    seen: set[str] = set()
    elapsed = 0.0
    size = 0
    articles = 0
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        base = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        if base in seen:
            continue
        seen.add(base)
        text_path = split_dir / "text" / f"{base}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        article = newsevents.parse(text, published=metadata.get(base))
        began = time.perf_counter()
        extract_statements(article)
        elapsed += time.perf_counter() - began
        size += len(text)
        articles += 1
        score_article(text, read_ann(ann), article.statements, tallies, errors)
    per_2kb = elapsed * 1000 / (size / 2048) if size else 0.0
    return tallies, per_2kb, articles


def report(name: str, tallies: dict[str, Tally], per_2kb: float, articles: int) -> None:
    """
    Print the figures of one split.
    """
    print(f"== {name}: {articles} articles; statements {per_2kb:.3f} ms per 2 KB")
    for category in ("speech", "other"):
        tally = tallies[category]
        cells = [f"{category:6} gold={tally.gold:5d} pred={tally.predicted:5d}"]
        for threshold in THRESHOLDS:
            precision = (
                tally.matched_predicted[threshold] / tally.predicted if tally.predicted else 0.0
            )
            recall = tally.matched[threshold] / tally.gold if tally.gold else 0.0
            cells.append(
                f"@{threshold}: P={precision:.3f} R={recall:.3f} F1={f1(precision, recall):.3f}"
            )
        matched = tally.matched[THRESHOLDS[0]]
        cue = tally.cue_ok / matched if matched else 0.0
        speaker = tally.speaker_ok / tally.speaker_total if tally.speaker_total else 0.0
        cells.append(f"cue={cue:.3f} speaker={speaker:.3f} (n={tally.speaker_total})")
        print("  " + " | ".join(cells))


def main(argv: list[str] | None = None) -> int:
    """
    Run the benchmark and print its figures.
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("data_dir", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--split", choices=("dev", "train", "both"), default="both")
    parser.add_argument(
        "--errors", help="write speech/writing misses, false alarms and speaker errors here"
    )
    args = parser.parse_args(argv)
    corpus = Path(args.data_dir) / "polnear"
    metadata: dict[str, str] = {}
    with (corpus / "metadata.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            metadata[row["filename"]] = row["publication_date"]
    errors: list[str] = []
    splits = ("dev", "train") if args.split == "both" else (args.split,)
    for split in splits:
        tallies, per_2kb, articles = run(corpus / split, metadata, errors if split == "dev" else [])
        report(split, tallies, per_2kb, articles)
    if args.errors:
        Path(args.errors).write_text("\n".join(errors) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
