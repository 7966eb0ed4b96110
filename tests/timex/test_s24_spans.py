"""
Smaller span fixes: compound durations, "the upcoming week", "prior", "these past", "couple".

"2 hours and 45 minutes" was two durations, "the upcoming week" and "the next couple days"
were missed, "a year prior" was the duration "a year", "these past eight years" lost
"these", and a quoted programme name ("“CBS This Morning”") was read as this morning.
Each case is ``(text, reference, expected, why)``; 2016-03-12 is a Saturday.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

CASES: list[Case] = [
    (
        "The standoff lasted nearly 2 hours and 45 minutes.",
        "2016-03-12",
        (("nearly 2 hours and 45 minutes", "PT2H45M"),),
        "hours-and-minutes",
    ),
    (
        "Officers arrived within 7 minutes 30 seconds.",
        "2016-03-12",
        (("7 minutes 30 seconds", "PT7M30S"),),
        "minutes-seconds",
    ),
    (
        "He served three years and two months.",
        "2016-03-12",
        (("three years and two months", "P3Y2M"),),
        "years-and-months",
    ),
    (
        "The baby lived 11 months and 29 days.",
        "2016-03-12",
        (("11 months and 29 days", "P11M29D"),),
        "months-and-days",
    ),
    (
        "The trip took 2 weeks and 3 days.",
        "2016-03-12",
        (("2 weeks and 3 days", "P17D"),),
        "weeks-and-days",
    ),
    (
        "They met for 3 hours and 2 days later parted.",
        "2016-03-12",
        (("3 hours", "PT3H"), ("2 days", "P2D")),
        "a-later-day-is-no-part",
    ),
    (
        "He played 20 minutes and 3 hours later left.",
        "2016-03-12",
        (("20 minutes", "PT20M"), ("3 hours", "PT3H")),
        "a-larger-unit-second-is-no-part",
    ),
    (
        "Voters go to the polls in the upcoming week.",
        "2016-03-12",
        (("the upcoming week", "2016-W11"),),
        "the-upcoming-week",
    ),
    (
        "It may matter in the next couple days.",
        "2016-03-12",
        (("the next couple days", "P2D"),),
        "the-next-couple-days",
    ),
    (
        "He resigned on March 3. Two days prior, he had met the board.",
        "2016-03-12",
        (("March 3", "2016-03-03"), ("Two days prior", "2016-03-01")),
        "days-prior",
    ),
    (
        "He met them two days prior to the vote.",
        "2016-03-12",
        (("two days", "P2D"),),
        "prior-to-is-no-shift",
    ),
    (
        "These past eight years have been hard.",
        "2016-03-12",
        (("These past eight years", "P8Y"),),
        "these-past",
    ),
    (
        "She will speak at 6 o\u2019clock this afternoon.",
        "2016-03-12",
        (("6 o\u2019clock this afternoon", "2016-03-12T18:00"),),
        "oclock-this-afternoon",
    ),
    (
        "He was shot Wednesday. It was 4 o'clock this morning when police came.",
        "2016-03-12",
        (("Wednesday", "2016-03-09"), ("4 o'clock this morning", "2016-03-12T04:00")),
        "oclock-this-morning-is-the-reference-day",
    ),
    (
        "He was shot around 2:15 Saturday morning.",
        "2016-03-12",
        (("around 2:15 Saturday morning", "2016-03-12T02:15"),),
        "clock-before-weekday-morning",
    ),
    (
        "It happened at 9:15 Wednesday night.",
        "2016-03-12",
        (("9:15 Wednesday night", "2016-03-09T21:15"),),
        "clock-before-weekday-night",
    ),
    (
        "Police arrived at 7:45 this morning.",
        "2016-03-12",
        (("7:45 this morning", "2016-03-12T07:45"),),
        "clock-before-this-morning",
    ),
    (
        "The call came at 10:30 last night.",
        "2016-03-12",
        (("10:30 last night", "2016-03-11T22:30"),),
        "clock-before-last-night",
    ),
    (
        "He was shot Friday. He had argued with the suspect the night before.",
        "2016-03-12",
        (("Friday", "2016-03-11"), ("the night before", "2016-03-10TNI")),
        "the-night-before",
    ),
    (
        "He was shot Friday. Later in the day, police found the car.",
        "2016-03-12",
        (("Friday", "2016-03-11"), ("the day", "2016-03-11")),
        "later-in-the-day-as-timebank-tags-it",
    ),
    (
        "The night before the vote, he slept well.",
        "2016-03-12",
        (),
        "the-night-before-an-event-is-no-anaphor",
    ),
    (
        "Cities grew in the second half of the 20th century.",
        "2016-03-12",
        (("the second half of the 20th century", "19"),),
        "half-of-a-century",
    ),
    (
        "Growth stalled in the first half of the decade.",
        "2016-03-12",
        (("the first half of the decade", "201"),),
        "half-of-the-decade",
    ),
    (
        "Sales rose in the third quarter of the year, it said on Jan. 4.",
        "2016-01-06",
        (("the third quarter of the year", "2015-Q3"), ("Jan. 4", "2016-01-04")),
        "quarter-of-the-year-is-the-last-one",
    ),
    ("On a day when markets fell, he quit.", "2016-03-12", (), "a-day-when"),
    ("For her, it was a day of celebration.", "2016-03-12", (), "a-day-of"),
    (
        "The last poll was in 1988, a year when Bush won.",
        "2016-03-12",
        (("1988", "1988"),),
        "a-year-when",
    ),
    ("After a year of talks, they agreed.", "2016-03-12", (("a year", "P1Y"),), "a-year-of-talks"),
    (
        "He was caught within a day of his escape.",
        "2016-03-12",
        (("a day", "P1D"),),
        "within-a-day-of",
    ),
    ("They recruit 50 men a day.", "2016-03-12", (), "a-rate-after-an-irregular-plural"),
    (
        "She hopes to see him again one day.",
        "2016-03-12",
        (("one day", "FUTURE_REF"),),
        "one-day-ending-a-future-clause",
    ),
    (
        "Dealers placed heavy buy orders in the morning.",
        "2016-03-12",
        (("the morning", "2016-03-12TMO"),),
        "in-the-morning-as-timebank-tags-it",
    ),
    (
        "He was shot Friday. The search went on into the night.",
        "2016-03-12",
        (("Friday", "2016-03-11"), ("the night", "2016-03-11TNI")),
        "into-the-night-of-the-day-named",
    ),
    (
        "He spoke at the morning briefing.",
        "2016-03-12",
        (),
        "a-morning-briefing-is-no-time",
    ),
    (
        "It happened late in the evening on Nov. 2.",
        "2016-03-12",
        (("Nov. 2", "2015-11-02"),),
        "the-evening-on-a-date-is-the-date",
    ),
    (
        "The court cited 1972's landmark ruling.",
        "2016-03-12",
        (("1972", "1972"),),
        "possessive-year",
    ),
    ("Disco ruled the 1970's.", "2016-03-12", (("the 1970's", "197"),), "old-style-decade"),
    (
        "The law is HB 1523's main clause.",
        "2016-03-12",
        (),
        "a-bill-number",
    ),
    (
        "She cried for hours after the funeral.",
        "2016-03-12",
        (("hours", "PTXH"),),
        "for-hours-after",
    ),
    (
        "The raid came hours after the shooting.",
        "2016-03-12",
        (("hours", "PTXH"),),
        "hours-after-an-undated-incident-are-some-hours",
    ),
    (
        "He told \u201cCBS This Morning\u201d that he was ready.",
        "2016-03-12",
        (),
        "quoted-programme",
    ),
]


class TestSpans:
    """
    Each expression is found whole, once.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_span(self, text: str, reference: str, expected: Found) -> None:
        """
        The span and value of each expression.
        """
        actual = _found(text, reference)

        assert expected == actual
