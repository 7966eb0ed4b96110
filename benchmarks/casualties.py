"""
Casualty benchmark: counts and dates on GVA, Life.Die / Life.Injure on WikiEvents and RAMS.

Usage: ``python benchmarks/casualties.py [DATA_DIR] [--limit N]`` (DATA_DIR defaults to
``../shared/data`` relative to the repository root).

(a) ``casualties/gva_dev.jsonl``: the killed and injured counts of each article's main
    incident against ``gold.num_killed`` / ``gold.num_injured`` (exact, and within the bounds
    of the Quantity), and the incident date against ``gold.date``.
    The main incident's figure of a kind is the first record of that kind in the article;
    no record of the kind means 0; a record with no count whose victims are one person
    ("a man", "John Smith", "he") or unnamed ("suffered gunshot wounds") means 1; and, as
    shooting reports count, "4 shot, 1 dead" means 3 injured.
    Reachable ceiling, per kind: the article *states* the gold count n when
    n > 0 and a number equal to n (digits, a number word, or "a"/"an"/"one" before a
    singular noun for n = 1) stands within 40 characters of a casualty word of that kind
    in the same sentence; or n = 0 and no number stands near such a word.
    The ceiling is the share of articles that state it.
(b) ``casualties/wikievents_dev.jsonl`` and ``events_rams/rams_dev.jsonlines``: sentence-level
    recall and precision of Life.Die (our ``killed``) and Life.Injure (our ``injured``), on
    the gold sentence splits, and victim overlap (share of gold Victim arguments of
    found sentence events that overlap the victims span we read there, or the count span
    where the count stands for the victims: "killing the three"). RAMS annotates one
    event per window, so its precision counts any Die/Injure we find in the annotated
    sentence of a non-Life event as wrong: a lower bound.
(c) ``benchmarks/quantities.py`` scoring, when that file exists.

Speed: CPU milliseconds ``extract_casualties`` adds per 2 KB of article text, on GVA (dense
shooting reports) and on TempEval-3 newswire (ordinary news).
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import importlib.util
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import newsevents
from newsevents.extractors.casualties import (
    build_mention,
    extract_casualties,
    is_singular,
    match_sentence,
)
from newsevents.model import Article, Casualty, CasualtyKind, Paragraph, ParagraphRole, Span

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"

# --- the ceiling: numbers near casualty words --------------------------------------------

_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "no": 0, "nobody": 0, "none": 0,
}  # fmt: skip
_NUMBER = re.compile(
    r"(?<![\w.,-])(\d{1,4}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)
_SINGULAR_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|person|teen|teenager|child|officer|victim|"
    r"driver|student|baby|infant|toddler|father|mother|son|daughter|husband|wife|male|female|"
    r"resident|clerk|employee|suspect|customer|friend|relative|neighbor|brother|sister)\b",
    re.IGNORECASE,
)
_KIND_WORDS = {
    "killed": re.compile(
        r"\b(?:killed|kills?|dead|died|dies|deaths?|fatal(?:ly)?|slain|murder(?:ed)?|"
        r"homicides?|lives|bodies)\b",
        re.IGNORECASE,
    ),
    "injured": re.compile(
        r"\b(?:injur(?:ed|ies|y)|wound(?:ed|s)?|hurt|hospitali[sz]ed|shot|"
        r"(?:critical|serious|stable) condition)\b",
        re.IGNORECASE,
    ),
}
_WINDOW = 40


def stated_numbers(text: str, kind: str) -> set[int]:
    """
    Values of the numbers within 40 characters of a casualty word of *kind*, same sentence.
    """
    values: set[int] = set()
    for word in _KIND_WORDS[kind].finditer(text):
        low = max(0, word.start() - _WINDOW)
        high = min(len(text), word.end() + _WINDOW)
        window_start = text.rfind(". ", low, word.start())
        window_end = text.find(". ", word.end(), high)
        start = low if window_start < 0 else window_start + 2
        end = high if window_end < 0 else window_end
        for number in _NUMBER.finditer(text, start, end):
            token = number.group(1).lower()
            if token.isdigit():
                value = int(token)
                if value > 500:  # a year or an address, not people
                    continue
            else:
                value = _WORDS[token]
                if token in {"a", "an"} and not _SINGULAR_AFTER.match(text, number.end()):
                    continue
            values.add(value)
    return values


def reachable(text: str, kind: str, gold: int) -> bool:
    """
    Whether the article states the gold count *gold* of *kind* (see the module docstring).
    """
    values = stated_numbers(text, kind)
    if gold == 0:
        return not (values - {0})
    return gold in values


# --- (a) GVA -------------------------------------------------------------------------------


def figure(records: Iterable[Casualty], kind: CasualtyKind) -> tuple[int | None, Casualty | None]:
    """
    The main incident's figure of *kind*: the first record's count, 0 when there is none.
    """
    first = next((record for record in records if record.kind is kind), None)
    if first is None:
        return 0, None
    count = first.count
    if count is None:
        return (1 if first.victims is None or is_singular(first) else None), first
    value = count.exact if count.exact is not None else count.conservative
    if (
        kind is CasualtyKind.INJURED
        and value is not None
        and first.span.slice(first_text(records, first)).lower().split()[-1:] == ["shot"]
    ):
        killed, _ = figure(records, CasualtyKind.KILLED)
        if killed and value > killed:
            value -= killed  # "4 shot, 1 dead": the shot include the dead
    return value, first


_TEXTS: dict[int, str] = {}


def first_text(records: Iterable[Casualty], record: Casualty) -> str:
    """
    The article text the records index (set by `bench_gva` before scoring).
    """
    del records, record
    return _TEXTS.get(0, "")


def within(record: Casualty | None, predicted: int | None, gold: int) -> bool:
    """
    Whether *gold* lies within the bounds we give (the Quantity's, or the single figure).
    """
    if record is not None and record.count is not None:
        low, high = record.count.low, record.count.high
        return (low is None or low <= gold) and (high is None or gold <= high)
    return predicted == gold


def parse_gold_date(value: str) -> dt.date | None:
    """
    GVA's "February 6, 2014" as a date.
    """
    for fmt in ("%B %d, %Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value.strip(), fmt).date()  # noqa: DTZ007 - dates only
        except ValueError:  # noqa: PERF203 - two formats
            continue
    return None


def read_jsonl(path: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    """
    Yield the JSON objects of *path*, at most *limit*.
    """
    with path.open(encoding="utf-8") as handle:
        for index, line in enumerate(handle):
            if limit is not None and index >= limit:
                return
            if line.strip():
                yield json.loads(line)


def bench_gva(data: Path, limit: int | None) -> None:
    """
    Print count agreement, the reachable ceiling, date accuracy and speed on GVA dev.
    """
    path = data / "casualties" / "gva_dev.jsonl"
    if not path.exists():
        print(f"(a) GVA: {path} missing, skipped")
        return
    tally: Counter[str] = Counter()
    extract_seconds = 0.0
    parse_seconds = 0.0
    kilobytes = 0.0
    for row in read_jsonl(path, limit):
        gold = row["gold"] if isinstance(row["gold"], dict) else ast.literal_eval(row["gold"])
        text = f"{row['title']}\n\n{row['content']}"
        started = time.process_time()
        article = newsevents.parse(text, published=row.get("dct") or None)
        parse_seconds += time.process_time() - started
        started = time.process_time()
        records = extract_casualties(article)
        extract_seconds += time.process_time() - started
        _TEXTS[0] = text
        kilobytes += len(text) / 2048
        content = " ".join(paragraph.span.slice(text) for paragraph in article.content_paragraphs)
        tally["articles"] += 1
        both = True
        both_reach = True
        first_records = []
        for kind, key in (
            (CasualtyKind.KILLED, "num_killed"),
            (CasualtyKind.INJURED, "num_injured"),
        ):
            gold_count = int(gold[key])
            predicted, record = figure(records, kind)
            first_records.append(record)
            ok = predicted == gold_count
            reach = reachable(content, kind.value, gold_count)
            tally[f"{kind.value}.exact"] += ok
            tally[f"{kind.value}.within"] += within(record, predicted, gold_count)
            tally[f"{kind.value}.ceiling"] += reach
            tally[f"{kind.value}.exact_on_reachable"] += ok and reach
            both = both and ok
            both_reach = both_reach and reach
        tally["both.exact"] += both
        tally["both.ceiling"] += both_reach
        tally["both.exact_on_reachable"] += both and both_reach
        gold_date = parse_gold_date(str(gold.get("date", "")))
        main = next((record for record in first_records if record is not None), None)
        if gold_date is not None:
            tally["dated"] += 1
            if main is not None and main.time is not None and main.time.start is not None:
                tally["date.with_time"] += 1
                guess = main.time.start if main.time.start == main.time.end else None
                tally["date.time_correct"] += guess == gold_date
                tally["date.time_contains"] += (
                    main.time.start <= gold_date <= (main.time.end or main.time.start)
                )
                tally["date.correct"] += guess == gold_date
            else:
                tally["date.correct"] += str(row.get("dct")) == gold_date.isoformat()
            tally["date.dct_baseline"] += str(row.get("dct")) == gold_date.isoformat()
    count = tally["articles"]
    if not count:
        print("(a) GVA: no articles")
        return
    print(f"(a) GVA dev: {count} articles")
    for kind in ("killed", "injured", "both"):
        ceiling = tally[f"{kind}.ceiling"] / count
        exact = tally[f"{kind}.exact"] / count
        line = f"    {kind:8s} exact {exact:.3f}  ceiling {ceiling:.3f}  gap {ceiling - exact:+.3f}"
        if kind != "both":
            line += f"  within-bounds {tally[f'{kind}.within'] / count:.3f}"
        reach = tally[f"{kind}.ceiling"]
        if reach:
            line += f"  exact-on-reachable {tally[f'{kind}.exact_on_reachable'] / reach:.3f}"
        print(line)
    dated = tally["dated"] or 1
    with_time = tally["date.with_time"] or 1
    print(
        f"    date     exact {tally['date.correct'] / dated:.3f} (record time, else dct)"
        f"  dct-only baseline {tally['date.dct_baseline'] / dated:.3f}"
        f"  records with a time {tally['date.with_time'] / dated:.3f}"
        f" (exact {tally['date.time_correct'] / with_time:.3f},"
        f" interval contains gold {tally['date.time_contains'] / with_time:.3f})"
    )
    print(
        f"    speed    extract_casualties {1000 * extract_seconds / kilobytes:.3f} ms per 2 KB"
        f"  (whole parse {1000 * parse_seconds / kilobytes:.3f} ms per 2 KB)"
    )


def bench_speed(data: Path) -> None:
    """
    Print the CPU milliseconds `extract_casualties` adds per 2 KB of general newswire.

    TimeBank and AQUAINT (``tempeval3/``) are ordinary news, not casualty reports.
    """
    texts: list[tuple[str, str | None]] = []
    for name in ("timebank.jsonl", "aquaint.jsonl"):
        path = data / "tempeval3" / name
        if path.exists():
            texts.extend((row["text"], row.get("dct")) for row in read_jsonl(path, None))
    if not texts:
        print("speed: tempeval3/ missing, skipped")
        return
    articles = [newsevents.parse(text, published=dct) for text, dct in texts]
    print_speed(f"TempEval-3 newswire, {len(articles)} articles", articles)
    gva = data / "casualties" / "gva_dev.jsonl"
    if gva.exists():
        rows = list(read_jsonl(gva, _SPEED_ARTICLES))
        print_speed(
            f"GVA dev, first {len(rows)} articles",
            [newsevents.parse(row["content"], published=row.get("dct") or None) for row in rows],
        )


#: How many GVA articles the speed figure is taken on.
_SPEED_ARTICLES = 300


def print_speed(name: str, articles: list[Article]) -> None:
    """
    Print the CPU time `extract_casualties` takes on parsed *articles* (best of 3).
    """
    kilobytes = sum(len(article.text) for article in articles) / 2048
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for article in articles:
            extract_casualties(article)
        best = min(best, time.process_time() - started)
    print(
        f"speed ({name}): extract_casualties {1000 * best / kilobytes:.3f} ms per 2 KB,"
        f" {1000 * best / len(articles):.3f} ms per article (CPU time, best of 3)"
    )


# --- (b) WikiEvents and RAMS -----------------------------------------------------------------

_TYPES = {CasualtyKind.KILLED: "die", CasualtyKind.INJURED: "injure"}


def sentence_article(text: str, sentences: list[Span]) -> Article:
    """
    An article with one body paragraph per gold sentence.
    """
    paragraphs = [
        Paragraph(span=span, role=ParagraphRole.BODY, sentences=(span,)) for span in sentences
    ]
    return Article(text=text, paragraphs=paragraphs)


def predicted_events(
    article: Article,
) -> tuple[set[tuple[int, str]], dict[tuple[int, str], list[Span]]]:
    """
    (sentence index, die|injure) pairs the records mention, and the victims spans read there.
    """
    starts = [span.start for span in article.sentences]
    pairs: set[tuple[int, str]] = set()
    for record in extract_casualties(article):
        if record.kind not in _TYPES:
            continue
        for mention in record.mentions:
            index = max(0, _bisect(starts, mention.start))
            pairs.add((index, _TYPES[record.kind]))
    victims: dict[tuple[int, str], list[Span]] = {}
    for index, sentence in enumerate(article.sentences):
        for rule, match, offset in match_sentence(article.text, sentence):
            mention = build_mention(article.text, sentence, rule, match, offset)
            if mention.kind not in _TYPES:
                continue
            # The victims phrase, or the count that stands for them ("killing the three").
            if mention.victims is not None:
                span = mention.victims.span
            elif mention.count is not None:
                span = mention.count.span
            else:
                continue
            victims.setdefault((index, _TYPES[mention.kind]), []).append(span)
    return pairs, victims


def _bisect(starts: list[int], position: int) -> int:
    low, high = 0, len(starts)
    while low < high:
        middle = (low + high) // 2
        if starts[middle] <= position:
            low = middle + 1
        else:
            high = middle
    return low - 1


def score_events(
    name: str,
    docs: Iterable[
        tuple[Article, set[tuple[int, str]], dict[tuple[int, str], list[Span]], set[int] | None]
    ],
) -> None:
    """
    Print sentence-level P/R per type and victim overlap.

    Each doc is (article, gold pairs, gold victims spans per pair, scored sentences or None
    for all).
    """
    tally: Counter[str] = Counter()
    for article, gold, gold_victims, scored in docs:
        predicted, victims = predicted_events(article)
        if scored is not None:
            predicted = {pair for pair in predicted if pair[0] in scored}
        for kind in ("die", "injure"):
            gold_kind = {pair for pair in gold if pair[1] == kind}
            predicted_kind = {pair for pair in predicted if pair[1] == kind}
            tally[f"{kind}.tp"] += len(gold_kind & predicted_kind)
            tally[f"{kind}.gold"] += len(gold_kind)
            tally[f"{kind}.predicted"] += len(predicted_kind)
            for pair in gold_kind & predicted_kind:
                for span in gold_victims.get(pair, []):
                    tally[f"{kind}.victims"] += 1
                    tally[f"{kind}.victims_overlap"] += any(
                        span.overlaps(ours) for ours in victims.get(pair, [])
                    )
    print(f"(b) {name}")
    for kind in ("die", "injure", "all"):
        keys = ("die", "injure") if kind == "all" else (kind,)
        tp = sum(tally[f"{key}.tp"] for key in keys)
        gold_total = sum(tally[f"{key}.gold"] for key in keys)
        predicted_total = sum(tally[f"{key}.predicted"] for key in keys)
        victims_total = sum(tally[f"{key}.victims"] for key in keys)
        overlap = sum(tally[f"{key}.victims_overlap"] for key in keys)
        recall = tp / gold_total if gold_total else 0.0
        precision = tp / predicted_total if predicted_total else 0.0
        share = overlap / victims_total if victims_total else 0.0
        label = {"die": "Life.Die", "injure": "Life.Injure", "all": "both"}[kind]
        print(
            f"    {label:11s} recall {recall:.3f} ({tp}/{gold_total})  precision {precision:.3f}"
            f" ({tp}/{predicted_total})  victim overlap {share:.3f} ({overlap}/{victims_total})"
        )


def _life_kind(event_type: str) -> str | None:
    lowered = event_type.lower()
    if lowered.startswith("life.die"):
        return "die"
    if lowered.startswith("life.injure"):
        return "injure"
    return None


def wikievents_docs(
    path: Path,
) -> Iterator[tuple[Article, set[tuple[int, str]], dict[tuple[int, str], list[Span]], None]]:
    """
    WikiEvents documents as articles on the gold sentences, with gold Die/Injure sentences.
    """
    for row in read_jsonl(path, None):
        # The documents' own text and token offsets disagree in places: rebuild the text
        # from the sentence strings, and token offsets relative to each sentence.
        pieces: list[str] = []
        tokens: list[tuple[int, int]] = []
        sentences: list[Span] = []
        position = 0
        for sentence_tokens, sentence_text in row["sentences"]:
            base = sentence_tokens[0][1] if sentence_tokens else 0
            sentences.append(Span(position, position + len(sentence_text)))
            for token in sentence_tokens:
                start = min(position + token[1] - base, position + len(sentence_text))
                end = min(position + token[2] - base, position + len(sentence_text))
                tokens.append((start, max(start, end)))
            pieces.append(sentence_text)
            position += len(sentence_text) + 1
        text = " ".join(pieces)
        entities = {entity["id"]: entity for entity in row["entity_mentions"]}
        gold: set[tuple[int, str]] = set()
        victims: dict[tuple[int, str], list[Span]] = {}
        for event in row["event_mentions"]:
            kind = _life_kind(event["event_type"])
            if kind is None:
                continue
            pair = (event["trigger"]["sent_idx"], kind)
            gold.add(pair)
            for argument in event["arguments"]:
                if argument["role"] != "Victim":
                    continue
                entity = entities.get(argument["entity_id"])
                if entity is None:
                    continue
                span = Span(tokens[entity["start"]][0], tokens[entity["end"] - 1][1])
                victims.setdefault(pair, []).append(span)
        yield sentence_article(text, sentences), gold, victims, None


#: RAMS Life.Injure is out of scope: its triggers are illness, hunger and violence in general
#: ("violent", "rape", "torture", "assault", "attacks"), rarely a report of people injured.
RAMS_OUT_OF_SCOPE = ("life.injure",)


def rams_docs(
    path: Path, *, scoped: bool = False
) -> Iterator[tuple[Article, set[tuple[int, str]], dict[tuple[int, str], list[Span]], set[int]]]:
    """
    RAMS windows as articles (tokens joined by spaces), scored on the annotated sentence.

    With *scoped*, windows whose event is an out-of-scope Life.Injure subtype are left out.
    """
    for row in read_jsonl(path, None):
        pieces: list[str] = []
        token_spans: list[tuple[int, int]] = []
        token_sentence: list[int] = []
        sentences: list[Span] = []
        position = 0
        for index, sentence_tokens in enumerate(row["sentences"]):
            start = position
            for token in sentence_tokens:
                token_spans.append((position, position + len(token)))
                token_sentence.append(index)
                pieces.append(token)
                position += len(token) + 1
            sentences.append(Span(start, position - 1))
        text = " ".join(pieces)
        trigger_start, _trigger_end, labels = row["evt_triggers"][0]
        if scoped and labels[0][0].startswith(RAMS_OUT_OF_SCOPE):
            continue
        sentence_index = token_sentence[trigger_start]
        kind = _life_kind(labels[0][0])
        gold: set[tuple[int, str]] = set()
        victims: dict[tuple[int, str], list[Span]] = {}
        if kind is not None:
            pair = (sentence_index, kind)
            gold.add(pair)
            for _trigger, (start, end), role in row["gold_evt_links"]:
                if role.endswith("victim"):
                    span = Span(token_spans[start][0], token_spans[end][1])
                    victims.setdefault(pair, []).append(span)
        yield sentence_article(text, sentences), gold, victims, {sentence_index}


# --- (c) quantities --------------------------------------------------------------------------


def bench_quantities(data: Path) -> None:
    """
    Run benchmarks/quantities.py's scoring when another helper has written it.
    """
    path = ROOT / "benchmarks" / "quantities.py"
    if not path.exists():
        print("(c) quantities: benchmarks/quantities.py not present, skipped")
        return
    spec = importlib.util.spec_from_file_location("_bench_quantities", path)
    if spec is None or spec.loader is None:
        print("(c) quantities: cannot load benchmarks/quantities.py")
        return
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    print("(c) quantities (benchmarks/quantities.py):")
    for name in ("score", "run", "main"):
        function = getattr(module, name, None)
        if callable(function):
            try:
                function([str(data)]) if name == "main" else function(data)
            except Exception as error:
                print(f"    {name}() failed: {error!r}")
            return
    print("    no score/run/main function found")


def main(argv: list[str] | None = None) -> int:
    """
    Run the benchmark and print its figures.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1] if __doc__ else None)
    parser.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    parser.add_argument("--limit", type=int, default=None, help="at most N GVA articles")
    parser.add_argument("--skip-gva", action="store_true")
    args = parser.parse_args(argv)
    data = Path(args.data)
    if not args.skip_gva:
        bench_gva(data, args.limit)
    wikievents = data / "casualties" / "wikievents_dev.jsonl"
    if wikievents.exists():
        score_events("WikiEvents dev (fully annotated)", wikievents_docs(wikievents))
    rams = data / "events_rams" / "rams_dev.jsonlines"
    if rams.exists():
        score_events("RAMS dev (annotated sentence; precision is a lower bound)", rams_docs(rams))
        score_events(
            "RAMS dev, in scope (Life.Die windows and non-Life windows; precision a lower bound)",
            rams_docs(rams, scoped=True),
        )
    bench_speed(data)
    bench_quantities(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
