"""
``newsevents extract`` under faults (issue 8, item 5).

Bytes that are not UTF-8, missing and unreadable inputs, a reader that closes the pipe, and
^C or SIGTERM in the middle of a run.
Byte and path faults run the command in this process (fast); the pipe and signal faults run
it in a subprocess, as a user does, with the run held open by a named pipe so that the signal
always lands mid-run however loaded the machine is.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeAlias

import pytest

from newsevents.batch import BatchOptions, BatchResult, result_for
from newsevents.cli import _format_batch_jsonl, _Interrupted, _render, _Signals, main

POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes and signals")

TRUCE = "Rebels agree truce\n\nThe rebels agreed to a truce on Monday, officials said.\n"
#: Generous: the machine may be loaded; a run that passes takes a few seconds.
TIMEOUT = 600.0

Cli: TypeAlias = Callable[..., tuple[int, str, str]]


def lines_of(text: str) -> list[dict[str, Any]]:
    """
    The JSON objects of JSONL output.
    """
    return [json.loads(line) for line in text.splitlines()]


def brief(text: str) -> list[dict[str, Any]]:
    """
    Result lines with each article replaced by its text.
    """
    return [
        {k: (v["text"] if k == "article" else v) for k, v in line.items()}
        for line in lines_of(text)
    ]


def write_gzip(path: Path, data: bytes) -> None:
    """
    Write *data* gzipped to *path*.
    """
    with gzip.open(path, "wb") as handle:
        handle.write(data)


HINT = "; --errors replace reads it anyway\n"

#: (file name, bytes, extra args, expected (exit code, stderr), why) for one plain-text article
TEXT_CASES = [
    (
        "story.txt",
        b"Calm day\n\nNothing happened.\nCaf\xe9 closed.\n",
        (),
        (1, "newsevents: error: story.txt: invalid UTF-8 at byte 31 (line 4, byte 0xe9)" + HINT),
        "a Latin-1 byte on line 4",
    ),
    (
        "bom.txt",
        b"\xef\xbb\xbfCalm \xff day\n",
        (),
        (1, "newsevents: error: bom.txt: invalid UTF-8 at byte 8 (line 1, byte 0xff)" + HINT),
        "the offset counts the byte order mark",
    ),
    (
        "cut.txt",
        b"Calm day \xe2\x80",
        (),
        (1, "newsevents: error: cut.txt: invalid UTF-8 at byte 9 (line 1, byte 0xe2)" + HINT),
        "a character cut at the end of the file",
    ),
    (
        "-",
        b"Calm\r\nday \xc0\xaf\n",
        (),
        (1, "newsevents: error: <stdin>: invalid UTF-8 at byte 10 (line 2, byte 0xc0)" + HINT),
        "standard input, an overlong encoding",
    ),
]
assert len({case[4] for case in TEXT_CASES}) == len(TEXT_CASES), "duplicate case"

#: (bytes, extra args, expected text of the article, why) read with --errors replace
REPLACE_CASES = [
    (b"Caf\xe9 closed.\n", (), "Caf\ufffd closed.\n", "a file"),
    (
        b"\xef\xbb\xbfCalm \xff\xfe day\n",
        (),
        "Calm \ufffd\ufffd day\n",
        "each bad byte, BOM dropped",
    ),
    (
        b'{"id": 1, "text": "Caf\xe9 closed."}\n',
        ("--input-format", "jsonl"),
        "Caf\ufffd closed.",
        "a JSONL line",
    ),
]
assert len({case[3] for case in REPLACE_CASES}) == len(REPLACE_CASES), "duplicate case"


class TestInvalidUtf8:
    """
    Bytes that are not UTF-8: the message names the input, the byte offset and the line.
    """

    @pytest.mark.parametrize(
        ("name", "data", "args", "expected", "why"), TEXT_CASES, ids=[c[4] for c in TEXT_CASES]
    )
    def test_text_input_names_file_offset_and_line(
        self,
        name: str,
        data: bytes,
        args: tuple[str, ...],
        expected: tuple[int, str],
        why: str,
        *,
        tmp_path: Path,
        cli: Cli,
    ) -> None:
        """
        A plain-text article that is not UTF-8 exits 1 with one line saying where.
        """
        if name != "-":
            (tmp_path / name).write_bytes(data)
        code, out, err = cli("extract", name, *args, stdin=data)

        assert (*expected, "") == (code, err, out)

    def test_jsonl_bad_line_is_an_error_line_and_the_run_goes_on(
        self, tmp_path: Path, cli: Cli
    ) -> None:
        """
        In a corpus, a line that is not UTF-8 becomes an error line with its id if it shows.

        The offset is the byte's offset in the file, so ``head -c`` or an editor finds it.
        """
        lines = [
            b'{"id": 1, "text": "Calm day"}\n',
            b"\n",
            b'{"id": "a7", "source": "Wire", "text": "Caf\xe9 closed"}\n',
            b'{"text": "\xff"}\n',
            b'{"id": 5, "text": "Calm night"}\n',
        ]
        (tmp_path / "corpus.jsonl").write_bytes(b"".join(lines))
        code, out, err = cli("extract", "corpus.jsonl")
        expected = [
            {"id": 1, "article": "Calm day"},
            {
                "id": "a7",
                "source": "Wire",
                "error": "corpus.jsonl: invalid UTF-8 at byte 74 (line 3, byte 0xe9)",
            },
            {
                "id": "corpus.jsonl:4",
                "error": "corpus.jsonl: invalid UTF-8 at byte 95 (line 4, byte 0xff)",
            },
            {"id": 5, "article": "Calm night"},
        ]

        assert (1, expected) == (code, brief(out))
        assert "newsevents: 2 of 4 records failed; their error lines are in the output\n" == err

    def test_gzipped_corpus_counts_uncompressed_bytes(self, tmp_path: Path, cli: Cli) -> None:
        """
        In a ``.gz`` corpus the offset counts the uncompressed bytes (what ``zcat`` shows).
        """
        write_gzip(tmp_path / "c.jsonl.gz", b'{"id": 1, "text": "x"}\n{"id": 2, "text": "\xe9"}\n')
        _code, out, _err = cli("extract", "c.jsonl.gz")

        assert [
            {"id": 1, "article": "x"},
            {"id": 2, "error": "c.jsonl.gz: invalid UTF-8 at byte 42 (line 2, byte 0xe9)"},
        ] == brief(out)

    def test_folder_file_names_its_path(self, tmp_path: Path, cli: Cli) -> None:
        """
        A file of a folder that is not UTF-8 gives an error line naming it; the others parse.
        """
        (tmp_path / "news" / "sub").mkdir(parents=True)
        (tmp_path / "news" / "a.txt").write_text("Calm day")
        (tmp_path / "news" / "sub" / "b.txt").write_bytes(b"Calm\nnight \x80")
        code, out, _err = cli("extract", "news")

        assert (
            1,
            [
                {"id": "a.txt", "article": "Calm day"},
                {
                    "id": "sub/b.txt",
                    "error": "sub/b.txt: invalid UTF-8 at byte 11 (line 2, byte 0x80)",
                },
            ],
        ) == (code, brief(out))

    @pytest.mark.parametrize(
        ("data", "args", "expected", "why"), REPLACE_CASES, ids=[c[3] for c in REPLACE_CASES]
    )
    def test_errors_replace_reads_bad_bytes_as_replacement_characters(
        self, data: bytes, args: tuple[str, ...], expected: str, why: str, cli: Cli
    ) -> None:
        """
        ``--errors replace`` reads each bad byte as U+FFFD, parses, and exits 0.
        """
        code, out, err = cli(
            "extract", "-", "--format", "jsonl", "--errors", "replace", *args, stdin=data
        )
        [line] = lines_of(out)
        article = line.get("article", line)

        assert (0, "", expected) == (code, err, article["text"])

    def test_errors_replace_in_a_folder(self, tmp_path: Path, cli: Cli) -> None:
        """
        ``--errors replace`` also reads the files of a folder (decoded in the workers).
        """
        (tmp_path / "news").mkdir()
        (tmp_path / "news" / "a.txt").write_bytes(b"Caf\xe9")
        code, out, _err = cli("extract", "news", "--errors", "replace")

        assert (0, [{"id": "a.txt", "article": "Caf\ufffd"}]) == (code, brief(out))

    def test_json_item_not_utf8_names_offset_in_the_line(self) -> None:
        """
        A JSONL line handed over undecoded (as `newsevents.distributed` does) names the offset.
        """
        result = result_for(
            ("json", b'{"id": 1, "text": "caf\xe9"}', "part-0.jsonl:3"), BatchOptions()
        )

        assert (
            BatchResult(
                id="part-0.jsonl:3", error="invalid UTF-8 at byte 22 of the line (byte 0xe9)"
            )
            == result
        )

    def test_errors_is_checked(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        ``--errors`` takes ``strict`` or ``replace`` only: a usage error (exit 2) otherwise.
        """
        with pytest.raises(SystemExit) as caught:
            main(["extract", "x.txt", "--errors", "ignore"])

        assert (2, True) == (
            caught.value.code,
            "invalid choice: 'ignore'" in capsys.readouterr().err,
        )


