"""
Invariants of the data model: spans, intervals, bounds, articles.
"""

from __future__ import annotations

import datetime as dt
import typing

import attrs
import pytest
import regex
from hypothesis import given

import newsevents
from newsevents import model as model_module
from newsevents import pipeline
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
    TimexType,
    _spans_checked_later,
)

from .strategies import articles

BAD_SPANS = [
    ((-1, 3), "negative start"),
    ((5, 4), "end before start"),
]


class TestSpan:
    """
    `Span` is a half-open, non-negative range.
    """

    @pytest.mark.parametrize(("bounds", "why"), BAD_SPANS, ids=[why for _, why in BAD_SPANS])
    def test_rejects_bad_bounds(self, bounds: tuple[int, int], why: str) -> None:
        """
        Impossible spans are refused when built.
        """
        with pytest.raises(ValueError, match=r"Span|start"):
            Span(*bounds)

    def test_empty_span_is_allowed(self) -> None:
        """
        A zero-width span (an insertion point) is valid and has length 0.
        """
        assert 0 == len(Span(3, 3))

    def test_frozen(self) -> None:
        """
        Spans cannot be changed after they are made.
        """
        span = Span(0, 1)

        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            span.start = 2  # type: ignore[misc]

    def test_order_and_hash(self) -> None:
        """
        Spans sort by start, then end, and are usable as dict keys.
        """
        spans = [Span(3, 4), Span(0, 9), Span(0, 2)]

        assert [Span(0, 2), Span(0, 9), Span(3, 4)] == sorted(spans)
        assert 1 == len({Span(1, 2), Span(1, 2)})


BAD_QUANTITIES = [
    ((5, 4), "high below low"),
    ((-1, None), "negative low"),
    ((None, -1), "negative high"),
]


class TestQuantity:
    """
    `Quantity` keeps honest bounds.
    """

    @pytest.mark.parametrize(
        ("bounds", "why"), BAD_QUANTITIES, ids=[why for _, why in BAD_QUANTITIES]
    )
    def test_rejects_bad_bounds(self, bounds: tuple[int, int | None], why: str) -> None:
        """
        Bounds are ordered (low <= high) and not negative.
        """
        low, high = bounds

        with pytest.raises(ValueError, match="Quantity"):
            Quantity(text="x", span=Span(0, 1), low=low, high=high)

    CONSERVATIVE = [
        ((34, 34, False), 34, "exact"),
        ((34, None, False), 34, "at least"),
        ((12, None, True), 12, "dozens"),
        ((None, 1_000_000, True), 1, "nearly a million: smallest non-zero figure allowed"),
        ((None, None, True), None, "no figure"),
    ]

    @pytest.mark.parametrize(
        ("bounds", "expected", "why"), CONSERVATIVE, ids=[c[2] for c in CONSERVATIVE]
    )
    def test_conservative(
        self, bounds: tuple[int | None, int | None, bool], expected: int | None, why: str
    ) -> None:
        """
        The ACLED-style single figure is the lower bound, else the least the text allows.
        """
        low, high, approximate = bounds

        assert (
            expected
            == Quantity(
                text="x", span=Span(0, 1), low=low, high=high, approximate=approximate
            ).conservative
        )

    def test_exact_only_when_stated(self) -> None:
        """
        `exact` is set only for an exact, unhedged figure.
        """
        assert (34, None) == (
            Quantity(text="34", span=Span(0, 2), low=34, high=34).exact,
            Quantity(text="about 34", span=Span(0, 8), low=34, high=34, approximate=True).exact,
        )


class TestTimeExpression:
    """
    Intervals are whole: both ends or neither, in order.
    """

    @pytest.mark.parametrize(
        ("start", "end"),
        [
            (dt.date(2020, 3, 2), dt.date(2020, 3, 1)),
            (dt.date(2020, 3, 1), None),
            (None, dt.date(2020, 3, 1)),
        ],
        ids=["reversed", "end missing", "start missing"],
    )
    def test_rejects_bad_interval(self, start: dt.date | None, end: dt.date | None) -> None:
        """
        A reversed or half interval is refused.
        """
        with pytest.raises(ValueError, match="interval"):
            TimeExpression(
                text="x",
                span=Span(0, 1),
                type=TimexType.DATE,
                value="2020-03",
                rule_id="t",
                start=start,
                end=end,
            )


