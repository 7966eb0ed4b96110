r"""
newsevents: typed, explainable records of what happened in English news.

>>> import newsevents
>>> article = newsevents.parse("Truce agreed\n\nThe rebels agreed a truce.", published="2020-03-18")
>>> article.published
datetime.date(2020, 3, 18)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Final

from newsevents._version import __version__
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
from newsevents.quantities import parse_quantity
from newsevents.serialization import from_json, json_schema, to_json
from newsevents.timex import find_times, resolve_time

if TYPE_CHECKING:
    from newsevents.batch import BatchResult, parse_many
    from newsevents.pipeline import extract, parse

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

#: Names read from their module the first time they are asked for. The extractors' rule
#: tables take seconds to compile; `find_times` and the data model do not need them.
_LAZY: Final[dict[str, str]] = {
    "BatchResult": "newsevents.batch",
    "extract": "newsevents.pipeline",
    "parse": "newsevents.pipeline",
    "parse_many": "newsevents.batch",
}


def __getattr__(name: str) -> Any:
    """
    `parse`, `extract`, `parse_many` and `BatchResult`, imported the first time they are used.
    """
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'newsevents' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """
    The module's names, the lazy ones included.
    """
    return sorted({*globals(), *_LAZY})
