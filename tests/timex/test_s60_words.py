"""
Expressions found by the session 60 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a weekday looked ahead to from a named day of speaking: every verb and noun of speaking
    # the quotation-day rule knows names that day ("spoke", "a statement", "a news conference")
    (
        "Sanders spoke Monday, vowing to win the primary on Tuesday.",
        "2016-06-09",
        (("Monday", "2016-06-06"), ("Tuesday", "2016-06-07")),
        "spoke-monday-vowing-tuesday",
    ),
    (
        "In a statement Wednesday, the campaign said it would hold a rally on Thursday.",
        "2016-06-10",
        (("Wednesday", "2016-06-08"), ("Thursday", "2016-06-09")),
        "statement-wednesday-would-thursday",
    ),
    (
        "At a news conference Monday, he said he would travel on Thursday.",
        "2016-06-10",
        (("Monday", "2016-06-06"), ("Thursday", "2016-06-09")),
        "news-conference-monday-would-thursday",
    ),
    (
        "The campaign said it would hold a rally on Thursday.",
        "2016-06-10",
        (("Thursday", "2016-06-16"),),
        "would-thursday-no-saying-day",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_60_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
