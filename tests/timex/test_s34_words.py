"""
Expressions found by the session 34 audits of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

REF = "2017-07-27"  # a Thursday

WORDS: list[Case] = [
    # a clock time glued to the day after it (no space after "p.m.")
    (
        "Police said the shooting happened at 11 p.m.on July 25 near the park.",
        REF,
        (("11 p.m.on July 25", "2017-07-25T23:00"),),
        "clock-glued-to-on-and-a-date",
    ),
    (
        "He was shot at 2:15 a.m.Saturday outside a bar.",
        REF,
        (("2:15 a.m.Saturday", "2017-07-22T02:15"),),
        "clock-glued-to-a-weekday",
    ),
    (
        "It was 11 p.m. Then he left.",
        REF,
        (("11 p.m.", "2017-07-27T23:00"),),
        "clock-then-a-new-sentence",
    ),
    # a clock time with its own day dates the incident ("the night of the murder")
    (
        (
            "A warrant was issued Nov. 14. About 8:30 p.m. Nov. 11, a man was shot dead. "
            "The gun was found the night of the murder."
        ),
        "2016-11-20",
        (
            ("Nov. 14", "2016-11-14"),
            ("About 8:30 p.m. Nov. 11", "2016-11-11T20:30"),
            ("the night", "2016-11-11TNI"),
        ),
        "a-clock-with-its-date-dates-the-incident",
    ),
    (
        (
            "A warrant was issued Friday. At 8:30 p.m. Tuesday, a man was shot dead. "
            "The gun was found the night of the murder."
        ),
        "2016-11-20",
        (
            ("Friday", "2016-11-18"),
            ("8:30 p.m. Tuesday", "2016-11-15T20:30"),
            ("the night", "2016-11-15TNI"),
        ),
        "a-clock-with-its-weekday-dates-the-incident",
    ),
    (
        (
            "On Nov. 11, a man was shot dead. Ten people were shot between 3 p.m. Nov. 12 "
            "and 3 a.m. Nov. 14. The gun was found the night of the murder."
        ),
        "2016-11-20",
        (
            ("Nov. 11", "2016-11-11"),
            ("3 p.m. Nov. 12", "2016-11-12T15:00"),
            ("3 a.m. Nov. 14", "2016-11-14T03:00"),
            ("the night", "2016-11-11TNI"),
        ),
        "the-ends-of-a-range-date-no-incident",
    ),
    # vague stretches of the past
    (
        "He has been on various sides, in this campaign and in past years.",
        REF,
        (("past years", "PAST_REF"),),
        "in-past-years",
    ),
    ("In past decades, the city grew.", REF, (("past decades", "PAST_REF"),), "in-past-decades"),
    (
        "It is a pattern of sleaze stretching back decades.",
        REF,
        (("decades", "PXY"),),
        "stretching-back-decades",
    ),
    ("The feud dates back years.", REF, (("years", "PXY"),), "dates-back-years"),
    ("Employers cut back hours.", REF, (), "cut-back-hours-no-length"),
    # "overnight" after a night gone is that night; a holiday's party is no day of the story
    (
        "Two women were shot overnight. A gunman opened fire at a party overnight.",
        "2016-10-30",
        (("overnight", "2016-10-29TNI"), ("overnight", "2016-10-29TNI")),
        "a-second-overnight-is-the-same-night",
    ),
    (
        "A boy was shot Tuesday night. He was expected to be discharged overnight.",
        "2016-08-31",
        (("Tuesday night", "2016-08-30TNI"), ("overnight", "2016-08-30TNI")),
        "overnight-after-a-weekday-night",
    ),
    (
        "Four people are recovering tonight after being shot overnight.",
        "2016-11-09",
        (("tonight", "2016-11-09TNI"), ("overnight", "2016-11-08TNI")),
        "overnight-after-tonight-is-the-night-before",
    ),
    (
        "Two women were killed at a Halloween party overnight.",
        "2016-10-30",
        (("Halloween", "2016-10-31"), ("overnight", "2016-10-29TNI")),
        "a-halloween-party-is-no-day-of-the-story",
    ),
    # "the" before a time that qualifies an incident is the incident's
    (
        "The fifth suspect in the summer shooting is in custody.",
        "2017-03-20",
        (("summer", "2016-SU"),),
        "the-summer-shooting",
    ),
    (
        "The suspect in the weekend shooting is in custody.",
        "2017-03-20",
        (("weekend", "2017-W11-WE"),),
        "the-weekend-shooting",
    ),
    ("He returned in the summer.", "2017-03-20", (("the summer", "2016-SU"),), "in-the-summer"),
    (
        "Members met at the spring meeting in Florida.",
        "2016-04-17",
        (("spring", "2016-SP"),),
        "the-spring-meeting",
    ),
    (
        "Enough headlines in the last week broadcast his lead.",
        "2016-02-03",
        (("the last week", "2016-W04"),),
        "the-last-week-before-a-verb-keeps-the",
    ),
    # a month name set off after a noun of kin is a person's name
    ("I screamed, 'My sister, April.'", REF, (), "my-sister-april"),
    ("He leaves his wife, June, and a son.", REF, (), "his-wife-june"),
    ("His son, born May 5, died.", REF, (("May 5", "2017-05-05"),), "a-date-after-kin-control"),
    # "a while": some length, as TimeBank tags it
    (
        "They will have to live without it for a while.",
        REF,
        (("a while", "PXX"),),
        "for-a-while",
    ),
    ("After a short while, they left.", REF, (("a short while", "PXX"),), "after-a-short-while"),
    ("Once in a while he calls.", REF, (), "once-in-a-while-no-length"),
    ("He moved here a while back.", REF, (), "a-while-back-no-length"),
    ("He was gone for awhile.", REF, (("awhile", "PXX"),), "for-awhile"),
    # a clock range's first time takes the day written after the second
    (
        "On Tuesday, a man was shot. He was seen between 8 and 8:30 p.m. the night before.",
        "2016-12-21",
        (
            ("Tuesday", "2016-12-20"),
            ("8", "2016-12-19T20:00"),
            ("8:30 p.m. the night before", "2016-12-19T20:30"),
        ),
        "a-range-before-the-night-before",
    ),
    # a named owner's years, as "her years as secretary"
    (
        "Bill Clinton's years in office were good.",
        REF,
        (("years", "PXY"),),
        "clintons-years-in-office",
    ),
    ("Sanders' decades in Congress.", REF, (("decades", "PXY"),), "sanders-decades-in-congress"),
    ("The company's years in decline.", REF, (), "a-common-nouns-years-control"),
    # "today" as nowadays
    (
        "It is the government under which we still live today.",
        REF,
        (("today", "PRESENT_REF"),),
        "we-still-live-today",
    ),
    (
        "He has made great strides to understand people today.",
        REF,
        (("today", "PRESENT_REF"),),
        "people-today",
    ),
    (
        "A lot of people today probably made up their minds.",
        REF,
        (("today", REF),),
        "people-today-probably-made-the-day",
    ),
    (
        'The email went on to say, "Today, because we have been successful, few come."',
        REF,
        (("Today", "PRESENT_REF"),),
        "a-quotation-opening-with-today-in-the-present",
    ),
    (
        'He said, "Today, we announced a deal."',
        REF,
        (("Today", REF),),
        "a-quoted-today-in-the-past",
    ),
    # a season after a deadline's "by" is the nearest one
    (
        "Officials are scrambling to develop a plan by the fall.",
        "2016-07-06",
        (("the fall", "2016-FA"),),
        "a-plan-by-the-fall",
    ),
    (
        "They developed a plan by the fall.",
        "2016-07-06",
        (("the fall", "2015-FA"),),
        "developed-by-the-fall-past",
    ),
    # "Sept. 11" named again after "the 9/11 attacks"
    (
        "After the 9/11 attacks, troops went to Afghanistan. Since Sept. 11, the war has gone on.",
        "2016-03-18",
        (("9/11", "2001-09-11"), ("Sept. 11", "2001-09-11")),
        "sept-11-after-the-9-11-attacks",
    ),
    (
        "After the 9/11 attacks, troops went. He will speak on Sept. 11.",
        "2016-03-18",
        (("9/11", "2001-09-11"), ("Sept. 11", "2016-09-11")),
        "a-coming-sept-11-after-9-11",
    ),
    # transcripts in capitals
    (
        "POLICE SAY THE SHOOTING HAPPENED IN APRIL OF LAST YEAR.",
        "2016-12-01",
        (("APRIL OF LAST YEAR", "2015-04"),),
        "april-of-last-year-in-capitals",
    ),
    ("HE WAS KILLED IN MARCH.", "2016-12-01", (("MARCH", "2016-03"),), "in-march-in-capitals"),
    ("HE MAY BE CHARGED.", "2016-12-01", (), "may-the-modal-in-capitals"),
    ("WE NEED IT NOW!", "2016-12-01", (("NOW", "PRESENT_REF"),), "now-in-capitals"),
    ("She leads the NOW chapter.", "2016-12-01", (), "now-the-group-in-running-text"),
    ("Desair Brown hosts USA NOW for May.", "2016-12-01", (("May", "2017-05"),), "usa-now-a-show"),
    # money rates written with hyphens
    ("Workers want a $15 dollar-an-hour wage.", REF, (), "a-dollar-an-hour-wage"),
    ("He has a five-dollar-a-day habit.", REF, (), "a-five-dollar-a-day-habit"),
    # the first of two ages joined by "and a"
    ("He left a five year and a six year old at home.", REF, (), "two-ages-and-a"),
    (
        "He spent five years and a month in prison.",
        REF,
        (("five years and a month", "P5Y1M"),),
        "a-length-and-a-month-control",
    ),
    # two clock times joined by "or"
    (
        "It happened at 2 or 3 a.m.",
        REF,
        (("2", "2017-07-27T02:00"), ("3 a.m.", "2017-07-27T03:00")),
        "at-2-or-3-am",
    ),
    # a bare plural before "into" an event
    (
        "A gunman opened fire minutes into a vigil.",
        REF,
        (("minutes", "PTXM"),),
        "minutes-into-a-vigil",
    ),
    ("Officials turned minutes into hours.", REF, (), "minutes-into-hours-no-length"),
    # two units of a vague stretch
    (
        "Many funds in recent weeks and months have been selling.",
        REF,
        (("recent weeks and months", "PAST_REF"),),
        "recent-weeks-and-months",
    ),
    (
        "In the coming days and weeks, we will know.",
        REF,
        (("the coming days and weeks", "FUTURE_REF"),),
        "the-coming-days-and-weeks",
    ),
    # police-news subjects after a bare plural; "from the afternoon"
    (
        "He died minutes after investigators say he was shot.",
        REF,
        (("minutes", "PTXM"),),
        "minutes-after-investigators-say",
    ),
    (
        "Call if you recall anything from the afternoon.",
        REF,
        (("the afternoon", "2017-07-27TAF"),),
        "from-the-afternoon",
    ),
    # "It happened ..." dates the incident
    (
        (
            "A boy was wounded. It happened around 1 p.m. Monday on Elm Street. "
            "He was listed in critical condition on Tuesday."
        ),
        "2015-06-15",
        (("around 1 p.m. Monday", "2015-06-15T13:00"), ("Tuesday", "2015-06-16")),
        "it-happened-dates-the-incident",
    ),
    # a quotation opening with "Today" and a capitalised name is no title
    (
        (
            "Perry issued a statement Wednesday night in which he said, "
            "\u201cToday Fort Hood was once again stricken by tragedy.\u201d"
        ),
        "2014-04-03",
        (("Wednesday night", "2014-04-02TNI"), ("Today", "2014-04-02")),
        "a-quoted-today-before-a-name",
    ),
    (
        'He appeared on "This Week With David Brinkley" on ABC.',
        "2014-04-03",
        (),
        "a-quoted-title-control",
    ),
    ("He quoted 'Today My World Slipped Away' as well.", "2014-04-03", (), "a-song-title"),
    # "ahead of" as "before"; a clock time does not join a day across a full stop
    (
        "The ad aired just days ahead of the caucus.",
        "2016-01-19",
        (("days", "PXD"),),
        "days-ahead-of-the-caucus",
    ),
    (
        "A man was shot at about 6:15 p.m. On Tuesday, police said he died.",
        "2013-06-27",
        (("about 6:15 p.m.", "2013-06-25T18:15"), ("Tuesday", "2013-06-25")),
        "a-clock-time-and-a-new-sentence-on-tuesday",
    ),
    (
        "He was shot at 6:15 p.m. on Tuesday.",
        "2013-06-27",
        (("6:15 p.m. on Tuesday", "2013-06-25T18:15"),),
        "a-clock-time-on-tuesday-control",
    ),
    # an update's stamp after "Update," with a comma
    (
        "Update, 10:42 a.m. Monday: Police identified the victim.",
        "2017-03-26",
        (("10:42 a.m. Monday", "2017-03-27T10:42"),),
        "an-update-stamp-after-a-comma",
    ),
    # "the night of shooting", no article
    (
        "On Nov. 11, a man was shot. He was at home the night of shooting.",
        "2016-11-20",
        (("Nov. 11", "2016-11-11"), ("the night", "2016-11-11TNI")),
        "the-night-of-shooting",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_34_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
