"""
April, May, June and August as first names are no months.

Only "May" had a name test; "April Smith, 32, was shot", "June Carter was arrested" and
Michael “August” Bournes were read as months, and such a month could become the anchor of
later anaphora. Each case is ``(text, reference, expected, why)``.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

CASES: list[Case] = [
    ("April Smith, 32, was shot in the leg.", "2021-03-15", (), "first-name-and-surname"),
    ("Police say April McDaniel, 18, was not the target.", "2021-03-15", (), "mc-surname"),
    ("June Carter was arrested at home.", "2021-03-15", (), "june-carter"),
    ("Neighbour August Moore heard the shots.", "2021-03-15", (), "august-moore"),
    ("Students at the June Jordan School went home.", "2021-03-15", (), "a-school-named"),
    (
        "Police named Michael \u201cAugust\u201d Bournes as the suspect.",
        "2021-03-15",
        (),
        "nickname",
    ),
    ("The 43-year-old April Trent was treated.", "2021-03-15", (), "after-an-age"),
    (
        "The vote in April was close.",
        "2021-03-15",
        (("April", "2021-04"),),
        "month-after-in",
    ),
    (
        "By August Smith had left the firm.",
        "2021-03-15",
        (("August", "2020-08"),),
        "preposition-keeps-the-month",
    ),
    (
        "Last April Smith moved to Ohio.",
        "2021-03-15",
        (("Last April", "2020-04"),),
        "last-keeps-the-month",
    ),
    (
        "He quit in June, Reuters reported.",
        "2021-03-15",
        (("June", "2020-06"),),
        "month-before-a-comma",
    ),
    (
        "Attacks in May 2003 and May 2004 shook the kingdom.",
        "2021-03-15",
        (("May 2003", "2003-05"), ("May 2004", "2004-05")),
        "month-with-its-year",
    ),
    (
        "He said \u201cAugust\u201d was the hottest month.",
        "2021-03-15",
        (("August", "2020-08"),),
        "quoted-month-after-a-verb",
    ),
]


class TestMonthsAsNames:
    """
    A month that is a person's or a school's name is no time.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_name_or_month(self, text: str, reference: str, expected: Found) -> None:
        """
        A month before a capitalised word or quoted between names is a name.

        After a preposition or "last", or with its year, it stays a month.
        """
        actual = _found(text, reference)

        assert expected == actual
