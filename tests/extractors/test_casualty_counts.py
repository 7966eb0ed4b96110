"""
Casualty patterns compiled for speed match what the patterns as written match.

Two rewrites must not change a match: the count of a pattern read right to left is written
with the range's first number optional instead of its end and a cheap test of where it may
end (``_COUNT_BACK``), and the word
lists of look-arounds are spelled as tries read in the look-around's own direction
(`_lookarounds_spelled`). Each test compares every group's span of both forms on many
windows built from counts, ranges, qualifiers, victims and verbs.
"""

from __future__ import annotations

import itertools

import attrs
import pytest
import regex

from newsevents._rules import Rule, compile_rules
from newsevents.extractors.casualties import _lookarounds_spelled
from newsevents.rules import casualties as rules
from newsevents.rules.casualties import (
    ATTRIBUTION_RULES,
    CASUALTY_GROUPS,
    CASUALTY_LEXICON,
    CASUALTY_RULES,
    COORDINATION_RULES,
    LOCATION_RULES,
    SUBJECT_RULES,
)

LEADS = ("", "Police said ", "in 2014 ", "at least ", "between ", "some of the ", "of ", "no ")
COUNTS = (
    "2",
    "12",
    "1,200",
    "3.5",
    "two",
    "Twenty-five",
    "twenty five",
    "a hundred",
    "one hundred and five",
    "several",
    "dozens",
    "a few",
    "hundreds of thousands",
    "an estimated 40",
    "someone",
    "25-year-old",
)
RANGES = ("", " to 15", "-15", " or three", " and four", " – 20", " to a few", " and the", "- ")
VICTIMS = ("", " people", " Turkish soldiers", " of the children", " more civilians", " men,")
VERBS = (
    " were killed",
    " have been wounded",
    " killed",
    " dead",
    " deaths",
    " bodies",
    " percent",
    " years",
    " were abducted and killed",
    " were injured",
    " arrested",
    " displaced",
    " missing",
)


def _windows() -> list[str]:
    """
    Every seventh combination of the parts above: 8,000 windows or so, each shape present.
    """
    combinations = itertools.product(LEADS, COUNTS, RANGES, VICTIMS, VERBS)
    return ["".join(parts) for parts in itertools.islice(combinations, 0, None, 7)]


WINDOWS = _windows()
#: Windows that start with a verb or a noun a count follows (for rules read forwards).
HEADS = (
    "killed ",
    "wounding ",
    "arrested ",
    "left ",
    "displaced ",
    "the death toll rose to ",
    "claimed ",
    "the killing of ",
    "bodies of ",
)
FORWARD_WINDOWS = [
    "".join(parts)
    for parts in itertools.islice(
        itertools.product(HEADS, LEADS[:5], COUNTS, RANGES, VICTIMS, (" dead", " on Friday", ".")),
        0,
        None,
        5,
    )
]
#: Sentences with a casualty construction (the rules' own examples) to read forwards.
SENTENCES = tuple(
    sorted(
        {
            example
            for table in (CASUALTY_RULES, ATTRIBUTION_RULES, LOCATION_RULES, SUBJECT_RULES)
            for rule in table
            for example in (*rule.examples, *rule.counterexamples)
        }
    )
)


def _compile(table: tuple[Rule, ...]) -> list[regex.Pattern[str]]:
    """
    The patterns of *table*, compiled as `compile_rules` compiles them.
    """
    compiled = compile_rules(table, CASUALTY_LEXICON, groups=CASUALTY_GROUPS, spell_lists=True)
    return [each.pattern for each in compiled]


def _spans(pattern: regex.Pattern[str], texts: tuple[str, ...] | list[str]) -> list[object]:
    """
    Every group's span of *pattern* matched at the end (read right to left) or start of each text.
    """
    found: list[object] = []
    for text in texts:
        match = pattern.match(text)
        found.append(None if match is None else match.regs)
    return found


def _rule(rule_id: str) -> Rule:
    """
    The casualty rule *rule_id*.
    """
    (rule,) = (rule for rule in CASUALTY_RULES if rule.id == rule_id)
    return rule


def _count(pattern: regex.Pattern[str], text: str) -> str | None:
    """
    The count *pattern* reads at the end of *text*.
    """
    match = pattern.match(text)
    return None if match is None else match.group("count")


def _as_written(rule: Rule) -> Rule:
    """
    *rule* with its counts as written forwards.

    `_COUNT` for `_COUNT_BACK`, which also tests first where a count may end.
    """
    return attrs.evolve(rule, pattern=rule.pattern.replace(rules._COUNT_BACK, rules._COUNT))


BACK_RULES = tuple(rule for rule in CASUALTY_RULES if rules._COUNT_BACK in rule.pattern)
ALL_RULES = (*CASUALTY_RULES, *ATTRIBUTION_RULES, *LOCATION_RULES, *SUBJECT_RULES)
SPELLED_RULES = tuple(
    rule
    for rule in (*ALL_RULES, *COORDINATION_RULES)
    if _lookarounds_spelled(rule, CASUALTY_LEXICON) is not rule
)


class TestCountBack:
    """
    A count read back from a verb matches as the count written forwards does.
    """

    def test_rules_read_back(self) -> None:
        """
        The passive, deaths and bodies rules read their counts backwards.
        """
        expected = {
            "casualty.killed.bodies",
            "casualty.killed.deaths",
            "casualty.killed.passive",
            "casualty.injured.passive",
            "casualty.missing.passive",
            "casualty.displaced.passive",
            "casualty.detained.passive",
        }
        assert expected == {rule.id for rule in BACK_RULES}

    @pytest.mark.parametrize("rule", BACK_RULES, ids=[rule.id for rule in BACK_RULES])
    def test_same_matches(self, rule: Rule) -> None:
        """
        Every group of every window matches alike, read back from its end.
        """
        (written,) = _compile((_as_written(rule),))
        (back,) = _compile((rule,))
        assert _spans(written, WINDOWS) == _spans(back, WINDOWS)

    def test_windows_match(self) -> None:
        """
        The windows are no idle test: the passive rule matches many of them.
        """
        (back,) = _compile((_rule("casualty.killed.passive"),))
        assert sum(match is not None for match in _spans(back, WINDOWS)) > 300

    def test_ranges_match(self) -> None:
        """
        ... and reads the ranges among them whole.
        """
        (back,) = _compile((_rule("casualty.killed.passive"),))
        expected = ["at least two to 15", "Twenty-five or three", "12-15"]
        actual = [
            _count(back, "at least two to 15 people were killed"),
            _count(back, "Twenty-five or three were killed"),
            _count(back, "in all 12-15 killed"),
        ]
        assert expected == actual


class TestLookarounds:
    """
    Word lists spelled in their look-arounds' own direction match alike.
    """

    def test_some_rules_change(self) -> None:
        """
        The rules with lists in a look-around against their direction are respelled.
        """
        ids = {rule.id for rule in SPELLED_RULES}
        assert {"casualty.killed.passive", "casualty.killed.active"} <= ids

    @pytest.mark.parametrize("rule", SPELLED_RULES, ids=[rule.id for rule in SPELLED_RULES])
    def test_same_matches(self, rule: Rule) -> None:
        """
        Every group of every window and example matches alike.
        """
        (plain,) = _compile((rule,))
        (spelled,) = _compile((_lookarounds_spelled(rule, CASUALTY_LEXICON),))
        texts = [*WINDOWS, *FORWARD_WINDOWS, *SENTENCES, *(f"{s} and" for s in SENTENCES)]
        assert _spans(plain, texts) == _spans(spelled, texts)
