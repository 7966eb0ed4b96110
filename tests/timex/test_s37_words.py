"""
Expressions found by the session 37 audits of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

FRIDAY = "2015-02-27"
WEDNESDAY = "2016-03-30"

WORDS: list[Case] = [
    # machine and CMS time stamps: one TIME, the day and the clock together
    (
        "Published: Mon Mar 09 17:08:35 PDT 2015",
        "2015-03-08",
        (("Mon Mar 09 17:08:35 PDT 2015", "2015-03-09T17:08:35"),),
        "unix-date-stamp",
    ),
    (
        "Updated Tue Mar 10 2015 09:12:00 GMT-0400 (EDT) by the web desk.",
        "2015-03-08",
        (("Tue Mar 10 2015 09:12:00 GMT-0400 (EDT)", "2015-03-10T09:12:00"),),
        "javascript-date-stamp",
    ),
    (
        "Posted: Sunday, November 30, 2014 8:20 AM EST Updated: Thursday, December 4, 2014 2:26 PM EST",
        "2014-11-30",
        (
            ("Sunday, November 30, 2014 8:20 AM EST", "2014-11-30T08:20"),
            ("Thursday, December 4, 2014 2:26 PM EST", "2014-12-04T14:26"),
        ),
        "posted-updated-stamps",
    ),
    (
        "DATE: April 13, 2015 9:23:14 AM CDT",
        "2015-04-13",
        (("April 13, 2015 9:23:14 AM CDT", "2015-04-13T09:23:14"),),
        "release-date-stamp-with-seconds",
    ),
    (
        "The file was saved 2015-03-09 17:08:35 and sent at 2015-03-09T18:01:02Z.",
        "2015-03-10",
        (
            ("2015-03-09 17:08:35", "2015-03-09T17:08:35"),
            ("2015-03-09T18:01:02Z", "2015-03-09T18:01:02"),
        ),
        "iso-date-times",
    ),
    (
        "On March 9, 2015 10 people were hurt.",
        "2015-03-10",
        (("March 9, 2015", "2015-03-09"),),
        "a-date-before-a-number-is-no-stamp",
    ),
    (
        "Traders met that evening. At 09:30 GMT the market opened.",
        "2015-03-10",
        (("that evening", "2015-03-10TEV"), ("09:30 GMT", "2015-03-10T09:30")),
        "a-24-hour-clock-after-an-evening",
    ),
    # a holiday and the year it falls in, relative to the reference: one date
    (
        "Few expect the deal to get past Inauguration Day next year.",
        "2016-05-05",
        (("Inauguration Day next year", "2017-01-20"),),
        "holiday-next-year",
    ),
    (
        "They met on Christmas last year, a friend said.",
        "2016-05-05",
        (("Christmas last year", "2015-12-25"),),
        "holiday-last-year",
    ),
    (
        "The family spent Easter week last year in Rome.",
        "2016-05-05",
        (("Easter week last year", "2015-W14"),),
        "holiday-week-last-year",
    ),
    # "9/11" is the day of the attacks, but its memorial ceremony is that year's
    (
        "She nearly collapsed outside of a 9/11 memorial ceremony in lower Manhattan.",
        "2016-09-25",
        (("9/11", "2016-09-11"),),
        "nine-eleven-memorial-ceremony",
    ),
    (
        "The 9/11 anniversary was marked quietly, and she visited the 9/11 memorial museum.",
        "2016-09-25",
        (("9/11", "2016-09-11"), ("9/11", "2001-09-11")),
        "nine-eleven-anniversary-and-museum",
    ),
    # once the story has read November as the coming election's, a later "November" told in
    # no past tense is the same
    (
        (
            "Trump could lose the November election. All roads lead to Florida -- and"
            " November. In November, he said, he voted early."
        ),
        "2016-03-03",
        (("November", "2016-11"), ("November", "2016-11"), ("November", "2015-11")),
        "election-november-named-again",
    ),
    (
        "All roads lead to Florida -- and November.",
        "2016-03-03",
        (("November", "2015-11"),),
        "november-alone-stays-past",
    ),
    # a crash is an incident: a distance before it counts from its day
    (
        (
            "The plane crashed into the sea on Thursday. Her parents had flown home two days"
            " before the crash."
        ),
        "2016-05-19",
        (("Thursday", "2016-05-19"), ("two days", "2016-05-17")),
        "days-before-the-crash",
    ),
    (
        "The bus crashed Monday. The driver had been hired a week before the crash.",
        "2016-05-19",
        (("Monday", "2016-05-16"), ("a week", "2016-05-09")),
        "week-before-the-crash",
    ),
    # "early in" before a possessive day qualifies the noun after it, not the day
    (
        "The fangs came out early in Saturday night's GOP debate.",
        "2016-02-07",
        (("Saturday night", "2016-02-06TNI"),),
        "early-in-a-possessive-night",
    ),
    (
        "Stocks fell late in Tuesday's trading, and rose early in the week.",
        "2016-02-07",
        (("Tuesday", "2016-02-02"), ("early in the week", "2016-W05")),
        "late-in-a-possessive-day",
    ),
    # an incident on the reference day, and a report of it on a weekday after a weekend: the
    # page was updated after its date
    (
        (
            "A man is dead after being shot in Branson Friday evening. The police chief said Monday"
            " morning the man was shot by his twin brother."
        ),
        "2016-05-13",
        (("Friday evening", "2016-05-13TEV"), ("Monday morning", "2016-05-16TMO")),
        "report-after-a-weekend",
    ),
    (
        (
            "A man is dead after being shot in Branson Friday evening. He had been released on"
            " bond Monday."
        ),
        "2016-05-13",
        (("Friday evening", "2016-05-13TEV"), ("Monday", "2016-05-09")),
        "no-report-before-the-incident",
    ),
    # a past verb of lasting before "until": the span is over
    (
        "The standoff dragged on until Friday, and protesters kept going until Saturday.",
        "2016-09-25",
        (("Friday", "2016-09-23"), ("Saturday", "2016-09-24")),
        "lasted-until-a-past-day",
    ),
    (
        "Two men were shot Saturday night. No arrests had been made as of Monday morning, police said.",
        "2016-09-17",
        (("Saturday night", "2016-09-17TNI"), ("Monday morning", "2016-09-19TMO")),
        "as-of-monday-after-a-weekend",
    ),
    # a month before a thing said, or a month's performance: gone, whatever the tense
    (
        "He is unlikely to give Clinton the nod after her March comment that he would never vote.",
        "2016-06-10",
        (("March", "2016-03"),),
        "month-comment-is-past",
    ),
    (
        "The strong report will erase the memory of the weak September performance.",
        "2015-11-09",
        (("September", "2015-09"),),
        "month-performance-is-past",
    ),
    # "this election year", "the current budget year": the year of the reference
    (
        (
            "Many people are uncertain in this election year, and revenue for the current"
            " budget year rose."
        ),
        "2016-03-16",
        (("this election year", "2016"), ("the current budget year", "2016")),
        "election-and-budget-years",
    ),
    (
        "The last election year was 2012, and the current budget is big.",
        "2016-03-16",
        (("2012", "2012"), ("current", "PRESENT_REF")),
        "last-election-year-is-no-year-back",
    ),
    (
        "( Sun Mar 08 20:35:45 PDT 2015 $__output ) The sun rose Mar 08 2015.",
        "2015-03-08",
        (("Sun Mar 08 20:35:45 PDT 2015", "2015-03-08T20:35:45"), ("Mar 08 2015", "2015-03-08")),
        "sunday-unix-date-stamp",
    ),
    # irregular past tenses set a sentence in the past ("caught", "spent", "felt")
    (
        "On March 21, they caught Green. Officers spent the evening canvassing the area.",
        "2014-01-23",
        (("March 21", "2013-03-21"), ("the evening", "2013-03-21TEV")),
        "caught-on-a-past-day",
    ),
    # a month and day after "on", told in the past with nothing of a plan between: gone
    (
        "Tyrone Mohr was arrested on a weapons charge on April 2.",
        "2014-01-23",
        (("April 2", "2013-04-02"),),
        "arrested-on-a-past-month-day",
    ),
    (
        "Burton said he subpoenaed the boy to testify before the committee on Feb. 10.",
        "2014-01-23",
        (("Feb. 10", "2014-02-10"),),
        "subpoenaed-to-testify-on-a-coming-day",
    ),
    (
        "Conseco said it is calling for the redemption on Dec. 7 of all the shares.",
        "1989-10-30",
        (("Dec. 7", "1989-12-07"),),
        "calling-for-a-redemption-on-a-coming-day",
    ),
    # a list of ages ends in "old": no length
    (
        (
            "The children were 11 months, four months and six months old. He served 11"
            " months, and was 40 years old."
        ),
        "2015-08-20",
        (("11 months", "P11M"),),
        "a-list-of-ages",
    ),
    # "the past week", "the last week": the seven days up to the reference, the calendar
    # week that holds most of them ("last week" stays the calendar week before, but on a
    # Sunday it is the week now ending, as session 59 settled)
    (
        "Negotiators huddled over the past week, and the deal came last week.",
        "2015-12-13",
        (("the past week", "2015-W50"), ("last week", "2015-W50")),
        "the-past-week-on-a-sunday",
    ),
    (
        "She has been in Bethesda for the last week.",
        "2015-12-07",
        (("the last week", "2015-W49"),),
        "the-last-week-on-a-monday",
    ),
    # "nearly", "almost" between the governing word and the day: read past them
    (
        "Protesters kept going until nearly 2 a.m. Friday in defiance of the curfew.",
        "2016-09-25",
        (("nearly 2 a.m. Friday", "2016-09-23T02:00"),),
        "kept-going-until-nearly-a-past-time",
    ),
    # "there's an election on Tuesday": a set-day event told in the present; a verb of
    # saying before the present clause does not put it in the past
    (
        (
            "There's an election on Tuesday. Deacon said he's reminding them that there's a"
            " primary on Tuesday."
        ),
        "2016-06-27",
        (("Tuesday", "2016-06-28"), ("Tuesday", "2016-06-28")),
        "there-is-an-election-on-tuesday",
    ),
    (
        "There's the primary on Tuesday, which he won.",
        "2016-06-27",
        (("Tuesday", "2016-06-21"),),
        "there-is-a-primary-he-won",
    ),
    # "older than", "younger than" before a length: an age
    (
        (
            "A child older than one year must ride in a seat, and children younger than two"
            " years were held for longer than two years."
        ),
        "2014-08-20",
        (("longer than two years", "P2Y"),),
        "older-than-a-year-is-an-age",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_37_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected


def test_stamp_on_its_own_line_in_an_article() -> None:
    """
    A page's stamp on a paragraph of its own is read as a stamp, not after a past verb.

    `parse` reads each paragraph apart: the line break before "Updated" is outside the
    stamp's paragraph, which once let "Updated" read as a verb in the past ("Aug. 17" a year
    back, and the story's days with it).
    """
    from newsevents import parse  # noqa: PLC0415 - the whole pipeline, for its paragraphs

    text = (
        "Dallas police arrest murder suspect who started shooting during Motel 6 robbery\n\n"
        "Updated at 11:13 a.m. Aug. 17:\n\n"
        "Dallas police have arrested a second suspect in a shooting that left one dead last week."
    )

    found = [(time.text, time.value) for time in parse(text, published="2016-08-15").times]

    assert found == [("11:13 a.m. Aug. 17", "2016-08-17T11:13"), ("last week", "2016-W32")]
