"""
A month and day that opens its sentence takes the tense of the clause it opens.

"On May 22, Sims pleaded guilty" in a story published in January tells of last May, though
the nearest May 22 is ahead; "On May 22, the council will vote" is the coming one, and a day
inside a sentence ("the trial is set to begin May 22", "engineered to influence the Nov. 8
election") keeps the nearest date. Each case is ``(text, reference, expected, why)``.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

PAST_CASES: list[Case] = [
    (
        "On May 22, the driver pleaded guilty to manslaughter.",
        "2014-01-23",
        (("May 22", "2013-05-22"),),
        "on-day-comma-past",
    ),
    (
        "Update: On April 3, a jury convicted both brothers.",
        "2014-01-23",
        (("April 3", "2013-04-03"),),
        "label-then-on",
    ),
    (
        "The store was robbed twice.\n\nOn March 4, police found the stolen van in a lake.",
        "2014-01-23",
        (("March 4", "2013-03-04"),),
        "paragraph-start",
    ),
    (
        "June 9: The mayor resigned after the audit.",
        "2014-01-23",
        (("June 9", "2013-06-09"),),
        "heading-day",
    ),
]

AHEAD_CASES: list[Case] = [
    (
        "On May 22, the council will vote on the budget.",
        "2014-01-23",
        (("May 22", "2014-05-22"),),
        "on-day-future",
    ),
    (
        "On May 22, voters go to the polls.",
        "2014-01-23",
        (("May 22", "2014-05-22"),),
        "on-day-present",
    ),
    (
        "Officials said the trial was moved and it opens May 22.",
        "2014-01-23",
        (("May 22", "2014-05-22"),),
        "inside-a-sentence",
    ),
    (
        "Russia engineered the release to influence the Nov. 8 election, officials said.",
        "2016-07-31",
        (("Nov. 8", "2016-11-08"),),
        "past-sentence-future-event",
    ),
]


class TestOpeningDay:
    """
    The clause a day opens decides between last year's and the coming date.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(PAST_CASES))
    def test_past_clause(self, text: str, reference: str, expected: Found) -> None:
        """
        A past verb in the clause a day more than a month ahead opens makes it last year's.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(AHEAD_CASES))
    def test_nearest_kept(self, text: str, reference: str, expected: Found) -> None:
        """
        A future or present clause, or a day inside a sentence, keeps the nearest date.
        """
        actual = _found(text, reference)

        assert expected == actual