TEXT = "Rebels agreed a truce on Monday."  # 32 characters


def _actor(span: Span) -> Actor:
    return Actor(text="x", span=span, name="x", kind=ActorKind.GROUP, rule_id="a")


def _time(span: Span, anchor: Span | None = None) -> TimeExpression:
    return TimeExpression(
        text="x", span=span, type=TimexType.DATE, value="2020", rule_id="t", anchor=anchor
    )


#: Articles with one span somewhere, and the span the error names (``None``: no error).
SPAN_PLACES = [
    ({"headline_span": Span(0, 6)}, None, "headline inside"),
    ({"headline_span": Span(0, 33)}, Span(0, 33), "headline one past the end"),
    ({"source_span": Span(1, 40)}, Span(1, 40), "source"),
    ({"dateline_span": Span(2, 41)}, Span(2, 41), "dateline"),
    (
        {"paragraphs": [Paragraph(span=Span(0, 32), role=ParagraphRole.BODY)]},
        None,
        "paragraph ending at the end",
    ),
    (
        {"paragraphs": [Paragraph(span=Span(0, 42), role=ParagraphRole.BODY)]},
        Span(0, 42),
        "paragraph",
    ),
    (
        {
            "paragraphs": [
                Paragraph(
                    span=Span(0, 32),
                    role=ParagraphRole.BODY,
                    sentences=[Span(0, 10), Span(11, 43), Span(12, 44)],
                )
            ]
        },
        Span(11, 43),
        "the first of two sentences past the end",
    ),
    ({"times": [_time(Span(25, 31))]}, None, "time inside"),
    ({"times": [_time(Span(25, 31), anchor=Span(3, 45))]}, Span(3, 45), "time anchor"),
    (
        {
            "statements": [
                Statement(
                    kind=StatementKind.DIRECT,
                    content="x",
                    content_span=Span(0, 5),
                    span=Span(0, 32),
                    rule_id="s",
                    speaker=_actor(Span(0, 6)),
                    mentions=[Span(0, 3), Span(4, 46)],
                )
            ]
        },
        Span(4, 46),
        "statement mention",
    ),
    (
        {
            "casualties": [
                Casualty(
                    kind=CasualtyKind.KILLED,
                    span=Span(0, 5),
                    rule_id="c",
                    count=Quantity(text="x", span=Span(5, 47), low=1, high=1),
                )
            ]
        },
        Span(5, 47),
        "casualty count",
    ),
    (
        {
            "agreements": [
                Agreement(
                    kind=AgreementKind.CEASEFIRE,
                    status=AgreementStatus.AGREED,
                    span=Span(0, 32),
                    rule_id="g",
                    parties=[_actor(Span(0, 6)), _actor(Span(6, 48))],
                    time=_time(Span(25, 31)),
                )
            ]
        },
        Span(6, 48),
        "second party of an agreement",
    ),
    (
        {
            "headline_span": Span(0, 50),
            "paragraphs": [Paragraph(span=Span(0, 49), role=ParagraphRole.BODY)],
        },
        Span(0, 50),
        "the headline comes first",
    ),
]
assert len({case[2] for case in SPAN_PLACES}) == len(SPAN_PLACES)


def _error(fields: dict[str, object]) -> str | None:
    """
    The message building an article of `TEXT` with *fields* raises, or ``None``.
    """
    try:
        Article(text=TEXT, **fields)  # type: ignore[arg-type]
    except ValueError as error:
        return str(error)
    return None


