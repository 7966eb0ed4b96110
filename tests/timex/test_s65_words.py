"""
Expressions found by the session 65 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # "the summer" in a sentence in the present telling of a habit: a season of every year
    (
        "A student is capable of earning $6,000 annually by working full time in the summer.",
        "2016-09-24",
        (("annually", "P1Y"), ("the summer", "XXXX-SU")),
        "the-season-of-a-yearly-habit",
    ),
    (
        "Students usually work in the summer.",
        "2016-09-24",
        (("the summer", "XXXX-SU"),),
        "the-season-of-a-usual-habit",
    ),
    (
        "Every year the geese come back in the fall.",
        "2016-09-24",
        (("Every year", "P1Y"), ("the fall", "XXXX-FA")),
        "the-season-after-every-year",
    ),
    (
        "He worked there in the summer.",
        "2016-09-24",
        (("the summer", "2016-SU"),),
        "the-season-of-a-past-sentence-is-one-gone",
    ),
    (
        "He usually worked there in the summer of 2009.",
        "2016-09-24",
        (("the summer of 2009", "2009-SU"),),
        "the-season-with-its-year",
    ),
    # "had surgery" after an incident on the reference's night is what followed it, the
    # day after; "had" with a noun after it is no past perfect
    (
        (
            "A child was shot and killed Thursday night in Roanoke. Her mother was shot seven"
            " times. She had surgery Friday morning."
        ),
        "2016-04-07",
        (("Thursday night", "2016-04-07TNI"), ("Friday morning", "2016-04-08TMO")),
        "surgery-the-morning-after-the-shooting",
    ),
    (
        (
            "A child was shot and killed Thursday night in Roanoke. The suspect had been"
            " released on bond Monday."
        ),
        "2016-04-07",
        (("Thursday night", "2016-04-07TNI"), ("Monday", "2016-04-04")),
        "a-past-perfect-stays-before-the-shooting",
    ),
    # "The May" before a thing held, done or reported is the month, not a name
    (
        "The May event drew hundreds of residents.",
        "2016-08-16",
        (("May", "2016-05"),),
        "the-may-event",
    ),
    (
        "The May shooting left two dead.",
        "2016-08-16",
        (("May", "2016-05"),),
        "the-may-shooting",
    ),
    (
        "The May family lives on Oak Street.",
        "2016-08-16",
        (),
        "the-may-family-is-a-name",
    ),
    # an opening "One night" before "this July" is a night of the story, not a length
    (
        "One night this July, the family sat down to supper.",
        "2016-09-04",
        (("One night", "XXXX-XX-XXTNI"), ("this July", "2016-07")),
        "one-night-this-july",
    ),
    (
        "He stayed one night this week.",
        "2016-09-04",
        (("one night", "P1D"), ("this week", "2016-W35")),
        "stayed-one-night-this-week-is-a-length",
    ),
    # "the day before" after a week named counts from the last day named, not the week
    (
        (
            "On Friday morning, Johnson spoke in Portland. Last week he was in Ohio. The day"
            " before, at a rally in Concord, he said it."
        ),
        "2016-08-28",
        (
            ("Friday morning", "2016-08-26TMO"),
            ("Last week", "2016-W34"),
            ("The day before", "2016-08-25"),
        ),
        "the-day-before-after-a-week-counts-from-the-day",
    ),
    (
        "Last week he was in Ohio. The day before, at a rally in Concord, he said it.",
        "2016-08-28",
        (("Last week", "2016-W34"), ("The day before", "2016-08-21")),
        "the-day-before-a-week-with-no-day-named",
    ),
    # "before" followed by a verb or "when" is an adverb: "decades before" is a length
    (
        "The house he had lived in decades before was gone.",
        "2016-05-01",
        (("decades", "PXY"),),
        "decades-before-was",
    ),
    (
        "He had belonged to the club years before when he was in law school.",
        None,
        (("years", "PXY"),),
        "years-before-when",
    ),
    (
        "It came two weeks before the election was held.",
        "2016-05-01",
        (("two weeks", "P2W"),),
        "weeks-before-a-clause-is-a-distance",
    ),
    # "[ORIGINAL:]" in brackets heads the story first posted: the page's date comes back
    (
        (
            "[UPDATE 8/2/16 @ 7:05p.m.]\n\nA girl is dead after a shooting around 10:30 Monday"
            " night. On Friday police say a man stabbed a teen.\n\n[ORIGINAL:]\n\nARDMORE,"
            " Okla. (KXII) - A girl is dead following an overnight shooting in Ardmore."
        ),
        "2016-08-02",
        (
            ("8/2/16", "2016-08-02"),
            ("7:05p.m.", "2016-08-02T19:05"),
            ("around 10:30 Monday night", "2016-08-01T22:30"),
            ("Friday", "2016-07-29"),
            ("overnight", "2016-08-01TNI"),
        ),
        "original-heading-in-brackets",
    ),
    # a programme after "reports for" is no time
    (
        "Marin Austin reports for Today in LA on Sunday, Dec. 13, 2015.",
        "2015-12-14",
        (("Sunday, Dec. 13, 2015", "2015-12-13"),),
        "reports-for-today-in-la",
    ),
    (
        "Today, Marin Austin reports for the station from Dec. 13, 2015.",
        "2015-12-14",
        (("Today", "2015-12-14"), ("Dec. 13, 2015", "2015-12-13")),
        "today-opening-the-sentence-is-the-day",
    ),
    # a day after "since" opens a count: no day of events a later report follows
    (
        (
            "One man was killed and six wounded in two shootings Sunday, authorities said. The"
            " attacks brought to 74 the number of people shot since Wednesday afternoon. By"
            " early this morning, three of those shot were in good condition, police said."
            " Earlier, a man was shot about 3:30 p.m. in Roseland."
        ),
        "2013-07-08",
        (
            ("Sunday", "2013-07-07"),
            ("Wednesday afternoon", "2013-07-03TAF"),
            ("early this morning", "2013-07-08TMO"),
            ("about 3:30 p.m.", "2013-07-07T15:30"),
        ),
        "since-day-is-no-day-of-events",
    ),
    # "after" closing its clause reads as "later"
    (
        "Minutes after, it was just a whole slew of cars.",
        "2016-05-01",
        (("Minutes", "PTXM"),),
        "minutes-after-comma",
    ),
    (
        "A man was shot on April 20. Two days after, he died.",
        "2016-05-01",
        (("April 20", "2016-04-20"), ("Two days after", "2016-04-22")),
        "two-days-after-a-date",
    ),
    # "happened" is past in a relative clause too
    (
        (
            "A family feud sends a man to the hospital Friday. Police are investigating what"
            " they call an accidental shooting that happened on Denison Street around midnight."
        ),
        "2017-03-10",
        (("Friday", "2017-03-10"), ("around midnight", "2017-03-10T00:00")),
        "a-shooting-that-happened-around-midnight",
    ),
    (
        "A family feud sends a man to the hospital Friday. A vigil is planned around midnight.",
        "2017-03-10",
        (("Friday", "2017-03-10"), ("around midnight", "2017-03-10T24:00")),
        "a-midnight-planned-ends-the-day",
    ),
    # a full stop typed for the comma before a year
    (
        "He spoke on September 11th. 2012 on CNN. That night, the embassy burned.",
        "2015-12-04",
        (("September 11th. 2012", "2012-09-11"), ("That night", "2012-09-11TNI")),
        "full-stop-for-comma-before-a-year",
    ),
    (
        "Sept. 30. 2016: Police arrest a man.",
        "2016-11-02",
        (("Sept. 30. 2016", "2016-09-30"),),
        "timeline-heading-with-a-full-stop",
    ),
    (
        "It happened on May 5. 2012 was a good year.",
        "2015-12-04",
        (("May 5", "2015-05-05"), ("2012", "2012")),
        "a-year-opening-the-next-sentence",
    ),
    # "at a news conference Monday" dates a report: "A week later" counts from the events
    (
        (
            "On July 18, police went to the home for a domestic dispute, investigators said at a"
            " news conference Monday. A week later, she leased an apartment."
        ),
        "2016-08-16",
        (("July 18", "2016-07-18"), ("Monday", "2016-08-15"), ("A week later", "2016-07-25")),
        "at-a-news-conference-dates-a-report",
    ),
    # a shift's hours in the present are a habit's
    (
        (
            "On Thursday, workers left the plant. The day shift starts around 6 a.m. and"
            " finishes about 4 p.m."
        ),
        "2016-03-21",
        (
            ("Thursday", "2016-03-17"),
            ("around 6 a.m.", "XXXX-XX-XXT06:00"),
            ("about 4 p.m.", "XXXX-XX-XXT16:00"),
        ),
        "a-shift-s-hours",
    ),
    (
        "His shift began at 6 a.m. on Monday.",
        "2016-03-21",
        (("6 a.m. on Monday", "2016-03-21T06:00"),),
        "a-shift-that-began-on-a-day",
    ),
    # "earlier in the evening" after a day of report is of the day of the events
    (
        (
            "A woman was shot Friday night, police said Saturday. She had finished work earlier"
            " in the evening."
        ),
        "2016-10-02",
        (
            ("Friday night", "2016-09-30TNI"),
            ("Saturday", "2016-10-01"),
            ("earlier in the evening", "2016-09-30TEV"),
        ),
        "earlier-in-the-evening-after-a-report-day",
    ),
    (
        "A woman was shot Friday, police said Saturday. She will speak later in the afternoon.",
        "2016-10-02",
        (
            ("Friday", "2016-09-30"),
            ("Saturday", "2016-10-01"),
            ("later in the afternoon", "2016-10-01TAF"),
        ),
        "later-in-the-afternoon-ahead-stays-on-the-report-day",
    ),
    # "prepared for" looks ahead, as "girding for" does
    (
        (
            "The candidates prepared for the final days before the caucuses, including a debate"
            " Thursday."
        ),
        "2016-01-26",
        (("the final days", "PXD"), ("Thursday", "2016-01-28")),
        "prepared-for-looks-ahead",
    ),
    (
        "The candidates met voters in the final days before the caucuses, including Thursday.",
        "2016-01-26",
        (("the final days", "PXD"), ("Thursday", "2016-01-21")),
        "met-voters-thursday-is-gone",
    ),
    (
        "Police prepared for Saturday's rally by closing streets.",
        "2016-01-24",
        (("Saturday", "2016-01-23"),),
        "prepared-for-a-day-just-gone",
    ),
    # a year dating a document, after another year of the story, anchors no "that year"
    (
        (
            "Fugazy was working as a broker for Trump in 1986, a 1987 government ethics report"
            " revealed. He helped arrange a deal that year."
        ),
        None,
        (("1986", "1986"), ("1987", "1987"), ("that year", "1986")),
        "a-year-dating-a-report",
    ),
    (
        "A 1987 report revealed it. He helped arrange a deal that year.",
        None,
        (("1987", "1987"), ("that year", "1987")),
        "a-report-year-with-no-year-before",
    ),
    # a step in court the day after the story's day
    (
        (
            "The boy shot himself at home. The father flagged down an officer around 2:45 p.m."
            " Wednesday, police said. Hill was arraigned on Thursday and posted a $25,000 bond."
        ),
        "2016-12-21",
        (("around 2:45 p.m. Wednesday", "2016-12-21T14:45"), ("Thursday", "2016-12-22")),
        "arraigned-the-day-after",
    ),
    (
        (
            "The boy shot himself at home. The father flagged down an officer around 2:45 p.m."
            " Wednesday, police said. Hill had been released from jail on Thursday."
        ),
        "2016-12-21",
        (("around 2:45 p.m. Wednesday", "2016-12-21T14:45"), ("Thursday", "2016-12-15")),
        "released-before-the-shooting",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_65_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each time found takes the value a careful reader gives it.
    """
    assert _found(text, reference) == expected
