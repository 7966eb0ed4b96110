"""
Stories told of a year gone, found by the session 29 and 30 audits.

A month or a day named without its year in a story told of an earlier year ("In the fall of
2007 ... By Jan. 18") resolved against the publication date, and a day named again without
the year it was first written with ("the Dec. 2, 2015, attack ... after Dec. 2") as well;
and a few words: "the November election" after a past verb, a quotation glued to the
sentence before it, "the quarter of voters", and the day of an update's stamp.
Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

REF = "2016-02-01"  # a Monday

CASES: list[Case] = [
    (
        "In the fall of 2009, the mayor trailed by ten points. By Jan. 12, he led the race.",
        REF,
        (("the fall of 2009", "2009-FA"), ("Jan. 12", "2010-01-12")),
        "a-day-after-a-season-moves-past-new-year",
    ),
    (
        "In March 2011, the plant closed. By May 3, most of its workers had left town.",
        REF,
        (("March 2011", "2011-03"), ("May 3", "2011-05-03")),
        "a-day-in-the-sentence-after-a-written-month",
    ),
    (
        (
            "In June 2003, the firm cut 900 jobs. Its chief resigned a month later.\n\n"
            "Its lenders grew nervous. Its suppliers asked to be paid in cash. Some left.\n\n"
            "In August, the board sold the firm to a rival."
        ),
        REF,
        (("June 2003", "2003-06"), ("a month later", "2003-07"), ("August", "2003-08")),
        "a-sentence-opened-by-a-month-paragraphs-on",
    ),
    (
        (
            "The school reviewed its plans after the Dec. 2, 2013, attack in the city."
            " Since Dec. 2, every teacher has trained for a lockdown."
        ),
        REF,
        (("Dec. 2, 2013", "2013-12-02"), ("Dec. 2", "2013-12-02")),
        "a-day-named-again-without-its-year",
    ),
    (
        "The team's bus broke down on February 6, 2014. On February 6, the driver was alone.",
        "2016-03-01",
        (("February 6, 2014", "2014-02-06"), ("February 6", "2014-02-06")),
        "a-day-named-again-in-the-next-sentence",
    ),
    (
        "Every Tuesday morning the club meets, and each Friday night it plays.",
        REF,
        (("Every Tuesday morning", "XXXX-WXX-2TMO"), ("each Friday night", "XXXX-WXX-5TNI")),
        "every-weekday-with-a-part-of-the-day",
    ),
    (
        'She went home."This morning he was fine," her sister said.',
        REF,
        (("This morning", "2016-02-01TMO"),),
        "a-quotation-glued-to-the-sentence-before",
    ),
    (
        (
            "Wins on Tuesday strengthened the prospect that the November election will pit"
            " two outsiders against each other."
        ),
        "2016-03-02",
        (("Tuesday", "2016-03-01"), ("November", "2016-11")),
        "the-november-election-after-a-past-verb",
    ),
    (
        "Turning out the base is not a pathway going into November.",
        "2016-03-04",
        (("November", "2016-11"),),
        "going-into-november-in-an-election-year",
    ),
    (
        "He did well with the quarter of voters who call themselves independents.",
        REF,
        (),
        "the-quarter-of-voters-is-a-share",
    ),
    (
        "UPDATE (5:04 p.m. 5/17/16): Police named the man.",
        "2016-05-14",
        (("5:04 p.m. 5/17/16", "2016-05-17T17:04"),),
        "a-clock-time-and-a-slash-date-in-a-stamp",
    ),
    (
        "BREAKING (Thursday, 4:02 p.m.): The girl was taken off life support.",
        "2015-07-08",
        (("Thursday", "2015-07-09"), ("4:02 p.m.", "2015-07-09T16:02")),
        "a-weekday-in-a-stamp-is-the-nearest",
    ),
    (
        "UPDATE 1:50PM FRIDAY: The school will open from 3 p.m. to 5 p.m.",
        "2016-09-08",
        (
            ("1:50PM FRIDAY", "2016-09-09T13:50"),
            ("3 p.m.", "2016-09-09T15:00"),
            ("5 p.m.", "2016-09-09T17:00"),
        ),
        "a-clock-and-weekday-in-a-stamp",
    ),
    (
        "A 9 p.m. curfew was set by the court; the club needs a 3 o'clock license.",
        REF,
        (("9 p.m.", "XXXX-XX-XXT21:00"), ("3 o'clock", "XXXX-XX-XXT03:00")),
        "a-clock-time-naming-a-standing-rule",
    ),
    (
        "It is not an overnight process, and in today's environment nobody waits.",
        REF,
        (("today", "PRESENT_REF"),),
        "an-overnight-process-and-todays-environment",
    ),
    (
        "He faces as many as five years; the hearing took a little over two hours.",
        REF,
        (("as many as five years", "P5Y"), ("a little over two hours", "PT2H")),
        "as-many-as-and-a-little-over",
    ),
    (
        "It has 300 million monthly active users, tracked on a minute-by-minute basis.",
        REF,
        (),
        "monthly-users-and-minute-by-minute",
    ),
    (
        "He kept a gun in a night table and slept there a night.",
        REF,
        (("a night", "P1D"),),
        "a-night-table-is-no-night",
    ),
    (
        "He founded the group in 2008, the year he returned to teaching.",
        REF,
        (("2008", "2008"), ("the year", "2008")),
        "the-year-apposed-to-a-year",
    ),
    (
        "It may be years before the wall is built.",
        REF,
        (("years", "PXY"),),
        "may-be-years-before",
    ),
    (
        "Three people were shot overnight Monday in the city.",
        "2016-07-05",
        (("overnight Monday", "2016-07-04TNI"),),
        "overnight-and-a-weekday",
    ),
    (
        "A shooting at the club overnight Saturday left two dead.",
        "2013-12-28",
        (("overnight Saturday", "2013-12-27TNI"),),
        "overnight-and-the-reference-day-is-the-night-before",
    ),
    (
        "Voters will remember the shooting in Chicago on Friday.",
        "2016-08-30",
        (("Friday", "2016-08-26"),),
        "an-incident-its-place-and-a-weekday",
    ),
    (
        "His stumble just days before Tuesday's primary has emboldened his rivals.",
        "2016-02-07",
        (("days", "PXD"), ("Tuesday", "2016-02-09")),
        "days-before-a-possessive-day-of-an-event",
    ),
    (
        "Around midnight Monday, he went to a home; police arrived within seconds.",
        "2015-11-16",
        (("Around midnight Monday", "2015-11-16T00:00"), ("seconds", "PTXS")),
        "midnight-of-the-reference-day-told-in-the-past",
    ),
    (
        "Police say the 14-year boy was hurt; they work on a day-to-day basis.",
        REF,
        (),
        "an-age-without-old-and-day-to-day",
    ),
    (
        "Crime fell in the 90\u2019s and rose in the 80's.",
        REF,
        (("the 90\u2019s", "199"), ("the 80's", "198")),
        "a-decade-with-an-apostrophe-before-the-s",
    ),
    (
        "Officers went to the home (1816 N. Water) on Monday.",
        REF,
        (("Monday", "2016-02-01"),),
        "a-house-number-before-a-direction-and-a-street",
    ),
    (
        "She cited her years as secretary and his decades in public service.",
        REF,
        (("her years", "PXY"), ("his decades", "PXY")),
        "her-years-as-and-his-decades-in",
    ),
    (
        "Monday's debate in New York will be his first against one rival.",
        "2016-09-23",
        (("Monday", "2016-09-26"),),
        "a-possessive-day-of-an-event-before-will",
    ),
    (
        "On a day rich in symbolism, he spoke.",
        REF,
        (),
        "on-a-day-described-is-no-length",
    ),
    (
        "One man was killed in a late afternoon accident on Highway 35 in Cayce on Monday.",
        "2013-07-02",
        (("late afternoon", "2013-07-01TAF"), ("Monday", "2013-07-01")),
        "a-part-of-the-day-and-a-weekday-after-its-place",
    ),
    (
        "Hours after that incident, he fled; before the end of the day he was caught.",
        REF,
        (("Hours", "PTXH"), ("the end of the day", "2016-02-01")),
        "hours-after-that-incident-and-before-the-end-of-the-day",
    ),
    (
        "He was charged, according to May. He is held pending a court appearance on Monday.",
        "2016-12-01",
        (("Monday", "2016-12-05"),),
        "according-to-a-chief-named-may-and-pending-an-appearance",
    ),
    (
        "He was shot around 5:30 Sunday night in the 4600 block of S.E. 1090.",
        "2014-12-22",
        (("around 5:30 Sunday night", "2014-12-21T17:30"),),
        "half-past-five-at-night-and-a-road-number",
    ),
    (
        "He dreamed of one day working for the police.",
        REF,
        (("one day", "FUTURE_REF"),),
        "dreamed-of-one-day",
    ),
    (
        "Call 513-868-5811 extension 2002 or watch Channel 2004.",
        REF,
        (),
        "a-phone-extension-and-a-channel-are-no-years",
    ),
    # controls: the publication's year stays
    (
        "The firm was founded in 2009. In March, it hired a new chief.",
        REF,
        (("2009", "2009"), ("March", "2015-03")),
        "a-year-alone-sets-no-story",
    ),
    (
        "Sales have risen since June 2012, and in October they rose again.",
        REF,
        (("June 2012", "2012-06"), ("October", "2015-10")),
        "a-date-after-since-sets-no-story",
    ),
    (
        "Two men were charged in the Dec. 21, 2004, bombing. They were extradited in April.",
        REF,
        (("Dec. 21, 2004", "2004-12-21"), ("April", "2015-04")),
        "a-date-modifying-a-noun-sets-no-story",
    ),
    (
        'He moved there in May 2010. "I plan to leave in October," he said.',
        REF,
        (("May 2010", "2010-05"), ("October", "2016-10")),
        "a-quotation-after-the-story",
    ),
    (
        "The plant closed in March 2013. The mayor will visit the site in June.",
        REF,
        (("March 2013", "2013-03"), ("June", "2016-06")),
        "a-month-ahead",
    ),
    (
        (
            "The plant closed in March 2013. Its owner is now a developer. He builds homes."
            " He says sales are up. He sold four homes in October."
        ),
        REF,
        (("March 2013", "2013-03"), ("now", "PRESENT_REF"), ("October", "2015-10")),
        "a-month-sentences-after-the-story",
    ),
    (
        "Profits fell in the quarter of the year that ended in June.",
        "2016-08-01",
        (("the quarter", "2016-Q2"), ("the year", "2016"), ("June", "2016-06")),
        "the-quarter-of-the-year-is-a-quarter",
    ),
    (
        "The party lost badly in November, and the vote still stings.",
        "2016-03-04",
        (("November", "2015-11"),),
        "november-told-in-the-past",
    ),
    (
        "Police were called at 9 p.m. and the shooting happened overnight.",
        REF,
        (("9 p.m.", "2016-02-01T21:00"), ("overnight", "2016-01-31TNI")),
        "a-clock-time-and-overnight-of-a-day",
    ),
    (
        "The rally in Chicago on Friday will draw crowds.",
        "2016-08-30",
        (("Friday", "2016-09-02"),),
        "an-event-its-place-and-a-weekday-ahead",
    ),
    (
        "The store closes at midnight Monday.",
        "2015-11-16",
        (("midnight Monday", "2015-11-16T24:00"),),
        "midnight-of-the-reference-day-ahead",
    ),
    (
        "Highs were in the 90s and the 90's degrees.",
        REF,
        (),
        "temperatures-are-no-decades",
    ),
    (
        "In 1990 W. Va. had fewer people.",
        REF,
        (("1990", "1990"),),
        "a-year-before-a-state-abbreviation",
    ),
    (
        "Their years of service mattered.",
        REF,
        (),
        "their-years-of-service-is-left-alone",
    ),
    (
        "Monday's debate might not move mountains; Monday's ruling will reverberate.",
        "2016-09-29",
        (("Monday", "2016-09-26"), ("Monday", "2016-09-26")),
        "a-possessive-day-before-might-or-of-a-thing-done",
    ),
    (
        "According to May figures, sales rose.",
        "2016-12-01",
        (("May", "2016-05"),),
        "according-to-may-figures-is-the-month",
    ),
    (
        "It happened around 2:15 Saturday night; the trial lasted a span of one day.",
        "2016-05-02",
        (("around 2:15 Saturday night", "2016-04-30T02:15"), ("one day", "P1D")),
        "small-hours-at-night-and-a-span-of-one-day",
    ),
    (
        "The school said Thursday it will reopen.",
        "2015-07-08",
        (("Thursday", "2015-07-02"),),
        "a-weekday-outside-a-stamp",
    ),
    (
        "The plant closed in March 2014. Last April 21 the site was sold.",
        REF,
        (("March 2014", "2014-03"), ("April 21", "2015-04-21")),
        "a-day-after-last",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
def test_session_30_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
