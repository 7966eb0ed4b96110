"""
Agreements: who agreed to what, when, where, and whether it holds.
"""

from __future__ import annotations

from newsevents.model import Agreement, Article

__all__ = ["extract_agreements"]


def extract_agreements(article: Article) -> tuple[Agreement, ...]:
    """
    Every agreement in the article's content paragraphs.
    """
    del article
    return ()
