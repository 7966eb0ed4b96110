"""
Expressions found by the session 45 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # every reporting verb that makes a day the report's also keeps it from being the
    # incident's: "the day after the shooting" counts from the shooting, not the report
    (
        (
            "A man was shot in Dallas on Saturday. Police revealed Monday that he was shot in"
            " the head. He died the day after the shooting."
        ),
        "2016-05-10",
        (("Saturday", "2016-05-07"), ("Monday", "2016-05-09"), ("the day", "2016-05-08")),
        "revealed-monday-is-no-incident-day",
    ),
    (
        (
            "A man was shot in Dallas on Saturday. Police tweeted Monday that he was shot in"
            " the head. Three days after the shooting, he died."
        ),
        "2016-05-10",
        (("Saturday", "2016-05-07"), ("Monday", "2016-05-09"), ("Three days", "2016-05-10")),
        "tweeted-monday-is-no-incident-day",
    ),
    (
        (
            "A man was shot in Dallas on Saturday. He was shot again Monday in the head. He"
            " died the day after the shooting."
        ),
        "2016-05-10",
        (("Saturday", "2016-05-07"), ("Monday", "2016-05-09"), ("the day", "2016-05-10")),
        "a-later-shooting-is-the-incident",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_45_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
