"""
A count of days or weeks before or after a day is the day it counts to.

"two days after Thanksgiving" was a duration (``P2D``) and the holiday, so the incident's
date was written nowhere, and a clock time before it ("about 3:30 a.m., two days after
Thanksgiving") fell on the last day named. Each case is ``(text, reference, expected, why)``.
"""

from __future__ import annotations

import pytest

from newsevents.timex import find_times

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


INCIDENT_DAYS: list[Case] = [
    (
        "A man was shot on April 28. A party was held there the night of the shooting.",
        "2016-05-05",
        (("April 28", "2016-04-28"), ("the night", "2016-04-28TNI")),
        "night-of",
    ),
    (
        "A man was shot on April 28. On the day of the shooting, police arrested a friend.",
        "2016-05-05",
        (("April 28", "2016-04-28"), ("the day", "2016-04-28")),
        "day-of",
    ),
    (
        "A man was shot on April 28. They met within a week of the shooting.",
        "2016-05-05",
        (("April 28", "2016-04-28"), ("a week", "P1W")),
        "within-a-week-of",
    ),
    ("On the night of the shooting, nobody saw anything.", "2016-05-05", (), "no-incident-dated"),
    (
        "The attacks in Paris on Friday killed 129. Two days after the attacks, police raided a flat.",
        "2015-11-18",
        (("Friday", "2015-11-13"), ("Two days", "2015-11-15")),
        "plural-incident",
    ),
    (
        "Two men were shot Tuesday. A car was found a couple of hours after the shootings.",
        "2015-11-18",
        (("Tuesday", "2015-11-17"), ("a couple of hours", "PT2H")),
        "hours-after-stay-a-duration",
    ),
]


class TestIncidentDay:
    """
    "the night of the shooting" is the night of the incident dated before.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(INCIDENT_DAYS))
    def test_incident_day(self, text: str, reference: str, expected: Found) -> None:
        """
        The day or night of an incident dated in an earlier sentence is that day.
        """
        actual = _found(text, reference)

        assert expected == actual


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


WEEKDAY_PART_DATE: list[Case] = [
    (
        "He was shot Monday night, June 27th, outside his home.",
        "2016-06-29",
        (("Monday night, June 27th", "2016-06-27TNI"),),
        "night-and-date",
    ),
    (
        "It happened Wednesday afternoon, July 9, 2014, in Dayton.",
        "2016-08-26",
        (("Wednesday afternoon, July 9, 2014", "2014-07-09TAF"),),
        "the-date-decides",
    ),
    (
        "He was shot Monday night, police said.",
        "2016-06-29",
        (("Monday night", "2016-06-27TNI"),),
        "no-date-after",
    ),
    (
        "It happened around 11:40 p.m. the night of November 24.",
        "2016-11-26",
        (("around 11:40 p.m. the night of November 24", "2016-11-24T23:40"),),
        "clock-the-night-of-date",
    ),
]


class TestWeekdayPartDate:
    """
    A weekday, its part of the day and a date after them are one time.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(WEEKDAY_PART_DATE))
    def test_one_time(self, text: str, reference: str, expected: Found) -> None:
        """
        "Monday night, June 27th" is one TIME on that date.
        """
        actual = _found(text, reference)

        assert expected == actual


class TestNoJoinAcrossSentences:
    """
    A weekday ending a sentence and a date opening the next are two expressions.
    """

    @pytest.mark.parametrize(
        "text",
        [
            "He spoke on Monday.\n\nFebruary 6, 2016\n\nThe debate began.",
            "It was Saturday. Nov. 2, 2016 came.",
        ],
    )
    def test_two_expressions(self, text: str) -> None:
        """
        The full stop after the weekday ends it; the date is one of its own.
        """
        texts = [time.text for time in find_times(text, "2016-02-08")]

        assert len(texts) == 2
        assert not any("." in part and "\n" in part for part in texts)
        assert texts[0] in {"Monday", "Saturday"}
