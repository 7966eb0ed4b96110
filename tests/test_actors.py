import time
from collections.abc import Callable

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents._rules import compile_rules
from newsevents.actors import (
    _BEFORE_RULES,
    _FOUND_FIELDS,
    _NAME_RULE,
    _NEEDS_LIST,
    _RULES,
    _TOKEN,
    _actor,
    _actors_in_role,
    _build_name,
    _candidates,
    _chosen,
    _group_lead,
    _lists_present,
    _lower_words,
    _matches,
    _name_break,
    _pattern,
    _plain_name,
    _reaches_head,
    _resolve_full,
    _resolve_phrase,
    _tokens,
    country_code,
    country_name,
    find_actors,
    find_persons,
    is_pronoun,
    last_person,
    make_actor,
    person_ending_at,
    resolve_actor,
)
from newsevents.model import Actor, ActorKind, Span
from newsevents.rules.actors import ACTOR_LEXICON, ACTOR_RULES, PERSON_BEFORE_RULES

COUNTRY_CASES = [
    ("Turkey", "TUR", "common English name"),
    ("Türkiye", "TUR", "pycountry's name"),
    ("Turkiye", "TUR", "without the diaeresis"),
    ("US", "USA", "abbreviation"),
    ("U.S.", "USA", "dotted abbreviation"),
    ("United States", "USA", "name"),
    ("America", "USA", "informal name"),
    ("UK", "GBR", "abbreviation"),
    ("Britain", "GBR", "informal name"),
    ("Russia", "RUS", "common name, pycountry says Russian Federation"),
    ("Syria", "SYR", "common name"),
    ("Iran", "IRN", "common name"),
    ("North Korea", "PRK", "common name"),
    ("Turkish", "TUR", "demonym"),
    ("Syrian", "SYR", "demonym"),
    ("American", "USA", "demonym"),
    ("Americans", "USA", "plural demonym"),
    ("Ankara", "TUR", "capital"),
    ("Washington", "USA", "capital"),
    ("Moscow", "RUS", "capital"),
    ("the Kremlin", "RUS", "seat of government"),
    ("France", "FRA", "pycountry name"),
    ("DEU", "DEU", "alpha-3 code"),
    ("de", "DEU", "alpha-2 code, through pycountry's index"),
    ("Russian Federation", "RUS", "pycountry's official short name"),
    ("Bolivarian Republic of Venezuela", "VEN", "pycountry's official name"),
    ("Viet Nam", "VNM", "pycountry's name for a country news calls otherwise"),
    ("Nowhere", None, "not a country"),
    ("", None, "empty"),
]


class TestCountryCode:
    """
    country_code maps names, demonyms and capitals to ISO 3166-1 alpha-3.
    """

    @pytest.mark.parametrize(
        ("word", "expected", "why"),
        COUNTRY_CASES,
        ids=[case[0] or "empty" for case in COUNTRY_CASES],
    )
    def test_code(self, word: str, expected: str | None, why: str) -> None:
        """
        Each form gives its country's code.
        """
        actual = country_code(word)

        assert expected == actual, why


NAME_CASES = [
    ("TUR", "Turkey", "news name, not Türkiye"),
    ("USA", "United States", "short name"),
    ("SYR", "Syria", "common name"),
    ("RUS", "Russia", "not Russian Federation"),
    ("FRA", "France", "pycountry name"),
    ("XXX", "XXX", "unknown code comes back"),
]


class TestCountryName:
    """
    country_name gives the English name news uses.
    """

    @pytest.mark.parametrize(
        ("code", "expected", "why"), NAME_CASES, ids=[case[0] for case in NAME_CASES]
    )
    def test_name(self, code: str, expected: str, why: str) -> None:
        """
        Each code gives its name.
        """
        actual = country_name(code)

        assert expected == actual, why


FIND_CASES = [
    (
        "U.S. Secretary of State Mike Pompeo said",
        [("Mike Pompeo", "person", "U.S. Secretary of State", "USA")],
        "title premodifier with country",
    ),
    (
        "Syrian President Bashar al-Assad",
        [("Bashar al-Assad", "person", "Syrian President", "SYR")],
        "name particle",
    ),
    ("Ankara said", [("Turkey", "country", None, "TUR")], "capital as metonym"),
    ("the Kremlin said", [("Russia", "country", None, "RUS")], "seat of government"),
    (
        "the State Department said",
        [("State Department", "organization", None, "USA")],
        "organisation",
    ),
    (
        "the CDC said",
        [("Centers for Disease Control and Prevention", "organization", None, "USA")],
        "acronym",
    ),
    ("police said", [("police", "organization", None, None)], "group noun"),
    ("Turkish officials said", [("Turkish officials", "group", None, "TUR")], "demonym + group"),
    (
        "a senior U.S. official said",
        [("senior U.S. official", "person", "senior U.S. official", "USA")],
        "anonymous official",
    ),
    (
        "rebels and militants",
        [("rebels", "group", None, None), ("militants", "group", None, None)],
        "two groups",
    ),
    (
        "The United States believes",
        [("United States", "country", None, "USA")],
        "sentence-initial The",
    ),
    ("Pompeo did not", [("Pompeo", "person", None, None)], "surname"),
    ("give us a break", [], "lower-case us"),
    ("On Monday, nothing.", [], "weekday is no name"),
    ("City officials said", [("City officials", "group", None, None)], "proper modifier + group"),
    ("Farm advocates said", [("Farm advocates", "group", None, None)], "advocates are a group"),
    ("Kent police said", [("Kent police", "organization", None, None)], "town + police"),
    ("Neighbors said", [("Neighbors", "group", None, None)], "capitalised group noun alone"),
    (
        "On Monday officials said",
        [("officials", "group", None, None)],
        "weekday is no modifier",
    ),
    ("When officials arrived", [("officials", "group", None, None)], "opener is no modifier"),
    (
        "Mike Pompeo said",
        [("Mike Pompeo", "person", None, None)],
        "a name before no group noun stays a name",
    ),
    (
        "Acting U.S. Attorney John Smith said",
        [("John Smith", "person", "Acting U.S. Attorney", "USA")],
        "a title with its country in dotted initials gives the country",
    ),
    (
        "Ms Banks said",
        [("Banks", "person", "Ms", None)],
        "an undotted title that spells a country code gives no country",
    ),
    (
        "J.D. Walker and A.J. Smith said",
        [("J.D. Walker", "person", None, None), ("A.J. Smith", "person", None, None)],
        "run-together initials open a name",
    ),
    (
        "at 9 P.M. Officers said",
        [("Officers", "group", None, None)],
        "a clock time's initials are no name",
    ),
]


