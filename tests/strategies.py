"""
Hypothesis strategies for newsevents records, built once and shared by the property tests.

Every strategy builds records whose spans lie inside the text they are drawn for, as the
library guarantees, so the same objects serve round-trip and invariant tests.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from newsevents.model import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    AgreementStatus,
    Article,
    Casualty,
    CasualtyKind,
    Paragraph,
    ParagraphRole,
    Quantity,
    Span,
    Statement,
    StatementKind,
    TimeExpression,
    TimexMod,
    TimexType,
)

__all__ = ["articles", "news_text", "spans_in"]

#: Text as news pages give it, and worse: any Unicode, control characters, CRLF, emoji.
news_text = st.text(
    alphabet=st.characters(codec="utf-8"),
    max_size=400,
)

_words = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)
_dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


def spans_in(length: int) -> st.SearchStrategy[Span]:
    """
    Spans that lie inside a text of *length* characters.
    """
    return st.integers(0, length).flatmap(
        lambda start: st.builds(Span, st.just(start), st.integers(start, length))
    )


def _optional(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.none() | strategy


@st.composite
def _time(draw: st.DrawFn, length: int) -> TimeExpression:
    start = draw(_optional(_dates))
    end = (
        None if start is None else draw(st.dates(min_value=start, max_value=dt.date(9999, 12, 31)))
    )  # type: ignore[arg-type]
    return TimeExpression(
        text=draw(_words),
        span=draw(spans_in(length)),
        type=draw(st.sampled_from(TimexType)),
        value=draw(_words),
        rule_id=draw(_words),
        mod=draw(_optional(st.sampled_from(TimexMod))),  # type: ignore[arg-type]
        start=start,  # type: ignore[arg-type]
        end=end,
        anchor=draw(_optional(spans_in(length))),  # type: ignore[arg-type]
    )


@st.composite
def _quantity(draw: st.DrawFn, length: int) -> Quantity:
    low = draw(st.none() | st.integers(0, 10**12))
    high = draw(st.none() | st.integers(low or 0, 10**13))
    return Quantity(
        text=draw(_words),
        span=draw(spans_in(length)),
        low=low,
        high=high,
        approximate=draw(st.booleans()),
        rule_id=draw(_words),
    )


@st.composite
def _actor(draw: st.DrawFn, length: int) -> Actor:
    return Actor(
        text=draw(_words),
        span=draw(spans_in(length)),
        name=draw(_words),
        kind=draw(st.sampled_from(ActorKind)),
        rule_id=draw(_words),
        role=draw(_optional(_words)),  # type: ignore[arg-type]
        role_span=draw(_optional(spans_in(length))),  # type: ignore[arg-type]
        country=draw(_optional(st.sampled_from(["TUR", "RUS", "USA", "SYR"]))),  # type: ignore[arg-type]
    )


@st.composite
def _statement(draw: st.DrawFn, length: int) -> Statement:
    return Statement(
        kind=draw(st.sampled_from(StatementKind)),
        content=draw(_words),
        content_span=draw(spans_in(length)),
        span=draw(spans_in(length)),
        rule_id=draw(_words),
        speaker=draw(_optional(_actor(length))),  # type: ignore[arg-type]
        cue=draw(_optional(_words)),  # type: ignore[arg-type]
        cue_span=draw(_optional(spans_in(length))),  # type: ignore[arg-type]
        time=draw(_optional(_time(length))),  # type: ignore[arg-type]
        mentions=draw(st.lists(spans_in(length), max_size=3)),
    )


@st.composite
def _casualty(draw: st.DrawFn, length: int) -> Casualty:
    return Casualty(
        kind=draw(st.sampled_from(CasualtyKind)),
        span=draw(spans_in(length)),
        rule_id=draw(_words),
        count=draw(_optional(_quantity(length))),  # type: ignore[arg-type]
        victims=draw(_optional(_actor(length))),  # type: ignore[arg-type]
        perpetrator=draw(_optional(_actor(length))),  # type: ignore[arg-type]
        cause=draw(_optional(_words)),  # type: ignore[arg-type]
        cause_span=draw(_optional(spans_in(length))),  # type: ignore[arg-type]
        claimed_by=draw(_optional(_actor(length))),  # type: ignore[arg-type]
        time=draw(_optional(_time(length))),  # type: ignore[arg-type]
        location=draw(_optional(_words)),  # type: ignore[arg-type]
        location_span=draw(_optional(spans_in(length))),  # type: ignore[arg-type]
        mentions=draw(st.lists(spans_in(length), max_size=3)),
    )


@st.composite
def _agreement(draw: st.DrawFn, length: int) -> Agreement:
    return Agreement(
        kind=draw(st.sampled_from(AgreementKind)),
        status=draw(st.sampled_from(AgreementStatus)),
        span=draw(spans_in(length)),
        rule_id=draw(_words),
        parties=draw(st.lists(_actor(length), max_size=3)),
        mediators=draw(st.lists(_actor(length), max_size=2)),
        terms=draw(_optional(_words)),  # type: ignore[arg-type]
        terms_span=draw(_optional(spans_in(length))),  # type: ignore[arg-type]
        time=draw(_optional(_time(length))),  # type: ignore[arg-type]
        location=draw(_optional(_words)),  # type: ignore[arg-type]
        location_span=draw(_optional(spans_in(length))),  # type: ignore[arg-type]
        status_span=draw(_optional(spans_in(length))),  # type: ignore[arg-type]
        mentions=draw(st.lists(spans_in(length), max_size=3)),
    )


@st.composite
def _paragraph(draw: st.DrawFn, length: int) -> Paragraph:
    return Paragraph(
        span=draw(spans_in(length)),
        role=draw(st.sampled_from(ParagraphRole)),
        sentences=draw(st.lists(spans_in(length), max_size=3)),
        repeats=draw(st.none() | st.integers(0, 20)),
    )


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """
    Articles with arbitrary text and arbitrary (but in-range) records.
    """
    text = draw(news_text)
    length = len(text)
    return Article(
        text=text,
        published=draw(_optional(_dates)),  # type: ignore[arg-type]
        headline=draw(_optional(_words)),  # type: ignore[arg-type]
        headline_span=draw(_optional(spans_in(length))),  # type: ignore[arg-type]
        source=draw(_optional(_words)),  # type: ignore[arg-type]
        source_span=draw(_optional(spans_in(length))),  # type: ignore[arg-type]
        dateline=draw(_optional(_words)),  # type: ignore[arg-type]
        dateline_span=draw(_optional(spans_in(length))),  # type: ignore[arg-type]
        paragraphs=draw(st.lists(_paragraph(length), max_size=3)),
        times=draw(st.lists(_time(length), max_size=3)),
        statements=draw(st.lists(_statement(length), max_size=2)),
        casualties=draw(st.lists(_casualty(length), max_size=2)),
        agreements=draw(st.lists(_agreement(length), max_size=2)),
    )
