"""
"tonight" in a quotation spoken the night before the paper: that night.

A report in Wednesday's paper of Tuesday night's debate quotes what was said that night;
its "tonight" was read as Wednesday night. Each case is ``(text, reference, expected,
why)``; 2016-10-05 is a Wednesday.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

CASES: list[Case] = [
    (
        (
            "Pence won Tuesday night's debate, pundits said. "
            "\u201cWhat he accomplished tonight is huge,\u201d one host said."
        ),
        "2016-10-05",
        (("Tuesday night", "2016-10-04TNI"), ("tonight", "2016-10-04TNI")),
        "curly-quote-after-last-night",
    ),
    (
        'Rubio won the primary Tuesday night.\n"He won tonight," the host said.',
        "2016-10-05",
        (("Tuesday night", "2016-10-04TNI"), ("tonight", "2016-10-04TNI")),
        "straight-quote-next-paragraph",
    ),
    (
        "He was arrested Tuesday. \u201cWe will pray tonight,\u201d a neighbour said.",
        "2016-10-05",
        (("Tuesday", "2016-10-04"), ("tonight", "2016-10-05TNI")),
        "a-day-without-its-night",
    ),
    (
        "Pence won Tuesday night's debate. The next rally is tonight.",
        "2016-10-05",
        (("Tuesday night", "2016-10-04TNI"), ("tonight", "2016-10-05TNI")),
        "not-in-a-quote",
    ),
    (
        "The vote ended Sunday night. \u201cWe won tonight,\u201d she said.",
        "2016-10-05",
        (("Sunday night", "2016-10-02TNI"), ("tonight", "2016-10-05TNI")),
        "a-night-further-back",
    ),
]


class TestQuotedTonight:
    """
    A quoted "tonight" after the night before was named is that night.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_tonight(self, text: str, reference: str, expected: Found) -> None:
        """
        Only a quotation after the night before the reference moves "tonight" back.
        """
        actual = _found(text, reference)

        assert expected == actual
