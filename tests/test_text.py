"""
Tests for newsevents.text: lines, blocks, paragraphs and sentences keep original offsets.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents import text as text_module
from newsevents.model import Span
from newsevents.text import (
    _block_lines,
    ascii_letters,
    count_words,
    first_word,
    is_sentence_like,
    iter_blocks,
    iter_lines,
    letter_words,
    make_span,
    normalize,
    split_paragraphs,
    split_sentences,
    strip_span,
    word_offsets,
    word_texts,
)

from .compiled import pure_only

SENTENCE_CASES = [
    ("He left. She stayed.", ["He left.", "She stayed."], "plain full stops"),
    ("No mark at all", ["No mark at all"], "no terminal mark: one sentence"),
    ('He said "no."', ['He said "no."'], "marks only in the closing run"),
    ("Stop?!”) ", ["Stop?!”)"], "a closing run of marks and quotes, then a blank"),
    ("Mr. Smith left", ["Mr. Smith left"], "a mark before the closing run: the full split"),
    (
        "U.S. Secretary of State Mike Pompeo said so. He left.",
        ["U.S. Secretary of State Mike Pompeo said so.", "He left."],
        "U.S. before a name",
    ),
    ("Gen. Smith spoke. Mr. Jones did not.", ["Gen. Smith spoke.", "Mr. Jones did not."], "titles"),
    (
        "It ended on Sept. 26. Talks resume Monday.",
        ["It ended on Sept. 26.", "Talks resume Monday."],
        "month abbreviation before a day",
    ),
    (
        "He ranks No. 2 in the state. Police agree.",
        ["He ranks No. 2 in the state.", "Police agree."],
        "No. before a number",
    ),
    (
        "J. R. Smith scored. The fans cheered.",
        ["J. R. Smith scored.", "The fans cheered."],
        "initials",
    ),
    (
        '"We will stay," he said. "We must."  Then he left.',
        ['"We will stay," he said.', '"We must."', "Then he left."],
        "closing quote stays",
    ),
    (
        "He was hurt (badly.) Police came.",
        ["He was hurt (badly.)", "Police came."],
        "closing bracket stays",
    ),
    ("Did he run? Yes! He ran.", ["Did he run?", "Yes!", "He ran."], "question and exclamation"),
    (
        "It moved to the U.S. The talks failed.",
        ["It moved to the U.S.", "The talks failed."],
        "acronym then sentence starter",
    ),
    (
        "Interim D.C. Police Chief Peter Newsham said so. He left.",
        ["Interim D.C. Police Chief Peter Newsham said so.", "He left."],
        "a place's initials before a title: 'Police Chief' goes on the phrase",
    ),
    (
        "He flew to the U.S. Officials Said Nothing.",
        ["He flew to the U.S. Officials Said Nothing."],
        "a place's initials, then a capitalised phrase: no sentence starts",
    ),
    (
        "The man was shot in Washington, D.C. Police said he died.",
        ["The man was shot in Washington, D.C.", "Police said he died."],
        "a place's initials, then 'Police' and a lower-case verb: a sentence starts",
    ),
    (
        "It landed at 9 p.m. Police Chief Tom Lee said so.",
        ["It landed at 9 p.m.", "Police Chief Tom Lee said so."],
        "a time's initials are no place: a title after them starts a sentence",
    ),
    (
        "It happened at 2 a.m. Officers found him dead.",
        ["It happened at 2 a.m.", "Officers found him dead."],
        "a clock time, then a capitalised word that is no starter: a sentence starts",
    ),
    (
        "At 8:13 p.m. James was pronounced dead.",
        ["At 8:13 p.m.", "James was pronounced dead."],
        "a clock time, then a name: a sentence starts",
    ),
    (
        "It happened at 2 a.m. Sunday, police said. He fled.",
        ["It happened at 2 a.m. Sunday, police said.", "He fled."],
        "a clock time, then its day: the sentence goes on",
    ),
    (
        "Polls closed at 9 p.m. EST in Ohio. Counting began.",
        ["Polls closed at 9 p.m. EST in Ohio.", "Counting began."],
        "a clock time, then its zone: the sentence goes on",
    ),
    (
        "She left around 11 a.m. New Year's Day and vanished.",
        ["She left around 11 a.m. New Year's Day and vanished."],
        "a clock time, then a holiday: the sentence goes on",
    ),
    (
        "Four were shot at 2:30 a.m. Saturday.Police responded at once.",
        ["Four were shot at 2:30 a.m. Saturday.", "Police responded at once."],
        "a clock time, then its day glued to the next sentence: the day goes on the time",
    ),
    (
        "Coverage starts at 9 p.m. E.T. on the network. It ends late.",
        ["Coverage starts at 9 p.m. E.T. on the network.", "It ends late."],
        "a clock time, then a dotted zone: the sentence goes on",
    ),
    (
        "Mourners filled the weekly 5 p.m. Mass on Sunday.",
        ["Mourners filled the weekly 5 p.m. Mass on Sunday."],
        "a clock time, then what it names: the sentence goes on",
    ),
    (
        "It opened at 9 A.M. Sept. 3 with a speech.",
        ["It opened at 9 A.M. Sept. 3 with a speech."],
        "a clock time in capitals, then its month: the sentence goes on",
    ),
    (
        "It moved to the U.S. The White House said so.",
        ["It moved to the U.S.", "The White House said so."],
        "a function-word starter before a name still starts a sentence",
    ),
    (
        "Five people were injured.Bridgeton police say more.",
        ["Five people were injured.", "Bridgeton police say more."],
        "glued sentences",
    ),
    (
        "It cost 3.5 million at example.com today.",
        ["It cost 3.5 million at example.com today."],
        "decimals and domains",
    ),
    (
        "Shots at 5 p.m. Sunday hurt two. Police said so.",
        ["Shots at 5 p.m. Sunday hurt two.", "Police said so."],
        "p.m. before a weekday",
    ),
    ("Wait... It came.", ["Wait...", "It came."], "ellipsis"),
    (
        '"So, who?" Trump asked. Nobody answered.',
        ['"So, who?" Trump asked.', "Nobody answered."],
        "quoted question then attribution",
    ),
    (
        "DECATUR, Ill. — A man was hurt. He lived.",
        ["DECATUR, Ill. — A man was hurt.", "He lived."],
        "dash after an abbreviation",
    ),
    (
        "He paused . . . and went on. Then he sat.",
        ["He paused . . . and went on.", "Then he sat."],
        "spaced ellipsis inside",
    ),
    (
        "It was then-Sen. Clinton who voted. He agreed.",
        ["It was then-Sen. Clinton who voted.", "He agreed."],
        "hyphenated title",
    ),
    ("", [], "empty"),
    ("   \t\r\n ", [], "whitespace only"),
    ("No final mark", ["No final mark"], "unterminated"),
    (
        "Shots at 5 p.m. He ran. It was 9 a.m. Sunday.",
        ["Shots at 5 p.m.", "He ran.", "It was 9 a.m. Sunday."],
        "full stop before a capital: a weak abbreviation ends only before a starter",
    ),
    (
        "Ask Sgt. Doe. E. Roe left. Then-Gov. Moe spoke.",
        ["Ask Sgt. Doe.", "E. Roe left.", "Then-Gov. Moe spoke."],
        "full stop before a capital: titles and initials go on",
    ),
    ("He left.\tAll came.", ["He left.", "All came."], "full stop, a tab, a capital"),
]
assert len({case[0] for case in SENTENCE_CASES}) == len(SENTENCE_CASES)

PARAGRAPH_CASES = [
    ("One.\n\nTwo.", ["One.", "Two."], "blank line"),
    ("One.\r\n\r\nTwo.\r\n", ["One.", "Two."], "CRLF"),
    ("One.\n \t \nTwo.", ["One.", "Two."], "blank line with spaces and tabs"),
    (
        "Title\nBy Jane Doe\n\nBody.",
        ["Title", "By Jane Doe", "Body."],
        "separate lines in one block",
    ),
    ("The first line\nwraps here.", ["The first line\nwraps here."], "lower-case continuation"),
    (
        "Title of it; \nthe deck.\n\nBody.",
        ["Title of it; \nthe deck.", "Body."],
        "semicolon continues",
    ),
    (
        "This is a hard wrapped paragraph that goes on\nand on across several lines of text that\nStill continues here in the same sentence\nand ends.",
        [
            "This is a hard wrapped paragraph that goes on\nand on across several lines of text that\nStill continues here in the same sentence\nand ends."
        ],
        "hard wrapped block",
    ),
    ("\n\n  Leading.\n", ["Leading."], "leading whitespace"),
    (
        "A feeling of loss that first responders remember\n\nmost about that night.",
        ["A feeling of loss that first responders remember\n\nmost about that night."],
        "sentence broken across a blank line",
    ),
    (
        "TWO MONTHS AGO AN 8-YEAR-OLD BOY LOST HIS LITTLE\n\nBROTHER IN A SHOOTING.",
        ["TWO MONTHS AGO AN 8-YEAR-OLD BOY LOST HIS LITTLE\n\nBROTHER IN A SHOOTING."],
        "script in capitals",
    ),
    ("Police said so,\n\nand left.", ["Police said so,\n\nand left."], "comma then lower case"),
    (
        "Man dies in crash\n\nThe driver was 40.",
        ["Man dies in crash", "The driver was 40."],
        "title then a new paragraph",
    ),
    (
        "on August 7, 2015 7:15 AM\n\non August 7, 2015 7:15 AM",
        ["on August 7, 2015 7:15 AM", "on August 7, 2015 7:15 AM"],
        "timestamps stay apart",
    ),
    ("One.\u2028\u2028Two.", ["One.", "Two."], "Unicode line separators"),
    ("One.\r\rTwo.\x0c\x0cThree.", ["One.", "Two.", "Three."], "old Mac breaks and form feeds"),
    ("One.\n\x85\nTwo.", ["One.", "Two."], "a next-line character is a blank line"),
    ("One.\n\x1f\nTwo.", ["One.", "Two."], "a line of a unit separator is dropped"),
    ("One.\n\u00a0\u3000\nTwo.", ["One.", "Two."], "Unicode spaces on a blank line"),
]
assert len({case[0] for case in PARAGRAPH_CASES}) == len(PARAGRAPH_CASES)

#: Strings `split_paragraphs` must split as `iter_blocks` and `iter_lines` do (its fast path).
BLOCK_CASES = [
    ("", "empty"),
    ("a\r\n\r\nb", "CRLF blank line"),
    ("a\r\r\nb", "CR then CRLF"),
    ("a\n \x0b\nb", "vertical tab"),
    ("a\x1c\x1db\x1e\x85c", "file and group separators"),
    ("\x1f\n\na", "unit separator alone"),
    ("  a  \n\t\n  b\u2029", "stripped lines"),
]


class TestSplitSentences:
    """
    Sentence splitting.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), SENTENCE_CASES, ids=[case[2] for case in SENTENCE_CASES]
    )
    def test_cases(self, text: str, expected: list[str], why: str) -> None:
        """
        Each case splits into the expected sentences.
        """
        actual = [span.slice(text) for span in split_sentences(text)]

        assert expected == actual, why

    def test_span_argument(self) -> None:
        """
        A span restricts splitting to that part of the text, offsets stay absolute.
        """
        text = "Skip this. Keep one. Keep two."
        expected = [Span(11, 20), Span(21, 30)]

        assert expected == split_sentences(text, Span(11, 30))


