"""
Table-driven tests of how the recogniser narrows the rules it tries at a start.

`_narrowed` keeps the rules of a grammar that can match where the text begins with a word
(and the character after it); `_without_lookbehinds` gives `_can_start` and `_narrowed` a
pattern that matches wherever its rule does.  Narrowing must never change a match: the
grammar tried whole and the narrowed one find the same text with the same rule.
"""

from __future__ import annotations

import pytest

from newsevents.timex import find_times

LOOKBEHIND_CASES = [
    (r"(?<=\bin\s)the\s+old\s+days", r"the\s+old\s+days", "positive-lookbehind"),
    (r"(?<!\bfrom\s)now", "now", "negative-lookbehind"),
    (
        r"(?:(?<=\bmid-)|(?<![\d$.,#/-]|\bNo\.\s))\d{4}",
        r"(?:|)\d{4}",
        "alternatives-of-lookbehinds",
    ),
    (r"(?<!(?<!\bin)[\s-])spring", "spring", "nested-lookbehinds"),
    (r"[(?<=]x(?<=[)])y", "[(?<=]xy", "brackets-in-character-sets"),
    (r"\(?<=x\)y", r"\(?<=x\)y", "escaped-brackets-are-no-group"),
    (r"(?P<day>\d+)(?<month>\w+)", r"(?P<day>\d+)(?<month>\w+)", "named-groups-are-kept"),
    (r"x[^]]+(?<=y)z", r"x[^]]+z", "closing-bracket-first-in-a-set"),
]

#: (text, head word, why): the rules narrowed for the head's opening include the rule
#: that matches there.
NARROW_CASES = [
    ("He said on Sunday that they met.", "Sunday", "weekday-then-word"),
    ("He came Sunday, March 17, 1990.", "Sunday", "weekday-then-date"),
    ("The talks failed in 1990.", "1990", "year"),
    ("the 1990s were calm", "1990s", "decade"),
    ("at 10:30 p.m. local time", "10", "clock"),
    ("on 3/17/2020 they met", "3", "slashed-date"),
    ("in the old days", "days", "lookbehind-rule"),
    ("since then we have waited", "then", "then-after-since"),
    ("the last two years", "years", "unit-after-starters"),
]


def _narrowing_agrees(text: str) -> list[tuple[int, str, str]]:
    """
    The starts the scan would try in *text* where the whole and the narrowed grammar differ.

    Each is (start, whole grammar's match, narrowed grammar's match).
    """
    from newsevents.timex._engine import (  # noqa: PLC0415 - private machinery
        _NARROWED,
        _UNKNOWN_GRAMMAR,
        _candidate_starts,
        _find_heads,
        _lower,
        _narrowed,
    )

    lowered = _lower(text)
    wrong = []
    for head, head_end, grammar in _find_heads(text, lowered, [(0, len(text))])[0]:
        for start, word_end in _candidate_starts(lowered, (head, head_end), 0, grammar.starters):
            whole = grammar.at_head or grammar if start == head else grammar
            opening = text[start : word_end + 1]
            tried = _NARROWED.get((id(whole), opening), _UNKNOWN_GRAMMAR)
            if tried is _UNKNOWN_GRAMMAR:
                tried = _narrowed(whole, opening)
            expected = whole.pattern.match(text, start)
            actual = None if tried is None else tried.pattern.match(text, start)
            expected_text = "" if expected is None else expected.group()
            actual_text = "" if actual is None else actual.group()
            if expected_text != actual_text:
                wrong.append((start, expected_text, actual_text))
    return wrong


def _rule_texts() -> list[str]:
    """
    Every example and counterexample of the timex rules.
    """
    from newsevents.timex._engine import _RULES  # noqa: PLC0415 - private table

    return [
        text
        for compiled in _RULES
        for text in (*compiled.rule.examples, *compiled.rule.counterexamples)
    ]


