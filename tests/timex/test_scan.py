"""
Table-driven tests of the recogniser's scan: which head words it tries, and long inputs.

Each case is ``(text, reference, expected, why)`` where *expected* is a tuple of
``(expression text, value)`` for every expression found, in order.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
import regex
from hypothesis import assume, given
from hypothesis import strategies as st

from newsevents.article import parse_article
from newsevents.model import Span, TimeExpression, TimexMod, TimexType
from newsevents.timex import _engine, extract_times, find_times
from newsevents.timex._engine import State, scan

from ..compiled import is_compiled  # noqa: TID252 - tests/ is no installed package
from .cases import REF, Case, Found
from .cases import found as _found
from .cases import params as _params

HEAD_CASES: list[Case] = [
    (
        "Tuesday\x92s shooting spree",
        REF,
        (("Tuesday", "2020-03-17"),),
        "head-before-c1-apostrophe",
    ),
    ("On Tuesday\u2026 the talks", REF, (("Tuesday", "2020-03-17"),), "head-before-ellipsis"),
    ("a 6-year-old boy", REF, (), "age-hyphenated"),
    ("He is 11 years old.", REF, (), "age-spaced"),
    ("She is two years older than him.", REF, (("two years", "P2Y"),), "older-is-a-duration"),
    ("In the old days they walked.", REF, (("the old days", "PAST_REF"),), "old-days"),
    ("the 30-year-old treaty of 1990", REF, (("1990", "1990"),), "age-then-year"),
    ("On Tuesday \ud800 they met.", REF, (("Tuesday", "2020-03-17"),), "lone-surrogate"),
    ("March March March", REF, (("March", "2020-03"),), "repeated-month-is-one-mention"),
    (
        "They met on Tuesday Tuesday.",
        REF,
        (("Tuesday", "2020-03-17"),),
        "repeated-weekday-is-one-mention",
    ),
    (
        "March 5, March 6",
        REF,
        (("March 5", "2020-03-05"), ("March 6", "2020-03-06")),
        "different-dates-both-found",
    ),
    (
        "Monday and Monday",
        REF,
        (("Monday", "2020-03-16"), ("Monday", "2020-03-16")),
        "repetition-with-a-word-between-is-kept",
    ),
    ("Shares rose 6.7% to $4.27 billion.", REF, (), "decimal-price-is-no-clock"),
    (
        "At \u0663:30 p.m. on Monday, 1990 and 4 p.m.",
        REF,
        (("Monday", "2020-03-16"), ("1990", "1990"), ("4 p.m.", "2020-03-16T16:00")),
        "digit-that-is-not-ascii-takes-the-exact-number-search",
    ),
    ("\u00e9Monday and Tuesd\u00e9 Friday", REF, (("Friday", "2020-03-13"),), "accent-joins-word"),
    ("_1990 and 1990_ and 1990", REF, (("1990", "1990"),), "underscore-joins-year"),
    (
        "\u201c1990\u201d at 3pm and 2130 GMT",
        REF,
        (("1990", "1990"), ("3pm", "2020-03-18T15:00"), ("2130 GMT", "2020-03-18T21:30")),
        "numbers-after-quote-and-space",
    ),
    (
        "The shares closed at $4.27 at 4.30 p.m. Tuesday.",
        REF,
        (("4.30 p.m. Tuesday", "2020-03-17T16:30"),),
        "decimal-clock-before-pm",
    ),
    (
        "They met at 10.15 in the morning.",
        REF,
        (("10.15 in the morning", "2020-03-18T10:15"),),
        "decimal-clock-before-in-the-morning",
    ),
    (
        "It happened earlier in the week.",
        REF,
        (("earlier in the week", "2020-W12"),),
        "premodifier-ending-in-in",
    ),
    ("He stayed in March.", REF, (("March", "2020-03"),), "in-alone-is-no-premodifier"),
    ("Talks last up to 30 days.", REF, (("up to 30 days", "P30D"),), "premodifier-ending-in-to"),
    (
        "at the end of the month",
        REF,
        (("the end of the month", "2020-03"),),
        "premodifier-ending-in-of",
    ),
    ("They met on Tuesday\u00e9.", REF, (), "head-before-non-ascii-letter"),
    ("They met on \u00e9Tuesday.", REF, (), "head-after-non-ascii-letter"),
    ("\u00dcber Tuesday", REF, (("Tuesday", "2020-03-17"),), "head-after-non-ascii-word"),
    (
        "caf\u00e9 day, Monday\u00a0night",
        REF,
        (("Monday\u00a0night", "2020-03-16TNI"),),
        "head-before-no-break-space",
    ),
    ("Mondays\u2019 Tuesdayx", REF, (("Mondays", "XXXX-WXX-1"),), "head-inside-longer-word"),
]

#: Paragraph ranges of a text: ``(text, ranges, expected, why)``.
RANGE_CASES = [
    ("They met on Monday.", [(0, 19)], (("Monday", "2020-03-16"),), "one-range"),
    (
        "Talks on Tuesday; Monday",
        [(0, 16), (18, 24)],
        (("Tuesday", "2020-03-17"), ("Monday", "2020-03-16")),
        "two-ranges",
    ),
    ("Talks on Tuesday; Monday", [(18, 24)], (("Monday", "2020-03-16"),), "second-range-only"),
    ("xMonday talks", [(1, 13)], (), "range-starts-inside-a-word"),
    ("On Monday, yesterday", [(3, 6), (6, 20)], (("yesterday", "2020-03-17"),), "edge-cuts-a-head"),
    ("On Mondayx", [(3, 9)], (("Monday", "2020-03-16"),), "range-ends-inside-a-word"),
    ("a\0b Monday 1990", [(0, 16)], (("Monday", "2020-03-16"), ("1990", "1990")), "nul-in-range"),
    (
        "He left at 3\n\np.m. on Monday 1990",
        [(0, 12), (14, 33)],
        (("Monday", "2020-03-16"), ("1990", "1990")),
        "number-at-range-end-reads-nothing-after-it",
    ),
    (
        "In 1990\n\n2014 came",
        [(0, 7), (9, 18)],
        (("1990", "1990"), ("2014", "2014")),
        "year-each-range",
    ),
]

#: Sentences repeated into one paragraph longer than the scan's memo threshold.
REPEAT_CASES = [
    ("Talks failed last month, and on Tuesday the envoy left for Paris. ", "plain"),
    ("On March 5 talks began. The previous day, rebels fired. ", "anaphora"),
    ("The company said profit rose 5% in the third quarter from a year earlier. ", "quarter"),
    ("He will meet them on Friday or so, nearly 30 years later. ", "mods"),
]


#: Articles whose paragraphs differ in role (headline, body, boilerplate).
EXTRACT_CASES = [
    (
        "Rebels attack\n\nFighting began on March 5.\n\nAdvertisement: sale ends Friday",
        "boilerplate-after-body",
    ),
    (
        "Talks\n\nThey met last month.\n\nThe previous day, rebels fired.",
        "three-paragraphs",
    ),
    ("Talks fail on Tuesday\n\nBy Jane Doe\n\nTalks failed on Tuesday.", "credit-line"),
]


class TestScan:
    """
    The scan tries head words wherever they stand, and scales to long repetitive input.
    """

    @pytest.mark.parametrize(("text", "reference", "expected"), _params(HEAD_CASES))
    def test_heads(self, text: str, reference: str, expected: Found) -> None:
        """
        Heads next to any punctuation are found; ages and verbatim repetitions are skipped.
        """
        actual = _found(text, reference)

        assert expected == actual

    @pytest.mark.parametrize(
        ("text", "ranges", "expected"),
        [
            pytest.param(text, ranges, expected, id=why)
            for text, ranges, expected, why in RANGE_CASES
        ],
    )
    def test_ranges(self, text: str, ranges: list[tuple[int, int]], expected: Found) -> None:
        """
        Only the ranges are read; a range whose edge cuts a word starts no expression there.
        """
        state = State(reference=dt.date(2020, 3, 18))
        actual = tuple((time.text, time.value) for time in scan(text, state, ranges))

        assert expected == actual

    @pytest.mark.parametrize(
        "sentence", [pytest.param(sentence, id=why) for sentence, why in REPEAT_CASES]
    )
    def test_long_paragraph_same_as_sentences(self, sentence: str) -> None:
        """
        A 30 KB paragraph of one repeated sentence gives that sentence's expressions each time.
        """
        repeats = 30_000 // len(sentence) + 1
        single = find_times(sentence, REF)
        expected = [
            (time.span.start + copy * len(sentence), time.text, time.value, time.mod)
            for copy in range(repeats)
            for time in single
        ]
        actual = [
            (time.span.start, time.text, time.value, time.mod)
            for time in find_times(sentence * repeats, REF)
        ]

        assert expected == actual

    def test_long_paragraph_memo_reads_the_whole_sentence(self) -> None:
        """
        A date repeated in a long paragraph is normalised again where its sentence differs.

        "August 8", more than a month ahead, is the past one in a sentence that tells of a
        killing; the word "killed" stands 148 characters before it, beyond the 100 characters
        of context the memo of long paragraphs once compared, so the second sentence copied
        the first's value.
        """
        filler = (
            "with his two brothers and a cousin from the old neighbourhood near the river"
            " and the mill where they all worked for years "
        )
        lead = "The council met on June 1, 2016, and the weather was mild. "
        greeted = f"{lead}Police said the man was greeted {filler}after the party on August 8."
        killed = f"{lead}Police said the man was killed {filler}after the party on August 8."
        pad = " ".join(["The council met and the weather was mild."] * 500)
        text = f"{greeted} {pad} {killed} {pad}"

        values = [time.value for time in find_times(text, "2016-06-01") if time.text == "August 8"]

        assert ["2016-08-08", "2015-08-08"] == values

    @pytest.mark.parametrize(
        ("unit", "why"),
        [
            pytest.param("March ", "months", id="months"),
            pytest.param(
                "An air strike killed 34 soldiers last month, Ankara said. ", "news", id="news"
            ),
        ],
    )
    def test_megabyte_is_fast(self, unit: str, why: str) -> None:
        """
        A megabyte of one repeated month name or news sentence takes well under two seconds.

        Measured in CPU time, generous for a slow CI machine (about 0.3 s on a laptop core).
        """
        del why
        text = unit * (1_000_000 // len(unit))
        began = time.process_time()
        find_times(text, REF)
        elapsed = time.process_time() - began

        assert elapsed < 2.0

    @pytest.mark.parametrize("text", [pytest.param(text, id=why) for text, why in EXTRACT_CASES])
    def test_extract_reads_content_paragraphs(self, text: str) -> None:
        """
        `extract_times` finds what `find_times` finds in `Article.content_paragraphs`.
        """
        article = parse_article(text, published=dt.date(2020, 3, 18))
        expected = [
            (time.text, time.value)
            for paragraph in article.content_paragraphs
            for time in find_times(paragraph.span.slice(article.text), "2020-03-18")
        ]
        actual = [(time.text, time.value) for time in extract_times(article)]

        assert expected == actual


def _example_openings() -> list[tuple[str, str, str]]:
    """
    Every (rule id, example, head word) where the rule's match of its example opens with the word.
    """
    from newsevents.timex._engine import _GRAMMAR_OF, _RULES  # noqa: PLC0415 - private tables

    found = []
    for compiled in _RULES:
        for example in compiled.rule.examples:
            match = compiled.pattern.search(example)
            assert match is not None
            first = re.match(r"[a-z0-9]+", match.group().lower())
            if first is None or first.group() not in _GRAMMAR_OF:
                continue
            grammar = _GRAMMAR_OF[first.group()]
            if compiled.rule.id in {rule.id for _, rule, *_ in grammar.rules}:
                found.append((compiled.rule.id, example, first.group()))
    return found


def _example_heads() -> list[tuple[str, str, str]]:
    """
    Every (rule id, example, head word) of the rules' examples.

    A head word counts when it belongs to one of the rule's head classes and stands in the
    rule's match of its example.
    """
    from newsevents.timex._engine import _CLASSES_OF, _RULES  # noqa: PLC0415 - private tables

    found = []
    for compiled in _RULES:
        classes = set((compiled.rule.get("heads") or "").split())
        for example in compiled.rule.examples:
            match = compiled.pattern.search(example)
            assert match is not None
            # each word once: "day after day" names its head twice
            words = dict.fromkeys(re.findall(r"[a-z0-9]+", match.group().lower()))
            found.extend(
                (compiled.rule.id, example, word)
                for word in words
                if classes & _CLASSES_OF.get(word, frozenset())
            )
    return found


class TestGrammars:
    """
    Each head word's grammar holds every rule that can contain the word.
    """

    @pytest.mark.parametrize(
        ("rule_id", "word"),
        [
            pytest.param(rule_id, word, id=f"{rule_id}:{example}:{word}")
            for rule_id, example, word in _example_heads()
        ],
    )
    def test_example_heads_reach_their_rule(self, rule_id: str, word: str) -> None:
        """
        A head word inside a rule's example is tried with that rule.
        """
        from newsevents.timex._engine import _GRAMMAR_OF  # noqa: PLC0415 - private table

        actual = {rule.id for _, rule, *_ in _GRAMMAR_OF[word].rules}

        assert rule_id in actual

    @pytest.mark.parametrize(
        ("rule_id", "word"),
        [
            pytest.param(rule_id, word, id=f"{rule_id}:{example}:{word}")
            for rule_id, example, word in _example_openings()
        ],
    )
    def test_example_openings_tried_at_the_head(self, rule_id: str, word: str) -> None:
        """
        A rule whose example opens with a head word is among those tried at that word.
        """
        from newsevents.timex._engine import _GRAMMAR_OF  # noqa: PLC0415 - private table

        grammar = _GRAMMAR_OF[word]
        actual = {rule.id for _, rule, *_ in (grammar.at_head or grammar).rules}

        assert rule_id in actual


#: ``(text, whether a date or set may follow the weekday at 0, why)`` for `_weekday_follows`.
WEEKDAY_FOLLOW_CASES: list[tuple[str, bool, str]] = [
    ("Tuesday said", False, "lower-case-word"),
    ("Tuesday", False, "end-of-text"),
    ("Tuesday, said", False, "comma-then-word"),
    ("Tuesday. The talks", False, "capital-that-opens-no-month"),
    ("Tuesday. Mayors met", True, "capital-that-may-open-a-month"),
    ("Tuesday, March 17", True, "month-after-comma"),
    ("Tuesday 17 March", True, "day-number"),
    ("Tuesday the 17th", True, "the-may-open-a-day"),
    ("Tuesdays", True, "plural-set"),
    ("Tuesday nights", True, "set-of-nights"),
    ("Tuesday and Wednesday nights", True, "coordinated-set"),
    ("Tuesday, and then", False, "no-set-after-comma"),
    ("Tuesday\u00a0March 17", True, "non-ascii-space-may-be-a-space"),
    ("Tuesday \u00c9mile", True, "non-ascii-capital"),
    ("Tuesday\u2019s talks", False, "quote-mark-is-no-space"),
    ("Tuesday \u201cthe", False, "quote-after-space"),
    ("Tuesday \u00e9t\u00e9", True, "non-ascii-after-space"),
    ("Tuesday (AP)", False, "punctuation-after-space"),
    ("Tuesday, the talks", False, "the-then-no-date"),
    ("Tuesday the\u00a017th", True, "the-then-non-ascii"),
    ("Tuesday the", False, "the-at-the-end"),
    ("Tuesday's talks", False, "ascii-apostrophe"),
    ("Tuesday night\u017f", True, "long-s-folds-to-s"),
]


def _shortcut_spans(
    whole: Any, alone: Any, follows: Callable[[str, str, int, int], bool], text: str, at: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """
    The spans the *whole* grammar and its shortcut *alone* match at *at* in *text*.

    Only texts where the shortcut is taken (*follows* says nothing can follow the head at
    *at*) are kept; Hypothesis is told to pass over the others.
    """
    assume(whole is not None and alone is not None)
    assume(not follows(text, text.lower(), at, len(text)))
    found = whole.pattern.match(text, at, len(text))
    matched = alone.pattern.match(text, at, len(text))
    return (found.span() if found else None, matched.span() if matched else None)


class TestWeekdayShortcut:
    """
    At a weekday name, the weekday rule alone is tried when no date or set can go on.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"),
        WEEKDAY_FOLLOW_CASES,
        ids=[why for *_, why in WEEKDAY_FOLLOW_CASES],
    )
    def test_weekday_follows(self, text: str, expected: bool, why: str) -> None:
        """
        `_weekday_follows` says when a date or set may follow.
        """
        from newsevents.timex._engine import _weekday_follows  # noqa: PLC0415 - private

        actual = _weekday_follows(text, text.lower(), 0, len(text))

        assert expected == actual, why

    @pytest.mark.parametrize("text", ["Tuesday", "Tuesday.", "Tuesday ", "March", "March. "])
    def test_range_past_the_text(self, text: str) -> None:
        """
        A range that claims more than the text (as a bad segmentation may) fails nothing.
        """
        from newsevents.timex._engine import _month_follows, _weekday_follows  # noqa: PLC0415

        expected = False  # nothing follows the text
        function = _weekday_follows if text.startswith("T") else _month_follows
        actual = function(text, text.lower(), 0, len(text) + 9)

        assert expected == actual

    @given(
        st.text(
            alphabet=" .,\n\t\u00a0sStThHeEMaArRyY17nNdDoOiIgG\u00c9\u2019\u017f\u212a'x",
            max_size=14,
        )
    )
    def test_weekday_alone_matches_as_the_whole(self, rest: str) -> None:
        """
        Whenever the shortcut is taken, the weekday rule alone matches what the whole does.
        """
        from newsevents.timex import _engine  # noqa: PLC0415 - private grammars

        expected, actual = _shortcut_spans(
            _engine._WEEKDAY_AT_HEAD,
            _engine._WEEKDAY_ALONE,
            _engine._weekday_follows,
            "Monday" + rest,
            0,
        )

        assert expected == actual


