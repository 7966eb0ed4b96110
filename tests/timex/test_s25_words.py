"""
Duration words ("a quarter-century", "hourlong", "four-plus"), fractions, holiday modifiers.

"a quarter-century" was a quarter of a year (``P1Q``) and "About three-quarters support"
three quarters; "hourlong", "daylong" and "yearlong" (written solid) and "four-plus
months" were missed; "Christmas trees" and "a Christmas card" were dated Christmas Day.
Each case is ``(text, reference, expected, why)``.
"""

from __future__ import annotations

import pytest

from newsevents.timex import find_times

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

REF = "2016-09-28"

CASES: list[Case] = [
    (
        "It has been a quarter-century since the war.",
        REF,
        (("a quarter-century", "P25Y"),),  # "a" counts, as in "a decade" (session 33)
        "quarter-century",
    ),
    (
        "Over the past quarter century, wages fell.",
        REF,
        (("the past quarter century", "P25Y"),),
        "the-past-quarter-century",
    ),
    (
        "It happened a quarter century ago.",
        REF,
        (("a quarter century ago", "1991"),),
        "quarter-century-ago",
    ),
    ("About three-quarters support a temporary ban.", REF, (), "three-quarters"),
    ("A quarter and a third of voters said so.", REF, (), "a-quarter-and-a-third"),
    (
        "The next three quarters will be hard.",
        REF,
        (("The next three quarters", "P3Q"),),
        "quarters-of-a-year",
    ),
    ("The two taped an hourlong show.", REF, (("hourlong", "PT1H"),), "hourlong"),
    (
        "It was a yearlong battle with daylong rallies.",
        REF,
        (("yearlong", "P1Y"), ("daylong", "P1D")),
        "yearlong-daylong",
    ),
    ("The weeklong trial ended.", REF, (("weeklong", "P1W"),), "weeklong"),
    (
        "Over the past four-plus months, he won.",
        REF,
        (("the past four-plus months", "P4M"),),
        "four-plus",
    ),
    ("He has 15-plus years of experience.", REF, (("15-plus years", "P15Y"),), "digits-plus"),
    ("China retaliated against Christmas trees from Oregon.", REF, (), "christmas-trees"),
    ("She sent a Christmas card to donors.", REF, (), "christmas-card"),
    ("The Thanksgiving turkey was pardoned.", REF, (), "thanksgiving-turkey"),
    (
        "Stores hired workers for Christmas.",
        "2016-11-28",
        (("Christmas", "2016-12-25"),),
        "christmas-alone",
    ),
    (
        "Clinton will give speeches in the closing weeks of the campaign.",
        REF,
        (("the closing weeks", "PXW"),),
        "closing-weeks",
    ),
    (
        "Obama is in the waning months of his second term.",
        REF,
        (("the waning months", "PXM"),),
        "waning-months",
    ),
    (
        "Lives are saved in the early years, by a small fraction.",
        REF,
        (("the early years", "PXY"),),
        "early-years",
    ),
    (
        "Prisoners were taken in the first hours of the ground war.",
        REF,
        (("the first hours", "PTXH"),),
        "first-hours",
    ),
    (
        "It happened in the early hours of Thursday.",
        REF,
        (("the early hours of Thursday", "2016-09-22"),),
        "early-hours-of-a-day",
    ),
    (
        "We need bold action in the very near future.",
        REF,
        (("the very near future", "FUTURE_REF"),),
        "the-very-near-future",
    ),
    (
        "At the present, no suspects are known.",
        REF,
        (("the present", "PRESENT_REF"),),
        "the-present",
    ),
    ("The present situation is bad.", REF, (), "the-present-adjective"),
    (
        "A man was shot Sunday. Police searched the area throughout the day.",
        REF,
        (("Sunday", "2016-09-25"), ("the day", "2016-09-25")),
        "throughout-the-day",
    ),
    ("He said so on \u201cFox News Sunday.\u201d", REF, (), "quoted-programme"),
    (
        "He said on Fox News Sunday that he would run.",
        REF,
        (("Sunday", "2016-09-25"),),
        "unquoted-may-be-the-day",
    ),
    (
        "He trafficked in Sept. 11 conspiracy theories.",
        REF,
        (("Sept. 11", "2001-09-11"),),
        "nine-eleven-conspiracy",
    ),
    ("Workers earn $20 or more an hour.", REF, (), "rate-or-more"),
    (
        "A man was shot Sunday. On the night of the incident, police searched the area.",
        REF,
        (("Sunday", "2016-09-25"), ("the night", "2016-09-25TNI")),
        "night-of-the-incident",
    ),
    ("Since the fall of the World Trade Center, he has changed.", REF, (), "the-fall-of"),
    ("In the fall of 2015, he ran.", REF, (("the fall of 2015", "2015-FA"),), "the-fall-of-a-year"),
    ("We must resist this current of self-destruction.", REF, (), "a-current-of"),
    ("In some quarters, he is a hero.", REF, (), "some-quarters"),
    (
        "He was on \u201cLarry King Now\u201d last week.",
        REF,
        (("last week", "2016-W38"),),
        "quoted-title-now",
    ),
    (
        "\u201cNow I can\u2019t walk,\u201d he said.",
        REF,
        (("Now", "PRESENT_REF"),),
        "quote-opening-now",
    ),
    (
        "By midafternoon, the crowd had left.",
        REF,
        (("midafternoon", "2016-09-28TAF"),),
        "midafternoon",
    ),
    (
        # since session 40 the future, as "the coming days and weeks" (two units, one REF)
        "Trump will try to do that in the days and weeks ahead.",
        REF,
        (("the days and weeks ahead", "FUTURE_REF"),),
        "days-and-weeks-ahead",
    ),
    (
        "Ryan on Tuesday called the remarks racist. By the end of the day, Trump backed off.",
        REF,
        (("Tuesday", "2016-09-27"), ("the end of the day", "2016-09-27")),
        "by-the-end-of-the-day",
    ),
    ("At the end of the day, voters decide.", REF, (), "at-the-end-of-the-day-idiom"),
    (
        "The highest total for fatal shootings on a weekend had been 13.",
        REF,
        (("weekend", "XXXX-WXX-WE"),),
        "on-a-weekend",
    ),
    ("He spent a weekend in jail.", REF, (("a weekend", "P2D"),), "a-weekend-length"),
    ("The movie 13 Hours by Michael Bay opens soon.", REF, (), "capitalised-unit-title"),
    ("A suspect fired shots at a Days Inn.", REF, (), "capitalised-unit-name"),
    ("Man Held 13 Hours In Standoff", REF, (("13 Hours", "PT13H"),), "headline-title-case"),
    ("He lasted 13 hours in the cold.", REF, (("13 hours", "PT13H"),), "lower-case-unit"),
    ("It's been a night mostly lacking cheers.", REF, (), "described-night"),
    ("It was a day to remember.", REF, (), "described-day"),
    (
        "The delay was a day and a half.",
        REF,
        (("a day and a half", "P1DT12H"),),
        "copula-length",
    ),
    ("He was a day late.", REF, (("a day", "P1D"),), "a-day-late"),
    (
        "The bar will host its free Thanksgiving dinner.",
        "2016-11-20",
        (("Thanksgiving", "2016-11-24"),),
        "thanksgiving-dinner-is-on-the-day",
    ),
]


class TestDurationAndHolidayWords:
    """
    Quarter-centuries, solid "-long" words, "-plus" and fractions; holidays as modifiers.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_words(self, text: str, reference: str, expected: Found) -> None:
        """
        The expected expressions are found, with their values, and nothing else.
        """
        actual = _found(text, reference)

        assert expected == actual

    def test_plus_is_more_than(self) -> None:
        """
        "four-plus months" is more than four months.
        """
        (time,) = find_times("It took four-plus months.", REF)

        assert (time.value, time.mod and time.mod.value) == ("P4M", "MORE_THAN")

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("The plan would raise $1 trillion over a decade.", ("a decade", None)),
            ("He has served for over a decade.", ("over a decade", "MORE_THAN")),
            (
                "It will cost $33.6 billion, and he stayed for over a year.",
                ("over a year", "MORE_THAN"),
            ),
        ],
    )
    def test_over_after_money_is_during(self, text: str, expected: tuple[str, str | None]) -> None:
        """
        "over a decade" after an amount of money is during it: no ``MORE_THAN``.
        """
        (time,) = find_times(text, REF)

        assert (time.text, time.mod and time.mod.value) == expected
