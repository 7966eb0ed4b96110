"""
Table-driven tests of awaited named days, frequencies, "N or M units ago" and "the day before".

Each case is ``(text, reference, expected, why)`` where *expected* is a tuple of
``(expression text, value)`` for every expression found, in order.  Every rule has a
look-alike it must leave alone.
"""

from __future__ import annotations

import pytest

from newsevents.timex import find_times

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

ELECTION_DAY_CASES: list[Case] = [
    (
        "Volunteers will drive voters to the polls on Election Day.",
        "2016-02-17",
        (("Election Day", "2016-11-08"),),
        "a-future-tense-is-the-coming-one",
    ),
    (
        "On Election Day, the polls close at 8 p.m.",
        "2016-02-17",
        (("Election Day", "2016-11-08"), ("8 p.m.", "2016-11-08T20:00")),
        "no-tense-is-the-coming-one",
    ),
    (
        "On Election Day, the polls close at 8 p.m.",
        "2016-11-20",
        (("Election Day", "2016-11-08"), ("8 p.m.", "2016-11-08T20:00")),
        "no-tense-within-a-month-after-is-the-one-just-held",
    ),
    (
        "Turnout on Election Day was low.",
        "2017-02-01",
        (("Election Day", "2016-11-08"),),
        "a-past-tense-is-the-last-one",
    ),
    (
        "In 2012, he barely campaigned, but on Election Day he won easily.",
        "2016-09-08",
        (("2012", "2012"), ("Election Day", "2012-11-06")),
        "a-year-opening-the-sentence-frames-it",
    ),
    (
        "The 2012 Election Day was cold and wet.",
        "2016-09-08",
        (("2012 Election Day", "2012-11-06"),),
        "a-year-before-it-names-it",
    ),
]

SUPER_TUESDAY_CASES: list[Case] = [
    (
        "She has built strong organisations in the Super Tuesday states.",
        "2016-01-20",
        (("Super Tuesday", "2016-03-01"),),
        "months-before-the-coming-one-whatever-the-tense",
    ),
    (
        "His poor showing on Super Tuesday ended the campaign.",
        "2016-03-10",
        (("Super Tuesday", "2016-03-01"),),
        "days-after-the-one-just-held",
    ),
    (
        "Kentucky last voted in the 1988 Super Tuesday.",
        "2016-05-18",
        (("1988 Super Tuesday", "1988-03-08"),),
        "a-year-names-the-one-of-that-year",
    ),
    (
        "Candidates are already planning for Super Tuesday.",
        "2019-06-01",
        (("Super Tuesday", "2020-03-03"),),
        "the-next-cycle",
    ),
    (
        "He flew home on Tuesday.",
        "2016-03-03",
        (("Tuesday", "2016-03-01"),),
        "a-plain-tuesday-is-still-a-weekday",
    ),
]

STORY_DAY_CASES: list[Case] = [
    (
        "He is heading to the Super Tuesday contests. Police said the crash happened at 5 p.m.",
        "2016-02-20",
        (("Super Tuesday", "2016-03-01"), ("5 p.m.", "2016-02-20T17:00")),
        "named-in-passing-it-is-no-day-the-story-goes-on-from",
    ),
]

FREQUENCY_CASES: list[Case] = [
    ("She makes calls two nights a week.", "2016-02-17", (("two nights a week", "P1W"),), "nights"),
    ("The pills are taken twice a day.", "2016-02-17", (("twice a day", "P1D"),), "twice"),
    (
        "The postman came two or three times a day.",
        "2016-02-17",
        (("two or three times a day", "P1D"),),
        "a-range-of-times",
    ),
    (
        "The hotline is open 24 hours a day, seven days a week.",
        "2016-02-17",
        (("24 hours a day", "P1D"), ("seven days a week", "P1W")),
        "two-frequencies",
    ),
    ("The board meets once per year.", "2016-02-17", (("once per year", "P1Y"),), "per"),
    ("Parking costs $5 a day.", "2016-02-17", (), "a-price-is-no-frequency"),
    ("He ate three meals a day.", "2016-02-17", (), "a-meal-is-no-time"),
    ("The house is twice the size.", "2016-02-17", (), "twice-without-a-unit"),
    ("He stayed for two nights.", "2016-02-17", (("two nights", "P2D"),), "a-plain-duration"),
]

