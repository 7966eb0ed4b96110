"""
Halves: "a half-hour", "half an hour", "two and a half hours", "2½ years".

"a half-hour" was read as "hour" (some hours), "half an hour" as "an hour", "two and a half
hours" as "a half hours" or not at all, and a number with a fraction character ("6½
hours") was cut to its unit. A fraction goes to the next smaller unit (``PT30M``,
``P2Y6M``, ``P11M15D``, ``P1DT12H``, as ISO 8601 writes a day and hours). Each case is
``(text, reference, expected, why)``.
"""

from __future__ import annotations

import pytest

from newsevents.timex import find_times

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

CASES: list[Case] = [
    ("Police arrived a half-hour later.", "2021-03-12", (("a half-hour", "PT30M"),), "a-half-hour"),
    (
        "The jury deliberated for about a half hour.",
        "2021-03-12",
        (("about a half hour", "PT30M"),),
        "about-a-half-hour",
    ),
    ("He died within half an hour.", "2021-03-12", (("half an hour", "PT30M"),), "half-an-hour"),
    ("The hearing took half a day.", "2021-03-12", (("half a day", "PT12H"),), "half-a-day"),
    (
        "The talks lasted two and a half hours.",
        "2021-03-12",
        (("two and a half hours", "PT2H30M"),),
        "two-and-a-half",
    ),
    (
        "over the past seven-and-a-half years",
        "2021-03-12",
        (("the past seven-and-a-half years", "P7Y6M"),),
        "hyphenated-and-a-half",
    ),
    ("He was sentenced to 2\u00bd years.", "2021-03-12", (("2\u00bd years", "P2Y6M"),), "2-half"),
    (
        "He died about 6\u00bd hours later.",
        "2021-03-12",
        (("about 6\u00bd hours", "PT6H30M"),),
        "fraction-character-hours",
    ),
    (
        "He faces 11\u00bd to 23 months in jail.",
        "2021-03-12",
        (("11\u00bd to 23 months", "P11M15D"),),
        "months-and-days",
    ),
    ("It took 1 1/2 days.", "2021-03-12", (("1 1/2 days", "P1DT12H"),), "a-day-and-hours-iso"),
    ("He served 3\u00bc years.", "2021-03-12", (("3\u00bc years", "P3Y3M"),), "a-quarter"),
    (
        "The first half of the year was slow.",
        "2021-03-12",
        (("The first half of the year", "2021-H1"),),
        "the-first-half-is-no-duration",
    ),
]


class TestHalves:
    """
    A half of a unit is a duration of the next smaller unit.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_half(self, text: str, reference: str, expected: Found) -> None:
        """
        The whole expression is found, its value counted in the smaller unit.
        """
        actual = _found(text, reference)

        assert expected == actual

    def test_about_keeps_its_mod(self) -> None:
        """
        "about a half-hour" is approximate: the determiner stays in the span.
        """
        (time,) = find_times("About a half-hour later, police arrived.", "2021-03-12")

        assert (time.text, time.mod and time.mod.value) == ("About a half-hour", "APPROX")
