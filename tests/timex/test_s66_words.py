"""
Expressions found by the session 66 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # "The incident occurred on <day>" tells of the incident, as "It happened" does
    (
        "The incident occurred on Nov. 13 in Ames. A photo was posted a week before the shooting.",
        "2016-12-09",
        (("Nov. 13", "2016-11-13"), ("a week", "2016-11-06")),
        "a-week-before-the-incident-that-occurred",
    ),
    (
        "The meeting occurred on Nov. 13 in Ames. A photo was posted a week before the shooting.",
        "2016-12-09",
        (("Nov. 13", "2016-11-13"), ("a week", "P1W")),
        "a-meeting-is-no-incident",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_66_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each time found takes the value a careful reader gives it.
    """
    assert _found(text, reference) == expected
