"""
Plain text -> `Article` skeleton: headline, credit, dateline, paragraphs with roles, sentences.

The segmenter works in passes over the paragraphs of `newsevents.text.split_paragraphs`,
each a plain function of the text and what the passes before it decided:

1. ``match``: every paragraph against the page-chrome, credit and dateline tables;
2. the headline: a first paragraph that reads as a title;
3. repeats: a paragraph whose word sequences all recur in another (a summary restating the
   lede, a pull quote, a caption) is boilerplate and points at the paragraph it repeats;
4. the lede: the first news paragraph (the one with the dateline when the page opens with
   captions or a summary); what sits between headline and lede is credit or boilerplate;
5. runs of headlines with no sentence punctuation, lists after a "Related" label, and the
   tail of page chrome after the story are boilerplate; the rest is body.

All spans index the caller's string. Any string parses; the work is linear in its length.

Speed: most paragraphs match no rule; a rule is tried only on paragraphs its length limit
admits and that pass its gates (`_first_of`), cheap tests first: start, second-character, end
and word gates, a letter gate (a paragraph with no letter skips rules whose every match holds
one), a digit gate, the keys, and last the literals it needs (``meta["needs"]``), in table
order, so the outcome is the table's. A start-anchored rule is skipped unless the paragraph's
first letters (`_key`) are among those its pattern can start with, read off the pattern text
(`_heads`); the one-group boilerplate rule of prompts is split into branches by first letter,
and end-anchored boilerplate rules are searched from the end (`_Entry`); the share and
agency credit rules also read the paragraph's first word (``first_words``). A paragraph's
words are listed only when a pass needs them (`_Piece.words`); counts stop at the limit a
pass asks about. Repeats (`_find_repeats`) compare runs of words, strings sliced from the
folded paragraph, in sets.
Pages of release feeds (`_is_feed`) skip the inserted-headline and headline-run passes: their
item titles are story text.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Final

import regex

from newsevents._rules import FLAGS, CompiledRule, Rule, RuleSet, compile_pattern, compile_rules
from newsevents.model import (
    Article,
    Paragraph,
    ParagraphRole,
    Span,
    _set_paragraph_repeats,
    _set_paragraph_role,
    _set_paragraph_sentences,
    _set_paragraph_span,
)
from newsevents.rules.article import (
    AGENCIES,
    ARTICLE_LEXICON,
    BOILERPLATE_RULES,
    CAPTION_CUE,
    CREDIT_RULES,
    DATED_TITLE,
    DATELINE_RULES,
    EMBEDDED_TWEET,
    FIELD_LABELS,
    FUNCTION_WORDS,
    HEADLINE_VERBS,
    LEDE_AUXILIARIES,
    LEDE_CUES,
    LEDE_TIME_WORDS,
    LIST_ITEM,
    RELATED_LABEL,
    RELEASE_END,
    STORY_AUXILIARIES,
    STORY_REPORTING,
    STRUCTURAL_LABELS,
    TITLE_SMALL_WORDS,
)
from newsevents.text import (
    count_words,
    first_word,
    is_sentence_like,
    split_paragraphs,
    split_sentences,
    word_texts,
)

__all__ = ["BOILERPLATE", "CREDITS", "DATELINES", "parse_article"]


def _compile(rules: Iterable[Rule], lexicon: Mapping[str, Sequence[str]], prefix: str) -> RuleSet:
    """
    Compile a table once (`compile_rules` gives each pattern only the word lists it uses).
    """
    return compile_rules(rules, lexicon, prefix=prefix)


#: The compiled tables (built once, at import).
BOILERPLATE: Final = _compile(BOILERPLATE_RULES, ARTICLE_LEXICON, "article.boilerplate.")
CREDITS: Final = _compile(CREDIT_RULES, ARTICLE_LEXICON, "article.credit.")
DATELINES: Final = _compile(DATELINE_RULES, ARTICLE_LEXICON, "article.dateline.")


_CANONICAL_AGENCY: Final = {name.lower(): names[0] for names in AGENCIES for name in names}
_SMALL_WORDS: Final = frozenset(TITLE_SMALL_WORDS)
_CASELESS: Final = FLAGS & ~regex.IGNORECASE  # for patterns with no letters: much faster
_LEDE_CUES: Final = tuple(LEDE_CUES)
_DETERMINERS: Final = frozenset({"the", "a", "an"})
_AUXILIARIES: Final = frozenset(LEDE_AUXILIARIES)
_TIME_WORDS: Final = frozenset(LEDE_TIME_WORDS)
_HEADLINE_VERBS: Final = frozenset(HEADLINE_VERBS)
_DECK: Final = compile_pattern(r";[^\S\n]*\n", flags=_CASELESS)
_CAPTION_CUE: Final = compile_pattern(CAPTION_CUE)
_LIST_ITEM: Final = compile_pattern(LIST_ITEM)
_DATED_TITLE: Final = compile_pattern(DATED_TITLE, flags=_CASELESS)
_RELEASE_END: Final = compile_pattern(RELEASE_END)
#: A sentence's end inside a paragraph: a word's last letter, a terminal mark, then a capital
#: after a space or none ("in the fatal shooting (April 10).The suspect").
_INNER_SENTENCE_END: Final = compile_pattern(r"[a-z)][.!?][\"”’]?(?:[^\S\n]{1,3}+)?\p{Lu}\p{Ll}")
_RELEASE_END_STARTS: Final = "#-"  # the first characters of an end mark (`RELEASE_END`)
_FEED_TITLES: Final = 3  # dated titles that make a page a feed of items
_FEED_ENDS: Final = 2  # press-release end marks that make a page a feed of releases
_TWEET: Final = compile_pattern(EMBEDDED_TWEET, ARTICLE_LEXICON)
_STORY_AUXILIARIES: Final = frozenset(STORY_AUXILIARIES)
_STORY_REPORTING: Final = frozenset(STORY_REPORTING)
_BULLETS: Final = "*•·▪–—-"
_LABEL: Final = compile_pattern(r"[^:\n]{2,40}:\s", flags=_CASELESS)

_RULE_CHARS: Final = 1000  # longer paragraphs are story text, never a line of chrome
_CREDIT_CHARS: Final = 240
_END_CHARS: Final = 200  # end-anchored chrome (captions, rights) is looked for here
_ANY_CHARS: Final = 400  # chrome found anywhere only in paragraphs this short
_HEADLINE_WORDS: Final = 30
_MIN_TITLE_WORDS: Final = 2
_HEADLINE_CHARS: Final = 320
_HEADLINE_RUN_WORDS: Final = 20
_SHINGLE: Final = 5
_CODE_BASE: Final = 0x110000  # distinct words that codes of one character (`_codes`) tell apart
_REPEAT_WORDS: Final = 10  # shorter paragraphs ("No one was hurt.") recur by chance
_REPEAT_COVERAGE: Final = 0.6
_REPEAT_WINDOW: Final = 6
_LEDE_WINDOW: Final = 8
_SKIPPABLE_WORDS: Final = 30
_TEASER_WINDOW: Final = 15  # teasers and chrome before the lede, at most
_LEDE_WORDS: Final = 8
_MIN_OPENING_WORDS: Final = 5
_INSERTED_MIN: Final = 5  # words in a headline of another story inserted in the body
_INSERTED_MAX: Final = 20
_FUNCTION_WORDS: Final = frozenset(FUNCTION_WORDS)
_STRUCTURAL_LABELS: Final = frozenset(STRUCTURAL_LABELS)
_FIELD_LABELS: Final = frozenset(FIELD_LABELS)
_LABEL_WORDS: Final = 3  # "ABSTRACT.", "By Jane Doe": not what a headline is measured against
_MAX_POSTINGS: Final = 8
_MAX_PLANS: Final = 4096  # keys whose branches (`_Dispatch.found`) a rule keeps
_KEEP_PARAGRAPHS: Final = 200  # documents of more paragraphs keep verdicts by paragraph text
_MAX_VERDICTS: Final = 4096  # paragraph texts whose verdicts (`_match_rules`) a document keeps
_GATE_WORDS: Final = 16  # words counted for the ``max_words`` gate of a rule (`_Entry`)
_EAGER_CHARS: Final = 1000  # longer paragraphs have their words counted, not listed, if they can
_RELATED_LABEL: Final = compile_pattern(RELATED_LABEL)
#: The prompt rule and the two lines of it kept apart for speed (`BOILERPLATE_RULES`).
_PROMPT_RULES: Final = frozenset(
    {
        "article.boilerplate.prompt",
        "article.boilerplate.writer",
        "article.boilerplate.report_label",
    }
)


class _Piece:
    """
    One paragraph as the passes see it (mutable while parsing, frozen into `Paragraph`).

    A plain class, not attrs, so that the compiled module makes it a native class (hatch_build.py).
    """

    __slots__ = (
        "boilerplate",
        "credit",
        "credit_rule",
        "dateline",
        "dateline_rule",
        "found_words",
        "repeats",
        "role",
        "sentence_like",
        "source",
        "span",
        "why",
    )

    span: Span
    source: str  # the whole text the span indexes
    role: ParagraphRole | None
    boilerplate: CompiledRule | None
    credit: regex.Match[str] | None
    credit_rule: CompiledRule | None
    dateline: regex.Match[str] | None
    dateline_rule: CompiledRule | None
    repeats: int | None
    sentence_like: bool
    why: str  # which pass made it boilerplate (for debugging and tests)
    found_words: list[str] | None

    # Every field but two starts at its default: a document of many short paragraphs makes one
    # for each.
    def __init__(self, span: Span, source: str) -> None:
        self.span = span
        self.source = source
        self.role = None
        self.boilerplate = None
        self.credit = None
        self.credit_rule = None
        self.dateline = None
        self.dateline_rule = None
        self.repeats = None
        self.sentence_like = False
        self.why = ""
        self.found_words = None

    @property
    def words(self) -> list[str]:
        """
        The paragraph's words (`word_texts`), found the first time they are asked for.
        """
        if self.found_words is None:
            self.found_words = word_texts(self.source, self.span.start, self.span.end)
        return self.found_words

    def count(self, limit: int) -> int:
        """
        The number of words, or *limit* if there are more: ``min(len(self.words), limit)``.

        A long paragraph's words are counted only up to *limit*, not all found: most
        passes ask whether a paragraph is shorter than a few words, and a megabyte of
        text in one paragraph must not cost them a list of every word.
        """
        words = self.found_words
        if words is None:
            span = self.span
            if span.end - span.start > _EAGER_CHARS:
                return count_words(self.source, span.start, span.end, limit=limit)
            words = self.found_words = word_texts(self.source, span.start, span.end)
        size = len(words)
        return size if size < limit else limit  # noqa: FURB136 - no call: every pass asks it

    def first_word(self) -> str:
        """
        The first word (``""`` if none), without finding the others of a long paragraph.
        """
        if self.found_words is None and len(self.span) > _EAGER_CHARS:
            return first_word(self.source, self.span.start, self.span.end)
        return self.words[0] if self.words else ""


# --- Which letters a start-anchored pattern can begin with -----------------------------------
#
# A rule anchored at the paragraph's start (``^`` or ``^[\W_]*``) whose pattern begins with
# literal letters can match only paragraphs that begin (after their leading punctuation) with
# those letters. `_heads` reads that off the pattern text: the set of lower-case keys of one to
# three letters one of which every match starts with, or ``None`` when the pattern can start
# otherwise (a class, a digit, a punctuation mark). `_Table` tries such a rule only on a
# paragraph whose first letters (`_key`) start with one of its keys; for a boilerplate rule,
# whose match is only tested, each branch of a top-level alternation gets its own keys, so a
# paragraph tries only the branches that can start with its letters (`_Dispatch`).

_SKIP_HEAD: Final = r"^[\W_]*"
_ESCAPE_CLASSES: Final = frozenset("sSdDwWpPXLN0123456789")
_ESCAPE_ZERO: Final = frozenset("bBAZGmM")
_KEY_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0")  # "0": any digit
_KEY_SIZE: Final = 3  # letters in a key: "pol" of "Police" is no key of "pocket" or "popular"
_DIGIT: Final = compile_pattern(r"\d", flags=_CASELESS)
_LEADING: Final = compile_pattern(r"[\W_]*", flags=_CASELESS)


class _Node:
    """
    One item of a parsed pattern (`_parse`), repeated *low* to *high* times (``-1``: unbounded).

    A literal character, any other character, a zero-width assertion or a group of branches.
    """

    __slots__ = ("alternatives", "char", "end", "high", "kind", "low", "start")

    def __init__(
        self,
        kind: str,  # "char" | "other" | "zero" | "group"
        char: str = "",
        *,
        alternatives: list[list[_Node]] | None = None,
        low: int = 1,
        high: int = 1,
        start: int = 0,  # the node's source in the pattern text, for branches
        end: int = 0,
    ) -> None:
        self.kind = kind
        self.char = char
        self.alternatives: list[list[_Node]] = [] if alternatives is None else alternatives
        self.low = low
        self.high = high
        self.start = start
        self.end = end


class _UnparsedError(Exception):
    """
    A pattern the reader of `_parse` does not follow; its rule is tried on every paragraph.
    """


def _parse(pattern: str, lexicon: Mapping[str, Sequence[str]]) -> list[list[_Node]]:
    r"""
    The top-level alternatives of a verbose *pattern*, as node lists (a small regex reader).

    Named lists (``\L<name>``) become groups of their words from *lexicon*.

    Raises:
        _UnparsedError: A construct the reader does not know.
    """
    position = 0

    def quantifier(node: _Node) -> _Node:
        nonlocal position
        while position < len(pattern) and pattern[position].isspace():
            position += 1
        if position >= len(pattern):
            return node
        char = pattern[position]
        if char in "?*+":
            node.low, node.high = {"?": (0, 1), "*": (0, -1), "+": (1, -1)}[char]
            position += 1
        elif char == "{":
            found = regex.match(r"\{(\d*)(?:(,)(\d*))?\}", pattern[position:])
            if found is None:
                return node  # a literal brace
            low, comma, high = found.groups()
            node.low = int(low or 0)
            node.high = int(high) if high else (-1 if comma else node.low)
            position += found.end()
        else:
            return node
        if position < len(pattern) and pattern[position] in "?+":
            if pattern[position] == "+":
                raise _UnparsedError
            position += 1
        return node

    def sequence() -> list[list[_Node]]:
        nonlocal position
        alternatives: list[list[_Node]] = [[]]
        while position < len(pattern):
            char = pattern[position]
            begin = position
            if char.isspace():
                position += 1
                continue
            if char == "#":
                while position < len(pattern) and pattern[position] != "\n":
                    position += 1
                continue
            if char == "|":
                position += 1
                alternatives.append([])
                continue
            if char == ")":
                return alternatives
            if char == "(":
                position += 1
                kind = "group"
                if pattern.startswith("?", position):
                    flags = regex.match(
                        r"\?(?:[-a-zA-Z]*:|P?<\w+>|[=!]|<[=!]|[-a-zA-Z]*\))", pattern[position:]
                    )
                    if flags is None:
                        raise _UnparsedError
                    text = flags.group()
                    position += len(text)
                    if text.endswith(")"):
                        alternatives[-1].append(_Node("zero", start=begin, end=position))
                        continue
                    if text[1:2] in {"=", "!"} or text.startswith(("?<=", "?<!")):
                        kind = "zero"
                inner = sequence()
                if position >= len(pattern):
                    raise _UnparsedError
                position += 1
                node = _Node(kind, alternatives=inner, start=begin)
            elif char == "[":
                position += 1
                if pattern.startswith("^", position):
                    position += 1
                if pattern.startswith("]", position):
                    position += 1
                while position < len(pattern) and pattern[position] != "]":
                    position += 2 if pattern[position] == "\\" else 1
                if pattern.startswith("[", begin + 1) or position >= len(pattern):
                    raise _UnparsedError
                position += 1
                node = _Node("other", start=begin)
            elif char == "\\":
                escaped = pattern[position + 1 : position + 2]
                position += 2
                if escaped in _ESCAPE_ZERO:
                    node = _Node("zero", start=begin)
                elif escaped == "d":
                    node = _Node("char", "0", start=begin)  # any digit: its key is "0" (`_key`)
                elif escaped == "L":
                    name = regex.match(r"<(\w+)>", pattern[position:])
                    if name is None or name.group(1) not in lexicon:
                        raise _UnparsedError
                    position += name.end()
                    words = lexicon[name.group(1)]
                    node = _Node(
                        "group",
                        alternatives=[[_Node("char", letter) for letter in word] for word in words],
                        start=begin,
                    )
                elif escaped in _ESCAPE_CLASSES or escaped.isalnum():
                    if escaped in "pPN" and pattern.startswith("{", position):
                        position = pattern.index("}", position) + 1
                    node = _Node("other", start=begin)
                else:
                    node = _Node("char", escaped, start=begin)
            elif char in "^$":
                position += 1
                node = _Node("zero", start=begin)
            elif char == ".":
                position += 1
                node = _Node("other", start=begin)
            else:
                position += 1
                node = _Node("char", char, start=begin)
            node = quantifier(node)
            node.end = position
            alternatives[-1].append(node)
        return alternatives

    found = sequence()
    if position != len(pattern):
        raise _UnparsedError
    return found


def _heads(nodes: list[_Node], prefix: str = "") -> frozenset[str] | None:
    """
    The keys (`_key`) a match of *nodes* can start with, or ``None`` if any paragraph may match.

    A key is the first one to `_KEY_SIZE` letters, lower-cased; a shorter key stands for every
    paragraph starting with its letters. Zero-width assertions are stepped over (they only
    narrow the matches), so the keys may admit more paragraphs than match, never fewer.
    """
    if len(prefix) == _KEY_SIZE:
        return frozenset({prefix})
    for index, node in enumerate(nodes):
        if node.kind == "zero":
            continue
        rest = nodes[index + 1 :]
        if node.kind == "char":
            letter = "0" if node.char.isdecimal() else node.char.lower()
            if letter not in _KEY_LETTERS or len(node.char) != 1:
                return frozenset({prefix}) if prefix else None
            once = frozenset({prefix + letter}) if node.high != 1 else _heads(rest, prefix + letter)
        elif node.kind == "group":
            found: set[str] = set()
            for alternative in node.alternatives:
                keys = _heads(alternative + (rest if node.high == 1 else []), prefix)
                if keys is None:
                    return frozenset({prefix}) if prefix else None
                found |= keys
            once = frozenset(found)
        else:
            return frozenset({prefix}) if prefix else None
        if node.low == 0:
            skipped = _heads(rest, prefix)
            if skipped is None or once is None:
                return frozenset({prefix}) if prefix else None
            return once | skipped
        return once
    return frozenset({prefix}) if prefix else None


def _needs_letter(alternatives: list[list[_Node]]) -> bool:
    """
    Whether every match of one of *alternatives* holds a literal ASCII letter of the pattern.

    A letter matched case-insensitively is still a letter ("ſ", "K" and "İ" are), so a
    paragraph with no letter cannot match. Classes and lookarounds are not read: they make
    no letter necessary, so the answer may be ``False`` where a letter is needed, never
    ``True`` where none is.
    """
    for nodes in alternatives:
        needed = False
        for node in nodes:
            if node.low == 0:
                continue
            if node.kind == "char" and node.char.isascii() and node.char.isalpha():
                needed = True
                break
            if node.kind == "group" and node.alternatives and _needs_letter(node.alternatives):
                needed = True
                break
        if not needed:
            return False
    return True


def _rule_needs_letter(compiled: CompiledRule, lexicon: Mapping[str, Sequence[str]]) -> bool:
    """
    `_needs_letter` of the rule's pattern (``False`` if `_parse` does not follow it).
    """
    try:
        alternatives = _parse(compiled.rule.pattern, lexicon)
    except _UnparsedError:
        return False
    return _needs_letter(alternatives)


def _has_letter(segment: str, lowered: str) -> bool:
    """
    Whether *segment* (*lowered* in lower case) may hold a letter a rule's literal matches.

    Every character a literal ASCII letter matches, case-insensitively, is a cased letter
    ("ſ", "K", "İ" too), so its lower case changes in upper case. A paragraph starting with
    a letter is settled by its first character.
    """
    return segment[:1].isalpha() or lowered.upper() != lowered


def _limit(compiled: CompiledRule, default: int) -> int:
    """
    The longest paragraph a rule is tried on (its ``max_chars``, else *default*).
    """
    return int(compiled.rule.get("max_chars") or default)


class _Entry:
    r"""
    One rule of a table as `_match_rules` runs it: its limit, scope and gates.

    ``keys`` (`_heads`) are the first letters a match of a start-anchored rule can begin with,
    after the leading punctuation if ``skip``; ``branches`` (`_Dispatch`) gives, by a
    paragraph's key, the branches of a boilerplate rule that can start with it, joined in one
    pattern (none if none can). ``reverse`` is the
    pattern of an end-anchored boilerplate rule compiled to search from the paragraph's end
    (``regex.REVERSE``): its matches end there, so the first place tried is the one that
    matters, where a forward search tries every start before it.

    ``last`` (``meta["last"]``) are the ASCII characters a paragraph the rule matches can end
    with: one ending with another ASCII character, not a blank, skips it. ``not_first``
    (``meta["not_first"]``) are characters such a paragraph never starts with; ``second``
    (``meta["second"]``) are the ASCII characters it can have second: one with another
    ASCII character there skips it. ``max_words``
    (``meta["max_words"]``) is the most words (`word_texts`) a paragraph it matches holds,
    ``min_words`` (``meta["min_words"]``) the fewest.
    ``first_words`` (``meta["first_words"]``) are the words, lower-cased, a match's first
    run of letters (after the leading punctuation if ``skip``) can be (`_lead_word`).
    ``letter`` (`_needs_letter`, read off the pattern) says every match holds a literal letter:
    a paragraph with no letter skips the rule. ``digit`` (``meta["digit"]``) says every match
    holds a digit (``\d``): a paragraph with none skips it.
    """

    __slots__ = (
        "branches",
        "compiled",
        "digit",
        "dotted",
        "find",
        "first_words",
        "keyed",
        "keys",
        "last",
        "letter",
        "limit",
        "max_words",
        "min_words",
        "needs",
        "not_first",
        "on_end",
        "plain",
        "reach",
        "reverse",
        "scope",
        "second",
        "sized",
        "skip",
    )

    def __init__(  # noqa: PLR0917 - the fields, in the order `_Table.build` gives them
        self,
        compiled: CompiledRule,
        limit: int,
        scope: str,
        needs: tuple[str, ...],
        keys: frozenset[str] | None = None,
        skip: bool = False,
        branches: _Dispatch | None = None,
        reverse: regex.Pattern[str] | None = None,
        last: str | None = None,
        max_words: int | None = None,
        not_first: str | None = None,
        letter: bool = False,
        digit: bool = False,
        min_words: int = 0,
        second: str | None = None,
        first_words: frozenset[str] | None = None,
    ) -> None:
        self.compiled = compiled
        self.limit = limit
        self.scope = scope
        self.needs = needs
        self.keys = keys
        self.skip = skip
        self.branches = branches
        self.reverse = reverse
        self.last = last
        self.max_words = max_words
        self.min_words = min_words
        self.not_first = not_first
        self.second = second
        self.first_words = first_words
        self.letter = letter
        self.digit = digit
        # The longest paragraph the rule is tried on: its limit, and `_ANY_CHARS` for a rule
        # searched anywhere in the paragraph.
        self.reach = min(limit, _ANY_CHARS) if scope == "any" else limit
        # Read off the fields above, for `_first_of`: whether a start, end or word gate is
        # set, whether keys or branches are, whether the pattern runs on the paragraph's end,
        # and the call that runs it.
        self.sized = (
            self.last is not None
            or self.max_words is not None
            or self.min_words > 0
            or self.not_first is not None
            or self.second is not None
        )
        self.keyed = (
            self.keys is not None or self.branches is not None or self.first_words is not None
        )
        self.on_end = self.scope == "end"
        # The needed literals that start with a full stop (file extensions: ".jpg", ".pdf"),
        # if several: looked for where the full stops are (`_holds_dotted`), the others
        # (``plain``) one by one.
        dotted = tuple(literal for literal in needs if literal[:1] == "." and len(literal) > 1)
        self.dotted = dotted if len(dotted) > 1 else ()
        self.plain = tuple(literal for literal in needs if literal not in self.dotted)
        pattern = self.compiled.pattern
        self.find: Callable[[str], regex.Match[str] | None]
        if self.scope == "start":
            self.find = pattern.match
        elif self.on_end:
            self.find = (self.reverse or pattern).search
        else:
            self.find = pattern.search

    def admits(self, segment: str, words: int) -> bool:
        """
        Whether the start, end and word gates let *segment* try the rule.

        *words* is its number of words, up to `_GATE_WORDS`.
        """
        if self.not_first is not None:
            first = segment[:1]
            if first and first in self.not_first:
                return False
        if self.second is not None:
            second = segment[1:2]
            if second.isascii() and second not in self.second:
                return False  # "" is in every string: a paragraph of one character tries it
        if self.last is not None:
            last = segment[-1:]
            if last.isascii() and last not in self.last and not last.isspace():
                return False
        if words < self.min_words:
            return False
        return self.max_words is None or words <= self.max_words


def _max_words(compiled: CompiledRule) -> int | None:
    """
    The rule's ``max_words``, checked to be below `_GATE_WORDS`, or ``None``.

    Raises:
        ValueError: A limit `_Table.first` cannot tell from its capped word count.
    """
    found = compiled.rule.get("max_words")
    if found is None:
        return None
    if int(found) >= _GATE_WORDS:
        msg = f"rule {compiled.rule.id!r}: max_words must be below {_GATE_WORDS}"
        raise ValueError(msg)
    return int(found)


def _first_words(compiled: CompiledRule) -> frozenset[str] | None:
    """
    The rule's ``first_words`` (`_Entry`), or ``None``.
    """
    found = compiled.rule.get("first_words")
    return None if found is None else frozenset(found.split())


_ASCII_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _lead_word(segment: str, start: int) -> str:
    """
    The run of ASCII letters of *segment* from *start*, lower-cased, or ``""`` if unsure.

    ``""`` when no ASCII letter starts there, or when a character that is not ASCII
    follows the run (a letter such as "ſ" may carry the word on: the word is not known).
    A case-insensitive pattern matches an ASCII letter of the text only with that letter.
    """
    stop = start
    size = len(segment)
    while stop < size and segment[stop] in _ASCII_LETTERS:
        stop += 1
    if stop < size and not segment[stop].isascii():
        return ""
    return segment[start:stop].lower()


def _key(segment: str, start: int) -> str:
    """
    The first letters (up to `_KEY_SIZE`) of *segment* from *start*, case-folded, a digit as "0".

    ``str.casefold`` of a character the patterns fold to an ASCII letter starts with that
    letter ("ſ", "K", "İ"), so a paragraph a rule can match always has a key the rule admits.
    """
    head = segment[start : start + _KEY_SIZE]
    if head.isascii():
        if head.isalpha():
            return head.lower()
        key = ""
        for char in head:
            if char.isalpha():
                key += char.lower()
            elif char.isdigit():  # "12 killed", "9/11"
                key += "0"
            else:
                break
        return key
    key = ""
    for char in head:
        folded = char.casefold()[:1]
        if folded in _KEY_LETTERS:
            key += folded
        elif _DIGIT.match(char) is not None:
            key += "0"
        else:
            break
    return key


def _lead(segment: str, *, skip: bool) -> int:
    """
    Where the keys of a rule are read: after the leading punctuation if *skip*, else at 0.
    """
    if not skip or (segment[:1].isascii() and segment[:1].isalnum()):
        return 0  # a letter or digit ends the leading punctuation
    found = _LEADING.match(segment)
    return 0 if found is None else found.end()


def _admits(keys: frozenset[str] | None, key: str) -> bool:
    """
    Whether a paragraph with *key* (`_key`) may match a rule with *keys* (`_heads`).
    """
    return keys is None or (
        key != "" and (key[:1] in keys or key[:2] in keys or key in keys)  # `_KEY_SIZE` letters
    )


def _branch_match(branches: _Dispatch, key: str, segment: str) -> regex.Match[str] | None:
    """
    A match of the branches (`_Entry.branches`) a paragraph with *key* may match, or ``None``.
    """
    for pattern in branches.patterns(key, segment):
        found = pattern.match(segment)
        if found is not None:
            return found
    return None


class _Dispatch:
    """
    The branches of a rule by paragraph key (`_key`), joined in one pattern a key.

    ``heads`` are the keys (`_heads`) of the branches that start with a letter or digit; a
    paragraph none of whose starts is among them tries none of those. One that may match
    some takes the pattern of ``sources`` under its first letter: the branches whose keys
    start with it, and those that can start with anything but a mark (``open``). (One
    pattern a start of two letters was tried: first readings then met about a hundred
    patterns, each cold in the processor's caches, and were slower.) The branches that start with a mark ("[", "©")
    can match only where the paragraph's leading punctuation holds that mark (``marks``):
    they are kept apart, joined in ``marked``, and most paragraphs, which start with a
    letter, never try them. A paragraph with no letter skips the joined patterns all of
    whose branches need one (``lettered``).
    """

    __slots__ = ("found", "heads", "lettered", "marked", "marks", "open", "sources")

    def __init__(  # noqa: PLR0917 - the fields, in the order `_gates` finds them
        self,
        sources: dict[str, regex.Pattern[str] | None],
        heads: frozenset[str],
        open_: bool,
        marks: str,
        marked: regex.Pattern[str] | None,
        lettered: frozenset[regex.Pattern[str]] = frozenset(),
    ) -> None:
        self.sources = sources
        self.lettered = lettered
        self.heads = heads
        self.open = open_
        self.marks = marks
        self.marked = marked
        self.found: dict[str, tuple[regex.Pattern[str], ...]] = {}

    def patterns(self, key: str, segment: str) -> tuple[regex.Pattern[str], ...]:
        """
        The patterns of the branches a paragraph *segment* with *key* may match (`_key`).
        """
        found = self.found.get(key)
        if found is None:
            heads = self.heads
            found = ()
            if self.open or key[:1] in heads or key[:2] in heads or key in heads:
                pattern = self.sources.get(key[:1], self.sources[""])
                found = () if pattern is None else (pattern,)
            if len(self.found) < _MAX_PLANS:
                self.found[key] = found
        marked = self.marked
        if marked is None:
            return found
        first = segment[:1]
        if first.isascii() and first.isalnum():
            return found  # no leading punctuation
        leading = _LEADING.match(segment)
        lead = segment[: 0 if leading is None else leading.end()]
        if any(mark in lead for mark in self.marks):
            return (marked, *found)
        return found


def _gates(
    compiled: CompiledRule, lexicon: Mapping[str, Sequence[str]], *, split: bool
) -> tuple[frozenset[str] | None, bool, _Dispatch | None]:
    """
    The keys (`_heads`) of a start-anchored rule, and whether they follow its punctuation.

    With *split* (for a rule whose match is only tested), also its branches by key (`_Entry`).
    """
    pattern = compiled.rule.pattern
    try:
        alternatives = _parse(pattern, lexicon)
    except _UnparsedError:
        return None, False, None
    if len(alternatives) != 1:
        return None, False, None
    nodes = alternatives[0]
    skip = (
        len(nodes) >= 2  # noqa: PLR2004
        and "".join(pattern[nodes[0].start : nodes[1].end].split()) == _SKIP_HEAD
    )
    keys = _heads(nodes[2:] if skip else nodes)
    last = nodes[-1]
    if not (split and skip and len(nodes) == 3 and _plain_group(pattern, last)):  # noqa: PLR2004
        return keys, skip, None
    branches = _flatten(pattern, last)
    heads = [_heads(branch) for branch in branches]
    sources = [pattern[branch[0].start : branch[-1].end] for branch in branches]
    flags = FLAGS & ~regex.IGNORECASE if compiled.rule.case_sensitive else FLAGS
    always = [index for index, found in enumerate(heads) if found is None]
    # A branch starting with a mark ("[Related", "©") matches only after leading punctuation
    # that holds it.
    marked = [
        index
        for index in always
        if branches[index][0].kind == "char"
        and branches[index][0].low >= 1
        and not (branches[index][0].char.isalnum() or branches[index][0].char == "_")
    ]
    open_ = [index for index in always if index not in marked]

    def joined(chosen: list[int]) -> regex.Pattern[str] | None:
        if not chosen:
            return None
        inner = "|".join(sources[index] for index in sorted(chosen))
        return compile_pattern(
            f"{pattern[: last.start]}(?:{inner}){pattern[last.end :]}", lexicon, flags=flags
        )

    starts = sorted({key[0] for found in heads if found is not None for key in found})
    chosen: dict[str, list[int]] = {"": open_}
    for start in starts:
        chosen[start] = open_ + [
            index
            for index, found in enumerate(heads)
            if found is not None
            and any(key.startswith(start) or start.startswith(key) for key in found)
        ]
    by_start = {start: joined(indexes) for start, indexes in chosen.items()}
    marked_pattern = joined(marked)
    # The joined patterns all of whose branches need a letter (`_needs_letter`).
    lettered = {
        found
        for found, indexes in [
            *((by_start[start], indexes) for start, indexes in chosen.items()),
            (marked_pattern, marked),
        ]
        if found is not None and all(_needs_letter([branches[index]]) for index in indexes)
    }
    dispatch = _Dispatch(
        by_start,
        frozenset(key for found in heads if found is not None for key in found),
        bool(open_),
        "".join(sorted({branches[index][0].char for index in marked})),
        marked_pattern,
        frozenset(lettered),
    )
    return keys, skip, dispatch


def _reversed(
    compiled: CompiledRule, lexicon: Mapping[str, Sequence[str]]
) -> regex.Pattern[str] | None:
    """
    The rule's pattern compiled to search from the end of the string (``regex.REVERSE``).

    A reverse search finds a match where a forward one does (the same pattern, tried from
    the other end), so a rule whose match is only tested gives the same outcome; but not
    with atomic groups or possessive quantifiers, which `_parse` refuses (``None``).
    """
    try:
        _parse(compiled.rule.pattern, lexicon)
    except _UnparsedError:
        return None
    flags = FLAGS & ~regex.IGNORECASE if compiled.rule.case_sensitive else FLAGS
    return compile_pattern(compiled.rule.pattern, lexicon, flags=flags | regex.REVERSE)


def _plain_group(pattern: str, node: _Node) -> bool:
    """
    Whether *node* is a non-capturing group with no flags, matched once, of non-empty branches.
    """
    return (
        node.kind == "group"
        and pattern.startswith("(?:", node.start)
        and (node.low, node.high) == (1, 1)
        and all(node.alternatives)
    )


def _flatten(pattern: str, group: _Node) -> list[list[_Node]]:
    """
    The branches of *group*, a branch that is itself a plain group replaced by its branches.
    """
    branches: list[list[_Node]] = []
    for branch in group.alternatives:
        if len(branch) == 1 and _plain_group(pattern, branch[0]):
            branches.extend(_flatten(pattern, branch[0]))
        else:
            branches.append(branch)
    return branches


class _Table:
    """
    A compiled rule table, with the gates of each rule (`_Entry`).

    Rules with ``meta["needs"]`` (space-separated lower-case literals, one of which every match
    holds) are tried only on paragraphs holding such a literal, which is what lets most
    paragraphs skip most rules; the others are tried on every paragraph their limit and
    gates admit. The literals of a rule are looked for only in a paragraph that its limit,
    start, end, word, letter and digit gates and its keys admit (`_first_of`), so most
    paragraphs look for few of them. (Looking for every literal once per document, and then
    in each paragraph for those the document holds, cost more: a document holds most of the
    short ones.) (Joining the rules of a scope into one alternation, to skip them in one
    call, was tried and dropped: the `regex` module tries the branches one by one, so it
    saved no time and cost a second compilation of every pattern at import.)
    """

    __slots__ = ("entries", "letterless")

    def __init__(self, entries: tuple[_Entry, ...]) -> None:
        self.entries = entries
        # The rules a paragraph with no letter (`_has_letter`) may match.
        self.letterless = tuple(entry for entry in entries if not entry.letter)

    def tried(self, letter: int) -> tuple[_Entry, ...]:
        """
        The entries a paragraph may match, given whether it has a letter (*letter*).

        A paragraph with none (*letter* ``0``) may match only the entries that need none.
        """
        return self.entries if letter else self.letterless

    @classmethod
    def build(
        cls,
        table: RuleSet,
        default: int,
        lexicon: Mapping[str, Sequence[str]],
        *,
        split: bool = False,
    ) -> _Table:
        """
        Wrap *table*; rules without ``max_chars`` apply up to *default* characters.

        Start-anchored rules get the keys of `_heads`; with *split* (for a table whose
        matches are only tested, not read), a rule made of one group of branches is also
        split by key (`_Entry`).

        Raises:
            ValueError: A rule's example holds none of the literals the rule says it needs,
                or its gates disagree with the rule on an example or counterexample.
        """
        entries = []
        for compiled in table:
            scope = compiled.rule.get("scope", "start") or "start"
            keys, skip, branches = (
                _gates(compiled, lexicon, split=split) if scope == "start" else (None, False, None)
            )
            entries.append(
                _Entry(
                    compiled,
                    _limit(compiled, default),
                    scope,
                    tuple((compiled.rule.get("needs") or "").split()),
                    keys,
                    skip,
                    branches,
                    _reversed(compiled, lexicon) if split and scope == "end" else None,
                    compiled.rule.get("last"),
                    _max_words(compiled),
                    compiled.rule.get("not_first"),
                    _rule_needs_letter(compiled, lexicon),
                    compiled.rule.get("digit") == "yes",
                    int(compiled.rule.get("min_words") or 0),
                    compiled.rule.get("second"),
                    _first_words(compiled),
                )
            )
        for entry in entries:
            _check(entry)
        return cls(tuple(entries))

    def first(
        self, segment: str, size: int, words: int | None = None
    ) -> tuple[CompiledRule, regex.Match[str]] | None:
        """
        The first rule (in table order) matching *segment*, a paragraph of *size* characters.

        *words* is the number of its words, up to `_GATE_WORDS`, if the caller has it. Each
        rule is tried only if its gates admit the paragraph (`_first_of`).
        """
        return _first_of(
            self.entries, segment, segment.lower(), size, _Facts(-1 if words is None else words)
        )


def _check(entry: _Entry) -> None:
    """
    Check the gates of *entry* against its rule's examples and counterexamples.

    Raises:
        ValueError: A gate would skip a text the rule matches.
    """
    rule = entry.compiled.rule
    for example in rule.examples if entry.needs else ():
        lowered = example.lower()
        if not any(literal in lowered for literal in entry.needs):
            msg = f"rule {rule.id!r}: example {example!r} lacks its needs"
            raise ValueError(msg)
    for example in (*rule.examples, *rule.counterexamples) if entry.keys or entry.branches else ():
        whole = entry.compiled.pattern.match(example) is not None
        if whole and not _admits(entry.keys, _key(example, _lead(example, skip=entry.skip))):
            msg = f"rule {rule.id!r}: its keys miss its example {example!r}"
            raise ValueError(msg)
        key = _key(example, _lead(example, skip=entry.skip))
        split_found = (
            None if entry.branches is None else _branch_match(entry.branches, key, example)
        )
        if entry.branches is not None and whole != (split_found is not None):
            msg = f"rule {rule.id!r}: its branches disagree on {example!r}"
            raise ValueError(msg)
    for example in (*rule.examples, *rule.counterexamples):
        if entry.compiled.pattern.search(example) is None:
            continue
        if entry.sized and not entry.admits(example, min(len(word_texts(example)), _GATE_WORDS)):
            msg = f"rule {rule.id!r}: its start, end or word gate misses {example!r}"
            raise ValueError(msg)
        if entry.letter and not _has_letter(example, example.lower()):
            msg = f"rule {rule.id!r}: its letter gate misses {example!r}"
            raise ValueError(msg)
        if entry.digit and _DIGIT.search(example) is None:
            msg = f"rule {rule.id!r}: its digit gate misses {example!r}"
            raise ValueError(msg)
    for example in (*rule.examples, *rule.counterexamples) if entry.first_words else ():
        word = _lead_word(example, _lead(example, skip=entry.skip))
        if (
            entry.first_words is not None
            and entry.compiled.pattern.match(example) is not None
            and word
            and word not in entry.first_words
        ):
            msg = f"rule {rule.id!r}: its first words miss its example {example!r}"
            raise ValueError(msg)
    for example in (*rule.examples, *rule.counterexamples) if entry.reverse else ():
        forward = entry.compiled.pattern.search(example[-_END_CHARS:]) is not None
        if entry.reverse is not None and forward != (
            entry.reverse.search(example[-_END_CHARS:]) is not None
        ):
            msg = f"rule {rule.id!r}: searched from the end, it disagrees on {example!r}"
            raise ValueError(msg)


class _Facts:
    """
    What the gates of `_first_of` read of one paragraph, each found when first asked for.

    ``words``: its number of words up to `_GATE_WORDS` (``-1``: not counted yet); ``key``
    and ``lead_key``: its keys (`_key`) at 0 and after its leading punctuation (``None``:
    not read yet); ``letter`` and ``digit``: whether it may hold a letter (`_has_letter`) and
    whether it holds a digit (``-1``: not looked for yet). The credit and boilerplate tables
    of one paragraph share them.
    """

    __slots__ = ("digit", "key", "lead_key", "letter", "words")

    def __init__(self, words: int = -1) -> None:
        self.words = words
        self.key: str | None = None
        self.lead_key: str | None = None
        self.letter = -1
        self.digit = -1


def _holds(where: str, literals: tuple[str, ...]) -> bool:
    """
    Whether *where* holds one of *literals*.
    """
    for literal in literals:  # noqa: SIM110 - a loop, not a generator, when compiled
        if literal in where:
            return True
    return False


def _holds_dotted(where: str, literals: tuple[str, ...]) -> bool:
    """
    Whether *where* holds one of *literals*, which all start with a full stop.

    One search for the full stops (a few in a paragraph), each tried against every literal,
    instead of one search of the whole text a literal.
    """
    position = where.find(".")
    while position >= 0:
        if where.startswith(literals, position):
            return True
        position = where.find(".", position + 1)
    return False


def _first_of(
    entries: tuple[_Entry, ...], segment: str, lowered: str, size: int, facts: _Facts
) -> tuple[CompiledRule, regex.Match[str]] | None:
    """
    The first rule of *entries* (table order) matching *segment*, with the match.

    *segment* is a paragraph of *size* characters, *lowered* its lower case (or a string
    holding the same literals), *facts* what the gates read of it (`_Facts`). A rule is
    tried only if the paragraph is no longer than its reach, its start, end and word gates
    (`_Entry.admits`), its letter and digit gates and its keys (`_key`) admit it, and, if
    it needs literals, the lower-cased paragraph holds one (in its last `_END_CHARS`
    characters for an end-anchored rule, which is searched there). Of a rule split into
    branches (`_Entry`), only the branches the keys admit are tried, and the match
    returned is theirs. The cheap tests come first, the literals last.
    """
    for entry in entries:
        if size > entry.reach:
            continue
        if entry.sized:
            if facts.words < 0 and (entry.max_words is not None or entry.min_words > 0):
                facts.words = min(len(word_texts(segment)), _GATE_WORDS)
            if not entry.admits(segment, max(facts.words, 0)):
                continue
        if entry.letter:
            if facts.letter < 0:
                facts.letter = 1 if _has_letter(segment, lowered) else 0
            if facts.letter == 0:
                continue
        if entry.digit:
            if facts.digit < 0:
                facts.digit = 0 if _DIGIT.search(segment) is None else 1
            if facts.digit == 0:
                continue
        if entry.keyed:
            if entry.skip:
                key = facts.lead_key
                if key is None:
                    key = facts.lead_key = _key(segment, _lead(segment, skip=True))
            else:
                key = facts.key
                if key is None:
                    key = facts.key = _key(segment, 0)
            keys = entry.keys
            if keys is not None and not (
                key and (key[:1] in keys or key[:2] in keys or key in keys)
            ):
                continue
            words = entry.first_words
            if words is not None:
                word = _lead_word(segment, _lead(segment, skip=entry.skip))
                if word and word not in words:
                    continue
            branches = entry.branches
            if branches is not None:
                # Most paragraphs start with letters none of the branches admit: they look
                # for no literal.
                patterns = branches.patterns(key, segment)
                if not patterns or (entry.needs and not _holds(lowered, entry.needs)):
                    continue
                if facts.letter < 0:
                    facts.letter = 1 if _has_letter(segment, lowered) else 0
                for pattern in patterns:
                    if facts.letter == 0 and pattern in branches.lettered:
                        continue  # every branch it joins needs a letter
                    found = pattern.match(segment)
                    if found is not None:
                        return entry.compiled, found
                continue
        if entry.needs:
            where = lowered[-_END_CHARS:] if entry.on_end else lowered
            if not _holds(where, entry.plain) and not (
                entry.dotted and _holds_dotted(where, entry.dotted)
            ):
                continue
        found = entry.find(segment[-_END_CHARS:] if entry.on_end else segment)
        if found is not None:
            return entry.compiled, found
    return None


_BOILERPLATE_TABLE: Final = _Table.build(BOILERPLATE, _RULE_CHARS, ARTICLE_LEXICON, split=True)
_CREDIT_TABLE: Final = _Table.build(CREDITS, _CREDIT_CHARS, ARTICLE_LEXICON)
_DATELINE_TABLE: Final = _Table.build(DATELINES, 200, ARTICLE_LEXICON)


#: What `_match_rules` finds in a paragraph of at most `_RULE_CHARS` characters, which its
#: text alone decides: whether it is sentence-like, its credit, boilerplate and dateline rules
#: and matches, and its words if they were listed.
_Verdict = tuple[
    bool,
    CompiledRule | None,
    regex.Match[str] | None,
    CompiledRule | None,
    CompiledRule | None,
    regex.Match[str] | None,
    list[str] | None,
]


def _match_rules(text: str, piece: _Piece, verdicts: dict[str, _Verdict] | None = None) -> None:
    """
    Match *piece* against the credit, boilerplate and dateline tables; tell if sentence-like.

    *verdicts* keeps, by their text, what paragraphs of the same document were found to be
    (`_Verdict`): a document that repeats a paragraph (a page of one line thousands of
    times) matches it once. The matches, on the paragraph's own string, serve every copy;
    so do its words, which no pass changes.

    Patterns are anchored with ``^``/``$``, so each runs on the paragraph's own string;
    `_shift` maps its match offsets back to *text*. The gates of `_first_of` let most
    paragraphs skip most rules without a regex call. The paragraph is lower-cased once for
    the credit and boilerplate tables, which share what their gates read (`_Facts`); the
    dateline table reads the first `_END_CHARS` characters, and needs only dashes and
    brackets, which ``str.lower`` neither makes nor unmakes: it looks for them as written.
    """
    span = piece.span
    size = span.end - span.start
    if size > _RULE_CHARS:
        segment = text[span.start : span.start + _END_CHARS]
    else:
        segment = text[span.start : span.end]
        if verdicts is not None:
            known = verdicts.get(segment)
            if known is not None:
                (
                    piece.sentence_like,
                    piece.credit_rule,
                    piece.credit,
                    piece.boilerplate,
                    piece.dateline_rule,
                    piece.dateline,
                    piece.found_words,
                ) = known
                return
    piece.sentence_like = is_sentence_like(text, span)
    if size <= _RULE_CHARS:
        lowered = segment.lower()
        facts = _Facts()
        # A paragraph with no letter (a number, a rule of dashes) tries only the rules that
        # need none.
        facts.letter = 1 if _has_letter(segment, lowered) else 0
        if size <= _CREDIT_CHARS:
            facts.words = piece.count(_GATE_WORDS)  # its words are kept: later passes read them
            credit = _first_of(
                _CREDIT_TABLE.tried(facts.letter),
                segment,
                lowered,
                size,
                facts,
            )
            if credit is not None:
                piece.credit_rule, piece.credit = credit
        if piece.credit is None:
            found = _first_of(
                _BOILERPLATE_TABLE.tried(facts.letter),
                segment,
                lowered,
                size,
                facts,
            )
            if found is not None:
                piece.boilerplate = found[0]
    if size <= _END_CHARS:  # the head is the paragraph: what the gates read serves again
        dateline = _first_of(_DATELINE_TABLE.entries, segment, lowered, size, facts)
    else:
        head = segment[:_END_CHARS]
        dateline = _first_of(_DATELINE_TABLE.entries, head, head.lower(), len(head), _Facts())
    if dateline is not None:
        piece.dateline_rule, piece.dateline = dateline
    if verdicts is not None and size <= _RULE_CHARS and len(verdicts) < _MAX_VERDICTS:
        verdicts[segment] = (
            piece.sentence_like,
            piece.credit_rule,
            piece.credit,
            piece.boilerplate,
            piece.dateline_rule,
            piece.dateline,
            piece.found_words,
        )


def _looks_like_headline(text: str, piece: _Piece, following: _Piece | None) -> bool:
    """
    Whether *piece* reads as a title: short, headline grammar, no lede phrasing.

    Points for what headlines do (no closing full stop, title case, no articles, a deck
    after a semicolon) and against what ledes do (articles, auxiliaries, "police said").
    """
    if len(piece.span) > 2 * _HEADLINE_CHARS:
        return False
    raw = piece.span.slice(text)
    deck = _DECK.search(raw) is not None  # "Title; \nDeck"
    limit = 2 * _HEADLINE_WORDS if deck else _HEADLINE_WORDS
    if not 3 <= piece.count(limit + 1) <= limit:  # noqa: PLR2004
        return False
    words = piece.words
    if (
        piece.dateline is not None
        or piece.credit is not None
        or _field_label(text, piece) is not None
    ):
        return False
    first = words[0].upper()
    if first in _STRUCTURAL_LABELS or (not deck and _CAPTION_CUE.search(raw) is not None):
        return False
    if (following is None and piece.sentence_like) or raw.rstrip().endswith(":"):
        return False
    lowered = " ".join(raw.lower().split())
    tokens = words
    # Each word lower-cased once: the tests below read them three or four times.
    folded = [token.lower() for token in tokens]
    question = raw.rstrip("\"'”’ ").endswith("?")
    reporting = any(token in _HEADLINE_VERBS for token in tokens)
    content = [
        tokens[index]
        for index in range(1, len(tokens))
        if tokens[index][0].isalpha() and folded[index] not in _SMALL_WORDS
    ]
    capitals = sum(token[0].isupper() for token in content)
    title_case = len(content) >= 2 and capitals >= 0.75 * len(content)  # noqa: PLR2004
    score = 0.0 if piece.sentence_like else 2.0
    if len(words) <= 12:  # noqa: PLR2004 - headline lengths
        score += 1.5
    elif len(words) <= 20:  # noqa: PLR2004
        score += 0.5
    else:
        score -= 1.0
    if title_case:
        score += 2.0
    if deck:
        return True
    if _LABEL.match(raw) is not None:
        score += 1.0  # "Pompeo: ...", "The Latest: ..."
    if not any(folded[index] in _DETERMINERS for index in range(1, len(folded))):
        score += 1.0
    if question:
        score += 1.0
    if reporting:
        score += 1.0
    if any(cue in lowered for cue in _LEDE_CUES):
        score -= 2.0
    if not (title_case or question or reporting) and any(token in _AUXILIARIES for token in folded):
        score -= 1.5
    if not title_case and any(token in _TIME_WORDS for token in folded):
        score -= 1.0 if piece.sentence_like else 0.5
    if not title_case and _has_verb_phrase(folded):
        score -= 1.0  # "have arrested": lede grammar
    if tokens[0] in {"A", "An"}:
        score -= 1.0
    if len(split_sentences(text, piece.span)) > 1:
        score -= 1.0
    if (
        following is not None
        and following.sentence_like
        and following.count(2 * len(words)) >= 2 * len(words)
    ):
        score += 0.5
    return score >= 1.75  # noqa: PLR2004 - the threshold the tables were tuned with


def _has_verb_phrase(folded: list[str]) -> bool:
    """
    Whether the tokens, lower-cased, hold a perfect verb ("have arrested", "has been").

    That is lede grammar.
    """
    for auxiliary, verb in itertools.pairwise(folded):
        if auxiliary in {"has", "have", "had"} and verb.endswith(("ed", "en")):
            return True
    return False


def _could_be_title(text: str, piece: _Piece) -> bool:
    """
    A lenient test for a title right before a dateline lede: short, with no lede phrasing.
    """
    lowered = " ".join(piece.span.slice(text).lower().split())
    short = _MIN_TITLE_WORDS <= piece.count(_HEADLINE_WORDS + 1) <= _HEADLINE_WORDS
    caption = _CAPTION_CUE.search(lowered) is not None
    return short and not caption and not any(cue in lowered for cue in _LEDE_CUES)


def _shingles(pieces: list[_Piece], indexes: list[int]) -> dict[int, list[str]]:
    """
    The runs of `_SHINGLE` words of each paragraph of *indexes* (which have more words).

    A run is the string of its words, lower-cased, curly apostrophes made straight, joined by
    blanks: no word holds a blank, so two runs are equal exactly when their words are. The
    runs that span two paragraphs are left out.

    The words of a paragraph are folded in one go: joined by blanks, which no word holds
    and which lower-casing neither makes nor reads past (the final sigma of a word is the
    one it gets alone: the blank next to it is neither cased nor case-ignorable), folded,
    and each run sliced out of the folded string. Strings, not tuples of words: a string
    is one object that keeps its hash, where a tuple hashes its words again at every set
    look-up, and strings are no containers, so they cost the garbage collector nothing.
    """
    found: dict[int, list[str]] = {}
    for index in indexes:
        words = pieces[index].words
        joined = " ".join(words)
        folded = joined.replace("’", "'").lower()
        if len(folded) != len(joined):
            # A letter folded into two ("İ"): the folded words' own lengths. (No letter
            # folds into none, so equal lengths mean every word kept its length.)
            words = folded.split(" ")
        found[index] = _runs(folded, words)
    return found


def _runs(folded: str, words: list[str]) -> list[str]:
    """
    The runs of `_SHINGLE` consecutive *words* in *folded*, their blank-joined string.
    """
    runs: list[str] = []
    start = 0
    end = -1
    for word in words[:_SHINGLE]:
        end += len(word) + 1
    size = len(words)
    for first in range(size - _SHINGLE + 1):
        runs.append(folded[start:end])
        if first + _SHINGLE < size:
            end += len(words[first + _SHINGLE]) + 1
        start += len(words[first]) + 1
    return runs


def _find_repeats(pieces: list[_Piece], first_story: int) -> None:
    """
    Mark paragraphs whose word sequences all recur in other paragraphs near the lede.

    The most covered paragraph is the copy; a paragraph already taken as a copy cannot make
    another one a copy, so of a summary and the lede it restates only the summary goes.
    Most pages share no word sequence between paragraphs at all; they cost one look-up of
    each run, in the runs met so far.
    """
    candidates = [
        index
        for index, piece in enumerate(pieces)
        if piece.role is None
        and piece.count(_SHINGLE + 1) > _SHINGLE
        and piece.boilerplate is None
        and piece.credit is None
    ]
    if len(candidates) < 2:  # noqa: PLR2004
        return  # a sequence recurs only in two paragraphs
    shingles = _shingles(pieces, candidates)
    recurring = _recurring(shingles, candidates)
    if not recurring:
        return  # no word sequence recurs: no paragraph repeats another
    distinct = {index: set(shingles[index]) for index in candidates}
    # The paragraphs holding a recurring run; the others cover nothing and hold no posting.
    holding = [index for index in candidates if not recurring.isdisjoint(distinct[index])]
    covered = [
        (sum(map(recurring.__contains__, shingles[index])) / len(shingles[index]), index)
        for index in holding
    ]
    ranked = sorted(
        (pair for pair in covered if pair[0] > 0),  # the others cover nothing
        key=lambda pair: (-pair[0], -pair[1]),
    )
    if not ranked or ranked[0][0] < _REPEAT_COVERAGE:
        return  # no paragraph is mostly made of recurring sequences
    # Only recurring sequences have holders besides the paragraph asking: the others are
    # left out of the postings and skipped when counting.
    postings: dict[str, list[int]] = {}
    for index in holding:
        for value in recurring & distinct[index]:
            holders = postings.setdefault(value, [])
            if len(holders) < _MAX_POSTINGS:
                holders.append(index)
    window = first_story + _REPEAT_WINDOW
    copies: set[int] = set()
    for first_coverage, index in ranked:
        if first_coverage < _REPEAT_COVERAGE:
            break
        held = [postings[value] for value in shingles[index] if value in recurring]
        if _coverage(held, index, copies) / len(shingles[index]) < _REPEAT_COVERAGE:
            continue
        counts = _shared(held, index, copies)
        original = max(counts, key=lambda other: (counts[other], -other))
        if index > window and original > window:
            continue
        if (
            original not in copies
            and _captioned(pieces[original])
            and not _captioned(pieces[index])
        ):
            # a photo caption that copies a story paragraph and adds its credit ("...
            # police said. View Full Caption DNAinfo/Jane Doe"): the caption is the copy
            index, original = original, index
        copies.add(index)
        pieces[index].role = ParagraphRole.BOILERPLATE
        pieces[index].why = "repeat"
        pieces[index].repeats = original


def _captioned(piece: _Piece) -> bool:
    """
    Whether *piece* reads as a photo or video caption (a cue or a credit in it).
    """
    return _CAPTION_CUE.search(piece.span.slice(piece.source)) is not None


def _recurring(shingles: dict[int, list[str]], indexes: list[int]) -> set[str]:
    """
    The runs of *shingles* that a paragraph of *indexes* holds which is not the first to.

    A run recurs where it is among the runs of the paragraphs before (*seen*); a paragraph
    that holds a run twice makes it no recurring one. The look-ups and insertions are set
    methods, C loops over a paragraph's runs (a string keeps its hash): a paragraph none of
    whose runs was seen, as most are, costs one look-up and one insertion a run, and no
    statement a run. (One dict look-up a run, its first holder, in a compiled loop cost
    twice as many instructions.)
    """
    seen: set[str] = set()
    recurring: set[str] = set()
    for index in indexes:
        runs = shingles[index]
        if not seen.isdisjoint(runs):
            for run in runs:
                if run in seen:
                    recurring.add(run)
        seen.update(runs)
    return recurring


def _coverage(held: list[list[int]], index: int, copies: set[int]) -> int:
    """
    How many of paragraph *index*'s recurring sequences (their *held* holders) another holds.

    The others are those not *index* and not already *copies*.
    """
    found = 0
    for holders in held:
        if any(other != index and other not in copies for other in holders):
            found += 1
    return found


def _shared(held: list[list[int]], index: int, copies: set[int]) -> dict[int, int]:
    """
    How many of paragraph *index*'s recurring sequences each other paragraph holds.
    """
    counts: dict[int, int] = {}
    for holders in held:
        for other in holders:
            if other != index and other not in copies:
                counts[other] = counts.get(other, 0) + 1
    return counts


def _mark_teasers(text: str, pieces: list[_Piece], start: int) -> None:
    """
    Mark a carousel of teasers: two or more paragraphs near the top each shown twice in a row.

    Pages that list other stories often print each teaser as a pair (title or summary, then
    the same again); a single such pair may be a lede printed twice, so it takes two.
    """
    pairs = [
        index
        for index in range(start, min(len(pieces) - 1, start + _TEASER_WINDOW))
        if pieces[index].role is None
        and _same_text(text, pieces[index], pieces[index + 1])
        # the same text up to blanks has the same words: blanks are no word characters
        and pieces[index].count(_MIN_OPENING_WORDS) >= _MIN_OPENING_WORDS
    ]
    if len(pairs) < 2:  # noqa: PLR2004 - one repeated paragraph is not a carousel
        return
    for index in range(pairs[0], pairs[-1] + 2):
        if pieces[index].role is None:
            pieces[index].role = ParagraphRole.BOILERPLATE
            pieces[index].why = "teaser"


def _same_text(text: str, piece: _Piece, other: _Piece) -> bool:
    """
    Whether two paragraphs hold the same text but for the runs of blanks in it.

    Paragraphs are stripped, so their first and last characters are no blanks and must be
    equal: most pairs differ there, and cost no split.
    """
    first, second = piece.span, other.span
    return (
        text[first.start] == text[second.start]
        and text[first.end - 1] == text[second.end - 1]
        and text[first.start : first.end].split() == text[second.start : second.end].split()
    )


def _choose_lede(pieces: list[_Piece], start: int) -> int | None:
    """
    The index of the lede.

    That is the dateline paragraph when only captions or a short summary precede it, else
    the first sentence-like news paragraph.
    """
    candidates = [
        index
        for index in range(start, len(pieces))
        if pieces[index].role is None
        and pieces[index].boilerplate is None
        and pieces[index].credit is None
    ]
    if not candidates:
        return None
    for position, index in enumerate(candidates[:_LEDE_WINDOW]):
        if pieces[index].dateline is not None:
            skipped = candidates[:position]
            if all(
                not pieces[other].sentence_like
                or pieces[other].count(_SKIPPABLE_WORDS) < _SKIPPABLE_WORDS
                for other in skipped
            ):
                return index
            break
    for index in candidates[:_TEASER_WINDOW]:
        if pieces[index].sentence_like and pieces[index].count(_LEDE_WORDS) >= _LEDE_WORDS:
            return index
    for index in candidates[:_TEASER_WINDOW]:
        # sentences closed by a sign-off ("... was pronounced dead.KJS/JFC 4-13-15")
        piece = pieces[index]
        if (
            piece.count(_SKIPPABLE_WORDS) >= _SKIPPABLE_WORDS
            and _INNER_SENTENCE_END.search(piece.source, piece.span.start, piece.span.end)
            is not None
        ):
            return index
    # No news paragraph near the top: a transcript or a list, not a page of teasers.
    return next(
        (index for index in candidates if not _is_structural_only(pieces[index])), candidates[0]
    )


def _is_structural_only(piece: _Piece) -> bool:
    """
    Whether *piece* is too short to open a story (a speaker cue, a one-word label).
    """
    return piece.count(_MIN_OPENING_WORDS) < _MIN_OPENING_WORDS


def _shift(piece: _Piece, offsets: tuple[int, int]) -> Span:
    """
    A span of a match on the paragraph's own string, as a span of the text.
    """
    return Span(piece.span.start + offsets[0], piece.span.start + offsets[1])


def _source_of(pieces: list[_Piece], limit: int) -> tuple[str, Span] | None:
    """
    The credited source: a dateline agency, then a credit paragraph (agency before person).
    """
    offers: list[tuple[int, str, Span]] = []  # (rank, name, span); the first of the best wins

    for index, piece in enumerate(pieces):
        match = piece.dateline
        if match is not None and index <= limit and match.group("source"):
            offers.append(
                (
                    0,
                    _CANONICAL_AGENCY.get(match.group("source").lower(), match.group("source")),
                    _shift(piece, match.span("source")),
                )
            )
        if piece.credit is None or piece.credit_rule is None or piece.role != ParagraphRole.CREDIT:
            continue
        match = piece.credit
        rule = piece.credit_rule.rule
        agency = match.groupdict().get("agency")
        source = match.group("source").strip()
        canonical = _CANONICAL_AGENCY.get(source.lower().removeprefix("the "))
        if agency:
            offers.append(
                (
                    1,
                    _CANONICAL_AGENCY.get(agency.lower(), agency),
                    _shift(piece, match.span("agency")),
                )
            )
        elif canonical is not None:
            offers.append((1, canonical, _shift(piece, match.span("source"))))
        elif rule.get("source") is not None:
            offers.append((2, rule.get("source") or "", piece.span))
        elif rule.id == "article.credit.byline":
            offers.append((3, source, _shift(piece, match.span("source"))))
        else:
            offers.append((4, source, _shift(piece, match.span("source"))))
    if not offers:
        return None
    best = min(offers, key=_rank_of)
    _rank, name, span = best
    return name, span


def _rank_of(offer: tuple[int, str, Span]) -> int:
    """
    The rank of a source offered to `_source_of` (lower is better).
    """
    return offer[0]


def _is_deck(text: str, piece: _Piece) -> bool:
    """
    Whether *piece* has the shape of a deck, the line of summary under a headline.

    A newspaper sets one or more under its headline ("Suspected Terror on Bastille Day.",
    "After Iowa and N.H., the strategy is to swamp Sanders in March."): a sentence in mixed
    case, of a few words, that is no caption. The ones right after the headline are story
    text (`_decks_end`).
    """
    line = piece.span.slice(text)
    return (
        piece.sentence_like
        and piece.count(_DECK_WORDS) >= _DECK_WORDS
        and line.rstrip()[-1:] in {".", "?", "!"}
        and not line.isupper()
        and "\n" not in line.strip()
        and _CAPTION_CUE.search(line.lower()) is None  # "... in a Facebook photo."
    )


def _decks_end(text: str, pieces: list[_Piece], headline: int | None, lede: int) -> int:
    """
    The index after the run of decks right under the headline, read up to the *lede*.

    0 without a headline; the index right after the headline when no deck follows it.
    """
    if headline is None:
        return 0
    end = headline + 1
    while end < lede and _is_deck(text, pieces[end]):
        end += 1
    return end


#: The fewest words a deck has.
_DECK_WORDS: Final = 5


def _is_structural(text: str, piece: _Piece) -> bool:
    """
    Whether *piece* is a label that structures the story ("UPDATE:", "Original story:").
    """
    first = piece.first_word().upper()
    if first in _STRUCTURAL_LABELS or text[piece.span.end - 1] == ":":
        return True
    return _field_label(text, piece) is not None


def _field_label(text: str, piece: _Piece) -> str | None:
    """
    The label of a "Label: value" field line of a police release, if *piece* is one.
    """
    head = text[piece.span.start : min(piece.span.end, piece.span.start + 30)]
    label, colon, _rest = head.partition(":")
    label = label.strip().lower()
    return label if colon and label in _FIELD_LABELS else None


def _content_words(piece: _Piece) -> set[str]:
    """
    The paragraph's lower-cased content words (four letters or more, not function words).
    """
    words = (word.lower() for word in piece.words)
    return {word.rstrip("s") for word in words if len(word) >= 4 and word not in _FUNCTION_WORDS}  # noqa: PLR2004


def _is_story_line(text: str, piece: _Piece) -> bool:
    """
    Whether a long paragraph with no full stop is still story text, not headlines or a caption.

    A list item (a bullet, or a line ending in ``;`` ``,`` ``:``), an embedded tweet, a dated
    title of a feed ("... - 05/13/16"), or a sentence with reporting words ("said", "according to") or lede phrasing ("was shot") that
    only lost its full stop. A caption cue ("pictured", "(left)") keeps it a caption.
    """
    raw = piece.span.slice(text)
    if (
        raw[0] in _BULLETS
        or raw[-1] in ";,:"
        or _TWEET.search(raw) is not None
        or _DATED_TITLE.search(raw) is not None
    ):
        return True
    lowered = raw.lower()
    if _CAPTION_CUE.search(raw) is not None:
        return False
    return any(word.lower() in _STORY_REPORTING for word in piece.words) or any(
        cue in lowered for cue in _LEDE_CUES
    )


def _is_story(piece: _Piece) -> bool:
    """
    Whether *piece* is (so far) story text: no chrome rule matched it, no role but lede or body.
    """
    role = piece.role  # compared by identity: hashing an enum member runs Python code
    return piece.boilerplate is None and (
        role is None or role is ParagraphRole.LEDE or role is ParagraphRole.BODY
    )


def _story_neighbours(pieces: list[_Piece], position: int) -> list[_Piece]:
    """
    The paragraphs right before and after *position* that are story text.

    Chrome next to it is not stepped over: a title followed by a video caption is a video
    title, even when the story after the caption is about the same thing.
    """
    return [
        other
        for other in (
            pieces[position - 1],
            pieces[position + 1] if position + 1 < len(pieces) else None,
        )
        if other is not None and _is_story(other)
    ]


def _is_feed(text: str, pieces: list[_Piece]) -> bool:
    """
    Whether the page is a feed of many items (press releases, a dated listing), not one story.

    On such a page the titles of the items and their field lines are story text: what marks a
    headline of another story inserted in one story does not apply.
    """
    titles = ends = 0
    for piece in pieces:
        start, end = piece.span.start, piece.span.end
        if end - start > _HEADLINE_CHARS:
            continue
        # A dated title holds "/", an end mark starts with "#" or "-" (most lines skip both,
        # and are not copied out).
        if text.find("/", start, end) >= 0 and _DATED_TITLE.search(text[start:end]) is not None:
            titles += 1
            continue
        if text[start] in _RELEASE_END_STARTS and _RELEASE_END.match(text[start:end]) is not None:
            ends += 1
    return titles >= _FEED_TITLES or ends >= _FEED_ENDS


def _mark_lists(text: str, pieces: list[_Piece], lede: int, *, feed: bool) -> None:
    """
    Boilerplate after the lede: headline runs, lists under a "Related" label, chrome tails.

    Headline runs and inserted headlines are not looked for on a *feed* of many items.
    """
    for piece in pieces[lede + 1 :]:
        if (
            not feed
            and piece.role is None
            and piece.boilerplate is None
            and not piece.sentence_like
            and piece.count(_HEADLINE_RUN_WORDS) >= _HEADLINE_RUN_WORDS
            and not split_sentences(text, piece.span)[:-1]
            and not _is_story_line(text, piece)
        ):
            piece.role = ParagraphRole.BOILERPLATE
            piece.why = "run"
    in_list = False
    for piece in pieces[lede + 1 :]:
        if piece.boilerplate is not None:
            label = piece.span.slice(text)
            in_list = (
                piece.boilerplate.rule.id in _PROMPT_RULES
                and _RELATED_LABEL.match(label.lstrip("[(*#-–— ")) is not None
            )
            continue
        if in_list and piece.role is None and not piece.sentence_like:
            piece.role = ParagraphRole.BOILERPLATE
            piece.why = "related"
            continue
        in_list = False
    for position in range(lede + 1, len(pieces)):
        piece = pieces[position]
        if feed or piece.role is not None or piece.boilerplate is not None or piece.sentence_like:
            continue
        if (
            not _INSERTED_MIN <= piece.count(_INSERTED_MAX + 1) <= _INSERTED_MAX
            or text[piece.span.end - 1] == ":"
        ):
            continue
        neighbours = _story_neighbours(pieces, position)
        tokens = piece.words
        lowered = " ".join(token.lower() for token in tokens)
        if (
            tokens[0] in {"A", "An", "The"}
            or tokens[0].upper() in _STRUCTURAL_LABELS
            or any(
                token.lower() in _AUXILIARIES or token.lower() in _STORY_AUXILIARIES
                for token in tokens
            )
            or _field_label(text, piece) is not None
            or ", but " in piece.span.slice(text)
            or any(cue in lowered for cue in _LEDE_CUES)
            or _LIST_ITEM.search(piece.span.slice(text)) is not None
        ):
            continue
        words = _content_words(piece)
        if neighbours and words and not any(words & _content_words(other) for other in neighbours):
            piece.role = ParagraphRole.BOILERPLATE  # a headline of another story, inserted
            piece.why = "inserted"
    tail: list[_Piece] = []
    for piece in reversed(pieces[lede + 1 :]):
        role = piece.role
        if (
            piece.boilerplate is not None
            or role is ParagraphRole.BOILERPLATE
            or role is ParagraphRole.CREDIT
        ):
            continue
        if (
            piece.role is None
            and not piece.sentence_like
            and piece.credit is None
            # prose that introduces what follows ("Trejo was shot. ... Investigators are
            # looking for two suspects:") is story text, not a closing line
            and not _introduces(text, piece)
        ):
            tail.append(piece)
            continue
        break
    if len(tail) >= 2:  # noqa: PLR2004 - one closing line may be a sign-off
        for piece in tail:
            piece.role = ParagraphRole.BOILERPLATE
            piece.why = "tail"


def _introduces(text: str, piece: _Piece) -> bool:
    """
    Whether *piece* is prose that ends introducing what follows: sentences, then a colon.

    "... Trejo was pronounced dead. Investigators are looking for two suspects:"; not a label
    alone ("Locations of Events:").
    """
    return text[piece.span.end - 1 : piece.span.end] == ":" and bool(
        split_sentences(text, piece.span)[:-1]
    )


def parse_article(text: str, *, published: dt.date | None = None) -> Article:
    r"""
    Segment *text* into an `Article` with no records yet.

    Args:
        text: The article as plain text; any string parses.
        published: The publication date, kept on the article.

    Returns:
        The article's headline, source, dateline and paragraphs with roles and sentences,
        every span indexing *text*.

    >>> article = parse_article("Rebels agree truce\n\nBy Jane Doe\n\nKABUL (Reuters) - The rebels agreed.")
    >>> article.headline, article.source, article.dateline
    ('Rebels agree truce', 'Reuters', 'KABUL (Reuters) -')
    >>> [paragraph.role.value for paragraph in article.paragraphs]
    ['headline', 'credit', 'lede']
    """
    pieces, headline, lede = _segment(text)
    return _build(text, published, pieces, headline, lede)


def _segment(text: str) -> tuple[list[_Piece], int | None, int | None]:
    """
    The paragraphs of *text* with their roles, and the indexes of the headline and the lede.
    """
    pieces = [_Piece(span, text) for span in split_paragraphs(text)]
    # Verdicts are kept only in a document of many paragraphs, where copies of one cost.
    verdicts: dict[str, _Verdict] | None = {} if len(pieces) > _KEEP_PARAGRAPHS else None
    for piece in pieces:
        _match_rules(text, piece, verdicts)

    headline: int | None = None
    for index, piece in enumerate(pieces[:_LEDE_WINDOW]):
        if piece.boilerplate is not None:
            continue
        following = next(
            (
                other
                for other in itertools.islice(pieces, index + 1, None)
                if other.boilerplate is None
                and other.credit is None
                and other.count(_LABEL_WORDS + 1) > _LABEL_WORDS
            ),
            None,
        )
        if _looks_like_headline(text, piece, following):
            headline = index
            piece.role = ParagraphRole.HEADLINE
        break

    for piece in pieces:
        if piece.role is None and piece.boilerplate is not None:
            piece.role = ParagraphRole.BOILERPLATE
            piece.why = "rule"
        elif piece.role is None and piece.credit is not None:
            piece.role = ParagraphRole.CREDIT
        elif (
            piece.role is None
            and piece.dateline is not None
            and piece.dateline.end() >= len(piece.span) - 1
        ):
            piece.role = ParagraphRole.CREDIT  # a dateline standing alone

    start = 0 if headline is None else headline + 1
    first_story = next(
        (index for index in range(start, len(pieces)) if pieces[index].role is None), start
    )
    _mark_teasers(text, pieces, start)
    _find_repeats(pieces, first_story)
    lede = _choose_lede(pieces, start)
    if headline is None and lede is not None and pieces[lede].dateline is not None:
        # A short first paragraph right before a dateline lede is the title.
        first = next((index for index in range(lede) if pieces[index].role is None), None)
        if (
            first is not None
            and _could_be_title(text, pieces[first])
            and all(pieces[index].role is not None for index in range(first + 1, lede))
        ):
            headline = first
            pieces[first].role = ParagraphRole.HEADLINE
    feed = _is_feed(text, pieces)
    if lede is not None:
        decks_end = _decks_end(text, pieces, headline, lede)  # story text, no boilerplate
        for index in range(max(start, decks_end), lede):
            piece = pieces[index]
            if (
                piece.role is None
                and not _is_structural(text, piece)
                and not (feed and _DATED_TITLE.search(piece.span.slice(text)) is not None)
            ):
                piece.role = ParagraphRole.BOILERPLATE
                piece.why = "prelede"
        pieces[lede].role = ParagraphRole.LEDE
        _mark_lists(text, pieces, lede, feed=feed)
    for piece in pieces:
        if piece.role is None:
            piece.role = ParagraphRole.BODY
    return pieces, headline, lede


def _build(
    text: str,
    published: dt.date | None,
    pieces: list[_Piece],
    headline: int | None,
    lede: int | None,
) -> Article:
    """
    The `Article` of segmented paragraphs: source, dateline, headline and paragraph records.
    """
    source = _source_of(pieces, lede if lede is not None else len(pieces))
    dateline_piece = next(
        (
            piece
            for piece in pieces
            if piece.dateline is not None
            and piece.role in {ParagraphRole.LEDE, ParagraphRole.CREDIT}
        ),
        None,
    )
    dateline_span: Span | None = None
    if dateline_piece is not None and dateline_piece.dateline is not None:
        match = dateline_piece.dateline
        dateline_span = _shift(dateline_piece, match.span("dateline"))
    headline_span = pieces[headline].span if headline is not None else None
    split: dict[str, tuple[int, list[Span] | None]] | None = (
        {} if len(pieces) > _KEEP_PARAGRAPHS else None
    )
    paragraphs = [
        _make_paragraph(
            piece.span,
            piece.role or ParagraphRole.BODY,
            (
                _split_sentences(text, piece.span)
                if split is None
                else _sentences(text, piece.span, split)
            ),
            piece.repeats,
        )
        for piece in pieces
    ]
    return _make_article(
        text,
        published,
        (
            " ".join(headline_span.slice(text).split()) if headline_span is not None else None,
            headline_span,
        ),
        source,
        (
            " ".join(dateline_span.slice(text).split()) if dateline_span is not None else None,
            dateline_span,
        ),
        tuple(paragraphs),
    )


def _make_article(  # noqa: PLR0917 - the fields, in `Article`'s order
    text: str,
    published: dt.date | None,
    headline: tuple[str | None, Span | None],
    source: tuple[str, Span] | None,
    dateline: tuple[str | None, Span | None],
    paragraphs: tuple[Paragraph, ...],
) -> Article:
    """
    The `Article` ``Article(text=text, ...)`` makes of these parts, with no records, made here.

    *headline* and *dateline* are each a text and its span, *source* a name and its span (or
    ``None``). `Article`'s ``__init__`` is interpreted code that sets its thirteen slots by
    name and runs a converter for each tuple field; this sets the slots itself (as
    `_make_paragraph` does) and then runs the class's own check, ``__attrs_post_init__``.
    """
    article: Article = _NEW_OBJECT(Article)
    _set_article_text(article, text)
    _set_article_published(article, published)
    _set_article_headline(article, headline[0])
    _set_article_headline_span(article, headline[1])
    _set_article_source(article, None if source is None else source[0])
    _set_article_source_span(article, None if source is None else source[1])
    _set_article_dateline(article, dateline[0])
    _set_article_dateline_span(article, dateline[1])
    _set_article_paragraphs(article, paragraphs)
    _set_article_times(article, ())
    _set_article_statements(article, ())
    _set_article_casualties(article, ())
    _set_article_agreements(article, ())
    article.__attrs_post_init__()
    return article


#: `Article`'s slot setters, as `_make_article` calls them (see `newsevents.model._set_start`).
_set_article_text: Final = Article.__dict__["text"].__set__
_set_article_published: Final = Article.__dict__["published"].__set__
_set_article_headline: Final = Article.__dict__["headline"].__set__
_set_article_headline_span: Final = Article.__dict__["headline_span"].__set__
_set_article_source: Final = Article.__dict__["source"].__set__
_set_article_source_span: Final = Article.__dict__["source_span"].__set__
_set_article_dateline: Final = Article.__dict__["dateline"].__set__
_set_article_dateline_span: Final = Article.__dict__["dateline_span"].__set__
_set_article_paragraphs: Final = Article.__dict__["paragraphs"].__set__
_set_article_times: Final = Article.__dict__["times"].__set__
_set_article_statements: Final = Article.__dict__["statements"].__set__
_set_article_casualties: Final = Article.__dict__["casualties"].__set__
_set_article_agreements: Final = Article.__dict__["agreements"].__set__


def _make_paragraph(
    span: Span, role: ParagraphRole, sentences: Sequence[Span], repeats: int | None
) -> Paragraph:
    """
    ``Paragraph(span=span, role=role, sentences=sentences, repeats=repeats)``, made here.

    `Paragraph`'s ``__init__`` is interpreted code called with keywords, several times the
    cost of the four slot setters it calls, which this calls itself (as `make_span` does for
    spans): every paragraph of every article is made once.
    """
    paragraph: Paragraph = _NEW_OBJECT(Paragraph)
    _set_paragraph_span(paragraph, span)
    _set_paragraph_role(paragraph, role)
    _set_paragraph_sentences(paragraph, tuple(sentences))
    _set_paragraph_repeats(paragraph, repeats)
    return paragraph


#: `object.__new__`, as `_make_paragraph` calls it.
_NEW_OBJECT: Final = object.__new__


def _no_terminal(text: str, span: Span) -> bool:
    """
    Whether the paragraph at *span* holds no terminal mark: it is one sentence, its own span.

    (`split_sentences` ends sentences only at terminal marks; paragraphs are stripped.)
    """
    start, end = span.start, span.end
    return (
        text.find(".", start, end) < 0
        and text.find("?", start, end) < 0
        and text.find("!", start, end) < 0
        and text.find("…", start, end) < 0
    )


def _split_sentences(text: str, span: Span) -> Sequence[Span]:
    """
    `split_sentences` of the paragraph at *span*, with no call for one without a terminal mark.
    """
    return (span,) if _no_terminal(text, span) else split_sentences(text, span)


def _sentences(
    text: str, span: Span, split: dict[str, tuple[int, list[Span] | None]]
) -> Sequence[Span]:
    """
    The sentences of the paragraph at *span* (`split_sentences`), split once per paragraph text.

    *split* keeps, by their text, the paragraphs of `_RULE_CHARS` characters or fewer split so
    far, with where each started and its sentences, ``None`` for a paragraph of one sentence
    (paragraphs are stripped, so that sentence is the paragraph's own span): a copy of one has
    the same sentences, shifted.
    """
    if span.end - span.start > _RULE_CHARS:
        return _split_sentences(text, span)
    if _no_terminal(text, span):
        return (span,)
    segment = text[span.start : span.end]
    known = split.get(segment)
    if known is None:
        sentences = split_sentences(text, span)
        if len(split) < _MAX_VERDICTS:
            whole = len(sentences) == 1 and sentences[0] == span
            split[segment] = (span.start, None if whole else sentences)
        return sentences
    start, found = known
    if found is None:
        return (span,)
    shift = span.start - start
    return [sentence.shift(shift) for sentence in found]
