"""
Casualties: how many, what happened to them, who did it, who says so, when and where.

The extractor works sentence by sentence, spaCy style: `match_sentence` finds the casualty
constructions of one sentence (rules in `newsevents.rules.casualties`), `build_mention` reads
the fields around each one, and `extract_casualties` merges the mentions of one event (headline,
lede, later references, a repeated lede) into one `Casualty` record.

Merging: a mention joins the latest record of the same kind it is compatible with (no
conflicting perpetrator, no conflicting victims' country, the same figure or no figure); a
death-toll update ("the death toll rose to 40") joins the latest record of its kind and its
figure replaces the earlier one. Repeated-lede paragraphs (boilerplate with ``repeats`` set)
only add mentions to records found elsewhere; other boilerplate is never read.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Final

import attrs
import regex

from newsevents._quantities import parse_cached
from newsevents._rules import (
    CompiledRule,
    Rule,
    RuleSet,
    atom_end,
    compile_rules,
    group_end,
    word_trie,
)
from newsevents.actors import country_code, make_actor, resolve_actor
from newsevents.model import (
    Actor,
    ActorKind,
    Article,
    Casualty,
    CasualtyKind,
    Paragraph,
    ParagraphRole,
    Quantity,
    Span,
    TimeExpression,
    TimexType,
)
from newsevents.rules.casualties import (
    ACTIVE_OBJECT_LEADS,
    ACTIVE_OBJECT_STOPS,
    ANCHOR_WORDS,
    ATTRIBUTION_RULES,
    CARRIED_OUT_WORDS,
    CASUALTY_GROUPS,
    CASUALTY_LEXICON,
    CASUALTY_RULES,
    CAUSE_RULES,
    COORDINATION_RULES,
    COUNT_GAP_WORDS,
    COUNT_WORDS,
    GATE_RULES,
    GATE_WORDS,
    INCIDENT_RULES,
    INSTITUTION_WORDS,
    LOCATION_RULES,
    NOT_LONE_NAMES,
    OTHER_CLAUSE_WORDS,
    PASSIVE_GAP_WORDS,
    PERPETRATOR_RULES,
    PROCEDURE_RULES,
    RELATIVE_RULES,
    STATISTIC_RULES,
    SUBJECT_RULES,
    TIME_RULES,
    UNREAL_AFTER_STARTS,
    UNREAL_ENDINGS,
    UNREAL_LEADS,
    UNREAL_RULES,
    WORD_RULES,
)
from newsevents.text import (
    _LOWER_LETTERS,
    ascii_letters,
    letter_words,
    lower_in_place,
    lower_letters,
    make_span,
)

__all__ = ["build_mention", "extract_casualties", "find_words", "is_singular", "match_sentence"]


def _compile(table: Iterable[Rule], lexicon: Mapping[str, Sequence[str]]) -> RuleSet:
    r"""
    Compile a table once, each ``\L<name>`` word list written out as a trie.

    A named list costs a set look-up for each length its words have wherever its first letter
    may start one (about 2 µs where it fails, as it mostly does); a trie
    (`newsevents._rules.spell_out_lists`) fails at the first letter that leads nowhere.

    The rules keep their patterns as written; the compiled patterns match the same text with
    the same groups. `compile_rules` still checks every example against the compiled form.
    """
    rules = tuple(table)
    compiled = compile_rules(
        [_lookarounds_spelled(rule, lexicon) for rule in rules],
        lexicon,
        groups=CASUALTY_GROUPS,
        prefix="casualty.",
        spell_lists=True,
    )
    # The rules as written, with their compiled patterns.
    compiled = RuleSet(
        tuple(CompiledRule(rule, each.pattern) for rule, each in zip(rules, compiled, strict=True))
    )
    _GROUP_INDEX.update((c.pattern, dict(c.pattern.groupindex)) for c in compiled)
    return compiled


def _lookarounds_spelled(rule: Rule, lexicon: Mapping[str, Sequence[str]]) -> Rule:
    r"""
    *rule* with the ``\L<name>`` lists of its look-arounds spelled out in their own direction.

    `newsevents._rules.spell_out_lists` writes every list of a pattern as a trie read the
    pattern's way: of shared first letters, or of shared last letters in a pattern read right
    to left (``(?r)``). But a look-ahead reads left to right and a look-behind right to left
    whatever the pattern's direction, and a trie read the other way tries each of its
    branches where the right one fails at the first letter it reads ("(?! \L<np_stop> \b )"
    before each word of a victim phrase read back from a verb; "(?<! \b \L<count_stop> \s+ )"
    before a count read forwards). A look-around only asks whether some word of the list
    matches there, which both tries answer alike. Look-arounds that hold another one are left
    as they are.
    """
    pattern = rule.pattern
    if rule.case_sensitive or "\\L<" not in pattern:
        return rule
    backwards = pattern.lstrip().startswith("(?r)")
    pieces: list[str] = []
    done = 0
    index = 0
    size = len(pattern)
    while index < size:
        behind = pattern.startswith(("(?<=", "(?<!"), index)
        if behind or pattern.startswith(("(?=", "(?!"), index):
            end = group_end(pattern, index)
            body = pattern[index:end]
            inner = body[3:]
            if (
                behind != backwards
                and "\\L<" in body
                and not any(opening in inner for opening in ("(?=", "(?!", "(?<=", "(?<!"))
            ):
                for name, words in lexicon.items():
                    body = body.replace(f"\\L<{name}>", word_trie(words, reverse=behind))
                pieces.append(pattern[done:index])
                pieces.append(body)
                done = end
            index = end
        else:
            index = atom_end(pattern, index)
    if not pieces:
        return rule
    pieces.append(pattern[done:])
    return attrs.evolve(rule, pattern="".join(pieces))


#: Each compiled pattern's group numbers by name: a match reads a group by number about
#: five times faster than by name.
_GROUP_INDEX: Final[dict[regex.Pattern[str], dict[str, int]]] = {}


_CASUALTIES = _compile(CASUALTY_RULES, CASUALTY_LEXICON)
_ATTRIBUTIONS = _compile(ATTRIBUTION_RULES, CASUALTY_LEXICON)
_SOURCE_BEFORE: Final = _ATTRIBUTIONS.by_id("casualty.claimed_by.subject").pattern
_SOURCE_AFTER: Final = _ATTRIBUTIONS.by_id("casualty.claimed_by.inverted").pattern
_RELATIVE_BEFORE: Final = _compile(RELATIVE_RULES, CASUALTY_LEXICON).rules[0].pattern
_PERPETRATORS = _compile(PERPETRATOR_RULES, CASUALTY_LEXICON)
_BY_PHRASE: Final = _PERPETRATORS.by_id("casualty.perpetrator.by").pattern
_CARRIED_OUT: Final = _PERPETRATORS.by_id("casualty.perpetrator.carried_out").pattern
_SUBJECT: Final = _compile(SUBJECT_RULES, CASUALTY_LEXICON).rules[0].pattern
_CAUSE: Final = _compile(CAUSE_RULES, CASUALTY_LEXICON).rules[0].pattern
_LOCATION: Final = _compile(LOCATION_RULES, CASUALTY_LEXICON).rules[0].pattern
_WORDS = _compile(WORD_RULES, CASUALTY_LEXICON)
_TIMES = _compile(TIME_RULES, CASUALTY_LEXICON)
_SPEECH_BEFORE: Final = _TIMES.by_id("casualty.time.speech").pattern
_OTHER_CLAUSE: Final = _TIMES.by_id("casualty.time.other_clause").pattern
_PROCEDURE_BEFORE: Final = _compile(PROCEDURE_RULES, CASUALTY_LEXICON).rules[0].pattern
_INCIDENTS = _compile(INCIDENT_RULES, CASUALTY_LEXICON)
_INCIDENT: Final = _INCIDENTS.by_id("casualty.time.incident").pattern
_INCIDENT_AFTER: Final = _INCIDENTS.by_id("casualty.time.incident_after").pattern
_STATISTIC: Final = _compile(STATISTIC_RULES, CASUALTY_LEXICON).rules[0].pattern
_UNREALS = _compile(UNREAL_RULES, CASUALTY_LEXICON)
_UNREAL: Final = _UNREALS.by_id("casualty.unreal.before").pattern
_NOT_CASUALTY_AFTER: Final = _UNREALS.by_id("casualty.unreal.after").pattern
_OBJECT_AFTER: Final = _UNREALS.by_id("casualty.unreal.object").pattern
_CAUSE_WORD: Final = _WORDS.by_id("casualty.word.cause").pattern
_AGENT_WORD: Final = _WORDS.by_id("casualty.word.agent").pattern
_SINGULAR_WORD: Final = _WORDS.by_id("casualty.word.singular").pattern
_HEAD_WORD: Final = _WORDS.by_id("casualty.word.head").pattern
_NAME_WORDS: Final = _WORDS.by_id("casualty.word.name").pattern


_GATES = _compile(GATE_RULES, CASUALTY_LEXICON)
_COORDINATIONS = _compile(COORDINATION_RULES, CASUALTY_LEXICON)
_COORDINATED_BEFORE: Final = _COORDINATIONS.by_id("casualty.coordinated.before").pattern
_COORDINATED_AFTER: Final = _COORDINATIONS.by_id("casualty.coordinated.after").pattern

_Anchor = tuple[
    int,
    "regex.Pattern[str]",
    Rule,
    bool,
    bool,
    "regex.Pattern[str] | None",
    str,
    int,
    bool,
    tuple[str, ...],
    int,
    int,
    int,
    tuple[str, ...],
    tuple[str, ...],
    int,
]


#: The ``subject`` meta of a passive rule as a number (0: none).
_COUNT_SUBJECT: Final = 1
_VICTIMS_SUBJECT: Final = 2
_PRONOUN_SUBJECT: Final = 3
_POSTMODIFIED_SUBJECT: Final = 4
_SUBJECTS: Final = {
    None: 0,
    "count": _COUNT_SUBJECT,
    "victims": _VICTIMS_SUBJECT,
    "pronoun": _PRONOUN_SUBJECT,
    "postmodified": _POSTMODIFIED_SUBJECT,
}


def _index_anchors(rules: RuleSet) -> dict[str, tuple[_Anchor, ...]]:
    """
    Map each anchor word to the rules anchored on it.

    Each entry is (table position, pattern, rule, anchored at its end?, needs a count before
    it?, its gate pattern or ``None``, its kind, what its subject ends with (``subject`` in its
    meta as a number of `_SUBJECTS`: 0 without one),
    does it take an object (``object``)?, the words one of which follows the anchor in every
    match (``after``), the number of its ``trigger`` group and of its ``victims`` group (0
    where it has none), how many words may stand between its count and the anchor word
    (``count_words``; -1 where it does not say), the words one of which is the first word
    after the anchor word (``next``), the words one of which ends one of the last
    ``before_words`` words before it (``before``), and that number (0 where it does not say)).
    """
    index: dict[str, list[_Anchor]] = {}
    for position, compiled in enumerate(rules):
        rule = compiled.rule
        at_end = rule.get("anchor") == "end"
        needs_count = rule.get("needs") == "count"
        gate_id = rule.get("gate")
        gate = None if gate_id is None else _GATES.by_id(f"casualty.gate.{gate_id}").pattern
        kind = rule.get("kind") or ""
        subject = rule.get("subject")
        takes_object = rule.get("object") is not None
        if takes_object and at_end:  # pragma: no cover (a table error)
            msg = f"{rule.id}: only anchor=start rules may take an object"
            raise ValueError(msg)
        after = tuple((rule.get("after") or "").split())
        before = tuple((rule.get("before") or "").split())
        before_words = int(rule.get("before_words") or 0)
        if bool(before) != bool(before_words):  # pragma: no cover (a table error)
            msg = f"{rule.id}: before and before_words go together"
            raise ValueError(msg)
        groups = compiled.pattern.groupindex
        entry = (
            position,
            compiled.pattern,
            rule,
            at_end,
            needs_count,
            gate,
            kind,
            _SUBJECTS[subject],
            takes_object,
            after,
            groups["trigger"],
            groups.get("victims", 0),
            int(rule.get("count_words") or -1),
            tuple((rule.get("next") or "").split()),
            before,
            before_words,
        )
        for word in ANCHOR_WORDS[rule.get("words") or ""]:
            index.setdefault(word, []).append(entry)
    return {word: tuple(entries) for word, entries in index.items()}


def _rule_facts(rule: Rule) -> tuple[CasualtyKind, bool, bool]:
    """
    A casualty rule's kind, whether it updates a toll, and whether its verb is active.
    """
    facts = _RULE_FACTS.get(rule.id)
    if facts is not None and facts[0] is rule:
        return facts[1]
    return (
        CasualtyKind(rule.get("kind")),
        rule.get("update") == "yes",
        rule.id.endswith((".active", ".forced", ".claimed_lives", ".left")),
    )


def _count_before(chunk: str, position: int) -> bool:
    """
    Whether a digit or a count word stands in the `_REACH` characters before *position*.
    """
    return _count_in(chunk[max(0, position - _REACH) : position])


def _count_in(window: str) -> bool:
    """
    Whether a digit or a count word stands in *window* (`_count_before`).
    """
    if window.isascii():
        raw = window.encode("ascii")
        # A count's last digit is followed by neither a letter, a digit nor "-" and a letter
        # (the lookahead that ends every number of the count pattern): "25-year-old" is not.
        shape = raw.translate(_DIGIT_SHAPES)
        # A digit with what may follow it where it ends a number of a count.
        # A one-byte search first (memchr): most windows have no digit at all.
        if b"0" in shape and (
            b"0 " in shape
            or (b"0-" in shape and (b"0--" in shape or b"0-0" in shape or b"0- " in shape))
        ):
            return True
        # Count words are ASCII letters: none among the letter runs, none among the tokens.
        # (`ascii_letters` of the window in lower case, in one translation.)
        letters = raw.translate(_LOWER_LETTERS)
        if _COUNT_ASCII is not None and _COUNT_ASCII.isdisjoint(letters.split()):
            return False
    elif any(map(str.isdigit, window)):
        return True
    tokens = window.lower().replace("-", " ").split()
    # A token that is a count word without punctuation is one stripped of punctuation.
    if not _PLAIN_COUNT_WORDS.isdisjoint(tokens):
        return True
    return any(
        word.strip(_PUNCTUATION) in COUNT_WORDS
        for word in tokens
        if word[0] in _PUNCTUATION or word[-1] in _PUNCTUATION
    )


#: ASCII text as its shape: digits "0", letters "a", hyphens "-", anything else a space.
_DIGIT_SHAPES: Final = bytes(
    ord("0")
    if chr(code).isdigit()
    else ord("a")
    if chr(code).isalpha()
    else ord("-")
    if chr(code) == "-"
    else ord(" ")
    for code in range(256)
)
_PUNCTUATION: Final = ".,;:!?\"'“”‘’()[]"
#: The count words that stripping punctuation leaves as they are (all of them).
_PLAIN_COUNT_WORDS: Final = frozenset(
    word for word in COUNT_WORDS if word.strip(_PUNCTUATION) == word
)
#: Characters that join words in text but not in the vocabularies (same length, so offsets hold).
_BREAK_CHARS: Final = "-/—–’'"
_WORD_BREAKS: Final = str.maketrans(dict.fromkeys(_BREAK_CHARS, " "))


class _Affixes:
    """
    Words a text may start or end with, looked up by their first or last two letters.

    `str.endswith` of a tuple compares the text with every word of it; `ends` compares it
    only with the words that end in the text's last two letters (every word has two or more:
    a text that ends with a word ends with its last two letters), `starts` likewise.

    >>> _Affixes(["to", "would"]).ends("he would"), _Affixes(["to"]).starts("told")
    (True, True)
    """

    __slots__ = ("_by_first", "_by_last", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(words)
        by_first: dict[str, list[str]] = {}
        by_last: dict[str, list[str]] = {}
        for word in self.words:
            if len(word) < _AFFIX:  # pragma: no cover (the tables have none)
                msg = f"{word!r} is shorter than {_AFFIX} letters"
                raise ValueError(msg)
            by_first.setdefault(word[:_AFFIX], []).append(word)
            by_last.setdefault(word[-_AFFIX:], []).append(word)
        self._by_first = {key: tuple(group) for key, group in by_first.items()}
        self._by_last = {key: tuple(group) for key, group in by_last.items()}

    def ends(self, text: str) -> bool:
        """
        ``text.endswith(self.words)``.
        """
        words = self._by_last.get(text[-_AFFIX:])
        return words is not None and text.endswith(words)

    def starts(self, text: str) -> bool:
        """
        ``text.startswith(self.words)``.
        """
        words = self._by_first.get(text[:_AFFIX])
        return words is not None and text.startswith(words)


#: How many letters `_Affixes` looks words up by.
_AFFIX: Final = 2


def _index_words(words: Iterable[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """
    The words, and the distinct four-letter prefixes that find them with `str.find`.
    """
    vocabulary = frozenset(word.lower() for word in words)
    return vocabulary, tuple(sorted({word[:_STEM] for word in vocabulary}))


_STEM: Final = 4
_ANCHORS: Final = _index_anchors(_CASUALTIES)
#: The words each gate's pattern is written with (what a word before its anchor must end with).
_GATE_WORDS: Final[dict[regex.Pattern[str], _Affixes]] = {
    compiled.pattern: _Affixes(GATE_WORDS[compiled.rule.id]) for compiled in _GATES
}
#: (gate, anchor word) where an ``anchor=end`` gate cannot match the anchor word alone.
_LED_GATES: Final = frozenset(
    (entry[5], word)
    for word, entries in _ANCHORS.items()
    for entry in entries
    if entry[3] and entry[5] is not None and entry[5].match(word, 0, len(word)) is None
)
#: How a gate is tried at an anchor word (see `match_sentence`).
_NO_GATE: Final = 0
_GATE_AT_START: Final = 1
_GATE_ALONE: Final = 2
_GATE_LED: Final = 3
_GATE_TRAILED: Final = 4
#: (gate, anchor word) where an ``anchor=start`` gate cannot match the anchor word alone: its
#: match goes on to the next word ("shot" is only "shot dead" or "shot and killed" to the
#: killed gate).
_TRAILED_GATES: Final = frozenset(
    (entry[5], word)
    for word, entries in _ANCHORS.items()
    for entry in entries
    if not entry[3] and entry[5] is not None and entry[5].match(f"{word} ") is None
)

_Entry = tuple[
    int,
    "regex.Pattern[str]",
    Rule,
    bool,
    bool,
    str,
    int,
    bool,
    tuple[str, ...],
    int,
    int,
    int,
    tuple[str, ...],
    tuple[str, ...],
    int,
]
_Block = tuple["regex.Pattern[str] | None", int, tuple[_Entry, ...]]


def _plan(word: str, entries: Sequence[_Anchor]) -> tuple[_Block, ...]:
    """
    The rules anchored on *word* as blocks of consecutive rules that share a gate.

    Each block is (its gate or ``None``, how the gate is tried at *word*: `_NO_GATE`,
    `_GATE_AT_START`, `_GATE_TRAILED`, `_GATE_ALONE` or `_GATE_LED`, its rules' entries
    without the gate). A
    gate that does not match rules out its whole block at once; the rules keep their order.
    """
    blocks: list[tuple[regex.Pattern[str] | None, int, list[_Entry]]] = []
    for entry in entries:
        gate, at_end = entry[5], entry[3]
        if gate is None:
            mode = _NO_GATE
        elif not at_end:
            mode = _GATE_TRAILED if (gate, word) in _TRAILED_GATES else _GATE_AT_START
        elif (gate, word) not in _LED_GATES:
            mode = _GATE_ALONE
        else:
            mode = _GATE_LED
        rest = (*entry[:5], *entry[6:])
        if blocks and blocks[-1][0] is gate and blocks[-1][1] == mode:
            blocks[-1][2].append(rest)
        else:
            blocks.append((gate, mode, [rest]))
    return tuple((gate, mode, tuple(rest)) for gate, mode, rest in blocks)


#: `_ANCHORS` as `_plan`\ s, by anchor word.
_PLANS: Final = {word: _plan(word, entries) for word, entries in _ANCHORS.items()}
#: The table positions of the rules whose match starts the sentence (``lead`` in their meta):
#: tried only where the anchor word is within `_REACH` of the sentence's start.
_LEADING: Final = frozenset(
    position for position, compiled in enumerate(_CASUALTIES) if compiled.rule.get("lead") == "yes"
)
#: `_rule_facts` of the table's rules, read once.
_RULE_FACTS: Final[dict[str, tuple[Rule, tuple[CasualtyKind, bool, bool]]]] = {}
_RULE_FACTS.update(
    (compiled.rule.id, (compiled.rule, _rule_facts(compiled.rule))) for compiled in _CASUALTIES
)
_ANCHOR_VOCABULARY, _ANCHOR_STEMS = _index_words(_ANCHORS)
_SPEECH_VOCABULARY, _SPEECH_STEMS = _index_words((*CASUALTY_LEXICON["speech_verb"], "according"))
_PLACE_VOCABULARY, _PLACE_STEMS = _index_words(
    ("in", "near", "at", "on", "outside", "inside", "across")
)
_BY_VOCABULARY, _BY_STEMS = _index_words(("by", "at"))
_CAUSE_FIRST, _CAUSE_STEMS = _index_words(
    "".join(itertools.takewhile(str.isalpha, phrase.lower()))
    for phrase in CASUALTY_LEXICON["cause"]
)
#: Words found with `find_words`, by what they are used for.
_VOCABULARIES: Final[dict[str, tuple[frozenset[str], tuple[str, ...]]]] = {
    "anchor": (_ANCHOR_VOCABULARY, _ANCHOR_STEMS),
    "speech": (_SPEECH_VOCABULARY, _SPEECH_STEMS),
    "cause": (_CAUSE_FIRST, _CAUSE_STEMS),
    "place": (_PLACE_VOCABULARY, _PLACE_STEMS),
    "by": (_BY_VOCABULARY, _BY_STEMS),
}
#: The vocabularies `_SentenceWords` fills in one pass, and which of them each word is in.
_FIELD_KEYS: Final = tuple(key for key in _VOCABULARIES if key != "anchor")
# A list, not a tuple: comparing with a tuple display narrows the name to a 4-tuple, which
# mypyc then reads from a static it stored as an object (its C did not compile).
if list(_FIELD_KEYS) != [
    "speech",
    "cause",
    "place",
    "by",
]:  # pragma: no cover (`_field_words` names them)
    msg = f"field vocabularies changed: {_FIELD_KEYS}"
    raise RuntimeError(msg)
_FIELD_WORDS: Final[dict[str, tuple[str, ...]]] = {
    word: tuple(key for key in _FIELD_KEYS if word in _VOCABULARIES[key][0])
    for key in _FIELD_KEYS
    for word in _VOCABULARIES[key][0]
}
#: How far back an ``anchor=end`` rule may reach from its anchor word.
_REACH: Final = 120
#: At most this many anchor words are read per sentence (a real sentence has a few).
_MAX_ANCHORS: Final = 64
#: The sort key of times: where they start.
_SPAN_START: Final = operator.attrgetter("span.start")
_START: Final = operator.attrgetter("start")
#: A tuple, not a set: ``in`` tests identity first, and an enum's hash is a Python call.
_CONTENT_ROLES: Final = (ParagraphRole.HEADLINE, ParagraphRole.LEDE, ParagraphRole.BODY)
#: How far after a passive verb a by-phrase may start and still name the perpetrator.
_BY_WINDOW: Final = 60
#: Count words of one person, with the rule that reads them: an article ("a man was killed",
#: "another man was shot"), or a reflexive, one who did it to themself ("shot and killed himself").
_ONE_COUNTS: Final = {
    **dict.fromkeys(("a", "an", "another"), "casualty.count.article"),
    **dict.fromkeys(("himself", "herself"), "casualty.count.reflexive"),
    # a conjunct's possessive ("his mother and 10 others"): one, of a singular head (`_adds`)
    **dict.fromkeys(("his", "her", "their"), "casualty.count.possessive"),
}
#: A word ending in a full stop longer than this is not an abbreviation.
_ABBREVIATION: Final = 5
_PRONOUN_VICTIMS: Final = frozenset({"he", "she", "we", "they", "those", "others", "many", "some"})
_PRONOUNS: Final = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "there"})


class _Mention:
    """
    One place the text tells of a casualty event, with the fields read around it.

    A plain class, native when compiled (hatch_build.py).
    """

    __slots__ = (
        "cause",
        "cause_span",
        "claimed_by",
        "count",
        "kind",
        "location",
        "location_span",
        "mentions",
        "names",
        "pending",
        "perpetrator",
        "referents",
        "rule_id",
        "span",
        "time",
        "trigger",
        "unread",
        "update",
        "victims",
        "wounds",
    )

    def __init__(
        self,
        *,
        kind: CasualtyKind,
        rule_id: str,
        span: Span,
        trigger: Span,
        update: bool,
        mentions: list[Span] | None = None,
    ) -> None:
        self.kind = kind
        self.rule_id = rule_id
        self.span = span
        self.trigger = trigger
        self.update = update
        self.count: Quantity | None = None
        self.victims: Actor | None = None
        self.perpetrator: Actor | None = None
        self.cause: str | None = None
        self.cause_span: Span | None = None
        self.claimed_by: Actor | None = None
        self.time: TimeExpression | None = None
        self.location: str | None = None
        self.location_span: Span | None = None
        self.mentions: list[Span] = [] if mentions is None else mentions
        #: What the pending fields are read from (`_read_pending`), and which are still unread.
        self.pending: _Pending | None = None
        self.unread: frozenset[str] = _UNREAD
        #: The words of the persons' names its victims and the victims of the mentions merged
        #: into it give (`_names`): "John" and "Smith" of "John Smith".
        self.names: frozenset[str] = frozenset()
        #: The mentions of a named person's wound merged into an injured record ("Smith, 52,
        #: was shot"), with their names, their victims and the record's victims before them:
        #: `_fold_shot_into_killed` moves those of a person the article reports killed into
        #: the killing.
        self.wounds: list[tuple[Span, frozenset[str], Actor | None, Actor | None]] | None = None
        #: The words of the names a "he" or "she" killed may refer to: those told before the
        #: pronoun in its sentence (`_referents`).
        self.referents: frozenset[str] = frozenset()


#: The fields a new mention has yet to read (`_read_pending`).
_UNREAD: Final = frozenset({"cause", "claimed_by", "location", "time"})


def extract_casualties(article: Article) -> tuple[Casualty, ...]:
    """
    Every casualty event in the article's content paragraphs, one record per event.

    Args:
        article: A segmented article; its ``times`` are used for the event time.

    Returns:
        The records in order of first mention.

    >>> from newsevents.model import Paragraph
    >>> text = "Gunmen killed 12 villagers in Kaduna."
    >>> para = Paragraph(span=Span(0, len(text)), role=ParagraphRole.BODY, sentences=(Span(0, len(text)),))
    >>> [(r.kind.value, r.victims.text, r.perpetrator.text, r.location) for r in extract_casualties(Article(text=text, paragraphs=(para,)))]
    [('killed', 'villagers', 'Gunmen', 'in Kaduna')]
    """
    text = article.text
    anchors = _find_words_in(text, _ANCHOR_VOCABULARY, _ANCHOR_STEMS, shared=True)
    if not anchors:
        return ()
    anchor_starts = [start for start, _ in anchors]
    published = article.published
    times = [
        time
        for time in article.times
        # Identity tests: an enum's hash is a Python call.
        if (time.type is TimexType.DATE or time.type is TimexType.TIME)
        and time.start is not None
        and (published is None or time.start <= published)
    ]
    times.sort(key=_SPAN_START)
    time_starts = [time.span.start for time in times]
    drafts: list[_Mention] = []
    for paragraph in article.paragraphs:
        if paragraph.role in _CONTENT_ROLES:
            merge_only = False
        elif paragraph.role is ParagraphRole.BOILERPLATE and paragraph.repeats is not None:
            merge_only = True
        else:
            continue
        first = bisect.bisect_left(anchor_starts, paragraph.span.start)
        if first == len(anchor_starts) or anchor_starts[first] >= paragraph.span.end:
            continue
        for sentence in paragraph.sentences:
            low = bisect.bisect_left(anchor_starts, sentence.start, first)
            if low == len(anchor_starts) or anchor_starts[low] >= sentence.end:
                continue
            sentence_anchors = _words_within(anchors, anchor_starts, sentence, low)
            if not sentence_anchors:
                continue
            chunk = text[sentence.start : sentence.end]
            found = _match_chunk(chunk, sentence_anchors)
            if not found:
                continue
            words = _SentenceWords(chunk, sentence_anchors)
            scopes: list[tuple[int, int]] | None = None
            for rule, match in found:
                mention = _build_core(
                    text,
                    sentence,
                    rule,
                    match,
                    sentence.start,
                    times=times,
                    time_starts=time_starts,
                    words=words,
                    paragraph=paragraph.span,
                )
                if mention.count is not None:
                    if scopes is None:
                        scopes = _statistic_scopes(chunk)
                    if scopes and _in_statistic(chunk, mention.span, sentence.start, scopes):
                        continue
                _merge(drafts, mention, merge_only=merge_only)
    drafts = _fold_shot_into_killed(text, drafts)
    content: tuple[Paragraph, ...] | None = None
    paragraph_times: dict[int, tuple[list[int], list[TimeExpression]]] = {}
    #: The time of the sentence that names the incident, read once where a record needs it.
    incident: TimeExpression | None = _UNTRIED
    for draft in drafts:
        if draft.time is None:
            if content is None:
                content = tuple(
                    paragraph
                    for paragraph in article.paragraphs
                    if paragraph.role in _CONTENT_ROLES
                )
            draft.time = _paragraph_time(
                article, draft, times, time_starts, paragraphs=content, cache=paragraph_times
            )
            if draft.time is None and draft.kind is not CasualtyKind.DETAINED:
                if incident is _UNTRIED:
                    incident = _incident_time(article, content, times, time_starts)
                    if incident is None and _leads(drafts, content):
                        told = sorted(span.start for each in drafts for span in each.mentions)
                        incident = _incident_time(
                            article, content, times, time_starts, unnamed=told
                        )
                draft.time = incident
    return tuple(_finish(text, draft) for draft in drafts)


#: What ends a clause between a count and a statistical scope after it.
_CLAUSE_BREAKS: Final = frozenset(",;:()—–")


#: Strings one of which every ``casualty.statistic.scope`` holds (lower case): a sentence with
#: none of them is not searched. Not "year", which most victims' ages hold ("a 25-year-old").
_STATISTIC_WORDS: Final = (
    "far",
    "year's",
    "year’s",
    "jan",
    "start",
    "beginning",
    "date",
    "those",
    "these",
)


def _statistic_scopes(chunk: str) -> list[tuple[int, int]]:
    """
    The spans of ``casualty.statistic.scope`` in the sentence *chunk*.

    Searched only where one of `_STATISTIC_WORDS` occurs (a cheap necessary test).
    """
    lowered = chunk.lower()
    if not any(word in lowered for word in _STATISTIC_WORDS):
        return []
    return [scope.span() for scope in _STATISTIC.finditer(chunk)]


def _in_statistic(chunk: str, span: Span, offset: int, scopes: list[tuple[int, int]]) -> bool:
    """
    Whether the count of the mention at *span* is told in a statistical scope of its sentence.

    *chunk* is the sentence, which starts at *offset*; *scopes* are the spans (in *chunk*) of
    ``casualty.statistic.scope``. A scope before the mention governs it ("So far this year,
    300 people have been killed"; "... in those shootings, and that does not include the 629
    who died"); one after it only in its clause ("750 people have been killed so far this
    year", but not "Two men were killed Sunday, bringing the total so far this year to 300").

    >>> text = "Two men died Sunday, bringing the toll so far this year to 30."
    >>> scopes = [scope.span() for scope in _STATISTIC.finditer(text)]
    >>> _in_statistic(text, Span(0, 12), 0, scopes)
    False
    >>> text = "More than 750 people have been killed so far this year."
    >>> scopes = [scope.span() for scope in _STATISTIC.finditer(text)]
    >>> _in_statistic(text, Span(0, 37), 0, scopes)
    True
    """
    start = span.start - offset
    end = span.end - offset
    for scope_start, scope_end in scopes:
        if scope_end <= start:
            return True
        if scope_start >= end and not _CLAUSE_BREAKS.intersection(chunk[end:scope_start]):
            return True
    return False


def _leads(drafts: Sequence[_Mention], paragraphs: Sequence[Paragraph]) -> bool:
    """
    Whether the first two content *paragraphs* (a headline and a lede) tell of a casualty.

    An article that leads with one is the report of the event, and its first time is the
    event's more often than not; one that tells of it in passing (a company's results, a
    rally) has its own times.
    """
    if not paragraphs:
        return False
    end = paragraphs[min(1, len(paragraphs) - 1)].span.end
    return any(span.start < end for draft in drafts for span in draft.mentions)


def _paragraph_time(
    article: Article,
    draft: _Mention,
    times: Sequence[TimeExpression],
    time_starts: Sequence[int],
    *,
    paragraphs: Sequence[Paragraph] | None = None,
    cache: dict[int, tuple[list[int], list[TimeExpression]]] | None = None,
) -> TimeExpression | None:
    """
    For a record whose sentences give no time: the first time in a paragraph it is told in.

    *cache* keeps, across the records of one article, each paragraph's sentence starts and
    candidate times (`_paragraph_times`) and, under ``-1``, the paragraphs' starts.

    News tells the time of an event once, usually in the lede ("early Sunday"), and refers
    back to the event without it.
    """
    if paragraphs is None:
        paragraphs = article.content_paragraphs
    detained = draft.kind is CasualtyKind.DETAINED
    mentions = sorted(draft.mentions, key=_START)
    mention_starts = [span.start for span in mentions]
    if cache is None:
        cache = {}
    if -1 not in cache:  # the paragraphs' starts, once for every record
        cache[-1] = ([paragraph.span.start for paragraph in paragraphs], [])
    paragraph_starts = cache[-1][0]
    told: set[int] = set()
    for span in mentions:
        index = bisect.bisect_right(paragraph_starts, span.start) - 1
        if index >= 0 and paragraphs[index].span.contains(span):
            told.add(index)
    for index in sorted(told):
        paragraph = paragraphs[index]
        if index not in cache:
            cache[index] = _paragraph_times(article.text, paragraph, times, time_starts)
        sentence_starts, candidates = cache[index]
        #: Times of another clause than a mention's, and times that refer back to one.
        excluded: set[Span] = set()
        for time in candidates:
            # An arrest's or a funeral's time is not the casualty's; it is the detention's.
            if not detained and _after_procedure(article.text, time.span.start, time.span.end):
                continue
            if time.anchor in excluded or _in_mention_clause(
                article.text, paragraph, sentence_starts, (mentions, mention_starts), time
            ):
                excluded.add(time.span)
                continue
            return time
    return None


def _paragraph_times(
    text: str, paragraph: Paragraph, times: Sequence[TimeExpression], time_starts: Sequence[int]
) -> tuple[list[int], list[TimeExpression]]:
    """
    The paragraph's sentence starts, and its times that are not a speech verb's.
    """
    chunk = paragraph.span.slice(text)
    candidates: list[TimeExpression] = []
    for time in times[bisect.bisect_left(time_starts, paragraph.span.start) :]:
        if time.span.start >= paragraph.span.end:
            break
        before = time.span.start - paragraph.span.start
        if not _after_speech(chunk, max(0, before - 40), before):
            candidates.append(time)
    return [sentence.start for sentence in paragraph.sentences], candidates


def _after_speech(chunk: str, low: int, end: int) -> bool:
    """
    Whether ``casualty.time.speech`` matches back from *end* ("said on "): the time is a telling's.

    The pattern ends with blanks and a speech verb or "on", "late", "early": the last words
    are tested first (a cheap necessary test), the pattern only where they pass.
    """
    window = chunk[low:end]
    if not window[-1:].isspace():
        return False
    tokens = _fold(window).split()
    if tokens and tokens[-1] in _SPEECH_FILLERS:
        tokens.pop()
    if not tokens or not _SPEECH_ENDINGS.ends(tokens[-1]):
        return False
    return _SPEECH_BEFORE.match(chunk, low, end) is not None


def _after_procedure(chunk: str, end: int, time_end: int) -> bool:
    """
    Whether the time from *end* to *time_end* is a procedure's, not the incident's.

    ``casualty.time.procedure`` matches back from *end*: a time of an arrest, a charge, a
    court date or a funeral ("was arrested on Monday").

    Not where the time modifies an incident noun after it (``casualty.time.incident_after``:
    "charged in the Dec. 21, 1988, bombing").
    """
    if not chunk[end - 1 : end].isspace():
        return False
    low = max(0, end - _PROCEDURE_REACH)
    # The rule ends with a procedure word and at most three words of letters: one of the
    # last four words is the last word of a procedure phrase (a cheap necessary test).
    if _PROCEDURE_LAST_WORDS.isdisjoint(_fold(chunk[low:end]).split()[-4:]):
        return False
    return (
        _PROCEDURE_BEFORE.match(chunk, low, end) is not None
        and _INCIDENT_AFTER.match(chunk, time_end, time_end + _PROCEDURE_REACH) is None
    )


#: The first letters (at most four) of the first word of each ``incident`` phrase ("shoo" of
#: "shooting", "air" of "air strike").
_INCIDENT_STEMS: Final = tuple(
    sorted({phrase.split()[0].split("-")[0][:4] for phrase in CASUALTY_LEXICON["incident"]})
)
#: How far back from a time `_after_procedure` reads (a procedure word and three more).
_PROCEDURE_REACH: Final = 80
#: The last words of the ``procedure`` phrases.
_PROCEDURE_LAST_WORDS: Final = frozenset(
    phrase.split()[-1].lower() for phrase in CASUALTY_LEXICON["procedure"]
)


def _incident_time(
    article: Article,
    paragraphs: Sequence[Paragraph],
    times: Sequence[TimeExpression],
    time_starts: Sequence[int],
    *,
    unnamed: Sequence[int] | None = None,
) -> TimeExpression | None:
    """
    The time of the first sentence that names the incident with a time of one day.

    News tells when it happened where it names it ("a shooting", "the attack": "charged in
    a shooting at the NC Music Factory on Friday night"). With *unnamed*, the sorted starts
    of the casualty mentions, the first time of one day of any sentence that holds none of
    them, for an article that names the incident with no time: its first time is still the
    event's more often than its publication day is ("Teen accidentally shot and killed ...
    Deputies were called Sunday morning"), if it is recent (`_recent`). A sentence with a
    mention is left out: its times were its records' to take, and a time one did not take is
    another clause's; so is a time that refers back to another ("since then").

    Times of a speech verb and of a procedure (`_after_procedure`) are left out.
    """
    text = article.text
    for paragraph in paragraphs:
        low = bisect.bisect_left(time_starts, paragraph.span.start)
        if low == len(times) or times[low].span.start >= paragraph.span.end:
            continue
        for sentence in paragraph.sentences:
            low = bisect.bisect_left(time_starts, sentence.start, low)
            if low == len(times) or times[low].span.start >= sentence.end:
                continue
            chunk = text[sentence.start : sentence.end]
            if unnamed is not None:
                told = bisect.bisect_left(unnamed, sentence.start)
                if told < len(unnamed) and unnamed[told] < sentence.end:
                    continue
            else:
                # Every incident word holds one of the stems (a cheap necessary test).
                folded = _fold(chunk)
                if not any(stem in folded for stem in _INCIDENT_STEMS):
                    continue
                if _INCIDENT.search(chunk) is None:
                    continue
            for time in times[low:]:
                if time.span.start >= sentence.end:
                    break
                before = time.span.start - sentence.start
                if (
                    time.span.end <= sentence.end
                    and time.start is not None
                    and time.start == time.end
                    and not _after_speech(chunk, max(0, before - 40), before)
                    and not _after_procedure(chunk, before, time.span.end - sentence.start)
                    and (unnamed is None or (time.anchor is None and _recent(time, article)))
                ):
                    return time
    return None


def _recent(time: TimeExpression, article: Article) -> bool:
    """
    Whether *time* falls in the three months before the article's date, or on the day after.

    A day read off a sentence that does not name the incident is its day only if the news is
    fairly fresh (a follow-up may come weeks later): "celebrate a traditional St. Patrick's
    Day" in a promotion eight months off is not.
    """
    published = article.published
    if published is None or time.start is None:
        return True
    return -_RECENT_DAYS <= (time.start - published).days <= 1


#: How many days before the article a day of a sentence without the incident may be its day:
#: a season, as follow-ups (an arrest, a funeral, a charge) come weeks to months later.
_RECENT_DAYS: Final = 92


def _in_mention_clause(
    text: str,
    paragraph: Paragraph,
    sentence_starts: Sequence[int],
    mentions: tuple[Sequence[Span], Sequence[int]],
    time: TimeExpression,
) -> bool:
    """
    Whether *time* is in another clause than a mention in its sentence.

    *mentions* are the record's mention spans sorted by start, and their starts; see
    `_in_other_clause`.
    """
    index = bisect.bisect_right(sentence_starts, time.span.start) - 1
    if index < 0 or not paragraph.sentences[index].contains(time.span):
        return False
    sentence = paragraph.sentences[index]
    spans, starts = mentions
    low = bisect.bisect_left(starts, time.span.end)
    high = bisect.bisect_left(starts, sentence.end)
    return any(
        sentence.contains(span) and _other_clause(text, time.span.end, span.start)
        for span in spans[low:high]
    )


def _fold_shot_into_killed(text: str, drafts: list[_Mention]) -> list[_Mention]:
    """
    Fold "he was shot" and "gunshot wounds" into the killing they led to.

    An injured mention with no figure whose victims are unnamed, a singular pronoun or a name
    the killing's victims share, and whose words are of shooting or wounds, tells of the
    person the article reports killed. Where the article's first killing is of one person,
    so does one told of as known (`_told_as_known`): "A boy died ... The boy was shot in the
    chest", "Man dies ... Brian Pickle was shot" (a name where the killing gives none).
    """
    killed = next((draft for draft in drafts if draft.kind is CasualtyKind.KILLED), None)
    if killed is None:
        return drafts
    # A plural noun with no figure ("homicides") tells of no one killing.
    killed_one = (
        _of_one(killed.count)
        and (
            killed.victims is None
            or bool(killed.names)
            or _generic_one(killed.victims, CasualtyKind.KILLED)
        )
        and killed.trigger.slice(text).lower() not in _PLURAL_DEATHS
    )
    #: The capitalised words of the killings' victims ("Smith" of "John Smith"), once.
    killed_names: set[str] = set()
    for draft in drafts:
        if draft.kind is CasualtyKind.KILLED:
            killed_names |= draft.names
            killed_names |= draft.referents
            if draft.victims is not None:
                killed_names |= _capitalised(draft.victims)
    kept: list[_Mention] = []
    for draft in drafts:
        if draft.wounds is not None and not killed_names.isdisjoint(draft.names):
            _fold_wounds(draft, drafts, killed, killed_names)
        victims = draft.victims
        count = draft.count
        # "the boy shot himself" where the article reports a killing: the shot that killed.
        reflexive = count is not None and count.rule_id == "casualty.count.reflexive"
        # "Smith shot a man ... The man died": one person shot is the one killed.
        shot_one = draft.rule_id in _SHOT_RULES and _of_one(count)
        if (
            draft.kind is CasualtyKind.INJURED
            and (count is None or reflexive or shot_one)
            and (
                reflexive
                or shot_one
                or victims is None
                or victims.text.lower() in {"he", "she"}
                or not _capitalised(victims).isdisjoint(killed_names)
                or (killed_one and _told_as_known(text, draft, named=bool(killed.names)))
            )
            and (reflexive or shot_one or _is_wound(text, draft.trigger))
        ):
            killed.mentions.extend(draft.mentions)
            if (
                reflexive
                and (killed.victims is None or killed.victims.text.lower() in _ONE_PRONOUNS)
                and killed.count is None
            ):
                # "The boy shot himself. He died at the hospital.": the boy is the one killed.
                killed.victims, killed.count = victims, count
            continue
        kept.append(draft)
    return kept


def _told_as_known(text: str, draft: _Mention, *, named: bool) -> bool:
    """
    Whether an injured mention's victims are one person the reader already knows of.

    That is a singular noun after "the" or a possessive ("The girl was shot", "his son had
    been shot"), or a person's name where the killing (*named*) gives none ("Brian Pickle
    was shot"). Not where the words of any of its mentions say it is another person or more
    than one ("was also shot", "were shot"), and not the object of an active verb, whose
    agent shot someone else ("he wounded his father").
    """
    victims = draft.victims
    if victims is None or draft.rule_id in _OTHER_VICTIM_RULES:
        return False
    for span in draft.mentions:
        if not _NOT_KNOWN_ONE.isdisjoint(_fold(span.slice(text)).split()):
            return False
    if draft.names:
        return not named
    before = text[max(0, victims.span.start - 8) : victims.span.start].split()
    return (
        bool(before)
        and before[-1].lower() in _KNOWN_DETERMINERS
        and _SINGULAR_WORD.fullmatch(_head(victims.text)) is not None
    )


#: The rules of "shot" with an object ("shot a man") and of a headline's one person ("Teen
#: shot in Durham"): where the article reports a killing, the one person shot is the one
#: killed (`_fold_shot_into_killed`).
_SHOT_RULES: Final = frozenset({"casualty.injured.shot", "casualty.injured.headline"})
#: Nouns of deaths in the plural: a killing told with one and no figure is of no one person.
_PLURAL_DEATHS: Final = frozenset({"deaths", "fatalities", "homicides", "killings", "murders"})
#: Rules whose victims are the object of someone's act, not a person told of before.
_OTHER_VICTIM_RULES: Final = frozenset({"casualty.injured.active"})
#: Determiners of a person the reader knows of: "the boy", "his son".
_KNOWN_DETERMINERS: Final = frozenset({"the", "his", "her", "their"})
#: Words that tell of a person besides one told of before ("was also shot"), or of more
#: than one ("were shot").
_NOT_KNOWN_ONE: Final = frozenset({"also", "too", "another", "other", "were", "both"})


def _fold_wounds(
    draft: _Mention, drafts: Sequence[_Mention], killed: _Mention, killed_names: set[str]
) -> None:
    """
    Move the wounds of a person the article reports killed from *draft* into the killing.

    "Snipers injured two doctors. ... Smith, 52, was shot with a rifle." where "the death of
    Dr. John Smith" is told: Smith's shot is the killing's, not one of the injuries. The
    killing is the one whose names hold the person's (else the first, *killed*); the record
    gets back the victims it had before the wound gave it its own.
    """
    wounds = draft.wounds or []
    for span, names, victims, previous in wounds:
        if killed_names.isdisjoint(names):
            continue
        into = next(
            (
                other
                for other in drafts
                if other.kind is CasualtyKind.KILLED and not other.names.isdisjoint(names)
            ),
            killed,
        )
        if span in draft.mentions and span is not draft.span:
            draft.mentions.remove(span)
            into.mentions.append(span)
            if draft.victims is victims:
                draft.victims = previous


def _referents(chunk: str, end: int) -> frozenset[str]:
    """
    The words of the names told in *chunk* before *end*, in lower case.

    A "he" or "she" killed refers to a person the sentence named before it: "Dr. Ann Cole,
    just back from work, was in her kitchen when she was shot dead". Only a wound told of
    the same name is folded into the killing with them (`_fold_shot_into_killed`).
    """
    words: set[str] = set()
    for match in _NAME_WORDS.finditer(chunk, 0, max(0, end)):
        words.update(
            word.strip(_PUNCTUATION).lower()
            for word in match.group().split()
            if len(word) > 1 and not word.endswith(".")
        )
    return frozenset(words)


def _is_wound(text: str, trigger: Span) -> bool:
    """
    Whether the trigger's last word is of shooting or wounds ("was shot", "gunshot wounds").
    """
    words = trigger.slice(text).lower().split()
    return bool(words) and words[-1] in _WOUND_WORDS


def _capitalised(victims: Actor) -> set[str]:
    """
    The capitalised words of a victim phrase, in lower case: "Smith" and "John Smith" share one.
    """
    return {word.lower() for word in victims.text.split() if word[:1].isupper()}


_WOUND_WORDS: Final = frozenset({"shot", "wound", "wounds", "struck", "hit", "wounded"})
#: The last words of victim and agent heads: a capitalised phrase that ends with one ("Tulsa
#: Man", "Children") names no person.
_HEAD_ENDS: Final = frozenset(
    phrase.split()[-1].lower()
    for name in ("victim_head", "agent_head")
    for phrase in CASUALTY_LEXICON[name]
)
_NO_NAMES: Final[frozenset[str]] = frozenset()
#: The pronouns of one person a killing's victims may be ("he was shot dead").
_ONE_PRONOUNS: Final = frozenset({"he", "she"})


def _names(text: str, victims: Actor | None, rule_id: str) -> frozenset[str]:
    """
    The words of a person's name that *victims* are, in lower case ("john", "smith").

    A name is a phrase of capitalised words that ends with no victim or agent head, names no
    country ("a man", "Tulsa Man", "Americans" are none) and no institution, place or thing
    (``INSTITUTION_WORDS``: "Elm Grove High School"). A phrase after a
    preposition (``_NAME_OF_RULES`` aside) or after a capitalised word is a
    place or a piece of a longer phrase: "Ann Cole, 27, of Dunmore", "in North Dakota", "Man
    Dies After Argument Turns Violent", "of West 12th Street"; one a word or two after a
    determiner is a thing: "the blue Ford Focus was struck". Titles and initials ("Dr.", "A.")
    are left out, and a phrase in capitals ("LITTLE JOHNNY") is a headline's.
    """
    if victims is None or victims.country is not None:
        return _NO_NAMES
    words = victims.text.split()
    if not words or any(not word[:1].isupper() for word in words) or victims.text.isupper():
        return _NO_NAMES
    last = words[-1].strip(_PUNCTUATION).lower()
    if last in _HEAD_ENDS or last in _PRONOUNS or last in INSTITUTION_WORDS:
        return _NO_NAMES
    start = victims.span.start
    before = text[max(0, start - 32) : start].split()
    if before and rule_id not in _NAME_OF_RULES:
        previous = before[-1]
        if (
            previous[:1].isupper() or (previous[:1].isdigit() and not previous.endswith("old"))
        ) and not previous.endswith((".", ":", '"', "”")):
            return _NO_NAMES
        if previous.lower() in _NAME_PREPOSITIONS or previous.lower() in _DETERMINERS:
            return _NO_NAMES
        if (
            len(before) > 1
            and before[-2].lower() in _DETERMINERS
            and previous.isalpha()
            and previous.islower()
        ):
            return _NO_NAMES
    return frozenset(
        word.strip(_PUNCTUATION).lower()
        for word in words
        if len(word) > 1 and not word.endswith(".")
    )


#: The rules whose victims follow a preposition and are a name all the same ("the death of",
#: "the fatal shooting of": their of-phrase is a name or a victim phrase).
_NAME_OF_RULES: Final = frozenset({"casualty.killed.death_of_name", "casualty.killed.fatal"})
#: Prepositions before a capitalised phrase that make it a place ("of Dunmore", "in Cedar
#: Springs").
_NAME_PREPOSITIONS: Final = frozenset(
    {"in", "of", "at", "from", "near", "on", "to", "for", "by", "with", "into", "outside", "inside"}
)
#: Determiners a word or two before a capitalised phrase that make it a thing's name.
_DETERMINERS: Final = frozenset({"the", "a", "an"})


def _words_within(
    words: Sequence[tuple[int, int]], starts: Sequence[int], sentence: Span, low: int = -1
) -> list[tuple[int, int]]:
    """
    The words inside *sentence*, as offsets into the sentence.

    *low* is the index of the first word starting in it, where known.
    """
    if low < 0:
        low = bisect.bisect_left(starts, sentence.start)
    high = bisect.bisect_left(starts, sentence.end, low)
    shift = sentence.start
    stop = sentence.end
    return [(start - shift, end - shift) for start, end in words[low:high] if end <= stop]


class _SentenceWords(dict[str, list[tuple[int, int]]]):
    """
    A sentence's words by vocabulary, each found with `find_words` when first asked for.

    *anchor* gives the anchor words where they are known; *lowered* the sentence in lower
    case (`lower_in_place`), where it is at hand.
    """

    __slots__ = ("_chunk", "_lowered", "cache")

    def __init__(
        self,
        chunk: str,
        anchor: list[tuple[int, int]] | None = None,
        *,
        lowered: str | None = None,
    ) -> None:
        self._chunk = chunk
        self._lowered = lowered
        self.cache: _SentenceCache | None = None
        if anchor is not None:
            self["anchor"] = anchor

    def __missing__(self, name: str) -> list[tuple[int, int]]:
        letters = lower_letters(self._chunk) if self._lowered is None else None
        if letters is None and self._lowered is None:
            self._lowered = lower_in_place(self._chunk)
        if name == "anchor":
            vocabulary, stems = _VOCABULARIES[name]
            words = _find_words_in(self._chunk, vocabulary, stems, lowered=self._lowered)
            self[name] = words
            return words
        # One pass over the sentence's words fills every other vocabulary.
        if _FIELD_ASCII is None:
            found = _field_words_by_token(self._lowered or lower_in_place(self._chunk))
        elif letters is not None:
            # The field words read the letters, and blanks and punctuation around them:
            # the sentence as written has those where its lower case has them.
            found = _field_words(self._chunk, letters)
        else:
            found = _field_words(self._lowered or self._chunk)
        self.update(found)
        return self[name]


def _field_words(lowered: str, letters: bytes | None = None) -> dict[str, list[tuple[int, int]]]:
    """
    The words of each field vocabulary in *lowered*, as `_field_words_by_token` finds them.

    A C pass tells which vocabulary words stand between non-letters at all; each such place
    is kept where its whitespace-delimited token (hyphens, slashes, dashes and apostrophes
    split tokens too) is the word with only punctuation around it. *letters* is
    ``ascii_letters(lowered)`` where known (`_letters`: then *lowered* may be the text as
    written, which has its blanks and punctuation where its lower case does).
    """
    found: dict[str, list[tuple[int, int]]] = {"speech": [], "cause": [], "place": [], "by": []}
    if letters is None:
        letters = ascii_letters(lowered)
    assert _FIELD_ASCII is not None  # noqa: S101 (checked by the caller)
    runs = letters.split()
    if _FIELD_ASCII.isdisjoint(runs):
        return found
    padded = b" " + letters + b" "
    size = len(lowered)
    # The runs of letters in text order: the first whole run equal to a field word after the
    # last one found is this one (`_find_words_in`), so the sentence is searched once and
    # the places come in order.
    position = 0
    for run in runs:
        entry = _FIELD_NEEDLES.get(run)
        if entry is None:
            continue
        needle, length, keys = entry
        position = padded.find(needle, position)
        if position < 0:  # pragma: no cover (each run is in the letters)
            break
        # *position* is the space before the word in *padded*: the word's start in *lowered*.
        end = position + length
        if (
            (position == 0 or lowered[position - 1] == " ") and (end == size or lowered[end] == " ")
        ) or _stands_alone(lowered, position, end):
            for key in keys:
                found[key].append((position, end))
        position = end + 1
    return found


def _stands_alone(lowered: str, start: int, end: int) -> bool:
    """
    Whether only punctuation stands between ``lowered[start:end]`` and its token's ends.
    """
    size = len(lowered)
    if (start == 0 or lowered[start - 1] == " ") and (end == size or lowered[end] == " "):
        return True  # the usual case: blanks around the word
    index = start - 1
    while index >= 0:
        char = lowered[index]
        if char.isspace() or char in _BREAK_CHARS:
            break
        if char not in _PUNCTUATION:
            return False
        index -= 1
    index = end
    while index < size:
        char = lowered[index]
        if char.isspace() or char in _BREAK_CHARS:
            break
        if char not in _PUNCTUATION:
            return False
        index += 1
    return True


def _field_words_by_token(lowered: str) -> dict[str, list[tuple[int, int]]]:
    """
    The words of each field vocabulary in *lowered*, token by token.

    Tokens are split at whitespace and `_WORD_BREAKS` and stripped of punctuation.
    """
    found: dict[str, list[tuple[int, int]]] = {key: [] for key in _FIELD_KEYS}
    spaced = lowered.translate(_WORD_BREAKS)
    position = 0
    for token in spaced.split():
        word = token.strip(_PUNCTUATION)
        keys = _FIELD_WORDS.get(word)
        if keys is None:
            continue
        # The next whole token equal to this one: an equal token in between would have
        # been a hit too, so tokens skipped since *position* cannot be mistaken for it.
        start = spaced.find(token, position)
        while (start > 0 and not spaced[start - 1].isspace()) or (
            start + len(token) < len(spaced) and not spaced[start + len(token)].isspace()
        ):
            start = spaced.find(token, start + 1)
        position = start + len(token)
        start += token.find(word)
        for key in keys:
            found[key].append((start, start + len(word)))
    return found


def _sentence_words(chunk: str) -> _SentenceWords:
    """
    The words of every vocabulary in *chunk*, found as they are needed.
    """
    return _SentenceWords(chunk)


def find_words(
    lowered: str,
    vocabulary: frozenset[str],
    stems: Sequence[str],
    start: int = 0,
    end: int | None = None,
) -> list[tuple[int, int]]:
    """
    The ``(start, end)`` of every whole word of *vocabulary* in ``lowered[start:end]``.

    *lowered* is the text in lower case (same length); *stems* the prefixes of the words.
    A word is a maximal run of letters (`str.isalpha`). Where every word of the vocabulary is
    ASCII, one C pass (encode, translate, split) tells which of them occur at all, and only
    those are looked for with `str.find`; otherwise each stem is.

    >>> find_words("two were killed", frozenset({"killed"}), ("kill",))
    [(9, 15)]
    """
    stop = len(lowered) if end is None else end
    ascii_words = _ascii_words(vocabulary)
    if ascii_words is None:
        return _find_stems(lowered, vocabulary, stems, start, stop)
    tokens = ascii_letters(lowered[start:stop]).split()
    present = ascii_words.intersection(tokens)
    if not present:
        return []
    found: list[tuple[int, int]] = []
    for token in present:
        word = token.decode("ascii")
        size = len(word)
        position = lowered.find(word, start, stop)
        while position >= 0:
            word_end = position + size
            if (position == 0 or not lowered[position - 1].isalpha()) and (
                word_end >= stop or not lowered[word_end].isalpha()
            ):
                found.append((position, word_end))
            position = lowered.find(word, position + 1, stop)
    found.sort()
    return found


def _find_words_in(
    text: str,
    vocabulary: frozenset[str],
    stems: Sequence[str],
    *,
    lowered: str | None = None,
    shared: bool = False,
) -> list[tuple[int, int]]:
    """
    `find_words` of ``lower_in_place(text)`` (given as *lowered* where at hand), read from *text*.

    With *shared*, *text* is the article's and its words are `letter_words`', which the other
    stages read too.

    Where `lower_letters` reads *text* itself, no lower-case copy is made: the words are looked
    for in its letters, and a letter stands next to a place in *text* where one stands in its
    lower case (`str.isalpha` holds alike for a character and its lower case).
    """
    ascii_words = _ascii_words(vocabulary)
    letters: bytes | None = None
    runs: tuple[bytes, ...] = ()
    if lowered is None and ascii_words is not None:
        if shared:
            words = letter_words(text)
            if words is not None:
                letters, runs = words
        else:
            letters = lower_letters(text)
            if letters is not None:
                runs = tuple(letters.split())
    if letters is None or ascii_words is None:
        return find_words(lower_in_place(text) if lowered is None else lowered, vocabulary, stems)
    spelled = letters.decode("ascii")
    stop = len(text)
    found: list[tuple[int, int]] = []
    # The runs of letters in text order (a set look-up each, as a set intersection would do),
    # each word found after the last one found: of the runs equal to a word, the first whole
    # one after it is this one (an equal run between would have been found first), so the
    # text is searched once, not once a word.
    position = 0
    for run in runs:
        if run not in ascii_words:
            continue
        word = run.decode("ascii")
        size = len(word)
        position = spelled.find(word, position)
        # Skip the word inside longer runs ("shot" in "gunshot").
        while position >= 0 and (
            (position > 0 and spelled[position - 1] != " ")
            or (position + size < stop and spelled[position + size] != " ")
        ):
            position = spelled.find(word, position + 1)
        if position < 0:  # pragma: no cover (each run is in the letters)
            break
        word_end = position + size
        # Blanks in the letters stand beside it: an ASCII character there is no letter, so
        # only one outside ASCII may be ("é" of "cafékilled").
        if (
            position == 0
            or ord(text[position - 1]) < _ASCII_END
            or not text[position - 1].isalpha()
        ) and (
            word_end >= stop or ord(text[word_end]) < _ASCII_END or not text[word_end].isalpha()
        ):
            found.append((position, word_end))
        position = word_end
    return found


#: The first code point outside ASCII.
_ASCII_END: Final = 128


@functools.lru_cache(maxsize=64)
def _ascii_words(vocabulary: frozenset[str]) -> frozenset[bytes] | None:
    """
    The vocabulary as bytes, where every word is ASCII lower-case letters; else ``None``.
    """
    if all(word.isascii() and word.isalpha() and word.islower() for word in vocabulary):
        return frozenset(word.encode("ascii") for word in vocabulary)
    return None


#: The count words as ASCII bytes (for `_count_before`), or ``None``.
_COUNT_ASCII: Final = _ascii_words(COUNT_WORDS)
#: The field words as ASCII bytes (for `_field_words`), or ``None`` if one is not ASCII letters.
_FIELD_ASCII: Final = _ascii_words(frozenset(_FIELD_WORDS))
#: For each field word as bytes: what `_field_words` looks for (the word with a blank on each
#: side), its length, and the vocabularies it is in.
_FIELD_NEEDLES: Final[dict[bytes, tuple[bytes, int, tuple[str, ...]]]] = {
    token: (b" " + token + b" ", len(token), _FIELD_WORDS[token.decode("ascii")])
    for token in _FIELD_ASCII or ()
}


def _find_stems(
    lowered: str, vocabulary: frozenset[str], stems: Sequence[str], start: int, stop: int
) -> list[tuple[int, int]]:
    """
    `find_words` for any vocabulary: every occurrence of each stem, widened to its word.
    """
    found: set[tuple[int, int]] = set()
    for stem in stems:
        position = lowered.find(stem, start, stop)
        while position >= 0:
            if position == 0 or not lowered[position - 1].isalpha():
                word_end = position + len(stem)
                while word_end < stop and lowered[word_end].isalpha():
                    word_end += 1
                if lowered[position:word_end] in vocabulary:
                    found.add((position, word_end))
            position = lowered.find(stem, position + 1, stop)
    return sorted(found)


def match_sentence(
    text: str, sentence: Span, *, words: Mapping[str, Sequence[tuple[int, int]]] | None = None
) -> Iterator[tuple[Rule, regex.Match[str], int]]:
    """
    Yield the casualty constructions in *sentence* of *text*, without overlaps.

    Each rule is tried only at its anchor words. Of overlapping matches the one from the
    earlier rule in the table wins where they are of the same kind or share the trigger word.
    Matches index the sentence string; the third item is the sentence's offset in *text*.

    >>> [(rule.id, match.group()) for rule, match, _ in match_sentence("12 people were killed.", Span(0, 22))]
    [('casualty.killed.passive', '12 people were killed')]
    """
    chunk = text[sentence.start : sentence.end]
    if words is None:
        words = _sentence_words(chunk)
    for rule, match in _match_chunk(chunk, words["anchor"]):
        yield rule, match, sentence.start


def _match_chunk(
    chunk: str, anchors: Sequence[tuple[int, int]]
) -> list[tuple[Rule, regex.Match[str]]]:
    """
    `match_sentence` of the sentence string *chunk* with these anchor words, as a list.
    """
    anchors = anchors[:_MAX_ANCHORS]
    if not anchors:
        return []
    candidates: list[tuple[int, int, int, str, int, int, Rule, regex.Match[str]]] = []
    for word_start, word_end in anchors:
        candidate = _match_at(chunk, word_start, word_end)
        if candidate is not None:
            candidates.append(candidate)
    if len(candidates) > 1:
        candidates.sort(key=_by_position)
    accepted: list[tuple[str, int, int, int, int]] = []
    found: list[tuple[int, Rule, regex.Match[str]]] = []
    for _position, start, end, kind, trigger_start, trigger_end, rule, match in candidates:
        overlaps = False
        for other_kind, other_start, other_end, other_trigger_start, other_trigger_end in accepted:
            if (kind == other_kind and start < other_end and other_start < end) or (
                trigger_start < other_trigger_end and other_trigger_start < trigger_end
            ):
                overlaps = True
                break
        if overlaps:
            continue
        accepted.append((kind, start, end, trigger_start, trigger_end))
        found.append((start, rule, match))
    if len(found) > 1:
        found.sort(key=_by_start)
    return [(rule, match) for _start, rule, match in found]


def _match_at(
    chunk: str, word_start: int, word_end: int
) -> tuple[int, int, int, str, int, int, Rule, regex.Match[str]] | None:
    """
    The first rule's match at the anchor word ``chunk[word_start:word_end]``, as a candidate.

    The rules are tried in table order (`_PLANS`), each only where its cheap necessary tests
    pass; the words before the anchor that several tests read are split once.
    """
    word = chunk[word_start:word_end].lower()
    back = max(0, word_start - _REACH)
    #: The whitespace-separated words of ``chunk[back:word_start]``, split once when needed.
    tokens: list[str] | None = None
    has_count: bool | None = None
    #: `_subject_may_end` with and without *count*, once each.
    count_subject: bool | None = None
    victims_subject: bool | None = None
    pronoun_subject: bool | None = None
    postmodified_subject: bool | None = None
    tail: str | None = None
    gates: dict[regex.Pattern[str], regex.Match[str] | None] = {}
    for gate, mode, entries in _PLANS[word]:
        verb: regex.Match[str] | None = None
        if gate is not None:
            verb = gates.get(gate, _UNTRIED)
            if verb is _UNTRIED:
                if mode == _GATE_ALONE:
                    # The anchor word alone is one of the gate's verbs, and a match back
                    # from its end sees nothing after it: the gate matches.
                    verb = _ALONE
                elif mode == _GATE_LED:
                    if tokens is None:
                        tokens = chunk[back:word_start].split()
                    if tokens and _GATE_WORDS[gate].ends(_fold(tokens[-1])):  # `_led`
                        verb = gate.match(chunk, back, word_end)
                    else:
                        verb = None
                elif _start_gate_may_match(chunk, word_end, gate, trailed=mode == _GATE_TRAILED):
                    verb = gate.match(chunk, word_start)
                else:
                    verb = None
                gates[gate] = verb
            if verb is None:
                continue
        for (
            position,
            pattern,
            rule,
            at_end,
            needs_count,
            kind,
            subject,
            takes_object,
            after,
            trigger_index,
            victims_index,
            count_words,
            next_words,
            before,
            before_words,
        ) in entries:
            if next_words and _first_after(chunk, word_end) not in next_words:
                continue
            # A rule that starts the sentence (``^``) cannot match from a later *back*.
            if back and position in _LEADING:
                continue
            if before_words:
                if tokens is None:
                    tokens = chunk[back:word_start].split()
                if not _ends_one_of(tokens, before, before_words):
                    continue
            if after:
                if tail is None:
                    tail = _fold(chunk[word_end:])
                if not any(word in tail for word in after):
                    continue
            # The count's last word is one of the few before the anchor.
            if count_words >= 0:
                if tokens is None:
                    tokens = chunk[back:word_start].split()
                if not any(
                    _ends_count(token, token.lower() if token.isascii() else _fold(token))
                    for token in tokens[-(count_words + 1) :]
                ):  # `_count_near` (ASCII words fold as they lower-case)
                    continue
            if subject:
                if tokens is None:
                    tokens = chunk[back:word_start].split()
                # (Before `_count_in`: both are necessary tests, and this one fails as often
                # for a fraction of the cost.)
                if subject == _COUNT_SUBJECT:
                    if count_subject is None:
                        count_subject = _count_subject_may_end(tokens)
                    if not count_subject:
                        continue
                elif subject == _VICTIMS_SUBJECT:
                    if victims_subject is None:
                        victims_subject = _victims_subject_may_end(tokens)
                    if not victims_subject:
                        continue
                elif subject == _POSTMODIFIED_SUBJECT:
                    if postmodified_subject is None:
                        postmodified_subject = _postmodified_may_end(tokens)
                    if not postmodified_subject:
                        continue
                else:
                    if pronoun_subject is None:
                        pronoun_subject = _pronoun_may_end(tokens)
                    if not pronoun_subject:
                        continue
            if needs_count:
                if has_count is None:
                    has_count = _count_in(chunk[back:word_start])
                if not has_count:
                    continue
            if takes_object and verb is not None and not _object_may_start(chunk, verb.end()):
                continue
            if at_end:
                match = pattern.match(chunk, back, word_end)
            else:
                match = pattern.match(chunk, word_start)
            if match is None:
                continue
            start, end = match.span()
            if start == end:
                continue
            trigger_start, trigger_end = match.span(trigger_index)
            if _is_unreal_at(
                chunk,
                trigger_start,
                trigger_end,
                match.span(victims_index)[1] if at_end and victims_index else -1,
            ):
                continue
            # Later rules at this word would share its trigger and lose to this one.
            return (position, start, end, kind, trigger_start, trigger_end, rule, match)
    return None


def _start_gate_may_match(
    chunk: str, word_end: int, gate: regex.Pattern[str], *, trailed: bool
) -> bool:
    """
    Whether an ``anchor=start`` gate may match at the anchor word that ends at *word_end*.

    A gate read forwards goes on from its verb with blanks; where it cannot end with the
    anchor word (*trailed*, `_TRAILED_GATES`: "shot" of "shot dead"), the next word starts
    as one of the gate's own words (`_GATE_WORDS`) does. A cheap necessary test.
    """
    if not chunk[word_end : word_end + 1].isspace():
        return False
    return not trailed or _GATE_WORDS[gate].starts(_first_after(chunk, word_end))


def _ends_one_of(tokens: Sequence[str], words: tuple[str, ...], count: int) -> bool:
    """
    Whether one of the last *count* of *tokens*, folded, ends with one of *words*.

    The ``before`` test of a rule (its ``before`` words within ``before_words`` words).

    >>> _ends_one_of("he was also".split(), ("was", "were"), 2)
    True
    """
    return any(
        (token.lower() if token.isascii() else _fold(token)).endswith(words)
        for token in tokens[-count:]
    )


def _first_after(chunk: str, end: int) -> str:
    """
    The word after the blanks at *end*, folded; ``""`` where no blank or no word is there.
    """
    if not chunk[end : end + 1].isspace():
        return ""
    words = _first_words(chunk, end, 1)
    if not words:
        return ""
    word = words[0]
    return word.lower() if word.isascii() else _fold(word)


#: A gate not yet tried at an anchor word (a gate's result is a match or ``None``).
_UNTRIED: Final[Any] = object()
#: What an ``anchor=end`` gate gives where its anchor word alone is one of its verbs (only
#: ``anchor=start`` rules read where their gate's match ends).
_ALONE: Final[Any] = object()


def _led(chunk: str, back: int, start: int, gate: regex.Pattern[str]) -> bool:
    """
    Whether the word before *start* ends with one of *gate*'s own words (`_GATE_WORDS`).

    Where the gate cannot match its anchor word alone ("shot" is only "fatally shot" to the
    killed gate), its match must take the word before it: a cheap necessary test.
    """
    before = chunk[back:start].rsplit(None, 1)  # the last word is the last item
    return bool(before) and _GATE_WORDS[gate].ends(_fold(before[-1]))


def _subject_may_end(
    chunk: str,
    back: int,
    start: int,
    *,
    count: bool,
    pronoun: bool = False,
    postmodified: bool = False,
) -> bool:
    """
    Whether a passive rule's subject may end before the anchor word at *start*.

    Read back from the anchor over `PASSIVE_GAP_WORDS` (auxiliaries, "who", the participle's
    own words), the first other word must be able to end the subject: a capitalised word (or
    anything not starting with a lower-case ASCII letter), one ending in a comma (a name with
    its age), a victim head or, with *count*, the end of a count ("of the" may stand between).
    A necessary test: where it fails, the rule cannot match. With *pronoun*, see
    `_pronoun_may_end`; with *postmodified*, `_postmodified_may_end`.
    """
    if count:
        return _count_subject_may_end(chunk[back:start].split())
    if pronoun:
        return _pronoun_may_end(chunk[back:start].split())
    if postmodified:
        return _postmodified_may_end(chunk[back:start].split())
    return _victims_subject_may_end(chunk[back:start].split())


def _victims_subject_may_end(tokens: Sequence[str]) -> bool:
    """
    `_subject_may_end` without *count* or *pronoun*, on the words before the anchor.

    A capitalised word is read further by `_capital_may_end`.
    """
    index = len(tokens) - 1
    while index >= 0:
        token = tokens[index]
        if token[-1] == ",":
            return True
        if not ("a" <= token[0] <= "z"):
            return _capital_may_end(tokens, index)
        word = token.lower() if token.isascii() else _fold(token)  # `_fold`, without a call
        if word in _HEAD_LAST_WORDS:
            return True
        if word not in PASSIVE_GAP_WORDS:
            return False
        index -= 1
    return True


def _capital_may_end(tokens: Sequence[str], index: int) -> bool:
    """
    Whether the subject of a ``subject=victims`` rule may end with ``tokens[index]``.

    *tokens* are the words before the anchor word; ``tokens[index]`` is the first of them,
    read back, that is no gap word, and it does not start with a lower-case ASCII letter.
    Where it is a word of ASCII letters alone and capitalised, the rules' subject can end
    with it only as a victim head ("Soldiers were killed"), as the last word of a name,
    whose word before starts with a capital ("John Smith was killed"), or as a name alone
    with "was", "were", "has" or "had" right after it ("Tamerlan was killed"), not a pronoun
    ("She was shot"). (A name alone with an age ends with a comma.) The subject cannot end
    before it: the words after it are gap words. A necessary test; anything else passes.

    >>> _capital_may_end("Tamerlan was".split(), 0), _capital_may_end("She was in".split(), 0)
    (True, False)
    """
    token = tokens[index]
    if not (token.isascii() and token.isalpha()):
        return True  # a digit, a mark, a letter outside ASCII: the pattern decides
    word = token.lower()
    if word in _HEAD_LAST_WORDS or word in PASSIVE_GAP_WORDS:
        return True
    # A name of two words or more: a capital in the word before (a name's first word need
    # not start that word: "al-Baghdadi").
    if index and not tokens[index - 1].islower():
        return True
    # A name alone: a capital and two or more lower-case letters, no pronoun, "was" after it.
    return (
        len(token) > 2  # noqa: PLR2004
        and token[1:].islower()
        and word not in _NOT_LONE_NAMES
        and index + 1 < len(tokens)
        and _fold(tokens[index + 1]) in _LONE_NAME_AUXILIARIES
    )


#: The words the ``subject=victims`` rules do not read as a name alone (`_passive_np`).
_NOT_LONE_NAMES: Final = frozenset(NOT_LONE_NAMES)
#: What follows a name alone there.
_LONE_NAME_AUXILIARIES: Final = frozenset({"was", "were", "has", "had"})


def _postmodified_may_end(tokens: Sequence[str]) -> bool:
    """
    Whether a subject with an of-phrase or an apposition may end after *tokens*.

    Read back over `PASSIVE_GAP_WORDS`, the first other word must end with a comma (an
    apposition, or an of-phrase before one) with a victim head among the `_POSTMODIFIED_WORDS`
    words before it, or have "of" after a victim head among the `_OF_PHRASE_WORDS` words
    before it (an of-phrase): a cheap necessary test for the ``subject=postmodified`` rules.

    >>> _postmodified_may_end("a member of the local council was".split())
    True
    >>> _postmodified_may_end("the report said the weather was".split())
    False
    """
    index = _skip_gap_words(tokens, len(tokens) - 1)
    if index < 1:
        return False
    last = tokens[index]
    if last[-1] == ",":
        return any(
            _postmodified_head_at(tokens, at)
            for at in range(max(0, index - _POSTMODIFIED_WORDS), index)
        )
    low = max(1, index - _OF_PHRASE_WORDS)
    # The rule reads "of" in any case ("Member Of"), and its subject's first word may be
    # glued to what stands before it ("21.A friend of"): `_last_letters`, as the head test.
    return any(
        tokens[at].lower() == "of"
        and _fold(tokens[at - 1]) in _HEAD_LAST_WORDS
        and not _SUBJECT_LEADS.isdisjoint(
            _last_letters(_fold(each)) for each in tokens[max(0, at - 1 - _SUBJECT_REACH) : at - 1]
        )
        for at in range(low, index)
    )


def _postmodified_head_at(tokens: Sequence[str], at: int) -> bool:
    """
    Whether ``tokens[at]`` may end the head of a subject an apposition or an of-phrase follows.

    Where `_postmodified_may_end` reads an apposition (the words end with a comma), the
    subject is "a", "one" or a determiner, at most three modifiers and a head of three words
    at most (`_VICTIMS` and `_DET` in the rules): a word of `_SUBJECT_LEADS` ends one of the
    `_SUBJECT_REACH` words before the head's last word. Right after the head stands "of" (an
    of-phrase) or a comma, and after that comma "a", "an", "the" or a word that does not
    start with an ASCII character other than a capital (`_APPOSITION` reads a determiner or
    a capitalised name). A cheap necessary test (tests/extractors/test_casualties_shortcuts.py).

    >>> _postmodified_head_at("the victim, a man,".split(), 1)
    True
    >>> _postmodified_head_at("the victim, identified as".split(), 1)
    False
    """
    token = tokens[at]
    folded = _fold(token)
    if folded[-1] == ",":
        head = folded.rstrip(",")
        after = at + 1
    else:
        head = folded
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        if following == ",":
            after = at + 2
        elif _fold(following) == "of":
            after = -1  # an of-phrase: its words are `_postmodified_may_end`'s
        else:
            return False
    if head not in _HEAD_LAST_WORDS:
        return False
    if 0 < after < len(tokens):
        first = tokens[after]
        lead = first[0]
        if lead.isascii() and not ("A" <= lead <= "Z") and first not in _APPOSITION_DETERMINERS:
            return False
    return not _SUBJECT_LEADS.isdisjoint(
        _last_letters(_fold(each)) for each in tokens[max(0, at - _SUBJECT_REACH) : at]
    )


#: The determiners an apposition starts with in lower case (`_APPOSITION`: case-sensitive).
_APPOSITION_DETERMINERS: Final = frozenset({"a", "an", "the"})
#: How many words before a head's last word the word that starts its subject ends at most:
#: three modifiers and the two other words of the longest head ("soldiers and civilians").
_SUBJECT_REACH: Final = 6


def _count_subject_may_end(tokens: Sequence[str]) -> bool:
    """
    `_subject_may_end` with *count*, on the whitespace-separated words before the anchor.

    The passive count rule (count, "of the", victims, "who", auxiliaries, participle) has
    blanks between its words: read back over `COUNT_GAP_WORDS` and "of the", the first
    other word must end a count, or be a victim head with the end of a count at most
    `_VICTIMS_REACH` words before it (three modifiers, a head of three words, "of the").
    A comma stands only in "shot, killed". Where the words run out, the count may stand
    before the window: the test passes.
    """
    index = len(tokens) - 1
    while index >= 0:
        token = tokens[index]
        word = token.lower() if token.isascii() else _fold(token)  # `_fold`, without a call
        if _ends_count(token, word):
            return True
        if word in _HEAD_LAST_WORDS:
            low = index - _VICTIMS_REACH
            return low < 0 or any(
                _ends_count(other, other.lower() if other.isascii() else _fold(other))
                for other in tokens[low:index]
            )  # (ASCII words fold as they lower-case)
        bare = word.rstrip(",")
        if bare and bare not in _OF_THE and bare not in COUNT_GAP_WORDS:
            return False
        index -= 1
    return True


def _count_near(chunk: str, back: int, start: int, words: int) -> bool:
    """
    Whether one of the ``words + 1`` whitespace-separated words before *start* may end a count.

    A necessary test for a rule whose count stands at most *words* words (with blanks around
    them) before its anchor word at *start*; *back* is where the rule's match may start.
    """
    return any(
        _ends_count(token, _fold(token)) for token in chunk[back:start].split()[-(words + 1) :]
    )


def _pronoun_may_end(tokens: Sequence[str]) -> bool:
    """
    Whether a pronoun rule's subject may end before the anchor word, after *tokens*.

    The rules read a pronoun ("he", "those"), or "a" and a capitalised word, then
    auxiliaries, at most one other word, and the participle, blank-separated. Read back over
    `PASSIVE_GAP_WORDS`, the first other word must be a pronoun ("he", "she", "they" and "we"
    with an auxiliary after them, or "he" and "she" with one word after them at most: "he
    died", "she later died") or a capitalised word after "a" or "an" (or "a" or "an"
    before a capitalised gap word), or else the one other word with "he", "she", "they" or
    "we" before the gap words before it. Where the words run out, the test passes.
    """
    index = _skip_gap_words(tokens, len(tokens) - 1)
    if index < 0:
        return True
    token = tokens[index]
    last = _last_letters(_fold(token))
    # "he", "she", "they" and "we" take an auxiliary before the participle; "he" and "she"
    # none before a verb of dying, with one adverb at most ("she later died").
    if last in _PRONOUN_SUBJECTS and (
        last not in _PERSONAL_PRONOUNS
        or not _PRONOUN_AUXILIARIES.isdisjoint(map(_fold, tokens[index + 1 :]))
        or (last in _DYING_SUBJECTS and len(tokens) - index <= 2)  # noqa: PLR2004
    ):
        return True
    # A capitalised word reads as a name only after "a" or "an" ("a Marine was", "a We"),
    # and may be one of the gap words ("a Shot shot").
    if (
        last in _ARTICLES and index + 1 < len(tokens) and not ("a" <= tokens[index + 1][0] <= "z")
    ) or (
        not ("a" <= token[0] <= "z")
        and index
        and _last_letters(_fold(tokens[index - 1])) in _ARTICLES
    ):
        return True
    index = _skip_gap_words(tokens, index - 1)
    return index < 0 or _last_letters(_fold(tokens[index])) in _PERSONAL_PRONOUNS


def _skip_gap_words(tokens: Sequence[str], index: int) -> int:
    """
    The index of the last of ``tokens[: index + 1]`` that is not a gap word, or -1.
    """
    while index >= 0:
        token = tokens[index]
        if (token.lower() if token.isascii() else _fold(token)) not in PASSIVE_GAP_WORDS:
            break
        index -= 1
    return index


def _last_letters(word: str) -> str:
    """
    The run of letters *word* ends with ("he" of "(he").
    """
    if word.isalpha():  # the usual word: all of it (one C call)
        return word
    start = len(word)
    while start and word[start - 1].isalpha():
        start -= 1
    return word[start:]


#: The pronouns the pronoun rules read, and those of them an auxiliary follows.
_PERSONAL_PRONOUNS: Final = frozenset({"he", "she", "they", "we"})
_PRONOUN_SUBJECTS: Final = _PERSONAL_PRONOUNS | {"those", "others", "many", "some"}
#: The pronouns the rules read before a verb of dying without an auxiliary ("he died").
_DYING_SUBJECTS: Final = frozenset({"he", "she"})
#: The words of the auxiliaries the pronoun rules read after "he", "she", "they" and "we"
#: ("was", "had been"): one of them stands before the participle.
_PRONOUN_AUXILIARIES: Final = frozenset({"was", "were", "been", "is", "are"})
#: What the pronoun rules read before a capitalised word ("a Marine was killed").
_ARTICLES: Final = frozenset({"a", "an"})


def _ends_count(token: str, word: str) -> bool:
    """
    Whether *token* (*word* is it folded) may end a count.

    It ends with a digit, or with a count's last word after anything but a letter
    ("twenty-five", "“Two").
    """
    if token[-1].isdigit():
        return True
    if word.isalpha():  # the usual word: its letters are the whole of it (one C call)
        return word in _COUNT_LAST_WORDS
    start = len(word)
    while start and word[start - 1].isalpha():
        start -= 1
    return word[start:] in _COUNT_LAST_WORDS


def _fold(text: str) -> str:
    """
    *text* case-folded as the patterns compare it with ASCII letters.

    Whatever a case-insensitive pattern takes for an ASCII letter becomes that letter: "ſ" is
    "s", the Kelvin sign "k", and "İ" "i" (not "i" and a dot).

    >>> _fold("WİLL ſHOT")
    'will shot'
    """
    return text.casefold().replace("i\u0307", "i")


#: The words between a speech verb and the time it is told at ("said on Monday").
_SPEECH_FILLERS: Final = frozenset({"on", "late", "early"})
#: The speech verbs, folded.
_SPEECH_ENDINGS: Final = _Affixes(sorted({_fold(verb) for verb in CASUALTY_LEXICON["speech_verb"]}))


def _object_may_start(chunk: str, start: int) -> bool:
    """
    Whether an active rule's object may start at *start* (right after the verb's blanks).

    Not where the word there is one of `ACTIVE_OBJECT_STOPS` ("killed in", "shot by"),
    followed by a blank, clause punctuation or the end: no count, victim phrase or name starts
    so. Nor where it is another lower-case word that starts no count or determiner
    (`ACTIVE_OBJECT_LEADS`) and no victim head starts one of the first `_OBJECT_WORDS` words
    ("wounded since Tuesday", "injured just after 11 p.m."): only a bare victim phrase
    starts so. A necessary test: where it fails, the rule cannot match.
    """
    pieces = chunk[start : start + _OBJECT_PEEK].split(None, 1)
    if not pieces:
        return True
    first = pieces[0]
    if first.rstrip(_CLAUSE_MARKS) in ACTIVE_OBJECT_STOPS:
        return False
    if not ("a" <= first[0] <= "z"):
        return _capital_object_may_start(chunk, start)
    folded = _fold(first)
    size = 0
    while size < len(folded) and folded[size].isalpha():
        size += 1
    if folded[:size] in ACTIVE_OBJECT_LEADS:
        return True
    return any(
        _HEAD_STARTS.starts(_fold(token))
        for token in _first_words(chunk, start, _OBJECT_WORDS)[:_OBJECT_WORDS]
    )


def _capital_object_may_start(chunk: str, start: int) -> bool:
    """
    `_object_may_start` where the first word does not start with a lower-case ASCII letter.

    A capitalised word of ASCII letters alone starts an object only as a count or a
    determiner (`ACTIVE_OBJECT_LEADS`: "Two", "The"), as a name of two words or more (a
    capital or a mark starts the next word: "killed John Smith"), as a name alone with its
    age (a comma after it: "killed Smith, 25,"), or in a bare victim phrase (a victim head
    starts one of the first `_OBJECT_WORDS` words: "killed Turkish soldiers"): not "killed
    Thursday when" or "arrested Sunday at". Anything else passes (a digit, a mark, a
    letter outside ASCII). A necessary test.

    >>> _capital_object_may_start("Thursday when a gun", 0)
    False
    >>> _capital_object_may_start("Turkish soldiers", 0)
    True
    """
    words = _first_words(chunk, start, _OBJECT_WORDS)[:_OBJECT_WORDS]
    first = words[0]  # the whole word (`_object_may_start` reads a window)
    if not (first.isascii() and first.isalpha()) or first.lower() in ACTIVE_OBJECT_LEADS:
        return True
    if len(words) > 1:
        lead = words[1][0]
        if not ("a" <= lead <= "z" or lead.isdigit()):
            return True  # a capital (a name goes on), a comma (an age), another mark
    return any(_HEAD_STARTS.starts(_fold(token)) for token in words)


#: The first words of the victim heads, folded ("family" of "family members").
_HEAD_STARTS: Final = _Affixes(
    sorted({_fold(phrase.split()[0]) for phrase in CASUALTY_LEXICON["victim_head"]})
)
#: The words of a bare victim phrase a head starts one of: its three modifiers at most (the
#: ``{0,3}?`` of ``_VICTIMS`` in the rules), then the head.
_OBJECT_WORDS: Final = 4


#: The last words of victim heads ("members" of "family members").
_HEAD_LAST_WORDS: Final = frozenset(
    phrase.lower().split()[-1] for phrase in CASUALTY_LEXICON["victim_head"]
)
#: The words a count can end with (besides digits).
_COUNT_LAST_WORDS: Final = frozenset(
    phrase.lower().split()[-1]
    for phrase in (
        *CASUALTY_LEXICON["number_word"],
        *CASUALTY_LEXICON["vague_amount"],
        "hundred",
        "thousand",
        "million",
        "billion",
    )
)
#: The words one of which starts a subject with an of-phrase (`_passive_post`: a count of
#: one or a determiner), among the four words before its head's last word.
_SUBJECT_LEADS: Final = frozenset(
    {"a", "an", "one", "another", "the", "these", "those", "his", "her", "their", "its", "our"}
)
#: How many words stand at most between a subject's head and the comma that ends its
#: apposition: "of" and five words, and an apposition of five (`_OF_PHRASE`, `_APPOSITION`).
_POSTMODIFIED_WORDS: Final = 12
#: How many words an of-phrase after a subject's head holds at most (`_OF_PHRASE`).
_OF_PHRASE_WORDS: Final = 5
#: Between a count and its participle: "34 of the soldiers", "three of them".
_OF_THE: Final = frozenset({"of", "the", "them", "whom"})
#: How many words before a victim head's last word the count ends at most: three modifiers,
#: two more words of the head ("soldiers and civilians"), and "of the".
_VICTIMS_REACH: Final = 7
#: How many characters after a verb hold the first word of its object (more than any stop).
_OBJECT_PEEK: Final = 24
#: Marks that end a word and a clause, neither word characters nor part of a victim phrase.
_CLAUSE_MARKS: Final = ',;:!?"“”()[]'


def _by_position(
    item: tuple[int, int, int, str, int, int, Rule, regex.Match[str]],
) -> tuple[int, int]:
    return item[0], item[1]


def _by_start(item: tuple[int, Rule, regex.Match[str]]) -> int:
    return item[0]


def _is_unreal(chunk: str, match: regex.Match[str], *, at_end: bool) -> bool:
    """
    Whether the words around *match* make it no casualty.

    "threatened to kill", "no one was hurt", "the death penalty", and a participle with no
    auxiliary that has an object ("Jonas shot his daughter": active, not passive).
    """
    trigger_start, trigger_end = _group(match, "trigger")
    victims_end = _group(match, "victims")[1] if at_end else -1
    return _is_unreal_at(chunk, trigger_start, trigger_end, victims_end)


def _is_unreal_at(chunk: str, trigger_start: int, trigger_end: int, victims_end: int) -> bool:
    """
    `_is_unreal` of a match with these trigger bounds and this end of its victims group.

    *victims_end* is ``-1`` where the rule is not anchored at its end or took no victims.
    """
    low = max(0, trigger_start - _UNREAL_REACH)
    before = chunk[low:trigger_start]
    if _may_be_unreal(before) and _UNREAL.match(chunk, low, trigger_start):
        return True
    if (
        chunk[trigger_end : trigger_end + 1].isspace()
        and _unreal_after_may_follow(chunk, trigger_end)
        and _NOT_CASUALTY_AFTER.match(chunk, trigger_end)
    ):
        return True
    if victims_end >= 0:
        gap = chunk[victims_end:trigger_start]
        if not gap.strip() or _no_auxiliary(gap):
            return _OBJECT_AFTER.match(chunk, trigger_end) is not None
    return False


def _no_auxiliary(gap: str) -> bool:
    """
    Whether the words between a subject and its verb are only adverbs and "who" or "that".

    With no auxiliary, the verb is active where an object follows: "a woman allegedly shot her
    husband", "a man who shot his wife", "a boy apparently shot himself" tell of no one shot
    but the object.

    >>> _no_auxiliary(" allegedly "), _no_auxiliary(" who was "), _no_auxiliary(", who ")
    (True, False, True)
    """
    words = gap.replace(",", " ").lower().split()
    return bool(words) and all(word in _ADVERBS_OR_RELATIVE for word in words)


#: Words that may stand between a subject and an active verb (no auxiliary among them).
_ADVERBS_OR_RELATIVE: Final = frozenset(
    {
        "who", "that", "allegedly", "reportedly", "apparently", "accidentally", "also", "then",
        "later", "intentionally", "deliberately", "eventually", "repeatedly", "fatally",
    }
)  # fmt: skip


def _may_be_unreal(before: str) -> bool:
    """
    Whether ``casualty.unreal.before`` may match at the end of *before* (the words before a verb).

    The rule ends with a word of `UNREAL_ENDINGS` and blanks, and one of the last four words
    ends with a word of its lead (`UNREAL_LEADS`): a cheap necessary test.

    >>> _may_be_unreal("threatened to "), _may_be_unreal("34 people were ")
    (True, False)
    """
    words = before.rstrip()
    if len(words) == len(before) or not words:
        return False
    # Only the last words are read, each folded alone: folding makes and takes no blanks, so
    # the words of the folded text are the folded words; and no ending holds a blank, so the
    # folded text ends with one where its last word does.
    tokens = words.rsplit(None, _UNREAL_WORDS)[-_UNREAL_WORDS:]
    last = tokens[-1]
    if not _UNREAL_ENDINGS.ends(last.lower() if last.isascii() else _fold(last)):
        return False
    return any(
        _UNREAL_LEADS.ends(token.lower() if token.isascii() else _fold(token)) for token in tokens
    )


def _unreal_after_may_follow(chunk: str, end: int) -> bool:
    """
    Whether blanks and a word that starts as one of `UNREAL_AFTER_STARTS` follow *end*.

    ``casualty.unreal.after`` ("the death penalty") can match only there: a cheap necessary test.
    """
    if not chunk[end : end + 1].isspace():
        return False
    rest = _first_words(chunk, end, 1)
    return bool(rest) and _UNREAL_AFTER_STARTS.starts(_fold(rest[0]))


def _first_words(chunk: str, start: int, count: int) -> list[str]:
    """
    ``chunk[start:].split(None, count)``, read from a short window where that gives the same.

    The window's split is the same where the window reaches the end of *chunk* or holds the
    *count* words whole and more after them; only the rest (the last item) may be cut short.
    """
    window = chunk[start : start + _WINDOW]
    pieces = window.split(None, count)
    if len(window) < _WINDOW or len(pieces) > count:
        return pieces
    return chunk[start:].split(None, count)


#: How many characters `_first_words` reads first (a few words).
_WINDOW: Final = 64


#: How many words before the casualty words hold the lead of `_UNREAL` (it and three more).
_UNREAL_WORDS: Final = 4
#: The words of `UNREAL_ENDINGS`, `UNREAL_LEADS` and `UNREAL_AFTER_STARTS`, looked up by letters.
_UNREAL_ENDINGS: Final = _Affixes(UNREAL_ENDINGS)
_UNREAL_LEADS: Final = _Affixes(UNREAL_LEADS)
_UNREAL_AFTER_STARTS: Final = _Affixes(UNREAL_AFTER_STARTS)
#: How far back from the casualty words `_UNREAL` is tried.
_UNREAL_REACH: Final = 60


def build_mention(
    text: str,
    sentence: Span,
    rule: Rule,
    match: regex.Match[str],
    offset: int,
    *,
    times: Sequence[TimeExpression] = (),
    time_starts: Sequence[int] = (),
    words: Mapping[str, Sequence[tuple[int, int]]] | None = None,
) -> _Mention:
    """
    Read the fields of one casualty construction and its sentence.

    Args:
        text: The article text.
        sentence: The sentence the match was found in.
        rule: The rule that matched.
        match: The match, indexing the sentence string.
        offset: Where the sentence starts in *text*.
        times: The article's DATE and TIME expressions, sorted by start.
        time_starts: Their start offsets (for bisection).
        words: The sentence's words by vocabulary (from `find_words`), when already found.

    Returns:
        The mention, its spans indexing *text*.
    """
    mention = _build_core(
        text, sentence, rule, match, offset, times=times, time_starts=time_starts, words=words
    )
    _read_pending(mention, _PENDING_FIELDS)
    return mention


def _build_core(
    text: str,
    sentence: Span,
    rule: Rule,
    match: regex.Match[str],
    offset: int,
    *,
    times: Sequence[TimeExpression],
    time_starts: Sequence[int],
    words: Mapping[str, Sequence[tuple[int, int]]] | None,
    paragraph: Span | None = None,
) -> _Mention:
    """
    `build_mention` up to the fields merging needs (count, victims, perpetrator).

    The others (cause, claimed_by, location, time) are left pending: a mention that joins a
    record only needs those its record lacks (see `_read_pending`).
    """
    chunk = match.string  # the sentence string the match was made in
    if len(chunk) != sentence.end - sentence.start:
        chunk = text[sentence.start : sentence.end]
    if words is None:
        words = _sentence_words(chunk)
    facts = _RULE_FACTS.get(rule.id)
    kind, update, active = facts[1] if facts is not None and facts[0] is rule else _rule_facts(rule)
    # `make_span`: `Span` at half the cost (these bounds are valid).
    span = make_span(match.start() + offset, match.end() + offset)
    trigger_start, trigger_end = _group(match, "trigger")
    mention = _Mention(
        kind=kind,
        rule_id=rule.id,
        span=span,
        trigger=make_span(trigger_start + offset, trigger_end + offset),
        update=update,
        mentions=[span],
    )
    mention.count = _read_count(match, offset)
    mention.victims = _read_victims(text, match, offset, rule_id=rule.id)
    count = mention.count
    victims = mention.victims
    if count is not None and victims is not None:
        # A joint ("and", a comma) stands next to the phrase (a cheap necessary test).
        first, last = count.span.start - offset, victims.span.end - offset
        near = chunk[max(0, first - 5) : first] + chunk[last : last + 5]
        if "," in near or "and" in near:
            _read_coordinated(text, chunk, offset, mention)
    cause_from_subject: tuple[str, Span] | None = None
    if active and not chunk[trigger_start:trigger_end].lower().endswith("ing"):
        subject = _SUBJECT.match(chunk, max(0, trigger_start - _REACH), trigger_start)
        start, end = (-1, -1) if subject is None else _group(subject, "perpetrator")
        phrase = chunk[start:end]
        if subject is not None and phrase.lower() not in _PRONOUNS:
            if _is_cause(phrase):
                cause_from_subject = (phrase, make_span(start + offset, end + offset))
            elif _is_agent(phrase):
                mention.perpetrator = _make_actor(
                    text, make_span(start + offset, end + offset), "casualty.perpetrator.subject"
                )
    if mention.perpetrator is None:
        mention.perpetrator = _read_by_phrase(
            text,
            chunk,
            words["by"],
            offset,
            trigger_end,
            passive=not active,
            cache=_cache_of(words),
        )
    if cause_from_subject is not None:
        mention.cause, mention.cause_span = cause_from_subject
        mention.unread = _PENDING_AFTER_CAUSE
    mention.pending = (
        text,
        chunk,
        sentence,
        words,
        offset,
        trigger_start,
        trigger_end,
        times,
        time_starts,
        paragraph,
    )
    return mention


#: How many more coordinated conjuncts `_read_coordinated` reads on each side.
_CONJUNCTS: Final = 3
#: How far before a count a coordinated conjunct may start.
_CONJUNCT_REACH: Final = 80
#: What the last word before a count, or the first after a victim phrase, is where another
#: conjunct may join it (a cheap necessary test).
_JOINTS: Final = frozenset({"and", ","})

#: Counts of one that count only a singular head ("a woman", "his mother"; not "their children").
_SINGULAR_LEADS: Final = frozenset({"a", "an", "one", "his", "her", "their"})
#: The words a conjunct's count may start with.
_CONJUNCT_LEADS: Final = (
    COUNT_WORDS
    | _SINGULAR_LEADS
    | {phrase.split()[0].lower() for phrase in CASUALTY_LEXICON["qualifier"]}
)
#: Words before a conjunct that make it the object of another phrase, not one of a list.
_LIST_STOPS: Final = frozenset(
    {"including", "among", "of", "with", "from", "for", "by", "to", "at", "in", "on", "between"}
)
#: Victim heads that stand for a whole group: "two victims, a man and a woman" lists the two
#: victims in apposition, and adds none.
_GROUP_HEADS: Final = frozenset({"victims", "victim", "people", "persons", "person", "others"})


def _head(victims: str) -> str:
    """
    The last word of a victim phrase, in lower case.
    """
    words = victims.split()
    return words[-1].strip(_PUNCTUATION).lower() if words else ""


def _adds(count: Quantity, victims: str) -> bool:
    """
    Whether a conjunct adds its count: not "a", "an", "one" or a possessive before a plural head.
    """
    if count.text.lower() in _SINGULAR_LEADS:
        return _SINGULAR_WORD.fullmatch(_head(victims)) is not None
    return True


def _read_coordinated(text: str, chunk: str, offset: int, mention: _Mention) -> None:
    """
    Sum the counts of coordinated victim phrases into *mention*'s count and victims.

    "four workers and two soldiers were killed" is 6 killed, "injuring four men and two women"
    6 injured, "a woman and a child were shot" 2 injured (`COORDINATION_RULES`): the count
    (``rule_id`` ``casualty.count.coordinated``) and the victims are the whole coordination as
    written, and the mention's span covers it. The bounds are the sums of the conjuncts'
    bounds (open where one is open).

    A list needs an "and": commas alone join an apposition ("Another victim, a woman, was
    shot" is one person). A group head before a comma is the apposition's head, and the list
    after it names its members: "Two victims, a man and a woman, were shot" is two.
    """
    count = mention.count
    victims = mention.victims
    if count is None or victims is None:  # pragma: no cover (the caller tests)
        return
    start = count.span.start - offset
    end = victims.span.end - offset
    if end <= start or not _adds(count, victims.text):
        return
    counts = [count]
    joints: set[str] = set()
    for _ in range(_CONJUNCTS):
        before = chunk[max(0, start - 40) : start].rstrip()
        if before.endswith(","):
            joint = ","
            before = before[:-1]
        elif before[-4:].lower() in {" and", "\nand"}:
            before = before[:-3].rstrip()
            joint = ", and" if before.endswith(",") else "and"
            before = before.rstrip(",")
        else:
            break
        # The conjunct before ends with a victim head (a cheap necessary test).
        if _head(before) not in _HEAD_LAST_WORDS:
            break
        match = _COORDINATED_BEFORE.match(chunk, max(0, start - _CONJUNCT_REACH), start)
        if match is None:
            break
        quantity = _read_count(match, offset)
        words = match.group("victims")
        if quantity is None or not _adds(quantity, words):
            break
        if joint == "," and _head(words) in _GROUP_HEADS:
            break
        lead = chunk[max(0, match.start() - 16) : match.start()].split()[-1:]
        if lead and lead[0].lower() in _LIST_STOPS:
            break  # "killed, including a man, and eight others were wounded"
        joints.add(joint)
        counts.append(quantity)
        start = match.start()
    for _ in range(_CONJUNCTS):
        after = chunk[end : end + 40].lstrip()
        if after.startswith(","):
            joint = ", and" if after[1:].lstrip()[:4].lower() == "and " else ","
        elif after[:4].lower() == "and ":
            joint = "and"
        else:
            break
        if joint == "," and _head(chunk[start:end]) in _GROUP_HEADS:
            break
        # The conjunct after starts with a count (a cheap necessary test).
        tokens = after.lstrip(", ").split(None, 2)
        if tokens and tokens[0].lower() == "and":
            tokens = tokens[1:]
        if not tokens or not (tokens[0][:1].isdigit() or tokens[0].lower() in _CONJUNCT_LEADS):
            break
        match = _COORDINATED_AFTER.match(chunk, end)
        if match is None:
            break
        quantity = _read_count(match, offset)
        if quantity is None or not _adds(quantity, match.group("victims")):
            break
        joints.add(joint)
        counts.append(quantity)
        end = match.end()
    # A list needs "and" ("A and B"), or ", and" after a comma ("A, B, and C"): commas alone
    # join an apposition, and ", and" alone closes a clause ("X, and Y were wounded").
    if len(counts) == 1 or not ("and" in joints or joints == {",", ", and"}):
        return
    low: int | None = 0
    high: int | None = 0
    for quantity in counts:
        low = None if low is None or quantity.low is None else low + quantity.low
        high = None if high is None or quantity.high is None else high + quantity.high
    span = make_span(start + offset, end + offset)
    mention.count = _make_quantity(
        text=span.slice(text),
        span=span,
        low=low,
        high=high,
        approximate=any(quantity.approximate for quantity in counts),
        rule_id="casualty.count.coordinated",
    )
    mention.victims = _make_actor(text, span, mention.rule_id, group=True)
    if span.start < mention.span.start or span.end > mention.span.end:
        mention.span = make_span(
            min(span.start, mention.span.start), max(span.end, mention.span.end)
        )
        mention.mentions = [mention.span]


#: What a mention's pending fields are read from: the text, the sentence string, the
#: sentence, its words, its offset, the trigger's start and end in it, the article's times
#: and their starts, the paragraph (a tuple: built for every mention, read for few).
_Pending = tuple[
    str,
    str,
    Span,
    Mapping[str, Sequence[tuple[int, int]]],
    int,
    int,
    int,
    Sequence[TimeExpression],
    Sequence[int],
    "Span | None",
]


#: The fields `_build_core` leaves pending, by the name `_merge` fills.
_PENDING_FIELDS: Final = frozenset({"cause", "claimed_by", "location", "time"})
_PENDING_AFTER_CAUSE: Final = _PENDING_FIELDS - {"cause"}


def _read_pending(mention: _Mention, names: Iterable[str]) -> None:
    """
    Read those of *names* that are still pending on *mention*.
    """
    pending = mention.pending
    if pending is None:
        return
    (
        text,
        chunk,
        sentence,
        words,
        offset,
        trigger_start,
        trigger_end,
        times,
        time_starts,
        paragraph,
    ) = pending
    unread = mention.unread
    cache = _cache_of(words)
    for name in names:
        if name not in unread:
            continue
        if name == "cause":
            cause = _read_cause(chunk, words["cause"], cache=cache)
            if cause is not None:
                mention.cause = cause[0]
                mention.cause_span = make_span(cause[1] + offset, cause[2] + offset)
        elif name == "claimed_by":
            mention.claimed_by = _read_claimed_by(
                text, chunk, words["speech"], offset, trigger_start, cache=cache
            )
            if mention.claimed_by is None and paragraph is not None:
                mention.claimed_by = _read_quote_source(text, paragraph, trigger_start + offset)
        elif name == "location":
            mention.location, mention.location_span = _read_location(
                chunk,
                words["place"],
                offset,
                (trigger_start, trigger_end),
                (times, time_starts),
                cache=cache,
            )
        else:
            mention.time = _read_time(
                chunk,
                sentence,
                trigger_start + offset,
                times,
                time_starts,
                start=mention.span.start,
                procedures=mention.kind is not CasualtyKind.DETAINED,
            )
    unread = unread.difference(names)
    mention.unread = unread
    if not unread:
        mention.pending = None


# --- fields -----------------------------------------------------------------------------


def _group(match: regex.Match[str], name: str) -> tuple[int, int]:
    """
    The span of group *name* in *match*, or ``(-1, -1)``.

    ``(-1, -1)`` where the pattern has no such group or it took no part in the match.
    """
    names = _GROUP_INDEX.get(match.re)
    index = (match.re.groupindex if names is None else names).get(name)
    if index is None:
        return (-1, -1)
    return match.span(index)


def _read_count(match: regex.Match[str], offset: int) -> Quantity | None:
    """
    The count group read as a `Quantity`, its span moved into the article text.
    """
    start, end = _group(match, "count")
    if start < 0 or start == end:
        return None
    words = match.string[start:end]
    one = _ONE_COUNTS.get(words.lower())
    if one is not None:
        return _make_quantity(
            text=words,
            span=make_span(start + offset, end + offset),
            low=1,
            high=1,
            approximate=False,
            rule_id=one,
        )
    quantity = parse_cached(words)
    if quantity is None:
        return None
    shift = start + offset
    return _make_quantity(
        text=quantity.text,
        # Not `Span.shift`: a Python call from compiled code, for the same span.
        span=make_span(quantity.span.start + shift, quantity.span.end + shift),
        low=quantity.low,
        high=quantity.high,
        approximate=quantity.approximate,
        rule_id=quantity.rule_id,
    )


def _make_quantity(
    *, text: str, span: Span, low: int | None, high: int | None, approximate: bool, rule_id: str
) -> Quantity:
    """
    ``Quantity(text=text, span=span, ...)``, built without attrs' interpreted ``__init__``.

    The record is the one ``__init__`` makes (its slots set in the same order), for a part of
    its cost; bounds its validator refuses are left to it, to raise the same error.
    """
    if (low is not None and low < 0) or (
        high is not None and (high < 0 or (low is not None and high < low))
    ):
        return Quantity(  # raises
            text=text, span=span, low=low, high=high, approximate=approximate, rule_id=rule_id
        )
    quantity: Quantity = _NEW_OBJECT(Quantity)
    _SET_QUANTITY_TEXT(quantity, text)
    _SET_QUANTITY_SPAN(quantity, span)
    _SET_QUANTITY_LOW(quantity, low)
    _SET_QUANTITY_HIGH(quantity, high)
    _SET_QUANTITY_APPROXIMATE(quantity, approximate)
    _SET_QUANTITY_RULE_ID(quantity, rule_id)
    return quantity


#: `object.__new__` and the slot setters of `Quantity` and `Casualty`, which a frozen class's
#: ``__setattr__`` does not stand in front of (as `newsevents.text.make_span` sets a span's).
_NEW_OBJECT: Final = object.__new__
_SET_QUANTITY_TEXT: Final = Quantity.__dict__["text"].__set__
_SET_QUANTITY_SPAN: Final = Quantity.__dict__["span"].__set__
_SET_QUANTITY_LOW: Final = Quantity.__dict__["low"].__set__
_SET_QUANTITY_HIGH: Final = Quantity.__dict__["high"].__set__
_SET_QUANTITY_APPROXIMATE: Final = Quantity.__dict__["approximate"].__set__
_SET_QUANTITY_RULE_ID: Final = Quantity.__dict__["rule_id"].__set__


def _read_victims(text: str, match: regex.Match[str], offset: int, *, rule_id: str) -> Actor | None:
    """
    The victims group as an `Actor`: the group as written, with its country where known.
    """
    start, end = _group(match, "victims")
    if start < 0 or start == end:
        return None
    span = make_span(start + offset, end + offset)
    words = text[start + offset : end + offset]
    if words.lower() in _PRONOUN_VICTIMS:
        return make_actor(
            text=words,
            span=span,
            name=words,
            kind=ActorKind.PERSON if words.lower() in {"he", "she"} else ActorKind.GROUP,
            rule_id=rule_id,
        )
    return _make_actor(text, span, rule_id, group=True)


def _make_actor(
    text: str, span: Span, rule_id: str, *, group: bool = False, resolve: bool = False
) -> Actor:
    """
    The phrase at *span* as an `Actor`, as written.

    With *resolve*, `resolve_actor` reads it where it knows the phrase (done once per record,
    in `_finish`).
    """
    if resolve:
        resolved = resolve_actor(text, span)
        if resolved is not None:
            return resolved
    words = text[span.start : span.end]
    bare = _strip_determiner(words)
    country = _country_of(bare)
    if group or words[:1].islower() or _ends_agent(bare):
        kind = ActorKind.GROUP
    elif country is not None and _country_code(bare) == country:
        kind = ActorKind.COUNTRY
    else:
        kind = ActorKind.PERSON if " " in bare else ActorKind.ORGANIZATION
    return make_actor(text=words, span=span, name=bare, kind=kind, rule_id=rule_id, country=country)


def _strip_determiner(words: str) -> str:
    head, _, rest = words.partition(" ")
    if rest and head.lower() in {"the", "a", "an", "his", "her", "their", "its"}:
        return rest
    return words


@functools.lru_cache(maxsize=4096)
def _country_code(words: str) -> str | None:
    """
    `country_code`, remembered (it is a pure look-up, and names recur across articles).
    """
    return country_code(words)


@functools.lru_cache(maxsize=4096)
def _country_of(words: str) -> str | None:
    """
    The first country a capitalised word of *words* names (a demonym or a country).
    """
    code = _country_code(words) if words[:1].isupper() else None
    if code is not None:
        return code
    for word in words.split():
        if word[:1].isupper():
            code = _country_code(word.strip(".,'’"))
            if code is not None:
                return code
    return None


def _is_cause(phrase: str) -> bool:
    folded = _fold(phrase)
    return (
        _CAUSE_ENDINGS.ends(folded)
        and _CAUSE_WORD.search(phrase) is not None
        and not _ends_agent(phrase)
    )


def _is_agent(phrase: str) -> bool:
    bare = _strip_determiner(phrase)
    return bool(bare) and (bare[:1].isupper() or _ends_agent(bare))


def _ends_agent(phrase: str) -> bool:
    """
    Whether *phrase* ends with an agent head (``casualty.word.agent``: "the gunman").

    Only where its folded text ends with one (a cheap necessary test) is the pattern searched.
    """
    return _AGENT_ENDINGS.ends(_fold(phrase)) and _AGENT_WORD.search(phrase) is not None


#: The agent heads and the causes, folded: what the phrases `_AGENT_WORD` and `_CAUSE_WORD`
#: find end with.
_AGENT_ENDINGS: Final = _Affixes(sorted({_fold(word) for word in CASUALTY_LEXICON["agent_head"]}))
_CAUSE_ENDINGS: Final = _Affixes(sorted({_fold(word) for word in CASUALTY_LEXICON["cause"]}))


class _SentenceCache:
    """
    What a sentence's words give whatever casualty words a mention has (read once).

    ``None`` until first read; offsets index the sentence.
    """

    __slots__ = ("by_phrases", "causes", "claims", "places")

    def __init__(self) -> None:
        #: Each by-phrase: its word's start, the perpetrator's span, after "carried out"?, a
        #: cause?
        self.by_phrases: list[tuple[int, int, int, bool, bool]] | None = None
        #: Each attribution's source span and the span of the words it tells, in the order
        #: of the speech words.
        self.claims: list[tuple[int, int, int, int]] | None = None
        #: The first cause phrase, or nothing.
        self.causes: list[tuple[str, int, int]] | None = None
        #: The span of each place phrase that is not a time.
        self.places: list[tuple[int, int]] | None = None


def _cache_of(words: Mapping[str, Sequence[tuple[int, int]]]) -> _SentenceCache:
    if not isinstance(words, _SentenceWords):
        return _SentenceCache()
    cache = words.cache
    if cache is None:
        cache = words.cache = _SentenceCache()
    return cache


def _read_by_phrase(
    text: str,
    chunk: str,
    words: Sequence[tuple[int, int]],
    offset: int,
    trigger_end: int,
    *,
    passive: bool,
    cache: _SentenceCache | None = None,
) -> Actor | None:
    """
    The agent of a by-phrase: right after a passive verb, or after "carried out" anywhere.
    """
    if cache is None:
        cache = _SentenceCache()
    if cache.by_phrases is None:
        cache.by_phrases = []
        for word_start, word_end in words:
            if _fold(chunk[word_start:word_end]) == "at" and [
                _fold(word) for word in _first_words(chunk, word_end, 3)[:3]
            ] != ["the", "hands", "of"]:
                continue  # "at" opens a by-phrase only as "at the hands of"
            match = _BY_PHRASE.match(chunk, word_start)
            if match is None:
                continue
            carried = _carried_out(chunk, max(0, word_start - 40), word_start)
            start, end = _group(match, "perpetrator")
            cause = _is_cause(chunk[start:end])
            cache.by_phrases.append((word_start, start, end, carried, cause))
    for word_start, start, end, carried, cause in cache.by_phrases:
        near = trigger_end <= word_start <= trigger_end + _BY_WINDOW
        if ((passive and near) or carried) and not cause:
            return _make_actor(
                text, make_span(start + offset, end + offset), "casualty.perpetrator.by"
            )
    return None


def _carried_out(chunk: str, low: int, end: int) -> bool:
    """
    Whether ``casualty.perpetrator.carried_out`` matches back from *end* ("carried out ").

    The rule ends with a word of `CARRIED_OUT_WORDS` and blanks (a cheap necessary test).
    """
    if not chunk[end - 1 : end].isspace():
        return False
    words = chunk[low:end].rsplit(None, 1)
    if not words or not _fold(words[-1]).endswith(CARRIED_OUT_WORDS):
        return False
    return _CARRIED_OUT.match(chunk, low, end) is not None


def _read_claimed_by(
    text: str,
    chunk: str,
    words: Sequence[tuple[int, int]],
    offset: int,
    trigger_start: int,
    *,
    cache: _SentenceCache | None = None,
) -> Actor | None:
    """
    Who the sentence says gives the figure: the attribution whose statement carries it.

    An attribution tells the words after its verb ("Ankara said an air strike killed 34"),
    or, after a comma or a quote, the words before it ("34 were killed, Ankara said"; "said
    Pompeo" and "according to police" likewise); it reaches to the next attribution or the end
    of the sentence. One in a relative clause ("who witnesses said was armed,") tells only its
    clause and bounds no other. Of the attributions whose words hold the casualty words the
    nearest is taken; where none holds them, the nearest in the sentence.
    """
    if cache is None:
        cache = _SentenceCache()
    if cache.claims is None:
        cache.claims = _attributions(chunk, words)
    best: tuple[int, int, int] | None = None
    best_covering: tuple[int, int, int] | None = None
    for start, end, scope_start, scope_end in cache.claims:
        distance = abs(start - trigger_start)
        if best is None or distance < best[0]:
            best = (distance, start, end)
        if scope_start <= trigger_start < scope_end and (
            best_covering is None or distance < best_covering[0]
        ):
            best_covering = (distance, start, end)
    chosen = best_covering or best
    if chosen is None:
        return None
    return _make_actor(
        text, make_span(chosen[1] + offset, chosen[2] + offset), "casualty.claimed_by"
    )


def _attributions(chunk: str, words: Sequence[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """
    The sentence's attributions: the source's span and the span of the words it tells.

    In the order of the speech words (``said`` before ``said Pompeo`` at one word).
    """
    if not words:
        return []
    # (first, last) of the attribution, the source's span, and which words it tells.
    found: list[tuple[int, int, int, int, str]] = []
    for word_start, word_end in words[:_MAX_ANCHORS]:
        if chunk[word_start : word_start + 5].lower() == "claim" and not _LIVES_AFTER.isdisjoint(
            _fold(" ".join(_first_words(chunk, word_end, _LIVES_WORDS)[:_LIVES_WORDS])).split()
        ):
            continue  # "the bombings claimed 217 lives": a toll, not a claim
        back = max(0, word_start - _REACH)
        subject = (
            _SOURCE_BEFORE.match(chunk, back, word_end)
            if _source_may_end(chunk[back:word_start].split())
            else None
        )
        verb = _fold(chunk[word_start:word_end])
        inverted = (
            _SOURCE_AFTER.match(chunk, word_start)
            if _source_may_follow(chunk, word_end, verb)
            else None
        )
        if (
            subject is not None
            and inverted is not None
            and chunk[_group(inverted, "trigger")[0]] != "a"
        ):
            inverted = None  # "police said Smith shot him": Smith is no source
        for match in (subject, inverted):
            if match is None:
                continue
            start, end = _group(match, "claimed_by")
            trigger_start, trigger_end = _group(match, "trigger")
            first, last = min(start, trigger_start), max(end, trigger_end)
            stop = len(chunk[:first].rstrip())
            low = max(0, stop - _ABBREVIATION * 2)
            if _fold(chunk[low:stop]).endswith(_RELATIVE_WORDS) and _RELATIVE_BEFORE.match(
                chunk, low, stop
            ):
                tells = "clause"  # "who witnesses said was armed,"
            elif trigger_start > start:
                # "police said": the words after it; after a comma or a quote, or ending the
                # sentence ("..., police Chief Jerry Dyer said Monday."), those before
                ends = len(chunk[last:].split(None, _TAIL_WORDS)) <= _TAIL_WORDS
                tells = "before" if ends or chunk[stop - 1 : stop] in _CONTENT_ENDS else "after"
            elif chunk[trigger_start].lower() == "a":
                tells = "before" if stop else "after"  # "according to police"
            else:
                tells = "before"  # "said Pompeo"
            found.append((first, last, start, end, tells))
    bounds = sorted(
        (first, last) for first, last, _start, _end, tells in found if tells != "clause"
    )
    claims: list[tuple[int, int, int, int]] = []
    for first, last, start, end, tells in found:
        if tells == "before":
            scope = (max((bound for _, bound in bounds if bound <= first), default=0), first)
        elif tells == "after":
            scope = (last, min((bound for bound, _ in bounds if bound >= last), default=len(chunk)))
        else:
            comma = chunk.find(",", last)
            scope = (last, len(chunk) if comma < 0 else comma)
        claims.append((start, end, *scope))
    return claims


#: "claimed ... lives" within this many words is a toll (``casualty.killed.claimed_lives``),
#: not a speech verb.
_LIVES_WORDS: Final = 5
_LIVES_AFTER: Final = frozenset({"lives", "life"})
#: The words ``casualty.claimed_by.relative`` ends with (a cheap necessary test first).
_RELATIVE_WORDS: Final = ("who", "whom", "which", "that")


def _source_may_end(tokens: Sequence[str]) -> bool:
    """
    Whether ``casualty.claimed_by.subject`` may match before a speech verb after *tokens*.

    Its source ends with a capitalised word or a word of a ``source_noun`` ("police said"),
    or a relative clause ending in a comma stands between ("A resident, who asked not to be
    named, said"),
    and one of a few adverbs may follow it ("police later said"): a cheap necessary test on
    the whitespace-separated words before the verb.
    """
    if tokens and _fold(tokens[-1]) in _SOURCE_ADVERBS:
        tokens = tokens[:-1]
    if not tokens:
        return False
    last = tokens[-1]
    if not ("a" <= last[0] <= "z"):
        return True
    if last[-1] == "," and "who" in tokens[-_RELATIVE_TOKENS:-1]:
        return True  # a relative clause's end: "A resident, who asked not to be named, said"
    word = _fold(last)
    start = len(word)
    while start and word[start - 1].isalpha():
        start -= 1
    return word[start:] in _SOURCE_LAST_WORDS


def _source_may_follow(chunk: str, end: int, verb: str) -> bool:
    """
    Whether ``casualty.claimed_by.inverted`` may match at the speech word *verb* (folded).

    The source follows only "according to", "said" and "says", after blanks ("said." ends a
    sentence); after "said" and "says", see `_source_may_start`. *end* is where the word ends
    in *chunk*. A cheap necessary test.
    """
    if verb not in _INVERTED_VERBS or not chunk[end : end + 1].isspace():
        return False
    return verb == "according" or _source_may_start(_first_words(chunk, end, 1))


def _source_may_start(words: Sequence[str]) -> bool:
    """
    Whether ``casualty.claimed_by.inverted`` may match after "said" or "says" before *words*.

    Not where the next word is lower case and one of the ``np_stop`` words no source starts
    with ("said that", "said he"), nor where it starts with neither a letter nor a hyphen
    ("said 22-year-old"): a cheap necessary test.
    """
    if not words:
        return True
    first = words[0]
    if not (first[0].isalpha() or first[0] == "-"):
        return False
    return not ("a" <= first[0] <= "z" and _fold(first) in _NOT_SOURCE_STARTS)


#: At most this many words of a relative clause between a source and its verb (80
#: characters) and the clause's "who".
_RELATIVE_TOKENS: Final = 18
#: The adverbs ``casualty.claimed_by.subject`` allows between the source and the verb.
_SOURCE_ADVERBS: Final = frozenset({"also", "later", "had", "has", "have", "previously", "earlier"})
#: The last words of the source nouns (their letters).
_SOURCE_LAST_WORDS: Final = frozenset(
    _fold(phrase.split()[-1]) for phrase in CASUALTY_LEXICON["source_noun"]
)
#: Lower-case words no source starts with: the ``np_stop`` words but the articles and the
#: first words of source nouns.
_NOT_SOURCE_STARTS: Final = frozenset(CASUALTY_LEXICON["np_stop"]) - {
    "the",
    "a",
    "an",
    *(_fold(phrase.split()[0]) for phrase in CASUALTY_LEXICON["source_noun"]),
}
#: The speech words ``casualty.claimed_by.inverted`` starts with.
_INVERTED_VERBS: Final = frozenset({"according", "said", "says"})
#: At most this many words after "X said" end the sentence ("said Monday.", "said in a
#: statement."): the attribution tells the words before it.
_TAIL_WORDS: Final = 3
#: What ends the words an attribution after them tells: "34 were killed, Ankara said".
_CONTENT_ENDS: Final = frozenset({",", '"', "”", "’", "'"})


def _read_quote_source(text: str, paragraph: Span, position: int) -> Actor | None:
    """
    The speaker of a quotation that holds *position* and runs past its sentence.

    The attribution right after the closing quote (``..." police said``, ``..." said
    Pompeo``) or right before the opening one (``Police said: "...``), in the paragraph.
    """
    # A window of the paragraph around the casualty words: quotations are a few sentences.
    low = max(paragraph.start, position - _QUOTE_REACH)
    if not _may_be_quoted(text, low, position):
        return None
    window = make_span(low, min(paragraph.end, position + _QUOTE_REACH))
    chunk = window.slice(text)
    at = position - window.start
    opening = _quote_opening(chunk, at)
    if opening is None:
        return None
    closing = min(
        (found for found in (chunk.find(mark, at) for mark in _CLOSING_QUOTES) if found >= 0),
        default=-1,
    )
    spans: list[tuple[int, int]] = []
    if closing >= 0:
        after = closing + 1
        while after < len(chunk) and (chunk[after].isspace() or chunk[after] == ","):
            after += 1
        lowered = lower_in_place(chunk[: min(len(chunk), after + _REACH)])
        for word_start, word_end in find_words(lowered, _SPEECH_VOCABULARY, _SPEECH_STEMS, after):
            claims = _attributions(chunk, [(word_start, word_end)])
            spans.extend((start, end) for start, end, _, _ in claims if start == after)
            spans.extend((start, end) for start, end, _, _ in claims if word_start == after)
            break
    if not spans:
        before = len(chunk[:opening].rstrip().rstrip(":,").rstrip())
        lowered = lower_in_place(chunk[max(0, before - _REACH) : before])
        words = find_words(lowered, _SPEECH_VOCABULARY, _SPEECH_STEMS)
        if words and words[-1][1] == len(lowered):
            shift = max(0, before - _REACH)
            word_start, word_end = words[-1]
            claims = _attributions(chunk[:before], [(word_start + shift, word_end + shift)])
            spans.extend((start, end) for start, end, _, _ in claims)
    if not spans:
        return None
    start, end = spans[0]
    return _make_actor(
        text, make_span(start + window.start, end + window.start), "casualty.claimed_by"
    )


def _may_be_quoted(text: str, low: int, position: int) -> bool:
    """
    `_quote_opening` of ``text[low:...]`` at *position* is not ``None``, read in *text*.
    """
    curly_close = text.rfind("”", low, position)
    if text.rfind("“", low, position) > curly_close:
        return True
    return text.count('"', low, position) % 2 == 1 and text.rfind('"', low, position) > curly_close


def _quote_opening(chunk: str, at: int) -> int | None:
    """
    Where the quotation that holds *at* opens in *chunk*, or ``None`` when none does.
    """
    curly_open = chunk.rfind("“", 0, at)
    curly_close = chunk.rfind("”", 0, at)
    if curly_open > curly_close:
        return curly_open
    straight = chunk.count('"', 0, at)
    if straight % 2 == 1 and chunk.rfind('"', 0, at) > curly_close:
        return chunk.rfind('"', 0, at)
    return None


_CLOSING_QUOTES: Final = ("”", '"')
#: How far from the casualty words a quotation's marks and its speaker are looked for.
_QUOTE_REACH: Final = 1500


def _read_cause(
    chunk: str, words: Sequence[tuple[int, int]], *, cache: _SentenceCache | None = None
) -> tuple[str, int, int] | None:
    """
    The sentence's first cause phrase and its span, or ``None``.
    """
    if cache is None:
        cache = _SentenceCache()
    if cache.causes is None:
        cache.causes = []
        for word_start, _word_end in words:
            cause = _CAUSE.match(chunk, word_start)
            if cause is not None:
                start, end = _group(cause, "cause")
                cache.causes.append((chunk[start:end], start, end))
                break
    return cache.causes[0] if cache.causes else None


def _read_location(
    chunk: str,
    words: Sequence[tuple[int, int]],
    offset: int,
    trigger: tuple[int, int],
    timed: tuple[Sequence[TimeExpression], Sequence[int]],
    *,
    cache: _SentenceCache | None = None,
) -> tuple[str | None, Span | None]:
    """
    The place phrase nearest after the casualty words, else the nearest before them.

    *timed* is the article's times, sorted by start, and their starts: a phrase that is (part
    of) a time is no place, which the few times around it tell (not every time of the
    article, which made a long page of short incidents quadratic).
    """
    times, time_starts = timed
    if cache is None:
        cache = _SentenceCache()
    if cache.places is None:
        cache.places = []
        for word_start, word_end in words:
            if not _place_may_follow(chunk, word_end):
                continue
            match = _LOCATION.match(chunk, word_start)
            if match is None:
                continue
            start, end = _group(match, "location")
            if chunk[end - 1] == "." and end - chunk.rfind(" ", start, end) > _ABBREVIATION:
                end -= 1  # a full stop, not an abbreviation ("St.", "U.S.")
            low, high = start + offset, end + offset
            if not _overlaps_time(times, time_starts, low, high):
                cache.places.append((start, end))  # not (part of) a time: "in March"
    trigger_start, trigger_end = trigger
    after: tuple[int, int] | None = None
    before: tuple[int, int] | None = None
    for start, end in cache.places:
        if start >= trigger_end:
            if after is None:
                after = (start, end)
        elif end <= trigger_start:
            before = (start, end)
    chosen = after or before
    if chosen is None:
        return None, None
    start, end = chosen
    return chunk[start:end], make_span(start + offset, end + offset)


def _overlaps_time(
    times: Sequence[TimeExpression], time_starts: Sequence[int], low: int, high: int
) -> bool:
    """
    Whether a time of *times* (sorted by start, *time_starts* theirs) overlaps [low, high).
    """
    for index in range(max(0, bisect.bisect_left(time_starts, low) - 1), len(times)):
        span = times[index].span
        if span.start >= high:
            return False
        if span.end > low:
            return True
    return False


def _place_may_follow(chunk: str, end: int) -> bool:
    """
    Whether a place phrase may follow the preposition that ends at *end* ("in Syria").

    `_LOCATION` needs blanks, then an optional "the", an optional "... block of" and an
    optional ``place_modifier`` ("northwest"), then a capital. Not where the first word there
    starts with a lower-case ASCII letter and is no "the" and no modifier and no "block"
    follows it: a cheap necessary test.
    """
    if not chunk[end : end + 1].isspace():
        return False
    words = _first_words(chunk, end, 4)
    for index in range(min(3, len(words))):
        word = words[index]
        if index + 1 < len(words) and words[index + 1].lower().startswith("block"):
            return True
        if not ("a" <= word[0] <= "z"):
            # "The", a capitalised modifier or the place's first word: not a digit ("in
            # 2015") and not a month or a day ("on Saturday", "in March.").
            return _may_start_place(word)
        if word.lower() != "the" and _fold(word) not in _PLACE_MODIFIERS:
            return False
    return False


def _may_start_place(word: str) -> bool:
    r"""
    Whether *word* may be where `_LOCATION` reads its first capitalised word (or "The").

    Not a word that starts with no letter, and not one of `_MONTHS_AND_DAYS` that ends there
    (the pattern's ``(?! \L<month_or_day> \b )``): "in 2015", "on Saturday", "in March.".
    Where the ASCII letters go on in a way a word boundary may not follow, it may.

    >>> _may_start_place("Syria"), _may_start_place("Oct."), _may_start_place("2015")
    (True, False, False)
    """
    if not word[0].isalpha():
        return False
    size = 0
    while size < len(word) and word[size].isascii() and word[size].isalpha():
        size += 1
    if size < len(word):
        after = word[size]
        if not after.isascii() or after.isalnum() or after == "_":
            return True  # the word goes on: no boundary after the letters, or unsure
    return word[:size].lower() not in _MONTHS_AND_DAYS


#: The lower-case words that may stand before a place name ("in northwest Nigeria").
_PLACE_MODIFIERS: Final = frozenset(CASUALTY_LEXICON["place_modifier"])
#: The one-word names of months and days, which `_LOCATION` takes for no place.
_MONTHS_AND_DAYS: Final = frozenset(
    word for word in CASUALTY_LEXICON["month_or_day"] if word.isascii() and word.isalpha()
)


def _read_time(
    chunk: str,
    sentence: Span,
    trigger: int,
    times: Sequence[TimeExpression],
    time_starts: Sequence[int],
    *,
    start: int | None = None,
    procedures: bool = True,
) -> TimeExpression | None:
    """
    The event's time: the sentence's DATE or TIME expression nearest the casualty words.

    With *procedures*, the time of an arrest, a charge, a court date or a funeral
    (`_after_procedure`) is left out too: it is not a killing's or an injury's.

    The time of a speech verb ("said on March 17") is left out, and so is a time before a
    conjunction that opens the clause the casualty words (from *start*) are told in
    ("agreed on March 5 ... after a recent escalation displaced nearly a million people").
    """
    low = bisect.bisect_left(time_starts, sentence.start)
    high = bisect.bisect_left(time_starts, sentence.end)
    best: tuple[int, TimeExpression] | None = None
    for time in times[low:high]:
        if time.span.end > sentence.end:
            continue
        before = time.span.start - sentence.start
        if _after_speech(chunk, max(0, before - 40), before) or (
            procedures and _after_procedure(chunk, before, time.span.end - sentence.start)
        ):
            continue
        if start is not None and _in_other_clause(chunk, time, start - sentence.start, sentence):
            continue
        distance = abs(time.span.start - trigger)
        if best is None or distance < best[0]:
            best = (distance, time)
    return None if best is None else best[1]


def _in_other_clause(chunk: str, time: TimeExpression, start: int, sentence: Span) -> bool:
    """
    Whether *time* stands before a conjunction that opens the clause at *start* of *chunk*.

    *chunk* is the text of *sentence*; *start* indexes it.
    """
    end = time.span.end - sentence.start
    return 0 <= end <= start and _other_clause(chunk, end, start)


def _other_clause(text: str, end: int, start: int) -> bool:
    """
    Whether ``casualty.time.other_clause`` matches back from *start* to *end* of *text*.

    One of its conjunctions (`OTHER_CLAUSE_WORDS`) stands between (a cheap necessary test).
    """
    between = _fold(text[end:start])
    if not any(word in between for word in OTHER_CLAUSE_WORDS):
        return False
    return _OTHER_CLAUSE.match(text, end, start) is not None


# --- merging ----------------------------------------------------------------------------


def _same_figure(left: Quantity, right: Quantity) -> bool:
    return (left.low, left.high) == (right.low, right.high) or (
        left.low is not None and left.low == right.low
    )


def _actor_key(actor: Actor) -> str:
    return _strip_determiner(actor.name).lower()


def _compatible(draft: _Mention, mention: _Mention) -> bool:
    if (
        draft.perpetrator is not None
        and mention.perpetrator is not None
        and _actor_key(draft.perpetrator) != _actor_key(mention.perpetrator)
    ):
        return False
    if (
        draft.victims is not None
        and mention.victims is not None
        and draft.victims.country is not None
        and mention.victims.country is not None
        and draft.victims.country != mention.victims.country
    ):
        return False
    if (
        mention.names
        and draft.names
        and draft.names.isdisjoint(mention.names)
        and _of_one(draft.count)
        and _of_one(mention.count)
    ):
        # "Mara Quill was arrested" is not "Dawson was arrested": one person each.
        return False
    if (
        draft.count is None
        and (draft.names or (draft.victims is not None and _generic_one(draft.victims, draft.kind)))
        and mention.pending is not None
        and _of_many(mention)
        and _PLURAL_VERBS.isdisjoint(draft.span.slice(mention.pending[0]).lower().split())
    ):
        # "the fatal shooting of Tom Lee (of a local teen) ... one of 24 homicides this
        # year": a figure of deaths in the plural, told without a name, is a statistic, not
        # one person's killing (but "Lee and her son were found dead ... two deaths" is).
        return False
    if draft.count is not None and mention.count is not None:
        return _same_figure(draft.count, mention.count) or _one_of(draft.count, mention.count)
    return True


def _of_one(count: Quantity | None) -> bool:
    """
    Whether *count* is no figure or a figure of one person at most.
    """
    return count is None or (count.high is not None and count.high <= 1)


#: Verbs that tell of more than one subject: "Ann Cole and her daughter were found dead".
_PLURAL_VERBS: Final = frozenset({"were", "are", "have"})


def _of_many(mention: _Mention) -> bool:
    """
    Whether *mention* counts deaths in the plural ("24 homicides") and names no one.
    """
    count = mention.count
    return (
        count is not None
        and count.low is not None
        and count.low > 1
        and not mention.names
        and mention.pending is not None
        and _last_word(mention.pending[0], mention.trigger) in _PLURAL_DEATHS
    )


def _last_word(text: str, span: Span) -> str:
    """
    The last word of *span* in *text*, in lower case.
    """
    words = span.slice(text).lower().split()
    return words[-1] if words else ""


def _one_of(group: Quantity, count: Quantity) -> bool:
    """
    Whether *count* tells of some of *group* (a group of more than one).

    That is the article of one of them, or a coordination of fewer: "a friend of the family
    had been shot" after "five children were shot" tells of one of the five, "a man and a
    woman were shot in the legs" of two of them ("another" tells of one more).
    """
    if group.low is None or group.low <= 1:
        return False
    if count.rule_id == "casualty.count.article":
        # "another teen has been shot" tells of one more.
        return count.text.lower() != "another"
    return (
        count.rule_id == "casualty.count.coordinated"
        and count.high is not None
        and count.high < group.low
    )


def _generic_one(victims: Actor, kind: CasualtyKind) -> bool:
    """
    Whether *victims* tell of one person without a name: "a man", "the victim", "he".

    Not a pronoun of an injury: "he was shot" in an article that reports a killing is the
    killed person's shot (`_fold_shot_into_killed`), whatever name a later mention gives.
    """
    if victims.text.lower() in _ONE_PRONOUNS:
        return kind is not CasualtyKind.INJURED
    return _SINGULAR_WORD.fullmatch(_strip_determiner(victims.name).split()[-1]) is not None


#: How many of the latest records a mention may join.
_MERGE_REACH: Final = 16


def _merge(drafts: list[_Mention], mention: _Mention, *, merge_only: bool) -> None:
    """
    Add *mention* to the latest compatible record of its kind, or start a new record.
    """
    victims = mention.victims
    pending = mention.pending
    if victims is not None and pending is not None:
        if victims.text.lower() in _ONE_PRONOUNS:
            if mention.kind is CasualtyKind.KILLED:
                mention.referents = _referents(pending[1], victims.span.start - pending[4])
        # Only a capitalised phrase may be a name (a cheap necessary test).
        elif victims.text[:1].isupper():
            mention.names = _names(pending[0], victims, mention.rule_id)
    target: _Mention | None = None
    # The latest records only: an article tells a handful of events, and a text that tells
    # thousands must not cost the square of them.
    for draft in itertools.islice(reversed(drafts), _MERGE_REACH):
        if draft.kind is not mention.kind:
            continue
        if mention.update or _compatible(draft, mention):
            target = draft
            break
    if target is None:
        if not merge_only:
            _read_pending(mention, _PENDING_FIELDS)
            drafts.append(mention)
        return
    target.mentions.append(mention.span)
    if mention.referents:
        target.referents = target.referents | mention.referents
    names = mention.names
    if names:
        if (
            mention.kind is CasualtyKind.INJURED
            and mention.count is None
            and mention.pending is not None
            and _is_wound(mention.pending[0], mention.trigger)
        ):
            if target.wounds is None:
                target.wounds = []
            target.wounds.append((mention.span, names, mention.victims, target.victims))
        if (
            not target.names
            and target.victims is not None
            and _of_one(target.count)
            and _generic_one(target.victims, target.kind)
        ):
            # "One person is dead ... John Smith, 28, died": the name tells who.
            target.victims = mention.victims
        target.names = target.names | names
    # A mention that gives the figure the record keeps (an update's new figure, or the
    # first figure of a record without one) also gives its source, where it names one:
    # "the death toll had risen to 32, a resident said" is the resident's figure.
    gives_figure = mention.count is not None and (
        target.count is None or (mention.update and not _same_figure(target.count, mention.count))
    )
    if mention.update and mention.count is not None:
        target.count = mention.count
    # The fields one by one, not by name: getattr and setattr cost a lookup each.
    if mention.pending is not None:
        missing = []
        if target.cause is None:
            missing.append("cause")
        if target.claimed_by is None or gives_figure:
            missing.append("claimed_by")
        if target.time is None or _spans_days(target.time):
            missing.append("time")
        if target.location is None:
            missing.append("location")
        if missing:
            _read_pending(mention, missing)
    if target.count is None:
        target.count = mention.count
    if target.victims is None:
        target.victims = mention.victims
    if target.perpetrator is None:
        target.perpetrator = mention.perpetrator
    if target.cause is None:
        target.cause = mention.cause
    if target.cause_span is None:
        target.cause_span = mention.cause_span
    if target.claimed_by is None or (gives_figure and mention.claimed_by is not None):
        target.claimed_by = mention.claimed_by
    if target.time is None or (
        mention.time is not None
        and _spans_days(target.time)
        and _day_within(mention.time, target.time)
    ):
        # a day told in the body refines the headline's "weekend shooting"
        target.time = mention.time
    if target.location is None:
        target.location = mention.location
    if target.location_span is None:
        target.location_span = mention.location_span


def _spans_days(time: TimeExpression) -> bool:
    """
    Whether *time* is a stretch of days ("weekend", "last week"), not one day.
    """
    return time.start is not None and time.end is not None and time.start < time.end


def _day_within(time: TimeExpression, stretch: TimeExpression) -> bool:
    """
    Whether *time* is one day of *stretch* ("Saturday" of "the weekend").
    """
    return (
        time.start is not None
        and time.start == time.end
        and stretch.start is not None
        and stretch.end is not None
        and stretch.start <= time.start <= stretch.end
    )


def _resolved(text: str, actor: Actor | None) -> Actor | None:
    """
    Read *actor* again with `resolve_actor`, where it can (pronouns stay as they are).
    """
    if actor is None or actor.text.lower() in _PRONOUNS:
        return actor
    resolved = resolve_actor(text, actor.span)
    if resolved is None:
        # `_make_actor` would read the phrase as *actor* was read: the same actor.
        return actor
    head = (
        None
        # Read whole: nothing left out (the bounds compared, not the spans: no `__eq__` call).
        if resolved.span.start == actor.span.start and resolved.span.end == actor.span.end
        else _HEAD_WORD.search(actor.text.rstrip(_PUNCTUATION + " "))
    )
    if head is not None:
        # Read without the phrase's head noun: "Tulsa" of "Tulsa man", "Gaza" of "the health
        # ministry in Gaza", "members" of "family members" are not the people the phrase
        # names. The phrase as written stays.
        start = actor.span.start + head.start()
        covers = (
            [resolved.span]
            if resolved.role_span is None
            else [
                resolved.span,
                resolved.role_span,
            ]
        )
        if not any(span.start <= start < span.end for span in covers):
            return actor
    if resolved.country is None and actor.country is not None:
        # `attrs.evolve` of the country, without its interpreted ``__init__``.
        return make_actor(
            text=resolved.text,
            span=resolved.span,
            name=resolved.name,
            kind=resolved.kind,
            rule_id=resolved.rule_id,
            role=resolved.role,
            role_span=resolved.role_span,
            country=actor.country,
        )
    return resolved


def _finish(text: str, draft: _Mention) -> Casualty:
    # Distinct, by (start, end) as spans order, without attrs' generated hash and comparison.
    distinct = {(span.start, span.end): span for span in draft.mentions}
    mentions = [distinct[key] for key in sorted(distinct)]
    return _make_casualty(
        kind=draft.kind,
        span=draft.span,
        rule_id=draft.rule_id,
        count=draft.count,
        victims=(
            # A coordination stays as written ("A boy and six other people").
            draft.victims
            if draft.count is not None
            and draft.count.rule_id == "casualty.count.coordinated"
            and draft.victims is not None
            and draft.victims.span.start == draft.count.span.start
            else _resolved(text, draft.victims)
        ),
        perpetrator=_resolved(text, draft.perpetrator),
        cause=draft.cause,
        cause_span=draft.cause_span,
        claimed_by=_resolved(text, draft.claimed_by),
        time=draft.time,
        location=draft.location,
        location_span=draft.location_span,
        mentions=tuple(mentions),
    )


def _make_casualty(
    *,
    kind: CasualtyKind,
    span: Span,
    rule_id: str,
    count: Quantity | None,
    victims: Actor | None,
    perpetrator: Actor | None,
    cause: str | None,
    cause_span: Span | None,
    claimed_by: Actor | None,
    time: TimeExpression | None,
    location: str | None,
    location_span: Span | None,
    mentions: tuple[Span, ...],
) -> Casualty:
    """
    ``Casualty(kind=kind, ...)``, built without attrs' interpreted ``__init__``.

    `Casualty` validates nothing, and its one converter makes a tuple of *mentions*, which
    is one: the record is the one ``__init__`` makes, for a part of its cost.
    """
    casualty: Casualty = _NEW_OBJECT(Casualty)
    _SET_CASUALTY_KIND(casualty, kind)
    _SET_CASUALTY_SPAN(casualty, span)
    _SET_CASUALTY_RULE_ID(casualty, rule_id)
    _SET_CASUALTY_COUNT(casualty, count)
    _SET_CASUALTY_VICTIMS(casualty, victims)
    _SET_CASUALTY_PERPETRATOR(casualty, perpetrator)
    _SET_CASUALTY_CAUSE(casualty, cause)
    _SET_CASUALTY_CAUSE_SPAN(casualty, cause_span)
    _SET_CASUALTY_CLAIMED_BY(casualty, claimed_by)
    _SET_CASUALTY_TIME(casualty, time)
    _SET_CASUALTY_LOCATION(casualty, location)
    _SET_CASUALTY_LOCATION_SPAN(casualty, location_span)
    _SET_CASUALTY_MENTIONS(casualty, mentions)
    return casualty


_SET_CASUALTY_KIND: Final = Casualty.__dict__["kind"].__set__
_SET_CASUALTY_SPAN: Final = Casualty.__dict__["span"].__set__
_SET_CASUALTY_RULE_ID: Final = Casualty.__dict__["rule_id"].__set__
_SET_CASUALTY_COUNT: Final = Casualty.__dict__["count"].__set__
_SET_CASUALTY_VICTIMS: Final = Casualty.__dict__["victims"].__set__
_SET_CASUALTY_PERPETRATOR: Final = Casualty.__dict__["perpetrator"].__set__
_SET_CASUALTY_CAUSE: Final = Casualty.__dict__["cause"].__set__
_SET_CASUALTY_CAUSE_SPAN: Final = Casualty.__dict__["cause_span"].__set__
_SET_CASUALTY_CLAIMED_BY: Final = Casualty.__dict__["claimed_by"].__set__
_SET_CASUALTY_TIME: Final = Casualty.__dict__["time"].__set__
_SET_CASUALTY_LOCATION: Final = Casualty.__dict__["location"].__set__
_SET_CASUALTY_LOCATION_SPAN: Final = Casualty.__dict__["location_span"].__set__
_SET_CASUALTY_MENTIONS: Final = Casualty.__dict__["mentions"].__set__


def is_singular(casualty: Casualty) -> bool:
    """
    Whether the victims are one person named or described in the singular ("a man", "he").

    >>> from newsevents.model import Actor
    >>> victims = Actor(text="a man", span=Span(0, 5), name="man", kind=ActorKind.GROUP, rule_id="x")
    >>> is_singular(Casualty(kind=CasualtyKind.KILLED, span=Span(0, 5), rule_id="x", victims=victims))
    True
    """
    victims = casualty.victims
    if victims is None:
        return False
    if victims.kind is ActorKind.PERSON:
        return True
    return _SINGULAR_WORD.fullmatch(_strip_determiner(victims.name).split()[-1]) is not None
