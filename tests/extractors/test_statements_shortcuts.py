"""
Hand-written readings of the statement extractor checked against the patterns they replace.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents._rules import compile_rules
from newsevents.extractors.statements import (
    _ACCORDING,
    _BOUNDARY,
    _BREAK_OPENERS,
    _CONTENT_END,
    _NEXT_CUE,
    _RULES,
    _according_phrase,
    _boundary,
    _Breaks,
    _may_break,
    _next_cue,
)
from newsevents.model import Span
from newsevents.rules.statements import FUNCTION, STATEMENT_LEXICON, STATEMENT_RULES

#: A phrase's places: start, cue end, speaker start and end, end (`_Phrase`, `regex.Match`).
_Places = tuple[int, int, int, int, int] | None


def _pattern_places(text: str, start: int, end: int) -> _Places:
    """
    What the "according to" pattern matches at *start* of ``text[:end]``.
    """
    match = _ACCORDING.match(text, start, end)
    if match is None:
        return None
    return (match.start(), match.end("cue"), *match.span("speaker"), match.end())


def _read_places(text: str, start: int, end: int) -> _Places:
    """
    What `_according_phrase` reads at *start* of ``text[:end]``.
    """
    phrase = _according_phrase(text, start, end)
    if phrase is None:
        return None
    return (phrase.start, phrase.cue_end, phrase.speaker_start, phrase.speaker_end, phrase.end)


ACCORDING_CASES = [
    ("according to police.", "a period closes the speaker"),
    ("According to the Syrian Observatory, 34 died", "a comma closes it"),
    ("according to U.S. officials.", "periods inside a word read on"),
    ("according to figures from the U.N. refugee agency.", "an initial's period reads on"),
    ("according to the U.N.", "an initial's period at the end: the end closes it"),
    ("according to Mr. Smith, who", "a period after a word closes it: 'Mr'"),
    ("according to police .", "blanks before the period: not the speaker's"),
    ("according to X, said", "one character after one blank: too short"),
    ("according to  X, said", "one character after two blanks: the speaker takes one, ' X'"),
    ("according to X", "one character at the end: too short"),
    ("according toX, said", "no blank after the cue"),
    ("according to “the Times”, he", "a quote mark stops the speaker: no match"),
    ('according to "the Times", he', "a straight quote mark too"),
    ("according to police; it", "a semicolon closes it"),
    ("according to police? it", "a question mark"),
    ("according to police", "the end of the range"),
    ("according to A. B.\nNext", "an initial's period before a line break closes it"),
    ("according to A. \nNext", "blanks, then a line break"),
    ("according to A.“x", "an initial's period reads on to a quote mark: none"),
    ("according to a.b", "a period before a letter reads on"),
    ("according to É. Smith, x", "an initial beyond ASCII"),
    ("according to éÉ. Smith, x", "a letter beyond ASCII before the initial"),
    ("according to 3. Smith, x", "a digit's period closes one character: none"),
    ("according to\u00a0police\u00a0, x", "no-break spaces are blanks"),
    ("according to\x1cpolice, x", "a file separator is no blank to the pattern"),
    ("according to police\x1c, x", "nor before a stop"),
    ("according to " + "a" * 120 + ", x", "a speaker of 120 characters"),
    ("according to " + "a" * 121 + ", x", "of 121: too long"),
    ("according to " + "a" * 119 + "    , x", "blanks past 120 characters"),
    ("according to " + "a. " * 45 + "x, y", "initials past 120 characters"),
    ("accordingly to police,", "another word"),
    ("xaccording to police,", "a word character before the cue"),
    ("According  To\nthe mayor, x", "blanks of every kind in the cue"),
]
assert len({case[0] for case in ACCORDING_CASES}) == len(ACCORDING_CASES), "duplicate case"

#: Characters that make the pattern's cases: stops, periods, blanks, initials, quote marks.
_ACCORDING_ALPHABET = st.sampled_from(
    [*'aAbU .,;:!?"“”\n\t\u00a0\x1cÉé3-', "U.S.", "Mr.", ". \n", " x", "according to"]
)


class TestAccordingPhrase:
    """
    `_according_phrase` reads what the "according to" pattern matches, forward.
    """

    @pytest.mark.parametrize(
        ("text", "why"), ACCORDING_CASES, ids=[case[1] for case in ACCORDING_CASES]
    )
    @pytest.mark.parametrize("cut", [0, 1, 5])
    def test_same_as_pattern(self, text: str, why: str, cut: int) -> None:
        """
        The same places, or None, in the whole text and in a range cut short.
        """
        start = text.find("ccording") - 1 if "ccording" in text else 0
        end = max(start, len(text) - cut)
        expected = _pattern_places(text, start, end)
        actual = _read_places(text, start, end)

        assert expected == actual, why

    @given(
        opening=st.tuples(
            st.sampled_from(["", " ", "x", "said ", "é", "\n"]),
            st.sampled_from(["according to", "According to", "ACCORDING\nTO", "according  to"]),
            st.sampled_from(["", " ", "  ", "\n ", "\x1c", "\u00a0"]),
        ),
        words=st.lists(_ACCORDING_ALPHABET, max_size=40).map("".join),
        repeat=st.integers(1, 8),
        cut=st.integers(0, 8),
    )
    def test_property_same_as_pattern(
        self, opening: tuple[str, str, str], words: str, repeat: int, cut: int
    ) -> None:
        """
        Any text after the cue (long ones too: words repeated), in any range.
        """
        lead, cue, blanks = opening
        text = lead + cue + blanks + words * repeat
        start = len(lead)
        end = max(start, len(text) - cut)
        expected = _pattern_places(text, start, end)
        actual = _read_places(text, start, end)

        assert expected == actual

    @given(text=st.text(), at=st.integers(0, 20), cut=st.integers(0, 20))
    def test_property_any_text(self, text: str, at: int, cut: int) -> None:
        """
        Any text with "according to " put in it.
        """
        at = min(at, len(text))
        text = text[:at] + "according to " + text[at:]
        end = max(at, len(text) - cut)
        expected = _pattern_places(text, at, end)
        actual = _read_places(text, at, end)

        assert expected == actual


#: Pieces of text around clause boundaries: digits and commas ("21,000"), marks, words.
_BOUNDARY_PIECES = st.sampled_from(
    [
        ",",
        "1",
        "21",
        " ",
        ", ",
        "and",
        "Mr.",
        ". ",
        "said",
        "x",
        "é",
        "“",
        "-",
        " - ",
        "\n",
        ";",
        "؛",
    ]
)


class TestBoundaryProperty:
    """
    `_boundary` (string methods on ASCII) finds what the boundary pattern finds.
    """

    @given(
        pieces=st.lists(_BOUNDARY_PIECES, max_size=30).map("".join),
        start=st.integers(0, 12),
        cut=st.integers(0, 12),
    )
    def test_same_as_pattern(self, pieces: str, start: int, cut: int) -> None:
        """
        Any window of text made of commas, digits, marks and words.
        """
        start = min(start, len(pieces))
        end = max(start, len(pieces) - cut)
        match = _BOUNDARY.search(pieces, start, end)
        expected = None if match is None else match.span()

        assert expected == _boundary(pieces, start, end)


#: The rules as written, compiled as the extractor compiles its own but for `_tried`.
_WRITTEN_RULES = compile_rules(
    STATEMENT_RULES, STATEMENT_LEXICON, prefix="statement.", spell_lists=True
)
#: The rules whose speaker phrases have function words (the ones `_tried` changes).
_TRIED_IDS = [rule.id for rule in STATEMENT_RULES if FUNCTION in rule.pattern]


def _both_readings(rule_id: str, text: str) -> tuple[object, object]:
    """
    What the rule as written and as compiled with its function words as a trie find in *text*.
    """
    readings = []
    for rules in (_WRITTEN_RULES, _RULES):
        match = rules.by_id(rule_id).pattern.search(text)
        readings.append(None if match is None else (match.span(), match.groupdict()))
    return readings[0], readings[1]


FUNCTION_TRIE_CASES = [
    ("the man who ", "a function word is no head"),
    ("the mayor of ", "'of' ends no phrase"),
    ("the five defendants ", "a plain head"),
    ("the office before ", "'before': the longest word of its branch"),
    ("the office be ", "'be': a word that ends inside a longer one"),
    ("the office bee ", "'bee': longer than a function word"),
    ("The Mayor An ", "a capitalised function word is no name"),
    ("Then Pompeo ", "a name after one"),
    ("For ", "a function word alone"),
    ("FOR THE PEOPLE ", "capitals: the trie ignores case"),
    ("Officials who spoke ", "a relative clause"),
    ("the latest ", "'latest' is no head either"),
    ("the time ", "'time' is no head"),
    ("the timely report ", "'timely' is one"),
    ("Latest News ", "'Latest' is no name"),
    ("Breaking Watch Reads ", "'Reads' is one"),
    ("a while ", "'while': a function word and no head"),
    ("said Pompeo.", "the inverted speaker"),
    (" Mike Pompeo, the secretary of state.", "an apposition"),
    (" the man who was there.", "the inverted speaker with a function word"),
    ("Mike Pompeo, the head of the agency, ", "an apposition before a cue"),
    ("But the campaign also called on", "a subject"),
    ("In an interview on Monday, Pompeo met", "a subject after a time"),
]
assert len({case[0] for case in FUNCTION_TRIE_CASES}) == len(FUNCTION_TRIE_CASES), "duplicate case"

#: Words that make the speaker phrases' cases: function words and words that start like them.
_PHRASE_WORDS = st.sampled_from(
    [
        *FUNCTION[3:-1].split("|"),
        "The", "FOR", "An", "Wh", "whence", "ash", "bee", "tot", "ore", "Pompeo", "Mike",
        "officials", "spokesman", "mayor", "time", "latest", "U.S.", "Jr.", "(AP)", "said",
        "also", "has", "long", "Latest", "Watch", "Reads", "times", "timely", "day", "Way",
    ]
)  # fmt: skip
_PHRASE_GLUE = st.sampled_from([" ", " ", " ", ", ", "  ", "\n", ". ", "-"])


class TestFunctionTrie:
    """
    The speaker phrase rules find what they find as written with their word lookaheads as tries.
    """

    @pytest.mark.parametrize("rule_id", _TRIED_IDS)
    @pytest.mark.parametrize(
        ("text", "why"), FUNCTION_TRIE_CASES, ids=[case[1] for case in FUNCTION_TRIE_CASES]
    )
    def test_same_as_written(self, rule_id: str, text: str, why: str) -> None:
        """
        The same span and groups, or None, as the rule as written.
        """
        expected, actual = _both_readings(rule_id, text)

        assert expected == actual, why

    def test_rules_tried(self) -> None:
        """
        The speaker phrase rules are the ones with function words (the tests read them all).
        """
        expected = [
            "statement.speaker.subject",
            "statement.speaker.left",
            "statement.speaker.apposition",
            "statement.speaker.apposition.long",
            "statement.speaker.right",
        ]

        assert sorted(expected) == sorted(_TRIED_IDS)

    @given(
        words=st.lists(st.tuples(_PHRASE_WORDS, _PHRASE_GLUE), max_size=8),
        rule_id=st.sampled_from(_TRIED_IDS),
    )
    def test_property_same_as_written(self, words: list[tuple[str, str]], rule_id: str) -> None:
        """
        Phrases of function words, names and nouns: the same span and groups, or None.
        """
        text = "".join(word + glue for word, glue in words)
        expected, actual = _both_readings(rule_id, text)

        assert expected == actual


BREAK_CASES = [
    ("the war was over, citing the withdrawal", "a participle"),
    ("the war was over, Citing the withdrawal", "in capitals"),
    ("was its biggest yet, although it may", "a conjunction"),
    ("the war was over, according to the memo", "a new cue"),
    ("the talks had failed, throwing the summit into doubt", "the writer's participle"),
    ("he makes a modest salary, and questioned how", "'and' and a verb"),
    ("its forces had repelled the attack, a claim Reuters could not verify", "a claim"),
    ("the war was over, an account AP could not verify", "an account"),
    ("the war was over, they said", "a pronoun: no break"),
    ("the war was over,saying", "no blank after the comma"),
    ("the war was over,\u00a0saying so", "a no-break space is a blank"),
    ("the war was over, \u017faying so", "a long s, which the pattern folds to 's'"),
    ("the war was over, \u212aind", "a Kelvin sign"),
    ("the war was over,", "the comma ends the text"),
    ("the war was over, even as it began", "'even as'"),
]
assert len({case[0] for case in BREAK_CASES}) == len(BREAK_CASES), "duplicate case"


class TestMayBreak:
    """
    `_may_break` fails only where `_CONTENT_END` cannot match at the comma.
    """

    @pytest.mark.parametrize(("text", "why"), BREAK_CASES, ids=[case[1] for case in BREAK_CASES])
    def test_gate(self, text: str, why: str) -> None:
        """
        Where the pattern matches at the comma, the gate lets it run.
        """
        comma = text.index(",")
        matched = _CONTENT_END.match(text, comma) is not None

        assert not matched or _may_break(text, comma), why

    @pytest.mark.parametrize("opener", _BREAK_OPENERS)
    def test_each_opener(self, opener: str) -> None:
        """
        Each opener after a comma and a blank opens the gate, in any case.
        """
        assert _may_break(f"x, {opener.upper()}", 1)

    @given(
        words=st.lists(
            st.sampled_from(
                [*_BREAK_OPENERS, "and", "an", "claim", "that", "it", "also", "has",
                 "questioned", "they", "as", "though", "X", "ſ", "K"]
            ),
            max_size=6,
        ),
        glue=st.sampled_from([" ", ", ", ",", ",\u00a0", ",\n", ";", "  "]),
        end=st.integers(0, 4),
    )  # fmt: skip
    def test_property_gate(self, words: list[str], glue: str, end: int) -> None:
        """
        Phrases of openers and other words: at every comma where the pattern matches, it runs.
        """
        text = "x" + glue + glue.join(words)
        stop = max(0, len(text) - end)
        commas = [at for at, char in enumerate(text) if char == ","]
        missed = [
            at
            for at in commas
            if _CONTENT_END.match(text, at, stop) is not None and not _may_break(text, at)
        ]

        assert missed == []

    @given(text=st.text(), cut=st.integers(0, 5))
    def test_property_any_text(self, text: str, cut: int) -> None:
        """
        Any text, at every comma.
        """
        stop = max(0, len(text) - cut)
        missed = [
            at
            for at, char in enumerate(text)
            if char == ","
            and _CONTENT_END.match(text, at, stop) is not None
            and not _may_break(text, at)
        ]

        assert missed == []


NEXT_CUE_CASES = [
    ("Ann called it a disgrace and said it failed, and later argued more", "two cues"),
    ("Ann called it “messy,” adding that it failed and said so", "a quote, then a participle"),
    ("Ann said the driver stayed and called for help", "called for: no next cue"),
    ("the plan was nominated and confirmed by the Senate", "a passive: no next cue"),
    ("and said", "a cue at the start"),
    ("Ann said it failed", "none"),
]
assert len({case[0] for case in NEXT_CUE_CASES}) == len(NEXT_CUE_CASES), "duplicate case"


def _searched(text: str, start: int, end: int) -> int | None:
    """
    Where `_NEXT_CUE` first matches in ``text[start:end]``, searched from *start*.
    """
    match = _NEXT_CUE.search(text, start, end)
    return None if match is None else match.start()


class TestNextCueIndex:
    """
    A long paragraph's next cues, found once (`_Breaks.next_cue`), are the ones a search finds.
    """

    @pytest.mark.parametrize(
        ("text", "why"), NEXT_CUE_CASES, ids=[case[1] for case in NEXT_CUE_CASES]
    )
    def test_same_as_search(self, text: str, why: str) -> None:
        """
        From every start to where a content may end (a sentence's end), both answer the same.
        """
        text += ". It was over; they left."
        ends = [at for at, char in enumerate(text) if char in ".;"]
        breaks = _Breaks(text, Span(start=0, end=len(text)))
        pairs = [(a, b) for a in range(len(text) + 1) for b in ends if a <= b]
        expected = [_searched(text, a, b) for a, b in pairs]

        actual = [breaks.next_cue(a, b) for a, b in pairs]

        assert expected == actual, why

    @given(
        words=st.lists(
            st.sampled_from(
                ["Ann", "and", "but", "said", "later", "quickly", "called", "for", "by", "it",
                 "“messy,”", "adding", "argued", "alleged", "x"]
            ),
            max_size=10,
        ),
        start=st.integers(0, 30),
        tail=st.sampled_from(["", ". More", "; by", ". for"]),
    )  # fmt: skip
    def test_property_same_as_search(self, words: list[str], start: int, tail: str) -> None:
        """
        Phrases of cues, conjunctions and other words to a sentence's end: both agree.
        """
        text = " ".join(words)
        end = len(text)
        text += tail
        start = min(start, end)
        breaks = _Breaks(text, Span(start=0, end=len(text)))

        assert _next_cue(text, text.lower(), None, start, end) == breaks.next_cue(start, end)

    @given(text=st.text(st.sampled_from("aAnNdDbBuUtT ,.”\"'sSaidl")), start=st.integers(0, 9))
    def test_property_needles(self, text: str, start: int) -> None:
        """
        Text of the pattern's letters and marks: searched from a needle, found as from *start*.
        """
        start = min(start, len(text))

        assert _searched(text, start, len(text)) == _next_cue(
            text, text.lower(), None, start, len(text)
        )
