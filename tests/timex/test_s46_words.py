"""
Expressions found by the session 46 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a day right after a thing someone said or decided, and theirs, is the day it was said,
    # whatever the tense of the verb that governs the noun
    (
        "The vote could undercut the chairman's assertion Tuesday night that the race is over.",
        "2016-05-05",  # a Thursday
        (("Tuesday night", "2016-05-03TNI"),),
        "could-undercut-an-assertion-made-tuesday",
    ),
    (
        "Lawyers will try to overturn the court's ruling on Monday before the deadline.",
        "2016-05-05",
        (("Monday", "2016-05-02"),),
        "will-overturn-a-ruling-of-monday",
    ),
    (
        "Her remarks Friday may cost her votes in the suburbs.",
        "2016-05-05",
        (("Friday", "2016-04-29"),),
        "her-remarks-friday-may-cost",
    ),
    # controls: no owner, or a future verb of its own, keeps the day ahead
    (
        "The governor will make an announcement Tuesday about the budget.",
        "2016-05-05",
        (("Tuesday", "2016-05-10"),),
        "an-announcement-to-be-made",
    ),
    (
        "The senator's statement Monday will settle the question.",
        "2016-05-05",
        (("Monday", "2016-05-09"),),
        "a-statement-that-will-settle",
    ),
    (
        "The council could vote Tuesday on the plan.",
        "2016-05-05",
        (("Tuesday", "2016-05-10"),),
        "could-vote-tuesday",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_46_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
