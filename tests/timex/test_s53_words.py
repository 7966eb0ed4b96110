"""
Expressions found by the session 53 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # "the extra week", "the additional year": a length, as "an extra week" is
    (
        "Lawmakers will use the extra week of recess to campaign.",
        "2016-09-12",
        (("the extra week", "P1W"),),
        "the-extra-week",
    ),
    (
        "The additional year of school costs $4,000.",
        "2016-09-12",
        (("The additional year", "P1Y"),),
        "the-additional-year",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_53_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