class TestFindActors:
    """
    find_actors reads every mention with its kind, role and country.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), FIND_CASES, ids=[case[0] for case in FIND_CASES]
    )
    def test_find(
        self, text: str, expected: list[tuple[str, str, str | None, str | None]], why: str
    ) -> None:
        """
        The mentions come out with canonical names.
        """
        actual = [
            (actor.name, actor.kind.value, actor.role, actor.country) for actor in find_actors(text)
        ]

        assert expected == actual, why

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("Fifteen soldiers were killed", ["soldiers"]), ("Sixty officials said", ["officials"])],
        ids=["fifteen", "sixty"],
    )
    def test_number_word_is_no_group_modifier(self, text: str, expected: list[str]) -> None:
        """
        A capitalised number word of the temporal lexicon does not join the group after it.
        """
        actual = [actor.text for actor in find_actors(text) if actor.kind.value == "group"]

        assert expected == actual

    def test_spans_index_text(self) -> None:
        """
        Spans index the text given, within start..end.
        """
        text = "Intro. Ankara said."
        actual = [actor.span.slice(text) for actor in find_actors(text, start=7)]

        assert ["Ankara"] == actual

    @pytest.mark.parametrize(
        "text",
        [
            "A" * 100_000,
            "Mike " * 20_000,
            "the officials " * 8_000,
            "U.S. " * 20_000,
            "9" * 100_000,
            "the " * 25_000,
            "Syrian President " * 6_000,
            "the United States " * 5_000,
        ],
        ids=[
            "capitals",
            "names",
            "groups",
            "abbreviations",
            "digits",
            "openers",
            "titles",
            "country",
        ],
    )
    def test_adversarial_input_is_fast(self, text: str) -> None:
        """
        Long runs of capitals, names, group words, digits, opening words or countries are linear.
        """
        began = time.process_time()
        find_actors(text)
        elapsed = time.process_time() - began

        assert elapsed < 10.0


ENDING_CASES = [
    ("said Syrian President Bashar al-Assad", ("Bashar al-Assad", "Syrian President"), "titled"),
    (
        "U.S. Secretary of State Mike Pompeo",
        ("Mike Pompeo", "U.S. Secretary of State"),
        "country, multi-word title",
    ),
    ("Vice President Mike Pence", ("Mike Pence", "Vice President"), "the longest title"),
    ("Lt. Gen. Mark Milley", ("Mark Milley", "Lt. Gen."), "abbreviated title with a dot"),
    ("a man named Ali Veli", ("Ali Veli", None), "a name alone"),
    (
        "New Orleans Police Department Superintendent Ronal Serpas",
        ("Ronal Serpas", "Superintendent"),
        "the last two words of a run longer than a name, the title before them",
    ),
    (
        "Erie County District Attorney Denise E. O'Donnell",
        ("Denise E. O'Donnell", "District Attorney"),
        "an initial does not count as one of the two words",
    ),
    (
        "Paris Bourse Compagnie Banque Financiere de Paribas",
        ("Financiere de Paribas", None),
        "a particle does not count either",
    ),
    ("the meeting", None, "no name ends here"),
    (
        "“New Orleans Police Department Superintendent Ronal Serpas",
        ("Ronal Serpas", "Superintendent"),
        "a run after a quotation mark",
    ),
    ("Ali Veli, Mike Pompeo", ("Mike Pompeo", None), "no run: a comma before the name"),
]


class TestPersonEndingAt:
    """
    person_ending_at reads the person whose mention ends at a position, right to left.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), ENDING_CASES, ids=[case[2] for case in ENDING_CASES]
    )
    def test_person(self, text: str, expected: tuple[str, str | None] | None, why: str) -> None:
        """
        The person ending at the end of the text, with its title as role.
        """
        actor = person_ending_at(text, len(text))
        actual = None if actor is None else (actor.name, actor.role)

        assert expected == actual, why

    @pytest.mark.parametrize(
        "text",
        ["Mike " * 20_000, "U.S. " * 20_000, "President " * 10_000, "A " * 50_000],
        ids=["names", "abbreviations", "titles", "capitals"],
    )
    def test_adversarial_input_is_fast(self, text: str) -> None:
        """
        One anchored attempt within reach of the end: the end of a 100 KB run is read at once.
        """
        began = time.process_time()
        person_ending_at(text, len(text))
        elapsed = time.process_time() - began

        assert elapsed < 0.1


