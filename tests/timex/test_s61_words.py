"""
Expressions found by the session 61 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # holidays of a fixed day, and days of the church year counted from Easter
    (
        "Workers rallied on May Day in Chicago.",
        "2016-06-10",
        (("May Day", "2016-05-01"),),
        "may-day",
    ),
    (
        "It was a warm May day in Chicago.",
        "2016-06-10",
        (("May", "2016-05"),),
        "may-day-lower-case-is-the-month",
    ),
    (
        "Stores opened on Boxing Day and again on Cyber Monday.",
        "2016-02-01",
        (("Boxing Day", "2015-12-26"), ("Cyber Monday", "2015-11-30")),
        "boxing-day-cyber-monday",
    ),
    (
        "The church was attacked on Palm Sunday and again on Ash Wednesday.",
        "2017-05-01",
        (("Palm Sunday", "2017-04-09"), ("Ash Wednesday", "2017-03-01")),
        "palm-sunday-ash-wednesday",
    ),
    (
        "He was shot on Easter Monday.",
        "2016-05-01",
        (("Easter Monday", "2016-03-28"),),
        "easter-monday-not-easter",
    ),
    (
        "Revelers crowded Bourbon Street on Fat Tuesday.",
        "2015-03-01",
        (("Fat Tuesday", "2015-02-17"),),
        "fat-tuesday",
    ),
    (
        "Veterans gathered on Pearl Harbor Remembrance Day.",
        "2016-12-10",
        (("Pearl Harbor Remembrance Day", "2016-12-07"),),
        "pearl-harbor-remembrance-day",
    ),
    (
        "The statement came on Armenian Remembrance Day.",
        "2016-04-30",
        (),
        "remembrance-day-of-a-people-is-not-november",
    ),
    (
        "Marchers will gather on Earth Day and on Flag Day.",
        "2016-04-01",
        (("Earth Day", "2016-04-22"), ("Flag Day", "2016-06-14")),
        "earth-day-flag-day-future",
    ),
    (
        "The office closed for Cesar Chavez Day.",
        "2016-04-05",
        (("Cesar Chavez Day", "2016-03-31"),),
        "cesar-chavez-day",
    ),
    (
        "Crowds filled the capital on Canada Day and on Anzac Day.",
        "2016-08-01",
        (("Canada Day", "2016-07-01"), ("Anzac Day", "2016-04-25")),
        "canada-day-anzac-day",
    ),
    # a month named as coming, named again in a sentence whose only past is a present
    # perfect: the same month (a present perfect names no time gone)
    (
        (
            "Half the delegates will be chosen by the end of March. We've always been "
            "focused on the lead we need over the course of March."
        ),
        "2016-01-31",
        (("the end of March", "2016-03"), ("March", "2016-03")),
        "present-perfect-month-named-as-coming",
    ),
    (
        (
            "Half the delegates will be chosen by the end of March. We have said that we "
            "lost ground in March."
        ),
        "2016-01-31",
        (("the end of March", "2016-03"), ("March", "2015-03")),
        "simple-past-beside-perfect-is-the-month-gone",
    ),
    # a clock time of an event set now ("have scheduled", "is scheduled") is still to come,
    # on the reference day, not on the last day named; "may have planned" looks back
    (
        (
            "Police are combing the scene of last night's shooting, and they have "
            "scheduled an 11:30 a.m. news conference."
        ),
        "2013-08-06",
        (("last night", "2013-08-05TNI"), ("11:30 a.m.", "2013-08-06T11:30")),
        "have-scheduled-clock-is-the-reference-day",
    ),
    (
        (
            "Police are combing the scene of last night's shooting. A news conference is "
            "scheduled at 2 p.m."
        ),
        "2013-08-06",
        (("last night", "2013-08-05TNI"), ("2 p.m.", "2013-08-06T14:00")),
        "is-scheduled-clock-is-the-reference-day",
    ),
    (
        "The fire broke out Tuesday night. He may have planned the killings before 6 p.m.",
        "2016-02-10",
        (("Tuesday night", "2016-02-09TNI"), ("6 p.m.", "2016-02-09T18:00")),
        "may-have-planned-looks-back",
    ),
    # "the night" in the past, no day named before: the night gone
    (
        "For much of the night, Clinton struggled to fend off Sanders.",
        "2016-02-02",
        (("the night", "2016-02-01TNI"),),
        "the-night-in-the-past-is-the-night-gone",
    ),
    (
        "For much of the night, Clinton will struggle to fend off Sanders.",
        "2016-02-02",
        (("the night", "2016-02-02TNI"),),
        "the-night-ahead-is-the-reference-night",
    ),
    (
        "Clinton spoke Sunday. For much of the night, she struggled.",
        "2016-02-02",
        (("Sunday", "2016-01-31"), ("the night", "2016-01-31TNI")),
        "the-night-after-a-day-named-is-that-day-night",
    ),
    # a headline's "over weekend", its article left out
    (
        "Four shot in Lansdowne area over weekend",
        "2017-02-06",
        (("weekend", "2017-W05-WE"),),
        "headline-over-weekend",
    ),
    (
        "Boy shot during weekend party",
        "2017-02-06",
        (),
        "headline-weekend-party-is-no-time",
    ),
    # a small-hours clock time of the incident after the day before it was named: on the
    # incident's day ("shots were fired" tells of the incident, as "shot" does)
    (
        (
            "Six people were injured early Saturday when shots were fired into a crowd.\n\n"
            "Friday's event was part of the festival.\n\n"
            "The shooting, which occurred just before 2 a.m., was filmed."
        ),
        "2014-07-07",
        (
            ("early Saturday", "2014-07-05"),
            ("Friday", "2014-07-04"),
            ("2 a.m.", "2014-07-05T02:00"),
        ),
        "small-hours-after-the-eve-are-the-incident-day",
    ),
    (
        (
            "Six people were injured early Saturday when shots were fired into a crowd.\n\n"
            "Friday's event was part of the festival.\n\n"
            "The shooting, which occurred at 11 p.m., was filmed."
        ),
        "2014-07-07",
        (
            ("early Saturday", "2014-07-05"),
            ("Friday", "2014-07-04"),
            ("11 p.m.", "2014-07-04T23:00"),
        ),
        "evening-after-the-eve-stays-on-the-eve",
    ),
    # a quoted "today" the incident happened on, told a day or two later: the incident's day
    (
        (
            "The bombs went off in Brussels on Tuesday morning.\n\n"
            '"The attack that happened today is the work of terrorists," he said.'
        ),
        "2016-03-23",
        (("Tuesday morning", "2016-03-22TMO"), ("today", "2016-03-22")),
        "quoted-attack-that-happened-today",
    ),
    (
        (
            "Two men were shot on Tuesday morning.\n\n"
            "''Everything gets connected: the riots last year and the shootings today,'' "
            "said an analyst."
        ),
        "2016-03-23",
        (("Tuesday morning", "2016-03-22TMO"), ("last year", "2015"), ("today", "2016-03-22")),
        "typed-quotation-shootings-today",
    ),
    (
        (
            "Two men were shot on Tuesday morning.\n\n"
            '"We are meeting today to talk about safety," he said.'
        ),
        "2016-03-23",
        (("Tuesday morning", "2016-03-22TMO"), ("today", "2016-03-23")),
        "quoted-today-of-no-incident-is-the-reference",
    ),
    (
        ("Two men were shot on Tuesday morning.\n\nThe attacks today drew a crowd of reporters."),
        "2016-03-23",
        (("Tuesday morning", "2016-03-22TMO"), ("today", "2016-03-23")),
        "unquoted-attacks-today-is-the-reference",
    ),
    # "today" opening a clause after ", but" or ", and" with no comma, before a present
    # state: nowadays; not after a day named in the clause before, nor before a past
    (
        "They were never political soulmates, but today they share an analysis.",
        "2016-07-27",
        (("today", "PRESENT_REF"),),
        "but-today-present-state-is-nowadays",
    ),
    (
        "They were never political soulmates, but today they met in Philadelphia.",
        "2016-07-27",
        (("today", "2016-07-27"),),
        "but-today-past-is-the-day",
    ),
    (
        "People celebrated yesterday, and today there is a huge disappointment.",
        "2016-07-27",
        (("yesterday", "2016-07-26"), ("today", "2016-07-27")),
        "and-today-after-yesterday-is-the-day",
    ),
    # a state told in the present, the day after the reference: that day
    (
        (
            "Two people were shot just before 9:00pm. Another man was shot in the leg. "
            "Both are in stable condition Saturday morning."
        ),
        "2013-08-09",
        (("9:00pm", "2013-08-09T21:00"), ("Saturday morning", "2013-08-10TMO")),
        "present-state-day-after-reference",
    ),
    (
        (
            "Two people were shot just before 9:00pm. Another man was shot in the leg. "
            "Both were in stable condition Saturday morning."
        ),
        "2013-08-09",
        (("9:00pm", "2013-08-09T21:00"), ("Saturday morning", "2013-08-03TMO")),
        "past-state-no-incident-day-stays-a-week-back",
    ),
    # "over recent years" is the recent past, as "in recent years" is; "for recent years"
    # stays how long
    (
        "The group made headlines over recent years.",
        "2016-03-01",
        (("recent years", "PAST_REF"),),
        "over-recent-years-is-the-past",
    ),
    (
        "The group has worked there for the past few years.",
        "2016-03-01",
        (("the past few years", "PXY"),),
        "for-the-past-few-years-is-how-long",
    ),
    # a tokenised "Today ," before a present state is nowadays, as "Today," is
    (
        "Today , the group is fighting alongside the army .",
        "2016-03-01",
        (("Today", "PRESENT_REF"),),
        "tokenised-today-comma-present-state",
    ),
    (
        "Today , hundreds of people marched .",
        "2016-03-01",
        (("Today", "2016-03-01"),),
        "tokenised-today-comma-past-is-the-day",
    ),
    # a day after "still" dates a state found by the report: a clock time after it is on
    # the day of the events
    (
        (
            "A boy was shot Thursday evening. The gunman was still being sought by "
            "authorities Friday, officials said. The tragedy began shortly after 6 p.m."
        ),
        "2015-11-13",
        (
            ("Thursday evening", "2015-11-12TEV"),
            ("Friday", "2015-11-13"),
            ("6 p.m.", "2015-11-12T18:00"),
        ),
        "still-sought-friday-is-a-report-day",
    ),
    (
        (
            "A boy was shot Thursday evening. The gunman was seen by a neighbor Friday. "
            "He ran off shortly after 6 p.m."
        ),
        "2015-11-13",
        (
            ("Thursday evening", "2015-11-12TEV"),
            ("Friday", "2015-11-13"),
            ("6 p.m.", "2015-11-13T18:00"),
        ),
        "seen-friday-is-a-day-of-events",
    ),
    # two spelled numbers a comma (and a hedge) apart are a range, counted from the first
    (
        "Five, maybe six years ago, he left the paper.",
        "2016-04-18",
        (("Five, maybe six years ago", "2011"),),
        "comma-maybe-range-ago",
    ),
    (
        "He worked there five, maybe six years.",
        "2016-04-18",
        (("five, maybe six years", "P5Y"),),
        "comma-maybe-range-length",
    ),
    (
        "He worked there five, six years.",
        "2016-04-18",
        (("five, six years", "P5Y"),),
        "comma-range-length",
    ),
    (
        "It will take perhaps two years.",
        "2016-04-18",
        (("two years", "P2Y"),),
        "hedge-before-one-number-is-no-range",
    ),
    # "the entire week" gone, said on a Monday or a Tuesday: the week before
    (
        "Democrats spent the entire week at their convention.",
        "2016-08-01",
        (("the entire week", "2016-W30"),),
        "entire-week-gone-on-monday",
    ),
    (
        "Democrats will spend the entire week at their convention.",
        "2016-08-01",
        (("the entire week", "2016-W31"),),
        "entire-week-ahead-on-monday",
    ),
    (
        "Democrats spent the entire week at their convention.",
        "2016-08-04",
        (("the entire week", "2016-W31"),),
        "entire-week-gone-on-thursday",
    ),
    # "one day at a time" is no length; "one day at the plant" is
    (
        "We are taking it one day at a time.",
        "2016-06-29",
        (),
        "one-day-at-a-time-is-no-length",
    ),
    (
        "He worked one day at a factory.",
        "2016-06-29",
        (("one day", "P1D"),),
        "one-day-at-a-place-is-a-length",
    ),
    # "By 8:00 a.m." opening a sentence after a night's clock time: the morning after
    (
        (
            "He was shot at 11:23 p.m. Thursday.\n\nHe was pronounced dead at the scene.\n\n"
            "By 8:00 a.m. the scene had been cleaned up."
        ),
        "2016-11-18",
        (("11:23 p.m. Thursday", "2016-11-17T23:23"), ("8:00 a.m.", "2016-11-18T08:00")),
        "by-morning-after-a-night-clock",
    ),
    (
        (
            "He was shot at 11:23 p.m. Thursday.\n\nHe was pronounced dead at the scene.\n\n"
            "He had left home at 8:00 a.m."
        ),
        "2016-11-18",
        (("11:23 p.m. Thursday", "2016-11-17T23:23"), ("8:00 a.m.", "2016-11-17T08:00")),
        "morning-clock-without-by-stays-on-the-day",
    ),
    # "So today," opening a sentence, and "feels" as a present state
    (
        "So today, in a quiet home, a grieving man feels betrayed.",
        "2016-12-01",
        (("today", "PRESENT_REF"),),
        "so-today-present-state",
    ),
    (
        "So today, the man was charged.",
        "2016-12-01",
        (("today", "2016-12-01"),),
        "so-today-past-is-the-day",
    ),
    (
        "The service on Pentecost Sunday drew thousands.",
        None,
        (("Pentecost Sunday", "XXXX-XX-XX"),),
        "pentecost-no-reference",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_61_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
