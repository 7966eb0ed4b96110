"""
newsevents on a real dask.distributed cluster (in-process workers, no dashboard).

Skipped when the optional ``dask`` extra is not installed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import newsevents  # noqa: E402 - after the skip
from newsevents.distributed import parse_bag, parse_jsonl_shards  # noqa: E402

SHARDS = [
    [
        {
            "id": "a1",
            "text": "Rebels agree truce\n\nThe rebels agreed to a truce on Monday.",
            "published": "2020-03-18",
        },
        {
            "id": "a2",
            "text": "Two killed\n\nTwo people were killed on Tuesday, police said.",
            "published": "2020-03-18",
        },
    ],
    [
        {
            "id": "b1",
            "text": "Talks resume\n\nThe sides met last week, the minister told reporters.",
        },
        {"id": "b2", "published": "2020-03-18"},
        {"text": "No id\n\nA calm day in the capital yesterday.", "published": "2021-01-05"},
    ],
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """
    A LocalCluster with one in-process worker of two threads, and its client.
    """
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


@pytest.fixture
def shards(tmp_path: Path) -> list[Path]:
    """
    The corpus as two JSONL shards on disk.
    """
    paths = []
    for number, records in enumerate(SHARDS):
        path = tmp_path / f"part-{number}.jsonl"
        path.write_text("".join(json.dumps(record) + "\n" for record in records))
        paths.append(path)
    return paths


def expected_line(record: dict[str, Any], fallback: str) -> dict[str, Any]:
    """
    The result line `parse()` gives for *record*, as a JSON object.
    """
    if "text" not in record:
        return {"id": record["id"], "error": "no 'text' field"}
    article = newsevents.parse(record["text"], published=record.get("published"))
    return {"id": record.get("id", fallback), "article": json.loads(newsevents.to_json(article))}


class TestParseJsonlShards:
    """
    `parse_jsonl_shards` reads JSONL shards on a cluster and gives the CLI's result lines.
    """

    def test_results_equal_parse(self, client: Any, shards: list[Path]) -> None:
        """
        Every record's line holds `parse()`'s article (or its error), in shard and line order.
        """
        lines = parse_jsonl_shards([str(path) for path in shards]).compute()
        expected = [
            expected_line(record, f"{shards[number]}:{index + 1}")
            for number, records in enumerate(SHARDS)
            for index, record in enumerate(records)
        ]

        assert client.status == "running"
        assert expected == [json.loads(line) for line in lines]

    def test_writes_one_result_file_per_shard(
        self, client: Any, shards: list[Path], tmp_path: Path
    ) -> None:
        """
        ``.to_textfiles`` writes one result file per shard, one line per record.
        """
        parse_jsonl_shards(str(tmp_path / "part-*.jsonl")).to_textfiles(
            str(tmp_path / "out" / "*.jsonl")
        )
        written = sorted((tmp_path / "out").glob("*.jsonl"))

        assert client.status == "running"
        assert [2, 3] == [len(path.read_text().splitlines()) for path in written]

    def test_invalid_utf8_names_file_offset_and_line(self, tmp_path: Path) -> None:
        """
        A line that is not UTF-8 is an error line naming the file's byte offset and the line.

        It keeps its id, and the other lines of the shard parse.
        """
        first = b'{"id": "ok", "text": "Calm day"}\n'
        bad = b'{"id": "bad", "text": "caf\xe9"}\n'
        path = tmp_path / "part-0.jsonl"
        path.write_bytes(first + bad + b'{"id": "last", "text": "Truce"}\n')

        lines = parse_jsonl_shards(str(path)).compute(scheduler="sync")
        offset = len(first) + bad.index(b"\xe9")

        assert ["ok", "bad", "last"] == [json.loads(line)["id"] for line in lines]
        assert {
            "id": "bad",
            "error": f"{path}: invalid UTF-8 at byte {offset} (line 2, byte 0xe9)",
        } == json.loads(lines[1])


class TestParseBag:
    """
    `parse_bag` maps a bag of records to `BatchResult`s.
    """

    def test_articles_equal_parse(self, client: Any) -> None:
        """
        Each result holds `parse()`'s article; a bad record its error.
        """
        records = [record for records in SHARDS for record in records]
        results = parse_bag(dask_bag.from_sequence(records, npartitions=2)).compute()

        assert client.status == "running"
        assert [
            newsevents.parse(r["text"], published=r.get("published")) if "text" in r else None
            for r in records
        ] == [result.article for result in results]
        assert [None, None, None, "no 'text' field", None] == [result.error for result in results]
