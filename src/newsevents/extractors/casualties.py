"""
Casualties: how many, what happened to them, who did it, who says so, when and where.
"""

from __future__ import annotations

from newsevents.model import Article, Casualty

__all__ = ["extract_casualties"]


def extract_casualties(article: Article) -> tuple[Casualty, ...]:
    """
    Every casualty event in the article's content paragraphs.
    """
    del article
    return ()
