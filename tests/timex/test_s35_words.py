"""
Expressions found by the session 35 audits of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

REF = "2016-06-28"  # a Tuesday

WORDS: list[Case] = [
    # years past 2099 after a word of time; a count otherwise
    (
        "Seas could rise three feet by 2100, the report said.",
        REF,
        (("2100", "2100"),),
        "a-year-after-2099-after-by",
    ),
    (
        "In 2150 the city may be under water.",
        REF,
        (("2150", "2150"),),
        "a-year-after-2099-after-in",
    ),
    ("About 2100 people marched downtown.", REF, (), "a-count-of-2100-people"),
    ("A crowd of 2150 filled the square.", REF, (), "a-count-after-of"),
    ("In 2200 nobody knows.", REF, (), "no-year-after-2199"),
    # "quite a while", "a little while": a length of no unit
    (
        "Congress has been trying to fix the tax for quite a while.",
        REF,
        (("a while", "PXX"),),
        "for-quite-a-while",
    ),
    ("They waited a little while outside.", REF, (("a little while", "PXX"),), "a-little-while"),
    # "after years" and a gerund, as "after years of"
    (
        "After years adding coal plants, the government changed course.",
        REF,
        (("years", "PXY"),),
        "after-years-and-a-gerund",
    ),
    ("Stocks fell in after hours trading.", REF, (), "after-hours-trading-is-no-length"),
    # a number and a singular unit before a noun: an adjective, the article the noun's
    ("He gave the 95 minute speech.", REF, (("95 minute", "PT95M"),), "the-95-minute-speech"),
    ("The 60 second ad ran twice.", REF, (("60 second", "PT60S"),), "the-60-second-ad"),
    ("They came for the two day rally.", REF, (("two day", "P2D"),), "the-two-day-rally"),
    # a bare plural before "after" and a titled name
    (
        "Clinton spoke hours after Mr. Trump held a rally.",
        REF,
        (("hours", "PTXH"),),
        "hours-after-mr-name",
    ),
    # a tweet reports what followed a night incident in a story dated that day
    (
        "A man was shot Tuesday night in the park. The mayor tweeted early Wednesday that he was sad.",
        REF,
        (("Tuesday night", "2016-06-28TNI"), ("early Wednesday", "2016-06-29")),
        "tweeted-the-morning-after",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_35_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
