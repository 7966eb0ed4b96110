"""
The walk over an article's records that checks their spans (compiled with mypyc).

`newsevents.model` checks that every span of an `Article` ends inside its text; `parse`
does it once per article, on the article it returns. The walk visits a few hundred values
an article, and is here, in a compiled module, because it costs about three times as much
interpreted. It knows nothing of the record classes: *getter_of* gives, per class, the
values that may hold spans (`newsevents.model._nested_getter`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final

#: A function giving the values of one record that may hold spans, or ``None`` (none can).
Getter = Callable[[object], tuple[object, ...]] | None

#: `Getter` by class, filled as classes are met (bounded: classes, not records).
_GETTERS: Final[dict[type, Getter]] = {}
_MAX_GETTERS: Final = 64


def ends_inside(
    records: Sequence[object],
    limit: int,
    span_type: type[Any],
    getter_of: Callable[[type], Getter],
) -> bool:
    """
    Whether every span held by *records* (and the records nested in them) ends by *limit*.

    *span_type* is the class of spans (`newsevents.model.Span`, read for its ``end``);
    tuples are walked into; any other value is asked of *getter_of* (once per class).
    """
    stack: list[Any] = list(records)
    while stack:
        value = stack.pop()
        if value is None:
            continue
        if isinstance(value, span_type):
            if value.end > limit:
                return False
        elif isinstance(value, tuple):
            stack.extend(value)
        else:
            cls = type(value)
            if cls in _GETTERS:
                getter = _GETTERS[cls]
            else:
                getter = getter_of(cls)
                if len(_GETTERS) < _MAX_GETTERS:
                    _GETTERS[cls] = getter
            if getter is not None:
                stack.extend(getter(value))
    return True
