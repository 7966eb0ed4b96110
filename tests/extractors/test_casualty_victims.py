"""
Casualty victims read by grammar: the constructions news uses to name who was hurt or killed.
"""

from __future__ import annotations

import time

import pytest

from newsevents.extractors.casualties import _postmodified_may_end, extract_casualties
from newsevents.model import Article, Paragraph, ParagraphRole, Span


def _article(sentence: str) -> Article:
    """
    A one-sentence, one-paragraph article.
    """
    span = Span(0, len(sentence))
    return Article(
        text=sentence,
        paragraphs=[Paragraph(span=span, role=ParagraphRole.BODY, sentences=(span,))],
    )


def _records(sentence: str) -> list[tuple[str, str | None, str | None]]:
    """
    Kind, count as written and victims as written of every record of *sentence*.
    """
    return [
        (
            record.kind.value,
            None if record.count is None else record.count.text,
            None if record.victims is None else record.victims.text,
        )
        for record in extract_casualties(_article(sentence))
    ]


CASES = [
    # A name in a title-case headline starts with no stop word and ends with no stop word or
    # adverb.
    ("Teen Dies After Being Shot", [("killed", None, "Teen")], "no name 'Teen Dies After'"),
    (
        "11-Year-Old Boy Accidentally Shot In Monroe",
        [],
        "no name 'Year-Old Boy Accidentally'",
    ),
    ("5-Year-Old Fatally Shot In Home", [("killed", None, None)], "no name 'In Home'"),
    (
        "Police said Mary Ann Jones was killed.",
        [("killed", None, "Mary Ann Jones")],
        "a name of three words",
    ),
    (
        "After Jane Cole was shot, she ran.",
        [("injured", None, "Jane Cole")],
        "a name after a stop word",
    ),
    (
        "Serviceman Anton Erygin suffered fatal wounds.",
        [("killed", None, "Serviceman Anton Erygin")],
        "suffered fatal wounds: its subject is the victim",
    ),
    # "N people were dead": the passive reading, with its victims.
    (
        "Nine people were dead by nightfall.",
        [("killed", "Nine", "people")],
        "N people were dead",
    ),
    (
        "At least four villagers are dead after the flood.",
        [("killed", "At least four", "villagers")],
        "N villagers are dead",
    ),
    ("Two people dead in crash", [("killed", "Two", None)], "N people dead (headline)"),
    # A one-word name with an age in apposition.
    (
        "Tamerlan, 26, died after a gunfight with police.",
        [("killed", None, "Tamerlan")],
        "a one-word name, age, died",
    ),
    (
        "Police said Hernandez, 31, was killed instantly.",
        [("killed", None, "Hernandez")],
        "a one-word name, age, was killed",
    ),
    (
        "Okafor, a 19-year-old student, was wounded in the leg.",
        [("injured", None, "Okafor")],
        "a one-word name, an age phrase, was wounded",
    ),
    (
        "Maria Lopez, 42, died at the scene.",
        [("killed", None, "Maria Lopez")],
        "a full name, age, died",
    ),
    (
        "Karimov died in 2016.",
        [("killed", None, None)],
        "a lone capitalised word without an age is not read as victims",
    ),
    (
        "Meanwhile, 26 people were killed.",
        [("killed", "26", "people")],
        "an adverb and a comma before a count is no name with an age",
    ),
    # Nominalised verbs with an of-phrase.
    (
        "Protests grew after the slaying of seven more demonstrators in two days.",
        [("killed", "seven", "demonstrators")],
        "the slaying of N more Y",
    ),
    (
        "The killing of three civilians at a checkpoint drew condemnation.",
        [("killed", "three", "civilians")],
        "the killing of N Y",
    ),
    (
        "He was charged in the murder of a taxi driver.",
        [("killed", "a", "taxi driver")],
        "the murder of a Y",
    ),
    (
        "Investigators linked him to the killing of the three.",
        [("killed", "three", None)],
        "the killing of the N",
    ),
    (
        "They condemned the slaughter and maiming of villagers.",
        [("killed", None, "villagers"), ("injured", None, "villagers")],
        "the slaughter and maiming of Y",
    ),
    (
        "The wounding of 12 protesters shocked the town.",
        [("injured", "12", "protesters")],
        "the wounding of N Y",
    ),
    pytest.param(
        "The senator welcomed the killing of the bill.",
        [],
        "no victim head after the determiner",
        marks=pytest.mark.xfail(strict=True, reason="casualty.killed.noun reads any 'killing'"),
    ),
    pytest.param(
        "Ranchers reported the slaughter of 100 cattle.",
        [],
        "a count of animals",
        marks=pytest.mark.xfail(strict=True, reason="casualty.killed.noun reads any 'slaughter'"),
    ),
    ("The wounding of his pride was plain.", [], "no victim head: no injury"),
    # A count standing alone as the object.
    (
        "The device detonated, killing the three on the spot.",
        [("killed", "three", None)],
        "killing the N on the spot",
    ),
    (
        "The truck hit the pair, killing the two instantly.",
        [("killed", "two", None)],
        "killing the N instantly",
    ),
    ("The vote killed the 2014 reform.", [], "a year is no object count"),
    # Suffered injuries, wounds, burns.
    (
        "Officials said 13 people had suffered mostly minor injuries.",
        [("injured", "13", "people")],
        "N people had suffered mostly minor injuries",
    ),
    (
        "Two firefighters suffered severe burns.",
        [("injured", "Two", "firefighters")],
        "N Y suffered severe burns",
    ),
    (
        "Four passengers sustained head injuries.",
        [("injured", "Four", "passengers")],
        "N Y sustained head injuries",
    ),
    ("The company suffered heavy losses.", [], "losses are no injuries"),
    # Coordinated participles.
    (
        "Some 130 more were mutilated, injured and traumatised.",
        [("injured", "Some 130", "more")],
        "N more were mutilated, injured and ...",
    ),
    (
        "Three villagers were abducted and killed.",
        [("killed", "Three", "villagers"), ("detained", "Three", "villagers")],
        "N Y were abducted and killed",
    ),
    (
        "Four soldiers were shot and wounded.",
        [("injured", "Four", "soldiers")],
        "N Y were shot and wounded",
    ),
    (
        "Two were killed and 10 wounded.",
        [("killed", "Two", None), ("injured", "10", None)],
        "killed and N wounded: two records, not one coordination",
    ),
    # A subject with an of-phrase and an apposition.
    (
        "A local commander of the country's border guard, a veteran officer, was also killed.",
        [("killed", "A", "local commander")],
        "a Y of a long phrase, an apposition, was killed",
    ),
    (
        "The son of a police officer was shot dead on Friday.",
        [("killed", None, "son")],
        "the Y of Z was shot dead",
    ),
    (
        "Another victim, a woman, was also injured.",
        [("injured", "Another", "victim")],
        "another Y, an apposition, was injured",
    ),
    (
        "She is the cousin of two of the wounded.",
        [],
        "an of-phrase that ends with a determiner is no subject",
    ),
    (
        "He described the occupants of a car who shot at the children.",
        [],
        "an of-phrase with a relative clause is no subject",
    ),
    (
        "Police said the suspect, a tall man, shot Patel once.",
        [],
        "an apposition before an active 'shot' is no passive subject",
    ),
    (
        "Boy, 13, shot near the base has died",
        [("killed", None, None)],
        "a one-word name with an age before a bare 'shot' is no victims name",
    ),
    (
        "Police said one of the victims, a man, has been pronounced dead.",
        [("killed", None, None)],
        "the victims after 'one of' are not the subject",
    ),
    (
        "He was charged with the murder of his sister, police said.",
        [("killed", None, "sister")],
        "a comma list needs 'and': police is not coordinated",
    ),
    (
        "Three were held in the killing of a woman and a child.",
        [("killed", None, None)],
        "'a woman and a child' is no count of one",
    ),
    (
        "He cited anger over police killings of black men.",
        [("killed", None, None)],
        "a plural nominal with bare victims is generic",
    ),
    # Session 11: victims of more constructions.
    (
        "Witnesses said civilians were killed when the market was shelled.",
        [("killed", None, "civilians")],
        "a bare plural subject of a passive",
    ),
    (
        "Local reporters said Somali fishermen were wounded near the port.",
        [("injured", None, "Somali fishermen")],
        "a bare plural subject with one modifier",
    ),
    (
        "On Friday villagers were killed in the raid.",
        [("killed", None, "villagers")],
        "a weekday is no modifier of a bare subject",
    ),
    (
        "A pair of gunmen shot six people outside the bar.",
        [("injured", "six", "people")],
        "a bare plural with no auxiliary is an active subject (its object is the shot)",
    ),
    (
        "The militia killed four Ugandans and two Kenyans near the border.",
        [("killed", "four Ugandans and two Kenyans", "four Ugandans and two Kenyans")],
        "plural demonyms are victim heads",
    ),
    (
        "Israeli police said 12 Palestinians were wounded.",
        [("injured", "12", "Palestinians")],
        "a count of a people",
    ),
    (
        "The massacre of Yazidis began in August.",
        [("killed", None, "Yazidis")],
        "a faith or a people after the nominal",
    ),
    (
        "A Jordanian pilot died when his plane came down.",
        [("killed", "A", "Jordanian pilot")],
        "an office as a victim head",
    ),
    (
        "Rebels executed a judge and two lawyers in the square.",
        [("killed", "a judge and two lawyers", "a judge and two lawyers")],
        "office heads in a coordinated object",
    ),
    (
        "Gunmen ambushed the convoy and beheaded two drivers.",
        [("killed", "two", "drivers")],
        "beheaded as an active verb",
    ),
    (
        "She died in hospital two days later.",
        [("killed", None, "She")],
        "a pronoun before an intransitive verb of dying",
    ),
    (
        "He is thought to have died on the way to the clinic.",
        [("killed", None, "He")],
        "a pronoun, a raising verb and died",
    ),
    (
        "Margaret Olsen passed away at her home on Sunday.",
        [("killed", None, "Margaret Olsen")],
        "passed away is a verb of dying",
    ),
    (
        "His grandmother, Ruth Keller, passed away last spring.",
        [("killed", None, "grandmother")],
        "an apposition before a verb of dying with no auxiliary",
    ),
    (
        "The son of a former mayor died in the crash.",
        [("killed", None, None)],
        "an of-phrase before died stays unread",
    ),
    (
        "He faces charges in the fatal shooting of Darnell Price last May.",
        [("killed", None, "Darnell Price")],
        "a fatal nominal's of-phrase names its victim",
    ),
    (
        "Police are investigating the fatal stabbing of a 34-year-old woman.",
        [("killed", "a", "34-year-old woman")],
        "a fatal nominal's of-phrase with a count",
    ),
    (
        "The fatal shooting of 16-year-old Andre Wells shocked the town.",
        [("killed", None, "Andre Wells")],
        "an age before the name",
    ),
    (
        "Protesters blamed the police for the killing of Officer Dale Hines.",
        [("killed", None, "Officer Dale Hines")],
        "a capitalised title before a name is the name's",
    ),
    (
        "The rally marked the killing of Mayor Ines Vidal.",
        [("killed", None, "Mayor Ines Vidal")],
        "a new office title before a name",
    ),
    (
        "The prize was named after Hanna Berg (who died in 2009).",
        [("killed", None, "Hanna Berg")],
        "a name, a bracket and a relative clause",
    ),
    (
        "She wrote about her brother, who was killed in the war.",
        [("killed", None, "brother")],
        "a comma before the relative clause",
    ),
    # Session 12: attributive adjectives of death.
    (
        "The family of the slain officer spoke on Sunday.",
        [("killed", None, "officer")],
        "the slain Y",
    ),
    (
        "One of the slain Russian generals was identified only as Yuri.",
        [("killed", None, "Russian generals")],
        "one of the slain Y is the attributive, not a count of the slain",
    ),
    (
        "The deceased man was identified as John Smith.",
        [("killed", None, "man")],
        "the deceased Y",
    ),
    (
        "He fought with the family of a slain Muslim soldier.",
        [("killed", "a", "Muslim soldier")],
        "a slain Y: counted by its article",
    ),
    (
        "Her late husband served in the Army.",
        [("killed", None, "husband")],
        "a possessive, late and a victim head",
    ),
    (
        "A mural honours the late Tom Jones.",
        [("killed", None, "Tom Jones")],
        "the late and a name",
    ),
    ("He was in his late teens.", [], "late teens is an age"),
    ("He was shot late Sunday.", [("injured", None, "He")], "late and a weekday is a time"),
    ("He supported the late Donalson's nine children.", [], "a possessive name after late"),
    (
        "Two officers were slain on Sunday.",
        [("killed", "Two", "officers")],
        "slain as a participle",
    ),
    ("The deceased were identified.", [("killed", None, None)], "the deceased with no head"),
    (
        "The slain military officials included four generals.",
        [("killed", None, "military officials")],
        "officials are victims",
    ),
    (
        "Three people were killed, officials said.",
        [("killed", "Three", "people")],
        "officials who tell of it are not",
    ),
    # "shot at": fired at, not hit.
    ("Police were shot at by a gunman.", [], "shot at by an agent"),
    ("Amadou Diallo, who was shot at 41 times, died.", [("killed", None, None)], "shot at N times"),
    ("He was shot at, but the bullets missed.", [], "shot at before a comma"),
    ("Officers were getting shot at from the roof.", [], "shot at from a place"),
    ("Two men were shot at a party.", [("injured", "Two", "men")], "shot at a place is a hit"),
    ("He was shot at least twice.", [("injured", None, "He")], "shot at least N times is a hit"),
    ("Four men were shot at 3:40 a.m.", [("injured", "Four", "men")], "shot at a time is a hit"),
    # "after" and "before" open a clause whose subject may be counted.
    (
        "A man was arrested after four people were shot.",
        [("detained", "A", "man"), ("injured", "four", "people")],
        "after N Y were shot",
    ),
    (
        "Police arrived after a man was shot.",
        [("injured", "a", "man")],
        "after a Y was shot",
    ),
    ("He died after 2 days in hospital.", [("killed", None, "He")], "after N days is a duration"),
    # A month before a number makes it a day.
    (
        "The girl shot in Chapel Hill Dec. 25 has died.",
        [("killed", None, None)],
        "Dec. N is a day, not a count (the girl shot is the one who died)",
    ),
    # No auxiliary, an adverb and an object: an active verb.
    # (The object is the one shot: `casualty.injured.shot`.)
    (
        "It happened after a woman allegedly shot her husband.",
        [("injured", None, "husband")],
        "adverb, active verb, object",
    ),
    (
        "Police arrested a man who shot his wife.",
        [("detained", "a", "man"), ("injured", None, "wife")],
        "who, active verb",
    ),
    (
        "Police arrested a man who allegedly shot two people.",
        [("detained", "a", "man"), ("injured", "two", "people")],
        "who, adverb, active verb, a count as its object",
    ),
    # "shot" with a person as its object (`casualty.injured.shot`), and what it does not read.
    (
        "Police said a man shot two people outside a bar.",
        [("injured", "two", "people")],
        "shot N people: the object is the shot",
    ),
    (
        "His son, 6, shot his 3-year-old daughter in the hand.",
        [("injured", None, "3-year-old daughter")],
        "shot a determined victim phrase",
    ),
    ("Officers said Smith shot a man in the leg.", [("injured", "a", "man")], "shot a man"),
    (
        "She beat one person and shot two others.",
        [("injured", "two", "others")],
        "shot two others",
    ),
    ("Smith shot Mary Dole, 25, on Elm Street.", [("injured", None, "Mary Dole")], "shot a name"),
    ("The team shot 40 percent from the field.", [], "shot a bare count: no people"),
    ("He shot a video of the fight.", [], "shot a thing"),
    ("He shot him in the chest.", [], "shot a pronoun: often the one killed, not read"),
    ("Father Shot Three Sons", [], "shot in title case: a headline's, not read"),
    (
        "Smith shot the woman, who died at the scene.",
        [("killed", None, "woman")],
        "shot a person who died: the death only",
    ),
    ("He shot the man dead.", [("killed", None, "man")], "shot a person dead: the death only"),
    (
        "The gunman shot and killed two people.",
        [("killed", "two", "people")],
        "shot and killed: the death only",
    ),
    ("She died two days later.", [("killed", None, "She")], "a number of days is no object"),
    (
        "John Ali, who died 3 months ago, was there.",
        [("killed", None, "John Ali")],
        "digits of a duration are no object",
    ),
    (
        "The man who was shot two times survived.",
        [("injured", None, "man")],
        "a count of times after a passive is no object",
    ),
    # Crime words that name no death.
    ("Police charged him with murder.", [("killed", None, None)], "charged him with murder"),
    ("He faces attempted first-degree murder charges.", [], "attempted murder"),
    ("He faces four counts of attempted murder.", [], "counts of attempted murder"),
    ("They are charged in the attempted murders of five men.", [], "attempted murders"),
    ("Homicide detectives are investigating.", [], "homicide detectives"),
    ("Call the Metro Homicide Unit.", [], "the Homicide Unit"),
    ("A homicide occurred on Elm Street.", [("killed", None, None)], "a homicide"),
    (
        "Police are looking for the person who shot and killed him.",
        [],
        "who, two active verbs, an object",
    ),
    (
        "A man who was shot in the leg survived.",
        [("injured", "A", "man")],
        "who and an auxiliary: passive",
    ),
    # Verbs of dying in the present.
    (
        "Every year a husband passes away and still votes.",
        [("killed", "a", "husband")],
        "passes away",
    ),
    ("She dies in hospital.", [("killed", None, "She")], "a pronoun and dies"),
    # Headlines: a capitalised phrase of one person with no determiner starts the sentence.
    ("Teen shot to death in Roswell", [("killed", None, "Teen")], "headline: Y shot to death"),
    ("Boy killed with machete", [("killed", None, "Boy")], "headline: Y killed"),
    ("Man, 18, killed in shooting", [("killed", None, "Man")], "headline: Y, age, killed"),
    ("Man arrested in shooting", [("detained", None, "Man")], "headline: Y arrested"),
    # A headline's injury (`casualty.injured.headline`; joins a killing the article reports).
    (
        "Pregnant woman shot in Dallas",
        [("injured", None, "Pregnant woman")],
        "headline: Y shot",
    ),
    (
        "Boy, 3, wounded in accidental shooting",
        [("injured", None, "Boy")],
        "headline: Y, age, wounded",
    ),
    (
        "Toddler shot in head in intensive care",
        [("injured", None, "Toddler")],
        "headline: Y shot in",
    ),
    ("Officer shot suspect", [], "headline: Y shot an object is active"),
    ("Police shot in Dallas", [], "headline: no one person"),
    ("16-Year-Old Accidentally Shot", [], "headline: no victim head"),
    ("Officer shot suspect twice", [], "a victim head after the verb is its object"),
    ("Police said man killed in crash", [], "not at the sentence start"),
    # A thing as the subject of a verb of harm.
    ("His pickup truck was struck by two bullets.", [], "a vehicle was struck"),
    ("The bill was killed in committee.", [], "a bill was killed"),
    ("Quarterly profits were hurt by the strike.", [], "profits were hurt"),
    ("More raids are executed at night.", [("killed", None, None)], "raids is no thing"),
    (
        "A passenger in the parked car was shot in the arm.",
        [("injured", None, None)],
        "a thing after a preposition is not the subject",
    ),
]


