"""
Words and cues found by the session 29 audits of political and local news.

A quotation's "today", "tonight" or "this morning" counted from the day it was spoken when
the words next to the quotation name that day ("the mayor said Sunday"), and a programme
quoted after its network: each was read wrongly. Each case is ``(text, reference, expected,
why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

REF = "2016-11-16"  # a Wednesday

CASES: list[Case] = [
    (
        '"We opened the school today," the principal said Monday.',
        REF,
        (("today", "2016-11-14"), ("Monday", "2016-11-14")),
        "today-in-a-quote-said-on-a-weekday",
    ),
    (
        "\u201cThe march will go ahead tonight!\u201d the organiser tweeted Saturday.",
        REF,
        (("tonight", "2016-11-12TNI"), ("Saturday", "2016-11-12")),
        "tonight-in-a-quote-tweeted-on-a-weekday",
    ),
    (
        (
            '"These attacks will not go unanswered," the mayor said Sunday evening.'
            ' "There were hundreds of people out there today."'
        ),
        REF,
        (("Sunday evening", "2016-11-13TEV"), ("today", "2016-11-13")),
        "a-second-quote-after-the-attribution-of-the-first",
    ),
    (
        'The sheriff said on Tuesday that she "met the family this morning."',
        REF,
        (("Tuesday", "2016-11-15"), ("this morning", "2016-11-15TMO")),
        "said-on-a-weekday-before-the-quote",
    ),
    (
        (
            '"I saw him last night," the neighbour told The Associated Press on Monday,'
            " standing on her porch."
        ),
        REF,
        (("last night", "2016-11-13TNI"), ("Monday", "2016-11-14")),
        "last-night-in-a-quote-told-a-paper-on-a-weekday",
    ),
    (
        (
            '"He is dangerous, and he used violence today," the chief said during a news'
            " conference Tuesday."
        ),
        REF,
        (("today", "2016-11-15"), ("Tuesday", "2016-11-15")),
        "said-during-a-news-conference-on-a-weekday",
    ),
    (
        "The governor issued a statement Monday night in which he said, \u201cWe grieve today.\u201d",
        REF,
        (("Monday night", "2016-11-14TNI"), ("today", "2016-11-14")),
        "a-statement-on-a-weekday-night",
    ),
    (
        'The chief spoke at a Tuesday press conference. "We arrested him yesterday."',
        REF,
        (("Tuesday", "2016-11-15"), ("yesterday", "2016-11-14")),
        "yesterday-after-a-weekday-press-conference",
    ),
    (
        '"We will find them tomorrow," the sheriff said Monday.',
        REF,
        (("tomorrow", "2016-11-15"), ("Monday", "2016-11-14")),
        "tomorrow-counted-from-the-day-it-was-said",
    ),
    # controls: the day is not the day of the saying, or it is the reference
    (
        '"We are heartbroken today," said the mother of the man shot Saturday.',
        REF,
        (("today", "2016-11-16"), ("Saturday", "2016-11-12")),
        "a-weekday-of-the-incident-is-no-day-of-saying",
    ),
    (
        '"We opened the school today," the principal said Wednesday.',
        REF,
        (("today", "2016-11-16"), ("Wednesday", "2016-11-16")),
        "said-on-the-reference-day",
    ),
    (
        '"We opened the school today," the principal said. Police said Monday the boy was hurt.',
        REF,
        (("today", "2016-11-16"), ("Monday", "2016-11-14")),
        "a-weekday-in-the-next-sentence-dates-no-quote",
    ),
    (
        '"The vote will be held tomorrow," the senator will say Friday.',
        REF,
        (("tomorrow", "2016-11-17"), ("Friday", "2016-11-18")),
        "a-saying-still-to-come",
    ),
    (
        "We closed the school today, the principal said Monday.",
        REF,
        (("today", "2016-11-16"), ("Monday", "2016-11-14")),
        "no-quotation-marks",
    ),
    # a programme quoted after its network
    (
        "He said in a Monday interview on CBS\u2019s \u201cThis Morning,\u201d that he won.",
        REF,
        (("Monday", "2016-11-14"),),
        "a-programme-quoted-after-its-network",
    ),
    (
        '"This morning, we buried him," she said Tuesday.',
        REF,
        (("This morning", "2016-11-15TMO"), ("Tuesday", "2016-11-15")),
        "this-morning-opening-a-quote-is-no-programme",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
def test_session_29_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
