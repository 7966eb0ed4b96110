"""
Clock ranges whose first time names its own half of the day: both times are on one day.

"from 10 a.m. to 2 p.m. on May 18": the first time took the last day named before it (an
arrest days earlier), the second the day written after it. `_range_first` joined only a
first time without a.m. or p.m. ("from 6 to 8 p.m. on May 18"). Each case is ``(text,
reference, expected, why)``.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

CASES: list[Case] = [
    (
        "He was arrested May 7. The rally ran from 10 a.m. to 2 p.m. on May 18.",
        "2021-06-28",
        (
            ("May 7", "2021-05-07"),
            ("10 a.m.", "2021-05-18T10:00"),
            ("2 p.m. on May 18", "2021-05-18T14:00"),
        ),
        "to-on-date",
    ),
    (
        "Visitation was held from noon-8 p.m. Monday and 9 a.m.-2 p.m. Tuesday.",
        "2016-01-28",
        (
            ("noon", "2016-01-25T12:00"),
            ("8 p.m. Monday", "2016-01-25T20:00"),
            ("9 a.m.", "2016-01-26T09:00"),
            ("2 p.m. Tuesday", "2016-01-26T14:00"),
        ),
        "dashes-weekdays",
    ),
    (
        "On Friday a man was shot. The store closed from 1 AM-4 AM on Saturday.",
        "2021-03-15",
        (
            ("Friday", "2021-03-12"),
            ("1 AM", "2021-03-13T01:00"),
            ("4 AM on Saturday", "2021-03-13T04:00"),
        ),
        "capital-am",
    ),
    (
        "He was arrested May 7. Police arrived at 10 a.m. and left on May 18.",
        "2021-06-28",
        (("May 7", "2021-05-07"), ("10 a.m.", "2021-05-07T10:00"), ("May 18", "2021-05-18")),
        "no-range",
    ),
]


WEEKDAY_RANGES: list[Case] = [
    (
        "Eleven people were shot from Tuesday afternoon to early Wednesday, police said.",
        "2017-04-04",
        (("Tuesday afternoon", "2017-04-04TAF"), ("early Wednesday", "2017-04-05")),
        "to-the-morrow",
    ),
    (
        "Shootings happened between Tuesday night and early Wednesday.",
        "2017-04-04",
        (("Tuesday night", "2017-04-04TNI"), ("early Wednesday", "2017-04-05")),
        "between-and",
    ),
    (
        "He was seen Monday and Friday.",
        "2017-04-04",
        (("Monday", "2017-04-03"), ("Friday", "2017-03-31")),
        "and-lists-two-days",
    ),
    (
        (
            "Seventeen were shot between Friday evening and Monday morning. "
            "One was shot shortly after 4 a.m. Monday in Englewood."
        ),
        "2016-10-29",
        (
            ("Friday evening", "2016-10-28TEV"),
            ("Monday morning", "2016-10-31TMO"),
            ("4 a.m. Monday", "2016-10-31T04:00"),
        ),
        "the-same-weekday-again",
    ),
    (
        "Police patrolled from Saturday morning to early Sunday.",
        "2017-04-04",
        (("Saturday morning", "2017-04-01TMO"), ("early Sunday", "2017-04-02")),
        "in-order-already",
    ),
]


class TestWeekdayRanges:
    """
    The end of a range of weekdays comes after its start.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(WEEKDAY_RANGES))
    def test_range(self, text: str, reference: str, expected: Found) -> None:
        """
        A range's second weekday is the first such day after its first.
        """
        actual = _found(text, reference)

        assert expected == actual


class TestClockRangeDays:
    """
    The first time of a range takes the day the second names.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_range(self, text: str, reference: str, expected: Found) -> None:
        """
        Both ends of a range within a day are on the day written after it.
        """
        actual = _found(text, reference)

        assert expected == actual

    def test_across_midnight_is_not_one_day(self) -> None:
        """
        "from 9 p.m. to 2 a.m. Saturday" crosses midnight: 9 p.m. is not Saturday's.
        """
        first, second = _found("The party ran from 9 p.m. to 2 a.m. Saturday.", "2021-03-15")

        assert second == ("2 a.m. Saturday", "2021-03-13T02:00")
        assert first[1] != "2021-03-13T21:00"