AGO_RANGE_CASES: list[Case] = [
    (
        "Those things happened 40 or 50 years ago.",
        "2015-11-08",
        (("40 or 50 years ago", "1975"),),
        "or-counts-from-the-first",
    ),
    (
        "The family moved in two or three months ago.",
        "2016-10-24",
        (("two or three months ago", "2016-08"),),
        "months",
    ),
    (
        "Things changed one or two days later.",
        "2015-11-10",
        (("one or two days", "P1D"),),
        "later-without-a-date-stays-a-distance",
    ),
    (
        "Sales grew in the past two to three years.",
        "2015-11-10",
        (("the past two to three years", "P2Y"),),
        "a-range-without-ago-is-a-duration",
    ),
]

DAY_BEFORE_CASES: list[Case] = [
    (
        "He was last seen on Jan. 24. He went to school the day before.",
        "2014-07-10",
        (("Jan. 24", "2014-01-24"), ("the day before", "2014-01-23")),
        "the-day-before-standing-alone",
    ),
    (
        "Sales were $300 million last year, down from $450 million the year before.",
        "1998-09-07",
        (("last year", "1997"), ("the year before", "1996")),
        "the-year-before-the-last-named",
    ),
    (
        "A man was shot dead on Friday, Nov. 6. The day before the shooting, he bought a gun.",
        "2015-11-08",
        (("Friday, Nov. 6", "2015-11-06"), ("The day", "2015-11-05")),
        "the-day-before-a-dated-shooting",
    ),
    (
        "A man was shot dead on Friday, Nov. 6. The week before the shooting, he moved.",
        "2015-11-08",
        (("Friday, Nov. 6", "2015-11-06"), ("The week", "2015-W44")),
        "the-week-before-a-dated-shooting-is-a-week",
    ),
    (
        "A man was shot dead on Friday, Nov. 6. The night before the shooting, he drank.",
        "2015-11-08",
        (("Friday, Nov. 6", "2015-11-06"), ("The night", "2015-11-05TNI")),
        "the-night-before-a-dated-shooting-is-its-eve",
    ),
    (
        "A man was shot dead on Friday, Nov. 6. The month before the attack, he moved.",
        "2015-11-08",
        (("Friday, Nov. 6", "2015-11-06"), ("The month", "2015-10")),
        "the-month-before-a-dated-shooting-is-a-month",
    ),
    (
        "The day before the shooting, he bought a gun.",
        "2015-11-08",
        (),
        "no-shooting-dated-nothing-to-count-from",
    ),
    ("He arrived the day before the vote.", "2015-11-08", (), "the-day-before-an-event"),
    ("The day after he was hounded, he left.", "2015-11-08", (), "the-day-after-a-clause"),
]


INCIDENT_OBJECT_CASES: list[Case] = [
    (
        "The gang may be tied to the shooting of a 3-year-old girl on Easter Sunday.",
        "2017-01-22",
        (("Easter Sunday", "2016-03-27"),),
        "the-incident-and-its-victim-before-the-day",
    ),
    (
        "He may be charged in the stabbing of a teen at a party on Saturday.",
        "2017-01-24",
        (("Saturday", "2017-01-21"),),
        "a-place-between-too",
    ),
    (
        "He will be tried for the killing of his wife, who will be buried on Friday.",
        "2017-01-24",
        (("Friday", "2017-01-27"),),
        "a-relative-clause-ends-the-phrase",
    ),
    (
        "The board may discuss the sale of the park on Saturday.",
        "2017-01-24",
        (("Saturday", "2017-01-28"),),
        "no-incident-noun",
    ),
]