def symlink_loop(path: Path) -> Path:
    """
    Make *path* a symbolic link to itself: unreadable even for root.
    """
    path.symlink_to(path.name)
    return path


#: (symbolic link loop to create, command-line inputs, expected stderr, why); every case exits 1
MISSING_CASES = [
    (None, ("nope.txt",), "newsevents: error: nope.txt: no such file\n", "missing text file"),
    (None, ("nope.jsonl",), "newsevents: error: nope.jsonl: no such file\n", "missing corpus"),
    (None, ("news/",), "newsevents: error: news/: no such file\n", "missing folder"),
    (
        "loop.txt",
        ("loop.txt",),
        "newsevents: error: loop.txt: cannot read: Too many levels of symbolic links\n",
        "unreadable text file",
    ),
    (
        "loop.jsonl",
        ("loop.jsonl",),
        "newsevents: error: loop.jsonl: cannot read: Too many levels of symbolic links\n",
        "unreadable corpus",
    ),
]
assert len({case[3] for case in MISSING_CASES}) == len(MISSING_CASES), "duplicate case"


class TestMissingInputs:
    """
    An input that is missing or unreadable: exit 1 and one line naming it; the others still run.
    """

    @pytest.mark.parametrize(
        ("make", "inputs", "expected", "why"), MISSING_CASES, ids=[c[3] for c in MISSING_CASES]
    )
    def test_message_names_the_path(
        self,
        make: str | None,
        inputs: tuple[str, ...],
        expected: str,
        why: str,
        *,
        tmp_path: Path,
        cli: Cli,
    ) -> None:
        """
        The message names the path and the reason, without a traceback.
        """
        if make is not None:
            symlink_loop(tmp_path / make)
        code, out, err = cli("extract", *inputs, "--format", "jsonl")

        assert (1, "", expected) == (code, out, err)

    def test_other_inputs_still_run(self, tmp_path: Path, cli: Cli) -> None:
        """
        A missing corpus between two good ones does not stop them.
        """
        (tmp_path / "a.jsonl").write_text('{"id": 1, "text": "Calm day"}\n')
        code, out, err = cli("extract", "a.jsonl", "gone.jsonl", "a.jsonl")

        assert (1, [1, 1], "newsevents: error: gone.jsonl: no such file\n") == (
            code,
            [line["id"] for line in lines_of(out)],
            err,
        )

    def test_unwritable_output(self, tmp_path: Path, cli: Cli) -> None:
        """
        An output in a folder that does not exist exits 1 naming it, before any work.
        """
        (tmp_path / "a.jsonl").write_text('{"id": 1, "text": "Calm day"}\n')
        code, _out, err = cli("extract", "a.jsonl", "-o", "no/such/out.jsonl")

        assert (
            1,
            "newsevents: error: no/such/out.jsonl: cannot write: No such file or directory\n",
        ) == (
            code,
            err,
        )

    def test_unreadable_sub_folder_is_reported(
        self, tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """
        A sub-folder that cannot be listed is named (not skipped in silence); the rest is read.

        The refusal is simulated so that the test also runs as root.
        """
        (tmp_path / "news" / "locked").mkdir(parents=True)
        (tmp_path / "news" / "a.txt").write_text("Calm day")
        real_scandir = os.scandir

        def scandir(path: Any) -> Any:
            if os.fspath(path).endswith("locked"):
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)
        code, out, err = cli("extract", "news")

        assert (1, [{"id": "a.txt", "article": "Calm day"}]) == (code, brief(out))
        assert "newsevents: error: news/locked: cannot read folder: Permission denied\n" == err

    @pytest.mark.skipif(
        not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every folder"
    )
    def test_unreadable_folder_for_real(self, tmp_path: Path, cli: Cli) -> None:
        """
        A folder without read permission is named with the reason; exit 1.
        """
        (tmp_path / "news").mkdir()
        (tmp_path / "news" / "a.txt").write_text("Calm day")
        (tmp_path / "news").chmod(0)
        try:
            code, out, err = cli("extract", "news")
        finally:
            (tmp_path / "news").chmod(0o755)

        assert (1, "", "newsevents: error: news: cannot read folder: Permission denied\n") == (
            code,
            out,
            err,
        )


