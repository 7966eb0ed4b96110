"""
Expressions found by the session 51 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # the small hours after a night named: the next day, however many sentences back the
    # night was named, when no day was named since
    (
        (
            "His father called him on Monday and learned he had been shot overnight. The "
            "corner has seen violence before. A man was wounded there over the summer. "
            "Officers said they had stepped up patrols in the area. Neighbours said they were "
            "afraid to go out after dark. Police said he was walking with two friends at 1 "
            "a.m. when he was shot."
        ),
        "2016-09-13",
        (
            ("Monday", "2016-09-12"),
            ("overnight", "2016-09-11TNI"),
            ("the summer", "2016-SU"),
            ("1 a.m.", "2016-09-12T01:00"),
        ),
        "overnight-far-back-1am",
    ),
    # control: a day named since the night is the day of the clock time
    (
        (
            "He had been shot overnight. Police said on Monday that he was walking with two "
            "friends at 1 a.m. when he was shot."
        ),
        "2016-09-13",
        (
            ("overnight", "2016-09-12TNI"),
            ("Monday", "2016-09-12"),
            ("1 a.m.", "2016-09-12T01:00"),
        ),
        "overnight-then-monday-1am",
    ),
    # "the week that followed" a date: the week after it; "the month which preceded" the
    # month before; not a plural ("the years that followed" is a length)
    (
        (
            "The committee issued a subpoena on March 25, 2015. In the week that followed, "
            "she deleted the emails."
        ),
        "2016-09-07",
        (("March 25, 2015", "2015-03-25"), ("the week", "2015-W14")),
        "the-week-that-followed",
    ),
    (
        "The war ended in March 1945. In the month which preceded, the bombing was heavy.",
        "2016-09-07",
        (("March 1945", "1945-03"), ("the month", "1945-02")),
        "the-month-which-preceded",
    ),
    (
        "The war ended in 1945. In the year that followed, millions went home.",
        "2016-09-07",
        (("1945", "1945"), ("the year", "1946")),
        "the-year-that-followed",
    ),
    (
        "The war ended in 1945. In the years that followed, millions went home.",
        "2016-09-07",
        (("1945", "1945"), ("years", "PXY")),
        "the-years-that-followed",
    ),
    # an embedded post's words are read against the day its signature writes (in UTC: its
    # "tonight" is the night before); the text after it against the page's date again
    (
        (
            "Family members grieve after a woman was shot this morning in Shelby. "
            "pic.twitter.com/Nf0Y34 \u2014 Garry Stanley (@garryWSOC9) October 27, 2016\n\n"
            "Police said this morning that they had made an arrest."
        ),
        "2016-10-29",
        (
            ("this morning", "2016-10-27TMO"),
            ("October 27, 2016", "2016-10-27"),
            ("this morning", "2016-10-29TMO"),
        ),
        "post-this-morning",
    ),
    (
        (
            "Officer shot in shoulder tonight but survived. \u2014 Bradley Blackburn "
            "(@BLBlackburn) July 8, 2016"
        ),
        "2016-07-12",
        (("tonight", "2016-07-07TNI"), ("July 8, 2016", "2016-07-08")),
        "post-tonight",
    ),
    # a press release's title closed by its date, in a list of releases, is of that date
    # (not of the page's, nor of the last day the release above it named)
    (
        (
            "News Releases\n\nBank Robbery on Monday Morning in Downtown Portland - 04/10/17\n\n"
            "On Monday April 10, 2017, at 9:16 a.m., officers responded.\n\n"
            "Early Morning Shooting Injures Woman - No Suspect Information - 03/17/17\n\n"
            "On Friday March 17, 2017, at 3:24 a.m., officers responded."
        ),
        "2017-01-28",
        (
            ("Monday Morning", "2017-04-10TMO"),
            ("04/10/17", "2017-04-10"),
            ("Monday April 10, 2017", "2017-04-10"),
            ("9:16 a.m.", "2017-04-10T09:16"),
            ("Early Morning", "2017-03-17TMO"),
            ("03/17/17", "2017-03-17"),
            ("Friday March 17, 2017", "2017-03-17"),
            ("3:24 a.m.", "2017-03-17T03:24"),
        ),
        "release-titles",
    ),
    # control: a post signed after the page's date (another time zone) moves nothing
    (
        "Police are at the scene this morning. \u2014 Tony Cook (@indystartony) September 20, 2015",
        "2015-09-19",
        (("this morning", "2015-09-19TMO"), ("September 20, 2015", "2015-09-20")),
        "post-signed-after-page",
    ),
    # a deadline after a verb in "be" is set ahead of the order; control: "was filed by"
    (
        "A judge on Friday ordered that the documents be released by Thursday.",
        "2016-05-29",
        (("Friday", "2016-05-27"), ("Thursday", "2016-06-02")),
        "be-released-by-thursday",
    ),
    (
        "The report was filed by Friday.",
        "2016-05-29",
        (("Friday", "2016-05-27"),),
        "was-filed-by-friday",
    ),
    # a clock time, a comma, an abbreviated weekday and a date: one time on that date;
    # control: an abbreviated weekday with no date after it is no day
    (
        "The road was closed as of 12:51 pm, Mon. Apr. 10.",
        "2017-04-12",
        (("12:51 pm, Mon. Apr. 10", "2017-04-10T12:51"),),
        "clock-abbreviated-weekday-date",
    ),
    (
        "He left at 9 p.m. Sat. He came back.",
        "2017-04-12",
        (("9 p.m.", "2017-04-12T21:00"),),
        "clock-abbreviated-weekday-alone",
    ),
    # an age with its unit written twice (a typo) is an age, no length
    ("A 25-year-year-old man was shot.", "2017-04-10", (), "year-year-old"),
    # Washington's Birthday, the federal holiday's name: the third Monday of February (the
    # birthday itself before 1971); "President's Day", a common misspelling
    (
        "Schools were closed for George Washington's Birthday.",
        "2014-02-18",
        (("George Washington's Birthday", "2014-02-17"),),
        "george-washingtons-birthday",
    ),
    (
        "Banks were closed on Washington's Birthday.",
        "1965-03-01",
        (("Washington's Birthday", "1965-02-22"),),
        "washingtons-birthday-1965",
    ),
    (
        "The sale ends on President's Day.",
        "2016-02-01",
        (("President's Day", "2016-02-15"),),
        "presidents-day-misspelt",
    ),
    # control: the man's birthday, written in lower case, is no holiday
    (
        "He was born on George Washington's birthday.",
        "2016-02-01",
        (),
        "washingtons-birthday-lower-case",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_51_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
