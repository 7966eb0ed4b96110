"""
Table-driven tests of `newsevents.find_times`: one table per expression class.

Each case is ``(text, reference, expected, why)`` where *expected* is a tuple of
``(expression text, type, value)`` for every expression found, in order.
"""

from __future__ import annotations

import pytest

from newsevents.timex import find_times, resolve_time

REF = "2020-03-18"  # a Wednesday

Found = tuple[tuple[str, str, str], ...]


def _found(text: str, reference: str | None) -> Found:
    return tuple((time.text, time.type.value, time.value) for time in find_times(text, reference))


def _ids(cases: list[tuple[str, str | None, Found, str]]) -> list[str]:
    return [why for *_, why in cases]


def _check_unique(cases: list[tuple[str, str | None, Found, str]]) -> None:
    whys = _ids(cases)
    assert len(whys) == len(set(whys)), "duplicate case ids"


SEED_CASES = [
    (
        "Pompeo said on March 17 that",
        REF,
        (("March 17", "DATE", "2020-03-17"),),
        "seed-said-on-march-17",
    ),
    ("Last month, the rebels", REF, (("Last month", "DATE", "2020-02"),), "seed-last-month"),
    (
        "The sides agreed on March 5 to",
        REF,
        (("March 5", "DATE", "2020-03-05"),),
        "seed-agreed-on-march-5",
    ),
    (
        "a conflict of nearly 30 years",
        REF,
        (("nearly 30 years", "DURATION", "P30Y"),),
        "seed-nearly-30-years",
    ),
]
_check_unique(SEED_CASES)

ABSOLUTE_CASES = [
    ("on March 17, 2020,", REF, (("March 17, 2020", "DATE", "2020-03-17"),), "month-day-year"),
    ("on 17 March the", REF, (("17 March", "DATE", "2020-03-17"),), "day-month"),
    ("dated 2020-03-17 and", REF, (("2020-03-17", "DATE", "2020-03-17"),), "iso"),
    ("dated 3/17/2020 and", REF, (("3/17/2020", "DATE", "2020-03-17"),), "slash"),
    ("in 1998 the", REF, (("1998", "DATE", "1998"),), "year"),
    ("in the 1990s the", REF, (("the 1990s", "DATE", "199"),), "decade"),
    ("since the mid-1990s", REF, (("the mid-1990s", "DATE", "199"),), "mid-decade"),
    ("profit in fiscal 1998 rose", REF, (("fiscal 1998", "DATE", "1998"),), "fiscal-year"),
    (
        "profit in the third quarter rose",
        REF,
        (("the third quarter", "DATE", "2019-Q3"),),
        "past-quarter",
    ),
    ("in spring 2019 the", REF, (("spring 2019", "DATE", "2019-SP"),), "season-year"),
    ("in March 2019 the", REF, (("March 2019", "DATE", "2019-03"),), "month-year"),
    ("born on 29 February 2016", REF, (("29 February 2016", "DATE", "2016-02-29"),), "leap-day"),
    ("in the 20th century", REF, (("the 20th century", "DATE", "19"),), "century"),
    ("revenue in Q3 2019 rose", REF, (("Q3 2019", "DATE", "2019-Q3"),), "quarter-code"),
    ("in the late 1970s", REF, (("the late 1970s", "DATE", "197"),), "late-decade"),
]
_check_unique(ABSOLUTE_CASES)

