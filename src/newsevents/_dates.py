"""
Checking date arguments (``published``, ``reference``) once, at the edge of the API.
"""

from __future__ import annotations

import datetime as dt

from newsevents.errors import InvalidArgumentError, InvalidDateError

__all__ = ["coerce_date"]


def coerce_date(value: object, *, name: str = "published") -> dt.date | None:
    """
    Turn a ``date``, ``datetime`` or ISO 8601 string into a ``date``; ``None`` stays ``None``.

    Args:
        value: What the caller passed.
        name: The argument's name, for the error message.

    Returns:
        The calendar date (a datetime's date part, in its own time zone).

    Raises:
        InvalidDateError: A string that is not an ISO 8601 date, or an impossible date.
        InvalidArgumentError: Any other type.

    >>> coerce_date("2020-03-18")
    datetime.date(2020, 3, 18)
    >>> coerce_date("2020-02-30")
    Traceback (most recent call last):
    ...
    newsevents.errors.InvalidDateError: published='2020-02-30' is not a valid ISO 8601 date: day is out of range for month
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) > 10 and text[10] in "T ":  # noqa: PLR2004 - YYYY-MM-DD is 10 characters
                return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
            return dt.date.fromisoformat(text)
        except ValueError as error:
            msg = f"{name}={value!r} is not a valid ISO 8601 date: {error}"
            raise InvalidDateError(msg) from None
    msg = f"{name} must be a date, a datetime or an ISO 8601 string, not {type(value).__name__}: {value!r}"
    raise InvalidArgumentError(msg)
