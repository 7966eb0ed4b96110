"""
Expressions found by the session 36 audits of news the rules were not written on.

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
    # a past decision to do something: the deed is told in the past too
    (
        "A man decided to settle a feud in a nightclub Sunday night, a detective said.",
        FRIDAY,
        (("Sunday night", "2015-02-22TNI"),),
        "decided-to-settle-sunday-night",
    ),
    (
        "As Trump prepared to speak to supporters on Tuesday, a girl was pepper-sprayed.",
        WEDNESDAY,
        (("Tuesday", "2016-03-29"),),
        "prepared-to-speak-tuesday",
    ),
    (
        "He is prepared to testify Monday.",
        FRIDAY,
        (("Monday", "2015-03-02"),),
        "is-prepared-to-still-ahead",
    ),
    ("She plans to testify Monday.", FRIDAY, (("Monday", "2015-03-02"),), "plans-to-ahead"),
    # "July 4th weekend": the holiday's weekend, as "the Fourth of July weekend"
    (
        "Fifteen people were shot over July 4th weekend.",
        "2014-07-07",
        (("July 4th weekend", "2014-W27-WE"),),
        "july-4th-weekend",
    ),
    (
        "The July 4 holiday weekend will be busy.",
        "2014-06-20",
        (("July 4 holiday weekend", "2014-W27-WE"),),
        "july-4-holiday-weekend-ahead",
    ),
    ("He was shot on July 4th.", "2014-07-07", (("July 4th", "2014-07-04"),), "july-4th-a-day"),
    # "this point last year" as "this time last year"
    (
        "At this point last year, there were 94 homicides.",
        "2016-08-13",
        (("this point last year", "2015"),),
        "this-point-last-year",
    ),
    ("The match point last year was close.", "2016-08-13", (("last year", "2015"),), "match-point"),
    # "the day" before "on" and a day: that day
    (
        "Names were released throughout the day on Sunday, June 12.",
        "2016-07-01",
        (("the day", "2016-06-12"), ("Sunday, June 12", "2016-06-12")),
        "the-day-on-a-date",
    ),
    (
        "He was hired in 2012. Officers worked through the day on Friday.",
        "2016-07-01",
        (("2012", "2012"), ("the day", "2016-07-01"), ("Friday", "2016-07-01")),
        "the-day-on-a-weekday-not-the-year-before",
    ),
    # "the next day or two": a length, roughly, as "a day or two"
    (
        "He should be released in the next day or two.",
        "2015-07-15",
        (("the next day or two", "P1D"),),
        "the-next-day-or-two",
    ),
    (
        "They spent a lot in Nevada in this last week or two.",
        "2016-02-18",
        (("this last week or two", "P1W"),),
        "this-last-week-or-two",
    ),
    (
        "He was shot on Monday. The next day two people came.",
        "2016-02-18",
        (("Monday", "2016-02-15"), ("The next day", "2016-02-16")),
        "the-next-day-two-people",
    ),
    # "overnight" names a night, as "Friday night": a midnight after it ends that night, and
    # the small hours after a midnight are the next day's
    (
        "A man shot his wife overnight. Shortly after midnight, deputies were dispatched.",
        "2017-01-19",
        (("overnight", "2017-01-18TNI"), ("midnight", "2017-01-18T24:00")),
        "midnight-after-overnight",
    ),
    (
        "A man was shot Tuesday night. Shortly after midnight, deputies came. He died at 1:30 a.m.",
        "2017-01-19",
        (
            ("Tuesday night", "2017-01-17TNI"),
            ("midnight", "2017-01-17T24:00"),
            ("1:30 a.m.", "2017-01-18T01:30"),
        ),
        "small-hours-after-midnight",
    ),
    # a weekday's vote after its possessive, told in the present with no past verb: ahead
    (
        "The PAC is spending millions to keep him from winning Tuesday's primaries in Ohio.",
        "2016-03-12",
        (("Tuesday", "2016-03-15"),),
        "is-spending-before-tuesdays-primaries",
    ),
    ("Trump won Tuesday's primary.", "2016-03-12", (("Tuesday", "2016-03-08"),), "won-tuesdays"),
    (
        "Trump is raising questions about his microphone during Monday's debate.",
        "2016-09-30",
        (("Monday", "2016-09-26"),),
        "is-raising-questions-about-mondays-debate",
    ),
    # a condition in the present looks ahead; a past verb in it, or one after the day, not
    (
        "If he wins Washington state on Saturday, he gains ground.",
        "2016-03-23",
        (("Saturday", "2016-03-26"),),
        "if-he-wins-on-saturday",
    ),
    ("If he won on Saturday, he gained.", "2016-03-23", (("Saturday", "2016-03-19"),), "if-won"),
    (
        "Kaine promised reform if he and Clinton take office in January.",
        "2016-08-01",
        (("January", "2017-01"),),
        "if-they-take-office-in-january",
    ),
    (
        "If October's debate was her escape, it did not last.",
        "2015-11-16",
        (("October", "2015-10"),),
        "if-right-before-the-day",
    ),
    # an evening told in the past after the reference day's morning: the day before's
    (
        "A boy was recovering Friday morning. Police were called just before 10 p.m.",
        "2016-04-08",
        (("Friday morning", "2016-04-08TMO"), ("10 p.m.", "2016-04-07T22:00")),
        "evening-after-the-mornings-telling",
    ),
    (
        "The attack began early Monday morning. Shortly before 7 p.m., officers found a worker.",
        "2013-09-16",
        (("early Monday morning", "2013-09-16TMO"), ("7 p.m.", "2013-09-16T19:00")),
        "evening-after-an-early-morning-incident",
    ),
    (
        "He will speak Friday morning. Police will meet at 9 p.m.",
        "2016-04-08",
        (("Friday morning", "2016-04-08TMO"), ("9 p.m.", "2016-04-08T21:00")),
        "evening-ahead",
    ),
    # a set-day vote in a relative clause in the present: its own tense, not the main verb's
    (
        "Rubio, whose candidacy is on the line in the primary on Tuesday, passed up chances.",
        "2016-03-12",
        (("Tuesday", "2016-03-15"),),
        "whose-candidacy-is-on-the-line-tuesday",
    ),
    (
        "Rubio, who is a senator, lost the primary on Tuesday, officials said.",
        "2016-03-12",
        (("Tuesday", "2016-03-08"),),
        "the-relative-clause-closed-before-the-day",
    ),
    # "week's end", "day's end", as "month's end"
    (
        "The problems would be forgotten by week's end.",
        "2016-07-20",
        (("week's end", "2016-W29"),),
        "by-weeks-end",
    ),
    (
        "He spoke Monday. At day's end, Clinton said he was happy.",
        "2016-07-20",
        (("Monday", "2016-07-18"), ("day's end", "2016-07-18")),
        "at-days-end-the-day-told",
    ),
    # plans in the present progressive: moving, retiring, opening...
    (
        "\u201cI'm moving out of here in July,\u201d she said.",
        "2013-02-20",
        (("July", "2013-07"),),
        "im-moving-out-in-july",
    ),
    ("She is retiring in June.", "2013-02-20", (("June", "2013-06"),), "is-retiring-in-june"),
    ("She moved out in July.", "2013-02-20", (("July", "2012-07"),), "moved-out-in-july"),
    # "a night shooting": when it happened, no length
    ("Police were calling it a night shooting.", "2016-12-16", (), "a-night-shooting"),
    (
        "They spent a night in jail.",
        "2016-12-16",
        (("a night", "P1D"),),
        "a-night-in-jail-is-a-length",
    ),
    # "that" after more verbs of saying is the conjunction, no part of the day
    (
        "Brooks stated that Thursday's GOP debate was a disaster.",
        "2016-03-11",
        (("Thursday", "2016-03-10"),),
        "stated-that-thursdays",
    ),
    ("That Thursday, police came.", "2016-03-11", (("That Thursday", "2016-03-10"),), "that-day"),
    # "this time next year": one expression, the period a year ahead
    (
        "Hopefully this time next year, nobody will care.",
        "2016-07-05",
        (("this time next year", "2017"),),
        "this-time-next-year",
    ),
    (
        "This week next year we will be in Paris.",
        "2016-07-05",
        (("This week next year", "2017-W27"),),
        "this-week-next-year",
    ),
    # "a day" after a plural and before "after": a distance from an event, no rate
    (
        "He walked back his comments a day after he said them.",
        "2016-08-01",
        (("a day", "P1D"),),
        "comments-a-day-after",
    ),
    (
        "The death comes a month after another child died.",
        "2016-08-01",
        (("a month", "P1M"),),
        "comes-a-month-after",
    ),
    ("He earns $100 a day after taxes.", "2016-08-01", (), "a-rate-before-after"),
    # "the morning after the shooting": the next day's morning
    (
        "Two were killed in a shooting early Monday. The morning after the shooting, he spoke.",
        "2016-07-26",
        (("early Monday", "2016-07-25"), ("The morning", "2016-07-26TMO")),
        "the-morning-after-the-shooting",
    ),
    (
        "Two were killed in a shooting Monday night. The evening before the shooting, he ate.",
        "2016-07-26",
        (("Monday night", "2016-07-25TNI"), ("The evening", "2016-07-24TEV")),
        "the-evening-before-the-shooting",
    ),
    # "earlier in the evening" after a small-hours time: the evening before
    (
        "A man was shot just before 1:47 a.m. It started earlier in the evening with a fight.",
        "2015-03-04",
        (("1:47 a.m.", "2015-03-04T01:47"), ("earlier in the evening", "2015-03-03TEV")),
        "earlier-in-the-evening-after-small-hours",
    ),
    (
        "A man was shot just before 1:47 a.m. Later in the evening, police held a vigil.",
        "2015-03-04",
        (("1:47 a.m.", "2015-03-04T01:47"), ("Later in the evening", "2015-03-04TEV")),
        "later-in-the-evening-after-small-hours",
    ),
    # "Today," opening a sentence of a role held: nowadays
    (
        "His father refused to call him Ted. Today, Mr. Cruz serves as his surrogate.",
        "2015-12-18",
        (("Today", "PRESENT_REF"),),
        "today-serves-as",
    ),
    # "Now" after a number in a name ("Newschannel 6 Now"), as after a capitalised word
    ("KAUZ-TV: Newschannel 6 Now | Wichita Falls, TX", "2016-12-02", (), "newschannel-6-now"),
    # a quotation led in by a sentence opening with its day: "On Tuesday, X said: ..."
    (
        'On Tuesday, at the camp, Mr. Zahed said: "The attack that happened today is terrible."',
        "2016-03-23",
        (("Tuesday", "2016-03-22"), ("today", "2016-03-22")),
        "on-tuesday-x-said-today",
    ),
    (
        'Mr. Zahed said: "The attack that happened today is terrible."',
        "2016-03-23",
        (("today", "2016-03-23"),),
        "x-said-today-no-day",
    ),
    # a late night told in the past with no day named: the night gone
    (
        "Six men were shot at a late-night party, police said.",
        "2015-07-20",
        (("late-night", "2015-07-19TNI"),),
        "late-night-party-gone",
    ),
    (
        "Police will hold a late-night vigil.",
        "2015-07-20",
        (("late-night", "2015-07-20TNI"),),
        "late-night-vigil-ahead",
    ),
    # "overnight" as "suddenly": after a hedge, or closing a clause of doubling
    ("The deal doubled HP's size virtually overnight.", "2016-01-20", (), "virtually-overnight"),
    (
        "It meant virtually doubling HP's size and stature overnight.",
        "2016-01-20",
        (),
        "doubling-overnight",
    ),
    (
        "A man was shot overnight.",
        "2016-01-20",
        (("overnight", "2016-01-19TNI"),),
        "shot-overnight",
    ),
    # "One evening in the 1960s, he ...": some evening of the story, as "One night"
    (
        "One evening in the 1960s, he came home.",
        "2016-01-04",
        (("One evening", "XXXX-XX-XXTEV"), ("the 1960s", "196")),
        "one-evening-opening",
    ),
    ("The one evening class filled up.", "2016-01-04", (), "one-evening-class"),
    # "those" opens a duration as "these" does
    (
        "He met the families those first few days after the shooting.",
        "2016-08-08",
        (("those first few days", "PXD"),),
        "those-first-few-days",
    ),
    ("Those days are gone.", "2016-08-08", (), "those-days-are-gone"),
    # "the past" before a plural in "-ings" is an adjective ("the past shootings")
    (
        "It is because of the past shootings and the present shootings.",
        "2016-09-20",
        (),
        "the-past-shootings",
    ),
    ("In the past, he was calm.", "2016-09-20", (("the past", "PAST_REF"),), "in-the-past"),
    # a slogan of all time: "today, tomorrow, forever"
    (
        'Cruz pledged to oppose legal status "today, tomorrow, forever."',
        "2015-12-21",
        (("today", "PRESENT_REF"), ("tomorrow", "FUTURE_REF")),
        "today-tomorrow-forever",
    ),
    (
        'He declared: "segregation now, segregation tomorrow, segregation forever."',
        "2015-12-21",
        (("now", "PRESENT_REF"), ("tomorrow", "FUTURE_REF")),
        "segregation-tomorrow-forever",
    ),
    (
        "We will meet today and tomorrow.",
        "2015-12-21",
        (("today", "2015-12-21"), ("tomorrow", "2015-12-22")),
        "today-and-tomorrow",
    ),
    # a time zone written with dots ("E.T.") is part of the time
    (
        "The debate starts at 9 p.m. E.T. on Monday.",
        "2016-09-26",
        (("9 p.m. E.T. on Monday", "2016-09-26T21:00"),),
        "nine-pm-e-t",
    ),
    # "last winter" said during a winter is the one before it
    (
        "When Obama flew to Boise for a speech last winter, he met her.",
        "2016-01-20",
        (("last winter", "2014-WI"),),
        "last-winter-said-in-january",
    ),
    ("Last winter was cold.", "2016-07-20", (("Last winter", "2015-WI"),), "last-winter-in-july"),
    # "the run-up to", "the lead up to": ahead, as "ahead of"
    (
        "The Latest in the lead up to Tuesday's New York primary.",
        "2016-04-14",
        (("Tuesday", "2016-04-19"),),
        "lead-up-to-tuesdays-primary",
    ),
    (
        "Spending surged in the run-up to the voting kickoff on Monday.",
        "2016-01-29",
        (("Monday", "2016-02-01"),),
        "run-up-to-monday",
    ),
    (
        "In the run-up to the March 1 contests, Rubio assumed he would win.",
        "2016-04-14",
        (("March 1", "2016-03-01"),),
        "run-up-to-a-frame-in-the-past",
    ),
    # a distance with its day set after it: the distance
    (
        "Obama will campaign next Thursday. Biden comes nearly two weeks later, on Sept. 13.",
        "2016-08-26",
        (("next Thursday", "2016-09-01"), ("nearly two weeks", "P2W"), ("Sept. 13", "2016-09-13")),
        "two-weeks-later-on-a-date",
    ),
    (
        "Obama will campaign next Thursday. Biden comes two weeks later.",
        "2016-08-26",
        (("next Thursday", "2016-09-01"), ("two weeks later", "2016-09-15")),
        "two-weeks-later-counted",
    ),
    # "year olds" is an age; a sentence glued to an incident noun leaves it a noun
    (
        "The victims were 17-year olds Zytavious Anderson and Shanteria Timmons.",
        "2014-07-28",
        (),
        "seventeen-year-olds",
    ),
    (
        "Police say a teen was injured in a weekend shooting.A 14-year old girl showed up.",
        "2014-07-28",
        (("weekend", "2014-W30-WE"),),
        "weekend-shooting-glued-sentence",
    ),
    # "this winter" said in February: the winter under way
    (
        "The nominating contests this winter drew crowds.",
        "2016-02-01",
        (("this winter", "2015-WI"),),
        "this-winter-said-in-february",
    ),
    ("It snowed this winter.", "2016-12-15", (("this winter", "2016-WI"),), "this-winter-in-dec"),
    (
        "The undercard begins at 7 p.m. Eastern, followed by the main debate.",
        "2015-11-10",
        (("7 p.m. Eastern", "2015-11-10T19:00"),),
        "seven-pm-eastern",
    ),
    (
        "He spoke at 7 p.m. Eastern Michigan University hosted it.",
        "2015-11-10",
        (("7 p.m.", "2015-11-10T19:00"),),
        "seven-pm-before-a-name",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_36_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
