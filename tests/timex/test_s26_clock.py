"""
Clock times found by the session 26 audits, and aftermath days of stories dated early.

"2:29:40 a.m." (seconds) and "12 midnight" were missed or cut; "Tuesday noon" was two
expressions; "Thursday night around 9:40" lost the clock time, and "6 o'clock Tuesday
evening" was read as 6 a.m.; "An autopsy Saturday ruled his death a homicide" in a story
dated the day of a Friday shooting was the Saturday before it. Each case is
``(text, reference, expected, why)``.
"""

from __future__ import annotations

import pytest

from newsevents.timex import find_times

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

REF = "2016-05-05"  # a Thursday

CASES: list[Case] = [
    (
        "At 2:29:40 a.m., controllers lost the aircraft.",
        REF,
        (("2:29:40 a.m.", "2016-05-05T02:29:40"),),
        "seconds",
    ),
    (
        "Posted at 02:38:33 pm on Tuesday by a member.",
        REF,
        (("02:38:33 pm on Tuesday", "2016-05-03T14:38:33"),),
        "seconds-with-a-weekday",
    ),
    (
        "At 2:29:40 a.m. Saturday, they left.",
        None,
        (("2:29:40 a.m. Saturday", "XXXX-WXX-6T02:29:40"),),
        "seconds-no-reference",
    ),
    (
        "Just before 12 midnight the odds changed.",
        REF,
        (("12 midnight", "2016-05-04T24:00"),),
        "twelve-midnight",
    ),
    (
        "At 12 noon Tuesday, he left.",
        REF,
        (("12 noon Tuesday", "2016-05-03T12:00"),),
        "twelve-noon",
    ),
    ("She reappeared Tuesday noon.", REF, (("Tuesday noon", "2016-05-03T12:00"),), "weekday-noon"),
    (
        "The shooting happened Thursday night around 9:40.",
        REF,
        (("Thursday night", "2016-05-05TNI"), ("around 9:40", "2016-05-05T21:40")),
        "night-then-clock",
    ),
    (
        "It was Sunday morning at 10:15 when he came.",
        REF,
        (("Sunday morning", "2016-05-01TMO"), ("10:15", "2016-05-01T10:15")),
        "morning-then-clock",
    ),
    ("He was shot at 10:15, police said.", REF, (), "clock-without-a-part-of-the-day"),
    ("The score was 9:40 at half.", REF, (), "a-score"),
    (
        "Police were called at 1:21 on Tuesday afternoon.",
        REF,
        (("1:21 on Tuesday afternoon", "2016-05-03T13:21"),),
        "clock-on-a-weekday-afternoon",
    ),
    (
        "They were shot on Tuesday evening. The victims were hit around 6 o'clock.",
        REF,
        (("Tuesday evening", "2016-05-03TEV"), ("around 6 o'clock", "2016-05-03T18:00")),
        "oclock-after-an-evening-named",
    ),
    (
        "He left Saturday morning. He came back at 10 o'clock.",
        REF,
        (("Saturday morning", "2016-04-30TMO"), ("10 o'clock", "2016-04-30T10:00")),
        "oclock-after-a-morning-named",
    ),
    (
        "It was posted at 17:08:35 PDT.",
        REF,
        (("17:08:35 PDT", "2016-05-05T17:08:35"),),
        "seconds-24-hour",
    ),
    (
        "Homicides rose over the same period in 2015.",
        REF,
        (("the same period in 2015", "2015"),),
        "the-same-period-in-a-year",
    ),
    (
        "Profit rose in the second quarter. The same period in 2015 was weak.",
        REF,
        (("the second quarter", "2016-Q2"), ("The same period in 2015", "2015-Q2")),
        "the-same-quarter-in-a-year",
    ),
    (
        "It happened around 6 o'clock Tuesday evening.",
        REF,
        (("around 6 o'clock Tuesday evening", "2016-05-03T18:00"),),
        "oclock-evening",
    ),
    (
        "It happened at 6 o'clock Tuesday morning.",
        REF,
        (("6 o'clock Tuesday morning", "2016-05-03T06:00"),),
        "oclock-morning",
    ),
]


class TestAuditClock:
    """
    Seconds, twelve o'clock words, a part of the day before a clock time, "o'clock" evenings.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_clock(self, text: str, reference: str | None, expected: Found) -> None:
        """
        The expected expressions are found, with their values, and nothing else.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("An autopsy Saturday ruled his death a homicide.", "2016-06-04"),
            ("He was arraigned Saturday morning.", "2016-06-04TMO"),
            ("He had bought the gun Saturday.", "2016-05-28"),
        ],
    )
    def test_aftermath_day_of_a_story_dated_early(self, sentence: str, expected: str) -> None:
        """
        An autopsy or an arraignment after the incident, in a story dated early, is after it.

        After a Friday shooting, in a story dated that Friday, they are the day after; a
        thing done before the shooting stays before it.
        """
        text = "A man was shot and killed Friday morning. " + sentence

        times = find_times(text, "2016-06-03")

        assert [time.value for time in times] == ["2016-06-03TMO", expected]


