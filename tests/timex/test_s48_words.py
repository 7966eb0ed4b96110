"""
Expressions found by the session 48 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a season of another year, or a year two or more from the report's quarter, leaves the
    # quarter: "a year ago" after it is counted from the reference
    (
        (
            "Her first-quarter average was low. She has slipped since last fall. "
            "She could not have imagined a year ago that the race would be this close."
        ),
        "2016-04-20",
        (("first-quarter", "2016-Q1"), ("last fall", "2015-FA"), ("a year ago", "2015")),
        "quarter-left-after-a-season",
    ),
    (
        "Her first-quarter average was low. He won in 1992. A year ago she led.",
        "2016-04-20",
        (("first-quarter", "2016-Q1"), ("1992", "1992"), ("A year ago", "2015")),
        "quarter-left-after-a-distant-year",
    ),
    # controls: the year before the quarter's does not leave it
    (
        (
            "Net income rose in the third quarter from $4 million in 1988. "
            "A year ago, it had fallen."
        ),
        "1989-10-26",
        (("the third quarter", "1989-Q3"), ("1988", "1988"), ("A year ago", "1988-Q3")),
        "quarter-kept-after-the-year-before",
    ),
    # a verb in the past right before "in" and next month (past a pronoun or a noun) puts
    # the month in the past, not a year ahead of the past one
    (
        "The Post asked about them in February.",
        "2016-01-12",
        (("February", "2015-02"),),
        "asked-about-them-in-next-month",
    ),
    (
        "The paper asked about the gifts in February.",
        "2016-01-12",
        (("February", "2015-02"),),
        "asked-about-the-gifts-in-next-month",
    ),
    # controls: a plan, and a verb of saying before a noun, look ahead
    (
        "The rules are to be published in February.",
        "2016-01-12",
        (("February", "2016-02"),),
        "to-be-published-in-next-month",
    ),
    (
        "He said the vote in February will be close.",
        "2016-01-12",
        (("February", "2016-02"),),
        "said-the-vote-in-next-month",
    ),
    # "the planning for", "preparations for" a day look ahead, unless a past verb tells it
    (
        (
            "A person familiar with the planning for Thursday\u2019s meeting says the talks "
            "will focus on unity."
        ),
        "2016-03-15",
        (("Thursday", "2016-03-17"),),
        "planning-for-thursdays-meeting",
    ),
    (
        "The preparations for Sunday\u2019s vote are complete.",
        "2016-03-15",
        (("Sunday", "2016-03-20"),),
        "preparations-for-sundays-vote",
    ),
    (
        "The plans for Thursday\u2019s meeting were drawn up by donors.",
        "2016-03-15",
        (("Thursday", "2016-03-10"),),
        "plans-for-thursday-drawn-up-in-the-past",
    ),
    # "later in" or "earlier in" a season or the year is in the year of the date told last
    (
        "In June 1992 he won the primaries. Later in the summer, he won the convention.",
        "2016-04-20",
        (("June 1992", "1992-06"), ("Later in the summer", "1992-SU")),
        "later-in-the-summer-of-the-year-told",
    ),
    (
        "In March 2008 the firm was sold. Earlier in the year, it had cut jobs.",
        "2016-04-20",
        (("March 2008", "2008-03"), ("Earlier in the year", "2008")),
        "earlier-in-the-year-told",
    ),
    # control: a sentence in the future looks ahead from the reference
    (
        "In 2008 he lost. The Fed will raise rates later in the year.",
        "2016-04-20",
        (("2008", "2008"), ("later in the year", "2016")),
        "will-later-in-the-year",
    ),
    # a clock time after a day of a past weekend a story dated early named with its clock
    # is on that day
    (
        (
            "At least 17 people were killed between Friday evening and Monday morning. "
            "About 3:15 a.m. Sunday, twin brothers were killed. "
            "Edwin was pronounced dead at 3:45 a.m., and Edward died later."
        ),
        "2016-10-29",
        (
            ("Friday evening", "2016-10-28TEV"),
            ("Monday morning", "2016-10-31TMO"),
            ("About 3:15 a.m. Sunday", "2016-10-30T03:15"),
            ("3:45 a.m.", "2016-10-30T03:45"),
        ),
        "clock-after-a-moved-weekday-with-its-clock",
    ),
    # control: a coming day named with no clock is no day of a past event told after it
    (
        "A vigil is planned for Friday. The man was shot about 12:45 a.m.",
        "2016-10-26",
        (("Friday", "2016-10-28"), ("about 12:45 a.m.", "2016-10-26T00:45")),
        "clock-after-a-coming-day",
    ),
    # a plural weekday right before one incident is a possessive with no apostrophe
    (
        "He took the shift of the worker injured in Thursday mornings shooting.",
        "2016-07-08",
        (("Thursday mornings", "2016-07-07TMO"),),
        "thursday-mornings-shooting",
    ),
    (
        "Saturday nights crash killed two.",
        "2016-07-08",
        (("Saturday nights", "2016-07-02TNI"),),
        "saturday-nights-crash",
    ),
    # controls: a habit, and a plural after it
    (
        "He works Thursday mornings at the store.",
        "2016-07-08",
        (("Thursday mornings", "XXXX-WXX-4TMO"),),
        "works-thursday-mornings",
    ),
    (
        "Police patrol Friday nights shootings closely.",
        "2016-07-08",
        (("Friday nights", "XXXX-WXX-5TNI"),),
        "friday-nights-shootings-plural",
    ),
    # a verb in "-s" that takes a length before "a year" is no plural counted by a rate
    (
        "It only takes a second or two for a child to get a gun.",
        "2016-07-08",
        (("a second or two", "PT1S"),),
        "takes-a-second-or-two",
    ),
    (
        "It takes a year to build a house, and the process lasts a week.",
        "2016-07-08",
        (("a year", "P1Y"), ("a week", "P1W")),
        "takes-a-year-lasts-a-week",
    ),
    # control: a plural before "a week" is counted by a rate
    (
        "Four flights a week leave from the airport.",
        "2016-07-08",
        (),
        "flights-a-week-is-a-rate",
    ),
    # a bare length before "of" after any verb in "-ed" or "-ing" is a length
    (
        "Mr. Trump has repudiated decades of Republican support for free trade.",
        "2016-03-19",
        (("decades", "PXY"),),
        "repudiated-decades-of",
    ),
    (
        "The shooting started hours of turmoil at the airport.",
        "2017-01-07",
        (("hours", "PTXH"),),
        "started-hours-of",
    ),
    # controls: "morning hours of", "a hundred years of" are no bare length
    (
        "It happened in the early morning hours of Jan. 1.",
        "2017-01-07",
        (("the early morning hours of Jan. 1", "2017-01-01TMO"),),
        "early-morning-hours-of",
    ),
    (
        "It marked a hundred years of history.",
        "2017-01-07",
        (("a hundred years", "P100Y"),),
        "a-hundred-years-of",
    ),
    # a hyphenated length after "the" before a comma or a function word keeps its article
    (
        "Over the past quarter-century, wages fell.",
        "2016-03-19",
        (("the past quarter-century", "P25Y"),),
        "the-past-quarter-century-hyphenated",
    ),
    # controls: an adjective before its noun, and a quarter, leave the article to the noun
    (
        "The 30-day period ended.",
        "2016-03-19",
        (("30-day", "P30D"),),
        "the-30-day-period",
    ),
    (
        "The company posted net income for the fiscal second-quarter of $8.6 million.",
        "1989-10-26",
        (("fiscal second-quarter", "1989-Q2"),),
        "the-fiscal-second-quarter-of",
    ),
    # a full stop glued to the next sentence ends it, for the incident's day and the clock
    # times told of it
    (
        (
            "Two girls were shot in separate shootings Saturday night, police said.Sunday "
            "night, both were in critical condition.Takiya was sitting in a minivan when "
            "shots rang out at about 7:40 p.m., police said."
        ),
        "2017-02-12",
        (
            ("Saturday night", "2017-02-11TNI"),
            ("Sunday night", "2017-02-12TNI"),
            ("about 7:40 p.m.", "2017-02-11T19:40"),
        ),
        "glued-sentence-clock-on-incident-day",
    ),
    (
        (
            "A man was shot Sunday at a gas station. Police returned to the scene "
            "Monday.Investigators say around 10:15am, a gunman opened fire on the man."
        ),
        "2016-05-30",
        (
            ("Sunday", "2016-05-29"),
            ("Monday", "2016-05-30"),
            ("around 10:15am", "2016-05-29T10:15"),
        ),
        "glued-sentence-day-of-report-is-no-incident",
    ),
    # a relative clause set off after the subject is no verb of the day's clause
    (
        (
            "On Monday, Graham—who had previously endorsed Jeb Bush for president and "
            "midwifed the Gang of Eight bill with his partner Marco Rubio— will headline "
            "a fundraiser for the senator."
        ),
        "2016-03-20",
        (("Monday", "2016-03-21"),),
        "monday-who-had-endorsed-will-headline",
    ),
    (
        "On Monday, Graham, who had previously endorsed Bush, will headline a fundraiser.",
        "2016-03-20",
        (("Monday", "2016-03-21"),),
        "monday-comma-who-had-endorsed-will-headline",
    ),
    # a past verb after the clause governs the day (it was the future in the clause); a
    # control: a lead ("2.5 ahead of") is no future
    (
        "On Monday, Graham, who will run in June, endorsed Bush.",
        "2016-03-20",
        (("Monday", "2016-03-14"), ("June", "2016-06")),
        "monday-who-will-run-endorsed",
    ),
    (
        (
            "His second-place finish in Nevada on Tuesday night - 22 points behind Mr. Trump, "
            "who scored his third victory, and just 2.5 ahead of Senator Ted Cruz - shows it."
        ),
        "2016-02-25",
        (("Tuesday night", "2016-02-23TNI"),),
        "tuesday-night-2-5-ahead-is-a-lead",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_48_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
