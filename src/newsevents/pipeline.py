"""
`parse`: text in, frozen `Article` out, one stage after another.

    text -> article skeleton -> times -> statements, casualties, agreements -> Article

No stage mutates its input; each returns new records and `attrs.evolve` builds the next
`Article`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Final, TypeAlias, TypeVar

import attrs

from newsevents._dates import coerce_date
from newsevents._pattern_cache import PATTERNS
from newsevents.article import parse_article
from newsevents.errors import InvalidArgumentError, TimeBudgetExceededError
from newsevents.extractors.agreements import extract_agreements
from newsevents.extractors.casualties import extract_casualties
from newsevents.extractors.statements import extract_statements
from newsevents.model import _CHECK_SPANS, Agreement, Article, Casualty, Statement
from newsevents.text import SHARED_CHARS, SHARED_TEXTS, hold_texts
from newsevents.timex import extract_times

__all__ = ["DEFAULT_EXTRACTORS", "Extractor", "Record", "extract", "parse", "parse_batch"]

Record: TypeAlias = Statement | Casualty | Agreement
Extractor: TypeAlias = Callable[[Article], Sequence[Record]]

#: The extractors `parse` runs, in order.
DEFAULT_EXTRACTORS: tuple[Extractor, ...] = (
    extract_statements,
    extract_casualties,
    extract_agreements,
)

# every rule table is compiled by now: keep what was new for the next process (a worker that
# is spawned, or a command run again) rather than only at exit
PATTERNS.save()


def check_text(text: object) -> str:
    """
    Return *text* if it is a string; otherwise raise a typed error that says what to do.

    Raises:
        InvalidArgumentError: *text* is not a ``str`` (bytes: decode them first).
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        msg = f"text must be str, not {type(text).__name__}: decode it first, e.g. data.decode('utf-8')"
        raise InvalidArgumentError(msg)
    msg = f"text must be str, not {type(text).__name__}: {text!r:.80}"
    raise InvalidArgumentError(msg)


def parse(
    text: str,
    *,
    published: dt.date | dt.datetime | str | None = None,
    budget: float | None = None,
) -> Article:
    r"""
    Read a news article and return it with every record extracted.

    Args:
        text: The article as plain text: headline, credit, paragraphs. Any string parses.
        published: The publication date relative dates are resolved against: a ``date``, a
            ``datetime`` or an ISO 8601 string. ``None`` leaves relative dates underspecified.
        budget: Seconds the whole parse may take; checked between stages, so a run stops
            cleanly with `TimeBudgetExceededError` instead of running on. ``None``: no limit.

    Returns:
        The frozen `Article`, its spans indexing *text*.

    Raises:
        InvalidArgumentError: *text* is not a string, or *published* of a wrong type.
        InvalidDateError: *published* is not a valid date.
        TimeBudgetExceededError: *budget* ran out (the message names the stage).

    A text over 100,000 characters is read with Python's cyclic garbage collector paused
    (`gc.disable`), on every thread, until the last such `parse` returns; it then runs again,
    unless it was off before. Reading makes no reference cycles, so nothing is freed later
    for it, and 1 MB of short paragraphs reads about 40 % faster.

    >>> article = parse("Rebels agree truce\n\nThe rebels agreed on Monday to a truce.", published="2020-03-18")
    >>> article.headline
    'Rebels agree truce'
    """
    text = check_text(text)
    published_date = coerce_date(published)
    clock = _NO_BUDGET if budget is None else _Budget.start(budget)
    if len(text) > _PAUSE_CHARS:
        with _collector_paused(True):
            return _run(text, published_date, clock)
    return _run(text, published_date, clock)


def _run(text: str, published: dt.date | None, clock: _Budget) -> Article:
    """
    The stages of `parse`, on a checked *text* and date, within *clock*.

    The intermediate articles are built with their span check off, as in
    `_spans_checked_later`, whose switch this sets and resets itself: that block and the
    collector's, two generator context managers, cost every parse a few microseconds.
    """
    token = _CHECK_SPANS.set(False)  # the article `extract` returns is checked, once
    try:
        article = parse_article(text, published=published)
        clock.check("article")
        article = attrs.evolve(article, times=extract_times(article))
        clock.check("times")
    finally:
        _CHECK_SPANS.reset(token)
    if clock.deadline is None:
        return extract(article, extractors=DEFAULT_EXTRACTORS)
    return extract(article, extractors=[clock.wrap(extractor) for extractor in DEFAULT_EXTRACTORS])


