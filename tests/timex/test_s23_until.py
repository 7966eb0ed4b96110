"""
"until" a day: the clause before it says whether the span is over or still runs.

A past verb of lasting ("remained in custody until Thursday") or a past denial ("officers
were not called again until Wednesday", "nobody knew until Tuesday") reaches a day that has
come; a future, modal or present clause ("will stay shut until", "is open until") one ahead.
All references are Wednesday 2020-03-18 unless a case says otherwise.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

PAST_CASES: list[Case] = [
    (
        "The boy remained in intensive care until Thursday, his family said.",
        "2020-03-18",
        (("Thursday", "2020-03-12"),),
        "remained",
    ),
    (
        "She stayed with her sister until Monday.",
        "2020-03-18",
        (("Monday", "2020-03-16"),),
        "stayed",
    ),
    (
        "The standoff lasted until Saturday night.",
        "2020-03-18",
        (("Saturday night", "2020-03-14TNI"),),
        "lasted",
    ),
    (
        "Things remained calm for nearly a week until March 4 when shots rang out.",
        "2021-03-12",
        (("nearly a week", "P1W"), ("March 4", "2021-03-04")),
        "remained-month-day",
    ),
    (
        "Firefighters were not called back to the house until Tuesday.",
        "2020-03-18",
        (("Tuesday", "2020-03-17"),),
        "were-not-far-from-until",
    ),
    (
        "No one at the school reported the fight until Monday.",
        "2020-03-18",
        (("Monday", "2020-03-16"),),
        "no-one-past-verb",
    ),
    (
        "Nobody knew until Tuesday.",
        "2020-03-18",
        (("Tuesday", "2020-03-17"),),
        "nobody-irregular-past",
    ),
    (
        "The family, however, didn't hear from him again until Friday.",
        "2020-03-18",
        (("Friday", "2020-03-13"),),
        "didn't-after-comma",
    ),
]

FUTURE_CASES: list[Case] = [
    (
        "The bridge will stay shut until Thursday.",
        "2020-03-18",
        (("Thursday", "2020-03-19"),),
        "will",
    ),
    (
        "The bridge remains shut until Thursday.",
        "2020-03-18",
        (("Thursday", "2020-03-19"),),
        "present-remains",
    ),
    (
        "The results won't be known until Monday, the clerk said.",
        "2020-03-18",
        (("Monday", "2020-03-23"),),
        "won't",
    ),
    (
        "Volunteers are collecting toys at the library until Friday.",
        "2020-03-18",
        (("Friday", "2020-03-20"),),
        "present-progressive",
    ),
    (
        "The autopsy report will not be ready until Tuesday, the coroner said.",
        "2020-03-18",
        (("Tuesday", "2020-03-24"),),
        "will-not",
    ),
    (
        "Officers said the man stayed calm, and the road is closed until Sunday.",
        "2020-03-18",
        (("Sunday", "2020-03-22"),),
        "past-verb-in-another-clause",
    ),
    (
        "Schools were closed until Thursday.",
        "2020-03-18",
        (("Thursday", "2020-03-19"),),
        "passive-state-may-go-on",
    ),
]


class TestUntilClause:
    """
    The clause before "until" decides which way it reaches.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(PAST_CASES))
    def test_span_over(self, text: str, reference: str, expected: Found) -> None:
        """
        A past verb of lasting, or a denial in the past tense, reaches a day that has come.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(FUTURE_CASES))
    def test_span_runs_on(self, text: str, reference: str, expected: Found) -> None:
        """
        A future, modal or present clause, or a past verb in an earlier clause, reaches ahead.
        """
        actual = _found(text, reference)

        assert expected == actual
