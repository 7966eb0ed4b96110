"""
Expressions found by the session 63 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented. The cases of
`PARSED` are whole pages read by `parse`, whose paragraphs are scanned one by one.
"""

from __future__ import annotations

import pytest

from newsevents import parse

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a clock time in a sentence of the shoot-out is on the incident's day, not on the day
    # a victim died after it
    (
        (
            "Three men were hurt in the shooting Wednesday at a barber shop. One man died early"
            " Thursday. Police are looking for two men involved in the shoot-out at about 6"
            " p.m."
        ),
        "2013-11-07",
        (
            ("Wednesday", "2013-11-06"),
            ("early Thursday", "2013-11-07"),
            ("about 6 p.m.", "2013-11-06T18:00"),
        ),
        "clock-time-of-the-shoot-out",
    ),
    (
        (
            "Three men were hurt in the shooting Wednesday at a barber shop. One man died early"
            " Thursday. He heard shots had been fired around 6 p.m."
        ),
        "2013-11-07",
        (
            ("Wednesday", "2013-11-06"),
            ("early Thursday", "2013-11-07"),
            ("around 6 p.m.", "2013-11-06T18:00"),
        ),
        "clock-time-of-shots-fired",
    ),
    (
        (
            "Three men were hurt in the shooting Wednesday at a barber shop. One man died early"
            " Thursday. His family was told at about 6 p.m."
        ),
        "2013-11-07",
        (
            ("Wednesday", "2013-11-06"),
            ("early Thursday", "2013-11-07"),
            ("about 6 p.m.", "2013-11-07T18:00"),
        ),
        "clock-time-of-no-incident-takes-the-last-day",
    ),
    # "short-time" written with a hyphen before "later"
    (
        "A short-time later, officers found him in a car.",
        "2017-02-10",
        (("A short-time", "PXX"),),
        "short-time-later",
    ),
    (
        "He took a short-time job at the plant.",
        "2017-02-10",
        (),
        "short-time-job-is-no-time",
    ),
    # the half of the day in brackets after a clock time
    (
        "Some time later, around 9:21 (a.m.), officers saw the car again.",
        "2017-02-10",
        (("Some time", "PXX"), ("around 9:21 (a.m.)", "2017-02-10T09:21")),
        "clock-time-with-its-half-in-brackets",
    ),
    # a bare plural of a unit after "wait" is a length, as after "took"
    (
        "Patients have had to wait hours for a bed, and some waited days.",
        "2017-02-10",
        (("hours", "PTXH"), ("days", "PXD")),
        "wait-hours",
    ),
    # "last weeks" written without its apostrophe before a noun
    (
        "Police are still investigating last weeks shooting on Main Street.",
        "2017-02-10",
        (("last week", "2017-W05"),),
        "last-weeks-shooting-without-apostrophe",
    ),
    (
        "He spent his last weeks alive in a hospital, and the last weeks of the campaign too.",
        "2017-02-10",
        (("the last weeks", "PXW"),),
        "his-last-weeks-stays-plural",
    ),
    # a weekday whose coming day is the day a caption stamps, after the page's date: the
    # page was told until then
    (
        (
            "Wells is charged in the shootings of three people on Monday. (Published Tuesday,"
            " July 2, 2013)\n\nWells spoke with reporters from jail on Tuesday."
        ),
        "2013-07-01",
        (
            ("Monday", "2013-07-01"),
            ("Tuesday, July 2, 2013", "2013-07-02"),
            ("Tuesday", "2013-07-02"),
        ),
        "weekday-of-a-later-caption-stamp",
    ),
    (
        (
            "Wells is charged in the shootings of three people on Monday. (Published Monday,"
            " July 1, 2013)\n\nWells spoke with reporters from jail on Tuesday."
        ),
        "2013-07-01",
        (
            ("Monday", "2013-07-01"),
            ("Monday, July 1, 2013", "2013-07-01"),
            ("Tuesday", "2013-06-25"),
        ),
        "weekday-without-a-later-stamp-is-gone",
    ),
    # a month before years in the plural is the month of any of them
    (
        "Confirmations slow down as it gets closer to November in presidential election years.",
        "2016-04-12",
        (("November", "XXXX-11"),),
        "month-in-election-years",
    ),
    (
        "Sales rose in December in recent years, and he was jailed in March for two years.",
        "2016-04-12",
        (
            ("December", "2015-12"),
            ("recent years", "PAST_REF"),
            ("March", "2016-03"),
            ("two years", "P2Y"),
        ),
        "month-before-recent-years-or-a-count",
    ),
    # a state in the present on the day after the reference, after the incident
    (
        "A man is recovering Monday morning after being shot in the leg.",
        "2016-09-11",
        (("Monday morning", "2016-09-12TMO"),),
        "recovering-the-day-after",
    ),
    (
        "A man was walking home Monday morning when he was shot in the leg.",
        "2016-09-11",
        (("Monday morning", "2016-09-05TMO"),),
        "walking-on-a-weekday-is-gone",
    ),
    # an accident is an incident a headline's "weekend" dates
    (
        "Teen killed in weekend hunting accident",
        "2014-12-29",
        (("weekend", "2014-W52-WE"),),
        "weekend-hunting-accident",
    ),
    (
        "Teen enjoys weekend hunting trip",
        "2014-12-29",
        (),
        "weekend-hunting-trip-is-no-incident",
    ),
    # a quoted "tonight" after a past verb, said the morning the story is on
    (
        (
            "Two officers were shot shortly after 1:50 a.m. Sunday. \u201cWhat happened tonight"
            " is unacceptable,\u201d the chief said."
        ),
        "2016-07-24",
        (("1:50 a.m. Sunday", "2016-07-24T01:50"), ("tonight", "2016-07-23TNI")),
        "past-tonight-said-in-the-morning",
    ),
    (
        (
            "Two officers were shot shortly after 1:50 a.m. Sunday. \u201cWe will hold a vigil"
            " tonight,\u201d the chief said."
        ),
        "2016-07-24",
        (("1:50 a.m. Sunday", "2016-07-24T01:50"), ("tonight", "2016-07-24TNI")),
        "coming-tonight-said-in-the-morning",
    ),
    # (not the small hours, but since session 68 "what happened tonight" names the
    # incident's own night, the day before the reference: Saturday's)
    (
        (
            "Two officers were shot Saturday afternoon. \u201cWhat happened tonight is"
            " unacceptable,\u201d the chief said."
        ),
        "2016-07-24",
        (("Saturday afternoon", "2016-07-23TAF"), ("tonight", "2016-07-23TNI")),
        "past-tonight-after-a-part-of-a-day",
    ),
    # "earlier" after a determiner compares; an age written without "-old" before a title
    (
        "He began his earlier January bus tour in Iowa, as 82-year Iowa Sen. Chuck Grassley said.",
        "2016-01-27",
        (("January", "2016-01"),),
        "his-earlier-january-and-an-age-before-a-title",
    ),
    (
        "It rained in earlier January, and a 10-year Treasury note rose.",
        "2016-01-27",
        (("earlier January", "2016-01"), ("10-year", "P10Y")),
        "earlier-january-and-a-10-year-note",
    ),
    # the course of an evening before the small hours named is the evening before them
    (
        "He shot the man at about 4:30 a.m. after drinking 12 beers in the course of the evening.",
        "2015-06-19",
        (("about 4:30 a.m.", "2015-06-19T04:30"), ("the evening", "2015-06-18TEV")),
        "course-of-the-evening-before-small-hours",
    ),
    (
        "He shot the man at about 4:30 a.m. The victim died during the evening.",
        "2015-06-19",
        (("about 4:30 a.m.", "2015-06-19T04:30"), ("the evening", "2015-06-19TEV")),
        "evening-after-small-hours-is-their-day",
    ),
    # "everyday" before "through" is every day
    (
        "Living everyday through her memory is hard.",
        "2016-12-20",
        (("everyday", "P1D"),),
        "everyday-through",
    ),
    # months heading the sections of a year's review are of the year reviewed, as are the
    # days under them
    (
        (
            "Gun crime of the year in review\n\nJanuary\n\nA man was shot on Jan. 5."
            " Update: On Aug. 6, he was convicted.\n\nFebruary\n\nA woman was robbed on"
            " Feb. 2 after three robberies in the month of January.\n\nDecember\n\n"
            "Police say on Dec. 3 a boy was shot. Update: On Jan. 10, he pleaded guilty."
        ),
        "2014-01-23",
        (
            ("January", "2013-01"),
            ("Jan. 5", "2013-01-05"),
            ("Aug. 6", "2013-08-06"),
            ("February", "2013-02"),
            ("Feb. 2", "2013-02-02"),
            ("January", "2013-01"),
            ("December", "2013-12"),
            ("Dec. 3", "2013-12-03"),
            ("Jan. 10", "2014-01-10"),
        ),
        "months-heading-a-year-in-review",
    ),
    (
        (
            "Gun crime in the city\n\nFebruary\n\nA woman was robbed on Feb. 2.\n\n"
            "January\n\nA man was shot on Jan. 5.\n\nMarch\n\nNo one was hurt."
        ),
        "2014-01-23",
        (
            ("February", "2014-02"),
            ("Feb. 2", "2013-02-02"),
            ("January", "2014-01"),
            ("Jan. 5", "2014-01-05"),
            ("March", "2014-03"),
        ),
        "months-out-of-order-head-no-review",
    ),
    # a weekday after a clock range opens a range of days, not the clock time's day
    (
        "The council voted Tuesday on a curfew from 8 p.m. to 6 a.m. Friday through Monday.",
        "2015-06-20",
        (
            ("Tuesday", "2015-06-16"),
            ("8 p.m.", "XXXX-XX-XXT20:00"),
            ("6 a.m.", "XXXX-XX-XXT06:00"),
            ("Friday", "2015-06-19"),
            ("Monday", "2015-06-22"),
        ),
        "clock-range-before-a-range-of-days",
    ),
    (
        "He was shot at 8 p.m. Friday, police said.",
        "2015-06-20",
        (("8 p.m. Friday", "2015-06-19T20:00"),),
        "clock-time-and-its-day",
    ),
    # a bare plural after "only" closing a clause of "be"
    (
        "It was only seconds, but it felt like hours.",
        "2016-11-10",
        (("seconds", "PTXS"), ("hours", "PTXH")),
        "it-was-only-seconds",
    ),
    # "emotionally charged" is no charge laid after an incident
    (
        (
            "A shooting at a block party Saturday night left one dead. On Tuesday, after hours"
            " of emotionally charged statements, the council voted to reject a curfew."
        ),
        "2015-06-20",
        (("Saturday night", "2015-06-20TNI"), ("Tuesday", "2015-06-16"), ("hours", "PTXH")),
        "emotionally-charged-is-no-follow-up",
    ),
    (
        (
            "A shooting at a block party Saturday night left one dead. On Tuesday, police"
            " charged a man in the shooting."
        ),
        "2015-06-20",
        (("Saturday night", "2015-06-20TNI"), ("Tuesday", "2015-06-23")),
        "charged-on-a-weekday-after-the-incident",
    ),
    # the morning after a small-hours incident is that day's
    (
        (
            "Gunfire broke out at the club early Monday morning. The morning after the"
            " shooting, the mayor told us police knew of a threat."
        ),
        "2016-07-25",
        (("early Monday morning", "2016-07-25TMO"), ("The morning", "2016-07-25TMO")),
        "morning-after-a-small-hours-incident",
    ),
    (
        (
            "Gunfire broke out at the club Sunday night. The morning after the shooting, the"
            " mayor told us police knew of a threat."
        ),
        "2016-07-25",
        (("Sunday night", "2016-07-24TNI"), ("The morning", "2016-07-25TMO")),
        "morning-after-a-night-incident",
    ),
    # a date of no incident, long before the story's, dates no clock time told paragraphs on
    (
        (
            "Gunfire broke out at the club early Monday morning.\n\nNo alcohol was served"
            " because the club's liquor license was revoked on June 7th.\n\nVictims started"
            " arriving at the hospital around 1:30 a.m."
        ),
        "2016-07-25",
        (
            ("early Monday morning", "2016-07-25TMO"),
            ("June 7th", "2016-06-07"),
            ("around 1:30 a.m.", "2016-07-25T01:30"),
        ),
        "clock-time-after-a-recalled-date-of-no-incident",
    ),
    (
        (
            "A man was shot Monday.\n\nLovette was shot in the chest on Aug. 26, 2015."
            "\n\nHe died at 11:37 a.m., the medical examiner said."
        ),
        "2016-07-25",
        (
            ("Monday", "2016-07-25"),
            ("Aug. 26, 2015", "2015-08-26"),
            ("11:37 a.m.", "2015-08-26T11:37"),
        ),
        "clock-time-after-an-old-incident-retold",
    ),
    # a range from an evening into the incident's small hours began the evening before
    (
        (
            "Four people were shot early Saturday after a party. The party was slated to run"
            " from 9 p.m. to 2 a.m. at the club."
        ),
        "2013-12-08",
        (
            ("early Saturday", "2013-12-07"),
            ("9 p.m.", "2013-12-06T21:00"),
            ("2 a.m.", "2013-12-07T02:00"),
        ),
        "evening-range-into-the-incident-small-hours",
    ),
    (
        "Four people were shot early Saturday. A curfew will run from 8 p.m. to 2 a.m.",
        "2013-12-08",
        (
            ("early Saturday", "2013-12-07"),
            ("8 p.m.", "2013-12-08T20:00"),
            ("2 a.m.", "2013-12-09T02:00"),
        ),
        "evening-range-still-to-come",
    ),
    # a remembrance of 9/11 with no reference is of no known year
    (
        "She left a 9/11 memorial ceremony on Sunday morning, a day after the 9/11 attacks film.",
        None,
        (
            ("9/11", "XXXX-09-11"),
            ("Sunday morning", "XXXX-WXX-7TMO"),
            ("a day", "P1D"),
            ("9/11", "2001-09-11"),
        ),
        "remembrance-of-nine-eleven-with-no-reference",
    ),
    # "two- or three-week": a range whose first number's unit is left to the second
    (
        "It was a crucial two- or three-week period, with 36- and 48-month sentences.",
        "2016-06-09",
        (("two- or three-week", "P2W"), ("48-month", "P48M")),
        "two-or-three-week-with-a-dangling-hyphen",
    ),
    # "New Year's" before an incident is the day
    (
        "Sunriver New Year's shooting leaves one dead after a New Year's party",
        "2017-01-02",
        (("New Year's", "2017-01-01"),),
        "new-years-shooting",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_63_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each time found takes the value a careful reader gives it.
    """
    assert _found(text, reference) == expected


PARSED: list[Case] = [
    # a line that is a date and its year alone, below a story, dates the next story
    (
        (
            "Child dies in accidental shooting\n\n"
            "A man is under arrest, accused of leaving a loaded gun within reach of a child.\n\n"
            "By: Eyewitness News\n\n"
            "December 30, 2014\n\n"
            "A 4-year-old child has died following an accidental shooting.\n\n"
            "Police say they responded to a home Monday night around 10:45 p.m."
        ),
        "2015-01-08",
        (
            ("December 30, 2014", "2014-12-30"),
            ("Monday night", "2014-12-29TNI"),
            ("around 10:45 p.m.", "2014-12-29T22:45"),
        ),
        "date-line-below-a-story-dates-the-next",
    ),
    (
        (
            "Child dies in accidental shooting\n\n"
            "A man is under arrest, accused of leaving a loaded gun within reach of a child.\n\n"
            "By: Eyewitness News\n\n"
            "Related: child shot December 30, 2014\n\n"
            "A 4-year-old child has died following an accidental shooting.\n\n"
            "Police say they responded to a home Monday night around 10:45 p.m."
        ),
        "2015-01-08",
        (("Monday night", "2015-01-05TNI"), ("around 10:45 p.m.", "2015-01-05T22:45")),
        "related-headline-below-a-story-is-unread",
    ),
    # a repeated headline on the line of its page's stamps is read from the stamps on
    (
        (
            "Boy shoots self in finger - WAFF-TV\n\n"
            "Boy shoots self in finger Tuesday Posted: Tuesday, December 30, 2014 5:11 PM EST"
            " Updated: Tuesday, January 27, 2015 5:11 PM EST\n\n"
            "An 8-year-old boy shot himself in his finger at a home in Arab Tuesday."
        ),
        "2014-12-30",
        (
            ("Tuesday, December 30, 2014 5:11 PM EST", "2014-12-30T17:11"),
            ("Tuesday, January 27, 2015 5:11 PM EST", "2015-01-27T17:11"),
            ("Tuesday", "2014-12-30"),
        ),
        "stamps-after-a-repeated-headline",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(PARSED))
def test_session_63_pages(text: str, reference: str | None, expected: Found) -> None:
    """
    A page's times, read by `parse` paragraph by paragraph, take the values of the whole page.
    """
    found = tuple((time.text, time.value) for time in parse(text, published=reference).times)
    assert found == expected