def subprocess_env() -> dict[str, str]:
    """
    The environment of a command run by a user: standard output buffered.

    ``PYTHONUNBUFFERED`` (set by some CI runners) would hide the flush at exit.
    """
    return {key: value for key, value in os.environ.items() if key != "PYTHONUNBUFFERED"}


def command(*args: str) -> list[str]:
    """
    The ``newsevents`` command line for *args*.
    """
    return [sys.executable, "-m", "newsevents.cli", *args]


def corpus_lines(count: int) -> list[bytes]:
    """
    *count* short JSONL records with ids 0, 1, ...
    """
    return [
        json.dumps(
            {
                "id": n,
                "text": f"Talks resume\n\nThe two sides met on Monday, the minister said ({n}).",
                "published": "2020-03-18",
            }
        ).encode()
        + b"\n"
        for n in range(count)
    ]


@POSIX_ONLY
class TestClosedPipe:
    """
    ``newsevents extract ... | head -1``: the reader goes away; the command stops quietly, exit 0.
    """

    @pytest.mark.parametrize("workers", ["1", "2"], ids=["one worker", "two workers"])
    def test_head_one_line(self, workers: str, tmp_path: Path) -> None:
        """
        After the reader took one line and closed the pipe: exit 0, nothing on stderr.
        """
        corpus = tmp_path / "corpus.jsonl"
        corpus.write_bytes(b"".join(corpus_lines(3000)))
        with subprocess.Popen(
            command("extract", str(corpus), "--workers", workers),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=subprocess_env(),
        ) as process:
            assert process.stdout is not None
            first = process.stdout.readline()
            process.stdout.close()
            _out, err = process.communicate(timeout=TIMEOUT)

        assert (0, b"", 0) == (process.returncode, err, json.loads(first)["id"])

    def test_reader_gone_before_the_first_write(self, tmp_path: Path) -> None:
        """
        Output still buffered at exit meets a closed pipe: no "Exception ignored" message.
        """
        (tmp_path / "truce.txt").write_text(TRUCE)
        read_end, write_end = os.pipe()
        os.close(read_end)
        try:
            completed = subprocess.run(
                command("extract", str(tmp_path / "truce.txt")),
                stdout=write_end,
                stderr=subprocess.PIPE,
                env=subprocess_env(),
                timeout=TIMEOUT,
                check=False,
            )
        finally:
            os.close(write_end)

        assert (0, b"") == (completed.returncode, completed.stderr)


