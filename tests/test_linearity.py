"""
No pattern backtracks catastrophically (issue 8).

Every compiled pattern in the package must scale linearly on adversarial input.

The bound is generous on purpose (a slow CI machine must not fail it): catastrophic
backtracking shows up as seconds or minutes, not as a ratio of 12 instead of 10.
"""

from __future__ import annotations

import time

import pytest
import regex

from newsevents._patterns import ADVERSARIAL_SHAPES, iter_patterns

PATTERNS = list(iter_patterns())

ADVERSARIAL = ADVERSARIAL_SHAPES


def _time(pattern: regex.Pattern[str] | regex.Pattern[bytes], text: str) -> float:
    # CPU time, not wall time: other work on a shared machine must not count against a pattern.
    # A pattern of bytes (read over the ASCII bytes of a text) gets the text as UTF-8.
    subject: str | bytes = text.encode() if isinstance(pattern.pattern, bytes) else text
    start = time.process_time()
    for _ in pattern.finditer(subject):  # type: ignore[arg-type]
        pass
    return time.process_time() - start


class TestLinearity:
    """
    Each pattern on 100 KB of adversarial text.
    """

    def test_patterns_found(self) -> None:
        """
        The pattern walk finds the package's rule tables (guards against a silent no-op).
        """
        assert len(PATTERNS) >= 20

    @pytest.mark.parametrize("shape", sorted(ADVERSARIAL))
    @pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
    def test_pattern_is_linear(self, name: str, pattern: regex.Pattern[str], shape: str) -> None:
        """
        100 KB of the shape runs in under two seconds, and 10x the text in far under 100x the time.
        """
        unit = ADVERSARIAL[shape]
        small = unit * max(1, 10_000 // len(unit))
        small_time = max(_time(pattern, small), 5e-3)
        large_time = _time(pattern, small * 10)
        if large_time >= min(2.0, 40 * small_time):  # a busy machine: best of three before judging
            small_time = max(min(small_time, *(_time(pattern, small) for _ in range(2))), 5e-3)
            large_time = min(large_time, *(_time(pattern, small * 10) for _ in range(2)))

        assert large_time < 2.0, f"{name} on {shape}: {large_time:.2f} s for 100 KB"
        assert large_time < 40 * small_time, (
            f"{name} on {shape}: {large_time / small_time:.0f}x for 10x text"
        )
