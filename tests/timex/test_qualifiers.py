"""
Table-driven tests of qualifiers, amounts, listed days and direction cues in `find_times`.

Each case is ``(text, reference, expected, why)`` where *expected* is a tuple of
``(expression text, value)`` for every expression found, in order.  References are
Wednesday 2020-03-18 unless a case says otherwise.
"""

from __future__ import annotations

import pytest

from newsevents.timex import find_times

from .cases import REF, Case, Found
from .cases import found as _found
from .cases import params as _params

QUALIFIER_CASES: list[Case] = [
    (
        "The rebels took the town almost two years ago.",
        REF,
        (("almost two years ago", "2018"),),
        "almost-before-ago",
    ),
    (
        "The mill has stood for almost a decade.",
        REF,
        (("almost a decade", "P10Y"),),
        "almost-before-duration",
    ),
    (
        "Talks lasted about three hours.",
        REF,
        (("about three hours", "PT3H"),),
        "about-before-duration",
    ),
    (
        "The fire started about 10 p.m. on Monday.",
        REF,
        (("about 10 p.m. on Monday", "2020-03-16T22:00"),),
        "about-before-clock-time",
    ),
    (
        "Police found him about a week later.",
        REF,
        (("about a week", "P1W"),),
        "about-before-distance-from-event",
    ),
    (
        "She wrote a book about March 1998 and its floods.",
        REF,
        (("March 1998", "1998-03"),),
        "about-before-month-is-a-preposition",
    ),
    (
        "They argued about Tuesday's vote.",
        REF,
        (("Tuesday", "2020-03-17"),),
        "about-before-weekday-is-a-preposition",
    ),
    (
        "They worried about next week.",
        REF,
        (("next week", "2020-W13"),),
        "about-before-relative-date-is-a-preposition",
    ),
    (
        "The transaction is expected to close around year end.",
        "1989-10-30",
        (("around year end", "1989"),),
        "around-before-year-end",
    ),
    (
        "He flew in October 1984 and later served at NASA.",
        REF,
        (("October 1984", "1984-10"),),
        "and-later-before-a-verb-is-no-qualifier",
    ),
    (
        "The rules cover models from 2010 and later.",
        REF,
        (("2010 and later", "2010"),),
        "and-later-closing-the-phrase-qualifies",
    ),
    (
        "Women's Day is this coming Sunday, March eighth.",
        "1998-03-05",
        (("this coming Sunday, March eighth", "1998-03-08"),),
        "relative-weekday-with-its-date-is-one-date",
    ),
    (
        "The offer expires at the the end of November.",
        "1989-11-02",
        (("the end of November", "1989-11"),),
        "a-doubled-the-stays-outside-the-qualifier",
    ),
]

AMOUNT_CASES: list[Case] = [
    (
        "The family has farmed here for a hundred years.",
        REF,
        (("a hundred years", "P100Y"),),
        "a-hundred",
    ),
    (
        "The order was founded a thousand years ago.",
        REF,
        (("a thousand years ago", "1020"),),
        "a-thousand-ago",
    ),
    (
        "Stocks fell for two dozen days in a row.",
        REF,
        (("two dozen days", "P24D"),),
        "two-dozen-multiplies",
    ),
    (
        "The canal took a dozen years to dig.",
        REF,
        (("a dozen years", "P12Y"),),
        "a-dozen",
    ),
    (
        "The church has stood for nearly a hundred and fifty years.",
        REF,
        (("nearly a hundred and fifty years", "P150Y"),),
        "a-hundred-and-fifty",
    ),
]

SET_VERB_CASES: list[Case] = [
    (
        "The agency had ruled against the family and set Friday as the deadline.",
        REF,
        (("Friday", "2020-03-13"),),
        "set-with-the-day-as-object-follows-the-sentence",
    ),
    (
        "The vote is set Friday.",
        REF,
        (("Friday", "2020-03-20"),),
        "is-set-is-a-plan",
    ),
    (
        "The vote, set for Friday, will decide the matter.",
        REF,
        (("Friday", "2020-03-20"),),
        "set-for-is-a-plan",
    ),
    (
        "Shares closed near the record high set on Feb. 6.",
        REF,
        (("Feb. 6", "2020-02-06"),),
        "a-record-set-on-a-day-is-past",
    ),
    (
        "The talks will resume in the room set on Friday for the signing.",
        REF,
        (("Friday", "2020-03-20"),),
        "set-on-follows-a-future-sentence",
    ),
    (
        "The hearing is set on Monday.",
        REF,
        (("Monday", "2020-03-23"),),
        "is-set-on-is-a-plan",
    ),
    (
        "The judge will set Monday as the deadline.",
        REF,
        (("Monday", "2020-03-23"),),
        "set-in-a-future-sentence",
    ),
]

