"""
The seed story end to end: what a careful reader extracts from it (issues 2-6).
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

import newsevents
from newsevents.model import Article, ParagraphRole

SEED = Path(__file__).parent / "golden" / "pompeo-reuters.txt"


@functools.cache
def seed() -> Article:
    """
    The seed article, parsed once.
    """
    return newsevents.parse(SEED.read_text(encoding="utf-8"), published="2020-03-18")


def find(records: tuple[object, ...], **expected: object) -> list[object]:
    """
    The records whose dotted attribute paths equal *expected* (``victims__country="TUR"``).
    """

    def get(record: object, path: str) -> object:
        value = record
        for name in path.split("__"):
            value = getattr(value, name, None)
        return getattr(value, "value", value)  # enums compare by value

    return [r for r in records if all(get(r, k) == v for k, v in expected.items())]


class TestSkeleton:
    """
    Headline, credit, boilerplate and the repeated lede (issue 2).
    """

    def test_headline_and_source(self) -> None:
        """
        The first line is the headline and "Reuters" the source.
        """
        article = seed()

        assert (
            "Pompeo says US believes Russia killed dozens of Turkish soldiers in Syria",
            "Reuters",
        ) == (
            article.headline,
            article.source,
        )

    def test_related_headlines_are_boilerplate(self) -> None:
        """
        The last paragraph, a run of related headlines, is boilerplate.
        """
        last = seed().paragraphs[-1]

        assert ParagraphRole.BOILERPLATE == last.role
        assert seed().text[last.span.start :].startswith("Man discovers massive Roman mosaic")

    def test_summary_repeats_lede(self) -> None:
        """
        The summary before the credit line is recognised as a repeat of the lede.
        """
        article = seed()
        summary = article.paragraphs[1]

        assert ParagraphRole.BOILERPLATE == summary.role
        assert summary.repeats is not None
        assert ParagraphRole.LEDE == article.paragraphs[summary.repeats].role


TIMES = [
    ("March 17", "DATE", "2020-03-17"),
    ("Last month", "DATE", "2020-02"),
    ("nearly 30 years", "DURATION", "P30Y"),
    ("March 5", "DATE", "2020-03-05"),
]


class TestTimes:
    """
    The seed's temporal expressions (issue 3).
    """

    @pytest.mark.parametrize(("text", "type_", "value"), TIMES, ids=[t[0] for t in TIMES])
    def test_time(self, text: str, type_: str, value: str) -> None:
        """
        Each expression is found with its TIMEX3 type and value.
        """
        assert find(seed().times, text=text, type=type_, value=value)


STATEMENTS = [
    (
        {
            "speaker__name": "Mike Pompeo",
            "speaker__role": "U.S. Secretary of State",
            "kind": "indirect",
            "time__value": "2020-03-17",
        },
        "Russia has killed dozens of Turkish military personnel",
    ),
    (
        {"speaker__name": "Mike Pompeo", "kind": "indirect"},
        "Washington continued to offer support to its NATO ally Turkey",
    ),
    ({"speaker__name": "Mike Pompeo", "kind": "direct"}, "we stand with our NATO ally Turkey"),
    (
        {"speaker__country": "TUR", "kind": "indirect"},
        "carried out by the Syrian government forces",
    ),
]


class TestStatements:
    """
    The seed's four statements, and none for "did not specify" (issue 4).
    """

    @pytest.mark.parametrize(
        ("fields", "content"), STATEMENTS, ids=["lede", "saying that", "quote", "Ankara"]
    )
    def test_statement(self, fields: dict[str, str], content: str) -> None:
        """
        Exactly one statement with these fields carries this content.
        """
        matches = [
            s for s in find(seed().statements, **fields) if content in getattr(s, "content", "")
        ]

        assert 1 == len(matches)

    def test_negated_speech_is_not_a_statement(self) -> None:
        """
        "Pompeo did not specify ..." reports no statement.
        """
        assert not [s for s in seed().statements if "did not specify" in s.content]


class TestCasualties:
    """
    The seed's three casualty events, none from boilerplate (issue 5).
    """

    def test_dozens_killed_by_russia(self) -> None:
        """
        Dozens of Turkish military personnel killed by Russia, per the United States.
        """
        (record,) = find(
            seed().casualties, kind="killed", perpetrator__name="Russia", victims__country="TUR"
        )

        assert record.count is not None  # type: ignore[attr-defined]
        assert 12 <= (record.count.low or 0) <= 24  # type: ignore[attr-defined]
        assert (None, True) == (record.count.high, record.count.approximate)  # type: ignore[attr-defined]

    def test_at_least_34_in_air_strike(self) -> None:
        """
        At least 34 Turkish soldiers killed in an air strike last month, per Ankara.
        """
        (record,) = find(
            seed().casualties, kind="killed", count__low=34, count__high=None, time__value="2020-02"
        )

        assert "Syrian government forces" in record.perpetrator.text  # type: ignore[attr-defined]
        assert "air strike" in (record.cause or "")  # type: ignore[attr-defined]
        assert "TUR" == record.claimed_by.country  # type: ignore[attr-defined]

    def test_nearly_a_million_displaced(self) -> None:
        """
        Nearly a million people displaced.
        """
        assert find(
            seed().casualties, kind="displaced", count__high=1_000_000, count__approximate=True
        )

    def test_nothing_from_related_headlines(self) -> None:
        """
        The related headlines' murder yields no record.
        """
        boilerplate = seed().paragraphs[-1].span

        assert not [c for c in seed().casualties if c.span.overlaps(boilerplate)]


class TestAgreements:
    """
    The Turkey-Russia ceasefire (issue 6).
    """

    def test_ceasefire(self) -> None:
        """
        One ceasefire between Turkey and Russia, agreed on March 5, still holding.
        """
        (record,) = find(
            seed().agreements, kind="ceasefire", status="holding", time__value="2020-03-05"
        )

        assert {"Turkey", "Russia"} == {p.name for p in record.parties}  # type: ignore[attr-defined]
        assert "halt hostilities" in (record.terms or "")  # type: ignore[attr-defined]
        assert "northwest" in (record.location or "")  # type: ignore[attr-defined]
