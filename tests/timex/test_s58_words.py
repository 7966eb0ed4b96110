"""
Expressions found by the session 58 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # any scheduled event called for a weekday is one to come, not only a meeting
    (
        "The judge called a trial for Monday.",
        "2016-06-08",
        (("Monday", "2016-06-13"),),
        "trial-called-for-monday",
    ),
    (
        "The league called the final for Sunday afternoon.",
        "2016-06-08",
        (("Sunday afternoon", "2016-06-12TAF"),),
        "final-called-for-sunday",
    ),
    (
        "The judge called the defendant on Monday.",
        "2016-06-08",
        (("Monday", "2016-06-06"),),
        "called-on-monday-is-past",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_58_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
