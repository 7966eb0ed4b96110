"""
Expressions found by the session 68 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # "daily" after "the" and a name, before a verb of reporting, is a newspaper
    (
        "The Cumhuriyet daily said the suspects had crossed the border.",
        "2016-05-01",
        (),
        "the-name-daily-said-is-a-newspaper",
    ),
    (
        "The men were arrested on Monday, the pro-government Sabah daily reported.",
        "2016-05-01",
        (("Monday", "2016-04-25"),),
        "the-pro-government-name-daily-reported",
    ),
    (
        "He takes the pills twice daily, the doctor said.",
        "2016-05-01",
        (("daily", "P1D"),),
        "twice-daily-stays-a-set",
    ),
    (
        "Trump's daily briefings said little about the war.",
        "2016-05-01",
        (("daily", "P1D"),),
        "a-possessive-daily-stays-a-set",
    ),
    # a count of times in hundreds, thousands, millions is a frequency
    (
        "The page is read thousands of times a day, the company said.",
        "2016-05-04",
        (("thousands of times a day", "P1D"),),
        "thousands-of-times-a-day",
    ),
    (
        "Officers were called to the block hundreds of times a year.",
        "2016-05-04",
        (("hundreds of times a year", "P1Y"),),
        "hundreds-of-times-a-year",
    ),
    (
        "The company earns $5 million a year from the site.",
        "2016-05-04",
        (),
        "an-amount-a-year-stays-a-rate",
    ),
    # "the decade" or "the century" after "the end of", "the rest of"...; "by midcentury"
    (
        "By the end of the decade, half the cars sold will be electric, the report said.",
        "2016-03-03",
        (("the end of the decade", "201"),),
        "the-end-of-the-decade",
    ),
    (
        "The tax would rise every year, perhaps all the way to midcentury.",
        "2016-03-03",
        (("every year", "P1Y"), ("midcentury", "20")),
        "to-midcentury",
    ),
    (
        "In 1988 he left the bank. By the end of the decade he was rich.",
        "1995-03-03",
        (("1988", "1988"), ("the end of the decade", "198")),
        "the-end-of-the-decade-told-in-the-past",
    ),
    (
        "The couple bought a midcentury home and filled it with midcentury modern furniture.",
        "2016-03-03",
        (),
        "a-midcentury-home-is-a-style",
    ),
    (
        "He was the best player of the decade, his coach said.",
        "2016-03-03",
        (),
        "of-the-decade-alone-stays-untagged",
    ),
    # "over the" and adjectives before "weekend" are the weekend, as "over the weekend" is
    (
        "Forty people were shot in Chicago over the bitterly cold and snowy weekend, police said.",
        "2016-12-19",
        (("weekend", "2016-W50-WE"),),
        "over-the-cold-and-snowy-weekend",
    ),
    (
        "Shots rang out during the rainy weekend festival downtown.",
        "2016-12-19",
        (),
        "a-weekend-festival-is-no-weekend-named",
    ),
    # a Sunday in a sentence of the weekend under way, on Saturday's page, is the next day
    (
        "The weekend's most recent shooting happened early Sunday on a party bus.",
        "2016-12-17",
        (("The weekend", "2016-W50-WE"), ("early Sunday", "2016-12-18")),
        "the-weekends-sunday-on-saturdays-page",
    ),
    (
        "Last weekend's shooting happened early Sunday on a party bus.",
        "2016-12-17",
        (("Last weekend", "2016-W49-WE"), ("early Sunday", "2016-12-11")),
        "last-weekends-sunday-stays-gone",
    ),
    (
        "A man was shot early Sunday on a party bus.",
        "2016-12-17",
        (("early Sunday", "2016-12-11"),),
        "a-sunday-with-no-weekend-stays-gone",
    ),
    # "moments" or "a while" before a "before" that closes its clause, as before "earlier"
    (
        "Moments before, he had been laughing with friends outside the store.",
        "2016-05-07",
        (("Moments", "PXX"),),
        "moments-before-closing-its-clause",
    ),
    (
        "He had left the party a short while before.",
        "2016-05-07",
        (("a short while", "PXX"),),
        "a-short-while-before-closing-its-clause",
    ),
    # a quoted "tonight" of the incident, told the day after it, is the incident's night
    (
        (
            "A gunman opened fire late Wednesday afternoon at the base, killing three."
            ' "We don\'t yet know what happened tonight," the president said.'
        ),
        "2014-04-03",
        (("late Wednesday afternoon", "2014-04-02TAF"), ("tonight", "2014-04-02TNI")),
        "what-happened-tonight-the-day-after",
    ),
    (
        (
            "A gunman opened fire late Wednesday afternoon at the base, killing three."
            ' "We will hold a vigil tonight," the pastor said.'
        ),
        "2014-04-03",
        (("late Wednesday afternoon", "2014-04-02TAF"), ("tonight", "2014-04-03TNI")),
        "a-vigil-tonight-stays-the-references-night",
    ),
    # a year after a possessive, before a document's or a law's noun, anchors nothing
    (
        (
            "That began in earnest in 1968, when Wallace ran against Johnson's 1964 Civil"
            " Rights Act. Nixon won that year."
        ),
        "2016-07-18",
        (("1968", "1968"), ("1964", "1964"), ("that year", "1968")),
        "a-possessive-year-of-a-law-anchors-nothing",
    ),
    (
        (
            "In 1968, the party turned, as Phillips argued in his 1969 book. A century earlier,"
            " the party had been born."
        ),
        "2016-07-18",
        (("1968", "1968"), ("1969", "1969"), ("A century earlier", "1868")),
        "a-possessive-year-of-a-book-anchors-nothing",
    ),
    (
        (
            "In 1968 he ran. In his 2004 convention speech, a testimonial to the nominee that"
            " year, he spoke of hope."
        ),
        "2016-07-18",
        (("1968", "1968"), ("2004", "2004"), ("that year", "2004")),
        "a-year-of-a-speech-stays-the-anchor",
    ),
    # the day named after "today ... is" is read past an abbreviation's full stop
    (
        "The situation today is grim, the minister said on Feb. 3 in Tripoli.",
        "2016-02-05",
        (("today", "2016-02-05"), ("Feb. 3", "2016-02-03")),
        "a-date-after-today-is-past-an-abbreviation",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_68_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each time found takes the value a careful reader gives it.
    """
    assert _found(text, reference) == expected
