"""
Recognise temporal expressions and normalise them to TIMEX3.

Recognition is driven by head words: `_find_heads` locates every month, weekday, unit,
number... of the text (the head words among its words, by set membership, then one pass of
`bytes.find`); for each head, the rules of
`newsevents.rules.timex` that can contain it are tried, as one alternation anchored at the
run of starter words just before it, and at the head itself as the shorter alternation of
those rules that can begin with the word.
Each match goes to the normaliser its rule's ``kind`` names, with a `State` that carries the
reference date and the last dates mentioned (the anchors of "the previous day", "a year
earlier", "the year-ago quarter", a clock time without a day).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Callable, Sequence
from typing import Final, NamedTuple

import attrs
import regex
from dateutil.easter import easter

from newsevents._rules import (
    FLAGS,
    Rule,
    RuleSet,
    atom_end,
    compile_pattern,
    compile_rules,
    group_end,
    spell_out_lists,
)
from newsevents.model import Span, TimeExpression, TimexMod, TimexType
from newsevents.rules._timex_lexicon import (
    ADVERBS_BEFORE_ADJECTIVES,
    AMOUNT_WORDS,
    ARRANGING_VERBS,
    BROADCASTERS,
    DAY_SHIFT_WORDS,
    DEADLINE_WORDS,
    DECADE_WORDS,
    DETERMINERS,
    FEELING_WORDS,
    FIGURE_NOUNS,
    FUNCTION_WORDS,
    FUTURE_CUES,
    FUTURE_WORDS,
    INCIDENT_NOUNS,
    MODAL_CUES,
    MONTHS,
    NUMBERS,
    OBJECT_TO_CUES,
    ORDINALS,
    PARTS_OF_DAY,
    PASSIVE_AUXILIARIES,
    PAST_CUES,
    PAST_PARTICIPLES,
    PAST_PLAN_WORDS,
    PAST_WORDS,
    PLAN_CUES,
    PREMOD_LAST_WORDS,
    PREMODS,
    PRESENT_COPULAS,
    PROGRAMME_NOUNS,
    PROGRAMME_STOP_WORDS,
    RESCHEDULE_PARTICLES,
    RESCHEDULE_VERBS,
    SCHEDULE_VERBS,
    SCHEDULED_NOUNS,
    SEASONS,
    SKIP_WORDS,
    TO_CUES,
    TO_OBJECTS,
    UNITS,
    VEHICLE_MAKES,
    WEEKDAYS,
    WEEKEND_GATHERINGS,
    YEAR_PREPOSITIONS,
)
from newsevents.rules.timex import (
    HEADS,
    LEXICON,
    LIST_DAY_RULES,
    POSTMOD_RULES,
    PREMOD_RULES,
    RANGE_CLOCK_RULES,
    STARTERS,
    TIMEX_RULES,
)
from newsevents.text import ends_sentence, keep_lower, make_span
from newsevents.timex._calendar import (
    format_value,
    grain_of,
    interval,
    is_timex_value,
    shift,
    start_of,
)

__all__ = ["State", "scan", "stamp_paragraph", "stamp_start"]


def _lists_used(pattern: str) -> dict[str, tuple[str, ...]]:
    return {name: words for name, words in LEXICON.items() if f"\\L<{name}>" in pattern}


def _compile_each(rules: tuple[Rule, ...]) -> RuleSet:
    """
    Compile a rule table of this module, checking every rule's examples.
    """
    return compile_rules(rules, LEXICON, prefix="timex.")


_RULES: Final = _compile_each(TIMEX_RULES)
_PREMOD: Final = _compile_each(PREMOD_RULES).by_id("timex.mod.pre").pattern
_POSTMOD: Final = _compile_each(POSTMOD_RULES).by_id("timex.mod.post").pattern
_LISTS: Final = _compile_each(LIST_DAY_RULES)
_LIST_DAY: Final = _LISTS.by_id("timex.date.list_day").pattern
_LIST_DAY_GROUP: Final = _LIST_DAY.groupindex["day"]
_LIST_YEAR_GROUP: Final = _LIST_DAY.groupindex["year"]
_SECOND_YEAR: Final = _LISTS.by_id("timex.date.list_year").pattern
_RANGE_FIRST: Final = _compile_each(RANGE_CLOCK_RULES).by_id("timex.time.range_first").pattern
#: Opens a pattern matched at a position that starts with blanks: at that position (`\G`), or
#: where no blank stands before.  A search through a long run of blanks then tries the run's
#: first position alone, not each one to read the rest of the run (quadratic in its length).
_NOT_MID_BLANKS: Final = r"(?:\G|(?<![^\S\n]))"
#: A clock time with its half of the day ("5:30 p.m.", "2am"), read in the second time of a range.
_MERIDIEM: Final = regex.compile(r"\d\s?(?:[ap]\.\s?m\b|[ap]m\b)", regex.IGNORECASE)
#: The numbers of the qualifying words' groups (a group read by number costs far less).
_PREMOD_WORD: Final = _PREMOD.groupindex["premod"]
_POSTMOD_WORD: Final = _POSTMOD.groupindex["postmod"]


def _alternative(index: int, rule: Rule) -> str:
    r"""
    Rule *index* as a named group of a grammar, its word lists written out as tries.

    A ``\L<name>`` list looks up every length its words have at each try; a trie fails at
    the first letter that leads nowhere (`spell_out_lists`): the same matches, fewer steps.
    """
    if rule.case_sensitive:
        return f"(?P<r{index}>(?-i:{rule.pattern}))"
    return f"(?P<r{index}>{spell_out_lists(rule, LEXICON).pattern})"


#: Kinds in the order they are most often matched in news (for `_class_pattern`).
_COMMON_KINDS: Final = {
    kind: rank
    for rank, kind in enumerate(
        ("weekday", "date", "year", "relative", "duration", "month", "vague", "quarter", "ago")
    )
}


class _Grammar:
    """
    The rules that can contain one head word, as one alternation, and how to try them.

    A plain class, native when compiled (hatch_build.py); never changed once built.
    """

    __slots__ = ("at_head", "capitalised", "names", "pattern", "rules", "starters")

    def __init__(
        self,
        *,
        pattern: regex.Pattern[str],
        rules: tuple[tuple[int, Rule, str, dict[str, int]], ...],
        names: frozenset[str],
        starters: frozenset[str],
        capitalised: bool,
        at_head: _Grammar | None = None,
    ) -> None:
        self.pattern = pattern
        #: (group of the rule, rule, kind, the number of each named group of the rule),
        #: commonest kinds first: a group read by number costs a tenth of one read by name
        #: (`regex` tries the name as a number first, and formats the error it catches)
        self.rules = rules
        self.names = names  # the pattern's named groups (``groupindex`` builds a new dict)
        self.starters = starters  # words left of the head a rule of the pattern can start with
        self.capitalised = capitalised  # month and holiday names count only when capitalised
        #: the rules that can start with the head word itself, tried at the head (``None``: all)
        self.at_head = at_head

    def with_head(self, at_head: _Grammar) -> _Grammar:
        """
        This grammar, with *at_head* the rules tried at the head word itself.
        """
        return _Grammar(
            pattern=self.pattern,
            rules=self.rules,
            names=self.names,
            starters=self.starters,
            capitalised=self.capitalised,
            at_head=at_head,
        )


def _grammar(indices: tuple[int, ...], *, capitalised: bool, starts: bool = True) -> _Grammar:
    """
    One alternation of the rules *indices* of `_RULES`, in table order.

    With *starts* false it is tried only at its head word: its starter words are not computed.
    """
    chosen = [(index, _RULES.rules[index].rule) for index in indices]
    # every expression starts at a word or an apostrophe ("'80s", "in \u201908"): the prefix
    # keeps an unanchored scan from trying every position inside words and runs of digits
    source = (
        r"(?:\b(?=\w)|(?=['\u2019\u2018]))(?:"
        + "|".join(_alternative(index, rule) for index, rule in chosen)
        + ")"
    )
    # which rule matched is found by testing the rules' groups: commonest kinds first
    found_order = sorted(chosen, key=lambda item: _COMMON_KINDS.get(item[1].get("kind") or "", 99))
    pattern = compile_pattern(source, _lists_used(source))
    return _Grammar(
        pattern=pattern,
        rules=tuple(
            (
                pattern.groupindex[f"r{index}"],
                rule,
                rule.get("kind") or "",
                {name: pattern.groupindex[name] for name in _RULES.rules[index].pattern.groupindex},
            )
            for index, rule in found_order
        ),
        names=frozenset(pattern.groupindex),
        # a partial match of the word and a space
        starters=frozenset(
            word
            for word in (_STARTERS if starts else ())
            if pattern.match(word + " ", partial=True) is not None
        ),
        capitalised=capitalised,
    )


#: The grammar of no rule: it matches nothing.
_NEVER: Final = _Grammar(
    pattern=compile_pattern(r"(?!)"),
    rules=(),
    names=frozenset(),
    starters=frozenset(),
    capitalised=False,
)


def _can_contain(rule: Rule, word: str) -> bool:
    r"""
    Whether a match of *rule* can contain the head *word*.

    The word must overlap a literal word of the pattern or a word of a list it uses
    ("mondays" overlaps the weekday "monday"); words that are not all letters ("q3") are
    assumed to fit every rule of their classes.
    No rule consumes letters with a generic class (``\w+``, ``\S+`` only look ahead), so a
    rule that names no such word cannot match across it.
    """
    if not word.isalpha():
        return True
    atoms = set(_LETTERS.findall(rule.pattern.lower()))
    for name, words in LEXICON.items():
        if f"\\L<{name}>" in rule.pattern:
            atoms.update(words)
    return word in atoms or any(
        len(atom) >= _MIN_ATOM and (atom in word or word in atom) for atom in atoms
    )


_LETTERS: Final = compile_pattern(r"[a-z]{2,}")
_MIN_ATOM: Final = 3

_CLASSES_OF: Final[dict[str, frozenset[str]]] = {}
for _name, _words in HEADS.items():
    for _word in _words:
        _CLASSES_OF[_word] = _CLASSES_OF.get(_word, frozenset()) | {_name}
_STARTERS: Final = frozenset(STARTERS | set(_CLASSES_OF))
#: Heads of holidays also written in lower case ("on election day").
_LOWERCASE_HOLIDAYS: Final = frozenset({"election"})


def _can_start(index: int, word: str) -> bool:
    """
    Whether a match of rule *index* of `_RULES` can begin with the head *word*.

    A partial match of the word alone, in the ways it may be written, says so.  A
    lookbehind reads text the word lacks: it is tested as if it held (`_without_lookbehinds`),
    so a rule that can begin with the word only after "in " ("in the old days") is kept.
    """
    pattern = _opening_pattern(index)
    variants = {word, word.capitalize(), word.title(), word.upper()}
    return any(pattern.match(variant, partial=True) is not None for variant in variants)


@functools.cache
def _opening_pattern(index: int) -> regex.Pattern[str]:
    """
    The pattern of rule *index* of `_RULES` for `_can_start`: its lookbehinds dropped.

    Without them the pattern matches wherever the rule does, and more: a word it cannot
    begin with is one the rule cannot begin with.
    """
    compiled = _RULES.rules[index]
    if "(?<" not in compiled.rule.pattern:
        return compiled.pattern
    source = _without_lookbehinds(compiled.rule.pattern)
    flags = FLAGS & ~regex.IGNORECASE if compiled.rule.case_sensitive else FLAGS
    return compile_pattern(source, _lists_used(source), flags=flags)


def _without_lookbehinds(pattern: str) -> str:
    r"""
    *pattern* with every lookbehind group, ``(?<=...)`` and ``(?<!...)``, removed.

    Escapes and character sets are skipped whole, so their brackets do not count.

    >>> _without_lookbehinds(r"(?:(?<=\bmid-)|(?<![\d(])(?<!\bNo\.\s))(?P<year>\d{4})")
    '(?:|)(?P<year>\\d{4})'
    """
    kept: list[str] = []
    index = 0
    while index < len(pattern):
        if pattern.startswith(("(?<=", "(?<!"), index):
            index = group_end(pattern, index)
            continue
        step = atom_end(pattern, index)
        kept.append(pattern[index:step])
        index = step
    return "".join(kept)


def _grammars() -> tuple[dict[str, _Grammar], _Grammar]:
    """
    The grammar of every head word that some rule can contain, and that of numbers.

    A word's grammar carries, as ``at_head``, the alternation of those of its rules that can
    begin with the word: the one tried at the head itself, shorter than the whole.
    """
    # keyed by the rules' indices and whether the head must be capitalised
    cache: dict[tuple[tuple[int, ...], bool], _Grammar] = {}
    at_head: dict[tuple[tuple[int, ...], bool], _Grammar] = {
        ((), False): _NEVER,
        ((), True): _NEVER,
    }
    by_word: dict[str, _Grammar] = {}
    for word, classes in _CLASSES_OF.items():
        indices = tuple(
            index
            for index, compiled in enumerate(_RULES)
            if classes & set((compiled.rule.get("heads") or "").split())
            and _can_contain(compiled.rule, word)
        )
        if not indices:
            continue  # no rule can contain the word: it is no head
        capitalised = (
            classes in {frozenset({"month"}), frozenset({"holiday"})}
            and word not in _LOWERCASE_HOLIDAYS
        )
        key = (indices, capitalised)
        if key not in cache:
            cache[key] = _grammar(indices, capitalised=capitalised)
        grammar = cache[key]
        opening = tuple(index for index in indices if _can_start(index, word))
        if opening == indices:
            by_word[word] = grammar
            continue
        opening_key = (opening, capitalised)
        if opening_key not in at_head:
            at_head[opening_key] = _grammar(opening, capitalised=capitalised, starts=False)
        by_word[word] = grammar.with_head(at_head[opening_key])
    digits = tuple(
        index
        for index, compiled in enumerate(_RULES)
        if "digit" in (compiled.rule.get("heads") or "").split()
    )
    return by_word, _grammar(digits, capitalised=False)


_GRAMMAR_OF, _DIGIT_GRAMMAR = _grammars()


def _alone_at(
    word: str, rule_ids: tuple[str, ...], *, capitalised: bool
) -> tuple[_Grammar | None, _Grammar | None]:
    """
    The grammar tried at *word*, and the first of *rule_ids* alone as a grammar.

    At "Tuesday" the rules that can begin with the word are the dates "Tuesday, March 17"
    and "Tuesday 17 March", the sets "Tuesdays", "Tuesday nights" and the weekday itself; at
    "March" the dates "March 17", "March the 17th", "March eighth", the months "March 2020",
    "March of 1999" and the month itself. When `_weekday_follows` or `_month_follows` says
    none of the longer ones can go on, the first rule alone is tried (a far shorter pattern,
    the same match). ``(None, None)`` when the table no longer has exactly *rule_ids* there:
    then every head is tried with its whole grammar.
    """
    at_head = _GRAMMAR_OF[word].at_head
    ids = [rule.id for _, rule, _, _ in at_head.rules] if at_head is not None else []
    if sorted(ids) != sorted(rule_ids):
        return None, None
    alone = next(index for index, compiled in enumerate(_RULES) if compiled.rule.id == rule_ids[0])
    return at_head, _grammar((alone,), capitalised=capitalised, starts=False)


#: The rules that can begin with a weekday name, the weekday rule first.
_WEEKDAY_RULES: Final = (
    "timex.date.weekday",
    "timex.date.month_day",
    "timex.date.day_month",
    "timex.set.weekdays",
    "timex.time.stamp",  # "Sunday, November 30, 2014 8:20 AM": a date follows the weekday
    "timex.date.slash",  # "Tuesday, 1/5/2016"
)
_WEEKDAY_AT_HEAD, _WEEKDAY_ALONE = _alone_at("monday", _WEEKDAY_RULES, capitalised=False)
#: The first three letters of every month name: a date after a weekday begins with one.
_MONTH_OPENINGS: Final = frozenset(word[:3] for word in MONTHS)
#: The first three letters of every weekday name.
_WEEKDAY_OPENINGS: Final = frozenset(word[:3] for word in WEEKDAYS)
#: What may follow a weekday and spaces in a set ("Tuesday nights", "Monday and Tuesday").
_SET_OPENINGS: Final = ("mornings", "afternoons", "evenings", "nights", "and", "or")
_SET_READ: Final = len("afternoons") + 1
_ASCII_LOWER: Final = frozenset("abcdefghijklmnopqrstuvwxyz")
_ASCII_SPACE: Final = frozenset(" \t\n\r\x0b\x0c")


def _weekday_follows(text: str, lowered: str, head: int, hi: int) -> bool:
    """
    Whether a date or a set may go on after the weekday name at *head* (ending before *hi*).

    A date needs spaces (after "." or ",") and then a capital month name or a digit, maybe
    after "the"; a set needs "s", or spaces and "nights", "and"...  Anything else: the
    weekday rule alone decides.  A character that is not ASCII may be a space or a letter
    to the pattern (which ignores case): then the answer is yes, but for a few quote marks
    and dashes.
    """
    hi = min(hi, len(lowered))  # a range may claim more than the text (the pattern stops)
    day = lowered.find("day", head, hi)  # every weekday name ends in "day"
    end = day + len("day")
    if day < 0 or end >= hi:
        return False
    char = lowered[end]
    can_be_set = True
    if char == "." or char == ",":  # noqa: PLR1714 - two characters, no set
        can_be_set = False
        end += 1
        if char == "." and end < hi and lowered[end] == ",":
            end += 1
        if end >= hi:
            return False
        char = lowered[end]
    elif char == "s":
        return True  # "Tuesdays"
    if char not in _ASCII_SPACE:
        return not char.isascii() and char not in _NO_SPACES
    while end < hi and lowered[end] in _ASCII_SPACE:
        end += 1
    if can_be_set and end < hi and lowered[end] == ",":
        # "Sunday , July 10": text split into tokens has a space before the comma
        can_be_set = False
        end += 1
        while end < hi and lowered[end] in _ASCII_SPACE:
            end += 1
    if can_be_set and _part_then_date(text, lowered, end, hi):
        return True  # "Monday night, June 27th"
    if end < hi and lowered.startswith("the", end):  # "Tuesday, the 17th"
        after = end + 3
        if after < hi and not lowered[after].isascii() and lowered[after] not in _NO_SPACES:
            return True  # maybe a space that is not ASCII
        while after < hi and lowered[after] in _ASCII_SPACE:
            after += 1
        if after > end + 3 and after < hi and _may_open_date(text, lowered, after):
            return True
    if end >= hi:
        return False
    if _may_open_date(text, lowered, end):
        return True
    if not can_be_set or lowered[end] in _NO_SPACES:
        return False
    if not lowered[end : end + _SET_READ].isascii():
        return True  # "\u017f" is an "s" to the pattern ("nights")
    return lowered.startswith(_SET_OPENINGS, end)


def _part_then_date(text: str, lowered: str, index: int, hi: int) -> bool:
    """
    Whether a part of the day at *index* is followed by a date ("night, June 27th").
    """
    for part in _DAY_PARTS:
        if lowered.startswith(part, index):
            after = index + len(part)
            if after < hi and lowered[after] == ",":
                after += 1
            start = after
            while after < hi and lowered[after] in _ASCII_SPACE:
                after += 1
            return start < after < hi and _may_open_date(text, lowered, after)
    return False


#: The parts of the day a weekday and its date may hold between them.
_DAY_PARTS: Final = ("morning", "afternoon", "evening", "night")


def _may_open_date(text: str, lowered: str, index: int) -> bool:
    """
    Whether the date of a weekday may begin at *index*: a digit, a capital month name.
    """
    char = text[index]
    if not char.isascii():
        return char not in _NO_SPACES
    if char.isdigit():
        return True
    return char.isupper() and lowered[index : index + 3] in _MONTH_OPENINGS


#: Characters that are not ASCII but surely no space, digit or letter (quote marks, dashes).
_NO_SPACES: Final = frozenset("\u2018\u2019\u201c\u201d\u2013\u2014\u2026")


#: The rules that can begin with a month name, the month rule first.
_MONTH_RULES: Final = (
    "timex.date.month",
    "timex.date.month_day",
    "timex.date.month_year",
    "timex.time.stamp",  # "April 13, 2015 9:23:14 AM": a day follows the month
)
_MONTH_AT_HEAD, _MONTH_ALONE = _alone_at("march", _MONTH_RULES, capitalised=True)
#: Ordinals the day of a date is never ("the last", "the final").
_NO_DAY_WORDS: Final = ("last", "final")
#: Words a day or a year after a month may begin with: ordinals ("March eighth") and the
#: openings of a spelled year ("nineteen ninety-seven", "two thousand").
_DAY_WORD_OPENINGS: Final = (
    *(word for word in ORDINALS if (word.isalpha() or "-" in word) and word not in _NO_DAY_WORDS),
    "nineteen",
    "eighteen",
    "two",
)
#: How far `_month_follows` reads a word for a character that is not ASCII.
_WORD_READ: Final = max(len(word) for word in _DAY_WORD_OPENINGS) + 1


def _month_follows(text: str, lowered: str, head: int, hi: int) -> bool:
    """
    Whether a day or a year may go on after the month name at *head* (ending before *hi*).

    They need spaces (after "." or ","), then a digit, "the", "of", an ordinal or a spelled
    year, or a digit right after "." ("Sept.11"); anything else, and the month rule alone
    decides.  A character that is not ASCII
    may be a space, a digit or a letter to the pattern: then the answer is yes, but for a
    few quote marks and dashes.
    """
    del text
    hi = min(hi, len(lowered))  # a range may claim more than the text (the pattern stops)
    end = head
    while end < hi and lowered[end] in _ASCII_LOWER:
        end += 1
    dotted = end < hi and lowered[end] == "."
    if dotted:
        end += 1
    if not dotted and lowered.startswith(" ,", end):
        end += 1  # "June , 2016": text split into tokens has a space before the comma
    if end < hi and lowered[end] == ",":
        end += 1
    if end >= hi:
        return False
    char = lowered[end]
    if dotted and char.isdigit():
        return True  # "Sept.11": a day glued to the abbreviation
    if char not in _ASCII_SPACE:
        return not char.isascii() and char not in _NO_SPACES
    while end < hi and lowered[end] in _ASCII_SPACE:
        end += 1
    if end >= hi:
        return False
    char = lowered[end]
    if char in _APOSTROPHES:
        return lowered[end + 1 : end + 2].isdigit()  # a year: "May '05", "May \u201905"
    if char in _NO_SPACES:
        return False
    if char.isdigit() or not lowered[end : end + _WORD_READ].isascii():
        return True  # a digit, or what the pattern may read as one or as a letter
    if lowered.startswith(_NO_DAY_WORDS, end):
        # "March last year": "last" and "final" alone are no days ("finalst" may be one)
        after = end + (len("last") if char == "l" else len("final"))
        return after < hi and (lowered[after].isalnum() or lowered[after] == "_")
    return lowered.startswith(("the", "of", *_DAY_WORD_OPENINGS), end)


_TOKEN: Final = compile_pattern(r"\w+")
_SPACE_OR_HYPHEN: Final = compile_pattern(r"[\s-]+")
#: Numbers that can begin a digit rule: a year, a decade, a clock time, a slashed date, a
#: dashed one with two digits of a year ("1-17-17").
#: A decimal ("$4.27") is a clock time only before a.m., p.m., o'clock or "in the", an hour
#: alone only before "tonight" or "this morning" ("at 7 tonight"); four
#: digits are one before a time zone, "local" or "hours" ("0900 GMT", "2130 local time"), or
#: before another such ("between 0200 and 0300 hrs").
_NUMBER_HEAD: Final = compile_pattern(
    r"""\b(?=\d)(?:(?:1\d|2[01])\d\d(?!\d) | \d0['\u2019]?s\b
         | \d{1,2}(?=:\d\d|/\d|-\d\d?-\d\d(?!\d)|(?:\.\d\d)?(?:\s*[ap]\.?\s?m\b|\s*o['\u2019]clock|\s+in\s+the\s)
                    |\.\d\d\s+local\b|\s+(?:tonight|this\s+(?:morning|afternoon|evening)|last\s+night)\b
                    |\s+(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:morning|afternoon|evening|night))\b)
         | (?<=(?i:morning|afternoon|evening|night|tonight)\s{1,3}(?i:at|around|about|approximately)\s)
           \d{1,2}(?=\s?[,;)]|\.\s|\s(?:on|in|at|near|outside|when|as)\b)
         | [0-2]\d[0-5]\d(?=\s*(?:[ECMP][SD]T|GMT|UTC|local|hours|hrs)\b
                          |\s(?:and|to|until)\s[0-2]\d[0-5]\d\s+(?:hours|hrs)\b)
         | (?<=['\u2019\u2018])\d\d\b
         | (?<=(?i:\bthe)\s)\d{1,2}(?:st|nd|rd|th)\b(?=[^\S\n]?[^\w\s-]|\s*\Z|[^\S\n]+(?i:and|or|at|when|to|through|until|till|of)\b)
         | (?<=\bof\sthe\s)\d{1,2}(?:st|nd|rd|th)\b(?![\s-]+(?-i:\p{Ll})))"""
)
_HEAD_WORDS: Final = frozenset(_GRAMMAR_OF)
#: Head words as ASCII bytes (none has another letter), for `_find_heads`.
_HEAD_BYTES: Final = frozenset(word.encode() for word in _HEAD_WORDS)


def _shape(first: int, last: int, size: int) -> int:
    """
    The shape of a word of *size* bytes from *first* to *last*: a number below ``2 ** 14``.

    Five bits of each byte (an ASCII letter's place in the alphabet) and four of the size:
    words of one shape may differ, words of two shapes do.
    """
    return ((first & 31) << 9) | ((last & 31) << 4) | (size & 15)


#: The shapes (`_shape`) of the head words.
_HEAD_SHAPE_SET: Final = frozenset(_shape(word[0], word[-1], len(word)) for word in _HEAD_BYTES)
#: For each shape (`_shape`), 1 if a head word has it: about one word of news in ten does,
#: and only those are looked up among the head words (`_find_heads`).
_HEAD_SHAPES: Final = bytes(1 if shape in _HEAD_SHAPE_SET else 0 for shape in range(1 << 14))
#: What `_find_heads` checks of a hit: nothing, a capital, "old" after a unit, a number
#: (`_NUMBER_HEAD` decides), a year (a head for sure).
_PLAIN, _CAPITALISED, _UNIT, _NUMBER, _YEAR = 0, 1, 2, 3, 4
#: Each head word as bytes: the word between spaces, its length, its grammar and what
#: `_find_heads` checks of it (a capital for month and holiday names, "old" after a unit).
_HEAD_OF: Final = {
    word.encode(): (
        f" {word} ".encode(),
        len(word),
        _GRAMMAR_OF[word],
        _CAPITALISED
        if _GRAMMAR_OF[word].capitalised
        else _UNIT
        if "unit" in _CLASSES_OF[word]
        else _PLAIN,
    )
    for word in _HEAD_WORDS
}
#: Keeps ASCII lower-case letters and digits, turns every other byte into a space.
_ASCII_WORDS: Final = bytes(
    byte if chr(byte) in "0123456789abcdefghijklmnopqrstuvwxyz" else ord(" ") for byte in range(256)
)
_PUNCTUATION: Final = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u2018\u2019\u201c\u201d\u2014\u2013"
_SPLIT_TABLE: Final = str.maketrans(
    dict.fromkeys("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u2018\u2019\u201c\u201d\u2014\u2013", " ")
)
#: How many words left of its head an expression may start ("this year's third quarter").
_LEFT_REACH: Final = 6
_LEFT_CHARS: Final = 45
_TUESDAY: Final = 1
_FRIDAY: Final = 4
_SATURDAY: Final = 5
_SUNDAY: Final = 6
#: A month name with no tense cue means the coming one only if it starts this soon.
_SOON_DAYS: Final = 62
#: The marks that end a sentence or a clause, a closing quotation mark after a full stop too
#: ('a "stellar leader." By Friday').
_SENTENCE_MARKS: Final = (". ", "? ", "! ", "\n", "; ", ": ", '." ', ".\u201d ", '?" ', "?\u201d ")
_ONE_MONTH_DAYS: Final = 31

#: The TIMEX3 types as module constants: an enum member read from its class costs ten times
#: a global's look-up, and every expression reads several.
_DATE: Final = TimexType.DATE
_TIME: Final = TimexType.TIME
_DURATION: Final = TimexType.DURATION
_SET: Final = TimexType.SET

_PAST, _FUTURE, _NEAREST = -1, 1, 0
_UNKNOWN: Final = 2  # a direction not computed yet
#: Words that make the next word a noun or an infinitive, not a verb in the present tense.
_NOT_BEFORE_VERB: Final = frozenset(
    # "s": the possessive split off a day ("Friday['s] meeting"): what follows is its noun
    {"to", "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "of", "did", "s"}
)
#: Capitalised words that still count as tense cues (others are names: "United").
#: Verbs of going toward an event, before "into" or "for" ("heading into Tuesday's primary").
_HEADING: Final = frozenset(
    {"heading", "headed", "girding", "gearing", "bracing", "preparing", "prepared", "prepares"}
)
_HEADING_TO: Final = frozenset({"into", "for", "toward", "towards"})
_CAPITALISED_CUES: Final = FUTURE_CUES | PAST_CUES | _NOT_BEFORE_VERB | _HEADING
#: The words `_cue` can find a direction in (besides the endings "ed" and "'ll").
#: Nouns of "on the heels of", "in the wake of": what follows them is gone (`_cue`).
_IN_THE_WAKE: Final = frozenset({"heels", "wake"})
_CUE_WORDS: Final = (
    FUTURE_CUES
    | PAST_CUES
    | SCHEDULE_VERBS
    | PLAN_CUES
    | MODAL_CUES
    | _HEADING
    | ARRANGING_VERBS
    | PAST_PARTICIPLES
    | {"soon", "early", "to", "could", "couldn't", "recently", "hopes", "wouldn't"}
    | _IN_THE_WAKE
)
#: Words after which an incident noun is a verb ("can win", "to attack", "we win").
_BEFORE_VERBS: Final = (
    MODAL_CUES
    | FUTURE_CUES
    | {"to", "i", "we", "you", "they", "he", "she", "it", "could", "did", "didn't", "not"}
)
#: Words a sentence may open with before the date that frames it ("In 2012, ...").
_FRAME_WORDS: Final = frozenset({"in", "during", "by", "throughout", "on", "at"})
#: What ends a sentence at the end of a word, and the quotes that may close it.
_WORD_STOPS: Final = (".", "!", "?", ";", ":")
_END_QUOTES: Final = "\"'\u201d\u2019)"
#: Relative pronouns: a clause of its own starts after one.
_RELATIVES: Final = frozenset({"who", "which", "that", "whom", "whose", "where", "when"})
#: Prepositions that, after a verb of moving ("moved to", "rescheduled for"), give the new day.
_MOVED_TO: Final = frozenset({"to", "for"})
#: The prepositions a present copula may govern a day through ("the funeral is on Saturday").
_COPULA_PREPOSITIONS: Final = frozenset({"on", "in", "at"})
_CUE_ENDINGS: Final = ("ed", "'ll")
_FINE: Final = {"C": 0, "E": 1, "Y": 2, "H": 3, "Q": 4, "S": 5, "M": 6, "W": 7, "WE": 8, "D": 9}
_UNIT_GRAIN: Final = {
    "S": "D",
    "MIN": "D",
    "H": "D",
    "D": "D",
    "W": "W",
    "WE": "WE",
    "M": "M",
    "Q": "Q",
    "Y": "Y",
}
_UNDERSPECIFIED: Final = {
    "C": "XX",
    "E": "XXX",
    "Y": "XXXX",
    "H": "XXXX-HX",
    "Q": "XXXX-QX",
    "S": "XXXX-XX",
    "M": "XXXX-XX",
    "W": "XXXX-WXX",
    "WE": "XXXX-WXX-WE",
    "D": "XXXX-XX-XX",
}
_QUANTITY_MODS: Final = frozenset(
    {"APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS", ""}
)
_CALENDAR_MODS: Final = frozenset({"START", "END", "MID"})
_VAGUE: Final = {
    "PRESENT_REF": (
        "right now",
        "now",
        "current",
        "currently",
        "nowadays",
        "these days",
        "at present",
        "the present",
        "presently",
    ),
    "PAST_REF": (
        "recently",
        "more recently",
        "lately",
        "late",
        "previously",
        "formerly",
        "the past",
        "the old days",
        "years past",
        "past years",
        "past decades",
        "previous years",
        "previous decades",
        "prior years",
        "prior decades",
        "earlier years",
        "earlier decades",
        "days past",
        "times past",
        "years gone by",
        "days gone by",
        "a long time ago",
        "some time ago",
        "not long ago",
        "long ago",
        "not that long ago",
        "not so long ago",
        "the other day",
        "the other night",
        "the recent past",
        "recent past",
        "distant past",
        "the distant past",
    ),
}
_VAGUE_VALUE: Final = {word: value for value, words in _VAGUE.items() for word in words}
_SET_ADVERBS: Final = {
    "daily": "P1D",
    "everyday": "P1D",  # "I talked to my dad everyday," (for "every day")
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "nightly": "P1D",
    "quarterly": "P3M",
    "biweekly": "P2W",
    "bi-weekly": "P2W",
    "bimonthly": "P2M",
    "bi-monthly": "P2M",
    "semiannually": "P6M",
    "semi-annually": "P6M",
}
_MAY_OK_BEFORE: Final = frozenset(
    {
        "in",
        "since",
        "by",
        "until",
        "last",
        "next",
        "this",
        "of",
        "on",
        "from",
        "before",
        "after",
        "during",
        "through",
        "to",
        "and",
        "early",
        "late",
        "mid",
        "each",
        "every",
        "or",
        "till",
        "late-",
        "mid-",
    }
)


class State:
    """
    What the normaliser knows while it walks a text: the reference and the last date seen.

    A plain class, compiled to a native one (hatch_build.py).
    """

    __slots__ = (
        "anchor",
        "anchor_span",
        "captions_read",
        "day",
        "day_clock",
        "day_end",
        "day_part",
        "day_span",
        "election_ahead",
        "game_story",
        "in_post",
        "incident",
        "incident_small_hours",
        "incident_span",
        "later_stamp",
        "latest_incident",
        "latest_incident_span",
        "log_heading",
        "log_headings",
        "loose_day",
        "loose_month",
        "months_ahead",
        "moved_weekdays",
        "named_months",
        "named_sets",
        "narrative_end",
        "narrative_paragraph",
        "narrative_year",
        "night",
        "night_span",
        "past_day",
        "past_span",
        "post_saved",
        "post_start",
        "post_starts",
        "posts",
        "published",
        "quarter",
        "reference",
        "report_day",
        "report_span",
        "review",
        "review_read",
        "stamp_seen",
        "story_day",
        "then_decade",
        "then_decade_span",
        "written_days",
    )

    def __init__(self, reference: dt.date | None) -> None:
        self.reference = reference
        #: the reference given: `reference` moves to the date of each update's stamp
        #: ("UPDATE (5/17/16):") for what the update tells
        self.published = reference
        #: how far the text was searched for the heading of the original story ("ORIGINAL
        #: POST:") since `reference` moved, which moves it back
        self.stamp_seen = 0
        #: whether the text was read for captions closed by their publication stamp
        #: (`_crawled_page`)
        self.captions_read = False
        #: the latest day a stamp of the page names a few days after its date (an update's,
        #: a caption's, a post's signature), if any (`_later_stamp`)
        self.later_stamp: dt.date | None = None
        #: a review of a year told under its months' headings ("January", ..., "December"
        #: each on a line of its own), as ``(starts, months, year)``: where each heading
        #: starts, its month, and the year reviewed (`_review_headings`), if the text is one
        self.review: tuple[tuple[int, ...], tuple[int, ...], int] | None = None
        self.review_read = False  # whether `review` was read yet (`_review_year`)
        #: whether `reference` was moved by a log's date heading ("Greenfield, Feb. 24"),
        #: for the clock times opening its entries; and how many such headings the text
        #: has, up to two (-1 until counted)
        self.log_heading = False
        self.log_headings = -1
        #: the embedded posts of the text, each ``(start, end, day, utc)``: the post's words,
        #: the day its signature writes, and whether that day is in UTC (`_embedded_posts`)
        self.posts: tuple[tuple[int, int, dt.date, bool], ...] = ()
        self.post_starts: tuple[int, ...] = ()  # where each post starts, to bisect
        #: whether the scan is in an embedded post, and the reference before it entered
        #: (`_post_reference`)
        self.in_post = False
        self.post_saved: dt.date | None = None
        self.post_start = 0  # where the post the scan is in starts
        #: whether the text tells of a game and of no business (`_game_story`; ``None``
        #: until a quarter asks)
        self.game_story: bool | None = None
        #: weekdays a range or a story dated early moved a week ahead of their first reading
        #: ("from Friday evening to Monday morning"), for the same weekday named again
        self.moved_weekdays: dict[int, dt.date] = {}
        #: the year of each month named alone and read as still to come ("holding primaries
        #: in March"), for the same month named again in the past tense ("the March firewall
        #: she had been counting on")
        self.months_ahead: dict[int, int] = {}
        self.anchor: str | None = None
        self.anchor_span: Span | None = None
        #: the last quarter named, for "a year ago" in financial reports
        self.quarter: str | None = None
        self.day: str | None = None  # the last day named, for clock times without a date
        #: the last day named that is not after the reference, for clock times in the past
        #: tense after a coming day ("a vigil is planned for Friday ... shot about 1 a.m.")
        self.past_day: str | None = None
        self.past_span: Span | None = None  # where `past_day` was read
        self.day_end = 0  # where the last day named ends in the text
        #: the part of the day the last day was named with ("Tuesday evening": "EV"), for the
        #: half of a clock time named after it without a.m. or p.m.
        self.day_part: str | None = None
        #: the last day named, when it was a weekday or a day of a month of no known year
        #: ("Wednesday", "March 3" read with no reference: ``XXXX-WXX-3``, ``XXXX-03-03``),
        #: else ""
        self.loose_day = ""
        #: the last date named, when it was a month of no known year ("In November" read
        #: with no reference: ``XXXX-11``), else ""
        self.loose_month = ""
        #: the clock time ("HH:MM") of the last day named, if it was a clock time; its part
        #: of the day ("AF" of ``2016-07-23TAF``) if it named one; else ""
        self.day_clock = ""
        #: the last past day named in a sentence about a killing or an attack, for "ten days
        #: before the shooting"
        self.incident: str | None = None
        self.incident_span: Span | None = None
        #: whether `incident` was dated by a clock time of the small hours ("at 2:15 a.m. on
        #: June 28"): "the night of the shooting" is then the night before
        self.incident_small_hours = False
        #: the latest day such a sentence named (a story's own incident, not one it recalls:
        #: "Sterling was shot July 5" after "three officers were killed Sunday morning")
        self.latest_incident: str | None = None
        self.latest_incident_span: Span | None = None
        #: a day derived from the anchor after it ("two days later"), for "the next morning"
        self.story_day: str | None = None
        #: a decade or century named after the anchor ("By the late 1970s"), for "by then"
        #: (no anchor of other anaphora: "the following year" needs a year)
        self.then_decade: str | None = None
        self.then_decade_span: Span | None = None
        #: the day of the last night named ("the night of the shooting"), for "that night"
        #: told after the day of the report
        self.night: str | None = None
        self.night_span: Span | None = None
        #: when the last day named dates a report ("police said Thursday"), the day named
        #: before it, for clock times in later sentences
        self.report_day: str | None = None
        #: where the last day named, and the day `report_day` names, were read
        self.day_span: Span | None = None
        self.report_span: Span | None = None
        #: the year the last date that wrote it out named (0: none, or the anchor has left
        #: it), and where the last date in that year ends, for months and days named without
        #: a year in a story told of that year ("In the fall of 2007 ... By Jan. 18")
        self.narrative_year = 0
        self.narrative_end = 0
        #: whether that story was set by a year alone, and so ends with its paragraph ("In
        #: 2000, ... by Election Day")
        self.narrative_paragraph = False
        #: the year of each month and day named with one ("Dec. 2, 2015"), for the day named
        #: again without it
        self.written_days: dict[tuple[int, int], int] = {}
        #: whether a November was read as the coming election's, in an election year: a
        #: "November" later in the story told in no past tense is the same ("Then there's
        #: November.")
        self.election_ahead = False
        #: months the text gives as a nickname ("Michael “August” Bournes"), for the name
        #: standing alone anywhere in it ("August and Arie are the only two")
        self.named_months: frozenset[str] = frozenset()
        #: "Daily", "Weekly"... the text gives as a surname ("Mark Weekly"), for the name
        #: opening a sentence anywhere in it ("Weekly and the boy were missing")
        self.named_sets: frozenset[str] = frozenset()

    def __repr__(self) -> str:
        """
        The reference and what was last seen, for debugging.
        """
        return (
            f"State(reference={self.reference!r}, anchor={self.anchor!r},"
            f" quarter={self.quarter!r}, day={self.day!r}, past_day={self.past_day!r},"
            f" incident={self.incident!r},"
            f" story_day={self.story_day!r})"
        )


class _Result(NamedTuple):
    """
    What a normaliser makes of a match (a named tuple: one is built per match, attrs is slower).
    """

    type: TimexType
    value: str
    mod: str | None = None
    #: resolved against an earlier expression: ``True`` for the last date named, or the span
    #: of the one it was resolved against (the incident of "ten days before the shooting")
    anchored: bool | Span = False
    #: whether the value may become the anchor of later anaphora (a day named in passing,
    #: "the Super Tuesday contests", is not one the story goes on from)
    updates: bool = True
    signal: bool = False  # the span ends before its last word, a TimeML SIGNAL ("later")


#: How far left (characters) `_Context.wide_first` reads a long sentence for its cue.
_WIDE_REACH: Final = 180


class _Context:
    """
    One match of a rule, as its normaliser reads it.
    """

    __slots__ = ("groups", "hi", "left_cache", "lo", "match", "state", "tense_cache", "text")

    def __init__(  # noqa: PLR0917 - one per match: positional is cheapest
        self,
        match: regex.Match[str],
        text: str,
        state: State,
        lo: int,
        hi: int,
        groups: dict[str, int],  # the number of each named group of the rule that matched
    ) -> None:
        self.match = match
        self.text = text
        self.state = state
        self.lo = lo
        self.hi = hi
        self.groups = groups
        self.tense_cache: int | None = _UNKNOWN  # `tense`, once computed
        self.left_cache: int | None = None  # the cue left of the match `tense` found

    def raw(self, name: str) -> str | None:
        """
        The text of group *name* as written, or ``None`` (also when the rule has no such group).
        """
        number = self.groups.get(name)
        if number is None:
            return None
        value: str | None = self.match.group(number)
        return value

    def group(self, name: str) -> str | None:
        """
        The text of group *name* in lower case, or ``None``.
        """
        number = self.groups.get(name)
        if number is None:
            return None
        value: str | None = self.match.group(number)
        return None if value is None else value.lower()

    @property
    def reference(self) -> dt.date | None:
        return self.state.reference

    def wide_first(self) -> int:
        """
        Where the match's sentence opens, read over twice the usual left reach.

        `tense` reads a long sentence's far left this way for a future, `_wide_left_past`
        for a past.
        """
        start, end = self.match.span()
        first, _ = _sentence_around(self.text, start, end, (max(self.lo, start - _WIDE_REACH), end))
        return first

    def tense(self) -> int | None:
        """
        The direction the governing verb points: past, future, or ``None`` when unknown.

        The cue nearest the expression decides, left of it in the sentence first, then right
        of it ("will meet on Tuesday", "said on Tuesday", "Tuesday's talks were...").
        """
        if self.tense_cache != _UNKNOWN:
            return self.tense_cache
        start, end = self.match.span()
        text = self.text
        first, stop = _sentence_around(
            text, start, end, (max(self.lo, start - 90), min(self.hi, end + 90))
        )
        direction = self.left_cache = _left_cue(_Words(text[first:start]))
        cut = direction is None and first == max(self.lo, start - 90)
        wills = list(_WILL.finditer(text, max(self.lo, start - _WIDE_REACH), start)) if cut else []
        if wills or (cut and first > self.lo and _no_past_word(text[first:start])):
            # a sentence longer than the reach: a future further left still governs it
            # ("voters won't by themselves determine winners and losers in the state's
            # first-in-the-nation primary Tuesday"), and so does an intent or a condition
            # with no word between that may be a past ("is vowing to “fight for every vote”
            # in the nation's last presidential primary in Washington on Tuesday"; not "the
            # shooting that injured five on Capitol Hill early Sunday", "as laid down by the
            # Feb. 23 accord"); a past one is the default anyway
            wide = self.wide_first()
            will = wills[-1] if wills else None
            if (
                will is None
                and _PARTICIPLE_OPENING.match(text, wide, start) is not None
                and (comma := text.find(",", wide, start)) >= 0
            ):
                # a participle's phrase opening the sentence is no cue's clause: "Having
                # both said we need to unify the party, Speaker Ryan has invited Donald
                # Trump to meet ... on Thursday morning" is read from its comma on
                wide = comma + 1
            if (
                (will.start() >= wide if will is not None else wide < first)
                # no comma after the cue: not "will expand 1.6 percent, more than half a
                # point less than forecast in July"
                and text.find(",", wide if will is None else will.end(), start) < 0
                and _left_cue(_Words(text[wide:start])) == _FUTURE
            ):
                direction = self.left_cache = _FUTURE
        if direction is None or (
            direction == _FUTURE
            and (
                _AHEAD_OF.search(text, first, start) is not None
                or _OPENING_UNTIL.match(text, first, start) is not None
            )
        ):
            # after a day heading its entry ("Jan. 5: Howard Atkinson shot ..."), the entry
            # (`_sentence_around`); a colon that ends the sentence leaves nothing to read;
            # "ahead of" a day looks ahead from the clause's own time, which a past verb
            # after it puts in the past ("Ahead of the March 1 contests, Rubio assumed"), as
            # does "until" opening the sentence ("Until that day in April, he had never")
            after = end + 2 if text.startswith(": ", end) else end
            window = text[after:stop]
            if "wh" in window and _SET_OFF_OPENS.search(window) is not None:
                # "On Monday, Graham—who had previously endorsed Bush— will headline": a
                # relative clause set off after the subject is no verb of the day's clause;
                # read to the sentence's end further on when the clause is long
                if stop == min(self.hi, end + 90) and _SET_OFF_RELATIVE.search(window) is None:
                    _, stop = _sentence_around(
                        text, start, end, (max(self.lo, start - 90), min(self.hi, end + 240))
                    )
                window = _SET_OFF_RELATIVE.sub(" ", text[after:stop])
            right = _right_cue(_Words(window))
            direction = right if direction is None or right == _PAST else direction
        if direction is None and first != start - 90 and _opens_imperative(text, first, start):
            direction = _FUTURE  # "Tune in to WMBF News Thursday at 6 p.m. and Friday at 6 a.m."
        self.tense_cache = direction
        return direction

    def left_tense(self) -> int | None:
        """
        The direction of the cue nearest the expression on its left in the sentence, if any.
        """
        self.tense()  # reads the left cue first, and keeps it
        return self.left_cache

    def near_direction(self) -> int | None:
        """
        The direction the word governing the expression gives, skipping prepositions.

        "until" points forward, "since" back, a verb in the past tense back, a modal forward;
        a deadline ("by", "to", "through") says the nearest date (``_NEAREST``); anything else
        says nothing (``None``).
        """
        start = self.match.start()
        # the loop reads the last four words and the one before them
        raws = self.text[max(self.lo, start - 48) : start].lower().split()[-5:]
        words = [raw.strip(_PUNCTUATION) for raw in raws]
        for index in range(len(words) - 1, max(-1, len(words) - 5), -1):
            word = words[index]
            if raws[index].rstrip(_END_QUOTES).endswith(_WORD_STOPS) and (
                len(word) > 3 or word in PAST_WORDS  # noqa: PLR2004 - not "Oct.", "U.S."
            ):
                return None  # "... is counted. From March": the word ends another sentence
            if word in _MOVED_TO and _moved(words, index):
                return _FUTURE  # "the hearing was moved to Friday": the new day lies ahead
            if word in {"until", "till"}:
                # "Until Thursday, they had not called him a suspect", "it was not until
                # Tuesday that": up to a past day
                if (
                    self._past_perfect_after()
                    or _not_until(words[max(0, index - 4) : index])
                    or self._past_when_after()
                    or self._past_before_until()
                    or self._past_after_opening_until()
                ):
                    return _PAST
                return _FUTURE
            if word == "to" and index > 0 and words[index - 1] == "according":
                return _PAST  # "according to Friday's report": a report out already
            if (
                word in {"to", "through"}
                and index > 1
                and words[index - 1] in _MERIDIEM_WORDS
                and {"from", "between"} & set(words[: index - 1])
            ):
                return None  # "from 10 a.m. to 2 p.m. on May 18": a range's end, no deadline
            if word in DEADLINE_WORDS:
                # "by May", "extended to Nov. 20", "through Sept. 29": the nearest date,
                # unless the sentence is in the future ("will double its flights by August")
                tense = self.tense()
                if (
                    tense == _PAST
                    and word == "by"
                    and _OPENS_FRAME.search(self.text, max(0, start - 8), start) is not None
                ):
                    return _PAST  # "By November, power was restored": a story told back
                if word == "by" and index > 1 and words[index - 2] == "be":
                    # "ordered that the documents be released by Thursday", "to be filed by
                    # Friday": a deadline set, after the order that set it
                    return _FUTURE
                return _FUTURE if tense == _FUTURE else _NEAREST
            if word in {"since", "ago"}:
                return _PAST
            if word in {"soon", "early"} and index > 0 and words[index - 1] == "as":
                return _FUTURE
            if (
                word == "to"
                and index > 1
                and words[index - 1] == "forward"
                and words[index - 2].startswith("look")
            ):
                return _FUTURE  # "looking forward to summer", "looks forward to Friday"
            if word == "of" and index > 0 and words[index - 1] == "ahead":
                # "ahead of the Nov. 8 election": ahead, unless a past verb of its clause
                # tells it ("Ahead of the March 1 contests, Rubio assumed"): the nearest
                return _FUTURE if self.tense() == _FUTURE else None
            if word == "for" and index > 0 and words[index - 1] in _PREPARING:
                # "familiar with the planning for Thursday's meeting says": ahead, unless a
                # past verb of its sentence tells it ("The plans for Friday's rally were
                # drawn up"): the sentence decides
                return None if _sentence_past(self) else _FUTURE
            if (
                word == "for"
                and index > 1
                and words[index - 1] in SCHEDULED_NOUNS
                and any(before in _CALLING_VERBS for before in words[: index - 1])
            ):
                return _FUTURE  # "called a special meeting for Monday night": one to come
            if word == "effect" and index > 0:
                # "the rule takes effect on Dec. 1", "goes into effect": a date set ahead;
                # "took effect", "went into effect": gone
                verb = words[index - 1]
                if verb == "into" and index > 1:
                    verb = words[index - 2]
                if verb in _IN_EFFECT_AHEAD:
                    return _FUTURE
                if verb in _IN_EFFECT_GONE:
                    return _PAST
            if word in _STARTING and self.tense() == _FUTURE:
                # "said starting Monday, the road will be closed": the sentence decides
                return _FUTURE
            if word in SKIP_WORDS or word in _NEAR_QUALIFIERS:
                continue  # "kept going until nearly 2 a.m. Friday": the word before decides
            if word in PLAN_CUES and index > 0 and words[index - 1] in PAST_PLAN_WORDS:
                return _PAST  # "as previously planned Saturday"
            if word in PLAN_CUES and index > 0 and words[index - 1] == "as":
                return None  # "went on as planned Saturday": the sentence decides
            if (
                word == "set"
                and index > 1
                and words[index - 1] == "been"
                and words[index - 2] in {"had", "hadn't"}
            ):
                return None  # "No bond had been set as of Wednesday": past, no plan
            if (
                word == "set"
                and index > 0
                and words[index - 1] not in _SET_AUXILIARIES
                and all(after in _SET_OBJECT_WORDS for after in words[index + 1 :])
            ):
                # "and set Friday as the deadline", "its record high set on Aug. 6": a past
                # or present verb, or a participle; the sentence decides ("is set Friday",
                # "the vote set for Friday": ahead)
                return None
            if word in FUTURE_WORDS:
                return _FUTURE
            if word in PRESENT_COPULAS and all(
                after in _COPULA_PREPOSITIONS for after in words[index + 1 :]
            ):
                return _FUTURE  # "the funeral is Saturday", "the trial is in March"
            if word in SCHEDULE_VERBS:
                previous = words[index - 1] if index > 0 else ""
                return None if previous in _NOT_BEFORE_VERB else _FUTURE
            if word == "qualified" and words[index + 1 : index + 2] == ["for"]:
                # "barely qualified for Tuesday's undercard debate": an event after the
                # qualifying, the nearest one
                return _NEAREST
            if word in PAST_WORDS or _ed_form(word):
                previous = words[index - 1] if index > 0 else ""
                if (
                    previous == "be"
                    and index == len(words) - 1
                    and index > 1
                    and words[index - 2] == "to"
                    and (index < 3 or words[index - 3] not in {"was", "were"})  # noqa: PLR2004
                ):
                    # "an address ..., to be delivered Wednesday": ahead (not "was to be
                    # held Monday", a plan of the past)
                    return _FUTURE
                if _clause_decides(words, index) or previous in _PRESENT_BE:
                    # a passive ("will be paid Dec. 14", "when he is sentenced Dec. 2") or a
                    # participle after a linking verb ("will remain closed Monday"): the
                    # sentence decides
                    return None
                if previous in _ARTICLES and word not in PAST_WORDS:
                    return None  # "a scrambled November landscape": an adjective
                return _PAST
            return None
        return None

    def right_verb(self) -> int | None:
        """
        The direction of a verb right after the expression ("the ministry on Sunday issued").

        Only the next word counts, with nothing but a space before it; ``None`` otherwise.
        """
        end = self.match.end()
        right = self.text[end : min(self.hi, end + 24)]
        if not right[:1].isspace():
            return None
        words = right.split()
        if len(words) < 2:  # noqa: PLR2004 - the word may be cut by the window
            return None
        word = words[0]
        if not word.isalpha() or not word.islower():
            return None
        if word == "due" and words[1] == "to":
            return None  # "on Wednesday due to safety concerns": a cause, not a plan
        if word in FUTURE_WORDS:
            # "Saturday would have been Reagan's birthday": a modal perfect looks back
            return _PAST if words[1] in {"have", "'ve"} else _FUTURE
        if word in PAST_WORDS or _ed_form(word):
            return _PAST
        return None

    def next_to_incident(self) -> bool:
        """
        Whether an incident noun stands right before or after the expression.

        "the gun scare on Monday", "the win Tuesday" (a noun right before, or before "on",
        "in", "at"), "a Wednesday night shooting" (right after), "the slaying in Chicago on
        Friday" (its place between).
        """
        if _incident_after(self):
            return True
        start = self.match.start()
        written = self.text[max(self.lo, start - 80) : start].split()[-10:]
        before = [raw.lower() for raw in written]
        words = [raw.strip(_PUNCTUATION) for raw in before]
        if words and words[-1] in {"early", "late"}:
            words.pop()  # "a shootout early Monday": the day's own qualifier
        if words and words[-1] in _COPULA_PREPOSITIONS:
            words.pop()
            # "her victories in Pennsylvania, Maryland and Delaware on Tuesday": the places
            # of the incident, listed
            at = len(words) - 1
            while at > 1 and (written[at][:1].isupper() or words[at] == "and"):
                at -= 1
            if (
                at < len(words) - 1
                and words[at] in {"in", "at"}
                and words[at - 1] in INCIDENT_NOUNS
            ):
                return True
            # "the shooting of a 3-year-old girl on Easter Sunday": the incident's object
            # between them, within the phrase (no comma, relative pronoun or conjunction)
            for index in range(len(words) - 1, max(0, len(words) - 8), -1):
                word = words[index]
                if word in _PHRASE_BREAKS or before[index].endswith(","):
                    break
                if word == "of" and words[index - 1] in INCIDENT_NOUNS:
                    return True
                if (
                    word in {"in", "at", "near"}
                    and words[index - 1] in INCIDENT_NOUNS
                    and index + 1 < len(words)
                    and all(raw[:1].isupper() for raw in written[index + 1 : len(words)])
                ):
                    return True  # "the slaying in Chicago on Friday": the incident's place
        return (
            bool(words)
            and words[-1] in INCIDENT_NOUNS
            and not before[len(words) - 1].endswith(",")
            # "we can win on Tuesday", "to attack Monday": a verb
            and (len(words) < 2 or words[-2] not in _BEFORE_VERBS)  # noqa: PLR2004
        )

    def _past_perfect_after(self) -> bool:
        """
        Whether "had" follows the expression in its sentence before any future cue.
        """
        end = self.match.end()
        right = self.text[end : min(self.hi, end + 60)]
        cut = min(
            (found for mark in _SENTENCE_MARKS if (found := right.find(mark)) >= 0),
            default=len(right),
        )
        for raw in right[:cut].split():
            word = raw.lower().strip(_PUNCTUATION)
            if word == "had":
                return True
            if word in FUTURE_CUES:
                return False
        return False

    def _past_after_opening_until(self) -> bool:
        """
        Whether a sentence opening with "Until" goes on in the past after its comma.

        "Until Monday's announcement, stocks were trading higher": a span that ended then;
        "Until Friday, the store is closed" lies ahead.
        """
        start, end = self.match.span()
        if self.text.rfind("Until ", max(self.lo, start - 40), start) < 0:
            return False
        right = self.text[end : min(self.hi, end + 80)]
        comma = right.find(", ")
        if comma < 0 or any(mark in right[:comma] for mark in _SENTENCE_MARKS):
            return False
        for raw in right[comma + 2 :].split()[:4]:
            word = raw.lower().strip(_PUNCTUATION)
            if word in {"was", "were", "had"}:
                return True
            if word in FUTURE_CUES or word in MODAL_CUES:
                return False
        return False

    def _past_before_until(self) -> bool:
        """
        Whether the clause before "until" tells of a past span that ended with the expression.

        "remained on life support until Thursday", "stayed at large until": a verb of lasting
        in the past tense; "Officers were not called again until Wednesday", "no official
        confirmed anything until Monday": a denial in the past tense. A future or present
        cue in the clause ("will not be ready until", "is collecting donations until") leaves
        the day ahead.
        """
        start = self.match.start()
        window = self.text[max(self.lo, start - 160) : start].replace("\u2019", "'")
        lowered = window.lower()
        cut = lowered.rfind("until")  # the one `near_direction` read, in the last words
        clause = window[: cut if cut >= 0 else lowered.rfind("till")]
        stop = max(clause.rfind(mark) for mark in (*_SENTENCE_MARKS, ", ", "\u2014"))
        words = [raw.strip(_PUNCTUATION) for raw in clause[stop + 1 :].lower().split()]
        lasting = denied = past = False
        for index, word in enumerate(words):
            if word in FUTURE_CUES or word in MODAL_CUES or word in _PRESENT_UNTIL_CUES:
                return False
            if word.endswith(("'ll", "n't")) and word not in _PAST_DENIALS:
                return False
            if word in _LASTING_VERBS or (
                # "had been paying the bills until May": a past span, in the past perfect
                # (not "had been planning to stay until May": a plan, the day ahead)
                word.endswith("ing")
                and words[max(0, index - 2) : index] == ["had", "been"]
                and "to" not in words[index + 1 :]
            ):
                lasting = True
            if word in _DENIALS or word in _PAST_DENIALS:
                denied = True
            if word in _PAST_VERBS or word in _PAST_DENIALS or (_ed_form(word) and index > 0):
                past = True
            if (
                denied
                and word == "to"
                and index > 0
                and words[index - 1] in _NEEDING_VERBS
                and not lasting
            ):
                # "said he didn't need to come out until January": a thing not needed before
                # a time still ahead of the saying, no past span
                return False
        return lasting or (denied and past)

    def _past_when_after(self) -> bool:
        """
        Whether a clause of "when" in the past tense follows the expression.

        "until Tuesday, when he was arrested" reaches a past Tuesday.
        """
        end = self.match.end()
        right = self.text[end : min(self.hi, end + 40)]
        if not right.lower().startswith(", when "):
            return False
        return _past_after(_Words(right[2:]), 0)

    def anchor_date(self) -> tuple[dt.date, str] | None:
        anchor = self.state.anchor
        if anchor is None:
            return None
        start = start_of(anchor)
        grain = grain_of(anchor)
        if start is None or grain is None:
            return None
        return start, grain


#: Qualifiers of an amount that `near_direction` reads past, as it does "around", "about".
_NEAR_QUALIFIERS: Final = frozenset({"nearly", "almost", "approximately", "roughly", "just"})


def _moved(words: list[str], index: int) -> bool:
    """
    Whether the preposition at *index* follows a verb of moving ("moved to", "pushed back to").
    """
    before = index - 1
    if before > 0 and words[before] in RESCHEDULE_PARTICLES:
        before -= 1
    return before >= 0 and words[before] in RESCHEDULE_VERBS


def _past_after(words: _Words, index: int) -> bool:
    """
    Whether a verb in the past tense follows "until" at *index* ("until police arrived").

    A present or future auxiliary first ("until it is repaired") leaves it ahead.
    """
    for after in range(index + 1, min(len(words), index + 4)):
        word = words[after]
        if word in _PRESENT_AUXILIARIES:
            return False
        if word in PAST_CUES or _ed_form(word):
            return True
    return False


def _lasted_before(words: _Words, index: int) -> bool:
    """
    Whether a verb of lasting in the past tense governs "until" at *index*.

    "stayed in the race until June", "remained in the 2008 primary contest against Barack
    Obama until June": up to ten words before it, in its clause, with no modal or present
    form between ("will have stayed until", "is staying until").
    """
    for before in range(index - 1, max(-1, index - 11), -1):
        word = words[before]
        if word in _LASTING_VERBS:
            return not words.comma_from(before)
        if word in FUTURE_CUES or word in MODAL_CUES or word in _PRESENT_UNTIL_CUES:
            return False
    return False


#: Verbs of lasting: in the past tense before "until", the span is over ("remained in
#: hiding until Thursday").
_LASTING_VERBS: Final = frozenset(
    {"remained", "stayed", "lasted", "lingered", "survived", "persisted", "waited", "lived"}
    # "Protesters kept going until nearly 2 a.m. Friday", "the standoff dragged on until"
    | {"kept", "continued", "raged", "dragged", "stretched", "partied", "hid"}
    # activities, in the simple past, that went on up to the day: "Police searched the woods
    # until nightfall Tuesday", "the jury deliberated until Friday"
    | {"searched", "worked", "fought", "battled", "struggled", "played", "talked", "negotiated"}
    | {"deliberated", "debated", "slept", "camped", "marched", "protested", "rallied", "danced"}
)
#: Verbs of needing or meaning to before "to" (`_Context._past_before_until`).
_NEEDING_VERBS: Final = frozenset({"need", "have", "want", "plan", "intend", "expect", "mean"})
#: Words that deny the clause before "until" ("were not called until", "no one knew until").
_DENIALS: Final = frozenset({"not", "never", "no", "nobody", "nothing", "none"})
#: Denials in the past tense.
_PAST_DENIALS: Final = frozenset({"wasn't", "weren't", "didn't", "hadn't", "couldn't"})
#: Verbs in the past tense (and past auxiliaries) that a denial before "until" may govern.
_PAST_VERBS: Final = (PAST_WORDS | PAST_CUES) - {"says", "since", "ago", "last", "yesterday"}
#: Present forms before "until": the span goes on ("is collecting donations until").
_PRESENT_UNTIL_CUES: Final = frozenset({"is", "are", "am", "remains", "stays", "has", "have"})

#: Auxiliaries after "until" that keep the clause in the present or the future.
_PRESENT_AUXILIARIES: Final = frozenset(
    {"is", "are", "am", "be", "will", "can", "has", "have", "gets", "get"}
)


def _not_until(before: list[str]) -> bool:
    """
    Whether the words *before* "until" deny a past event up to it ("was not named until").
    """
    for index, word in enumerate(before):
        if word in {"wasn't", "weren't", "didn't", "hadn't"}:
            return True
        if word == "not" and index > 0 and before[index - 1] in {"was", "were", "did", "had"}:
            return True
    return False


#: Words before "set" that make it the participle of a passive plan ("is set Friday").
_SET_AUXILIARIES: Final = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "now", "all"}
)
#: The words that may stand between "set" and a day it governs without making it a plan.
_SET_OBJECT_WORDS: Final = frozenset({"on", "in", "at"})


# --- small helpers ----------------------------------------------------------------------


class _Words:
    """
    The words of a window for the tense cues, each read (`_tense_word`) when first asked for.

    The cue nearest the expression usually stands a few words away: the rest of the window
    is never read.
    """

    __slots__ = ("_raws", "_words", "lows")

    def __init__(self, window: str) -> None:
        if "\u2019" in window:
            window = window.replace("\u2019", "'")  # "she\u2019ll", "didn\u2019t" as "she'll"
        self._raws = window.split()
        self._words: list[str | None] = [None] * len(self._raws)
        #: each word in lower case with its punctuation: a cheap first test of every word
        #: (a capitalised word `_tense_word` blanks is a cue only if its lower case is one)
        self.lows = window.lower().split()

    def __len__(self) -> int:
        return len(self._raws)

    def comma_from(self, index: int) -> bool:
        """
        Whether a word from *index* to the end of the window ends in a comma.
        """
        return any(raw.endswith(",") for raw in self._raws[index:])

    def relative_from(self, index: int) -> bool:
        """
        Whether a relative pronoun stands after *index* in the window ("critics who on").
        """
        return any(low in _RELATIVES for low in self.lows[index + 1 :])

    def __getitem__(self, index: int) -> str:
        word = self._words[index]
        if word is None:
            word = self._words[index] = _tense_word(self._raws[index])
        return word


def _tense_word(raw: str) -> str:
    """
    A word for the tense cues, in lower case.

    A capitalised name ("United States") becomes empty: it is never a verb in the past tense.
    """
    word = raw.strip(_PUNCTUATION)
    lowered = word.lower()
    if word[:1].isupper() and lowered not in _CAPITALISED_CUES and not lowered.endswith("'ll"):
        return ""  # not "I'll", "She'll"
    return lowered


#: Verbs before "effect" ("into effect") that set a date ahead, or tell of one gone.
_IN_EFFECT_AHEAD: Final = frozenset({"takes", "take", "goes", "go", "come", "comes"})
_IN_EFFECT_GONE: Final = frozenset({"took", "went", "came", "taken", "gone"})
#: Words that open a clause's start date ("starting Monday, the road will be closed").
_STARTING: Final = frozenset({"starting", "beginning", "effective"})


#: Verbs that open a sentence in the imperative to invite the reader to something ahead
#: ("Tune in to ... Friday at 6 a.m.", "Join us Saturday for a vigil", "Check back Monday");
#: not "Watch", which labels a video of what happened ("WATCH Tuesday's shooting").
_IMPERATIVES: Final = frozenset({"Tune", "Join", "Stay", "Check", "Come", "Catch", "Attend"})


def _opens_imperative(text: str, first: int, start: int) -> bool:
    """
    Whether the sentence at *first* opens with an imperative of `_IMPERATIVES` before *start*.
    """
    words = text[first:start].split(maxsplit=1)
    return bool(words) and words[0] in _IMPERATIVES


def _left_cue(words: _Words) -> int | None:
    """
    The direction of the cue nearest the end of *words*, or ``None``.
    """
    lows = words.lows
    starting = False  # the expression opens a clause's start date ("starting Monday")
    for index in range(len(lows) - 1, -1, -1):
        low = lows[index].strip(_PUNCTUATION)
        if low in _STARTING and all(
            later.strip(_PUNCTUATION) == "on" for later in lows[index + 1 :]
        ):
            starting = True
            continue
        if low in _CONDITIONS and index < len(lows) - 2:
            # "If he wins Washington on Saturday, ...": a condition in the present, no verb
            # in the past or future between it and the day (read first, right to left); not
            # right before it ("If October's debate represented ...": the verb after decides)
            return _FUTURE
        if low in _TIME_CLAUSE_OPENERS and _present_after_when(lows, index):
            # "when the candidate speaks at a Vatican conference on Friday", "when Democrats
            # get to Philadelphia in late July", "before Iowans vote Monday": a time clause
            # in the present looks ahead (a past story writes its time clauses in the past)
            return _FUTURE
        if not (low in _CUE_WORDS or low.endswith(_CUE_ENDINGS)):
            continue  # nor is the word, which is *low* or blank
        word = words[index]
        if word in MODAL_CUES and (
            index == len(lows) - 1 or words.comma_from(index) or words.relative_from(index)
        ):
            # "had ruled that he must be returned to his father, and set Friday as the
            # deadline", "critics who on Sunday cast": the modal's clause ends before the
            # expression; "a garbage can Saturday": a noun
            continue
        if word in _CUE_WORDS or word.endswith(_CUE_ENDINGS):
            direction = _cue(words, index)
            if starting and word in _SAYING:
                # "said starting on November 6, parking will be prohibited": the clause the
                # day opens decides, not the verb of saying before it
                return None
            if direction is not None:
                return direction
    return None


def _present_after_when(lows: list[str], index: int) -> bool:
    """
    Whether a verb of the calendar in the present follows "when", "before"... at *index*.

    Up to six words on, with no comma first ("when showing his shotgun Saturday", "when
    he laid his friend ... Thursday" have none).
    """
    for later in lows[index + 1 : index + 7]:
        word = later.strip(_PUNCTUATION)
        if word in _WHEN_PRESENT:
            return True
        if later.endswith(","):
            return False
    return False


#: Words opening a time clause whose verb in the present looks ahead (`_left_cue`).
_TIME_CLAUSE_OPENERS: Final = frozenset({"when", "before", "until", "till", "once"})
#: Verbs in the present that make a time clause look ahead (`_present_after_when`).
_WHEN_PRESENT: Final = SCHEDULE_VERBS | frozenset(
    # base forms after a plural subject, and verbs of coming and going
    {"speaks", "speak", "return", "gets", "get", "visit", "vote", "heads", "comes", "take"}
    | {"head", "go", "kick", "cast", "gather"}
)


#: "run-up", "lead-up" before "to": the time before an event still to come (`_cue`).
_RUN_UP: Final = frozenset({"run-up", "runup", "lead-up", "leadup"})
#: Words opening a condition (`_left_cue`).
_CONDITIONS: Final = frozenset({"if", "unless"})
#: Verbs of saying, which do not govern a start date after them (`_left_cue`).
_SAYING: Final = frozenset(
    {"said", "says", "told", "tells", "announced", "announces", "added", "stated", "wrote"}
)
#: Verbs of saying and asking, which tell of no past of an election named after them ("told
#: ITV ... when asked how ties would fare if he won the election on Nov. 8").
_ASKING_OR_SAYING: Final = _SAYING | frozenset({"asked", "asks"})


def _right_cue(words: _Words) -> int | None:
    """
    The direction of the cue nearest the start of *words*, or ``None``.
    """
    lows = words.lows
    reported = False
    for index in range(len(lows)):
        low = lows[index].strip(_PUNCTUATION)
        if low in _REPORTED_CLAUSE_OPENERS and index > 0:
            # "A poll in January shows 68% of voters say gun policy will be important": a
            # verb of saying or thinking in the present opens the clause it reports, whose
            # future is no tense of the expression's clause
            reported = True
            continue
        if not (low in _CUE_WORDS or low in PLAN_CUES or low.endswith(_CUE_ENDINGS)):
            continue  # nor is the word, which is *low* or blank
        word = words[index]
        if word in MODAL_CUES:
            continue  # "in July, RT is ... you won't get": a modal after it is another clause
        if word in {"next", "upcoming"} and index > 0 and words[index - 1] in DETERMINERS:
            # "On Monday night, in an attempt to influence the next debate, Trump told": a
            # noun's modifier, not the clause's tense
            continue
        if word in PLAN_CUES:
            # "On Friday, the government planned to pay": the day of the planning
            if word.endswith("ed"):
                return _PAST
            if reported:
                return None
            continue
        if word in _CUE_WORDS or word.endswith(_CUE_ENDINGS):
            direction = _cue(words, index)
            if direction is not None:
                return None if reported and direction == _FUTURE else direction
    return None


#: Verbs of saying or thinking in the present that open a reported clause (`_right_cue`).
_REPORTED_CLAUSE_OPENERS: Final = frozenset(
    {"say", "says", "think", "thinks", "believe", "believes"}
)
#: Reflexive pronouns after "turns": "turns himself in" is a surrender, no birthday ahead.
_REFLEXIVES: Final = frozenset({"himself", "herself", "themselves", "itself"})
#: The states "leaves" puts the victims of a thing done in ("leaves three dead", "leaves
#: a man in critical condition"): a headline's present for the past, no departure ahead.
_LEFT_STATES: Final = frozenset(
    {"dead", "injured", "wounded", "hurt", "homeless", "hospitalized", "critical"}
)
#: Words before "ahead" that make it a lead in a count, not a time to come ("points ahead").
_LEAD_WORDS: Final = frozenset(
    {"points", "percent", "percentage", "votes", "delegates", "seats", "strokes", "games",
     "lengths", "far", "well", "way", "comfortably", "narrowly", "slightly"}
)  # fmt: skip


#: Adverbs that may stand inside "was ... scheduled to" ("was also scheduled to").
_BETWEEN_ADVERBS: Final = frozenset(
    {"also", "still", "originally", "initially", "tentatively", "then", "previously", "already"}
    | {"once", "reportedly", "not", "never", "first"}
)
#: Verbs of asking someone to do something ahead ("invited Donald Trump to meet"), before an
#: object of one or two words.
_ASKING: Final = frozenset(
    {"invited", "invites", "urged", "urges", "asked", "asks", "encouraged", "encourages"}
)


#: Verbs that call an event (`SCHEDULED_NOUNS`) for a day ("called a special meeting for
#: Monday night", "called a trial for Monday"): the day is one to come.
_CALLING_VERBS: Final = frozenset(
    {"called", "calls", "call", "convened", "convenes", "scheduled", "schedules", "announced"}
)


#: Past forms of verbs of intent before "to": with no auxiliary before them the deed was
#: decided, and mostly done, in the past ("decided to settle a feud Sunday night").
_PAST_INTENT: Final = frozenset({"decided", "prepared"})
#: Auxiliaries that make those forms a state or a passive ("is prepared to", "was decided").
_INTENT_AUXILIARIES: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s"})


def _refused_to_say(words: _Words, index: int) -> bool:
    """
    Whether "would" at *index* is negated before a verb of telling ("wouldn't say").
    """
    after = index + 1
    if words[index] == "would":
        if after >= len(words) or words[after] != "not":
            return False
        after += 1
    return after < len(words) and words[after] in _TELLING_VERBS


#: Verbs of telling that "would not" reports refused ("would not say Tuesday whether").
_TELLING_VERBS: Final = frozenset(
    {"say", "comment", "confirm", "disclose", "discuss", "elaborate", "reveal", "specify"}
    | {"answer", "respond", "identify", "name", "release", "divulge", "speculate"}
)


def _hypothetical(words: _Words | Sequence[str], index: int) -> bool:
    """
    Whether the past form at *index* follows "if" and a pronoun: a condition, no past.
    """
    return index > 1 and words[index - 2] == "if" and words[index - 1] in _CONDITION_SUBJECTS


#: Subjects of a condition's past form ("if he won", "if they lost").
_CONDITION_SUBJECTS: Final = frozenset({"he", "she", "they", "we", "i", "you", "it"})


def _cue(words: _Words, index: int) -> int | None:
    """
    The direction the word at *index* gives, or ``None``.

    Its neighbour decides "plans to" (forward) and passives ("will be named": go on).
    """
    word = words[index]
    if word in {"until", "till"} and (
        _not_until([words[before] for before in range(max(0, index - 4), index)])
        or _past_after(words, index)
        or _lasted_before(words, index)
    ):
        # "until she saw", "was not named until": a past event; "stayed in the race until":
        # a past span
        return _PAST
    if word in FUTURE_CUES or word.endswith("'ll"):
        if word == "next" and index + 1 < len(words) and words[index + 1] in {"to", "door"}:
            return None  # "next to the embassy": a place
        if word == "looming" and (index == 0 or words[index - 1] not in DETERMINERS):
            return None  # "with the primary looming, de Blasio on Monday intervened"
        if (
            word == "due"
            and index + 2 < len(words)
            and words[index + 1] == "to"
            and words[index + 2] in DETERMINERS
        ):
            return None  # "canceled due to the storm on Tuesday": because of, no date due
        if word in _PERFECT_MODALS and _perfect_after(words, index):
            return _PAST  # "this might have been the night", "would have won Tuesday"
        if word == "ahead" and (index + 1 == len(words) or words[index + 1] not in {"of", "to"}):
            # "discussed a path ahead", "went ahead", "a poll shows Trump ahead": no time
            # ahead; "ahead of" the day and "looking ahead to" it are
            return None
        if (
            word == "ahead"
            and index > 0
            and (words[index - 1] in _LEAD_WORDS or words.lows[index - 1][:1].isdigit())
        ):
            # "40 points ahead of Sanders in polls taken in December", "just 2.5 ahead of
            # Senator Ted Cruz": a lead
            return None
        if word == "would" and _refused_to_say(words, index):
            return _PAST  # "he wouldn't say Tuesday whether": a refusal reported
        return _FUTURE
    if word in MODAL_CUES:
        # "must respond by Friday", "may be arraigned Monday"; a perfect after the modal
        # reports a past day ("may have left Friday", "should not have been released")
        # ("the impact it may have in November": "have" a verb of its own, ahead)
        return _PAST if _perfect_after(words, index) else _FUTURE
    previous = words[index - 1] if index > 0 else ""
    if word in ARRANGING_VERBS:
        at = _skip_adverbs(words, index - 1)
        if at >= 0 and words.lows[at].strip(_PUNCTUATION) in _PROGRESSIVE_BE:
            # "is hosting a fundraiser on Friday", "She's also heading to Iowa": a plan (a
            # capitalised "She's" is blank in *words*)
            return _FUTURE
    if word in {"soon", "early"} and previous == "as":
        return _FUTURE  # "as soon as Tuesday", "as early as Tuesday"
    if word == "recently":
        return _PAST  # "insists, most recently in a Labor Day interview, that he will"
    if word in _IN_THE_WAKE:
        # "will follow on the heels of Obama's star turn in Charlotte on Wednesday", "in the
        # wake of Tuesday's vote": the event followed is gone, whatever the verb before says
        following = words.lows[index + 1] if index + 1 < len(words) else ""
        return _PAST if previous == "the" and following == "of" else None
    if word == "to":
        if index + 1 < len(words) and words[index + 1] == "blame":
            return None  # "is to blame for the shooting Tuesday": no plan
        if previous in _RUN_UP or (
            previous == "up" and index > 1 and words[index - 2] in {"run", "lead"}
        ):
            return _FUTURE  # "in the run-up to the caucuses on Monday", as "ahead of"
        if previous in {"was", "were"} and (index < 2 or words[index - 2] not in {"had", "been"}):  # noqa: PLR2004
            # "was to arrive at the White House on Monday", "was to report earnings on
            # Wednesday": planned as the story was written, done or still to come; "was to
            # have spoken" is past
            following = words[index + 1] if index + 1 < len(words) else ""
            return _PAST if following in {"have", "'ve"} else _NEAREST
        # "to" before a determiner is a preposition before its noun, no infinitive
        before_noun = index + 1 < len(words) and words[index + 1] in DETERMINERS
        if previous in TO_CUES:
            if before_noun:
                return None  # "agreed to a phone call on Wednesday": no plan
            # "had been due to expire Friday": a future seen from the past is past; "was set
            # to receive an endorsement on Friday": planned as the story was written, as "was
            # to" is ("was also scheduled to": an adverb between)
            at = _skip_adverbs(words, index - 2)
            before = words[at] if at >= 0 else ""
            if previous in _PAST_INTENT and before not in _INTENT_AUXILIARIES:
                # "decided to settle a feud Sunday night", "As Trump prepared to speak on
                # Tuesday": a past decision, its deed told in the past too; the verb decides
                return None
            if before in {"was", "were"} and not previous.endswith("ing") and previous != "about":
                # not "were planning to drive ... on Monday", "was about to leave": ahead
                return _NEAREST
            return _PAST if before in {"had", "been"} else _FUTURE
        if previous in TO_OBJECTS and index > 1 and words[index - 2] in OBJECT_TO_CUES:
            return _FUTURE  # "he urged them to vote Tuesday"
        if (
            (index > 1 and words[index - 2] in _ASKING)
            or (index > 2 and words[index - 3] in _ASKING)  # noqa: PLR2004
        ) and not before_noun:
            # "has invited Trump to meet with him on Thursday", "asked the public to call
            # Monday"; not "invited Trump to a rally in September"
            return _FUTURE
        return None
    if word in _HEADING and index + 1 < len(words) and words[index + 1] in _HEADING_TO:
        # "heading into Tuesday's primary", "girding for the debate Thursday"; not after a
        # past perfect ("had captured 1,944 delegates heading into Tuesday's primaries"),
        # nor opening the sentence, where the main clause's verb decides ("Heading into
        # Saturday's game, police were on alert")
        if index == 0 or any(words[before] == "had" for before in range(index)):
            return None
        # "prepared for": a past preparation, of a day ahead or just gone ("prepared for
        # Saturday's rally" in Sunday's paper): the nearest
        return _NEAREST if word == "prepared" else _FUTURE

    if word == "wouldn't":
        # "he wouldn't say Tuesday whether": a refusal reported; "wouldn't vote Tuesday"
        return _PAST if _refused_to_say(words, index) else _FUTURE
    if word in {"could", "couldn't"}:
        # "could vote Tuesday" points forward; "could not be reached Tuesday" and "neither
        # ... could be located Wednesday" report a past attempt, "could have pivoted" a
        # past chance
        following = words[index + 1] if index + 1 < len(words) else ""
        negated = word == "couldn't" or following in {"not", "never"}
        coordinated = any(words[before] in {"neither", "nor"} for before in range(index))
        perfect = _perfect_after(words, index)
        return _PAST if negated or coordinated or perfect else _FUTURE
    if word in SCHEDULE_VERBS:
        # "meets Monday" (a scheduled event); not "to meet" (the word before "to"
        # decides) nor a noun ("the vote Tuesday"), nor "appears to" (seems)
        following = words[index + 1] if index + 1 < len(words) else ""
        if word == "leaves" and any(
            words.lows[after].strip(_PUNCTUATION) in _LEFT_STATES
            for after in range(index + 1, min(len(words), index + 5))
        ):
            return _PAST  # "Violent weekend leaves three dead": a headline's present, done
        if word == "turns" and following in _REFLEXIVES:
            return None  # "Dontevous Loyd turns himself in Tuesday morning": a surrender told
        return None if previous in _NOT_BEFORE_VERB or following == "to" else _FUTURE
    if word == "hopes":
        following = words[index + 1] if index + 1 < len(words) else ""
        return _FUTURE if following == "of" else None  # "in hopes of seeing them in the fall"
    if word in PLAN_CUES:
        following = words[index + 1] if index + 1 < len(words) else ""
        if previous in DETERMINERS or (
            word == "plans" and following != "to" and following not in DETERMINERS
        ):
            # "the planned merger": an adjective; "revised his withdrawal plans in October":
            # a noun ("plans to", "plans a rally" are the verb)
            return None
        if previous == "as":
            return None  # "went on as planned Saturday": the verb before decides
        return _PAST if previous in PAST_PLAN_WORDS else _FUTURE
    if word in PAST_CUES:
        if _clause_decides(words, index):
            # "will be named", "will remain shut": the verb further left decides
            return None
        if previous in _ARTICLES:
            return None  # "he'll have a shot at another win": a noun
        if word == "last" and (previous in DETERMINERS or previous.endswith(("'s", "\u2019s"))):
            return None  # "through the nation's last primary on Tuesday": final, no time gone
        if word in _BARE_AS_PAST and previous in _BEFORE_BARE_VERB:
            return None  # "ads could hit the airwaves Monday": a bare verb, the modal decides
        if _hypothetical(words, index):
            return None  # "if he won the presidential election on Nov. 8": no time gone
        return _PAST
    if _ed_form(word) or word in PAST_PARTICIPLES:
        if _clause_decides(words, index):
            # "will be named", "will remain closed": the verb further left decides
            return None
        if _hypothetical(words, index):
            return None  # "if she wanted to run in November": no time gone
        following = words[index + 1] if index + 1 < len(words) else ""
        if (previous in DETERMINERS and not (previous == "that" and following in DETERMINERS)) or (
            (previous in ADVERBS_BEFORE_ADJECTIVES or previous.endswith("ly"))
            and index > 1
            and words[index - 2] in DETERMINERS
        ):
            # "a still unspecified date": an adjective; "the shooting that marred the start of
            # summer": a verb, an object after it
            return None
        return _PAST
    return None


def _skip_adverbs(words: _Words, at: int) -> int:
    """The index of the first word at or left of *at* that is none of `_BETWEEN_ADVERBS`."""
    while at > 0 and words[at] in _BETWEEN_ADVERBS:
        at -= 1
    return at


def _clause_decides(words: _Words | list[str], index: int) -> bool:
    """
    Whether the participle at *index* leaves the direction to the verb further left.

    A passive ("will be named") or a participle after a linking verb ("will remain closed").
    """
    return _after_auxiliary(words, index) or (index > 0 and words[index - 1] in _LINKING_VERBS)


def _ed_form(word: str) -> bool:
    """
    Whether *word* may be a verb in the past tense: it ends in "-ed" ("named").

    A compound with a hyphen is an adjective ("the delegate-packed primary", "long-awaited");
    "succeed", "two hundred" and "unforced" are no past (`_EED_PASTS`, `_ED_NON_VERBS`,
    `_UN_VERBS`).
    """
    return (
        len(word) > 4  # noqa: PLR2004
        and word.endswith("ed")
        and "-" not in word
        and (not word.endswith("eed") or word in _EED_PASTS)
        and word not in _ED_NON_VERBS
        and (not word.startswith("un") or word.startswith("under") or word in _UN_VERBS)
    )


#: Past tenses in "-eed" ("agreed"); the other words so spelt are no past ("succeed",
#: "proceed", "exceed", "speed", "indeed").
_EED_PASTS: Final = frozenset(
    {"agreed", "disagreed", "freed", "decreed", "guaranteed", "refereed", "emceed"}
)
#: Verbs in "un-" and "-ed"; the other words so spelt are adjectives ("an unidentified
#: man", "unforced errors", "unprecedented").
_UN_VERBS: Final = frozenset(
    {"unfolded", "uncovered", "unveiled", "unleashed", "unraveled", "unravelled", "unearthed"}
    | {"unsealed", "unzipped", "unplugged", "unlocked", "unloaded", "unpacked", "unwrapped"}
    | {"unfurled", "untied", "unmasked", "unseated", "united", "unified", "unionized"}
)
#: Words in "-ed" that are no verb ("two hundred", "a sacred day").
_ED_NON_VERBS: Final = frozenset(
    {"hundred", "hundreds", "sacred", "naked", "wicked", "kindred", "wretched", "rugged"}
)


def _perfect_after(words: _Words, index: int) -> bool:
    """
    Whether a perfect follows the modal at *index*: "have" and a participle, or a clause end.

    "might have been", "could have pivoted", "that he could have Tuesday"; not "would have
    trouble" ("have" a verb of its own).  "not" or "never" may come first.
    """
    after = index + 1
    if after < len(words) and words[after] in {"not", "never"}:
        after += 1
    if after >= len(words) or words[after] not in {"have", "'ve"}:
        return False
    if after + 1 == len(words):
        return True  # "the spoiler that he could have [Tuesday]"
    participle = words[after + 1]
    return (
        participle in PAST_WORDS
        or participle == "been"
        or (len(participle) > 3 and participle.endswith(("ed", "en", "wn")))  # noqa: PLR2004
    )


def _past_form(words: _Words | list[str], index: int) -> bool:
    """
    Whether the word at *index* is a verb in the past tense.

    One of `PAST_WORDS`, or a word in "-ed" (not "red", "bed", "need") that is no passive
    ("is scheduled").
    """
    word = words[index]
    return word in PAST_WORDS or (
        _ed_form(word)
        and not _after_auxiliary(words, index)
        and (index == 0 or words[index - 1] not in _PRESENT_BE)
    )


#: Forms of "be" in the present: a participle after one is a present passive ("is
#: scheduled", "if a Republican is elected in November").
_PRESENT_BE: Final = frozenset({"is", "are", "am"})
#: Linking verbs a participle after which is an adjective ("will remain closed Monday").
_LINKING_VERBS: Final = frozenset(
    {"remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "staying"}
)
#: ... and with the contracted forms, before a present progressive ("he's hosting").
_PROGRESSIVE_BE: Final = _PRESENT_BE | {"he's", "she's", "it's", "they're", "we're", "i'm"}


#: Modals of the future that a perfect after them turns to the past ("would have won").
_PERFECT_MODALS: Final = frozenset({"would", "might"})


def _after_auxiliary(words: _Words | list[str], index: int) -> bool:
    """
    Whether the participle at *index* follows "be", "been" or "being": a passive.

    Adverbs in "-ly" may stand between ("will be formally charged Monday"), and so may an
    earlier participle and "and" ("will be booked and arraigned Monday").
    """
    before = index - 1
    while before >= 0 and words[before].endswith("ly") and len(words[before]) > 3:  # noqa: PLR2004
        before -= 1
    if before >= 1 and words[before] == "and" and words[before - 1].endswith(("ed", "en")):
        before -= 2
        while before >= 0 and words[before].endswith("ly") and len(words[before]) > 3:  # noqa: PLR2004
            before -= 1
    return before >= 0 and words[before] in PASSIVE_AUXILIARIES


#: Nouns and verbs of getting ready before "for" and a day ("the planning for Thursday's
#: meeting", "preparations for Sunday's vote"; `_Context.near_direction`).
_PREPARING: Final = frozenset(
    {"planning", "plans", "preparations", "preparation", "preparing", "prepare", "prepares"}
)


#: A relative clause set off by commas or dashes ("Graham, who had endorsed Bush, will"),
#: for the verbs after a day (`_Context.tense`): where one opens, and the whole clause (of
#: at most 160 characters).
_SET_OFF_OPENING: Final = r"(?:,|\u2014|\u2013|--)[^\S\n]*+(?:who|which|whose)\b"
_SET_OFF_OPENS: Final = regex.compile(_SET_OFF_OPENING)
_SET_OFF_RELATIVE: Final = regex.compile(
    _SET_OFF_OPENING + r"[^,\u2014\u2013\n]{1,160}?(?:,|\u2014|\u2013|--)"
)


#: "ahead of" right before an expression ("ahead of [Saturday's] caucus").
_AHEAD_OF: Final = regex.compile(
    r"\b(?:ahead\s+of|(?:run|lead)(?:-|\s)?up\s+to)\s+(?:the\s+)?$", regex.IGNORECASE
)
#: A participle opening a sentence ("Having both said ...,", "Saying ...,"), after any
#: opening quotation mark.
_PARTICIPLE_OPENING: Final = regex.compile(r"[\"'\u201c\u2018(]?[^\S\n]*+\p{Lu}\p{Ll}{0,20}ing\b")
#: "Until" opening a sentence, with no clause break before the match.
_OPENING_UNTIL: Final = regex.compile(
    _NOT_MID_BLANKS + r"[^\S\n]*+[\"'\u201c\u2018(]?(?:until|till)\b[^,;:\n]*+$", regex.IGNORECASE
)
#: Past forms spelt as their bare verb ("hit"), and "last", a cue of the past that is a verb
#: too ("to last into the spring"); the words after which they are the bare verb ("could
#: hit", "to hit"; not "Will had": a name).
_BARE_AS_PAST: Final = frozenset(
    {"hit", "put", "set", "cut", "let", "read", "quit", "shut", "hurt", "last"}
)
_BEFORE_BARE_VERB: Final = MODAL_CUES | {
    "will", "would", "could", "might", "shall", "'ll", "to", "did", "does", "do", "didn't",
    "doesn't", "don't", "wouldn't", "couldn't",
}  # fmt: skip
#: Articles: a past form right after one is a noun ("a shot at", "the hit").
_ARTICLES: Final = frozenset({"a", "an", "the"})


#: The fraction characters a number may end with, as ``numerator/denominator``.
_FRACTIONS: Final = {"\u00bd": "1/2", "\u00bc": "1/4", "\u00be": "3/4"}


def _number(word: str | None) -> float | None:
    """
    The value of a number as written ("18", "twenty four", "2 1/2", "a"), or ``None``.
    """
    if word is None:
        return None
    word = word.lower().strip()
    if word in {"a", "an"}:
        return 1.0
    if word.startswith(("half", "a half", "a-half")):
        # "a half-hour", "half an hour", "half a day"; "a half-dozen days": six
        return 6.0 if word.endswith("dozen") else 0.5
    if word.startswith(("quarter", "a quarter", "a-quarter")):
        return 0.25  # "a quarter-hour", "a quarter of an hour"
    whole, joined, half = _SPACE_OR_HYPHEN.sub(" ", word).rpartition(" and a half")
    if joined and not half.strip():
        number = _number(whole)  # "two and a half", "seven-and-a-half"
        return None if number is None else number + 0.5
    if word[-1] in _FRACTIONS:
        word = f"{word[:-1].rstrip()} {_FRACTIONS[word[-1]]}"  # "2\u00bd" is "2 1/2"
    if "\u2044" in word:
        # "3 1\u2044 2": the fraction slash, spaced or not, is "3 1/2"
        word = "/".join(part.strip() for part in word.split("\u2044"))
    digits = word.replace(",", "")
    parts = digits.split()
    if parts and parts[0].replace(".", "", 1).isdigit():
        total = float(parts[0])
        if len(parts) == 2 and "/" in parts[1]:  # noqa: PLR2004 - "2 1/2"
            numerator, denominator = parts[1].split("/")
            total += int(numerator) / int(denominator)
        return total
    total = 0.0
    current = 0.0
    for piece in _SPACE_OR_HYPHEN.split(word):
        if piece == "and" or not piece:
            continue
        if piece in {"a", "an"}:
            current += 1  # "a hundred", "a dozen"
            continue
        value = NUMBERS.get(piece)
        if value is None:
            return None
        if piece == "dozen":
            current = max(current, 1) * value  # "two dozen" is 24
        elif value in {100, 1000}:
            current = max(current, 1) * value
            if value == 1000:  # noqa: PLR2004
                total += current
                current = 0.0
        else:
            current += value
    return total + current


#: Numbers that are no count "in as many days" repeats.
_NO_COUNT: Final = frozenset({"a", "an", "one", "first", "last", "final", "latter"})
#: "in as many days" after the count it repeats, in the same clause ("the second time in as
#: many days", "three killings in as many weeks"): the count, a digit or a word, last.
_AS_MANY_COUNT: Final = regex.compile(
    r"\b(?P<count>\d{1,2}(?:st|nd|rd|th)?|\L<words>)\b(?=[^.!?;:\n\d]{0,60}+$)",
    regex.IGNORECASE,
    words=[
        word
        for word in (*NUMBERS, *ORDINALS)
        if word.isalpha() and word not in _NO_COUNT and NUMBERS.get(word, 0) < 100  # noqa: PLR2004
    ],
)


def _as_many(ctx: _Context) -> float | None:
    """
    The count "in as many days" repeats, or ``None`` when the clause before names none.

    "the second shooting in as many days" is two days, "four fires in as many weeks" four
    weeks.
    """
    start = ctx.match.start()
    if not ctx.text[max(0, start - 7) : start].lower().endswith("in as "):
        return None
    counts = [
        found.group("count").lower()
        for found in _AS_MANY_COUNT.finditer(ctx.text, max(ctx.lo, start - 70), start - 6)
    ]
    if not counts:
        return None
    word = counts[-1]
    if word[:1].isdigit():
        return float(int(word.rstrip("stndrh")))
    return float(NUMBERS.get(word) or ORDINALS.get(word) or 0) or None


def _spelled_year(words: str) -> int | None:
    tokens = [piece for piece in _SPACE_OR_HYPHEN.split(words.lower()) if piece and piece != "and"]
    if tokens[:2] == ["two", "thousand"]:
        rest = _number(" ".join(tokens[2:])) if tokens[2:] else 0.0
        return None if rest is None else 2000 + int(rest)
    head = NUMBERS.get(tokens[0])
    if head is None:
        return None
    if tokens[1:] == ["hundred"]:
        return head * 100
    rest = _number(" ".join(tokens[1:]))
    return None if rest is None else head * 100 + int(rest)


def _month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if word.isdigit():
        return int(word)
    return MONTHS.get(word)


def _day_number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return ORDINALS.get(word) if ORDINALS.get(word, 0) > 0 else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _underspecified(grain: str) -> str:
    return _UNDERSPECIFIED[grain]


def _finer(first: str, second: str) -> str:
    return first if _FINE.get(first, 0) >= _FINE.get(second, 0) else second


def _month_start(year: int, *, month: int) -> dt.date | None:
    """
    The first day of *month* in *year* (``None`` outside the calendar).

    A builder for `_nearest_year`, bound with `functools.partial`: a module-level function and
    not a closure, so compiled code makes no reference cycle of it.
    """
    return _safe_date(year, month, 1)


def _holiday_period_day(year: int, *, name: str, grain: str, end: int) -> dt.date | None:
    """
    The first (*end* 0) or last (*end* 1) day of the *grain* period around holiday *name*.
    """
    day = _holiday(name, year)
    return None if day is None else _holiday_period(day, grain)[end]


def _nearest_year(
    reference: dt.date,
    build: Callable[[int], dt.date | None],
    direction: int | None,
    *,
    strict: bool = False,
    reach: int = 1,
) -> dt.date | None:
    """
    The candidate date (built for the years around *reference*) nearest in *direction*.

    The candidates are those of the *reach* years either side of the reference's year.
    """
    candidates = [
        date
        for year in range(reference.year - reach, reference.year + reach + 1)
        if (date := build(year)) is not None
    ]
    if direction == _PAST:
        past = [
            date for date in candidates if date < reference or (date == reference and not strict)
        ]
        return max(past) if past else None
    if direction == _FUTURE:
        future = [
            date for date in candidates if date > reference or (date == reference and not strict)
        ]
        return min(future) if future else None
    if not candidates:
        return None
    # no direction: the nearest date, but a future one only if it is much nearer than the past one
    return min(
        candidates, key=lambda date: abs((date - reference).days) * (2 if date > reference else 1)
    )


def _duration_value(amount: float | None, unit: str, multiplier: int) -> str:
    if amount is None:
        code = {"S": "TXS", "MIN": "TXM", "H": "TXH", "WE": "XWE"}.get(unit, f"X{unit}")
        return f"P{code}"
    amount *= multiplier
    whole = int(amount)
    fraction = amount - whole
    if unit == "WE":
        unit, whole, fraction = "D", whole * 2, 0.0
    if fraction < 1e-9:  # noqa: PLR2004 - a whole number
        number = str(whole)
        return {"S": f"PT{number}S", "MIN": f"PT{number}M", "H": f"PT{number}H"}.get(
            unit, f"P{number}{unit}"
        )
    smaller = {
        "Y": ("M", 12),
        "M": ("D", 30),
        "W": ("D", 7),
        "D": ("H", 24),
        "H": ("M", 60),
        "MIN": ("S", 60),
    }
    if unit in smaller:
        small_unit, factor = smaller[unit]
        rest = round(fraction * factor)
        big = {"MIN": "M"}.get(unit, unit)
        if unit in {"H", "MIN"}:
            return f"PT{whole}{big}{rest}{small_unit}" if whole else f"PT{rest}{small_unit}"
        if small_unit == "H":
            return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
        if unit == "W":
            return f"P{whole * 7 + rest}D"
        if whole == 0:
            return f"P{rest}{small_unit}"
        return f"P{whole}{big}{rest}{small_unit}"
    return f"P{amount:g}{unit}"


# --- normalisers ------------------------------------------------------------------------


def _date_result(date: dt.date | None, grain: str, ctx: _Context) -> _Result | None:
    del ctx
    if date is None:
        return _Result(_DATE, _underspecified(grain))
    return _Result(_DATE, format_value(date, grain))


#: "the Sept. 11 attacks" name September 11, 2001 (the plural: "the Sept. 11 attack" may be
#: Benghazi's, 2012).
_NINE_ELEVEN: Final = (9, 11)
_ATTACKS: Final = regex.compile(
    r"(?:st|th)?\s{1,3}(?:terror(?:ist)?\s{1,3})?(?:attacks|hijack(?:ers|ings)|commission|museum"
    r"|victims|families|responders|conspiracy|truthers?|era)\b",
    regex.IGNORECASE,
)

#: What a day's yearly remembrance is ("a 9/11 memorial ceremony" is that year's, as "the
#: Sept. 11 memorial" is).
_REMEMBRANCE: Final = regex.compile(
    r"\s{1,3}(?:memorial(?!\s{1,3}(?:museum|plaza|site|fund|foundation))|anniversary"
    r"|ceremon(?:y|ies)|commemorations?|observances?|remembrances?)\b",
    regex.IGNORECASE,
)

#: How many days from a day's anniversary a remembrance of it is that year's.
_REMEMBRANCE_DAYS: Final = 45


def _day_remembered(ctx: _Context, month: int, day: int) -> bool:
    """
    Whether the day names that year's remembrance of it, told within weeks of the day.

    "a 9/11 memorial ceremony" in a story of September 25, 2016 is 2016's; "She left a 9/11
    memorial ceremony on Sunday" in May is a ceremony for the day of 2001. With no reference
    the year is not known: "a 9/11 memorial ceremony on Sunday morning" is any year's.
    """
    reference = ctx.reference
    if _REMEMBRANCE.match(ctx.text, ctx.match.end(), _reach(ctx)) is None:
        return False
    if reference is None:
        return True
    anniversary = _safe_date(reference.year, month, day)
    return anniversary is not None and abs((reference - anniversary).days) <= _REMEMBRANCE_DAYS


#: Words that end the noun phrase of an incident ("the shooting of a man who ...").
_PHRASE_BREAKS: Final = frozenset({"who", "which", "that", "and", "but", "or", "as", "when"})


def _reach(ctx: _Context) -> int:
    """
    Where a pattern matched right after the expression may end: `_AFTER_REACH` on.

    `regex` looks for a pattern's literal words through the rest of the text before it
    matches at a position when no end is given: a megabyte read for every expression.
    """
    return _reach_at(ctx.text, ctx.match.end())


def _reach_at(text: str, position: int) -> int:
    """
    Where a pattern matched at *position* of *text* may end: `_AFTER_REACH` on (`_reach`).
    """
    return min(len(text), position + _AFTER_REACH)


def _back_to_line(ctx: _Context, chars: int) -> int:
    """
    Where a pattern read back from the match may start: *chars* before it, in its range.

    The line break before the range is in reach: `parse` scans each paragraph alone, and a
    pattern that looks for a line break or the text's start before the words it reads
    ("Afterward, ...", "One day, ...", "Updated at ...") finds it there, as `find_times` does
    in the whole text.
    """
    return max(ctx.lo - 1, ctx.match.start() - chars, 0)


#: How many characters after an expression the words read right after it may take.
_AFTER_REACH: Final = 120


def _frame_year(ctx: _Context, month: int | None = None) -> int | None:
    """
    The year a date opening the sentence sets for a month named later in it, or ``None``.

    "In 2012, he won again in November" is November 2012, and "Eight years ago, he won in
    February" February of that year: a sentence that opens on a year (or on a date that
    writes its year) is framed by it; "Since June" and "Last May" frame nothing.  A date
    elsewhere in the sentence frames nothing ("Smith, born in 1950, said in March"), nor does
    a past frame for a month the sentence puts ahead ("In 2012 he lost, but he will run in
    November"). A *month* (or a season's first) earlier in the year than the frame's own
    month, looked ahead to, is of the year after ("In December 2015, he said he would leave
    by March" is March 2016).
    """
    state = ctx.state
    anchor, span = state.anchor, state.anchor_span
    if anchor is None or span is None or not anchor[:4].isdigit():
        return None
    start = ctx.match.start()
    listed = _COLON_YEAR.search(ctx.text, max(ctx.lo, start - _COLON_REACH), start)
    if listed is not None and not _crosses_sentence(ctx.text, listed.end(), start):
        # "two shootings at the club in 2015: one on New Year's Day, another in September":
        # a year before a colon frames the list after it
        return _frame_unless_ahead(ctx, int(listed.group(1)))
    if _written_anchor(ctx) is None:
        return None
    opening = ctx.text[max(ctx.lo, span.start - 40) : span.start]
    cut = max(opening.rfind(mark) for mark in _SENTENCE_MARKS)
    if cut < 0 and span.start - 40 > ctx.lo:
        return None  # the sentence began further back
    lead = opening[cut + 1 :].split() if cut >= 0 else opening.split()
    if len(lead) == 2 and lead[0].lower().strip(_PUNCTUATION) in {"but", "and", "yet", "so"}:  # noqa: PLR2004
        lead = lead[1:]  # "But in 2012, ... beginning in April"
    if len(lead) > 1 or (lead and lead[0].lower().strip(_PUNCTUATION) not in _FRAME_WORDS):
        return None
    if (
        month is not None
        and anchor[5:7].isdigit()
        and month < int(anchor[5:7])
        and (
            ctx.tense() == _FUTURE
            or _word_before(ctx.text, ctx.match.start()) in _DEADLINE_WORDS
            or ctx.text[max(ctx.lo, ctx.match.start() - 8) : ctx.match.start()]
            .lower()
            .endswith(("by the ", "until the "))
        )
    ):
        # "In December 2015, he said he would leave by March", "... to be gone by the
        # spring": a month or season ahead of a later month's frame is of the year after
        return int(anchor[:4]) + 1
    return _frame_unless_ahead(ctx, int(anchor[:4]))


#: Words before a month that make it a deadline ahead of the frame (`_frame_year`).
_DEADLINE_WORDS: Final = frozenset({"by", "until", "till"})


def _event_year(ctx: _Context) -> int | None:
    """
    The past year of an event named before the month in its clause, or ``None``.

    "remained in the 2008 primary contest against Barack Obama until June" is June 2008: a
    year gone that dates the noun after it ("the 2008 primary", "his 2012 campaign") holds
    the month its clause tells of the event.  Not across a comma or a clause's mark ("who
    lost the 2008 primary, said in June"), nor after "since", nor in a sentence that looks
    ahead.
    """
    state = ctx.state
    anchor, span = state.anchor, state.anchor_span
    reference = ctx.reference
    if (
        anchor is None
        or span is None
        or reference is None
        or len(anchor) != _YEAR_VALUE_LENGTH
        or not anchor.isdigit()
        or int(anchor) >= reference.year
    ):
        return None
    start = ctx.match.start()
    if not 0 < start - span.end <= _EVENT_YEAR_REACH:
        return None
    between = ctx.text[span.end : start]
    if _EVENT_YEAR_NOUN.match(between) is None or _EVENT_YEAR_BREAK.search(between) is not None:
        return None
    return _frame_unless_ahead(ctx, int(anchor))


#: How far after a year dating an event a month of its clause may stand.
_EVENT_YEAR_REACH: Final = 80
_YEAR_VALUE_LENGTH: Final = 4
#: A noun of an event a year dates, right after the year ("2008 primary", "2012 campaign").
_EVENT_YEAR_NOUN: Final = regex.compile(
    r"[^\S\n]++(?:presidential[^\S\n]++|general[^\S\n]++|democratic[^\S\n]++|republican[^\S\n]++)?"
    r"(?:primary|primaries|election|campaign|race|contest|run|bid|season|caucus|caucuses"
    r"|convention|nomination|session)\b",
    regex.IGNORECASE,
)
#: What sets a month apart from the clause of the year before it.
_EVENT_YEAR_BREAK: Final = regex.compile(r"[,;:.!?()\n\u2014\u2013]|\b(?:since|and|but)\b")


def _later_in_year(ctx: _Context, month: int) -> int | None:
    """
    The year of a month and its year written earlier in the sentence, for a later month.

    "was arrested in January 2015 and charged in March" is March 2015; "would assume office
    in January 2017, run in a special election in November" November 2017: a sentence that
    tells a sequence goes on in the year it wrote out.  Not for an earlier month, nor a past
    year in a sentence that looks ahead ("arrested in January 2015, he will be tried in
    March").
    """
    written = _written_anchor(ctx)
    if written is None:
        return None
    anchor, span = written
    if len(anchor) < _MONTH_VALUE_LENGTH or not anchor[5:7].isdigit() or month <= int(anchor[5:7]):
        return None
    start = ctx.match.start()
    if start - span.end > _SEQUENCE_REACH:
        return None
    if (
        _SEQUENCE_BREAK.search(ctx.text, span.end, start) is not None
        or ctx.text[max(0, span.start - 6) : span.start].lower() == "since "
    ):
        # "since June 2014, and again since the Paris attacks in November", "have risen
        # since June 2012, and in October": a start and a time of its own
        return None
    return _frame_unless_ahead(ctx, int(anchor[:4]))


def _written_anchor(ctx: _Context) -> tuple[str, Span] | None:
    """
    The last date named and its span, if it wrote out its year earlier in the sentence.

    It must stand in the match's range too; "Since June", "Last May" write no year (theirs
    was only inferred): ``None``.
    """
    state = ctx.state
    anchor, span = state.anchor, state.anchor_span
    if anchor is None or span is None or not anchor[:4].isdigit():
        return None
    if len(anchor) > 4 and anchor[:4] not in ctx.text[span.start : span.end]:  # noqa: PLR2004
        return None
    start = ctx.match.start()
    if span.end > start or span.start < ctx.lo or _crosses_sentence(ctx.text, span.end, start):
        return None
    return anchor, span


#: How far after a month and its year `_later_in_year` reads a later month.
_SEQUENCE_REACH: Final = 120
#: Words between two times that set the second apart from the first: another start, a
#: repetition ("and again since").
_SEQUENCE_BREAK: Final = regex.compile(r"\b(?:since|again)\b", regex.IGNORECASE)


def _last_or_next_before(ctx: _Context) -> str | None:
    """
    "last" or "next" as the word right before the match ("last April 21"), else ``None``.
    """
    start = ctx.match.start()
    before = ctx.text[max(ctx.lo, start - 5) : start].lower()
    if before in {"last ", "next "} and (start == 5 or not ctx.text[start - 6].isalnum()):  # noqa: PLR2004
        return before[:4]
    return None


def _written_before(ctx: _Context, month: int, day: int) -> int | None:
    """
    The year an earlier date with the same month and day wrote out, or ``None``.

    "the Dec. 2, 2015, terror attack ... after Dec. 2" names one day twice; not when the
    day is said to come ("will mark Dec. 2") or named as "last" or "next".
    """
    year = ctx.state.written_days.get((month, day))
    if (
        year is None
        or (ctx.tense() == _FUTURE and not _past_infinitive(ctx))
        or _last_or_next_before(ctx) is not None
    ):
        return None
    return year


def _past_infinitive(ctx: _Context) -> bool:
    """
    Whether the match is in an infinitive a past verb governs, with no modal after it.

    "called us to offer help after Sept. 11", "wanted to meet on Dec. 2": the infinitive
    looks ahead from a past, not from the reference; not "will try to meet on Dec. 2".
    """
    start = ctx.match.start()
    words = [
        raw.strip(_PUNCTUATION) for raw in ctx.text[max(ctx.lo, start - 60) : start].lower().split()
    ]
    if "to" not in words:
        return False
    index = len(words) - 1 - words[::-1].index("to")
    before = words[max(0, index - 2) : index]
    return (
        not any(word in {"will", "shall", "would", "going"} for word in words[index:])
        and any(word in PAST_CUES or _ed_form(word) for word in before)
        and not any(word in {"will", "shall", "is", "are", "am"} for word in before)
    )


def _near_day_year(ctx: _Context, month: int, day: int) -> int | None:
    """
    With no reference, the year that puts a month and day near the last day named, or None.

    Near is at most `_NEAR_DAYS` days from it: "13 September 1974 ... on 15 September" is
    1974, "April 14, 1995, when he arrived, until April 17" 1995, "Dec. 28, 2014 ... Jan. 3"
    2015.
    """
    last = _iso_day(ctx.state.day or "")
    if last is None:
        return None
    for year in (last.year, last.year + 1, last.year - 1):
        date = _safe_date(year, month, day)
        if date is not None and abs((date - last).days) <= _NEAR_DAYS:
            return year
    return None


#: How far from the last day named, with no reference, a day of no year takes its year.
_NEAR_DAYS: Final = 45


def _range_opened_year(ctx: _Context, month: int, day: int) -> int | None:
    """
    The year of a day closing a range opened by a dated day, or ``None``.

    "from April 14, 1995, until April 17", "between Dec. 28, 2014 and Jan. 3", "from Dec.
    28 until Jan. 3": the year of the opening day (written, or read from the reference), or
    the next when the day comes earlier in the year.
    """
    state = ctx.state
    anchor, where = state.anchor, state.anchor_span
    start = ctx.match.start()
    if (
        anchor is None
        or where is None
        or len(anchor) != _DAY_VALUE_LENGTH
        or not 0 <= start - where.end <= _RANGE_GAP_CHARS
        or not anchor[:4].isdigit()
        or _RANGE_CLOSER.fullmatch(ctx.text, where.end, start) is None
        or _WRITTEN_DAY.search(ctx.text, where.start, where.end) is None  # not "from 10 a.m."
        or _RANGE_OPENER.search(ctx.text, max(0, where.start - 10), where.start) is None
    ):
        return None
    year = int(anchor[:4])
    return year + 1 if (month, day) < (int(anchor[5:7]), int(anchor[8:10])) else year


#: What stands between the two dates of a range ("April 14, 1995, until April 17").
_RANGE_CLOSER: Final = regex.compile(
    r",?[^\S\n]{1,3}+(?:until|till|to|through|thru|and)[^\S\n]{1,3}+"
    r"|[^\S\n]{0,3}+[-\u2013\u2014][^\S\n]{0,3}+"
)
#: What opens a range of two dates right before the first ("from", "between").
_RANGE_OPENER: Final = regex.compile(r"\b(?:from|between)[^\S\n]{1,3}+$", regex.IGNORECASE)
#: How many characters may stand between the two dates of a range.
_RANGE_GAP_CHARS: Final = 12


def _narrative_year(ctx: _Context, month: int, *, day: bool = False) -> int | None:
    """
    The year of a story told of a year gone, for a month named without one, or ``None``.

    A year written out two or more years before the reference ("In the fall of 2007") is
    the year of the months named after it, as long as no date outside it came between and
    the story does not stray from it ("By Jan. 18, Obama had ..." is January 2008). With no
    reference, a *day* of a month ("until April 17" after "April 15, 1995") takes any year
    written so; a month alone may be of the year the story is told in ("captured in March
    2019 ... In April").
    """
    state = ctx.state
    year, reference, anchor = state.narrative_year, ctx.reference, state.anchor
    if (
        not year
        or anchor is None
        or (reference is None and not day)
        or (
            reference is not None
            and year > reference.year - _NARRATIVE_GAP
            # "On March 2, 2015 ... the following day ... On March 25" in 2016: a day of a
            # month on from a dated day of the year before goes on with its story
            and not (
                day
                and year == reference.year - 1
                and len(anchor) == _DAY_VALUE_LENGTH
                and month >= _ANCHOR_MONTHS.get(anchor[5:7], 13)
            )
        )
    ):
        return None
    start = ctx.match.start()
    if (
        state.narrative_paragraph
        and "\n" in ctx.text[state.narrative_end : start]
        and not _goes_on_in_paragraph(ctx.text, state.narrative_end, start)
    ):
        return None
    ends = _SENTENCE_BREAKS.findall(ctx.text, state.narrative_end, start)
    if _OPENS_FRAME.search(ctx.text, max(0, start - 8), start) is not None:
        # "In August, she flew to New York": a sentence set in a month goes on with the story
        if start - state.narrative_end > _NARRATIVE_REACH * 3 or len(ends) > 8:  # noqa: PLR2004
            return None
    else:
        if start - state.narrative_end > _NARRATIVE_REACH:
            return None
        if len(ends) > 2 or sum("\n" in end for end in ends) > 1:  # noqa: PLR2004
            return None  # the story may have come back to its day, two sentences or a paragraph on
        if _QUOTE_OPENS.search(ctx.text, state.narrative_end, start) is not None:
            # a quotation speaks from its own day ("``The late-November trip,'' he said")
            return None
    if ctx.tense() == _FUTURE or _last_or_next_before(ctx) is not None:
        return None
    since = _ANCHOR_MONTHS.get(anchor[5:7], 0)
    return year + 1 if month < since and (reference is None or year + 1 < reference.year) else year


#: The half of the day closing a clock time, as `Context.near_direction` reads its words.
_MERIDIEM_WORDS: Final = frozenset({"a.m", "p.m", "am", "pm"})
#: The end of a sentence, with the space after it.
_SENTENCE_BREAKS: Final = regex.compile(r"[.?!][\"'\u201d\u2019)]{0,3}\s++")


def _goes_on_in_paragraph(text: str, end: int, start: int) -> bool:
    """
    Whether a story set in a year by the paragraph before goes on in ``start``'s sentence.

    It does in the first sentence of the next paragraph when that opens on a conjunction
    ("Campaigning against Mitt Romney in 2012, he barely mentioned climate change. \u00b6 But
    soon after Election Day, Mr. Obama ..."), not when it opens on a frame of its own ("In
    2009, ... \u00b6 In March, ...").
    """
    gap = text[end:start]
    opening = gap.rfind("\n") + 1
    if "\n" in gap[:opening].rstrip():
        return False  # a paragraph between
    first = end + opening
    return (
        _GOES_ON.match(text, first, start) is not None
        and _SENTENCE_BREAKS.search(text, first, start) is None
    )


#: A conjunction opening a paragraph that goes on with the story of the one before.
_GOES_ON: Final = regex.compile(r"[ \t]{0,8}+(?:But|And|Yet)\b")
#: A preposition opening a sentence, right before the month that sets it.
_OPENS_FRAME: Final = regex.compile(r"(?:^|[.?!]\s|\n)\s*+(?:In|By|On|Until|Through|During)\s++$")
#: A mark that opens a quotation.
_QUOTE_OPENS: Final = regex.compile(r"``|[\"\u201c]")
#: Years a written year lies before the reference for the story to be told of it, and the
#: characters a month may follow the last date in that year.
_NARRATIVE_GAP: Final = 2
_NARRATIVE_REACH: Final = 600
#: The first month of an anchor's month or season, for a story moving on past New Year.
_ANCHOR_MONTHS: Final = {f"{m:02d}": m for m in range(1, 13)} | {
    "SP": 3,
    "SU": 6,
    "FA": 9,
    "WI": 12,
}


#: A year before a colon that opens a list ("in 2015: one on New Year's Day, another in
#: September"), and how far back `_frame_year` looks for one.
_COLON_YEAR: Final = regex.compile(r"\b(1[89]\d\d|20\d\d):[^\S\n]", regex.REVERSE)  # the last one
_COLON_REACH: Final = 200


def _frame_unless_ahead(ctx: _Context, year: int) -> int | None:
    """
    *year* as the frame of the match, unless it is past and the match's sentence looks ahead.
    """
    reference = ctx.reference
    if reference is not None and year < reference.year and ctx.tense() == _FUTURE:
        return None
    return year


def _month_day_direction(ctx: _Context) -> int | None:
    """
    Direction for a month and day without a year.

    The word governing it ("ended March 31", "extended to Nov. 20", "since May 5"), else
    ``None``: the nearest date, with a bias to the past.
    """
    # the search starts before the paragraph, so that the line break opening the stamp's
    # line is in reach
    if _STAMP.search(ctx.text, max(0, ctx.match.start() - 40), ctx.match.start()):
        return None  # "Updated at 11:13 a.m. Aug. 17": a page's stamp, no past verb
    near = ctx.near_direction()
    return None if near == _NEAREST else near


#: A page's stamp opening a line, right before a date ("Updated at 11:13 a.m.", "Posted").
_STAMP: Final = regex.compile(
    r"(?:^|\n)[^\S\n]*+(?:Last[^\S\n]+)?(?:Updated|Posted|Published|Modified|Created)"
    r"(?:[^\S\n]+(?:at|on))?[^\S\n]*+:?[^\S\n]*+$"
)


def _opening_day_will(ctx: _Context) -> bool:
    """
    Whether a day opening its sentence before a comma heads a clause in the future.

    "On Dec. 1, the agency will begin enforcing the rule": "will" among the first words of
    the clause after the comma, before any past verb.
    """
    start, end = ctx.match.span()
    text = ctx.text
    if not text.startswith(",", end) or not _opens_sentence(text, start, end, _DAY_OPENERS, ctx.lo):
        return False
    for raw in text[end + 1 : min(ctx.hi, end + 60)].split()[:_CLAUSE_WORDS]:
        word = raw.strip(_PUNCTUATION).lower()
        if word in {"will", "shall"} or word.endswith(("'ll", "\u2019ll")):
            return True
        if word in PAST_CUES or _ed_form(word) or raw[-1:] in ",.;:!?":
            return False
    return False


#: Words a sentence may open with before a day that heads it ("On Dec. 1,", "By March 3,").
_DAY_OPENERS: Final = frozenset({"on", "by", "and", "but", "then", "starting", "beginning"})
#: How many words of a clause `_opening_day_will` reads for its verb.
_CLAUSE_WORDS: Final = 6


#: How far before an election's date the condition it closes is read.
_IF_PAST_CHARS: Final = 100
#: A condition in the past form of a "would", opened before an election's date in its clause:
#: "would fare if he won the U.S. presidential election on ".
_IF_PAST_BEFORE: Final = regex.compile(
    r"\b(?:would|could|might)[^\S\n]{1,3}+[a-z]++[^\S\n]{1,3}+if[^\S\n]{1,3}+"
    r"(?:he|she|they|we|i|you|it)[^\S\n]{1,3}+[a-z]++[^\S\n](?:[^.!?;,\n]|(?<=\b(?-i:\p{Lu}))\.)*+$",
    regex.IGNORECASE,
)


def _election_on(ctx: _Context) -> bool:
    """
    Whether the match follows an election noun and "on" ("the presidential election on Nov. 8").
    """
    before = ctx.text[max(ctx.lo, ctx.match.start() - 24) : ctx.match.start()].lower().split()
    return len(before) >= 2 and before[-1] == "on" and before[-2] in _ELECTION_NOUNS  # noqa: PLR2004


def _month_day(ctx: _Context, reference: dt.date, month: int, day: int) -> dt.date | None:
    """
    The date of a month and day named without a year or a weekday.

    "last April 21" is the last one before the reference, "next April 21" the coming one (the
    word stays out of the span, as the AQUAINT annotators left it).
    Otherwise the governing word decides (`_month_day_direction`), else the nearest date; but
    a date the nearest reading puts ahead is past next to an incident noun ("the April 16
    shooting", unless it is a day or two ahead: a story dated early) or, a month or more
    ahead, before a verb in the past ("said that March 5 was the deadline") or in a sentence
    in the past tense that tells of a killing or a shooting ("were shot and killed in their
    home on August 8"; not "engineered the release to influence the Nov. 8 election").
    """
    if (word := _last_or_next_before(ctx)) is not None:
        # "reported stolen last [April 21]": AQUAINT leaves the word out of the span
        direction = _PAST if word == "last" else _FUTURE
        return _nearest_year(
            reference, lambda year: _safe_date(year, month, day), direction, strict=True
        )
    incident = ctx.next_to_incident()
    heading = None if incident else _month_day_direction(ctx)
    if heading is None and not incident and _opening_day_will(ctx):
        heading = _FUTURE  # "On Dec. 1, the agency will begin": ahead
    date = _nearest_year(reference, lambda year: _safe_date(year, month, day), heading)
    if (
        date is not None
        and date < reference
        and not incident
        and ctx.left_tense() == _FUTURE
        and ctx.near_direction() is None
        and _firm_future(ctx)
    ):
        # "He will appear at a hearing Oct. 20" in June: the coming one, which the nearest
        # reading (future distances counted double) lost to last October
        return _nearest_year(reference, lambda year: _safe_date(year, month, day), _FUTURE)
    if (
        date is not None
        and date < reference
        and not incident
        and (reference - date).days > _VOTE_HELD_DAYS
        and (_noun_after(ctx, _ELECTION_NOUNS, plain=2) or _election_on(ctx))
        and (
            not _sentence_past(ctx, _ASKING_OR_SAYING)
            # "in an interview aired on Monday when asked how ties would fare if he won the
            # U.S. presidential election on Nov. 8": a condition's vote, still to come
            or _IF_PAST_BEFORE.search(
                ctx.text, max(ctx.lo, ctx.match.start() - _IF_PAST_CHARS), ctx.match.start()
            )
            is not None
        )
    ):
        # "not be completed by the time of the Nov. 8 election", "hopes to win the election
        # on Nov. 8" in April: the coming vote, in a sentence that tells no past ("won the
        # Nov. 8 election" is gone), unless the last one was held lately ("will be sworn in
        # after the Nov. 8 election" in December)
        coming = _safe_date(date.year + 1, month, day)
        if coming is not None:
            return coming
    if date is None or date <= reference or (not incident and ctx.near_direction() is not None):
        return date  # "in relation to the Dec. 25 shooting": told once it happened
    ahead = (date - reference).days
    if (
        (ahead > _EARLY_DCT_DAYS and incident)
        or (ahead > _ONE_MONTH_DAYS and ctx.right_verb() == _PAST)
    ) or (
        ahead > _ONE_MONTH_DAYS
        and ctx.right_verb() != _FUTURE
        and ctx.tense() == _PAST
        and (
            _in_incident_sentence(ctx.text, *ctx.match.span())
            or _opens_sentence(ctx.text, *ctx.match.span())
            # "was arrested on a weapons charge on April 2": after "on", the nearest cue
            # on its left in the past ("to testify ... on Feb. 10", "is calling for the
            # redemption on Dec. 7" are ahead)
            or (
                (
                    (before := _word_before(ctx.text, ctx.match.start())) == "on"
                    # "were firing shots just after 2 a.m. on May 14": a clock time's
                    # word, the date's "on" inside the match
                    or (before in _CLOCK_WORDS_BEFORE and ctx.raw("hour") is not None)
                )
                and _wide_left_past(ctx)
                and not _plan_words_before(ctx)
            )
        )
    ):
        return _safe_date(date.year - 1, month, day)
    return date


def _wide_left_past(ctx: _Context) -> bool:
    """
    Whether the cue nearest the match on its left in its sentence is past, read far.

    As `_Context.left_tense`, but over twice its reach when that finds no cue: "Multiple
    people were firing shots inside the Boondocks Bar and Grill in the 2300 block of
    Washington Street East, just after 2 a.m. on May 14".
    """
    left = ctx.left_tense()
    if left is not None:
        return left == _PAST
    return _left_cue(_Words(ctx.text[ctx.wide_first() : ctx.match.start()])) == _PAST


#: Words right before a clock time that dates itself by a month and day after it ("at 2
#: a.m. on May 14"), as "on" is before the date alone: `_month_day`.
_CLOCK_WORDS_BEFORE: Final = frozenset({"at", "after", "around", "about", "before"})


#: Days after a vote within which "the Nov. 8 election" is still the one just held.
_VOTE_HELD_DAYS: Final = 90


def _plan_words_before(ctx: _Context) -> bool:
    """
    Whether a word of a plan or a present stands in the match's sentence shortly before it.

    "subpoenaed Elian to testify before the committee on Feb. 10", "said it is calling for
    the redemption on Dec. 7": what the past verb set up lies ahead.
    """
    words = ctx.text[_sentence_opening(ctx, 80) : ctx.match.start()].lower().split()
    return any(word.strip(_PUNCTUATION) in _PLAN_WORDS for word in words)


#: Words of a plan or of a present between a past verb and a date: the future cues and "to",
#: "is", "for".
_PLAN_WORDS: Final = FUTURE_WORDS | frozenset(
    {"to", "is", "are", "am", "for", "until", "plans", "plan", "next", "'s", "be"}
)


def _firm_future(ctx: _Context, *, after: bool = False) -> bool:
    """
    Whether the sentence says "will" or "is scheduled to" before the expression (*after* it).

    Weaker future cues ("his next speech", "the Senate votes", "need to") do not count.
    """
    start, end = ctx.match.span()
    if after:
        _, stop = _sentence_around(ctx.text, start, end, (start, min(ctx.hi, end + 60)))
        return _FIRM_FUTURE.search(ctx.text, end, stop) is not None
    first, _ = _sentence_around(ctx.text, start, end, (max(ctx.lo, start - 90), end))
    return _FIRM_FUTURE.search(ctx.text, first, start) is not None


#: "will", "'ll", "is scheduled to", "are expected to", "is due": the future for sure.
_FIRM_FUTURE: Final = regex.compile(
    r"""\b(?:will|shall)\b|['\u2019]ll\b
      | \b(?:is|are|am)[^\S\n]{1,3}(?:\w{1,20}ly[^\S\n]{1,3})?(?:scheduled|expected|set|slated|due|going)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)


#: Days a story's date may fall before the events it reports (a dateline set early).
_EARLY_DCT_DAYS: Final = 2
#: The year "this", "last" and "next" year name, from the reference's.
_YEAR_SHIFT: Final = {"this": 0, "last": -1, "next": 1}


def _build_date(ctx: _Context) -> _Result | None:
    month_word = ctx.group("month")
    day_word = ctx.group("day")
    if day_word is not None and ctx.raw("ordinal") is not None:
        return _ordinal_day(ctx, int(day_word))
    if month_word is None or day_word is None:
        return None
    month = _month_number(month_word)
    day = _day_number(day_word)
    if month is None or day is None or not 1 <= month <= 12 or not 1 <= day <= 31:  # noqa: PLR2004
        return None
    year_word = ctx.raw("year")
    weekday_word = ctx.group("weekday")
    hour = ctx.raw("hour") if ctx.raw("ampm") is None and ctx.raw("word") is None else None
    date: dt.date | None
    if year_word is not None:
        year = int(year_word)
        if len(year_word) == 2:  # noqa: PLR2004 - "3/17/20"
            pivot = (ctx.reference.year % 100 + 5) if ctx.reference else 30
            year += 2000 if year <= pivot else 1900
            if "-" in ctx.match.group() and (
                ctx.reference is None or not 0 <= ctx.reference.year - year <= 1
            ):
                # "1-17-17" in a release of 2017 is a day; with dashes, two digits of a year
                # far from the story's are a score or a code ("a 4-10-65 vote")
                return None
        date = _safe_date(year, month, day)
        if date is None:
            return None
        ctx.state.written_days[month, day] = year
    elif (yrel := ctx.group("yrel")) is not None and ctx.reference is not None:
        # "June 16th of last year": the day in the year named
        date = _safe_date(ctx.reference.year + _YEAR_SHIFT[yrel], month, day)
        if date is None:
            return None
    elif (month, day) == _NINE_ELEVEN and (
        ("/" in ctx.match.group() and not _day_remembered(ctx, month, day))
        or _ATTACKS.match(ctx.text, ctx.match.end(), _reach(ctx))
    ):
        # "the Sept. 11 attacks", "since 9/11": the day every reader knows, named in passing
        # unless the story tells of it ("On 9/11, he was ..."; not "her remarks on 9/11");
        # not "Fahrenheit 9/11"
        if "/" in ctx.match.group() and _after_title_word(ctx):
            return None
        on = ctx.text[max(ctx.lo, ctx.match.start() - 3) : ctx.match.start()] == "On "
        # "after the 9/11 attacks ... Since Sept. 11": the day named again is the same
        ctx.state.written_days[_NINE_ELEVEN] = 2001
        return _Result(_DATE, "2001-09-11", updates=on)
    elif weekday_word is None and (
        (
            written := _YEAR_RIGHT_BEFORE.search(
                ctx.text, max(ctx.lo, ctx.match.start() - 6), ctx.match.start()
            )
        )
        is not None
    ):
        date = _safe_date(int(written.group(1)), month, day)  # "HOMICIDES 2016 Jan. 5: ..."
        if date is None:
            return None
    elif weekday_word is None and (opened := _range_opened_year(ctx, month, day)) is not None:
        date = _safe_date(opened, month, day)  # "from April 14, 1995, until April 17"
        if date is None:
            return None
    elif weekday_word is None and (reviewed := _review_year(ctx, month)) is not None:
        date = _safe_date(reviewed, month, day)  # "January" heading a year's review: "Jan. 2"
        if date is None:
            return None
    elif weekday_word is None and (frame := _frame_year(ctx, month)) is not None:
        date = _safe_date(frame, month, day)  # "In 2012, the vote on Nov. 6"
        if date is None:
            return None
    elif weekday_word is None and (told := _written_before(ctx, month, day)) is not None:
        date = _safe_date(told, month, day)  # "the Dec. 2, 2015, attack ... after Dec. 2"
        if date is None:
            return None
    elif weekday_word is None and (told := _narrative_year(ctx, month, day=True)) is not None:
        date = _safe_date(told, month, day)  # "In the fall of 2007 ... By Jan. 18"
        if date is None:
            return None
    elif ctx.reference is None:
        near = _near_day_year(ctx, month, day) if weekday_word is None else None
        if near is None:
            return _Result(_DATE, f"XXXX-{month:02d}-{day:02d}")
        # "The attack on 13 September 1974 ... on 15 September, ETA issued a statement": a
        # day weeks from the last day named, with no reference, is of that day's year
        date = _safe_date(near, month, day)
        if date is None:
            return None
    else:
        weekday = WEEKDAYS.get(weekday_word.rstrip(".")) if weekday_word else None
        if weekday is not None:
            matching = _weekday_dates(ctx.reference, month, day, weekday) or _written_weekday_dates(
                ctx, month, day, weekday
            )
            if matching:
                date = matching[0]
            else:
                date = _nearest_year(
                    ctx.reference,
                    lambda year: _safe_date(year, month, day),
                    _month_day_direction(ctx),
                )
        else:
            date = _month_day(ctx, ctx.reference, month, day)
    if date is None:
        return None
    if hour is not None:
        return _Result(_TIME, f"{date.isoformat()}T{hour}:{ctx.raw('minute')}{_seconds(ctx)}")
    if (part := ctx.group("wpod")) is not None:
        return _Result(_TIME, f"{date.isoformat()}T{PARTS_OF_DAY[part]}")  # "Monday night, June 27"
    if (
        year_word is not None
        and ctx.reference is not None
        and date.year < ctx.reference.year
        and _ANNIVERSARY_OF.search(
            ctx.text, max(ctx.lo, ctx.match.start() - 120), ctx.match.start()
        )
    ):
        # "on the anniversary of the storming of the Bastille on July 14, 1789": the day
        # remembered, no day the story goes on from ("for most of the night" after it is the
        # night of the story's own day)
        return _Result(_DATE, date.isoformat(), updates=False)
    return _Result(_DATE, date.isoformat())


#: A year right before a month and day, written year first ("HOMICIDES 2016 Jan. 5:").
_YEAR_RIGHT_BEFORE: Final = regex.compile(r"(?<![\d,.$/-])\b((?:1[89]|20)\d\d)[^\S\n]$")
#: "anniversary" earlier in the sentence of a date.
_ANNIVERSARY_OF: Final = regex.compile(
    r"\banniversar(?:y|ies)\b[^.!?\n]{0,120}+$", regex.IGNORECASE
)


def _ordinal_day(ctx: _Context, day: int) -> _Result | None:
    """
    A day of a month named by its ordinal alone ("stayed until the 17th").

    It is in the month of the last day or month named ("checked in on April 15 ... stayed
    until the 17th"), else in the reference's month, or the month before it when the words
    point back to a day after the reference's ("said it happened on the 28th", on the 5th).
    With neither, the month is unknown (``XXXX-XX-17``).
    """
    anchor = ctx.state.anchor or ""
    month_rel = ctx.group("mrel")
    if month_rel in _YEAR_SHIFT:  # the same words shift a month ("the 15th of next month")
        if ctx.reference is None:
            return _Result(_DATE, f"XXXX-XX-{day:02d}")
        year, month = divmod(
            ctx.reference.year * 12 + ctx.reference.month - 1 + _YEAR_SHIFT[month_rel], 12
        )
        date = _safe_date(year, month + 1, day)  # "by the 15th of next month"
        return None if date is None else _Result(_DATE, date.isoformat())
    if _YEAR_MONTH.match(anchor) is not None:
        year, month = int(anchor[:4]), int(anchor[5:7])
    elif ctx.reference is not None:
        year, month = ctx.reference.year, ctx.reference.month
        direction = ctx.near_direction()
        if direction == _PAST and day > ctx.reference.day:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        elif direction == _FUTURE and day < ctx.reference.day:
            year, month = (year, month + 1) if month < 12 else (year + 1, 1)  # noqa: PLR2004
    elif (loose := ctx.state.loose_day)[5:6].isdigit():
        return _Result(_DATE, f"XXXX-{loose[5:7]}-{day:02d}")  # "on August 4 ... the 6th"
    else:
        return _Result(_DATE, f"XXXX-XX-{day:02d}")
    date = _safe_date(year, month, day)
    return None if date is None else _Result(_DATE, date.isoformat())


#: A value naming a month of a known year or a day or time in it ("2016-04", "2016-04-15").
_YEAR_MONTH: Final = regex.compile(r"\d{4}-(?:0[1-9]|1[0-2])(?![\dW])")


#: The last characters of a word after which the next word may open a sentence (or a quote).
_MAY_END_SENTENCE: Final = '.!?:"\u201c'


def _after_title_word(ctx: _Context) -> bool:
    """
    Whether the match is part of a name ("Fahrenheit 9/11", "Democracy Now").

    It is when a capitalised word that opens no sentence and is no function word comes
    right before it.
    """
    before = ctx.text[max(ctx.lo, ctx.match.start() - 24) : ctx.match.start()]
    words = before.split()
    if not before.endswith(" ") or len(words) < 2 or ctx.match.group().isupper():  # noqa: PLR2004
        return False  # "WATCH IT RIGHT NOW": a headline in capitals
    word = words[-1]
    return (
        word[:1].isupper()
        and word.isalpha()
        and word.lower() not in _TITLE_CASE_SMALL
        and words[-2][-1:] not in _MAY_END_SENTENCE
    )


def _listed_year(ctx: _Context) -> int | None:
    """
    The year written after the next month or season of a list the match begins.

    "January and February 2016", "the spring and summer of 2009", "from March to May 2015",
    "May, June and July of last year": the year closing the list is the first item's too.
    """
    match = _LIST_YEAR.match(ctx.text, ctx.match.end(), min(ctx.hi, ctx.match.end() + 60))
    if match is None:
        return None
    if (year := match.group("year")) is not None:
        return int(year)
    if ctx.reference is None:
        return None  # "March and April of last year" with no reference: no year to count from
    # "in March and April of last year", "May, June and July of this year"
    return ctx.reference.year + _YEAR_SHIFT[match.group("yrel").lower()]


def _paired_year(ctx: _Context, month: int) -> int | None:
    """
    The year of a month joined to the month named right before it, or ``None``.

    "the ads reserved in December and January", said in November 2015: the second follows
    the first (`2016-01` after `2015-12`); a month up to half a year before the first ("April
    and March") is of the first's year. A second month still to come after a first one gone
    is read alone unless the sentence looks ahead.
    """
    state = ctx.state
    span, anchor = state.anchor_span, state.anchor
    if (
        span is None
        or anchor is None
        or _MONTH_VALUE.fullmatch(anchor) is None
        or _PAIR_GAP.fullmatch(ctx.text, span.end, ctx.match.start()) is None
    ):
        return None
    year, first = int(anchor[:4]), int(anchor[5:7])
    paired = year + 1 if first - month >= _PAIR_WRAP_MONTHS else year
    reference = ctx.reference
    if (
        reference is not None
        and dt.date(year, first, 1) <= reference < dt.date(paired, month, 1)
        and ctx.tense() != _FUTURE
    ):
        # "He worked there from October to February", said in November: a first month gone
        # and a second still to come is no pair told in the past; each is read alone
        return None
    return paired


#: A month's value with its year ("2015-12").
_MONTH_VALUE: Final = regex.compile(r"\d{4}-(?:0[1-9]|1[0-2])")
#: What joins two months named as a pair or a range: "and", "or", "to", "through", a dash.
_PAIR_GAP: Final = regex.compile(
    r",?[^\S\n]{1,3}(?:and|or|to|through|until|into)[^\S\n]{1,3}|[^\S\n]?[-\u2013][^\S\n]?",
    regex.IGNORECASE,
)
#: How many months before the first of a pair the second may fall and be of the year after
#: ("December and January"); nearer, it is of the first's year ("April and March").
_PAIR_WRAP_MONTHS: Final = 6


#: A month or season after a conjunction, then a year: what `_listed_year` reads.
_LIST_YEAR: Final = regex.compile(
    r"(?:,[^\S\n]{1,3}(?=(?-i:\p{Lu}))(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\b\.?)*+,?"
    r"[^\S\n]{1,3}(?:and|or|to|through|until|into|-|\u2013)[^\S\n]{1,3}"
    r"(?:(?:early|late|mid)[^\S\n-]{0,2}-?[^\S\n]{0,2})?"
    r"(?:(?=(?-i:\p{Lu}))(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\b\.?(?:[^\S\n]{1,3}\d{1,2}(?:st|nd|rd|th)?\b)?|(?:"
    + "|".join(sorted(SEASONS, key=len, reverse=True))
    + r")\b)"
    r",?[^\S\n]{1,3}(?:of[^\S\n]{1,3})?(?:(?P<year>(?:1[89]|20)\d\d)\b(?![-.,]?\d)"
    r"|(?P<yrel>last|this|next)[^\S\n]{1,3}year\b)",
    regex.IGNORECASE,
)


#: Nouns of a month's figures, reported once it ended ("the November jobs report").
_DATA_NOUNS: Final = frozenset(
    {"jobs", "employment", "unemployment", "payrolls", "inflation", "figures", "data"}
    | {"statistics", "numbers", "sales", "retail", "trade", "performance"}
    # things said, once said: "after her March comment that"
    | {"comment", "comments", "remark", "remarks", "tweet", "tweets"}
)
#: What stands between the months of a range ("June to early October").
_MONTH_RANGE_GAP: Final = regex.compile(
    r"(?<!\s)\s*+(?:(and)|to|through|thru|until|till|into|[-\u2013\u2014])\s*+"
    r"(?:(?:early|mid|late|the\s+(?:end|middle|beginning|start)\s+of)[\s-]*)?",
    regex.IGNORECASE,
)
#: What opens a range whose months "and" joins ("between June and October").
_MONTH_RANGE_OPEN: Final = regex.compile(
    r"\b(?:between|from)\s+(?:(?:early|mid|late)[\s-]*)?$", regex.IGNORECASE
)
#: Nouns of a month's report ("according to May's survey").
_REPORT_NOUNS: Final = frozenset({"report", "reports", "survey", "surveys", "poll", "polls"})
#: Nouns of figures, remarks and reports: a month before one is gone ("their February
#: campaign finance reports", "the November jobs report").
_MONTH_GONE_NOUNS: Final = _DATA_NOUNS | _REPORT_NOUNS | {"filing", "filings"}
#: The length of a month value, "2016-06".
_MONTH_VALUE_LENGTH: Final = 7


def _month_range_year(ctx: _Context, month: int) -> int | None:
    """
    The year of a month that closes a range after a month without its year, or ``None``.

    The range runs forward: "between June and early October" said in April 2016 is June to
    October 2016, and "from November to March" runs into the next year.
    """
    anchor, span = ctx.state.anchor, ctx.state.anchor_span
    if anchor is None or span is None or len(anchor) != _MONTH_VALUE_LENGTH:
        return None
    gap = _MONTH_RANGE_GAP.fullmatch(ctx.text, span.end, ctx.match.start())
    if gap is None or not anchor[:4].isdigit() or not anchor[5:].isdigit():
        return None  # a month after a season or a quarter ("from spring 2015 to June")
    if gap.group(1) is not None and (
        _MONTH_RANGE_OPEN.search(ctx.text, max(ctx.lo, span.start - 24), span.start) is None
    ):
        return None  # "in June and October": a list, each month read alone
    year = int(anchor[:4])
    return year if month >= int(anchor[5:]) else year + 1


#: Years named from the last one after a month ("September of the same year"): the shift.
_ANAPHORIC_YEARS: Final = {
    "that": 0,
    "the same": 0,
    "the following": 1,
    "the next": 1,
    "the previous": -1,
}


def _incident_month_dated(ctx: _Context, month: int) -> int | None:
    """
    The one year the text writes the month with, a day and that year, anywhere in it.

    For a month named before an incident's noun ("a July shooting"): "The July 29, 2014,
    shooting" elsewhere says which July. ``None`` when no such date is written, or dates
    of two years are.
    """
    years = {
        int(found.group("year"))
        for found in _MONTH_DAY_YEAR.finditer(ctx.text, ctx.lo, ctx.hi)
        if MONTHS.get(found.group("month").lower().rstrip(".")) == month
    }
    return years.pop() if len(years) == 1 else None


#: A month's name, a day and a year ("July 29, 2014", "Feb. 3 2015"), for
#: `_incident_month_dated`.
_MONTH_DAY_YEAR: Final = regex.compile(
    r"\b(?P<month>"
    + "|".join(sorted((word for word in MONTHS if len(word) > 2), key=len, reverse=True))  # noqa: PLR2004
    + r")\.?[^\S\n]{1,3}+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?[^\S\n]{1,3}+(?P<year>(?:19|20)\d\d)\b",
    regex.IGNORECASE,
)


#: A gathering joined to "March" ("March and prayer vigil", "March and rally"): a march.
_MARCH_AND_VIGIL: Final = regex.compile(
    r"[^\S\n]++and[^\S\n]++(?:prayer[^\S\n]++|candlelight[^\S\n]++)?"
    r"(?:vigil|rally|protest|walk|prayer|memorial)s?\b",
    regex.IGNORECASE,
)


def _build_month(ctx: _Context) -> _Result | None:
    month_word = ctx.group("month")
    if month_word is None:
        return None
    month = _month_number(month_word)
    if month is None:
        return None
    year = _written_year(ctx)
    if (
        month in _NAME_MONTHS
        and ctx.raw("rel") is None
        and year == _NO_YEAR
        and ((month == 5 and _looks_like_name(ctx)) or _first_name(ctx))  # noqa: PLR2004 - May
    ):
        return None
    if (
        month == 3  # noqa: PLR2004 - March
        and year == _NO_YEAR
        and _word_before(ctx.text, ctx.match.start()) in _MARCH_NAMES
        and ctx.text[ctx.match.start() : ctx.match.start() + 1] == "M"
    ):
        return None  # "the NYC Pride March", "the Women's March": a march, no month
    if (
        month == 3  # noqa: PLR2004 - March
        and year == _NO_YEAR
        and ctx.text[ctx.match.start() : ctx.match.start() + 1] == "M"
        and _MARCH_AND_VIGIL.match(ctx.text, ctx.match.end(), _reach(ctx)) is not None
    ):
        return None  # "March and prayer vigil for Olathe shooting victims": a march
    if year != _NO_YEAR:
        if year is None:
            return None
        return _Result(_DATE, f"{year:04d}-{month:02d}")
    reference = ctx.reference
    rel = _norm(ctx.group("rel"))
    yrel = ctx.group("yrel")
    anaphor = _ANAPHORIC_YEARS.get(_norm(yrel) or "")
    if rel == "that" or anaphor is not None:
        # "That November", "January of that year", "September of the same year", "May of the
        # following year": in the year named last, or the one after or before it
        anchor = ctx.anchor_date()
        if anchor is None:
            return None
        year = anchor[0].year + (anaphor or 0)
        return _Result(_DATE, f"{year:04d}-{month:02d}", anchored=True)
    if rel is None and yrel is None and (reviewed := _review_year(ctx, month)) is not None:
        return _Result(_DATE, f"{reviewed:04d}-{month:02d}")  # a year's review: "January"
    if rel is None and yrel is None and (listed := _listed_year(ctx)) is not None:
        return _Result(_DATE, f"{listed:04d}-{month:02d}")  # "January and February 2016"
    if rel is None and yrel is None and (paired := _paired_year(ctx, month)) is not None:
        return _Result(_DATE, f"{paired:04d}-{month:02d}")  # "in December and January"
    if rel is None and yrel is None and (frame := _frame_year(ctx, month)) is not None:
        return _Result(_DATE, f"{frame:04d}-{month:02d}")  # "In 2012, he won in November"
    if rel is None and yrel is None and (later := _later_in_year(ctx, month)) is not None:
        return _Result(_DATE, f"{later:04d}-{month:02d}")  # "in January 2015 ... in March"
    if rel is None and yrel is None and (told := _narrative_year(ctx, month)) is not None:
        return _Result(_DATE, f"{told:04d}-{month:02d}")  # "In 2007 ... In January"
    if rel is None and yrel is None and (event := _event_year(ctx)) is not None:
        return _Result(_DATE, f"{event:04d}-{month:02d}")  # "the 2008 primary ... until June"
    if reference is None or (
        rel is None
        and yrel is None
        and _MONTH_OF_YEARS.match(ctx.text, ctx.match.end(), _reach(ctx)) is not None
    ):
        # "as it gets closer to November in presidential election years", "in December in
        # most years": the month of any such year
        return _Result(_DATE, f"XXXX-{month:02d}")
    if rel is None and yrel is None and _noun_after(ctx, _MONTH_GONE_NOUNS, plain=3):
        # "the November jobs report": figures of a month gone, whatever the tense ("will get
        # evidence with the November jobs report" said in December)
        return _date_result(
            _nearest_year(
                reference.replace(day=1), functools.partial(_month_start, month=month), _PAST
            ),
            "M",
            ctx,
        )
    if rel is None and yrel is None and _incident_after(ctx):
        # "a November shooting": reported once it happened ("can win in November" is ahead)
        if (dated := _incident_month_dated(ctx, month)) is not None:
            # "after a July shooting on Bourbon Street" and, below, "The July 29, 2014,
            # shooting": the month of the incident the text dates in full
            return _Result(_DATE, f"{dated:04d}-{month:02d}")
        return _date_result(
            _nearest_year(
                reference.replace(day=1), functools.partial(_month_start, month=month), _PAST
            ),
            "M",
            ctx,
        )
    if yrel is not None:
        year = reference.year + _YEAR_SHIFT[yrel]
        return _Result(_DATE, f"{year:04d}-{month:02d}")
    current = reference.replace(day=1)
    build = functools.partial(_month_start, month=month)

    if rel == "this":
        date: dt.date | None = dt.date(reference.year, month, 1)
    elif rel in {"last", "this past"}:
        date = _nearest_year(current, build, _PAST, strict=True)
        if rel == "last" and date is not None and (current - date).days <= _ONE_MONTH_DAYS:
            date = build(date.year - 1)  # "last February" said in March is a year back
    elif rel in {"next", "this coming"}:
        date = _nearest_year(current, build, _FUTURE, strict=True)
    elif (range_year := _month_range_year(ctx, month)) is not None:
        date = dt.date(range_year, month, 1)  # "between June and early October"
    else:
        near = ctx.near_direction()
        direction = ctx.tense() if near is None else near
        if direction is None and _event_noun_next(ctx):
            # "the November election", "the convention in July": the coming one, unless this
            # year's was held lately (the convention in July, said in September; a headline's
            # "dies after shooting at dice game in October" tells of a shooting, in the past)
            held = _nearest_year(current, build, _PAST)
            direction = (
                _PAST
                if held is not None
                and (current - held).days <= _EVENT_HELD_DAYS
                and (
                    _sentence_past(ctx) or _sentence_has(ctx, _INCIDENT_WORDS, 120, _INCIDENT_STEMS)
                )
                else _FUTURE
            )
        if (
            direction != _FUTURE
            and (near is None or _said_of_election(ctx))
            and month == _ELECTION_MONTH
            and reference.year % 2 == 0
            and reference.month < _ELECTION_MONTH
            and (_election_talk(ctx) or (ctx.state.election_ahead and not _sentence_past(ctx)))
        ):
            # "Let's defeat her in November", "24 Senate seats up in November" in an election
            # year: the coming election's month
            direction = _FUTURE
        if direction == _FUTURE and month == _ELECTION_MONTH and reference.year % 2 == 0:
            ctx.state.election_ahead = True
        soon = _nearest_year(current, build, _FUTURE, strict=True)
        if direction is None:
            direction = (
                _FUTURE if soon is not None and (soon - current).days <= _SOON_DAYS else _PAST
            )
        elif (
            near is None
            and direction == _PAST
            and soon is not None
            and (soon - current).days <= _ONE_MONTH_DAYS
            and not _opening_month(ctx)
            and not _past_verb_before(ctx)
        ):
            # a past-tense sentence names next month ("said the rules will be published in
            # November" on October 30): the past one would be eleven months back, which news
            # calls "last November"
            direction = _FUTURE
        ahead = ctx.state.months_ahead.get(month)
        if (
            direction == _PAST
            and near is None
            and ahead is not None
            and (_month_modifies(ctx) or _present_perfect_only(ctx))
        ):
            # "holding primaries in March ... the March firewall she had been counting on":
            # the month the story named as coming, naming a thing of it, is the same month
            # ("bought it in February" after "by February" is another); so is one in a
            # sentence whose only past is a present perfect, which names no time gone ("by
            # the end of March ... we've always been focused on the delegate lead we need
            # over the course of March")
            date = build(ahead)
        else:
            date = _nearest_year(current, build, None if direction == _NEAREST else direction)
            if direction == _FUTURE and date is not None and date > current:
                ctx.state.months_ahead[month] = date.year
    return _date_result(date, "M", ctx)


#: Years in the plural after a month, which make it the month of any of them ("in
#: presidential election years", "of most years"; not "in recent years", "in the years").
_MONTH_OF_YEARS: Final = regex.compile(
    r"[^\S\n]++(?:in|of)[^\S\n]++(?!(?:the|those|these|past|previous|recent|\d+)\b)"
    r"(?:[\w-]++[^\S\n]++){0,3}years\b",
    regex.IGNORECASE,
)


def _past_verb_before(ctx: _Context) -> bool:
    """
    Whether a verb in the past governs the month right before it, past a pronoun and "in".

    "the Post asked about them in February", "reported it in January", "was published in
    March", "asked about the gifts in February"; not "to be published in November", "vote in
    March", "come up in April", "said the vote in November".
    """
    start = ctx.match.start()
    found = _PAST_VERB_BEFORE.search(ctx.text, max(ctx.lo, start - 48), start)
    if found is None:
        return False
    before, verb = found.group("before"), found.group("verb").lower()
    return (
        (before is None or before.lower() not in _NOT_PAST_BEFORE)
        and verb not in _SAYING  # "said the vote in November will be close"
        and _past_form([verb], 0)
    )


#: A verb, an optional particle and pronoun, and "in" or "during" before a month
#: (`_past_verb_before`), with the word before the verb.
_PAST_VERB_BEFORE: Final = regex.compile(
    r"(?:\b(?P<before>[\w']+)\s+)?(?<![\w'-])(?P<verb>[a-z]+)"
    r"(?:\s+(?:about|for|of|on|over|up|out|back|down))?"
    r"(?:\s+(?:them|it|him|her|us|me|this|that|those|these"
    r"|(?:the|a|an|his|her|their|its)\s+[a-z]+))?"
    r"(?:\s+(?:about|for|of|on|over|up|out|back|down))?"
    r"\s+(?:in|during)\s+$",
    regex.IGNORECASE,
)
#: Words before a participle that make it a present or future passive ("is scheduled",
#: "to be published"), not a past.
_NOT_PAST_BEFORE: Final = _PRESENT_BE | {"be", "being", "get", "gets"}


#: Quotation marks that may open a quoted modifier ("the "March firewall"").
_OPEN_QUOTES: Final = frozenset({'"', "\u201c", "'"})


def _present_perfect_only(ctx: _Context) -> bool:
    """
    Whether the verbs in the past of the match's sentence are all of a present perfect.

    "we've always been focused on ... over the course of March": "have" or "has" before the
    month, and every word in the past within three words after one of them.
    """
    start, end = ctx.match.span()
    text = ctx.text
    first, _stop = _sentence_around(
        text, start, end, (max(ctx.lo, start - _SENTENCE_READ), min(ctx.hi, end + _SENTENCE_READ))
    )
    words = [
        raw.strip(_PUNCTUATION).replace("\u2019", "'") for raw in text[first:start].lower().split()
    ]
    perfect = {
        index for index, word in enumerate(words) if word in {"have", "has"} or word.endswith("'ve")
    }
    if not perfect:
        return False
    participles = frozenset(
        words[index] for have in perfect for index in range(have + 1, min(len(words), have + 4))
    )
    return not _sentence_past(ctx, ignore=participles)


def _month_modifies(ctx: _Context) -> bool:
    """
    Whether a month after "the" modifies the noun after it ("the March states").

    A quotation mark may open before the month ("the \u201cMarch firewall\u201d").
    """
    start, end = ctx.match.span()
    opening = start - 1 if ctx.text[start - 1 : start] in _OPEN_QUOTES else start
    if _word_before(ctx.text, opening) != "the":
        return False
    after = ctx.text[end : min(ctx.hi, end + 24)]
    words = after.split(None, 1)
    if not after[:1].isspace() or not words:
        return False
    word = words[0].strip(_PUNCTUATION)
    return word.isalpha() and word.islower() and word not in FUNCTION_WORDS


def _sentence_past(ctx: _Context, ignore: frozenset[str] = frozenset()) -> bool:
    """
    Whether the sentence of the match holds a verb in the past tense, wherever it stands.

    A word of `PAST_WORDS` or one in "-ed" that is no passive ("is scheduled") nor follows an
    article ("the proposed merger"); not one of *ignore*.
    """
    start, end = ctx.match.span()
    text = ctx.text
    first, stop = _sentence_around(
        text, start, end, (max(ctx.lo, start - _SENTENCE_READ), min(ctx.hi, end + _SENTENCE_READ))
    )
    words = [raw.strip(_PUNCTUATION) for raw in text[first:stop].lower().split()]
    return any(
        _past_form(words, index)
        and (word in PAST_WORDS or index == 0 or words[index - 1] not in _ARTICLES)
        and word not in ignore
        and not _hypothetical(words, index)  # "if he won": a condition, no past
        for index, word in enumerate(words)
    )


def _said_of_election(ctx: _Context) -> bool:
    """
    Whether the month names an election told of after a verb of saying or a preposition.

    "said the November election will be close", "said November's general election", "to be
    replaced through the November election": the coming one, whatever the tense of the
    saying; not "won the November election" (a past verb of the vote itself).
    """
    if not _noun_after(ctx, _ELECTION_NOUNS, plain=2):
        return False
    words = ctx.text[max(ctx.lo, ctx.match.start() - 30) : ctx.match.start()].lower().split()
    while words and words[-1] in _OWN_DETERMINERS:
        words.pop()
    return bool(words) and words[-1].strip(_PUNCTUATION) in _ELECTION_BEFORE


#: Words before "the November election" that leave it the coming one, whatever the tense:
#: verbs of saying and naming, prepositions.
_ELECTION_BEFORE: Final = (
    _SAYING
    | {"that", "through", "until", "till", "before", "ahead", "of", "in", "for", "toward"}
    | {"called", "calls", "described", "describes", "dubbed", "labeled", "labelled", "framed"}
)


def _election_talk(ctx: _Context) -> bool:
    """
    Whether the match's sentence speaks of the coming vote.

    A cue right before the match ("Cruz's chances of winning in November", "lose in the
    fall"), or words of an election in a sentence with no past verb ("24 Senate seats up in
    November").
    """
    start = ctx.match.start()
    if _ELECTION_CUE.search(ctx.text, max(ctx.lo, start - 40), start) is not None:
        return True
    if _noun_after(ctx, _ELECTION_NOUNS, plain=2):
        return True  # "the November election will end up pitting", whatever verb came before
    return _sentence_has(ctx, _ELECTION_WORDS) and not _sentence_past(ctx)


#: November, the month of US federal elections (in even years).
_ELECTION_MONTH: Final = 11
#: Words of an election campaign: "November" in their sentence, in an election year before
#: it, is the coming election's month.
_ELECTION_WORDS: Final = regex.compile(
    r"\b(?:elect(?:ion|ions|ed|ability)?|vot(?:e|es|ers?|ing)|ballots?|win|wins|beat|defeat"
    r"|victory|mandate|nominee|candidates?|campaign(?:s|ing)?|seats?|general|polls?|turnout"
    r"|electorate|races?)\b",
    regex.IGNORECASE,
)
#: Nouns of the vote after "November" ("the November election", "November's general
#: election"): in an election year before it, the coming one.
_ELECTION_NOUNS: Final = frozenset({"election", "elections", "ballot", "vote", "matchup"})
#: Words right before "November" that name the coming vote whatever the sentence's tense
#: ("Cruz's chances of winning in November", "electing a Democrat in November", "propel the
#: party toward November's election").
_ELECTION_CUE: Final = regex.compile(
    r"\b(?:win(?:ning)?|los(?:e|ing)|beat(?:ing)?|defeat(?:ing)?|electing|electability|chances?"
    r"|toward|towards|mandate|advantage|regain|reclaiming|come|closer\s+to|past"
    r"|(?:go|going|goes|head|heading|heads|headed)\s+into"
    # "Remember in November", opening its sentence: the slogan of a vote to come (not "I
    # remember in November we lost")
    r"|(?<![\p{L},][^\S\n]{1,3})remember(?=[^\S\n]{1,3}+in[^\S\n]{1,3}+$))"
    r"\b[^.!?;\n]{0,30}$",
    regex.IGNORECASE,
)
#: How far `_sentence_past` reads either side of the match for its sentence.
_SENTENCE_READ: Final = 160
#: How many days back a month named next to an event ("the convention in July") may be the
#: one it was held in, before the coming one is meant.
_EVENT_HELD_DAYS: Final = 92


#: Months that are also first names ("April Smith", "June Carter", "August Moore").
_NAME_MONTHS: Final = frozenset({4, 5, 6, 8})
#: Capitalised words a month may stand before: other dates and holidays ("June Fourth").
_MONTH_FOLLOWERS: Final = frozenset(
    {*MONTHS, *WEEKDAYS, "fourth", "fools", "first", "last", "next", "this", "the"}
)


#: Words naming a march before "March" ("the NYC Pride March", "the Women's March").
_MARCH_NAMES: Final = frozenset(
    {"pride", "women's", "women\u2019s", "womens", "million", "dyke", "peace", "freedom"}
    | {"solidarity", "unity", "silent", "science", "climate", "people's", "people\u2019s"}
)


def _first_name(ctx: _Context) -> bool:
    """
    Whether a month alone is a first name: before a capitalised word, or quoted as a nickname.

    "April Smith, 32", "June Carter was arrested", "the June Jordan School", Michael
    “August” Bournes; not after a preposition ("by August Smith had left", "in June
    Congress voted"), nor before another date word ("June Fourth").
    """
    start, end = ctx.match.span()
    text = ctx.text
    before = text[max(ctx.lo, start - 20) : start].split()
    if _named_before(ctx, before):
        return True
    if _NAMED_PLACE.match(text, end, min(ctx.hi, end + 40)) is not None:
        return True  # "in the parking lot of June Jordan School": a place named for someone
    if _SPOUSE_AFTER.match(text, end, min(ctx.hi, end + 40)) is not None:
        return True  # "survived by April (Dennis) Freville": a spouse in brackets, a surname
    if before and before[-1].lower().rstrip(",") in _MONTH_NOT_NAME_AFTER:
        return False  # "in June Congress voted", "at a June Trump campaign event"
    if before and before[-1].endswith(",") and before[-1][:-1].lower() in _KIN_NOUNS:
        return True  # "My sister, April", "his daughter, June, 4"
    if _surname_after_given(ctx, before):
        return True  # "Drew Ivers, Jill June, Lori Jungling": a surname
    if text[start - 1 : start] in _QUOTE_MARKS and text[end : end + 1] in _QUOTE_MARKS:
        named = text[max(ctx.lo, start - 20) : start - 1].split()
        return bool(named) and named[-1][:1].isupper()  # Michael “August” Bournes
    after = _NAME_AFTER.match(text, end, min(ctx.hi, end + 30))
    return after is not None and after.group(1).lower() not in _MONTH_FOLLOWERS


def _surname_after_given(ctx: _Context, before: list[str]) -> bool:
    """
    Whether a month alone is a surname: right after a capitalised given name.

    "Drew Ivers, Jill June, Lori Jungling", "his friend Ed June said"; not after a word that
    puts a date ("Tuesday June", "Memorial Day June"), nor after a word opening its
    sentence ("Around June, ...": capitalised for that), nor in a headline in title case.
    """
    start = ctx.match.start()
    if len(before) < 2 or ctx.text[start - 1 : start] != " ":  # noqa: PLR2004 - two words
        return False
    if before[-2][-1] in _MAY_END_SENTENCE:
        return False  # "He left. Around June, the talks resumed."
    given = before[-1]
    if _GIVEN_NAME.fullmatch(given) is None or given.lower() in _NOT_GIVEN_NAMES:
        return False
    return not _title_case(ctx)


#: A given name: one capitalised word of letters.
_GIVEN_NAME: Final = regex.compile(r"[A-Z][a-z]+")


def _named_before(ctx: _Context, before: list[str]) -> bool:
    """
    Whether the month, alone, is the name a nickname in quotes gave someone earlier.

    Michael “August” Bournes ... "August and Arie are the only two", "(August) was
    always attentive": the name again, anywhere in the text (`_NICKNAMED`), where no
    preposition or date word puts a month.
    """
    word = ctx.match.group()
    if word not in ctx.state.named_months:
        return False
    if before and before[-1].lower().strip(_PUNCTUATION) in _MONTH_NOT_NAME_AFTER:
        return False  # "in August", "last August"
    following = ctx.text[ctx.match.end() : ctx.match.end() + 3].lstrip(" ,")
    return not following[:1].isdigit()  # "August 5", "August, 2016"


#: Nouns of kin and friends a name stands after, set off by a comma ("my sister, April").
_KIN_NOUNS: Final = frozenset(
    {"sister", "brother", "daughter", "son", "mother", "father", "wife", "husband", "cousin"}
    | {"aunt", "niece", "granddaughter", "grandmother", "girlfriend", "fiancee", "friend"}
    | {"stepdaughter", "mom", "baby", "child", "twin", "sibling", "partner", "widow"}
)
#: Words after which a month before a capitalised word is the month ("in June Congress
#: voted", "at a June Trump campaign event").
_MONTH_NOT_NAME_AFTER: Final = _MAY_OK_BEFORE | {"a", "an"}
#: Capitalised words before a month that are no given name ("Tuesday June", "Since June").
_NOT_GIVEN_NAMES: Final = (
    frozenset({*MONTHS, *WEEKDAYS, "day", "eve", "weekend"})
    | _MONTH_NOT_NAME_AFTER
    | _MONTH_FOLLOWERS
)
#: A capitalised word right after a month, in the same clause: a surname or a name's next word.
_NAME_AFTER: Final = regex.compile(r"[^\S\n]([A-Z][a-z]*[A-Z]?[a-z]+)\b(?!['’]s\b)")
#: A name in brackets and a surname after a month, as obituaries write a couple.
_SPOUSE_AFTER: Final = regex.compile(r"[^\S\n]\([A-Z][a-z]+\)[^\S\n][A-Z][a-z]+\b")
#: A surname and a noun of a place named for a person, after a month ("June Jordan School").
_NAMED_PLACE: Final = regex.compile(
    r"[^\S\n][A-Z][a-z]+[^\S\n]+(?:School|Elementary|Middle|High|Academy|College|University"
    r"|Center|Centre|Hall|Park|Library|Church|Hospital|Foundation|Institute|Stadium|Arena)\b"
)
_QUOTE_MARKS: Final = frozenset({'"', "\u201c", "\u201d"})


#: Subjects after a sentence-opening "May" that make it a wish, not the month.
_OPTATIVE_SUBJECTS: Final = frozenset(
    {"he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "god", "the"}
)


#: Prepositions that put a month after them ("between May and June", "in May and June").
_MONTH_PREPOSITIONS: Final = frozenset(
    {"in", "between", "from", "since", "during", "until", "through", "by", "of", "early", "late"}
)


#: Nouns of a thing held, done or reported in a month, after "The May" (`_looks_like_name`).
_MAY_EVENT_NOUNS: Final = SCHEDULED_NOUNS | INCIDENT_NOUNS | _MONTH_GONE_NOUNS


def _looks_like_name(ctx: _Context) -> bool:
    start, end = ctx.match.span()
    before = ctx.text[max(ctx.lo, start - 20) : start].split()
    if before:
        word = before[-1]
        if (
            word[:1].isupper()
            and word.lower().rstrip(",") not in _MAY_OK_BEFORE
            # "The May event drew hundreds", "The May shooting": a sentence's article before
            # the month of a thing held or done ("The May family" stays a name)
            and not (word == "The" and _noun_after(ctx, _MAY_EVENT_NOUNS))
        ):
            return True
        if (
            word.lower() == "to"
            and len(before) > 1
            and before[-2].lower() == "according"
            and not _noun_after(ctx, _MONTH_GONE_NOUNS)
        ):
            return True  # "according to May", the police chief (not "to May figures")
    after = ctx.text[end : end + 12].split()
    if after and after[0] == "and" and before and before[-1].lower() in _MONTH_PREPOSITIONS:
        return False  # "between May and late August", "in May and June": months
    if (
        after
        and after[0].lower() in _OPTATIVE_SUBJECTS
        and (not before or before[-1][-1:] in '.!?"\u201c')
    ):
        return True  # "May his family find peace", "May he rest in peace": a wish
    if (
        after
        and after[0] in {"be", "have", "not", "never"}
        and not (before and before[-1].lower() in _MONTH_PREPOSITIONS)
    ):
        return True  # "May be 6+ involved": the verb, capitalised as it opens a sentence
    return bool(after) and after[0].lower() in {
        "said",
        "says",
        "has",
        "will",
        "was",
        "is",
        "told",
        "had",
        "would",
        "and",
    }


def _unit_of(word: str) -> tuple[str, int]:
    """
    The unit and multiplier of a unit word matched, however its parts are spaced.

    "quarter - century", in text split into tokens, is the "quarter century" of `UNITS`.
    """
    found = UNITS.get(word)
    return found if found is not None else UNITS[" ".join(word.replace("-", " ").split())]


def _norm(word: str | None) -> str | None:
    if word is None:
        return None
    return " ".join(word.lower().replace("-", " ").split())


#: What follows the number of a block whose word "block" was left out: "of" and a street.
_STREET_BLOCK: Final = regex.compile(
    r"[^\S\n]+of[^\S\n]+(?:[NSEW]\.?[^\S\n]+)?(?:\p{Lu}[\p{L}.'’-]*[^\S\n]+){1,3}"
    r"(?:Drive|Dr|Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Court|Ct|Place|Pl"
    r"|Way|Circle|Parkway|Pkwy|Highway|Hwy|Terrace|Trail)\b"
)


def _build_year(ctx: _Context) -> _Result | None:
    year_word = ctx.raw("year")
    if year_word is not None:
        year = int(year_word)
        if not _FIRST_YEAR <= year <= _LAST_YEAR or _model_year(ctx) or not _ends_range(ctx, year):
            return None
        before = _word_before(ctx.text, ctx.match.start(ctx.groups["year"]))
        if year > _LAST_PLAIN_YEAR and before not in _FAR_YEAR_CUES:
            return None  # "by 2100" is a year, "2100 people" a count
        if year < _COUNT_YEARS and ctx.raw("fiscal") is None and _count_not_year(ctx, year):
            return None
        if _sample_size(ctx):
            return None
        end = ctx.match.end(ctx.groups["year"])
        if (
            ctx.text[max(ctx.lo, ctx.match.start() - 4) : ctx.match.start()].lower() == "the "
            and _STREET_BLOCK.match(ctx.text, end, min(ctx.hi, end + 60)) is not None
        ):
            return None  # "shots fired in the 1700 of Casey Drive": a block, "block" left out
        if _BAND.match(ctx.text, end, min(ctx.hi, end + 4)) is not None:
            return None  # "Welcome to 1210 AM": a station's frequency
        if (
            ctx.text[end : end + 1] == "-"
            and ctx.text[end + 1 : end + 2].isdigit()
            and not ctx.text[end + 2 : end + 3].isdigit()
            and int(ctx.text[end + 1]) != (year + 1) % 10
        ):
            return None  # "2008-9" opens a range of years; "2016-3" is a number
        # "Indian Americans for Hillary 2008", "Euro 2016": a year closing a name is no year
        # the story goes on from ("That day, I was jubilant" is not a day of 2008)
        return _Result(
            _DATE, f"{year:04d}", updates=not _closes_name(ctx) and not _dates_a_document(ctx, year)
        )
    written = _written_year(ctx)
    if not written:
        return None
    return _Result(_DATE, f"{written:04d}")


def _dates_a_document(ctx: _Context, year: int) -> bool:
    """
    Whether the year of the match only dates a document, after another year of the story.

    "working as a broker for Trump in 1986 ..., a 1987 government ethics report revealed.
    ... helped arrange a deal that year": a year between an article or a possessive and a
    document's or a law's noun ("his 1969 book", "Johnson's 1964 Civil Rights Act"), after a
    year of another number, is no year the story goes on from.
    """
    anchor = ctx.state.anchor
    if anchor is None or not anchor[:4].isdigit() or int(anchor[:4]) == year:
        return False
    before = _word_before(ctx.text, ctx.match.start()).lower()
    if before not in _DOCUMENT_DETERMINERS and not before.endswith(("'s", "\u2019s")):
        return False
    return _noun_after(ctx, _DOCUMENT_NOUNS, plain=3)


#: Words before a year that dates a document ("a 1987 report", "his 1969 book").
_DOCUMENT_DETERMINERS: Final = frozenset(
    {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your"}
)


#: Nouns of a document a year may date ("a 1987 government ethics report").
_DOCUMENT_NOUNS: Final = frozenset(
    {"report", "reports", "study", "studies", "memo", "memos", "email", "emails", "letter"}
    | {"letters", "audit", "audits", "review", "survey", "poll", "book", "article", "filing"}
    | {"filings", "document", "documents", "interview", "lawsuit", "complaint", "analysis"}
    # "Johnson's 1964 Civil Rights Act", "the 2001 law"
    | {"law", "laws", "act", "statute", "treaty"}
)


def _closes_name(ctx: _Context) -> bool:
    """
    Whether the year of the match closes a name ("Hillary 2008", "Euro 2016").

    It does right after a capitalised word that is no word of time and does not open its
    sentence.
    """
    start = ctx.match.start(ctx.groups["year"])
    if ctx.text[start - 1 : start] != " ":
        return False
    words = ctx.text[max(ctx.lo, start - 24) : start].split()
    if not words:
        return False
    word = words[-1]
    if not (
        word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and word.lower() not in _NOT_NAME_WORDS
    ):
        return False
    # a capital opening a sentence may be any word's
    before = ctx.text[max(ctx.lo, start - len(word) - 4) : start - len(word) - 1].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_ENDS


#: Capitalised words before a year that name no thing: words of time and words that open a
#: sentence ("In 2012", "Since 2008", "Spring 2019", "Fiscal 2015").
_NOT_NAME_WORDS: Final = frozenset(
    {*LEXICON["month"], *LEXICON["weekday"], *LEXICON["weekday_full"], *LEXICON["season"]}
    | FUNCTION_WORDS
    | {"of", "about", "around", "circa", "fiscal", "year", "mid", "early", "late", "class"}
    | {"copyright", "till", "throughout", "between", "within"}
)


#: A radio band after a number: "1210 AM" is a station (capitals only: "1210 am" may be a
#: clock time).
_BAND: Final = regex.compile(r"[^\S\n]?+[AF]M\b")


def _count_not_year(ctx: _Context, year: int) -> bool:
    """
    Whether a number that may be a year long gone is a count ("1128 were for Cruz").

    Before `_OLD_YEARS` a year needs a word of time before it ("in 1066", "of 1215");
    before `_COUNT_YEARS` it is a count after "about", "nearly"... and before a word in
    lower case ("about 1800 people"; "around 1800, the town" is a year).
    """
    start, end = ctx.match.span(ctx.groups["year"])
    before = _word_before(ctx.text, start)
    if year < _OLD_YEARS:
        return before not in _OLD_YEAR_CUES
    return before in _COUNT_WORDS and _LOWER_WORD.match(ctx.text, end, _reach(ctx)) is not None


#: The first and last years read; past `_LAST_PLAIN_YEAR` a number is a year only after one of
#: `_FAR_YEAR_CUES` ("warming by 2100", "the year 2150").
_FIRST_YEAR: Final = 1000
_LAST_YEAR: Final = 2199
_LAST_PLAIN_YEAR: Final = 2099
_FAR_YEAR_CUES: Final = frozenset(
    {"in", "by", "until", "till", "before", "after", "through", "beyond", "year", "between"}
)


def _sample_size(ctx: _Context) -> bool:
    """
    Whether the number counts a sample after "of" ("a poll of 2047 registered voters").

    A noun of a sample before "of", a word in lower case after the number.
    """
    start, end = ctx.match.span(ctx.groups["year"])
    return (
        _word_before(ctx.text, start) == "of"
        and _word_before(ctx.text, start - 3) in _SAMPLE_NOUNS
        and _LOWER_WORD.match(ctx.text, end, _reach(ctx)) is not None
    )


#: Nouns of a sample or a crowd counted after "of" ("a poll of 2047 registered voters").
_SAMPLE_NOUNS: Final = frozenset(
    {"poll", "survey", "sample", "total", "crowd", "group", "panel", "study", "census"}
)
#: Years before which a bare number is read as a year only after a word of time, and before
#: which a number after "about" and before a word is a count.
_OLD_YEARS: Final = 1500
_COUNT_YEARS: Final = 1900
_OLD_YEAR_CUES: Final = frozenset(
    {"in", "of", "since", "from", "until", "till", "by", "before", "after", "circa", "c.", "year",
     "to", "between", "during", "early", "late", "mid", "the"}
)  # fmt: skip
_COUNT_WORDS: Final = frozenset(
    {"about", "around", "nearly", "almost", "some", "roughly", "approximately", "over", "than",
     "least", "only", "just", "under", "estimated", "another", "all"}
)  # fmt: skip
_LOWER_WORD: Final = regex.compile(r"[^\S\n]{1,3}+\p{Ll}")


def _ends_range(ctx: _Context, year: int) -> bool:
    """
    Whether a year after a year and a hyphen closes a range ("2010-2013"), or no year precedes.

    "Case 2016-1234" is a number: a range's second year comes after the first, within a
    century.
    """
    first = _range_first_year(ctx.text, ctx.match.start(ctx.groups["year"]))
    return first is None or 0 < year - first <= _RANGE_YEARS


def _range_first_year(text: str, start: int) -> int | None:
    """
    The four-digit number and hyphen right before *start* ("2010-" of "2010-2013"), or None.
    """
    if text[start - 1 : start] != "-" or not text[start - 5 : start - 1].isdigit():
        return None
    return int(text[start - 5 : start - 1])


#: How many years a range written "1991-1994" may span.
_RANGE_YEARS: Final = 100

#: `_written_year` when a match writes no year.
_NO_YEAR: Final = 0

#: How far past the reference year a year written with two digits ("in '08") may lie; an
#: earlier century is read otherwise ("the summer of '69" said in 2016 is 1969).
_SHORT_YEAR_AHEAD: Final = 5

#: Without a reference, the POSIX ``%y`` pivot: ``'00``-``'68`` are 2000-2068, ``'69``-``'99``
#: are 1969-1999.
_SHORT_YEAR_PIVOT: Final = 69


def _short_year(digits: str, reference: dt.date | None) -> int:
    """
    The year of a two-digit year with an apostrophe ("'08"): the one nearest the reference.

    It may lie up to `_SHORT_YEAR_AHEAD` years past the reference year ("the class of '18"
    in 2016); without a reference the POSIX pivot decides.
    """
    two = int(digits)
    if reference is None:
        return (2000 if two < _SHORT_YEAR_PIVOT else 1900) + two
    year = reference.year - reference.year % 100 + two
    if year > reference.year + _SHORT_YEAR_AHEAD:
        return year - 100
    if year <= reference.year + _SHORT_YEAR_AHEAD - 100:
        return year + 100
    return year


def _written_year(ctx: _Context) -> int | None:
    """
    The year a match writes in digits, in words or with two digits, `_NO_YEAR` if none.

    ``None`` when the words are not a year.
    """
    year_word = ctx.raw("year")
    if year_word is not None:
        return int(year_word)
    syear = ctx.raw("syear")
    if syear is not None:
        return _spelled_year(syear)
    ayear = ctx.raw("ayear")
    if ayear is not None:
        return _short_year(ayear[1:], ctx.reference)
    return _NO_YEAR


def _model_year(ctx: _Context) -> bool:
    """
    Whether the year names a vehicle's model ("his 1993 Honda Accord"), not a time.

    A preposition before it keeps it a year ("in 2002 Ford cut jobs"). After "model years"
    it is one whatever follows ("a Nissan Altima, model years 2000 to 2004").
    """
    end = ctx.match.end()
    text = ctx.text
    start = ctx.match.start()
    if _MODEL_YEARS.search(text, max(ctx.lo, start - 40), start) is not None:
        return True
    ranged = False
    if text[end : end + 1] == "-" and text[end + 1 : end + 5].isdigit():
        end += 5  # "a 2004-2007 Nissan Maxima": the range's first year
        ranged = True
    if _range_first_year(text, start) is not None:
        start -= 5  # the range's second year: what stands before the first decides
        ranged = True
    if text.startswith(" or ", end) and text[end + 4 : end + 8].isdigit():
        end += 8  # "a 2005 or 2006 Toyota Tacoma": the first of two model years
    elif text[max(0, start - 8) : start - 4].isdigit() and text[start - 4 : start] == " or ":
        start -= 8  # the second of them
    elif text.startswith((" or newer", " or older"), end):
        end += 9  # "a 2015 or newer, maroon, Chevy Tahoe"
    elif (rest := _MODEL_RANGE_REST.match(text, end, _reach_at(text, end))) is not None:
        end = rest.end()  # "a late 1990s to early 2000s model Chevrolet": the range's first
    if text.startswith(", ", end):
        end += 1  # "a gray, 2005 or 2006, Toyota Tacoma"
    if text[end : end + 1] != " ":
        return False
    following = text[end + 1 : min(ctx.hi, end + 60)].split(maxsplit=4)
    # "a 2014 model year car": the year of a model, no make needed
    if [word.lower().rstrip(_PUNCTUATION) for word in following[:2]] != ["model", "year"]:
        # "an early to mid-2000 model Chevrolet Impala": "model" and a make after the year
        # tell a model year whatever stands before it
        named_model = len(following) > 1 and following[0].lower() == "model"
        skipped = 0
        while (
            skipped < _MODEL_WORDS_BEFORE_MAKE
            and len(following) > 1
            and (
                (word := following[0].lower().rstrip(",")) in _COLOURS
                or (word == "model" and not ranged)
                or word.endswith(("-colored", "-coloured", "-door"))
            )
        ):
            # "his 2006 tan Ford Focus", "a 2015, maroon, Chevy", "a mid-2000 model
            # Chevrolet Impala", "a 2006 silver-colored, four-door Honda"
            following = following[1:]
            skipped += 1
        word = following[0].rstrip(_PUNCTUATION) if following else ""
        if word not in VEHICLE_MAKES and not (ranged and word == "model"):
            return False  # not "believed to be a 2002-2004 model", a range of model years
        if named_model and word in VEHICLE_MAKES:
            return True
    preceding = text[max(ctx.lo, start - 16) : start].split()
    return not preceding or preceding[-1].lower().strip(_PUNCTUATION) not in YEAR_PREPOSITIONS


#: The rest of a range of model years after its first ("[late 1990s] to early 2000s model").
_MODEL_RANGE_REST: Final = regex.compile(
    r"[^\S\n]{1,3}(?:to|or)[^\S\n]{1,3}(?:(?:early|mid|late)[-\s])?(?:1[89]|20)\d\d(?:['\u2019]?s)?"
    r"(?=[^\S\n]{1,3}model\b)",
    regex.IGNORECASE,
)
#: "model year(s)" right before a year, or before the first year of a range the year closes.
_MODEL_YEARS: Final = regex.compile(
    r"\bmodel[^\S\n]++years?[^\S\n]++(?:(?:1[89]|20)\d\d[^\S\n]*+"
    r"(?:to|through|and|or|-|\u2013)[^\S\n]*+)?$",
    regex.IGNORECASE,
)
#: How many words (colours, "model", "four-door") may stand between a model year and its make.
_MODEL_WORDS_BEFORE_MAKE: Final = 3
#: Colours a model year may stand before the make with ("a 2013 red Lexus").
_COLOURS: Final = frozenset(
    {"black", "white", "silver", "gray", "grey", "red", "blue", "green", "tan", "gold"}
    | {"maroon", "brown", "beige", "burgundy", "dark", "light", "champagne", "orange"}
    | {"yellow", "purple", "teal"}
)


def _decade_prefix(ctx: _Context) -> str | None:
    """
    The three-digit TIMEX3 value of a decade written "1980s" or "'80s", else ``None``.
    """
    decade = ctx.raw("decade")
    if decade is not None:
        return decade[:3]
    short = ctx.raw("decade2")
    if short is None:
        return None
    century = 19
    if (
        ctx.reference is not None
        and int(short) <= ctx.reference.year % 100
        and ctx.reference.year >= 2000  # noqa: PLR2004
    ):
        century = 20
    return f"{century}{short[0]}"


#: The hundreds a year of a past century begins with, whose "00s" name the century.
_CENTURY_HUNDREDS: Final = frozenset({"15", "16", "17", "18", "19"})
#: A decade listed after "the 1900s" ("and 1910s", "to the 1920s"): it is a decade too.
_NEXT_DECADE: Final = regex.compile(
    r"[^\S\n]{0,3}+(?:and|or|to|through|into|-|\u2013)[^\S\n]{0,3}+(?:the[^\S\n]{1,3}+)?(?:\d\d)?[1-9]0['\u2019]?s\b",
    regex.IGNORECASE,
)


def _build_decade(ctx: _Context) -> _Result | None:
    decade = _decade_prefix(ctx)
    if decade is not None:
        if _model_year(ctx):
            return None  # "his 1990's model Ford Crown Victoria": the car's model years
        raw = ctx.raw("decade") or ""
        if (
            raw[2:4] == "00"
            and raw[:2] in _CENTURY_HUNDREDS
            and _NEXT_DECADE.match(ctx.text, ctx.match.end(), min(ctx.hi, ctx.match.end() + 24))
            is None
        ):
            # "the early 1900s", "the 1800s": the century, as "the 19th century" (not its
            # first decade, but "the 1900s and 1910s" lists decades)
            return _Result(_DATE, raw[:2])
        return _Result(_DATE, decade)
    word = ctx.group("decade_word")
    if word is None:
        return None
    return _Result(_DATE, f"19{DECADE_WORDS[word]}")


def _build_new_year(ctx: _Context) -> _Result | None:
    """
    "the new year": the year begun, said in its first half, else the one about to begin.
    """
    reference = ctx.reference
    if reference is None:
        return _Result(_DATE, "XXXX")
    year = reference.year + (reference.month >= _NEW_YEAR_AHEAD_MONTH)
    before = _word_before(ctx.text, ctx.match.start())
    if before in _FEAST_VERBS or (
        before == "in" and _word_before(ctx.text, ctx.match.start() - 3) in _FEAST_VERBS
    ):
        # "shooting in the air to celebrate the New Year": the feast, New Year's Day
        return _Result(_DATE, f"{year:04d}-01-01")
    return _Result(_DATE, f"{year:04d}")


#: The month from which "the new year" is the next one ("look ahead to the new year").
_NEW_YEAR_AHEAD_MONTH: Final = 7
#: Verbs of a feast before "the New Year" (and "in"): the day it is kept, New Year's Day.
_FEAST_VERBS: Final = frozenset(
    {"celebrate", "celebrates", "celebrated", "celebrating", "enjoy", "enjoyed", "ring"}
    | {"rang", "ringing", "welcome", "welcomed", "welcoming", "usher", "ushered", "toast"}
)


def _build_century(ctx: _Context) -> _Result | None:
    number = ctx.raw("century")
    ordinal = ctx.group("ord")
    value = int(number) if number is not None else ORDINALS.get(ordinal or "", 0)
    if ctx.raw("turn") is not None:
        # "the turn of the 20th century": about the year it began; "the turn of the
        # century", "of the millennium": about the turn nearest the reference
        if value > 0:
            return _Result(_DATE, f"{(value - 1) * 100:04d}", "APPROX")
        if ctx.reference is None:
            return _Result(_DATE, "XXXX", "APPROX")
        size = 1000 if (ctx.group("unit") or "").startswith("millenni") else 100
        turn = (ctx.reference.year + size // 2) // size * size
        return _Result(_DATE, f"{turn:04d}", "APPROX")
    if (this := ctx.group("this")) is not None or ctx.raw("mid") is not None:
        return _this_century(ctx, this or "century")
    if value <= 0:
        return None
    if (decade_word := ctx.group("dord")) is not None:
        # "the first decade of the 21st century" is the 2000s, "the last decade" the tenth
        decade = 10 if decade_word in {"last", "final"} else ORDINALS.get(decade_word, 0)
        if not 1 <= decade <= 10:  # noqa: PLR2004 - ten decades in a century
            return None
        return _Result(_DATE, f"{value - 1:02d}{decade - 1}")
    return _Result(_DATE, f"{value - 1:02d}")


def _this_century(ctx: _Context, unit: str) -> _Result | None:
    """
    "the decade" or "the century" after "the end of", "the rest of"..., or "midcentury".

    The reference's own ("By the end of the decade, sales will double", "by midcentury"),
    or the one of the date named last in a past sentence ("In 1988 he left. By the end of
    the decade he was rich" is the 1980s); unknown with no reference.
    """
    digits = 3 if unit == "decade" else 2
    mod = "MID" if ctx.raw("mid") is not None else None
    if mod and (
        _word_before(ctx.text, ctx.match.start()) not in _MIDCENTURY_AFTER
        or _noun_follows(ctx.text, ctx.match.end())
    ):
        return None  # "a midcentury home", "a return to midcentury design": a style
    anchor = ctx.anchor_date()
    reference = ctx.reference
    if anchor is not None and ctx.tense() == _PAST:
        year = anchor[0].year
    elif reference is not None:
        year = reference.year
    else:
        return _Result(_DATE, "X" * digits, mod)
    return _Result(_DATE, f"{year // 10 ** (4 - digits):0{digits}d}", mod)


def _noun_follows(text: str, end: int) -> bool:
    """
    Whether a lowercase word that is not a function word comes right after *end*.
    """
    following = text[end : end + 24].split()
    word = following[0] if following else ""
    return word.isalpha() and word.islower() and word not in FUNCTION_WORDS


#: Prepositions before "midcentury" that make it a time ("by midcentury", "all the way to
#: midcentury").
_MIDCENTURY_AFTER: Final = frozenset(
    {"by", "until", "till", "before", "after", "around", "toward", "towards", "since", "at"}
    | {"to", "through", "into", "beyond", "past", "in"}
)


def _current_quarter(date: dt.date) -> int:
    return (date.month - 1) // 3 + 1


#: Words of a game: a quarter or half in their sentence is a period of play, no date.
_GAME_WORDS: Final = regex.compile(
    r"\b(?:touchdowns?|field[^\S\n]goals?|halftime|quarterbacks?|game|games|Super[^\S\n]Bowl"
    r"|innings?|overtime|kickoff|referees?|buzzer|scoreboard|playoffs?|NFL|NBA|NHL)\b",
)


#: Words only a game is told with, for `_game_story`.
_GAME_STORY_WORDS: Final = regex.compile(
    r"\b(?:touchdowns?|field[^\S\n]goals?|halftime|quarterbacks?|Super[^\S\n]Bowl|NFL|NBA"
    r"|kickoff|buzzer)\b"
)
#: A part of each word of `_GAME_STORY_WORDS`: a text that holds none is no game's.
_GAME_STORY_STEMS: Final = (
    *("touchdown", "field", "halftime", "quarterback", "Super", "NFL", "NBA", "kickoff"),
    "buzzer",
)
#: Words of a company's or an economy's reporting periods, for `_game_story`.
_BUSINESS_WORDS: Final = regex.compile(
    r"\b(?:earnings|fiscal|revenues?|profits?|quarterly|sales|economy|GDP|shares|investors)\b",
    regex.IGNORECASE,
)
#: How many times a game's words are used in a story of a game.
_GAME_STORY_COUNT: Final = 2


def _game_story(ctx: _Context) -> bool:
    """
    Whether the whole text tells of a game (its words twice) and not of business.

    "Kia's 60-second third-quarter ad" in a story of the Super Bowl's advertisers: the
    quarter is the game's, though its sentence names no game.  Read once per text.
    """
    state = ctx.state
    if state.game_story is None:
        text = ctx.text
        count = 0
        # a plain search for a part of each of the words first: few texts hold one
        if not any(word in text for word in _GAME_STORY_STEMS):
            state.game_story = False
            return False
        for _ in _GAME_STORY_WORDS.finditer(text):
            count += 1
            if count >= _GAME_STORY_COUNT:
                break
        state.game_story = count >= _GAME_STORY_COUNT and _BUSINESS_WORDS.search(text) is None
    return state.game_story


def _build_quarter(ctx: _Context) -> _Result | None:
    part = ctx.group("part") or "quarter"
    ordinal = ctx.group("ord") or ""
    if ctx.raw("year") is None and (_sentence_has(ctx, _GAME_WORDS, 160) or _game_story(ctx)):
        return None  # "scored in the third quarter", "the first half of the Super Bowl"
    if ctx.raw("two") is not None:  # "the first two quarters of 1990" is its first half
        part, ordinal = "half", "first" if ordinal == "first" else "last"
    if (months := ctx.raw("months")) is not None:
        # "the last three months of 2015" is its fourth quarter, "the first six months" a half
        part = "quarter" if months.lower() in {"three", "3"} else "half"
    if len(ordinal) == 2 and ordinal[1].isdigit():  # noqa: PLR2004 - "Q3", "H1"
        part = "quarter" if ordinal[0] == "q" else "half"
        ordinal = ("first", "second", "third", "fourth")[int(ordinal[1]) - 1]
    count = 4 if part == "quarter" else 2
    number = count if ordinal in {"last", "final", "latter"} else ORDINALS.get(ordinal, 0)
    if not 1 <= number <= count:
        return None
    letter = "Q" if part == "quarter" else "H"
    decade = _decade_prefix(ctx)
    mod = "START" if number * 2 <= count else "END"
    if decade is not None:  # "the last half of the '80s": the decade, its end
        return _Result(_DATE, decade, mod)
    century = ctx.raw("century") or ctx.raw("cord")
    if century is not None:  # "the second half of the 20th century": the century, its end
        number_of = int(century) if century.isdigit() else ORDINALS.get(century.lower(), 0)
        return _Result(_DATE, f"{number_of - 1:02d}", mod) if number_of > 0 else None
    if ctx.raw("ofdecade") is not None:  # "the first half of the decade": this decade's start
        reference = ctx.reference
        return _Result(_DATE, f"{reference.year // 10:03d}" if reference else "XXX", mod)
    year_word = ctx.raw("year")
    yrel = ctx.group("yrel")
    of_the_year = yrel is not None and yrel.lower() == "the"
    if of_the_year:
        yrel = None  # "the third quarter of the year": the last one held, as without it
    reference = ctx.reference
    back = 1 if ctx.raw("ago") else 0
    if year_word is not None:
        year = int(year_word)
    elif reference is None:
        return _Result(_DATE, f"XXXX-{letter}{number}")
    elif yrel is not None:
        year = reference.year + {"this": 0, "last": -1, "next": 1, "the": 0}[yrel]
    elif ordinal == "last" and letter == "Q" and not back and not of_the_year:
        # "profits rose last quarter", "in the last quarter": the one before the reference's
        # (the year's fourth only with the year: "the last quarter of 2015", "of the year")
        current = _current_quarter(reference)
        year = reference.year - (1 if current == 1 else 0)
        number = current - 1 or 4
    else:
        current = (
            _current_quarter(reference) if letter == "Q" else (1 if reference.month <= 6 else 2)  # noqa: PLR2004
        )
        year = reference.year
        if number > current and ctx.tense() != _FUTURE:
            year -= 1
    return _Result(_DATE, f"{year - back:04d}-{letter}{number}", anchored=bool(back))


def _build_quarter_anaphor(ctx: _Context) -> _Result | None:
    part_word = _norm(ctx.group("part")) or ""
    if part_word in _SAME_PARTS:
        return _same_a_year_back(ctx, _SAME_PARTS[part_word])
    rel = _norm(ctx.raw("rel")) or ""
    yrel = _norm(ctx.group("yrel"))
    matched = ctx.match.group().lower()
    part = "quarter" if "quarter" in matched else ctx.group("part") or "period"
    year_word = ctx.raw("year")
    back = rel in {"year ago", "year earlier", "prior year"} or yrel is not None
    anchor = ctx.anchor_date()
    reference = ctx.reference
    if ctx.state.quarter is not None and (
        back or rel in {"same", "comparable", "corresponding", ""}
    ):
        anchor = (
            start_of(ctx.state.quarter) or dt.date(1, 1, 1),
            grain_of(ctx.state.quarter) or "Q",
        )
    if (
        part == "period"
        and rel in {"same", "comparable", "corresponding"}
        and not back
        and year_word is None
        and ctx.state.quarter is None
        and (anchor is None or anchor[1] not in {"Q", "H"})
    ):
        # "surged in the same period" after "the past three weeks", "over roughly the same
        # period" after "between June 2012 and April 2014": the span named before, no
        # quarter of a report
        return None
    if reference is not None and rel in {"current", "latest", "most recent", "recent"} and not back:
        anchor = None
        part = "quarter"  # "the latest period" of a company report is its last quarter
    if anchor is not None and (anchor[1] in {"Q", "H"} or part == "period" or not part):
        base, grain = anchor
    elif part == "quarter" and reference is not None:
        quarter_start = dt.date(reference.year, 3 * _current_quarter(reference) - 2, 1)
        base = quarter_start if rel in {"current", "this"} else quarter_start - dt.timedelta(days=1)
        grain = "Q"
        anchor = None  # the report's quarter, not the year named before: a new anchor
    elif anchor is not None:
        base, grain = anchor
    elif reference is not None:
        base, grain = reference, "Y"
    else:
        return _Result(_DATE, "XXXX-QX" if part == "quarter" else "XXXX")
    if year_word is not None:
        moved = _safe_date(int(year_word), base.month, 1)
        if moved is None:
            return None
        # "the 1988 period" is the report's quarter in that year: derived, no new anchor
        return _Result(
            _DATE,
            format_value(moved, grain if grain in {"Q", "H"} else "Y"),
            anchored=anchor is not None,
        )
    if not back and part == "quarter" and reference is not None and ctx.state.quarter is None:
        # with no quarter named before (a named one may be fiscal: "its fiscal first
        # quarter ... the quarter ended Sept. 30" is that one), the end date tells it
        ended = _quarter_ended(ctx, reference)
        if ended is not None:
            return _Result(_DATE, format_value(ended, "Q"))
    if grain == "W" and part == "period":
        # "Shootings this week doubled over the same period last year": that week, a year
        # back (the week of the same number)
        year, week, _ = base.isocalendar()
        year -= back
        week = min(week, dt.date(year, 12, 28).isocalendar()[1])  # no week 53 that year
        return _Result(_DATE, f"{year:04d}-W{week:02d}", anchored=anchor is not None)
    if back:
        moved_back = shift(base, "Y", -1)
        if moved_back is None:
            return None
        base = moved_back
    if grain in {"D", "W", "M"}:
        grain = "Q"
    return _Result(_DATE, format_value(base, grain), anchored=anchor is not None)


#: The grain of "the same week last year" and the like ("" for "the same time": the grain
#: of the period it compares).
_SAME_PARTS: Final = {
    "time": "",
    "time period": "",
    "point": "",  # "at this point last year"
    "week": "W",
    "weekend": "WE",
    "month": "M",
    "day": "D",
}


def _same_a_year_back(ctx: _Context, grain: str) -> _Result | None:
    """
    "the same week in 2014", "the same time last year": the period compared, in that year.

    "this time next year" is the period a year ahead. The period is the last one named with
    that grain ("this week"; any grain for "the same time"), else the reference's.
    """
    anchor = ctx.anchor_date()
    reference = ctx.reference
    if (
        not grain
        and anchor is not None
        and reference is not None
        and anchor[1] == "Y"
        and anchor[0].year == reference.year
    ):
        # "99 homicides this year. At the same time last year, there were 86": the year so
        # far is compared, up to the reference's day a year back
        base, grain = reference, "D"
    elif anchor is not None and (not grain or anchor[1] == grain):
        base, grain = anchor
    elif reference is not None:
        base, grain = reference, grain or "Y"
    elif not grain and ctx.raw("year") is None and (loose := ctx.state.loose_day)[5:6].isdigit():
        # "as of Oct. 7, compared to 120 at the same time last year", with no reference: that
        # day of an unknown year, as much as is known of it (a loose day not "XXXX-WXX-3")
        return _Result(_DATE, loose, anchored=True)
    else:
        return _Result(_DATE, _underspecified(grain or "Y"))
    year_word = ctx.raw("year")
    if year_word is not None:
        year = int(year_word)  # "the same week in 2014"
    elif reference is not None and _norm(ctx.group("yrel")) == "last year":
        year = reference.year - 1  # "last year" is the reference's, whatever was named last
    elif reference is not None and _norm(ctx.group("yrel")) in {"next year", "a year from now"}:
        year = reference.year + 1  # "this time next year": the period a year ahead
    else:
        year = base.year - 1  # "the same month a year earlier"
    moved: dt.date | None
    if grain in {"W", "WE"}:
        week = min(base.isocalendar()[1], dt.date(year, 12, 28).isocalendar()[1])
        moved = dt.date.fromisocalendar(year, week, 1)
    elif grain == "D":
        # February 29 a year back is February 28
        moved = _safe_date(year, base.month, base.day) or _safe_date(year, base.month, 28)
    else:
        moved = _safe_date(year, base.month, 1)
    if moved is None:
        return None
    return _Result(_DATE, format_value(moved, grain), anchored=anchor is not None)


#: "the quarter ended Sept. 30": the date a quarter ended, right after it (the house flags,
#: the verb in lower case as written).
_QUARTER_END: Final = compile_pattern(
    r"[^\S\n]+(?P<verb>(?-i:ended|ending))[^\S\n]+(?P<month>[A-Za-z]{3,9})\.?[^\S\n]+(?P<day>[0-3]?\d)\b(?!,?[^\S\n]*\d)"
)


def _quarter_ended(ctx: _Context, reference: dt.date) -> dt.date | None:
    """
    The first day of the calendar quarter of "the quarter ended Sept. 30", or ``None``.

    The quarter is the one that holds most of the three months up to the end date ("ended
    July 31" is May to July, the second quarter), whatever quarter a fiscal year calls it;
    the date is the last such day before the reference ("ended"), or the nearest ("ending").
    """
    found = _QUARTER_END.match(ctx.text, ctx.match.end(), min(ctx.hi, ctx.match.end() + 30))
    if found is None:
        return None
    month = _month_number(found.group("month").lower())
    day = int(found.group("day"))
    if month is None or not 1 <= day <= 31:  # noqa: PLR2004
        return None
    direction = _PAST if found.group("verb") == "ended" else None
    end = _nearest_year(reference, lambda year: _safe_date(year, month, day), direction)
    if end is None:
        return None
    middle = end - dt.timedelta(days=45)
    return dt.date(middle.year, 3 * _current_quarter(middle) - 2, 1)


def _closes_clause(text: str, end: int) -> bool:
    """
    Whether a clause closes at *end*: a mark of its end (maybe after a space) or the text's.
    """
    rest = text[end : end + 2].lstrip(" ")
    return not rest or rest[0] in ',.;:!?)"\u201d' or text[end:].strip() == ""


#: What may stand between a day and a distance set beside it ("On Thursday, nearly a month
#: later"): a comma and a qualifier.
_BESIDE_DAY: Final = regex.compile(
    r",[^\S\n]++(?:(?:nearly|almost|about|roughly|some|just|only)[^\S\n]++)?"
)
#: The end of a clock time ("9 a.m.", "10:30", "noon").
_CLOCK_END: Final = regex.compile(
    r"(?:[ap]\.?[^\S\n]?m\.?|o['\u2019]clock|noon|midnight|\d:\d\d)$", regex.IGNORECASE
)
#: A date set after a distance ("two weeks later, on Sept. 13"): a month's name or a weekday.
_DAY_SET_AFTER: Final = regex.compile(
    r",[^\S\n]++on[^\S\n]++(?:"
    + "|".join(sorted(word.capitalize() for word in _MONTH_OPENINGS | _WEEKDAY_OPENINGS))
    + ")"
)
#: A verb or "when" right after "before": no clause "before" opens, an adverb ("the kids she
#: had seen two hours before was dead").
_VERB_AFTER_BEFORE: Final = regex.compile(
    r"[^\S\n]++(?:when|while|was|were|is|are|had|has|have|did|would|could)\b", regex.IGNORECASE
)
#: "that" or "then" after "before" or "after" ("a year before that").
_THAT_AFTER: Final = regex.compile(r"[^\S\n]++(?:that|then)\b", regex.IGNORECASE)


def _article_before_plural(ctx: _Context) -> bool:
    """
    Whether "a" or "an" stands as the count of a unit in the plural ("now a days").

    A misspelling ("nowadays") or a broken text ("A days later"), no count of one.
    """
    num = ctx.group("num")
    unit = ctx.group("unit") or ""
    return num is not None and num.lower() in {"a", "an"} and unit.lower().endswith("s")


def _build_ago(ctx: _Context) -> _Result | None:
    if _article_before_plural(ctx):
        return None  # "A days later"
    post = _norm(ctx.group("post")) or "ago"
    if (
        post == "ago"
        and _STAMP_LABEL_BEFORE.search(
            ctx.text, max(ctx.lo, ctx.match.start() - 20), ctx.match.start()
        )
        is not None
    ):
        # "Published: Tuesday, 1/5/2016 - Updated: 3 months ago": a widget counted from the
        # day the page was read, not from its date
        return None
    if post == "prior":
        post = "earlier"  # "a year prior", "two days prior"
    elif post == "prior to":
        post = "before"  # "days prior to the shooting"
    elif (
        post in {"before", "after"}
        and _THAT_AFTER.match(ctx.text, ctx.match.end(), _reach(ctx)) is not None
    ):
        # "a year before that", "two days after that": counted from the time named before, as
        # "a year earlier" is ("that" is no part of the expression)
        post = "earlier" if post == "before" else "later"
    elif post == "before" and (
        _closes_clause(ctx.text, ctx.match.end())
        or _VERB_AFTER_BEFORE.match(ctx.text, ctx.match.end(), _reach(ctx)) is not None
    ):
        # "just hours before, police said": some hours, as "hours earlier"; "stolen two
        # weeks before." two weeks before the last date named, else a length; so is one
        # whose "before" a verb or "when" follows ("the kids she'd seen less than two hours
        # before was dead", "had belonged to years before when he was in law school")
        post = "earlier"
    elif post == "after" and _closes_clause(ctx.text, ctx.match.end()):
        # "Minutes after, it was just a whole slew of cars": as "minutes later"
        post = "later"
    unit_word = ctx.group("unit") or ""
    unit, multiplier = _unit_of(unit_word)
    backwards = post in {"ago", "earlier", "before", "back"}
    # "a week or so ago", "40 or 50 years ago" (counted from the first number)
    mod = "APPROX" if ctx.raw("approx") or ctx.raw("num2") else None
    if post in {"before", "after", "of"}:
        # "ten days before the shooting", "the night of the shooting"
        shifted = _incident_shift(ctx, unit, multiplier, backwards=backwards, mod=mod)
        if (
            shifted is None
            and ctx.raw("num") is None
            and ctx.group("vague") is None
            and unit_word.endswith("s")
        ):
            # "just hours after the shooting", no shooting dated: some hours, a length (the
            # word after is a SIGNAL)
            return _Result(_DURATION, _duration_value(None, unit, multiplier), mod, signal=True)
        return shifted
    signal = post in {"earlier", "later"}
    vague = ctx.group("vague")
    if vague is not None and "couple" in vague and post == "ago":
        # "a couple of months ago": two, roughly, as "a couple of hours" is
        amount: float | None = 2.0
        mod = "APPROX"
    elif vague is not None or ctx.raw("num") is None:
        if signal:
            # "a few days later", "years earlier": how long after something, not a date
            if vague is not None and "couple" in vague:
                return _Result(
                    _DURATION, _duration_value(2, unit, multiplier), "APPROX", signal=True
                )
            return _Result(_DURATION, _duration_value(None, unit, multiplier), mod, signal=True)
        return _Result(_DATE, "PAST_REF" if backwards else "FUTURE_REF", mod)
    else:
        amount = _number(ctx.group("num"))
    if amount is None:
        return None
    if ctx.raw("half") is not None:
        amount += 0.5  # "a year and a half ago"
    if signal and ctx.raw("num2") is not None:
        # "one or two days later": how long after something, roughly
        return _Result(_DURATION, _duration_value(amount, unit, multiplier), mod, signal=True)
    if signal and (
        unit in _CLOCK_UNITS
        or (ctx.anchor_date() is None and (unit in _EVENT_UNITS or post == "later"))
        or _set_beside(ctx.text, ctx.state.day_end, ctx.match.start())
        # "called elections for October 2014, just eight months later": a month likewise
        or (
            ctx.state.anchor_span is not None
            and _set_beside(ctx.text, ctx.state.anchor_span.end, ctx.match.start())
        )
        # "comes nearly two weeks later, on Sept. 13": the day set after it
        or (
            post == "later"
            and _DAY_SET_AFTER.match(ctx.text, ctx.match.end(), _reach(ctx)) is not None
        )
    ):
        # "an hour later", or "three days later" and "200 years later" with no date named
        # before it: the distance from an event, which TIMEX3 writes as the duration ("later"
        # is a TimeML SIGNAL); no year ahead of the reference; so is a distance set beside the
        # day it dates ("On Thursday, nearly a month and a half later", "two weeks later, on
        # Sept. 13"), not counted from it
        return _Result(_DURATION, _duration_value(amount, unit, multiplier), mod, signal=True)
    amount *= multiplier * (-1 if backwards else 1)
    grain = _UNIT_GRAIN[unit]
    if unit == "Y" and multiplier > 1:
        grain = "Y"
    if unit == "Y" and (this_unit := ctx.group("this_unit")) is not None:
        # "eight years ago this month": that month; "one year ago this weekend"
        grain = {"week": "W", "weekend": "WE"}.get(this_unit, "M")
    anaphoric = post in {"earlier", "later", "before", "after"}
    anchor = ctx.anchor_date()
    if post == "ago" and (restated := _ago_restates(ctx, anchor, grain)) is not None:
        return restated
    counted_from: Span | None = None  # the day counted from, when not the anchor
    base: dt.date | None
    quarter = ctx.state.quarter
    if unit == "Y" and multiplier == 1 and quarter is not None and start_of(quarter) is not None:
        # in a report about a quarter, "a year ago" / "a year earlier" is that quarter a year back
        base, grain = start_of(quarter), grain_of(quarter) or "Q"
        anaphoric = True
    elif anaphoric and anchor is not None:
        base, anchor_grain = anchor
        if post == "later" and _after_report(ctx, base, unit, amount):
            # "On July 18, he bought a revolver. Investigators said Monday that it was the
            # weapon found three weeks later": counted from the day before the report's
            report = start_of(ctx.state.report_day or "")
            if report is None or ctx.state.report_span is None:
                return _Result(
                    _DURATION,
                    _duration_value(amount / multiplier, unit, multiplier),
                    mod,
                    signal=True,
                )
            base, anchor_grain = report, "D"
            counted_from = ctx.state.report_span
        elif (past := _past_day_instead(ctx, base, unit, amount)) is not None:
            # "Trump spoke Tuesday ahead of next Tuesday's primary. A day earlier, six
            # protesters were arrested": the day before the last day gone, not before a
            # day to come
            base, anchor_grain = past
            counted_from = ctx.state.past_span
        if (
            unit in {"D", "W"}
            and anchor_grain in {"Y", "Q", "H", "M"}
            and (day := start_of(ctx.state.day or "")) is not None
            and (ctx.reference is None or day <= ctx.reference)
            and (bounds := interval(ctx.state.anchor or "")) is not None
            and bounds[0] <= day <= bounds[1]
        ):
            # "Cruz won on Saturday. ... his best night of the year. Four days earlier": days
            # are counted from the last day named, within the year named after it
            base, anchor_grain = day, "D"
        grain = (
            _finer(grain, anchor_grain)
            if anchor_grain != "D" or grain == "D"
            else _finer(grain, "D")
        )
        if anchor_grain in {"Y", "Q", "H", "M"} and grain == "D":
            grain = anchor_grain
            if unit == "D":
                # "graduated in June ... spoken just a day before": a day of that month (or
                # about it), not the month a day before its first day
                amount = 0
        if (anchor_grain in {"Y", "Q", "H", "M"} and grain == "W") or (
            anchor_grain in {"Y", "Q", "H"} and grain == "M"
        ):
            # "In 2015, he ran. Three weeks later, he quit": weeks from a day of that year
            # not known, so a time of that year, not its fourth week
            grain = anchor_grain
        if unit == "Y" and anchor_grain in {"M", "W", "S"}:
            grain = "Y"
        if (
            unit in {"Y", "M"}
            and anchor_grain == "D"
            and (
                abs(amount) > 1
                or _QUALIFIED_BEFORE.search(
                    ctx.text, max(ctx.lo, ctx.match.start() - 24), ctx.match.start()
                )
                is not None
            )
        ):
            # "six years earlier" than a day is a year, as "six years ago" is, and so is "a
            # little more than a year later": a year, roughly, names no day ("a year
            # earlier" than a day keeps the day)
            grain = _UNIT_GRAIN[unit]
    elif unit == "Y" and anchor is not None and anchor[1] in {"Q", "H"}:
        base, grain = anchor
        anaphoric = True
    else:
        base = ctx.reference
    if base is None:
        return _Result(_DATE, _underspecified(grain), mod)
    moved = shift(
        base,
        "D" if unit in {"S", "MIN", "H"} else unit,
        amount if unit not in {"S", "MIN", "H"} else 0,
    )
    if moved is None:
        return None
    if (
        post == "later"
        and ctx.reference is not None
        and (
            ((ahead := (moved - ctx.reference).days) > _LATER_AHEAD_DAYS and ctx.tense() != _FUTURE)
            or (ahead > 0 and _FINE[grain] < _FINE["D"] and ctx.tense() == _PAST)
        )
    ):
        # "we still live today, more than 200 years later": a date far ahead of the report
        # in a sentence not about the future is the distance, not a date; so is a month or
        # a year told in the past and ahead of the report ("Perhaps 2016 will be the year
        # ... Then DuPont, only two months later, announced", said in December 2015; a day
        # counted on past the report is a page updated later, and is kept: "On 03/12/14,
        # deputies found a man beaten. Two men came across him a day later" on a page of
        # January 2014)
        return _Result(
            _DURATION, _duration_value(amount / multiplier, unit, multiplier), mod, signal=True
        )
    return _Result(
        _DATE,
        format_value(moved, grain),
        mod,
        anchored=counted_from or (anaphoric and anchor is not None),
        # "\u201cTwo days ago he was fine,\u201d Ortega said": counted from when it was said,
        # no day the story goes on from
        updates=anaphoric or not _in_quotation(ctx),
    )


def _ago_restates(ctx: _Context, anchor: tuple[dt.date, str] | None, grain: str) -> _Result | None:
    """
    The date "N units ago" restates when set right after it, or ``None``.

    "Sunday, August 31, 2014 – two years ago – a man was shot", in a log kept in
    2016 on a page of 2017: the distance was counted when the line was written, and the
    date before it, written with its year, says where it ends (`2014`, not two years
    before the page's date).
    """
    span = ctx.state.anchor_span
    if (
        anchor is None
        or span is None
        or _FINE[anchor[1]] < _FINE[grain]
        or _RESTATED_GAP.fullmatch(ctx.text, span.end, ctx.match.start()) is None
        or _WRITTEN_YEAR.search(ctx.text, span.start, span.end) is None
    ):
        return None
    return _Result(_DATE, format_value(anchor[0], grain), anchored=True)


#: What stands between a date and "N units ago" set beside it: a dash, a comma or a bracket.
_RESTATED_GAP: Final = regex.compile(r"[^\S\n]{0,2}+(?:[\u2013\u2014,(]|--?)[^\S\n]{0,2}+")
#: A year written in figures.
_WRITTEN_YEAR: Final = regex.compile(r"\b(?:1[89]|20)\d\d\b")


#: A qualifier of an amount right before a distance ("a little more than", "just over").
_QUALIFIED_BEFORE: Final = regex.compile(
    r"\b(?:(?:more|less)[^\S\n]+than|over|under|nearly|almost|about|around|roughly"
    r"|approximately|some)[^\S\n]+$",
    regex.IGNORECASE,
)


def _set_beside(text: str, end: int, start: int) -> bool:
    """
    Whether a distance at *start* is set beside the date ending at *end*, a day or a month.

    Only a comma (and "nearly", "just"...) between: "On Thursday, nearly a month and a half
    later"; not after a clock time ("left at 9 a.m., two days later").
    """
    return (
        _BESIDE_DAY.fullmatch(text, end, start) is not None
        and _CLOCK_END.search(text, max(0, end - 12), end) is None
    )


#: A page's label of its stamp right before "N units ago" ("Updated: 3 months ago"), or
#: before its count, where the grammar tries "months ago" again.
_STAMP_LABEL_BEFORE: Final = regex.compile(
    r"\b(?:Updated|Posted|Published|Modified)[^\S\n]*+:[^\S\n]*+(?:\w++[^\S\n]++)?$",
    regex.IGNORECASE,
)


def _after_report(ctx: _Context, base: dt.date, unit: str, amount: float) -> bool:
    """
    Whether "N units later", counted from a report's day ("said Monday"), passes the reference.

    Only in a sentence not about the future: a past told so cannot come after the story is
    published, so the count is from the events the report tells, not from the report.
    """
    state = ctx.state
    where = state.anchor_span
    if (
        ctx.reference is None
        or where is None
        or len(state.anchor or "") != _DAY_VALUE_LENGTH
        or unit in _CLOCK_UNITS
        or _REPORT_DAY.search(ctx.text, max(0, where.start - 40), where.start) is None
        or ctx.tense() == _FUTURE
    ):
        return False
    moved = shift(base, unit, amount)
    return moved is not None and moved > ctx.reference


def _past_day_instead(
    ctx: _Context, base: dt.date, unit: str, amount: float
) -> tuple[dt.date, str] | None:
    """
    The last day gone named, when a count from a day to come would pass the reference.

    "N days earlier" or "later" told in the past tense cannot land after the story is
    published: a day named ahead of the reference in passing ("ahead of next Tuesday's
    primary") is no day it counts from, nor is a season or a month ahead. ``None`` when the
    count stays on or before the reference, the anchor is no time after it or a day written
    out, or no day gone was named.
    """
    state = ctx.state
    where = state.anchor_span
    if (
        ctx.reference is None
        or state.past_day is None
        or state.past_span is None
        or where is None
        # a day written out after the reference ("On 03/12/14") says the reference is off
        or any(char.isdigit() for char in ctx.text[where.start : where.end])
        # a day, or a season or a month named ahead ("was planning on attending ... in the
        # fall, died exactly one week later")
        or not (state.anchor or "")[:4].isdigit()
        or base <= ctx.reference
        or unit in _CLOCK_UNITS
        or ctx.tense() != _PAST
    ):
        return None
    moved = shift(base, unit, amount)
    past = start_of(state.past_day)
    if moved is None or moved <= ctx.reference or past is None:
        return None
    return past, "D"


def _line_before(ctx: _Context) -> str:
    """
    The text of the match's line before it, up to `_QUOTE_CHARS` characters.
    """
    start = ctx.match.start()
    reach = max(ctx.lo, start - _QUOTE_CHARS)
    return ctx.text[ctx.text.rfind("\n", reach, start) + 1 or reach : start]


def _in_quotation(ctx: _Context) -> bool:
    """
    Whether the match stands inside a quotation opened earlier in its paragraph.
    """
    before = _line_before(ctx)
    if before.count("\u201c") > before.count("\u201d"):
        return True
    return before.count('"') % 2 == 1


def _incident_shift(
    ctx: _Context, unit: str, multiplier: int, *, backwards: bool, mod: str | None
) -> _Result | None:
    """
    The day "ten days before the shooting" names: that far from the last incident dated.

    Without an incident dated it is the distance (a duration; "before" and the incident are a
    TimeML SIGNAL and an event); "the days before the shooting" is the incident's month, or
    nothing when none is dated.
    """
    state = ctx.state
    incident, where = state.incident, state.incident_span
    start = ctx.match.start()
    day = (
        start_of(incident)
        if incident is not None
        and where is not None
        and where.end <= start
        and _crosses_sentence(ctx.text, where.end, start)
        and ctx.text[max(ctx.lo, start - 4) : start].lower().split()[-1:] != ["for"]
        else None
    )  # not "On Nov. 26, 10 days before the shooting" (that day is the one named), nor
    # "searched for three days after the shooting" (a duration)
    named = ctx.text[ctx.match.end() : ctx.match.end() + 48].split()[:4]
    if any(word[:1].isdigit() or word.rstrip(".,").lower() in MONTHS for word in named):
        day = None  # "days after the September 11 attack", "before the 2014 shooting"
    if ctx.raw("num") is None:
        if (
            day is None
            or unit not in _EVENT_DAY_UNITS
            or ctx.group("vague") is not None
            or not (ctx.group("unit") or "").endswith("s")
        ):
            return None  # "hours after the shooting", "the day before the shooting"
        # "in the days before the shooting": the time around it, which the corpora's
        # annotators wrote as its month
        return _Result(_DATE, format_value(day, "M"), mod, anchored=where or False, signal=True)
    definite = (ctx.group("num") or "").lower() == "the"
    if definite and day is None:
        return None  # "the day before the shooting", no shooting dated: nothing to count from
    amount = 1.0 if definite else _number(ctx.group("num"))
    if (
        day is not None
        and amount is not None
        and (unit in _EVENT_DAY_UNITS or (definite and unit == "M"))
        and amount.is_integer()
    ):
        moved = shift(day, unit, int(amount) * multiplier * (-1 if backwards else 1))
        if (ctx.group("post") or "").lower() == "of":
            moved = day  # "the night of the shooting": the incident's own day
        if moved is not None:
            grain = unit if definite else "D"  # "the week before the shooting" is a week
            if definite and (ctx.group("unit") or "").lower() == "night":
                if state.incident_small_hours and (ctx.group("post") or "").lower() == "of":
                    # "shot at 2:15 a.m. on June 28 ... on the night of the shooting": the
                    # night that held those small hours, June 27's
                    moved -= dt.timedelta(days=1)
                return _Result(
                    _TIME,
                    format_value(moved, "D") + "TNI",
                    mod,
                    anchored=where or False,
                    signal=True,
                )
            return _Result(
                _DATE, format_value(moved, grain), mod, anchored=where or False, signal=True
            )
    if definite:
        return None  # "the month before the shooting": no distance either
    if amount is None and "couple" in (ctx.group("num") or ctx.group("vague") or ""):
        amount, mod = 2.0, "APPROX"  # "a couple of hours after the shootings", as a duration
    return _Result(_DURATION, _duration_value(amount, unit, multiplier), mod, signal=True)


#: Units a day before or after an incident is counted in.
_EVENT_DAY_UNITS: Final = frozenset({"D", "W"})
#: Killings and attacks: a day named in a sentence with one is the day of an incident.
_INCIDENT_WORDS: Final = regex.compile(
    r"\b(?:killed|shot|slain|stabbed|murdered|gunned|shooting|slaying|murder|killing|stabbing"
    r"|bombing|ambush|ambushed|massacre|shoot-?out|gunfight|crashed|crash"
    r"|open(?:ed|ing|s)?[^\S\n]+fire|gunfire|wounding|carjack(?:ed|ing)"
    r"|shots?[^\S\n]+(?:were[^\S\n]+|was[^\S\n]+|had[^\S\n]+been[^\S\n]+)?(?:fired|rang)"
    r"|bombs?[^\S\n]+went[^\S\n]+off|exploded"
    r"|(?:it|this|the[^\S\n]+incident)[^\S\n]+(?:happened|occurred)"
    # "officers responded to a home": the call to the scene
    r"|responded[^\S\n]{1,3}to[^\S\n]{1,3}(?:a|an|the)[^\S\n]{1,3}(?:[\w-]+[^\S\n]{1,3})?"
    r"(?:calls?|reports?|home|house|residence|apartment|scene|disturbance))\b",
    regex.IGNORECASE,
)
#: A part of each alternative of `_INCIDENT_WORDS`, in lower case: a sentence that holds
#: none of them holds none of its words (`_in_incident_sentence`).
_INCIDENT_STEMS: Final = (
    *("kill", "shot", "slain", "stab", "murder", "gunned", "shoot", "slay", "bomb"),
    *("ambush", "massacre", "gunfight", "crash", "fire", "wounding", "carjack"),
    *("happened", "occurred", "exploded", "responded"),
)


def _crosses_sentence(text: str, lo: int, hi: int) -> bool:
    """
    Whether a sentence mark (`_SENTENCE_MARKS`) stands in ``text[lo:hi]``.

    A full stop glued to the next sentence counts too ("in critical condition.Takiya
    Holmes", as scraped pages lose the space).
    """
    between = text[lo:hi]
    return (
        any(mark in between for mark in _SENTENCE_MARKS)
        or _GLUED_STOP.search(text, lo, hi + 2) is not None  # its look-ahead reads two on
    )


#: A sentence's stop glued to the next one: a word of two small letters, the stop, a capital
#: and a small letter ("condition.Takiya"; not "U.S.", "p.m.", "St.Louis" has one capital).
_GLUED_STOP: Final = regex.compile(r"(?<=\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll})")


#: An auxiliary of the future ("will", "won't", "'ll", "shall").
_WILL: Final = regex.compile(r"\b(?:will|won['\u2019]t|shall)\b|\w['\u2019]ll\b", regex.IGNORECASE)


#: The past tenses of `PAST_CUES` (not "last", "since", "earlier": no verbs), and past
#: participles that are as often an adjective or a present, and so no cue, but that may tell
#: a past all the same (`_no_past_word`).
_PAST_LOOKING: Final = (
    (PAST_CUES - {"last", "since", "earlier", "says"})
    | PAST_PARTICIPLES
    | frozenset(
        {"laid", "heard", "set", "put", "cut", "done", "seen", "known", "given", "gone", "written"}
        | {"spoken", "sworn", "held", "read", "hurt", "let", "shut", "quit", "fed", "bled", "hung"}
    )
)


def _no_past_word(window: str) -> bool:
    """
    Whether no word of *window* may be a verb in the past ("injured", "laid", "slain").
    """
    for raw in window.replace("\u2019", "'").lower().split():
        word = raw.strip(_PUNCTUATION)
        if word in _PAST_LOOKING or _ed_form(word):
            return False
    return True


def _sentence_around(text: str, start: int, end: int, reach: tuple[int, int]) -> tuple[int, int]:
    """
    The bounds of the sentence around ``text[start:end]``, looked for within *reach*.

    It starts one past the last mark's first character before *start* (at its space or right
    after a line break) and ends at the first mark after *end*; a colon right after a day that
    opens the sentence ends its heading, not the sentence.
    """
    lo, hi = reach
    cut = max(text.rfind(mark, lo, start) for mark in _SENTENCE_MARKS)
    while cut >= 0 and text[cut] == "." and not ends_sentence(text, cut):
        # "Sen. Ted Cruz", "the U.S. on Tuesday": no sentence ends there
        cut = max(text.rfind(mark, lo, cut) for mark in _SENTENCE_MARKS)
    first = cut + 1 if cut >= 0 else lo
    if text.startswith(": ", end) and _blank(text[first:start]):
        end += 2  # a day heading its entry ("Jan. 5: Howard Atkinson shot ..."): the entry
    stop = min(
        (found for mark in _SENTENCE_MARKS if (found := text.find(mark, end, hi)) >= 0),
        default=hi,
    )
    while stop < hi and text[stop] == "." and not ends_sentence(text, stop):
        stop = min(
            (found for mark in _SENTENCE_MARKS if (found := text.find(mark, stop + 1, hi)) >= 0),
            default=hi,
        )
    return first, stop


def _blank(text: str) -> bool:
    """
    Whether *text* holds no word: only spaces and punctuation.
    """
    return not text.strip().strip(_PUNCTUATION)


#: Words that may stand before a date that opens its sentence ("On May 22, he pleaded").
_OPENING_WORDS: Final = frozenset({"on", "and", "then", "update", "by", "late", "early"})


def _opening_month(ctx: _Context) -> bool:
    """
    Whether the month opens its sentence before a comma ("In October, Clinton proposed").

    The verb of the clause after it is then the month's own: a past one dates it back. So is
    a past verb right after a month that is the sentence's subject ("January started...").
    """
    start, end = ctx.match.span()
    if ctx.text.startswith(",", end):
        return _opens_sentence(ctx.text, start, end, _MONTH_OPENERS, ctx.lo)
    following = ctx.text[end : min(ctx.hi, end + 16)].split()[:1]
    if not following:
        return False
    verb = following[0].lower()
    # "January started the year with a shooting": the month the subject of a past verb
    return (verb in PAST_CUES or _ed_form(verb)) and _opens_sentence(
        ctx.text, start, end, _NO_OPENERS, ctx.lo
    )


_NO_OPENERS: Final[frozenset[str]] = frozenset()
#: Words a sentence may open with before a month that heads it ("In October,", "But in May,").
_MONTH_OPENERS: Final = frozenset({"in", "and", "but", "then", "by", "early", "late", "since"})


def _opens_sentence(
    text: str,
    start: int,
    end: int,
    openers: frozenset[str] = _OPENING_WORDS,
    lo: int = 0,
) -> bool:
    """
    Whether ``text[start:end]`` opens its sentence, after words of *openers* at most ("On").

    The verb of the clause that follows is then the date's own ("On May 22, Sims pleaded
    guilty"), not a reporting verb of another clause. The sentence is looked for from *lo*.
    """
    first, _stop = _sentence_around(text, start, end, (max(lo, start - 40), start))
    words = text[first:start].lower().split()
    return all(word.strip(_PUNCTUATION) in openers for word in words)


def _later_in_incident_sentence(text: str, start: int, end: int) -> bool:
    """
    Whether the day at ``text[start:end]`` dates something else than its sentence's incident.

    The day of a report or a step of the law ("police said Thursday", "was arrested Sept.
    25 and charged with murder"; not "The shooting was reported around 10:30 a.m. Monday"),
    of a later event of the story ("during a press conference Tuesday"), of a death from the
    wounds ("has died Monday from her injuries") or the start of a count ("the third
    shooting since Friday") is not the incident's.
    """
    if (
        _NOT_INCIDENT_WORD.search(text, max(0, start - 48), start) is not None
        and _INCIDENT_REPORTED.search(text, max(0, start - 40), start) is None
    ):
        return True
    if _after_since(text, start) and not text.startswith(("'s", "\u2019s"), end):
        return True  # "the third shooting since Friday" (not "since Friday's shooting")
    if _ANNIVERSARY_NEAR.match(text, end, min(len(text), end + 48)) is not None:
        # "On Friday, two years to the date of the deadly shooting": its anniversary
        return True
    # "The girl shot Dec. 25 has died Monday from her injuries": a death from the wounds is
    # later than the incident ("died Tuesday in a shooting" is on its day)
    return (
        _DIED_BEFORE.search(text, max(0, start - 16), start) is not None
        and _FROM_WOUNDS.match(text, start, min(len(text), start + 48)) is not None
    )


#: An anniversary named right after a day, in its clause: the day is no incident's ("On
#: Friday, two years to the date of the deadly shooting", "Sunday marks the anniversary of
#: the shooting").
_ANNIVERSARY_NEAR: Final = regex.compile(
    r"[^.;!?\n]{0,40}?\b(?:(?:years?|months?|weeks?)[^\S\n]{1,3}to[^\S\n]{1,3}the"
    r"[^\S\n]{1,3}(?:day|date)|anniversary)\b",
    regex.IGNORECASE,
)


def _incident_named_in_sentence(text: str, state: State, start: int, end: int) -> bool:
    """
    Whether the sentence named the incident's day before this day, which is another event's.

    "a drive-by shooting from Tuesday night after they found another body in a ditch
    Wednesday afternoon": the shooting is Tuesday night's, the later day another event's;
    so is a day after the incident's, told after a word of an incident, with none between
    them ("The man who fatally shot his wife Monday evening expressed remorse today"; not
    "A man was shot Monday and another was killed Tuesday", nor a range "between late
    Friday afternoon and Monday morning").
    """
    where = state.incident_span
    if where is None or where.end > start or _crosses_sentence(text, where.end, start):
        return False
    if _dates_incident_noun(text, where.start, where.end) and not _dates_incident_noun(
        text, start, end
    ):
        return True
    if _RANGE_END.search(text, max(where.end, start - 9), start) is not None:
        return False  # "killed between late Friday afternoon and Monday morning": one span
    lo = _sentence_around(text, where.start, where.end, (max(0, where.start - 160), start))[0]
    return (
        _INCIDENT_WORDS.search(text, lo, where.start) is not None  # not "who turned two on
        # Sunday, died Tuesday in a shooting"
        and (
            not _holds_stem(text, where.end, start, _INCIDENT_STEMS)
            or _INCIDENT_WORDS.search(text, where.end, start) is None
        )
        and not _dates_incident_noun(text, start, end)
    )


def _dates_incident_noun(text: str, start: int, end: int) -> bool:
    """
    Whether the day at ``text[start:end]`` is written with an incident's noun.

    "a shooting from Tuesday night", "the shooting on Monday", "Tuesday's shooting", "the
    Tuesday night shooting".
    """
    return (
        _NOUN_THEN_DAY.search(text, max(0, start - 24), start) is not None
        or _DAY_THEN_NOUN.match(text, end, min(len(text), end + 24)) is not None
    )


#: The nouns of an incident a day may be written with (`_dates_incident_noun`).
_INCIDENT_NOUN: Final = (
    r"(?:shooting|killing|slaying|stabbing|murder|attack|ambush|bombing|massacre)"
)
#: An incident's noun right before its day ("a shooting from Tuesday night").
_NOUN_THEN_DAY: Final = regex.compile(
    rf"\b{_INCIDENT_NOUN}[^\S\n]{{1,3}}+(?:(?:from|on|of|early|late)[^\S\n]{{1,3}}+)?$",
    regex.IGNORECASE,
)
#: An incident's noun right after its day ("Tuesday's shooting", "the Tuesday shooting").
_DAY_THEN_NOUN: Final = regex.compile(
    r"(?:['\u2019]s)?[^\S\n]{1,3}+(?:(?:deadly|fatal|drive-by|double|triple|mass)[^\S\n]{1,3}+)?"
    rf"{_INCIDENT_NOUN}\b",
    regex.IGNORECASE,
)
#: The incident itself reported, right before its day: "The shooting was reported around
#: 10:30 a.m. Monday" is the shooting's time, as police give it.
_INCIDENT_REPORTED: Final = regex.compile(
    r"\b(?:shooting|shots|gunfire|gunshots|stabbing)[^\S\n]{1,3}+(?:was|were)[^\S\n]{1,3}+"
    r"(?:first[^\S\n]{1,3}+)?reported[^\S\n]{1,3}+(?:on[^\S\n]{1,3}+)?$",
    regex.IGNORECASE,
)
#: "died" right before a day, and the wounds a death after the day was from.
_DIED_BEFORE: Final = regex.compile(r"\bdied[^\S\n]+(?:on[^\S\n]+)?$", regex.IGNORECASE)
_FROM_WOUNDS: Final = regex.compile(
    r"[\w.,]{1,24}+(?:[^\S\n]\w{1,12}+)?[^\S\n]+(?:from|of)[^\S\n]+(?:his|her|their|the)"
    r"[^\S\n]+(?:\w{1,12}+[^\S\n]+)?(?:injuries|wounds)\b",
    regex.IGNORECASE,
)
#: The reporting verbs that, right before a day, make it the day of a report ("police said
#: Thursday", "revealed Monday"): one list for `_NOT_INCIDENT_WORD` and `_REPORT_DAY`.
_REPORTING_VERBS: Final = (
    "said|says|told|announced|confirmed|disclosed|revealed|stated|added|tweeted"
)
#: A word right before a day that dates a report or a step of the law, or a noun of a later
#: event of the story ("a press conference Tuesday"), not an incident.
_NOT_INCIDENT_WORD: Final = regex.compile(
    rf"\b(?:{_REPORTING_VERBS}|reported|arrested|charged|booked|indicted"
    r"|arraigned|sentenced|convicted|released|identified|learned"
    # "details about Sunday's shooting during a press conference Tuesday": an event of the
    # story after the incident
    r"|conference|briefing|statement|interview|hearing|vigil|funeral|court|arraignment"
    # "remembered in funeral services on Saturday", "who was also buried on Saturday": the
    # mourning after the incident
    r"|vigils|funerals|services|memorial|buried|mourned|laid[^\S\n]+to[^\S\n]+rest|warrant)"
    # "arrested Smith Tuesday", "issued an arrest warrant for Devaughn Tuesday": the step's
    # object, a name or a pronoun, may stand between
    r"(?:[^\S\n]+(?:for[^\S\n]+)?(?:him|her|them|(?-i:\p{Lu}[\w'\u2019.-]*))){0,3}?"
    r"[^\S\n]+(?:on[^\S\n]+)?$",
    regex.IGNORECASE,
)


def _sentence_opening(ctx: _Context, reach: int = 160) -> int:
    """
    Where the sentence of the match begins, looked for *reach* characters back.
    """
    start = ctx.match.start()
    first, _ = _sentence_around(
        ctx.text, start, ctx.match.end(), (max(ctx.lo, start - reach), start)
    )
    return first


def _sentence_has(
    ctx: _Context,
    pattern: regex.Pattern[str],
    reach: int = 160,
    stems: tuple[str, ...] = (),
) -> bool:
    """
    Whether *pattern* occurs in the sentence of the match, read *reach* characters either side.

    *stems*, if given, are a part of each of the pattern's alternatives, in lower case: a
    sentence that holds none of them is not searched (`_holds_stem`).
    """
    start, end = ctx.match.span()
    first, stop = _sentence_around(
        ctx.text, start, end, (max(ctx.lo, start - reach), min(ctx.hi, end + reach))
    )
    if stems and not _holds_stem(ctx.text, first, stop, stems):
        return False
    return pattern.search(ctx.text, first, stop) is not None


def _holds_stem(text: str, lo: int, hi: int, stems: tuple[str, ...]) -> bool:
    """
    Whether ``text[lo:hi]`` holds one of *stems* (lower case), whatever its case.

    The cheap test before a case-blind pattern each of whose alternatives holds a stem: a
    regular expression costs some 40 ns a character, a string search a tenth of that.
    `casefold` folds all that `IGNORECASE` folds (the Kelvin sign "\u212a" to "k").
    """
    part = text[lo:hi].casefold()
    return any(stem in part for stem in stems)


def _told_done(text: str, state: State, day: dt.date, start: int, end: int) -> bool:
    """
    Whether a day just after the reference is told as done, the day of an incident.

    A page updated after its date ("The weekend's most recent nonfatal shooting happened
    early Sunday" on Saturday's page, the Sunday read as that weekend's): a day at most
    `_UPDATED_DAYS` after the reference, in a sentence with a verb of a thing done
    (`_DONE_VERBS`) and no "will".
    """
    reference = state.reference
    if reference is None or not 0 < (day - reference).days <= _UPDATED_DAYS:
        return False
    if not _holds_stem(text, max(0, start - _DONE_REACH), end + _DONE_REACH, _DONE_STEMS):
        return False  # the cheap test first: no verb of a thing done near the day
    if _DIED_LATER.search(text, max(0, start - 24), start) is not None:
        return False  # "was shot ... and died later Sunday morning": a death after the incident
    lo, hi = _sentence_around(text, start, end, (max(0, start - 160), min(len(text), end + 160)))
    if _WILL.search(text, lo, hi) is not None:
        return False
    # the verb near the day, in its clause ("happened early Sunday", "About 3:15 a.m. Sunday,
    # twin brothers were killed"), not one of another clause of a long sentence
    near = _DONE_VERBS.search(text, max(lo, start - _DONE_REACH), min(hi, end + _DONE_REACH))
    return near is not None


#: "died" or "later" just before a day (`_told_done`).
_DIED_LATER: Final = regex.compile(r"\b(?:died|later)\b[^.!?]{0,12}$", regex.IGNORECASE)
#: How far from the day (characters) its verb of a thing done may stand (`_told_done`).
_DONE_REACH: Final = 60
#: Stems of `_DONE_VERBS`, for the cheap test before it.
_DONE_STEMS: Final = (
    *("happened", "occurred", "place", "erupted", "shot", "killed", "wounded", "stabbed", "fire"),
)
#: Verbs of a thing that happened, for `_told_done`.
_DONE_VERBS: Final = regex.compile(
    # (not in a relative clause: "gathered outside the laundromat where she was shot")
    r"(?<!\b(?:where|who|which|that)[^\S\n]{1,3}(?:\w+[^\S\n]{1,3}){0,2})"
    r"\b(?:happened|occurred|took[^\S\n]{1,3}place|erupted|(?:was|were)[^\S\n]{1,3}(?:shot|killed"
    r"|wounded|stabbed)|opened[^\S\n]{1,3}fire)\b",
    regex.IGNORECASE,
)


def _in_incident_sentence(text: str, start: int, end: int) -> bool:
    """
    Whether the sentence around ``text[start:end]`` tells of a killing or an attack.
    """
    window = (max(0, start - 160), min(len(text), end + 160))
    if not _holds_stem(text, *window, _INCIDENT_STEMS):
        return False  # the cheap test first: the sentence lies inside the window
    lo, hi = _sentence_around(text, start, end, window)
    # a stop glued to the next sentence ends it too ("returned to the scene Monday.Police
    # say a gunman opened fire": Monday is no day of the shooting)
    if (glued := _GLUED_STOP.search(text, end, hi)) is not None:
        hi = glued.start()
    for glued in _GLUED_STOP.finditer(text, lo, start + 2):  # its look-ahead reads two on
        lo = glued.end()
    if not _holds_stem(text, lo, hi, _INCIDENT_STEMS):
        return False
    return _INCIDENT_WORDS.search(text, lo, hi) is not None


#: Units whose "N units later" is a duration even after a date: a day grain cannot hold them.
_CLOCK_UNITS: Final = frozenset({"S", "MIN", "H"})
#: How far past the reference "N units later" may land and stay a date (a year).
_LATER_AHEAD_DAYS: Final = 366
#: Units whose "N units later" is a duration when no date was named before it; "a year
#: earlier" stays the comparison year of a report ("sales rose from a year earlier").
_EVENT_UNITS: Final = frozenset({"D", "W", "M"})

_REL_ANAPHORIC: Final = frozenset(
    {
        "previous",
        "prior",
        "preceding",
        "following",
        "the next",
        "ensuing",
        "subsequent",
        "same",
        "very same",
        "that",
        "that same",
        "that very",
        "that very same",
    }
)


#: The relations of a day named again after a year ("that same day"), not counted on ("the
#: same day" often takes a clause of its own: "the same day it seated its delegation").
_SAME_RELS: Final = frozenset({"that same", "that very same"})


def _weekend(reference: dt.date, offset: int) -> dt.date:
    """
    Saturday of the weekend *offset* weekends from the one around *reference*.
    """
    saturday = reference + dt.timedelta(days=5 - reference.weekday())
    return saturday + dt.timedelta(weeks=offset)


#: "the day before", "the year after" standing alone: the previous or the following one.
_BEFORE_AFTER: Final = {"before": "the previous", "after": "the following"}


def _to_this_day(ctx: _Context) -> bool:
    """
    Whether the match is "this day" after "to" or "until": up to now, no day.
    """
    if ctx.match.group().lower() != "this day":
        return False
    before = ctx.text[max(ctx.lo, ctx.match.start() - 8) : ctx.match.start()].lower().split()
    return bool(before) and before[-1] in {"to", "until", "till"}


#: Possessive determiners ("her" is left out: "called her last week" is an object).
_POSSESSIVES: Final = frozenset({"his", "its", "their", "my", "our", "your"})


#: What stands before "the decade" as a stretch of ten years: "over the past decade".
_DECADE_STRETCH_RELS: Final = frozenset({"the next", "the coming", "the past", "the last"})
_STRETCH_PREPOSITIONS: Final = frozenset({"over", "during", "throughout", "for"})


def _loose_day(state: State, offset: int) -> str:
    """
    The day *offset* days from the last day named when it had no year, or "".

    "Wednesday" read with no reference is ``XXXX-WXX-3``, the day after it ``XXXX-WXX-4``;
    "March 3" is ``XXXX-03-03``, the day after it ``XXXX-03-04``, but the day after February
    28 depends on the year.
    """
    loose = state.loose_day
    if not loose:
        return ""
    if loose.startswith("XXXX-WXX-"):
        return f"XXXX-WXX-{(int(loose[9]) - 1 + offset) % 7 + 1}"
    day = dt.date(_LEAP_YEAR, int(loose[5:7]), int(loose[8:10]))
    moved = day + dt.timedelta(days=offset)
    if dt.date(_LEAP_YEAR, 2, 28) <= min(day, moved) and max(day, moved) <= dt.date(
        _LEAP_YEAR, 3, 1
    ):
        return ""  # February's last day is not known with no year
    return f"XXXX-{moved.month:02d}-{moved.day:02d}"


def _open_month(state: State) -> str:
    """
    The month last named when it had no year and no reference ("XXXX-11"), or "".
    """
    return state.loose_month if state.reference is None else ""


#: A month of no known year ("XXXX-11").
_OPEN_MONTH: Final = regex.compile(r"XXXX-(?:0[1-9]|1[0-2])")
#: A leap year, to count days of a month of no known year (February's end is skipped).
_LEAP_YEAR: Final = 2004
#: A weekday or a day of a month of no known year ("XXXX-WXX-3", "XXXX-03-03").
_LOOSE_DAY: Final = regex.compile(r"XXXX-(?:WXX-[1-7]|(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))")


def _build_relative(ctx: _Context) -> _Result | None:
    if (
        _is_title(ctx)
        or _is_programme(ctx)
        or (
            ctx.match.group() == "This Week"
            and not _opens_sentence(ctx.text, ctx.match.start(), ctx.match.end())
            and _WITH_HOST.match(ctx.text, ctx.match.end(), _reach(ctx)) is not None
        )
    ):
        # ABC's "This Week With David Brinkley", ABC's This Week, "on This Week with George
        # Stephanopoulos"
        return None
    if ctx.group("age") is not None or _to_this_day(ctx):
        return _Result(_DATE, "PRESENT_REF")  # "in this day and age", "to this day": nowadays
    raw_rel = _norm(ctx.group("rel")) or ""
    if raw_rel in {"last", "next"} and _word_before(ctx.text, ctx.match.start()) in _POSSESSIVES:
        return None  # "in his last year in office", "their next month together": theirs
    raw_rel = _BEFORE_AFTER.get(raw_rel, raw_rel)  # "the day before," is the previous day
    if raw_rel in {"the very next", "the very following"}:
        raw_rel = raw_rel.replace("very ", "")  # "the very next day": the next one
    bare_the = raw_rel == "the"
    if bare_the:
        raw_rel = "that"  # "later in the day": the day the story is on
    rel = raw_rel.removeprefix("the ")
    unit_word = ctx.group("unit") or ""
    if unit_word == "hour":
        return _Result(_DURATION, "PT1H")  # "in the past hour", as "the past 24 hours"
    if unit_word == "fortnight":
        return _Result(_DURATION, "P2W")  # "over the past fortnight": no calendar unit
    night = unit_word == "night"  # "the night before": that day's night
    if night or unit_word == "date":  # "by that date": that day
        unit_word = "day"
    grain = {
        "week": "W",
        "weekend": "WE",
        "month": "M",
        "quarter": "Q",
        "year": "Y",
        "decade": "E",
        "century": "C",
        "half": "H",
        "day": "D",
    }[unit_word]
    if (
        raw_rel in {"the next", "the coming"}
        and not night
        and unit_word in UNITS
        and _word_before(ctx.text, ctx.match.start()) == "within"
    ):
        # "needs to start within the next month": a length from now, as "within the next
        # two weeks" is; not the month after the last one named
        unit, multiplier = _unit_of(unit_word)
        return _Result(_DURATION, _duration_value(1, unit, multiplier))
    if (
        unit_word == "decade"
        and raw_rel in _DECADE_STRETCH_RELS
        and _word_before(ctx.text, ctx.match.start()) in _STRETCH_PREPOSITIONS
    ):
        # "would raise $1.1 trillion over the next decade", "had become routine over the
        # past decade", "has had good relations with Azerbaijan for the past decade": the ten
        # years from or to now, as "over the next ten years" is (the 2020s or the 2000s are
        # no stretch a budget or a trend runs over)
        return _Result(_DURATION, "P10Y")
    if raw_rel == "the next" or rel in _REL_ANAPHORIC - {"the next"}:
        offset = {
            "previous": -1,
            "prior": -1,
            "preceding": -1,
            "the next": 1,
            "following": 1,
            "ensuing": 1,
            "subsequent": 1,
        }.get(raw_rel if raw_rel == "the next" else rel, 0)
        anchor = ctx.anchor_date()
        if (
            grain == "D"
            and anchor is not None
            and (
                (bare_the and anchor[1] in {"M", "Y"})
                or (rel in _SAME_RELS and anchor[1] == "Y")
                # "On Friday morning, he spoke in Portland. Last week he was in Ohio. The day
                # before, at a rally ...": no day is counted from a week
                or (offset != 0 and anchor[1] == "W")
            )
            and (day := _iso_day(ctx.state.day or "")) is not None
        ):
            # "vied for the title Wednesday ... her support of the 2011 raid ... a speech
            # earlier in the day": a year or a month named in passing is no day the story is
            # on; the day is the last one named; so is the day "that same day" names again
            # after a year ("gave $5,000 on June 27, 2014 ... registered in 2010 ...
            # donations made that same day"; after a month, a day of it, as AQUAINT has it)
            anchor = (day, "D")
        if anchor is not None and grain == "D" and anchor[1] in {"M", "Y", "S"}:
            # "that same day", "the next day" after "last October": a day of that month,
            # which one is unknown (after "last fall", a day of that year)
            day = anchor[0]
            month = f"{day.month:02d}" if anchor[1] == "M" else "XX"
            return _Result(_DATE, f"{day.year:04d}-{month}-XX", anchored=True)
        if anchor is not None and grain == "D" and anchor[1] == "W" and offset == 0 and not night:
            # "Last week he was in Ohio. That day, he met voters": a day of that week, which
            # one is unknown (not its Monday); the week is what is known of it
            return _Result(_DATE, format_value(anchor[0], "W"), anchored=True)
        if anchor is not None and (
            (grain == "M" and anchor[1] == "Y") or (grain == "W" and anchor[1] in {"M", "Y"})
        ):
            # "The 2012 request ... CREW filed a request that month": a month of that year,
            # which one is unknown (not its January); "that week" after a month or a year
            unknown = "XX" if grain == "M" else "WXX"
            return _Result(_DATE, f"{anchor[0].year:04d}-{unknown}", anchored=True)
        if bare_the and grain == "D" and (reported := _reported_day(ctx)) is not None:
            # "shot Saturday ... As of Sunday evening, he was stable. ... argued earlier in the
            # day": the day of the events told, not of the report
            base = reported
        elif (
            rel.startswith("that")
            and grain == "D"
            and not night
            and (told := _told_before_report(ctx)) is not None
        ):
            # "what happened on June 7 ... Detective Jeff Maglish confirmed Monday that ...
            # believe there was something that “set him off” that day": the day of the
            # events told, however long before the report
            base = told
        elif anchor is not None:
            base = anchor[0]
            if (
                grain == "D"
                and offset == 0
                and not night
                and anchor[1] == "D"
                and ctx.state.day_part == _SMALL_CLOCK
                and ctx.state.day_clock[:2].isdigit()  # a clock time, not "early Tuesday"
                and start_of(ctx.state.day or "") == base
                and _earlier_day(ctx)
            ):
                # "shot shortly after 1 a.m. Sunday after a dispute that started earlier in
                # the day": the day before the small hours, the story staying on their day
                return _Result(
                    _DATE, (base - dt.timedelta(days=1)).isoformat(), anchored=True, updates=False
                )
            if (
                offset > 0
                and grain in {"W", "M", "Y"}
                and ctx.reference is not None
                and (after := _move(base, grain, offset)) is not None
                and (ended := _move(after, grain, 1)) is not None
                and ended <= ctx.reference
                and ctx.tense() == _FUTURE
            ):
                # "In 1939 the ship was turned away ... 10,000 are expected over the next
                # year": a sentence looking ahead counts from now, not from a time long gone
                base = ctx.reference
            if (
                bare_the
                and grain == "D"
                and not night
                and ctx.reference is not None
                and base < ctx.reference
                and ctx.tense() == _FUTURE
                and not _in_quotation(ctx)
            ):
                # "held a candlelight vigil Sunday ... Counselors will be available
                # throughout the day": a day still to come is no day gone, but today
                base = ctx.reference
        elif ctx.reference is not None:
            base = ctx.reference  # nothing mentioned yet: the publication date is the anchor
            if offset > 0 and ctx.tense() == _PAST:
                # "He returned the next day" with no day named before: a day gone, which
                # one is unknown (the day after the reference is still to come)
                return _Result(_DATE, _underspecified(grain))
        else:
            if grain == "D" and (loose := _loose_day(ctx.state, offset)):
                # "said Wednesday ... later in the day", "March 3 ... The next day" with no
                # reference: that day, or the one after it, of no known year
                return _Result(_TIME if night else _DATE, loose + ("TNI" if night else ""))
            if grain == "D" and offset == 0 and (month := _open_month(ctx.state)):
                # "In November he was arrested. That day ...": a day of that month
                return _Result(_TIME if night else _DATE, f"{month}-XX" + ("TNI" if night else ""))
            if grain == "M" and (month := _open_month(ctx.state)):
                # "In September he was arrested. That month, ...", "The next month": that
                # month or the one after it, of no known year
                return _Result(_DATE, f"XXXX-{(int(month[5:]) - 1 + offset) % 12 + 1:02d}")
            return _Result(_DATE, _underspecified(grain))
        if (
            not bare_the
            and rel.startswith("that")
            and ctx.reference is not None
            and (ahead := _move(base, grain, offset)) is not None
            and (period := _calendar_of(format_value(ahead, grain))[0]) is not None
            and period[0] > ctx.reference
            and ctx.tense() == _PAST
            and (incident := start_of(ctx.state.incident or "")) is not None
            and incident < ctx.reference
        ):
            # "nine people were shot ... on November 27. Clay will be in court today. Clay
            # came to New Orleans that weekend": a "that" told in the past is no time still
            # to come; after the day of today's news it is the incident's
            base = incident
        moved = _move(base, grain, offset)
        if moved is None:
            return None
        if (
            offset > 0
            and grain in {"M", "Y"}
            and ctx.reference is not None
            and moved > ctx.reference
            and ctx.tense() == _PAST
            and not _in_quotation(ctx)
        ):
            # "She once gave him seeds. The next year, she said, he arrived with tomatoes": a
            # year gone, after a time the story did not date, not the year after the story's
            # (a quotation speaks from its own time: "\u201cI'm trying to get out in the next
            # month,\u201d he said")
            return _Result(_DATE, _underspecified(grain))
        result = _date_result(moved, grain, ctx)
        if night and result is not None and result.value[:4].isdigit():
            return result._replace(type=_TIME, value=f"{result.value}TNI")
        if (
            result is not None
            and offset < 0
            and _COMPARED_FROM.search(
                ctx.text, max(ctx.lo, ctx.match.start() - 40), ctx.match.start()
            )
        ):
            # "rose to $1.11 from $1.10 the day before": a level compared with, the story
            # stays on its day (the next "the day before" is counted from it too)
            return result._replace(updates=False)
        return result
    if raw_rel == "the past" and grain == "D" and not night:
        return _Result(_DURATION, "P1D")  # "in the past day": the last 24 hours
    if rel == "before last" and night:
        # "the night before last": the night before last night
        if ctx.reference is None:
            return _Result(_TIME, "XXXX-XX-XXTNI")
        return _Result(_TIME, f"{ctx.reference - dt.timedelta(days=2)}TNI")
    if rel in {"last", "past", "previous", "latest"} and grain == "D":
        return None
    reference = ctx.reference
    relative_offset = {
        "this": 0,
        "full": 0,
        "entire": 0,
        "whole": 0,
        "current": 0,
        "present": 0,
        "last": -1,
        "past": -1,
        "this past": -1,
        "latest": -1,
        "before last": -2,  # "the week before last"
        "after next": 2,  # "the week after next"
        "next": 1,
        "coming": 1,
        "upcoming": 1,
        "this coming": 1,
    }.get(rel)
    if relative_offset is None:
        return None
    offset = relative_offset
    if reference is None:
        return _Result(_DATE, _underspecified(grain))
    if grain == "WE":
        if (holiday := _holiday_weekend(ctx)) is not None:
            return holiday  # "this holiday weekend" after Labor Day
        weekend_offset = offset
        if (
            (offset == 0 and reference.weekday() < _SATURDAY and ctx.tense() == _PAST)
            or (offset == -1 and reference.weekday() < _SATURDAY)
            # "a murder-suicide this weekend" in Monday's paper: the one just gone
            or (offset == 0 and reference.weekday() == 0 and ctx.tense() != _FUTURE)
        ):
            weekend_offset = -1
        elif rel in {"coming", "upcoming", "this coming"} and reference.weekday() < _SATURDAY:
            weekend_offset = 0  # "the coming weekend" said on a Tuesday: the one ahead
        elif rel in {"past", "this past"} and reference.weekday() == _SUNDAY:
            weekend_offset = 0  # "the past weekend" said on a Sunday: the one now ending
        return _date_result(_weekend(reference, weekend_offset), "WE", ctx)
    if raw_rel in {"the past", "the last", "past"} and grain == "W":
        # "for the last week", "over the past week": the seven days up to the reference, the
        # week now ending when said from Friday on (as "this past week"), else the week before
        # (a headline drops the article: "Crime up in past week")
        return _date_result(_move(reference - dt.timedelta(days=4), grain, 0), grain, ctx)
    if rel == "this past" and grain == "W" and reference.weekday() >= _FRIDAY:
        offset = 0  # "this past week" said on a Friday or at the weekend: the week now ending
    elif (
        rel in {"entire", "whole", "full"}
        and grain == "W"
        and reference.weekday() <= _TUESDAY
        and ctx.tense() == _PAST
    ):
        # "Democrats spent the entire week at their convention" in Monday's paper: a whole
        # week gone, the one before; the reference's has barely begun
        offset = -1
    elif rel == "last" and grain == "W":
        offset = _last_week_offset(reference)
    elif (
        rel == "this"
        and grain == "W"
        and reference.weekday() >= _SATURDAY
        and ctx.tense() == _FUTURE
    ):
        # "will gather this week" said on a Saturday or a Sunday: the week that opens next
        offset = 1
    elif (
        rel == "this"
        and grain == "W"
        and reference.weekday() == _SUNDAY
        and (
            (
                (ctx.tense() is None or (ctx.tense() == _PAST and ctx.left_cache is None))
                and _present_be_before(ctx)
            )
            or (
                ctx.text.startswith(("'s ", "\u2019s "), ctx.match.end())
                and _noun_after(ctx, SCHEDULED_NOUNS)
                and _no_past_word(_rest_of_sentence(ctx))
            )
        )
    ):
        # said on a Sunday, the week that opens next: "He's not available this week,"
        # McManus wrote (the verb of saying after it is not its clause's), "a hearing at
        # this week's meeting" (an event held on a set day, no past told after it); not "has
        # been in Montana this week", "there were eight murders this week", "At this week's
        # meeting, the council voted" (the week ending)
        offset = 1
    result = _date_result(_move(reference, grain, offset), grain, ctx)
    if result is not None and grain == "Y" and _in_relative_clause(ctx):
        # "a memorial for a friend who had been killed last year": a year of the past of
        # someone the story names, no time the story moves to ("The following day" after it
        # is the day after the story's)
        return result._replace(updates=False)
    return result


def _in_relative_clause(ctx: _Context) -> bool:
    """
    Whether the match stands in a relative clause ("who was killed last year").

    The clause opens at "who", "whom", "whose" or "which" with no comma, colon, semicolon,
    dash or sentence end between it and the match.
    """
    start = ctx.match.start()
    clause = ctx.text[max(ctx.lo, start - _RELATIVE_CLAUSE_CHARS) : start]
    cut = max(clause.rfind(mark) for mark in _CLAUSE_MARKS)
    return _RELATIVE_PRONOUN.search(clause, cut + 1) is not None


#: How far back a relative pronoun may open the match's clause (`_in_relative_clause`).
_RELATIVE_CLAUSE_CHARS: Final = 80
#: Marks that close a clause before a relative pronoun could open the match's.
_CLAUSE_MARKS: Final = (",", ";", ":", ".", "!", "?", "\u2014", " - ", "\n")
_RELATIVE_PRONOUN: Final = regex.compile(r"\b(?:who|whom|whose|which)\b", regex.IGNORECASE)


def _last_week_offset(reference: dt.date) -> int:
    """
    The ISO weeks from the reference's that "last week" names.

    The week before (-1); said on a Sunday, the week now ending (0): Monday to Saturday just
    gone, as the Sunday pages the audits read have it ("Tuesday night last week" is its
    Tuesday).
    """
    return 0 if reference.weekday() == _SUNDAY else -1


def _rest_of_sentence(ctx: _Context) -> str:
    """
    The text from the end of the match to the end of its sentence.
    """
    start, end = ctx.match.span()
    _, stop = _sentence_around(
        ctx.text,
        start,
        end,
        (max(ctx.lo, start - _SENTENCE_READ), min(ctx.hi, end + _SENTENCE_READ)),
    )
    return ctx.text[end:stop]


def _present_be_before(ctx: _Context) -> bool:
    """
    Whether a present form of "be" comes among the four words before the expression.

    "He's not available this week", "the meeting is this week"; a word ending a sentence,
    a relative pronoun or an article before it stops the reading.
    """
    start = ctx.match.start()
    raws = ctx.text[max(ctx.lo, start - 40) : start].replace("\u2019", "'").lower().split()
    for raw in reversed(raws[-4:]):
        word = raw.strip(_PUNCTUATION)
        if word in _PROGRESSIVE_BE or word in {"that's", "there's", "who's"}:
            return True
        if raw.endswith(_WORD_STOPS) or word in {"who", "which", "that"} or word in _ARTICLES:
            # "is the man who this week shot": another clause's verb; "It is the third
            # shooting this week": a count of the week ending
            return False
    return False


#: An amount compared with, right before "the day before" ("from $1.10", "than 3 percent").
_COMPARED_FROM: Final = regex.compile(
    r"\b(?:from|than|with|against)[^\S\n]++(?:about[^\S\n]++|nearly[^\S\n]++)?"
    r"[$\u00a3\u20ac\u00a5]?\d[\d.,]*+(?:[^\S\n]*+(?:%|percent|cents?|points?|yen|euros?"
    r"|pounds?|dollars?|million|billion|trillion)\b)?[^\S\n]++$",
    regex.IGNORECASE,
)
#: A host named after a programme's title ("This Week with George Stephanopoulos").
_WITH_HOST: Final = regex.compile(r"[^\S\n]{1,3}with[^\S\n]{1,3}(?-i:\p{Lu})", regex.IGNORECASE)


def _move(base: dt.date, grain: str, offset: int) -> dt.date | None:
    if grain == "E":
        return _safe_date(base.year + 10 * offset, 1, 1)
    if grain == "C":
        return _safe_date(base.year + 100 * offset, 1, 1)
    return shift(base, {"WE": "W"}.get(grain, grain), offset)


#: A noun before "of the week" (month, year, day) that makes it a pick, not a time.
_AWARD_OF: Final = regex.compile(
    r"\b(?:flavou?r|player|employee|athlete|coach|rookie|volunteer|teacher|student|pick|play"
    r"|word|quote|question|photo|picture|video|song|album|book|deal|tip|recipe|dish|newsmaker"
    r"|person|man|woman|mother|father|mom|dad|parent|team|pet|game|goal|save|catch"
    # a police page's feature: "CRIME OF THE WEEK", "Fugitive of the Week"
    r"|crime|fugitive|hero|citizen|business|artist|stat|chart)\s+of\s+$",
    regex.IGNORECASE,
)


def _incident_over(ctx: _Context) -> bool:
    """
    Whether an incident comes right before "over", "during" or "on" the expression.

    "charges after a shooting death over the weekend": the weekend of the shooting, past
    whatever the main verb ("faces") says.
    """
    before = ctx.text[max(ctx.lo, ctx.match.start() - 40) : ctx.match.start()].lower().split()
    words = [raw.strip(_PUNCTUATION) for raw in before[-4:]]
    if not words or words[-1] not in {"over", "during", "on", "in", "at"}:
        return False
    words.pop()
    if words and words[-1] in {"death", "deaths"}:
        words.pop()  # "a shooting death"
    return bool(words) and words[-1] in INCIDENT_NOUNS


#: Units "the ... since" makes a length of ("in the year since the killing").
_SINCE_UNITS: Final = frozenset({"year", "month", "week"})


#: A relative clause after "the week" that places it after or before the date named last.
_FOLLOWED: Final = regex.compile(
    r"[^\S\n]++(?:that|which)[^\S\n]++(?P<way>followed|preceded)\b", regex.IGNORECASE
)


def _build_the_unit(ctx: _Context) -> _Result | None:
    raw_unit = ctx.raw("unit") or ""
    if (
        raw_unit[:1].isupper()
        and not raw_unit.isupper()
        and _word_before(ctx.text, ctx.match.start()).endswith("of")
    ):
        return None  # "Time's Person of the Year", "Employee of the Month": an award's name
    if _AWARD_OF.search(ctx.text, max(ctx.lo, ctx.match.start() - 24), ctx.match.start()):
        return None  # "the flavor of the week", "the player of the month": no week or month
    unit_word = _norm(ctx.group("unit")) or ""
    anchor = ctx.anchor_date()
    reference = ctx.reference
    following = ctx.text[ctx.match.end() : ctx.match.end() + 8].lower()
    if unit_word in {"year", "fiscal year"} and following.startswith((" ended", " ending")):
        return _Result(_DURATION, "P1Y")
    if (
        following.startswith(" since")
        and not following[6:7].isalpha()
        and unit_word in _SINCE_UNITS
    ):
        # "in the year since the killing": the length from then to now
        return _Result(_DURATION, f"P1{unit_word[0].upper()}")
    if (
        unit_word in {"year", "month", "week", "day"}
        and anchor is not None
        and (around := _FOLLOWED.match(ctx.text, ctx.match.end(), _reach(ctx))) is not None
    ):
        grain = _UNIT_GRAIN[unit_word[0].upper()]
        if _FINE[anchor[1]] >= _FINE[grain]:
            # "the week that followed" the day named: the week after it, not its own
            moved = shift(anchor[0], grain, 1 if around.group("way") == "followed" else -1)
            if moved is not None:
                return _Result(_DATE, format_value(moved, grain), anchored=True)
    if unit_word == "year" and (
        named := _YEAR_APPOSED.search(
            ctx.text, max(ctx.lo, ctx.match.start() - 24), ctx.match.start()
        )
    ):
        return _Result(_DATE, named.group(1), anchored=True)  # "in 2008, the year he returned"
    if (
        unit_word == "year"
        and ctx.match.group().lower().startswith("the ")
        and _CLAUSE_SUBJECT.match(ctx.text, ctx.match.end(), min(ctx.hi, ctx.match.end() + 40))
        and _word_before(ctx.text, ctx.match.start()) not in _YEAR_ADVERBIAL_WORDS
    ):
        # "The year he was born, the war ended", "misstated the year Pershing Square's
        # founder first began to buy": a year its clause names, as "the night he was shot"
        return None
    if unit_word == "year" and (told := _told_year(ctx)) is not None:
        return _Result(_DATE, f"{told:04d}", anchored=True)  # "In June 1992 ... later in the year"
    if unit_word in {"year", "fiscal year"}:
        if reference is None and anchor is not None:
            return _Result(_DATE, format_value(anchor[0], "Y"), anchored=True)
        if (
            reference is not None
            and reference.month <= _FIRST_HALF_MONTHS
            and _END_OF.search(ctx.text, max(ctx.lo, ctx.match.start() - 12), ctx.match.start())
            and ctx.tense() == _PAST
        ):
            # "sold some of its shares at the end of the year" in March: the year's end is
            # still ahead, so a thing done then was done at the end of the year before
            return _Result(_DATE, f"{reference.year - 1:04d}")
        if (
            reference is not None
            and reference.month == 1
            and anchor is not None
            and anchor[1] == "Y"
            and anchor[0].year == reference.year - 1
            and ctx.tense() != _FUTURE
        ):
            # "Mergers hit a record last year ... the eight largest deals of the year" on
            # January 7: the year just closed, named last, not the one a week old
            return _Result(_DATE, f"{reference.year - 1:04d}", anchored=True)
        return _date_result(reference, "Y", ctx)
    if unit_word == "weekend":
        if reference is None:
            return _Result(_DATE, "XXXX-WXX-WE")
        if (holiday := _holiday_weekend(ctx)) is not None:
            return holiday  # "over the holiday weekend"
        offset = 0
        if reference.weekday() < _SATURDAY and (_incident_over(ctx) or ctx.tense() != _FUTURE):
            offset = -1
        return _date_result(_weekend(reference, offset), "WE", ctx)
    if unit_word == "quarter":
        return _build_quarter_anaphor(ctx)  # reads "quarter" from the matched text
    grain = {"month": "M", "week": "W", "day": "D"}[unit_word]
    if anchor is not None and _FINE[anchor[1]] >= _FINE[grain]:
        # "over the weekend, sending the number of shootings for the week skyrocketing -
        # doubling over the same period last year": the week holding the weekend named is
        # what the story counts now, the anchor of what follows
        return _Result(
            _DATE,
            format_value(anchor[0], grain),
            anchored=not (anchor[1] == "WE" and grain == "W"),
        )
    if grain == "D":
        return None
    return _date_result(reference, grain, ctx)


def _told_year(ctx: _Context) -> int | None:
    """
    The year of the date named last, for "later in" or "earlier in" a year or a season.

    "In June 1992 he won the primaries. Later in the year ..." is 1992: only when that date
    is in another year than the reference, and the sentence is not in the future ("expects
    to raise rates later in the year" looks ahead from now).
    """
    start = ctx.match.start()
    if _LATER_IN.search(ctx.text, max(ctx.lo, start - 16), start) is None:
        return None
    anchor = ctx.anchor_date()
    reference = ctx.reference
    if (
        anchor is None
        or reference is None
        or anchor[0].year == reference.year
        or ctx.tense() == _FUTURE
    ):
        return None
    return anchor[0].year


def _paragraph_past_year(ctx: _Context) -> int | None:
    """
    The year before the reference's that the date named last, in the match's paragraph, is in.

    Only in a sentence told in the past: "in 2008 ... went up against John McCain in the
    fall" is the fall of 2008; "will run in the fall" is the coming one.
    """
    reference = ctx.reference
    anchor = ctx.anchor_date()
    span = ctx.state.anchor_span
    if (
        reference is None
        or anchor is None
        or span is None
        or anchor[0].year >= reference.year
        or "\n" in ctx.text[span.end : ctx.match.start()]
        or ctx.tense() != _PAST
    ):
        return None
    return anchor[0].year


#: "later in" or "earlier in" right before "the year" or "the summer" (`_told_year`).
_LATER_IN: Final = regex.compile(r"\b(?:later|earlier)[^\S\n]+in[^\S\n]+$", regex.IGNORECASE)


#: "end of" right before "the year" (`_build_the_unit`).
_END_OF: Final = regex.compile(r"\bend[^\S\n]+of[^\S\n]+$", regex.IGNORECASE)
#: The months of a year's first half: its end, told in the past then, is the year before's.
_FIRST_HALF_MONTHS: Final = 6


#: Some time before a day ("days before", "the night before"), for `_resolve_weekday`.
_UNITS_BEFORE: Final = regex.compile(
    r"\b(?:days|hours|weeks|day|night|eve)[^\S\n]+before[^\S\n]+$", regex.IGNORECASE
)
#: A year and a comma right before "the year", which names it again ("in 2008, the year he
#: returned"), or a year that is the subject of "be" ("2016 will be the year").
_YEAR_APPOSED: Final = regex.compile(
    r"\b(1[89]\d\d|20\d\d)(?:,[^\S\n]{1,3}(?:which[^\S\n]{1,3}(?:is|was)[^\S\n]{1,3})?"
    # "Perhaps 2016 will be the year this gets fixed": the year is its subject's
    r"|[^\S\n]{1,3}(?:(?:will|would|could|might|may|must|should)[^\S\n]{1,3}be|is|was"
    r"|ha[sd][^\S\n]{1,3}been|became|becomes)[^\S\n]{1,3})$"
)
#: Words before "the year" that make it an adverbial of time, not a noun a clause names
#: ("Earlier in the year Trump said").
_YEAR_ADVERBIAL_WORDS: Final = frozenset(
    {"in", "during", "throughout", "of", "for", "by", "until", "through", "since", "over"}
    | {"from", "into", "at", "on", "within", "across", "before", "after", "all", "this"}
)
#: A clause's subject right after "the year" ("the year he was born", "the year Mr. Ackman
#: teamed up"): the year is named by the clause, not the reference's.
_CLAUSE_SUBJECT: Final = regex.compile(
    r"[^\S\n]{1,3}(?:(?:he|she|they|we|i|you)\b|(?:Mr|Mrs|Ms|Dr)\.|[A-Z][a-z]+\b)"
)
#: "a week ago" or "two weeks ago" right before a weekday ("a week ago Saturday").
_WEEKS_AGO: Final = regex.compile(
    r"\b(a|one|two|three|four|[1-9])[^\S\n]+weeks?[^\S\n]+ago[^\S\n]+$", regex.IGNORECASE
)
#: "any given" or "a given" right before a weekday: a weekday in general.
_ANY_GIVEN: Final = regex.compile(r"\b(?:any|a)\s+given\s+$", regex.IGNORECASE)
#: A weekday's qualifier that makes it any such day in a sentence not in the past ("on a
#: typical Sunday, the church draws 200", "any Sunday is busy"; not "It was a typical
#: Sunday until the shots").
_TYPICAL: Final = regex.compile(
    r"\b(?:(?:an?|the)[^\S\n]{1,3}+(?:typical|normal|average|usual)|any)[^\S\n]{1,3}+$",
    regex.IGNORECASE,
)


#: A clock time and "UPDATE" after a weekday opening its line: an update's stamp.
_UPDATE_STAMP_AFTER: Final = regex.compile(
    r"[^\S\n]{1,3}(?:at[^\S\n]{1,3})?\d{1,2}(?::\d\d)?[^\S\n]?[ap]\.?m\.?,?[^\S\n]{1,3}(?:-[^\S\n]{1,3})?(?-i:UPDATE|Update)[Dd]?\b",
    regex.IGNORECASE,
)


#: The weekend under way named in a sentence: "the weekend's most recent homicide", "this
#: weekend" (not "last weekend", "next weekend", "the previous weekend").
_THIS_WEEKEND_WORD: Final = regex.compile(
    r"\b(?:the|this)[^\S\n]{1,3}(?-i:[Ww]eekend)(?:['\u2019]s)?\b",
    regex.IGNORECASE,
)


def _build_weekday(ctx: _Context) -> _Result | None:
    if _weekday_programme(ctx) or _news_programme(ctx):
        return None  # "Saturday Night Live", "Fox News Sunday"
    if (
        ctx.raw("rel") is None
        and _WEEKDAY_FEATURE.match(ctx.text, ctx.match.end(), _reach(ctx)) is not None
    ):
        return None  # "Sunday Interview: Patel offers advice": a station's feature
    if (
        ctx.raw("rel") is None
        and ctx.raw("pod") is None
        and _WEEKDAY_PAPER.match(ctx.text, ctx.match.end(), min(ctx.hi, ctx.match.end() + 40))
    ):
        return None  # "Daily Record/Sunday News", "The Sunday Times": a paper's name
    if ctx.raw("rel") is None and _NAMED_WEEKDAY.search(
        ctx.text, max(ctx.lo, ctx.match.start() - 8), ctx.match.start()
    ):
        return None  # "Bloody Sunday", "Black Monday": a day of history named, no weekday read
    weekday = WEEKDAYS[ctx.group("weekday") or ""]
    rel = _norm(ctx.group("rel"))
    pod_word = ctx.group("pod")
    pod = PARTS_OF_DAY.get(pod_word) if pod_word else None
    weeks_ago = (
        _WEEKS_AGO.search(ctx.text, max(ctx.lo, ctx.match.start() - 24), ctx.match.start())
        if rel is None and ctx.reference is not None
        else None
    )
    if (
        rel is None
        and pod is None
        and ctx.reference is not None
        and ctx.text[max(ctx.lo, ctx.match.start() - 1) : ctx.match.start()] in {"", "\n"}
        and _UPDATE_STAMP_AFTER.match(ctx.text, ctx.match.end(), _reach(ctx)) is not None
    ):
        # "Sunday 4:45 p.m. UPDATE: The victim has been identified" on Saturday's page: an
        # update comes after the page's day, the weekday on or after it
        ahead = (weekday - ctx.reference.isoweekday()) % 7
        return _Result(_DATE, (ctx.reference + dt.timedelta(days=ahead)).isoformat())
    if (
        rel is None
        and weekday == WEEKDAYS["sunday"]
        and ctx.reference is not None
        and ctx.reference.weekday() == _SATURDAY
        and _sentence_has(ctx, _THIS_WEEKEND_WORD, 160, ("weekend",))
    ):
        # "The weekend's most recent nonfatal shooting happened early Sunday" on Saturday's
        # page: the Sunday of the weekend under way (the page was updated the day after)
        day = ctx.reference + dt.timedelta(days=1)
        return _Result(_TIME if pod else _DATE, day.isoformat() + (f"T{pod}" if pod else ""))
    if weeks_ago is not None and ctx.reference is not None:
        # "shot a week ago Saturday": the Saturday a week before the last one
        count = int(_number(weeks_ago.group(1)) or 1)
        back = (ctx.reference.isoweekday() - weekday) % 7
        day = ctx.reference - dt.timedelta(days=back + 7 * count)
        return _Result(_TIME if pod else _DATE, day.isoformat() + (f"T{pod}" if pod else ""))
    if rel is None and (
        _ANY_GIVEN.search(ctx.text, max(ctx.lo, ctx.match.start() - 16), ctx.match.start())
        or (
            _TYPICAL.search(ctx.text, max(ctx.lo, ctx.match.start() - 16), ctx.match.start())
            and ctx.tense() != _PAST
        )
    ):
        # "on any given Sunday", "on a given Tuesday", "on a typical Sunday": some Sunday,
        # none in particular
        return _Result(_TIME if pod else _DATE, f"XXXX-WXX-{weekday}" + (f"T{pod}" if pod else ""))
    if rel is None and (some := _some_weekday(ctx)) is not None:
        # "One Sunday in late 2001, she called ...": a Sunday of the story, which one
        # unknown; of the year named right after it, if one is
        return _Result(
            _TIME if pod else _DATE, f"{some}-WXX-{weekday}" + (f"T{pod}" if pod else "")
        )
    if rel is None and pod is None and _weekly_programme(ctx):
        return _Result(_DATE, f"XXXX-WXX-{weekday}")  # "hosts a Sunday talk show": some Sunday
    if ctx.raw("noon") is not None:
        pod = "12:00"  # "Tuesday noon"
    week = ctx.group("wrel")
    if week is not None and ctx.reference is not None and rel is None:
        # "on Thursday this week", "Tuesday last week": the day of the week named
        monday = ctx.reference - dt.timedelta(days=ctx.reference.weekday())
        shift_weeks = (
            _last_week_offset(ctx.reference) if week == "last" else {"this": 0, "next": 1}[week]
        )
        date: dt.date | None = monday + dt.timedelta(days=7 * shift_weeks + weekday - 1)
    else:
        date = _resolve_weekday(ctx, weekday, rel)
    suffix = f"T{pod}" if pod else ""
    kind = _TIME if pod else _DATE
    if rel == "that" and (anchor := ctx.anchor_date()) is not None and anchor[1] == "M":
        # "Two months ago a boy was shot ... That Friday night": a Friday of that month,
        # which one unknown (not the last Friday before the reference)
        month = anchor[0]
        return _Result(kind, f"{month.year:04d}-{month.month:02d}-XX{suffix}", anchored=True)
    if date is None:
        return _Result(kind, f"XXXX-WXX-{weekday}{suffix}")
    # counted from the day named before ("the following Monday"); with none, read as the
    # reference reads it ("at a game that Tuesday evening" opening a story), a day the
    # story is on
    anchor = ctx.anchor_date()
    return _Result(
        kind,
        date.isoformat() + suffix,
        anchored=rel in {"the previous", "the following", "the next", "that", "the same"}
        and anchor is not None
        and anchor[1] == "D",
        # "Six remained in critical condition Tuesday": the day of a patient's report, no
        # day the story goes on from ("The 911 calls came around 2:20 a.m." is the night of
        # the shooting told before it)
        updates=rel is not None
        or _CONDITION_BEFORE.search(
            ctx.text, max(ctx.lo, ctx.match.start() - 60), ctx.match.start()
        )
        is None,
    )


#: A patient's condition reported right before a weekday ("remained in critical condition",
#: "was listed in stable condition on"; not "was hospitalized in critical condition Sunday
#: after being shot", the day of the shooting).
_CONDITION_BEFORE: Final = regex.compile(
    r"\b(?:remain(?:s|ed)?|listed)[^\S\n]{1,3}+in[^\S\n]{1,3}+(?:critical|stable|serious|fair|good|grave|guarded|satisfactory)"
    r"(?:[^\S\n]{1,3}+but[^\S\n]{1,3}+stable)?[^\S\n]{1,3}+condition,?[^\S\n]{1,3}+(?:(?:on|as[^\S\n]{1,3}+of|late|early)[^\S\n]{1,3}+)?$",
    regex.IGNORECASE,
)


def _some_weekday(ctx: _Context) -> str | None:
    """
    The year of "One Sunday in late 2001" ("XXXX" when none is named after it), or ``None``.

    "one" before the weekday, opening its clause, makes it a day of the story, which one
    unknown, when "in", a comma or a part of the day follows ("one Thursday and one Friday"
    of two surgeries ahead are days of their own).
    """
    start = ctx.match.start()
    # "One Sunday" opening a paragraph `parse` scans alone opens its clause
    opening = _ONE_BEFORE.search(ctx.text, _back_to_line(ctx, 12), start)
    if opening is None:
        return None
    after = _SOME_DAY_AFTER.match(ctx.text, ctx.match.end(), min(ctx.hi, ctx.match.end() + 40))
    if after is None:
        return "XXXX" if ctx.raw("pod") is not None else None  # "one Tuesday morning"
    return after.group("year") or "XXXX"


def _some_day(ctx: _Context) -> str | None:
    """
    The value of "One day in June 2014, ..." (``XXXX-XX-XX`` if no year follows), or ``None``.

    "One day" is a day of the story, which one unknown, as "One Sunday" is (`_some_weekday`),
    when it opens its clause before a comma, "in" or a subject ("One day, he called", "and
    one day she left"), or when a month or a year follows it ("That all changed one day in
    June 2014"); "it lasted one day", "spent one day in jail" are lengths.
    """
    if ctx.match.group().lower() != "one day":
        return None
    start, end = ctx.match.span()
    after = _SOME_DAY_AFTER.match(ctx.text, end, min(ctx.hi, end + 40))
    opens = _ONE_BEFORE.search(ctx.text, _back_to_line(ctx, 12), start + 4) is not None
    year = None if after is None else after.group("year")
    following = _word_after(ctx.text, end).lower()
    before = _word_before(ctx.text, start).lower()
    # "was walking into the house one day when he flashed it": a day of the story (not
    # "it lasted one day when")
    told_when = following == "when" and before not in _KEEPS_LENGTH
    if (opens and after is None) or told_when:
        if following not in _DAY_TOLD_AFTER:
            return None  # "One day he called"; not ", one day after the shooting"
    elif (not opens and (year is None or before in _KEEPS_LENGTH)) or (
        after is not None and after.group("pod") is not None
    ):
        return None
    return f"{_some_month(ctx, after)}-XX"


def _some_month(ctx: _Context, after: regex.Match[str] | None) -> str:
    """
    The month of "one day in June 2014", "one evening in June", as much as is known of it.

    *after* is `_SOME_DAY_AFTER` matched right after the match. "2014-06", "2016-06",
    "2014-XX", "XXXX-XX": a month named without its year is the last one up to the reference.
    """
    year = None if after is None else after.group("year")
    word = None if after is None else after.group("word")
    month = None if word is None or not word[0].isupper() else MONTHS.get(word.lower())
    if month is None:
        return f"{year or 'XXXX'}-XX"
    if year is None and ctx.reference is not None:
        reference = ctx.reference
        year = str(reference.year if month <= reference.month else reference.year - 1)
    return f"{year or 'XXXX'}-{month:02d}"


#: "one" opening a clause right before a weekday ("One Sunday", ", one Tuesday").
_ONE_BEFORE: Final = regex.compile(
    r"(?:^|[,;:.!?\n\"\u201c][^\S\n]{0,3}+|\b(?:and|but|then|until|since)[^\S\n]{1,3}+)one[^\S\n]{1,3}+$",
    regex.IGNORECASE,
)
#: What follows a weekday of the story after "one": "in" (maybe a year), a comma or a verb's
#: subject, or a part of the day.
_SOME_DAY_AFTER: Final = regex.compile(
    r"(?:[^\S\n]{0,3}+,|[^\S\n]{1,3}+(?:in[^\S\n]{1,3}+(?:(?:late|early|mid)[\s-]{1,3}+|(?P<word>\p{L}{3,9})\.?(?:[^\S\n]{1,3}+|(?=[,;:!?]|\.\s)))?(?P<year>(?:1[89]|20)\d\d\b)?|(?P<pod>morning|afternoon|evening|night)))",
    regex.IGNORECASE,
)


def _weekly_programme(ctx: _Context) -> bool:
    """
    Whether the weekday names a weekly programme's day, none in particular.

    "hosts a Sunday talk show", "said on a Sunday talk show" (a programme after "a"); not "on
    the Sunday shows" nor "appeared on Sunday news shows" (those of the Sunday gone).
    """
    return _word_before(ctx.text, ctx.match.start()) in {"a", "an"} and _noun_after(
        ctx, _PROGRAMME_NOUNS, plain=3
    )


#: Nouns of a programme or a paper that comes out on a weekday ("a Sunday talk show").
_PROGRAMME_NOUNS: Final = frozenset({"show", "program", "programme", "edition", "paper"})


def _nearer(base: dt.date, forward: int, back: int) -> dt.date:
    """
    The nearer of the day *forward* days after *base* and the one *back* days before it.
    """
    return base + dt.timedelta(days=forward) if forward < back else base - dt.timedelta(days=back)


def _week_of_sentence(ctx: _Context, base: dt.date) -> dt.date | None:
    """
    The Monday of a week gone that frames a weekday's sentence or clause, or ``None``.

    "Last week, police arrested him on Tuesday" (the week opens the sentence), "was shot one
    week ago while driving ... Saturday afternoon" (no verb of its own between): the weekday
    is that week's. Not in another clause ("was shot at by an officer last week was ordered
    held in jail on bail Wednesday", "said last week that ... issued a statement Tuesday"),
    the reference's own week ("This week, ..."), nor a weekday looking ahead ("Last week,
    the firm said it will report on Tuesday").
    """
    state = ctx.state
    anchor, where = state.anchor, state.anchor_span
    if (
        anchor is None
        or where is None
        or len(anchor) != _WEEK_VALUE_LENGTH
        or anchor[5] != "W"
        or where.end > ctx.match.start()
        or _crosses_sentence(ctx.text, where.end, ctx.match.start())
    ):
        return None
    monday = start_of(anchor)
    if monday is None or not monday + dt.timedelta(days=7) <= base:
        return None  # the reference's own week, or one to come
    between = ctx.text[where.end : ctx.match.start()]
    if not (
        (between.startswith(",") and _opens_sentence(ctx.text, where.start, where.end))
        or (len(between) <= _WEEK_CLAUSE_CHARS and not _has_verb(between))
    ):
        return None
    if ctx.tense() == _FUTURE or ctx.right_verb() == _FUTURE:
        return None
    return monday


def _has_verb(text: str) -> bool:
    """
    Whether *text* may hold a clause of its own after a time named.

    It does when it holds a comma, a word that is a finite verb or may be one, or "and" or
    "or" (another time listed: "74% in Indiana last week and 71% in West Virginia on
    Tuesday"), or opens on a possessive ("last week's Wisconsin primary and Saturday's").
    """
    if "," in text or ";" in text or text.startswith(("'s", "\u2019s")):
        return True
    for raw in text.lower().split():
        word = raw.strip(_PUNCTUATION)
        if (
            word in _FINITE_WORDS
            or word in PAST_WORDS
            or word in FUTURE_CUES
            or word in MODAL_CUES
            or (len(word) > 3 and word.endswith(("ed", "es")))  # noqa: PLR2004
        ):
            return True
    return False


#: Finite forms of "be", "have" and "do" (`_has_verb`).
_FINITE_WORDS: Final = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "says", "said"}
    | {"and", "or"}
)
#: How far a weekday may follow a week gone in one clause (`_week_of_sentence`).
_WEEK_CLAUSE_CHARS: Final = 80


#: The length of a week's value, "2017-W12".
_WEEK_VALUE_LENGTH: Final = 8


def _said_day(ctx: _Context, weekday: int) -> dt.date | None:
    """
    The day of saying another weekday names in the match's sentence, if before the reference.

    "a spokeswoman said on Tuesday", "told reporters Monday", "a statement Wednesday" (the
    quotation-day rule's `_SPOKEN_ON`): the last such weekday on or before the reference;
    ``None`` when there is none, it is the match's weekday, or it is the reference's.
    """
    reference = ctx.reference
    if reference is None:
        return None
    start, end = ctx.match.span()
    first, stop = _sentence_around(
        ctx.text, start, end, (max(ctx.lo, start - 160), min(ctx.hi, end + 160))
    )
    for found in _SPOKEN_ON.finditer(ctx.text, first, stop):
        if found.start() < end and found.end() > start:
            continue
        day = found.group("weekday") or found.group("named")
        if day is None or day == "yesterday":
            continue
        said = WEEKDAYS[day.lower()]
        if said == weekday or said == reference.isoweekday():
            continue
        return reference - dt.timedelta(days=(reference.isoweekday() - said) % 7)
    return None


def _record_from(ctx: _Context) -> bool:
    """
    Whether a record's noun and "from" stand right before the match ("footage from Sunday").
    """
    start = ctx.match.start()
    words = ctx.text[max(ctx.lo, start - 24) : start].lower().split()
    return len(words) > 1 and words[-1] == "from" and words[-2].strip(_PUNCTUATION) in _RECORD_NOUNS


#: Records of a time gone: a weekday "from" after one is past, whatever the tense ("video
#: from Sunday will be released Friday").
_RECORD_NOUNS: Final = frozenset(
    {"recording", "recordings", "footage", "video", "videos", "image", "images", "photo"}
    | {"photos", "photographs", "pictures", "tape", "tapes", "audio", "calls", "evidence"}
    | {"records", "testimony", "notes", "messages", "texts", "posts", "tweets", "remarks"}
    | {"comments", "highlights", "scenes", "results", "data", "stills", "transcript"}
    | {"transcripts", "dashcam", "bodycam", "surveillance", "clips", "clip", "report"}
)


def _cited_day(ctx: _Context) -> bool:
    """
    Whether the weekday closes a citation in brackets: a quoted headline, its source, the day.

    "(“Romney blasts Trump as a 'fraud' Clinton would beat,” USATODAY.com, Thursday)",
    as a letters page cites the piece it answers.
    """
    start, end = ctx.match.span()
    return (
        ctx.text.startswith(")", end)
        and _CITATION_BEFORE.search(ctx.text, max(ctx.lo, start - _CITATION_CHARS), start)
        is not None
    )


#: How far before a weekday closing a citation its source and quoted headline are read.
_CITATION_CHARS: Final = 60
#: A quoted headline's closing mark and its source before a citation's day: "... would
#: beat,” USATODAY.com, ".
_CITATION_BEFORE: Final = regex.compile(
    r"[,.?!][\"\u201d][^\S\n]{1,3}+(?-i:\p{Lu})[\w.&'\-]{1,30}+"
    r"(?:[^\S\n](?-i:\p{Lu})[\w.&'\-]{1,30}+){0,3}+,[^\S\n]{1,3}+$",
    regex.IGNORECASE,
)


def _resolve_weekday(ctx: _Context, weekday: int, rel: str | None) -> dt.date | None:
    base = ctx.reference
    if rel in {"the previous", "the following", "the next", "that", "the same"}:
        anchor = ctx.anchor_date()
        if anchor is not None and anchor[1] == "D":
            base = anchor[0]
    if base is None:
        return None
    back = (base.isoweekday() - weekday) % 7
    forward = (weekday - base.isoweekday()) % 7
    if rel in {"last", "this past", "the previous"}:
        return base - dt.timedelta(days=back or 7)
    if rel in {"next", "this coming", "the following", "the next"}:
        return base + dt.timedelta(days=forward or 7)
    if rel == "this":
        day = base + dt.timedelta(days=weekday - base.isoweekday())
        if day < base and ctx.tense() == _FUTURE:
            return day + dt.timedelta(days=7)  # "hoping to win Michigan this Tuesday", on a Friday
        return day
    if rel is None and (monday := _week_of_sentence(ctx, base)) is not None:
        # "Last week, police arrested him on Tuesday", "was shot one week ago ... Saturday
        # afternoon": that week's day
        return monday + dt.timedelta(days=weekday - 1)
    if back == 0:
        return base
    if rel is None and _in_stamp(ctx):
        # "BREAKING (Thursday, 4:02 p.m.)" heading a story of Wednesday: an update stamp is
        # the nearest day, as its date is (`_STAMP`)
        nearest = _nearer(base, forward, back)
        if nearest > base:
            # "Update, 10:42 a.m. Monday: ... while providing an update Monday morning" on
            # Sunday's page: the update's Monday is the one its words name again
            ctx.state.moved_weekdays[weekday] = nearest
        return nearest
    if rel is None and _cited_day(ctx):
        # "(“Romney blasts Trump as a 'fraud' Clinton would beat,” USATODAY.com,
        # Thursday)": the day a piece cited was published, gone
        return base - dt.timedelta(days=back)
    possessive = ctx.text[ctx.match.end() : ctx.match.end() + 2] in {"'s", "’s"}
    if possessive and _teaser(ctx):
        return base + dt.timedelta(days=forward)  # "Read Thursday's Democrat-Gazette"
    if (
        possessive
        and _WIN_WANTED.search(ctx.text, max(ctx.lo, ctx.match.start() - 40), ctx.match.start())
        and _noun_after(ctx, _SET_DAY_VOTES)
    ):
        return base + dt.timedelta(days=forward)  # "badly needs a win in Tuesday's primary"
    if ctx.next_to_incident() or _record_from(ctx):
        # "a Wednesday night shooting", "the win Tuesday"; "911 recordings from Sunday night
        # could be released": what was recorded then
        return base - dt.timedelta(days=back)
    if _event_ahead_in_present(ctx):
        return base + dt.timedelta(days=forward)  # "is facing a loss in the primary on Tuesday"
    if not possessive and _scheduled_present(ctx):
        return base + dt.timedelta(days=forward)  # "On Tuesday, Democrats vote in Arizona"
    near = ctx.near_direction() if (right := ctx.right_verb()) is None else right
    if (
        rel is None
        and right != _PAST
        and back == 1
        and ctx.left_tense() is None
        and ctx.tense() == _FUTURE
        and (
            (possessive and _noun_after(ctx, SCHEDULED_NOUNS))
            or _word_before(ctx.text, ctx.match.start()) in SCHEDULED_NOUNS
        )
    ):
        # "his address Sunday about fighting terrorism will be a major topic", "Sunday's
        # address will be a major topic" in Monday's paper: the event of the day before;
        # the future is its topic's (an event six days ahead would be "next Sunday's")
        return base - dt.timedelta(days=back)
    if right == _FUTURE and _participle_before(ctx):
        near = _PAST  # "a megamerger announced Monday would turn": the participle's day
    elif rel is None and right == _FUTURE and _expected_before(ctx):
        # "anticipated that a session on Monday would focus on terrorism" in Tuesday's
        # paper: a future seen from a past expectation, the nearer day (one ahead counting
        # double)
        return (
            base + dt.timedelta(days=forward)
            if 2 * forward < back
            else base - dt.timedelta(days=back)
        )
    elif right != _FUTURE and _said_noun_before(ctx):
        near = _PAST  # "could undercut Priebus' assertion Tuesday night": said, so gone
    if near == _FUTURE or (
        near is None
        and ctx.tense() == _FUTURE
        and (
            not possessive
            or (
                _noun_after(ctx, SCHEDULED_NOUNS)
                and (
                    ctx.left_tense() == _FUTURE
                    or (ctx.left_tense() is None and _firm_future(ctx, after=True))
                )
            )
        )
    ):
        # a possessive day takes a cue left of it when it names an event held on a set day
        # ("Clinton will win Tuesday's primary"), or a firm future of its own clause when
        # none is left of it ("Monday's debate will be the first"; not "Monday's debate might
        # not move mountains", told after it), not one of its own clause for a
        # thing done ("Monday's decision will reverberate") nor one before a thing done
        # ("would get around Wednesday's ruling")
        if rel is None and _word_before(ctx.text, ctx.match.start()) == "later":
            # "may face a skeptical audience when he speaks later Monday": later on a day
            # the writer is on, the nearest (of a story dated the day after: the day before)
            return _nearer(base, forward, back)
        said = _said_day(ctx, weekday) if rel is None else None
        if said is not None:
            # "was planning to hold a fund-raiser on Thursday night, a spokeswoman said on
            # Tuesday" in Friday's paper: looked ahead to from the day of saying
            return said + dt.timedelta(days=(weekday - said.isoweekday()) % 7 or 7)
        return base + dt.timedelta(days=forward)
    if (
        near == _NEAREST
        and possessive
        and _noun_after(ctx, SCHEDULED_NOUNS)
        and not ctx.text[max(ctx.lo, ctx.match.start() - 7) : ctx.match.start()].endswith("up to ")
    ):
        # "qualified for Tuesday's debate", "invite her to Monday night's debate": the
        # nearest ("the minutes leading up to Monday's caucuses" go by the tense)
        return _nearer(base, forward, back)
    if (
        possessive
        and 2 * forward < back
        and (
            (near is None and ctx.tense() is None)
            or _UNITS_BEFORE.search(
                ctx.text, max(ctx.lo, ctx.match.start() - 24), ctx.match.start()
            )
        )
        and _noun_after(ctx, SCHEDULED_NOUNS)
    ):
        # "expect Clinton to win Monday's debate" on a Sunday: with no cue at all, an event
        # held on a set day is the nearer one (a day ahead counting double); so it is after
        # "days before", whatever the tense ("stumbled just days before Tuesday's primary")
        return base + dt.timedelta(days=forward)
    if near is None and 2 * forward < back and ctx.tense() == _NEAREST:
        return base + dt.timedelta(days=forward)  # "was to report earnings on Wednesday"
    past = base - dt.timedelta(days=back)
    if rel is None and _after_incident(ctx, past):
        # "On Friday, police said a fifth victim was discovered" after a Thursday shooting
        # in a story dated that Thursday: the report came after the incident (a story
        # updated after its date)
        later = past + dt.timedelta(days=7)
        ctx.state.moved_weekdays[weekday] = later
        return later
    if (
        rel is None
        and ctx.state.later_stamp == past + dt.timedelta(days=7)
        and ctx.reference is not None
        and (ctx.reference - past).days > 1
    ):
        # "Wells spoke with NBC 5 from jail on Tuesday" on a Monday's page whose video
        # caption is stamped "(Published Tuesday, July 2, 2013)": the page was told until
        # that Tuesday, not the one six days gone
        return past + dt.timedelta(days=7)
    if rel is None and _told_later(ctx, past):
        # "... on Sunday night. Several hours later, one person was shot early Monday
        # morning" in Sunday's paper: the Monday after the day named before
        return past + dt.timedelta(days=7)
    if rel is None and ctx.state.moved_weekdays.get(weekday) == past + dt.timedelta(days=7):
        return past + dt.timedelta(days=7)  # the same weekday as the one moved before it
    return past


def _event_ahead_in_present(ctx: _Context) -> bool:
    """
    Whether the weekday dates an event held on a set day, told in the present, still ahead.

    "whose candidacy is on the line in his state's primary on Tuesday", "is facing a loss in
    the primary on Tuesday": the event noun right before the day ("on" between) or a vote
    after its possessive ("Tuesday's primaries"), "is" or "are" earlier in the sentence and no
    verb in the past tense in it ("The primary on Tuesday was a rout" is gone), or none in the
    relative clause the day stands in ("Rubio, whose candidacy is on the line ..., passed").
    """
    start = ctx.match.start()
    words = ctx.text[max(ctx.lo, start - 40) : start].lower().split()
    if words and words[-1] == "on":
        words.pop()
    possessive = ctx.text[ctx.match.end() : ctx.match.end() + 3] in {"'s ", "\u2019s "}
    if not (
        (words and words[-1].strip(_PUNCTUATION) in _SET_DAY_EVENTS)
        # "is spending millions to keep him from winning Tuesday's primaries"
        or (possessive and _noun_after(ctx, _SET_DAY_VOTES))
    ):
        return False
    first = _sentence_opening(ctx)
    if _PRESENT_VERB.search(ctx.text, first, start) is None:
        return False
    relative = None
    for relative in _RELATIVE_OPENING.finditer(ctx.text, first, start):  # noqa: B007 - the last
        pass
    if (
        relative is not None
        and ctx.text.find(",", relative.end(), start) < 0
        and _PRESENT_VERB.search(ctx.text, relative.end(), start) is not None
    ):
        # "Rubio, whose candidacy is on the line in his state's primary on Tuesday, passed
        # up ...": the clause the day stands in is in the present; the past is the main one's
        close = ctx.text.find(",", ctx.match.end(), min(ctx.hi, ctx.match.end() + 80))
        if close >= 0:
            words = [
                raw.strip(_PUNCTUATION) for raw in ctx.text[relative.end() : close].lower().split()
            ]
            return not any(_past_form(words, index) for index in range(len(words)))
    # a verb of saying before the present clause tells when it was said, not the event's
    # time ("Deacon said he's reminding them that there's an election on Tuesday")
    return not _sentence_past(ctx, ignore=_SAYING)


def _scheduled_present(ctx: _Context) -> bool:
    """
    Whether a day that opens its clause sets a plan told in the simple present.

    "On Tuesday, Democrats vote in Arizona, Idaho and Utah", "on Saturday, Alaska, Hawaii
    and Washington hold caucuses": a verb of the calendar in the present after the day and
    its comma, before any verb in the past or the future, is what is set for that day.
    """
    start, end = ctx.match.span()
    text = ctx.text
    if not text.startswith(", ", end):
        return False
    before = text[max(ctx.lo, start - 12) : start].lower().split()
    if before and before[-1] == "on":
        before.pop()
    if before and not before[-1].endswith((".", ";", ":", "!", "?", '"', "“")):
        if before[-1] not in {"and", "but", "then"}:
            return False
    elif not before and start - 12 > ctx.lo and not _opens_sentence(text, start, end, lo=ctx.lo):
        return False
    stop = _CLAUSE_STOP.search(text, end + 2, min(ctx.hi, end + 90))
    previous = ""
    raws = text[end + 2 : stop.start() if stop else min(ctx.hi, end + 90)].split()[:10]
    for index, raw in enumerate(raws):
        word = raw.strip(_PUNCTUATION)
        low = word.lower()
        if word in _SCHEDULED_VERBS and not (
            # "On Wednesday, Ricardo Alarcon, head of Cuba's National Assembly, said": a
            # noun in apposition
            previous.endswith(",") or raws[index + 1 : index + 2] == ["of"]
        ):
            # "On Tuesday, the vote was close": a noun after a determiner
            return previous not in DETERMINERS
        previous = raw.lower()
        if low in PAST_WORDS or low in FUTURE_CUES or low in MODAL_CUES or _ed_form(low):
            return False
    return False


#: What ends the clause `_scheduled_present` reads.
_CLAUSE_STOP: Final = regex.compile(r"[.;:!?\n]")
#: Verbs of the calendar in the simple present (written lower-case, as a verb is), for
#: `_scheduled_present`.
_SCHEDULED_VERBS: Final = SCHEDULE_VERBS | frozenset(
    # base forms after a plural subject ("On Tuesday, voters head to the polls")
    {"vote", "hold", "head", "heads", "face", "start", "open", "return", "travel", "visit"}
    | {"host", "caucus", "caucuses", "debate", "debates", "compete", "competes", "kick"}
    | {"take", "go"}
)
#: A win wanted, right before a vote's day: "needs a win in [Tuesday's] primary".
_WIN_WANTED: Final = regex.compile(
    r"\b(?:needs?|wants?|seeks?|seeking|expects?|eyes|eyeing|hopes?[^\S\n]+for)[^\S\n]++"
    r"(?:a|another)[^\S\n]++(?:[a-z]++[^\S\n]++)?(?:win|victory)[^\S\n]++in[^\S\n]++$",
    regex.IGNORECASE,
)
#: Events held on a day set well beforehand, awaited rather than reported in the present
#: tense ("is facing a loss in the primary on Tuesday"; "are hailing the speech on Thursday"
#: reports one).
_SET_DAY_EVENTS: Final = frozenset(
    {"primary", "primaries", "caucus", "caucuses", "election", "elections", "runoff", "vote"}
    | {"referendum", "debate", "game", "match", "final", "finals", "trial", "hearing"}
    | {"sentencing", "arraignment", "funeral", "vigil", "memorial", "convention"}
)
#: A relative clause set off by a comma, its last opening before the day ("Rubio, whose
#: candidacy is on the line ...").
_RELATIVE_OPENING: Final = regex.compile(r",[^\S\n]++(?:who|whose|which)\b", regex.IGNORECASE)
#: Of those, the votes: "is raising questions about Monday's debate" (a possessive) looks back
#: at a debate or a game as often as ahead, hardly ever at a vote.
_SET_DAY_VOTES: Final = frozenset(
    {"primary", "primaries", "caucus", "caucuses", "election", "elections", "runoff"}
    | {"referendum"}
)
#: "is" or "are" (maybe "'s" before an "-ing" word, or "there's") in a sentence in the
#: present.
_PRESENT_VERB: Final = regex.compile(
    r"\b(?:is|are)\b|\w['\u2019]s[^\S\n]++\p{Ll}+ing\b|\b(?:there|here)['\u2019]s\b",
    regex.IGNORECASE,
)


def _participle_before(ctx: _Context) -> bool:
    """
    Whether a past participle after a noun stands right before the match.

    "a deal announced [on] Monday"; not the participle of a plan ("a vote scheduled Monday")
    nor the verb of a passive ("was announced Monday").
    """
    start = ctx.match.start()
    words = [
        raw.strip(_PUNCTUATION)
        for raw in ctx.text[max(ctx.lo, start - 40) : start].lower().split()[-4:]
    ]
    if words and words[-1] == "on":
        words.pop()
    if len(words) < 2:  # noqa: PLR2004 - the noun and the participle
        return False
    word = words[-1]
    if word in FUTURE_WORDS or word in PLAN_CUES or word in SCHEDULE_VERBS:
        return False
    if not (_ed_form(word) or word in PAST_WORDS):
        return False
    return words[-2].isalpha() and words[-2] not in _PARTICIPLE_NOT_AFTER


def _expected_before(ctx: _Context) -> bool:
    """
    Whether the match is in a clause of "that" after a past verb of expecting, before "would".

    "anticipated that a session with business leaders on Monday would focus", "predicted
    that the vote Tuesday would be close": a future seen from a time gone, which may have
    come by now.
    """
    start, end = ctx.match.span()
    if _WOULD_AFTER.match(ctx.text, end, min(ctx.hi, end + 40)) is None:
        return False
    return _EXPECTED_THAT.search(ctx.text, _sentence_opening(ctx), start) is not None


#: "would" after a day, within its clause ("on Monday would focus").
_WOULD_AFTER: Final = regex.compile(r"[^.!?;:,\n]{0,30}?\bwould\b", regex.IGNORECASE)
#: A past verb of expecting and "that", with no stop after it.
_EXPECTED_THAT: Final = regex.compile(
    r"\b(?:anticipated|expected|predicted|forecast|hoped|figured|assumed|guessed)"
    r"[^\S\n]+that\b[^.!?;]*$",
    regex.IGNORECASE,
)


def _said_noun_before(ctx: _Context) -> bool:
    """
    Whether a thing someone said or decided, theirs, stands right before the match.

    "Priebus' assertion Tuesday night", "the court's ruling Monday", "his remarks on
    Friday": the day of what was said, a day gone whatever the tense of the verb that
    governs the noun ("could undercut ...").  The owner is a possessive, so "will make an
    announcement Monday" is still ahead.
    """
    start = ctx.match.start()
    words = ctx.text[max(ctx.lo, start - 40) : start].split()[-3:]
    if words and words[-1].lower() == "on":
        words.pop()
    if len(words) < 2 or words[-1].lower() not in _SAID_NOUNS:  # noqa: PLR2004
        return False
    owner = words[-2].lower()
    return owner in _SAYERS or owner.endswith(("'s", "\u2019s", "s'", "s\u2019"))


#: Things said or decided: once theirs, said (`_said_noun_before`).
_SAID_NOUNS: Final = frozenset(
    {"assertion", "assertions", "announcement", "announcements", "statement", "statements"}
    | {"remark", "remarks", "comment", "comments", "decision", "decisions", "ruling"}
    | {"rulings", "declaration", "declarations", "claim", "claims", "admission", "testimony"}
    | {"endorsement", "concession", "tweet", "tweets", "verdict", "veto", "order"}
)
#: The possessive determiners that own a thing said: `_said_noun_before` (and a name's "'s").
_SAYERS: Final = _POSSESSIVES | {"her"}


#: Words before a participle that make it a verb of its clause ("was announced", "has
#: approved"), or no participle ("to hit"): `_participle_before`.
_PARTICIPLE_NOT_AFTER: Final = (
    PASSIVE_AUXILIARIES | _BEFORE_BARE_VERB | {"was", "were", "is", "are", "has", "have", "had"}
)


def _teaser(ctx: _Context) -> bool:
    """
    Whether the match follows an imperative "read" or "see" (a newspaper's teaser).

    "Read Thursday's Arkansas Democrat-Gazette for full details", "For more on this story,
    read Tuesday's Record": the coming edition. "He read Tuesday's paper" has a subject.
    """
    before = ctx.text[max(ctx.lo, ctx.match.start() - 24) : ctx.match.start()].split()
    if not before or before[-1].lower() not in _TEASERS:
        return False
    return len(before) == 1 or before[-2][-1:] in ",.!?:" or before[-2].lower() == "please"


#: Imperatives of a newspaper's teaser ("Read Tuesday's Record", "See Sunday's paper").
_TEASERS: Final = frozenset({"read", "see"})


def _after_incident(ctx: _Context, past: dt.date) -> bool:
    """
    Whether a weekday read in the past tells of what followed an incident dated after it.

    The day lies before the incident; a week later it is at most a day after the reference
    and two after the incident; and its sentence reports what followed ("police said", "was
    discovered", "arrested", "died", "in custody"), or it tells a state "as of" the day.
    """
    state = ctx.state
    reference = ctx.reference
    if reference is None:
        return False
    later = past + dt.timedelta(days=7)
    if state.incident is not None:
        incident = start_of(state.incident)
    elif (later - reference).days <= 1 and _incident_told_after(ctx, reference):
        # "blanketed a neighborhood Wednesday and found a gun they believe was used to shoot
        # a 7-year-old Tuesday night", in Tuesday's paper (the day after at most: "announced
        # charges Sunday for a boy who killed ... Friday morning" in a Friday's page is the
        # Sunday gone, the page a week late)
        incident = reference
    elif (
        (later - reference).days == 1
        and state.day is not None
        and start_of(state.day) == reference
        and _sentence_has(ctx, _COURT_STEP)
    ):
        # "flagged down an officer around 2:45 p.m. Wednesday ... Hill was arraigned on
        # Thursday and posted a $25,000 bond" in Wednesday's paper: a step in court after
        # the story's day, the day after it, not a week back
        incident = reference
    elif (later - reference).days == 1 and _sentence_has(ctx, _PRESENT_STATUS):
        # "Both are in stable condition Saturday morning" in Friday's paper, the incident
        # told with no day: a state now, as the story was written the morning after, not a
        # week back
        incident = reference
    else:
        return False
    if incident is None or not past < incident <= later:
        return False
    start = ctx.match.start()
    if _IN_CONNECTION_WITH.search(ctx.text, max(ctx.lo, start - 32), start) is not None:
        # "Suspect Arrested in Connection with Wednesday Protest": the event the follow-up is
        # of, no day of it
        return False
    if (
        state.incident is not None
        and 0 <= (reference - incident).days <= _AFTERMATH_REFERENCE_DAYS
        and (later - reference).days <= _AFTERMATH_PAST_DAYS
        and _sentence_has(ctx, _AFTERMATH_WORDS, stems=_AFTERMATH_STEMS)
        and _HAD_BEFORE.search(ctx.text, max(ctx.lo, start - 40), start) is None
    ):
        # "Four people were shot Saturday afternoon ... On Thursday, officials identified the
        # four people who were shot", in Saturday's paper: the aftermath of the story's own
        # incident, dated on the reference or just before it, follows it, even past the
        # reference (the page was updated after its date)
        return True
    # a page stamped a few days after its date (an update, a caption, a post) was told
    # until then: "said Friday" after a Wednesday shooting on a Wednesday page stamped
    # "Updated: Friday, June 6" is that Friday
    stamped = state.later_stamp is not None and reference < later <= state.later_stamp
    # "shut down ... Friday morning" after a shooting "early Sunday morning" on Thursday's
    # page: the day after the reference follows the incident told before it, the Friday gone
    # cannot
    told_late = (
        (later - reference).days == 1 and state.incident is not None and incident < reference
    )
    if (
        not stamped
        and not told_late
        and ((later - reference).days > 1 or (later - incident).days > 2)  # noqa: PLR2004
    ) and (
        incident != reference
        or (later - reference).days > _UPDATED_DAYS
        or reference.weekday() < later.weekday() < _SATURDAY
        or _INCIDENT_WORDS.search(ctx.text, max(ctx.lo, start - 16), start) is not None
    ):
        # a story a day late, a report within two days of the incident; or one of an
        # incident on the reference day, updated after a weekend ("A man is dead after being
        # shot Friday evening ... the chief said Monday morning" in Friday's paper; not "the
        # man shot Saturday": the day of an incident; not "Wednesday" in Monday's paper, no
        # weekend between)
        return False
    as_of = ctx.text[max(ctx.lo, start - 7) : start].lower().endswith("as of ")
    if not as_of and _HAD_BEFORE.search(ctx.text, max(ctx.lo, start - 40), start) is not None:
        # "He had been released on bond Monday": before the incident; not "No arrests had
        # been made as of Monday morning"
        return False
    # "No one was in custody for the shooting as of early Tuesday": a state reported since;
    # "Since Friday, children at his school have been writing cards": one kept up since
    return (
        as_of
        or (
            _SINCE_BEFORE.search(ctx.text, max(ctx.lo, start - 8), start) is not None
            and _sentence_has(ctx, _PRESENT_PERFECT)
        )
        or _sentence_has(ctx, _FOLLOW_UP)
    )


#: A present perfect ("have been writing", "has grown").
_PRESENT_PERFECT: Final = regex.compile(
    r"\b(?:have|has|'ve)[^\S\n]++(?:\w++ly[^\S\n]++)?(?:been|\w{2,}ed|grown|gone|seen|taken|made)\b",
    regex.IGNORECASE,
)


#: A step in court after an arrest: "was arraigned", "posted a $25,000 bond".
_COURT_STEP: Final = regex.compile(
    r"\b(?:arraigned|arraignment|posted[^\S\n]+(?:a[^\S\n]+)?(?:[$\d,]+[^\S\n]+)?bond"
    r"|made[^\S\n]+(?:a[^\S\n]+|his[^\S\n]+|her[^\S\n]+)?first[^\S\n]+(?:court[^\S\n]+)?appearance)\b",
    regex.IGNORECASE,
)
#: A state reported in the present: "are in stable condition", "remains hospitalized".
_PRESENT_STATUS: Final = regex.compile(
    r"\b(?:is|are|remains?)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?"
    r"(?:condition|hospitali[sz]ed|custody|jail|critical|stable|recovering|recuperating)\b",
    regex.IGNORECASE,
)


def _incident_told_after(ctx: _Context, reference: dt.date) -> bool:
    """
    Whether the text right after the match names an incident, then the reference's weekday.

    "deputies blanketed a neighborhood Wednesday and found a gun they believe was used to
    shoot a 7-year-old Tuesday night"; "A suspect in a home invasion that ended in a
    shootout ... remained at large early Wednesday. The suspect ... entered a house shortly
    before 2 a.m. Tuesday": the incident the weekday followed, told after it.  The incident
    word must be in the match's sentence, the weekday after it within a few hundred
    characters.
    """
    start, end = ctx.match.span()
    text = ctx.text
    hi = min(ctx.hi, end + _TOLD_AFTER_CHARS)
    first, stop = _sentence_around(text, start, end, (max(ctx.lo, start - 200), hi))
    before = list(_INCIDENT_VERB.finditer(text, first, start))
    if before:
        # "was shot in the foot Saturday": the incident's own day, unless a follow-up comes
        # between ("a shootout that left one dead remained at large early Wednesday")
        if _FOLLOW_UP.search(text, before[-1].end(), start) is None:
            return False
    elif _INCIDENT_VERB.search(text, end, stop) is None:
        return False
    # the weekday may be in the next paragraph, past the range scanned ("remained at large
    # early Wednesday.\n\n\n\nThe suspect ... shortly before 2 a.m. Tuesday")
    weekday = LEXICON["weekday_full"][reference.weekday()].capitalize()
    return text.find(weekday, end, min(len(text), end + _TOLD_AFTER_CHARS)) >= 0


#: How far after a weekday `_incident_told_after` looks for the incident's weekday.
_TOLD_AFTER_CHARS: Final = 400


#: A word of a killing or an attack, in any form ("shoot", "was used to shoot", "killing").
_INCIDENT_VERB: Final = regex.compile(
    r"\b(?:shoot|shot|kill|slay|slain|stab|murder|gunn|attack|wound|crash)\w*", regex.IGNORECASE
)


def _told_later(ctx: _Context, past: dt.date) -> bool:
    """
    Whether a weekday read in the past is told as coming after the day named before it.

    Its clause opens with "later" ("Several hours later, ...", "Later, ..."), the day named
    last lies between the weekday and the same weekday a week on, and that one is at most a
    day past the reference (a story dated a day early).
    """
    if ctx.state.day is None or ctx.reference is None:
        return False
    named = start_of(ctx.state.day)
    later = past + dt.timedelta(days=7)
    if named is None or not past < named < later or (later - ctx.reference).days > 1:
        return False
    return _LATER_OPENING.match(ctx.text, _sentence_opening(ctx), ctx.match.start()) is not None


#: "later" opening a sentence, after a count of units or not ("Several hours later,").
_LATER_OPENING: Final = regex.compile(
    r"[^\S\n]*+(?:(?:\w++[^\S\n]++){0,2}(?:minutes|hours|days))?[^\S\n]*+later\b",
    regex.IGNORECASE,
)


#: A past perfect shortly before a day: what it tells came before the story's incident.
#: Not "had" of a thing had ("She had surgery Friday morning", "had their first court
#: appearance Thursday", "had to"): a determiner, a number or a noun of care after it.
_HAD_BEFORE: Final = regex.compile(
    r"\b(?:had|hadn't|'d)[^\S\n]++"
    r"(?!(?:a|an|the|their|his|her|its|my|our|your|this|that|no|some|two|three|several|to"
    r"|surgery|surgeries|treatment|dinner|lunch|breakfast)\b)"
    r"(?:[^\s.!?;]++[^\S\n]++){0,5}$",
    regex.IGNORECASE,
)


#: How many days after the reference a report on its own incident may be dated (a page
#: updated after a weekend).
_UPDATED_DAYS: Final = 3
#: "in connection with" right before a day ("arrested in connection with Wednesday's
#: shooting"): the day of the event the arrest is of.
_IN_CONNECTION_WITH: Final = regex.compile(
    r"\b(?:in[^\S\n]+connection|connected)[^\S\n]+(?:with|to)[^\S\n]+(?:the[^\S\n]+)?$",
    regex.IGNORECASE,
)
#: Words of an incident's aftermath alone, that cannot come before it: the victims
#: identified, a death from the wounds, a vigil, a funeral, an autopsy, an arraignment
#: (`_after_incident`).
_AFTERMATH_WORDS: Final = regex.compile(
    r"\b(?:identified[^\S\n]+(?:the[^\S\n]+)?(?:victims?|(?:\w+[^\S\n]+)?(?:people|men|women|man"
    r"|woman|teens?|boy|girl)[^\S\n]+(?:who[^\S\n]+(?:were|was)[^\S\n]+)?(?:shot|killed|slain))"
    r"|died[^\S\n]+(?:\w+[^\S\n]+){0,4}?(?:from|of)[^\S\n]+(?:his|her|their|the)[^\S\n]+"
    r"(?:\w+[^\S\n]+)?(?:injuries|wounds)"
    r"|vigils?|funerals?|autopsy|arraigned|arraignment)\b",
    regex.IGNORECASE,
)
_AFTERMATH_STEMS: Final = ("identified", "died", "vigil", "funeral", "autopsy", "arraign")
#: How many days before the reference the incident of `_AFTERMATH_WORDS` may be, and how many days
#: past the reference its aftermath may be moved.
_AFTERMATH_REFERENCE_DAYS: Final = 2
_AFTERMATH_PAST_DAYS: Final = 7
#: What follows an incident: a report, an arrest, a death in hospital, a victim found, an
#: autopsy, a first appearance in court, a vigil, a victim's condition or surgery, or what
#: the sentence says came later ("Several hours later, one person was shot early Monday").
_FOLLOW_UP: Final = regex.compile(
    r"\b(?:said|says|told|tweeted|posted|wrote|reported|stated|announced|identified"
    r"|discovered|found|released|(?<!ly[^\S\n])charged|arrested"
    r"|booked|died|confirmed|updated|autopsy|ruled|arraigned|arraignment|vigil|bond"
    r"|hospitalized|hospitalised|remained|remains|recovering|recuperating|surgery|surgeries"
    r"|underwent|appeared|appearance|listed|upgraded|downgraded|condition|learned|later|custody"
    r"|filed|complaint|spoke|statement|interview|jail|pleaded|sentenced|court|reporters"
    r"|conference|briefing|surrendered|turned[^\S\n]+(?:himself|herself|themselves)[^\S\n]+in)\b",
    regex.IGNORECASE,
)


def _day_base(ctx: _Context) -> dt.date | None:
    """
    The day a clock time without a date is on: the last day named, else the reference.

    A clock time in the past tense after a day still to come, named in an earlier sentence,
    is on the last day named that is not, else on the reference.
    """
    state = ctx.state
    if state.in_post and state.day_end <= state.post_start:
        # "Early Morning Shooting Injures Woman - 03/17/17": a post's words are of its day,
        # not of the last day named before it
        return ctx.reference
    if state.day is not None:
        day = start_of(state.day)
        reference = ctx.reference
        start = ctx.match.start()
        earlier = state.day_end <= start and _crosses_sentence(ctx.text, state.day_end, start)
        if (
            day is not None
            and reference is not None
            and day > reference
            and earlier
            # (a day after the reference told as the incident's is one: `_told_done`)
            and state.incident != state.day
            and ctx.tense() == _PAST
            and ctx.right_verb() != _FUTURE
            and not _moved_clock_day(ctx, day)
        ):
            # "A vigil is planned for Friday. ... was shot about 12:45 a.m.": a coming day
            # named in an earlier sentence is not the day of a past event
            past = start_of(state.past_day) if state.past_day is not None else None
            return past if past is not None else reference
        if day is not None and earlier and (recent := _recalled_day(ctx, day)) is not None:
            return recent
        if day is not None:
            return day
    return ctx.reference


def _recalled_day(ctx: _Context, day: dt.date) -> dt.date | None:
    """
    The day of the story's incident, when the last day named recalls one long gone.

    "gunfire broke out ... early Monday morning ... the club's liquor license was revoked on
    June 7th. ... (paragraphs on) ... held a briefing at 10:30 a.m.": a date of no incident
    more than a month before the one the story tells, named after it, in a paragraph before
    the clock time's, dates no clock time told later; the incident's day does, when it is
    the reference or one or two days before it. An old incident's date does date them ("was
    shot Aug. 26, 2015 ... where he died at 11:37 a.m.": a story may retell it). ``None``
    otherwise.
    """
    state = ctx.state
    latest, where, named = state.latest_incident, state.latest_incident_span, state.day_span
    reference = ctx.reference
    if latest is None or where is None or named is None or reference is None:
        return None
    recent = start_of(latest)
    if (
        recent is None
        or state.incident == state.day
        or not 0 <= (reference - recent).days <= _RECALL_REPORT_DAYS
        or (recent - day).days <= _RECALL_DAYS
        or where.end > named.start
        or ctx.text.find("\n", state.day_end, ctx.match.start()) < 0
    ):
        return None
    return recent


#: How many days before the story's incident a day named after it is recalled: no day of
#: the clock times told in later paragraphs (`_recalled_day`).
_RECALL_DAYS: Final = 31
#: How many days before the reference the story's incident may be, for `_recalled_day`.
_RECALL_REPORT_DAYS: Final = 2


def _moved_clock_day(ctx: _Context, day: dt.date) -> bool:
    """
    Whether the last day named is a weekday a story dated early moved ahead, with its clock.

    "between Friday evening and Monday morning ... About 3:15 a.m. Sunday, ... was
    pronounced dead at 3:45 a.m.": the Sunday of that past weekend, dated by a clock time
    told of it, is the day of the clock times after it ("autopsies Friday" said in
    Thursday's paper is no day "the evening" after it is on).
    """
    state = ctx.state
    if state.moved_weekdays.get(day.isoweekday()) != day or state.day_span is None:
        return False
    return any(char.isdigit() for char in ctx.text[state.day_span.start : state.day_span.end])


def _incident_clock_day(ctx: _Context, hour: int) -> dt.date | None:
    """
    The day of the incident, for a clock time told of it after a later day was named.

    "shot Monday night ... died at 9:30 a.m. on Tuesday ... It happened around 11 p.m.": a
    clock time in a later sentence that tells of the incident ("happened", "shot",
    "gunfire"), not in the future, is on the incident's day when the last day named is up
    to a week after it; so is one of the small hours (before *hour* 5) when the last day
    named is the day before the incident ("turned violent early Saturday ... Friday's event
    ... the shooting, which occurred just before 2 a.m."): the night of that day ran into
    the incident's small hours. ``None`` otherwise.
    """
    state = ctx.state
    if state.incident is None or state.day is None or state.incident == state.day:
        return None
    incident = start_of(state.incident)
    last = start_of(state.day)
    if incident is None or last is None:
        return None
    latest = start_of(state.latest_incident or "")
    if (
        latest is not None
        and (latest - last).days > _BACKGROUND_DAYS
        and ctx.text.find("\n", state.day_end, ctx.match.start()) >= 0
        and ctx.tense() != _FUTURE
    ):
        # "His divorce was finalized on May 24, 2011." and, paragraphs on, "officers spotted
        # the gunman at 8:40 a.m.": a date long before the story's incident, in a paragraph
        # of its own, is background, no day the story's clock times are on
        return latest
    since = (
        last < incident
        and state.day_span is not None
        and _after_since(ctx.text, state.day_span.start)
    )
    # "the third incident involving children and guns since Friday" counts others from a
    # day before the story's: no day the incident told again after it is on
    eve = (incident - last).days == 1 and hour < _SMALL_HOURS_END
    if not since and not eve and not 0 < (last - incident).days <= _STORY_DAYS:
        return None
    if not _crosses_sentence(ctx.text, state.day_end, ctx.match.start()):
        return None
    if not _sentence_has(ctx, _INCIDENT_CLOCK):
        return None
    if ctx.tense() == _FUTURE or ctx.right_verb() == _FUTURE:
        return None
    return incident


def _after_since(text: str, start: int) -> bool:
    """
    Whether "since" stands right before *start*: the start of a count, no day of events.
    """
    return _SINCE_BEFORE.search(text, max(0, start - 6), start) is not None


#: "since" right before a day (`_after_since`).
_SINCE_BEFORE: Final = regex.compile(r"\bsince[^\S\n]$", regex.IGNORECASE)
#: How many days before the incident a day named in an earlier paragraph is background to
#: the story, no day for a clock time after it (`_incident_clock_day`).
_BACKGROUND_DAYS: Final = 60
#: Words of a sentence that tells of the incident itself, for `_incident_clock_day`.
_INCIDENT_CLOCK: Final = regex.compile(
    r"\b(?:happened|occurred|took[^\S\n]{1,3}place|shot|shots|gunfire|gunshots?|fired|opened"
    r"[^\S\n]{1,3}fire|shootings?|shoot-?outs?|gunfights?|stabbed|stabbings?"
    # "officers responded to a home at about 5:48 p.m.", "police arrived about 2:45 a.m.": the
    # call to the scene
    r"|responded|dispatched|arrived)\b",
    regex.IGNORECASE,
)


def _reported_day(ctx: _Context) -> dt.date | None:
    """
    The day of the events a report tells, for a clock time after the day of the report.

    "shot Wednesday evening, police said Thursday. The shooting was reported at 5:13 p.m.":
    a clock time in a sentence after the day of a report ("police said Thursday"), not in
    the future, is on the day named before the report when that was within a week of it;
    ``None`` otherwise.
    """
    days = _report_days(ctx)
    if days is None:
        return None
    before, report = days
    return None if (report - before).days > _STORY_DAYS else before


def _told_before_report(ctx: _Context) -> dt.date | None:
    """
    The day of the events a report tells, for a "that day" in a later sentence, or ``None``.

    As `_reported_day`, with no limit on the days between the events and the report: "that"
    points back past the day of the report ("confirmed Monday") to the day told before it.
    """
    days = _report_days(ctx)
    return days[0] if days is not None and days[0] < days[1] else None


def _report_days(ctx: _Context) -> tuple[dt.date, dt.date] | None:
    """
    The day of the events told and the day of the report after it, for a later sentence.

    ``None`` when the last day named dates no report, the match is in its sentence, or the
    match's sentence looks ahead.
    """
    state = ctx.state
    if state.report_day is None or state.day is None:
        return None
    if not _crosses_sentence(ctx.text, state.day_end, ctx.match.start()):
        return None
    before = start_of(state.report_day)
    report = start_of(state.day)
    if before is None or report is None:
        return None
    if ctx.tense() == _FUTURE or ctx.right_verb() == _FUTURE:
        return None
    return before, report


def _clock_offset(ctx: _Context, hour: int, minute: int) -> tuple[int, int] | None:
    """
    The hour and minute of "five to 1 a.m." (00:55), "twenty after 3 p.m." (15:20).

    Minutes counted to or past the full hour the clock names. ``None`` when the hour already
    has minutes ("ten past 9:30") or the count is no minute of an hour.
    """
    words = (_norm(ctx.group("qmin")) or "").removeprefix("a ").split()
    if words[-1:] in (["minute"], ["minutes"]):
        words.pop()
    if minute or not words:
        return None
    if len(words) == 1 and words[0] in _CLOCK_FRACTIONS:
        count = _CLOCK_FRACTIONS[words[0]]
    else:  # "five", "twenty-five", "25 minutes"
        count = sum(int(word) if word.isdigit() else NUMBERS.get(word, 60) for word in words)
    if not 0 < count < 60:  # noqa: PLR2004 - minutes of an hour
        return None
    if _norm(ctx.group("qdir")) in {"past", "after"}:
        return hour % 24, count  # "ten past midnight" is the new day's 00:10
    return hour - 1 if hour else 23, 60 - count


#: The parts of an hour a clock time counts by name ("a quarter to ten", "half past nine").
_CLOCK_FRACTIONS: Final = {"quarter": 15, "half": 30}


def _build_clock(ctx: _Context) -> _Result | None:
    word = ctx.group("word")
    hour_word = ctx.raw("hour")
    minute_word = ctx.raw("minute")
    if (
        word is not None
        and ctx.match.group().isalpha()  # the word alone, not "Midnight Friday"
        and ctx.text[ctx.match.start()].isupper()
        and _is_title(ctx)
    ):
        return None  # the radio show “Midday with Charlie Sykes”
    evening_before = ctx.raw("bare") is not None and _evening_clock_before(ctx)
    if ctx.raw("bare") is not None and not _part_named_before(ctx) and not evening_before:
        # "Sunday night in Germantown. ... around 6:30": an hour with no half of the day
        # written is a time only after a day named with its evening or night, or after an
        # evening's clock time ("at 11:16 p.m. ... Two minutes later, at 11:18")
        return None
    if word in {"noon", "noontime", "midday", "mid-day"}:
        hour, minute = 12, 0
    elif word == "midnight":
        # "midnight Friday" ends Friday; "just after midnight Sunday morning" opens Sunday
        hour, minute = (0 if ctx.group("dpod") == "morning" or _after_midnight(ctx) else 24), 0
    elif hour_word is not None:
        # a spelled hour ("three o'clock", one to twelve in the grammar) is a number word
        hour = int(hour_word) if hour_word.isdigit() else NUMBERS[hour_word.lower()]
        minute = int(minute_word) if minute_word else 0
        ampm = (ctx.group("ampm") or "").replace(" ", "")
        if (
            not ampm
            and not hour_word.startswith("0")  # "09:12:00": a 24-hour clock says its half
            and (
                minute_word is not None
                or ctx.raw("dpod") is not None
                or ctx.raw("lpod") is not None
            )
        ) or ampm in {
            "o'clock",
            "o\u2019clock",
        }:
            # "2:15 Saturday morning", "9:30 tonight", "at 7 tonight", "6 o'clock Tuesday
            # evening", "Thursday night around 9:40": the part of the day says which half
            ampm = (
                ctx.group("dpod")
                or ctx.group("lpod")
                or _part_named_before(ctx)
                or ("pm" if evening_before else "")
            )
            if ampm in {"night", "tonight"} and hour < _NIGHT_HOURS_FROM:
                # "2:15 Saturday night" is another day's small hours: read as is ("5:30
                # Sunday night" is the evening's)
                ampm = ""
        if ampm.startswith("p") or "afternoon" in ampm or "evening" in ampm or "night" in ampm:
            if hour < 12:  # noqa: PLR2004
                hour += 12
        elif (ampm.startswith("a") or "morning" in ampm) and hour == 12:  # noqa: PLR2004
            hour = 0
    else:
        return None
    if ctx.raw("qmin") is not None:
        shifted = _clock_offset(ctx, hour, minute)
        if shifted is None:
            return None
        hour, minute = shifted
    day: dt.date | None
    loose = ""  # with no reference, the weekday or the month's day the time is on
    in_span = False  # an evening hour inside a night's span named before (`_in_night_span`)
    weekday_word = ctx.group("weekday")
    day_word = ctx.group("word") if word in {"today", "yesterday", "tomorrow"} else ctx.group("rel")
    if ctx.raw("month") is not None and ctx.raw("day") is not None:
        built = _build_date(ctx)
        if built is None:
            return None
        # the day alone: a 24-hour clock after it ("Sunday, November 30, 2014 17:08:35") is
        # read here, not by the date
        day_value = built.value.partition("T")[0]
        return _Result(_TIME, f"{day_value}T{hour:02d}:{minute:02d}{_seconds(ctx)}")
    if weekday_word is not None:
        # "12:45 a.m. last Saturday"
        day = _resolve_weekday(ctx, WEEKDAYS[weekday_word], _norm(ctx.group("lrel")))
        if day is None:
            clock = f"{hour:02d}:{minute:02d}{_seconds(ctx)}"
            return _Result(_TIME, f"XXXX-WXX-{WEEKDAYS[weekday_word]}T{clock}")
        if hour == 24 and day == ctx.reference and ctx.tense() == _PAST:  # noqa: PLR2004
            hour = 0  # "Around midnight Monday, he went" in Monday's paper: the day's start
    elif day_word in {"today", "yesterday", "tomorrow"}:
        day = ctx.reference
        if day is not None:
            day += dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[day_word])
    elif (
        "this " in (written := ctx.group("ampm") or "")
        or "tonight" in written
        or ctx.group("prel") == "this"
        or ctx.group("dpod") == "tonight"
    ):
        day = ctx.reference  # "6 o'clock this afternoon", "at 8 o'clock tonight"
    elif ctx.group("prel") == "last" and ctx.reference is not None:
        day = _last_night_day(ctx.reference, hour)  # "at 10:30 last night", "at 2 last night"
    elif _habitual(ctx):
        day = None  # "The show airs weekdays from 6 a.m.", "normally opens at 9 a.m.": no day
    elif _alone_on_line(ctx):
        # a live blog's entry heading ("4:30 p.m." on a line of its own): a time of the day
        # the blog is published, not of the last day the entry before it named
        day = ctx.reference
        if day is not None and hour < _SMALL_HOURS_END and _evening_heading_below(ctx):
            # "12:05 a.m." above "10:30 p.m." in a blog told newest first: past midnight
            day += dt.timedelta(days=1)
    elif ctx.state.log_heading and _opens_entry(ctx):
        # "Greenfield, Feb. 24\n\n12:39 a.m. — A caller ...": an entry of the day its
        # heading dates, not of a day an entry before it named ("early Tuesday")
        day = ctx.reference
    elif (
        _LAST_NIGHT_AFTER.match(ctx.text, ctx.match.end(), _reach(ctx))
        and ctx.reference is not None
    ):
        # "shortly before 11 p.m. last night", "1:30 a.m. last night"
        day = _last_night_day(ctx.reference, hour)
    elif _UPDATED_AT.search(ctx.text, _back_to_line(ctx, 40), ctx.match.start()):
        # "This story was updated at 1:43 p.m.": the page's time, on its day, not on the last
        # day the story named
        day = ctx.reference
    else:
        later = _day_later_in_clause(ctx, hour)
        day = later or _reported_day(ctx) or _incident_clock_day(ctx, hour) or _day_base(ctx)
        if day is None and ctx.reference is None and ctx.state.day_end <= ctx.match.start():
            # "a Friday blast ... at around 5.30 p.m." with no reference: on that weekday,
            # or on the day of a month named, of no known date
            loose = _loose_day(ctx.state, 0)
        if (
            later is None
            and day is not None
            and ctx.reference is not None
            and day < ctx.reference
            and _WILL_CLAUSE.search(
                ctx.text, max(ctx.lo, ctx.match.start() - 120), ctx.match.start()
            )
            is not None
        ):
            # "There will also be a vigil at noon" after a quotation of yesterday: a time
            # still to come is on no day gone
            day = ctx.reference
        if (
            later is None
            and day is not None
            and hour < _NOON_HOUR
            and _morning_by_after_night(ctx, day)
        ):
            # "shot inside a residence at 11:23 p.m. ... By 8:00 a.m. the scene appeared to
            # have been cleaned up": the morning after that night
            day += dt.timedelta(days=1)
        if hour == 24 and day is not None:  # noqa: PLR2004 - a midnight alone
            day, hour = _bare_midnight(ctx, day)
        elif day is not None and _evening_before_morning(ctx, day, hour):
            # "A boy was recovering Friday morning ... Police were called just before 10
            # p.m.": the story is told that morning; an evening gone is the day before's
            day -= dt.timedelta(days=1)
        elif day is not None and _in_night_span(ctx, day, hour):
            # "stretched from 6 p.m. Friday to 3 a.m. Saturday ... the first shooting
            # happened around 6 p.m.": the span's evening, the day before its small hours;
            # the span's end stays the day the story goes on from ("just before 3 a.m.")
            day -= dt.timedelta(days=1)
            in_span = True
        elif (
            day is not None
            and hour < _NIGHT_FROM
            and _after_night(ctx, day, died=(died := _death_after_night(ctx, day)))
            and (ctx.reference is None or day < ctx.reference or ctx.tense() == _FUTURE or died)
        ):
            # the small hours after the night named, unless they are still to come in a
            # story not about the future ("speaks out tonight about the incident around 4
            # a.m."); a death then came after the night's shooting, on a page updated after
            # its date ("shot Wednesday night at 11:20 p.m. ... where she died at 2:37 a.m."
            # in Wednesday's paper)
            day += dt.timedelta(days=1)
        elif (
            day is not None
            and hour < 12  # noqa: PLR2004 - a morning hour
            and ctx.state.day_clock == "24:00"
            and start_of(ctx.state.day or "") == day
        ):
            # "Shortly after midnight, deputies were dispatched ... not expected home until
            # after 8:00 am": the morning after that midnight (written as the end of the day
            # before), not the morning before it
            day += dt.timedelta(days=1)
    prefix = day.isoformat() if day is not None else loose or "XXXX-XX-XX"
    # "At 2 p.m. on the last Friday in August": the day after it dates the time (joined by
    # `_clock_day`); until then the day the time was read on is no anchor for that day
    updates = (
        not in_span
        and _ON_NTH_WEEKDAY.match(ctx.text, ctx.match.end(), min(ctx.hi, ctx.match.end() + 32))
        is None
    )
    return _Result(_TIME, f"{prefix}T{hour:02d}:{minute:02d}{_seconds(ctx)}", updates=updates)


#: "on the last Friday", "on the first Tuesday" right after a clock time.
_ON_NTH_WEEKDAY: Final = regex.compile(
    r"[^\S\n]on[^\S\n]the[^\S\n](?:first|second|third|fourth|fifth|last|final)[^\S\n]"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    regex.IGNORECASE,
)


def _in_night_span(ctx: _Context, day: dt.date, hour: int) -> bool:
    """
    Whether an afternoon or evening hour falls in a span named from the day before to *day*.

    "The shootings stretched from 6 p.m. Friday to 3 a.m. Saturday ... the first shooting
    happened around 6 p.m.": the last day named is the span's end, in its small hours; an
    hour no earlier than the span's start is on the day the span began.
    """
    state = ctx.state
    if (
        hour < _NOON_HOUR
        or not state.day_clock
        or state.day_clock >= f"{_NIGHT_FROM:02d}:00"
        or state.day is None
        or start_of(state.day) != day
    ):
        return False
    if not 0 <= ctx.match.start() - state.day_end <= _EVENING_CLOCK_REACH:
        return False
    # (the span may be in a paragraph before the one scanned)
    span = _NIGHT_SPAN.search(ctx.text, max(0, state.day_end - 60), state.day_end)
    if span is None:
        return False
    first = WEEKDAYS[span.group("first").lower()]
    last = WEEKDAYS[span.group("last").lower()]
    # the span's start, an hour of the evening, and its days one after the other
    return last - first in {1, -6} and int(span.group("hour")) % 12 + 12 <= hour


#: A span named from an evening's clock time to the next day's small hours, ending where the
#: text is read to: "from 6 p.m. Friday to 3 a.m. Saturday".
_NIGHT_SPAN: Final = regex.compile(
    r"\b(?:from|between)[^\S\n]++(?:about[^\S\n]++|around[^\S\n]++)?(?P<hour>\d{1,2})(?::\d\d)?"
    r"[^\S\n]*+p\.?m\.?[^\S\n]++(?:on[^\S\n]++)?(?P<first>(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"[^\S\n]++(?:to|until|and|through)[^\S\n]++(?:about[^\S\n]++|around[^\S\n]++)?\d{1,2}(?::\d\d)?"
    r"[^\S\n]*+a\.?m\.?[^\S\n]++(?:on[^\S\n]++)?(?P<last>(?:mon|tues|wednes|thurs|fri|satur|sun)day)$",
    regex.IGNORECASE,
)


def _evening_before_morning(ctx: _Context, day: dt.date, hour: int) -> bool:
    """
    Whether an evening hour told in the past follows the reference day's morning, named last.

    "A boy was recovering Friday morning ... Police were called just before 10 p.m." in
    Friday's paper: the evening of that Friday has not come; the day before's has. Not
    after an early morning ("the attack early Monday morning ... shortly before 7 p.m.,
    officers found"), the hours of an incident, which a story may follow into the evening.
    """
    state = ctx.state
    return (
        hour >= _EVENING_HOUR
        and day == ctx.reference
        and state.day_part == "MO"
        and state.day is not None
        and start_of(state.day) == day
        and "early" not in ctx.text[max(0, state.day_end - 30) : state.day_end].lower().split()
        and ctx.tense() == _PAST
    )


def _morning_by_after_night(ctx: _Context, day: dt.date) -> bool:
    """
    Whether a morning hour after "By" opening its sentence follows a night's clock time.

    The last clock time named is of *day*'s evening or night (from 6 p.m.), with no day
    named since; the sentence is not in the future ("By 8:00 a.m. the scene appeared to have
    been cleaned up" after "at 11:23 p.m.").
    """
    state = ctx.state
    start = ctx.match.start()
    return (
        state.day_clock >= _BY_MORNING_AFTER
        and state.day is not None
        and start_of(state.day) == day
        and _BY_OPENING.search(ctx.text, max(ctx.lo, start - 6), start) is not None
        and ctx.tense() != _FUTURE
    )


#: Noon, the first hour that is no morning's.
_NOON_HOUR: Final = 12
#: The first clock time (``HH:MM``) of a night a morning "By 8 a.m." may follow.
_BY_MORNING_AFTER: Final = "18:00"
#: "By" opening a sentence, right before a clock time.
_BY_OPENING: Final = regex.compile(
    r"(?:(?<![^\n])|(?<=[.!?][\"\u201d\u2019]?[^\S\n]{1,3}))By[^\S\n]++$"
)
#: The first hour of the evening (`_evening_before_morning`).
_EVENING_HOUR: Final = 17
#: "will" or "shall" earlier in a clock time's sentence, or an event set now ("have
#: scheduled", "is planned"), with no verb of saying after it.
_WILL_CLAUSE: Final = regex.compile(
    r"\b(?:will|shall|(?<=\w)['\u2019]ll"
    # "they have scheduled an 11:30 a.m. news conference": an event set now, still to come
    r"|(?:(?<!\b(?:may|might|must|could|would|should)\s)have|has|(?<=\w)['\u2019]ve)"
    r"\s+(?:also\s+)?scheduled|(?:is|are)\s+(?:also\s+)?(?:scheduled|planned))"
    r"\b(?![^.!?\n]{0,120}?\b(?:said|says|told)\b)"
    r"[^.!?\n]{0,120}+$",
    regex.IGNORECASE,
)


def _last_night_day(reference: dt.date, hour: int) -> dt.date:
    """
    The day a clock time "last night" is on.

    The day before the reference ("11 p.m. last night"), but the reference itself for the
    small hours after that night ("1:30 a.m. last night").
    """
    return reference - dt.timedelta(days=1 if hour >= _NIGHT_FROM else 0)


def _day_later_in_clause(ctx: _Context, hour: int) -> dt.date | None:
    """
    The weekday named later in a clock time's clause, after where it happened.

    "called at about 5:45 p.m. in the 200 block of Wilson Road on Saturday", "shot at 5 p.m.
    near Elm Street Saturday night", "at an 11 a.m. news conference Monday": the clock time
    is on that day (the small hours of a night named so, on the day after). Only over a
    place or an event, not across a clause ("at 5 p.m. and died Sunday", "6 a.m., police did
    not ... Friday") or another time of the day; ``None`` when no such weekday follows.
    """
    end = ctx.match.end()
    text = ctx.text
    if (converted := _CONVERTED_CLOCK.match(text, end, min(ctx.hi, end + 48))) is not None:
        # "at 10:45 a.m. (0745 GMT) on Thursday": the same time on another clock, then its day
        end = converted.end()
    elif (
        text.startswith(")", end)
        and ctx.match.start() > ctx.lo
        and text[ctx.match.start() - 1] == "("
    ):
        end += 1  # the time in brackets itself: "(0745 GMT) on Thursday"
    if end != ctx.match.end():
        right = _DAY_RIGHT_AFTER.match(text, end, min(ctx.hi, end + 24))
        if right is not None:
            day = _resolve_weekday(ctx, WEEKDAYS[right.group("weekday").lower()], None)
            if day is not None and hour < _NIGHT_FROM and right.group("night") is not None:
                day += dt.timedelta(days=1)
            return day
    later = _DAY_LATER.match(text, end, min(ctx.hi, end + _DAY_LATER_REACH))
    if later is None:
        return None
    between = later.group("between")
    if _CLAUSE_BREAK.search(between) is not None or _OTHER_TIME.search(between) is not None:
        return None
    day = _resolve_weekday(ctx, WEEKDAYS[later.group("weekday").lower()], None)
    if day is not None and hour < _NIGHT_FROM and later.group("night") is not None:
        day += dt.timedelta(days=1)  # "at 1 a.m. on Elm Street Saturday night": Sunday's
    return day


#: The same time on another clock in brackets right after a clock time ("10:45 a.m. (0745
#: GMT)", "12:30 a.m. EDT (0430 GMT)", "0745 GMT (3:45 a.m. ET)"): the day after both is theirs.
_CONVERTED_CLOCK: Final = regex.compile(
    r"[^\S\n]{0,3}+\((?=[^()\n]{0,30}?\d)(?=[^()\n]{0,30}?(?:\b(?:GMT|UTC|[ECMP][SD]?T|local[^\S\n]+time)\b"
    r"|\d[^\S\n]?[ap]\.?[^\S\n]?m\b))[^()\n]{1,30}\)",
    regex.IGNORECASE,
)
#: A weekday right after a clock time and its other clock, with "on" or a comma at most.
_DAY_RIGHT_AFTER: Final = regex.compile(
    r",?[^\S\n]{1,3}+(?:on[^\S\n]{1,3}+)?(?-i:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday))\b(?!['\u2019])(?:[^\S\n]+(?P<night>night)\b)?",
    regex.IGNORECASE,
)
#: How far after a clock time `_day_later_in_clause` looks for its weekday.
_DAY_LATER_REACH: Final = 90
#: The first words of what may stand between a clock time and its weekday: a place ("in the
#: 200 block of Wilson Road") or, with `SCHEDULED_NOUNS`, an event ("news conference").
_PLACE_WORDS: Final = frozenset(
    {"in", "at", "near", "on", "outside", "inside", "along", "behind", "off", "across"}
    | {"around", "within", "into", "onto", "news", "press"}
)
#: A weekday later in the clause of a clock time, after a place or an event that opens with
#: one of `_PLACE_WORDS` or `SCHEDULED_NOUNS` (no sentence mark, quote, bracket, dash or line
#: between; not a possessive, "Saturday's game"). The opening word comes first in the
#: pattern, so a search over text without one costs little at each position.
_DAY_LATER: Final = regex.compile(
    r"(?P<between>[^\S\n]{1,3}+(?:"
    + "|".join(sorted(_PLACE_WORDS | SCHEDULED_NOUNS, key=lambda word: (-len(word), word)))
    + r")\b[^.,;:!?\n\"\u201c\u201d()\[\]\u2013\u2014]{0,80}?)[^\S\n](?:on[^\S\n]+)?"
    r"(?-i:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b(?!['\u2019])"
    r"(?:[^\S\n]+(?P<night>night)\b)?",
    regex.IGNORECASE,
)
#: Words that open another clause or time between a clock time and a weekday after it.
_CLAUSE_BREAK: Final = regex.compile(
    r"\b(?:and|but|or|until|till|before|after|since|by|when|while|then|through|to|from|next|last"
    r"|this|every|each|between|which|who|where|said|says|will|would|was|were|is|are)\b",
    regex.IGNORECASE,
)
#: Another time of the day between a clock time and a weekday after it.
_OTHER_TIME: Final = regex.compile(
    r"\d[:.]\d|\b[ap]\.?[^\S\n]?m\b|\b(?:noon|midnight|morning|afternoon|evening|night|tonight)\b",
    regex.IGNORECASE,
)


#: How far after a night named a small-hours clock time may be read as the morning after it
#: (about three sentences: "a shooting at a block party overnight. ... pronounced dead at
#: 2:05 a.m.").
_NIGHT_REACH: Final = 400
#: "last night" right after a clock time ("shortly before 11 p.m. last night").
_LAST_NIGHT_AFTER: Final = regex.compile(r"[^\S\n]+last[^\S\n]+night\b", regex.IGNORECASE)


def _death_after_night(ctx: _Context, day: dt.date) -> bool:
    """
    Whether a small-hours clock time dates a death, after a night's incident on *day*.

    "where she died at 2:37 a.m." after "shot Wednesday night at 11:20 p.m.": the death came
    after the shooting. Not when the incident itself was in the small hours of *day* ("shot
    just before 1:40 a.m. ... pronounced dead at 2:25 a.m.").
    """
    state = ctx.state
    if state.incident_small_hours and start_of(state.incident or "") == day:
        return False
    start = ctx.match.start()
    return _DIED_AT.search(ctx.text, max(ctx.lo, start - 40), start) is not None


#: A death told right before a clock time ("where she died at", "was pronounced dead about").
_DIED_AT: Final = regex.compile(
    r"\b(?:died|pronounced[^\S\n]{1,3}dead|succumbed)[^\S\n]{1,3}(?:[\w-]+[^\S\n]{1,3}){0,4}?"
    r"(?:at|about|around)[^\S\n]{1,3}(?:about[^\S\n]{1,3}|around[^\S\n]{1,3})?$",
    regex.IGNORECASE,
)


def _after_night(ctx: _Context, day: dt.date, *, died: bool = False) -> bool:
    """
    Whether a small-hours clock time follows the night of *day*, the last day named.

    A night named then counts however far back (no day was named since); a late clock time
    only in the same sentence or the one before, or, for a time a death is *died* at, up to
    `_DEATH_REACH` characters before it ("at 11:20 p.m. ... (two paragraphs) ... where she
    died at 2:37 a.m.").

    "The spree began Friday night at 10:24 p.m. and ended at 12:18 a.m.", "killed three
    overnight ... shortly after 2 a.m.": the small hours after that night, the next day.
    """
    state = ctx.state
    start = ctx.match.start()
    if not (ctx.group("ampm") or "").replace(" ", "").lower().startswith("a"):
        return False
    if state.day_part == "NI" and state.day is not None and start_of(state.day) == day:
        # "fatally shot overnight. ... (three paragraphs) ... walking with two others at 1
        # a.m.": no day named since the night, however far back; the small hours before
        # that night's evening would be a time the story never told
        return True
    # a late clock time in the same sentence or the one before in its paragraph ("began at
    # 10:24 p.m., ending at 12:18 a.m.", "called about 9 p.m. Saturday. A second man was shot
    # about 1 a.m."; not an "UPDATE @ 11:50 p.m." heading before the story)
    if state.day_part != _LATE_CLOCK:
        return False
    if died:
        return _day_named_just_before(ctx, day, _DEATH_REACH)
    return _day_named_just_before(ctx, day) and _in_sentence_or_next(ctx.text, state.day_end, start)


#: How far (characters) a late clock time may stand before a small-hours death it dates.
_DEATH_REACH: Final = 600


def _in_sentence_or_next(text: str, lo: int, hi: int) -> bool:
    """
    Whether ``text[lo:hi]`` (after a late clock time) holds at most two sentence ends.

    A sentence end before a paragraph break counts as one (`_SENTENCE_BREAKS`); the late
    clock time's own line must end a sentence (a heading, "UPDATE @ 11:50 p.m. (May 3)",
    does not).
    """
    if hi - lo > _NEXT_CLOCK_REACH:
        return False
    line = text.find("\n", lo, hi)
    if line >= 0 and _LINE_SENTENCE_END.search(text, lo, line) is None:
        return False
    return len(_SENTENCE_BREAKS.findall(text, lo, hi)) <= _NEXT_CLOCK_SENTENCES


#: How far and over how many sentence ends a small-hours clock time may follow a late one.
_NEXT_CLOCK_REACH: Final = 300
_NEXT_CLOCK_SENTENCES: Final = 2
#: A sentence's end on a line ("... said.").
_LINE_SENTENCE_END: Final = regex.compile(r"[.!?][\"\u201d\u2019]?[^\S\n]*+(?:$|[^\S\n])")


def _earlier_day(ctx: _Context) -> bool:
    """
    Whether the day is told as earlier than the time named last ("earlier that day").
    """
    start = ctx.match.start()
    return ctx.match.group()[:7].lower() == "earlier" or (
        _EARLIER_IN.search(ctx.text, max(ctx.lo, start - 12), start) is not None
    )


#: "earlier" or "earlier in" right before "the day".
_EARLIER_IN: Final = regex.compile(r"\bearlier[^\S\n]+(?:in[^\S\n]+)?$", regex.IGNORECASE)
#: "earlier in", "earlier", "the course of", "much of" right before an evening: one before
#: the small hours named last ("drinking about 12 beers in the course of the evening").
_EARLIER_BEFORE: Final = regex.compile(
    r"\b(?:earlier[^\S\n]+(?:in[^\S\n]+)?|(?:course|much|most)[^\S\n]+of[^\S\n]+)$",
    regex.IGNORECASE,
)


def _after_small_hours(ctx: _Context, base: dt.date | None) -> bool:
    """
    Whether the night read on *base* follows a small-hours clock time named on that day.

    "shots were fired at 12:28 a.m. Saturday ... heard screams during the night": the night
    that holds those small hours began the day before.
    """
    return (
        base is not None
        and ctx.state.day_part == _SMALL_CLOCK
        and _day_named_just_before(ctx, base)
    )


def _earlier_than_small_hours_incident(ctx: _Context, base: dt.date | None) -> bool:
    """
    Whether "earlier in the night" (or evening) on *base* is before a small-hours incident.

    "The shooting happened after 2 a.m. [Saturday] ... during an after party for a rapper
    who was scheduled to perform earlier in the night": the night before the incident's
    small hours, however far the incident was told before.
    """
    state = ctx.state
    start = ctx.match.start()
    return (
        base is not None
        and state.incident_small_hours
        and start_of(state.incident or "") == base
        and _EARLIER_BEFORE.search(ctx.text, max(ctx.lo, start - 12), start) is not None
    )


def _day_named_just_before(ctx: _Context, day: dt.date, reach: int = _NIGHT_REACH) -> bool:
    """
    Whether the last day named is *day*, named at most *reach* characters before.
    """
    state = ctx.state
    return (
        state.day is not None
        and start_of(state.day) == day
        and 0 <= ctx.match.start() - state.day_end <= reach
    )


#: A page's note of its update or post right before its clock time ("This story was
#: updated at", "Last updated", "Posted at").
_UPDATED_AT: Final = regex.compile(
    r"(?:\bstory|\barticle|\bpage|\bpost|^|\n|[.!?][^\S\n]{1,3}+)(?:[^\S\n]{1,3}+(?:was|has[^\S\n]{1,3}+been))?"
    r"[^\S\n]{0,3}+(?:last[^\S\n]{1,3}+)?(?:updated|posted|published)[^\S\n]{1,3}+(?:at[^\S\n]{1,3}+)?$",
    regex.IGNORECASE,
)


def _evening_clock_before(ctx: _Context) -> bool:
    """
    Whether an evening's clock time came just before a bare hour of the evening after it.

    "At 11:16 p.m., a call came. Two minutes later, at 11:18, police were dispatched": the
    hour (8 to 11) is that evening's, as the clock time before it, named at most
    `_EVENING_CLOCK_REACH` characters before and no later than it, is.
    """
    state = ctx.state
    hour = ctx.raw("hour") or ""
    return (
        state.day_part == _LATE_CLOCK
        and hour.isdigit()
        and _EVENING_HOURS[0] <= int(hour) <= _EVENING_HOURS[1]
        and 0 <= ctx.match.start() - state.day_end <= _EVENING_CLOCK_REACH
        # later that evening: not "at 10 p.m. ... pronounced dead at 9:30"
        and f"{int(hour) + 12:02d}:{ctx.raw('minute') or '00'}" >= state.day_clock
    )


#: The hours of the evening a bare clock time after an evening's clock time may be.
_EVENING_HOURS: Final = (8, 11)
#: How far after an evening's clock time a bare clock time may take its half of the day.
_EVENING_CLOCK_REACH: Final = 400


def _part_named_before(ctx: _Context) -> str:
    """
    The part of the day the last day was named with, if named just before the clock time.

    "the shooting on Tuesday evening. The victims were hit around 6 o'clock": the evening's
    6 o'clock. "" when no part was named, or when the day was named over two sentences away.
    """
    part = ctx.state.day_part
    if part not in _LATER_PARTS:
        return ""
    if not 0 <= ctx.match.start() - ctx.state.day_end <= _PART_REACH:
        return ""
    return _LATER_PARTS[part]


#: The parts of the day a value may end with ("2016-05-03TEV").
_PARTS: Final = frozenset(PARTS_OF_DAY.values())
#: Parts of the day in the afternoon or later, as `_build_clock` reads them.
_LATER_PARTS: Final = {"AF": "afternoon", "EV": "evening", "NI": "night"}
#: How far after a day named with its part of the day a clock time may take that part.
_PART_REACH: Final = 200


def _seconds(ctx: _Context) -> str:
    """
    The seconds a clock time writes (":40" of "2:29:40 a.m."), or "".
    """
    second = ctx.raw("second")
    return f":{second}" if second is not None else ""


def _habitual(ctx: _Context) -> bool:
    """
    Whether the clock time's sentence tells of a habit, not of a day.

    "airs weekdays", "usually starts", "every night", "normally opens", "daily", "often
    closes", "open from 7 a.m. to 10:30 p.m., 7 days a week", "are allowed to bring alcohol
    after 2 a.m."; or of a standing rule named right after it ("a 9 p.m. curfew", "a 3
    o'clock license").
    """
    return (
        _sentence_has(ctx, _HABIT, 120, _HABIT_STEMS)
        or _noun_after(ctx, _RULE_NOUNS)
        or _CURFEW_BEFORE.search(
            ctx.text, max(ctx.lo, ctx.match.start() - _CURFEW_READ), ctx.match.start()
        )
        is not None
    )


#: Nouns of a standing rule after a clock time ("a 9 p.m. curfew"): on no day.
_RULE_NOUNS: Final = frozenset({"curfew", "curfews", "license", "licence", "licenses"})
#: A curfew's hours right before a clock time, with no day between ("a curfew was announced
#: from midnight to 6 a.m.", "a citywide curfew from 8 p.m. to", "the curfew that would
#: have required anyone 17 or younger visiting downtown from 8 p.m."): a rule over nights, on
#: no day ("a curfew Tuesday from 8 p.m." names its day, "A curfew will run from 8 p.m." the
#: night to come).
_CURFEW_BEFORE: Final = regex.compile(
    r"\bcurfews?(?:[^\S\n]{1,3}+(?-i:(?!(?:from|between|today|tonight|tomorrow|yesterday|will|shall)\b)"
    r"[a-z0-9][a-z0-9'-]*+)){0,10}+[^\S\n]{1,3}+(?:from|between)"
    r"(?:[^\S\n]{1,3}+(?:to|and|until|till|\d{1,2}(?::\d\d)?|[ap]\.?m\.?|midnight|noon)){0,4}+"
    r"[^\S\n]{1,3}+$",
    regex.IGNORECASE,
)


#: How far before a clock time `_CURFEW_BEFORE` is looked for.
_CURFEW_READ: Final = 120


#: A scene the reader is asked to suppose, opening its sentence ("Imagine you're driving
#: home", "Picture yourself", "Suppose it is 3 a.m."): its times are on no day.
_SUPPOSED: Final = (
    r"(?-i:Imagine|Picture|Suppose)[^\S\n]{1,3}(?:you|yourself|if|being|that|it's|it\u2019s"
    r"|it[^\S\n]{1,3}is|a|an|the)"
)
#: Words of a habit for a part of the day with no day of its own (`_build_part_of_day`).
_PART_HABIT: Final = regex.compile(
    r"\b(?:usually|normally|typically|generally|routinely|regularly|often|always|frequently"
    r"|sometimes|every[^\S\n]{1,3}(?:day|night|week)|each[^\S\n]{1,3}(?:day|night)"
    # "Imagine you're driving home in the middle of the night": a scene supposed
    rf"|{_SUPPOSED})\b",
    regex.IGNORECASE,
)
#: Words of a habit, for `_habitual`: a clock time in their sentence is on no day.
_HABIT: Final = regex.compile(
    r"\b(?:weekdays|weeknights|weekends|(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)|(?:every|each)[^\S\n]{1,3}(?:day|night|morning|evening|week|weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|(?-i:daily|nightly)|usually|normally|typically|generally"
    # "On each occasion bullets were fired ... between 0200 and 0300 hrs": more than one day
    r"|(?:on[^\S\n]{1,3})?(?:each|every|both)[^\S\n]{1,3}occasions?"
    r"|routinely|regularly|often|always|sometimes|(?:\d|seven|six|five)[^\S\n]{1,3}days[^\S\n]{1,3}a"
    r"[^\S\n]{1,3}week"
    # "their days begin at 4:30 a.m.", "her day starts at 5": a working day's hours
    r"|(?:their|his|her|our|my|your|whose)[^\S\n]{1,3}(?:work[^\S\n]{1,3})?days?[^\S\n]{1,3}"
    r"(?:begins?|starts?|ends?)"
    # "the day shift starts around 6 a.m. and finishes about 4 p.m.": a shift's hours
    r"|shifts?[^\S\n]{1,3}(?:begins?|starts?|ends?|finish(?:es)?|runs?)"
    # "where patrons are allowed to bring alcohol after 2 a.m.": a standing rule
    r"|(?:is|are)[^\S\n]{1,3}(?:not[^\S\n]{1,3})?(?:allowed|permitted|prohibited|forbidden)"
    r"[^\S\n]{1,3}(?:to|from)"
    # "If I had a 16-year-old out at 3 in the morning, I'd be on the phone": a hypothesis
    r"|if[^\S\n]{1,3}(?:i|you|we|he|she|they)[^\S\n]{1,3}(?:had|were)"
    rf"|{_SUPPOSED})\b",
    regex.IGNORECASE,
)
#: A part of each alternative of `_HABIT`, in lower case (`_sentence_has`).
_HABIT_STEMS: Final = (
    *("week", "days", "every", "each", "daily", "nightly", "usually", "normally", "typically"),
    *("generally", "routinely", "regularly", "often", "always", "sometimes", "begin", "start"),
    *("end", "allowed", "permitted", "prohibited", "forbidden", "if ", "imagine", "picture"),
    "shift",
    "suppose",
)


def _evening_heading_below(ctx: _Context) -> bool:
    """
    Whether the next clock heading below the match, on a line of its own, is an evening's.

    A live blog told newest first ("The Latest: ...") puts "12:05 a.m." above "10:30 p.m."
    when its night crossed midnight; "12:05 a.m." above "11:40 a.m." is no such crossing
    (a slip for "p.m.", more likely).
    """
    # (read past the range scanned: `parse` scans the heading's paragraph alone)
    end = ctx.match.end()
    below = _CLOCK_HEADING.search(ctx.text, end, min(len(ctx.text), end + _HEADING_BELOW_CHARS))
    if below is None:
        return False
    hour = int(below.group(1)) % 12 + (12 if below.group(2).lower() == "p" else 0)
    return hour >= _EVENING_HOUR


#: How far below a small-hours heading `_evening_heading_below` looks for the next one.
_HEADING_BELOW_CHARS: Final = 6000
#: A clock time on a line of its own: a live blog's entry heading.
_CLOCK_HEADING: Final = regex.compile(
    r"^[^\S\n]{0,3}+(\d{1,2}):\d\d[^\S\n]{0,3}+([ap])\.?m\.?[^\S\n]{0,3}+$",
    regex.MULTILINE | regex.IGNORECASE,
)
#: The hour a small-hours time ends before (an evening's first is `_EVENING_HOUR`).
_SMALL_HOURS_END: Final = 5


def _alone_on_line(ctx: _Context) -> bool:
    """
    Whether the match heads its line, a live story's heading.

    It is all its line holds but for spaces and a closing period or colon ("4:30 p.m."), or
    it follows "UPDATE" ("UPDATE: 12:35 PM: Employees say ...").
    """
    start, end = ctx.match.span()
    text = ctx.text
    opening = text.rfind("\n", ctx.lo, start) + 1 or ctx.lo
    before = text[opening:start]
    if _UPDATE_HEADING.fullmatch(before) is not None:
        return text[end : end + 1] in {"", "\n", ":", " "}
    if before.strip():
        return False
    closing = text.find("\n", end, ctx.hi)
    return not text[end : ctx.hi if closing < 0 else closing].strip(" \t.:")


def _in_stamp(ctx: _Context) -> bool:
    """
    Whether the match opens an update's stamp.

    "BREAKING (Thursday, 4:02 p.m.)", "UPDATE: Monday", "UPDATE 1:50PM FRIDAY".
    """
    start = ctx.match.start()
    opening = ctx.text.rfind("\n", ctx.lo, start) + 1 or ctx.lo
    return start - opening <= _STAMP_REACH and (
        _STAMP_HEADING.fullmatch(ctx.text, opening, start) is not None
    )


#: What opens an update's stamp before its day, and how far into its line the day may stand.
_STAMP_HEADING: Final = regex.compile(
    r"[^\S\n]{0,3}(?i:update[d]?|breaking(?:[^\S\n]news)?)[^\S\n]{0,3}[:@(,-]?[^\S\n]{0,3}"
)
_STAMP_REACH: Final = 24
#: What opens a live story's update heading before its clock time ("UPDATE: ", "Update @ ").
_UPDATE_HEADING: Final = regex.compile(
    r"[^\S\n]{0,3}(?i:update[d]?)[^\S\n]{0,3}[:@,-]?[^\S\n]{0,3}"
)


def _bare_midnight(ctx: _Context, day: dt.date) -> tuple[dt.date, int]:
    """
    The day and hour (0 or 24) of a midnight with no day of its own, on *day* by default.

    After a night or an evening named last ("a Friday night shooting ... shortly before
    midnight") it ends that day. After an early hour, a morning or a small-hours clock time
    ("early Sunday ... around midnight", "shortly after midnight Saturday ... around
    midnight") it opens it, and "before midnight" is the end of the day before. Told in the
    past on the reference day, it is that day's first hour ("the bar closed at midnight"),
    or after "before" the end of the day before.
    """
    named = (
        _last_day_words(ctx) if ctx.state.day is not None and start_of(ctx.state.day) == day else ""
    )
    start = ctx.match.start()
    before = _BEFORE_WORD.search(ctx.text, max(ctx.lo, start - 12), start) is not None
    if named and ctx.state.day_clock == "00:00":
        # "just after midnight Tuesday ... had left the bar shortly before midnight": after a
        # midnight that opened the day, the one before it ends the day before
        return (day - dt.timedelta(days=1), 24) if before else (day, 0)
    if _NIGHT_NAMED.search(named) is not None:
        return day, 24
    if (
        _MORNING_NAMED.search(named) is not None
        or (named and ctx.state.day_part == _SMALL_CLOCK)
        or (
            not named
            and ctx.state.incident_small_hours
            and start_of(ctx.state.incident or "") == day
        )
    ):
        # "shortly after midnight Saturday ... asked to leave around midnight": the small
        # hours named last, the midnight that opens their day; so is a midnight put on an
        # incident of the small hours after a later day was named ("a shootout early Monday.
        # ... a warrant Tuesday ... broke into the apartment around midnight")
        return (day - dt.timedelta(days=1), 24) if before else (day, 0)
    if day != ctx.reference or ctx.tense() != _PAST or ctx.right_verb() == _FUTURE:
        return day, 24
    return (day - dt.timedelta(days=1), 24) if before else (day, 0)


def _after_midnight(ctx: _Context) -> bool:
    """
    Whether a midnight opens its day: "just after midnight", "shortly past midnight Sunday".

    Not after a night or an evening named last ("Saturday night ... shortly after
    midnight" is still that night's end, `T24:00`).
    """
    start = ctx.match.start()
    if _AFTER_WORD.search(ctx.text, max(ctx.lo, start - 12), start) is None:
        return False
    return (
        ctx.group("weekday") is not None
        or ctx.raw("month") is not None
        or ctx.state.day is None
        or _NIGHT_NAMED.search(_last_day_words(ctx)) is None
    )


def _last_day_words(ctx: _Context, after: int = 0) -> str:
    """
    The last words of the last day named, lower-cased, and *after* characters after it.

    They tell its part of the day ("Friday night", "early Sunday", "at 10 p.m.").
    """
    end = ctx.state.day_end
    return ctx.text[max(0, end - 16) : end + after].lower()


#: A day named with its night or evening ("Friday night", "10:30 p.m."; not "midnight").
_NIGHT_NAMED: Final = regex.compile(
    r"\b(?:night|evening|tonight|overnight|midnight)\b|\d\s?p\.?m\b"
)
#: A day named with its early hours or morning ("early Sunday", "Saturday morning").
_MORNING_NAMED: Final = regex.compile(r"\b(?:early|morning)\b")
#: A clock time before "night" is in the evening from this hour ("9:30 Friday night").
_NIGHT_FROM: Final = 6
#: The first hour a clock time named with "night" is in the evening ("5:30 Sunday night").
_NIGHT_HOURS_FROM: Final = 5
#: "before", "until" or "by" right before a time ("shortly before midnight").
_BEFORE_WORD: Final = regex.compile(r"\b(?:before|until|till|by)[^\S\n]+$", regex.IGNORECASE)
#: "after" or "past" right before a time ("just after midnight").
_AFTER_WORD: Final = regex.compile(r"\b(?:after|past)[^\S\n]+$", regex.IGNORECASE)


#: The length of a day's value, "2016-05-03".
_DAY_VALUE_LENGTH: Final = 10
#: The words before a part of the day that name the day last mentioned ("that night",
#: "the same morning", "that very same evening"), normalised by `_norm`.
_THAT_PARTS: Final = frozenset(
    {
        "that",
        "that same",
        "that very",
        "that very same",
        "the same",
        "the very same",
    }
)


#: "and" between two parts of a day ("afternoon and evening").
_AND_GAP: Final = regex.compile(r"[^\S\n]{1,3}and[^\S\n]{1,3}")


def _overnight_name(ctx: _Context) -> bool:
    """
    Whether a capitalised "Overnight" opens a name ("Overnight Finance : Ryan seeks ...").

    A capitalised word that is no time and no small word follows it, in a sentence not in
    title case (a headline's "Shoots Wife Overnight In Goldsboro" is a night).
    """
    if ctx.match.group() != "Overnight" or ctx.group("pweekday") is not None:
        return False
    end = ctx.match.end()
    following = ctx.text[end : min(ctx.hi, end + 24)].split(maxsplit=1)
    word = following[0].strip(_PUNCTUATION) if following else ""
    return (
        ctx.text[end : end + 1] == " "
        and word[:1].isupper()
        and word.lower() not in _TITLE_CASE_SMALL
        and word.lower() not in WEEKDAYS
        and word.lower() not in MONTHS
        and not _title_case(ctx)
        # mid-sentence, or the name before a colon: "Overnight Israel struck" opening a
        # sentence is a night
        and (
            not _opens_sentence(ctx.text, ctx.match.start(), end, _NO_OPENERS, ctx.lo)
            or ctx.text.startswith((":", " :"), end + 1 + len(word))
        )
    )


def _build_part_of_day(ctx: _Context) -> _Result | None:
    if _is_programme(ctx):
        return None  # "CBS This Morning"
    rel = _norm(ctx.group("rel"))
    pod_word = ctx.group("pod") or ""
    pod = PARTS_OF_DAY.get(pod_word, "NI")
    mid = ctx.raw("mid") is not None  # "mid afternoon", "mid-morning yesterday"
    offset = {
        "last": -1,
        "yesterday": -1,
        "tomorrow": 1,
        "the next": 1,
        "the following": 1,
        "the previous": -1,
    }.get(rel or "", 0)
    stays = True  # whether the story may go on from the part of the day read
    if rel == "one":
        # "One evening in the 1960s, he ...": some morning, afternoon or evening of the story,
        # which one unknown, as "One night in the late 1960s" is; "Early one evening in June"
        # is one of June's
        end = ctx.match.end()
        after = _SOME_DAY_AFTER.match(ctx.text, end, min(ctx.hi, end + 40))
        return _Result(_TIME, f"{_some_month(ctx, after)}-XXT{pod}")
    if rel in {"a recent", "one recent"}:
        # "swarmed on a recent afternoon over the structure": some afternoon of late, which
        # one unknown; no day the story goes on from
        return _Result(_TIME, f"XXXX-XX-XXT{pod}", updates=False)
    if ctx.raw("pair") is not None:
        # "Saturday afternoon and evening", "throughout the morning and afternoon": the part
        # of the day named right before joined by "and", on its day; nothing when no day was
        # named right before
        state = ctx.state
        day = start_of(state.day or "")
        if day is None or _AND_GAP.fullmatch(ctx.text, state.day_end, ctx.match.start()) is None:
            return None
        return _Result(_TIME, f"{day.isoformat()}T{pod}")
    if (
        rel in {None, "the", "late", "early"}
        and ctx.group("pweekday") is None
        and pod_word != "tonight"
        and _sentence_has(ctx, _PART_HABIT, 120)
        # "usually ..., but shot overnight"
        and not _sentence_has(ctx, _INCIDENT_WORDS, 120, _INCIDENT_STEMS)
    ):
        # "has always worked late nights", "frequently waking up during the night": a part
        # of any day, as a clock time in such a sentence is (`_habitual`)
        mod = "MID" if mid else {"early": "START", "late": "END"}.get(rel or "")
        return _Result(_TIME, f"XXXX-XX-XXT{pod}", mod)
    if pod_word == "overnight":
        if _sudden_overnight(ctx):
            return None  # "it is not going to happen overnight", "an overnight success"
        if _overnight_name(ctx):
            return None  # "Overnight Finance: Ryan seeks ...", a newsletter's name
        if (named := ctx.group("pweekday")) is not None:
            # "shot overnight Monday": that weekday's night, as "Monday night"; but the night
            # into the reference's morning when the weekday is the reference's ("a shooting at
            # the club overnight Saturday" in Saturday's paper)
            base = _resolve_weekday(ctx, WEEKDAYS[named], None)
            if base is None:
                return _Result(_TIME, f"XXXX-WXX-{WEEKDAYS[named]}TNI")
            if base == ctx.reference and ctx.tense() != _FUTURE:
                offset = -1
        else:
            # the night before the day the story is about: the last day named, else the
            # reference; when that was a night gone ("Monday night", an "overnight" before, a
            # clock time from 8 p.m.; not "tonight"), the same night
            base = _day_base(ctx)
            state = ctx.state
            same_night = (
                state.day_part in _NIGHT_PARTS
                and base is not None
                and base == start_of(state.day or "")
                and (ctx.reference is None or base < ctx.reference)
            ) or (
                # "The vote was on March 19, 2002. Afterward, they flew overnight to
                # Houston": the night after that day, not the one before it
                base is not None
                and base != ctx.reference
                and _AFTERWARD.search(ctx.text, _back_to_line(ctx, 120), ctx.match.start())
                is not None
            )
            offset = 0 if same_night else -1
            if (
                not same_night
                and base is not None
                and base == ctx.reference
                and ctx.text[ctx.match.start()].isupper()  # opening the sentence
                and (later := _NIGHT_NAMED_LATER.match(ctx.text, ctx.match.end(), ctx.hi))
                is not None
            ):
                # "Overnight, there were two shootings at block parties ... on Sunday night"
                # in Sunday's paper: the night the sentence names, not the one before (not
                # "The overnight shootings follow a fatal shooting on Sunday night")
                back = (base.isoweekday() - WEEKDAYS[later.group(1).lower()]) % 7
                base, offset = base - dt.timedelta(days=back), 0
    elif pod_word == "tonight":
        if (
            ctx.text[ctx.match.start()].isupper()
            and not ctx.text.startswith(("'s", "\u2019s"), ctx.match.end())
            and _is_title(ctx, after_name=True)
        ):
            # "Lopez Tonight" (not "Protesters Target Hillary At Tonight's Debate")
            return None
        base = _speech_day(ctx) or ctx.reference  # "\u201c... tonight!\u201d Mill tweeted Friday"
        if base == ctx.reference and _quoted_last_night(ctx):
            base = start_of(ctx.state.day or "")  # said that night: "what he did tonight"
        elif base is not None and base == ctx.reference and _past_small_hours_tonight(ctx):
            base -= dt.timedelta(days=1)  # "What happened tonight" after a 1:50 a.m. shooting
        elif base is not None and base == ctx.reference and (day := _incident_today(ctx)):
            # "\u201cWhat happened tonight is a tragedy\u201d" in the paper of the day after a
            # shooting dated "late Wednesday afternoon": the incident's night
            base = day
    elif rel == "the" and ctx.raw("of") is not None:
        # "the morning of the shooting": the morning of the incident dated before, as "the
        # night of the shooting" is ("the morning after" it, the next day's); none dated, no
        # time
        incident, where = ctx.state.incident, ctx.state.incident_span
        day = (
            start_of(incident)
            if incident is not None and where is not None and where.end <= ctx.match.start()
            else None
        )
        if day is None:
            return None
        shift = ctx.raw("shift")
        if shift is not None and not (
            pod == "MO"
            and shift.lower() == "after"
            and ctx.state.incident_small_hours
            and ctx.reference is not None
            and day >= ctx.reference
        ):
            # "the morning after the shooting", "the evening before the attack" (the morning
            # after one at 12:30 a.m. Monday, told in Monday's paper, is Monday's: the next
            # is still to come)
            day += dt.timedelta(days=1 if shift.lower() == "after" else -1)
        return _Result(_TIME, f"{day.isoformat()}T{pod}", anchored=where or False)
    elif rel in _THAT_PARTS or rel in {"the next", "the following", "the previous", "the"}:
        # "the": "later in the evening", the evening of the day the story is on
        # the day the story is on: one derived after the last day named ("two days later"),
        # else that day
        story_day = ctx.state.story_day
        anchor = ctx.anchor_date()
        state = ctx.state
        if (
            story_day is None
            and rel != "the"
            and anchor is not None
            and anchor[1] in {"M", "Y", "S"}
            and (
                state.day is None
                or start_of(state.day) == ctx.reference
                or (
                    anchor[1] == "M"
                    and state.anchor_span is not None
                    and state.anchor_span.start >= state.day_end
                )
            )
        ):
            # "that night", "the following morning" after "last May" with no day named but
            # the publication day (the day of the report), or with the month named after the
            # last day ("posted Friday ... at the convention in July ... the following
            # morning"): a night of that month, which one unknown, as "that day" reads it
            day = anchor[0]
            month = f"{day.month:02d}" if anchor[1] == "M" else "XX"
            return _Result(_TIME, f"{day.year:04d}-{month}-XXT{pod}", anchored=True)
        base = start_of(story_day) if story_day is not None else _day_base(ctx)
        if (
            rel == "the"
            and story_day is None
            and _LATER_IN.search(ctx.text, max(ctx.lo, ctx.match.start() - 16), ctx.match.start())
            is not None
            and (reported := _reported_day(ctx)) is not None
        ):
            # "shot Friday night, police said Saturday. She had finished work earlier in the
            # evening": the evening of the events told, as "earlier in the day" there is
            base = reported
        night = ctx.state.night
        if (
            pod == "NI"
            and rel in _THAT_PARTS
            and story_day is None
            and base is not None
            and (base == ctx.reference or state.report_day is not None)
            and night is not None
            and (earlier_night := start_of(night)) is not None
            and earlier_night < base
        ):
            # "on the night of the shooting ... [a hearing] Wednesday ... he had three knives
            # on him that night": the night named before, not the night of the report, which
            # the story stays on ("testified in the afternoon"); so after a day of report ("At
            # a Sept. 15 press conference, the sheriff said ... borrowed a car that night")
            return _Result(
                _TIME, f"{earlier_night.isoformat()}TNI", anchored=ctx.state.night_span or False
            )
        if (
            (
                pod == "NI"
                or (
                    pod == "EV"
                    # "it started earlier in the evening", "Earlier that evening", "drinking
                    # about 12 beers in the course of the evening"
                    and _EARLIER_BEFORE.search(
                        ctx.text, max(0, ctx.match.start() - 12), ctx.match.start()
                    )
                    is not None
                )
            )
            and (rel in _THAT_PARTS or rel == "the")
            and story_day is None
            and (_after_small_hours(ctx, base) or _earlier_than_small_hours_incident(ctx, base))
        ):
            # "at 12:28 a.m. Saturday ... screams during the night": Friday's; "just before
            # 1:47 a.m. ... it started earlier in the evening", "Earlier that evening": the
            # evening before; the
            # story stays on the day of the small hours ("was spending the night ... were
            # dispatched around 1:36 a.m.")
            offset = -1
            stays = False
        elif (
            pod == "NI"
            and rel == "the"
            and base is not None
            and state.day is not None
            and _HAD_SPENT.search(ctx.text, max(ctx.lo, ctx.match.start() - 24), ctx.match.start())
            is not None
        ):
            # "shot about 1:30 p.m. Saturday ... had spent the night at the home and was with
            # her that morning": the night before the day told, past before its past
            offset = -1
            stays = False
        elif (
            pod == "NI"
            and rel == "the"
            and story_day is None
            and base is not None
            and base == ctx.reference
            and state.day is None
            and _WHOLE_NIGHT.search(
                ctx.text, max(ctx.lo, ctx.match.start() - 20), ctx.match.start()
            )
            is not None
            and ctx.tense() == _PAST
        ):
            # "For much of the night, Clinton struggled", "shootings throughout the night" in
            # the paper of the day after, no day named: a whole night gone, as a "late-night
            # party" is read, not the reference's night still to come (a part of it told,
            # "earlier in the night", "by the end of the night", may be the reference's own)
            offset = -1
        elif (
            pod == "NI"
            and rel in _THAT_PARTS
            and story_day is None
            and base is not None
            and base == ctx.reference
            and state.day is None
            and state.anchor is None
            and ctx.tense() == _PAST
        ):
            # "A security guard at a nightclub where two teens were killed ... said she was at
            # the club that night", no day nor date named before: the night gone, not the
            # reference's still to come
            offset = -1
        elif (
            pod == "MO"
            and rel == "the"
            and story_day is None
            and base is not None
            and base == ctx.reference
            and start_of(state.day or "") == base
            and (
                state.day_part in {"EV", "NI"}
                or (state.day_clock[:2].isdigit() and int(state.day_clock[:2]) >= _EVENING_HOUR)
            )
            and ctx.tense() == _FUTURE
        ):
            # "shot Wednesday evening ... at 6:19 p.m. ... counselors will be available at the
            # schools in the morning", in Wednesday's paper: the morning still to come, the
            # next day's
            offset = 1
    elif (named := ctx.group("pweekday")) is not None:
        # "arrested early morning Sunday": that weekday's morning
        base = _resolve_weekday(ctx, WEEKDAYS[named], None)
        if base is None:
            mod = {"early": "START", "late": "END"}.get(rel or "")
            return _Result(_TIME, f"XXXX-WXX-{WEEKDAYS[named]}T{pod}", mod)
    elif rel in {"early", "late"} or (rel is None and mid):
        # "an early-morning shooting Sunday": the morning of the weekday named right after
        base = _day_ahead(ctx)
        if base is None:
            base = _day_base(ctx)
            if (
                pod == "NI"
                and base is not None
                and base == ctx.reference
                and ctx.state.day is None
                and ctx.tense() == _PAST
            ):
                # "Six men were shot at a late-night party" in Monday's paper, no day named:
                # the night gone, Sunday's, as "overnight" is read
                offset = -1
            elif pod == "NI" and rel == "late" and _after_small_hours(ctx, base):
                # "shot just before 4:30 a.m. Sunday after he was thrown out of a late-night
                # party": the night that held those small hours, Saturday's
                offset = -1
                stays = False
    else:
        base = _speech_day(ctx) or ctx.reference  # "this morning", "last night" in a quotation
    if rel == "last" and pod != "NI":
        offset = -1
    mod = "MID" if mid else {"early": "START", "late": "END"}.get(rel or "")
    if base is None:
        # "On January 11, she disappeared in the morning", no reference: that day's morning,
        # of no known year, as "the next day" after it is its day after
        loose = (
            _loose_day(ctx.state, offset)
            if rel in {"the", "that"} or pod_word == "overnight"
            else ""
        )
        if not loose and rel in _THAT_PARTS and (month := _open_month(ctx.state)):
            loose = f"{month}-XX"  # "In November ... released the same night"
        return _Result(_TIME, f"{loose or 'XXXX-XX-XX'}T{pod}", mod)
    value = f"{(base + dt.timedelta(days=offset)).isoformat()}T{pod}"
    return _Result(_TIME, value, mod, updates=stays)


#: A night spent told in the past perfect right before "the night" ("had spent the night").
_HAD_SPENT: Final = regex.compile(
    r"\b(?:had|\w'd)[^\S\n]{1,3}+(?:just[^\S\n]{1,3}+)?(?:spent|stayed)[^\S\n]{1,3}+$",
    regex.IGNORECASE,
)
#: Words before "the night" that make it a whole night ("much of the night", "throughout").
_WHOLE_NIGHT: Final = regex.compile(
    r"\b(?:(?:much|most|all)[^\S\n]+of|throughout|through)[^\S\n]+$", regex.IGNORECASE
)
#: A weekday's night named later in the sentence of an "overnight" ("Overnight, there were
#: two shootings ... on Sunday night").
_NIGHT_NAMED_LATER: Final = regex.compile(
    r"[^.!?\n]{0,200}?\b(" + "|".join(LEXICON["weekday_full"]) + r")[^\S\n]{1,3}+night\b",
    regex.IGNORECASE,
)
#: A sentence opening with "Afterward" or "After that", up to the "overnight" after it.
_AFTERWARD: Final = regex.compile(
    r"(?:^|[.!?][\"\u201d\u2019]?[^\S\n]{1,3}+|\n)(?:afterwards?|after[^\S\n]{1,3}+that|later)\b[^.!?\n]{0,100}+$",
    regex.IGNORECASE,
)


def _sudden_overnight(ctx: _Context) -> bool:
    """
    Whether "overnight" means suddenly, not during the night.

    It does after "happen", a verb of change or "that", or before a noun of success or
    change ("won't happen overnight", "do that overnight", "an overnight sensation"); "the
    shooting happened overnight" is a night.
    """
    before = ctx.text[max(ctx.lo, ctx.match.start() - 24) : ctx.match.start()].lower().split()
    after = ctx.text[ctx.match.end() : min(ctx.hi, ctx.match.end() + 40)].lower().split()
    opening = ctx.text.startswith(",", ctx.match.end()) and (
        not before or before[-1][-1:] in '.!?"\u201d'
    )
    return bool(
        ctx.match.group().lower().startswith("that ")
        or (before and before[-1].strip(_PUNCTUATION) in _SUDDEN_BEFORE)
        or (after and after[0].strip(_PUNCTUATION) in _SUDDEN_AFTER)
        # "Overnight, Faso became a serious contender": the verb of change after the subject
        or (opening and any(word in _SUDDEN_BEFORE for word in after[1:4]))
        # "she transformed from Queen Nancy to Bag Lady overnight": a verb of change earlier
        # in the clause, "overnight" closing it
        or (
            ctx.text[ctx.match.end() : ctx.match.end() + 1] in {".", ",", ";", ""}
            and _CHANGE_IN_CLAUSE.search(
                ctx.text, max(ctx.lo, ctx.match.start() - 60), ctx.match.start()
            )
            is not None
        )
    )


#: Verbs of change, which make an "overnight" beside them "suddenly" ("became a star
#: overnight").
_CHANGE_VERBS: Final = frozenset(
    {"change", "changes", "changed", "transform", "transforms", "transformed", "morphed"}
    | {"become", "becomes", "became", "double", "doubles", "doubled", "doubling"}
    | {"vanish", "vanished", "disappear", "disappeared"}
)
#: Words right before "overnight" that make it "suddenly": verbs of change and of mending,
#: "happen" ("won't happen overnight"), "that" ("you can't do that overnight") and hedges.
_SUDDEN_BEFORE: Final = _CHANGE_VERBS | {
    "fix", "fixed", "solve", "solved", "cure", "cured", "happen", "that",
    # "doubling HP's size virtually overnight", "almost overnight": a hedge on a speed
    "virtually", "almost", "nearly", "practically", "seemingly", "literally",
}  # fmt: skip
#: A verb of change earlier in the clause of an "overnight" that closes it.
_CHANGE_IN_CLAUSE: Final = regex.compile(
    rf"\b(?:{'|'.join(sorted(_CHANGE_VERBS))})\b[^.,;:!?\n]{{0,50}}+$", regex.IGNORECASE
)
#: Nouns after "overnight" that make it "sudden" ("an overnight success"), or a kind of
#: thing ("the overnight shift", "overnight confinement"), not a night.
_SUDDEN_AFTER: Final = frozenset(
    {"success", "successes", "sensation", "sensations", "star", "stardom", "celebrity"}
    | {"transformation", "change", "fix", "cure", "millionaire", "hit"}
    | {"shift", "shifts", "stay", "stays", "confinement", "camp", "camps", "trip", "trips"}
    | {"guest", "guests", "parking", "delivery", "shipping", "bag", "visit", "visits"}
    | {"process", "solution", "thing", "phenomenon", "turnaround"}
)


def _day_ahead(ctx: _Context) -> dt.date | None:
    """
    The weekday named right after a part of the day ("an early-morning shooting Sunday").

    A month and day after the weekday ("Sunday, Feb. 19") pick the one of the years around
    the reference on which that day is that weekday; ``None`` when there is no weekday, or
    the date is no such day.
    """
    end = ctx.match.end()
    ahead = _WEEKDAY_AHEAD.match(ctx.text, end, end + 60)
    if ahead is None:
        return None
    weekday = WEEKDAYS[ahead.group("weekday").lower()]
    month_word = ahead.group("month")
    if month_word is None:
        return _resolve_weekday(ctx, weekday, None)
    month = MONTHS.get(month_word.lower())
    reference = ctx.reference
    if month is None or reference is None:
        return None
    days = _weekday_dates(reference, month, int(ahead.group("day")), weekday)
    return min(days, key=lambda date: abs((date - reference).days)) if days else None


def _weekday_dates(reference: dt.date, month: int, day: int, weekday: int) -> list[dt.date]:
    """
    The dates of *month* and *day* that fall on *weekday* ("Friday, Oct. 13").

    The reference's year is tried first, then the year before and the one after.
    """
    return [
        date
        for year in (reference.year, reference.year - 1, reference.year + 1)
        if (date := _safe_date(year, month, day)) is not None and date.isoweekday() == weekday
    ]


def _written_weekday_dates(ctx: _Context, month: int, day: int, weekday: int) -> list[dt.date]:
    """
    The dates of *month* and *day* on *weekday* in the years of the days the text wrote out.

    A page of old stories ("On Sunday, February 16, 2014, ... About 12:30 a.m. on Thursday,
    January 16" in 2017) dates a weekday and day that fall in none of the years around the
    reference in a year it writes, or the one after (a story of December and January).
    """
    years = sorted(set(ctx.state.written_days.values()), reverse=True)
    return [
        date
        for year in dict.fromkeys(year + shift for year in years for shift in (0, 1))
        if (date := _safe_date(year, month, day)) is not None and date.isoweekday() == weekday
    ]


#: A place's name of up to four capitalised words or numbers ("Highway 35", "Cayce").
_PLACE_NAME: Final = r"(?:[^\S\n]{1,3}+(?:[A-Z][\w.'\u2019-]{0,20}+|\d{1,5}+)){1,4}+"
#: A weekday at most two lower-case words after a part of the day ("early-morning shooting
#: Sunday", "late night hours Friday"), or after their place ("a late afternoon accident on
#: Highway 35 in Cayce on Monday"), in the same line, and any month and day after it.
_WEEKDAY_AHEAD: Final = regex.compile(
    r"(?:[^\S\n]{1,3}+[a-z]{1,20}+){0,2}+"
    # a place after them ("a late afternoon accident on Route 9 on Monday")
    r"(?:(?<=[^\S\n](?:on|in|at|near))"
    + _PLACE_NAME
    + r"(?:[^\S\n]{1,3}+(?:in|at|near|of)"
    + _PLACE_NAME
    + r"){0,2}+[^\S\n]{1,3}+on(?=[^\S\n]))?"
    r"[^\S\n]{1,3}+"
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?:,?[^\S\n]{1,3}+(?:the[^\S\n]{1,3}+)?(?P<month>[A-Z][a-z]{2,8})\.?[^\S\n]{1,3}+(?P<day>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)?\b)?"
)


def _quoted_last_night(ctx: _Context) -> bool:
    """
    Whether the match stands in a quotation after the night before the reference was named.

    "Pence won Tuesday night's debate ... \u201cWhat he accomplished tonight is huge,\u201d
    Matthews said" in Wednesday's paper: the quote was spoken that night, and its
    "tonight" is Tuesday's. A quote after a day named without its night ("arrested
    Tuesday ... \u201cWe will pray tonight\u201d") keeps the reference's night.
    """
    state = ctx.state
    reference = ctx.reference
    day = start_of(state.day) if state.day is not None else None
    if reference is None or day is None or (reference - day).days != 1:
        return False
    if _NIGHT_NAMED.search(_last_day_words(ctx, after=8)) is None:
        return False  # "Tuesday night", "Tuesday night's", "at 8 p.m."
    return _in_quotation(ctx)


def _past_small_hours_tonight(ctx: _Context) -> bool:
    """
    Whether a quoted "tonight" after a past verb is said on the morning the story is on.

    "Two officers were shot shortly after 1:50 a.m. Sunday. \u201cWhat happened tonight is
    unacceptable,\u201d the chief said" in Sunday's paper, or under a live blog's "UPDATE @
    6:55 a.m.": the night of the shooting, the one before (a night still to come has not
    happened); "We will hold a vigil tonight" keeps the coming one.
    """
    state = ctx.state
    reference = ctx.reference
    if (
        reference is None
        or state.day is None
        or not state.day_clock[:2].isdigit()  # "HH:MM", or a part of the day ("AF")
        or int(state.day_clock[:2]) >= _NOON_HOUR
        or start_of(state.day) != reference
    ):
        return False
    before = _word_before(ctx.text, ctx.match.start()).strip(_PUNCTUATION).lower()
    return (before in PAST_WORDS or _ed_form(before)) and _in_quotation(ctx)


#: How far back `_in_quotation` looks for the quotation mark that opens a quote.
_QUOTE_CHARS: Final = 600


def _speech_day(ctx: _Context) -> dt.date | None:
    """
    The day the quotation holding the match was spoken, when the words next to it name it.

    "\u201cThere were hundreds of people out there today,\u201d the mayor said Sunday" in
    Monday's paper: the quotation's "today" is Sunday, as its "tonight", "this morning" and
    "yesterday" are counted from Sunday.  The words read are those between the quotation
    and the quotations before and after it in its paragraph: the sentence that ends where
    the quotation opens, and the one that begins where it closes (and, for a quotation in
    the first sentence of its paragraph, the last sentence of the paragraph before).  A
    weekday names the day there a few words after a verb of saying ("said Sunday evening",
    "told reporters on Tuesday", "said during a news conference Tuesday", "appeared on MSNBC
    on Tuesday") or next to a noun of speaking ("at a Saturday press conference", "issued a
    statement Wednesday night").  ``None`` without a reference, outside a quotation, or when
    no such day is named or it is the reference.
    """
    reference = ctx.reference
    if reference is None or not _in_quotation(ctx):
        return None
    text = ctx.text
    start, end = ctx.match.span()
    reach = max(ctx.lo, start - _QUOTE_CHARS)
    lo = text.rfind("\n", reach, start) + 1 or reach
    hi = min(ctx.hi, end + _QUOTE_CHARS)
    line_end = text.find("\n", end, hi)
    hi = hi if line_end < 0 else line_end
    # the quotation marks of the paragraph, each opening or closing a quotation
    opened = closed_before = lo
    closes = follows = hi
    inside = False
    for mark in _QUOTE_MARK.finditer(text, lo, hi):
        position = mark.start()
        opens = not inside if mark.group() == '"' else mark.group() == "\u201c"
        if position < start:
            if opens and not inside:
                opened = position
            elif not opens and inside:
                closed_before = position + 1
        elif closes == hi:
            if not inside:
                return None  # the marks do not pair as `_in_quotation` counted them
            if not opens:
                closes = position + 1
        elif opens and not inside:
            follows = position
            break
        inside = opens
    segments = [(closes, follows, True), (closed_before, opened, False)]
    if lo > 0 and closed_before == lo and _one_sentence(text, lo, opened, first=True)[1] == opened:
        # a quotation opening its paragraph, or its first sentence: the last sentence of the
        # paragraph before ("Obama spoke Wednesday night." and, below it, "\u201cTonight, I
        # ask you ...\u201d he said"; "appeared on MSNBC on Tuesday." and "He then defended
        # the remark, saying, \u201c... last night\u201d")
        before = lo - 1
        while before > 0 and text[before - 1].isspace():
            before -= 1
        previous = text.rfind("\n", max(0, before - _QUOTE_CHARS), before) + 1
        if previous or before <= _QUOTE_CHARS:
            segments.append((previous, before, False))
    for lo_cut, hi_cut, after in segments:
        if lo_cut >= hi_cut:
            continue
        segment = _one_sentence(text, lo_cut, hi_cut, first=after)
        spoken = _SPOKEN_ON.search(text, segment[0], segment[1])
        if spoken is None or text[max(lo_cut, spoken.start() - 5) : spoken.start()].endswith(
            _NOT_YET
        ):
            continue
        said_on = (spoken.group("weekday") or spoken.group("named") or spoken.group("lead")).lower()
        if said_on == "yesterday":
            return reference - dt.timedelta(days=1)  # "\u201c...tonight,\u201d he said yesterday"
        weekday = WEEKDAYS[said_on]
        back = (reference.isoweekday() - weekday) % 7
        return reference - dt.timedelta(days=back) if back else None
    return None


def _one_sentence(text: str, lo: int, hi: int, *, first: bool) -> tuple[int, int]:
    """
    The first (or last) sentence of ``text[lo:hi]``, as a range.

    It is cut at a full stop, question or exclamation mark that ends a sentence.
    """
    if first:
        for stop in _SENTENCE_MARK.finditer(text, lo, hi):
            if stop.group() != "." or ends_sentence(text, stop.start()):
                return lo, stop.start()
        return lo, hi
    last = hi
    while last > lo and text[last - 1].isspace():
        last -= 1
    cut = lo
    for stop in _SENTENCE_MARK.finditer(text, lo, max(lo, last - 1)):
        if stop.group() != "." or ends_sentence(text, stop.start()):
            cut = stop.end()
    return cut, hi


_QUOTE_MARK: Final = regex.compile(r'["\u201c\u201d]')
_SENTENCE_MARK: Final = regex.compile(r"[.!?]")
#: Words before a verb of saying that put the saying ahead ("will say Tuesday").
_NOT_YET: Final = ("will ", " to ", "'ll ", "\u2019ll ")

#: A weekday that dates the words next to a quotation: a few words after a verb of saying
#: (only linking words, names and nouns of speaking between: "said Sunday evening", "told The
#: Associated Press on Tuesday", "said at a news conference Tuesday"), after a noun of speaking
#: ("a statement Wednesday night"), or before one ("a Saturday press conference").
_SPOKEN_ON: Final = regex.compile(
    r"\b(?:said|says|told|tweeted|wrote|posted|stated|added|announced|testified|declared"
    r"|spoke|appeared|statement|conference|briefing|interview|speech|remarks)\b"
    r"(?:[^\S\n]{1,3}+(?:[A-Z][\w.&\u2019'-]{0,30}+|in|at|during|on|to|with|a|an|the|his|her"
    r"|their|its|news|press|conference|briefing|interview|statement|reporters|journalists|late"
    r"|early|rally|event|meeting|hearing|debate|forum|town|hall|appearance"
    # "wrote on her Facebook page on Sunday"
    r"|page|account|website|blog|feed|post|message|email|letter)(?!\w)){0,6}?"
    r"[^\S\n]{1,3}+"
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)\b"
    r"|\b(?P<named>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:[^\S\n]{1,3}+(?:morning|afternoon|evening|night|news|press)){0,2}+[^\S\n]{1,3}+"
    r"(?:conference|briefing|interview|speech|statement|address)\b"
    # "On Tuesday, at the camp, Mr. Zahed said: [quotation]": the day opening the sentence
    # that leads into the quotation
    r"|(?:^|(?<=[.!?][^\S\n]))[^\S\n]*+On[^\S\n]++"
    r"(?P<lead>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),"
    r"[^!?\n\"\u201c\u201d]{0,160}?\b(?:said|says|told|added|wrote|declared)[:,]?[^\S\n]*+$"
)

_OPENING_QUOTES: Final = ('"', "\u201c", "''", "``")
_CLOSING_QUOTES: Final = ('"', ',"', '."', "\u201d", ",\u201d", ".\u201d", "''", ",''", ".''")


#: Quotation marks that may open a quoted title before the match (single ones too: a song
#: 'Today My World Slipped Away'; a straight one only after a space).
_TITLE_QUOTES: Final = (*_OPENING_QUOTES, "\u2018", " '")


def _is_title(ctx: _Context, *, after_name: bool = False) -> bool:
    """
    Whether the match, every word capitalised, names a work or a paper, not a time.

    A quoted title ("This Week," on ABC; "This Week With David Brinkley"), or with
    *after_name*, a word right after a capitalised word in mid-sentence ("USA Today",
    "VOA Today").
    """
    start, end = ctx.match.span()
    quoted = ctx.text[max(ctx.lo, start - 2) : start].endswith(_TITLE_QUOTES)
    if not quoted and _ends_quoted_title(ctx):
        return True  # "How the Grinch Stole Christmas"
    if not quoted and not after_name:
        return False
    matched = ctx.match.group()
    if not all(word[:1].isupper() for word in matched.split() if not word[:1].isdigit()):
        return False
    if quoted:
        after = ctx.text[end : min(ctx.hi, end + 3)]
        single = after[:1] in {"'", "\u2019"} and not after[1:2].isalpha()  # not "Today's"
        return (
            after.startswith(_CLOSING_QUOTES)
            or single
            or (
                after[:1] == " "
                and (after[1:2].isupper() or _word_after(ctx.text, end) in _TITLE_CASE_SMALL)
                and _title_runs_on(ctx.text, end, ctx.hi)
            )  # "This Week With David Brinkley", "Midday with Charlie Sykes"
        )
    if matched.isupper():  # "CLINTON TODAY SIGNS": a headline in capitals
        return False
    before = ctx.text[max(ctx.lo, start - 24) : start]
    if not before.endswith(" "):
        return False
    words = before.split()
    # "(USA Today)": a bracket may open the name
    return bool(words) and words[-1].lstrip("([")[:1].isupper() and words[-1][-1:].isalpha()


def _title_runs_on(text: str, end: int, hi: int) -> bool:
    """
    Whether the capitalised words after *end* run on as a title's, to a closing quote.

    "\u201cThis Week With David Brinkley\u201d" does; "\u201cToday Fort Hood was once again
    stricken" does not: a word in lower case that is no small word opens a sentence's verb.
    """
    for raw in text[end : min(hi, end + _TITLE_READ)].split():
        word = raw.strip(_PUNCTUATION)
        if word and word[0].islower() and word not in _TITLE_CASE_SMALL:
            return False
        if raw.rstrip(",.;:!?")[-1:] in _TITLE_CLOSERS:
            return True
    return True


#: How far after a quoted word `_title_runs_on` reads.
_TITLE_READ: Final = 60
#: The quotation marks that may close a title: a closing bracket does not.
_TITLE_CLOSERS: Final = frozenset(_END_QUOTES) - {")"}
#: Quotation marks that open a title (a straight one opens only after a space or a line).
_TITLE_OPENERS: Final = ('"', "\u201c")


def _ends_quoted_title(ctx: _Context) -> bool:
    """
    Whether the match closes a quoted title ("How the Grinch Stole Christmas").

    A closing quote must follow it, and every word from the opening quote to it must be
    capitalised but small function words, one of them no function word at all; a quoted
    sentence ("we meet on Christmas") has a word in lower case.
    """
    start, end = ctx.match.span()
    text = ctx.text
    if not text[end : min(ctx.hi, end + 3)].startswith(_CLOSING_QUOTES):
        return False
    matched = ctx.match.group()
    if not all(word[:1].isupper() for word in matched.split() if not word[:1].isdigit()):
        return False
    before = text[max(ctx.lo, start - 60) : start]
    opening = max(before.rfind(quote) for quote in _TITLE_OPENERS)
    if opening < 0 or "\n" in before[opening:]:
        return False
    words = before[opening + 1 :].split()
    if not words or not before.endswith(" "):
        return False
    content = False
    for raw in words:
        word = raw.strip(_PUNCTUATION)
        if not word or (raw != word and raw[-1:] in ",.;:!?"):
            return False  # "Tell them, on Christmas": a clause, not a title
        if word.lower() in _TITLE_CASE_SMALL:
            continue
        if not word[:1].isupper():
            return False
        content = True
    return content


def _is_programme(ctx: _Context) -> bool:
    """
    Whether the match, every word capitalised, names a programme or a paper, not a time.

    It does right after a network or a paper, possessive or not, even in capitals ("ABC's
    This Week", "CBS This Morning", "USA TODAY"), and right before a programme noun ("the
    Today show", "This Week host George Stephanopoulos").
    """
    start, end = ctx.match.span()
    text = ctx.text
    if not all(word[:1].isupper() for word in ctx.match.group().split()):
        return False
    after = text[end : min(ctx.hi, end + 12)]
    if after[:1] == " ":
        following = after.split(maxsplit=1)
        if following and following[0].rstrip(_PUNCTUATION).lower() in PROGRAMME_NOUNS:
            return True
    # a quote may open the name: the programme quoted ("CBS's \u201cThis Morning\u201d"), or
    # the network with it ("\u201cCBS This Morning\u201d")
    before = text[max(ctx.lo, start - 12) : start].rstrip(_QUOTE_OPENERS)
    if not before.endswith(" "):
        return False
    words = before.split()
    if not words:
        return False
    if words[-1] == "for" and len(words) > 1 and words[-2] in _REPORTS_FOR:
        return True  # "Marin Austin reports for Today in LA": the programme reported for
    word = words[-1].lstrip(_QUOTE_OPENERS).removesuffix("'s").removesuffix("\u2019s")
    # a station's news ("Channel 2 Action News This Morning") names its programme likewise
    return word[:1].isupper() and (word.lower() in BROADCASTERS or word == "News")


_QUOTE_OPENERS: Final = "\"\u201c'\u2018"
#: Verbs of a reporter before "for" and a programme's name ("reports for Today in LA").
_REPORTS_FOR: Final = frozenset({"reports", "reporting", "reported", "anchors", "anchoring"})

#: The words a headline in title case may leave in lower case ("Man Shot in Downtown").
_TITLE_CASE_SMALL: Final = FUNCTION_WORDS | {"of", "an", "nor", "vs", "v"}


def _capitalised_unit(ctx: _Context) -> bool:
    """
    Whether a unit capitalised in mid-sentence names a work ("the movie 13 Hours").

    So does "the Six Day War"; not a headline in title case ("Man Held 13 Hours").
    """
    unit = ctx.raw("unit")
    if unit is None or not unit[:1].isupper() or unit.isupper():
        return False
    start = ctx.match.start(ctx.groups["unit"])
    if (
        _QUOTED_TITLE.match(ctx.text, ctx.match.end(), _reach(ctx))
        and ctx.text[max(ctx.lo, ctx.match.start() - 1) : ctx.match.start()]
        in _TITLE_OPENING_QUOTES
    ):
        return True  # "Benghazi Movie ’13 Hours’ Is About To Come Out": quoted
    words = ctx.text[max(ctx.lo, start - 40) : start].split()
    if not words or (
        not words[-1].isdigit() and (len(words) < 2 or words[-2][-1:] in _MAY_END_SENTENCE)  # noqa: PLR2004
    ):
        # the sentence may start there ("Hours later", "Two Days" opening a line); not after
        # a figure: "13 Hours will cover the attack" names the film, the unit after a figure
        # keeps its capital only in a name
        return False
    return not _title_case(ctx)


#: What closes a quoted title right after its unit, and what opens one before its number.
_QUOTED_TITLE: Final = regex.compile(r"[\u2019\u201d\"']")
_TITLE_OPENING_QUOTES: Final = frozenset({"\u2018", "\u2019", "\u201c", '"', "'"})


def _title_case(ctx: _Context) -> bool:
    """
    Whether the sentence around the match is in title case, as headlines are.

    It is when no word in it but a small function word begins in lower case ("Man Shot
    Friday Night in Downtown").
    """
    start, end = ctx.match.span()
    lo, hi = _sentence_around(
        ctx.text, start, end, (max(ctx.lo, start - 80), min(ctx.hi, end + 80))
    )
    for raw in (ctx.text[lo:start] + " " + ctx.text[end:hi]).split():
        word = raw.strip(_PUNCTUATION)
        if word[:1].islower() and word.lower() not in _TITLE_CASE_SMALL:
            return False
    return True


def _news_programme(ctx: _Context) -> bool:
    """
    Whether a weekday ends a programme's name quoted after a network's news (“Fox News Sunday”).

    Not "said on Fox News Sunday" (the day, maybe) nor "WMBF News Thursday at 6".
    """
    if ctx.raw("pod") is not None or ctx.raw("rel") is not None:
        return False
    start, end = ctx.match.span()
    text = ctx.text
    quoted = _QUOTED_NEWS.search(text, max(ctx.lo, start - 16), start)
    return (
        quoted is not None
        and quoted.group(1).lower() in BROADCASTERS
        and (
            text[end : end + 3].startswith(_CLOSING_QUOTES)
            or text[end : end + 2] == " \u201d"  # text split into tokens: "Sunday \u201d"
        )
    )


#: A feature's label after a weekday ("Sunday Interview: ..."): a capitalised noun and a
#: colon.
_WEEKDAY_FEATURE: Final = regex.compile(
    r"(?-i:[^\S\n](?:Interview|Spotlight|Conversation|Roundtable|Edition|Extra|Special|Brunch"
    r"|Forum|Focus)[^\S\n]*+:)"
)
#: A paper's name after a capitalised weekday ("Sunday News", "the Sunday Times"), not a
#: news conference held that day in a title ("Police Hold Sunday News Conference").
_WEEKDAY_PAPER: Final = regex.compile(
    r"(?-i:[^\S\n](?:News|Times|Telegraph|Herald|Tribune|Post|Express|Mirror|Journal|Gazette"
    r"|Independent|Record|Mail|Star)\b)(?![^\S\n]+(?i:conferences?|briefings?|releases?)\b)"
)
#: A capitalised word that makes a weekday after it the name of a day of history ("Bloody
#: Sunday", "Black Monday", "Blue Monday"); "Black Friday" is a holiday of its own.
_NAMED_WEEKDAY: Final = regex.compile(r"\b(?:Bloody|Black|Blue)[^\S\n]$")
#: A network's news opened by a quote mark, right before a weekday (“Fox News Sunday”, or
#: ''Fox News Sunday'' with doubled apostrophes, as some archives quote, or “ Fox News Sunday ”
#: as text split into tokens writes it).
_QUOTED_NEWS: Final = regex.compile(r"(?:[\"\u201c]|'')[^\S\n]?([A-Za-z-]{2,8})[^\S\n]News[^\S\n]$")


def _weekday_programme(ctx: _Context) -> bool:
    """
    Whether a weekday and a capitalised part of day open a name ("Saturday Night Live").

    A capitalised word that is no time must follow, in a sentence not in title case: a
    headline capitalises every word ("Man Shot Friday Night In Downtown").
    """
    pod = ctx.raw("pod")
    if pod is None or not pod[:1].isupper():
        return False
    end = ctx.match.end()
    text = ctx.text
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
        return False
    following = text[end + 1 : min(ctx.hi, end + 24)].split(maxsplit=1)
    word = following[0].strip(_PUNCTUATION).lower() if following else ""
    if (
        not word
        or word in PROGRAMME_STOP_WORDS
        or word in MONTHS
        or word in WEEKDAYS
        or word in PARTS_OF_DAY
    ):
        return False
    return not _title_case(ctx)


def _build_named_day(ctx: _Context) -> _Result | None:
    if _is_title(ctx, after_name=True) or _is_programme(ctx):
        return None  # "USA Today", "This is VOA Today.", "USA TODAY", "the Today show"
    word = ctx.group("word") or "today"
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[word]
    rel = ctx.group("rel")
    if (
        rel is None
        and ctx.group("pod") is None
        and (
            _as_noun(ctx)
            or _nowadays(ctx)
            or _FOREVER_AFTER.match(ctx.text, ctx.match.end(), _reach(ctx))
        )
    ):
        # "a brighter tomorrow", "our today": the future or the present, no day
        return _Result(
            _DATE, "FUTURE_REF" if offset > 0 else "PRESENT_REF" if offset == 0 else "PAST_REF"
        )
    if rel is not None:
        offset += -1 if rel == "before" else 1
    pod_word = ctx.group("pod")
    suffix = f"T{PARTS_OF_DAY[pod_word]}" if pod_word else ""  # "late yesterday afternoon"
    kind = _TIME if suffix else _DATE
    spoken = _speech_day(ctx)  # "\u201cwe opened today,\u201d he said Sunday"
    if spoken is None and offset == 0 and rel is None and not suffix:
        spoken = _incident_today(ctx)  # "\u201cthe attack that happened today\u201d"
    base = spoken or ctx.reference
    if base is None:
        return _Result(kind, "XXXX-XX-XX" + suffix)
    # a quoted "today" is the speaking day named already: the story stays where it was
    # ("said Wednesday night ... \u201cToday Fort Hood was ...\u201d ... \u201cTonight, I join\u201d")
    return _Result(
        kind,
        (base + dt.timedelta(days=offset)).isoformat() + suffix,
        updates=(spoken is None or offset != 0 or bool(suffix)) and not _quoted_in_past_story(ctx),
    )


def _incident_today(ctx: _Context) -> dt.date | None:
    """
    The incident's day, for a quoted "today" or "tonight" the incident happened on, told later.

    "\u201cThe attack that happened today is the work of terrorists\u201d" and "the attacks
    today" in the paper of the day after attacks dated "Tuesday morning": the words were
    spoken on the incident's day, one or two days before the reference. ``None`` unless
    "today" names the incident's own day (an incident noun right before it, or after
    "today's") in a quotation, and the story dated its incident so.
    """
    reference = ctx.reference
    state = ctx.state
    if reference is None:
        return None
    start, end = ctx.match.span()
    day = None
    # the last incident dated, or the latest one (the story's own, after an older one it
    # recalls: "Sterling was shot July 5 ... 'the despicable act of violence today'")
    for incident, where in (
        (state.incident, state.incident_span),
        (state.latest_incident, state.latest_incident_span),
    ):
        if incident is None or where is None or where.end > start:
            continue
        candidate = start_of(incident)
        if candidate is not None and 1 <= (reference - candidate).days <= _INCIDENT_TODAY_DAYS:
            day = candidate
            break
    if day is None or not (_in_quotation(ctx) or _in_typed_quotation(ctx)):
        return None
    if (
        _INCIDENT_BEFORE_TODAY.search(ctx.text, max(ctx.lo, start - 48), start) is None
        and _INCIDENT_AFTER_TODAY.match(ctx.text, end, min(ctx.hi, end + 40)) is None
    ):
        return None
    return day


def _in_typed_quotation(ctx: _Context) -> bool:
    """
    Whether the match stands inside a quotation typed with doubled marks.

    The quotation opens earlier in its paragraph: "``" to open and "''" to close, or "''"
    both ways (a wire's plain text).
    """
    before = _line_before(ctx)
    opened = before.count("``")
    closed = before.count("''")
    return opened > closed if opened else closed % 2 == 1


#: How many days before the reference a quoted "today" may name the incident's day.
_INCIDENT_TODAY_DAYS: Final = 2
#: Incident nouns a quoted "today" names the day of.
_TODAY_INCIDENTS: Final = (
    r"(?:attacks?|shootings?|bombings?|killings?|explosions?|blasts?|massacres?|ambush"
    r"|stabbings?|violence|tragedy|carnage)"
)
#: An incident noun right before "today" ("the attacks today", "the attack that happened
#: today").
_INCIDENT_BEFORE_TODAY: Final = regex.compile(
    r"\b(?:"
    + _TODAY_INCIDENTS
    + r"(?:[^\S\n]+(?:that|which)[^\S\n]+(?:happened|occurred|took[^\S\n]+place))?"
    # "what happened tonight": the incident, unnamed
    + r"|what[^\S\n]+(?:happened|occurred|took[^\S\n]+place))[^\S\n]+$",
    regex.IGNORECASE,
)
#: "today's" and an incident noun ("today's attacks", "today's senseless shooting").
_INCIDENT_AFTER_TODAY: Final = regex.compile(
    r"['\u2019]s[^\S\n]+(?:[\w-]+[^\S\n]+)?" + _TODAY_INCIDENTS + r"\b",
    regex.IGNORECASE,
)


def _quoted_in_past_story(ctx: _Context) -> bool:
    """
    Whether a quoted "today" or "tomorrow" stands in a story told of a day long gone.

    "that morning [March 19, 2002] ... signs saying 'Merger today, Chapter 11 tomorrow'":
    counted from the reference for want of a better day, it is no day the story moves to
    ("Early the next day" after it is the day after March 19).
    """
    day = start_of(ctx.state.day or "")
    reference = ctx.reference
    return (
        day is not None
        and reference is not None
        and (reference - day).days > _STORY_DAYS
        and _in_quotation(ctx)
    )


#: "forever" closing a list after "today" or "tomorrow" ("today, tomorrow, forever",
#: "segregation now, segregation tomorrow, segregation forever"): a slogan of all time.
_FOREVER_AFTER: Final = regex.compile(
    r"(?:,[^\S\n]*+(?:and[^\S\n]++)?(?:\p{L}++[^\S\n]++)?tomorrow\b)?"
    r",?[^\S\n]*+(?:and[^\S\n]++|or[^\S\n]++)?(?:\p{L}++[^\S\n]++)?forever\b",
    regex.IGNORECASE,
)


def _as_noun(ctx: _Context) -> bool:
    """
    Whether "today" or "tomorrow" is a noun for a time of life ("a brighter tomorrow").

    An article or a possessive before it makes it one, or one with a comparative or an
    adjective of hope between ("a brighter tomorrow", "a new today").
    """
    before = [
        word.strip(_PUNCTUATION)
        for word in ctx.text[max(ctx.lo, ctx.match.start() - 24) : ctx.match.start()]
        .lower()
        .split()
    ]
    if not before:
        return False
    last = before[-1]
    if last in _NOUN_DETERMINERS:
        return True
    if last == "even" and (ctx.group("word") or "").lower() == "today":
        return True  # "even today, the island runs everything through one bank": nowadays
    if (
        last == "of"
        and len(before) > 1
        and before[-2].isalpha()
        and before[-2] not in _PART_OF_DAY_WORDS
        and ctx.text[ctx.match.end() : ctx.match.end() + 1] not in _APOSTROPHES
    ):
        return True  # "the problems of today", "the leaders of tomorrow": no day
    return (
        len(before) > 1
        and before[-2] in _NOUN_DETERMINERS
        and (last.endswith("er") or last in _FUTURE_ADJECTIVES)
    )


def _nowadays(ctx: _Context) -> bool:
    """
    Whether "today" means nowadays: compared with another time, or opening a present clause.

    "you are far better off today than you were", "as strong today as she was", "worse than
    life today"; "Today, those links are beginning to point toward China" (a sentence that
    opens with it, with no past or future verb; not "Today, hundreds of people began").
    """
    if (ctx.group("word") or "").lower() != "today":
        return False
    start, end = ctx.match.span()
    text = ctx.text
    if (
        _COMPARED_AFTER.match(text, end, min(ctx.hi, end + 60)) is not None
        or _COMPARED_BEFORE.search(text, max(ctx.lo, start - 30), start) is not None
        or _LIVE_IN.search(text, max(ctx.lo, start - 60), start) is not None
        or _WHERE_NOW.search(text, max(ctx.lo, start - 50), start) is not None
        or _EXISTS_NOW.search(text, max(ctx.lo, start - 12), start) is not None
        or _state_after_today(ctx)
        or _of_our_times(ctx)
        or _set_against_long_ago(ctx)
    ):
        return True
    # ", but today they share an analysis": a clause a conjunction opens after a comma, read
    # on as after "today," (a present state says nowadays)
    # (not after a day named in the clause before: "celebrated yesterday, and today there is
    # a huge disappointment" is the day after it)
    joined = (
        text[max(ctx.lo, start - 6) : start].lower() in _JOINING
        and _DAY_BEFORE_TODAY.search(text, max(ctx.lo, start - _SENTENCE_READ), start) is None
    )
    if text.startswith(" ,", end):
        end += 1  # "Today , the group is fighting": text split into tokens
    if not text.startswith(",", end) and not joined:
        # "Compared to where we were 15 years ago, ... Today the government focuses on": no
        # comma, but opening a sentence set against a time long gone in the one before
        # ("“Today my brother lives on the farm”": a state in the present, its
        # subject of two words at most, says nowadays as after "Today,")
        opening = _back_over_openers(ctx, start)  # "“Today my brother"
        return (
            text.startswith("T", start)
            and _opens_sentence(text, opening, end)
            and (
                (
                    not _day_verb_after(text, end, ctx.hi)
                    # (the sentence before may end the paragraph before: `parse` scans one
                    # alone)
                    and _LONG_AGO.search(text, max(0, start - _SENTENCE_READ), start) is not None
                )
                or _state_after_subject(text[end : min(ctx.hi, end + 60)])
            )
        )
    opening = start
    if text[max(ctx.lo, start - 4) : start].lower() in {"and ", "but "}:
        opening = start - 4  # "And today, the right to work is equal"
    elif text[max(ctx.lo, start - 3) : start] == "So ":
        opening = start - 3  # "So today, ... a grieving man feels betrayed"
    elif text[max(ctx.lo, start - 5) : start].lower() in {"and, ", "but, "}:
        opening = start - 5  # "..., and, today, 100,000 soldiers are deployed"
    opening = _back_over_openers(ctx, opening)  # "\u201cToday, we have a system"
    # a quotation, or a clause a conjunction opens after a comma, opens a sentence of its own
    quoted = opening < start and text[max(ctx.lo, opening - 2) : opening] in {", ", ": "}
    if not quoted and not _opens_sentence(text, opening, end):
        return False  # (a quotation opens a sentence: 'went on to say, "Today, we')
    # an aside set off by dashes or brackets is read past ("Today, the church \u2014 with its
    # historic Gothic Revival-style structure \u2014 is a fixture")
    window = _ASIDE.sub(" ", text[end + 1 : min(ctx.hi, end + 160)])
    words = window.split()[:_PRESENT_READ]
    for i, raw in enumerate(words):
        word = _plain_word(raw)
        if word in _PRESENT_STATES or word in _PRESENT_CONTRACTIONS:
            # "Today, those links are beginning to point toward China"; not "Today, the
            # company is expected to announce its results", a plan for the day
            return not _plan_after(words, i)
        if _day_verb(word):
            return False  # "Today, hundreds of people began", "Today, Mike's name won't"
    # "This is reputed to have been a 7th-century stop for merchants. Today, the People's
    # Daily calls it the pearl": set against a time long gone in the sentence before
    before = text[max(0, opening - _SENTENCE_READ) : opening]
    return _LONG_AGO.search(before) is not None and not quoted


def _state_after_today(ctx: _Context) -> bool:
    """
    Whether "today" stands between a noun and a present state, with no day named near it.

    "Libya today is completely chaotic", "our homeland security today is the NRA", "a party
    which today seems to lack a leader": a state of things nowadays. Not "The president
    today is in Ohio" (a place: the day), nor "The Senate today is expected to vote" (a
    plan), nor after a pronoun or a name alone; nor when a day or a date is named in the
    sentence or the one before.
    """
    start, end = ctx.match.span()
    text = ctx.text
    after = _TODAY_STATE.match(text, end, min(ctx.hi, end + 40))
    if after is None:
        return False
    verb, following = after.group("verb", "next")
    if _plain_word(following) in _WHEREABOUTS or (
        verb.lower() in {"is", "are"} and _plan_after([verb, following], 0)
    ):
        return False  # "The president today is in Ohio", "The Senate today is expected to"
    words_before = text[max(ctx.lo, start - 40) : start].split()
    raw_before = words_before[-1].lstrip(_OPENERS) if words_before else ""  # "“Libya"
    before = raw_before.lower()
    if (
        not before.isalpha()
        # "the scenes coming from Ft. Hood today": a name in a phrase, no subject ("Libya
        # today is completely chaotic" opens its sentence)
        or (
            raw_before[:1].isupper()
            and not _opens_sentence(text, _word_opening(ctx, raw_before), start)
        )
        or before in _PRONOUN_SUBJECTS
        or before in _DAY_EVENT_NOUNS
        # "The attack that happened today", "This ad that Trump released today": a deed
        or any(_day_verb(_plain_word(raw)) for raw in words_before[-4:])
    ):
        return False
    read_from = max(ctx.lo, start - _SENTENCE_READ)
    if _DAY_BEFORE_TODAY.search(text, read_from, start) is not None:
        return False
    # the rest of the sentence, up to 80 characters (not cut at "Feb." of "on Feb. 3")
    limit = _one_sentence(text, end, min(ctx.hi, end + 80), first=True)[1]
    if (line_end := text.find("\n", end, limit)) >= 0:
        limit = line_end
    return _DAY_AFTER_TODAY.search(text, end, limit) is None


def _word_opening(ctx: _Context, word: str) -> int:
    """
    Where *word*, the last before the match, opens, with the quotation marks before it.
    """
    return _back_over_openers(ctx, ctx.text.rfind(word, ctx.lo, ctx.match.start()))


def _back_over_openers(ctx: _Context, position: int) -> int:
    """
    *position* moved back over the quotation marks and brackets that open there.
    """
    while position > ctx.lo and ctx.text[position - 1] in _OPENERS:
        position -= 1
    return position


#: A present state right after "today": "is", "are", "seems", "remains" and the word after.
_TODAY_STATE: Final = regex.compile(
    r"[^\S\n]{1,3}(?P<verb>is|are|remains|remain|seems|seem|lacks|lack|looks|look)"
    r"[^\S\n]{1,3}(?P<next>[\w'\u2019-]+)",
    regex.IGNORECASE,
)
#: Nouns of a day's event or act before "today is": "President Obama's comments today are
#: typical", "The decision today is a reminder" (the day, not nowadays).
_DAY_EVENT_NOUNS: Final = frozenset(
    {"comments", "comment", "remarks", "statement", "statements", "announcement", "decision"}
    | {"ruling", "vote", "votes", "attack", "attacks", "speech", "ad", "release", "news"}
    | {"report", "meeting", "hearing", "event", "rally", "debate", "testimony", "verdict"}
    | {"shooting", "move", "action", "actions", "order", "filing", "letter", "interview"}
    | {"scenes", "scene", "visit", "trip", "appearance", "results", "victory", "win", "loss"}
)
#: Words after "today is" that name where someone is: the day's whereabouts.
_WHEREABOUTS: Final = frozenset({"in", "at", "on", "with", "visiting", "meeting", "here", "there"})
#: Pronouns and words that, right before "today", make it the day of a doing ("he today is").
_PRONOUN_SUBJECTS: Final = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "who", "said", "and", "but"}
)
#: A day named after "today" in its sentence: "today is Monday", "today, Feb. 3".
_DAY_AFTER_TODAY: Final = regex.compile(
    r"\b(?:yesterday|tomorrow|tonight|"
    + "|".join(LEXICON["weekday_full"])
    + r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[^\S\n]+\d)\b",
    regex.IGNORECASE,
)


def _state_after_subject(window: str) -> bool:
    """
    Whether *window* opens with a subject of two words at most and a present state verb.

    "my brother lives on the farm", "most Americans own a phone"; not "the president
    signs the bill" (a deed of the day), nor "the company is expected to" (a plan).
    """
    words = [_plain_word(raw) for raw in window.split()[:4]]
    for i, word in enumerate(words[1:3], 1):
        if word in _PRESENT_STATES:
            return not _plan_after(words, i)
    return False


def _plan_after(words: list[str], i: int) -> bool:
    """
    Whether the word after the verb ``words[i]`` tells a plan for the day ("is expected").
    """
    return i + 1 < len(words) and _plain_word(words[i + 1]) in _PLANNED_FOR_THE_DAY


#: Words after "is" or "are" that tell a plan for the day, after "Today,": "Today, the
#: company is expected to announce its results".
_PLANNED_FOR_THE_DAY: Final = frozenset(
    {"expected", "scheduled", "set", "due", "slated", "poised", "likely", "going", "to"}
)
#: An aside set off by a pair of dashes or by brackets.
_ASIDE: Final = regex.compile(
    r"[^\S\n](?:[\u2014\u2013]|--)[^\S\n][^\u2014\u2013\n]{1,100}?[^\S\n](?:[\u2014\u2013]|--)[^\S\n]"
    r"|\([^()\n]{1,100}\)"
)


def _day_verb(word: str) -> bool:
    """
    Whether *word* (lower case) is a past, a future or a modal: a verb of a day's doings.
    """
    return word in PAST_WORDS or word in FUTURE_CUES or word in MODAL_CUES or word.endswith("ed")


def _day_verb_after(text: str, end: int, hi: int) -> bool:
    """
    Whether one of the words right after *end* is a verb of a day's doings (`_day_verb`).
    """
    return any(
        _day_verb(_plain_word(raw)) for raw in text[end : min(hi, end + 60)].split()[:_PRESENT_READ]
    )


def _plain_word(raw: str) -> str:
    """
    *raw* without its punctuation, in lower case, its curly apostrophe straightened.
    """
    return raw.strip(_PUNCTUATION).lower().replace("\u2019", "'")


def _set_against_long_ago(ctx: _Context) -> bool:
    """
    Whether "today" is set against a time years gone in its sentence, with no verb of a day.

    "a real estate agent today who was a Bear Stearns assistant 25 years ago", "not that
    long ago ... but today it is"; not "Twenty years ago he founded the firm; today he
    announced its sale" (a verb in the past or future after "today", before any "who").
    """
    start, end = ctx.match.span()
    text = ctx.text
    first, stop = _sentence_around(
        text, start, end, (max(ctx.lo, start - 240), min(ctx.hi, end + 240))
    )
    if _LONG_AGO.search(text, first, stop) is None and not _years_gone(ctx, first, stop):
        return False
    for raw in text[end:stop].split()[:_PRESENT_READ]:
        word = raw.strip(_PUNCTUATION).lower()
        if word in _RELATIVES:
            break  # the verbs of a relative clause are not those of "today"
        if _verb_of_a_day(word):
            return False
        if raw != word and not raw.endswith("'s"):
            break  # a clause ends
    return True


def _years_gone(ctx: _Context, first: int, stop: int) -> bool:
    """
    Whether ``text[first:stop]`` names a year at least `_YEARS_GONE` before the reference.

    "the advantage Clinton has today is the same one Obama enjoyed in 2008"; not on an
    anniversary ("Today marks ten years since the 2006 flood").
    """
    reference = ctx.reference
    if reference is None:
        return False
    for match in _IN_YEAR.finditer(ctx.text, first, stop):
        if int(match.group(1)) <= reference.year - _YEARS_GONE:
            return _ANNIVERSARY.search(ctx.text, first, stop) is None
    return False


#: A year after a preposition ("in 2008", "since 1999").
_IN_YEAR: Final = regex.compile(r"\b(?:in|of|since|during|by)[^\S\n]{1,3}((?:1[89]|20)\d\d)\b")
_ANNIVERSARY: Final = regex.compile(r"\b(?:anniversary|marks|since)\b", regex.IGNORECASE)
#: Years back a year set against "today" must lie.
_YEARS_GONE: Final = 5


def _verb_of_a_day(word: str) -> bool:
    """
    Whether *word*, after "today", tells that day's doings: a past, future or modal verb.

    "Democrats today will meet", "today he announced": the day, not nowadays.
    """
    return word in PAST_WORDS or word in FUTURE_CUES or word in MODAL_CUES or _ed_form(word)


#: A time years gone that "today" may be set against in its sentence.
_LONG_AGO: Final = regex.compile(
    r"\b(?:years|decades|centuries|generations)[^\S\n]{1,3}ago\b"
    r"|\bnot[^\S\n]{1,3}(?:that[^\S\n]{1,3}|so[^\S\n]{1,3})?long[^\S\n]{1,3}ago\b"
    r"|\b(?:back[^\S\n]{1,3}then|in[^\S\n]{1,3}those[^\S\n]{1,3}days|once[^\S\n]{1,3}was)\b"
    r"|\b(?:\d{1,2}(?:st|nd|rd|th)|\w+th)[-\s]century\b",
    regex.IGNORECASE,
)


def _of_our_times(ctx: _Context) -> bool:
    """
    Whether "today" qualifies a noun of a whole time or its people, not of a day.

    "our society today", "the world today", "today's more stridently ideological media",
    "today's politics"; not "today's vote".
    """
    start, end = ctx.match.span()
    before = ctx.text[max(ctx.lo, start - 16) : start].lower().split()
    if (
        before
        and before[-1].strip(_PUNCTUATION) in _TIMES_NOUNS
        and not before[-1].endswith((",", ".", "!", "?", ";", ":"))
        # "According to The New York Times today": a newspaper's name
        and not ctx.text[max(ctx.lo, start - 16) : start].rstrip().endswith("Times")
    ):
        # "the issues our society today is facing", "Clinton defenders today argue"; not
        # "Democrats today will meet" or "refugees today crossed" (that day's doings)
        following = [
            word.strip(_PUNCTUATION).lower()
            for word in ctx.text[end : min(ctx.hi, end + 40)].split()
        ]
        # "people today probably made up their mind": an adverb may stand before the verb
        verbs = [word for word in following[:3] if not word.endswith("ly")][:1]
        return not (verbs and _verb_of_a_day(verbs[0]))
    if not ctx.text.startswith(("'s ", "\u2019s "), end):
        return False
    after = ctx.text[end + 3 : min(ctx.hi, end + 60)].lower().split()[:4]
    for raw in after:
        word = raw.strip(_PUNCTUATION)
        if word in _TIMES_NOUNS:
            return True  # "today's more stridently ideological media"
        if word in FUNCTION_WORDS or word != raw:
            return False  # the noun phrase ended: "today's game in the park"
    return False


#: Nouns of a whole time or its people that "today" qualifies as nowadays ("the world
#: today", "today's youth"), not a day's doings ("today's vote").
_TIMES_NOUNS: Final = frozenset(
    {"society", "world", "culture", "politics", "media", "generation", "generations", "youth"}
    | {"kids", "america", "americans", "era", "times", "age", "economy", "climate", "army"}
    | {"military", "church", "workplace", "workforce", "parents", "teenagers", "students"}
    | {"refugees", "immigrants", "democrats", "republicans", "conservatives", "liberals"}
    | {"progressives", "politicians", "women", "men", "children", "families", "workers"}
    | {"people", "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "nobody"}
    | {"defenders", "critics", "activists", "feminists", "evangelicals", "millennials"}
    | {"environment", "landscape", "country", "nation", "life", "lives", "reality", "realities"}
    | {"jihadists", "terrorists", "extremists", "voters", "consumers", "businesses", "schools"}
)


#: Verbs of a state in the present after a sentence-opening "Today,": nowadays.
_PRESENT_STATES: Final = frozenset(
    {"is", "are", "has", "have", "remains", "remain", "seems", "seem", "stands", "lives"}
    | {"costs", "exists", "exist", "belongs", "lies", "sits"}
    # "Today, Mr. Cruz serves as his son's surrogate": a role held nowadays
    | {"serves", "serve", "owns", "own", "teaches", "teach"}
    # "were never soulmates, but today they share an analysis": a view held nowadays
    | {"share", "shares", "feels", "feel"}
)
#: Contractions of "is" and "are" after a pronoun ("it's", "there's", "we're").
_PRESENT_CONTRACTIONS: Final = frozenset(
    {"it's", "there's", "that's", "he's", "she's", "what's", "who's", "we're", "they're"}
    | {"you're"}
)
#: A comma and a conjunction opening the clause of a "today" with no comma of its own.
_JOINING: Final = frozenset({", but ", ", and "})
#: A day named before a "today" joined to its clause by "and" or "but" (`_nowadays`).
_DAY_BEFORE_TODAY: Final = regex.compile(
    r"\b(?:yesterday|tomorrow|tonight|last[^\S\n]+night|this[^\S\n]+morning|"
    + "|".join(LEXICON["weekday_full"])
    + r")\b",
    regex.IGNORECASE,
)
#: How many words after "Today," `_nowadays` reads for its verb.
_PRESENT_READ: Final = 8
#: A comparison with another time after "today": "better off today than you were", "as
#: strong today as she was when".
_COMPARED_AFTER: Final = regex.compile(
    r"[^.;!?\n]{0,24}?\b(?:(?:than|as)\s+(?:\w+\s+){0,3}?(?:was|were|did|had|used|when|before|ever)"
    # "so little democracy today, even relative to the recent past", "than in the 1990s"
    r"|(?:than|relative\s+to|compared\s+(?:to|with)|versus|vs\.)\s+(?:in\s+|during\s+|at\s+)?"
    r"(?:the\s+)?(?:recent\s+past|past|(?:19|20)\d\d|(?:19|20)?\d0s"
    r"|(?:a|one|two|three|four|five|ten|twenty|fifty|\d+)\s+(?:\w+\s+)?(?:years?|decades?)\s+ago)"
    # "Trump's words today and the bureau's actions in the past": set side by side
    r"|and\s+(?:[\w'\u2019]+\s+){0,4}?in\s+the\s+past(?![\s-]+(?:\w+\s+)?(?:hours?|days?"
    r"|weeks?|weekends?|months?|years?|decades?|centur\w+|few|several|couple|two|three|four"
    r"|five|six|seven|eight|nine|ten|\d+)\b))\b",
    regex.IGNORECASE,
)
#: A comparison before "today": "worse than life today".
_COMPARED_BEFORE: Final = regex.compile(r"\bthan\s+(?:\w+\s+){0,2}$", regex.IGNORECASE)
#: "the world we live in today", "the society they live in today", "under which we still
#: live today"; "The world we face today is the world where", "the challenges that they
#: face today" (a noun phrase's relative clause; not "We face today a vote"): the present age.
_LIVE_IN: Final = regex.compile(
    r"\b(?:we|they|you|i|people|americans)\s+(?:all\s+|still\s+)?live\s+(?:in\s+)?$"
    r"|\b(?:the|these|those|our|their|its|his|her)\s+(?:[\w'\u2019-]+\s+){1,2}(?:that\s+)?"
    r"(?:we|they|you|i|people|americans)\s+(?:all\s+|still\s+|now\s+)?face\s+$",
    regex.IGNORECASE,
)


#: "a way that does not exist today": what is (not) there nowadays.
_EXISTS_NOW: Final = regex.compile(r"\b(?:exist|exists)[^\S\n]+$", regex.IGNORECASE)
#: "where the Republican Party is today", "where we are today": a state of the present, at
#: the end of its clause.
_WHERE_NOW: Final = regex.compile(
    r"\bwhere[^\S\n]+(?:[\w'\u2019-]+[^\S\n]+){1,4}?(?:is|are|stands|stand)[^\S\n]+$",
    regex.IGNORECASE,
)


#: Words before "tomorrow" or "today" that make it a noun ("a tomorrow", "our today").
_NOUN_DETERMINERS: Final = frozenset({"a", "an", "our", "their", "your", "whose", "every"})
#: Words before "of today" that take a part of the day, not the present ("most of today",
#: "the rest of today", "as of today").
_PART_OF_DAY_WORDS: Final = frozenset(
    {"most", "all", "much", "rest", "part", "end", "remainder", "some", "half", "as", "start"}
    | {"beginning", "close", "events", "morning", "afternoon", "evening", "night", "one"}
)
#: Adjectives of a better future ("a bright tomorrow", "a new today").
_FUTURE_ADJECTIVES: Final = frozenset({"bright", "new", "better", "brighter", "safer", "good"})


#: What follows "fall" as a drop, not the season ("this fall in prices", "the fall in oil").
_FALL_IN: Final = regex.compile(
    r"[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?(?:prices?|values?|sales|demand|rates?|numbers?|oil"
    r"|stocks?|shares|revenues?|profits?|income|wages|support|crime|unemployment|turnout"
    r"|exports|imports|output|production|spending|costs?|inflation|dollar|pound|euro|yen"
    r"|markets?|ratings|polls?|approval|membership|enrollment|attendance)\b",
    regex.IGNORECASE,
)


#: What follows "fall" as a verb after a relative "that" ("the guns that fall into the
#: hands", "children who fall behind", "those that fall short").
_FALL_VERB_AFTER: Final = regex.compile(
    r"[^\S\n]{1,3}+(?:into|apart|behind|short|victim|prey|off|through|under|within|outside"
    r"|asleep|ill|silent|below|above|out)\b",
    regex.IGNORECASE,
)


def _paired_season(ctx: _Context, code: str) -> int | None:
    """
    The year of a season named right after another ("the summer and fall", "winter to spring").

    It is the year of the one before, or the next when it comes earlier in the year ("the
    winter and spring": the spring after that winter); ``None`` when no season stands just
    before.
    """
    start = ctx.match.start()
    if _PAIRED_SEASON.search(ctx.text, max(ctx.lo, start - 16), start) is None:
        return None
    anchor = ctx.state.anchor
    if anchor is None or len(anchor) != 7 or anchor[5:] not in _SEASON_ORDER:  # noqa: PLR2004
        return None
    year = int(anchor[:4])
    return year + 1 if _SEASON_ORDER[code] <= _SEASON_ORDER[anchor[5:]] else year


#: Seasons in the order of the year; a season and "and", "or" or "to" just before another.
_SEASON_ORDER: Final = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}
_PAIRED_SEASON: Final = regex.compile(
    r"\b(?:spring|summer|autumn|fall|winter)[^\S\n]+(?:and|or|to)[^\S\n]+$", regex.IGNORECASE
)


def _season_in_name(ctx: _Context) -> bool:
    """
    Whether a capitalised season opens a name: a capitalised word follows in mid-sentence.

    "the Spring Haven Village Apartments", "in Fall River"; not "Spring 2019", "Summer
    Olympics" (the rule leaves those out), nor a season opening its sentence.
    """
    start, end = ctx.match.span(ctx.groups["season"])
    text = ctx.text
    if not text[start].isupper() or text[end : end + 1] != " ":
        return False
    if _word_after(text, end) in _PLACE_NOUNS and not _opens_sentence(
        text, ctx.match.start(), end, _OPENING_WORDS, ctx.lo
    ):
        return True  # "the Spring neighborhood", "a Spring man": a town (Spring, Texas)
    following = text[end + 1 : end + 2]
    if not following.isupper() or text[end + 1 : end + 4].lower() in _MONTH_STARTS:
        return False
    return not _opens_sentence(text, ctx.match.start(), end, _OPENING_WORDS, ctx.lo)


#: Nouns of a place's people and parts after a capitalised season that make it the place's
#: name ("the Spring neighborhood", "a Spring family").
_PLACE_NOUNS: Final = frozenset(
    {"neighborhood", "neighbourhood", "area", "community", "resident", "residents", "home"}
    | {"family", "man", "woman", "teen", "boy", "girl", "apartment", "apartments"}
    | {"subdivision", "address", "police", "mall", "church"}
)
#: The first letters of month names ("Spring March Madness" is no name's start: it is rare
#: and ambiguous, so a month after a season keeps the season).
_MONTH_STARTS: Final = frozenset(name[:3] for name in MONTHS)


def _season_as_thing(ctx: _Context) -> bool:
    """
    Whether "the fall" or "the spring" is a thing: a drop, or a part of a gun or a source.

    It is after "from" or a verb of surviving and breaking ("recovered from the fall",
    "survived the fall", "broke his fall"), before "from" or "off" ("the fall from the
    roof"), and before a verb in the past ("the spring malfunctioned", "the fall killed
    him"); not "from the spring to the fall", "in the fall was", "the spring was".
    """
    end = ctx.match.end()
    before = _word_before(ctx.text, ctx.match.start()).strip(_PUNCTUATION)
    after = _word_after(ctx.text, end) if ctx.text[end : end + 1] == " " else ""
    if before in _SEASON_THING_BEFORE:
        return before != "from" or after not in _SEASON_SPAN_AFTER
    return after in {"from", "off"} or (
        after not in _SEASON_COPULAS and (after in PAST_WORDS or _ed_form(after))
    )


#: Words before "the fall" or "the spring" that make it a drop or a thing; words after
#: "from the fall" that keep it a season ("from the spring to the fall"); copulas after the
#: season, which leave it one ("the spring was warm").
_SEASON_THING_BEFORE: Final = frozenset(
    {"from", "survived", "survive", "survives", "surviving", "broke", "break", "breaks"}
    | {"cushioned", "cushion", "withstood", "withstand"}
)
_SEASON_SPAN_AFTER: Final = frozenset(
    {"to", "through", "until", "till", "into", "on", "onward", "onwards", "and", "or"}
)
_SEASON_COPULAS: Final = frozenset({"was", "were", "had", "seemed"})


def _in_full_sentence(ctx: _Context) -> bool:
    """
    Whether the match stands in a sentence that a stop closes (not a headline or a label).
    """
    reach = min(ctx.hi, ctx.match.end() + 200)
    _, stop = _sentence_around(ctx.text, ctx.match.start(), ctx.match.end(), (ctx.lo, reach))
    if stop >= reach:  # no mark and a space: the text's (or the paragraph's) last sentence
        return ctx.text[ctx.match.end() : reach].rstrip()[-1:] in {".", "!", "?"}
    return ctx.text[stop : stop + 1] in {".", "!", "?"}


#: How many months a season lasts.
_SEASON_MONTHS: Final = 3
#: How many days before a season starts a bare mention of it with no tense is that one.
_SEASON_SOON_DAYS: Final = 45
#: "this" season in a past sentence, when this year's has not begun, is last year's when
#: that began at most this many days before the reference (it ended a season ago at most).
_SEASON_GONE_DAYS: Final = 183


def _seasons_ago(ctx: _Context, code: str) -> _Result | None:
    """
    "two summers ago", "three winters back": that season so many years before the last one.

    The last is the season under way at the reference, else the last one over ("two summers
    ago" said in July 2016 is ``2014-SU``, said in December ``2015-SU``).
    """
    count = _number(ctx.group("num"))
    if count is None or count != int(count) or count < 1:
        return None
    reference = ctx.reference
    if reference is None:
        return _Result(_DATE, f"XXXX-{code}")
    under_way = format_value(reference, "S")
    if under_way.endswith(code) and under_way[:4].isdigit():
        year = int(under_way[:4]) - int(count)
    else:
        first_month = functools.partial(_month_start, month=_ANCHOR_MONTHS[code])
        last = _nearest_year(reference, first_month, _PAST)
        if last is None:
            return None
        year = last.year - int(count) + 1
    return _Result(_DATE, f"{year:04d}-{code}")


#: "looking forward to" right before a season ("looks forward to the summer").
_LOOKING_FORWARD: Final = regex.compile(
    r"\blook\w{0,3}[^\S\n]{1,3}forward[^\S\n]{1,3}to[^\S\n]{1,3}(?:the[^\S\n]{1,3})?$"
    # "We are in for a long hot summer and fall": what is coming to someone
    r"|\b(?:is|are|am|be|['\u2019]re|['\u2019]s)[^\S\n]{1,3}in[^\S\n]{1,3}for[^\S\n]{1,3}"
    r"(?:(?:an?|the|another)[^\S\n]{1,3})?(?:[\w-]{1,16}[^\S\n]{1,3}){0,3}?"
    r"(?:(?:spring|summer|fall|autumn|winter)[^\S\n]{1,3}and[^\S\n]{1,3})?$",
    regex.IGNORECASE,
)


#: Words of a habit of every year, for `_build_season`: "the summer" in their sentence, in
#: the present, is a season of every year.
_YEARLY_HABIT: Final = regex.compile(
    r"\b(?:(?:every|each)[^\S\n]{1,3}+(?:year|spring|summer|fall|autumn|winter)|annually|yearly"
    r"|usually|normally|typically|generally|traditionally|often|always|regularly|routinely)\b",
    regex.IGNORECASE,
)
#: A part of each alternative of `_YEARLY_HABIT`, in lower case (`_sentence_has`).
_YEARLY_STEMS: Final = (
    *("every", "each", "annually", "yearly", "usually", "normally", "typically", "generally"),
    *("traditionally", "often", "always", "regularly", "routinely"),
)


def _build_season(ctx: _Context) -> _Result | None:
    season = ctx.group("season") or ""
    code = SEASONS.get(season) or SEASONS[season.removesuffix("s")]
    if ctx.raw("num") is not None:
        return _seasons_ago(ctx, code)
    if code == "FA" and (
        ctx.text.startswith(" of ", ctx.match.end())
        or _FALL_IN.match(ctx.text, ctx.match.end(), _reach(ctx)) is not None
        or (
            _norm(ctx.group("rel")) == "that"
            and _FALL_VERB_AFTER.match(ctx.text, ctx.match.end(), _reach(ctx)) is not None
        )
    ):
        # "the fall of the World Trade Center", "the fall of Saigon": a collapse; "this fall
        # in prices": a drop; "the guns that fall into the hands of": a verb
        return None
    if _season_in_name(ctx):
        return None  # "the Spring Haven Village Apartments", "Fall River"
    if code in {"FA", "SP"} and _norm(ctx.group("rel")) == "the" and _season_as_thing(ctx):
        return None  # "recovered from the fall", "noticed the spring malfunctioned"
    if (paired := _paired_season(ctx, code)) is not None:
        return _Result(_DATE, f"{paired:04d}-{code}")
    year = _written_year(ctx)
    if year != _NO_YEAR:
        if year is None:
            return None
        return _Result(_DATE, f"{year:04d}-{code}")
    rel = _norm(ctx.group("rel")) or ""
    if rel in {"a", "an"}:
        rel = "the"  # "a quiet summer", "an unusually hot summer": that summer
    rel = rel.removeprefix("the ").strip() if rel != "the" else "the"
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(rel)
    if rel in {"", "the", "early", "late", "mid"}:
        if (listed := _listed_year(ctx)) is not None:
            return _Result(_DATE, f"{listed:04d}-{code}", mod)  # "the spring and summer of 2009"
        if (frame := _frame_year(ctx, _ANCHOR_MONTHS[code])) is not None:
            return _Result(_DATE, f"{frame:04d}-{code}", mod)  # "In 2008, ... in the fall"
        if rel == "the" and (told := _told_year(ctx) or _paragraph_past_year(ctx)) is not None:
            # "the primaries in early June of that year [1992] and his convention later in
            # the summer": that year's summer; "The Democrats understood this in 2008 ...
            # by the time he went up against John McCain in the fall": 2008's
            return _Result(_DATE, f"{told:04d}-{code}", mod, anchored=True)
    reference = ctx.reference
    if (
        (not rel or (rel == "the" and _sentence_has(ctx, _YEARLY_HABIT, 160, _YEARLY_STEMS)))
        and ctx.tense() is None
        and _in_full_sentence(ctx)
        and ctx.near_direction() is None
    ):
        # "the slush that dots the streets in winter", "her shifts run long during summer
        # and fall": a season of every year, in a sentence in the present; so is "the
        # summer" in a sentence of a habit ("earning $6,000 annually by working full time in
        # the summer", "Every year the geese come back in the fall")
        return _Result(_DATE, f"XXXX-{code}")
    if rel in {"that", "following", "previous"}:
        anchor = ctx.anchor_date()
        if anchor is None:
            return None
        year = anchor[0].year + {"following": 1, "previous": -1}.get(rel, 0)
        return _Result(_DATE, f"{year:04d}-{code}", mod, anchored=True)
    if reference is None:
        return _Result(_DATE, f"XXXX-{code}", mod)
    build = functools.partial(_month_start, month=_ANCHOR_MONTHS[code])

    current = reference
    under_way = format_value(reference, "S")  # the season the reference falls in
    ongoing = under_way.endswith(code)
    if rel in {"last", "past", "this past"}:
        date = _nearest_year(current, build, _PAST, strict=True)
        if date is not None and under_way == f"{date.year:04d}-{code}":
            # the season under way is "this" one: "last winter" said in January is the one
            # before the winter that began in December
            date = build(date.year - 1)
    elif rel in {"next", "coming", "upcoming", "this coming"}:
        date = _nearest_year(current, build, _FUTURE, strict=True)
    elif rel == "this":
        date = build(reference.year)
        if ongoing and under_way[:4].isdigit():
            # "the nominating contests this winter" said on February 1: the winter under way,
            # begun the December before
            date = build(int(under_way[:4]))
        elif (
            date is not None
            and reference.month >= date.month + _SEASON_MONTHS
            and ctx.tense() == _FUTURE
        ):
            date = build(reference.year + 1)  # "will marry this summer" said in December
        elif (
            date is not None
            and date > reference
            and (ctx.tense() == _PAST or _sentence_has(ctx, _PRESENT_PERFECT))
            and (last := build(reference.year - 1)) is not None
            and (reference - last).days <= _SEASON_GONE_DAYS
        ):
            # "It snowed a lot this winter", "This winter has been mild" said in March: the
            # winter just ended, begun the December before, not the one still to come
            date = last
    else:
        # the season the reference falls in is this one, whatever the tense ("throughout
        # the summer" said in June)
        direction = _PAST if ongoing else ctx.tense()
        if not ongoing and _LOOKING_FORWARD.search(
            ctx.text, max(ctx.lo, ctx.match.start() - 48), ctx.match.start()
        ):
            direction = _FUTURE  # "\u201cWe\u2019re looking forward to summer,\u201d he said"
        if not ongoing and direction != _PAST and _noun_after(ctx, SCHEDULED_NOUNS, plain=2):
            direction = _FUTURE  # "certain to win a slot at the summer convention"
        if (
            code == "FA"
            and direction != _FUTURE
            and reference.year % 2 == 0
            and reference.month < _ELECTION_MONTH - 2
            and _election_talk(ctx)
        ):
            # "Republicans splinter and lose in the fall", "winning in the fall" said in an
            # election year before September: the coming election's autumn, as "November" is
            direction = _FUTURE
        coming = build(reference.year)
        if direction is None and ctx.near_direction() == _NEAREST:
            # "a plan by the fall": a deadline, the nearest one (a season ahead counting
            # double), not the past one by default
            date = _nearest_year(current, build, None)
        elif (
            direction is None
            and coming is not None
            and 0 < (coming - reference).days <= _SEASON_SOON_DAYS
        ):
            # "the winter golf season beginning" said in November: the season about to start
            date = coming
        else:
            date = _nearest_year(current, build, _FUTURE if direction == _FUTURE else _PAST)
    if date is None:
        return None
    return _Result(_DATE, f"{date.year:04d}-{code}", mod)


@functools.cache
def _open_holiday(key: str) -> str:
    """
    The value of holiday *key* in a year unknown.

    Its month and day when they never change ("Christmas", ``XXXX-12-25``), its month when
    only the day does ("Thanksgiving", ``XXXX-11-XX``), else neither ("Easter").
    """
    days = [day for year in _SAMPLE_YEARS if (day := _holiday(key, year)) is not None]
    if not days or len({day.month for day in days}) > 1:
        return "XXXX-XX-XX"
    if len({day.day for day in days}) > 1:
        return f"XXXX-{days[0].month:02d}-XX"
    return f"XXXX-{days[0].month:02d}-{days[0].day:02d}"


#: Years enough to see which holidays keep their day (eight: a leap year, a weekday each;
#: two elections of every four years).
_SAMPLE_YEARS: Final = range(2001, 2009)


def _holiday(name: str, year: int) -> dt.date | None:
    name = " ".join(name.lower().replace("\u2019", "'").split())
    name = name.replace("new years ", "new year's ")  # "New Years Day", no apostrophe
    name = name.replace("césar", "cesar")
    fixed = {
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "new year's day": (1, 1),
        "new year's": (1, 1),  # "the New Year's weekend"
        "new year": (1, 1),  # "the New Year": the holiday, the day the year begins
        "new year's eve": (12, 31),
        "nye": (12, 31),  # written short in headlines ("toddler shot on NYE")
        "halloween": (10, 31),
        "independence day": (7, 4),
        "valentine's day": (2, 14),
        "veterans day": (11, 11),
        "veteran's day": (11, 11),  # a common misspelling
        "veterans' day": (11, 11),
        "bastille day": (7, 14),
        "fourth of july": (7, 4),
        "july 4": (7, 4),  # "July 4th weekend", "the July 4 holiday weekend"
        "july 4th": (7, 4),
        "juneteenth": (6, 19),
        "cinco de mayo": (5, 5),
        "boxing day": (12, 26),
        "flag day": (6, 14),
        "earth day": (4, 22),
        "armistice day": (11, 11),
        "canada day": (7, 1),
        "australia day": (1, 26),
        "anzac day": (4, 25),
        "pearl harbor day": (12, 7),
        "pearl harbor remembrance day": (12, 7),
        "patriot day": (9, 11),
        "cesar chavez day": (3, 31),
        "may day": (5, 1),
    }
    if name.endswith("washington's birthday"):
        # the federal holiday's own name: the third Monday of February since the Uniform
        # Monday Holiday Act, the birthday itself (February 22) before
        if year < _UNIFORM_MONDAY_SINCE:
            return dt.date(year, 2, 22)
        name = "presidents day"
    if name in fixed:
        return _safe_date(year, *fixed[name])
    if name.endswith("patrick's day"):  # St. Patrick's Day, Saint Patrick's Day
        return dt.date(year, 3, 17)
    if name.startswith(("martin luther king", "mlk")):
        name = "martin luther king day"
    elif name.startswith("thanksgiving"):
        name = "thanksgiving"  # "Thanksgiving Day"
    if name in _NTH_WEEKDAYS:
        return _nth_weekday(year, *_NTH_WEEKDAYS[name])
    if name in _EASTER_DAYS:
        return easter(year) + dt.timedelta(days=_EASTER_DAYS[name])
    if name.startswith("easter"):
        return easter(year)
    if name == "black friday":  # the day after Thanksgiving
        return _nth_weekday(year, *_NTH_WEEKDAYS["thanksgiving"]) + dt.timedelta(days=1)
    if name == "cyber monday":  # the Monday after Thanksgiving
        return _nth_weekday(year, *_NTH_WEEKDAYS["thanksgiving"]) + dt.timedelta(days=4)
    if name == "memorial day":
        last = dt.date(year, 5, 31)
        return last - dt.timedelta(days=last.weekday())
    if name == "election day":  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    if name == "inauguration day":  # a president's, on January 20 after each election
        return dt.date(year, 1, 20) if year % 4 == 1 and year >= _INAUGURATION_SINCE else None
    if name == "super tuesday":
        known = _SUPER_TUESDAYS.get(year)
        if known is not None:
            return dt.date(year, *known)
        if year % 4 or year < _SUPER_TUESDAY_DEFAULT_SINCE:
            return None  # primaries are held in presidential election years
        return _nth_weekday(year, 3, 1, 1)
    return None


#: Days of the Western church's year counted from Easter Sunday (``dateutil.easter``).
_EASTER_DAYS: Final[dict[str, int]] = {
    "easter monday": 1,
    "mardi gras": -47,
    "fat tuesday": -47,
    "shrove tuesday": -47,
    "ash wednesday": -46,
    "palm sunday": -7,
    "maundy thursday": -3,
    "holy thursday": -3,
    "good friday": -2,
    "holy saturday": -1,
    "ascension day": 39,
    "pentecost": 49,
    "pentecost sunday": 49,
    "whit sunday": 49,
}
#: The first year Washington's Birthday was held on the third Monday of February.
_UNIFORM_MONDAY_SINCE: Final = 1971
#: The first Inauguration Day held on January 20.
_INAUGURATION_SINCE: Final = 1937
#: Holidays held every four years: the nearest one is looked for that far.
_QUADRENNIAL: Final = frozenset({"super tuesday", "inauguration day"})

#: The ordinals of "the first Tuesday in November"; "last" and "final" count from the end.
_NTH_WORDS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _build_nth_weekday(ctx: _Context) -> _Result | None:
    """
    "the first Tuesday in November", "the last Friday of the month": that day.

    A month without a year takes the year a month alone would (`_build_month`: the tense,
    a year framing the story); "the month" is the reference's, "next month" the one after.
    Without a reference the value keeps only what is known (``XXXX-11``).
    """
    weekday = WEEKDAYS[ctx.group("weekday") or ""] - 1  # Monday 0
    first: dt.date | None
    if ctx.group("month") is not None:
        month_result = _build_month(ctx)
        if month_result is None:
            return None
        if month_result.value.startswith("X"):
            return _Result(_DATE, month_result.value)
        first = dt.date(int(month_result.value[:4]), int(month_result.value[5:7]), 1)
    else:
        reference = ctx.reference
        if reference is None:
            return None
        months = {"next": 1, "last": -1}.get(ctx.group("mrel") or "", 0)
        first = shift(reference.replace(day=1), "M", months)
    if first is None:
        return None
    nth = _NTH_WORDS.get(ctx.group("nth") or "")
    if nth is None:  # "last", "final": the last such day of the month
        following = shift(first, "M", 1)
        if following is None:
            return None
        last = following - dt.timedelta(days=1)
        date = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    else:
        date = _nth_weekday(first.year, first.month, weekday, nth)
        if date.month != first.month:
            return None  # no fifth Monday this month
    return _Result(_DATE, date.isoformat())


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """
    The *nth* *weekday* (Monday 0) of *month* in *year*.
    """
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


#: Holidays on the nth weekday of a month: (month, weekday with Monday 0, n).
_NTH_WEEKDAYS: Final[dict[str, tuple[int, int, int]]] = {
    "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3),
    "martin luther king day": (1, 0, 3),
    "presidents day": (2, 0, 3),
    "presidents' day": (2, 0, 3),
    "president's day": (2, 0, 3),  # a common misspelling
    "columbus day": (10, 0, 2),
    "thanksgiving": (11, 3, 4),
    "labor day": (9, 0, 1),
}
#: The day of "Super Tuesday", the largest day of US presidential primaries, by year.
_SUPER_TUESDAYS: Final[dict[int, tuple[int, int]]] = {
    1988: (3, 8),
    1992: (3, 10),
    1996: (3, 12),
    2000: (3, 7),
    2004: (3, 2),
    2008: (2, 5),
    2012: (3, 6),
    2016: (3, 1),
    2020: (3, 3),
    2024: (3, 5),
}
#: From this year on, a "Super Tuesday" not in the table is the first Tuesday of March.
_SUPER_TUESDAY_DEFAULT_SINCE: Final = 2028
#: Named days news mostly mentions before they come: with no tense to go by, the next one.
_AWAITED_HOLIDAYS: Final = frozenset({"election day"})
#: How long after an awaited day news still means the one just held.
_AFTERMATH_DAYS: Final = 31
#: How long after an awaited day a past-tense sentence may still mean the one just held
#: ("Turnout on Election Day was low" in February).
_LATELY_DAYS: Final = 100


def _holiday_weekend(ctx: _Context) -> _Result | None:
    """
    The weekend of the holiday nearest the reference, for "the holiday weekend".

    "Labor Day is barely over ... this holiday weekend" on the Wednesday after it is the
    weekend before Labor Day, not the coming one; "over the holiday weekend" said on the
    Friday before Memorial Day the one about to begin. ``None`` when the match names no
    "holiday" or no holiday's weekend lies within `_HOLIDAY_WEEKEND_DAYS` of the reference.
    """
    reference = ctx.reference
    if reference is None or "holiday" not in ctx.match.group().lower():
        return None
    nearest: tuple[int, dt.date] | None = None
    for name in _LONG_WEEKEND_HOLIDAYS:
        for year in (reference.year - 1, reference.year, reference.year + 1):
            day = _holiday(name, year)
            if day is None:
                continue
            saturday, sunday = _holiday_period(day, "weekend")
            distance = max((saturday - reference).days, (reference - sunday).days, 0)
            if distance <= _HOLIDAY_WEEKEND_DAYS and (nearest is None or distance < nearest[0]):
                nearest = (distance, saturday)
    if nearest is None:
        return None
    return _Result(_DATE, format_value(nearest[1], "WE"))


#: Holidays that make a weekend "the holiday weekend" (a Monday's, a Thursday's, a
#: Sunday's, or a fixed day's that falls next to a weekend).
_LONG_WEEKEND_HOLIDAYS: Final = (
    "new year's day", "martin luther king day", "presidents day", "easter", "memorial day",
    "independence day", "labor day", "columbus day", "thanksgiving", "christmas",
)  # fmt: skip
#: How many days from the reference a holiday's weekend may be to be "the holiday weekend".
_HOLIDAY_WEEKEND_DAYS: Final = 5


def _holiday_period(day: dt.date, grain: str) -> tuple[dt.date, dt.date]:
    """
    The first and last day of the week (ISO, Monday to Sunday) or weekend around a holiday.

    The weekend of a holiday is the one nearest it: that of its own week from Wednesday to
    Sunday, the one before from Monday or Tuesday ("Memorial Day weekend" ends the Sunday
    before the Monday).
    """
    if grain == "weekend":
        saturday = day + dt.timedelta(days=_SATURDAY - day.weekday())
        if day.weekday() <= 1:
            saturday -= dt.timedelta(days=7)
        return saturday, saturday + dt.timedelta(days=1)
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _build_holiday_period(ctx: _Context, name: str, grain: str) -> _Result | None:
    """
    "Easter week", "Thanksgiving weekend": the ISO week (``2000-W16``) or its weekend.

    The direction decides as for the holiday itself, but a period under way at the
    reference is both past and future: on Monday 2000-04-17, "as Easter week began" is the
    week of Easter 2000 (April 23), not that of Easter 1999.
    """
    reference = ctx.reference
    value_grain = "WE" if grain == "weekend" else "W"
    if reference is None:
        return _Result(_DATE, _underspecified(value_grain))
    rel = ctx.group("rel")
    direction = {"last": _PAST, "next": _FUTURE}.get(rel or "") or ctx.tense() or _PAST

    first_day = functools.partial(_holiday_period_day, name=name, grain=grain, end=0)
    last_day = functools.partial(_holiday_period_day, name=name, grain=grain, end=1)

    strict = rel in {"last", "next"}
    year_word = ctx.raw("year")
    if year_word is not None:
        date = first_day(int(year_word))  # "Christmas week 2012"
    elif (yrel := ctx.group("yrel")) is not None:
        date = first_day(reference.year + _YEAR_SHIFT[yrel])  # "Easter week last year"
    elif rel == "this":
        date = first_day(reference.year)
    elif direction == _FUTURE:
        # a period that has not ended; "next": one that has not begun
        date = _nearest_year(reference, first_day if strict else last_day, _FUTURE, strict=strict)
    else:
        # a period that has begun; "last": one that has ended
        date = _nearest_year(reference, last_day if strict else first_day, _PAST, strict=strict)
        start = ctx.match.start()
        if not strict and (
            ctx.text[max(ctx.lo, start - 10) : start].lower().endswith(("ahead of ", "before "))
            or ctx.tense() != _PAST
        ):
            # "ahead of Labor Day weekend" said days before it, "On Labor Day weekend, some
            # are appealing to students" (no past): the coming one, as for the holiday
            # itself; not "He spent Easter week in Rome" said the day before it began (no
            # preposition of time ahead, and a past)
            date = _coming_for_long_ago(ctx, reference, date, first_day)
    return _date_result(date, value_grain, ctx)


def _coming_for_long_ago(
    ctx: _Context,
    reference: dt.date,
    date: dt.date | None,
    build: Callable[[int], dt.date | None],
    reach: int = 1,
) -> dt.date | None:
    """
    The coming holiday instead of *date*, one gone most of a year back, if it is weeks away.

    "bonuses are paid in time for Christmas" on December 1: the coming one, as a month is;
    news calls the other "last Christmas" (or says "a year ago", which keeps *date*).
    """
    if date is None or (reference - date).days <= _LONG_AGO_DAYS:
        return date
    span = ctx.match.span()
    window = (max(ctx.lo, span[0] - 160), min(ctx.hi, span[1] + 160))
    if _YEAR_BACK.search(ctx.text, *_sentence_around(ctx.text, *span, window)) is not None:
        return date
    soon = _nearest_year(reference, build, _FUTURE, strict=True, reach=reach)
    return soon if soon is not None and (soon - reference).days <= _HOLIDAY_SOON_DAYS else date


#: What a holiday may name in passing: a party or gathering of its season.
_HOLIDAY_EVENT: Final = regex.compile(
    _NOT_MID_BLANKS
    + r"[^\S\n]++(?:part(?:y|ies)|gatherings?|celebrations?|bash|festivals?|dinners?)\b",
    regex.IGNORECASE,
)


def _build_holiday(ctx: _Context) -> _Result | None:
    """
    The day of a holiday; with a part of the day ("Christmas night") a time on it.
    """
    result = _build_holiday_day(ctx)
    pod_word = ctx.group("pod")
    if (
        result is not None
        and _HOLIDAY_EVENT.match(ctx.text, ctx.match.end(), _reach(ctx)) is not None
    ):
        # "shot at a Halloween party overnight": a party of the season, often held days
        # before the holiday, is no day the story goes on from
        return result._replace(updates=False)
    if result is None or pod_word is None:
        return result
    suffix = "T" + PARTS_OF_DAY[pod_word.lower()]
    return result._replace(type=_TIME, value=result.value + suffix)


def _build_holiday_day(ctx: _Context) -> _Result | None:
    if _ends_quoted_title(ctx):
        return None  # "How the Grinch Stole Christmas"
    name = ctx.group("holiday") or ""
    grain = ctx.group("grain")
    if grain is not None:
        return _build_holiday_period(ctx, name, grain)
    rel = ctx.group("rel")
    reference = ctx.reference
    key = " ".join(name.lower().split())
    build = functools.partial(_holiday, key)
    year = ctx.raw("year")
    if year is not None:
        # "the 1988 Super Tuesday", "New Year's Day 2012", "Valentine's Day, 2011"
        date = build(int(year))
        return _date_result(date, "D", ctx) if date is not None else None
    if rel == "that" and (anchor := ctx.anchor_date()) is not None:
        # "the winter of '96 ... the events of that Christmas day": the one of the year told
        date = build(anchor[0].year)
        return _date_result(date, "D", ctx) if date is not None else None
    if reference is None:
        return _Result(_DATE, _open_holiday(key))  # "Christmas": XXXX-12-25
    if rel is None and _after_like(ctx.text, ctx.match.start()):
        # a simile names a holiday, not one of its days: "Usually, it's like the Fourth of
        # July out here", "It looked like Christmas"
        return _Result(_DATE, _open_holiday(key), updates=False)
    if (yrel := ctx.group("yrel")) is not None:
        # "Christmas last year", "past Inauguration Day next year": the day in the year named
        date = build(reference.year + _YEAR_SHIFT[yrel])
        return _date_result(date, "D", ctx) if date is not None else None
    reach = 4 if key in _QUADRENNIAL else 1  # held every four years
    if rel == "last":
        date = _nearest_year(reference, build, _PAST, strict=True, reach=reach)
    elif rel == "next":
        date = _nearest_year(reference, build, _FUTURE, strict=True, reach=reach)
    elif rel == "this":
        date = build(reference.year)
    elif (frame := _frame_year(ctx)) is not None:
        date = build(frame)  # "In 2012, ... on Election Day"
    elif (told := _holiday_narrative_year(ctx, build)) is not None:
        date = build(told)  # "On Monday December 31, 2012 - New Year's Eve - ..."
    elif key == "super tuesday":
        # held every four years: the nearest one, whatever the tense ("he has built
        # organisations in Super Tuesday states" in January); named in passing ("heading to
        # the Super Tuesday contests"), not on it, it is no day the story goes on from
        date = _nearest_year(reference, build, None, reach=reach)
        if date is None:
            return None
        named_on = ctx.text[max(ctx.lo, ctx.match.start() - 3) : ctx.match.start()].lower()
        return _Result(_DATE, format_value(date, "D"), updates=named_on == "on ")
    else:
        direction = _PAST if ctx.next_to_incident() else ctx.tense()
        date = _nearest_year(reference, build, direction or _PAST, reach=reach)
        if key in _AWAITED_HOLIDAYS and (
            date is None
            or (reference - date).days > (_AFTERMATH_DAYS if direction is None else _LATELY_DAYS)
        ):
            # with no tense to go by, the coming one, unless one was held in the last month
            # ("Election Day turnout figures are in"); with a past tense too, unless one was
            # held in the last hundred days: an older one is named by its year ("In 2012, ...
            # on Election Day"), and "says" reads as a past tense
            date = _nearest_year(reference, build, _FUTURE, reach=reach)
        else:
            date = _coming_for_long_ago(ctx, reference, date, build, reach)
    return _date_result(date, "D", ctx) if date is not None else None


#: The `State.day_part` of a day named with its night or a clock time from 8 p.m.: an
#: "overnight" after it is that night ("Sunday night ... called at 11:20 p.m. ...
#: Overnight investigators placed 77 evidence markers").
_NIGHT_PARTS: Final = frozenset({"NI", "late"})  # "late": `_LATE_CLOCK`


def _holiday_narrative_year(ctx: _Context, build: Callable[[int], dt.date | None]) -> int | None:
    """
    The year of a story told of a year gone, for a holiday named without one, or ``None``.

    As a day of a month named so (`_narrative_year`): "After 8:30 p.m. on Monday December
    31, 2012 - New Year's Eve - ... around 11 a.m. New Year's Day" is the New Year's Day of
    2013, not the one before the reference.
    """
    year = ctx.state.narrative_year
    probe = build(year) if year else None
    if probe is None:
        return None
    return _narrative_year(ctx, probe.month, day=True)


#: Words of a sentence that tells of a year back ("one year ago this weekend on Easter").
_YEAR_BACK: Final = regex.compile(
    r"\b(?:years?\s+ago|last\s+year|a\s+year\s+(?:earlier|before)|anniversary)\b", regex.IGNORECASE
)
#: A past holiday this many days back or more is "last year's", whatever the tense, when
#: the coming one is at most `_HOLIDAY_SOON_DAYS` away.
_LONG_AGO_DAYS: Final = 300
_HOLIDAY_SOON_DAYS: Final = 45


def _build_set(ctx: _Context) -> _Result | None:
    word = ctx.group("word")
    if word is not None:
        if _capitalised_name(ctx):
            return None  # "the Daily News", "New York Daily News", "Mark Weekly"
        following = ctx.text[ctx.match.end() : ctx.match.end() + 32].split()
        preceding = ctx.text[max(ctx.lo, ctx.match.start() - 16) : ctx.match.start()].split()
        adjective = (
            bool(following) and following[0][:1].islower() and following[0] not in FUNCTION_WORDS
        )
        if adjective and (
            word == "quarterly"
            or following[0].strip(_PUNCTUATION) in FIGURE_NOUNS
            # "monthly disability benefits": one word between
            or (len(following) > 1 and following[1].strip(_PUNCTUATION) in FIGURE_NOUNS)
            or (preceding and preceding[-1].lower() in {"average", "party"})
        ):
            return None  # a figure ("quarterly dividend", "average daily volume"), not a recurrence
        if (
            word in {"daily", "weekly"}
            and following
            and following[0][:1].isupper()
            and len(preceding) > 1
            and preceding[-1][:1].isupper()
            and not preceding[-1].endswith(("'s", "\u2019s", "s'"))
            and preceding[-2][-1:] not in ".!?:"
        ):
            # a newspaper after where or whose it is: "the Paris daily Libération", "the
            # Communist Party daily Granma" (not "Trump's daily Twitter posts")
            return None
        if (
            word in {"daily", "weekly"}
            and (not following or following[0][:1] in _PAPER_ENDS)
            and preceding
            and (
                preceding[-1].lower() in {"a", "an"}
                or (
                    len(preceding) > 1
                    and preceding[-2].lower() in {"a", "an"}
                    and preceding[-1].lower() in _PAPER_ADJECTIVES
                )
            )
        ):
            return None  # "the largest paper in Israel, a free daily.": a newspaper
        if word in {"daily", "weekly"} and _paper_saying(following, ctx):
            return None  # "the Cumhuriyet daily said": a newspaper that reports
        return _Result(_SET, _SET_ADVERBS[word])
    if ctx.group("weekends") is not None:
        return _Result(_SET, "XXXX-WXX-WE")  # "on weekends": every weekend
    weekday = ctx.group("weekday")
    pod = ctx.group("pod")
    if weekday is not None:
        suffix = "TNI" if pod and pod.startswith("night") else ""
        if pod and not suffix:
            suffix = "T" + PARTS_OF_DAY.get(pod.rstrip("s"), "NI")
        if _noun_after(ctx, _ONE_INCIDENT, plain=1):
            # "injured in Thursday mornings shooting": a possessive with no apostrophe, one
            # day ("Thursday nights games" stay a recurrence)
            date = _resolve_weekday(ctx, WEEKDAYS[weekday], None)
            if date is not None:
                return _Result(_TIME if suffix else _DATE, date.isoformat() + suffix)
        return _Result(_SET, f"XXXX-WXX-{WEEKDAYS[weekday]}{suffix}")
    month = ctx.group("month")
    if month is not None:
        return _Result(_SET, f"XXXX-{MONTHS[month]:02d}")
    season = ctx.group("season")
    if season is not None:
        return _Result(_SET, f"XXXX-{SEASONS[season]}")
    if (every_pod := ctx.group("epod")) is not None:
        return _Result(_SET, f"XXXX-XX-XXT{PARTS_OF_DAY[every_pod]}")  # "every morning"
    per = ctx.group("per")
    if per is not None:
        # "twice a week", "two nights a week": so often in every week
        unit, multiplier = _unit_of(per)
        return _Result(_SET, _duration_value(1.0, unit, multiplier))
    unit_word = ctx.group("unit") or ""
    unit, multiplier = _unit_of(unit_word)
    if unit in {"S", "MIN"} and ctx.text.startswith(" of ", ctx.match.end()):
        return None  # "I remember every second of it": all of it, no recurrence
    amount = _number(ctx.group("num")) or 1.0
    if "other" in ctx.match.group().lower().split():
        amount *= 2
    if unit == "WE":
        # "every weekend", as "on weekends"; "every other weekend": once in two weeks
        return _Result(_SET, "XXXX-WXX-WE" if amount == 1 else f"P{amount:g}W")
    return _Result(_SET, _duration_value(amount, unit, multiplier))


#: Incidents in the singular: a plural weekday right before one is a possessive with no
#: apostrophe ("Thursday mornings shooting"), one day (`_build_set`).
_ONE_INCIDENT: Final = frozenset(
    noun for noun in INCIDENT_NOUNS if not noun.endswith("s") and noun not in {"win", "loss"}
)


def _paper_saying(following: list[str], ctx: _Context) -> bool:
    """
    Whether "daily" or "weekly" is a newspaper named by a name before it, that reports.

    "the Cumhuriyet daily said", "the pro-government Sabah daily reported", "according to
    the Turkish daily, ..."; not "Trump's daily said" (a possessive) nor "twice daily, he
    said" (no name), nor a name with no "the" ("Jones daily said").
    """
    if (
        following
        and following[0][:1] not in _PAPER_ENDS
        and following[0][:1] != ","
        and following[0].strip(_PUNCTUATION).lower() not in _PAPER_VERBS
    ):
        return False  # "the Hurriyet daily newspaper", "the Paris daily Libération"
    preceding = ctx.text[max(ctx.lo, ctx.match.start() - 40) : ctx.match.start()].split()
    return (
        len(preceding) > 1
        and preceding[-1][:1].isupper()
        and not preceding[-1].endswith(("'s", "\u2019s", "s'"))
        and preceding[-2].lower() in _PAPER_BEFORE_NAME
    )


#: Verbs of a newspaper that reports, after "the Cumhuriyet daily".
_PAPER_VERBS: Final = frozenset(
    {"said", "says", "reported", "reports", "wrote", "writes", "quoted", "quotes", "cited"}
    | {"published", "claimed", "added", "noted", "revealed", "alleged"}
)
#: Words right before a newspaper's name and "daily": "the", "pro-government" ...
_PAPER_BEFORE_NAME: Final = frozenset({"the", "pro-government", "state-run", "opposition"})
#: What may close the phrase of a "daily" that is a newspaper ("a free daily.").
_PAPER_ENDS: Final = frozenset('.;:!?)"\u201d')
#: Adjectives of a newspaper between "a" and "daily" ("a free daily", "a national weekly").
_PAPER_ADJECTIVES: Final = frozenset(
    {"free", "national", "local", "leading", "major", "popular", "regional", "financial"}
    | {"business", "independent", "official", "state-run", "conservative", "liberal"}
    | {"tabloid", "evening", "morning", "english-language", "influential", "big"}
)


def _capitalised_name(ctx: _Context) -> bool:
    """
    Whether a capitalised "Daily", "Weekly"... is part of a name ("the Daily Journal").

    It is when a capitalised word or a possessive follows, or when it stands in mid-sentence.
    """
    start, end = ctx.match.span()
    text = ctx.text
    if not text[start : start + 1].isupper():
        return False
    if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
        return True
    if text.startswith(("'s ", "\u2019s "), end):
        return True  # "Weekly's landlord": a name's possessive, no adverb has one
    before = text[max(ctx.lo, start - 3) : start].rstrip(" ")
    if bool(before) and before[-1] not in _SENTENCE_ENDS:
        return True
    # "Weekly and the boy were missing", after "Mark Weekly": the name opens the sentence
    return text[start:end] in ctx.state.named_sets


#: The characters that may end the text before a word that opens a sentence.
_SENTENCE_ENDS: Final = ".!?:;\n\"'\u201c\u201d\u2018\u2019()[]-\u2014\u2013*\u2022"


def _build_recent(ctx: _Context) -> _Result | None:
    rel = _norm(ctx.group("rel")) or ""
    owned = ctx.group("owner") is not None  # "Bill Clinton's years in office"
    unit, _ = _unit_of(ctx.group("unit") or "")
    future = rel in {"coming", "upcoming", "next few", "next several", "ahead", "to come", "next"}
    if rel in {"past", "last", "last few", "last several"} and ctx.text.startswith(
        " of ", ctx.match.end()
    ):
        # "the last (few) years of his life": a phase, not the recent past
        rel = "final"
    if ctx.raw("pair") is not None:
        # "in recent weeks and months", "the coming days and weeks": no one unit, the recent
        # past or the future, as TimeBank tags the first
        return _Result(_DATE, "FUTURE_REF" if future else "PAST_REF")
    if (
        not (future or owned)
        and rel not in _PHASES | _SEQUENCE | _OWNERS
        and unit in {"Y", "D"}
        # "has worked there for the last several years", "during the past few days": how
        # long, as "for the past few weeks" is; "over recent years" is "in recent years",
        # as "over past decades" is the past
        and (
            (before := _word_before(ctx.text, ctx.match.start())) not in _SPAN_PREPOSITIONS
            or (before == "over" and rel == "recent")
        )
    ):
        return _Result(_DATE, "PAST_REF")
    # "the closing weeks of the campaign", "the early years": some of the unit
    return _Result(_DURATION, _duration_value(None, unit, 1))


#: Prepositions of a stretch of time lived through, before "the past few years".
_SPAN_PREPOSITIONS: Final = frozenset({"for", "during", "throughout", "over"})
#: Words of a part of a stretch of time: "the final days", "the early years" are some days or
#: years (``PXD``, ``PXY``), as TimeBank writes "the early years" and "the first hours".
_PHASES: Final = frozenset(
    {"final", "closing", "waning", "dying", "early", "first", "opening", "initial", "later"}
    | {"younger"}
)


#: Owners of a stretch of time ("her years as secretary", "his decades in public service"):
#: some years of a life, not the recent past.
_OWNERS: Final = frozenset({"its", "their", "his", "her"})


#: Words that place a stretch of time next to another: "the following days", "the preceding
#: weeks" are some days or weeks (``PXD``, ``PXW``) before or after the time named, not the
#: recent past.
_SEQUENCE: Final = frozenset(
    {"following", "preceding", "previous", "ensuing", "subsequent", "remaining"}
)


def _is_rate(ctx: _Context) -> bool:
    """
    Whether "a year" follows an amount, a plural or one thing ("$5 million a year").

    "seats a week", "one shooting a month" are rates too.
    """
    before = ctx.text[max(ctx.lo, ctx.match.start() - 24) : ctx.match.start()].split()
    if not before or before[-1].rstrip("\"'\u201d\u2019)")[-1:] in ",;:.!?":
        # "the two men, a month and a half before the contest"; "It was 2010. A week after"
        return False
    # "a $15 dollar-an-hour wage", "a five-dollar-a-day habit": the word after a hyphen
    word = before[-1].lower().strip(_PUNCTUATION).rpartition("-")[2]
    if word in {"more", "less", "so"} and len(before) > 2 and before[-2].lower() == "or":  # noqa: PLR2004
        word = before[-3].lower().strip(_PUNCTUATION)  # "$20 or more an hour"
    if word in _LENGTH_VERBS:
        return False  # "It takes a year to build", "the storm lasts an hour or two": a verb
    following = ctx.text[ctx.match.end() : ctx.match.end() + 9].split()[:1]
    if (
        following
        and following[0].lower() in _DISTANCE_WORDS
        and not (word[:1].isdigit() or word in AMOUNT_WORDS)
    ):
        return False  # "walked back his comments a day after he said them": a distance
    if (
        len(before) > 1
        and before[-2].lower() in {"one", "a", "an"}
        and word.isalpha()
        and word not in FUNCTION_WORDS
        and word not in UNITS
    ):
        return True  # "about one shooting a month", "a homicide a week": one thing a unit
    if word in NUMBERS and len(before) > 1 and before[-2].lower() in _RATE_LEADS:
        return True  # "exploded at one a minute", "a rate of two a day": a count a unit
    if (
        len(before) > 2  # noqa: PLR2004
        and before[-2].lower() == "of"
        and word.isalpha()
        and word not in FUNCTION_WORDS
        and _counts(before[-3].lower().strip(_PUNCTUATION))
    ):
        return True  # "trillions of dollars of trade a year": an amount of a thing a unit
    return _counts(word)


def _counts(word: str) -> bool:
    """
    Whether *word* (lower case) is an amount or a plural a rate may count ("$5", "dollars").
    """
    return bool(word) and (
        word[0].isdigit()
        or word in AMOUNT_WORDS
        or word in _IRREGULAR_PLURALS
        or (word.endswith("s") and not word.endswith("ss") and word not in FUNCTION_WORDS)
    )


#: Words before a spelled count that makes "a minute" after it a rate ("at one a minute").
_RATE_LEADS: Final = frozenset({"at", "of", "about", "around", "roughly", "nearly", "some"})
#: Verbs in "-s" that take a length ("takes a year", "lasts a week"): before "a year" no
#: plural counted by a rate (`_is_rate`).
_LENGTH_VERBS: Final = frozenset(
    {"takes", "lasts", "spends", "requires", "needs", "waits", "remains", "stays", "serves"}
    | {"spans", "continues", "lingers", "gets", "gives", "allows"}
)
#: Words after "a day" that make it a distance from an event, not a rate (`_is_rate`).
#: ("a lead in delegates a month into the contest": "into" too)
_DISTANCE_WORDS: Final = frozenset({"after", "before", "later", "earlier", "into"})
#: Plural nouns without an "s", which a rate may count ("50 men a day", "people a week").
_IRREGULAR_PLURALS: Final = frozenset(
    {"men", "women", "people", "children", "police", "feet", "mice", "geese", "teeth"}
)


def _a_day_noun(ctx: _Context, *, day: bool) -> bool:
    """
    Whether "a day", "one day" or "a year" is a noun phrase, not a length of time.

    "On a day when markets fell", "in 1988, a year when": a "when" clause after it
    describes the unit; after a *day* so do "that", "where", "like" and an "of" phrase ("a
    day of celebration", "for a night of music"; "within a day of his arrest" stays a
    length). A "one day" ending a clause with a future ("hopes to see him one day") is
    someday, which `_build_duration` reads as ``FUTURE_REF``.
    """
    if ctx.raw("ortwo") is not None:
        return False  # "for just a minute or two when the child": a length, roughly
    end = ctx.match.end()
    after = ctx.text[end : min(ctx.hi, end + 20)].lower()
    if day and _described_day(ctx, after):
        return True
    if _DAY_CLAUSE.match(after) is None:
        return False
    if not day and _WHEN_CLAUSE.match(after) is None:
        return False  # "after a year of talks", "the second time within a week that"
    if after.lstrip().startswith("of"):
        before = ctx.text[max(ctx.lo, ctx.match.start() - 10) : ctx.match.start()].split()
        if not before:
            return True
        if ctx.match.group().lower().endswith("night"):
            # "They came for a night of music and dancing": a night out, no length
            return before[-1].lower() != "within"
        return before[-1].lower() not in {"within", "in", "for", "after", "about"}
    return True


def _described_day(ctx: _Context, after: str) -> bool:
    """
    Whether "a day" or "a night" after a copula is described, no length of time.

    "It's been a night mostly lacking cheers", "It was a day to remember", "Today is a day
    for celebration", "On a day rich in symbolism". Not a length ("The delay was a day and
    a half", "He was a day late"): a word must follow that does not go on measuring.
    """
    before = ctx.text[max(ctx.lo, ctx.match.start() - 12) : ctx.match.start()].split()
    if not before or (
        before[-1].lower().replace("\u2019", "'") not in _COPULAS and before[-1].lower() != "on"
    ):
        return False  # after "on" too: "On a day rich in symbolism", no length
    following = after.split(None, 1)
    # a subject with its verb contracted may follow ("a day we're supposed to spend")
    # (not "a day's work": a length)
    raw = following[0] if following else "'"
    word = raw.replace("'", "").replace("\u2019", "")
    return raw[0] not in "'\u2019" and word.isalpha() and word not in _MEASURING


#: Copulas before "a day" that make it a described day ("it was a day to remember").
_COPULAS: Final = frozenset({"is", "was", "been", "be", "were", "are", "it's", "that's"})
#: Words after "a day" that keep it a length ("a day late", "a day and a half").
_MEASURING: Final = frozenset(
    {
        "ago",
        "later",
        "earlier",
        "before",
        "after",
        "long",
        "or",
        "and",
        "away",
        "off",
        "old",
        "late",
        "early",
        "short",
        "behind",
        "ahead",
        "apart",
    }
)
#: What follows a unit other than a day that makes it a noun phrase ("a year when", "a year
#: that already had"; not "the first time in a year that the company posted", nor "a week
#: that saw the index fall", which TimeBank tags as a length).
_WHEN_CLAUSE: Final = regex.compile(
    r"\s{1,3}(?:when|in\s{1,3}which|during\s{1,3}which"
    r"|that\s{1,3}(?:already|has|had|was|is|will|would)\b)\b"
)
#: What follows "a day" that makes it a noun phrase ("a day when", "a day of", "a day that",
#: "a day in which", "a day on which").
_DAY_CLAUSE: Final = regex.compile(
    r"\s{1,3}(?:when|that|where|like|of|(?:in|on|during)\s{1,3}which)\b"
)


#: Words after which "one day" is "some day in the future" ("will one day be", "to one day
#: lead"), not a length of time.
_SOMEDAY_BEFORE: Final = frozenset(
    {"will", "would", "may", "might", "could", "can", "should", "must", "to", "shall"}
)


#: Verbs of a hope before "one day to" ("hope one day to harness it").
_HOPE_WORDS: Final = frozenset(
    {"hope", "hopes", "hoped", "hoping", "dream", "dreams", "dreamed", "wish", "wishes"}
    | {"wants", "want", "wanted", "aspire", "aspires", "expects"}
)
#: ... and words of a hope before "of one day" ("his dream of one day owning a home").
_HOPES_BEFORE_OF: Final = _HOPE_WORDS | {"dreaming", "thought"}
#: Words after which "one day" may open a clause ("says one day he may", "and one day we").
_CLAUSE_OPENERS: Final = frozenset(
    {"says", "said", "say", "believes", "believe", "thinks", "think", "knows", "know", "hopes"}
    | {"hope", "and", "but", "that", "maybe", "perhaps", "so"}
)
#: Subject pronouns that open a clause after "one day" ("one day he may walk again").
_SUBJECT_PRONOUNS: Final = frozenset({"i", "we", "you", "he", "she", "they", "it"})


def _is_someday(ctx: _Context) -> bool:
    """
    Whether the match is "one day" used as "someday".

    After a modal or "to", before a verb ("will one day be"); after a hope, before "to"
    ("hope one day to harness it"); or before a clause with a modal ("says one day he may
    walk again").
    """
    if ctx.match.group().lower() != "one day":
        return False
    start, end = ctx.match.span()
    before = ctx.text[max(ctx.lo, start - 12) : start].split()
    after = ctx.text[end : min(ctx.hi, end + 16)].split()
    verb = after[0].rstrip(",.;:!?") if after else ""  # "if it should one day happen, ..."
    if before and before[-1].lower() in _HOPE_WORDS and verb == "to":
        return True  # "researchers hope one day to harness it"
    if (
        len(before) > 1
        and before[-1].lower() == "of"
        and before[-2].lower() in _HOPES_BEFORE_OF
        and verb.endswith("ing")
    ):
        return True  # "he dreamed of one day working for the police", "hopes of one day"
    if (
        len(after) > 1
        and (not before or before[-1].lower() in _CLAUSE_OPENERS or before[-1].endswith(","))
        and verb.lower() in _SUBJECT_PRONOUNS
        and after[1].lower() in _SOMEDAY_BEFORE - {"to"}
    ):
        return True  # "He says one day he may walk again"
    if before and before[-1].lower() == "and" and _plain_verb(verb):
        # "to go to college and one day buy her a home": a second infinitive or modal verb
        # ("went to school and one day met her" is in the past; "had a dream to go" a hope)
        clause = _SOMEDAY_CLAUSE_END.split(ctx.text[max(ctx.lo, start - 60) : start])[-1]
        words = clause.lower().split()[:-1]
        return any(word in _SOMEDAY_BEFORE for word in words) and (
            any(word in _HOPE_WORDS for word in words)
            or not any(word in PAST_CUES or _ed_form(word) for word in words)
        )
    return (
        bool(before)
        and before[-1].lower() in _SOMEDAY_BEFORE
        and verb.isalpha()
        and verb.islower()
        and verb not in _NO_VERBS
    )


#: Words after "one day" that are no verb of a "someday" (`_is_someday`, `_plain_verb`).
_NO_VERBS: Final = frozenset({"and", "or", "of", "later", "earlier", "after", "before", "in"})
#: What ends a clause for `_is_someday`.
_SOMEDAY_CLAUSE_END: Final = regex.compile(r"[.;:!?,]")


def _second_alone(ctx: _Context) -> bool:
    """
    Whether "a second" is a length.

    After "for" and before the clause's end ("went silent for a second."), where the ordinal
    would need its noun ("a second term").
    """
    start, end = ctx.match.span()
    after = ctx.text[end : min(ctx.hi, end + 2)].lstrip(" ")
    return _word_before(ctx.text, start) == "for" and (not after or after[0] in ".,;:!?")


def _plain_verb(word: str) -> bool:
    """
    Whether *word* may be a verb's plain form ("buy", "run").

    Lower-case letters, not a form in -s ("pass" may be), -ed or -ing or a past
    ("met"), and not a word of the clause's frame.
    """
    return (
        word.isalpha()
        and word.islower()
        and not (word.endswith("s") and not word.endswith("ss"))
        and not word.endswith(("ed", "ing"))
        and word not in PAST_CUES
        and word not in _NO_VERBS
        and word != "the"
    )


def _for_a_moment(ctx: _Context) -> bool:
    """
    Whether "a minute" or "a second" follows "for" after a verb of thinking ("believe").
    """
    if (ctx.group("num") or "") not in {"a", "one"}:
        return False
    before = ctx.text[max(ctx.lo, ctx.match.start() - 32) : ctx.match.start()].lower().split()
    return len(before) > 1 and before[-1] == "for" and before[-2] in _THINKING_VERBS


#: Verbs of thinking that "for a minute" after them negates ("don't think for a minute").
_THINKING_VERBS: Final = frozenset(
    {"believe", "believed", "think", "thought", "doubt", "doubted", "imagine", "imagined"}
    | {"suppose", "pretend", "assume", "hesitate", "hesitated", "forget", "consider"}
)


#: Units of "one minute ..., the next ...", a moment set against the next (`_build_duration`).
_MOMENT_UNITS: Final = frozenset({"S", "MIN", "H", "D"})
#: Verbs of staying or needing before "one day", which keep it a length ("will stay one day.").
_STAYING: Final = frozenset({"stay", "stays", "remain", "remains", "rest", "need", "needs"})


def _hoped_with_modal(ctx: _Context) -> bool:
    """
    Whether the clause before the match holds a hope and a modal, and no past word.

    "I hope I can be like that one day": someday, though "hope" is in the present.
    """
    start = ctx.match.start()
    clause = _SOMEDAY_CLAUSE_END.split(ctx.text[max(ctx.lo, start - 60) : start])[-1]
    words = clause.lower().split()
    return (
        any(word in _HOPE_WORDS for word in words)
        and any(word in _SOMEDAY_BEFORE for word in words)
        and not any(word in PAST_CUES for word in words)
    )


#: Words before "one day" that make it a length all the same ("took one day, and the next").
_LASTING_WORDS: Final = frozenset(
    {"took", "take", "takes", "lasted", "last", "lasts", "for", "spent", "spend", "waited"}
    | {"wait", "in", "within", "after", "about", "only", "just", "barely", "over", "than"}
)
#: Words before a closing "one day" that keep it a length, told ahead or not.
_KEEPS_LENGTH: Final = _LASTING_WORDS | _STAYING
#: The rest of that clause and "the next" after a comma, "and" or "but", before the unit,
#: a comma or a subject ("the next minute", "the next he was gone"; not "the next session").
_THE_NEXT_MOMENT: Final = regex.compile(
    r"[^.!?;:\n]{1,70}?(?:,|\band|\bbut)[^\S\n]++(?:then[^\S\n]++)?the[^\S\n]++next"
    r"(?:[^\S\n]++(?:second|minute|moment|hour|day)\b|[^\S\n]*+[,\u2013\u2014]"
    r"|[^\S\n]++(?:he|she|they|it|we|you|i|there|his|her|their|its)\b)",
    regex.IGNORECASE,
)


def _build_duration(ctx: _Context) -> _Result | None:
    if _article_before_plural(ctx):
        return None  # "kids now a days": "nowadays" misspelt, no day
    unit_word = ctx.group("unit") or ""
    unit, multiplier = _unit_of(unit_word)
    if unit_word not in UNITS:
        unit_word = _norm(unit_word) or ""  # "the past quarter - century": one unit
    num_word = ctx.group("num")
    if (
        unit_word.lower() == "weekend"
        and num_word is not None
        and num_word.lower() not in {"a", "an", "one"}
        and ctx.raw("num2") is None
    ):
        return None  # "three weekend games", "several dozen weekend shooting victims"
    following = _word_after(ctx.text, ctx.match.end())
    if _some_night(ctx, num_word, unit_word, following):
        return _Result(_TIME, "XXXX-XX-XXTNI")  # "One night in the late 1960s, he ..."
    if (
        unit == "Q"
        and num_word in {"a", "one"}
        and _word_before(ctx.text, ctx.match.start()).strip(_PUNCTUATION) in _COIN_VERBS
    ):
        return None  # "save a quarter on each gallon", "SPEND A QUARTER": a coin, no length
    if unit_word.lower() == "night" and following in _NIGHT_NOUNS:
        return None  # "a night spot", "a night shift": a kind of place or work
    if (
        unit_word.lower() == "weekend"
        and following.lower() in _WEEKEND_NOUNS
        and not _in_incident_sentence(ctx.text, *ctx.match.span())
    ):
        # "before a weekend performance": a kind of event (in a sentence of an incident,
        # "shot at a weekend party", the weekend it was held)
        return None
    if (
        num_word is not None
        and num_word.lower() == "one"
        and unit in _MOMENT_UNITS
        and _word_before(ctx.text, ctx.match.start()).lower() not in _LASTING_WORDS
        and _THE_NEXT_MOMENT.match(ctx.text, ctx.match.end(), min(ctx.hi, ctx.match.end() + 90))
    ):
        # "One minute he was laughing, the next he was gone": a moment set against the
        # next, no length
        return None
    if (
        following == "mark"
        and unit in _CLOCK_UNITS
        and ctx.text[ctx.match.end() : ctx.match.end() + 1] == " "
    ):
        # "at the 7 minute mark": a point in a recording or a speech, no length ("the
        # two-year mark" of an inquiry is one)
        return None
    if _AGE_TAIL.match(ctx.text, ctx.match.end(), min(ctx.hi, ctx.match.end() + 40)):
        # "between one week and three months old", "up to a century or more old": an age
        return None
    if _PREGNANT.match(ctx.text, ctx.match.end(), _reach(ctx)) is not None:
        return None  # "seven months pregnant", "34 weeks pregnant": how far along, as an age
    if num_word is not None and (
        _word_before(ctx.text, ctx.match.start()) in _AGE_NOUNS
        or _AGE_LEAD.search(ctx.text, max(ctx.lo, ctx.match.start() - 60), ctx.match.start())
        or _OLDER_THAN.search(ctx.text, max(ctx.lo, ctx.match.start() - 16), ctx.match.start())
    ):
        # "at about age 15 months", "a man aged 15 years", "a child older than one year":
        # an age, as "15 years old"; so are
        # the ends of a range of ages ("ranging in age from one month to 4 years", "between
        # the ages of two months and 11", "siblings - ages 13 years to 7 months", "men who
        # range from 19 to 34 years")
        return None
    if unit in {"MIN", "S"} and _for_a_moment(ctx):
        return None  # "I don't believe for a minute that": never, no length
    vague = ctx.group("vague")
    if vague is not None and vague.lower() == "some" and unit_word.lower() == "day":
        return _Result(_DATE, "FUTURE_REF")  # "we will meet again some day": someday
    if num_word is None and vague is None:
        # "a day-long meeting" is one day, "a decades-long battle" some decades, "the past
        # quarter century" one
        one = unit_word in _SINGULAR_UNITS and (
            ctx.raw("adj") is not None or ctx.raw("rel") is not None
        )
        if one and ctx.raw("half") is not None:  # "the past year and a half"
            return _Result(_DURATION, _duration_value(1.5, unit, multiplier))
        if one and ctx.raw("ortwo") is not None:  # "in the next day or two": a day, roughly
            return _Result(_DURATION, _duration_value(1.0, unit, multiplier), "APPROX")
        return _Result(_DURATION, _duration_value(1.0 if one else None, unit, multiplier))
    if vague is not None:
        if unit == "Q" and vague in {"some", "many"}:
            return None  # "in some quarters": places, no time
        if "couple" in vague:
            return _Result(_DURATION, _duration_value(2, unit, multiplier), "APPROX")
        count = _as_many(ctx) if vague.lower() == "many" else None
        return _Result(_DURATION, _duration_value(count, unit, multiplier))
    if (
        num_word in {"a", "an"}
        and unit == "S"
        and ctx.raw("ortwo") is None
        and not _second_alone(ctx)
    ):
        return None  # "a second term" ("a second or two", "silent for a second." are lengths)
    if _is_title(ctx) or _capitalised_unit(ctx):
        return None  # CBS's "60 Minutes", "the movie 13 Hours by Michael Bay"
    if _is_someday(ctx):
        return _Result(_DATE, "FUTURE_REF")  # "Islam will one day be the largest"
    if (day := _some_day(ctx)) is not None:
        return _Result(_DATE, day)  # "One day in June 2014, she met him"
    if (
        num_word is not None
        and num_word.lower() in {"a", "an", "one"}
        and ctx.raw("rel") is None
        and _a_day_noun(ctx, day=unit == "D")
    ):
        return None  # "on a day when", "a day of celebration", "1988, a year when"
    if (
        unit == "D"
        and num_word is not None
        and num_word.lower() == "one"
        and _word_before(ctx.text, ctx.match.start()).lower() not in _KEEPS_LENGTH
        and (
            (
                ctx.text[ctx.match.end() : ctx.match.end() + 1] in {".", ",", ";", "!", "?"}
                and (ctx.tense() == _FUTURE or _hoped_with_modal(ctx))
            )
            or (ctx.text.startswith(" and ", ctx.match.end()) and _hoped_with_modal(ctx))
        )
    ):
        # "hopes to see him one day.", "I hope I can be like that one day and just show
        # love"; not "the trip will take one day."
        return _Result(_DATE, "FUTURE_REF")
    if (
        num_word in {"a", "one"}
        and unit in {"MIN", "S"}
        and _word_before(ctx.text, ctx.match.start()).strip(_PUNCTUATION) in {"wait", "hold"}
        and ctx.text[ctx.match.end() : ctx.match.end() + 1] in _CLAUSE_ENDS
    ):
        return None  # "saying wait a minute, the wealth ...": a call to stop, no length
    if num_word in {"a", "an"} and ctx.raw("rel") is None and _is_rate(ctx):
        return None  # "$500 million a year", "four flights a week": a rate, not a duration
    if (
        num_word in {"a", "an"}
        and ctx.raw("rel") is None
        and (ctx.raw("unit") or "").lower() in {"day", "night"}
        and _incident_after(ctx)
    ):
        return None  # "calling it a night shooting": when it happened, no length of a night
    if (
        unit == "WE"
        and num_word in {"a", "an"}
        and ctx.raw("rel") is None
        and (
            _noun_after(ctx, INCIDENT_NOUNS, plain=3)
            or (_noun_after(ctx, SCHEDULED_NOUNS, plain=3) and ctx.tense() == _PAST)
            or (
                _noun_after(ctx, WEEKEND_GATHERINGS, plain=3)
                and ctx.tense() == _PAST
                and _sentence_has(ctx, _INCIDENT_WORDS, 120, _INCIDENT_STEMS)
            )
        )
    ):
        # "a weekend shooting", "a weekend block party shooting", "disrupted a weekend
        # Democratic convention", "was shot at a weekend party" (not "took a weekend trip
        # in May"): the weekend it happened
        return _incident_weekend(ctx)
    if (
        unit == "WE"
        and num_word in {"a", "an"}
        and ctx.raw("rel") is None
        and ctx.text[max(ctx.lo, ctx.match.start() - 7) : ctx.match.start()]
        .lower()
        .endswith(("on ", "during "))
    ):
        return _Result(_DATE, "XXXX-WXX-WE")  # "the highest total on a weekend": some weekend
    following = ctx.text[ctx.match.end() : ctx.match.end() + 8]
    if unit == "Q" and (
        following.startswith((" of", " and a ", " and one "))
        or "-quarter" in ctx.match.group().lower()
    ):
        # "three-quarters of its food", "a quarter of the vote", "About three-quarters
        # support", "a quarter and a third of voters": fractions
        return None
    amount = _number(num_word)
    if amount is None or amount <= 0:
        return None
    if ctx.raw("half"):
        amount += 0.5
    # "four-plus months": more than four; "four or five months": about four
    # "eight hours plus", "a year-plus": more than that
    mod = "MORE_THAN" if ctx.raw("plus") is not None or ctx.raw("after_plus") is not None else None
    if ctx.raw("ormore") is not None:
        mod = "EQUAL_OR_MORE"  # "two or more years", as "two years or more"
    if (
        ctx.raw("num2") is not None
        and (" or " in (matched := ctx.match.group().lower()) or ", " in matched)
    ) or ctx.raw("ortwo") is not None:
        mod = "APPROX"  # "four or five months", "a year or two", "five, maybe six years"
    if mod is None and (ahead := _in_units_ahead(ctx, unit, amount * multiplier)) is not None:
        return ahead  # "would be redeemed in five years": the year five years on
    return _Result(_DURATION, _duration_value(amount, unit, multiplier), mod)


def _in_units_ahead(ctx: _Context, unit: str, amount: float) -> _Result | None:
    """
    The date a whole count of days to years after "in" points to in a future clause, or ``None``.

    "The stock would be redeemed in five years", "will cost $160,000 in 18 years": the time
    that far from the reference, as TimeBank writes it (``1994``); not a length lived
    through ("the first rise in five years", "the highest in a decade"), nor one after "in
    the", "in about" (the determiner or qualifier stands between), nor "in a year" (as
    often a rate or a span as a time ahead).
    """
    reference = ctx.reference
    start = ctx.match.start()
    if (
        reference is None
        or unit not in _AHEAD_UNITS
        or amount != int(amount)
        or ctx.raw("rel") is not None
        or ctx.raw("num2") is not None
        or (ctx.group("num") or "").lower() in {"a", "an"}  # "can accept in a year": a rate
        or ctx.text[max(ctx.lo, start - 4) : start].lower() not in {" in ", "\nin "}
        or _SPAN_BEFORE_IN.search(ctx.text, max(ctx.lo, start - 48), start) is not None
        or ctx.left_tense() != _FUTURE
        or _FUTURE_AUXILIARY.search(ctx.text, _sentence_opening(ctx), start) is None
    ):
        return None
    moved = shift(reference, unit, int(amount))
    if moved is None:
        return None
    return _Result(_DATE, format_value(moved, unit), updates=False)


#: A future or conditional auxiliary ("will", "'ll", "would", "could"): the clause looks ahead
#: ("I pledged to create 700,000 jobs in seven years" has none: a span, lived through).
_FUTURE_AUXILIARY: Final = regex.compile(
    r"\b(?:will|won['\u2019]t|would|wouldn['\u2019]t|shall|could|might"
    # "is likely to run for reelection in two years", "are expected to open in two years"
    r"|(?:is|are|['\u2019]s|['\u2019]re)[^\S\n]+(?:likely|expected|set|scheduled|due|poised)"
    r"[^\S\n]+to)\b|['\u2019]ll\b",
    regex.IGNORECASE,
)
#: Units a count after "in" may point ahead by (days to years; a decade counts as years).
_AHEAD_UNITS: Final = frozenset({"D", "W", "M", "Y"})
#: Words before "in" that make the count a length lived through: a first, a superlative, a
#: count of times, a negation ("the first increase in five years", "the highest level in a
#: decade", "twice in two years", "the dress she hasn't worn in six months").
_SPAN_BEFORE_IN: Final = regex.compile(
    r"\b(?:first|last|only|\w{2,}est|most|least|times?|twice|once|ever|since|never|not"
    r"|hasn['\u2019]t|haven['\u2019]t|hadn['\u2019]t)(?![\w'\u2019])"
    r"(?:[^\S\n]++[^\s.;:!?]++){0,4}?[^\S\n]++in[^\S\n]$",
    regex.IGNORECASE,
)


def _incident_after(ctx: _Context) -> bool:
    """
    Whether an incident noun follows the expression ("a weekend [shooting]").
    """
    return _noun_after(ctx, INCIDENT_NOUNS)


def _noun_after(ctx: _Context, nouns: frozenset[str], plain: int = 1) -> bool:
    """
    Whether one of *nouns* ends the noun phrase after the expression.

    After a possessive, one or two modifiers may come first ("Tuesday's midtown [shooting]",
    "Tuesday's New Hampshire [primary]"), else *plain* words are read ("the November
    [election]"); a function word or a comma ends the phrase ("Tuesday's vigil for the
    shooting victims").
    """
    end = ctx.match.end()
    after = ctx.text[end : min(ctx.hi, end + 40)]
    if after.startswith((" and ", " or ")) and (
        (name := after.split(None, 2)[1:2])
        and name[0][0].isupper()
        and name[0].lower().rstrip(".") in _LISTED_NAMES
    ):
        # "the weak August and September performance": the noun is both names'
        end = ctx.text.find(name[0], end) + len(name[0])
        after = ctx.text[end : min(ctx.hi, end + 40)]
    if after.startswith(("'s ", "\u2019s ")):
        words = after[3:].split(None, _POSSESSED_WORDS)[:_POSSESSED_WORDS]
    else:
        words = after.split(None, plain)[:plain]
    for raw in words:
        cut = raw.find(".")
        if 0 < cut < len(raw) - 1 and raw[cut + 1].isupper():
            raw = raw[:cut]  # "a weekend shooting.A 14-year-old": a sentence glued on
        word = raw.lower().strip(_PUNCTUATION)
        if word in nouns:
            return True
        if word in FUNCTION_WORDS or word != raw.lower():
            return False
    return False


#: Month and weekday names another may be listed with before the noun they share ("the
#: August and September performance", "Monday and Tuesday's meetings").
_LISTED_NAMES: Final = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _event_noun_next(ctx: _Context) -> bool:
    """
    Whether an event held on a set day stands next to the match, before it or after it.

    "the November election", "November's general election", "the convention in July", "a
    June referendum" (one of `SCHEDULED_NOUNS`, at most one word between).
    """
    if _noun_after(ctx, SCHEDULED_NOUNS, plain=2):
        return True
    start = ctx.match.start()
    before = ctx.text[max(ctx.lo, start - 24) : start].lower().split()
    return len(before) >= 2 and before[-1] == "in" and before[-2] in SCHEDULED_NOUNS  # noqa: PLR2004


#: How many words after "'s" may hold the incident noun ("Tuesday's deadly midtown shooting").
_POSSESSED_WORDS: Final = 3


def _incident_weekend(ctx: _Context) -> _Result:
    """
    The weekend of "a weekend shooting": the last one, or the one under way.
    """
    reference = ctx.reference
    if reference is None:
        return _Result(_DATE, "XXXX-WXX-WE")
    offset = -1 if reference.weekday() < _SATURDAY else 0
    return _Result(_DATE, format_value(_weekend(reference, offset), "WE"))


#: The units named in the singular ("day", not "days").
_SINGULAR_UNITS: Final = frozenset(
    word for word in UNITS if f"{word}s" in UNITS or f"{word[:-1]}ies" in UNITS
)


#: How many days into January a year's end told in the past tense is the one just gone.
_NEW_YEAR_DAYS: Final = 15
#: The last month of the year, whose "year-end" is still ahead.
_DECEMBER: Final = 12


def _build_year_end(ctx: _Context) -> _Result | None:
    """
    "year-end" is the closing day of the year; "year end" and "year's end" are the end of it.

    The compound names the day accounts close ("since year-end", "year-end results"); the
    two words read as "the end of the year", the year with mod ``END``. "month's end" and
    "month-end" are this month's (last month's after "since"), as "week's end" is this week's;
    "day's end" is the end of the day the story is on.
    """
    reference = ctx.reference
    closing = "-" in ctx.match.group()
    part = _norm(ctx.group("part"))
    if part is not None:
        # "by week's end": the end of this week (the last one's after "since"); "At day's
        # end, Clinton said": the end of the day the story is on, the last one named
        if part == "day":
            day = _day_base(ctx)
            if day is None:
                return _Result(_DATE, "XXXX-XX-XX", "END")
            return _Result(_DATE, day.isoformat(), "END")
        if reference is None:
            return _Result(_DATE, "XXXX-WXX", "END")
        week = reference - dt.timedelta(days=7 if ctx.near_direction() == _PAST else 0)
        return _Result(_DATE, format_value(week, "W"), "END")
    if ctx.raw("month") is not None:
        # "by month's end": the end of this month, "since month-end" the last day of the last
        if reference is None:
            return _Result(_DATE, "XXXX-XX", "END")
        month = reference.replace(day=1)
        if ctx.near_direction() == _PAST:
            month -= dt.timedelta(days=1)
        value = format_value(month, "M")
        if closing:
            bounds = interval(value)  # the month's first and last day
            return None if bounds is None else _Result(_DATE, bounds[1].isoformat())
        return _Result(_DATE, value, "END")
    if reference is None:
        return _Result(_DATE, "XXXX-12-31" if closing else "XXXX", None if closing else "END")
    year = reference.year
    if (
        ctx.near_direction() == _PAST
        and not (
            reference.month == _DECEMBER and _word_before(ctx.text, ctx.match.start()) != "since"
        )
    ) or (reference.month == 1 and reference.day <= _NEW_YEAR_DAYS and ctx.tense() == _PAST):
        # "since year-end"; "sales were up at year's end" in a story of January 4: the year
        # just ended; in December the end is this year's whatever the verb ("spoke about the
        # year-end budget agreement" on December 15), but for "since"
        year -= 1
    if closing:
        return _Result(_DATE, f"{year:04d}-12-31")
    return _Result(_DATE, f"{year:04d}", "END")


def _future_name(ctx: _Context) -> bool:
    """
    Whether "the future" is an adjective before a name ("the future Trump hotel").

    A capitalised word after it, not a sentence's subject after "in the future" ("In the
    future Americans will"), names what is to be.
    """
    after = ctx.text[ctx.match.end() : min(ctx.hi, ctx.match.end() + 16)]
    if not after.startswith(" ") or not after[1:2].isupper():
        return False
    before = ctx.text[max(ctx.lo, ctx.match.start() - 12) : ctx.match.start()].split()
    return not before or before[-1].lower() not in _FUTURE_PREPOSITIONS


#: Prepositions of "the future" as a time ("in the future", "for the future").
_FUTURE_PREPOSITIONS: Final = frozenset({"in", "into", "for", "to", "toward", "towards", "until"})


def _build_vague(ctx: _Context) -> _Result | None:
    if ctx.match.group()[:1].isupper() and (_ends_quoted_title(ctx) or _after_title_word(ctx)):
        # “Larry King Now”, “All Right Now”, "Democracy Now reported" (not “Now I can't ...”)
        return None
    matched = ctx.match.group()
    if matched.lower().endswith(" future") and matched[-6:-5].isupper() and not matched.isupper():
        return None  # "the movie Back to the Future", "Bridge to the Future": a title
    if matched.lower() == "the future" and _future_name(ctx):
        return None  # "a tour of the future Trump International Hotel": soon to be
    word = _norm(ctx.group("word")) or ""
    if word.endswith(
        (
            *("while", "some time", "short time", "short-time", " of time", " span", " period"),
            *(" frame", "moments"),
        )
    ):
        # "for a while", "for some time": some length, as TimeBank tags them; so "in a
        # short period of time" is
        return _Result(_DURATION, "PXX")
    return _Result(_DATE, _VAGUE_VALUE.get(word, "FUTURE_REF"))


def _build_then(ctx: _Context) -> _Result | None:
    start = ctx.match.start()
    if (
        ctx.text[start : start + 4].lower() == "that"
        and _word_before(ctx.text, start).strip(_PUNCTUATION) != "since"
    ):
        # "at that time", "knew that time was running out"; "until that time" and "by that
        # time" may look ahead ("This process may take several weeks. Until that time, ...")
        return None
    decade = ctx.state.then_decade
    if decade is not None:
        # "By the late 1970s, he was living at home. By then, ...": the decade named last
        return _Result(_DATE, decade, anchored=ctx.state.then_decade_span or True)
    anchor = ctx.state.anchor
    if anchor is None:
        if ctx.reference is None and ctx.state.loose_day:
            # "They met on March 3. Since then, ..." with no reference: that day, of no
            # known year (`XXXX-03-03`), as "the next day" after it is its day after
            return _Result(_DATE, ctx.state.loose_day)
        if month := _open_month(ctx.state):
            # "took the town in September. Since then, ..." with no reference: that month,
            # of no known year (`XXXX-09`)
            return _Result(_DATE, month)
        return _Result(_DATE, "PAST_REF")
    return _Result(_DATE, anchor, anchored=True)


def _aside(ctx: _Context, result: _Result | None) -> _Result | None:
    """
    *result*, no anchor of later anaphora when it looks back with feeling.

    "that fateful night", "that horrific day": such a phrase recalls a day told of before,
    often long before the one named last, most often the incident's (when one is dated
    before the day it would take, that day: the latest incident dated, the story's own, not
    an older one it recalls); the story does not go on from it.
    """
    if result is None or _EMOTIVE.match(ctx.text, ctx.match.start(), _reach(ctx)) is None:
        return result
    # the latest incident told of: the story's own, not an older one recalled after it
    state = ctx.state
    incident, where = state.incident, state.incident_span
    if state.latest_incident is not None:
        incident, where = state.latest_incident, state.latest_incident_span
    day, _, part = result.value.partition("T")
    if (
        incident is not None
        and len(day) == _DAY_VALUE_LENGTH
        and "X" not in day
        and incident[:_DAY_VALUE_LENGTH] < day
    ):
        # "four teenagers were gunned down on the night of March 13, 2013 ... shot six
        # times that fateful night": the incident's night
        value = f"{incident[:_DAY_VALUE_LENGTH]}T{part}" if part else incident[:_DAY_VALUE_LENGTH]
        return result._replace(value=value, updates=False, anchored=where or True)
    return result._replace(updates=False)


#: "that" and a word of feeling before a day or a part of it ("that fateful night").
_EMOTIVE: Final = regex.compile(
    r"that[^\S\n]+(?:" + "|".join(FEELING_WORDS) + r")\b", regex.IGNORECASE
)


_BUILDERS: Final[dict[str, Callable[[_Context], _Result | None]]] = {
    "date": _build_date,
    "clock": _build_clock,
    "month": _build_month,
    "year": _build_year,
    "decade": _build_decade,
    "century": _build_century,
    "new_year": _build_new_year,
    "quarter": _build_quarter,
    "quarter_anaphor": _build_quarter_anaphor,
    "ago": _build_ago,
    "relative": lambda ctx: _aside(ctx, _build_relative(ctx)),
    "the_unit": _build_the_unit,
    "weekday": _build_weekday,
    "nth_weekday": _build_nth_weekday,
    "part_of_day": lambda ctx: _aside(ctx, _build_part_of_day(ctx)),
    "named_day": _build_named_day,
    "season": _build_season,
    "holiday": _build_holiday,
    "set": _build_set,
    "recent": _build_recent,
    "duration": _build_duration,
    "vague": _build_vague,
    "year_end": _build_year_end,
    "then": _build_then,
}

_NUMERIC_KINDS: Final = frozenset({"duration", "ago", "clock"})


def _premod(  # noqa: PLR0917 - the expression and its text
    text: str, lowered: str, start: int, lo: int, kind: str, result: _Result
) -> tuple[int, str | None]:
    """
    Extend the expression left over a qualifying word; return the new start and the mod.
    """
    if start <= lo or text[start - 1] not in " -":
        return start, None  # (`scan` has read a no-break space as a space: "more than 200 years")
    if text[start - 1] == " ":
        # the common case, "said on Tuesday": a plain word that qualifies nothing
        space = lowered.rfind(" ", max(lo, start - 32), start - 1)
        if space >= 0:
            word = lowered[space + 1 : start - 1]
            if word.isalpha():
                if word not in PREMOD_LAST_WORDS:
                    return start, None
                before = lowered[max(lo, start - 32) : start].rstrip()
                if word not in PREMODS and not before.endswith(_PREMOD_ENDING[word]):
                    return start, None  # "in", "of", "to": not after "earlier", "the end", "up"
                if word in _LONE_PREMODS and not lowered.endswith("the", 0, space):
                    # "about 8 p.m.", "nearly 30 years": a one-word qualifier that ends no
                    # longer one, read without the qualifier pattern's search (after "the",
                    # a space or the text's start before it, the search decides: "The early
                    # 1990s" opening a paragraph keeps its article)
                    return _premod_span(text, start, kind, result, word, space + 1, space + 1)
    words = text[max(lo, start - 32) : start].replace("-", " ").rsplit(None, 1)
    # "“About a minute after ...", "(about two hours)": a quote or bracket may open it
    if not words:
        return start, None
    last = words[-1]
    if (glued := _GLUED_SENTENCE.search(last)) is not None:
        # "was shot.Around 3 a.m.", 'forthwith."Early today': a sentence or a quotation closed
        # with no space after
        last = last[glued.end() :]
    if (last := last.lower().lstrip(_OPENERS)) not in PREMOD_LAST_WORDS:
        return start, None
    if last not in PREMODS and not lowered[max(lo, start - 32) : start].rstrip().endswith(
        _PREMOD_ENDING[last]
    ):
        return start, None  # "in", "of", "to": not after "earlier", "the end", "up"
    match = _PREMOD.search(text, max(lo, start - 32), start)
    if match is None:
        return start, None
    word = " ".join(match.group(_PREMOD_WORD).lower().split())
    return _premod_span(text, start, kind, result, word, match.start(), match.start(_PREMOD_WORD))


def _premod_span(  # noqa: PLR0917 - the expression and its qualifier
    text: str,
    start: int,
    kind: str,
    result: _Result,
    word: str,
    phrase_start: int,
    word_start: int,
) -> tuple[int, str | None]:
    """
    The new start and the mod of an expression qualified by *word*.

    *phrase_start* is where the qualifier begins with any "the" before it, *word_start*
    where its word begins.
    """
    mod = PREMODS.get(word, PREMODS.get(word.rstrip("-"), ""))
    core_has_the = text[start : start + 4].lower() == "the "
    if mod in _CALENDAR_MODS:
        if (
            word in {"earlier", "later"}
            and kind in {"weekday", "named_day", "part_of_day"}
            and text[start : start + 5].lower() not in {"that ", "this "}
        ):
            # "earlier Tuesday"; not "Earlier that evening", as "that day", nor "later this
            # afternoon", as TimeBank tags it ("earlier this month")
            return start, None
        if word in {"earlier in", "later in"} and len(result.value) == 10:  # noqa: PLR2004
            return start, None  # "later in [the day]", as TimeBank tags it
        if (
            word in {"earlier", "later"}
            and _word_before(text, word_start).lower() in _COMPARED_BY
            and kind in _MONTH_DAY_KINDS
        ):
            # "his earlier January bus tour", "a later March meeting": one of two compared,
            # not the month's start or end
            return start, None
        if word.endswith(" hours of") and "T" in result.value:
            # "the early hours of Thursday morning": the part of the day names the hours (as
            # AQUAINT tags it); "the early hours of Sunday" is "early Sunday"
            return start, None
        if result.type not in {_DATE, _TIME} or kind in {"vague", "set", "then"}:
            return start, None
        if result.value.endswith("_REF"):
            return start, None
        if kind in _MONTH_DAY_KINDS and " " not in word:
            # months and days take no article: in "the late-November trip" it is the trip's
            return word_start, mod
        return phrase_start, mod
    if mod == "BEFORE" or mod == "AFTER":  # noqa: PLR1714 - two strings, no set
        # "post-1959", "pre-Christmas": a date, the period before or after it
        if result.type is not _DATE or kind in {"vague", "set", "then"}:
            return start, None
        return word_start, mod
    if word == "over" and (
        not (
            text[start : start + 3].lower().startswith(("a ", "an"))
            or _word_before(text, word_start) in _OVER_MORE
        )
        or _MONEY_BEFORE.search(text, max(0, word_start - 80), word_start) is not None
    ):
        # "over the years", "rose 5 percent over 10 years"; "would raise $1 trillion over a
        # decade" (during it); but "for over two decades" is more than two
        return start, None
    if word in _DURATION_ONLY_PREMODS and kind != "duration":
        return start, None  # "as long as three weeks ago", "under 8 p.m. rules"
    if (
        kind == "ago"
        and word in {"more than", "less than", "fewer than"}
        and _AMOUNT_BEFORE.search(text, max(0, word_start - 24), word_start) is not None
    ):
        # "$74 million more than a year ago", "5 percent less than a year earlier": a
        # comparison of amounts, the date compared with bare
        return start, None
    if mod == "" and _ADJECTIVE_LENGTH.match(text, start, _reach_at(text, start)) is not None:
        return start, None  # "a full 10-year term": the article and "full" are the term's
    if (
        kind in _NUMERIC_KINDS
        or (
            kind in {"date", "month", "year", "year_end"}
            and word in {"around", "approximately", "roughly", "circa"}
        )
        or (kind == "set" and _COUNTED_TIMES.match(text, start, _reach_at(text, start)) is not None)
    ):
        # "around Nov. 1", "around year end"; not "about": "a book about March 1998" is no
        # approximate month; not a weekday: AQUAINT tags "around Wednesday" as the day alone
        if core_has_the and word not in {"at least", "at most", "no more than", "no less than"}:
            return start, None
        return word_start, mod or None
    return start, None


#: A frequency counted in times, which a qualifier may count ("about twice a month", "more
#: than once a week").
_COUNTED_TIMES: Final = regex.compile(
    r"(?:once|twice|thrice|\w{1,12}+[^\S\n]times)\b", regex.IGNORECASE
)
#: A length written as one hyphenated adjective before its noun ("10-year term").
_ADJECTIVE_LENGTH: Final = regex.compile(
    r"[\w.]{1,20}+(?:[^\S\n]?-[^\S\n]?[a-z]{1,12}){0,3}[^\S\n]?-[^\S\n]?"
    r"(?:second|minute|hour|day|night|week|month|year|decade|century)"
    r"(?:-long)?[^\S\n]++[a-z]",
    regex.IGNORECASE,
)
#: An amount right before "more than" or "less than" ("$74 million", "5 percent", "20%").
_AMOUNT_BEFORE: Final = regex.compile(
    r"(?:\d|\b(?:million|billion|trillion|thousand|hundred|percent|points?|dollars|votes))%?"
    r"[^\S\n]+$",
    regex.IGNORECASE,
)


#: Characters that end a clause or an utterance right after an expression.
_CLAUSE_ENDS: Final = frozenset(',.;:!?\u2014\u201d"')


#: Words before a count of years or months that make it an age.
_AGE_NOUNS: Final = frozenset({"age", "aged", "ages"})


def _some_night(ctx: _Context, num_word: str | None, unit_word: str, following: str) -> bool:
    """
    Whether "one night" is a night of a story, which one unknown, not a length.

    It opens its clause ("One night in the late 1960s, he ...", "and one night, she left")
    and a place, a time or a clause follows; "spent one night in jail", "for one night only"
    are lengths.
    """
    if num_word != "one" or unit_word.lower() != "night":
        return False
    before = ctx.text[max(ctx.lo, ctx.match.start() - 8) : ctx.match.start()].rstrip()
    word = _word_before(ctx.text, ctx.match.start()).lower()
    opens = (
        not before
        or before[-1] in ',;:.!?"\u201c\n'
        or before.lower().endswith((" and", " but", " then"))
        # "Flying home one night in the corporate jet", "walking one night when": a night
        # the story tells of (not "spending one night in jail")
        or word in _STORY_NIGHT_BEFORE
        or (word.endswith("ing") and len(word) > 4 and word not in _LENGTH_VERBS_ING)  # noqa: PLR2004
    )
    return opens and (
        ctx.text[ctx.match.end() : ctx.match.end() + 1] == "," or following in _NIGHT_TOLD_AFTER
    )


#: Words right before "one night" that make it a night the story tells of ("flying home one
#: night in the jet", "working late one night when").
_STORY_NIGHT_BEFORE: Final = frozenset({"home", "out", "back", "late", "alone", "together"})
#: Participles before "one night" that make it a length ("spending one night in jail").
_LENGTH_VERBS_ING: Final = frozenset(
    {"spending", "staying", "lasting", "taking", "remaining", "sleeping", "serving", "during"}
)
#: Words after an opening "one night" that tell of a night of the story.
_NIGHT_TOLD_AFTER: Final = frozenset(
    {"in", "last", "when", "after", "as", "that", "while", "during", "he", "she", "they", "we"}
    | {"i", "you", "the", "his", "her", "their"}
    # "One night this July, the family sat down to supper", "one night earlier this year"
    | {"this", "next", "earlier", "early", "late"}
)
#: Words after an opening "one day" that tell of a day of the story ("One day he called";
#: ", one day after the shooting" counts from it).
_DAY_TOLD_AFTER: Final = _NIGHT_TOLD_AFTER - {"after", "as", "during"}
#: Verbs before "a quarter" that make it a coin or a fourth of a sum ("save a quarter").
_COIN_VERBS: Final = frozenset(
    {"save", "saved", "saves", "spend", "spent", "spends", "pay", "paid", "pays", "cost"}
    | {"costs", "charge", "charged", "insert", "inserted", "flip", "flipped", "toss", "tossed"}
)
#: Nouns after "a night" that make it a kind of thing, no length ("a night spot").
_NIGHT_NOUNS: Final = frozenset(
    {"spot", "spots", "club", "clubs", "shift", "shifts", "owl", "owls", "job", "jobs"}
    | {"class", "classes", "school", "nurse", "nurses", "watchman", "crew", "crews"}
)
#: Nouns after "a weekend" of a thing held on a weekend, no length ("a weekend
#: performance"); not of one that lasts it ("a weekend trip", "a weekend visit": `P2D`).
_WEEKEND_NOUNS: Final = frozenset(
    {"performance", "performances", "show", "shows", "concert", "concerts", "job", "jobs"}
    | {"shift", "shifts", "event", "events", "game", "games", "festival", "festivals"}
    | {"class", "classes", "program", "programs", "programme", "service", "services"}
    | {"edition", "editions", "party", "parties", "market", "markets", "crowd", "crowds"}
    | {"traffic", "rally", "rallies", "tournament", "matinee", "brunch", "mass"}
)
#: The end of an age after a length: "old", maybe after the range's other end ("one week
#: and three months old"), a list of ages ("11 months, four months and six months old") or
#: "or more".
_AGE_TAIL: Final = regex.compile(
    _NOT_MID_BLANKS
    + r"(?:(?:[^\S\n]++or[^\S\n]++more|(?:,?[^\S\n]++(?:(?:and|to|or)[^\S\n]++)?(?:\d{1,3}|an?|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[^\S\n]++(?:year|month|week|day)s?)"
    r"{1,4})?[^\S\n]++old\b"
    # "a five year and a six year old", "a 5-year-old and a 7-year-old"
    r"|[^\S\n]++and[^\S\n]++an?[^\S\n]++(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve)[^\S\n-]++(?:year|month|week|day)s?[^\S\n-]++old\b)",
    regex.IGNORECASE,
)
#: "pregnant" right after a length ("seven-months pregnant", "32 to 34 weeks pregnant"), the
#: pregnancy it is the stage of ("after 22 weeks of pregnancy", "20 weeks into her
#: pregnancy"), or "along" as an adverb ("She was about four months along").
_PREGNANT: Final = regex.compile(
    r"[^\S\n]?-?[^\S\n]?pregnant\b|[^\S\n]{1,3}+(?:of|into)[^\S\n]{1,3}+(?:(?:her|a|the|their)"
    r"[^\S\n]{1,3}+)?pregnancy\b"
    r"|(?<=(?:weeks|months))[^\S\n]{1,3}+along\b(?![^\S\n]{1,3}+(?:the|a|an|with|its|his|her|their)\b)",
    regex.IGNORECASE,
)
#: A comparison of ages right before a length: "a child older than one year".
_OLDER_THAN: Final = regex.compile(r"\b(?:older|younger)[^\S\n]++than[^\S\n]++$", regex.IGNORECASE)
#: A word of age and the words of a range of ages up to a length: the length is an age.
_AGE_LEAD: Final = regex.compile(
    r"\b(?:ages?|aged|who[^\S\n]+range[sd]?)(?:[^\S\n]+|[-\u2013])"
    r"(?:(?:of|from|between|the|in|range|ranging|ranged|to|and|through|\d{1,3}|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]{3,5}teen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|years?|months?|weeks?|days?)(?:[^\S\n]+|[-\u2013]|$)){0,8}+$",
    regex.IGNORECASE,
)


def _word_after(text: str, index: int) -> str:
    """
    The word that starts after *index* in *text* (after spaces), lowercased, "" at the end.
    """
    words = text[index : index + 24].lower().split(None, 1)
    return words[0].strip(_PUNCTUATION) if words else ""


def _after_like(text: str, index: int) -> bool:
    """
    Whether "like" or "like the" ends right before *index* in *text*.
    """
    words = text[max(0, index - 12) : index].lower().split()
    if words and words[-1] == "the":
        words.pop()
    return bool(words) and words[-1] == "like"


def _word_before(text: str, index: int) -> str:
    """
    The word that ends before *index* in *text*, lowercased ("" at the start).
    """
    words = text[max(0, index - 16) : index].lower().split()
    return words[-1] if words else ""


#: Words before "over" and a number that make it "more than" ("for over two decades", "with
#: over 20 years' experience", "in over a decade"), not "during" ("rose 5 percent over 10 years").
_OVER_MORE: Final = frozenset(
    {"for", "with", "in", "of", "after", "than", "been", "took", "spent", "lasted", "lasting"}
    # "in their over 30 years of service": a possessive's count
    | {"his", "her", "their", "its", "our", "my", "your"}
)
#: Qualifiers of a length of time only: "in under 10 minutes". ("As long as a month" is
#: no qualifier: AQUAINT leaves "as long as" out of the span.)
_DURATION_ONLY_PREMODS: Final = frozenset({"under"})
#: An amount of money earlier in the clause: "over a decade" after it is "during", not "more
#: than" ("a $10 trillion hole in the budget over a decade").
_MONEY_BEFORE: Final = regex.compile(
    r"(?:[$\u00a3\u20ac][^\S\n]?\d|\b(?:million|billion|trillion)\b)[^.,;!?\n]{0,80}$",
    regex.IGNORECASE,
)
#: One-word qualifiers that end no longer qualifier ("about", "nearly"; not "over": "just
#: over"), which `_premod` reads without a search.
_LONE_PREMODS: Final = frozenset(
    word
    for word in PREMODS
    if word.isalpha() and not any(other.endswith(" " + word) for other in PREMODS)
)


#: The end of a sentence or a quotation glued to the next one's first word ("was shot.Around
#: 3 a.m.", 'forthwith."Early today').
_GLUED_SENTENCE: Final = regex.compile(
    r"^[^\W\d_]{2,}(?:[.!?][\"'\u201d\u2019]?|[\"\u201d])(?=[A-Z])"
)
#: Quotation marks and brackets that may open a qualifier ("“About a minute").
_OPENERS: Final = "\"'(\u201c\u2018["
#: The premodifiers that end with each word that is no premodifier alone ("earlier in").
_PREMOD_ENDING: Final = {
    last: tuple(phrase for phrase in PREMODS if phrase.split()[-1].rstrip("-") == last)
    for last in PREMOD_LAST_WORDS
    if last not in PREMODS
}

_DAY_KINDS: Final = frozenset({"date", "weekday", "holiday", "named_day"})
#: Expressions that take no article: a "the" before a premodifier belongs to a noun after.
_MONTH_DAY_KINDS: Final = _DAY_KINDS | {"month"}


#: The words before the last that `_day_context` reads ("the day before", "the week of").
_DAY_CONTEXT_WORDS: Final = frozenset({"day", "night", "week", "weekend"})


def _day_context(text: str, start: int, lo: int, result: _Result) -> tuple[int, _Result]:
    """
    Extend a day over "the day before" / "the day after" or "the week of" just before it.

    "the day before last Tuesday's hearing" is the Monday (hyphened too,
    "day-after-Thanksgiving sales"); "the week of March 6" the ISO week of that day.  Returns
    the new start and result (unchanged when neither phrase is there).
    """
    window = text[max(lo, start - 24) : start]
    if window.endswith("-"):
        window = window.replace("-", " ")  # "day-after-Thanksgiving sales": same offsets
    if not window or not window[-1].isspace():
        return start, result
    words = window.lower().split()
    if len(words) > 2 and words[-1] == "the" and words[-2] in DAY_SHIFT_WORDS:  # noqa: PLR2004
        words.pop()  # "the night before the Fourth of July"
    if len(words) < 2 or (words[-2] not in _DAY_CONTEXT_WORDS):  # noqa: PLR2004
        return start, result
    date = _iso_day(result.value)
    if date is None:
        return start, result
    if words[-2] == "day" and words[-1] in DAY_SHIFT_WORDS:
        shifted = date + dt.timedelta(days=DAY_SHIFT_WORDS[words[-1]])
        value = shifted.isoformat() + result.value[10:]
        first = -3 if len(words) > 2 and words[-3] == "the" else -2  # noqa: PLR2004
    elif words[-2] == "night" and words[-1] in DAY_SHIFT_WORDS and len(result.value) == 10:  # noqa: PLR2004
        # "the night before the Fourth of July": the night of July 3
        shifted = date + dt.timedelta(days=DAY_SHIFT_WORDS[words[-1]])
        value = shifted.isoformat() + "TNI"
        first = -3 if len(words) > 2 and words[-3] == "the" else -2  # noqa: PLR2004
    elif words[-2] in {"week", "weekend"} and words[-1] == "of":
        grain = "WE" if words[-2] == "weekend" else "W"
        value = format_value(date, grain)
        first = -3 if len(words) > 2 and words[-3] == "the" else -2  # noqa: PLR2004
    else:
        return start, result
    lowered = window.lower()
    offset = len(window)
    for word in reversed(words[first:]):
        offset = lowered.rfind(word, 0, offset)
    return max(lo, start - len(window)) + offset, result._replace(
        type=_DATE if value[10:11] != "T" else _TIME, value=value
    )


def _part_context(text: str, start: int, lo: int, result: _Result) -> tuple[int, _Result]:
    """
    Extend a day over an early or late part of it named just before it.

    "the early morning hours of Sunday", "early morning hours Saturday", "the late evening
    of Dec. 25", "the early morning Sunday, November 22nd" are that part of that day, a TIME with mod ``START`` ("early", "wee") or
    ``END`` ("late"), as "early Sunday morning" is. "the night of Oct. 23" stays the day
    alone, as AQUAINT's annotators tag it. Returns the new start and result (unchanged when
    no such phrase is there).
    """
    value = result.value
    if result.type is not _DATE or len(value) != 10 or "T" in value:  # noqa: PLR2004 - a day
        return start, result
    match = _PART_OF.search(text, max(lo, start - 40), start)
    if match is None or not (
        match.group("of")
        or match.group("hours")
        # "the early morning Sunday, November 22nd drive-by": its weekday right after it
        or _word_after(text, start) in WEEKDAYS
    ):
        return start, result
    pod = PARTS_OF_DAY[match.group("pod").lower()]
    mod = "END" if match.group("rel").lower() == "late" else "START"
    return match.start(), result._replace(type=_TIME, value=f"{value}T{pod}", mod=mod)


#: An early or late part of a day named before the day: "the early morning hours (of)".
_PART_OF: Final = regex.compile(
    r"(?:\bthe[^\S\n]+)?\b(?P<rel>early|late|wee)[^\S\n]*[\s-]"
    r"\b(?P<pod>morning|afternoon|evening|night)"
    r"(?P<hours>[^\S\n]+hours)?(?P<of>[^\S\n]+(?:of|on))?[^\S\n]+$",
    regex.IGNORECASE,
)


def _iso_day(value: str) -> dt.date | None:
    """
    The day a ``YYYY-MM-DD`` value (with or without a time) names, else ``None``.
    """
    if len(value) < 10 or value[4:5] != "-" or value[7:8] != "-":  # noqa: PLR2004
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


_DETERMINERS: Final = ("the ", "a ", "an ", "its ", "their ")
#: `_DETERMINERS` as words.
_OWN_DETERMINERS: Final = frozenset(determiner.strip() for determiner in _DETERMINERS)
#: Units that, in the singular after a number, make an adjective ("the 95 minute rant").
_ADJECTIVE_UNITS: Final = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade"}
)


#: Words after a hyphenated length with "a" that show it is no adjective ("a
#: quarter-century of service", "a half-hour ago").
_NOT_NOUNS_AFTER: Final = frozenset(
    {"of", "ago", "later", "earlier", "before", "after", "and", "or", "in", "since", "from"}
    | {"to", "for", "on", "at", "with", "when", "that", "which", "as", "than", "by"}
    # a verb after it: "has played a role for a quarter-century would usher in"
    | {"would", "will", "could", "can", "may", "might", "should", "must", "is", "was", "are"}
    | {"were", "has", "had", "have", "but", "so", "now", "ahead", "too"}
)


def _strip_determiner(text: str, start: int, end: int, *, quarter: bool = False) -> int:
    """
    Drop a determiner before an adjectival expression ("the [30-day] period", "[hourlong]").

    *quarter*: the expression is a quarter ("the fiscal second-quarter").
    """
    matched = text[start:end]
    lowered = matched.lower()
    last = lowered.rsplit(None, 1)[-1] if lowered.strip() else ""
    solid = last.endswith("long") and last != "long"  # "an [hourlong] show"
    following = _word_after(text, end) if text[end : end + 1] == " " else ""
    words = lowered.split()
    if (
        len(words) == 3  # noqa: PLR2004 - a determiner, a number and a unit
        and words[0] in _OWN_DETERMINERS
        and words[2] in _ADJECTIVE_UNITS
        and (words[1].isdigit() or words[1] in NUMBERS)
        and following.isalpha()
        and following not in _NOT_NOUNS_AFTER
    ):
        # "the [95 minute] rant", "the [two day] rally": a number and a unit in the singular
        # make an adjective, written without its hyphen; the article is the noun's
        return start + len(words[0]) + 1
    if (
        len(words) == 3  # noqa: PLR2004 - a determiner, a unit and "long"
        and words[0] in {"a", "an"}
        and words[1] in _ADJECTIVE_UNITS
        and words[2] == "long"
        and following.isalpha()
        and following not in _NOT_NOUNS_AFTER
    ):
        return start + len(words[0]) + 1  # "a [day long] meeting", as "a [day-long] meeting"
    if not solid and "-" not in matched:
        return start  # no hyphenated last word: nothing to drop
    if lowered.startswith(("a ", "an ") if quarter else _DETERMINERS) and (
        not following or following in _NOT_NOUNS_AFTER
    ):
        # "nearly a quarter-century.", "a quarter-century of service", "over the past
        # quarter-century, wages fell": a count, no adjective ("the [fiscal second-quarter]
        # of $8.6 million": a quarter's article is the figure's, as TimeBank tags it)
        return start
    for determiner in _DETERMINERS:
        if lowered.startswith(determiner):
            # "The four - day battle": text split into tokens writes the hyphen apart
            rest = _SPACED_HYPHEN.sub("-", matched[len(determiner) :]).split()
            if (
                rest
                and (solid or "-" in rest[-1])
                and not rest[0].startswith("half")
                # "a year-plus", "the past year-and-a-half": a length, no adjective
                and not rest[-1].endswith(("-plus", "-and-a-half"))
            ):  # "the [fiscal second-quarter] results"
                whole = _WHOLE_BEFORE.match(matched, len(determiner))
                # "the entire [three-minute-long] hearing": "entire" is the noun's too
                return start + (
                    whole.end() if whole is not None and len(rest) > 1 else len(determiner)
                )
    return start


#: A hyphen with a space on one side or both ("four - day", in text split into tokens).
_SPACED_HYPHEN: Final = regex.compile(r"[^\S\n]?-[^\S\n]?")
#: "entire", "whole", "full" after the determiner of an adjectival length.
_WHOLE_BEFORE: Final = regex.compile(r"(?:entire|whole|full)[^\S\n]++", regex.IGNORECASE)


def _find_heads(
    text: str,
    lowered: str,
    ranges: Sequence[tuple[int, int]],
    ascii_text: bytes | None = None,
    *,
    other_digits: bool = True,
) -> list[tuple[int, int, list[tuple[int, _Grammar]]]]:
    """
    The ranges of *text* that hold a head word or number, each with its heads and grammars.

    *lowered* is *text* in lower case (of the same length); the result lists
    ``(start, end, heads)`` in the order of *ranges*, a head being ``(position, grammar)``.
    The ranges are read as one string of bytes, a zero byte before, between and after them;
    its ASCII words are split off, the head words among them picked by set membership (both
    in C), then located in turn, each by `bytes.find` from the one before (one pass over the
    text); a number is tried only where a digit opens a word.  This is several times faster
    than any regular expression over the text. *ascii_text*, if given, is
    ``lowered.encode("ascii", "replace")`` (`_lowered` may have it already); *other_digits*
    false says *lowered* surely holds no decimal digit outside ASCII (`_lowered`).
    """
    # one byte a character, "?" for every one that is not ASCII: a head word (ASCII) stands
    # where it stands in *lowered*, and a byte search is faster than one in a wide string;
    # the zero bytes after the last range let `_number_hits` read a few bytes past it;
    # `_lowered` may have them already (*ascii_text*)
    if ascii_text is None:
        ascii_text = lowered.encode("ascii", "replace")
    joined = b"\0".join([b"", *[ascii_text[lo:hi] for lo, hi in ranges], _TAIL])
    words = joined.translate(_ASCII_WORDS)
    tokens = words.split()
    # hits as (offset in *joined*, what to check, length, grammar), in text order: the head
    # words among the words, each found as a whole word after the one before it (one pass)
    hits: list[tuple[int, int, int, _Grammar]] = []
    position = 0
    head_of = _HEAD_OF
    shapes = _HEAD_SHAPES
    # a plain loop: compiled, a dict look-up a word (`compress` and `map` cost more there);
    # a word whose shape no head word has (nine in ten) is not hashed for it; the shape is
    # `_shape`'s, written out: a call a word of the text cost more than the rest of the test
    for token in tokens:
        if shapes[((token[0] & 31) << 9) | ((token[-1] & 31) << 4) | (len(token) & 15)]:
            head = head_of.get(token)
            if head is None:
                continue
            needle, size, grammar, check = head
            position = words.find(needle, position) + 1
            hits.append((position, check, size, grammar))
            position += size  # the space after it may be the one before the next head
    marks = joined.translate(_DIGIT_MARKS)
    # a decimal digit that is not ASCII ("\u0663") can open a number too: then the exact,
    # slower search, in each range that holds an ASCII digit (there is none in news);
    # `find`, not `in`: a bytes `in` first tries its operand as an int and formats the error
    digits = marks.find(b"0") >= 0
    exact = (
        digits
        and other_digits
        and not lowered.isascii()
        and _other_digits(lowered, ascii_text, ranges)
    )
    if not exact and digits:
        _number_hits(joined, marks, hits)
        if joined.find(b"fy") >= 0:
            _fiscal_hits(joined, marks, hits)
    if not hits and not exact:
        return []
    hits.sort()
    found: list[tuple[int, int, list[tuple[int, _Grammar]]]] = []
    index = 0
    count = len(hits)
    offset = 1  # where the current range starts in *joined*
    number_head = _NUMBER_HEAD.match
    ascii_only = lowered.isascii()  # then the words split off are the text's words
    for lo, hi in ranges:
        shift = lo - offset
        stop = offset + hi - lo
        offset = stop + 1
        if not exact and (index == count or hits[index][0] >= stop):  # no hit in the range
            if index == count:
                break
            continue
        in_range: list[tuple[int, _Grammar]] = []
        while index < count and hits[index][0] < stop:
            position, check, size, grammar = hits[index]
            index += 1
            position += shift
            if check == _NUMBER:
                if number_head(text, position, hi) is not None:
                    in_range.append((position, grammar))
                continue
            if check == _YEAR:
                in_range.append((position, grammar))
                continue
            end = position + size
            if not ascii_only and (
                (position != lo and lowered[position - 1].isalnum())
                or (end != hi and lowered[end].isalnum())
            ):
                continue  # a letter that is not ASCII ("é") joins the word
            if check == _CAPITALISED:
                # "may", "march", "new": month and holiday names count only when capitalised
                if not text[position].isupper():
                    continue
            elif check == _UNIT and (
                (lowered.startswith(_AGE_WORDS, end) and not lowered[end + 4 : end + 5].isalnum())
                or (lowered.startswith(" of age", end) and not lowered[end + 7 : end + 8].isalnum())
                or (
                    lowered.startswith("-", end) and _BROKEN_AGE.match(lowered, end, hi) is not None
                )
            ):
                # a unit followed by "old" or "of age" is an age ("a 6-year-old boy"), and so
                # is one whose "-old" is broken off or cut ("a 7-year- old boy", the title
                # "Shot By 7-Year-" at a line's end)
                continue
            in_range.append((position, grammar))
        if exact and len(part := ascii_text[lo:hi]) != len(part.translate(None, b"0123456789")):
            numbers = [
                (number.start(), _DIGIT_GRAMMAR) for number in _NUMBER_HEAD.finditer(text, lo, hi)
            ]
            if numbers:
                in_range.extend(numbers)
                in_range.sort(key=_first)
        if in_range:
            found.append((lo, hi, in_range))
    return found


def _number_hits(joined: bytes, marks: bytes, hits: list[tuple[int, int, int, _Grammar]]) -> None:
    """
    Add to *hits* where in *joined* `_NUMBER_HEAD` may match (*marks*: *joined* marked).

    *marks* is *joined* translated by `_DIGIT_MARKS`.  A number can only begin where a digit
    follows anything but a letter or digit, and `_NUMBER_HEAD` matches only four digits (the
    first 0, 1 or 2), or one or two before what `_may_follow_digits` allows: a superset of
    its matches, which the pattern then decides.
    """
    find = marks.find
    position = find(b" 0") + 1
    while position > 0:
        # the digits start at *position*
        if marks[position + 1] != _ZERO:
            viable = _may_follow_digits(joined, position + 1)
        elif marks[position + 2] != _ZERO:
            # two digits: after an apostrophe a year ("in '08"), a byte that is not ASCII
            # ("?") perhaps a curly one: the pattern decides
            viable = joined[position - 1] in _APOSTROPHE_BYTES or _may_follow_digits(
                joined, position + 2
            )
        elif marks[position + 3] == _ZERO and marks[position + 4] != _ZERO:
            # four digits: a year from 1000 to 2099 after a byte that is no word character
            # is a head for sure (the first branch of `_NUMBER_HEAD`); a clock time such as
            # "0900" begins with 0, 1 or 2
            first = joined[position]
            if joined[position - 1] in _BEFORE_YEAR and (
                first == _ONE or joined.startswith(b"20", position)
            ):
                hits.append((position, _YEAR, 0, _DIGIT_GRAMMAR))
                viable = False
            else:
                viable = first <= _TWO
        else:
            viable = False
        if viable:
            hits.append((position, _NUMBER, 0, _DIGIT_GRAMMAR))
        position = find(b" 0", position + 1) + 1


def _fiscal_hits(joined: bytes, marks: bytes, hits: list[tuple[int, int, int, _Grammar]]) -> None:
    """
    Add to *hits* each fiscal year written "FY" and four digits as one word ("FY2016").

    Its digits open no word, so `_number_hits` passes them by; the year rule reads the "FY".
    """
    position = joined.find(b"fy")
    while position >= 0:
        if (
            marks[position - 1] == _SPACE
            and marks[position + 2 : position + 6] == b"0000"
            and marks[position + 6] != _ZERO
        ):
            hits.append((position, _YEAR, 0, _DIGIT_GRAMMAR))
        position = joined.find(b"fy", position + 2)


def _may_follow_digits(joined: bytes, after: int) -> bool:
    """
    Whether the bytes at *after*, after one or two digits, may let `_NUMBER_HEAD` match.

    That is ":", "/", "s" or an apostrophe and "s" ("10:30", "3/17", "80s", "80's"), a day
    and a year with dashes ("1-17-17"), or,
    after ".", two digits and ("4.30 p.m."), spaces then "a", "p", "o", "i" or "t" ("4 p.m.",
    "5 o'clock", "4 in the morning", "7 tonight") or "last" ("7 last night"). A byte that is
    not ASCII ("?") or a control byte counts as a space: the pattern decides.
    """
    byte = joined[after]
    if byte in _CLOCK_MARKS:
        return True
    if byte == _DASH:
        return _DASHED_DAY.match(joined, after) is not None  # "1-17-17": the pattern decides
    if byte in _APOSTROPHE_BYTES and joined[after + 1] == _S_BYTE:
        return True  # "the 90’s", "the 80's"
    if byte in _ORDINAL_FIRST and joined[after + 1] == _D_BYTE:
        return True  # "until the 3rd", "on the 2nd": the pattern decides ("1st", "17th" are
        # let through by their "s" and "t")
    dotted = byte == _DOT
    if dotted:
        if joined[after + 1] not in _DIGIT_BYTES or joined[after + 2] not in _DIGIT_BYTES:
            return False
        after += 3
    rest = joined[after : after + _SPACES_READ].lstrip(_SPACE_LIKE)
    # "11.30 local time" ("l" only after a dotted time: "10 lbs" is no clock time), "at 7
    # last night"
    if rest[:1] in _HOUR_CLOSERS:
        # a bare hour closed by a comma after "around", "about" or "at" ("Thursday night
        # around 10, police said"): the pattern decides
        start = after
        while start > 0 and joined[start - 1] in _DIGIT_BYTES:
            start -= 1
        return joined[max(0, start - 14) : start].endswith(_HOUR_LEADS)
    return (
        not rest
        or rest[0] in _AFTER_SPACES
        or (dotted and rest.startswith(b"local"))
        or rest.startswith(_WORDS_AFTER_HOUR)
    )


def _other_digits(lowered: str, ascii_text: bytes, ranges: Sequence[tuple[int, int]]) -> bool:
    """
    Whether the ranges of *lowered* hold a decimal digit that is not ASCII ("\u0663").

    Every character that is not ASCII is a "?" in *ascii_text*; there are few in news.
    (`str.isdecimal` will not do: `regex` knows digits of a later Unicode than Python.)
    """
    first, last = ranges[0][0], ranges[-1][1]
    find = ascii_text.find
    position = find(b"?", first, last)
    while position >= 0:
        if _is_other_digit(lowered[position]):
            return True
        position = find(b"?", position + 1, last)
    return False


def _is_other_digit(char: str) -> bool:
    """
    Whether *char* is a decimal digit to `regex` (kept in `_IS_DIGIT`).
    """
    digit = _IS_DIGIT.get(char)
    if digit is None:
        if len(_IS_DIGIT) >= _MAX_CHARS:
            _IS_DIGIT.clear()
        digit = _IS_DIGIT[char] = _DIGIT.fullmatch(char) is not None
    return digit


#: Whether each character `_other_digits` met is a digit for `regex` (news uses few).
_IS_DIGIT: Final[dict[str, bool]] = {}
_MAX_CHARS: Final = 4096


_DIGIT: Final = compile_pattern(r"\d")
_SPACE, _ZERO = ord(" "), ord("0")
#: Zero bytes after the last range in `_find_heads`: `_number_hits` reads four past a digit.
_TAIL: Final = b"\0\0\0\0"
#: The bytes after one or two digits that `_NUMBER_HEAD` may match before: a space or any
#: control byte, a byte that is not ASCII ("?"), ":", "/", ".", "a", "p", "o", "t" and "s".
#: What `_may_follow_digits` reads: a mark right after the digits, the bytes that may be
#: spaces, what may follow them, and how far it reads (a longer run of spaces: the pattern
#: decides).
_CLOCK_MARKS: Final = frozenset(b":/s")
#: A month's day and two digits of a year after a month in figures, with dashes ("1-17-17").
_DASHED_DAY: Final = regex.compile(rb"-\d\d?-\d\d(?!\d)")
_DASH: Final = ord("-")
_S_BYTE: Final = ord("s")
_ORDINAL_FIRST: Final = frozenset(b"nr")  # of "2nd", "3rd"
_D_BYTE: Final = ord("d")
#: An apostrophe before two digits, ASCII or not ("?"), as `_find_heads` reads it.
_APOSTROPHE_BYTES: Final = frozenset(b"'?")
_SPACE_LIKE: Final = bytes(range(9, 14)) + bytes(range(0x1C, 0x21)) + b"?"
_AFTER_SPACES: Final = frozenset(b"apoit")
#: What may close a bare hour, and the words before it ("night around 10,").
_HOUR_CLOSERS: Final = frozenset({b",", b";", b")"})
_HOUR_LEADS: Final = (b"around ", b"about ", b" at ", b"approximately ")
#: Words a bare hour may stand before: "at 7 last night", "at 6 Sunday morning".
_WORDS_AFTER_HOUR: Final = (b"last", *(day.encode() for day in LEXICON["weekday_full"]))
_SPACES_READ: Final = 12
_DIGIT_BYTES: Final = frozenset(b"0123456789")
_DOT, _TWO = ord("."), ord("2")
#: The bytes of *joined* after which `\b` surely holds before a digit: ASCII, no word
#: character, and not the zero byte before a range (`\b` reads the text before it).
_BEFORE_YEAR: Final = frozenset(range(1, 128)) - frozenset(
    b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_?"
)
_ONE: Final = ord("1")
#: Digits to "0", ASCII letters to "a", every other byte to a space.
_DIGIT_MARKS: Final = bytes(
    ord("0")
    if chr(byte) in "0123456789"
    else ord("a")
    if chr(byte) in "abcdefghijklmnopqrstuvwxyz"
    else ord(" ")
    for byte in range(256)
)


#: What follows a unit in an age.
_AGE_WORDS: Final = ("-old", " old")
#: The rest of an age broken after its hyphen: "- old", or nothing to the paragraph's end or
#: to the site's name after a title ("Shot By 7-Year- - Northern Michigan's News Leader").
_BROKEN_AGE: Final = regex.compile(
    r"-(?:[^\S\n]{1,3}old\b|[^\S\n]{0,3}(?:\n[^\S\n]{0,3}\n|\Z)"
    r"|[^\S\n]{1,3}[-|\u2013\u2014][^\S\n])"
)


def _first(item: tuple[int, _Grammar]) -> int:
    return item[0]


#: Apostrophes that may open a decade or a year ("'80s", "\u201990s", "in \u201808").
_APOSTROPHES: Final = "'\u2019\u2018"


def _candidate_starts(lowered: str, head: int, floor: int, starters: frozenset[str]) -> list[int]:
    """
    Where an expression containing the word at *head* may start, leftmost first.

    That is the starter words just left of it and the head itself; *lowered* is the text
    in lower case.  The caller has ruled out the common case, a plain word and a space
    before the head ("said on Tuesday"), whose answer is the head alone.
    """
    left = max(floor, head - _LEFT_CHARS)
    # an apostrophe right before the head opens it ("the '80s"): the words before it count
    opening = head - 1 if head > floor and lowered[head - 1] in _APOSTROPHES else head
    if (
        opening == head
        and head - 2 > floor
        and lowered[head - 1] == " "
        and lowered[head - 2] in _APOSTROPHES
        and lowered[head - 3] == " "
    ):
        opening = head - 2  # "the ' 60s": text split into tokens parts the apostrophe
    # "fiscal-first", "year-ago": two words; 'home."This morning': a quotation glued on
    window = lowered[left:opening].replace("-", " ").replace('"', " ").replace("\u201c", " ")
    starts: list[int] = []
    parts = window.split()
    word = parts[-1].strip(_PUNCTUATION) if parts else ""
    if not word or not (word in _STARTERS or word[0].isdigit()):
        glued = _glued_starter(parts[-1] if parts else "", starters)
        if glued and opening == head:
            # a sentence glued to the one before ("in the region.Last Monday")
            return [left + window.rfind(parts[-1]) + len(parts[-1]) - len(glued), head]
        # no starter word right before the head
        return [head] if opening == head else [head, opening]
    cursor = len(window)
    for part in reversed(parts):
        cursor = window.rfind(part, 0, cursor)
        word = part.strip(_PUNCTUATION)
        if not word or not (word in _STARTERS or word[0].isdigit()):
            if glued := _glued_starter(part, starters):
                starts.append(left + cursor + len(part) - len(glued))
            break  # expressions are runs of starter words ending at the head
        if word in starters or word[0].isdigit():
            starts.append(left + cursor + part.find(word))
            if len(starts) == _LEFT_REACH:
                break
    starts.reverse()
    starts.append(head)
    if opening != head:
        starts.append(opening)
    return starts


#: The stops a sentence glued to the next may end with (`_glued_starter`).
_GLUED_STOPS: Final = ".\u2026!?"


def _glued_starter(part: str, starters: frozenset[str]) -> str:
    """
    The starter word glued after a full stop at the end of *part* ("region.last"), or "".

    Scraped pages often lose the space after a sentence's stop, an ellipsis's too
    ("Northeast\u2026.This week's contest", "South...This week").
    """
    stop = max(part.rfind(mark) for mark in _GLUED_STOPS)
    before = part[:stop].rstrip(_GLUED_STOPS)
    if stop <= 0 or not before or not before[-1].isalpha():
        return ""
    word = part[stop + 1 :]
    return word if word.isalpha() and word in starters else ""


def scan(
    text: str, state: State, ranges: Sequence[tuple[int, int]] | None = None
) -> list[TimeExpression]:
    """
    Every temporal expression in the *ranges* of *text*, in order; updates *state*.

    *ranges* are disjoint ``(start, end)`` offsets in text order (paragraphs); ``None`` is
    the whole text.
    """
    if ranges is None:
        ranges = ((0, len(text)),)
    ranges = [(lo, hi) for lo, hi in ranges if hi > lo]
    found: list[TimeExpression] = []
    if not ranges:
        return found
    written = text
    if not text.isascii() and any(space in text for space in _ODD_SPACE_CHARS):
        # "for\u00a0another year": a no-break or thin space is read as a space (one character
        # for one, so every offset holds); the times keep the text as written
        text = text.translate(_ODD_SPACES)
    lowered, ascii_text, other_digits = _lowered(text)
    if text is written:
        keep_lower(text, lowered)  # the statements stage lower-cases the same text
    if not state.named_months and any(quoted in text for quoted in _QUOTED_MONTHS):
        state.named_months = frozenset(match.group(1) for match in _NICKNAMED.finditer(text))
    if not state.named_sets and any(word in text for word in _SET_NAMES):
        state.named_sets = frozenset(match.group(1) for match in _SET_SURNAME.finditer(text))
    if not state.captions_read:
        state.captions_read = True
        if "(Published" in text:
            _crawled_page(text, state)
        if "Updated:" in text:
            _reposted_page(text, state)
        if state.published is not None:
            state.posts = _embedded_posts(text, state.published)
            state.post_starts = tuple(post[0] for post in state.posts)
            state.later_stamp = _later_stamp(text, state.published)
    for lo, hi, heads in _find_heads(text, lowered, ranges, ascii_text, other_digits=other_digits):
        _scan_range(text, lowered, state, (lo, hi), heads, found)
    if '="' in text or "='" in text:
        # a date that is the value of a markup attribute (`<tweet datetime="2016-09-01">`)
        # is no text, though its day still dates the clock times after it
        found = [time for time in found if not _attribute_value(text, time.span.start)]
    if "://" in text or "www." in text or "/" in text:
        # "http://www.vcstar.com/story/news/crime/2017/01/22/two-shot-oxnard-sunday-morning/",
        # "archive.today/Rin1g": the words of an address are no text
        found = [time for time in found if not _in_address(text, time.span.start, time.span.end)]
    if text is not written:
        found = [
            time
            if (as_written := written[time.span.start : time.span.end]) == time.text
            else attrs.evolve(time, text=as_written)
            for time in found
        ]
    return found


def _in_address(text: str, start: int, end: int) -> bool:
    """
    Whether the expression from *start* to *end* is inside a web address.

    It is when the run of characters with no space it stands in opens with one ("http://...",
    "www..."), or when it is a domain's last part, a path after it ("archive.today/Rin1g").
    """
    if start > 0 and text[start - 1] == "." and text[end : end + 1] == "/":
        return text[start - 2 : start - 1].isalnum()
    reach = max(0, start - _ADDRESS_CHARS)
    token_start = max(text.rfind(space, reach, start) for space in _TOKEN_BREAKS) + 1
    token = text[max(reach, token_start) : start]
    return "://" in token or token.lower().startswith(("www.", "(www.", "<www."))


#: How far back `_in_address` reads for the opening of an address.
_ADDRESS_CHARS: Final = 300


#: What ends the run of characters holding a web address (`_in_address`).
_TOKEN_BREAKS: Final = (" ", "\n", "\t")


#: Spaces other than the space and the line break's kin: read as a space (`scan`), and the
#: characters themselves, looked for one by one (a regular expression over the whole text
#: costs ten times as much; an ASCII text holds none).
_ODD_SPACES: Final = dict.fromkeys((0x00A0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000), " ")
_ODD_SPACE_CHARS: Final = tuple(map(chr, _ODD_SPACES))


#: The months a nickname may be, in quotes: a cheap test before `_NICKNAMED` runs.
_QUOTED_MONTHS: Final = tuple(
    f"{opening}{month}{closing}"
    for month in ("April", "May", "June", "August")
    for opening, closing in (('"', '"'), ("\u201c", "\u201d"))
)
#: "Daily", "Weekly"... capitalised: a cheap test before `_SET_SURNAME` runs.
_SET_NAMES: Final = (" Daily", " Weekly", " Monthly", " Nightly", " Yearly", " Hourly")
#: A recurrence's adverb as a surname after a first name ("Mark Weekly", not "the New York
#: Daily News"): the name that word stands for in the text (`_capitalised_name`).
_SET_SURNAME: Final = regex.compile(
    r"\b\p{Lu}\p{Ll}++[^\S\n]++(Daily|Weekly|Monthly|Nightly|Yearly|Hourly)\b"
    r"(?![^\S\n]++\p{Lu}|[^\S\n]*+[\u2019']s\b)"
)


#: A month's name as a nickname in quotes between a first name and a surname (Michael
#: “August” Bournes): the name that month stands for in the text (`_named_before`).
_NICKNAMED: Final = regex.compile(
    r"[A-Z][a-z]++[^\S\n]++[\"“](April|May|June|August)[\"”][^\S\n]++[A-Z]"
)


def _attribute_value(text: str, start: int) -> bool:
    """
    Whether ``text[start:]`` opens the quoted value of a markup attribute (``datetime="``).
    """
    return text[max(0, start - 2) : start] in {'="', "='"} and text[start - 3 : start - 2].isalpha()


def _lower(text: str) -> str:
    """
    *text* in lower case, of the same length (a letter that lowers to two stays as it is).

    A text outside ASCII is mostly ASCII in news, with a few curly quotes and dashes: its
    ASCII letters are lower-cased as bytes (one pass in C), and each other character alone,
    where the bytes hold a "?" for it. Case mapping reads no context but for the capital
    sigma (its final form): a text holding one, or many characters outside ASCII, is
    lower-cased whole, as before.
    """
    return _lowered(text)[0]


def _lowered(text: str) -> tuple[str, bytes | None, bool]:
    """
    `_lower` of *text*, its ASCII bytes if they came for free, and whether it may hold digits.

    The bytes are those `_find_heads` reads (``lowered.encode("ascii", "replace")``): a
    text outside ASCII lowered by its bytes (`_lower_marked`) has them already, its ASCII
    letters lowered and a "?" for every other character, unless one of those lowers to an
    ASCII letter (`_TO_ASCII`); otherwise ``None``, and `_find_heads` encodes the text.
    The flag is ``False`` when the lower case surely holds no decimal digit outside ASCII
    (`_other_digits`): `_lower_marked` read every such character.
    """
    if not text.isascii() and _SIGMA not in text:
        marked = text.encode("ascii", "replace")  # one byte a character, "?" if not ASCII
        if marked.count(b"?") <= len(text) >> _FEW_OTHERS:
            letters = marked.lower()
            lowered, other_digits = _lower_marked(text, marked, letters)
            return lowered, None if _TO_ASCII in text else letters, other_digits
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered, None, not text.isascii()
    lowered = "".join(low if len(low := char.lower()) == 1 else char for char in text)
    return lowered, None, True


def _lower_marked(text: str, marked: bytes, letters: bytes) -> tuple[str, bool]:
    """
    `_lower` of *text* holding no capital sigma, and whether that holds a digit outside ASCII.

    *marked* is the text's bytes with "?" for the rest, *letters* ``marked.lower()``. Each
    character is lower-cased alone, as ``str.lower`` does where there is no sigma: the
    ASCII ones by ``bytes.lower``, each other one by ``str.lower`` (kept as it is if that
    makes two characters), looked up in `_LOWER_OF` once it has been met (news repeats a
    few curly quotes and dashes). A lower case that is a digit (`_is_other_digit`) is not
    kept there: it is looked at each time, and flagged.
    """
    lowered = letters.decode("ascii")
    parts: list[str] = []
    done = 0
    other_digits = False
    position = marked.find(b"?")
    while position >= 0:
        char = text[position]
        if char != "?":
            low = _LOWER_OF.get(char)
            if low is None:
                low = char.lower()
                if len(low) != 1:
                    low = char
                if _is_other_digit(low):
                    other_digits = True
                else:
                    if len(_LOWER_OF) >= _MAX_CHARS:
                        _LOWER_OF.clear()
                    _LOWER_OF[char] = low
            parts.append(lowered[done:position])
            parts.append(low)
            done = position + 1
        position = marked.find(b"?", position + 1)
    parts.append(lowered[done:])
    return "".join(parts), other_digits


#: Each character outside ASCII `_lower_marked` met, lower-cased (itself if that makes two),
#: but for those whose lower case is a digit.
_LOWER_OF: Final[dict[str, str]] = {}
#: The one character outside ASCII that lowers to a single ASCII one (the Kelvin sign, "k").
_TO_ASCII: Final = "\u212a"


#: The one character whose lower case depends on its neighbours (final sigma).
_SIGMA: Final = "\u03a3"
#: `_lower` reads the characters outside ASCII one by one when they are at most one in
#: ``2 ** _FEW_OTHERS`` characters (counted with the question marks).
_FEW_OTHERS: Final = 4


def _distance(first: int, end: int) -> int:
    """
    How far before *first* *end* lies, for the memo's key: exact up to `_MEMO_REACH`.
    """
    return min(first - end, _MEMO_REACH + 1)


def _scan_range(  # noqa: PLR0917 - the scan's loop, called once per paragraph
    text: str,
    lowered: str,
    state: State,
    bounds: tuple[int, int],
    heads: list[tuple[int, _Grammar]],
    found: list[TimeExpression],
) -> None:
    """
    Append to *found* the expressions of ``text[lo:hi]`` from its *heads*; update *state*.

    An expression repeated word for word right after itself ("March March") is one mention:
    the repetition is skipped.
    In a paragraph longer than `_MEMO_CHARS`, an expression whose surroundings and state were
    seen before is copied from the first one instead of being normalised again, so that
    megabytes of repeated text cost little.
    """
    lo, hi = bounds
    last_end = lo
    last_text = ""
    memo: dict[tuple[object, ...], tuple[int, int, _Emitted] | None] | None = (
        {} if hi - lo >= _MEMO_CHARS else None
    )
    for head, grammar in heads:
        if head < last_end:
            continue
        if state.posts:
            _post_reference(lowered, state, head)
        if state.reference is not state.published and not state.in_post:
            _unstamp(text, state, head)
        if (
            last_text
            and lowered.startswith(last_text, head)
            and (head == last_end or lowered[last_end:head].isspace())
            and not lowered[head + len(last_text) : head + len(last_text) + 1].isalnum()
        ):
            last_end = head + len(last_text)  # "March March": the repetition is no new mention
            continue
        match = None
        starts: Sequence[int] = (head,)
        left = max(last_end, head - _LEFT_CHARS)
        if not (
            head - 1 > left
            and lowered[head - 1] == " "
            and (space := lowered.rfind(" ", left, head - 1)) >= 0
            and (word := lowered[space + 1 : head - 1]).isalpha()
            and word not in _STARTERS
        ):
            # not the common case, "said on Tuesday": a starter word may open the expression
            starts = _candidate_starts(lowered, head, last_end, grammar.starters)
        match, tried = _first_match(text, lowered, head, hi, grammar, starts)
        if match is None:
            continue
        for group, rule, kind, groups in tried.rules:  # noqa: B007 - finds the rule that matched
            if match.start(group) >= 0:
                break
        key: tuple[object, ...] = ()
        if memo is not None:
            first, last = match.span()
            key = (
                rule.id,
                text[max(0, first - _MEMO_REACH) : last + _MEMO_REACH],
                min(first, _MEMO_REACH),
                min(first - lo, _MEMO_REACH + 1),
                min(hi - last, _MEMO_REACH + 1),
                min(first - last_end, _MEMO_REACH + 1),
                state.reference,
                state.anchor,
                state.quarter,
                state.day,
                state.day_part,
                state.election_ahead,
                state.named_months,
                state.named_sets,
                state.night,
                state.story_day,
                state.past_day,
                state.report_day,
                state.incident,
                state.latest_incident,
                tuple(state.moved_weekdays.items()),
                tuple(state.months_ahead.items()),
                # the years written so far (`_written_weekday_dates`, `_narrative_year`)
                state.narrative_year,
                state.narrative_paragraph,
                # a post's words with no day named in it (`_day_base`)
                state.in_post and state.day_end <= state.post_start,
                len(state.written_days),
                _distance(first, state.day_end),
                _distance(first, state.anchor_span.end if state.anchor_span else -_MEMO_CHARS),
                _distance(first, state.incident_span.end if state.incident_span else -_MEMO_CHARS),
            )
            if key in memo:
                seen = memo[key]
                if seen is not None:
                    expression = _emit(text, state, first + seen[0], first + seen[1], seen[2])
                    found.append(expression)
                    floor = last_end
                    last_end = expression.span.end
                    last_text = lowered[expression.span.start : last_end]
                    if kind in _COUNTED_DAY_KINDS:
                        _counted_day(text, state, found)
                        _bracketed_day(text, state, found)
                        if kind == "weekday":
                            _weekday_range(text, state, found)
                    if kind == "date":
                        last_end = _list_day(text, lowered, state, expression, hi, found)
                    elif kind == "year":
                        last_end = _list_year(text, state, expression, hi, found)
                    elif kind == "clock":
                        _range_first(text, state, floor, found)
                    elif kind in _CLOCK_DAY_KINDS:
                        _clock_day(text, state, found)
                    elif kind == "duration":
                        _join_durations(text, state, found)
                continue
        try:
            result = _DISPATCH[rule.id](_Context(match, text, state, lo, hi, groups))
        except (OverflowError, ValueError):
            result = None  # calendar arithmetic beyond year 1 or 9999
        if (result is None or not _well_formed(result.value)) and match.start() < head:
            # a starter word opened a match that names nothing ("that November" with no year
            # named before, "that November 18th"): the head alone may still name a time
            match, tried = _first_match(text, lowered, head, hi, grammar, (head,))
            if match is not None:
                for group, rule, kind, groups in tried.rules:  # noqa: B007
                    if match.start(group) >= 0:
                        break
                try:
                    result = _DISPATCH[rule.id](_Context(match, text, state, lo, hi, groups))
                except (OverflowError, ValueError):
                    result = None
        if match is None or result is None or not _well_formed(result.value):
            if memo is not None:
                memo[key] = None
            continue
        start, end, emitted = _finish(
            text, lowered, (lo, hi, last_end), match, (rule, kind, groups), result
        )
        if memo is not None and not isinstance(emitted[4], Span):
            # (an expression anchored on a span is not copied: the span is the first one's)
            memo[key] = (start - match.start(), end - match.start(), emitted)
        expression = _emit(text, state, start, end, emitted)
        found.append(expression)
        floor = last_end
        last_end = end
        last_text = lowered[start:end]
        if kind in _COUNTED_DAY_KINDS:
            _the_day_on(text, state, found)
            _counted_day(text, state, found)
            _bracketed_day(text, state, found)
            if kind == "weekday":
                _weekday_range(text, state, found)
        if kind == "date":
            last_end = _list_day(text, lowered, state, expression, hi, found)
        elif kind == "year":
            last_end = _list_year(text, state, expression, hi, found)
        elif kind == "clock":
            _range_first(text, state, floor, found)
        elif kind in _CLOCK_DAY_KINDS:
            _clock_day(text, state, found)
        elif kind == "duration":
            _join_durations(text, state, found)
        elif kind == "month":
            _the_day_in(text, state, found)


def _the_day_in(text: str, state: State, found: list[TimeExpression]) -> None:
    """
    Date "that day" by the month named right after it, after "in".

    "On that day in April, miners gathered" is a day of that April (``2016-04-XX``), not of
    the year named before it: the month says which (``found[-2]`` is re-dated).
    """
    month = found[-1]
    if len(found) < 2 or len(month.value) != _MONTH_VALUE_LENGTH or not month.value[:4].isdigit():  # noqa: PLR2004
        return
    before = found[-2]
    if (
        before.text.lower() not in _DAYS_IN_MONTH
        or text[before.span.end : month.span.start].lower() != " in "
    ):
        return
    _redate_before(text, state, found, month.value + "-XX")


#: Days a month named right after them, after "in", dates ("that day in April").
_DAYS_IN_MONTH: Final = frozenset({"that day", "that same day", "the same day"})


def _join_durations(text: str, state: State, found: list[TimeExpression]) -> None:
    """
    Join a duration to the one right before it that counts a larger unit: one duration.

    "2 hours and 45 minutes" is ``PT2H45M``, "7 minutes 30 seconds" ``PT7M30S``, "97
    years, 8 months" ``P97Y8M``; the first one's qualifier is the whole one's ("nearly 2
    hours and 45 minutes").
    """
    if len(found) < 2:  # noqa: PLR2004 - two durations
        return
    first, second = found[-2], found[-1]
    if (
        first.type is not _DURATION
        or second.type is not _DURATION
        or second.mod is not None
        or text[first.span.end : second.span.start] not in _DURATION_JOINS
    ):
        return
    value = _joined_duration(first.value, second.value)
    if value is None:
        return
    found[-2:] = [
        _emit(
            text,
            state,
            first.span.start,
            second.span.end,
            (_DURATION, value, first.rule_id, first.mod, False, True),
        )
    ]


def _joined_duration(larger: str, smaller: str) -> str | None:
    """
    The value of two simple durations counted together: "PT2H" and "PT45M" make "PT2H45M".

    ``None`` when the second's unit is not the next smaller one.
    """
    first = _SIMPLE_DURATION.match(larger)
    second = _SIMPLE_DURATION.match(smaller)
    if first is None or second is None:
        return None
    big = first.group(1) + first.group(3)
    small = second.group(1) + second.group(3)
    count, rest = first.group(2), second.group(2)
    if (big, small) == ("W", "D"):
        return f"P{int(count) * 7 + int(rest)}D"
    pattern = _DURATION_PAIRS.get((big, small))
    return None if pattern is None else pattern.format(count, rest)


#: A duration of one whole count of one unit ("P10Y", "PT45M").
_SIMPLE_DURATION: Final = regex.compile(r"P(T?)(\d+)([YMWDHS])$")
#: The units one duration can count after another, and the joined value.
_DURATION_PAIRS: Final = {
    ("Y", "M"): "P{}Y{}M",
    ("M", "D"): "P{}M{}D",
    ("D", "TH"): "P{}DT{}H",
    ("TH", "TM"): "PT{}H{}M",
    ("TM", "TS"): "PT{}M{}S",
}
#: What may stand between two durations counted together.
_DURATION_JOINS: Final = frozenset({" ", ", ", " and ", ", and "})


#: The kinds of rule whose day may follow a clock time ("at 10 p.m. the previous day").
_CLOCK_DAY_KINDS: Final = frozenset(
    {"ago", "relative", "named_day", "holiday", "part_of_day", "nth_weekday"}
)


def _first_match(  # noqa: PLR0917 - the scan's working set
    text: str,
    lowered: str,
    head: int,
    hi: int,
    grammar: _Grammar,
    starts: Sequence[int],
) -> tuple[regex.Match[str] | None, _Grammar]:
    """
    The first match of *grammar* from one of *starts* that reaches past *head*.

    Also returns the grammar tried there (the head's own, or a shortcut at a weekday or
    month name).
    """
    tried = grammar
    for start in starts:
        tried = grammar.at_head or grammar if start == head else grammar
        if tried is _NEVER:
            continue  # no rule can begin with the head word ("past", "period")
        if (
            tried is _WEEKDAY_AT_HEAD
            and _WEEKDAY_ALONE is not None
            and not _weekday_follows(text, lowered, head, hi)
        ):
            tried = _WEEKDAY_ALONE
        elif (
            tried is _MONTH_AT_HEAD
            and _MONTH_ALONE is not None
            and not _month_follows(text, lowered, head, hi)
        ):
            tried = _MONTH_ALONE
        candidate = tried.pattern.match(text, start, hi)
        if candidate is not None and candidate.end() > head:
            return candidate, tried
    return None, tried


#: The words that may list a second day after a date ("April 24 and 25", "March 17-20").
_LIST_WORDS: Final = (" and ", " or ", " to ", " through ", "-", "\u2013", ", ")


def _list_day(  # noqa: PLR0917 - the scan's working set
    text: str,
    lowered: str,
    state: State,
    expression: TimeExpression,
    hi: int,
    found: list[TimeExpression],
) -> int:
    """
    Append the day numbers listed after a day of a month.

    "April 24 and 25", "March 17-20", "April 3, 10 and 17": each listed day is the same
    month's ("24 and 25" name two days of April).
    """
    end = expression.span.end
    value = expression.value
    if (
        len(value) != 10  # noqa: PLR2004 - a day, YYYY-MM-DD or XXXX-MM-DD
        or value[7] != "-"
        or not lowered.startswith(_LIST_WORDS, end)
        or expression.mod is not None
    ):
        return end
    match = _LIST_DAY.match(text, end, min(hi, end + 24))
    if match is None:
        return end
    day = int(match.group(_LIST_DAY_GROUP))
    year = match.group(_LIST_YEAR_GROUP)
    if year is not None and value[:4] != year:
        # "From May 16 through 29, 2016": the year closing the list is the first day's too
        value = f"{year}{value[4:]}"
        if _iso_day(value) is None:
            return end
        first = expression.span
        found[-1] = _emit(
            text,
            state,
            first.start,
            first.end,
            (_DATE, value, expression.rule_id, None, False, True),
        )
    listed = f"{value[:8]}{day:02d}"
    if (
        day <= int(value[8:])
        or not _well_formed(listed)
        or (not listed.startswith("X") and _iso_day(listed) is None)
    ):
        return end
    start = match.start(_LIST_DAY_GROUP)
    stop = match.end()
    # read from the first day, no anchor itself: "June 21 and 22. The next day" is June 22
    found.append(
        _emit(text, state, start, stop, (_DATE, listed, "timex.date.list_day", None, True, True))
    )
    if lowered.startswith(_LIST_WORDS, stop):
        # "April 3, 10 and 17": the list goes on
        return max(stop, _list_day(text, lowered, state, found[-1], hi, found))
    return stop


#: The most years a range written "2007-09" may span.
_YEAR_RANGE_MOST: Final = 10


def _list_year(
    text: str, state: State, expression: TimeExpression, hi: int, found: list[TimeExpression]
) -> int:
    """
    Append the second year of a range whose second year keeps only its last two digits.

    "the 2007-09 financial crisis", "the 2014-15 school year", "1999-00": the digits after
    the dash are a later year of the same or the next century, at most ten years on; one
    digit right after the dash ("the collapse of 2008-9") is a later year of the same decade.
    """
    end = expression.span.end
    value = expression.value
    if (
        len(value) != 4  # noqa: PLR2004 - a year, YYYY
        or not value.isdigit()
        or expression.mod is not None
        or end >= min(hi, len(text))
        or (text[end] not in "-\u2013/" and text[end : end + 3] != " - ")
    ):
        return end  # ("in 2007 - 08 .": text split into tokens; not "2015 \u2013 22" in a table)
    match = _SECOND_YEAR.match(text, end, min(hi, end + 40))
    if match is None:
        return end
    first = int(value)
    digits = match.group("year")
    if len(digits) == 1:
        second = first - first % 10 + int(digits)  # "the collapse of 2008-9"
        if second <= first:
            return end  # "2015-3": no range of years
    else:
        second = first - first % 100 + int(digits)
    if second <= first:
        second += 100  # "1999-00"
    if second - first > _YEAR_RANGE_MOST:
        return end  # "2015-09": a month, or no range
    start, stop = match.span("year")
    found.append(
        _emit(
            text, state, start, stop, (_DATE, str(second), "timex.date.list_year", None, True, True)
        )
    )
    return stop


#: How far before the second time of a clock range `_range_first` looks for the first.
_RANGE_CHARS: Final = 40
#: What the first time of a clock range ends with (`RANGE_CLOCK_RULES`), before the blanks.
_RANGE_JOINS: Final = ("to", "and", "or", "until", "till", "through", "-", "\u2013")


def _counted_day(text: str, state: State, found: list[TimeExpression]) -> None:
    """
    Join a count of days or weeks and the day after it into the day it counts to.

    "two days after Thanksgiving" is 2016-11-26, "a week before Christmas" December 18, "one
    day before Sunday's shooting" the Saturday (``found[-2:]``: the duration, "before" or
    "after", the day).  A clock time just before it, a comma between them, is on that day
    ("about 3:30 a.m., two days after Thanksgiving").
    """
    if len(found) < 2:  # noqa: PLR2004 - a pair
        return
    count, day = found[-2], found[-1]
    date = _iso_day(day.value)
    if date is None or len(day.value) != 10 or count.type is not _DURATION or count.mod:  # noqa: PLR2004
        return
    shift = DAY_SHIFT_WORDS.get(text[count.span.end : day.span.start].lower().strip(" "))
    amount = _COUNTED.fullmatch(count.value)
    if (
        shift is None
        or amount is None
        or _NOT_COUNTED.search(count.text) is not None
        or text[count.span.end : count.span.end + 1] != " "
        or text[day.span.start - 1 : day.span.start] != " "
    ):
        return
    days = int(amount.group(1)) * (7 if amount.group(2) == "W" else 1)
    value = (date + dt.timedelta(days=shift * days)).isoformat()
    emitted: _Emitted = (_DATE, value, day.rule_id, None, day.anchor or False, True)
    found[-2:] = [_emit(text, state, count.span.start, day.span.end, emitted)]
    _clock_day(text, state, found, comma=True)


def _weekday_range(text: str, state: State, found: list[TimeExpression]) -> None:
    """
    Put the second weekday of a range (``found[-2:]``) after the first.

    "from Tuesday afternoon to early Wednesday" is the Wednesday after that Tuesday. Each weekday is resolved on its own, and a past-tense range that ends on the reference
    day's morrow (a story dated early) came out reversed, its end a week before its start.
    """
    if len(found) < 2:  # noqa: PLR2004 - a pair
        return
    first, second = found[-2], found[-1]
    if second.rule_id != "timex.date.weekday" or first.rule_id != "timex.date.weekday":
        return
    start, end = _iso_day(first.value), _iso_day(second.value)
    if start is None or end is None or end >= start:
        return
    gap = _WEEKDAY_RANGE_GAP.fullmatch(text, first.span.end, second.span.start)
    if gap is None:
        return
    if gap.group("word").lower() == "and" and not text[
        max(0, first.span.start - 8) : first.span.start
    ].lower().endswith("between "):
        return  # "seen Monday and Friday": two days, no range
    moved = end + dt.timedelta(days=7 * ((start - end).days // 7 + 1))
    state.moved_weekdays[moved.isoweekday()] = moved
    # the days inside the range after the reference are moved too: "between Friday evening
    # and Monday morning ... About 3:15 a.m. Sunday" is the Sunday of that weekend
    inside = start + dt.timedelta(days=1)
    while inside < moved:
        if state.reference is not None and inside > state.reference:
            state.moved_weekdays[inside.isoweekday()] = inside
        inside += dt.timedelta(days=1)
    stale, start_day = second.value[:10], first.value[:10]
    # the end's first reading is no day named any more: the last past day named, and the
    # incident's, is the range's start
    if state.past_day == stale:
        state.past_day = start_day
    if state.incident == stale:
        state.incident = start_day
    value = moved.isoformat() + second.value[10:]
    emitted: _Emitted = (
        second.type,
        value,
        second.rule_id,
        second.mod,
        second.anchor or False,
        True,
    )
    found[-1] = _emit(text, state, second.span.start, second.span.end, emitted)


#: What joins the two days of a range: "to", "until", "through", "and" (after "between"),
#: "and ending" ("four nights beginning Friday and ending Monday").
_WEEKDAY_RANGE_GAP: Final = regex.compile(
    r"[^\S\n]{0,3}(?P<word>-|\u2013|to|until|till|through|thru|into"
    r"|and(?:[^\S\n]{1,3}(?:ending|ended|ends|concluding|running[^\S\n]through))?)"
    r"[^\S\n]{1,3}",
    regex.IGNORECASE,
)


def _bracketed_day(text: str, state: State, found: list[TimeExpression]) -> None:
    """
    Date a clock time by the day in brackets right after it (``found[-2:]``).

    "UPDATE @ 12:01 p.m. (Jan. 18)": the time is on January 18; each stays an expression of
    its own (a span may not end inside the brackets).
    """
    if len(found) < 2:  # noqa: PLR2004 - a pair
        return
    clock, day = found[-2], found[-1]
    if (
        clock.rule_id not in _CLOCK_RULES
        or text[clock.span.end : day.span.start] != " ("
        or text[day.span.end : day.span.end + 1] != ")"
        or len(day.value) != 10  # noqa: PLR2004 - a calendar day, "YYYY-MM-DD"
        or _iso_day(day.value) is None
    ):
        return
    hour = clock.value.partition("T")[2]
    if not hour:
        return
    dated: _Emitted = (_TIME, f"{day.value}T{hour}", clock.rule_id, clock.mod, False, False)
    found[-2] = _emit(text, state, clock.span.start, clock.span.end, dated)


#: The kinds of rule whose day a count of days may lead to ("two days after Thanksgiving").
_COUNTED_DAY_KINDS: Final = frozenset({"date", "weekday", "holiday", "nth_weekday"})
#: Counts `_counted_day` leaves alone: a span of days ("in the two days after Thanksgiving")
#: and days that are not calendar days ("eight trading days after Oct. 12").
_NOT_COUNTED: Final = regex.compile(
    r"^the\b|\b(?:trading|business|working|school)\b", regex.IGNORECASE
)
#: A count of days or weeks: `_counted_day` moves a day by it.
_COUNTED: Final = regex.compile(r"P(\d{1,3})([DW])")


def _the_day_on(text: str, state: State, found: list[TimeExpression]) -> None:
    """
    Date "the day" by the day named right after it, after "on".

    "released throughout the day on Sunday, June 12" is that Sunday: the day after "on" says
    which day "the day" is, as no day named before it can (``found[-2]`` is re-dated).
    """
    day = found[-1]
    if len(found) < 2 or len(day.value) != _DAY_VALUE_LENGTH or _iso_day(day.value) is None:  # noqa: PLR2004
        return
    before = found[-2]
    if before.text.lower() != "the day" or text[before.span.end : day.span.start] != " on ":
        return
    _redate_before(text, state, found, day.value)


def _redate_before(text: str, state: State, found: list[TimeExpression], value: str) -> None:
    """
    Give ``found[-2]`` the DATE *value* the expression after it (``found[-1]``) says.

    It keeps its span, rule and mod, and anchors on what the one after it anchored on; the
    one after it updated the state already.
    """
    before = found[-2]
    emitted: _Emitted = (_DATE, value, before.rule_id, before.mod, found[-1].anchor or False, False)
    found[-2] = _emit(text, state, before.span.start, before.span.end, emitted)


#: The first words of a day or a part of one that, capitalised after a clock time closed by
#: "p.m.", open another sentence: "... at 11 p.m. Overnight, officers searched", "... at 9
#: a.m. The next day, ...".
_SENTENCE_OPENING_DAY_WORDS: Final = frozenset(
    {"the", "that", "overnight", "tonight", "today", "yesterday", "tomorrow", "last", "this"}
    | {"early", "late", "later", "earlier"}
)


def _clock_day(
    text: str, state: State, found: list[TimeExpression], *, comma: bool = False
) -> None:
    """
    Join a clock time and the day right after it into one time (``found[-2:]``).

    "at 10 p.m. the previous day" ("at noon the next day", "around midnight last night") is
    10 p.m. of that day and "at 6 a.m. ten days before the
    shooting" 6 a.m. of the day it counts to: one expression, as the corpora annotate them
    (the clock rule itself reads a weekday or a date after the time).  Only a space, "on"
    or "on the" may stand between them, or with *comma* a comma and a space.
    """
    day = found[-1]
    # a pair, the second a calendar day without a time ("YYYY-MM-DD"), or a part of one
    # ("at 8:30 p.m. the night before", "around 10 p.m. the previous evening")
    hours = _CLOCK_PARTS.get(day.value[10:])
    value = day.value[:10] if hours is not None else day.value
    if len(found) < 2 or len(value) != 10:  # noqa: PLR2004
        return
    if _iso_day(value) is None and value != _UNKNOWN_DAY:
        return  # (with no reference, "around midnight last night" is one time of no known day)
    clock = found[-2]
    if clock.rule_id not in _CLOCK_RULES:
        return
    gap = text[clock.span.end : day.span.start]
    if gap != " " and gap.lower() not in _CLOCK_DAY_GAPS and not (comma and gap == ", "):
        return
    if (
        gap == " "
        and clock.text.endswith(".")
        and day.text[:1].isupper()
        and day.text.split(None, 1)[0].lower() in _SENTENCE_OPENING_DAY_WORDS
    ):
        return  # "Police arrived at 11 p.m. Overnight, they searched": another sentence
    hour = clock.value.partition("T")[2]
    if not hour or (
        hours is not None
        and not hours[0] <= hour[:5] < hours[1]
        and not hour[:5] == hours[1] == _MIDNIGHT  # "around midnight last night"
    ):
        # "at 2 a.m. the night before": the small hours are the next day's; "9 a.m. the
        # previous evening" is no evening's
        return
    emitted: _Emitted = (
        _TIME,
        f"{value}T{hour}",
        clock.rule_id,
        clock.mod,
        day.anchor or False,
        False,  # the day itself updated the state
    )
    found[-2:] = [_emit(text, state, clock.span.start, day.span.end, emitted)]
    if len(found) > 1 and found[-2].rule_id == "timex.time.range_first":
        # "between 8 and 8:30 p.m. the night before": the range's first time is on that day
        first = found[-2]
        if first.value[:10] != value and clock.span.start - first.span.end <= _RANGE_SPACE:
            hour = first.value.partition("T")[2]
            found[-2] = _emit(
                text,
                state,
                first.span.start,
                first.span.end,
                (_TIME, f"{value}T{hour}", first.rule_id, first.mod, True, False),
            )


#: A day read with no reference ("last night" alone is ``XXXX-XX-XXTNI``).
_UNKNOWN_DAY: Final = "XXXX-XX-XX"
#: What may stand between a clock time and its day, besides a space: "on", and "on the"
#: before a holiday whose name leaves its article out ("midnight on the Fourth of July").
_CLOCK_DAY_GAPS: Final = frozenset({" on ", " on the "})
#: Midnight at the end of a day, as the clock rules write it.
_MIDNIGHT: Final = "24:00"
#: How many characters may stand between the two times of a clock range (" and ", " to ").
_RANGE_SPACE: Final = 12
#: The first clock time (``HH:MM``) a night's name after it may date ("9 p.m. the night
#: before"); an earlier hour is in the small hours after that night.
_EVENING_CLOCK: Final = "17:00"
#: The parts of a day a clock time may date ("9 p.m. the night before"), with the first clock
#: time (``HH:MM``) each takes and the time each ends before.
_CLOCK_PARTS: Final = {
    "TNI": (_EVENING_CLOCK, "24:00"),
    "TEV": (_EVENING_CLOCK, "24:00"),
    "TAF": ("12:00", "18:00"),
    "TMO": ("00:00", "12:00"),
}


def _range_first(text: str, state: State, floor: int, found: list[TimeExpression]) -> None:
    """
    Insert the first time of a clock range before its second, the last of *found*.

    The first takes the second's day and half of the day ("from 4:00 to 5:30 p.m." is 4:00
    p.m.), but for a first hour past the second's ("from 10 to 2 p.m." is 10 a.m.; "11 to 1
    a.m." crosses midnight and is left alone).  It anchors nothing.  *floor* is where the
    text after the expression before the second begins.
    """
    second = found[-1]
    if _range_day(text, state, found):
        return
    start = second.span.start
    day, _, clock = second.value.partition("T")
    if (
        second.rule_id != "timex.time.clock"
        or start - floor < 2  # noqa: PLR2004 - a digit and a dash at least
        or len(clock) != 5  # noqa: PLR2004 - HH:MM
        or _MERIDIEM.search(second.text) is None
    ):
        return
    if not text[max(floor, start - 10) : start].rstrip().lower().endswith(_RANGE_JOINS):
        return  # the cheap test first: the pattern ends with one of the words or a dash
    match = _RANGE_FIRST.search(text, max(floor, start - _RANGE_CHARS), start)
    if match is None:
        return
    hour = int(match.group("hour")) % 12
    minute = int(match.group("minute") or "0")
    second_hour = int(clock[:2])
    second_minute = int(clock[3:])
    if (hour, minute) < (second_hour % 12, second_minute):
        hour += second_hour - second_hour % 12  # the same half of the day
    elif hour <= second_hour % 12 or second_hour < 12:  # noqa: PLR2004
        return  # "5:30 to 5 p.m.", "11 to 1 a.m.": no range within the day
    first = match.start()
    stop = match.end("minute") if match.group("minute") else match.end("hour")
    value = f"{day}T{hour:02d}:{minute:02d}"
    found.insert(
        len(found) - 1,
        _emit(text, state, first, stop, (_TIME, value, "timex.time.range_first", None, True, True)),
    )


def _range_day(text: str, state: State, found: list[TimeExpression]) -> bool:
    """
    Give the first clock time of a range the day written after the second; whether it did.

    "from 10 a.m. to 2 p.m. on May 18", "9 a.m.-2 p.m. Tuesday": the first time (``found[-2]``)
    names no day and took the last one named; the second (``found[-1]``) names its own.  A
    range that crosses midnight ("from 9 p.m. to 2 a.m. Saturday") is left alone.
    """
    if len(found) < 2:  # noqa: PLR2004 - a pair
        return False
    first, second = found[-2], found[-1]
    if second.rule_id != "timex.time.clock" or first.rule_id not in _CLOCK_RULES:
        return False
    day, _, clock = second.value.partition("T")
    first_day, _, first_clock = first.value.partition("T")
    if _night_into_incident(text, state, found):
        return True
    if first_day == day and _overnight_range(text, state, found):
        return True
    if (
        not clock
        or not first_clock
        or first_day == day
        or first_clock > clock
        or _CLOCK_ALONE.fullmatch(first.text) is None
        or _CLOCK_ALONE.fullmatch(second.text) is not None
        or _RANGE_GAP.fullmatch(text, first.span.end, second.span.start) is None
    ):
        return False
    emitted: _Emitted = (
        _TIME,
        f"{day}T{first_clock}",
        first.rule_id,
        first.mod,
        first.anchor or False,
        False,  # the second time updated the state
    )
    found[-2] = _emit(text, state, first.span.start, first.span.end, emitted)
    return True


def _overnight_range(text: str, state: State, found: list[TimeExpression]) -> bool:
    """
    Move the morning end of a range begun in the evening to the next day; whether it did.

    "a curfew from 8 p.m. to 6 a.m.", "from midnight to 6 a.m.": both times (``found[-2:]``)
    name no day and took the same one, and the second, an hour of the morning, ends the
    night on the day after.  The state keeps the day the night is told from.
    """
    first, second = found[-2], found[-1]
    day, _, clock = second.value.partition("T")
    first_clock = first.value.partition("T")[2]
    moved = _iso_day(day)
    if (
        moved is None
        or not clock[:2].isdigit()
        or not first_clock[:2].isdigit()
        or int(first_clock[:2]) < 12  # noqa: PLR2004 - the first in the evening
        or int(clock[:2]) >= 12  # noqa: PLR2004 - the second in the morning
        or not _bare_range(text, first, second)
    ):
        return False
    value = f"{(moved + dt.timedelta(days=1)).isoformat()}T{clock}"
    emitted: _Emitted = (_TIME, value, second.rule_id, second.mod, second.anchor or False, False)
    found[-1] = _emit(text, state, second.span.start, second.span.end, emitted)
    return True


def _night_into_incident(text: str, state: State, found: list[TimeExpression]) -> bool:
    """
    Move a range from the evening into the incident's small hours back a night; whether it did.

    "Four people were shot early Saturday ... an event slated to run from 9 p.m. to 2 a.m.":
    both times (``found[-2:]``) name no day and took the incident's day, or the day after for
    the second; the night that ran into the incident's small hours began the evening before
    ("a curfew will run from 8 p.m. to 2 a.m." is still to come).
    """
    first, second = found[-2], found[-1]
    incident = start_of(state.incident) if state.incident is not None else None
    first_day, _, first_clock = first.value.partition("T")
    day, _, clock = second.value.partition("T")
    if (
        incident is None
        or not state.incident_small_hours
        or first_day != incident.isoformat()
        or day not in {first_day, (incident + dt.timedelta(days=1)).isoformat()}
        or not first_clock[:2].isdigit()
        or not clock[:2].isdigit()
        or int(first_clock[:2]) < _EVENING_HOUR
        or int(clock[:2]) >= _SMALL_HOURS_END
        or not _bare_range(text, first, second)
        or _FUTURE_WORD.search(text, max(0, first.span.start - 80), first.span.start) is not None
    ):
        return False
    evening = f"{(incident - dt.timedelta(days=1)).isoformat()}T{first_clock}"
    emitted: _Emitted = (_TIME, evening, first.rule_id, first.mod, first.anchor or False, False)
    found[-2] = _emit(text, state, first.span.start, first.span.end, emitted)
    emitted = (_TIME, f"{first_day}T{clock}", second.rule_id, second.mod, False, False)
    found[-1] = _emit(text, state, second.span.start, second.span.end, emitted)
    return True


def _bare_range(text: str, first: TimeExpression, second: TimeExpression) -> bool:
    """
    Whether two clock times naming no day are one range: "from 9 p.m. to 2 a.m.".
    """
    return (
        _CLOCK_ALONE.fullmatch(first.text) is not None
        and _CLOCK_ALONE.fullmatch(second.text) is not None
        and _RANGE_GAP.fullmatch(text, first.span.end, second.span.start) is not None
    )


#: "will" or "would" before a range: a night still to come ("a curfew that will run from 8
#: p.m. to 6 a.m.").
_FUTURE_WORD: Final = regex.compile(r"\b(?:will|would|'ll)\b", regex.IGNORECASE)


#: Words before "earlier" or "later" that make it compare two things ("his earlier January
#: tour"), not qualify the date after it.
_COMPARED_BY: Final = _POSSESSIVES | {"her", "an", "a", "the", "their", "its", "this", "that"}


#: The rules of clock times and of noon and midnight.
_CLOCK_RULES: Final = frozenset({"timex.time.clock", "timex.time.named"})
#: A clock time that names no day: "10 a.m.", "4:30 p.m. EST", "noon".
_CLOCK_ALONE: Final = regex.compile(
    r"""(?:\d{1,2}(?:[:.]\d\d)?\s{0,3}(?:[ap]\.?\s?m\b\.?|o['\u2019]clock)|noon|midnight
        |[0-2]\d[0-5]\d(?:\s{1,3}(?:hours|hrs))?)
        (?:\s{1,3}(?:[ECMP][SD]T|GMT|UTC|local(?:\s{1,3}time)?))?""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: What joins the two times of a range: a dash, "to", "until", "till".
_RANGE_GAP: Final = regex.compile(
    r"[^\S\n]{0,3}(?:-|\u2013|\u2014|to|until|till)[^\S\n]{0,3}", regex.IGNORECASE
)


#: The normaliser of each rule.
_DISPATCH: Final = {
    compiled.rule.id: _BUILDERS[compiled.rule.get("kind") or ""] for compiled in _RULES
}
#: How many values `_calendar_of` and `_well_formed` remember (a few MB at most): a thousand
#: articles name about 4,000 distinct values, which a cache of 4,096 kept evicting before
#: the next articles named them again.
_CACHED_VALUES: Final = 16_384
#: Paragraphs at least this long remember the expressions they normalised (`_scan_range`).
_MEMO_CHARS: Final = 20_000
#: Characters either side of a match that its normalisation may read: the most is the
#: sentence `_in_incident_sentence` looks for, 160 characters either side.
_MEMO_REACH: Final = 160


#: An expression's normalisation, apart from where it is: its type, value, rule id, mod and
#: whether it was resolved against an anchor (a plain tuple: one is built per expression).
_Emitted = tuple[TimexType, str, str, TimexMod | None, bool | Span, bool]


def _finish(  # noqa: PLR0917 - one expression's working set
    text: str,
    lowered: str,
    bounds: tuple[int, int, int],
    match: regex.Match[str],
    matched: tuple[Rule, str, dict[str, int]],
    result: _Result,
) -> tuple[int, int, _Emitted]:
    """
    The span of *match* extended over its qualifiers, and what to emit for it.

    *matched* is the rule that matched, its kind and the numbers of its named groups.
    """
    lo, hi, last_end = bounds
    rule, kind, groups = matched
    start, end = match.span()
    if result.signal:
        end = match.start(groups["post"])
        while text[end - 1].isspace():
            end -= 1
    if kind in _DAY_KINDS:
        floor = max(lo, last_end)
        # "the day before", "the week of" need a space (or a hyphen) before the day and one of
        # the words
        if start > floor and (text[start - 1].isspace() or text[start - 1] == "-"):
            before = lowered[max(floor, start - 20) : start]
            moved = start
            if "day" in before or "week" in before or "night" in before:
                start, result = _day_context(text, start, floor, result)
            if start == moved and ("ning" in before or "night" in before or "noon" in before):
                # a part of the day before it: "morning", "evening", "night", "afternoon"
                start, result = _part_context(text, start, floor, result)
    elif kind == "duration" or kind == "quarter":  # noqa: PLR1714 - two strings, no set
        start = _strip_determiner(text, start, end, quarter=kind == "quarter")
        if result.type is _DATE and lowered.startswith(("a ", "an "), start):
            start = lowered.index(" ", start) + 1  # "a [weekend] shooting": the noun's article
    if (
        (kind in {"season", "holiday"} or result.value.endswith("-WE"))
        and lowered.startswith("the ", start)
        and ((after := _word_after(lowered, end)) in INCIDENT_NOUNS or after in SCHEDULED_NOUNS)
    ):
        # "the summer shooting", "the spring meeting": the article is the noun's
        start += 4
    elif (
        kind == "year_end"
        and lowered.startswith("the ", start)
        and "-" in lowered[start:end]
        and (after := _word_after(lowered, end)).isalpha()
        and after not in _NOT_NOUNS_AFTER
        and text[end : end + 1] == " "
    ):
        start += 4  # "the [year-end] rush": the article is the noun's
    elif (
        result.value.endswith("-WE")
        and lowered.startswith(("a ", "an "), start)
        and lowered.endswith("weekend", start, end)
        and _word_after(lowered, end) in INCIDENT_NOUNS
    ):
        # "a [weekend] drive-by shooting", "a deadly [weekend] shooting": the article and
        # the adjective are the noun's
        start = lowered.rindex(" ", start, end) + 1
    mod = result.mod
    if text.startswith(("'s ", "\u2019s "), end) and lowered.endswith((" of ", " in "), 0, start):
        # "the start of next year's session", "early in Saturday night's debate": a qualifier
        # is the session's, not the year's
        new_start, premod = start, None
    else:
        new_start, premod = _premod(text, lowered, start, last_end, kind, result)
    if premod is not None or new_start != start:
        start = new_start
        mod = premod or mod
    kind_type = result.type
    if (kind_type is _DATE or kind_type is _DURATION) and (
        "or" in lowered[end + 1 : end + 6] or "and" in lowered[end + 1 : end + 7]
    ):
        post = _POSTMOD.match(text, end, min(hi, end + 20))
        if post is not None:
            word = " ".join(post.group(_POSTMOD_WORD).lower().split())
            end = post.end()
            mod = _POSTMODS.get(word, "ON_OR_BEFORE" if "earlier" in word else "ON_OR_AFTER")
    return (
        start,
        end,
        (
            kind_type,
            result.value,
            rule.id,
            _MODS[mod] if mod else None,
            result.anchored,
            result.updates,
        ),
    )


#: Durations that, named with "the", are a company report's own period ("the first nine
#: months", "the six months"): after one, "a year earlier" compares that period, not a quarter.
_REPORT_PERIODS: Final = frozenset({"P6M", "P9M", "P1Y", "P12M", "P2Q", "P3Q"})


def _leaves_quarter(value: str, grain: str | None, quarter: str) -> bool:
    """
    Whether a date named after a report's quarter leaves it, for `_emit`.

    A season of another year does ("last fall" after "the first quarter" of 2016: reports
    count in quarters, not seasons), and so does a year two or more from the quarter's ("in
    1992"); the year before or after it does not ("from $4 million in 1988", "its 1990 budget").
    """
    if not value[:4].isdigit() or not quarter[:4].isdigit() or value[:4] == quarter[:4]:
        return False
    return grain == "S" or (grain == "Y" and abs(int(value[:4]) - int(quarter[:4])) > 1)


#: A reporting verb right before a day: the day of the report ("police said Thursday",
#: "announced in a press release Monday").
_REPORT_DAY: Final = regex.compile(
    rf"\b(?:(?:{_REPORTING_VERBS})\s+(?:on\s+)?|(?:as\s+of|by)\s+"
    # "was still being sought by authorities Friday": a state the day of the report finds
    r"|still[^\S\n]+(?:[\w'\u2019-]+[^\S\n]+){0,5}?(?:on[^\S\n]+)?"
    r"|(?:in|on|at)\s+(?:an?\s+)?(?:(?:press|news)\s+release|statement|(?:press|news)\s+conference"
    r"|Facebook\s+post|e-?mail)\s+(?:on\s+)?)$",
    regex.IGNORECASE,
)

#: A report right after a day that modifies it ("At a Sept. 15 press conference").
#: "On" opening a sentence right before a day (`_REPORT_AFTER_OPENING`).
_OPENING_ON: Final = regex.compile(r"(?:^|[.!?\n][^\S\n]*+)On[^\S\n]++$")
#: After a day opening its sentence, a subject of a few words and a verb of a report.
_REPORT_AFTER_OPENING: Final = regex.compile(
    r",[^\S\n]++(?:[\w'\u2019.-]++[^\S\n]++){1,6}?"
    rf"(?:{_REPORTING_VERBS}|released|identified|named|reported)\b",
    regex.IGNORECASE,
)
_REPORT_NOUN_AFTER: Final = regex.compile(
    r"[^\S\n]{1,3}+(?:(?:press|news)[^\S\n]{1,3}+(?:conference|release|briefing)|statement|briefing)\b",
    regex.IGNORECASE,
)


def _day_part(value: str) -> str | None:
    """
    The part of the day a day's value names, for the `State.day_part` of the day.

    Its own ("2016-05-03TEV"), `_LATE_CLOCK` for a clock time from 8 p.m.
    ("2017-03-31T22:24"), `_SMALL_CLOCK` for one before 6 a.m. ("2017-04-01T00:28"), else
    ``None``.
    """
    if value[10:11] != "T":
        return None
    part = value[11:]
    if part in _PARTS:
        return part
    hour = part[:2]
    if not hour.isdigit():
        return None
    if _NIGHT_CLOCK <= int(hour) <= 24:  # noqa: PLR2004 - midnight ("T24:00") too
        return _LATE_CLOCK
    return _SMALL_CLOCK if int(hour) < _NIGHT_FROM else None


#: The hour from which a clock time is at night, for the small hours after it, and the
#: `State.day_part` of such a time (no part of `PARTS_OF_DAY`).
_NIGHT_CLOCK: Final = 20
_LATE_CLOCK: Final = "late"
#: The `State.day_part` of a clock time in the small hours, before `_NIGHT_FROM`.
_SMALL_CLOCK: Final = "small"


def _emit(text: str, state: State, start: int, end: int, emitted: _Emitted) -> TimeExpression:
    """
    The expression at ``text[start:end]``; it becomes the anchor of anaphora if it can be one.
    """
    kind_type, value, _rule_id, _mod, anchored, updates = emitted
    span = make_span(start, end)
    if kind_type is _DATE or kind_type is _TIME:
        # the day part (before any "T"): the clock times of one day share its interval
        day_value, _, part = value.partition("T")
        if updates and day_value != "XXXX-XX-XX":
            # "Wednesday", "March 3" with no reference; "the next day" after them keeps it
            state.loose_day = day_value if _LOOSE_DAY.fullmatch(day_value) is not None else ""
            state.loose_month = day_value if _OPEN_MONTH.fullmatch(day_value) is not None else ""
        if part == "NI" and len(day_value) == _DAY_VALUE_LENGTH and updates:
            state.night = day_value
            state.night_span = span
        bounds, grain = _calendar_of(day_value)
    else:
        day_value, bounds, grain = "", None, None
    expression = _make_time(
        text[start:end],
        span,
        emitted,
        bounds,
        state.anchor_span if anchored is True else anchored or None,
    )
    if (
        kind_type is _DURATION
        and value in _REPORT_PERIODS
        and text[start : start + 4].lower() == "the "
        and state.quarter is not None
    ):
        # "in the first nine months ... a year earlier": the report's year, not a quarter
        state.quarter = state.quarter[:4]
    if (
        bounds is not None
        and not anchored
        and updates
        and not (
            text.startswith(_CAPTION_OPENING, start - len(_CAPTION_OPENING))
            and _far_stamp(state, bounds[0])
        )
    ):
        if grain == "C" or grain == "E":  # noqa: PLR1714 - two strings, no set
            state.then_decade = day_value
            state.then_decade_span = span
        else:
            state.then_decade = state.then_decade_span = None
            state.anchor = day_value
            _follow_narrative(text, state, start, end, day_value)
            if grain == "Q" and (state.reference is None or bounds[0] <= state.reference):
                # a quarter yet to begin ("the third quarter of 1990") is a forecast, no
                # period the report compares
                state.quarter = day_value
            elif state.quarter is not None and _leaves_quarter(day_value, grain, state.quarter):
                # "her first-quarter average ... since last fall ... a year ago": the story has
                # left the report's quarter; "a year ago" is counted from the day
                state.quarter = None
            elif grain == "D":
                again = state.day == day_value and state.report_day is not None
                reported = (
                    state.day is not None
                    and (again or state.day < day_value)
                    and (
                        _REPORT_DAY.search(text, max(0, start - 40), start) is not None
                        or _REPORT_NOUN_AFTER.match(text, end, _reach_at(text, end)) is not None
                        # "On Friday, the Sheriff's Office released the names": a day opening
                        # its sentence, a report its verb
                        or (
                            _OPENING_ON.search(text, max(0, start - 5), start) is not None
                            and _REPORT_AFTER_OPENING.match(text, end, _reach_at(text, end))
                            is not None
                        )
                    )
                    and not text.startswith(("'s", "\u2019s"), end)
                )
                if not (again and reported):
                    # (the same day of report again keeps the day of the events: "On Saturday
                    # afternoon ... The aunt said Sunday ... Martin said Sunday. The shooting
                    # happened around 3:40 p.m." is Saturday's)
                    # (a day after "since" opens a count, no day of events: "the number of
                    # people shot since Wednesday afternoon ... By early this morning")
                    state.report_day = (
                        state.day
                        if reported
                        and not again
                        and not (
                            state.day_span is not None and _after_since(text, state.day_span.start)
                        )
                        else None
                    )
                    state.report_span = state.day_span if state.report_day is not None else None
                # "8:30 p.m. on Monday December 31, 2012 — New Year's Eve —": the day
                # named again beside it keeps the part of the day and the clock time
                restated = (
                    state.day == day_value
                    and len(value) == len("2012-12-31")
                    and state.day_span is not None
                    and _RESTATED_GAP.fullmatch(text, state.day_span.end, start) is not None
                )
                state.day = day_value
                state.day_end = span.end
                state.day_span = span
                if state.published is not None and (stamp := _heads_stamp(text, state, start, end)):
                    _restamp(state, bounds[0], stamp, end)
                if not restated:
                    state.day_part = _day_part(value)
                    state.day_clock = value[11:16]  # "23:16" of a clock time's value, else ""
                if state.day_part == "MO" and _mod is TimexMod.START:
                    # "early Sunday morning": the small hours, of the night before
                    state.day_part = _SMALL_CLOCK
                state.story_day = None
                past = state.reference is None or bounds[0] <= state.reference
                if past:
                    state.past_day = day_value
                    state.past_span = span
                if (
                    (
                        kind_type is _DATE
                        or _rule_id.startswith("timex.date.")
                        # "About 8:30 p.m. Nov. 11, a man was shot": a clock with its day
                        or (
                            _CLOCK_DAY.search(text, start, end) is not None
                            and _RANGE_END.search(text, max(0, start - 9), start) is None
                        )
                    )
                    and _rule_id != "timex.date.ago"
                    # a day of report ("At a Sept. 15 press conference, the sheriff said
                    # ... responsible for the shooting") is no day of the incident
                    and state.report_day is None
                    # a day after the reference only when told as done (`_told_done`)
                    and (past or _told_done(text, state, bounds[0], start, end))
                    and _in_incident_sentence(text, start, end)
                    and not _later_in_incident_sentence(text, start, end)
                    and not _incident_named_in_sentence(text, state, start, end)
                ):
                    state.incident = day_value  # not "ten days before the shooting"
                    state.incident_span = span
                    state.incident_small_hours = (
                        part[:2].isdigit() and int(part[:2]) < _SMALL_HOURS_END
                    ) or (
                        # "early Monday morning", "shot early Saturday"
                        part in {"MO", ""} and _mod is TimexMod.START
                    )
                    latest = state.latest_incident
                    if latest is None or bounds[0] > (start_of(latest) or bounds[0]):
                        state.latest_incident = day_value
                        state.latest_incident_span = span
            state.anchor_span = span
    elif updates and bounds is not None and bounds[0] == bounds[1] and state.anchor is not None:
        # a day derived from the anchor ("two days later") is no anchor of later anaphora,
        # but when it is within a week of it the story has moved on to it: "the next
        # morning" is the day after it ("a year earlier" names no day the story is on)
        anchor_day = start_of(state.anchor)
        if anchor_day is not None and abs((bounds[0] - anchor_day).days) <= _STORY_DAYS:
            state.story_day = day_value
    return expression


def _heads_stamp(text: str, state: State, start: int, end: int) -> int:
    r"""
    Whether ``text[start:end]`` is the written date of a stamp heading its line, and which.

    `_UPDATE` for an update's or a post's stamp, `_DATELINE` for a dateline's date
    ("INDIANAPOLIS, Ind. (April 20, 2016) -"), `_LOG` for a log's date heading
    (`_log_heading`), else 0.

    "UPDATE (5/17/16):", "Update (May 11, 2016) --", "Posted on 13 August 2013", "PREVIOUS
    1/4:", "(09/11/16) - Detectives", a title closed by its date ("Man Shot in Home -
    05/16/16", a press release's), and a date with its year on a line of its own ("By Julie
    Montanaro\n\nJanuary 9, 2015": a byline's, or an older story's pasted below); not a
    weekday ("UPDATE 1:50PM FRIDAY:" may be a day after the updates below it), nor a date
    that goes on into a sentence ("Update: On Aug. 6, Jackson was convicted").
    """
    if (
        text[start - 3 : start] == " - "
        and text[end : end + 1] in {"\n", ""}
        and _FULL_SLASH_DATE.fullmatch(text, start, end) is not None
    ):
        return _UPDATE  # a press release's title closed by its date: "Man Shot - 05/16/16"
    opening = text.rfind("\n", max(0, start - _STAMP_LINE_REACH), start) + 1
    if not opening and start > _STAMP_LINE_REACH:
        return 0
    if (
        not text[opening:start].strip()
        and _BARE_STAMP_END.match(text, end, _reach_at(text, end)) is not None
        and _YEAR_CLOSED.search(text, start, end) is not None
        and _WRITTEN_DAY.search(text, start, end) is not None
    ):
        return _UPDATE  # a date line of its own: "By Julie Montanaro\n\nJanuary 9, 2015"
    if (
        not text[opening:start].strip()
        and _FULL_SLASH_DATE.fullmatch(text, start, end) is not None
        and _CLOCK_LINE_END.match(text, end, _reach_at(text, end)) is not None
    ):
        return _UPDATE  # a live blog's entry headed by its date and time: "12/6/16 8:28 a.m."
    if (
        text[opening:start] in _RELEASE_DASHES
        and _FULL_SLASH_DATE.fullmatch(text, start, end) is not None
    ):
        # a newswire's release opened by its date: "- 05/11/16 On Monday ...", or glued to
        # its title as a page's text runs together ("- 05/11/16New Seat Belt Effort")
        return _UPDATE
    stamp = _STAMP_LINE.fullmatch(text, opening, start)
    if (
        stamp is None
        or _STAMP_CLOSE.match(text, end, _reach_at(text, end)) is None
        or _WRITTEN_DAY.search(text, start, end) is None
        or (stamp.start("bracket") >= 0 and text[end : end + 1] not in {")", "]"})
    ):
        return _LOG if _log_heading(text, state, opening, start, end) else 0
    return _DATELINE if stamp.start("dateline") >= 0 else _UPDATE


def _log_heading(text: str, state: State, opening: int, start: int, end: int) -> bool:
    r"""
    Whether ``text[start:end]``, on the line opening at *opening*, heads a day of a log.

    A date alone on its line, or after a place and a comma ("Greenfield, Feb. 24",
    "Saturday, Feb. 25"), in a text with two such lines at least: a police log's, or a
    calendar's. One line alone is no log ("Highlights\n\nDecember 30").
    """
    if (
        _LOG_PLACE.fullmatch(text, opening, start) is None
        or _BARE_STAMP_END.match(text, end, _reach_at(text, end)) is None
        or _WRITTEN_DAY.search(text, start, end) is None
    ):
        return False
    if state.log_headings < 0:
        state.log_headings = 0
        for _ in _LOG_HEADING_LINE.finditer(text):
            state.log_headings += 1
            if state.log_headings > 1:
                break
    return state.log_headings > 1


def _opens_entry(ctx: _Context) -> bool:
    """
    Whether the match opens a log's entry: first on its line, a dash after it.

    "12:39 a.m. — A caller at an apartment on Bradford Drive said ...".
    """
    start = ctx.match.start()
    opening = ctx.text.rfind("\n", ctx.lo, start) + 1 or ctx.lo
    return (
        not ctx.text[opening:start].strip()
        and _ENTRY_DASH.match(ctx.text, ctx.match.end(), ctx.hi) is not None
    )


def _restamp(state: State, day: dt.date, stamp: int, end: int) -> None:
    """
    Make *day*, the date of a stamp ending at *end*, the reference of what follows it.

    "UPDATE (5/17/16): ... arrested Tuesday" is that day, not the Tuesday before the page's
    date; a stamp far from the page's date (`_STAMP_DAYS`) is no update of it. A dateline's
    date a few days before the page's (`_DATELINE_DAYS`) is the story's first filing, told
    again since ("INDIANAPOLIS (Feb. 20, 2014) - ... identified the victims Friday
    morning" in Friday's page); further off, it dates a story the page's date does not, and
    so does one after the page's date ("NEW YORK, Dec. 14 (UPI) --" on a page of Dec. 13).
    """
    published = state.published
    if published is None:
        return
    days = (day - published).days
    if not -_STAMP_DAYS[0] <= days <= _STAMP_DAYS[1]:
        return
    if stamp == _LOG and not -_LOG_DAYS <= days <= _LOG_DAYS:
        return
    state.log_heading = stamp == _LOG
    if stamp == _DATELINE and -_DATELINE_DAYS <= days < 0:
        return
    state.reference = day
    # a heading of the story first posted counts only below the stamp: a page told in
    # order has its original post above its updates
    state.stamp_seen = end


def _crawled_page(text: str, state: State) -> None:
    """
    Date a page by its captions' stamps when its own date is a crawl's.

    A video's caption on a broadcaster's page ends with the day it was published ("The
    sheriff said Monday that the deaths are being investigated. (Published Monday, Sept.
    23, 2013)"). When every such stamp of the page names days within a week of each other
    and the first is more than a week from the page's date (but within `_STAMP_DAYS`), the
    page's date is a crawl's, not the story's: the first stamp becomes the reference of the
    whole page, as a dateline's date far from the page's does from the dateline on
    (`_restamp`). A stamp near the page's date moves nothing: a caption is stamped again
    when its video is published again ("shot at the mall today" under a stamp of the day
    after), so the day it was told is not sure.
    """
    published = state.published
    if published is None:
        return
    days = [
        day
        for match in _CAPTION_STAMP.finditer(text)
        if (day := _stamp_day(match)) is not None
        and -_STAMP_DAYS[0] <= (day - published).days <= _STAMP_DAYS[1]
    ]
    if (
        days
        and (max(days) - min(days)).days <= _DATELINE_DAYS
        and abs((days[0] - published).days) > _DATELINE_DAYS
    ):
        state.published = state.reference = days[0]


def _stamp_date(suffix: str = "") -> str:
    """
    The pattern of a date a page's stamp writes out: "Friday, June 6, 2014", "Sept. 23, 2013".

    An optional full weekday and a comma, a month's name, a day and a year, in the groups
    ``month``, ``day`` and ``year`` (each name ending in *suffix*) that `_stamp_day` reads.
    """
    return (
        r"(?:(?:"
        + "|".join(day for day in WEEKDAYS if len(day) > 3)  # noqa: PLR2004 - the full names
        + rf")\b,?[^\S\n]{{1,3}}+)?(?P<month{suffix}>"
        + "|".join(sorted(MONTHS, key=len, reverse=True))
        + rf")\b\.?[^\S\n]{{1,3}}+(?P<day{suffix}>[12]\d|3[01]|0?[1-9]),?[^\S\n]{{1,3}}+"
        rf"(?P<year{suffix}>(?:19|20)\d\d)"
    )


def _reposted_page(text: str, state: State) -> None:
    """
    Date a page by its "Posted:" stamp when its own date is a later update's.

    A broadcaster's page heads its story "Posted: Wednesday, March 6, 2013 1:55 PM EST
    Updated: Wednesday, March 20, 2013 1:58 PM EST": when the update is the page's date (or
    the day before it) and more than a week after the post, the page was stamped again, not
    told again ("early Saturday morning" is the Saturday before March 6, as the story's own
    "the morning of March 2" says). The post's day becomes the reference of the whole page,
    as a crawled page's caption stamp does (`_crawled_page`). An update within a week of
    the post may have told the story anew and moves nothing.
    """
    published = state.published
    if published is None:
        return
    stamps = _POSTED_UPDATED.search(text, 0, _POSTED_UPDATED_CHARS)
    if stamps is None:
        return
    posted, updated = _stamp_day(stamps, "1"), _stamp_day(stamps, "2")
    if (
        posted is not None
        and updated is not None
        and 0 <= (published - updated).days <= 1
        and _DATELINE_DAYS < (updated - posted).days <= _STAMP_DAYS[1]
    ):
        state.published = state.reference = posted


#: A page's post and update stamps, one after the other (`_reposted_page`).
_POSTED_UPDATED: Final = regex.compile(
    r"\bPosted:[^\S\n]{0,3}+"
    + _stamp_date("1")
    + r"\b[^\n]{0,40}?\bUpdated:[^\S\n]{0,3}+"
    + _stamp_date("2")
    + r"\b",
    regex.IGNORECASE,
)
#: How far into a page `_reposted_page` looks for its stamps.
_POSTED_UPDATED_CHARS: Final = 1000


def _later_stamp(text: str, published: dt.date) -> dt.date | None:
    """
    The latest day a stamp of the page names after the page's date, within a week of it.

    An update's stamp ("Updated: Friday, June 6, 2014"), a video caption's ("(Published
    Saturday, Jan. 7, 2017)") or an embedded post's signature: the page was told until
    that day. ``None`` when no stamp names such a day.
    """
    days: list[dt.date] = []
    if "(Published" in text:
        days.extend(day for match in _CAPTION_STAMP.finditer(text) if (day := _stamp_day(match)))
    if "(@" in text:
        days.extend(day for match in _POST_SIGNATURE.finditer(text) if (day := _stamp_day(match)))
    if "pdated" in text:
        days.extend(day for match in _UPDATED_ON.finditer(text) if (day := _stamp_day(match)))
    later = [day for day in days if 0 < (day - published).days <= _LATER_STAMP_DAYS]
    return max(later) if later else None


def _review_headings(
    text: str, published: dt.date
) -> tuple[tuple[int, ...], tuple[int, ...], int] | None:
    """
    The headings of a year's review told month by month, or ``None`` if the text is none.

    Three or more lines that each hold a month's name alone ("January", "February", ...,
    "December"), in the order of the calendar, head the sections of a review of one year:
    the last year whose last heading's month is not after the page's date ("2013 gun crime in
    Hennepin County", published in January 2014, is reviewed under "January" to "December"
    of 2013). Returns where each heading starts, its month, and that year.
    """
    # the cheap test first: a month's name opening three lines (a pattern over the whole
    # text costs a fortieth of `find_times`)
    if sum(text.count(name) for name in _LINE_MONTHS) < _REVIEW_HEADINGS:
        return None
    starts: list[int] = []
    months: list[int] = []
    for match in _MONTH_HEADING.finditer(text):
        month = MONTHS[match.group(1).lower()]
        if months and month <= months[-1]:
            return None  # not the calendar's order: no review of one year
        starts.append(match.start(1))
        months.append(month)
    if len(months) < _REVIEW_HEADINGS:
        return None
    year = published.year if months[-1] <= published.month else published.year - 1
    return tuple(starts), tuple(months), year


#: A month's name opening a line, as `_review_headings` first looks for it.
_LINE_MONTHS: Final = tuple(f"\n{month.capitalize()}" for month in LEXICON["month_full"])
#: How many month headings make a text a year's review (`_review_headings`).
_REVIEW_HEADINGS: Final = 3
#: A line that holds a month's name alone (a section heading of a year's review).
_MONTH_HEADING: Final = regex.compile(
    r"^[^\S\n]*+("
    + "|".join(month.capitalize() for month in LEXICON["month_full"])
    + r")[^\S\n]*+$",
    regex.MULTILINE,
)


def _review_year(ctx: _Context, month: int) -> int | None:
    """
    The year of a month named without one in a section of a year's review, or ``None``.

    A heading is of the year reviewed, and so is a month named under it that is not before
    the heading's ("January" ... "On Aug. 6, Jackson was convicted") or a few months before it
    ("February" ... "committed three armed robberies in the month of January"); one further
    back is of the year after ("December" ... "On Jan. 10, he pleaded guilty").
    """
    state = ctx.state
    if not state.review_read:
        # read once, on the first month named without a year: most texts name none
        state.review_read = True
        if state.published is not None:
            state.review = _review_headings(ctx.text, state.published)
    review = state.review
    if review is None:
        return None
    starts, months, year = review
    at = bisect.bisect_right(starts, ctx.match.start()) - 1
    if at < 0:
        return None
    if months[at] - month <= _REVIEW_MONTHS_BACK:
        return year
    # ("December" ... "To recap the case: on Feb. 3, Chase brought a handgun", in a review of
    # 2013 dated January 2014: a month of the year after that is not yet gone is the year
    # reviewed)
    told = ctx.reference or state.published
    return year + 1 if told is None or dt.date(year + 1, month, 1) <= told else year


#: How many months before its section's a month named in a year's review is of the year
#: reviewed (`_review_year`).
_REVIEW_MONTHS_BACK: Final = 3


#: How many days after the page's date a stamp may tell the page was told (`_later_stamp`).
_LATER_STAMP_DAYS: Final = 7
#: An update's stamp and the day it names ("Updated: Friday, June 6, 2014 6:23 PM").
_UPDATED_ON: Final = regex.compile(
    r"\b(?:Last[^\S\n]++)?[Uu]pdated:?[^\S\n]++" + _stamp_date() + r"\b", regex.IGNORECASE
)


def _stamp_day(match: regex.Match[str], suffix: str = "") -> dt.date | None:
    """
    The day a caption's stamp or a post's signature writes, or ``None`` if it is no day.

    *match* is one of `_CAPTION_STAMP`, `_POST_SIGNATURE` or `_POSTED_UPDATED`, with their
    groups ``year``, ``month`` (a name) and ``day``, each name ending in *suffix*.
    """
    try:
        return dt.date(
            int(match.group("year" + suffix)),
            MONTHS[match.group("month" + suffix).lower()],
            int(match.group("day" + suffix)),
        )
    except ValueError:
        return None


#: What opens a caption's publication stamp, before its day (`_emit`).
_CAPTION_OPENING: Final = "(Published "


def _far_stamp(state: State, day: dt.date) -> bool:
    """
    Whether a caption's stamp of *day* dates an older video, not the story.

    A stamp more than `_DATELINE_DAYS` from the page's date ("(Published Sunday, Jan. 26,
    2014)" on a page of March 2015) is no anchor: "that fateful night" after it is the night
    the story told of. A stamp near it dates the story's video, and its clock times ("around
    3:30 p.m." under "(Published Saturday, May 2, 2015)" on a page of May 3).
    """
    published = state.published
    return published is not None and abs((day - published).days) > _DATELINE_DAYS


#: A caption's publication stamp closing its line: "(Published Monday, Sept. 23, 2013)".
_CAPTION_STAMP: Final = regex.compile(
    r"\(published[^\S\n]{1,3}+" + _stamp_date() + r"\)(?=[^\S\n]*+(?:\n|$))", regex.IGNORECASE
)


def _embedded_posts(text: str, published: dt.date) -> tuple[tuple[int, int, dt.date, bool], ...]:
    """
    The embedded posts of *text*, in text order: ``(start, end, day, utc)`` each.

    A post embedded in a web page keeps, in the page's text, its words and then its
    signature: "Family members grief stricken after 3 yr old child & woman shot this morning
    in Shelby NC. — Garry Stanley (@garryWSOC9) October 27, 2016"; its day is in UTC
    (*utc*), and a post signed after the page's date (*published*) is none. So is a press
    release's title closed by its date, in a list of releases ("Bank Robbery on Monday
    Morning in Downtown Portland - 04/10/17"), within `_STAMP_DAYS` of the page's date.
    """
    posts = []
    if "(@" in text:
        for match in _POST_SIGNATURE.finditer(text):
            day = _stamp_day(match)
            if day is not None and day <= published:
                posts.append((text.rfind("\n", 0, match.start()) + 1, match.start(), day, True))
    # a title's line is read where " - " and a digit stand in it: a regular expression over
    # the whole text costs some 40 ns a character, a string search a tenth of that
    line_end = -1
    dash = text.find(" - ")
    while dash >= 0:
        if dash > line_end and text[dash + 3 : dash + 4].isdigit():
            line_end = text.find("\n", dash)
            if line_end < 0:
                line_end = len(text)
            title = _RELEASE_TITLE.match(text, text.rfind("\n", 0, dash) + 1)
            if title is not None:
                year, month, number = (int(title.group(part)) for part in ("year", "month", "day"))
                stamp = _safe_date(2000 + year, month, number)
                if stamp is not None and (
                    -_STAMP_DAYS[0] <= (stamp - published).days <= _STAMP_DAYS[1]
                ):
                    posts.append((title.start(), title.start("stamp"), stamp, False))
        dash = text.find(" - ", dash + 1)
    # a title closed by its date written with the month's name ("Teen Shooting Monday Night
    # \u2013 August 3rd, 2016"): read where a dash stands before a capital
    for mark in _TITLE_DASHES:
        line_end = -1
        dash = text.find(mark)
        while dash >= 0:
            if dash > line_end and text[dash + len(mark) : dash + len(mark) + 1].isupper():
                line_end = text.find("\n", dash)  # one try a line: the title closes it
                if line_end < 0:
                    line_end = len(text)
                title = _NAMED_TITLE.match(text, text.rfind("\n", 0, dash) + 1, line_end)
                if title is not None:
                    stamp = _stamp_day(title)
                    if stamp is not None and (
                        -_STAMP_DAYS[0] <= (stamp - published).days <= _STAMP_DAYS[1]
                    ):
                        posts.append((title.start(), title.start("stamp"), stamp, False))
            dash = text.find(mark, dash + 1)
    return tuple(sorted(set(posts)))


def _post_reference(lowered: str, state: State, head: int) -> None:
    """
    Make the day an embedded post was sent the reference of its words, while the scan is in it.

    "shot this morning" in a post signed October 27 on a page of October 29 is October 27's
    morning; the post was sent that day. The signature's day is the day in UTC, a day ahead
    of the evening in the Americas: a post's "tonight" is the night of the day before ("shot
    in shoulder tonight" signed July 8 is July 7's night). A post signed after the page's
    date (a day written in another time zone) is no post (`_embedded_posts`). A press
    release's title is read against its closing date the same way ("Early Morning Shooting
    Injures Woman - 03/17/17" is March 17's morning), with no day moved for "tonight".
    """
    index = bisect.bisect_right(state.post_starts, head) - 1
    if index >= 0 and head < state.posts[index][1]:
        start, _end, day, utc = state.posts[index]
        if utc and lowered.startswith("tonight", head):
            day -= dt.timedelta(days=1)
        if not state.in_post:
            state.in_post = True
            state.post_saved = state.reference
        state.reference = day
        state.post_start = start
        return
    if state.in_post:
        state.in_post = False
        state.reference = state.post_saved


#: A press release's title closed by its date on a line of its own, in a list of releases
#: ("Bank Robbery on Monday Morning in Downtown Portland - 04/10/17"), matched from the
#: start of the line (`_embedded_posts`).
_RELEASE_TITLE: Final = regex.compile(
    r"(?m)^[^\S\n]*+\p{Lu}[^\n]{7,200}?(?P<stamp> - (?P<month>1[0-2]|0?[1-9])"
    r"/(?P<day>[12]\d|3[01]|0?[1-9])/(?P<year>\d\d))[^\S\n]*+$"
)
#: The dashes a title closed by a date with the month's name may stand before it.
_TITLE_DASHES: Final = (" - ", " \u2013 ", " \u2014 ")
#: A title closed by its date with the month's name on a line of its own, in a list of
#: stories ("Teen Shooting Monday Night \u2013 August 3rd, 2016"), from the line's start.
_NAMED_TITLE: Final = regex.compile(
    r"(?m)^[^\S\n]*+\p{Lu}[^\n]{7,200}?(?P<stamp>[^\S\n][-\u2013\u2014][^\S\n](?P<month>"
    + "|".join(month.capitalize() for month in LEXICON["month_full"])
    + r")[^\S\n]++(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,[^\S\n]++(?P<year>(?:19|20)\d\d))"
    r"[^\S\n]*+$"
)
#: The signature closing an embedded post's line: a dash, the author's name, the handle in
#: brackets and the day ("— Garry Stanley (@garryWSOC9) October 27, 2016").
_POST_SIGNATURE: Final = regex.compile(
    r"(?:\u2014|\u2013|--?)[^\S\n]*+[^\n()\u2014\u2013]{1,80}?[^\S\n]*+\(@\w{1,15}+\)[^\S\n]++"
    r"(?P<month>"
    + "|".join(month.capitalize() for month in LEXICON["month_full"])
    + r")[^\S\n]++(?P<day>[12]\d|3[01]|0?[1-9]),[^\S\n]++(?P<year>(?:19|20)\d\d)"
    r"(?=[^\S\n]*+(?:\n|$))"
)


def _unstamp(text: str, state: State, start: int) -> None:
    """
    Move the reference back to the page's date at the heading of the original story.

    The updates of a live page stand above the story first posted ("UPDATE (3/10): ...
    ORIGINAL: A Morgantown man was arrested Monday").
    """
    if state.stamp_seen < start:
        if _ORIGINAL_HEADING.search(text, state.stamp_seen, start) is not None:
            # the days the updates named are no days of the story below
            state.reference = state.published
            state.log_heading = False
            state.day = state.past_day = state.report_day = state.story_day = None
            state.day_span = state.report_span = state.past_span = None
            state.anchor = state.day_part = state.then_decade = None
            state.anchor_span = state.then_decade_span = None
        state.stamp_seen = start


#: What stands in a stamp's line before its date: the stamp's word, then only its clock
#: time and weekday ("Updated: Thursday, December 4, 2014", "UPDATE @ 4:29 p.m. (Nov. 2)",
#: "ORIGINAL POST (May 4)"), or a dateline's place in capitals.
_STAMP_LINE: Final = regex.compile(
    r"[^\S\n]{0,3}+[\[(]?[^\S\n]{0,3}+(?i:(?:last[^\S\n]{1,3}+)?(?:update[sd]?|posted|published"
    r"|created|previous|original(?:[^\S\n]{1,3}+(?:story|report|post|article))?"
    r"|(?:initial|first)[^\S\n]{1,3}+report)"
    r"(?:[^\S\n]{1,3}+\d\b)?(?:[^\S\n]|[:@,(|.\-]|[ap]\.?m\b|at\b|(?-i:on)\b|\d"
    r"|(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r"|sun)\b){0,40}+"
    # ... or a dateline's place: "INDIANAPOLIS, Ind. (April 20, 2016) -"
    r"|(?P<dateline>(?-i:[A-Z][A-Z.'\-]{1,24}+(?:[^\S\n][A-Z][A-Z.'\-]{1,24}+){0,3}+"
    r"(?:,[^\S\n]{0,3}+[A-Z][A-Za-z.]{1,12}+)?)[^\S\n]{0,3}+[(,][^\S\n]{0,3}+)"
    # ... or a bracket alone, closed right after the date: "(09/11/16) - Detectives"
    r"|(?P<bracket>[^\S\n]{0,3}+[\[(][^\S\n]{0,3}+))"
)
#: The heading of the story first posted, below its updates.
_ORIGINAL_HEADING: Final = regex.compile(
    r"(?:^|\n)[^\S\n]*+\[?(?i:original(?:[^\S\n]+(?:story|report|post|article))?"
    r"|(?:initial|first)[^\S\n]+report)[^\S\n]*+(?=[:(\-\u2013\u2014\n]|\d|$)"
)
#: What follows a stamp's date: its closing bracket, the end of its line, a colon or a dash,
#: its clock time, or a news agency's name in brackets before a dash ("NEW YORK, Dec. 14
#: (UPI) --").
_STAMP_CLOSE: Final = regex.compile(
    r"[^\S\n]{0,3}+(?:[)\]]|$|\n|[:|@\-\u2013\u2014]|at\b|\d|[ECMP][SD]?T\b"
    r"|\((?-i:[A-Z][A-Za-z]{1,11}+)\)[^\S\n]{0,3}+[\-\u2013\u2014])"
)
#: A day written with its month ("5/17/16", "Jan. 18", "13 August"), no weekday alone.
_WRITTEN_DAY: Final = regex.compile(
    r"\d[/-]\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*+\.?[^\S\n]+\d"
    r"|\d[^\S\n]+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
#: A clock time's own day: a written day or a weekday ("8:30 p.m. Nov. 11", "at 8 p.m.
#: Tuesday"), so the time may date an incident.
_CLOCK_DAY: Final = regex.compile(
    _WRITTEN_DAY.pattern + r"|(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b"
)
#: A word of a range before a time ("between 3:50 p.m. Friday and 3 a.m. Monday"): the
#: time bounds a count of shootings, it dates none.
_RANGE_END: Final = regex.compile(
    r"\b(?:between|and|from|to|through|until)[^\S\n]$", regex.IGNORECASE
)
#: What closes a date standing on a line of its own: the line's end.
_BARE_STAMP_END: Final = regex.compile(r"[^\S\n]*+(?:\n|$)")
#: A date closed by its year in four figures ("January 8, 2015", "Thursday, Jan. 8, 2015").
_YEAR_CLOSED: Final = regex.compile(r"(?:1[89]|20)\d\d$")
#: The rest of a line after an entry's slashed date: its clock time, maybe, and no more.
_CLOCK_LINE_END: Final = regex.compile(
    r"(?:[^\S\n]{1,3}+\d{1,2}:\d\d[^\S\n]?+(?:[ap]\.?[^\S\n]?m\b\.?)?+)?+[^\S\n]*+(?:\n|$)",
    regex.IGNORECASE,
)
#: A date written with its year in figures and slashes ("05/16/16").
_FULL_SLASH_DATE: Final = regex.compile(r"\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?")


def stamp_start(text: str, start: int, end: int, *, told: bool) -> int | None:
    """
    Where `parse` reads the page's stamp in the boilerplate paragraph ``text[start:end]``.

    The paragraph's start when it is a stamp (`stamp_paragraph`). Before the story's text, a
    headline repeated on the line of its stamps is read from the stamp on: "Girl shot in
    Oakwood Posted: Tuesday, December 30, 2014 5:11 PM EST Updated: ..." from "Posted:",
    and a video's caption from the stamp closing it: "... with a BB gun. (Published
    Saturday, May 2, 2015)". ``None`` when the paragraph holds no stamp.
    """
    if stamp_paragraph(text, start, end, told=told):
        return start
    if told:
        return None
    caption = _CAPTION_STAMP.search(text, max(start, end - _CAPTION_STAMP_CHARS), end)
    if caption is not None:
        return caption.start()
    if end - start > _GLUED_STAMP_CHARS:
        return None
    glued = _GLUED_STAMP.search(text, start, end)
    return None if glued is None else glued.start()


#: How far from a paragraph's end a video caption's stamp may open.
_CAPTION_STAMP_CHARS: Final = 60
#: The longest paragraph a stamp glued to a repeated headline is read from.
_GLUED_STAMP_CHARS: Final = 400
#: A page's post or update stamp and the day it writes, after the headline on its line.
_GLUED_STAMP: Final = regex.compile(
    r"(?<=\S[^\S\n]{1,3})(?-i:Posted|Updated|Published):[^\S\n]{0,3}+" + _stamp_date() + r"\b",
    regex.IGNORECASE,
)


def stamp_paragraph(text: str, start: int, end: int, *, told: bool) -> bool:
    """
    Whether the boilerplate paragraph ``text[start:end]`` is a page's stamp `parse` reads.

    Before the story's text (*told* false), a line that writes a date and no word in lower
    case but a stamp's: "Updated: 08/26/2015 6:53 PM", "Last updated at 10:39 a.m. on
    Sunday, Nov. 27", a log's first day "Greenfield, Feb. 24"; not "Related: Man shot on
    Dec. 1 in Lexington" (another story's headline). After it, a live blog's entry stamp
    ("12/6/16 8:28 a.m."), the date of the entry under it, and a line that is a date and
    its year alone ("December 30, 2014", "Friday, December 4, 2015."): the day of a second
    story on the page, or of a correction. The article counts them all a time stamp; they
    date the story as `_heads_stamp` reads them.
    """
    if end - start > _STAMP_CHARS:
        return False
    if told and (
        _ENTRY_STAMP.fullmatch(text, start, end) is not None
        or _DATE_LINE.fullmatch(text, start, end) is not None
    ):
        return True
    if (told and _POST_OPENING.match(text, start, end) is None) or _DATE_WRITTEN.search(
        text, start, end
    ) is None:
        return False
    return all(word in _STAMP_WORDS for word in _STAMP_LOWER_WORD.findall(text, start, end))


#: The longest paragraph read as a page's stamp ("Updated: Wednesday, December 28, 2016 @
#: 5:31 PM EST").
_STAMP_CHARS: Final = 80
#: The words in lower case a page's stamp may write.
_STAMP_WORDS: Final = frozenset(
    {"updated", "posted", "published", "created", "modified", "originally", "last", "first"}
    | {"at", "on", "of", "and", "by", "a.m", "p.m", "am", "pm", "a", "p", "m", "edt", "est"}
    # "Emergency Messages as of 12:51 pm", "By Alex Wiederspiel in News | November 23, 2016",
    # "Published: Monday, 1/25/2016 - Updated: 2 months ago"
    | {"as", "in", "ago", "minutes", "hours", "days", "weeks", "months", "years"}
    # "Updated at 5:17 pm, March 31st, 2016 By: EastIdahoNews.com staff"
    | {"staff"}
)
#: A word in lower case (its letters and inner stops: "a.m"; "p.m.on", glued as scraped
#: pages write it, is "p.m" and "on").
_STAMP_LOWER_WORD: Final = regex.compile(r"(?<![\w.])[a-z]+(?:\.[a-z]\b)*")
#: A month's name and a day, or a slashed date with its year: what a stamp writes.
_DATE_WRITTEN: Final = regex.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[^\S\n]{1,3}\d{1,2}"
    r"(?:st|nd|rd|th)?\b"
    rf"|\b{_FULL_SLASH_DATE.pattern}\b",
    regex.IGNORECASE,
)
#: What opens a live page's entry stamp below the story's first text, its clock time
#: first ("***POSTED at 11:33 A.M. on Tuesday, August 25th***"; not a reader's comment
#: stamped "Posted: Monday, April 15, 2013").
_POST_OPENING: Final = regex.compile(
    r"[*\s]*+(?:last[^\S\n]++)?(?:posted|updated)(?:[^\S\n]++(?:at|@))?[^\S\n]*+:?[^\S\n]*+"
    r"\d{1,2}:\d\d",
    regex.IGNORECASE,
)
#: A live blog's entry stamp: a slashed date with its year, and a clock time.
_ENTRY_STAMP: Final = regex.compile(
    rf"{_FULL_SLASH_DATE.pattern}[^\S\n]{{1,3}}\d{{1,2}}:\d\d[^\S\n]?[AaPp]\.?[Mm]\.?"
)
#: A line that is a date and its year alone ("Friday, December 4, 2015.").
_DATE_LINE: Final = regex.compile(
    r"[^\S\n]*+" + _stamp_date() + r"\b\.?[^\S\n]*+", regex.IGNORECASE
)
#: The kinds of stamp `_heads_stamp` tells apart.
_UPDATE: Final = 1
_DATELINE: Final = 2
_LOG: Final = 3
#: Days either side of the page's date a log's date heading may lie to date its entries.
_LOG_DAYS: Final = 31
#: What may stand before a log's date heading on its line: a place and a comma.
_LOG_PLACE_SOURCE: Final = (
    r"[^\S\n]{0,3}+(?:[A-Z][A-Za-z.'\-]{1,24}+(?:[^\S\n][A-Z][A-Za-z.'\-]{1,24}+){0,3}+,"
    r"[^\S\n]{1,3}+)?"
)
_LOG_PLACE: Final = regex.compile(_LOG_PLACE_SOURCE)
#: A line that is a date heading a log's day ("Greenfield, Feb. 24", "Saturday, Feb. 25").
_LOG_HEADING_LINE: Final = regex.compile(
    "^" + _LOG_PLACE_SOURCE + r"(?:[A-Za-z]{3,9}+day,?[^\S\n]{1,3}+)?"
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,7}+\.?[^\S\n]{1,3}+"
    r"\d{1,2}(?:st|nd|rd|th)?(?:,?[^\S\n]{1,3}+\d{4})?[^\S\n]*+$",
    regex.MULTILINE,
)
#: The dash after the clock time opening a log's entry ("12:39 a.m. — A caller ...").
_ENTRY_DASH: Final = regex.compile(r"[^\S\n]{0,3}+(?:[\u2014\u2013]|--?[^\S\n])")
#: What opens a line before a newswire release's date ("- 05/11/16 On Monday ...").
_RELEASE_DASHES: Final = frozenset({"- ", "-"})
#: Days either side of the page's date a dateline's date is a filing of the same story.
_DATELINE_DAYS: Final = 7
#: How far into its line a stamp's date may stand.
_STAMP_LINE_REACH: Final = 48
#: Days before and after the page's date a stamp's date may lie to move the reference.
_STAMP_DAYS: Final = (1100, 120)


def _follow_narrative(text: str, state: State, start: int, end: int, value: str) -> None:
    """
    Keep `State.narrative_year` for the anchor *value* just set by ``text[start:end]``.
    """
    year = value[:4]
    if not year.isdigit():
        state.narrative_year = 0
        return
    if (
        len(value) > 4  # noqa: PLR2004 - a month or a day of the year, not the year alone
        and year in text[start:end]
        and (last := _word_before(text, start)) not in _OPEN_ENDS
        and last not in _MODIFIER_OPENS
        and not last.endswith(("'s", "\u2019s"))
    ):
        state.narrative_year = int(year)
        state.narrative_end = end
        state.narrative_paragraph = False
    elif (
        len(value) == 4  # noqa: PLR2004 - a year alone
        and text[start:end] == year
        and text[end : end + 1] == ","
        and (
            _YEAR_OPENS_STORY.search(text, max(0, start - 16), start) is not None
            or _CLAUSE_OPENS_STORY.search(text, max(0, start - 120), start) is not None
        )
    ):
        # "In 1998, the company lost money. In March, it cut 500 jobs": a sentence set in a
        # year gone tells its story, to the end of its paragraph ("In 2009, ... \n\nIn March"
        # may be this year's)
        state.narrative_year = int(year)
        state.narrative_end = end
        state.narrative_paragraph = True
    elif state.narrative_year:  # the common case, no story going on, ends here
        if int(year) == state.narrative_year:
            state.narrative_end = end
        else:
            state.narrative_year = 0


#: "In", "By" or "During" opening a sentence, right before a year that sets it.
_YEAR_OPENS_STORY: Final = regex.compile(
    r"(?:^|[.?!][\"'\u201d\u2019]?\s|\n)\s*+(?:In|By|During)\s++$"
)
#: An opening clause of a participle that sets its sentence in a year ("Campaigning against
#: Mitt Romney in 2012, he barely mentioned climate change"), up to "in" before the year.
_CLAUSE_OPENS_STORY: Final = regex.compile(
    r"(?:^|[.?!][\"'\u201d\u2019]?\s|\n)\s*+(?-i:\p{Lu}\p{Ll}{2,}ing)\b[^.?!\n,;:]{0,100}?"
    r"\b(?:in|during)\s++$"
)
#: Words before a date that make it one end of a span, not the time a story is told of
#: ("since June 2014").
_OPEN_ENDS: Final = frozenset({"since", "from", "until", "till", "through", "to"})
#: ... and words that make it a modifier of a noun ("the Dec. 21, 1988, bombing").
_MODIFIER_OPENS: Final = frozenset({"the", "a", "an", "its", "his", "her", "their"})


def _make_time(
    text: str,
    span: Span,
    emitted: _Emitted,
    bounds: tuple[dt.date, dt.date] | None,
    anchor: Span | None,
) -> TimeExpression:
    """
    ``TimeExpression(text=text, span=span, ...)`` of *emitted* and the interval *bounds*.

    `TimeExpression`'s ``__init__`` is interpreted code that sets its nine slots by name and
    runs the interval validator; this sets the slots itself (as `newsevents.text.make_span`
    does for spans) when the interval is one the validator accepts (no bounds, or a start no
    later than the end: *bounds* has both or neither), and leaves a reversed one to the
    class, to raise as it does.
    """
    kind_type, value, rule_id, mod, _anchored, _updates = emitted
    first = None if bounds is None else bounds[0]
    last = None if bounds is None else bounds[1]
    if first is not None and last is not None and last < first:
        return TimeExpression(  # raises, as the validator does
            text=text,
            span=span,
            type=kind_type,
            value=value,
            rule_id=rule_id,
            mod=mod,
            start=first,
            end=last,
            anchor=anchor,
        )
    expression: TimeExpression = _NEW_OBJECT(TimeExpression)
    _set_time_text(expression, text)
    _set_time_span(expression, span)
    _set_time_type(expression, kind_type)
    _set_time_value(expression, value)
    _set_time_rule_id(expression, rule_id)
    _set_time_mod(expression, mod)
    _set_time_start(expression, first)
    _set_time_end(expression, last)
    _set_time_anchor(expression, anchor)
    return expression


#: `object.__new__` and `TimeExpression`'s slot setters, as `_make_time` calls them (see
#: `newsevents.model._set_start`).
_NEW_OBJECT: Final = object.__new__
_set_time_text: Final = TimeExpression.__dict__["text"].__set__
_set_time_span: Final = TimeExpression.__dict__["span"].__set__
_set_time_type: Final = TimeExpression.__dict__["type"].__set__
_set_time_value: Final = TimeExpression.__dict__["value"].__set__
_set_time_rule_id: Final = TimeExpression.__dict__["rule_id"].__set__
_set_time_mod: Final = TimeExpression.__dict__["mod"].__set__
_set_time_start: Final = TimeExpression.__dict__["start"].__set__
_set_time_end: Final = TimeExpression.__dict__["end"].__set__
_set_time_anchor: Final = TimeExpression.__dict__["anchor"].__set__


@functools.lru_cache(maxsize=_CACHED_VALUES)
def _calendar_of(day_value: str) -> tuple[tuple[dt.date, dt.date] | None, str | None]:
    """
    The interval of the day part of a DATE or TIME value (before any ``T``), and its grain.
    """
    bounds = interval(day_value)
    return bounds, None if bounds is None else grain_of(day_value)


#: How far from its anchor a derived day may lie to be the day the story is on.
_STORY_DAYS: Final = 7


_POSTMODS: Final = {
    "or so": "APPROX",
    "or more": "EQUAL_OR_MORE",
    "or longer": "EQUAL_OR_MORE",
    "or less": "EQUAL_OR_LESS",
    "or fewer": "EQUAL_OR_LESS",
    "or shorter": "EQUAL_OR_LESS",
}
_MODS: Final = {mod.value: mod for mod in TimexMod}
_well_formed: Final = functools.lru_cache(maxsize=_CACHED_VALUES)(is_timex_value)
