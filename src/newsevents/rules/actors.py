"""
Actor mention patterns: titled persons, names, countries, capitals, organisations, groups.

Data only: `newsevents.actors` compiles `ACTOR_RULES` once with `ACTOR_LEXICON` (built from
`newsevents.rules._gazetteer`). Rules are listed in priority order: where two matches
overlap, the longer wins, and on a tie the earlier rule.
"""

from __future__ import annotations

from typing import Final

import pycountry

from newsevents._rules import Rule
from newsevents.rules._gazetteer import (
    CAPITALS,
    COUNTRY_ALIASES,
    COUNTRY_NAMES,
    DEMONYMS,
    GROUP_NOUNS,
    ORGANIZATIONS,
    TITLES,
)
from newsevents.rules._timex_lexicon import LEXICON as TIMEX_LEXICON
from newsevents.rules.article import PLACE_INITIALISMS, TIME_ABBREVIATIONS

__all__ = [
    "ACTOR_LEXICON",
    "ACTOR_RULES",
    "NAME",
    "NAMED_PERSON",
    "NAME_PREFIXES",
    "NAME_WORD",
    "PARTICLES",
    "PERSON_BEFORE_RULES",
    "TITLED_PERSON",
]

#: The beginnings of surnames and given names written with a second capital ("McManus",
#: "MacArthur", "DeShawn", "DiCaprio", "LeBlanc", "LaToya", "VanDyke", "FitzGerald").
NAME_PREFIXES: Final = (
    "Mac",
    "Mc",
    "Fitz",
    "Van",
    "Von",
    "De",
    "Di",
    "Da",
    "Du",
    "Le",
    "La",
    "Ja",
    "Ke",
)

#: One word of a personal name: "Pompeo", "J.", "O'Brien", "Al-Assad", "McConnell", "DeShawn".
#: A capital inside a word follows one of the name prefixes (`NAME_PREFIXES`) only: "McManus",
#: "LeBlanc", "DiMaggio", but not a brand's "FedEx" or "YouTube".
NAME_WORD: Final = r"""
    (?-i: \p{Lu}\.
        | \p{Lu}\.\p{Lu}\.(?=\s\p{Lu}[\p{Ll}\p{M}])(?<!(?i:INITIALISMS)\.)
        | (?:PREFIXES)\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}[\p{Ll}\p{M}]+)?(?![\w-])
        | \p{Lu}[\p{Ll}\p{M}]*(?:[-'’]\p{Lu}[\p{Ll}\p{M}]+|'[\p{Ll}])?(?![\w-]|\.\p{Lu}\.)
        | \p{Lu}{2,4}(?=\s\p{Lu}) )
""".replace("PREFIXES", "|".join(NAME_PREFIXES)).replace(
    "INITIALISMS",
    "|".join(form.replace(".", r"\.") for form in (*PLACE_INITIALISMS, *TIME_ABBREVIATIONS)),
)

#: Lower-case particles inside names ("Bashar al-Assad", "Ludwig van Beethoven").
PARTICLES: Final = ("al", "el", "bin", "ibn", "de", "da", "del", "van", "von", "der", "la", "le")

#: A personal name: capitalised words, with particles ("Bashar al-Assad") and suffixes ("Jr."
#: is the suffix with its period, not a name word before it).
NAME: Final = r"""
    (?-i: (?:NAME_WORD) (?: \s (?!(?:Jr|Sr)\b) (?:(?:PARTICLES)[\s-])? (?:NAME_WORD) ){0,4}
          (?: ,?\s(?:Jr|Sr)\.? | \s(?:II|III|IV) )? )
    """.replace("NAME_WORD", NAME_WORD).replace("PARTICLES", "|".join(PARTICLES))


def _country_forms() -> list[str]:
    forms: set[str] = set()
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value and "," not in value:
                forms.add(value)
    forms.update(name for _code, name in COUNTRY_NAMES)
    for _code, *aliases in COUNTRY_ALIASES:
        forms.update(aliases)
    return sorted(forms)