#: ``(text, whether a day or year may follow the month at 0, why)`` for `_month_follows`.
MONTH_FOLLOW_CASES: list[tuple[str, bool, str]] = [
    ("March said", False, "lower-case-word"),
    ("March", False, "end-of-text"),
    ("March, the talks", True, "the-may-open-a-day"),
    ("March. The talks", True, "capital-the-may-open-a-day"),
    ("March. Talks", False, "capital-word"),
    ("March 17", True, "day-number"),
    ("Sept. 30", True, "abbreviation-and-day"),
    ("March, 2020", True, "comma-and-year"),
    ("March of 1999", True, "of-year"),
    ("March eighth", True, "ordinal"),
    ("March nineteen ninety", True, "spelled-year"),
    ("March last year", False, "relative-year-is-the-month-rules"),
    ("March finalst", True, "an-ordinal-that-begins-like-final"),
    ("March\u00a017", True, "non-ascii-space"),
    ("March\u2019s talks", False, "quote-mark-is-no-space"),
    ("March \u201cthe", False, "quote-after-space"),
    ("March \u017fecond", True, "non-ascii-letter-in-the-word"),
]


class TestMonthShortcut:
    """
    At a month name, the month rule alone is tried when no day or year can follow.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"),
        MONTH_FOLLOW_CASES,
        ids=[why for *_, why in MONTH_FOLLOW_CASES],
    )
    def test_month_follows(self, text: str, expected: bool, why: str) -> None:
        """
        `_month_follows` says when a day or year may follow.
        """
        from newsevents.timex._engine import _month_follows  # noqa: PLC0415 - private

        actual = _month_follows(text, text.lower(), 0, len(text))

        assert expected == actual, why

    @given(
        st.lists(
            st.sampled_from(
                [" ", ".", ",", "\n", "\u00a0", "\u2019", "\u017f", "1", "7", "the", "of", "The",
                 "eighth", "nineteen", "two", "thousand", "last", "final", "st", "year", "for", "Life", "x"]
            ),
            max_size=8,
        ).map("".join)
    )  # fmt: skip
    def test_month_alone_matches_as_the_whole(self, rest: str) -> None:
        """
        Whenever the shortcut is taken, the month rule alone matches what the whole does.
        """
        from newsevents.timex import _engine  # noqa: PLC0415 - private grammars

        expected, actual = _shortcut_spans(
            _engine._MONTH_AT_HEAD,
            _engine._MONTH_ALONE,
            _engine._month_follows,
            "in March" + rest,
            3,
        )

        assert expected == actual


def _made_time(make: Callable[[], Any]) -> tuple[Any, str]:
    """
    What *make* returns and the error it raises (``""`` if none), to compare two makers.
    """
    try:
        return make(), ""
    except ValueError as error:
        return None, str(error)


class TestMakeTime:
    """
    `_make_time` makes the expression `TimeExpression`'s own constructor makes.
    """

    def test_fields_are_those_it_sets(self) -> None:
        """
        `TimeExpression` has exactly the fields `_make_time` sets: a new one must be set there.
        """
        names = tuple(field.name for field in attrs.fields(TimeExpression))

        assert (
            "text",
            "span",
            "type",
            "value",
            "rule_id",
            "mod",
            "start",
            "end",
            "anchor",
        ) == names

    @given(
        st.sampled_from(list(TimexType)),
        st.none() | st.sampled_from(list(TimexMod)),
        st.none() | st.tuples(st.dates(), st.dates()),
        st.none() | st.integers(0, 9),
    )
    def test_agrees_with_constructor(
        self,
        kind_type: TimexType,
        timex_mod: TimexMod | None,
        bounds: tuple[dt.date, dt.date] | None,
        anchor: int | None,
    ) -> None:
        """
        Equal to ``TimeExpression(...)`` of the same parts, or refused with the same error.

        The bounds may be in either order: an interval ending before it starts is refused.
        """
        from newsevents.timex._engine import _make_time  # noqa: PLC0415 - private

        span = Span(3, 8)
        anchor_span = None if anchor is None else Span(anchor, anchor + 1)
        expected = _made_time(
            lambda: TimeExpression(
                text="March",
                span=span,
                type=kind_type,
                value="2020-03",
                rule_id="timex.date.month",
                mod=timex_mod,
                start=None if bounds is None else bounds[0],
                end=None if bounds is None else bounds[1],
                anchor=anchor_span,
            )
        )
        actual = _made_time(
            lambda: _make_time(
                "March",
                span,
                (kind_type, "2020-03", "timex.date.month", timex_mod, anchor is not None, True),
                bounds,
                anchor_span,
            )
        )

        assert expected == actual


def _lower_whole(text: str) -> str:
    """
    The text lower-cased whole, a letter that lowers to two kept (the reference of `_lower`).
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


