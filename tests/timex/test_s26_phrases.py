"""
Phrases found missing or split by the session 26 audits.

Bare plurals before "before", "after", "that followed" and "since" ("just hours after the
shooting", "in the days that followed") were missed; so were "a long time ago", "for the
time being" and "an entire year". "the last three months of 2015", "Thursday this week" and
"the first week of May" were each split in two, and "the last week of June" read as last week.
Each case is ``(text, reference, expected, why)``.
"""

from __future__ import annotations

import pytest

from newsevents.timex import find_times

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

REF = "2016-05-05"  # a Thursday

CASES: list[Case] = [
    (
        "He was arrested just hours after the shooting.",
        REF,
        (("hours", "PTXH"),),
        "just-hours-after-an-incident",
    ),
    (
        "Roosevelt died just weeks before Germany's surrender.",
        REF,
        (("weeks", "PXW"),),
        "just-weeks-before",
    ),
    (
        "Hours before Mr. Obama was to speak, they met.",
        REF,
        (("Hours", "PTXH"),),
        "sentence-opening-hours-before",
    ),
    ("Days after the vote, he quit.", REF, (("Days", "PXD"),), "sentence-opening-days-after"),
    (
        "It racked up views in the days that followed.",
        REF,
        (("days", "PXD"),),
        "the-days-that-followed",
    ),
    ("The years that followed were unkind.", REF, (("years", "PXY"),), "the-years-that-followed"),
    (
        "In the years that followed, he won.",
        REF,
        (("years", "PXY"),),
        "in-the-years-that-followed",
    ),
    ("In the weeks since the vote, he fell.", REF, (("weeks", "PXW"),), "the-weeks-since"),
    ("Over the years, he won.", REF, (("the years", "PXY"),), "over-the-years-keeps-the"),
    ("He had said so in the days before.", REF, (), "the-days-before-alone"),
    ("The day before the shooting he left.", REF, (), "the-day-before-an-undated-incident"),
    ("He left two days after the vote.", REF, (("two days", "P2D"),), "counted-days-after"),
    (
        "They figured it out a long time ago.",
        REF,
        (("a long time ago", "PAST_REF"),),
        "a-long-time-ago",
    ),
    ("He left some time ago.", REF, (("some time ago", "PAST_REF"),), "some-time-ago"),
    ("It was some time before he left.", REF, (), "some-time-before"),
    ("He is for the time being writing.", REF, (), "for-the-time-being-untagged-as-in-aquaint"),
    (
        "The suite costs $390,000 for an entire year.",
        REF,
        (("an entire year", "P1Y"),),
        "an-entire-year",
    ),
    (
        "The report covers the last three months of 2015.",
        REF,
        (("the last three months of 2015", "2015-Q4"),),
        "last-three-months-of-a-year",
    ),
    (
        "In the first six months of this year, sales fell.",
        REF,
        (("the first six months of this year", "2016-H1"),),
        "first-six-months-of-this-year",
    ),
    (
        "In the last three months, sales fell.",
        REF,
        (("the last three months", "P3M"),),
        "last-three-months-alone",
    ),
    (
        "I will be in Washington on Thursday this week.",
        REF,
        (("Thursday this week", "2016-05-05"),),
        "weekday-this-week",
    ),
    (
        "He left Tuesday night last week.",
        REF,
        (("Tuesday night last week", "2016-04-26TNI"),),
        "weekday-night-last-week",
    ),
    (
        "They meet Friday next week.",
        REF,
        (("Friday next week", "2016-05-13"),),
        "weekday-next-week",
    ),
    (
        "He met Tuesday with this week's guests.",
        REF,
        (("Tuesday", "2016-05-03"), ("this week", "2016-W18")),
        "weekday-then-this-weeks",
    ),
    (
        "He was called in during the first week of May.",
        REF,
        (("the first week of May", "2016-05"),),
        "the-first-week-of-a-month",
    ),
    (
        "The talks ended in the last week of October.",
        REF,
        (("the last week of October", "2015-10"),),
        "the-last-week-of-a-month",
    ),
    (
        "He spent the last week of his life in Paris.",
        REF,
        (),
        "the-last-week-of-a-life-is-no-week-before",
    ),
    ("WATCH THE VIDEO RIGHT NOW", REF, (("RIGHT NOW", "PRESENT_REF"),), "capitals-right-now"),
]


class TestAuditPhrases:
    """
    Bare plurals, vague phrases, parts of a year counted in months, weeks and their days.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_phrases(self, text: str, reference: str, expected: Found) -> None:
        """
        The expected expressions are found, with their values, and nothing else.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(
        ("text", "mod"),
        [
            ("He was called in during the first week of May.", "START"),
            ("The talks ended in the last week of October.", "END"),
            ("He spent the last days of May in Paris.", "END"),
        ],
    )
    def test_week_of_a_month_is_its_part(self, text: str, mod: str) -> None:
        """
        "the first week of May" is early May (``START``); "the last week of" it late (``END``).
        """
        (time,) = find_times(text, REF)

        assert time.mod is not None
        assert time.mod.value == mod
