"""
Statements: who said what, and when.
"""

from __future__ import annotations

from newsevents.model import Article, Statement

__all__ = ["extract_statements"]


def extract_statements(article: Article) -> tuple[Statement, ...]:
    """
    Every statement in the article's content paragraphs.
    """
    del article
    return ()
