"""
Batch runs: `parse_many` and the streaming ``newsevents extract`` over corpora.

The command line runs in this process (``main(argv)`` with captured streams) to keep the file
fast; tests/test_cli.py runs it as a subprocess.
"""

from __future__ import annotations

import _thread
import datetime as dt
import functools
import gc
import gzip
import itertools
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, TypeAlias

import pytest

import newsevents
from newsevents import batch
from newsevents import cli as cli_module
from newsevents.batch import (
    BatchOptions,
    BatchResult,
    chunked,
    crashed_results,
    format_result_line,
    ordered_map,
    parse_many,
    read_done_ids,
    result_for,
    results_for,
)
from newsevents.cli import main

TRUCE = "Rebels agree truce\n\nThe rebels agreed to a truce on Monday, officials said.\n"
STRIKE = (
    "Two killed in strike\n\nTwo people were killed in an air strike on Tuesday, police said.\n"
)
TALKS = "Talks resume\n\nThe two sides met again last week, the minister told reporters.\n"

GOOD = [
    {"id": "truce", "text": TRUCE, "published": "2020-03-18", "source": "Wire"},
    {"id": 2, "text": STRIKE, "published": "2019-11-05"},
    {"id": "talks", "text": TALKS},
]

#: (record, expected error, why)
BAD_RECORDS = [
    ({"id": "x"}, "no 'text' field", "the text field is missing"),
    ({"id": "x", "text": 3}, "'text' must be a string, not int", "text of the wrong type"),
    ({"id": "x", "text": None}, "'text' must be a string, not null", "text is null"),
    (
        {"id": "x", "text": "Calm day", "published": "2020-02-30"},
        "published='2020-02-30' is not a valid ISO 8601 date: day is out of range for month",
        "an impossible date",
    ),
    (
        {"id": "x", "text": "Calm day", "published": "yesterday"},
        "published='yesterday' is not a valid ISO 8601 date: Invalid isoformat string: 'yesterday'",
        "a date that is not ISO 8601",
    ),
    (
        {"id": "x", "text": "Calm day", "published": 20200318},
        "published must be a date, a datetime or an ISO 8601 string, not int: 20200318",
        "a date of the wrong type",
    ),
    (
        {"id": ["x"], "text": "Calm day"},
        "'id' must be a string or an integer, not array",
        "an id of the wrong type",
    ),
    (42, "a record is a mapping or a str, not int", "a record that is neither"),
]
assert len({repr(case[0]) for case in BAD_RECORDS}) == len(BAD_RECORDS), "duplicate case"

#: (JSONL line, expected result line without the article, why)
BAD_LINES = [
    (
        b"{oops",
        {
            "id": "in.jsonl:1",
            "error": "not JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
        },
        "not JSON",
    ),
    (
        b"[1, 2]",
        {"id": "in.jsonl:1", "error": "not a JSON object: got array"},
        "JSON but not an object",
    ),
    (
        b'{"id": "a", "text": "caf\xe9"}',
        {"id": "a", "error": "in.jsonl: invalid UTF-8 at byte 24 (line 1, byte 0xe9)"},
        "not UTF-8, id kept",
    ),
    (
        b'{"text": "caf\xe9"}',
        {"id": "in.jsonl:1", "error": "in.jsonl: invalid UTF-8 at byte 13 (line 1, byte 0xe9)"},
        "not UTF-8, no id",
    ),
    (b'{"id": "a", "body": "Calm day"}', {"id": "a", "error": "no 'text' field"}, "no text"),
    (
        b'{"id": "a", "text": "x", "published": "2020-13-01"}',
        {
            "id": "a",
            "error": "published='2020-13-01' is not a valid ISO 8601 date: month must be in 1..12",
        },
        "bad date",
    ),
    (
        b'{"id": "a", "source": "Wire"}',
        {"id": "a", "source": "Wire", "error": "no 'text' field"},
        "source kept on errors",
    ),
]
assert len({case[0] for case in BAD_LINES}) == len(BAD_LINES), "duplicate case"


def frozen_in_worker(chunk: list[int]) -> int:
    """
    How many objects the collector of the process running this leaves alone (`gc.freeze`).
    """
    return gc.get_freeze_count()


