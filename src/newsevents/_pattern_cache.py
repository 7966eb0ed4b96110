"""
Compiled rule patterns kept on disk, so that a new process does not parse them again.

`regex` parses a pattern in Python: the rule tables take 8-12 CPU-seconds to compile, which
every new process paid (a command-line run, a spawned worker). A compiled `regex.Pattern`
pickles as its compiled code (`regex` registers that with `copyreg`), and loads again without
parsing: the whole table in about 0.15 s.

The cache is one file per version of newsevents, `regex` and Python, in the user's cache
directory (`cache_directory`), written atomically when a process compiled something new.
Setting ``NEWSEVENTS_CACHE_DIR`` to a directory moves it there, and setting it to an empty
string turns it off. A file that cannot be read, was written by another version or is not
the user's own is ignored, and a directory that cannot be written leaves the cache off: the
patterns are compiled as before.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

import regex

from newsevents._version import __version__

__all__ = ["ENVIRONMENT_VARIABLE", "PATTERNS", "PatternCache", "cache_directory"]

#: The environment variable that moves the cache, or turns it off when empty.
ENVIRONMENT_VARIABLE: Final = "NEWSEVENTS_CACHE_DIR"

#: The layout of the file; a file of another layout is ignored.
_FORMAT: Final = 1

#: A file larger than this keeps only the patterns the writing process used (a development
#: tree that changes its rules under one version would otherwise grow it for ever).
_MAX_BYTES: Final = 64 * 1024 * 1024


def cache_directory() -> Path | None:
    """
    Where the compiled patterns are kept, or ``None`` when the cache is off.

    ``NEWSEVENTS_CACHE_DIR`` when set (an empty value turns the cache off), else the
    platform's user cache directory: ``$XDG_CACHE_HOME`` or ``~/.cache`` on Linux,
    ``~/Library/Caches`` on macOS, ``%LOCALAPPDATA%`` on Windows, each with ``newsevents``.
    """
    try:
        return _chosen_directory()
    except RuntimeError:  # no home directory to expand "~" to: no cache
        return None


def _chosen_directory() -> Path | None:
    chosen = os.environ.get(ENVIRONMENT_VARIABLE)
    if chosen is not None:
        return Path(chosen).expanduser() if chosen.strip() else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "newsevents" / "Cache" if base else None
    home = Path("~").expanduser()
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "newsevents"
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    # the XDG specification ignores a relative path
    base_dir = Path(xdg) if Path(xdg).is_absolute() else home / ".cache"
    return base_dir / "newsevents"


def _build_tag() -> str:
    """
    What a compiled pattern depends on besides its text.

    The versions, the interpreter and the build of `regex`'s extension (its file name names
    the platform).
    """
    extension = Path(getattr(regex, "_regex", regex).__file__ or "").name
    return f"{__version__}|{regex.__version__}|{extension}|{sys.version}"


class PatternCache:
    """
    Compiled patterns by the hash of what they were compiled from, in one file.

    The file lives in *directory* (``None``: nothing is read or written). It is read when
    the first pattern is asked for, and each entry is unpickled when its pattern is. `save`
    writes the file again if this process compiled a pattern it lacked, with the entries
    another process wrote meanwhile.
    """

    def __init__(self, directory: Path | None, *, tag: str | None = None) -> None:
        self.tag = _build_tag() if tag is None else tag
        name = hashlib.blake2b(self.tag.encode(), digest_size=8).hexdigest()
        self.path = None if directory is None else directory / f"patterns-{name}.pickle"
        self.hits = 0
        self.misses = 0
        self._entries: dict[bytes, bytes] | None = None  # read on first use
        self._new: dict[bytes, bytes] = {}
        self._new_bytes = 0
        self._used: set[bytes] = set()
        self._lock = threading.Lock()

    def compile(self, pattern: str, flags: int, lists: Mapping[str, Any]) -> regex.Pattern[str]:
        """
        ``regex.compile(pattern, flags, **lists)``, from the cache when it holds it.
        """
        if self.path is None:
            return regex.compile(pattern, flags, **lists)
        key = _key(pattern, flags, lists)
        with self._lock:
            if self._entries is None:
                self._entries = self._read()
            data = self._entries.get(key) or self._new.get(key)
        if data is not None:
            found = _unpickle(data, pattern)
            if found is not None:
                with self._lock:
                    self.hits += 1
                    self._used.add(key)
                return found
        compiled = regex.compile(pattern, flags, **lists)
        data = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)
        with self._lock:
            self.misses += 1
            self._used.add(key)
            # a process that compiles patterns without end (its own, made per input) keeps
            # no more of them than a file would hold
            if self._new_bytes + len(data) <= _MAX_BYTES:
                self._new[key] = data
                self._new_bytes += len(data)
        return compiled

    def save(self) -> bool:
        """
        Write the file if this process compiled patterns it did not hold; whether it wrote.

        Errors of the file system leave the file as it was.
        """
        with self._lock:
            if self.path is None or not self._new:
                return False
            entries = {**self._read(), **(self._entries or {}), **self._new}
            if sum(map(len, entries.values())) > _MAX_BYTES:
                entries = {key: entries[key] for key in self._used if key in entries}
            data = pickle.dumps(
                {"format": _FORMAT, "tag": self.tag, "entries": entries},
                protocol=pickle.HIGHEST_PROTOCOL,
            )
            try:
                _write_atomically(self.path, data)
            except OSError:
                return False
            _prune(self.path)
            self._entries = entries
            self._new = {}
            self._new_bytes = 0
            return True

    def _read(self) -> dict[bytes, bytes]:
        """
        The entries of the file, or none when it is missing, unreadable or not ours.
        """
        if self.path is None:
            return {}
        try:
            with self.path.open("rb") as stream:
                if not _owned(stream.fileno()):
                    return {}
                content = pickle.load(stream)  # noqa: S301 - the user's own cache file
        except Exception:  # noqa: BLE001 - a damaged cache is a missing one
            return {}
        with contextlib.suppress(OSError):  # in use: `_prune` leaves it to its version
            os.utime(self.path)
        if (
            not isinstance(content, dict)
            or content.get("format") != _FORMAT
            or content.get("tag") != self.tag
            or not isinstance(content.get("entries"), dict)
        ):
            return {}
        entries: dict[bytes, bytes] = content["entries"]
        return entries


def _key(pattern: str, flags: int, lists: Mapping[str, Any]) -> bytes:
    """
    The hash of everything `regex.compile` reads.
    """
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"{flags}\0{regex.DEFAULT_VERSION}\0".encode())
    digest.update(pattern.encode("utf-8", "surrogatepass"))
    for name in sorted(lists):
        digest.update(f"\0{name}\0".encode())
        digest.update("\x1f".join(lists[name]).encode("utf-8", "surrogatepass"))
    return digest.digest()


def _unpickle(data: bytes, pattern: str) -> regex.Pattern[str] | None:
    """
    The pattern pickled in *data*, if it unpickles to one compiled from *pattern*.
    """
    try:
        found = pickle.loads(data)  # noqa: S301 - the user's own cache file
    except Exception:  # noqa: BLE001 - a damaged entry is a missing one
        return None
    if isinstance(found, regex.Pattern) and found.pattern == pattern:
        return found
    return None


def _owned(descriptor: int) -> bool:
    """
    Whether the open file is the user's own (always, where there are no user ids).
    """
    getuid = getattr(os, "getuid", None)
    return getuid is None or os.fstat(descriptor).st_uid == getuid()


#: A file of another version not read for this long is removed when a cache is saved.
_UNUSED_SECONDS: Final = 90 * 24 * 3600
#: A temporary file this old was left by a process killed while it wrote.
_STALE_TEMPORARY_SECONDS: Final = 24 * 3600


def _prune(path: Path) -> None:
    """
    Remove the old files beside *path*.

    Those are the files of other versions that no process has read for 90 days (an upgrade
    leaves its predecessor's), and temporary files that a writer killed mid-write left.
    """
    now = time.time()
    with contextlib.suppress(OSError):
        for other in path.parent.iterdir():
            if other == path:
                continue
            if other.name.startswith("patterns-") and other.name.endswith(".pickle"):
                limit = _UNUSED_SECONDS
            elif other.name.startswith(".patterns-"):
                limit = _STALE_TEMPORARY_SECONDS
            else:
                continue
            with contextlib.suppress(OSError):
                if now - other.stat().st_mtime > limit:
                    other.unlink()


def _write_atomically(path: Path, data: bytes) -> None:
    """
    Write *data* to *path* through a temporary file beside it, readable by the user only.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


#: The cache `newsevents._rules.compile_pattern` compiles through.
PATTERNS: Final = PatternCache(cache_directory())
atexit.register(PATTERNS.save)
