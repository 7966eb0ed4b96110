"""
Casualty records across sentences: which mentions tell of the same people, and which do not.
"""

from __future__ import annotations

import time

import pytest

from newsevents.extractors.casualties import extract_casualties
from newsevents.model import Article, Paragraph, ParagraphRole, Span


def _article(sentences: list[str]) -> Article:
    """
    An article of one-sentence paragraphs.
    """
    text = "\n\n".join(sentences)
    paragraphs = []
    start = 0
    for sentence in sentences:
        span = Span(start, start + len(sentence))
        paragraphs.append(Paragraph(span=span, role=ParagraphRole.BODY, sentences=(span,)))
        start = span.end + 2
    return Article(text=text, paragraphs=paragraphs)


def _records(sentences: list[str]) -> list[tuple[str, str | None, str | None, int]]:
    """
    Kind, count as written, victims as written and number of mentions of every record.
    """
    return [
        (
            record.kind.value,
            None if record.count is None else record.count.text,
            None if record.victims is None else record.victims.text,
            len(record.mentions),
        )
        for record in extract_casualties(_article(sentences))
    ]


CASES = [
    # One person shot (`casualty.injured.shot`) where the article reports a killing is the
    # one killed; more than one shot are the shot, the dead among them.
    (
        ["Police said Smith shot a man outside a bar.", "The man died at the hospital."],
        [("killed", None, "man", 2)],
        "one person shot joins the killing",
    ),
    (
        ["Police said Smith shot his wife on Sunday.", "She was in critical condition."],
        [("injured", None, "wife", 2)],
        "one person shot with no killing stays an injury",
    ),
    (
        ["Teen shot in Durham", "The teenager died at the hospital on Sunday."],
        [("killed", None, "teenager", 2)],
        "a headline's one person shot joins the killing",
    ),
    (
        ["Teen shot in Durham", "The teenager was in stable condition on Sunday."],
        [("injured", None, "Teen", 2)],
        "a headline's one person shot with no killing stays an injury",
    ),
    (
        ["Police said Smith shot four people, killing one."],
        [("injured", "four", "people", 1), ("killed", "one", None, 1)],
        "four shot are no one person: no fold",
    ),
    # A named person's wound, merged into a record of others, is the killing's where the
    # article tells that person's death.
    (
        [
            "Prosecutors blamed him for the death of Dr. Paul Ferrand.",
            "Snipers injured two doctors in March.",
            "Ferrand, 49, was shot through a window.",
        ],
        [("killed", None, "Dr. Paul Ferrand", 2), ("injured", "two", "doctors", 1)],
        "a bare 'was shot' of a person reported killed joins the killing",
    ),
    (
        [
            "Lena Brandt was killed on Friday.",
            "Two guards were wounded in the raid.",
            "Brandt, 30, was shot in the chest.",
        ],
        [("killed", None, "Lena Brandt", 2), ("injured", "Two", "guards", 1)],
        "the name shared with the killed victims decides, not the order of the records",
    ),
    (
        [
            "Ian Kemp was killed on Friday.",
            "Two guards were wounded in the raid.",
            "Moss, 30, was shot in the chest.",
        ],
        [("killed", None, "Ian Kemp", 1), ("injured", "Two", "guards", 2)],
        "another person's wound stays an injury",
    ),
    (
        [
            "Dr. Nora Vance, just back from work, was in her kitchen when she was gunned down.",
            "Vance, 52, was shot with a rifle.",
        ],
        [("killed", None, "she", 2)],
        "the name before a 'she' killed in its sentence is the killed person's",
    ),
    (
        [
            "The mayor said she was killed by a stray bullet.",
            "Vance, 52, was shot with a rifle.",
        ],
        [("killed", None, "she", 2)],
        "a pronoun gives no name, but the one person killed, named by none, is the person shot",
    ),
    (
        [
            "Police said two men were killed by a stray bullet.",
            "Vance, 52, was shot with a rifle.",
        ],
        [("killed", "two", "men", 1), ("injured", None, "Vance", 1)],
        "a named person shot is not one of several killed",
    ),
    # A figure of deaths in the plural with no name is a statistic, not one person's killing.
    (
        [
            "The fatal shooting of Tom Lee shocked the city.",
            "There have been 24 homicides in the city this year.",
        ],
        [("killed", None, "Tom Lee", 1), ("killed", "24", None, 1)],
        "a plural figure of homicides does not join one named person's killing",
    ),
    (
        [
            "A local teen was shot dead on Friday.",
            "There have been 24 homicides in the city this year.",
        ],
        [("killed", "A", "local teen", 1), ("killed", "24", None, 1)],
        "nor one unnamed person's",
    ),
    (
        ["Ann Cole was found dead on Friday.", "Two people were killed in the attack."],
        [("killed", "Two", "Ann Cole", 2)],
        "a figure told with a verb, not a plural noun of deaths, still joins",
    ),
    (
        ["The boy was shot on Friday.", "He died from his injuries on Sunday."],
        [("killed", None, "He", 2)],
        "the injuries he died from are the shot's, not another injury",
    ),
    (
        [
            "Ann Cole and her daughter were found dead on Friday.",
            "Police are investigating the two deaths.",
        ],
        [("killed", "two", "daughter", 2)],
        "a subject of 'were' is more than one person: the figure joins",
    ),
    (
        ["Five Shot Dead In South Shore"],
        [("killed", "Five", None, 1)],
        "the shot of 'shot dead' is no one injured",
    ),
    (
        ["Police say he shot himself dead center in the chest."],
        [("injured", "himself", "he", 1)],
        "but 'himself dead center' is a place on the body",
    ),
    # One killed: the person shot told of as known is that person.
    (
        ["A boy died on Sunday.", "The boy was shot in the chest."],
        [("killed", "A", "boy", 2)],
        "'the boy was shot' is the boy who died",
    ),
    (
        ["Ian Kemp died on Sunday.", "His son had been shot in the chest."],
        [("killed", None, "Ian Kemp", 2)],
        "a possessive tells of a known person too",
    ),
    (
        ["Man dies after shooting.", "Brian Pickle, 30, was shot in the chest."],
        [("killed", None, "Man", 2)],
        "a name shot where the killing gives none",
    ),
    (
        ["Ian Kemp died on Sunday.", "Brian Pickle was shot in the chest."],
        [("killed", None, "Ian Kemp", 1), ("injured", None, "Brian Pickle", 1)],
        "another name shot stays an injury",
    ),
    (
        ["A man was killed on Sunday.", "His friend was also shot."],
        [("killed", "A", "man", 1), ("injured", None, "friend", 1)],
        "'also' tells of another person",
    ),
    (
        ["Three men were killed.", "The boy was shot."],
        [("killed", "Three", "men", 1), ("injured", None, "boy", 1)],
        "not where the killing is of more than one",
    ),
    (
        ["A man died on Sunday.", "The two brothers were shot."],
        [("killed", "A", "man", 1), ("injured", "two", "brothers", 1)],
        "not where more than one were shot",
    ),
    (
        ["A man died on Sunday.", "Police said he wounded his father."],
        [("killed", "A", "man", 1), ("injured", None, "father", 1)],
        "not the object of an active verb",
    ),
    # One person's record takes no second name.
    (
        [
            "A second teenager was arrested on Monday.",
            "Dawson was arrested at his home.",
            "Mara Quill was arrested for selling liquor.",
            "Quill, 31, was arrested after agents searched the bar.",
        ],
        [
            ("detained", "A", "Dawson", 2),
            ("detained", None, "Mara Quill", 2),
        ],
        "an arrest of another named person is another record",
    ),
    (
        [
            "Five people were killed in the attack.",
            "Omar Diallo, 28, died at the scene.",
            "Rosa Kiefer, 33, died in hospital.",
        ],
        [("killed", "Five", "people", 3)],
        "a record of several people takes several names",
    ),
    # The more specific victims stay.
    (
        ["One person is dead after a shooting.", "Tomas R. Halvorsen, 28, died at the scene."],
        [("killed", "One", "Tomas R. Halvorsen", 2)],
        "a name replaces a generic person",
    ),
    (
        ["Police said he was killed on Main Street.", "Aldo Brezzi, 40, died at the scene."],
        [("killed", None, "Aldo Brezzi", 2)],
        "a name replaces a pronoun",
    ),
    (
        ["Gunmen killed a man on Sunday.", "He was shot twice.", "Ruiz, 40, was shot too."],
        [("killed", "a", "man", 3)],
        "a name does not replace the pronoun of an injury, which still joins the killing",
    ),
    (
        ["Police said a man was killed on Main Street.", "The man, of Dunmore, died there."],
        [("killed", "a", "man", 2)],
        "a place after 'of' is no name",
    ),
    # One of the group.
    (
        ["Five children were shot on Sunday.", "They said a friend of the family had been shot."],
        [("injured", "Five", "children", 2)],
        "'a friend ... had been shot' is one of the five",
    ),
    (
        ["Two men were wounded.", "A 30-year-old man was shot in the leg."],
        [("injured", "Two", "men", 2)],
        "'a 30-year-old man' is one of the two",
    ),
    (
        ["Two teens were shot on Friday.", "Police said another teen has been shot."],
        [("injured", "Two", "teens", 1), ("injured", "another", "teen", 1)],
        "'another' tells of one more",
    ),
    (
        ["Four people were shot.", "A man and a woman were shot in the legs."],
        [("injured", "Four", "people", 2)],
        "a coordination of fewer than the group is part of it",
    ),
    (
        ["A man was wounded.", "Two men were shot in the leg."],
        [("injured", "A", "man", 1), ("injured", "Two", "men", 1)],
        "a group is not one of one person",
    ),
    # A count in a cumulative scope ("so far this year", "in those shootings") sums many
    # events: it is no record, and gives the incident no figure.
    (
        [
            "A teenager was shot and killed Sunday.",
            "More than 750 people have been killed in Chicago so far this year.",
        ],
        [("killed", "A", "teenager", 1)],
        "a count so far this year is no figure of the incident",
    ),
    (
        [
            "The fatal shooting of Javon Wilson shocked the city.",
            (
                "More than 3,290 people have been injured in those shootings, and that does"
                " not include the 629 who died."
            ),
        ],
        [("killed", None, "Javon Wilson", 1)],
        "counts after 'in those shootings' in its sentence are statistics",
    ),
    (
        ["Since Jan. 1, 133 children have been killed.", "A boy was killed Monday."],
        [("killed", "A", "boy", 1)],
        "a scope before the count governs it",
    ),
    (
        ["Two men were killed Sunday, bringing the toll so far this year to 30."],
        [("killed", "Two", "men", 1)],
        "a scope after a comma is another clause: the incident's count stays",
    ),
    (
        ["Two men were killed Sunday.", "Earlier this year, three people were killed there."],
        [("killed", "Two", "men", 1), ("killed", "three", "people", 1)],
        "'earlier this year' is no cumulative scope",
    ),
]


class TestMerging:
    """
    `extract_casualties` merging the mentions of one event, and only those.
    """

    @pytest.mark.parametrize(("sentences", "expected", "why"), CASES, ids=[c[2] for c in CASES])
    def test_records(
        self,
        sentences: list[str],
        expected: list[tuple[str, str | None, str | None, int]],
        why: str,
    ) -> None:
        """
        The records, their counts, victims and number of mentions.
        """
        assert expected == _records(sentences), why

    def test_many_names_fast(self) -> None:
        """
        Thousands of arrests of different named people merge in linear time.
        """
        names = [chr(65 + i % 26) + chr(97 + i // 26 % 26) + "ller" for i in range(3000)]
        sentences = [f"{name}ina {name}, 31, was arrested." for name in names]
        started = time.process_time()
        records = extract_casualties(_article(sentences))
        assert time.process_time() - started < 5.0
        assert len(records) > 1
