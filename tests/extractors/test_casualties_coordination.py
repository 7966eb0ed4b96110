"""
Coordinated victim phrases with a count each: the record counts their sum.
"""

from __future__ import annotations

import time

import pytest

from newsevents.extractors.casualties import extract_casualties
from newsevents.model import Article, Paragraph, ParagraphRole, Span


def _article(text: str) -> Article:
    """
    A one-sentence, one-paragraph article.
    """
    span = Span(0, len(text))
    return Article(
        text=text, paragraphs=[Paragraph(span=span, role=ParagraphRole.BODY, sentences=(span,))]
    )


def _records(text: str) -> list[tuple[str, int | None, int | None, str | None, str | None]]:
    """
    Kind, low and high bound, count as written and victims as written of every record.
    """
    return [
        (
            record.kind.value,
            None if record.count is None else record.count.low,
            None if record.count is None else record.count.high,
            None if record.count is None else record.count.text,
            None if record.victims is None else record.victims.text,
        )
        for record in extract_casualties(_article(text))
    ]


CASES = [
    (
        "Four bus drivers and two soldiers were killed in the blast.",
        [
            (
                "killed",
                6,
                6,
                "Four bus drivers and two soldiers",
                "Four bus drivers and two soldiers",
            )
        ],
        "passive: the conjunct before the count is added",
    ),
    (
        "The gunman opened fire, injuring three men and two women.",
        [("injured", 5, 5, "three men and two women", "three men and two women")],
        "active: the conjunct after the victims is added",
    ),
    (
        "Rebels killed 9 soldiers, four police officers and one civilian on Monday.",
        [
            (
                "killed",
                14,
                14,
                "9 soldiers, four police officers and one civilian",
                "9 soldiers, four police officers and one civilian",
            )
        ],
        "a list of three",
    ),
    (
        "A woman and a child were shot near the school.",
        [("injured", 2, 2, "A woman and a child", "A woman and a child")],
        "two articles",
    ),
    (
        "His mother and 10 others died when the boat sank.",
        [("killed", 11, 11, "His mother and 10 others", "His mother and 10 others")],
        "a possessive before a singular head counts one, as an article does",
    ),
    (
        "Police said her husband and two others were shot.",
        [("injured", 3, 3, "her husband and two others", "her husband and two others")],
        "a possessive conjunct before a count",
    ),
    (
        "The boy, his grandmother and a man were hit by gunfire.",
        [("injured", 2, 2, "his grandmother and a man", "his grandmother and a man")],
        "a possessive conjunct before an article (the boy before a lone comma is not listed)",
    ),
    (
        "Their children and two others were killed.",
        [("killed", 2, 2, "two", "others")],
        "a possessive before a plural head has no count: nothing is added",
    ),
    (
        "At least 10 villagers and two soldiers were killed.",
        [
            (
                "killed",
                12,
                None,
                "At least 10 villagers and two soldiers",
                "At least 10 villagers and two soldiers",
            )
        ],
        "an open bound stays open",
    ),
    (
        "Another victim, a woman, was shot in the arm.",
        [("injured", 1, 1, "Another", "victim")],
        "an apposition with commas alone is one person",
    ),
    (
        "Police said two people were killed and three others wounded.",
        [
            ("killed", 2, 2, "two", "people"),
            ("injured", 3, 3, "three", "others"),
        ],
        "two clauses are not a coordination",
    ),
    (
        "Gunmen killed two villagers and wounded three others.",
        [
            ("killed", 2, 2, "two", "villagers"),
            ("injured", 3, 3, "three", "others"),
        ],
        "a verb after 'and' opens another clause",
    ),
    (
        "Three people were killed, including a 60-year-old man, and six others were wounded.",
        [
            ("killed", 3, 3, "Three", "people"),
            ("injured", 6, 6, "six", "others"),
        ],
        "', and' after an including-phrase closes a clause",
    ),
    (
        "Rebels killed 9 soldiers, four police officers, and one civilian.",
        [
            (
                "killed",
                14,
                14,
                "9 soldiers, four police officers, and one civilian",
                "9 soldiers, four police officers, and one civilian",
            )
        ],
        "a list with a serial comma",
    ),
    (
        "Two victims, a 22-year-old man and a 19-year-old man, were shot.",
        [("injured", None, None, None, None)],
        "a list in apposition to a group adds nothing to it",
    ),
    (
        "The storm killed 40 people and 300 cattle.",
        [("killed", 40, 40, "40", "people")],
        "no victim head, no conjunct",
    ),
]


class TestCoordination:
    """
    `extract_casualties` summing coordinated counts.
    """

    @pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
    def test_records(
        self,
        text: str,
        expected: list[tuple[str, int | None, int | None, str | None, str | None]],
        why: str,
    ) -> None:
        """
        The records' bounds, count and victims as written.
        """
        assert expected == _records(text), why

    def test_long_coordination_fast(self) -> None:
        """
        100 KB of coordinated counts costs little and reads a bounded number of conjuncts.
        """
        text = "Gunmen killed " + "two men and " * 9000 + "two women."
        started = time.process_time()
        records = extract_casualties(_article(text))
        assert time.process_time() - started < 2.0
        assert [8] == [record.count.low for record in records if record.count is not None][:1]

    def test_long_coordination_before_fast(self) -> None:
        """
        100 KB of conjuncts before a passive verb: only three are read back from the count.
        """
        text = "two men and " * 9000 + "two women were killed."
        started = time.process_time()
        records = extract_casualties(_article(text))
        assert time.process_time() - started < 2.0
        assert [8] == [record.count.low for record in records if record.count is not None][:1]
