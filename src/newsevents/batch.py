r"""
Many articles at once: `parse_many`, and the streaming machinery behind ``newsevents extract``.

A corpus is a stream of *records*.
Each record becomes one `BatchResult`, in input order: the parsed `Article`, or the reason the
record could not be used (not JSON, no text, a bad date, ...).
A bad record never stops the run and never costs another record its result.

Work is cut into chunks of records.
With ``workers > 1`` the chunks go to a pool of processes, and at most a few chunks per worker
are in flight at any time, so memory stays flat however long the stream is.

>>> results = list(parse_many([
...     {"id": "a", "text": "Truce agreed", "published": "2020-03-18"},
...     {"id": "b", "text": "Calm day", "published": "2020-02-30"},
... ]))
>>> [(result.id, result.ok) for result in results]
[('a', True), ('b', False)]
>>> results[1].error
"published='2020-02-30' is not a valid ISO 8601 date: day is out of range for month"
"""

from __future__ import annotations

import collections
import concurrent.futures
import datetime as dt
import functools
import gc
import json
import multiprocessing
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Final, Literal, TypeAlias, TypeVar

import attrs

from newsevents._dates import coerce_date
from newsevents.errors import InvalidArgumentError, NewsEventsError
from newsevents.model import Article
from newsevents.pipeline import parse_batch
from newsevents.serialization import to_json

__all__ = [
    "CRASHED_ALONE",
    "DEFAULT_CHUNKSIZE",
    "BatchOptions",
    "BatchResult",
    "Errors",
    "Item",
    "ItemKind",
    "check_positive",
    "chunked",
    "crashed_results",
    "decode_utf8",
    "describe_utf8_error",
    "format_result_line",
    "jsonl_items",
    "one_by_one",
    "ordered_map",
    "parse_many",
    "read_done_ids",
    "record_id",
    "result_for",
    "results_for",
]

#: Records per chunk handed to a worker: large enough to hide the cost of a hand-over,
#: small enough to keep every worker busy to the end of the stream.
DEFAULT_CHUNKSIZE: Final = 32

#: Chunks in flight per worker: bounds memory while keeping the pool fed.
_WINDOW_PER_WORKER: Final = 4

_T = TypeVar("_T")
_R = TypeVar("_R")

RecordId: TypeAlias = str | int

#: How an item's payload is to be read:
#: ``json`` a JSONL line (bytes or str) holding one record;
#: ``record`` a mapping already decoded;
#: ``text`` the article's plain text (str);
#: ``bytes`` the article's text as UTF-8 bytes (a file's content);
#: ``fail`` nothing to read: the payload is the reason (a file could not be opened);
#: ``invalid`` a JSONL line that is not UTF-8: the payload is ``(reason, text)``, the line
#: decoded with replacement characters, read only for the record's id and source.
ItemKind: TypeAlias = Literal["json", "record", "text", "bytes", "fail", "invalid"]

#: What to do with bytes that are not UTF-8: ``strict`` makes the file or record an error,
#: ``replace`` reads each bad byte as U+FFFD (the replacement character) and goes on.
Errors: TypeAlias = Literal["strict", "replace"]

#: One unit of work: its kind, its payload and the id it has when the record names none.
Item: TypeAlias = tuple[ItemKind, Any, RecordId]


@attrs.frozen(kw_only=True)
class BatchOptions:
    """
    How records are read: the field names, and what applies when a record says nothing.

    Args:
        id_field: The field holding the record's id (a string or an integer).
        text_field: The field holding the article's text.
        published_field: The field holding its publication date (ISO 8601); may be absent.
        source_field: An optional field passed through to the result (e.g. the publisher).
        published: The publication date of records without one.
        budget: Seconds each parse may take (see `newsevents.parse`); ``None`` for no limit.
        errors: How the bytes of a file (``bytes`` items) that are not UTF-8 are read.
    """

    id_field: str = "id"
    text_field: str = "text"
    published_field: str = "published"
    source_field: str = "source"
    published: dt.date | None = None
    budget: float | None = None
    errors: Errors = "strict"


@attrs.frozen(kw_only=True)
class BatchResult:
    """
    What became of one record: its `Article`, or the reason it could not be used.

    Args:
        id: The record's id; for a record without one, its place in the input
            (see `parse_many` and the command line).
        article: The parsed article, or ``None`` when the record failed.
        error: Why the record failed (one line), or ``None``.
        source: The record's ``source`` field, passed through when it is a string.
    """

    id: RecordId
    article: Article | None = None
    error: str | None = None
    source: str | None = None

    @property
    def ok(self) -> bool:
        """
        Whether the record was parsed.
        """
        return self.error is None


