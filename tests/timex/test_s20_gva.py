"""
Table-driven tests of the rules from the session-20 audit of local crime news.

Each case is ``(text, reference, expected, why)`` where *expected* is a tuple of
``(expression text, value)`` for every expression found, in order; every case names its
own reference date (the weekday is given in a comment where it matters).  The sentences are
invented for the tests.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

#: A clock time takes the part of the day and the date written after its weekday.
CLOCK_CASES: list[Case] = [
    (
        "Officers arrived at about 2:40 a.m. Saturday morning.",
        "2019-06-09",  # a Sunday
        (("about 2:40 a.m. Saturday morning", "2019-06-08T02:40"),),
        "clock-weekday-morning",
    ),
    (
        "The fight broke out around 9 p.m. on Friday night near the park.",
        "2019-06-09",
        (("around 9 p.m. on Friday night", "2019-06-07T21:00"),),
        "clock-on-weekday-night",
    ),
    (
        "Shots rang out just after midnight Sunday morning, a neighbour said.",
        "2019-06-10",  # a Monday
        (("midnight Sunday morning", "2019-06-09T00:00"),),
        "midnight-weekday-morning-opens-the-day",
    ),
    (
        "The store closed at midnight Friday.",
        "2019-06-10",
        (("midnight Friday", "2019-06-07T24:00"),),
        "midnight-weekday-ends-the-day",
    ),
    (
        "The call came in at 4:10 p.m. on March 2nd from a passer-by.",
        "2019-03-05",
        (("4:10 p.m. on March 2nd", "2019-03-02T16:10"),),
        "clock-on-month-ordinal-day",
    ),
    (
        "The robbery was reported at 11:20 a.m. Oct. 3, 2017, police said.",
        "2019-03-05",
        (("11:20 a.m. Oct. 3, 2017", "2017-10-03T11:20"),),
        "clock-month-day-closing-year",
    ),
]

#: "a weekend shooting" is the weekend it happened, not a duration.
WEEKEND_CASES: list[Case] = [
    (
        "Detectives are still looking into a weekend stabbing downtown.",
        "2019-06-11",  # a Tuesday
        (("weekend", "2019-W23-WE"),),
        "weekend-incident-is-last-weekend",
    ),
    (
        "Police are investigating a weekend shooting at a bar.",
        "2019-06-09",  # a Sunday
        (("weekend", "2019-W23-WE"),),
        "weekend-incident-under-way",
    ),
    (
        "She spent a weekend at the lake.",
        "2019-06-11",
        (("a weekend", "P2D"),),
        "weekend-without-incident-stays-a-duration",
    ),
]

#: A month, or a month and day, of a reported incident is past.
INCIDENT_DATE_CASES: list[Case] = [
    (
        "A teenager faces charges in connection with an October shooting.",
        "2019-11-20",
        (("October", "2019-10"),),
        "month-before-incident-noun-is-past",
    ),
    (
        "Voters believe she can win in December.",
        "2019-11-20",
        (("December", "2019-12"),),
        "month-after-win-verb-stays-ahead",
    ),
    (
        "Two men face charges over the May 30 gunfight outside the mall.",
        "2019-03-12",
        (("May 30", "2018-05-30"),),
        "month-day-before-incident-noun-is-past",
    ),
    (
        "The couple were shot and killed in their kitchen on July 14.",
        "2019-04-02",
        (("July 14", "2018-07-14"),),
        "month-day-far-ahead-in-past-killing-sentence",
    ),
    (
        "Officials said a rival leaked the files to sway the Nov. 3 vote.",
        "2019-08-01",
        (("Nov. 3", "2019-11-03"),),
        "month-day-ahead-without-incident-stays-nearest",
    ),
    (
        "Police say he committed the robbery on April 6.",
        "2019-04-05",
        (("April 6", "2019-04-06"),),
        "incident-a-day-ahead-is-an-early-dateline",
    ),
    (
        "The bike was reported stolen last May 17 from a garage.",
        "2019-04-02",
        (("May 17", "2018-05-17"),),
        "last-month-day-is-the-past-one",
    ),
    (
        "If he wins, he'll have a shot at the title, the June 9 final.",
        "2019-04-02",
        (("June 9", "2019-06-09"),),
        "a-shot-is-a-noun-not-a-past-cue",
    ),
]

#: A clock time told after the day of a report is on the day named before the report.
REPORT_DAY_CASES: list[Case] = [
    (
        "A man was stabbed Friday night, officers said Saturday. The call came in at 9:50 p.m.",
        "2019-06-08",  # a Saturday
        (
            ("Friday night", "2019-06-07TNI"),
            ("Saturday", "2019-06-08"),
            ("9:50 p.m.", "2019-06-07T21:50"),
        ),
        "clock-after-report-day-is-the-event-day",
    ),
    (
        "Officers said Saturday they arrested him at 4 p.m.",
        "2019-06-08",
        (("Saturday", "2019-06-08"), ("4 p.m.", "2019-06-08T16:00")),
        "clock-in-the-report-sentence-is-the-report-day",
    ),
    (
        "He was hurt Friday, officers said Saturday. A vigil will be held at 7 p.m.",
        "2019-06-08",
        (("Friday", "2019-06-07"), ("Saturday", "2019-06-08"), ("7 p.m.", "2019-06-08T19:00")),
        "future-clock-after-report-day-stays",
    ),
]

#: Holidays written with a curly apostrophe, or with their year.
HOLIDAY_CASES: list[Case] = [
    (
        "A man was wounded at a New Year\u2019s Eve party in the suburbs.",
        "2019-01-01",
        (("New Year\u2019s Eve", "2018-12-31"),),
        "curly-apostrophe-new-years-eve",
    ),
    (
        "They married on Valentine's Day, 2009, in Reno.",
        "2019-01-01",
        (("Valentine's Day, 2009", "2009-02-14"),),
        "holiday-with-its-year",
    ),
    (
        "On New Year\u2019s Day 2015 the club burned down.",
        "2019-01-01",
        (("New Year\u2019s Day 2015", "2015-01-01"),),
        "curly-holiday-with-its-year",
    ),
]


class TestS20Gva:
    """
    The rules from the audit of 40 unseen GVA articles (session 20).
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CLOCK_CASES))
    def test_clock(self, text: str, reference: str, expected: Found) -> None:
        """
        A clock time spans the part of the day and the date after it, and takes that date.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(WEEKEND_CASES))
    def test_weekend_incident(self, text: str, reference: str, expected: Found) -> None:
        """
        "a weekend shooting" is the last weekend (or the one under way), without its "a".
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(INCIDENT_DATE_CASES))
    def test_incident_dates(self, text: str, reference: str, expected: Found) -> None:
        """
        A month or date of an incident the nearest reading puts ahead is the past one.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(REPORT_DAY_CASES))
    def test_report_day(self, text: str, reference: str, expected: Found) -> None:
        """
        The day of a report ("police said Thursday") is not the day of the events after it.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(HOLIDAY_CASES))
    def test_holidays(self, text: str, reference: str, expected: Found) -> None:
        """
        Holidays read with either apostrophe and take a year written after them.
        """
        actual = _found(text, reference)

        assert expected == actual