CLOCK_DAY_CASES: list[Case] = [
    (
        "Police arrived at 10 p.m. the previous day.",
        "1999-04-19",
        (("10 p.m. the previous day", "1999-04-18T22:00"),),
        "a-clock-and-an-anaphoric-day",
    ),
    (
        "He was shot on Friday, Oct. 23. His car was seen at 6 a.m. ten days before the shooting.",
        "1999-04-19",
        (("Friday, Oct. 23", "1998-10-23"), ("6 a.m. ten days", "1998-10-13T06:00")),
        "a-clock-and-a-day-counted-from-an-incident",
    ),
    (
        "She left the house around 11 a.m. New Year's Day.",
        "2017-01-20",
        (("around 11 a.m. New Year's Day", "2017-01-01T11:00"),),
        "a-clock-and-a-holiday",
    ),
    (
        "He left at 9 a.m., two days later.",
        "1999-04-19",
        (("9 a.m.", "1999-04-19T09:00"), ("two days later", "1999-04-21")),
        "a-comma-keeps-them-apart",
    ),
]


class TestNamedDaysAndSets:
    """
    Awaited named days, frequencies, ranges counted back and "the day before".
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(ELECTION_DAY_CASES))
    def test_election_day(self, text: str, reference: str, expected: Found) -> None:
        """
        "Election Day" follows the tense; with none it is the coming one.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(SUPER_TUESDAY_CASES))
    def test_super_tuesday(self, text: str, reference: str, expected: Found) -> None:
        """
        "Super Tuesday" is the primary day of the nearest presidential election year.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(STORY_DAY_CASES))
    def test_day_named_in_passing(self, text: str, reference: str, expected: Found) -> None:
        """
        A named day used as a modifier does not become the day later clock times are on.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(FREQUENCY_CASES))
    def test_frequencies(self, text: str, reference: str, expected: Found) -> None:
        """
        "twice a week", "two nights a week" are sets of the unit after "a"; prices are not.
        """
        actual = _found(text, reference)

        assert expected == actual

    def test_frequency_is_a_set(self) -> None:
        """
        A frequency is typed SET, with no interval.
        """
        (time,) = find_times("She calls three times a week.", "2016-02-17")

        assert (time.type.value, time.start, time.end) == ("SET", None, None)

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(AGO_RANGE_CASES))
    def test_ago_ranges(self, text: str, reference: str, expected: Found) -> None:
        """
        "N or M units ago" is one date counted from N; without "ago" it stays a duration.
        """
        actual = _found(text, reference)

        assert expected == actual

    def test_ago_range_is_approximate(self) -> None:
        """
        A range counted back is marked APPROX.
        """
        (time,) = find_times("It began two or three years ago.", "2015-11-08")

        assert time.mod is not None
        assert (time.value, time.mod.value) == ("2013", "APPROX")

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(DAY_BEFORE_CASES))
    def test_day_before(self, text: str, reference: str, expected: Found) -> None:
        """
        "the day before" alone is the day before the last date; before a dated killing, its eve.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(INCIDENT_OBJECT_CASES))
    def test_incident_and_its_object(self, text: str, reference: str, expected: Found) -> None:
        """
        "the shooting of <someone> on <day>" is past, even under a modal.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CLOCK_DAY_CASES))
    def test_clock_and_day(self, text: str, reference: str, expected: Found) -> None:
        """
        A clock time right before a day is one time on that day.
        """
        actual = _found(text, reference)

        assert expected == actual

    def test_clock_and_day_keeps_the_day_anchor(self) -> None:
        """
        The joined time is anchored where its day was, and its interval is that day.
        """
        text = (
            "He was shot on Friday, Oct. 23. A car was seen at 6 a.m. ten days before the shooting."
        )
        first, joined = find_times(text, "1999-04-19")

        assert joined.anchor == first.span
        assert (str(joined.start), str(joined.end)) == ("1998-10-13", "1998-10-13")

    def test_unknown_reference_keeps_super_tuesday_underspecified(self) -> None:
        """
        Without a reference only a year written with it resolves "Super Tuesday".
        """
        assert _found("He won on Super Tuesday, as in the 2008 Super Tuesday.", None) == (
            ("Super Tuesday", "XXXX-XX-XX"),
            ("2008 Super Tuesday", "2008-02-05"),
        )
