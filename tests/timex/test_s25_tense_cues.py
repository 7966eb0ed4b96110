"""
Tense cues: "ahead" after a past verb, and a modal with a perfect after it.

"discussed a path ahead with advisers Wednesday" went to the coming Wednesday ("ahead" was a
future cue wherever it stood), and "this might have been the night" or "the spoiler he
could have [been] Tuesday" read the modal as a future. A past verb just before "ahead" now
decides ("ahead of" still looks ahead), and a modal before "have" and a participle is past;
"would have trouble" ("have" a verb of its own) stays a future. Each case is ``(text,
reference, expected, why)``.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

REF = "2016-03-04"  # a Friday

CASES: list[Case] = [
    (
        "Sanders discussed a path ahead with advisers and family Wednesday aboard a flight.",
        REF,
        (("Wednesday", "2016-03-02"),),
        "past-verb-before-ahead",
    ),
    (
        "Sanders went ahead with the rally on Wednesday.",
        REF,
        (("Wednesday", "2016-03-02"),),
        "went-ahead",
    ),
    (
        "Sanders will look ahead to the contests on Tuesday.",
        REF,
        (("Tuesday", "2016-03-08"),),
        "will-look-ahead",
    ),
    (
        "The race turned nasty ahead of New York's Tuesday primary.",
        REF,
        (("Tuesday", "2016-03-08"),),
        "ahead-of-stays-ahead",
    ),
    (
        "Following his big wins Tuesday night, this might have been the night to shift.",
        REF,
        (("Tuesday night", "2016-03-01TNI"),),
        "might-have-been",
    ),
    (
        "After his wins Tuesday, he could have pivoted.",
        REF,
        (("Tuesday", "2016-03-01"),),
        "could-have-pivoted",
    ),
    (
        "Kasich did not play the role of spoiler that he could have Tuesday.",
        REF,
        (("Tuesday", "2016-03-01"),),
        "could-have-at-clause-end",
    ),
    (
        "Sanders would have trouble winning in the fall.",
        REF,
        (("the fall", "2016-FA"),),
        "would-have-trouble",
    ),
    ("He could vote Tuesday.", REF, (("Tuesday", "2016-03-08"),), "could-vote"),
    (
        "A majority of voters expect Clinton to win Monday's debate.",
        "2016-09-25",
        (("Monday", "2016-09-26"),),
        "event-tomorrow-no-cue",
    ),
    (
        "She is running in Tuesday's congressional primary.",
        "2016-06-27",
        (("Tuesday", "2016-06-28"),),
        "event-tomorrow-present",
    ),
    (
        "Trump is raising questions about his microphone during Monday's debate.",
        "2016-09-30",
        (("Monday", "2016-09-26"),),
        "event-days-back-stays-past",
    ),
    (
        "Monday's debate drew 84 million viewers.",
        "2016-09-28",
        (("Monday", "2016-09-26"),),
        "event-past-verb",
    ),
]


class TestTenseCues:
    """
    "ahead" and perfect modals point the way their clause does.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_direction(self, text: str, reference: str, expected: Found) -> None:
        """
        The day is the past or the coming one as the verb says.
        """
        actual = _found(text, reference)

        assert expected == actual
