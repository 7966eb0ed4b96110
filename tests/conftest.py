"""
Shared test configuration: Hypothesis profiles, and the in-process command-line fixture.

``FAST=1`` selects a quick profile for local runs; CI runs the default.
The compiled patterns are cached in a directory of this run's own (set before newsevents is
imported, and inherited by the commands the tests start), never in the user's cache.
"""

from __future__ import annotations

import atexit
import io
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeAlias

import pytest
from hypothesis import HealthCheck, settings

_PATTERN_CACHE = tempfile.mkdtemp(prefix="newsevents-test-patterns-")
# registered before newsevents saves its cache at exit, so it runs after that
atexit.register(shutil.rmtree, _PATTERN_CACHE, ignore_errors=True)
os.environ["NEWSEVENTS_CACHE_DIR"] = _PATTERN_CACHE

from newsevents.cli import main  # noqa: E402 - after the cache directory is chosen

#: What the `cli` fixture gives: call it with the command's arguments (and *stdin* bytes).
Cli: TypeAlias = Callable[..., tuple[int, str, str]]

#: tests/typing is for mypy only: its module is checked, never run.
collect_ignore = ["typing"]

settings.register_profile(
    "default",
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("fast", max_examples=20, deadline=None)
settings.load_profile("fast" if os.environ.get("FAST") else "default")


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """
    Run ``newsevents`` in this process, in *tmp_path*: exit code, stdout, stderr.
    """
    monkeypatch.chdir(tmp_path)

    def run(*args: str, stdin: bytes = b"") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        code = main(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