class ClosedPipe(io.StringIO):
    """
    A standard error whose reader has gone.
    """

    def write(self, text: str) -> int:
        """
        Fail as a write to a closed pipe does.
        """
        raise BrokenPipeError(32, "Broken pipe")

    def isatty(self) -> bool:
        """
        Not a terminal.
        """
        return False


class TestClosedStderr:
    """
    With ``-o`` the results go to a file: a closed pipe there is standard error's.
    """

    def test_results_cut_short_exit_1(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """
        The progress bar's pipe closed: the run stops and exits 1, its results incomplete.
        """
        corpus = tmp_path / "corpus.jsonl"
        corpus.write_bytes(b"".join(corpus_lines(3)))
        monkeypatch.setattr(sys, "stderr", ClosedPipe())
        code = main(["extract", str(corpus), "-o", str(tmp_path / "out.jsonl"), "--progress"])

        assert 1 == code


@contextlib.contextmanager
def fifo_feed(fifo: Path, head: list[bytes], tail: list[bytes]) -> Iterator[threading.Event]:
    """
    Feed *head* into the named pipe *fifo*, then *tail* once the event yielded is set.

    The command reading *fifo* cannot finish before the event, so a signal sent in between
    always lands mid-run.
    """
    os.mkfifo(fifo)
    release = threading.Event()

    def feed() -> None:
        with contextlib.suppress(BrokenPipeError), fifo.open("wb") as handle:
            handle.writelines(head)
            handle.flush()
            release.wait(TIMEOUT)
            handle.writelines(tail)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        yield release
    finally:
        release.set()
        if writer.is_alive():  # the command never opened the pipe: let the writer through
            os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
        writer.join(TIMEOUT)


def wait_for_a_line(path: Path, process: subprocess.Popen[bytes]) -> None:
    """
    Wait until *path* holds a complete line (the run is under way).
    """
    deadline = time.monotonic() + TIMEOUT
    while not (path.exists() and b"\n" in path.read_bytes()):
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"the run ended or stalled before writing a line: {process.returncode}")
        time.sleep(0.02)