RESOLVE_CASES = [
    (
        "Mike Pompeo, the secretary of state,",
        ("Mike Pompeo", "person", "secretary of state"),
        "apposition gives the role",
    ),
    (
        "U.S. Secretary of State Mike Pompeo",
        ("Mike Pompeo", "person", "U.S. Secretary of State"),
        "premodifier title",
    ),
    ("Ankara", ("Turkey", "country", None), "metonym"),
    (
        "the White House",
        ("White House", "organization", None),
        "seat of government as organisation",
    ),
    ("the report", ("report", "group", None), "unknown head is kept"),
    ("Sheriff Tom McManus", ("Tom McManus", "person", "Sheriff"), "a second capital after Mc"),
    ("DeShawn Jones", ("DeShawn Jones", "person", None), "a second capital after De"),
    ("Ronald LeBlanc", ("Ronald LeBlanc", "person", None), "a second capital after Le"),
    (
        "Harris County officials",
        ("Harris County officials", "group", None),
        "two capitalised words before a group noun are its modifier, not a name",
    ),
    (
        "Los Angeles County coroner",
        ("Los Angeles County coroner", "person", "Los Angeles County coroner"),
        "three capitalised words before a role noun",
    ),
    (
        "Houston Police Department spokesman Victor Senties",
        ("Victor Senties", "person", "Houston Police Department spokesman"),
        "an organisation's name before the role noun is part of the role",
    ),
    (
        "Warren Township police Chief Don Bishop",
        ("Don Bishop", "person", "Warren Township police Chief"),
        "a title read into the name ends the role",
    ),
    (
        "Interim D.C. Police Chief Peter Newsham",
        ("Peter Newsham", "person", "Interim D.C. Police Chief"),
        "'Interim' and a place's initials open the role",
    ),
    (
        "Assistant D.C. Police Chief Peter Newsham",
        ("Peter Newsham", "person", "Assistant D.C. Police Chief"),
        "'Assistant' opens the role",
    ),
    (
        "interim Police Chief Mike Siitari",
        ("Mike Siitari", "person", "interim Police Chief"),
        "lower-case 'interim' opens the role",
    ),
    (
        "Acting U.S. Attorney John Smith",
        ("John Smith", "person", "Acting U.S. Attorney"),
        "'U.S. Attorney' is a title, not a group",
    ),
    (
        "District Attorney General James B. Dunn",
        ("James B. Dunn", "person", "District Attorney General"),
        "a district attorney general's title is whole",
    ),
    (
        "Trooper Robert Hicks",
        ("Robert Hicks", "person", "Trooper"),
        "'Trooper' is a title, not a name",
    ),
    (
        "Defense attorney Bruce Sandmeyer",
        ("Bruce Sandmeyer", "person", "Defense attorney"),
        "'attorney' alone is no title: the words before it stay in the role",
    ),
    (
        "Assistant State's Attorney Anna Sedelmaier",
        ("Anna Sedelmaier", "person", "Assistant State's Attorney"),
        "a possessive inside a title is read as the run it was",
    ),
    (
        "Washington, D.C. Police",
        ("United States", "country", None),
        "a place's initials open no titled person without a title and a name",
    ),
    ("J.D. Walker", ("J.D. Walker", "person", None), "run-together initials are in the name"),
    (
        "Rep. G.K. Butterfield",
        ("G.K. Butterfield", "person", "Rep."),
        "run-together initials after a title",
    ),
    (
        "U.S. officials",
        ("U.S. officials", "group", None),
        "a country's initials are no person's initials",
    ),
    (
        "D.C. Police",
        ("Police", "organization", None),
        "a place's initials are no person's initials",
    ),
    ("Acting Gov. Jane Smith", ("Jane Smith", "person", "Acting Gov."), "'Acting' opens the role"),
    ("Tom A. Smith", ("Tom A. Smith", "person", None), "a spaced initial stays in the name"),
    ("he", None, "pronoun needs context"),
    ("", None, "empty"),
]