def padded(chunk: list[int]) -> tuple[int, str]:
    """
    The chunk's first number, with a result larger than a pipe holds (the worker's write waits).
    """
    return chunk[0], "x" * 100_000


def dies_on(chunk: list[str]) -> list[str]:
    """
    The chunk's words in capitals; "die" kills the worker, as an out-of-memory killer would.

    "die once:PATH" kills it only while the file PATH does not exist, and makes the file;
    "wait" waits half a second first.
    """
    for word in chunk:
        if word == "wait":
            time.sleep(0.5)
        flag = Path(word.removeprefix("die once:"))
        if word == "die" or (word.startswith("die once:") and not flag.exists()):
            if word != "die":
                flag.touch()
            os.kill(os.getpid(), signal.SIGKILL)
    return [word.upper() for word in chunk]


def expected_articles(records: list[dict[str, Any]]) -> list[newsevents.Article]:
    """
    What `parse()` gives for each record.
    """
    return [newsevents.parse(r["text"], published=r.get("published")) for r in records]


def write_jsonl(path: Path, records: list[Any]) -> Path:
    """
    Write *records* as JSON lines (bytes are written as they are).
    """
    lines = [r if isinstance(r, bytes) else json.dumps(r).encode() for r in records]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


Cli: TypeAlias = Callable[..., tuple[int, str, str]]


def result_lines(text: str) -> list[dict[str, Any]]:
    """
    The JSON objects of a result file.
    """
    return [json.loads(line) for line in text.splitlines()]


