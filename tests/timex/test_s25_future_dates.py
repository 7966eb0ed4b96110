"""
A month and day in a sentence that says "will" or "is scheduled to" is the coming one.

Without a year, a month and day is the nearest such date, future distances counted double:
from June, "Oct. 20" (139 days ahead) lost to the October before (226 days back), so that
"He will appear at a pretrial hearing Oct. 20" went to last year. A firm future ("will",
"'ll", "is scheduled/expected/set/due to") before the date now takes the coming one; weaker
cues ("his next speech", "need to", "the Senate votes") do not. Each case is ``(text,
reference, expected, why)``.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

CASES: list[Case] = [
    (
        "He will appear at a pretrial hearing on the charges Oct. 20.",
        "2015-06-03",
        (("Oct. 20", "2015-10-20"),),
        "will",
    ),
    (
        "Both men are scheduled to be arraigned in circuit court on Sept. 9.",
        "2017-01-28",
        (("Sept. 9", "2017-09-09"),),
        "scheduled-to",
    ),
    (
        "Her trial is expected to begin March 13.",
        "2016-09-29",
        (("March 13", "2017-03-13"),),
        "expected-to",
    ),
    (
        "He is due back in court at 10 a.m. September 16.",
        "2016-04-07",
        (("10 a.m. September 16", "2016-09-16T10:00"),),
        "due-clock",
    ),
    ("She\u2019ll testify Nov. 2.", "2016-04-07", (("Nov. 2", "2016-11-02"),), "curly-ll"),
    (
        "He appeared at a pretrial hearing Oct. 20.",
        "2015-06-03",
        (("Oct. 20", "2014-10-20"),),
        "past-stays-past",
    ),
    (
        "His next speech, on May 28, was delivered to a business group.",
        "2015-12-15",
        (("May 28", "2015-05-28"),),
        "next-is-no-firm-future",
    ),
    (
        "He will be sentenced for the Oct. 20 robbery.",
        "2015-06-03",
        (("Oct. 20", "2014-10-20"),),
        "incident-stays-past",
    ),
]


class TestFirmFutureMonthDay:
    """
    "will" and "is scheduled to" put a month and day ahead.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_direction(self, text: str, reference: str, expected: Found) -> None:
        """
        The date is the coming one after a firm future, the nearest one otherwise.
        """
        actual = _found(text, reference)

        assert expected == actual