class TestResolveActor:
    """
    resolve_actor reads a speaker phrase as one actor.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"),
        RESOLVE_CASES,
        ids=[case[0] or "empty" for case in RESOLVE_CASES],
    )
    def test_resolve(
        self, text: str, expected: tuple[str, str, str | None] | None, why: str
    ) -> None:
        """
        The phrase gives the expected actor.
        """
        actor = resolve_actor(text, Span(0, len(text)))
        actual = None if actor is None else (actor.name, actor.kind.value, actor.role)

        assert expected == actual, why


EMBEDDED_CASES = [
    ("Mike Pompeo, the secretary of state,", "an apposition: the role span moves too"),
    ("U.S. Secretary of State Mike Pompeo", "a title and its country"),
    ("Ankara", "a capital"),
    ("the report", "a phrase kept as a group"),
]


class TestResolveEmbedded:
    """
    resolve_actor on a phrase inside a longer text: the phrase's actor, its spans moved.
    """

    @pytest.mark.parametrize(
        ("phrase", "why"), EMBEDDED_CASES, ids=[case[1] for case in EMBEDDED_CASES]
    )
    def test_moved(self, phrase: str, why: str) -> None:
        """
        Every field is the phrase's own actor's, but the spans, which index the longer text.
        """
        alone = resolve_actor(phrase, Span(0, len(phrase)))
        assert alone is not None
        expected = attrs.evolve(
            alone,
            span=alone.span.shift(7),
            role_span=alone.role_span.shift(7) if alone.role_span is not None else None,
        )

        actual = resolve_actor(f"Today, {phrase} said", Span(7, 7 + len(phrase)))

        assert expected == actual, why

    def test_fields(self) -> None:
        """
        _Found holds every field of Actor (a span as its start and end): _Found.actor sets them.
        """
        expected = sorted(field.name for field in attrs.fields(Actor))

        actual = sorted(
            "span" if name == "start" else name for name in _FOUND_FIELDS if name != "end"
        )

        assert expected == actual


SPELLED_CASES = [
    ("U.S. Secretary of State Mike Pompeo said", "actor.person.titled", "country and title"),
    ("said Syrian President Bashar al-Assad", "actor.person.titled", "demonym and title"),
    ("Alturas Police Chief Ken Barnes", "actor.person.titled", "the longer title wins"),
    ("former secretary of state Hillary Clinton", "actor.person.titled", "lower case"),
    ("the president said", "actor.person.titled", "a title with no name"),
    ("U.S. Secretary of State Mike Pompeo", "actor.person.titled.before", "read from the end"),
    ("Calumet City Police Chief Ed Gilmore", "actor.person.titled.before", "a longer title"),
    ("met Mike Pompeo", "actor.person.titled.before", "no title"),
    ("a senior U.S. official said", "actor.group.noun", "determiner, modifier, country, head"),
    ("City officials said", "actor.group.noun", "a proper-noun modifier"),
    ("Monday officials said", "actor.group.noun", "a weekday is no modifier"),
    ("the White House press secretary", "actor.group.noun", "a two-word modifier"),
    ("a spokesman for the State Department", "actor.group.noun", "the 'of' part"),
    ("SOME POLICE OFFICERS", "actor.group.noun", "capitals: the tries ignore case"),
]


class TestSpelledLists:
    """
    The title and group rules with word lists spelled out as tries match what the lists match.
    """

    @pytest.mark.parametrize(
        ("text", "rule_id", "why"), SPELLED_CASES, ids=[case[2] for case in SPELLED_CASES]
    )
    def test_same_match(self, text: str, rule_id: str, why: str) -> None:
        """
        The same span and groups as the rule compiled with its named lists.
        """
        rules = compile_rules((*ACTOR_RULES, *PERSON_BEFORE_RULES), ACTOR_LEXICON, prefix="actor.")
        listed = rules.by_id(rule_id).pattern.search(text)
        spelled_rules = _BEFORE_RULES if rule_id.endswith(".before") else _RULES
        spelled = spelled_rules.by_id(rule_id).pattern.search(text)

        expected = None if listed is None else (listed.span(), listed.groupdict())
        actual = None if spelled is None else (spelled.span(), spelled.groupdict())

        assert expected == actual, why


LAST_PERSON_CASES = [
    ("Ali Veli met Mike Pompeo and Smith.", "two words", "Mike Pompeo"),
    ("Ali Veli met Mike Pompeo and Smith.", "any", "Smith"),
    ("Turkish officials met nobody.", "any", None),
    ("Ali Veli met Syrian President Bashar al-Assad", "any", "Bashar al-Assad"),
    ("Ali Veli met Syrian President Bashar al-Assad", "titled", "Bashar al-Assad"),
    ("Mike Pompeo met Ali Veli and Smith.", "titled", None),
]

ACCEPT = {
    "two words": lambda actor: " " in actor.name,
    "any": lambda _actor: True,
    "titled": lambda actor: actor.role is not None,
}


class TestLastPerson:
    """
    last_person is the last of find_persons that the test takes.
    """

    @pytest.mark.parametrize(
        ("text", "accept", "expected"),
        LAST_PERSON_CASES,
        ids=[f"{case[1]}: {case[0]}" for case in LAST_PERSON_CASES],
    )
    def test_last(self, text: str, accept: str, expected: str | None) -> None:
        """
        The name of the last person taken, or None.
        """
        person = last_person(text, ACCEPT[accept])

        actual = person.name if person is not None else None

        assert expected == actual

    @pytest.mark.parametrize(
        ("text", "accept", "expected"),
        LAST_PERSON_CASES,
        ids=[f"{case[1]}: {case[0]}" for case in LAST_PERSON_CASES],
    )
    def test_as_find_persons(self, text: str, accept: str, expected: str | None) -> None:
        """
        The same actor as the last of find_persons that the test takes (the title included).
        """
        taken = [person for person in find_persons(text) if ACCEPT[accept](person)]
        expected_actor = taken[-1] if taken else None

        actual = last_person(text, ACCEPT[accept])

        assert expected_actor == actual, expected


def last_person_whole(
    text: str, accept: Callable[[Actor], bool], start: int, end: int
) -> Actor | None:
    """
    `last_person` as it read its range before: every name match at once, then from the last.
    """
    last = True
    for match in reversed(list(_NAME_RULE.pattern.finditer(text, start, end))):
        found = _build_name(_NAME_RULE.rule.id, match, text)
        if found is None or found.kind is not ActorKind.PERSON:
            continue
        actor = _actor(found)
        if last:
            last = False
            actor = person_ending_at(text, found.end) or actor
        if accept(actor):
            return actor
    return None


NAME_TEXT = st.lists(
    st.sampled_from(
        [
            "Mike",
            "Pompeo",
            "al",
            "bin",
            "de",
            "Laden",
            "J.",
            "Jr.",
            "II",
            "said",
            "and",
            "the",
            "also",
            "Police",
            "Chief",
            "President",
            "officials",
            "he",
            "van",
            "Beethoven",
        ]
    )
    | st.sampled_from([" ", "  ", ", ", ". ", "-", "\n", "’s "])
    | st.text(max_size=3),
    max_size=40,
).map("".join)


NAME_BREAK_CASES = [
    ("said Bashar al-Assad and", 12, "a particle inside a name is no place"),
    ("met Ludwig van Beethoven today", 12, "nor a particle between blanks"),
    ("met Osama bin Laden there", 10, "nor another particle"),
    ("said Mike Pompeo and Ali Veli met", 28, "a lower-case word after a blank is"),
    ("POLICE CHIEF SAID SMITH", 20, "no lower-case word: the range's start"),
    ("the also said", 9, "words of lower case only"),
    ("Mike said " + "and the " * 20, -40, "a place before the range's start: the start"),
]


def assert_parts(text: str, start: int, end: int, at: int, why: str = "") -> None:
    """
    The name rule's matches in ``text[start:end]`` are those of the parts `_name_break` gives.
    """
    place = _name_break(text, start, at)
    pattern = _NAME_RULE.pattern

    whole = [match.span() for match in pattern.finditer(text, start, end)]
    parts = [
        *(match.span() for match in pattern.finditer(text, start, place)),
        *(match.span() for match in pattern.finditer(text, place, end)),
    ]

    assert start <= place <= max(start, at), why
    assert place == start or text[place - 1] == " ", why
    assert whole == parts, why


class TestNameBreak:
    """
    The name rule's matches over a range are those before and after `_name_break`'s place.
    """

    @pytest.mark.parametrize(
        ("text", "at", "why"), NAME_BREAK_CASES, ids=[case[0] for case in NAME_BREAK_CASES]
    )
    def test_table(self, text: str, at: int, why: str) -> None:
        """
        The parts' matches are the whole's, wherever the place falls.
        """
        assert_parts(text, 0, len(text), at, why)

    @given(text=NAME_TEXT, data=st.data())
    def test_parts(self, text: str, data: st.DataObject) -> None:
        """
        The matches of the two parts, read alone, are the matches of the whole.
        """
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert_parts(text, start, end, data.draw(st.integers(start, end)))

    @given(
        text=NAME_TEXT,
        accept=st.sampled_from(sorted(ACCEPT)),
        tail=st.sampled_from(["", " and Mike Pompeo said" * 20]),
        data=st.data(),
    )
    def test_last_person(self, text: str, accept: str, tail: str, data: st.DataObject) -> None:
        """
        last_person, reading its range a part at a time, takes the person it took at once.

        A long *tail* after the range: a part's start is never read from the text's end.
        """
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        text += tail

        actual = last_person(text, ACCEPT[accept], start=start, end=end)

        assert last_person_whole(text, ACCEPT[accept], start, end) == actual


class TestPronoun:
    """
    is_pronoun recognises pronouns that stand for speakers.
    """

    @pytest.mark.parametrize(
        ("word", "expected"),
        [("he", True), ("She", True), ("they", True), ("Pompeo", False)],
        ids=["he", "She", "they", "Pompeo"],
    )
    def test_pronoun(self, word: str, expected: bool) -> None:
        """
        Pronouns are recognised, names are not.
        """
        actual = is_pronoun(word)

        assert expected == actual


class TestActorRules:
    """
    Every actor rule matches its examples and none of its counterexamples.
    """

    @pytest.mark.parametrize(
        "rule",
        ACTOR_RULES + PERSON_BEFORE_RULES,
        ids=[rule.id for rule in ACTOR_RULES + PERSON_BEFORE_RULES],
    )
    def test_rule_compiles_with_examples(self, rule: object) -> None:
        """
        compile_rules checks examples and counterexamples.
        """
        names = {name for name in ACTOR_LEXICON if f"\\L<{name}>" in rule.pattern}  # type: ignore[attr-defined]
        compiled = compile_rules((rule,), {name: ACTOR_LEXICON[name] for name in names})  # type: ignore[arg-type]

        assert 1 == len(compiled)


PRESENT_CASES = [
    ("Turkish officials said", {"demonym"}, "a demonym, no country"),
    ("the Gambia and the Bahamas", {"country"}, "two forms under 'the' of one length"),
    ("the Netherlands", {"country"}, "a longer form under 'the'"),
    ("the", set(), "an opening word alone"),
    ("the Gambians", set(), "a form followed by word characters"),
    ("Republic of Korea", {"country"}, "one of many forms under 'republic'"),
    ("the United States and Ankara", {"country", "capital"}, "a multi-word country and a capital"),
    ("THE UNITED STATES", {"country"}, "case-folded: a case-sensitive list is looked up too"),
    ("Americans say", {"demonym", "demonym_plural"}, "a plural demonym is in both lists"),
    ("the State Department", {"organization"}, "an organisation form with 'the'"),
    ("the Unite", set(), "a form cut short matches nothing"),
    ("police said", set(), "no gazetteer form"),
    ("ſyrian President Bashar al-Assad", {"demonym"}, "long s folds to s, as in the patterns"),
]


class TestListsPresent:
    """
    _lists_present finds every gazetteer list that has a form at a word start of the range.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), PRESENT_CASES, ids=[case[0] for case in PRESENT_CASES]
    )
    def test_present(self, text: str, expected: set[str], why: str) -> None:
        """
        The lists found are those whose forms occur.
        """
        actual = _lists_present(text, _tokens(text, 0, len(text)), len(text))

        assert expected == actual, why


