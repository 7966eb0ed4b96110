"""
Checks of what `newsevents.parse` promises, shared by the property tests and the fuzzer.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

__all__ = ["misread_fields"]


def misread_fields(value: object, text: str) -> Iterator[tuple[str, str, str]]:
    """
    Yield ``(field, value, text at its span)`` for each string field that differs from its span.

    Records, sequences of records and the records nested in them (actors, times) are walked;
    a field goes with its span sibling: ``text`` with ``span``, ``content`` with
    ``content_span``, ``cause`` with ``cause_span``...

    >>> import newsevents
    >>> article = newsevents.parse("Police said two people were killed.")
    >>> list(misread_fields(article.statements, article.text))
    []
    """
    if isinstance(value, (tuple, list)):
        for item in value:
            yield from misread_fields(item, text)
        return
    cls: Any = type(value)
    if not attrs.has(cls):
        return
    fields = attrs.fields(cls)
    names = {field.name for field in fields}
    for field in fields:
        item = getattr(value, field.name)
        sibling = "span" if field.name == "text" else f"{field.name}_span"
        if isinstance(item, str) and sibling in names:
            span = getattr(value, sibling)
            if span is not None and span.slice(text) != item:
                yield (f"{cls.__name__}.{field.name}", item, span.slice(text))
        elif not isinstance(item, str):
            yield from misread_fields(item, text)
