"""
Expressions found by the session 47 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a bare length before "of" after "by", "through", "cost", "lost", "abandoning",
    # "reversing" and their kin is a length, as after "after" and "despite"
    (
        "Her instincts were sharpened by years of political combat.",
        "2016-03-09",
        (("years", "PXY"),),
        "sharpened-by-years-of",
    ),
    (
        "The strike cost him months of his playing career.",
        "2016-03-09",
        (("months", "PXM"),),
        "cost-him-months-of",
    ),
    (
        "He has talked about abandoning decades of foreign policy.",
        "2016-03-09",
        (("decades", "PXY"),),
        "abandoning-decades-of",
    ),
    (
        "The deal was reached through weeks of talks in Geneva.",
        "2016-03-09",
        (("weeks", "PXW"),),
        "through-weeks-of",
    ),
    # controls: "the years of" and "years of age" are no bare length
    (
        "He was remembered by the years of war veterans.",
        "2016-03-09",
        (),
        "by-the-years-of",
    ),
    # "one day" before "and", in a clause that hopes with a modal, is someday
    (
        "I hope I can be like him one day and show love to my family.",
        "2016-06-05",
        (("one day", "FUTURE_REF"),),
        "hope-i-can-one-day-and",
    ),
    # controls: no hope, or a length after "take", stays one day
    (
        "He stayed one day and left for Paris.",
        "2016-06-05",
        (("one day", "P1D"),),
        "stayed-one-day-and-left",
    ),
    (
        "I hope the repairs can take one day and no more.",
        "2016-06-05",
        (("one day", "P1D"),),
        "hope-it-can-take-one-day-and",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_47_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
