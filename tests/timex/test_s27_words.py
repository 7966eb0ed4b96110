"""
Words and cues found by the session 27 audits of political and local news.

Newspapers called "the daily", distances in quarter miles, "of late", "upwards of", a
holiday with a part of the day, counts of years from a day, a lead "ahead of" a rival, a
compound adjective in "-ed", "according to Friday's report", "in hopes of", ranges of months
and "only weeks to": each was read wrongly or missed. Each case is
``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from newsevents.timex import find_times

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

REF = "2016-01-27"  # a Wednesday

CASES: list[Case] = [
    ("The minister told the Lyon daily Le Progres.", REF, (), "newspaper-after-a-city"),
    ("The Workers Party daily Sol reported it.", REF, (), "newspaper-of-a-party"),
    ("Pundits read the weekly newsletter.", REF, (("weekly", "P1W"),), "weekly-adjective"),
    (
        "They cited a yearly Gallup survey.",
        REF,
        (("yearly", "P1Y"),),
        "yearly-before-a-name",
    ),
    (
        "Her daily Facebook posts drew fans.",
        REF,
        (("daily", "P1D"),),
        "daily-after-a-determiner",
    ),
    ("The bill would cost $2.1 trillion a year.", REF, (), "trillion-a-year-is-a-rate"),
    ("He lived about a quarter-mile away.", REF, (), "quarter-mile"),
    ("They walked a quarter mile to the lake.", REF, (), "quarter-mile-spaced"),
    ("He carried nearly a quarter-pound of cash.", REF, (), "quarter-pound"),
    ("The firm lost money for a quarter.", REF, (("a quarter", "P1Q"),), "a-fiscal-quarter"),
    ("The meeting lasted a quarter-hour.", REF, (("a quarter-hour", "PT15M"),), "quarter-hour"),
    (
        "The talks took a quarter of an hour.",
        REF,
        (("a quarter of an hour", "PT15M"),),
        "quarter-of-an-hour",
    ),
    ("Prices have climbed of late.", REF, (("late", "PAST_REF"),), "of-late-at-the-end"),
    (
        "He has wavered of late on the question.",
        REF,
        (("late", "PAST_REF"),),
        "of-late-before-a-preposition",
    ),
    ("A tribute to the work of late poet Ann Lee.", REF, (), "of-late-a-dead-person"),
    (
        "The ferry was idle for upwards of 12 days.",
        REF,
        (("upwards of 12 days", "P12D"),),
        "upwards-of",
    ),
    (
        "She taught in excess of 15 years.",
        REF,
        (("in excess of 15 years", "P15Y"),),
        "in-excess-of",
    ),
    (
        "A woman was hurt in a shooting Christmas night.",
        REF,
        (("Christmas night", "2015-12-25TNI"),),
        "holiday-night",
    ),
    (
        "They gathered Thanksgiving morning.",
        REF,
        (("Thanksgiving morning", "2015-11-26TMO"),),
        "holiday-morning",
    ),
    (
        "They gathered Thanksgiving morning.",
        None,
        # since session 43 a holiday with no reference keeps the month it is always in
        (("Thanksgiving morning", "XXXX-11-XXTMO"),),
        "holiday-morning-no-reference",
    ),
    (
        "The mayor lost on Tuesday. Only seven years earlier, he was a rising star.",
        "2016-03-16",
        (("Tuesday", "2016-03-15"), ("seven years earlier", "2009")),
        "years-before-a-day-are-a-year",
    ),
    (
        "The mayor lost on Tuesday. Three decades earlier, he was a rising star.",
        "2016-03-16",
        (("Tuesday", "2016-03-15"), ("Three decades earlier", "1986")),
        "decades-before-a-day-are-a-year",
    ),
    (
        "She was detained on May 4. Four months later, she was freed.",
        "2016-12-01",
        (("May 4", "2016-05-04"), ("Four months later", "2016-09")),
        "months-after-a-day-are-a-month",
    ),
    (
        "She was detained on May 4. A year earlier, she had fled.",
        "2016-12-01",
        (("May 4", "2016-05-04"), ("A year earlier", "2015-05-04")),
        "a-year-before-a-day-keeps-the-day",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
def test_words(text: str, reference: str | None, expected: Found) -> None:
    """
    The expected expressions are found, with their values, and nothing else.
    """
    assert _found(text, reference) == expected


DIRECTIONS: list[Case] = [
    (
        "He led by 30 points ahead of Smith in polls taken in December.",
        REF,
        (("December", "2015-12"),),
        "a-lead-ahead-of-a-rival",
    ),
    (
        "Ahead of the caucus in February, he toured.",
        REF,
        (("February", "2016-02"),),
        "ahead-of-an-event",
    ),
    (
        "Next is the vote-packed April 19 primary.",
        REF,
        (("April 19", "2016-04-19"),),
        "hyphenated-ed-adjective",
    ),
    (
        "According to Friday's audit, the agency meets most rules.",
        REF,
        (("Friday", "2016-01-22"),),
        "according-to-a-weekday",
    ),
    (
        "Fans cheered in hopes of seeing them together in the fall.",
        "2016-06-28",
        (("the fall", "2016-FA"),),
        "in-hopes-of",
    ),
    (
        "Flu season here is between May and late August.",
        "2016-04-10",
        (("May", "2016-05"), ("late August", "2016-08")),
        "month-range-between",
    ),
    (
        "The ski season runs from December to March.",
        "2016-07-10",
        (("December", "2015-12"), ("March", "2016-03")),
        "month-range-over-new-year",
    ),
    (
        "But in 2012, the company changed its rules, beginning in April.",
        "2016-02-01",
        (("2012", "2012"), ("April", "2012-04")),
        "a-year-framing-after-but",
    ),
    (
        "It ran from spring 2015 to June.",
        "2016-04-10",
        (("spring 2015", "2015-SP"), ("June", "2016-06")),
        "a-month-after-a-season",
    ),
    (
        "He was shot a week ago Friday.",
        "2017-04-01",
        (("a week ago", "2017-W12"), ("Friday", "2017-03-24")),
        "a-week-ago-friday",
    ),
    (
        "He was shot two weeks ago Sunday night.",
        "2017-04-01",
        (("two weeks ago", "2017-W11"), ("Sunday night", "2017-03-12TNI")),
        "two-weeks-ago-sunday-night",
    ),
    (
        "Cruz went after Trump this past week.",
        "2016-01-17",
        (("this past week", "2016-W02"),),
        "this-past-week-on-a-sunday",
    ),
    (
        "Cruz went after Trump this past week.",
        "2016-01-19",
        (("this past week", "2016-W02"),),
        "this-past-week-on-a-tuesday",
    ),
    (
        "He visited in June and October.",
        "2016-07-10",
        (("June", "2016-06"), ("October", "2015-10")),
        "months-listed-alone",
    ),
    (
        "Rivals who have only weeks to make their case.",
        REF,
        (("weeks", "PXW"),),
        "only-weeks-to",
    ),
    ("The primary is just days away.", REF, (("days", "PXD"),), "just-days-away"),
    (
        "She backed him - days before her rival quit and months before the vote.",
        REF,
        (("days", "PXD"), ("months", "PXM")),
        "bare-plurals-after-a-dash-and-and",
    ),
    (
        "In the days following the attacks, he spoke.",
        REF,
        (("days", "PXD"),),
        "the-days-following",
    ),
    (
        "Next stop: the July confab in Philadelphia.",
        "2016-03-01",
        (("July", "2016-07"),),
        "a-july-confab",
    ),
    ("It was just days of rain.", REF, (), "just-days-of"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(DIRECTIONS))
def test_directions(text: str, reference: str | None, expected: Found) -> None:
    """
    The tense, a range or a lead decides the direction, as expected.
    """
    assert _found(text, reference) == expected


NIGHTS: list[Case] = [
    (
        (
            "A man was shot on July 4. A witness was there on the night of the shooting."
            " At a hearing Wednesday, a friend said he had two knives on him that night."
            " Two women testified in the afternoon."
        ),
        "2013-08-21",
        (
            ("July 4", "2013-07-04"),
            ("the night", "2013-07-04TNI"),
            ("Wednesday", "2013-08-21"),
            ("that night", "2013-07-04TNI"),
            ("the afternoon", "2013-08-21TAF"),
        ),
        "that-night-after-the-report-day-is-the-night-named",
    ),
    (
        "A man was shot Saturday night. On Monday, a vigil was held and that night it rained.",
        "2013-08-21",
        (
            ("Saturday night", "2013-08-17TNI"),
            ("Monday", "2013-08-19"),
            ("that night", "2013-08-19TNI"),
        ),
        "that-night-after-another-day-is-its-night",
    ),
    (
        "She testified Wednesday. She said she was scared that night.",
        "2013-08-21",
        (("Wednesday", "2013-08-21"), ("that night", "2013-08-21TNI")),
        "that-night-with-no-night-before",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(NIGHTS))
def test_that_night(text: str, reference: str | None, expected: Found) -> None:
    """
    "that night" after the day of the report is the night named before it.
    """
    assert _found(text, reference) == expected


def test_that_night_anchor() -> None:
    """
    The night "that night" is read from is its anchor.
    """
    text = NIGHTS[0][0]
    times = find_times(text, "2013-08-21")
    that = next(time for time in times if time.text == "that night")
    assert that.anchor is not None
    assert text[that.anchor.start : that.anchor.end] == "the night"


IDIOMS: list[Case] = [
    ("Smith will be the flavor of the week, he said.", REF, (), "flavor-of-the-week"),
    ("She was named player of the month.", REF, (), "player-of-the-month"),
    ("He stayed for the rest of the week.", REF, (("the week", "2016-W04"),), "rest-of-the-week"),
    ("Overnight, Jones became a serious contender.", REF, (), "overnight-became"),
    (
        "Overnight, police arrested two men.",
        REF,
        (("Overnight", "2016-01-26TNI"),),
        "overnight-arrested",
    ),
    (
        "The show is a handful of days after the vote.",
        REF,
        (("a handful of days", "PXD"),),
        "a-handful-of-days",
    ),
    (
        "They can repay the loans in 10 years or less.",
        REF,
        (("10 years or less", "P10Y"),),
        "or-less",
    ),
    (
        "The bar is as full as on any given Sunday.",
        REF,
        (("Sunday", "XXXX-WXX-7"),),
        "any-given-sunday",
    ),
    ("The girl, who at about age 15 months fell ill, died.", REF, (), "age-in-months"),
    ("A man aged 40 years was hurt.", REF, (), "aged-in-years"),
    (
        "He is to blame for the shooting of a boy in Woodlawn Tuesday.",
        REF,
        (("Tuesday", "2016-01-26"),),
        "is-to-blame",
    ),
    (
        "A man faces charges after a shooting death over the weekend.",
        "2016-12-12",
        (("the weekend", "2016-W49-WE"),),
        "incident-over-the-weekend",
    ),
    (
        "The team faces a tough game over the weekend.",
        "2016-12-12",
        (("the weekend", "2016-W50-WE"),),
        "game-over-the-weekend",
    ),
    (
        "He is to speak in Woodlawn Tuesday.",
        "2016-01-28",
        (("Tuesday", "2016-02-02"),),
        "is-to-speak",
    ),
    (
        "Neighbors heard shots early in the morning.",
        REF,
        (("early in the morning", "2016-01-27TMO"),),
        "early-in-the-morning",
    ),
    (
        "He toured the future Grand Plaza Hotel.",
        REF,
        (),
        "the-future-before-a-name",
    ),
    (
        "In the future Americans will vote online.",
        REF,
        (("the future", "FUTURE_REF"),),
        "in-the-future-before-a-subject",
    ),
    ("Groups such as Easter Seals sent a letter.", REF, (), "easter-seals"),
    ("It happens every now and then.", REF, (), "every-now-and-then"),
    (
        "We can win a lot between now and then.",
        REF,
        (("now", "PRESENT_REF"),),
        "between-now-and-then",
    ),
    (
        "In the early hours of this morning, shots rang out.",
        REF,
        (("this morning", "2016-01-27TMO"),),
        "the-early-hours-of-this-morning",
    ),
    (
        "Over the New Year's weekend, five were shot.",
        "2016-01-04",
        (("the New Year's weekend", "2015-W53-WE"),),
        "new-years-weekend",
    ),
    ("He applied for an H1-B visa.", REF, (), "h1-b-visa"),
    (
        "The conventions fall in the second half of July.",
        "2016-05-02",
        (("the second half of July", "2016-07"),),
        "the-second-half-of-a-month",
    ),
    ("Profit rose in the second half.", "2016-05-02", (("the second half", "2015-H2"),), "h2"),
    ("He rose to fame in subsequent years.", REF, (("subsequent years", "PXY"),), "subsequent"),
    (
        "In the later years of his life he painted.",
        REF,
        (("the later years", "PXY"),),
        "later-years",
    ),
    ("Call 555-1234, Ext. 2002, with tips.", REF, (), "phone-extension"),
    (
        "We will learn more Friday with the release of the November jobs report.",
        "2015-12-02",
        (("Friday", "2015-12-04"), ("November", "2015-11")),
        "a-months-jobs-report",
    ),
    (
        "He is almost certain to win a slot at the summer convention.",
        "2016-04-26",
        # since session 34 the article is the convention's, as "the late-November trip"'s
        (("summer", "2016-SU"),),
        "the-summer-convention",
    ),
    # since session 34 "the" is the race's
    ("He won the summer race.", "2015-12-02", (("summer", "2015-SU"),), "the-summer-race-won"),
    ("It came at the start of the Summer Olympics.", REF, (), "summer-olympics"),
    ("We will meet again some day.", REF, (("some day", "FUTURE_REF"),), "some-day"),
    ("It took some days to finish.", REF, (("some days", "PXD"),), "some-days"),
    ("I saw him the week before you were taken from us.", REF, (), "the-week-before-a-clause"),
    ("The deal closes by year\u2019s end.", REF, (("year\u2019s end", "2016"),), "years-end-curly"),
    (
        "A girl shot herself over the holiday weekend.",
        "2016-07-05",
        (("the holiday weekend", "2016-W26-WE"),),
        "the-holiday-weekend",
    ),
    (
        "Despite the bloody weekend, the chief is hopeful.",
        "2016-05-09",
        (("the bloody weekend", "2016-W18-WE"),),
        "the-bloody-weekend",
    ),
    ("She lost her monthly disability benefits.", REF, (), "monthly-benefits"),
    ("Qantas plans daily flights to Seoul.", REF, (("daily", "P1D"),), "daily-flights"),
    ('"May the odds be ever in our favor," she said.', REF, (), "may-the-odds"),
    ("He paused for a second or two.", REF, (("a second or two", "PT1S"),), "a-second-or-two"),
    ("He won a second term.", REF, (), "a-second-term"),
    (
        "It took a year or two years.",
        REF,
        (("a year", "P1Y"), ("two years", "P2Y")),
        "a-year-or-two-years",
    ),
    (
        "It will take four or five months.",
        REF,
        (("four or five months", "P4M"),),
        "four-or-five-months",
    ),
    (
        "He wouldn't say Tuesday whether he would run.",
        "2016-06-24",
        (("Tuesday", "2016-06-21"),),
        "wouldnt-say-tuesday",
    ),
    (
        "He would not comment Tuesday on the case.",
        "2016-06-24",
        (("Tuesday", "2016-06-21"),),
        "would-not-comment-tuesday",
    ),
    ("He wouldn't vote Tuesday.", "2016-06-24", (("Tuesday", "2016-06-28"),), "wouldnt-vote"),
    (
        "On the weekends, he works at a bar.",
        REF,
        (("the weekends", "XXXX-WXX-WE"),),
        "on-the-weekends",
    ),
    ("He spent several weekends there.", REF, (("several weekends", "PXWE"),), "several-weekends"),
    ("She left for an overnight shift at work.", REF, (), "an-overnight-shift"),
    ("The store was robbed overnight.", REF, (("overnight", "2016-01-26TNI"),), "robbed-overnight"),
    ("She lost the past 19 Democratic contests.", REF, (), "the-past-19-contests"),
    ("Not long ago, the rebels had support.", REF, (("Not long ago", "PAST_REF"),), "not-long-ago"),
    ("The governor knew long ago about the lead.", REF, (("long ago", "PAST_REF"),), "long-ago"),
    ("How long ago did it end?", REF, (), "how-long-ago"),
    (
        "It was not that long ago that he won.",
        REF,
        (("not that long ago", "PAST_REF"),),
        "not-that-long-ago",
    ),
    (
        "Officers found him at approx. 3:30 p.m. Friday.",
        REF,
        (("approx. 3:30 p.m. Friday", "2016-01-22T15:30"),),
        "approx-abbreviated",
    ),
    ("A boy was shot at a party in Spring, police said.", REF, (), "spring-a-town"),
    ("They met in spring.", REF, (("spring", "2015-SP"),), "in-spring"),
    (
        "He appears in court again on Thursday.",
        "2017-03-05",
        (("Thursday", "2017-03-09"),),
        "appears-in-court",
    ),
    (
        "He appears to have left on Thursday.",
        "2017-03-05",
        (("Thursday", "2017-03-02"),),
        "appears-to",
    ),
    (
        "In October, the senator proposed a no-fly zone.",
        "2016-09-06",
        (("October", "2015-10"),),
        "a-month-heading-a-past-sentence",
    ),
    (
        "He said the rules will be published in October.",
        "2016-09-06",
        (("October", "2016-10"),),
        "next-month-in-a-past-sentence",
    ),
    (
        "Those are the issues our society today is facing.",
        REF,
        (("today", "PRESENT_REF"),),
        "society-today",
    ),
    (
        "He thrives in today's more bitterly partisan media.",
        REF,
        (("today", "PRESENT_REF"),),
        "todays-media",
    ),
    ("In today's climate, change wins.", REF, (("today", "PRESENT_REF"),), "todays-climate"),
    ("The board met and today's vote was close.", REF, (("today", "2016-01-27"),), "todays-vote"),
    (
        "She worked 35-plus hours a week at two jobs.",
        REF,
        (("35-plus hours a week", "P1W"),),
        "plus-hours-a-week",
    ),
    ("It takes a 10-hour-per-week job.", REF, (("10-hour-per-week", "P1W"),), "hour-per-week"),
    ("It was a 10-hour shift.", REF, (("10-hour", "PT10H"),), "ten-hour-shift"),
    ("Kids wore Halloween costumes.", REF, (), "halloween-costumes"),
    ("It was the last day before Christmas break.", REF, (), "christmas-break"),
    (
        "He began work after the uprising in the winter of 2004-5.",
        REF,
        (("the winter of 2004-5", "2004-WI"),),
        "winter-of-two-years",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(IDIOMS))
def test_idioms(text: str, reference: str | None, expected: Found) -> None:
    """
    Idioms, ages and names are no times; the qualifiers and spans are as expected.
    """
    assert _found(text, reference) == expected


def test_mods() -> None:
    """
    "or less" is ``EQUAL_OR_LESS``, "early in" ``START``.
    """
    mods = {
        time.text: time.mod and time.mod.value
        for time in find_times(
            "They repaid it in 10 years or less. Shots rang out early in the morning.", REF
        )
    }
    assert mods == {"10 years or less": "EQUAL_OR_LESS", "early in the morning": "START"}
    for text in ("It will take four or five months.", "It may take a year or two."):
        (found,) = find_times(text, REF)
        assert found.mod is not None
        assert found.mod.value == "APPROX"


SMALL_HOURS: list[Case] = [
    (
        "The robberies began on Friday night at about 10:24 p.m., ending at about 12:18 a.m.",
        "2017-04-03",
        (
            ("Friday night", "2017-03-31TNI"),
            ("about 10:24 p.m.", "2017-03-31T22:24"),
            ("about 12:18 a.m.", "2017-04-01T00:18"),
        ),
        "a-late-clock-time-then-the-small-hours",
    ),
    (
        "Three men were killed overnight, police said. The killings began shortly after 2 a.m.",
        "2016-04-27",
        (("overnight", "2016-04-26TNI"), ("2 a.m.", "2016-04-27T02:00")),
        "overnight-then-the-small-hours",
    ),
    (
        "He was shot Saturday night. He died at 3 a.m., police said.",
        "2016-11-28",
        (("Saturday night", "2016-11-26TNI"), ("3 a.m.", "2016-11-27T03:00")),
        "a-night-then-the-small-hours",
    ),
    (
        "He was shot Saturday morning. He died at 3 a.m., police said.",
        "2016-11-28",
        (("Saturday morning", "2016-11-26TMO"), ("3 a.m.", "2016-11-26T03:00")),
        "a-morning-then-the-small-hours",
    ),
    (
        "UPDATE 11:50 p.m. A victim speaks out tonight about the shooting around 4 a.m.",
        "2015-05-03",
        (
            ("11:50 p.m.", "2015-05-03T23:50"),
            ("tonight", "2015-05-03TNI"),
            ("around 4 a.m.", "2015-05-03T04:00"),
        ),
        "small-hours-still-to-come-are-not-read-ahead",
    ),
    (
        (
            "Two people died in a shooting at a party overnight. A girl had an asthma attack"
            " during the melee and was rushed to a hospital, where she was pronounced dead at"
            " 2:05 a.m. Her sister said she will miss her."
        ),
        "2016-07-28",
        (("overnight", "2016-07-27TNI"), ("2:05 a.m.", "2016-07-28T02:05")),
        "the-small-hours-three-sentences-on",
    ),
    (
        "A man was shot shortly before 11 p.m. last night in Roxbury.",
        "2016-10-09",
        # one time since session 33, as "at 11 p.m. last night" was
        (("11 p.m. last night", "2016-10-08T23:00"),),
        "a-clock-time-before-last-night",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(SMALL_HOURS))
def test_small_hours(text: str, reference: str | None, expected: Found) -> None:
    """
    A small-hours clock time after a night named is on the next day.
    """
    assert _found(text, reference) == expected


SAME_A_YEAR_BACK: list[Case] = [
    (
        "There were 44 shootings this week, compared to 21 for the same week in 2014.",
        "2015-06-14",
        (("this week", "2015-W24"), ("the same week in 2014", "2014-W24")),
        "the-same-week-in-a-year",
    ),
    (
        "There were eight murders this week, compared to five in the same time period last year.",
        "2015-06-14",
        (("this week", "2015-W24"), ("the same time period last year", "2014-W24")),
        "the-same-time-period-last-year",
    ),
    # (since session 56, after the reference's own year the point compared is the
    # reference's day a year back, not the whole year)
    (
        "The city has had 45 homicides in 2013, two fewer than at the same time last year.",
        "2013-06-24",
        (("2013", "2013"), ("the same time last year", "2012-06-24")),
        "the-same-time-last-year-after-a-year",
    ),
    (
        "Revenue in October rose from the same month last year.",
        "2015-11-13",
        (("October", "2015-10"), ("the same month last year", "2014-10")),
        "the-same-month-last-year",
    ),
    (
        "Sales rose from the same day last year.",
        "2016-02-29",
        (("the same day last year", "2015-02-28"),),
        "the-same-day-a-year-after-a-leap-day",
    ),
    (
        "The same weekend last year was calm.",
        None,
        (("The same weekend last year", "XXXX-WXX-WE"),),
        "no-reference",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(SAME_A_YEAR_BACK))
def test_same_a_year_back(text: str, reference: str | None, expected: Found) -> None:
    """
    "the same week in 2014" and "the same time last year" are the period compared, a year back.
    """
    assert _found(text, reference) == expected
