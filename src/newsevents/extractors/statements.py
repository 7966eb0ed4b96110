"""
Statements: who said what, and when.

The extractor reads the article's content paragraphs (and repeated summaries, which only add
mentions), in two steps, spaCy style:

1. ``match``: quotes are paired in one pass over each paragraph (straight and curly marks,
   nesting, a quote running over several paragraphs); cues are looked up by their words
   (what the ``statement.cue`` pattern matches, found with dicts and string methods); around
   each cue, bounded patterns from `newsevents.rules.statements` find the speaker (before the
   cue, or after it: "said Pompeo"), the content (after the cue, or before it when the
   attribution closes the sentence) and adjuncts ("on March 17", "told reporters"). Short
   speaker phrases repeat ("police", " he "), and are read once per process (`_speaker_in`).
2. ``build``: the speaker phrase becomes an `Actor` (`newsevents.actors.resolve_actor`);
   pronouns and bare surnames take the last compatible named person; the time is the
   `TimeExpression` of ``article.times`` that lies in the attribution; the same statement told
   twice (headline, lede, a repeated summary) becomes one record with every mention.

Every pattern runs on a window of bounded size around a cue or quote mark, so the work is
linear in the length of the text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Collection, Mapping, Sequence
from typing import Final

import attrs
import regex

from newsevents._rules import Rule, compile_rules, group_numbers, word_trie
from newsevents.actors import (
    country_code,
    is_pronoun,
    last_person,
    make_actor,
    person_ending_at,
    resolve_actor,
)
from newsevents.article import DATELINES
from newsevents.model import (
    Actor,
    ActorKind,
    Article,
    Paragraph,
    ParagraphRole,
    Span,
    Statement,
    StatementKind,
    TimeExpression,
    TimexType,
)
from newsevents.rules.actors import PARTICLES
from newsevents.rules.statements import (
    BOUNDARY_ABBREVIATIONS,
    BOUNDARY_WORDS,
    CUES,
    FUNCTION,
    NOT_COLON_SPEAKERS,
    NOT_HEADS,
    NOT_NAMES,
    NP_FUNCTION_WORDS,
    NP_NOT_HEAD_WORDS,
    NP_NOT_NAME_WORDS,
    PARTICIPLE,
    PAST_CUES,
    QUOTE_ONLY_CUES,
    STATEMENT_LEXICON,
    STATEMENT_RULES,
    THAT_SUBJECT_VERBS,
    WRITER_PARTICIPLE,
)
from newsevents.text import ascii_letters, kept_lower, letter_words, lower_in_place, make_span

__all__ = ["extract_statements"]


#: The `bisect` functions as module constants: compiled code calls a constant, where
#: ``bisect.bisect_left`` is a lookup in the module's attributes at each call (about twenty
#: thousand calls per two hundred articles).
_bisect_left: Final = bisect.bisect_left
_bisect_right: Final = bisect.bisect_right
#: Enum members as module constants: compiled code reads a constant, where ``Kind.MEMBER`` is
#: an attribute lookup through the enum's metaclass (about 0.2 µs each).
_DIRECT: Final = StatementKind.DIRECT
_INDIRECT: Final = StatementKind.INDIRECT
_MIXED: Final = StatementKind.MIXED
_PERSON: Final = ActorKind.PERSON
_HEADLINE: Final = ParagraphRole.HEADLINE
_BOILERPLATE: Final = ParagraphRole.BOILERPLATE


#: The word alternations of the speaker phrase (`NP`) as tries (`newsevents._rules.word_trie`),
#: read left to right: `NP` tries them in lookaheads, which read that way in every pattern.
#: Each lookahead's alternatives become one trie; then any function words left.
_NP_TRIES: Final = (
    (
        f"(?!{FUNCTION}\\b|{NOT_HEADS}\\b)",
        f"(?!{word_trie((*NP_FUNCTION_WORDS, *NP_NOT_HEAD_WORDS))}\\b)",
    ),
    (
        f"(?i:{FUNCTION}|{NOT_NAMES})",
        f"(?i:{word_trie((*NP_FUNCTION_WORDS, *NP_NOT_NAME_WORDS))})",
    ),
    (FUNCTION, word_trie(NP_FUNCTION_WORDS)),
)


def _tried(rule: Rule) -> Rule:
    """
    *rule* with the function words of its speaker phrases as a trie: the same matches, sooner.

    The alternation tries each of its 37 words in turn at each head a phrase may have; most
    tries of the trie end at the first letter. Rules without a speaker phrase come back as they
    are.
    """
    if FUNCTION not in rule.pattern:
        return rule
    pattern = rule.pattern
    for alternation, trie in _NP_TRIES:
        pattern = pattern.replace(alternation, trie)
    return attrs.evolve(rule, pattern=pattern)


#: The rules as written, by id (what the compiled rules read differs: `_tried`).
_WRITTEN: Final[dict[str, Rule]] = {rule.id: rule for rule in STATEMENT_RULES}
#: Word lists spelled out as tries (`newsevents._rules.spell_out_lists`): the same matches; a
#: named list looks every length of its words up at each try, most tries of a trie end at the
#: first letter. The function words of speaker phrases too (`_tried`).
_RULES: Final = compile_rules(
    tuple(map(_tried, STATEMENT_RULES)), STATEMENT_LEXICON, prefix="statement.", spell_lists=True
)
_CUE: Final = _RULES.by_id("statement.cue").pattern
_NEGATED: Final = _RULES.by_id("statement.negated").pattern
_BOUNDARY: Final = _RULES.by_id("statement.boundary").pattern
_SPEAKER_LEFT: Final = _RULES.by_id("statement.speaker.left").pattern
_SPEAKER_APPOSITION: Final = _RULES.by_id("statement.speaker.apposition").pattern
_SPEAKER_APPOSITION_LONG: Final = _RULES.by_id("statement.speaker.apposition.long").pattern
_SPEAKER_RIGHT: Final = _RULES.by_id("statement.speaker.right").pattern
_CONTENT_RIGHT: Final = _RULES.by_id("statement.content.right").pattern
_CONTENT_TOLD: Final = _RULES.by_id("statement.content.told").pattern
_FINAL: Final = _RULES.by_id("statement.adjunct.final").pattern
_ACCORDING: Final = _RULES.by_id("statement.according_to").pattern
_ACCORDING_CUE: Final = _RULES.by_id("statement.according_to.cue").pattern
_INITIAL: Final = _RULES.by_id("statement.according_to.initial").pattern
_PARTICIPIAL: Final = _RULES.by_id("statement.participial").pattern
_QUOTE_MARK: Final = _RULES.by_id("statement.quote_mark").pattern
_AUXILIARY_START: Final = _RULES.by_id("statement.embedded.auxiliary").pattern
_CLAUSE_END: Final = _RULES.by_id("statement.embedded.end").pattern
#: Datelines that open a paragraph and run on into its first sentence ("ANKARA, March 17
#: (Reuters) - Turkey said ...", "WASHINGTON — ..."): not part of what anyone said.
_DATELINES: Final = tuple(
    DATELINES.by_id(rule_id).pattern
    for rule_id in ("article.dateline.place", "article.dateline.agency")
)
_DATELINE_MARKS: Final = ("-", "–", "—", "―", "(")  # a dateline has a dash or an agency
#: Per pattern of `_DATELINES`, what it needs (from its rule's ``meta``): one of the marks
#: (``needs``) in the characters read, and, if ASCII, one of these characters second
#: (``second``; ``None``: any), as `newsevents.article` reads them. Without them it fails.
_DATELINE_GATES: Final = tuple(
    (
        tuple((DATELINES.by_id(rule_id).rule.get("needs") or "").split() or _DATELINE_MARKS),
        DATELINES.by_id(rule_id).rule.get("second"),
    )
    for rule_id in ("article.dateline.place", "article.dateline.agency")
)
_DATELINE_CHARS: Final = 120  # characters read for a dateline at a paragraph's start

_CUE_FIRST_WORDS: Final[frozenset[str]] = frozenset(
    form.split()[0] for _lemma, *forms in CUES for form in forms
)
_CUE_FIRST_BYTES: Final[frozenset[bytes]] = frozenset(
    word.encode("ascii") for word in _CUE_FIRST_WORDS
)
#: The cue forms (`_CUE`'s word list) by first word, longest first (as the list matches).
_FORMS_BY_FIRST: Final[dict[str, tuple[str, ...]]] = {
    first: tuple(
        sorted(
            (form for form in STATEMENT_LEXICON["cue"] if form.split()[0] == first),
            key=len,
            reverse=True,
        )
    )
    for first in _CUE_FIRST_WORDS
}
_CUE_EDGE: Final = _RULES.by_id("statement.cue.edge").pattern
_ASCII_EDGES: Final = frozenset(
    char for char in map(chr, range(128)) if _CUE_EDGE.match(char) is not None
)
_ASCII_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyz")
_CONJUNCTION_END: Final = _RULES.by_id("statement.conjunction_end").pattern
_BY_AGENT: Final = _RULES.by_id("statement.passive_agent").pattern
_COORDINATED: Final = _RULES.by_id("statement.coordinated").pattern
_PROGRESSIVE: Final = _RULES.by_id("statement.progressive").pattern
_ADJECTIVAL: Final = _RULES.by_id("statement.cue.adjectival").pattern
#: What `_ADJECTIVAL` needs right before its trailing blanks: a modifier ("the first ").
_MODIFIERS: Final = tuple(STATEMENT_LEXICON["cue_modifier"])
_MODIFIER_CHARS: Final = max(map(len, _MODIFIERS)) + 2  # characters the test reads
_COLON_CLOSE: Final = _RULES.by_id("statement.colon_close").pattern
_CLAUSE_NEXT: Final = _RULES.by_id("statement.coordinated.clause").pattern
_GERUND: Final = _RULES.by_id("statement.gerund").pattern
_NOT_CLAUSE: Final = _RULES.by_id("statement.content.not_clause").pattern
#: The words `_NOT_CLAUSE` (case-sensitive) can start with: where none starts, it cannot match.
_NOT_CLAUSE_STARTS: Final = (
    "of", "in", "on", "at", "for", "from", "into", "during", "with", "by", "through", "and",
    "but", "or", "nor", "me", "us", "is", "are", "was", "were", "be", "been", "could", "would",
    "can", "will", "should", "may", "might", "must", "has", "have", "had", "as", "released",
    "issued", "published", "posted", "made", "given", "held", "broadcast", "aired", "seen",
)  # fmt: skip
_THAT: Final = _RULES.by_id("statement.content.that").pattern
_QUESTION: Final = _RULES.by_id("statement.content.question").pattern
_PARTICIPLE_REACH: Final = 48  # ", telling Fox News reporters that ": what follows a participle
_AS_REACH: Final = 80  # characters after "described" its "as" may stand at
_INDEFINITE: Final = ("a ", "an ")  # what a phrase naming a thing ("a group called X") opens with
_RELATIVE: Final = _RULES.by_id("statement.relative").pattern
_POSTMODIFIED: Final = _RULES.by_id("statement.speaker.postmodified").pattern
_SUBJECT: Final = _RULES.by_id("statement.speaker.subject").pattern
_INSERTED: Final = _RULES.by_id("statement.adjunct.inserted").pattern
_COLON: Final = _RULES.by_id("statement.speaker.colon").pattern
_DASH_SIGNED: Final = _RULES.by_id("statement.speaker.signed").pattern
#: The groups read of the patterns' matches, by number (`newsevents._rules.group_numbers`: a
#: name costs a raised and cleared `TypeError` a read); one name, one number in the patterns
#: whose matches one piece of code reads.
(_LEFT_SPEAKER,) = group_numbers((_SPEAKER_LEFT,), "speaker")
_APPOSED_SPEAKER, _APPOSITION = group_numbers(
    (_SPEAKER_APPOSITION, _SPEAKER_APPOSITION_LONG), "speaker", "apposition"
)
_RIGHT_SPEAKER, _RIGHT_APPOSITION = group_numbers((_SPEAKER_RIGHT,), "speaker", "apposition")
_RIGHT_CONTENT, _ADDRESSEE = group_numbers((_CONTENT_RIGHT,), "content", "addressee")
(_TOLD_CONTENT,) = group_numbers((_CONTENT_TOLD,), "content")
(_QUESTION_CONTENT,) = group_numbers((_QUESTION,), "content")
(_PARTICIPIAL_CUE,) = group_numbers((_PARTICIPIAL,), "cue")
(_SUBJECT_SPEAKER,) = group_numbers((_SUBJECT,), "speaker")
_COLON_SPEAKER, _COLON_CUE = group_numbers((_COLON,), "speaker", "cue")
_SIGNED_SPEAKER, _SIGNED_CUE = group_numbers((_DASH_SIGNED,), "speaker", "cue")
(_ACCORDING_CUE_GROUP,) = group_numbers((_ACCORDING_CUE,), "cue")
_NOT_COLON_SPEAKERS: Final[frozenset[str]] = frozenset(NOT_COLON_SPEAKERS)
_CONTENT_END: Final = _RULES.by_id("statement.content.end").pattern
_NEXT_CUE: Final = _RULES.by_id("statement.content.next_cue").pattern
_SUBORDINATE: Final = _RULES.by_id("statement.content.subordinate").pattern
#: Where a `_NEXT_CUE` match can start, from where its needle stands: at the blank before
#: "and" or "but" (in lower-cased text), right after the quote mark it follows.
_NEXT_CUE_NEEDLES: Final = (("and", -1), ("but", -1), ("”", 1), ('"', 1), ("''", 2))
_CUT_BLANKS: Final = 2  # blanks a content cut at a next cue keeps: three words
_PAST_CUES: Final[frozenset[str]] = frozenset(PAST_CUES)  # the cues a next cue may follow
_LEMMA: Final[dict[str, str]] = {form: lemma for lemma, *forms in CUES for form in forms}
_QUOTE_ONLY: Final[frozenset[str]] = frozenset(QUOTE_ONLY_CUES)
_RELATIVES: Final[frozenset[str]] = frozenset({"that", "which", "who"})
#: Cues whose content may be an infinitive ("vowed to continue the offensive").
_COMMISSIVE: Final = frozenset({"vow", "pledge", "promise", "threaten"})
_INFINITIVE: Final = ("to ", "not to ", "never to ")
_CLAIMED_DEEDS: Final = ("responsibility", "credit")  # claimed: no words reported
_LIVES: Final = frozenset({"life", "lives"})  # "claimed 217 lives": a toll, not a claim
_DATED: Final = (TimexType.DATE, TimexType.TIME)  # what a statement's time may be
_THAT_SUBJECT_VERBS: Final[frozenset[str]] = frozenset(THAT_SUBJECT_VERBS)
#: How every negation `_NEGATED` finds ends ("not", "nor", "no longer", "do not", "never",
#: "n't", "declined to", "without", "before").
_NEGATION_ENDS: Final = ("not", "never", "longer", "nor", "n't", "n’t", "to", "without", "before")
#: The first words of what may follow a cue that closes a sentence (`_FINAL`): adjuncts
#: ("on Tuesday", "in a statement", "last week", "Jan. 5") and "according to", "and said".
_CLOSING_WORDS: Final = (
    "on", "last", "this", "late", "early", "earlier", "later", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "jan", "feb",
    "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "week", "month", "year",
    "night", "morning", "evening", "afternoon", "weekend", "recently", "again", "also", "in",
    "at", "according", "and",
)  # fmt: skip
_CLOSING_LONGEST: Final = max(map(len, _CLOSING_WORDS))
#: What an addressee or an adjunct of `_CONTENT_RIGHT` may start with (its ADJUNCT's words, "to"
#: and the addressees, in lower case): after a cue, a word that starts with none of them is the
#: content (`_plain_content_start`).
_RIGHT_OPENERS: Final = (
    "on", "last", "this", "late", "early", "earlier", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "today", "yesterday", "tonight", "jan", "feb", "mar", "apr",
    "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "week", "month", "year", "night",
    "morning", "evening", "afternoon", "recently", "again", "also", "in", "at", "to",
    *sorted({form.lower() for form in STATEMENT_LEXICON["addressee"]}),
)  # fmt: skip
#: The first two characters of the _RIGHT_OPENERS, the _CLOSING_WORDS, and the last two of the
#: _MODIFIERS (each has two at least): a text that starts (ends) with none of them starts (ends)
#: with no word of the list, found with one set lookup before the tuple's dozens of tests.
_RIGHT_HEADS: Final = frozenset(opener[:2] for opener in _RIGHT_OPENERS)
_CLOSING_HEADS: Final = frozenset(word[:2] for word in _CLOSING_WORDS)
_MODIFIER_TAILS: Final = frozenset(modifier[-2:] for modifier in _MODIFIERS)
_BLANKS: Final = " \t\n\r\f\v"  # the ASCII characters both ``\s`` and `str.isspace` take
_PLAIN_HEAD: Final = 40  # characters `_plain_content_start` reads: more than any opener
_CLOSING_READ: Final = 24  # characters `_may_close` reads first
#: A tuple, not a set: members are found by identity, without calling `enum.Enum.__hash__`.
_READ_ROLES: Final = (ParagraphRole.HEADLINE, ParagraphRole.LEDE, ParagraphRole.BODY)

_WINDOW: Final = 240  # characters looked at on each side of a cue
_SPEAKER_CHARS: Final = 100  # the longest speaker phrase before a cue
_TIME_PREPOSITIONS: Final = ("on", "in", "at", "during", "earlier", "later")
#: What may stand before a time that opens a sentence ("On Monday, the mayor said").
_FRONTING: Final = frozenset(
    {"", "on", "in", "at", "during", "and", "but", "also", "earlier", "later"}
)
_PREDICATE_WORDS: Final = 12  # words after a relative clause's closing comma, at most
_OBJECT_PRONOUNS: Final = frozenset({"them", "us", "you", "those", "these", "whom", "others"})
_ROLE_WORDS: Final = 8  # words of a role the speaker's name is an apposition to, at most
_SHORTEST_POSTMODIFIED: Final = 4  # characters before "with": "Doe with the Police"
_MEMO_WINDOW: Final = 48  # phrases before a cue up to this long are read once (`_speaker_in`)
_MIN_CONTENT: Final = 8  # characters
_MAX_CONTENT: Final = 6000  # characters: longer is no sentence, nor a run of quoted paragraphs
_MIN_QUOTE: Final = 15  # characters for a quote that stands alone as a statement
_CARRY_PARAGRAPHS: Final = 3  # how far back a speaker carries to an unattributed quote
_MERGE_OVERLAP: Final = 0.75
_WORD_EDGES: Final = ".,;:!?\"“”'’"
_WORD_EDGE_CHARS: Final = frozenset(_WORD_EDGES)  # a set lookup: cheaper than a search in a string
_SHORT_WORD: Final = 2  # words this long or shorter do not count when comparing contents
_MERGE_WINDOW: Final = 30  # kept statements per speaker a new one is compared with
_GAP: Final = 12  # characters allowed between a closing quote and its attribution
_ANSWERS: Final = ("yes", "no")  # what may be all a speaker said ("the candidate said no.")
_ANSWER_ENDS: Final = frozenset({".", "!", ";", ""})  # what ends a sentence after an answer
_BY_CLAUSE_WORDS: Final = 4  # words a content opening with "by" has beyond these: a clause
_SURNAME_LOOKUPS: Final = 6  # occurrences of a surname searched for its full first mention
_MERGE_OVERLAP_HEADLINE: Final = 0.55
#: What may end a name after its last word (`_may_follow_name` does not apply to them).
_PARTICLES: Final = frozenset(PARTICLES)
_NAME_WORD_CHARS: Final = 40  # characters read back for the word before a surname
_NAME_SUFFIXES: Final = frozenset({"Jr", "Jr.", "Sr", "Sr.", "I", "II", "III", "IV", "V"})
_DENSE_CUES: Final = 12  # cue words a cue may follow within _DENSE_CHARS (prose has at most 6)
_DENSE_CHARS: Final = 200
_BREAKS_SEARCHED: Final = 2000  # characters: paragraphs searched for breaks from each content
_MARKS: Final = ('"', "“", "”", "''")
_LEFT_ENDS: Final = (",", "—", "–", ":")  # what stands before an attribution that ends a content
_QUOTE_MARKS_FREE: Final = 16  # quote marks any paragraph may have
_CHARS_PER_QUOTE_MARK: Final = 8  # beyond those, one per this many characters (dialogue: > 10)
#: Readable paragraphs from which a document's repeated paragraphs are read once (`_Replay`):
#: news has fewer, so an article pays nothing for it.
_REPLAY_PARAGRAPHS: Final = 64
_REPLAY_BEFORE: Final = 16  # characters before a paragraph its reading looks at, at most


class _Quote:
    """
    A quotation: where its inner text starts and ends, in one or more paragraphs.
    """

    __slots__ = ("close", "first", "inner_end", "open", "paragraph", "used")

    def __init__(
        self,
        open: int,  # noqa: A002 - the field's name, read as quote.open
        close: int | None,
        inner_end: int,
        paragraph: int,
        *,
        used: bool = False,
        first: int | None = None,
    ) -> None:
        self.open = open
        self.close = close  # index of the closing mark, None while unclosed
        # end of the inner text (the closing mark, or the paragraph end)
        self.inner_end = inner_end
        self.paragraph = paragraph
        self.used = used
        self.first = first  # for the continuation of a quote: where the quote opened


class _Found:
    """
    A statement under construction.
    """

    __slots__ = (
        "attribution",
        "content",
        "cue",
        "cue_span",
        "headline",
        "kind",
        "mentions",
        "paragraph",
        "parts",
        "repeat",
        "rule_id",
        "shared",
        "span",
        "speaker",
        "speaker_span",
        "words",
    )

    def __init__(
        self,
        *,
        kind: StatementKind,
        content: Span,
        span: Span,
        rule_id: str,
        paragraph: int,
        speaker_span: Span | None = None,
        speaker: Actor | None = None,
        cue: str | None = None,
        cue_span: Span | None = None,
        attribution: Span | None = None,
        mentions: list[Span] | None = None,
        repeat: bool = False,
        headline: bool = False,
        shared: bool = False,
        words: frozenset[str] | None = None,
        parts: tuple[Span, ...] | None = None,
    ) -> None:
        self.kind = kind
        self.content = content
        self.span = span
        self.rule_id = rule_id
        self.paragraph = paragraph
        self.speaker_span = speaker_span
        self.speaker = speaker
        self.cue = cue
        self.cue_span = cue_span
        self.attribution = attribution
        self.mentions: list[Span] = [] if mentions is None else mentions
        self.repeat = repeat
        self.headline = headline
        self.shared = shared  # the speaker of an earlier attribution ("..., adding that ...")
        self.words = words  # the content words, once `_merge` compares them
        # the pieces of the content when an attribution stands inside it
        # (`Statement.content_parts`); None: one piece, the content
        self.parts = parts


class _Context:
    """
    What the reader knows so far: named persons by surname, the last speakers.
    """

    __slots__ = (
        "cue_starts",
        "cue_words",
        "dependent",
        "extra",
        "last_direct",
        "last_person",
        "last_person_at",
        "last_speaker",
        "lowered",
        "missing",
        "persons",
        "remembered",
        "text",
        "time_ends",
        "time_starts",
    )

    def __init__(
        self,
        text: str,
        lowered: str = "",
        cue_starts: list[int] | None = None,
        cue_words: dict[int, str] | None = None,
        *,
        persons: dict[str, Actor] | None = None,
        last_person: Actor | None = None,
        last_person_at: int = -1,
        last_speaker: Actor | None = None,
        last_direct: _Found | None = None,
        missing: set[str] | None = None,
        extra: list[_Found] | None = None,
        time_starts: dict[int, int] | None = None,
        time_ends: dict[int, int] | None = None,
        remembered: list[Actor] | None = None,
        dependent: bool = False,
    ) -> None:
        self.text = text
        self.lowered = lowered
        # the keys of cue_words, sorted
        self.cue_starts: list[int] = [] if cue_starts is None else cue_starts
        self.cue_words: dict[int, str] = {} if cue_words is None else cue_words
        self.persons: dict[str, Actor] = {} if persons is None else persons
        self.last_person = last_person
        self.last_person_at = last_person_at
        self.last_speaker = last_speaker
        self.last_direct = last_direct
        self.missing: set[str] = set() if missing is None else missing
        self.extra: list[_Found] = [] if extra is None else extra
        # temporal expressions: end -> start, and start -> end
        self.time_starts: dict[int, int] = {} if time_starts is None else time_starts
        self.time_ends: dict[int, int] = {} if time_ends is None else time_ends
        # while a paragraph's reading is recorded (`_Replay`): the persons remembered, in order,
        # and whether the reading read what earlier paragraphs left (a pronoun's or a surname's
        # person)
        self.remembered = remembered
        self.dependent = dependent


class _Replay:
    """
    How one paragraph was read, to read the same paragraph again without reading it.

    A document of many repeated paragraphs ("Police said it was fine." ten thousand times)
    would read each one; a paragraph's reading depends only on its text, what stands just
    before it, its sentences, cues and times, unless it reads what earlier paragraphs left (a
    pronoun's person, a surname's first mention), quotes (a quote may run on) or a colon (the
    next paragraph may be what was said). Such paragraphs are read; the others are replayed:
    the same statements, moved, and the same persons remembered.
    """

    __slots__ = ("records", "remembered", "start")

    def __init__(
        self,
        start: int,
        records: list[_Found],
        remembered: list[Actor],
    ) -> None:
        self.start = start  # where the paragraph read starts
        self.records = records  # its statements, copied when read
        self.remembered = remembered  # the persons its reading remembered, in order


# --- quotes -----------------------------------------------------------------------------


def _is_opener(text: str, first: int, last: int, start: int, end: int) -> bool:
    """
    Whether a straight mark at ``text[first:last + 1]`` opens (a space before, a word after).
    """
    before = text[first - 1] if first > start else " "
    after = text[last + 1] if last + 1 < end else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def _closes(text: str, first: int, last: int, end: int) -> bool:
    """
    Whether a mark at ``text[first:last + 1]`` stands where a closing mark does.

    That is after a clause's last mark (``.,!?``) and before a blank or the paragraph's end.

    >>> _closes('"We stay,” he said', 9, 9, 18), _closes('"the “best” one"', 10, 10, 16)
    (True, False)
    """
    after = text[last + 1] if last + 1 < end else " "
    return text[first - 1] in ".,!?" and after.isspace()


def _find_quotes(
    text: str, span: Span, paragraph: int, marked: list[tuple[int, str]] | None = None
) -> list[_Quote]:
    """
    Pair the double quotation marks of one paragraph in a single pass.

    Curly marks open and close by shape; straight marks (``"`` and the typewriter ``''``)
    by what stands around them. Marks of the other style inside an open quote are nested
    quotes and are skipped, except a closing one where a closing mark stands with none nested
    open: mixed typing (an opening ``"`` closed by ``”``) is one quote. An opening mark left unclosed at the paragraph's end makes a
    quote that runs on (closed later, or never). A quote's ``open`` is the last character of
    its opening mark and ``close`` the first of its closing mark. A paragraph with more marks
    than prose ever has (one per _CHARS_PER_QUOTE_MARK characters, after the first
    _QUOTE_MARKS_FREE) is not paired at all: the work stays a few string counts.
    *marked*, when given, are the paragraph's marks (`_marks`), found with the article's.
    """
    quotes: list[_Quote] = []
    start, end = span.start, span.end
    if marked is None:
        marks = (
            text.count('"', start, end)
            + text.count("“", start, end)
            + text.count("”", start, end)
            + text.count("''", start, end)
        )  # the _MARKS, counted without a generator (paragraphs are many)
    else:
        marks = len(marked)
    if not marks or marks > _QUOTE_MARKS_FREE + (span.end - span.start) // _CHARS_PER_QUOTE_MARK:
        return quotes  # none, or more than prose ever has: no quotation
    open_at: int | None = None
    open_mark = ""
    nested = False  # a quote of the other style is open inside the open one
    for first, mark in _marks(text, start, end) if marked is None else marked:
        last = first
        if mark == "''":
            mark = '"'
            last += 1
        opener = mark == '"' and _is_opener(text, first, last, span.start, span.end)
        if open_at is None:
            if mark == "”":
                if not _is_opener(text, first, last, span.start, span.end):
                    continue  # a stray closing mark
                mark = "“"  # ”Fear. I am ...”: a closing mark typed where a quote opens
            if mark == '"' and not opener and quotes:
                continue
            open_at, open_mark, nested = last, mark, False
            continue
        if open_mark == "“" and mark != '"':
            if mark == "”":
                quotes.append(_Quote(open_at, first, first, paragraph))
                open_at = None
            else:
                open_at = last  # the previous quote was never closed
            continue
        if open_mark == '"' and mark == '"':
            if opener and text[first - 1] not in ".,!?":
                open_at = last  # two openers: the first was never closed
                continue
            quotes.append(_Quote(open_at, first, first, paragraph))
            open_at = None
            continue
        # A mark of the other style: a quote nested in the open one opens or closes; with
        # none nested open, a mark where a closing one stands closes the open quote (mixed
        # typing: “We will stay," he said; "We will stay,” he said).
        if opener or mark == "“":
            nested = True
        elif nested:
            nested = False
        elif _closes(text, first, last, span.end):
            quotes.append(_Quote(open_at, first, first, paragraph))
            open_at = None
    if open_at is not None:
        quotes.append(_Quote(open_at, None, span.end, paragraph))
    return quotes


def _marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """
    What `_QUOTE_MARK` finds in ``text[start:end]``, by string finds: ``(start, mark)`` in order.

    Every ``"``, ``“`` and ``”``, and every ``''`` not followed by a third ``'`` (two such
    never overlap, so these are the pattern's matches, left to right).

    >>> _marks("''Yes,'' he said. “No”", 0, 22)
    [(0, "''"), (6, "''"), (18, '“'), (21, '”')]
    """
    found: list[tuple[int, str]] = []
    for mark in ('"', "“", "”"):
        position = text.find(mark, start, end)
        while position != -1:
            found.append((position, mark))
            position = text.find(mark, position + 1, end)
    position = text.find("''", start, end)
    while position != -1:
        if position + 2 == end or text[position + 2] != "'":
            found.append((position, "''"))
        position = text.find("''", position + 1, end)
    found.sort()
    return found


def _chain(text: str, earlier: list[_Quote], quotes: list[_Quote]) -> list[_Quote]:
    """
    Join a quote left open at the end of a paragraph to the one opening the next paragraph.
    """
    if not earlier or not quotes:
        return quotes
    last, head = earlier[-1], quotes[0]
    if (
        last.close is None
        and last.paragraph == head.paragraph - 1
        and not text[last.inner_end : head.open].strip()
    ):
        head.first = last.first if last.first is not None else last.open
        last.close, last.inner_end = head.close, head.inner_end
    return quotes


class _QuoteIndex:
    """
    The quotes of one paragraph, sorted by their opening marks, for lookups by position.
    """

    __slots__ = ("opens", "quotes")

    def __init__(self, quotes: list[_Quote]) -> None:
        self.quotes = quotes
        self.opens = [quote.open for quote in quotes]

    def inside(self, position: int) -> _Quote | None:
        """
        The quote whose inner text holds *position*.
        """
        index = _bisect_left(self.opens, position) - 1
        if index >= 0 and position < self.quotes[index].inner_end:
            return self.quotes[index]
        return None

    def at(self, position: int) -> _Quote | None:
        """
        The quote opening at *position*.
        """
        index = _bisect_left(self.opens, position)
        if index < len(self.opens) and self.opens[index] == position:
            return self.quotes[index]
        return None

    def first_from(self, position: int) -> _Quote | None:
        """
        The first quote opening at or after *position*.
        """
        index = _bisect_left(self.opens, position)
        return self.quotes[index] if index < len(self.quotes) else None

    def closing_before(self, text: str, position: int) -> _Quote | None:
        """
        The quote whose closing mark stands right before *position* (blanks and commas between).
        """
        index = _bisect_left(self.opens, position) - 1
        if index < 0:
            return None
        quote = self.quotes[index]
        if quote.close is None or quote.close >= position or position - quote.close > _GAP:
            return None
        if text[quote.close + 1 : position].strip(" ,'\u00a0"):
            return None
        return quote

    def within(self, span: Span) -> list[_Quote]:
        """
        The quotes that open inside *span*.
        """
        low = _bisect_left(self.opens, span.start - 1)
        high = _bisect_right(self.opens, span.end)
        return self.quotes[low:high]


_NO_QUOTES: Final = _QuoteIndex([])  # the index of a paragraph without quotes (read only)


class _Breaks:
    """
    What ends a content in one long paragraph, each kind found once.

    That is where the writer takes over ("A; B", "A, although B": `_CONTENT_END`) and where
    the subject's next cue starts ("and said": `_NEXT_CUE`). One pass a kind on first use, then a lookup per cue: a run of cues in one long sentence
    does not rescan it. A short paragraph (`_BREAKS_SEARCHED` characters or fewer) has none
    built: it is searched from each content's start (`_first_break`, `_next_cue`).
    """

    __slots__ = ("breaks", "cues", "span", "text")

    def __init__(self, text: str, span: Span) -> None:
        self.text = text
        self.span = span
        self.breaks: _Matches | None = None
        self.cues: _Matches | None = None

    def first(self, start: int, end: int) -> int | None:
        """
        Where the first break in ``text[start:end]`` starts, if there is one.
        """
        if self.breaks is None:
            self.breaks = _Matches(_CONTENT_END, self.text, self.span)
        return self.breaks.first(start, end)

    def next_cue(self, start: int, end: int) -> int | None:
        """
        Where the first next cue (`_NEXT_CUE`) in ``text[start:end]`` starts, if there is one.
        """
        if self.cues is None:
            self.cues = _Matches(_NEXT_CUE, self.text, self.span)
        return self.cues.first(start, end)


class _Matches:
    """
    Where the matches of a pattern in one span of a text start and end, found in one pass.

    A plain class, native when compiled (hatch_build.py).
    """

    __slots__ = ("ends", "starts")

    def __init__(self, pattern: regex.Pattern[str], text: str, span: Span) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for match in pattern.finditer(text, span.start, span.end):
            self.starts.append(match.start())
            self.ends.append(match.end())

    def first(self, start: int, end: int) -> int | None:
        """
        Where the first match from *start* starts, if it ends by *end*.
        """
        index = _bisect_left(self.starts, start)
        if index < len(self.starts) and self.ends[index] <= end:
            return self.starts[index]
        return None


def _first_break(text: str, breaks: _Breaks | None, start: int, end: int) -> int | None:
    """
    Where the first break in ``text[start:end]`` starts: *breaks* of a long paragraph, or None.

    A short paragraph (``None``, no `_Breaks` built for it) is searched from *start*, once.

    >>> _first_break("it was over; they left", None, 0, 22)
    11
    """
    if breaks is not None:
        return breaks.first(start, end)
    # every break starts with a comma or a semicolon (a semicolon is one): the pattern is tried
    # at each comma before the first semicolon, not at every character (a search does that)
    semicolon = text.find(";", start, end)
    comma = text.find(",", start, end if semicolon == -1 else semicolon)
    while comma != -1:
        if _may_break(text, comma) and _CONTENT_END.match(text, comma, end) is not None:
            return comma
        comma = text.find(",", comma + 1, end if semicolon == -1 else semicolon)
    return None if semicolon == -1 else semicolon


def _next_cue(text: str, lowered: str, breaks: _Breaks | None, start: int, end: int) -> int | None:
    """
    Where the subject's next cue in ``text[start:end]`` starts ("and said"), if there is one.

    A long paragraph's are found once (*breaks*); a short paragraph is searched from *start*.

    >>> text = "called it a disgrace and said it failed"
    >>> _next_cue(text, text, None, 0, 39)
    20
    """
    if breaks is not None:
        return breaks.next_cue(start, end)
    # every match starts at the blank before "and" or "but" or right after a quote mark: the
    # pattern is tried only there, each needle found by `str.find` (in *lowered*, *text*
    # lower-cased), not at every character as a search would; the leftmost match wins
    best = end
    for needle, shift in _NEXT_CUE_NEEDLES:
        stop = best - shift + len(needle) - 1  # a needle found before it starts before *best*
        at = lowered.find(needle, max(0, start - shift), stop)
        while at != -1:
            position = at + shift
            if position >= start and _NEXT_CUE.match(text, position, end) is not None:
                best = position
                break
            at = lowered.find(needle, at + 1, stop)
    return None if best == end else best


#: The words a break at a comma (`_CONTENT_END`) opens with after the comma and a blank: its
#: conjunctions, "according", the articles of "a claim ..." and "and", "but" ("a" opens "an"
#: and "and" too), and the participles, the speaker's and the writer's, read from the lists the
#: rule is written with (so a participle added there opens the gate too).
_BREAK_OPENERS: Final = (
    "although", "though", "whereas", "even", "according", "a", "but",
    *regex.findall(r"[a-z]+", PARTICIPLE + WRITER_PARTICIPLE),
)  # fmt: skip
_BREAK_HEAD: Final = 2 + max(map(len, _BREAK_OPENERS))  # characters `_may_break` reads


def _may_break(text: str, comma: int) -> bool:
    """
    Whether `_CONTENT_END` may match at the comma at *comma* (what follows it opens a break).

    After the comma and one blank, one of the _BREAK_OPENERS must start, in any case; in ASCII
    text lower case is what the pattern's case folding compares. Beyond ASCII (letters the
    folding may take for ASCII ones: "ſaying") the pattern decides.

    >>> _may_break("over, saying", 4), _may_break("over, they", 4)
    (True, False)
    """
    head = text[comma + 2 : comma + _BREAK_HEAD]
    return not head.isascii() or head.lower().startswith(_BREAK_OPENERS)


# --- speakers ---------------------------------------------------------------------------


def _cue_starts(lowered: str, text: str | None = None) -> dict[int, str]:
    """
    Where a cue may start in *lowered*, in text order, and the cue word found there.

    The first words of cues, found once per article: the runs of ASCII letters of the text are
    collected in one pass of C string methods (a superset of its words: `_cue_at` checks the
    word boundaries) and intersected with the cue lexicon; only the few cue words the text
    holds are then looked up by position. Where two start at one position ("say", "saying"),
    the longer is kept. *text*, where given, is what *lowered* lower-cases: its words
    (`letter_words`, shared with the other stages) are the same.
    """
    shared = None if text is None else letter_words(text)
    if shared is None:
        letters = ascii_letters(lowered)  # one byte a character: the same offsets, faster finds
        present = _CUE_FIRST_BYTES.intersection(letters.split())
    else:
        letters, words = shared
        present = _CUE_FIRST_BYTES.intersection(words)
    found: dict[int, str] = {}
    for word in sorted(present, key=len):
        cue = word.decode("ascii")
        position = letters.find(word)
        while position != -1:
            found[position] = cue  # `_cue_at` checks the word boundaries
            position = letters.find(word, position + 1)
    if len(found) <= _DENSE_CUES + 1:
        return found  # too few to be dense
    starts = sorted(found)
    # a cue word after more than _DENSE_CUES others within _DENSE_CHARS is no attribution
    # ("said, said, said, ..."): prose never has them that close, and skipping them bounds the
    # work per character
    kept: dict[int, str] = {}
    low = 0
    for index, start in enumerate(starts):
        while starts[low] < start - _DENSE_CHARS:
            low += 1
        if index - low <= _DENSE_CUES:
            kept[start] = found[start]
    return kept


class _Cue:
    """
    A cue found in the text: where it starts and ends, and its form in lower case.

    A class and not a `NamedTuple`: compiled code makes one without calling the tuple's
    interpreted ``__new__``, and reads its fields without a Python attribute lookup.
    """

    __slots__ = ("end", "form", "start")

    def __init__(self, start: int, end: int, form: str) -> None:
        self.start = start
        self.end = end
        self.form = form


def _is_edge(char: str) -> bool:
    """
    Whether *char* may not stand next to a cue (a word character, an apostrophe, a hyphen).
    """
    if char.isascii():
        return char in _ASCII_EDGES
    return _CUE_EDGE.match(char) is not None


def _cue_at(lowered: str, start: int, end: int, word: str) -> _Cue | None:
    """
    The cue at *start* of ``lowered[:end]`` whose first word is *word*, if there is one.

    What `_CUE` (a word list between word boundaries) would match there: the longest form that
    fits, with no word character, apostrophe or hyphen on either side; a dict lookup instead of
    a pattern.
    """
    if start and _is_edge(lowered[start - 1]):
        return None
    after = start + len(word)
    if after < end and lowered[after] in _ASCII_LETTERS:
        return None  # a longer word: no form starts with it (the longest word found is kept)
    for form in _FORMS_BY_FIRST[word]:
        stop = start + len(form)
        if (
            stop <= end
            and lowered.startswith(form, start)
            and (stop == end or not _is_edge(lowered[stop]))
        ):
            return _Cue(start, stop, form)
    return None


def _cues(
    lowered: str, starts: Mapping[int, str], positions: Sequence[int], start: int, end: int
) -> list[_Cue]:
    """
    The cues in ``lowered[start:end]``, tried only where a cue word starts (*starts*).

    *positions* are the keys of *starts*, sorted. Looking words up is much faster than running
    a long word list at every position.
    """
    found = []
    for index in range(_bisect_left(positions, start), len(positions)):
        position = positions[index]
        if position >= end:
            break
        cue = _cue_at(lowered, position, end, starts[position])
        if cue is not None:
            found.append(cue)
    return found


def _may_coordinate(lowered: str, start: int, end: int) -> bool:
    """
    Whether "and" or "but" occurs in ``lowered[start:end]``, even inside a word.

    A cheap test before `_COORDINATED`, which needs one of them.
    """
    window = lowered[start:end]
    return "and" in window or "but" in window


def _may_continue(lowered: str, start: int, end: int) -> bool:
    """
    Whether `_CLAUSE_NEXT` may match ``lowered[start:end]``: it ends with "that" or a quote mark.

    A cheap test before the pattern ("and said she would ..." has neither).

    >>> _may_continue(" reporters that the", 0, 19), _may_continue(" she would go", 0, 13)
    (True, False)
    """
    window = lowered[start:end]
    return "that" in window or '"' in window or "“" in window or "''" in window


def _gapped(lowered: str, sentence_start: int, speaker_start: int) -> bool:
    """
    Whether a speaker at *speaker_start* may open a relative clause with no relative pronoun.

    A noun or "what" stands right before it ("a probe the agency said was ongoing", "showing
    what analysts said was a sign"), not a clause boundary, the start of the sentence or a
    "what" that opens it ("What he said was wrong": the words said are the subject).

    >>> _gapped("a probe the agency said", 0, 8), _gapped("what he said", 0, 5)
    (True, False)
    """
    before = lowered[sentence_start:speaker_start].rstrip()
    if not before or not before[-1].isalpha():
        return False
    words = before.rsplit(None, 2)
    last = words[-1]
    if last in _CLEFT_OPENERS:
        return len(words) > 1 and words[-2][-1:].isalpha()  # not at the start, nor ", what"
    return last not in _GAP_STOPS


def _gap_start(text: str, start: int, end: int) -> int:
    """
    Where the speaker starts in a phrase ``text[start:end]`` that also holds its antecedent.

    A phrase before "said was" without a relative pronoun may be two: the noun the clause
    modifies and the speaker ("a probe the agency", "a dynamic Greenberg"). The speaker
    starts at the last determiner after the first word, else at a capitalised word after a
    lower-case one that is no determiner or function word; -1 where neither is there.

    >>> text = "a probe the agency"
    >>> _gap_start(text, 0, len(text)), _gap_start("an FBI inquiry", 0, 14)
    (8, -1)
    """
    words: list[tuple[int, str]] = []
    at = start
    for word in text[start:end].split():
        at = text.index(word, at)
        words.append((at, word))
        at += len(word)
    determiner = -1
    capital = -1
    for index in range(1, len(words)):
        begin, word = words[index]
        previous = words[index - 1][1]
        if previous.lower() == "what":
            determiner = begin  # "injuries with what officials say are minor"
        elif word.lower() in _GAP_DETERMINERS and previous.lower() not in _GAP_STOPS:
            determiner = begin
        elif (
            capital == -1
            and word[0].isupper()
            and previous.isalpha()
            and previous.islower()
            and previous not in _GAP_DETERMINERS
            and previous not in _GAP_STOPS
        ):
            capital = begin
    return determiner if determiner != -1 else capital


def _opens_inside(text: str, sentence_start: int, opening: int) -> bool:
    """
    Whether a quote opening at *opening* does so inside a sentence of the writer's words.

    Words stand between the sentence's start and the quote, with no other quotation mark,
    and they do not end with a colon or a comma, which introduce a whole quote ("He said,
    "...""); "But Mr. Kim's ''execution has been challenged,''" is one sentence with a quote.
    """
    if opening <= sentence_start:
        return False
    before = text[sentence_start:opening].rstrip()
    return (
        any(char.isalpha() for char in before)
        and before[-1] not in ",:;—–-("
        and not any(mark in before for mark in _QUOTE_CHARS)
    )


def _is_title(quoted: str) -> bool:
    """
    Whether *quoted* (a quote with its opening mark) is a title: every word capitalised.

    "In an interview on "Face the Nation," Ryan said" quotes a programme's name, not words
    of the sentence's speaker; "Oz is “smart as hell,”" quotes the speaker.

    >>> _is_title("“Fox News Sunday,"), _is_title("“smart as hell,")
    (True, False)
    """
    words = [word for word in quoted.split() if any(char.isalpha() for char in word)]
    small = _TITLE_SMALL_WORDS
    return bool(words) and all(
        word.lstrip("\"'“‘").lower() in small or word.lstrip("\"'“‘")[:1].isupper()
        for word in words
    )


#: Short words a title leaves in lower case ("Make Your Kid a Millionaire").
_TITLE_SMALL_WORDS: Final = frozenset(
    {"a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "at", "by", "with"}
)
#: Quotation marks of every kind (`_opens_inside`): a straight, curly or typewriter one; a
#: curly single mark only before a blank, as "’" inside a word is an apostrophe ("Kim’s").
_QUOTE_CHARS: Final = ('"', "“", "”", "''", "‘", "’ ")


#: Words that open a clause whose verb is the main one when they start the sentence ("What
#: he said was wrong", "All he could say was that ..."): no relative clause.
_CLEFT_OPENERS: Final = frozenset({"what", "all"})
#: An auxiliary and "that" after a cue: the words said follow ("The only thing he
#: said was that he was sorry"), not a relative clause.
_CLEFT: Final = _RULES.by_id("statement.embedded.cleft").pattern
#: Determiners that open a speaker phrase inside a longer one (`_gap_start`).
_GAP_DETERMINERS: Final = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "many", "some", "most", "these", "those",
     "several", "both", "our", "my", "your"}
)  # fmt: skip
#: Words before a speaker that open no relative clause: boundaries, verbs and prepositions
#: that take a clause or a noun phrase ("and police said", "because officials say").
_GAP_STOPS: Final = frozenset(BOUNDARY_WORDS) | frozenset(
    {"of", "in", "on", "at", "for", "from", "to", "with", "by", "about", "is", "was", "are",
     "were", "be", "been", "has", "have", "had", "not", "also", "said", "says", "say", "told",
     "then", "now", "however", "meanwhile", "instead", "still"}
)  # fmt: skip


def _may_relate(lowered: str, start: int, end: int) -> bool:
    """
    Whether one of the _RELATIVES occurs in ``lowered[start:end]``, even inside a word.

    A cheap test before `_BOUNDARY` looks for a relative pronoun.
    """
    window = lowered[start:end]
    return "that" in window or "which" in window or "who" in window  # the _RELATIVES


def _may_negate(lowered: str, start: int, end: int) -> bool:
    """
    Whether ``lowered[start:end]`` (the text before a cue) may end with a negation (`_NEGATED`).

    The pattern allows one word between the negation and the cue, so the negation ends one of
    the last two words (runs without blanks): they are tested for the _NEGATION_ENDS.

    >>> _may_negate("he did not immediately ", 0, 23), _may_negate("not all police ", 0, 15)
    (True, False)
    """
    words = lowered[start:end].rsplit(None, 2)  # the last two words, and what is before them
    if not words:
        return False
    return words[-1].endswith(_NEGATION_ENDS) or (
        len(words) > 1 and words[-2].endswith(_NEGATION_ENDS)
    )  # no generator: one test a cue


def _may_report(text: str, start: int, end: int) -> bool:
    """
    Whether ``text[start:end]`` may let a _QUOTE_ONLY cue report speech without a quote.

    After a cue that reports speech only with a quote or a colon, a paragraph without quotes
    needs a colon or "that" before the content, or a comma (an inserted attribution). Without
    them `_around_cue` returns ``None`` for such a cue, before it reads a speaker;
    finding that out costs a speaker search ("Rhoades is charged with four counts").

    >>> _may_report("charged with murder.", 7, 20), _may_report("continued: We", 9, 13)
    (False, True)
    """
    window = text[start:end]
    return "," in window or ":" in window or "that" in window.lower()


def _plain_content_start(text: str, lowered: str, start: int, end: int) -> int:
    """
    Where `_CONTENT_RIGHT` finds the content after a cue ending at *start*, if that is plain.

    Plain: one blank, then a word that no addressee, adjunct or "to" starts with (the
    _RIGHT_OPENERS; ASCII, so lower case is what the pattern's case folding compares). Then
    every optional part of the pattern fails there, and the content is that word, or what
    follows "that" and its blanks. Anything else gives -1: the pattern decides.

    >>> text = " that the war is over"
    >>> _plain_content_start(text, text, 0, 21), _plain_content_start(text, text, 5, 21)
    (6, 6)
    >>> _plain_content_start(" on Monday", " on monday", 0, 10)
    -1
    """
    head = text[start : min(end, start + _PLAIN_HEAD)]  # the pattern reads nothing after end
    if (
        len(head) < 2  # noqa: PLR2004 - a blank and a word
        or head[0] != " "
        or not head[1].isalpha()
        or not head.isascii()
        or (
            lowered[start + 1 : start + 3] in _RIGHT_HEADS
            and lowered.startswith(_RIGHT_OPENERS, start + 1)
        )
    ):
        return -1
    position = start + 5  # after "that"
    if not lowered.startswith("that", start + 1) or position >= end:
        return start + 1
    if text[position] not in _BLANKS:
        # "thatch": the content's first word; "that," and an odd space: the pattern decides
        return -1 if text[position].isspace() or text[position] == "," else start + 1
    while position < end and text[position] in _BLANKS:
        position += 1
    if position < end and not text[position].isspace():
        return position  # what follows "that" and its blanks
    return -1  # the end, or an odd space: the pattern decides


def _described_as(lowered: str, lemma: str, start: int, end: int) -> bool:
    """
    Whether a "describe" cue has its object and "as" complement after *start*.

    "described the field as “all very good”" reports how the speaker put it; "described the
    scene" without "as" does not (the content is no clause).

    >>> _described_as("described the field as weak.", "describe", 9, 28)
    True
    >>> _described_as("described the scene.", "describe", 9, 20)
    False
    """
    return lemma == "describe" and lowered.find(" as ", start, min(end, start + _AS_REACH)) != -1


#: The first two letters of the auxiliaries `_AUXILIARY_START` matches ("was", "had", "planned").
_AUXILIARY_HEADS: Final = frozenset(
    word[:2]
    for word in regex.findall(r"[a-z]+", _WRITTEN["statement.embedded.auxiliary"].pattern)
    if len(word) > 1  # not the "b" of ``\b``
)


def _may_be_auxiliary(text: str, start: int, end: int) -> bool:
    """
    Whether `_AUXILIARY_START` may match ``text[start:end]``: it starts with an auxiliary's head.

    Two ASCII characters are what the pattern's case folding compares, in lower case, with the
    first two of its words (each has two at least); beyond ASCII the pattern decides.

    >>> _may_be_auxiliary("was carried out", 0, 15), _may_be_auxiliary("the strike", 0, 10)
    (True, False)
    """
    head = text[start : min(end, start + 2)]
    return not head.isascii() or head.lower() in _AUXILIARY_HEADS


def _may_be_agent(lowered: str, start: int, end: int) -> bool:
    r"""
    Whether `_BY_AGENT` may match the content ``lowered[start:end]`` (trimmed).

    It matches what starts with "by", "on", "in", "at", "from" or "to", and a content of one
    or two words; three pieces between blanks, each with a character that is no space, are
    three words to it (what Python counts as a space includes every ``\s`` of the pattern).

    >>> _may_be_agent("the war is over", 0, 15), _may_be_agent("by the post", 0, 11)
    (False, True)
    """
    if lowered.startswith(("by", "on", "in", "at", "fr", "to"), start, end):
        return True
    pieces = lowered[start:end].split(" ", 3)
    return len([piece for piece in pieces if piece and not piece.isspace()]) < 3  # noqa: PLR2004


def _by_clause(lowered: str, cue_end: int, content: Span) -> bool:
    """
    Whether a content that opens with "by" is a clause after "that", not a passive's agent.

    "say that by imposing rules, the city is ...": "that" is the conjunction and the clause
    runs on. "said that by mistake" is short: "that" may be the object, and "by" an adjunct.

    >>> text = "say that by imposing rules the city is wrong"
    >>> _by_clause(text, 3, Span(9, len(text))), _by_clause(text, 3, Span(9, 26))
    (True, False)
    """
    if not lowered.startswith("by ", content.start):
        return False
    if not lowered[cue_end : content.start].rstrip().rstrip(",").endswith(" that"):
        return False
    return (
        len(lowered[content.start : content.end].split(None, _BY_CLAUSE_WORDS)) > _BY_CLAUSE_WORDS
    )


def _final_end(text: str, lowered: str, start: int, end: int) -> int:
    """
    Where `_FINAL` matches ``text[start:end]`` (after a cue) to, or -1 where it does not.

    A period, "!", "?" or ";" right after the cue ("…,” he said.") ends the match there, and
    nothing after it the end of the slice, without an adjunct first (each needs a blank).

    >>> text = "he said. Then"
    >>> _final_end(text, text, 7, 13), _final_end(text, text, 7, 7), _final_end(text, text, 2, 13)
    (8, 7, -1)
    """
    if start < end and text[start] in ".!?;":
        return start + 1
    if start == end:
        return start
    if not _may_close(lowered, start, end):
        return -1
    match = _FINAL.match(text, start, end)
    return -1 if match is None else match.end()


def _may_modify(lowered: str, start: int, end: int) -> bool:
    """
    Whether `_ADJECTIVAL` may match ``lowered[start:end]`` (the phrase before a cue).

    It needs a modifier (`_MODIFIERS`) before the blanks that end the phrase; every blank
    it reads is a space to `str.rstrip`. Beyond ASCII (letters the pattern's case folding may
    take for ASCII ones: "ﬁrst") the pattern decides.

    >>> _may_modify("the first ", 0, 10), _may_modify("the police ", 0, 11)
    (True, False)
    """
    tail = lowered[start:end].rstrip()[-_MODIFIER_CHARS:]
    return not tail.isascii() or (tail[-2:] in _MODIFIER_TAILS and tail.endswith(_MODIFIERS))


def _may_close(lowered: str, start: int, end: int) -> bool:
    """
    Whether ``lowered[start:end]`` may close an attribution (`_FINAL`).

    It may if, after blanks, an end of sentence, a comma or the first word of an adjunct ("on",
    "in", "Tuesday", "according to") comes first.

    >>> _may_close("said on tuesday.", 4, 16), _may_close("said that it was over.", 4, 22)
    (True, False)
    """
    stop = min(end, start + _CLOSING_READ)  # the first word after a few blanks is enough
    rest = lowered[start:stop].lstrip()
    if len(rest) < _CLOSING_LONGEST and stop < end:
        rest = lowered[start:end].lstrip()  # many blanks: read on
    return (
        not rest
        or rest[0] in ".!?;,"
        or (rest[:2] in _CLOSING_HEADS and rest.startswith(_CLOSING_WORDS))
    )


def _remember(context: _Context, actor: Actor) -> None:
    if actor.kind is not _PERSON:
        return
    if context.remembered is not None:
        context.remembered.append(actor)
    words = actor.name.split()
    if len(words) > 2 and words[-1] in _NAME_SUFFIXES:  # noqa: PLR2004 - "Joseph Biden Jr."
        words.pop()  # a later "Biden" names him: the surname is the word before the suffix
    if len(words) > 1 and actor.rule_id.startswith("actor.person"):
        context.persons.setdefault(words[-1].lower(), actor)
    context.last_person = actor
    context.last_person_at = actor.span.start


def _antecedent(context: _Context, surname: str) -> Actor | None:
    """
    The first full mention of the person a bare surname names, looked up in the text if needed.
    """
    key = surname.lower()
    if key in context.persons:
        return context.persons[key]
    if key in context.missing:
        return None
    text = context.text
    gated = surname[:1].isupper() and surname not in _NAME_SUFFIXES and surname.split() == [surname]
    position = text.find(surname)
    for _attempt in range(_SURNAME_LOOKUPS):
        if position == -1:
            break
        end = position + len(surname)
        if not gated or _may_follow_name(text, position):
            actor = person_ending_at(text, end)
            if actor is not None and actor.kind is _PERSON and " " in actor.name:
                context.persons[key] = actor
                return actor
        position = text.find(surname, end)
    context.missing.add(key)
    return None


def _may_follow_name(text: str, position: int) -> bool:
    """
    Whether a name of two words or more may end with the word at *position* (a capital).

    A name's last word follows a blank (or a hyphen after a particle: "al-Assad"), itself
    after a name word (with a capital: "J.", "Mike", "“Joseph") or a particle ("bin Laden");
    or the word starts inside a name word after a hyphen or an apostrophe ("O'Neil",
    "Al-Assad"). Anything beyond ASCII passes.

    >>> _may_follow_name("said Mike Pompeo", 10), _may_follow_name("said Pompeo", 5)
    (True, False)
    """
    if position < 2:  # noqa: PLR2004 - a word and a blank
        return False
    blank, last = text[position - 1], text[position - 2]
    if not (
        (blank.isspace() or blank in "-'’" or not blank.isascii())
        and (last.isalpha() or last == "." or not last.isascii())
    ):
        return False
    reach = position - 1 - _NAME_WORD_CHARS
    before = text[max(0, reach) : position - 1].split()
    if not before or (reach > 0 and len(before) == 1):
        return True  # the word before may be longer than what was read
    word = before[-1]
    return not word.isascii() or word != word.lower() or word in _PARTICLES


def _mention(actor: Actor, text: str, span: Span, rule_id: str) -> Actor:
    """
    *actor* as mentioned at *span* (``attrs.evolve``, without its overhead: one per speaker).
    """
    return make_actor(
        text=text,
        span=span,
        name=actor.name,
        kind=actor.kind,
        rule_id=rule_id,
        role=actor.role,
        role_span=actor.role_span,
        country=actor.country,
    )


def _full(context: _Context, actor: Actor) -> Actor:
    """
    A bare surname as the full first mention of its person ("Pompeo" -> "Mike Pompeo").
    """
    if actor.kind is _PERSON and actor.rule_id == "actor.person.name" and " " not in actor.name:
        context.dependent = True  # the persons named before, and the whole text, decide
        full = _antecedent(context, actor.name)
        if full is not None:
            return _mention(full, actor.text, actor.span, "actor.surname")
    return actor


def _speaker(context: _Context, span: Span) -> Actor | None:
    """
    The speaker phrase at *span* as an `Actor`, with pronouns and surnames resolved.

    "he" and "she" take the last person named before them; "they", "it" and "we" the last
    speaker.
    """
    text = context.text
    phrase = text[span.start : span.end]  # (`Span.slice` is a Python call)
    if is_pronoun(phrase):
        context.dependent = True  # the speakers and persons before decide
        antecedent = context.last_speaker
        if phrase.lower() in {"he", "she"}:
            antecedent = context.last_person
            floor = max(context.last_person_at + 1, span.start - _WINDOW * 2, 0)
            persons = context.persons
            named = last_person(
                text,
                lambda person: " " in person.name or person.name.lower() in persons,
                start=floor,
                end=span.start,
            )
            if named is not None:
                antecedent = _full(context, named)
                _remember(context, antecedent)
        if antecedent is None:
            return None
        return _mention(antecedent, phrase, span, "actor.pronoun")
    actor = resolve_actor(text, span)
    if actor is None:
        return None
    if actor.role is None and actor.kind is _PERSON and actor.span.start > span.start:
        actor = _role_before(text, span, actor)
    actor = _full(context, actor)
    _remember(context, actor)
    return actor


def _role_before(text: str, span: Span, actor: Actor) -> Actor:
    """
    *actor* with the role its name is an apposition to, if the phrase at *span* has one.

    "the ministry spokesman, Nasser Kanaani": a role ending with a common noun, a comma and
    the name.

    >>> text = "the Iranian foreign ministry spokesman, Nasser Kanaani"
    >>> person = resolve_actor(text, Span(0, len(text)))
    >>> found = _role_before(text, Span(0, len(text)), person)
    >>> found.name, found.role, found.country
    ('Nasser Kanaani', 'Iranian foreign ministry spokesman', 'IRN')
    """
    comma = text.rfind(",", span.start, actor.span.start)
    if comma == -1 or text[comma + 1 : actor.span.start].strip():
        return actor  # the name does not follow the comma
    start, end = span.start, comma
    lowered = text[start:end].lower()
    for determiner in ("the ", "a ", "an ", "his ", "her ", "their ", "its "):
        if lowered.startswith(determiner):
            start += len(determiner)
            break
    words = text[start:end].split()
    if (
        not words
        or len(words) > _ROLE_WORDS
        or not words[-1].islower()
        or not words[-1].isalpha()
        or words[-1] in _OBJECT_PRONOUNS
    ):
        return actor  # a role ends with a common noun: "spokesman", "minister"; not "them"
    country = actor.country or next(
        (code for word in words if word[:1].isupper() and (code := country_code(word))), None
    )
    return attrs.evolve(
        actor, role=text[start:end], role_span=make_span(start, end), country=country
    )


def _left_speaker(
    text: str, floor: int, cue_start: int, *, postmodified: bool = True
) -> Span | None:
    """
    The speaker phrase that ends right before the cue at *cue_start*, if there is one.

    The phrase starts after the last clause boundary before the cue (a comma, "that",
    "and"...); when a comma stands right before the cue, the phrase before it is the speaker
    and the one between an apposition ("Mike Pompeo, the secretary of state, said").
    With *postmodified*, a phrase before "of", "for", "with", "at" or "from" heads the speaker
    ("Officer Jane Doe with the Austin Police Department said": the officer, not the
    department).
    """
    window_start = max(floor, cue_start - _SPEAKER_CHARS)
    boundary = _boundary(text, window_start, cue_start)
    start = boundary[1] if boundary is not None else window_start
    if boundary is not None and text[boundary[0]] == "," and not text[start:cue_start].strip():
        start = max(floor, cue_start - 2 * _SPEAKER_CHARS)
        match = _SPEAKER_APPOSITION.search(text, start, cue_start)
        if match is not None and text[match.start(_APPOSED_SPEAKER)].islower():
            # "Jane Doe, president of the union, which represents teachers, said": go further
            longer = _SPEAKER_APPOSITION_LONG.search(text, start, cue_start)
            if longer is not None and text[longer.start(_APPOSED_SPEAKER)].isupper():
                match = longer
        if match is None:
            return None
        return make_span(match.start(_APPOSED_SPEAKER), match.end(_APPOSITION))
    # the longest speaker phrase that ends at the cue ("Last month Ankara said" -> "Ankara")
    found = _speaker_before(text, start, cue_start)
    if found is None:
        return None
    speaker_start, speaker_end = found
    preposition = (
        _POSTMODIFIED.search(text, start, speaker_start)
        if postmodified and speaker_start - start > _SHORTEST_POSTMODIFIED
        else None
    )
    if preposition is not None:
        # "Officer Jane Doe with the Austin Police Department said": the officer speaks, and
        # the organisation after her tells which one ("Workers at the plant said")
        head = preposition.start()
        while head > start and text[head - 1].isspace():
            head -= 1
        inner = _speaker_before(text, start, head)
        if (
            inner is not None
            and inner[1] == head
            # no cue in it: '"...," said one man with a big smile' is no speaker phrase
            and not any(word in _LEMMA for word in text[inner[0] : head].lower().split())
        ):
            speaker_start = inner[0]
    return make_span(speaker_start, speaker_end)


#: What `_boundary` reads of ASCII text in place of `_BOUNDARY`.
_BOUNDARY_MARKS: Final = ',;:["'  # its marks that are ASCII
_ALL_BOUNDARY_MARKS: Final = ',;:["—–“”'  # all its marks
#: Typographic marks common in news: `_BOUNDARY` reads them as ASCII punctuation.
_TYPOGRAPHIC_MARKS: Final = "“”‘’—–…―"
_SENTENCE_ENDS: Final = ".!?"  # before a blank: an end of sentence, but after an abbreviation
_ASCII_SPACES: Final = "\t\n\v\f\r "  # its ``\s`` in ASCII
_ASCII_WORD_CHARS: Final = frozenset(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
)  # its ``\w`` in ASCII
_ASCII_CASED: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_BOUNDARY_BYTES: Final = frozenset(word.encode("ascii") for word in BOUNDARY_WORDS)
_ABBREVIATIONS: Final = tuple(BOUNDARY_ABBREVIATIONS)
#: Characters read before a window: an abbreviation before a period, and the one before it.
_BOUNDARY_BEHIND: Final = max(map(len, BOUNDARY_ABBREVIATIONS)) + 2
#: ASCII bytes: word characters (``\w``) lower-cased, every other byte a blank.
_WORD_BYTES: Final = bytes(
    ord(chr(byte).lower()) if chr(byte) in _ASCII_WORD_CHARS else 32 for byte in range(256)
)


def _boundary(text: str, start: int, end: int) -> tuple[int, int] | None:
    r"""
    The span of ``_BOUNDARY.search(text, start, end)`` (the last clause boundary), if any.

    The pattern, read right to left, gives the boundary that ends last: a mark, a dash
    between blanks, a boundary word, or a sentence's end (a period, "!" or "?" and a blank,
    not after a lone letter or an abbreviation). Where the window and the few characters
    its lookbehinds read before it are ASCII, string methods find the same one (at most one
    of them ends at a position, as each ends with a different kind of character); beyond
    ASCII the pattern runs.

    >>> text = "Mr. Smith, the man who police said"
    >>> _boundary(text, 0, 29), _boundary(text, 0, 9), _boundary(text, 0, 3)
    ((19, 22), None, None)
    """
    if end <= start:
        return None  # (and no index below is negative: none counts from the end)
    read = text[max(0, start - _BOUNDARY_BEHIND) : end]
    marks = _BOUNDARY_MARKS
    if not read.isascii():
        if not _blank_marks(read).isascii():
            match = _BOUNDARY.search(text, start, end)
            return None if match is None else match.span()
        marks = _ALL_BOUNDARY_MARKS  # typographic marks: as ASCII punctuation but these
    best_start = best_end = -1
    window = text[start:end]  # `in` is a compiled test where `rfind` is a method call: first
    for mark in marks:
        at = text.rfind(mark, start, end) if mark in window else -1
        while mark == "," and at != -1 and _in_number(text, at, end):
            at = text.rfind(mark, start, at)  # "21,000" is one number, not two clauses
        if at != -1 and at + 1 > best_end:
            best_start, best_end = at, at + 1
    # a dash between two blanks in the window
    at = text.rfind("-", start + 1, end - 1) if "-" in window else -1
    while at != -1 and at + 2 > best_end:
        if text[at - 1] in _ASCII_SPACES and text[at + 1] in _ASCII_SPACES:
            best_start, best_end = at - 1, at + 2
            break
        at = text.rfind("-", start + 1, at)
    for stop in _SENTENCE_ENDS:
        # a blank follows in the window
        at = text.rfind(stop, start, end - 1) if stop in window else -1
        while at != -1 and at + 2 > best_end:
            if text[at + 1] in _ASCII_SPACES and not _abbreviated(text, at):
                best_start, best_end = at, at + 2
                break
            at = text.rfind(stop, start, at)
    # a boundary word ends after all of those (each of them ends with no word character)
    after = max(start, best_end)
    if end - after > 1:
        runs = _blank_marks(text[after:end]).encode("ascii").translate(_WORD_BYTES)
        stop_at = len(runs)
        for run in reversed(runs.split()):
            at = runs.rfind(run, 0, stop_at)  # the run itself: the last non-blank bytes
            stop_at = at
            if run in _BOUNDARY_BYTES:
                if at == 0 and after > 0 and text[after - 1] in _ASCII_WORD_CHARS:
                    break  # the word goes on before the window: no word boundary
                return after + at, after + at + len(run)
    return None if best_end == -1 else (best_start, best_end)


def _in_number(text: str, at: int, end: int) -> bool:
    """
    Whether the comma at *at* stands between two digits ("21,000"), the second before *end*.
    """
    return at > 0 and at + 1 < end and text[at - 1].isdecimal() and text[at + 1].isdecimal()


def _blank_marks(part: str) -> str:
    """
    *part* with a blank for each typographic mark of `_TYPOGRAPHIC_MARKS` in it.

    They are neither word characters nor blanks to `_BOUNDARY` (nor letters to any case
    folding), as ASCII punctuation other than its marks is: with a blank for each, text
    ASCII but for them is read as ASCII is.

    >>> _blank_marks("“It’s over”")
    ' It s over '
    """
    if part.isascii():
        return part  # none of the marks (a test of its kind, not a search for each mark)
    for mark in _TYPOGRAPHIC_MARKS:
        if mark in part:
            part = part.replace(mark, " ")
    return part


def _abbreviated(text: str, at: int) -> bool:
    r"""
    Whether the period (or "!", "?") at *at* follows a lone letter or an abbreviation.

    What `_BOUNDARY`'s lookbehind rejects (ASCII text): ``\b\p{Lu}`` (any letter, as the
    pattern ignores case) or one of the BOUNDARY_ABBREVIATIONS after a word boundary.

    >>> _abbreviated("Mr. X", 2), _abbreviated("J. X", 1), _abbreviated("over. X", 4)
    (True, True, False)
    """
    if (
        at >= 1
        and text[at - 1] in _ASCII_CASED
        and (at == 1 or text[at - 2] not in _ASCII_WORD_CHARS)
    ):
        return True
    for abbreviation in _ABBREVIATIONS:
        begin = at - len(abbreviation)
        if (
            begin >= 0
            and text.startswith(abbreviation, begin)
            and (begin == 0 or text[begin - 1] not in _ASCII_WORD_CHARS)
        ):
            return True
    return False


def _before_time(text: str, start: int, time_start: int) -> int:
    """
    Where a speaker phrase that a time ends ("The mayor last week") ends without it.

    *time_start* is where the temporal expression starts; a preposition before it goes too
    ("The opposition on Thursday"). *start* bounds the search.

    >>> text = "The mayor on Monday said"
    >>> text[: _before_time(text, 0, 13)]
    'The mayor'
    """
    end = time_start
    while end > start and text[end - 1].isspace():
        end -= 1
    for preposition in _TIME_PREPOSITIONS:
        if text.endswith(preposition, start, end) and (
            end - len(preposition) == start or text[end - len(preposition) - 1].isspace()
        ):
            end -= len(preposition)
            break
    while end > start and text[end - 1] in " ,":
        end -= 1
    return end


def _fronted_time(text: str, context: _Context, sentence_start: int, speaker_start: int) -> int:
    """
    Where a time that opens the sentence before its speaker starts, else *speaker_start*.

    "On Monday, the mayor said ...", "Last week the mayor said ...": the time is the
    saying's, as in "the mayor said on Monday".
    """
    end = speaker_start
    while end > sentence_start and text[end - 1] in _BLANKS + ",":
        end -= 1
    start = context.time_starts.get(end)
    if start is None:
        return speaker_start
    opening = text[sentence_start:start].strip(_BLANKS + "“\"'").lower()
    return start if opening in _FRONTING else speaker_start


def _speaker_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """
    Where `_SPEAKER_LEFT` finds the speaker phrase that ends at *end*, reading from *start*.
    """
    window = text[start:end]
    before = _before_class(text[start - 1]) if start else ""
    if len(window) > _MEMO_WINDOW:
        plain = _plain_speaker(before, window)
        if plain is None or (plain[0] < 0 and _no_speaker(window)):
            return None
        if plain[0] >= 0:
            return start + plain[0], start + plain[1]
        match = _SPEAKER_LEFT.search(text, start, end)
        return match.span(_LEFT_SPEAKER) if match is not None else None
    found = _speaker_in(before, window)
    return (start + found[0], start + found[1]) if found is not None else None


#: What a character before a speaker window is to `_SPEAKER_LEFT` (`_before_class`).
_LOOKBEHIND_CHARS: Final = ".'’&-"  # in its lookbehind's class besides the word characters


def _before_class(char: str) -> str:
    r"""
    A stand-in for *char* that `_SPEAKER_LEFT` reads the same way: "a", "." or " ".

    The pattern reads the character before its window once, in its lookbehind
    (``[\w.'’&-]``): a word character ("a"), one of the _LOOKBEHIND_CHARS ("."), or any other
    (" "). Keying `_speaker_in` by the class instead of the character makes "Police " after a
    line break and after a blank one entry.

    >>> _before_class("\n"), _before_class("É"), _before_class("’")
    (' ', 'a', '.')
    """
    found = _ASCII_BEFORE.get(char)
    if found is not None:
        return found
    if char in _LOOKBEHIND_CHARS:
        return "."
    return "a" if _CUE_EDGE.match(char) is not None else " "  # `_CUE_EDGE`: \w, ’, ' or -


_ASCII_BEFORE: Final[dict[str, str]] = {
    char: "." if char in _LOOKBEHIND_CHARS else "a" if char in _ASCII_EDGES else " "
    for char in map(chr, range(128))
}  # `_ASCII_EDGES`: the ASCII word characters, ' and -


#: The words `_SPEAKER_LEFT` names but its speaker nouns, lower-cased: the letter runs of its
#: source as written (pronouns, determiners, function words; more than those, never fewer), of
#: its auxiliaries, and of the speaker nouns of more than one word.
_LEFT_WORDS: Final = frozenset(
    word.lower()
    for source in (
        _WRITTEN["statement.speaker.left"].pattern,
        *STATEMENT_LEXICON["auxiliary"],
        *(noun for noun in STATEMENT_LEXICON["speaker_noun"] if not noun.isalpha()),
    )
    for word in regex.findall(r"[A-Za-z]+", source)
)
#: The speaker nouns of one word, lower-cased ("police", "officials"), but the other words.
_SPEAKER_NOUNS: Final = (
    frozenset(noun.lower() for noun in STATEMENT_LEXICON["speaker_noun"] if noun.isalpha())
    - _LEFT_WORDS
)
_PLAIN_WORDS: Final = 6  # words the pattern takes before a name: five, and the name
#: The determiners that open the pattern's second kind of phrase ("the clerk", "the five
#: defendants": a determiner, up to three words, a head), its source's words in that order.
_PHRASE_DETERMINERS: Final = (
    "the", "a", "an", "his", "her", "their", "its", "another", "each", "every", "one", "both",
    "several", "many", "some", "other", "two", "three", "four", "five", "most", "all", "half",
)  # fmt: skip
_PHRASE_MIDDLE: Final = 3  # words between such a determiner and the head, at most
_PLAIN_WORD_CHARS: Final = 30  # characters of a word the pattern takes, at most
_UNDECIDED: Final = (-1, -1)  # what `_plain_speaker` answers when the pattern must decide


def _plain_speaker(before: str, window: str) -> tuple[int, int] | None:
    """
    What `_speaker_in` answers for a plain window, else `_UNDECIDED`.

    Plain: up to six ASCII words of letters between single blanks, none of them a word the
    pattern names (`_LEFT_WORDS`: determiners, function words...), the last one capitalised
    or a speaker noun, then blanks ("Orosa ", " Nate Williams ", "Chesterfield police ").
    The pattern reads such a window in one way only: its last word is the head, and the
    words before it are taken, from the first on, unless a word character or a period stands
    right before the window (*before*): then from the second.

    >>> _plain_speaker(" ", "Nate Williams "), _plain_speaker("a", "Nate Williams ")
    ((0, 13), (5, 13))
    >>> _plain_speaker("a", "Orosa "), _plain_speaker(" ", "the mayor also ")
    (None, (-1, -1))
    """
    stripped = window.lstrip(" ")
    offset = len(window) - len(stripped)
    words = stripped.rstrip(" ")
    if len(words) == len(stripped) or not words.isascii():
        return _UNDECIDED  # no blank after the words, or beyond ASCII
    parts = words.split(" ")
    if parts[0].lower() in _PHRASE_DETERMINERS:
        return _determined_speaker(before, offset, parts)
    last = parts[-1]
    if len(parts) > _PLAIN_WORDS or not (last[:1].isupper() or last.lower() in _SPEAKER_NOUNS):
        return _UNDECIDED
    for part in parts:
        if not part.isalpha() or len(part) > _PLAIN_WORD_CHARS or part.lower() in _LEFT_WORDS:
            return _UNDECIDED  # (two blanks make an empty part, which is no word)
    end = offset + len(words)
    if offset or before in {"", " "}:
        return offset, end
    if len(parts) == 1:
        return None  # a word character or a period before the only word
    return offset + len(parts[0]) + 1, end


def _determined_speaker(before: str, offset: int, parts: list[str]) -> tuple[int, int] | None:
    """
    `_plain_speaker` for words that open with a determiner ("the clerk", "The five defendants").

    The pattern's second kind of phrase takes them all, if up to three words stand between
    the determiner and the head, the head is of two letters or more and no word the pattern
    names (a pronoun, an auxiliary, a function word, "time"...), every word is of letters,
    and the phrase does not follow a word character or a period (*before*) right away;
    else `_UNDECIDED`.

    >>> _determined_speaker(" ", 1, ["the", "five", "defendants"])
    (1, 20)
    """
    head = parts[-1]
    if (
        len(parts) < 2  # noqa: PLR2004 - a determiner and a head
        or len(parts) - 2 > _PHRASE_MIDDLE
        or not (offset or before in {"", " "})
        or len(head) < 2  # noqa: PLR2004 - the head's two characters at least
        or head.lower() in _LEFT_WORDS
    ):
        return _UNDECIDED
    for part in parts:
        if not part.isalpha() or len(part) > _PLAIN_WORD_CHARS:
            return _UNDECIDED
    return offset, offset + sum(map(len, parts)) + len(parts) - 1


#: What `_no_speaker` reads. The words that open or join a poll's phrase of `_SPEAKER_LEFT`,
#: which may end with any word ("of those polled", "among them", "those close to him").
_POLL_WORDS: Final = frozenset({"of", "among", "those"})
#: The determiners of its second kind of phrase ("the clerk"), which may end with any word up
#: to four words after one but the _NOT_HEAD_WORDS.
_HEAD_DETERMINERS: Final = frozenset(_PHRASE_DETERMINERS)
_NOT_HEAD_WORDS: Final = frozenset((*NP_FUNCTION_WORDS, *NP_NOT_HEAD_WORDS))
_HEAD_REACH: Final = 4  # words from such a determiner to the head, at most
#: The words in lower case that may end a phrase of the pattern without such an opener: its
#: pronouns, the last words of its speaker nouns ("police", "law enforcement"), "polled" and
#: its like, and the last words of its polls ("54 percent", "one in five", "all but a few").
_LOWER_ENDS: Final = frozenset(
    {
        *("he", "she", "they", "we", "it"),
        *("polled", "surveyed", "questioned", "interviewed", "percent", "few", "handful"),
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        *("eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy"),
        *("eighty", "ninety"),
        *(noun.split()[-1].casefold() for noun in STATEMENT_LEXICON["speaker_noun"]),
    }
)
#: The words of the pattern's auxiliaries ("has long" is two), and how many words its up to
#: three auxiliaries after the phrase take, at most.
_AUXILIARY_WORDS: Final = frozenset(
    word.casefold() for auxiliary in STATEMENT_LEXICON["auxiliary"] for word in auxiliary.split()
)
_AUXILIARY_RUN: Final = 3 * max(
    len(auxiliary.split()) for auxiliary in STATEMENT_LEXICON["auxiliary"]
)
_SPLIT_ONLY: Final = "\x1c\x1d\x1e\x1f"  # ASCII blanks to `str.split` that ``\s`` does not take


def _no_speaker(window: str) -> bool:
    """
    Whether `_SPEAKER_LEFT` surely finds no speaker in *window* (whatever stands before it).

    A window of ASCII words of letters, none of them one of the _POLL_WORDS: the pattern's
    phrase then ends with a capitalised word, one of the _LOWER_ENDS, or a word up to four
    words after one of the _HEAD_DETERMINERS but the _NOT_HEAD_WORDS, right before the
    auxiliaries that may close the window ("Searchers also "). Where every word that may end
    it is another word in lower case ("Police said charges may also be ", "The shooting
    was "), no phrase does: the pattern would fail, after trying each of its phrases (a
    window that is no phrase costs it the most). ``False`` means only that the pattern must
    decide.

    >>> _no_speaker(" additional charges may also be "), _no_speaker("Searchers also ")
    (True, False)
    """
    if not window.isascii():
        return False
    for char in _SPLIT_ONLY:
        if char in window:
            return False  # a blank to `str.split`, a mark between words to the pattern
    words = window.split()
    lowered: list[str] = []
    for word in words:
        if not word.isalpha():
            return False  # digits, marks: the pattern decides
        low = word.lower()
        if low in _POLL_WORDS:
            return False
        lowered.append(low)
    # the phrase ends right before the last *taken* words, each of them an auxiliary
    last = len(words) - 1
    for taken in range(min(_AUXILIARY_RUN, len(words)) + 1):
        end = last - taken  # the phrase's last word, if any is left
        if end >= 0 and (not words[end].islower() or lowered[end] in _LOWER_ENDS):
            return False
        if end >= 0 and lowered[end] not in _NOT_HEAD_WORDS:
            for before in range(max(0, end - _HEAD_REACH), end):
                if lowered[before] in _HEAD_DETERMINERS:
                    return False  # "the reconstruction team": the head of a phrase
        if end < 0 or lowered[end] not in _AUXILIARY_WORDS:
            break  # no more auxiliaries to take
    return True


@functools.lru_cache(maxsize=4096)  # bounded: keys are short phrases of the text
def _speaker_in(before: str, window: str) -> tuple[int, int] | None:
    """
    Where `_SPEAKER_LEFT` finds the speaker in *window*, after the character *before* it.

    The pattern reads nothing before the window but one character (its lookbehind), and
    nothing after it, so the answer depends on these two strings alone: short phrases before
    a cue repeat ("police ", " he ", "Investigators "), and are read once. *before* is the
    character's class (`_before_class`), or "" at the start of the text.
    """
    if not window or window.isspace():
        return None  # the pattern needs a word
    plain = _plain_speaker(before, window)
    if plain is None or plain[0] >= 0:
        return plain
    if _no_speaker(window):
        return None
    match = _SPEAKER_LEFT.search(before + window, len(before))
    if match is None:
        return None
    offset = len(before)
    return match.start(_LEFT_SPEAKER) - offset, match.end(_LEFT_SPEAKER) - offset


# --- sentences --------------------------------------------------------------------------


def _sentence_of(sentences: Sequence[Span], starts: Sequence[int], position: int) -> Span | None:
    index = _bisect_right(starts, position) - 1
    if index >= 0 and position < sentences[index].end:
        return sentences[index]
    return None


def _after_dateline(text: str, start: int, end: int) -> int:
    """
    Where the words of ``text[start:end]`` begin after the dateline that opens it, if any.

    *start* is a paragraph's start; without a dateline there, *start* itself.

    >>> _after_dateline("ANKARA (Reuters) - Turkey said so.", 0, 34)
    19
    >>> _after_dateline("Turkey said so - again.", 0, 23)
    0
    """
    head = text[start : min(end, start + _DATELINE_CHARS)]
    if not any(mark in head for mark in _DATELINE_MARKS):
        return start
    second = head[1:2]
    for pattern, (needs, seconds) in zip(_DATELINES, _DATELINE_GATES, strict=True):
        if (seconds is not None and second.isascii() and second not in seconds) or not any(
            mark in head for mark in needs
        ):
            continue  # "A 17-year-old boy ...": no dateline opens it (most heads)
        match = pattern.match(head)
        if match is not None:
            words = match.end("dateline")
            while words < len(head) and head[words].isspace():
                words += 1
            return start + words
    return start


def _relative_end(lowered: str, start: int, end: int) -> int:
    """
    Where a content reported in a relative clause set off by commas ends.

    "Barkley, who said he typically votes democratic, was not persuaded": the last comma
    before a short predicate ("was not persuaded") closes the clause.

    >>> text = "he votes, was not persuaded."
    >>> text[: _relative_end(text, 0, len(text))]
    'he votes'
    """
    comma = lowered.rfind(", ", start, end)
    if comma == -1:
        return end
    words = lowered[comma + 2 : end].split()
    if not words or len(words) > _PREDICATE_WORDS:
        return end
    verb = words[0].rstrip(".,;:!?")
    if verb in _THAT_SUBJECT_VERBS or verb in _LEMMA or (verb.endswith("ed") and verb.isalpha()):
        return comma
    return end


def _that_subject(lowered: str, start: int) -> int:
    """
    The content's start, moved back onto a "that" before it when "that" is its subject.

    "Christie said that was a natural part of it": "that" is a pronoun, said.

    >>> pronoun, conjunction = "he said that was all", "he said that it was"
    >>> pronoun[_that_subject(pronoun, 13) :], conjunction[_that_subject(conjunction, 13) :]
    ('that was all', 'it was')
    """
    if start < len("that ") or not lowered.startswith("that", start - 5):
        return start
    before = start - len("that ")
    if not lowered[start - 1].isspace() or (before > 0 and lowered[before - 1].isalnum()):
        return start
    word = lowered[start : start + 12].split(None, 1)[:1]
    if word and word[0].rstrip(",.;") in _THAT_SUBJECT_VERBS:
        return start - 5
    return start


def _trim(text: str, start: int, end: int, *, minimum: int = _MIN_CONTENT) -> Span | None:
    """
    The span of ``text[start:end]`` without surrounding blanks and trailing punctuation.

    ``None`` when what is left is too short to say anything, or too long to be one statement.
    """
    if end - start > _MAX_CONTENT:
        return None
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.—–-"):
        end -= 1
    if end - start < minimum:
        return None
    return make_span(start, end)


def _answer(lowered: str, start: int) -> bool:
    """
    Whether the content at *start* is a bare "yes" or "no" that ends its sentence.

    >>> _answer("the candidate said no.", 19), _answer("they said nothing.", 10)
    (True, False)
    """
    if not lowered.startswith(_ANSWERS, start):
        return False  # (one test: most contents start with neither)
    for word in _ANSWERS:
        end = start + len(word)
        if lowered.startswith(word, start) and lowered[end : end + 1] in _ANSWER_ENDS:
            return True
    return False


def _content_kind(quotes: _QuoteIndex, content: Span) -> StatementKind:
    inner = [quote for quote in quotes.within(content) if quote.inner_end <= content.end + 1]
    if not inner:
        return _INDIRECT
    first, last = inner[0], inner[-1]
    if first.open <= content.start + 1 and last.inner_end >= content.end - 1:
        return _DIRECT
    return _MIXED


# --- matching ---------------------------------------------------------------------------


class _Sink:
    """
    Where `_match_paragraph` puts the statements of one paragraph, noting each speaker.

    A class and not a closure, so that compiled code makes no reference cycle of it.
    """

    __slots__ = (
        "context",
        "found",
        "headline",
        "paragraph",
        "paragraph_start",
        "repeat",
        "sentence_span",
        "sentence_speaker",
        "sentences",
        "starts",
        "text",
    )

    def __init__(
        self,
        text: str,
        paragraph: Paragraph,
        *,
        context: _Context,
        found: list[_Found],
        sentences: Sequence[Span],
        starts: list[int],
        sentence_speaker: dict[int, Actor],
        sentence_span: dict[int, Span],
        headline: bool,
        repeat: bool,
    ) -> None:
        self.text = text
        self.paragraph = paragraph
        self.paragraph_start = paragraph.span.start  # read once, not per record
        self.context = context
        self.found = found
        self.sentences = sentences
        self.starts = starts
        self.sentence_speaker = sentence_speaker
        self.sentence_span = sentence_span
        self.headline = headline
        self.repeat = repeat

    def add(self, record: _Found) -> None:
        """
        Append *record*, its content moved past a dateline; remember its speaker.
        """
        record.headline, record.repeat = self.headline, self.repeat
        if record.content.start == self.paragraph_start and record.kind is not (_DIRECT):
            # "SHREVEPORT (AP) — Gunmen shot eight men, police said": the dateline is no content
            words = _after_dateline(self.text, record.content.start, record.content.end)
            if words != record.content.start:
                record.content = make_span(words, record.content.end)
                if record.span.start < words <= record.span.end and (
                    record.speaker_span is None or record.speaker_span.start >= words
                ):
                    record.span = make_span(words, record.span.end)
        self.found.append(record)
        speaker = record.speaker
        if speaker is None:
            return
        context = self.context
        if record.kind is not _INDIRECT:
            context.last_direct = record
        context.last_speaker = speaker
        sentence = _sentence_of(self.sentences, self.starts, record.span.start)
        if sentence is not None:
            sentence_start = sentence.start
            self.sentence_speaker[sentence_start] = speaker
            speaker_span = record.speaker_span
            if (
                speaker_span is not None
                and sentence_start <= speaker_span.start
                and speaker_span.end <= sentence.end
            ):  # `Span.contains`, without a Python call
                self.sentence_span.setdefault(sentence_start, speaker_span)


def _match_paragraph(
    article: Article,
    index: int,
    quotes: list[_Quote],
    context: _Context,
    found: list[_Found],
    *,
    following: list[_Quote] | None = None,
) -> None:
    """
    Find the statements of paragraph *index*; append them to *found*.

    *following* are the quotes of the next paragraph, read when this one ends with "He said:".
    """
    text = article.text
    paragraph = article.paragraphs[index]
    paragraph_start, paragraph_end = paragraph.span.start, paragraph.span.end
    sentences = paragraph.sentences or (paragraph.span,)
    starts = [sentence.start for sentence in sentences]
    own_quotes = _QuoteIndex(quotes) if quotes else _NO_QUOTES
    # a short paragraph is searched from each content's start, with nothing kept (`_first_break`)
    breaks = (
        _Breaks(text, paragraph.span)
        if paragraph_end - paragraph_start > _BREAKS_SEARCHED
        else None
    )
    headline = paragraph.role is _HEADLINE
    repeat = paragraph.role is _BOILERPLATE
    taken_until = paragraph_start
    first_record = len(found)
    sentence_speaker: dict[int, Actor] = {}
    sentence_span: dict[int, Span] = {}  # the speaker phrase of a sentence's first attribution

    sink = _Sink(
        text,
        paragraph,
        context=context,
        found=found,
        sentences=sentences,
        starts=starts,
        sentence_speaker=sentence_speaker,
        sentence_span=sentence_span,
        headline=headline,
        repeat=repeat,
    )

    for cue in _cues(
        context.lowered,
        context.cue_words,
        context.cue_starts,
        paragraph_start,
        paragraph_end,
    ):
        cue_start, cue_end = cue.start, cue.end
        if cue_start < taken_until or own_quotes.inside(cue_start) is not None:
            continue
        form = cue.form  # matched in the lower-cased text
        lemma = _LEMMA.get(form, form)
        found_sentence = _sentence_of(sentences, starts, cue_start)  # never empty: no `or`
        sentence = paragraph.span if found_sentence is None else found_sentence
        sentence_start, sentence_end = sentence.start, sentence.end
        floor = sentence_start
        # a quote that spans sentences: the sentence starts at its opening mark at the latest
        if _may_negate(context.lowered, max(floor, cue_start - 40), cue_start) and (
            _NEGATED.search(text, max(floor, cue_start - 40), cue_start) is not None
        ):
            continue
        if lemma == "according to":
            record = _according_to(
                text, sentence, cue, index=index, quotes=own_quotes, context=context
            )
            if record is not None:
                sink.add(record)
            continue
        participial = (
            _PARTICIPIAL.search(
                text, max(floor, cue_start - 3), min(sentence_end, cue_end + _PARTICIPLE_REACH)
            )
            if text.find(",", max(floor, cue_start - 3), cue_start) != -1  # ", saying": a comma
            else None
        )
        if participial is not None and participial.start(_PARTICIPIAL_CUE) != cue_start:
            participial = None
        gerund = None
        if (
            participial is None
            and form.endswith("ing")
            and _GERUND.search(text, max(floor, cue_start - 12), cue_start) is not None
        ):
            # "responded by saying his refusal was ...": the subject speaks, as with ", saying"
            gerund = _CONTENT_RIGHT.match(text, cue_end, min(sentence_end, cue_end + _WINDOW))
        if participial is not None or gerund is not None:
            speaker = sentence_speaker.get(sentence_start)
            if speaker is None:
                # "Clinton had mocked the complaint, saying ...": the subject speaks
                subject = _SUBJECT.match(text, sentence_start, cue_start)
                if subject is not None:
                    speaker = _speaker(
                        context,
                        make_span(subject.start(_SUBJECT_SPEAKER), subject.end(_SUBJECT_SPEAKER)),
                    )
            if participial is not None:
                content_from = participial.end()
                content = _trim(text, content_from, sentence_end)
                rule_id = "statement.indirect.participial"
            else:
                assert gerund is not None  # noqa: S101 - narrowed above
                content_from = gerund.start(_RIGHT_CONTENT)
                writer = _first_break(text, breaks, content_from, sentence_end)
                content = _trim(text, content_from, writer or sentence_end)
                rule_id = "statement.indirect.gerund"
            kind = _INDIRECT
            opening = own_quotes.at(content.start) if content is not None else None
            if (
                content is not None
                and opening is not None
                and opening.close is not None
                and opening.close >= content.end - 1
            ):
                # ", saying, “The talks have failed.”": the quote is the content
                trimmed = _trim(text, opening.open + 1, opening.close)  # never empty: no `or`
                content = content if trimmed is None else trimmed
                opening.used = True
                kind = _DIRECT
            elif content is not None:
                kind = _content_kind(own_quotes, content)
            if speaker is not None and content is not None:
                sink.add(
                    _Found(
                        kind=kind,
                        content=content,
                        span=make_span(cue_start, content.end),
                        rule_id=rule_id,
                        paragraph=index,
                        speaker_span=speaker.span,
                        speaker=speaker,
                        cue=text[cue_start:cue_end],
                        cue_span=make_span(cue_start, cue_end),
                        attribution=make_span(cue_start, content_from),
                        shared=True,
                    )
                )
            continue
        # a cue that reports speech only with a quote or a colon, in a paragraph without
        # quotes, needs a colon, "that" or a comma after it (`_may_report`), else neither
        # `_around_cue` call below finds a statement, and neither reads a speaker
        reportable = (
            lemma not in _QUOTE_ONLY
            or bool(own_quotes.quotes)
            or _may_report(text, cue_end, min(sentence_end, cue_end + _WINDOW))
            or (
                lemma == "ask"
                and _QUESTION.match(text, cue_end, min(sentence_end, cue_end + _WINDOW)) is not None
            )
            or _described_as(context.lowered, lemma, cue_end, sentence_end)
        )
        record = (
            _around_cue(
                text,
                sentence,
                cue,
                index=index,
                quotes=own_quotes,
                context=context,
                lemma=lemma,
                paragraph_end=paragraph_end,
                breaks=breaks,
            )
            if reportable
            else None  # "Rhoades is charged with four counts of murder."
        )
        if (
            record is None
            and reportable
            and _may_coordinate(context.lowered, max(floor, cue_start - 40), cue_start)
            and _COORDINATED.search(text, max(floor, cue_start - 40), cue_start) is not None
        ):
            # "Merrill met the staff and said she would ...": the subject of the sentence speaks;
            # "Aides say A but noted that B": the speaker of the sentence's first attribution
            subject_span = None
            if _may_continue(context.lowered, cue_end, min(sentence_end, cue_end + _WINDOW)) and (
                _CLAUSE_NEXT.match(text, cue_end, min(sentence_end, cue_end + _WINDOW))
            ):
                subject_span = sentence_span.get(sentence_start)
            shared = subject_span is not None
            if subject_span is None:
                subject = _SUBJECT.match(text, sentence_start, cue_start)
                subject_span = (
                    make_span(subject.start(_SUBJECT_SPEAKER), subject.end(_SUBJECT_SPEAKER))
                    if subject is not None
                    else None
                )
            if subject_span is not None:
                record = _around_cue(
                    text,
                    sentence,
                    cue,
                    index=index,
                    quotes=own_quotes,
                    context=context,
                    lemma=lemma,
                    paragraph_end=paragraph_end,
                    breaks=breaks,
                    subject=subject_span,
                )
                if record is not None:
                    record.shared = shared
        if (
            record is None
            and following is not None
            and text[cue_end:paragraph_end].rstrip().endswith(":")  # what it closes with
            and _COLON_CLOSE.match(text, cue_end, paragraph_end) is not None
        ):
            record = _colon_next(
                article,
                index,
                sentence,
                cue,
                following=following,
                context=context,
            )
        if record is not None:
            sink.add(record)
            taken_until = max(
                taken_until, record.attribution.end if record.attribution else cue_end
            )

    if len(found) == first_record:
        _colon(text, index, paragraph.span, quotes=own_quotes, context=context, found=found)
    if len(found) - first_record > 1:
        _cut_nested(text, found[first_record:])  # a content may run into the next attribution
    if quotes:
        _unattributed_quotes(
            text, index, own_quotes, found, first_record=first_record, context=context
        )
    found.extend(context.extra)
    context.extra.clear()


def _colon(
    text: str,
    index: int,
    span: Span,
    *,
    quotes: _QuoteIndex,
    context: _Context,
    found: list[_Found],
) -> None:
    """
    "Pat Caddell: Democrat voters worried ..." and transcripts ("WALLACE: Let's start ...").
    """
    head_end = min(span.end, span.start + _SPEAKER_CHARS)
    if text.find(":", span.start, head_end) == -1:
        return  # no colon near the start
    match = _COLON.match(text, span.start, head_end)
    if match is None:
        return
    speaker_span = make_span(match.start(_COLON_SPEAKER), match.end(_COLON_SPEAKER))
    if any(word.lower() in _NOT_COLON_SPEAKERS for word in speaker_span.slice(text).split()):
        return  # "Stealth Over Health: ...", "Correction: ...": a title or a label
    speaker = _speaker(context, speaker_span)
    content = _trim(text, match.end(), span.end)
    if speaker is None or content is None:
        return
    found.append(
        _Found(
            kind=_content_kind(quotes, content),
            content=content,
            span=make_span(speaker_span.start, content.end),
            rule_id="statement.indirect.colon",
            paragraph=index,
            speaker_span=speaker_span,
            speaker=speaker,
            cue=":",
            cue_span=make_span(match.start(_COLON_CUE), match.end(_COLON_CUE)),
            attribution=make_span(speaker_span.start, match.end()),
        )
    )


def _colon_next(
    article: Article,
    index: int,
    sentence: Span,
    cue: _Cue,
    *,
    following: list[_Quote],
    context: _Context,
) -> _Found | None:
    """
    "He said:" closing a paragraph: what he said is the next paragraph.
    """
    text = article.text
    if index + 1 >= len(article.paragraphs):
        return None
    after = article.paragraphs[index + 1]
    if after.role not in _READ_ROLES:
        return None
    cue_start, cue_end = cue.start, cue.end
    speaker_span = _left_speaker(text, sentence.start, cue_start)
    content = _trim(text, after.span.start, after.span.end)
    if speaker_span is None or content is None:
        return None
    kind = _INDIRECT
    rule_id = "statement.indirect.subject"
    quote = following[0] if following else None
    if (
        quote is not None
        and quote.open <= content.start
        and quote.close is not None
        and quote.close >= content.end - 1
    ):
        trimmed = _trim(text, quote.open + 1, quote.close)  # never empty: no `or`
        content = content if trimmed is None else trimmed
        quote.used = True
        kind = _DIRECT
        rule_id = "statement.direct.before"
    speaker = _speaker(context, speaker_span)
    if speaker is None and not is_pronoun(text[speaker_span.start : speaker_span.end]):
        return None
    return _Found(
        kind=kind,
        content=content,
        span=make_span(speaker_span.start, content.end),
        rule_id=rule_id,
        paragraph=index,
        speaker_span=speaker_span,
        speaker=speaker,
        cue=text[cue_start:cue_end],
        cue_span=make_span(cue_start, cue_end),
        attribution=make_span(speaker_span.start, cue_end + 1),
    )


def _cue_position(record: _Found) -> int:
    return record.cue_span.start if record.cue_span is not None else record.span.start


def _cut_nested(text: str, records: Sequence[_Found]) -> None:
    """
    End a reported content where the next attribution of the sentence begins.

    "Fowler said the politics would be more intense — and he noted that ...": the first
    content stops before "— and he".
    """
    if not records[1:]:
        return  # nothing follows a lone attribution
    ordered = sorted(records, key=_cue_position)
    for record, following in itertools.pairwise(ordered):
        if record.kind is _DIRECT:
            continue
        # where the next attribution begins: its speaker, or its cue when the speaker is
        # shared ("..., adding that ...", "... but noted that ...")
        start = following.span.start
        if following.speaker_span is None or following.speaker_span.start > record.content.start:
            if following.speaker_span is not None:
                start = following.speaker_span.start
        elif (
            following.shared
            and following.cue_span is not None
            and following.cue_span.start > record.content.start
        ):
            start = following.cue_span.start  # the speaker stands before both contents
        if record.content.start < start < record.content.end:
            tail = _CONJUNCTION_END.search(text, record.content.start, start)
            end = tail.start() if tail is not None else start
            cut = _trim(text, record.content.start, end)
            if cut is not None and record.parts is not None:
                # "A motive isn't clear, authorities said, but they urged ...": the pieces
                # past the cut go, and a lone piece left is the content (no attribution in it)
                pieces: list[Span] = []
                for part in record.parts:
                    if part.start < cut.end:
                        piece = _trim(text, part.start, min(part.end, cut.end))
                        if piece is not None:
                            pieces.append(piece)
                if len(pieces) > 1:
                    record.parts = tuple(pieces)
                    cut = make_span(pieces[0].start, pieces[-1].end)
                elif pieces:
                    record.parts = None
                    cut = pieces[0]
            if cut is not None:
                record.content = cut
                record.span = make_span(
                    record.span.start,
                    max(cut.end, record.cue_span.end if record.cue_span else cut.end),
                )


def _around_cue(
    text: str,
    sentence: Span,
    cue: _Cue,
    *,
    index: int,
    quotes: _QuoteIndex,
    context: _Context,
    lemma: str,
    paragraph_end: int,
    breaks: _Breaks | None,
    subject: Span | None = None,
) -> _Found | None:
    """
    Read the attribution around one cue: speaker left or right, content right or left.

    *subject*, when given, is the speaker (the subject of a coordinated cue: "... and said").
    Unquoted words after a colon ("He added: It is typical. She knows nothing.") run to the
    end of the paragraph (*paragraph_end*).
    """
    cue_start, cue_end = cue.start, cue.end
    # a `Span`'s fields are attribute lookups on a Python object: read once
    sentence_start, sentence_end = sentence.start, sentence.end
    cue_text = text[cue_start:cue_end]
    right_limit = min(sentence_end, cue_end + _WINDOW)
    left_at = cue_start
    if cue.form.endswith("ing"):
        # "The White House is saying that ...": the speaker stands before the auxiliary
        progressive = _PROGRESSIVE.search(text, max(sentence_start, cue_start - 40), cue_start)
        if progressive is not None:
            left_at = progressive.start()
    # "a program called Sandy Hook Promise" (below) reads the phrase before the cue alone
    # (a `Span` is read as a truth value by calling its Python `__len__`: tested by hand)
    speaker_span = (
        subject
        if subject is not None and subject.end > subject.start
        else _left_speaker(text, sentence_start, left_at, postmodified=lemma != "call")
    )
    if (
        speaker_span is not None
        and subject is None
        and _may_modify(context.lowered, speaker_span.start, cue_start)
        and _ADJECTIVAL.search(text, speaker_span.start, cue_start) is not None
    ):
        return None  # "the first reported death", "a widely reported attack": an adjective
    if subject is None and context.time_starts:
        # "The mayor last week said", "Officials this month said": the time is no speaker
        time_end = speaker_span.end if speaker_span is not None else left_at
        while time_end > sentence_start and text[time_end - 1].isspace():
            time_end -= 1
        if time_end in context.time_starts:
            end = _before_time(text, sentence_start, context.time_starts[time_end])
            if speaker_span is not None and end > speaker_span.start:
                speaker_span = make_span(speaker_span.start, end)
            elif end > sentence_start:
                speaker_span = _left_speaker(text, sentence_start, end) or speaker_span
        if speaker_span is not None and speaker_span.start in context.time_ends:
            # "A year ago the president said": the time opens the phrase, the speaker follows
            start = context.time_ends[speaker_span.start]
            while start < speaker_span.end and text[start] in _BLANKS + ",":
                start += 1
            if start < speaker_span.end:
                speaker_span = make_span(start, speaker_span.end)
    if (
        speaker_span is not None
        and lemma == "call"
        and context.lowered.startswith(_INDEFINITE, speaker_span.start)
    ):
        return None  # "a program called Sandy Hook Promise" names the program
    parenthetical = False
    relative_speaker = False  # the speaker is the antecedent of "who" before the cue
    if speaker_span is None:
        # "an architect who said he was stiffed": the relative pronoun's antecedent speaks
        pronoun_from = max(sentence_start, left_at - 60)
        pronoun = (
            _RELATIVE.search(text, pronoun_from, left_at)
            if context.lowered.find("wh", pronoun_from, left_at) != -1  # "who" or "which"
            else None
        )
        if pronoun is not None:
            end = pronoun.start()
            while end > sentence_start and text[end - 1] in " ,":
                end -= 1
            speaker_span = _left_speaker(text, sentence_start, end)
            # "Barkley, who said he votes, was not persuaded": the clause closes at a comma
            parenthetical = speaker_span is not None and "," in text[end : pronoun.start()]
            relative_speaker = speaker_span is not None
    inverted: regex.Match[str] | None = None
    if speaker_span is None:
        if quotes.closing_before(text, cue_start) is None and (
            lemma in _QUOTE_ONLY
            or not text[max(0, cue_start - _GAP) : cue_start].rstrip().endswith(_LEFT_ENDS)
        ):
            return None  # an inverted cue ("..., said Pompeo") follows a quote or a comma
        inverted = _SPEAKER_RIGHT.match(text, cue_end, right_limit)
        if inverted is None:
            return None
        end = (
            inverted.end(_RIGHT_APPOSITION)
            if inverted.group(_RIGHT_APPOSITION)
            else inverted.end(_RIGHT_SPEAKER)
        )
        speaker_span = make_span(inverted.start(_RIGHT_SPEAKER), end)
    # read once a speaker is found (a cue without one, a fifth of them, needs no adjunct)
    # a relative clause's words follow its cue: '"...," said Harvey, who said Trump was his
    # fourth choice' reads no quote before "Harvey" (his first statement has it)
    final = -1 if relative_speaker else _final_end(text, context.lowered, cue_end, right_limit)
    left_end = speaker_span.start if inverted is None else cue_start
    quote = None if relative_speaker else quotes.closing_before(text, left_end)
    if (
        quote is not None
        and final == -1
        and inverted is None
        and text[quote.close - 1 if quote.close else 0] == "."
    ):
        quote = None  # '"... policy." The network said it would ...': a new sentence
    parts: tuple[Span, ...] | None = None  # the content's pieces, when split (`_Found.parts`)
    if final != -1 or inverted is not None or quote is not None:
        # the attribution closes the sentence or a quote: the content is before the speaker
        attribution_end = (
            final if final != -1 else inverted.end() if inverted is not None else cue_end
        )
        if quote is not None:
            start = (quote.first if quote.first is not None else quote.open) + 1
            content = _trim(text, start, quote.close or quote.inner_end, minimum=1)
            kind = _DIRECT
            rule_id = "statement.direct.after"
            # a quote split by the attribution: "..., " Pompeo said, "..." (or said. "...")
            following = quotes.first_from(attribution_end - 1)
            if (
                following is not None
                # '"...," Trump said at a rally in Evansville last month. "..."': the quote
                # goes on in the attribution's sentence or right after it
                and following.open - sentence_end <= _GAP
                and "\n" not in text[attribution_end : following.open]
                and text[attribution_end : following.open].rstrip(" '\u00a0“\"")[-1:]
                in {"", ",", "."}
                and content is not None
            ):
                tail = _trim(text, following.open + 1, following.close or following.inner_end)
                if tail is not None:
                    parts = (content, tail)
                    content = make_span(content.start, tail.end)
                    following.used = True
                    rule_id = "statement.direct.split"
            if (
                rule_id == "statement.direct.after"  # no quote after the attribution goes on
                and final != -1  # the attribution closes the sentence: "After a "struggle,"
                # Smith said, the man fled" has words of the sentence after it
                and quote.first is None
                and quote.close is not None
                and _opens_inside(text, sentence_start, quote.open)
                and not _is_title(text[quote.open : quote.close])
            ):
                # "But Mr. Kim's ''execution has been challenged,'' Mr. Solomon said": the quote
                # ends a sentence of reported words, which are the content with it
                close_end = quote.close + (2 if text.startswith("''", quote.close) else 1)
                whole = _trim(text, sentence_start, close_end, minimum=1)
                if whole is not None:
                    content = whole
                    kind = _MIXED
                    rule_id = "statement.mixed.after"
            quote.used = True
        else:
            if not text[max(0, left_end - _GAP) : left_end].rstrip().endswith(_LEFT_ENDS):
                return None
            if lemma in _QUOTE_ONLY:
                return None
            content = _trim(text, sentence_start, left_end)
            kind = _INDIRECT
            rule_id = (
                "statement.indirect.final" if inverted is None else "statement.indirect.inverted"
            )
        if content is None:
            return None
        if kind is _INDIRECT:
            kind = _content_kind(quotes, content)
        speaker = _speaker(context, speaker_span)
        return _Found(
            kind=kind,
            content=content,
            span=make_span(
                min(content.start, speaker_span.start),
                max(attribution_end, content.end, speaker_span.end),
            ),
            rule_id=rule_id,
            paragraph=index,
            speaker_span=speaker_span,
            speaker=speaker,
            cue=cue_text,
            cue_span=make_span(cue_start, cue_end),
            attribution=make_span(
                min(speaker_span.start, cue_start), max(attribution_end, speaker_span.end)
            ),
            parts=parts,
        )
    # "The latest test, North Korea said, was its biggest yet": the attribution is inserted
    inserted = (
        _INSERTED.match(text, cue_end, right_limit)
        if text[max(sentence_start, speaker_span.start - 3) : speaker_span.start]
        .rstrip()
        .endswith(",")
        else None
    )
    if inserted is not None:
        content = _trim(text, sentence_start, sentence_end)
        speaker = _speaker(context, speaker_span)
        if content is None or speaker is None:
            return None
        # the content goes round the attribution: its pieces are before and after it
        head = _trim(text, content.start, speaker_span.start, minimum=1)
        tail = _trim(text, inserted.end(), content.end, minimum=1)
        if head is not None and tail is not None and head.start == content.start:
            parts = (head, make_span(tail.start, content.end))
        return _Found(
            kind=_content_kind(quotes, content),
            content=content,
            span=content,
            rule_id="statement.indirect.inserted",
            paragraph=index,
            speaker_span=speaker_span,
            speaker=speaker,
            cue=cue_text,
            cue_span=make_span(cue_start, cue_end),
            attribution=make_span(speaker_span.start, inserted.end()),
            parts=parts,
        )
    # the speaker is before the cue and the content after it
    right = None
    if lemma == "tell":
        right = _CONTENT_TOLD.match(text, cue_end, right_limit)
    if right is not None:
        content_start = right.start(_TOLD_CONTENT)
    else:
        content_start = _plain_content_start(text, context.lowered, cue_end, right_limit)
        if content_start == -1:  # not a plain word after the cue: the pattern decides
            right = _CONTENT_RIGHT.match(text, cue_end, right_limit)
            if right is None:
                return None
            content_start = right.start(_RIGHT_CONTENT)
            addressee = right.start(_ADDRESSEE)
            if (
                lemma == "say"
                and addressee != -1
                and "to" not in context.lowered[cue_end:addressee]
            ):
                content_start = addressee  # "said voters decide late": one says *to* someone
    content_start = _that_subject(context.lowered, content_start)
    opening = quotes.at(content_start) or quotes.at(content_start + 1)
    question = (
        _QUESTION.match(text, cue_end, right_limit)
        if lemma == "ask" and opening is None
        else None  # "asked Sanders whether he ...": the question is the content
    )
    if question is not None:
        content_start = question.start(_QUESTION_CONTENT)
    elif (
        lemma in _QUOTE_ONLY
        and opening is None
        and not _described_as(context.lowered, lemma, content_start, sentence_end)
        and not text[cue_end:content_start].strip().rstrip(",").lower().endswith((":", "that"))
        and not (lemma in _COMMISSIVE and context.lowered.startswith(_INFINITIVE, content_start))
    ):
        # "agreed that ..." reports speech, "agreed to ..." does not; "threatened to ..." does
        return None
    content_end = sentence_end
    if opening is None and text[cue_end:content_start].rstrip().endswith(":"):
        content_end = paragraph_end  # "He added: It is typical. She knows nothing."
    if opening is not None and opening.inner_end > content_end:
        content_end = opening.inner_end + (1 if opening.close is not None else 0)
    relative_from = max(sentence_start, speaker_span.start - 12)
    boundary = (
        _boundary(text, relative_from, speaker_span.start)
        if _may_relate(context.lowered, relative_from, speaker_span.start)
        else None  # no relative pronoun in reach: whatever boundary stands there is none
    )
    relative = (
        boundary is not None and text[boundary[0] : boundary[1]].strip().lower() in _RELATIVES
    )
    if (
        not relative
        and opening is None
        and _may_be_auxiliary(text, content_start, right_limit)
        and _AUXILIARY_START.match(text, content_start, right_limit) is not None
        and not _CLEFT.match(context.lowered, content_start, right_limit)
    ):
        # "a probe the agency said was ongoing", "what many analysts said was a sign": a
        # relative clause without "that" or "which", its subject the gap before the verb
        inner = _gap_start(text, speaker_span.start, speaker_span.end)
        if inner != -1:
            speaker_span = make_span(inner, speaker_span.end)
            relative = True
        else:
            relative = _gapped(context.lowered, sentence_start, speaker_span.start)
    if (
        opening is None
        and not relative
        and not text[cue_end:content_start].rstrip().rstrip(",").lower().endswith((":", "that"))
        and text.startswith(_NOT_CLAUSE_STARTS, content_start)
        and _NOT_CLAUSE.match(text, content_start, sentence_end) is not None
    ):
        # "said during the hearing that ...": the clause follows; "said as much": nothing is said
        that = _THAT.search(text, content_start, min(sentence_end, content_start + _WINDOW // 3))
        if that is None:
            return None
        content_start = that.end()
        opening = quotes.at(content_start) or quotes.at(content_start + 1)
        if opening is not None and opening.inner_end > content_end:
            content_end = opening.inner_end + (1 if opening.close is not None else 0)
    rule_id = "statement.indirect.subject"
    if relative and _AUXILIARY_START.match(text, content_start, right_limit) is not None:
        # "an air strike that Ankara said was carried out by ..." (embedded)
        clause = _CLAUSE_END.search(
            text, content_start, min(content_end, content_start + _MAX_CONTENT)
        )
        if clause is not None:
            content_end = clause.start()
        rule_id = "statement.indirect.embedded"
    elif opening is None:
        # "said A; B" and "said A, although B": the writer takes over at the break
        writer = _first_break(
            text, breaks, content_start, min(content_end, content_start + _MAX_CONTENT)
        )
        if writer is not None and _quote_free(quotes, content_start, writer):
            content_end = writer
        # "called it messy and said ...", 'called it “messy,” adding ...': the subject's next
        # cue opens its own statement (searched past the shortest content: never cut to none);
        # not after an open subordinate or relative clause ("when a man approached and
        # asked", "two men who handed them a gun and told them"): its subject spoke
        next_at = (
            _next_cue(text, context.lowered, breaks, content_start + _MIN_CONTENT, content_end)
            if cue.form in _PAST_CUES
            else None
        )
        if (
            next_at is not None
            and _quote_free(quotes, content_start, next_at)
            and (
                text[next_at - 1] == ","  # "..., when it failed, and said": a comma closes it
                or _SUBORDINATE.search(context.lowered, content_start, next_at) is None
            )
            # "said Doe told police X and threatened ...": the cue inside the content has the
            # nearer subject
            and _CUE.search(context.lowered, content_start, next_at) is None
            # "denied shooting anyone and claimed ...": two words would read as no content
            # (`_BY_AGENT`), so a cut leaves three at least
            and text.count(" ", content_start, next_at) >= _CUT_BLANKS
        ):
            content_end = next_at
    if parenthetical and opening is None:
        content_end = _relative_end(context.lowered, content_start, content_end)
    # a quote is words said, however short: 'said, "Probably not."', 'said: "No."'; so is an
    # answer: "Asked if he was ever bullied, the candidate said no."
    answer = opening is None and _answer(context.lowered, content_start)
    minimum = 1 if opening is not None or answer else _MIN_CONTENT
    content = _trim(text, content_start, content_end, minimum=minimum)
    if content is None or (
        opening is None
        and not answer
        and _may_be_agent(context.lowered, content.start, content.end)
        and not (lemma in _COMMISSIVE and context.lowered.startswith(_INFINITIVE, content.start))
        and _BY_AGENT.match(text, content.start, content.end) is not None
        and not _by_clause(context.lowered, cue_end, content)
    ):
        # "reported by The Washington Post" is passive, not speech; "vowed to fight on" is
        return None
    if lemma == "claim" and (
        context.lowered.startswith(_CLAIMED_DEEDS, content.start)
        or not _LIVES.isdisjoint(context.lowered[content.start : content.end].split()[:5])
    ):
        # "The Taliban claimed responsibility", "the bombings claimed at least 217 lives"
        return None
    if opening is not None and opening.close is not None and opening.close >= content.end - 1:
        trimmed = _trim(text, opening.open + 1, opening.close, minimum=1)
        content = content if trimmed is None else trimmed  # never empty: no `or`
        opening.used = True
        kind = _DIRECT
        rule_id = "statement.direct.before"
    else:
        kind = _content_kind(quotes, content)
    speaker = _speaker(context, speaker_span)
    if speaker is None and not is_pronoun(text[speaker_span.start : speaker_span.end]):
        return None
    return _Found(
        kind=kind,
        content=content,
        span=make_span(speaker_span.start, max(content.end, cue_end)),
        rule_id=rule_id,
        paragraph=index,
        speaker_span=speaker_span,
        speaker=speaker,
        cue=cue_text,
        cue_span=make_span(cue_start, cue_end),
        attribution=make_span(
            _fronted_time(text, context, sentence_start, speaker_span.start), content_start
        ),
    )


def _quote_free(quotes: _QuoteIndex, start: int, end: int) -> bool:
    """
    Whether no quote is open at *end* (a break inside quoted words does not end the content).
    """
    inner = quotes.inside(end)
    return inner is None or inner.open < start


#: What the speaker of `_ACCORDING` stops at: these marks, and a period unless it reads on.
_SPEAKER_STOPS: Final = ',;:.!?“”"'
_CLAUSE_STOPS: Final = ",;:!?"  # the stops that end the speaker (a period may, a quote never)
_QUOTE_STOPS: Final = '“”"'
_ACCORDING_SPEAKER: Final = 120  # characters of its speaker, at most
_ACCORDING_SHORTEST: Final = 2  # and at least


class _Phrase:
    """
    An "according to" phrase (`_according_phrase`): where it and its cue and speaker stand.
    """

    __slots__ = ("cue_end", "end", "speaker_end", "speaker_start", "start")

    def __init__(self, start: int, cue_end: int, speaker: tuple[int, int], end: int) -> None:
        self.start = start
        self.cue_end = cue_end
        self.speaker_start, self.speaker_end = speaker
        self.end = end


def _is_blank(char: str) -> bool:
    r"""
    Whether *char* is what ``\s`` takes (`str.isspace` also takes ``\x1c``-``\x1f``).
    """
    return char in _BLANKS or (not char.isascii() and char.isspace())


def _after_initial(text: str, position: int) -> bool:
    r"""
    Whether the period at *position* follows a letter that follows no word character.

    What ``(?<=\b\p{Lu})`` reads there (`_INITIAL`; case-insensitive: any letter with a
    case), by ASCII sets where both characters are ASCII.
    """
    if position == 0:
        return False
    letter = text[position - 1]
    before = text[position - 2] if position > 1 else ""
    if letter.isascii() and before.isascii():
        return letter in _ASCII_CASED and before not in _ASCII_WORD_CHARS
    return _INITIAL.match(text, position) is not None


def _according_speaker_end(text: str, start: int, end: int) -> int:
    r"""
    Where the speaker of `_ACCORDING` that starts at *start* ends (before *end*), or -1.

    The pattern's lazy speaker ends at the first place, two characters on at least, where
    blanks and then a stop follow: a mark of `_CLAUSE_STOPS`, the end, or a period that does
    not close an initial or that closes a line. Its characters are any but `_SPEAKER_STOPS`,
    and a period that reads on (a character other than a blank or a quote mark after it, or
    an initial's). So only the stops are looked at: between two of them the speaker can only
    end in the blanks right before the second.
    """
    position = start
    while True:
        stop = position
        while stop < end and text[stop] not in _SPEAKER_STOPS:
            stop += 1
        blanks = stop  # the speaker may end where the blanks before the stop start
        while blanks > position and _is_blank(text[blanks - 1]):
            blanks -= 1
        char = text[stop] if stop < end else ""
        if not char or char in _CLAUSE_STOPS:
            closes, reads_on = True, False
        elif char != ".":
            closes, reads_on = False, False  # a quote mark
        else:
            initial = _after_initial(text, stop)
            following = text[stop + 1] if stop + 1 < end else ""
            apart = not following or _is_blank(following) or following in _QUOTE_STOPS
            closes = not initial or _line_ends(text, stop + 1, end)
            reads_on = initial or not apart
        if closes:
            speaker_end = max(blanks, start + _ACCORDING_SHORTEST)
            if speaker_end <= stop:
                return speaker_end if speaker_end - start <= _ACCORDING_SPEAKER else -1
        if not reads_on or stop + 1 - start > _ACCORDING_SPEAKER:
            return -1
        position = stop + 1


def _line_ends(text: str, start: int, end: int) -> bool:
    r"""
    Whether blanks but line breaks and then a line break follow *start* (``[^\S\n]*\n``).
    """
    while start < end and text[start] != "\n" and _is_blank(text[start]):
        start += 1
    return start < end and text[start] == "\n"


def _according_phrase(text: str, start: int, end: int) -> _Phrase | None:
    """
    What `_ACCORDING` matches at *start* of ``text[:end]``, read forward without backtracking.

    The pattern tries its lazy speaker, with a lookahead, at every character (tens of
    thousands of steps a phrase); this looks at the stops only (`_according_speaker_end`).
    Where the speaker fails, the pattern gives it the blanks after the cue one at a time
    ("according to X," has the speaker " X": two characters at least), and so does this.
    """
    opening = _ACCORDING_CUE.match(text, start, end)
    if opening is None:
        return None
    cue_end = opening.end(_ACCORDING_CUE_GROUP)
    for speaker_start in range(opening.end(), cue_end, -1):
        speaker_end = _according_speaker_end(text, speaker_start, end)
        if speaker_end != -1:
            phrase_end = speaker_end
            while phrase_end < end and _is_blank(text[phrase_end]):
                phrase_end += 1
            return _Phrase(start, cue_end, (speaker_start, speaker_end), phrase_end)
    return None


def _according_to(
    text: str,
    sentence: Span,
    cue: _Cue,
    *,
    index: int,
    quotes: _QuoteIndex,
    context: _Context,
) -> _Found | None:
    """
    Read "According to X, CONTENT." and "CONTENT, according to X.".
    """
    phrase = _according_phrase(text, cue.start, min(sentence.end, cue.start + _WINDOW))
    if phrase is None:
        return None
    phrase_start, phrase_end = phrase.start, phrase.end
    speaker_span = make_span(phrase.speaker_start, phrase.speaker_end)
    before = _trim(text, sentence.start, phrase_start)
    after = _trim(text, phrase_end, sentence.end)
    content = (
        after
        if before is None
        or (after is not None and after.end - after.start > before.end - before.start)
        else before
    )
    if content is None:
        return None
    speaker = _speaker(context, speaker_span)
    return _Found(
        kind=_content_kind(quotes, content),
        content=content,
        span=make_span(min(content.start, phrase_start), max(content.end, phrase_end)),
        rule_id="statement.indirect.according_to",
        paragraph=index,
        speaker_span=speaker_span,
        speaker=speaker,
        cue=text[phrase_start : phrase.cue_end],
        cue_span=make_span(phrase_start, phrase.cue_end),
        attribution=make_span(phrase_start, phrase_end),
    )


def _unattributed_quotes(
    text: str,
    index: int,
    quotes: _QuoteIndex,
    everything: Sequence[_Found],
    *,
    first_record: int,
    context: _Context,
) -> None:
    """
    A quote that stands as its own sentence with no cue goes to the last direct speaker nearby.

    When no other statement stands between that speaker's last quote and this one
    ('"...," Cuban said. "..."', or the next paragraph), this quote goes on with it: its
    content runs to this quote's end. *everything* are the statements so far, this
    paragraph's from *first_record*; the new ones are appended to ``context.extra`` and
    returned through *everything*'s owner by the caller.
    """
    if not quotes.quotes:
        return  # no quote in the paragraph
    found = everything[first_record:]
    taken = sorted((record.content.start, record.content.end) for record in found)
    starts = [start for start, _end in taken]
    reach: list[int] = []
    for _start, end in taken:
        reach.append(max(end, reach[-1]) if reach else end)
    for quote in quotes.quotes:
        if quote.used:
            continue
        end = quote.close if quote.close is not None else quote.inner_end
        content = _trim(text, quote.open + 1, end)
        if (
            content is None
            or content.end - content.start < _MIN_QUOTE
            or not text[content.start].isupper()
        ):
            continue
        lead = text[max(0, quote.open - _GAP) : quote.open].rstrip(" '\u00a0“\"")
        if lead and "\n" not in lead and lead[-1] not in ".!?:":
            continue  # a title or a phrase quoted inside a sentence
        before = _bisect_left(starts, content.end)
        if before and reach[before - 1] > content.start:
            continue  # inside a statement already found
        span = make_span(
            quote.open, (quote.close + 1) if quote.close is not None else quote.inner_end
        )
        signed = _DASH_SIGNED.match(text, span.end, min(len(text), span.end + _SPEAKER_CHARS))
        if signed is not None:
            # "... our greatest shame.” ― Sonya Herridge"
            speaker_span = make_span(signed.start(_SIGNED_SPEAKER), signed.end(_SIGNED_SPEAKER))
            speaker = _speaker(context, speaker_span)
            record = _Found(
                kind=_DIRECT,
                content=content,
                span=make_span(span.start, signed.end()),
                rule_id="statement.direct.signed",
                paragraph=index,
                speaker_span=speaker_span,
                speaker=speaker,
                cue=signed.group(_SIGNED_CUE),
                cue_span=make_span(signed.start(_SIGNED_CUE), signed.end(_SIGNED_CUE)),
                attribution=make_span(signed.start(_SIGNED_CUE), signed.end()),
            )
            quote.used = True
            context.extra.append(record)
            context.last_direct = record
            continue
        previous = context.last_direct
        if (
            previous is None
            or previous.speaker is None
            or index - previous.paragraph > _CARRY_PARAGRAPHS
        ):
            continue
        quote.used = True
        if previous.paragraph == index and _goes_on(
            previous, content.start, everything, context.extra
        ):
            previous.parts = (*(previous.parts or (previous.content,)), content)
            previous.content = make_span(previous.content.start, content.end)
            previous.span = make_span(previous.span.start, max(previous.span.end, span.end))
            continue
        record = _Found(
            kind=_DIRECT,
            content=content,
            span=span,
            rule_id="statement.direct.continued",
            paragraph=index,
            speaker=previous.speaker,
        )
        context.extra.append(record)
        context.last_direct = record


def _goes_on(
    previous: _Found, start: int, everything: Sequence[_Found], extra: Sequence[_Found]
) -> bool:
    """
    Whether a quote at *start* continues *previous*: no other statement lies between them.

    Only the statements of *previous*'s paragraph and after are read (at most
    _CARRY_PARAGRAPHS paragraphs back).
    """
    if previous.content.end > start:
        return False
    for record in extra:
        if record is not previous and previous.content.end <= record.content.start < start:
            return False
    for record in reversed(everything):
        if record.paragraph < previous.paragraph:
            break
        if record is not previous and previous.content.end <= record.content.start < start:
            return False
    return True


# --- building ---------------------------------------------------------------------------


def _time_in(
    times: Sequence[TimeExpression], starts: Sequence[int], attribution: Span | None
) -> TimeExpression | None:
    """
    The first date or time that lies inside the attribution (*times* sorted by start).

    A duration or a set ("speaking in his nightly address") dates no saying.
    """
    if attribution is None:
        return None
    index = _bisect_left(starts, attribution.start)
    while index < len(times) and times[index].span.start < attribution.end:
        found = times[index]
        span = found.span
        if (
            found.type in _DATED and attribution.start <= span.start and span.end <= attribution.end
        ):  # `Span.contains`, without a Python call
            return found
        index += 1
    return None


def _words(text: str) -> frozenset[str]:
    """
    The content words of *text*, in lower case, without the marks around them.

    >>> sorted(_words('He said: “We will win.” Yes'))
    ['said', 'we', 'will', 'win', 'yes']
    """
    return frozenset(
        [
            word.strip(_WORD_EDGES)
            if word[0] in _WORD_EDGE_CHARS or word[-1] in _WORD_EDGE_CHARS
            else word  # the same word: `str.strip` costs a method call
            for word in text.lower().split()
            if len(word) > _SHORT_WORD
        ]
    )  # a list first: faster than a generator


@functools.lru_cache(maxsize=1024)  # bounded: speakers' names
def _speaker_key(name: str) -> str:
    """
    The last word of a speaker's *name*, in lower case: statements are compared by it.
    """
    words = name.split()
    return words[-1].lower() if words else ""


def _merge(text: str, found: list[_Found]) -> list[_Found]:
    """
    One statement, one record: fold repeats (headline, lede, summary) into the first full one.

    Only statements by the same speaker (same last name, or same country) are compared, and
    only with the last few kept, so the work stays linear.
    """
    kept: list[_Found] = []
    buckets: dict[str, list[_Found]] = {}
    for record in sorted(found, key=lambda item: (item.headline or item.repeat, item.span.start)):
        speaker = record.speaker
        key = _speaker_key(speaker.name) if speaker is not None else ""
        keys: Collection[str]
        if speaker is not None and speaker.country:
            keys = {key, speaker.country}
            candidates = [other for key in keys for other in buckets.get(key, ())[-_MERGE_WINDOW:]]
        else:
            keys = (key,)  # one speaker key, no country (the common case): no set built
            bucket = buckets.get(key)
            candidates = bucket[-_MERGE_WINDOW:] if bucket else []
        # the first candidate that is the same statement told twice: same kind (direct or
        # not), and enough content words in common
        direct = record.kind is _DIRECT
        twin = None
        for other in candidates:
            if (other.kind is _DIRECT) != direct:
                continue
            a = other.words
            if a is None:
                a = other.words = _words(text[other.content.start : other.content.end])
            b = record.words
            if b is None:
                b = record.words = _words(text[record.content.start : record.content.end])
            if not a or not b:
                continue
            headline = other.headline or record.headline
            if len(a & b) / min(len(a), len(b)) >= (
                _MERGE_OVERLAP_HEADLINE if headline else _MERGE_OVERLAP
            ):
                twin = other
                break
        if twin is None:
            if record.repeat and any(other.span.overlaps(record.span) for other in candidates):
                continue
            record.mentions = [record.span]
            kept.append(record)
            for key in keys:
                buckets.setdefault(key, []).append(record)
            continue
        twin.mentions.append(record.span)
        if (
            twin.speaker is not None
            and record.speaker is not None
            and twin.speaker.role is None
            and record.speaker.role is not None
        ):
            twin.speaker = attrs.evolve(
                twin.speaker,
                role=record.speaker.role,
                role_span=record.speaker.role_span,
                country=record.speaker.country or twin.speaker.country,
            )
        if twin.attribution is None:
            twin.attribution = record.attribution
    return kept


def _span_key(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _parts(parts: tuple[Span, ...], content: Span) -> tuple[Span, ...]:
    """
    The pieces *parts* of a content cut to *content*, where its start or end moved since.

    A piece left wholly outside is dropped; the first piece starts where *content* starts and
    the last ends where it ends.

    >>> _parts((Span(1, 5), Span(12, 20)), Span(2, 15))
    (Span(start=2, end=5), Span(start=12, end=15))
    """
    kept = [part for part in parts if part.start < content.end and part.end > content.start]
    if not kept:
        return (content,)
    kept[0] = make_span(content.start, kept[0].end)
    kept[-1] = make_span(kept[-1].start, content.end)
    return tuple(kept)


def _build(
    article: Article, record: _Found, times: Sequence[TimeExpression], starts: Sequence[int]
) -> Statement:
    text = article.text
    time = _time_in(times, starts, record.attribution)
    mentions = (
        tuple(sorted(set(record.mentions), key=_span_key)) if record.mentions[1:] else ()
    )  # one mention: none listed
    content = record.content
    return _statement(
        kind=record.kind,
        content=text[content.start : content.end],
        content_span=content,
        parts=None if record.parts is None else _parts(record.parts, content),
        span=record.span,
        rule_id=record.rule_id,
        speaker=record.speaker,
        cue=record.cue,
        cue_span=record.cue_span,
        time=time,
        mentions=mentions if len(mentions) > 1 else (),
    )


#: What `_statement` builds a `Statement` with: `object.__new__` and the setters of its slots,
#: which a frozen class's ``__setattr__`` does not stand in front of.
_new_object: Final = object.__new__
_set_kind: Final = Statement.__dict__["kind"].__set__
_set_content: Final = Statement.__dict__["content"].__set__
_set_content_span: Final = Statement.__dict__["content_span"].__set__
_set_span: Final = Statement.__dict__["span"].__set__
_set_rule_id: Final = Statement.__dict__["rule_id"].__set__
_set_speaker: Final = Statement.__dict__["speaker"].__set__
_set_cue: Final = Statement.__dict__["cue"].__set__
_set_cue_span: Final = Statement.__dict__["cue_span"].__set__
_set_time: Final = Statement.__dict__["time"].__set__
_set_mentions: Final = Statement.__dict__["mentions"].__set__
_set_content_parts: Final = Statement.__dict__["content_parts"].__set__


def _statement(
    *,
    kind: StatementKind,
    content: str,
    content_span: Span,
    parts: tuple[Span, ...] | None,
    span: Span,
    rule_id: str,
    speaker: Actor | None,
    cue: str | None,
    cue_span: Span | None,
    time: TimeExpression | None,
    mentions: tuple[Span, ...],
) -> Statement:
    """
    The `Statement`, as its ``__init__`` makes it; of one content part at a third of the cost.

    A content in several *parts* goes through ``Statement(...)``, whose validator checks
    them. Of one part (*parts* ``None``: the content span itself) the record is built
    through its slots: the generated ``__init__`` would set each field through
    ``object.__setattr__`` by name, in interpreted code, and call its converters (``tuple``
    of a tuple: the same tuple) and the parts' validator (nothing to check).

    >>> span = Span(0, 3)
    >>> fields = {"kind": _DIRECT, "content": "War", "content_span": span, "span": span}
    >>> _statement(
    ...     **fields, parts=None, rule_id="x", speaker=None, cue=None, cue_span=None,
    ...     time=None, mentions=(),
    ... ) == Statement(**fields, rule_id="x")
    True
    """
    if parts is not None:
        return Statement(
            kind=kind,
            content=content,
            content_span=content_span,
            content_parts=parts,
            span=span,
            rule_id=rule_id,
            speaker=speaker,
            cue=cue,
            cue_span=cue_span,
            time=time,
            mentions=mentions,
        )
    statement: Statement = _new_object(Statement)
    _set_kind(statement, kind)
    _set_content(statement, content)
    _set_content_span(statement, content_span)
    _set_span(statement, span)
    _set_rule_id(statement, rule_id)
    _set_speaker(statement, speaker)
    _set_cue(statement, cue)
    _set_cue_span(statement, cue_span)
    _set_time(statement, time)
    _set_mentions(statement, mentions)
    _set_content_parts(statement, (content_span,))
    return statement


# --- repeated paragraphs ----------------------------------------------------------------


def _replay_key(
    article: Article, index: int, context: _Context, time_keys: tuple[list[int], list[int]]
) -> tuple[object, ...] | None:
    """
    What the reading of paragraph *index* depends on, offsets from its start; None: more.

    Its text and the few characters before it (lookbehinds, `_GAP`), its role, sentences, cues
    (`_cue_starts` drops dense ones) and times (*time_keys*: the sorted keys of
    ``context.time_starts`` and ``context.time_ends``). A paragraph with a colon may be read
    with the next one ("He said:"), so it has no key.
    """
    paragraph = article.paragraphs[index]
    start, end = paragraph.span.start, paragraph.span.end
    text = context.text
    own = text[start:end]
    sentences = paragraph.sentences
    if ":" in own or (sentences and (sentences[0].start < start or sentences[-1].end > end)):
        return None  # read with the next paragraph, or sentences beyond the paragraph
    positions = context.cue_starts
    words = context.cue_words
    cues = [  # lists, not generators: a key is made for every paragraph of the document
        (position - start, words[position])
        for position in positions[_bisect_left(positions, start) : _bisect_left(positions, end)]
    ]
    key: list[object] = [own, text[max(0, start - _REPLAY_BEFORE) : start], paragraph.role]
    key.extend(cues)
    key.append(None)  # the sentences follow
    key.extend([(sentence.start - start, sentence.end - start) for sentence in sentences])
    ends, starts = time_keys
    if ends:
        key.append(None)  # the times by end follow, then by start
        key.extend(
            [
                (end_key - start, context.time_starts[end_key] - start)
                for end_key in ends[_bisect_left(ends, start) : _bisect_right(ends, end)]
            ]
        )
        key.append(None)
        key.extend(
            [
                (start_key - start, context.time_ends[start_key] - start)
                for start_key in starts[_bisect_left(starts, start) : _bisect_right(starts, end)]
            ]
        )
    return tuple(key)


def _moved_span(span: Span | None, offset: int) -> Span | None:
    return None if span is None else span.shift(offset)


def _moved_actor(actor: Actor, offset: int) -> Actor:
    """
    *actor* as mentioned *offset* characters further on.
    """
    return make_actor(
        text=actor.text,
        span=actor.span.shift(offset),
        name=actor.name,
        kind=actor.kind,
        rule_id=actor.rule_id,
        role=actor.role,
        role_span=_moved_span(actor.role_span, offset),
        country=actor.country,
    )


def _moved(
    record: _Found, offset: int, index: int, actors: Mapping[int, Actor] | None = None
) -> _Found:
    """
    A copy of *record* moved *offset* characters, found in paragraph *index*.

    *actors* are speakers already moved, by the ``id`` of the speaker they were moved from.
    """
    speaker = record.speaker
    if speaker is not None:
        speaker = (actors or {}).get(id(speaker)) or _moved_actor(speaker, offset)
    return _Found(
        kind=record.kind,
        content=record.content.shift(offset),
        span=record.span.shift(offset),
        rule_id=record.rule_id,
        paragraph=index,
        speaker_span=_moved_span(record.speaker_span, offset),
        speaker=speaker,
        cue=record.cue,
        cue_span=_moved_span(record.cue_span, offset),
        attribution=_moved_span(record.attribution, offset),
        mentions=[span.shift(offset) for span in record.mentions],
        repeat=record.repeat,
        headline=record.headline,
        shared=record.shared,
        words=record.words,
        parts=None
        if record.parts is None
        else tuple([span.shift(offset) for span in record.parts]),
    )


def _replay(
    replay: _Replay, start: int, index: int, *, context: _Context, found: list[_Found]
) -> None:
    """
    Read paragraph *index* (starting at *start*) as *replay* read the same paragraph.

    Its statements are appended to *found*, and *context* is left as reading it would leave it:
    the same persons remembered, its last statements the last direct and last speaker.
    """
    text = context.text
    offset = start - replay.start
    actors: dict[int, Actor] = {}  # a speaker remembered is moved once
    for actor in replay.remembered:
        moved_actor = actors[id(actor)] = _moved_actor(actor, offset)
        _remember(context, moved_actor)
    for record in replay.records:
        if record.words is None:  # the content's words, the same in every copy (`_merge`)
            record.words = _words(text[record.content.start : record.content.end])
        moved = _moved(record, offset, index, actors)
        found.append(moved)
        if moved.speaker is not None:  # what `_match_paragraph`'s ``add`` leaves
            if moved.kind is not _INDIRECT:
                context.last_direct = moved
            context.last_speaker = moved.speaker


def extract_statements(article: Article) -> tuple[Statement, ...]:
    r"""
    Every statement in the article's content paragraphs, one record per statement.

    Args:
        article: A segmented article (``article.times`` filled, if times are wanted).

    Returns:
        The statements in text order; repeats of one statement are folded into its
        ``mentions``.

    >>> from newsevents.article import parse_article
    >>> article = parse_article("Officials meet\n\nThe war is over, Pompeo said on Tuesday.")
    >>> [(record.speaker.name, record.content) for record in extract_statements(article)]
    [('Pompeo', 'The war is over')]
    """
    text = article.text
    # the times stage lower-cased the same text just before (`_engine._lowered`, the same
    # string as `lower_in_place`'s)
    lowered = kept_lower(text)
    if lowered is None:
        lowered = lower_in_place(text)
    cue_words = _cue_starts(lowered, text)
    # the times' places, read once (a field of an attrs record is a Python attribute lookup)
    article_times = article.times
    time_firsts: list[int] = []
    time_starts: dict[int, int] = {}
    time_ends: dict[int, int] = {}
    for time in article_times:
        time_span = time.span
        time_start, time_end = time_span.start, time_span.end
        time_firsts.append(time_start)
        time_starts[time_end] = time_start
        time_ends[time_start] = time_end
    context = _Context(
        text,
        lowered,
        sorted(cue_words),
        cue_words,
        time_starts=time_starts,
        time_ends=time_ends,
    )
    paragraphs = article.paragraphs
    found: list[_Found] = []
    quotes: list[_Quote] = []
    by_paragraph: dict[int, list[_Quote]] = {}
    readable = [
        index
        for index, paragraph in enumerate(paragraphs)
        if paragraph.role in _READ_ROLES or paragraph.repeats is not None
    ]
    marked = '"' in text or "“" in text or "”" in text or "''" in text  # any of the _MARKS
    # without "''", every mark is one character: the article's marks, found once, are sliced
    # by paragraph (a "''" may straddle a paragraph's end: then each paragraph finds its own)
    # (not in a text with more marks than prose has: its paragraphs count theirs, and most
    # stop there, as `_find_quotes` does, with no list of a megabyte of marks)
    marks = (
        _marks(text, 0, len(text))
        if marked
        and "''" not in text
        and text.count('"') + text.count("“") + text.count("”")
        <= _QUOTE_MARKS_FREE + len(text) // _CHARS_PER_QUOTE_MARK
        else None
    )
    positions = [position for position, _mark in marks] if marks is not None else []
    for index in readable:
        if not marked:
            by_paragraph[index] = []  # no quotation mark in the article: no quote to pair
            continue
        span = paragraphs[index].span
        own_marks = (
            marks[_bisect_left(positions, span.start) : _bisect_left(positions, span.end)]
            if marks is not None
            else None
        )
        own = _chain(text, quotes, _find_quotes(text, span, index, own_marks))
        by_paragraph[index] = own
        quotes.extend(own)
    cue_starts = context.cue_starts
    # a document of many paragraphs reads each repeated one once (`_Replay`)
    replays: dict[tuple[object, ...], _Replay] | None = None
    time_keys: tuple[list[int], list[int]] = ([], [])
    if len(readable) >= _REPLAY_PARAGRAPHS:
        replays = {}
        time_keys = (sorted(context.time_starts), sorted(context.time_ends))
    for index in readable:
        span = paragraphs[index].span
        start, end = span.start, span.end
        if (
            not by_paragraph[index]
            and _bisect_left(cue_starts, start) == _bisect_left(cue_starts, end)
            and text.find(":", start, min(end, start + _SPEAKER_CHARS)) == -1
        ):
            continue  # no quote, no cue, no "Name:": nothing to read
        key = (
            _replay_key(article, index, context, time_keys)
            if replays is not None and not by_paragraph[index]
            else None
        )
        if key is not None:
            assert replays is not None  # noqa: S101 - a key is only made with them
            replay = replays.get(key)
            if replay is not None:
                _replay(replay, start, index, context=context, found=found)
                continue
            context.remembered, context.dependent = [], False
        first_record = len(found)
        _match_paragraph(
            article,
            index,
            by_paragraph[index],
            context,
            found,
            following=by_paragraph.get(index + 1),
        )
        if key is not None:
            assert replays is not None  # noqa: S101 - a key is only made with them
            if not context.dependent and context.remembered is not None:
                remembered = context.remembered
                same = {id(actor): actor for actor in remembered}  # frozen: kept, not copied
                replays[key] = _Replay(
                    start,
                    [_moved(record, 0, index, same) for record in found[first_record:]],
                    remembered,
                )
            context.remembered = None
    records = _merge(text, found)
    records.sort(key=lambda record: record.span.start)
    order = sorted(range(len(time_firsts)), key=time_firsts.__getitem__)  # stable, by start
    times = [article_times[at] for at in order]
    starts = [time_firsts[at] for at in order]
    return tuple([_build(article, record, times, starts) for record in records])
