"""
Table-driven tests of the rules from the second audit of political news (session 20).

Holidays written with a typographic apostrophe ("New Year’s Eve") or with their year ("New
Year's Day 2012"), "Bastille Day", a holiday closing a quoted title ("How the Grinch Stole
Christmas"), a month and day with "of last year", "fiscal year 2014" and "the 2015 fiscal
year", "every single day", "weeks or months" as one vague duration, "Now on to" as a discourse
marker, "recently" as a past cue, and "earlier in the evening" on the day the story is on.  Each case is ``(text, reference, expected, why)`` where *expected*
is a tuple of ``(expression text, value)`` for every expression found, in order; every case
names its own reference date.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

HOLIDAY_CASES: list[Case] = [
    (
        "The boat sank on New Year’s Eve near the harbour.",
        "2019-01-02",
        (("New Year’s Eve", "2018-12-31"),),
        "curly-apostrophe-new-years-eve",
    ),
    (
        "Shops reopened the day after New Year’s Day.",
        "2019-01-05",
        (("the day after New Year’s Day", "2019-01-02"),),
        "curly-apostrophe-new-years-day",
    ),
    (
        "The couple married on Valentine’s Day.",
        "2019-03-10",
        (("Valentine’s Day", "2019-02-14"),),
        "curly-apostrophe-valentines-day",
    ),
    (
        "On New Year's Day 2012, a pipe burst in the town hall.",
        "2014-01-23",
        (("New Year's Day 2012", "2012-01-01"),),
        "holiday-with-its-year",
    ),
    (
        "Fireworks lit the river on Christmas Eve, 2009, witnesses recalled.",
        "2019-03-10",
        (("Christmas Eve, 2009", "2009-12-24"),),
        "holiday-comma-year",
    ),
    (
        "Crowds gathered for Bastille Day in the old port.",
        "2019-07-20",
        (("Bastille Day", "2019-07-14"),),
        "bastille-day",
    ),
    (
        "On Thanksgiving, 1,200 meals were handed out.",
        "2019-12-02",
        (("Thanksgiving", "2019-11-28"),),
        "a-number-after-a-comma-is-no-year",
    ),
]

TITLE_CASES: list[Case] = [
    (
        'The actor starred in "How the Snowman Saved Christmas" in 2004.',
        "2019-04-12",
        (("2004", "2004"),),
        "holiday-closing-a-quoted-title",
    ),
    (
        "The ad, titled “A Very Senator Christmas,” ran online.",
        "2019-12-24",
        (),
        "curly-quoted-title",
    ),
    (
        "“We will all be home on Christmas,” she said.",
        "2019-12-02",
        (("Christmas", "2019-12-25"),),
        "a-quoted-sentence-keeps-its-holiday",
    ),
    (
        "“Christmas,” she answered, when asked about her favourite day.",
        "2019-12-02",
        (("Christmas", "2019-12-25"),),  # the coming one, weeks away (session 24)
        "a-one-word-quote-keeps-its-holiday",
    ),
]

PART_OF_DAY_CASES: list[Case] = [
    (
        "The mayor was sworn in on Monday. Protesters gathered later in the evening.",
        "2019-03-20",
        (("Monday", "2019-03-18"), ("later in the evening", "2019-03-18TEV")),
        "later-in-the-evening-of-the-day-named",
    ),
    (
        "The senator withdrew earlier in the night, aides said.",
        "2019-03-05",
        (("earlier in the night", "2019-03-05TNI"),),
        "earlier-in-the-night-on-the-reference",
    ),
    (
        "The budget for 2019 was read out. The toasts come later in the evening.",
        "2019-12-30",
        (("2019", "2019"), ("later in the evening", "2019-12-30TEV")),
        "a-year-named-before-leaves-the-story-day",
    ),
    (
        "She left in the evening.",
        "2019-03-05",
        (("the evening", "2019-03-05TEV"),),  # as TimeBank tags "in the morning" (session 24)
        "in-the-evening-alone-is-the-day-the-story-is-on",
    ),
]

DATE_CASES: list[Case] = [
    (
        "The mayor launched his bid on June 16th of last year.",
        "2019-10-02",
        (("June 16th of last year", "2018-06-16"),),
        "month-day-of-last-year",
    ),
    (
        "The new board takes over from January 20 next year.",
        "2019-05-16",
        (("January 20 next year", "2020-01-20"),),
        "month-day-next-year",
    ),
    (
        "The law took effect on March 23 of this year.",
        "2019-05-14",
        (("March 23 of this year", "2019-03-23"),),
        "month-day-of-this-year",
    ),
    (
        "On March 3, last year's winner spoke.",
        "2019-09-01",
        (("March 3", "2019-03-03"), ("last year", "2018")),
        "possessive-year-stays-apart",
    ),
    (
        "Spending fell in fiscal year 2014, the agency said.",
        "2019-07-26",
        (("fiscal year 2014", "2014"),),
        "fiscal-year-before-the-year",
    ),
    (
        "Crossings dropped in the 2015 fiscal year, then rose.",
        "2019-07-26",
        (("2015 fiscal year", "2015"),),
        "fiscal-year-after-the-year",
    ),
]

SET_CASES: list[Case] = [
    (
        "The candidate calls donors every single day.",
        "2019-09-16",
        (("every single day", "P1D"),),
        "every-single-day",
    ),
    (
        "She swims every single week, rain or shine.",
        "2019-09-16",
        (("every single week", "P1W"),),
        "every-single-week",
    ),
]

COORDINATED_CASES: list[Case] = [
    (
        "The envoy stays abroad for weeks or months at a time.",
        "2019-04-09",
        (("weeks or months", "PXW"),),
        "weeks-or-months",
    ),
    (
        "The hostage likely died within days or weeks of his capture.",
        "2019-04-09",
        (("days or weeks", "PXD"),),
        "a-coordinated-duration-before-of",
    ),
    (
        "The lab work can take months or years, officials said.",
        "2019-04-09",
        (("months or years", "PXM"),),
        "months-or-years",
    ),
    # two lengths of things lived through, not one coordinated length ("suffered years of"
    # is a length since session 46; "and decades of" stays untagged)
    (
        "The town suffered years of war and decades of neglect.",
        "2019-04-09",
        (("years", "PXY"),),
        "years-of-war",
    ),
    (
        "For years or decades-long stretches, nothing changed.",
        "2019-04-09",
        (("years", "PXY"), ("decades-long", "PXY")),
        "a-long-compound-stays-apart",
    ),
]

DISCOURSE_CASES: list[Case] = [
    ("Now on to the awards for the season.", "2019-12-30", (), "now-on-to-is-a-marker"),
    ("Now to the sports news.", "2019-12-30", (), "now-to-is-a-marker"),
    (
        "Now the council is debating the budget.",
        "2019-12-30",
        (("Now", "PRESENT_REF"),),
        "now-opening-a-clause-stays",
    ),
]

DIRECTION_CASES: list[Case] = [
    (
        "The governor keeps insisting, most recently in a Labor Day speech, that he will run.",
        "2019-09-12",
        (("recently", "PAST_REF"), ("Labor Day", "2019-09-02")),
        "recently-before-a-holiday-is-past",
    ),
    (
        "The senator still maintains, most recently on Monday, that taxes will fall.",
        "2019-09-12",
        (("recently", "PAST_REF"), ("Monday", "2019-09-09")),
        "recently-before-a-weekday-is-past",
    ),
    (
        "The club, recently formed, will meet on Tuesday.",
        "2019-09-12",
        (("recently", "PAST_REF"), ("Tuesday", "2019-09-17")),
        "a-nearer-future-cue-still-wins",
    ),
]


class TestPoliticalNewsRules:
    """
    `find_times` reads the expression classes the second political-news audit found.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(HOLIDAY_CASES))
    def test_holidays(self, text: str, reference: str, expected: Found) -> None:
        """
        Holidays with a typographic apostrophe or their year, and "Bastille Day", are read.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(TITLE_CASES))
    def test_titles(self, text: str, reference: str, expected: Found) -> None:
        """
        A holiday closing a quoted title of capitalised words names no day.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(PART_OF_DAY_CASES))
    def test_parts_of_day(self, text: str, reference: str, expected: Found) -> None:
        """
        "earlier in the evening", "later in the night" are on the day the story is on.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(DATE_CASES))
    def test_dates(self, text: str, reference: str, expected: Found) -> None:
        """
        "June 16th of last year" and "fiscal year 2014" are one expression each.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(SET_CASES))
    def test_sets(self, text: str, reference: str, expected: Found) -> None:
        """
        "every single day" is a set, like "every day".
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(COORDINATED_CASES))
    def test_coordinated_durations(self, text: str, reference: str, expected: Found) -> None:
        """
        "for weeks or months" is one vague duration with the first unit, as TimeBank tags it.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(DISCOURSE_CASES))
    def test_discourse_now(self, text: str, reference: str, expected: Found) -> None:
        """
        "Now on to" and "Now to" open a new topic, not a time.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(DIRECTION_CASES))
    def test_recently_is_past(self, text: str, reference: str, expected: Found) -> None:
        """
        "recently" as the nearest cue puts the day or holiday after it in the past.
        """
        actual = _found(text, reference)

        assert expected == actual
