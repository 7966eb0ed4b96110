"""
Expressions found by the session 41 audits of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # minutes counted to or past the hour a clock time names are one clock time
    (
        "Neighbors heard cars racing around five to 1 a.m. Saturday.",
        "2017-04-08",
        (("around five to 1 a.m. Saturday", "2017-04-08T00:55"),),
        "five-to-one",
    ),
    (
        "The call came at a quarter to 10 p.m. Friday.",
        "2017-04-08",
        (("a quarter to 10 p.m. Friday", "2017-04-07T21:45"),),
        "a-quarter-to",
    ),
    (
        "He left the bar at half past 9 p.m.",
        "2017-04-08",
        (("half past 9 p.m.", "2017-04-08T21:30"),),
        "half-past",
    ),
    (
        "Shots rang out at twenty after 3 p.m. Thursday.",
        "2017-04-08",
        (("twenty after 3 p.m. Thursday", "2017-04-06T15:20"),),
        "twenty-after",
    ),
    (
        "The clerk locked up at 20 minutes to 11 p.m. Friday.",
        "2017-04-08",
        (("20 minutes to 11 p.m. Friday", "2017-04-07T22:40"),),
        "minutes-to",
    ),
    (
        "Officers arrived at ten past midnight Sunday.",
        "2017-04-10",
        (("ten past midnight Sunday", "2017-04-09T00:10"),),
        "ten-past-midnight",
    ),
    (
        "The last train left at ten to midnight Sunday.",
        "2017-04-10",
        (("ten to midnight Sunday", "2017-04-09T23:50"),),
        "ten-to-midnight",
    ),
    # a range, or a count of minutes from a time, is no clock time of its own
    (
        "The bar is open from ten to 2 a.m. Friday.",
        "2017-04-08",
        (("2 a.m. Friday", "2017-04-07T02:00"),),
        "a-range-from-ten",
    ),
    (
        "The shop opened a quarter of an hour late.",
        "2017-04-08",
        (("a quarter of an hour", "PT15M"),),
        "a-quarter-of-an-hour",
    ),
    (
        "Profit fell in the quarter to March 31.",
        "2017-04-08",
        (("the quarter", "2017-Q1"), ("March 31", "2017-03-31")),
        "the-quarter-to-a-date",
    ),
    # a page whose captions' stamps all name one week far from its own date was crawled
    # later: the story's days are the stamps'
    (
        (
            "The sheriff said Monday that the deaths are under investigation. (Published Monday,"
            " Sept. 23, 2013)\n\nThe family was last seen Thursday."
        ),
        "2014-02-12",
        (
            ("Monday", "2013-09-23"),
            ("Monday, Sept. 23, 2013", "2013-09-23"),
            ("Thursday", "2013-09-19"),
        ),
        "crawled-page-caption-stamp",
    ),
    # a stamp near the page's date may be a video published again: it moves nothing
    (
        (
            "Witnesses saw the shooting at the mall today. (Published Saturday, May 7, 2016)\n\n"
            "The man was arrested Friday."
        ),
        "2016-05-06",
        (
            ("today", "2016-05-06"),
            ("Saturday, May 7, 2016", "2016-05-07"),
            ("Friday", "2016-05-06"),
        ),
        "caption-stamp-near-the-page",
    ),
    # stamps of several stories (related videos) date none of them
    (
        (
            "Police said Monday a man was shot. (Published Monday, Sept. 23, 2013)\n\n"
            "A woman was hurt Friday. (Published Friday, Nov. 1, 2013)\n\nNo arrests were made"
            " Tuesday."
        ),
        "2014-02-12",
        (
            ("Monday", "2014-02-10"),
            ("Monday, Sept. 23, 2013", "2013-09-23"),
            ("Friday", "2014-02-07"),
            ("Friday, Nov. 1, 2013", "2013-11-01"),
            ("Tuesday", "2014-02-11"),
        ),
        "caption-stamps-of-several-stories",
    ),
    # the stamp closes its caption's line; "published" in a sentence is no stamp
    (
        "The report (published Monday, Sept. 23, 2013) said crime fell.\nIt was out Thursday.",
        "2014-02-12",
        (("Monday, Sept. 23, 2013", "2013-09-23"), ("Thursday", "2014-02-06")),
        "published-in-a-sentence",
    ),
    # a weekday inside a range a story dated early moved ahead is in that range
    (
        (
            "Seventeen people were killed between Friday evening and Monday morning. About 3:15"
            " a.m. Sunday, twin brothers were killed."
        ),
        "2016-10-29",
        (
            ("Friday evening", "2016-10-28TEV"),
            ("Monday morning", "2016-10-31TMO"),
            ("About 3:15 a.m. Sunday", "2016-10-30T03:15"),
        ),
        "a-weekday-inside-a-moved-range",
    ),
    (
        (
            "Seventeen people were killed between Friday evening and Monday morning. On Saturday,"
            " a man was shot."
        ),
        "2016-10-29",
        (
            ("Friday evening", "2016-10-28TEV"),
            ("Monday morning", "2016-10-31TMO"),
            ("Saturday", "2016-10-29"),
        ),
        "the-reference-day-inside-a-moved-range",
    ),
    # "the remainder of the day" is the story's day, as "the rest of the day"
    (
        "The store will be closed for the remainder of the day, an employee said.",
        "2016-05-05",
        (("the day", "2016-05-05"),),
        "the-remainder-of-the-day",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_41_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
