"""
The actor lexicon: news agencies, platforms, sentence-initial organisation names and group nouns.
"""

import pytest

from newsevents.actors import resolve_actor
from newsevents.model import Span

LEXICON_CASES = [
    ("Tass", ("TASS", "organization", "RUS"), "a news agency is an organisation"),
    ("Xinhua", ("Xinhua", "organization", "CHN"), "a state news agency, with its country"),
    ("Facebook", ("Facebook", "organization", "USA"), "a platform is an organisation"),
    ("CNN", ("CNN", "organization", "USA"), "a broadcaster"),
    ("The United Nations", ("United Nations", "organization", None), "'The' opening a sentence"),
    ("the United Nations", ("United Nations", "organization", None), "'the' inside a sentence"),
    (
        "Syrian Observatory for Human Rights",
        ("Syrian Observatory for Human Rights", "organization", "SYR"),
        "the full name without 'the'",
    ),
    ("Deputies", ("Deputies", "group", None), "a capitalised plural noun of people is a group"),
    ("Troopers", ("Troopers", "group", None), "troopers"),
    ("Firefighters", ("Firefighters", "group", None), "firefighters"),
    ("state media", ("state media", "organization", None), "state media"),
    ("male teenagers", ("male teenagers", "group", None), "a modifier of sex stays in the group"),
    ("The coroner", ("coroner", "person", None), "a singular role noun is a person"),
    (
        "The official news agency SANA",
        ("SANA", "organization", "SYR"),
        "a named organisation outranks the words that describe it",
    ),
    (
        "Iran's official IRNA news agency",
        ("IRNA", "organization", "IRN"),
        "a named organisation outranks the country before it",
    ),
    (
        "Syrian state television",
        ("Syrian state television", "organization", "SYR"),
        "state television is an organisation, its country from the demonym",
    ),
    ("Nearly half", ("Nearly half", "group", None), "a share is no person named Nearly"),
    (
        "A UN spokesman",
        ("UN spokesman", "person", None),
        "an organisation inside the group's phrase does not outrank it",
    ),
    (
        "a spokesman for Indiana",
        ("spokesman for Indiana", "person", None),
        "a country name must end where the word ends ('India' is no country of 'Indiana')",
    ),
    (
        "a spokesman for India",
        ("spokesman for India", "person", "IND"),
        "the country after 'for' gives the country",
    ),
]


class TestActorLexicon:
    """
    Phrases that name organisations and groups, read as such (not as persons).
    """

    @pytest.mark.parametrize(
        ("phrase", "expected", "why"), LEXICON_CASES, ids=[case[2] for case in LEXICON_CASES]
    )
    def test_kind(self, phrase: str, expected: tuple[str, str, str | None], why: str) -> None:
        """
        Name, kind and country of the actor the whole phrase resolves to.
        """
        actor = resolve_actor(phrase, Span(0, len(phrase)))
        found = (actor.name, actor.kind.value, actor.country) if actor is not None else None
        assert expected == found, why


AROUND_CASES = [
    (
        "police spokesman Mohammed Shehu",
        ("Mohammed Shehu", "person", "police spokesman", "actor.person.premodified"),
        "lower-case words ending with a role noun before a name are its role",
    ),
    (
        "his spokesman Garba Shehu",
        ("Garba Shehu", "person", "spokesman", "actor.person.premodified"),
        "a possessive determiner is no part of the role",
    ),
    (
        "Trump's lawyer Michael Cohen",
        ("Michael Cohen", "person", "Trump's lawyer", "actor.person.premodified"),
        "a possessive role before a name",
    ),
    (
        "Elian Gonzalez's father",
        ("Elian Gonzalez's father", "person", None, "actor.other.possessive"),
        "a possessive names someone else",
    ),
    (
        "Pagan's friends",
        ("Pagan's friends", "group", None, "actor.other.possessive"),
        "a possessive with a plural noun of people is a group",
    ),
    (
        "Ukraine's General Staff",
        ("Ukraine's General Staff", "organization", None, "actor.other.possessive"),
        "a country's institution",
    ),
    (
        "Health officials in Gaza",
        ("Health officials in Gaza", "group", None, "actor.group.noun"),
        "a place after 'in' tells the group apart; it does not speak",
    ),
    (
        "The senator from Vermont",
        ("senator from Vermont", "group", None, "actor.other.postmodified"),
        "a place after 'from' is no person",
    ),
    (
        "The 34-year-old",
        ("34-year-old", "person", None, "actor.person.age"),
        "an age alone names a person",
    ),
    (
        "Nassau Police Department Commissioner Steven Skrynecki",
        (
            "Steven Skrynecki",
            "person",
            "Nassau Police Department Commissioner",
            "actor.person.run",
        ),
        "a long capitalised run with a title: the role and the last two words",
    ),
    (
        "Dallas Mayor Mike Rawlings",
        ("Mike Rawlings", "person", "Dallas Mayor", "actor.person.run"),
        "one run of capitalised words with a title inside",
    ),
    (
        "Police Officer Frank B. Robertson",
        ("Frank B. Robertson", "person", "Police Officer", "actor.person.run"),
        "the name is every word after the last title word, initials too",
    ),
    (
        "Oakland police Sgt. Jane Doe",
        ("Jane Doe", "person", "Sgt.", "actor.person.titled"),
        "a titled full name after a place and a lower-case word",
    ),
    (
        "The Justice Department",
        ("Justice Department", "organization", None, "actor.organization.capitalized"),
        "'Justice' before 'Department' is no title",
    ),
    (
        "U.S. Secretary of State Mike Pompeo",
        ("Mike Pompeo", "person", "U.S. Secretary of State", "actor.person.titled"),
        "a title before a name stays as it was",
    ),
]


class TestAroundPerson:
    """
    Phrases in which the person found is not the actor named, or has a role before the name.
    """

    @pytest.mark.parametrize(
        ("phrase", "expected", "why"), AROUND_CASES, ids=[case[2] for case in AROUND_CASES]
    )
    def test_actor(self, phrase: str, expected: tuple[str, str, str | None, str], why: str) -> None:
        """
        Name, kind, role and rule of the actor the whole phrase resolves to.
        """
        actor = resolve_actor(phrase, Span(0, len(phrase)))
        found = (
            (actor.name, actor.kind.value, actor.role, actor.rule_id) if actor is not None else None
        )
        assert expected == found, why