#: Texts longer than this are read with the cyclic garbage collector paused (`_collector_paused`).
_PAUSE_CHARS: Final = 100_000

#: How many `parse` calls hold the collector paused, and whether it ran before the first.
_paused = [0, False]
_PAUSE_LOCK: Final = threading.Lock()


@contextlib.contextmanager
def _collector_paused(pause: bool) -> Iterator[None]:
    """
    Pause Python's cyclic garbage collector while the block runs, if *pause*.

    Reading a long text makes hundreds of thousands of records (a span, a paragraph), none of
    which is garbage until the article is: each full collection the allocations trigger
    walks all of them, and 1 MB of one-line paragraphs spent 40 % of its time there. Nothing
    `parse` makes holds a reference cycle, so pausing frees nothing later than it would be
    freed; reference counting still frees everything else at once. The collector runs again
    when the last paused `parse` ends, on every thread, unless it was off before the first.
    """
    if not pause:
        yield
        return
    with _PAUSE_LOCK:
        if _paused[0] == 0:
            _paused[1] = gc.isenabled()
            gc.disable()
        _paused[0] += 1
    try:
        yield
    finally:
        with _PAUSE_LOCK:
            _paused[0] -= 1
            if _paused[0] == 0 and _paused[1]:
                gc.enable()


@attrs.frozen
class _Budget:
    """
    A deadline on the monotonic clock; `check` raises once it has passed.
    """

    budget: float | None
    deadline: float | None

    @classmethod
    def start(cls, budget: float | None) -> _Budget:
        if budget is None:
            return cls(None, None)
        value: object = budget  # untyped callers may pass anything
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
            msg = f"budget must be a positive number of seconds, not {budget!r}"
            raise InvalidArgumentError(msg)
        return cls(budget, time.monotonic() + budget)

    def check(self, stage: str) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            msg = f"parse() ran out of its {self.budget} s budget after the {stage} stage"
            raise TimeBudgetExceededError(msg)

    def wrap(self, extractor: Extractor) -> Extractor:
        if self.deadline is None:
            return extractor

        def run(article: Article) -> Sequence[Record]:
            records = extractor(article)
            self.check(getattr(extractor, "__name__", "extract"))
            return records

        return run


#: The clock of a `parse` with no budget: it never runs out.
_NO_BUDGET: Final = _Budget(None, None)


def parse_batch(
    jobs: Sequence[tuple[str, dt.date | None]],
    *,
    budget: float | None = None,
) -> list[Article | Exception]:
    r"""
    Read many articles one stage at a time: the same articles as `parse` reads, faster.

    Each job is a text and its publication date, both already checked (`check_text`,
    `coerce_date`). The articles are read in groups of up to `newsevents.text.SHARED_TEXTS`
    (and `newsevents.text.SHARED_CHARS` characters): the group's segmentation, then its
    times, then each extractor over all of it, with the caches the stages share holding the
    whole group (`newsevents.text.hold_texts`). A stage's patterns, tables and code then stay
    in the processor's caches from one article to the next, instead of being pushed out by
    the other stages' between two articles: on a stream of news each article reads 11–32 %
    faster (docs/performance.md), and nothing is computed twice.

    A text longer than `parse`'s collector pause threshold is read alone by `parse`, and so
    is every text when there is a *budget* (seconds per article, as in `parse`).
    An error in one article is its result, and the other articles are read on.

    >>> truce = "Rebels agree truce\n\nThe rebels agreed to a truce, officials said."
    >>> articles = parse_batch([(truce, None), ("Calm day", None)])
    >>> [(article.headline, len(article.statements)) for article in articles]
    [('Rebels agree truce', 1), (None, 0)]
    """
    results: list[Article | Exception] = []
    group: list[tuple[str, dt.date | None]] = []
    chars = 0
    for text, published in jobs:
        if budget is not None or len(text) > _PAUSE_CHARS:
            results.extend(_parse_group(group))
            group, chars = [], 0
            results.append(_attempt(_parse_alone, (text, published, budget)))
            continue
        if group and (len(group) == SHARED_TEXTS or chars + len(text) > SHARED_CHARS):
            results.extend(_parse_group(group))
            group, chars = [], 0
        group.append((text, published))
        chars += len(text)
    results.extend(_parse_group(group))
    return results


