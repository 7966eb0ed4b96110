"""
Actor mentions: countries, demonyms, capitals as metonyms, titles and names, organisations.

Interface other stages use (first version; the statements work fills it in):

* `find_actors(text, start=..., end=...)` — every actor mention in ``text[start:end]``.
* `resolve_actor(text, span)` — the phrase at *span* read as one actor, or ``None``.
* `country_code(word)` — ISO 3166-1 alpha-3 for a country name, demonym or capital.
"""

from __future__ import annotations

import functools

import pycountry

from newsevents.model import Actor, Span

__all__ = ["country_code", "find_actors", "resolve_actor"]


@functools.cache
def country_code(word: str) -> str | None:
    """
    ISO 3166-1 alpha-3 code for a country name, demonym or capital, else ``None``.

    >>> country_code("Turkey")
    'TUR'
    """
    try:
        country = pycountry.countries.lookup(word.strip())
    except LookupError:
        return None
    code: str = country.alpha_3
    return code


def find_actors(text: str, *, start: int = 0, end: int | None = None) -> list[Actor]:
    """
    Every actor mention in ``text[start:end]``; spans index *text*.
    """
    del text, start, end
    return []


def resolve_actor(text: str, span: Span) -> Actor | None:
    """
    The phrase at *span* of *text* read as a single actor, or ``None``.
    """
    del text, span
    return None
