"""
Tense cues: a future seen from the past, passives with adverbs, possessive days, "ahead of".

"was supposed to start Saturday" and "was about to leave in August" were read as past;
"will be formally charged Monday" and "will be booked and arraigned Monday" too (the
participle after an adverb or "and" counted as a past tense). A possessive day never took
a future cue ("Clinton will win Tuesday's primary" was the Tuesday before), curly and
capitalised contractions ("she’ll", "I'll") were no cues, and "ahead of Saturday's
caucus" only sometimes looked ahead. Each case is ``(text, reference, expected, why)``;
2017-01-06 is a Friday, 2016-03-12 a Saturday.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

CASES: list[Case] = [
    (
        "The cruise was supposed to start Saturday.",
        "2017-01-06",
        (("Saturday", "2017-01-07"),),
        "supposed-to",
    ),
    (
        "He was about to leave for college in August.",
        "2017-01-06",
        (("August", "2017-08"),),
        "about-to",
    ),
    (
        "The suspect will be formally charged Monday.",
        "2017-01-06",
        (("Monday", "2017-01-09"),),
        "passive-with-adverb",
    ),
    (
        "He will be booked and arraigned Monday.",
        "2017-01-06",
        (("Monday", "2017-01-09"),),
        "coordinated-passive",
    ),
    (
        "He was formally charged Monday.",
        "2017-01-06",
        (("Monday", "2017-01-02"),),
        "past-passive-with-adverb-stays-past",
    ),
    (
        "Clinton will win Tuesday's primary, the poll suggests.",
        "2016-03-12",
        (("Tuesday", "2016-03-15"),),
        "future-before-possessive-event",
    ),
    (
        "They would look for ways to get around Wednesday's ruling.",
        "2016-03-12",
        (("Wednesday", "2016-03-09"),),
        "future-before-possessive-thing-done",
    ),
    (
        "Monday's decision will reverberate across the party.",
        "2016-03-12",
        (("Monday", "2016-03-07"),),
        "future-after-possessive-is-its-own-clause",
    ),
    (
        "Polls show him trailing just ahead of Wednesday's vote.",
        "2016-03-12",
        (("Wednesday", "2016-03-16"),),
        "ahead-of-possessive",
    ),
    (
        "Ahead of Thursday's meeting, the ministers agreed a plan.",
        "2016-03-12",
        (("Thursday", "2016-03-10"),),
        "ahead-of-in-a-past-clause",
    ),
    (
        "He tried to look presidential ahead of the Nov. 8 election.",
        "2016-03-12",
        (("Nov. 8", "2016-11-08"),),
        "ahead-of-month-day",
    ),
    (
        "Ahead of the March 1 contests, Rubio changed his tone.",
        "2016-03-12",
        (("March 1", "2016-03-01"),),
        "ahead-of-month-day-in-a-past-clause",
    ),
    (
        "He said she\u2019ll vote on Tuesday.",
        "2016-03-12",
        (("Tuesday", "2016-03-15"),),
        "curly-contraction",
    ),
    (
        "I'll vote on Tuesday.",
        "2016-03-12",
        (("Tuesday", "2016-03-15"),),
        "capitalised-contraction",
    ),
    (
        "Polls for the November election look close.",
        "2016-03-12",
        (("November", "2016-11"),),
        "month-before-an-event-noun",
    ),
    (
        "Sanders wants a voice at the convention in July.",
        "2016-03-12",
        (("July", "2016-07"),),
        "event-noun-in-month",
    ),
    (
        "He lost the November election badly.",
        "2016-03-12",
        (("November", "2015-11"),),
        "a-past-verb-keeps-the-last-one",
    ),
    (
        "On Election Day, turnout will matter most, Stone says.",
        "2016-07-02",
        (("Election Day", "2016-11-08"),),
        "election-day-months-after-the-last",
    ),
    (
        "Turnout on Election Day was low.",
        "2017-02-01",
        (("Election Day", "2016-11-08"),),
        "election-day-weeks-after-it-was-held",
    ),
]


class TestTenseCues:
    """
    The cues of a sentence put its day on the right side of the reference.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_direction(self, text: str, reference: str, expected: Found) -> None:
        """
        Each day is resolved in the direction its governing words give.
        """
        actual = _found(text, reference)

        assert expected == actual


ABBREVIATIONS: list[Case] = [
    (
        "May said the country would break with the E.U. by the end of March.",
        "2016-10-05",
        (("the end of March", "2017-03"),),
        "initials-before-a-lower-case-word",
    ),
    (
        "The group will endorse Sen. Ted Cruz at a rally on Saturday.",
        "2016-01-20",
        (("Saturday", "2016-01-23"),),
        "a-title-ends-no-sentence",
    ),
    (
        "They do not want to lose the voters Mrs. Clinton needs in November.",
        "2016-04-26",
        (("November", "2016-11"),),
        "mrs-before-the-verb",
    ),
    (
        "He will be in the U.S. The trip ended Monday.",
        "2016-01-20",
        (("Monday", "2016-01-18"),),
        "initials-before-a-capital-end-the-sentence",
    ),
    (
        "Many died when a bomb hit a building next to the embassy in Nairobi Friday morning.",
        "1998-08-08",
        (("Friday morning", "1998-08-07TMO"),),
        "next-to-is-a-place",
    ),
    (
        "He is scheduled to appear in court again in relation to the Dec. 25 shooting.",
        "2015-12-28",
        (("Dec. 25", "2015-12-25"),),
        "an-incident-date-is-past-in-a-future-sentence",
    ),
]


class TestAbbreviations:
    """
    A period after a title or initials ends no sentence, so the verb before it still counts.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(ABBREVIATIONS))
    def test_sentence(self, text: str, reference: str, expected: Found) -> None:
        """
        The day takes the direction of the verb across the abbreviation.
        """
        actual = _found(text, reference)

        assert expected == actual


INCIDENT_DAYS: list[Case] = [
    (
        (
            "The victim was shot Sunday. The suspect was arrested Tuesday in the shooting. "
            "The day after the shooting, police found the gun."
        ),
        "2015-02-18",
        (("Sunday", "2015-02-15"), ("Tuesday", "2015-02-17"), ("The day", "2015-02-16")),
        "an-arrest-day-is-not-the-incident",
    ),
    (
        "The shooting was Sunday, police said Tuesday. The day after the shooting, a vigil was held.",
        "2015-02-18",
        (("Sunday", "2015-02-15"), ("Tuesday", "2015-02-17"), ("The day", "2015-02-16")),
        "a-report-day-is-not-the-incident",
    ),
]


class TestIncidentDay:
    """
    The day of an arrest or a report in a sentence about a shooting is not the shooting's.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(INCIDENT_DAYS))
    def test_day_after_the_incident(self, text: str, reference: str, expected: Found) -> None:
        """
        "The day after the shooting" counts from the shooting's own day.
        """
        actual = _found(text, reference)

        assert expected == actual
