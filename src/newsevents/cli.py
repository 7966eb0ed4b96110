"""
The ``newsevents`` command.

    newsevents extract INPUT... [-o OUT] [--published DATE] [--format json|jsonl|text]
                       [--input-format auto|text|jsonl] [--errors strict|replace]
                       [--workers N] [--resume] [--quiet]
    newsevents schema
    newsevents --version

An INPUT is a plain-text article, ``-`` for standard input, a folder of ``.txt`` files, or a
JSONL corpus (``.jsonl``/``.ndjson``, optionally gzipped, or any file with
``--input-format jsonl``).
A folder or a JSONL corpus makes the run a *batch run*: one result line per record, in input
order, ``{"id": ..., "article": {...}}`` or ``{"id": ..., "error": "..."}`` (see docs/batch.md).

Exit codes: 0 ok (also when the reader of standard output closed it early, as ``| head``
does); 1 unreadable input or records that failed (the message names the file or the count and
the reason); 2 usage error (one line saying why); 130 interrupted by ^C (SIGINT), 143 stopped by
SIGTERM: the output then holds whole lines only, and ``--resume`` goes on from it.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import importlib
import json
import os
import signal
import sys
import threading
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import IO, Any, Literal, NoReturn, TypeAlias

import attrs

from newsevents._dates import coerce_date
from newsevents._version import __version__, build
from newsevents.batch import (
    BatchOptions,
    BatchResult,
    Errors,
    Item,
    RecordId,
    chunked,
    crashed_results,
    decode_utf8,
    describe_utf8_error,
    format_result_line,
    jsonl_items,
    one_by_one,
    ordered_map,
    read_done_ids,
    record_id,
    results_for,
)
from newsevents.errors import NewsEventsError
from newsevents.model import Article, Quantity, Span
from newsevents.serialization import json_schema, to_json

__all__ = ["main"]

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class _Parser(argparse.ArgumentParser):
    """
    An argument parser whose usage errors are one line and exit 2.
    """

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


class InputError(NewsEventsError):
    """
    An input file cannot be read (not found, not UTF-8...).
    """


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        msg = f"must be a positive integer, not {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = 0.0
    if not number > 0:
        msg = f"must be a positive number of seconds, not {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsevents",
        description="Read English news and print what happened in it as typed records.",
    )
    parser.add_argument(
        "--version", action="version", version=f"newsevents {__version__} ({build()})"
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    extract = commands.add_parser(
        "extract",
        help="parse articles or corpora and print their records",
        description=(
            "Parse each input (a plain-text article, - for standard input, a folder of .txt "
            "files, or a JSONL corpus) and print its records. A folder or JSONL input makes a "
            "batch run: one JSON result line per record, in input order."
        ),
    )
    extract.add_argument(
        "files",
        nargs="+",
        metavar="INPUT",
        help="plain-text article, - for stdin, a folder of .txt files, or a .jsonl corpus",
    )
    extract.add_argument(
        "--published",
        metavar="DATE",
        help="publication date (ISO 8601) relative dates are resolved against; in a batch run, for records without one",
    )
    extract.add_argument(
        "--format",
        choices=("json", "jsonl", "text"),
        default=None,
        help="json: one pretty JSON document per article; jsonl: one line per article (per record in a batch run, the default there); text: for a person (default otherwise)",
    )
    extract.add_argument(
        "-o", "--output", metavar="OUT", help="write to OUT instead of standard output"
    )
    extract.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="auto (default): .jsonl/.ndjson (.gz) files are JSONL corpora, other files and stdin plain text",
    )
    extract.add_argument(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="bytes that are not UTF-8: strict (default) makes the file or JSONL line an error naming the byte offset; replace reads them as U+FFFD and goes on",
    )
    extract.add_argument("--id-field", default="id", metavar="NAME", help="default: id")
    extract.add_argument("--text-field", default="text", metavar="NAME", help="default: text")
    extract.add_argument(
        "--published-field",
        default="published",
        metavar="NAME",
        help="default: published",
    )
    extract.add_argument(
        "--source-field",
        default="source",
        metavar="NAME",
        help="passed through to the result line when present (default: source)",
    )
    extract.add_argument(
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help="parse in N processes (default 1); output order is kept",
    )
    extract.add_argument(
        "--resume",
        action="store_true",
        help="append to -o OUT, skipping records whose id is already there",
    )
    extract.add_argument(
        "--budget",
        type=_positive_float,
        metavar="SECONDS",
        help="time each article may take; one that runs out becomes an error line",
    )
    noise = extract.add_mutually_exclusive_group()
    noise.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    noise.add_argument(
        "--progress",
        action="store_true",
        help="show the progress bar even when stderr is not a terminal",
    )
    commands.add_parser("schema", help="print the JSON Schema of the output")
    return parser


def _read(name: str, stdin: IO[bytes], *, errors: Errors = "strict") -> str:
    """
    Read one input as UTF-8 text; raise `InputError` naming the file and the reason.
    """
    label = "<stdin>" if name == "-" else name
    try:
        data = stdin.read() if name == "-" else Path(name).read_bytes()
    except FileNotFoundError:
        msg = f"{label}: no such file"
        raise InputError(msg) from None
    except IsADirectoryError:
        msg = f"{label}: is a directory"
        raise InputError(msg) from None
    except OSError as error:
        msg = f"{label}: cannot read: {error.strerror or error}"
        raise InputError(msg) from None
    try:
        return decode_utf8(data, errors=errors)
    except UnicodeDecodeError as error:
        msg = f"{describe_utf8_error(error, label=label)}; --errors replace reads it anyway"
        raise InputError(msg) from None


def _quote(article: Article, span: Span | None) -> str:
    if span is None:
        return ""
    excerpt = " ".join(span.slice(article.text).split())
    return f'"{excerpt}" [{span.start}:{span.end}]'


def _value(obj: object) -> str:
    name = getattr(obj, "name", None)
    if hasattr(obj, "kind") and name is not None:
        extras = [str(getattr(obj, "kind").value)]  # noqa: B009 - the attribute is known to exist
        role = getattr(obj, "role", None)
        country = getattr(obj, "country", None)
        extras += [f"role={role}"] if role else []
        extras += [f"country={country}"] if country else []
        return f"{name} ({', '.join(extras)})"
    value = getattr(obj, "value", obj)
    return str(value)


def format_text(article: Article, *, name: str) -> str:
    """
    Render *article* for a person.

    Shows its parts, then each record with its fields and the source spans they were read from.
    """
    lines = [f"== {name}"]
    lines.append(f"headline:  {article.headline or '-'}")
    lines.append(f"source:    {article.source or '-'}")
    lines.append(f"dateline:  {article.dateline or '-'}")
    lines.append(f"published: {article.published.isoformat() if article.published else '-'}")
    lines.append("paragraphs:")
    for index, paragraph in enumerate(article.paragraphs):
        excerpt = " ".join(paragraph.span.slice(article.text).split())
        if len(excerpt) > 70:  # noqa: PLR2004 - display width
            excerpt = excerpt[:67] + "..."
        repeats = f" (repeats {paragraph.repeats})" if paragraph.repeats is not None else ""
        lines.append(f"  {index:>2} {paragraph.role.value:<11}{repeats} {excerpt}")
    lines.append(f"times ({len(article.times)}):")
    for time in article.times:
        mod = f" mod={time.mod.value}" if time.mod else ""
        lines.append(
            f"  - {time.type.value} {time.value}{mod}  {_quote(article, time.span)}  <{time.rule_id}>"
        )
    for title, records in (
        ("statements", article.statements),
        ("casualties", article.casualties),
        ("agreements", article.agreements),
    ):
        lines.append(f"{title} ({len(records)}):")
        for record in records:
            lines.append(f"  - {_quote(article, record.span)}  <{record.rule_id}>")
            for attribute, value in _record_fields(record):
                lines.append(f"      {attribute}: {value}")
    return "\n".join(lines)


def _record_fields(record: object) -> list[tuple[str, str]]:
    fields: list[tuple[str, str]] = []
    for attribute in getattr(record, "__attrs_attrs__", ()):
        key = attribute.name
        if key in {"span", "rule_id", "mentions", "content_parts"} or key.endswith("_span"):
            continue
        value = getattr(record, key)
        if value is None or value == ():
            continue
        if isinstance(value, tuple):
            shown = "; ".join(_value(item) for item in value)
        elif isinstance(value, str):
            span = getattr(record, f"{key}_span", None)
            shown = f'"{value}"' + (f" [{span.start}:{span.end}]" if span is not None else "")
        elif isinstance(value, Quantity):
            shown = _quote_plain(value)
        elif hasattr(value, "span"):
            shown = f"{_value(value)}  {_quote_plain(value)}"
        else:
            shown = _value(value)
        fields.append((key, shown))
    parts = getattr(record, "content_parts", ())
    if len(parts) > 1:  # one part is the content itself
        fields.append(("content_parts", ", ".join(f"[{p.start}:{p.end}]" for p in parts)))
    mentions = getattr(record, "mentions", ())
    if len(mentions) > 1:
        fields.append(("mentions", ", ".join(f"[{m.start}:{m.end}]" for m in mentions)))
    return fields


def _quote_plain(obj: object) -> str:
    span = getattr(obj, "span", None)
    text = getattr(obj, "text", None)
    if span is None or text is None:
        return ""
    if hasattr(obj, "low"):  # a Quantity: show its bounds
        low = getattr(obj, "low", None)
        high = getattr(obj, "high", None)
        approx = " approx" if getattr(obj, "approximate", False) else ""
        return f'"{text}" [{span.start}:{span.end}] low={low} high={high}{approx}'
    return f'"{text}" [{span.start}:{span.end}]'


def _render_chunk(
    chunk: list[Item], options: BatchOptions, formatter: Callable[[BatchResult], str]
) -> list[tuple[bool, str]]:
    """
    Parse a chunk of items (in a worker) and render each: ``(failed, line)``.
    """
    return [_render(result, formatter) for result in results_for(chunk, options)]


def _render_crashed(
    chunk: list[Item], reason: str, options: BatchOptions, formatter: Callable[[BatchResult], str]
) -> list[tuple[bool, str]]:
    """
    Render an error for each item of a chunk whose worker died: ``(True, line)``.
    """
    return [_render(result, formatter) for result in crashed_results(chunk, reason, options)]


def _render(result: BatchResult, formatter: Callable[[BatchResult], str]) -> tuple[bool, str]:
    """
    Render one result; a result that cannot be rendered (a bug) becomes an error result.
    """
    try:
        return not result.ok, formatter(result)
    except Exception as error:  # noqa: BLE001 - one record's bug must not end a corpus run
        reason = f"newsevents failed to write this record (please report it): {type(error).__name__}: {error}"
        return True, formatter(BatchResult(id=result.id, error=reason, source=result.source))


def _format_batch_jsonl(result: BatchResult) -> str:
    return format_result_line(result)


def _format_batch_text(result: BatchResult) -> str:
    if result.article is None:
        return f"== {result.id}\nerror: {result.error}"
    return format_text(result.article, name=str(result.id))


def _format_article_jsonl(result: BatchResult) -> str:
    if result.article is None:
        return f"{result.id}: {result.error}"
    return to_json(result.article)


def _format_article_json(result: BatchResult) -> str:
    if result.article is None:
        return f"{result.id}: {result.error}"
    return to_json(result.article, indent=2)


def _format_article_text(result: BatchResult) -> str:
    if result.article is None:
        return f"{result.id}: {result.error}"
    return format_text(result.article, name=str(result.id))


_FORMATTERS: dict[tuple[bool, str], Callable[[BatchResult], str]] = {
    (True, "jsonl"): _format_batch_jsonl,
    (True, "text"): _format_batch_text,
    (False, "jsonl"): _format_article_jsonl,
    (False, "json"): _format_article_json,
    (False, "text"): _format_article_text,
}

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")

InputKind: TypeAlias = Literal["text", "jsonl", "folder"]


def _classify(name: str, input_format: str) -> InputKind:
    """
    How an input is read: a plain-text article, a JSONL corpus, or a folder of .txt files.
    """
    if name == "-":
        return "jsonl" if input_format == "jsonl" else "text"
    if Path(name).is_dir():
        return "folder"
    if input_format == "jsonl" or (
        input_format == "auto" and name.lower().endswith(_JSONL_SUFFIXES)
    ):
        return "jsonl"
    return "text"


def _folder_files(folder: Path, problems: list[str] | None = None) -> list[Path]:
    """
    The ``.txt`` files under *folder*, sorted.

    A sub-folder that cannot be read is added to *problems* (`pathlib.Path.rglob` would skip
    it without a word).
    """

    def unreadable(error: OSError) -> None:
        if problems is not None:
            where = error.filename if error.filename is not None else folder
            problems.append(f"{where}: cannot read folder: {error.strerror or error}")

    files: list[Path] = []
    for root, _folders, names in os.walk(folder, onerror=unreadable):
        files.extend(
            path
            for path in (Path(root, name) for name in names if name.endswith(".txt"))
            if path.is_file()
        )
    return sorted(files)


@attrs.define
class _Run:
    """
    What a run has seen so far: its exit status and counts.
    """

    status: int = EXIT_OK
    done: int = 0
    failed: int = 0
    skipped: int = 0
    written: int = 0

    def input_error(self, stderr: IO[str], message: str) -> None:
        stderr.write(f"newsevents: error: {message}\n")
        self.status = EXIT_INPUT


def _open_jsonl(name: str, stdin: IO[bytes]) -> IO[bytes]:
    if name == "-":
        return stdin
    if name.lower().endswith(".gz"):
        return typing.cast("IO[bytes]", gzip.open(name, "rb"))
    return Path(name).open("rb")


def _jsonl_input(
    name: str, stdin: IO[bytes], run: _Run, stderr: IO[str], errors: Errors
) -> Iterator[Item]:
    label = "<stdin>" if name == "-" else name
    try:
        stream = _open_jsonl(name, stdin)
    except FileNotFoundError:
        run.input_error(stderr, f"{label}: no such file")
        return
    except OSError as error:
        run.input_error(stderr, f"{label}: cannot read: {error.strerror or error}")
        return
    try:
        yield from jsonl_items(stream, name=label, errors=errors)
    except (OSError, EOFError) as error:  # a truncated .gz, a disk error mid-file
        run.input_error(stderr, f"{label}: cannot read: {error}")
    finally:
        if stream is not stdin:
            stream.close()


def _file_item(path: Path, identifier: str) -> Item:
    try:
        return ("bytes", path.read_bytes(), identifier)
    except OSError as error:
        return ("fail", f"cannot read: {error.strerror or error}", identifier)


def _items(
    inputs: Sequence[tuple[str, InputKind]],
    *,
    batch: bool,
    stdin: IO[bytes],
    run: _Run,
    stderr: IO[str],
    errors: Errors,
) -> Iterator[Item]:
    """
    Every record of every input, in order, read lazily.
    """
    for name, kind in inputs:
        label = "<stdin>" if name == "-" else name
        if kind == "jsonl":
            yield from _jsonl_input(name, stdin, run, stderr, errors)
        elif kind == "folder":
            folder = Path(name)
            problems: list[str] = []
            files = _folder_files(folder, problems)
            for problem in problems:
                run.input_error(stderr, problem)
            for path in files:
                yield _file_item(path, path.relative_to(folder).as_posix())
        elif batch and name != "-" and Path(name).exists():
            yield _file_item(Path(name), label)
        else:
            try:
                yield ("text", _read(name, stdin, errors=errors), label)
            except InputError as error:
                run.input_error(stderr, str(error))


def _count_lines(path: Path) -> int:
    count = 0
    last = b"\n"
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")


def _count_records(inputs: Sequence[tuple[str, InputKind]]) -> int | None:
    """
    How many records the inputs hold, for the progress bar; ``None`` if that cannot be known.
    """
    total = 0
    for name, kind in inputs:
        if name == "-" or (kind == "jsonl" and name.lower().endswith(".gz")):
            return None
        try:
            if kind == "jsonl":
                total += _count_lines(Path(name))
            elif kind == "folder":
                total += len(_folder_files(Path(name)))
            else:
                total += 1
        except OSError:
            continue
    return total


def _progress(total: int | None, stderr: IO[str], *, enabled: bool) -> Any:
    """
    A tqdm progress bar on *stderr* (records, docs/s, ETA), or a silent one.

    tqdm ships no type information, so it is imported by name and typed `Any`.
    """
    tqdm = importlib.import_module("tqdm").tqdm
    tqdm.monitor_interval = 0  # no monitor thread: worker processes may then be forked
    bar_format = (
        "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} records "
        "[{elapsed}<{remaining}, {rate_fmt}{postfix}]"
        if total is not None
        else "{desc}: {n_fmt} records [{elapsed}, {rate_fmt}{postfix}]"
    )
    return tqdm(
        total=total,
        desc="newsevents",
        unit=" docs",
        file=stderr,
        disable=not enabled,
        dynamic_ncols=True,
        mininterval=0.5,
        smoothing=0.05,
        bar_format=bar_format,
    )


def _usage(stderr: IO[str], message: str) -> int:
    stderr.write(f"newsevents: error: {message}\n")
    return EXIT_USAGE


def _check_batch_args(
    args: argparse.Namespace, inputs: Sequence[tuple[str, InputKind]], *, batch: bool
) -> str | None:
    """
    Why the options do not fit together, or ``None``.
    """
    if batch and args.format == "json":
        return "--format json prints one document per article; a batch run (JSONL or folder input) writes jsonl or text"
    if args.resume and not (batch and args.output):
        return "--resume needs a batch run (JSONL or folder input) that writes to -o FILE"
    if args.output is not None:
        target = Path(args.output).resolve()
        for name, _kind in inputs:
            if name != "-" and Path(name).resolve() == target:
                return f"-o {args.output} is also an input: it would be overwritten"
    return None


def _extract(
    args: argparse.Namespace,
    stdout: IO[str],
    stdin: IO[bytes],
    stderr: IO[str],
    *,
    run: _Run,
    signals: _Signals,
) -> int:
    try:
        published = coerce_date(args.published, name="--published")
    except NewsEventsError as error:
        return _usage(stderr, str(error))
    inputs = [(name, _classify(name, args.input_format)) for name in args.files]
    batch = any(kind != "text" for _name, kind in inputs)
    problem = _check_batch_args(args, inputs, batch=batch)
    if problem is not None:
        return _usage(stderr, problem)
    output_format = args.format or ("jsonl" if batch else "text")
    options = BatchOptions(
        id_field=args.id_field,
        text_field=args.text_field,
        published_field=args.published_field,
        source_field=args.source_field,
        published=published,
        budget=args.budget,
        errors=args.errors,
    )
    items = _items(inputs, batch=batch, stdin=stdin, run=run, stderr=stderr, errors=args.errors)
    done_ids: set[RecordId] = set()
    if args.resume:
        done_ids = read_done_ids(Path(args.output))
        items = _skip_done(items, done_ids, options, run)
    show = args.progress or (not args.quiet and stderr.isatty())
    total = _count_records(inputs) if show else None
    if total is not None:
        total = max(total - len(done_ids), 0)
    formatter = _FORMATTERS[(batch, output_format)]
    render = functools.partial(_render_chunk, options=options, formatter=formatter)
    # One worker reading standard input parses each record as it comes: a chunk would wait
    # for records a live pipe may not send yet. Otherwise a chunk is read stage by stage.
    piped = any(name == "-" for name, _kind in inputs)
    chunksize = 1 if args.workers == 1 and piped else _CHUNKSIZE
    with contextlib.ExitStack() as stack:
        out = stdout
        if args.output is not None:
            try:
                out = stack.enter_context(
                    Path(args.output).open(
                        "a" if args.resume else "w", encoding="utf-8", newline="\n"
                    )
                )
            except OSError as error:
                stderr.write(f"newsevents: error: {args.output}: cannot write: {error.strerror}\n")
                return EXIT_INPUT
        bar = stack.enter_context(_progress(total, stderr, enabled=show))
        crashed = functools.partial(
            one_by_one,
            render,
            on_crash=functools.partial(_render_crashed, options=options, formatter=formatter),
        )
        results = ordered_map(
            render, chunked(items, chunksize), workers=args.workers, on_crash=crashed
        )
        stack.enter_context(_closing(results))  # stops the workers on ^C or a closed pipe
        for rendered in results:
            with signals.deferred():  # whole lines only: ^C waits for the write to end
                _write(rendered, out=out, stderr=stderr, run=run, batch=batch)
                out.flush()
                bar.update(len(rendered))
        if bar.total is not None and bar.n != bar.total:  # the count included blank lines
            bar.total = bar.n
            bar.refresh()
    if batch and run.failed:
        where = "the output" if args.output is None else args.output
        stderr.write(
            f"newsevents: {run.failed} of {run.done} records failed; "
            f"their error lines are in {where}\n"
        )
        run.status = EXIT_INPUT
    if show and run.skipped:
        stderr.write(f"newsevents: skipped {run.skipped} records already in {args.output}\n")
    return run.status


#: Records per chunk parsed at a time (`newsevents.batch.results_for`), in a worker process or
#: not: small, so the progress bar moves smoothly even when articles are long.
_CHUNKSIZE = 16


@contextlib.contextmanager
def _closing(results: Iterable[object]) -> Iterator[None]:
    """
    Close *results* on leaving, if it is a generator (the worker pool's).
    """
    try:
        yield
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()


class _Interrupted(KeyboardInterrupt):
    """
    The run was stopped by a signal (SIGINT or SIGTERM).
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _Signals:
    """
    Turns SIGINT and SIGTERM into `_Interrupted`, except while a result is being written.

    A signal that comes during a write waits for it to end, so the output never holds half a
    line.
    """

    def __init__(self) -> None:
        self._deferring = False
        self._pending: int | None = None

    def handle(self, signum: int, _frame: FrameType | None) -> None:
        if self._deferring:
            self._pending = signum
            return
        raise _Interrupted(signum)

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        self._deferring = True
        try:
            yield
        finally:
            self._deferring = False
        if self._pending is not None:
            signum, self._pending = self._pending, None
            raise _Interrupted(signum)

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        """
        Handle the signals while the block runs (in the main thread; elsewhere, do nothing).
        """
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = {
            signum: signal.signal(signum, self.handle) for signum in (signal.SIGINT, signal.SIGTERM)
        }
        try:
            yield
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)