def lists_present_one_by_one(text: str) -> set[str]:
    """
    What _lists_present finds, by comparing every gazetteer form at every word run.
    """
    present: set[str] = set()
    for begin, _word in _tokens(text, 0, len(text)):
        for name in ("country", "demonym", "demonym_plural", "capital", "organization"):
            for form in ACTOR_LEXICON[name]:
                end = begin + len(form)
                if (
                    end <= len(text)
                    and text[begin:end].casefold() == form.casefold()
                    and (end == len(text) or not (text[end].isalnum() or text[end] == "_"))
                ):
                    present.add(name)
    return present


class TestListsPresentOneByOne:
    """
    _lists_present, one slice per form length, finds what comparing form by form finds.
    """

    @pytest.mark.parametrize(
        ("text", "why"),
        [(case[0], case[2]) for case in PRESENT_CASES],
        ids=[case[0] for case in PRESENT_CASES],
    )
    def test_same(self, text: str, why: str) -> None:
        """
        The same lists.
        """
        expected = lists_present_one_by_one(text)
        actual = _lists_present(text, _tokens(text, 0, len(text)), len(text))

        assert expected == actual, why


SAME_CASES = [
    ("U.S. Secretary of State Mike Pompeo said", "country slot and a multi-word title"),
    ("said Syrian President Bashar al-Assad", "a demonym in the slot"),
    ("ſyrian President Bashar al-Assad", "a slot form found by case folding"),
    ("former secretary of state Hillary Clinton said", "a prefix word opens the match"),
    ("the Rev. Jesse Jackson and Vice President Mike Pence", "two matches"),
    ("a senior U.S. official told a spokesman for the State Department", "groups, 'of' part"),
    ("Republican officials and Democratic lawmakers met police", "modifiers and bare heads"),
    ("the the the officials the", "repeated openers"),
    ("A spokesman for President Trump", "overlapping openers"),
    ("Nothing here at all", "no match"),
    ("Ben Carson met City officials", "capitalised words far from a head are not tried"),
    ("the results of the latest poll, officials said", "an opener far from a head"),
    ("U.N. officials and State Department spokesmen", "modifiers of two word runs"),
    ("Charlotte-Mecklenburg police said", "a hyphenated proper-noun modifier"),
    ("the the the the the the officials", "more determiners than the rule takes"),
    ("Turkish security officials and French police", "the country slot"),
    ("a spokeswoman for the Seattle Police Department", "no form in the object slot"),
    ("officials at the scene and a spokesman for Ankara", "a capital in the object slot"),
    ("a spokesman for Turkey", "a country in the object slot, none before the head"),
    ("Turkish officials at the Justice Department", "both slots, one form"),
    ("police with the FBI said", "an organisation in the object slot"),
    ("a spokesman for the fbi", "an organisation's form found by case folding only"),
]


