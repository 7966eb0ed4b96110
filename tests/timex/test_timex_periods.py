"""
Table-driven tests of holiday weeks, the day the story is on, and four-digit clock times.

Each case is ``(text, reference, expected, why)`` where *expected* is a tuple of
``(expression text, value)`` for every expression found, in order.  References are
Wednesday 2020-03-18 unless a case says otherwise.
"""

from __future__ import annotations

import time

import pytest

from newsevents.timex import find_times

from .cases import REF, Case, Found
from .cases import found as _found
from .cases import params as _params

HOLIDAY_PERIOD_CASES: list[Case] = [
    (
        "Protesters prayed as Easter week began.",
        "2000-04-17",
        (("Easter week", "2000-W16"),),
        "easter-week-under-way-is-this-years",
    ),
    (
        "He spent Easter week in Rome.",
        "2000-04-24",
        (("Easter week", "2000-W16"),),
        "easter-week-just-ended-is-past",
    ),
    (
        "He will spend Easter week in Rome.",
        "2000-04-24",
        (("Easter week", "2001-W15"),),
        "easter-week-in-the-future-is-next-years",
    ),
    (
        "He spent Easter week in Rome.",
        "2000-04-16",
        (("Easter week", "1999-W13"),),
        "easter-week-not-begun-in-the-past-is-last-years",
    ),
    (
        "Traffic deaths rose over Memorial Day weekend.",
        "2020-06-01",
        (("Memorial Day weekend", "2020-W21-WE"),),
        "monday-holiday-weekend-is-the-one-before",
    ),
    (
        "Shoppers are expected to crowd stores over Thanksgiving weekend.",
        "2020-11-20",
        (("Thanksgiving weekend", "2020-W48-WE"),),
        "thursday-holiday-weekend-is-the-one-after",
    ),
    (
        "He was home last Christmas week.",
        "2020-12-23",
        (("last Christmas week", "2019-W52"),),
        "last-holiday-week-has-ended",
    ),
    ("Easter week", None, (("Easter week", "XXXX-WXX"),), "no-reference-no-year"),
    (
        "Christmas weekday sales rose.",
        REF,
        (("Christmas", "2019-12-25"),),
        "weekday-is-no-week",
    ),
]

STORY_DAY_CASES: list[Case] = [
    (
        "He was arrested on Monday. A day later, he was charged. The next morning he was freed.",
        REF,
        (
            ("Monday", "2020-03-16"),
            ("A day later", "2020-03-17"),
            ("The next morning", "2020-03-18TMO"),
        ),
        "next-morning-follows-a-derived-day",
    ),
    (
        "He was arrested on Monday. Two days later, he was charged. That evening he fled.",
        REF,
        (
            ("Monday", "2020-03-16"),
            ("Two days later", "2020-03-18"),
            ("That evening", "2020-03-18TEV"),
        ),
        "that-evening-is-on-the-derived-day",
    ),
    (
        "He was arrested on Monday. The next morning he was freed. The next morning he fled.",
        REF,
        (
            ("Monday", "2020-03-16"),
            ("The next morning", "2020-03-17TMO"),
            ("The next morning", "2020-03-18TMO"),
        ),
        "next-mornings-chain",
    ),
    (
        "Talks began on March 2. The following morning, rebels attacked.",
        REF,
        (("March 2", "2020-03-02"), ("The following morning", "2020-03-03TMO")),
        "following-morning-after-a-date",
    ),
    (
        "He was arrested on Monday. A year earlier, he fled. That night, police found him.",
        REF,
        (
            ("Monday", "2020-03-16"),
            ("A year earlier", "2019-03-16"),
            ("That night", "2020-03-16TNI"),
        ),
        "a-year-earlier-names-no-day-the-story-is-on",
    ),
    (
        "He was arrested on Monday. A day later, he was charged at 10 p.m.",
        REF,
        (("Monday", "2020-03-16"), ("A day later", "2020-03-17"), ("10 p.m.", "2020-03-16T22:00")),
        "a-clock-time-stays-on-the-last-day-named",
    ),
]

CLOCK_CASES: list[Case] = [
    (
        "The blast struck at 1400 GMT.",
        REF,
        (("1400 GMT", "2020-03-18T14:00"),),
        "four-digits-before-gmt",
    ),
    ("Trading closed at 0900 GMT.", REF, (("0900 GMT", "2020-03-18T09:00"),), "leading-zero"),
    (
        "The attack began at 2130 local time.",
        REF,
        (("2130 local time", "2020-03-18T21:30"),),
        "local-time",
    ),
    (
        "The blast struck at 1400 GMT on Monday.",
        REF,
        (("1400 GMT on Monday", "2020-03-16T14:00"),),
        "with-a-weekday",
    ),
    (
        "Troopers arrived at 0153 hours.",
        REF,
        (("0153 hours", "2020-03-18T01:53"),),
        "military-hours-after-at",
    ),
    (
        "He served 1400 hours of community service.",
        REF,
        (),
        "hours-without-at-are-an-amount",
    ),
    ("Shots rang out in the 1400 block of Elm Street.", REF, (), "block-is-an-address"),
    ("The 2014 local elections", REF, (("2014", "2014"),), "local-alone-is-no-zone"),
    ("It ends at 2400 GMT.", REF, (), "no-hour-24"),
]


class TestTimexPeriods:
    """
    `find_times` reads holiday weeks, the day a story is on, and four-digit clock times.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(HOLIDAY_PERIOD_CASES))
    def test_holiday_periods(self, text: str, reference: str | None, expected: Found) -> None:
        """
        "Easter week" is the ISO week of Easter; a week under way is both past and future.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(STORY_DAY_CASES))
    def test_story_day(self, text: str, reference: str | None, expected: Found) -> None:
        """
        "the next morning" follows the last day named, a day derived from it included.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CLOCK_CASES))
    def test_four_digit_clock(self, text: str, reference: str | None, expected: Found) -> None:
        """
        "1400 GMT", "2130 local time", "at 0153 hours" are times of the day.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("1400 GMT " * 12_000, id="repeated-clock-times"),
            pytest.param("at " + "0" * 100_000 + " GMT", id="long-run-of-zeros"),
            pytest.param("Easter week " * 9_000, id="repeated-holiday-weeks"),
        ],
    )
    def test_adversarial_input_is_fast(self, text: str) -> None:
        """
        100 KB of repeated clock times or holiday weeks takes well under a few seconds.
        """
        start = time.process_time()
        find_times(text, REF)
        spent = time.process_time() - start

        assert spent < 5.0
