r"""
newsevents: typed, explainable records of what happened in English news.

>>> import newsevents
>>> article = newsevents.parse("Truce agreed\n\nThe rebels agreed a truce.", published="2020-03-18")
>>> article.published
datetime.date(2020, 3, 18)
"""

from newsevents._version import __version__
from newsevents.batch import BatchResult, parse_many
from newsevents.errors import (
    InvalidArgumentError,
    InvalidDateError,
    NewsEventsError,
    ParseError,
    SerializationError,
    TimeBudgetExceededError,
)
from newsevents.model import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    AgreementStatus,
    Article,
    Casualty,
    CasualtyKind,
    Paragraph,
    ParagraphRole,
    Quantity,
    Span,
    Statement,
    StatementKind,
    TimeExpression,
    TimexMod,
    TimexType,
)
from newsevents.pipeline import extract, parse
from newsevents.quantities import parse_quantity
from newsevents.serialization import from_json, json_schema, to_json
from newsevents.timex import find_times, resolve_time

__all__ = [
    "Actor",
    "ActorKind",
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Article",
    "BatchResult",
    "Casualty",
    "CasualtyKind",
    "InvalidArgumentError",
    "InvalidDateError",
    "NewsEventsError",
    "Paragraph",
    "ParagraphRole",
    "ParseError",
    "Quantity",
    "SerializationError",
    "Span",
    "Statement",
    "StatementKind",
    "TimeBudgetExceededError",
    "TimeExpression",
    "TimexMod",
    "TimexType",
    "__version__",
    "extract",
    "find_times",
    "from_json",
    "json_schema",
    "parse",
    "parse_many",
    "parse_quantity",
    "resolve_time",
    "to_json",
]
