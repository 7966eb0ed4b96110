"""
Expressions found by the session 43 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # an irregular past participle right before a day puts it in the past, as "-ed" does,
    # even when a future governs the sentence further left
    (
        "The coroner will examine the two officers slain in an ambush this weekend.",
        "2016-07-18",  # a Monday
        (("this weekend", "2016-W28-WE"),),
        "slain-this-weekend-in-a-future-sentence",
    ),
    (
        "He will testify Tuesday about the car stolen from the lot Friday.",
        "2016-07-18",
        (("Tuesday", "2016-07-19"), ("Friday", "2016-07-15")),
        "stolen-friday-after-a-future",
    ),
    (
        "The car will be taken to the county lot on Friday.",
        "2016-07-18",
        (("Friday", "2016-07-22"),),
        "a-passive-participle-leaves-the-future",
    ),
    (
        "The family will get the stolen car back Friday.",
        "2016-07-18",
        (("Friday", "2016-07-22"),),
        "a-participle-as-adjective-leaves-the-future",
    ),
    # the two digits after a year and a dash end a range of years: no count of years
    (
        "The county's budget for the 2015-16 fiscal year was cut.",
        "2016-07-18",
        (("2015", "2015"),),
        "year-range-no-count-of-fiscal-years",
    ),
    (
        "Testimony came on November 12, 2012\u2013six days after the vote.",
        "2016-07-18",
        (("November 12, 2012", "2012-11-12"), ("six days", "P6D")),
        "a-dash-after-a-year-then-a-length",
    ),
    # a month, a day and two digits of the year with dashes, in a release of that year
    (
        "Released by Sgt. Jones 1-17-17.",
        "2017-01-18",
        (("1-17-17", "2017-01-17"),),
        "dashed-date-two-digit-year",
    ),
    (
        "Both were arrested on 12-30-16 and jailed.",
        "2017-01-04",
        (("12-30-16", "2016-12-30"),),
        "dashed-date-year-before",
    ),
    ("The council passed it on a 4-10-65 split.", "2017-01-18", (), "dashed-digits-far-year"),
    ("Released by Sgt. Jones 1-17-17.", None, (), "dashed-date-no-reference"),
    # a length before "birthday" is an age
    (
        "Relatives had gathered for the baby's 6-month birthday party.",
        "2016-07-18",
        (),
        "month-birthday-is-an-age",
    ),
    (
        "The baby was born a month early.",
        "2016-07-18",
        (("a month", "P1M"),),
        "a-month-early-is-a-length",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_43_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
