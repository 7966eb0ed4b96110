"""
Expressions found by the session 43 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # an irregular past participle right before a day puts it in the past, as "-ed" does,
    # even when a future governs the sentence further left
    (
        "The coroner will examine the two officers slain in an ambush this weekend.",
        "2016-07-18",  # a Monday
        (("this weekend", "2016-W28-WE"),),
        "slain-this-weekend-in-a-future-sentence",
    ),
    (
        "He will testify Tuesday about the car stolen from the lot Friday.",
        "2016-07-18",
        (("Tuesday", "2016-07-19"), ("Friday", "2016-07-15")),
        "stolen-friday-after-a-future",
    ),
    (
        "The car will be taken to the county lot on Friday.",
        "2016-07-18",
        (("Friday", "2016-07-22"),),
        "a-passive-participle-leaves-the-future",
    ),
    (
        "The family will get the stolen car back Friday.",
        "2016-07-18",
        (("Friday", "2016-07-22"),),
        "a-participle-as-adjective-leaves-the-future",
    ),
    # the two digits after a year and a dash end a range of years: no count of years, the
    # second year (session 47)
    (
        "The county's budget for the 2015-16 fiscal year was cut.",
        "2016-07-18",
        (("2015", "2015"), ("16", "2016")),
        "year-range-no-count-of-fiscal-years",
    ),
    (
        "Testimony came on November 12, 2012\u2013six days after the vote.",
        "2016-07-18",
        (("November 12, 2012", "2012-11-12"), ("six days", "P6D")),
        "a-dash-after-a-year-then-a-length",
    ),
    # a month, a day and two digits of the year with dashes, in a release of that year
    (
        "Released by Sgt. Jones 1-17-17.",
        "2017-01-18",
        (("1-17-17", "2017-01-17"),),
        "dashed-date-two-digit-year",
    ),
    (
        "Both were arrested on 12-30-16 and jailed.",
        "2017-01-04",
        (("12-30-16", "2016-12-30"),),
        "dashed-date-year-before",
    ),
    ("The council passed it on a 4-10-65 split.", "2017-01-18", (), "dashed-digits-far-year"),
    ("Released by Sgt. Jones 1-17-17.", None, (), "dashed-date-no-reference"),
    # "opened fire", "gunfire", "wounding" tell of the incident: a weekday read in the past
    # after it tells what followed it, the one after the incident in a story dated that day
    (
        "A gunman opened fire outside a nightclub Sunday. He appeared in court on Monday.",
        "2016-10-16",  # a Sunday
        (("Sunday", "2016-10-16"), ("Monday", "2016-10-17")),
        "opened-fire-then-court-monday",
    ),
    (
        "Gunfire erupted outside a bar Sunday, wounding two. A suspect was arrested Monday.",
        "2016-10-16",
        (("Sunday", "2016-10-16"), ("Monday", "2016-10-17")),
        "gunfire-then-arrest-monday",
    ),
    # a report two days after the page's date moves a weekday only past a weekend
    (
        (
            "Following a standoff early Monday, police linked Smith to the shooting death of a"
            " boy last week. Police confirmed the connection to the shooting that occurred"
            " Thursday night."
        ),
        "2016-01-18",  # a Monday
        (
            ("early Monday", "2016-01-18"),
            ("last week", "2016-W02"),
            ("Thursday night", "2016-01-14TNI"),
        ),
        "thursday-in-mondays-paper-no-weekend-between",
    ),
    (
        "A man was shot and killed Friday night. Police said a suspect was arrested Monday.",
        "2016-10-14",  # a Friday
        (("Friday night", "2016-10-14TNI"), ("Monday", "2016-10-17")),
        "monday-in-fridays-paper-after-the-weekend",
    ),
    # a clause opening with "later" tells of a weekday after the day named before it
    (
        (
            "Two people were shot at a party on Sunday night. Several hours later, one person"
            " was shot early Monday morning."
        ),
        "2015-06-28",  # a Sunday
        (
            ("Sunday night", "2015-06-28TNI"),
            ("Several hours", "PTXH"),
            ("early Monday morning", "2015-06-29TMO"),
        ),
        "hours-later-monday-after-sunday-night",
    ),
    (
        "Two people were shot at a party Sunday night. Later, a third was shot Monday.",
        "2015-06-28",
        (("Sunday night", "2015-06-28TNI"), ("Monday", "2015-06-29")),
        "later-monday-after-sunday-night",
    ),
    (
        "Two people were shot at a party Sunday night. Later, a third was shot Monday.",
        "2015-07-01",  # a Wednesday: the Monday after is past already
        (("Sunday night", "2015-06-28TNI"), ("Monday", "2015-06-29")),
        "later-monday-in-wednesdays-paper",
    ),
    (
        "Later, police said a man was arrested Monday.",
        "2015-06-28",
        (("Monday", "2015-06-22"),),
        "later-no-day-named-before",
    ),
    # noon and midnight join the day after them, as a clock time does
    (
        "The blast happened around midnight last night.",
        "2016-07-18",
        (("around midnight last night", "2016-07-17T24:00"),),
        "around-midnight-last-night",
    ),
    (
        "The siege began Friday. It ended at noon the next day.",
        "2016-07-18",
        (("Friday", "2016-07-15"), ("noon the next day", "2016-07-16T12:00")),
        "noon-the-next-day",
    ),
    (
        "The blast happened at noon last night.",
        "2016-07-18",
        (("noon", "2016-07-17T12:00"), ("last night", "2016-07-17TNI")),
        "noon-is-no-time-of-a-night",
    ),
    # a weekday in the name of a day of history is no weekday to resolve
    ("It became known as Bloody Friday.", "2016-07-18", (), "bloody-friday"),
    ("He was killed during Bloody Sunday in Derry.", "2016-07-18", (), "bloody-sunday"),
    ("Stocks crashed on Black Monday.", "2016-07-18", (), "black-monday"),
    (
        "It was a bloody Sunday in Kabul.",
        "2016-07-18",
        (("Sunday", "2016-07-17"),),
        "a-bloody-sunday-in-lower-case-is-a-day",
    ),
    # with no reference, a day of a month takes the year the story was just told in
    (
        "He rented the truck on April 15, 1995. He kept it until April 17.",
        None,
        (("April 15, 1995", "1995-04-15"), ("April 17", "1995-04-17")),
        "no-reference-day-in-the-narrative-year",
    ),
    (
        "He rented the truck in December 1995. He kept it until January 2.",
        None,
        (("December 1995", "1995-12"), ("January 2", "1996-01-02")),
        "no-reference-day-past-new-year",
    ),
    (
        "The militias captured the town in March 2019. In April, two dozen fighters were killed.",
        None,
        (("March 2019", "2019-03"), ("April", "XXXX-04")),
        "no-reference-month-alone-stays-open",
    ),
    ("He kept it until April 17.", None, (("April 17", "XXXX-04-17"),), "no-reference-no-year"),
    # a holiday with no reference keeps the month and day it is always on
    (
        "He came home for Christmas.",
        None,
        (("Christmas", "XXXX-12-25"),),
        "christmas-no-reference",
    ),
    (
        "He came home for Thanksgiving.",
        None,
        (("Thanksgiving", "XXXX-11-XX"),),
        "thanksgiving-no-reference",
    ),
    ("He came home for Easter.", None, (("Easter", "XXXX-XX-XX"),), "easter-no-reference"),
    # "over" before a vague stretch gone by tells how long, as "for" and "during" do (TimeBank
    # writes "over the past two years" as a length each time)
    (
        "Police have made arrests over the past few days.",
        "2016-11-18",
        (("the past few days", "PXD"),),
        "over-the-past-few-days",
    ),
    (
        "Prices have risen over the last several years.",
        "2016-11-18",
        (("the last several years", "PXY"),),
        "over-the-last-several-years",
    ),
    (
        "Police have made arrests in the past few days.",
        "2016-11-18",
        (("the past few days", "PAST_REF"),),
        "in-the-past-few-days-stays-the-recent-past",
    ),
    # a whole count after "in" in a clause with a future auxiliary is the time that far ahead,
    # as TimeBank writes "would be redeemed in five years" (1994)
    (
        "A degree will cost $160,000 in 18 years.",
        "2016-09-24",
        (("18 years", "2034"),),
        "will-cost-in-18-years",
    ),
    (
        "He said he would know in six months whether a deal was possible.",
        "2015-12-10",
        (("six months", "2016-06"),),
        "would-know-in-six-months",
    ),
    (
        "The state will hold its primary in two weeks.",
        "2016-03-02",
        (("two weeks", "2016-W11"),),
        "will-hold-in-two-weeks",
    ),
    (
        "It will be the first increase in five years.",
        "2016-09-24",
        (("five years", "P5Y"),),
        "first-in-five-years-is-a-length",
    ),
    (
        "She'll wear the dress she hasn't worn in six months.",
        "2016-03-15",
        (("six months", "P6M"),),
        "hasnt-worn-in-six-months-is-a-length",
    ),
    (
        "I pledged to create 700,000 jobs in seven years.",
        "2016-01-08",
        (("seven years", "P7Y"),),
        "a-past-pledge-in-seven-years-is-a-length",
    ),
    (
        "The country can accept 85,000 refugees in a year.",
        "2016-01-08",
        (("a year", "P1Y"),),
        "in-a-year-stays-a-length",
    ),
    # "last year at this time" is one expression, as "this time last year" is
    (
        "Last year at this time, the city had 20 homicides.",
        "2017-03-30",
        (("Last year at this time", "2016"),),
        "last-year-at-this-time",
    ),
    (
        "A year ago at the same time, the city had 20 homicides.",
        "2017-03-30",
        (("A year ago at the same time", "2016"),),
        "a-year-ago-at-the-same-time",
    ),
    # a figure and a capitalised unit name a work, even opening a sentence or quoted in a
    # headline in title case
    (
        "13 Hours will cover the 2012 Benghazi attack.",
        "2016-01-12",
        (("2012", "2012"),),
        "a-film-title-opening-a-sentence",
    ),
    (
        "Benghazi Movie \u201913 Hours\u2019 Is About To Come Out",
        "2016-01-12",
        (),
        "a-quoted-film-title-in-a-headline",
    ),
    (
        "Man Held 13 Hours In Standoff",
        "2016-01-12",
        (("13 Hours", "PT13H"),),
        "a-title-case-headline",
    ),
    ("Hours later, police left.", "2016-01-12", (("Hours", "PTXH"),), "a-unit-opening-a-sentence"),
    # a holiday before "shopping" or "market" names the season's trade, no day
    (
        "The bonuses are paid just in time for Christmas shopping.",
        "2015-12-01",
        (),
        "christmas-shopping",
    ),
    # "two summers ago": that season so many years before the last one
    (
        "Two summers back, he ran for mayor.",
        "2016-07-11",
        (("Two summers back", "2014-SU"),),
        "two-summers-back-in-summer",
    ),
    (
        "Two summers ago, he ran for mayor.",
        "2016-12-10",
        (("Two summers ago", "2015-SU"),),
        "two-summers-ago-in-december",
    ),
    (
        "Two winters ago, the lake froze.",
        "2017-01-10",
        (("Two winters ago", "2014-WI"),),
        "two-winters-ago-in-winter",
    ),
    ("The water falls two feet.", "2017-01-10", (), "falls-is-no-season"),
    # a year opening the sentence frames a season named later in it, as it frames a month
    (
        "In 2008, they ran against John McCain in the fall.",
        "2016-02-10",
        (("2008", "2008"), ("the fall", "2008-FA")),
        "a-year-frames-the-fall",
    ),
    (
        "In 2012, he lost, but he will run again in the fall.",
        "2016-02-10",
        (("2012", "2012"), ("the fall", "2016-FA")),
        "a-past-frame-leaves-a-future-fall",
    ),
    # a clock time of when someone's days begin is a habit, on no day
    (
        "For the workers, their days begin at 4:30 a.m. and end at dusk.",
        "2016-07-11",
        (("4:30 a.m.", "XXXX-XX-XXT04:30"),),
        "their-days-begin-at",
    ),
    (
        "His day began at 5 a.m. on Monday when the alarm rang.",
        "2016-07-11",
        (("5 a.m. on Monday", "2016-07-11T05:00"),),
        "his-day-began-on-monday",
    ),
    # a day of a month on from a dated day of the year before goes on with its story
    (
        (
            "On March 2, 2015, she sent the email. The following day, aides met. On March"
            " 25, the server was wiped."
        ),
        "2016-04-20",
        (
            ("March 2, 2015", "2015-03-02"),
            ("The following day", "2015-03-03"),
            ("March 25", "2015-03-25"),
        ),
        "march-25-after-march-2-2015",
    ),
    (
        "On March 2, 2015, she sent the email. On Feb. 25, the server was wiped.",
        "2016-04-20",
        (("March 2, 2015", "2015-03-02"), ("Feb. 25", "2016-02-25")),
        "an-earlier-month-is-no-sequel",
    ),
    # a length before "birthday" is an age
    (
        "Relatives had gathered for the baby's 6-month birthday party.",
        "2016-07-18",
        (),
        "month-birthday-is-an-age",
    ),
    (
        "The baby was born a month early.",
        "2016-07-18",
        (("a month", "P1M"),),
        "a-month-early-is-a-length",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_43_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
