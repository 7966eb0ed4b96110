"""
Expressions found by the session 64 reading of news the rules were not written on.

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
    # a year that is the subject of "be" names "the year" after it
    (
        "Perhaps 2016 will be the year the rule gets fixed.",
        "2015-12-29",
        (("2016", "2016"), ("the year", "2016")),
        "year-will-be-the-year",
    ),
    (
        "It was the year the rule got fixed.",
        "2015-12-29",
        (("the year", "2015"),),
        "the-year-with-no-year-before-it",
    ),
    # "N units ago" set right after a date written with its year restates that date
    (
        "Sunday, August 31, 2014 \u2013 two years ago \u2013 a man was shot on Oak Street.",
        "2017-01-20",
        (("Sunday, August 31, 2014", "2014-08-31"), ("two years ago", "2014")),
        "ago-set-beside-a-dated-day",
    ),
    (
        "Sunday, August 31 \u2013 two years ago \u2013 a man was shot on Oak Street.",
        "2017-01-20",
        (("Sunday, August 31", "2016-08-31"), ("two years ago", "2015")),
        "ago-beside-a-day-with-no-year-is-counted-from-the-reference",
    ),
    # the day named again beside an evening clock time keeps the evening: "overnight" after
    # it is that day's night
    (
        (
            "After 8:30 p.m. on Monday December 31, 2012 \u2014 New Year's Eve \u2014 a girl was"
            " taken to a house where she was kept overnight."
        ),
        "2013-01-12",
        (
            ("8:30 p.m. on Monday December 31, 2012", "2012-12-31T20:30"),
            ("New Year's Eve", "2012-12-31"),
            ("overnight", "2012-12-31TNI"),
        ),
        "day-named-again-keeps-the-evening",
    ),
    (
        "On Monday December 31, 2012 a girl was taken to a house where she was kept overnight.",
        "2013-01-12",
        (("Monday December 31, 2012", "2012-12-31"), ("overnight", "2012-12-30TNI")),
        "overnight-after-a-day-alone-is-the-night-before",
    ),
    # "had spent the night" is the night before the day told; the story stays on that day
    (
        (
            "The woman was shot about 1:30 p.m. Saturday. Her friend had spent the night at"
            " the house and was with her that morning, police said."
        ),
        "2014-03-17",
        (
            ("about 1:30 p.m. Saturday", "2014-03-15T13:30"),
            ("the night", "2014-03-14TNI"),
            ("that morning", "2014-03-15TMO"),
        ),
        "had-spent-the-night-before",
    ),
    (
        (
            "The woman was shot about 1:30 p.m. Saturday. Her friend spent the night at the"
            " hospital, police said."
        ),
        "2014-03-17",
        (("about 1:30 p.m. Saturday", "2014-03-15T13:30"), ("the night", "2014-03-15TNI")),
        "spent-the-night-after-is-that-night",
    ),
]

WORDS += [
    # a weekday closing a citation in brackets (a quoted headline, its source, the day) is
    # the day the piece was published, gone, whatever the headline's modal
    (
        (
            "I stand with the senator (\u201cSenator says rival would lose,\u201d Example.com,"
            " Thursday)."
        ),
        "2016-03-07",
        (("Thursday", "2016-03-03"),),
        "weekday-closing-a-citation",
    ),
    (
        "The senator would speak (at the hall, Thursday).",
        "2016-03-07",
        (("Thursday", "2016-03-10"),),
        "weekday-in-brackets-with-no-citation",
    ),
]

WORDS += [
    # an election's date in a condition of "would" is the coming vote's, whatever the verbs
    # of telling and airing around it
    (
        (
            "He told a network in an interview aired on Monday how ties would fare if he won"
            " the U.S. presidential election on Nov. 8."
        ),
        "2016-05-16",
        (("Monday", "2016-05-16"), ("Nov. 8", "2016-11-08")),
        "election-date-in-a-condition",
    ),
    (
        "Ties would improve if she won the election on Nov. 8.",
        "2016-05-16",
        (("Nov. 8", "2016-11-08"),),
        "condition-past-form-is-no-past",
    ),
    (
        "He told a network in an interview aired on Monday that he won the election on Nov. 8.",
        "2016-05-16",
        (("Monday", "2016-05-16"), ("Nov. 8", "2015-11-08")),
        "election-won-is-gone",
    ),
]

WORDS += [
    # a weekday of what followed an incident, which read in the past would fall before it, is
    # the day after the reference however far that is from the incident
    (
        (
            "A woman was shot early Sunday morning outside a club on Main Street. She remains"
            " in critical condition. A church group held a prayer vigil for her Friday night."
        ),
        "2013-06-27",
        (("early Sunday morning", "2013-06-23TMO"), ("Friday night", "2013-06-28TNI")),
        "follow-up-day-after-the-reference",
    ),
    (
        (
            "A woman was shot early Sunday morning outside a club on Main Street. She remains"
            " in critical condition. A church group held a prayer vigil for her Wednesday"
            " night."
        ),
        "2013-06-27",
        (("early Sunday morning", "2013-06-23TMO"), ("Wednesday night", "2013-06-26TNI")),
        "follow-up-day-before-the-reference",
    ),
    (
        (
            "A woman was shot early Sunday morning outside a club on Main Street. She had been"
            " released from jail Friday."
        ),
        "2013-06-27",
        (("early Sunday morning", "2013-06-23TMO"), ("Friday", "2013-06-21")),
        "past-perfect-day-before-the-incident",
    ),
]

WORDS += [
    # "NYE", written in capitals, is New Year's Eve; "Nye" is a name
    (
        "Toddler shot on NYE released from hospital",
        "2017-01-04",
        (("NYE", "2016-12-31"),),
        "nye-is-new-years-eve",
    ),
    (
        "Bill Nye said the toddler was released from hospital.",
        "2017-01-04",
        (),
        "nye-as-a-name-is-no-day",
    ),
]

WORDS += [
    # "earlier in the day" after a small-hours clock time is the day before: under an hour of
    # the incident's own day came before it
    (
        (
            "A man was shot shortly after 1 a.m. Sunday outside a bar. Police said the dispute"
            " started earlier in the day."
        ),
        "2016-06-20",
        (("1 a.m. Sunday", "2016-06-19T01:00"), ("the day", "2016-06-18")),
        "earlier-in-the-day-before-small-hours",
    ),
    (
        (
            "A man was shot at 3 p.m. Sunday outside a bar. Police said the dispute started"
            " earlier in the day."
        ),
        "2016-06-20",
        (("3 p.m. Sunday", "2016-06-19T15:00"), ("the day", "2016-06-19")),
        "earlier-in-the-day-of-an-afternoon",
    ),
    (
        "The deaths occurred early Sunday morning. Earlier in the day, the office released names.",
        "2016-06-20",
        (("early Sunday morning", "2016-06-19TMO"), ("the day", "2016-06-19")),
        "earlier-in-the-day-after-a-morning-with-no-clock",
    ),
]

WORDS += [
    # "a night of" a thing done is a night out, as "a day of celebration" is, not a length
    (
        "They came for a night of music and dancing.",
        "2017-03-26",
        (),
        "a-night-of-music",
    ),
    (
        "They spent a night in jail.",
        "2017-03-26",
        (("a night", "P1D"),),
        "spent-a-night-is-a-length",
    ),
]

WORDS += [
    # "flying" and "flight" between a count and its unit, as "working" and "business" are
    (
        "The pilot had logged 2,766 flying hours and 500 flight hours in the jet.",
        "2016-05-19",
        (("2,766 flying hours", "PT2766H"), ("500 flight hours", "PT500H")),
        "flying-hours",
    ),
    # "as the night unfolded", as "as the night wore on"
    (
        "As the night unfolded, police arrived at the club.",
        "2017-03-26",
        (("the night", "2017-03-26TNI"),),
        "as-the-night-unfolded",
    ),
]

WORDS += [
    # the weekday of an update's stamp, a day after the reference, is the one its words name
    # again
    (
        (
            "Update, 10:42 a.m. Monday: The chief, while providing an update Monday morning at"
            " City Hall, said a man came forward Sunday evening."
        ),
        "2017-03-26",
        (
            ("10:42 a.m. Monday", "2017-03-27T10:42"),
            ("Monday morning", "2017-03-27TMO"),
            ("Sunday evening", "2017-03-26TEV"),
        ),
        "update-stamp-weekday-named-again",
    ),
    (
        "The chief, while providing an update Monday morning at City Hall, said a man came.",
        "2017-03-26",
        (("Monday morning", "2017-03-20TMO"),),
        "weekday-with-no-stamp-before-it",
    ),
]

WORDS += [
    # "a weekend" before a noun of an event sorts the event: no length (in a sentence of an
    # incident, "shot at a weekend party", it is the weekend gone: session 56)
    (
        "The actor spoke before a weekend performance at the theater.",
        "2015-11-08",
        (),
        "a-weekend-performance",
    ),
    (
        "She was home for a weekend visit from college, her cousin said.",
        "2015-09-13",
        (("a weekend", "P2D"),),
        "a-weekend-visit-lasts-it",
    ),
]

WORDS += [
    # a qualified year from a day ("a little more than a year later") is a year, as "six
    # years later" is; "a year later" keeps the day
    (
        (
            "On Nov. 11, 2014, they signed the deal. A little more than a year later, the"
            " accord was reached."
        ),
        "2016-09-08",
        (
            ("Nov. 11, 2014", "2014-11-11"),
            ("A little more than a year later", "2015"),
        ),
        "qualified-year-later-is-a-year",
    ),
    (
        "On Nov. 11, 2014, they signed the deal. A year later, the accord was reached.",
        "2016-09-08",
        (("Nov. 11, 2014", "2014-11-11"), ("A year later", "2015-11-11")),
        "a-year-later-keeps-the-day",
    ),
    # a bare plural unit before "after" and a name's possessive is some length
    (
        "The killing took place years after Amiri's disappearance.",
        None,
        (("years", "PXY"),),
        "years-after-a-possessive-name",
    ),
]

WORDS += [
    # "Since <weekday>" with a present perfect after an incident on the reference's day: a
    # thing kept up since, the day after the reference; "had lived there since" is before
    (
        (
            "A boy was shot and killed early Thursday at his home. Since Friday, children at"
            " his school have been writing cards for his family."
        ),
        "2016-08-25",
        (("early Thursday", "2016-08-25"), ("Friday", "2016-08-26")),
        "since-weekday-with-a-present-perfect",
    ),
    (
        "A boy was shot and killed early Thursday at his home. He had lived there since Friday.",
        "2016-08-25",
        (("early Thursday", "2016-08-25"), ("Friday", "2016-08-19")),
        "since-weekday-with-a-past-perfect",
    ),
]

WORDS += [
    # a possessive's "future" before "relies" or "rests" is the future, as before "is"
    (
        "Mexico's future relies on trade, and our future rests on the vote.",
        "2016-09-28",
        (("future", "FUTURE_REF"), ("future", "FUTURE_REF")),
        "future-relies-on",
    ),
]

PARSED: list[Case] = [
    # a video's caption above the story, closed by its stamp: the stamp dates the story
    (
        (
            "Teen hurt when rifle goes off in garage\n\n"
            "A 15-year-old boy was flown to a trauma center after his cousin's rifle went off"
            " in a garage, troopers said. (Published Sunday, June 7, 2015)\n\n"
            "More videos (1 of 6)\n\n"
            "UP NEXT\n\n"
            "A 15-year-old boy was hurt when a rifle went off in a garage, troopers said.\n\n"
            "The boy was hit at a home on Mill Road at about 4:15 p.m., troopers said."
        ),
        "2015-06-08",
        (("Sunday, June 7, 2015", "2015-06-07"), ("about 4:15 p.m.", "2015-06-07T16:15")),
        "caption-stamp-above-the-story",
    ),
    (
        (
            "Teen hurt when rifle goes off in garage\n\n"
            "More videos (Published Sunday, June 7, 2015) of the week's news from the"
            " county and the towns around it\n\n"
            "UP NEXT\n\n"
            "A 15-year-old boy was hurt when a rifle went off in a garage, troopers said.\n\n"
            "The boy was hit at a home on Mill Road at about 4:15 p.m., troopers said."
        ),
        "2015-06-08",
        (("about 4:15 p.m.", "2015-06-08T16:15"),),
        "caption-stamp-not-closing-its-paragraph-is-unread",
    ),
    # a live page's entry stamp below the story's first text, its clock time first, is read;
    # a reader's comment stamped with a date alone is not
    (
        (
            "Parents react to shooting at school\n\n"
            "***UPDATED at 5:12 P.M. on Tuesday, August 25th***\n\n"
            "Augusta, GA - Parents rushed to the school after a gun went off in a classroom.\n\n"
            "A student was grazed in her side, officials said.\n\n"
            "***POSTED at 11:33 A.M. on Tuesday, August 25th***\n\n"
            "Deputies are at the school, officials said.\n\n"
            "Posted: Monday, April 15, 2013\n\n"
            "Article comment by: A reader"
        ),
        "2015-08-25",
        (
            ("5:12 P.M. on Tuesday, August 25th", "2015-08-25T17:12"),
            ("11:33 A.M. on Tuesday, August 25th", "2015-08-25T11:33"),
        ),
        "live-page-entry-stamp-below-the-story",
    ),
    # a stamp's day written as an ordinal ("March 29th") is a stamp's date
    (
        (
            "Boy killed in accidental shooting\n\n"
            "Posted: Sunday, March 29th 2015 at 9:17pm\n\n"
            "A 3-year-old boy was killed Sunday when a gun went off at his home."
        ),
        "2015-03-29",
        (
            ("Sunday, March 29th 2015", "2015-03-29"),
            ("9:17pm", "2015-03-29T21:17"),
            ("Sunday", "2015-03-29"),
        ),
        "stamp-with-an-ordinal-day",
    ),
    # "Last Updated at 2:51 p.m.on Wednesday", its "on" glued to the clock time, under a
    # headline read as text: the update's day dates the weekdays after it
    (
        (
            "Update: Man shot near store dies, police seek person of interest\n\n"
            "ANCHORAGE \u2013\n\n"
            "Last Updated at 2:51 p.m.on Wednesday, Dec. 14\n\n"
            "Police are investigating how a man with a gunshot wound reached a hospital"
            " Tuesday.\n\n"
            "\u201cThe man died at the hospital,\u201d a spokeswoman wrote in an updated email"
            " Wednesday."
        ),
        "2016-12-13",
        (
            ("2:51 p.m.on Wednesday, Dec. 14", "2016-12-14T14:51"),
            ("Tuesday", "2016-12-13"),
            ("Wednesday", "2016-12-14"),
        ),
        "last-updated-stamp-with-a-glued-on",
    ),
    # a stamp and its byline on one line: "staff" is a byline's word
    (
        (
            "Man shot in his driveway\n\n"
            "Updated at 5:17 pm, March 31st, 2016 By: Example News staff\n\n"
            "A man was shot Saturday in his driveway, deputies said."
        ),
        "2016-03-31",
        (("5:17 pm, March 31st, 2016", "2016-03-31T17:17"), ("Saturday", "2016-03-26")),
        "stamp-with-its-byline",
    ),
    # a paragraph read alone opens a sentence and a clause: "Afterward" and "One day" opening
    # it are read as `find_times` reads them in the whole text
    (
        (
            "Friend recalls the man who led the deal\n\n"
            "The vote on the deal was held on March 19, 2002, and it passed.\n\n"
            "Afterward, the team flew overnight to Houston. Early the next day, she walked the"
            " halls.\n\n"
            "One day, he called me from the jail.\n\n"
            "Updated at 1:43 p.m. with the team's statement."
        ),
        "2016-05-01",
        (
            ("March 19, 2002", "2002-03-19"),
            ("overnight", "2002-03-19TNI"),
            ("Early the next day", "2002-03-20"),
            ("One day", "XXXX-XX-XX"),
            ("1:43 p.m.", "2016-05-01T13:43"),
        ),
        "paragraph-openings-read-alone",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_64_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each time found takes the value a careful reader gives it.
    """
    assert _found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), _params(PARSED))
def test_session_64_pages(text: str, reference: str | None, expected: Found) -> None:
    """
    A page's times, read by `parse` paragraph by paragraph, take the values of the whole page.
    """
    found = tuple((time.text, time.value) for time in parse(text, published=reference).times)
    assert found == expected
