"""
The data model: frozen, slotted attrs classes, one per record.

Every record and every field read from the text carries a `Span` into `Article.text`, and
every record the ``rule_id`` of the rule that produced it.
Closed vocabularies are enums whose values are the lower-case words, except the TIMEX3
``type`` and ``mod`` values, which keep the upper-case spelling of the TimeML standard.
JSON lives in `newsevents.serialization`, not here.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import enum
import functools
import itertools
import operator
import typing
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final

import attrs
from attrs import field, frozen

from newsevents._walk import ends_inside

__all__ = [
    "Actor",
    "ActorKind",
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Article",
    "Casualty",
    "CasualtyKind",
    "Paragraph",
    "ParagraphRole",
    "Quantity",
    "Span",
    "Statement",
    "StatementKind",
    "TimeExpression",
    "TimexMod",
    "TimexType",
]


# --- vocabularies -----------------------------------------------------------------------


class ParagraphRole(enum.Enum):
    """
    What a paragraph is for in the article.
    """

    HEADLINE = "headline"
    LEDE = "lede"
    CREDIT = "credit"
    BODY = "body"
    BOILERPLATE = "boilerplate"


class TimexType(enum.Enum):
    """
    TIMEX3 ``type`` (TimeML): what kind of temporal expression it is.
    """

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class TimexMod(enum.Enum):
    """
    TIMEX3 ``mod`` (TimeML): how the value is qualified.
    """

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"
    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"


class ActorKind(enum.Enum):
    """
    What sort of actor a mention names.
    """

    PERSON = "person"
    COUNTRY = "country"
    ORGANIZATION = "organization"
    GROUP = "group"


class StatementKind(enum.Enum):
    """
    How the words are reported: quoted, paraphrased, or both.
    """

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class CasualtyKind(enum.Enum):
    """
    What happened to the people counted.
    """

    KILLED = "killed"
    INJURED = "injured"
    MISSING = "missing"
    DISPLACED = "displaced"
    DETAINED = "detained"


class AgreementKind(enum.Enum):
    """
    What sort of agreement.
    """

    CEASEFIRE = "ceasefire"
    PEACE = "peace"
    TRADE = "trade"
    MEMORANDUM = "memorandum"
    EXCHANGE = "exchange"
    OTHER = "other"


class AgreementStatus(enum.Enum):
    """
    Where the agreement stands, as the text last says.
    """

    PROPOSED = "proposed"
    AGREED = "agreed"
    SIGNED = "signed"
    RATIFIED = "ratified"
    HOLDING = "holding"
    VIOLATED = "violated"
    COLLAPSED = "collapsed"
    REJECTED = "rejected"


# --- converters -------------------------------------------------------------------------


def _to_spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


def _to_actors(items: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(items)


def _to_paragraphs(items: Iterable[Paragraph]) -> tuple[Paragraph, ...]:
    return tuple(items)


def _to_times(items: Iterable[TimeExpression]) -> tuple[TimeExpression, ...]:
    return tuple(items)


def _to_statements(items: Iterable[Statement]) -> tuple[Statement, ...]:
    return tuple(items)


def _to_casualties(items: Iterable[Casualty]) -> tuple[Casualty, ...]:
    return tuple(items)


def _to_agreements(items: Iterable[Agreement]) -> tuple[Agreement, ...]:
    return tuple(items)


# --- spans ------------------------------------------------------------------------------


@frozen(order=True, init=False)
class Span:
    """
    A half-open character range ``[start, end)`` into `Article.text`.

    >>> span = Span(4, 9)
    >>> "The United States"[span.start : span.end]
    'Unite'
    >>> len(span)
    5
    """

    start: int
    end: int

    # Written out instead of generated with two validators (0.26 µs a span instead of 0.58):
    # parsing builds about a hundred spans per article.
    def __init__(self, start: int, end: int) -> None:
        if start < 0:
            msg = f"start must be >= 0, got {start!r}"
            raise ValueError(msg)
        if end < start:
            msg = f"Span end {end} is before its start {start}"
            raise ValueError(msg)
        _set_start(self, start)
        _set_end(self, end)

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """
        Return the characters of *text* this span covers.

        >>> Span(0, 3).slice("Pompeo said")
        'Pom'
        """
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """
        Whether the two spans share at least one character.

        >>> Span(0, 5).overlaps(Span(4, 8)), Span(0, 5).overlaps(Span(5, 8))
        (True, False)
        """
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """
        Whether *other* lies wholly inside this span.

        >>> Span(0, 10).contains(Span(2, 4))
        True
        """
        return self.start <= other.start and other.end <= self.end

    def shift(self, offset: int) -> Span:
        """
        The same span moved *offset* characters (for text embedded at *offset*).

        >>> Span(1, 3).shift(10)
        Span(start=11, end=13)
        """
        return Span(self.start + offset, self.end + offset)


#: The slots' own setters, which a frozen class's ``__setattr__`` does not stand in front of:
#: a span is made about a hundred times an article, and these cost less than
#: ``object.__setattr__`` by name.
_set_start: Final = Span.__dict__["start"].__set__
_set_end: Final = Span.__dict__["end"].__set__


# --- leaf records -----------------------------------------------------------------------


@frozen(kw_only=True)
class TimeExpression:
    """
    A temporal expression, normalised as TIMEX3.

    ``value`` is the TIMEX3 value string (``2020-02``, ``2020-03-17``, ``2020-W12``, ``P30Y``,
    ``PRESENT_REF``, ``XXXX-03-17``).
    ``start`` and ``end`` are the first and last calendar day (inclusive) of the interval the
    value denotes, where it denotes one (DATE and TIME values with a known year); otherwise
    ``None``.
    ``anchor`` is the span of the earlier expression an anaphoric one ("the previous day") was
    resolved against, if any.
    """

    text: str
    span: Span
    type: TimexType
    value: str
    rule_id: str
    mod: TimexMod | None = None
    start: dt.date | None = None
    end: dt.date | None = field(default=None)
    anchor: Span | None = None

    @end.validator
    def _check_interval(self, _attribute: attrs.Attribute[Any], value: dt.date | None) -> None:
        if (value is None) != (self.start is None):
            msg = f"interval needs both start and end, got {self.start!r}..{value!r}"
            raise ValueError(msg)
        if value is not None and self.start is not None and value < self.start:
            msg = f"interval end {value} is before its start {self.start}"
            raise ValueError(msg)


@frozen(kw_only=True)
class Quantity:
    """
    A count as written, with honest inclusive bounds.

    ``low``/``high`` are ``None`` where the text leaves the bound open: "at least 34" is
    ``34..None``, "nearly a million" is ``None..1000000``.
    ``approximate`` marks vague or hedged amounts ("dozens", "about 40").
    The conventions for every vague word are in ``docs/quantities.md``.
    """

    text: str
    span: Span
    low: int | None
    high: int | None = field()
    approximate: bool = False
    rule_id: str = "quantity"

    @high.validator
    def _check_bounds(self, _attribute: attrs.Attribute[Any], value: int | None) -> None:
        if self.low is not None and self.low < 0:
            msg = f"Quantity low must be >= 0, got {self.low!r}"
            raise ValueError(msg)
        if value is not None and value < 0:
            msg = f"Quantity high must be >= 0, got {value!r}"
            raise ValueError(msg)
        if value is not None and self.low is not None and value < self.low:
            msg = f"Quantity high {value} is below its low {self.low}"
            raise ValueError(msg)

    @property
    def exact(self) -> int | None:
        """
        The number, when the text states one exactly ("34"), else ``None``.

        >>> Quantity(text="34", span=Span(0, 2), low=34, high=34).exact
        34
        """
        if self.low is not None and self.low == self.high and not self.approximate:
            return self.low
        return None

    @property
    def conservative(self) -> int | None:
        """
        The single most conservative figure, as ACLED codes it.

        That is the lower bound where there is one ("at least 34" is 34; "dozens" is 12),
        otherwise the smallest figure the text allows that is not zero ("up to 10" is 1),
        and ``None`` when no figure can be given.

        >>> Quantity(text="at least 34", span=Span(0, 11), low=34, high=None).conservative
        34
        """
        if self.low is not None:
            return self.low
        if self.high is not None:
            return min(1, self.high)
        return None


@frozen(kw_only=True)
class Actor:
    """
    A person, country, organisation or group as mentioned in the text.

    ``text`` is the mention as written; ``name`` its canonical form ("Mike Pompeo", "Turkey");
    ``role`` a title or function ("U.S. Secretary of State"); ``country`` an ISO 3166-1
    alpha-3 code where known ("TUR").
    """

    text: str
    span: Span
    name: str
    kind: ActorKind
    rule_id: str
    role: str | None = None
    role_span: Span | None = None
    country: str | None = None


# --- records ----------------------------------------------------------------------------


@frozen(kw_only=True)
class Statement:
    """
    Who said what, and when.

    ``span`` covers the whole attribution (speaker, cue and content); ``mentions`` holds the
    span of every place the same statement is told (headline, lede, a repeated summary).
    ``content_parts`` are the spans of the pieces of the content, in text order, without the
    attribution that stands between them: a quote split by its attribution (``"We believe
    the talks failed," Pompeo said, "and we will act."``) has two, whose ``content_span``
    runs from the first to the last and so covers ``Pompeo said``. An ordinary statement has
    one part, equal to ``content_span`` (the default). The first part starts where
    ``content_span`` starts and the last ends where it ends.

    >>> statement = Statement(
    ...     kind=StatementKind.DIRECT,
    ...     content="A,” he said, “B",
    ...     content_span=Span(1, 16),
    ...     span=Span(0, 17),
    ...     rule_id="statement.direct.split",
    ...     content_parts=(Span(1, 2), Span(15, 16)),
    ... )
    >>> len(statement.content_parts)
    2
    """

    kind: StatementKind
    content: str
    content_span: Span
    span: Span
    rule_id: str
    speaker: Actor | None = None
    cue: str | None = None
    cue_span: Span | None = None
    time: TimeExpression | None = None
    mentions: tuple[Span, ...] = field(default=(), converter=_to_spans)
    content_parts: tuple[Span, ...] = field(converter=_to_spans)

    @content_parts.default
    def _one_part(self) -> tuple[Span, ...]:
        return (self.content_span,)

    @content_parts.validator
    def _check_parts(self, _attribute: attrs.Attribute[Any], value: tuple[Span, ...]) -> None:
        content = self.content_span
        if len(value) == 1 and value[0] is content:
            return  # the common case, one part (as the extractor and the default make it)
        if not value or value[0].start != content.start or value[-1].end != content.end:
            msg = f"content_parts {value!r} do not start and end with content_span {content!r}"
            raise ValueError(msg)
        for earlier, later in itertools.pairwise(value):
            if later.start < earlier.end:
                msg = f"content_parts {value!r} overlap or are out of order"
                raise ValueError(msg)


@frozen(kw_only=True)
class Casualty:
    """
    People killed, injured, missing, displaced or detained, as the text reports them.

    ``claimed_by`` is who the text says gives the figure ("Ankara said", "police said").
    ``time`` is the event's time from its sentence, not the report's.
    """

    kind: CasualtyKind
    span: Span
    rule_id: str
    count: Quantity | None = None
    victims: Actor | None = None
    perpetrator: Actor | None = None
    cause: str | None = None
    cause_span: Span | None = None
    claimed_by: Actor | None = None
    time: TimeExpression | None = None
    location: str | None = None
    location_span: Span | None = None
    mentions: tuple[Span, ...] = field(default=(), converter=_to_spans)


@frozen(kw_only=True)
class Agreement:
    """
    Who agreed to what, when and where, and whether it holds.

    ``status`` is the latest the text says ("has largely held since then" makes it
    ``holding``). ``location`` is the place as written; ``location_country`` is the ISO
    3166-1 alpha-3 code of the country it names or means ("Idlib, Syria" and, after "Syria's
    war", "the country's northwest": ``SYR``).
    """

    kind: AgreementKind
    status: AgreementStatus
    span: Span
    rule_id: str
    parties: tuple[Actor, ...] = field(default=(), converter=_to_actors)
    mediators: tuple[Actor, ...] = field(default=(), converter=_to_actors)
    terms: str | None = None
    terms_span: Span | None = None
    time: TimeExpression | None = None
    location: str | None = None
    location_span: Span | None = None
    location_country: str | None = None
    status_span: Span | None = None
    mentions: tuple[Span, ...] = field(default=(), converter=_to_spans)


# --- the article ------------------------------------------------------------------------


@frozen(kw_only=True, init=False)
class Paragraph:
    """
    A paragraph of the article, with its role and its sentences.

    ``repeats`` is the index (in `Article.paragraphs`) of the paragraph this one repeats, for
    a summary that restates the lede; such a paragraph has the ``boilerplate`` role.
    """

    span: Span
    role: ParagraphRole
    sentences: tuple[Span, ...] = field(default=(), converter=_to_spans)
    repeats: int | None = None

    # Written out, as `Span.__init__` is (0.5 µs a paragraph instead of 1.7): a document of
    # many short paragraphs makes one for each.
    def __init__(
        self,
        *,
        span: Span,
        role: ParagraphRole,
        sentences: Iterable[Span] = (),
        repeats: int | None = None,
    ) -> None:
        _set_paragraph_span(self, span)
        _set_paragraph_role(self, role)
        _set_paragraph_sentences(self, tuple(sentences))
        _set_paragraph_repeats(self, repeats)


#: `Paragraph`'s slot setters (see `_set_start`).
_set_paragraph_span: Final = Paragraph.__dict__["span"].__set__
_set_paragraph_role: Final = Paragraph.__dict__["role"].__set__
_set_paragraph_sentences: Final = Paragraph.__dict__["sentences"].__set__
_set_paragraph_repeats: Final = Paragraph.__dict__["repeats"].__set__


#: Off only inside `_spans_checked_later`; every other `Article` checks its spans.
_CHECK_SPANS: Final = contextvars.ContextVar("newsevents_check_spans", default=True)


@contextlib.contextmanager
def _spans_checked_later() -> Iterator[None]:
    """
    Build the articles of intermediate stages without checking their spans.

    For `newsevents.parse`: its skeleton and timed articles are built from its own spans and
    never leave it; the article it returns is built outside this block, so its check covers
    every span, those of the earlier stages too, once. The switch is a context variable:
    other threads and tasks keep checking.
    """
    token = _CHECK_SPANS.set(False)
    try:
        yield
    finally:
        _CHECK_SPANS.reset(token)


def _check_spans_in_text(article: Article) -> None:
    """
    Raise `ValueError` naming the first span (in `Article.iter_spans` order) past the text.

    The common case, every span inside, is settled by `_spans_inside`, which walks the
    records without a generator per record; only a failing article is walked again, span
    by span, for the message.
    """
    limit = len(article.text)
    if _spans_inside(article, limit):
        return
    for span in article.iter_spans():
        if span.end > limit:
            msg = f"{span!r} lies outside the text ({limit} characters)"
            raise ValueError(msg)


def _spans_inside(article: Article, limit: int) -> bool:
    """
    Whether every span `Article.iter_spans` yields ends at *limit* or before.
    """
    return ends_inside(
        (
            article.headline_span,
            article.source_span,
            article.dateline_span,
            *article.paragraphs,
            *article.times,
            *article.statements,
            *article.casualties,
            *article.agreements,
        ),
        limit,
        Span,
        _nested_getter,
    )


def _nested_getter(cls: type) -> Callable[[object], tuple[object, ...]] | None:
    """
    A function giving the values of `_nested_fields` of *cls* as a tuple (``None``: none).
    """
    names = _nested_fields(cls)
    if len(names) == 1:
        name = names[0]

        def getter(record: object) -> tuple[object, ...]:
            return (getattr(record, name),)

        return getter
    if names:
        return operator.attrgetter(*names)
    return None


@frozen(kw_only=True)
class Article:
    """
    A parsed article: its parts and every record extracted from it.

    All spans index ``text``, the caller's original string.
    """

    text: str
    published: dt.date | None = None
    headline: str | None = None
    headline_span: Span | None = None
    source: str | None = None
    source_span: Span | None = None
    dateline: str | None = None
    dateline_span: Span | None = None
    paragraphs: tuple[Paragraph, ...] = field(default=(), converter=_to_paragraphs)
    times: tuple[TimeExpression, ...] = field(default=(), converter=_to_times)
    statements: tuple[Statement, ...] = field(default=(), converter=_to_statements)
    casualties: tuple[Casualty, ...] = field(default=(), converter=_to_casualties)
    agreements: tuple[Agreement, ...] = field(default=(), converter=_to_agreements)

    def __attrs_post_init__(self) -> None:
        if _CHECK_SPANS.get():
            _check_spans_in_text(self)

    @property
    def sentences(self) -> tuple[Span, ...]:
        """
        Every sentence of every paragraph, in order.
        """
        return tuple(span for paragraph in self.paragraphs for span in paragraph.sentences)

    @property
    def content_paragraphs(self) -> tuple[Paragraph, ...]:
        """
        The paragraphs records are extracted from (headline, lede and body).
        """
        headline, lede, body = ParagraphRole.HEADLINE, ParagraphRole.LEDE, ParagraphRole.BODY
        return tuple(
            paragraph
            for paragraph in self.paragraphs
            # identity tests: enum members hash in Python, and this runs once per stage
            if (role := paragraph.role) is headline or role is lede or role is body
        )

    def iter_spans(self) -> Iterator[Span]:
        """
        Yield every span in the article and its records (for checks and highlighting).
        """
        for span in (self.headline_span, self.source_span, self.dateline_span):
            if span is not None:
                yield span
        for paragraph in self.paragraphs:
            yield paragraph.span
            yield from paragraph.sentences
        for record in (*self.times, *self.statements, *self.casualties, *self.agreements):
            yield from _record_spans(record)


def _record_spans(record: object) -> Iterator[Span]:
    """
    Yield every span held by *record* and the records nested in it.
    """
    if isinstance(record, Span):
        yield record
        return
    if isinstance(record, tuple):
        for item in record:
            yield from _record_spans(item)
        return
    cls: Any = type(record)
    for name in _nested_fields(cls):
        value = getattr(record, name)
        if value is not None:
            yield from _record_spans(value)


@functools.lru_cache(maxsize=64)
def _nested_fields(cls: Any) -> tuple[str, ...]:
    """
    The fields of attrs class *cls* that can hold spans or records (looked up once per class).

    A field typed only with strings, numbers, dates, enums and ``None`` (`_holds_no_span`)
    is left out: the span check and `Article.iter_spans` need not look at it.
    """
    if not attrs.has(cls):
        return ()
    hints = typing.get_type_hints(cls)
    return tuple(
        attribute.name
        for attribute in attrs.fields(cls)
        if not _holds_no_span(hints.get(attribute.name, Any))
    )


#: Types whose values hold no span.
_LEAF_TYPES: Final = (str, int, float, dt.date, type(None), enum.Enum)


def _holds_no_span(hint: object) -> bool:
    """
    Whether a value of type *hint* (a type hint) cannot hold a span.

    Unions and tuples hold none if none of their members does; a hint this cannot read
    (``Any``, a forward reference) may hold one.
    """
    members = typing.get_args(hint)
    if members:
        return all(member is Ellipsis or _holds_no_span(member) for member in members)
    return isinstance(hint, type) and issubclass(hint, _LEAF_TYPES)