RELATIVE_CASES = [
    ("said today", REF, (("today", "DATE", "2020-03-18"),), "today"),
    ("said yesterday", REF, (("yesterday", "DATE", "2020-03-17"),), "yesterday"),
    ("will vote tomorrow", REF, (("tomorrow", "DATE", "2020-03-19"),), "tomorrow"),
    ("said on Tuesday", REF, (("Tuesday", "DATE", "2020-03-17"),), "weekday-past"),
    ("will meet on Tuesday", REF, (("Tuesday", "DATE", "2020-03-24"),), "weekday-future"),
    ("said on Wednesday", REF, (("Wednesday", "DATE", "2020-03-18"),), "weekday-equals-reference"),
    ("last month", "2020-01-15", (("last month", "DATE", "2019-12"),), "last-month-in-january"),
    ("this year", REF, (("this year", "DATE", "2020"),), "this-year"),
    ("next week", REF, (("next week", "DATE", "2020-W13"),), "next-week"),
    ("this week", REF, (("this week", "DATE", "2020-W12"),), "this-week"),
    ("last week", "2021-01-02", (("last week", "DATE", "2020-W52"),), "last-week-across-new-year"),
    ("two weeks ago", REF, (("two weeks ago", "DATE", "2020-W10"),), "weeks-ago"),
    ("earlier this month", REF, (("earlier this month", "DATE", "2020-03"),), "earlier-this-month"),
    ("late last year", REF, (("late last year", "DATE", "2019"),), "late-last-year"),
    ("in recent days", REF, (("recent days", "DATE", "PAST_REF"),), "recent-days"),
    ("the past six months", REF, (("the past six months", "DURATION", "P6M"),), "past-six-months"),
    ("He said in March", "2020-01-10", (("March", "DATE", "2019-03"),), "march-said-in-january"),
    (
        "He will go in March",
        "2020-01-10",
        (("March", "DATE", "2020-03"),),
        "march-future-in-january",
    ),
    (
        "last February",
        "2020-03-01",
        (("last February", "DATE", "2019-02"),),
        "last-previous-month-is-a-year-back",
    ),
    ("last April", "2020-10-01", (("last April", "DATE", "2020-04"),), "last-april-same-year"),
    (
        "the deal will close by May",
        "2020-03-18",
        (("May", "DATE", "2020-05"),),
        "month-deadline-future",
    ),
    (
        "the dividend will be paid Dec. 14",
        "2020-10-26",
        (("Dec. 14", "DATE", "2020-12-14"),),
        "month-day-passive-future",
    ),
    (
        "the year ended March 31",
        "2020-10-31",
        (("the year", "DURATION", "P1Y"), ("March 31", "DATE", "2020-03-31")),
        "month-day-ended-past",
    ),
]
_check_unique(RELATIVE_CASES)

ANAPHORIC_CASES = [
    (
        "On March 5, 2019 they met. The previous day, rebels fired.",
        REF,
        (("March 5, 2019", "DATE", "2019-03-05"), ("The previous day", "DATE", "2019-03-04")),
        "previous-day",
    ),
    (
        "Talks began on March 2. A week later they failed.",
        REF,
        (("March 2", "DATE", "2020-03-02"), ("A week later", "DATE", "2020-03-09")),
        "week-later",
    ),
    (
        "He left in 2015 and returned the following year.",
        REF,
        (("2015", "DATE", "2015"), ("the following year", "DATE", "2016")),
        "following-year",
    ),
    (
        "The truce began on March 1, 2019, and has held since then.",
        REF,
        (("March 1, 2019", "DATE", "2019-03-01"), ("then", "DATE", "2019-03-01")),
        "since-then",
    ),
    (
        "Profit rose in the third quarter from a year earlier.",
        REF,
        (("the third quarter", "DATE", "2019-Q3"), ("a year earlier", "DATE", "2018-Q3")),
        "year-earlier-quarter",
    ),
]
_check_unique(ANAPHORIC_CASES)

DURATION_CASES = [
    ("for three decades", REF, (("three decades", "DURATION", "P30Y"),), "decades-in-years"),
    ("a mere 24 hours", REF, (("a mere 24 hours", "DURATION", "PT24H"),), "hours"),
    ("more than two weeks", REF, (("more than two weeks", "DURATION", "P2W"),), "more-than"),
    ("18 months", REF, (("18 months", "DURATION", "P18M"),), "months"),
    ("a five-year plan", REF, (("five-year", "DURATION", "P5Y"),), "adjectival"),
    ("2 1/2 years", REF, (("2 1/2 years", "DURATION", "P2Y6M"),), "fraction"),
    ("for several years", REF, (("several years", "DURATION", "PXY"),), "vague-count"),
]
_check_unique(DURATION_CASES)

