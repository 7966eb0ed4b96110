"""
"noon" and "midnight" with a month and day: one time of that date.

"at midnight on Dec. 31" was read as midnight of the reference day and a separate date, as
"8 p.m. on Dec. 31" never was. Each case is ``(text, reference, expected, why)``.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

CASES: list[Case] = [
    (
        "The new law took effect at midnight on Dec. 31.",
        "2020-03-18",
        (("midnight on Dec. 31", "2019-12-31T24:00"),),
        "midnight-on-month-day",
    ),
    (
        "The oath is taken at noon Jan. 20, 2021, on the Capitol steps.",
        "2020-03-18",
        (("noon Jan. 20, 2021", "2021-01-20T12:00"),),
        "noon-month-day-year",
    ),
    (
        "He died just before midnight Thursday, March 12, the coroner said.",
        "2020-03-18",
        (("midnight Thursday, March 12", "2020-03-12T24:00"),),
        "midnight-weekday-month-day",
    ),
    (
        "The curfew ends at noon on Friday.",
        "2020-03-18",
        (("noon on Friday", "2020-03-20T12:00"),),
        "noon-on-weekday-as-before",
    ),
    (
        "The vote closed at midnight. March 3 is the next deadline.",
        "2020-03-18",
        (("midnight", "2020-03-18T00:00"), ("March 3", "2020-03-03")),  # past, that day's first
        "a-sentence-between",
    ),
]


class TestNamedTimeWithDate:
    """
    A named time of day takes the month and day after it, as a clock time does.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_one_time(self, text: str, reference: str, expected: Found) -> None:
        """
        The time and its date are one expression whose value is that date at that hour.
        """
        actual = _found(text, reference)

        assert expected == actual
