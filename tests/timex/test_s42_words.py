"""
Expressions found by the session 42 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # "daily", "monthly" before an amount that grows or is wanted is a figure, no recurrence
    (
        "The plant could not meet the daily demand of 900 gallons.",
        "2013-06-01",
        (),
        "the-daily-demand",
    ),
    (
        "The lake rose twice its normal monthly increase in May.",
        "2013-06-01",
        (("May", "2013-05"),),
        "a-monthly-increase",
    ),
    (
        "The board cancelled its monthly meeting.",
        "2013-06-01",
        (("monthly", "P1M"),),
        "a-monthly-meeting-recurs",
    ),
    # a qualifier opening a sentence glued to the one before keeps its place in the span
    (
        "The man was shot.Around 8:15 p.m. police arrived.",
        "2016-08-06",
        (("Around 8:15 p.m.", "2016-08-06T20:15"),),
        "around-after-a-glued-full-stop",
    ),
    (
        "Officers searched the woods.About four hours later they found him.",
        "2016-08-06",
        (("About four hours", "PT4H"),),
        "about-after-a-glued-full-stop",
    ),
    (
        "The man was shot. Around 8:15 p.m. police arrived.",
        "2016-08-06",
        (("Around 8:15 p.m.", "2016-08-06T20:15"),),
        "around-after-a-spaced-full-stop",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_42_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
