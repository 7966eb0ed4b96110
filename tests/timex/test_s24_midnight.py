"""
Which midnight: the one that opens a day (``T00:00``) or the one that ends it (``T24:00``).

A midnight was always the end of the last day named, or of the reference day. "Officers
arrived just after midnight" after "early Friday" was then the night after that Friday, and
"the bar closed at midnight" in that day's paper lay after the paper came out. Each case is
``(text, reference, expected, why)``; 2021-03-12 is a Friday.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

CASES: list[Case] = [
    (
        "The shooting happened early Friday. Officers arrived just after midnight.",
        "2021-03-12",
        (("early Friday", "2021-03-12"), ("midnight", "2021-03-12T00:00")),
        "after-midnight-opens-the-day",
    ),
    (
        "A man was shot shortly after midnight Wednesday.",
        "2021-03-12",
        (("midnight Wednesday", "2021-03-10T00:00"),),
        "after-midnight-weekday",
    ),
    (
        "He was shot Saturday night. Police arrived shortly after midnight.",
        "2021-03-12",
        (("Saturday night", "2021-03-06TNI"), ("midnight", "2021-03-06T24:00")),
        "after-a-night-stays-its-end",
    ),
    (
        "The bar closed at midnight, police said.",
        "2021-03-12",
        (("midnight", "2021-03-12T00:00"),),
        "past-on-the-reference-day",
    ),
    (
        "Just before midnight, a man was shot.",
        "2021-03-12",
        (("midnight", "2021-03-11T24:00"),),
        "before-midnight-the-day-before",
    ),
    (
        "The curfew starts at midnight.",
        "2021-03-12",
        (("midnight", "2021-03-12T24:00"),),
        "a-coming-midnight-ends-the-day",
    ),
    (
        "Polls stay open until midnight.",
        "2021-03-12",
        (("midnight", "2021-03-12T24:00"),),
        "until-midnight",
    ),
    (
        "A Friday night shooting left two hurt. It happened shortly before midnight.",
        "2021-03-12",
        (("Friday night", "2021-03-12TNI"), ("midnight", "2021-03-12T24:00")),
        "before-midnight-after-that-night",
    ),
    (
        "The attack came early Sunday. Police arrived around midnight.",
        "2021-03-12",
        (("early Sunday", "2021-03-07"), ("around midnight", "2021-03-07T00:00")),
        "midnight-after-an-early-hour-opens-the-day",
    ),
    (
        "Shots rang out early Sunday. Officers were called just before midnight.",
        "2021-03-12",
        (("early Sunday", "2021-03-07"), ("midnight", "2021-03-06T24:00")),
        "before-midnight-after-an-early-hour-is-the-night-before",
    ),
    (
        "The deadline is midnight Friday.",
        "2021-03-12",
        (("midnight Friday", "2021-03-12T24:00"),),
        "midnight-weekday-as-timebank",
    ),
]


class TestMidnight:
    """
    "after midnight" and a past midnight on the reference day open the day.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_midnight(self, text: str, reference: str, expected: Found) -> None:
        """
        Each midnight is the hour its words and tense put it at.
        """
        actual = _found(text, reference)

        assert expected == actual
