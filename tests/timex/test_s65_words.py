"""
Expressions found by the session 65 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # "the summer" in a sentence in the present telling of a habit: a season of every year
    (
        "A student is capable of earning $6,000 annually by working full time in the summer.",
        "2016-09-24",
        (("annually", "P1Y"), ("the summer", "XXXX-SU")),
        "the-season-of-a-yearly-habit",
    ),
    (
        "Students usually work in the summer.",
        "2016-09-24",
        (("the summer", "XXXX-SU"),),
        "the-season-of-a-usual-habit",
    ),
    (
        "Every year the geese come back in the fall.",
        "2016-09-24",
        (("Every year", "P1Y"), ("the fall", "XXXX-FA")),
        "the-season-after-every-year",
    ),
    (
        "He worked there in the summer.",
        "2016-09-24",
        (("the summer", "2016-SU"),),
        "the-season-of-a-past-sentence-is-one-gone",
    ),
    (
        "He usually worked there in the summer of 2009.",
        "2016-09-24",
        (("the summer of 2009", "2009-SU"),),
        "the-season-with-its-year",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_65_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each time found takes the value a careful reader gives it.
    """
    assert _found(text, reference) == expected
