"""
Expressions found by the session 38 audits of news the rules were not written on.

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
    # "earlier in the day" after a year named in passing: the last day named
    (
        (
            "The rivals debated on Wednesday. She praised the 2011 raid that killed the"
            " plotter. In a speech earlier in the day, he attacked her record."
        ),
        "2016-09-08",
        (("Wednesday", "2016-09-07"), ("2011", "2011"), ("the day", "2016-09-07")),
        "earlier-in-the-day-skips-a-year",
    ),
    (
        (
            "Stocks rose on Friday. Profits fell from a year ago. Chevron climbed after"
            " being down earlier in the day."
        ),
        "2016-07-30",
        (("Friday", "2016-07-29"), ("a year ago", "2015"), ("the day", "2016-07-29")),
        "earlier-in-the-day-skips-a-year-ago",
    ),
    # "that same day" after a month keeps an unknown day of it
    (
        "The storm hit on Monday. Last October the river rose, and that same day the dam broke.",
        "2016-07-30",
        (("Monday", "2016-07-25"), ("Last October", "2015-10"), ("that same day", "2015-10-XX")),
        "that-same-day-after-a-month",
    ),
    # "the quarter" counted from the report date is a new anchor for "a year earlier"
    (
        (
            "Earnings fell from a year ago. Sales rose in the quarter, up 31 percent from a"
            " year earlier."
        ),
        "2016-07-30",
        (("a year ago", "2015"), ("the quarter", "2016-Q2"), ("a year earlier", "2015-Q2")),
        "a-year-earlier-than-the-quarter",
    ),
    # a quarter named with the kind of period it is
    (
        "His haul in the third fundraising quarter beat the first reporting quarter's.",
        "2015-11-23",
        (("the third fundraising quarter", "2015-Q3"), ("the first reporting quarter", "2015-Q1")),
        "fundraising-quarter",
    ),
    # "a full", "a mere" before a length written as one adjective belong to its noun
    (
        "She won a full 10-year term after a mere 24-hour recount, and served a full 10 years.",
        "2016-04-06",
        (("10-year", "P10Y"), ("24-hour", "PT24H"), ("a full 10 years", "P10Y")),
        "a-full-before-an-adjective-length",
    ),
    # the turn of a century, a decade of a century
    (
        (
            "Job losses since the turn of the century have hurt, as in the first decade of"
            " the 21st century; the turn of the 20th century was worse."
        ),
        "2016-04-27",
        (
            ("the turn of the century", "2000"),
            ("the first decade of the 21st century", "200"),
            ("the turn of the 20th century", "1900"),
        ),
        "turn-of-the-century",
    ),
    (
        "By the turn of the century, and in the last decade of the 20th century, it grew.",
        "1949-06-01",
        (("the turn of the century", "1900"), ("the last decade of the 20th century", "199")),
        "turn-of-the-century-nearest",
    ),
    (
        "Since the turn of the millennium it grew.",
        None,
        (("the turn of the millennium", "XXXX"),),
        "turn-of-the-millennium-no-reference",
    ),
    # a past verb of lasting before "until" keeps the sentence in the past: the year
    # opening it frames the month
    (
        "In 2008, Clinton stayed in the race until June. In 2008, she will stay until June.",
        "2016-04-28",
        (("2008", "2008"), ("June", "2008-06"), ("2008", "2008"), ("June", "2016-06")),
        "stayed-until-is-past",
    ),
    # a month before a report or a poll, up to three words on, is one gone
    (
        (
            "Campaigns must file their February campaign finance reports on Sunday, and the"
            " January poll is out."
        ),
        "2016-03-20",
        (("February", "2016-02"), ("Sunday", "2016-03-20"), ("January", "2016-01")),
        "month-before-its-report",
    ),
    # "for", "during", "throughout" before the recent past: how long
    (
        (
            "He has worked there for the last several years, and donations rose during the"
            " past few days; in recent years crime fell."
        ),
        "2016-04-28",
        (
            ("the last several years", "PXY"),
            ("the past few days", "PXD"),
            ("recent years", "PAST_REF"),
        ),
        "for-the-past-few-years-is-a-length",
    ),
    # "that Friday" after a month: a Friday of that month, which one unknown
    (
        (
            "Two months ago a boy lost his brother. That Friday night, responders came. In"
            " January, a boy was shot. That Friday, police arrested a man."
        ),
        "2015-03-04",
        (
            ("Two months ago", "2015-01"),
            ("That Friday night", "2015-01-XXTNI"),
            ("January", "2015-01"),
            ("That Friday", "2015-01-XX"),
        ),
        "that-friday-after-a-month",
    ),
    # a day opening its clause before a verb of the calendar in the simple present: ahead
    (
        (
            "On Tuesday, Democrats vote in Arizona. Then on Saturday, Alaska, Hawaii and"
            " Washington hold caucuses. On Wednesday, Ricardo Alarcon, head of the Assembly,"
            " said no. On Thursday, the vote was close."
        ),
        "2016-03-21",
        (
            ("Tuesday", "2016-03-22"),
            ("Saturday", "2016-03-26"),
            ("Wednesday", "2016-03-16"),
            ("Thursday", "2016-03-17"),
        ),
        "on-tuesday-democrats-vote",
    ),
    # "the early morning hours" is one expression, as "the early morning hours Saturday"
    (
        "Trump tweeted in the early morning hours that she was bad.",
        "2016-09-30",
        (("the early morning hours", "2016-09-30TMO"),),
        "the-early-morning-hours",
    ),
    (
        "The guests left in the late night hours, a neighbour said.",
        "2016-09-30",
        (("the late night hours", "2016-09-29TNI"),),
        "the-late-night-hours",
    ),
    # "a couple of months ago": two, roughly; "a few months ago" stays the past
    (
        "They moved in a couple of months ago, he left a couple years ago and she a few months ago.",
        "2015-01-04",
        (
            ("a couple of months ago", "2014-11"),
            ("a couple years ago", "2013"),
            ("a few months ago", "PAST_REF"),
        ),
        "a-couple-of-months-ago",
    ),
    # a later month in the sentence of a month and its year: that year
    (
        (
            "He was arrested in January 2015 and charged in March. She would take office in"
            " January 2017 and run in a special election in November. It grew since June 2014,"
            " and again since the attacks in November."
        ),
        "2016-09-08",
        (
            ("January 2015", "2015-01"),
            ("March", "2015-03"),
            ("January 2017", "2017-01"),
            ("November", "2017-11"),
            ("June 2014", "2014-06"),
            ("November", "2015-11"),
        ),
        "later-month-in-the-year-written",
    ),
    (
        "Arrested in January 2015, he will be tried in March.",
        "2016-09-08",
        (("January 2015", "2015-01"), ("March", "2017-03")),
        "later-month-ahead-of-a-past-year",
    ),
    # "that night" after an early morning: the night that held those small hours
    (
        (
            "Two teens died early Thursday morning. One was spending the night at a friend's"
            " apartment. Officers were dispatched around 1:36 a.m."
        ),
        "2015-08-20",
        (
            ("early Thursday morning", "2015-08-20TMO"),
            ("the night", "2015-08-19TNI"),
            ("around 1:36 a.m.", "2015-08-20T01:36"),
        ),
        "the-night-of-an-early-morning",
    ),
    # a decade before "model" and a make is the car's model years, no time
    (
        "He drove his 1990's model Ford Crown Victoria. In the 1990s Ford cut jobs.",
        "2017-01-02",
        (("the 1990s", "199"),),
        "decade-model-year",
    ),
    # "the new year": the year begun, or the one about to begin; the feast after its verbs
    (
        (
            "She was the first victim of the new year. They fired shots to celebrate the New"
            " Year at a New Year's Eve party."
        ),
        "2017-01-09",
        (
            ("the new year", "2017"),
            ("the New Year", "2017-01-01"),
            ("New Year's Eve", "2016-12-31"),
        ),
        "the-new-year-begun",
    ),
    (
        "We look ahead to the new year.",
        "2015-12-30",
        (("the new year", "2016"),),
        "the-new-year-ahead",
    ),
    # "within the next month": a length from now, as "within the next two weeks"
    (
        (
            "Campaigns look to early September. That work needs to start within the next"
            " month, and the bill may pass within the next week."
        ),
        "2016-04-10",
        (("early September", "2015-09"), ("the next month", "P1M"), ("the next week", "P1W")),
        "within-the-next-month",
    ),
    # "the entire", "the whole" before a length written as an adjective are the noun's
    (
        "He hummed during the entire three-minute-long hearing and the whole two-hour meeting.",
        "2016-05-06",
        (("three-minute-long", "PT3M"), ("two-hour", "PT2H")),
        "the-entire-before-an-adjective-length",
    ),
    # a month-day before "election" in a sentence with no past: the coming vote
    (
        (
            "The suit may not be completed by the time of the Nov. 8 election."
            " Trump won the Nov. 8 election."
        ),
        "2016-04-15",
        (("Nov. 8", "2016-11-08"), ("Nov. 8", "2015-11-08")),
        "the-nov-8-election-ahead",
    ),
    # "the very next day" is "the next day", counted from the last time named
    (
        "He was arrested on Jan. 5. The very next day, he was released.",
        "2016-09-08",
        (("Jan. 5", "2016-01-05"), ("The very next day", "2016-01-06")),
        "the-very-next-day",
    ),
    # a month given as a nickname is that person's name anywhere in the text
    (
        (
            "“August and Arie are the only two people who know.” “(August) was always"
            " attentive,” she said. He died in August. They were slain by Michael"
            " Augustine “August” Bournes."
        ),
        "2014-09-01",
        (("August", "2014-08"),),
        "august-as-a-nickname",
    ),
    # "the looming", "the impending" before an event: ahead; a participle "looming" is not
    (
        (
            "He was not hopeful about the looming showdown in July. With the primary"
            " looming, the mayor on Monday intervened."
        ),
        "2016-04-05",
        (("July", "2016-07"), ("Monday", "2016-04-04")),
        "the-looming-showdown",
    ),
    # "a free daily." is a newspaper; "twice daily", "a column daily" recur
    (
        "He owns Israel's largest paper, a free daily. He writes a column daily.",
        "2015-12-20",
        (("daily", "P1D"),),
        "a-free-daily-is-a-paper",
    ),
    # a late night after a small-hours clock time: the night that held those hours
    (
        "He was shot just after 4 a.m. Sunday as he was thrown out of a late-night party.",
        "2016-12-26",
        (("4 a.m. Sunday", "2016-12-25T04:00"), ("late-night", "2016-12-24TNI")),
        "late-night-after-small-hours",
    ),
    # "that month" after a year, "that week" after a month: which one is unknown
    (
        (
            "The 2012 request was sparked by a discovery. CREW filed a request that month."
            " During one week in April, four children were shot. A child died that week."
        ),
        "2016-04-15",
        (
            ("2012", "2012"),
            ("that month", "2012-XX"),
            ("one week", "P1W"),
            ("April", "2016-04"),
            ("that week", "2016-WXX"),
        ),
        "that-month-after-a-year",
    ),
    # a clause of "when" in the present looks ahead; in the past, or without its verb, not
    (
        (
            "The Pope will not meet Sanders when the Democratic presidential candidate speaks"
            " at a Vatican conference on Friday. He pulled the trigger when showing his"
            " shotgun Saturday evening. When he arrived in Iowa on Monday, he spoke."
        ),
        "2016-04-14",
        (
            ("Friday", "2016-04-15"),
            ("Saturday evening", "2016-04-09TEV"),
            ("Monday", "2016-04-11"),
        ),
        "when-he-speaks-on-friday",
    ),
    # "later Monday" looking ahead is the nearest Monday: a story dated the day after
    (
        "He may face a skeptical audience when he speaks later Monday. He will speak later Wednesday.",
        "2016-03-22",
        (("Monday", "2016-03-21"), ("Wednesday", "2016-03-23")),
        "later-monday-is-the-nearest",
    ),
    # a win wanted in a vote's day is still to come; a victory won is gone
    (
        (
            "Cruz, who badly needs a win in Tuesday's GOP primary in Indiana, got help."
            " The momentum from his victory in Tuesday's Republican primary helps."
        ),
        "2016-04-30",
        (("Tuesday", "2016-05-03"), ("Tuesday", "2016-04-26")),
        "needs-a-win-in-tuesdays-primary",
    ),
    # a day before or after a month is in that month, not the month before its first day
    (
        "He graduated in June. They had spoken just a day before.",
        "2016-07-28",
        (("June", "2016-06"), ("a day before", "2016-06")),
        "a-day-before-a-month",
    ),
    # "to be delivered Wednesday": ahead; "was to be held Monday": a plan gone
    (
        (
            "He revamped plans for an address on the military, to be delivered Wednesday."
            " The vote was to be held Monday but was delayed."
        ),
        "2015-11-17",
        (("Wednesday", "2015-11-18"), ("Monday", "2015-11-16")),
        "to-be-delivered-wednesday",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_38_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
