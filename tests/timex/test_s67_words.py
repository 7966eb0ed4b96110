"""
Expressions found by the session 67 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # "for the past decade" is ten years to now, as "over the past decade" is
    (
        "The two countries have had close ties for the past decade, the minister said.",
        "2016-04-27",
        (("the past decade", "P10Y"),),
        "for-the-past-decade-is-a-stretch",
    ),
    (
        "Crime in the city fell sharply in the last decade, the mayor said.",
        "2016-04-27",
        (("the last decade", "200"),),
        "in-the-last-decade-stays-the-decade",
    ),
    # "moments" before "after" and a clause is a stretch, as before "after the shooting"
    (
        "Moments after polls closed in Virginia, the network called the race.",
        "2016-03-01",
        (("Moments", "PXX"),),
        "moments-after-a-clause",
    ),
    (
        "He died moments before police arrived at the scene.",
        "2016-03-01",
        (("moments", "PXX"),),
        "moments-before-a-clause",
    ),
    (
        "It was one of those moments after which nothing is ever the same again.",
        "2016-03-01",
        (),
        "moments-after-which-is-no-time",
    ),
    # "N units later" told in the past whose month or year is ahead of the report is the
    # distance; a day ahead of it is a page updated later
    (
        "The activists won in December. Then DuPont, only two months later, announced a merger.",
        "2015-12-30",
        (("December", "2015-12"), ("two months", "P2M")),
        "later-in-the-past-ahead-of-the-report",
    ),
    (
        (
            "Perhaps 2016 will be the year of the merger. Then DuPont, only two months later,"
            " announced plans to merge with Dow."
        ),
        "2015-12-30",
        (("2016", "2016"), ("the year", "2016"), ("two months", "P2M")),
        "later-in-the-past-from-a-year-to-come",
    ),
    (
        "The company was founded in 2012. Only two months later, it announced a merger.",
        "2015-12-30",
        (("2012", "2012"), ("two months later", "2012")),
        "later-in-the-past-from-a-year-gone",
    ),
    (
        "He was shot on March 25 at a party. He died exactly one week later, his father said.",
        "2017-03-26",
        (("March 25", "2017-03-25"), ("one week later", "2017-04-01")),
        "later-past-the-reference-from-a-day-gone",
    ),
    # a sentence-opening "Today" with no comma, before a subject and a present state, is
    # nowadays, as "Today," is; a plan for the day after "Today," is the day
    (
        "\u201cToday my brother lives on the farm,\u201d Sharp said at the rally.",
        "2016-02-17",
        (("Today", "PRESENT_REF"),),
        "quoted-today-before-a-present-state",
    ),
    (
        "Today the president signs the bill in the Rose Garden.",
        "2016-02-17",
        (("Today", "2016-02-17"),),
        "today-before-a-deed-is-the-day",
    ),
    (
        "Today, the company is expected to announce its quarterly results.",
        "2016-02-17",
        (("Today", "2016-02-17"),),
        "today-before-a-plan-is-the-day",
    ),
    (
        "Today, the island is a resort for the rich.",
        "2016-02-17",
        (("Today", "PRESENT_REF"),),
        "today-before-a-state-is-nowadays",
    ),
    # a season before the people it sorts is no time
    (
        "The summer analysts arrived in June and stayed ten weeks.",
        "2016-01-07",
        (("June", "2015-06"), ("ten weeks", "P10W")),
        "the-summer-analysts",
    ),
    (
        "The summer was hot, and the interns left in August.",
        "2016-01-07",
        (("The summer", "2015-SU"), ("August", "2015-08")),
        "the-summer-as-a-subject",
    ),
    # a curfew's hours after a clause naming no day are on no day
    (
        (
            "On Tuesday, the council voted to reject the curfew that would have required anyone"
            " 17 or younger visiting downtown from 8 p.m. to 6 a.m. to be with an adult."
        ),
        "2015-06-17",
        (
            ("Tuesday", "2015-06-16"),
            ("8 p.m.", "XXXX-XX-XXT20:00"),
            ("6 a.m.", "XXXX-XX-XXT06:00"),
        ),
        "curfew-hours-after-a-relative-clause",
    ),
    (
        "The mayor set a curfew Tuesday from 8 p.m. to 6 a.m. after the riot.",
        "2015-06-17",
        (
            ("Tuesday", "2015-06-16"),
            ("8 p.m.", "2015-06-16T20:00"),
            ("6 a.m.", "2015-06-17T06:00"),
        ),
        "curfew-hours-after-a-day-named",
    ),
    # a range of two 24-hour clock times needs "hrs" after the second only; "on each
    # occasion" tells of more than one day
    (
        "The shooting happened between 0200 and 0300 hrs, the warrant said.",
        "2015-01-05",
        (("0200", "2015-01-05T02:00"), ("0300 hrs", "2015-01-05T03:00")),
        "a-24-hour-range-after-between",
    ),
    (
        "The gate is shut from 2200 to 0600 hours.",
        "2015-01-05",
        (("2200", "2015-01-05T22:00"), ("0600 hours", "2015-01-06T06:00")),
        "a-24-hour-range-into-the-morning",
    ),
    (
        "Between 1990 and 2000 hours of work were lost.",
        "2015-01-05",
        (("1990", "1990"),),
        "years-and-hours-of-work-are-no-range",
    ),
    (
        (
            "Shots were fired at the house on Oct. 22 and on Nov. 2. On each occasion bullets"
            " hit the window at about 2 a.m., the warrant says."
        ),
        "2015-01-05",
        (
            ("Oct. 22", "2014-10-22"),
            ("Nov. 2", "2014-11-02"),
            ("about 2 a.m.", "XXXX-XX-XXT02:00"),
        ),
        "clock-time-on-each-occasion",
    ),
    # a month of the year after a year's review that is not yet gone is of the year reviewed
    (
        (
            "Gun crime of the year in review\n\nJanuary\n\nA man was shot.\n\nFebruary\n\n"
            "A woman was robbed.\n\nDecember\n\nTo recap the case: on Feb. 3, he brought a"
            " handgun to school. Update: On Jan. 10, he pleaded guilty."
        ),
        "2014-01-23",
        (
            ("January", "2013-01"),
            ("February", "2013-02"),
            ("December", "2013-12"),
            ("Feb. 3", "2013-02-03"),
            ("Jan. 10", "2014-01-10"),
        ),
        "a-review-month-not-yet-gone",
    ),
    # "night after night" is a set; "local time on the Friday night" is one time; a post's
    # page names the day its quotation was written
    (
        "Night after night, protesters marched through the city.",
        "2016-07-25",
        (("Night after night", "P1D"),),
        "night-after-night",
    ),
    (
        "The blast came at 11.30 local time on the Friday night, police said.",
        None,
        (("11.30 local time on the Friday night", "XXXX-WXX-5T23:30"),),
        "local-time-on-the-friday-night",
    ),
    (
        "\u201cI prayed yesterday and again today,\u201d she wrote on her Facebook page on Sunday.",
        "2016-01-20",
        (("yesterday", "2016-01-16"), ("today", "2016-01-17"), ("Sunday", "2016-01-17")),
        "a-quotation-written-on-a-page-on-sunday",
    ),
    # "that night" in the past with no day named before is the night gone
    (
        "A man was shot at a nightclub. Police said he was at the club that night with friends.",
        "2016-03-07",
        (("that night", "2016-03-06TNI"),),
        "that-night-gone-with-no-day-named",
    ),
    (
        "The senator will speak at the club. He will be there that night with friends.",
        "2016-03-07",
        (("that night", "2016-03-07TNI"),),
        "that-night-to-come-with-no-day-named",
    ),
    (
        "A man was shot at a nightclub Saturday. Police said he was at the club that night.",
        "2016-03-07",
        (("Saturday", "2016-03-05"), ("that night", "2016-03-05TNI")),
        "that-night-after-a-day-named",
    ),
    # "today" set beside "in the past" by "and" is nowadays
    (
        "Trump's words today and the bureau's actions in the past make me wary.",
        "2015-11-24",
        (("today", "PRESENT_REF"), ("the past", "PAST_REF")),
        "today-and-in-the-past",
    ),
    (
        "He arrived today and in the past week he met donors.",
        "2015-11-24",
        (("today", "2015-11-24"), ("the past week", "2015-W47")),
        "today-and-in-the-past-week",
    ),
    # a month joined to the one named right before follows it
    (
        "The campaign reserved ads in December and January, its aides said.",
        "2015-11-27",
        (("December", "2015-12"), ("January", "2016-01")),
        "a-pair-of-months-across-the-new-year",
    ),
    (
        "The ads aired in March and April, its aides said.",
        "2015-11-27",
        (("March", "2015-03"), ("April", "2015-04")),
        "a-pair-of-months-in-one-year",
    ),
    (
        "In 2012, he worked there from October to February.",
        "2015-11-27",
        (("2012", "2012"), ("October", "2012-10"), ("February", "2013-02")),
        "a-range-of-months-in-a-year-told",
    ),
    # "the year's end" is the year with mod END, as "year's end" is
    (
        "The deal will close by the year's end, the company said.",
        "2016-03-01",
        (("the year's end", "2016"),),
        "the-years-end",
    ),
    (
        "The year's events were grim, the mayor said.",
        "2016-03-01",
        (("The year", "2016"),),
        "the-years-events",
    ),
    # "today" between a noun and a present state is nowadays, but not after a name, a deed or
    # a noun of the day's event, nor before a place
    (
        "The cost of operating a golf course today is very difficult, he said.",
        "2015-11-25",
        (("today", "PRESENT_REF"),),
        "the-cost-today-is",
    ),
    (
        "The decision today is a reminder that we all need to vote this fall.",
        "2016-08-25",
        (("today", "2016-08-25"), ("this fall", "2016-FA")),
        "the-decision-today-is",
    ),
    (
        "The attack that happened today is the work of terrorists.",
        "2016-03-22",
        (("today", "2016-03-22"),),
        "the-attack-that-happened-today-is",
    ),
    (
        "It is a party which today seems to lack a leader.",
        "2016-03-22",
        (("today", "PRESENT_REF"),),
        "which-today-seems-to",
    ),
    (
        "\u201cLibya today is completely chaotic,\u201d he said.",
        "2016-03-22",
        (("today", "PRESENT_REF"),),
        "quoted-libya-today-is",
    ),
    (
        "The scenes coming from Ft. Hood today are sadly familiar.",
        "2016-03-22",
        (("today", "2016-03-22"),),
        "a-place-in-a-phrase-today-are",
    ),
    (
        "The president today is in Ohio for a rally.",
        "2016-03-22",
        (("today", "2016-03-22"),),
        "the-president-today-is-in-ohio",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_67_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each time found takes the value a careful reader gives it.
    """
    assert _found(text, reference) == expected
