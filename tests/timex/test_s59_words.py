"""
Expressions found by the session 59 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a scene the reader is asked to suppose happens on no day
    (
        "Imagine you're driving home in the middle of the night when a car pulls up.",
        "2016-11-15",
        (("the middle of the night", "XXXX-XX-XXTNI"),),
        "imagine-middle-of-the-night",
    ),
    (
        "Picture yourself at 3 a.m. on an empty road.",
        "2016-11-15",
        (("3 a.m.", "XXXX-XX-XXT03:00"),),
        "picture-yourself-clock",
    ),
    (
        "I can't imagine what she went through in the middle of the night, he said.",
        "2016-11-15",
        (("the middle of the night", "2016-11-15TNI"),),
        "cannot-imagine-is-the-night",
    ),
    # "that" and a holiday after a preposition or opening a sentence is the holiday of the
    # year told; "that" after a verb is no part of it
    (
        "The winter of '96 was cold that year. The events of that Christmas day still haunt him.",
        "2016-11-15",
        (
            ("The winter of '96", "1996-WI"),
            ("that year", "1996"),
            ("that Christmas day", "1996-12-25"),
        ),
        "of-that-christmas-day",
    ),
    (
        "In 2009 they moved to Denver. That Thanksgiving, the family was together.",
        "2016-11-15",
        (("2009", "2009"), ("That Thanksgiving", "2009-11-26")),
        "that-thanksgiving-opening",
    ),
    (
        "He said that Christmas was hard.",
        None,
        (("Christmas", "XXXX-12-25"),),
        "said-that-christmas",
    ),
    # "since that time" is "since then"; "that time" after other words is no time
    (
        "They created the campaign in 2005. Since that time, they have given out 80,000 locks.",
        "2016-03-07",
        (("2005", "2005"), ("that time", "2005")),
        "since-that-time",
    ),
    (
        "They created the campaign in 2005. At that time, he was 12.",
        "2016-03-07",
        (("2005", "2005"),),
        "at-that-time-untagged",
    ),
    (
        "This process may take several weeks. Until that time, the unit will not comment.",
        "2016-03-07",
        (("several weeks", "PXW"),),
        "until-that-time-untagged",
    ),
    (
        "He did not know that time was running out.",
        "2016-03-07",
        (),
        "that-time-subject",
    ),
    # a year closing a name is tagged but no day the story goes on from
    (
        (
            "In 2012, Chatwal pleaded guilty. He founded Indian Americans for Hillary 2008. "
            "That day, I was jubilant."
        ),
        "2015-11-19",
        (("2012", "2012"), ("2008", "2008"), ("That day", "2012-XX-XX")),
        "year-closing-a-name",
    ),
    (
        "In 2012, Chatwal pleaded guilty. In 2008 he founded a group. That day, I was jubilant.",
        "2015-11-19",
        (("2012", "2012"), ("2008", "2008"), ("That day", "2008-XX-XX")),
        "year-after-in-anchors",
    ),
    # "a recent afternoon" is some afternoon of late, which one unknown
    (
        "Workers swarmed on a recent afternoon over the structure.",
        "2015-11-25",
        (("a recent afternoon", "XXXX-XX-XXTAF"),),
        "a-recent-afternoon",
    ),
    (
        "He left on Monday. One recent evening, volunteers ran. The next day they rested.",
        "2015-11-25",
        (
            ("Monday", "2015-11-23"),
            ("One recent evening", "XXXX-XX-XXTEV"),
            ("The next day", "2015-11-24"),
        ),
        "one-recent-evening-no-anchor",
    ),
    # a weekday after a record's noun and "from" is past, whatever the main verb's tense
    (
        "Multiple 911 recordings from Sunday night could be released later this week.",
        "2013-04-23",
        (("Sunday night", "2013-04-21TNI"), ("later this week", "2013-W17")),
        "recordings-from-sunday-night",
    ),
    (
        "Video from Sunday will be released Friday.",
        "2013-04-23",
        (("Sunday", "2013-04-21"), ("Friday", "2013-04-26")),
        "video-from-sunday",
    ),
    # after a midnight that opened its day, "before midnight" ends the day before
    (
        "Police came just after midnight Tuesday. He left the bar shortly before midnight.",
        "2016-08-09",
        (("midnight Tuesday", "2016-08-09T00:00"), ("midnight", "2016-08-08T24:00")),
        "before-midnight-after-opening-midnight",
    ),
    # "the night of the shooting" after a shooting in the small hours is the night before
    (
        "He was shot at 2:15 a.m. on June 28. Police arrived on the night of the shooting.",
        "2016-07-01",
        (("2:15 a.m. on June 28", "2016-06-28T02:15"), ("the night", "2016-06-27TNI")),
        "night-of-small-hours-shooting",
    ),
    (
        "He was shot at 11:15 p.m. on June 28. Police arrived on the night of the shooting.",
        "2016-07-01",
        (("11:15 p.m. on June 28", "2016-06-28T23:15"), ("the night", "2016-06-28TNI")),
        "night-of-late-evening-shooting",
    ),
    (
        "The meeting will move from Sunday to Monday.",
        "2013-04-23",
        (("Sunday", "2013-04-28"), ("Monday", "2013-04-29")),
        "move-from-sunday-ahead",
    ),
    # a page's stamp joins its date and clock time across a dash
    (
        "Updated: Mar 8, 2017 - 6:13 PM",
        "2017-03-08",
        (("Mar 8, 2017 - 6:13 PM", "2017-03-08T18:13"),),
        "stamp-across-dash",
    ),
    (
        "Updated: Wednesday, January 11, 2017 @ 2:55 PM",
        "2017-01-11",
        (("Wednesday, January 11, 2017 @ 2:55 PM", "2017-01-11T14:55"),),
        "stamp-across-at-sign",
    ),
    (
        "On March 8, 2017 - 6 people were shot.",
        "2017-03-08",
        (("March 8, 2017", "2017-03-08"),),
        "date-dash-count",
    ),
    # a sentence glued to an ellipsis, a "!" or a "?" before it is read as after a "."
    (
        "It had been the South. Now it's the Northeast\u2026.This week's contest is key.",
        "2016-05-02",
        (("Now", "PRESENT_REF"), ("This week", "2016-W18")),
        "ellipsis-glued-this-week",
    ),
    (
        "Is the strategy missing the point?Every evening, editors send a newsletter.",
        None,
        (("Every evening", "XXXX-XX-XXTEV"),),
        "question-glued-every-evening",
    ),
    # "everyday" for "every day" before a preposition or a conjunction
    # "and beyond" after a year only in lower case: "2016 and Beyond" is a book's title
    (
        "He is the author of 2016 and Beyond, which urged voters.",
        "2016-07-18",
        (("2016", "2016"),),
        "title-and-beyond",
    ),
    (
        "Earnings for 1990 and beyond are strong.",
        "1989-11-02",
        (("1990 and beyond", "1990"),),
        "year-and-beyond",
    ),
    ("I wake up everyday with him.", "2016-05-02", (("everyday", "P1D"),), "everyday-with"),
    ("It is an everyday matter in the city.", "2016-05-02", (), "everyday-matter"),
    # "a short time after the shooting" is some length, as "a short time later" is; "some
    # time before 9:15 p.m." names no length
    (
        "A short time after the shooting, police arrived.",
        "2017-01-21",
        (("A short time", "PXX"),),
        "a-short-time-after-the-shooting",
    ),
    (
        "He was shot some time before 9:15 p.m. on Nov. 13.",
        "2016-11-22",
        (("9:15 p.m. on Nov. 13", "2016-11-13T21:15"),),
        "some-time-before-a-clock-time",
    ),
    # "the year" a clause names is no year of the reference, as "the night he was shot" is
    # no night; after a year set beside it, it is that year
    ("The year he was born, the war ended.", "2016-03-17", (), "the-year-he-was-born"),
    (
        "It was 2014, which is the year Mr. Ackman teamed up with Valeant.",
        "2016-03-17",
        (("2014", "2014"), ("the year", "2014")),
        "year-which-is-the-year",
    ),
    (
        "Earlier in the year Trump said he would run.",
        "2016-03-17",
        (("Earlier in the year", "2016"),),
        "earlier-in-the-year-name",
    ),
    # after a season of a known year, "that day", "that night" are a day or night of that
    # year, which one unknown (as after a year; it was the season's first day)
    (
        "He spoke at the event last fall. That day, he held a rally.",
        "2016-04-17",
        (("last fall", "2015-FA"), ("That day", "2015-XX-XX")),
        "season-that-day",
    ),
    (
        "He spoke at the event last fall in New York. After the trip, he held a rally that night.",
        "2016-04-17",
        (("last fall", "2015-FA"), ("that night", "2015-XX-XXTNI")),
        "season-that-night",
    ),
    # "last week" said on a Sunday is the week now ending; on a Monday the week before
    (
        "Adams met President Clinton last week.",
        "1998-03-22",
        (("last week", "1998-W12"),),
        "last-week-on-a-sunday",
    ),
    (
        "Adams met President Clinton last week.",
        "1998-03-23",
        (("last week", "1998-W12"),),
        "last-week-on-a-monday",
    ),
    (
        "Adams met President Clinton last week.",
        "1998-03-21",
        (("last week", "1998-W11"),),
        "last-week-on-a-saturday",
    ),
    (
        "He was shot Tuesday night last week.",
        "2016-07-31",
        (("Tuesday night last week", "2016-07-26TNI"),),
        "weekday-last-week-on-a-sunday",
    ),
    # "the same period" with no quarter named is the span named before: not tagged
    (
        "Something new happened in the past three weeks. Donations surged in the same period.",
        "2016-08-28",
        (("the past three weeks", "P3W"),),
        "same-period-after-length",
    ),
    (
        "Sales rose 5% in the third quarter. Costs fell in the same period.",
        "2016-08-28",
        (("the third quarter", "2016-Q3"), ("the same period", "2016-Q3")),
        "same-period-after-quarter",
    ),
    (
        "Revenue rose 5% this year over the same period in 2015.",
        "2016-08-28",
        (("this year", "2016"), ("the same period in 2015", "2015")),
        "same-period-in-year",
    ),
    # "a short period of time" is some length, as "for a short time" is; a long one is left
    # as "for a long time" is
    (
        "In a very short period of time, the land was sold.",
        "2016-05-02",
        (("a very short period of time", "PXX"),),
        "a-very-short-period-of-time",
    ),
    (
        "The poll was conducted over a relatively long period of time.",
        "2016-05-02",
        (),
        "a-long-period-of-time-untagged",
    ),
    # "Today" opening a sentence with no comma, set against years gone in the one before,
    # is nowadays unless a verb of a day's doings follows
    (
        "Compared to where we were 15 years ago, it is better. Today the state focuses on it.",
        "2016-06-05",
        (("15 years ago", "2001"), ("Today", "PRESENT_REF")),
        "today-no-comma-long-ago",
    ),
    (
        "Twenty years ago he founded the firm. Today he announced its sale.",
        "2016-06-05",
        (("Twenty years ago", "1996"), ("Today", "2016-06-05")),
        "today-no-comma-announced",
    ),
    (
        "Today the president signs the bill.",
        "2016-06-05",
        (("Today", "2016-06-05"),),
        "today-no-comma-alone",
    ),
    # "Today," and a present state read past an aside set off by dashes
    (
        "Today, the church \u2014 with its Gothic Revival steeple \u2014 is a fixture in the city.",
        "2015-06-18",
        (("Today", "PRESENT_REF"),),
        "today-state-past-dashed-aside",
    ),
    (
        "Today, the mayor \u2014 who was elected in May \u2014 announced a plan.",
        "2015-06-18",
        (("Today", "2015-06-18"), ("May", "2015-05")),
        "today-aside-then-past-verb",
    ),
    # with no reference, "that day", "the same night" after a month of no known year are a
    # day or a night of that month
    (
        "The attack came in November. Similar attacks took place the same night.",
        None,
        (("November", "XXXX-11"), ("the same night", "XXXX-11-XXTNI")),
        "open-month-same-night",
    ),
    (
        "In November he was arrested. That day he was released.",
        None,
        (("November", "XXXX-11"), ("That day", "XXXX-11-XX")),
        "open-month-that-day",
    ),
    (
        "In November he was arrested. The next day he was released.",
        None,
        (("November", "XXXX-11"), ("The next day", "XXXX-XX-XX")),
        "open-month-next-day-unknown",
    ),
    # a weekday looked ahead to in a sentence whose day of saying is named is counted from
    # that day
    (
        "Intel planned to hold a fund-raiser on Thursday night, a spokeswoman said on Tuesday.",
        "2016-06-03",
        (("Thursday night", "2016-06-02TNI"), ("Tuesday", "2016-05-31")),
        "planned-thursday-said-tuesday",
    ),
    (
        "A spokeswoman said on Tuesday that the company will hold a fund-raiser on Monday.",
        "2016-06-03",
        (("Tuesday", "2016-05-31"), ("Monday", "2016-06-06")),
        "said-tuesday-will-monday",
    ),
    (
        "The company will hold a fund-raiser on Thursday.",
        "2016-06-03",
        (("Thursday", "2016-06-09"),),
        "will-thursday-no-saying-day",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_59_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
