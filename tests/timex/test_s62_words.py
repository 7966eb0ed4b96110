"""
Expressions found by the session 62 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented. The cases of
`PARSED` are whole pages read by `parse`, whose paragraphs are scanned one by one.
"""

from __future__ import annotations

import pytest

from newsevents import parse

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a day of mourning in a sentence of a killing is no day of the incident
    (
        (
            "Three children were shot dead on September 17. Their father, who was buried on"
            " Saturday, is believed to have killed them. Classes were dismissed the day of the"
            " fire."
        ),
        "2015-09-26",
        (("September 17", "2015-09-17"), ("Saturday", "2015-09-26"), ("the day", "2015-09-17")),
        "funeral-day-is-no-incident-day",
    ),
    (
        (
            "Three children were shot dead on September 17. Their killings were remembered in"
            " funeral services on Saturday. Police searched the house the morning of the"
            " shooting."
        ),
        "2015-09-26",
        (
            ("September 17", "2015-09-17"),
            ("Saturday", "2015-09-26"),
            ("the morning", "2015-09-17TMO"),
        ),
        "burial-day-is-no-incident-day",
    ),
    (
        (
            "Three children were shot dead on September 17. Their father killed them on"
            " Saturday. Police searched the house the morning of the shooting."
        ),
        "2015-09-26",
        (
            ("September 17", "2015-09-17"),
            ("Saturday", "2015-09-26"),
            ("the morning", "2015-09-26TMO"),
        ),
        "killed-on-a-day-stays-the-incident-day",
    ),
    # a future seen from a past expectation: the nearer day, one ahead counting double
    (
        "Rubio anticipated that a session with business leaders on Monday would focus on terror.",
        "2015-11-17",
        (("Monday", "2015-11-16"),),
        "expected-that-would-nearer-day-gone",
    ),
    (
        "Rubio anticipated that a session with business leaders on Thursday would be tense.",
        "2015-11-17",
        (("Thursday", "2015-11-19"),),
        "expected-that-would-nearer-day-ahead",
    ),
    (
        "Rubio said that a session with business leaders on Monday would focus on terror.",
        "2015-11-17",
        (("Monday", "2015-11-23"),),
        "said-that-would-looks-ahead",
    ),
    # "today" in a relative clause of "face" after a noun phrase: the present age
    (
        "The world we face today is the world where what you earn depends on what you learn.",
        "2016-03-23",
        (("today", "PRESENT_REF"),),
        "the-world-we-face-today",
    ),
    (
        "The biggest challenges that they face today are the old ones.",
        "2016-03-23",
        (("today", "PRESENT_REF"),),
        "the-challenges-that-they-face-today",
    ),
    (
        "We face today a vote on the bill.",
        "2016-03-23",
        (("today", "2016-03-23"),),
        "we-face-today-a-vote-is-the-day",
    ),
    # an evening hour inside a night's span named before: the day the span began
    (
        (
            "The shootings stretched from 6 p.m. Friday to 3 a.m. Saturday. The first"
            " shooting happened around 6 p.m. Then, just before 3 a.m., a group began arguing."
        ),
        "2016-08-13",
        (
            ("6 p.m. Friday", "2016-08-12T18:00"),
            ("3 a.m. Saturday", "2016-08-13T03:00"),
            ("around 6 p.m.", "2016-08-12T18:00"),
            ("3 a.m.", "2016-08-13T03:00"),
        ),
        "evening-hour-in-a-night-span",
    ),
    (
        (
            "The shootings stretched from 6 p.m. Friday to 3 a.m. Saturday. The first"
            " arrest came around 5 p.m."
        ),
        "2016-08-13",
        (
            ("6 p.m. Friday", "2016-08-12T18:00"),
            ("3 a.m. Saturday", "2016-08-13T03:00"),
            ("around 5 p.m.", "2016-08-13T17:00"),
        ),
        "hour-before-the-span-is-the-end-day",
    ),
    # seasons: one coming to someone, and "an" with an intensifier
    (
        "We are in for a long hot summer and fall.",
        "2016-03-20",
        (("a long hot summer", "2016-SU"), ("fall", "2016-FA")),
        "in-for-a-season-looks-ahead",
    ),
    (
        "It was an unusually hot summer, and a quiet fall.",
        "2016-03-20",
        (("an unusually hot summer", "2015-SU"), ("a quiet fall", "2015-FA")),
        "an-intensifier-season-gone",
    ),
    # a noun of violence between the superlative and "weekend"
    (
        "It was the deadliest gun-violence weekend in Chicago, and the bloodiest shooting weekend.",
        "2016-10-31",
        (
            ("the deadliest gun-violence weekend", "2016-W43-WE"),
            ("the bloodiest shooting weekend", "2016-W43-WE"),
        ),
        "deadliest-gun-violence-weekend",
    ),
    (
        "The gun violence weekend program ran again.",
        "2016-10-31",
        (),
        "gun-violence-weekend-without-superlative",
    ),
    # a numbered Super Tuesday is a later primary day, not the first one
    (
        "Kasich won Super Tuesday 3 in Ohio, after Clinton won Super Tuesday.",
        "2016-03-20",
        (("Tuesday", "2016-03-15"), ("Super Tuesday", "2016-03-01")),
        "numbered-super-tuesday",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_62_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected


PARSED: list[Case] = [
    # the incident told after a follow-up's weekday, in the next paragraph past empty ones
    (
        (
            "Suspect sought after home invasion\n\n"
            "A suspect in a home invasion that ended in a shootout that left one man dead"
            " remained at large early Wednesday.\n\n\n\n"
            "The men entered a house shortly before 2 a.m. Tuesday."
        ),
        "2017-02-07",
        (("early Wednesday", "2017-02-08"), ("2 a.m. Tuesday", "2017-02-07T02:00")),
        "follow-up-incident-told-past-empty-paragraphs",
    ),
    (
        (
            "Suspect sought after home invasion\n\n"
            "A suspect in a home invasion that ended in a shootout that left one man dead"
            " remained at large early Wednesday.\n\n\n\n"
            "The men entered a house shortly before 2 a.m. Monday."
        ),
        "2017-02-07",
        (("early Wednesday", "2017-02-01"), ("2 a.m. Monday", "2017-02-06T02:00")),
        "follow-up-without-the-reference-weekday-stays-past",
    ),
    # a live blog's entry stamp, a time stamp to the article, still dates its entry
    (
        (
            "Suspects in toddler's death plead not guilty\n\n"
            "Two men charged in a shooting Monday night appeared in court Wednesday.\n\n"
            "___\n\n12/6/16 8:28 a.m.\n\nAn autopsy is scheduled for Tuesday."
        ),
        "2016-12-07",
        (
            ("Monday night", "2016-12-05TNI"),
            ("Wednesday", "2016-12-07"),
            ("12/6/16", "2016-12-06"),
            ("8:28 a.m.", "2016-12-06T08:28"),
            ("Tuesday", "2016-12-06"),
        ),
        "live-blog-entry-stamp-dates-its-entry",
    ),
    # a page's stamp between its headline and its story, boilerplate to the article, dates it
    (
        (
            "Man arrested in toddler's shooting\n\nUpdated: 08/26/2015 6:53 PM\n\n"
            "A man was arrested. It happened around 3:15 Wednesday morning."
        ),
        "2017-01-28",
        (
            ("08/26/2015", "2015-08-26"),
            ("6:53 PM", "2015-08-26T18:53"),
            ("around 3:15 Wednesday morning", "2015-08-26T03:15"),
        ),
        "page-stamp-below-the-headline-dates-the-story",
    ),
    (
        (
            "Police Logs, Feb. 24 to Feb. 28, 2017\n\nGreenfield, Feb. 24\n\n"
            "12:39 a.m. \u2014 A caller at an apartment reported a theft."
        ),
        "2017-03-01",
        (
            ("Feb. 24", "2017-02-24"),
            ("Feb. 28, 2017", "2017-02-28"),
            ("Feb. 24", "2017-02-24"),
            ("12:39 a.m.", "2017-02-24T00:39"),
        ),
        "log-first-day-heading-dates-its-entries",
    ),
    (
        (
            "Two men plead not guilty\n\nRelated: Man shot on Dec. 1 in Lexington\n\n"
            "Two men charged in a shooting Monday night appeared in court."
        ),
        "2016-12-09",
        (("Monday night", "2016-12-05TNI"),),
        "related-headline-above-the-story-stays-unread",
    ),
    # a small-hours heading above an evening's, in a live blog told newest first
    (
        (
            "The Latest: Clinton tells voters she is with them\n\n"
            "COLUMBIA, S.C. (AP) \u2014 The Latest on the election and two contests Saturday:\n\n"
            "12:05 a.m.\n\nClinton greeted supporters at a rally late Saturday night.\n\n"
            "10:30 p.m.\n\nCruz supporters are optimistic."
        ),
        "2016-02-20",
        (
            ("Saturday", "2016-02-20"),
            ("12:05 a.m.", "2016-02-21T00:05"),
            ("late Saturday night", "2016-02-20TNI"),
            ("10:30 p.m.", "2016-02-20T22:30"),
        ),
        "small-hours-heading-above-an-evening-heading",
    ),
    # "Today" set against a time long gone in the paragraph before
    (
        (
            "Screening missed the attacker\n\n"
            "\u201cCompared to where we were 15 years ago, we've moved the needle,\u201d he said."
            "\n\nToday the government focuses its attention on people from certain countries."
        ),
        "2015-12-14",
        (("15 years ago", "2000"), ("Today", "PRESENT_REF")),
        "today-against-long-ago-in-the-paragraph-before",
    ),
    # a newswire release's stamp opening its line after a dash dates what follows it
    (
        (
            "Sheriff's Office joins seat belt campaign\n\n"
            "- 05/11/16New Enforcement Effort Aims to Save Lives. Deputies will patrol"
            " ahead of the busiest travel weekend of the year. This year, 20 people died.\n\n"
            "More news from the sheriff follows below the release and its contacts."
        ),
        "2017-01-24",
        (("05/11/16", "2016-05-11"), ("the year", "2016"), ("This year", "2016")),
        "release-stamp-after-a-dash-dates-the-release",
    ),
    (
        (
            "Sheriff's Office joins seat belt campaign\n\n"
            "Deputies will patrol ahead of the busiest travel weekend of the year - 05/11/16"
            " is the day they start. This year, 20 people died.\n\n"
            "More news from the sheriff follows below the release and its contacts."
        ),
        "2017-01-24",
        (("the year", "2017"), ("05/11/16", "2016-05-11"), ("This year", "2017")),
        "slashed-date-in-a-sentence-is-no-stamp",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(PARSED))
def test_session_62_pages(text: str, reference: str | None, expected: Found) -> None:
    """
    A page's times, read by `parse` paragraph by paragraph, take the values of the whole page.
    """
    found = tuple((time.text, time.value) for time in parse(text, published=reference).times)
    assert found == expected
