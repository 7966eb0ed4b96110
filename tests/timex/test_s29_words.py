"""
Words and cues found by the session 29 audits of political and local news.

A quotation's "today", "tonight" or "this morning" counted from the day it was spoken when
the words next to the quotation name that day ("the mayor said Sunday"), and a programme
quoted after its network: each was read wrongly. Each case is ``(text, reference, expected,
why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

REF = "2016-11-16"  # a Wednesday

CASES: list[Case] = [
    (
        '"We opened the school today," the principal said Monday.',
        REF,
        (("today", "2016-11-14"), ("Monday", "2016-11-14")),
        "today-in-a-quote-said-on-a-weekday",
    ),
    (
        "\u201cThe march will go ahead tonight!\u201d the organiser tweeted Saturday.",
        REF,
        (("tonight", "2016-11-12TNI"), ("Saturday", "2016-11-12")),
        "tonight-in-a-quote-tweeted-on-a-weekday",
    ),
    (
        (
            '"These attacks will not go unanswered," the mayor said Sunday evening.'
            ' "There were hundreds of people out there today."'
        ),
        REF,
        (("Sunday evening", "2016-11-13TEV"), ("today", "2016-11-13")),
        "a-second-quote-after-the-attribution-of-the-first",
    ),
    (
        'The sheriff said on Tuesday that she "met the family this morning."',
        REF,
        (("Tuesday", "2016-11-15"), ("this morning", "2016-11-15TMO")),
        "said-on-a-weekday-before-the-quote",
    ),
    (
        (
            '"I saw him last night," the neighbour told The Associated Press on Monday,'
            " standing on her porch."
        ),
        REF,
        (("last night", "2016-11-13TNI"), ("Monday", "2016-11-14")),
        "last-night-in-a-quote-told-a-paper-on-a-weekday",
    ),
    (
        (
            '"He is dangerous, and he used violence today," the chief said during a news'
            " conference Tuesday."
        ),
        REF,
        (("today", "2016-11-15"), ("Tuesday", "2016-11-15")),
        "said-during-a-news-conference-on-a-weekday",
    ),
    (
        "The governor issued a statement Monday night in which he said, \u201cWe grieve today.\u201d",
        REF,
        (("Monday night", "2016-11-14TNI"), ("today", "2016-11-14")),
        "a-statement-on-a-weekday-night",
    ),
    (
        'The chief spoke at a Tuesday press conference. "We arrested him yesterday."',
        REF,
        (("Tuesday", "2016-11-15"), ("yesterday", "2016-11-14")),
        "yesterday-after-a-weekday-press-conference",
    ),
    (
        '"We will find them tomorrow," the sheriff said Monday.',
        REF,
        (("tomorrow", "2016-11-15"), ("Monday", "2016-11-14")),
        "tomorrow-counted-from-the-day-it-was-said",
    ),
    # controls: the day is not the day of the saying, or it is the reference
    (
        '"We are heartbroken today," said the mother of the man shot Saturday.',
        REF,
        (("today", "2016-11-16"), ("Saturday", "2016-11-12")),
        "a-weekday-of-the-incident-is-no-day-of-saying",
    ),
    (
        '"We opened the school today," the principal said Wednesday.',
        REF,
        (("today", "2016-11-16"), ("Wednesday", "2016-11-16")),
        "said-on-the-reference-day",
    ),
    (
        '"We opened the school today," the principal said. Police said Monday the boy was hurt.',
        REF,
        (("today", "2016-11-16"), ("Monday", "2016-11-14")),
        "a-weekday-in-the-next-sentence-dates-no-quote",
    ),
    (
        '"The vote will be held tomorrow," the senator will say Friday.',
        REF,
        (("tomorrow", "2016-11-17"), ("Friday", "2016-11-18")),
        "a-saying-still-to-come",
    ),
    (
        "We closed the school today, the principal said Monday.",
        REF,
        (("today", "2016-11-16"), ("Monday", "2016-11-14")),
        "no-quotation-marks",
    ),
    # a programme quoted after its network
    (
        "He said in a Monday interview on CBS\u2019s \u201cThis Morning,\u201d that he won.",
        REF,
        (("Monday", "2016-11-14"),),
        "a-programme-quoted-after-its-network",
    ),
    (
        '"This morning, we buried him," she said Tuesday.',
        REF,
        (("This morning", "2016-11-15TMO"), ("Tuesday", "2016-11-15")),
        "this-morning-opening-a-quote-is-no-programme",
    ),
    # weekends, directions, lengths
    (
        "Aides were sent to Phoenix for the coming weekend.",
        "2016-06-14",
        (("the coming weekend", "2016-W24-WE"),),
        "the-coming-weekend-said-on-a-tuesday",
    ),
    (
        "Aides were sent to Phoenix for the coming weekend.",
        "2016-06-19",
        (("the coming weekend", "2016-W25-WE"),),
        "the-coming-weekend-said-on-a-sunday",
    ),
    (
        "If we remember one thing about her, who died Sunday at 94, it will be her smile.",
        "2016-03-07",
        (("Sunday", "2016-03-06"),),
        "a-short-past-verb-before-a-weekday-beats-a-later-will",
    ),
    (
        "The appeal will be over when the case is heard in May.",
        "2016-03-07",
        (("May", "2016-05"),),
        "a-participle-of-a-present-passive-is-no-past",
    ),
    (
        "We work for eight hours plus, six days a week.",
        REF,
        (("eight hours plus", "PT8H"), ("six days a week", "P1W")),
        "a-trailing-plus-is-more-than",
    ),
    (
        "It took two hours plus travel time.",
        REF,
        (("two hours", "PT2H"),),
        "plus-before-a-noun-adds-it",
    ),
    (
        "He has led the party for a year-plus.",
        REF,
        (("a year-plus", "P1Y"),),
        "a-year-plus-keeps-its-article",
    ),
    (
        "He runs the committee in a year that already had a good map.",
        REF,
        (),
        "a-year-that-already-had-is-a-year-described",
    ),
    (
        "It was the culmination of a week that saw the index fall.",
        REF,
        (("a week", "P1W"),),
        "a-week-that-saw-stays-a-length",
    ),
    (
        "The record has not been matched to this day.",
        REF,
        (("this day", "PRESENT_REF"),),
        "to-this-day-is-up-to-now",
    ),
    # clock times and nights
    (
        "He was shot about 12:45 a.m. last Saturday outside a bar.",
        REF,
        (("about 12:45 a.m. last Saturday", "2016-11-12T00:45"),),
        "a-clock-time-on-last-saturday",
    ),
    (
        "The shooting happened at about 1:30 a.m. last night.",
        REF,
        (("about 1:30 a.m.", "2016-11-16T01:30"), ("last night", "2016-11-15TNI")),
        "small-hours-of-last-night-are-on-the-reference",
    ),
    (
        "The shooting happened at 11 p.m. last night.",
        REF,
        (("11 p.m. last night", "2016-11-15T23:00"),),  # one time since session 33
        "late-hours-of-last-night-are-the-day-before",
    ),
    (
        "He was shot the night before the Fourth of July.",
        REF,
        (("the night before the Fourth of July", "2016-07-03TNI"),),
        "the-night-before-a-holiday",
    ),
    (
        "They met the night after Christmas.",
        "2016-12-28",
        (("the night after Christmas", "2016-12-26TNI"),),
        "the-night-after-a-holiday",
    ),
    (
        "Shootings are down from this time last year.",
        REF,
        (("this time last year", "2015"),),
        "this-time-last-year",
    ),
    # directions from the verbs around a weekday
    (
        "The ads could hit the airwaves Monday.",
        REF,
        (("Monday", "2016-11-21"),),
        "a-modal-before-a-bare-hit-looks-ahead",
    ),
    (
        "Will had nothing but praise for the Nov. 14 speech.",
        REF,
        (("Nov. 14", "2016-11-14"),),
        "will-as-a-name-is-no-modal",
    ),
    (
        "A merger announced Monday would turn the firm into an Irish one.",
        REF,
        (("Monday", "2016-11-14"),),
        "a-participle-before-a-weekday-beats-a-modal-after-it",
    ),
    (
        "A vote scheduled Friday would settle it.",
        REF,
        (("Friday", "2016-11-18"),),
        "a-scheduled-day-stays-ahead",
    ),
    (
        "He was set to receive an endorsement on Thursday.",
        REF,
        (("Thursday", "2016-11-17"),),
        "was-set-to-takes-the-nearest-day",
    ),
    (
        "Protesters were planning to drive around the airport on Saturday.",
        REF,
        (("Saturday", "2016-11-19"),),
        "were-planning-to-looks-ahead",
    ),
    # sets, ranges, ages, phases
    (
        "They meet every weekend, and he sees his son every other weekend.",
        REF,
        (("every weekend", "XXXX-WXX-WE"), ("every other weekend", "P2W")),
        "every-weekend-and-every-other-weekend",
    ),
    (
        "He hears gunshots every other day.",
        REF,
        (("every other day", "P2D"),),
        "every-other-day",
    ),
    (
        "He faces 6-30 years in prison.",
        REF,
        (("6-30 years", "P6Y"),),
        "a-hyphenated-range-of-years",
    ),
    (
        "An 11-month-boy and a 22-year-woman were wounded.",
        REF,
        (),
        "an-age-with-old-left-out-is-no-length",
    ),
    (
        "In its early years the bank grew, and in the ensuing minutes he fled.",
        REF,
        (("its early years", "PXY"), ("the ensuing minutes", "PTXM")),
        "a-possessive-phase-and-the-ensuing-minutes",
    ),
    # quarters, days, weekends
    (
        "Profits rose last quarter, but fell in the last quarter of 2015.",
        "2016-06-15",
        (("last quarter", "2016-Q1"), ("the last quarter of 2015", "2015-Q4")),
        "last-quarter-is-the-one-before",
    ),
    (
        "Profits rose last quarter.",
        "2016-02-15",
        (("last quarter", "2015-Q4"),),
        "last-quarter-in-the-first-quarter",
    ),
    (
        "Volunteers waited through the day; she went through the day care.",
        REF,
        (("the day", "2016-11-16"),),
        "through-the-day",
    ),
    (
        "Six people were killed in a violent weekend.",
        REF,
        (("a violent weekend", "2016-W45-WE"),),
        "a-violent-weekend",
    ),
    (
        "Until Monday's announcement, stocks were trading higher.",
        REF,
        (("Monday", "2016-11-14"),),
        "until-opening-a-past-sentence",
    ),
    (
        "Until Friday, the store is closed.",
        REF,
        (("Friday", "2016-11-18"),),
        "until-opening-a-present-sentence",
    ),
    # frames and follow-ups
    (
        (
            "There were two shootings at the club in 2015: one on New Year's Day and"
            " another in September."
        ),
        "2017-03-26",
        (("2015", "2015"), ("New Year's Day", "2015-01-01"), ("September", "2015-09")),
        "a-year-before-a-colon-frames-the-list",
    ),
    (
        "He won in 2012: he will run again in November.",
        "2017-03-26",
        (("2012", "2012"), ("November", "2017-11")),
        "a-colon-year-frames-no-month-ahead",
    ),
    (
        "January started the year with at least 50 homicides.",
        "2016-12-19",
        (("January", "2016-01"), ("the year", "2016")),
        "a-month-as-the-subject-of-a-past-verb",
    ),
    (
        "A man was shot early Sunday. Police arrested Smith. He appeared in court on Monday.",
        "2014-07-13",
        (("early Sunday", "2014-07-13"), ("Monday", "2014-07-14")),
        "a-court-appearance-follows-the-incident",
    ),
    # seasons, weekends, names
    (
        "Her union campaigned through the summer and fall.",
        "2016-07-14",
        (("the summer", "2016-SU"), ("fall", "2016-FA")),
        "a-season-after-another-takes-its-year",
    ),
    (
        "The program runs through the winter and spring.",
        "2016-07-14",
        (("the winter", "2015-WI"), ("spring", "2016-SP")),
        "a-season-earlier-in-the-year-takes-the-next",
    ),
    (
        "They lived in the Spring Haven Village Apartments near Fall River.",
        "2016-07-14",
        (),
        "a-capitalised-season-opening-a-name",
    ),
    (
        "Police are investigating a murder-suicide this weekend.",
        "2016-08-29",
        (("this weekend", "2016-W34-WE"),),
        "this-weekend-in-mondays-paper",
    ),
    (
        "The fair opens this weekend.",
        "2016-08-29",
        (("this weekend", "2016-W35-WE"),),
        "this-weekend-ahead-in-mondays-paper",
    ),
    (
        "She spoke in the past tense at a Christmas-themed party.",
        REF,
        (),
        "the-past-tense-and-a-christmas-theme",
    ),
    (
        "They are working on a year-end deal after two or more years and over decades in business.",
        "2015-12-28",
        (
            ("year-end", "2015-12-31"),
            ("two or more years", "P2Y"),
            ("decades", "PXY"),
        ),
        "year-end-two-or-more-years-over-decades",
    ),
    # ends, programmes, idioms, election autumns
    (
        "He recalled his show Lopez Tonight; protesters target Hillary At Tonight's Debate.",
        "2016-02-11",
        (("Tonight", "2016-02-11TNI"),),
        "a-show-named-tonight-and-tonights-debate",
    ),
    (
        "I do not believe for a minute that he lied, but he waited for a minute.",
        REF,
        (("a minute", "PT1M"),),
        "believe-for-a-minute-is-no-length",
    ),
    (
        "I saw him the other day near F.M. 1960.",
        REF,
        (("the other day", "PAST_REF"),),
        "the-other-day-and-a-farm-road",
    ),
    (
        "He met the 20th-century activist and the 1970s-era catcher.",
        REF,
        (("20th-century", "19"), ("1970s", "197")),
        "a-century-or-decade-as-an-adjective-leaves-the-article",
    ),
    (
        "The party could splinter and lose in the fall.",
        "2016-04-12",
        (("the fall", "2016-FA"),),
        "losing-in-the-fall-of-an-election-year",
    ),
    (
        "The leaves turned in the fall.",
        "2016-04-12",
        (("the fall", "2015-FA"),),
        "a-past-fall-in-an-election-year",
    ),
    (
        "It followed the collapse of 2008-9; case 2016-3 was filed over the past half-dozen days.",
        REF,
        (("2008", "2008"), ("9", "2009"), ("the past half-dozen days", "P6D")),
        "a-year-range-with-one-digit-and-a-half-dozen-days",
    ),
    (
        "He was shot around 7 last night; his friend left at 2 last night.",
        REF,
        (("around 7 last night", "2016-11-15T19:00"), ("2 last night", "2016-11-16T02:00")),
        "a-bare-hour-last-night",
    ),
    (
        "He was gone for just a minute or two when the boy found the gun.",
        REF,
        (("a minute or two", "PT1M"),),
        "a-minute-or-two-before-a-word",
    ),
    (
        "Ryan says the order can be overturned if a Republican is elected president in November.",
        "2016-01-05",
        (("November", "2016-11"),),
        "a-present-passive-in-an-election-year",
    ),
    (
        "I remember every second of it; he worked for Current TV.",
        REF,
        (),
        "every-second-of-it-and-current-tv",
    ),
    (
        "Police seek a gray or silver, 2005 or 2006, Toyota Tacoma and a 2005 or 2006 Toyota Tundra.",
        REF,
        (),
        "two-model-years-before-a-make",
    ),
    (
        "The boy turns 6 on Sunday; he faces four second-degree felony counts.",
        "2017-01-18",
        (("Sunday", "2017-01-22"),),
        "turns-on-a-weekday-looks-ahead-and-second-degree",
    ),
    (
        "He runs every morning and reads each evening.",
        REF,
        (("every morning", "XXXX-XX-XXTMO"), ("each evening", "XXXX-XX-XXTEV")),
        "every-morning-each-evening",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
def test_session_29_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
