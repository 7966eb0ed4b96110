"""
Expressions found by the session 53 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a date standing on a line of its own, with its year, stamps what follows it: a page
    # that pastes an older story under its byline and date reads that story against them
    (
        (
            "By Staff Reports\n\nDecember 30, 2014\n\nA boy was shot Monday night.\n"
            "He died early Tuesday morning."
        ),
        "2015-01-08",
        (
            ("December 30, 2014", "2014-12-30"),
            ("Monday night", "2014-12-29TNI"),
            ("early Tuesday morning", "2014-12-30TMO"),
        ),
        "bare-date-line-older-story",
    ),
    (
        "Thursday, January 8, 2015\nThe man was charged today.",
        "2015-01-09",
        (("Thursday, January 8, 2015", "2015-01-08"), ("today", "2015-01-08")),
        "bare-date-line-with-weekday",
    ),
    # controls: a date that goes on into a sentence, or a date with no year, stamps nothing
    (
        "December 30, 2014 was the day he died. He was charged today.",
        "2015-01-08",
        (("December 30, 2014", "2014-12-30"), ("today", "2015-01-08")),
        "date-in-sentence-no-stamp",
    ),
    (
        "Highlights\n\nDecember 30\n\nHe was charged today.",
        "2015-01-08",
        (("December 30", "2014-12-30"), ("today", "2015-01-08")),
        "date-without-year-no-stamp",
    ),
    # a quotation in the first sentence of its paragraph, led in by "saying,": its day is
    # the one the last sentence of the paragraph before names for the speaking
    (
        (
            "The senator appeared on CNN on Tuesday to talk about the debate.\n\nShe then"
            " defended the remark, saying, \u201cHe was rattled last night.\u201d"
        ),
        "2016-09-28",
        (("Tuesday", "2016-09-27"), ("last night", "2016-09-26TNI")),
        "quote-day-in-paragraph-before",
    ),
    # controls: a sentence of its own before the quotation's; no day named before it
    (
        (
            "The senator appeared on CNN on Tuesday.\n\nShe was asked about it. Then she said,"
            " \u201cHe was rattled last night.\u201d"
        ),
        "2016-09-28",
        (("Tuesday", "2016-09-27"), ("last night", "2016-09-27TNI")),
        "quote-after-a-sentence-of-its-own",
    ),
    (
        "The senator appeared on CNN.\n\nShe then said, \u201cHe was rattled last night.\u201d",
        "2016-09-28",
        (("last night", "2016-09-27TNI"),),
        "quote-no-day-before",
    ),
    # an interview "with" a host whose name ends in an apostrophe ("Fox News\u2019 Sean
    # Hannity") still names the day the quotation below it was spoken
    (
        (
            "In an interview with Fox News\u2019 Sean Hannity on Monday night, the senator"
            " answered.\n\n\u201cThe paper is claiming today that you met,\u201d Hannity said."
        ),
        "2016-03-01",
        (("Monday night", "2016-02-29TNI"), ("today", "2016-02-29")),
        "quote-day-interview-with-host",
    ),
    # a clock time and a holiday written with its article: one time on the holiday
    (
        "He was shot and killed just before midnight on the Fourth of July.",
        "2016-03-25",
        (("midnight on the Fourth of July", "2015-07-04T24:00"),),
        "midnight-on-the-fourth-of-july",
    ),
    (
        "Fireworks start at 9 p.m. on the Fourth of July.",
        "2016-06-20",
        (("9 p.m. on the Fourth of July", "2016-07-04T21:00"),),
        "clock-on-the-fourth-of-july-ahead",
    ),
    # a headline's "violent weekend" without its article, and "weekend" before its victims
    # or its violence: the weekend just gone (said on a Monday)
    (
        "Six injured in violent weekend in Toledo",
        "2013-08-19",
        (("violent weekend", "2013-W33-WE"),),
        "headline-violent-weekend",
    ),
    (
        "Including the six weekend victims, there have been 40 shootings this year.",
        "2013-08-19",
        (("weekend", "2013-W33-WE"), ("this year", "2013")),
        "weekend-victims",
    ),
    # "leaves three dead": a headline's present for a thing done, not a departure ahead
    (
        "Violent weekend leaves three dead",
        "2013-08-19",
        (("Violent weekend", "2013-W33-WE"),),
        "weekend-leaves-three-dead",
    ),
    (
        "Strip club shooting leaves 3 dead on Christmas",
        "2013-12-26",
        (("Christmas", "2013-12-25"),),
        "leaves-dead-on-christmas",
    ),
    (
        "Suspect turns himself in Tuesday morning",
        "2015-12-09",
        (("Tuesday morning", "2015-12-08TMO"),),
        "turns-himself-in-tuesday",
    ),
    (
        "He turns 18 on Tuesday.",
        "2015-12-09",
        (("Tuesday", "2015-12-15"),),
        "turns-18-tuesday-ahead",
    ),
    (
        "The president leaves Tuesday for Asia.",
        "2013-08-19",
        (("Tuesday", "2013-08-20"),),
        "leaves-for-asia-ahead",
    ),
    # a month in the clause of a past year that dates an event is that year's ("the 2008
    # primary contest ... until June"); a lasting verb ten words before "until" still
    # makes the span a past one
    (
        (
            "Mrs. Clinton, who doggedly remained in the 2008 primary contest against Barack Obama"
            " until June despite his lead, has said she will not ask him to quit."
        ),
        "2016-04-28",
        (("2008", "2008"), ("June", "2008-06")),
        "event-year-until-june",
    ),
    (
        "His 2012 campaign ran out of money in March.",
        "2016-04-28",
        (("2012", "2012"), ("March", "2012-03")),
        "event-year-campaign-march",
    ),
    # controls: across a comma, and in a sentence that looks ahead
    (
        "Clinton, who lost the 2008 primary, said in June that she would run.",
        "2016-04-28",
        (("2008", "2008"), ("June", "2015-06")),
        "event-year-across-comma",
    ),
    (
        "The 2012 campaign will be studied in March.",
        "2016-04-28",
        (("2012", "2012"), ("March", "2017-03")),
        "event-year-future",
    ),
    # the day of a report named again keeps the day of the events told before it: a clock
    # time after the second "said Sunday" is Saturday's
    (
        (
            "On Saturday afternoon, a group of teens started passing around a rifle.\n\n"
            'The aunt said Sunday she did not know who brought it. "Others were home," the'
            " district attorney said Sunday.\n\nThe shooting happened around 3:40 p.m."
        ),
        "2017-04-09",
        (
            ("Saturday afternoon", "2017-04-08TAF"),
            ("Sunday", "2017-04-09"),
            ("Sunday", "2017-04-09"),
            ("around 3:40 p.m.", "2017-04-08T15:40"),
        ),
        "report-day-named-again",
    ),
    (
        (
            "On Saturday afternoon, a group of teens met.\n\nThe aunt said Sunday she did not"
            " know them. Another shooting was reported Sunday.\n\nIt happened around 3:40 p.m."
        ),
        "2017-04-09",
        (
            ("Saturday afternoon", "2017-04-08TAF"),
            ("Sunday", "2017-04-09"),
            ("Sunday", "2017-04-09"),
            ("around 3:40 p.m.", "2017-04-09T15:40"),
        ),
        "report-day-then-event-day",
    ),
    # an early or late part of the day right before a weekday and its date: one time
    (
        "Police are investigating the early morning Sunday, November 22nd drive-by.",
        "2015-11-25",
        (("the early morning Sunday, November 22nd", "2015-11-22TMO"),),
        "early-morning-weekday-date",
    ),
    (
        "He was shot late night Saturday, Nov. 21, police said.",
        "2015-11-25",
        (("late night Saturday, Nov. 21", "2015-11-21TNI"),),
        "late-night-weekday-date",
    ),
    # "the holiday weekend", "this holiday weekend": the weekend of the holiday nearest the
    # reference (Labor Day's is the one before it, even said on the Wednesday after)
    (
        "Labor Day is barely over. Usually, this holiday weekend is a moment of pause.",
        "2016-09-07",
        (("Labor Day", "2016-09-05"), ("this holiday weekend", "2016-W35-WE")),
        "this-holiday-weekend-after-labor-day",
    ),
    (
        "Police expect heavy traffic over the holiday weekend.",
        "2016-05-27",
        (("the holiday weekend", "2016-W21-WE"),),
        "holiday-weekend-before-memorial-day",
    ),
    (
        "Thirty-nine people were shot across the city over the holiday weekend.",
        "2017-01-17",
        (("the holiday weekend", "2017-W02-WE"),),
        "holiday-weekend-mlk",
    ),
    (
        "He was shot over the holiday weekend.",
        "2016-03-10",
        (("the holiday weekend", "2016-W09-WE"),),
        "holiday-weekend-no-holiday-near",
    ),
    # "to" before a determiner is a preposition, no infinitive of a plan: "agreed to a phone
    # call on Wednesday" and "canceled due to the storm on Tuesday" are past days
    (
        "McConnell agreed to a phone call on Wednesday, but only to tell Garland no.",
        "2016-03-18",
        (("Wednesday", "2016-03-16"),),
        "agreed-to-a-call-wednesday",
    ),
    (
        "The game was canceled due to the storm on Tuesday.",
        "2016-03-18",
        (("Tuesday", "2016-03-15"),),
        "due-to-the-storm-tuesday",
    ),
    (
        "He agreed to meet on Wednesday. The bill is due to expire Tuesday.",
        "2016-03-18",
        (("Wednesday", "2016-03-23"), ("Tuesday", "2016-03-22")),
        "agreed-to-meet-due-to-expire-ahead",
    ),
    # model years: after "model years" (a range too), before "model year", before a make
    # misspelt ("Infinity") after a colour and a door count
    (
        "a white, four-door Nissan Altima, model years 2000 to 2004",
        "2016-09-01",
        (),
        "model-years-range",
    ),
    (
        "inside his gold, 4-door, 1995 Infinity J30. A 2014 model year car was parked there.",
        "2016-09-01",
        (),
        "model-year-infinity",
    ),
    (
        "In 2014 model year cars sold well, and in 2015 Infinity Ward released a game.",
        "2016-09-01",
        (("2014", "2014"), ("2015", "2015")),
        "model-year-after-preposition",
    ),
    # a clock time does not take a weekday across a blank line (a new paragraph), only
    # across a single line break
    (
        "Police responded about 4:15 a.m.\n\nWednesday's first shooting left one dead.",
        "2016-05-12",
        (("about 4:15 a.m.", "2016-05-12T04:15"), ("Wednesday", "2016-05-11")),
        "clock-weekday-across-paragraph",
    ),
    (
        "He was shot at 4 p.m.\nTuesday, police said.",
        "2016-05-12",
        (("4 p.m.\nTuesday", "2016-05-10T16:00"),),
        "clock-weekday-across-line",
    ),
    # "year-end" said in December is this year's end whatever the verb; "since year-end"
    # still the last one's
    (
        "If the two spoke about the year-end budget agreement, neither side would say so.",
        "2015-12-15",
        (("year-end", "2015-12-31"),),
        "year-end-in-december",
    ),
    (
        "Shares have risen 5 percent since year-end.",
        "2015-12-15",
        (("year-end", "2014-12-31"),),
        "since-year-end-in-december",
    ),
    # "the extra week", "the additional year": a length, as "an extra week" is
    (
        "Lawmakers will use the extra week of recess to campaign.",
        "2016-09-12",
        (("the extra week", "P1W"),),
        "the-extra-week",
    ),
    (
        "The additional year of school costs $4,000.",
        "2016-09-12",
        (("The additional year", "P1Y"),),
        "the-additional-year",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_53_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
