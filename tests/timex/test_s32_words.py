"""
Expressions found by the session 32 audits of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

REF = "2016-02-11"  # a Thursday

WORDS: list[Case] = [
    (
        "The president unveiled the plan in the last year of his presidency.",
        REF,
        (),
        "the-last-year-of-a-term-is-no-year-before",
    ),
    (
        "She would not campaign with him in the last week of the race.",
        REF,
        (),
        "the-last-week-of-a-race-is-no-week-before",
    ),
    (
        "The bill passed in the last week, he said.",
        REF,
        (("the last week", "2016-W05"),),
        "the-last-week-alone-is-the-week-before",
    ),
    (
        "He faces up to ten years in prison when he is sentenced Feb. 25.",
        REF,
        (("up to ten years", "P10Y"), ("Feb. 25", "2016-02-25")),
        "a-present-passive-before-a-date-looks-ahead",
    ),
    (
        "The ballots are counted March 15 in both states.",
        REF,
        (("March 15", "2016-03-15"),),
        "a-present-passive-plural",
    ),
    (
        "He was sentenced Feb. 25 to ten years.",
        "2016-03-11",
        (("Feb. 25", "2016-02-25"), ("ten years", "P10Y")),
        "a-past-passive-stays-past",
    ),
    (
        "Can he succeed in turning out new voters in November?",
        REF,
        (("November", "2016-11"),),
        "succeed-is-no-past-tense",
    ),
    (
        "Two hundred fans marched on Saturday.",
        REF,
        (("Saturday", "2016-02-06"),),
        "a-past-verb-after-hundred-still-past",
    ),
    (
        "A lobbyist is organizing a donor call day in Washington on Friday.",
        REF,
        (("Friday", "2016-02-12"),),
        "a-present-progressive-of-arranging-looks-ahead",
    ),
    (
        "She's also headlining a dinner in Des Moines Saturday night.",
        REF,
        (("Saturday night", "2016-02-13TNI"),),
        "a-contracted-progressive-with-an-adverb",
    ),
    (
        "The victim is recovering after being shot Tuesday.",
        REF,
        (("Tuesday", "2016-02-09"),),
        "a-progressive-of-another-verb-leaves-a-past-day",
    ),
    (
        "He was hosting a party on Saturday when shots rang out.",
        REF,
        (("Saturday", "2016-02-06"),),
        "a-past-progressive-stays-past",
    ),
    ("Police said: May be 6+ involved.", REF, (), "may-be-opening-a-sentence-is-the-verb"),
    (
        "He left in May not June.",
        REF,
        (("May", "2015-05"), ("June", "2015-06")),
        "may-not-after-in-is-the-month",
    ),
    (
        "\u201cToday is a day we\u2019re supposed to spend with family.\u201d",
        REF,
        (("Today", "2016-02-11"),),
        "a-day-before-a-contracted-subject-is-described",
    ),
    ("It was a day's work.", REF, (("a day", "P1D"),), "a-days-work-is-a-length"),
    (
        "Neighbors saw her outside in the wee hours of the morning.",
        REF,
        (("the morning", "2016-02-11TMO"),),
        "the-morning-after-the-wee-hours-of",
    ),
    (
        "One man died in a shooting in the early morning hours of Christmas Day.",
        REF,
        (("the early morning hours of Christmas Day", "2015-12-25TMO"),),
        "the-early-morning-hours-of-a-holiday-are-one-time",
    ),
    (
        "He spoke in the opening minutes of the night.",
        REF,
        (("the opening minutes", "PTXM"),),
        "the-opening-minutes-of-the-night-stay-a-length",
    ),
    (
        "Three other children ranging in age from 6 months to 7 years were home.",
        REF,
        (),
        "a-range-of-ages-is-no-length",
    ),
    (
        "her six siblings - ages 13 years to 7 months - were asleep",
        REF,
        (),
        "ages-from-oldest-to-youngest",
    ),
    ("The four men, who range from 19 to 34 years, were shot.", REF, (), "men-who-range-in-years"),
    (
        "Sentences range from 19 to 34 years.",
        REF,
        (("19 to 34 years", "P19Y"),),
        "a-range-of-sentences-is-a-length",
    ),
    ("A vigil was held at Thanksgiving Square.", REF, (), "a-holiday-naming-a-square"),
    ("The group ran a Christmas ad.", REF, (), "a-holiday-before-an-ad"),
    ("He said on ''Fox News Sunday'' that he would run.", REF, (), "doubled-apostrophe-quotes"),
    (
        "\u201cWe are heartbroken,\u201d he said yesterday. There will also be a vigil at noon.",
        REF,
        (("yesterday", "2016-02-10"), ("noon", "2016-02-11T12:00")),
        "a-clock-time-still-to-come-is-on-no-day-gone",
    ),
    (
        "He said yesterday that the store stayed open until 9 p.m.",
        REF,
        (("yesterday", "2016-02-10"), ("9 p.m.", "2016-02-10T21:00")),
        "a-clock-time-after-until-stays-on-its-day",
    ),
    (
        "That is part of the reality of today's life on a global basis.",
        REF,
        (("today", "PRESENT_REF"),),
        "todays-life-is-nowadays",
    ),
    (
        "Trump has led in New Hampshire through the fall and winter.",
        REF,
        (("the fall", "2015-FA"), ("winter", "2015-WI")),
        "a-season-after-the-fall-and",
    ),
    (
        "She transformed from Queen Nancy to Bag Lady overnight.",
        REF,
        (),
        "overnight-closing-a-clause-of-change-is-suddenly",
    ),
    (
        "He was taken to the hospital overnight.",
        REF,
        (("overnight", "2016-02-10TNI"),),
        "overnight-after-a-verb-of-moving-is-a-night",
    ),
    (
        "The governor barely qualified for Saturday's undercard debate.",
        REF,
        (("Saturday", "2016-02-13"),),
        "qualified-for-an-event-is-the-nearest",
    ),
    (
        "He challenged Trump to a debate before Saturday's caucus.",
        REF,
        (("Saturday", "2016-02-13"),),
        "a-possessive-event-after-before-is-the-nearest",
    ),
    (
        "He failed to act in the minutes leading up to Saturday's caucuses.",
        REF,
        (("minutes", "PTXM"), ("Saturday", "2016-02-06")),
        "leading-up-to-goes-by-the-tense",
    ),
    (
        "Schools will remain closed on Monday.",
        REF,
        (("Monday", "2016-02-15"),),
        "a-participle-after-will-remain-looks-ahead",
    ),
    (
        "The school remained closed Monday.",
        REF,
        (("Monday", "2016-02-08"),),
        "a-participle-after-remained-stays-past",
    ),
    (
        "He was shot in a triple shooting the day before in Lawndale.",
        REF,
        (("the day before", "2016-02-10"),),
        "the-day-before-then-a-place",
    ),
    (
        "A man was shot on Feb. 3. A neighbor saw him on the morning of the shooting.",
        REF,
        (("Feb. 3", "2016-02-03"), ("the morning", "2016-02-03TMO")),
        "the-morning-of-a-dated-shooting",
    ),
    (
        "A neighbor saw him on the morning of the shooting.",
        REF,
        (),
        "the-morning-of-an-undated-shooting-is-not-tagged",
    ),
    (
        "He will avoid unforced errors in November.",
        REF,
        (("November", "2016-11"),),
        "an-adjective-in-un-ed-is-no-past",
    ),
    (
        "Police unveiled the plan in April.",
        REF,
        (("April", "2015-04"),),
        "a-verb-in-un-ed-is-past",
    ),
    (
        "Her victories in Ohio, Florida and Illinois on Tuesday will only speed the shift.",
        REF,
        (("Tuesday", "2016-02-09"),),
        "wins-in-a-list-of-places-are-past",
    ),
    (
        "He had left just hours before, police said.",
        REF,
        (("hours", "PTXH"),),
        "hours-before-closing-a-clause",
    ),
    (
        "He had threatened them just a week before.",
        REF,
        (("a week", "P1W"),),
        "a-week-before-closing-a-clause-stays-a-length",
    ),
    (
        "Detectives searched the region.Last Monday police made an arrest.",
        REF,
        (("Last Monday", "2016-02-08"),),
        "a-starter-glued-to-the-stop-before",
    ),
    (
        "She filed for a protective order.A week later, she moved out.",
        REF,
        (("A week", "P1W"),),
        "a-week-later-glued-with-no-date-before",
    ),
    (
        "He left a year and a half ago.",
        REF,
        (("a year and a half ago", "2014"),),
        "a-year-and-a-half-ago",
    ),
    (
        "The advantage Clinton has today is the same one Obama enjoyed in 2008.",
        REF,
        (("today", "PRESENT_REF"), ("2008", "2008")),
        "today-set-against-a-year-long-gone",
    ),
    (
        "Today marks ten years since the 2006 flood.",
        REF,
        (("Today", "2016-02-11"), ("ten years", "P10Y"), ("2006", "2006")),
        "today-on-an-anniversary-is-the-day",
    ),
    ("Thousands joined the NYC Pride March.", REF, (), "a-pride-march-is-no-month"),
    (
        "A man was shot Wednesday night. He was listed in critical condition on Thursday.",
        "2016-02-10",
        (("Wednesday night", "2016-02-10TNI"), ("Thursday", "2016-02-11")),
        "a-condition-reported-after-a-shooting-in-a-story-a-day-late",
    ),
    ("They had left a midnight basketball tournament.", REF, (), "midnight-basketball"),
    (
        "He was shot Sunday morning. He had left at around 8:30 p.m. the night before.",
        REF,
        (
            ("Sunday morning", "2016-02-07TMO"),
            ("around 8:30 p.m. the night before", "2016-02-06T20:30"),
        ),
        "an-evening-clock-time-and-the-night-before",
    ),
    (
        "He was shot Sunday morning. He had left at 2 a.m. the night before.",
        REF,
        (
            ("Sunday morning", "2016-02-07TMO"),
            ("2 a.m.", "2016-02-07T02:00"),
            ("the night before", "2016-02-06TNI"),
        ),
        "a-small-hours-clock-time-stays-apart-from-the-night-before",
    ),
    ("They met in the springtime.", REF, (("the springtime", "2015-SP"),), "springtime"),
    (
        "Once the rule goes into effect on Feb. 25, workers will be paid more.",
        REF,
        (("Feb. 25", "2016-02-25"),),
        "goes-into-effect-looks-ahead",
    ),
    ("Shots were fired in the 1700 of Casey Drive.", REF, (), "a-block-with-block-left-out"),
    ("The bar was a night spot for students.", REF, (), "a-night-spot"),
    (
        "The fair was held the first weekend in August.",
        REF,
        (("the first weekend in August", "2015-08"),),
        "the-first-weekend-in-a-month",
    ),
    (
        "They met the last weekend of January.",
        REF,
        (("the last weekend of January", "2016-01"),),
        "the-last-weekend-of-a-month",
    ),
    ("It has taken decades to fix.", REF, (("decades", "PXY"),), "has-taken-decades"),
    (
        "The case went months without an arrest.",
        REF,
        (("months", "PXM"),),
        "went-months-without",
    ),
    ("Weekly's landlord said he was quiet.", REF, (), "a-surname-weekly-with-its-possessive"),
    (
        "He visited the church. He returned the next day.",
        REF,
        (("the next day", "XXXX-XX-XX"),),
        "the-next-day-gone-with-no-day-named-before",
    ),
    (
        "He will return the next day.",
        REF,
        (("the next day", "2016-02-12"),),
        "the-next-day-ahead-with-no-day-named-before",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_32_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
