"""
Calendar arithmetic on TIMEX3 values: format a date at a granularity, shift it, read back.

Granularities: ``C`` century (``19``), ``E`` decade (``199``), ``Y`` year, ``H`` half,
``Q`` quarter, ``S`` season, ``M`` month, ``W`` ISO week, ``WE`` weekend, ``D`` day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from typing import Final

import regex

from newsevents._rules import compile_pattern

__all__ = [
    "GRAIN_ORDER",
    "format_value",
    "grain_of",
    "interval",
    "is_timex_value",
    "shift",
    "start_of",
]

#: Granularities from coarsest to finest.
GRAIN_ORDER: Final = ("C", "E", "Y", "H", "Q", "S", "M", "W", "WE", "D", "T")

_SEASON_START: Final = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

_VALUE: Final = compile_pattern(
    r"""\A(?:
        (?P<c>\d{2})
      | (?P<e>\d{3})
      | (?P<y>\d{4})
        (?: -(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01])(?:T[\w:]+)?)?
          | -Q(?P<q>[1-4]) | -H(?P<h>[12]) | -(?P<s>SP|SU|FA|WI)
          | -W(?P<w>0[1-9]|[1-4]\d|5[0-3])(?P<we>-WE)? )?
    )\Z""",
    flags=regex.VERBOSE | regex.VERSION1,
)

_WELL_FORMED: Final = compile_pattern(
    r"""\A(?:
        PRESENT_REF | PAST_REF | FUTURE_REF | PXX
      | P(?:X|\d+(?:\.\d+)?)(?:Y|M|W|D|Q|DE|CE|WE|H|S)(?:\d+M)?
      | PT(?:X|\d+(?:\.\d+)?)(?:H|M|S)(?:\d+M|\d+S)?
      | P\d+Y\d+M | P\d+M\d+D | P\d+DT\d+H
      | (?:\d{2}|\d{3}|\d{4}|XX|XXX|XXXX)
        (?: -(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX)(?:T(?:\d{2}(?::\d{2}){0,2}|MO|AF|EV|NI|DT))?)?
          | -Q[1-4X] | -H[12X] | -(?:SP|SU|FA|WI) | -W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-WE|-[1-7](?:T(?:\d{2}(?::\d{2}){0,2}|MO|AF|EV|NI))?)? )?
    )\Z""",
    flags=regex.VERBOSE | regex.VERSION1,
)


def is_timex_value(value: str) -> bool:
    """
    Whether *value* is a well-formed TIMEX3 value string of the kinds this engine writes.

    >>> is_timex_value("2020-W12"), is_timex_value("P30Y"), is_timex_value("2020-13")
    (True, True, False)
    """
    if len(value) == 4 and value.isascii() and value.isdigit():  # noqa: PLR2004 - a year
        return True  # the commonest values are read without the pattern
    if _day_parts(value[:10]) is not None:
        suffix = value[10:]
        if suffix in _PART_OF_DAY_SUFFIXES or _is_clock_suffix(suffix):
            return True
    return _WELL_FORMED.match(value) is not None


#: What may follow a day in a value `is_timex_value` reads without its pattern, besides a
#: clock time in ASCII digits (``T14``, ``T14:30``).
_PART_OF_DAY_SUFFIXES: Final = frozenset({"", "TMO", "TAF", "TEV", "TNI", "TDT"})


def _month_parts(value: str) -> tuple[int, int] | None:
    """
    The year and month of a ``YYYY-MM`` *value* in ASCII, else ``None``.

    The month must be 01 to 12, as `_VALUE` reads a month.

    >>> _month_parts("2020-03"), _month_parts("2020-13"), _month_parts("2020-3")
    ((2020, 3), None, None)
    """
    if len(value) != _MONTH_CHARS or value[4] != "-" or not value.isascii():
        return None
    year, month = value[:4], value[5:]
    if not (year.isdigit() and month.isdigit() and "01" <= month <= "12"):
        return None
    return int(year), int(month)


_YEAR_CHARS: Final = len("2020")
_MONTH_CHARS: Final = len("2020-03")


def _is_clock_suffix(suffix: str) -> bool:
    """
    Whether *suffix* is ``T`` and a clock time in ASCII digits.

    The clock time is an hour, an hour and minutes, or those and seconds.

    >>> _is_clock_suffix("T14"), _is_clock_suffix("T14:30"), _is_clock_suffix("T14:30:05")
    (True, True, True)
    >>> _is_clock_suffix("T1:30")
    False
    """
    if suffix[:1] != "T" or not suffix.isascii():
        return False
    if len(suffix) == _HOUR_SUFFIX:
        return suffix[1:].isdigit()
    if len(suffix) == _SECONDS_SUFFIX:
        return suffix[6] == ":" and suffix[7:].isdigit() and _is_clock_suffix(suffix[:6])
    return (
        len(suffix) == _CLOCK_SUFFIX and suffix[3] == ":" and (suffix[1:3] + suffix[4:]).isdigit()
    )


_HOUR_SUFFIX: Final = len("T14")
_CLOCK_SUFFIX: Final = len("T14:30")
_SECONDS_SUFFIX: Final = len("T14:30:05")


def _day_parts(value: str) -> tuple[int, int, int] | None:
    """
    The year, month and day of a ``YYYY-MM-DD`` *value* in ASCII digits, else ``None``.

    The month must be 01 to 12 and the day 01 to 31, as `_VALUE` and `_WELL_FORMED` read a
    day; the calendar may still lack the day (``2021-02-30``).

    >>> _day_parts("2020-03-17"), _day_parts("2020-13-01"), _day_parts("2020-03")
    ((2020, 3, 17), None, None)
    """
    if len(value) != 10 or value[4] != "-" or value[7] != "-" or not value.isascii():  # noqa: PLR2004
        return None
    year, month, day = value[:4], value[5:7], value[8:]
    if not (year.isdigit() and month.isdigit() and day.isdigit()):
        return None
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return int(year), int(month), int(day)


def format_value(date: dt.date, grain: str) -> str:
    """
    The TIMEX3 value of the *grain*-sized period containing *date*.

    >>> format_value(dt.date(2020, 3, 18), "W"), format_value(dt.date(2020, 3, 18), "Q")
    ('2020-W12', '2020-Q1')
    """
    if grain == "C":
        return f"{date.year // 100:02d}"
    if grain == "E":
        return f"{date.year // 10:03d}"
    if grain == "Y":
        return f"{date.year:04d}"
    if grain == "H":
        return f"{date.year:04d}-H{1 if date.month <= 6 else 2}"  # noqa: PLR2004
    if grain == "Q":
        return f"{date.year:04d}-Q{(date.month - 1) // 3 + 1}"
    if grain == "S":
        season = ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")[
            date.month - 1
        ]
        year = date.year - 1 if date.month <= 2 else date.year  # noqa: PLR2004
        return f"{year:04d}-{season}"
    if grain == "M":
        return f"{date.year:04d}-{date.month:02d}"
    if grain in {"W", "WE"}:
        iso_year, week, _ = date.isocalendar()
        return f"{iso_year:04d}-W{week:02d}" + ("-WE" if grain == "WE" else "")
    return date.isoformat()


@functools.lru_cache(maxsize=4096)
def grain_of(value: str) -> str | None:
    """
    The granularity of a calendar value, or ``None`` for anything else.

    >>> grain_of("1989-Q3"), grain_of("199"), grain_of("P1Y")
    ('Q', 'E', None)
    """
    if _day_parts(value) is not None:
        return "D"
    if value.isascii():  # a year or a month, read without the pattern
        if len(value) == _YEAR_CHARS and value.isdigit():
            return "Y"
        if _month_parts(value) is not None:
            return "M"
    match = _VALUE.match(value)
    if match is None:
        return None
    for text, grain in zip(match.group(*_GRAIN_GROUPS), _GRAINS, strict=True):
        if text:
            return grain
    return None  # pragma: no cover - the pattern always sets one group


#: The groups of `_VALUE` that say a value's grain, finest first, by number (`regex` reads a
#: group named by a string as a number first and formats the error it catches), and the
#: grain each says.
_GRAIN_GROUPS: Final = tuple(
    _VALUE.groupindex[name] for name in ("d", "we", "w", "m", "s", "q", "h", "y", "e", "c")
)
_GRAINS: Final = ("D", "WE", "W", "M", "S", "Q", "H", "Y", "E", "C")
#: The numbers of all the groups of `_VALUE`, for `interval`.
_VALUE_GROUPS: Final = tuple(
    _VALUE.groupindex[name] for name in ("c", "e", "y", "m", "d", "q", "h", "s", "w", "we")
)


@functools.lru_cache(maxsize=4096)
def interval(value: str) -> tuple[dt.date, dt.date] | None:
    """
    The first and last day (inclusive) of the period a calendar *value* names.

    >>> interval("2020-02")
    (datetime.date(2020, 2, 1), datetime.date(2020, 2, 29))
    >>> interval("XXXX-03-17") is None
    True
    """
    parts = _day_parts(value)
    if parts is not None:  # a day, the commonest value, read without the pattern
        try:
            day = dt.date(*parts)
        except ValueError:
            return None
        return day, day
    if value.isascii():  # a year or a month, read without the pattern
        try:
            if len(value) == _YEAR_CHARS and value.isdigit():
                return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
            month = _month_parts(value)
            if month is not None:
                first = dt.date(*month, 1)
                return first, _last_day(first, 1)
        except ValueError:
            return None
    match = _VALUE.match(value)
    if match is None:
        return None
    c, e, y, m, d, q, h, s, w, we = match.group(*_VALUE_GROUPS)
    try:
        if c:
            century = int(c)
            return dt.date(max(1, century * 100), 1, 1), dt.date(century * 100 + 99, 12, 31)
        if e:
            decade = int(e)
            return dt.date(max(1, decade * 10), 1, 1), dt.date(decade * 10 + 9, 12, 31)
        year = int(y)
        if d:
            day = dt.date(year, int(m), int(d))
            return day, day
        if m:
            first = dt.date(year, int(m), 1)
            return first, _last_day(first, 1)
        if q:
            first = dt.date(year, 3 * int(q) - 2, 1)
            return first, _last_day(first, 3)
        if h:
            first = dt.date(year, 6 * int(h) - 5, 1)
            return first, _last_day(first, 6)
        if s:
            first = dt.date(year, _SEASON_START[s], 1)
            return first, _last_day(first, 3)
        if w:
            monday = dt.date.fromisocalendar(year, int(w), 1)
            if we:
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except (OverflowError, ValueError):
        return None


@functools.lru_cache(maxsize=4096)
def start_of(value: str) -> dt.date | None:
    """
    The first day of the period a calendar *value* names.

    >>> start_of("1989-Q3")
    datetime.date(1989, 7, 1)
    """
    bounds = interval(value)
    return None if bounds is None else bounds[0]


def shift(date: dt.date, unit: str, amount: float) -> dt.date | None:
    """
    *date* moved *amount* calendar *unit*s (``Y M W D Q H``), or ``None`` out of range.

    >>> shift(dt.date(2020, 3, 31), "M", -1)
    datetime.date(2020, 2, 29)
    """
    whole = int(amount)
    try:
        if unit == "Y":
            return _add_months(date, 12 * whole + round((amount - whole) * 12))
        if unit == "M":
            return _add_months(date, whole)
        if unit == "Q":
            return _add_months(date, 3 * whole)
        if unit == "H":
            return _add_months(date, 6 * whole)
        if unit in {"W", "WE"}:
            return date + dt.timedelta(weeks=whole)
        return date + dt.timedelta(days=whole)
    except (OverflowError, ValueError):
        return None


def _last_day(first: dt.date, months: int) -> dt.date:
    """
    The last day of the *months* calendar months that begin on *first*, a month's first day.

    Raises:
        ValueError: The period runs past year 9999.
    """
    return _add_months(first, months) - dt.timedelta(days=1)


def _add_months(date: dt.date, months: int) -> dt.date:
    """
    *date* moved *months* calendar months, the day clamped to the end of the month.

    Raises:
        ValueError: The year leaves 1..9999.
    """
    year, month = divmod(date.year * 12 + date.month - 1 + months, 12)
    month += 1
    return dt.date(year, month, min(date.day, calendar.monthrange(year, month)[1]))