LIST_DAY_CASES: list[Case] = [
    (
        "The summit meets on April 24 and 25.",
        REF,
        (("April 24", "2020-04-24"), ("25", "2020-04-25")),
        "second-day-of-a-month",
    ),
    (
        "Talks ran from June 1 to 5 in Geneva.",
        REF,
        (("June 1", "2019-06-01"), ("5", "2019-06-05")),
        "from-to-in-the-past",
    ),
    (
        "The vote is on May 3 or 4.",
        None,
        (("May 3", "XXXX-05-03"), ("4", "XXXX-05-04")),
        "no-reference-stays-underspecified",
    ),
    (
        "On March 3 and 4 people died.",
        REF,
        (("March 3", "2020-03-03"),),
        "a-number-before-a-noun-is-an-amount",
    ),
    (
        "Prices rose on March 3 and 25 percent of the stock sold.",
        REF,
        (("March 3", "2020-03-03"),),
        "a-percentage-is-no-day",
    ),
    (
        "The poll on March 17 and 12 others were void.",
        REF,
        (("March 17", "2020-03-17"),),
        "a-smaller-number-is-no-later-day",
    ),
    (
        "Police patrolled from May 16 through 29, 2016, the report said.",
        REF,
        (("May 16", "2016-05-16"), ("29, 2016", "2016-05-29")),
        "the-year-closing-the-list-dates-both-days",
    ),
    (
        "The raids came on June 1 and 2. The next day, police left.",
        REF,
        (("June 1", "2019-06-01"), ("2", "2019-06-02"), ("The next day", "2019-06-02")),
        "the-listed-day-is-no-anchor",
    ),
    (
        "He saw her on Feb. 28 and 30 more times.",
        REF,
        (("Feb. 28", "2020-02-28"),),
        "no-such-day-in-the-month",
    ),
]

CUE_CASES: list[Case] = [
    (
        "The office was locked down on Wednesday due to safety concerns.",
        REF,
        (("Wednesday", "2020-03-18"),),
        "due-to-after-the-day-is-a-cause",
    ),
    (
        "The office was locked down on Monday due to safety concerns.",
        REF,
        (("Monday", "2020-03-16"),),
        "due-to-leaves-the-past-tense",
    ),
    (
        "Rent is due Friday.",
        REF,
        (("Friday", "2020-03-20"),),
        "due-before-the-day-is-ahead",
    ),
    (
        "She heard bangs Sunday night until police arrived.",
        REF,
        (("Sunday night", "2020-03-15TNI"),),
        "until-a-past-event-is-no-future-cue",
    ),
    (
        "Classes will be held Friday until the school is repaired.",
        REF,
        (("Friday", "2020-03-20"),),
        "until-a-present-passive-stays-ahead",
    ),
    (
        "It was not until Monday that he called.",
        REF,
        (("Monday", "2020-03-16"),),
        "it-was-not-until",
    ),
    (
        "He didn't call until Monday.",
        REF,
        (("Monday", "2020-03-16"),),
        "did-not-until",
    ),
    (
        "The store is closed until Friday.",
        REF,
        (("Friday", "2020-03-20"),),
        "until-stays-ahead",
    ),
    (
        "Witnesses said he wasn't there Saturday night.",
        REF,
        (("Saturday night", "2020-03-14TNI"),),
        "negated-past-auxiliary",
    ),
    (
        "The crowd threw stones Sunday until dark.",
        REF,
        (("Sunday", "2020-03-15"),),
        "irregular-past-tense",
    ),
]