class TestMatches:
    """
    The titled and group rules, tried where an opening word starts, find what finditer finds.

    Where no form of a slot's lists (the country before the head, the object after "for") is
    present, a rule runs without the slot.
    """

    @pytest.mark.parametrize(("text", "why"), SAME_CASES, ids=[case[0] for case in SAME_CASES])
    @pytest.mark.parametrize("rule_id", ["actor.person.titled", "actor.group.noun"])
    def test_same_as_finditer(self, rule_id: str, text: str, why: str) -> None:
        """
        Same spans and groups as the full pattern over the whole text.
        """
        compiled = _RULES.by_id(rule_id)
        expected = [(match.span(), match.groupdict()) for match in compiled.pattern.finditer(text)]
        tokens = _tokens(text, 0, len(text))
        pattern = _pattern(compiled, _lists_present(text, tokens, len(text)))
        assert pattern is not None
        actual = [
            (match.span(), match.groupdict())
            for match in _matches(
                rule_id,
                pattern,
                text,
                (0, len(text)),
                tokens,
                lead=_group_lead(pattern) if rule_id == "actor.group.noun" else None,
            )
        ]

        assert expected == actual, why


LIST_CASES = [
    ("the State Department said", "an organisation after a word that opens no form"),
    ("Officials at the United States Department of State", "forms that share a first word"),
    ("The United States and the U.S. and Turkey", "three forms of one list"),
    ("the united states", "a form in the wrong case: no match, case-sensitive"),
    ("Turkeys and TurkeyX and Turkey_", "a form followed by word characters"),
    ("x.Turkey and .Ankara", "a form after a period: the lookbehind fails"),
    ("“Ankara”—Washington,Moscow", "forms between marks"),
    ("Türkiye’s capital Ankara", "beyond ASCII"),
    ("Americans and the Turks", "plural demonyms"),
    ("New York police and the NYPD", "an organisation of capitals"),
    ("", "empty"),
]


def _list_forms(rule_id: str) -> list[str]:
    """
    The forms of the word list that the list rule *rule_id* is.
    """
    return list(ACTOR_LEXICON[_NEEDS_LIST[rule_id]])


class TestListMatches:
    """
    The one-list rules, tried where a form's first word starts, find what finditer finds.
    """

    @pytest.mark.parametrize(("text", "why"), LIST_CASES, ids=[case[0] for case in LIST_CASES])
    @pytest.mark.parametrize("rule_id", sorted(_NEEDS_LIST))
    def test_same_as_finditer(self, rule_id: str, text: str, why: str) -> None:
        """
        Same spans and groups as the pattern over the whole text.
        """
        assert list_matches(rule_id, text) == list_finditer(rule_id, text), why

    @given(
        rule_id=st.sampled_from(sorted(_NEEDS_LIST)),
        data=st.data(),
    )
    def test_forms_in_text(self, rule_id: str, data: st.DataObject) -> None:
        """
        Forms of the list (some cased otherwise), between random words and marks.
        """
        form = st.sampled_from(_list_forms(rule_id))
        cased = form.map(str.upper) | form.map(str.lower) | form
        glue = st.sampled_from([" ", ". ", ", ", "-", "’", "'", "", "x", " the ", "\n", "“", "_"])
        parts = data.draw(st.lists(cased | glue | st.text(max_size=4), max_size=8))
        text = "".join(parts)

        assert list_matches(rule_id, text) == list_finditer(rule_id, text)