class TestSplitParagraphs:
    """
    Paragraph splitting.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), PARAGRAPH_CASES, ids=[case[2] for case in PARAGRAPH_CASES]
    )
    def test_cases(self, text: str, expected: list[str], why: str) -> None:
        """
        Each case splits into the expected paragraphs, as slices of the original.
        """
        actual = [span.slice(text) for span in split_paragraphs(text)]

        assert expected == actual, why


def _iterated_lines(text: str) -> list[list[tuple[int, int]]]:
    """
    The stripped lines of each block with any, by `iter_blocks` and `iter_lines`.
    """
    blocks = [
        [
            (span.start, span.end)
            for line in iter_lines(text, block)
            if (span := strip_span(text, line.start, line.end)) is not None
        ]
        for block in iter_blocks(text)
    ]
    return [lines for lines in blocks if lines]


class TestBlockLines:
    """
    The offset-only paragraph split sees the same blocks and lines as the public iterators.
    """

    @pytest.mark.parametrize(("text", "why"), BLOCK_CASES, ids=[case[1] for case in BLOCK_CASES])
    def test_same_as_iterators(self, text: str, why: str) -> None:
        """
        Each block's stripped lines equal those of `iter_blocks` and `iter_lines`.
        """
        expected = _iterated_lines(text)

        assert expected == _block_lines(text), why

    @given(
        st.lists(
            st.sampled_from(
                ["a", "b c", " ", "\t", "\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x85",
                 "\u2028", "\u2029", "\xa0", "\u3000", "é"]
            ),
            max_size=14,
        ).map("".join)
    )  # fmt: skip
    def test_same_as_iterators_on_any_lines(self, text: str) -> None:
        """
        On any mix of line breaks, blanks and words, the blocks and lines are the iterators'.
        """
        expected = _iterated_lines(text)

        assert expected == _block_lines(text)


class TestHelpers:
    """
    Lines, blocks, words, stripping and normalisation.
    """

    def test_iter_lines_crlf(self) -> None:
        """
        CRLF, CR and LF all end a line; spans exclude the break.
        """
        expected = [Span(0, 1), Span(3, 4), Span(5, 6)]

        assert expected == list(iter_lines("a\r\nb\rc"))

    def test_iter_blocks(self) -> None:
        """
        Blocks are stripped and separated by blank lines.
        """
        expected = [Span(1, 4), Span(8, 11)]

        assert expected == list(iter_blocks("\tOne\n\n\r\nTwo\n"))

    def test_strip_span_empty(self) -> None:
        """
        An all-space range strips to nothing.
        """
        assert strip_span("   ", 0, 3) is None

    def test_word_offsets(self) -> None:
        """
        Words keep inner apostrophes.
        """
        expected = [(0, 8), (9, 13)]

        assert expected == word_offsets("Pompeo's aide")

    def test_normalize_maps_back(self) -> None:
        """
        A span of the normalised text maps back to the original characters.
        """
        text = " Turkish\u00a0\r\n soldiers "
        normal = normalize(text)

        assert "Turkish soldiers" == normal.text
        assert "Turkish\u00a0\r\n soldiers" == normal.to_original(Span(0, 16)).slice(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("He left.", True), ('He left."', True), ("Man dies", False), ("", False)],
        ids=["stop", "quote", "none", "empty"],
    )
    def test_is_sentence_like(self, text: str, *, expected: bool) -> None:
        """
        A terminal mark, perhaps closed by a quote, makes a sentence.
        """
        assert expected == is_sentence_like(text)


SENTENCE_LIKE_CASES = [
    ("He left.", True, "a full stop"),
    ('He left."', True, "closed by a quote"),
    ("He left.\u201d)", True, "closed by two marks"),
    ("Man dies", False, "a letter last"),
    ("", False, "empty"),
    ("He left. ", True, "a blank after the stop"),
    ("He left.\x1f", False, "a separator str.isspace counts is no blank to the pattern"),
    ('x.""""""""', False, "the stop more than 8 characters before the end"),
    ("Wait...", True, "an ellipsis"),
    ("(AP)", False, "closing marks only"),
    ("He was naturalized in 2004.[15]", True, "a citation mark after the stop"),
    ("Shots were fired.[4][5][6]", True, "several citation marks"),
    ("Events [ edit ]", False, "an encyclopedia heading"),
    ("[15]", False, "a citation mark alone"),
]


class TestSentenceLike:
    """
    `is_sentence_like` reads the end of a span as `_SENTENCE_END` does.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"),
        SENTENCE_LIKE_CASES,
        ids=[case[2] for case in SENTENCE_LIKE_CASES],
    )
    def test_is_sentence_like(self, text: str, expected: bool, why: str) -> None:
        """
        A terminal mark, perhaps closed, within the last 8 characters ends a sentence.
        """
        assert expected == is_sentence_like(text), why

    @given(st.text(alphabet=".!?…\"'”’»)] \n\tab\u2028\x1f", max_size=14), st.data())
    def test_same_as_pattern(self, text: str, data: st.DataObject) -> None:
        """
        On any span, the answer is whether `_SENTENCE_END` matches the span's end.

        (The alphabet has no "[": citation marks, which the function reads past, are the
        table's.)
        """
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        expected = text_module._SENTENCE_END.search(text, max(start, end - 8), end) is not None

        assert expected == is_sentence_like(text, Span(start, end))


