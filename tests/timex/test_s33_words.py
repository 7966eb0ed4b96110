"""
Expressions found by the session 33 audits of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

REF = "2016-05-04"  # a Wednesday

WORDS: list[Case] = [
    # "the fall" and "the spring" as things, not seasons
    ("He noticed the spring malfunctioned.", REF, (), "the-spring-of-a-gun"),
    ("He died after the fall from the roof.", REF, (), "the-fall-from-a-roof"),
    ("He survived the fall, police said.", REF, (), "survived-the-fall"),
    ("The baby had recovered from the fall.", REF, (), "recovered-from-the-fall"),
    ("The fall killed him.", REF, (), "the-fall-before-a-past-verb"),
    (
        "From the spring to the fall, he ran.",
        REF,
        (("the spring", "2016-SP"), ("the fall", "2016-FA")),
        "from-the-spring-to-the-fall-seasons",
    ),
    ("He will start school in the fall.", REF, (("the fall", "2016-FA"),), "in-the-fall"),
    # radio stations
    ("Welcome to 1210 AM, the talk station.", REF, (), "a-station-frequency"),
    ("In 1990 AMC was founded.", REF, (("1990", "1990"),), "a-year-before-a-capital-word"),
    # "prior to" an incident
    (
        "He was seen just days prior to the shooting.",
        REF,
        (("days", "PXD"),),
        "days-prior-to-the-shooting",
    ),
    (
        "On Monday a man was shot. He bought the gun two days prior to the shooting.",
        REF,
        (("Monday", "2016-05-02"), ("two days", "2016-04-30")),
        "two-days-prior-to-the-shooting-dated",
    ),
    # the end of the month
    ("The bill must pass by month's end.", REF, (("month's end", "2016-05"),), "by-months-end"),
    (
        "Sales have risen since month-end.",
        REF,
        (("month-end", "2016-04-30"),),
        "since-month-end-the-closing-day",
    ),
    # kinds of thing, not lengths
    ("He worked a night job at the plant.", REF, (), "a-night-job"),
    ("She took a night class.", REF, (), "a-night-class"),
    ("Some left at the 7 minute mark of the video.", REF, (), "the-minute-mark"),
    (
        "The inquiry is nearing the two-year mark.",
        REF,
        (("two-year", "P2Y"),),
        "the-two-year-mark-of-an-inquiry-is-a-length",
    ),
    (
        "He ate tacos on Cinco de Mayo, a day on which Americans celebrate.",
        REF,
        (("Cinco de Mayo", "2016-05-05"),),
        "a-day-on-which",
    ),
    # "the last year of", "the latest year for which"
    (
        "In 2014 there were 12 deaths, the last year of reported statistics.",
        REF,
        (("2014", "2014"),),
        "the-last-year-of-statistics",
    ),
    (
        "In 2013, the latest year for which data is available, 12 died.",
        REF,
        (("2013", "2013"),),
        "the-latest-year-for-which",
    ),
    ("Sales rose over the last year.", REF, (("the last year", "2015"),), "the-last-year-control"),
    (
        "Sales fell in the last quarter of the year.",
        REF,
        (("the last quarter of the year", "2015-Q4"),),
        "the-last-quarter-of-the-year-is-the-fourth",
    ),
    (
        "Sales fell in the last quarter.",
        REF,
        (("the last quarter", "2016-Q1"),),
        "the-last-quarter-is-the-one-before",
    ),
    # model years, election day, counts with "a", possessives, ages, nowadays
    ("Police seek a 2015 or newer, maroon, Chevy Tahoe.", REF, (), "a-model-year-or-newer"),
    (
        "In 2015 or later, prices will change.",
        REF,
        (("2015 or later", "2015"),),
        "a-year-or-later-control",
    ),
    (
        "Voters can register on election day.",
        REF,
        (("election day", "2016-11-08"),),
        "election-day-in-lower-case",
    ),
    ("The election day rush was huge.", REF, (), "election-day-as-a-modifier"),
    (
        "He has served nearly a quarter-century.",
        REF,
        (("nearly a quarter-century", "P25Y"),),
        "nearly-a-quarter-century-whole",
    ),
    (
        "The 30-day period ended.",
        REF,
        (("30-day", "P30D"),),
        "the-30-day-period-adjective-control",
    ),
    ("In his last year in office, Bush signed it.", REF, (), "his-last-year-in-office"),
    (
        "Reporters called her last week.",
        REF,
        (("last week", "2016-W17"),),
        "her-as-an-object-before-last-week",
    ),
    ("The girls were between one week and three months old.", REF, (), "an-age-range-first-end"),
    ("The sewers are up to a century or more old.", REF, (), "an-age-or-more-old"),
    (
        "He waited two weeks and then left old friends.",
        REF,
        (("two weeks", "P2W"),),
        "old-further-on-is-no-age",
    ),
    (
        "It is just the world we live in today.",
        REF,
        (("today", "PRESENT_REF"),),
        "the-world-we-live-in-today",
    ),
    # rates, "the year since", "everyday"
    ("There is about one shooting a month here.", REF, (), "one-shooting-a-month-a-rate"),
    ("He spent a month there.", REF, (("a month", "P1M"),), "spent-a-month-control"),
    (
        "Violence has grown in the year since the killing.",
        REF,
        (("the year", "P1Y"),),
        "the-year-since-a-length",
    ),
    ("In the month since, he has changed.", REF, (("the month", "P1M"),), "the-month-since-comma"),
    ("I talked to my dad everyday, she said.", REF, (("everyday", "P1D"),), "everyday-adverb"),
    ("It is part of everyday life.", REF, (), "everyday-adjective"),
    # adjectives inside a count, phases, "as recently as"
    (
        "He spent two sleepless nights there.",
        REF,
        (("two sleepless nights", "P2D"),),
        "two-sleepless-nights",
    ),
    (
        "After several sleepy months, the race woke up.",
        REF,
        (("several sleepy months", "PXM"),),
        "several-sleepy-months",
    ),
    ("He lived three short years.", REF, (("three short years", "P3Y"),), "three-short-years"),
    ("It was a hard day.", REF, (), "a-hard-day-no-count"),
    ("In later years he moved.", REF, (("later years", "PXY"),), "later-years"),
    (
        "He scored in the closing seconds.",
        REF,
        (("the closing seconds", "PTXS"),),
        "the-closing-seconds",
    ),
    ("In her days as secretary she traveled.", REF, (("her days", "PXD"),), "her-days-as"),
    (
        "It happened as recently as February of last year.",
        REF,
        (("February of last year", "2015-02"),),
        "as-recently-as-no-time-of-its-own",
    ),
    (
        "She worked there, most recently as senior adviser.",
        REF,
        (("recently", "PAST_REF"),),
        "most-recently-as-control",
    ),
    # a future auxiliary beyond the tense cue's usual reach
    (
        (
            "Independent voters in the state won't by themselves determine winners and losers"
            " in the state's first-in-the-nation primary Tuesday."
        ),
        "2016-02-05",
        (("Tuesday", "2016-02-09"),),
        "a-far-wont-governs-the-weekday",
    ),
    (
        (
            "Output will expand by a tepid 1.6 percent, more than half a percentage point less"
            " than forecast in July."
        ),
        "2016-10-05",
        (("July", "2016-07"),),
        "a-far-will-across-a-comma-does-not",
    ),
    # "Now is the time"
    (
        '"Now is the time for the community to come together," he said.',
        REF,
        (("Now", "PRESENT_REF"),),
        "now-is-the-time",
    ),
    ("Hawaii News Now is not identifying the teen.", REF, (), "a-station-now-is"),
    # a possessor's future, house numbers, model years, weather adjectives
    (
        "It would take the decision about Elian's future away from the agency.",
        REF,
        (("future", "FUTURE_REF"),),
        "a-possessors-future",
    ),
    ("Our future is bright.", REF, (("future", "FUTURE_REF"),), "our-future-is"),
    ("It could hurt the company's future earning power.", REF, (), "future-as-an-adjective"),
    ("Officers responded to 1503 Lake Grove.", REF, (), "responded-to-a-house-number"),
    ("He was shot in front of 1861 Corning.", REF, (), "in-front-of-a-house-number"),
    (
        "Prices returned to 1990 levels.",
        REF,
        (("1990", "1990"),),
        "returned-to-a-year-control",
    ),
    ("They bought a 2000 model Chevrolet Impala.", REF, (), "a-model-year-before-model"),
    ("It was three cold months.", REF, (("three cold months", "P3M"),), "three-cold-months"),
    # a clock time and a part of a day after it
    (
        "Police responded on Oct. 14. He was shot around 10 p.m. the previous evening.",
        "2015-10-15",
        (
            ("Oct. 14", "2015-10-14"),
            ("around 10 p.m. the previous evening", "2015-10-13T22:00"),
        ),
        "a-clock-time-the-previous-evening",
    ),
    (
        "Police responded on Oct. 14. He was seen at 9 a.m. the previous evening.",
        "2015-10-15",
        (
            ("Oct. 14", "2015-10-14"),
            ("9 a.m.", "2015-10-14T09:00"),
            ("the previous evening", "2015-10-13TEV"),
        ),
        "a-morning-hour-is-no-evenings",
    ),
    (
        "The crash happened at about 10:05 a.m. this morning.",
        "2016-01-11",
        (("about 10:05 a.m. this morning", "2016-01-11T10:05"),),
        "about-a-clock-time-this-morning",
    ),
    # a coin
    ("You can save a quarter on each gallon.", REF, (), "save-a-quarter-a-coin"),
    ("SPEND A QUARTER", REF, (), "spend-a-quarter-in-capitals"),
    (
        "The firm lost money for a quarter.",
        REF,
        (("a quarter", "P1Q"),),
        "for-a-quarter-control",
    ),
    # a season of every year
    (
        "The lake freezes over in winter.",
        "2016-03-21",
        (("winter", "XXXX-WI"),),
        "a-bare-season-in-a-present-sentence",
    ),
    ("He arrived in spring.", "2016-03-21", (("spring", "2016-SP"),), "a-bare-season-told-past"),
    (
        "Construction to begin in spring",
        "2016-03-21",
        (("spring", "2016-SP"),),
        "a-bare-season-in-a-headline",
    ),
    # a place named like a season; a day and month before a stop
    ("He said the Spring neighborhood is typically quiet.", REF, (), "the-spring-neighborhood"),
    ("A Spring man was shot.", REF, (), "a-spring-man"),
    (
        "We met on the 4th of July.",
        REF,
        (("the 4th of July", "2015-07-04"),),
        "the-4th-of-july-without-the-stop",
    ),
    (
        "We met on 4 Aug. 2015.",
        REF,
        (("4 Aug. 2015", "2015-08-04"),),
        "an-abbreviation-keeps-its-dot",
    ),
    (
        "It will last for the immediate term.",
        REF,
        (("the immediate term", "FUTURE_REF"),),
        "the-immediate-term",
    ),
    (
        "Voters wait up to election day.",
        REF,
        (("election day", "2016-11-08"),),
        "up-to-election-day",
    ),
    # bare and spelled hours with a day and its part
    (
        "The child was shot Thursday night around 10 on South Division Street.",
        "2016-08-29",
        (("Thursday night", "2016-08-25TNI"), ("around 10", "2016-08-25T22:00")),
        "a-bare-hour-after-a-night",
    ),
    (
        "Thursday night around 10 officers arrived.",
        "2016-08-29",
        (("Thursday night", "2016-08-25TNI"),),
        "a-count-after-a-night",
    ),
    (
        "It happened around six Sunday morning on South Grand.",
        "2016-08-29",
        (("around six Sunday morning", "2016-08-28T06:00"),),
        "a-spelled-hour-before-a-day-and-its-part",
    ),
    (
        "He was shot at 6 Sunday morning.",
        "2016-08-29",
        (("6 Sunday morning", "2016-08-28T06:00"),),
        "a-bare-hour-before-a-day-and-its-part",
    ),
    (
        "He had 6 Sunday morning papers.",
        "2016-08-29",
        (("Sunday morning", "2016-08-28TMO"),),
        "a-count-before-a-day",
    ),
    # a count before "before" closing its clause, as "earlier"
    (
        "On July 23 the car was found. It had been stolen two weeks before.",
        "2016-08-01",
        (("July 23", "2016-07-23"), ("two weeks before", "2016-07-09")),
        "two-weeks-before-closing-a-clause-after-a-date",
    ),
    (
        "He had threatened them just a week before.",
        "2016-08-01",
        (("a week", "P1W"),),
        "a-week-before-with-no-date-named-stays-a-length",
    ),
    # a season or weekend after "a" and an adjective
    (
        "It has been a quiet summer.",
        "2016-08-28",
        (("a quiet summer", "2016-SU"),),
        "a-quiet-summer",
    ),
    (
        "It was a terribly violent weekend.",
        "2016-08-29",
        (("a terribly violent weekend", "2016-W34-WE"),),
        "a-terribly-violent-weekend",
    ),
    ("It was a deadly summer day.", "2016-08-28", (), "a-deadly-summer-day-no-season"),
    # a second part of the day after "and"
    (
        "It rained Saturday afternoon and evening.",
        "2016-08-29",
        (("Saturday afternoon", "2016-08-27TAF"), ("evening", "2016-08-27TEV")),
        "afternoon-and-evening",
    ),
    (
        "He works every morning and evening.",
        "2016-08-29",
        (("every morning", "XXXX-XX-XXTMO"),),
        "a-set-and-evening-no-day",
    ),
    # a qualifier of a possessor's noun; an award "of the year"
    (
        "It passed before the start of next year's legislative session.",
        REF,
        (("next year", "2017"),),
        "the-start-of-next-years-session",
    ),
    (
        "It came at the end of last year.",
        REF,
        (("the end of last year", "2015"),),
        "the-end-of-last-year-control",
    ),
    ("She was no mother of the year, he said.", REF, (), "mother-of-the-year"),
    (
        "He was shot on New Years Day 2015.",
        REF,
        (("New Years Day 2015", "2015-01-01"),),
        "new-years-day-no-apostrophe",
    ),
    (
        "Police investigate a weekend block party shooting.",
        "2016-10-31",
        (("weekend", "2016-W43-WE"),),
        "a-weekend-block-party-shooting",
    ),
    (
        "He spent a weekend in jail after the shooting.",
        "2016-10-31",
        (("a weekend", "P2D"),),
        "a-weekend-in-jail-a-length",
    ),
    (
        "One night in the late 1960s, he heard shots.",
        "2016-01-04",
        (("One night", "XXXX-XX-XXTNI"), ("the late 1960s", "196")),
        "one-night-of-a-story",
    ),
    (
        "He spent one night in jail.",
        "2016-01-04",
        (("one night", "P1D"),),
        "spent-one-night-a-length",
    ),
    ("It happened in a single year.", REF, (("a single year", "P1Y"),), "a-single-year"),
    ("A single mother of two died.", REF, (), "a-single-mother"),
    ('"Now tell us what you think," he said.', REF, (), "now-before-an-imperative"),
    (
        "Police seek a 2006 silver-colored, four-door Honda.",
        REF,
        (),
        "a-model-year-before-two-adjectives",
    ),
    (
        "The truck is believed to be a 2002-2004 model, with five people inside.",
        REF,
        (),
        "a-range-of-model-years-before-model-control",
    ),
    (
        "He was shot Thursday night around 10, police said.",
        "2016-08-29",
        (("Thursday night", "2016-08-25TNI"), ("around 10", "2016-08-25T22:00")),
        "a-bare-hour-after-a-night-before-a-comma",
    ),
    ("The victims were 11, 12 and 14.", "2016-08-29", (), "ages-before-commas-no-hours"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_33_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