#: Capitalised words that open sentences rather than name anything (`not_modifier`).
# fmt: off
_NOT_MODIFIER_OPENERS: Final = (
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
    "my", "your", "some", "many", "most", "all", "both", "few", "several", "other", "others",
    "such", "no", "more", "fewer", "about", "nearly", "almost", "around", "only", "just",
    "at", "and", "but", "or", "so", "yet", "then", "when", "while", "after", "before", "as",
    "if", "since", "because", "though", "although", "once", "until", "where", "why", "how",
    "on", "in", "by", "for", "with", "from", "to", "of", "over", "under", "among",
    "hundreds", "thousands", "dozens", "scores", "millions", "each", "every", "any",
    "another", "what", "which", "who", "whose", "there", "here", "now", "today",
    "yesterday", "tomorrow", "last", "next", "first", "second", "third", "former",
    "we", "they", "he", "she", "it", "i", "you", "not", "even", "also", "still",
)
# fmt: on

#: Named word lists the actor patterns use.
ACTOR_LEXICON: Final[dict[str, list[str]]] = {
    "country": _country_forms(),
    "demonym": sorted({form for _code, *forms in DEMONYMS for form in forms}),
    "demonym_plural": sorted(
        {
            form
            for _code, first, *forms in DEMONYMS
            for form in forms
            if form.endswith("s") and form != first
        }
    ),
    "capital": sorted({form for _code, *forms in CAPITALS for form in forms}),
    # "The United Nations" opens a sentence as "the United Nations" goes on in one
    "organization": sorted(
        {
            variant
            for _name, _code, *forms in ORGANIZATIONS
            for form in forms
            for variant in (form, "The" + form[3:] if form.startswith("the ") else form)
        }
    ),
    "title": sorted(TITLES),
    # a place's dotted initials before a title ("Interim D.C. Police Chief Peter Newsham")
    "place_initialism": sorted(f"{form}." for form in PLACE_INITIALISMS),
    "group_org": sorted(
        {form for kind, *forms in GROUP_NOUNS if kind == "organization" for form in forms}
    ),
    "group_plural": sorted(
        {form for kind, *forms in GROUP_NOUNS if kind == "group" for form in forms}
    ),
    "group_person": sorted(
        {form for kind, *forms in GROUP_NOUNS if kind == "person" for form in forms}
    ),
    # Capitalised words that are no proper-noun modifier of a group ("Monday officials",
    # "Fifteen soldiers", "When officials"): sentence openers, and the number, weekday and
    # month names of the temporal lexicon.
    "not_modifier": sorted(
        {
            *_NOT_MODIFIER_OPENERS,
            *TIMEX_LEXICON["number"],
            *TIMEX_LEXICON["weekday_full"],
            *TIMEX_LEXICON["month_full"],
        }
    ),
    "determiner": [
        "the",
        "a",
        "an",
        "some",
        "several",
        "many",
        "two",
        "three",
        "four",
        "few",
        "other",
        "its",
        "his",
        "her",
        "their",
        "our",
    ],
    "modifier": [
        "male",
        "female",
        "young",
        "teenage",
        "elderly",
        "unarmed",
        "innocent",
        "senior",
        "top",
        "local",
        "regional",
        "federal",
        "state",
        "government",
        "military",
        "security",
        "foreign",
        "defense",
        "defence",
        "health",
        "police",
        "campaign",
        "party",
        "army",
        "opposition",
        "rebel",
        "Kurdish",
        "Islamist",
        "Republican",
        "Democratic",
        "unnamed",
        "anonymous",
        "former",
        "current",
        "U.N.",
        "UN",
        "EU",
        "NATO",
        "intelligence",
        "administration",
        "White House",
        "medical",
        "hospital",
        "rescue",
        "emergency",
        "ministry",
        "interior",
        "judicial",
        "election",
        "electoral",
        "presidential",
        "congressional",
        "Pentagon",
        "State Department",
        "Kremlin",
        "other",
        "some",
    ],
}

#: A person with a title before the name: "U.S. Secretary of State Mike Pompeo".
TITLED_PERSON: Final = r"""
            (?<![\w.])
            (?P<role> (?: (?:former|acting|interim|assistant|then|outgoing|incoming|deputy|the)[\s-] )?
                      (?: (?P<country> \L<country> | \L<demonym> | \L<organization> )\s
                        | \L<place_initialism>\s )?
                      (?: (?:former|acting|interim|assistant|deputy|top|senior)\s )?
                      \L<title> )
            \s (?P<name> NAME )
            (?![\w])
        """.replace("NAME", NAME)