def check_positive(value: object, *, name: str) -> int:
    """
    Return *value* if it is a positive integer; otherwise raise an error naming it.

    Args:
        value: What the caller passed.
        name: The argument's name, for the message.

    Returns:
        *value*, unchanged.

    Raises:
        InvalidArgumentError: *value* is not an integer, or is zero or negative.

    >>> check_positive(0, name="workers")
    Traceback (most recent call last):
    ...
    newsevents.errors.InvalidArgumentError: workers must be a positive integer, not 0
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        msg = f"{name} must be a positive integer, not {value!r}"
        raise InvalidArgumentError(msg)
    return value


def decode_utf8(data: bytes, *, errors: Errors = "strict") -> str:
    r"""
    Decode UTF-8 bytes, dropping a leading byte order mark.

    Unlike the ``utf-8-sig`` codec, the positions of a `UnicodeDecodeError` count from the
    first byte of *data*, the mark included, so they are byte offsets into the file.

    Args:
        data: The bytes.
        errors: ``strict`` raises on a byte that is not UTF-8; ``replace`` reads it as U+FFFD.

    Returns:
        The text.

    Raises:
        UnicodeDecodeError: *data* is not UTF-8 and *errors* is ``strict``.

    >>> decode_utf8(b"\xef\xbb\xbfcaf\xc3\xa9")
    'café'
    >>> decode_utf8(b"caf\xe9 au lait", errors="replace")
    'caf\ufffd au lait'
    """
    text = data.decode("utf-8", errors)
    return text.removeprefix("\ufeff")


def describe_utf8_error(
    error: UnicodeDecodeError, *, label: str, offset: int = 0, line: int = 1
) -> str:
    r"""
    Say where bytes stop being UTF-8: the input, the byte offset, the line and the byte.

    Args:
        error: What `bytes.decode` raised.
        label: The input's name (a file, ``<stdin>``).
        offset: Where the decoded bytes start in the input (a JSONL line's offset).
        line: The 1-based line number of the first decoded byte.

    Returns:
        One line, e.g. ``corpus.jsonl: invalid UTF-8 at byte 1234 (line 7, byte 0xe9)``.

    >>> try:
    ...     b"Calm\ncaf\xe9".decode()
    ... except UnicodeDecodeError as error:
    ...     print(describe_utf8_error(error, label="story.txt"))
    story.txt: invalid UTF-8 at byte 8 (line 2, byte 0xe9)
    """
    data = bytes(error.object)
    number = line + data.count(b"\n", 0, error.start)
    return f"{label}: invalid UTF-8 at byte {offset + error.start} (line {number}, byte 0x{data[error.start]:02x})"


def _type_name(value: object) -> str:
    return {dict: "object", list: "array", type(None): "null", float: "number"}.get(
        type(value), type(value).__name__
    )


def _decode_record(item: Item) -> tuple[Mapping[str, Any] | None, str | None]:
    """
    The record an item holds, or why it holds none.
    """
    kind, payload, _fallback = item
    if kind == "record":
        if isinstance(payload, Mapping):
            return payload, None
        return None, f"a record is a mapping or a str, not {type(payload).__name__}"
    if kind == "invalid":
        payload = payload[1]
    try:
        data = json.loads(payload)
    except UnicodeDecodeError as error:
        byte = bytes(error.object)[error.start]
        return None, f"invalid UTF-8 at byte {error.start} of the line (byte 0x{byte:02x})"
    except ValueError as error:
        return None, f"not JSON: {error}"
    if not isinstance(data, dict):
        return None, f"not a JSON object: got {_type_name(data)}"
    return data, None


def _id_of(record: Mapping[str, Any] | None, fallback: RecordId, options: BatchOptions) -> RecordId:
    if record is None:
        return fallback
    value = record.get(options.id_field)
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return value
    return fallback


def record_id(item: Item, options: BatchOptions) -> RecordId:
    """
    The id the result of *item* will carry (its own id, or its place in the input).

    Args:
        item: The unit of work.
        options: Where the id field is.

    Returns:
        The id, as `result_for` will report it.

    >>> record_id(("json", b'{"id": 7, "text": ""}', "corpus.jsonl:1"), BatchOptions())
    7
    >>> record_id(("json", b"{oops", "corpus.jsonl:2"), BatchOptions())
    'corpus.jsonl:2'
    """
    kind, _payload, fallback = item
    if kind not in ("json", "record", "invalid"):
        return fallback
    record, _reason = _decode_record(item)
    return _id_of(record, fallback, options)


def _text_of(item: Item, options: BatchOptions) -> tuple[RecordId, str, dt.date | None, str | None]:
    """
    The id, text, publication date and source of *item*; raise `_BadRecordError` if unusable.
    """
    kind, payload, fallback = item
    if kind == "fail":
        raise _BadRecordError(fallback, str(payload))
    if kind == "text":
        if not isinstance(payload, str):
            msg = f"a record is a mapping or a str, not {type(payload).__name__}"
            raise _BadRecordError(fallback, msg)
        return fallback, payload, options.published, None
    if kind == "bytes":
        try:
            return fallback, decode_utf8(payload, errors=options.errors), options.published, None
        except UnicodeDecodeError as error:
            msg = describe_utf8_error(error, label=str(fallback))
            raise _BadRecordError(fallback, msg) from None
    record, reason = _decode_record(item)
    if kind == "invalid":
        source = record.get(options.source_field) if record is not None else None
        raise _BadRecordError(
            _id_of(record, fallback, options),
            payload[0],
            source if isinstance(source, str) else None,
        )
    if record is None:
        raise _BadRecordError(fallback, reason or "unreadable record")
    identifier = _id_of(record, fallback, options)
    raw_id = record.get(options.id_field)
    if raw_id is not None and identifier != raw_id:
        msg = f"{options.id_field!r} must be a string or an integer, not {_type_name(raw_id)}"
        raise _BadRecordError(identifier, msg)
    source = record.get(options.source_field)
    source = source if isinstance(source, str) else None
    if options.text_field not in record:
        msg = f"no {options.text_field!r} field"
        raise _BadRecordError(identifier, msg, source)
    text = record[options.text_field]
    if not isinstance(text, str):
        msg = f"{options.text_field!r} must be a string, not {_type_name(text)}"
        raise _BadRecordError(identifier, msg, source)
    published_value = record.get(options.published_field)
    try:
        published = (
            options.published
            if published_value is None
            else coerce_date(published_value, name=options.published_field)
        )
    except NewsEventsError as error:
        raise _BadRecordError(identifier, str(error), source) from None
    return identifier, text, published, source


class _BadRecordError(Exception):
    """
    A record that cannot be parsed, with its id and the reason.
    """

    def __init__(self, identifier: RecordId, reason: str, source: str | None = None) -> None:
        super().__init__(reason)
        self.identifier = identifier
        self.reason = reason
        self.source = source


def result_for(item: Item, options: BatchOptions) -> BatchResult:
    """
    Parse one item; never raise: a record that cannot be used gives a result with its error.

    Args:
        item: ``(kind, payload, fallback_id)``; see `ItemKind`.
        options: How records are read.

    Returns:
        The `BatchResult`.

    >>> result_for(("json", '{"id": "x"}', "in.jsonl:1"), BatchOptions()).error
    "no 'text' field"
    """
    return results_for([item], options)[0]


def results_for(items: Sequence[Item], options: BatchOptions) -> list[BatchResult]:
    """
    Parse many items, each as `result_for` would, reading their articles one stage at a time.

    The articles are `newsevents.pipeline.parse_batch`'s: the same as `newsevents.parse`
    reads one by one, faster over a stream (docs/performance.md).

    Args:
        items: ``(kind, payload, fallback_id)`` each; see `ItemKind`.
        options: How records are read.

    Returns:
        One `BatchResult` per item, in order.

    >>> [result.ok for result in results_for([("text", "Truce agreed", 0), ("json", "{", 1)], BatchOptions())]
    [True, False]
    """
    results: list[BatchResult | None] = []
    readable: list[tuple[int, RecordId, str | None]] = []
    jobs: list[tuple[str, dt.date | None]] = []
    for item in items:
        try:
            identifier, text, published, source = _text_of(item, options)
        except _BadRecordError as bad:
            results.append(BatchResult(id=bad.identifier, error=bad.reason, source=bad.source))
            continue
        readable.append((len(results), identifier, source))
        jobs.append((text, published))
        results.append(None)
    outcomes = parse_batch(jobs, budget=options.budget)
    for (index, identifier, source), outcome in zip(readable, outcomes, strict=True):
        if isinstance(outcome, Article):
            results[index] = BatchResult(id=identifier, article=outcome, source=source)
        else:
            results[index] = BatchResult(id=identifier, error=_reason(outcome), source=source)
    return [result for result in results if result is not None]


def _reason(error: Exception) -> str:
    """
    The one-line reason a result gives for *error*: ours as it says, any other as a bug.
    """
    if isinstance(error, NewsEventsError):
        return str(error)
    return f"newsevents failed on this record (please report it): {type(error).__name__}: {error}"


def format_result_line(result: BatchResult) -> str:
    r"""
    The JSONL line of a result (without the newline).

    ``{"id": ..., "article": {...}}`` for a parsed record, ``{"id": ..., "error": "..."}`` for
    a failed one; ``"source"`` follows the id when the record had one.
    The article object is exactly `newsevents.to_json`'s.

    Args:
        result: The result.

    Returns:
        One line of JSON.

    >>> format_result_line(BatchResult(id=3, error="no 'text' field"))
    '{"id": 3, "error": "no \'text\' field"}'
    """
    head = '{"id": ' + json.dumps(result.id, ensure_ascii=False)
    if result.source is not None:
        head += ', "source": ' + json.dumps(result.source, ensure_ascii=False)
    if result.article is None:
        return head + ', "error": ' + json.dumps(result.error, ensure_ascii=False) + "}"
    return head + ', "article": ' + to_json(result.article) + "}"


def chunked(iterable: Iterable[_T], size: int) -> Iterator[list[_T]]:
    """
    Cut *iterable* into lists of *size* items (the last one may be shorter), lazily.

    >>> list(chunked(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    chunk: list[_T] = []
    for value in iterable:
        chunk.append(value)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


#: How long a thread Python has let go of may take to leave the system's count (seconds).
_THREAD_EXIT_WAIT: Final = 0.02


def _single_threaded() -> bool:
    """
    Whether this process runs one thread only (counting threads Python did not start).

    A thread that Python has joined stays in the system's count for a millisecond or so:
    right after a pool shuts down (the previous `parse_many`), its threads are still counted.
    While Python itself counts one thread, the count is read again for a little while.
    """
    deadline = time.monotonic() + _THREAD_EXIT_WAIT
    while True:
        try:
            fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
            count = int(fields[17])  # field 20, num_threads
        except (OSError, IndexError, ValueError):  # pragma: no cover - not Linux
            return threading.active_count() == 1
        if count == 1:
            return True
        if threading.active_count() > 1 or time.monotonic() >= deadline:
            return False
        time.sleep(0.0005)


def _context() -> multiprocessing.context.BaseContext:
    """
    The start method for worker processes.

    ``fork`` where the platform has it and this process runs a single thread: the workers
    start at once with the rules already compiled.
    Otherwise ``forkserver`` (where it exists): forking a process with threads (a progress
    monitor, a dask client) could copy a lock held by another thread into the child, so the
    workers start from a clean server process that imports newsevents once.
    Otherwise ``spawn``.
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform == "linux" and _single_threaded():
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newsevents.batch"])
        return context
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows


def ordered_map(
    function: Callable[[_T], _R],
    chunks: Iterable[_T],
    *,
    workers: int,
    on_crash: Callable[[_T, str], _R] | None = None,
) -> Iterator[_R]:
    """
    Apply *function* to each chunk, in *workers* processes, yielding results in input order.

    Unlike `multiprocessing.pool.Pool.imap`, which reads its whole input ahead, at most
    a few chunks per worker are read ahead, so memory stays flat over an endless stream.
    With one worker everything runs in this process.

    A worker process that dies (killed by the system for want of memory, or by a signal)
    does not stop the run: the chunks it and the others held are handed to fresh workers,
    the chunk waited for first on its own. If that chunk kills its worker too, it is the
    culprit, and its result is ``on_crash(chunk, reason)``, computed here.

    Args:
        function: A picklable callable (a module-level function or a `functools.partial`).
        chunks: The inputs, read lazily.
        workers: How many processes.
        on_crash: The result of a chunk whose worker died twice; ``None`` raises instead.

    Returns:
        An iterator of ``function(chunk)``, one per chunk, in order.

    Raises:
        concurrent.futures.process.BrokenProcessPool: A chunk killed its worker twice and
            there is no *on_crash*.

    >>> list(ordered_map(sum, [[1, 2], [3]], workers=1))
    [3, 3]
    """
    check_positive(workers, name="workers")
    if workers == 1:
        return map(function, chunks)
    return _pooled(function, chunks, workers=workers, on_crash=on_crash)


def _quiet_worker() -> None:
    """
    Set up a worker process: ^C is for the parent, which stops the pool; SIGTERM just ends it.

    A ^C at a terminal reaches every process of the group: a worker that took it would die
    with a traceback, and the parent would wait for the chunk that worker held.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _start_pool(
    context: multiprocessing.context.BaseContext, workers: int
) -> concurrent.futures.ProcessPoolExecutor:
    """
    A pool of *workers* processes, their inherited objects out of the collector's reach.

    A forked worker shares its parent's memory pages until it writes to one. Its cyclic
    garbage collector writes to every object it examines, so the first full collection in a
    worker copies each page of the parent's heap: the lexicons and compiled rules, and
    whatever else the caller holds. `gc.freeze` just before the fork moves those objects
    where the workers' collector never looks (the practice the `gc` documentation gives for
    forking servers); `gc.unfreeze` just after gives this process its collector back as it
    was. Both only relink the collector's lists, whatever the heap's size. The workers
    collect what they make themselves as usual. A pool forks its workers at its first task:
    an empty one is sent while the heap is frozen.
    """
    pool = concurrent.futures.ProcessPoolExecutor(
        workers, mp_context=context, initializer=_quiet_worker
    )
    if context.get_start_method() != "fork":
        return pool
    gc.freeze()
    try:
        pool.submit(int).result()
    finally:
        gc.unfreeze()
    return pool


def _pooled(
    function: Callable[[_T], _R],
    chunks: Iterable[_T],
    *,
    workers: int,
    on_crash: Callable[[_T, str], _R] | None,
) -> Iterator[_R]:
    window = workers * _WINDOW_PER_WORKER
    context = _context()
    pool = _start_pool(context, workers)
    pending: collections.deque[tuple[_T, concurrent.futures.Future[_R]]] = collections.deque()
    again = functools.partial(
        _next_result, function=function, context=context, workers=workers, on_crash=on_crash
    )
    try:
        for chunk in chunks:
            pending.append((chunk, _submit(pool, function, chunk)))
            if len(pending) >= window:
                result, pool = again(pending, pool)
                yield result
        while pending:
            result, pool = again(pending, pool)
            yield result
    finally:  # also when the caller stops early, on ^C or a closed pipe
        _stop(pool)


def _next_result(
    pending: collections.deque[tuple[_T, concurrent.futures.Future[_R]]],
    pool: concurrent.futures.ProcessPoolExecutor,
    *,
    function: Callable[[_T], _R],
    context: multiprocessing.context.BaseContext,
    workers: int,
    on_crash: Callable[[_T, str], _R] | None,
) -> tuple[_R, concurrent.futures.ProcessPoolExecutor]:
    """
    The result of the first pending chunk, and the pool to go on with.

    When a worker has died the pool is broken, and every chunk it held fails alike: a
    new pool runs the first chunk alone, and then takes the others back in order.
    """
    chunk, future = pending[0]
    try:
        result = future.result()
    except BrokenProcessPool:
        _stop(pool)
        pool = _start_pool(context, workers)
        crash: Callable[[], _R] | None = None
        try:
            result = _submit(pool, function, chunk).result()
        except BrokenProcessPool:
            _stop(pool)
            if on_crash is None:
                raise
            pool = _start_pool(context, workers)
            crash = functools.partial(on_crash, chunk, _CRASHED)
        for index in range(1, len(pending)):
            again, held = pending[index]
            if not held.done() or held.cancelled() or held.exception() is not None:
                pending[index] = (again, _submit(pool, function, again))
        if crash is not None:
            result = crash()  # while the pool runs the others
    pending.popleft()
    return result, pool


def _submit(
    pool: concurrent.futures.ProcessPoolExecutor, function: Callable[[_T], _R], chunk: _T
) -> concurrent.futures.Future[_R]:
    """
    ``pool.submit(function, chunk)``; a pool broken already gives a future that says so.

    A worker can die between two submissions: the chunk then waits in line like the others
    the dead pool held, and is run again when its turn comes.
    """
    try:
        return pool.submit(function, chunk)
    except BrokenProcessPool as error:
        failed: concurrent.futures.Future[_R] = concurrent.futures.Future()
        failed.set_exception(error)
        return failed


#: What a chunk whose worker died twice is told.
_CRASHED: Final = (
    "a worker process died twice while parsing the records of this chunk "
    "(killed by the system, perhaps for want of memory)"
)

#: What a record is told whose worker died in its chunk and again when it ran alone.
CRASHED_ALONE: Final = (
    "a worker process died each time it parsed this record "
    "(killed by the system, perhaps for want of memory)"
)


def one_by_one(
    function: Callable[[list[_T]], list[_R]],
    chunk: Sequence[_T],
    reason: str,
    *,
    on_crash: Callable[[list[_T], str], list[_R]],
) -> list[_R]:
    """
    The results of a chunk whose worker died twice, each item run alone in a new process.

    Meant as the *on_crash* of `ordered_map` (with *function* and *on_crash* bound): one
    record that kills its worker, a text that takes all the memory, costs the other records
    of its chunk nothing. An item that kills its own process too gets
    ``on_crash([item], CRASHED_ALONE)``; a chunk of one item, run alone already, gets
    ``on_crash(chunk, reason)`` at once.

    Args:
        function: What the workers ran on each chunk: a list of items to a list of results,
            picklable.
        chunk: The items of the chunk.
        reason: Why the chunk failed (from `ordered_map`).
        on_crash: The results of a list of items whose process died, and the reason.
    """
    if len(chunk) <= 1:
        return on_crash(list(chunk), reason)
    context = _context()
    results: list[_R] = []
    for item in chunk:
        pool = _start_pool(context, 1)
        try:
            results.extend(_submit(pool, function, [item]).result())
        except BrokenProcessPool:
            results.extend(on_crash([item], CRASHED_ALONE))
        finally:
            _stop(pool)
    return results


def _stop(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """
    Stop *pool* once its workers have finished the chunks they are running.

    The chunks not yet begun are dropped; the workers finish the ones they hold (one each,
    and one more queued) and leave on their own. Killing them wherever they are could leave
    a lock of the pool's queues taken for ever: `multiprocessing.pool.Pool.terminate` hung
    about one time in a hundred there. An interruption during that wait (a second ^C) kills
    them.
    """
    try:
        pool.shutdown(wait=True, cancel_futures=True)
    except BaseException:
        terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
        if terminate is not None:
            terminate()
        else:
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                process.terminate()
        raise


def _results_chunk(chunk: list[Item], options: BatchOptions) -> list[BatchResult]:
    return results_for(chunk, options)


def crashed_results(chunk: Sequence[Item], reason: str, options: BatchOptions) -> list[BatchResult]:
    """
    An error result with *reason* for each item of a chunk whose worker died.

    >>> [r.error for r in crashed_results([("text", "x", 0)], "a worker died", BatchOptions())]
    ['a worker died']
    """
    return [BatchResult(id=record_id(item, options), error=reason) for item in chunk]


def _items(records: Iterable[Mapping[str, Any] | str]) -> Iterator[Item]:
    for index, record in enumerate(records):
        yield ("text" if isinstance(record, str) else "record", record, index)


def parse_many(
    records: Iterable[Mapping[str, Any] | str],
    *,
    workers: int = 1,
    published: dt.date | dt.datetime | str | None = None,
    id_field: str = "id",
    text_field: str = "text",
    published_field: str = "published",
    source_field: str = "source",
    budget: float | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[BatchResult]:
    """
    Parse many records, lazily, in *workers* processes; results come in input order.

    A record is a mapping (``{"id": ..., "text": ..., "published": ...}``, field names as
    given) or a plain string (the text; its id is its position).
    A record that cannot be used (not a mapping, no text, text not a string, a bad date, an id
    that is neither a string nor an integer) gives a `BatchResult` with its ``error`` and the
    run goes on.
    A record without an id gets its 0-based position in *records* as its id.

    Args:
        records: The records, read lazily (a generator over a huge file is fine); with
            ``workers > 1`` they must be picklable.
        workers: Processes to parse in; 1 parses in this process.
        published: The publication date of records that have none.
        id_field: The field holding a record's id.
        text_field: The field holding its text.
        published_field: The field holding its publication date.
        source_field: A field passed through to `BatchResult.source`.
        budget: Seconds each parse may take; a record that runs out gets an error result.
        chunksize: Records handed to a worker at a time.

    Returns:
        An iterator of `BatchResult`, one per record, in order.

    Raises:
        InvalidArgumentError: *workers* or *chunksize* is not a positive integer.
        InvalidDateError: *published* is not a valid date.

    .. versionadded:: 0.1.0

    >>> [(result.id, result.article.text) for result in parse_many(["Truce agreed", "Calm day"])]
    [(0, 'Truce agreed'), (1, 'Calm day')]
    """
    check_positive(workers, name="workers")
    check_positive(chunksize, name="chunksize")
    options = BatchOptions(
        id_field=id_field,
        text_field=text_field,
        published_field=published_field,
        source_field=source_field,
        published=coerce_date(published),
        budget=budget,
    )
    return _flatten(
        ordered_map(
            functools.partial(_results_chunk, options=options),
            chunked(_items(records), chunksize),
            workers=workers,
            on_crash=functools.partial(
                one_by_one,
                functools.partial(_results_chunk, options=options),
                on_crash=functools.partial(crashed_results, options=options),
            ),
        )
    )


def _flatten(chunks: Iterable[list[_T]]) -> Iterator[_T]:
    for chunk in chunks:
        yield from chunk


def jsonl_items(stream: Iterable[bytes], *, name: str, errors: Errors = "strict") -> Iterator[Item]:
    r"""
    The items of a JSONL stream: one per non-blank line, undecoded (workers decode them).

    A line that is not UTF-8 gives, with *errors* ``strict``, an ``invalid`` item whose reason
    names the stream, the byte offset in it and the line; the record's id, if the rest of the
    line shows it, is kept.
    With ``replace`` the line is decoded with U+FFFD for each bad byte and parsed.

    Args:
        stream: A binary stream of JSON lines, or any iterable of lines as bytes.
        name: How to call the stream in fallback ids (``name:line``, 1-based) and messages.
        errors: ``strict`` or ``replace``.

    Returns:
        An iterator of ``("json", line, "name:lineno")``, or ``("invalid", (reason, text),
        "name:lineno")``.

    >>> import io
    >>> list(jsonl_items(io.BytesIO(b'{"id": 1}\n\n{"id": 2}\n'), name="in"))
    [('json', b'{"id": 1}\n', 'in:1'), ('json', b'{"id": 2}\n', 'in:3')]
    >>> stream = io.BytesIO(b'{"id": 1}\n{"id": 2, "text": "caf\xe9"}\n')
    >>> kind, (reason, text), fallback = list(jsonl_items(stream, name="in"))[1]
    >>> kind, reason, fallback
    ('invalid', 'in: invalid UTF-8 at byte 32 (line 2, byte 0xe9)', 'in:2')
    """
    offset = 0
    for number, line in enumerate(stream, start=1):
        start, offset = offset, offset + len(line)
        if line.isspace():
            continue
        fallback = f"{name}:{number}"
        if not line.isascii():
            try:
                line.decode("utf-8")
            except UnicodeDecodeError as error:
                text = decode_utf8(line, errors="replace")
                if errors == "replace":
                    yield ("json", text, fallback)
                else:
                    reason = describe_utf8_error(error, label=name, offset=start, line=number)
                    yield ("invalid", (reason, text), fallback)
                continue
        yield ("json", line, fallback)


_ID_PREFIX: Final = '{"id": '
_DECODER: Final = json.JSONDecoder()


def _line_id(line: bytes) -> object:
    """
    The id of a result line, read without decoding the (long) article after it.
    """
    try:
        text = line.decode("utf-8")
        if text.startswith(_ID_PREFIX):
            return _DECODER.raw_decode(text, len(_ID_PREFIX))[0]
        data = json.loads(text)
    except ValueError:
        return None
    return data.get("id") if isinstance(data, dict) else None


def read_done_ids(path: Path) -> set[RecordId]:
    """
    The ids already written to a result file, to resume a run that stopped.

    A last line cut short (the run was killed while writing it) is removed from the file,
    so that the record is parsed again and the file stays valid JSONL.

    Args:
        path: The result file; a missing file has no ids.

    Returns:
        The ids of every complete line.
    """
    done: set[RecordId] = set()
    try:
        handle = path.open("r+b")
    except FileNotFoundError:
        return done
    with handle:
        good_end = 0
        for line in handle:
            if not line.endswith(b"\n"):
                break
            good_end += len(line)
            identifier = _line_id(line)
            if isinstance(identifier, (str, int)):
                done.add(identifier)
        handle.truncate(good_end)
    return done
