"""
Expressions found by the session 44 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

import newsevents

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a range of weekdays written "beginning ... and ending ..." ends after it begins
    (
        "She wanted a curfew for four nights beginning Friday and ending Monday.",
        "2015-06-21",  # a Sunday
        (("four nights", "P4D"), ("Friday", "2015-06-19"), ("Monday", "2015-06-22")),
        "beginning-friday-and-ending-monday",
    ),
    (
        "The market opened Tuesday and ended Thursday in the red.",
        "2015-06-21",
        (("Tuesday", "2015-06-16"), ("Thursday", "2015-06-18")),
        "and-ended-in-order-stays",
    ),
    (
        "Officers were seen Friday and Monday at the house.",
        "2015-06-21",
        (("Friday", "2015-06-19"), ("Monday", "2015-06-15")),
        "two-days-with-and-are-no-range",
    ),
    # a range of clock times from the evening into the morning ends on the next day
    (
        "The mayor set a curfew Monday from 8 p.m. to 6 a.m. for minors.",
        "2015-06-24",
        (("Monday", "2015-06-22"), ("8 p.m.", "2015-06-22T20:00"), ("6 a.m.", "2015-06-23T06:00")),
        "8-pm-to-6-am",
    ),
    (
        "A curfew was imposed Thursday from midnight to 6 a.m.",
        "2016-09-24",
        (
            ("Thursday", "2016-09-22"),
            ("midnight", "2016-09-22T24:00"),
            ("6 a.m.", "2016-09-23T06:00"),
        ),
        "midnight-to-6-am",
    ),
    (
        "The shop was open Thursday from 9 a.m. to 5 p.m.",
        "2016-09-24",
        (
            ("Thursday", "2016-09-22"),
            ("9 a.m.", "2016-09-22T09:00"),
            ("5 p.m.", "2016-09-22T17:00"),
        ),
        "a-day-range-stays-on-its-day",
    ),
    (
        "The party Saturday lasted from noon until 2 a.m.",
        "2016-09-26",
        (("Saturday", "2016-09-24"), ("noon", "2016-09-24T12:00"), ("2 a.m.", "2016-09-25T02:00")),
        "noon-until-2-am",
    ),
    # "next" and "upcoming" after a determiner modify a noun and leave the clause's tense
    (
        (
            "On Monday night, in an attempt by the candidate to shape the tone of the next"
            " debate hosted by the network, he told a rally audience he would skip it."
        ),
        "2015-12-03",  # a Thursday
        (("Monday night", "2015-11-30TNI"),),
        "the-next-debate-after-a-past-day",
    ),
    (
        (
            "On Tuesday, in an effort to sway voters in the upcoming primary in the state,"
            " the senator released a new ad."
        ),
        "2015-12-03",
        (("Tuesday", "2015-12-01"),),
        "the-upcoming-primary-after-a-past-day",
    ),
    (
        "The council meets Monday, next to the old courthouse.",
        "2015-12-03",
        (("Monday", "2015-12-07"),),
        "a-schedule-verb-still-looks-ahead",
    ),
    # a day of a report ("disclosed Monday", "revealed Tuesday") leaves the clock times told
    # after it on the day of the events it reports
    (
        (
            "A woman was killed in a shooting Sunday, authorities disclosed Monday.\n\n"
            "The shooting was reported about 12:45 a.m. in the 2300 block."
        ),
        "2017-02-20",  # a Monday
        (
            ("Sunday", "2017-02-19"),
            ("Monday", "2017-02-20"),
            ("about 12:45 a.m.", "2017-02-19T00:45"),
        ),
        "reported-clock-after-disclosed-monday",
    ),
    (
        (
            "Two men were hurt in a crash Saturday, the sheriff's office revealed Sunday. The"
            " crash happened around 9 p.m. near the bridge."
        ),
        "2017-02-20",
        (
            ("Saturday", "2017-02-18"),
            ("Sunday", "2017-02-19"),
            ("around 9 p.m.", "2017-02-18T21:00"),
        ),
        "clock-after-revealed-sunday",
    ),
    (
        "A man was shot Saturday and died Sunday. He was pronounced dead at 9 p.m.",
        "2017-02-20",
        (("Saturday", "2017-02-18"), ("Sunday", "2017-02-19"), ("9 p.m.", "2017-02-19T21:00")),
        "no-report-day-keeps-the-last-day",
    ),
    # a qualifier before a frequency counted in times counts it
    (
        "She has visited him about twice a month since January.",
        "2016-06-10",
        (("about twice a month", "P1M"), ("January", "2016-01")),
        "about-twice-a-month",
    ),
    (
        "The board met more than three times a year.",
        "2016-06-10",
        (("more than three times a year", "P1Y"),),
        "more-than-three-times-a-year",
    ),
    (
        "He ran nearly every day.",
        "2016-06-10",
        (("every day", "P1D"),),
        "nearly-every-day-stays-a-set",
    ),
    # a death "from her injuries" on a later day is no incident: a clock time told of the
    # shooting after it is on the shooting's day
    (
        (
            "The girl shot Dec. 25 has died Monday from her injuries. She was hit when shots"
            " were fired just before 5:45 p.m., police said."
        ),
        "2015-12-28",  # a Monday
        (("Dec. 25", "2015-12-25"), ("Monday", "2015-12-28"), ("5:45 p.m.", "2015-12-25T17:45")),
        "died-monday-from-her-injuries",
    ),
    (
        (
            "A man was shot Friday and died on Sunday of his gunshot wounds. Shots were fired"
            " around 10 p.m., police said."
        ),
        "2015-12-28",
        (
            ("Friday", "2015-12-25"),
            ("Sunday", "2015-12-27"),
            ("around 10 p.m.", "2015-12-25T22:00"),
        ),
        "died-sunday-of-his-gunshot-wounds",
    ),
    (
        (
            "A man died Sunday night after his son accidentally shot him. Deputies responded"
            " around 9:15 p.m."
        ),
        "2015-12-28",
        (("Sunday night", "2015-12-27TNI"), ("around 9:15 p.m.", "2015-12-27T21:15")),
        "died-sunday-night-after-a-shooting-is-its-day",
    ),
    # an hour and minutes with no half of the day written, after "at", "around", is a time
    # when the day before it was named with its evening or night
    (
        "The shooting happened Saturday night. Police said shots were fired at 11:30 near the bar.",
        "2013-08-19",  # a Monday
        (("Saturday night", "2013-08-17TNI"), ("11:30", "2013-08-17T23:30")),
        "at-11-30-after-saturday-night",
    ),
    (
        (
            "It happened Sunday night in Germantown. Police said it happened around 6:30 on the"
            " 1300 block."
        ),
        "2013-08-19",
        (("Sunday night", "2013-08-18TNI"), ("around 6:30", "2013-08-18T18:30")),
        "around-6-30-after-sunday-night",
    ),
    (
        "The council met Sunday. The session opened at 11:30 with a prayer.",
        "2013-08-19",
        (("Sunday", "2013-08-18"),),
        "no-part-named-no-bare-clock",
    ),
    (
        "The meeting starts at 11:30.",
        "2013-08-19",
        (),
        "a-bare-clock-alone-is-no-time",
    ),
    # a bare plural unit opening a sentence before "of" and a noun is a length
    (
        "Decades of hard times have left the town poor.",
        "2016-06-07",
        (("Decades", "PXY"),),
        "decades-of-hard-times",
    ),
    (
        "The bridge closed. Years of neglect had left it unsafe.",
        "2016-06-07",
        (("Years", "PXY"),),
        "years-of-neglect-after-a-sentence",
    ),
    (
        "Months of the year are named after gods.",
        "2016-06-07",
        (("the year", "2016"),),
        "months-of-the-year-is-no-length",
    ),
    # "until" opening a sentence looks ahead from the clause's time, which a past perfect
    # after the day puts in the past
    (
        "Until that day in April, Mr. Clarke, 61, had never been in a coal mine.",
        "2016-10-02",
        (("that day", "2016-04-XX"), ("April", "2016-04")),
        "until-that-day-in-april-had-never",
    ),
    (
        "Until that day in April, he will stay at home.",
        "2016-10-02",
        (("that day", "2017-04-XX"), ("April", "2017-04")),
        "until-that-day-in-april-will",
    ),
    # a day of a later event of the story ("a press conference Tuesday") in a sentence about
    # the incident is not the incident's day
    (
        (
            "Police released new details about Sunday's mass shooting during a press conference"
            " Tuesday. The gunman stayed there the day before the shooting."
        ),
        "2016-05-31",  # a Tuesday
        (("Sunday", "2016-05-29"), ("Tuesday", "2016-05-31"), ("the day", "2016-05-28")),
        "the-day-before-the-shooting-after-a-press-conference",
    ),
    (
        (
            "The family spoke about Friday's shooting at a vigil Monday. He had left the bar the"
            " night before the shooting."
        ),
        "2016-05-31",
        (("Friday", "2016-05-27"), ("Monday", "2016-05-30"), ("the night", "2016-05-26TNI")),
        "the-night-before-the-shooting-after-a-vigil",
    ),
    # a bare midnight after a small-hours clock time named last opens that day
    (
        (
            "Police arrested a man suspected of shooting into a house shortly after midnight"
            " Saturday. Three men were asked to leave around midnight."
        ),
        "2016-08-15",  # a Monday
        (("midnight Saturday", "2016-08-13T00:00"), ("around midnight", "2016-08-13T00:00")),
        "around-midnight-after-midnight-saturday",
    ),
    (
        "A man was shot Saturday night. He had left the bar around midnight.",
        "2016-08-15",
        (("Saturday night", "2016-08-13TNI"), ("around midnight", "2016-08-13T24:00")),
        "around-midnight-after-saturday-night-ends-it",
    ),
    # a quarter in a story of a game, told twice with its words, and of no business, is a
    # period of play even where its sentence names no game
    (
        (
            "The Patriots won Super Bowl 51. Advertisers paid millions.\n\nKia's 60-second"
            " third-quarter ad promoted its new car. The NFL ran two ads of its own."
        ),
        "2017-02-06",
        (("60-second", "PT60S"),),
        "third-quarter-ad-in-a-super-bowl-story",
    ),
    (
        (
            "The Super Bowl drew 110 million viewers. The network's profits rose in the third"
            " quarter."
        ),
        "2017-02-06",
        (("the third quarter", "2016-Q3"),),
        "a-business-story-keeps-its-quarter",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_44_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("She has visited him about twice a month.", "APPROX"),
        ("It happens roughly once a week.", "APPROX"),
        ("The board met more than three times a year.", "MORE_THAN"),
        ("The board met three times a year.", None),
    ],
)
def test_a_counted_frequency_takes_its_qualifier(text: str, mod: str | None) -> None:
    """
    "about twice a month" is a set, roughly; the qualifier is in its span.
    """
    (found,) = newsevents.find_times(text, reference="2016-06-10")
    assert found.type is newsevents.TimexType.SET
    assert (found.mod.name if found.mod else None) == mod