TIME_CASES = [
    ("at 8 p.m. the", REF, (("8 p.m.", "TIME", "2020-03-18T20:00"),), "clock"),
    ("on Monday evening", REF, (("Monday evening", "TIME", "2020-03-16TEV"),), "weekday-evening"),
    ("early Tuesday", REF, (("early Tuesday", "DATE", "2020-03-17"),), "early-weekday"),
    ("at noon", REF, (("noon", "TIME", "2020-03-18T12:00"),), "noon"),
    ("said this morning", REF, (("this morning", "TIME", "2020-03-18TMO"),), "this-morning"),
    ("last night", REF, (("last night", "TIME", "2020-03-17TNI"),), "last-night"),
]
_check_unique(TIME_CASES)

SET_CASES = [
    ("every Tuesday", REF, (("every Tuesday", "SET", "XXXX-WXX-2"),), "every-weekday"),
    ("paid annually", REF, (("annually", "SET", "P1Y"),), "annually"),
    ("each year", REF, (("each year", "SET", "P1Y"),), "each-year"),
    ("the reserve will be adjusted quarterly and", REF, (("quarterly", "SET", "P3M"),), "adverb"),
]
_check_unique(SET_CASES)

VAGUE_CASES = [
    ("is now closed", REF, (("now", "DATE", "PRESENT_REF"),), "now"),
    ("was recently closed", REF, (("recently", "DATE", "PAST_REF"),), "recently"),
    ("is currently closed", REF, (("currently", "DATE", "PRESENT_REF"),), "currently"),
    ("in the future", REF, (("the future", "DATE", "FUTURE_REF"),), "future"),
]
_check_unique(VAGUE_CASES)

NO_REFERENCE_CASES = [
    ("on March 17", None, (("March 17", "DATE", "XXXX-03-17"),), "month-day-underspecified"),
    ("on Tuesday", None, (("Tuesday", "DATE", "XXXX-WXX-2"),), "weekday-underspecified"),
    ("last month", None, (("last month", "DATE", "XXXX-XX"),), "last-month-underspecified"),
    (
        "on March 17, 2020",
        None,
        (("March 17, 2020", "DATE", "2020-03-17"),),
        "absolute-needs-no-reference",
    ),
]
_check_unique(NO_REFERENCE_CASES)

NEGATIVE_CASES = [
    ("Theresa May said", REF, (), "may-as-name"),
    ("prices may fall", REF, (), "may-as-modal"),
    ("1,998 people and $2000", REF, (), "numbers-not-years"),
    ("the season opener", REF, (), "no-time"),
    ("it saves $5 million a year", REF, (), "rate-not-a-time"),
    ("it raised its quarterly dividend", REF, (), "adjective-figure"),
    ("Iraq imports three-quarters of its food", REF, (), "fraction"),
    ("a 6-year-old boy", REF, (), "age"),
    ("police were called to the 1400 block of Elm Street", REF, (), "street-block-not-a-year"),
    ("he logged 1400 hours of flight time", REF, (), "hours-amount-not-a-year"),
]
_check_unique(NEGATIVE_CASES)


def _params(cases: list[tuple[str, str | None, Found, str]]) -> list[object]:
    return [
        pytest.param(text, reference, expected, id=why) for text, reference, expected, why in cases
    ]


