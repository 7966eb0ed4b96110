"""
JSON for newsevents records: one cattrs converter, an exact round trip, and a JSON Schema.

JSON lives only here; the data model knows nothing of it.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import re
import types
import typing
from typing import Any, Final, TypeVar, Union

import attrs
import cattrs
from cattrs.preconf.json import make_converter
from cattrs.strategies import configure_tagged_union

from newsevents._version import __version__
from newsevents.errors import InvalidArgumentError, SerializationError
from newsevents.model import (
    Actor,
    Agreement,
    Article,
    Casualty,
    Paragraph,
    Quantity,
    Span,
    Statement,
    TimeExpression,
)

__all__ = [
    "SCHEMA_VERSION",
    "configure_converter",
    "converter",
    "from_json",
    "json_schema",
    "to_json",
]

#: Version of the JSON layout; bumped on any change a reader must know about.
SCHEMA_VERSION: Final = "1.2"

_T = TypeVar("_T")

_MODEL_CLASSES: Final = (
    Span,
    TimeExpression,
    Quantity,
    Actor,
    Statement,
    Casualty,
    Agreement,
    Paragraph,
    Article,
)
_SURROGATE_PAIR: Final = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_RECORD_TAGS: Final = {Statement: "statement", Casualty: "casualty", Agreement: "agreement"}


def _library_version() -> str:
    return __version__


def _strict(tp: type[Any]) -> Any:
    """
    A structure hook that accepts only values already of type *tp* (no coercion).
    """

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not tp:
            msg = f"expected {tp.__name__}, got {type(value).__name__}: {value!r:.40}"
            raise TypeError(msg)
        return value

    return structure


def configure_converter(converter: cattrs.Converter) -> None:
    """
    Teach *converter* the newsevents wire format.

    Every wire decision:

    * Records are JSON objects with every field present; a missing value is ``null``, never
      an absent key, so the schema is the same for every article.
    * `Span` is ``{"start": int, "end": int}``, half-open character offsets into the
      article's ``text`` (Python string indices, i.e. code points).
    * Enums are their values: lower-case words (``"killed"``), except TIMEX3 ``type`` and
      ``mod``, which keep TimeML's upper case (``"DATE"``, ``"LESS_THAN"``).
    * Dates are ISO 8601 strings (``"2020-03-17"``).
    * Reading is strict: a string field must hold a JSON string, an integer field a JSON
      integer, a boolean a JSON boolean; cattrs' usual coercion (``3`` to ``"3"``) is off, and
      unknown keys are refused.
    * Tuples are arrays.
    * A `Statement`'s ``content_parts`` (schema 1.2) is an array of spans like any tuple; a
      statement written before it (schema 1.1, no ``content_parts`` key) is read with one part,
      its ``content_span``. It is the one key a reader fills in when absent.
    * A `Statement`, `Casualty` or `Agreement` standing alone (not inside an `Article`) carries a
      ``"type"`` tag (``"statement"``, ``"casualty"``, ``"agreement"``) so a stream of mixed
      records can be read back.
    * Text is written as UTF-8 characters, not as JSON escapes, except in a document that holds a
      lone surrogate (text decoded with ``surrogateescape``, or broken UTF-16): that one is
      written with ASCII escapes, so the JSON is always valid UTF-8 and still round-trips exactly.
      A high surrogate directly followed by a low one (a pair left undecoded, e.g. from UTF-16
      read as UCS-2) cannot be kept: every JSON reader joins the two escapes into one character,
      which would shift every offset after it. `to_json` refuses such text with
      `SerializationError` naming the offset; join the pairs first
      (``text.encode("utf-16", "surrogatepass").decode("utf-16")``).
    * The top-level article object also carries ``"schema_version"`` and ``"newsevents"`` (the
      library version that wrote it); `from_json` checks the schema's major version.
    """
    for tp in (str, int, bool):
        converter.register_structure_hook(tp, _strict(tp))
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(dt.date, lambda value, _: dt.date.fromisoformat(value))
    configure_tagged_union(
        Union[Statement, Casualty, Agreement],  # noqa: UP007 - a runtime union object
        converter,
        tag_name="type",
        tag_generator=lambda cls: _RECORD_TAGS[cls],
    )


def _make_converter() -> cattrs.Converter:
    converter = make_converter(forbid_extra_keys=True)
    configure_converter(converter)
    return converter


#: The converter `to_json` and `from_json` use.
converter: Final = _make_converter()


def to_json(obj: Article | Statement | Casualty | Agreement, *, indent: int | None = None) -> str:
    """
    Serialise an article (or one record) to a JSON string.

    Args:
        obj: An `Article`, or a `Statement`, `Casualty` or `Agreement` (tagged with ``type``).
        indent: Pretty-print with this indent; ``None`` for one line.

    Returns:
        JSON text; `from_json` reads it back to an equal object.

    Raises:
        InvalidArgumentError: *obj* is not a newsevents article or record.
        SerializationError: The text holds a surrogate pair as two code points (see
            `configure_converter`).

    >>> import newsevents
    >>> text = newsevents.to_json(newsevents.parse("Calm day"))
    >>> newsevents.from_json(text) == newsevents.parse("Calm day")
    True
    """
    candidate: object = obj  # callers without a type checker may pass anything
    if not isinstance(candidate, (Article, Statement, Casualty, Agreement)):
        msg = f"to_json takes an Article, Statement, Casualty or Agreement, not {type(candidate).__name__}"
        raise InvalidArgumentError(msg)
    if isinstance(obj, Article):
        data: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "newsevents": _library_version(),
            **converter.unstructure(obj, Article),
        }
    else:
        data = converter.unstructure(obj, Union[Statement, Casualty, Agreement])  # noqa: UP007
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")  # fails only on a surrogate; much faster than a search
    except UnicodeEncodeError:
        pass
    else:
        return text
    pair = _SURROGATE_PAIR.search(text)
    if pair is not None:
        msg = (
            f"cannot write a surrogate pair left as two code points ({pair.group()!r}) as JSON: "
            "a JSON reader would join them into one character and shift every offset; join the "
            "pairs first: text.encode('utf-16', 'surrogatepass').decode('utf-16')"
        )
        raise SerializationError(msg)
    return json.dumps(data, ensure_ascii=True, indent=indent)


@typing.overload
def from_json(text: str | bytes) -> Article: ...
@typing.overload
def from_json(text: str | bytes, cls: type[_T]) -> _T: ...
def from_json(text: str | bytes, cls: type[Any] = Article) -> Any:
    """
    Read JSON written by `to_json` back into records.

    Args:
        text: The JSON text.
        cls: What it holds: `Article` (default), or a record class.

    Returns:
        An object equal to the one that was serialised.

    Raises:
        SerializationError: Not JSON, not newsevents output, or an incompatible schema version.
    """
    try:
        data = json.loads(text)
    except ValueError as error:
        msg = f"not JSON: {error}"
        raise SerializationError(msg) from None
    if cls is Article:
        if not isinstance(data, dict):
            msg = f"an article is a JSON object, got {type(data).__name__}"
            raise SerializationError(msg)
        schema_version = data.pop("schema_version", None)
        data.pop("newsevents", None)
        if (
            not isinstance(schema_version, str)
            or schema_version.split(".")[0] != SCHEMA_VERSION.split(".")[0]
        ):
            msg = f"schema_version {schema_version!r} is not compatible with {SCHEMA_VERSION!r}"
            raise SerializationError(msg)
    target: Any = Union[Statement, Casualty, Agreement] if cls in _RECORD_TAGS else cls  # noqa: UP007
    try:
        return converter.structure(data, target)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as error:
        detail = (
            "; ".join(cattrs.transform_error(error))
            if isinstance(error, cattrs.BaseValidationError)
            else str(error)
        )
        msg = f"not a newsevents {cls.__name__}: {detail}"
        raise SerializationError(msg) from None


# --- JSON Schema ------------------------------------------------------------------------


def _schema_for(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        options = [arg for arg in typing.get_args(tp) if arg is not type(None)]
        nullable = len(options) < len(typing.get_args(tp))
        schemas = [_schema_for(option, defs) for option in options]
        if nullable:
            schemas.append({"type": "null"})
        return schemas[0] if len(schemas) == 1 else {"anyOf": schemas}
    if origin is tuple:
        item, _ellipsis = typing.get_args(tp)
        return {"type": "array", "items": _schema_for(item, defs)}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is str:
        return {"type": "string"}
    if tp is dt.date:
        return {"type": "string", "format": "date"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [member.value for member in tp]}
    if isinstance(tp, type) and attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            hints = typing.get_type_hints(tp)
            properties = {a.name: _schema_for(hints[a.name], defs) for a in attrs.fields(tp)}
            defs[name] = {
                "type": "object",
                "description": (tp.__doc__ or "").strip().splitlines()[0],
                "properties": properties,
                "required": sorted(properties),
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    msg = f"no JSON Schema for {tp!r}"  # pragma: no cover - the model has no such field
    raise TypeError(msg)  # pragma: no cover


@functools.cache
def _article_schema() -> str:
    defs: dict[str, Any] = {}
    _schema_for(Article, defs)
    defs["Statement"]["properties"]["content_parts"]["minItems"] = 1  # `Statement` checks it
    article = dict(defs.pop("Article"))
    article["properties"] = {
        "schema_version": {"type": "string", "const": SCHEMA_VERSION},
        "newsevents": {"type": "string", "description": "version of the library that wrote it"},
        **article["properties"],
    }
    article["required"] = sorted(article["properties"])
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://newsevents.dev/schema/{SCHEMA_VERSION}/article.json",
        "title": "newsevents Article",
        **article,
        "$defs": dict(sorted(defs.items())),
    }
    return json.dumps(schema)


def json_schema() -> dict[str, Any]:
    """
    The JSON Schema (draft 2020-12) of `to_json`'s output for an `Article`.

    >>> json_schema()["title"]
    'newsevents Article'
    """
    result: dict[str, Any] = json.loads(_article_schema())
    return result
