"""
Expressions found by the session 57 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # "and" joins number words only after "hundred", "thousand" or "million": "five and
    # six" are two numbers, a range, not eleven
    (
        "It took between five and six years.",
        "2016-09-12",
        (("five and six years", "P5Y"),),
        "range-with-and-is-no-sum",
    ),
    (
        "It took one hundred and five years.",
        "2016-09-12",
        (("one hundred and five years", "P105Y"),),
        "and-after-hundred-joins",
    ),
    (
        "It happened between twenty and thirty years ago.",
        "2016-09-12",
        (("twenty and thirty years ago", "1996"),),
        "range-with-and-ago-counts-the-first",
    ),
    (
        "He served two terms and three years ago he left.",
        "2016-09-12",
        (("three years ago", "2013"),),
        "and-outside-between-is-no-range",
    ),
    # a year spelled out is no count of people
    ("Two thousand people marched.", "2016-09-12", (), "two-thousand-people"),
    ("Some two thousand and five hundred soldiers came.", "2016-09-12", (), "spelled-count"),
    ("Nineteen hundred troops landed.", "2016-09-12", (), "nineteen-hundred-troops"),
    (
        "The law passed in two thousand and five.",
        "2016-09-12",
        (("two thousand and five", "2005"),),
        "spelled-year-after-in",
    ),
    (
        "Nothing was built by the year two thousand.",
        "2016-09-12",
        (("the year two thousand", "2000"),),
        "the-year-two-thousand",
    ),
    # a day the story named with its year, named again under an infinitive a past verb
    # governs, is the same day; a day said to come is not
    (
        "After the Sept. 11 attacks we changed. He called us to offer help after Sept.11.",
        "2016-03-18",
        (("Sept. 11", "2001-09-11"), ("Sept.11", "2001-09-11")),
        "day-named-again-in-a-past-infinitive",
    ),
    (
        "After the Dec. 2, 2015, attack we changed. They wanted to rebuild after Dec. 2.",
        "2016-03-18",
        (("Dec. 2, 2015", "2015-12-02"), ("Dec. 2", "2015-12-02")),
        "wanted-to-after-a-day-named-again",
    ),
    (
        "After the Dec. 2, 2015, attack we changed. The city is scheduled to mark Dec. 2.",
        "2016-03-18",
        (("Dec. 2, 2015", "2015-12-02"), ("Dec. 2", "2016-12-02")),
        "scheduled-to-mark-a-day-ahead",
    ),
    # spans
    (
        "It is a risk our officers take each and every day.",
        "2016-03-18",
        (("each and every day", "P1D"),),
        "each-and-every-day",
    ),
    ("each and every one of them", "2016-03-18", (), "each-and-every-one"),
    (
        "Sales fell over the most recent five years.",
        "2016-03-18",
        (("the most recent five years", "P5Y"),),
        "the-most-recent-five-years",
    ),
    # a weekday a patient's condition is reported on is no day the story goes on from
    (
        (
            "The attack began around 2 a.m. Sunday. Six remained in critical condition Tuesday."
            " The 911 calls came around 2:20 a.m."
        ),
        "2016-06-14",
        (
            ("around 2 a.m. Sunday", "2016-06-12T02:00"),
            ("Tuesday", "2016-06-14"),
            ("around 2:20 a.m.", "2016-06-12T02:20"),
        ),
        "condition-day-keeps-the-story-day",
    ),
    (
        (
            "A girl was hospitalized in critical condition Sunday after being shot, police said"
            " Monday. Police were called around 6:45 p.m."
        ),
        "2016-04-11",
        (
            ("Sunday", "2016-04-10"),
            ("Monday", "2016-04-11"),
            ("around 6:45 p.m.", "2016-04-10T18:45"),
        ),
        "hospitalized-in-condition-is-the-day-of-the-shooting",
    ),
    # a day of report modifying its noun ("a Sept. 15 press conference") is no night or
    # incident of the story
    (
        (
            "The shooting was on Aug. 29, and 70 shots were fired that night. At a Sept. 15 press"
            " conference, police said two gangs were responsible for the shooting. He had borrowed"
            " a car that night and was arrested 19 days after the shooting."
        ),
        "2015-10-14",
        (
            ("Aug. 29", "2015-08-29"),
            ("that night", "2015-08-29TNI"),
            ("Sept. 15", "2015-09-15"),
            ("that night", "2015-08-29TNI"),
            ("19 days", "2015-09-17"),
        ),
        "press-conference-day-is-no-incident-day",
    ),
    # vague lengths: a count of hundreds or thousands of a unit
    (
        "The country has spent hundreds of years fighting it.",
        "2016-09-12",
        (("years", "PXY"),),
        "hundreds-of-years",
    ),
    (
        "It is based on hundreds of hours spent with experts.",
        "2016-09-12",
        (("hours", "PTXH"),),
        "hundreds-of-hours",
    ),
    ("Hundreds of days-old cases wait.", "2016-09-12", (), "hundreds-of-an-age"),
    # "of past years" is the past, as "in past years" is
    (
        "They miss the prosperity of past years.",
        "2016-09-12",
        (("past years", "PAST_REF"),),
        "of-past-years",
    ),
    # "As the day went on" is the day the story is on
    (
        "Trump spoke Tuesday. As the day went on, he grew angry.",
        "2016-03-30",
        (("Tuesday", "2016-03-29"), ("the day", "2016-03-29")),
        "as-the-day-went-on",
    ),
    ("It was such as the day he left.", "2016-03-30", (), "as-the-day-without-going-on"),
    # two spelled numbers in a row before "years ago": one date, from the first, about
    (
        "It dropped by the wayside probably three, four years ago, maybe.",
        "2016-04-22",
        (("three, four years ago", "2013"),),
        "comma-range-ago",
    ),
    (
        "In 2012, four years ago, he won.",
        "2016-04-22",
        (("2012", "2012"), ("four years ago", "2012")),
        "year-then-comma-ago",
    ),
    # "the next year" in a sentence looking ahead counts from now when the time named last
    # is long gone; told of the past, it counts from that time
    (
        "In 1939 the ship was turned away. Today 10,000 are expected over the next year.",
        "2015-11-17",
        (("1939", "1939"), ("Today", "2015-11-17"), ("the next year", "2016")),
        "the-next-year-looking-ahead",
    ),
    (
        "In 1939 the ship was turned away. The next year, the war began.",
        "2015-11-17",
        (("1939", "1939"), ("The next year", "1940")),
        "the-next-year-told-of-the-past",
    ),
    # a dateline's day after the page's date is the story's day; an agency's name in
    # brackets closes a dateline
    (
        "NEW YORK, Dec. 14 (UPI) -- In a poll released Monday, Trump led.",
        "2015-12-13",
        (("Dec. 14", "2015-12-14"), ("Monday", "2015-12-14")),
        "agency-dateline-after-the-page-date",
    ),
    (
        "INDIANAPOLIS, Ind. (Dec. 14, 2015) - In a poll released Monday, Trump led.",
        "2015-12-13",
        (("Dec. 14, 2015", "2015-12-14"), ("Monday", "2015-12-14")),
        "dateline-after-the-page-date",
    ),
    (
        "WASHINGTON, Dec. 10 (Reuters) - The poll released Monday showed Trump ahead.",
        "2015-12-13",
        (("Dec. 10", "2015-12-10"), ("Monday", "2015-12-07")),
        "dateline-before-the-page-date-is-the-first-filing",
    ),
    # gunfire is an incident, as a shooting is
    (
        "A window was blown out by weekend gunfire at the store.",
        "2015-11-23",
        (("weekend", "2015-W47-WE"),),
        "weekend-gunfire",
    ),
    # "future" before a noun is the future still, as AQUAINT tags "to meet [future] medical
    # disasters"
    (
        "It is up to him to decide the future course of his campaign.",
        "2016-04-21",
        (("the future", "FUTURE_REF"),),
        "the-future-course-of",
    ),
    (
        "The future of the party is bright.",
        "2016-04-21",
        (("The future", "FUTURE_REF"),),
        "the-future-of",
    ),
    # a curfew's hours with no day between are a rule over nights
    (
        "A curfew was announced from midnight to 6 a.m.",
        "2016-09-25",
        (("midnight", "XXXX-XX-XXT24:00"), ("6 a.m.", "XXXX-XX-XXT06:00")),
        "curfew-hours-on-no-day",
    ),
    (
        "They imposed a curfew Tuesday from 8 p.m. to 6 a.m.",
        "2016-09-25",
        (("Tuesday", "2016-09-20"), ("8 p.m.", "2016-09-20T20:00"), ("6 a.m.", "2016-09-21T06:00")),
        "curfew-with-its-day",
    ),
    # with no reference, "the morning" after a day of no year is that day's morning
    (
        "On January 11, the girl disappeared in the morning on the way to school.",
        None,
        (("January 11", "XXXX-01-11"), ("the morning", "XXXX-01-11TMO")),
        "no-reference-morning-of-a-month-day",
    ),
    (
        "On Wednesday, she left. That night she came back.",
        None,
        (("Wednesday", "XXXX-WXX-3"), ("That night", "XXXX-WXX-3TNI")),
        "no-reference-night-of-a-weekday",
    ),
    ("She left in the morning.", None, (("the morning", "XXXX-XX-XXTMO"),), "no-reference-morning"),
    # "fall" after a relative "that" and before "into", "short", "behind" is a verb
    (
        "We must stop the guns that fall into the hands of criminals.",
        "2016-01-05",
        (),
        "that-fall-into",
    ),
    (
        "In 2014 he lost. That fall, he ran for office.",
        "2016-01-05",
        (("2014", "2014"), ("That fall", "2014-FA")),
        "that-fall-the-season",
    ),
    # "a long hot summer"
    (
        "They face a long hot summer and fall.",
        None,
        (("a long hot summer", "XXXX-SU"), ("fall", "XXXX-FA")),
        "a-long-hot-summer",
    ),
    # "Overnight" opening a sentence that names its night later is that night
    (
        "Overnight, there were two shootings at block parties on Sunday night.",
        "2015-06-28",
        (("Overnight", "2015-06-28TNI"), ("Sunday night", "2015-06-28TNI")),
        "overnight-names-its-night-later",
    ),
    (
        "The overnight shootings follow a fatal shooting on Sunday night.",
        "2015-06-30",
        (("overnight", "2015-06-29TNI"), ("Sunday night", "2015-06-28TNI")),
        "overnight-before-another-night",
    ),
    # a headline's present tells of a shooting gone: the month next to its event is past
    (
        "He dies after shooting at dice game in October",
        "2016-12-20",
        (("October", "2016-10"),),
        "headline-event-month-of-a-shooting",
    ),
    (
        "The convention in October will be big.",
        "2016-12-20",
        (("October", "2017-10"),),
        "event-month-ahead",
    ),
    # with no reference, "Overnight" after a weekday is the night before it
    (
        "Police were called Friday. Overnight, officers searched the house.",
        None,
        (("Friday", "XXXX-WXX-5"), ("Overnight", "XXXX-WXX-4TNI")),
        "no-reference-overnight-before-a-weekday",
    ),
    # "the long term" before a noun it qualifies is no time
    ("He was sent to the long term sentence zone.", "2016-12-20", (), "long-term-sentence"),
    (
        "In the long term, prices rise.",
        "2016-12-20",
        (("the long term", "FUTURE_REF"),),
        "in-the-long-term",
    ),
    # a year inside a host committee's name is no time
    ("The Cleveland 2016 Host Committee raised money.", "2016-06-07", (), "host-committee-name"),
    ("The 2016 Committee, a super PAC, spent money.", "2016-01-29", (), "the-year-committee-name"),
    # how far along a pregnancy is, no length
    (
        "Abortions after around 22 weeks of pregnancy are banned.",
        "2016-02-07",
        (),
        "weeks-of-pregnancy",
    ),
    ("She is 20 weeks into her pregnancy.", "2016-02-07", (), "weeks-into-her-pregnancy"),
    # "in future" before a noun or after a modal is the future
    (
        "They face new hurdles in future employment.",
        "2016-07-05",
        (("future", "FUTURE_REF"),),
        "in-future-employment",
    ),
    (
        "Drones could in future be used by terrorists.",
        "2016-07-05",
        (("future", "FUTURE_REF"),),
        "could-in-future",
    ),
    # bare units: "could last centuries", "It felt like hours"
    (
        "The damage could last centuries.",
        "2016-07-05",
        (("centuries", "PXY"),),
        "could-last-centuries",
    ),
    ("It felt like hours.", "2016-07-05", (("hours", "PTXH"),), "felt-like-hours"),
    # a weekend with a superlative or an adjective of a hard time
    (
        "It was the deadliest weekend of the year.",
        "2016-07-05",
        (("the deadliest weekend", "2016-W26-WE"), ("the year", "2016")),
        "the-deadliest-weekend",
    ),
    (
        "It was a tough weekend for the city.",
        "2016-07-05",
        (("a tough weekend", "2016-W26-WE"),),
        "a-tough-weekend",
    ),
    # two holidays before "weekends" are both weekends
    (
        "It was worse than the Father's Day and Labor Day weekends.",
        "2016-10-25",
        (("Father's Day", "2016-W24-WE"), ("Labor Day weekends", "2016-W35-WE")),
        "two-holiday-weekends",
    ),
    (
        "Between Christmas and New Year's Day, he rested.",
        "2016-10-25",
        (("Christmas", "2015-12-25"), ("New Year's Day", "2016-01-01")),
        "two-holidays-no-weekend",
    ),
    # "day after day", "week after week": a recurrence; "the day after day two" is not
    ("They fought day after day.", "2016-07-05", (("day after day", "P1D"),), "day-after-day"),
    (
        "Oz may hit ratings gold week after week.",
        "2016-07-05",
        (("week after week", "P1W"),),
        "week-after-week",
    ),
    ("It ended the day after day two.", "2016-07-05", (), "the-day-after-day-two"),
    # "a" before a unit in the plural counts nothing ("now a days", nowadays misspelt)
    (
        "Kids now a days have it hard.",
        "2016-07-05",
        (("now", "PRESENT_REF"),),
        "now-a-days",
    ),
    # a count from a season named ahead in passing, told in the past, is from the last day
    # gone named
    (
        (
            "He was shot on March 18. He was planning on attending the school in the fall, but"
            " died exactly one week later."
        ),
        "2017-03-27",
        (("March 18", "2017-03-18"), ("the fall", "2017-FA"), ("one week later", "2017-03-25")),
        "later-from-a-day-gone-not-a-season-ahead",
    ),
    # a decade written apart from its "'s" (text split into tokens)
    ("It began in the 1980 ’s when he left.", None, (("the 1980 ’s", "198"),), "spaced-decade"),
    # a vague count of times a unit
    (
        "He called multiple times per day.",
        "2016-07-05",
        (("multiple times per day", "P1D"),),
        "multiple-times-per-day",
    ),
    (
        "He was shot several times a block away.",
        "2016-07-05",
        (),
        "several-times-a-block",
    ),
    # "in future" before a unit leaves it to "future quarters", one expression (TimeBank)
    (
        "Profits may rise in future quarters.",
        "1989-10-30",
        (("future quarters", "FUTURE_REF"),),
        "in-future-quarters",
    ),
    # "until" after a past perfect span is a month gone; a plan before it looks ahead
    (
        "He had been paying the bills until May.",
        "2016-08-23",
        (("May", "2016-05"),),
        "had-been-until",
    ),
    (
        "He had been planning to stay until May, but will now stay longer.",
        "2016-08-23",
        (("May", "2017-05"), ("now", "PRESENT_REF")),
        "had-been-planning-to-until",
    ),
    # "The longer the night went on", "As the night wore on": the story's night
    (
        "Trump debated Monday. The longer the night went on, the worse he did.",
        "2016-09-29",
        (("Monday", "2016-09-26"), ("the night", "2016-09-26TNI")),
        "the-longer-the-night-went-on",
    ),
    # "for quite some time" is some time, as "for some time" is
    (
        "They have been friends for quite some time.",
        "2016-07-05",
        (("some time", "PXX"),),
        "for-quite-some-time",
    ),
    # "the foreseeable future" stays untagged, as TimeBank leaves it twice
    ("They will stay for the foreseeable future.", "2016-07-05", (), "the-foreseeable-future"),
    # "A short time later", "Some time later": some length, as "hours later" is
    (
        "A short time later, police arrived.",
        "2016-07-05",
        (("A short time", "PXX"),),
        "a-short-time-later",
    ),
    ("Some time later, police arrived.", "2016-07-05", (("Some time", "PXX"),), "some-time-later"),
    ("He left some time ago.", "2016-07-05", (("some time ago", "PAST_REF"),), "some-time-ago"),
    # a clock time in a hypothesis is on no day
    (
        "If I had a 16-year-old out at 3 in the morning, I would be on the phone.",
        "2016-05-05",
        (("3 in the morning", "XXXX-XX-XXT03:00"),),
        "hypothetical-clock-time",
    ),
    (
        "He was shot at 3 a.m., police said.",
        "2016-05-05",
        (("3 a.m.", "2016-05-05T03:00"),),
        "clock-time-told",
    ),
    # a plural unit after "on the heels of", "in the wake of" is some length; "just hours
    # apart" stays untagged, as AQUAINT leaves "only minutes apart"
    (
        "It came on the heels of months of national turmoil.",
        "2016-07-05",
        (("months", "PXM"),),
        "heels-of-months-of",
    ),
    ("They were killed just hours apart.", "2016-07-05", (), "hours-apart"),
    # a season before a noun it sorts ("the winter storm") is no time
    ("Schools closed because of the winter storm.", "2014-02-20", (), "the-winter-storm"),
    ("The summer heat wave killed dozens.", "2014-02-20", (), "the-summer-heat-wave"),
    (
        "Storms hit through the winter, officials said.",
        "2014-02-20",
        (("the winter", "2013-WI"),),
        "through-the-winter",
    ),
    # a meeting called for a weekday is one to come
    (
        "The mayor called a special meeting for Monday night.",
        "2014-02-20",
        (("Monday night", "2014-02-24TNI"),),
        "meeting-called-for-monday",
    ),
    (
        "They prayed for Monday's victims.",
        "2014-02-20",
        (("Monday", "2014-02-17"),),
        "prayed-for-monday",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_57_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
