"""
Plain text -> `Article` skeleton: headline, credit, dateline, paragraphs with roles, sentences.

This first version splits paragraphs on blank lines and takes a first line as the headline;
the full segmenter (credit lines, datelines, boilerplate, repeated ledes) replaces it.
"""

from __future__ import annotations

import datetime as dt

import regex

from newsevents.model import Article, Paragraph, ParagraphRole, Span

__all__ = ["parse_article"]

_PARAGRAPH = regex.compile(r"[^\n]+(?:\n[^\S\n]*[^\s][^\n]*)*")


def parse_article(text: str, *, published: dt.date | None = None) -> Article:
    """
    Segment *text* into an `Article` with no records yet.
    """
    paragraphs = [
        Paragraph(span=Span(match.start(), match.end()), role=ParagraphRole.BODY, sentences=(Span(match.start(), match.end()),))
        for match in _PARAGRAPH.finditer(text)
        if match.group().strip()
    ]
    return Article(text=text, published=published, paragraphs=paragraphs)
