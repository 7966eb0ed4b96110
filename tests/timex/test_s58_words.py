"""
Expressions found by the session 58 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # any scheduled event called for a weekday is one to come, not only a meeting
    (
        "The judge called a trial for Monday.",
        "2016-06-08",
        (("Monday", "2016-06-13"),),
        "trial-called-for-monday",
    ),
    (
        "The league called the final for Sunday afternoon.",
        "2016-06-08",
        (("Sunday afternoon", "2016-06-12TAF"),),
        "final-called-for-sunday",
    ),
    (
        "The judge called the defendant on Monday.",
        "2016-06-08",
        (("Monday", "2016-06-06"),),
        "called-on-monday-is-past",
    ),
    # "N years to the day" means exactly N years: "the day" is no time of its own
    (
        "He was shot on Monday. It came 13 years to the day of the incident.",
        "2016-06-20",
        (("Monday", "2016-06-20"), ("13 years", "P13Y")),
        "years-to-the-day-of",
    ),
    (
        "He was shot on Monday. It came a year to the day after the crash.",
        "2016-06-20",
        (("Monday", "2016-06-20"), ("a year", "P1Y")),
        "a-year-to-the-day-after",
    ),
    (
        "He was shot on Monday. They went back to the day of the shooting.",
        "2016-06-20",
        (("Monday", "2016-06-20"), ("the day", "2016-06-20")),
        "back-to-the-day-of-the-shooting",
    ),
    # a plural unit before "of" and a noun after "in", "over", "during" is some length, as
    # after "after"; and after "a period of"
    (
        "The deal came in months of meetings.",
        "2016-09-08",
        (("months", "PXM"),),
        "in-months-of-meetings",
    ),
    ("The pact came over years of talks.", "2016-09-08", (("years", "PXY"),), "over-years-of"),
    (
        "He was beaten over a period of days.",
        "2016-09-08",
        (("days", "PXD"),),
        "a-period-of-days",
    ),
    ("In the months of the campaign he spoke.", "2016-09-08", (), "in-the-months-of"),
    # a video caption's stamp far from the page's date dates the video, not the story: no
    # anchor of "that night"
    (
        (
            "Four teenagers were gunned down at the park on March 13, 2013.\n\n"
            "A fundraiser was held. (Published Sunday, Jan. 26, 2014)\n\n"
            "Garcia was shot six times that night.\n\n"
            "Families gathered. (Published Monday, Oct. 14, 2013)"
        ),
        "2015-03-14",
        (
            ("March 13, 2013", "2013-03-13"),
            ("Sunday, Jan. 26, 2014", "2014-01-26"),
            ("that night", "2013-03-13TNI"),
            ("Monday, Oct. 14, 2013", "2013-10-14"),
        ),
        "far-caption-stamp-no-anchor",
    ),
    # a day on an incident's anniversary is no day of the incident: "that fateful night" is
    # the incident's
    (
        (
            "Four teenagers were gunned down at the park on March 13, 2013. On Friday, two years"
            " to the date of the deadly shooting, the city held a vigil. Garcia was shot six"
            " times that fateful night."
        ),
        "2015-03-14",
        (
            ("March 13, 2013", "2013-03-13"),
            ("Friday", "2015-03-13"),
            ("two years", "P2Y"),
            ("that fateful night", "2013-03-13TNI"),
        ),
        "anniversary-day-is-no-incident",
    ),
    # a year qualified by "mid", "early", "late" before "model" and a make is a model year
    ("Police sought a mid-2000 model Chevrolet Impala.", "2016-06-20", (), "mid-2000-model"),
    (
        "Police sought a gray early to mid-2000 model Chevrolet Impala.",
        "2016-06-20",
        (),
        "early-to-mid-2000-model",
    ),
    ("A late \u201990s model red Saturn pulled up.", "2016-06-20", (), "late-90s-model-saturn"),
    (
        "Police sought a late 1990s to early 2000s model Chevrolet Impala.",
        "2016-06-20",
        (),
        "decade-range-model",
    ),
    (
        "In mid-2002 Ford cut jobs.",
        "2016-06-20",
        (("mid-2002", "2002"),),
        "mid-year-then-a-make-is-a-year",
    ),
    (
        "The late 1990s to early 2000s were good.",
        "2016-06-20",
        (("The late 1990s", "199"), ("early 2000s", "200")),
        "decade-range-no-model",
    ),
    # an opening clause of a participle that sets its sentence in a year gone tells a story
    # of that year, as "In 2012, ..." does
    (
        (
            "Campaigning against Mitt Romney in 2012, he barely mentioned climate change. But"
            " soon after Election Day, Mr. Obama interrupted a meeting."
        ),
        "2016-09-08",
        (("2012", "2012"), ("Election Day", "2012-11-06")),
        "participle-clause-in-2012-election-day",
    ),
    (
        "Running for mayor in 2009, he lost. In March, he changed course.",
        "2016-09-08",
        (("2009", "2009"), ("March", "2009-03")),
        "participle-clause-in-2009-march",
    ),
    (
        "He ran for mayor in 2009, and lost. In March, he changed course.",
        "2016-09-08",
        (("2009", "2009"), ("March", "2016-03")),
        "no-participle-no-story",
    ),
    # two months listed before the noun they share take its reading together
    (
        (
            "The issue is whether the report represents a blip after the weak August and"
            " September performance, or is an early sign of growth that will remain above"
            " average."
        ),
        "2015-11-09",
        (("August", "2015-08"), ("September", "2015-09")),
        "august-and-september-performance",
    ),
    # "within seconds of" is some seconds, as "within minutes of" is some minutes
    (
        "The shots rang out within seconds of each other.",
        "2016-06-20",
        (("seconds", "PTXS"),),
        "within-seconds-of",
    ),
    # a state "as of" a weekday, in a story of an incident on the reference day, is reported
    # the day after, not a week before the incident
    (
        (
            "A man was killed in a shooting Monday night. No one was in custody for the shooting"
            " as of early Tuesday as detectives investigate."
        ),
        "2016-10-17",
        (("Monday night", "2016-10-17TNI"), ("early Tuesday", "2016-10-18")),
        "in-custody-as-of-early-tuesday",
    ),
    # "this" and a year of politics is the reference's year, as "this election year" is
    (
        "It has been a rough ride in this very unusual presidential year.",
        "2016-04-12",
        (("this very unusual presidential year", "2016"),),
        "this-very-unusual-presidential-year",
    ),
    (
        "In this political year, he ran.",
        "2016-04-12",
        (("this political year", "2016"),),
        "this-political-year",
    ),
    ("It was a very good year.", "2016-04-12", (), "a-very-good-year"),
    # a weekday in the clause of a week gone, or in a sentence that week opens, is that
    # week's day; not one in another clause
    (
        "Wilder was shot one week ago while driving down Woodland Avenue Saturday afternoon.",
        "2017-04-01",
        (("one week ago", "2017-W12"), ("Saturday afternoon", "2017-03-25TAF")),
        "one-week-ago-saturday-afternoon",
    ),
    (
        "Last week, police arrested him on Tuesday.",
        "2017-04-05",
        (("Last week", "2017-W13"), ("Tuesday", "2017-03-28")),
        "last-week-comma-tuesday",
    ),
    (
        "The man shot at by an officer last week was ordered held in jail on bail Wednesday.",
        "2017-04-06",
        (("last week", "2017-W13"), ("Wednesday", "2017-04-05")),
        "last-week-in-another-clause",
    ),
    (
        "He won 74% in Indiana last week and 71% in West Virginia on Tuesday.",
        "2016-05-11",
        (("last week", "2016-W18"), ("Tuesday", "2016-05-10")),
        "last-week-and-tuesday",
    ),
    # "the days and weeks after" is one length, of the first unit, as "weeks or months" is
    (
        "In the days and weeks after publication, critics spoke.",
        "2015-12-03",
        (("days and weeks", "PXD"),),
        "the-days-and-weeks-after",
    ),
    # "for a short time" is some length, as "for a while" and "for some time" are
    (
        "The campus was placed on lockdown for a short time.",
        "2016-09-11",
        (("a short time", "PXX"),),
        "for-a-short-time",
    ),
    ("They had a short time to decide.", "2016-09-11", (), "had-a-short-time"),
    # a month "of the same year", "of the following year" is one expression, in the year
    # named last or the one after it
    (
        "He was shot on New Years Day 2015 and died in September of the same year.",
        "2016-01-05",
        (("New Years Day 2015", "2015-01-01"), ("September of the same year", "2015-09")),
        "september-of-the-same-year",
    ),
    (
        "He was shot in 2010 and died in May of the following year.",
        "2016-01-05",
        (("2010", "2010"), ("May of the following year", "2011-05")),
        "may-of-the-following-year",
    ),
    # a past form after "if" and a pronoun is a condition, no time gone
    (
        "He was asked what he would do if he won the election in November.",
        "2016-05-16",
        (("November", "2016-11"),),
        "if-he-won-in-november",
    ),
    # with no reference, "then" after a day of no year is that day, as "the next day" is
    # its day after
    (
        "They met on March 3. Since then, nothing has changed.",
        None,
        (("March 3", "XXXX-03-03"), ("then", "XXXX-03-03")),
        "since-then-no-reference",
    ),
    ("Nothing has changed since then.", None, (("then", "PAST_REF"),), "since-then-alone"),
    # "another violent weekend" is the weekend gone, as "a violent weekend" is
    (
        "Two men were shot after another violent weekend in Chicago.",
        "2016-12-19",
        (("another violent weekend", "2016-W50-WE"),),
        "another-violent-weekend",
    ),
    # a story's title closed by its date with the month's name, in a list of stories, is
    # read against that date
    (
        (
            "Previous Stories\n\nTeen Shooting Monday Night \u2013 August 3rd, 2016\n\n"
            "Man Shot Friday Night - July 29, 2016\n"
        ),
        "2016-09-20",
        (
            ("Monday Night", "2016-08-01TNI"),
            ("August 3rd, 2016", "2016-08-03"),
            ("Friday Night", "2016-07-29TNI"),
            ("July 29, 2016", "2016-07-29"),
        ),
        "titles-closed-by-named-dates",
    ),
    # a past verb far left in a long sentence still tells a day after "at 2 a.m. on" is past
    (
        (
            "Multiple people were firing shots inside the the Boondocks Bar and Grill in the 2300"
            " block of Washington Street East, just after 2 a.m. on May 14, the prosecutor said."
        ),
        "2017-02-16",
        (("2 a.m. on May 14", "2016-05-14T02:00"),),
        "far-past-verb-clock-on-month-day",
    ),
    # a season before a noun it sorts is no time ("the winter athletic awards")
    ("She won at the winter athletic awards.", "2016-04-12", (), "winter-athletic-awards"),
    ("The summer reading program starts soon.", "2016-04-12", (), "summer-reading-program"),
    # how far along a pregnancy is, as "seven months pregnant", is no length
    (
        "She was about four months along when she was shot.",
        "2016-04-12",
        (),
        "four-months-along",
    ),
    (
        "They walked for two months along the coast.",
        "2016-04-12",
        (("two months", "P2M"),),
        "two-months-along-the-coast",
    ),
    # "years past" after "from", "of", "over" is the past, as after "in"
    (
        "Hurdles from years past remain.",
        "2016-02-11",
        (("years past", "PAST_REF"),),
        "from-years-past",
    ),
    # an age whose "-old" is broken off or cut is no length
    ("A 7-year- old boy was shot.", "2016-07-08", (), "broken-age"),
    (
        "Man Dies After Being Accidentally Shot By 7-Year- - Northern Michigan's News Leader",
        "2016-07-08",
        (),
        "cut-age-in-title",
    ),
    ("He drew a five-year- plan.", "2016-07-08", (("five-year", "P5Y"),), "five-year-plan"),
    # more words of feeling after "that" recall the incident's night
    (
        "Garcia was shot on March 30, 2013. He bears the scars of that vicious night.",
        "2015-04-19",
        (("March 30, 2013", "2013-03-30"), ("that vicious night", "2013-03-30TNI")),
        "that-vicious-night",
    ),
    # a headline's title-case "Weekend" before its incident is the weekend gone, as the
    # lower-case one is
    (
        "4 Killed, 53 Wounded In Weekend Shootings Across Chicago",
        "2015-09-28",
        (("Weekend", "2015-W39-WE"),),
        "title-case-weekend-shootings",
    ),
    (
        "Weekend shooting ruled accidental",
        "2016-12-19",
        (("Weekend", "2016-W50-WE"),),
        "headline-opening-weekend-shooting",
    ),
    ("Weekend plans were canceled.", "2016-12-19", (), "weekend-plans"),
    # a fraction written with the fraction slash, spaced or not, is a fraction
    (
        "He served 3 1\u2044 2 years in prison.",
        "2016-01-01",
        (("3 1\u2044 2 years", "P3Y6M"),),
        "fraction-slash-spaced",
    ),
    (
        "He served 3 1\u20442 years.",
        "2016-01-01",
        (("3 1\u20442 years", "P3Y6M"),),
        "fraction-slash",
    ),
    # a month or season looked ahead to, earlier in the year than its frame's month, is of
    # the year after the frame
    (
        "In December 2015, he said he would leave by March.",
        "2017-02-01",
        (("December 2015", "2015-12"), ("March", "2016-03")),
        "frame-december-by-march",
    ),
    (
        "In December 2015, Bannon wrote that Ryan was to be gone by the spring.",
        None,
        (("December 2015", "2015-12"), ("the spring", "2016-SP")),
        "frame-december-by-the-spring",
    ),
    (
        "In December 2015, he said he had left in March.",
        "2017-02-01",
        (("December 2015", "2015-12"), ("March", "2015-03")),
        "frame-december-march-gone",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_58_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
