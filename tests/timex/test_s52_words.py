"""
Expressions found by the session 52 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a sentence opening with an imperative that invites the reader looks ahead: its
    # weekdays are the coming ones (the reference's own weekday stays the reference)
    (
        "Tune in to Action News Thursday at 6 p.m. and Friday at 6 a.m. for the latest.",
        "2016-08-25",
        (
            ("Thursday", "2016-08-25"),
            ("6 p.m.", "2016-08-25T18:00"),
            ("Friday", "2016-08-26"),
            ("6 a.m.", "2016-08-26T06:00"),
        ),
        "tune-in-friday",
    ),
    (
        "The family asked for prayers. Join us Saturday at noon for a vigil at the church.",
        "2016-08-25",
        (("Saturday", "2016-08-27"), ("noon", "2016-08-27T12:00")),
        "join-us-saturday",
    ),
    (
        "Check back Monday for updates on this story.",
        "2016-08-25",
        (("Monday", "2016-08-29"),),
        "check-back-monday",
    ),
    # controls: a video's label ("WATCH") and a verb of saying keep the past; so does a
    # past verb after the imperative's word
    (
        "WATCH: Police release video of Tuesday's shooting.",
        "2016-08-25",
        (("Tuesday", "2016-08-23"),),
        "watch-label-tuesday",
    ),
    (
        "Join said Tuesday that he would run again.",
        "2016-08-25",
        (("Tuesday", "2016-08-23"),),
        "join-surname-said-tuesday",
    ),
    (
        "A man was shot Tuesday night, police said.",
        "2016-08-25",
        (("Tuesday night", "2016-08-23TNI"),),
        "no-imperative-tuesday",
    ),
    # the string tests before the costlier patterns: upper case and the range's words
    (
        "THE STORE IS OPEN FROM 4:00 TO 5:30 P.M.",
        "2016-09-25",
        (("4:00", "2016-09-25T16:00"), ("5:30 P.M.", "2016-09-25T17:30")),
        "range-first-upper-case",
    ),
    (
        "THE BAR USUALLY CLOSES AT 2 A.M.",
        "2016-09-25",
        (("2 A.M.", "XXXX-XX-XXT02:00"),),
        "habit-upper-case",
    ),
    (
        "Bank Robbery on Monday Morning - 5 Arrested - 04/10/17\n\nOn Monday, officers came.",
        "2017-04-20",
        (
            ("Monday Morning", "2017-04-10TMO"),
            ("04/10/17", "2017-04-10"),
            ("Monday", "2017-04-10"),
        ),
        "release-title-two-dashes",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_52_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
