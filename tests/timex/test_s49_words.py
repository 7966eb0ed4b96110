"""
Expressions found by the session 49 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # "this week" said on a Sunday after a present "be": the week that opens next, also
    # when a verb of saying in the past follows the quote
    (
        "\u201cHe's not available this week,\u201d his spokesman wrote in an email.",
        "2016-04-17",
        (("this week", "2016-W16"),),
        "sunday-not-available-this-week",
    ),
    (
        "The meeting is this week, officials said.",
        "2016-04-17",
        (("this week", "2016-W16"),),
        "sunday-the-meeting-is-this-week",
    ),
    # "this week's" and an event held on a set day, said on a Sunday with no past after it:
    # the week that opens next
    (
        "They tried to keep it from getting a hearing at this week's spring meeting in Florida.",
        "2016-04-17",
        (("this week", "2016-W16"),),
        "sunday-this-weeks-meeting",
    ),
    # controls: a past verb after it, a Saturday
    (
        "At this week's meeting, the council voted to close the park.",
        "2016-04-17",
        (("this week", "2016-W15"),),
        "sunday-this-weeks-meeting-voted",
    ),
    (
        "They tried to keep it from getting a hearing at this week's spring meeting in Florida.",
        "2016-04-16",
        (("this week", "2016-W15"),),
        "saturday-this-weeks-meeting",
    ),
    # controls: a perfect, a past, a count after an article, another clause, another day
    (
        "He has been in Montana this week to claim the bodies.",
        "2016-04-17",
        (("this week", "2016-W15"),),
        "sunday-has-been-this-week",
    ),
    (
        "It is the third shooting this week, police said.",
        "2016-04-17",
        (("this week", "2016-W15"),),
        "sunday-is-the-third-shooting-this-week",
    ),
    (
        "He is the man who this week shot a deputy.",
        "2016-04-17",
        (("this week", "2016-W15"),),
        "sunday-is-the-man-who-this-week",
    ),
    (
        "\u201cHe's not available this week,\u201d his spokesman wrote.",
        "2016-04-18",
        (("this week", "2016-W16"),),
        "monday-not-available-this-week",
    ),
    # "then" after a decade named after the last year: the decade
    (
        (
            "He left home in 1968. By the late 1970s, he was living with his parents. "
            "By then, his brother had made a fortune."
        ),
        "2016-01-04",
        (("1968", "1968"), ("the late 1970s", "197"), ("then", "197")),
        "by-then-after-the-late-1970s",
    ),
    # control: a year after the decade is the anchor again
    (
        "He left in 1968. In the 1980s he returned. In 1990 he left. Since then, he lived abroad.",
        "2016-01-04",
        (("1968", "1968"), ("the 1980s", "198"), ("1990", "1990"), ("then", "1990")),
        "since-then-after-a-year-after-the-decade",
    ),
    # an infant's age written without "-old" before the name is no length
    (
        "She grieves the death of eight month Jayden Redden.",
        "2016-10-20",
        (),
        "eight-month-before-a-name",
    ),
    (
        "He is identified as 7 month Nathaniel W. Hitt.",
        "2016-10-20",
        (),
        "7-month-before-a-name",
    ),
    # control: before a common noun it is a length
    (
        "He got an eight month sentence.",
        "2016-10-20",
        (("eight month", "P8M"),),
        "eight-month-sentence",
    ),
    # a clock time of a standing rule ("are allowed to ... after 2 a.m.") is on no day
    (
        (
            "A man was shot early Saturday outside the club, where patrons are allowed to "
            "bring alcohol after 2 a.m."
        ),
        "2013-10-27",
        (("early Saturday", "2013-10-26"), ("2 a.m.", "XXXX-XX-XXT02:00")),
        "are-allowed-after-2-am",
    ),
    # control: "were allowed" tells of one night
    (
        "Patrons were allowed to stay after 2 a.m. Saturday.",
        "2013-10-27",
        (("2 a.m. Saturday", "2013-10-26T02:00"),),
        "were-allowed-after-2-am-saturday",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_49_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