def _skip_done(
    items: Iterator[Item], done_ids: set[RecordId], options: BatchOptions, run: _Run
) -> Iterator[Item]:
    for item in items:
        if record_id(item, options) in done_ids:
            run.skipped += 1
            continue
        yield item


def _write(
    rendered: list[tuple[bool, str]],
    *,
    out: IO[str],
    stderr: IO[str],
    run: _Run,
    batch: bool,
) -> None:
    for failed, line in rendered:
        run.done += 1
        if failed and not batch:
            run.input_error(stderr, line)
            continue
        run.failed += failed
        out.write(line + "\n")
        run.written += 1


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the command line; return the exit code.

    Args:
        argv: Arguments without the program name (``sys.argv[1:]`` when ``None``).
    """
    parser = _build_parser()
    args = parser.parse_args(argv)
    run = _Run()
    signals = _Signals()
    try:
        with signals.installed():
            if args.command == "schema":
                sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")
                status = EXIT_OK
            else:
                status = _extract(
                    args,
                    sys.stdout,
                    sys.stdin.buffer,
                    sys.stderr,
                    run=run,
                    signals=signals,
                )
            sys.stdout.flush()  # here, so that a closed pipe is seen here
    except BrokenPipeError:
        # The reader went away (`| head`): it has read all it wanted, so stop quietly with
        # status 0, as ripgrep does. Standard output now leads nowhere, so that the flush
        # at exit finds no closed pipe either ("Exception ignored ... BrokenPipeError").
        # With -o the results went to a file and the closed pipe was standard error's (a
        # progress bar piped to head): the results are incomplete, which status 1 says.
        _discard_stdout()
        return EXIT_OK if getattr(args, "output", None) is None else EXIT_INPUT
    except KeyboardInterrupt as interrupt:
        signum = interrupt.signum if isinstance(interrupt, _Interrupted) else signal.SIGINT
        sys.stderr.write(f"newsevents: {_interrupted(args, run, signum)}\n")
        return 128 + signum
    return status


def _interrupted(args: argparse.Namespace, run: _Run, signum: int) -> str:
    """
    The one line said when a signal stops the run.
    """
    cause = (
        "interrupted" if signum == signal.SIGINT else f"stopped by {signal.Signals(signum).name}"
    )
    output = getattr(args, "output", None)
    if output is None:
        return f"{cause} after {run.written} results"
    return f"{cause}: {run.written} results written to {output}; --resume goes on from there"


def _discard_stdout() -> None:
    """
    Point standard output's file descriptor at the null device, dropping what it buffers.
    """
    try:
        fileno = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (a test's capture)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fileno)
    finally:
        os.close(devnull)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
