"""
Expressions found by the session 40 audits of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # "and a half" written with hyphens is the same length as with spaces
    (
        "She has run the shelter for the past year-and-a-half.",
        "2020-03-18",
        (("the past year-and-a-half", "P1Y6M"),),
        "the-past-year-and-a-half",
    ),
    (
        "The standoff lasted an hour-and-a-half.",
        "2020-03-18",
        (("an hour-and-a-half", "PT1H30M"),),
        "an-hour-and-a-half",
    ),
    (
        "The shop opened a year-and-a-half ago.",
        "2020-03-18",
        (("a year-and-a-half ago", "2018"),),
        "a-year-and-a-half-ago",
    ),
    (
        "The shop opened a year and a half ago.",
        "2020-03-18",
        (("a year and a half ago", "2018"),),
        "a-year-and-a-half-ago-spaced",
    ),
    # a recurrence's adverb that the text gives as a surname is that name wherever it opens
    # a sentence
    (
        "Deputies found Dana Weekly, 52, at the house. Weekly and her son were unhurt.",
        "2020-03-18",
        (),
        "weekly-as-a-surname",
    ),
    (
        "The Springfield Daily Courier ran the story. Daily, the board reviews the budget.",
        "2020-03-18",
        (("Daily", "P1D"),),
        "daily-of-a-paper-name-is-no-surname",
    ),
    ("Weekly, the board reviews the budget.", "2020-03-18", (("Weekly", "P1W"),), "weekly"),
    # "this week" told ahead on a Saturday, as on a Sunday, is the week that opens next
    (
        "The school will have counselors on hand this week.",
        "2020-03-14",
        (("this week", "2020-W12"),),
        "this-week-ahead-on-a-saturday",
    ),
    (
        "The school will have counselors on hand this week.",
        "2020-03-15",
        (("this week", "2020-W12"),),
        "this-week-ahead-on-a-sunday",
    ),
    (
        "The school had counselors on hand this week.",
        "2020-03-14",
        (("this week", "2020-W11"),),
        "this-week-past-on-a-saturday",
    ),
    (
        "The school will have counselors on hand this week.",
        "2020-03-13",
        (("this week", "2020-W11"),),
        "this-week-ahead-on-a-friday",
    ),
    # a time clause in the present ("before", "until", as "when") looks ahead; in the past, back
    (
        "The candidates made a last pitch on Thursday, days before Iowans vote Monday.",
        "2016-01-29",
        (("Thursday", "2016-01-28"), ("days", "PXD"), ("Monday", "2016-02-01")),
        "before-a-present-clause",
    ),
    (
        "The candidates made a last pitch days before voters went to the polls on Monday.",
        "2016-01-29",
        (("days", "PXD"), ("Monday", "2016-01-25")),
        "before-a-past-clause",
    ),
    (
        "The shelter stays open until the river crests Monday.",
        "2016-01-29",
        (("Monday", "2016-02-01"),),
        "until-a-present-clause",
    ),
    # "one minute ..., the next ...": a moment set against the next, no length
    (
        "One minute the band was playing, the next it was silent.",
        "2017-02-17",
        (),
        "one-minute-the-next",
    ),
    (
        "He was calm one second, and the next second he was shouting.",
        "2017-02-17",
        (),
        "one-second-and-the-next-second",
    ),
    # ... but a length where something lasts it, or where "the next" is a noun's
    (
        "The repair took one day, and the next day the line reopened.",
        "2017-02-17",
        (("one day", "P1D"), ("the next day", "XXXX-XX-XX")),
        "took-one-day-and-the-next-day",
    ),
    (
        "The hearing ran one hour and the next session opened at noon.",
        "2017-02-17",
        (("one hour", "PT1H"), ("noon", "2017-02-17T12:00")),
        "one-hour-and-the-next-session",
    ),
    # "one day" closing a clause of a hope with a modal is someday; after a verb of lasting,
    # staying or needing it stays a length, told ahead or not
    (
        "I hope I can be as brave as her one day.",
        "2017-02-17",
        (("one day", "FUTURE_REF"),),
        "hope-can-one-day",
    ),
    (
        "We hope we can live like that one day.",
        "2017-02-17",
        (("one day", "FUTURE_REF"),),
        "hope-can-like-that-one-day",
    ),
    ("I hope I can do that one day.", "2017-02-17", (("one day", "FUTURE_REF"),), "hope-do-that"),
    ("The crossing will take one day.", "2017-02-17", (("one day", "P1D"),), "will-take-one-day"),
    ("The crew will need one day.", "2017-02-17", (("one day", "P1D"),), "will-need-one-day"),
    (
        "She hoped she could stay one day.",
        "2017-02-17",
        (("one day", "P1D"),),
        "could-stay-one-day",
    ),
    # "over" after a possessive is "more than", as after "for"
    (
        "The mayor praised her over 25 years of service.",
        "2017-02-17",
        (("over 25 years", "P25Y"),),
        "possessive-over-25-years",
    ),
    # a bare "New Year" after "Christmas and", a preposition of time or "celebrate" is the
    # feast, as "New Year's Day" is; not a greeting, another calendar's, or a noun's
    (
        "Police expect heavy traffic over Christmas and New Year.",
        "2016-12-20",
        (("Christmas", "2016-12-25"), ("New Year", "2017-01-01")),
        "christmas-and-new-year",
    ),
    (
        "Sales have slowed since New Year.",
        "2016-03-10",
        (("New Year", "2016-01-01"),),
        "since-new-year",
    ),
    ("Happy New Year, the mayor said.", "2016-12-20", (), "happy-new-year"),
    ("Crowds gathered for Lunar New Year.", "2016-12-20", (), "lunar-new-year"),
    ("Guests at New Year parties were warned.", "2016-12-20", (), "new-year-parties"),
    # "from $1.10 the day before": a level compared with; the story stays on its day, and the
    # next comparison counts from that day too (a narrative "The day before, ..." moves on)
    (
        "Gold hit $1,310 Friday from $1,300 the day before. Silver fell to $19 from $20 the day before.",
        "2016-07-30",
        (
            ("Friday", "2016-07-29"),
            ("the day before", "2016-07-28"),
            ("the day before", "2016-07-28"),
        ),
        "compared-with-the-day-before",
    ),
    (
        "She was hurt on Friday. The day before, she moved in. The previous day she signed.",
        "2016-07-30",
        (
            ("Friday", "2016-07-29"),
            ("The day before", "2016-07-28"),
            ("The previous day", "2016-07-27"),
        ),
        "narrative-day-before-chains",
    ),
    # "the pre-dawn hours" of a day, with "of" or without, as "the wee hours of" it
    (
        "The blaze started in the pre-dawn hours Tuesday.",
        "2013-02-20",
        (("the pre-dawn hours Tuesday", "2013-02-19"),),
        "the-pre-dawn-hours-tuesday",
    ),
    (
        "The blaze started in the predawn hours of Tuesday.",
        "2013-02-20",
        (("the predawn hours of Tuesday", "2013-02-19"),),
        "the-predawn-hours-of-tuesday",
    ),
    ("The blaze started in the pre-dawn hours.", "2013-02-20", (), "the-pre-dawn-hours-alone"),
    # a list of months closed by a year counted from the reference shares it, as one closed
    # by a year written out does
    (
        "The break-ins came in March and April of last year.",
        "2016-08-20",
        (("March", "2015-03"), ("April of last year", "2015-04")),
        "march-and-april-of-last-year",
    ),
    (
        "The break-ins came in May, June and July of last year.",
        "2016-08-20",
        (("May", "2015-05"), ("June", "2015-06"), ("July of last year", "2015-07")),
        "may-june-and-july-of-last-year",
    ),
    (
        "The break-ins came in May, June and July 2015.",
        "2016-08-20",
        (("May", "2015-05"), ("June", "2015-06"), ("July 2015", "2015-07")),
        "may-june-and-july-2015",
    ),
    # "for much of the day", "the rest of the day": the day the story is on, as "throughout
    # the day"; not before another day's name
    (
        "The girl went missing Monday. Volunteers searched for much of the day.",
        "2016-08-20",
        (("Monday", "2016-08-15"), ("the day", "2016-08-15")),
        "for-much-of-the-day",
    ),
    (
        "Classes are off for the rest of the day.",
        "2016-08-20",
        (("the day", "2016-08-20"),),
        "the-rest-of-the-day",
    ),
    (
        "Much of the day yesterday went to paperwork.",
        "2016-08-20",
        (("yesterday", "2016-08-19"),),
        "much-of-the-day-yesterday",
    ),
    ("It is the hottest part of the day.", "2016-08-20", (), "part-of-the-day"),
    # "the days and weeks ahead": the future, as "the coming days and weeks" (one unit ahead
    # stays a vague length)
    (
        "The town will grieve in the days and weeks ahead.",
        "2017-04-10",
        (("the days and weeks ahead", "FUTURE_REF"),),
        "the-days-and-weeks-ahead",
    ),
    (
        "In days and weeks ahead, the school will hold vigils.",
        "2017-04-10",
        (("days and weeks ahead", "FUTURE_REF"),),
        "days-and-weeks-ahead",
    ),
    ("The days ahead will be hard.", "2017-04-10", (("The days ahead", "PXD"),), "the-days-ahead"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_40_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
