"""
What the table-driven temporal tests share: the reference date, case shapes and helpers.
"""

from __future__ import annotations

import pytest

from newsevents.timex import find_times

REF = "2020-03-18"  # a Wednesday

Found = tuple[tuple[str, str], ...]
Case = tuple[str, str | None, Found, str]


def found(text: str, reference: str | None) -> Found:
    """
    The ``(text, value)`` of each time `find_times` finds in *text*.
    """
    return tuple((time.text, time.value) for time in find_times(text, reference))


def params(cases: list[Case]) -> list[object]:
    """
    The cases as pytest params named by their reason, refusing two cases with one name.
    """
    whys = [why for *_, why in cases]
    assert len(whys) == len(set(whys)), "duplicate case ids"
    return [
        pytest.param(text, reference, expected, id=why) for text, reference, expected, why in cases
    ]
