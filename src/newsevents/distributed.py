"""
Beyond one machine: newsevents over `dask.bag`, on a laptop or a dask.distributed cluster.

Needs the optional extra: ``pip install 'newsevents[dask]'``.

`parse_bag` maps a bag of records (the same records `newsevents.parse_many` takes) to a bag of
`newsevents.batch.BatchResult`.
`parse_jsonl_shards` reads JSONL shards, one partition per shard, and gives the result lines
the command line writes (``{"id": ..., "article": {...}}`` or ``{"id": ..., "error": "..."}``),
ready for ``.to_textfiles("out/*.jsonl")``.
The work is the same function the command line runs, so results are equal to `newsevents.parse`'s.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import operator
import typing
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from newsevents._dates import coerce_date
from newsevents.batch import (
    DEFAULT_CHUNKSIZE,
    BatchOptions,
    BatchResult,
    Item,
    chunked,
    format_result_line,
    jsonl_items,
    results_for,
)

if TYPE_CHECKING:
    import dask.bag

__all__ = ["parse_bag", "parse_jsonl_shards"]


def _bag_module() -> Any:
    try:
        import dask.bag  # noqa: PLC0415 - an optional extra, imported when used
    except ImportError as error:  # pragma: no cover - the extra is installed in CI
        msg = "newsevents.distributed needs dask: pip install 'newsevents[dask]'"
        raise ImportError(msg) from error
    return dask.bag


def _options(
    *,
    published: dt.date | dt.datetime | str | None,
    id_field: str,
    text_field: str,
    published_field: str,
    source_field: str,
    budget: float | None,
) -> BatchOptions:
    return BatchOptions(
        id_field=id_field,
        text_field=text_field,
        published_field=published_field,
        source_field=source_field,
        published=coerce_date(published),
        budget=budget,
    )


def _item(record: object) -> Item:
    if isinstance(record, Mapping):
        return ("record", record, "")
    if isinstance(record, str) and record.lstrip().startswith("{"):
        return ("json", record, "")
    return ("text", record, "")


def _parse_partition(records: Iterable[object], options: BatchOptions) -> list[BatchResult]:
    """
    The results of one partition's records, read a chunk at a time (`results_for`).
    """
    results: list[BatchResult] = []
    for chunk in chunked(map(_item, records), DEFAULT_CHUNKSIZE):
        results.extend(results_for(chunk, options))
    return results


def parse_bag(
    bag: dask.bag.Bag,
    *,
    published: dt.date | dt.datetime | str | None = None,
    id_field: str = "id",
    text_field: str = "text",
    published_field: str = "published",
    source_field: str = "source",
    budget: float | None = None,
) -> dask.bag.Bag:
    """
    Parse every record of a dask bag, lazily; each becomes a `newsevents.batch.BatchResult`.

    A record is a mapping (``{"id": ..., "text": ..., "published": ...}``, field names as
    given), a JSON object as a string (a line of a JSONL file), or a plain-text article.
    A record that cannot be used gives a result with its ``error``, as in
    `newsevents.parse_many`; a record without an id gets the id ``""``.

    Args:
        bag: The records.
        published: The publication date of records that have none.
        id_field: The field holding a record's id.
        text_field: The field holding its text.
        published_field: The field holding its publication date.
        source_field: A field passed through to `BatchResult.source`.
        budget: Seconds each parse may take.

    Returns:
        A bag of `newsevents.batch.BatchResult`, in the order of *bag*.

    Raises:
        InvalidDateError: *published* is not a valid date.

    >>> import dask.bag
    >>> records = dask.bag.from_sequence([{"id": "a", "text": "Truce agreed"}], npartitions=1)
    >>> [(result.id, result.ok) for result in parse_bag(records).compute(scheduler="sync")]
    [('a', True)]
    """
    options = _options(
        published=published,
        id_field=id_field,
        text_field=text_field,
        published_field=published_field,
        source_field=source_field,
        budget=budget,
    )
    untyped: Any = bag  # dask.bag.Bag.map has no annotations
    return typing.cast(
        "dask.bag.Bag",
        untyped.map_partitions(functools.partial(_parse_partition, options=options)),
    )


def _shard_lines(lines: Iterable[tuple[str, str]], options: BatchOptions) -> Iterator[str]:
    """
    The result lines of one shard: its ``(line, path)`` pairs, numbered from 1 in each file.

    Lines come back as the file's bytes (the shard was read with ``surrogateescape``), so a
    line that is not UTF-8 is reported as `newsevents.batch.jsonl_items` reports it: the file,
    the byte offset in the file and the line.
    """
    for path, group in itertools.groupby(lines, key=operator.itemgetter(1)):
        raw = (line.encode("utf-8", "surrogateescape") for line, _ in group)
        items = jsonl_items(raw, name=path, errors=options.errors)
        for chunk in chunked(items, DEFAULT_CHUNKSIZE):
            for result in results_for(chunk, options):
                yield format_result_line(result)


def _shard_partition(lines: Iterable[tuple[str, str]], options: BatchOptions) -> list[str]:
    return list(_shard_lines(lines, options))


def parse_jsonl_shards(
    paths: str | Sequence[str],
    *,
    published: dt.date | dt.datetime | str | None = None,
    id_field: str = "id",
    text_field: str = "text",
    published_field: str = "published",
    source_field: str = "source",
    budget: float | None = None,
) -> dask.bag.Bag:
    r"""
    Read JSONL shards into a dask bag of result lines, one partition per shard.

    Each line of the result is what ``newsevents extract corpus.jsonl`` writes for the same
    record: ``{"id": ..., "article": {...}}`` or ``{"id": ..., "error": "..."}``, in shard and
    line order.
    A record without an id gets ``"<path>:<line>"``.
    Shards may be gzipped (``.gz``); any path `dask.bag.read_text` reads works (globs, remote
    file systems with their fsspec extras).

    Args:
        paths: A glob (``"corpus/*.jsonl"``) or a list of paths.
        published: The publication date of records that have none.
        id_field: The field holding a record's id.
        text_field: The field holding its text.
        published_field: The field holding its publication date.
        source_field: A field passed through to the result line.
        budget: Seconds each parse may take.

    Returns:
        A bag of result lines, JSON strings without newlines;
        ``.to_textfiles("out/*.jsonl")`` writes one result file per shard.

    Raises:
        InvalidDateError: *published* is not a valid date.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "part-0.jsonl").write_text('{"id": 1, "text": "Calm day"}\n{"id": 2}\n')
    >>> parse_jsonl_shards(str(folder / "*.jsonl")).compute(scheduler="sync")[1]
    '{"id": 2, "error": "no \'text\' field"}'
    """
    options = _options(
        published=published,
        id_field=id_field,
        text_field=text_field,
        published_field=published_field,
        source_field=source_field,
        budget=budget,
    )
    bag = _bag_module().read_text(
        paths if isinstance(paths, str) else list(paths),
        encoding="utf-8",
        errors="surrogateescape",
        include_path=True,
    )
    return typing.cast(
        "dask.bag.Bag", bag.map_partitions(functools.partial(_shard_partition, options=options))
    )