def list_finditer(rule_id: str, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    """
    What the rule's pattern finds over all of *text*.
    """
    return [
        (match.span(), match.groupdict()) for match in _RULES.by_id(rule_id).pattern.finditer(text)
    ]


def list_matches(rule_id: str, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    """
    What `_candidates` reads of the rule: nothing where its list is absent, else `_matches`.
    """
    compiled = _RULES.by_id(rule_id)
    tokens = _tokens(text, 0, len(text))
    pattern = _pattern(compiled, _lists_present(text, tokens, len(text)))
    if pattern is None:
        return []
    return [
        (match.span(), match.groupdict())
        for match in _matches(rule_id, pattern, text, (0, len(text)), tokens)
    ]


TOKEN_CASES = [
    ("Mike Pompeo said", [(0, "mike"), (5, "pompeo"), (12, "said")], "ASCII words"),
    ("it's 3rd_place  U.S.", [(0, "it"), (3, "s"), (5, "3rd_place"), (16, "u"), (18, "s")], "runs"),
    ("Türkiye’s ſyrian", [(0, "türkiye"), (8, "s"), (10, "syrian")], "not ASCII: case-folded"),
    ("“Pompeo’s”—said", [(1, "pompeo"), (8, "s"), (11, "said")], "ASCII but for marks"),
    ("  ", [], "blanks only"),
    ("", [], "empty"),
]


class TestTokens:
    """
    _tokens gives the word runs of a range with their starts, case-folded.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), TOKEN_CASES, ids=[case[2] for case in TOKEN_CASES]
    )
    def test_tokens(self, text: str, expected: list[tuple[int, str]], why: str) -> None:
        """
        Each run with the offset it starts at.
        """
        actual = _tokens(text, 0, len(text))

        assert expected == actual, why

    @pytest.mark.parametrize(
        ("text", "why"),
        [(case[0], case[2]) for case in TOKEN_CASES],
        ids=[case[2] for case in TOKEN_CASES],
    )
    @pytest.mark.parametrize(
        ("start", "cut"), [(0, 0), (1, 0), (2, 3)], ids=["all", "from 1", "inside"]
    )
    def test_same_as_pattern(self, text: str, why: str, start: int, cut: int) -> None:
        """
        The runs the word-run pattern finds in the range (the ASCII path splits instead).
        """
        stop = max(start, len(text) - cut)
        expected = [
            (match.start(), match.group().casefold())
            for match in _TOKEN.finditer(text, start, stop)
        ]

        actual = _tokens(text, start, stop)

        assert expected == actual, why

    def test_long_input_is_fast(self) -> None:
        """
        100 KB of words and digits splits in well under a second.
        """
        text = "Mike 9999 U.S. " * 7_000
        began = time.process_time()
        _tokens(text, 0, len(text))
        elapsed = time.process_time() - began

        assert elapsed < 1.0


LOWER_CASES = [
    ("It's 3rd_place", {"it", "s", "rd", "place"}, "ASCII: runs of letters"),
    ("“Pompeo’s”—SAID\xa0it", {"pompeo", "s", "said", "it"}, "ASCII but for marks"),
    ("Türkiye’s 3rd", {"türkiye", "s", "rd"}, "not ASCII"),
    ("", set(), "empty"),
]


class TestLowerWords:
    """
    _lower_words gives the lower-cased runs of letters of a range.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), LOWER_CASES, ids=[case[2] for case in LOWER_CASES]
    )
    def test_words(self, text: str, expected: set[str], why: str) -> None:
        """
        The same words, whichever way the range is split.
        """
        actual = _lower_words(text, 0, len(text))

        assert expected == actual, why


REACH_CASES = [
    ("officials said", 0, True, "the head itself"),
    ("the senior officials", 0, True, "a determiner and a modifier before the head"),
    ("City officials", 0, True, "a proper-noun modifier before the head"),
    ("Charlotte-Mecklenburg police", 0, True, "a proper-noun modifier of two word runs"),
    ("Los Angeles County officials", 0, True, "a proper-noun modifier of three words"),
    ("DeKalb County police", 0, True, "a modifier word with a second capital"),
    (
        "Ann Marie Rose Lee Jo Smith Day officials",
        0,
        False,
        "more capitalised runs than a modifier has",
    ),
    (
        "Ben Carson said officials",
        0,
        False,
        "a head three runs past the first run not before heads",
    ),
    ("several results of this survey", 0, False, "no head near"),
    ("officials", 1, False, "past the last run"),
]


class TestReachesHead:
    """
    _reaches_head: whether a group can reach its head from a word run.
    """

    @pytest.mark.parametrize(
        ("text", "index", "expected", "why"), REACH_CASES, ids=[case[3] for case in REACH_CASES]
    )
    def test_reaches(self, text: str, index: int, expected: bool, why: str) -> None:
        """
        Only determiners and modifiers, then at most three capitalised runs, stand before a head.
        """
        tokens = _tokens(text, 0, len(text))
        lead = _group_lead(_RULES.by_id("actor.group.noun").pattern)

        actual = _reaches_head(text, tokens, index, lead)

        assert expected == actual, why


ROLE_CASES = [
    ("Ed Winter, a spokesman for the Turkish Embassy", "a spokesman", "a group and a country"),
    ("Ed Winter, spokesman for Ankara ,", "spokesman", "a comma and blanks after the role"),
    ("John Smith, Jr. of the Syrian army", "Jr.", "a name crosses the role's start"),
    ("Mike Pompeo, the U.S. Secretary of State Mike Pence", "the", "a title before a name"),
    ("Ali Veli, president of the Istanbul Bar", "president", "no country"),
    ("Ali Veli, a Turkish officials Ali Veli", "officials", "a group cut by the role"),
]


class TestActorsInRole:
    """
    _actors_in_role reads a role's actors off the whole phrase's candidates, as find_actors would.
    """

    @pytest.mark.parametrize(
        ("text", "opening", "why"), ROLE_CASES, ids=[case[2] for case in ROLE_CASES]
    )
    def test_same_as_find_actors(self, text: str, opening: str, why: str) -> None:
        """
        The actors find_actors finds in the role (from *opening* to the end, less blanks and a comma).
        """
        start = text.index(opening)
        end = len(text.rstrip(" ,"))
        spans: list[tuple[int, int, int]] = []
        candidates = _candidates(text, 0, len(text), spans)
        _chosen(candidates)
        expected = find_actors(text, start=start, end=end)

        actual = [found.actor() for found in _actors_in_role(text, (candidates, spans), start, end)]

        assert expected == actual, why

    def test_long_role_is_fast(self) -> None:
        """
        A 100 KB apposition resolves in well under the time limit.
        """
        text = (
            "Mike Pompeo, spokesman of the " + "Turkish officials of the State Department " * 2_400
        )
        began = time.process_time()
        resolve_actor(text, Span(0, len(text)))
        elapsed = time.process_time() - began

        assert elapsed < 10.0


