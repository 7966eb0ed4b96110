"""
A count of days or weeks before or after a day is the day it counts to.

"two days after Thanksgiving" was a duration (``P2D``) and the holiday, so the incident's
date was written nowhere, and a clock time before it ("about 3:30 a.m., two days after
Thanksgiving") fell on the last day named. Each case is ``(text, reference, expected, why)``.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

CASES: list[Case] = [
    (
        "He was shot by a friend two days before Christmas.",
        "2017-01-10",
        (("two days before Christmas", "2016-12-23"),),
        "days-before-holiday",
    ),
    (
        "Three days after Christmas, police found him.",
        "2017-01-10",
        (("Three days after Christmas", "2016-12-28"),),
        "days-after-holiday",
    ),
    (
        "It was a week after Christmas.",
        "2017-01-10",
        (("a week after Christmas", "2017-01-01"),),
        "a-week",
    ),
    (
        "She was buried one day before Sunday's shooting.",
        "2015-05-05",
        (("one day before Sunday", "2015-05-02"),),
        "weekday",
    ),
    (
        "The funeral was held four days after March 3, 2010.",
        "2016-05-05",
        (("four days after March 3, 2010", "2010-03-07"),),
        "date",
    ),
    (
        "The shooting happened about 3:30 a.m., two days after Thanksgiving.",
        "2017-01-25",
        (("about 3:30 a.m., two days after Thanksgiving", "2016-11-26T03:30"),),
        "clock-before",
    ),
    (
        "Police made 11 arrests in the two days after Thanksgiving.",
        "2016-11-27",
        (("the two days", "P2D"), ("Thanksgiving", "2016-11-24")),
        "a-span-of-days",
    ),
    (
        "Shares fell eight trading days after Oct. 12.",
        "1989-10-30",
        (("eight trading days", "P8D"), ("Oct. 12", "1989-10-12")),
        "trading-days",
    ),
    (
        "He served two years after March 3, 2010.",
        "2016-05-05",
        (("two years", "P2Y"), ("March 3, 2010", "2010-03-03")),
        "years-are-no-count",
    ),
]


class TestCountedDays:
    """
    "N days after X" is one date, counted from X.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_counted_day(self, text: str, reference: str, expected: Found) -> None:
        """
        The count and the day are one expression, the day moved by the count.
        """
        actual = _found(text, reference)

        assert expected == actual