COUNT_CASES = [
    ("Two men, 34.", 10, 3, "fewer words than the limit"),
    ("Two men, 34.", 3, 3, "as many words as the limit"),
    ("Two men, 34.", 2, 2, "more words than the limit"),
    ("", 5, 0, "no words"),
    ("Pompeo's aide", 5, 2, "an inner apostrophe keeps one word"),
    ("U.S. " * 200_000, 30, 30, "a megabyte counted only up to the limit"),
]
assert len({case[:2] for case in COUNT_CASES}) == len(COUNT_CASES)

FIRST_WORD_CASES = [
    ("  Two men, 34.", "Two", "leading spaces"),
    ("...", "", "no word"),
    ('"Hi," he said.', "Hi", "after a quote"),
    ("", "", "empty"),
]
assert len({case[0] for case in FIRST_WORD_CASES}) == len(FIRST_WORD_CASES)


class TestWordCounts:
    """
    Counting words up to a limit, and the first word, agree with `word_texts`.
    """

    @pytest.mark.parametrize(
        ("text", "limit", "expected", "why"), COUNT_CASES, ids=[case[3] for case in COUNT_CASES]
    )
    def test_count_words(self, text: str, limit: int, expected: int, why: str) -> None:
        """
        The count is the number of words `word_texts` finds, capped at the limit.
        """
        actual = count_words(text, limit=limit)

        assert expected == actual, why

    def test_count_words_range(self) -> None:
        """
        Only the words inside ``[start, end)`` count.
        """
        assert 2 == count_words("one two three four", 4, 13, limit=10)

    @pytest.mark.parametrize(
        ("text", "expected", "why"), FIRST_WORD_CASES, ids=[case[2] for case in FIRST_WORD_CASES]
    )
    def test_first_word(self, text: str, expected: str, why: str) -> None:
        """
        The first word is the first `word_texts` finds, or empty.
        """
        assert expected == first_word(text), why


