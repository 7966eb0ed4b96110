"""
The cache of compiled patterns on disk.

Where it lives, what it gives back, and that a damaged, foreign or unwritable cache never
changes a result or raises.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest
import regex

from newsevents import _pattern_cache
from newsevents._pattern_cache import ENVIRONMENT_VARIABLE, PatternCache, cache_directory
from newsevents._rules import FLAGS

#: A pattern with a named list, and a text it matches in three places.
PATTERN = r"(?-f)\b(?P<day>\L<day>)\s+(?P<part>morning|night)\b"
LISTS = {"day": ["monday", "tuesday", "wednesday"]}
TEXT = "Monday morning, then tuesday night, and Wednesday Night; not Friday morning."


def spans(pattern: regex.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    """
    Every match of *pattern* in `TEXT`: its span and named groups.
    """
    return [(found.span(), found.groupdict()) for found in pattern.finditer(TEXT)]


EXPECTED = spans(regex.compile(PATTERN, FLAGS, **LISTS))


class TestCacheDirectory:
    """
    The directory comes from ``NEWSEVENTS_CACHE_DIR``, else the platform's user cache.
    """

    @pytest.mark.parametrize(
        ("variable", "xdg", "expected"),
        [
            ("/srv/cache", "/xdg", "/srv/cache"),
            ("~/patterns", None, "HOME/patterns"),
            (None, "/xdg", "/xdg/newsevents"),
            (None, None, "HOME/.cache/newsevents"),
            (None, "relative/dir", "HOME/.cache/newsevents"),
            ("", "/xdg", None),
            ("  ", None, None),
        ],
        ids=[
            "variable wins",
            "variable with a tilde",
            "XDG_CACHE_HOME",
            "home cache",
            "relative XDG path ignored",
            "empty variable: off",
            "blank variable: off",
        ],
    )
    def test_choice(
        self,
        monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path,
        variable: str | None,
        xdg: str | None,
        expected: str | None,
    ) -> None:
        """
        The variable decides when set (empty: off); on Linux an absolute XDG_CACHE_HOME next.
        """
        monkeypatch.setattr(sys, "platform", "linux")
        monkeypatch.setenv("HOME", str(tmp_path))
        for name, value in ((ENVIRONMENT_VARIABLE, variable), ("XDG_CACHE_HOME", xdg)):
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
        found = cache_directory()
        assert (None if found is None else str(found)) == (
            None if expected is None else expected.replace("HOME", str(tmp_path))
        )

    def test_no_home_directory(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        Without a home directory to find (no HOME, no password entry) the cache is off.
        """
        monkeypatch.delenv(ENVIRONMENT_VARIABLE, raising=False)
        monkeypatch.setattr(sys, "platform", "linux")

        def nowhere(self: Path) -> Path:
            message = "Could not determine home directory."
            raise RuntimeError(message)

        monkeypatch.setattr(Path, "expanduser", nowhere)

        assert cache_directory() is None

    def test_the_suite_uses_its_own(self) -> None:
        """
        The tests cache their patterns in a directory of their own, not the user's.
        """
        directory = os.environ[ENVIRONMENT_VARIABLE]
        assert "newsevents-test-patterns-" in directory
        assert _pattern_cache.PATTERNS.path is not None
        assert _pattern_cache.PATTERNS.path.parent == Path(directory)


