"""
Words and cues found by the session 28 audits of political and local news.

Clock times in US zones ("6 p.m. ET"), a weekday named after the place of a clock time, the
night before a small-hours shooting, road and house numbers that are no years, a "night
club", a holiday weekend with "holiday" in it, "day-after-Thanksgiving" and the early-morning
news shows: each was read wrongly or missed. Each case is ``(text, reference, expected,
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
        "The game starts at 6 p.m. ET Tuesday.",
        "2016-11-13",
        (("6 p.m. ET Tuesday", "2016-11-15T18:00"),),
        "eastern-time",
    ),
    ("The show airs at 9 p.m. PT.", REF, (("9 p.m. PT", "2016-11-16T21:00"),), "pacific-time"),
    (
        "They left at 9 a.m. et cetera.",
        REF,
        (("9 a.m.", "2016-11-16T09:00"),),
        "et-in-lower-case-is-no-zone",
    ),
    (
        "Police were called at about 5:45 p.m. in the 100 block of Oak Road on Saturday.",
        REF,
        (("about 5:45 p.m.", "2016-11-12T17:45"), ("Saturday", "2016-11-12")),
        "clock-then-a-place-then-its-day",
    ),
    (
        "At an 11 a.m. news conference Monday, police showed photos.",
        REF,
        (("11 a.m.", "2016-11-14T11:00"), ("Monday", "2016-11-14")),
        "clock-then-an-event-then-its-day",
    ),
    (
        "A vigil will be held at 6 p.m. at Grace Church on Sunday.",
        REF,
        (("6 p.m.", "2016-11-20T18:00"), ("Sunday", "2016-11-20")),
        "clock-then-a-place-then-a-coming-day",
    ),
    (
        "Shots rang out at 1 a.m. near Elm Street Saturday night.",
        REF,
        (("1 a.m.", "2016-11-13T01:00"), ("Saturday night", "2016-11-12TNI")),
        "small-hours-then-a-place-then-the-night-before",
    ),
    (
        "He was shot at 5 p.m. and died on Saturday.",
        REF,
        (("5 p.m.", "2016-11-16T17:00"), ("Saturday", "2016-11-12")),
        "a-clause-between-keeps-the-clock-day",
    ),
    (
        "The curfew ran to 6 a.m., but police did not enforce it on Friday.",
        REF,
        (("6 a.m.", "2016-11-16T06:00"), ("Friday", "2016-11-11")),
        "a-comma-between-keeps-the-clock-day",
    ),
    (
        "The city lifted a 9 p.m. curfew it put in place Thursday.",
        REF,
        # the curfew's hour is on no day (session 30), and not Thursday's
        (("9 p.m.", "XXXX-XX-XXT21:00"), ("Thursday", "2016-11-10")),
        "no-place-between-keeps-the-clock-day",
    ),
    (
        "Shots were fired at 12:28 a.m. Saturday. Neighbors heard screams during the night.",
        REF,
        (("12:28 a.m. Saturday", "2016-11-12T00:28"), ("the night", "2016-11-11TNI")),
        "the-night-before-small-hours",
    ),
    (
        "Shots were fired at 12:28 a.m. Saturday. Earlier that night, a fight broke out.",
        REF,
        (("12:28 a.m. Saturday", "2016-11-12T00:28"), ("Earlier that night", "2016-11-11TNI")),
        "that-night-before-small-hours",
    ),
    (
        "Shots were fired at 9 p.m. Saturday at a party. Neighbors heard screams during the night.",
        REF,
        (("9 p.m. Saturday", "2016-11-12T21:00"), ("the night", "2016-11-12TNI")),
        "the-night-after-an-evening-clock",
    ),
    (
        "Deputies went to a home on County Road 1090 near the farm.",
        REF,
        (),
        "county-road-number",
    ),
    (
        "He shot his friend at Smith\u2019s 1240 Bell\u2019s Ferry Road home.",
        REF,
        (),
        "house-number-before-a-name-with-a-curly-apostrophe",
    ),
    ("The shooting was outside Club 66 night club.", REF, (), "night-club"),
    (
        "Roads were busy over the Memorial Day holiday weekend.",
        REF,
        (("the Memorial Day holiday weekend", "2016-W21-WE"),),
        "holiday-weekend-with-holiday",
    ),
    (
        "Shoppers lined up for day-after-Thanksgiving sales.",
        "2016-12-15",
        (("day-after-Thanksgiving", "2016-11-25"),),
        "day-after-a-holiday-hyphened",
    ),
    (
        "She spoke at an early afternoon news conference.",
        REF,
        (("early afternoon", "2016-11-16TAF"),),
        "early-afternoon-news-conference",
    ),
    ("He has called in to the early-morning news shows.", REF, (), "early-morning-news-shows"),
    (
        "Updated at 11:13 a.m. Aug. 17\nPolice arrested a man.",
        "2016-08-15",
        (("11:13 a.m. Aug. 17", "2016-08-17T11:13"),),
        "a-page-stamp-is-the-nearest-date",
    ),
    (
        "No bond had been set as of Wednesday evening.",
        "2016-06-24",
        (("Wednesday evening", "2016-06-22TEV"),),
        "had-been-set-is-past",
    ),
    (
        "The hearing has been set for Wednesday.",
        "2016-06-24",
        (("Wednesday", "2016-06-29"),),
        "has-been-set-is-a-plan",
    ),
    (
        "He says one day he may walk again.",
        REF,
        (("one day", "FUTURE_REF"),),
        "one-day-before-a-clause-with-a-modal",
    ),
    (
        "Researchers hope one day to harness it.",
        REF,
        (("one day", "FUTURE_REF"),),
        "hope-one-day-to",
    ),
    ("It took one day to finish.", REF, (("one day", "P1D"),), "took-one-day-to"),
    (
        "He spent one day he would rather forget in jail.",
        REF,
        (("one day", "P1D"),),
        "spent-one-day-stays-a-length",
    ),
    (
        "She told reporters that March 5 was the deadline.",
        "2016-12-01",
        (("March 5", "2016-03-05"),),
        "a-day-before-a-past-verb-is-past",
    ),
    (
        "She said that March 5 will be the deadline.",
        "2016-12-01",
        (("March 5", "2017-03-05"),),
        "a-day-before-a-future-is-ahead",
    ),
    (
        "The merger follows months of twists and turns.",
        REF,
        (("months", "PXM"),),
        "follows-months-of",
    ),
    (
        "After years of being battered, the party won.",
        REF,
        (("years", "PXY"),),
        "after-years-of",
    ),
    (
        "It ended after three months of talks.",
        REF,
        (("three months", "P3M"),),
        "a-counted-length-of",
    ),
    (
        "The agency must report every fiscal year.",
        REF,
        (("every fiscal year", "P1Y"),),
        "every-fiscal-year",
    ),
    (
        "It aired on the 4 p.m. local news.",
        REF,
        (("4 p.m.", "2016-11-16T16:00"),),
        "local-news-is-no-local-time",
    ),
    (
        "The deadline was 4 p.m. local time.",
        REF,
        (("4 p.m. local time", "2016-11-16T16:00"),),
        "local-time",
    ),
    ("Analysts blamed this fall in prices on China.", REF, (), "a-fall-in-prices"),
    (
        "He will campaign this fall in Iowa.",
        REF,
        (("this fall", "2016-FA"),),
        "this-fall-in-a-place",
    ),
    ("Today's refugees face hardship.", REF, (("Today", "PRESENT_REF"),), "todays-refugees"),
    (
        "Clinton defenders today argue otherwise.",
        REF,
        (("today", "PRESENT_REF"),),
        "people-today-in-the-present",
    ),
    (
        "Democrats today will meet in Philadelphia.",
        REF,
        (("today", "2016-11-16"),),
        "people-today-with-a-future",
    ),
    (
        "Refugees today crossed the border.",
        REF,
        (("today", "2016-11-16"),),
        "people-today-with-a-past",
    ),
    (
        "In years past, the party won the state.",
        REF,
        (("years past", "PAST_REF"),),
        "in-years-past",
    ),
    ("Things were simpler in days gone by.", REF, (("days gone by", "PAST_REF"),), "days-gone-by"),
    (
        "He sang 'Today My World Slipped Away' at the funeral.",
        REF,
        (),
        "a-title-in-single-quotes",
    ),
    (
        "\u201cToday\u2019s sentence sends a message,\u201d he said.",
        REF,
        (("Today", "2016-11-16"),),
        "todays-in-a-quote-is-no-title",
    ),
    (
        "She said 'today we mourn' and left.",
        REF,
        (("today", "2016-11-16"),),
        "today-in-single-quotes",
    ),
    (
        "He told MSNBC that Friday's announcement hurt her.",
        "2016-01-31",
        (("Friday", "2016-01-29"),),
        "that-after-told-and-an-object-is-a-conjunction",
    ),
    (
        "It is likely that Friday's deal will hold.",
        "2016-05-29",
        (("Friday", "2016-05-27"),),
        "that-after-likely-is-a-conjunction",
    ),
    (
        "He was shot in 2014. That November he died.",
        REF,
        (("2014", "2014"), ("That November", "2014-11")),
        "that-month-after-a-year-points-back",
    ),
    (
        "Carson noted that Saturday would have been Reagan's birthday.",
        "2016-02-07",
        (("Saturday", "2016-02-06"),),
        "a-modal-perfect-after-the-day-looks-back",
    ),
    (
        (
            "A boy was shot Saturday, the sheriff announced in a press release Monday. He was"
            " hit just before 7 p.m. at a home."
        ),
        "2015-09-14",
        (("Saturday", "2015-09-12"), ("Monday", "2015-09-14"), ("7 p.m.", "2015-09-12T19:00")),
        "a-press-release-day-is-a-report-day",
    ),
    ("The vigil begins at 7 tonight.", REF, (("7 tonight", "2016-11-16T19:00"),), "at-7-tonight"),
    (
        "We meet at 10 this morning.",
        REF,
        (("10 this morning", "2016-11-16T10:00"),),
        "at-10-this-morning",
    ),
    ("Game 7 tonight is big.", REF, (("tonight", "2016-11-16TNI"),), "game-7-tonight"),
    (
        "Netanyahu was to arrive at the White House on Monday.",
        "2015-11-10",
        (("Monday", "2015-11-09"),),
        "was-to-the-day-before",
    ),
    (
        "Twitter was to report earnings on Wednesday.",
        "2016-02-08",
        (("Wednesday", "2016-02-10"),),
        "was-to-two-days-ahead",
    ),
    ("The term would last four years.", REF, (("four years", "P4Y"),), "would-last-is-a-verb"),
    (
        "Prices rose in the last four years.",
        REF,
        (("the last four years", "P4Y"),),
        "the-last-four-years",
    ),
    ("It was over in a matter of weeks.", REF, (("weeks", "PXW"),), "a-matter-of-weeks"),
    ("He is spending months on the case.", REF, (("months", "PXM"),), "spending-months"),
    (
        "He waited until days before the vote.",
        REF,
        (("days", "PXD"),),
        "until-days-before",
    ),
    (
        "We met mid-morning Thursday.",
        "2016-05-19",
        (("mid-morning Thursday", "2016-05-19TMO"),),
        "mid-morning-and-its-weekday",
    ),
    ("It took another month.", REF, (("another month", "P1M"),), "another-month"),
    ("He will fight another day.", REF, (), "another-day-is-an-idiom"),
    (
        (
            "A man was shot Saturday night. As of Sunday evening, he was stable. He had argued"
            " with a neighbor earlier in the day."
        ),
        REF,
        (
            ("Saturday night", "2016-11-12TNI"),
            ("Sunday evening", "2016-11-13TEV"),
            ("the day", "2016-11-12"),
        ),
        "the-day-after-a-status-day-is-the-incident-day",
    ),
    (
        "A man was shot Saturday night. He had argued with a neighbor earlier in the day.",
        REF,
        (("Saturday night", "2016-11-12TNI"), ("the day", "2016-11-12")),
        "the-day-after-the-incident-day",
    ),
    (
        "Meetings are on April 3, 10 and 17.",
        "2017-03-30",
        (("April 3", "2017-04-03"), ("10", "2017-04-10"), ("17", "2017-04-17")),
        "a-list-of-days-after-commas",
    ),
    (
        "On March 5, 10 people died.",
        "2017-03-30",
        (("March 5", "2017-03-05"),),
        "a-count-after-a-day",
    ),
    (
        "Police were called March 4, 5:47 p.m., to a home.",
        "2017-03-30",
        (("March 4", "2017-03-04"), ("5:47 p.m.", "2017-03-04T17:47")),
        "a-clock-time-after-a-day",
    ),
    ("Now as far as the trial goes, nobody knows.", REF, (), "now-as-far-as"),
    (
        "He played down any impact it may have in November.",
        "2016-05-26",
        (("November", "2016-11"),),
        "may-have-with-an-object-looks-ahead",
    ),
    (
        "He may have left on Friday.",
        "2016-05-26",
        (("Friday", "2016-05-20"),),
        "may-have-left-looks-back",
    ),
    (
        "He took office in 2009 and peaked in October of that year.",
        REF,
        (("2009", "2009"), ("October of that year", "2009-10")),
        "a-month-of-that-year",
    ),
    ("He sold 21st Century Fox shares.", REF, (), "a-company-named-for-a-century"),
    (
        "In the 21st Century, things changed.",
        REF,
        (("the 21st Century", "20"),),
        "a-capitalised-century",
    ),
    ("It happened in late-2007.", REF, (("late-2007", "2007"),), "late-hyphen-a-year"),
    ("He took the kids to a day care center.", REF, (), "a-day-care"),
    ("They booked a two-day camp.", REF, (("two-day", "P2D"),), "a-two-day-camp"),
    (
        "The store is open until 10:30 p.m., 7 days a week.",
        REF,
        (("10:30 p.m.", "XXXX-XX-XXT22:30"), ("7 days a week", "P1W")),
        "opening-hours-days-a-week",
    ),
    (
        "He often leaves work at 5 p.m.",
        REF,
        (("5 p.m.", "XXXX-XX-XXT17:00"),),
        "often-at-a-clock-time",
    ),
    (
        (
            'Five people were found dead Tuesday. "Two days ago he was fine," a friend said.'
            " The dog was rescued in the early afternoon."
        ),
        REF,
        (
            ("Tuesday", "2016-11-15"),
            ("Two days ago", "2016-11-14"),
            ("early afternoon", "2016-11-15TAF"),
        ),
        "a-day-counted-in-a-quote-is-no-anchor",
    ),
    (
        (
            "Five people were found dead Tuesday. Two days ago, he was fine. The dog was"
            " rescued in the early afternoon."
        ),
        REF,
        (
            ("Tuesday", "2016-11-15"),
            ("Two days ago", "2016-11-14"),
            ("early afternoon", "2016-11-14TAF"),
        ),
        "a-day-counted-in-the-story-is-an-anchor",
    ),
    (
        "The vigil went on as planned Saturday evening.",
        "2016-03-22",
        (("Saturday evening", "2016-03-19TEV"),),
        "as-planned-after-a-past-verb",
    ),
    (
        "The vigil will go on as planned Saturday evening.",
        "2016-03-22",
        (("Saturday evening", "2016-03-26TEV"),),
        "as-planned-after-a-future",
    ),
    (
        "He was shot Friday. Earlier that evening, he argued with her.",
        "2016-03-22",
        (("Friday", "2016-03-18"), ("Earlier that evening", "2016-03-18TEV")),
        "earlier-that-evening",
    ),
    ("He left earlier Tuesday.", "2016-03-22", (("Tuesday", "2016-03-22"),), "earlier-tuesday"),
    ("Just over a quarter, 26 percent, said yes.", REF, (), "a-quarter-as-a-share"),
    ("A quarter-of-a-million people marched.", REF, (), "a-quarter-of-a-million"),
    (
        "He ruled for a quarter of a century.",
        REF,
        (("a quarter of a century", "P25Y"),),
        "a-quarter-of-a-century",
    ),
    ("He died Sept.11 last year.", REF, (("Sept.11 last year", "2015-09-11"),), "a-glued-day"),
    (
        "He was shot Friday. That horrific night, police came.",
        REF,
        (("Friday", "2016-11-11"), ("That horrific night", "2016-11-11TNI")),
        "that-horrific-night",
    ),
    (
        "Four officers died on the night of July 7. That terrible night is still vivid.",
        "2016-11-25",
        (("July 7", "2016-07-07"), ("That terrible night", "2016-07-07TNI")),
        "that-terrible-night-recalls-the-night-named",
    ),
    (
        "It grew over this past seven years.",
        REF,
        (("this past seven years", "P7Y"),),
        "this-past-seven-years",
    ),
    (
        "Forces stay for the foreseeable future.",
        REF,
        (),
        "the-foreseeable-future-as-timebank-leaves-it",
    ),
    (
        "It raised $74 million more than a year ago.",
        REF,
        (("a year ago", "2015"),),
        "more-than-after-an-amount-compares-amounts",
    ),
    (
        "He left more than a year ago.",
        REF,
        (("more than a year ago", "2015"),),
        "more-than-a-year-ago",
    ),
    (
        '<tweet datetime="2016-11-15">Shots at 5 p.m.</tweet>',
        REF,
        (("5 p.m.", "2016-11-15T17:00"),),
        "a-date-in-markup-dates-the-text-but-is-none",
    ),
    # since session 35 the weekend of an incident, as "a weekend shooting" ("several dozen
    # weekend shooting victims in the city. By mid-afternoon Sunday, ...")
    (
        "Dozens of weekend shooting victims",
        REF,
        (("weekend", "2016-W45-WE"),),
        "weekend-as-an-adjective-after-a-count",
    ),
    (
        "He spoke on Veteran's Day.",
        REF,
        (("Veteran's Day", "2016-11-11"),),
        "veterans-day-misspelled",
    ),
    (
        (
            "Four officers were shot on July 7. On Thanksgiving Day she cooked for her sons."
            " That terrible night is still vivid."
        ),
        "2016-11-25",
        (
            ("July 7", "2016-07-07"),
            ("Thanksgiving Day", "2016-11-24"),
            ("That terrible night", "2016-07-07TNI"),
        ),
        "a-night-recalled-with-feeling-is-the-incidents",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
def test_session_28_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
