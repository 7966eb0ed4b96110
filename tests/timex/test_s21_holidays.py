"""
Table-driven tests of the holidays added in session 21, and of a year written before a holiday.

Fixed days ("the Fourth of July", "St. Patrick's Day", "Juneteenth", "Cinco de Mayo"), days
counted in weeks of a month ("Mother's Day" is the second Sunday of May, "Martin Luther King
Jr. Day" the third Monday of January), days counted from Easter and Thanksgiving ("Good
Friday", "Black Friday"), and words that only look like them ("St. Patrick's Cathedral", "his
mother's day off"); and a day heading an entry of a list ("Jan. 5: Howard Atkinson shot ..."),
which the entry's verb governs; and a day whose incident follows a possessive ("Tuesday's
midtown shooting"); and "until" a day followed by a clause of "when" in the past tense.  Each case is ``(text, reference, expected, why)`` where *expected* is a
tuple of ``(expression text, value)`` for every expression found, in order; every case names
its own reference date.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

FIXED_CASES: list[Case] = [
    (
        "A boy was shot on the Fourth of July near the park.",
        "2016-07-10",
        (("Fourth of July", "2016-07-04"),),
        "fourth-of-july-past",
    ),
    (
        "Crowds will gather for the Fourth of July fireworks.",
        "2016-06-20",
        (("Fourth of July", "2016-07-04"),),
        "fourth-of-july-coming",
    ),
    (
        "The bars were packed on St. Patrick's Day.",
        "2019-04-02",
        (("St. Patrick's Day", "2019-03-17"),),
        "st-patricks-day",
    ),
    (
        "Marchers filled the avenue on Saint Patrick’s Day.",
        "2019-04-02",
        (("Saint Patrick’s Day", "2019-03-17"),),
        "saint-patricks-day-curly",
    ),
    (
        "The festival was held on Juneteenth.",
        "2021-07-01",
        (("Juneteenth", "2021-06-19"),),
        "juneteenth",
    ),
    (
        "The restaurant was busy on Cinco de Mayo.",
        "2018-05-20",
        (("Cinco de Mayo", "2018-05-05"),),
        "cinco-de-mayo",
    ),
]

COUNTED_CASES: list[Case] = [
    (
        "She was killed on Mother's Day.",
        "2016-05-20",
        (("Mother's Day", "2016-05-08"),),
        "mothers-day-may-first-a-sunday",
    ),
    (
        "He was killed on Mother's Day.",
        "2019-05-20",
        (("Mother's Day", "2019-05-12"),),
        "mothers-day-may-first-a-wednesday",
    ),
    (
        "The family met on Father's Day.",
        "2021-06-30",
        (("Father's Day", "2021-06-20"),),
        "fathers-day",
    ),
    (
        "Schools closed for Martin Luther King Jr. Day.",
        "2024-01-20",
        (("Martin Luther King Jr. Day", "2024-01-15"),),
        "mlk-day-long",
    ),
    (
        "Shots rang out at an MLK Day parade.",
        "2017-01-17",
        (("MLK Day", "2017-01-16"),),
        "mlk-day-short",
    ),
    (
        "Offices were shut on Presidents' Day.",
        "2020-02-20",
        (("Presidents' Day", "2020-02-17"),),
        "presidents-day",
    ),
    (
        "The parade was held on Columbus Day.",
        "2019-10-20",
        (("Columbus Day", "2019-10-14"),),
        "columbus-day",
    ),
    (
        "The church was full on Good Friday.",
        "2019-04-25",
        (("Good Friday", "2019-04-19"),),
        "good-friday-from-easter",
    ),
    (
        "Shoppers lined up on Black Friday.",
        "2019-12-03",
        (("Black Friday", "2019-11-29"),),
        "black-friday-after-thanksgiving",
    ),
    (
        "A bloody Mother's Day weekend left seven people shot.",
        "2016-05-09",
        (("Mother's Day weekend", "2016-W18-WE"),),
        "mothers-day-weekend",
    ),
]

YEAR_CASES: list[Case] = [
    (
        "Pittsburgh's 2017 St. Patrick's Day parade drew crowds.",
        "2017-02-11",
        (("2017 St. Patrick's Day", "2017-03-17"),),
        "year-before-a-holiday",
    ),
    (
        "In 2015 Christmas fell on a Friday.",
        "2017-02-11",
        (("2015 Christmas", "2015-12-25"), ("Friday", "2017-02-10")),
        "year-before-christmas",
    ),
    (
        "He lived at 2017 St. Louis Avenue for a decade.",
        "2017-02-11",
        (("a decade", "P10Y"),),
        "year-before-a-street-stays-out",
    ),
]

LOOKALIKE_CASES: list[Case] = [
    (
        "She prayed at St. Patrick's Cathedral.",
        "2019-04-02",
        (),
        "cathedral-is-no-holiday",
    ),
    (
        "It was his mother's day off.",
        "2019-04-02",
        (),
        "lowercase-mothers-day",
    ),
    (
        "Good Friends opened a cafe.",
        "2019-04-02",
        (),
        "good-without-friday",
    ),
]

HEADING_CASES: list[Case] = [
    (
        "HOMICIDES 2016\n\nJan. 5: Howard Atkinson shot to death his sister-in-law.",
        "2016-11-21",
        (("2016", "2016"), ("Jan. 5", "2016-01-05")),
        "heading-month-day-past-killing",
    ),
    (
        "Jan. 5: The trial will open in the county court.",
        "2016-11-21",
        (("Jan. 5", "2017-01-05"),),
        "heading-month-day-future",
    ),
    (
        "Sunday: The mayor will speak at the vigil.",
        "2016-11-21",
        (("Sunday", "2016-11-27"),),
        "heading-weekday-future",
    ),
]

POSSESSIVE_CASES: list[Case] = [
    (
        "No charges expected in Tuesday’s midtown shooting.",
        "2017-03-08",
        (("Tuesday", "2017-03-07"),),
        "possessive-modifier-incident-curly",
    ),
    (
        "Charges are expected in Saturday's deadly double shooting.",
        "2017-03-08",
        (("Saturday", "2017-03-04"),),
        "possessive-two-modifiers-incident",
    ),
]

UNTIL_CASES: list[Case] = [
    (
        "Vince remained at large until Tuesday, when he was arrested.",
        "2016-08-15",
        (("Tuesday", "2016-08-09"),),
        "until-day-when-past",
    ),
    (
        "The road stays closed until Tuesday, when crews will reopen it.",
        "2016-08-15",
        (("Tuesday", "2016-08-16"),),
        "until-day-when-future",
    ),
]


class TestHolidays:
    """
    Holidays of US news: fixed days, counted days, a year before them, and look-alikes.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(FIXED_CASES))
    def test_fixed_days(self, text: str, reference: str, expected: Found) -> None:
        """
        A holiday on a fixed day of the year is that day, in the year the tense points to.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(COUNTED_CASES))
    def test_counted_days(self, text: str, reference: str, expected: Found) -> None:
        """
        A holiday counted in weeks of a month, or from Easter or Thanksgiving, is its day.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(YEAR_CASES))
    def test_year_before(self, text: str, reference: str, expected: Found) -> None:
        """
        A year right before a holiday is its year; before a street name it is neither.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(LOOKALIKE_CASES))
    def test_lookalikes(self, text: str, reference: str, expected: Found) -> None:
        """
        Words that begin like a holiday and go on otherwise are no time.
        """
        actual = _found(text, reference)

        assert expected == actual


class TestHeadings:
    """
    A day that opens a line and ends at a colon heads an entry: the entry's verb governs it.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(HEADING_CASES))
    def test_entry_verb_decides(self, text: str, reference: str, expected: Found) -> None:
        """
        "Jan. 5: X shot ..." is the past Jan. 5; "Sunday: X will speak" the coming Sunday.
        """
        actual = _found(text, reference)

        assert expected == actual


class TestPossessiveIncident:
    """
    "Tuesday's midtown shooting" is a past day even in a sentence about what lies ahead.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(POSSESSIVE_CASES))
    def test_incident_after_possessive(self, text: str, reference: str, expected: Found) -> None:
        """
        An incident noun a few modifiers after "'s" makes the day the past one.
        """
        actual = _found(text, reference)

        assert expected == actual


class TestUntilWhen:
    """
    "until Tuesday, when he was arrested" reaches a past day; "when crews will" one ahead.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(UNTIL_CASES))
    def test_when_clause_decides(self, text: str, reference: str, expected: Found) -> None:
        """
        The tense of the clause of "when" after the day says which way "until" reaches.
        """
        actual = _found(text, reference)

        assert expected == actual