class TestComingEvents:
    """
    Cues of a coming event the tense reader missed (session 26 PolNeAR and GVA audits).
    """

    @pytest.mark.parametrize(
        ("text", "reference", "expected"),
        [
            ("Speaking in Los Angeles, he urged them to vote Tuesday.", "2016-06-06", "2016-06-07"),
            ("He voted Tuesday.", "2016-06-06", "2016-05-31"),
            (
                "Heading into Tuesday's New Hampshire primary, Trump leads the polls.",
                "2016-02-08",
                "2016-02-09",
            ),
            (
                "Clinton had captured 1,944 delegates heading into Tuesday's primaries.",
                "2016-04-27",
                "2016-04-26",
            ),
            ("She is girding for a fight at the debate Thursday.", "2016-04-11", "2016-04-14"),
            ("She was on track to graduate in June.", "2017-03-13", "2017-06"),
            ("They are eligible to vote in the primary on Tuesday.", "2016-03-11", "2016-03-15"),
        ],
    )
    def test_direction(self, text: str, reference: str, expected: str) -> None:
        """
        "urged them to", "heading into", "on track to" and "eligible to" look ahead.

        A past perfect before "heading into" keeps the day past.
        """
        (time,) = find_times(text, reference)

        assert time.value == expected


class TestElectionNovember:
    """
    "November" in an even year before it, told of the vote, is the coming election's month.
    """

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ('Trump boomed: "Let\'s defeat her in November."', "2016-11"),
            ("Republicans have 24 Senate seats up in November.", "2016-11"),
            ("He is upbeat about Cruz's chances of winning in November.", "2016-11"),
            ("A poll showed that electability in November is important.", "2016-11"),
            ("In November, Trump led the polls.", "2015-11"),
            ("The bill passed in November.", "2015-11"),
            ("The attacks killed 130 people in Paris in November.", "2015-11"),
            ("Bevin's victory in November surprised everyone.", "2015-11"),
        ],
    )
    def test_election_month(self, text: str, expected: str) -> None:
        """
        A vote word before the month, or in a sentence with no past verb, looks ahead.
        """
        (time,) = find_times(text, "2016-07-21")

        assert time.value == expected


class TestFalseFutureCues:
    """
    "ahead" without "of" or "to", and "plans" as a noun, point nowhere (session 26 audits).
    """

    @pytest.mark.parametrize(
        ("text", "reference", "expected"),
        [
            ("A poll in January shows Trump ahead.", "2016-02-15", "2016-01"),
            ("Looking ahead to the fall, he hired staff.", "2016-04-23", "2016-FA"),
            ("He revised his withdrawal plans in October.", "2015-12-10", "2015-10"),
            ("He plans to leave in October.", "2015-12-10", "2016-10"),
            ("He plans a rally in October.", "2015-12-10", "2016-10"),
        ],
    )
    def test_direction(self, text: str, reference: str, expected: str) -> None:
        """
        The month or season is read in the direction its governing words give.
        """
        (time,) = find_times(text, reference)

        assert time.value == expected


class TestLocalTime:
    """
    "noon local time on August 15" and "11.30 local time on Friday night" are one time each.
    """

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "A little after noon local time on August 15, the emperor spoke.",
                (("noon local time on August 15", "2016-08-15T12:00"),),
            ),
            (
                "The hospital was hit at 11.30 local time on Friday night.",
                (("11.30 local time on Friday night", "2016-09-02T23:30"),),
            ),
            ("It cost $11.30 local time.", ()),
        ],
    )
    def test_local_time(self, text: str, expected: Found) -> None:
        """
        The day and part of the day after "local time" belong to the clock time.
        """
        assert _found(text, "2016-09-05") == expected


class TestLaterAheadOfTheReport:
    """
    "N units later" far after the report, in a sentence not about the future, is a distance.

    The session 26 PolNeAR re-check audit found "200 years later" read as the year 2216.
    """

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "We still live under it today, more than\u00a0200 years later.",
                ("more than\u00a0200 years", "P200Y", "MORE_THAN"),
            ),
            ("And a decade later, HP remains a firm on the brink.", ("a decade", "P10Y", None)),
            (
                "He was elected in 1990. Four years later he lost.",
                ("Four years later", "1994", None),
            ),
            (
                "The plan starts today. Two years later, it will end.",
                ("Two years later", "2018", None),
            ),
        ],
    )
    def test_later(self, text: str, expected: tuple[str, str, str | None]) -> None:
        """
        The last expression is the distance, or the date counted from the one named before.
        """
        time = find_times(text, "2016-07-28")[-1]

        assert (time.text, time.value, time.mod and time.mod.value) == expected


class TestThisWeekdayAndThen:
    """
    "this Tuesday" in a hope for it is the coming one; "then-Secretary" is a title.
    """

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "They were hoping to win delegates in Michigan this Tuesday.",
                (("this Tuesday", "2016-03-08"),),
            ),
            ("He left this Tuesday.", (("this Tuesday", "2016-03-01"),)),
            (
                "A man was trying to break in at 3:30 p.m. on Tuesday.",
                (("3:30 p.m. on Tuesday", "2016-03-01T15:30"),),
            ),
            ("The plan was advanced by then-Secretary of State Clinton.", ()),
            ("He had left by then.", (("then", "PAST_REF"),)),
            ("He was arrested early morning Sunday.", (("early morning Sunday", "2016-02-28TMO"),)),
            (
                "The early morning Sunday, February 28th drive-by.",
                (("The early morning Sunday, February 28th", "2016-02-28TMO"),),
            ),
        ],
    )
    def test_direction(self, text: str, expected: Found) -> None:
        """
        The expected expressions are found, with their values, and nothing else.
        """
        assert _found(text, "2016-03-04") == expected
