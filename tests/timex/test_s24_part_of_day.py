"""
Early and late parts of a day: hyphenated, before a weekday, and "the early morning hours of".

"an early-morning shooting" was not read at all (only the spaced "early morning" was), an
early or late part of the day before a weekday took the reference day or the last day
named instead of that weekday, and "the early morning hours of Feb. 7" was read as the
morning of another day plus the date. Each case is ``(text, reference, expected, why)``;
2021-03-15 is a Monday.
"""

from __future__ import annotations

import pytest

from newsevents.timex import find_times

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

CASES: list[Case] = [
    (
        "Officers were called to an early-morning disturbance.",
        "2021-03-15",
        (("early-morning", "2021-03-15TMO"),),
        "hyphenated-early",
    ),
    (
        # since session 36: a late night told in the past with no day named is the night gone
        "Neighbours had complained about a late-night gathering.",
        "2021-03-15",
        (("late-night", "2021-03-14TNI"),),
        "hyphenated-late",
    ),
    (
        "Two men were hurt in an early-morning robbery Saturday.",
        "2021-03-15",
        (("early-morning", "2021-03-13TMO"), ("Saturday", "2021-03-13")),
        "hyphenated-before-weekday",
    ),
    (
        "A fire broke out during a late night party on Friday.",
        "2021-03-15",
        (("late night", "2021-03-12TNI"), ("Friday", "2021-03-12")),
        "spaced-before-on-weekday",
    ),
    (
        "The band will play an early evening set Sunday.",
        "2021-03-15",
        (("early evening", "2021-03-21TEV"), ("Sunday", "2021-03-21")),
        "future-weekday-ahead",
    ),
    (
        "The store was robbed in the early morning hours of Sunday.",
        "2021-03-15",
        (("the early morning hours of Sunday", "2021-03-14TMO"),),
        "early-morning-hours-of-weekday",
    ),
    (
        "A car was stolen during the early morning hours Saturday.",
        "2021-03-15",
        (("the early morning hours Saturday", "2021-03-13TMO"),),
        "early-morning-hours-weekday",
    ),
    (
        "The alarm sounded in the late evening hours of Feb. 7.",
        "2021-03-15",
        (("the late evening hours of Feb. 7", "2021-02-07TEV"),),
        "late-evening-hours-of-date",
    ),
    (
        "Guests left in the early morning hours, a neighbour said.",
        "2021-03-15",
        # whole since session 38, as "the early morning hours Saturday" is
        (("the early morning hours", "2021-03-15TMO"),),
        "hours-without-a-day",
    ),
    (
        "The attack happened on the night of Feb. 7.",
        "2021-03-15",
        (("Feb. 7", "2021-02-07"),),
        "the-night-of-stays-the-day",
    ),
    (
        "The dispute on the early morning of Sunday, March 7 was filmed.",
        "2021-03-15",
        (("the early morning of Sunday, March 7", "2021-03-07TMO"),),
        "early-morning-of-weekday-and-date",
    ),
    (
        "Nobody was hurt on March 7. The early morning Sunday, March 7 dispute was filmed.",
        "2021-03-15",
        (
            ("March 7", "2021-03-07"),
            ("The early morning Sunday, March 7", "2021-03-07TMO"),
        ),
        "weekday-with-date-is-not-the-nearest",
    ),
    (
        "A woman was killed in an early-morning shooting Sunday, Feb. 14 in the park.",
        "2021-03-15",
        (("early-morning", "2021-02-14TMO"), ("Sunday, Feb. 14", "2021-02-14")),
        "weekday-and-date-ahead",
    ),
    (
        "She once hosted a late-night talk show.",
        "2021-03-15",
        (),
        "late-night-show-is-no-time",
    ),
    (
        "The senator mocked him on late night television.",
        "2021-03-15",
        (),
        "late-night-television-is-no-time",
    ),
]


class TestEarlyAndLateParts:
    """
    An early or late part of the day names the day it belongs to.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_part_of_its_day(self, text: str, reference: str, expected: Found) -> None:
        """
        Each part of a day is found, on the weekday or date it is told of.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(
        ("text", "mod"),
        [
            ("The store was robbed in the early morning hours of Sunday.", "START"),
            ("The alarm sounded in the late evening hours of Feb. 7.", "END"),
            ("Officers were called to an early-morning disturbance.", "START"),
        ],
    )
    def test_early_starts_late_ends(self, text: str, mod: str) -> None:
        """
        "early" gives the part of the day mod START, "late" mod END.
        """
        (time,) = find_times(text, "2021-03-15")

        assert time.mod is not None
        assert mod == time.mod.value
