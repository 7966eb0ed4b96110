"""
Expressions found by the session 42 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from newsevents import find_times

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
    # "plus" after a length closing its phrase counts more than, before a clause or a place too
    (
        '"I\'ve been out here 25 years plus and I will keep coming," he said.',
        "2017-01-16",
        (("25 years plus", "P25Y"),),
        "years-plus-and-a-clause",
    ),
    (
        "He spent 20 years plus in prison.",
        "2017-01-16",
        (("20 years plus", "P20Y"),),
        "years-plus-in-a-place",
    ),
    (
        "He was sentenced to 10 years plus a fine.",
        "2017-01-16",
        (("10 years", "P10Y"),),
        "years-plus-a-second-penalty",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_42_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("I've been out here 25 years plus and I will keep coming.", "MORE_THAN"),
        ("He spent 20 years plus in prison.", "MORE_THAN"),
        ("He was sentenced to 10 years plus a fine.", None),
        ("The man was shot.Around 8:15 p.m. police arrived.", "APPROX"),
    ],
)
def test_session_42_mods(text: str, mod: str | None) -> None:
    """
    A "plus" closing a length, and a qualifier after a glued full stop, give the mod.
    """
    (time,) = find_times(text, "2017-01-16")
    assert (time.mod.name if time.mod else None) == mod
