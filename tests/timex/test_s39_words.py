"""
Expressions found by the session 39 audits of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # "one day" after "and", before a plain verb, joined to an infinitive or a modal: someday
    (
        "She wants to finish school and one day run her own clinic.",
        "2016-02-10",
        (("one day", "FUTURE_REF"),),
        "and-one-day-after-an-infinitive",
    ),
    (
        "They will train hard and one day win a medal.",
        "2016-02-10",
        (("one day", "FUTURE_REF"),),
        "and-one-day-after-a-modal",
    ),
    # ... not a past verb, and not without an infinitive or a modal before it
    (
        "He had to wait and one day passed.",
        "2016-02-10",
        (("one day", "P1D"),),
        "and-one-day-passed",
    ),
    # (a day of the story, which one unknown, since session 56: "one day" opens its clause
    # before its subject)
    (
        "We went to the lake and one day the boat sank.",
        "2016-02-10",
        (("one day", "XXXX-XX-XX"),),
        "and-one-day-the-boat",
    ),
    (
        "He went to school and one day met her.",
        "2016-02-10",
        (("one day", "P1D"),),
        "and-one-day-in-the-past",
    ),
    (
        "She hopes to study hard and one day pass the bar.",
        "2016-02-10",
        (("one day", "FUTURE_REF"),),
        "and-one-day-pass",
    ),
    (
        "She had a dream to study law and one day open a firm.",
        "2016-02-10",
        (("one day", "FUTURE_REF"),),
        "had-a-dream-and-one-day",
    ),
    # "a number of" counts vaguely, as "a handful of" does
    (
        "He had known her for a number of years.",
        "2016-06-01",
        (("a number of years", "PXY"),),
        "a-number-of-years",
    ),
    ("The number of days is small.", "2016-06-01", (), "the-number-of-days"),
    # "for a second" closing its clause is a second's length; "a second term" is no time
    (
        "The hall went quiet for a second. Then the band played.",
        "2017-04-03",
        (("a second", "PT1S"),),
        "silent-for-a-second",
    ),
    ("She ran for a second term.", "2017-04-03", (), "for-a-second-term"),
    ("Do not believe for a second that he lied.", "2017-04-03", (), "believe-for-a-second"),
    # a capitals transcript: "NOW" opening a sentence is the present, as "Now" is; "NOW,"
    # opening one is a discourse marker, as "Now," is
    (
        "THE FAMILY LOST HER.  NOW HIS FATHER IS RAISING THE BOYS ALONE.",
        "2014-10-17",
        (("NOW", "PRESENT_REF"),),
        "capitals-now-after-a-full-stop",
    ),
    ("THE FAMILY LOST HER.  NOW, THEY HAVE SET UP A FUND.", "2014-10-17", (), "capitals-now-comma"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_39_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
