"""
Expressions found by the session 34 audits of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

REF = "2017-07-27"  # a Thursday

WORDS: list[Case] = [
    # a clock time glued to the day after it (no space after "p.m.")
    (
        "Police said the shooting happened at 11 p.m.on July 25 near the park.",
        REF,
        (("11 p.m.on July 25", "2017-07-25T23:00"),),
        "clock-glued-to-on-and-a-date",
    ),
    (
        "He was shot at 2:15 a.m.Saturday outside a bar.",
        REF,
        (("2:15 a.m.Saturday", "2017-07-22T02:15"),),
        "clock-glued-to-a-weekday",
    ),
    (
        "It was 11 p.m. Then he left.",
        REF,
        (("11 p.m.", "2017-07-27T23:00"),),
        "clock-then-a-new-sentence",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_34_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
