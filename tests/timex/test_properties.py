"""
Properties of the temporal engine that hold for any input, and its rule tables' self-tests.
"""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents import parse
from newsevents.article import parse_article
from newsevents.model import TimexType
from newsevents.rules._timex_lexicon import LEXICON
from newsevents.rules.timex import POSTMOD_RULES, PREMOD_RULES, TIMEX_RULES
from newsevents.timex import extract_times, find_times, interval, is_timex_value, resolve_time

#: Words that make up temporal expressions, to steer random text toward them.
_WORDS = st.sampled_from(
    [
        "the", "last", "next", "this", "March", "May", "17", "2020", "1990s", "Tuesday", "week",
        "year", "years", "ago", "earlier", "later", "nearly", "30", "a", "quarter", "third",
        "fiscal", "morning", "8", "p.m.", "every", "daily", "now", "recently", "previous", "day",
        "since", "then", ",", ".", "-", "'s", "said", "will", "on", "in", "mid-", "early", "spring",
        "century", "decade", "next year's", "half", "1/2", "Easter", "9999", "0000",
    ]
)  # fmt: skip
_TEXTS = st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=30).map(" ".join))
_REFERENCES = st.one_of(
    st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
)


class TestFindTimesProperties:
    """
    `find_times` never fails and always returns consistent expressions.
    """

    @given(text=_TEXTS, reference=_REFERENCES)
    def test_spans_match_text(self, text: str, reference: dt.date | None) -> None:
        """
        Every span lies inside the text and slices out exactly the expression's text.
        """
        found = find_times(text, reference)
        actual = [text[time.span.start : time.span.end] for time in found]

        assert [time.text for time in found] == actual

    @given(text=_TEXTS, reference=_REFERENCES)
    def test_values_well_formed(self, text: str, reference: dt.date | None) -> None:
        """
        Every value is a well-formed TIMEX3 value.
        """
        bad = [time.value for time in find_times(text, reference) if not is_timex_value(time.value)]

        assert [] == bad

    @given(text=_TEXTS, reference=_REFERENCES)
    def test_intervals_ordered(self, text: str, reference: dt.date | None) -> None:
        """
        Intervals are only set on DATE and TIME values, and start <= end.
        """
        bad = [
            time
            for time in find_times(text, reference)
            if time.start is not None
            and (
                time.end is None
                or time.start > time.end
                or time.type not in {TimexType.DATE, TimexType.TIME}
            )
        ]

        assert [] == bad

    @given(text=_TEXTS)
    def test_no_reference_no_interval_for_relative(self, text: str) -> None:
        """
        Without a reference no relative expression gets a guessed year.

        Every interval comes from a value written with its year.
        """
        bad = [
            time
            for time in find_times(text, None)
            if time.start is not None and time.value.startswith("X")
        ]

        assert [] == bad

    @given(text=_TEXTS)
    def test_spans_in_order(self, text: str) -> None:
        """
        Expressions come in text order and do not overlap.
        """
        spans = [(time.span.start, time.span.end) for time in find_times(text, "2020-03-18")]
        actual = all(left[1] <= right[0] for left, right in itertools.pairwise(spans))

        assert actual

    @given(reference=_REFERENCES)
    def test_resolve_is_idempotent(self, reference: dt.date | None) -> None:
        """
        Resolving an expression's own text again gives the same value.
        """
        first = resolve_time("last month", reference)
        second = None if first is None else resolve_time(first.text, reference)

        assert (first is None) == (second is None)
        assert first is None or second is None or first.value == second.value


INTERVAL_CASES = [
    ("2020-02", (dt.date(2020, 2, 1), dt.date(2020, 2, 29)), "leap-february"),
    ("2020-W12", (dt.date(2020, 3, 16), dt.date(2020, 3, 22)), "iso-week"),
    ("2019-Q4", (dt.date(2019, 10, 1), dt.date(2019, 12, 31)), "quarter"),
    ("199", (dt.date(1990, 1, 1), dt.date(1999, 12, 31)), "decade"),
    ("2019-WI", (dt.date(2019, 12, 1), dt.date(2020, 2, 29)), "winter"),
    ("XXXX-03-17", None, "underspecified"),
    ("P30Y", None, "duration"),
]


