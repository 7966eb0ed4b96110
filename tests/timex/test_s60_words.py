"""
Expressions found by the session 60 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a weekday looked ahead to from a named day of speaking: every verb and noun of speaking
    # the quotation-day rule knows names that day ("spoke", "a statement", "a news conference")
    (
        "Sanders spoke Monday, vowing to win the primary on Tuesday.",
        "2016-06-09",
        (("Monday", "2016-06-06"), ("Tuesday", "2016-06-07")),
        "spoke-monday-vowing-tuesday",
    ),
    (
        "In a statement Wednesday, the campaign said it would hold a rally on Thursday.",
        "2016-06-10",
        (("Wednesday", "2016-06-08"), ("Thursday", "2016-06-09")),
        "statement-wednesday-would-thursday",
    ),
    (
        "At a news conference Monday, he said he would travel on Thursday.",
        "2016-06-10",
        (("Monday", "2016-06-06"), ("Thursday", "2016-06-09")),
        "news-conference-monday-would-thursday",
    ),
    (
        "The campaign said it would hold a rally on Thursday.",
        "2016-06-10",
        (("Thursday", "2016-06-16"),),
        "would-thursday-no-saying-day",
    ),
    # "today" after an indefinite pronoun of people is nowadays; not across a sentence end,
    # nor before a verb of a day's doing
    (
        "Anyone today who wants to run for office needs a lot of money.",
        "2016-07-11",
        (("today", "PRESENT_REF"),),
        "anyone-today-who",
    ),
    (
        "Everybody today is connected to a phone.",
        "2016-07-11",
        (("today", "PRESENT_REF"),),
        "everybody-today-is",
    ),
    (
        "Everyone today voted early.",
        "2016-07-11",
        (("today", "2016-07-11"),),
        "everyone-today-voted-is-the-day",
    ),
    (
        "He told the clerk he had hurt somebody. Today is his last day, he said.",
        "2016-07-11",
        (("Today", "2016-07-11"),),
        "somebody-full-stop-today",
    ),
    (
        "According to The New York Times today, the talks failed.",
        "2016-07-11",
        (("today", "2016-07-11"),),
        "newspaper-times-today-is-the-day",
    ),
    (
        "These times today are hard for workers.",
        "2016-07-11",
        (("today", "PRESENT_REF"),),
        "times-today-nowadays",
    ),
    (
        "The mission began in 1948, and, today, about 100,000 soldiers are deployed.",
        "2016-09-20",
        (("1948", "1948"), ("today", "PRESENT_REF")),
        "and-comma-today-present-state",
    ),
    (
        "He was arrested Monday, and, today, he appeared in court.",
        "2016-09-20",
        (("Monday", "2016-09-19"), ("today", "2016-09-20")),
        "and-comma-today-past-verb-is-the-day",
    ),
    # "today" compared with a past time named after it, with no verb, is nowadays
    (
        "We have so little democracy today, even relative to the recent past.",
        "2016-06-05",
        (("today", "PRESENT_REF"), ("the recent past", "PAST_REF")),
        "today-relative-to-the-past",
    ),
    (
        "Crime is lower today than in the 1990s.",
        "2016-06-05",
        (("today", "PRESENT_REF"), ("the 1990s", "199")),
        "today-than-in-a-decade",
    ),
    (
        "He left today compared to yesterday.",
        "2016-06-05",
        (("today", "2016-06-05"), ("yesterday", "2016-06-04")),
        "today-compared-to-yesterday-is-the-day",
    ),
    # a day opening its sentence whose verb is a report's dates no clock time after it
    (
        (
            "The bodies were found Thursday afternoon. On Friday, the sheriff's office released"
            " the names. The 911 call came in around 5 p.m."
        ),
        "2016-11-11",
        (
            ("Thursday afternoon", "2016-11-10TAF"),
            ("Friday", "2016-11-11"),
            ("around 5 p.m.", "2016-11-10T17:00"),
        ),
        "on-day-report-verb-clock-events-day",
    ),
    (
        (
            "The bodies were found Thursday afternoon. On Friday, deputies searched the woods."
            " They found a gun around 5 p.m."
        ),
        "2016-11-11",
        (
            ("Thursday afternoon", "2016-11-10TAF"),
            ("Friday", "2016-11-11"),
            ("around 5 p.m.", "2016-11-11T17:00"),
        ),
        "on-day-event-verb-clock-that-day",
    ),
    # a year told in a relative clause is no time the story moves to
    (
        (
            "The shooting happened Wednesday evening. Friends gathered for a man who had"
            " been killed last year. The following day, she consoled students."
        ),
        "2016-05-05",
        (
            ("Wednesday evening", "2016-05-04TEV"),
            ("last year", "2015"),
            ("The following day", "2016-05-05"),
        ),
        "relative-clause-last-year-no-anchor",
    ),
    (
        (
            "The shooting happened Wednesday evening. A friend had been killed last year."
            " The following day, his brother was arrested."
        ),
        "2016-05-05",
        (
            ("Wednesday evening", "2016-05-04TEV"),
            ("last year", "2015"),
            ("The following day", "2015-XX-XX"),
        ),
        "main-clause-last-year-anchors",
    ),
    # an amount of a thing before "a year" is a rate, as an amount alone is
    (
        "China and the United States do trillions of dollars of trade a year.",
        "2016-06-04",
        (),
        "amount-of-thing-a-year-rate",
    ),
    (
        "They buy $5 million of oil a month.",
        "2016-06-04",
        (),
        "money-of-thing-a-month-rate",
    ),
    (
        "The value of trade a year earlier was lower.",
        "2016-06-04",
        (("a year earlier", "2015"),),
        "of-thing-a-year-earlier-is-a-date",
    ),
    # "a short time span", "a brief span of time" are some length, as "a short period of
    # time" is
    (
        "He was shot twice in a short time span.",
        "2016-06-04",
        (("a short time span", "PXX"),),
        "short-time-span",
    ),
    (
        "The polls moved in a brief span of time.",
        "2016-06-04",
        (("a brief span of time", "PXX"),),
        "brief-span-of-time",
    ),
    (
        "His attention span is short.",
        "2016-06-04",
        (),
        "attention-span-no-time",
    ),
    # a range of years whose second keeps one digit
    (
        "The Wall Street collapse of 2008-9 left scars.",
        "2016-07-26",
        (("2008", "2008"), ("9", "2009")),
        "year-range-one-digit",
    ),
    (
        "The 2015-3 vote was close.",
        "2016-07-26",
        (),
        "year-dash-smaller-digit-no-range",
    ),
    # a page stamped again more than a week after its post, on the page's date, is told on
    # the day of its post
    (
        (
            "Teen shot Posted: Wednesday, March 6, 2013 1:55 PM EST Updated: Wednesday, March"
            " 20, 2013 1:58 PM EST\n\nA teen was killed early Saturday morning. Police"
            " arrested a suspect Tuesday evening."
        ),
        "2013-03-20",
        (
            ("Wednesday, March 6, 2013 1:55 PM EST", "2013-03-06T13:55"),
            ("Wednesday, March 20, 2013 1:58 PM EST", "2013-03-20T13:58"),
            ("early Saturday morning", "2013-03-02TMO"),
            ("Tuesday evening", "2013-03-05TEV"),
        ),
        "reposted-page-told-on-its-post-day",
    ),
    (
        (
            "Teen shot Posted: Monday, March 18, 2013 1:55 PM EST Updated: Wednesday, March"
            " 20, 2013 1:58 PM EST\n\nA teen was killed early Saturday morning. Police"
            " arrested a suspect Tuesday evening."
        ),
        "2013-03-20",
        (
            ("Monday, March 18, 2013 1:55 PM EST", "2013-03-18T13:55"),
            ("Wednesday, March 20, 2013 1:58 PM EST", "2013-03-20T13:58"),
            ("early Saturday morning", "2013-03-16TMO"),
            ("Tuesday evening", "2013-03-19TEV"),
        ),
        "updated-within-a-week-page-date",
    ),
    # a "Now," opening a sentence stays untagged in text split into tokens ("Now , even")
    (
        "They have been calling for it for months . Now , even his supporters are joining .",
        None,
        (("months", "PXM"),),
        "tokenised-now-comma-opening",
    ),
    (
        "He is here now , she said .",
        None,
        (("now", "PRESENT_REF"),),
        "tokenised-now-comma-closing-a-clause",
    ),
    # a day number joins a month after it across one line break, not across a blank line
    (
        "Bethany Thompson\n\n11\n\nOctober 19, 2016\n",
        "2016-10-19",
        (("October 19, 2016", "2016-10-19"),),
        "number-blank-line-month-no-day",
    ),
    (
        "They left on 17\nMarch for the coast.",
        "2016-10-19",
        (("17\nMarch", "2016-03-17"),),
        "day-line-break-month",
    ),
    # "noontime" is noon
    (
        "Police are investigating a noontime shooting.",
        "2016-05-06",
        (("noontime", "2016-05-06T12:00"),),
        "noontime-is-noon",
    ),
    (
        "She hosts The Noontime Show on WXYZ.",
        "2016-05-06",
        (),
        "noontime-show-title",
    ),
    (
        "He was shot mid-day Tuesday.",
        "2016-08-10",
        (("mid-day Tuesday", "2016-08-09T12:00"),),
        "mid-day-is-midday",
    ),
    # "March" joined to a gathering is a march
    (
        "March and prayer vigil for Olathe shooting victims",
        "2017-03-01",
        (),
        "march-and-prayer-vigil",
    ),
    (
        "In March and April, sales rose.",
        "2017-03-01",
        (("March", "2017-03"), ("April", "2017-04")),
        "march-and-april-months",
    ),
    # a weekday labelling a station's feature is no day
    (
        "Sunday Interview: The mayor offers advice to new officers.",
        "2016-11-14",
        (),
        "sunday-interview-feature-label",
    ),
    (
        "In a Sunday interview, the mayor offered advice.",
        "2016-11-14",
        (("Sunday", "2016-11-13"),),
        "sunday-interview-is-a-day",
    ),
    (
        "Watch Channel 2 Action News This Morning for more.",
        "2016-11-14",
        (),
        "station-news-this-morning-programme",
    ),
    # a page's "Updated: N units ago" widget is counted from the day the page was read
    (
        "Published: Tuesday, 11/18/2014 - Updated: 8 months ago",
        "2014-11-18",
        (("Tuesday, 11/18/2014", "2014-11-18"),),
        "updated-ago-widget",
    ),
    (
        "The shop was updated three months ago, he said.",
        "2014-11-18",
        (("three months ago", "2014-08"),),
        "updated-ago-in-a-sentence",
    ),
    # a headline's "past week" without its article is "the past week"
    (
        "Crime up in past week",
        "2017-03-10",
        (("past week", "2017-W10"),),
        "headline-past-week-on-friday",
    ),
    (
        "Crime up in past week",
        "2017-03-07",
        (("past week", "2017-W09"),),
        "headline-past-week-on-tuesday",
    ),
    # a weekday, a comma and a slash date are one date, as with a month's name
    (
        "Published: Tuesday, 1/5/2016 - Updated",
        "2016-01-06",
        (("Tuesday, 1/5/2016", "2016-01-05"),),
        "weekday-comma-slash-date",
    ),
    (
        "On Monday 1/5/2016 police said.",
        "2016-01-06",
        (("Monday", "2016-01-04"), ("1/5/2016", "2016-01-05")),
        "weekday-no-comma-slash-date-apart",
    ),
    (
        "It was on the news this morning.",
        "2016-11-14",
        (("this morning", "2016-11-14TMO"),),
        "news-this-morning-is-a-time",
    ),
    # a weekday gone before the incident, in a sentence of a complaint filed, a jail, an
    # interview or a statement, tells what followed it: the day after the page's
    (
        "A man was shot and killed Monday. Wells spoke with reporters from jail on Tuesday.",
        "2013-07-01",
        (("Monday", "2013-07-01"), ("Tuesday", "2013-07-02")),
        "spoke-from-jail-after-incident",
    ),
    (
        "A man was shot and killed Monday. A complaint filed Tuesday accuses Wells of murder.",
        "2013-07-01",
        (("Monday", "2013-07-01"), ("Tuesday", "2013-07-02")),
        "complaint-filed-after-incident",
    ),
    (
        "A man was shot and killed Monday. He had spoken with reporters on Tuesday.",
        "2013-07-01",
        (("Monday", "2013-07-01"), ("Tuesday", "2013-06-25")),
        "had-spoken-before-incident",
    ),
    (
        (
            "A man was shot and killed Sunday afternoon. The father turned himself in"
            " Tuesday evening."
        ),
        "2015-03-08",
        (("Sunday afternoon", "2015-03-08TAF"), ("Tuesday evening", "2015-03-10TEV")),
        "turned-himself-in-after-incident",
    ),
    (
        (
            "Police met with reporters Wednesday to discuss the shooting death of a teen."
            " Police said the shooting that killed him Tuesday night started as a robbery."
        ),
        "2017-03-28",
        (("Wednesday", "2017-03-29"), ("Tuesday night", "2017-03-28TNI")),
        "met-reporters-after-incident",
    ),
    # a page stamped a few days after its date was told until then: a follow-up weekday up
    # to that stamp is after the incident
    (
        (
            "Man shot Posted: Wednesday, June 4, 2014 Updated: Friday, June 6, 2014\n\n"
            "A man was shot Wednesday. Police said a suspect was arrested Friday."
        ),
        "2014-06-04",
        (
            ("Wednesday, June 4, 2014", "2014-06-04"),
            ("Friday, June 6, 2014", "2014-06-06"),
            ("Wednesday", "2014-06-04"),
            ("Friday", "2014-06-06"),
        ),
        "updated-stamp-follow-up-weekday",
    ),
    (
        (
            "Man shot Posted: Wednesday, June 4, 2014 Updated: Wednesday, June 4, 2014\n\n"
            "A man was shot Wednesday. Police said a suspect was arrested Friday."
        ),
        "2014-06-04",
        (
            ("Wednesday, June 4, 2014", "2014-06-04"),
            ("Wednesday, June 4, 2014", "2014-06-04"),
            ("Wednesday", "2014-06-04"),
            ("Friday", "2014-05-30"),
        ),
        "no-later-stamp-follow-up-two-days-on-stays",
    ),
    # "moments" before "later" or "after" an event is some length, as "a short time" is;
    # so is "a short amount of time"
    (
        "Moments later, police arrived.",
        "2016-07-08",
        (("Moments", "PXX"),),
        "moments-later",
    ),
    (
        "Just moments after the shooting, officers arrived.",
        "2016-07-08",
        (("moments", "PXX"),),
        "moments-after-the-event",
    ),
    (
        "There were moments of joy at the party.",
        "2016-07-08",
        (),
        "moments-of-joy-no-time",
    ),
    (
        "The city changed in a short amount of time.",
        "2016-07-08",
        (("a short amount of time", "PXX"),),
        "short-amount-of-time",
    ),
    # "for some time now": the length and the present, as AQUAINT tags "for almost five
    # months now"
    (
        "He has been ill for some time now.",
        "2016-06-05",
        (("some time", "PXX"), ("now", "PRESENT_REF")),
        "for-some-time-now",
    ),
    # a distance set right after the month or year it dates is a length, as after a day
    (
        (
            "The coup came in February 2014. The new government called elections for"
            " October 2014, just eight months later."
        ),
        "2016-08-02",
        (("February 2014", "2014-02"), ("October 2014", "2014-10"), ("eight months", "P8M")),
        "month-then-distance-later",
    ),
    # a month before an incident's noun takes the year of that month dated in full
    (
        (
            "He is held after a July shooting on Bourbon Street. The July 29, 2014, shooting"
            " took a life."
        ),
        "2016-01-15",
        (("July", "2014-07"), ("July 29, 2014", "2014-07-29")),
        "incident-month-year-dated-later",
    ),
    (
        "He is held after a July shooting on Bourbon Street.",
        "2016-01-15",
        (("July", "2015-07"),),
        "incident-month-no-date-the-last-one",
    ),
    # a quoted "today" or "tomorrow" in a story of a day long gone moves the story nowhere
    (
        (
            'On March 19, 2002, workers held signs saying "Merger today, Chapter 11 tomorrow."'
            " Early the next day, she flew home."
        ),
        "2016-01-20",
        (
            ("March 19, 2002", "2002-03-19"),
            ("today", "2016-01-20"),
            ("tomorrow", "2016-01-21"),
            ("Early the next day", "2002-03-20"),
        ),
        "quoted-today-in-past-story-no-anchor",
    ),
    (
        'On Monday, workers held signs saying "Merger today." Early the next day, she left.',
        "2016-01-20",
        (("Monday", "2016-01-18"), ("today", "2016-01-20"), ("Early the next day", "2016-01-21")),
        "quoted-today-in-recent-story-anchors",
    ),
    (
        "The coup came in February 2014. Eight months later, elections were held.",
        "2016-08-02",
        (("February 2014", "2014-02"), ("Eight months later", "2014-10")),
        "distance-later-counted-from-month",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_60_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
