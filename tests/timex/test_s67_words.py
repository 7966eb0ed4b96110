"""
Expressions found by the session 67 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # "for the past decade" is ten years to now, as "over the past decade" is
    (
        "The two countries have had close ties for the past decade, the minister said.",
        "2016-04-27",
        (("the past decade", "P10Y"),),
        "for-the-past-decade-is-a-stretch",
    ),
    (
        "Crime in the city fell sharply in the last decade, the mayor said.",
        "2016-04-27",
        (("the last decade", "200"),),
        "in-the-last-decade-stays-the-decade",
    ),
    # "moments" before "after" and a clause is a stretch, as before "after the shooting"
    (
        "Moments after polls closed in Virginia, the network called the race.",
        "2016-03-01",
        (("Moments", "PXX"),),
        "moments-after-a-clause",
    ),
    (
        "He died moments before police arrived at the scene.",
        "2016-03-01",
        (("moments", "PXX"),),
        "moments-before-a-clause",
    ),
    (
        "It was one of those moments after which nothing is ever the same again.",
        "2016-03-01",
        (),
        "moments-after-which-is-no-time",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_67_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each time found takes the value a careful reader gives it.
    """
    assert _found(text, reference) == expected
