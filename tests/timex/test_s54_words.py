"""
Expressions found by the session 54 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a month that is also a surname, right after a given name in running text, is no time
    (
        "The panel was Ann Boyd, Jill June, Mark Hale and Lisa Grant.",
        "2016-02-04",
        (),
        "surname-june-in-list",
    ),
    (
        "His friend Ed June said the car was gone.",
        "2016-02-04",
        (),
        "surname-june-after-given-name",
    ),
    # controls: a word opening the sentence, a weekday or a holiday before the month
    (
        "He left. Around June, the talks resumed.",
        "2016-02-04",
        (("Around June", "2015-06"),),
        "sentence-opening-word-before-month",
    ),
    (
        "Polls opened Tuesday June and closed early.",
        "2016-02-04",
        (("Tuesday", "2016-02-02"), ("June", "2015-06")),
        "weekday-before-month",
    ),
    (
        "They met on Memorial Day June and left.",
        "2016-02-04",
        (("Memorial Day", "2015-05-25"), ("June", "2015-06")),
        "holiday-before-month",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_54_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
