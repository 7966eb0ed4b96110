"""
Years and decades written with an apostrophe: "in '08", "the summer of \u201969", "the 1990\u2019s".

A two-digit year after an apostrophe was no time at all, and a decade written with a curly
apostrophe ("\u201990s", "1990\u2019s") was missed or read as the year 1990. A two-digit year
is read after a preposition, after a month or season name, or after another such year
("in '08 and '12"); its century is the one that puts it nearest the reference (up to five
years ahead). Each case is ``(text, reference, expected, why)``.
"""

from __future__ import annotations

import pytest

from newsevents.timex import find_times

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

CASES: list[Case] = [
    ("Obama carried the county in '08.", "2016-03-10", (("'08", "2008"),), "in-ascii"),
    ("Obama carried the county in \u201908.", "2016-03-10", (("\u201908", "2008"),), "in-curly"),
    (
        "It is what he did in \u201908 and \u201912.",
        "2016-07-08",
        (("\u201908", "2008"), ("\u201912", "2012")),
        "coordinated",
    ),
    ("Since \u201808, rents have doubled.", "2016-03-10", (("\u201808", "2008"),), "left-quote"),
    ("The class of '92 gathered.", "2016-03-10", (("'92", "1992"),), "class-of"),
    ("Members of the class of '18 enrolled.", "2016-03-10", (("'18", "2018"),), "ahead"),
    ("He served from 1998 to '02.", "2010-03-10", (("1998", "1998"), ("'02", "2002")), "range"),
    ("He enlisted in '05, he said.", "1999-06-01", (("'05", "1905"),), "century-back"),
    ("It opened in '03 to crowds.", "1999-06-01", (("'03", "2003"),), "century-ahead"),
    ("She graduated in May '05.", "2016-03-10", (("May '05", "2005-05"),), "month"),
    (
        "Sales peaked in March \u201907.",
        "2016-03-10",
        (("March \u201907", "2007-03"),),
        "month-curly",
    ),
    (
        "It happened in the summer of '69.",
        "2016-03-10",
        (("the summer of '69", "1969-SU"),),
        "season",
    ),
    (
        "Crime fell in the 1990\u2019s.",
        "2016-03-10",
        (("the 1990\u2019s", "199"),),
        "decade-curly-s",
    ),
    (
        "It was like Germany in the \u201820s or Zimbabwe in the \u201990s.",
        "2016-06-23",
        (("the \u201820s", "192"), ("the \u201990s", "199")),
        "decade-curly",
    ),
    (
        "Prices rose in the early \u201980s.",
        "2016-03-10",
        (("the early \u201980s", "198"),),
        "decade-curly-modified",
    ),
    ("''27 companies signed.", "2016-03-10", (), "doubled-quote"),
    ("The film \u201913 Hours\u2019 opened.", "2016-03-10", (), "title"),
    ("The book \u201813th\u2019 sold well.", "2016-03-10", (), "ordinal"),
    ("Lakers star No. '24 left.", "2016-03-10", (), "no-preposition"),
    ("She scored 25 points in '08-09.", "2016-03-10", (), "season-range"),
    ("A 1030\u2019s station reported.", "2016-10-09", (), "no-decade-1030"),
]


class TestShortYears:
    """
    A year of two digits after an apostrophe, and decades with any apostrophe.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_short_year(self, text: str, reference: str, expected: Found) -> None:
        """
        The expected years and decades are found, and nothing else.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(
        ("digits", "year"), [("'08", "2008"), ("'68", "2068"), ("'69", "1969"), ("'99", "1999")]
    )
    def test_without_reference(self, digits: str, year: str) -> None:
        """
        With no reference, the POSIX pivot picks the century: '00-'68 are 20xx, '69-'99 19xx.
        """
        (time,) = find_times(f"It began in {digits}.", None)

        assert time.value == year
