"""
Every compiled pattern in the package, for the linearity checks (tests and benchmarks).

Patterns are found where they live: module-level `regex.Pattern` objects, `RuleSet`s and
tuples, lists or dicts of them, in every ``newsevents`` module.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from typing import Final

import regex

import newsevents
from newsevents._rules import RuleSet

__all__ = ["ADVERSARIAL_SHAPES", "iter_patterns"]

#: Inputs that trouble regexes: a unit to repeat, one per shape patterns quantify over.
ADVERSARIAL_SHAPES: Final = {
    "digits": "1" * 1000 + ",",
    "digit groups": "1,000," * 200,
    "spaces": " " * 1000 + "x",
    "capitals": "Aa " * 300 + "A",
    "capital words": "Mike " * 200,
    "quotes": '"' * 500 + "“”" * 250,
    "and-chain": "Turkey and " * 100,
    "months": "March " * 170,
    "number words": "one hundred and " * 60,
    "said-chain": "said, " * 150,
    "dots": "U.S. " * 200,
    "newlines": "\n" * 500 + "a\r\n" * 200,
    "news": "An air strike killed at least 34 Turkish soldiers last month, Ankara said. ",
}


def _walk(value: object, name: str, depth: int = 0) -> Iterator[tuple[str, regex.Pattern[str]]]:
    if isinstance(value, regex.Pattern):
        yield name, value
    elif isinstance(value, RuleSet):
        for compiled in value:
            yield f"{name}[{compiled.rule.id}]", compiled.pattern
    elif depth < 2 and isinstance(value, (tuple, list)):  # noqa: PLR2004 - nested tables
        for index, item in enumerate(value):
            yield from _walk(item, f"{name}[{index}]", depth + 1)
    elif depth < 2 and isinstance(value, dict):  # noqa: PLR2004 - nested tables
        for key, item in value.items():
            yield from _walk(item, f"{name}[{key!r}]", depth + 1)
    else:
        pattern = getattr(value, "pattern", None)
        if isinstance(pattern, regex.Pattern):  # a CompiledRule or similar holder
            yield name, pattern


def iter_patterns() -> Iterator[tuple[str, regex.Pattern[str]]]:
    """
    Yield ``(dotted name, pattern)`` for every distinct compiled pattern in the package.
    """
    seen: set[int] = set()
    for module_info in pkgutil.walk_packages(newsevents.__path__, "newsevents."):
        if module_info.name.endswith(("cli", "__main__", "distributed")):
            continue
        module = importlib.import_module(module_info.name)
        for attribute, value in sorted(vars(module).items()):
            for name, pattern in _walk(value, f"{module_info.name}.{attribute}"):
                if id(pattern) not in seen:
                    seen.add(id(pattern))
                    yield name, pattern
