"""
JSON: exact round trip, schema validity, clear errors for foreign JSON.
"""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import given

import newsevents
from newsevents.model import Article
from newsevents.serialization import SCHEMA_VERSION

from .strategies import articles

_VALIDATOR = jsonschema.Draft202012Validator(newsevents.json_schema())


class TestRoundTrip:
    """
    `from_json(to_json(x)) == x` for every article and record.
    """

    @given(articles())
    def test_article_round_trip(self, article: Article) -> None:
        """
        Any article survives a JSON round trip exactly.
        """
        assert article == newsevents.from_json(newsevents.to_json(article))

    @given(articles())
    def test_output_validates_against_schema(self, article: Article) -> None:
        """
        The JSON of every article validates against `json_schema()`.
        """
        _VALIDATOR.validate(json.loads(newsevents.to_json(article)))

    @given(articles())
    def test_records_round_trip_alone(self, article: Article) -> None:
        """
        A record serialised on its own carries a type tag and reads back equal.
        """
        records = (*article.statements, *article.casualties, *article.agreements)

        assert list(records) == [
            newsevents.from_json(newsevents.to_json(r), type(r)) for r in records
        ]

    def test_parsed_article_round_trip(self) -> None:
        """
        A parsed article (not a generated one) round-trips and validates.
        """
        article = newsevents.parse(
            "Truce holds\n\nThe truce held on Monday, officials said.", published="2020-03-18"
        )
        text = newsevents.to_json(article, indent=2)

        _VALIDATOR.validate(json.loads(text))
        assert article == newsevents.from_json(text)


class TestEnvelope:
    """
    The output names its schema and library versions.
    """

    def test_versions_present(self) -> None:
        """
        `schema_version` and the library version are in every article's JSON.
        """
        data = json.loads(newsevents.to_json(newsevents.parse("x")))

        assert (SCHEMA_VERSION, newsevents.__version__) == (
            data["schema_version"],
            data["newsevents"],
        )

    def test_reads_schema_1_0(self) -> None:
        """
        JSON written by schema 1.0 (agreements without `location_country`) still reads.
        """
        text = "Turkey and Russia agreed to halt hostilities in northern Syria."
        data = json.loads(newsevents.to_json(newsevents.parse(text)))
        data["schema_version"] = "1.0"
        for agreement in data["agreements"]:
            del agreement["location_country"]

        article = newsevents.from_json(json.dumps(data))

        assert [None] == [agreement.location_country for agreement in article.agreements]


BAD_JSON = [
    ("not json", "not JSON", "garbage"),
    ("[1, 2]", "JSON object", "array"),
    ('{"schema_version": "9.0", "text": "x"}', "schema_version", "future schema"),
    (
        f'{{"schema_version": "{SCHEMA_VERSION}", "text": 3}}',
        "not a newsevents Article",
        "wrong field type",
    ),
]


class TestErrors:
    """
    Foreign JSON is refused with a typed error that says why.
    """

    @pytest.mark.parametrize(("text", "message", "why"), BAD_JSON, ids=[c[2] for c in BAD_JSON])
    def test_bad_json(self, text: str, message: str, why: str) -> None:
        """
        Each kind of bad input raises SerializationError with a telling message.
        """
        with pytest.raises(newsevents.SerializationError, match=message):
            newsevents.from_json(text)

    def test_to_json_rejects_other_objects(self) -> None:
        """
        Only newsevents objects serialise.
        """
        with pytest.raises(newsevents.InvalidArgumentError, match="dict"):
            newsevents.to_json({"a": 1})  # type: ignore[arg-type]


class TestSurrogates:
    """
    Lone surrogates survive the round trip and the JSON stays valid UTF-8.
    """

    @pytest.mark.parametrize(
        "text", ["caf\udce9", "\ud83d alone", "ok \udfff\n\nx"], ids=["low", "high", "paragraphs"]
    )
    def test_lone_surrogate_round_trip(self, text: str) -> None:
        """
        An article holding a lone surrogate is written as ASCII-escaped JSON that reads back equal.
        """
        article = newsevents.parse(text)
        data = newsevents.to_json(article)

        assert article == newsevents.from_json(data)
        assert data.encode("utf-8")  # no UnicodeEncodeError: nothing unpaired is written raw

    def test_unjoined_surrogate_pair_is_refused(self) -> None:
        """
        A high and a low surrogate side by side cannot round-trip (JSON joins them): refused by name.
        """
        with pytest.raises(newsevents.SerializationError, match="surrogate pair"):
            newsevents.to_json(newsevents.parse("x \udb2e\uddae y"))

    def test_ordinary_text_stays_readable(self) -> None:
        """
        Without surrogates, non-ASCII characters are written as themselves.
        """
        assert "Ateş" in newsevents.to_json(newsevents.parse("Sinan Ateş"))
