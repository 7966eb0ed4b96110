"""
Expressions found by the session 50 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a sentence opening on a year gone ("In 2000, ...") tells a story of that year: a month
    # or a holiday named without a year in its paragraph is of that year
    (
        "In 2000, the vice president trailed in the polls. By Election Day, he led narrowly.",
        "2016-08-10",
        (("2000", "2000"), ("Election Day", "2000-11-07")),
        "in-2000-by-election-day",
    ),
    (
        "In 1998, the company lost money. In March, it cut 500 jobs.",
        "2016-08-10",
        (("1998", "1998"), ("March", "1998-03")),
        "in-1998-in-march",
    ),
    # controls: the next paragraph may be the story's own year; a year closing a phrase
    # ("founded in 1998.") sets no story; a recent year is no story gone
    (
        (
            "In 2009, the administration put a duty on tires.\n\nIn March, the department "
            "announced a new tariff."
        ),
        "2016-05-02",
        (("2009", "2009"), ("March", "2016-03")),
        "in-2009-paragraph-in-march",
    ),
    (
        "The company was founded in 1998. In March, it cut 500 jobs.",
        "2016-08-10",
        (("1998", "1998"), ("March", "2016-03")),
        "founded-in-1998-in-march",
    ),
    (
        "In 2015, the company lost money. In March, it cut 500 jobs.",
        "2016-08-10",
        (("2015", "2015"), ("March", "2016-03")),
        "in-2015-in-march",
    ),
    # "By <date>," opening a sentence in the past tells back: the date gone, not the nearest
    (
        "By November, power was restored.",
        "2016-10-20",
        (("November", "2015-11"),),
        "by-november-was-restored",
    ),
    (
        "By Friday, police had arrested two men.",
        "2016-10-20",
        (("Friday", "2016-10-14"),),
        "by-friday-had-arrested",
    ),
    # control: the future
    (
        "By November, the rules will be in place.",
        "2016-10-20",
        (("November", "2016-11"),),
        "by-november-will-be",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_50_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