class TestWithoutLookbehinds:
    """
    `_without_lookbehinds` drops lookbehind groups and nothing else.
    """

    @pytest.mark.parametrize(
        ("pattern", "expected"),
        [pytest.param(pattern, expected, id=why) for pattern, expected, why in LOOKBEHIND_CASES],
    )
    def test_lookbehinds_dropped(self, pattern: str, expected: str) -> None:
        """
        The pattern comes back without its lookbehinds; sets, escapes and groups stay.
        """
        from newsevents.timex._engine import _without_lookbehinds  # noqa: PLC0415 - private

        actual = _without_lookbehinds(pattern)

        assert expected == actual


class TestNarrowed:
    """
    `_narrowed` keeps every rule that can match at a start, so matches do not change.
    """

    @pytest.mark.parametrize(
        ("text", "word"),
        [pytest.param(text, word, id=why) for text, word, why in NARROW_CASES],
    )
    def test_matching_rule_is_kept(self, text: str, word: str) -> None:
        """
        The narrowed grammar at a head matches what the whole grammar matches there.
        """
        from newsevents.timex._engine import (  # noqa: PLC0415 - private machinery
            _DIGIT_GRAMMAR,
            _GRAMMAR_OF,
            _narrowed,
        )

        head = text.index(word)
        grammar = _DIGIT_GRAMMAR if word[0].isdigit() else _GRAMMAR_OF[word.lower()]
        whole = grammar.at_head or grammar
        narrowed = _narrowed(whole, text[head : head + len(word) + 1])
        expected = whole.pattern.match(text, head)

        actual = None if narrowed is None else narrowed.pattern.match(text, head)

        assert (expected is None, expected and expected.group()) == (
            actual is None,
            actual and actual.group(),
        )

    def test_year_narrows_to_one_rule(self) -> None:
        """
        A year followed by a space is tried with one rule, not the five digit rules.
        """
        from newsevents.timex._engine import _DIGIT_GRAMMAR, _narrowed  # noqa: PLC0415

        narrowed = _narrowed(_DIGIT_GRAMMAR, "1990 ")

        assert narrowed is not None
        assert ["timex.date.year"] == [rule.id for _, rule, _ in narrowed.rules]

    def test_no_rule_gives_none(self) -> None:
        """
        A start no rule of the grammar can begin with is not tried at all.
        """
        from newsevents.timex._engine import _GRAMMAR_OF, _narrowed  # noqa: PLC0415

        grammar = _GRAMMAR_OF["then"]

        actual = _narrowed(grammar.at_head or grammar, "thenx")

        assert actual is None

    @pytest.mark.parametrize(
        "text", [pytest.param(text, id=f"{index}") for index, text in enumerate(_rule_texts())]
    )
    def test_rule_texts_match_alike(self, text: str) -> None:
        """
        Each start tried in a rule example or counterexample matches alike, narrowed or not.
        """
        actual = _narrowing_agrees(text)

        assert [] == actual

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("On SUNDAY, MARCH 17 they met; on sunday march 17 too.", id="cases"),
            pytest.param("In the old days, since then, in future, 9 a.m. 1990s '80s.", id="mixed"),
            pytest.param("_Sunday _1990 x1990 \u00e91990 Sunday_ 1990_", id="word-characters"),
        ],
    )
    def test_odd_texts_match_alike(self, text: str) -> None:
        """
        Capitals, underscores and letters glued to heads narrow without changing a match.
        """
        actual = _narrowing_agrees(text)

        assert [] == actual

    def test_find_times_unchanged_by_narrowing(self) -> None:
        """
        A sentence with every kind of start reads as before narrowing (checked against the engine before it).
        """
        expected = [
            ("last Sunday night", "2020-03-15TNI"),
            ("March 17, 1990", "1990-03-17"),
            ("10:30 p.m.", "1990-03-17T22:30"),
            ("the 1990s", "199"),
        ]

        actual = [
            (time.text, time.value)
            for time in find_times(
                "He left last Sunday night, on March 17, 1990, at 10:30 p.m. in the 1990s.",
                "2020-03-18",
            )
        ]

        assert expected == actual
