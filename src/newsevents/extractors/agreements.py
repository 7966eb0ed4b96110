"""
Agreements: who agreed to what, when, where, and whether it holds.

The extractor reads each sentence of the content paragraphs (headline, lede, body) in order:

1. ``match``: a cheap trigger test, then every cue rule of `newsevents.rules.agreements`
   (``agreed``, ``signed``, ``proposed``, ``holding``...), negation read from the words
   before the cue ("refused to sign" is ``rejected``, "failed to agree" ``proposed``).
2. ``build``: one draft per sentence.
   Its status is the highest-ranked cue of the sentence, its kind the first kind word after
   the main cue ("to halt hostilities" is a ceasefire), its parties the coordinated subject
   before the cue (relative clauses and appositions skipped), "with X" and "between X and Y"
   after it; "brokered by X" gives mediators.
   Terms are the complement of the cue up to the next subordinate clause; the location is
   the first place phrase inside them ("the country" is resolved to the country the text
   is about); the time is the temporal expression of the clause in ``Article.times``.
3. ``merge``: a sentence about an agreement already told ("The ceasefire has largely held
   since then", or the body restating the headline) updates that record -- its status
   becomes the later one and the sentence joins its ``mentions`` -- instead of making a new
   record.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator
from typing import Final

import attrs

from newsevents._rules import CompiledRule, Rule, RuleSet, compile_rules
from newsevents.actors import country_code, find_actors, resolve_actor
from newsevents.model import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    AgreementStatus,
    Article,
    Span,
    TimeExpression,
    TimexType,
)
from newsevents.rules.agreements import (
    AGREEMENT_LEXICON,
    CLAUSE_RULES,
    CUE_RULES,
    KIND_RULES,
    PHRASE_RULES,
    STATUS_RANK,
)
from newsevents.text import ascii_letters, letter_words

__all__ = ["extract_agreements", "find_agreements"]


def _compile(
    rules: tuple[Rule, ...], prefix: str, groups: tuple[str, ...] | None = None
) -> RuleSet:
    """
    Compile a table once (`compile_rules` gives each pattern only the word lists it uses).
    """
    return compile_rules(rules, AGREEMENT_LEXICON, groups=groups, prefix=prefix)


_CUES: Final = _compile(CUE_RULES, "agreement.status.", ("status", "mediators"))
_KINDS: Final = _compile(KIND_RULES, "agreement.kind.")
_PHRASES: Final = _compile(PHRASE_RULES, "agreement.", ("parties", "mediators", "location"))
_CLAUSE: Final = _compile(CLAUSE_RULES, "agreement.clause.")

#: Punctuation ``str.split`` leaves on a word, after and before it.
_SUFFIXES: Final = (
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    '"',
    "'",
    "”",
    "’",
    ")",
    '."',
    ',"',
    ".”",
    ",”",
    "'s",
    "’s",
)
_PREFIXES: Final = ('"', "“", "(", "‘", "'")


def _forms(word: str) -> set[str]:
    """
    *word* and its regular inflections ("agree": agrees, agreed, agreeing, agreement...).

    A noun marked ``word!`` gets its plural only ("accord!" is not "according").
    """
    if word.endswith("!"):
        word = word[:-1]
        return {word, word + "s", word + "es", word[:-1] + "ies"}
    forms = {
        word + suffix
        for suffix in ("", "s", "es", "d", "ed", "ing", "ment", "ments", "n", "ion", "ions")
    }
    forms.update(word + word[-1] + suffix for suffix in ("ed", "ing"))
    if word.endswith("e"):
        forms.update(word[:-1] + suffix for suffix in ("ing", "ion", "ions", "al", "ation"))
    if word.endswith("y"):
        forms.update(word[:-1] + suffix for suffix in ("ies", "ied", "ication"))
    return forms


def _gate(rule: Rule, key: str) -> frozenset[str]:
    words = rule.get(key)
    if not words:
        return frozenset()
    forms = set().union(*(_forms(word) for word in words.split("|")))
    # Words as ``str.split`` leaves them: with punctuation attached ("truce.", "“deal").
    attached = {form + suffix for form in forms for suffix in _SUFFIXES}
    attached.update(prefix + form for form in forms for prefix in _PREFIXES)
    return frozenset(forms | attached)


def _index(key: str) -> dict[str, int]:
    """
    Gate word -> bit mask of the cue rules whose gate *key* (`_gate`) has the word.

    A dict of strings and integers, which the cyclic garbage collector does not track: the
    words number tens of thousands, and as sets they would be read by every full collection
    of the process.
    """
    index: dict[str, int] = {}
    for number, compiled in enumerate(_CUES):
        for word in _gate(compiled.rule, key):
            index[word] = index.get(word, 0) | 1 << number
    return index


#: Per gate word, the cue rules one of whose ``needs`` words a sentence must contain to run.
_NEEDS_INDEX: Final = _index("needs")
#: Per gate word, the cue rules one of whose ``also`` words must be there too.
_ALSO_INDEX: Final = _index("also")
#: Rules without an ``also`` gate.
_FREE: Final = sum(
    1 << number for number, compiled in enumerate(_CUES) if not compiled.rule.get("also")
)


#: The byte `ascii_letters` puts for every character that is no ASCII letter.
_BLANK: Final = ord(" ")
#: Every inflected form of every ``needs`` gate word (`_forms`), as ASCII bytes: the whole
#: letter runs `_gate_hits` looks for. Some two thousand short keys, where `_NEEDS_INDEX` holds
#: each form again with every punctuation mark ``str.split`` may leave on it (tens of
#: thousands): the small set stays in the processor's cache while an article is read.
_GATE_FORMS: Final = frozenset(word.encode("ascii") for word in _NEEDS_INDEX if word.isalpha())


def _gate_hits(text: str) -> list[int]:
    """
    Sorted offsets where a gate word of some cue rule may occur in *text* (empty: none does).

    A necessary test, cheaper than `_runnable`: a sentence `_runnable` gives rules has a word
    of `_NEEDS_INDEX`, a form (`_GATE_FORMS`) with at most punctuation attached, so the form is
    a whole run of ASCII letters (`ascii_letters`) inside the sentence, and its offset is one
    of these.
    """
    shared = letter_words(text)  # the same letters as ``text.lower()``'s, if any
    if shared is not None:
        letters, words = shared
        present = _GATE_FORMS.intersection(words)
        if not present:
            return []
    else:
        lowered = text.lower()
        letters = ascii_letters(lowered)
        present = _GATE_FORMS.intersection(letters.split())
        if not present:
            return []
        if len(lowered) != len(text):  # lower-casing changed offsets: read every sentence
            return list(range(len(text)))
    size = len(letters)
    hits: list[int] = []
    for form in present:
        length = len(form)
        index = letters.find(form)
        while index >= 0:
            end = index + length
            # Whole runs only ("aid" is no gate word in "said").
            if (index == 0 or letters[index - 1] == _BLANK) and (
                end == size or letters[end] == _BLANK
            ):
                hits.append(index)
            index = letters.find(form, end)
    hits.sort()
    return hits


def _words(chunk: str) -> set[str]:
    """
    The lower-case words of *chunk* as ``str.split`` gives them (hyphens and slashes split).
    """
    return set(chunk.lower().replace("-", " ").replace("/", " ").split())


@functools.lru_cache(maxsize=1024)  # bounded: a long stream must not grow memory
def _rules_for(mask: int) -> list[CompiledRule]:
    """
    The cue rules whose bits are set in *mask*, in table order.
    """
    return [compiled for number, compiled in enumerate(_CUES) if mask >> number & 1]


def _runnable(chunk: str) -> list[CompiledRule]:
    """
    The cue rules whose gate words *chunk* has (a sentence with none has no agreement).
    """
    words = _words(chunk)
    present = _NEEDS_INDEX.keys() & words
    if not present:
        return []
    needs = 0
    for word in present:
        needs |= _NEEDS_INDEX[word]
    also = _FREE
    for word in _ALSO_INDEX.keys() & words:
        also |= _ALSO_INDEX[word]
    return _rules_for(needs & also)


_SENTENCE_END: Final = _CLAUSE.by_id("agreement.clause.sentence_end").pattern
_SUBJECT_START: Final = _CLAUSE.by_id("agreement.clause.subject_start").pattern
_LEADING_ADVERBIAL: Final = _CLAUSE.by_id("agreement.clause.leading_adverbial").pattern
_TRAILING_AUX: Final = _CLAUSE.by_id("agreement.clause.trailing_aux").pattern
_PARENTHETICAL: Final = _CLAUSE.by_id("agreement.clause.parenthetical").pattern
_TERMS_END: Final = _CLAUSE.by_id("agreement.clause.terms_end").pattern
_LEADING_TIME: Final = _CLAUSE.by_id("agreement.clause.leading_time").pattern
_NEGATION: Final = _CLAUSE.by_id("agreement.clause.negation").pattern
_DEFINITE: Final = _CLAUSE.by_id("agreement.clause.definite").pattern
_PRONOUN: Final = _CLAUSE.by_id("agreement.clause.pronoun").pattern
_ANAPHORIC: Final = _CLAUSE.by_id("agreement.clause.anaphoric").pattern
_ACCUSED: Final = _CLAUSE.by_id("agreement.clause.accused").pattern
_CONJUNCTION: Final = _CLAUSE.by_id("agreement.clause.conjunction").pattern
_DETERMINER: Final = _CLAUSE.by_id("agreement.clause.determiner").pattern
_THE_COUNTRY: Final = _CLAUSE.by_id("agreement.clause.the_country").pattern
_WITH: Final = _PHRASES.by_id("agreement.parties.with").pattern
_BETWEEN: Final = _PHRASES.by_id("agreement.parties.between").pattern
_BY: Final = _PHRASES.by_id("agreement.parties.by").pattern
_MEDIATORS_BY: Final = _PHRASES.by_id("agreement.mediators.by").pattern
_LOCATION: Final = _PHRASES.by_id("agreement.location.in").pattern

#: Statuses that say the agreement was made (a negation turns them into ``proposed``).
_MADE: Final = frozenset({"agreed", "signed", "ratified"})
#: Words that make a negated cue a refusal.
_REFUSAL: Final = ("refus", "declin")
#: Words that deny a proposal outright ("did not offer to") rather than hedge it.
_DENIAL: Final = frozenset({"not", "n't", "never", "no", "without"})
#: Cue words that name a mediator when passive ("brokered by Egypt").
_MEDIATING: Final = ("broker", "mediat", "sponsor", "facilitat")
#: Boundaries that introduce reported speech ("X says it will ...").
_SPEECH: Final = frozenset({"said", "says", "saying"})
#: Pronouns that stand for the speaker of the enclosing report.
_SPEAKER_PRONOUNS: Final = frozenset({"it", "they", "he", "she"})
#: A "subject" ending in a noun of agreement is none: the cue is a participle that modifies it
#: ("a ceasefire agreed with Ankara", "the deal signed in Doha").
_DEAL_NOUNS: Final = frozenset(word for word in AGREEMENT_LEXICON["deal_noun"] if " " not in word)
#: A "subject" ending in one of these is no subject: the cue is not a verb there.
_FUNCTION_WORDS: Final = frozenset(
    {
        "a",
        "an",
        "the",
        "at",
        "of",
        "to",
        "for",
        "in",
        "on",
        "and",
        "or",
        "by",
        "with",
        "from",
        "as",
        "into",
    }
)
#: How far back "the country" looks for the country the text is about.
_FOCUS_WINDOW: Final = 1500
#: Most matches of one cue rule read in one sentence (keeps hostile input linear and cheap).
_MAX_CUES: Final = 8
#: Longest subject read before a cue, in characters.
_MAX_SUBJECT: Final = 300
#: Most conjuncts read as parties from one phrase.
_MAX_CONJUNCTS: Final = 12
#: Longest party name read from a plain phrase, in characters.
_MAX_NAME: Final = 80
#: Longest terms kept, in characters.
_MAX_TERMS: Final = 240


@attrs.frozen
class _Cue:
    """
    One cue rule matched in one sentence (spans index the article text).
    """

    rule: Rule
    status: str
    span: Span
    start: int
    end: int
    mediators: Span | None
    hedged: bool = False

    @property
    def role(self) -> str:
        return self.rule.get("role") or "act"

    @property
    def weak(self) -> bool:
        return self.rule.get("weak") == "1"


class _Draft:
    """
    A record being built; frozen into an `Agreement` at the end.

    A plain class, compiled to a native one (hatch_build.py).
    """

    __slots__ = (
        "kind",
        "location",
        "location_country",
        "location_span",
        "mediators",
        "mentions",
        "parties",
        "rule_id",
        "span",
        "status",
        "status_span",
        "terms",
        "terms_span",
        "time",
        "update_only",
    )

    def __init__(
        self,
        *,
        kind: AgreementKind,
        status: AgreementStatus,
        span: Span,
        rule_id: str,
        status_span: Span,
        parties: list[Actor],
        mediators: list[Actor],
        terms: str | None = None,
        terms_span: Span | None = None,
        time: TimeExpression | None = None,
        location: str | None = None,
        location_span: Span | None = None,
        location_country: str | None = None,
        update_only: bool = False,
    ) -> None:
        self.kind = kind
        self.status = status
        self.span = span
        self.rule_id = rule_id
        self.status_span = status_span
        self.parties = parties
        self.mediators = mediators
        self.terms = terms
        self.terms_span = terms_span
        self.time = time
        self.location = location
        self.location_span = location_span
        self.location_country = location_country
        self.update_only = update_only
        self.mentions: list[Span] = []

    def party_key(self) -> frozenset[str]:
        return frozenset(_actor_key(actor) for actor in self.parties)

    def absorb(self, other: _Draft) -> None:
        """
        Take what a later sentence says about the same agreement.
        """
        self.status = other.status
        self.status_span = other.status_span
        self.mentions.append(other.span)
        self.mentions.extend(other.mentions)
        if self.kind is AgreementKind.OTHER:
            self.kind = other.kind
        if not self.parties:
            self.parties = other.parties
        if not self.mediators:
            self.mediators = other.mediators
        if self.terms is None:
            self.terms, self.terms_span = other.terms, other.terms_span
        if self.time is None:
            self.time = other.time
        if self.location is None:
            self.location, self.location_span = other.location, other.location_span
            self.location_country = other.location_country

    def freeze(self) -> Agreement:
        return Agreement(
            kind=self.kind,
            status=self.status,
            span=self.span,
            rule_id=self.rule_id,
            parties=self.parties,
            mediators=self.mediators,
            terms=self.terms,
            terms_span=self.terms_span,
            time=self.time,
            location=self.location,
            location_span=self.location_span,
            location_country=self.location_country,
            status_span=self.status_span,
            # (by the ends as integers: an attrs comparison of two spans is a Python call)
            mentions=sorted(set(self.mentions), key=_span_ends),
        )


# --- public ------------------------------------------------------------------------------


def extract_agreements(article: Article) -> tuple[Agreement, ...]:
    """
    Every agreement in the article's content paragraphs, in text order.

    Args:
        article: A segmented article; ``article.times`` gives the agreements their time.

    Returns:
        One `Agreement` per agreement told, later mentions folded into ``mentions``.

    >>> from newsevents.article import parse_article
    >>> text = "Egypt and Sudan agreed on a truce. The truce has largely held."
    >>> [(a.kind.value, a.status.value, [p.name for p in a.parties])
    ...  for a in extract_agreements(parse_article(text))]
    [('ceasefire', 'holding', ['Egypt', 'Sudan'])]
    """
    text = article.text
    hits = _gate_hits(text)
    if not hits:
        return ()
    drafts: list[_Draft] = []
    position = 0
    # the times in text order, once: each clause finds its own by bisection
    times = sorted(article.times, key=_time_start)
    for paragraph in article.content_paragraphs:
        for sentence in paragraph.sentences:
            # Skip, without reading it, a sentence where no gate word occurs.
            position = bisect.bisect_left(hits, sentence.start, position)
            if position == len(hits) or hits[position] >= sentence.end:
                continue
            for start, end, rules in _split_sentences(text, sentence.start, sentence.end):
                draft = _build_sentence(article, start, end, rules, times)
                if draft is not None:
                    _merge(drafts, draft)
    return tuple(draft.freeze() for draft in drafts)


def find_agreements(text: str) -> tuple[Agreement, ...]:
    """
    Agreements in a bare text (one paragraph per line block, no temporal resolution).

    Args:
        text: Any string.

    Returns:
        The agreements, as `extract_agreements` finds them.

    >>> [a.status.value for a in find_agreements("Kiev refused to sign the deal.")]
    ['rejected']
    """
    from newsevents.article import parse_article  # noqa: PLC0415 - avoid an import cycle

    return extract_agreements(parse_article(text))


# --- sentences ----------------------------------------------------------------------------


def _split_sentences(
    text: str, start: int, end: int
) -> Iterator[tuple[int, int, list[CompiledRule]]]:
    """
    Yield the sentences of ``text[start:end]`` that may hold a cue, with the rules to run.

    The segmenter may hand over a whole paragraph, so sentence ends are looked for here too.
    """
    chunk = text[start:end]
    rules = _runnable(chunk)
    if not rules:
        return
    cuts = list(_SENTENCE_END.finditer(chunk))
    if not cuts:
        yield start, end, rules
        return
    position = 0
    for match in (*cuts, None):
        stop = match.start() if match is not None else len(chunk)
        piece_rules = _runnable(chunk[position:stop])
        if piece_rules:
            yield start + position, start + stop, piece_rules
        if match is not None:
            position = match.end()


# --- match ---------------------------------------------------------------------------------


def _match(text: str, start: int, end: int, rules: list[CompiledRule]) -> list[_Cue]:
    """
    Every cue of *rules* in the sentence ``text[start:end]``, negation applied, overlaps removed.
    """
    chunk = text[start:end]
    cues: list[_Cue] = []
    for compiled in rules:
        for count, match in enumerate(compiled.pattern.finditer(chunk)):
            if count >= _MAX_CUES:
                break
            group_start, group_end = match.span("status")
            status = compiled.rule.get("status") or "agreed"
            role = compiled.rule.get("role") or "act"
            hedged = False
            if role == "act":
                status_or_none = _negate(chunk[max(0, group_start - 40) : group_start], status)
                if status_or_none is None:
                    continue
                hedged = status_or_none != status
                status = status_or_none
            mediators = None
            if "mediators" in compiled.pattern.groupindex and match.start("mediators") >= 0:
                mediators = Span(start + match.start("mediators"), start + match.end("mediators"))
            cues.append(
                _Cue(
                    rule=compiled.rule,
                    status=status,
                    span=Span(start + group_start, start + group_end),
                    start=start + match.start(),
                    end=start + match.end(),
                    mediators=mediators,
                    hedged=hedged,
                )
            )
    cues.sort(key=lambda cue: (cue.span.start, -len(cue.span)))
    kept: list[_Cue] = []
    for cue in cues:
        if kept and kept[-1].span.overlaps(cue.span):
            if (kept[-1].weak and not cue.weak) or (
                kept[-1].weak == cue.weak and STATUS_RANK[cue.status] > STATUS_RANK[kept[-1].status]
            ):
                kept[-1] = cue
            continue
        kept.append(cue)
    strong = [cue for cue in kept if not cue.weak]
    return strong or kept


def _negate(before: str, status: str) -> str | None:
    """
    The status a cue keeps after the words *before* it.

    Refusals reject, other negations and hedges leave a proposal, and a negated status
    update ("has not held") is dropped (``None``).
    """
    match = _NEGATION.search(before)
    if match is None:
        return status
    words = match.group().lower()
    if any(word in words for word in _REFUSAL):
        return "rejected"
    if status in _MADE:
        return "proposed"
    if status == "proposed" and not any(word in words.split() for word in _DENIAL):
        return status
    if words.split()[0] == "to":
        # "the decision to withdraw from the treaty": an infinitive hedges a deal, not its end.
        return status
    return None


# --- build ---------------------------------------------------------------------------------


def _build_sentence(
    article: Article,
    start: int,
    end: int,
    rules: list[CompiledRule],
    times: list[TimeExpression],
) -> _Draft | None:
    """
    One draft for the sentence ``article.text[start:end]``, or ``None`` without a cue.

    *times* are the article's, in text order.
    """
    text = article.text
    cues = _match(text, start, end, rules)
    if not cues:
        return None
    primary = next((cue for cue in cues if cue.role in {"act", "passive"}), cues[0])
    parties: list[Actor] = []
    mediators: list[Actor] = []
    clause_start = primary.start if primary.role != "act" else primary.span.start
    update_only = all(cue.role in {"update", "passive", "mention"} for cue in cues)

    if primary.role == "act":
        subject = _subject(text, start, primary.span.start)
        if subject is not None:
            clause_start = subject.start
            inside = _BETWEEN.search(text, subject.start, subject.end)
            # "Fighting between Armenia and Azerbaijan ended with a ceasefire": the two sides
            found = _actors(
                text,
                Span(inside.start("parties"), inside.end("parties")) if inside else subject,
            )
            phrase = subject.slice(text)
            if _DEFINITE.search(phrase) is not None or _ANAPHORIC.match(phrase) is not None:
                # "The ceasefire ...", "The two sides ...": told of before, not named here.
                found = []
                update_only = True
            else:
                update_only = False
            if primary.rule.get("mediator") == "1":
                mediators.extend(found)
            else:
                parties.extend(found)
    elif primary.role == "passive":
        by = _BY.match(text[primary.span.start : end])  # "signed by X and Y"
        if by is not None:
            span = Span(
                primary.span.start + by.start("parties"), primary.span.start + by.end("parties")
            )
            if primary.span.slice(text).lower().startswith(_MEDIATING):
                mediators.extend(_actors(text, span))
            else:
                parties.extend(_actors(text, span))
                update_only = False
    for cue in cues:
        if cue.mediators is not None:
            mediators.extend(_actors(text, cue.mediators))

    terms_span = _terms(text, primary, end) if primary.role == "act" else None
    clause_end = max(primary.end, terms_span.end if terms_span is not None else primary.end)
    after = text[primary.span.end : end]
    with_match = _WITH.match(after)
    if with_match is not None and _capitalised(with_match.group("parties")):
        span = Span(
            primary.span.end + with_match.start("parties"),
            primary.span.end + with_match.end("parties"),
        )
        parties.extend(_actors(text, span))
    between_end = clause_end if terms_span is not None else end
    between = _BETWEEN.search(text, primary.span.start, max(between_end, primary.end))
    if between is None and not parties:
        # "The ceasefire between Armenia and Azerbaijan collapsed": the subject names them
        between = _BETWEEN.search(text, start, primary.span.start)
        noun = text[start : between.start()].rsplit(None, 1)[-1:] if between else []
        if not noun or noun[0].lower() not in _DEAL_NOUNS:
            between = None
    if between is not None and _capitalised(between.group("parties")):
        parties.extend(_actors(text, Span(between.start("parties"), between.end("parties"))))
        update_only = False
    for match in _MEDIATORS_BY.finditer(text, start, end):
        for name in ("mediators",):
            if match.start(name) >= 0:
                mediators.extend(_actors(text, Span(match.start(name), match.end(name))))
    if parties:
        update_only = False

    # An active cue outside the main clause tells of another agreement ("... and demanding
    # that the government respects the global ceasefire"); status updates count anywhere.
    # A hedged main cue ("would accept a UN-brokered truce") is not raised by the words it
    # governs; status updates still count.
    top = max(
        (
            cue
            for cue in cues
            if cue is primary
            or cue.role == "update"
            or (not primary.hedged and (cue.role != "act" or cue.span.start < clause_end))
        ),
        key=lambda cue: STATUS_RANK[cue.status],
    )
    kind = _kind(text, primary.span.start, max(clause_end, end), start)
    location, location_span, location_country = _location(article, terms_span, parties)
    # The record covers the parties and mediators read after the cue, without trailing blanks.
    clause_end = max(
        [clause_end, *(actor.span.end for actor in (*parties, *mediators) if actor.span.end <= end)]
    )
    while clause_end > clause_start and text[clause_end - 1].isspace():
        clause_end -= 1
    time = _time(times, clause_start, clause_end, primary.span.start)
    return _Draft(
        kind=kind,
        status=AgreementStatus(top.status),
        span=Span(min(clause_start, primary.span.start), clause_end),
        rule_id=primary.rule.id,
        status_span=top.span,
        parties=_unique(parties),
        mediators=_unique(mediators),
        terms=terms_span.slice(text) if terms_span is not None else None,
        terms_span=terms_span,
        time=time,
        location=location,
        location_span=location_span,
        location_country=location_country,
        update_only=update_only and not parties,
    )


def _subject(text: str, sentence_start: int, cue_start: int) -> Span | None:
    """
    The subject of the clause whose verb starts at *cue_start*, relative clauses skipped.
    """
    sentence_start = max(sentence_start, cue_start - _MAX_SUBJECT)
    before = text[sentence_start:cue_start]
    accused = _ACCUSED.search(before)
    if accused is not None:
        # "Armenia accused Azerbaijan of breaking the truce": the one accused did it.
        return Span(
            sentence_start + accused.start("parties"), sentence_start + accused.end("parties")
        )
    end = len(before)
    for _ in range(3):
        aux = _TRAILING_AUX.search(before, 0, end)
        if aux is not None:
            end = aux.start()
        paren = _PARENTHETICAL.search(before, 0, end)
        if paren is None:
            break
        end = paren.start()
    begin = 0
    speech: int | None = None
    for boundary in _SUBJECT_START.finditer(before, 0, end):
        begin = boundary.end()
        speech = boundary.start() if boundary.group().strip().lower() in _SPEECH else None
    adverbial = _LEADING_ADVERBIAL.match(before[begin:end])
    if adverbial is not None:
        begin += adverbial.end()
    while begin < end and not before[begin].isalnum():
        begin += 1
    while end > begin and before[end - 1] in " ,\t\n":
        end -= 1
    if end <= begin:
        return None
    if _PRONOUN.match(before[begin:end]) is not None:
        # "Syria says it is willing to ...": the pronoun is the speaker.
        if speech is not None and before[begin:end].strip().lower() in _SPEAKER_PRONOUNS:
            return _subject(text, sentence_start, sentence_start + speech)
        return None
    last = before[:end].rsplit(None, 1)[-1].lower()
    if last in _FUNCTION_WORDS or last in _DEAL_NOUNS:
        return None
    return Span(sentence_start + begin, sentence_start + end)


def _actors(text: str, span: Span) -> list[Actor]:
    """
    The actors of a (possibly coordinated) noun phrase: one per conjunct.
    """
    actors: list[Actor] = []
    position = span.start
    pieces: list[Span] = []
    for match in _CONJUNCTION.finditer(text, span.start, span.end):
        pieces.append(Span(position, match.start()))
        position = match.end()
        if len(pieces) >= _MAX_CONJUNCTS:
            break
    else:
        pieces.append(Span(position, span.end))
    for raw in pieces:
        trimmed = _trim(text, raw)
        if trimmed is None:
            continue
        piece = _head(text, trimmed)
        actor = resolve_actor(text, piece)
        if actor is None:
            found = find_actors(text, start=piece.start, end=piece.end)
            actor = max(found, key=lambda item: len(item.span)) if found else None
        if actor is None:
            actor = _phrase_actor(text, piece)
        elif actor.country is None and (code := country_code(actor.text)) is not None:
            actor = attrs.evolve(actor, country=code)
        if actor is not None:
            actors.append(actor)
    return actors


def _head(text: str, span: Span) -> Span:
    """
    The noun phrase *span* without generic heads ("leaders of") and trailing modifiers.
    """
    phrase = span.slice(text)
    determiner = _DETERMINER.match(phrase)
    start = span.start + (determiner.end() if determiner is not None else 0)
    rest = text[start : span.end]
    for marker in (" of ", " in ", " from ", " on ", " at ", " who ", " which "):
        index = rest.find(marker)
        if index > 0 and any(word[:1].isupper() for word in rest[:index].split()):
            return Span(start, start + index)
    return Span(start, span.end) if start < span.end else span


def _trim(text: str, span: Span) -> Span | None:
    """
    *span* without surrounding blanks and punctuation, or ``None`` when nothing is left.
    """
    start, end = span.start, span.end
    while start < end and not (text[start].isalnum() or text[start] in "\"'“‘"):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".)"):
        end -= 1
    if end <= start or _PRONOUN.match(text[start:end]) is not None:
        return None
    return Span(start, end)


def _phrase_actor(text: str, span: Span) -> Actor | None:
    """
    A plain noun phrase as an actor, when the gazetteer does not know it.
    """
    phrase = span.slice(text)
    determiner = _DETERMINER.match(phrase)
    name = phrase[determiner.end() :] if determiner is not None else phrase
    if not name or len(name) > _MAX_NAME:
        return None
    code = country_code(name)
    if code is None:
        code = next(
            (
                country_code(word)
                for word in name.split()
                if word[:1].isupper() and country_code(word)
            ),
            None,
        )
    if code is not None and country_code(name) == code:
        kind = ActorKind.COUNTRY
    elif name[:1].isupper():
        kind = ActorKind.ORGANIZATION
    else:
        kind = ActorKind.GROUP
    return Actor(
        text=phrase, span=span, name=name, kind=kind, country=code, rule_id="agreement.party.phrase"
    )


def _capitalised(phrase: str) -> bool:
    return any(word[:1].isupper() or word[:1].isdigit() for word in phrase.split())


def _actor_key(actor: Actor) -> str:
    return (
        actor.country if actor.kind is ActorKind.COUNTRY and actor.country else actor.name.lower()
    )


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: set[str] = set()
    result: list[Actor] = []
    for actor in actors:
        key = _actor_key(actor)
        if key not in seen:
            seen.add(key)
            result.append(actor)
    return result


def _terms(text: str, cue: _Cue, end: int) -> Span | None:
    """
    The complement of an active cue: after it, up to the next subordinate clause.
    """
    start = cue.span.end
    leading = _LEADING_TIME.match(text[start:end])
    while leading is not None and leading.end() > 0:
        start += leading.end()
        leading = _LEADING_TIME.match(text[start:end])
    stop = _TERMS_END.search(text, start, end)
    finish = stop.start() if stop is not None else end
    finish = min(finish, start + _MAX_TERMS)
    while finish > start and not text[finish - 1].isalnum() and text[finish - 1] not in ")”\"'’":
        finish -= 1
    while start < finish and text[start].isspace():
        start += 1
    if finish <= start:
        return None
    return Span(start, finish)


def _kind(text: str, start: int, end: int, sentence_start: int) -> AgreementKind:
    """
    The first kind word from the cue on (else anywhere in the sentence), else ``other``.
    """
    for window_start in (start, sentence_start):
        best: tuple[int, str] | None = None
        for compiled in _KINDS:
            match = compiled.pattern.search(text, window_start, end)
            if match is not None and (best is None or match.start() < best[0]):
                best = (match.start(), compiled.rule.get("kind") or "other")
        if best is not None:
            return AgreementKind(best[1])
    return AgreementKind.OTHER


def _location(
    article: Article, terms: Span | None, parties: list[Actor]
) -> tuple[str | None, Span | None, str | None]:
    """
    The first place phrase inside the terms, as written, and the country it names or means.

    The country is that of the first country, capital or seat of government in the phrase;
    "the country" is the nearest country named before it that is not a party.
    """
    if terms is None:
        return None, None, None
    text = article.text
    match = _LOCATION.search(text, terms.start, terms.end)
    if match is None:
        return None, None, None
    span = Span(match.start("location"), match.end("location"))
    if _THE_COUNTRY.match(text, span.start, span.end) is not None:
        code = _country_in_focus(text, span.start, {actor.country for actor in parties})
    else:
        code = next(
            (
                actor.country
                for actor in find_actors(text, start=span.start, end=span.end)
                if actor.kind is ActorKind.COUNTRY
            ),
            None,
        )
    return span.slice(text), span, code


def _country_in_focus(text: str, before: int, exclude: set[str | None]) -> str | None:
    """
    The nearest country named before *before* that is not a party: what "the country" means.
    """
    window_start = max(0, before - _FOCUS_WINDOW)
    actors = find_actors(text, start=window_start, end=before)
    for actor in reversed(actors):
        if (
            actor.country is not None
            and actor.country not in exclude
            and actor.kind is ActorKind.COUNTRY
        ):
            return actor.country
    return None


def _time(times: list[TimeExpression], start: int, end: int, cue: int) -> TimeExpression | None:
    """
    The date expression of the clause ``[start, end)`` nearest to the cue.

    *times* are in text order: the clause's are found by bisection, so a long text of many
    agreement clauses is read in linear time, not each clause against every time.
    """
    best: TimeExpression | None = None
    first = bisect.bisect_left(times, start, key=_time_start)
    for index in range(first, len(times)):
        time = times[index]
        if time.span.start >= end:
            break
        if time.span.end > end:
            continue
        if time.type not in {TimexType.DATE, TimexType.TIME}:
            continue
        if best is None or abs(time.span.start - cue) < abs(best.span.start - cue):
            best = time
    return best


def _time_start(time: TimeExpression) -> int:
    return time.span.start


def _span_ends(span: Span) -> tuple[int, int]:
    return span.start, span.end


# --- merge ---------------------------------------------------------------------------------


def _merge(drafts: list[_Draft], draft: _Draft) -> None:
    """
    Add *draft*, or fold it into the earlier record it tells about again.
    """
    if draft.update_only:
        for earlier in reversed(drafts):
            if _compatible(earlier.kind, draft.kind):
                earlier.absorb(draft)
                return
    key = draft.party_key()
    if key:
        for earlier in drafts:
            if earlier.party_key() == key and _compatible(earlier.kind, draft.kind):
                earlier.absorb(draft)
                return
    drafts.append(draft)


def _compatible(first: AgreementKind, second: AgreementKind) -> bool:
    return first is second or AgreementKind.OTHER in {first, second}
