"""
Two builds of newsevents compared stage by stage, in paired, alternating first passes.

    python benchmarks/paired.py SITE_A SITE_B [--rounds R] [--data DATA_DIR] [--articles N]

SITE_A and SITE_B are folders that hold a `newsevents` package each (a wheel installed with
``pip install --no-deps --target SITE``; the path of a checkout's ``src`` for the pure build).
Each build gets a process of its own that imports it from there and parses the warm-up
articles (1,200 GVA articles after the measured ones, as `stages.py` does). Then, R rounds,
each build in turn (the order flips every round) forks a child that runs every stage over the
same N GVA articles (default 600) and reports the CPU milliseconds per article, and then one
that runs the whole `parse`. Every measured pass is a first pass over those articles. Each
child freezes the objects it inherits (`gc.freeze`, as in `stages.py`): otherwise a build
that holds more objects after import can move the child's first full collection, which copies
every page of the parent's heap, into another stage (session 16: times read +14 to +23 % for
equal work).

It prints, per stage, both builds' median and fastest pass and the median of the paired
differences ``B / A - 1``. On a shared virtual machine the speed of the same build drifts by
±15 % from one minute to the next; passes of the two builds run side by side share the drift,
so their ratio is steady where either figure alone is not.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def _serve(data: Path, count: int, warm: int) -> None:
    """
    The per-build process: warm up, then answer the lines of stdin.

    Each ``stages`` or ``parse`` line gets one JSON line of CPU milliseconds per article,
    measured in a child forked for it.
    """
    import attrs  # noqa: PLC0415 - imported from the build's site, after sys.path is set

    import newsevents  # noqa: PLC0415
    from newsevents._dates import coerce_date  # noqa: PLC0415
    from newsevents.article import parse_article  # noqa: PLC0415
    from newsevents.pipeline import DEFAULT_EXTRACTORS  # noqa: PLC0415
    from newsevents.timex import extract_times  # noqa: PLC0415

    docs: list[tuple[str, str]] = []
    with (data / "casualties" / "gva_dev.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            docs.append((record["content"], record["dct"]))
            if len(docs) >= count + warm:
                break
    measured, warm_docs = docs[:count], docs[count:]
    for text, published in warm_docs:
        newsevents.parse(text, published=published)
    extractors = {
        extractor.__name__.removeprefix("extract_"): extractor for extractor in DEFAULT_EXTRACTORS
    }

    def stages() -> dict[str, float]:
        spent = {"article": 0.0, "times": 0.0, **dict.fromkeys(extractors, 0.0)}
        clock = time.process_time
        for text, published in measured:
            start = clock()
            article = parse_article(text, published=coerce_date(published))
            spent["article"] += clock() - start
            start = clock()
            article = attrs.evolve(article, times=extract_times(article))
            spent["times"] += clock() - start
            for name, extractor in extractors.items():
                start = clock()
                extractor(article)
                spent[name] += clock() - start
        return spent

    def parse() -> dict[str, float]:
        start = time.process_time()
        for text, published in measured:
            newsevents.parse(text, published=published)
        return {"parse": time.process_time() - start}

    modes: dict[str, Callable[[], dict[str, float]]] = {"stages": stages, "parse": parse}
    print("ready", flush=True)
    for line in sys.stdin:
        measure = modes[line.strip()]
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: measure, report, leave without the parent's cleanup
            gc.freeze()  # the collector then leaves the parent's pages unwritten
            os.close(read)
            try:
                report = {name: spent / count * 1000 for name, spent in measure().items()}
                os.write(write, json.dumps(report).encode())
            finally:
                os._exit(0)
        os.close(write)
        with os.fdopen(read, "rb") as pipe:
            answer = pipe.read().decode()
        os.waitpid(pid, 0)
        print(answer, flush=True)


def main(argv: Sequence[str] | None = None) -> None:
    """
    Run both builds side by side and print the paired figures.
    """
    parser = argparse.ArgumentParser(description="Compare two builds stage by stage.")
    parser.add_argument("sites", nargs=2, type=Path, help="folders holding newsevents, A then B")
    parser.add_argument("--rounds", type=int, default=10, help="paired rounds (default 10)")
    parser.add_argument("--data", type=Path, default=_DATA, help="the shared data folder")
    parser.add_argument("--articles", type=int, default=600, help="GVA articles (default 600)")
    parser.add_argument("--warm", type=int, default=1200, help="warm-up articles (default 1200)")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        sys.path.insert(0, str(args.sites[0]))
        _serve(args.data, args.articles, args.warm)
        return
    servers = []
    for site in args.sites:
        command = [sys.executable, __file__, str(site), str(site), "--serve"]
        command += ["--data", str(args.data), "--articles", str(args.articles)]
        command += ["--warm", str(args.warm)]
        server = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(site)},
        )
        assert server.stdout is not None
        if server.stdout.readline().strip() != "ready":
            message = f"the build in {site} did not start"
            raise SystemExit(message)
        servers.append(server)
    figures: list[dict[str, list[float]]] = [{}, {}]
    for number in range(args.rounds):
        order = (0, 1) if number % 2 == 0 else (1, 0)
        for mode in ("stages", "parse"):
            for which in order:
                server = servers[which]
                assert server.stdin is not None
                assert server.stdout is not None
                server.stdin.write(mode + "\n")
                server.stdin.flush()
                for name, value in json.loads(server.stdout.readline()).items():
                    figures[which].setdefault(name, []).append(value)
    print(
        f"{args.articles} GVA articles, first passes, {args.rounds} paired rounds;"
        f" CPU ms per article (A: {args.sites[0]}, B: {args.sites[1]})"
    )
    print(f"{'stage':<11} {'A median':>9} {'A best':>7} {'B median':>9} {'B best':>7}  B/A-1")
    for name, first in figures[0].items():
        second = figures[1][name]
        change = statistics.median(b / a - 1 for a, b in zip(first, second, strict=True))
        print(
            f"{name:<11} {statistics.median(first):9.3f} {min(first):7.3f}"
            f" {statistics.median(second):9.3f} {min(second):7.3f}  {change * 100:+.1f} %"
        )
    for server in servers:
        assert server.stdin is not None
        server.stdin.close()
        server.wait()


if __name__ == "__main__":
    main()
