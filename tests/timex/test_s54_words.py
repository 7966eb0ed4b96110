"""
Expressions found by the session 54 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a month that is also a surname, right after a given name in running text, is no time
    (
        "The panel was Ann Boyd, Jill June, Mark Hale and Lisa Grant.",
        "2016-02-04",
        (),
        "surname-june-in-list",
    ),
    (
        "His friend Ed June said the car was gone.",
        "2016-02-04",
        (),
        "surname-june-after-given-name",
    ),
    # a police log: each date heading dates the entries below it, the clock times opening
    # them and the weekdays they name (counted back from the heading's day)
    (
        (
            "Greenfield, Feb. 24\n\n9:43 a.m. \u2014 A caller said someone entered his car"
            " early Tuesday.\n\n6:11 p.m. \u2014 A traffic stop led to an arrest.\n\n"
            "Saturday, Feb. 25\n\n1:26 a.m. \u2014 An officer reported a fight."
        ),
        "2017-03-01",
        (
            ("Feb. 24", "2017-02-24"),
            ("9:43 a.m.", "2017-02-24T09:43"),
            ("early Tuesday", "2017-02-21"),
            ("6:11 p.m.", "2017-02-24T18:11"),
            ("Saturday, Feb. 25", "2017-02-25"),
            ("1:26 a.m.", "2017-02-25T01:26"),
        ),
        "police-log-headings",
    ),
    # control: one date line alone is no log; the entry's clock takes the day named before
    (
        (
            "Highlights\n\nFeb. 24\n\nA man was shot early Tuesday.\n\n6:11 p.m. \u2014"
            " Police arrived."
        ),
        "2017-03-01",
        (
            ("Feb. 24", "2017-02-24"),
            ("early Tuesday", "2017-02-28"),
            ("6:11 p.m.", "2017-02-28T18:11"),
        ),
        "one-date-line-no-log",
    ),
    # a day after "since" counts other incidents from it: a clock time of the story's own
    # incident told again after it is on the incident's day; "The shooting was reported
    # around 10:30 a.m. Monday" dates the shooting
    (
        (
            "The shooting was reported around 10:30 a.m. Monday on Faring Road.\n\nThis is"
            " the third shooting involving children since Friday.\n\nA shooting was"
            " reported around 10:30 a.m. on Faring Road."
        ),
        "2015-03-02",
        (
            ("around 10:30 a.m. Monday", "2015-03-02T10:30"),
            ("Friday", "2015-02-27"),
            ("around 10:30 a.m.", "2015-03-02T10:30"),
        ),
        "clock-after-since-day",
    ),
    (
        (
            "Six people were shot at a party early Saturday morning.\n\nEight others were"
            " wounded across the city overnight since about 8 p.m.\n\nPartygoers ran inside"
            " about 1:10 a.m. when a man opened fire."
        ),
        "2014-04-05",
        (
            ("early Saturday morning", "2014-04-05TMO"),
            ("overnight", "2014-04-04TNI"),
            ("about 8 p.m.", "2014-04-04T20:00"),
            ("about 1:10 a.m.", "2014-04-05T01:10"),
        ),
        "clock-after-since-clock",
    ),
    # control: a day named plainly before a clock time still dates it
    (
        ("The boy was shot Monday.\n\nHe had been missing on Friday.\n\nHe was seen at 6 p.m."),
        "2015-03-02",
        (("Monday", "2015-03-02"), ("Friday", "2015-02-27"), ("6 p.m.", "2015-02-27T18:00")),
        "clock-after-plain-day",
    ),
    # a sentence that names the incident's day with its noun, then a later day of another
    # event: the incident is the first ("the night of the shooting" is Tuesday's)
    (
        (
            "Police are searching for the shooter in a drive-by shooting from Tuesday night"
            " after they found another body in a ditch Wednesday afternoon.\n\nThe rain the"
            " night of the shooting hid the body."
        ),
        "2015-11-05",
        (
            ("Tuesday night", "2015-11-03TNI"),
            ("Wednesday afternoon", "2015-11-04TAF"),
            ("the night", "2015-11-03TNI"),
        ),
        "incident-day-with-its-noun",
    ),
    # control: the later day written with an incident's noun too is the later incident
    (
        (
            "Police tied a shooting on Tuesday night to a stabbing Wednesday afternoon.\n\n"
            "The rain the night of the stabbing hid the knife."
        ),
        "2015-11-05",
        (
            ("Tuesday night", "2015-11-03TNI"),
            ("Wednesday afternoon", "2015-11-04TAF"),
            ("the night", "2015-11-04TNI"),
        ),
        "later-day-with-its-noun",
    ),
    # "over the next decade", "during the past decade": the ten years from or to now
    (
        "The tax plan would raise $1.1 trillion over the next decade.",
        "2016-06-15",
        (("the next decade", "P10Y"),),
        "over-the-next-decade",
    ),
    (
        "The party has been divided on foreign policy during the past decade or so.",
        "2015-12-24",
        (("the past decade or so", "P10Y"),),
        "during-the-past-decade",
    ),
    # controls: "in the last decade" and a decade opening its sentence stay the decade
    (
        "Workers lost ground to inflation in the last decade.",
        "2016-06-15",
        (("the last decade", "200"),),
        "in-the-last-decade",
    ),
    (
        "The past decade was the warmest on record.",
        "2016-06-15",
        (("The past decade", "200"),),
        "the-past-decade-subject",
    ),
    # a day closing a range opened by a date with its year takes that year (the next one
    # across New Year), with or without a reference
    (
        "He rented the truck from April 14, 1995, until April 17, when he drove it away.",
        "2016-01-01",
        (("April 14, 1995", "1995-04-14"), ("April 17", "1995-04-17")),
        "range-closing-day-takes-year",
    ),
    (
        "He rented the truck from April 14, 1995, until April 17, when he drove it away.",
        None,
        (("April 14, 1995", "1995-04-14"), ("April 17", "1995-04-17")),
        "range-closing-day-takes-year-no-reference",
    ),
    (
        "Prices were frozen between Dec. 28, 2014 and Jan. 3.",
        "2016-01-01",
        (("Dec. 28, 2014", "2014-12-28"), ("Jan. 3", "2015-01-03")),
        "range-closing-day-next-year",
    ),
    # control: a range opened by a date without a year leaves both to the reference
    (
        "Prices were frozen from Dec. 28 until Jan. 3.",
        "2016-02-01",
        (("Dec. 28", "2015-12-28"), ("Jan. 3", "2016-01-03")),
        "range-without-year",
    ),
    # "to" closing a clock range is no deadline: the date after it goes by its sentence
    (
        (
            "The double murder prompted a vigil, which was hosted from 10 a.m. to 2 p.m. on"
            " May 18 at the center."
        ),
        "2017-01-28",
        (("10 a.m.", "2016-05-18T10:00"), ("2 p.m. on May 18", "2016-05-18T14:00")),
        "clock-range-end-no-deadline",
    ),
    # control: "to" after a verb of moving still looks ahead
    (
        "The hearing was moved to 2 p.m. on May 18.",
        "2017-01-28",
        (("2 p.m. on May 18", "2017-05-18T14:00"),),
        "moved-to-clock-ahead",
    ),
    # "not so long ago" is one vague reference, as "not that long ago" is (and "five, maybe
    # six years" a range, counted from its first number since session 61)
    (
        "Not so long ago, five, maybe six years, the paper was thriving.",
        "2016-04-18",
        (("Not so long ago", "PAST_REF"), ("five, maybe six years", "P5Y")),
        "not-so-long-ago",
    ),
    # with no reference, a clock time and the day after it are still one time
    (
        "At around midnight last night, a bomb exploded.",
        None,
        (("around midnight last night", "XXXX-XX-XXT24:00"),),
        "clock-and-day-no-reference",
    ),
    (
        "He left at 10 p.m. the previous day.",
        None,
        (("10 p.m. the previous day", "XXXX-XX-XXT22:00"),),
        "clock-and-anaphoric-day-no-reference",
    ),
    # "the" before a bare day and month is its noun's ("the 7 July final"), as it is before
    # "the July 7 deadline"; with an ordinal or "of" it is the date's ("the 4th of July")
    (
        "They won the 7 July final and marked the 4th of July.",
        "2016-07-20",
        (("7 July", "2016-07-07"), ("the 4th of July", "2016-07-04")),
        "the-before-day-month",
    ),
    # a scraped page that lost the space after a year: the year still closes its date
    (
        "Published 17 January 2018The republic was hit in the 1990sWhen rebels came.",
        "2018-02-01",
        (("17 January 2018", "2018-01-17"), ("the 1990s", "199")),
        "year-glued-to-next-sentence",
    ),
    (
        "Where to ring in 2017It's time to decide.",
        "2016-12-20",
        (("2017", "2017"),),
        "bare-year-glued",
    ),
    # controls: a year before an ordinal or a lower-case letter is no year
    (
        "Police responded to the 1300th block of North Erie and room 2017b.",
        "2016-12-20",
        (),
        "no-year-before-letters",
    ),
    # "Today," opening a sentence set against a time long gone in the sentence before it:
    # nowadays
    (
        (
            "The town was a 7th-century stop for Silk Road merchants. Today, the state press"
            " calls it a pearl."
        ),
        "2015-12-28",
        (("7th-century", "06"), ("Today", "PRESENT_REF")),
        "today-after-long-ago-sentence",
    ),
    # controls: a day's past verb after it, or a near time before it: the day
    (
        "The city was founded centuries ago. Today, the mayor announced a plan.",
        "2015-12-28",
        (("centuries ago", "PAST_REF"), ("Today", "2015-12-28")),
        "today-after-long-ago-past-verb",
    ),
    (
        "Two days ago he left. Today, he signs the deal.",
        "2015-12-28",
        (("Two days ago", "2015-12-26"), ("Today", "2015-12-28")),
        "today-after-near-time",
    ),
    # "in previous years", "in prior years", "in earlier decades": some time gone, as "in
    # past years" is
    (
        "The split looks less lopsided than in previous years, and in prior years it grew.",
        "2016-02-05",
        (("previous years", "PAST_REF"), ("prior years", "PAST_REF")),
        "in-previous-years",
    ),
    # control: "the previous years of his life" is a stretch of them
    (
        "He spent the previous years of his life abroad.",
        "2016-02-05",
        (("the previous years", "PXY"),),
        "the-previous-years-of",
    ),
    # "that day in April" is a day of the April named after it, not of the year before it
    (
        "The company went bankrupt in 2015. On that day in April, miners gathered.",
        "2016-10-02",
        (("2015", "2015"), ("that day", "2016-04-XX"), ("April", "2016-04")),
        "that-day-in-april",
    ),
    # control: "that day in court" keeps the day named before
    (
        "He was shot on May 5. That day in court he wept.",
        "2016-10-02",
        (("May 5", "2016-05-05"), ("That day", "2016-05-05")),
        "that-day-in-court",
    ),
    # "a typical Sunday", "any Sunday" in a sentence not in the past: some Sunday
    (
        "On a typical Sunday, the church draws 200 people, and any Monday is quiet.",
        "2014-04-21",
        (("Sunday", "XXXX-WXX-7"), ("Monday", "XXXX-WXX-1")),
        "typical-sunday",
    ),
    # control: a past sentence tells of one Sunday
    (
        "It was a typical Sunday until the shots rang out.",
        "2014-04-21",
        (("Sunday", "2014-04-20"),),
        "typical-sunday-past",
    ),
    # a live blog told newest first: a small-hours heading above an evening's is past
    # midnight, the day after the reference
    (
        "The Latest on the primary:\n\n12:05 a.m.\n\nShe held a rally.\n\n10:30 p.m.\n\nHe won.",
        "2016-02-20",
        (("12:05 a.m.", "2016-02-21T00:05"), ("10:30 p.m.", "2016-02-20T22:30")),
        "blog-heading-past-midnight",
    ),
    # control: above a morning's heading it stays the reference day's
    (
        "The Latest:\n\n12:05 a.m.\n\nShe spoke.\n\n11:40 a.m.\n\nHe won.",
        "2016-07-18",
        (("12:05 a.m.", "2016-07-18T00:05"), ("11:40 a.m.", "2016-07-18T11:40")),
        "blog-heading-above-morning",
    ),
    # "many, many years (ago)": the quantifier said again is the expression's
    (
        "It happened a long time ago, many, many years ago, after many many decades.",
        "2016-09-10",
        (
            ("a long time ago", "PAST_REF"),
            ("many, many years ago", "PAST_REF"),
            ("many many decades", "PXY"),
        ),
        "many-many-years",
    ),
    # a holiday's weekend weeks ahead, in a sentence not in the past: the coming one
    (
        "And on Labor Day weekend, some are appealing to college students to stay at school.",
        "2016-09-01",
        (("Labor Day weekend", "2016-W35-WE"),),
        "holiday-weekend-ahead-present",
    ),
    # control: in the past, the one gone
    (
        "He spent Labor Day weekend in Rome.",
        "2016-09-01",
        (("Labor Day weekend", "2015-W36-WE"),),
        "holiday-weekend-past",
    ),
    # controls: a word opening the sentence, a weekday or a holiday before the month
    (
        "He left. Around June, the talks resumed.",
        "2016-02-04",
        (("Around June", "2015-06"),),
        "sentence-opening-word-before-month",
    ),
    (
        "Polls opened Tuesday June and closed early.",
        "2016-02-04",
        (("Tuesday", "2016-02-02"), ("June", "2015-06")),
        "weekday-before-month",
    ),
    (
        "They met on Memorial Day June and left.",
        "2016-02-04",
        (("Memorial Day", "2015-05-25"), ("June", "2015-06")),
        "holiday-before-month",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_54_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