class TestFindTimes:
    """
    `find_times` recognises and normalises each expression class.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(SEED_CASES))
    def test_seed(self, text: str, reference: str, expected: Found) -> None:
        """
        The seed sentences of the project resolve against 2020-03-18.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(ABSOLUTE_CASES))
    def test_absolute(self, text: str, reference: str, expected: Found) -> None:
        """
        Absolute dates and their parts are found and normalised.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(RELATIVE_CASES))
    def test_relative(self, text: str, reference: str, expected: Found) -> None:
        """
        Relative dates resolve against the reference, in the direction of the tense.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(ANAPHORIC_CASES))
    def test_anaphoric(self, text: str, reference: str, expected: Found) -> None:
        """
        Anaphoric expressions resolve against the last date mentioned.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(DURATION_CASES))
    def test_duration(self, text: str, reference: str, expected: Found) -> None:
        """
        Durations get ISO 8601 period values.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(TIME_CASES))
    def test_time(self, text: str, reference: str, expected: Found) -> None:
        """
        Clock times and parts of days get TIME values.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(SET_CASES))
    def test_set(self, text: str, reference: str, expected: Found) -> None:
        """
        Recurring times get SET values.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(VAGUE_CASES))
    def test_vague(self, text: str, reference: str, expected: Found) -> None:
        """
        Vague references get the TIMEX3 *_REF values.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(NO_REFERENCE_CASES))
    def test_no_reference(self, text: str, reference: None, expected: Found) -> None:
        """
        Without a reference, relative values stay underspecified.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(NEGATIVE_CASES))
    def test_negative(self, text: str, reference: str, expected: Found) -> None:
        """
        Words that only look temporal are not expressions.
        """
        actual = _found(text, reference)

        assert expected == actual


MOD_CASES = [
    ("nearly 30 years", "LESS_THAN", "nearly"),
    ("more than two weeks", "MORE_THAN", "more-than"),
    ("around two years", "APPROX", "around"),
    ("at least 72 hours", "EQUAL_OR_MORE", "at-least"),
    ("early next year", "START", "early"),
    ("the end of the year", "END", "end-of"),
    ("mid-1990s", "MID", "mid"),
]


class TestResolveTime:
    """
    `resolve_time` normalises one expression, with its mod.
    """

    @pytest.mark.parametrize(
        ("expression", "expected"), [pytest.param(e, m, id=i) for e, m, i in MOD_CASES]
    )
    def test_mod(self, expression: str, expected: str) -> None:
        """
        Qualifying words become the TIMEX3 mod.
        """
        resolved = resolve_time(expression, REF)
        actual = None if resolved is None or resolved.mod is None else resolved.mod.value

        assert expected == actual

    def test_not_an_expression(self) -> None:
        """
        A string that is not one temporal expression resolves to None.
        """
        actual = resolve_time("the weather is fine", REF)

        assert actual is None

    @pytest.mark.parametrize(
        ("expression", "expected"),
        [
            pytest.param("last month.", ("last month", "2020-02"), id="full-stop"),
            pytest.param(" nearly 30 years! ", ("nearly 30 years", "P30Y"), id="exclamation"),
            pytest.param("Mar. 5, 2020.", ("Mar. 5, 2020", "2020-03-05"), id="abbreviation"),
            pytest.param("Jan.", ("Jan.", "2020-01"), id="abbreviation-alone"),
            pytest.param("last month, he said", None, id="more-words"),
            pytest.param(".", None, id="punctuation-alone"),
        ],
    )
    def test_closing_punctuation(self, expression: str, expected: tuple[str, str] | None) -> None:
        """
        A closing mark of punctuation is left out; any other word makes it no one expression.
        """
        resolved = resolve_time(expression, REF)
        actual = None if resolved is None else (resolved.text, resolved.value)

        assert expected == actual

    def test_interval(self) -> None:
        """
        A month resolves to its first and last calendar day.
        """
        resolved = resolve_time("last month", REF)
        actual = None if resolved is None else (str(resolved.start), str(resolved.end))

        assert ("2020-02-01", "2020-02-29") == actual
