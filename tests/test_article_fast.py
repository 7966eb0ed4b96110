"""
The fast paths of the segmenter against the plain loops they replace, on generated text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsevents import article as article_module
from newsevents.model import _CHECK_SPANS, Article, Paragraph, ParagraphRole, Span
from newsevents.rules.article import AGENCIES

from .compiled import is_compiled

#: Words that fold unusually: final sigma, dotted capital I, long s, curly apostrophes.
_WORDS = st.one_of(
    st.sampled_from(
        [
            "ΟΔΟΣ",
            "Σ",
            "ΑΣ",
            "σ",
            "İstanbul",
            "\u0130",
            "ſhare",
            "man\u2019s",
            "man's",
            "MAN\u2019S",
            "Straße",
            "STRASSE",
            "the",
            "The",
            "THE",
            "police",
            "Police",
            "x\u0301",
        ]
    ),
    st.text(alphabet=st.characters(categories=["L", "N", "M"]), min_size=1, max_size=6),
)
_SEPARATORS = st.sampled_from([" ", ", ", ". ", " \u2014 ", "\u2019 ", " (", ") ", "'"])


def _plain_runs(words: list[str]) -> list[str]:
    """
    The runs of `_SHINGLE` words, each folded alone and joined (the reference of `_shingles`).
    """
    folded = [word.replace("\u2019", "'").lower() for word in words]
    size = article_module._SHINGLE
    return [" ".join(folded[start : start + size]) for start in range(len(folded) - size + 1)]


class TestShinglesFolding:
    """
    Folding a paragraph's words joined is folding each word alone.
    """

    @pytest.mark.skipif(
        is_compiled(article_module),
        reason="compiled, str.lower maps each character alone (no final sigma), in a word as "
        "in a line of words; the pure run checks the context-sensitive case mapping",
    )
    @given(st.lists(st.tuples(_WORDS, _SEPARATORS), min_size=6, max_size=40))
    def test_runs_agree_with_plain_loop(self, parts: list[tuple[str, str]]) -> None:
        """
        `_shingles` gives the runs of the words folded one by one (Python's `str.lower`).
        """
        text = "".join(word + separator for word, separator in parts).strip()
        piece = article_module._Piece(Span(0, len(text)), text)
        runs = article_module._shingles([piece], [0])[0]

        assert _plain_runs(piece.words) == runs

    @pytest.mark.parametrize(
        ("text", "why"),
        [
            ("İstanbul police said on Monday that İzmir was calm", "a capital I with a dot"),
            ("The İİİ of İ and the ß of Ω in Ωmega today", "letters folded into two"),
            ("Police said on Monday that the city was calm again", "ASCII"),
        ],
        ids=["dotted-i", "two-letter-folds", "ascii"],
    )
    def test_runs_of_letters_folded_into_two(self, text: str, why: str) -> None:
        """
        A letter that lower-cases into two characters shifts the runs after it, not their words.
        """
        piece = article_module._Piece(Span(0, len(text)), text)
        runs = article_module._shingles([piece], [0])[0]

        assert _plain_runs(piece.words) == runs, why


def _first_plain(table: article_module._Table, text: str) -> str | None:
    """
    The id of the first rule of a start-anchored table matching *text*, with no gate.
    """
    for entry in table.entries:
        if len(text) <= entry.limit and entry.compiled.pattern.match(text) is not None:
            return entry.compiled.rule.id
    return None


#: Every spelling of every agency, as an agency credit line may write it, and lines that are
#: none (the ``first_words`` gate of ``article.credit.agency``).
AGENCY_LINES = sorted(
    {
        form.format(name=case(name))
        for names in AGENCIES
        for name in names
        for case in (str, str.upper, str.lower)
        for form in ("{name}", "By {name}", "({name})", "— {name}", "{name} News Wire", "{name}.")
    }
    | {"The police", "Staff", "Reutersx", "By the way", "\u017ftaff", "Kyodo\u00a0News", "APs"}
)


class TestAgencyFirstWords:
    """
    The first-word gate of the agency credit rule never skips a line the rule matches.
    """

    @pytest.mark.parametrize("text", AGENCY_LINES)
    def test_gated_table_agrees_with_plain_loop(self, text: str) -> None:
        """
        The gated credit table finds the rule the plain loop finds on every agency line.
        """
        found = article_module._CREDIT_TABLE.first(text, len(text))
        actual = None if found is None else found[0].rule.id

        assert _first_plain(article_module._CREDIT_TABLE, text) == actual


#: Openings of datelines and of story text, and marks that end a dateline.
_DATELINE_PARTS = st.sampled_from(
    [
        "ANKARA",
        "PUYALLUP, Wash.",
        "ST. LOUIS",
        "O'HARE",
        "WASHINGTON (AP)",
        "New York (AFP)",
        "Dec 29 (Reuters)",
        "UPDATE: ",
        "Updated (Mon) - ",
        "update @ 5pm: ",
        "The man",
        "I",
        "A",
        "X",
        "U",
        "Up",
        "UP",
        "\u00c9",
        "\u2019",
        " ",
        ", ",
        " - ",
        " -- ",
        " \u2014 ",
        "\u2013",
        "-",
        ".",
        "'",
        "Police said",
    ]
)


class TestDatelineGates:
    """
    On generated paragraph heads, the dateline gates never skip a rule that matches.
    """

    @given(st.lists(_DATELINE_PARTS, min_size=1, max_size=6).map("".join), st.text(max_size=12))
    @example("Updated (Mon) - ANKARA - ", "Police said")
    @example("update @ 5pm: O'HARE \u2014 ", "A man")
    @example("ST. LOUIS, Mo. --", "")
    def test_gated_table_agrees_with_plain_loop(self, head: str, tail: str) -> None:
        """
        The gated search (`_Table.first`) finds the dateline rule the plain loop finds.
        """
        text = (head + tail).strip() or "x"
        found = article_module._DATELINE_TABLE.first(text, len(text))
        actual = None if found is None else found[0].rule.id

        assert _first_plain(article_module._DATELINE_TABLE, text) == actual


class TestMakeParagraph:
    """
    `_make_paragraph` makes the paragraph `Paragraph`'s own constructor makes.
    """

    def test_fields_are_the_four_it_sets(self) -> None:
        """
        `Paragraph` has exactly the fields `_make_paragraph` sets: a new one must be set there.
        """
        names = tuple(field.name for field in attrs.fields(Paragraph))

        assert ("span", "role", "sentences", "repeats") == names

    @given(
        st.integers(0, 50),
        st.integers(0, 50),
        st.sampled_from(list(ParagraphRole)),
        st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20)), max_size=4),
        st.none() | st.integers(0, 9),
    )
    def test_agrees_with_constructor(
        self,
        start: int,
        size: int,
        role: ParagraphRole,
        bounds: list[tuple[int, int]],
        repeats: int | None,
    ) -> None:
        """
        Equal to ``Paragraph(...)`` of the same parts, its sentences a tuple either way.
        """
        span = Span(start, start + size)
        sentences = [Span(min(pair), max(pair)) for pair in bounds]
        made = article_module._make_paragraph(span, role, sentences, repeats)
        expected = Paragraph(span=span, role=role, sentences=sentences, repeats=repeats)

        assert (expected, tuple) == (made, type(made.sentences))


class TestMakeArticle:
    """
    `_make_article` makes the article `Article`'s own constructor makes.
    """

    def test_fields_are_those_it_sets(self) -> None:
        """
        `Article` has exactly the fields `_make_article` sets: a new one must be set there.
        """
        names = tuple(field.name for field in attrs.fields(Article))

        assert (
            "text",
            "published",
            "headline",
            "headline_span",
            "source",
            "source_span",
            "dateline",
            "dateline_span",
            "paragraphs",
            "times",
            "statements",
            "casualties",
            "agreements",
        ) == names

    @given(
        st.text(max_size=12),
        st.none() | st.dates(),
        st.none() | st.tuples(st.integers(0, 15), st.integers(0, 15)),
        st.none() | st.tuples(st.integers(0, 15), st.integers(0, 15)),
        st.none() | st.tuples(st.integers(0, 15), st.integers(0, 15)),
        st.lists(st.tuples(st.integers(0, 15), st.integers(0, 15)), max_size=3),
        st.booleans(),
    )
    def test_agrees_with_constructor(  # noqa: PLR0917 - one strategy a part
        self,
        text: str,
        published: dt.date | None,
        headline: tuple[int, int] | None,
        source: tuple[int, int] | None,
        dateline: tuple[int, int] | None,
        bounds: list[tuple[int, int]],
        checked: bool,
    ) -> None:
        """
        Equal to ``Article(...)`` of the same parts, or refused with the same error.

        Spans may lie past the text: with the span check on, both refuse the article.
        """
        spans = [
            None if pair is None else Span(min(pair), max(pair))
            for pair in (headline, source, dateline)
        ]
        headline_span, source_span, dateline_span = spans
        paragraphs = [
            Paragraph(span=Span(min(pair), max(pair)), role=ParagraphRole.BODY) for pair in bounds
        ]
        headline_text = None if headline_span is None else "h"
        dateline_text = None if dateline_span is None else "d"
        named = None if source_span is None else ("Reuters", source_span)
        token = _CHECK_SPANS.set(checked)
        try:
            expected = _made(
                lambda: Article(
                    text=text,
                    published=published,
                    headline=headline_text,
                    headline_span=headline_span,
                    source=None if named is None else named[0],
                    source_span=source_span,
                    dateline=dateline_text,
                    dateline_span=dateline_span,
                    paragraphs=paragraphs,
                )
            )
            actual = _made(
                lambda: article_module._make_article(
                    text,
                    published,
                    (headline_text, headline_span),
                    named,
                    (dateline_text, dateline_span),
                    tuple(paragraphs),
                )
            )
        finally:
            _CHECK_SPANS.reset(token)

        assert expected == actual


def _made(make: Callable[[], Article]) -> tuple[Article | None, str]:
    """
    What *make* returns and the error it raises (``""`` if none), to compare two makers.
    """
    try:
        return make(), ""
    except ValueError as error:
        return None, str(error)


def _recurring_by_sets(shingles: dict[int, list[str]], indexes: list[int]) -> set[str]:
    """
    The recurring runs by set operations (the reference of `_recurring`).
    """
    seen: set[str] = set()
    recurring: set[str] = set()
    for index in indexes:
        runs = set(shingles[index])
        recurring |= runs & seen
        seen |= runs
    return recurring


class TestRecurring:
    """
    `_recurring` finds the runs the set operations find.
    """

    @given(st.lists(st.lists(st.sampled_from(["a b", "b c", "c d", "d e", "e f"]), max_size=8)))
    @example([["a b", "a b"], ["b c"]])
    @example([["a b"], ["b c", "a b"], ["a b"]])
    def test_agrees_with_sets(self, paragraphs: list[list[str]]) -> None:
        """
        A run recurs when a later paragraph holds it too; twice in one paragraph is no recurrence.
        """
        shingles = dict(enumerate(paragraphs))
        indexes = list(shingles)

        assert _recurring_by_sets(shingles, indexes) == article_module._recurring(shingles, indexes)


class TestDottedLiterals:
    """
    Literals that start with a full stop are looked for at the full stops.
    """

    @given(
        st.text(alphabet=".jpgdfmocx /", max_size=60),
        st.lists(st.text(alphabet="jpgdfmocx", min_size=1, max_size=3), min_size=1, max_size=6),
    )
    @example("a.b", ["b"])
    @example("..jp", ["jp"])
    def test_agrees_with_search_each(self, where: str, tails: list[str]) -> None:
        """
        ``_holds_dotted`` says what a search for each literal says.
        """
        literals = tuple(f".{tail}" for tail in tails)

        assert any(literal in where for literal in literals) == article_module._holds_dotted(
            where, literals
        )

    @pytest.mark.parametrize(
        "entry",
        [
            entry
            for table in (
                article_module._CREDIT_TABLE,
                article_module._BOILERPLATE_TABLE,
                article_module._DATELINE_TABLE,
            )
            for entry in table.entries
        ],
        ids=lambda entry: entry.compiled.rule.id,
    )
    def test_entry_needs_split(self, entry: article_module._Entry) -> None:
        """
        An entry's plain and dotted literals are its needed literals, each once.
        """
        assert sorted(entry.needs) == sorted((*entry.plain, *entry.dotted))
