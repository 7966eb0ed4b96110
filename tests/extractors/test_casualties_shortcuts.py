"""
Cheap necessary tests of the casualty extractor: each passes wherever the pattern it spares matches.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsevents._rules import Rule, compile_pattern
from newsevents.extractors import casualties as casualties_module
from newsevents.extractors.casualties import (
    _AGENT_ENDINGS,
    _ANCHORS,
    _CAUSE_ENDINGS,
    _GATE_WORDS,
    _GATES,
    _SPEECH_ENDINGS,
    _TRAILED_GATES,
    _VOCABULARIES,
    _Affixes,
    _carried_out,
    _ends_one_of,
    _field_words,
    _field_words_by_token,
    _find_words_in,
    _first_after,
    _fold,
    _make_casualty,
    _make_quantity,
    _may_be_unreal,
    _object_may_start,
    _other_clause,
    _place_may_follow,
    _postmodified_head_at,
    _postmodified_may_end,
    _pronoun_may_end,
    _SentenceWords,
    _source_may_follow,
    _start_gate_may_match,
    _statistic_scopes,
    _victims_subject_may_end,
    find_words,
)
from newsevents.model import (
    Actor,
    ActorKind,
    Casualty,
    CasualtyKind,
    Quantity,
    Span,
    TimeExpression,
    TimexType,
)
from newsevents.rules.casualties import (
    ANCHOR_WORDS,
    ATTRIBUTION_RULES,
    CASUALTY_LEXICON,
    CASUALTY_RULES,
    GATE_RULES,
    LOCATION_RULES,
    PERPETRATOR_RULES,
    TIME_RULES,
    UNREAL_AFTER_STARTS,
    UNREAL_ENDINGS,
    UNREAL_LEADS,
)
from newsevents.text import lower_in_place, lower_letters

#: Text every rule is tried on: the examples and counterexamples of the whole table, and more.
TEXTS = sorted(
    {
        *(example for rule in CASUALTY_RULES for example in rule.examples),
        *(example for rule in CASUALTY_RULES for example in rule.counterexamples),
        "He SHOT AND KILLED HIMSELF",
        "the gunman shot and killed himself to death",
        "a man who shot himself to death",
        "she unkilled himself",
        "Two men were, reportedly, shot dead",
        "the victim was treated for gunshot wounds",
        "he was in critical condition",
        "the death\u00a0of John Smith",
        "the killing and maiming of civilians",
        "the killing, of civilians",
        "this shot killed",
        "his seriously injured",
    }
)

#: The rules with a ``next`` or a ``before`` test.
TESTED_RULES = [
    rule for rule in CASUALTY_RULES if rule.get("next") is not None or rule.get("before")
]


def _anchors(rule: Rule, text: str) -> list[tuple[int, int]]:
    """
    The places of *rule*'s anchor words in *text*, as the extractor finds them.
    """
    lowered = text.lower()
    places = []
    for word in ANCHOR_WORDS[rule.get("words") or ""]:
        start = lowered.find(word)
        while start >= 0:
            end = start + len(word)
            if (start == 0 or not lowered[start - 1].isalpha()) and (
                end == len(lowered) or not lowered[end].isalpha()
            ):
                places.append((start, end))
            start = lowered.find(word, start + 1)
    return places


def _matches_at(rule: Rule, text: str, start: int, end: int) -> bool:
    """
    Whether *rule* matches at the anchor word ``text[start:end]`` as `_match_at` tries it.
    """
    pattern = compile_pattern(rule.pattern, CASUALTY_LEXICON)
    if rule.get("anchor") == "end":
        return pattern.match(text, max(0, start - 120), end) is not None
    return pattern.match(text, start) is not None


def _gate_at_matches(rule: Rule, text: str, gate: Callable[[list[str]], bool]) -> bool:
    """
    Whether *gate* passes on the words before every anchor word *rule* matches at.
    """
    return all(
        gate(text[max(0, start - 120) : start].split())
        for start, end in _anchors(rule, text)
        if _matches_at(rule, text, start, end)
    )


def _passes(rule: Rule, text: str, start: int, end: int) -> bool:
    """
    Whether the rule's ``next`` and ``before`` tests pass at the anchor word.
    """
    next_words = tuple((rule.get("next") or "").split())
    if next_words and _first_after(text, end) not in next_words:
        return False
    before = tuple((rule.get("before") or "").split())
    if not before:
        return True
    tokens = text[max(0, start - 120) : start].split()
    return _ends_one_of(tokens, before, int(rule.get("before_words") or 0))


ANCHORED = [
    pytest.param(rule, text, start, end, id=f"{rule.id}:{text}:{start}")
    for rule in TESTED_RULES
    for text in TEXTS
    for start, end in _anchors(rule, text)
    if _matches_at(rule, text, start, end)
]


class TestNextAndBefore:
    """
    A rule's ``next`` and ``before`` tests pass wherever the rule matches at its anchor.
    """

    @pytest.mark.parametrize(("rule", "text", "start", "end"), ANCHORED)
    def test_pass_where_rule_matches(self, rule: Rule, text: str, start: int, end: int) -> None:
        """
        The tests pass at every anchor the rule matches at.
        """
        expected = True

        actual = _passes(rule, text, start, end)

        assert expected == actual

    def test_some_anchors_tried(self) -> None:
        """
        Every tested rule matches at some anchor of the texts (the table tests something).
        """
        expected = {rule.id for rule in TESTED_RULES}

        actual = {param.values[0].id for param in ANCHORED}

        assert expected == actual


SKIPPED = [
    ("the death of the plan", "casualty.killed.death_of_name", 4, True, "of-follows"),
    ("the death, of John Smith", "casualty.killed.death_of_name", 4, False, "comma-between"),
    ("the killing spree", "casualty.killed.killing_of", 4, False, "no-of"),
    ("he was killed", "casualty.killed.bare", 7, True, "auxiliary"),
    ("three killed", "casualty.killed.bare", 6, False, "no-auxiliary"),
    ("the death toll", "casualty.killed.reflexive", 4, False, "no-himself-to"),
]


class TestSkipped:
    """
    The tests fail where the words they look for are missing.
    """

    @pytest.mark.parametrize(
        ("text", "rule_id", "start", "expected", "why"), SKIPPED, ids=[why for *_, why in SKIPPED]
    )
    def test_cases(self, text: str, rule_id: str, start: int, expected: bool, why: str) -> None:
        """
        The ``next`` and ``before`` tests at the anchor word starting at *start*.
        """
        del why
        rule = next(rule for rule in CASUALTY_RULES if rule.id == rule_id)
        end = start
        while end < len(text) and text[end].isalpha():
            end += 1

        actual = _passes(rule, text, start, end)

        assert expected == actual


#: Every anchor word of a rule with an ``anchor=start`` gate, with that gate.
START_GATES = sorted(
    {
        (next(c.rule.id for c in _GATES if c.pattern is entry[5]), word)
        for word, entries in _ANCHORS.items()
        for entry in entries
        if not entry[3] and entry[5] is not None
    }
)
#: What may follow an anchor word.
FOLLOWERS = (
    "",
    " ",
    ".",
    ",",
    "-",
    "'s",
    " dead",
    " DEAD",
    "\u00a0dead",
    "  and killed",
    " and killed two",
    " killed two",
    " down two",
    " Down two",
    " up two",
    " shot two",
    " stabbed two",
    " wounded two",
    " two",
    " him",
    "\nthree",
)
GATE_CASES = [
    pytest.param(gate_id, word, follower, id=f"{gate_id}:{word}:{follower!r}")
    for gate_id, word in START_GATES
    for follower in FOLLOWERS
]


class TestStartGates:
    """
    An ``anchor=start`` gate is tried only where a blank, and for some words a gate word, follows.
    """

    @pytest.mark.parametrize(("gate_id", "word", "follower"), GATE_CASES)
    def test_passes_where_gate_matches(self, gate_id: str, word: str, follower: str) -> None:
        """
        Where the gate matches at the anchor word, the test passes.
        """
        gate = _GATES.by_id(gate_id).pattern
        text = f"they {word}{follower}"
        end = 5 + len(word)
        expected = gate.match(text, 5) is not None

        actual = _start_gate_may_match(text, end, gate, trailed=(gate, word) in _TRAILED_GATES)

        assert expected <= actual

    def test_trailed_words(self) -> None:
        """
        The gate words that need the next word: "shot" (dead), "fatally" (shot), "gunned" (down).
        """
        expected = {"fatally", "gunned", "shot", "rounded", "rounding", "rounds"}

        actual = {word for _gate, word in _TRAILED_GATES}

        assert expected == actual


_OTHER_CLAUSE = compile_pattern(TIME_RULES[1].pattern, CASUALTY_LEXICON)
CLAUSES = [
    "agreed on March 5 to halt hostilities after a recent escalation of violence ",
    "arrested on Friday because he ",
    "on Friday, AFTER the game ",
    "on Friday ſince he ",
    "after the game, ",
    "when gunmen ",
    "on Sunday thereafter ",
    "",
]


_CARRIED_OUT = compile_pattern(PERPETRATOR_RULES[1].pattern, CASUALTY_LEXICON)
CARRIED = [
    "was carried out ",
    "was CARRIED OUT ",
    "attacks claimed ",
    "was seen ",
    "was carried out",
    "a shout ",
    "",
]


#: Each shortcut, the pattern it spares, and the texts they are compared on.
PATTERN_SHORTCUTS = [
    *[(_OTHER_CLAUSE, _other_clause, text, "other_clause") for text in CLAUSES],
    *[(_CARRIED_OUT, _carried_out, text, "carried_out") for text in CARRIED],
]


class TestPatternShortcuts:
    """
    Shortcuts that stand for a whole pattern give what the pattern gives.

    `_other_clause` for ``casualty.time.other_clause``, `_carried_out` for
    ``casualty.perpetrator.carried_out``.
    """

    @pytest.mark.parametrize(
        ("pattern", "shortcut", "text", "name"),
        PATTERN_SHORTCUTS,
        ids=[f"{name}:{text!r}" for *_, text, name in PATTERN_SHORTCUTS],
    )
    def test_same_as_pattern(
        self,
        pattern: regex.Pattern[str],
        shortcut: Callable[[str, int, int], bool],
        text: str,
        name: str,
    ) -> None:
        """
        The same answer as the pattern matched back over the whole text.
        """
        del name
        expected = pattern.match(text, 0, len(text)) is not None

        actual = shortcut(text, 0, len(text))

        assert expected == actual


AFFIX_TABLES = [
    ("unreal endings", UNREAL_ENDINGS),
    ("unreal leads", UNREAL_LEADS),
    ("unreal after", UNREAL_AFTER_STARTS),
    ("speech", _SPEECH_ENDINGS.words),
    ("agent", _AGENT_ENDINGS.words),
    ("cause", _CAUSE_ENDINGS.words),
    *((f"gate {index}", affixes.words) for index, affixes in enumerate(_GATE_WORDS.values())),
]
AFFIX_TEXTS = sorted({word for _name, words in AFFIX_TABLES for word in words} | set(TEXTS))


class TestAffixes:
    """
    `_Affixes` answers as `str.endswith` and `str.startswith` of its words do.
    """

    @pytest.mark.parametrize(
        ("name", "words"), AFFIX_TABLES, ids=[name for name, _ in AFFIX_TABLES]
    )
    def test_tables(self, name: str, words: tuple[str, ...]) -> None:
        """
        On every word of every table and every text, for each table of the extractor.
        """
        del name
        affixes = _Affixes(words)
        texts = [*AFFIX_TEXTS, *(f"x{text}" for text in AFFIX_TEXTS), "", "a"]
        expected = [(text.endswith(words), text.startswith(words)) for text in texts]

        actual = [(affixes.ends(text), affixes.starts(text)) for text in texts]

        assert expected == actual

    @given(
        words=st.lists(st.text("abc'", min_size=2, max_size=5), min_size=1, max_size=8),
        text=st.text("abc' ", max_size=12),
    )
    def test_any_words(self, words: list[str], text: str) -> None:
        """
        On any words of two letters or more and any text.
        """
        affixes = _Affixes(words)
        expected = (text.endswith(tuple(words)), text.startswith(tuple(words)))

        actual = (affixes.ends(text), affixes.starts(text))

        assert expected == actual


#: Characters that make the lower-case copy differ from the text, or letters stand next to words.
CASE_ALPHABET = st.sampled_from(
    [
        *"killed said in at by on were shot",
        *"KILLED SAID IN AT BY",
        "é",
        "É",
        "\u212a",  # the Kelvin sign: its lower case is "k"
        "İ",  # its lower case is two characters
        "ß",
        "’",
        "-",
        ".",
        ",",
        '"',
        "\n",
        "3",
    ]
)
CASE_TEXTS = [
    "Two KILLED in Café",
    "two killed in caf\u00e9killed",
    "\u212aILLED killed",
    "İkilled killed İ",
    "Police SAID: “at least 3 were shot,” by gunmen",
    "gunshot shot, shots SHOT killed shot-killed",
    "",
]


#: Sentences with field words of several vocabularies, repeated, side by side and inside
#: longer runs (`_field_words` finds each word's places, then orders them).
FIELD_TEXTS = [
    "Police said at least two were shot in Dallas, at a bar, by gunmen, police said.",
    "in in at in by-by said,said (said) at/in",
    "inside, in; near at at the scene, the shooting says he said",
    "saidx xsaid in",
    "",
]
assert len(FIELD_TEXTS) == len(set(FIELD_TEXTS)), "duplicate rows"


#: Whole words of the vocabularies, and runs that hold them.
WORD_ALPHABET = st.sampled_from(
    ["killed", "KILLED", "shot", "gunshot", "shots", "said", "by", "in", " ", " ", "-", ", "]
)


#: Field words (of several vocabularies), repeated, with punctuation and word breaks.
FIELD_ALPHABET = st.sampled_from(
    ["said", "at", "by", "in", "near", "shooting", "says", '"', ".", "(", "/", "'", "—", "x"]
)


class TestCaseless:
    """
    The words found in a text's letters are those found in its lower-case copy.
    """

    @pytest.mark.parametrize("text", CASE_TEXTS)
    @pytest.mark.parametrize("vocabulary", sorted(_VOCABULARIES))
    def test_words_table(self, vocabulary: str, text: str) -> None:
        """
        `_find_words_in` gives what `find_words` of `lower_in_place` gives, for each vocabulary.
        """
        expected = find_words(lower_in_place(text), *_VOCABULARIES[vocabulary])

        actual = _find_words_in(text, *_VOCABULARIES[vocabulary])
        shared = _find_words_in(text, *_VOCABULARIES[vocabulary], shared=True)

        assert expected == actual == shared

    @given(words=st.lists(CASE_ALPHABET, max_size=40))
    def test_words_any_text(self, words: list[str]) -> None:
        """
        The same for any text of words, cases and characters that lower-case differently.
        """
        text = "".join(words)
        expected = [find_words(lower_in_place(text), *pair) for pair in _VOCABULARIES.values()]

        actual = [_find_words_in(text, *pair) for pair in _VOCABULARIES.values()]

        assert expected == actual

    @given(words=st.lists(st.one_of(CASE_ALPHABET, WORD_ALPHABET), max_size=40))
    def test_shared_words_any_text(self, words: list[str]) -> None:
        """
        The same from the article's shared letters and runs (`letter_words`).

        Whole words among them: repeated, inside longer runs, next to letters outside ASCII.
        """
        text = "".join(words)
        expected = [find_words(lower_in_place(text), *pair) for pair in _VOCABULARIES.values()]

        actual = [_find_words_in(text, *pair, shared=True) for pair in _VOCABULARIES.values()]

        assert expected == actual

    @pytest.mark.parametrize("text", FIELD_TEXTS)
    def test_field_words_table(self, text: str) -> None:
        """
        `_field_words` finds what `_field_words_by_token` finds in these sentences.
        """
        lowered = lower_in_place(text)

        assert _field_words_by_token(lowered) == _field_words(lowered)

    @given(words=st.lists(st.one_of(FIELD_ALPHABET, WORD_ALPHABET), max_size=40))
    def test_field_words_by_token(self, words: list[str]) -> None:
        """
        `_field_words` finds what `_field_words_by_token` finds, token by token.
        """
        lowered = lower_in_place("".join(words))

        assert _field_words(lowered) == _field_words_by_token(lowered)

    @given(words=st.lists(CASE_ALPHABET, max_size=40))
    def test_field_words_any_text(self, words: list[str]) -> None:
        """
        The field words of a text's letters are those of its lower-case copy.
        """
        text = "".join(words)
        letters = lower_letters(text)
        expected = _field_words(lower_in_place(text))

        actual = (
            _field_words(lower_in_place(text)) if letters is None else _field_words(text, letters)
        )

        assert expected == actual

    @pytest.mark.parametrize("text", CASE_TEXTS)
    def test_sentence_words(self, text: str) -> None:
        """
        A sentence's words by vocabulary are the same with and without the lower-case copy.
        """
        expected = {
            key: _SentenceWords(text, lowered=lower_in_place(text))[key] for key in _VOCABULARIES
        }

        actual = {key: _SentenceWords(text)[key] for key in _VOCABULARIES}

        assert expected == actual


_LOCATION = compile_pattern(LOCATION_RULES[0].pattern, CASUALTY_LEXICON)
_SOURCE_AFTER = compile_pattern(ATTRIBUTION_RULES[1].pattern, CASUALTY_LEXICON)

#: Words a place phrase after a preposition may be made of, or not: months, days, digits,
#: "block", "the", modifiers, names, and what a word boundary may or may not follow.
PLACE_WORDS = st.sampled_from(
    [
        "March",
        "march",
        "MARCH",
        "Oct.",
        "Oct",
        "Mar.",
        "May",
        "May's",
        "Mayor",
        "Marchant",
        "March5",
        "Mayé",
        "Saturday",
        "sunday",
        "New",
        "Year's",
        "Christmas",
        "2015",
        "200",
        "13812",
        "block",
        "Block",
        "of",
        "the",
        "The",
        "north",
        "North",
        "far",
        "Syria",
        "Main",
        "Street",
        "Kaduna",
        "state",
        ",",
        ".",
        "(",
        "(Lagos)",
        "28th",
        "6:19",
        "a",
        "Kaduna",
        "İdlib",
        "ſyria",
    ]
)
PLACE_SEPARATORS = st.sampled_from([" ", "  ", "\n", "-", ""])


class TestPlaceGate:
    """
    `_place_may_follow` passes wherever ``casualty.location.place`` matches after the preposition.
    """

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("in March.", False),
            ("on Oct. 3.", False),
            ("on Saturday evening", False),
            ("in 2015 in three incidents", False),
            ("at 321-633-7162", False),
            ("near 200 block of Main Street", True),
            ("on March Street", False),
            ("in Marchant", True),
            ("in May's town", False),
            ("in Maykop", True),
            ("in the March 5 attack", False),
            ("in The Hague", True),
            ("in North Kaduna", True),
            ("in Mayé", True),
        ],
    )
    def test_cases(self, text: str, expected: bool) -> None:
        """
        Months, days and digits start no place; names, "The" and modifiers may.
        """
        actual = _place_may_follow(text, text.index(" "))

        assert expected == actual

    @given(
        preposition=st.sampled_from(["in", "on", "at", "near"]),
        parts=st.lists(st.tuples(PLACE_SEPARATORS, PLACE_WORDS), max_size=6),
    )
    def test_never_skips_a_match(self, preposition: str, parts: list[tuple[str, str]]) -> None:
        """
        Where the pattern matches, the test passes.
        """
        text = preposition + "".join(separator + word for separator, word in parts)
        expected = True

        actual = _LOCATION.match(text, 0) is None or _place_may_follow(text, len(preposition))

        assert expected == actual


#: Words a statistical scope may be made of, or not, in any case.
SCOPE_WORDS = st.sampled_from(
    [
        "so",
        "far",
        "this",
        "the",
        "last",
        "year",
        "year's",
        "Year’s",
        "month",
        "in",
        "2016",
        "total",
        "toll",
        "since",
        "from",
        "Jan.",
        "January",
        "1",
        "1st",
        "start",
        "beginning",
        "of",
        "to",
        "date",
        "THOSE",
        "these",
        "shootings",
        "attacks",
        "25-year-old",
        ",",
    ]
)


class TestStatisticGate:
    """
    `_statistic_scopes` searches only sentences holding one of its strings, and skips no scope.
    """

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("A 25-year-old man was killed so far this year.", [(29, 45)]),
            ("Since Jan. 1, 300 people have been shot.", [(0, 12)]),
            ("This year's toll is 30.", [(0, 16)]),
            ("Two were killed in those shootings.", [(16, 34)]),
            ("A 25-year-old man was killed this year.", []),
            ("The 19-year-old died on Friday, police said.", []),
        ],
    )
    def test_cases(self, text: str, expected: list[tuple[int, int]]) -> None:
        """
        Scopes are found where they are; a victim's age alone does not open the search.
        """
        actual = _statistic_scopes(text)

        assert expected == actual

    @given(words=st.lists(SCOPE_WORDS, max_size=12))
    def test_never_skips_a_scope(self, words: list[str]) -> None:
        """
        Whatever the words, the scopes found are all the pattern finds.
        """
        text = " ".join(words)
        expected = [scope.span() for scope in casualties_module._STATISTIC.finditer(text)]

        actual = _statistic_scopes(text)

        assert expected == actual


#: Words a source after "said" may be made of, or not.
SOURCE_WORDS = st.sampled_from(
    [
        "Pompeo",
        "Mike",
        "police",
        "the",
        "a",
        "22-year-old",
        "-based",
        "that",
        "he",
        "He",
        "Monday",
        ".",
        ",",
        '"',
        "“",
        "(",
        "3",
        "of",
        "Sgt.",
        "Ed",
        "Piago",
        "Los",
        "Angeles",
        "officials",
        "investigators",
        "who",
        "on",
        "in",
        "é",
        "É",
        "ſ",
    ]
)


class TestSourceAfterGate:
    """
    `_source_may_follow` passes wherever ``casualty.claimed_by.inverted`` matches at its verb.
    """

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("said.", False),
            ("said, police", False),
            ("said 22-year-old Kyle Carney shot", False),
            ('said "he', False),
            ("said Pompeo.", True),
            ("said police.", True),
            ("according to police", True),
            ("told Reuters", False),
        ],
    )
    def test_cases(self, text: str, expected: bool) -> None:
        """
        No source where no blank or no letter follows the verb.
        """
        verb = text.split(maxsplit=1)[0].rstrip('.,"')
        end = len(verb)

        actual = _source_may_follow(text, end, verb)

        assert expected == actual

    @given(
        verb=st.sampled_from(["said", "says", "according", "SAID", "ſaid"]),
        parts=st.lists(st.tuples(PLACE_SEPARATORS, SOURCE_WORDS), max_size=6),
    )
    def test_never_skips_a_match(self, verb: str, parts: list[tuple[str, str]]) -> None:
        """
        Where the pattern matches at the verb, the test passes.
        """
        text = verb + ("" if verb != "according" else " to") + "".join(a + b for a, b in parts)
        expected = True

        actual = _SOURCE_AFTER.match(text, 0) is None or _source_may_follow(
            text, len(verb), _fold(verb)
        )

        assert expected == actual


#: The active rules (``object`` in their meta), each with its gate, compiled.
ACTIVE_RULES = [
    (
        rule.id,
        compile_pattern(rule.pattern, CASUALTY_LEXICON),
        compile_pattern(
            next(
                gate for gate in GATE_RULES if gate.id == f"casualty.gate.{rule.get('gate')}"
            ).pattern,
            CASUALTY_LEXICON,
        ),
    )
    for rule in CASUALTY_RULES
    if rule.get("object") is not None
]
#: Words an active verb's object may be made of, or not: counts, determiners, heads,
#: modifiers, names, stops, marks, and letters that fold to others.
OBJECT_WORDS = st.sampled_from(
    [
        "two",
        "34",
        "1,000",
        "at",
        "least",
        "more",
        "than",
        "several",
        "dozens",
        "a",
        "an",
        "one",
        "another",
        "the",
        "his",
        "their",
        "people",
        "men",
        "man",
        "civilians",
        "soldiers",
        "officers",
        "police",
        "family",
        "members",
        "ex-wife",
        "co-worker",
        "local",
        "Turkish",
        "army",
        "unit",
        "young",
        "armed",
        "in",
        "by",
        "since",
        "just",
        "after",
        "Tuesday",
        "Smith",
        "John",
        "in-laws",
        "ex-wives",
        ",",
        ".",
        "“",
        "—",
        "-",
        "ſeveral",
        "PEOPLE",
        "Men",
        "İnnocent",
        "25-year-old",
        "of",
        "and",
        "Sunday",
        "May",
        "Two",
        "The",
        "Greene",
        "Smith,",
        "Abcdefghijklmnopqrstuvwxyz",
        "Émile",
        "(",
        "23",
    ]
)
OBJECT_SEPARATORS = st.sampled_from([" ", "  ", "\n", "-", ", "])


class TestObjectGate:
    """
    `_object_may_start` passes wherever an active rule matches at its verb.
    """

    @given(
        rule=st.sampled_from(ACTIVE_RULES),
        verb=st.sampled_from(["killed", "wounding", "arrested", "displaced", "INJURED"]),
        words=st.lists(st.tuples(OBJECT_SEPARATORS, OBJECT_WORDS), min_size=1, max_size=6),
    )
    def test_never_skips_a_match(
        self,
        rule: tuple[str, regex.Pattern[str], regex.Pattern[str]],
        verb: str,
        words: list[tuple[str, str]],
    ) -> None:
        """
        Where the rule matches after its gate's verb, the test passes there.
        """
        _rule_id, pattern, gate = rule
        text = verb + " " + "".join(separator + word for separator, word in words).lstrip()
        matched = gate.match(text, 0)
        expected = True

        actual = (
            matched is None
            or pattern.match(text, 0) is None
            or _object_may_start(text, matched.end())
        )

        assert expected == actual


#: The rules whose subject is a pronoun (``subject=pronoun``).
PRONOUN_RULES = [rule for rule in CASUALTY_RULES if rule.get("subject") == "pronoun"]
#: Words a pronoun rule's subject and participle may be made of, or not.
PRONOUN_WORDS = st.sampled_from(
    [
        "he",
        "He",
        "HE",
        "she",
        "they",
        "We",
        "those",
        "Others",
        "a",
        "an",
        "A",
        "Marine",
        "Smith",
        "Shot",
        "was",
        "were",
        "WAS",
        "had",
        "has",
        "been",
        "is",
        "are",
        "also",
        "later",
        "badly",
        "police",
        "said",
        "where",
        "shot",
        "and",
        "killed",
        "dead",
        "arrested",
        "in",
        *["critical", "condition", "wounded", "(he", "“They", "2", "ſhe", "the", "man"],
    ]
)


class TestPronounGate:
    """
    `_pronoun_may_end` passes wherever a pronoun rule matches at its anchor word.
    """

    @given(
        rule=st.sampled_from(PRONOUN_RULES),
        words=st.lists(st.tuples(st.sampled_from([" ", "  ", ", "]), PRONOUN_WORDS), max_size=8),
    )
    def test_never_skips_a_match(self, rule: Rule, words: list[tuple[str, str]]) -> None:
        """
        At each anchor word the rule matches at, the test passes on the words before it.
        """
        text = "".join(separator + word for separator, word in words).strip()

        assert _gate_at_matches(rule, text, _pronoun_may_end)


#: The rules whose subject ends with a victim phrase or a name (``subject=victims``).
VICTIMS_RULES = [rule for rule in CASUALTY_RULES if rule.get("subject") == "victims"]
#: Words such a subject, its auxiliaries and its participle may be made of, or not: heads,
#: names, pronouns, days, gap words, capitals and letters that fold to others (not "İ",
#: whose lower case is longer: `_anchors` finds words in the lower case). Not a lower-case
#: word with a capital inside ("al-Baghdadi was killed"): the pattern reads a name from its
#: capital, and the test has always stopped at a lower-case word (left as it was).
VICTIMS_WORDS = st.sampled_from(
    [
        "the",
        "a",
        "his",
        "soldiers",
        "Soldiers",
        "man",
        "Man",
        "John",
        "Smith",
        "JONES",
        "Tamerlan",
        "Al-Baghdadi",
        "Émile",
        "She",
        "They",
        "He",
        "It",
        "Police",
        "Thursday",
        "Days",
        "later",
        "said",
        "was",
        "Was",
        "were",
        "has",
        "had",
        "been",
        "who",
        "(who",
        "shot",
        "Shot",
        "killed",
        "dead",
        "arrested",
        "missing",
        "in",
        "critical",
        "condition",
        "25,",
        ",",
        "ſhe",
    ]
)


class TestVictimsGate:
    """
    `_victims_subject_may_end` passes wherever a ``subject=victims`` rule matches at its anchor.
    """

    @given(
        rule=st.sampled_from(VICTIMS_RULES),
        words=st.lists(
            st.tuples(st.sampled_from([" ", "  ", ", ", "\n"]), VICTIMS_WORDS), max_size=8
        ),
    )
    def test_never_skips_a_match(self, rule: Rule, words: list[tuple[str, str]]) -> None:
        """
        At each anchor word the rule matches at, the test passes on the words before it.
        """
        text = "".join(separator + word for separator, word in words).strip()

        assert _gate_at_matches(rule, text, _victims_subject_may_end)


#: The rules whose subject has an of-phrase or an apposition (``subject=postmodified``).
POSTMODIFIED_RULES = [rule for rule in CASUALTY_RULES if rule.get("subject") == "postmodified"]
#: Words such a subject, its apposition, its auxiliaries and its participle may be made of, or
#: not: leads, heads (one of three words), "of", names, lower-case words an apposition does
#: not start with, marks before a lead, letters that fold to others.
POSTMODIFIED_WORDS = st.sampled_from(
    [
        "the",
        "The",
        "THE",
        '"the',
        "(a",
        "a",
        "A",
        "an",
        "one",
        "another",
        "his",
        "thoſe",
        "two",
        "of",
        "Of",
        "21.A",
        "victim",
        "victim,",
        "Victim,",
        "man",
        "man,",
        "soldiers",
        "and",
        "civilians,",
        "civilians",
        "local",
        "young",
        "commander",
        "member",
        "council,",
        "council",
        "John",
        "Smith,",
        "Smith",
        "identified",
        "25,",
        "27-year-old",
        "woman,",
        ",",
        "was",
        "were",
        "who",
        "also",
        "killed",
        "shot",
        "died",
        "injured",
        "dead",
        "pronounced",
        # Phrases, so that matches are frequent.
        "the victim, a man,",
        "one victim , John Smith,",
        "a member of the local council",
        "His young son, the",
        "another young local soldiers and civilians",
        "was also killed",
        "were shot",
    ]
)


#: The postmodified rules' examples and counterexamples, and more subjects with an apposition.
POSTMODIFIED_TEXTS = [
    *sorted(
        {
            *(text for rule in POSTMODIFIED_RULES for text in rule.examples),
            *(text for rule in POSTMODIFIED_RULES for text in rule.counterexamples),
        }
    ),
    "the victim, a man, was killed",
    "the young local soldiers and civilians, a group, were killed",
    "the victim , John Smith, was shot",
    '"The victim, a man, was killed',
    "his son, Tom Lee, died",
    "A Member Of The Council was killed",
    "through 21.A friend of the victims said that one was injured",
    "the young local brave soldiers and civilians of the unit were killed",
]


class TestPostmodifiedGate:
    """
    `_postmodified_may_end` passes wherever a ``subject=postmodified`` rule matches at its anchor.
    """

    @pytest.mark.parametrize(
        "text",
        POSTMODIFIED_TEXTS,
    )
    def test_table(self, text: str) -> None:
        """
        The examples, the counterexamples and more: where a rule matches, the test passes.
        """
        for rule in POSTMODIFIED_RULES:
            assert _gate_at_matches(rule, text, _postmodified_may_end), rule.id

    @pytest.mark.parametrize(
        ("before", "at", "expected"),
        [
            ("the victim, a man,", 1, True),
            ("the victim , John Smith,", 1, True),
            ("the son of a man,", 1, True),
            ("the victim, identified as John,", 1, False),
            ("One victim, 23,", 1, False),
            ("German Booker, a customer at the shop,", 3, False),
            ("Fifteen people, including children,", 1, False),
            ("b c d e f the victim, a man,", 6, True),
            ("the x y z w q r victim, a man,", 7, False),
        ],
    )
    def test_head_at(self, before: str, at: int, expected: bool) -> None:
        """
        A head with a lead before it and an apposition or an of-phrase after it.
        """
        assert expected == _postmodified_head_at(before.split(), at)

    @given(
        rule=st.sampled_from(POSTMODIFIED_RULES),
        words=st.lists(
            st.tuples(st.sampled_from([" ", "  ", ", ", "\n"]), POSTMODIFIED_WORDS), max_size=12
        ),
    )
    def test_never_skips_a_match(self, rule: Rule, words: list[tuple[str, str]]) -> None:
        """
        At each anchor word the rule matches at, the test passes on the words before it.
        """
        text = "".join(separator + word for separator, word in words).strip()

        assert _gate_at_matches(rule, text, _postmodified_may_end)


#: (low, high, why): bounds `_make_quantity` must take as `Quantity` does, or refuse as it does.
QUANTITY_BOUNDS = [
    (34, 34, "an exact count"),
    (34, None, "open above"),
    (None, 100, "open below"),
    (None, None, "open both ways"),
    (0, 0, "none"),
    (10, 15, "a range"),
    (-1, 3, "a negative low"),
    (3, -1, "a negative high"),
    (5, 4, "a high below its low"),
    (None, -2, "a negative high alone"),
]


def _built(make: Callable[[], object]) -> tuple[object, ...]:
    """
    What *make* gives, as (record, hash, fields), or the type and message of what it raises.
    """
    try:
        record = make()
    except ValueError as error:
        return (type(error), str(error))
    return (record, hash(record), attrs.asdict(record, recurse=False))


class TestMakeQuantity:
    """
    `_make_quantity`, the cheaper Quantity(...) of the extractor's counts.
    """

    @pytest.mark.parametrize(
        ("low", "high", "why"), QUANTITY_BOUNDS, ids=[case[-1] for case in QUANTITY_BOUNDS]
    )
    @pytest.mark.parametrize("approximate", [False, True])
    def test_same_as_init(
        self, low: int | None, high: int | None, why: str, approximate: bool
    ) -> None:
        """
        The record Quantity's __init__ builds (equal, same hash, same fields), or its error.
        """
        fields = {
            "text": "about 34",
            "span": Span(3, 11),
            "low": low,
            "high": high,
            "approximate": approximate,
            "rule_id": "quantity.about",
        }
        expected = _built(lambda: Quantity(**fields))  # type: ignore[arg-type]

        actual = _built(lambda: _make_quantity(**fields))  # type: ignore[arg-type]

        assert actual == expected, why

    def test_fields(self) -> None:
        """
        It sets every field of Quantity (a field added to Quantity fails this).
        """
        expected = [field.name for field in attrs.fields(Quantity)]

        actual = ["text", "span", "low", "high", "approximate", "rule_id"]

        assert actual == expected


class TestMakeCasualty:
    """
    `_make_casualty`, the cheaper Casualty(...) of the extractor's records.
    """

    FULL: dict[str, object] = {
        "kind": CasualtyKind.KILLED,
        "span": Span(0, 30),
        "rule_id": "casualty.killed.passive",
        "count": Quantity(text="12", span=Span(0, 2), low=12, high=12),
        "victims": Actor(
            text="people", span=Span(3, 9), name="people", kind=ActorKind.GROUP, rule_id="x"
        ),
        "perpetrator": Actor(
            text="gunmen", span=Span(40, 46), name="gunmen", kind=ActorKind.GROUP, rule_id="y"
        ),
        "cause": "shooting",
        "cause_span": Span(50, 58),
        "claimed_by": Actor(
            text="police",
            span=Span(60, 66),
            name="police",
            kind=ActorKind.ORGANIZATION,
            rule_id="z",
        ),
        "time": TimeExpression(
            text="Monday", span=Span(70, 76), type=TimexType.DATE, value="2020-03-16", rule_id="t"
        ),
        "location": "in Kaduna",
        "location_span": Span(80, 89),
        "mentions": (Span(0, 30), Span(100, 120)),
    }
    BARE: dict[str, object] = {
        **FULL,
        **dict.fromkeys(
            ("count", "victims", "perpetrator", "cause", "cause_span", "claimed_by", "time"),
            None,
        ),
        "location": None,
        "location_span": None,
        "mentions": (),
    }

    @pytest.mark.parametrize("fields", [FULL, BARE], ids=["every field", "no optional field"])
    def test_same_as_init(self, fields: dict[str, object]) -> None:
        """
        The record Casualty's __init__ builds: equal, same hash, same fields.
        """
        expected = _built(lambda: Casualty(**fields))  # type: ignore[arg-type]

        actual = _built(lambda: _make_casualty(**fields))  # type: ignore[arg-type]

        assert actual == expected

    def test_frozen(self) -> None:
        """
        A Casualty it builds is frozen like any other.
        """
        casualty = _make_casualty(**self.BARE)  # type: ignore[arg-type]
        expected = attrs.exceptions.FrozenInstanceError

        with pytest.raises(expected):
            casualty.cause = "x"  # type: ignore[misc]

    def test_fields(self) -> None:
        """
        It takes every field of Casualty (a field added to Casualty fails this).
        """
        expected = [field.name for field in attrs.fields(Casualty)]

        actual = list(self.FULL)

        assert actual == expected


def _may_be_unreal_whole(before: str) -> bool:
    """
    `_may_be_unreal` as it was first written: the whole text folded, then split.
    """
    words = before.rstrip()
    if len(words) == len(before):
        return False
    folded = _fold(words)
    if not _Affixes(UNREAL_ENDINGS).ends(folded):
        return False
    return any(_Affixes(UNREAL_LEADS).ends(token) for token in folded.split()[-4:])


#: Texts before a verb, as `_is_unreal_at` passes them, the leads and endings among them.
UNREAL_BEFORE = [
    "threatened to ",
    "No one was ",
    "nobody was ",
    "would have ",
    "His car was ",
    "more missions are ",
    "police said the man was ",
    "is believed to have ",
    "a man in the car was ",
    "  to ",
    " ",
    "",
    "was",
    "NOBODY WAS\t",
    "WİLL BE ",
    "ſomeone cannot be ",
    "he wouldn't be ",
    "the İnn was ",
    "none of the five people were ",
    "a b c d e f to ",
]


class TestMayBeUnreal:
    """
    `_may_be_unreal`, which folds only the last words, answers as folding the whole text does.
    """

    @pytest.mark.parametrize("before", UNREAL_BEFORE)
    def test_table(self, before: str) -> None:
        """
        The same answer for the rule's examples and counterexamples and odd cases.
        """
        expected = _may_be_unreal_whole(before)

        actual = _may_be_unreal(before)

        assert actual == expected

    @given(
        st.lists(
            st.sampled_from([*UNREAL_LEADS, *UNREAL_ENDINGS, "man", "İ", "ſ", "ß", "\u0307"])
            | st.text(max_size=4),
            max_size=7,
        ),
        st.sampled_from([" ", "  ", "\t", "\u00a0", "\u2003", " \n"]),
        st.sampled_from(["", " "]),
    )
    def test_any_text(self, words: list[str], blank: str, lead: str) -> None:
        """
        The same answer for any words, blanks and letters that fold to others.
        """
        before = lead + blank.join(words) + blank

        assert _may_be_unreal(before) == _may_be_unreal_whole(before)


#: (rule id, example) of every rule whose match starts the sentence (``lead`` in its meta).
LEADING_EXAMPLES = [
    (compiled.rule.id, example)
    for compiled in casualties_module._CASUALTIES
    if compiled.rule.get("lead") == "yes"
    for example in compiled.rule.examples
]


class TestLeading:
    """
    `_match_at` skips a ``lead`` rule where the anchor word is beyond `_REACH` of the start.
    """

    def test_positions(self) -> None:
        """
        `_LEADING` holds the positions of the ``lead`` rules and nothing else.
        """
        expected = {
            position
            for position, compiled in enumerate(casualties_module._CASUALTIES)
            if compiled.rule.get("lead") == "yes"
        }

        assert expected == set(casualties_module._LEADING)

    @pytest.mark.parametrize(("rule_id", "example"), LEADING_EXAMPLES)
    def test_no_match_from_a_later_start(self, rule_id: str, example: str) -> None:
        """
        The example has a match from 0 and none from any later start.
        """
        pattern = casualties_module._CASUALTIES.by_id(rule_id).pattern
        chunk = "x " * 70 + example
        starts = [pattern.search(chunk, back) is None for back in (1, 60, 140)]

        assert [pattern.search(example) is not None, *starts] == [True] * 4
