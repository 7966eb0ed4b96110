"""
Expressions found by the session 59 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a scene the reader is asked to suppose happens on no day
    (
        "Imagine you're driving home in the middle of the night when a car pulls up.",
        "2016-11-15",
        (("the middle of the night", "XXXX-XX-XXTNI"),),
        "imagine-middle-of-the-night",
    ),
    (
        "Picture yourself at 3 a.m. on an empty road.",
        "2016-11-15",
        (("3 a.m.", "XXXX-XX-XXT03:00"),),
        "picture-yourself-clock",
    ),
    (
        "I can't imagine what she went through in the middle of the night, he said.",
        "2016-11-15",
        (("the middle of the night", "2016-11-15TNI"),),
        "cannot-imagine-is-the-night",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_59_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
