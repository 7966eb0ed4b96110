"""
Table-driven tests of anaphoric parts of the day, detached qualifiers, clock ranges and the New Year.

Each case is ``(text, reference, expected, why)`` where *expected* is a tuple of
``(expression text, value)`` for every expression found, in order.  References are
Wednesday 2020-03-18 unless a case says otherwise.  Every rule has a look-alike it must
leave alone.
"""

from __future__ import annotations

import pytest

from newsevents.timex import find_times

from .cases import REF, Case, Found
from .cases import found as _found
from .cases import params as _params

THAT_PART_CASES: list[Case] = [
    (
        "He was shot last May. Police said there was a gunfight that night.",
        "2017-03-03",
        (("last May", "2016-05"), ("that night", "2016-05-XXTNI")),
        "that-night-after-a-month-is-a-night-of-it",
    ),
    (
        "They met in 1998. That afternoon they signed.",
        REF,
        (("1998", "1998"), ("That afternoon", "1998-XX-XXTAF")),
        "that-afternoon-after-a-year-is-an-afternoon-of-it",
    ),
    (
        "Le testified Thursday about the June 2014 shootout. He fired 11 shots that night.",
        "2016-03-24",
        (("Thursday", "2016-03-24"), ("June 2014", "2014-06"), ("that night", "2014-06-XXTNI")),
        "the-publication-day-is-no-story-day",
    ),
    (
        "He was shot Monday in a house built in 1984. That night he died.",
        REF,
        (("Monday", "2020-03-16"), ("1984", "1984"), ("That night", "2020-03-16TNI")),
        "a-day-named-before-the-year-keeps-that-night",
    ),
    (
        "He was shot last May. He died last night.",
        "2017-03-03",
        (("last May", "2016-05"), ("last night", "2017-03-02TNI")),
        "last-night-is-no-anaphor",
    ),
]

QUALIFIER_CASES: list[Case] = [
    (
        "The office released information late on Monday.",
        REF,
        (("late on Monday", "2020-03-16"),),
        "late-on-a-weekday",
    ),
    (
        "The spree ended early on Tuesday morning.",
        REF,
        (("early on Tuesday morning", "2020-03-17TMO"),),
        "early-on-a-weekday-and-part-of-day",
    ),
    (
        "But in the early hours of Sunday, Feb. 19, she was shot.",
        "2017-02-23",
        (("the early hours of Sunday, Feb. 19", "2017-02-19"),),
        "the-early-hours-of-a-date",
    ),
    (
        "The curfew was not enforced in the wee hours of Sunday.",
        REF,
        (("the wee hours of Sunday", "2020-03-15"),),
        "the-wee-hours-of-a-weekday",
    ),
    (
        "The FBI arrested him in the early hours of Thursday morning.",
        REF,
        (("Thursday morning", "2020-03-12TMO"),),
        "a-part-of-day-already-names-the-hours",
    ),
    (
        "Early on, officials said the plan failed Monday.",
        REF,
        (("Monday", "2020-03-16"),),
        "early-on-as-an-adverb-qualifies-nothing",
    ),
]

#: ``(text, reference, expression text, mod, why)``: the mod a detached qualifier gives.
ModCase = tuple[str, str, str, str, str]

MOD_CASES: list[ModCase] = [
    ("He was found late on Monday.", REF, "late on Monday", "END", "late-on-is-end"),
    ("He was shot early on Sept. 10.", REF, "early on Sept. 10", "START", "early-on-is-start"),
    (
        "It happened in the early hours of Sunday.",
        REF,
        "the early hours of Sunday",
        "START",
        "early-hours-is-start",
    ),
]

HYPHEN_DAY_CASES: list[Case] = [
    (
        "Her birthday brought the girls together for a Saturday-night party.",
        "2017-02-23",
        (("Saturday-night", "2017-02-18TNI"),),
        "weekday-hyphen-night",
    ),
    (
        "He was wounded in a Sunday-morning attack.",
        REF,
        (("Sunday-morning", "2020-03-15TMO"),),
        "weekday-hyphen-morning",
    ),
    (
        "The Monday-Friday schedule was cut.",
        REF,
        (("Monday", "2020-03-16"), ("Friday", "2020-03-13")),
        "weekday-hyphen-weekday-is-no-part-of-day",
    ),
]

