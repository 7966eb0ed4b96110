"""
The ``newsevents`` command, run as a user runs it: in a subprocess.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsevents
from newsevents.cli import format_text

ARTICLE = "Rebels agree truce\n\nThe rebels agreed to a truce on Monday, officials said.\n"


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    """
    Run the command line with *args*, returning its exit code and decoded output.
    """
    completed = subprocess.run(
        [sys.executable, "-m", "newsevents.cli", *args],
        input=stdin,
        capture_output=True,
        check=False,
        timeout=600,  # a guard against a hang, not a speed bound: a loaded machine may be slow
    )
    return subprocess.CompletedProcess(
        completed.args, completed.returncode, completed.stdout.decode(), completed.stderr.decode()
    )


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    """
    A small article on disk.
    """
    path = tmp_path / "truce.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


class TestExtract:
    """
    ``newsevents extract`` reads files or stdin and prints records.
    """

    def test_jsonl_is_one_valid_article_per_file(self, article_file: Path) -> None:
        """
        Two files give two JSON lines, each an article equal to `parse()`'s.
        """
        result = run(
            "extract",
            str(article_file),
            str(article_file),
            "--format",
            "jsonl",
            "--published",
            "2020-03-18",
        )
        lines = result.stdout.splitlines()

        assert 0 == result.returncode
        assert 2 == len(lines)
        assert newsevents.parse(ARTICLE, published="2020-03-18") == newsevents.from_json(lines[0])

    def test_stdin(self) -> None:
        """
        ``-`` reads the article from standard input.
        """
        result = run("extract", "-", "--format", "json", stdin=ARTICLE.encode())

        assert 0 == result.returncode
        assert ARTICLE == json.loads(result.stdout)["text"]

    def test_text_format_quotes_spans(self, article_file: Path) -> None:
        """
        The text format shows the article's parts for a person.
        """
        result = run("extract", str(article_file), "--published", "2020-03-18")

        assert 0 == result.returncode
        assert "published: 2020-03-18" in result.stdout
        assert "paragraphs:" in result.stdout


class TestBatch:
    """
    ``newsevents extract corpus.jsonl`` as a user runs it: worker processes, error lines.
    """

    def test_jsonl_corpus_with_two_workers(self, tmp_path: Path) -> None:
        """
        Each record gives one line, in order, with two worker processes; a bad one an error.
        """
        corpus = tmp_path / "corpus.jsonl"
        records = [{"id": n, "text": ARTICLE, "published": "2020-03-18"} for n in range(5)]
        corpus.write_text(
            "\n".join([*map(json.dumps, records[:2]), "{bad", *map(json.dumps, records[2:])])
        )
        result = run("extract", str(corpus), "--workers", "2")
        lines = [json.loads(line) for line in result.stdout.splitlines()]

        assert (1, [0, 1, f"{corpus}:3", 2, 3, 4]) == (
            result.returncode,
            [line["id"] for line in lines],
        )
        assert newsevents.parse(ARTICLE, published="2020-03-18") == newsevents.from_json(
            json.dumps(lines[-1]["article"])
        )
        assert (
            "newsevents: 1 of 6 records failed; their error lines are in the output\n"
            == result.stderr
        )


class TestExitCodes:
    """
    0 ok, 1 unreadable input (naming file and reason), 2 usage error (one line).
    """

    def test_missing_file(self, tmp_path: Path) -> None:
        """
        A missing file exits 1 and names the file.
        """
        missing = tmp_path / "nope.txt"
        result = run("extract", str(missing))

        assert (1, f"newsevents: error: {missing}: no such file\n") == (
            result.returncode,
            result.stderr,
        )

    def test_not_utf8_names_byte_offset(self, tmp_path: Path) -> None:
        """
        Invalid UTF-8 exits 1 with the offending byte and its offset.
        """
        bad = tmp_path / "bad.txt"
        bad.write_bytes(b"caf\xe9 au lait")
        result = run("extract", str(bad))

        expected = f"newsevents: error: {bad}: invalid UTF-8 at byte 3 (line 1, byte 0xe9); "
        expected += "--errors replace reads it anyway\n"

        assert (1, expected) == (result.returncode, result.stderr)

    def test_good_files_still_processed_after_bad(self, tmp_path: Path, article_file: Path) -> None:
        """
        An unreadable file does not stop the others; the exit code still reports it.
        """
        result = run("extract", str(tmp_path / "nope.txt"), str(article_file), "--format", "jsonl")

        assert (1, 1) == (result.returncode, len(result.stdout.splitlines()))

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (("extract", "x.txt", "--published", "2020-02-30"), "2020-02-30"),
            (("extract", "x.txt", "--format", "xml"), "invalid choice"),
            (("extract",), "required"),
            ((), "required"),
        ],
        ids=["impossible date", "unknown format", "no file", "no command"],
    )
    def test_usage_errors(self, args: tuple[str, ...], message: str) -> None:
        """
        Usage errors exit 2 with one line saying why.
        """
        result = run(*args)

        assert 2 == result.returncode
        assert 1 == len(result.stderr.strip().splitlines())
        assert message in result.stderr


class TestOtherCommands:
    """
    ``schema`` and ``--version``.
    """

    def test_schema_is_the_json_schema(self) -> None:
        """
        ``newsevents schema`` prints `json_schema()`.
        """
        result = run("schema")

        assert newsevents.json_schema() == json.loads(result.stdout)

    def test_version(self) -> None:
        """
        ``--version`` prints the installed version, and whether it runs compiled.
        """
        shown = run("--version").stdout.strip()

        assert shown.startswith(f"newsevents {newsevents.__version__} (")
        assert shown.endswith(("(pure Python)", " modules)"))

    def test_python_dash_m_package(self) -> None:
        """
        ``python -m newsevents`` is the command too: same output and exit code as the script.
        """
        package = subprocess.run(
            [sys.executable, "-m", "newsevents", "extract", "-", "--format", "json"],
            input=ARTICLE.encode(),
            capture_output=True,
            check=False,
            timeout=600,
        )
        command = run("extract", "-", "--format", "json", stdin=ARTICLE.encode())

        assert package.returncode == command.returncode == 0
        assert package.stdout.decode() == command.stdout
        assert "truce" in command.stdout


PARTS_CASES = [
    (
        '"We believe the talks failed," Pompeo said, "and we will act."\n',
        "content_parts: [1:28], [45:60]",
        "a quote split by its attribution lists its two parts",
    ),
    (
        "The rebels agreed to a truce on Monday, officials said.\n",
        None,
        "a statement of one part shows no parts: the content is the part",
    ),
]


class TestTextFormatParts:
    """
    The text format lists a statement's content parts only when there are several.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), PARTS_CASES, ids=[case[2] for case in PARTS_CASES]
    )
    def test_parts_line(self, text: str, expected: str | None, why: str) -> None:
        """
        The ``content_parts`` line of the only statement, or none.
        """
        shown = format_text(newsevents.parse(text), name="-")
        lines = [line.strip() for line in shown.splitlines() if "content_parts" in line]

        assert ([] if expected is None else [expected]) == lines, why