class TestInterval:
    """
    `interval` turns calendar values into inclusive first and last days.
    """

    @pytest.mark.parametrize(
        ("value", "expected"), [pytest.param(v, e, id=i) for v, e, i in INTERVAL_CASES]
    )
    def test_interval(self, value: str, expected: tuple[dt.date, dt.date] | None) -> None:
        """
        Each kind of value gives its calendar interval, or None.
        """
        actual = interval(value)

        assert expected == actual


ADVERSARIAL_CASES = [
    ("1" * 20_000, "digits"),
    ("March " * 5_000, "month-names"),
    ("the last " * 5_000, "starter-words"),
    ("A" * 20_000, "capitals"),
    ('"' * 20_000, "quotes"),
    ("nearly 30 years ago and " * 4_000, "expressions"),
    ("12/" * 30_000, "slash-digits"),
    ("Monday and " * 8_000 + "Tuesday nights", "coordinated-weekdays"),
    ("the day before " * 6_000 + "Tuesday", "day-before-runs"),
    ("the first two quarters of " * 4_000, "two-quarters-without-year"),
    ("the week of " * 8_000 + "March 6", "week-of-runs"),
    ("afternoon " * 10_000 + "yesterday", "parts-of-day"),
    ("April 24 and 25 and " * 5_000, "listed-days"),
    ("about almost " * 8_000 + "two years", "qualifier-runs"),
]


def _cpu_seconds(text: str) -> float:
    """
    CPU seconds of one `find_times` call, the cyclic collector paused.

    A full collection over the heap a long test session has built can take a tenth of a
    second: it is no part of what the text costs.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        began = time.process_time()
        find_times(text, "2020-03-18")
        return time.process_time() - began
    finally:
        if enabled:
            gc.enable()


class TestAdversarial:
    """
    Hostile inputs run in linear time.
    """

    @pytest.mark.parametrize(
        ("text", "why"), [pytest.param(t, w, id=w) for t, w in ADVERSARIAL_CASES]
    )
    def test_fast(self, text: str, why: str) -> None:
        """
        Up to 100 KB of repetitive text takes seconds, not minutes.

        The bound is loose so that a busy CI machine does not fail it; catastrophic
        backtracking takes far longer.
        """
        del why
        began = time.process_time()
        find_times(text, "2020-03-18")
        elapsed = time.process_time() - began

        assert elapsed < 15.0

    @pytest.mark.parametrize(
        "unit",
        [
            "On Tuesday the company said third-quarter profit rose from a year earlier. ",
            # every line an embedded post, each read against its own signature's day
            "Shot tonight near the park \u2014 A Reporter (@reporter) May 5, 2016\n",
            # every other line a press release's title closed by its date
            "Early Morning Shooting Injures Woman - 03/17/17\n\nOn Friday, police came.\n",
        ],
        ids=["news", "embedded posts", "release titles"],
    )
    def test_linear(self, unit: str) -> None:
        """
        Ten times the text takes about ten times as long, not a hundred.
        """
        sample = unit * 40
        small = min(_cpu_seconds(sample) for _ in range(3))
        large = min(_cpu_seconds(sample * 10) for _ in range(3))

        assert large < 30 * max(small, 1e-3)


def _parse_seconds(text: str) -> float:
    """
    CPU seconds of one `parse` call, the cyclic collector paused.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        began = time.process_time()
        parse(text, published="2020-03-18")
        return time.process_time() - began
    finally:
        if enabled:
            gc.enable()


