"""
Expressions found by the session 45 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

import newsevents

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # every reporting verb that makes a day the report's also keeps it from being the
    # incident's: "the day after the shooting" counts from the shooting, not the report
    (
        (
            "A man was shot in Dallas on Saturday. Police revealed Monday that he was shot in"
            " the head. He died the day after the shooting."
        ),
        "2016-05-10",
        (("Saturday", "2016-05-07"), ("Monday", "2016-05-09"), ("the day", "2016-05-08")),
        "revealed-monday-is-no-incident-day",
    ),
    (
        (
            "A man was shot in Dallas on Saturday. Police tweeted Monday that he was shot in"
            " the head. Three days after the shooting, he died."
        ),
        "2016-05-10",
        (("Saturday", "2016-05-07"), ("Monday", "2016-05-09"), ("Three days", "2016-05-10")),
        "tweeted-monday-is-no-incident-day",
    ),
    (
        (
            "A man was shot in Dallas on Saturday. He was shot again Monday in the head. He"
            " died the day after the shooting."
        ),
        "2016-05-10",
        (("Saturday", "2016-05-07"), ("Monday", "2016-05-09"), ("the day", "2016-05-10")),
        "a-later-shooting-is-the-incident",
    ),
    # "N units later" counted from a report's day would pass the day the story is
    # published: it counts from the day named before the report, else it is a distance
    (
        (
            "On July 18, he bought a revolver. Investigators said Monday that it was the weapon"
            " they found next to his body three weeks later."
        ),
        "2016-08-16",  # a Tuesday
        (("July 18", "2016-07-18"), ("Monday", "2016-08-15"), ("three weeks later", "2016-08-08")),
        "three-weeks-later-than-the-day-before-the-report",
    ),
    (
        "Police said Monday that they found the gun. Three weeks later, the family moved away.",
        "2016-08-16",
        (("Monday", "2016-08-15"), ("Three weeks", "P3W")),
        "three-weeks-later-than-a-report-alone-is-a-distance",
    ),
    (
        "Police said Monday that he will be tried. Three weeks later, the jury will meet.",
        "2016-08-16",
        (("Monday", "2016-08-15"), ("Three weeks later", "2016-09-05")),
        "a-future-three-weeks-later-keeps-the-report-day",
    ),
    (
        "Police said Monday that the man fled on Aug. 1 and was found two days later.",
        "2016-08-16",
        (("Monday", "2016-08-15"), ("Aug. 1", "2016-08-01"), ("two days later", "2016-08-03")),
        "a-day-named-after-the-report-is-counted-from",
    ),
    # a clock time in a sentence of a weekday that recurs ("on Saturdays") is on no one day
    (
        "The bar is open until 4 a.m. on Saturdays.",
        "2017-03-26",
        (("4 a.m.", "XXXX-XX-XXT04:00"), ("Saturdays", "XXXX-WXX-6")),
        "4-am-on-saturdays",
    ),
    (
        "The bar was open at 4 a.m. on Saturday.",
        "2017-03-26",
        (("4 a.m. on Saturday", "2017-03-25T04:00"),),
        "4-am-on-one-saturday",
    ),
    # a month the story named as coming, named again to modify a noun ("the March
    # states"), is the same month though the sentence is in the past; an event in it ("bought
    # in February") is not
    (
        (
            'Her staff will fan out to the states holding primaries in March. The "March'
            ' firewall" she had been counting on was crumbling.'
        ),
        "2016-01-31",
        (("March", "2016-03"), ("March", "2016-03")),
        "the-march-firewall-after-march-ahead",
    ),
    (
        (
            "Her staff will fan out to the states holding primaries in March. Officials"
            " detailed the operation in the March states."
        ),
        "2016-01-31",
        (("March", "2016-03"), ("March", "2016-03")),
        "the-march-states-after-march-ahead",
    ),
    (
        "KKR must pay down the loan by February. Since KKR bought RJR in February, it sold units.",
        "1989-10-30",
        (("February", "1990-02"), ("February", "1989-02")),
        "bought-in-february-after-by-february",
    ),
    # "a day earlier" told in the past cannot pass the paper's date: after a day to come
    # named in passing it counts from the last day gone
    (
        (
            "As Trump prepared to speak on Tuesday, a girl was pepper-sprayed. He held a rally"
            " ahead of next Tuesday's primary. A day earlier, six protesters were arrested."
        ),
        "2016-03-30",
        (
            ("Tuesday", "2016-03-29"),
            ("next Tuesday", "2016-04-05"),
            ("A day earlier", "2016-03-28"),
        ),
        "a-day-earlier-than-the-last-day-gone",
    ),
    (
        "Trump will hold a rally next Tuesday. A day earlier, he will meet donors.",
        "2016-03-30",
        (("next Tuesday", "2016-04-05"), ("A day earlier", "2016-04-04")),
        "a-day-earlier-to-come",
    ),
    (
        (
            "On Wednesday, deputies responded. On 03/12/14, deputies found a man beaten. Two"
            " men came across him a day later."
        ),
        "2014-01-13",  # a page's crawl date, before the days it tells
        (("Wednesday", "2014-01-08"), ("03/12/14", "2014-03-12"), ("a day later", "2014-03-13")),
        "a-day-written-after-the-reference-is-counted-from",
    ),
    # a holiday named without its year in a story told of a year gone is in that year, as a
    # day of a month named so is
    (
        (
            "After 8:30 p.m. on Monday December 31, 2012 - New Year's Eve - a girl was"
            " taken. She left the house around 11 a.m. New Year's Day."
        ),
        "2017-01-20",
        (
            ("8:30 p.m. on Monday December 31, 2012", "2012-12-31T20:30"),
            ("New Year's Eve", "2012-12-31"),
            ("around 11 a.m. New Year's Day", "2013-01-01T11:00"),
        ),
        "new-years-day-after-new-years-eve-2012",
    ),
    (
        "On Dec. 20, 2012, a man was shot. On Christmas Eve, another man was shot.",
        "2017-01-20",
        (("Dec. 20, 2012", "2012-12-20"), ("Christmas Eve", "2012-12-24")),
        "christmas-eve-of-a-story-of-2012",
    ),
    (
        "On Dec. 20, 2012, a man was shot. He will be remembered on Christmas Eve.",
        "2017-01-20",
        (("Dec. 20, 2012", "2012-12-20"), ("Christmas Eve", "2017-12-24")),
        "a-christmas-eve-to-come-is-not-the-storys",
    ),
    # "overnight" after a clock time from 8 p.m. is that night, as after a night named
    (
        (
            "A teenager died after a shooting Sunday night. Police were called at 11:20 p.m."
            "\n\nOvernight investigators placed 77 evidence markers."
        ),
        "2017-02-22",
        (
            ("Sunday night", "2017-02-19TNI"),
            ("11:20 p.m.", "2017-02-19T23:20"),
            ("Overnight", "2017-02-19TNI"),
        ),
        "overnight-after-11-20-pm-sunday-night",
    ),
    (
        "A boy shot himself Monday night. Officers came shortly after 8 p.m. He died overnight.",
        "2017-02-22",
        (
            ("Monday night", "2017-02-20TNI"),
            ("8 p.m.", "2017-02-20T20:00"),
            ("overnight", "2017-02-20TNI"),
        ),
        "died-overnight-after-8-pm-monday-night",
    ),
    # a capitalised day after a clock time closed by "p.m." opens another sentence
    (
        "Officers arrived on Monday at 11 p.m. Overnight, they searched the house.",
        "2017-02-22",
        (("Monday", "2017-02-20"), ("11 p.m.", "2017-02-20T23:00"), ("Overnight", "2017-02-20TNI")),
        "11-pm-then-overnight-opening-a-sentence",
    ),
    (
        "Officers arrived at 9 a.m. The next day, they searched the house.",
        "2017-02-22",
        (("9 a.m.", "2017-02-22T09:00"), ("The next day", "2017-02-23")),
        "9-am-then-the-next-day-opening-a-sentence",
    ),
    # "X of the week" naming a feature or a pick is no week
    (
        "CRIME OF THE WEEK: On Sunday a man was shot.",
        "2017-01-20",
        (("Sunday", "2017-01-15"),),
        "crime-of-the-week-feature",
    ),
    (
        "Police named him the Fugitive of the Week.",
        "2017-01-20",
        (),
        "fugitive-of-the-week",
    ),
    (
        "Three robberies were reported earlier in the week.",
        "2017-01-20",
        (("earlier in the week", "2017-W03"),),
        "days-of-the-week-stay",
    ),
    # a weekday and a day that fall in none of the years around the reference are in a year
    # the text wrote out (a page of old stories)
    (
        (
            "On Sunday, February 16, 2014, officers responded. About 12:30 a.m. on Thursday,"
            " January 16, officers responded again."
        ),
        "2017-01-20",
        (
            ("Sunday, February 16, 2014", "2014-02-16"),
            ("About 12:30 a.m. on Thursday, January 16", "2014-01-16T00:30"),
        ),
        "thursday-january-16-of-a-page-of-2014",
    ),
    (
        "On Monday, January 16, officers responded.",
        "2017-01-20",
        (("Monday, January 16", "2017-01-16"),),
        "monday-january-16-of-the-reference-year",
    ),
    # "a" before a hyphenated length is the length's when a verb follows it, not a noun
    (
        "A candidate who has led the party for a quarter-century would usher in change.",
        "2016-06-01",
        (("a quarter-century", "P25Y"),),
        "a-quarter-century-before-would",
    ),
    (
        "She ran for a half-hour is what he said.",
        "2016-06-01",
        (("a half-hour", "PT30M"),),
        "a-half-hour-before-is",
    ),
    (
        "He gave a two-hour speech.",
        "2016-06-01",
        (("two-hour", "PT2H"),),
        "a-two-hour-speech-keeps-its-article-out",
    ),
    # "that same day" after a year named in passing is the last day named again
    (
        (
            "He gave $5,000 on June 27, 2014. He registered the firm in 2010. It was one of six"
            " donations made that same day."
        ),
        "2016-08-01",
        (("June 27, 2014", "2014-06-27"), ("2010", "2010"), ("that same day", "2014-06-27")),
        "that-same-day-after-a-year-in-passing",
    ),
    (
        "In 2010, he registered the firm. That same day, he left.",
        "2016-08-01",
        (("2010", "2010"), ("That same day", "2010-XX-XX")),
        "that-same-day-of-a-year-alone",
    ),
    (
        "He gave $5,000 on June 27, 2014. He had registered it in October. That same day, he left.",
        "2016-08-01",
        (("June 27, 2014", "2014-06-27"), ("October", "2014-10"), ("That same day", "2014-10-XX")),
        "that-same-day-after-a-month-is-a-day-of-it",
    ),
    # a season's semester or term is the season
    (
        "He has attended the school since fall semester 2015.",
        "2016-08-23",
        (("fall semester 2015", "2015-FA"),),
        "fall-semester-2015",
    ),
    (
        "She left at the end of the fall semester of 2015.",
        "2016-08-23",
        (("the end of the fall semester of 2015", "2015-FA"),),
        "the-end-of-the-fall-semester-of-2015",
    ),
    # "Earlier that evening" after a small-hours clock time is the evening before, as
    # "earlier in the evening" was; "That evening" alone stays the day's
    (
        "The shooting happened at 4:30 a.m. Friday. Earlier that evening, he had been drinking.",
        "2015-06-20",
        (("4:30 a.m. Friday", "2015-06-19T04:30"), ("Earlier that evening", "2015-06-18TEV")),
        "earlier-that-evening-after-4-30-am",
    ),
    (
        "The shooting happened at 4:30 a.m. Friday. That evening, police held a vigil.",
        "2015-06-20",
        (("4:30 a.m. Friday", "2015-06-19T04:30"), ("That evening", "2015-06-19TEV")),
        "that-evening-after-4-30-am",
    ),
    (
        "The shooting happened at 7 p.m. Friday. Earlier that evening, he had been drinking.",
        "2015-06-20",
        (("7 p.m. Friday", "2015-06-19T19:00"), ("Earlier that evening", "2015-06-19TEV")),
        "earlier-that-evening-after-7-pm",
    ),
    # "that Tuesday evening" with no day named before is read from the reference, and the
    # story goes on from it
    (
        (
            "He shot his wife while his son was at a game that Tuesday evening. The fire was"
            " spotted by a neighbor just before 6 p.m."
        ),
        "2016-02-10",
        (("that Tuesday evening", "2016-02-09TEV"), ("6 p.m.", "2016-02-09T18:00")),
        "6-pm-after-that-tuesday-evening",
    ),
    (
        "A man was shot on Jan. 29. He died the following Monday.",
        "2016-02-10",
        (("Jan. 29", "2016-01-29"), ("the following Monday", "2016-02-01")),
        "the-following-monday-counts-from-the-day-named",
    ),
    # "the next year" told in the past cannot come after the reference: with no year before
    # it the story dated, it is a year gone, which one unknown
    (
        "A man was shot Tuesday. She once gave him seeds. The next year, he brought tomatoes.",
        "2016-02-10",
        (("Tuesday", "2016-02-09"), ("The next year", "XXXX")),
        "the-next-year-of-an-undated-past",
    ),
    (
        "A man was shot Tuesday. The next year, he will plant them.",
        "2016-02-10",
        (("Tuesday", "2016-02-09"), ("The next year", "2017")),
        "the-next-year-to-come",
    ),
    (
        'A man was shot Tuesday. "I am trying to get out of here in the next month," he said.',
        "2015-03-24",
        (("Tuesday", "2015-03-24"), ("the next month", "2015-04")),
        "the-next-month-in-a-quotation",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_45_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected


def test_a_count_past_a_report_is_anchored_on_the_day_it_counts_from() -> None:
    """
    "three weeks later" counted from the day before the report names that day as its anchor.
    """
    text = (
        "On July 18, he bought a revolver. Investigators said Monday that it was the weapon"
        " they found three weeks later."
    )
    later = newsevents.find_times(text, reference="2016-08-16")[-1]
    assert later.anchor is not None
    assert text[later.anchor.start : later.anchor.end] == "July 18"
