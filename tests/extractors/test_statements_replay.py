"""
Repeated paragraphs of a long document are read once and replayed (`_Replay`).
"""

import attrs
import pytest

from newsevents.article import parse_article
from newsevents.extractors import statements as statements_module
from newsevents.extractors.statements import extract_statements
from newsevents.model import Article, ParagraphRole, Statement
from newsevents.timex import extract_times

from ..compiled import pure_only  # noqa: TID252 - tests/ is no installed package

#: Every test here swaps a global of the statements module.
pytestmark = pure_only(statements_module)

MANY = 100  # paragraphs of a document: more than _REPLAY_PARAGRAPHS read


def article_of(text: str) -> Article:
    """
    *text* segmented, with its times.
    """
    article = parse_article(text, published=None)
    return attrs.evolve(article, times=extract_times(article))


def read_each(article: Article, monkeypatch: pytest.MonkeyPatch) -> tuple[Statement, ...]:
    """
    The statements of *article*, every paragraph read (no replay).
    """
    with monkeypatch.context() as patch:
        patch.setattr(statements_module, "_REPLAY_PARAGRAPHS", 10**9)
        return extract_statements(article)


REPLAY_CASES = [
    ("Police said it was fine.\n\n" * MANY, "one sentence repeated"),
    ("Police said on Monday it was fine.\n\n" * MANY, "a time in each paragraph"),
    (
        "Secretary of State Mike Pompeo said the talks had failed.\n\n"
        + "Pompeo said it was fine.\n\nHe said the war was over.\n\n" * MANY,
        "a surname and a pronoun: read, not replayed",
    ),
    (
        (
            "Mike Pompeo said it was over.\n\nHe said it was fine.\n\n"
            "Ali Veli said it was over.\n\nHe said it was fine.\n\n"
        )
        * MANY,
        "the same pronoun, another person: read, not replayed",
    ),
    (
        (
            "Mike Pompeo met Ali Pompeo.\n\nPompeo said it was fine.\n\n"
            "Ali Veli met Mike Veli.\n\nPompeo said it was fine.\n\n"
        )
        * MANY,
        "the same surname: read, not replayed",
    ),
    ('"It was fine," police said.\n\n' * MANY, "quotes: read, not replayed"),
    ("Police said:\n\n“It was fine.”\n\n" * MANY, "a colon and the next paragraph"),
    (
        "Officials said the talks had failed.\n\nThe mayor said it was fine.\n\n"
        "Turkish officials said the war was over, the agency reported.\n\n" * MANY,
        "three paragraphs in turn",
    ),
    (
        "ANKARA, March 17 (Reuters) - Turkey said it was fine.\n\n" * MANY,
        "a dateline in each paragraph",
    ),
    ("Police said it was fine.\n" * MANY, "paragraphs one line each"),
]


class TestReplay:
    """
    A long document's repeated paragraphs give what reading each would give.
    """

    @pytest.mark.parametrize(("text", "why"), REPLAY_CASES, ids=[case[1] for case in REPLAY_CASES])
    def test_same_as_reading(self, text: str, why: str, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        The same statements, speakers, spans and mentions as with every paragraph read.
        """
        article = article_of(text)
        expected = read_each(article, monkeypatch)

        actual = extract_statements(article)

        assert expected == actual, why

    def test_replayed(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        A paragraph seen before is replayed: every one read but the first of its role.

        The article stage makes the first of many identical paragraphs boilerplate (not read),
        then one the lede and the rest body.
        """
        article = article_of("Police said it was fine.\n\n" * MANY)
        read = [
            paragraph.role
            for paragraph in article.paragraphs
            if paragraph.role in {ParagraphRole.LEDE, ParagraphRole.BODY}
        ]
        expected = len(read) - len(set(read))
        replayed: list[int] = []
        replay = statements_module._replay

        def counted(*args: object, **kwargs: object) -> None:
            replayed.append(1)
            replay(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(statements_module, "_replay", counted)

        extract_statements(article)

        assert expected == len(replayed)

    def test_short_document_reads_each(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        News (fewer paragraphs than _REPLAY_PARAGRAPHS) is read paragraph by paragraph.
        """
        article = article_of("Police said it was fine.\n\n" * 10)
        replayed: list[int] = []
        monkeypatch.setattr(statements_module, "_replay", lambda *_a, **_k: replayed.append(1))

        extract_statements(article)

        assert [] == replayed
