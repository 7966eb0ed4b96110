"""
The temporal engine: recognise temporal expressions and normalise them to TIMEX3.

`find_times` finds every expression in a text; `resolve_time` normalises one expression;
`extract_times` is the pipeline stage that fills `Article.times`.
The grammar is data in `newsevents.rules.timex`; the conventions are in ``docs/times.md``.
"""

from __future__ import annotations

import datetime as dt

from newsevents._dates import coerce_date
from newsevents.model import Article, ParagraphRole, TimeExpression
from newsevents.timex._calendar import interval, is_timex_value
from newsevents.timex._engine import State, scan, stamp_start

__all__ = ["extract_times", "find_times", "interval", "is_timex_value", "resolve_time"]


def find_times(
    text: str, reference: dt.date | dt.datetime | str | None = None
) -> list[TimeExpression]:
    """
    Find every temporal expression in *text*, normalised against *reference*.

    Anaphoric expressions ("the previous day", "a year earlier") are resolved against the
    last date mentioned before them, or *reference* when there is none.

    Args:
        text: Any string.
        reference: The publication date relative expressions are resolved against; ``None``
            leaves them underspecified (``XXXX-03-17``).

    Returns:
        The expressions in text order; spans index *text*.

    Raises:
        InvalidDateError: *reference* is not a valid date.

    >>> [(t.text, t.value) for t in find_times("He said on March 17 that talks failed last month.", "2020-03-18")]
    [('March 17', '2020-03-17'), ('last month', '2020-02')]
    """
    state = State(reference=coerce_date(reference, name="reference"))
    return scan(text, state)


def resolve_time(
    expression: str, reference: dt.date | dt.datetime | str | None = None
) -> TimeExpression | None:
    """
    Normalise one temporal expression ("last month") against *reference*.

    Args:
        expression: The expression alone, e.g. ``"nearly 30 years"``.
        reference: As for `find_times`.

    Returns:
        The expression, or ``None`` when *expression* is not one (the first expression
        must cover the whole stripped string, but for a closing full stop, comma, colon,
        semicolon, question or exclamation mark: ``"last month."`` is ``"last month"``).

    Raises:
        InvalidDateError: *reference* is not a valid date.

    >>> resolve_time("last month", "2020-03-18").value
    '2020-02'
    >>> resolve_time("nearly 30 years.").value
    'P30Y'
    >>> resolve_time("the weather") is None
    True
    """
    stripped = expression.strip()
    found = find_times(stripped, reference)
    if len(found) != 1 or found[0].text not in {stripped, stripped.rstrip(".,;:?!").rstrip()}:
        return None
    return found[0]


def extract_times(article: Article) -> tuple[TimeExpression, ...]:
    r"""
    The pipeline stage: every temporal expression in the article's content paragraphs.

    The reference is ``article.published``; anaphora chain across paragraphs in text
    order; spans index ``article.text``. Of the boilerplate, the page's stamps are read too,
    which date the story (`stamp_start`), and so is a stamp on the byline's line before the
    story ("by: Jason Kelly Updated: Mar 8, 2017 - 6:13 PM").

    Args:
        article: The segmented article.

    Returns:
        The expressions in text order.

    >>> from newsevents.article import parse_article
    >>> article = parse_article("Talks began on Monday.\\n\\nThe previous day, rebels fired.", published=dt.date(2020, 3, 18))
    >>> [t.value for t in extract_times(article)]
    ['2020-03-16', '2020-03-15']
    """
    state = State(reference=article.published)
    # the spans of `Article.content_paragraphs`, read with identity tests: that property
    # builds and hashes a set of enum members per paragraph, a tenth of this stage's time
    ranges: list[tuple[int, int]] = []
    text = article.text
    told = False  # whether the story's text (a lede or body paragraph) was read yet
    for paragraph in article.paragraphs:
        role = paragraph.role
        start, end = paragraph.span.start, paragraph.span.end
        if role is ParagraphRole.BODY or role is ParagraphRole.LEDE:
            told = True
        elif role is ParagraphRole.BOILERPLATE or (role is ParagraphRole.CREDIT and not told):
            # a page's stamp, boilerplate to the article but the date the story is told on;
            # a byline may write it too ("by: Jason Kelly Updated: Mar 8, 2017 - 6:13 PM")
            stamp = stamp_start(text, start, end, told=told)
            if stamp is None:
                continue
            start = stamp
        elif role is not ParagraphRole.HEADLINE:
            continue
        ranges.append((start, end))
    return tuple(scan(text, state, ranges))
