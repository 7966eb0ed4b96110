"""
Numbers that label a thing are no years: flights, roads, suites, boxes, house numbers.

Only "No. 1203" and a house number before a one- to three-word street name were kept out;
"Flight 1088", "FM 1960", "P.O. Box 1576", "Suite 1108" and house numbers before an
ordinal or a spelled-out direction ("1617 Southeast 17th Street") were read as years.
Each case is ``(text, reference, expected, why)``.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

CASES: list[Case] = [
    ("He flew home on Delta Flight 1088.", "2021-03-12", (), "flight"),
    ("The crash on FM 1960 killed two.", "2021-03-12", (), "farm-to-market-road"),
    ("A body was found off Louisiana Highway 1196.", "2021-03-12", (), "highway"),
    ("Donations go to P.O. Box 1576.", "2021-03-12", (), "po-box"),
    ("Send checks to 100 Main St., Suite 1108.", "2021-03-12", (), "suite"),
    ("She lived in Apartment 1203 alone.", "2021-03-12", (), "apartment"),
    ("The clinic is at 1617 Southeast 17th Street.", "2021-03-12", (), "direction-ordinal"),
    ("Police arrived at 1606 E. 44th Street.", "2021-03-12", (), "abbreviation-ordinal"),
    ("The hotel at 1617 S.E. 17th St. opened.", "2021-03-12", (), "dotted-direction"),
    ("Officers went to 1243 20th St. SW.", "2021-03-12", (), "ordinal-street"),
    ("In 1998 Southwest grew fast.", "2021-03-12", (("1998", "1998"),), "a-year-then-a-name"),
    (
        "It came up in a 1992 New York State Supreme Court case.",
        "2021-03-12",
        (("1992", "1992"),),
        "court-is-no-street-after-four-names",
    ),
    ("He flew in 2010 to Paris.", "2021-03-12", (("2010", "2010"),), "a-year-after-in"),
]


class TestLabelNumbers:
    """
    A four-digit number after a label noun or before a street name is no year.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_label_or_year(self, text: str, reference: str, expected: Found) -> None:
        """
        Only the real years are found.
        """
        actual = _found(text, reference)

        assert expected == actual
