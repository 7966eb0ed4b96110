"""
Table-driven tests of names and addresses made of temporal words, which are no times.

Programmes and papers ("Saturday Night Live", ABC's This Week, "USA TODAY"), marches ("the
March on Washington"), places ("Easter Island"), street addresses ("the 1100-block of Main
St.", "July Drive") and hyphenated compounds ("a Johnny-come-lately").  Each case is ``(text,
reference, expected, why)`` where *expected* is a tuple of ``(expression text, value)`` for
every expression found, in order; each name has a real time of the same shape beside it that
is still found.  References are Wednesday 2020-03-18 unless a case says otherwise.
"""

from __future__ import annotations

import pytest

from .cases import REF, Case, Found
from .cases import found as _found
from .cases import params as _params

PROGRAMME_CASES: list[Case] = [
    ("He told ABC's This Week that talks failed.", REF, (), "abc-this-week-is-a-programme"),
    (
        "Carson went on ABC's This Week to defend his staff.",
        REF,
        (),
        "on-abc-this-week-is-a-programme",
    ),
    (
        "Robby Mook told CBS This Morning on Monday.",
        REF,
        (("Monday", "2020-03-16"),),
        "cbs-this-morning-is-a-programme",
    ),
    ("CBS This Morning co-anchor Gayle King said.", REF, (), "programme-before-its-anchor"),
    ("He appeared on the Today show.", REF, (), "today-show-is-a-programme"),
    ("They watched the Tonight Show.", REF, (), "tonight-show-is-a-programme"),
    (
        "In a national USA TODAY/Suffolk University Poll, voters agreed.",
        REF,
        (),
        "usa-today-in-capitals-is-a-paper",
    ),
    ("He told USA TODAY on Monday.", REF, (("Monday", "2020-03-16"),), "told-usa-today"),
    ("He hosted Saturday Night Live twice.", REF, (), "saturday-night-live-is-a-programme"),
    (
        'He guest-hosted "Saturday Night Live" in 2015.',
        REF,
        (("2015", "2015"),),
        "quoted-saturday-night-live",
    ),
    ("He watched Monday Night Football at home.", REF, (), "monday-night-football"),
    (
        "On Saturday night, Live music played.",
        REF,
        (("Saturday night", "2020-03-14TNI"),),
        "comma-keeps-saturday-night",
    ),
    (
        "Man Shot Friday Night In Downtown",
        REF,
        (("Friday Night", "2020-03-13TNI"),),
        "title-case-headline-keeps-friday-night",
    ),
    (
        "Late Monday Night Police Arrested Two Men",
        REF,
        (("Late Monday Night", "2020-03-16TNI"),),
        "title-case-headline-keeps-late-monday-night",
    ),
    (
        "He went to the store this morning.",
        REF,
        (("this morning", "2020-03-18TMO"),),
        "this-morning-in-running-text",
    ),
    (
        "ABC this week announced cuts.",
        REF,
        (("this week", "2020-W12"),),
        "lower-case-this-week-after-a-network",
    ),
]

MARCH_CASES: list[Case] = [
    (
        "Sanders joined the 1963 March on Washington.",
        REF,
        (("1963", "1963"),),
        "march-on-after-a-year-is-a-protest",
    ),
    ("They joined the March to Selma.", REF, (), "march-to-is-a-protest"),
    (
        "He was at the March on Washington in 1963.",
        REF,
        (("1963", "1963"),),
        "the-march-on-is-a-protest",
    ),
    (
        "They met in March on Monday.",
        REF,
        (("March", "2020-03"), ("Monday", "2020-03-16")),
        "in-march-on-monday-stays-a-month",
    ),
    (
        "He said March on Monday was cold.",
        REF,
        (("March", "2020-03"), ("Monday", "2020-03-16")),
        "march-on-a-weekday-stays-a-month",
    ),
    ("He will travel in March to Paris.", REF, (("March", "2020-03"),), "in-march-to-a-place"),
]

PLACE_CASES: list[Case] = [
    ("Ancient societies like Easter Island vanished.", REF, (), "easter-island-is-a-place"),
    ("He flew to Christmas Island.", REF, (), "christmas-island-is-a-place"),
    (
        "They met on Easter in the islands.",
        "2020-05-01",
        (("Easter", "2020-04-12"),),
        "easter-before-other-words",
    ),
    (
        "He spent Christmas on the island.",
        REF,
        (("Christmas", "2019-12-25"),),
        "christmas-on-the-island",
    ),
]

ADDRESS_CASES: list[Case] = [
    (
        "Police responded to the 1100-block of Thermo Village Road.",
        REF,
        (),
        "hyphenated-block-is-an-address",
    ),
    (
        "It happened in the 1900 - block of West 57th Street.",
        REF,
        (),
        "spaced-hyphen-block-is-an-address",
    ),
    ("In 1998 blockades went up.", REF, (("1998", "1998"),), "year-before-blockades"),
    ("The shooting was on July Drive in Lowmansville.", REF, (), "july-drive-is-a-street"),
    ("Police went to the 800 block of June Drive.", REF, (), "june-drive-is-a-street"),
    (
        "The store on May Ave. closed in May.",
        REF,
        (("May", "2019-05"),),
        "may-ave-is-a-street-may-a-month",
    ),
    (
        "Organisers said the July drive for donors ended.",
        REF,
        (("July", "2019-07"),),
        "lower-case-drive-keeps-the-month",
    ),
]

COMPOUND_CASES: list[Case] = [
    (
        "He accused Sanders of being a Johnny-come-lately to the issue.",
        REF,
        (),
        "come-lately-compound",
    ),
    ("He has lately been ill.", REF, (("lately", "PAST_REF"),), "lately-alone"),
]


class TestNamesAreNoTimes:
    """
    `find_times` leaves names and addresses made of temporal words untagged.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(PROGRAMME_CASES))
    def test_programmes(self, text: str, reference: str, expected: Found) -> None:
        """
        A programme or paper ("CBS This Morning", "Saturday Night Live") is no time.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(MARCH_CASES))
    def test_marches(self, text: str, reference: str, expected: Found) -> None:
        """
        "March on" or "March to" and a capitalised name is a protest unless a preposition governs it.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(PLACE_CASES))
    def test_places(self, text: str, reference: str, expected: Found) -> None:
        """
        A holiday before "Island" ("Easter Island") names a place.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(ADDRESS_CASES))
    def test_addresses(self, text: str, reference: str, expected: Found) -> None:
        """
        A house number before "-block" and a month before a street type are addresses.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(COMPOUND_CASES))
    def test_compounds(self, text: str, reference: str, expected: Found) -> None:
        """
        "lately" closing a hyphenated compound ("a Johnny-come-lately") is no time.
        """
        actual = _found(text, reference)

        assert expected == actual
