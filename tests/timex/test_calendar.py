"""
Table-driven tests of the calendar arithmetic on TIMEX3 values.

Days, years and clock times are read without a pattern; these cases pin that reading to
what the patterns accept.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.timex._calendar import grain_of, interval, is_timex_value

WELL_FORMED_CASES = [
    ("2020-03-17", True, "day"),
    ("2020-03-17T14:30", True, "day-and-clock-time"),
    ("2020-03-17T14", True, "day-and-hour"),
    ("2020-03-17TNI", True, "day-and-part-of-day"),
    ("2020-03-17T1:30", False, "one-digit-hour"),
    ("2020-03-17T14:3", False, "one-digit-minute"),
    ("2020-03-17TXX", False, "unknown-part-of-day"),
    ("PXX", True, "some-length-of-no-unit"),
    ("PXXX", False, "unknown-unit-xx"),
    ("2020-03-17 ", False, "trailing-space"),
    ("2020-13-17", False, "month-thirteen"),
    ("2020-00-17", False, "month-zero"),
    ("2020-03-32", False, "day-thirty-two"),
    ("2020-03-00", False, "day-zero"),
    ("2021-02-30", True, "a-day-the-calendar-lacks-is-well-formed"),
    ("2020-0a-17", False, "letter-in-month"),
    ("\u0662\u0660\u0662\u0660-03-17", True, "arabic-indic-year-read-by-the-pattern"),
    ("2020", True, "year"),
    ("202a", False, "letter-in-year"),
    ("2020-03", True, "month"),
    ("2020-W12-WE", True, "weekend"),
    ("XXXX-03-17", True, "day-without-year"),
    ("P30Y", True, "duration"),
    ("PRESENT_REF", True, "present"),
]

INTERVAL_CASES = [
    ("2020-03-17", (dt.date(2020, 3, 17), dt.date(2020, 3, 17)), "day"),
    ("2021-02-30", None, "a-day-the-calendar-lacks"),
    ("0000-01-01", None, "year-zero"),
    ("2020-13-01", None, "month-thirteen"),
    ("2020-02", (dt.date(2020, 2, 1), dt.date(2020, 2, 29)), "leap-february"),
    ("2019-12", (dt.date(2019, 12, 1), dt.date(2019, 12, 31)), "december"),
    ("9999-12", None, "a-month-ending-past-9999"),
    ("9999-11", (dt.date(9999, 11, 1), dt.date(9999, 11, 30)), "the-last-whole-month"),
    ("2020-Q4", (dt.date(2020, 10, 1), dt.date(2020, 12, 31)), "quarter"),
    ("2020-H1", (dt.date(2020, 1, 1), dt.date(2020, 6, 30)), "half"),
    ("2020-WI", (dt.date(2020, 12, 1), dt.date(2021, 2, 28)), "winter"),
    ("9999-Q4", None, "a-quarter-ending-past-9999"),
    ("2020", (dt.date(2020, 1, 1), dt.date(2020, 12, 31)), "year"),
    ("0000", None, "year-zero-alone"),
    ("0000-05", None, "month-of-year-zero"),
    ("2020-00", None, "month-zero"),
    ("\u0662\u0660\u0662\u0660", (dt.date(2020, 1, 1), dt.date(2020, 12, 31)), "arabic-indic-year"),
]

GRAIN_CASES = [
    ("2020-03-17", "D", "day"),
    ("2021-02-30", "D", "a-day-the-calendar-lacks-has-a-grain"),
    ("2020-13-17", None, "month-thirteen"),
    ("2020-03", "M", "month"),
    ("2020-13", None, "month-thirteen-alone"),
    ("2020", "Y", "year"),
    ("0000", "Y", "year-zero-has-a-grain"),
    ("P1Y", None, "duration"),
]


class TestCalendar:
    """
    Reading values back: well-formedness, intervals and grains.
    """

    @pytest.mark.parametrize(
        ("value", "expected"),
        [pytest.param(value, expected, id=why) for value, expected, why in WELL_FORMED_CASES],
    )
    def test_is_timex_value(self, value: str, expected: bool) -> None:
        """
        Days and clock times in ASCII digits read as the pattern reads them.
        """
        actual = is_timex_value(value)

        assert expected == actual

    @pytest.mark.parametrize(
        ("value", "expected"),
        [pytest.param(value, expected, id=why) for value, expected, why in INTERVAL_CASES],
    )
    def test_interval(self, value: str, expected: tuple[dt.date, dt.date] | None) -> None:
        """
        A period's first and last day; none for a day the calendar lacks or past year 9999.
        """
        actual = interval(value)

        assert expected == actual

    @pytest.mark.parametrize(
        ("value", "expected"),
        [pytest.param(value, expected, id=why) for value, expected, why in GRAIN_CASES],
    )
    def test_grain_of(self, value: str, expected: str | None) -> None:
        """
        The grain of a calendar value, whether or not the calendar has the day.
        """
        actual = grain_of(value)

        assert expected == actual
