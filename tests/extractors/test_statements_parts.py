"""
`Statement.content_parts`: the pieces of a content, without the attribution between them.
"""

import itertools
import json
import time

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsevents
from newsevents.article import parse_article
from newsevents.extractors.statements import _parts, extract_statements
from newsevents.model import Article, Span, Statement, StatementKind
from newsevents.serialization import from_json, to_json


def statements(text: str) -> tuple[Statement, ...]:
    """
    The statements of *text*, segmented by the article stage (no times).
    """
    return extract_statements(parse_article(text))


def parts(text: str) -> list[tuple[str | None, str, list[str]]]:
    """
    (speaker name, rule id, the text of each content part) of each statement of *text*.
    """
    return [
        (
            record.speaker.name if record.speaker else None,
            record.rule_id,
            [part.slice(text) for part in record.content_parts],
        )
        for record in statements(text)
    ]


_SPLIT = "statement.direct.split"

PART_CASES = [
    # a quote split by its attribution: two parts
    (
        "Talks stall\n\n“We believe the talks failed,” Pompeo said, “and we will act.”",
        [("Pompeo", _SPLIT, ["We believe the talks failed", "and we will act"])],
        "curly quotes, name before said",
    ),
    (
        'Talks stall\n\n"We believe the talks failed," Pompeo says, "and we will act."',
        [("Pompeo", _SPLIT, ["We believe the talks failed", "and we will act"])],
        "straight quotes, name before says",
    ),
    (
        'Talks stall\n\n"We believe the talks failed," Pompeo added, "and we will act."',
        [("Pompeo", _SPLIT, ["We believe the talks failed", "and we will act"])],
        "name before added",
    ),
    (
        'Talks stall\n\n"We believe the talks failed," added Pompeo, "and we will act."',
        [("Pompeo", _SPLIT, ["We believe the talks failed", "and we will act"])],
        "name after added",
    ),
    (
        (
            "Talks stall\n\n“We believe the talks failed,” said Mike Pompeo, the secretary of state, "
            "“and we will act.”"
        ),
        [("Mike Pompeo", _SPLIT, ["We believe the talks failed", "and we will act"])],
        "name after said, with an apposition",
    ),
    (
        (
            'Talks stall\n\n"We believe the talks failed," the minister told reporters, '
            '"and we will act."'
        ),
        [("minister", _SPLIT, ["We believe the talks failed", "and we will act"])],
        "told X, speaker before",
    ),
    # a quote split across sentences
    (
        'Talks stall\n\n"We believe the talks failed," Pompeo said. "We will act."',
        [("Pompeo", _SPLIT, ["We believe the talks failed", "We will act"])],
        "the quote goes on in the next sentence",
    ),
    (
        (
            'Talks stall\n\n"We believe the talks failed," Pompeo told reporters on Monday. '
            '"We will act soon."'
        ),
        [("Pompeo", _SPLIT, ["We believe the talks failed", "We will act soon"])],
        "told X and a time, then the next sentence",
    ),
    (
        (
            'Talks stall\n\n"We believe the talks failed," Pompeo said. Aides nodded. '
            '"We will act soon."'
        ),
        [
            (
                "Pompeo",
                "statement.direct.after",
                ["We believe the talks failed", "We will act soon"],
            )
        ],
        "the quote goes on after a sentence of the writer's: that sentence is no part",
    ),
    # an attribution inserted into reported words
    (
        "Tests go on\n\nThe latest test, North Korea said, was its biggest yet.",
        [
            (
                "North Korea",
                "statement.indirect.inserted",
                ["The latest test", "was its biggest yet"],
            )
        ],
        "inserted attribution",
    ),
    (
        (
            "Tests go on\n\nANKARA (Reuters) - The latest test, Turkey said on Monday, was its "
            "biggest yet."
        ),
        [("Turkey", "statement.indirect.inserted", ["The latest test", "was its biggest yet"])],
        "inserted attribution with a time, after a dateline (the first part starts after it)",
    ),
    (
        "Talks stall\n\nThe plan is dead, Smith said, and the party will move on.",
        [
            (
                "Smith",
                "statement.indirect.inserted",
                ["The plan is dead", "and the party will move on"],
            )
        ],
        "inserted attribution, a coordinated clause after it: reported too",
    ),
    (
        (
            "Talks stall\n\nThe wall would stop the flow of criminals, Schlafly said on Tuesday, "
            "but also the flow of drugs."
        ),
        [
            (
                "Schlafly",
                "statement.indirect.inserted",
                ["The wall would stop the flow of criminals", "but also the flow of drugs"],
            )
        ],
        "inserted attribution with a time, then 'but': the words after are reported",
    ),
    (
        "Talks stall\n\nThe plan is dead, Smith said, but declined to elaborate.",
        [("Smith", "statement.indirect.final", ["The plan is dead"])],
        "'but declined' after the attribution is the speaker's deed, not reported words",
    ),
    (
        "Talks stall\n\nThe plan is dead, Smith said, and added that the party would go on.",
        [("Smith", "statement.indirect.final", ["The plan is dead"])],
        "'and added' after the attribution opens a statement of its own",
    ),
    (
        "Talks stall\n\nThe plan is dead, Smith said, and did not take questions.",
        [("Smith", "statement.indirect.final", ["The plan is dead"])],
        "'and did not' after the attribution is the speaker's deed",
    ),
    (
        (
            "Talks stall\n\nA motive isn't clear, police said, but they said the case was still "
            "open."
        ),
        [
            ("police", "statement.indirect.inserted", ["A motive isn't clear"]),
            ("police", "statement.indirect.subject", ["the case was still open"]),
        ],
        "the clause after the attribution has a cue of its own: the first content is its head",
    ),
    (
        "Talks stall\n\nThe latest test, North Korea said, was its biggest yet, but Seoul said it was small.",
        [
            (
                "North Korea",
                "statement.indirect.inserted",
                ["The latest test", "was its biggest yet"],
            ),
            ("South Korea", "statement.indirect.subject", ["it was small"]),
        ],
        "an inserted attribution's content cut before the next attribution keeps its pieces",
    ),
    # ordinary statements: one part, the content span
    (
        'Talks stall\n\n"We will not give up," Pompeo said.',
        [("Pompeo", "statement.direct.after", ["We will not give up"])],
        "plain direct, speaker after",
    ),
    (
        'Talks stall\n\nPompeo said: "We will not give up."',
        [("Pompeo", "statement.direct.before", ["We will not give up"])],
        "plain direct, speaker before",
    ),
    (
        "Talks stall\n\nPompeo said the talks had failed.",
        [("Pompeo", "statement.indirect.subject", ["the talks had failed"])],
        "indirect, content after the cue",
    ),
    (
        "Talks stall\n\nThe talks had failed, Pompeo said on Tuesday.",
        [("Pompeo", "statement.indirect.final", ["The talks had failed"])],
        "indirect, attribution closing the sentence",
    ),
    (
        'Talks stall\n\nPompeo said the talks were "a total failure" and would end.',
        [
            (
                "Pompeo",
                "statement.indirect.subject",
                ['the talks were "a total failure" and would end'],
            )
        ],
        "mixed: a quote inside reported words",
    ),
    (
        "Talks stall\n\nPompeo said: “We will stay.\n\n“And we will win.”",
        [("Pompeo", "statement.direct.before", ["We will stay.\n\n“And we will win"])],
        "a quote running over two paragraphs has no attribution inside: one part",
    ),
]


