"""
Hand-written readings of the statement extractor checked against the patterns they replace.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents.extractors.statements import _ACCORDING, _BOUNDARY, _according_phrase, _boundary

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
