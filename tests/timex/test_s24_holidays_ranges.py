"""
A holiday weeks ahead is the coming one; a hyphenated range of days names its last day too.

A holiday without a year in a past-tense or tenseless sentence was the last one held even
when that was eleven months back and the coming one weeks away ("bonuses are paid in time
for Christmas" on December 1 was the Christmas before). "March 17-20" gave only March 17.
Each case is ``(text, reference, expected, why)``.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

HOLIDAYS: list[Case] = [
    (
        # since session 43 "Christmas shopping" names the season's trade, no day
        "The bonuses are paid just in time for Christmas.",
        "2015-12-01",
        (("Christmas", "2015-12-25"),),
        "passive-present-weeks-ahead",
    ),
    (
        "Gunmen opened fire at an office Christmas party.",
        "2015-12-04",
        (("Christmas", "2015-12-25"),),
        "incident-at-a-party-for-the-coming-one",
    ),
    (
        "Stores hired extra staff for Thanksgiving.",
        "2016-11-01",
        (("Thanksgiving", "2016-11-24"),),
        "past-tense-weeks-ahead",
    ),
    (
        "Last Christmas he was in jail.",
        "2015-12-01",
        (("Last Christmas", "2014-12-25"),),
        "last-keeps-the-last-one",
    ),
    (
        "The robbery happened one year ago on Easter Sunday.",
        "2014-04-19",
        (("one year ago", "2013"), ("Easter Sunday", "2013-03-31")),
        "a-year-ago-in-the-sentence",
    ),
    (
        "He spent Christmas with his family.",
        "2016-01-05",
        (("Christmas", "2015-12-25"),),
        "just-held-stays-past",
    ),
    (
        "He will be sworn in on Inauguration Day.",
        "2016-11-12",
        (("Inauguration Day", "2017-01-20"),),
        "inauguration-day-ahead",
    ),
    (
        "Crowds on Inauguration Day were smaller.",
        "2017-03-12",
        (("Inauguration Day", "2017-01-20"),),
        "inauguration-day-held",
    ),
    (
        "Fireworks were banned on the Fourth of July.",
        "2015-03-01",
        (("Fourth of July", "2014-07-04"),),
        "months-ahead-stays-past",
    ),
]

RANGES: list[Case] = [
    (
        "The poll was conducted March 11-13 among likely voters.",
        "2016-03-15",
        (("March 11", "2016-03-11"), ("13", "2016-03-13")),
        "hyphen-range",
    ),
    (
        "The convention is set for July 25\u201328 in Philadelphia.",
        "2016-06-07",
        (("July 25", "2016-07-25"), ("28", "2016-07-28")),
        "en-dash-range",
    ),
    (
        "The abuse took place between May 16-17, 2014, court records show.",
        "2016-08-05",
        (("May 16", "2014-05-16"), ("17, 2014", "2014-05-17")),
        "year-after-range-is-both-days",
    ),
    (
        "The bill passed on a March 3-1 vote.",
        "2016-03-15",
        (("March 3", "2016-03-03"),),
        "a-score-is-no-range",
    ),
    (
        "The shooter was a May 5-20-year-old.",
        "2016-06-01",
        (("May 5", "2016-05-05"),),
        "an-age-is-no-range",
    ),
]


class TestHolidayWeeksAhead:
    """
    A holiday with no year is never nearly a year back when the coming one is weeks away.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(HOLIDAYS))
    def test_holiday(self, text: str, reference: str, expected: Found) -> None:
        """
        The holiday is the coming one within 45 days, unless named as past or a year back.
        """
        actual = _found(text, reference)

        assert expected == actual


class TestDayRanges:
    """
    A hyphen or an en dash between two day numbers after a month lists the second day.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(RANGES))
    def test_range(self, text: str, reference: str, expected: Found) -> None:
        """
        The second day is found as a date of the same month (and of a year closing the range).
        """
        actual = _found(text, reference)

        assert expected == actual