#: Characters that lower-case unusually, or not at all, among ASCII: the capital sigma (whose
#: final form reads its neighbours; compiled, ``str.lower`` maps it alone, so only the pure
#: run draws it), "İ" (two characters), the Kelvin sign (an ASCII letter), question marks.
_SIGMA_DRAWN = "" if is_compiled(_engine) else "Σ"
_LOWER_ODD = "\u2019\u201c\u2014\u2026İ\u212aßſÉéΩωσς\U0001f600\ud800?\u0663" + _SIGMA_DRAWN
LOWER_CASES = [
    ("Police said on Tuesday.", "ascii"),
    ("Police said the man\u2019s car was found on \u201cTuesday\u201d \u2014 late.", "quotes"),
    ("WHERE? ÉCOLE\u2019S \u212aELVIN DAY?", "question-marks-and-kelvin"),
    ("İSTANBUL ON MONDAY", "dotted-capital-i"),
    (f"ΟΔΟ{_SIGMA_DRAWN} ΑΘΗΝΑ on Monday", "greek"),
    ("\u2019" * 40 + " Monday", "mostly-marks"),
]
assert len({case[0] for case in LOWER_CASES}) == len(LOWER_CASES)

#: Short texts of ASCII, the odd characters above and any other character (but "Σ" compiled).
_LOWER_TEXTS = st.text(
    alphabet=st.one_of(
        st.characters(max_codepoint=127),
        st.sampled_from(_LOWER_ODD),
        st.characters(exclude_characters="Σ" if is_compiled(_engine) else ""),
    ),
    max_size=80,
)


