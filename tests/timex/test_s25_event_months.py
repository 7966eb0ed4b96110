"""
A month next to an event: the coming one, unless this year's was held lately and told so.

"the convention in July" read in September was next July (a month next to an event noun was
always the coming one), and the plural "the conventions in July" was not read as an event at
all. Now a month next to an event (singular or plural) is the one held in the last three
months when the sentence has a verb in the past tense, else the coming one. Each case is
``(text, reference, expected, why)``.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

CASES: list[Case] = [
    (
        (
            "Cruz pointedly refused to endorse Trump during a prime-time speech at the "
            "Republican National Convention in July."
        ),
        "2016-09-26",
        (("July", "2016-07"),),
        "held-lately-past-verb",
    ),
    (
        "The party scored successes in three state elections in March by campaigning hard.",
        "2016-04-29",
        (("March", "2016-03"),),
        "plural-held-lately",
    ),
    (
        "The two front-runners are mapping paths to the national conventions in July.",
        "2016-03-02",
        (("July", "2016-07"),),
        "plural-ahead",
    ),
    (
        "Republicans are eager to take him on in November's general election.",
        "2016-01-22",
        (("November", "2016-11"),),
        "no-past-verb-ahead",
    ),
    (
        "The convention in July is expected to be contested.",
        "2016-03-02",
        (("July", "2016-07"),),
        "ahead-with-cue",
    ),
    (
        "Delegates nominated him at the convention in July.",
        "2016-02-10",
        (("July", "2015-07"),),
        "past-verb-long-ago-stays-past",
    ),
]


class TestEventMonths:
    """
    The month of an event is the recent one only when told in the past.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_event_month(self, text: str, reference: str, expected: Found) -> None:
        """
        The month takes the year the sentence and the event call for.
        """
        actual = _found(text, reference)

        assert expected == actual


ANAPHORA: list[Case] = [
    (
        "He spoke at the convention in July. At a breakfast the following morning, he was defiant.",
        "2016-09-26",
        (("July", "2016-07"), ("the following morning", "2016-07-XXTMO")),
        "following-morning-after-month",
    ),
    (
        "He spoke at the convention in July. The next day, he left.",
        "2016-09-26",
        (("July", "2016-07"), ("The next day", "2016-07-XX")),
        "next-day-after-month",
    ),
    (
        "He spoke in 2012. The following day, he left.",
        "2016-09-26",
        (("2012", "2012"), ("The following day", "2012-XX-XX")),
        "following-day-after-year",
    ),
    (
        "He spoke on July 20. The next day, he left.",
        "2016-09-26",
        (("July 20", "2016-07-20"), ("The next day", "2016-07-21")),
        "next-day-after-day",
    ),
]


class TestDayAfterMonth:
    """
    A day counted from a month or a year named last is an unknown day of it.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(ANAPHORA))
    def test_next_day(self, text: str, reference: str, expected: Found) -> None:
        """
        "the next day" after "in July" is a day of July, not July 2.
        """
        actual = _found(text, reference)

        assert expected == actual
