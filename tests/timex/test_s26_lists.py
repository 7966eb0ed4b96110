"""
Year ranges, lists that share a year, halves, "-long" plurals and idioms (session 26 audits).

"between 2010-2013" and "the 1991-1994 war" were missed; "from March to May 2015" read March
as this year's; "the past decade and a half" was "the past decade"; "dayslong" was missed;
"it is not going to happen overnight", "wait a minute," and "the week before the
convention" were times; "the Reagan family Thanksgiving platter" was Thanksgiving Day.
Each case is ``(text, reference, expected, why)``.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

REF = "2016-05-05"  # a Thursday

CASES: list[Case] = [
    (
        "The foundation gave $5 million between 2010-2013.",
        REF,
        (("2010", "2010"), ("2013", "2013")),
        "year-range-hyphen",
    ),
    (
        "Prices rose in the 2015-16 season.",
        REF,
        (("2015", "2015"), ("16", "2016")),
        "season-of-two-years",
    ),
    ("Case 2016-1234 was filed.", REF, (), "case-number"),
    ("Call 555-1998-2045 now.", REF, (("now", "PRESENT_REF"),), "phone-number"),
    ("On 2016-05-04 he left.", REF, (("2016-05-04", "2016-05-04"),), "iso-date-stays"),
    (
        "From March to May 2015, he ran.",
        REF,
        (("March", "2015-03"), ("May 2015", "2015-05")),
        "month-range-shares-the-year",
    ),
    (
        "Crimes rose between January through June of 2015.",
        REF,
        (("January", "2015-01"), ("June of 2015", "2015-06")),
        "through-of-a-year",
    ),
    (
        "A coup came in the spring and summer of 2009.",
        REF,
        (("the spring", "2009-SP"), ("summer of 2009", "2009-SU")),
        "seasons-share-the-year",
    ),
    (
        "He came in January and left in 2016.",
        REF,
        (("January", "2016-01"), ("2016", "2016")),
        "no-list-no-shared-year",
    ),
    (
        "For the past decade and a half, he ruled.",
        REF,
        (("the past decade and a half", "P15Y"),),
        "the-past-decade-and-a-half",
    ),
    (
        "In the previous year and a half, it rose.",
        REF,
        (("the previous year and a half", "P1Y6M"),),
        "the-previous-year-and-a-half",
    ),
    ("The past year was hard.", REF, (("The past year", "2015"),), "the-past-year-stays"),
    ("It was a dayslong standoff.", REF, (("dayslong", "PXD"),), "dayslong"),
    ("The weekslong strike ended.", REF, (("weekslong", "PXW"),), "weekslong"),
    ("But it is not going to happen overnight.", REF, (), "happen-overnight"),
    ("You can't do that overnight.", REF, (), "do-that-overnight"),
    ("She became an overnight sensation.", REF, (), "overnight-sensation"),
    (
        "The shooting happened overnight.",
        REF,
        (("overnight", "2016-05-04TNI"),),
        "a-shooting-overnight",
    ),
    ("The mainstream is saying wait a minute, the wealth is gone.", REF, (), "wait-a-minute"),
    (
        "You must wait a minute before you call.",
        REF,
        (("a minute", "PT1M"),),
        "wait-a-minute-length",
    ),
    (
        "In the week before the 2016 convention, delegates will meet.",
        REF,
        (("2016", "2016"),),
        "the-week-before-an-event",
    ),
    (
        "Police searched throughout the weekend before taking him in.",
        REF,
        (("the weekend", "2016-W17-WE"),),
        "the-weekend-before-a-verb",
    ),
    ("The auction included the Reagan family Thanksgiving platter.", REF, (), "holiday-platter"),
    ("A deputy stopped his 2006 tan Ford Focus.", REF, (), "model-year-with-a-colour"),
    ("In 2013 red states voted.", REF, (("2013", "2013"),), "year-before-a-colour"),
    ("May his family find peace.", REF, (), "may-as-a-wish"),
    ("In May he left.", REF, (("May", "2016-05"),), "may-the-month"),
    (
        "He said a charge from the night before had been upgraded.",
        REF,
        (("the night before", "2016-05-04TNI"),),
        "the-night-before-a-verb",
    ),
    ("He left the day before the vote.", REF, (), "the-day-before-a-noun"),
    ("It was believed to be a 2002-2004 model.", REF, (), "model-year-range"),
    ("Possibly a 2004-2007 Nissan Maxima fled.", REF, (), "model-year-range-before-a-make"),
    (
        "In 2002-2004 Ford cut jobs.",
        REF,
        (("2002", "2002"), ("2004", "2004")),
        "range-before-a-name",
    ),
    ("The case 2015-CF-0123 was filed.", REF, (), "case-number-with-letters"),
    (
        "Their deaths came days after the police released figures.",
        REF,
        (("days", "PXD"),),
        "days-after-a-clause",
    ),
    (
        "Officers arrested three people within minutes of the shooting.",
        REF,
        (("minutes", "PTXM"),),
        "within-minutes-of",
    ),
    # some years all the same, as after "braced for" (session 47)
    ("He fought for years of his life.", REF, (("years", "PXY"),), "for-years-of-is-years"),
    (
        "Trump praised him Tuesday, hours after the staffer was charged.",
        REF,
        (("Tuesday", "2016-05-03"), ("hours", "PTXH")),
        "hours-after-a-comma",
    ),
    (
        "In the days leading up to the vote, he campaigned.",
        REF,
        (("days", "PXD"),),
        "days-leading-up-to",
    ),
    (
        "It's been over 365 days since he left.",
        REF,
        (("over 365 days", "P365D"),),
        "been-over-a-count",
    ),
    ("He loved Back to the Future as a kid.", REF, (), "title-back-to-the-future"),
    (
        "In March, the month after Justice Scalia died, the court ruled.",
        REF,
        (("March", "2016-03"), ("the month", "2016-03")),
        "the-month-after-a-clause",
    ),
    (
        "\u201cAbout a minute, thirty seconds after he went in, POW!\u201d",
        REF,
        (("About a minute, thirty seconds", "PT1M30S"),),
        "qualifier-after-a-quote",
    ),
    (
        "For more on this story, read Tuesday's Record.",
        "2017-01-30",
        (("Tuesday", "2017-01-31"),),
        "newspaper-teaser",
    ),
    ("He read Tuesday's paper.", "2017-01-30", (("Tuesday", "2017-01-24"),), "read-with-a-subject"),
    (
        "Heading into Saturday night's game, police were on alert.",
        "2017-01-30",
        (("Saturday night", "2017-01-28TNI"),),
        "heading-into-opening-a-past-sentence",
    ),
    (
        "They talked at the Thanksgiving table.",
        "2016-11-28",
        (("Thanksgiving", "2016-11-24"),),
        "holiday-table-is-the-day",
    ),
]


class TestListsAndIdioms:
    """
    Ranges and lists of years, months and seasons; halves; idioms that name no time.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_lists(self, text: str, reference: str, expected: Found) -> None:
        """
        The expected expressions are found, with their values, and nothing else.
        """
        actual = _found(text, reference)

        assert expected == actual