def _has_other_digit(text: str) -> bool:
    """
    Whether *text* holds a decimal digit (to `regex`) outside ASCII (what `_other_digits` reads).
    """
    return any(not char.isascii() and regex.fullmatch(r"\d", char) for char in text)


class TestLower:
    """
    `_lower` is the text lower-cased whole, of the same length.
    """

    @pytest.mark.parametrize(("text", "why"), LOWER_CASES, ids=[case[1] for case in LOWER_CASES])
    def test_cases(self, text: str, why: str) -> None:
        """
        News text with curly quotes, odd letters and question marks lower-cases as a whole.
        """
        assert _lower_whole(text) == _engine._lower(text), why

    @given(_LOWER_TEXTS)
    def test_agrees_with_whole(self, text: str) -> None:
        """
        Characters lower-cased by kind (ASCII as bytes, the rest alone) give the whole's case.
        """
        assert _lower_whole(text) == _engine._lower(text)

    @pytest.mark.parametrize(("text", "why"), LOWER_CASES, ids=[case[1] for case in LOWER_CASES])
    def test_bytes_cases(self, text: str, why: str) -> None:
        """
        The bytes `_lowered` gives with the lower case are the ones `_find_heads` encodes.
        """
        lowered, marked, other_digits = _engine._lowered(text)
        assert lowered == _lower_whole(text), why
        assert marked is None or marked == lowered.encode("ascii", "replace"), why
        assert other_digits or not _has_other_digit(lowered), why

    @given(_LOWER_TEXTS)
    def test_bytes_agree_with_encoding(self, text: str) -> None:
        """
        Bytes that came with the lower case (else ``None``) are its ASCII encoding.

        And a lower case said to hold no digit outside ASCII holds none.
        """
        lowered, marked, other_digits = _engine._lowered(text)
        assert marked is None or marked == lowered.encode("ascii", "replace")
        assert other_digits or not _has_other_digit(lowered)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Police said on Monday \u2019\u0663 May that the man had left.", True),  # Arabic-Indic
            ("Police said on Monday \u2019\u0663\u0663 May that the man had left.", True),  # twice
            ("Police said on Monday \u2019s 3 May that the man had left.", False),
            ("Police said on Monday \uff13 May that the man had left the city.", True),  # fullwidth
        ],
    )
    def test_other_digits_flagged(self, text: str, expected: bool) -> None:
        """
        A digit outside ASCII is flagged each time it is met (`_lower_marked` keeps none).
        """
        for _ in range(2):
            _, marked, other_digits = _engine._lowered(text)
            assert marked is not None  # lowered by its bytes (`_lower_marked`)
            assert other_digits is expected

    def test_kelvin_sign_gives_no_bytes(self) -> None:
        """
        The Kelvin sign lowers to an ASCII "k", where its byte reads "?": no bytes then.
        """
        text = "The \u212aelvin scale\u2019s reading on Monday, the day it rained."
        assert _engine._lowered(text) == (
            "the kelvin scale\u2019s reading on monday, the day it rained.",
            None,
            False,
        )

    def test_no_other_character_lowers_to_ascii(self) -> None:
        """
        `_TO_ASCII` is the one character outside ASCII that lowers to one ASCII character.
        """
        found = [
            char
            for char in map(chr, range(128, 0x110000))
            if len(low := char.lower()) == 1 and low.isascii()
        ]
        assert found == [_engine._TO_ASCII]