class TestContentParts:
    """
    `Statement.content_parts` holds the content's pieces, the attribution left out.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), PART_CASES, ids=[case[2] for case in PART_CASES]
    )
    def test_parts(
        self, text: str, expected: list[tuple[str | None, str, list[str]]], why: str
    ) -> None:
        """
        Each statement's parts read the pieces of what was said, in text order.
        """
        actual = parts(text)

        assert expected == actual, why

    @pytest.mark.parametrize(
        ("text", "expected", "why"), PART_CASES, ids=[case[2] for case in PART_CASES]
    )
    def test_content_span_unchanged(
        self, text: str, expected: list[tuple[str | None, str, list[str]]], why: str
    ) -> None:
        """
        ``content`` and ``content_span`` still run from the first part's start to the last's end.
        """
        actual = [
            (
                record.content == record.content_span.slice(text),
                record.content_span
                == Span(record.content_parts[0].start, record.content_parts[-1].end),
            )
            for record in statements(text)
        ]

        assert [(True, True)] * len(expected) == actual, why

    @pytest.mark.parametrize(
        ("text", "expected", "why"), PART_CASES, ids=[case[2] for case in PART_CASES]
    )
    def test_attribution_left_out(
        self, text: str, expected: list[tuple[str | None, str, list[str]]], why: str
    ) -> None:
        """
        No part overlaps the speaker's or the cue's span.
        """
        actual = [
            [
                part.slice(text)
                for part in record.content_parts
                for other in (record.cue_span, record.speaker.span if record.speaker else None)
                if other is not None and part.overlaps(other)
            ]
            for record in statements(text)
        ]

        assert [[]] * len(expected) == actual, why


CLIP_CASES = [
    ((Span(1, 5), Span(12, 20)), Span(1, 20), (Span(1, 5), Span(12, 20)), "unchanged"),
    ((Span(1, 5), Span(12, 20)), Span(2, 15), (Span(2, 5), Span(12, 15)), "both ends moved in"),
    ((Span(1, 5), Span(12, 20)), Span(1, 8), (Span(1, 8),), "the last part cut off"),
    ((Span(1, 5), Span(12, 20)), Span(13, 20), (Span(13, 20),), "the first part cut off"),
    ((Span(1, 5), Span(12, 20)), Span(6, 10), (Span(6, 10),), "nothing left: the content"),
]


class TestPartsClipped:
    """
    `_parts` fits the parts to a content whose ends moved (a dateline, a following cue).
    """

    @pytest.mark.parametrize(
        ("given", "content", "expected", "why"), CLIP_CASES, ids=[case[3] for case in CLIP_CASES]
    )
    def test_clip(
        self, given: tuple[Span, ...], content: Span, expected: tuple[Span, ...], why: str
    ) -> None:
        """
        The parts start and end with the content; parts wholly outside it are dropped.
        """
        actual = _parts(given, content)

        assert expected == actual, why


def _statement(content_span: Span, content_parts: tuple[Span, ...] | None) -> Statement:
    """
    A statement on ``"“A,” he said, “B”"`` with these spans (parts left to default on None).
    """
    text = "“A,” he said, “B”"
    if content_parts is None:
        return Statement(
            kind=StatementKind.DIRECT,
            content=content_span.slice(text),
            content_span=content_span,
            span=Span(0, len(text)),
            rule_id="test",
        )
    return Statement(
        kind=StatementKind.DIRECT,
        content=content_span.slice(text),
        content_span=content_span,
        span=Span(0, len(text)),
        rule_id="test",
        content_parts=content_parts,
    )


VALID_CASES = [
    (Span(1, 16), None, (Span(1, 16),), "default: one part, the content span"),
    (Span(1, 16), (Span(1, 16),), (Span(1, 16),), "one part given"),
    (Span(1, 16), [Span(1, 2), Span(15, 16)], (Span(1, 2), Span(15, 16)), "a list: a tuple"),
    (Span(1, 16), (Span(1, 8), Span(8, 16)), (Span(1, 8), Span(8, 16)), "parts may touch"),
]

INVALID_CASES = [
    (Span(1, 16), (), "no part"),
    (Span(1, 16), (Span(0, 2), Span(15, 16)), "the first part starts before the content"),
    (Span(1, 16), (Span(1, 2), Span(15, 17)), "the last part ends after the content"),
    (Span(1, 16), (Span(1, 2), Span(14, 15)), "the last part ends before the content"),
    (Span(1, 16), (Span(1, 9), Span(8, 16)), "parts overlap"),
    (Span(1, 16), (Span(1, 2), Span(9, 12), Span(5, 16)), "parts out of order"),
]


class TestStatementContentParts:
    """
    The model's default and checks for `Statement.content_parts`.
    """

    @pytest.mark.parametrize(
        ("content_span", "given", "expected", "why"),
        VALID_CASES,
        ids=[case[3] for case in VALID_CASES],
    )
    def test_valid(
        self,
        content_span: Span,
        given: tuple[Span, ...] | None,
        expected: tuple[Span, ...],
        why: str,
    ) -> None:
        """
        Parts that start and end with the content span, in order, are kept (as a tuple).
        """
        actual = _statement(content_span, given).content_parts

        assert expected == actual, why

    @pytest.mark.parametrize(
        ("content_span", "given", "why"), INVALID_CASES, ids=[case[2] for case in INVALID_CASES]
    )
    def test_invalid(self, content_span: Span, given: tuple[Span, ...], why: str) -> None:
        """
        Parts that leave the content span's ends, overlap or go backwards are refused.
        """
        with pytest.raises(ValueError, match="content_parts"):
            _statement(content_span, given)

    def test_spans_checked_against_the_text(self) -> None:
        """
        An article whose statement has a part past the end of the text is refused.
        """
        record = _statement(Span(1, 16), (Span(1, 2), Span(15, 16)))
        with pytest.raises(ValueError, match="outside the text"):
            newsevents.model.Article(text="“A,” he said", statements=(record,))


SPLIT_TEXT = (
    "Talks stall\n\n“We believe the talks failed,” Pompeo said, “and we will act.”\n\n"
    "The latest test, North Korea said, was its biggest yet."
)


class TestContentPartsJson:
    """
    ``content_parts`` goes to JSON and back, and is in the JSON Schema.
    """

    def test_round_trip(self) -> None:
        """
        An article with split statements reads back equal, parts and all.
        """
        article = newsevents.parse(SPLIT_TEXT, published="2020-03-18")
        actual = from_json(to_json(article))

        assert ([2, 2], article) == ([len(s.content_parts) for s in actual.statements], actual)

    def test_written(self) -> None:
        """
        Each part is written as a span object, in order.
        """
        record = _statement(Span(1, 16), (Span(1, 2), Span(15, 16)))
        actual = json.loads(to_json(record))["content_parts"]

        assert [{"start": 1, "end": 2}, {"start": 15, "end": 16}] == actual

    def test_older_json_reads_one_part(self) -> None:
        """
        A statement written before the field existed (no key) reads with one part.
        """
        data = json.loads(to_json(_statement(Span(1, 16), (Span(1, 2), Span(15, 16)))))
        del data["content_parts"]
        actual = from_json(json.dumps(data), Statement).content_parts

        assert (Span(1, 16),) == actual

    def test_schema(self) -> None:
        """
        The schema lists the field as a required, non-empty array of spans.
        """
        statement = newsevents.json_schema()["$defs"]["Statement"]
        actual = (
            statement["properties"]["content_parts"],
            "content_parts" in statement["required"],
        )

        assert (
            {"type": "array", "items": {"$ref": "#/$defs/Span"}, "minItems": 1},
            True,
        ) == actual


_VALIDATOR = jsonschema.Draft202012Validator(newsevents.json_schema())


@st.composite
def _split_articles(draw: st.DrawFn) -> Article:
    """
    An article of random text with one statement whose content has 1 to 4 parts.
    """
    text = draw(st.text(min_size=1, max_size=200))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=8)))
    if len(cuts) % 2:
        cuts.pop()  # an even number of cuts: the parts are (cut 0, cut 1), (cut 2, cut 3)...
    pieces = tuple(Span(start, end) for start, end in zip(cuts[::2], cuts[1::2], strict=True))
    content_span = Span(pieces[0].start, pieces[-1].end)
    record = Statement(
        kind=draw(st.sampled_from(StatementKind)),
        content=content_span.slice(text),
        content_span=content_span,
        span=Span(0, len(text)),
        rule_id="statement.direct.split",
        content_parts=pieces,
    )
    return Article(text=text, statements=(record,))


class TestContentPartsProperties:
    """
    Invariants of ``content_parts`` on any statement and on parsed text.
    """

    @given(_split_articles())
    def test_round_trip_exact(self, article: Article) -> None:
        """
        Any article with split statements reads back from JSON equal, and its JSON validates.
        """
        data = newsevents.to_json(article)
        _VALIDATOR.validate(json.loads(data))

        assert article == from_json(data)

    @given(
        st.lists(
            st.sampled_from(
                [
                    '"We will act," Pompeo said, "and soon." ',
                    "The test, Kim said, was big. ",
                    '"It failed," she said. "We go on." ',
                    "Officials said the talks failed. ",
                    '"We stay." ',
                    "\n\n",
                    "ANKARA (Reuters) - ",
                ]
            ),
            max_size=8,
        )
    )
    def test_parts_inside_content(self, pieces: list[str]) -> None:
        """
        Parsed parts start and end with the content span, in order, and do not overlap.
        """
        text = "Talks\n\n" + "".join(pieces)
        actual = [
            (
                record.content_parts[0].start == record.content_span.start,
                record.content_parts[-1].end == record.content_span.end,
                all(a.end <= b.start for a, b in itertools.pairwise(record.content_parts)),
            )
            for record in newsevents.parse(text).statements
        ]

        assert [(True, True, True)] * len(actual) == actual


ADVERSARIAL_PARTS = [
    ('"We will act," Pompeo said, "and win." ' * 2500, "split quotes, 100 KB"),
    ("The test, Kim said, was big. " * 3500, "inserted attributions, 100 KB"),
    ('"' * 100_000, "quotation marks only"),
]


class TestAdversarialParts:
    """
    Texts full of split quotes stay fast, and every part is valid.
    """

    @pytest.mark.parametrize(
        ("text", "why"), ADVERSARIAL_PARTS, ids=[case[1] for case in ADVERSARIAL_PARTS]
    )
    def test_fast_and_inside(self, text: str, why: str) -> None:
        """
        Under two seconds, and every part lies inside its statement's content span.
        """
        started = time.process_time()
        records = statements("Talks\n\n" + text)
        elapsed = time.process_time() - started
        outside = [
            record
            for record in records
            if not all(record.content_span.contains(part) for part in record.content_parts)
        ]

        assert (True, []) == (elapsed < 2.0, outside), why
