"""
Rules as data: a `Rule` is an id, a pattern and the examples it must (and must not) match.

`compile_rules` turns a table of rules into a `RuleSet` once, and fails fast: duplicate ids,
patterns that do not compile, named groups that are not allowed, examples that do not match
and counterexamples that do all raise `RuleError` at import time, not in the middle of a run.
Extractors never call `regex.compile` themselves.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any, Final

import attrs
import regex
from attrs import field, frozen

from newsevents._pattern_cache import PATTERNS
from newsevents.errors import NewsEventsError

__all__ = [
    "FLAGS",
    "SHARED_TRIE_GROUP",
    "CompiledRule",
    "Rule",
    "RuleError",
    "RuleSet",
    "atom_end",
    "call_shared_tries",
    "class_end",
    "compile_pattern",
    "compile_rules",
    "group_end",
    "group_numbers",
    "spell_out_lists",
    "word_trie",
]

#: Flags every rule pattern is compiled with.
FLAGS: Final = regex.VERBOSE | regex.IGNORECASE | regex.VERSION1


class RuleError(NewsEventsError):
    """
    A rule table is inconsistent (raised when it is compiled, at import).
    """


def _to_strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _to_meta(items: Mapping[str, str] | Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    pairs = items.items() if isinstance(items, Mapping) else items
    return tuple(sorted(pairs))


@frozen(kw_only=True)
class Rule:
    r"""
    One pattern with a stable id, plus the sentences that document and test it.

    Args:
        id: Stable dotted name ``<record>.<slot>.<variant>``; it appears in output, so it is
            never reused for another meaning.
        pattern: A `regex` pattern, compiled with `FLAGS` (verbose, case-insensitive).
            Word lists go in as named lists (``\L<name>``).
        examples: Texts the pattern must find a match in.
        counterexamples: Texts the pattern must find no match in.
        meta: Extra data the extractor reads (``kind``, ``status``...), as string pairs.
        case_sensitive: Compile without `regex.IGNORECASE` (for patterns that need capitals).
    """

    id: str
    pattern: str
    examples: tuple[str, ...] = field(default=(), converter=_to_strs)
    counterexamples: tuple[str, ...] = field(default=(), converter=_to_strs)
    meta: tuple[tuple[str, str], ...] = field(default=(), converter=_to_meta)
    case_sensitive: bool = False

    def get(self, key: str, default: str | None = None) -> str | None:
        """
        Look up *key* in the rule's ``meta``.

        >>> Rule(id="x.y", pattern="x", meta={"kind": "killed"}).get("kind")
        'killed'
        """
        for name, value in self.meta:
            if name == key:
                return value
        return default


@frozen
class CompiledRule:
    """
    A `Rule` and its compiled pattern.
    """

    rule: Rule
    pattern: regex.Pattern[str]


@frozen
class RuleSet:
    """
    Compiled rules, in table order.
    """

    rules: tuple[CompiledRule, ...]

    def __iter__(self) -> Iterator[CompiledRule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def by_id(self, rule_id: str) -> CompiledRule:
        """
        The compiled rule with id *rule_id*.

        Raises:
            KeyError: No rule has that id.
        """
        for compiled in self.rules:
            if compiled.rule.id == rule_id:
                return compiled
        raise KeyError(rule_id)


def compile_pattern(
    pattern: str,
    lexicon: Mapping[str, Collection[str]] | None = None,
    *,
    flags: int = FLAGS,
    share_tries: bool = False,
) -> regex.Pattern[str]:
    r"""
    Compile one pattern with the house flags and the named word lists of *lexicon*.

    Named lists match longest first whatever their order, and are case-insensitive along with
    the pattern.
    Lists the pattern does not use are left out, so one lexicon can serve a whole rule table.
    Case-insensitive matching uses simple case folding (``(?-f)``), not VERSION1's default full
    folding: English news needs no "ß" = "ss", a match never changes length, and patterns with
    large word lists compile about five times faster.
    With *share_tries*, a long `word_trie` the pattern spells out many times is written once
    and called where it stood (`call_shared_tries`): the same matches, compiled faster.
    A pattern compiled once is kept on disk for the next process (`newsevents._pattern_cache`).

    >>> compile_pattern(r"\L<month>", {"month": ["may", "march"]}).findall("In March and May")
    ['March', 'May']
    """
    lists: dict[str, Any] = {
        name: list(words) for name, words in (lexicon or {}).items() if f"\\L<{name}>" in pattern
    }
    if share_tries:
        pattern = call_shared_tries(pattern)
    return PATTERNS.compile(f"(?-f){pattern}", flags, lists)


#: Tries this long or longer, standing this many times or more in one pattern, are written
#: once and called (`call_shared_tries`).
_SHARED_TRIE_SIZE: Final = 200
_SHARED_TRIE_COPIES: Final = 8

#: The prefix of the names of the groups that hold shared tries; no rule names a group so.
SHARED_TRIE_GROUP: Final = "_trie"

#: The opening of a group that sets flags for its contents (``(?-i:``), or of a look-ahead or
#: a look-behind: groups a called trie may not stand in (`call_shared_tries`).
_SCOPED_FLAGS: Final = regex.compile(r"\(\?(?:[a-zA-Z]+(?:-[a-zA-Z]+)?|-[a-zA-Z]+):")
_LOOK_AHEAD: Final = regex.compile(r"\(\?[=!]")
_LOOK_BEHIND: Final = regex.compile(r"\(\?<[=!]")


def call_shared_tries(
    pattern: str, *, min_size: int = _SHARED_TRIE_SIZE, min_copies: int = _SHARED_TRIE_COPIES
) -> str:
    r"""
    *pattern* with each long trie it spells out many times defined once and called.

    The `regex` module spends most of a compilation parsing the pattern (about 50 ms for each
    copy of the 3,800-character trie of victim nouns), and some casualty rules spell one list
    out 16 or 19 times. A trie of *min_size* characters or more that stands *min_copies*
    times or more goes into a ``(?(DEFINE)...)`` block at the end, in a group named
    ``_trie0``, ``_trie1``... that each place calls (``(?&_trie0)``). A called group matches
    what its contents would there and captures nothing, and the groups defined after the
    pattern keep the numbers of its own groups.

    A call costs more to match than the trie in place, the more so the more groups the
    pattern has (`regex` saves them): 2.5 times as long over the calls the casualty
    extractor makes on GVA news when every trie that stands twice is called, which made the
    casualty stage 11 % slower. Rules that spell a list out 8 times or more are matched
    rarely (they hold many alternatives), so the default costs no measurable matching time.

    Copies inside a group that sets its own flags stay where they are, as do copies inside a
    look-around read the other way from the pattern (a look-behind in a pattern read left to
    right, a look-ahead in one read right to left, ``(?r)``): a called group keeps the flags
    of the place it is defined in (the pattern's own), and `regex` (2026.11) reads one called
    against the pattern's direction wrongly (``\d(?<=(?&one))`` does not match "1" where
    ``\d(?<=1)`` does).

    >>> trie = word_trie([f"{n * 7919}th" for n in range(30)])
    >>> shared = call_shared_tries(f"{trie} and {trie}", min_copies=2)
    >>> shared.startswith("(?&_trie0) and (?&_trie0)(?(DEFINE)(?P<_trie0>")
    True
    """
    defined: list[str] = []
    backwards = pattern.lstrip().startswith("(?r)")
    for trie in sorted(
        {trie for trie in _TRIES.values() if len(trie) >= min_size}, key=len, reverse=True
    ):
        if pattern.count(trie) < min_copies:
            continue
        scoped = [
            (found.start(), group_end(pattern, found.start()))
            for keeps in (_SCOPED_FLAGS, _LOOK_AHEAD if backwards else _LOOK_BEHIND)
            for found in keeps.finditer(pattern)
        ]
        starts: list[int] = []
        start = pattern.find(trie)
        while start >= 0:
            if not any(low < start < high for low, high in scoped):
                starts.append(start)
            start = pattern.find(trie, start + len(trie))
        if len(starts) < min_copies:
            continue
        name = f"{SHARED_TRIE_GROUP}{len(defined)}"
        pieces: list[str] = []
        done = 0
        for start in starts:
            pieces += (pattern[done:start], f"(?&{name})")
            done = start + len(trie)
        pattern = "".join((*pieces, pattern[done:]))
        defined.append(f"(?P<{name}>{trie})")
    if not defined:
        return pattern
    return f"{pattern}(?(DEFINE){''.join(defined)})"


def group_end(pattern: str, start: int) -> int:
    r"""
    Where the group opened at ``pattern[start]`` ends (after its closing parenthesis).

    Escapes and character sets are skipped whole, so their brackets do not count.

    >>> group_end(r"a(b[)]\)c)d", 1)
    10
    """
    depth = 0
    index = start
    while index < len(pattern):
        char = pattern[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index = atom_end(pattern, index)
    msg = f"unbalanced group at {start} in {pattern!r}"
    raise RuleError(msg)


def class_end(pattern: str, start: int) -> int:
    """
    Where the character set opened at ``pattern[start]`` ends (after its ``]``).

    A leading ``]`` (after ``^`` or not) is a member; a nested set (version 1) is skipped
    whole.

    >>> class_end("[]a[b]c]d", 0)
    8
    """
    index = start + 1
    if index < len(pattern) and pattern[index] == "^":
        index += 1
    if index < len(pattern) and pattern[index] == "]":
        index += 1
    while index < len(pattern):
        if pattern[index] == "]":
            return index + 1
        index = atom_end(pattern, index)
    return len(pattern)


def atom_end(pattern: str, index: int) -> int:
    r"""
    Where the escape, character set or single character at ``pattern[index]`` ends.

    >>> [atom_end(r"\d[a-z]x", index) for index in (0, 2, 7)]
    [2, 7, 8]
    """
    char = pattern[index]
    if char == "\\":
        return index + 2
    if char == "[":
        return class_end(pattern, index)
    return index + 1


def group_numbers(patterns: Iterable[regex.Pattern[str]], *names: str) -> tuple[int, ...]:
    """
    The numbers of the groups *names*, the same in each of *patterns* (else `RuleError`).

    Hot code reads a match's groups by number: the `regex` module reads a group's name only
    after failing to read it as a number, which raises a `TypeError` and clears it each time
    (about three times the cost of the read). The patterns are those whose matches one piece
    of code reads: variants of one rule, a rule and its right-to-left copy.

    >>> group_numbers([compile_pattern(r"(?P<a>x)(?P<b>y)")], "b", "a")
    (2, 1)
    """
    numbers: tuple[int, ...] | None = None
    for pattern in patterns:
        index = pattern.groupindex
        missing = [name for name in names if name not in index]
        if missing:
            msg = f"pattern {pattern.pattern[:60]!r} has no group {missing[0]!r}"
            raise RuleError(msg)
        found = tuple(index[name] for name in names)
        if numbers is not None and found != numbers:
            msg = f"groups {names!r} are numbered {found!r} in one pattern, {numbers!r} in another"
            raise RuleError(msg)
        numbers = found
    if numbers is None:
        msg = "no pattern to number groups in"
        raise RuleError(msg)
    return numbers


def word_trie(words: Iterable[str], *, reverse: bool = False) -> str:
    r"""
    A pattern matching what ``\L<list>`` of *words* matches in a case-insensitive pattern.

    The words are factored by their shared first letters (last letters with *reverse*, for a
    pattern read right to left, ``(?r)``); where a word ends inside a longer one, the longer
    branch comes first, so the longest word is tried first and shorter ones on backtracking,
    as a named list does. A named list looks up every length its words have at each try; a
    trie fails at the first letter that leads nowhere, which is where most tries end.

    Raises:
        RuleError: A word changes length in lower case (the trie holds lower case).

    >>> word_trie(["son", "sons", "sister"])
    '(?:s(?:ister|on(?:s)?))'
    >>> word_trie(["Chief", "Police Chief"], reverse=True)
    '(?:(?:police\\ )?chief)'
    """
    words = tuple(words)
    known = _TRIES.get((words, reverse))
    if known is not None:
        return known
    for word in words:
        if len(word.lower()) != len(word):
            msg = f"{word!r} changes length in lower case; a trie cannot hold it"
            raise RuleError(msg)
    keys = sorted({word.lower()[::-1] if reverse else word.lower() for word in words})
    trie = f"(?:{_trie_node(keys, reverse=reverse)})"
    _TRIES[words, reverse] = trie
    return trie


#: The tries `word_trie` has written, by words and direction: one list is spelled out in many
#: patterns.
_TRIES: Final[dict[tuple[tuple[str, ...], bool], str]] = {}


def _trie_node(keys: Sequence[str], *, reverse: bool) -> str:
    """
    The trie of the sorted *keys*, as a pattern (``""`` where a word ends here).
    """
    branches: list[str] = []
    for letter, group in itertools.groupby((key for key in keys if key), key=lambda key: key[0]):
        rest = _trie_node([key[1:] for key in group], reverse=reverse)
        escaped = letter if letter.isalnum() else regex.escape(letter, special_only=False)
        branches.append(rest + escaped if reverse else escaped + rest)
    if not branches:
        return ""
    if keys[0] == "":  # a word ends here: the longer ones first (greedy), then this one
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def spell_out_lists(
    rule: Rule, lexicon: Mapping[str, Iterable[str]], *, names: Collection[str] | None = None
) -> Rule:
    r"""
    *rule* with its named lists (those in *names*, or all) written out as `word_trie`\ s.

    The same matches, found faster where a list is tried at many places. Only for rules that
    ignore case, where every ``\L<name>`` stands where case does not matter (a trie holds
    lower case); a case-sensitive rule comes back as it is. A pattern read right to left
    (starting with ``(?r)``) gets tries read that way too.

    >>> rule = Rule(id="x.y", pattern=r"\b\L<kin>\b", examples=["his sons"])
    >>> spell_out_lists(rule, {"kin": ["son", "sons"]}).pattern
    '\\b(?:son(?:s)?)\\b'
    """
    if rule.case_sensitive or "\\L<" not in rule.pattern:
        return rule
    reverse = rule.pattern.lstrip().startswith("(?r)")
    pattern = rule.pattern
    for name, words in lexicon.items():
        key = f"\\L<{name}>"
        if key in pattern and (names is None or name in names):
            pattern = pattern.replace(key, word_trie(words, reverse=reverse))
    return attrs.evolve(rule, pattern=pattern)


def compile_rules(
    rules: Iterable[Rule],
    lexicon: Mapping[str, Collection[str]] | None = None,
    *,
    groups: Collection[str] | None = None,
    prefix: str | None = None,
    spell_lists: bool = False,
) -> RuleSet:
    r"""
    Compile a rule table once, checking it.

    Args:
        rules: The table.
        lexicon: Named word lists the patterns use as ``\L<name>``.
        groups: The named groups patterns may use (record field names); ``None`` allows any.
        prefix: Every id must start with this (``"casualty."``).
        spell_lists: Compile each case-insensitive rule with its named lists written out as
            tries (`spell_out_lists`): the same matches, faster where lists are tried at many
            places. A trie that stands many times in one pattern is written once and called
            (`call_shared_tries`). The compiled rules keep the rules as written.

    Returns:
        The compiled rules, in table order.

    Raises:
        RuleError: Duplicate id, bad prefix, a pattern that does not compile, an unknown
            group, an example that does not match or a counterexample that does.
    """
    seen: set[str] = set()
    compiled_rules: list[CompiledRule] = []
    for rule in rules:
        if rule.id in seen:
            msg = f"duplicate rule id {rule.id!r}"
            raise RuleError(msg)
        seen.add(rule.id)
        if prefix is not None and not rule.id.startswith(prefix):
            msg = f"rule id {rule.id!r} does not start with {prefix!r}"
            raise RuleError(msg)
        flags = FLAGS & ~regex.IGNORECASE if rule.case_sensitive else FLAGS
        source = spell_out_lists(rule, lexicon or {}).pattern if spell_lists else rule.pattern
        try:
            pattern = compile_pattern(source, lexicon, flags=flags, share_tries=spell_lists)
        except regex.error as error:
            msg = f"rule {rule.id!r} does not compile: {error}"
            raise RuleError(msg) from error
        if groups is not None:
            unknown = {
                name for name in pattern.groupindex if not name.startswith(SHARED_TRIE_GROUP)
            } - set(groups)
            if unknown:
                msg = f"rule {rule.id!r} uses unknown groups {sorted(unknown)}"
                raise RuleError(msg)
        for example in rule.examples:
            if pattern.search(example) is None:
                msg = f"rule {rule.id!r} does not match its example {example!r}"
                raise RuleError(msg)
        for counterexample in rule.counterexamples:
            if pattern.search(counterexample) is not None:
                msg = f"rule {rule.id!r} matches its counterexample {counterexample!r}"
                raise RuleError(msg)
        compiled_rules.append(CompiledRule(rule, pattern))
    return RuleSet(tuple(compiled_rules))