#: Words of news the shape gate of `_find_heads` skips (no head word has their shape) and
#: head words it lets through.
SHAPE_CASES = [
    (b"the", False, "the commonest word"),
    (b"police", False, "a common noun"),
    (b"said", False, "a common verb"),
    (b"2020", False, "a number"),
    (b"monday", True, "a weekday"),
    (b"years", True, "a unit"),
]
assert len({case[0] for case in SHAPE_CASES}) == len(SHAPE_CASES)


class TestHeadShapes:
    """
    `_find_heads` looks a word up among the head words only if a head word has its shape.
    """

    @pytest.mark.parametrize("word", sorted(_engine._HEAD_BYTES), ids=bytes.decode)
    def test_every_head_word_passes(self, word: bytes) -> None:
        """
        No head word is skipped: the gate lets every one through.
        """
        assert _engine._HEAD_SHAPES[_engine._shape(word[0], word[-1], len(word))] == 1

    @pytest.mark.parametrize(
        ("word", "expected", "why"), SHAPE_CASES, ids=[case[2] for case in SHAPE_CASES]
    )
    def test_common_words(self, word: bytes, expected: bool, why: str) -> None:
        """
        Most words of news are skipped; head words are not.
        """
        shape = _engine._shape(word[0], word[-1], len(word))

        assert expected == bool(_engine._HEAD_SHAPES[shape]), why

    @given(st.binary(min_size=1, max_size=20))
    def test_shape_in_range(self, word: bytes) -> None:
        """
        Every word has a shape the table holds (below ``2 ** 14``).
        """
        assert 0 <= _engine._shape(word[0], word[-1], len(word)) < len(_engine._HEAD_SHAPES)

    @given(st.binary(min_size=1, max_size=40))
    def test_written_out_shape_is_shape(self, token: bytes) -> None:
        """
        The shape `_find_heads` computes in its loop, written out, is `_shape`'s.
        """
        assert _WRITTEN_SHAPE in _ENGINE_SOURCE  # the sources, compiled or not
        assert eval(_WRITTEN_SHAPE, {"token": token}) == _engine._shape(  # noqa: S307
            token[0], token[-1], len(token)
        )

    def test_head_of_holds_the_head_words(self) -> None:
        """
        `_find_heads` looks words up in `_HEAD_OF`: its keys are the head words, no more.
        """
        assert set(_engine._HEAD_OF) == set(_engine._HEAD_BYTES)


#: The shape of a word as `_find_heads` writes it out (`_shape`, without the call).
_WRITTEN_SHAPE = "((token[0] & 31) << 9) | ((token[-1] & 31) << 4) | (len(token) & 15)"
#: The engine's source in the checkout (a compiled module has no source to inspect).
_ENGINE_SOURCE = (
    Path(__file__).resolve().parents[2] / "src" / "newsevents" / "timex" / "_engine.py"
).read_text(encoding="utf-8")
