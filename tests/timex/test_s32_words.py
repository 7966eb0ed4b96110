"""
Expressions found by the session 32 audits of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

REF = "2016-02-11"  # a Thursday

WORDS: list[Case] = [
    (
        "The president unveiled the plan in the last year of his presidency.",
        REF,
        (),
        "the-last-year-of-a-term-is-no-year-before",
    ),
    (
        "She would not campaign with him in the last week of the race.",
        REF,
        (),
        "the-last-week-of-a-race-is-no-week-before",
    ),
    (
        "The bill passed in the last week, he said.",
        REF,
        (("the last week", "2016-W05"),),
        "the-last-week-alone-is-the-week-before",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_32_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
