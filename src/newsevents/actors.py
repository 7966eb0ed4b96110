"""
Actor mentions: countries, demonyms, capitals as metonyms, titles and names, organisations.

Interface other stages use:

* `find_actors(text, start=..., end=...)` — every actor mention in ``text[start:end]``.
* `resolve_actor(text, span)` — the phrase at *span* read as one actor, or ``None``.
* `country_code(word)` — ISO 3166-1 alpha-3 for a country name, demonym or capital.
* `country_name(code)` — the English name news uses for an alpha-3 code.

The patterns live in `newsevents.rules.actors` and the word lists in
`newsevents.rules._gazetteer`; ISO codes and official names come from pycountry.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Collection, Iterator
from typing import Any, Final

import attrs
import pycountry
import regex

from newsevents._rules import (
    CompiledRule,
    Rule,
    RuleSet,
    compile_pattern,
    compile_rules,
    group_numbers,
    spell_out_lists,
)
from newsevents.model import Actor, ActorKind, Span
from newsevents.rules._gazetteer import (
    CAPITALS,
    COUNTRY_ALIASES,
    COUNTRY_NAMES,
    DEMONYMS,
    GROUP_NOUNS,
    NOT_NAMES,
    ORG_SUFFIXES,
    ORGANIZATIONS,
    PRONOUNS,
    TITLES,
)
from newsevents.rules.actors import ACTOR_LEXICON, ACTOR_RULES, PARTICLES, PERSON_BEFORE_RULES
from newsevents.text import ascii_letters, make_span

__all__ = [
    "country_code",
    "country_name",
    "find_actors",
    "find_persons",
    "is_pronoun",
    "last_person",
    "make_actor",
    "person_ending_at",
    "resolve_actor",
]

#: Enum members as module constants: compiled code reads a constant, where ``Kind.MEMBER`` is
#: an attribute lookup through the enum's metaclass (about 0.2 µs each).
_PERSON: Final = ActorKind.PERSON
_ORGANIZATION: Final = ActorKind.ORGANIZATION
_COUNTRY: Final = ActorKind.COUNTRY
_GROUP: Final = ActorKind.GROUP


def _compile_each(rules: tuple[Rule, ...], lexicon: dict[str, list[str]]) -> RuleSet:
    """
    Compile a table once (`compile_rules` gives each pattern only the word lists it uses).
    """
    return compile_rules(rules, lexicon, prefix="actor.")


#: Rules whose word lists are spelled out as tries (`newsevents._rules.spell_out_lists`), and
#: which lists: the title rules, whose long lists are tried at every title word (``.before`` is
#: read right to left, and so are its tries), and the group rule, whose determiners, modifiers
#: and heads are tried at every word that may open a group. Only lists that stand where case
#: does not matter (a trie holds lower case): not the group rule's country and ``of`` slots.
_TITLE_LISTS: Final = ("country", "demonym", "organization", "title")
_SPELLED: Final[dict[str, tuple[str, ...]]] = {
    "actor.person.titled": _TITLE_LISTS,
    "actor.person.titled.before": _TITLE_LISTS,
    "actor.group.noun": (
        "determiner",
        "modifier",
        "not_modifier",
        "group_org",
        "group_plural",
        "group_person",
    ),
}


def _spelled(rule: Rule, pattern: str | None = None) -> Rule:
    """
    *rule* (or its *pattern*) with its word lists spelled out as tries, if it is in `_SPELLED`.
    """
    if pattern is not None:
        rule = attrs.evolve(rule, pattern=pattern)
    names = _SPELLED.get(rule.id)
    if names is None:
        return rule
    return spell_out_lists(rule, ACTOR_LEXICON, names=names)


_ORIGINAL: Final[dict[str, Rule]] = {rule.id: rule for rule in ACTOR_RULES}
_RULES: Final = _compile_each(tuple(map(_spelled, ACTOR_RULES)), ACTOR_LEXICON)
_NAME_RULE: Final = _RULES.by_id("actor.person.name")
_TITLED_RULE: Final = _RULES.by_id("actor.person.titled")
_BEFORE_RULES: Final = _compile_each(tuple(map(_spelled, PERSON_BEFORE_RULES)), ACTOR_LEXICON)
_NAME_BEFORE: Final = _BEFORE_RULES.by_id("actor.person.name.before")
_TITLED_BEFORE: Final = _BEFORE_RULES.by_id("actor.person.titled.before")
#: A capitalised word and a blank at the end of a range, read right to left (`regex.Pattern.match`
#: of a pattern read that way tries the end of the range only).
_RUN_BEFORE: Final = compile_pattern(r"(?r)(?-i:\p{Lu}[\w.'’-]*)\s\Z")
_PARTICLES: Final = frozenset(PARTICLES)
_NAME_IN_RUN: Final = 2  # words of a name read at the end of a long run of capitalised words
_WORD: Final = compile_pattern(r"[^\W\d_]+")
_CAPITAL: Final = compile_pattern(r"(?-i:\p{Lu})")
_NEED_CAPITAL: Final = frozenset({"actor.person.titled", "actor.person.name"})


def _gate(*lists: str) -> frozenset[str]:
    """
    The lower-case words of the named lists: a rule can only match where one of them occurs.

    One word per form is enough, since a match holds all of them: the last one that is not a
    common word ("the", "of"). "the CDC" can only match where "cdc" occurs and "Police Chief"
    where "chief" does, so "the family" and "Dallas police" open fewer rules.
    """
    gate: set[str] = set()
    for name in lists:
        for form in ACTOR_LEXICON[name]:
            words = [word.lower() for word in _WORD.findall(form)]
            # any one word of a form is enough to test: its last word that is not a common one
            # (the head: "chief" for "Police Chief", "cdc" for "the CDC")
            rare = [word for word in words if word not in _GATE_COMMON] or words
            gate.add(rare[-1])
    return frozenset(gate)


_GATE_COMMON: Final = frozenset(
    {"the", "of", "and", "a", "an", "for", "in", "on", "de", "la", "le"}
)

_TOKEN: Final = compile_pattern(r"\w+")

#: Word lists whose forms are looked up word by word in a range (`_lists_present`) before the
#: rules that use them run: each form is keyed by its first word, case-folded.
_LOOKED_UP: Final = ("country", "demonym", "demonym_plural", "capital", "organization")


def _form_index() -> dict[str, tuple[tuple[int, dict[str, tuple[str, ...]]], ...]]:
    """
    First word (case-folded) -> the looked-up forms that start with it, by length, shortest first.

    Each length (of the form as written) maps the forms case-folded to the lists they are in,
    so a word run is compared with one slice per length, not once per form ("the" opens
    86 forms of 20 lengths).
    """
    index: dict[str, dict[int, dict[str, list[str]]]] = {}
    for name in _LOOKED_UP:
        for form in ACTOR_LEXICON[name]:
            first = _TOKEN.match(form)
            if first is None:  # pragma: no cover - checked by the test of the lexicon
                msg = f"form {form!r} of {name!r} does not start with a word character"
                raise ValueError(msg)
            by_length = index.setdefault(first.group().casefold(), {})
            by_length.setdefault(len(form), {}).setdefault(form.casefold(), []).append(name)
    return {
        word: tuple(
            (length, {form: tuple(names) for form, names in forms.items()})
            for length, forms in sorted(by_length.items())
        )
        for word, by_length in index.items()
    }


_FORMS: Final = _form_index()


#: ASCII bytes: word characters (``\w``: letters, digits, underscore) lower-cased, others blank.
_ASCII_RUNS: Final = bytes(
    ord(chr(byte).lower())
    if chr(byte).isascii() and (chr(byte).isalnum() or chr(byte) == "_")
    else 32
    for byte in range(256)
)


def _tokens(text: str, start: int, stop: int) -> list[tuple[int, str]]:
    """
    The runs of word characters in ``text[start:stop]``: ``(start, case-folded run)``.

    An ASCII range is split by C string methods (case folding is lower-casing there).
    """
    part = text[start:stop]
    if not part.isascii():
        part = _unmarked(part)  # one blank a mark: offsets stay
        if not part.isascii():
            return [
                (match.start(), match.group().casefold())
                for match in _TOKEN.finditer(text, start, stop)
            ]
    runs = part.encode("ascii").translate(_ASCII_RUNS).decode("ascii")
    tokens: list[tuple[int, str]] = []
    at = 0
    for run in runs.split():
        at = runs.find(run, at)  # only blanks lie between the last run and this one
        tokens.append((start + at, run))
        at += len(run)
    return tokens


def _lists_present(text: str, tokens: list[tuple[int, str]], stop: int) -> set[str]:
    """
    The looked-up lists with a form that starts one of the word runs *tokens* (before *stop*).

    Case-folded comparison, so every place a list could match (case-sensitive or not) is
    found; a list left out cannot match anywhere in the range. The rules want a non-word
    character (or the end) after a form, so a form followed by a word character is not counted.
    """
    present: set[str] = set()
    for begin, word in tokens:
        by_length = _FORMS.get(word)
        if by_length is None:
            continue
        for length, forms in by_length:
            end = begin + length
            if end > stop:
                break  # the longer forms do not fit either
            names = forms.get(text[begin:end].casefold())
            if names is not None and _TOKEN.match(text, end, stop) is None:
                present.update(names)  # every rule wants a non-word character after a form
    return present


#: Rules that are only a word list: they run only where a form of it is present.
_NEEDS_LIST: Final[dict[str, str]] = {
    "actor.organization.name": "organization",
    "actor.country.name": "country",
    "actor.country.capital": "capital",
    "actor.group.demonym": "demonym_plural",
}

#: The optional slots of a rule and the lists in each: a country slot, and the group rule's
#: object after "for", "of"... ("a spokesman for the State Department"). Where none of a slot's
#: lists has a form in the range, the slot cannot match there, and a copy of the pattern without
#: it finds the same matches without trying the lists (each try costs microseconds: a list looks
#: every length of its forms up) at every word, or after every "for the".
_SLOTS: Final[dict[str, tuple[tuple[str, tuple[str, ...]], ...]]] = {
    "actor.person.titled": (
        (
            r"\L<country> | \L<demonym> | \L<organization>",
            ("country", "demonym", "organization"),
        ),
    ),
    "actor.group.noun": (
        (r"\L<demonym>|\L<country>", ("demonym", "country")),
        (
            r"\L<organization>|\L<country>|\L<capital>",
            ("organization", "country", "capital"),
        ),
    ),
}


def _without_slots(compiled: CompiledRule, absent: tuple[bool, ...]) -> regex.Pattern[str]:
    """
    *compiled*'s pattern with each slot *absent* says is absent made to never match (``(?!)``).
    """
    original = _ORIGINAL[compiled.rule.id]
    pattern = original.pattern
    for (slot, _lists), gone in zip(_SLOTS[compiled.rule.id], absent, strict=True):
        if pattern.count(slot) != 1:  # pragma: no cover - fails at import
            msg = f"rule {compiled.rule.id!r} has no single slot {slot!r}"
            raise ValueError(msg)
        if gone:
            pattern = pattern.replace(slot, "(?!)")
    slotless = _spelled(original, pattern)
    return compile_pattern(slotless.pattern, ACTOR_LEXICON, flags=compiled.pattern.flags)


#: Per rule with slots: its pattern for each combination of absent slots (``True``: absent).
_VARIANTS: Final[dict[str, dict[tuple[bool, ...], regex.Pattern[str]]]] = {
    compiled.rule.id: {
        absent: (compiled.pattern if not any(absent) else _without_slots(compiled, absent))
        for absent in itertools.product((False, True), repeat=len(_SLOTS[compiled.rule.id]))
    }
    for compiled in _RULES
    if compiled.rule.id in _SLOTS
}
#: The group rule's patterns without its country slot (`_group_lead`).
_GROUP_COUNTRYLESS: Final = tuple(
    pattern for absent, pattern in _VARIANTS["actor.group.noun"].items() if absent[0]
)
#: The groups `_build` reads, by number (`group_numbers`): the same in every pattern of a rule
#: (its variants, and its right-to-left copy that `person_ending_at` runs).
_TITLED_ROLE, _TITLED_COUNTRY, _TITLED_NAME = group_numbers(
    (*_VARIANTS["actor.person.titled"].values(), _TITLED_BEFORE.pattern), "role", "country", "name"
)
_GROUP_COUNTRY, _GROUP_HEAD, _GROUP_OF = group_numbers(
    _VARIANTS["actor.group.noun"].values(), "country", "head", "of"
)
(_NAME_GROUP,) = group_numbers((_NAME_RULE.pattern, _NAME_BEFORE.pattern), "name")


def _first_words(*lists: str, words: tuple[str, ...] = ()) -> frozenset[str]:
    """
    The first word runs (case-folded) of the forms of *lists*, and *words*.
    """
    firsts = {word.casefold() for word in words}
    for name in lists:
        for form in ACTOR_LEXICON[name]:
            first = _TOKEN.match(form)
            if first is not None:
                firsts.add(first.group().casefold())
    return frozenset(firsts)


#: Per rule: the words a match can start with (the first word of every form or literal that can
#: open it; every one is followed by a non-word character in the pattern). The rule is tried
#: only at the start of such a word (`_matches`), not at every word of the range.
_OPENERS: Final[dict[str, frozenset[str]]] = {
    "actor.person.titled": _first_words(
        "country",
        "demonym",
        "organization",
        "title",
        # not "place_initialism": its letters ("s", "d") would open the rule at every "'s";
        # a place's initials open a role after a premodifier ("Interim D.C. Police Chief")
        words=(
            "former",
            "acting",
            "interim",
            "assistant",
            "then",
            "outgoing",
            "incoming",
            "deputy",
            "the",
            "top",
            "senior",
        ),
    ),
    "actor.group.noun": _first_words(
        "determiner", "modifier", "demonym", "country", "group_org", "group_plural", "group_person"
    ),
    # a rule that is one word list (`_NEEDS_LIST`) opens with the first word of one of its
    # forms: finditer over a phrase would look every length of the list up at each character
    **{rule_id: _first_words(name) for rule_id, name in _NEEDS_LIST.items()},
}


def _all_words(*lists: str) -> frozenset[str]:
    """
    Every word run (case-folded) of the forms of *lists*.
    """
    return frozenset(
        word.casefold()
        for name in lists
        for form in ACTOR_LEXICON[name]
        for word in _TOKEN.findall(form)
    )


#: What the words of a group before its head are made of (`_reaches_head`): the word runs of the
#: determiners and modifiers, and with the country slot, of the countries and demonyms too.
_GROUP_LEAD: Final = _all_words("determiner", "modifier")
_GROUP_LEAD_COUNTRY: Final = _GROUP_LEAD | _all_words("country", "demonym")
#: The first word runs of a group's heads.
_GROUP_HEADS: Final = _first_words("group_org", "group_plural", "group_person")


def _reaches_head(
    text: str, tokens: list[tuple[int, str]], index: int, lead: frozenset[str]
) -> bool:
    """
    Whether a group match starting at word run *index* of *text* may reach its head.

    Before its head a group has only determiners and modifiers (word runs in *lead*), then
    perhaps a proper-noun modifier of up to three capitalised words ("Harris County",
    "Charlotte-Mecklenburg"), with a head in lower case after it. So the head starts at a run
    up to the first run not in *lead*, or, if that run is capitalised, at the first run in
    lower case after it (at most `_PROPER_RUNS` runs on). A cheap test in place of a pattern
    attempt that would fail.
    """
    last = len(tokens)
    stop = index
    while stop < last and tokens[stop][1] in lead:
        stop += 1
    if any(word in _GROUP_HEADS for _begin, word in tokens[index : stop + 1]):
        return True
    if stop >= last or not text[tokens[stop][0]].isupper():
        return False  # no proper-noun modifier
    after = stop + 1  # past the capitalised runs of the modifier
    while after < min(stop + _PROPER_RUNS, last) and text[tokens[after][0]].isupper():
        after += 1
    if after >= last:
        return False
    begin, word = tokens[after]
    return word in _GROUP_HEADS and text[begin].islower()


#: The most word runs of a group's proper-noun modifier (`_reaches_head`): three words, each
#: of them perhaps a hyphenated pair ("Charlotte-Mecklenburg County").
_PROPER_RUNS: Final = 6


def _group_lead(pattern: regex.Pattern[str]) -> frozenset[str]:
    """
    The words before a group's head (`_reaches_head`) for the group rule run as *pattern*.
    """
    for countryless in _GROUP_COUNTRYLESS:
        if pattern is countryless:
            return _GROUP_LEAD
    return _GROUP_LEAD_COUNTRY


def _matches(
    rule_id: str,
    pattern: regex.Pattern[str],
    text: str,
    span: tuple[int, int],
    tokens: list[tuple[int, str]],
    *,
    lead: frozenset[str] | None = None,
) -> Iterator[regex.Match[str]]:
    """
    ``pattern.finditer(text, *span)``, tried only where a word of the rule's openers starts.

    The same matches: the leftmost match is found first and the next is looked for after its
    end, and no match can start where no opener does (nor, for `_CAPITAL_OPENERS`, where no
    capitalised word does, nor, with the group rule's *lead*, where `_reaches_head` fails).
    """
    openers = _OPENERS.get(rule_id)
    if openers is None:
        yield from pattern.finditer(text, *span)
        return
    capitals = rule_id in _CAPITAL_OPENERS
    resume = span[0]
    for index, (begin, word) in enumerate(tokens):
        if begin < resume or (word not in openers and not (capitals and text[begin].isupper())):
            continue
        if lead is not None and not _reaches_head(text, tokens, index, lead):
            continue
        match = pattern.match(text, begin, span[1])
        if match is not None:
            yield match
            resume = match.end()


#: The rules that may also open with any capitalised word: a group's proper-noun modifier
#: ("City officials", "Farm advocates").
_CAPITAL_OPENERS: Final = frozenset({"actor.group.noun"})

#: The rules that read the word runs of the range (openers, looked-up lists).
_READS_WORDS: Final = frozenset({*_OPENERS, *_NEEDS_LIST, *_SLOTS})


def _pattern(compiled: CompiledRule, present: set[str]) -> regex.Pattern[str] | None:
    """
    The pattern to run for *compiled* given the looked-up lists *present*; ``None``: no match.
    """
    rule_id = compiled.rule.id
    needed = _NEEDS_LIST.get(rule_id)
    if needed is not None:
        return compiled.pattern if needed in present else None
    slots = _SLOTS.get(rule_id)
    if slots is None:
        return compiled.pattern
    return _VARIANTS[rule_id][tuple([present.isdisjoint(lists) for _slot, lists in slots])]


#: Words one of which must occur in a text for the rule to be worth running there.
_GATES: Final[dict[str, frozenset[str]]] = {
    "actor.person.titled": _gate("title"),
    "actor.organization.name": _gate("organization"),
    "actor.country.name": _gate("country"),
    "actor.country.capital": _gate("capital"),
    "actor.group.noun": _gate("group_org", "group_plural", "group_person"),
    "actor.group.demonym": _gate("demonym_plural"),
}


def _lower_map(rows: tuple[tuple[str, ...], ...]) -> dict[str, str]:
    return {form.lower(): code for code, *forms in rows for form in forms}


def _pycountry_index() -> dict[str, str]:
    """
    What ``pycountry.countries.lookup`` finds, as one dict: lower-cased codes and names -> alpha-3.

    Fields are read in the order ``lookup`` tries its indexes, so the first field wins; a miss
    costs a dict lookup instead of a scan of every country.
    """
    index: dict[str, str] = {}
    for attribute in _PYCOUNTRY_FIELDS:
        for country in pycountry.countries:
            value = getattr(country, attribute, None)
            if isinstance(value, str):
                index.setdefault(value.lower(), country.alpha_3)
    return index


_PYCOUNTRY_FIELDS: Final = (
    "alpha_2",
    "alpha_3",
    "flag",
    "name",
    "numeric",
    "official_name",
    "common_name",
)
_PYCOUNTRY: Final[dict[str, str]] = _pycountry_index()
_CANONICAL: Final[dict[str, str]] = dict(COUNTRY_NAMES)
_BY_NAME: Final[dict[str, str]] = {
    **{name.lower(): code for code, name in COUNTRY_NAMES},
    **_lower_map(COUNTRY_ALIASES),
}
_BY_DEMONYM: Final[dict[str, str]] = _lower_map(DEMONYMS)
_BY_CAPITAL: Final[dict[str, str]] = _lower_map(CAPITALS)
_ORGANIZATIONS: Final[dict[str, tuple[str, str | None]]] = {
    form.lower(): (name, code or None) for name, code, *forms in ORGANIZATIONS for form in forms
}
_GROUP_KIND: Final[dict[str, ActorKind]] = {
    form.lower(): ActorKind(kind) for kind, *forms in GROUP_NOUNS for form in forms
}
_PRONOUNS: Final[frozenset[str]] = frozenset(form for _kind, *forms in PRONOUNS for form in forms)

_NOT_NAMES: Final[frozenset[str]] = frozenset(NOT_NAMES.split())
_ORG_SUFFIXES: Final[frozenset[str]] = frozenset(ORG_SUFFIXES.split())
_MAX_PHRASE_WORDS: Final = 8
#: Actors a named organisation in the same phrase outranks (their words describe it).
_UNNAMED: Final = frozenset({"actor.group.noun", "actor.country.name", "actor.group.demonym"})
_RUN_WORDS: Final = 4  # words of a capitalised run that is a role and a name, at least
_AGE: Final = compile_pattern(r"\d{1,3}-year-old")
#: Prepositions after which a capitalised word names where someone is, not who speaks.
_PLACE_PREPOSITIONS: Final = frozenset({"in", "from", "near", "outside", "inside", "across"})
_DETERMINERS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my"})
#: Words of titles that are no title word alone: function words, premodifiers, and the places
#: and bodies an attorney serves ("District Attorney", "U.S. Attorney": "attorney" is the title).
# fmt: off
_NOT_TITLE_WORDS: Final = frozenset({
    "of", "the", "former", "deputy", "mr.", "mrs.", "ms.", "dr.",
    "u.s.", "united", "states", "district", "county", "city", "prosecuting",
})
# fmt: on
_TITLE_WORDS: Final[frozenset[str]] = frozenset(
    word.strip(".").lower()
    for title in TITLES
    for word in title.split()
    if word.lower() not in _NOT_TITLE_WORDS
) | frozenset(form for form, kind in _GROUP_KIND.items() if kind is _PERSON)

_APPOSITION: Final = compile_pattern(
    r"""
    \s*,\s* (?: (?:the|a|an) \s )? (?P<role> [^,;:“”"]{3,120}? ) \s* ,? \s* $
    """
)


@functools.lru_cache(maxsize=8192)  # bounded: keys are arbitrary words from the text
def country_code(word: str) -> str | None:
    """
    ISO 3166-1 alpha-3 code for a country name, demonym or capital, else ``None``.

    Args:
        word: "Turkey", "Türkiye", "U.S.", "Turkish", "Ankara", "the Kremlin"...

    Returns:
        The alpha-3 code, or ``None`` when *word* names no country.

    >>> country_code("Turkey"), country_code("Türkiye"), country_code("Turkish")
    ('TUR', 'TUR', 'TUR')
    >>> country_code("Washington"), country_code("the Kremlin"), country_code("Nowhere")
    ('USA', 'RUS', None)
    """
    key = word.strip().lower()
    if key.startswith("the ") and key not in _BY_NAME and key not in _BY_CAPITAL:
        key = key[4:]
    for table in (_BY_NAME, _BY_DEMONYM, _BY_CAPITAL):
        if key in table:
            return table[key]
    if key in _ORGANIZATIONS:
        return _ORGANIZATIONS[key][1]
    return _PYCOUNTRY.get(key)


@functools.lru_cache(maxsize=1024)
def country_name(code: str) -> str:
    """
    The English name news uses for the ISO 3166-1 alpha-3 *code*.

    Returns:
        The common name ("Turkey", "Russia", "United States"); *code* itself if unknown.

    >>> country_name("TUR"), country_name("SYR"), country_name("FRA")
    ('Turkey', 'Syria', 'France')
    """
    if code in _CANONICAL:
        return _CANONICAL[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    name: str = getattr(country, "common_name", None) or country.name
    return name


def is_pronoun(word: str) -> bool:
    """
    Whether *word* is a personal pronoun that can stand for a speaker.

    >>> is_pronoun("He"), is_pronoun("Pompeo")
    (True, False)
    """
    return word.strip().lower() in _PRONOUNS


def _strip_determiner(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].lower() in {
        "the",
        "a",
        "an",
        "some",
        "several",
        "its",
        "his",
        "her",
        "their",
    }:
        words = words[1:]
    return " ".join(words) or phrase


def _clean_name(name: str) -> tuple[str, int]:
    """
    Drop leading function words and a trailing possessive; return the name and its offset.
    """
    offset = 0
    if name.partition(" ")[0].lower().strip(".") not in _NOT_NAMES:  # most names: as they are
        return name.removesuffix("’s").removesuffix("'s"), offset
    words = name.split(" ")
    while words and words[0].lower().strip(".") in _NOT_NAMES:
        offset += len(words[0]) + 1
        words = words[1:]
    cleaned = " ".join(words)
    for suffix in ("’s", "'s"):
        cleaned = cleaned.removesuffix(suffix)
    return cleaned, offset


#: What `make_actor` builds an `Actor` with: `object.__new__` and the setters of its slots, which a
#: frozen class's ``__setattr__`` does not stand in front of (its generated ``__init__`` sets each
#: field through ``object.__setattr__`` by name, in interpreted code: about four times the cost).
_new_object: Final = object.__new__
_set_text: Final = Actor.__dict__["text"].__set__
_set_span: Final = Actor.__dict__["span"].__set__
_set_name: Final = Actor.__dict__["name"].__set__
_set_kind: Final = Actor.__dict__["kind"].__set__
_set_rule_id: Final = Actor.__dict__["rule_id"].__set__
_set_role: Final = Actor.__dict__["role"].__set__
_set_role_span: Final = Actor.__dict__["role_span"].__set__
_set_country: Final = Actor.__dict__["country"].__set__


def make_actor(
    *,
    text: str,
    span: Span,
    name: str,
    kind: ActorKind,
    rule_id: str,
    role: str | None = None,
    role_span: Span | None = None,
    country: str | None = None,
) -> Actor:
    """
    ``Actor(text=text, span=span, ...)``, built at a quarter of the cost.

    `Actor` validates nothing: the record is the one its ``__init__`` makes, equal to it.

    Args:
        text: The mention as written.
        span: Where it stands.
        name: Its canonical name.
        kind: What it is.
        rule_id: The rule that found it.
        role: Its title or function, if any.
        role_span: Where the role stands, if it does.
        country: Its ISO 3166-1 alpha-3 code, if known.

    Returns:
        The `Actor`.

    >>> actor = make_actor(
    ...     text="Pompeo", span=Span(0, 6), name="Pompeo", kind=ActorKind.PERSON,
    ...     rule_id="actor.person.name",
    ... )
    >>> actor == Actor(
    ...     text="Pompeo", span=Span(0, 6), name="Pompeo", kind=ActorKind.PERSON,
    ...     rule_id="actor.person.name",
    ... )
    True
    """
    actor: Actor = _new_object(Actor)
    _set_text(actor, text)
    _set_span(actor, span)
    _set_name(actor, name)
    _set_kind(actor, kind)
    _set_rule_id(actor, rule_id)
    _set_role(actor, role)
    _set_role_span(actor, role_span)
    _set_country(actor, country)
    return actor


#: The fields of `_Found`, in the order its constructor takes them.
_FOUND_FIELDS: Final = (
    "start", "end", "text", "name", "kind", "rule_id", "role", "role_span", "country",
)  # fmt: skip


class _Found:
    """
    An actor as a match reads it; only the actors chosen become records (`_Found.actor`).

    A compiled class, not a `NamedTuple`: compiled code makes one (one a rule match) without
    calling the tuple's interpreted ``__new__``. Equal when its fields are; never changed once
    made (`_replace` makes a copy), as `_resolve_phrase` hands the same one out again.
    """

    __slots__ = _FOUND_FIELDS

    def __init__(  # noqa: PLR0917 - the fields, as the tuple it replaces took them
        self,
        start: int,
        end: int,
        text: str,
        name: str,
        kind: ActorKind,
        rule_id: str,
        role: str | None = None,
        role_span: tuple[int, int] | None = None,
        country: str | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.name = name
        self.kind = kind
        self.rule_id = rule_id
        self.role = role
        self.role_span = role_span
        self.country = country

    def _astuple(self) -> tuple[object, ...]:
        return (
            self.start,
            self.end,
            self.text,
            self.name,
            self.kind,
            self.rule_id,
            self.role,
            self.role_span,
            self.country,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Found):
            return NotImplemented
        return self._astuple() == other._astuple()

    def __hash__(self) -> int:
        return hash(self._astuple())

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}" for name, value in zip(_FOUND_FIELDS, self._astuple(), strict=True)
        )
        return f"_Found({fields})"

    def _replace(self, **changes: Any) -> _Found:
        """
        A copy with the fields named in *changes* changed (as `NamedTuple._replace`).
        """
        fields: dict[str, Any] = dict(zip(_FOUND_FIELDS, self._astuple(), strict=True))
        fields.update(changes)
        return _Found(**fields)

    def actor(self, offset: int = 0) -> Actor:
        """
        The `Actor`, its spans moved *offset* characters.
        """
        return _actor(self, offset)


def _actor(found: _Found, offset: int = 0) -> Actor:
    """
    ``found.actor(offset)``: a call of a module function, not of a tuple's method.
    """
    role_span = found.role_span
    return make_actor(
        text=found.text,
        span=make_span(found.start + offset, found.end + offset),
        name=found.name,
        kind=found.kind,
        rule_id=found.rule_id,
        role=found.role,
        role_span=None
        if role_span is None
        else make_span(role_span[0] + offset, role_span[1] + offset),
        country=found.country,
    )


def _build(rule_id: str, match: regex.Match[str], text: str) -> _Found | None:
    if rule_id == "actor.person.name":
        return _build_name(rule_id, match, text)  # the most frequent: no groups read
    start, end = match.span()
    written = text[start:end]
    if rule_id == "actor.person.titled":
        name, _offset = _clean_name(match.group(_TITLED_NAME) or "")
        if not name or name.lower() in _NOT_NAMES or country_code(name) is not None:
            return None
        role_text = match.group(_TITLED_ROLE) or ""
        role_start = match.start(_TITLED_ROLE)
        if role_text.lower().startswith("the "):
            role_text, role_start = role_text[4:], role_start + 4
        country_text = match.group(_TITLED_COUNTRY)
        country = country_code(country_text) if country_text else None
        if country is None and "." in role_text:
            # a title that names its country in dotted initials ("U.S. Attorney") gives it too
            country = _country_of([word for word in role_text.split() if "." in word[:-1]])
        return _Found(
            start,
            end,
            written,
            name,
            _PERSON,
            rule_id,
            role_text,
            (role_start, role_start + len(role_text)),
            country,
        )
    if rule_id == "actor.organization.name":
        org_name, code = _ORGANIZATIONS[written.lower()]
        return _Found(start, end, written, org_name, _ORGANIZATION, rule_id, country=code)
    if rule_id in {"actor.country.name", "actor.country.capital"}:
        code = country_code(written)
        if code is None:
            return None
        return _Found(start, end, written, country_name(code), _COUNTRY, rule_id, country=code)
    if rule_id == "actor.group.noun":
        head = (match.group(_GROUP_HEAD) or "").lower()
        kind = _GROUP_KIND.get(head, _GROUP)
        country_word = match.group(_GROUP_COUNTRY) or match.group(_GROUP_OF)
        country = country_code(country_word) if country_word else None
        name = _strip_determiner(written)
        role = name if kind is _PERSON else None
        return _Found(
            start,
            end,
            written,
            name,
            kind,
            rule_id,
            role,
            (end - len(name), end) if role else None,
            country,
        )
    if rule_id == "actor.group.demonym":
        return _Found(start, end, written, written, _GROUP, rule_id, country=country_code(written))
    return _build_name(rule_id, match, text)


def _build_name(rule_id: str, match: regex.Match[str], text: str) -> _Found | None:
    """
    The actor of an ``actor.person.name`` match: a person, or a capitalised organisation.
    """
    start, end = match.span()
    name, offset = _clean_name(text[start:end])
    lower = name.lower()
    if not name or lower.strip(".") in _NOT_NAMES:
        return None
    if country_code(name) is not None or lower in _ORGANIZATIONS:
        return None
    start += offset
    if lower.rsplit(" ", 1)[-1] in _ORG_SUFFIXES:
        kind, rule_id = _ORGANIZATION, "actor.organization.capitalized"
    else:
        kind = _PERSON
    return _Found(start, start + len(name), name, name, kind, rule_id)


#: Typographic marks common in news: no word characters, so blanks in their place leave the same
#: words, and a range ASCII but for them is split by C string methods (`_lower_words`, `_tokens`).
_MARKS: Final = "’‘“”—–―…\xa0"


def _unmarked(part: str) -> str:
    """
    *part* (not ASCII) with a blank for each of the typographic `_MARKS` it has.
    """
    for mark in _MARKS:
        if mark in part:
            part = part.replace(mark, " ")
    return part


def _lower_words(text: str, start: int, stop: int) -> frozenset[str]:
    """
    The lower-cased words of ``text[start:stop]`` (an ASCII range is lower-cased at once).
    """
    part = text[start:stop]
    if not part.isascii():
        part = _unmarked(part)
    if part.isascii():
        # the words of ASCII text are its runs of ASCII letters: split by C string methods
        return frozenset(ascii_letters(part.lower()).decode("ascii").split())
    return frozenset(word.lower() for word in _WORD.findall(part))


def find_actors(text: str, *, start: int = 0, end: int | None = None) -> list[Actor]:
    """
    Every actor mention in ``text[start:end]``, in text order; spans index *text*.

    Where mentions overlap, the longest wins ("U.S. Secretary of State Mike Pompeo" is one
    person with a role, not a country and a person).

    Args:
        text: Any string.
        start: Where to start looking.
        end: Where to stop (default: the end of *text*).

    Returns:
        Non-overlapping actors sorted by span.

    >>> [(actor.name, actor.kind.value) for actor in find_actors("Ankara said Turkish officials met Mike Pompeo.")]
    [('Turkey', 'country'), ('Turkish officials', 'group'), ('Mike Pompeo', 'person')]
    """
    stop = len(text) if end is None else min(end, len(text))
    return [_actor(found) for found in _chosen(_candidates(text, start, stop))]


#: What `find_actors` reads of each rule, in priority order: ``(priority, id, compiled rule,
#: gate words or None, whether a match needs a capital, whether the rule reads word runs,
#: whether it is tried at its openers only, the function that reads its matches)``.
_PLAN: Final = tuple(
    (
        priority,
        compiled.rule.id,
        compiled,
        _GATES.get(compiled.rule.id),
        compiled.rule.id in _NEED_CAPITAL,
        compiled.rule.id in _READS_WORDS,
        compiled.rule.id in _OPENERS,
        _build_name if compiled.rule.id == "actor.person.name" else _build,
    )
    for priority, compiled in enumerate(_RULES)
)


#: A candidate actor: ``(start, -length, rule priority, actor)``, in the order `_chosen` reads.
_Candidate = tuple[int, int, int, _Found]


def _candidates(
    text: str,
    start: int,
    stop: int,
    spans: list[tuple[int, int, int]] | None = None,
    rules: Collection[int] | None = None,
) -> list[_Candidate]:
    """
    The actor of every rule match in ``text[start:stop]`` (overlapping), for `_chosen`.

    With *spans*, the span and rule priority of every match (also those that make no actor) is
    added to it; with *rules*, only the rules of those priorities are run.
    """
    part = text[start:stop]
    if part.isascii():
        # one lower-casing for both: the words, and whether a capital letter (A-Z) is there
        lowered = part.lower()
        words = frozenset(ascii_letters(lowered).decode("ascii").split())
        capital = lowered != part
    else:
        words = _lower_words(text, start, stop)
        capital = _CAPITAL.search(text, start, stop) is not None
    candidates: list[_Candidate] = []
    tokens: list[tuple[int, str]] | None = None  # read once a rule past its gates needs them
    present: set[str] = set()
    for priority, rule_id, compiled, gate, needs_capital, reads_words, opens, build in _PLAN:
        if rules is not None and priority not in rules:
            continue
        if gate is not None and gate.isdisjoint(words):
            continue
        if needs_capital and not capital:
            continue  # a personal name starts with a capital
        if reads_words and tokens is None:
            tokens = _tokens(text, start, stop)
            present = _lists_present(text, tokens, stop)
        pattern = _pattern(compiled, present)
        if pattern is None:
            continue
        if opens:
            lead = _group_lead(pattern) if rule_id == "actor.group.noun" else None
            matches = _matches(rule_id, pattern, text, (start, stop), tokens or [], lead=lead)
        else:
            matches = pattern.finditer(text, start, stop)
        for match in matches:
            if spans is not None:
                spans.append((*match.span(), priority))
            found = build(rule_id, match, text)
            if found is not None:
                candidates.append((found.start, found.start - found.end, priority, found))
    return candidates


def _chosen(candidates: list[_Candidate]) -> list[_Found]:
    """
    The *candidates* that do not overlap, in text order: the longest wins, then the first rule.
    """
    candidates.sort()  # no two share start, length and rule: the actors are never compared
    chosen: list[_Found] = []
    covered_to = -1
    for begin, _length, _priority, found in candidates:
        if begin >= covered_to:
            chosen.append(found)
            covered_to = found.end
    return chosen


def _name_in_run(match: regex.Match[str]) -> int | None:
    """
    Where the last two words of a name match start, initials and particles not counted.
    """
    words = match.group(_NAME_GROUP).split(" ")
    counted = 0
    for index in range(len(words) - 1, 0, -1):
        word = words[index]
        if len(word.rstrip(".")) > 1 and word.lower() not in _PARTICLES:
            counted += 1
        if counted == _NAME_IN_RUN:
            if index == 0:
                return None
            return match.end(_NAME_GROUP) - len(" ".join(words[index:]))
    return None


def person_ending_at(text: str, end: int, *, reach: int = 80) -> Actor | None:
    """
    The named person whose mention ends at *end*, with its title if one stands before it.

    The two person rules are read right to left from *end* (one anchored attempt each, within
    the *reach* characters before it): the longest titled mention, else the longest name.

    >>> person_ending_at("said Syrian President Bashar al-Assad", 37).role
    'Syrian President'
    """
    start = max(0, end - reach)
    words = _lower_words(text, start, end)
    for compiled in _BEFORE_RULES:
        if compiled is _TITLED_BEFORE and _GATES["actor.person.titled"].isdisjoint(words):
            continue  # no title word before the end
        match = compiled.pattern.match(text, start, end)  # read from the end: one attempt
        if match is None:
            continue
        if compiled is _NAME_BEFORE and _RUN_BEFORE.match(text, start, match.start()):
            # "New Orleans Police Department Superintendent Ronal Serpas": in a run of capitalised
            # words longer than a name, the person is the last two (affiliations come first)
            cut = _name_in_run(match)
            if cut is not None:
                match = compiled.pattern.match(text, cut, end) or match
        found = _build(compiled.rule.id.removesuffix(".before"), match, text)
        if found is not None and found.kind is _PERSON and found.end == end:
            return _actor(found)
    return None


def find_persons(text: str, *, start: int = 0, end: int | None = None) -> list[Actor]:
    """
    The named persons in ``text[start:end]``, with a title before the last one read as its role.

    Cheaper than `find_actors`: one pattern over the range, the title rule only at the last
    name.

    >>> [actor.name for actor in find_persons("Turkish officials met Mike Pompeo and Ali Veli.")]
    ['Mike Pompeo', 'Ali Veli']
    """
    stop = len(text) if end is None else min(end, len(text))
    persons: list[Actor] = []
    for match in _NAME_RULE.pattern.finditer(text, start, stop):
        found = _build_name(_NAME_RULE.rule.id, match, text)
        if found is not None and found.kind is _PERSON:
            persons.append(_actor(found))
    if persons:
        titled = person_ending_at(text, persons[-1].span.end)
        if titled is not None:
            persons[-1] = titled
    return persons


def last_person(
    text: str, accept: Callable[[Actor], bool], *, start: int = 0, end: int | None = None
) -> Actor | None:
    """
    The last of `find_persons` in ``text[start:end]`` that *accept* takes, or ``None``.

    The same answer as ``[p for p in find_persons(...) if accept(p)][-1]``, but the persons
    are built from the end of the range back, only until one is taken (a pronoun looks back
    over a few hundred characters of names for the last one it can stand for).

    >>> last_person("Ali Veli met Mike Pompeo and Smith.", lambda actor: " " in actor.name).name
    'Mike Pompeo'
    """
    stop = len(text) if end is None else min(end, len(text))
    last = True  # the last person of the range may have a title before it (`find_persons`)
    cut = stop
    while cut > start:
        # the range's matches, a part at a time from its end: most pronouns take the last name
        part_start = _name_break(text, start, cut - _LAST_PART)
        for match in reversed(list(_NAME_RULE.pattern.finditer(text, part_start, cut))):
            found = _build_name(_NAME_RULE.rule.id, match, text)
            if found is None or found.kind is not _PERSON:
                continue
            actor = _actor(found)
            if last:
                last = False
                actor = person_ending_at(text, found.end) or actor
            if accept(actor):
                return actor
        cut = part_start
    return None


#: Characters `last_person` reads the name rule over first, at least (then as much again).
_LAST_PART: Final = 96
_ASCII_LOWER: Final = frozenset("abcdefghijklmnopqrstuvwxyz")


def _name_break(text: str, start: int, at: int) -> int:
    """
    The last place after *start*, at *at* or before, that no name rule match holds, else *start*.

    Such a place is the start of a word of ASCII lower-case letters after a blank, the word no
    particle ("al", "bin"): inside a match a blank is followed by a capital or a particle. The
    name rule's matches over a range are then its matches before the place and after it, each
    part read alone (a match reads no further than a blank past its end, nor before the
    character before its start).

    >>> _name_break("said Mike Pompeo and Ali Veli met", 0, 28)
    17
    """
    if at <= start:
        return start  # (and no index below is negative: none counts from the end)
    position = text.rfind(" ", start, at)
    while position != -1:
        after = position + 1
        if after < len(text) and text[after] in _ASCII_LOWER:
            word_end = after + 1
            while word_end < len(text) and text[word_end] in _ASCII_LOWER:
                word_end += 1
            if text[after:word_end] not in _PARTICLES:
                return after
        position = text.rfind(" ", start, position)
    return start


def resolve_actor(text: str, span: Span) -> Actor | None:
    """
    The phrase at *span* of *text* read as a single actor, or ``None``.

    Titles before a name and an apposition after it become the ``role``; a capital or seat of
    government becomes its country; a phrase with no known head is kept as a group.
    Pronouns need context and give ``None``.

    >>> actor = resolve_actor("Mike Pompeo, the secretary of state,", Span(0, 35))
    >>> actor.name, actor.role
    ('Mike Pompeo', 'secretary of state')
    >>> resolve_actor("Ankara", Span(0, 6)).name
    'Turkey'
    """
    found = _resolve_phrase(text[span.start : span.end])
    return None if found is None else _actor(found, span.start)


def _actors_in_role(
    text: str,
    found: tuple[list[_Candidate], list[tuple[int, int, int]]],
    start: int,
    end: int,
) -> list[_Found]:
    """
    ``find_actors(text, start=start, end=end)`` for an apposition's role, read off *found*.

    *found* is what `_candidates` found in all of *text* (and the spans and rules of its
    matches); the role is preceded by a blank or a comma and followed by nothing but blanks and
    a comma. A rule none of whose matches crosses either end of the role finds in the role the
    matches it found there in the whole text (it resumes after its last match before the role,
    which ends before it; past the role's end nothing can match, and what a pattern looks ahead
    at there, blanks or a comma, reads as the end of the text does), so its candidates in the
    role are kept. The other rules ("a spokesman" where the role is "spokesman") are run again
    in the role.
    """
    candidates, spans = found
    crossing = {rule for begin, stop, rule in spans if begin < start < stop or begin < end < stop}
    kept = [
        candidate
        for candidate in candidates
        if candidate[0] >= start and candidate[2] not in crossing
    ]
    if crossing:
        kept += _candidates(text, start, end, rules=crossing)
    return _chosen(kept)


#: Lower-cased words that make a phrase of capitalised words more than a plain name: the words of
#: every word list a rule reads (a title, a group noun, a country, an organisation...), and the
#: words `_resolve_full` reads on its own (function words, titles, pronouns, particles).
_NOT_PLAIN_SOURCES: Final[tuple[Collection[str], ...]] = (
    *ACTOR_LEXICON.values(),
    NOT_NAMES.split(),
    ORG_SUFFIXES.split(),
    [form for _kind, *forms in PRONOUNS for form in forms],
    _ORGANIZATIONS,
    _TITLE_WORDS,
    _DETERMINERS,
    _PLACE_PREPOSITIONS,
    _GROUP_KIND,
    PARTICLES,
)
_NOT_PLAIN: Final[frozenset[str]] = frozenset(
    word.lower() for forms in _NOT_PLAIN_SOURCES for form in forms for word in _TOKEN.findall(form)
)
#: Words of a phrase `_plain_name` reads as a name at most (the name rule takes up to five).
_PLAIN_WORDS: Final = 3


def _plain_name(text: str) -> _Found | None:
    """
    `_resolve_full` of a plain name ("Smith", "Nate Williams"), or ``None`` for other phrases.

    A phrase of one to three ASCII words, each a capital and lower-case letters, none of them
    a word of `_NOT_PLAIN`, is matched by the name rule alone, as one name, and read as it
    is: a person named by the whole phrase. ``None`` means only that the phrase is not such
    a name (`_resolve_full` reads it).

    >>> _plain_name("Nate Williams").name, _plain_name("Police Chief Smith")
    ('Nate Williams', None)
    """
    if not text.isascii():
        return None
    words = text.split(" ")
    if len(words) > _PLAIN_WORDS:
        return None
    for word in words:
        if len(word) < 2 or not word.isalpha() or not word[0].isupper():  # noqa: PLR2004
            return None
        if not word[1:].islower() or word.lower() in _NOT_PLAIN:
            return None
    if text.lower() in _ORGANIZATIONS or country_code(text) is not None:
        return None
    return _Found(0, len(text), text, text, _PERSON, "actor.person.name")


@functools.lru_cache(maxsize=4096)
def _resolve_phrase(text: str) -> _Found | None:
    """
    `resolve_actor` on a phrase alone (cached: speakers repeat); spans index the phrase.

    A plain name is read by `_plain_name`, any other phrase by `_resolve_full`.
    """
    found = _plain_name(text)
    return found if found is not None else _resolve_full(text)


def _resolve_full(text: str) -> _Found | None:
    """
    `_resolve_phrase` read by every rule, and the readings around the person found.
    """
    stripped = text.strip(" \t\n,;:—–-")
    if not stripped or is_pronoun(stripped):
        return None
    spans: list[tuple[int, int, int]] = []
    candidates = _candidates(text, 0, len(text), spans)
    actors = _chosen(candidates)
    persons = [
        found
        for found in actors
        if found.kind is _PERSON and found.rule_id.startswith("actor.person")
    ]
    if persons:
        person = _in_long_run(text, persons)
        around = _around_person(text, stripped, person, actors)
        if around is not None:
            return around
        if person.role is None:
            apposition = _APPOSITION.match(text, person.end, len(text))
            if apposition is not None:
                role = apposition.group("role")
                if any(word.strip(".").lower() in _TITLE_WORDS for word in role.split()):
                    role_span = apposition.span("role")
                    code = next(
                        (
                            other.country
                            for other in _actors_in_role(text, (candidates, spans), *role_span)
                            if other.country
                        ),
                        None,
                    )
                    return person._replace(role=role, role_span=role_span, country=code)
        return person
    if actors:
        first = actors[0]
        named = [
            found
            for found in actors
            if found.rule_id == "actor.organization.name"
            and (found.start >= first.end or found.end <= first.start)
        ]
        if named and first.rule_id in _UNNAMED:
            # "The official news agency SANA", "Iran's official IRNA news agency": the name
            return named[0]
        return first
    if len(stripped.split()) > _MAX_PHRASE_WORDS:
        return None
    offset = text.index(stripped)
    name = _strip_determiner(stripped)
    if _AGE.fullmatch(name) is not None:  # "The 34-year-old": a person of that age
        return _Found(offset, offset + len(stripped), stripped, name, _PERSON, "actor.person.age")
    return _Found(
        offset,
        offset + len(stripped),
        stripped,
        name,
        _GROUP,
        "actor.other.phrase",
    )


def _whole(start: int, phrase: str, kind: ActorKind, rule_id: str, country: str | None) -> _Found:
    """
    The *phrase* that starts at *start* as one actor of *kind*, named without its determiner.
    """
    return _Found(
        start,
        start + len(phrase),
        phrase,
        _strip_determiner(phrase),
        kind,
        rule_id,
        country=country,
    )


def _in_long_run(text: str, persons: list[_Found]) -> _Found:
    """
    The first person of *persons*, read again when it is an organisation or a long run.

    "The Justice Department" is an organisation, not "Department" titled "Justice"; a run of
    capitalised words longer than a name with a title or an organisation word in it ("Nassau
    Police Department Commissioner Steven Skrynecki", found as one name or two) is a role and
    the words after its last title word (`actor.person.run`).

    >>> found = _resolve_phrase("Fort Worth Police Chief Joel Fitzgerald")
    >>> found.name, found.role, found.rule_id
    ('Joel Fitzgerald', 'Fort Worth Police Chief', 'actor.person.run')
    """
    person = persons[0]
    if (
        person.rule_id == "actor.person.titled"
        and person.name.rsplit(None, 1)[-1].lower() in _ORG_SUFFIXES
    ):
        known = _ORGANIZATIONS.get(person.text.lower()) or _ORGANIZATIONS.get(
            "the " + _strip_determiner(person.text).lower()
        )
        name, code = known if known is not None else (_strip_determiner(person.text), None)
        return person._replace(
            name=name,
            kind=_ORGANIZATION,
            rule_id="actor.organization.capitalized",
            role=None,
            role_span=None,
            country=code,
        )
    titled = [
        found
        for found in persons[1:]
        if found.rule_id == "actor.person.titled" and " " in found.name  # a full name
    ]
    between = text[person.end : titled[0].start].strip() if titled else ""
    if (
        titled
        and person.rule_id == "actor.person.name"
        and between.isalpha()
        and between.islower()
        and between not in {"and", "or", "with", "of"}
    ):
        # "San Leandro police Lt. Robert McManus": the titled person; the name before is a place
        return titled[0]
    if len(persons) < 2 or persons[1].start != person.end + 1 or text[person.end] != " ":  # noqa: PLR2004
        start, end = person.start, person.end  # one run ("Dallas Mayor Mike Rawlings")
        if person.rule_id != "actor.person.name" or len(person.text.split()) < _RUN_WORDS:
            return person
    else:
        start, end = person.start, persons[1].end
    while True:  # capitalised words right before the run ("New" of "New Orleans")
        before = text[:start].rstrip(" ")
        word = before.rsplit(None, 1)[-1:] if before and len(before) == start - 1 else []
        if not word or not word[0][:1].isupper() or word[0].lower() in _DETERMINERS:
            break
        start -= len(word[0]) + 1
    words = text[start:end].split()
    marks = [
        index
        for index, word in enumerate(words[:-1])
        if word.strip(".").lower() in _TITLE_WORDS or word.lower() in _ORG_SUFFIXES
    ]
    if len(words) < _RUN_WORDS or not marks or len(words) - marks[-1] - 1 < 2:  # noqa: PLR2004
        return person  # no role word, or no name of two words after the last one
    name_words = words[marks[-1] + 1 :]
    if name_words[-1].strip(".").lower() in _TITLE_WORDS:
        return person
    name_start = text.rindex(" " + " ".join(name_words), start, end) + 1
    role = text[start:name_start].rstrip()
    return _Found(
        name_start,
        end,
        text[name_start:end],
        text[name_start:end],
        _PERSON,
        "actor.person.run",
        role=role,
        role_span=(start, start + len(role)),
        country=_country_of(role.split()),
    )


def _country_of(words: list[str]) -> str | None:
    """
    The country the first word of *words* that names one names ("Turkish", "Iran"), if any.
    """
    return next((code for word in words if (code := country_code(word))), None)


def _with_determiner(text: str, start: int) -> int:
    """
    *start*, moved back onto a determiner right before it ("the" of "the Sheriff's Office").
    """
    before = text[:start].rstrip()
    word = before.rsplit(None, 1)[-1:] if before else []
    if word and word[0].lower() in _DETERMINERS:
        return len(before) - len(word[0])
    return start


def _around_person(text: str, stripped: str, person: _Found, actors: list[_Found]) -> _Found | None:
    """
    The actor a phrase names around the *person* found in it; ``None`` when it is that person.

    The person may not be the one the phrase names, or may have a role before the name:

    - "Elian Gonzalez's father", "Ukraine's General Staff": a possessive names someone else
      (`actor.other.possessive`);
    - "Health officials in Gaza", "The senator from Vermont": the capitalised word after a
      preposition is a place, the phrase's head speaks (`actor.other.postmodified`);
    - "police spokesman Mohammed Shehu", "his spokesman Garba Shehu", "Houston Police
      Department spokesman Victor Senties": words that end with a role noun before the name
      are its role (`actor.person.premodified`).

    >>> phrase = "police spokesman Mohammed Shehu"
    >>> found = _resolve_phrase(phrase)
    >>> found.name, found.role, found.rule_id
    ('Mohammed Shehu', 'police spokesman', 'actor.person.premodified')
    """
    possessor = person.name
    after = text[person.end : len(text)].lstrip()
    for mark in ("'s ", "’s "):
        if mark in person.text:  # "Ukraine's General Staff" read as one name
            possessor, _, rest = person.text.partition(mark)
            after = f"{mark}{rest}{text[person.end : len(text)]}"
            break
    if after[:2] in {"'s", "’s"} and after[2:3].isspace():
        head_start = len(text) - len(after) + 3
        while head_start < len(text) and text[head_start].isspace():
            head_start += 1
        head = text[head_start:].split()
        if head:
            named = [
                found
                for found in actors
                if found.rule_id.startswith("actor.person") and found.start >= head_start
            ]
            start = _with_determiner(text, person.start)
            if named:  # "Olm's attorney Michael Weinstein", "Daniel's mother, Danielle Redmond"
                role = text[start : named[0].start].rstrip(" ,")
                return named[0]._replace(
                    rule_id="actor.person.premodified",
                    role=role,
                    role_span=(start, start + len(role)),
                )
            end = text.find(",", head_start)
            phrase = text[start : len(text) if end == -1 else end].rstrip(" ,;:")
            word = head[0].strip(".,;:").lower()
            kind = _GROUP_KIND.get(word)
            if kind is None:
                kind = _ORGANIZATION if head[0][:1].isupper() else _PERSON
            return _whole(start, phrase, kind, "actor.other.possessive", country_code(possessor))
    before = text[: person.start].rstrip()
    words = before.split()
    if not words:
        return None
    last = words[-1].lower()
    if last in _PLACE_PREPOSITIONS and len(words) > 1:
        heads = [found for found in actors if found.end <= len(before) and found is not person]
        if heads:  # the head, with the place it is told apart by ("officials in Gaza")
            group = heads[-1]
            if text[group.end : person.start].split() != [words[-1]]:
                return group  # words between: "the FBI investigation in Dar es Salaam"
            whole = text[group.start : person.end]
            return group._replace(
                end=person.end,
                text=whole,
                name=_strip_determiner(whole),
                country=group.country or country_code(person.name),
            )
        if words[0].lower() in _DETERMINERS:
            return _whole(
                text.index(stripped),
                stripped,
                _GROUP,
                "actor.other.postmodified",
                country_code(person.name),
            )
        return None
    if (
        person.role is None
        and last.strip(".") in _TITLE_WORDS
        and all(
            word.islower()
            or word.strip(".").lower() in _TITLE_WORDS
            or country_code(word)
            or (word[:1].isupper() and word.replace("-", "").isalpha())
            for word in words
        )
    ):
        first = 1 if words[0].lower() in _DETERMINERS else 0
        if first >= len(words):
            return None
        start = before.index(words[first]) if first else len(before) - len(before.lstrip())
        role_end = len(before)
        # A title read into the name ("... police Chief Don Bishop") ends the role instead.
        titles = 0
        name_words = person.text.split()
        while (
            titles < len(name_words) - 1 and name_words[titles].strip(".").lower() in _TITLE_WORDS
        ):
            titles += 1
        if titles and len(person.name.split()) > titles:
            name_start = person.start + person.text.index(name_words[titles])
            role_end = text.rindex(name_words[titles - 1], 0, name_start) + len(
                name_words[titles - 1]
            )
            person = person._replace(
                start=name_start,
                text=text[name_start : person.end],
                name=" ".join(person.name.split()[titles:]),
            )
        return person._replace(
            rule_id="actor.person.premodified",
            role=text[start:role_end],
            role_span=(start, role_end),
            country=person.country or _country_of(words),
        )
    return None
