"""
The implementation of `newsevents.quantities`: its functions without the argument checks.

A module apart so that it compiles with mypyc (hatch_build.py): compiled, a function that
receives a wrong type raises mypyc's own TypeError, so the public functions check their
arguments in pure Python (`newsevents.quantities`) before calling these.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from fractions import Fraction
from typing import Final

import attrs
import regex
from attrs import frozen

from newsevents._rules import CompiledRule, Rule, compile_pattern, compile_rules
from newsevents.model import Quantity, Span
from newsevents.rules.numbers import (
    ANCHOR,
    DURING_WORDS,
    FILLER_WORDS,
    MONTHS,
    NOT_COUNT_AFTER,
    NOT_COUNT_BEFORE,
    NOT_STREET_WORDS,
    ONE_DETERMINERS,
    QUALIFIERS,
    QUANTITY_GROUPS,
    QUANTITY_LEXICON,
    QUANTITY_RULES,
    SCALES,
    STREET_TYPES,
    SUFFIX_MULTIPLIERS,
    SUFFIX_QUALIFIERS,
    TIME_UNITS,
    VAGUE_AMOUNTS,
    WORD_VALUES,
    YEAR_CUES,
)

__all__ = ["find_quantities", "parse_cached", "quantity_from_match"]


def _compile(rules: tuple[Rule, ...]) -> tuple[CompiledRule, ...]:
    """
    Compile a table once (`compile_rules` gives each pattern only the word lists it uses).
    """
    return compile_rules(rules, QUANTITY_LEXICON, groups=QUANTITY_GROUPS, prefix="quantity.").rules


_RULES: Final = tuple(enumerate(_compile(QUANTITY_RULES)))


def _select(*ids: str) -> tuple[tuple[int, CompiledRule], ...]:
    return tuple((order, compiled) for order, compiled in _RULES if compiled.rule.id in ids)


#: The rules worth trying where a digit starts a count, and after a qualifier.
_DIGIT_RULES: Final = _select("quantity.range.dash", "quantity.range.to", "quantity.number")
_QUALIFIED_DIGIT_RULES: Final = _select(
    "quantity.range.dash", "quantity.range.to", "quantity.bound.pair", "quantity.number"
)
#: The rules worth trying where the other anchors start a count.
_RULES_BY_ANCHOR: Final = {
    "between": _select("quantity.range.between"),
    "from": _select("quantity.range.from"),
    "vague": _select("quantity.vague"),
    "lead": _select("quantity.range.to", "quantity.bound.pair", "quantity.number"),
}
_NUMBER_RULES: Final = _select("quantity.number")
#: What must follow a number for a range rule to be worth trying.
_PAIR_HINT: Final = compile_pattern(r"\s{0,3} (?: , | and \b | but \b )")
_RANGE_HINT: Final = compile_pattern(
    r"\s{0,3} [-–—~] \s{0,3} \d | \s{1,3} (?: to | through | thru | until | till | or ) \s"
)
#: Words and signs, for the first pass; only some can start a count (`_may_start`).
_WORD: Final = compile_pattern(r"\w+ | [<>≥≤~]", flags=regex.VERBOSE | regex.VERSION0)
_SIGNS: Final = frozenset("<>≥≤~")
_PHRASES: Final = tuple(
    [match.group().lower() for match in _WORD.finditer(phrase)]
    for name in ("qty_qual", "qty_vague", "qty_vague_of", "qty_unit", "qty_tens", "qty_scale_one")
    for phrase in QUANTITY_LEXICON[name]
)
#: Words that start a count on their own, and (for phrases whose first word is common,
#: such as "the best part of") the second words that must follow.
_COMMON_FIRST: Final = frozenset(
    {"the", "in", "on", "at", "not", "no", "as", "up", "well", "a", "an"}
)
_FIRST_WORDS: Final = frozenset(
    {"between", "from", "half", "quarter"}
    | {words[0] for words in _PHRASES if words and words[0] not in _COMMON_FIRST}
)
_SECOND_WORDS: Final = {
    first: frozenset(
        {words[1] for words in _PHRASES if len(words) > 1 and words[0] == first}
        | (set(QUANTITY_LEXICON["qty_scale_one"]) if first in {"a", "an"} else set())
    )
    for first in _COMMON_FIRST
}
_STARTS: Final = _FIRST_WORDS | frozenset(_SECOND_WORDS)
#: The words `FILLER_WORDS` allows between a qualifier and its number, with their spaces.
_FILLER_WORDS: Final = compile_pattern(rf"{FILLER_WORDS} \s{{1,3}}")
_ANCHOR: Final = compile_pattern(ANCHOR, QUANTITY_LEXICON)

#: The tokens of a number as `NUMBER` matched it.
_TOKEN: Final = compile_pattern(
    r"""
      (?P<digits> \d [\d,\u00a0\u202f\u2009]* (?: \. \d+ )? )
        (?: \s{0,2} (?P<multiplier> \L<qty_suffix_attached> | \L<qty_suffix_spaced> ) (?! \w ) )?
    | (?P<half> half (?: \s+ an? )? | quarter (?: \s+ of )? (?: \s+ an? )? ) (?! \w )
    | (?P<a> an? ) (?! \w )
    | (?P<and> and ) (?! \w )
    | (?P<word> \L<qty_tens> | \L<qty_unit> | \L<qty_scale> ) (?! \w )
    """,
    {
        name: QUANTITY_LEXICON[name]
        for name in (
            "qty_suffix_attached",
            "qty_suffix_spaced",
            "qty_tens",
            "qty_unit",
            "qty_scale",
        )
    },
)

_WORD_VALUE: Final = dict(WORD_VALUES)
_SCALE_VALUE: Final = dict(SCALES)
_MULTIPLIER: Final = {word: value for word, value, _ in SUFFIX_MULTIPLIERS}
_QUALIFIER_KIND: Final = dict(QUALIFIERS)
_SUFFIX_KIND: Final = dict(SUFFIX_QUALIFIERS)
_VAGUE: Final = {phrase: (low, high) for phrase, low, high, _ in VAGUE_AMOUNTS}
_ONE_DETERMINERS: Final = frozenset(ONE_DETERMINERS)
_YEAR_CUES: Final = frozenset(YEAR_CUES)
_HUNDRED: Final = 100
_LONGEST: Final = 16
_DOZEN: Final = 12
_TEN: Final = 10
_YEARS: Final = range(1500, 2101)
_DAYS: Final = 31
_DURING_WORDS: Final = frozenset(DURING_WORDS)
_TIME_UNITS: Final = frozenset(TIME_UNITS)
_MONTHS: Final = frozenset(MONTHS)
_NOT_COUNT_BEFORE: Final = frozenset(NOT_COUNT_BEFORE)
_NOT_COUNT_AFTER: Final = frozenset(NOT_COUNT_AFTER)
_LETTERS: Final = compile_pattern(r"[^\W\d_]+ | ©", flags=regex.VERBOSE | regex.VERSION0)
#: A street name after a house number: capitalised words ending in a street type.
_STREET: Final = compile_pattern(
    r"\s{1,2} (?: (?! \L<stop> \b ) \p{Lu} [\p{L}'.-]{0,20} \s{1,2} ){1,3} \L<street> (?! [-\w] )",
    {"street": STREET_TYPES, "stop": NOT_STREET_WORDS},
    flags=regex.VERBOSE | regex.VERSION1,
)
#: "July 5, 2016": a four-digit number right after a day and a comma is a year.
_AFTER_DAY: Final = compile_pattern(
    r"\b \d{1,2} , \s{0,2} \Z", flags=regex.VERBOSE | regex.VERSION0
)
#: A phone number around a bare number ("989-797-4580", "(317) 262-8477"), or a longer
#: chain of digit groups joined by hyphens ("+1-222-2222-2222", "2020-03-18").
_PHONE: Final = compile_pattern(
    r"(?: \(\d{3}\) \s? | \b\d{3} [-.] ) \d{3} [-.] \s? (?: \d{4} | [A-Z]{4} ) \b"
    r" | \b \d{3} - \d{4} \b | \b \d{1,4} (?: - \d{2,4} ){2,4} \b",
    flags=regex.VERBOSE | regex.VERSION0,
)


#: A value while reading: whole numbers stay `int` (fast); "1.2", "half" are `Fraction`.
_Value = int | Fraction
_SEPARATORS: Final = str.maketrans("", "", ",\u00a0\u202f\u2009")


def _normalize(text: str) -> str:
    return " ".join(text.lower().split())


# --- numbers ------------------------------------------------------------------------------


@frozen
class _Token:
    kind: str  # digits | unit | tens | scale | big | dozen | a | half | and
    value: _Value
    start: int
    end: int
    multiplied: bool = False
    decimal: bool = False


def _tokens(text: str, start: int, end: int) -> Iterator[_Token]:
    for match in _TOKEN.finditer(text, start, end):
        if match.group("digits") is not None:
            digits = match.group("digits").translate(_SEPARATORS)
            value: _Value = Fraction(digits) if "." in digits else int(digits)
            multiplier = match.group("multiplier")
            if multiplier is not None:
                value *= _MULTIPLIER[multiplier.lower()]
            yield _Token(
                "digits",
                value,
                match.start(),
                match.end(),
                multiplied=multiplier is not None,
                decimal="." in digits,
            )
        elif match.group("half") is not None:
            share = Fraction(1, 2) if match.group("half")[:1] in "hH" else Fraction(1, 4)
            yield _Token("half", share, match.start(), match.end())
        elif match.group("a") is not None:
            yield _Token("a", 1, match.start(), match.end())
        elif match.group("and") is not None:
            yield _Token("and", 0, match.start(), match.end())
        else:
            word = match.group("word").lower()
            if word in _WORD_VALUE:
                value = _WORD_VALUE[word]
                yield _Token("tens" if value >= 20 else "unit", value, match.start(), match.end())  # noqa: PLR2004 - tens start at twenty
            else:
                scale = _SCALE_VALUE[word]
                kind = "dozen" if scale == _DOZEN else "scale" if scale == _HUNDRED else "big"
                yield _Token(kind, scale, match.start(), match.end())


@attrs.define
class _Reader:
    """
    Reads one number from its tokens, token by token.

    `add` refuses a token that cannot continue it ("three four", "3 hundred and 2 hundred"), which then starts the next number.
    """

    start: int
    end: int = 0
    total: _Value = 0
    hundreds: _Value = 0
    small: _Value | None = None
    last: str | None = None
    big: _Value | None = None
    and_limit: _Value | None = None
    and_base: _Value = 0
    checkpoint: _Reader | None = None

    @property
    def value(self) -> _Value:
        return self.total + self.hundreds + (self.small or 0)

    def add(self, token: _Token) -> _Reader | None:
        """
        The number continued by *token*, or ``None`` if *token* cannot continue it.
        """
        trial = attrs.evolve(self)
        if not trial.take(token):
            return None
        if (
            trial.and_limit is not None
            and token.kind != "big"
            and trial.value - trial.and_base >= trial.and_limit
        ):
            return None
        trial.end = token.end
        return trial

    def take(self, token: _Token) -> bool:
        """
        Change this reader to take *token*; return whether it could (else it is spoilt).
        """
        kind, value, last = token.kind, token.value, self.last
        opens = last in {None, "scale", "big", "and"} and self.small is None
        if last is None and kind in {"scale", "big", "dozen"}:
            self.small = 1  # "hundred thousand"
            last = "a"
        if kind == "digits":
            if not opens or (last is not None and (token.multiplied or value == 0)):
                return False
            self.small = value
            if token.multiplied:
                self.last = "final"
            else:
                # "1.2" counts nothing until a scale follows ("1.2 million").
                self.last = "decimal" if token.decimal else "digits"
        elif kind == "unit":
            if opens and (value != 0 or last is None):
                self.small = value
            elif last == "tens" and 0 < value < _TEN and self.small is not None:
                self.small += value
            else:
                return False
            self.last = "unit"
        elif kind == "tens":
            if not opens:
                return False
            self.small = value
            self.last = "tens"
        elif kind in {"a", "half"}:
            if last is not None:
                return False
            self.small = value
            self.last = kind
        elif kind == "scale":  # hundred
            if not self.small or self.hundreds or last in {"scale", "dozen", "final"}:
                return False
            self.hundreds = self.small * value
            self.small = None
            self.last = "scale"
        elif kind == "dozen":
            if not self.small or last in {"dozen", "final"}:
                return False
            self.small *= value
            self.last = "dozen"
        elif kind == "big":
            return self._take_big(value)
        elif kind == "and":
            if last not in {"scale", "big"}:
                return False
            self.checkpoint = attrs.evolve(self)
            self.and_limit = _HUNDRED if last == "scale" else self.big
            self.and_base = self.value
            self.last = "and"
        return True

    def _take_big(self, value: _Value) -> bool:
        group = self.hundreds + (self.small or 0)
        if self.last in {"final", "and", None}:
            return False
        if group == 0:
            if self.total == 0 or self.last != "big" or self.big is None or value <= self.big:
                return False
            self.total *= value  # "three lakh crore", "a thousand million"
            self.big = value
            return True
        if self.big is not None and value >= self.big:
            return False
        self.total += group * value
        self.hundreds = 0
        self.small = None
        self.big = value
        self.last = "big"
        self.and_limit = None
        return True

    def complete(self) -> bool:
        return self.last not in {None, "a", "half", "and", "decimal"}


def _read_numbers(text: str, start: int, end: int) -> list[tuple[int, int, _Value]]:
    """
    The numbers written in ``text[start:end]``: ``(start, end, value)`` each.
    """
    return [
        (start + first, start + last, value)
        for first, last, value in _read_written(text[start:end])
    ]


@functools.lru_cache(maxsize=4096)
def _read_written(written: str) -> tuple[tuple[int, int, _Value], ...]:
    """
    The numbers in *written* (one `NUMBER` match), with offsets into it; cached.
    """
    if written.isdigit() and written.isascii() and len(written) < _LONGEST:
        return ((0, len(written), int(written)),)
    tokens = list(_tokens(written, 0, len(written)))
    numbers: list[tuple[int, int, _Value]] = []
    index = 0
    while index < len(tokens):
        after = tokens[index + 1].kind if index + 1 < len(tokens) else None
        if tokens[index].kind == "and" or (
            tokens[index].kind in {"scale", "big", "dozen"} and after not in {"scale", "big"}
        ):
            index += 1
            continue
        reader = _Reader(tokens[index].start)
        stop = index
        while stop < len(tokens):
            longer = reader.add(tokens[stop])
            if longer is None:
                break
            reader = longer
            stop += 1
        spoilt = stop < len(tokens) and tokens[stop].kind in {"scale", "dozen"}
        if reader.checkpoint is not None and (spoilt or reader.last == "and"):
            # "3 hundred and 2 hundred": the second number starts after the "and".
            done = reader.checkpoint
            stop = next(i for i in reversed(range(index, stop)) if tokens[i].kind == "and") + 1
            reader = done
        if reader.complete():
            numbers.append((reader.start, reader.end, reader.value))
        index = max(stop, index + 1)
    return tuple(numbers)


def _one_number(text: str, start: int, end: int) -> int | None:
    """
    The whole number ``text[start:end]`` spells, if it spells exactly one.
    """
    numbers = _read_numbers(text, start, end)
    if len(numbers) != 1:
        return None
    first, last, value = numbers[0]
    if (first, last) != (start, end) or value.denominator != 1:
        return None
    return int(value)


# --- bounds -------------------------------------------------------------------------------


def _apply(
    kind: str | None, low: int | None, high: int | None, *, number: bool
) -> tuple[int | None, int | None, bool] | None:
    """
    Bounds after a qualifier of *kind*: ``(low, high, hedged)``, or ``None`` if impossible.

    *number* says the amount is a stated number (so "more than" moves the bound by one).
    """
    if kind in {"min", "more"}:
        if kind == "more" and number and high is not None:
            return high + 1, None, False
        return low, None, False
    if kind in {"max", "less", "nearly"}:
        if kind == "less" and number and high is not None:
            return (None, high - 1, False) if high > 0 else None
        return None, high, kind == "nearly"
    return low, high, kind == "approx"


def _bounds(
    prefix: str | None, suffix: str | None, low: int | None, high: int | None, *, number: bool
) -> tuple[int | None, int | None, bool] | None:
    """
    Combine a qualifier before and one after the amount into bounds and a hedge flag.
    """
    hedged = False
    if suffix == "equal":
        prefix = {"more": "min", "less": "max"}.get(prefix or "", prefix)
    elif suffix == "approx":
        hedged = True
    elif suffix is not None:
        hedged = prefix in {"approx", "nearly"}
        prefix = suffix
    result = _apply(prefix, low, high, number=number)
    if result is None:
        return None
    new_low, new_high, more_hedged = result
    return new_low, new_high, hedged or more_hedged


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _group(match: regex.Match[str], name: str) -> tuple[int, int] | None:
    # The group's number: ``Pattern.groupindex`` builds a new dict each time it is read, and
    # a match reads a group by number faster than by name.
    numbers = _GROUP_NUMBERS.get(match.re)
    index = (match.re.groupindex if numbers is None else numbers).get(name)
    if index is None or match.start(index) < 0:
        return None
    return _stripped(match.string, match.start(index), match.end(index))


#: Each rule pattern's group numbers by name, read once (`_group`).
_GROUP_NUMBERS: Final[dict[regex.Pattern[str], dict[str, int]]] = {
    compiled.pattern: dict(compiled.pattern.groupindex) for _order, compiled in _RULES
}


def _kind(table: dict[str, str], text: str, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    return table.get(_normalize(text[span[0] : span[1]]))


def _quantity(
    text: str, start: int, end: int, bounds: tuple[int | None, int | None, bool], rule_id: str
) -> Quantity:
    low, high, approximate = bounds
    return Quantity(
        text=text[start:end],
        span=Span(start, end),
        low=low,
        high=high,
        approximate=approximate,
        rule_id=rule_id,
    )


def _previous_word(text: str, start: int) -> str:
    words = _LETTERS.findall(text, max(0, start - 30), start)
    return words[-1].lower() if words else ""


def _next_word(text: str, end: int) -> str:
    match = _LETTERS.search(text, end, min(len(text), end + 30))
    return match.group().lower() if match is not None else ""


# --- builders -----------------------------------------------------------------------------


def _build_number(match: regex.Match[str], rule_id: str) -> list[Quantity]:
    text = match.string
    qual, suffix = _group(match, "qual"), _group(match, "suffix")
    numbers = _read_numbers(text, match.start("num"), match.end("num"))
    quantities: list[Quantity] = []
    for index, (start, end, value) in enumerate(numbers):
        if value.denominator != 1:
            continue
        number = int(value)
        prefix = _kind(_QUALIFIER_KIND, text, qual) if index == 0 else None
        if qual is not None and _during(text, qual, end):
            prefix = None  # "over 3 years" is during three years, not more than three
        after = _kind(_SUFFIX_KIND, text, suffix) if index == len(numbers) - 1 else None
        first = qual[0] if prefix is not None and qual else start
        last = suffix[1] if after is not None and suffix else end
        if prefix is None and after is None and _skip_bare(text, start, end, number):
            continue
        bounds = _bounds(prefix, after, number, number, number=True)
        if bounds is not None:
            quantities.append(_quantity(text, first, last, bounds, rule_id))
    return quantities


def _during(text: str, qual: tuple[int, int], end: int) -> bool:
    """
    Whether the qualifier means "during" ("over 3 years"): a "during" word before a time unit.
    """
    return (
        _normalize(text[qual[0] : qual[1]]) in _DURING_WORDS
        and _next_word(text, end) in _TIME_UNITS
    )


def _skip_bare(text: str, start: int, end: int, number: int) -> bool:
    """
    Whether a bare number is no count.

    That is "one" as a pronoun ("the one", "one another"), a day or a year ("Nov. 2",
    "17 June", "in 2019",
    "July 5, 2016"), a name or an address ("Route 9", "the 300 block"), a citation ("[14]")
    or part of a phone number.
    """
    written = text[start:end]
    before = _previous_word(text, start)
    if written.lower() == "one":
        return before in _ONE_DETERMINERS or _next_word(text, end) == "another"
    if before in _NOT_COUNT_BEFORE or _next_word(text, end) in _NOT_COUNT_AFTER:
        return True
    if not written.isdigit():
        return False
    near = text[max(0, start - 6) : end + 6]
    if ("-" in near or "(" in near) and _in_phone(text, start, end):
        return True
    capital = text[end + 1 : end + 3].lstrip()[:1].isupper()
    if capital and _STREET.match(text, end, min(len(text), end + 60)) is not None:
        return True
    if (number <= _DAYS and (before in _MONTHS or _next_word(text, end) in _MONTHS)) or (
        text[start - 1 : start] == "[" and text[end : end + 1] == "]"
    ):
        return True
    if number in _YEARS and len(written) == 4:  # noqa: PLR2004 - a year
        return (
            before in _YEAR_CUES
            or before in _MONTHS
            or _AFTER_DAY.search(text, max(0, start - 8), start) is not None
        )
    return False


def _in_phone(text: str, start: int, end: int) -> bool:
    """
    Whether ``text[start:end]`` lies inside a phone number.
    """
    window = _PHONE.finditer(text, max(0, start - 16), min(len(text), end + 16))
    return any(phone.start() <= start and end <= phone.end() for phone in window)


def _build_range(match: regex.Match[str], rule_id: str) -> list[Quantity]:
    text = match.string
    low = _one_number(text, match.start("low"), match.end("low"))
    high = _one_number(text, match.start("high"), match.end("high"))
    if low is None or high is None:
        return []
    low = _distribute(text, match, low, high)
    if low >= high or _in_phone(text, match.start("low"), match.end("high")):
        return []
    between = _normalize(text[match.end("low") : match.start("high")])
    hedged = between == "or"
    qual = _group(match, "qual")
    bounds = _bounds(_kind(_QUALIFIER_KIND, text, qual), None, low, high, number=False)
    if bounds is None:  # pragma: no cover - ranges take every qualifier
        return []
    start = qual[0] if qual is not None else match.start()
    new_low, new_high, more_hedged = bounds
    return [
        _quantity(text, start, match.end(), (new_low, new_high, hedged or more_hedged), rule_id)
    ]


def _distribute(text: str, match: regex.Match[str], low: int, high: int) -> int:
    """
    Spread a scale written once over both ends: "two to three million" starts at 2,000,000.
    """
    tokens = list(_tokens(text, match.start("high"), match.end("high")))
    low_tokens = list(_tokens(text, match.start("low"), match.end("low")))
    if not tokens or tokens[-1].kind not in {"scale", "big"}:
        return low
    if any(token.kind in {"scale", "big", "dozen"} or token.multiplied for token in low_tokens):
        return low
    scale = int(tokens[-1].value)
    if low * scale < high and low < high // scale:
        return low * scale
    return low


def _build_vague(match: regex.Match[str], rule_id: str) -> list[Quantity]:
    text = match.string
    vague = _group(match, "vague")
    if vague is None:  # pragma: no cover - the group is not optional
        return []
    low, high = _VAGUE[_normalize(text[vague[0] : vague[1]])]
    qual, suffix = _group(match, "qual"), _group(match, "suffix")
    prefix, after = _kind(_QUALIFIER_KIND, text, qual), _kind(_SUFFIX_KIND, text, suffix)
    bounds = _bounds(prefix, after, low, high, number=False)
    if bounds is None:  # pragma: no cover - vague amounts take every qualifier
        return []
    start = qual[0] if qual is not None else vague[0]
    end = suffix[1] if suffix is not None and after is not None else vague[1]
    return [_quantity(text, start, end, (bounds[0], bounds[1], True), rule_id)]


def _half(
    text: str, qual: tuple[int, int], num: tuple[int, int], suffix: tuple[int, int] | None
) -> tuple[int, int, tuple[int | None, int | None, bool]] | None:
    value = _one_number(text, num[0], num[1])
    if value is None:
        return None
    after = _kind(_SUFFIX_KIND, text, suffix)
    bounds = _bounds(_kind(_QUALIFIER_KIND, text, qual), after, value, value, number=True)
    if bounds is None:
        return None
    end = suffix[1] if suffix is not None and after is not None else num[1]
    return qual[0], end, bounds


def _build_pair(match: regex.Match[str], rule_id: str) -> list[Quantity]:
    text = match.string
    qual, qual2 = _group(match, "qual"), _group(match, "qual2")
    num, num2 = _group(match, "num"), _group(match, "num2")
    if qual is None or qual2 is None or num is None or num2 is None:  # pragma: no cover
        return []
    first = _half(text, qual, num, None)
    second = _half(text, qual2, num2, _group(match, "suffix"))
    if first is None or second is None:
        return []
    (low1, high1, hedged1), (low2, high2, hedged2) = first[2], second[2]
    merged: tuple[int, int] | None = None
    if high1 is None and low2 is None and low1 is not None and high2 is not None:
        merged = (low1, high2)
    elif low1 is None and high2 is None and high1 is not None and low2 is not None:
        merged = (low2, high1)
    if merged is not None and merged[0] <= merged[1]:
        bounds = (merged[0], merged[1], hedged1 or hedged2)
        return [_quantity(text, first[0], second[1], bounds, rule_id)]
    single = "quantity.number"
    return [
        _quantity(text, first[0], first[1], first[2], single),
        _quantity(text, second[0], second[1], second[2], single),
    ]


def _build(compiled: CompiledRule, match: regex.Match[str]) -> list[Quantity]:
    rule_id = compiled.rule.id
    if rule_id.startswith("quantity.range."):
        return _build_range(match, rule_id)
    if rule_id == "quantity.bound.pair":
        return _build_pair(match, rule_id)
    if rule_id == "quantity.vague":
        return _build_vague(match, rule_id)
    return _build_number(match, rule_id)


# --- the implementation of newsevents.quantities' functions ------------------------------


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """
    `newsevents.quantities.find_quantities` of a `str` (not checked here).
    """
    length = len(text)
    first = min(max(start, 0), length)
    last = length if end is None else min(max(end, first), length)
    quantities: list[Quantity] = []
    reached = first
    starts = [
        word
        for word in _WORD.finditer(text, first, last)
        if (token := word.group()).lower() in _STARTS or token[0].isdigit() or token in _SIGNS
    ]
    for word in starts:
        at = word.start()
        if at < reached or not _may_start(text, word, last):
            continue
        anchor = _ANCHOR.match(text, at, last)
        if anchor is None:
            continue
        for compiled, match in _candidates(text, anchor, last):
            built = _build(compiled, match)
            if built:
                quantities.extend(built)
                reached = match.end()
                break
    return quantities


def _rules_at(
    text: str, anchor: regex.Match[str], last: int
) -> tuple[tuple[int, CompiledRule], ...]:
    """
    The rules worth trying at *anchor*, by what starts there (a qualifier: by what follows it).
    """
    kind = anchor.lastgroup
    if kind in {"qual", "sign"}:
        after = _skip_space(text, anchor.end(), last)
        filler = _FILLER_WORDS.match(text, after, last)
        if filler is not None:
            after = filler.end()
        following = _ANCHOR.match(text, after, last)
        if following is None or following.lastgroup in {"qual", "sign", "from"}:
            return ()
        if following.lastgroup == "digit":
            return _QUALIFIED_DIGIT_RULES
        return _RULES_BY_ANCHOR[following.lastgroup or ""]
    if kind == "digit":
        return _DIGIT_RULES
    return _RULES_BY_ANCHOR[kind or ""]


def _may_start(text: str, word: regex.Match[str], last: int) -> bool:
    """
    Whether a count can start at *word*, a digit, a sign or a word in `_STARTS`.

    A common first word ("the", "in", "a") starts one only before the right second word
    ("the best part of", "in excess of", "a dozen").
    """
    seconds = _SECOND_WORDS.get(word.group().lower())
    if seconds is None:
        return True
    following = _WORD.match(text, _skip_space(text, word.end(), last), last)
    return following is not None and following.group().lower() in seconds


def _skip_space(text: str, at: int, last: int) -> int:
    while at < last and text[at].isspace():
        at += 1
    return at


def _by_length_and_order(
    candidate: tuple[int, int, CompiledRule, regex.Match[str]],
) -> tuple[int, int]:
    """
    The sort key of `_candidates`: the longest match first, then table order.
    """
    return candidate[0], candidate[1]


def _candidates(
    text: str, anchor: regex.Match[str], last: int
) -> list[tuple[CompiledRule, regex.Match[str]]]:
    """
    The rule matches at *anchor*, longest first (then in table order).
    """
    at = anchor.start()
    rules = _rules_at(text, anchor, last)
    if _NUMBER_RULES[0] in rules:
        # Every rule here starts like the number rule; most counts are a plain number, so
        # try the others only where a range or a second bound follows the number.
        _, compiled = _NUMBER_RULES[0]
        number = compiled.pattern.match(text, at, last)
        if number is None:
            return []
        end = number.end("num")
        ranged = _RANGE_HINT.match(text, end, last) is not None
        paired = _PAIR_HINT.match(text, end, last) is not None
        if not ranged and not paired:
            return [(compiled, number)]
        rules = tuple(
            (order, rule)
            for order, rule in rules
            if rule.rule.id == "quantity.number"
            or (paired and rule.rule.id == "quantity.bound.pair")
            or (ranged and rule.rule.id.startswith("quantity.range."))
        )
    matches = [
        (match.start() - match.end(), order, compiled, match)
        for order, compiled in rules
        if (match := compiled.pattern.match(text, at, last)) is not None
    ]
    matches.sort(key=_by_length_and_order)
    return [(compiled, match) for _, _, compiled, match in matches]


@functools.lru_cache(maxsize=2048)
def parse_cached(text: str) -> Quantity | None:
    """
    `newsevents.quantities.parse_quantity` of a `str` (not checked here).

    Cached: records are frozen, and the same phrases recur.
    """
    quantities = find_quantities(text)
    return quantities[0] if quantities else None


def quantity_from_match(match: regex.Match[str] | None, group: str = "count") -> Quantity | None:
    """
    `newsevents.quantities.quantity_from_match`.
    """
    if match is None or match.start(group) < 0:
        return None
    quantities = find_quantities(match.string, start=match.start(group), end=match.end(group))
    return quantities[0] if quantities else None