@pytest.mark.parametrize(
    "unit",
    [
        # a paragraph of a bare clock time each: a pattern matched right after one with no
        # end given read the rest of the text for its words (45 times as long for 10x text)
        "Police arrived at 8:28 a.m. and left.\n\n",
        # a page's stamps and a live blog's entry stamps, read by `parse` in boilerplate
        "Updated: 08/26/2015 6:53 PM\n\n12/6/16 8:28 a.m.\n\n",
    ],
    ids=["bare clock paragraphs", "stamps"],
)
def test_parse_linear(unit: str) -> None:
    """
    `parse` over ten times the paragraphs takes about ten times as long, not a hundred.
    """
    sample = "A headline\n\nA man was shot Monday.\n\n" + unit * 800
    small = min(_parse_seconds(sample) for _ in range(2))
    large = min(_parse_seconds(sample + unit * 7200) for _ in range(2))

    # linear reads about 10; the quadratic reading this guards against read 35 and more
    assert large < 20 * max(small, 1e-3)


class TestExtractTimes:
    """
    `extract_times` reads content paragraphs and chains anaphora across them.
    """

    def test_anaphora_across_paragraphs(self) -> None:
        """
        "The previous day" in one paragraph refers to the date in the one before.
        """
        text = "Rebels attack\n\nFighting began on March 5.\n\nThe previous day, talks failed."
        article = parse_article(text, published=dt.date(2020, 3, 18))
        actual = [(time.text, time.value) for time in extract_times(article)]

        assert [("March 5", "2020-03-05"), ("The previous day", "2020-03-04")] == actual

    def test_spans_index_article_text(self) -> None:
        """
        Spans index the article text, not the paragraph.
        """
        text = "Talks\n\nThey met last month."
        article = parse_article(text, published=dt.date(2020, 3, 18))
        actual = [text[time.span.start : time.span.end] for time in extract_times(article)]

        assert ["last month"] == actual

    def test_no_reference(self) -> None:
        """
        An article without a publication date gets underspecified values.
        """
        article = parse_article("They met on Tuesday.", published=None)
        actual = [time.value for time in extract_times(article)]

        assert ["XXXX-WXX-2"] == actual


class TestRuleTables:
    """
    The rule tables compile and their examples and counterexamples hold.
    """

    @pytest.mark.parametrize(
        "table",
        [
            pytest.param(TIMEX_RULES, id="timex"),
            pytest.param(PREMOD_RULES, id="premod"),
            pytest.param(POSTMOD_RULES, id="postmod"),
        ],
    )
    def test_compiles(self, table: tuple[object, ...]) -> None:
        """
        Each table compiles rule by rule (compilation checks every example).
        """
        from newsevents.timex._engine import _compile_each  # noqa: PLC0415 - private helper

        actual = len(_compile_each(table))  # type: ignore[arg-type]

        assert len(table) == actual

    def test_ids_unique(self) -> None:
        """
        Rule ids are unique and dotted under ``timex.``.
        """
        ids = [rule.id for rule in TIMEX_RULES]

        assert len(ids) == len(set(ids))
        assert all(rule_id.startswith("timex.") for rule_id in ids)


#: Every lexicon entry of two words or with a hyphen, written as text split into tokens
#: writes it ("quarter - century", "mid - morning").
_SPACED_ENTRIES = sorted(
    {
        spaced
        for words in LEXICON.values()
        for word in words
        if " " in word or "-" in word
        for spaced in (word.replace("-", " - "), word.replace(" ", " - "))
    }
)
#: Places an entry may stand in: after a count, a relative word, "every", before "ago".
_FRAMES = (
    "over the past {}, wages fell",
    "for a {} .",
    "in recent {}",
    "every {} ,",
    "the {} before",
    "two {} ago",
    "the last {} of 2015",
    "He said {} Tuesday",
    "{} later",
    "a {} - long war",
    "nearly a {}",
)


@pytest.mark.parametrize("entry", _SPACED_ENTRIES)
def test_spaced_lexicon_entries(entry: str) -> None:
    """
    A lexicon entry with its hyphen spaced, in any frame, parses to consistent expressions.

    ("over the past quarter - century" raised ``KeyError`` before session 56.)
    """
    text = " ".join(frame.format(entry) for frame in _FRAMES)
    for reference in (dt.date(2016, 1, 1), None):
        found = find_times(text, reference)

        assert all(text[time.span.start : time.span.end] == time.text for time in found)
        assert all(is_timex_value(time.value) for time in found)
