"""
Expressions found by the session 47 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a bare length before "of" after "by", "through", "cost", "lost", "abandoning",
    # "reversing" and their kin is a length, as after "after" and "despite"
    (
        "Her instincts were sharpened by years of political combat.",
        "2016-03-09",
        (("years", "PXY"),),
        "sharpened-by-years-of",
    ),
    (
        "The strike cost him months of his playing career.",
        "2016-03-09",
        (("months", "PXM"),),
        "cost-him-months-of",
    ),
    (
        "He has talked about abandoning decades of foreign policy.",
        "2016-03-09",
        (("decades", "PXY"),),
        "abandoning-decades-of",
    ),
    (
        "The deal was reached through weeks of talks in Geneva.",
        "2016-03-09",
        (("weeks", "PXW"),),
        "through-weeks-of",
    ),
    (
        "The country braced for months of political uncertainty.",
        "2016-03-09",
        (("months", "PXM"),),
        "braced-for-months-of",
    ),
    # controls: "the years of" and "years of age" are no bare length
    (
        "He was remembered by the years of war veterans.",
        "2016-03-09",
        (),
        "by-the-years-of",
    ),
    # "one day" before "and", in a clause that hopes with a modal, is someday
    (
        "I hope I can be like him one day and show love to my family.",
        "2016-06-05",
        (("one day", "FUTURE_REF"),),
        "hope-i-can-one-day-and",
    ),
    # controls: no hope, or a length after "take", stays one day
    (
        "He stayed one day and left for Paris.",
        "2016-06-05",
        (("one day", "P1D"),),
        "stayed-one-day-and-left",
    ),
    (
        "I hope the repairs can take one day and no more.",
        "2016-06-05",
        (("one day", "P1D"),),
        "hope-it-can-take-one-day-and",
    ),
    # an intent or a condition further left than the usual reach still governs a day, when
    # no word between may be a past
    (
        (
            "The senator sent an email as the meeting began vowing to \u201cfight for every single"
            " vote\u201d in the nation\u2019s last presidential primary in Washington on Tuesday."
        ),
        "2016-06-09",  # a Thursday
        (("Tuesday", "2016-06-14"),),
        "vowing-to-fight-in-a-primary-far-left",
    ),
    (
        (
            "The birth of the couple's second child is expected to coincide with the Republican and"
            " Democratic national conventions in the second half of July."
        ),
        "2015-12-21",
        (("the second half of July", "2016-07"),),
        "expected-to-coincide-far-left",
    ),
    # control: a past participle between keeps the default, the past
    (
        (
            "Police are studying surveillance video in hopes of learning more about the drive-by"
            " shooting that injured five people on Capitol Hill early Sunday morning."
        ),
        "2015-11-23",  # a Monday
        (("early Sunday morning", "2015-11-22TMO"),),
        "hope-of-learning-but-injured-between",
    ),
    # a full stop inside a closing quotation mark ends the sentence before a day
    (
        (
            "The company said it would honour the legacy of a \u201cstellar leader.\u201d By"
            " Friday, several hundred people had left flowers."
        ),
        "2015-09-14",  # a Monday
        (("Friday", "2015-09-11"),),
        "quoted-full-stop-ends-the-sentence",
    ),
    # "is facing" a day is a plan, as "is hosting" one is
    (
        (
            "Mr. Rubio, who is facing the prospect of a humiliating loss in his own state on"
            " Tuesday, said he would stay in the race."
        ),
        "2016-03-12",  # a Saturday
        (("Tuesday", "2016-03-15"),),
        "is-facing-a-loss-tuesday",
    ),
    (
        "Rubio was facing a vote on Tuesday.",
        "2016-03-12",
        (("Tuesday", "2016-03-08"),),
        "was-facing-a-vote-tuesday",
    ),
    # the last two digits of a second year after a dash are that year, up to ten years on
    (
        "Markets have been calm since the 2007-09 financial crisis.",
        "2015-12-16",
        (("2007", "2007"), ("09", "2009")),
        "the-2007-09-crisis",
    ),
    (
        "She moved to the school in the 2014\u201315 school year; he served in 1999-00.",
        "2016-10-02",
        (("2014", "2014"), ("15", "2015"), ("1999", "1999"), ("00", "2000")),
        "school-year-and-century-turn",
    ),
    # controls: a month of a year, a whole date, a share
    (
        "The report is dated 2015-09.",
        "2016-10-02",
        (("2015", "2015"),),
        "a-year-and-an-earlier-number-is-no-range",
    ),
    (
        "It happened on 2015-09-14 at home.",
        "2016-10-02",
        (("2015-09-14", "2015-09-14"),),
        "an-iso-date-is-no-range",
    ),
    # what follows "on the heels of" or "in the wake of" is gone, a future verb before or not
    (
        "Her speech will follow on the heels of the president's star turn in Ohio on Wednesday.",
        "2016-07-08",  # a Friday
        (("Wednesday", "2016-07-06"),),
        "will-follow-on-the-heels-of-wednesday",
    ),
    (
        "He will wake up Friday in Paris.",
        "2016-07-08",
        (("Friday", "2016-07-08"),),
        "wake-as-a-verb-is-no-cue",
    ),
    # a double hyphen after a dateline reads as a dash
    (
        "WASHINGTON (AP) -- Months after he mocked her, the candidate sat down with her.",
        "2016-05-15",
        (("Months", "PXM"),),
        "double-hyphen-dateline-months-after",
    ),
    # "a month into" a thing after a plural is a length into it, no rate
    (
        "The businessman holds a commanding lead in delegates a month into the contest.",
        "2016-03-01",
        (("a month", "P1M"),),
        "delegates-a-month-into-the-contest",
    ),
    (
        "The state pays $5 million a year into the fund.",
        "2016-03-01",
        (),
        "an-amount-a-year-into-a-fund-is-a-rate",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_47_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
