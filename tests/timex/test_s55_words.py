"""
Expressions found by the session 55 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # "in as many days" repeats the count named before it in the clause
    (
        "It was the second robbery in as many days at the store.",
        "2016-02-04",
        (("many days", "P2D"),),
        "as-many-days-after-ordinal",
    ),
    (
        "Four fires in as many weeks have worried the town.",
        "2016-02-04",
        (("many weeks", "P4W"),),
        "as-many-weeks-after-cardinal",
    ),
    (
        "They won 3 titles in as many years.",
        "2016-02-04",
        (("many years", "P3Y"),),
        "as-many-years-after-digit",
    ),
    # controls: no count in the clause, or a plain vague "many"
    (
        "He lost. In as many days he was back.",
        "2016-02-04",
        (("many days", "PXD"),),
        "as-many-no-count-in-clause",
    ),
    (
        "Two men spent many days at sea.",
        "2016-02-04",
        (("many days", "PXD"),),
        "many-days-not-as-many",
    ),
    # a range written with hyphens, as "20 to 30 seconds" is
    (
        "It lasted an estimated 20-to-30 seconds.",
        "2016-02-04",
        (("an estimated 20-to-30 seconds", "PT20S"),),
        "hyphened-range-duration",
    ),
    (
        "The fight started two-to-three weeks ago.",
        "2016-02-04",
        (("two-to-three weeks ago", "2016-W03"),),
        "hyphened-range-ago",
    ),
    # bare plural lengths: after "the course of", and opening a sentence after "But"
    (
        "They changed their minds over the course of months or years.",
        "2016-02-04",
        (("months or years", "PXM"),),
        "course-of-months-or-years",
    ),
    (
        "She won the vote. But weeks of talks could follow.",
        "2016-02-04",
        (("weeks", "PXW"),),
        "but-weeks-of",
    ),
    # control: "weeks of the year" is no length
    (
        "But weeks of the year went by.",
        "2016-02-04",
        (("the year", "2016"),),
        "but-weeks-of-the-year",
    ),
    # "this day in age", as "this day and age" is often misspelt: nowadays
    (
        "In this day in age, nobody writes letters.",
        "2016-02-04",
        (("this day in age", "PRESENT_REF"),),
        "this-day-in-age",
    ),
    # an age in text split into tokens ("6 - year - old"), as "6-year-old" is, is no length
    (
        "A 6 - year - old boy and a 1 - year - old deal .",
        None,
        (),
        "tokenised-age",
    ),
    (
        "He served a 6 - year term .",
        None,
        (("6 - year", "P6Y"),),
        "tokenised-length",
    ),
    # "recent past" after a possessive, as "their future" is: the past, vaguely
    (
        "She was a hero of America's recent past.",
        "2016-02-04",
        (("recent past", "PAST_REF"),),
        "possessive-recent-past",
    ),
    # control: "recent past" before its noun is no time
    (
        "His recent past performance was poor.",
        "2016-02-04",
        (),
        "recent-past-before-noun",
    ),
    # text split into tokens, as some corpora print it, puts a space before each comma: a
    # date's parts still make one date
    (
        "He was born on June 7 , 1940 in Paris .",
        None,
        (("June 7 , 1940", "1940-06-07"),),
        "tokenised-month-day-year",
    ),
    (
        "It began on Sunday , July 10 , 2016 , and ended .",
        None,
        (("Sunday , July 10 , 2016", "2016-07-10"),),
        "tokenised-weekday-month-day-year",
    ),
    (
        "It ended on 14 July , 2015 and in August , 2015 it began again .",
        None,
        (("14 July , 2015", "2015-07-14"), ("August , 2015", "2015-08")),
        "tokenised-day-month-year-and-month-year",
    ),
    # controls: a number after the comma that is no year
    (
        "On June 7 , 2,000 people marched and on Sunday , 12 people died .",
        None,
        (("June 7", "XXXX-06-07"), ("Sunday", "XXXX-WXX-7")),
        "tokenised-comma-then-count",
    ),
    # a decade's apostrophe parted from it by a space, in text split into tokens
    (
        "Crime rose in the ' 60s through the early ' 90s .",
        None,
        (("the ' 60s", "196"), ("the early ' 90s", "199")),
        "tokenised-apostrophe-decades",
    ),
    # "One Sunday" opening a clause: a Sunday of the story, which one unknown, of the year
    # named right after it if one is
    (
        "One Sunday in late 2001, she called the directors.",
        "2016-01-20",
        (("Sunday", "2001-WXX-7"), ("late 2001", "2001")),
        "one-sunday-in-year",
    ),
    (
        "He stayed home. One Saturday, he went out.",
        "2016-01-20",
        (("Saturday", "XXXX-WXX-6"),),
        "one-saturday-comma",
    ),
    # control: "one Thursday and one Friday" of two things ahead are days of their own
    (
        "Two will need surgery, one Thursday and one Friday.",
        "2016-01-20",
        (("Thursday", "2016-01-21"), ("Friday", "2016-01-22")),
        "one-thursday-one-friday",
    ),
    # clock times in a sentence of "every Friday" are a habit, on no day
    (
        "Every Friday, from 8 a.m. to noon, she led a meeting.",
        "2016-01-20",
        (
            ("Every Friday", "XXXX-WXX-5"),
            ("8 a.m.", "XXXX-XX-XXT08:00"),
            ("noon", "XXXX-XX-XXT12:00"),
        ),
        "every-friday-clock-habit",
    ),
    # "one night" after a participle or "home": a night of the story, not a length
    (
        "Flying home one night in the jet, she vented.",
        "2016-01-20",
        (("one night", "XXXX-XX-XXTNI"),),
        "flying-home-one-night",
    ),
    (
        "He spent one night in jail and, spending one night in a cell, slept.",
        "2016-01-20",
        (("one night", "P1D"), ("one night", "P1D")),
        "spent-one-night-length",
    ),
    # "Afterward ... overnight": the night after the day named, and "the next day" after it
    (
        (
            "The vote was at 6:30 a.m. on March 19, 2002. Afterward, they flew overnight to"
            " Houston. Early the next day, she walked the halls."
        ),
        "2016-01-20",
        (
            ("6:30 a.m. on March 19, 2002", "2002-03-19T06:30"),
            ("overnight", "2002-03-19TNI"),
            ("Early the next day", "2002-03-20"),
        ),
        "afterward-overnight",
    ),
    # a clock time "on the last Friday in August" is on that day, of the story's year
    (
        "In June 2001, she flew. At 2 p.m. on the last Friday in August, the board met.",
        "2016-01-20",
        (("June 2001", "2001-06"), ("2 p.m. on the last Friday in August", "2001-08-31T14:00")),
        "clock-on-nth-weekday",
    ),
    # a live blog's entry headed by its slashed date and its time is an update stamp: a
    # weekday below it counts from that date
    (
        "Two were charged.\n\n12/6/16 8:28 a.m.\n\nAn autopsy is scheduled for Tuesday.",
        "2016-12-07",
        (("12/6/16", "2016-12-06"), ("8:28 a.m.", "2016-12-06T08:28"), ("Tuesday", "2016-12-06")),
        "slashed-date-clock-entry-stamp",
    ),
    # weeks or months after a year (weeks after a month) named with no day: a time of that
    # year (month), not its third week counted from its first day
    (
        "In 2015, he ran. Three weeks later, he quit. Two months later, he ran again.",
        "2016-06-28",
        (("2015", "2015"), ("Three weeks later", "2015"), ("Two months later", "2015")),
        "weeks-after-a-year",
    ),
    (
        "In March 2015, he ran. Three weeks later, he quit.",
        "2016-06-28",
        (("March 2015", "2015-03"), ("Three weeks later", "2015-03")),
        "weeks-after-a-month",
    ),
    # control: weeks after a day are counted from it
    (
        "On March 3, 2015, he ran. Three weeks later, he quit.",
        "2016-06-28",
        (("March 3, 2015", "2015-03-03"), ("Three weeks later", "2015-03-24")),
        "weeks-after-a-day",
    ),
    # "Early one evening", as "One evening" is: some evening of the story (of the month
    # named after it, since session 56)
    (
        "Early one evening in June, the park was busy.",
        "2016-07-02",
        (("Early one evening", "2016-06-XXTEV"), ("June", "2016-06")),
        "early-one-evening",
    ),
    # "by that date": the day named last, as "that day" is
    (
        "The deal must close by July 31. By that date, the firm will have paid.",
        "2016-07-02",
        (("July 31", "2016-07-31"), ("that date", "2016-07-31")),
        "by-that-date",
    ),
    # controls: "that date of birth" and "the same date as" name their own day
    (
        "That date of birth is wrong, and she left on the same date as her sister.",
        "2016-07-02",
        (),
        "that-date-of-birth",
    ),
    # "each other" is no "each": the weekday after it is a day
    (
        "Two shootings within minutes of each other Thursday night left two dead.",
        "2016-09-01",
        (("minutes", "PTXM"), ("Thursday night", "2016-09-01TNI")),
        "each-other-thursday",
    ),
    # "every quarter of society" is no quarter of a year; "every quarter," is
    (
        "He spoke to every quarter of society and paid interest every quarter, on time.",
        "2016-09-01",
        (("every quarter", "P1Q"),),
        "every-quarter-of-society",
    ),
    # "over past decades", as "in past years": the past
    (
        "Over past decades, wages fell.",
        "2016-09-01",
        (("past decades", "PAST_REF"),),
        "over-past-decades",
    ),
    # a bare hour of the evening after an evening's clock time, later than it, is that
    # evening's
    (
        "At 11:16 p.m., calls came in. Two minutes later, at 11:18, police were sent.",
        "2013-08-18",
        (
            ("11:16 p.m.", "2013-08-18T23:16"),
            ("Two minutes", "PT2M"),
            ("11:18", "2013-08-18T23:18"),
        ),
        "bare-hour-after-evening-clock",
    ),
    # control: an hour earlier than the evening's clock time is not read as that evening's
    (
        "At 10 p.m., a call came. He was pronounced dead at 9:30.",
        "2013-08-18",
        (("10 p.m.", "2013-08-18T22:00"),),
        "bare-hour-before-evening-clock",
    ),
    # a paper's name after a capitalised weekday is no day
    (
        "(Photo: Eileen Joyce - Daily Record/Sunday News) The Sunday Times said so.",
        "2015-06-15",
        (),
        "weekday-paper-name",
    ),
    # control: a news conference held that day, in a title
    (
        "Police Hold Sunday News Conference",
        "2015-06-15",
        (("Sunday", "2015-06-14"),),
        "weekday-news-conference",
    ),
    # "for some time", as "for a while": some length
    (
        "She lay on the ground for some time, not knowing she was shot.",
        "2016-07-02",
        (("some time", "PXX"),),
        "for-some-time",
    ),
    # controls: "some time ago" is the past, "for some time to come" no length
    (
        "He left some time ago and will stay away for some time to come.",
        "2016-07-02",
        (("some time ago", "PAST_REF"),),
        "some-time-ago-to-come",
    ),
    # with no reference, a day counted from a weekday or a day of a month of no known year
    # keeps what is known of it
    (
        "Sources said Wednesday that he would quit later in the day. The next day he did.",
        None,
        (("Wednesday", "XXXX-WXX-3"), ("the day", "XXXX-WXX-3"), ("The next day", "XXXX-WXX-4")),
        "no-reference-weekday-anaphora",
    ),
    (
        "He arrived on March 3. The next day he left; on Feb. 28, the day after was unclear.",
        None,
        (
            ("March 3", "XXXX-03-03"),
            ("The next day", "XXXX-03-04"),
            ("Feb. 28", "XXXX-02-28"),
            ("the day after", "XXXX-XX-XX"),
        ),
        "no-reference-month-day-anaphora",
    ),
    (
        "They met on Feb. 28. The next day they parted.",
        None,
        (("Feb. 28", "XXXX-02-28"), ("The next day", "XXXX-XX-XX")),
        "no-reference-february-end",
    ),
    # a page's note of its update is on the page's day, not on the last day the story named
    (
        "The shooting was just before 11 p.m. Tuesday.\n\nThis story was updated at 1:43 p.m.",
        "2014-12-03",
        (("11 p.m. Tuesday", "2014-12-02T23:00"), ("1:43 p.m.", "2014-12-03T13:43")),
        "story-updated-at",
    ),
    # "the early 1900s", "the 1800s": the century; "the 1900s and 1910s" are decades
    (
        "In the early 1900s and the 1800s, towns grew.",
        "2016-07-02",
        (("the early 1900s", "19"), ("the 1800s", "18")),
        "hundreds-are-centuries",
    ),
    (
        "In the 1900s and 1910s, and again in the 2000s, towns grew.",
        "2016-07-02",
        (("the 1900s", "190"), ("1910s", "191"), ("the 2000s", "200")),
        "hundreds-listed-with-decades",
    ),
    # "his younger years", as "his later years": some years of a life
    (
        "In his later years he wrote; in his younger years he ran.",
        "2016-07-02",
        (("his later years", "PXY"), ("his younger years", "PXY")),
        "younger-years",
    ),
    # control: "the younger years of the band" has no owner
    ("The younger years of the band were loud.", "2016-07-02", (), "the-younger-years"),
    # "stay a little while longer", as "wait a little while"
    (
        "She will stay a little while longer.",
        "2016-07-02",
        (("a little while", "PXX"),),
        "stay-a-little-while",
    ),
    # with no reference, a day weeks from the last day named takes that day's year
    (
        (
            "The bomb went off on 13 September 1974. A victim died in 1977. On 15 September,"
            " a statement came."
        ),
        None,
        (("13 September 1974", "1974-09-13"), ("1977", "1977"), ("15 September", "1974-09-15")),
        "no-reference-near-day-year",
    ),
    (
        (
            "He moved from April 14, 1995, when he arrived, until April 17, when he left"
            " around 4:30 p.m."
        ),
        None,
        (
            ("April 14, 1995", "1995-04-14"),
            ("April 17", "1995-04-17"),
            ("around 4:30 p.m.", "1995-04-17T16:30"),
        ),
        "no-reference-range-with-clause",
    ),
    # control: no day named before, no year
    ("On March 17, he left.", None, (("March 17", "XXXX-03-17"),), "no-reference-no-day-before"),
    # with no reference, a clock time after a weekday or a month's day is on it
    (
        "A Friday blast hit the market at around 5.30 p.m. On March 3, he left at 9 a.m.",
        None,
        (
            ("Friday", "XXXX-WXX-5"),
            ("around 5.30 p.m.", "XXXX-WXX-5T17:30"),
            ("March 3", "XXXX-03-03"),
            ("9 a.m.", "XXXX-03-03T09:00"),
        ),
        "no-reference-clock-after-loose-day",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_55_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