class TestRoundTrip:
    """
    A pattern compiled in one process comes back from the file, matching the same.
    """

    def test_saved_and_loaded(self, tmp_path: Path) -> None:
        """
        The first cache compiles and saves; a second one loads it without compiling.
        """
        first = PatternCache(tmp_path)
        assert spans(first.compile(PATTERN, FLAGS, LISTS)) == EXPECTED
        assert (first.hits, first.misses) == (0, 1)
        assert first.save()
        assert first.path is not None
        assert first.path.stat().st_mode & 0o077 == 0  # readable by the user only

        second = PatternCache(tmp_path)
        loaded = second.compile(PATTERN, FLAGS, LISTS)
        assert (second.hits, second.misses) == (1, 0)
        assert loaded.pattern == PATTERN
        assert spans(loaded) == EXPECTED
        assert not second.save()  # nothing new: the file is left alone

    @pytest.mark.parametrize(
        ("flags", "lists"),
        [
            (FLAGS & ~regex.IGNORECASE, LISTS),
            (FLAGS, {"day": ["monday", "tuesday"]}),
            (FLAGS, {"day": ["tuesday", "monday", "wednesday"]}),
        ],
        ids=["other flags", "shorter list", "list in another order"],
    )
    def test_what_it_was_compiled_with(
        self, tmp_path: Path, flags: int, lists: dict[str, list[str]]
    ) -> None:
        """
        Other flags or other named lists are another entry: compiled, matching their own way.
        """
        first = PatternCache(tmp_path)
        first.compile(PATTERN, FLAGS, LISTS)
        first.save()
        second = PatternCache(tmp_path)
        compiled = second.compile(PATTERN, flags, lists)
        assert (second.hits, second.misses) == (0, 1)
        expected = regex.compile(PATTERN, flags, **lists)
        assert [m.span() for m in compiled.finditer(TEXT)] == [
            m.span() for m in expected.finditer(TEXT)
        ]

    def test_two_writers_keep_both(self, tmp_path: Path) -> None:
        """
        Two processes that compiled different patterns both find theirs in the file.
        """
        one, two = PatternCache(tmp_path), PatternCache(tmp_path)
        one.compile("(?-f)alpha", FLAGS, {})
        two.compile("(?-f)beta", FLAGS, {})
        assert one.save()
        assert two.save()
        third = PatternCache(tmp_path)
        third.compile("(?-f)alpha", FLAGS, {})
        third.compile("(?-f)beta", FLAGS, {})
        assert (third.hits, third.misses) == (2, 0)

    def test_size_cap_keeps_what_was_used(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """
        Past the size cap, a save keeps only the patterns its own process used.
        """
        old = PatternCache(tmp_path)
        old.compile("(?-f)stale", FLAGS, {})
        old.save()
        fresh = len(pickle.dumps(regex.compile("(?-f)fresh", FLAGS), pickle.HIGHEST_PROTOCOL))
        monkeypatch.setattr(_pattern_cache, "_MAX_BYTES", fresh + 10)  # room for one entry
        current = PatternCache(tmp_path)
        current.compile("(?-f)fresh", FLAGS, {})
        assert current.save()
        after = PatternCache(tmp_path)
        after.compile("(?-f)fresh", FLAGS, {})
        after.compile("(?-f)stale", FLAGS, {})
        assert (after.hits, after.misses) == (1, 1)

    def test_memory_is_bounded(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        Past the size cap, patterns compiled in a loop are not kept for saving.
        """
        monkeypatch.setattr(_pattern_cache, "_MAX_BYTES", 3_000)
        cache = PatternCache(tmp_path)
        for number in range(50):
            assert cache.compile(f"(?-f)word{number}", FLAGS, {}).search(f"a word{number}")
        assert 0 < len(cache._new) < 50
        assert cache._new_bytes <= 3_000
        assert cache.misses == 50

    def test_old_files_are_pruned(self, tmp_path: Path) -> None:
        """
        A save removes other versions' files unread for 90 days and stale temporary files.
        """
        day = 24 * 3600
        now = time.time()
        files = {
            "patterns-oldversion.pickle": now - 91 * day,
            "patterns-recentversion.pickle": now - 89 * day,
            ".patterns-killedwriter": now - 2 * day,
            ".patterns-writing": now - 60,
            "notes.txt": now - 400 * day,
        }
        for name, mtime in files.items():
            (tmp_path / name).write_bytes(b"x")
            os.utime(tmp_path / name, (mtime, mtime))
        path = _saved(tmp_path)

        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            [path.name, "patterns-recentversion.pickle", ".patterns-writing", "notes.txt"]
        )

    def test_reading_marks_the_file_used(self, tmp_path: Path) -> None:
        """
        Loading a cache marks its file as recently used, so other versions leave it alone.
        """
        path = _saved(tmp_path)
        old = time.time() - 200 * 24 * 3600
        os.utime(path, (old, old))
        PatternCache(tmp_path).compile(PATTERN, FLAGS, LISTS)

        assert time.time() - path.stat().st_mtime < 3600

    def test_off(self, tmp_path: Path) -> None:
        """
        Without a directory every pattern is compiled and nothing is written.
        """
        cache = PatternCache(None)
        assert spans(cache.compile(PATTERN, FLAGS, LISTS)) == EXPECTED
        assert cache.path is None
        assert not cache.save()
        assert list(tmp_path.iterdir()) == []


def _saved(directory: Path) -> Path:
    """
    The file of a cache in *directory* that holds `PATTERN`.
    """
    cache = PatternCache(directory)
    cache.compile(PATTERN, FLAGS, LISTS)
    cache.save()
    assert cache.path is not None
    return cache.path


def _content(path: Path) -> dict[str, object]:
    """
    What the cache file at *path* holds.
    """
    content: dict[str, object] = pickle.loads(path.read_bytes())  # noqa: S301 - our own file
    return content


def _entries(path: Path) -> dict[bytes, bytes]:
    """
    The entries of the cache file at *path*.
    """
    entries = _content(path)["entries"]
    assert isinstance(entries, dict)
    return entries


def _rewrite(path: Path, content: object) -> None:
    """
    Replace the cache file at *path* with *content*, pickled.
    """
    path.write_bytes(pickle.dumps(content))


class TestDamage:
    """
    A damaged or foreign cache is a missing one: the pattern is compiled and the file mended.
    """

    @pytest.mark.parametrize(
        "damage",
        [
            lambda path: path.write_bytes(b"not a pickle at all"),
            lambda path: path.write_bytes(path.read_bytes()[:100]),
            lambda path: path.write_bytes(b""),
            lambda path: _rewrite(path, ["a", "list"]),
            lambda path: _rewrite(path, {"format": 0, "tag": "x", "entries": {}}),
            lambda path: _rewrite(path, {**_content(path), "tag": "another version"}),
            lambda path: _rewrite(
                path,
                {
                    **_content(path),
                    "entries": dict.fromkeys(_entries(path), b"garbage"),
                },
            ),
            lambda path: _rewrite(
                path,
                {
                    **_content(path),
                    "entries": dict.fromkeys(_entries(path), pickle.dumps(regex.compile("x"))),
                },
            ),
        ],
        ids=[
            "not a pickle",
            "truncated",
            "empty",
            "not a dict",
            "other format",
            "other version",
            "entry damaged",
            "entry of another pattern",
        ],
    )
    def test_recompiled(self, tmp_path: Path, damage: object) -> None:
        """
        The pattern is compiled again, matches as it should, and the next save repairs it.
        """
        path = _saved(tmp_path)
        damage(path)  # type: ignore[operator]
        cache = PatternCache(tmp_path)
        assert spans(cache.compile(PATTERN, FLAGS, LISTS)) == EXPECTED
        assert (cache.hits, cache.misses) == (0, 1)
        assert cache.save()
        again = PatternCache(tmp_path)
        again.compile(PATTERN, FLAGS, LISTS)
        assert (again.hits, again.misses) == (1, 0)

    def test_not_the_users_file(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        A file another user owns is not unpickled.
        """
        _saved(tmp_path)
        monkeypatch.setattr(_pattern_cache, "_owned", lambda _descriptor: False)
        cache = PatternCache(tmp_path)
        cache.compile(PATTERN, FLAGS, LISTS)
        assert (cache.hits, cache.misses) == (0, 1)

    def test_unwritable_directory(self, tmp_path: Path) -> None:
        """
        When the directory cannot be made, saving gives up quietly and leaves nothing behind.
        """
        blocker = tmp_path / "file"
        blocker.write_text("in the way")
        cache = PatternCache(blocker / "cache")
        assert spans(cache.compile(PATTERN, FLAGS, LISTS)) == EXPECTED
        assert not cache.save()
        assert sorted(path.name for path in tmp_path.iterdir()) == ["file"]

    def test_failed_write_leaves_no_temporary(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """
        A write that fails half way removes its temporary file and keeps the old cache.
        """
        path = _saved(tmp_path)
        before = path.read_bytes()

        def refuse(source: object, target: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(Path, "replace", refuse)
        cache = PatternCache(tmp_path)
        cache.compile("(?-f)new", FLAGS, {})
        assert not cache.save()
        assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
        assert path.read_bytes() == before


#: Imports the pipeline and parses the example: the cache's counts and the article as JSON.
_SCRIPT = """
import json, pathlib, sys
import newsevents
from newsevents._pattern_cache import PATTERNS
text = pathlib.Path(sys.argv[1]).read_text()
article = newsevents.parse(text, published="2020-03-18")
print(json.dumps([PATTERNS.hits, PATTERNS.misses, newsevents.to_json(article)]))
"""

EXAMPLE = Path(__file__).parents[1] / "examples" / "pompeo-reuters.txt"


class TestAcrossProcesses:
    """
    A second process loads every rule table from the cache the first one wrote.
    """

    def test_second_process_compiles_nothing(self, tmp_path: Path) -> None:
        """
        The second run compiles no pattern and gives the same article.
        """
        environment = {**os.environ, ENVIRONMENT_VARIABLE: str(tmp_path / "cache")}

        def run() -> tuple[int, int, str]:
            done = subprocess.run(
                [sys.executable, "-c", _SCRIPT, str(EXAMPLE)],
                env=environment,
                capture_output=True,
                text=True,
                check=True,
                timeout=240,
            )
            hits, misses, article = json.loads(done.stdout)
            return hits, misses, article

        first_hits, first_misses, first_article = run()
        hits, misses, article = run()
        assert first_misses > 100  # the rule tables
        assert (hits, misses) == (first_hits + first_misses, 0)
        assert article == first_article
        assert json.loads(article)["casualties"]  # the rules did run