#: A personal name standing alone (not inside a longer word or an abbreviation).
NAMED_PERSON: Final = r"(?<![\w.’'])(?P<name>NAME)(?![\w])".replace("NAME", NAME)


#: Actor rules in priority order; groups: ``role``, ``name``, ``country``, ``head``.
ACTOR_RULES: Final = (
    Rule(
        id="actor.person.titled",
        pattern=TITLED_PERSON,
        examples=(
            "U.S. Secretary of State Mike Pompeo said",
            "Syrian President Bashar al-Assad",
            "President Trump",
            "former secretary of state Hillary Clinton said",
        ),
        counterexamples=("the president said", "Secretary of State said"),
    ),
    Rule(
        id="actor.organization.name",
        pattern=r"(?<![\w.])(?P<head>\L<organization>)(?![\w])",
        examples=("the State Department said", "NATO allies", "the CDC"),
        counterexamples=("the department",),
        case_sensitive=True,
    ),
    Rule(
        id="actor.country.name",
        pattern=r"(?<![\w.])(?P<head>\L<country>)(?![\w])",
        examples=("The United States believes", "Turkey said", "the U.S."),
        counterexamples=("give us a break",),
        case_sensitive=True,
    ),
    Rule(
        id="actor.country.capital",
        pattern=r"(?<![\w.])(?P<head>\L<capital>)(?![\w])",
        examples=("Ankara said", "the Kremlin said", "Washington continued"),
        counterexamples=("ankara",),
        case_sensitive=True,
    ),
    Rule(
        id="actor.group.noun",
        pattern=r"""
            (?<![\w]) (?=\w)
            (?: \L<determiner>\s ){0,2}
            (?: \L<modifier>\s ){0,2}
            (?: (?P<country> (?-i:\L<demonym>|\L<country>) )\s )?
            (?: \L<modifier>\s ){0,3}
            (?: (?: (?! \L<not_modifier> \s ) (?-i: \p{Lu}\p{Ll}* (?: \p{Lu}\p{Ll}+ | -\p{Lu}\p{Ll}+ )? ) \s ){1,3} (?= (?-i:\p{Ll}) ) )?
            (?P<head> \L<group_org> | \L<group_plural> | \L<group_person> )
            (?! [\w-] )
            (?: \s (?:for|of|from|at|with) \s (?:the\s)? (?P<of> (?-i:\L<organization>|\L<country>|\L<capital>)(?![\w]) | NAME ) )?
        """.replace("NAME", NAME),
        examples=(
            "Turkish officials said",
            "police said",
            "a senior U.S. official",
            "rebels",
            "a spokesman for the State Department",
            "City officials said",
            "Farm advocates said",
            "Harris County officials said",
            "DeKalb County police said",
        ),
        counterexamples=("officialdom",),
    ),
    Rule(
        id="actor.group.demonym",
        pattern=r"(?<![\w])(?P<country>(?-i:\L<demonym_plural>))(?![\w])",
        examples=("Americans say", "the Turks"),
        counterexamples=("American",),
    ),
    Rule(
        id="actor.person.name",
        pattern=NAMED_PERSON,
        examples=("Mike Pompeo said", "Bashar al-Assad", "Pompeo"),
        counterexamples=("said the man",),
    ),
)

#: The two person rules read right to left from a given end (``newsevents.actors.person_ending_at``):
#: one attempt, anchored where the mention must end, instead of a scan of the text before it.
#: Ids are the forward rule's id plus ``.before``; groups as in the forward rules.
PERSON_BEFORE_RULES: Final = (
    Rule(
        id="actor.person.titled.before",
        pattern=r"(?r)" + TITLED_PERSON + r"\Z",
        examples=("U.S. Secretary of State Mike Pompeo", "said Syrian President Bashar al-Assad"),
        counterexamples=("Mike Pompeo said", "the president"),
    ),
    Rule(
        id="actor.person.name.before",
        pattern=r"(?r)" + NAMED_PERSON + r"\Z",
        examples=("met Mike Pompeo", "Pompeo"),
        counterexamples=("Pompeo said",),
    ),
)