PLAIN_CASES = [
    ("Smith", True, "one capitalised word"),
    ("Nate Williams", True, "given name and surname"),
    ("Mary Ann Jones", True, "three capitalised words"),
    ("Trump", True, "a surname alone"),
    ("police", False, "a group noun"),
    ("Police", False, "a group noun, capitalised"),
    ("Police Chief Smith", False, "a title before the name"),
    ("President Trump", False, "a title word"),
    ("He", False, "a pronoun"),
    ("Ankara", False, "a capital"),
    ("Turkey", False, "a country"),
    ("Americans", False, "a plural demonym"),
    ("Department", False, "an organisation suffix"),
    ("Monday", False, "a weekday, not a name"),
    ("The Smiths", False, "a determiner"),
    ("Smith's", False, "a possessive"),
    ("O'Brien", False, "an apostrophe inside the word"),
    ("McManus", False, "a second capital"),
    ("Smith, the spokesman", False, "an apposition"),
    (" Smith", False, "a leading blank"),
    ("Nate  Williams", False, "two blanks between the words"),
    ("Nate\tWilliams", False, "a tab between the words"),
    ("Jos\u00e9 Diaz", False, "not ASCII"),
    ("J Smith", False, "a one-letter word"),
    ("Ann Marie Lee Smith", False, "four words"),
    ("SMITH", False, "all capitals"),
    ("", False, "empty"),
]


class TestPlainName:
    """
    _plain_name reads a plain name as _resolve_full does, and leaves every other phrase to it.
    """

    @pytest.mark.parametrize(
        ("phrase", "plain", "why"), PLAIN_CASES, ids=[case[2] for case in PLAIN_CASES]
    )
    def test_taken(self, phrase: str, plain: bool, why: str) -> None:
        """
        Whether the phrase is read by the shortcut.
        """
        actual = _plain_name(phrase) is not None

        assert plain == actual, why

    @pytest.mark.parametrize(
        ("phrase", "plain", "why"),
        [case for case in PLAIN_CASES if case[1]],
        ids=[case[2] for case in PLAIN_CASES if case[1]],
    )
    def test_same_as_full(self, phrase: str, plain: bool, why: str) -> None:
        """
        Where the shortcut reads a phrase, it gives what the full path gives.
        """
        expected = _resolve_full(phrase)

        actual = _plain_name(phrase)

        assert expected == actual, why

    @pytest.mark.parametrize(
        ("phrase", "plain", "why"), PLAIN_CASES, ids=[case[2] for case in PLAIN_CASES]
    )
    def test_resolve_phrase(self, phrase: str, plain: bool, why: str) -> None:
        """
        _resolve_phrase gives what the full path gives, shortcut or not.
        """
        expected = _resolve_full(phrase)

        actual = _resolve_phrase(phrase)

        assert expected == actual, why


TABLES = {
    "country": COUNTRY_CASES,
    "ending": ENDING_CASES,
    "resolve": RESOLVE_CASES,
    "present": PRESENT_CASES,
    "same": SAME_CASES,
    "tokens": TOKEN_CASES,
    "role": ROLE_CASES,
    "lower": LOWER_CASES,
    "plain": PLAIN_CASES,
}


class TestCaseTables:
    """
    The case tables of this module.
    """

    @pytest.mark.parametrize("name", sorted(TABLES))
    def test_no_duplicate(self, name: str) -> None:
        """
        Every case of a table has its own input.
        """
        cases = TABLES[name]
        expected = len(cases)
        actual = len({case[0] for case in cases})

        assert expected == actual


MAKE_ACTOR_CASES = [
    (
        {
            "text": "Pompeo",
            "span": Span(4, 10),
            "name": "Pompeo",
            "kind": ActorKind.PERSON,
            "rule_id": "actor.person.name",
        },
        "the defaults",
    ),
    (
        {
            "text": "U.S. Secretary of State Mike Pompeo",
            "span": Span(0, 35),
            "name": "Mike Pompeo",
            "kind": ActorKind.PERSON,
            "rule_id": "actor.person.titled",
            "role": "Secretary of State",
            "role_span": Span(5, 23),
            "country": "USA",
        },
        "every field",
    ),
    (
        {
            "text": "Ankara",
            "span": Span(0, 6),
            "name": "Turkey",
            "kind": ActorKind.COUNTRY,
            "rule_id": "actor.country.capital",
            "country": "TUR",
        },
        "a country",
    ),
]


class TestMakeActor:
    """
    make_actor, the cheaper Actor(...).
    """

    @pytest.mark.parametrize(
        ("fields", "why"), MAKE_ACTOR_CASES, ids=[case[-1] for case in MAKE_ACTOR_CASES]
    )
    def test_same_as_init(self, fields: dict[str, object], why: str) -> None:
        """
        make_actor builds the record Actor's __init__ builds: equal, same hash, same fields.
        """
        expected = Actor(**fields)  # type: ignore[arg-type]

        actual = make_actor(**fields)  # type: ignore[arg-type]

        assert (expected, hash(expected), attrs.asdict(expected)) == (
            actual,
            hash(actual),
            attrs.asdict(actual),
        ), why

    def test_frozen(self) -> None:
        """
        An Actor make_actor builds is frozen like any other.
        """
        actor = make_actor(
            text="Smith", span=Span(0, 5), name="Smith", kind=ActorKind.PERSON, rule_id="x"
        )
        expected = attrs.exceptions.FrozenInstanceError

        with pytest.raises(expected):
            actor.name = "Jones"  # type: ignore[misc]

    def test_fields(self) -> None:
        """
        The case of every field names every field of Actor (a field added to Actor fails this).
        """
        expected = [field.name for field in attrs.fields(Actor)]

        actual = list(MAKE_ACTOR_CASES[1][0])

        assert expected == actual