def without_articles(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """
    The result lines with each article replaced by its text, to compare briefly.
    """
    return [{k: (v["text"] if k == "article" else v) for k, v in line.items()} for line in lines]


class TestParseMany:
    """
    `parse_many` parses records lazily, in order, turning bad records into error results.
    """

    def test_articles_equal_parse(self) -> None:
        """
        Each result holds what `parse()` returns for the record, with its id and source.
        """
        results = list(parse_many(GOOD))

        assert [r["id"] for r in GOOD] == [result.id for result in results]
        assert expected_articles(GOOD) == [result.article for result in results]
        assert ["Wire", None, None] == [result.source for result in results]

    @pytest.mark.parametrize(
        ("record", "expected", "why"), BAD_RECORDS, ids=[case[2] for case in BAD_RECORDS]
    )
    def test_bad_record_becomes_error_result(self, record: Any, expected: str, why: str) -> None:
        """
        A bad record gives one result with the reason; the records around it are parsed.
        """
        results = list(parse_many([GOOD[0], record, GOOD[1]]))

        assert expected == results[1].error
        assert [True, False, True] == [result.ok for result in results]

    def test_chunk_results_equal_one_by_one(self) -> None:
        """
        A chunk read stage by stage (`results_for`) gives each item's `result_for`, bad or good.
        """
        records = [*GOOD, *(case[0] for case in BAD_RECORDS), *GOOD]
        items: list[Any] = [("record", r, n) for n, r in enumerate(records)]
        items += [("json", b"{oops", "x:1"), ("text", TRUCE, "t"), ("fail", "unreadable", "f")]
        options = BatchOptions(published=dt.date(2020, 3, 18))
        expected = [result_for(item, options) for item in items]

        actual = results_for(items, options)

        assert expected == actual
        assert 2 * len(GOOD) + 1 == sum(result.ok for result in actual)

    def test_plain_strings_get_their_position_as_id(self) -> None:
        """
        A string is an article's text; its id is its 0-based position.
        """
        results = list(parse_many([TRUCE, {"text": STRIKE}], published="2020-03-18"))

        assert [0, 1] == [result.id for result in results]
        assert newsevents.parse(STRIKE, published="2020-03-18") == results[1].article

    def test_default_published_and_field_names(self) -> None:
        """
        Field names are configurable; *published* applies to records without a date.
        """
        records = [{"doc": "d1", "content": TALKS, "dct": None}, {"doc": "d2", "content": TRUCE}]
        results = list(
            parse_many(
                records,
                id_field="doc",
                text_field="content",
                published_field="dct",
                published="2021-06-01",
            )
        )

        assert ["d1", "d2"] == [result.id for result in results]
        assert [newsevents.parse(r["content"], published="2021-06-01") for r in records] == [
            result.article for result in results
        ]

    def test_budget_that_runs_out_is_an_error_result(self) -> None:
        """
        A record whose parse runs out of its time budget fails alone.
        """
        [result] = parse_many([TRUCE], budget=1e-9)

        assert (False, True) == (result.ok, "budget" in (result.error or ""))

    def test_two_workers_equal_one(self) -> None:
        """
        Two worker processes give the same results, in the same order, as one.
        """
        records = [*GOOD, {"id": "bad"}, *GOOD] * 3

        assert list(parse_many(records)) == list(parse_many(records, workers=2, chunksize=2))

    def test_endless_stream_is_read_lazily_with_workers(self) -> None:
        """
        Workers read only a bounded window ahead, so an endless stream gives results at once.
        """
        texts = (f"Report {n}\n\nCalm day." for n in itertools.count())
        results = parse_many(texts, workers=2, chunksize=4)
        first = list(itertools.islice(results, 3))
        results.close()  # type: ignore[attr-defined]

        assert [0, 1, 2] == [result.id for result in first]

    @pytest.mark.parametrize(
        ("workers", "expected"),
        [
            (0, "workers must be a positive integer, not 0"),
            (-2, "workers must be a positive integer, not -2"),
            (1.5, "workers must be a positive integer, not 1.5"),
            (True, "workers must be a positive integer, not True"),
            ("2", "workers must be a positive integer, not '2'"),
        ],
        ids=["zero", "negative", "float", "bool", "string"],
    )
    def test_bad_workers(self, workers: Any, expected: str) -> None:
        """
        Zero, negative or non-integer *workers* raise at once, naming the value.
        """
        with pytest.raises(newsevents.InvalidArgumentError) as caught:
            parse_many(GOOD, workers=workers)

        assert expected == str(caught.value)


class TestResultLine:
    """
    `format_result_line`: ``{"id", "source"?, "article" | "error"}``.
    """

    def test_article_line_embeds_to_json(self) -> None:
        """
        The article object is exactly `to_json`'s.
        """
        article = newsevents.parse(TRUCE, published="2020-03-18")
        line = json.loads(format_result_line(BatchResult(id="a", article=article, source="W")))

        assert ["id", "source", "article"] == list(line)
        assert article == newsevents.from_json(json.dumps(line["article"]))

    def test_error_line(self) -> None:
        """
        An error line holds the id and the reason, and is valid JSON whatever the characters.
        """
        result = BatchResult(id="é\n1", error='no "text" field')

        assert {"id": "é\n1", "error": 'no "text" field'} == json.loads(format_result_line(result))


class TestMachinery:
    """
    `chunked`, `ordered_map` and `read_done_ids`.
    """

    @pytest.mark.parametrize(
        ("values", "size", "expected"),
        [
            (range(5), 2, [[0, 1], [2, 3], [4]]),
            (range(4), 2, [[0, 1], [2, 3]]),
            ([], 3, []),
        ],
        ids=["ragged", "even", "empty"],
    )
    def test_chunked(self, values: Any, size: int, expected: list[list[int]]) -> None:
        """
        Chunks have *size* items, the last possibly fewer.
        """
        assert expected == list(chunked(values, size))

    def test_ordered_map_keeps_order_across_workers(self) -> None:
        """
        Results come in input order even when later chunks finish first.
        """
        chunks = [[n] * (50 - n) for n in range(20)]

        assert [sum(chunk) for chunk in chunks] == list(ordered_map(sum, chunks, workers=2))

    @pytest.mark.timeout(120)
    def test_closing_early_again_and_again_ends_with_the_workers_gone(self) -> None:
        """
        Stopping a stream while the workers still write results returns, with no worker left.

        Killing the workers there (`multiprocessing.pool.Pool.terminate`) hung about one time
        in a hundred: a worker killed in the middle of a write kept the result queue's lock.
        """
        for _ in range(30):
            results = ordered_map(padded, ([n] for n in itertools.count()), workers=2)
            first = [number for number, _padding in itertools.islice(results, 2)]
            results.close()  # type: ignore[attr-defined]

            assert ([0, 1], []) == (first, multiprocessing.active_children())

    @pytest.mark.timeout(120)
    def test_a_dead_worker_is_replaced_and_its_chunk_run_again(self, tmp_path: Path) -> None:
        """
        A worker killed in the middle of a run costs nothing: every chunk has its result.

        `multiprocessing.pool.Pool` lost the task of a killed worker and waited for it for
        ever.
        """
        chunks = [[f"w{n}"] for n in range(12)]
        chunks[5] = [f"die once:{tmp_path / 'died'}", "w5"]

        results = list(ordered_map(dies_on, chunks, workers=2))

        assert ([dies_on(chunk) for chunk in chunks], []) == (
            results,
            multiprocessing.active_children(),
        )

    @pytest.mark.timeout(120)
    def test_a_worker_dying_while_the_reader_pauses(self, tmp_path: Path) -> None:
        """
        A worker that dies while the reader pauses costs nothing either.

        The pool is broken when the next chunks are submitted: they wait in line, failed,
        and run again with the others.
        """
        chunks = [[f"w{n}"] for n in range(20)]
        chunks[1] = ["wait", f"die once:{tmp_path / 'died'}"]
        results = ordered_map(dies_on, chunks, workers=2)

        first = next(results)
        time.sleep(2)  # the worker dies while the reader holds the first result

        assert [dies_on(chunk) for chunk in chunks] == [first, *results]

    @pytest.mark.timeout(120)
    def test_a_chunk_that_kills_every_worker_gets_its_crash_result(self) -> None:
        """
        A chunk whose worker dies again when it runs alone gets ``on_crash``; the run goes on.
        """
        chunks = [["a"], ["b", "die"], ["c"], ["d"], ["e"]]

        results = list(
            ordered_map(dies_on, chunks, workers=2, on_crash=lambda _chunk, reason: [reason[:30]])
        )

        assert [["A"], ["a worker process died twice wh"], ["C"], ["D"], ["E"]] == results

    @pytest.mark.timeout(120)
    def test_without_on_crash_a_killing_chunk_raises(self) -> None:
        """
        With no ``on_crash`` the run stops with the pool's error, the workers gone.
        """
        with pytest.raises(BrokenProcessPool):
            list(ordered_map(dies_on, [["a"], ["die"], ["b"]], workers=2))

        assert [] == multiprocessing.active_children()

    def test_crashed_records_keep_their_ids(self) -> None:
        """
        `crashed_results` gives each record of a crashed chunk its own id and the reason.
        """
        chunk = [("record", {"id": "x", "text": "t"}, 0), ("text", "plain", 1)]

        results = crashed_results(chunk, "died", BatchOptions())

        assert [("x", "died"), (1, "died")] == [(r.id, r.error) for r in results]

    def test_forked_workers_leave_the_inherited_heap_alone(self) -> None:
        """
        Forked workers start with every object they inherit frozen.

        Their collector then does not copy the parent's pages; this process's collector is
        left as it was.
        """
        if batch._context().get_start_method() != "fork":
            pytest.skip("workers are not forked on this platform or in this process")
        before = gc.get_freeze_count()

        frozen = list(ordered_map(frozen_in_worker, [[0], [1], [2]], workers=2))

        assert (True, before) == (min(frozen) > 10_000, gc.get_freeze_count())

    @pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
    def test_workers_are_forked_right_after_a_run(self) -> None:
        """
        A run started right after another forks its workers too.

        The threads of the pool that just shut down stay in the system's count for about a
        millisecond after Python let them go; they must not make the next run use the slower
        fork server.
        """
        methods = []
        for _ in range(8):
            list(ordered_map(sum, [[1], [2], [3]], workers=2))
            methods.append(batch._context().get_start_method())

        assert ["fork"] * 8 == methods

    @pytest.mark.skipif(sys.platform != "linux", reason="the thread count is read on Linux")
    @pytest.mark.parametrize("started_by", ["threading", "_thread"])
    def test_a_live_thread_is_counted(self, started_by: str) -> None:
        """
        A running thread makes the process multi-threaded.

        So does one that Python's `threading` does not know of (as a C library's thread).
        """
        release = _thread.allocate_lock()
        release.acquire()
        running = _thread.allocate_lock()
        running.acquire()

        def hold() -> None:
            running.release()
            with release:
                pass

        if started_by == "threading":
            thread = threading.Thread(target=hold)
            thread.start()
        else:
            _thread.start_new_thread(hold, ())
        running.acquire()  # the thread is running
        try:
            assert not batch._single_threaded()
        finally:
            release.release()
            if started_by == "threading":
                thread.join()

    def test_read_done_ids_drops_a_cut_last_line(self, tmp_path: Path) -> None:
        """
        Ids of complete lines (in any key order) are returned; a cut last line is removed.
        """
        path = tmp_path / "out.jsonl"
        path.write_text(
            '{"id": "a", "error": "x"}\n{"article": {}, "id": 2}\nnot json\n{"id": "c", "art'
        )

        assert ({"a", 2}, '{"id": "a", "error": "x"}\n{"article": {}, "id": 2}\nnot json\n') == (
            read_done_ids(path),
            path.read_text(),
        )


def crash_marks(items: list[str], reason: str) -> list[str]:
    """
    An ``on_crash`` for `dies_on` chunks: each item marked, with the start of the reason.
    """
    return [f"{item} crashed: {reason[:27]}" for item in items]


@pytest.fixture
def forked(monkeypatch: pytest.MonkeyPatch) -> None:
    """
    Workers are forked, so that what a test patches in this process holds in them.
    """
    if "fork" not in multiprocessing.get_all_start_methods():  # pragma: no cover - Windows
        pytest.skip("the platform cannot fork")
    monkeypatch.setattr(batch, "_context", lambda: multiprocessing.get_context("fork"))


def killed_by_die(real: Callable[..., Any]) -> Callable[..., Any]:
    """
    *real* (a function of a chunk of items), killing its process for a record "die".
    """

    def results(chunk: list[Any], *args: Any, **kwargs: Any) -> Any:
        if any(item[1] in {"die", b'{"text": "die"}\n'} for item in chunk):
            os.kill(os.getpid(), signal.SIGKILL)
        return real(chunk, *args, **kwargs)

    return results


class TestOneByOne:
    """
    A chunk that kills its worker twice is run again record by record.

    Only the record that kills its process too loses its result.
    """

    @pytest.mark.timeout(120)
    def test_only_the_killing_item_fails(self) -> None:
        """
        The other items of the chunk get their results; the run and its order go on.
        """
        chunks = [["a"], ["b", "die", "c"], ["d"], ["e", "f"]]
        on_crash = functools.partial(batch.one_by_one, dies_on, on_crash=crash_marks)

        results = list(ordered_map(dies_on, chunks, workers=2, on_crash=on_crash))

        assert [
            ["A"],
            ["B", f"die crashed: {batch.CRASHED_ALONE[:27]}", "C"],
            ["D"],
            ["E", "F"],
        ] == results
        assert [] == multiprocessing.active_children()

    @pytest.mark.timeout(120)
    def test_a_chunk_of_one_is_not_run_a_third_time(self) -> None:
        """
        A chunk of one item ran alone already: it gets ``on_crash`` with the chunk's reason.
        """
        calls: list[list[str]] = []

        def function(chunk: list[str]) -> list[str]:
            calls.append(chunk)  # pragma: no cover - never called here
            return chunk  # pragma: no cover

        assert [f"die crashed: {batch._CRASHED[:27]}"] == batch.one_by_one(
            function, ["die"], batch._CRASHED, on_crash=crash_marks
        )
        assert [] == calls

    @pytest.mark.timeout(180)
    @pytest.mark.usefixtures("forked")
    def test_parse_many(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        `parse_many`: the record that kills every worker gets an error, its chunk-mates parse.
        """
        monkeypatch.setattr(batch, "results_for", killed_by_die(batch.results_for))
        records = [TRUCE, "die", STRIKE, TRUCE]

        results = list(parse_many(records, workers=2, chunksize=4))

        assert [0, 1, 2, 3] == [result.id for result in results]
        assert [True, False, True, True] == [result.ok for result in results]
        assert batch.CRASHED_ALONE == results[1].error
        assert [TRUCE, STRIKE, TRUCE] == [r.article.text for r in results if r.article]

    @pytest.mark.timeout(180)
    @pytest.mark.usefixtures("forked")
    def test_cli(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, cli: Cli) -> None:
        """
        ``newsevents extract --workers 2``: one error line for that record, exit 1.
        """
        monkeypatch.setattr(cli_module, "results_for", killed_by_die(batch.results_for))
        write_jsonl(tmp_path / "in.jsonl", [{"text": TRUCE}, {"text": "die"}, {"text": STRIKE}])

        code, out, err = cli("extract", "in.jsonl", "--workers", "2")

        assert (1, "newsevents: 1 of 3 records failed; their error lines are in the output\n") == (
            code,
            err,
        )
        assert [
            {"id": "in.jsonl:1", "article": TRUCE},
            {"id": "in.jsonl:2", "error": batch.CRASHED_ALONE},
            {"id": "in.jsonl:3", "article": STRIKE},
        ] == without_articles(result_lines(out))


class TestCliBatch:
    """
    ``newsevents extract corpus.jsonl``: one result line per record, in order, in streaming.
    """

    def test_jsonl_corpus(
        self,
        tmp_path: Path,
        cli: Cli,
    ) -> None:
        """
        Each record gives a line with its id and `to_json` article, in input order; exit 0.
        """
        corpus = write_jsonl(tmp_path / "in.jsonl", GOOD)
        code, out, err = cli("extract", str(corpus))
        lines = result_lines(out)

        assert (0, "") == (code, err)
        assert [["id", "source", "article"], ["id", "article"], ["id", "article"]] == [
            list(line) for line in lines
        ]
        assert expected_articles(GOOD) == [
            newsevents.from_json(json.dumps(line["article"])) for line in lines
        ]

    @pytest.mark.parametrize(("line", "expected", "why"), BAD_LINES, ids=[c[2] for c in BAD_LINES])
    def test_bad_line_becomes_error_line(
        self,
        line: bytes,
        expected: dict[str, Any],
        why: str,
        tmp_path: Path,
        cli: Cli,
    ) -> None:
        """
        A bad record gives an error line with its id (or file:line) and reason; exit 1.
        """
        corpus = write_jsonl(tmp_path / "in.jsonl", [line, GOOD[1]])
        code, out, err = cli("extract", "in.jsonl")

        assert corpus.exists()
        assert (1, [expected, {"id": 2, "article": STRIKE}]) == (
            code,
            without_articles(result_lines(out)),
        )
        assert "newsevents: 1 of 2 records failed; their error lines are in the output\n" == err

    def test_blank_lines_skipped_and_counted(
        self,
        tmp_path: Path,
        cli: Cli,
    ) -> None:
        """
        Blank lines give no result but count for the ``file:line`` id of a record without one.
        """
        (tmp_path / "in.jsonl").write_text('\n{"text": "Calm day"}\n\n')
        code, out, _err = cli("extract", "in.jsonl")

        assert (0, [{"id": "in.jsonl:2", "article": "Calm day"}]) == (
            code,
            without_articles(result_lines(out)),
        )

    def test_two_workers_equal_one(
        self,
        tmp_path: Path,
        cli: Cli,
    ) -> None:
        """
        ``--workers 2`` writes the same file as ``--workers 1``.
        """
        corpus = write_jsonl(tmp_path / "in.jsonl", [*GOOD, b"{oops", *GOOD] * 8)
        one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
        codes = [
            cli("extract", str(corpus), "-o", str(out), "--workers", workers)[0]
            for out, workers in ((one, "1"), (two, "2"))
        ]

        assert ([1, 1], one.read_text()) == (codes, two.read_text())
        assert 56 == len(one.read_text().splitlines())

    def test_resume_skips_ids_already_written(
        self,
        tmp_path: Path,
        cli: Cli,
    ) -> None:
        """
        ``--resume`` appends records whose id is not in the output yet, redoing a cut last line.
        """
        corpus = write_jsonl(tmp_path / "in.jsonl", GOOD)
        full, resumed = tmp_path / "full.jsonl", tmp_path / "resumed.jsonl"
        cli("extract", str(corpus), "-o", str(full))
        first, second, _third = full.read_text().splitlines(keepends=True)
        resumed.write_text(first + second[:40])
        code, _out, _err = cli("extract", str(corpus), "-o", str(resumed), "--resume")

        assert (0, full.read_text()) == (code, resumed.read_text())

    def test_folder_of_txt_files(
        self,
        tmp_path: Path,
        cli: Cli,
    ) -> None:
        """
        A folder gives a line per .txt file, sorted, ids relative; a bad file an error line.
        """
        folder = tmp_path / "news"
        (folder / "sub").mkdir(parents=True)
        (folder / "b.txt").write_text(STRIKE)
        (folder / "a.txt").write_text(TRUCE)
        (folder / "notes.md").write_text("not news")
        (folder / "sub" / "c.txt").write_bytes(b"caf\xe9")
        code, out, _err = cli("extract", str(folder), "--published", "2020-03-18")
        lines = result_lines(out)

        assert (1, ["a.txt", "b.txt", "sub/c.txt"]) == (code, [line["id"] for line in lines])
        assert newsevents.parse(STRIKE, published="2020-03-18") == newsevents.from_json(
            json.dumps(lines[1]["article"])
        )
        assert "sub/c.txt: invalid UTF-8 at byte 3 (line 1, byte 0xe9)" == lines[2]["error"]

    def test_stdin_plain_text(
        self,
        cli: Cli,
    ) -> None:
        """
        Standard input is one plain-text article by default.
        """
        code, out, _err = cli("extract", "-", "--format", "jsonl", stdin=TRUCE.encode())

        assert (0, newsevents.parse(TRUCE)) == (code, newsevents.from_json(out))

    def test_stdin_jsonl(
        self,
        cli: Cli,
    ) -> None:
        """
        With ``--input-format jsonl`` standard input is a JSONL corpus.
        """
        stdin = b'{"id": 1, "text": "Calm day"}\n{"id": 2}\n'
        code, out, _err = cli("extract", "-", "--input-format", "jsonl", stdin=stdin)

        assert (1, [{"id": 1, "article": "Calm day"}, {"id": 2, "error": "no 'text' field"}]) == (
            code,
            without_articles(result_lines(out)),
        )

    def test_field_options_and_gzip(
        self,
        tmp_path: Path,
        cli: Cli,
    ) -> None:
        """
        ``--id-field/--text-field/--published-field`` read other layouts; .jsonl.gz is read.
        """
        corpus = tmp_path / "gva.jsonl.gz"
        with gzip.open(corpus, "wt") as handle:
            handle.write(
                json.dumps({"doc_id": "g1", "content": STRIKE, "dct": "2019-11-05"}) + "\n"
            )
        _code, out, _err = cli(
            "extract",
            str(corpus),
            "--id-field",
            "doc_id",
            "--text-field",
            "content",
            "--published-field",
            "dct",
        )
        [line] = result_lines(out)

        assert ("g1", newsevents.parse(STRIKE, published="2019-11-05")) == (
            line["id"],
            newsevents.from_json(json.dumps(line["article"])),
        )

    def test_text_format_and_progress(
        self,
        tmp_path: Path,
        cli: Cli,
    ) -> None:
        """
        ``--format text`` renders records for a person; ``--progress`` draws a bar on stderr.
        """
        corpus = write_jsonl(tmp_path / "in.jsonl", [GOOD[0], {"id": "bad"}])
        code, out, err = cli("extract", str(corpus), "--format", "text", "--progress")

        assert (1, True, True) == (
            code,
            "== truce\n" in out,
            "== bad\nerror: no 'text' field\n" in out,
        )
        assert "2/2 records" in err

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (("--format", "json"), "--format json prints one document per article"),
            (
                ("--resume",),
                "--resume needs a batch run (JSONL or folder input) that writes to -o FILE",
            ),
            (("-o", "in.jsonl"), "-o in.jsonl is also an input: it would be overwritten"),
        ],
        ids=["json format", "resume without output", "output is input"],
    )
    def test_usage_errors(
        self,
        args: tuple[str, ...],
        message: str,
        tmp_path: Path,
        cli: Cli,
    ) -> None:
        """
        Options that do not fit a batch run exit 2 with one line saying why.
        """
        write_jsonl(tmp_path / "in.jsonl", GOOD)
        code, out, err = cli("extract", "in.jsonl", *args)

        assert (2, "", 1) == (code, out, len(err.splitlines()))
        assert message in err

    @pytest.mark.parametrize("workers", ["0", "-1", "two"], ids=["zero", "negative", "word"])
    def test_bad_workers_is_a_usage_error(
        self, workers: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        ``--workers`` must be a positive integer: exit 2, naming the value.
        """
        with pytest.raises(SystemExit) as caught:
            main(["extract", "in.jsonl", "--workers", workers])

        assert (2, f"must be a positive integer, not '{workers}'") == (
            caught.value.code,
            capsys.readouterr().err.strip().rsplit(": ", 1)[-1],
        )
