"""
"the first Tuesday in November": a weekday counted within a month.

The month takes its year as a month alone does (the tense, a year written after it); "the
month" is the reference's month and "next month" the one after, across a new year; "last"
and "final" count from the month's end. A count the month does not reach ("the fifth Monday
in February 2021") is no such expression, and the words are read as they were before.
Each case is ``(text, reference, expected, why)``.
"""

from __future__ import annotations

import pytest

import newsevents

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

CASES: list[Case] = [
    (
        "Voters will go to the polls on the first Tuesday in November.",
        "2020-03-18",
        (("the first Tuesday in November", "2020-11-03"),),
        "future-month",
    ),
    (
        "The parade was held on the last Friday in August.",
        "2020-03-18",
        (("the last Friday in August", "2019-08-30"),),
        "past-tense-last",
    ),
    (
        "The race was run on the third Sunday in October 2019.",
        "2020-03-18",
        (("the third Sunday in October 2019", "2019-10-20"),),
        "with-year",
    ),
    (
        "Rent is due on the last Friday of the month.",
        "2020-12-10",
        (("the last Friday of the month", "2020-12-25"),),
        "the-month",
    ),
    (
        "The board meets on the first Monday of next month.",
        "2020-12-10",
        (("the first Monday of next month", "2021-01-04"),),
        "next-month-across-new-year",
    ),
    (
        "The final Saturday in Feb. 2020 was a leap day.",
        "2020-03-18",
        (("The final Saturday in Feb. 2020", "2020-02-29"),),
        "abbreviated-month-leap-day",
    ),
    (
        "She spent the first Tuesday in office signing orders.",
        "2020-03-18",
        (("Tuesday", "2020-03-17"),),
        "not-a-month",
    ),
    (
        "There is no fifth Monday in February 2021.",
        "2020-03-18",
        (("Monday", "2020-03-16"), ("February 2021", "2021-02")),
        "count-past-the-month",
    ),
]


class TestNthWeekday:
    """
    A weekday counted within a month is that date.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_date(self, text: str, reference: str, expected: Found) -> None:
        """
        The count, the weekday and the month give one date.
        """
        actual = _found(text, reference)

        assert expected == actual

    def test_no_reference(self) -> None:
        """
        Without a reference only the month is known, and no interval is given.
        """
        (found,) = newsevents.find_times("on the first Tuesday in November")

        assert (found.text, found.value, found.start) == (
            "the first Tuesday in November",
            "XXXX-11",
            None,
        )