SUBJECT_CASES = [
    ("A member of the local council was", True, "an of-phrase after the head"),
    ("One victim, a 27-year-old woman, was", True, "an apposition"),
    ("the report said the weather was", False, "no comma, no of-phrase"),
    ("the roof of a very large and very old house was", False, "of too far back"),
    ("was", False, "no subject at all"),
]


def _why(case: object) -> str:
    """
    The reason of a case, a plain tuple or a `pytest.param`.
    """
    values = getattr(case, "values", case)
    assert isinstance(values, tuple)
    return str(values[2])


class TestVictimConstructions:
    """
    The victims (and count) each construction names.
    """

    @pytest.mark.parametrize(
        ("sentence", "expected", "why"), CASES, ids=[_why(case) for case in CASES]
    )
    def test_records(
        self, sentence: str, expected: list[tuple[str, str | None, str | None]], why: str
    ) -> None:
        """
        The records have the expected kinds, counts and victims.
        """
        del why

        assert expected == _records(sentence)


class TestPostmodifiedMayEnd:
    """
    The cheap test before the rules whose subject has an of-phrase or an apposition.
    """

    @pytest.mark.parametrize(
        ("before", "expected", "why"), SUBJECT_CASES, ids=[why for _, _, why in SUBJECT_CASES]
    )
    def test_may_end(self, before: str, expected: bool, why: str) -> None:
        """
        Whether the subject may end before the anchor, after the words *before*.
        """
        del why

        assert expected == _postmodified_may_end(before.split())