class TestSpanCheck:
    """
    Every span an article holds, nested or not, is checked; the error names the first.
    """

    @pytest.mark.parametrize(
        ("fields", "span", "why"), SPAN_PLACES, ids=[case[2] for case in SPAN_PLACES]
    )
    def test_first_span_outside_named(
        self, fields: dict[str, object], span: Span | None, why: str
    ) -> None:
        """
        An article with a span past its text raises `ValueError` naming that span.
        """
        expected = None if span is None else f"{span!r} lies outside the text (32 characters)"

        assert expected == _error(fields), why

    @pytest.mark.parametrize(
        ("fields", "span", "why"), SPAN_PLACES, ids=[case[2] for case in SPAN_PLACES]
    )
    def test_checked_later_skips_check(
        self, fields: dict[str, object], span: Span | None, why: str
    ) -> None:
        """
        Inside `_spans_checked_later` an article is built unchecked; evolving it outside checks.
        """
        with _spans_checked_later():
            article = Article(text=TEXT, **fields)  # type: ignore[arg-type]
        expected = None if span is None else f"{span!r} lies outside the text (32 characters)"

        try:
            attrs.evolve(article)
        except ValueError as error:
            actual: str | None = str(error)
        else:
            actual = None
        assert expected == actual, why

    def test_parse_checks_skeleton_spans_at_the_end(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        `newsevents.parse` skips the checks of its own stages, never that of what it returns.
        """

        def broken(text: str, **_kwargs: object) -> Article:
            return Article(
                text=text, paragraphs=[Paragraph(span=Span(0, 99), role=ParagraphRole.BODY)]
            )

        monkeypatch.setattr(pipeline, "parse_article", broken)

        with pytest.raises(ValueError, match=r"Span\(start=0, end=99\) lies outside"):
            newsevents.parse(TEXT)

    def test_parse_checks_records(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        A record an extractor returns with a span past the text fails `newsevents.parse`.
        """

        def broken(_article: Article) -> tuple[Casualty, ...]:
            return (Casualty(kind=CasualtyKind.KILLED, span=Span(0, 77), rule_id="c"),)

        monkeypatch.setattr(pipeline, "DEFAULT_EXTRACTORS", (broken,))

        with pytest.raises(ValueError, match=r"Span\(start=0, end=77\) lies outside"):
            newsevents.parse(TEXT)

    def test_check_is_back_after_block(self) -> None:
        """
        After `_spans_checked_later`, even one left by an error, articles are checked again.
        """
        with pytest.raises(RuntimeError), _spans_checked_later():
            raise RuntimeError

        with pytest.raises(ValueError, match="lies outside"):
            Article(text="ab", headline_span=Span(0, 3))


class TestArticle:
    """
    An article refuses spans that fall outside its text.
    """

    def test_span_past_end_of_text(self) -> None:
        """
        A paragraph span beyond the text is an error naming the span.
        """
        with pytest.raises(ValueError, match=r"Span\(start=0, end=9\) lies outside"):
            Article(text="short", paragraphs=[Paragraph(span=Span(0, 9), role=ParagraphRole.BODY)])

    def test_nested_record_span_past_end(self) -> None:
        """
        Spans nested inside records (a victim's span) are checked too.
        """
        victims = Actor(text="x", span=Span(2, 40), name="x", kind=ActorKind.GROUP, rule_id="a")
        casualty = Casualty(kind=CasualtyKind.KILLED, span=Span(0, 3), rule_id="c", victims=victims)

        with pytest.raises(ValueError, match="lies outside"):
            Article(text="short text", casualties=[casualty])

    def test_lists_become_tuples(self) -> None:
        """
        Record collections are stored as tuples, so articles are hashable.
        """
        article = Article(
            text="ab", paragraphs=[Paragraph(span=Span(0, 2), role=ParagraphRole.BODY)]
        )

        assert isinstance(article.paragraphs, tuple)
        assert hash(article) == hash(attrs.evolve(article))

    @given(articles())
    def test_every_span_inside_text(self, article: Article) -> None:
        """
        Whatever the records, every span an article holds lies inside its text.
        """
        assert all(span.end <= len(article.text) for span in article.iter_spans())


#: Every attrs class of the data model.
MODEL_CLASSES = sorted(
    (
        value
        for value in vars(model_module).values()
        if isinstance(value, type) and attrs.has(value)
    ),
    key=lambda cls: cls.__name__,
)
#: The names of the model classes that hold spans (a span, or a record that has one).
SPAN_HOLDERS = frozenset(cls.__name__ for cls in MODEL_CLASSES)


class TestNestedFields:
    """
    The fields the span check walks: every one that can hold a span, and no other.
    """

    @pytest.mark.parametrize("cls", MODEL_CLASSES, ids=[cls.__name__ for cls in MODEL_CLASSES])
    def test_span_holders_walked(self, cls: type) -> None:
        """
        A field whose type names a span or a record is walked, and no other field.

        Strings, numbers, dates and enums hold no span.
        """
        hints = typing.get_type_hints(cls)
        expected = tuple(
            attribute.name
            for attribute in attrs.fields(cls)
            if SPAN_HOLDERS & set(regex.findall(r"\w+", str(hints[attribute.name])))
        )

        assert expected == model_module._nested_fields(cls)