NOT_A_TIME_CASES: list[Case] = [
    (
        "Police were called to 1555 Main Street at 2 a.m.",
        REF,
        (("2 a.m.", "2020-03-18T02:00"),),
        "house-number",
    ),
    ("He lives at 1910 S. Pine Ave. in Ocala.", REF, (), "house-number-with-direction"),
    ("The bar at 1533 NW Ave. L was closed.", REF, (), "house-number-with-quadrant"),
    ("Shots were heard near 1115 Mt. Vernon Avenue.", REF, (), "house-number-abbreviated-name"),
    ("In 1998 Congress passed the law.", REF, (("1998", "1998"),), "a-year-before-a-name"),
    ("The suspect is 20 to 25 years of age.", REF, (), "an-age-range"),
    ("A child under one year of age must ride in back.", REF, (), "an-age"),
    ("He fled in his 1993 Honda Accord.", REF, (), "a-model-year"),
    ("Someone egged a 1995 Dodge and a 1996 Ford.", REF, (), "model-years-in-a-list"),
    ("In 2002 Ford cut jobs.", REF, (("2002", "2002"),), "a-year-before-a-make-after-in"),
    ("He told the Daily News on Monday.", REF, (("Monday", "2020-03-16"),), "a-newspaper"),
    ("(Jane Doe for New York Daily News)", REF, (), "a-newspaper-in-a-credit"),
    ("Mark Weekly, 50, was found.", REF, (), "a-surname"),
    ("Daily, the agency posts figures.", REF, (("Daily", "P1D"),), "daily-opening-a-sentence"),
    (
        "He was 17 years of age and served 40 years.",
        REF,
        (("40 years", "P40Y"),),
        "an-age-then-a-duration",
    ),
]

RETRY_CASES: list[Case] = [
    (
        "He told reporters that November 18 was a quiet night.",
        REF,
        (("November 18", "2019-11-18"),),
        "that-before-a-date-is-a-conjunction",
    ),
    (
        "He said that November was cold.",
        REF,
        (("November", "2019-11"),),
        "that-before-a-month-with-no-year-named",
    ),
    (
        "In 2015 it rained. That November was cold.",
        REF,
        (("2015", "2015"), ("That November", "2015-11")),
        "that-month-after-a-year",
    ),
]


class TestFindTimesQualifiers:
    """
    `find_times` reads qualifiers, spelled amounts and the verb "set" before a day.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(QUALIFIER_CASES))
    def test_qualifiers(self, text: str, reference: str, expected: Found) -> None:
        """
        "almost" and "about" qualify an amount or a clock time, and are part of its span.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(AMOUNT_CASES))
    def test_amounts(self, text: str, reference: str, expected: Found) -> None:
        """
        "a hundred", "a thousand" and "dozen" are amounts of units.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(LIST_DAY_CASES))
    def test_list_day(self, text: str, reference: str | None, expected: Found) -> None:
        """
        A day number listed after a month and day is the next day named in that month.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(NOT_A_TIME_CASES))
    def test_not_a_time(self, text: str, reference: str, expected: Found) -> None:
        """
        House numbers, ages, model years and names such as "the Daily News" are no times.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(RETRY_CASES))
    def test_retry_at_head(self, text: str, reference: str, expected: Found) -> None:
        """
        A match opened by a starter word that names nothing leaves the head word to be read.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CUE_CASES))
    def test_cues(self, text: str, reference: str, expected: Found) -> None:
        """
        "due to" after a day is a cause; "until" before a past event or after a denial is past.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(SET_VERB_CASES))
    def test_set_verb(self, text: str, reference: str, expected: Found) -> None:
        """
        A day that is the object of "set" takes the direction of its sentence.
        """
        actual = _found(text, reference)

        assert expected == actual


MOD_CASES = [
    ("almost two years ago", "LESS_THAN", "almost"),
    ("about three hours", "APPROX", "about"),
]


class TestFindTimesQualifierMods:
    """
    The qualifiers become the TIMEX3 mod.
    """

    @pytest.mark.parametrize(
        ("text", "expected"), [pytest.param(t, m, id=i) for t, m, i in MOD_CASES]
    )
    def test_mod(self, text: str, expected: str) -> None:
        """
        "almost" is LESS_THAN, "about" APPROX.
        """
        actual = tuple(
            None if time.mod is None else time.mod.value for time in find_times(text, REF)
        )

        assert (expected,) == actual
