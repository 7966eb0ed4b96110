"""
How fast newsevents reads news, side by side with dateparser, and how it scales.

    python benchmarks/speed.py [DATA_DIR] [--quick] [--profile]

DATA_DIR defaults to ../shared/data (relative to the repository root).
It prints, in one run:

1. `newsevents.parse` docs/s and MB/s per core (CPU time of this one process) on TBAQ documents
   (tempeval3/*.jsonl ``text``, ``dct``) and on GVA articles (casualties/gva_dev.jsonl
   ``content``, ``dct``); each corpus is read once, until it ends or its time allowance runs
   out, after 400 PolNeAR train articles (``--warm``) have been parsed unmeasured, so the
   caches of recurring words and phrases are as full as in a long stream;
2. dateparser's ``search_dates(text, languages=["en"], settings={"RELATIVE_BASE": ...})`` on
   the same texts, and how many times faster the whole `parse` is, and `find_times` alone (the
   same job as ``search_dates``: find and resolve the dates) (``pip install 'newsevents[bench]'``).
   It runs first, in a child process forked after the warm-up, and times `find_times` before
   `parse`, so every text is new to the code timed: a text read before would find its
   openings and phrases in the look-up caches;
3. scaling: one ~2 KB document at 1x, 10x and 100x its length;
4. a streamed corpus of 100,000 records (real documents repeated; 2,000 with ``--quick``)
   through ``newsevents extract`` with 1 and 2 workers: throughput, and the resident memory of
   the whole process tree sampled over the run (peak, and at 25/50/75/100 % of the run, to see
   that it stays flat). A run that would take longer than its allowance is stopped and its
   throughput measured on the records written so far;
5. with ``--profile``, the functions where `parse` spends its time (cProfile).

Targets (issue 7): >= 500 docs/s per core on ~2 KB news; >= 50x dateparser; 100x length in
<= 120x the time; peak RSS < 200 MB and flat; 2 workers >= 1.8x one.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import newsevents
from newsevents._version import build
from newsevents.errors import TimeBudgetExceededError

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"

Doc = tuple[str, str]  # (text, dct)


def load_tbaq(data: Path) -> list[Doc]:
    """
    TBAQ documents: TimeBank then AQUAINT, (text, dct).
    """
    docs: list[Doc] = []
    for name in ("timebank.jsonl", "aquaint.jsonl"):
        with (data / "tempeval3" / name).open(encoding="utf-8") as lines:
            docs += [(r["text"], r["dct"]) for r in map(json.loads, lines)]
    return docs


def load_gva(data: Path) -> list[Doc]:
    """
    GVA articles, (content, dct).
    """
    with (data / "casualties" / "gva_dev.jsonl").open(encoding="utf-8") as lines:
        return [(r["content"], r["dct"]) for r in map(json.loads, lines)]


def load_warm(data: Path, count: int) -> list[Doc]:
    """
    Up to *count* PolNeAR train articles as (text, publication date).

    No figure is measured on them: they are parsed first, so the look-up caches are as full
    as in a long stream.
    """
    dates: dict[str, str] = {}
    metadata = data / "polnear" / "metadata.tsv"
    if metadata.exists():
        with metadata.open(encoding="utf-8") as rows:
            header = next(rows).rstrip("\n").split("\t")
            for row in rows:
                fields = dict(zip(header, row.rstrip("\n").split("\t"), strict=False))
                dates[fields.get("filename", "")] = fields.get("publication_date", "")
    docs: list[Doc] = []
    for path in sorted((data / "polnear" / "train" / "text").glob("*.txt"))[:count]:
        date = dates.get(path.stem, "")
        docs.append((path.read_text(encoding="utf-8"), date if len(date) == 10 else "2016-01-01"))
    return docs


def time_parse(docs: Sequence[Doc], *, allowance: float) -> tuple[int, int, float, float]:
    """
    Parse docs in order until they end or *allowance* CPU seconds pass.

    Returns:
        (documents parsed, their UTF-8 bytes, CPU seconds, wall seconds).
    """
    count = size = 0
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    for text, dct in docs:
        try:
            newsevents.parse(text, published=dct)
        except Exception as error:  # a bug in a rule must not hide the other figures
            print(f"  parse() failed on a document: {type(error).__name__}: {error}")
        count += 1
        size += len(text.encode("utf-8"))
        if time.process_time() - cpu_start > allowance:
            break
    return count, size, time.process_time() - cpu_start, time.perf_counter() - wall_start


def cpu_seconds(function: Callable[[], object]) -> float:
    """
    CPU seconds *function* takes in this process.
    """
    start = time.process_time()
    function()
    return time.process_time() - start


def section_parse(corpora: dict[str, list[Doc]], *, allowance: float) -> dict[str, int]:
    """
    1. parse() docs/s and MB/s per core; returns how many docs of each corpus were read.
    """
    print("\n## 1. parse() per core (CPU time of one process)")
    print(
        f"{'corpus':<6} {'docs':>6} {'mean KB':>8} {'docs/s':>9} {'MB/s':>7} {'ms/doc':>8} {'wall s':>7}"
    )
    read: dict[str, int] = {}
    for name, docs in corpora.items():
        count, size, cpu, wall = time_parse(docs, allowance=allowance)
        read[name] = count
        print(
            f"{name:<6} {count:>6} {size / count / 1000:>8.2f} {count / cpu:>9.1f} "
            f"{size / cpu / 1e6:>7.3f} {cpu / count * 1000:>8.2f} {wall:>7.1f}"
        )
    return read


def section_dateparser(corpora: dict[str, list[Doc]], *, sample: int, allowance: float) -> None:
    """
    2. dateparser's search_dates on the same texts, and the ratio.
    """
    print("\n## 2. dateparser.search.search_dates on the same texts")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from dateparser.search import search_dates  # noqa: PLC0415 - benchmark-only
    except ImportError:
        print("dateparser is not installed: pip install 'newsevents[bench]'")
        return

    def run_dateparser(text: str, dct: str) -> object:
        base = dt.datetime.fromisoformat(dct)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})

    run_dateparser("He arrived on Monday, March 2.", "2020-03-18")  # load its data once
    print(
        f"{'corpus':<6} {'docs':>6} {'dateparser ms/doc':>18} {'parse ms/doc':>13} {'parse is x faster':>18}"
        f" {'find_times ms/doc':>18} {'find_times is x faster':>23}"
    )
    for name, docs in corpora.items():
        subset: list[Doc] = []
        spent = 0.0
        for text, dct in docs[:sample]:
            spent += cpu_seconds(lambda text=text, dct=dct: run_dateparser(text, dct))
            subset.append((text, dct))
            if spent > allowance:
                break
        # find_times first: it reads each text for the first time, as in a stream of new news
        dates_only = sum(
            cpu_seconds(lambda text=text, dct=dct: newsevents.find_times(text, dct))
            for text, dct in subset
        )
        ours = sum(
            cpu_seconds(lambda text=text, dct=dct: newsevents.parse(text, published=dct))
            for text, dct in subset
        )
        print(
            f"{name:<6} {len(subset):>6} {spent / len(subset) * 1000:>18.2f} "
            f"{ours / len(subset) * 1000:>13.2f} {spent / ours:>18.1f}"
            f" {dates_only / len(subset) * 1000:>18.2f} {spent / dates_only:>23.1f}"
        )


def section_scaling(docs: list[Doc], *, factors: Sequence[int], budget: float) -> None:
    """
    3. One document at 1x, 10x, 100x length.
    """
    text, dct = min(docs, key=lambda doc: abs(len(doc[0]) - 2000))
    print(f"\n## 3. scaling: one {len(text):,}-character TBAQ document repeated")
    print(f"{'length':>7} {'chars':>10} {'CPU s':>9} {'x time':>8}")
    base = 0.0
    for factor in factors:
        long_text = "\n\n".join([text] * factor)
        newsevents.parse(text, published=dct)  # warm
        try:
            spent = cpu_seconds(
                lambda t=long_text: newsevents.parse(t, published=dct, budget=budget)
            )
        except TimeBudgetExceededError:
            print(f"{factor:>6}x {len(long_text):>10,} {'> ' + str(budget):>9} {'-':>8}")
            continue
        base = base or spent
        print(f"{factor:>6}x {len(long_text):>10,} {spent:>9.3f} {spent / base:>8.1f}")


def _descendants(root: int) -> dict[int, float]:
    """
    *root* and every process below it, each with the CPU seconds it has used so far.
    """
    children: dict[int, list[int]] = {}
    cpu: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
        cpu[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick  # utime + stime
    found: dict[int, float] = {}
    stack = [root]
    while stack:
        pid = stack.pop()
        found[pid] = cpu.get(pid, 0.0)
        stack += children.get(pid, [])
    return found


def _memory_kb(pid: int) -> tuple[int, int]:
    """
    (Pss, Rss) of one process in kB; Pss shares copy-on-write pages out fairly.
    """
    pss = rss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                pss = int(line.split()[1])
            elif line.startswith("Rss:"):
                rss = int(line.split()[1])
    except OSError:
        pass
    return pss, rss


def _tree_memory(root: int, cpu_seen: dict[int, float]) -> tuple[int, int]:
    """
    (sum of Pss over the process tree, largest Rss of one process), in bytes.

    Also records in *cpu_seen* the CPU seconds each process of the tree has used.
    """
    tree = _descendants(root)
    for pid, seconds in tree.items():
        cpu_seen[pid] = max(cpu_seen.get(pid, 0.0), seconds)
    pairs = [_memory_kb(pid) for pid in tree]
    return sum(p for p, _ in pairs) * 1024, max((r for _, r in pairs), default=0) * 1024


def write_corpus(path: Path, docs: list[Doc], records: int) -> int:
    """
    Write *records* JSONL records cycling through *docs*; returns the file's size in bytes.
    """
    with path.open("w", encoding="utf-8") as out:
        for number in range(records):
            text, dct = docs[number % len(docs)]
            out.write(json.dumps({"id": number, "text": text, "published": dct}) + "\n")
    return path.stat().st_size


def stream_run(corpus: Path, out: Path, *, workers: int, allowance: float) -> dict[str, Any]:
    """
    Run ``newsevents extract`` over *corpus* and watch its memory; stop it after *allowance* s.
    """
    command = [sys.executable, "-m", "newsevents.cli", "extract", str(corpus), "-o", str(out)]
    command += ["--quiet", "--workers", str(workers)]
    start = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE)
    samples: list[tuple[float, int, int]] = []
    cpu_seen: dict[int, float] = {}
    stopped = False
    while process.poll() is None:
        elapsed = time.perf_counter() - start
        total, largest = _tree_memory(process.pid, cpu_seen)
        if total:
            samples.append((elapsed, total, largest))
        if elapsed > allowance:
            process.terminate()
            process.wait()
            stopped = True
            break
        time.sleep(0.25)
    wall = time.perf_counter() - start
    stderr = process.stderr.read().decode() if process.stderr else ""
    with out.open("rb") as lines:
        done = sum(1 for _ in lines)
    return {
        "workers": workers,
        "done": done,
        "wall": wall,
        "stopped": stopped,
        "returncode": process.returncode,
        "stderr": stderr.strip()[-300:],
        "samples": samples,
        "cpu": sum(cpu_seen.values()),
    }


def section_stream(docs: list[Doc], *, records: int, allowance: float) -> None:
    """
    4. A streamed corpus through the command line with 1 and 2 workers.
    """
    print(f"\n## 4. streamed corpus: {records:,} records through `newsevents extract`")
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        size = write_corpus(corpus, docs, records)
        print(
            f"corpus: {size / 1e6:.1f} MB ({size / records / 1000:.2f} KB/record), stopped after {allowance:.0f} s if unfinished"
        )
        print(
            f"{'workers':>7} {'records':>9} {'wall s':>8} {'docs/s':>8} {'MB/s':>6} {'CPU s':>7} {'docs/CPU s':>10} "
            f"{'peak tree PSS MB':>16} {'peak proc RSS MB':>16}  tree PSS MB at 25/50/75/100 %"
        )
        rates, efficiency = {}, {}
        for workers in (1, 2):
            run = stream_run(
                corpus, Path(folder) / f"out{workers}.jsonl", workers=workers, allowance=allowance
            )
            samples = run["samples"]
            rate = run["done"] / run["wall"]
            rates[workers] = rate
            efficiency[workers] = run["done"] / max(run["cpu"], 1e-9)
            peak_tree = max((s[1] for s in samples), default=0) / 1e6
            peak_proc = max((s[2] for s in samples), default=0) / 1e6
            marks = (
                [
                    samples[min(len(samples) - 1, int(len(samples) * share))][1] / 1e6
                    for share in (0.25, 0.5, 0.75, 0.999)
                ]
                if samples
                else []
            )
            note = " (stopped: allowance)" if run["stopped"] else f" (exit {run['returncode']})"
            print(
                f"{workers:>7} {run['done']:>9,} {run['wall']:>8.1f} {rate:>8.1f} "
                f"{rate * size / records / 1e6:>6.2f} {run['cpu']:>7.1f} {run['done'] / max(run['cpu'], 1e-9):>10.1f} {peak_tree:>16.0f} {peak_proc:>16.0f}  "
                + "/".join(f"{mark:.0f}" for mark in marks)
                + note
            )
            if run["returncode"] not in (0, 1, -15) and run["stderr"]:
                print(f"  stderr: {run['stderr']}")
        print(f"2 workers / 1 worker, wall clock: {rates[2] / rates[1]:.2f}x")
        print(
            "2 workers / 1 worker, CPU-bound on an idle machine (2 x docs per CPU-second "
            f"with 2 workers / docs per CPU-second with 1): {2 * efficiency[2] / efficiency[1]:.2f}x"
        )


def section_profile(docs: list[Doc], *, count: int) -> None:
    """
    5. Where parse() spends its time: own time, cumulative time, and who calls the regexes.
    """
    print(f"\n## 5. profile: parse() over {count} GVA documents (cProfile)")
    profiler = cProfile.Profile()
    profiler.enable()
    for text, dct in docs[:count]:
        newsevents.parse(text, published=dct)
    profiler.disable()
    prefix = str(Path(newsevents.__file__).resolve().parent.parent) + os.sep
    for title, key, restriction, show in (
        ("own time, every function", "tottime", (15,), "print_stats"),
        ("cumulative time, newsevents functions", "cumulative", ("newsevents", 25), "print_stats"),
        ("callers of the regex methods", "tottime", ("_regex", 2), "print_callers"),
    ):
        stream = io.StringIO()
        stats = pstats.Stats(profiler, stream=stream).sort_stats(key)
        getattr(stats, show)(*restriction)
        body = stream.getvalue().replace(prefix, "")
        marker = body.find("   ncalls") if show == "print_stats" else body.find("Function")
        print(f"-- {title}")
        print(body[marker:].rstrip())


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the benchmark and print its figures.
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA, help="DATA_DIR")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, shorter allowances")
    parser.add_argument("--profile", action="store_true", help="also profile parse()")
    parser.add_argument(
        "--records", type=int, help="streamed corpus size (default 100,000; 2,000 quick)"
    )
    parser.add_argument(
        "--warm",
        type=int,
        default=400,
        help="PolNeAR train articles parsed before measuring, to fill the caches (default 400)",
    )
    parser.add_argument("--skip-stream", action="store_true", help="leave out section 4")
    parser.add_argument(
        "--only", type=int, choices=range(1, 6), action="append", help="run only these sections"
    )
    parser.add_argument(
        "--stream-seconds",
        type=float,
        help="stop each streamed run after this many seconds (default 180; 60 quick)",
    )
    args = parser.parse_args(argv)
    quick = args.quick
    allowance = 10.0 if quick else 60.0
    records = args.records or (2_000 if quick else 100_000)

    load = os.getloadavg()
    print("# newsevents speed benchmark")
    print(
        f"date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC; newsevents {newsevents.__version__} ({build()}); Python {platform.python_version()}"
    )
    print(f"machine: {_cpu_name()}, {os.cpu_count()} cores; load average {load[0]:.2f} at start")
    print(f"mode: {'quick' if quick else 'full'}; data: {args.data}")

    corpora = {"TBAQ": load_tbaq(args.data), "GVA": load_gva(args.data)}
    sections = set(args.only or range(1, 6 if args.profile else 5)) - (
        {4} if args.skip_stream else set()
    )
    newsevents.parse(
        "Warm up\n\nRebels agreed on Monday to a truce, officials said.", published="2020-03-18"
    )
    warm = load_warm(args.data, args.warm)
    for text, dct in warm:
        newsevents.parse(text, published=dct)
    print(f"warm-up: {len(warm)} PolNeAR train articles parsed first (not measured)")
    if 2 in sections:
        # in a child forked before section 1 reads the texts: each text is new to it
        sys.stdout.flush()
        child = os.fork()
        if child == 0:
            try:
                section_dateparser(corpora, sample=30 if quick else 200, allowance=allowance / 2)
                sys.stdout.flush()
            finally:
                os._exit(0)
        os.waitpid(child, 0)
    if 1 in sections:
        section_parse(corpora, allowance=allowance)
    if 3 in sections:
        section_scaling(corpora["TBAQ"], factors=(1, 10, 100), budget=120.0 if not quick else 60.0)
    if 4 in sections:
        mixed = [doc for pair in zip(corpora["TBAQ"], corpora["GVA"], strict=False) for doc in pair]
        section_stream(
            mixed, records=records, allowance=args.stream_seconds or (60.0 if quick else 180.0)
        )
    if 5 in sections:
        section_profile(corpora["GVA"], count=10 if quick else 40)
    load = os.getloadavg()
    print(f"\nload average {load[0]:.2f} at end")
    print(
        f"median doc sizes: TBAQ {statistics.median(len(t) for t, _ in corpora['TBAQ']):,.0f} chars, GVA {statistics.median(len(t) for t, _ in corpora['GVA']):,.0f} chars"
    )
    return 0


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


if __name__ == "__main__":
    sys.exit(main())
