"""
The exceptions newsevents raises.

Text never raises: any string parses, perhaps to nothing.
What raises is a bad *argument* (a wrong type, an impossible date), unreadable input in the
command line, a budget that ran out, or JSON that is not newsevents output.
Every exception names the offending value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.model import Span

__all__ = [
    "InvalidArgumentError",
    "InvalidDateError",
    "NewsEventsError",
    "ParseError",
    "SerializationError",
    "TimeBudgetExceededError",
]


class NewsEventsError(Exception):
    """
    Base class of every error newsevents raises on purpose.
    """


class InvalidArgumentError(NewsEventsError, TypeError):
    """
    An argument has the wrong type or an unusable value (the message names it).

    Subclasses `TypeError` so that ``except TypeError`` keeps working for callers that
    already guard against wrong types.
    """


class InvalidDateError(NewsEventsError, ValueError):
    """
    A date argument (``published``, ``reference``) is not a date, or names an impossible one.
    """


class SerializationError(NewsEventsError, ValueError):
    """
    JSON that cannot be turned back into newsevents records.
    """


class TimeBudgetExceededError(NewsEventsError):
    """
    `newsevents.parse` ran out of the time budget it was given.
    """


class ParseError(NewsEventsError, ValueError):
    """
    Input that was read but cannot be used, with the place it went wrong.

    Args:
        message: What went wrong.
        span: Where in the text it went wrong, if known.
    """

    def __init__(self, message: str, *, span: Span | None = None) -> None:
        super().__init__(message)
        self.span = span

    def get_context(self, text: str, *, width: int = 40) -> str:
        """
        Show the offending place in *text*: a line of text and a caret under the error.

        Args:
            text: The text the span indexes.
            width: How many characters to show either side.

        Returns:
            Two lines, the excerpt and a caret line (empty when there is no span).

        >>> from newsevents.model import Span
        >>> print(ParseError("bad", span=Span(4, 7)).get_context("one two three"))
        one two three
            ^
        """
        if self.span is None:
            return ""
        start = max(0, self.span.start - width)
        line = text[start : self.span.end + width].replace("\n", " ")
        return f"{line}\n{' ' * (self.span.start - start)}^"
