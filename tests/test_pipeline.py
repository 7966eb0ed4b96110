"""
`newsevents.pipeline.parse_batch`: many articles read one stage at a time, as `parse` reads each.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsevents
from newsevents import pipeline
from newsevents.model import Article
from newsevents.pipeline import Record, parse_batch
from newsevents.text import SHARED_CHARS, SHARED_TEXTS, hold_texts, kept_lower, letter_words

from .strategies import news_text

#: The seed story's paragraphs: real news, every kind of record.
SEED = (Path(__file__).parent / "golden" / "pompeo-reuters.txt").read_text(encoding="utf-8")
PARAGRAPHS = [part for part in SEED.split("\n\n") if part.strip()]

#: Articles made of the seed's paragraphs, each a different selection, with dates or none.
ARTICLES = [
    ("\n\n".join(PARAGRAPHS[start : start + size]), published)
    for start, size, published in itertools.islice(
        zip(
            itertools.cycle(range(len(PARAGRAPHS))),
            itertools.cycle((1, 2, 3, 5, 8)),
            itertools.cycle((dt.date(2020, 3, 18), None, dt.date(1999, 1, 1))),
        ),
        2 * SHARED_TEXTS + 5,
    )
]


def one_by_one(jobs: Sequence[tuple[str, dt.date | None]]) -> list[Article]:
    """
    What `parse` gives for each job.
    """
    return [newsevents.parse(text, published=published) for text, published in jobs]


class TestParseBatch:
    """
    A batch reads every article as `parse` reads it alone, in order, an error kept to its own.
    """

    def test_same_articles_as_parse(self) -> None:
        """
        Three groups of real news (more articles than the shared caches hold) read alike.
        """
        expected = one_by_one(ARTICLES)

        actual = parse_batch(ARTICLES)

        assert expected == actual

    def test_groups_bounded_by_characters(self) -> None:
        """
        Articles that together pass the characters the caches hold are read in several groups.
        """
        long = ("\n\n".join(PARAGRAPHS) + "\n\n") * (SHARED_CHARS // len(SEED) // 3 + 1)
        jobs = [(long, dt.date(2020, 3, 18)), *ARTICLES[:3], (long[:-7], None)] * 2
        assert sum(len(text) for text, _ in jobs) > SHARED_CHARS

        assert one_by_one(jobs) == parse_batch(jobs)

    def test_long_text_read_alone(self) -> None:
        """
        A text past `parse`'s collector threshold, between two groups, is read by `parse`.
        """
        long = "x" * (pipeline._PAUSE_CHARS + 1) + " Rebels agreed a truce, officials said."
        jobs = [*ARTICLES[:4], (long, None), *ARTICLES[4:8]]

        assert one_by_one(jobs) == parse_batch(jobs)

    def test_empty(self) -> None:
        """
        No jobs, no results.
        """
        assert [] == parse_batch([])

    def test_budget(self) -> None:
        """
        With a budget each article has its own: one that cannot be met fails every article.
        """
        results = parse_batch(ARTICLES[:3], budget=1e-9)

        assert [newsevents.TimeBudgetExceededError] * 3 == [type(r) for r in results]
        assert one_by_one(ARTICLES[:3]) == parse_batch(ARTICLES[:3], budget=60.0)

    def test_error_is_its_article_alone(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        An extractor failing on one article of a group costs that article alone its result.
        """

        def failing(article: Article) -> Sequence[Record]:
            if "Ankara" in article.text:
                msg = "broken on Ankara"
                raise RuntimeError(msg)
            return []

        jobs = ARTICLES[:12]
        monkeypatch.setattr(pipeline, "DEFAULT_EXTRACTORS", (*pipeline.DEFAULT_EXTRACTORS, failing))
        expected = [
            "broken on Ankara" if "Ankara" in text else newsevents.parse(text, published=day)
            for text, day in jobs
        ]

        actual = [str(r) if isinstance(r, Exception) else r for r in parse_batch(jobs)]

        assert expected == actual
        assert 0 < sum(isinstance(r, str) for r in actual) < len(jobs)
        assert all(r.__traceback__ is None for r in parse_batch(jobs) if isinstance(r, Exception))

    @settings(max_examples=25, deadline=None)
    @given(
        st.lists(
            st.tuples(
                st.one_of(news_text, st.sampled_from([text for text, _ in ARTICLES])),
                st.sampled_from([None, dt.date(2020, 3, 18), dt.date(1, 1, 1)]),
            ),
            max_size=12,
        )
    )
    def test_property_same_as_parse(self, jobs: list[tuple[str, dt.date | None]]) -> None:
        """
        Any texts, news or not, repeated or not: the batch reads what `parse` reads.
        """
        assert one_by_one(jobs) == parse_batch(jobs)


@pytest.fixture
def holding() -> Iterator[None]:
    """
    The shared caches hold a whole group during the test, and one text again after it.
    """
    hold_texts(SHARED_TEXTS)
    try:
        yield
    finally:
        hold_texts(1)


class TestSharedCaches:
    """
    The caches the stages share hold one text, or a group's while a batch reads the group.
    """

    @pytest.mark.usefixtures("holding")
    def test_holds_a_group(self) -> None:
        """
        The words of the last `SHARED_TEXTS` texts are kept; the one before is read anew.
        """
        texts = [f"Text number {n} said" for n in range(SHARED_TEXTS + 1)]
        first = [letter_words(text) for text in texts]

        again = [letter_words(text) for text in reversed(texts)][::-1]  # newest first

        assert [False] + [True] * SHARED_TEXTS == [
            a is b for a, b in zip(first, again, strict=True)
        ]
        assert first == again

    def test_one_by_one_keeps_one(self) -> None:
        """
        Outside a batch the last text alone is kept: the one before is read anew.
        """
        first, second = "Rebels agreed", "Rebels killed"
        answers = [letter_words(first), letter_words(second)]

        again = [letter_words(second), letter_words(first)]

        assert (True, False) == (again[0] is answers[1], again[1] is answers[0])

    def test_back_to_one_after_a_batch(self) -> None:
        """
        A batch, even one whose extractor fails, leaves the caches holding one text.
        """
        parse_batch(ARTICLES[:5])
        first, second = "Truce agreed", "Truce broken"
        answer = letter_words(first)
        letter_words(second)

        assert letter_words(first) is not answer

    def test_newest_kept_whatever_its_size(self) -> None:
        """
        A text of any length is kept for the stages after the first.
        """
        huge = "B" * (SHARED_CHARS + 1)
        answer = letter_words(huge)

        assert letter_words(huge) is answer

    @pytest.mark.usefixtures("holding")
    def test_lower_case_kept_per_text(self) -> None:
        """
        The times scan's lower case of each article of a group is there for the statements.
        """
        texts = [f"Police SAID {n}" for n in range(SHARED_TEXTS)]
        for text in texts:
            newsevents.timex.find_times(text)

        assert [text.lower() for text in texts] == [kept_lower(text) for text in texts]
