"""
Expressions found by the session 66 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # "The incident occurred on <day>" tells of the incident, as "It happened" does
    (
        "The incident occurred on Nov. 13 in Ames. A photo was posted a week before the shooting.",
        "2016-12-09",
        (("Nov. 13", "2016-11-13"), ("a week", "2016-11-06")),
        "a-week-before-the-incident-that-occurred",
    ),
    (
        "The meeting occurred on Nov. 13 in Ames. A photo was posted a week before the shooting.",
        "2016-12-09",
        (("Nov. 13", "2016-11-13"), ("a week", "P1W")),
        "a-meeting-is-no-incident",
    ),
    # a midnight told of an incident of the small hours after a later day was named opens
    # the incident's day; a warrant's day, after the name it is for, is no incident's
    (
        (
            "He killed a robber in a shootout early Monday. Police issued a warrant for John"
            " Smith Tuesday in the home invasion, the deadliest shooting this year. Williams"
            " broke into the apartment around midnight, exchanging gunfire with him."
        ),
        "2015-12-22",
        (
            ("early Monday", "2015-12-21"),
            ("Tuesday", "2015-12-22"),
            ("this year", "2015"),
            ("around midnight", "2015-12-21T00:00"),
        ),
        "midnight-of-an-early-incident-after-a-warrant",
    ),
    (
        (
            "He killed a robber in a shootout Monday night. Police issued a warrant for John"
            " Smith Tuesday. Williams broke into the apartment around midnight, exchanging"
            " gunfire with him."
        ),
        "2015-12-22",
        (
            ("Monday night", "2015-12-21TNI"),
            ("Tuesday", "2015-12-22"),
            ("around midnight", "2015-12-21T24:00"),
        ),
        "midnight-of-a-night-incident-ends-it",
    ),
    # a later day in the sentence of the incident's, with no incident word between, is
    # another event's; the police's call to the scene is the incident's time
    (
        (
            "The man who fatally shot his wife Monday evening expressed remorse today. Officers"
            " responded to the home at about 5:48 p.m., according to the release."
        ),
        "2017-03-14",
        (
            ("Monday evening", "2017-03-13TEV"),
            ("today", "2017-03-14"),
            ("about 5:48 p.m.", "2017-03-13T17:48"),
        ),
        "responded-on-the-incident-day-not-the-day-of-remorse",
    ),
    (
        (
            "Four men were killed between late Friday afternoon and Monday morning. Officers"
            " responded to the home at about 5:48 p.m., according to the release."
        ),
        "2017-03-14",
        (
            ("late Friday afternoon", "2017-03-10TAF"),
            ("Monday morning", "2017-03-13TMO"),
            ("about 5:48 p.m.", "2017-03-13T17:48"),
        ),
        "a-range-of-incident-days-ends-on-its-last",
    ),
    (
        (
            "Amiyah, who turned two on Sunday, died Tuesday in a shooting. The shooting"
            " happened just after 6 p.m. on Parkwick Drive."
        ),
        "2016-10-26",
        (
            ("Sunday", "2016-10-23"),
            ("Tuesday", "2016-10-25"),
            ("6 p.m.", "2016-10-25T18:00"),
        ),
        "a-birthday-before-the-incident-word-is-no-incident",
    ),
    # "the day" in a sentence that looks ahead, after a day gone, is today
    (
        "The school held a vigil Sunday. Counselors are expected to be available throughout the day.",
        "2016-10-03",
        (("Sunday", "2016-10-02"), ("the day", "2016-10-03")),
        "the-day-looked-ahead-to-after-a-day-gone",
    ),
    (
        "The school held a vigil Sunday. Counselors were available throughout the day.",
        "2016-10-03",
        (("Sunday", "2016-10-02"), ("the day", "2016-10-02")),
        "the-day-told-in-the-past-is-the-day-named",
    ),
    (
        "The trial opens Thursday. Witnesses will testify throughout the day.",
        "2016-10-03",
        (("Thursday", "2016-10-06"), ("the day", "2016-10-06")),
        "the-day-of-a-coming-day-named",
    ),
    # "the same night" before "of" and an incident, as "that same night"
    (
        "A man was shot Sunday night. The same night of that incident, deputies responded.",
        "2017-03-06",
        (("Sunday night", "2017-03-05TNI"), ("The same night", "2017-03-05TNI")),
        "the-same-night-of-that-incident",
    ),
    (
        "A man was shot Sunday night. The same night of his life, deputies responded.",
        "2017-03-06",
        (("Sunday night", "2017-03-05TNI"),),
        "the-same-night-of-no-incident-is-no-night",
    ),
    # the police's call to the scene dates the incident
    (
        (
            "Police responded to a home on East Side Drive around 2:40 p.m. Saturday. A boy"
            " was arrested two days after the shooting."
        ),
        "2016-03-09",
        (("around 2:40 p.m. Saturday", "2016-03-05T14:40"), ("two days", "2016-03-07")),
        "responded-to-a-home-dates-the-shooting",
    ),
    (
        (
            "Trump responded Saturday to the critics. A boy was arrested two days after the"
            " shooting."
        ),
        "2016-03-09",
        (("Saturday", "2016-03-05"), ("two days", "P2D")),
        "a-bare-responded-is-no-incident",
    ),
    # "that day" after a week named: a day of that week, which one unknown
    (
        "Last week he was in Ohio. That day, he met voters.",
        "2016-04-15",
        (("Last week", "2016-W14"), ("That day", "2016-W14")),
        "that-day-after-a-week-is-of-the-week",
    ),
    (
        "On April 5 he was in Ohio. That day, he met voters.",
        "2016-04-15",
        (("April 5", "2016-04-05"), ("That day", "2016-04-05")),
        "that-day-after-a-day-is-the-day",
    ),
    # with no reference, anaphora after a month of no known year keep the month
    (
        "The rebels took the town in September. Since then, thousands have fled.",
        None,
        (("September", "XXXX-09"), ("then", "XXXX-09")),
        "since-then-after-a-month-of-no-year",
    ),
    (
        "The rebels took the town in December. The next month, thousands fled.",
        None,
        (("December", "XXXX-12"), ("The next month", "XXXX-01")),
        "the-next-month-after-december-of-no-year",
    ),
    (
        "The rebels took the town. Since then, thousands have fled.",
        None,
        (("then", "PAST_REF"),),
        "since-then-after-nothing-named",
    ),
    # a future in a clause reported by a present "say" is no cue of the expression's
    (
        "A CNN/ORC poll in January shows 68% of voters say gun policy will be very important.",
        "2016-02-25",
        (("January", "2016-01"),),
        "a-poll-in-january-reports-a-future",
    ),
    (
        "Analysts say the board will meet in January.",
        "2016-02-25",
        (("January", "2017-01"),),
        "a-future-before-the-month-looks-ahead",
    ),
    (
        "The board in January will decide the matter.",
        "2016-02-25",
        (("January", "2017-01"),),
        "a-future-after-the-month-looks-ahead",
    ),
    # a quoted "today" of the story's incident, after an older incident recalled
    (
        (
            "Three officers were killed Sunday morning in Baton Rouge. Sterling was shot and"
            ' killed July 5 by police. His family said they were "disgusted by the despicable'
            ' act of violence today."'
        ),
        "2016-07-18",
        (("Sunday morning", "2016-07-17TMO"), ("July 5", "2016-07-05"), ("today", "2016-07-17")),
        "quoted-today-of-the-story-incident-after-an-older-one",
    ),
    (
        (
            "Sterling was shot and killed July 5 by police. His family said they were"
            ' "disgusted by the despicable act of violence today."'
        ),
        "2016-07-18",
        (("July 5", "2016-07-05"), ("today", "2016-07-18")),
        "quoted-today-long-after-the-only-incident",
    ),
    # the aftermath of the story's incident cannot come before it
    (
        (
            "Four people were shot in Creekwood on Sept. 3. On Thursday, officials identified"
            " the four people who were shot."
        ),
        "2016-09-03",
        (("Sept. 3", "2016-09-03"), ("Thursday", "2016-09-08")),
        "victims-identified-after-the-shooting",
    ),
    (
        ("Four people were shot in Creekwood on Sept. 3. A vigil was held Tuesday at the church."),
        "2016-09-03",
        (("Sept. 3", "2016-09-03"), ("Tuesday", "2016-09-06")),
        "a-vigil-after-the-shooting",
    ),
    (
        (
            "Four people were shot in Creekwood on Sept. 3. On Thursday, officials said the"
            " four were friends."
        ),
        "2016-09-03",
        (("Sept. 3", "2016-09-03"), ("Thursday", "2016-09-01")),
        "a-report-before-the-page-stays-before",
    ),
    (
        (
            "Four people were shot in Creekwood on Sept. 3. A man was arraigned in connection"
            " with Thursday's protest."
        ),
        "2016-09-03",
        (("Sept. 3", "2016-09-03"), ("Thursday", "2016-09-01")),
        "in-connection-with-a-day-is-the-event-before",
    ),
    # "is likely to" looks ahead as "will" does, for "in two years"
    (
        "He is likely to run for reelection in two years when his term expires.",
        "2016-04-21",
        (("two years", "2018"),),
        "likely-to-in-two-years",
    ),
    (
        "He was expected to run for reelection in two years.",
        "2016-04-21",
        (("two years", "P2Y"),),
        "was-expected-to-in-two-years-stays-a-length",
    ),
    # a morning looked ahead to after the reference's evening is the next one
    (
        (
            "Two boys were shot Wednesday evening at 6:19 p.m. Counselors will be available at"
            " the schools in the morning."
        ),
        "2015-03-25",
        (
            ("Wednesday evening", "2015-03-25TEV"),
            ("6:19 p.m.", "2015-03-25T18:19"),
            ("the morning", "2015-03-26TMO"),
        ),
        "the-morning-after-an-evening-looked-ahead-to",
    ),
    (
        (
            "Two boys were shot Wednesday evening at 6:19 p.m. Counselors were available at"
            " the schools in the morning."
        ),
        "2015-03-25",
        (
            ("Wednesday evening", "2015-03-25TEV"),
            ("6:19 p.m.", "2015-03-25T18:19"),
            ("the morning", "2015-03-25TMO"),
        ),
        "the-morning-told-in-the-past-stays",
    ),
    # a plural unit alone after a verb of lasting through
    (
        "She suffered years under house arrest. Voters stood hours in line.",
        "2015-11-10",
        (("years", "PXY"), ("hours", "PTXH")),
        "suffered-years-stood-hours",
    ),
    (
        "She suffered years of abuse. Voters stood in line.",
        "2015-11-10",
        (("years", "PXY"),),
        "suffered-years-of-stays-a-length",
    ),
    # "the week" holding the weekend named is the anchor after it
    (
        (
            "Guns were blazing over the weekend, sending the number of shootings for the week"
            " skyrocketing - doubling over the same period last year."
        ),
        "2015-06-14",
        (
            ("the weekend", "2015-W24-WE"),
            ("the week", "2015-W24"),
            ("the same period last year", "2014-W24"),
        ),
        "the-same-period-after-the-week-of-the-weekend",
    ),
    (
        "Guns were blazing over the weekend, doubling over the same period last year.",
        "2015-06-14",
        (("the weekend", "2015-W24-WE"), ("the same period last year", "2014-W24-WE")),
        "the-same-period-after-the-weekend",
    ),
    # the police's arrival tells of the incident, for a clock time after a later day
    (
        (
            "Two men were shot early Sunday outside a bar. Friends created a memorial on Monday."
            " Police arrived about 2:45 a.m. and found the men."
        ),
        "2016-10-31",
        (
            ("early Sunday", "2016-10-30"),
            ("Monday", "2016-10-31"),
            ("about 2:45 a.m.", "2016-10-30T02:45"),
        ),
        "police-arrived-on-the-incident-day",
    ),
    (
        (
            "Two men were shot early Sunday outside a bar. Friends created a memorial on Monday."
            " The candles were lit about 2:45 a.m."
        ),
        "2016-10-31",
        (
            ("early Sunday", "2016-10-30"),
            ("Monday", "2016-10-31"),
            ("about 2:45 a.m.", "2016-10-31T02:45"),
        ),
        "a-clock-time-of-the-memorial-stays-on-its-day",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_66_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each time found takes the value a careful reader gives it.
    """
    assert _found(text, reference) == expected
