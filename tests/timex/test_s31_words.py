"""
Pages whose updates carry their own date stamps, found by the session 30 and 31 audits.

A live page stacks its updates above the story first posted, each under a stamp that dates
it ("UPDATE (5/17/16):", "Update (Feb. 20):"): what an update tells is told on its stamp's
day, and the story below the heading "ORIGINAL POST" on the page's. A dateline's date far
from the page's ("SAVANNAH, GA (August 2, 2015):" on a page dated 2017) dates its story.
Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from newsevents.timex import find_times

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

REF = "2016-05-14"  # a Saturday

STAMPS: list[Case] = [
    (
        "UPDATE (5:04 p.m. 5/17/16)\n\nThe suspect was arrested Tuesday. He was seen the previous day.",
        REF,
        (
            ("5:04 p.m. 5/17/16", "2016-05-17T17:04"),
            ("Tuesday", "2016-05-17"),
            ("the previous day", "2016-05-16"),
        ),
        "an-update-tells-of-its-own-day",
    ),
    (
        "Update 05/20/16: The boy was interviewed again today by a detective.",
        REF,
        (("05/20/16", "2016-05-20"), ("today", "2016-05-20")),
        "today-in-an-update-is-its-stamp",
    ),
    (
        "Update (May 19): One of the men hurt in the shooting on May 13 died Wednesday.",
        REF,
        (("May 19", "2016-05-19"), ("May 13", "2016-05-13"), ("Wednesday", "2016-05-18")),
        "a-month-and-day-stamp",
    ),
    (
        "UPDATE 5/16: The girl was taken off life support on Sunday.",
        REF,
        (("5/16", "2016-05-16"), ("Sunday", "2016-05-15")),
        "a-stamp-written-as-month-slash-day",
    ),
    (
        "UPDATE (5/17 at 12:45 p.m.):\n\nDeputies said Monday the teen had died.",
        REF,
        (("5/17", "2016-05-17"), ("12:45 p.m.", "2016-05-17T12:45"), ("Monday", "2016-05-16")),
        "a-slash-stamp-with-its-clock-time",
    ),
    (
        (
            "UPDATE (5/18/16):\n\nPolice charged the driver on Tuesday.\n\n"
            "ORIGINAL POST:\n\nA man was shot Friday night. Officers arrived about 11 p.m."
        ),
        REF,
        (
            ("5/18/16", "2016-05-18"),
            ("Tuesday", "2016-05-17"),
            ("Friday night", "2016-05-13TNI"),
            ("about 11 p.m.", "2016-05-13T23:00"),
        ),
        "the-original-post-is-the-pages-day",
    ),
    (
        (
            "UPDATE @ 3:21 p.m. (May 16)\n\nPolice said Monday the shooting was an accident.\n\n"
            "INITIAL REPORT:\n\nOfficers were sent to the house around 8:50 p.m."
        ),
        REF,
        (
            ("3:21 p.m.", "2016-05-16T15:21"),
            ("May 16", "2016-05-16"),
            ("Monday", "2016-05-16"),
            ("around 8:50 p.m.", "2016-05-14T20:50"),
        ),
        "an-initial-reports-clock-time-is-not-the-updates-day",
    ),
    (
        "Updated: 08/26/2015 6:53 PM\n\nFour men shot four people around 3:15 Wednesday morning.",
        "2017-01-28",
        (
            ("08/26/2015", "2015-08-26"),
            ("6:53 PM", "2015-08-26T18:53"),
            ("around 3:15 Wednesday morning", "2015-08-26T03:15"),
        ),
        "a-page-crawled-long-after-its-stamp",
    ),
    (
        "SAVANNAH, GA (August 2, 2015): A fight ended in a shooting early this morning.",
        "2017-01-05",
        (("August 2, 2015", "2015-08-02"), ("early this morning", "2015-08-02TMO")),
        "a-dateline-far-from-the-pages-date",
    ),
    (
        "UPDATE @ 9:05 p.m. (May 12) The pastor said tonight the town is angry.",
        REF,
        (("9:05 p.m.", "2016-05-12T21:05"), ("May 12", "2016-05-12"), ("tonight", "2016-05-12TNI")),
        "a-stamp-with-its-words-on-its-line",
    ),
    (
        "(05/11/16) - Detectives said the run is today.\n\nPREVIOUS 5/9: Police said Monday the man died.",
        REF,
        (
            ("05/11/16", "2016-05-11"),
            ("today", "2016-05-11"),
            ("5/9", "2016-05-09"),
            ("Monday", "2016-05-09"),
        ),
        "a-bracketed-date-and-a-previous-stamp",
    ),
    (
        (
            "Man Arrested After Robbery in Northeast Portland - 05/20/16\n\n"
            "Officers arrested the man late Thursday night.\n\n"
            "Woman Shot in Southeast Portland - 05/17/16\n\nThe woman was shot Monday afternoon."
        ),
        REF,
        (
            ("05/20/16", "2016-05-20"),
            ("late Thursday night", "2016-05-19TNI"),
            ("05/17/16", "2016-05-17"),
            ("Monday afternoon", "2016-05-16TAF"),
        ),
        "press-release-titles-closed-by-their-dates",
    ),
    (
        "[UPDATE 5/16/16 @ 7:05p.m.]\n\nPolice said Monday the man died.",
        REF,
        (("5/16/16", "2016-05-16"), ("7:05p.m.", "2016-05-16T19:05"), ("Monday", "2016-05-16")),
        "a-stamp-with-an-at-sign",
    ),
    (
        (
            "ORIGINAL POST: A man was shot Friday night.\n\n"
            "UPDATE (5/18/16): Police charged the driver on Tuesday."
        ),
        REF,
        (("Friday night", "2016-05-13TNI"), ("5/18/16", "2016-05-18"), ("Tuesday", "2016-05-17")),
        "an-original-post-above-its-updates",
    ),
    # controls: what is no stamp
    (
        "(The case from May 5) was closed today.",
        REF,
        (("May 5", "2016-05-05"), ("today", "2016-05-14")),
        "a-bracket-holding-more-than-a-date",
    ),
    (
        "INDIANAPOLIS, Ind. (May 13, 2016) - Four people were found dead Friday night. Police named them Saturday morning.",
        REF,
        (
            ("May 13, 2016", "2016-05-13"),
            ("Friday night", "2016-05-13TNI"),
            ("Saturday morning", "2016-05-14TMO"),
        ),
        "a-dateline-a-day-early-is-the-first-filing",
    ),
    (
        "Update: On May 2, Jackson was convicted. The jury met again on Tuesday.",
        REF,
        (("May 2", "2016-05-02"), ("Tuesday", "2016-05-10")),
        "a-date-opening-a-sentence-after-update",
    ),
    (
        "UPDATE 1:50PM MONDAY: Schools will open.\n\nUPDATE 10:29PM: Officials said the agent is stable today.",
        "2016-05-15",
        (
            ("1:50PM MONDAY", "2016-05-16T13:50"),
            ("10:29PM", "2016-05-15T22:29"),
            ("today", "2016-05-15"),
        ),
        "a-weekday-stamp-moves-no-reference",
    ),
    (
        "Police updated the count on May 5. He scored 3/10 on the test on Monday.",
        REF,
        (("May 5", "2016-05-05"), ("Monday", "2016-05-09")),
        "updated-in-a-sentence-and-a-score",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(STAMPS))
def test_update_stamps(text: str, reference: str | None, expected: Found) -> None:
    """
    Each update tells of its stamp's day; the story first posted of the page's.
    """
    assert _found(text, reference) == expected


def test_a_stamp_without_a_reference_moves_nothing() -> None:
    """
    With no reference there is no page's date to move: values stay underspecified.
    """
    found = find_times("UPDATE (5/17):\n\nHe was arrested Tuesday.", None)
    assert [(time.text, time.value) for time in found] == [
        ("5/17", "XXXX-05-17"),
        ("Tuesday", "XXXX-WXX-2"),
    ]


WORDS: list[Case] = [
    (
        "She strode onto the stage at the convention in July.",
        "2016-05-06",
        (("July", "2015-07"),),
        "an-irregular-past-points-back",
    ),
    (
        "The agency oversaw the vote in November, and the mayor underwent surgery in October.",
        "2016-02-06",
        (("November", "2015-11"), ("October", "2015-10")),
        "oversaw-and-underwent-point-back",
    ),
    (
        "The man was identified at 10:18 a.m. on 8-31-2015. A report dated 9-1-2015 followed.",
        "2016-05-06",
        (("10:18 a.m. on 8-31-2015", "2015-08-31T10:18"), ("9-1-2015", "2015-09-01")),
        "a-date-written-with-hyphens",
    ),
    (
        "Call 1-800-555-2015 or write to box 12-31-20155.",
        "2016-05-06",
        (),
        "a-phone-number-is-no-date",
    ),
    (
        "About 1200 people marched. Of the 1,590 votes, 1128 were for Cruz and 1450 for Kasich.",
        "2016-05-06",
        (),
        "counts-are-no-years-long-gone",
    ),
    (
        "Around 1800 people came. Around 1800, the town grew. The charter of 1215 and the raid in 1066.",
        "2016-05-06",
        (("Around 1800", "1800"), ("1215", "1215"), ("1066", "1066")),
        "years-long-gone-after-a-word-of-time",
    ),
    (
        "Deputies were called at three o’clock Wednesday afternoon. The road reopened at eight o'clock in the morning.",
        "2016-05-06",
        (
            ("three o’clock Wednesday afternoon", "2016-05-04T15:00"),
            ("eight o'clock in the morning", "2016-05-04T08:00"),
        ),
        "a-spelled-clock-time",
    ),
    (
        "A man was shot Friday night. It happened around nine o'clock near the park.",
        "2016-05-07",
        (("Friday night", "2016-05-06TNI"), ("around nine o'clock", "2016-05-06T21:00")),
        "a-spelled-hour-takes-the-part-of-the-day-named-before",
    ),
    (
        "Six o'clock at night is not that late. The clock ran out; they worked around the clock.",
        "2016-05-06",
        (("Six o'clock at night", "2016-05-06T18:00"),),
        "a-spelled-hour-at-night-and-clocks",
    ),
    (
        "She won twelve titles in the 1960s and 70s. It was in the 70s.",
        "2016-05-06",
        (("the 1960s", "196"), ("70s", "197")),
        "a-decade-after-a-decade-and",
    ),
    (
        "The speaker has invited Trump to meet with him on Thursday morning.",
        "2016-05-06",
        (("Thursday morning", "2016-05-12TMO"),),
        "invited-someone-to-meet-looks-ahead",
    ),
    (
        "Cruz invited Trump to a rally in September. Someone called 911 to report a fight Sunday night.",
        "2016-05-06",
        (("September", "2015-09"), ("Sunday night", "2016-05-01TNI")),
        "invited-to-a-place-and-called-to-report",
    ),
    (
        "Trump went after Walker hours after the Wisconsin governor backed Cruz.",
        "2016-05-06",
        (("hours", "PTXH"),),
        "a-bare-plural-after-a-name-before-a-clause",
    ),
    (
        "It is hard to mount a response days before voters go to the polls.",
        "2016-05-06",
        (("days", "PXD"),),
        "a-bare-plural-after-a-noun-before-a-clause",
    ),
    (
        "Just days before it was to report earnings, the firm suspended accounts.",
        "2016-05-06",
        (("days", "PXD"),),
        "a-bare-plural-before-it",
    ),
    (
        "Many years after the war he died. He kept no records of days before the war.",
        "2016-05-06",
        (("Many years", "PXY"),),
        "a-plural-after-a-quantifier-or-of-is-no-bare-plural",
    ),
    (
        "I saw him the other night. In the recent past, few did.",
        "2016-05-06",
        (("the other night", "PAST_REF"), ("the recent past", "PAST_REF")),
        "the-other-night-and-the-recent-past",
    ),
    (
        "In the not too distant future, cars will fly, and in the not-so-distant future, boats.",
        "2016-05-06",
        (("the not too distant future", "FUTURE_REF"), ("the not-so-distant future", "FUTURE_REF")),
        "the-not-too-distant-future",
    ),
    (
        "Police said Monday the road was closed for much of the night and most of the morning.",
        "2016-05-06",
        (
            ("Monday", "2016-05-02"),
            ("the night", "2016-05-02TNI"),
            ("the morning", "2016-05-02TMO"),
        ),
        "much-of-the-night",
    ),
    (
        "The singer was also scheduled to perform Saturday night at the club.",
        "2016-05-08",
        (("Saturday night", "2016-05-07TNI"),),
        "was-also-scheduled-to-is-as-was-scheduled-to",
    ),
    (
        "Police said Monday a man was shot in the middle of the night.",
        "2016-05-06",
        (("Monday", "2016-05-02"), ("the middle of the night", "2016-05-02TNI")),
        "the-middle-of-the-night",
    ),
    (
        "He flew a 1968 Boeing 727 and drove a 2008 Thomas Saf-T-Liner. In 2008 Boeing cut jobs.",
        "2016-05-06",
        (("2008", "2008"),),
        "model-years-of-aircraft-and-buses",
    ),
    (
        "Police were called about 9 p.m. Saturday to a fight. A second man was shot about 1 a.m. nearby.",
        "2016-09-01",
        (("about 9 p.m. Saturday", "2016-08-27T21:00"), ("about 1 a.m.", "2016-08-28T01:00")),
        "small-hours-in-the-sentence-after-a-late-clock-time",
    ),
    (
        "A party began about 8 p.m. Friday.\n\nPeople ran back when shots rang out about 1:10 a.m.",
        "2016-09-01",
        (("about 8 p.m. Friday", "2016-08-26T20:00"), ("about 1:10 a.m.", "2016-08-27T01:10")),
        "small-hours-in-the-paragraph-after-a-late-clock-time",
    ),
    (
        "UPDATE @ 11:50 p.m. (Aug. 27)\n\nA victim spoke about the shooting around 4 a.m. that hurt six.",
        "2016-09-01",
        (
            ("11:50 p.m.", "2016-08-27T23:50"),
            ("Aug. 27", "2016-08-27"),
            ("around 4 a.m.", "2016-08-27T04:00"),
        ),
        "small-hours-after-a-heading-stay-on-its-day",
    ),
    (
        "He served 5 \u00bd years in prison and 2 \u00bc hours in court.",
        "2016-03-10",
        (("5 \u00bd years", "P5Y6M"), ("2 \u00bc hours", "PT2H15M")),
        "a-fraction-written-apart-from-its-number",
    ),
    (
        "It was posted at 11: 06 a.m. on Monday, not at 9 a.m.",
        "2016-03-10",
        (("Monday", "2016-03-07"), ("9 a.m.", "2016-03-07T09:00")),
        "a-broken-clock-time-is-no-other-one",
    ),
    (
        "The president spoke Wednesday night at the convention.\n\n\u201cTonight, I ask you to vote,\u201d he said.",
        "2016-07-29",
        (("Wednesday night", "2016-07-27TNI"), ("Tonight", "2016-07-27TNI")),
        "a-quotation-spoken-on-the-day-the-paragraph-before-names",
    ),
    (
        "Police found the car Monday.\n\n\u201cWe are searching today,\u201d the chief said.",
        "2016-07-29",
        (("Monday", "2016-07-25"), ("today", "2016-07-29")),
        "a-day-named-without-a-verb-of-saying-dates-no-quotation",
    ),
    (
        "Sanders, vowing to win the primary on Tuesday, spoke in Oakland.",
        "2016-06-09",
        (("Tuesday", "2016-06-14"),),
        "vowing-to-looks-ahead",
    ),
    (
        "Cyber security remains one of the biggest challenges facing our country today.",
        "2016-06-09",
        (("today", "PRESENT_REF"),),
        "our-country-today",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_31_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected


NOWADAYS: list[Case] = [
    (
        "One of them is a real estate agent today who was a bank clerk 25 years ago.",
        "2016-02-01",
        (("today", "PRESENT_REF"), ("25 years ago", "1991")),
        "today-set-against-years-ago",
    ),
    (
        "Not that long ago, the town was poor, but today it is rich.",
        "2016-02-01",
        (("Not that long ago", "PAST_REF"), ("today", "PRESENT_REF")),
        "today-set-against-not-long-ago",
    ),
    (
        "If today's boom is the 19th-century gold rush, the valley is well placed.",
        "2016-02-01",
        (("today", "PRESENT_REF"), ("19th-century", "18")),
        "today-set-against-a-century",
    ),
    # controls: the day itself
    (
        "Twenty years ago he founded the firm; today he announced its sale.",
        "2016-02-01",
        (("Twenty years ago", "1996"), ("today", "2016-02-01")),
        "today-with-a-past-verb-is-the-day",
    ),
    (
        "Ten years ago the plant closed. Today the mayor will speak there.",
        "2016-02-01",
        (("Ten years ago", "2006"), ("Today", "2016-02-01")),
        "today-in-the-next-sentence-is-the-day",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(NOWADAYS))
def test_today_as_nowadays(text: str, reference: str | None, expected: Found) -> None:
    """
    "today" set against a time years gone in its sentence is the present, not the day.
    """
    assert _found(text, reference) == expected
