"""
The temporal engine: recognise temporal expressions and normalise them to TIMEX3.

`find_times` finds every expression in a text; `resolve_time` normalises one expression;
`extract_times` is the pipeline stage that fills `Article.times`.
The grammar is data in `newsevents.rules.timex`; the conventions are in ``docs/times.md``.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import regex

from newsevents._dates import coerce_date
from newsevents.model import Article, ParagraphRole, TimeExpression
from newsevents.timex._calendar import interval, is_timex_value
from newsevents.timex._engine import State, scan

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
        must cover the whole stripped string).

    Raises:
        InvalidDateError: *reference* is not a valid date.

    >>> resolve_time("last month", "2020-03-18").value
    '2020-02'
    >>> resolve_time("the weather") is None
    True
    """
    found = find_times(expression.strip(), reference)
    if len(found) != 1 or found[0].text != expression.strip():
        return None
    return found[0]


def extract_times(article: Article) -> tuple[TimeExpression, ...]:
    r"""
    The pipeline stage: every temporal expression in the article's content paragraphs.

    The reference is ``article.published``; anaphora chain across paragraphs in text
    order; spans index ``article.text``. Of the boilerplate, the page's stamps are read too,
    which date the story (`_stamp_line`, `_ENTRY_STAMP`).

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
        elif not (
            role is ParagraphRole.HEADLINE
            # a page's stamp between its headline and its story ("Updated: 08/26/2015 6:53
            # PM", a log's first day "Greenfield, Feb. 24"): boilerplate to the article,
            # but the date the story is told on
            or (
                role is ParagraphRole.BOILERPLATE
                and end - start <= _STAMP_CHARS
                and (
                    (not told and _stamp_line(text, start, end))
                    # a live blog's entry heading below the story's text ("12/6/16 8:28
                    # a.m."): the date of the entry under it
                    or (told and _ENTRY_STAMP.fullmatch(text, start, end) is not None)
                )
            )
        ):
            continue
        ranges.append((start, end))
    return tuple(scan(text, state, ranges))


def _stamp_line(text: str, start: int, end: int) -> bool:
    """
    Whether ``text[start:end]`` writes a date and no word in lower case but a stamp's.

    "Updated: 08/26/2015 6:53 PM", "Last updated at 10:39 a.m. on Sunday, Nov. 27",
    "Greenfield, Feb. 24"; not "Related: Man shot on Dec. 1 in Lexington" (another story's
    headline).
    """
    if _DATE_WRITTEN.search(text, start, end) is None:
        return False
    return all(word in _STAMP_WORDS for word in _LOWER_WORD.findall(text, start, end))


#: The words in lower case a page's stamp may write.
_STAMP_WORDS: Final = frozenset(
    {"updated", "posted", "published", "created", "modified", "originally", "last", "first"}
    | {"at", "on", "of", "and", "by", "a.m", "p.m", "am", "pm", "a", "p", "m", "edt", "est"}
    # "Emergency Messages as of 12:51 pm", "By Alex Wiederspiel in News | November 23, 2016",
    # "Published: Monday, 1/25/2016 - Updated: 2 months ago"
    | {"as", "in", "ago", "minutes", "hours", "days", "weeks", "months", "years"}
)
#: A word in lower case (its letters and inner stops: "a.m").
_LOWER_WORD: Final = regex.compile(r"(?<![\w.])[a-z]+(?:\.[a-z]+)*")
#: The longest paragraph read as a page's stamp ("Updated: Wednesday, December 28, 2016 @
#: 5:31 PM EST").
_STAMP_CHARS: Final = 80
#: A month's name and a day, or a slashed date: what a stamp writes.
_DATE_WRITTEN: Final = regex.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[^\S\n]{1,3}\d{1,2}\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?\b",
    regex.IGNORECASE,
)
#: A live blog's entry stamp: a slashed date with its year, and a clock time.
_ENTRY_STAMP: Final = regex.compile(
    r"\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?[^\S\n]{1,3}\d{1,2}:\d\d[^\S\n]?[AaPp]\.?[Mm]\.?"
)