WORD_TEXT_CASES = [
    ("Two men, 34.", ["Two", "men", "34"], "plain ASCII"),
    ("it's rock'n'roll", ["it's", "rock'n", "roll"], "one inner apostrophe a word"),
    ("'quoted' ''twice''", ["quoted", "twice"], "apostrophes at the edges dropped"),
    ("don''t snake_case", ["don", "t", "snake_case"], "two apostrophes split; underscore kept"),
    ("“Rock’n’roll,” he said — “no…”", ["Rock’n", "roll", "he", "said", "no"], "curly marks"),
    ("Pompeo’s aide’", ["Pompeo’s", "aide"], "curly apostrophe as written"),
    ("café Zoë’s", ["café", "Zoë’s"], "other letters: the word pattern"),
    ("a\x7fb’c", ["a", "b’c"], "a DEL with a curly apostrophe: the word pattern"),
    ("a\x7fb c", ["a", "b", "c"], "a DEL in ASCII text is a blank"),
    ("x\u0301y İz", ["x\u0301y", "İz"], "a combining mark is a word character"),
    ("a\xa0b©c×d•e", ["a", "b", "c", "d", "e"], "typographic marks are blanks"),
    ("", [], "empty"),
    (
        "The man's car, Police' said it's ok",
        ["The", "man's", "car", "Police", "said", "it's", "ok"],
        "plain runs between the runs holding apostrophes",
    ),
    ("“He’s here,” she's sure ’tis", ["He’s", "here", "she's", "sure", "tis"], "both kinds"),
    ("o’clock's end", ["o’clock", "s", "end"], "both kinds in one run"),
    ("end'", ["end"], "an apostrophe ends the text"),
    ("' a", ["a"], "an apostrophe starts the text"),
]
assert len({case[0] for case in WORD_TEXT_CASES}) == len(WORD_TEXT_CASES)


