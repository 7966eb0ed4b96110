"""
Properties of `parse()` over arbitrary text: it never raises, and what it returns is sound.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsevents
from newsevents._checks import misread_fields
from newsevents.model import Article

from .strategies import news_text

_newsy = st.lists(
    st.sampled_from(
        [
            "Pompeo said on March 17",
            " last month",
            "\n\n",
            "\r\n",
            '"',
            "“",
            "”",
            "killed at least 34 Turkish soldiers",
            "agreed to halt hostilities",
            " in the country's northwest",
            " in Syria's war",
            " in the 1400 block of Elm Street",
            " Reuters\n",
            "U.S.",
            " dozens",
            "1,200",
            " ",
            ", ",
            ". ",
            "\t",
            "\u200b",
            "\x00",
        ]
    ),
    max_size=40,
).map("".join)


def check(article: Article, text: str) -> None:
    """
    Every span lies in the text, and every text field of every record equals its span's text.

    Records are the times, statements, casualties and agreements, with the actors and times
    inside them.

    The headline is the one field with its white space normalised (a title wrapped over two
    lines reads as one line), so it equals its span's words joined by single spaces.
    """
    assert article.text == text
    assert all(0 <= span.start <= span.end <= len(text) for span in article.iter_spans())
    records = (article.times, article.statements, article.casualties, article.agreements)
    assert [] == list(misread_fields(records, text))
    if article.headline is not None and article.headline_span is not None:
        assert article.headline == " ".join(article.headline_span.slice(text).split())


class TestParse:
    """
    `parse()` on any string.
    """

    @given(news_text)
    def test_any_text(self, text: str) -> None:
        """
        Arbitrary Unicode parses; spans are sound.
        """
        check(newsevents.parse(text, published="2020-03-18"), text)

    @given(_newsy)
    def test_newsy_fragments(self, text: str) -> None:
        """
        Text built from news fragments (quotes, dates, counts, CRLF, NUL) parses soundly.
        """
        article = newsevents.parse(text, published="2020-03-18")

        check(article, text)
        assert article == newsevents.from_json(newsevents.to_json(article))

    @pytest.mark.parametrize(
        "text",
        [
            "",
            " ",
            "\n\n\n",
            "\r\n" * 100,
            '"' * 10_000,
            "A" * 100_000,
            "1" * 100_000,
            "March " * 5_000,
        ],
        ids=[
            "empty",
            "space",
            "blank lines",
            "CRLF",
            "quote marks",
            "capitals",
            "digits",
            "months",
        ],
    )
    def test_degenerate_inputs(self, text: str) -> None:
        """
        Degenerate and adversarial inputs parse (to little or nothing) without error.
        """
        check(newsevents.parse(text), text)