CLOCK_RANGE_CASES: list[Case] = [
    (
        "A gathering is planned from 4:00 to 5:30 p.m.",
        "2014-12-27",
        (("4:00", "2014-12-27T16:00"), ("5:30 p.m.", "2014-12-27T17:30")),
        "from-to-takes-the-second-meridiem",
    ),
    (
        "She awoke between 1 and 2 a.m.",
        REF,
        (("1", "2020-03-18T01:00"), ("2 a.m.", "2020-03-18T02:00")),
        "between-and",
    ),
    (
        "The funeral is Monday from 12-4 p.m.",
        REF,
        (("Monday", "2020-03-23"), ("12", "2020-03-23T12:00"), ("4 p.m.", "2020-03-23T16:00")),
        "hyphen-range-from-noon",
    ),
    (
        "A vigil will be held from 2-6 PM on Sunday.",
        REF,
        (("2", "2020-03-22T14:00"), ("6 PM on Sunday", "2020-03-22T18:00")),
        "the-first-takes-the-second-day",
    ),
    (
        "The office is open from 10 to 2 p.m.",
        REF,
        (("10", "2020-03-18T10:00"), ("2 p.m.", "2020-03-18T14:00")),
        "a-later-first-hour-is-the-morning",
    ),
    (
        "Rates rose between 1 and 2 percent.",
        REF,
        (),
        "no-clock-no-range",
    ),
    (
        "Pick 4 – 1 p.m. 7-9-4-8",
        REF,
        (("1 p.m.", "2020-03-18T13:00"),),
        "a-spaced-dash-needs-a-preposition",
    ),
    (
        "Shots rang out between 11 and 1 a.m.",
        REF,
        (("1 a.m.", "2020-03-18T01:00"),),
        "a-range-across-midnight-is-left-alone",
    ),
]

NEW_YEAR_CASES: list[Case] = [
    (
        "The family is hoping the New Year will bring them some answers.",
        "2016-01-01",
        # the year begun since session 38 (it was New Year's Day)
        (("the New Year", "2016"),),
        "the-new-year-on-new-years-day",
    ),
    (
        "He fired weapons in the air to celebrate the New Year.",
        "2017-01-04",
        # the feast after "celebrate"; "the" is in the span since session 38
        (("the New Year", "2017-01-01"),),
        "the-new-year-past",
    ),
    ("On New Year's Day he left.", REF, (("New Year's Day", "2020-01-01"),), "new-years-day"),
    (
        "They celebrated the Lunar New Year in the new year.",
        REF,
        # "the new year" is the year begun since session 38
        (("the new year", "2020"),),
        "lunar-new-year-and-lowercase-are-no-january-first",
    ),
    ("He threw a New Year's party.", REF, (), "new-years-as-a-modifier-is-left-alone"),
]

SAME_PART_CASES: list[Case] = [
    (
        "He was shot Monday. He died that same night.",
        REF,
        (("Monday", "2020-03-16"), ("that same night", "2020-03-16TNI")),
        "that-same-night",
    ),
    (
        "He was arrested Monday and released the same evening.",
        REF,
        (("Monday", "2020-03-16"), ("the same evening", "2020-03-16TEV")),
        "the-same-evening-closing-a-clause",
    ),
    (
        "He was in Ohio on Monday, the same night he won the primary.",
        REF,
        (("Monday", "2020-03-16"),),
        "the-same-night-defined-by-a-clause-is-no-anaphor",
    ),
]


class TestAnaphoraMore:
    """
    Parts of the day read against the last date, detached qualifiers, ranges, the New Year.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(THAT_PART_CASES))
    def test_that_part_of_day(self, text: str, reference: str, expected: Found) -> None:
        """
        "that night" after a month or a year (and no day but the report's) is a night of it.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(QUALIFIER_CASES))
    def test_detached_qualifiers(self, text: str, reference: str, expected: Found) -> None:
        """
        "late on Monday" and "the early hours of Sunday" qualify the day like "late Monday".
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(
        ("text", "reference", "span", "mod"),
        [pytest.param(*case[:4], id=case[4]) for case in MOD_CASES],
    )
    def test_detached_qualifier_mods(self, text: str, reference: str, span: str, mod: str) -> None:
        """
        A detached qualifier gives the mod its adjacent form gives.
        """
        actual = [
            (time.text, time.mod.value if time.mod else None)
            for time in find_times(text, reference)
        ]

        assert [(span, mod)] == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(HYPHEN_DAY_CASES))
    def test_hyphenated_part_of_day(self, text: str, reference: str, expected: Found) -> None:
        """
        "Saturday-night" is "Saturday night".
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CLOCK_RANGE_CASES))
    def test_clock_ranges(self, text: str, reference: str, expected: Found) -> None:
        """
        The first time of a clock range takes the second's half of the day and its day.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(NEW_YEAR_CASES))
    def test_new_year(self, text: str, reference: str, expected: Found) -> None:
        """
        "the New Year" is the holiday, January 1 in the direction of the tense.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(SAME_PART_CASES))
    def test_same_part_of_day(self, text: str, reference: str, expected: Found) -> None:
        """
        "that same night", and "the same night" closing its clause, are the last day named.
        """
        actual = _found(text, reference)

        assert expected == actual
