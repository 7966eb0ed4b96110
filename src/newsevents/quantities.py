r"""
Numbers and vague amounts as `Quantity` records with honest bounds.

`find_quantities` finds every count phrase in a stretch of text ("at least 34", "between 10
and 15", "nearly a million", "dozens"); `parse_quantity` reads the first one in a phrase.
The bounds follow the conventions in ``docs/quantities.md``: ``low``/``high`` are inclusive,
``None`` is open, and ``approximate`` marks hedged or vague amounts.

Using quantities inside another rule table
------------------------------------------
`newsevents.rules.numbers` exports the pattern fragments `~newsevents.rules.numbers.COUNT`
(a whole count phrase) and `~newsevents.rules.numbers.NUMBER` (one number), which hold no
named groups, and their word lists `~newsevents.rules.numbers.QUANTITY_LEXICON`.
Embed a fragment in a rule as ``(?P<count> {COUNT} )`` (an f-string in the rule table),
compile the rule with the lexicon entries it uses, and turn the group into a `Quantity` whose
span indexes the whole text with `quantity_from_match`:

>>> from newsevents._rules import compile_pattern
>>> from newsevents.rules.numbers import COUNT, QUANTITY_LEXICON
>>> pattern = compile_pattern(rf"(?P<count> {COUNT} ) \s+ killed", QUANTITY_LEXICON)
>>> quantity_from_match(pattern.search("At least 34 killed"), "count")
Quantity(text='At least 34', span=Span(start=0, end=11), low=34, high=None, approximate=False, rule_id='quantity.number')
"""

from __future__ import annotations

import regex

from newsevents import _quantities as _impl
from newsevents.errors import InvalidArgumentError
from newsevents.model import Quantity

__all__ = ["find_quantities", "parse_quantity", "quantity_from_match"]

# The rules and the readers are in `newsevents._quantities`, compiled with mypyc where the
# wheel is: these functions check their arguments first, in pure Python, so that a wrong type
# raises `InvalidArgumentError` in either build.


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        msg = f"text must be a str, got {type(text).__name__}"
        raise InvalidArgumentError(msg)


def find_quantities(text: str, *, start: int = 0, end: int | None = None) -> list[Quantity]:
    """
    Find every count phrase in ``text[start:end]``, in order, without overlaps.

    Args:
        text: The text; spans index it.
        start: Where to start reading.
        end: Where to stop reading (``None``: the end of the text).

    Returns:
        The quantities, sorted by position.

    Raises:
        InvalidArgumentError: *text* is not a `str`.

    >>> [(q.text, q.low, q.high) for q in find_quantities("At least 34 died and dozens fled.")]
    [('At least 34', 34, None), ('dozens', 12, None)]
    """
    _check_text(text)
    return _impl.find_quantities(text, start, end)


def parse_quantity(text: str) -> Quantity | None:
    """
    Read a count ("at least 34", "dozens", "nearly a million") from *text*.

    The first count phrase in *text* is read; its span indexes *text*.

    Args:
        text: A phrase or sentence.

    Returns:
        The quantity, or ``None`` when *text* states none.

    Raises:
        InvalidArgumentError: *text* is not a `str`.

    >>> parse_quantity("more than 34")
    Quantity(text='more than 34', span=Span(start=0, end=12), low=35, high=None, approximate=False, rule_id='quantity.number')
    >>> parse_quantity("nearly a million people").high
    1000000
    >>> parse_quantity("no figure here") is None
    True
    """
    _check_text(text)
    return _impl.parse_cached(text)


def quantity_from_match(match: regex.Match[str] | None, group: str = "count") -> Quantity | None:
    r"""
    The count phrase captured by *group* of *match*, with its span in the matched text.

    Args:
        match: A match of a pattern that embeds `newsevents.rules.numbers.COUNT`.
        group: The name of the group that holds the count.

    Returns:
        The first quantity inside the group, or ``None`` (no match, empty group, no count).

    >>> from newsevents._rules import compile_pattern
    >>> pattern = compile_pattern(r"killed \s+ (?P<count> \S+ \s+ \S+ )")
    >>> quantity_from_match(pattern.search("it killed nearly thirty people"), "count").high
    30
    """
    return _impl.quantity_from_match(match, group)
