"""
Expressions found by the session 70 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a paragraph that opens on "But", "And" or "Yet" goes on with the story of a year the
    # paragraph before set
    (
        (
            "Running against John McCain in 2008, she rarely spoke about trade.\n\nBut soon after"
            " Election Day, she told aides the issue would define her term."
        ),
        "2016-09-08",
        (("2008", "2008"), ("Election Day", "2008-11-04")),
        "a-but-paragraph-goes-on-with-the-year-before",
    ),
    (
        (
            "In 2011, the city cut its police budget by a tenth.\n\nAnd in March, the council"
            " voted to close two stations."
        ),
        "2016-09-08",
        (("2011", "2011"), ("March", "2011-03")),
        "an-and-paragraph-goes-on-with-the-year-before",
    ),
    # controls: a paragraph that opens on a frame of its own, a paragraph between, or a
    # second sentence of the paragraph is back to the reference's year
    (
        (
            "In 2011, the city cut its police budget by a tenth.\n\nIn March, the council voted"
            " to close two stations."
        ),
        "2016-09-08",
        (("2011", "2011"), ("March", "2016-03")),
        "a-paragraph-with-its-own-frame-is-this-year",
    ),
    (
        (
            "In 2011, the city cut its police budget by a tenth.\n\nThe cuts were deep.\n\nBut in"
            " March, the council voted to close two stations."
        ),
        "2016-09-08",
        (("2011", "2011"), ("March", "2016-03")),
        "a-paragraph-between-ends-the-year-told",
    ),
    (
        (
            "In 2011, the city cut its police budget by a tenth.\n\nBut the fight went on. In"
            " March, the council voted to close two stations."
        ),
        "2016-09-08",
        (("2011", "2011"), ("March", "2016-03")),
        "only-the-first-sentence-of-the-but-paragraph",
    ),
    # a holiday in a simile is no day of it
    (
        (
            "Residents said gunfire is common. \u201cUsually, it\u2019s like the Fourth of July"
            " out here,\u201d one neighbor said."
        ),
        "2015-02-09",
        (("Fourth of July", "XXXX-07-04"),),
        "a-holiday-after-like-the-is-no-day",
    ),
    (
        "The house was lit up like Christmas when officers arrived.",
        "2015-02-09",
        (("Christmas", "XXXX-12-25"),),
        "a-holiday-after-like-is-no-day",
    ),
    # controls: a holiday with "last", and one that is a day of the story
    (
        "The party was just like last Christmas.",
        "2015-02-09",
        (("last Christmas", "2014-12-25"),),
        "like-last-christmas-is-that-day",
    ),
    (
        "The two men were shot on the Fourth of July at a cookout.",
        "2015-02-09",
        (("Fourth of July", "2014-07-04"),),
        "a-holiday-not-after-like-is-its-day",
    ),
    # "this winter" in a past or present perfect sentence said in the spring is the winter
    # just ended, begun the December before
    (
        "Crews cleared more snow this winter than in any year since 1996.",
        "2016-03-18",
        (("this winter", "2015-WI"), ("1996", "1996")),
        "this-winter-in-a-past-sentence-in-march",
    ),
    (
        "This winter has been the mildest on record.",
        "2016-04-02",
        (("This winter", "2015-WI"),),
        "this-winter-in-a-present-perfect-in-april",
    ),
    # controls: a future, and a past said in the summer (too long after the winter)
    (
        "This winter will be colder, forecasters said.",
        "2016-03-18",
        (("This winter", "2016-WI"),),
        "this-winter-ahead-in-march",
    ),
    (
        "The roof collapsed this winter.",
        "2016-01-20",
        (("this winter", "2015-WI"),),
        "this-winter-under-way-in-january",
    ),
    # "after next" two on, as "before last" is two back; not before a day of its own
    (
        "The board will vote the week after next.",
        "2016-03-18",
        (("the week after next", "2016-W13"),),
        "the-week-after-next",
    ),
    (
        "Talks resume the month after next, and the plant closes the year after next.",
        "2016-03-18",
        (("the month after next", "2016-05"), ("the year after next", "2018")),
        "the-month-and-the-year-after-next",
    ),
    (
        "The fair opens the weekend after next.",
        "2016-03-16",
        (("the weekend after next", "2016-W13-WE"),),
        "the-weekend-after-next",
    ),
    (
        "He flies home the week after next Tuesday.",
        "2016-03-18",
        (("next Tuesday", "2016-03-22"),),
        "the-week-after-next-tuesday-is-no-week-after-next",
    ),
    # a fiscal year written "FY" and its year, glued, spaced or hyphened
    (
        "The agency's FY2016 budget rose, and FY 2017 spending will fall.",
        "2016-03-18",
        (("FY2016", "2016"), ("FY 2017", "2017")),
        "fy-and-a-year",
    ),
    (
        "The FY-2015 audit found gaps.",
        "2016-03-18",
        (("FY-2015", "2015"),),
        "fy-hyphen-year",
    ),
    # controls: "FYI" and a verb ending in "fy" before a year, and more than four digits
    (
        "FYI 2016 was a good year; we had to simplify 2015 rules. Code FY20165 is a part.",
        "2016-03-18",
        (("2016", "2016"), ("2015", "2015")),
        "fyi-and-simplify-are-no-fiscal-year",
    ),
    # a qualifier after "the" keeps the article at the start of a text or paragraph, as in
    # mid-sentence
    (
        "The early 1990s were lean years for the mill.",
        "2016-03-18",
        (("The early 1990s", "199"),),
        "the-early-1990s-opening-the-text",
    ),
    (
        "the late 1990s",
        "2016-03-18",
        (("the late 1990s", "199"),),
        "the-late-1990s-alone",
    ),
    # a spelled decade after "the" and a qualifier; not an age after a possessive
    (
        "In the early nineties, she sang in clubs; by the mid-sixties he had left.",
        "2016-03-18",
        (("the early nineties", "199"), ("the mid-sixties", "196")),
        "the-early-nineties-and-the-mid-sixties",
    ),
    (
        "He is in his early sixties and she in her late seventies.",
        "2016-03-18",
        (),
        "an-age-in-spelled-decades-is-no-time",
    ),
    # a 24-hour clock time with no zone after "at", "until"...: an hour from 13 or a leading
    # zero can be no other
    (
        "The talks resumed at 14:30 on Friday and ran until 23:15.",
        "2016-03-18",
        (("14:30 on Friday", "2016-03-18T14:30"), ("23:15", "2016-03-18T23:15")),
        "a-24-hour-clock-after-at",
    ),
    (
        "Police arrived at 00:15 on Sunday.",
        "2016-03-18",
        (("00:15 on Sunday", "2016-03-13T00:15"),),
        "a-24-hour-clock-with-a-leading-zero",
    ),
    # controls: an hour that may be a.m. or p.m., a range, a race time
    (
        "They met at 11:30, ran from 13:30-14:30 and she won the race in 14:30.",
        "2016-03-18",
        (),
        "no-24-hour-clock-without-a-cue",
    ),
    # a clock time and the same time on another clock in brackets take the day after both
    (
        "The blast occurred at 10:45 a.m. local time (0745 GMT) on Thursday.",
        "2016-03-18",
        (
            ("10:45 a.m. local time", "2016-03-17T10:45"),
            ("0745 GMT", "2016-03-17T07:45"),
            ("Thursday", "2016-03-17"),
        ),
        "a-clock-and-its-gmt-in-brackets-then-the-day",
    ),
    (
        "Voting began at 0500 GMT (1 a.m. ET) Tuesday.",
        "2016-03-18",
        (
            ("0500 GMT", "2016-03-15T05:00"),
            ("1 a.m. ET", "2016-03-15T01:00"),
            ("Tuesday", "2016-03-15"),
        ),
        "a-gmt-clock-and-its-eastern-time-then-the-day",
    ),
    # controls: brackets that hold no clock, and a clause between
    (
        "He spoke at 10 a.m. (a day early) on Thursday.",
        "2016-03-18",
        (("10 a.m.", "2016-03-18T10:00"), ("a day", "P1D"), ("Thursday", "2016-03-17")),
        "brackets-of-no-clock-join-no-day",
    ),
    (
        "He spoke at 10 a.m. (0700 GMT) and left Thursday.",
        "2016-03-18",
        (
            ("10 a.m.", "2016-03-18T10:00"),
            ("0700 GMT", "2016-03-18T07:00"),
            ("Thursday", "2016-03-17"),
        ),
        "a-clause-between-joins-no-day",
    ),
    # a "that weekend" told in the past after today's news is the incident's, not one to come
    (
        (
            "Nine people were shot on November 27. Clay will be in court today. Clay came to"
            " New Orleans from Lafayette that weekend."
        ),
        "2016-12-13",
        (("November 27", "2016-11-27"), ("today", "2016-12-13"), ("that weekend", "2016-W47-WE")),
        "a-past-that-weekend-after-today-is-the-incidents",
    ),
    # control: told ahead, it is the weekend to come
    (
        (
            "Nine people were shot on November 27. Clay will be in court today. He will fly"
            " home that weekend."
        ),
        "2016-12-13",
        (("November 27", "2016-11-27"), ("today", "2016-12-13"), ("that weekend", "2016-W50-WE")),
        "a-future-that-weekend-after-today-is-to-come",
    ),
    # "earlier in the night" after a small-hours incident, however far back it was told, is
    # the night before its small hours
    (
        (
            "One man was killed during a shooting early Saturday at a bar. The shooting happened"
            " after 2 a.m. on Washington Street. Three other victims were taken to a hospital"
            " with injuries that are not life threatening, the chief of detectives said. One"
            " victim was shot about seven times, but his wounds do not appear to be serious."
            " Police found several guns at the scene and believe many people at the party were"
            " armed. The bar has had trouble with fights and complaints from neighbors for"
            " months. The shooting followed a party for a rapper who had performed at a club"
            " earlier in the night."
        ),
        "2016-05-14",
        (
            ("early Saturday", "2016-05-14"),
            ("2 a.m.", "2016-05-14T02:00"),
            ("months", "PXM"),
            ("earlier in the night", "2016-05-13TNI"),
        ),
        "earlier-in-the-night-before-a-small-hours-incident-told-far-back",
    ),
    # control: an incident of the afternoon keeps its evening
    (
        (
            "A man was shot at 3 p.m. Saturday in a park. The gunman had been drinking earlier"
            " in the evening."
        ),
        "2016-05-14",
        (("3 p.m. Saturday", "2016-05-14T15:00"), ("earlier in the evening", "2016-05-14TEV")),
        "earlier-in-the-evening-after-an-afternoon-incident",
    ),
    # "that day" after a day of report is the day of the events told before it, however long
    # before the report
    (
        (
            "A warrant tells what happened on June 7 when Reeves shot and killed two people."
            " Detective Jeff Maglish confirmed Monday that the couple had problems. Police"
            " believe something set him off that day. About 11:50 a.m., officers were"
            " dispatched to the apartment."
        ),
        "2015-06-29",
        (
            ("June 7", "2015-06-07"),
            ("Monday", "2015-06-29"),
            ("that day", "2015-06-07"),
            ("About 11:50 a.m.", "2015-06-07T11:50"),
        ),
        "that-day-after-a-day-of-report-is-the-events-day",
    ),
    # control: with no day of report, "that day" is the last day named
    (
        (
            "Reeves shot two people on June 7. He moved to the city on Monday, June 1. He was"
            " angry that day."
        ),
        "2015-06-29",
        (("June 7", "2015-06-07"), ("Monday, June 1", "2015-06-01"), ("that day", "2015-06-01")),
        "that-day-with-no-report-is-the-last-day-named",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_70_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each time found takes the value a careful reader gives it.
    """
    assert _found(text, reference) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            (
                "by: Jason Kelly, Julie Salomone Updated: Mar 8, 2017 - 6:13 PM\n\n"
                "TAVARES, Fla. - A 2-year-old girl who was injured Tuesday evening in a shooting"
                " has been released from the hospital, police said."
            ),
            [("Mar 8, 2017 - 6:13 PM", "2017-03-08T18:13"), ("Tuesday evening", "2017-03-07TEV")],
            id="a-byline-with-the-pages-stamp",
        ),
        pytest.param(
            (
                "By Jason Kelly, Orlando News\n\n"
                "TAVARES, Fla. - A 2-year-old girl who was injured Tuesday evening in a shooting"
                " has been released from the hospital, police said."
            ),
            [("Tuesday evening", "2017-03-07TEV")],
            id="a-byline-without-a-stamp",
        ),
    ],
)
def test_a_bylines_stamp_in_an_article(text: str, expected: list[tuple[str, str]]) -> None:
    """
    A page's stamp on its byline's line is read, as one on a line of its own is.
    """
    from newsevents import parse  # noqa: PLC0415 - the whole pipeline, for its paragraphs

    article = parse(text, published="2017-03-08")

    assert [(time.text, time.value) for time in article.times] == expected
