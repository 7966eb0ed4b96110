"""
Expressions found by the session 68 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # "daily" after "the" and a name, before a verb of reporting, is a newspaper
    (
        "The Cumhuriyet daily said the suspects had crossed the border.",
        "2016-05-01",
        (),
        "the-name-daily-said-is-a-newspaper",
    ),
    (
        "The men were arrested on Monday, the pro-government Sabah daily reported.",
        "2016-05-01",
        (("Monday", "2016-04-25"),),
        "the-pro-government-name-daily-reported",
    ),
    (
        "He takes the pills twice daily, the doctor said.",
        "2016-05-01",
        (("daily", "P1D"),),
        "twice-daily-stays-a-set",
    ),
    (
        "Trump's daily briefings said little about the war.",
        "2016-05-01",
        (("daily", "P1D"),),
        "a-possessive-daily-stays-a-set",
    ),
    # a count of times in figures or in hundreds, thousands, millions is a frequency
    (
        "The page is read 1 million times a day, the company said.",
        "2016-05-04",
        (("1 million times a day", "P1D"),),
        "a-million-times-a-day",
    ),
    (
        "Officers were called to the block hundreds of times a year.",
        "2016-05-04",
        (("hundreds of times a year", "P1Y"),),
        "hundreds-of-times-a-year",
    ),
    (
        "The company earns $5 million a year from the site.",
        "2016-05-04",
        (),
        "an-amount-a-year-stays-a-rate",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_68_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each time found takes the value a careful reader gives it.
    """
    assert _found(text, reference) == expected