class TestWordTexts:
    """
    `word_texts` finds the words the word pattern does, whatever path it takes.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), WORD_TEXT_CASES, ids=[case[2] for case in WORD_TEXT_CASES]
    )
    def test_word_texts(self, text: str, expected: list[str], why: str) -> None:
        """
        The words, as written.
        """
        assert expected == word_texts(text), why

    @pytest.mark.parametrize(
        ("text", "expected", "why"), WORD_TEXT_CASES, ids=[case[2] for case in WORD_TEXT_CASES]
    )
    def test_same_as_pattern(self, text: str, expected: list[str], why: str) -> None:
        """
        The string-method paths agree with the word pattern itself.
        """
        assert text_module._WORD.findall(text) == word_texts(text), why

    def test_range(self) -> None:
        """
        Only the words inside ``[start, end)`` are found, cut where the range cuts.
        """
        assert ["ne", "two", "th"] == word_texts("one two three", 1, 10)


MEMO_CASES = [
    ("U.S. " * 1_000 + "He left. She stayed.", "an abbreviation repeated, then sentences"),
    ("He left. " * 500, "one sentence repeated"),
    ('"Who?" Trump asked. ' * 300, "a question attributed, repeated"),
    ("Mr. Smith went home. " * 200 + "No. 5 won.", "titles and numbers"),
    ("“" * 3_000 + ". Then “He left.” It rained.", "a run of opening quotes past the context"),
    ("Gen. J. R. Smith said so. " * 150 + "Sept. 26 came.", "initials and months"),
]
assert len({case[0] for case in MEMO_CASES}) == len(MEMO_CASES)


class TestSentenceMemo:
    """
    Long paragraphs keep the verdicts of repeated contexts; the split stays the same.
    """

    @pure_only(text_module)
    @pytest.mark.parametrize(("text", "why"), MEMO_CASES, ids=[case[1] for case in MEMO_CASES])
    def test_memo_changes_nothing(
        self, text: str, why: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """
        With and without the kept verdicts, a long paragraph splits into the same sentences.
        """
        memoized = split_sentences(text)
        monkeypatch.setattr(text_module, "_MEMO_CHARS", len(text) + 1)

        assert split_sentences(text) == memoized, why


ADVERSARIAL = [
    ("digits", "1" * 1_000_000),
    ("capitals", "A. " * 300_000),
    ("dots", "." * 1_000_000),
    ("quotes", '"' * 500_000 + "." * 10),
    ("newlines", "\n" * 500_000),
    ("mixed", ("Mr. U.S. No. 5 J. R. said. " * 40_000)),
]


class TestAdversarial:
    """
    Long and hostile inputs finish fast.
    """

    @pytest.mark.parametrize(("name", "text"), ADVERSARIAL, ids=[case[0] for case in ADVERSARIAL])
    def test_linear(self, name: str, text: str) -> None:
        """
        Splitting a megabyte of hostile text takes well under the budget.
        """
        started = time.process_time()
        split_sentences(text)
        split_paragraphs(text)
        elapsed = time.process_time() - started

        assert elapsed < 10.0, name


_MARKED = st.text(alphabet=". !?…\"'”’»)]aA\n", max_size=40)


class TestTerminalEnd:
    """
    The scan of `split_sentences` finds the matches `_TERMINAL` finds.
    """

    @given(_MARKED, st.integers(0, 40), st.integers(0, 40))
    def test_every_mark_starts_the_match_of_the_pattern(
        self, text: str, low: int, high: int
    ) -> None:
        """
        A match starts at every terminal mark and nowhere else, and ends where `_terminal_end` says.
        """
        start, end = sorted((min(low, len(text)), min(high, len(text))))
        expected = [
            (position, found.end())
            for position in range(start, end)
            if (found := text_module._TERMINAL.match(text, position, end)) is not None
        ]
        actual = [
            (position, text_module._terminal_end(text, position, end))
            for position in range(start, end)
            if text[position] in ".!?…"
        ]

        assert expected == actual


#: (start, end, why): spans `make_span` must make as `Span` does, or refuse as it does.
MADE_SPANS = [
    (0, 0, "empty at the start"),
    (2, 5, "an ordinary span"),
    (7, 7, "empty inside"),
    (-1, 3, "a negative start"),
    (5, 3, "an end before the start"),
]


def _made(make: object, start: int, end: int) -> object:
    """
    What *make* gives for ``(start, end)``: the span, or the type and text of its error.
    """
    try:
        return make(start, end)  # type: ignore[operator]
    except ValueError as error:
        return (type(error), str(error))


class TestMakeSpan:
    """
    `make_span` is `Span` made cheaper: the same span, the same error.
    """

    @pytest.mark.parametrize(("start", "end", "why"), MADE_SPANS, ids=[c[2] for c in MADE_SPANS])
    def test_as_span(self, start: int, end: int, why: str) -> None:
        """
        The span (or the error) equals what ``Span(start, end)`` gives.
        """
        del why
        expected = _made(Span, start, end)

        actual = _made(make_span, start, end)

        assert expected == actual


#: Texts whose letters `letter_words` reads, with what the words are and why.
LETTER_WORDS_CASES = [
    ("Two KILLED", [b"killed", b"two"], "capitals lower-cased"),
    ("“Deal,” he said.", [b"deal", b"he", b"said"], "marks outside ASCII are blanks"),
    ("Café İstanbul", [b"caf", b"stanbul"], "letters outside ASCII are blanks"),
    ("", [], "no text"),
]


class TestLetterWords:
    """
    `letter_words`: the ASCII letters of a text and their runs, shared by the extractors.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), LETTER_WORDS_CASES, ids=[w for *_, w in LETTER_WORDS_CASES]
    )
    def test_words(self, text: str, expected: list[bytes], why: str) -> None:
        """
        The runs of ASCII letters, in lower case.
        """
        del why
        shared = letter_words(text)
        actual = None if shared is None else sorted(shared[1])

        assert expected == actual

    @given(st.text(alphabet=st.characters(codec="utf-8")))
    def test_equals_lowered_letters(self, text: str) -> None:
        """
        The letters are those of the text lower-cased, and the words their runs.

        As the extractors' `ascii_letters` of a same-length lower-case copy; the Kelvin sign
        gives None.
        """
        lowered = "".join(char.lower() if len(char.lower()) == 1 else char for char in text)
        expected = (
            None
            if "\u212a" in text
            else (ascii_letters(lowered), tuple(ascii_letters(lowered).split()))
        )

        actual = letter_words(text)

        assert expected == actual

    def test_kept_by_identity(self) -> None:
        """
        The last text's answer is reused for that very string, and a new text is read anew.
        """
        first = "Rebels agreed"
        second = "Rebels killed"
        answers = [letter_words(first), letter_words(first), letter_words(second)]

        assert answers[0] is answers[1]
        assert answers[2] is not None
        assert (b"rebels", b"killed") == answers[2][1]