ADVERSARIAL = [
    ("the son of " * 10_000 + "a man was killed", "nested of-phrases"),
    ("a man, a " * 10_000 + "woman, was killed", "appositions that never close"),
    ("Tamerlan, 26, " * 7_000 + "died", "names with ages"),
    ("the killing of " * 7_000 + "three civilians", "nominals over nominals"),
    ("men, women, " * 8_000 + "and children were killed", "a long comma list"),
    ("mutilated, injured, " * 5_000 + "were wounded", "coordinated participles"),
    ("killing the " * 9_000 + "three on the spot", "determiners before a count"),
    ("Syrian civilians " * 6_000 + "were killed", "bare plural subjects"),
    ("a man in his car " * 6_000 + "was struck", "things after prepositions"),
    ("the fatal shooting of 17-year-old " * 3_000 + "Tom Lee", "ages before a name"),
    ("he later " * 10_000 + "passed away", "pronouns and adverbs before dying"),
    ("the slain " * 10_000 + "officer", "attributive adjectives over each other"),
    ("her late " * 10_000 + "husband", "late after possessives"),
    ("was shot at " * 8_000 + "by a gunman", "shot at, again and again"),
    ("a man allegedly " * 6_000 + "shot his wife", "adverbs before an active verb"),
]


class TestLinearVictims:
    """
    Adversarial 100 KB sentences for the victim constructions finish fast.
    """

    @pytest.mark.parametrize(("text", "why"), ADVERSARIAL, ids=[why for _, why in ADVERSARIAL])
    def test_adversarial(self, text: str, why: str) -> None:
        """
        Extraction from a 100 KB adversarial sentence takes under two seconds.
        """
        del why
        started = time.process_time()
        extract_casualties(_article(text))
        elapsed = time.process_time() - started

        assert elapsed < 2.0