#: (workers, signal, sent to the whole process group as ^C at a terminal is, exit code, why)
SIGNAL_CASES = [
    ("1", signal.SIGINT, False, 130, "^C, one process"),
    ("2", signal.SIGINT, True, 130, "^C to the group, two workers"),
    ("2", signal.SIGTERM, False, 143, "SIGTERM, two workers"),
]
assert len({case[4] for case in SIGNAL_CASES}) == len(SIGNAL_CASES), "duplicate case"

#: Records in the test corpus, and how many are fed before the signal: with two workers the
#: first result is written once 8 chunks of 16 are in flight.
RECORDS = 200
FED = 160


@POSIX_ONLY
class TestInterrupt:
    """
    A signal mid-run: exit 128+signal, one line on stderr, whole result lines only, resumable.
    """

    @pytest.fixture(scope="class")
    @classmethod
    def uninterrupted(cls, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
        """
        The corpus as a plain file, and what a run without interruption writes for it.
        """
        folder = tmp_path_factory.mktemp("plain")
        corpus = folder / "corpus.jsonl"
        corpus.write_bytes(b"".join(corpus_lines(RECORDS)))
        main(["extract", str(corpus), "-o", str(folder / "full.jsonl"), "--quiet"])
        return corpus, (folder / "full.jsonl").read_bytes()

    @pytest.mark.parametrize(
        ("workers", "signum", "group", "code", "why"),
        SIGNAL_CASES,
        ids=[c[4] for c in SIGNAL_CASES],
    )
    def test_signal_leaves_whole_lines_and_resume_finishes(
        self,
        workers: str,
        signum: signal.Signals,
        group: bool,
        code: int,
        why: str,
        *,
        tmp_path: Path,
        uninterrupted: tuple[Path, bytes],
    ) -> None:
        """
        The output holds a prefix of the records, each line whole; ``--resume`` completes it.
        """
        plain_corpus, full = uninterrupted
        lines = corpus_lines(RECORDS)
        corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
        with (
            fifo_feed(corpus, lines[:FED], lines[FED:]),
            subprocess.Popen(
                command("extract", str(corpus), "-o", str(out), "--workers", workers),
                stderr=subprocess.PIPE,
                env=subprocess_env(),
                start_new_session=True,
            ) as process,
        ):
            wait_for_a_line(out, process)
            if group:
                os.killpg(process.pid, signum)
            else:
                process.send_signal(signum)
            _out, err = process.communicate(timeout=TIMEOUT)
        written = out.read_bytes()
        ids = [json.loads(line)["id"] for line in written.splitlines()]
        cause = "interrupted" if signum == signal.SIGINT else "stopped by SIGTERM"
        message = f"newsevents: {cause}: {len(ids)} results written to {out}; --resume goes on from there\n"

        assert (code, message) == (process.returncode, err.decode())
        assert (True, list(range(len(ids)))) == (written.endswith(b"\n"), ids)
        assert full.startswith(written)

        resumed = main(["extract", str(plain_corpus), "-o", str(out), "--resume", "--quiet"])

        assert (0, full) == (resumed, out.read_bytes())


def signal_during_write(signals: _Signals, steps: list[str]) -> None:
    """
    Take SIGTERM in the middle of a write, then finish the write.
    """
    with signals.deferred():
        signals.handle(signal.SIGTERM, None)
        steps.append("write finished")


class TestSignals:
    """
    The signal guard of the command line: a signal during a write waits for the write's end.
    """

    def test_signal_during_write_is_raised_after_it(self) -> None:
        """
        Inside `deferred` the handler only notes the signal; leaving the block raises it.
        """
        steps: list[str] = []
        with pytest.raises(_Interrupted) as caught:
            signal_during_write(_Signals(), steps)

        assert (["write finished"], signal.SIGTERM) == (steps, caught.value.signum)

    def test_signal_outside_a_write_is_raised_at_once(self) -> None:
        """
        Outside `deferred` the handler raises `_Interrupted`, a `KeyboardInterrupt`.
        """
        with pytest.raises(KeyboardInterrupt) as caught:
            _Signals().handle(signal.SIGINT, None)

        assert signal.SIGINT == caught.value.args[0]

    def test_handlers_are_restored(self) -> None:
        """
        After a run the previous SIGINT and SIGTERM handlers are back.
        """
        before = (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM))
        with _Signals().installed():
            during = signal.getsignal(signal.SIGINT)

        assert (before, True) == (
            (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)),
            during != before[0],
        )


def refuse_articles(result: BatchResult) -> str:
    """
    A formatter with a bug: it fails on every parsed article.
    """
    if result.article is not None:
        msg = "cannot render"
        raise ValueError(msg)
    return _format_batch_jsonl(result)


class TestRender:
    """
    A result that cannot be written (a bug in a formatter) becomes an error line, not a crash.
    """

    def test_formatter_failure_becomes_error_line(self) -> None:
        """
        The run goes on: the record's line says what failed.
        """
        result = result_for(("text", "Calm day", "a.txt"), BatchOptions())
        reason = (
            "newsevents failed to write this record (please report it): ValueError: cannot render"
        )

        assert (True, _format_batch_jsonl(BatchResult(id="a.txt", error=reason))) == _render(
            result, refuse_articles
        )
