"""
Words and names found by the session 26 audits (RAMS windows, PolNeAR, GVA).

"9/11" was missed; "the preceding weeks", "the following months", "the past day" and "the
last century" were missed; "It was 2010. A week after" read "2010 a week" as a rate;
"Person of the Year", "Democracy Now" and "(USA Today)" were times; "the problems of today"
and "even today" were the reference day; "Section 1001", "2048 bit keys", "+1000" and house
numbers without a street type were years, while "the 1989 Tiananmen Square massacre" was taken
for an address. Each case is ``(text, reference, expected, why)``.
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
        "Between 9/11 and the end of 2014, 380 were convicted.",
        REF,
        (("9/11", "2001-09-11"), ("the end of 2014", "2014")),
        "nine-eleven-slash",
    ),
    (
        "She left a 9/11 memorial ceremony on Sunday.",
        REF,
        (("9/11", "2001-09-11"), ("Sunday", "2016-05-01")),
        "nine-eleven-before-a-noun",
    ),
    ("The vote was on 9/11/2012.", REF, (("9/11/2012", "2012-09-11"),), "slash-with-year"),
    ("Moore made Fahrenheit 9/11 in 2004.", REF, (("2004", "2004"),), "nine-eleven-in-a-title"),
    ("He scored 9/110 on the test.", REF, (), "not-nine-eleven"),
    (
        "Robberies rose in the preceding weeks.",
        REF,
        (("the preceding weeks", "PXW"),),
        "the-preceding-weeks",
    ),
    (
        "Talks stalled in the following days.",
        REF,
        (("the following days", "PXD"),),
        "the-following-days-not-the-past",
    ),
    (
        "In the ensuing months, prices fell.",
        REF,
        (("the ensuing months", "PXM"),),
        "the-ensuing-months",
    ),
    (
        "He will serve the remaining months of his term.",
        REF,
        (("the remaining months", "PXM"),),
        "the-remaining-months",
    ),
    (
        "He will serve the remaining two years of his term.",
        REF,
        (("the remaining two years", "P2Y"),),
        "the-remaining-two-years",
    ),
    ("In the past weeks, prices rose.", REF, (("the past weeks", "PXW"),), "the-past-weeks"),
    ("In the past years, prices rose.", REF, (("the past years", "PAST_REF"),), "the-past-years"),
    (
        "He spent the last years of his life in Paris.",
        REF,
        (("the last years", "PXY"),),
        "the-last-years-of-a-phase",
    ),
    (
        "He spent the last days of May in Paris.",
        REF,
        (("the last days of May", "2016-05"),),
        "last-days-of-a-month",
    ),
    (
        "He had left the preceding week.",
        REF,
        (("the preceding week", "2016-W17"),),
        "preceding-week",
    ),
    (
        "Leaflets dropped in the past day urged calm.",
        REF,
        (("the past day", "P1D"),),
        "the-past-day",
    ),
    ("He was there the last day.", REF, (), "the-last-day-is-no-time"),
    (
        "It was the bloodiest war of the last century.",
        REF,
        (("the last century", "19"),),
        "the-last-century",
    ),
    (
        "It was 2010. A week after the vote, he left.",
        REF,
        (("2010", "2010"), ("A week", "P1W")),
        "a-week-after-a-sentence-end",
    ),
    ("He earns $500 a week.", REF, (), "a-rate-stays-a-rate"),
    (
        "He was named Time's Person of the Year in 2015.",
        REF,
        (("2015", "2015"),),
        "person-of-the-year",
    ),
    ("Top News Photos of the Week", REF, (), "photos-of-the-week"),
    ("It was the warmest day of the year.", REF, (("the year", "2016"),), "of-the-year-lower"),
    ("For example, Democracy Now reported it.", REF, (), "name-now"),
    ("Speed may have been a factor. (USA Today)", REF, (), "bracketed-usa-today"),
    ("He added: \u201cNow I am going to look.\u201d", REF, (("Now", "PRESENT_REF"),), "quote-now"),
    (
        "Donald Trump Is Now Being Held Up",
        REF,
        (("Now", "PRESENT_REF"),),
        "headline-now",
    ),
    (
        "He is a different person than the journalist of today.",
        REF,
        (("today", "PRESENT_REF"),),
        "of-today",
    ),
    ("The leaders of tomorrow are here.", REF, (("tomorrow", "FUTURE_REF"),), "of-tomorrow"),
    ("He offers the rhetoric of yesterday.", REF, (("yesterday", "PAST_REF"),), "of-yesterday"),
    (
        "But even today, the island runs everything through one bank.",
        REF,
        (("today", "PRESENT_REF"),),
        "even-today",
    ),
    ("It will take most of today.", REF, (("today", "2016-05-05"),), "most-of-today"),
    (
        "You are far better off today than you were when he took office.",
        REF,
        (("today", "PRESENT_REF"),),
        "today-compared-with-a-past",
    ),
    (
        "She is just as strong today as she was in January.",
        REF,
        (("today", "PRESENT_REF"), ("January", "2016-01")),
        "as-strong-today-as",
    ),
    (
        "Life for the next generation would be worse than life today.",
        REF,
        (("today", "PRESENT_REF"),),
        "worse-than-life-today",
    ),
    (
        "Today, those links are beginning to point toward China.",
        REF,
        (("Today", "PRESENT_REF"),),
        "today-opening-a-present-state",
    ),
    (
        "\u201cToday, we have a system that works,\u201d she said.",
        REF,
        (("Today", "PRESENT_REF"),),
        "quoted-today-opening-a-present-state",
    ),
    (
        "And today, the right to work is equal.",
        REF,
        (("today", "PRESENT_REF"),),
        "and-today-opening",
    ),
    (
        "Today, hundreds of people from the US began to arrive.",
        REF,
        (("Today", "2016-05-05"),),
        "today-opening-a-past-event",
    ),
    (
        # since session 36: "serves" as a role held is a present state, as "is" is
        "Today, Mr. Cruz serves as his son's adviser.",
        REF,
        (("Today", "PRESENT_REF"),),
        "today-before-a-possessive",
    ),
    ("The Senate voted today on the bill.", REF, (("today", "2016-05-05"),), "voted-today"),
    ("He appeared on This Week with George Stephanopoulos.", REF, (), "this-week-with-a-host"),
    (
        "This week with the team was fun.",
        REF,
        (("This week", "2016-W18"),),
        "this-week-with-a-team",
    ),
    ("In the past few elections, turnout fell.", REF, (), "the-past-few-elections"),
    ("In the past, turnout fell.", REF, (("the past", "PAST_REF"),), "in-the-past"),
    ("It was a year in which everything changed.", REF, (), "a-year-in-which"),
    ("He stayed a year in Paris.", REF, (("a year", "P1Y"),), "a-year-in-a-place"),
    ("As of today, he is gone.", REF, (("today", "2016-05-05"),), "as-of-today"),
    (
        "The victims of yesterday's shooting were named.",
        REF,
        (("yesterday", "2016-05-04"),),
        "of-yesterdays",
    ),
    (
        "Living in this day and age, one would think otherwise.",
        REF,
        (("this day and age", "PRESENT_REF"),),
        "this-day-and-age",
    ),
    ("If it should one day happen, run.", REF, (("one day", "FUTURE_REF"),), "should-one-day"),
    ("Maybe we could one day meet.", REF, (("one day", "FUTURE_REF"),), "could-one-day-meet."),
    ("Agents cited Section 1001 of the code.", REF, (), "section-number"),
    ("GMail uses strong 2048 bit keys.", REF, (), "bit-keys"),
    ("Odds were set at +1000.", REF, (), "signed-odds"),
    ("Police responded to a shooting at 1015 Palermo.", REF, (), "house-number"),
    (
        "He called the 1989 Tiananmen Square massacre a riot.",
        REF,
        (("1989", "1989"),),
        "the-year-before-a-square",
    ),
    ("He lives at 1555 Main Street.", REF, (), "address-stays-an-address"),
    ("In 1998 Congress voted.", REF, (("1998", "1998"),), "year-before-a-name"),
]


class TestAuditWords:
    """
    Names, generic "today", relative plurals, "9/11" and numbers that are no years.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(CASES))
    def test_words(self, text: str, reference: str, expected: Found) -> None:
        """
        The expected expressions are found, with their values, and nothing else.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("He has served for over two decades.", ("over two decades", "MORE_THAN")),
            ("A diplomat with over 20 years' experience.", ("over 20 years", "MORE_THAN")),
            ("Prices rose 5 percent over 10 years.", ("10 years", None)),
            ("A rifle can be bought in under 10 minutes.", ("under 10 minutes", "LESS_THAN")),
            ("His views turned extreme around 2002, he said.", ("around 2002", "APPROX")),
            ("They waited as long as a month.", ("a month", None)),
        ],
    )
    def test_qualifiers(self, text: str, expected: tuple[str, str | None]) -> None:
        """
        "for over", "in under" and "around" a year qualify the time; "rose over" does not.
        """
        (time,) = find_times(text, REF)

        assert (time.text, time.mod and time.mod.value) == expected

    def test_nine_eleven_named_in_passing_is_no_anchor(self) -> None:
        """
        "after 9/11" is named in passing: "that day" later is not September 11, 2001.
        """
        times = find_times("He enlisted after 9/11. That day he left home.", REF)

        assert [time.value for time in times] == ["2001-09-11", "2016-05-05"]

    def test_remarks_on_nine_eleven_are_no_anchor(self) -> None:
        """
        "her remarks on 9/11" names the day in passing: it anchors nothing.

        "Thirteen years earlier" after it counts from the reference, not from 2001.
        """
        text = "He called her remarks on 9/11 a new low. Thirteen years earlier, she voted."

        times = find_times(text, REF)

        assert [time.value for time in times] == ["2001-09-11", "2003"]

    def test_quoted_even_today(self) -> None:
        """
        A quotation mark before "even" does not hide it: "''Even today, ..." is nowadays.
        """
        (time,) = find_times("''Even today, the journey is not complete,'' he said.", REF)

        assert time.value == "PRESENT_REF"

    def test_on_nine_eleven_is_an_anchor(self) -> None:
        """
        "On 9/11, he was ..." tells of the day: "That day" after it is that day.
        """
        times = find_times("On 9/11, he was in New York. That day he lost a friend.", REF)

        assert [time.value for time in times] == ["2001-09-11", "2001-09-11"]