def _parse_group(group: Sequence[tuple[str, dt.date | None]]) -> list[Article | Exception]:
    """
    `parse_batch` of a group whose texts the shared caches hold together.
    """
    if not group:  # `parse_batch` flushes before each text it reads alone
        return []
    results: list[Article | Exception] = []
    articles: dict[int, Article] = {}
    hold_texts(len(group))
    try:
        token = _CHECK_SPANS.set(False)  # as in `_run`: the article `_assemble` makes is checked
        try:
            for index, job in enumerate(group):
                outcome = _attempt(_segment, job)
                results.append(outcome)
                if not isinstance(outcome, Exception):
                    articles[index] = outcome
            _step(_with_times, articles, results)
        finally:
            _CHECK_SPANS.reset(token)
        found: dict[int, list[Sequence[Record]]] = {index: [] for index in articles}
        for extractor in DEFAULT_EXTRACTORS:
            for index, records in _step(extractor, articles, results):
                found[index].append(records)
    finally:
        hold_texts(1)
    for index, article in articles.items():
        results[index] = _attempt(functools.partial(_assemble, found=found[index]), article)
    return results


_In = TypeVar("_In")
_Out = TypeVar("_Out")


def _attempt(step: Callable[[_In], _Out], value: _In) -> _Out | Exception:
    """
    ``step(value)``, or the exception it raised: one article's error is its result alone.
    """
    try:
        return step(value)
    except Exception as error:  # noqa: BLE001 - a batch reads on past one article's error
        # Without its traceback: that holds this frame, which holds the error, a reference
        # cycle only the cyclic collector would free (reading makes none, see `parse`).
        return error.with_traceback(None)


def _step(
    step: Callable[[Article], _Out],
    articles: dict[int, Article],
    results: list[Article | Exception],
) -> list[tuple[int, _Out]]:
    """
    Run *step* over every article still read; an article it fails on leaves with its error.

    A step that returns an `Article` replaces the one read so far.
    """
    done: list[tuple[int, _Out]] = []
    for index, article in list(articles.items()):
        outcome = _attempt(step, article)
        if isinstance(outcome, Exception):
            results[index] = outcome
            del articles[index]
            continue
        if isinstance(outcome, Article):
            articles[index] = outcome
        done.append((index, outcome))
    return done


def _parse_alone(job: tuple[str, dt.date | None, float | None]) -> Article:
    text, published, budget = job
    return parse(text, published=published, budget=budget)


def _segment(job: tuple[str, dt.date | None]) -> Article:
    text, published = job
    return parse_article(text, published=published)


def _with_times(article: Article) -> Article:
    return attrs.evolve(article, times=extract_times(article))


def extract(article: Article, *, extractors: Sequence[Extractor] = DEFAULT_EXTRACTORS) -> Article:
    """
    Run *extractors* over *article* and return it with their records, each kind sorted by span.
    """
    return _assemble(article, found=[extractor(article) for extractor in extractors])


def _assemble(article: Article, *, found: Iterable[Sequence[Record]]) -> Article:
    """
    *article* with the records the extractors *found*, each kind sorted by span.
    """
    statements: list[Statement] = []
    casualties: list[Casualty] = []
    agreements: list[Agreement] = []
    for records in found:
        for record in records:
            if isinstance(record, Statement):
                statements.append(record)
            elif isinstance(record, Casualty):
                casualties.append(record)
            else:
                agreements.append(record)

    def key(record: Record) -> tuple[int, int]:
        return (record.span.start, record.span.end)

    return attrs.evolve(
        article,
        statements=sorted(statements, key=key),
        casualties=sorted(casualties, key=key),
        agreements=sorted(agreements, key=key),
    )
