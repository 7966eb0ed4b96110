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
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_33_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
